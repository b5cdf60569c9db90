"""Set 38: a held-out hand-written set for the redaction detector, six more invented families in Merseyside and
Cheshire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set39.py to redaction_set41.py and tests/test_redaction_set39.py to test_redaction_set41.py (written by other
helpers at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that
looked at no detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and
marking conventions followed here; the middle of set 21's documents was cut from the screen and only its first and last few
documents were read), tests/test_redaction_set25.py (the size test and the NAME assertion), the docstrings of
bench/redaction_set7.py to redaction_set37.py and bench/redaction_heldout.py, searched by a small script for the names of towns
and districts of Merseyside and Cheshire and of communities (to see which had been a family's home or a family's community
before), the signatures of `_party`, `Records` and `HandSet` in bench/redaction_handwritten.py, and the ruff settings in
pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say
so here.

Six families in Merseyside and Cheshire, each from a town, district or estate no earlier set (7 to 37) used as a family's home.
Four of the kinds most common in children's social care: a white British mother on the Tower Hill estate in Kirkby, with a
grandmother in Page Moss, Huyton (Prenton / Moss; a girl of 11 and a boy of 3 locked out at night by a mother's partner who
deals cannabis, a dog bite, a dirty house, a move to Westvale, a girl's own note to the conference), a white British lone father
in Leasowe on the Wirral, with a mother in Moreton (Kirkby / Woods / Lightfoot; a girl of 14 missing three times, groomed by a
man of 23 with gifts, a party near the Baltic, drugs to carry to Rock Ferry, a grandmother's death), a Black British
Liverpool-born family in Speke, with a grandmother in Garston and a father in prison (Cole / Kelly / Adeyemi; a boy of 15
exploited on a county line to Rhyl and Prestatyn, a stop and search, the National Referral Mechanism, a younger sister at risk)
and a white British family on the Wharton estate in Winsford, with a grandmother in Over (Shaw / Booth / Pickering; grip
bruising and petechiae on a boy of 2 found by a health visitor, a mother's online consultation to the GP, a child protection
medical, a girl of 6 who says "Josh squeezed him" to a police officer on body-worn video). Two from communities no earlier set
used: an Armenian family from Gyumri and Yerevan in Orford, Warrington (Petrosyan / Hakobyan; a father who drinks after his
brother's death in the 2020 war, a push and a mark on a mother's neck, a girl of 12 who self-harms and interprets for her
mother, a grandmother in Yerevan who writes in Armenian) and a Yazidi family from Kocho near Sinjar, resettled from Khanke camp
to Overpool, Ellesmere Port (Khalaf / Murad; a mother with PTSD from captivity in Raqqa, a girl of 15 who is her mother's "hands
and English", talk of an engagement to a cousin in Bielefeld, a girl of 10 missing Mondays). 24 documents, about half plain
professional recording (a police child concern notification, strategy discussion minutes, a return home interview, an initial
child protection conference report, a child and family assessment, child protection conference minutes, a social worker's home
visit note with an interpreter, a school's attendance letter, MACE panel minutes, a chronology, a health visitor's contact
record and a child protection medical report) and the rest the other writing a file holds, of types or in styles no earlier set
used where possible: a grandmother's Facebook Messenger messages, a girl's handwritten note scanned and OCR'd (with OCR errors
inside names, "A1fie", "Kay1a", "Fazaker1ey"), a Philomena Protocol missing child profile form with the police's episode log,
Snapchat messages photographed by the police, a grandmother's letter in Armenian with the interpreter's translation, a school
nurse's email chain, a refugee resettlement caseworker's handover checklist, WhatsApp voice notes translated from Kurmanji, a
police officer's pocket notebook entry, a mother's voice-to-text messages (with mis-hearings: "real" for Rhyl, "pressed in" for
Prestatyn, "Speak Road", "Taylor" for Tayla), a mother's eConsult form printed from the GP system, and a body-worn video
transcript.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
and postcodes may be real or invented, and house numbers are invented). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Armenia, Germany, Iraq); NHS numbers and UPNs (the right LA number for the area: 340,
344, 877, 896, 341) pass their check digits; NI numbers have a valid format. Councils are invented (Alt Valley, Fender Vale,
Penketh Brook, Gowy Vale, Riverside Mersey, Weaver Vale), and so are Northwood Park Primary (its name), Orford Brook Primary,
Rivacre Valley Primary, Sandbrook Primary, Weaver Ducklings Day Nursery and Armenian Community Support North West; towns,
districts, estates, villages, real schools and colleges, charities (Catch22, Barnardo's, Cheshire Young Carers), NHS bodies,
hospitals, police forces, prisons, churches, shops, brands, apps, festivals and landmarks are real and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19 and 15 and sets 6 to 13).
[[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles,
roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC, DS, DI, Sgt, Coach, Nan, Nana, Grandad, Mum, Mama, Papa, Der (an
Armenian priest's title), the Armenian "տիկին" (Mrs) and "Tatik" (granny), the Kurmanji "Xalo" (uncle) and "Diya te" (your
mother)) stay outside the name span; a possessive 's, a bare s in texting ("Kenzie"s, "jordan"s) and an Armenian case ending
("Լուսինե"ի, "Երևան"ից, "Անի"ն) stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is
one span ("PRENTON, Lacey", "KHALAF, Şîrîn", "ADEBAYO-ROSS, Kai"), and so is "SURNAME First" ("COLE Jayden") and a name in
capitals in a transcript ("BESWICK", "SANDRA SHAW"); an initial with a surname is one span ("Q. Khalaf", "R Mawdsley", "F.
Garston"), and so is a first name with an initial after it ("Ani P"); a collar number ("5520", "2207") stays outside; a name
broken by a line break is one span holding the break, and so is an address, a place, a school or a date; social media handles
("sumz.k12", "summerrkx_", "kawa_bfld") are not marked, but a display name that is a person's plain name is ("Ste", "Brooke"); a
contact saved under a kinship word ("Dad 🏠", "Xalo") is not a name. A street address is one span, its town a place, its postcode
a postcode; a street named without a number is an address, and so is a neighbour's bare house or flat number ("no. 16", "64",
"Flat 9") and an address abroad ("Komitas Avenue 41, apt. 17", Yerevan; "Heeper Straße 112", Bielefeld); towns, cities,
villages, districts and estates are places, at home or abroad and in any script ("Over", "Sale", "Whitby", "Hale", "Baltic",
"Երևան", "Ուորինգթոն", "Şingal", "Xanke"); countries, counties, regions and boroughs are not ("Merseyside", "Cheshire", "the
Wirral", "Knowsley", "Armenia", "Iraq", "Germany", "Wales"); organisations are not marked even when they hold a town's or a
person's name ("Whiston Hospital", "Warrington Hospital", "Countess of Chester", "Great Sutton Medical Centre", "Tower Hill
Medical Centre", "Orford Park Medical Centre", "Weaver Medical Practice", "Kirkby One Stop Shop", "Wallasey Town Hall",
"Warrington Town Hall", "HMP Risley", "HMP Altcourse", "Holy Trinity Armenian Church", "North Wales Police"); a school's name is
a school, and so is its short form ("Northwood Park", "northwood", "Padgate", "Enterprise South", "Wharton CofE", "Rivacre
Valley"); a date of birth is dob (also in a chronology's "born" row), any other calendar date with a day is date (a weekday
before it stays outside), and the bare day in a range or list ("20"-"21 Nov", "12", "19" and "26 October", "the 8th") is a date
span of its own; months and years alone are not marked; pets' names (Tank, Bella, Rocco) are not names; parks, stations,
shopping centres, lighthouses, airports and similar landmarks stay unmarked (Leasowe Lighthouse, the Floral Pavilion, Liverpool
One, Manchester Airport, Lime Street), though a station named by its town marks the town as a service does ("Liverpool" in
"Liverpool Lime Street", "Birkenhead" in "Birkenhead North"); a surname or first name that is also a word or a town is marked by
what it refers to (Summer, Moss, Holland, Sefton, Dingle, Garston, Halewood, Hale, Stanney, Kirkby, Aigburth-Jones and
Ashworth-Crewe are names when they are people; Kirkby, Page Moss, Garston, Hale, Over and Crewe are places when they are
places); a name in another script (Armenian "Սիրանուշ Հակոբյան", "Անի") is a name, and so is a name with Kurmanji letters
("Şîrîn", "Dilvîn", "Fêris"); a service or a team named by its town ("CAMHS (Warrington)", "Warrington 5-19 team", "0-19 SERVICE
(WINSFORD)") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an OCR'd name with a digit
for a letter ("A1fie") is a name, and an OCR'd school name split over a line ("North wood" / "park") is a school; a
voice-to-text mis-hearing of a place ("real", "pressed in") is a place, of a street ("Speak Road") an address and of a name
("Taylor") a name, as set 21 did for a transcript; an outward postcode alone ("L24") is a postcode; the Baltic (the Baltic
Triangle) is a district and a place; a county line's name ("Ryzo") is marked as a name, since lines are named after their
runners and it would point to him; an Armenian date written the Armenian way ("2026 թ. նոյեմբերի 18") is one date span; the
Yazidi Feast of Ezid and the Armenian Christmas are festivals and stay unmarked, though their dates are dates; the 2020 war and
a camp named only as "the camp" are not marked, while Khanke (Xanke) camp marks the place; a car plant, a food pantry and a shop
named only by their kind stay unmarked; a police operation's name ("Operation Orion"), a case, exhibit, eConsult, resettlement
file, PPN, pocket-book and GMC reference and a form tutor group ("11ST", "8LE") are not marked.

Self-check without the detector: `python -m bench.redaction_set38` (and tests/test_redaction_set38.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions,
boroughs and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,020 gold spans, 560 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Prenton / Moss family (white British), Tower Hill, Kirkby ---------------------------------------------------------

HOME_A = d.Address("14 Heywood Close", "Tower Hill", "Kirkby", "L33 1XQ")
NAN_A = d.Address("62 Pennard Avenue", "Page Moss", "Huyton", "L36 4LF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Moss")], dt.date(2023, 6, 2), addresses=[HOME_A], ids=["3765448508"]),
    _p("s", "sibling", [("Lacey", "Prenton")], dt.date(2015, 2, 17), addresses=[HOME_A],
       ids=["8974008955", "L340485893358"], schools=["Northwood Park Primary School"]),
    _p("m", "mother", [("Chantelle", "Prenton")], dt.date(1996, 9, 30), addresses=[HOME_A], phones=["07821 446 193"],
       ids=["JK 48 21 73 B"]),
    _p("f", "father", [("Kyle", "Moss")], dt.date(1993, 4, 8), phones=["07934 218 560"]),
    _p("g", "grandparent", [("Pauline", "Prenton")], dt.date(1971, 12, 1), addresses=[NAN_A],
       phones=["0151 546 2381", "07455 903 127"]),
    _p("p1", "professional", [("Ciara", "Whelan")], phones=["0151 443 4400"], emails=["ciara.whelan@altvalley.gov.uk"]),
], "c")

DOCS_A = [
    ("police child concern notification to the front door (MASH)", """MERSEYSIDE POLICE - CHILD CONCERN NOTIFICATION (PPN1)
Submitted to: Alt Valley Council Front Door (MASH)      Date/time: [[03/11/2026|date]] 02:14      Ref: PPN/26/118834
Officer: PC 7713 [[Daniel Harrop|name]], Knowsley LPU response       Supervisor: Sgt [[Lisa Kewley|name]]
Officer's email: [[daniel.harrop@merseyside.police.uk|email]]

CHILDREN
1. [[PRENTON, Lacey|name]]  DOB [[17/02/2015|dob]]  (11)  [[Northwood Park|school]] Primary
2. [[MOSS, Alfie|name]]  DOB [[02/06/2023|dob]]  (3)  NHS [[376 544 8508|nhs]]
ADDRESS: [[14 Heywood Close|address]], [[Tower Hill|place]], [[Kirkby|place]] [[L33 1XQ|postcode]]
ADULTS: [[PRENTON, Chantelle|name]] (mother) DOB [[30.09.1996|dob]] tel [[07821 446 193|phone]]
        [[MOSS, Kyle|name]] (mother's partner, [[Alfie|name]]'s father) DOB [[08.04.1993|dob]] tel [[07934 218 560|phone]]

CIRCUMSTANCES
Officers attended following a call from a neighbour, Mr [[Brian Heywood|name]] of [[no. 16|address]], reporting a child crying in the
street. On arrival at 00:40 the girl [[Lacey|name]] was sat on the front step in a school jumper and socks holding the younger child.
She stated "[[Kyle|name]] locked us out" and that her mum was "at Nan's in [[Page Moss|place]]". The house was in darkness. A strong
smell of
cannabis came from the letterbox. [[Kyle Moss|name]] answered the door after several minutes and stated he had "fell asleep" and did
not hear them knock. He appeared under the influence. [[Lacey|name]] stated [[Kyle|name]] had shouted at her for letting the dog
(a Staffy called Tank) out and "pushed" her out of the door with [[Alfie|name]].
Mother contacted by phone at 00:58 and attended at 01:25 in a taxi with her mother, [[Pauline Prenton|name]]
([[62 Pennard Avenue|address]], [[Huyton|place]], [[L36 4LF|postcode]]). She stated she had gone to her mum's because
her sister [[Jade|name]] had been taken into Whiston Hospital and [[Kyle|name]] was meant to be minding the kids.
Home conditions: kitchen floor covered in dog faeces, no food in fridge other than milk, [[Alfie|name]]'s cot had no sheet.
Children taken by [[Pauline|name]] to her address for the night with the mother's agreement. [[Moss|name]] left the address
voluntarily and stated he would stay with his brother [[Callum Moss|name]] in [[Southdene|place]].
Previous: DA incident [[14/08/2026|date]] (verbal, [[Moss|name]] suspect, no further action); neighbour dispute with
[[no. 12|address]] (Mrs [[Eileen Rourke|name]]) [[2 Sept 2026|date]].
Voice of the child: "I don't want [[Kyle|name]] here no more. He makes [[Alfie|name]] cry." - [[Lacey|name]], aged 11.
Risk grading: MEDIUM (neglect / DA)    Shared with: Alt Valley Front Door, school nursing.
"""),
]

DOCS_A += [
    ("strategy discussion minutes (telephone)", """ALT VALLEY COUNCIL - CHILDREN'S SOCIAL CARE
STRATEGY DISCUSSION (s47) - MINUTES
Children: [[Lacey Prenton|name]] ([[17.02.2015|dob]]) and [[Alfie Moss|name]] ([[02.06.2023|dob]])
Date: Wednesday [[4 November 2026|date]], 10:30, Teams / telephone
Chair: [[Rachel Fairhurst|name]], team manager, Assessment Team (North)
Present: [[Ciara Whelan|name]] (SW); DS [[Mark Tyrer|name]] (Merseyside Police, Knowsley PVP); [[Helen Cropper|name]] (safeguarding
nurse, Mersey and West Lancashire Teaching Hospitals); Mrs [[Jo Fazakerley|name]] (DSL, [[Northwood Park Primary|school]]);
[[Amanda Leatherbarrow|name]] (health visitor, [[Kirkby|place]] 0-19 team)

Information shared
Police (DS [[Tyrer|name]]): four call-outs to [[Heywood Close|address]] since June. [[Kyle Moss|name]] has a caution for possession
with intent (2023) and is linked to a cannabis grow found at a flat on [[Lord Derby Road|address]]
in 2025. Intelligence he drives a grey Audi A3, [[PK17 WZR|vehicle]].
School (Mrs [[Fazakerley|name]]): [[Lacey|name]]'s attendance 81%. Arrives without a coat, often hungry; breakfast club daily.
She told her teacher, Miss [[Sefton|name]], on [[21 October|date]] that "[[Kyle|name]] throws the remote at the telly". Free school meals.
Health (HV [[Amanda|name]]): [[Alfie|name]] missed his 2-year review twice ([[9 July|date]], [[6 August 2026|date]]); speech delay
noted by the GP at Tower Hill Medical Centre. Hospital ([[Helen Cropper|name]]): [[Alfie|name]] seen at Alder Hey ED on
[[19/09/2026|date]] with a dog bite to the left hand; mother said the dog was the grandmother's; no referral made then.
SW: mother open with me on the phone; says she will "get [[Kyle|name]] out" and go to her mum's in [[Huyton|place]]. Her
mum, [[Pauline|name]], is willing to have both children; her own house is small (2-bed) and her partner, [[Tony Gaskell|name]], has
a conviction from the 1990s which needs checking.
Decision: threshold met for s47 (neglect; emotional harm through DA). Single-agency police investigation not needed at
present. Visit today by [[Ciara|name]] with PC [[Harrop|name]]; see both children alone; [[Lacey|name]] to be seen at school first.
Actions: checks on [[Tony Gaskell|name]] (police, today); HV to rebook the review; ICPC to be considered by [[18 November|date]].
Minutes: [[R. Fairhurst|name]].
Distribution: [[Ciara Whelan|name]]; [[Mark Tyrer|name]]; [[Helen Cropper|name]]; [[Jo Fazakerley|name]]; [[Amanda Leatherbarrow|name]];
files of [[Lacey Prenton|name]] and [[Alfie Moss|name]].
"""),
]

DOCS_A += [
    ("a grandmother's Facebook Messenger messages to the social worker, typed up", """[Messenger conversation between
[[Pauline Prenton|name]] and the work Facebook account of [[Ciara Whelan|name]] (Alt Valley Council), typed up for the file
by [[Ciara|name]] on [[23/11/2026|date]]. Spelling as sent. Emojis described in brackets.]

[[Pauline Prenton|name]] [[8 Nov|date]] 21:03
hiya love its [[lacey|name]] and [[alfie|name]]s nan. [[chantelle|name]] give me this page. is it ok to msg u on here
Alt Valley Children's Services ([[Ciara|name]]) [[8 Nov|date]] 21:20
Hi [[Pauline|name]], yes that's fine for quick things. For anything urgent please ring the office on [[0151 443 4400|phone]] or out
of hours.
[[Pauline Prenton|name]] [[8 Nov|date]] 21:24
ok thanks. just so u know [[kyle|name]] was outside ours tonight in his car shouting for [[chantelle|name]]. my [[tony|name]] went
out to him and he went off
towards [[southdene|place]]. got the reg if u want it [[PK17 WZR|vehicle]]
[[Pauline Prenton|name]] [[8 Nov|date]] 21:25
the kids never seen it they was in the bath
[[Pauline Prenton|name]] [[12 Nov|date]] 16:47
[[lacey|name]] come out of school crying cos a girl called [[kayla|name]] said her mum is a smackhead. its not true. can u speak to
[[northwood|school]]. mrs [[fazakerley|name]] is lovely but she was off
Alt Valley Children's Services ([[Ciara|name]]) [[12 Nov|date]] 17:02
Sorry to hear that. I'll ring [[Northwood Park|school]] tomorrow. How is [[Lacey|name]] now?
[[Pauline Prenton|name]] [[12 Nov|date]] 17:10
shes ok now shes had her tea. [[alfie|name]] is saying more words since hes been here (smile) he says nana and tank lol
[[Pauline Prenton|name]] [[19 Nov|date]] 08:15
[[chantelle|name]] has seen a flat in [[westvale|place]] off the council its on [[findley road|address]] i think. will the kids go
with her or stay with me. im 55 i cant do stairs with [[alfie|name]] every day but i will if i have too
[[Pauline Prenton|name]] [[19 Nov|date]] 08:16
also my neighbour [[sue|name]] at [[64|address]] said to say she can do the school run tues and weds
Alt Valley Children's Services ([[Ciara|name]]) [[19 Nov|date]] 09:40
Thank you [[Pauline|name]]. We'll talk about it all at the conference on the [[24th|date]]... sorry, on Wednesday
[[25 November|date]] at 10am at the Kirkby One Stop Shop. You and [[Chantelle|name]] can bring someone.
[[Pauline Prenton|name]] [[19 Nov|date]] 09:52
ok ill bring our [[jade|name]] if shes out of hospital. (thumbs up)
"""),
]

DOCS_A += [
    ("a girl's handwritten note to her social worker, scanned and OCR'd", """[Scanned from a sheet of lined paper given by
[[Lacey Prenton|name]] to [[Ciara Whelan|name]] at [[Northwood Park Primary|school]] on [[24.11.26|date]]. OCR text below,
checked by [[Ciara|name]]; OCR errors kept where the meaning is clear. Drawing of a dog at the bottom not transcribed.]

To [[Ciara|name]]
My Name is [[Lacey Prenton|name]] I am 11 and I go to [[North wood
park|school]]. this is for the meeting becuase I dont want to talk infront of every one.
1. I want to live with my Mum and [[Alfie|name]] and Nan can come evry day. not [[Kyle|name]]. [[Kyle|name]] is
   not aloud. If [[Kyle|name]] comes back I want to go Nans
   (Nan's) in [[Page Moss|place]].
2. I dont like it when [[A1fie|name]] is hungry. I gave him my
   cereal bar from brekfast club and Miss [[Sefton|name]] said thats kind.
3. [[Kay1a|name]] in my class says stuff about my Mum. Mrs [[Fazaker1ey|name]] said she wil sort it.
4. I want Tank to live at Nans if we move to the flat in [[West
vale|place]] becuase dogs are not aloud.
5. My freind [[Ellie-May Rourke|name]] from [[no 12|address]] is my best freind and I
   want to still see her.
my birthday is [[17th Febuary|dob]] and I want a party at Nans
From [[Lacey|name]] xxx
"""),
]


# --- B. Kirkby / Woods family (white British), Leasowe, the Wirral ---------------------------------------------------------

HOME_B = d.Address("31 Reeds Lane", "Leasowe", "Wirral", "CH46 1QX")
MUM_B = d.Address("Flat 3, 77 Hoylake Road", "Moreton", "Wirral", "CH46 8TH")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Summer", "Kirkby")], dt.date(2012, 5, 23), addresses=[HOME_B], phones=["07960 254 718"],
       ids=["4527238167", "R344886725633"], schools=["Wallasey School"]),
    _p("s", "sibling", [("Jack", "Kirkby")], dt.date(2017, 1, 9), addresses=[HOME_B], ids=["9899176818"],
       schools=["Sandbrook Primary School"]),
    _p("f", "father", [("Danny", "Kirkby")], dt.date(1989, 10, 14), addresses=[HOME_B], phones=["07583 611 294"],
       ids=["NP 62 04 19 C"]),
    _p("m", "mother", [("Stacey", "Woods")], dt.date(1990, 3, 3), addresses=[MUM_B], phones=["07712 380 456"]),
    _p("p1", "professional", [("Becky", "Quayle")], phones=["0151 606 2000"], emails=["becky.quayle@fendervale.gov.uk"]),
], "c")

DOCS_B = [
    ("missing person report form (Philomena Protocol) with the police return log", """THE PHILOMENA PROTOCOL - MISSING CHILD
PROFILE FORM (completed by parent/carer in advance, updated on each missing episode)
SECTION 1 - THE CHILD
Full name: [[KIRKBY, Summer Jade|name]]          Known as: [[Sum|name]] / [[Summer|name]]
Date of birth: [[23/05/2012|dob]]      Age: 14      Gender: F
Home address: [[31 Reeds Lane|address]], [[Leasowe|place]], Wirral [[CH46 1QX|postcode]]
Mobile: [[07960 254 718|phone]] (often switched off)   Snapchat: sumz.k12   TikTok: summerrkx_
School: [[Wallasey School|school]], Year 10
Description: 5'3", slim, long dyed red hair, nose stud, usually a black North Face puffer and grey joggers
Places she may go: Mum's ([[Stacey Woods|name]], [[Flat 3, 77 Hoylake Road|address]], [[Moreton|place]], [[07712 380 456|phone]]);
friend [[Brooke Lightfoot|name]] ([[Birkenhead|place]], near the park); [[New Brighton|place]] front and the Floral Pavilion; the
McDonald's at [[Bidston|place]]; Liverpool One; [[Seacombe|place]] ferry; "[[Ste|name]]'s" flat in [[Tranmere|place]] (address not known)
People of concern: [[Stephen "Ste" Lightfoot|name]] (about 23, [[Brooke|name]]'s cousin), drives a white Seat Leon
[[CX19 HBF|vehicle]]; a man called "[[Deggsy|name]]" (not known)
Medical: asthma (blue inhaler). No other medication.
Completed by: [[Danny Kirkby|name]] (father), [[07583 611 294|phone]]     Date: [[2 October 2026|date]]

SECTION 2 - EPISODES (police use)
Ep 1  Reported [[05/10/26|date]] 23:10 by father. Found [[06/10/26|date]] 03:40 in a car in [[Seacombe|place]] (Seat,
[[CX19 HBF|vehicle]]) with
      [[LIGHTFOOT, Stephen|name]] ([[14.03.2003|dob]]) and an unknown female. Smell of cannabis. Returned home by PC
[[Aimee Roscoe|name]] 4461.
Ep 2  Reported [[17/10/26|date]] 21:30. Returned herself [[18/10/26|date]] 11:00; said she stayed at [[Brooke|name]]'s. Not verified.
Ep 3  Reported [[31/10/26|date]] 20:05 (Halloween). Found [[01/11/26|date]] 01:15 at [[Liverpool|place]] Lime Street by BTP with a new
      iPhone and £60 cash, intoxicated. Taken to Royal Liverpool; discharged to father 06:00. Officer: PC [[Gareth Pugh|name]] (BTP).
Ep 4  Reported [[22/11/26|date]] 22:40 by mother ([[Stacey Woods|name]]) from [[Moreton|place]]; returned [[23/11/26|date]] 07:15 to
      [[Hoylake Road|address]]. Said she was at [[Brooke|name]]'s in [[Claughton|place]].
Return home interview requested each time from Catch22 (worker: [[Niamh Dolan|name]]).
"""),
]

DOCS_B += [
    ("return home interview record", """CATCH22 MISSING AND CHILD EXPLOITATION SERVICE (WIRRAL) - RETURN HOME INTERVIEW
Young person: [[Summer Kirkby|name]]   DOB: [[23 May 2012|dob]]   Episode: [[31 October|date]] - [[1 November 2026|date]]
Interview: Tuesday [[3 November 2026|date]], 16:00, in the car outside [[Wallasey School|school]] and then a walk along the
prom by Leasowe Lighthouse ([[Summer|name]]'s choice)
Interviewer: [[Niamh Dolan|name]], RHI worker. Referred by: Fender Vale Council (SW [[Becky Quayle|name]])

Where were you? [[Summer|name]] said she got the train from [[Birkenhead|place]] North into town with [[Brooke|name]] about 6pm. They went
to a party in a flat "near the [[Baltic|place]]" that a lad called [[Jordan|name]] knew. She would not give a surname or the address.
Who were you with? [[Brooke|name]], [[Jordan|name]], two older lads she didn't know, and "[[Ste|name]] came later". She said [[Ste|name]]
bought the phone "as a present cos he's sound". She said [[Deggsy|name]] is "[[Ste|name]]'s mate from [[Rock Ferry|place]]" and she
"doesn't go near him".
What happened? She said she drank vodka and "it all went weird". She doesn't remember leaving the flat. She woke up at the
station with the police. She said nobody touched her "that I know of". She cried when asked about this.
How did you get home? Police, hospital, then her dad [[Danny|name]] picked her up.
Home: she says she argues with her dad "about everything" since her mum moved to [[Moreton|place]] in March; she misses [[Jack|name]]
when she stays at her mum's. Her nan, [[Carol Kirkby|name]] of [[Wallasey Village|place]], died in August 2025 and "that's when
it went bad".
What would help? "A phone that's mine that dad doesn't read." Wants to do boxing at the club in [[Liscard|place]].
Worker's view: strong indicators of CSE and possible CCE: older male, gifts, alcohol, missing overnight, a new phone.
Shared (with [[Summer|name]]'s knowledge) with SW [[Becky Quayle|name]] and the police missing person coordinator, DC
[[Paul Ainsworth|name]]. A MACE (multi-agency child exploitation) referral to follow.
Signed: [[N. Dolan|name]]   [[03/11/2026|date]]
"""),
]

DOCS_B += [
    ("Snapchat messages photographed from a phone by the police and typed up", """EXHIBIT PA/3 - Snapchat chat (saved messages) photographed
from the handset of [[Summer Kirkby|name]] with her father's consent on [[06/11/2026|date]] by DC [[P. Ainsworth|name]]. Typed up. The
display names are as shown on the phone. Times are as shown; the dates are from the chat's day headers.

SATURDAY [[31 OCT|date]]
[[Ste|name]] 🚗: u still coming out 2nite
me: ye if my dad lets me lol
[[Ste|name]] 🚗: dont tell him just go [[brooke|name]]s. ill get u from [[leasowe|place]] by the lighthouse car park 7
me: cant [[brooke|name]] is getting the train from [[moreton|place]]
[[Ste|name]] 🚗: ok [[birkenhead|place]] north then. bring [[brooke|name]]
[[Brooke|name]] 💜: [[summer|name]] my mum thinks im at urs ok
me: ok same
[[Ste|name]] 🚗: got sumthin for u 📱
[[Ste|name]] 🚗: party at [[jordan|name]]s after. [[deggsy|name]] is coming dont be mardy w him
me: hes creepy

SUNDAY [[1 NOV|date]]
[[Ste|name]] 🚗: where did u go
[[Ste|name]] 🚗: u owe me now dont forget
[[Ste|name]] 🚗: ur dad rang my phone??? how has he got my number. dont say my name to no one
[[Danny|name]] (saved as "Dad 🏠"): [[Summer|name]] where are you. The police are looking for you. Please ring me
me: im ok im at the station
[[Brooke|name]] 💜: im so sorry i left u. [[ste|name]] said u was with [[deggsy|name]] i didnt know

MONDAY [[2 NOV|date]]
[[Ste|name]] 🚗: need u 2 drop sumthin to [[rock ferry|place]] 4 me weds. [[deggsy|name]] will pick u up
me: no
[[Ste|name]] 🚗: ur nan wouldnt want u bein a grass. remember the phone

Note: "Dad 🏠" is the father's contact name on her phone, not a name. The number saved for "[[Ste|name]] 🚗" is
[[07540 298 316|phone]] (a pay-as-you-go SIM; checks pending).
"""),
]

DOCS_B += [
    ("initial child protection conference report", """FENDER VALE COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Child: [[Summer Jade Kirkby|name]], born [[23.05.2012|dob]], NHS no. [[452 723 8167|nhs]], UPN [[R344886725633|upn]]
Sibling in the household: [[Jack Kirkby|name]], born [[09.01.2017|dob]] (9), [[Sandbrook Primary|school]]
Conference: Thursday [[19 November 2026|date]], 13:30, Wallasey Town Hall, Committee Room 2
Author: [[Becky Quayle|name]], social worker, Fender Vale Council, [[0151 606 2000|phone]], [[becky.quayle@fendervale.gov.uk|email]]

1. Reason for the conference. Three missing episodes in October; found on [[6 October|date]] in a car with [[Stephen
Lightfoot|name]] (23) and on [[1 November|date]] intoxicated at Lime Street with an unexplained phone and cash. On
[[6 November|date]] the police found messages in which Mr [[Lightfoot|name]] asks [[Summer|name]] to carry items to [[Rock
Ferry|place]]. Strategy discussion [[7 November|date]]; s47 enquiries completed [[16 November|date]].
2. Family. [[Summer|name]] and [[Jack|name]] live with their father, [[Danny Kirkby|name]] (37; NI [[NP 62 04 19 C|ni]]), a
scaffolder, at [[31 Reeds Lane|address]], [[Leasowe|place]]. Their mother, [[Stacey Woods|name]], moved to a flat in [[Moreton|place]]
after the parents separated; the children stay with her alternate weekends. Mr [[Kirkby|name]]'s partner, [[Gemma Atherton|name]],
stays some nights and has a son, [[Lewis|name]] (4). The paternal grandmother, [[Carol Kirkby|name]], who was a daily support,
died in August 2025.
3. The child's views. [[Summer|name]] told me she "didn't ask for any of this" and that [[Ste|name]] is "not my boyfriend, he just
looks after me". She agreed that her friend [[Brooke|name]] could be talked to. She wants "to box" and to see her mum more.
[[Jack|name]] says he is scared when the police come and that his sister "cries in the bathroom".
4. Other agencies. School (Mr [[Holland|name]], DSL, [[Wallasey School|school]]): attendance 64% this term; exclusion for
one day on [[12 October|date]] for a fight. Police: Mr [[Lightfoot|name]] is under investigation; a Child Abduction Warning Notice
was served on him on [[13 November 2026|date]]; car [[CX19 HBF|vehicle]] flagged. School nurse [[Anne-Marie Byrne|name]]: sexual health
advice given; [[Summer|name]] declined a referral to the Brook clinic.
5. Analysis and recommendation. [[Summer|name]] is at risk of significant harm through child sexual and criminal
exploitation. Her father is protective but worn down; her mother wants more time with her. I recommend a child protection plan
under the category of sexual abuse, with a safety plan shared with Mr [[Kirkby|name]], Ms [[Woods|name]] and Mrs [[Lightfoot|name]]
([[Brooke|name]]'s mother, [[Tracy Lightfoot|name]]) who has agreed to ring the police if [[Ste|name]] comes to the house.
[[B. Quayle|name]], [[12/11/2026|date]]
Copies: Mr [[Danny Kirkby|name]], [[31 Reeds Lane|address]], [[Leasowe|place]] [[CH46 1QX|postcode]]; Ms [[Stacey Woods|name]],
[[Flat 3, 77 Hoylake Road|address]], [[Moreton|place]] [[CH46 8TH|postcode]]; [[Summer|name]] (a young person's version, written with
[[Niamh Dolan|name]]).
"""),
]


# --- C. Petrosyan / Hakobyan family (Armenian), Orford, Warrington -----------------------------------------------------

HOME_C = d.Address("22 Hilden Road", "Orford", "Warrington", "WA2 0JN")
GRAN_C = d.Address("Komitas Avenue 41, apt. 17", "Arabkir", "Yerevan", "0014")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ani", "Petrosyan")], dt.date(2014, 8, 26), addresses=[HOME_C],
       ids=["3039479334", "B877413524207"], schools=["Padgate Academy"]),
    _p("s", "sibling", [("Davit", "Petrosyan")], dt.date(2019, 3, 12), addresses=[HOME_C], ids=["2496789203"],
       schools=["Orford Brook Primary School"]),
    _p("s2", "sibling", [("Narek", "Petrosyan")], dt.date(2025, 10, 4), addresses=[HOME_C], ids=["3401525719"]),
    _p("m", "mother", [("Lusine", "Petrosyan")], dt.date(1990, 1, 21), addresses=[HOME_C], phones=["07851 447 302"],
       ids=["SK 73 58 20 A"]),
    _p("f", "father", [("Aram", "Petrosyan")], dt.date(1984, 7, 19), addresses=[HOME_C], phones=["07398 126 805"]),
    _p("g", "grandparent", [("Siranush", "Hakobyan")], dt.date(1962, 5, 9), addresses=[GRAN_C],
       phones=["+374 91 428617", "+374 10 562 318"]),
    _p("p1", "professional", [("Joanne", "Ashcroft")], phones=["01925 443 322"], emails=["joanne.ashcroft@penkethbrook.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment (extract: family history, parenting and analysis)", """PENKETH BROOK COUNCIL - CHILD AND FAMILY ASSESSMENT
Children: [[Ani Petrosyan|name]] ([[26/08/2014|dob]]), [[Davit Petrosyan|name]] ([[12/03/2019|dob]]), [[Narek Petrosyan|name]]
([[04/10/2025|dob]])
Address: [[22 Hilden Road|address]], [[Orford|place]], [[Warrington|place]] [[WA2 0JN|postcode]]
Assessment started: [[15 October 2026|date]]   Completed: [[26 November 2026|date]]   Worker: [[Joanne Ashcroft|name]]
Interpreter (Armenian): Mr [[Vahe Sargsyan|name]], by telephone and in person

Family history. Mr [[Aram Petrosyan|name]] (42) and Mrs [[Lusine Petrosyan|name]] (36) are from [[Gyumri|place]] and [[Yerevan|place]]
in Armenia. They came to the UK in 2017 on Mr [[Petrosyan|name]]'s work visa and lived first with his cousin, [[Gor Avetisyan|name]],
in [[Sale|place]], then in [[Padgate|place]], moving to [[Orford|place]] in 2022. [[Ani|name]] was born in [[Yerevan|place]]; [[Davit|name]]
and [[Narek|name]] at Warrington Hospital. Mr [[Petrosyan|name]] is an HGV driver (Mon-Fri, often away overnight). Mrs
[[Petrosyan|name]] was a teacher of Russian in [[Gyumri|place]] and now works mornings at the Polish and Eastern European shop on
[[Orford Lane|address]], owned by Mr [[Tomasz Baran|name]], who has been kind to her. Her mother, [[Siranush Hakobyan|name]], lives in the
[[Arabkir|place]] district of [[Yerevan|place]] and calls every evening on WhatsApp ([[+374 91 428617|phone]]).
Reason for assessment. On [[13 October 2026|date]] [[Ani|name]] showed her form tutor at [[Padgate Academy|school]], Ms [[Amber
Leigh|name]], cuts on her forearm and said her father "drinks cognac and shouts, and Mama cries". A neighbour, Mrs [[Joan Marsh|name]]
of [[no. 24|address]], had called the police on [[27 September|date]] after hearing a woman screaming; officers found Mrs [[Petrosyan|name]]
with a red mark to her neck; she said she fell and declined to make a statement.
Parenting. The home is clean and warm, and the children are well dressed. Mrs [[Petrosyan|name]] is a warm, attentive mother; she
speaks good Russian and some English, and [[Ani|name]] interprets for her at the GP (Orford Park Medical Centre) and the school.
Mr [[Petrosyan|name]] said "in Armenia a man is the head, but I never hit my wife". He admitted drinking "a bottle at weekends"
after his brother [[Hayk|name]] was killed in the 2020 war. The children's church is Holy Trinity Armenian Church in [[Manchester|place]];
Der [[Hovhannes|name]] (the priest) has offered to talk to the family.
Child's voice. [[Ani|name]]: "I cut because I can't tell anyone at home. [[Davo|name]] is too little. I want Papa to stop, not to
go." [[Davit|name]] ([[Davo|name]]) drew the house with "Papa's bottles" in the kitchen. [[Narek|name]] (1) is thriving (HV [[Sinead
Cullen|name]]).
Analysis. Domestic abuse with a possible non-fatal strangulation, alcohol misuse and a girl of 12 who is self-harming and acts as her
mother's interpreter. Recommendation: strategy discussion (held [[16 October|date]]), s47, and a child protection conference.
[[J. Ashcroft|name]], SW, [[01925 443 322|phone]], [[joanne.ashcroft@penkethbrook.gov.uk|email]]
"""),
]

DOCS_C += [
    ("a grandmother's letter in Armenian, with the interpreter's translation", """[Letter from [[Siranush Hakobyan|name]], the
maternal grandmother, handwritten in Armenian and sent by photo on WhatsApp to Mrs [[Petrosyan|name]], who asked that it go to the
conference. Transcribed and translated by [[Vahe Sargsyan|name]], interpreter, on [[20/11/2026|date]]. Address on the letter:
[[Komitas Avenue 41, apt. 17|address]], [[Yerevan|place]] [[0014|postcode]], Armenia.]

Armenian (as written):
Հարգելի տիկին [[Աշքրոֆթ|name]],
Ես [[Լուսինե|name]]ի մայրն եմ, [[Սիրանուշ Հակոբյան|name]]: Գրում եմ [[Երևան|place]]ից, [[2026 թ. նոյեմբերի 18|date]]:
Իմ թոռնուհի [[Անի|name]]ն շատ խելացի աղջիկ է: [[Արամ|name]]ը լավ մարդ էր, բայց պատերազմից հետո փոխվեց:
Խնդրում եմ, մի՛ տարեք երեխաներին: Ես կարող եմ գալ [[Ուորինգթոն|place]] դեկտեմբերին:
Իմ հեռախոսը՝ [[+374 10 562 318|phone]]:

English translation:
Dear Mrs [[Ashcroft|name]],
I am [[Lusine|name]]'s mother, [[Siranush Hakobyan|name]]. I am writing from [[Yerevan|place]] on [[18 November 2026|date]].
My granddaughter [[Ani|name]] is a very clever girl. [[Aram|name]] was a good man, but he changed after the war (his brother
[[Hayk|name]] died in [[Hadrut|place]]). Please do not take the children. I can come to [[Warrington|place]] in December, and stay
until the Armenian Christmas on [[6 January|date]]; my other daughter, [[Gayane|name]], in [[Vanadzor|place]], will look after my flat.
My telephone is [[+374 10 562 318|phone]] (home), or [[+374 91 428617|phone]] (mobile, WhatsApp).
With respect, [[Siranush|name]]

Interpreter's notes: (1) The greeting "տիկին" is "Mrs"; the ending "-ի" on [[Լուսինե|name]] is "of" ([[Lusine|name]]'s). (2) The
grandmother signs with her name only; the children call her "Tatik" (granny), a kinship word. (3) "The war" is the 2020
war; [[Hadrut|place]] is the town where the brother died.
"""),
]

DOCS_C += [
    ("school nurse email chain about a girl's self-harm", """From: [[Rebecca Nightingale|name]] <[[rebecca.nightingale@nhs.net|email]]>
Sent: Monday [[23 November 2026|date]] 08:52
To: [[Joanne Ashcroft|name]] <[[joanne.ashcroft@penkethbrook.gov.uk|email]]>
Cc: [[Amber Leigh|name]] <[[a.leigh@padgate-academy.org.uk|email]]>
Subject: RE: [[Ani P|name]] - drop-in Friday

Hi [[Jo|name]],
Saw [[Ani|name]] at my drop-in at [[Padgate|school]] on Friday ([[20/11|date]]). New superficial cuts to the left forearm, 4 or 5, about a
week old, healing, no sign of infection; dressed. She says she used a pencil sharpener blade. She has stopped eating lunch and
says she feels "like a ghost at home". No suicidal plans; she scored 11 on the RCADS. Safety plan done with her and a copy to
Ms [[Leigh|name]]. I've referred to CAMHS ([[Warrington|place]]), and she agreed to Kooth. She asked me not to tell her mum about the
CAMHS referral "until Tatik... until Granny comes". I said her mum must be told, and she agreed I could ring her
with the interpreter.
[[Rebecca|name]]
[[Rebecca Nightingale|name]], School Nurse, Bridgewater Community Healthcare, [[Warrington|place]] 5-19 team, [[07305 871 649|phone]]

-----Original Message-----
From: [[Joanne Ashcroft|name]]
Sent: [[20 November 2026|date]] 17:31
To: [[Rebecca Nightingale|name]]
Subject: [[Ani P|name]] - drop-in Friday
[[Rebecca|name]], thanks for seeing [[Ani|name]] today. FYI, dad has moved out to his cousin's in [[Sale|place]] ([[Gor|name]]) after the
police visit on the [[14th|date]]; mum has the children. ICPC is on [[1 December|date]] at the Town Hall. Could you send something?
Please use "[[Ani P|name]]" in subject lines. [[Jo|name]]

-----Original Message-----
From: [[Amber Leigh|name]]
Sent: [[19/11/2026|date]] 15:02
To: [[Rebecca Nightingale|name]]
Subject: [[Ani P|name]]
Can you see [[Ani Petrosyan|name]] (8LE, UPN [[B877413524207|upn]]) at drop-in please - see CPOMS from today. Her brother
[[Davo|name]] is at [[Orford Brook|school]]. Mum's number [[07851 447 302|phone]] but she needs the interpreter. [[Amber|name]]
"""),
]

DOCS_C += [
    ("child protection conference minutes", """PENKETH BROOK COUNCIL - SAFEGUARDING UNIT
INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Ani Petrosyan|name]] (12), [[Davit Petrosyan|name]] (7), [[Narek Petrosyan|name]] (1)
Date: Tuesday [[1 December 2026|date]], 10:00, Warrington Town Hall
Chair: Dr [[Imran Qureshi|name]], independent conference chair. Minutes: [[Lynne Tickle|name]]
Present: Mrs [[Lusine Petrosyan|name]] (mother) with Mr [[Vahe Sargsyan|name]] (interpreter); Mrs [[Siranush Hakobyan|name]]
(grandmother, by WhatsApp video from [[Yerevan|place]] for items 1 to 3); [[Joanne Ashcroft|name]] (SW); Ms [[Amber Leigh|name]]
([[Padgate Academy|school]]); Mrs [[Kath Prior|name]] (DSL, [[Orford Brook Primary|school]]); [[Rebecca Nightingale|name]] (school
nurse); [[Sinead Cullen|name]] (HV); DC [[Owen Lathom|name]] (Cheshire Police, PPU); Mrs [[Nazeli Grigoryan|name]] (Armenian
Community Support North West, at the mother's request).
Apologies: Mr [[Aram Petrosyan|name]] (father) - at work in [[Felixstowe|place]]; sent his views by text, read out.
Father's text (read out): "I love my children. I stopped drinking on [[15 November|date]]. I go to the AA in [[Stockton Heath|place]]
on Thursdays. I want to come home to [[Hilden Road|address]] before Christmas."
Police: the incident of [[14 November 2026|date]] - Mr [[Petrosyan|name]] arrested for assault (push to the chest); released on
bail with conditions not to go to [[Orford|place]] or contact Mrs [[Petrosyan|name]] except through his cousin Mr
[[Avetisyan|name]] ([[07903 184 772|phone]]) about the children. Vehicle on the bail record: [[FV21 KXR|vehicle]] (work lorry).
School: [[Ani|name]] is "the top of Year 8 in maths" but has stopped going to lunch; [[Davit|name]] is settled. Grandmother: she
will arrive on [[10 December|date]] and stay three months at [[Hilden Road|address]].
Mrs [[Grigoryan|name]]: the community can offer a Saturday school at the church in [[Manchester|place]] and a women's group in
[[Chorlton|place]].
Decision: all three children subject to child protection plans (emotional abuse). Key worker: [[Joanne Ashcroft|name]]. Core
group: [[15 December 2026|date]]. Review conference: [[2 March 2027|date]].
"""),
]


# --- D. Murad / Khalaf family (Yazidi, Kurmanji-speaking), Overpool, Ellesmere Port ----------------------------------------

HOME_D = d.Address("40 Rossmore Gardens", "Overpool", "Ellesmere Port", "CH66 3LD")
UNCLE_D = d.Address("Heeper Straße 112", "", "Bielefeld", "33607")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Şîrîn", "Khalaf"), ("Shirin", "Khalaf")], dt.date(2011, 4, 1), addresses=[HOME_D],
       ids=["7797371318", "L896933406986"], schools=["Ellesmere Port Catholic High School"]),
    _p("s", "sibling", [("Dilvîn", "Khalaf"), ("Dilveen", "Khalaf")], dt.date(2016, 7, 15), addresses=[HOME_D],
       ids=["3833972858"], schools=["Rivacre Valley Primary School"]),
    _p("s2", "sibling", [("Azad", "Khalaf")], dt.date(2020, 1, 28), addresses=[HOME_D], ids=["1156142210"]),
    _p("m", "mother", [("Jîhan", "Murad"), ("Jihan", "Murad")], dt.date(1988, 11, 5), addresses=[HOME_D],
       phones=["07426 915 038"]),
    _p("f", "father", [("Qasim", "Khalaf")], dt.date(1983, 2, 14), addresses=[HOME_D], phones=["07789 602 413"],
       ids=["WT 37 85 20 A"]),
    _p("u", "relative", [("Faris", "Murad")], addresses=[UNCLE_D], phones=["+49 1512 3846271", "+49 521 3948 27"]),
    _p("p1", "professional", [("Hannah", "Bebbington")], phones=["0151 355 6182"], emails=["hannah.bebbington@gowyvale.gov.uk"]),
], "c")

DOCS_D = [
    ("a refugee resettlement caseworker's handover checklist", """GOWY VALE COUNCIL - REFUGEE RESETTLEMENT TEAM
CASE HANDOVER CHECKLIST (to Children's Services, Early Help / CIN)     Completed by: [[Dlshad Rashid|name]], caseworker
Date: [[09-10-2026|date]]   Family file: RRT/19/044   (UK Resettlement Scheme, arrived Manchester Airport [[12-09-2019|date]])

[x] Family members and dates of birth (from the UNHCR / Home Office documents; the family say the dates are "made up in the camp")
    Father:  [[KHALAF, Qasim Elias|name]]      [[14-02-1983|dob]]    NI [[WT 37 85 20 A|ni]]    tel [[07789 602 413|phone]]
    Mother:  [[MURAD, Jîhan|name]] ([[Jihan|name]])    [[05-11-1988|dob]]    tel [[07426 915 038|phone]] (no English, Kurmanji only)
    Child:   [[KHALAF, Şîrîn|name]] ([[Shirin|name]])  [[01-04-2011|dob]]    [[Ellesmere Port Catholic High|school]], Y11
    Child:   [[KHALAF, Dilvîn|name]] ([[Dilveen|name]]) [[15-07-2016|dob]] [[Rivacre Valley|school]] Primary, Y5
    Child:   [[KHALAF, Azad|name]]              [[28-01-2020|dob]]    (born at the Countess of Chester) Reception
[x] Address: [[40 Rossmore Gardens|address]], [[Overpool|place]], [[Ellesmere Port|place]] [[CH66 3LD|postcode]] (Plus Dane tenancy)
[x] Background: from [[Kocho|place]] village near [[Şingal|place]] ([[Sinjar|place]]), Iraq. August 2014 ISIS attack: the mother's
    first husband, [[Xêrî Murad|name]], and her father are missing; the mother and [[Şîrîn|name]] (then 3) were held for 11 months
    in [[Raqqa|place]] and freed in a payment arranged by the mother's brother. Then 4 years in [[Khanke|place]] ([[Xanke|place]]) camp near
    [[Duhok|place]]. Mr [[Khalaf|name]] is the children's stepfather for [[Şîrîn|name]] and father of the younger two.
[x] Relatives: mother's brother [[Faris Murad|name]], [[Heeper Straße 112|address]], [[33607|postcode]] [[Bielefeld|place]], Germany,
    [[+49 1512 3846271|phone]]; mother's sister [[Nadîa|name]] still in the camp, [[+964 750 482 1937|phone]].
[x] Health: mother - PTSD, under the Cheshire and Wirral Partnership trauma service (Dr [[Farrokh|name]]), sleeps little; father
    - back injury; [[Şîrîn|name]] - anaemia. GP: Great Sutton Medical Centre.
[ ] Outstanding: mother's ESOL place at the college; Universal Credit review [[21-10-2026|date]].
[x] Reason for handover: the resettlement support ends on [[12-10-2026|date]]; school worry about [[Şîrîn|name]] caring for her
    mother and a possible engagement to a cousin in Germany.
"""),
]

DOCS_D += [
    ("home visit case note with an interpreter", """CASE NOTE - HOME VISIT (announced)        Worker: [[Hannah Bebbington|name]],
SW, Gowy Vale Council
Date: Thursday [[22/10/2026|date]] 15:45-17:20       Where: [[40 Rossmore Gardens|address]], [[Overpool|place]]
Interpreter: Mrs [[Perwin Ali|name]] (Kurmanji), in person, from LanguageLine. Seen: [[Jîhan|name]], [[Qasim|name]], [[Şîrîn|name]],
[[Dilvîn|name]], [[Azad|name]]. Also present at the start: the neighbour, [[Margaret Cottrell|name]] ([[no. 38|address]]), who had
brought a cake and left.

Purpose: to meet the family after the handover from [[Dlshad|name]] (resettlement team) and hear the school's worries.
[[Qasim|name]] welcomed me and insisted on tea. He said he has not worked since his back injury at the car plant in
[[Hooton|place]] and that money is "very tight"; the family receive food from a community pantry on Saturdays. [[Jîhan|name]]
sat with [[Azad|name]] on her lap and spoke little; she said through Mrs [[Ali|name]] that she "sees [[Raqqa|place]] at night" and that
[[Şîrîn|name]] "is my hands and my English". [[Şîrîn|name]] (15) does the shopping at Asda in the town centre, takes her
mother to the GP and the hospital, reads the letters and cooks. She said she is tired and behind at school, where her best
subject is art. Her form tutor is Mr [[Alan Stanney|name]].
Engagement: I asked about the school's report that [[Şîrîn|name]] told a friend, [[Maddison Pye|name]], that she "has to marry
[[Kawa|name]] in Germany". [[Qasim|name]] laughed and said [[Kawa|name]] is the son of [[Faris|name]] in [[Bielefeld|place]], that
"the families
talk, like every family", and that nothing will happen "before she is 18 and finishes college". [[Jîhan|name]] said "no marriage
for my daughter until she says yes". I spoke to [[Şîrîn|name]] alone in her room, with Mrs [[Ali|name]] at the door (she chose to
speak English). She said: "It's just talk. My uncle says it for a joke. I want to be a nurse like the lady at Countess." She
showed me [[Kawa|name]]'s Instagram (kawa_bfld) and said she has never met him.
[[Dilvîn|name]] (10) has been missing school on Mondays; she says she has tummy aches and "Mama needs me". [[Azad|name]] (6) is lively;
his nursery at [[Rivacre Valley|school]] report no concerns.
Plan: Early Help assessment with young carer's referral for [[Şîrîn|name]] (Cheshire Young Carers); ask the GP to review
[[Jîhan|name]]'s trauma therapy; Yazidi community link - the Yezidi Cultural Centre in [[Bielefeld|place]] ([[Faris|name]] will
ask) and Mrs [[Ali|name]] knows a women's group in [[Stockport|place]]. Forced marriage: no current indicators, but I will speak to
the Forced Marriage Unit for advice and keep it under review.
[[H. Bebbington|name]]
"""),
]

DOCS_D += [
    ("WhatsApp voice notes from Kurmanji, transcribed and translated", """[Voice notes in Kurmanji in a WhatsApp chat between
[[Şîrîn Khalaf|name]] and her uncle [[Faris Murad|name]] ([[+49 1512 3846271|phone]]), which [[Şîrîn|name]] played to
[[Hannah Bebbington|name]] on [[5 November 2026|date]] and agreed could be transcribed. Transcribed and translated by [[Perwin Ali|name]]
(interpreter). Names written in Kurmanji as the interpreter heard them. [[Faris|name]] is saved as "Xalo [[Fêris|name]]" (Xalo = uncle).]

[[29.10.2026|date]], 19:14 - Xalo [[Fêris|name]] (1:12)
Kurmanji: "[[Şîrîn|name]] can, tu çawa yî? Diya te çawa ye? Ez û [[Kawa|name]] dê di sersalê de werin [[Ellesmere Port|place]]."
English: "[[Şîrîn|name]], dear, how are you? How is your mother? [[Kawa|name]] and I will come to [[Ellesmere Port|place]] at New Year."
[[29.10.2026|date]], 19:31 - [[Şîrîn|name]] (0:48)
Kurmanji: "Xalo, ez naxwazim behsa [[Kawa|name]] bikim. Ez dixwazim bixwînim."
English: "Uncle, I don't want to talk about [[Kawa|name]]. I want to study."
[[30.10.2026|date]], 08:02 - Xalo [[Fêris|name]] (2:05)
English: "No one is forcing you, my heart. It is only talk between the families, like in [[Xanke|place]]. Your mother's
cousin [[Xensê|name]] in [[Celle|place]] asked again. Ask your father [[Qasim|name]]. And tell [[Dilvîn|name]] her aunt [[Nadîa|name]]
sends love from the camp; her new number is [[+964 751 226 4085|phone]]."
[[02.11.2026|date]], 21:40 - [[Şîrîn|name]] (0:20)
English: "Mama had the bad dream again. I slept on her floor. Please don't say anything about [[Kawa|name]] to her."
[[02.11.2026|date]], 21:44 - Xalo [[Fêris|name]] (0:35)
English: "Ok. When the Feast of Ezid comes ([[11 December|date]]) we will all call. Kiss [[Azad|name]]. If you need me, ring the house:
[[+49 521 3948 27|phone]], or come to [[Heeper Straße|address]], the door is always open."

Interpreter's note: "Xalo" (maternal uncle), "can" (dear) and "Diya te" (your mother) are not names; the Feast of Ezid is a
Yazidi festival; the camp is [[Khanke|place]].
"""),
]

DOCS_D += [
    ("school attendance panel letter to the parents", """[[Ellesmere Port Catholic High School|school]]
[[Capenhurst Lane|address]], [[Whitby|place]], [[Ellesmere Port|place]] [[CH65 7AQ|postcode]]

PRIVATE AND CONFIDENTIAL - to be read to Mrs [[Murad|name]] in Kurmanji (interpreter booked)
Mr [[Q. Khalaf|name]] and Mrs [[J. Murad|name]]
[[40 Rossmore Gardens|address]]
[[Overpool|place]]
[[Ellesmere Port|place]] [[CH66 3LD|postcode]]

[[18th November 2026|date]]

Dear Mr [[Khalaf|name]] and Mrs [[Murad|name]],
Re: [[Şîrîn Khalaf|name]] (Year 11, tutor group 11ST), date of birth [[1st April 2011|dob]], UPN [[L896933406986|upn]]
Attendance Support Meeting - Wednesday [[2nd December 2026|date]] at 9.15am
I am writing because [[Şîrîn|name]]'s attendance this term is 78.4%. She has missed 19 sessions since [[3 September|date]], mostly
on Mondays and on the days of her mother's hospital appointments ([[12|date]], [[19|date]] and [[26 October|date]]). We understand
from Mrs [[Bebbington|name]] (social worker) that [[Şîrîn|name]] is a young carer, and we want to help, not to punish.
At the meeting we will talk about: a young carer's pass so that she can phone home at break; catch-up sessions in art and
science with Ms [[Roberta Fenwick|name]]; help from the college link officer about the nursing course at [[Chester|place]]; and
a referral to Cheshire Young Carers. We also know that [[Dilvîn|name]] at [[Rivacre Valley Primary|school]] has missed Mondays,
and Mrs [[Gill Hough|name]], their family support worker, will join us.
Please bring [[Şîrîn|name]] to the meeting. The interpreter will be Mrs [[Perwin Ali|name]]. If the date is not good, please ring
Mrs [[Deborah Mealor|name]] in the attendance office on [[0151 486 7304|phone]].
Yours sincerely,
[[Michael Stanney|name]]                                   [[Alan Stanney|name]]
Assistant Headteacher (Inclusion)                         Form tutor, 11ST
cc: [[Hannah Bebbington|name]] (SW, Gowy Vale Council), [[hannah.bebbington@gowyvale.gov.uk|email]]; Mrs [[Gill Hough|name]];
Mrs [[Deborah Mealor|name]] (attendance), [[d.mealor@epchs.org.uk|email]]
"""),
]


# --- E. Cole family (Black British, Liverpool-born), Speke, Liverpool ------------------------------------------------------

HOME_E = d.Address("27 Western Avenue", "Speke", "Liverpool", "L24 3UR")
NAN_E = d.Address("3 Window Lane", "Garston", "Liverpool", "L19 8DR")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Cole")], dt.date(2011, 2, 9), addresses=[HOME_E], phones=["07402 773 158"],
       ids=["2087046867", "C341672521356"], schools=["Enterprise South Liverpool Academy"]),
    _p("s", "sibling", [("Tayla", "Cole-Adeyemi")], dt.date(2013, 6, 30), addresses=[HOME_E], ids=["9142444276"]),
    _p("s2", "sibling", [("Micah", "Cole")], dt.date(2021, 9, 17), addresses=[HOME_E], ids=["4435775174"]),
    _p("m", "mother", [("Simone", "Cole")], dt.date(1987, 12, 24), addresses=[HOME_E], phones=["07477 530 961"],
       ids=["JC 29 64 07 D"]),
    _p("g", "grandparent", [("Marcia", "Cole")], dt.date(1960, 8, 8), addresses=[NAN_E], phones=["0151 427 5186"]),
    _p("p1", "professional", [("Dale", "Halewood")], phones=["07492 318 604"], emails=["dale.halewood@riversidemersey.gov.uk"]),
], "c")

DOCS_E = [
    ("multi-agency child exploitation (MACE) panel minutes", """RIVERSIDE MERSEY COUNCIL - MACE PANEL (Multi-Agency Child
Exploitation) - MINUTES (extract: one young person)          Date: [[24.11.2026|date]]      Chair: DI [[Claire Roby|name]]
Young person: [[Jayden COLE|name]], [[09.02.2011|dob]], [[Western Avenue|address]], [[Speke|place]] [[L24 3UR|postcode]]
Present for this item: [[Dale Halewood|name]] (youth justice / exploitation worker); [[Precious Okonjo|name]] (SW); PC [[Lee Dingle|name]]
(Operation Orion); [[Fiona Garston|name]] (Barnardo's, NRM first responder); Mr [[Stuart Aigburth-Jones|name]] (Head of Year,
[[Enterprise South|school]]); [[Yvonne Blundell|name]] (YOT health)

Update (PC [[Dingle|name]]): [[Jayden|name]] was found on [[13/11|date]] in a flat on [[Wellington Road|address]], [[Rhyl|place]], with
£340, two phones and 14 wraps of crack cocaine; arrested, released under investigation; returned to [[Liverpool|place]]
by North Wales Police. Linked to the "[[Ryzo|name]]" line, run from [[Hunts Cross|place]] by [[Reuben Fairclough|name]] (19), who drives
a black Mercedes A-Class, [[LV70 XHM|vehicle]]. A second missing episode to [[Prestatyn|place]] on [[20|date]]-[[21 Nov|date]].
NRM ([[Fiona|name]]): referral made [[16 November|date]]; positive reasonable grounds decision on [[19 November
2026|date]].
School: [[Jayden|name]] on a part-time timetable since the fixed-term exclusion; he does well in the construction course at
the college in [[Garston|place]] when he goes. Mr [[Aigburth-Jones|name]] is worried about [[Tayla|name]] (13), who has been seen
with [[Fairclough|name]]'s younger sister, [[Kenzie|name]].
SW ([[Precious|name]]): Mum ([[Simone|name]]) engaging well; Nan ([[Marcia Cole|name]], [[Garston|place]]) offering for
[[Jayden|name]] to stay
at hers. [[Micah|name]] (5) is fine at school. [[Jayden|name]]'s dad, [[Dwayne Kelly|name]], is in HMP Altcourse until spring;
[[Jayden|name]] talks to him on the prison phone.
Actions: Disruption - CAWN against [[Fairclough|name]] (PC [[Dingle|name]]); ANPR marker on [[LV70 XHM|vehicle]]; [[Dale|name]] to see
[[Jayden|name]] twice weekly (boxing at the gym on [[Speke Road|address]]); SW to complete a safety plan with [[Tayla|name]].
"""),
]

DOCS_E += [
    ("a police officer's pocket notebook entry, copied for the file", """[Copy of the pocket notebook entry of PC 5520 [[Ryan
Mawdsley|name]], Merseyside Police, handwritten, copied by the officer into the referral at the social worker's request.
Abbreviations as in the PNB.]

PNB 44/26   p.17
Fri [[13/11/26|date]]
1420  On foot patrol [[Speke|place]] w/ PC [[Jess Barlow|name]] (3318). Outside the shops on [[Central Avenue|address]]
      (nr [[Speke Hall Ave|address]]). Observed 2 x youths passing pkg to occupant of blk Merc A-Class VRM [[LV70 XHM|vehicle]],
      driver IC3 male approx 19.
1422  Veh made off twds [[Hunts Cross|place]]. Youths stopped. S1 PACE search grounds explained (GOWISELY).
      Y1: [[COLE Jayden|name]] DOB [[09/02/11|dob]] of [[27 Western Ave|address]] [[L24|postcode]]. Mob [[07402 773 158|phone]]. Nil
found. States
          "I was just talking to [[Reubs|name]], he's me mate". Knife arch nil.
      Y2: [[ADEBAYO-ROSS, Kai|name]] DOB [[22/07/10|dob]] of [[Flat 9|address]], [[Dymchurch Road|address]], [[Speke|place]]. Found: 2 x
          SIM cards, £85. States "for me nan". Seized, PE/5520/1.
1440  Both spoken to re exploitation, safety. [[Jayden|name]] states his mum works at the airport and nan lives "up
      [[Garston|place]]". Mum [[Simone COLE|name]] rung [[07477 530 961|phone]] - no ans. Nan [[Marcia|name]] [[0151 427 5186|phone]] -
      answered, came to collect both from [[Speke|place]] shops 1455.
1500  Intel sub re VRM [[LV70 XHM|vehicle]] / "[[Reubs|name]]" = [[Reuben FAIRCLOUGH|name]] ([[03/05/07|dob]]).
1505  PPN for [[COLE|name]] + [[ADEBAYO-ROSS|name]] (exploitation) - [[Jayden|name]] not home at 1230 per Sch per Mum (fone later).
      Note: [[Jayden|name]] reported missing by Mum same evening; found [[Rhyl|place]] 2315 by NWP.
[signed] [[R Mawdsley|name]] 5520    [[13/11/26|date]]
"""),
]

DOCS_E += [
    ("a mother's voice-to-text messages to the youth worker", """[Texts from [[Simone Cole|name]] ([[07477 530 961|phone]]) to
[[Dale Halewood|name]] ([[07492 318 604|phone]]), the exploitation worker, copied by [[Dale|name]] into the case file on
[[30/11/2026|date]]. [[Simone|name]] dictates her texts by voice on her way to work, so some words are mis-heard; left as sent.]

[[14/11/2026|date]] 07:12  [[Dale|name]] it's [[Simone|name]] [[jaden|name]] is home the police brought him back from [[real|place]]
at 4 in the
morning. I didn't sleep full stop I'm at work now he's at me mums in [[garston|place]]
[[14/11/2026|date]] 07:14  Sorry [[real|place]] means [[Rhyl|place]] the phone doesn't know wales lol
[[14/11/2026|date]] 19:40  He said sorry to me for the first time ever. He said [[reuben|name]] told him he owes
300 for the stuff the police took
[[17/11/2026|date]] 12:03  can you get him in the boxing at the gym on [[Speak Road|address]] again he listens to Coach [[Terry|name]]
[[17/11/2026|date]] 12:05  [[Speke road|address]] I mean
[[22/11/2026|date]] 23:51  [[Dale|name]] he's gone again. Phone off. [[Taylor|name]] says he was picked up in a black car at the co-op
by [[Kenzie|name]]s brother. I've rung 999
[[23/11/2026|date]] 08:30  Found in [[pressed in|place]] at a caravan, [[Prestatyn|place]] I mean. Police say there was an older
lad. I can't do this
[[dale|name]]
[[23/11/2026|date]] 08:31  me mum says he can stay at hers on [[window lane|address]] for a bit away from [[speke|place]] and the
lads. [[micah|name]] and [[tayla|name]] are staying with me
[[28/11/2026|date]] 10:15  The woman from Barnardo's [[Fiona|name]] was lovely she explained the NRM thing. I didn't know
they can't charge him if they're making him do it. [[Jayden|name]]s nan says thank you as well x
"""),
]

DOCS_E += [
    ("chronology of significant events", """RIVERSIDE MERSEY COUNCIL - CHRONOLOGY OF SIGNIFICANT EVENTS
Child: [[Jayden Cole|name]]   DOB: [[9 February 2011|dob]]   NHS: [[208 704 6867|nhs]]   UPN: [[C341672521356|upn]]
Compiled by: [[Precious Okonjo|name]], SW, for the child protection conference of [[8 December 2026|date]]

Date          | Event                                                                          | Source
[[09/02/2011|dob]]    | [[Jayden|name]] born, Liverpool Women's Hospital, to [[Simone Cole|name]] (23) and [[Dwayne Kelly|name]]
(25). | Health
[[30/06/2013|dob]]    | Sister [[Tayla|name]] born (father [[Tunde Adeyemi|name]], lives in [[Croydon|place]]).           | Health
[[17/03/2016|date]]    | DA incident at [[14 Alderfield Drive|address]], [[Speke|place]] - [[Kelly|name]] arrested; jailed 8 months.
        | Police
[[17/09/2021|dob]]    | Brother [[Micah|name]] born; family move to [[Western Avenue|address]].                         | Health
Sept 2022     | Starts Year 7 at [[Enterprise South Liverpool Academy|school]].                              | School
[[14/06/2024|date]]    | First fixed-term exclusion (fighting); mentor from the Youth Zone, [[Aisha Burrows|name]].    | School
[[05/04/2025|date]]    | Nan's partner, [[Winston Cole|name]] (Grandad [[Winnie|name]]), dies; [[Jayden|name]] "changed" (mother). | Family
[[02/09/2026|date]]    | Seen by PCSO [[Kath Hale|name]] with older youths at [[Speke|place]] shops after midnight.     | Police
[[13/11/2026|date]]    | Stop and search, [[Central Avenue|address]]; missing; found [[Rhyl|place]] with drugs.           | Police
[[16/11/2026|date]]    | NRM referral (Barnardo's, [[F. Garston|name]]).                                            | Barnardo's
[[19/11/2026|date]]    | Positive reasonable grounds decision (NRM).                                        | Home Office
[[22/11/2026|date]]    | Missing; found [[23/11|date]] at a caravan park in [[Prestatyn|place]].                          | Police
[[24/11/2026|date]]    | MACE panel; CAWN to [[R. Fairclough|name]].                                          | MACE
[[25/11/2026|date]]    | Moves to Nan's ([[Marcia Cole|name]]), [[3 Window Lane|address]], [[Garston|place]] [[L19 8DR|postcode]].     | SW
[[01/12/2026|date]]    | Strategy discussion; s47 for [[Jayden|name]] and [[Tayla|name]].                                 | SW
[[03/12/2026|date]]    | Core group (early): [[Simone|name]], [[Marcia|name]], [[Dale Halewood|name]], [[Precious Okonjo|name]].       | SW
Note: "Grandad" is a kinship word; [[Winnie|name]] was the family's name for [[Winston|name]]. PCSO [[Hale|name]]'s name is also a
village near [[Speke|place]] ([[Hale|place]]); the entry refers to the officer.
"""),
]


# --- F. Shaw / Booth family (white British), Wharton, Winsford ------------------------------------------------------------

HOME_F = d.Address("5 Bradford Road", "Wharton", "Winsford", "CW7 3ER")
NAN_F = d.Address("18 Delamere Street", "Over", "Winsford", "CW7 2LY")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harley", "Shaw")], dt.date(2024, 8, 3), addresses=[HOME_F], ids=["6352402887"],
       schools=["Weaver Ducklings Day Nursery"]),
    _p("s", "sibling", [("Evie-Rose", "Booth")], dt.date(2020, 5, 11), addresses=[HOME_F],
       ids=["7356915359", "Y896592881432"], schools=["Wharton CofE Primary School"]),
    _p("m", "mother", [("Danielle", "Shaw")], dt.date(1999, 2, 20), addresses=[HOME_F], phones=["07587 336 920"],
       ids=["RH 15 92 46 B"]),
    _p("f", "father", [("Liam", "Booth")], dt.date(1997, 6, 6)),
    _p("pp", "partner", [("Josh", "Pickering")], dt.date(2000, 9, 12), addresses=[HOME_F], phones=["07834 509 611"]),
    _p("g", "grandparent", [("Sandra", "Shaw")], dt.date(1974, 3, 27), addresses=[NAN_F], phones=["01606 554 213"]),
    _p("p1", "professional", [("Laura", "Vernon")], phones=["01606 593 281"], emails=["laura.vernon@weavervale.gov.uk"]),
], "c")

DOCS_F = [
    ("health visitor's contact record", """CHESHIRE AND WIRRAL PARTNERSHIP - 0-19 SERVICE ([[WINSFORD|place]]) - HEALTH VISITING
CONTACT RECORD
Child: [[Harley SHAW|name]]   DOB [[03/08/2024|dob]]   NHS [[635 240 2887|nhs]]   Address: [[5 Bradford Road|address]], [[Wharton|place]],
[[Winsford|place]] [[CW7 3ER|postcode]]    GP: Weaver Medical Practice
Contact: 2-2½ year review (ASQ-3), home visit, [[10/11/2026|date]] 13:30    HV: [[Kirsty Dutton|name]]
Present: mother [[Danielle Shaw|name]]; [[Harley|name]]; mother's partner [[Josh Pickering|name]] arrived 13:55 from work (joiner)

Development: ASQ-3 - communication below cut-off (about 10 words; says "nana", "[[Evie|name]]", "[[Josh|name]]", "dog"); gross
motor, fine motor,
problem solving and personal-social on track. Hearing: mother has no concerns. Teeth: 2 carious upper incisors - bottle of juice in
bed. Weight 12.9 kg (50th).
Skin check (done with consent at the weigh): a bruise about 2 cm x 1 cm on the left cheek, yellow-brown, and 3 small round
bruises in a line on the right upper arm, purple. Mother said [[Harley|name]] "fell off the sofa onto the Lego" on Sunday
([[8th|date]]) and that the arm was "[[Evie|name]] pulling him off the trampoline at me mum's in [[Over|place]]". She said her mum,
[[Sandra|name]], saw the fall. [[Josh|name]] said he was at the football in [[Northwich|place]] on Sunday. Explanation does not fit
the pattern of the arm bruises (grip-type). [[Harley|name]] is not cruising on sofas any more; he is walking well.
Other: [[Evie-Rose|name]] (6) at school ([[Wharton CofE|school]]). Father of both children, [[Liam Booth|name]], is in HMP Risley;
no contact.
Mother on the waiting list for the Talking Therapies service; low mood. Home warm; a lot of washing; two dogs (Bella and
Rocco), friendly; stair gate fitted.
Action: discussed with my safeguarding supervisor, [[Gill Hatton|name]], at 15:10; referral to Weaver Vale Council's ChAD (Cheshire
front door) by phone 15:25 (spoke to [[Owen Whitlow|name]]), and in writing; child protection medical requested; mother told
and agreed. Next contact: [[17/11/2026|date]].
[[K. Dutton|name]] SCPHN(HV)   tel [[01606 867 540|phone]]
"""),
]

DOCS_F += [
    ("a mother's online consultation form to the GP practice (eConsult), printed", """eCONSULT - ADMIN / GENERAL REQUEST
Practice: Weaver Medical Practice, [[Winsford|place]]       Submitted: [[11 Nov 2026|date]] 21:47      Ref: EC-55310918
Patient: [[Harley Shaw|name]]    DOB: [[03-08-2024|dob]]    NHS number: [[6352402887|nhs]]
Submitted by: [[Danielle Shaw|name]] (mother)    Contact number: [[07587 336 920|phone]]    Email: [[dani.shaw99@hotmail.co.uk|email]]

Q1 What would you like help with?
the health visitor [[kirsty|name]] came yesterday and said [[harley|name]] has to have a check on his bruises at the hospital in
[[crewe|place]] or [[chester|place]]. i want the doctor to see him first and write it down that hes always falling. he
is a boy he never stops. can dr [[Bayliss|name]] see him not the other one
Q2 Is this about a new or ongoing problem? ongoing
Q3 Anything else we should know?
his dad is [[Liam Booth|name]] [[06/06/1997|dob]] hes in prison and has no PR ... he does have PR sorry. his nan is [[Sandra Shaw|name]]
[[18 delamere st|address]] [[over|place]] [[CW7 2LY|postcode]] she can come with me. my partner [[josh|name]] works in
[[Middlewich|place]] at
the salt works he cant get off. social services rang me today a woman called [[laura vernon|name]] from Weaver Vale she is
coming thurs. i have never hit my kids. my friend [[Kelsey|name]] from [[nixon drive|address]] will tell you what a good mum i am.
Q4 How would you like us to contact you? text
--- Practice use ---
Triage: Dr [[R. Bayliss|name]] [[12/11/2026|date]] 08:20 - Safeguarding: do not give a GP appointment in place of the CP medical.
Ring mum; copy to practice safeguarding lead (Dr [[Anjum|name]]) and to [[Laura Vernon|name]] (SW),
[[laura.vernon@weavervale.gov.uk|email]].
Rang mum 08:41 - explained; she agreed to the medical at Leighton (Mid Cheshire) tomorrow. - [[Tracey|name]] (care navigator)
"""),
]

DOCS_F += [
    ("child protection medical report", """MID CHESHIRE HOSPITALS NHS FOUNDATION TRUST - LEIGHTON HOSPITAL, [[CREWE|place]]
CHILD PROTECTION MEDICAL ASSESSMENT - REPORT
Name: [[Harley SHAW|name]]    DOB: [[3.8.2024|dob]] (2 years 3 months)    NHS: [[635 240 2887|nhs]]
Address: [[5 Bradford Rd|address]], [[Wharton|place]], [[Winsford|place]] [[CW7 3ER|postcode]]
Examined: [[12 November 2026|date]], 14:10, Children's Outpatients     Examining doctor: Dr [[Helen Ashworth-Crewe|name]], consultant
paediatrician       Chaperone: [[Megan Bostock|name]], paediatric nurse       Social worker present: [[Laura Vernon|name]]
Accompanied by: mother ([[Danielle Shaw|name]]) and maternal grandmother ([[Sandra Shaw|name]])

History (from the mother): as given to the health visitor; she now adds that [[Harley|name]] bumped his face on the cot on the
[[9th|date]]. The grandmother says she saw a fall from the trampoline at her house in [[Over|place]] "a week or so ago" but not
the arm being pulled. Mr [[Pickering|name]] did not attend.
Examination: well grown, happy, cautious with strangers; settled with his nan.
1. Left cheek: 2.2 x 1.1 cm bruise, yellow-brown (note: colour cannot date a bruise).
2. Right upper arm, inner aspect: three round bruises, 1 cm each, in a line, with a fourth on the outer aspect - a pattern
   consistent with gripping by an adult hand.
3. Left ear: petechiae on the back of the pinna. No explanation offered.
4. No other injuries; no bruises on shins or forehead where a walking child commonly bruises.
Investigations: FBC and clotting normal; skeletal survey [[13/11/2026|date]] - no fractures; CT head not indicated.
Opinion: the arm bruising and the ear petechiae are not explained by the history given and are highly suggestive of
non-accidental injury. The cheek bruise could be accidental.
Siblings: [[Evie-Rose Booth|name]] (6) to be examined on [[13 November|date]] (done: no injuries).
[[H. Ashworth-Crewe|name]], MBChB FRCPCH, GMC 6120458
Copies to: GP (Dr [[R. Bayliss|name]], Weaver Medical Practice); HV [[Kirsty Dutton|name]]; SW [[Laura Vernon|name]],
[[laura.vernon@weavervale.gov.uk|email]], [[01606 593 281|phone]]; DC [[Sam Whittingham|name]], Cheshire Constabulary PPU.
"""),
]

DOCS_F += [
    ("police body-worn video transcript of a welfare check", """CHESHIRE CONSTABULARY - BODY-WORN VIDEO - TRANSCRIPT (extract)
Camera: PC 2207 [[Tom Beswick|name]]    Also present: PC 1945 [[Nat Oakes|name]]    Date: [[14/11/2026|date]]    Start: 20:02:17
Location: [[5 Bradford Road|address]], [[Wharton|place]], [[Winsford|place]]. Reason: welfare check requested by Cheshire EDT after
a neighbour ([[no. 7|address]], Mr [[Dennis Rowley|name]]) reported shouting and a child screaming.
Transcribed by [[Shannon Pugh|name]] (civilian), [[16/11/2026|date]]. [inaudible] and [crosstalk] as marked.

20:02:40 PC [[BESWICK|name]]: Hiya, police, can you open the door please?
20:03:05 FEMALE ([[Danielle SHAW|name]]): What's happened? He's asleep.
20:03:09 PC [[BESWICK|name]]: Who's asleep, love?
20:03:10 [[SHAW|name]]: [[Harley|name]]. And [[Evie|name]]. [[Josh|name]] has gone to his mum's in [[Winnington|place]].
20:03:22 PC [[OAKES|name]]: We've had a call about shouting. Can we come in and see the kids?
20:03:30 [[SHAW|name]]: It was me shouting at the telly. [crosstalk] ...[[Josh|name]] and me had words about his van, that's it.
20:04:51 PC [[BESWICK|name]]: (upstairs) Hiya, sweetheart, what's your name?
20:04:55 CHILD ([[Evie-Rose BOOTH|name]]): [[Evie-Rose|name]]. [[Harley|name]] was crying cos [[Josh|name]] squeezed him. He does it
         when he wets.
20:05:10 [[SHAW|name]]: [[Evie|name]], stop it, you're telling fibs.
20:05:20 PC [[OAKES|name]]: Is [[Josh|name]]'s van the white Transit outside, [[MX68 UPT|vehicle]]?
20:05:24 [[SHAW|name]]: Yeah... no, he took it. That's his mate [[Dean|name]]'s.
20:06:40 PC [[BESWICK|name]]: (radio) Control, 2207, can I get a check on a VRM...
20:07:02 PC [[BESWICK|name]]: Can your mum come round? [[Sandra|name]], is it?
20:07:05 [[SHAW|name]]: She's in [[Over|place]]. I'll ring her. [phones [[01606 554 213|phone]] on speaker]
20:07:31 [[SANDRA SHAW|name]] (on phone): I'm coming now, tell [[Evie|name]] Nana's coming.
20:31:12 (End of extract. The children went with their grandmother to [[18 Delamere
         Street|address]] with the mother's agreement; EDT SW [[Marcus Leftwich|name]] informed 20:40.)
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 38 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 00:46 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "der", "hayr",
           "nurse", "sister", "coach", "our", "me", "my", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa", "tatik", "papik",
           "տատիկ", "տիկին", "xalo", "xaltîka", "diya", "bavo", "dayê"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "north wales", "scotland", "britain", "great britain", "united kingdom", "uk", "merseyside",
               "cheshire", "mid cheshire", "the wirral", "wirral", "lancashire", "west lancashire", "greater manchester",
               "the north west", "north west", "knowsley", "armenia", "iraq", "kurdistan", "syria", "germany", "europe", "russia",
               "azerbaijan", "nagorno-karabakh", "karabakh", "artsakh"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words ("Der Hovhannes", "Tatik", "Xalo
# Fêris", "Coach Terry", "Grandad Winnie") and counties, regions and countries ("Merseyside", "Cheshire", "the Wirral",
# "Armenia", "Iraq", "Germany").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
