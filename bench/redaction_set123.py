"""Set 123: a held-out hand-written set for the redaction detector, six more invented families in one East London borough,
written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
other helpers writing at the same time (bench/redaction_set122.py, 124.py and 125.py and their tests), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
tests/test_redaction_set21.py in full and bench/redaction_set21.py's docstring, its first document, its records' layout, the
labels of its documents and its closing checker block (the layout and marking conventions followed here); the docstrings of
bench/redaction_set7.py to bench/redaction_set121.py, printed with ast and searched only for the names of this borough's
districts and of communities (to choose homes and communities no earlier set used); the function names and signatures of
bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`); and the ruff settings in pyproject.toml. Phone numbers were
checked with the phonenumbers library and NHS numbers and UPNs made with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in the borough, each at home in a district or estate no earlier set used as a family's home: a young white
British mother on the Lansbury Estate, Poplar, with a grandmother in Dagenham (Sharpe / Gilbey; a boy of 7 hurt by his father
in a domestic abuse incident, a mother who first said he "bumped it", an initial child protection conference); a Bravanese
(Chimwiini-speaking, from Brava in southern Somalia by way of Mombasa) family in Cubitt Town on the Isle of Dogs (Abubakar /
Mwalimu / Bakari; a risk of FGM on a family trip to Mombasa, a grandmother's voice notes, a mother who refuses, a madrasa
teacher's support); a British Bangladeshi family in Shadwell with family in Sylhet (Uddin / Begum; a girl of 15 groomed and
exploited by an older man in a county line, a father planning a forced marriage, an FMPO, a refuge); a Memon family (from
Mombasa and Nairobi, roots in Jetpur, Gujarat) in Bromley-by-Bow, with the mother's family in Leicester (Motala / Kapadia;
severe overcrowding, an autistic boy of 13 hurting his sister, a grandmother after a stroke, a family group conference); a
white Irish and Jamaican heritage family in Limehouse with grandmothers in Kingston and Cork (Doyle / Quill; a boy of 15
caught with a knife, in debt to a drug line, robbed and beaten, a sister of 10 on a plan for neglect); and a white British
and Filipino family in Wapping, the child fostered in Stepney (Ashcroft / Dizon; a mother in recovery from alcohol, a father
under a no-contact condition, a grandmother in Batangas City who wants the child sent to her). The two communities no earlier
set used are the Bravanese and the Memon. 24 documents, each with its own style label, about half of them plain professional
recording: a social worker's home visit case note, a food bank e-referral form, a mother's handwritten letter to the
conference chair (typed up with her spelling), initial child protection conference minutes, a health visitor's EMIS journal
print, WhatsApp voice notes transcribed and translated from Chimwiini, s.47 strategy meeting minutes, a madrasa teacher's
email, a school's MASH referral form, Instagram direct messages typed up from screenshots (with Bengali script), a chronology
table, a social worker's notes typed fast on a phone, a housing options officer's email with the mother's own email below it,
a child and family assessment's analysis (names in Gujarati script), a CAMHS clinic letter scanned and run through OCR (with
its misreadings: "lsmail", "Alsha", "O2/11/2O26", names hyphenated across lines), a family group conference family plan, a
police MERLIN child-coming-to-notice report, core group minutes, a mother's SMS thread with her son, a 999 call transcript, a
supervised contact session record, Viber messages in Tagalog and English, a handwritten holiday club registration form in
capitals, and an independent reviewing officer's looked after review record.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names are real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Kenya, Somalia, Bangladesh, Jamaica, Ireland, the Philippines); NHS numbers and UPNs (with the
borough's LA number, 211) pass their check digits; NI numbers have a valid format. The council (Eastwharf), the Harbour
Family Centre, the Bravanese Community Madrasa and the holiday club are invented; districts, estates, towns, real schools,
charities, NHS bodies, hospitals, police stations, courts, housing associations, markets, parks, farms, basins and community
centres are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, Sister, brother, Nan, Mum, Daddy, Auntie, Uncle, Granny, Ustadh, Ustadha, Mzee, Bi, Tito, ate) stay outside the name
span, before or after the name ("Mrs Motala senior", "Farouk bhai"); a possessive 's and a bare texting s ("tyrese"s, "kai"s)
stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span ("GILBEY, Alfie",
"SHARPE, Kayleigh", "ABUBAKAR, Khadija", "QUILL, Jayden", "ASHCROFT, Beatriz"); an initial with a surname is one span ("G.
Penn", "B. Sandoval", "S Vora"); initials alone ("JJ", "LC", "CH 2210") are not marked; a name or an address broken by a line
break (or an OCR hyphen across a line: "Mota-la" and "Boat-eng", broken at the hyphen) is one span holding the break, and so
is a place, a school and a date; usernames and handles ("lilsmae.x", "tammyy.u_", "sadia_syl") are not marked, but a display
or contact name that is a person's plain name ("Zuhura", "Fatma") is; a contact saved under a kinship word ("Nanay", "Mama
Mombasa" - whose town is marked - "JJ 👑") is not a name; kinship words on their own ("Dadima", "Dadi", "Lola", "Nanay", "Nana
and Nanu", "anak", "Apa") are not names. A street address is one span, its town a place, its postcode a postcode; a street
named without a number is an address ("Chrisp Street", "The Highway", "Commercial Road", "Glengall Grove"), and so are a bare
flat number ("no. 29", "Flat 20"), a block's name ("Pelling House", "Padstow House"), and an address abroad ("Mwembe Tayari,
near the Bohra mosque", Mombasa; "14 Hope Road", Kingston); towns, cities, villages, districts, estates and barangays are
places, at home or abroad and in any script ("Lansbury", "Cubitt Town", "Isle of Dogs", "Bromley-by-Bow", "Baraawe", "Brava",
"Kumintang Ilaya", "সিলেট", "romford"); countries, provinces, states and regions are not ("Kenya", "Somalia", "Gujarat",
"Jamaica", "the Philippines", "Pampanga", "Cornwall", "Essex"); organisations are not marked even when they hold a place's
name ("Poplar HARCA", "Bromley by Bow Centre", "Bromley-by-Bow Health Centre", "Aberfeldy Practice", "Island Health",
"Limehouse Project", "Tower Hamiets CAMHS", "East London NHS Foundation Trust", "the Royal London", "Wapping Group", "THE
WAPPING GROUP PRACTICE"); landmarks are not marked ("Limehouse Basin", "Mudchute", "Shadwell Basin", "Kingsley Hall"); a
school's or college's name and short form are schools ("Lansbury Lawrence", "Bishop Challoner Girls'", "bishop c", "bigland",
"George Green's", "Stepney Green", "HERMITAGE"); a date of birth is dob, any other calendar date with a day is date (a
weekday before it stays outside), a bare day ("the 21st", "the 10th") is a date of its own; months and years alone are not
marked; helplines are not marked; a firm named after people marks only the names ("[[Penrose|name]] & [[Yates|name]]"); a
name that is also a word or a town is marked by what it refers to ("Hope", "Wells", "Rose", "Chelsea", "Del" are names;
"Kingston", "Romford", "Barking" places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a police station known by
its street ("Leman Street", "leman st") is an organisation and stays unmarked, while the same street as a location would be
an address; the block name alone spoken back in a 999 call ("Padstow") is an address, since it locates the family, though it
is also a Cornish town; a food bank branch named by its district ("Food bank: Poplar") marks the district; an OCR misreading
keeps its gold kind ("lsmail" is a name, "O2/11/2O26" a date, "19.O4.2O13" a dob), while an NHS number and a phone were typed
from the scan correctly; a number spoken in a 999 call is typed as digits and marked; a nickname that is not initials
("Kash", "Dee", "Bless", "Gazza", "Bea-Bea") is a name; "Mzee" (elder), "Bi" and "Ustadh/Ustadha" are titles, and "Granny"
before a name stays outside; an outward postcode alone ("E14") is a postcode; a refugee camp's town ("Kakuma") is a place; in
the Bengali chat the possessive suffix is written apart from the name so that the span ends on the name; Batangas, where it
means the city (the family's barangay is in it), is a place, while the province Pampanga is not.

Self-check without the detector: `python -m bench.redaction_set123` (and tests/test_redaction_set123.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and
after a name) and countries, provinces and regions, and prints the number of documents and gold spans per kind: 24 documents,
1,016 gold spans, 538 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Sharpe / Gilbey family (white British), the Lansbury Estate, Poplar ---------------------------------------------------

HOME_A = d.Address("Flat 31, Pelling House", "Lansbury Estate", "Poplar", "E14 6QA")
NAN_A = d.Address("58 Hedgemans Road", "", "Dagenham", "RM9 6HT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Gilbey")], dt.date(2019, 5, 14), addresses=[HOME_A], ids=["428 112 4926", "W211269620191"],
       schools=["Lansbury Lawrence Primary School"]),
    _p("s", "sibling", [("Poppy", "Sharpe")], dt.date(2023, 2, 2), addresses=[HOME_A], ids=["543 708 0867"]),
    _p("m", "mother", [("Kayleigh", "Sharpe")], dt.date(1999, 8, 21), addresses=[HOME_A], phones=["07824 611 903"],
       ids=["TK 48 21 67 B"]),
    _p("f", "father", [("Ricky", "Gilbey")], dt.date(1995, 12, 9), phones=["07958 330 214"]),
    _p("g", "grandparent", [("Chelsea", "Sharpe")], dt.date(1976, 4, 30), addresses=[NAN_A], phones=["07411 872 560"]),
    _p("p1", "professional", [("Grace", "Penn")], phones=["020 7364 5006"], emails=["grace.penn@eastwharf.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (unannounced)
Child: [[Alfie GILBEY|name]]   DOB [[14/05/2019|dob]]   Sibling: [[Poppy Sharpe|name]] ([[2.2.23|dob]])
Worker: [[Grace Penn|name]], Social Worker, Family Support and Protection (East), Eastwharf Council
Date of visit: Thursday [[19 November 2026|date]], 16:10 to 17:05
Address: [[Flat 31, Pelling House|address]], [[Lansbury Estate|place]], [[Poplar|place]] [[E14 6QA|postcode]]

Purpose: follow-up after the school's referral of [[12.11.2026|date]] ([[Alfie|name]] came in with a mark under his left eye and said
"[[Ricky|name]] pushed me in the lift").

Seen: [[Kayleigh|name]] (mum), [[Alfie|name]] (7), [[Poppy|name]] (3, asleep at first then up). The lift at
[[Pelling House|address]] was out
again, so I walked up; a neighbour on the landing, an older man who gave his name as [[Del|name]] from [[no. 29|address]], said
"she's a good girl, it's him" and that he heard shouting "Sunday night, late". I did not ask more in front of the flat.

Home: warm, cluttered but clean; black mould over the bedroom window (Poplar HARCA told about it in August, [[Kayleigh|name]] says).
Food in: bread, cereal, a food bank bag from the church on [[Chrisp Street|address]]. Mum's phone had a cracked screen.

[[Alfie|name]] showed me his room and his Lego. Asked about the eye, he said "I bumped it" and then "[[Ricky|name]] was angry with Mum".
He calls his dad [[Ricky|name]], not Dad. [[Kayleigh|name]] said [[Ricky|name]] ([[Ricky Gilbey|name]]) has not lived here "since the
summer",
but a man's work boots were by the door and a vape on the side. She said they belonged to her cousin [[Jordan|name]].

Mum said her mum, [[Chelsea Sharpe|name]], in [[Dagenham|place]] ([[58 Hedgemans Road|address]]), has the kids most Saturdays and
would have them "if it came to it". [[Chelsea|name]]'s mobile [[07411 872 560|phone]]. Mum's mobile [[07824 611 903|phone]].

Analysis: the account from [[Alfie|name]] is not consistent with a bump; the boots and the vape suggest [[Ricky|name]] is around. Mum was
flat, tearful, said twice "I'm not losing them". Plan: strategy discussion tomorrow; speak to the school ([[Lansbury
Lawrence|school]], Miss [[Farah Ali|name]], DSL) and to the health visitor [[Bronwen|name]]; ask [[Ricky|name]]'s probation officer
[[Tunde Okoye|name]] if he has given a new address. Next visit by [[26/11|date]].
[[G. Penn|name]] [[19/11/26|date]] 17:40"""),
    ("food bank e-referral form", """TRUSSELL - FOOD BANK E-REFERRAL (voucher)      Referral agency: Eastwharf Council Children's Social
Care
Referrer name: [[Grace Penn|name]]           Referrer phone: [[020 7364 5006|phone]]
Referrer email: [[grace.penn@eastwharf.gov.uk|email]]
Food bank: [[Poplar|place]] (St Matthias Church, [[Woodstock Terrace|address]])
Date issued: [[20-11-2026|date]]   Voucher code: FB-9W2K-77Q1

CLIENT DETAILS
Lead client name: [[SHARPE, Kayleigh|name]]
Date of birth: [[21/08/1999|dob]]
Address line 1: [[Flat 31|address]]
Address line 2: [[Pelling House|address]]
Town/area: [[Poplar|place]]          Postcode: [[E14 6QA|postcode]]
Contact number: [[07824611903|phone]]
Adults in household: 1   Children: 2 (ages 7 and 3)
Names of children (optional): [[Alfie|name]], [[Poppy|name]]

Reason for referral (tick): [x] Benefit delays  [x] Low income  [ ] Homeless  [x] Domestic abuse  [ ] Sickness
Notes for the food bank: Mum is waiting for her Universal Credit to be split from her ex-partner's. Please don't post anything to
the flat. She will come with her mum, [[Chelsea|name]], on Saturday [[21st|date]] after 10. Nappies size 5 and wipes if you have them.
Dietary needs: [[Alfie|name]] is dairy free.
Safe to leave voicemail? NO - text only.
Consent given by client to share data with the food bank: YES ([[20.11.26|date]], verbal, by phone)
Previous vouchers (last 6 months): [[03/06/2026|date]] ([[Poplar|place]]); [[17/08/2026|date]] (Bow Baptist,
by Sister [[Jude Mahoney|name]])
Emergency contact: [[Chelsea Sharpe|name]] (grandmother), [[58 Hedgemans Road|address]], [[Dagenham|place]] [[RM9 6HT|postcode]],
[[07411 872 560|phone]]
NI number (for the welfare advice referral, optional): [[TK 48 21 67 B|ni]]
Also referred to: Citizens Advice at Chrisp Street Idea Store - adviser [[Marek|name]], appointment [[27 Nov|date]] at 2pm."""),
]

DOCS_A += [
    ("mother's handwritten letter to the conference chair, typed up", """[Handwritten on lined paper, given to the chair before the
conference; typed up as written, spelling kept]

To the lady who is chairing the meeting for my kids [[Alfie|name]] and [[Poppy|name]]

My name is [[Kayleigh Sharpe|name]] and I live at [[31 Pelling
House|address]] on the [[Lansbury|place]]. I am writting this cos I get to nervous in meetings and I say it wrong.

I know I let [[Ricky|name]] come back in [[October|date]] and I shouldnt of. He said he changed. He never. The night of the
[[8th|date]] (sunday) he was drunk and he pushed me into the door and [[Alfie|name]] got in the way. I said to school he bumped
it because I was scared you would take them. Thats the truth now.

[[Ricky|name]] dont have a key no more. My mum [[Chelsea|name]] come and changed the lock with my uncle [[Terry|name]] on the [[15th|date]].
Ive been to the women's group at the Bromley by Bow Centre with [[Shaz|name]] from Solace and I am doing the Freedom Programme
every wenesday.

[[Alfie|name]] is doing good at school, Miss [[Ali|name]] says his reading is better. [[Poppy|name]] starts nursery at
[[Lansbury Lawrence|school]] in [[January|date]]. Please can they stay with me. If they cant please let them go to my mum in
[[Dagenham|place]] and not strangers. My mums number is [[07411 872560|phone]].

I will do whatever you say. I love my kids more then anything.
[[Kayleigh|name]] x   [[23/11/2026|date]]"""),
]

DOCS_A += [
    ("initial child protection conference minutes and plan", """EASTWHARF SAFEGUARDING CHILDREN PARTNERSHIP - INITIAL CHILD PROTECTION
CONFERENCE - MINUTES
Children: [[GILBEY, Alfie|name]] (dob [[14.05.2019|dob]], NHS [[428 112 4926|nhs]], UPN [[W211269620191|upn]]) and
[[SHARPE, Poppy|name]] (dob [[02.02.2023|dob]], NHS [[543 708 0867|nhs]])
Date: [[24 November 2026|date]], 10:00, the Town Hall (room 2.14) and Teams
Chair: [[Nuala Brennan|name]] (Child Protection Chair)     Minutes: [[Dev Parmar|name]]

Present: [[Kayleigh Sharpe|name]] (mother) with her mother, Mrs [[Chelsea Sharpe|name]]; [[Grace Penn|name]] (SW); Miss [[Farah Ali|name]]
(DSL, [[Lansbury Lawrence Primary|school]]); [[Bronwen Price|name]] (health visitor); DC [[Sam Whitlock|name]] (Central East
BCU, Public Protection); [[Marisa Conti|name]] (IDVA, Solace); [[Jo Kettle|name]] (Poplar HARCA, neighbourhood officer).
Apologies: Dr [[Imran Qureshi|name]] (GP, Aberfeldy Practice); [[Tunde Okoye|name]] (Probation).
Not invited: Mr [[Ricky Gilbey|name]] (father) - chair's decision given the allegation; he is to get a letter and a summary.

1. Reasons for conference: [[Alfie|name]] came to school on [[12 Nov|date]] with a bruise under his left eye and said Mr [[Gilbey|name]]
pushed him. Police records show three call-outs to [[Pelling House|address]] since March 2025 ([[02/03/2025|date]],
[[17/06/2025|date]], [[09/11/2026|date]]). Mr [[Gilbey|name]] has a conviction for assault on a previous partner in [[Basildon|place]].
2. [[Kayleigh|name]] read her letter. The chair thanked her for being honest.
3. School: attendance 91%; [[Alfie|name]] often tired on Mondays; has told his teacher, Mr [[Hope|name]], that he "keeps watch".
4. Health: [[Poppy|name]]'s development on track; immunisations up to date; [[Bronwen|name]] noted Mum's low mood (EPDS 14).
5. Police: DC [[Whitlock|name]] said Mr [[Gilbey|name]] was arrested [[25/11|date]]... (corrected by DC [[Whitlock|name]]: arrested on
[[20 November|date]], released on bail with conditions not to enter the [[Lansbury|place]] or contact Ms [[Sharpe|name]]); his bail
address is his brother's at [[14 Rainhill Way|address]], [[Bow|place]] [[E3 3EY|postcode]]. Vehicle seen on the estate:
[[LD19 KXR|vehicle]].
6. Housing: a management transfer to be looked at; mould works booked for [[3 December|date]].

Decision: both children subject to a child protection plan, category: emotional abuse (domestic abuse). Key worker: [[Grace Penn|name]].
Core group: first meeting [[08/12/2026|date]] at the school. Review conference: [[23 February 2027|date]].
Plan (summary): no contact between Mr [[Gilbey|name]] and the children except as agreed by the local authority; [[Kayleigh|name]] to
finish the Freedom Programme; a safety plan with Nan ([[Chelsea|name]]) as the back-up carer; school to give [[Alfie|name]] a
trusted adult (Mr [[Hope|name]]); HV to review Mum's mood at the next visit; police to flag [[Flat 31|address]] for an urgent response.

Distribution: [[Kayleigh Sharpe|name]] (by hand); [[Ricky Gilbey|name]] (summary by post to [[14 Rainhill Way|address]]);
[[grace.penn@eastwharf.gov.uk|email]]; [[f.ali@lansburylawrence.towerhamlets.sch.uk|email]]; [[bronwen.price@nhs.net|email]];
DC [[Whitlock|name]] ([[samuel.whitlock@met.police.uk|email]]); [[Marisa Conti|name]] (Solace); Dr [[Qureshi|name]] (GP)
Minutes agreed by the chair, [[N. Brennan|name]], on [[27.11.2026|date]]."""),
]


# --- B. Abubakar / Mwalimu family (Bravanese, Chimwiini speakers), Cubitt Town, the Isle of Dogs -------------------------

HOME_B = d.Address("Flat 6, 24 Manchester Road", "Cubitt Town", "London", "E14 3BD")
GRAN_B = d.Address("Mwembe Tayari, near the Bohra mosque", "Old Town", "Mombasa", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Khadija", "Abubakar")], dt.date(2022, 6, 3), addresses=[HOME_B], ids=["446 807 9894"]),
    _p("s", "sibling", [("Mwanaisha", "Abubakar")], dt.date(2014, 9, 27), addresses=[HOME_B],
       ids=["618 636 2566", "U211268001446"], schools=["George Green's School"]),
    _p("s2", "sibling", [("Saidi", "Abubakar")], dt.date(2017, 1, 11), addresses=[HOME_B], ids=["543 104 9909"],
       schools=["Cubitt Town Junior School"]),
    _p("m", "mother", [("Fatma", "Mwalimu")], dt.date(1990, 3, 5), addresses=[HOME_B], phones=["07533 296 148"],
       ids=["NH 35 90 12 A"]),
    _p("f", "father", [("Abubakar", "Shariff Nur")], dt.date(1983, 10, 20), addresses=[HOME_B], phones=["07869 104 377"]),
    _p("g", "grandparent", [("Mana", "Bakari")], dt.date(1958, 1, 1), addresses=[GRAN_B], phones=["+254 41 231 4470"]),
    _p("p1", "professional", [("Rhian", "Ashby")], phones=["020 7987 3312"], emails=["rhian.ashby@nhs.net"]),
], "c")

DOCS_B = [
    ("health visitor's electronic record journal entries", """EMIS WEB - CARE RECORD - JOURNAL (printed [[30-Nov-2026|date]] 09:12 by
[[ASHBY, Rhian|name]] (Health Visitor))
Patient: [[ABUBAKAR, Khadija|name]] (Miss)   DOB: [[03-Jun-2022|dob]]   NHS No: [[446 807 9894|nhs]]
Usual address: [[Flat 6, 24 Manchester Road|address]], [[Cubitt Town|place]], [[London|place]] [[E14 3BD|postcode]]
Main carer: [[MWALIMU, Fatma|name]] (mother) [[07533 296 148|phone]]   Language: Chimwiini (Bravanese); some Swahili; little English
Interpreter: Swahili via Language Line (no Chimwiini interpreter found)

[[10-Nov-2026|date]] Home visit - 27-30 month review (late). Seen with mother and sister [[Mwanaisha|name]] (12), who helped translate at
first until I stopped this and called Language Line (interpreter ID 40317). [[Khadija|name]] walking, running, 20+ words in Chimwiini
and Swahili, a few in English ("no", "bye bye", "[[Saidi|name]]"). Weight 12.9 kg (50th). Teeth: two with decay, referred to
the dental access centre. Mum says they are going "home" to [[Mombasa|place]] in [[December|date]] for a wedding and to see
Mum's mother, [[Mana Bakari|name]]. Asked (with interpreter) about FGM: Mum said "not in our family any more" but that "the old
women" in [[Mombasa|place]] "still think it is clean". She went quiet when asked who [[Khadija|name]] would stay with.
Action: discussed with safeguarding lead.
[[10-Nov-2026|date]] Telephone - discussed with [[Sunita Rao|name]] (Named Nurse, Safeguarding Children). Advised FGM risk
assessment and referral to children's social care; FGM Safeguarding Risk Indication on the record.
[[11-Nov-2026|date]] Referral to MASH made (eform), copy to GP (Island Health, Dr [[Owusu|name]]).
[[17-Nov-2026|date]] Telephone from [[Femi Adeyemi|name]], MASH social worker. Tickets booked [[14/12/2026|date]], return
[[11/01/2027|date]]; father [[Abubakar Shariff Nur|name]] to travel with the girls; Mum and [[Saidi|name]] staying. Strategy
meeting set for [[19-Nov-2026|date]].
[[24-Nov-2026|date]] Joint visit with [[Femi|name]] and the interpreter [[Hawa Mohamed|name]] (Chimwiini, from the Bravanese
community association in [[Leyton|place]]). Mum said her sister [[Zuhura|name]] in [[Nairobi|place]] told her about the FGM
Protection Order. Father present, calm, said he "will not allow it" and that his mother-in-law's house in [[Mwembe Tayari|place]]
is "full of women". He gave the address as "[[Mwembe Tayari, near the Bohra mosque|address]], [[Old Town|place]]".
[[R. Ashby|name]] [[24/11|date]] (signed)
[[01-Dec-2026|date]] Telephone from [[Fatma|name]] (with [[Mwanaisha|name]] on speaker, who said she was "only helping"): travel
cancelled for the girls; father to go alone on [[14/12|date]] to his mother's funeral prayers in [[Malindi|place]]. Mum asked for
[[Khadija|name]]'s nursery place at Cubitt Town Nursery ([[Saidi|name]]'s old nursery) from the
spring term. Next contact: 2-year review with Ms [[Ashby|name]] on [[12/01/2027|date]] at the Barkantine clinic.
Family tree (from Mum): maternal grandmother [[Mana Bakari|name]] ([[Mombasa|place]]); maternal aunts [[Zuhura|name]] ([[Nairobi|place]])
and
[[Mwana Kupona|name]] ([[Leicester|place]]); paternal uncle Mzee [[Sharif Nur|name]] ([[Brava|place]])."""),
]

DOCS_B += [
    ("WhatsApp voice notes transcribed and translated from Chimwiini", """[Voice notes and messages from the mother's phone, shown by her
on [[26 November 2026|date]] and given with consent.
Transcribed and translated from Chimwiini by [[Hawa Mohamed|name]] (community interpreter). Typed messages are as written.]

Chat: "Mama [[Mombasa|place]] 🌴" ([[+254 41 231 4470|phone]])
[[22/11/2026|date]], 19:02 - Mama [[Mombasa|place]]: [voice note 1:14] "[[Fatma|name]], my daughter, peace be upon you. The house is ready.
Bi [[Shee|name]] says she will come on the Saturday after you arrive. Bring the small one. We will do everything properly,
like for your sisters. Don't listen to the English people."
[[22/11/2026|date]], 19:20 - [[Fatma|name]]: [voice note 0:48] "Mama, no. I told you. [[Khadija|name]] is not being cut. Nobody touches her.
The nurse [[Rhian|name]] already asked me. They can take her from us here."
[[22/11/2026|date]], 19:21 - [[Fatma|name]]: mama pls
[[22/11/2026|date]], 19:40 - Mama [[Mombasa|place]]: [voice note 2:05] "Who is this [[Rhian|name]]? Your father's family in
[[Baraawe|place]]
will be ashamed. Your uncle Mzee [[Sharif|name]] called from [[Brava|place]] yesterday. Ask [[Abubakar|name]], he is the man."
[[23/11/2026|date]], 07:15 - [[Fatma|name]]: [voice note 0:31] "[[Abubakar|name]] says no also. Mama, I will send [[Mwanaisha|name]] to you
alone, not the baby. [[Saidi|name]] stays with me."

Chat: "[[Zuhura|name]] 💕" ([[+254 722 418 906|phone]])
[[23/11/2026|date]], 08:02 - [[Zuhura|name]]: sister dont worry
[[23/11/2026|date]], 08:02 - [[Zuhura|name]]: i tell mama myself. here in [[nairobi|place]] the police they take this serious now
[[23/11/2026|date]], 08:05 - [[Zuhura|name]]: ask the school for the paper for protection. [[halima|name]] from [[eastleigh|place]] did it
in uk for her girl
[[23/11/2026|date]], 08:30 - [[Fatma|name]]: ok. [[mwanaisha|name]] is scared
[[23/11/2026|date]], 08:31 - [[Zuhura|name]]: tell [[mwanaisha|name]] auntie loves her ❤️
[[23/11/2026|date]], 08:31 - [[Fatma|name]]: [voice note 0:22] "Her teacher Mr [[Lewis|name]] at the school said the same. Thank you
sister."

Chat: "Mzee [[Sharif|name]] [[Baraawe|place]]" ([[+252 61 5284 771|phone]])
[[21/11/2026|date]], 21:47 - Mzee [[Sharif|name]] [[Baraawe|place]]: [voice note 1:02] (in Chimwiini, partly unclear) "... your mother is
old, respect
her ... the girls of [[Baraawe|place]] ... " (the rest is about money for a roof in [[Baraawe|place]])
[No reply shown.]"""),
]

DOCS_B += [
    ("strategy meeting minutes under section 47", """STRATEGY MEETING (s.47) - MINUTES          Date: [[19.11.2026|date]]   Time:
14:00-15:10   Via Teams
Subject: [[Khadija ABUBAKAR|name]] ([[03/06/2022|dob]]); siblings [[Mwanaisha ABUBAKAR|name]] ([[27/09/2014|dob]]) and
[[Saidi ABUBAKAR|name]] ([[11/01/2017|dob]])
Address: [[Flat 6|address]], [[24 Manchester Road|address]], [[E14 3BD|postcode]] ([[Isle of Dogs|place]])
Chair: [[Lorraine Achebe-Stott|name]], Team Manager, MASH

Attendees: [[Femi Adeyemi|name]] (SW, MASH); DS [[Kirsty Pell|name]] (Met Police, Child Abuse Investigation Team); [[Rhian Ashby|name]]
(HV); [[Sunita Rao|name]] (Named Nurse); [[Owen Lewis|name]] (Head of Year 8, [[George Green's|school]]); [[Paula Ng|name]] (SENCo,
[[Cubitt Town Juniors|school]]); [[Aminata Jalloh|name]] (FGM specialist, NSPCC FGM helpline - advice only).

Information shared:
- Health: HV visit [[10/11|date]]; mother said grandmother and "old women" in [[Mombasa|place]] see cutting as clean. Mother and
  father both older siblings of cut women. Mother ([[Fatma Mwalimu|name]]) was cut as a child in [[Brava|place]] (type not
  known; recorded at booking for [[Khadija|name]] at the Royal London in 2022... the minute-taker corrected: booking year only,
  not a date - [[Fatma|name]] was seen at the Royal London on [[07/01/2022|date]]).
- School: [[Mwanaisha|name]] told Mr [[Lewis|name]] on [[18 November|date]] she is "going to Kenya for a party for a girl"
  and asked "do they do it to big girls too". Attendance 97%. Wants to be a dentist.
- Police: no trace for either parent. Passports: the children hold Kenyan passports... DS [[Pell|name]] to check.
- Family: father [[Abubakar Shariff Nur|name]] ([[20.10.1983|dob]]), mobile [[07869 104 377|phone]], works nights at a warehouse in
  [[Barking|place]]. Grandmother [[Mana Bakari|name]] in [[Mombasa|place]]. Uncle [[Sharif|name]] in [[Brava|place]], Somalia.

Decision: threshold for s.47 met (risk of FGM to [[Khadija|name]] and [[Mwanaisha|name]]). Joint visit with an interpreter.
Apply for FGM Protection Orders for both girls if the parents will not agree to the girls staying in the UK, or with a
passport condition. Legal planning meeting [[20 Nov|date]]. Next strategy review [[1 December 2026|date]].

Actions:
1. Joint visit, [[Femi|name]] and DS [[Pell|name]], with interpreter [[Hawa Mohamed|name]] - by [[24/11/2026|date]].
2. Legal planning meeting: [[Lorraine|name]] to book with [[Gwen Apostolou|name]] (Legal Services) - [[20/11|date]].
3. HV ([[Rhian|name]]) to tell the GP, Dr [[Kwesi Owusu|name]], and flag [[Saidi|name]]'s and the girls' records - [[19/11|date]].
4. School ([[Owen Lewis|name]]) to keep a daily check-in with [[Mwanaisha|name]]; [[Paula Ng|name]] the same for [[Saidi|name]].
5. Police: check the passports and any travel booked through the agent on [[East India Dock Road|address]] - DS [[Pell|name]].
Minutes: [[Lorraine Achebe-Stott|name]], typed [[19/11/2026|date]] 16:40."""),
]

DOCS_B += [
    ("madrasa teacher's email to the social worker", """From: Ustadh [[Yahya Bwana|name]] <[[ybwana.madrasa@gmail.com|email]]>
To: [[femi.adeyemi@eastwharf.gov.uk|email]]
Cc: [[info@baraawe-community.org.uk|email]]
Sent: Saturday, [[28 November 2026|date]] 18:44
Subject: Re: [[Abubakar|name]] children - weekend classes

Salaam Mr [[Adeyemi|name]],

Thank you for calling me on Thursday. As I said, [[Mwanaisha|name]] and [[Saidi|name]] come to our weekend Quran and Chimwiini class
at the community hall on [[Glengall Grove|address]] (we rent the back room on Saturdays and Sundays, 10 till 1). [[Mwanaisha|name]] is
one of our best readers. She is a quiet girl. Last Saturday ([[21st|date]]) she asked my wife, Ustadha [[Rukia|name]], if she can
"stay in [[London|place]] with you for Christmas". My wife told her to speak to her teacher at school as well, which I understand she did.

I want to say clearly that our community here does not support the cutting of girls. Our elders in [[Mombasa|place]] and in the
camps in [[Kakuma|place]] are changing too, slowly. Sister [[Fatma|name]] came to our women's evening on [[26/11|date]] with
[[Hawa|name]] and spoke very bravely.

If you want to talk to the fathers' group, brother [[Omar Mwinyi|name]] leads it ([[07723 558 091|phone]]). He lives in [[Millwall|place]],
near the Mudchute farm, and knows [[Abubakar|name]] from the warehouse.

Jazakallah khair,
[[Yahya Bwana|name]]
Teacher, Bravanese Community Madrasa (registered charity 1187742)

-----Original Message-----
From: [[Femi Adeyemi|name]]
Sent: [[26/11/2026|date]] 16:05
I am the children's social worker. Could you call me on [[020 7364 5006|phone]] (duty line)
about [[Mwanaisha|name]] and [[Saidi|name]]?"""),
]


# --- C. Uddin / Begum family (British Bangladeshi, Sylheti speakers), Shadwell ------------------------------------------------

HOME_C = d.Address("Flat 12, 206 Cable Street", "Shadwell", "London", "E1 0BL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tahmina", "Uddin")], dt.date(2011, 7, 16), addresses=[HOME_C], ids=["457 821 1215", "Q211264451359"],
       schools=["Bishop Challoner Catholic Federation of Schools"]),
    _p("s", "sibling", [("Rayhan", "Uddin")], dt.date(2015, 3, 8), addresses=[HOME_C], ids=["420 483 5945"]),
    _p("m", "mother", [("Shilpi", "Begum")], dt.date(1985, 11, 2), addresses=[HOME_C], phones=["07480 917 236"]),
    _p("f", "father", [("Jamal", "Uddin")], dt.date(1979, 6, 25), addresses=[HOME_C], phones=["07305 642 819"],
       ids=["SW 62 04 83 C"]),
    _p("p1", "professional", [("Liam", "Corrigan")], phones=["020 7515 4487"], emails=["liam.corrigan@eastwharf.gov.uk"]),
], "c")

DOCS_C = [
    ("school's referral form to the front door (MASH)", """EASTWHARF MASH - MULTI-AGENCY REFERRAL FORM (MARF)        Received:
[[16/10/2026|date]] 11:47
SECTION 1 - CHILD
Surname: [[UDDIN|name]]        Forename(s): [[Tahmina|name]]        Known as: [[Tammy|name]]
DOB: [[16/07/2011|dob]]   Gender: F   Ethnicity: Bangladeshi   Language: English / Sylheti   UPN: [[Q211264451359|upn]]
Address: [[Flat 12|address]], [[206 Cable Street|address]], [[Shadwell|place]], [[E1 0BL|postcode]]
School: [[Bishop Challoner Girls'|school]] (Year 10)
Parents: [[Shilpi Begum|name]] (mum, [[07480 917 236|phone]], Sylheti, needs interpreter); [[Jamal Uddin|name]] (dad,
[[07305 642 819|phone]])
Siblings: [[Rayhan Uddin|name]] ([[08/03/2015|dob]]), at [[Bigland Green Primary|school]]

SECTION 2 - REFERRER
Name: [[Niamh O'Keeffe|name]]    Role: Deputy DSL    Phone: [[020 7791 0446|phone]]
Email: [[n.okeeffe@bishopchalloner.org.uk|email]]

SECTION 3 - CONCERNS
[[Tahmina|name]] was reported missing by her father on [[13/10/2026|date]] and found by police the next morning at a flat in
[[Romford|place]] with two men aged about 19 and 24. She told her form tutor, Ms [[Wells|name]], that her "boyfriend" is called
"[[Kash|name]]", that he drives a black Mercedes ([[YT68 OPF|vehicle]]) and picks her up from the bus stop on [[The Highway|address]].
She has new trainers and two phones. Her friend [[Lily-Mae Brooks|name]] (Year 10) told staff [[Tammy|name]] was made to "carry
a bag" to [[Southend|place]]. Attendance has dropped from 96% to 71% this term; she is missing Mondays.
Mum told the school's family support worker, Mrs [[Rahima Khatun|name]], that she is frightened of [[Jamal|name]]'s temper and
that he wants to send [[Tahmina|name]] to her grandparents in [[Sylhet|place]] "to straighten her out".

Other agencies known: CAMHS (seen March 2026? - not known); youth worker [[Abdul Basit|name]] at the Shadwell Basin
Outdoor Activity Centre says [[Tahmina|name]] stopped coming in July; Mrs [[Rahima Khatun|name]] ([[07723 558 091|phone]]) has
known the family since [[Rayhan|name]] was in nursery at [[Marion Richardson|school]].

SECTION 4 - CONSENT: parents not told (risk of a forced trip abroad; consulted the DSL, Mr [[Patrick Nolan|name]])."""),
]

DOCS_C += [
    ("Instagram direct messages typed up from screenshots", """[Screenshots of Instagram direct messages, handed in by
[[Lily-Mae Brooks|name]]'s mother on [[20 October 2026|date]] and typed
up by [[Liam Corrigan|name]] (SW). Usernames kept as shown; emojis described.]

Conversation: lilsmae.x  <->  tammyy.u_
Fri [[9 Oct|date]] 22:14 lilsmae.x: where r u
22:14 tammyy.u_: w [[kash|name]]. in the car
22:15 lilsmae.x: [[tammy|name]] ur mum rang mine
22:15 lilsmae.x: she was crying
22:17 tammyy.u_: tell her im at urs pls pls
22:31 lilsmae.x: k but this is the last time. where is he taking u
22:40 tammyy.u_: essex somewhere. [[romford|place]] i think. then he said [[southend|place]] tmrw
22:41 lilsmae.x: [[tammy|name]] thats not ok. my cousin [[kayden|name]] said [[kash|name]] is not 19 hes like 24
Sat [[10 Oct|date]] 01:03 tammyy.u_: hes nice to me. he got me the 9s
01:04 tammyy.u_: dont tell ms [[wells|name]]
Mon [[12 Oct|date]] 08:12 lilsmae.x: ur not in reg again
08:40 tammyy.u_: im at [[shadwell|place]] station w [[rayhan|name]] walking him to [[bigland|school]] then im coming

Conversation: tammyy.u_  <->  sadia_syl (cousin in Bangladesh; Bengali script, translated by [[Liam Corrigan|name]] with the
Council's interpreter Mr [[Abdul Mannan|name]])
[[11 Oct|date]] 19:20 sadia_syl: আপা তুমি ভালো আছো? আব্বা বলছে তুমি [[সিলেট|place]] আসবা ডিসেম্বরে
  (Apa, are you OK? Dad says you are coming to [[Sylhet|place]] in December)
19:22 tammyy.u_: no im not coming. who said
19:25 sadia_syl: [[জামাল|name]] চাচা ফোন দিছিলেন। [[তাহমিনা|name]] এর জন্য একটা ছেলে দেখছেন
  ([[Jamal|name]] uncle phoned. He is looking at a boy for [[Tahmina|name]])
19:26 tammyy.u_: wtf. im 15
19:30 sadia_syl: sorry apu 😢 don't tell him i said. my number if u need [[+880 1711 482 935|phone]]"""),
]

DOCS_C += [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Tahmina UDDIN|name]] (dob [[16.07.2011|dob]])
Compiled by: [[Liam Corrigan|name]], SW
Last updated: [[02/12/2026|date]]

Date         | Event                                                                   | Source      | Impact on child
[[03/09/2025|date]]   | Starts Year 9 at [[Bishop Challoner|school]]; attendance 96%.                   | School      | Settled
[[14/02/2026|date]]   | Police called to [[206 Cable Street|address]]: argument, father shouting, mother | Police (CAD) | Frightened;
             | with a cut lip; father ([[Jamal Uddin|name]]) says she fell; no further action.   |             | told no one
May 2026       | Cousin [[Sadia|name]] visits from [[Sylhet|place]]; [[Tahmina|name]] says later     | [[Tahmina|name]] | -
             | this was when "the marriage talk" started.                              |             |
[[27.06.2026|date]]   | First missing episode (overnight); returned by a man in a black car to the      | Police      | Not known
             | corner of [[Watney Street|address]]; return home interview declined.            |             |
[[13/10/2026|date]]   | Reported missing by father; found [[14/10|date]] at [[18 Como Street|address]], [[Romford|place]]      | Police,
  | High: CSE /
             | [[RM7 7DR|postcode]], with [[Kashif Rana|name]] ("[[Kash|name]]", [[02/04/2002|dob]]) and another man.   | MARF        |
CCE risk
[[16/10/2026|date]]   | School referral (MARF) - see above.                                     | School      |
[[19/10/2026|date]]   | Strategy meeting; s.47 started; NRM referral considered.                | MASH        |
[[20-10-2026|date]]   | Screenshots handed in by [[Lily-Mae|name]]'s mum, Mrs [[Donna Brooks|name]] ([[07912 475 330|phone]]).  | Friend
   |
[[21 Oct 2026|date]]  | [[Tahmina|name]] seen alone at school with the consent of the DSL;                    | SW          | Says she
             | discloses the plan to take her to [[Sylhet|place]] in December; "I'll run".      |             | feels trapped
[[22/10/2026|date]]   | Forced Marriage Unit advice; FMPO application filed at the East London Family Court.| Legal     |
[[4 November 2026|date]] | FMPO made (passports held by the court); [[Jamal|name]] told at the court. | Court      |
[[18/11/2026|date]]   | [[Rayhan|name]] ([[08.03.2015|dob]]) tells his teacher at [[Bigland Green|school]] "Dad broke the TV". | School | -
[[01/12/2026|date]]   | Mother ([[Shilpi Begum|name]]) and both children moved by Solace to a refuge (address withheld).     | SW       |
[[02/12/2026|date]]   | [[Jamal Uddin|name]] calls the duty line from [[07305 642 819|phone]] asking where his wife is; told nothing. |
Duty    | -
[[02/12/2026|date]]   | [[Kashif Rana|name]] charged (CSE offences); bail address [[41 Hulse Avenue|address]], [[Barking|place]]
[[IG11 9UP|postcode]]. | Police | Safer

Key people: [[Tahmina|name]] ("[[Tammy|name]]"); [[Rayhan|name]]; mother [[Shilpi|name]]; father [[Jamal|name]]; aunt [[Rumana Begum|name]]
([[Whitechapel|place]]); cousin [[Sadia Akter|name]] ([[Sylhet|place]]); grandparents [[Abdul Hannan|name]] and [[Rokeya Bibi|name]]
(village of
[[Golapganj|place]], near [[Sylhet|place]]); friend [[Lily-Mae Brooks|name]]; DSL [[Patrick Nolan|name]];
DC [[Leanne Marsh|name]] (CSE team)."""),
]

DOCS_C += [
    ("social worker's notes typed fast on a phone after a refuge visit", """notes app - [[1/12|date]] 19:52 (to go on the system tmrw)

refuge visit w [[shilpi|name]], [[tahmina|name]], [[rayhan|name]]. interp mrs [[khatun|name]] by phone (sylheti)
- refuge in [[ilford|place]]?? NO - dont write area. just "refuge". [[Anjali|name]] refuge worker ([[07591 280 664|phone]]) ok w visits
tues/thurs
- [[tammy|name]] v quiet then talked loads. says [[kash|name]] msgd her on snap from a new acc last night "u owe me". screenshot to DS
[[pell|name]]?? no - its
  DC [[marsh|name]] on this one. call am
- she wants to stay at [[bishop c|school]] - travel from refuge 55 min, 2 buses. school ok to get a taxi - ask [[niamh|name]]
- [[rayhan|name]] asking for his PS5 + his cat (cat at neighbour auntie [[moyna|name]], [[flat 9|address]] [[Cable St|address]])
- [[shilpi|name]]: dad [[jamal|name]] rang her sister in [[whitechapel|place]] ([[Rumana|name]]) 4 times today. she didnt answer. FMPO -
tell police
- [[shilpi|name]]'s mum in [[sylhet|place]] on whatsapp says "come home". [[shilpi|name]]: "home is here now"
- [[shilpi|name]] ID: her NI [[SH 21 09 77 D|ni]] (for UC claim from the refuge), bank card left at flat
- next: CIN/CP? - discuss w [[Hannah|name]] (TM) tmrw 9am. child & family assessment due [[11.12|date]]
LC"""),
]


# --- D. Motala family (Memon, from Kenya and Gujarat), Bromley-by-Bow ----------------------------------------------------------

HOME_D = d.Address("64 Devas Street", "Bromley-by-Bow", "London", "E3 3LW")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ismail", "Motala")], dt.date(2013, 4, 19), addresses=[HOME_D], ids=["603 540 8265", "R211267873424"],
       schools=["Stepney All Saints School"]),
    _p("s", "sibling", [("Aisha", "Motala")], dt.date(2018, 12, 1), addresses=[HOME_D], ids=["687 871 2793", "C211260616450"],
       schools=["Old Palace Primary School"]),
    _p("m", "mother", [("Ruksana", "Motala")], dt.date(1987, 2, 14), addresses=[HOME_D], phones=["07447 653 120"]),
    _p("f", "father", [("Yusuf", "Motala")], dt.date(1981, 9, 3), addresses=[HOME_D], phones=["07788 213 904"]),
    _p("g", "grandparent", [("Hawabai", "Motala")], dt.date(1950, 5, 5), addresses=[HOME_D]),
    _p("p1", "professional", [("Ciaran", "Doherty")], phones=["020 8980 4413"], emails=["ciaran.doherty@eastwharf.gov.uk"]),
], "c")

DOCS_D = [
    ("housing options officer's email about overcrowding and medical priority", """From: [[Ciaran Doherty|name]]
<[[ciaran.doherty@eastwharf.gov.uk|email]]>
Sent: Tuesday [[3 November 2026|date]] 12:06
To: [[Beth Sandoval|name]] <[[beth.sandoval@eastwharf.gov.uk|email]]>
Subject: [[MOTALA|name]] - [[64 Devas St|address]] - housing register band and OT visit

Hi [[Beth|name]],

Following our call. The [[Motala|name]] household at [[64 Devas Street|address]], [[Bromley-by-Bow|place]] [[E3 3LW|postcode]] is on the
register in Band 2 (overcrowded by 2 bedrooms). Household: Mr [[Yusuf Motala|name]] ([[03/09/1981|dob]]), Mrs [[Ruksana Motala|name]]
([[14/02/1987|dob]]), [[Ismail|name]] (13), [[Aisha|name]] (7), and Mr [[Motala|name]]'s mother, Mrs [[Hawabai Motala|name]] (76, came from
[[Nairobi|place]] in 2024 on a visit and stayed after her stroke). Plus an uncle, [[Farouk|name]], sleeping in the front room
"for now" (he is registered at his own flat in [[Leytonstone|place]], [[22 Cathall Road|address]]).

Our OT, [[Jas Gill|name]], visited on [[30/10|date]]: [[Ismail|name]] (autistic, ADHD) shares a room with his sister and Nan; he has
no space to calm down and has put his fist through the door twice. [[Aisha|name]] sleeps in with her parents most nights.
The OT recommends a 4-bed ground floor or lift-served property, and a medical priority on the grounds of [[Ismail|name]]'s needs and
Mrs [[Motala|name]] senior's mobility.

I can take it to the medical panel on [[12 Nov|date]] if I have your assessment and the CAMHS letter by the [[10th|date]]. Dr
[[Nkemelu|name]]'s letter the family gave me is a poor scan - could you get a clean copy?

Mrs [[Motala|name]] asked that we call her, not her husband, on [[07447 653 120|phone]]; the family's first language is Memoni/Gujarati.

Thanks
[[Ciaran|name]]
Housing Options Officer, Eastwharf Council
[[020 8980 4413|phone]]

-----Original message-----
From: [[Ruksana Motala|name]] <[[ruksana.motala87@outlook.com|email]]>
Sent: [[02 November 2026|date]] 22:51
To: [[ciaran.doherty@eastwharf.gov.uk|email]]
Subject: my son [[Ismail|name]]

Dear [[Ciaran|name]], sorry for writing late. [[Ismail|name]] broke the bathroom door again tonight, [[Aisha|name]] is sleeping with me
and my mother in law is on the sofa because [[Farouk|name]] bhai is in her bed. My sister [[Shireen|name]] says we can stay at hers in
[[Ilford|place]] ([[11 Kensington Gardens|address]], [[IG1 3EW|postcode]]) for one week but it is far from [[Ismail|name]]'s school.
Please help us.
[[Ruksana|name]] ([[07447 653 120|phone]])"""),
]

DOCS_D += [
    ("child and family assessment, analysis section", """CHILD AND FAMILY ASSESSMENT (single assessment) - EXTRACT: CHILD'S VOICE, FAMILY
HISTORY AND ANALYSIS
Child: [[Ismail Motala|name]]   DOB: [[19 April 2013|dob]]   NHS no: [[603 540 8265|nhs]]   UPN: [[R211267873424|upn]]
School: [[Stepney All Saints|school]] (Year 9; EHCP)    Sibling: [[Aisha Motala|name]] ([[01.12.2018|dob]]), [[Old Palace|school]] (Year 3)
Assessment started: [[23/10/2026|date]]   Completed: [[20/11/2026|date]]   Social worker: [[Beth Sandoval|name]]

The child's voice: [[Ismail|name]] met me three times: at home, at school with his key adult Ms [[Sweeney|name]], and once at the
Mudchute farm, where he likes the pigs. He said: "Home is too loud. Dadima shouts in the night. I go in the bathroom."
He drew the flat with eight people in it and himself on the roof. [[Aisha|name]] said [[Ismail|name]] "breaks things but he's
kind to me" and that she wants "a room with a door that locks".

Family history: Mr [[Motala|name]] was born in [[Mombasa|place]] to a Memon family from [[Jetpur|place]] (Gujarat) and came to the UK in
2003; he ran a phone shop on [[Roman Road|address]] until March 2025, when it closed, and now drives for a delivery firm.
Mrs [[Ruksana Motala|name]] (née [[Kapadia|name]]) grew up in [[Leicester|place]]; her parents still live on [[Evington Road|address]].
Her family wrote her name for me in Gujarati: [[રૂકસાના|name]]; her husband's, [[યુસુફ|name]]. Mr [[Motala|name]]'s brother
[[Farouk Motala|name]] stays most nights. The paternal grandmother, Mrs [[Hawabai Motala|name]] ("Dadima"), had a stroke in
[[Nairobi|place]] and needs help with washing. Her other son [[Anwar|name]] lives in [[Westlands|place]], [[Nairobi|place]]
([[+254 733 905 216|phone]]) and has offered to take her back.

Analysis: [[Ismail|name]]'s violence at home (two holes in doors; a bite to [[Aisha|name]]'s arm on [[5 October|date]]) is best
understood as distress in an overcrowded home without space for an autistic teenager to regulate, not as a risk from the parents.
Both parents are warm and attuned; Mrs [[Motala|name]] is exhausted and carrying the care of her mother-in-law alone. There is
no evidence of significant harm. Outcome: child in need plan; support the medical priority; short breaks for [[Ismail|name]]
(Saturday club at [[Langdon Park|school]]); carers' assessment for Mrs [[Motala|name]]; family group conference to be offered.

Signed: [[B. Sandoval|name]]   Team Manager sign-off: [[Hannah Okafor|name]] ([[24/11/2026|date]])"""),
]

DOCS_D += [
    ("CAMHS clinic letter, scanned and run through OCR", """[Scanned copy handed in by the family; OCR text, errors kept. The crease
across the page broke some lines.]

East London NHS Foundation Trust - Tower Hamiets CAMHS (Neurodevelopmental Team)
Clinic: Bow Community Hub, 1 st floor

Dr [[C. Nkemelu|name]], Consultant Child and Adolescent Psychiatr1st
Our ref: ND/44871/ISM       NHS No: [[603 540 8265|nhs]]
Date: [[O2/11/2O26|date]]

To whom it may concern
Re: [[lsmail MOTALA|name]]   D0B: [[19.O4.2O13|dob]]
[[64 Devas Street|address]], [[Bromley-
by-Bow|place]], [[London|place]] [[E3 3LW|postcode]]

l am writing at the request of [[lsmail|name]]'s parents, Mr and Mrs [[Mota-
la|name]], in support of their housing application.

[[Ismail|name]] has a diagnosis of Autism Spectrum Condition (made [[14/O9/2O21|date]] at the Royal London) and ADHD
(combined type). He takes methylphenidate XL 36 mg each mornlng. He is very sensitive to noise and to being
touched, and needs a room of his own where he can withdraw when overwhelmed. At present he shares a bedroom with his
younger sister [[Alsha|name]] and his grandmother. His mother, Mrs [[Ruksana Mo
tala|name]], reports that he sleeps 4-5 hours a night and that most of the incidents of aggression
happen at bedtime when he cannot get away from the noise.

In my opinion the present housing is having a significant adverse effect on [[lsmail|name]]'s mental health. I
would strongly support a move to a property with a bedroom for him alone. I have copied this letter to his GP, Dr
[[Harriet Lowe|name]] at the Bromley-by-Bow Health Centre, and to his SENCo at [[Stepney All Saints|school]], Mr [[Kwame Boat-
eng|name]].

Yours faithfully
[signature]
Dr [[Chidi Nkemelu|name]]  MBBS MRCPsych
cc: [[Ruksana Motala|name]] (parent) - [[07447 653 120|phone]]"""),
]

DOCS_D += [
    ("family group conference family plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN              Family: [[Motala|name]]
Date of conference: Sunday [[6th December 2026|date]], 11:00-16:30, at the Kingsley Hall community room ([[Powis Road|address]],
[[Bromley-by-Bow|place]])
Coordinator: [[Shabnam Vora|name]] (independent FGC coordinator; Gujarati speaker)
Referrer: [[Beth Sandoval|name]] (SW)

Who came: [[Yusuf|name]] and [[Ruksana|name]] (parents); [[Ismail|name]] (for the first hour, with his advocate [[Tom Birch|name]]);
[[Aisha|name]] (drew pictures); [[Farouk|name]] (uncle); [[Anwar|name]] (uncle, on WhatsApp video from [[Nairobi|place]]);
[[Zubeida Kapadia|name]] and [[Ahmed Kapadia|name]] (maternal grandparents, from [[Leicester|place]]); Auntie [[Shireen|name]]
([[Ruksana|name]]'s
sister, [[Ilford|place]]); [[Bilal Ismail|name]] (family friend from the mosque on [[Bow Road|address]]). Mrs [[Hawabai Motala|name]]
took part for 20 minutes from her bed through [[Anwar|name]]'s phone.

Private family time: 13:10-15:40.

THE FAMILY'S PLAN
1. Dadi (Mrs [[Hawabai Motala|name]]) will go back to [[Nairobi|place]] to live with [[Anwar|name]] and his wife [[Naseem|name]] in
   [[Westlands|place]] after the winter. Flight provisionally [[18/02/2027|date]]. [[Farouk|name]] will fly with her. [[Anwar|name]]:
   [[+254 733 905 216|phone]]; [[Naseem|name]]: [[+254 20 222 4471|phone]] (home).
2. Until then [[Farouk|name]] moves back to his own flat in [[Leytonstone|place]] from [[13 December|date]] so [[Ismail|name]] can have
   the front room as his own room. [[Yusuf|name]] will fit a lock and the blackout blind.
3. [[Ismail|name]]'s weekends: Saturday club; every second Sunday at Nana and Nanu's in [[Leicester|place]] (they will collect him
   from [[Stratford|place]] on the coach - first time [[20th December|date]]).
4. [[Aisha|name]]: Auntie [[Shireen|name]] takes her after school on Wednesdays ([[Old Palace|school]] to [[Ilford|place]]);
   [[Aisha|name]] to have the small room when Dadi leaves.
5. [[Ruksana|name]]: carers' assessment (SW to refer); one evening a week for herself - her sister says "class at the
   Bromley by Bow Centre".
6. Contingency: if the housing panel says no, [[Ahmed Kapadia|name]] will help with a private rent deposit near
   [[Mile End|place]].

Agreed by the family: yes. Agreed by the social worker: yes, with item 6 to be discussed. Review FGC: [[14/03/2027|date]].
Signed on behalf of the family: [[Y. Motala|name]]    Coordinator: [[S Vora|name]]"""),
]


# --- E. Doyle / Quill family (white Irish and Jamaican heritage), Limehouse -----------------------------------------------

HOME_E = d.Address("Flat 22, Padstow House, Three Colt Street", "Limehouse", "London", "E14 8HG")
GRAN_E = d.Address("14 Hope Road", "Liguanea", "Kingston", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Quill")], dt.date(2011, 2, 23), addresses=[HOME_E], ids=["701 892 5614", "G211265118680"],
       schools=["Stepney Green Maths, Computing and Science College"]),
    _p("s", "sibling", [("Rose", "Doyle")], dt.date(2016, 8, 12), addresses=[HOME_E], ids=["578 347 2816", "E211265762338"],
       schools=["Cyril Jackson Primary School"]),
    _p("m", "mother", [("Shannon", "Doyle")], dt.date(1992, 1, 7), addresses=[HOME_E], phones=["07940 561 278"]),
    _p("f", "father", [("Marcus", "Quill")], dt.date(1988, 7, 31), addresses=[HOME_E], phones=["07367 902 145"]),
    _p("g", "grandparent", [("Merline", "Quill")], dt.date(1961, 3, 3), addresses=[GRAN_E], phones=["+1 876 927 4415"]),
], "c")

DOCS_E = [
    ("police public protection notification (MERLIN) for a child coming to notice", """METROPOLITAN POLICE SERVICE - MERLIN - CHILD COMING
TO NOTICE (PAC)     Ref: 26MIT004418
Date/time of incident: [[08/11/2026|date]] 21:35       Created: [[09/11/2026|date]] 02:10 by PC [[Ryan Hythe|name]] 4417HT
Location: [[Three Colt Street|address]] j/w [[Narrow Street|address]], [[London|place]] [[E14|postcode]]

Subject: [[QUILL, Jayden|name]]   DOB: [[23/02/2011|dob]]   Age: 15   Ethnicity (officer defined): IC3
Home address: [[22 Padstow House|address]], [[Three Colt Street|address]], [[Limehouse|place]], [[London|place]] [[E14 8HG|postcode]]
School: [[Stepney Green|school]]     Parent/carer: [[DOYLE, Shannon|name]] (mother) [[07940 561 278|phone]];
[[QUILL, Marcus|name]] (father, same address) [[07367 902 145|phone]]

Circumstances: Police called by a member of the public (Mr [[Gareth Penhaligon|name]], caller's number
withheld on the CAD) to a group of youths fighting by the Limehouse Basin. On arrival, [[Jayden|name]] was found with a
cut to his left hand; a kitchen knife (approx. 8 inch) was recovered from the canal towpath near him. He denied that the knife was his.
Two other youths named by witnesses: "[[Dee|name]]" ([[Deshawn Ellery|name]], [[14/05/2010|dob]], of [[Bethnal Green|place]]) and a youth
known as "[[Bless|name]]". [[Jayden|name]] was arrested for possession of a bladed article and taken to Leman Street; appropriate adult:
his mother. Released under investigation at 01:40.

Officer's view of risk: MEDIUM. [[Jayden|name]] was scared and said "they'll come for me if I say". He has been seen in a
grey VW Golf ([[LB70 UWC|vehicle]]) linked to a drug line run from [[Canning Town|place]]. His younger sister [[Rose|name]] (10) was at home
with a neighbour, Mrs [[Bridie Kane|name]] ([[Flat 20|address]]), when officers took him home.

Shared with: Eastwharf MASH; [[Stepney Green Maths, Computing and Science College|school]]; Youth Justice Service."""),
]

DOCS_E += [
    ("core group meeting minutes under a child protection plan", """CORE GROUP MEETING - MINUTES (child protection plan, category: neglect)
Children: [[Jayden Quill|name]] (15) and [[Rose Doyle|name]] (10)     Meeting no. 2
Date: Wed [[25th Nov 2026|date]], 15:30, [[Cyril Jackson|school]] (family room)     Chair: [[Kofi Mensah-Bright|name]] (SW, lead
professional)

Present: [[Shannon Doyle|name]] (Mum); [[Marcus Quill|name]] (Dad, joined late); [[Siobhan Flood|name]] (Learning Mentor,
[[Cyril Jackson|school]]); [[Gary Lyle|name]] (Youth Justice caseworker); [[Efua Tetteh|name]] (school nurse); [[Pete Rowntree|name]] (St
Giles
Trust, SOS+ caseworker); [[Jayden|name]] came for the last item.
Apologies: Mr [[Ashworth|name]] (Head of Year 10, [[Stepney Green|school]]).

1. Actions from [[28/10/2026|date]]: - Food and heating: done; Mum now on a prepayment meter plan with EDF. - [[Rose|name]]'s
   dental appointment: not attended ([[11/11|date]]); rebooked for [[2nd December|date]]. - Beds: the bunk bed from the
   Limehouse Project arrived [[13/11|date]].
2. [[Rose|name]]: attendance 88% (up from 79%). Ms [[Flood|name]] said [[Rose|name]] arrives hungry less often since breakfast club. She
talks
   a lot about her nan "Granny [[Merline|name]]" in Jamaica and about her other nan, [[Noreen Doyle|name]], in [[Cork|place]],
   who rings on Sundays ([[+353 87 214 6630|phone]]). She is worried about her brother: "[[Jay|name]] has cuts."
3. [[Jayden|name]]: RUI for the knife; Youth Justice doing an out-of-court assessment ([[Gary|name]]). [[Pete|name]] has met him twice
   at the [[Poplar|place]] boxing gym. [[Jayden|name]] told [[Pete|name]] he owes "[[Bless|name]]" £400 after he was robbed of a
   package in [[Shadwell|place]]. NRM referral made [[20/11/2026|date]]. He has been out of school since the [[9th of
   November|date]] (fixed term suspension, then "sick").
4. Dad said he wants to send [[Jayden|name]] to his mum, Mrs [[Merline Quill|name]], at [[14 Hope Road|address]], [[Liguanea|place]],
   [[Kingston|place]], "to get him away from all this". Professionals asked the family not to make any plan to send him
   abroad without talking to the SW first. Granny's number given: [[+1 876 927 4415|phone]].
5. [[Jayden|name]]'s views: "I ain't going [[Kingston|place]]. I'll stay at [[Kai|name]]'s in [[Wapping|place]] if I have to."

Next core group: [[16/12/2026|date]] at [[Stepney Green|school]].

Actions: [[Kofi|name]] - strategy meeting re the robbery of [[28/11|date]] and the threats; [[Gary|name]] - YJS assessment by
[[10/12/2026|date]]; [[Siobhan|name]] - [[Rose|name]]'s breakfast club and Place2Be referral; [[Efua|name]] - health review for
[[Jayden|name]]'s hand (Royal London, [[09/11|date]]); [[Pete|name]] - weekly sessions; [[Shannon|name]] and [[Marcus|name]] - no plans for
[[Kingston|place]] without talking to [[Kofi|name]]; Mrs [[Doyle|name]]'s mother ([[Noreen|name]], [[Cork|place]]) to be asked if
[[Jayden|name]]
could spend Christmas with her in [[Ballincollig|place]] - Mum to ask."""),
]

DOCS_E += [
    ("text messages between a mother and her son, typed up from her phone", """[SMS thread from [[Shannon Doyle|name]]'s phone, contact
saved as "JJ 👑" ([[07956 218 443|phone]]). Typed up by the SW
from photos on [[30 November 2026|date]], with her consent. Spelling as written.]

Sun [[8 Nov|date]]
20:51 Mum: where are u its late. ur dinner is in the microwave
21:20 Mum: [[jayden|name]] answer me
21:22 JJ 👑: at [[kai|name]]s
21:23 Mum: [[kai|name]] who. which [[kai|name]]. i want his mums number
21:40 JJ 👑: [[kai|name]] from [[wapping|place]] u know him. hes safe
21:58 Mum: police just rang. GET HOME NOW
22:30 Mum: im coming to leman st. dont say nothing till i get there

Tue [[17 Nov|date]]
14:05 JJ 👑: mum can u send me £20 for the bus to [[chingford|place]]
14:06 Mum: why u going [[chingford|place]] ur meant to be in bed sick
14:10 JJ 👑: to see [[dee|name]]. its calm
14:11 Mum: no. [[kofi|name]] said stay away from [[deshawn|name]]. and [[pete|name]] is coming at 4
14:40 JJ 👑: ok
16:15 Mum: [[pete|name]] is here where are u?????

Sat [[28 Nov|date]]
01:12 JJ 👑: mum im sorry
01:12 JJ 👑: they took my phone this is [[tyrese|name]]s phone
01:13 JJ 👑: im at the 24hr garage on the [[commercial rd|address]]. can u come
01:14 Mum: coming now. stay where there's cameras. ringing dad
01:15 Mum: [[marcus|name]] is coming in the car hes closer
01:31 JJ 👑: ok hes here
01:32 Mum: love u. u are not in trouble with me ok
01:32 JJ 👑: ❤️ tell [[rosie|name]] dont worry"""),
]

DOCS_E += [
    ("999 call transcript from the police control room", """MPS MET CC - EMERGENCY CALL TRANSCRIPT (produced for the strategy meeting)
CAD 0093/[[28NOV26|date]]
Call start 01:19:44. Caller: female, gave name. Call handler: CH 2210

OP: Police, what's the address of your emergency?
CALLER: My son's been robbed and beaten up, he's at the garage on [[Commercial Road|address]], the Esso, by the... by
[[Limehouse|place]] DLR.
OP: Is he with you now?
CALLER: No, his dad's gone to get him. I'm at home with his sister. [[Jayden Quill|name]], he's fifteen.
OP: And your name?
CALLER: [[Shannon|name]]. [[Shannon Doyle|name]]. D-O-Y-L-E.
OP: What's your address, [[Shannon|name]]?
CALLER: [[Twenty-two Padstow House|address]], [[Three Colt Street|address]]. [[E14 8HG|postcode]].
OP: Is that [[Padstow|address]] like the place in Cornwall?
CALLER: Yeah. Yeah.
OP: And a number we can call you on?
CALLER: [[07940 561278|phone]].
OP: Does he know who did it?
CALLER: He's messaged off his mate [[Tyrese|name]]'s phone. It'll be [[Bless|name]]'s lot, I know it will. He owes them. The
youth worker [[Pete|name]] knows. Please, they took his phone, they know where we live.
OP: Has anyone been threatening you at the address?
CALLER: A boy came to the door Thursday... I mean Thursday just gone, asking for "JJ". My neighbour [[Bridie|name]]
saw him.
OP: Officers are being sent to the garage now. Is his dad driving a car?
CALLER: A silver Astra, [[Marcus|name]]'s, [[BV16 HNT|vehicle]]. [[Marcus Quill|name]].
OP: Stay on the line, [[Shannon|name]]...
[Call ends 01:26:03 (7 min 19 s). Units 4HT14 and 4HT22 assigned.]"""),
]


# --- F. Ashcroft / Dizon family (white British and Filipino), Wapping ---------------------------------------------------------

HOME_F = d.Address("Flat 7, Tobago Street", "", "London", "E14 8TN")
MUM_F = d.Address("Flat 3, Prusom Street", "Wapping", "London", "E1W 3RD")
FOSTER_F = d.Address("19 Ben Jonson Road", "Stepney", "London", "E1 3NN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Beatriz", "Ashcroft")], dt.date(2020, 10, 4), addresses=[FOSTER_F, MUM_F], ids=["582 964 6544", "P211268752174"],
       schools=["Hermitage Primary School"]),
    _p("m", "mother", [("Maricel", "Dizon")], dt.date(1991, 6, 12), addresses=[MUM_F], phones=["07852 663 019"]),
    _p("f", "father", [("Neil", "Ashcroft")], dt.date(1984, 2, 28), addresses=[HOME_F], phones=["07412 390 875"]),
    _p("g", "grandparent", [("Remedios", "Dizon")], dt.date(1963, 9, 9), phones=["+63 43 723 1184"]),
    _p("p1", "professional", [("Tasha", "Greenidge")], phones=["07555 104 926"]),
], "c")

DOCS_F = [
    ("supervised contact session record", """CONTACT SERVICE - SUPERVISED FAMILY TIME - SESSION RECORD
Child: [[Beatriz|name]] ("[[Bea|name]]") [[ASHCROFT|name]]   DOB: [[04/10/2020|dob]]   Legal status: s.20 (accommodated since
[[09/09/2026|date]])
Placement: foster carers Mr and Mrs [[Boateng|name]], [[Stepney|place]] (address not to be shared with parents)
Session: Saturday [[14.11.2026|date]], 10:00-11:30, Harbour Family Centre ([[Wapping Lane|address]] entrance)
Supervisor: [[Tasha Greenidge|name]], contact worker ([[07555 104 926|phone]])
Attending: [[Maricel Dizon|name]] (mother). Father's session is separate (Wednesdays).

10:02 [[Bea|name]] arrived with her foster carer, [[Abena|name]]. Mum ([[Maricel|name]]) was already waiting with a bag of pandesal and
a Jollibee toy. [[Bea|name]] ran to her, said "Mama!" and "Nanay", then hid behind [[Abena|name]]'s legs for a minute.
10:10 Mum and [[Bea|name]] played with the doll's house. Mum spoke in Tagalog and English; [[Bea|name]] answered in English. Mum
called her "[[Bea-Bea|name]]" and "anak". She showed [[Bea|name]] a video of Lola ([[Remedios Dizon|name]]) in [[Batangas City|place]]
singing Happy Birthday (late for [[4th October|date]]). [[Bea|name]] said "Lola's got a big dog".
10:35 [[Bea|name]] asked "when can I come home to [[Prusom Street|address]]?" Mum said "soon, when Mama is better". (Within the
agreement.) [[Bea|name]] asked about "Daddy [[Neil|name]]" and "Uncle [[Rommel|name]]". Mum said [[Rommel|name]] (her brother, who lives in
[[Romford|place]]) sends love.
10:50 Snack. Mum asked me quietly if her new address, [[Flat 3, Prusom Street|address]], [[Wapping|place]] [[E1W 3RD|postcode]], was passed
to [[Neil|name]]. I said I did not know and would ask the SW ([[Dimitra Karagiannis|name]]).
11:20 Goodbye was hard: [[Bea|name]] cried and held Mum's hair. Mum managed it well, sang "Bahay Kubo" with her and gave
her to [[Abena|name]] calmly.
Mum's presentation: sober, clean, on time. She said she has been at the Wapping Group (AA) every week since [[28 September|date]].

Next session: Sat [[21/11|date]]. Recorded by [[T. Greenidge|name]], [[14/11/26|date]] 12:15.

Addendum ([[16/11/2026|date]]): [[Abena|name]] rang to say [[Bea|name]] told her on the Sunday that "Daddy [[Neil|name]] waited outside
school" on Friday [[13th|date]]. The school office (Mrs [[Tanner|name]]) confirmed a man stood at the [[Green Bank|address]] gate and
left when the head, Mr [[Fairweather|name]], went out. Passed to [[Dimitra|name]] and to PC [[Olu Bamidele|name]] (Safer Schools).
[[Neil|name]]'s mobile ([[07412 390 875|phone]]) went to voicemail. [[Maricel|name]] not told yet, as agreed with [[Dimitra|name]]."""),
]

DOCS_F += [
    ("Viber messages in Tagalog and English, typed up and translated", """[Viber messages between the mother and the maternal grandmother,
shown by the mother on [[18 November 2026|date]] to support her
request for a trip abroad with [[Bea|name]]. Typed up, and the Tagalog translated, by [[Dimitra Karagiannis|name]] (SW) with the
help of [[Joy Macaraeg|name]] (Filipino family support volunteer). English as written.]

Nanay ❤️ ([[+63 43 723 1184|phone]])
[[15/11/2026|date]] 07:41 Nanay: Anak, kumusta si [[Bea|name]]? Nakita mo ba siya kahapon?
   (Child, how is [[Bea|name]]? Did you see her yesterday?)
07:58 Me: opo nay. ok naman sya. umiyak nung paalam 😭
   (yes mum. she is ok. she cried at goodbye)
08:02 Nanay: Dalhin mo na siya dito sa [[Batangas|place]]. Dito sa [[Kumintang Ilaya|place]], malaki ang bahay. Si Tito [[Rommel|name]]
   mo sasama sa inyo.
   (Bring her here to [[Batangas|place]]. Here in [[Kumintang Ilaya|place]], the house is big. Your uncle [[Rommel|name]] will come with
you.)
08:15 Me: hindi pwede nay, may court. si [[neil|name]] ayaw
   (I can't mum, there is court. [[neil|name]] doesn't want it)
08:16 Nanay: Bakit? Ikaw ang nanay.   (Why? You are the mother.)
08:20 Me: sabi ni [[dimitra|name]] kelangan muna ng plan. pag ok na ako sa AA at may trabaho na
   ([[dimitra|name]] says first there must be a plan. when I'm ok with AA and I have work)
08:22 Nanay: Sige anak. Ipagdadasal ko kayo sa Basilica. Si [[Marites|name]] sa [[Lipa|place]] nagtatanong din.
   (OK child. I will pray for you at the Basilica. [[Marites|name]] in [[Lipa|place]] is asking too.)
[[16/11/2026|date]] 19:03 Me: nay, si ate [[Joy|name]] tumutulong sakin. pinoy din sya taga Pampanga
   (mum, ate [[Joy|name]] is helping me. she is Filipino too, from Pampanga)
19:05 Nanay: Salamat sa Diyos. Pakisabi kay [[Joy|name]] salamat. Ito number ng Tito [[Rommel|name]] mo sa [[London|place]]
[[+63 917 825 4410|phone]]
   pa rin ang gamit niya.
   (Thank God. Please tell [[Joy|name]] thank you. Your uncle [[Rommel|name]]'s number in
   [[London|place]] is still [[+63 917 825 4410|phone]].)"""),
]

DOCS_F += [
    ("holiday club registration form, handwritten and scanned", """[Scanned form; handwriting in capitals typed up as written; boxes
ticked shown as [x]. Two answers run onto the next line.]

WAPPING WINTER HOLIDAY CLUB (at the church hall) - CHRISTMAS 2026 - CHILD REGISTRATION
Child's full name: [[BEATRIZ ASHCROFT|name]]        Name child likes to be called: [[BEA|name]]
Date of birth: [[4 - 10 - 20|dob]]      Age: 6      School: [[HERMITAGE|school]] (Year 1)
Home address: C/O FOSTER CARERS - ASK SOCIAL WORKER     (mum's flat: [[3 PRUSOM ST|address]])
Days wanted: [x] Mon [[21/12|date]]  [x] Tue [[22/12|date]]  [x] Wed [[23/12|date]]  [ ] Tue [[29/12|date]]  [ ] Wed [[30/12|date]]
Parent/carer 1: [[ABENA BOATENG|name]] (FOSTER CARER)        Tel: [[07863 271 540|phone]]
Parent/carer 2: [[MARICEL DIZON|name]] (MUM) - CAN COLLECT ON WEDNESDAYS ONLY     Tel: [[07852 663 019|phone]]
People who may NOT collect: [[NEIL ASHCROFT|name]] (DAD) - COURT ORDER / SOCIAL WORKER SAYS NO. ALSO NOT HIS FRIEND "[[GAZZA|name]]"
([[GARY|name]]), DRIVES A WHITE VAN [[KX17 FJD|vehicle]]
Social worker: [[DIMITRA KARAGIANNIS|name]]  Tel: [[020 7364 5006|phone]]
Doctor: DR [[LIM|name]], THE WAPPING GROUP PRACTICE     NHS NO: [[582 964 6544|nhs]]
Allergies / medical: ECZEMA (CREAM IN BAG). NO NUTS IN CLASS.
Anything we should know: [[BEA|name]] IS IN FOSTER CARE. SHE GETS UPSET AT HOME TIME. SHE LIKES DRAWING AND HER TITA [[JOY|name]]
(NOT A RELATIVE) IS FROM THE SAME CHURCH - ST PATRICK'S, [[WAPPING|place]]. SHE SPEAKS A BIT OF TAGALOG. HER LOLA (NAN) IS IN THE
PHILIPPINES - SHE MIGHT TALK ABOUT HER.
Photos: [ ] Yes  [x] No (LOOKED AFTER CHILD)
Signed: [[A. Boateng|name]]   Date: [[18th Nov 2026|date]]   Relationship: FOSTER CARER (MRS [[BOATENG|name]], [[BEN JONSON
ROAD|address]], [[STEPNEY|place]])"""),
]

DOCS_F += [
    ("independent reviewing officer's looked after review record", """LOOKED AFTER CHILD REVIEW - RECORD AND DECISIONS (second review)
Child: [[ASHCROFT, Beatriz|name]]   DOB: [[4th October 2020|dob]]   NHS: [[582 964 6544|nhs]]   UPN: [[P211268752174|upn]]
Legal status: accommodated under s.20 (both parents' consent); PLO pre-proceedings letter sent to father [[02/10/2026|date]]
Review date: Thursday [[3 December 2026|date]], 14:00, at the foster home and by phone
IRO: [[Mariam Haq-Forsyth|name]]      SW: [[Dimitra Karagiannis|name]]      Foster carers: [[Abena|name]] and [[Kwabena Boateng|name]]

Participation: [[Bea|name]] took part through her drawings with the IRO before the meeting ("me and Mama and
Lola's dog"). Mother ([[Maricel Dizon|name]]) attended in person with her AA sponsor, [[Carol|name]]. Father
([[Neil Ashcroft|name]], [[28/02/1984|dob]], [[Flat 7, Tobago Street|address]], [[E14 8TN|postcode]]) joined by phone at 14:20 and
left at 14:35 when the IRO asked him to stop shouting; his solicitor, [[Rhys Penrose|name]] of [[Penrose|name]] & [[Yates|name]], had
sent his views in writing on [[1st Dec|date]].

Progress since the first review ([[07/10/2026|date]]):
- Health: initial health assessment done [[22/09/2026|date]] by Dr [[Adaeze Okonkwo|name]]; eczema better; dental check done.
- Education: [[Bea|name]] goes to [[Hermitage|school]] still; the IRO checked that she
  stays there, and the foster carers drive her each day. PEP done [[13 Oct|date]].
- Family time: with Mum twice a week, going well (see contact records); with Dad weekly, supervised, three of six missed.
- Mother: sober 66 days; tenancy of [[Flat 3|address]] at [[Prusom Street|address]] since [[12/10/2026|date]].
- Father: arrested [[8 November|date]] for a drink-drive offence in [[Rotherhithe|place]]; says he will "fight for [[Bea|name]]".
- Family abroad: maternal grandmother in [[Batangas City|place]] ([[+63 43 723 1184|phone]]) wants [[Bea|name]] to visit; uncle
  [[Rommel Dizon|name]] in [[Romford|place]] offered to be assessed as a connected carer.

Decisions: 1. Plan for [[Bea|name]]: return home to Mum, with a rehabilitation plan over 12 weeks, overnight stays from
[[19/12/2026|date]] if tests stay clear. 2. Connected person viability assessment of Mr [[Rommel Dizon|name]] as a back-up.
3. No travel abroad this year. 4. Father's contact to stay supervised. Next review: [[4 March 2027|date]]."""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 123 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 13:08 UTC, read since)"

# Titles, roles and kinship words that stay outside a name span (before it); and after it.
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "cllr", "nurse", "sister", "brother",
           "our", "me", "nan", "nana", "nanu", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "dadi", "dadima", "ustadh", "ustadha", "sheikh", "mzee", "bi", "mama", "bibi",
           "apa", "apu", "chacha", "chachi", "লোলা", "চাচা", "আপা", "tito", "tita", "ate", "kuya", "lola", "lolo", "nanay",
           "tatay", "nay", "mx"}
_AFTER = {"senior", "junior", "chacha", "apa", "bhai", "ji", "sahib"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cornwall", "essex",
               "east london", "tower hamlets", "the borough", "kenya", "somalia", "the horn", "bangladesh", "india", "gujarat",
               "jamaica", "ireland", "philippines", "the philippines", "pampanga", "batangas province", "europe", "africa",
               "east africa"}

# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Ustadh Yahya
# Bwana", "Mzee Sharif", "Bi Shee", "Tito Rommel", "ate Joy", "auntie moyna", "Granny Merline"; after one: "Mrs Motala senior")
# and counties, regions and countries ("Kenya", "Somalia", "Gujarat", "Jamaica", "the Philippines", "Pampanga").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts

if __name__ == "__main__":
    _SET.main()
