"""Set 114: a held-out hand-written set for the redaction detector, six more invented families in Rotherham, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set115.py to bench/redaction_set117.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set21.py's module docstring, its first records and documents and its closing word lists and wiring,
and tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the module docstrings of
bench/redaction_set7.py to bench/redaction_set113.py, printed with ast and searched in a scratch copy for town, district and
community words (to see which towns and communities earlier sets used as a family's home, and which document types); the
import lines of bench/redaction_set15.py (to take its problems() as the base checker, as set 21 does); the `_party`,
`Records`, `HandSet`, `word_problems` and `_parse` helpers and the first record of bench/redaction_handwritten.py; and the
ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and
checked (python-stdnum for the UPNs) in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is
to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in Rotherham, each from a town, district or village no earlier set (7 to 113) used as a family's home (earlier
sets had families in Eastwood and in Rawmarsh with Parkgate). Four of the kinds most common in children's social care: a
young white British mother in Maltby with a grandmother in Hellaby and a father in Maltby (Sykes / Brook / Hinchliffe;
neglect, a partner's drinking and his dog's bite on a girl of 5, a boy of 9 with untreated tooth decay not brought to the
dentist, an aunt who takes the children in), a British Pakistani Kashmiri family in Ferham with family in Mirpur, Dadyal
and Bradford (Mahmood / Akhtar / Tariq; a boy of 11 hit with a slipper, a girl of 15 promised to a cousin in Dadyal, a
grandmother's voice notes, a Forced Marriage Protection Order), a white British boy of 14 in foster care in Brinsworth, from
Thurcroft, with a father in Kiveton Park (Marsden / Gill / Cutts; going missing to Page Hall, criminal exploitation, an arrest
with crack cocaine and a knife, a PEP), and a mixed white British and Jamaican heritage family in Wath-upon-Dearne with a
grandmother in Brampton Bierlow and a father in Swinton (Bailey / Campbell; a mother's depression, a section 21 eviction, a
boy of 7 with suspected ADHD called names for his heritage, a family group conference with a great-grandmother in May Pen).
Two from communities no earlier set used: a Djiboutian family (Somali and French speaking) in Canklow with grandmothers in
Balbala and Ali Sabieh and an uncle in Marseille (Omar Robleh / Daher Moussa / Abdourahman; a mother with type III FGM and
post-natal depression, a girl of 6 who speaks of being made "clean like a big girl" in the summer, a father's own letter
against FGM, an FGM Protection Order), and a Salvadoran family seeking asylum in Dinnington with a grandmother driven out of
Ciudad Barrios by a gang and an uncle in Silver Spring, Maryland (Martínez Flores / Rivas Henríquez; a girl of 14 hit with a
belt, groomed by a man of 19 with a car, a section 47 enquiry). 24 documents (12 of plain professional recording), of types
or in styles new to these sets where possible: a home visit case note after a dog bite, a Facebook Messenger chat between
sisters typed up from screenshots, an initial child protection conference report with a chronology table, an OCR'd scan of a
dental practice's was-not-brought letter (OCR errors like "Ma1tby", "20l7", "0 9/07/2025"), a madrassa welfare lead's
multi-agency referral form, a tabular chronology of a forced marriage concern, WhatsApp voice notes from a grandmother
translated from Pahari with names in Urdu script, core group minutes under an FMPO, a health visitor's new birth visit
record, a primary school's email chain with quoted earlier messages, a child and family assessment summary on FGM risk, a
father's handwritten letter in French with the interpreter's translation, an asylum accommodation provider's incident form,
a section 47 outcome letter with a Spanish summary, a social worker's phone notes typed fast in lower case between visits, a
Spanish family WhatsApp group typed up from a phone extract with a translation under each line, an IRO's looked after review
record, a foster carer's daily log, a police custody record extract, PEP meeting minutes, an early help assessment with the
family's own words, a duty desk voicemail log typed up from the answerphone, a family group conference family plan, and an
SMS export from a family support worker's work mobile.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Pakistan, Djibouti, France, El Salvador, the United States, Jamaica); NHS numbers pass
their check digit and UPNs (LA number 372, Rotherham) their check letter; NI numbers have a valid format. The council (Rother
Dearne) is invented, and so are the madrasah and masjid (Noor ul Huda), the nurseries (Little Acorns, Little Oaks, Busy Bees
Wath as named), the dental practice, the Unity Centre, the church (Ríos de Agua Viva) and the GP practices named (Blyth Road
Medical Centre, Clifton Medical Centre, Canklow Health Centre, Montgomery House Surgery); towns, cities, villages, districts and
estates, real schools, real organisations (Mears, Migrant Help, Apna Haq, Home-Start, Language Link, Big Word, Wath Athletic),
NHS bodies, hospitals (Rotherham Hospital, the Jessop Wing), police forces, courts, shops, brands, apps, games and laws are
real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PS, DC, DS, Nan, nanny, Aunty, Uncle, Coach, great-grandma, Mufti, Hafiz, Sheikh, Monsieur, Madame, Sr, Sra, señorita, Mamá,
Tío, ayeeyo, and after a name bhai, sahib, chacha, phuppo) stay outside the name span; a possessive 's and a bare s in texting
("[[Zion|name]]s school") stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span
("SYKES, Kaiden Lee", "MARTINEZ FLORES, Yesenia Guadalupe", "WADSWORTH, Lynne"), and so is "First SURNAME"; an initial with a
surname is one span ("J Kelsall", "D. Oxley", "N Hague"), and so is a first name with an initial after it ("Chantelle B");
initials alone ("R.M.", "BL", "KS", "L.W", "G", the contact "T") are not marked; a collar number ("PC 2704") stays outside; a
name broken by a line break is one span holding the break, and so is an address, a school or a date; a display name or chat
sender that is a person's plain name is a name ("kayleigh", "jodie", "Yesi", "Chantelle"), but a contact saved under a kinship
word ("Mami", "Papi", "Mama", "دادی جان") is not; a family name in a group chat's title ("Familia Rivas Martínez") is a name. A
street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so
is a neighbour's bare house or flat number ("no. 18", "Flat 1", "nineteen", "21"); towns, cities, villages, districts and
estates are places, at home or abroad ("Hellaby", "Balbala", "Milagro de la Paz", "Page Hall"); countries, counties, states
and regions are not ("Pakistan", "Somalia", "El Salvador", "Maryland", "Clarendon", "Jamaica", "Dearne Valley");
organisations are not marked even when they hold a town's or a person's name ("Rotherham Hospital", "Maltby Community
Larder", "Maltby Library", "Canklow Health Centre", "Sheffield Family Court", "Dinnington Resource Centre", "Wath
Athletic", "Wath Library"); a school's, nursery's or pre-school's name is a school, and so is its short form ("Maltby Manor",
"Winterhill", "Wath Vic", "comm primary", "Busy Bees Wath"); a date of birth is dob, any other calendar date with a day is
date (a weekday before it stays outside), and a bare day ("the 21st", "17" in "17 and 18 November") is a date span; months
and years alone are not marked; a pet's name ("Tank") is not a name; a firm named after people marks only the names
("[[Taylor|name]] [[Bracewell|name]] Solicitors"); parks and shopping centres are landmarks and stay unmarked ("Clifton
Park", "meadowhall"); a name that is also a word or a town is marked by what it refers to (Brook, Rose, Swift, Wood, Senior,
Dale, Tyler, Kay are names when they are people; "Dale Rd" and "Dale Road" are addresses; Maltby, Wales and Swinton are
places when they are places and "Wales High School" is a school); a name in another script ("حرا", "عثمان", "خالد") is a
name; a team, station or mosque named by its town in lower-case words ("the Maltby neighbourhood team", "Maltby police
station", "the Canklow mosque", "Dinnington Safer Neighbourhood Team") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: Djibouti the city
("Djibouti (the city)", "Djibouti City", "Djibouti-ville") is a place, while Djibouti the country ("the custom in Djibouti and
Somalia") is not marked; a Djiboutian quarter ("Château d'eau") and a Salvadoran colonia are places, not addresses; two
carers written as "D & M Cutts" are one name span, as an initial and surname are; a number read aloud in a voicemail and
typed as digits by the admin is a phone; an OCR-garbled town, street, date or date of birth ("Ma1tby", "14 Sa1isbury Road",
"22/04/20l7", "0 9/07/2025") keeps its kind; a partial vehicle registration in fast notes ("yd68") is a vehicle, since it
narrows the car; a misremembered street ("kirk st") is an address; an exhibit reference ("KP/4", "RH/3"), a Home Office or
custody reference, an interpreter's booking or registration number, a taxi plate number and a repair job number are not
marked; the council's Front Door (its number and its shared mailbox frontdoor@...) is not marked, like a
helpline; a grandmother's endearment
"jaan" after "Dadi" stays outside; a landlord's threat and a neighbour's call keep every person in them a name, known or not.

Self-check without the detector: `python -m bench.redaction_set114` (and tests/test_redaction_set114.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24
documents, 1,186 gold spans, 665 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Sykes / Brook family (white British), Maltby, with a grandmother in Hellaby -----------------------------------------

HOME_A = d.Address("14 Salisbury Road", "", "Maltby", "S66 8BX")
NAN_A = d.Address("6 Bawtry Road", "Hellaby", "Rotherham", "S66 8HN")
DAD_A = d.Address("Flat 3, 27 Morrell Street", "", "Maltby", "S66 7LG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Sykes")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["3915390283", "D372204119464"],
       schools=["Maltby Manor Academy"]),
    _p("s", "sibling", [("Paisley-Mae", "Brook")], dt.date(2021, 8, 9), addresses=[HOME_A], ids=["8849185510"]),
    _p("m", "mother", [("Jodie", "Sykes")], dt.date(1999, 2, 3), addresses=[HOME_A], phones=["07831 426 905"],
       ids=["JK 52 81 07 B"]),
    _p("f", "father", [("Tyler", "Brook")], dt.date(1997, 10, 30), addresses=[DAD_A], phones=["07716 384 210"]),
    _p("pa", "other", [("Dale", "Hinchliffe")], dt.date(1993, 6, 14), addresses=[HOME_A]),
    _p("g", "grandparent", [("Karen", "Sykes")], dt.date(1972, 12, 1), addresses=[NAN_A], phones=["01709 812 446"]),
    _p("p1", "professional", [("Hannah", "Whitworth")], phones=["01709 546 213"],
       emails=["hannah.whitworth@rotherdearne.gov.uk"]),
], "c")

DOCS_A = [
    ("home visit case note after a dog bite", """CASE NOTE - unannounced home visit
Child(ren): [[Kaiden SYKES|name]] ([[22.04.2017|dob]]), [[Paisley-Mae BROOK|name]] ([[09.08.2021|dob]])
Address: [[14 Salisbury Road|address]], [[Maltby|place]], [[S66 8BX|postcode]]
Date of visit: Thursday [[19 November 2026|date]], 15:40 to 16:35      Worker: [[Hannah Whitworth|name]], social worker

Purpose: to see both children after the emergency department at Rotherham Hospital told us [[Paisley-Mae|name]] was seen on
[[17/11/2026|date]] with a dog bite to her left forearm (four puncture wounds, glued, antibiotics). The dog is a Staffordshire
bull terrier cross called Tank that belongs to mum's partner [[Dale Hinchliffe|name]].

Seen: [[Jodie|name]] (mum), [[Paisley|name]] (she gave me a high five with her good arm), [[Kaiden|name]] who had just come in from
[[Maltby Manor|school]] with his friend [[Alfie Dunne|name]] from [[no. 18|address]]. [[Dale|name]] was not in; [[Jodie|name]] said he was
"at his mam's in [[Bramley|place]]". Tank was shut in the back yard and barking the whole time.

Home conditions: the front room was cleaner than at my last visit on [[2 October|date]]. Dog mess on the yard flags and the
kitchen lino; the bin overflowing; no food in the fridge except milk, a tub of marge and cans. [[Jodie|name]] said her money goes in
on a Tuesday and she had "a tenner to last". I gave a food bank voucher for the Maltby Community Larder on [[Blyth Road|address]].

[[Jodie|name]]'s account: [[Paisley|name]] tried to give Tank a crisp while he was eating; he "snapped" and she screamed. [[Jodie|name]]
rang her mum, [[Karen Sykes|name]] in [[Hellaby|place]], who drove over and took them to the hospital. [[Jodie|name]] says she has asked
[[Dale|name]] to rehome the dog "loads of times". [[Paisley|name]]'s own words, with her doll: "Tank bited me cos I was naughty."

[[Kaiden|name]] (9) on his own in his bedroom: he likes Tank but is "a bit scared when he growls". He said [[Dale|name]] shouts at
his mum "when he's had his cans" and once "chucked the remote at the telly". He misses his nan's house. He said his tooth
hurts "at the back" and he has not been to the dentist "since I was little". He showed me a school letter about a
dental appointment he was not taken to (the practice on [[Talbot Lane|address]]? to check - see below).

[[Paisley|name]]'s dad, [[Tyler Brook|name]], rang me at 16:50 on [[07716 384 210|phone]] after [[Jodie|name]] messaged him. He lives at
[[Flat 3, 27 Morrell Street|address]] and wants [[Paisley|name]] to stay with him "till that dog's gone".

Actions: (1) ask [[Dale|name]] to attend a meeting about Tank and his drinking, with PC [[Gemma Fretwell|name]] from the [[Maltby|place]]
neighbourhood team; (2) dental referral for [[Kaiden|name]]; (3) discuss with my manager [[Sean Mallinder|name]] whether this now
meets the threshold for a strategy discussion; (4) next visit Tuesday [[24 November|date]].
[[H. Whitworth|name]] [[20/11/2026|date]]
"""),
    ("Messenger chat between a mother and her sister typed up from screenshots", """Facebook Messenger - screenshots handed in by
[[Kayleigh Sykes|name]] (maternal aunt) at the contact centre, [[23/11/2026|date]]
Typed up by [[H Whitworth|name]]. Spelling as written. Times as on the screenshots.

Fri [[20 Nov|date]]
[[kayleigh|name]]: u ok hun? mam said social was round
[[jodie|name]]: yh that [[hannah|name]] one. shes alright tbf. said [[kaiden|name]] needs dentist
[[kayleigh|name]]: told u that in the summer lol
[[jodie|name]]: dont start [[kay|name]]
[[jodie|name]]: [[dale|name]] went mental when i said about tank. said hes not getting rid of him for nobody
[[kayleigh|name]]: he can go and live at his mams with the dog then
[[kayleigh|name]]: [[paisley|name]] ok? her arm?
[[jodie|name]]: shes fine. [[tyler|name]] wants her at his all week now. hes loving this
[[kayleigh|name]]: hes her dad [[jode|name]]. least hes stepping up
[[jodie|name]]: hes living with that [[chloe|name]] from [[hellaby|place]] who was with [[ash hague|name]]. i dont
want [[paisley|name]] round her

Sat [[21 Nov|date]]
[[jodie|name]]: can u have [[kaiden|name]] tonight
[[kayleigh|name]]: whats happened
[[jodie|name]]: [[dale|name]] on one. smashed the glass in the back door
[[kayleigh|name]]: ring 999!!!
[[jodie|name]]: no hes gone to [[wickersley|place]] now. ill be fine
[[kayleigh|name]]: im coming for u both. [[lee|name]] will drive. [[2 heaton gardens|address]]? no ur at [[salisbury rd|address]] duh
[[jodie|name]]: dont tell mam
[[kayleigh|name]]: [[07831 426 905|phone]] is ur number still yeh cos ur phones going to voicemail
[[jodie|name]]: yh its cracked
[[kayleigh|name]]: were outside
(screenshot ends)

Sun [[22 Nov|date]]
[[kayleigh|name]]: [[kaiden|name]] slept fine. had a bacon butty. said [[Dale|name]] grabbed his hoody when he tried to get ur phone
[[jodie|name]]: he never touched him
[[kayleigh|name]]: thats what [[kaiden|name]] said [[jodie|name]]
[[jodie|name]]: ill sort it
[[kayleigh|name]]: sort it how. u said that at [[dinnington|place]] and then u went back
[[kayleigh|name]]: me and [[lee|name]] can have both of them at ours in [[Maltby|place]] its only round corner. [[paisley-mae|name]] can
have [[Ruby|name]]s room
[[jodie|name]]: let me think
"""),
    ("initial child protection conference report with a chronology table", """ROTHER DEARNE COUNCIL - CHILDREN AND YOUNG PEOPLE'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference date: Wednesday [[9 December 2026|date]], 10:00, Riverside House (Room 2.14)          Chair: [[Angela Ridsdale|name]]
Author: [[Hannah Whitworth|name]], Social Worker, Locality Team East ([[Maltby|place]] and [[Dinnington|place]])
Tel [[01709 546 213|phone]]   Email [[hannah.whitworth@rotherdearne.gov.uk|email]]

1. CHILDREN
[[SYKES, Kaiden Lee|name]]      DOB [[22/04/2017|dob]]   NHS [[391 539 0283|nhs]]   UPN [[D372204119464|upn]]
[[Maltby Manor Academy|school]], Year 5
[[BROOK, Paisley-Mae|name]]     DOB [[09/08/2021|dob]]   NHS [[884 918 5510|nhs]]   Nursery: [[Little Acorns|school]]
(15 hours, not attending)

2. ADULTS
[[Jodie Sykes|name]] (mother), DOB [[03/02/1999|dob]], NI [[JK 52 81 07 B|ni]], [[07831 426 905|phone]]
[[Dale Hinchliffe|name]] (mother's partner, not a parent), DOB [[14/06/1993|dob]], same address
[[Tyler Brook|name]] (father of [[Paisley-Mae|name]]), [[Flat 3, 27 Morrell Street|address]], [[Maltby|place]] [[S66 7LG|postcode]]
[[Kaiden|name]]'s father, [[Shane Cawthorne|name]], has had no contact since 2019 and is believed to live in [[Skegness|place]].
[[Karen Sykes|name]] (maternal grandmother), [[6 Bawtry Road|address]], [[Hellaby|place]], [[S66 8HN|postcode]], [[01709 812 446|phone]]

3. CHRONOLOGY (significant events)
[[03.06.2025|date]]  Contact from [[Maltby Manor|school]]: [[Kaiden|name]] hungry, asking other children for food. Advice given.
[[11.09.2025|date]]  Police attend [[14 Salisbury Road|address]] - verbal argument, [[Dale|name]] leaves. DASH standard.
[[14.01.2026|date]]  Not brought to dental appointment ([[Kaiden|name]]). Second not brought [[25.02.2026|date]].
[[30.04.2026|date]]  Health visitor [[Beverley Rose|name]]: [[Paisley-Mae|name]]'s 2-and-a-half year review not done - three
                     missed appointments; seen at home on [[12.05.2026|date]], speech delay, referred to speech and language.
[[02.10.2026|date]]  Home visit: home conditions poor, dog mess, no food. Early help offered, declined by [[Dale|name]].
[[17.11.2026|date]]  Dog bite to [[Paisley-Mae|name]]'s forearm. Grandmother takes her to hospital.
[[21.11.2026|date]]  Back door glass smashed by [[Dale|name]] after drinking (from aunt, [[Kayleigh Sykes|name]]);
[[Kaiden|name]] says he was
                     grabbed by the hood. Children stay with their aunt at [[2 Heaton Gardens|address]], [[Maltby|place]].
[[25.11.2026|date]]  Strategy discussion ([[Sean Mallinder|name]], DS [[Imogen Parkin|name]], Dr [[Faruk|name]] named
nurse). Section 47 agreed.
[[26.11.2026|date]]  Joint visit with DS [[Parkin|name]]. [[Dale|name]] interviewed voluntarily at [[Maltby|place]] police station on
                     the [[28th|date]]; no further action on the assault, insufficient evidence.

4. THE CHILDREN'S VIEWS
[[Kaiden|name]] drew his "three houses": his mum's ("shouty and the dog"), his nan's in [[Hellaby|place]] ("my own room and
Sky Sports") and Aunty [[Kay|name]]'s ("[[Ruby|name]] lets me play Fortnite"). He wants to live at home "if [[Dale|name]] goes".
[[Paisley|name]] is too young to say in words; with her aunt she is chatty and eats well.

5. ANALYSIS
This is long-standing neglect (food, health, dental care, nursery, home conditions) and now physical risk from [[Dale|name]]'s
drinking and his dog. [[Jodie|name]] loves her children and is honest about the dog, but has twice asked [[Dale|name]] to leave and
twice let him back (once after three weeks at her friend [[Stacey Ogden|name]]'s in [[Dinnington|place]]). Mr [[Brook|name]] is a
protective factor for [[Paisley-Mae|name]]; his new partner [[Chloe Revill|name]] is not known to services.

6. RECOMMENDATION
Both children to be subject to a child protection plan under the category of neglect. Core group to meet within ten
working days (proposed Friday [[18 December|date]] at Maltby Library).
"""),
    ("scanned dental practice was-not-brought letter read by OCR", """TALB0T LANE DENTAL CARE
[[Talbot Lane|address]] , [[Ma1tby|place]] , [[Rotherham|place]] [[S66 8DQ|postcode]] * Tel : see overleaf
NHS dental services under contract with NHS England

Strictly private and confidentia1

Ms [[J Sykes|name]]
[[14 Sa1isbury Road|address]]
[[Maltby|place]]
[[S66 8BX|postcode]]                                                 [[15th January 2026|date]]

Dear Ms [[Sykes|name]] ,

Re : [[Kaiden Sykes|name]] Date of birth : [[22/04/20l7|dob]]

We are writing because [[Kaiden|name]] was not brought to his appointment on [[14/01/2026|date]] at 3 .40pm with
Mrs [[Narinder Bains|name]] (dental therapist) . At his last check-up on [[0 9/07/2025|date]] Dr [[Oluwaseun
Adeyemi|name]] found decay in four baby teeth and one adult too th and an abscess was starting (lower right) .
[[Kaiden|name]] told us then that his too th "kills at night" .

Under our was not brought policy we have offered a new appointment on Wednesday [[25 February 2026|date]] at 4 . 10pm .
Please ring reception to confirm . If [[Kaiden|name]] is in pain before then please ring NHS 111 .

As this is the second missed appointment for a child in pain we will share our concern with his GP (Dr [[E
Holroyd|name]], Blyth Road Medical Centre) and , if he is not brought again , with the school nurse and social care .

Yours sincere1y

[[N. Bains|name]]
for the practice ( Practice Manager : [[Lorraine Whitham|name]] )

cc: GP. School nursing team , [[Maltby|place]] cluster .
_______________________________________________________________________________
[handwritten on the scan, not OCR'd well:] [[25/2|date]] - DNA again . [[Karen|name]] ( Nan ) rang [[2/3|date]] , will bring
him herself . Seen [[3rd March|date]] , 2 extractions , L.W .
"""),
]


# --- B. Mahmood / Akhtar family (British Pakistani, Kashmiri), Ferham, with family in Mirpur and Bradford -----------------

HOME_B = d.Address("31 Ferham Road", "Ferham", "Rotherham", "S61 1AP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Hira", "Tariq")], dt.date(2011, 5, 19), addresses=[HOME_B], ids=["1761984586", "H372216720209"],
       schools=["Winterhill School"]),
    _p("s", "sibling", [("Ayaan", "Tariq")], dt.date(2015, 1, 7), addresses=[HOME_B], ids=["6973735940"],
       schools=["Ferham Primary School"]),
    _p("m", "mother", [("Nasreen", "Akhtar")], dt.date(1990, 9, 12), addresses=[HOME_B], phones=["07954 612 337"]),
    _p("f", "father", [("Tariq", "Mahmood")], dt.date(1984, 3, 28), addresses=[HOME_B], phones=["07402 718 659"],
       ids=["NE 63 20 49 C"]),
    _p("g", "grandparent", [("Zubeda", "Begum")], phones=["+92 300 5827413"]),
    _p("p1", "professional", [("Rizwana", "Hussain")], phones=["01709 760 395"],
       emails=["rizwana.hussain@rotherdearne.gov.uk"]),
], "c")

DOCS_B = [
    ("madrassa welfare lead's referral form", """MULTI-AGENCY REFERRAL FORM (MARF) - Rother Dearne Children's Front Door
Referrer: Mufti [[Imran Shafiq|name]], Designated Safeguarding Lead, Madrasah Noor ul Huda (evening classes),
  Masjid Noor ul Huda, [[Clough Road|address]], [[Masbrough|place]]   Tel [[07887 230 146|phone]]
Date of referral: [[12/10/2026|date]]   Consent from parents: NO - see section 6

CHILD: [[Ayaan Tariq|name]]   DOB [[07/01/2015|dob]]   Male   School: [[Ferham Primary|school]] (Y6 teacher Mr [[Kelsall|name]])
Address: [[31 Ferham Road|address]], [[Ferham|place]], [[Rotherham|place]] [[S61 1AP|postcode]]
Parents: [[Tariq Mahmood|name]] (father) [[07402 718 659|phone]]; [[Nasreen Akhtar|name]] (mother) [[07954 612 337|phone]]
Siblings: [[Hira|name]] (15), at [[Winterhill|school]].   Language: Pahari/Potwari, Urdu, English. Mother prefers Urdu.

WHAT ARE YOUR WORRIES?
On Sunday [[11 October|date]] at 5.30pm class, [[Ayaan|name]] flinched when the teacher, Hafiz [[Bilal|name]], raised his hand to
point at the board. Afterwards he told [[Bilal|name]] sahib that his "abbu" hit him with a chappal (slipper) on his back and legs
"lots of times" on Saturday because he lost his phone, and that "abbu does it to [[Hira|name]] baji too but with the belt".
He showed a red mark on his upper arm. He said his mum cried and his dadi in Pakistan "told abbu to stop" on video call.
[[Ayaan|name]] also said [[Hira|name]] is "getting married in [[Mirpur|place]] in the summer to [[Usman|name]] bhai", his cousin.

WHAT HAVE YOU DONE?
Spoke to [[Ayaan|name]] with Hafiz [[Bilal|name]] present; did not contact the parents (he begged us not to). Photograph
not taken. Rang the Front Door at 6.40pm and was told to send this form.

OTHER PEOPLE WHO KNOW THE CHILD
Hafiz [[Bilal Qureshi|name]] (teacher) [[07525 903 418|phone]]; uncle [[Khalid Mahmood|name]] ([[Bradford|place]]), who collects
[[Ayaan|name]] on some Sundays; neighbour Mrs [[Parveen Kauser|name]], [[no. 29|address]].

6. CONSENT: not sought because we think asking may put the child at risk.
Signed: [[I. Shafiq|name]]        Received by: [[Jordan Platts|name]], Front Door, [[12/10/2026|date]] 19:02
"""),
    ("social worker's chronology of a forced marriage concern", """CHRONOLOGY - [[HIRA TARIQ|name]] ([[19.05.2011|dob]]) and
[[AYAAN TARIQ|name]] ([[07.01.2015|dob]])
Compiled by [[Rizwana Hussain|name]], Social Worker, Locality Team Central. Updated [[30/11/2026|date]].
Sources: CYPS case file, police, [[Winterhill School|school]], [[Ferham Primary School|school]], GP (Clifton Medical Centre), Forced
Marriage Unit.

Date            | Event                                                                         | Source
[[12.10.2026|date]]      | MARF from the madrasah DSL: [[Ayaan|name]] hit with a slipper by his father; says   | Madrasah
                | [[Hira|name]] hit with a belt; [[Hira|name]] "getting married in [[Mirpur|place]]" in the summer.   |
[[13.10.2026|date]]      | Strategy discussion: [[R. Hussain|name]] (SW), DS [[Amjad Rafiq|name]] (South Yorkshire   | CYPS
                | Police), [[Claire Hobson|name]] (DSL, [[Winterhill|school]]), Mrs [[J Kelsall|name]] ([[Ferham Primary|school]]).    |
                | Section 47 for both children; FMU to be consulted; passports to be noted.     |
[[13.10.2026|date]]      | Both children seen at school. [[Ayaan|name]] repeats his account; bruising to the    | Police
                | back of his left thigh. [[Hira|name]] denies being hit; says the wedding is "just talk" |
                | and her cousin [[Usman Mahmood|name]] (19, [[Dadyal|place]]) is "like a brother".              |
[[14.10.2026|date]]      | [[Hira|name]] tells [[Claire Hobson|name]] privately that her mum showed her a red and gold    | School
                | dress bought in [[Bradford|place]] and that tickets are "booked for [[18 July|date]]" from [[Manchester|place]]  |
                | to [[Islamabad|place]]. She wants to finish her GCSEs and be a pharmacist.              |
[[15.10.2026|date]]      | Home visit with an Urdu-speaking colleague ([[Saima Nawaz|name]]). Mr [[Mahmood|name]]        | CYPS
                | accepts "a few taps with the chappal", says it is how he was raised in          |
                | [[Chaksawari|place]]; denies any marriage plan: "she is a child, maybe after college".        |
                | Mrs [[Akhtar|name]] quiet, looked to her husband before each answer.                 |
[[16.10.2026|date]]      | FMU advice: a Forced Marriage Protection Order can be sought by the local    | FMU
                | authority; advised passport flags and a talk with [[Hira|name]] alone.                 |
[[20.10.2026|date]]      | Mrs [[Akhtar|name]] rings [[Saima|name]] from a friend's phone ([[07749 156 832|phone]],
[[Shabana|name]],  | CYPS
                | a neighbour on [[Kimberworth Road|address]]): says her husband and his mother decided   |
                | the nikah "two years ago on the phone"; she is frightened to say no.          |
[[21.10.2026|date]]      | Legal planning meeting. FMPO application agreed for [[Hira|name]].                  | Legal
[[23.10.2026|date]]      | FMPO made at Sheffield Family Court (without notice). Passports of both        | Court
                | children surrendered to the police on [[26 October|date]].                              |
[[02.11.2026|date]]      | Father's brother [[Khalid Mahmood|name]] rings from [[Bradford|place]]
([[07368 441 275|phone]]), angry, "the  | CYPS
                | family name is being dragged through the mud". Advised to get legal advice.   |
[[18.11.2026|date]]      | Grandmother [[Zubeda Begum|name]] rings Mrs [[Akhtar|name]] on video from [[Mirpur|place]]            |
[[Hira|name]]
                | ([[+92 300 5827413|phone]]); [[Hira|name]] hears her say the girl "will come anyway".         |
[[27.11.2026|date]]      | Child protection conference: both children on plans, physical abuse and      | ICPC
                | emotional abuse. [[Hira|name]] speaks to the chair, [[Dev Chandarana|name]], alone.          |
"""),
    ("WhatsApp voice notes from a grandmother translated from Pahari with the contact list", """TRANSLATION OF WHATSAPP VOICE NOTES
(Pahari-Potwari, some Urdu) - exhibit RH/3
Phone: [[Hira|name]]'s, handed to [[Claire Hobson|name]] at school on [[19/11/2026|date]] and shown to DS [[Rafiq|name]].
Translated by Mrs [[Tahira Iqbal|name]], interpreter (Language Link Yorks, booking ref LL-558213), on [[20 November 2026|date]].
Square brackets are the translator's notes. Names in Urdu script are as saved in the phone.

Chat title: "دادی جان ❤️" [Dadi jaan - grandmother]   Number: [[+92 300 5827413|phone]]
Other contacts in the chat's forwarded messages: "[[خالد|name]] چاچا" [uncle [[Khalid|name]]], "[[عثمان|name]]" [cousin [[Usman|name]]],
"Mama" [mother]

VN 1 - [[17/11/2026|date]] 21:14 (0:48)
"[[Hira|name]], my heart, [[حرا|name]], are you listening? Your dadi is not well, my sugar is high. I want to see your face
before I die. [[Usman|name]] has built the upstairs rooms in [[Dadyal|place]], tiles from [[Lahore|place]], so beautiful. When you
come in the summer everything will be ready. Don't listen to those English people."

VN 2 - [[17/11/2026|date]] 21:16 (0:31)
"Your abbu told me the police took your passport. Never mind. Your [[Khalid|name]] chacha says a passport can be made again
in [[Bradford|place]], it is nothing. [Unclear] ... [[Shazia|name]] in [[Mirpur|place]] has also made her daughter's passport
again."

VN 3 - [[18/11/2026|date]] 07:02 (1:12)
"Why aren't you answering? [[Nasreen|name]] says you are angry with her. She is your mother. Listen, [[عثمان|name]] is a good
boy, he is studying at the university in [[Muzaffarabad|place]]. His mother, your phuppo [[Naseem|name]], is my own daughter.
Inside the family is safest. [[Hira|name]], all the girls of our family married at sixteen, seventeen, and look, all happy.
Our [[Rukhsana|name]] is in [[Slough|place]], she has three sons."

VN 4 - [[18/11/2026|date]] 19:40 (0:22) [crying]
"Give the phone to [[Ayaan|name]]. [[Ayaan|name]], my son, tell your sister to be good."

[[Hira|name]]'s replies (typed, in English, from the same export):
[[18/11/2026|date]] 19:55  dadi i love u but im not getting married im 15. i want to do my gcses
[[18/11/2026|date]] 19:56  pls dont tell abbu i sent this
[[18/11/2026|date]] 22:31  [[usman|name]] bhai is nice but hes like my brother
[Translator's note: "jaan" (life/dear) after "Dadi" is an endearment, not a name.]
"""),
    ("core group meeting minutes under a forced marriage protection order", """CORE GROUP MEETING - MINUTES
Children: [[Hira Tariq|name]] and [[Ayaan Tariq|name]]          Date: Thursday [[3rd December 2026|date]], 16:00
Venue: [[Ferham Primary School|school]], community room, [[Kimberworth Road|address]], [[Rotherham|place]]
Chair and minutes: [[Rizwana Hussain|name]] (SW)

Present: [[Nasreen Akhtar|name]] (mother), with interpreter [[Saima Nawaz|name]]; [[Tariq Mahmood|name]] (father, for items 1 to 3);
[[Claire Hobson|name]] (DSL, [[Winterhill School|school]]); [[Jenna Kelsall|name]] (class teacher, [[Ferham Primary|school]]); [[Ruth
Ogunbanjo|name]] (school nurse); DS [[Amjad Rafiq|name]]; [[Zainab Chaudhry|name]] (Apna Haq, women's support worker).
Apologies: Dr [[Shahid Latif|name]] (GP, Clifton Medical Centre); [[Imran Shafiq|name]] (madrasah).

1. Children's progress
[[Hira|name]] attends every day and has joined the after-school science club with her friend [[Amber Goddard|name]]. She told
[[Claire|name]] she feels "a bit safer" since the order. Her mocks are in January. [[Ayaan|name]] is "a different boy", says
Mrs [[Kelsall|name]]: no new marks, chatty, playing cricket in Clifton Park after school. [[Ayaan|name]] says his dad has not hit him
"since the police came".

2. The order
The FMPO runs to [[23 October 2027|date]]. Passports remain with South Yorkshire Police. DS [[Rafiq|name]] confirmed the port alert.
Mr [[Mahmood|name]] said his mother in [[Mirpur|place]] "has accepted it now". The group pointed out the voice notes of
[[17|date]] and [[18 November|date]]. Mr [[Mahmood|name]] said his mother is old and "talks like that".

3. Parenting
Mr [[Mahmood|name]] has started the Strengthening Families course at Rotherham Central Library (Tuesdays). He agreed there will
be no physical punishment. He left at 16:40 for work (taxi, Hackney plate 0447; vehicle [[YS21 KFN|vehicle]]).

4. Mother
[[Nasreen|name]] spoke with [[Zainab|name]] without her husband. She is thinking about ESOL classes at the Ferham Centre and
wants to visit her sister [[Farzana|name]] in [[Tinsley|place]] more often. A safe word has been agreed with [[Zainab|name]].

5. Actions
- [[Rizwana|name]] to see [[Hira|name]] alone at school fortnightly (next [[10/12|date]]).
- [[Claire|name]] to ask [[Winterhill|school]]'s careers adviser (Mr [[D. Oxley|name]]) to talk to [[Hira|name]] about pharmacy.
- DS [[Rafiq|name]] to update the police log if any travel is booked.
Next core group: [[14 January 2027|date]], same place.
"""),
]


# --- C. Robleh / Daher family (Djiboutian, Somali and French speaking), Canklow, with family in Djibouti and Marseille ------

HOME_C = d.Address("9 Canklow Meadows", "Canklow", "Rotherham", "S60 2XE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Nasteho", "Abdourahman")], dt.date(2023, 2, 14), addresses=[HOME_C], ids=["1129452832"]),
    _p("s", "sibling", [("Ilhan", "Abdourahman")], dt.date(2020, 6, 3), addresses=[HOME_C], ids=["7518214504", "T372400317144"],
       schools=["Canklow Woods Primary School"]),
    _p("s2", "sibling", [("Elmi", "Abdourahman")], dt.date(2026, 9, 21), addresses=[HOME_C], ids=["3614513335"]),
    _p("m", "mother", [("Fardoussa", "Omar Robleh")], dt.date(1996, 11, 5), addresses=[HOME_C], phones=["07912 574 063"]),
    _p("f", "father", [("Abdourahman", "Daher Moussa")], dt.date(1989, 7, 1), addresses=[HOME_C], phones=["07590 287 714"],
       ids=["PW 71 38 26 A"]),
    _p("g", "grandparent", [("Hasna", "Waberi")], phones=["+253 77 84 12 56"]),
    _p("p1", "professional", [("Megan", "Cusworth")], phones=["01709 336 920"], emails=["megan.cusworth@nhs.net"]),
], "c")

DOCS_C = [
    ("health visitor's new birth visit record", """HEALTH VISITING SERVICE - NEW BIRTH VISIT (NBV) RECORD
Baby: [[Elmi ABDOURAHMAN|name]]   DOB [[21/09/2026|dob]]   NHS No [[361 451 3335|nhs]]   Birth: Rotherham Hospital, 38+2, SVD, 3.02 kg
Address: [[9 Canklow Meadows|address]], [[Canklow|place]], [[Rotherham|place]] [[S60 2XE|postcode]]
Visit: [[02/10/2026|date]] (day 11)   HV: [[Megan Cusworth|name]], Specialist Community Public Health Nurse
([[megan.cusworth@nhs.net|email]])
Interpreter: Somali, by telephone, Mr [[Abdi Farah|name]] (Big Word ID 30418). Mother also speaks French; father English.

Family: mother [[Fardoussa Omar Robleh|name]] (29, [[05/11/1996|dob]]), father [[Abdourahman Daher Moussa|name]] (37), sisters
[[Ilhan|name]] (6,
[[Canklow Woods|school]], Year 2) and [[Nasteho|name]] (3). The children take their father's first name as their surname, as is
the custom in Djibouti and Somalia: [[Ilhan Abdourahman|name]], [[Nasteho Abdourahman|name]], [[Elmi Abdourahman|name]].
The family came from [[Djibouti|place]] (the city) via [[Marseille|place]] in 2022; the parents have leave to remain.

Baby: feeding well (breast and formula "top ups"), weight 3.10 kg (9th to 25th centile), cord off, mild jaundice fading. Safe
sleep discussed: the Moses basket was in the lounge; baby sleeps on the sofa with mum in the afternoons - advised.

Mother: EPDS (Somali version, read by the interpreter) score 15. [[Fardoussa|name]] said she cries every day and "the house is
too quiet, in [[Balbala|place]] there were twenty people". Her mother, [[Hasna Waberi|name]], was meant to come for the birth but
her visa was refused. Her husband works nights at the distribution centre at [[Manvers|place]] and sleeps in the day.
Discussed the GP; she agreed for me to ring Dr [[Nkemelu|name]] at Canklow Health Centre today.

Safeguarding / FGM: the birth record notes maternal FGM (WHO type III, deinfibulated
in the Jessop Wing, [[Sheffield|place]], [[14/06/2022|date]]). Both girls were born before this visit's recording; FGM risk assessment
(Department of Health tool) to be completed with the family at the next visit with a face-to-face interpreter, and the
FGM Information Sharing (FGM-IS) indicator checked for [[Ilhan|name]] and [[Nasteho|name]]. [[Fardoussa|name]] said at once "not my
girls, never, I suffered", but said her mother-in-law "thinks differently". Mother-in-law lives in [[Ali Sabieh|place]].

Plan: follow-up visit [[09/10/2026|date]] with a Somali interpreter (booked: Mrs [[Deka Hirsi|name]]); listening visits; Home-Start
referral; Somali women's group at the Unity Centre, [[Wellgate|address]] (Wednesdays).
[[M. Cusworth|name]]
"""),
    ("primary school email chain about a summer trip and FGM", """From: [[Joanne Woodhouse|name]]
<[[j.woodhouse@canklowwoods.rotherham.sch.uk|email]]>
Sent: [[13 November 2026|date]] 08:47
To: [[megan.cusworth@nhs.net|email]]; Front Door <frontdoor@rotherdearne.gov.uk>
Cc: [[Adil Rahman|name]] <[[a.rahman@canklowwoods.rotherham.sch.uk|email]]>
Subject: RE: RE: [[Ilhan|name]] (Y2) - "cutting" comment / summer holiday

Hi [[Megan|name]] and Front Door,

Following up my call with [[Megan|name]] yesterday. This morning [[Ilhan|name]]'s class teacher, Miss [[Rhiannon Platt|name]], heard
[[Ilhan|name]] tell her friend [[Sumaya|name]] in the book corner that "my ayeeyo is going to make me clean like a big girl in the
summer at her house" and that she would get "a party and gold earrings". Miss [[Platt|name]] wrote it down straight away
(attached). [[Ilhan|name]] said "ayeeyo" means her nan - her dad's mum in [[Ali Sabieh|place]], not ayeeyo [[Hasna|name]].

We know from [[Megan|name]] that mum has FGM and that she has said no for her girls. Dad told [[Adil|name]] at parents' evening
on [[11th November|date]] that they may go "home" for six weeks from [[20 July|date]].

Thanks, [[Jo|name]]
[[Joanne Woodhouse|name]], Deputy Head and DSL, [[Canklow Woods Primary School|school]], [[Rotherham|place]]

-----Original Message-----
From: [[Megan Cusworth|name]] <[[megan.cusworth@nhs.net|email]]>
Sent: [[12/11/2026|date]] 17:05
To: [[Joanne Woodhouse|name]]
Subject: RE: [[Ilhan|name]] (Y2) - "cutting" comment

[[Jo|name]], as discussed - I completed the FGM risk assessment with mum on [[9 October|date]] (interpreter [[Deka|name]]).
Mum is clear she is against it. Dad was at work. The paternal grandmother, [[Fadumo Guedi|name]], is the worry; mum
says she "arranged it" for dad's sisters. Mum's own mum, [[Hasna|name]] ([[+253 77 84 12 56|phone]]), is against it too.

[[Megan|name]]

-----Original Message-----
From: [[Adil Rahman|name]]
Sent: [[12 Nov 2026|date]] 15:22
To: [[Joanne Woodhouse|name]]
Subject: [[Ilhan|name]] (Y2) - "cutting" comment

[[Jo|name]] - Mr [[Daher|name]] came in about [[Ilhan|name]]'s reading book. He mentioned his mother wants to see the girls "before
they are big". Also [[Nasteho|name]] is starting nursery at [[Little Oaks|school]] in Jan? [[Adil|name]].
"""),
    ("child and family assessment summary on FGM risk", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS
Children: [[Ilhan Abdourahman|name]] ([[03/06/2020|dob]], UPN [[T372400317144|upn]], NHS [[751 821 4504|nhs]]),
[[Nasteho Abdourahman|name]] ([[14/02/2023|dob]], NHS [[112 945 2832|nhs]]), [[Elmi Abdourahman|name]] ([[21/09/2026|dob]])
Assessment started [[16/11/2026|date]]; completed [[4 December 2026|date]] (day 13)
Social worker: [[Thomas Ashworth-Bell|name]], Locality Team South. Interpreters: [[Deka Hirsi|name]] (Somali), [[Aurélie
Mabanza|name]] (French, for Mr [[Daher Moussa|name]]'s letter).

Why we assessed: [[Ilhan|name]] (6) said at school that her paternal grandmother would make her "clean like a big girl" in
the summer. Mother has type III FGM. The family may travel to [[Djibouti City|place]] and [[Ali Sabieh|place]] from [[20/07/2027|date]].

What the family told us:
[[Fardoussa|name]] (mother) was cut at 7 in [[Tadjourah|place]] and had years of pain. She is firmly against FGM for her girls
and cried as she described it. She is afraid of her mother-in-law, [[Fadumo Guedi|name]], who "arranged it" for her husband's
three sisters ([[Amina|name]], [[Kadra|name]] and [[Idil|name]], now in [[Djibouti|place]], [[Hargeisa|place]] and [[Minneapolis|place]]).
[[Abdourahman|name]] (father) said at first that "sunna is small, it is religion" but after two sessions with [[Deka|name]] and the
imam of the [[Canklow|place]] mosque, Sheikh [[Hassan Mire|name]], said in his own letter (attached, translated from French) that he
will not let his daughters be cut and will not take them without his wife. The family's friend [[Zahra Ibrahim|name]] (who
runs the Somali women's group and was cut herself) has offered to go with them.
The girls' views: [[Ilhan|name]] drew her ayeeyo's house with a goat; when asked about "clean" she said "ayeeyo [[Fadumo|name]] said
it's a secret". [[Nasteho|name]] is too young.

Analysis: the risk of FGM to [[Ilhan|name]] and [[Nasteho|name]] is significant if they travel while the paternal grandmother
holds the view she holds; the parents' protective intent is real but untested against the wider family's pressure. The mother's
low mood (EPDS 15, now on sertraline from Dr [[Chinwe Nkemelu|name]]) reduces her capacity to resist.

Recommendation: apply for an FGM Protection Order for both girls (the parents say they will not oppose it, and the father
says it "will help me say no to my mother"); section 47 not needed; child in need plan; the uncle in [[Marseille|place]],
[[Ismaël Daher|name]] ([[+33 6 12 48 73 90|phone]], [[14 rue Félix Pyat|address]], [[13003|postcode]]
[[Marseille|place]]), to be asked if the
grandmother can visit there instead.
"""),
    ("father's own handwritten letter in French with the interpreter's translation", """[Scanned letter, handwritten in French, given to
the social worker on [[1 December 2026|date]]; typed and translated by [[A.
Mabanza|name]], NRPSI 31207]

[[Canklow|place]], le [[30 novembre 2026|date]]

Monsieur [[Ashworth-Bell|name]],

Je m'appelle [[Abdourahman Daher Moussa|name]], je suis le père de [[Ilhan|name]], [[Nasteho|name]] et du petit [[Elmi|name]]. J'habite au
[[9 Canklow Meadows|address]], [[S60 2XE|postcode]]. Mon téléphone : [[07590 287 714|phone]].

Je veux vous dire que je n'accepterai jamais qu'on touche mes filles. Ma mère [[Fadumo|name]] est une femme de l'ancien temps. Elle
habite à [[Ali-Sabieh|place]], quartier [[Château d'eau|place]], chez mon frère [[Mahdi|name]] ([[+253 21 35 47 10|phone]]). Quand
j'étais petit, à [[Arta|place]], j'ai vu mes soeurs pleurer. Ma femme [[Fardoussa|name]] a beaucoup souffert. Le cheikh [[Hassan|name]]
m'a expliqué que ce n'est pas dans l'islam.

Si vous voulez une ordonnance du tribunal, je suis d'accord. Mon frère [[Ismaël|name]] à [[Marseille|place]] dit la même chose.
Nous irons peut-être en vacances à [[Marseille|place]] chez lui, pas à [[Djibouti-ville|place]], cet été.

Merci à Madame [[Deka|name]] et à Madame [[Megan|name]] pour leur patience.
[[A. Daher Moussa|name]]

TRANSLATION
[[Canklow|place]], [[30 November 2026|date]]
Mr [[Ashworth-Bell|name]],
My name is [[Abdourahman Daher Moussa|name]], I am the father of [[Ilhan|name]], [[Nasteho|name]] and little [[Elmi|name]]. I live at
[[9 Canklow Meadows|address]], [[S60 2XE|postcode]]. My phone: [[07590 287 714|phone]].
I want to tell you that I will never accept anyone touching my daughters. My mother [[Fadumo|name]] is a woman of the old times.
She lives in [[Ali-Sabieh|place]], the [[Château d'eau|place]] quarter, with my brother [[Mahdi|name]]
([[+253 21 35 47 10|phone]]). When I was
small, in [[Arta|place]], I saw my sisters cry. My wife [[Fardoussa|name]] has suffered a lot. Sheikh [[Hassan|name]] explained to me
that it is not in Islam.
If you want a court order, I agree. My brother [[Ismaël|name]] in [[Marseille|place]] says the same. We will perhaps go on holiday to
[[Marseille|place]] to his home, not to [[Djibouti City|place]], this summer.
Thank you to Mrs [[Deka|name]] and Mrs [[Megan|name]] for their patience.
[[A. Daher Moussa|name]]
"""),
]


# --- D. Martínez / Rivas family (Salvadoran, seeking asylum), Dinnington, with family in San Miguel and Maryland ------------

HOME_D = d.Address("Flat 2, 48 Laughton Road", "Dinnington", "Sheffield", "S25 2PT")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Génesis", "Rivas Martínez")], dt.date(2012, 3, 2), addresses=[HOME_D], ids=["7129765518", "J372208921187"],
       schools=["Dinnington High School"]),
    _p("s", "sibling", [("Josué", "Rivas Martínez")], dt.date(2018, 12, 12), addresses=[HOME_D], ids=["5691204882"],
       schools=["Dinnington Community Primary School"]),
    _p("m", "mother", [("Yesenia Guadalupe", "Martínez Flores")], dt.date(1993, 8, 24), addresses=[HOME_D],
       phones=["07451 609 823"]),
    _p("f", "father", [("Wilfredo Alexander", "Rivas Henríquez")], dt.date(1990, 4, 17), addresses=[HOME_D],
       phones=["07863 512 479"]),
    _p("g", "grandparent", [("Dolores", "Flores")], phones=["+503 7612 4580"]),
    _p("p1", "professional", [("Bethany", "Lidster")], phones=["01909 563 708"], emails=["bethany.lidster@rotherdearne.gov.uk"]),
], "c")

DOCS_D = [
    ("asylum accommodation provider's incident report form", """ASYLUM ACCOMMODATION - INCIDENT / SAFEGUARDING REPORT (form SR-2)
Provider: Mears (Yorkshire and Humber)   Property ref: RTH-DIN-0448   Housing officer: [[Craig Bingley|name]] (mob [[07384 160 552|phone]])
Service user(s): [[MARTINEZ FLORES, Yesenia Guadalupe|name]] (HO ref M2281904); [[RIVAS HENRIQUEZ, Wilfredo Alexander|name]]
Dependants: [[RIVAS MARTINEZ, Genesis|name]] (14); [[RIVAS MARTINEZ, Josue|name]] (7)
Address: [[Flat 2, 48 Laughton Road|address]], [[Dinnington|place]], [[S25 2PT|postcode]]

Date/time of incident: [[26.10.26|date]] approx 21:30      Date reported: [[27.10.26|date]]      Reported by: neighbour (Flat 1)

1. What happened (in the reporter's words if possible)
Neighbour Mrs [[Pauline Greaves|name]] ([[Flat 1|address]]) rang the Mears line at 08:10 on [[27/10|date]]. She heard "a belt, I know the
sound" and a girl screaming "no papi, no" through the wall for about five minutes on the Monday night, then a man shouting in
Spanish. This morning she saw the girl ([[Génesis|name]]) leave for the school bus in a big coat with the hood up.
Mrs [[Greaves|name]] said the father "is alright normally", works cash-in-hand at the car wash on [[Doe Quarry Lane|address]], and
that a lad in a black Golf ([[YD68 WPN|vehicle]]) "hangs about for the girl" at the bus stop by the Lidl.

2. Action taken
[[C. Bingley|name]] visited at 11:00. Mother present (no interpreter; used Google Translate). Mother said "no problem, no problem,
[[Génesis|name]] is OK". Father at work. [[Josué|name]] at school.
Rang Rother Dearne Front Door at 11:40 (spoke to [[Liam Parr|name]]). Emailed Migrant Help. Emailed the Home Office
safeguarding hub.

3. Property issues noted
Mould in the children's bedroom; a broken window lock; the heating "goes off at 8". Repairs raised (job RT-559014).

4. Other occupants / visitors
The mother's cousin [[Xiomara|name]] from [[Leeds|place]] stays some weekends (not authorised). [[Génesis|name]]'s friend [[Maisie
Turton|name]] ([[Dinnington|place]]) visits.

Signed [[C Bingley|name]]  [[27/10/2026|date]]      Line manager: [[Anita Wragg|name]]
"""),
    ("section 47 outcome letter to parents, with a Spanish summary", """Rother Dearne Council
Children and Young People's Services, Locality Team South, Dinnington Resource Centre
Tel [[01909 563 708|phone]] Email [[bethany.lidster@rotherdearne.gov.uk|email]]

PRIVATE - to be read with an interpreter

Sra [[Yesenia Guadalupe Martínez Flores|name]] and Sr [[Wilfredo Alexander Rivas Henríquez|name]]
[[Flat 2|address]]
[[48 Laughton Road|address]]
[[Dinnington|place]]
[[S25 2PT|postcode]]
                                                                              Friday [[13 November 2026|date]]

Dear Ms [[Martínez Flores|name]] and Mr [[Rivas Henríquez|name]],

[[Génesis|name]] ([[02/03/2012|dob]]) and [[Josué|name]] ([[12/12/2018|dob]]) - the outcome of our enquiries

Thank you for meeting me and our Spanish interpreter, Sr [[Andrés Villalobos|name]], on [[4 November|date]] and again on the
[[11th|date]]. I am writing to tell you what we found and what happens next.

Between [[28 October|date]] and [[11 November 2026|date]] we made enquiries under section 47 of the Children Act 1989 after
[[Génesis|name]] told her teacher at [[Dinnington High|school]], Mrs [[Farrah Oyelaran|name]], that her father hit her with a belt on
[[26 October|date]]. The school nurse saw three bruises on the back of her legs. [[Génesis|name]] also told us about a young man,
[[Kyle Athorpe|name]] (19), who messages her on Snapchat and waits for her in his car.

What we found: Mr [[Rivas|name]], you told me you hit [[Génesis|name]] because she came home at 9 pm from being out with [[Kyle|name]],
that this is how children were disciplined in [[Soyapango|place]], and that you were afraid for her because of what happened to
your niece [[Katherine|name]] in El Salvador. You agreed it was wrong and that it is against the law here. [[Josué|name]]
has not been hit. Ms [[Martínez|name]], you told us you are worried about [[Génesis|name]]'s cutting and her sadness since
your mother [[Dolores|name]] was threatened in [[San Miguel|place]] in September.

What happens next: a child protection conference for [[Génesis|name]] on [[25 November 2026|date]] at 10:00 at Riverside House,
[[Rotherham|place]]. [[Josué|name]] will have a child in need plan. [[Kyle|name]] is being spoken to by the police (PC [[Liam
Trickett|name]], [[Dinnington|place]] Safer Neighbourhood Team). Please do not let [[Génesis|name]] get into his car ([[YD68 WPN|vehicle]]).

RESUMEN EN ESPAÑOL: Habrá una conferencia de protección infantil para [[Génesis|name]] el [[25 de noviembre|date]]. Usted puede
traer a una persona de apoyo, por ejemplo la señora [[Marisol|name]] de la iglesia Ríos de Agua Viva en [[Worksop|place]].

Yours sincerely,
[[Bethany Lidster|name]], Social Worker
"""),
    ("social worker's phone notes typed fast between visits", """phone notes BL [[16/11|date]] - typing in car outside
[[dinnington high|school]], tidy up later

11.52 ring from [[genesis|name]] school - mrs [[oyelaran|name]]. G not in reg. last seen getting in grey/black golf
nr the co-op, [[anston rd|address]]?? [[yd68|vehicle]] something. rang mum [[07451 609 823|phone]] no ans x2. rang dad
[[07863 512 479|phone]]
- at work, says G left home 8.10 w [[josue|name]]. rang [[josue|name]] sch ([[comm primary|school]]) - J in, fine.

12.10 rang 101, ref given. PC [[trickett|name]] off today, spoke to PC [[sadia bi|name]] [[dinnington|place]] SNT. she knows [[kyle
athorpe|name]], lives w his nan [[kirk st|address]]? no - [[Kirkby Avenue|address]] in [[anston|place]], [[no 17|address]]. car is his
cousins [[Dean
Athorpe|name]]

12.35 [[maisie|name]] (friend) msgd mrs o: G on snap map at [[thurcroft|place]]?? then [[rotherham|place]] interchange

12.41 mum rang back (via [[andres|name]] on 3-way). crying. says G phoned her from a "[[jessica|name]]"s phone [[+44 7976 358 201|phone]]
- G said she is "with friends in meadowhall". mum wants dad not told. told her we have to.

13.20 police found G at the interchange w [[kyle|name]] and 2 other lads. [[kyle|name]] arrested (CSE, abduction notice to
be served). G brought to [[dinnington|place]] station, then home w mum at 15.00. dad calm on phone
"I will not touch her, I promise, señorita [[Bethany|name]]".

todo - strat disc tomorrow, [[S Mallinder|name]] chairing. CSE screening. tell [[rizwana|name]] re slot on weds. book [[andres|name]].
ring [[Marisol|name]] (church) re support [[07525 903 418|phone]]?? no thats the madrasah mans no from other case - dont use, get
from mum
"""),
    ("Spanish family WhatsApp group typed up from a phone extract and translated", """Exhibit KP/4 - WhatsApp group "Familia
[[Rivas Martínez|name]] 🇸🇻" - extract from [[Génesis|name]]'s phone (download by
DC [[Kate Pilley|name]], [[18/11/2026|date]]). Spanish typed as written; English translation below each message by
[[Andrés Villalobos|name]].

[[14/9/26|date]] 20:03 - Mamá [[Lola|name]]: Mija ya me fui de la casa de [[Ciudad Barrios|place]], los muchachos
vinieron otra vez a pedir la renta
   [Grandma [[Lola|name]]: Daughter, I've left the house in [[Ciudad Barrios|place]], the boys (the gang) came again to ask for the "rent"]
[[14/9/26|date]] 20:05 - [[Yesi|name]]: ay mamá!! vete donde tu hermana en [[San Miguel|place]], no te quedés sola
   [ [[Yesi|name]]: oh mum!! go to your sister's in [[San Miguel|place]], don't stay alone]
[[14/9/26|date]] 20:06 - Mamá [[Lola|name]]: ya estoy donde [[Chayo|name]], colonia [[Milagro de la Paz|place]]. Llamame al
[[+503 7612 4580|phone]] no al fijo
   [Grandma [[Lola|name]]: I'm at [[Chayo|name]]'s already, [[Milagro de la Paz|place]] neighbourhood. Call me on [[+503 7612 4580|phone]],
not the landline]
[[15/9/26|date]] 07:12 - Tío [[Neto|name]]: Ya le mandé $200 por Western a [[Chayo|name]]. Aquí en [[Silver Spring|place]] todo bien
   [Uncle [[Neto|name]]: I've already sent $200 by Western Union to [[Chayo|name]]. Here in [[Silver Spring|place]] all good]
[[15/9/26|date]] 07:30 - [[Wilfredo|name]]: gracias [[Neto|name]]. Aquí en [[Dinnington|place]] seguimos esperando la entrevista del Home
Office
   [ [[Wilfredo|name]]: thanks [[Neto|name]]. Here in [[Dinnington|place]] we're still waiting for the Home Office interview]
[[2/10/26|date]] 18:44 - [[Génesis|name]]: abuela te extraño mucho 😭
   [ [[Génesis|name]]: grandma I miss you so much]
[[2/10/26|date]] 18:50 - Mamá [[Lola|name]]: yo a vos mi reina. Portate bien con tu papi. Ese [[Kyle|name]] quien es? Tu mamá me dijo
   [Grandma [[Lola|name]]: and I you my queen. Behave for your dad. Who's this [[Kyle|name]]? Your mum told me]
[[2/10/26|date]] 18:52 - [[Génesis|name]]: nadie abuela 🙄
   [ [[Génesis|name]]: nobody grandma]
[[27/10/26|date]] 22:15 - [[Yesi|name]]: [[Wilfredo|name]] ya no le pegues a la niña, la vecina oyó todo
   [ [[Yesi|name]]: [[Wilfredo|name]] don't hit the girl any more, the neighbour heard everything]
[[27/10/26|date]] 22:40 - [[Wilfredo|name]]: Yo sé. Perdón [[Gene|name]]. Perdón hija.
   [ [[Wilfredo|name]]: I know. Sorry [[Gene|name]]. Sorry daughter.]
[[28/10/26|date]] 06:58 - Tío [[Neto|name]]: que pasó?? [[Wil|name]] llamame [[+1 240 918 4427|phone]]
   [Uncle [[Neto|name]]: what happened?? [[Wil|name]] call me [[+1 240 918 4427|phone]]]
[[28/10/26|date]] 07:01 - [[Josué|name]]: 👍

Members (as saved on [[Génesis|name]]'s phone): Mamá [[Lola|name]] ([[+503 7612 4580|phone]]); Tío [[Neto|name]]
([[+1 240 918 4427|phone]]); Mami; Papi;
[[Josué|name]] (uses mum's old phone, [[+44 7451 609823|phone]]); [[Yesi|name]] (saved twice).
Note: "[[Lola|name]]" is [[Dolores Flores|name]]; "[[Neto|name]]" is [[Ernesto Flores|name]], of [[Wheaton|place]], Maryland;
"[[Chayo|name]]" is [[Rosario Flores|name]].
"""),
]


# --- E. Marsden / Gill family (white British), Thurcroft, a boy in foster care in Brinsworth, a father in Kiveton Park -------

HOME_E = d.Address("22 Katherine Road", "Thurcroft", "Rotherham", "S66 9HR")
CARERS_E = d.Address("5 Hawthorn Avenue", "Brinsworth", "Rotherham", "S60 5DB")
DAD_E = d.Address("41 Wales Road", "Kiveton Park", "Sheffield", "S26 6RA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Reece", "Marsden"), ("Reece", "Gill")], dt.date(2012, 7, 16), addresses=[CARERS_E, HOME_E],
       ids=["7244887744", "C372220318279"], schools=["Brinsworth Academy"]),
    _p("s", "sibling", [("Lacey", "Marsden")], dt.date(2009, 1, 30), addresses=[HOME_E], ids=["5012846176"]),
    _p("m", "mother", [("Stacey", "Marsden")], dt.date(1988, 10, 9), addresses=[HOME_E], phones=["07538 204 617"]),
    _p("f", "father", [("Wayne", "Gill")], dt.date(1985, 5, 5), addresses=[DAD_E], phones=["07821 659 340"],
       ids=["SR 40 95 17 D"]),
    _p("fc", "other", [("Debbie", "Cutts"), ("Martin", "Cutts")], addresses=[CARERS_E], phones=["01709 873 214"]),
    _p("p1", "professional", [("Oliver", "Stainrod")], phones=["0114 273 5186"], emails=["oliver.stainrod@rotherdearne.gov.uk"]),
], "c")

DOCS_E = [
    ("looked after review report by the independent reviewing officer", """REVIEW OF ARRANGEMENTS FOR A CHILD IN CARE - RECORD AND DECISIONS
Child: [[Reece MARSDEN|name]] (also known as [[Reece Gill|name]] at his last school)   DOB [[16.07.2012|dob]]   NHS [[724 488 7744|nhs]]
Legal status: section 20 (accommodated since [[3 March 2026|date]])   Review: second review, [[1 December 2026|date]], 16:30
Placement: foster carers [[Debbie Cutts|name]] and [[Martin Cutts|name]], [[5 Hawthorn Avenue|address]], [[Brinsworth|place]],
[[S60 5DB|postcode]]
IRO: [[Philippa Hardcastle|name]]   Social worker: [[Oliver Stainrod|name]] ([[0114 273 5186|phone]],
[[oliver.stainrod@rotherdearne.gov.uk|email]])

Present: [[Reece|name]] (for the first half, then he went to play on the Xbox); the carers; [[Oliver|name]]; [[Stacey Marsden|name]]
(mother)
by phone from [[Thurcroft|place]]; Mr [[Ian Pell|name]] (head of year 8, [[Brinsworth Academy|school]]); [[Sophie Lax|name]] (YJS).
Not present: [[Wayne Gill|name]] (father), who did not reply to the invitation sent to [[41 Wales Road|address]], [[Kiveton Park|place]].

1. [[Reece|name]]'s views (his own words, in the "My Review" booklet he filled in with [[Debbie|name]])
"I like it at [[Debs|name]] and [[Martin|name]]s. The food is mint. I want to see my mum more and my sister [[Lacey|name]] and our dog.
I dont want to go back to [[Thurcroft|place]] cos of the lads. I want to do boxing at [[Dale Rd|address]] gym again."

2. Since the last review on [[2 June 2026|date]]
- Missing episodes: three ([[14 August|date]], [[29 September|date]], [[7-8 November|date]]). On the last he was found by police at
  2 a.m. in [[Page Hall|place]], [[Sheffield|place]], with a lad of 17 known as "[[Tiz|name]]" ([[Tyrese Hemingway|name]]) and £340 in cash.
- Return home interviews done by [[Sophie|name]] (YJS) - he says he "just went for a ride out" in a white Audi ([[SF19 XKT|vehicle]]).
- School: attendance 84%; one fixed-term suspension ([[9 October|date]]) for a vape in class.
- Health: initial health assessment done; review health assessment due [[20/01/2027|date]] with nurse [[Aisha Begum-Hart|name]].
- Family time: with mum every Saturday at the family centre in [[Rotherham|place]]; with [[Lacey|name]] (17) at McDonald's in
[[Parkgate|place]].
  Dad has not been seen since he went to live with his new partner [[Tracey-Ann Shaw|name]] in [[Kiveton|place]].

3. Decisions
1) [[Reece|name]] stays with Mr and Mrs [[Cutts|name]]; permanence plan long-term fostering to be presented at the next review.
2) A child exploitation risk assessment and a NRM referral by [[Oliver|name]] by [[11 December|date]].
3) Boxing: the carers to take him to the club on [[Dale Road|address]], [[Rawmarsh|place]], Tuesdays and Thursdays.
4) [[Stacey|name]] to have a second contact, midweek, at her home at [[22 Katherine Road|address]] if the safety plan allows.
Next review: [[1 June 2027|date]].   [[P. Hardcastle|name]], IRO, [[02/12/2026|date]]
"""),
    ("foster carer's daily log pages", """FOSTER CARER DAILY RECORD - child: R.M.  carers: [[D & M Cutts|name]]  supervising SW:
[[Gail Ackroyd|name]] (Fostering Team)
(written up most nights by [[Debbie|name]]; [[Martin|name]]'s entries initialled MC)

Sat [[7/11|date]]  [[Reece|name]] up at 11. Contact with mum 1-3 at her house ([[Stacey|name]] asked if she could have him there this
week - agreed by [[Oliver|name]] on the phone Friday). Came back quiet. Said [[Lacey|name]] has a new boyfriend "[[Connor|name]] from
[[Swallownest|place]]". Tea: chippy. Out on his bike 6-7.30 round the estate with [[Kai|name]] from [[no. 9|address]]. In by 7.35.
Said going to [[Kai|name]]'s at 8.30, I said no. Slammed door. In his room by 10 - checked 10.30, 11.30 - there.
Sun [[8/11|date]]  02:10 found his bed empty, window open. Rang him x6 ([[07462 913 558|phone]], goes to voicemail). Rang EDT 02:25
(spoke to [[Femi|name]]), police 02:31 - ref 44. Rang [[Stacey|name]] ([[07538 204 617|phone]]) - she had not seen him; she rang
[[Lacey|name]].
04:40 police rang: found in [[Page Hall|place]] with older lads. PC [[Nadeem Aslam|name]] brought him back 05:30. Smelled of weed. No
injuries I could see. New trainers (Nike TN, £180?) - says [[Tiz|name]] "lent" them. Slept till 2 pm. Did not want to talk.
Mon [[9/11|date]]  School ok per Mr [[Pell|name]]'s email. Told [[Martin|name]] on the way home he "owes
[[Tiz|name]]". [[Martin|name]] asked
what for - "nowt". Told [[Gail|name]] and [[Oliver|name]]. His phone keeps buzzing; a number saved as "T" and one as "Big Man". MC
Tue [[10/11|date]]  Return home interview with [[Sophie|name]] at 4. After, he cried and said he is scared of "the lads from
[[Kimberworth Park|place]]". Boxing at 6 ([[Martin|name]] took). Coach [[Lenny Draper|name]] says he's "a natural".
Wed [[11/11|date]]  Nan [[Jean Marsden|name]] (mum's mum) rang from [[Thurcroft|place]] on our landline
([[01709 873 214|phone]]) and asked if she can take him to the bonfire at [[Dinnington|place]] next year. Said I'd ask.
Thu [[12/11|date]]  Good day. Made a lasagne with me. Talked about his dad: "he's got a new family in [[Kiveton|place]], he
don't care". Showed me a message from dad's number ([[07821 659 340|phone]]) from [[September 2|date]]: "stay away from ur mams
fella or ill sort him". MC
"""),
    ("police custody record extract for a child arrested", """SOUTH YORKSHIRE POLICE - CUSTODY RECORD (extract disclosed to CYPS under the
information sharing agreement)
Custody suite: Shepcote Lane, [[Sheffield|place]]      Custody no: SY/26/118804      Arrest ref: 14/221/26
DETAINED PERSON: [[MARSDEN, Reece|name]]   DOB: [[16/07/2012|dob]]   Age: 14   Gender: M   Ethnicity (self): W1
Address given: [[5 HAWTHORN AVE|address]], [[BRINSWORTH|place]], [[ROTHERHAM|place]] [[S60 5DB|postcode]] (foster placement)
Previous address on PNC: [[22 KATHERINE RD|address]], [[THURCROFT|place]]
Arresting officer: PC 3317 [[HOLMES|name]]      Custody sergeant: PS 1902 [[WADSWORTH, Lynne|name]]

Date/time arrived: [[21/11/2026|date]] 23:48      Place of arrest: lay-by on [[Ecclesall Road South|address]] (junction with
[[Whirlow Lane|address]])
Offence: possession with intent to supply a class A drug (crack cocaine, 14 wraps); possession of a bladed article.
Circumstances (arresting officer): vehicle stop on a white Audi A3, VRM [[SF19 XKT|vehicle]]; driver [[HEMINGWAY, Tyrese|name]]
([[03/04/2009|dob]]) also arrested; rear passenger [[Reece|name]] found with wraps in his sock and a kitchen knife in his waistband.
A third occupant, [[Kayden ROBSON|name]] (16), released at the scene to his mother [[Lisa Robson|name]].

Appropriate adult: requested 23:55; mother [[Stacey MARSDEN|name]] ([[07538 204 617|phone]]) not answering; foster carer [[Martin
CUTTS|name]] ([[07395 617 248|phone]]) said he could not attend till morning; EDT social worker [[Femi Adebanjo|name]] attended 01:20
on [[22/11/2026|date]] as appropriate adult.
Solicitor: duty - [[Hannah Strafford|name]], [[Taylor|name]] [[Bracewell|name]] Solicitors.
Health: FME Dr [[K. Osei|name]] 01:40 - fit to detain and interview; small cut to right palm (cleaned).
Rights given 00:05 (AA not present - repeated 01:22). Phone call: asked for "my nan, [[Jean|name]]" ([[01709 879 530|phone]]) - rung 01:30.

Interview 09:10 - 09:42 ([[22.11.26|date]]): no comment, on advice. Disclosed to the AA that he was "made to carry it" and owes
"[[Tiz|name]]" £600 for "the trainers and a phone".
NRM: first responder referral to be made by the local authority (agreed with [[O. Stainrod|name]] by phone at 10:05).
Outcome: released under investigation 11:20, to [[Martin Cutts|name]]. Bail conditions: n/a (RUI). Next review date [[21/02/2027|date]].
"""),
    ("personal education plan meeting minutes", """PERSONAL EDUCATION PLAN (PEP) MEETING - AUTUMN TERM
Pupil: [[Reece Marsden|name]]   Year 8   UPN [[C372220318279|upn]]   School: [[Brinsworth Academy|school]], [[Brinsworth|place]]
Date: [[24th November 2026|date]]   Chair: [[Ian Pell|name]] (Designated Teacher)   Minutes: [[Karen Blackburn|name]] (Virtual School)
Present: [[Reece|name]]; [[Debbie Cutts|name]] (foster carer); [[Oliver Stainrod|name]] (SW); [[Amy Foers|name]] (SENCo); [[Rachel
Meade|name]] (English teacher)

Attainment: working towards in English and maths; strong in PE and DT. Reading age 10y2m (test [[18/09/2026|date]]).
Attendance this term 84% (mostly missing days after going missing). Since the arrest on the [[21st|date]] he has been in
school every day.

[[Reece|name]]'s voice: "I want to be a mechanic like [[Martin|name]]'s brother [[Gaz|name]]. I like DT with Mr [[Wood|name]]. I hate
French.
I want to move forms cos [[Kayden|name]] is in mine." (Chair: [[Kayden|name]] has now left; he has gone to [[Wingfield|school]].)

Previous school: [[Thurcroft Junior Academy|school]] then two terms at [[Wales High School|school]] (as [[Reece Gill|name]]); records
received
from [[Wales High|school]] on [[5 May 2026|date]]. [[Wales High|school]] is in [[Kiveton Park|place]], not the country.

Pupil Premium Plus: £600 agreed for (1) one-to-one maths tutor Mrs [[Hepworth|name]], Tuesdays; (2) boxing club fees at the
gym on [[Dale Road|address]]; (3) a laptop.
SMART targets: attend 95% to February half term; reading age up 6 months by [[12 February 2027|date]]; a mentor (Mr [[Burgin|name]]).
Next PEP: [[9 March 2027|date]].
"""),
]


# --- F. Bailey / Campbell family (mixed white British and Jamaican heritage), Wath-upon-Dearne, with a grandmother in
# Brampton Bierlow and a father in Swinton -------------------------------------------------------------------------------

HOME_F = d.Address("17 Sandygate", "Wath-upon-Dearne", "Rotherham", "S63 7LW")
NAN_F = d.Address("3 Knollbeck Lane", "Brampton Bierlow", "Barnsley", "S73 0TB")
DAD_F = d.Address("Flat 12, Croft House, Station Street", "Swinton", "Mexborough", "S64 8PY")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Zion", "Bailey-Campbell")], dt.date(2019, 3, 27), addresses=[HOME_F], ids=["8176863793", "G372460116117"],
       schools=["Wath Victoria Primary School"]),
    _p("s", "sibling", [("Amara", "Bailey")], dt.date(2024, 6, 11), addresses=[HOME_F], ids=["8229610576"]),
    _p("m", "mother", [("Chantelle", "Bailey")], dt.date(1995, 12, 19), addresses=[HOME_F], phones=["07957 480 136"]),
    _p("f", "father", [("Marlon", "Campbell")], dt.date(1991, 2, 8), addresses=[DAD_F], phones=["07817 302 664"]),
    _p("g", "grandparent", [("Gloria", "Bailey")], dt.date(1966, 8, 2), addresses=[NAN_F], phones=["01709 590 471"]),
    _p("p1", "professional", [("Nicola", "Hague")], phones=["07432 885 019"], emails=["nicola.hague@rotherdearne.gov.uk"]),
], "c")

DOCS_F = [
    ("early help assessment with the family's own words", """EARLY HELP ASSESSMENT (EHA)
Lead practitioner: [[Nicola Hague|name]], Family Support Worker, Early Help Locality North ([[Wath|place]] / [[Swinton|place]] /
[[Mexborough|place]])
Mob [[07432 885 019|phone]]   Email [[nicola.hague@rotherdearne.gov.uk|email]]   Started [[05/10/2026|date]]   Completed [[02/11/2026|date]]

Family members
[[Chantelle Bailey|name]] (mum), [[19/12/1995|dob]], [[07957 480 136|phone]]
[[Zion Bailey-Campbell|name]] ("[[Zizi|name]]"), [[27/03/2019|dob]], NHS [[817 686 3793|nhs]], Year 2, [[Wath Victoria Primary|school]]
[[Amara Bailey|name]], [[11/06/2024|dob]], NHS [[822 961 0576|nhs]], at [[Busy Bees Wath|school]] two days a week
[[Marlon Campbell|name]] (dad), lives at [[Flat 12, Croft House|address]], [[Station Street|address]], [[Swinton|place]],
[[S64 8PY|postcode]]
[[Gloria Bailey|name]] (nan), [[3 Knollbeck Lane|address]], [[Brampton Bierlow|place]], [[S73 0TB|postcode]], [[01709 590 471|phone]]
Address: [[17 Sandygate|address]], [[Wath-upon-Dearne|place]], [[S63 7LW|postcode]] (private rented; landlord Mr [[Gary Swift|name]])

Why now: school (Mrs [[Lorna Ibbotson|name]], SENCo) asked for help after [[Zion|name]] was sent home twice in September for
hitting staff, and after [[Chantelle|name]] told the school she was "at the end of her rope" and had a section 21 notice.

What is going well: [[Zion|name]] is bright, funny and loves football (he plays for Wath Athletic under-8s with coach [[Reggie
Ndlovu|name]]) and his nan's rice and peas. [[Chantelle|name]] is warm and affectionate; [[Amara|name]] is meeting her milestones.
[[Marlon|name]] sees [[Zion|name]] every other weekend and takes him to his own mum's church in [[Chapeltown|place]], [[Sheffield|place]].

Worries: [[Chantelle|name]] has depression and anxiety (on a waiting list for talking therapy); the section 21 ends on
[[14 January 2027|date]]; rent arrears £1,460; [[Zion|name]] has not been assessed for ADHD though the school and GP think he
should be; he is being called names in the playground ("they said I'm not proper brown and not proper white").

In the family's own words:
[[Chantelle|name]]: "I'm not a bad mum I'm just tired. If we get moved to [[Maltby|place]] or somewhere he'll have to change school
and he'll kick off even more. Mum helps but she's got her own stuff with her knees."
[[Zion|name]]: "I get mad when [[Tyler|name]] says stuff about my hair. I like it at my dad's cos he has a PS5. I want nanny [[Glo|name]]
to live with us."
[[Marlon|name]]: "Tell them I can have him more. [[Chantelle|name]] knows that. Me and [[Shanice|name]] have a spare room in the new flat."

Plan: ADHD referral via the GP (Dr [[Ifeoma Chukwu|name]], Montgomery House Surgery); housing options appointment on
[[10 November|date]] with [[Jason Rhodes|name]]; Early Help family group conference; [[Zion|name]]'s school to start a behaviour support
plan.
"""),
    ("duty desk voicemail log typed up from the answerphone", """EARLY HELP NORTH - DUTY VOICEMAIL LOG (typed up from the team answerphone
by [[Kelly Senior|name]], admin)
Week of Monday [[16 November 2026|date]]. Calls for the [[Bailey-Campbell|name]] family only (others removed).

Msg 3 - left Mon [[16/11|date]] 07:58 - caller: [[Chantelle Bailey|name]]
"Hiya it's [[Chantelle|name]], [[Chantelle Bailey|name]], [[Zion|name]]'s mum, can you tell [[Nicola|name]] the landlord's been round again
this morning banging on the door, Mr [[Swift|name]], and he says we've got to be out before Christmas not January. Can she ring
me, my number's [[07957 480 136|phone]], I've got no credit so I can't ring out. Ta."

Msg 7 - left Mon [[16/11|date]] 13:21 - caller: [[Gloria Bailey|name]] (nan)
"Good afternoon, this is Mrs [[Gloria Bailey|name]], the grandmother of [[Zion|name]] and [[Amara|name]]. I live at [[Brampton|place]],
[[three
Knollbeck Lane|address]]. My daughter is in a state, I'm worried for her. The house phone is
[[01709 590471|phone]]. Please ask Miss [[Hague|name]] to call. Thank you, God bless."

Msg 11 - left Tue [[17/11|date]] 09:40 - caller: [[Marlon Campbell|name]]
"Yeah it's [[Marlon|name]], [[Zion|name]]'s dad. [[Chantelle|name]] says she might have to go to a B and B in [[Rotherham|place]] town with
the kids. I don't want that for my son. He can come to me in [[Swinton|place]], I've told her. Ring me on [[07817 302 664|phone]]. Or
my girlfriend [[Shanice|name]] - [[Shanice Lockwood|name]] - on [[07508 764 392|phone]]."

Msg 14 - left Wed [[18/11|date]] 16:02 - caller: [[Sam|name]] from the school office
"Hi it's [[Sam|name]] at [[Wath Victoria|school]], just to let [[Nicola|name]] know [[Zion|name]] wasn't collected at 3.15, nan came at
quarter to four in the end. Mum wasn't answering. Nothing urgent, Mrs [[Ibbotson|name]] just wanted you to know."

Msg 15 - left Wed [[18/11|date]] 22:47 - caller: unknown female (withheld)
"Yeah, I live next door to [[Chantelle|name]] at [[nineteen|address]], on [[Sandygate|address]], and there's been screaming for an hour, the
little 'un's crying. I've rung the police. I'm not giving my name." [passed to police and EDT [[19/11|date]] 08:05 - KS]

Msg 17 - left Thu [[19/11|date]] 08:30 - caller: PC [[Dom Fairhurst|name]], [[Wath|place]] neighbourhood team
"Morning, PC 2704 [[Fairhurst|name]]. FYI we attended [[17 Sandygate|address]] last night, 23:05. Mum and the two kids there, no
one else. Mum very distressed, said she'd had a panic attack, the little boy had smashed a window. Kids safe, nan came over
from [[Brampton Bierlow|place]]. Log 1034 of the [[18th|date]]. Call me on [[07776 219 845|phone]]."
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Zion|name]] and [[Amara|name]]      Held: Saturday [[28 November 2026|date]], 11:00-15:30, Wath Library meeting room
Independent coordinator: [[Deborah Kitching|name]] (Rother Dearne FGC Service)      Referrer: [[Nicola Hague|name]]

Who came: [[Chantelle|name]] (mum); [[Marlon|name]] (dad); [[Gloria|name]] (nan); [[Shanice Lockwood|name]] (dad's partner); Aunty
[[Pam|name]]
([[Pamela Bailey|name]], nan's sister, from [[Goldthorpe|place]]); uncle [[Desmond Campbell|name]] (dad's brother, from
[[Handsworth|place]],
[[Birmingham|place]]); great-grandma [[Myrtle Campbell|name]] joined by WhatsApp video from [[May Pen|place]], Clarendon, Jamaica
([[+1 876 986 4471|phone]]); family friend [[Bev Hinds|name]] (neighbour at [[no. 21|address]]).
[[Zion|name]] came for the first hour and drew a picture of "everybody in one house".

Private family time: 12:10 to 14:20.

THE FAMILY'S PLAN (agreed by everybody; written by [[Desmond|name]] and read back by [[Deborah|name]])
1. Housing. If [[Chantelle|name]] has to leave [[Sandygate|address]] before the council finds a place, she and the kids go to
   [[Gloria|name]]'s at [[Brampton|place]], NOT a B&B. [[Desmond|name]] will move [[Gloria|name]]'s sewing stuff out of the box room
   on [[5 December|date]]. [[Marlon|name]] will pay for a van.
2. School. [[Zion|name]] stays at [[Wath Vic|school]] whatever happens. Nan drives him on Mon, Tue, Wed; [[Marlon|name]] on Thu, Fri by bus
from [[Swinton|place]].
3. Weekends. [[Zion|name]] with dad and [[Shanice|name]] every weekend Fri to Sun for now. [[Amara|name]] with mum.
4. Mum's health. [[Shanice|name]] will go with [[Chantelle|name]] to the GP on [[3 December|date]] (Montgomery House). [[Bev|name]] will
have
   [[Amara|name]] on Tuesdays so mum can go to the Tuesday group at the Dearne Valley family hub.
5. [[Zion|name]]'s hair and who he is. Uncle [[Des|name]] will take him to
   [[Jerome|name]]'s barber's on [[London Road|address]], [[Sheffield|place]], once a month, and great-grandma [[Myrtle|name]] will
   tell him stories on video on Sundays.
6. If things go wrong: ring [[Gloria|name]] first ([[01709 590 471|phone]]), then [[Desmond|name]] (his number is on the family's contact
sheet),
   then [[Shanice|name]] ([[+44 7508 764392|phone]]).

Agreed by the referrer on behalf of the local authority: yes. Review FGC: [[23 January 2027|date]].
Signed [[D. Kitching|name]]   [[28/11/2026|date]]
"""),
    ("text messages between a mother and her family support worker exported from a work mobile", """SMS EXPORT - work mobile
[[07432 885 019|phone]] ([[N Hague|name]]) - conversation with "[[Chantelle B|name]] ([[Zion|name]] mum)" [[07957 480 136|phone]]
Exported [[03/12/2026|date]] for the case file. Times are the phone's.

[[20/11/2026|date]] 08:14 [[Chantelle|name]]: morning [[nic|name]] sorry about wednesday night. i was in a bad way. [[zion|name]] ok today
went in happy
[[20/11/2026|date]] 08:20 Me: Morning [[Chantelle|name]], thank you for letting me know. Glad [[Zion|name]] went in ok. Can I pop round at
1?
[[20/11/2026|date]] 08:21 [[Chantelle|name]]: yh. mums here. shes doing my head in but shes helping lol
[[20/11/2026|date]] 13:52 Me: Thanks for today. I've emailed housing ([[Jason|name]]). Remember GP on the [[3rd|date]].
[[24/11/2026|date]] 21:30 [[Chantelle|name]]: [[marlon|name]] and [[shanice|name]] want [[zion|name]] every weekend now. is that allowed
[[24/11/2026|date]] 21:31 [[Chantelle|name]]: not being funny but shes only known him 5 min
[[25/11/2026|date]] 09:02 Me: It's something the whole family can talk about at the FGC on Saturday. [[Shanice|name]] is invited.
[[25/11/2026|date]] 09:10 [[Chantelle|name]]: ok. can my aunty [[pam|name]] come. and [[bev|name]] from [[21|address]]
[[25/11/2026|date]] 09:11 Me: Yes of course, I'll let [[Deborah|name]] know.
[[29/11/2026|date]] 19:45 [[Chantelle|name]]: thank u for yesterday. first time ive felt like people are on my side. even [[des|name]] was
nice lol
[[29/11/2026|date]] 19:46 [[Chantelle|name]]: [[amara|name]] said "nanny [[glo|name]] house" all the way home
[[01/12/2026|date]] 16:40 [[Chantelle|name]]: council rang!!! a 3 bed on [[Derwent Crescent|address]] in [[wath|place]]!! viewing friday
[[01/12/2026|date]] 16:41 [[Chantelle|name]]: its by [[Zion|name]]s school. [[Zion|name]] said "can i walk on my own" lol no
[[01/12/2026|date]] 16:58 Me: That's brilliant news!! Fingers crossed for Friday. Tell [[Gloria|name]] I said she can have her box room back
[[02/12/2026|date]] 10:05 [[Chantelle|name]]: mr [[swift|name]] has said we can stay till the [[18th|date]] now if we get it
[[02/12/2026|date]] 10:06 Me: Great. Keep all his texts please, in case.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 114 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:32 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam",
           "dad", "daddy", "aunty", "auntie", "uncle", "dadi", "nani", "dada", "chacha", "khala", "phuppo", "baji", "apa", "bhai",
           "ammi", "abbu", "sahib", "mufti", "hafiz", "maulana", "imam", "sheikh", "cheikh", "ayeeyo", "aabo", "hooyo",
           "monsieur", "madame", "mademoiselle", "sr", "sra", "señor", "señora", "señorita", "don", "doña", "mamá", "mami",
           "papá", "papi", "tío", "tía", "tio", "tia", "abuela", "abuelo", "mija", "mijo"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "chacha", "khala", "phuppo", "jaan"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "yorkshire", "south yorkshire",
               "west yorkshire", "north yorkshire", "the north", "nottinghamshire", "derbyshire", "pakistan", "azad kashmir", "kashmir",
               "ajk", "punjab", "djibouti republic", "republic of djibouti", "somalia", "somaliland", "ethiopia", "france", "el salvador",
               "salvador", "central america", "usa", "america", "maryland", "united states", "europe", "africa", "horn of africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mufti Imran
# Shafiq", "Hafiz Bilal", "Sheikh Hassan Mire", "Monsieur Ashworth-Bell", "Sra Yesenia", "Mamá Lola", "Tío Neto", "señorita
# Bethany", "ayeeyo Hasna"; and after one: "Usman bhai", "Bilal sahib") and counties, regions and countries
# ("South Yorkshire", "Pakistan", "Somalia", "El Salvador", "Maryland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
