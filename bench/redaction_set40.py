"""Set 40: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set38.py, redaction_set39.py, redaction_set41.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py's docstring, first family, last document and closing word lists and
checker set-up, and tests/test_redaction_set21.py in full (the layout and marking conventions followed here; most of set
21's documents were not read), the docstrings of
bench/redaction_set7.py to redaction_set37.py and bench/redaction_heldout.py, searched by keyword for towns, districts and
communities (to see which towns and communities earlier sets used as a family's home), the top of
bench/redaction_handwritten.py (its module docstring, `_party`, `Records`, `HandSet` and the start of `word_problems`), and
set 21's use of set 15's checker. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and
checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord)
are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored
once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in west London and the Thames Valley, each from a town, district or estate no earlier set used as a family's
home. Four of the kinds most common in children's social care: a young white British mother on a close in Hanworth,
Feltham, with a grandmother in Bedfont and a new baby's father from Hayes (Marlow / Hayes; domestic abuse seen on a
neighbour's doorbell camera, unsafe sleep, cannabis, mould, a girl of 7 kept off school, a child protection conference),
a white British family in Blackbird Leys, Oxford, with a grandmother in Rose Hill and a father in Cowley (Bishop / Cowley;
a girl of 15 sexually exploited by a man of 20 met through Snapchat, emergency contraception at a sexual health clinic, going
missing to Littlemore, a boy of 6 left uncollected, a father assessed to share care), a Punjabi Sikh family in Dormers Wells,
Southall (Bains / Gill; a girl of 16 who is the night carer of a grandmother with dementia and self-harms, a father away
driving, an uncle in Jalandhar who wants the grandmother sent to him, a family group conference) and a white British kinship
family in Grimsbury, Banbury, with the mother in supported housing in Bicester (Bright / Hope / Gilkes; a grandmother caring
for two children after the mother's overdose, supervised contact, secret texting, a father breaching an order, a kinship
assessment). Two from communities no earlier set used: a Sinhalese Sri Lankan Buddhist family in Heston, Hounslow, with a
grandmother in Nugegoda (Wickramasinghe / Perera; an autistic boy of 9 struck by his drunk father on a flight home from
Colombo, a girl of 13 caring for him while the mother was in Sri Lanka, names and places in Sinhala script) and a
Vincentian family (from St Vincent and the Grenadines) in Castlefield, High Wycombe, with a father in Booker and a
grandmother in Layou (Cupid / Providence; a boy of 13 criminally exploited on a line to Slough, a mother working nights, a
grandmother's wish to take him "home"). 24 documents, of types no earlier set used or in styles new to these sets where
possible: a health visitor's new birth visit record, a neighbour's police witness statement describing her doorbell video,
an initial child protection conference report, a mother's Facebook Messenger messages typed up, a Border Force safeguarding
referral from an airport, Viber messages in Sinhala and English with translation, an EHC plan annual review report, a Buddhist
temple teacher's handwritten note scanned with OCR errors, a grandmother's handwritten airmail letter from the Caribbean, an
early help assessment, duty line voicemails transcribed, strategy meeting minutes on exploitation, a sexual health clinic's
under-18 safeguarding proforma, Snapchat messages photographed by a mother, a chronology in a table, a social worker's
letter to a father, a school's online MASH referral form, a social worker's visit notes typed fast on a phone, a family group
conference plan, a WhatsApp voice note in Punjabi (Gurmukhi) transcribed and translated, a supervised contact record with
OCR errors, a kinship assessment case note, a kinship carer's late-night email and child in need review minutes.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Sri Lanka, St Vincent and the Grenadines, India); NHS numbers and UPNs (LA numbers
313, 825 and 931) pass their check digits; NI numbers have a valid format. Councils are invented (Crane Valley, Chiltern
Hills, Isis Vale, Brent Brook), and so are most schools (Oriel Fields, Little Acorns, Heston Brook, Cressex Vale, Sands Bank,
Kestrel Park, Orchard Mead, Dormers Brook, Featherstone Lane, Grimsbury Park), Crane Valley Homes, Greenacres care home,
Wycombe Youth Action and the contact centre; towns, districts, estates, villages, real schools, colleges and universities,
hospitals, health centres, police forces, airlines, airports, stations, parks, shops, brands, apps, charities, programmes and
laws are real or invented and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows set 19, set 15 and sets 6 to 13).
[[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle).
Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DS, HO, Ven., Mister, Nan, Nanna, Grandad, Granny, mum,
uncle, aunty, Amma, Achchi, thaththi, tatha, akka, Biji, Bhua ji, Phupher ji, Mama ji, Giani ji) stay outside the name
span, before or after the name ("Padma akka", "Pam aunty", "Roshan uncle", "Harbhajan phupher ji"); a contact or sender
saved under a kinship word ("Amma") is not a name, and "Achchi", "Biji" and "thaththi" alone are not names; a possessive 's
and a bare s in texting ("jodie cook"s, "jordan"s, "tyler"s) stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("HAYES, Ivy", "WICKRAMASINGHE, Kasun Chaminda"), and so is "Surname, First"
in an email header ("Lall, Priyanka"), "First SURNAME" ("Pauline Joyce GRANT", "Leon FRANCIS") and an initial with a surname
("P J Grant", "K. Lowe", "W.A. Sunethra Kumari"); a first name with an initial after it is one span ("Frankie B"); initials
alone (the "J" in a phone contact "J Wycombe") are not marked; a collar number after a name ("I. Latif 1893") stays
outside; a name, address or date broken by a line break is one span holding the break; social media usernames
("kyle_s_ox4") are not marked, but a display name that is a person's plain name is ("kyle", "Frankie", each time it heads
a message); names in another script are names (Sinhala "සිත්මි", "සෙනුක"; Gurmukhi "ਹਰਪ੍ਰੀਤ", "ਸਿਮਰਨ", "ਅਰਜਨ",
"ਸੁਖਵਿੰਦਰ"), and so are places ("කොළඹ", "ਜਲੰਧਰ"); names misread by OCR are names ("DiIani", "SithmI", "CaIlum", "EIlie"),
and places misread by OCR are places ("Hounsl0w", "Southa11"). A street address is one span, its town a place, its
postcode a postcode; a street named without a number is an address ("Pegasus Road", "Causeway", "Fairway", "ashhurst"),
and so is a neighbour's bare house or flat number ("no. 25", "number 25", "27", "no 11") and an address abroad ("42/3
Stanley Thilakaratne Mawatha", Nugegoda; "House No. 214, Model Town", Jalandhar; the house name "Rose Bank", Layou); a Sri
Lankan or Indian postal code ("10250", "144003") is a postcode; towns, cities, villages, districts and estates are places,
at home or abroad, in any case and script ("Hayes", "Booker", "Cowley", "Rose Hill", "Barton", "Hardwick", "Blackbird",
"leys", "wood farm", "Nuwara"); countries, counties and regions are not ("Middlesex", "Oxfordshire", "Sri Lanka", "India",
"Spain", "St Vincent & the Grenadines", "W.I."); organisations are not marked even when they hold a town's or a person's
name ("Hanworth Health Centre", "Hounslow and Richmond Community Healthcare", "Wycombe Hospital", "Desborough Surgery",
"Leys Health Centre", "Dormers Wells Medical Centre", "Ealing Young Carers", "Wycombe Youth Action", "Turning Point",
"Crane Valley Homes", "Gate Gourmet", "the Horton"); a service, team or office named by its town marks the town ("the
Hounslow DA line", "Early Help Wycombe", "Wycombe Assessment", "Oxford Locality Team", "Banbury Locality", "Ealing adult
social care", "TVP Child Exploitation, Slough"); a school's, college's, university's or nursery's name is a school, and so is
its short form ("Oriel Fields", "Cressex Vale", "Kestrel Park", "Featherstone Lane", "Brunel", "Kingston", "The Cedars",
"Busy Bees", "Heston Brook" in "the Heston Brook Base"); a date of birth is dob, any other calendar date with a day is date
(a weekday before it stays outside), a bare day ("the 2nd", "the 15th", "12th") is a date, and a Sinhala date with its day
("සැප්තැම්බර් 2") is a date; months and years alone are not marked ("Mar-2025", "January"); helplines are not marked;
pets' names ("Bruno") are not names; parks, stations, shopping centres, roads by number and attractions are landmarks and
stay unmarked ("Blackbird Leys Park", "Hatton Cross", "templars square", "the A4", "Heathrow"); a surname or first name that
is also an English word or a town is marked by what it refers to ("Summer", "Ivy", "Hope", "Bright", "Bishop", "Cross",
"Pick", "Providence", "Cupid", "Hayes" and "Cowley" are names when they are people, and "Hayes" and "Cowley" are places when
they are places; "Cowley Road" is an address).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a nickname from a
first name's sound ("Reecey", "Ty", "Deano", "Simmy", "Tel", "Dre", "Smokey") is a name; a late relative a confused
grandmother mistakes someone for ("pinky") is a name; a Buddhist monk's religious name after "Ven." is a name; a
church named after a saint ("St Andrew's") is an organisation, not an address; a shop named in passing ("the co op", "the big
Tesco") is not an address; "Poya day" (a full-moon holiday) has no day number and is not a date; a tube station and a
district that share a name ("Hatton Cross") is a station there, and stays unmarked; a nursery chain's name used for a
child's own nursery ("Busy Bees") is a school, because it locates the child; a university is a school; a Caribbean island
nation's capital and villages ("Kingstown", "Layou", "Barrouallie") are places while the country is not; a flight number, a
CAD, clinic or incident number and an exhibit reference are not marked.

Self-check without the detector: `python -m bench.redaction_set40` (and tests/test_redaction_set40.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
991 gold spans, 540 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Marlow / Hayes family (white British), Hanworth, Feltham ------------------------------------------------------------

HOME_A = d.Address("27 Longford Close", "Hanworth", "Feltham", "TW13 7LQ")
NAN_A = d.Address("14 Grovestile Waye", "Bedfont", "Feltham", "TW14 8JE")
DAD_A = d.Address("Flat 9, 40 Station Road", "", "Hayes", "UB3 4DA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Summer", "Marlow")], dt.date(2019, 6, 2), addresses=[HOME_A], ids=["1588995666", "F313211329360"],
       schools=["Oriel Fields Primary School"]),
    _p("s", "sibling", [("Tyler-Jay", "Marlow")], dt.date(2023, 2, 14), addresses=[HOME_A], ids=["3074290854"]),
    _p("s2", "sibling", [("Ivy", "Hayes")], dt.date(2026, 8, 21), addresses=[HOME_A], ids=["0052258157"]),
    _p("m", "mother", [("Kayleigh", "Marlow")], dt.date(2000, 10, 9), addresses=[HOME_A], phones=["07823 416 092"],
       ids=["KM 43 81 27 B"]),
    _p("f", "father", [("Reece", "Hayes")], dt.date(1997, 4, 30), addresses=[DAD_A], phones=["07951 338 207"]),
    _p("g", "grandparent", [("Tracey", "Marlow")], dt.date(1972, 1, 17), addresses=[NAN_A], phones=["020 8893 2671"]),
    _p("p1", "professional", [("Nadia", "Okafor")], phones=["020 8583 2914"], emails=["nadia.okafor@cranevale.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's new birth visit record", """CRANE VALLEY HEALTH VISITING SERVICE - NEW BIRTH VISIT (day 12)          SystmOne print
Baby: [[HAYES, Ivy|name]]    DOB: [[21/08/2026|dob]]    NHS no: [[005 225 8157|nhs]]
Address: [[27 Longford Close|address]], [[Hanworth|place]], [[Feltham|place]] [[TW13 7LQ|postcode]]
Visit date: [[02.09.2026|date]]   HV: [[Bronwen Pryce|name]] (Specialist Community Public Health Nurse)
Present: mum [[Kayleigh Marlow|name]] (25), dad [[Reece Hayes|name]] (29, does not live here, stays "most nights"), maternal nan
[[Tracey Marlow|name]] (arrived 11.10 from [[Bedfont|place]]), siblings [[Summer|name]] (7, at home - "teacher training day" per mum,
see below) and [[Tyler-Jay|name]] (3).

Birth: West Middlesex University Hospital, 38+5, SVD, 3.12 kg, home day 2. Feeding: bottle, 90 ml 3-hourly. Weight today
3.20 kg. Cord off. Hips and eyes normal at NIPE.
Safe sleep: Moses basket in mum's room, BUT [[Ivy|name]] was asleep on the sofa on a V-pillow when I arrived, with [[Reece|name]]
asleep beside her. Advice given again (Lullaby Trust leaflet); [[Reece|name]] said "she won't settle in the basket".
Home: two-bed first-floor maisonette. Smell of cannabis on the landing. Black mould in the back bedroom where [[Summer|name]] and
[[Tyler-Jay|name]] sleep. Dog (Staffie, "Bruno") shut in the kitchen.
Maternal mood: EPDS 14. [[Kayleigh|name]] cried when asked about [[Reece|name]]; said he "gets wound up" and that the woman at
[[no. 25|address]] ([[Pauline|name]]) "called the police on us" on [[14th August|date]] when she was 37 weeks. Routine enquiry
could not be done alone - [[Reece|name]] stayed in the room. Text sent later to [[07823 416 092|phone]] with the [[Hounslow|place]] DA line.
School: rang [[Oriel Fields|school]] office (Mrs [[Dhillon|name]]) - there was NO training day; [[Summer|name]]'s attendance is 81%.
Nan said she will take [[Summer|name]] in each morning from [[Grovestile Waye|address]] "until mum's back on her feet".
Plan: revisit [[9/9|date]]; GP (Dr [[Amal Rizvi|name]], Hanworth Health Centre) informed; liaison with 0-19 safeguarding
([[Gemma Sheppard|name]]); MASH referral made today.
[[B. Pryce|name]] HV  [[020 8630 1875|phone]]
"""),
    ("neighbour's doorbell video described in a police witness statement", """WITNESS STATEMENT (CJ Act 1967 s.9; MC Rules 2005 r.27.1)
Statement of: [[Pauline Joyce GRANT|name]]      Age: over 18      Occupation: retired dinner lady
Address: [[25 Longford Close|address]], [[Hanworth|place]] [[TW13 7LQ|postcode]]    Tel: [[07717 520 384|phone]]

I live at [[number 25|address]] and have done since 1994. The young couple at [[27|address]] are [[Kayleigh|name]] and her boyfriend who
I know as "[[Reecey|name]]" - I heard her shout it. I do not know his surname. On Friday [[14 August 2026|date]] at about 23.40 I
was woken by banging through the wall and a woman screaming "get off me". My Ring doorbell camera covers the shared path
and the front of [[27|address]]. I have given the officer, PC [[Imran Latif|name]] 1893, a copy on a USB stick (exhibit PJG/1).
I have watched it and I describe what it shows:
23:41:06 - the door of [[27|address]] opens. [[Kayleigh|name]], who is heavily pregnant, comes out in socks holding the little boy
([[Ty|name]]). The man comes out behind her and pulls her back by the hood of her top. She falls against the bins.
23:41:30 - a girl of about 7, who I know as [[Summer|name]], is in the doorway in her nightie crying "stop it [[Reece|name]]".
23:42:10 - the man shouts "you're going nowhere, you've got no one, your mum's in [[Bedfont|place]] and she don't want you".
23:43 - they all go back in. The door shuts. I rang 999.
On an earlier night, which I think was [[the 2nd|date]] or [[3rd of August|date]], I saw the same man put [[Summer|name]] out on the
step in the rain for about ten minutes. I did not report that and I wish I had.
The man drives a silver Corsa, registration [[LR17 XVB|vehicle]]; he parks it across my drive. I have seen him with a lad they
call "[[Deano|name]]" from [[Hayes|place]] who comes late at night and sits in the car.
I am willing to attend court.  Signed: [[P J Grant|name]]   Witnessed by: PC [[I. Latif|name]] 1893  [[16/08/2026|date]]
"""),
]

DOCS_A += [
    ("initial child protection conference report", """CRANE VALLEY COUNCIL - CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE              Conference date: Thursday [[1 October 2026|date]], 10.00, Civic Centre
Children: [[Summer MARLOW|name]] (DOB [[02/06/2019|dob]]), [[Tyler-Jay MARLOW|name]] (DOB [[14/02/2023|dob]]), [[Ivy HAYES|name]]
(DOB [[21/08/2026|dob]])
Address: [[27 Longford Close|address]], [[Hanworth|place]], [[Feltham|place]], Middlesex [[TW13 7LQ|postcode]]
Social worker: [[Nadia Okafor|name]]   Team manager: [[Stuart Bellamy|name]]   Chair: [[Fiona Kilbride|name]] (IRO)

1. Reason for conference
A section 47 enquiry began on [[17.08.26|date]] after police attended a domestic incident at the home on [[14 August|date]]
(neighbour's 999 call and doorbell video), followed by the health visitor's referral of [[2 September|date]] (unsafe sleep,
cannabis, mother's low mood) and [[Oriel Fields Primary|school]]'s attendance concerns for [[Summer|name]].
2. The family
[[Kayleigh Marlow|name]] (25) is the mother of all three children. [[Summer|name]]'s father, [[Aaron Fitch|name]], has had no
contact since 2021 and is believed to live in [[Staines|place]]; letters sent to his last address ([[5 Kingston Road|address]],
[[Ashford|place]]) came back. [[Reece Hayes|name]] (29) is father of [[Tyler-Jay|name]] and [[Ivy|name]]; his tenancy is at
[[Flat 9, 40 Station Road|address]], [[Hayes|place]] [[UB3 4DA|postcode]], but he stays at the home most nights. Maternal
grandmother [[Tracey Marlow|name]] lives in [[Bedfont|place]] ([[14 Grovestile Waye|address]], [[TW14 8JE|postcode]]) and works
early shifts at Heathrow; she has taken [[Summer|name]] to school since [[3/9|date]] and her attendance is now 100%.
3. What the children say
[[Summer|name]] (seen alone at school, [[22 Sept|date]]): "[[Reece|name]] shouts and mummy cries. I hide under my bed with [[Ty|name]].
I like it at nanny's because there's no shouting and she has a trampoline." She drew her family and left [[Reece|name]] out.
[[Tyler-Jay|name]] is too young to say; nursery ([[Little Acorns|school]], [[Hanworth Road|address]]) report he hits other children
and copies swearing.
4. Risk and strengths
Risks: domestic abuse with the children present (two police call-outs, [[14/08|date]] and [[27/09|date]]); cannabis use by both
parents; unsafe sleep for [[Ivy|name]]; damp and mould; [[Summer|name]]'s absence. Strengths: [[Kayleigh|name]] is warm with the
children and has started with the [[Hounslow|place]] domestic abuse service (IDVA [[Roxanne Pell|name]]); [[Tracey|name]] is protective
and has offered [[Summer|name]] a bed; [[Reece|name]] has agreed to a parenting assessment but says he will not "do a course".
Mr [[Hayes|name]]'s car ([[LR17 XVB|vehicle]]) was stopped on [[29 September 2026|date]] near [[Hayes|place]] town centre with
[[Tyler-Jay|name]] in the back without a car seat.
5. Recommendation
That all three children are made subject to child protection plans under the category of emotional abuse; a written agreement
that Mr [[Hayes|name]] does not stay overnight; a referral to the family safeguarding team; a housing repair request to Crane
Valley Homes (tenant [[Kayleigh Marlow|name]], NI [[KM 43 81 27 B|ni]]). Report shared with [[Kayleigh|name]] on
[[28 September|date]] and with Mr [[Hayes|name]] by email
([[reecehayes97@hotmail.co.uk|email]]) on the same day.
[[N. Okafor|name]], Social Worker, [[020 8583 2914|phone]], [[nadia.okafor@cranevale.gov.uk|email]]
"""),
]

DOCS_A += [
    ("mother's Facebook Messenger messages to the social worker, typed up", """[Messenger messages from [[Kayleigh Marlow|name]]'s
account ("[[Kayleigh Marlow|name]] 🦋") to the social worker's work profile, screenshotted by the social worker and typed up for the
file on [[12/10/2026|date]]. Spelling as sent.]

[[3 OCT|date]] AT 01:12
[[Kayleigh Marlow|name]]: hiya [[nadia|name]] sorry its late. [[reece|name]] come round at 11 and wont go. hes not done nothing just
sat in the car outside with [[deano|name]] revving it. the kids are asleep
[[Kayleigh Marlow|name]]: i know i signed the thing. i didnt let him in
[[3 OCT|date]] AT 08:50
[[Nadia Okafor|name]]: Hi [[Kayleigh|name]], thank you for telling me. If he comes back and won't leave, ring 999. I will call you
at 10.
[[Kayleigh Marlow|name]]: ok. my mum says shes coming to get [[summer|name]] and [[ty|name]] at 3
[[5 OCT|date]] AT 19:30
[[Kayleigh Marlow|name]]: my phone is getting cut off so use my mums [[020 8893 2671|phone]] or my new one [[07462 190 583|phone]]
[[Kayleigh Marlow|name]]: also can you tell the school [[summer|name]] is at mums in [[bedfont|place]] all week. miss
[[kaur|name]] keeps texting
[[Kayleigh Marlow|name]]: and the housing man ([[gary|name]]?) said the mould guys are coming the [[15th|date]]
[[8 OCT|date]] AT 22:04
[[Kayleigh Marlow|name]]: i found out [[reece|name]] has been staying at [[jodie cook|name]]s in [[feltham|place]] by the station.
[[Kayleigh Marlow|name]]: she has kids as well. someone should tell there social worker
[[Kayleigh Marlow|name]]: her address is [[flat 3 saxon house|address]] i think
[[Nadia Okafor|name]]: Thanks [[Kayleigh|name]]. I can't talk about other families but I have noted what you said. How is [[Ivy|name]]
feeding?
[[Kayleigh Marlow|name]]: good 120ml now. shes in the basket every night i promise. the hv [[bronwen|name]] come today
[[Kayleigh Marlow|name]]: can i do the freedom programme at the childrens centre in [[hanworth|place]] not [[hounslow|place]] i cant get 2
busses with the pram
[[10 OCT|date]] AT 13:27
[[Nadia Okafor|name]]: Yes - I've asked [[Roxanne|name]] to book you on the [[Hanworth|place]] group. It starts Wednesday
[[21 October|date]].
[[Kayleigh Marlow|name]]: thank u. nan says can [[summer|name]] stay at hers till half term she likes the school run with [[tracey|name]]
[[Kayleigh Marlow|name]]: and [[reece|name]]s mum [[linda|name]] rang me from [[yeading|place]] shouting saying im keeping her
grandkids off her
[[Kayleigh Marlow|name]]: she lives [[lansbury drive|address]] if u need it. she wants to see [[ivy|name]] and [[ty|name]] on sundays
[[Nadia Okafor|name]]: I'll call you Monday [[12th|date]] to talk about [[Linda|name]] seeing the children. Take care x
"""),
]


# --- B. Wickramasinghe / Perera family (Sinhalese Sri Lankan), Heston, Hounslow ----------------------------------------------

HOME_B = d.Address("63 Vicarage Farm Road", "Heston", "Hounslow", "TW5 0AB")
ACHCHI_B = d.Address("42/3 Stanley Thilakaratne Mawatha", "", "Nugegoda", "10250")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Senuka", "Wickramasinghe")], dt.date(2017, 3, 8), addresses=[HOME_B], ids=["2469215145", "J313238761742"],
       schools=["Heston Brook Primary School"]),
    _p("s", "sibling", [("Sithmi", "Wickramasinghe")], dt.date(2012, 11, 23), addresses=[HOME_B], ids=["4698433924"],
       schools=["Lampton Park Academy"]),
    _p("m", "mother", [("Dilani", "Wickramasinghe")], dt.date(1986, 5, 12), addresses=[HOME_B], phones=["07399 612 448"]),
    _p("f", "father", [("Kasun", "Wickramasinghe")], dt.date(1981, 9, 1), addresses=[HOME_B], phones=["07588 203 917"],
       ids=["SJ 27 64 05 D"]),
    _p("g", "grandparent", [("Kusum", "Perera")], addresses=[ACHCHI_B], phones=["+94 77 314 8826"]),
    _p("p1", "professional", [("Ellen", "Marsh")], emails=["ellen.marsh@cranevale.gov.uk"]),
], "c")

DOCS_B = [
    ("Border Force officer's safeguarding referral from an airport arrivals hall", """UK BORDER FORCE - HEATHROW TERMINAL 4 -
SAFEGUARDING AND MODERN SLAVERY (SAMS) TEAM - CHILD SAFEGUARDING REFERRAL
Officer: HO [[Priya Chandran|name]] (SAMS), ext 4471      Date/time of encounter: [[19-08-2026|date]] 06:55
Flight: UL 503 from [[Colombo|place]] (BIA), arrived 06:20      Referral to: Crane Valley MASH; copy Met Police Aviation Policing

Subjects
1. [[WICKRAMASINGHE, Kasun Chaminda|name]]  DOB [[01/09/1981|dob]]  British passport  Tel [[07588 203 917|phone]]
2. [[WICKRAMASINGHE, Senuka|name]]  DOB [[08/03/2017|dob]]  British passport  (child, 9)
3. [[WICKRAMASINGHE, Sithmi Tharushi|name]]  DOB [[23/11/2012|dob]]  British passport  (child, 13)
UK address given: [[63 Vicarage Farm Road|address]], [[Heston|place]], [[Hounslow|place]] [[TW5 0AB|postcode]]
Overseas address given: c/o [[Kusum Perera|name]] (maternal grandmother), [[42/3 Stanley Thilakaratne Mawatha|address]],
[[Nugegoda|place]] [[10250|postcode]], Sri Lanka, tel [[+94 77 314 8826|phone]]

Circumstances
Cabin crew (SriLankan Airlines, purser [[Nimal Gunasekara|name]]) reported during the flight that the father had been drinking
his own duty-free spirits and had twice struck the boy on the back of the head when he screamed and rocked. The purser said
the girl "did all the looking after" and held her brother's ears for landing. Met at the aircraft door with Police
(PC [[Dan Hollis|name]]). Father smelt of alcohol but was steady. He said the boy is autistic, had had "a meltdown" and that he
only "tapped" him. The girl, spoken to apart with a female officer, said in English that her father "is fine when Amma is
there" and that their mother, [[Dilani|name]], had flown home early on [[5 August|date]] because her own father was ill in
[[Kandy|place]]. She gave her mother's UK mobile as [[07399 612 448|phone]]. The boy had a red mark behind his left ear, no
other injury seen; he would not speak but lined up his shoes. No modern slavery indicators.
The mother was rung at 07:40 on the number given and confirmed the above (she is in [[Peradeniya|place]] until [[2 September|date]]).
A family friend, Mr [[Roshan de Silva|name]] of [[Cranford|place]] ([[07908 441 265|phone]]), came to the terminal and the family
left with him at 09:15. Father gave his email as [[kasun.wick81@gmail.com|email]].
Signed [[P. Chandran|name]] HO  [[19.8.26|date]]
"""),
]

DOCS_B += [
    ("Viber messages between a mother abroad and her daughter, in Sinhala and English, typed up and translated", """[Viber chat
between "Amma" (the mother, [[Dilani Wickramasinghe|name]], in Sri Lanka) and [[Sithmi|name]] (13), shown by [[Sithmi|name]] to the
social worker on [[24/08/2026|date]] and typed up with her consent. Sinhala translated by [[Sithmi|name]] and checked by the
interpreter, Mrs [[Anoma Ratnayake|name]]. Contact saved as "Amma" is not a name.]

[[20/08/2026|date]]
Amma: [[සිත්මි|name]] දුව, තාත්ති බිව්වද?
      ([[Sithmi|name]] daughter, did Daddy drink?)
[[Sithmi|name]]: yes on the plane. he hit [[senuka|name]] 2 times and police came at the airport
Amma: අනේ මගේ පුතා. [[සෙනුක|name]] හොඳින්ද?
      (Oh my son. Is [[Senuka|name]] ok?)
[[Sithmi|name]]: hes ok. uncle [[roshan|name]] took us home. he says dont tell achchi
Amma: Achchi ට කියන්න එපා. සීයා ලෙඩින් ඉන්නේ. මම [[සැප්තැම්බර් 2|date]] එනවා
      (Don't tell Achchi. Grandad is ill. I am coming on [[2 September|date]].)
[[21/08/2026|date]]
[[Sithmi|name]]: thaththi didnt go work. he is sleeping. i made rice for [[senuka|name]] but he only eats the yellow one
Amma: Call aunty [[Chandrika|name]] [[07735 614 280|phone]] she is in [[Hounslow West|place]] near the temple. or [[Roshan|name]] uncle
[[Sithmi|name]]: i dont want to go to [[chandrika|name]] aunty's her son is weird
Amma: ok. I will ring from [[Nuwara|place]] tonight. my number here is [[+94 71 552 0917|phone]] use it if viber is not working
[[22/08/2026|date]]
[[Sithmi|name]]: a social worker lady came. [[ellen|name]]. she spoke to me alone in my room
Amma: What did you say
[[Sithmi|name]]: the truth. amma hes not ok when your not here. please come back. [[senuka|name]] needs you
Amma: මම එනවා. [[කොළඹ|place]] ඉඳලා [[2|date]] වෙනිදා flight. ආදරෙයි ❤️
      (I am coming. Flight from [[Colombo|place]] on the [[2nd|date]]. Love you.)
"""),
]

DOCS_B += [
    ("education, health and care plan annual review report", """EHC PLAN - ANNUAL REVIEW REPORT (SEND Regulations 2014, reg. 20)
Child: [[Senuka WICKRAMASINGHE|name]]   DOB: [[8 March 2017|dob]]   Year 5   UPN: [[J313238761742|upn]]
NHS number: [[246 921 5145|nhs]]
School: [[Heston Brook Primary School|school]] (ARP - additionally resourced provision for autism, the "[[Heston Brook|school]] Base")
Home address: [[63 Vicarage Farm Road|address]], [[Heston|place]], [[TW5 0AB|postcode]]
Date of review meeting: Wednesday [[30th
September 2026|date]]   Chair: [[Joanne Whitlock|name]] (SENCo)

Present: Mrs [[D Wickramasinghe|name]] (mother); Mr [[K Wickramasinghe|name]] (father, for the first 20 minutes); [[Ellen Marsh|name]]
(social worker, Crane Valley children's services); [[Hana Qureshi|name]] (class teacher); [[Liam O'Rourke|name]] (speech and language
therapist, Hounslow and Richmond Community Healthcare); [[Sithmi|name]] (sister, 13) joined at the end at her own request.
Apologies: Dr [[Vikram Anand|name]] (community paediatrician, [[Hounslow|place]] CDC); Ms [[Begum|name]] (EP).

Views of the child (with his communication book and symbols, gathered by Mrs [[Qureshi|name]] on [[23.9.26|date]]): likes
trains (the Piccadilly line, "Hatton Cross"), Minecraft, yellow rice, his sister. Does not like loud hand dryers, aeroplanes,
"angry daddy". He chose a picture of [[Sithmi|name]] for "who helps me".
Views of the parents: Mrs [[Wickramasinghe|name]] said the trip to Sri Lanka was "too much for him" and that she will not send him
again without her. She would like him to learn some Sinhala words for his grandmother, [[Kusum|name]] ("Achchi"), who rings
every Sunday from [[Nugegoda|place]]. Mr [[Wickramasinghe|name]] asked for a specialist secondary place at [[Lindon Bennett|school]]
or [[The Cedars|school]] and said that [[Senuka|name]] "copies bad words from a boy called [[Kobe|name]]" in the Base.
Progress: toileting now independent at school; uses 3-word sentences; 4 incidents of biting this year (2 since [[19 August|date]]).
Safeguarding: the school DSL ([[Joanne Whitlock|name]]) noted a bruise to his upper arm on [[14/09/2026|date]]; [[Senuka|name]] said
"tatha squeeze". Reported to MASH the same day; see the social worker's notes.
Actions: EP to observe before [[20 November|date]]; SaLT to share a home programme in Sinhala and English; secondary transfer
consultation to [[Lindon Bennett|school]], [[The Cedars|school]] and [[Heston Community School|school]]; Mrs [[Wickramasinghe|name]] to
be given Mrs [[Ratnayake|name]]'s number for interpreting at parents' evening ([[07961 207 449|phone]]).
"""),
]

DOCS_B += [
    ("Buddhist temple volunteer's handwritten note, scanned and OCR'd", """[Scanned from a lined page handed to the social worker at the
temple on [[11/10/2026|date]]; OCR text, with the OCR's errors left in. Written by the temple's Sunday school (Dhamma school)
teacher.]

To whom it may concern / Social Services
I am [[W.A. Sunethra Kumari|name]], Dhamma school teacher for 9 years at the vihara in [[Hounslow|place]]. I live at [[118 Bath
Road|address]], [[Hounsl0w|place]] [[TW3 3EJ|postcode]]. My phone [[0208 570 4418|phone]].
I know the famiIy of Mr [[Kasun|name]] and Mrs [[DiIani Wickramasinghe|name]] from [[Heston|place]] for 6 years. The children
[[Sithmi|name]] and [[Senuka|name]] come on Sunday with the mother. [[SithmI|name]] is very good girl, she is helping with
the small children, she is doing the Grade 5 Dhamma exam.
On Sunday [[27th Sept|date]] [[Sithmi|name]] came alone wlth her brother. She was crying in the shrine room. She told me the father
broke the teIevision and said he will send them to [[Kurunegala|place]] to his sister [[Padma|name]] akka, and they will not come
back. I told her to speak to the school. I did not teIl the father.
The mother is a kind lady. She is working at the airport cleaning (night). The father is not working since January.
He is drinking arrack with a man [[Lalith|name]] from [[Southa11|place]]. Our head monk, Ven. [[Dhammaratana|name]], has spoken
to the father. The father has promised on the Poya day to stop the drinking.
I am happy to speak to you. Please do not tell the father it was me.
[[Sunethra|name]]   [[11-10-2026|date]]
"""),
]


# --- C. Cupid / Providence family (Vincentian), Castlefield, High Wycombe ------------------------------------------------------

HOME_C = d.Address("18 Rutland Avenue", "Castlefield", "High Wycombe", "HP12 3LH")
DAD_C = d.Address("7 Limmer Lane", "Booker", "High Wycombe", "HP12 4QR")
GRANNY_C = d.Address("Rose Bank", "Layou", "", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Cupid")], dt.date(2013, 4, 27), addresses=[HOME_C], ids=["2959322916", "V825272040670"],
       schools=["Cressex Vale Academy"]),
    _p("s", "sibling", [("Kayla", "Providence")], dt.date(2019, 1, 6), addresses=[HOME_C], ids=["8781645457"],
       schools=["Sands Bank Primary School"]),
    _p("m", "mother", [("Shernelle", "Cupid")], dt.date(1990, 7, 15), addresses=[HOME_C], phones=["07482 903 716"],
       ids=["PW 61 09 37 A"]),
    _p("f", "father", [("Glenroy", "Providence")], dt.date(1986, 12, 3), addresses=[DAD_C], phones=["07368 452 901"]),
    _p("g", "grandparent", [("Iris", "Cupid")], addresses=[GRANNY_C], phones=["+1 784 493 2715"]),
    _p("p1", "professional", [("Marcus", "Thorne")], phones=["01494 521 806"], emails=["marcus.thorne@chilternhills.gov.uk"]),
], "c")

DOCS_C = [
    ("grandmother's handwritten letter from abroad to the social worker", """[Letter, blue biro on airmail paper, posted in
[[Kingstown|place]]
and received [[2 November 2026|date]]; typed up as written. Scanned original on file.]

                                                  [[Rose Bank|address]]
                                                  [[Layou|place]]
                                                  St Vincent & the Grenadines W.I.
                                                  [[19th October 2026|date]]
Dear Mister [[Thorne|name]]
I am [[Iris Cupid|name]] the Grandmother of [[Jaden|name]] and [[Kayla|name]]. My daughter [[Shernelle|name]] give me your name
and she say I could write. I dont have the email so I write by hand please excuse.
I raise [[Jaden|name]] from he was a baby in [[Layou|place]] till he was 8 when his mother send for him to [[High Wycombe|place]].
He was a good boy here, he go to the [[Layou Government School|school]] and sing in church at St Andrew's. Now she tell
me police find him in [[Slough|place]] in the night with boys he dont know and drugs in his sock. This is not my [[Jaden|name]].
Mister [[Thorne|name]] I know my daughter work hard, she do two jobs the care home and the cleaning, and the boy is on the road
too much. My cousin [[Velma|name]] in [[Wycombe|place]] ([[Velma Ollivierre|name]], [[22 Desborough Road|address]]) used to mind
him but she is sick now with her sugar.
What I ask is this. Send [[Jaden|name]] home to me for a time. I have the room, I am 64 and strong. His uncle [[Desmond|name]] is
a police in [[Kingstown|place]] and will keep him straight. He can go to [[Thomas Saunders Secondary|school]] in [[Kingstown|place]]
where his cousin [[Akeem|name]] go.
You can call me any evening (your afternoon) on [[+1 784 493 2715|phone]] or my neighbour Miss [[Lorna|name]] on [[+1 784 457 1180|phone]]
if I dont answer. Also the little one [[Kayla|name]] I would love to see her, her father [[Glenroy|name]] dont let her travel.
God bless you for helping my grandson.
Yours truly
[[Iris M. Cupid|name]] (Mrs)
"""),
]

DOCS_C += [
    ("early help assessment", """CHILTERN HILLS COUNCIL - EARLY HELP ASSESSMENT (family-led)          Date started: [[07/09/2026|date]]
Lead practitioner: [[Marcus Thorne|name]], Family Support Worker, Early Help [[Wycombe|place]], [[01494 521 806|phone]]
Family members: [[Shernelle Cupid|name]] (mum, 36), [[Jaden Cupid|name]] (13, DOB [[27.04.2013|dob]]), [[Kayla Providence|name]]
(7, DOB [[06.01.2019|dob]]). [[Kayla|name]]'s dad, [[Glenroy Providence|name]], lives in [[Booker|place]] ([[7 Limmer Lane|address]],
[[HP12 4QR|postcode]]) and has [[Kayla|name]] every other weekend. [[Jaden|name]]'s dad, [[Troy Baptiste|name]], lives in
[[Barrouallie|place]], St Vincent, and has not been in touch since 2021.
Address: [[18 Rutland Avenue|address]], [[Castlefield|place]], [[High Wycombe|place]] [[HP12 3LH|postcode]]
Schools: [[Cressex Vale Academy|school]] (Year 9; head of year Mr [[Ansah|name]]); [[Sands Bank Primary School|school]] (Year 3)

Why now: [[Cressex Vale|school]] asked for early help on [[1 September|date]] after [[Jaden|name]]'s attendance fell to 62% last year
and he was found with a vape and £140 in cash in his blazer. Mum asked for help with "his attitude" and with her hours.
What is working well: [[Shernelle|name]] is a proud, loving mum; the family is close to the Vincentian community at the
church on [[Totteridge Road|address]], where [[Jaden|name]] used to play the steel pan with Mr [[Cuffy|name]]. [[Kayla|name]] is
doing well, reads to her Granny on WhatsApp video, and her dad is reliable. Great-aunt [[Velma|name]] used to do school runs.
What we are worried about: [[Jaden|name]] is out after midnight on school nights while mum works nights at Greenacres care home in
[[Hazlemere|place]]; he has new trainers and a second phone; two older boys, known as "[[Smokey|name]]" and "[[Dre|name]]", wait
for him in a black Audi ([[KN71 WZP|vehicle]]) at the [[Castlefield|place]] shops. He told me [[Wycombe|place]] is "dead" and
[[Slough|place]] is where
"the money is". [[Kayla|name]] has been left with a neighbour at [[no. 22|address]] (Mrs [[Fenella Browne|name]]) until 7am.
Family's own words: "I came here for a better life and I am losing my boy to the road." ([[Shernelle|name]]) / "Everyone
chats about me. I'm not in no gang." ([[Jaden|name]]) / "I want Granny to come for Christmas." ([[Kayla|name]])
Plan (agreed at TAF meeting, [[21st September 2026|date]]): referral to the exploitation hub (ROCU / the [[Wycombe|place]] contextual
safeguarding panel); mum to ask her manager ([[Angela Fry|name]]) for day shifts; youth worker [[Nathaniel Ebanks|name]] (Wycombe Youth
Action) to mentor [[Jaden|name]] on Tuesdays; [[Kayla|name]] to breakfast club; talk to Granny [[Iris|name]] in [[Layou|place]] about
the family network; review [[2 November|date]].
"""),
]

DOCS_C += [
    ("duty line voicemails transcribed by a business support officer", """CHILTERN HILLS COUNCIL - FIRST RESPONSE DUTY LINE - VOICEMAIL
TRANSCRIPTS (typed by [[K. Lowe|name]], business support, Mon [[12 Oct|date]] 08:30; times from the phone system; [inaudible] where
not clear)

1) Sat [[10/10|date]] 23:58, from [[07482 903 716|phone]] (caller gave name)
"Hi, it's [[Shernelle|name]], [[Shernelle Cupid|name]], [[Jaden|name]]'s mum, [[Castlefield|place]]. He's not come home. I'm at work
in [[Hazlemere|place]], I can't leave, there's no one else on. His phone's off. Somebody said he got in a car by the [[Desborough|place]]
chicken shop. Can someone call me back. I already told the police, the number they give me is [inaudible] four four eight."

2) Sun [[11/10|date]] 02:14, from [[07368 452 901|phone]]
"Yeah, it's [[Glenroy|name]], [[Glenroy Providence|name]], I'm [[Kayla|name]]'s father. [[Shernelle|name]] says she left [[Kayla|name]] by
the lady next door again, [[Fenella|name]], and the boy is missing. I've got [[Kayla|name]] now, she's at mine in [[Booker|place]],
[[Limmer Lane|address]]. Just so you know where she is. I'm not happy. I want to talk about her living with me."

3) Sun [[11/10|date]] 09:40, withheld
"Morning, this is [[Velma|name]], [[Velma Ollivierre|name]], I am the great-aunt. [[Jaden|name]] reach home about six this morning, he
come by me first at [[Desborough Road|address]], he was wet and frighten and he had a cut on his hand. He say he was in [[Langley|place]]
or [[Slough|place]], a flat by the big Tesco. He sleeping now. Call me on [[01494 443 172|phone]]. God bless."

4) Sun [[11/10|date]] 16:05, from [[+1 784 493 2715|phone]]
"Good day, this is Mrs [[Cupid|name]] calling from [[Layou|place]], St Vincent. The grandmother. I hear the boy went missing again.
Please call me. And please tell Mister [[Thorne|name]] I send a letter. Thank you."

5) Mon [[12/10|date]] 07:52, from [[07823 108 445|phone]]
"Hi, it's [[Sam|name]] from [[Cressex Vale|school]], attendance. [[Jaden Cupid|name]] Year 9 - just checking whether anyone's aware of
the weekend, his form tutor Miss [[Yeboah|name]] had a message from another parent. I'll email [[Marcus|name]]. Cheers."
"""),
]

DOCS_C += [
    ("strategy meeting minutes about child criminal exploitation", """THAMES VALLEY - CHILTERN HILLS CHILDREN'S SERVICES
STRATEGY MEETING (s.47) - MINUTES                Date: [[13.10.2026|date]]   Time: 14:00-15:05   Venue: MS Teams
Child: [[Jaden CUPID|name]]  DOB: [[27/04/2013|dob]]  NHS: [[295 932 2916|nhs]]  Address: [[18 Rutland Avenue|address]],
[[Castlefield|place]], [[High Wycombe|place]] [[HP12 3LH|postcode]]
Chair: [[Rachel Okonjo|name]] (Team Manager, [[Wycombe|place]] Assessment)   Minutes: [[Tom Willis|name]]
Present: DS [[Carl Hennessy|name]] (TVP Child Exploitation, [[Slough|place]]); [[Marcus Thorne|name]] (Early Help); [[Priti
Shah|name]] (SW, allocated today); [[Hollie Grange|name]] (DSL, [[Cressex Vale
Academy|school]]); Dr [[Yusuf|name]] (named GP, Desborough
Surgery); [[Nathaniel Ebanks|name]] (youth worker).

Information shared
Police: [[Jaden|name]] reported missing [[10/10|date]] 23:20 by mum. At 03:10 on [[11 October|date]] PCs stopped a grey Toyota
([[YF19 KHC|vehicle]]) on the A4 in [[Cippenham|place]]; [[Jaden|name]] ran from the back seat. The driver, [[Leon FRANCIS|name]]
(19, of [[Britwell|place]]), was arrested for possession with intent. A phone in the car had contact "J [[Wycombe|place]]" with
[[Jaden|name]]'s second number ([[07449 180 322|phone]]). Address linked to the line: [[Flat 14, Kennedy House,
Farnham Road|address]], [[Slough|place]] [[SL1 4XL|postcode]] (cuckooed; tenant [[Gary Tibbs|name]], 58, vulnerable).
School: two fixed-term suspensions; [[Jaden|name]] told Miss [[Yeboah|name]] he owes "[[Dre|name]]" £300 "for the phone that got
took".
Health: hand laceration glued at Wycombe Hospital MIU [[11/10/26|date]]; told staff he "fell on glass in [[Hughenden|place]]".
Family: mum ([[Shernelle|name]]) cooperative but works nights; Mr [[Providence|name]] caring for [[Kayla|name]] since [[11/10|date]]
and wants a child arrangements order; grandmother [[Iris Cupid|name]] (St Vincent) proposes [[Jaden|name]] goes to live with her
in [[Layou|place]] - the meeting agreed this needs careful thought (risk of "reachable" exploitation being moved, not removed;
his uncle [[Desmond Cupid|name]] in [[Kingstown|place]] is a police officer).
Decision: threshold met for s.47 (CCE). NRM referral by DS [[Hennessy|name]]. Disruption: CAWN for [[Leon Francis|name]].
Next: joint visit [[14 Oct|date]]; review [[27/10/2026|date]].
"""),
]


# --- D. Bishop / Cowley family (white British), Blackbird Leys, Oxford -------------------------------------------------------

HOME_D = d.Address("Flat 6, 22 Pegasus Road", "Blackbird Leys", "Oxford", "OX4 6DT")
DAD_D = d.Address("41 Hollow Way", "Cowley", "Oxford", "OX4 2NB")
NAN_D = d.Address("9 Ashhurst Way", "Rose Hill", "Oxford", "OX4 4RF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Frankie", "Bishop")], dt.date(2011, 2, 19), addresses=[HOME_D], ids=["8208338699", "T931249173162"],
       schools=["Kestrel Park Academy"]),
    _p("s", "sibling", [("Leo", "Cowley")], dt.date(2020, 5, 4), addresses=[HOME_D], ids=["3544024462"],
       schools=["Orchard Mead Primary School"]),
    _p("m", "mother", [("Jade", "Bishop")], dt.date(1989, 8, 26), addresses=[HOME_D], phones=["07805 239 617"]),
    _p("f", "father", [("Lee", "Cowley")], dt.date(1987, 3, 13), addresses=[DAD_D], phones=["07917 634 058"]),
    _p("g", "grandparent", [("Sandra", "Bishop")], dt.date(1964, 6, 30), addresses=[NAN_D], phones=["01865 771 934"]),
    _p("p1", "professional", [("Hattie", "Greenwood")], phones=["01865 338 210"], emails=["hattie.greenwood@isisvale.gov.uk"]),
], "c")

DOCS_D = [
    ("sexual health clinic's under-18 safeguarding proforma", """SEXUAL HEALTH OXFORDSHIRE - UNDER 18s SAFEGUARDING PROFORMA (Spotting the
Signs, BASHH/Brook) - completed at the Saturday young people's clinic, [[Cowley Road|address]] site
Date: [[05/09/2026|date]]   Clinician: [[Siobhan Maher|name]], Senior Sexual Health Nurse   Clinic no: YP-26-0918
Name given: [[Frankie Bishop|name]]  ("[[Frankie B|name]]" on the booking app)   DOB: [[19-02-2011|dob]]   Age: 15
Address given: [[Pegasus Road|address]], "[[Blackbird|place]]" - flat number not given.  Mobile: [[07572 318 906|phone]]
GP: Leys Health Centre

Q1 Attends with an older partner or friend?  YES - came with "[[Kyle|name]]" who waited outside in a white Golf
([[OE68 FLM|vehicle]]). She said he is 20, lives in [[Greater Leys|place]], and is "basically my boyfriend".
Q2 Partner 5+ years older?  YES (c. 5 years).  Q3 Gifts, money, drugs, alcohol?  YES - iPhone, vapes, "[[Kyle|name]] pays for
my nails". Q4 Went missing / stays out?  YES - stays at "[[Kyle|name]]'s mate [[Jordan|name]]'s in [[Littlemore|place]]" some
nights. Q5 Isolated from family / school?  Not attending [[Kestrel Park|school]] since start of term. Q6 Controlled phone? YES -
he "checks my snap". Q7 Sex under pressure / unprotected / while drunk?  Says she "doesn't always remember" after parties.
Q8 Self-harm / mental health?  Old scars on left forearm; says she stopped.
Tests and treatment: EHC given (levonorgestrel); pregnancy test neg; STI screen sent; C-card declined.
Fraser competent for treatment; NOT competent to consent to the relationship (age 15; partner 20).
Action: safeguarding concern - I told [[Frankie|name]] I must share. She cried and said "my mum ([[Jade|name]]) will kill me and
[[Kyle|name]] will go mental". Referred to Oxfordshire MASH by phone 13:25 (spoke to [[Owen Price|name]]) and online form; police
child exploitation team copied. Left a message for her school DSL Ms [[Achterberg|name]].
[[S. Maher|name]]  [[5.9.26|date]]  14:10
"""),
]

DOCS_D += [
    ("Snapchat messages photographed by a mother and typed up", """[Snapchat messages between [[Frankie|name]] and "[[kyle|name]] 🔥"
(username kyle_s_ox4) photographed on [[Frankie|name]]'s phone by her mum, [[Jade Bishop|name]], on [[12 September 2026|date]] and
sent to the social worker. Typed up by [[Hattie Greenwood|name]]; spelling as in the photos; some snaps were already deleted.]

[[kyle|name]] 🔥: wer r u
[[Frankie|name]] 🦋: at my nans in [[rose hill|place]] she wont let me out
[[kyle|name]] 🔥: tell [[sandra|name]] ur going shop. im outside the co op
[[Frankie|name]] 🦋: cant. mum told her everything bout the clinic
[[kyle|name]] 🔥: u grassed me up?? after everything i done for u
[[Frankie|name]] 🦋: no!! the nurse made me its the law
[[kyle|name]] 🔥: [[jordan|name]] sez the feds been to his in [[littlemore|place]] asking bout u
[[kyle|name]] 🔥: if they come to mine i no its u
[[Frankie|name]] 🦋: im sorry i love u
[[kyle|name]] 🔥: prove it then. come [[cowley|place]] 2nite. [[jordan|name]]s is free
[[Frankie|name]] 🦋: i have to pick up [[leo|name]] from breakfast club tmrw mum works at 7
[[kyle|name]] 🔥: [[leo|name]] has a dad. let [[lee|name]] do it for once
[[Frankie|name]] 🦋: [[lee|name]] dont answer his phone
[[kyle|name]] 🔥: ur mum is a mess anyway she was on the [[leys|place]] last nite wasted
[[kyle|name]] 🔥: ill be at the [[Knights Road|address]] bus stop at 9. wear the thing i got u

[next snap, [[13/09|date]]]
[[Frankie|name]] 🦋: mum took my phone. this is [[tyler|name]]s. dont msg this one
[[kyle|name]] 🔥: who the f is [[tyler|name]]
[[Frankie|name]] 🦋: my friend from school shes in [[wood farm|place]]
[[kyle|name]] 🔥: tell her 2 keep her mouth shut. [[jordan|name]] knows where [[sandra|name]] lives
[[Frankie|name]] 🦋: dont go near my nan. she lives on [[ashhurst|address]] with her dog thats all
[[kyle|name]] 🔥: c u sat [[17th|date]] at templars square then. bring [[tyler|name]] if u want
"""),
]

DOCS_D += [
    ("social worker's chronology of significant events", """ISIS VALE COUNCIL - CHILDREN'S SOCIAL CARE - CHRONOLOGY OF SIGNIFICANT EVENTS
Children: [[Frankie BISHOP|name]] ([[19.02.2011|dob]]), [[Leo COWLEY|name]] ([[04.05.2020|dob]])
Address: [[Flat 6, 22 Pegasus Road|address]], [[Blackbird Leys|place]], [[Oxford|place]] [[OX4 6DT|postcode]]
Compiled by: [[Hattie Greenwood|name]], Social Worker, [[01865 338 210|phone]]   Updated: [[02/11/2026|date]]

Date        | Event | Source | Impact / action
[[11/03/2019|date]] | [[Jade Bishop|name]] and [[Lee Cowley|name]] start living together at [[Pegasus Rd|address]]. | Mother | -
[[04/05/2020|date]] | [[Leo|name]] born at the John Radcliffe. | Health | -
[[17/08/2022|date]] | Police called to DA at the home; Mr [[Cowley|name]] leaves and moves to [[Hollow Way|address]], [[Cowley|place]].
| TVP | DASH medium. Referral closed after single assessment.
[[09/01/2024|date]] | [[Frankie|name]] (12) found drunk at Blackbird Leys Park at 22:30 by PCSO [[Kerry Amos|name]]; taken to her nan,
[[Sandra Bishop|name]], [[9 Ashhurst Way|address]], [[Rose Hill|place]]. | TVP | Early help offered, declined.
Mar-2025 | [[Frankie|name]] moves to [[Kestrel Park Academy|school]] after a managed move from [[The Oxford Academy|school]]. |
School | -
[[05/09/2026|date]] | Sexual health proforma: [[Frankie|name]] attended with "[[Kyle|name]]", 20. EHC given. | Sexual Health Oxon |
Strategy discussion [[07/09|date]]; s.47 (CSE).
[[08/09/2026|date]] | [[Kyle SUTTON|name]] (DOB [[22/07/2006|dob]]), of [[Cuddesdon Way|address]], [[Greater Leys|place]], identified
from the Golf ([[OE68 FLM|vehicle]]). | TVP | CAWN served [[10/09|date]].
[[12/09/2026|date]] | Mother sends photographed Snapchat messages; [[Frankie|name]] at her nan's. | Mother | Police informed.
[[19/09/2026|date]] | [[Frankie|name]] missing overnight; found at 07:10 at [[Jordan Meade|name]]'s flat, [[Littlemore|place]]. | TVP |
Return interview by [[Abby Nwosu|name]] (Return Home Oxfordshire) [[21/09|date]]. Seen later by PCSO
[[Kerry Amos|name]] near the [[Greater
Leys|place]] shops.
[[24/09/2026|date]] | [[Leo|name]] not collected from [[Orchard Mead|school]] until 17:40; Mr [[Cowley|name]] then collected him. |
School | Discussed with both parents.
[[06/10/2026|date]] | ICPC: both children subject to CP plans (sexual abuse - [[Frankie|name]]; neglect - [[Leo|name]]). | CSC |
Core group [[20/10|date]].
[[29/10/2026|date]] | [[Kyle Sutton|name]] charged (s.9 SOA 2003); bail conditions: no contact, not to enter [[Blackbird Leys|place]]
or [[Greater Leys|place]]. | TVP | Safety plan updated.
"""),
]

DOCS_D += [
    ("social worker's letter to a father inviting him to a core group", """Isis Vale Council
Children's Social Care, [[Oxford|place]] Locality Team

Mr [[Lee Cowley|name]]
[[41 Hollow Way|address]]
[[Cowley|place]]
[[Oxford|place]]
[[OX4 2NB|postcode]]
                                                                         [[3 November 2026|date]]
Dear Mr [[Cowley|name]],
Re: [[Leo Cowley|name]] (born [[4 May 2020|dob]]) - child protection plan
Thank you for coming to the core group at [[Orchard Mead Primary School|school]] on [[20 October|date]]. [[Leo|name]] talks about you
a lot and his teacher, Mrs [[Pettifer|name]], says he is happiest on the days you pick him up.
As we discussed, I would like to assess whether [[Leo|name]] could stay with you on Tuesday and Wednesday nights while his mum
works early shifts at the BMW plant. I will visit your home on Thursday [[12 November 2026|date]] at 16:00. Please let me know if
your partner, Ms [[Kirsty Hale|name]], and her son [[Bailey|name]] will be at home, as I will need to meet them and do the usual
checks. If you have moved since July, please tell me your new address.
I know you were unhappy that [[Frankie|name]]'s situation was talked about at the meeting. [[Frankie|name]] is not your daughter
and I will not share her details with you, but it is important that you do not take [[Leo|name]] to your brother [[Wayne|name]]'s
flat in [[Barton|place]] while [[Kyle Sutton|name]] is staying there.
The next review conference is on [[15 December 2026|date]] at 10:00 in the [[Oxford|place]] Locality Office. You can bring a supporter.
If you would like to talk before then, ring me on [[01865 338 210|phone]] or email [[hattie.greenwood@isisvale.gov.uk|email]].
Yours sincerely
[[Hattie Greenwood|name]]
Social Worker
cc: [[Jade Bishop|name]] ([[Pegasus Road|address]]); [[Frances Odell|name]], IRO
"""),
]


# --- E. Bains family (Punjabi Sikh), Dormers Wells, Southall ----------------------------------------------------------------

HOME_E = d.Address("9 Dormers Wells Lane", "Dormers Wells", "Southall", "UB1 3HX")
MAMA_E = d.Address("House No. 214, Model Town", "", "Jalandhar", "144003")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Simran Kaur", "Bains")], dt.date(2010, 6, 18), addresses=[HOME_E], ids=["6671902305"],
       schools=["Dormers Brook High School"]),
    _p("s", "sibling", [("Arjan Singh", "Bains")], dt.date(2015, 2, 9), addresses=[HOME_E], ids=["7161644054", "Y307238853434"],
       schools=["Featherstone Lane Primary School"]),
    _p("m", "mother", [("Harpreet Kaur", "Bains")], dt.date(1984, 10, 2), addresses=[HOME_E], phones=["07846 119 532"]),
    _p("f", "father", [("Jaswinder Singh", "Bains")], dt.date(1980, 4, 21), addresses=[HOME_E], phones=["07534 882 160"],
       ids=["JB 52 18 63 C"]),
    _p("g", "grandparent", [("Gurdev", "Kaur")], dt.date(1946, 1, 1), addresses=[HOME_E]),
    _p("u", "other", [("Kuldip Singh", "Gill")], addresses=[MAMA_E], phones=["+91 98142 36075"]),
    _p("p1", "professional", [("Ruth", "Adeyemi")], phones=["020 8825 6601"], emails=["ruth.adeyemi@brentbrook.gov.uk"]),
], "c")

DOCS_E = [
    ("school's online MASH referral form", """BRENT BROOK COUNCIL - MULTI-AGENCY REFERRAL FORM (MARF) - submitted online
[[06/10/2026|date]] 15:42
Section 1 - Child
Forename(s): [[Simran Kaur|name]]      Surname: [[BAINS|name]]      Known as: [[Sim|name]] / [[Simmy|name]]
DOB: [[18/06/2010|dob]]      Gender: F      Ethnicity: Asian British - Indian (Sikh)      First language: English, Punjabi
NHS no. (if known): [[667 190 2305|nhs]]      School/setting: [[Dormers Brook High School|school]] (Sixth Form, Year 12)
Address: [[9 Dormers Wells Lane|address]]      Town: [[Southall|place]]      Postcode: [[UB1 3HX|postcode]]
Section 2 - Household
Mother: [[Harpreet Kaur Bains|name]], [[07846 119 532|phone]] (works nights at a Heathrow catering unit)
Father: [[Jaswinder Singh Bains|name]], [[07534 882 160|phone]] (HGV driver, "away Mon-Fri")
Brother: [[Arjan|name]] (11), [[Featherstone Lane Primary|school]]
Grandmother (father's mother): Mrs [[Gurdev Kaur|name]] ("Biji"), about 80, dementia
Section 3 - Referrer
Name: [[Daniel Kovacs|name]]   Role: DSL   Tel: [[020 8574 3390|phone]]   Email: [[d.kovacs@dormersbrook.ealing.sch.uk|email]]
Section 4 - Reason for referral (what has happened, what are you worried about)
[[Simran|name]] has lived in [[Dormers Wells|place]] all her life. She has been late or absent 14 times this term and fell asleep
in her Biology A-level lesson on [[5 Oct|date]]. Today
her form tutor (Ms [[Jutla|name]]) saw fresh cuts on her left wrist. [[Simran|name]] said she "does everything" at home: she gets
up in the night when her grandmother wanders, washes her and gives her tablets, gets [[Arjan|name]] to school and cooks. On
[[2 October|date]] she found Biji at the bus stop on [[Uxbridge Road|address]] at 3am in her nightclothes. She said her mum "comes
home at 7 and sleeps" and her dad says a girl should look after her Biji. She has been told by her aunt in [[Hayes|place]] (Mrs
[[Manjit Dhillon|name]]) that "our family does not put our elders in homes".
[[Simran|name]] wants to go to university ("[[Brunel|school]] or [[Kingston|school]]") and said "I can't do this for two more years".
Section 5 - Consent
Parent informed: YES - spoke to mother [[06/10/2026|date]] 14:30; she was upset but agreed. Child's views: agrees to referral,
asked that her dad is not told about the cuts.
Section 6 - Other agencies
GP: Dormers Wells Medical Centre. Young carers: not known to Ealing Young Carers. CAMHS: not known.
"""),
]

DOCS_E += [
    ("social worker's visit notes typed fast on a phone", """[Notes app on work phone, pasted into the case record [[08/10/26|date]]
21:10 by [[R Adeyemi|name]]. Not tidied.]

hv [[9 dormers wells ln|address]] 4.30pm. mum [[harpreet|name]] + biji + [[arjan|name]]. [[sim|name]] came in 5.10 from college
biji in front room on a single bed, commode, smell of urine. v confused, called me "[[pinky|name]]" (mum says her late daughter)
mum v tired, works 10pm-6am at the airport (Gate Gourmet?), dad in [[Felixstowe|place]] this wk, on speaker for 10 min. dad
([[jaswinder|name]]) said "no social services needed, my sister [[manjit|name]] will help". he wd not agree to a care needs
assessment for his mum
[[arjan|name]] showed me his room (shares w [[sim|name]]?? no - [[sim|name]] sleeps on a mattress in biji's room to hear her at night)
seen [[sim|name]] alone in garden 15 min. cuts "from the [[2nd|date]], not since". has a friend [[navneet|name]] from
[[greenford|place]] who
knows. would like: a night off, someone to come in at night, her dad to "see it". scared of being "the girl who got her family
in trouble at the gurdwara"
mum says uncle ([[kuldip|name]] mama, her bro) in [[jalandhar|place]] wants biji to go back to india. dad says no
neighbour at [[no 11|address]] (mrs [[sohal|name]]) brings food sometimes + has found biji in the road twice
actions: adult social care referral ([[ealing|place]] ASC front door) tmrw; young carers; FGC referral; GP (dr [[bhamra|name]]) re
biji meds + memory clinic; school - [[sim|name]]'s attendance; CAMHS SPA for [[sim|name]]
mum's new no [[07392 507 814|phone]]. dad's email [[jsbains80@yahoo.co.uk|email]]
nxt visit tues [[13/10|date]] 5pm when dad is home
"""),
]

DOCS_E += [
    ("family group conference family plan", """BRENT BROOK FAMILY GROUP CONFERENCE SERVICE - FAMILY PLAN
Family: [[Bains|name]]    Conference held: Sunday [[8th November 2026|date]], 11:00-16:30, at the family's home, [[9 Dormers
Wells Lane|address]], [[Southall|place]] (private family time in the front room; langar-style lunch by the family)
Coordinator: [[Baljit Sahota|name]] (independent FGC coordinator; Punjabi/English)   Social worker: [[Ruth Adeyemi|name]]
Who came: [[Harpreet|name]] (mum); [[Jaswinder|name]] (dad); [[Simran|name]] (16) with her advocate [[Chloe Mensah|name]]; [[Arjan|name]]
(11, for the first hour); Bhua ji [[Manjit Dhillon|name]] and Phupher ji [[Harbhajan Dhillon|name]] (from [[Yeading|place]]); Mama ji
[[Kuldip Singh Gill|name]] (by video from [[Jalandhar|place]], [[+91 98142 36075|phone]]); cousin [[Rajveer|name]] ("[[Raj|name]]", 24,
from [[Hounslow|place]]); family friend [[Paramjit Kaur Virdi|name]] ("[[Pam|name]] aunty", neighbour at [[no. 11|address]]); Giani
ji [[Sukhdev Singh|name]] from the gurdwara on [[Havelock Road|address]] (as a family supporter, at dad's request).
Not present, views sent: Biji ([[Gurdev Kaur|name]]) was asked, with the coordinator, in the morning: "[[Simran|name]] is my
heart. I want to stay in my son's house."

THE FAMILY'S PLAN (in the family's words)
1. Nights: no more nights for [[Simran|name]]. [[Raj|name]] sleeps over Sun and Mon; [[Manjit|name]] bhua Tue and Wed; [[Jaswinder|name]]
changes to local driving (his boss, Mr [[Toor|name]], has agreed from [[1 December|date]]) and does Thu-Sat.
2. Days: [[Pam|name]] aunty sits with Biji 2-4pm weekdays. Biji goes to the day centre at the gurdwara on Tue and Fri.
3. Care: dad agrees to the care needs assessment for Biji by [[Ealing|place]] adult social care (OT visit booked [[17/11|date]]).
4. [[Simran|name]]: keeps her own room (Biji moves to the back room downstairs); CAMHS appointment [[20 Nov 2026|date]];
she goes to the Ealing Young Carers group on Thursdays; mum drives her to [[Brunel|school]] open day on [[28/11|date]].
5. [[Arjan|name]]: [[Featherstone Lane|school]] breakfast club paid by [[Harbhajan|name]] phupher ji; football with [[Raj|name]] on
Saturdays in [[Norwood Green|place]].
6. Going back to India: Mama ji's idea that Biji goes to live with him in [[Model Town|place]], [[Jalandhar|place]], is
"not for now". The family will talk again at the review.
7. If the plan breaks down: [[Harpreet|name]] rings [[Manjit|name]] ([[07825 946 371|phone]]) first, then the social worker.
Review FGC: [[24 January 2027|date]].   Agreed by the social worker on [[09/11/2026|date]] ([[R. Adeyemi|name]]).
"""),
]

DOCS_E += [
    ("WhatsApp voice note in Punjabi from an uncle abroad, transcribed and translated", """[A WhatsApp voice note (3 min 12 s) sent
by [[Kuldip Singh Gill|name]] ("Mama ji") from India to [[Harpreet Kaur Bains|name]] on [[10/11/2026|date]], forwarded by her to the
social worker with consent. Transcribed in Gurmukhi and translated by [[Amandeep Kaur Riar|name]], Brent Brook interpreting
service, [[12/11/2026|date]]. Background noise (traffic, a television).]

ਸਤ ਸ੍ਰੀ ਅਕਾਲ [[ਹਰਪ੍ਰੀਤ|name]]। ਮੈਂ ਕੱਲ੍ਹ ਵਾਲੀ ਗੱਲ ਬਾਰੇ ਸੋਚਿਆ। ਬੀਜੀ ਨੂੰ ਇੱਥੇ [[ਜਲੰਧਰ|place]] ਭੇਜ ਦਿਓ।
(Sat Sri Akal, [[Harpreet|name]]. I thought about what we talked about yesterday. Send Biji here to [[Jalandhar|place]].)
ਸਾਡਾ ਘਰ ਵੱਡਾ ਹੈ, [[ਸੁਖਵਿੰਦਰ|name]] ਘਰ ਹੁੰਦੀ ਹੈ।
(Our house is big, [[Sukhwinder|name]] is at home.) [Interpreter: the uncle's wife.]
"Look, in [[Southall|place]] you all work, work, work. Here there is a maid, [[Sunita|name]], who comes every day. Our address
is the same, [[House No. 214, Model Town|address]], [[Jalandhar|place]] [[144003|postcode]], the doctor is five minutes away,
Dr [[Malhotra|name]] at [[Model Town|place]]."
ਅਤੇ [[ਸਿਮਰਨ|name]] ਬੱਚੀ ਹੈ, ਉਹ ਨਰਸ ਨਹੀਂ। ਉਹਨੂੰ ਪੜ੍ਹਨ ਦਿਓ।
(And [[Simran|name]] is a child, she is not a nurse. Let her study.)
"[[Jaswinder|name]] will not like it. Tell him I said. Tell him [[Kuldip|name]] said. I will speak to [[Manjit|name]] also.
Biji's passport is with you? It expired in 2024 I think. The high commission in [[Delhi|place]]... no, you do it there, at
VFS in [[Hounslow|place]]. My new number is [[+91 181 246 7790|phone]] for the house, the mobile you have."
ਵਾਹਿਗੁਰੂ ਮਿਹਰ ਕਰੇ। [[ਅਰਜਨ|name]] ਨੂੰ ਪਿਆਰ।
(May Waheguru bless you. Love to [[Arjan|name]].)
"""),
]


# --- F. Bright / Hope family (white British, kinship care), Grimsbury, Banbury ----------------------------------------------

HOME_F = d.Address("31 Centre Street", "Grimsbury", "Banbury", "OX16 3BD")
MUM_F = d.Address("Room 4, Oak House, 12 Launton Road", "", "Bicester", "OX26 6HT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ellie-May", "Bright")], dt.date(2017, 9, 14), addresses=[HOME_F], ids=["5716145272", "G931233822507"],
       schools=["Grimsbury Park Primary School"]),
    _p("s", "sibling", [("Riley", "Bright")], dt.date(2022, 4, 3), addresses=[HOME_F], ids=["6428768097"]),
    _p("m", "mother", [("Courtney", "Bright")], dt.date(1995, 12, 28), addresses=[MUM_F], phones=["07852 614 930"]),
    _p("f", "father", [("Callum", "Gilkes")], dt.date(1993, 8, 8), phones=["07411 283 056"]),
    _p("g", "grandparent", [("Brenda", "Hope")], dt.date(1966, 3, 22), addresses=[HOME_F], phones=["01295 262 470", "07488 265 193"],
       ids=["NW 38 15 72 A"]),
    _p("p1", "professional", [("Priyanka", "Lall")], phones=["01295 750 318"], emails=["priyanka.lall@isisvale.gov.uk"]),
], "c")

DOCS_F = [
    ("supervised contact record, handwritten and scanned with OCR", """[Scanned contact record, OCR text. Handwritten by the contact
supervisor; the OCR's mistakes are left in.]
CHERWELL FAMILY CONTACT CENTRE - SUPERVISED CONTACT RECORD            Session no. 7
Date: Sat [[17/10/2026|date]]    Time: 10:00 - 11:30    Venue: Room 2 ("the blue room"), centre on [[Bridge Street|address]]
Children: [[Ellie-May Bright|name]] (9) and [[Riley Bright|name]] (4)    Parent: [[Courtney Bright|name]] (mother)
Brought by: maternal grandmother and kinship carer Mrs [[Brenda Hope|name]] (left at 09:55, back 11:30)
Supervisor: [[Kath Merriman|name]]

10:02 Mum arrived on time, by train from [[Bicester|place]]. Looked well. Brought a cake (Colin the Caterpillar) for
[[Riley|name]]'s "late birthday" and a bag of Squishmallows. [[Riley|name]] ran to her, "Mummy!!". [[Ellie-May|name]] hung back
by the window and said "hi" then went on the iPad.
10:15 Mum played Lego with [[Riley|name]]. Talked about her flat in [[Bicester|place]] ("it's got a key card and a lady called
[[Bev|name]] who checks on you"). Told [[Riley|name]] she has "been poorly but the doctors made me better".
10:40 [[Ellie-May|name]] asked mum "are you still with [[CaIlum|name]]?" Mum said no. [[EIlie|name]] said "Nanna [[Brenda|name]] says
he's not allowed near us". Mum said "Nanna shouldn't say stuff like that to you". I reminded mum of the agreement (no talk of
adult matters). Mum apologised.
10:55 Mum asked [[Ellie-May|name]] for a hug. She said no. Mum got upset and went to the toilet for 5 mins. [[Riley|name]] asked
"is mummy crying". I reassured him.
11:10 Mum gave [[Ellie-May|name]] a card with her new number written in it ([[07852 614 930|phone]]) and said "text me whenever
you want, don't tell Nanna". I took the card and said I would pass this on to the social worker, [[Priyanka|name]].
11:25 Goodbyes. [[Riley|name]] cried. [[Ellie-May|name]] said "bye" from the door and then ran back and hugged mum.
Overall: warm with [[Riley|name]]; [[Ellie-May|name]] guarded. Mum said she is going to the Turning Point group in [[Banbury|place]]
on Tuesdays. Next session: [[31/10/2026|date]].
Signed: [[K Merriman|name]]
"""),
]

DOCS_F += [
    ("kinship carer assessment visit case note", """CASE NOTE - Isis Vale Council, Children's Social Care ([[Banbury|place]] Locality)
Type: Home visit - kinship (connected person) assessment, session 3 of 6      Date of visit: [[21/10/2026|date]], 13:30-15:45
Written by: [[Priyanka Lall|name]], Social Worker (Fostering - Kinship)      Recorded: [[22/10/2026|date]]
Present: Mrs [[Brenda Hope|name]] (maternal grandmother, 60); her partner Mr [[Terry Webb|name]] (63) for part; children not present
(at school / nursery).
Address: [[31 Centre Street|address]], [[Grimsbury|place]], [[Banbury|place]] [[OX16 3BD|postcode]]

[[Brenda|name]] has cared for [[Ellie-May|name]] and [[Riley|name]] since [[2 June 2026|date]], when [[Courtney|name]] was admitted to the
Horton after an overdose and the children were found alone at her then flat on [[Ruscote Avenue|address]]. The children are
placed with her under regulation 24 (temporary approval). We talked through her own childhood in [[Brackley|place]] and
[[Daventry|place]], her first marriage to [[Courtney|name]]'s father ([[Gary Bright|name]], now in Spain) and why she left him.
She was open about a caution in 1998 (shoplifting) and about her depression after her son [[Shane|name]] died in 2015.
Home: three-bed terrace, clean, toys everywhere. [[Ellie-May|name]] has the box room; [[Riley|name]] is in with [[Brenda|name]] "for now".
Stairgate needed. Smoke alarm tested.
[[Terry|name]]: he lives here 4 nights a week; his own flat is in [[Hardwick|place]] ([[Fairway|address]]). He has a van
([[VK20 HTB|vehicle]]) for his window cleaning round. DBS applied for [[14/10|date]]. He said [[Riley|name]] calls him "Grandad
[[Tel|name]]"
and that he "won't have [[Callum|name]] anywhere near this house".
Father: [[Callum Gilkes|name]] ([[Riley|name]]'s dad) has rung [[Brenda|name]]'s landline ([[01295 262 470|phone]]) three times asking
to see [[Riley|name]]; last time [[18 October|date]], "very drunk". [[Brenda|name]] has blocked his mobile ([[07411 283 056|phone]]).
She thinks he is staying with a friend "[[Deggsy|name]]" in [[Neithrop|place]]. [[Ellie-May|name]]'s father, [[Jamie Cross|name]], died
in 2019.
Support network: her sister [[Carol Wyatt|name]] in [[Adderbury|place]] (does school run Wednesdays); neighbour [[Mo|name]] at the
corner shop on [[Merton Street|address]] "keeps an eye"; [[Grimsbury Park|school]] (head, Mrs [[Adebayo|name]]).
Next: session 4 on [[4/11|date]] (finances - she is asking about an SGO allowance; her NI number, [[NW 38 15 72 A|ni]], taken for the
benefits check); references from Dr [[Fenwick|name]] and
from [[Carol|name]]; medical (Horton GP).
"""),
]

DOCS_F += [
    ("kinship carer's email to the social worker", """From: [[Brenda Hope|name]] <[[brendahope66@btinternet.com|email]]>
Sent: [[28 October 2026|date]] 23:14
To: [[Lall, Priyanka|name]] <[[priyanka.lall@isisvale.gov.uk|email]]>
Subject: [[ellie may|name]] and the phone thing

Hi [[Priyanka|name]]
Sorry its late, cant sleep. Two things.
1) [[Ellie May|name]] has been texting her mum on her friend [[Lacey|name]]'s phone. [[Lacey|name]]s mum ([[Donna|name]], lives on
[[Causeway|address]]) came round and showed me. [[Courtney|name]] has been telling [[Ellie|name]] she will "come and get her at
Christmas" and that "Nanna is lying". [[Ellie|name]] was in bits at bedtime. I dont want to stop contact, she is still my
daughter, but she cant say things like that. Can you ring me tomorrow on my mobile [[07488 265 193|phone]] not the house
phone as [[Callum|name]] keeps ringing that.
2) The school ([[Grimsbury Park|school]]) rang - [[Ellie-May|name]] pushed a girl over in the playground and said "my mum's a
druggie and my dad's dead so what". The teacher Miss [[Nutt|name]] was kind about it. They want a meeting on Mon [[2nd|date]].
[[Terry|name]] says to say his DBS came back fine.
Also, sorry, one more, [[Riley|name]]'s nursery ([[Busy Bees|school]]) said he can have the 30 hours from January if I
sign the form, can I sign it or does it have to be [[Courtney|name]]?
Thanks for everything. I know I go on.
[[Brenda|name]]
[[31 Centre St|address]], [[OX16 3BD|postcode]]

Sent from my iPad
"""),
]

DOCS_F += [
    ("child in need review meeting minutes", """ISIS VALE COUNCIL - CHILD IN NEED REVIEW MEETING - MINUTES
Children: [[Ellie-May BRIGHT|name]] (DOB [[14/09/2017|dob]], UPN [[G931233822507|upn]]) and [[Riley BRIGHT|name]] (DOB [[03/04/2022|dob]])
Date: Monday [[9 November 2026|date]], 15:30, at [[Grimsbury Park Primary School|school]], [[Banbury|place]]
Chair: [[Priyanka Lall|name]] (SW)   Minutes: [[Lorraine Pick|name]] (school admin)
Present: Mrs [[Brenda Hope|name]] (kinship carer); [[Courtney Bright|name]] (mother, by phone from [[Bicester|place]] for items 1-3);
[[Sharon Adebayo|name]] (headteacher); [[Tilly Nutt|name]] (class teacher, Year 4); [[Gemma Lowry|name]] ([[Busy Bees|school]] nursery,
[[Riley|name]]'s key person); [[Olu Bankole|name]] (drug and alcohol worker, Turning Point, for [[Courtney|name]]).
Apologies: health visitor [[Aisha Raza|name]]; Mr [[Callum Gilkes|name]] (invited by letter to his last known address, [[Flat 2,
7 Warwick Road|address]], [[Banbury|place]] [[OX16 2AN|postcode]]; no reply).

1. Children's views. [[Ellie-May|name]] (with Miss [[Nutt|name]]): "I like living at Nanna's. I want Mummy to get better. I don't
want to see [[Callum|name]]." [[Riley|name]] told [[Gemma|name]] his favourite people are "Nanna, [[Tel|name]] and [[Ellie|name]]".
2. School. [[Ellie-May|name]]'s attendance 97%. Two incidents (pushing, [[28 Oct|date]]; swearing, [[4 Nov|date]]). Started ELSA
sessions with Mrs [[Kirby|name]]. Reading at age-related expectations.
3. Mother. [[Courtney|name]] is 20 weeks abstinent from heroin, on methadone (Turning Point, [[Banbury|place]]). She has a room at
[[Oak House|address]], [[Bicester|place]] (supported housing) until [[31/03/2027|date]]. She accepted that texting [[Ellie-May|name]]
through [[Lacey|name]]'s phone was wrong. Agreed: one video call a week on Sundays, set up by [[Brenda|name]].
4. Nursery. [[Riley|name]] settled; speech delay, referred to SaLT (Horton clinic) on [[15/10|date]].
5. Father. Police: Mr [[Gilkes|name]] arrested [[30/10/2026|date]] in [[Neithrop|place]] for breaching a non-molestation order
(applicant [[Courtney Bright|name]]). [[Brenda|name]] to ring 999 if he comes to the house.
6. Plan. Kinship assessment to panel on [[10 December 2026|date]]; SGO application to be discussed; [[Brenda|name]] to get legal
advice (Family Rights Group helpline). Next CIN review: [[11/01/2027|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 40 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 00:46 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "ho", "ven", "ven.", "mister", "nurse",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "tanty", "cousin", "amma", "achchi", "thaththi", "tatha", "akka", "biji",
           "bhua", "phupher", "mama", "giani", "ji", "ਬੀਜੀ"}
_AFTER = {"akka", "aunty", "uncle", "mama", "bhua", "ji", "phupher", "senior", "junior"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "middlesex", "west london", "london", "thames valley",
               "oxfordshire", "oxon", "buckinghamshire", "bucks", "berkshire", "sri lanka", "india", "punjab", "spain",
               "st vincent", "st vincent & the grenadines", "st vincent and the grenadines", "svg", "the grenadines",
               "w.i.", "west indies", "the caribbean", "caribbean"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mister Thorne",
# "Ven. Dhammaratana", "HO Priya Chandran", "Nanna Brenda", "Grandad Tel", "Bhua ji Manjit Dhillon", "Mama ji Kuldip Singh
# Gill", "Giani ji Sukhdev Singh"; and after one: "Padma akka", "Pam aunty", "Roshan uncle", "Kuldip mama", "Manjit bhua",
# "Harbhajan phupher ji") and counties, regions and countries ("Middlesex", "Oxfordshire", "Sri Lanka", "India", "Spain",
# "St Vincent & the Grenadines").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
