"""Set 91: a held-out hand-written set for the redaction detector, six more invented families in Warrington and Halton, written in one
sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set90.py,
redaction_set92.py, redaction_set93.py and their tests (written by other helpers at the same time), that did not run the detector
or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, records and first documents, and its helpers, titles and word lists at the end) and
tests/test_redaction_set21.py in full, the docstrings of bench/redaction_set7.py to redaction_set89.py (searched only for towns of
Warrington and Halton and for communities, to pick a family's home and two communities no earlier set used), the names of the
functions of bench/redaction_handwritten.py and bench/redaction_set15.py and the first lines of set 15's _TITLES and _NOT_PLACES,
and nothing else of them. Phone numbers were checked
with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here. Written against a hard deadline, so the documents are short.

Six families in Warrington and Halton, each from a district no earlier set used as a family's home: a white British family in
Bewsey, Warrington, with a grandmother in Dallam (Frodsham / Hale; a mother's partner's cannabis dealing from the house, a boy of
13 carrying for him, a girl of 6 with head lice and missed school); a Congolese family (two communities no earlier set used are
this one and the next) in Orford, Warrington, speaking French and Lingala, with an uncle in Kinshasa (Mbuyi / Kalonji; a mother
with no recourse to public funds, a girl of 15 caring for her, church-based accusations of witchcraft against a boy of 9); a
Yemeni family in Great Sankey with names in Arabic script and a grandmother in Aden (Al-Haddad; a father's harsh physical
punishment, a girl of 14 who tells her school, a mother with little English); a white British family in Palace Fields, Runcorn,
with a grandfather in Windmill Hill (Norton / Weston; neglect, a baby's weight faltering, a father's drinking); a kinship care
family in Hough Green, Widnes, with a mother in Farnworth (Ward / Lunt; a grandmother caring for two children of a mother who
uses heroin); and a father-led family in Latchford, Warrington, with a mother in Wrocław (Nowak / Bates; a boy of 11 left home
alone, a father's night shifts, a Polish mother's messages). 24 documents, each of a different type or style: a school's
attendance officer's home visit note, a police neighbourhood beat officer's pocket notebook typed up, a typed-up Snapchat
exchange, a child protection conference report, a church pastor's letter in French with its translation, a school nurse's
referral, a mother's own voice note transcribed, a strategy meeting's minutes, a teacher's CPOMS entry, an interpreter-assisted
home visit note, a typed-up WhatsApp exchange in Arabic and English, a section 47 assessment summary, a health visitor's
weight chart and notes, a neighbour's anonymous phone call logged by the front door, an OCR'd handwritten letter from a
grandfather, a core group's review notes, a kinship assessment (form C) extract, a GP's letter, a grandmother's text messages,
a chronology, a locked-out child's 999 call summary, a Polish mother's email in Polish and English, a social worker's quick
phone notes, and a child in need review.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (DR Congo, Yemen, Poland); NHS numbers and UPNs (LA numbers 877 and 876) pass their check digits.
Councils are invented (Mersey Vale, Sankey Brook), and so are the churches, the GP practices and the schools unless named as
real; towns, districts, estates, hospitals, police forces, real charities, clubs, brands and apps are real and stay unmarked
unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode, place,
school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DS,
Nan, Nanna, Grandad, Mum, Pastor, Maman, Tonton, Mama, Baba, Jiddah, Pani) stay outside the name span; a possessive 's stays
outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span; an initial with a surname
is one span; initials alone are not marked; a name broken by a line break is one span holding the break, and so is an address,
a place, a school or a date; usernames are not marked; a street address is one span, its town a place, its postcode a
postcode; a street without a number is an address, and so is a neighbour's bare house number; an address abroad is an address;
towns, districts and estates are places at home or abroad and in any script; countries, counties and regions are not;
organisations are not marked even when they hold a town's or a person's name; a school's name and short form is a school; a
date of birth is dob, any other date with a day is date (a weekday stays outside); months and years alone are not marked;
helplines are not; pets' names are not names; parks and landmarks stay unmarked; a name that is also a word or a town is
marked by what it refers to (Frodsham, Hale, Norton, Weston and Lunt are names when they are people; Hale, Norton and Weston
are places when they are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a church, a mosque, a
medical centre, a leisure centre or a shopping centre ("the bridge") is an organisation or a landmark and is not marked, even
when named after a town, a district or a person ("Upton Rocks Medical Centre", "Palace Fields Children's Centre", "the kingsway
leisure centre"), and a business park is left out of the place it names; a council named after a brook ("Sankey Brook") is an
organisation; a Lingala, French, Arabic or Polish kinship word or title ("Mama", "Maman", "Madame", "Pasteur", "Baba",
"Jiddah", "khalto", "Babcia", "Pani", "Sheikh", "Father" for a priest) stays outside a name and alone is not a name; in the Arabic
"ابو حمزة" ("father of Hamza"), the name a father's phone contact was saved under, the child's name is marked and "ابو" stays
outside; a name in Arabic script is a name; a Polish name in an inflected or diminutive form ("Kuby", "Kubuś", "Kubus",
"Wrocławiu") is a name or a place as its base form is; in OCR'd text a misread word is marked by what it refers to ("Windmill
HiII" a place, "Dagna11" a name, "Palace Fie1ds" a school); a Belgian four-digit postcode ("1030") is a postcode; a short form
of a district ("Westy" for Westy, Warrington; "Padgate" for Padgate Academy) is marked by what it refers to; a year alone
("2023") is not marked; incident, call and agency references are not marked.

Self-check without the detector: `python -m bench.redaction_set91` (and tests/test_redaction_set91.py) runs set 15's checker on
this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of documents and
gold spans per kind: 24 documents, 904 gold spans, 468 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Frodsham / Hale family (white British), Bewsey, Warrington ----------------------------------------------------------

HOME_A = d.Address("22 Lodge Lane", "Bewsey", "Warrington", "WA5 0AG")
NAN_A = d.Address("9 Dallam Lane", "Dallam", "Warrington", "WA2 7NG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Frodsham")], dt.date(2013, 5, 14), addresses=[HOME_A], ids=["1922677779", "B877152621234"],
       schools=["Bewsey Lodge Academy"]),
    _p("s", "sibling", [("Skye", "Frodsham")], dt.date(2020, 2, 3), addresses=[HOME_A], ids=["4339573361"],
       schools=["St Alban's Primary"]),
    _p("m", "mother", [("Kayleigh", "Frodsham")], dt.date(1994, 8, 30), addresses=[HOME_A], phones=["07823 416 902"]),
    _p("o", "other", [("Jordan", "Hale")], dt.date(1992, 1, 17), addresses=[HOME_A], phones=["07956 331 847"]),
    _p("g", "grandparent", [("Tina", "Frodsham")], dt.date(1970, 6, 6), addresses=[NAN_A], phones=["01925 634 218"]),
], "c")

DOCS_A = [
    ("school attendance officer's home visit note", """ATTENDANCE HOME VISIT - [[Bewsey Lodge Academy|school]]
Pupil: [[FRODSHAM, Mason|name]]   DOB [[14/05/2013|dob]]   UPN [[B877152621234|upn]]   Yr 8   Attendance 71.4%
Visit: Thursday [[12 November 2026|date]] 09:40, [[22 Lodge Lane|address]], [[Bewsey|place]], [[WA5 0AG|postcode]]
Officer: [[Carl Whittle|name]] (EWO) with [[Leanne Booth|name]] (pastoral)
No answer at first. A man came out of [[no. 24|address]] (gave his name as [[Stan|name]]) and said "they're in, they never open
before ten". [[Mason|name]] answered after 6 mins in his school trousers and a hoodie, said Mum was asleep. Strong smell of
cannabis in the hall. [[Kayleigh|name]] came down, said [[Mason|name]] had a migraine and that [[Skye|name]] had nits again so
was kept off [[St Alban's|school]]. A man upstairs shouting "who is it" - [[Mason|name]] said "just [[Jordan|name]]".
Grey Golf outside, reg [[KX19 WTE|vehicle]], engine running, two lads in it; [[Mason|name]] went out to it and came back.
Mum asked for a call back on [[07823 416 902|phone]]. Nan ([[Tina Frodsham|name]], [[Dallam|place]]) on [[01925 634 218|phone]]
has been doing the school run when she can. Passed to DSL [[Gary Ashton|name]] 11:05 the same day.
Absence log this term: [[8/9|date]], [[9/9|date]], [[15/9|date]], [[22/9|date]], [[29/9|date]], [[30/9|date]], [[6/10|date]],
[[13/10|date]], [[14/10|date]], [[20/10|date]], [[3/11|date]], [[4/11|date]], [[10/11|date]], [[11/11|date]] (all "ill", Mum by text).
Letters sent [[25/9|date]] and [[16/10|date]] to [[22 Lodge Lane|address]]; meeting [[5/11|date]] - DNA.
"""),
    ("police neighbourhood beat officer's pocket notebook typed up", """PNB - PC 4471 [[HOLDEN, Sophie|name]] - Warrington
[[Bewsey|place]] & [[Whitecross|place]] NPT
[[14.11.26|date]] 15:20 [[Lodge Ln|address]] jw Sankey Way. Obs male youth on red bike, IDd as [[Mason FRODSHAM|name]] (13),
handing small package to occupant of silver Astra [[MV68 RZO|vehicle]] (driver [[Liam Cheetham|name]], 19, of [[Orford|place]]).
Searched s23 MDA - nil on [[Mason|name]], £40 cash. Said money was "for me nan's birthday". Conveyed home. Mum [[Kayleigh|name]]
present, [[Jordan HALE|name]] (DOB [[17/01/1992|dob]]) present and hostile, said "he's not my kid". Astra searched: 9 wraps herbal.
[[Cheetham|name]] arrested. PPN submitted 17:10 ref 26/91/0442. Informed DS [[Amir Latif|name]]. CE concern - [[Mason|name]] has
been seen by PCSO [[Dave Oakes|name]] near Bank Park and at the [[Bewsey|place]] shops daily, 16:00ish.
[[15.11.26|date]] 09:00 Call to SW [[Rachel Mather|name]] [[01925 443 219|phone]].
[[16.11.26|date]] 16:05 [[Bewsey|place]] shops. [[Mason|name]] not seen. Spoke to shopkeeper [[Raj Gill|name]] (Premier,
[[Lodge Lane|address]]):
says "the little [[Frodsham|name]] lad" comes in most days with a lad called [[Kian Rowlands|name]], and a man in a grey Golf
([[KX19 WTE|vehicle]]) waits outside. CCTV requested. [[17.11.26|date]] Intel sub. Golf RK to [[Jordan Hale|name]],
[[22 Lodge Lane|address]].
"""),
    ("typed-up Snapchat exchange", """Screenshots handed in by [[Skye|name]]'s teacher, typed up by [[R. Mather|name]]
[[18/11/2026|date]]. Chat
between [[mason|name]] (username m4son_wa5) and "J" (saved as [[jordz|name]]).
[[jordz|name]]: u at the shop yet
[[mason|name]]: ye by greggs
[[jordz|name]]: give it to the lad in the blue nike 2 of them
[[mason|name]]: nan says im goin to hers after
[[jordz|name]]: ur nan can do one. come back to lodge lane after
[[mason|name]]: k
[[jordz|name]]: and dont say nothing to that [[whittle|name]] fella or ur mum gets it
[[mason|name]]: skye is crying shes hungry
[[jordz|name]]: get her a sausage roll then. [[kayls|name]] is at [[stockton heath|place]] til 6
[[kayls|name]] (mum, saved as "[[Kayleigh|name]] <3") to [[mason|name]], later the same day:
[[Kayleigh|name]] <3: where r u [[mase|name]]
[[mason|name]]: [[bewsey|place]] park
[[Kayleigh|name]] <3: come home [[tina|name]] is coming for u and [[sky|name]] at 5
"""),
    ("child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Children: [[Mason Frodsham|name]] (DOB [[14.05.2013|dob]], NHS [[192 267 7779|nhs]]); [[Skye Frodsham|name]] (DOB [[03.02.2020|dob]],
NHS [[433 957 3361|nhs]]). Address: [[22 Lodge Lane|address]], [[Bewsey|place]], [[Warrington|place]] [[WA5 0AG|postcode]].
Conference: [[2 December 2026|date]], Chair [[Helen Pickering|name]]. Author: [[Rachel Mather|name]], Mersey Vale Children's Services.
1. Since the police stop on [[14 November|date]], [[Mason|name]] has told me that [[Jordan|name]] sends him to the shops at
[[Bewsey|place]] and once to [[Great Sankey|place]] with "parcels". Mr [[Hale|name]] denies this. Ms [[Frodsham|name]] says she
"didn't know". [[Mason|name]] has named two older boys, [[Kian|name]] and "[[Deano|name]]", who pick him up.
2. [[Skye|name]] has missed 23 sessions at [[St Alban's Primary|school]] since [[7 September|date]]. Her teacher, Mrs [[Rose|name]],
reports she is often hungry and has had head lice all term.
3. Maternal grandmother, [[Tina Frodsham|name]] of [[9 Dallam Lane|address]], [[WA2 7NG|postcode]], is willing to have both children
at weekends. She is 56 and has COPD. Her partner, [[Brian Lowe|name]], is supportive.
4. Mr [[Hale|name]] has been asked to leave the home; he says he is living with his brother [[Kyle Hale|name]] in
[[Penketh|place]]. [[Mason|name]] says he is still there most nights.
Recommendation: plans under neglect and CE for both children; a referral to the Catch22 project and to Warrington
Youth Zone; a TAF with Warrington Hospital's paediatric team for [[Skye|name]]'s weight.

Appendix - who was contacted for this report
[[Tina Frodsham|name]] (nan), [[9 Dallam Lane|address]], [[Dallam|place]], [[WA2 7NG|postcode]], [[01925 634 218|phone]], seen
[[20/11/2026|date]].
[[Brian Lowe|name]] (nan's partner), same address, seen [[20/11/2026|date]].
[[Kayleigh Frodsham|name]] (mum), DOB [[30/08/1994|dob]], [[07823 416 902|phone]], seen [[16/11|date]], [[19/11|date]] and [[26/11|date]].
[[Jordan Hale|name]], DOB [[17/01/1992|dob]], [[07956 331 847|phone]], seen [[19/11|date]] (refused a second visit).
[[Kyle Hale|name]], [[3 Stocks Lane|address]], [[Penketh|place]], [[WA5 2RH|postcode]] - letter [[21/11|date]], no reply.
[[Gary Ashton|name]], DSL, [[Bewsey Lodge Academy|school]], [[01925 572 031|phone]], spoken to [[23/11|date]].
Mrs [[Rose|name]] (class teacher), [[St Alban's|school]], [[24/11|date]]. PC [[Sophie Holden|name]], [[25/11|date]].
[[Carl Whittle|name]] (EWO), [[25/11|date]]. [[Leanne Booth|name]] (pastoral), [[25/11|date]].
[[Skye|name]] was seen alone at school on [[24/11|date]]; [[Mason|name]] alone at [[Bewsey|place]] youth club on [[25/11|date]]
and in the car on the way to [[Padgate|place]] McDonald's on [[27/11|date]], where he talked about [[Kian|name]], "[[Deano|name]]"
and a lad from [[Westy|place]] called [[Callum|name]] who "runs it".
Distribution: [[Helen Pickering|name]]; [[Rachel Mather|name]]; DS [[Amir Latif|name]]; [[Gary Ashton|name]];
Mrs [[Rose|name]]; [[Kayleigh Frodsham|name]]; [[Jordan Hale|name]] (redacted copy); [[Tina Frodsham|name]] (at [[Mason|name]]'s
request).
"""),
]


# --- B. Mbuyi / Kalonji family (Congolese), Orford, Warrington --------------------------------------------------------------

HOME_B = d.Address("Flat 3, 41 Orford Green", "Orford", "Warrington", "WA2 0BT")
UNCLE_B = d.Address("12 Avenue Kasa-Vubu", "Kalamu", "Kinshasa", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Exaucé", "Kalonji")], dt.date(2017, 9, 21), addresses=[HOME_B], ids=["1178468569", "P876239984586"],
       schools=["Orford St Margaret's Primary"]),
    _p("s", "sibling", [("Merveille", "Kalonji")], dt.date(2011, 4, 2), addresses=[HOME_B], ids=["8625265839"],
       schools=["Padgate Academy"]),
    _p("m", "mother", [("Grâce", "Mbuyi")], dt.date(1985, 12, 12), addresses=[HOME_B], phones=["07441 902 613"]),
    _p("u", "other", [("Patrice", "Mbuyi")], addresses=[UNCLE_B], phones=["+243 81 523 4471"]),
], "c")

DOCS_B = [
    ("church pastor's letter in French with its translation", """Église Évangélique La Nouvelle Jérusalem, [[Warrington|place]]
[[Orford|place]], le [[3 novembre 2026|date]]

Madame [[Fiona Birchall|name]], assistante sociale,
Je soussigné, Pasteur [[Jean-Pierre Ilunga Mwamba|name]], atteste que la famille de Maman [[Grâce Mbuyi|name]] fréquente notre
église depuis 2024. L'enfant [[Exaucé|name]] a reçu des prières de délivrance le [[18 octobre|date]] à la demande de sa tante,
Mme [[Béatrice Kalonji|name]], venue de [[Lubumbashi|place]]. Nous n'avons fait aucun mal à l'enfant.
Contact: [[07398 114 526|phone]] ; [[pasteur.ilunga@nouvellejerusalem.org.uk|email]]

TRANSLATION (NorthWest Language Link) by [[Odile Kabasele|name]], [[5 November 2026|date]]:
"I the undersigned, Pastor [[Jean-Pierre Ilunga Mwamba|name]], certify that the family of Mama [[Grâce Mbuyi|name]] has attended
our church since 2024. The child [[Exaucé|name]] received deliverance prayers on [[18 October|date]] at the request of his
aunt, Mrs [[Béatrice Kalonji|name]], who came from [[Lubumbashi|place]]. We did no harm to the child."
Note by SW [[Fiona Birchall|name]], [[6/11/2026|date]]: letter handed to me by [[Merveille|name]] at [[Padgate Academy|school]]. The
aunt named, [[Béatrice|name]], is said to be living with [[Tshala Mukendi|name]] in [[Birchwood|place]]; [[Merveille|name]] thinks she
came on a visit visa via [[Brussels|place]], where another aunt, [[Clarisse Ngalula|name]], lives at [[Rue de Brabant 87|address]],
[[1030|postcode]] [[Schaerbeek|place]] ([[+32 488 61 27 90|phone]]).
"""),
    ("school nurse's referral", """SCHOOL NURSING SERVICE - REFERRAL TO CHILDREN'S SOCIAL CARE (Bridgewater Community Healthcare)
Child: [[KALONJI, Exaucé|name]]   DOB [[21/09/2017|dob]]   NHS [[117 846 8569|nhs]]   School: [[Orford St Margaret's|school]], Y4
Home: [[Flat 3, 41 Orford Green|address]], [[Orford|place]], [[WA2 0BT|postcode]]. Mother: [[Grâce MBUYI|name]] [[07441 902 613|phone]]
Referrer: [[Nadia Okafor|name]], SN, [[07712 558 190|phone]], [[nadia.okafor@nhs.net|email]]. Date: [[10/11/2026|date]]
[[Exaucé|name]] (called "[[Exo|name]]" at school) told his class teacher, Mr [[Sankey|name]], on [[9/11|date]] that his auntie
says he "has a bad spirit" and that he slept on the floor in the kitchen "so the spirit stays out of [[Merveille|name]]'s room".
Weight 21.3kg (9th centile, was 25th). Healed marks on the upper arms, he said from "the oil and the pinching at church".
[[Merveille|name]] ([[Padgate Academy|school]], Y10) told me Mum has no money "because of the papers" (NRPF) and that their uncle,
[[Patrice|name]], in [[Kinshasa|place]] ([[+243 81 523 4471|phone]]) sends money when he can. Aunt now at an address in
[[Birchwood|place]], not known.
Previous contacts: [[12/03/2025|date]] (school, [[Exaucé|name]] hungry), [[04/09/2025|date]] (GP, [[Grâce|name]] low mood),
[[19/10/2026|date]] (church neighbour, Mrs [[Sandra Critchley|name]] of [[Orford Green|address]], heard a child crying at night).
Consent: mother not asked (risk of harm). Discussed with [[Jill Ogden|name]] (DSL) and my lead [[Hayley Woods|name]]
on [[10/11/2026|date]]; PPN not needed, referral sent to the council front door at 15:40 ([[Dan Kirby|name]] took the call).
"""),
    ("mother's own voice note transcribed", """Voice note from Ms [[Mbuyi|name]] to [[Fiona|name]] (SW), [[16/11/2026|date]] 22:14, 2m40s,
transcribed by [[F. Birchall|name]]; Lingala words translated in brackets by [[Merveille|name]] the next day, with Mum's consent.
"Hello [[Fiona|name]], it's [[Grâce|name]]. Sorry to call late. I want to say, [[Béatrice|name]] is gone, I told her to go, she
is at the house of Madame [[Tshala|name]]... sorry, of [[Tshala Mukendi|name]] in [[Birchwood|place]] now. [[Exo|name]] is
sleeping in his bed, mwana na ngai (my child) is okay. Please don't take them. I am not a witch family. Pastor
[[Jean-Pierre|name]] is good man but the prayer, I did not like. My brother [[Patrice|name]] say he will call you, his
number is the one with 243. Tomorrow I go to the Citizens Advice in [[Warrington|place]] town for the papers. Okay. Merci.
Nakozela yo (I am waiting for you)."
[second voice note, [[17/11/2026|date]] 07:30, 0m50s] "[[Fiona|name]], it's me [[Grâce|name]] again. [[Merveille|name]] has
her exam today at [[Padgate|school]]. [[Patrice|name]] will call you at ten. Merci."
"""),
    ("strategy meeting's minutes", """STRATEGY MEETING - [[Exaucé KALONJI|name]] (DOB [[21.09.2017|dob]]) - s47 -
[[19 November 2026|date]] 10:00 (Teams)
Present: [[Sarah Crompton|name]] (chair, TM), [[Fiona Birchall|name]] (SW), DC [[Neil Foy|name]] (Cheshire Constabulary, CAIU),
[[Nadia Okafor|name]] (SN), Mrs [[Jill Ogden|name]] (DSL, [[Orford St Margaret's|school]]), Dr [[Ruth Amin|name]] (named
doctor, Warrington Hospital). Apologies: [[Kwame Asante|name]] ([[Padgate Academy|school]]).
Summary: risk from aunt [[Béatrice KALONJI|name]] (b. approx 1979, of [[Lubumbashi|place]], DRC), who has left [[Orford|place]]
and is thought to be at [[5 Locking Stumps Lane|address]], [[Birchwood|place]], [[WA3 7PJ|postcode]] with Ms [[Mukendi|name]].
Actions: DC [[Foy|name]] to speak with Pastor [[Ilunga Mwamba|name]] by [[24/11|date]]; child protection medical for [[Exaucé|name]] at
Warrington Hospital [[20/11|date]] 14:00; [[Fiona|name]] to see [[Merveille|name]] alone; interpreter (Lingala) booked, [[Odile|name]].
Information shared:
- [[Merveille|name]] told Mrs [[Ogden|name]]'s colleague, Mr [[Asante|name]], on [[18/11|date]] that [[Béatrice|name]] made
  [[Exaucé|name]] fast on [[14 November|date]] and [[15 November|date]] "to clean him". She said Maman [[Grâce|name]] cried.
- Police checks: [[Béatrice Kalonji|name]] no trace; [[Tshala Mukendi|name]], DOB [[02/06/1976|dob]], no trace; Pastor
  [[Jean-Pierre Ilunga Mwamba|name]], no trace. The church meets at the Scout hut on [[Capesthorne Road|address]], [[Orford|place]].
- Housing: [[Flat 3, 41 Orford Green|address]] is a Sankey Brook Council flat; the tenancy is in the name of [[Patrice Mbuyi|name]]'s
  friend [[Didier Lukusa|name]] ([[07503 662 914|phone]]), who lives in [[Salford|place]]. NRPF team ([[Joanne Reddy|name]]) to see
  [[Grâce|name]] on [[23/11|date]].
- Health: [[Exaucé|name]] last seen by GP (Dr [[Okoro|name]]) on [[2 March 2026|date]]; [[Merveille|name]] on [[11 June 2026|date]].
- The uncle, [[Patrice Mbuyi|name]], of [[12 Avenue Kasa-Vubu|address]], [[Kalamu|place]], [[Kinshasa|place]], rang [[Fiona|name]]
  on [[18/11|date]] from [[+243 81 523 4471|phone]] and said [[Béatrice|name]] "is not welcome in the family".
"""),
]


# --- C. Al-Haddad family (Yemeni), Great Sankey, Warrington ---------------------------------------------------------------

HOME_C = d.Address("17 Barrow Hall Lane", "Great Sankey", "Warrington", "WA5 3AB")
NAN_C = d.Address("Al-Mualla, Street 5, House 22", "Al-Mualla", "Aden", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Yusra", "Al-Haddad")], dt.date(2012, 7, 9), addresses=[HOME_C], ids=["4080662831", "W877169010914"],
       schools=["Great Sankey High School"]),
    _p("s", "sibling", [("Hamza", "Al-Haddad")], dt.date(2016, 3, 28), addresses=[HOME_C], ids=["1866485296"],
       schools=["Barrow Hall Community Primary"]),
    _p("m", "mother", [("Amal", "Saleh")], dt.date(1988, 1, 1), addresses=[HOME_C], phones=["07513 228 904"]),
    _p("f", "father", [("Abdulrahman", "Al-Haddad")], dt.date(1981, 10, 4), addresses=[HOME_C], phones=["07852 630 117"]),
    _p("g", "grandparent", [("Fatima", "Ba-Wazir")], addresses=[NAN_C], phones=["+967 777 412 385"]),
], "c")

DOCS_C = [
    ("teacher's CPOMS entry", """CPOMS - Incident - [[Yusra Al-Haddad|name]] (9Y3) - Safeguarding: Physical abuse (disclosure)
Date/time: [[23/11/2026|date]] 12:35   Recorded by: Ms [[Holly Brennan|name]] (Maths)   Alerted: [[Mark Tierney|name]] (DSL), [[Asha
Patel|name]] (DDSL)
[[Yusra|name]] stayed behind after period 4. She pulled her sleeve up and showed a red line mark on the forearm, about 8cm. She
said "Baba did it with the belt because I talked to a boy on the bus". She said her brother [[Hamza|name]] ([[Barrow Hall|school]],
Y5) "gets it too but less". She asked me not to tell her mum because her mum "will get it worse". She said her
friend [[Imogen|name]] knows. She did not want to go home; she asked if she could go to her Jiddah's, then laughed and said "she's
in [[Aden|place]], miss".
DSL action ([[M. Tierney|name]], 12:55): rang the front door, spoke to [[Kirsty Hough|name]]; strategy discussion arranged.
Follow-up [[24/11/2026|date]] 08:30 ([[M. Tierney|name]]): [[Yusra|name]] in early with [[Imogen|name]]. Said she went to
[[Huda|name]]'s in [[Widnes|place]] after school yesterday by bus from [[Sankey|place]] station; cousin brought her home at 8.
"""),
    ("interpreter-assisted home visit note", """HOME VISIT - [[17 Barrow Hall Lane|address]], [[Great Sankey|place]],
[[WA5 3AB|postcode]] - [[24.11.2026|date]]
SW: [[Tom Leatherbarrow|name]]. Interpreter (Arabic, Yemeni dialect): Mr [[Khaled Obeid|name]], by phone, agency ref LI-22914.
Seen: mother [[Amal SALEH|name]] (DOB [[01/01/1988|dob]]) and [[Hamza|name]]. Father [[Abdulrahman|name]] at work at the takeaway
in [[Penketh|place]] (owner Mr [[Nasser|name]]).
Mrs [[Saleh|name]] cried. She said her husband "is strict like his own father in [[Taiz|place]]". She showed her phone: her
mother, [[Fatima Ba-Wazir|name]], in [[Al-Mualla|place]], [[Aden|place]] ([[+967 777 412 385|phone]]), had sent a voice note
telling her to be patient. She said she is afraid to leave because she has no family here except her cousin [[Huda|name]] in
[[Widnes|place]] ([[07946 881 302|phone]]). [[Hamza|name]] said "Baba shouts but [[Yusra|name]] is the one he hits".
Interpreter note: Mr [[Obeid|name]] said Mrs [[Saleh|name]] asked him twice if he knew her husband; he does not.
Next visits: [[1/12|date]] (with Mr [[Obeid|name]]) and [[8/12|date]]. Mrs [[Saleh|name]] given the number of the
Warrington Women's Aid outreach worker, [[Sally Kearns|name]] ([[07590 331 472|phone]]), and a card in Arabic.
"""),
    ("typed-up WhatsApp exchange in Arabic and English", """WhatsApp messages shown by [[Yusra|name]] on [[25/11/2026|date]], typed up
with her consent; Arabic translated by
[[Khaled Obeid|name]].
[25/11, 07:02] ابو [[حمزة|name]]: [[يسرى|name]] لا تتأخري بعد المدرسة ([[Yusra|name]], don't be late after school)
[25/11, 07:05] [[يسرى|name]]: ok baba
[25/11, 07:06] ابو [[حمزة|name]]: و لا تكلمي ولد [[كريم|name]] (and don't talk to [[Karim|name]]'s boy)
[25/11, 15:40] [[Yusra|name]]: baba im at [[imogen|name]]s for maths
[25/11, 15:41] ابو [[حمزة|name]]: تعالي البيت الحين (come home now)
[25/11, 15:58] Mama: [[يسرى|name]] حبيبتي تعالي بسرعة ابوك زعلان (my darling come quickly, your father is angry)
Note: "ابو [[حمزة|name]]" ("father of [[Hamza|name]]") is how [[Yusra|name]] saved her father; "ابو" (father of) stays outside the
name, like
"Mama".
[26/11, 08:15] [[Huda|name]]: [[Yusra|name]] habibti you ok? [[هدى|name]] here, new number [[07946 881 302|phone]]
[26/11, 08:16] [[Yusra|name]]: ya im at school. [[imogen|name]] says hi
[26/11, 08:17] [[Huda|name]]: tell [[Amal|name]] khalto I will come Saturday [[28/11|date]] to [[Great Sankey|place]] with [[Ahmed|name]]
"""),
    ("section 47 assessment summary", """SECTION 47 ENQUIRY - OUTCOME SUMMARY
Children: [[AL-HADDAD, Yusra|name]] (DOB [[9 July 2012|dob]], NHS [[408 066 2831|nhs]], UPN [[W877169010914|upn]]) and
[[AL-HADDAD, Hamza|name]] (DOB [[28 March 2016|dob]], NHS [[186 648 5296|nhs]]).
Parents: [[Abdulrahman Al-Haddad|name]] ([[07852 630 117|phone]]), [[Amal Saleh|name]] ([[07513 228 904|phone]]).
Worker: [[Tom Leatherbarrow|name]]; manager [[Kirsty Hough|name]]. Started [[23 November 2026|date]], completed [[4 December
2026|date]].
Mr [[Al-Haddad|name]] was interviewed under caution by DC [[Priya Rathod|name]] on [[27 November|date]] at Warrington police
station; he accepted "smacking with a belt" once and said it is his right. He agreed to a written agreement and to the
Positive Parenting course at the [[Westbrook|place]] family hub. The imam of the Great Sankey mosque, Sheikh [[Adel|name]],
agreed to speak with him. [[Yusra|name]] said she feels "a bit safer" and wants to stay at [[Great Sankey High|school]].
Outcome: concerns substantiated; an initial child protection conference on [[15 December 2026|date]].
Seen and spoken to: [[Yusra|name]] alone at school [[23/11|date]], [[26/11|date]] and [[2/12|date]]; [[Hamza|name]] alone at
[[Barrow Hall|school]] on [[24/11|date]]; Mrs [[Saleh|name]] with Mr [[Obeid|name]] on [[24/11|date]] and [[1/12|date]];
Mr [[Al-Haddad|name]] at home on [[28/11|date]] with his brother [[Mohammed Al-Haddad|name]] of [[Callands|place]]
([[07588 214 360|phone]]), who interpreted at his request (not used for the assessment); cousin [[Huda Saleh|name]] in
[[Widnes|place]] by phone on [[30/11|date]]; grandmother [[Fatima Ba-Wazir|name]] in [[Aden|place]] by WhatsApp on [[1/12|date]]
([[+967 777 412 385|phone]]). [[Yusra|name]]'s friend [[Imogen Platt|name]] was not spoken to (her mum, Mrs [[Platt|name]],
declined). DSLs: [[Mark Tierney|name]] ([[Great Sankey High|school]]) and Mrs [[Wendy Rigby|name]] ([[Barrow Hall|school]]).
[[Yusra|name]] wrote her name in Arabic on her wishes sheet, "[[يسرى الحداد|name]]", and drew her grandmother's house in
[[Al-Mualla|place]]; she said Jiddah [[Fatima|name]] calls every Friday.
"""),
]


# --- D. Norton / Weston family (white British), Palace Fields, Runcorn ------------------------------------------------------

HOME_D = d.Address("8 Coniston Close", "Palace Fields", "Runcorn", "WA7 2QF")
GDAD_D = d.Address("31 Wedgwood Drive", "Windmill Hill", "Runcorn", "WA7 6QD")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ellis", "Norton")], dt.date(2026, 4, 19), addresses=[HOME_D], ids=["9757935751"]),
    _p("s", "sibling", [("Tyler", "Norton")], dt.date(2019, 11, 1), addresses=[HOME_D], ids=["8291600589", "D876208512131"],
       schools=["Palace Fields Primary Academy"]),
    _p("m", "mother", [("Chelsea", "Norton")], dt.date(2000, 3, 15), addresses=[HOME_D], phones=["07534 719 206"]),
    _p("f", "father", [("Darren", "Weston")], dt.date(1996, 9, 9), addresses=[HOME_D], phones=["07488 251 630"]),
    _p("g", "grandparent", [("Keith", "Norton")], dt.date(1958, 12, 2), addresses=[GDAD_D], phones=["01928 713 405"]),
], "c")

DOCS_D = [
    ("health visitor's weight chart and notes", """HEALTH VISITING - [[NORTON, Ellis|name]]  DOB [[19/04/2026|dob]]  NHS
[[975 793 5751|nhs]]
[[8 Coniston Close|address]], [[Palace Fields|place]], [[Runcorn|place]] [[WA7 2QF|postcode]]. HV: [[Bev Lathom|name]]
[[07725 340 618|phone]]
Date       | Wt (kg) | Centile | Seen by
[[22/04/26|date]]   | 3.41    | 50th    | MW [[Jo Keegan|name]]
[[14/05/26|date]]   | 4.10    | 50th    | BL
[[07/07/26|date]]   | 5.20    | 25th    | [[Bev|name]]
[[02/09/26|date]]   | 5.95    | 9th     | [[Bev|name]] (clinic, [[Halton Lea|place]])
[[28/10/26|date]]   | 6.10    | 2nd     | [[Bev|name]]
[[25/11/26|date]]   | 6.15    | <0.4th  | [[Bev|name]] + SW [[Ruth Dagnall|name]]
Notes [[25/11|date]]: bottles made up with too much water ("to make the tin last", Mum). [[Darren|name]] asleep on settee at 11:00,
cans. [[Tyler|name]] (7) let us in and made the baby's bottle himself. Grandad [[Keith|name]] ([[Windmill
Hill|place]]) popping round
with shopping. GP (Dr [[Kaur|name]]) - see letter.
Plan: weekly weights; referral to the infant feeding team ([[Sue Parr|name]]) and to Dr [[Kaur|name]] at the
Castlefields practice; [[Tyler|name]]'s school nurse ([[Gill Rowe|name]], [[07712 904 338|phone]]) informed [[25/11/2026|date]].
"""),
    ("neighbour's anonymous phone call logged by the front door", """HALTON i-ART - CONTACT LOG   Received: [[27/11/2026|date]] 19:48
Taken by: [[Lisa Cowley|name]]
Caller: anonymous (said she lives "two doors down" on [[Coniston Close|address]]; withheld number)
"It's about the baby at [[number 8|address]], [[Chelsea|name]]'s. That baby's been screaming since dinner. The fella, [[Daz|name]],
he's been out the front effing and blinding, he's steaming. The little lad [[Ty|name]] came to mine earlier asking for bread.
Me and [[Maureen|name]] from [[number 12|address]] have been giving him bits. I'm not giving my name, he'll put my windows
through. Her dad lives up [[Windmill Hill|place]], he's decent, ring him. And there's a van, white Transit, [[YJ17 HNB|vehicle]],
comes and goes at all hours."
Action: police welfare check requested 19:55 (Cheshire, log 1026); EDT SW [[Graham Pye|name]] informed.
Checks: [[Chelsea Norton|name]] (DOB [[15/03/2000|dob]]) - CP plan on [[Tyler|name]] 2021-22 (then at [[Castlefields|place]]);
[[Darren Weston|name]] (DOB [[09/09/1996|dob]]) - DA with ex-partner [[Shannon Ellams|name]], 2023; [[Ellis|name]] - HV
concerns, weight; [[Keith Norton|name]], [[01928 713 405|phone]] - protective factor.
Police attended 20:31 (PC [[Ian Rimmer|name]], PC [[Kate Dutton|name]]): baby settled, [[Darren|name]] arrested (breach of the
peace). EDT call to [[Keith|name]] 21:15: he came from [[Windmill Hill|place]] and stayed the night.
Follow-up [[28/11/2026|date]]: SW [[Ruth Dagnall|name]] visited [[8 Coniston Close|address]], [[WA7 2QF|postcode]] with HV
[[Bev Lathom|name]]; [[Chelsea|name]] and the children seen; [[Darren|name]] out.
"""),
    ("OCR'd handwritten letter from a grandfather", """[scanned letter, OCR text - some errors left as read]
[[31 Wedgwood Dr|address]]
[[Windmill HiII|place]]
[[Runcorn|place]]   [[WA7 6QD|postcode]]
[[30-11-2026|date]]
Dear Mrs [[Dagna11|name]],
I am [[Chelsea|name]]s dad [[Keith Norton|name]]. I want to say I will have [[Ellis|name]] and [[Tyler|name]] if it
comes to it. I no [[Chelsea|name]] loves them but since [[Darren|name]] come back from [[Liverpool|place]] she has give up.
I am 67 but fit, I do the bowls at Runcorn Hill and I drive. My late wife [[Pat|name]] would of wanted me to. My
neighbour Mrs [[Eileen Cross|name]] at [[no. 29|address]] will help with the school run to [[Palace Fie1ds|school]].
My phone is [[01928 713 405|phone]] anytime.
Yours faithfully [[K. Norton|name]]
P.S. [[Tyler|name]] says [[Daz|name]] has a new car a blue Corsa [[DL66 KXW|vehicle]] and parks it up [[Halton Lodge|place]].
"""),
    ("core group's review notes", """CORE GROUP - [[Ellis|name]] and [[Tyler NORTON|name]] - [[9 December 2026|date]], Palace Fields
Children's Centre
Attended: [[Ruth Dagnall|name]] (SW, lead), [[Bev Lathom|name]] (HV), Mrs [[Joanne Stubbs|name]] ([[Palace Fields Primary Academy|school]]),
[[Chelsea Norton|name]], [[Keith Norton|name]]; [[Darren Weston|name]] did not attend (text from [[07488 251 630|phone]]: "at work").
Progress: [[Ellis|name]] weighed [[8/12|date]] 6.48kg - rising. Feeds made by [[Chelsea|name]] in front of [[Bev|name]]; correct.
[[Tyler|name]]'s attendance 88% (was 76%). [[Tyler|name]] said at school that "[[Daz|name]] went to his mate [[Robbo|name]]'s in
[[Weston|place]]" after the police came. Mr [[Weston|name]] is on bail not to return to [[Coniston Close|address]] until
[[6 January 2027|date]]. Grandad has the children Fridays.
Next core group: [[13 January 2027|date]].
Actions: [[Ruth|name]] to visit weekly (next [[16/12|date]], [[23/12|date]] and [[30/12|date]]); [[Bev|name]] to weigh
fortnightly at [[Halton Lea|place]] clinic; Mrs [[Stubbs|name]] to send attendance to [[Ruth|name]] every Friday; Grandad
[[Keith|name]] to have the children at [[31 Wedgwood Drive|address]], [[Windmill Hill|place]], [[WA7 6QD|postcode]] on
Fridays; [[Chelsea|name]] to go to the Halton Women's Centre group on Tuesdays with her friend [[Stacey Mottram|name]].
Neighbour concerns: [[Maureen Bold|name]] at [[number 12|address]] told
[[Ruth|name]] on [[5/12|date]] that things are "much calmer". Police: PC [[Ian Rimmer|name]] confirmed bail conditions and
the Transit ([[YJ17 HNB|vehicle]]) is registered to [[Robert Whalley|name]] ("[[Robbo|name]]") of [[Weston|place]].
"""),
]


# --- E. Ward / Lunt family (white British, kinship care), Hough Green, Widnes -----------------------------------------------

HOME_E = d.Address("54 Arley Drive", "Hough Green", "Widnes", "WA8 4XB")
MUM_E = d.Address("Flat 7, Cronton House, Lunts Heath Road", "Farnworth", "Widnes", "WA8 9AZ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Paige", "Lunt")], dt.date(2015, 6, 23), addresses=[HOME_E, MUM_E], ids=["2096084350", "W877191959058"],
       schools=["Hough Green Primary School"]),
    _p("s", "sibling", [("Riley", "Lunt")], dt.date(2018, 10, 11), addresses=[HOME_E], ids=["5163398695"],
       schools=["Hough Green Primary School"]),
    _p("m", "mother", [("Jade", "Lunt")], dt.date(1993, 2, 8), addresses=[MUM_E], phones=["07407 226 918"]),
    _p("g", "grandparent", [("Maureen", "Ward")], dt.date(1964, 11, 19), addresses=[HOME_E], phones=["07864 509 213"],
       emails=["mo.ward64@hotmail.co.uk"]),
], "c")

DOCS_E = [
    ("kinship assessment (form C) extract", """FORM C - CONNECTED PERSON ASSESSMENT (extract, section 3: family history)
Applicant: [[WARD, Maureen Patricia|name]]  DOB [[19.11.1964|dob]]  NI [[JT 41 86 20 C|ni]]
Address: [[54 Arley Drive|address]], [[Hough Green|place]], [[Widnes|place]] [[WA8 4XB|postcode]]   Email: [[mo.ward64@hotmail.co.uk|email]]
Children: [[Paige Lunt|name]] (11) and [[Riley Lunt|name]] (8), at [[Hough Green Primary|school]].
Assessor: [[Claire Houghton|name]], Fostering Service, Sankey Brook Council.
[[Maureen|name]] ("[[Mo|name]]") grew up in [[Ditton|place]], one of six, and left school at 16 to work at the Crosfield's
soap works. She married [[Terry Ward|name]] in 1985 (died [[12 March 2019|date]]). Her daughter [[Jade|name]] began using heroin
at 19 after her relationship with [[Lee Lunt|name]] (the children's father, now in HMP Altcourse) ended. [[Maureen|name]]'s son,
[[Stephen Ward|name]], lives in [[Tenerife|place]] ([[+34 622 418 907|phone]]) and sends money. Her sister, [[Bernie Hurst|name]] of
[[Appleton|place]], is her main support and would be the back-up carer. [[Mo|name]] has had the children since
[[2 August 2026|date]], when [[Jade|name]] was found unconscious at [[Flat 7,
Cronton House|address]], [[Lunts Heath Road|address]],
[[Farnworth|place]].
References: [[Bernie Hurst|name]], [[7 Grappenhall Road|address]], [[Appleton|place]], [[WA4 5QP|postcode]], seen [[10/11/2026|date]];
Father [[Michael Doyle|name]] (St Bede's), seen [[12/11/2026|date]];
neighbour [[Sue Cartwright|name]], [[no. 56|address]], seen [[12/11/2026|date]].
"""),
    ("GP's letter", """Upton Rocks Medical Centre, [[Widnes|place]]
[[1 December 2026|date]]
Dear Ms [[Houghton|name]],
Re: Mrs [[Maureen Ward|name]], DOB [[19/11/1964|dob]], [[54 Arley Drive|address]], [[Widnes|place]] [[WA8 4XB|postcode]]
Thank you for your request. Mrs [[Ward|name]] has well-controlled type 2 diabetes and mild osteoarthritis of both knees. She
had a period of low mood after her husband's death in 2019 which resolved with counselling. She does not smoke and drinks
within limits. I know of no reason she could not care for her grandchildren [[Paige|name]] and [[Riley|name]], both also patients
here. I would add that [[Jade Lunt|name]] is no longer registered with us; I understand she is with the Windmill Street
practice in [[Runcorn|place]] for her methadone.
Yours sincerely, Dr [[Anjali Menon|name]], GP ([[0151 424 8300|phone]])
cc: [[Claire Houghton|name]]; patient ([[Maureen Ward|name]], [[mo.ward64@hotmail.co.uk|email]]).
Children on our list: [[Paige Lunt|name]] (DOB [[23/06/2015|dob]], NHS [[209 608 4350|nhs]]); [[Riley Lunt|name]] (DOB
[[11/10/2018|dob]], NHS [[516 339 8695|nhs]]).
"""),
    ("grandmother's text messages", """Texts from [[Mo Ward|name]] ([[07864 509 213|phone]]) to SW [[Danny Sherlock|name]], copied into
the record [[04/12/2026|date]]
Tue [[1 Dec|date]] 08:12  morning [[danny|name]] [[jade|name]] never turned up for contact at the bridge yday, [[riley|name]] sat in
maccies 2 hrs waiting
Tue [[1 Dec|date]] 08:13  [[paige|name]] says her mum messaged her on tiktok at midnight saying shes moving to [[st helens|place]] with
a fella called [[gaz|name]]
Tue [[1 Dec|date]] 08:20  i dont want [[paige|name]] having her number. its [[07407 226 918|phone]] can u block it on the ipad
Wed [[2 Dec|date]] 19:40  [[bernie|name]] says she seen [[jade|name]] at [[halton lea|place]] bus station looking awful
Thu [[3 Dec|date]] 07:55  can u ring me, im at the school at 9 then asda
Fri [[4 Dec|date]] 21:02  [[riley|name]] wants to know if he can go to [[kai|name]]s party in [[upton|place]] on [[12th|date]]
Fri [[4 Dec|date]] 21:03  its at the kingsway leisure centre, [[kai|name]]s mum is [[lorraine|name]] [[07557 413 920|phone]]
"""),
    ("chronology", """CHRONOLOGY - [[Paige|name]] and [[Riley LUNT|name]] (significant events)
[[23.06.2015|dob]]   [[Paige|name]] born, Whiston Hospital. Mother [[Jade Lunt|name]], father [[Lee Lunt|name]].
[[11.10.2018|dob]]   [[Riley|name]] born. Family at [[12 Hale Road|address]], [[Hale Bank|place]].
[[03.05.2021|date]]   Police called, DA, [[Lee Lunt|name]] arrested. Family moves to [[Farnworth|place]].
[[17.01.2023|date]]   [[Lee|name]] sentenced (Liverpool Crown Court), 6 years.
[[14.11.2025|date]]   School ([[Hough Green Primary|school]]) refer: [[Paige|name]] caring for [[Riley|name]], Mum "asleep" at 15:30.
[[02.08.2026|date]]   [[Jade|name]] found unconscious by neighbour [[Carol Thwaite|name]] ([[Flat 6|address]]). Children to nan
                [[Maureen Ward|name]] under s20.
[[21.09.2026|date]]   Reg 24 approval, [[Maureen|name]] as connected person.
[[30.11.2026|date]]   Contact at [[Widnes|place]] missed by [[Jade|name]].
[[01.12.2026|date]]   [[Mo|name]] texts SW [[Danny Sherlock|name]]: [[Jade|name]] moving to [[St Helens|place]] with "[[Gaz|name]]"
                ([[Gary Tickle|name]], DOB [[04.04.1988|dob]], known to Merseyside Police).
[[02.12.2026|date]]   [[Bernie Hurst|name]] sees [[Jade|name]] at [[Halton Lea|place]]. [[Jade|name]]'s phone [[07407 226 918|phone]]
blocked on [[Paige|name]]'s iPad.
[[04.12.2026|date]]   Form C completed by [[Claire Houghton|name]]; GP letter (Dr [[Menon|name]]) received.
[[08.12.2026|date]]   [[Stephen Ward|name]] rings from [[Tenerife|place]] ([[+34 622 418 907|phone]]) offering to pay for after-school club.
"""),
]


# --- F. Nowak / Bates family (white British and Polish), Latchford, Warrington ----------------------------------------------

HOME_F = d.Address("66 Knutsford Road", "Latchford", "Warrington", "WA4 1JJ")
MUM_F = d.Address("ul. Legnicka 48/12", "Fabryczna", "Wrocław", "54-203")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Jakub", "Bates")], dt.date(2015, 1, 30), addresses=[HOME_F], ids=["3648442023", "A876235441592"],
       schools=["Our Lady's Catholic Primary School"]),
    _p("f", "father", [("Gareth", "Bates")], dt.date(1984, 5, 5), addresses=[HOME_F], phones=["07931 804 526"],
       ids=["NH 62 19 44 B"]),
    _p("m", "mother", [("Agnieszka", "Nowak")], dt.date(1989, 8, 17), addresses=[MUM_F], phones=["+48 601 482 937"],
       emails=["aga.nowak89@wp.pl"]),
], "c")

DOCS_F = [
    ("locked-out child's 999 call summary", """NWAS / Cheshire Police - call summary (shared under the information sharing agreement)
Incident 0412 of [[26/11/2026|date]], 23:37. Caller: child, gave name "[[Kuba Bates|name]]", age 11.
Caller locked out at [[66 Knutsford Rd|address]], [[Latchford|place]]. Said dad ([[Gareth|name]]) on nights at the warehouse in
[[Birchwood|place]], phone off. Said he had been at his friend [[Oskar|name]]'s on [[Wash Lane|address]] until 11 and his key
"broke in the lock". Cold, in shorts. Neighbour at [[no. 64|address]], Mr [[Derek Platt|name]], took him in at 23:50 at the
call-taker's request. PCSO [[Amy Gerrard|name]] attended 00:20 [[27/11|date]]; dad reached at 01:05 via the warehouse
supervisor ([[Sunil|name]], [[01925 823 660|phone]]).
Call-taker: [[Lauren Pickavance|name]]. Address checks: [[66 Knutsford Road|address]], [[WA4 1JJ|postcode]] - occupants
[[Gareth BATES|name]]
(DOB [[05/05/1984|dob]]), [[Jakub BATES|name]] (DOB [[30/01/2015|dob]]). Previous: [[14/06/2026|date]] concern for welfare, [[Jakub|name]]
seen alone at [[Latchford|place]] locks at 21:30 by [[Steve Ogden|name]] (boater).
"""),
    ("Polish mother's email in Polish and English", """From: [[Agnieszka Nowak|name]] <[[aga.nowak89@wp.pl|email]]>
To: [[Hannah Brierley|name]] <[[hannah.brierley@sankeybrook.gov.uk|email]]>
Date: [[28 November 2026|date]] 06:14
Subject: [[Kuba|name]]

Szanowna Pani [[Hannah|name]],
Dziękuję za telefon. Jestem mamą [[Kuby|name]]. Mieszkam we [[Wrocławiu|place]], [[ul. Legnicka 48/12|address]], [[54-203|postcode]]
[[Wrocław|place]]. Mój telefon: [[+48 601 482 937|phone]]. Proszę, niech [[Kubuś|name]] przyjedzie do mnie na święta.

(English below - sorry my English)
Dear Mrs [[Hannah|name]], thank you for the call. I am the mum of [[Kuba|name]]. I live in [[Wroclaw|place]]. Please let
[[Kubus|name]] come to me for Christmas, my mother [[Halina|name]] will collect him at [[Liverpool|place]] airport on
[[19 December|date]]. [[Gareth|name]] works too much since [[Stacey|name]] left. I am worried.
[[Aga|name]]

-----Original message-----
From: [[Hannah Brierley|name]]
Sent: [[27 November 2026|date]] 16:02
To: [[aga.nowak89@wp.pl|email]]
Dear Ms [[Nowak|name]], I am [[Jakub|name]]'s social worker at Sankey Brook. [[Jakub|name]] was locked out of the house on the night
of [[26 November|date]] and was looked after by a neighbour. He is safe. Please ring me on [[01925 442 876|phone]].
"""),
    ("social worker's quick phone notes", """[[H Brierley|name]] - phone notes, typed from my phone [[30/11|date]]
- rang dad [[07931 804 526|phone]] 9.10 no ans. 9.40 spoke. says [[kuba|name]] fine, key cut, new rota days only from [[7th|date]]
- dad says [[Aga|name]] "not safe to fly him", wants it thru court?? check w/ legal ([[Priya|name]])
- school [[Our Lady's|school]] - Mrs [[Jones|name]] - [[Jakub|name]] tired, late x5, packed lunch empty x3
- nbr [[Derek|name]] ([[64|address]]) happy to be emergency contact, [[07815 226 043|phone]]
- [[Oskar|name]]'s mum ([[Marta Zielińska|name]]) says [[Kuba|name]] at theirs most eves til 10
- book CIN mtg [[14/12|date]]
- [[halina|name]] (babcia) rang back from [[wroclaw|place]], v upset, says [[aga|name]] has a flat ready + school place at
  SP nr 12 for [[kuba|name]] if he moved. NOT agreed. discuss w/ [[Kerry|name]] (TM) [[1/12|date]]
- [[stacey bates|name]] (ex) msg'd - [[07719 406 385|phone]] - wants to help w/ school run from [[lymm|place]]
"""),
    ("child in need review", """CHILD IN NEED REVIEW - [[Jakub BATES|name]] ("[[Kuba|name]]")  DOB [[30 January 2015|dob]]  NHS
[[364 844 2023|nhs]]
UPN [[A876235441592|upn]]   Held: [[14 December 2026|date]], [[Our Lady's Catholic
Primary School|school]], [[Latchford|place]]
Present: [[Hannah Brierley|name]] (SW), [[Gareth Bates|name]] (father, NI [[NH 62 19 44 B|ni]]), Mrs [[Catherine Jones|name]] (DSL),
[[Marta Zielińska|name]] (family friend), [[Agnieszka Nowak|name]] by video from [[Wrocław|place]].
[[Kuba|name]] said: "I like [[Oskar|name]]'s house because they have tea at six. Dad is tired. I want to see Mama and Babcia
[[Halina|name]] in Poland."
Agreed: Mr [[Bates|name]] to move to day shifts from [[4 January 2027|date]]; [[Kuba|name]] to visit his mother from
[[19 December|date]] to [[2 January|date]] with a written agreement; the after-school club at [[Our Lady's|school]] funded.
Chronology since the last review ([[9 November 2026|date]]):
[[26/11|date]] locked out, 999 call, taken in by Mr [[Platt|name]] ([[no. 64|address]]); [[27/11|date]] PCSO [[Gerrard|name]] visit;
[[28/11|date]] email from [[Agnieszka|name]]; [[30/11|date]] [[Hannah|name]] spoke to [[Gareth|name]]; [[2/12|date]] [[Kuba|name]] seen
alone at [[Our Lady's|school]]; [[5/12|date]] home visit to [[66 Knutsford Road|address]], [[Latchford|place]], [[WA4 1JJ|postcode]]
(fridge: milk, a pizza, sauce); [[9/12|date]] [[Marta Zielińska|name]] of [[Wash Lane|address]] ([[07746 118 025|phone]]) seen;
[[11/12|date]] [[Halina Nowak|name]] ([[+48 71 342 18 60|phone]]) by video with [[Agnieszka|name]] from
[[Wrocław|place]]; [[Stacey Bates|name]] ([[Gareth|name]]'s ex-partner, now in [[Lymm|place]]) rang on [[12/12|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 91 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 05:20 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "sw", "hv", "mw", "nurse", "our", "me", "nan",
           "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "dad", "daddy", "aunty",
           "auntie", "uncle", "pastor", "pasteur", "maman", "mama", "madame", "mme", "tonton", "tata", "baba", "jiddah", "sheikh",
           "imam", "father", "ابو", "pani", "pan", "babcia", "mrs.", "fella"}
_AFTER = {"senior", "junior", "khalto"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cheshire", "merseyside",
               "lancashire", "the north west", "north west", "drc", "congo", "dr congo", "democratic republic of the congo",
               "yemen", "poland", "polska", "spain", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker does the parsing, stray-markup, span, check-digit, NI-format, name-left-unmarked, valid-phone,
# title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's titles and kinship words
# ("Pastor", "Maman", "Mama", "Madame", "Baba", "Jiddah", "Sheikh", "ابو", "Babcia") and countries ("DRC", "Yemen", "Poland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
