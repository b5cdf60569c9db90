"""Set 95: a held-out hand-written set for the redaction detector, six more invented families on the Isle of Wight, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files written by
other helpers at the same time (bench/redaction_set94.py, redaction_set96.py, redaction_set97.py and their tests), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py's docstring, its first family's record and first document, the end of its first family's
documents and the end of its last family's, its word lists and checker lines, and tests/test_redaction_set21.py in full (the
layout and marking conventions followed here); the docstrings of bench/redaction_set7.py to redaction_set93.py, printed to a
scratch file and searched only for town, district and community names (to see which places and communities earlier sets used
as a family's home); the first 80 lines of bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`, the start of
`word_problems`); and the ruff settings in pyproject.toml. Set 15's checker was run through this set's problems() and never
read. Phone numbers were checked with the phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum,
in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector
module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current
round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families on the Isle of Wight, each in a town, district or estate no earlier set (7 to 93) used as a family's home (the
Pan estate in Newport, Lake, Lowtherville in Ventnor, Gurnard in Cowes, Freshwater and Shanklin). Four of the kinds most common
in children's social care: a young white British mother on the Pan estate, Newport, with a grandmother in Carisbrooke
(Whittington / Yarmouth; neglect, a loose dog that bit a boy of 7, poor school attendance, a baby's missed checks, an initial
child protection conference), a white British family in Lake with a grandmother in Brading (Pittis / Wheeler; a mother's
partner assaulting her on a cross-Solent ferry in front of the children, strangulation, a non-molestation order and its
breach through a girl of 11's phone), a white British girl of 14 in Freshwater whose father is in HMP Isle of Wight (Hollingshead
/ Brett; missing at night, sexual exploitation by men of 23 and 27 with a van, a return home interview, a grandmother in Cowes)
and a kinship placement with a grandmother in Shanklin (Gawn / Nowak; a mother in Southampton using heroin, a Polish father in
Tarnów, video calls in Polish, a foodbank voucher, a special guardianship assessment). Two from communities no earlier set used:
a Seychellois family in Lowtherville, Ventnor, with an aunt in Crawley and a father on Mahé (Hoareau / Payet / Labiche; a boy of
15 criminally exploited on a county line from Portsmouth, a knife in school, a mother who speaks Seselwa (Seychellois Kreol),
voice notes from the father in Kreol) and a Taiwanese family in Gurnard, Cowes, with a grandmother in Taichung (Lin / Chen; a
boy of 10 caned over Chinese school marks, a mother's postnatal depression, a LINE family group in traditional Chinese
characters). 24 documents, of types no earlier set used or in styles new to these sets: an education welfare officer's
doorstep visit record, a dog warden's email forwarded to the MASH, an initial child protection conference report with a
chronology, a mother's own handwritten letter to the conference chair, a ferry crew member's safeguarding concern form, an
IDVA's case notes, child in need review minutes, a girl's Snapchat messages typed up by her school, a strategy discussion record
on criminal exploitation, a National Referral Mechanism referral extract, WhatsApp voice notes in Seychellois Kreol transcribed
and translated, a youth justice pre-sentence report, a primary school's safeguarding software export, a LINE family group chat
typed up and translated from Mandarin, a GP's letter, a single assessment's analysis, a police missing person report, a return
home interview record, a prison family engagement worker's email, a social worker's notes typed fast on a phone, a foodbank
referral voucher, a contact supervisor's record of a video call with a father in Poland, Facebook Messenger screenshots scanned
and OCR'd (OCR errors left in), and a special guardianship assessment extract.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Seychelles, Taiwan, Poland); NHS numbers and UPNs (LA number 921, the Isle of Wight)
pass their check digits; NI numbers have a valid format. The council is invented (Medina Vale), and so are the schools (Pan
Meadow Primary, Lake Ridge Academy, Undercliff Academy, St Boniface Primary, Gurnard Primary, West Wight Academy, Shanklin C of
E Primary, as named here), the IDVA project (Wight Safe), the interpreting agency (Kreol Link), the ferry company's email domain,
the firm (Solent Composites), the solicitors and the GP partnership; towns, districts, estates, villages, real colleges,
charities, NHS bodies, hospitals, police forces, prisons, courts, stations, ferries, shops, brands, apps and programmes are real
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, DS, Sgt, Insp, Capt., Revd, Sister, Nan, Nanny, Auntie, Mum, Tonton, Babcia, Ciocia, Tata, and the Chinese 阿姨 after
a name) stay outside the name span; a possessive 's and a bare s in texting ("[[Summer|name]]s mum", "[[craig|name]]s car")
stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span ("WHITTINGTON,
Tyler-Jay", "LIN, Yu-hsuan", "GAWN, Sandra Margaret"), and so is "First SURNAME"; an initial with a surname is one span ("J
PITTIS", "G. Mew", "R. Aylward"); a name broken by a line break is one span holding the break ("Ellie-\\nMae"); a display name
that is a person's plain name is marked ("Lexi", "Ricky"), a username is not ("bff_lexi.h"); a contact saved under a kinship
phrase marks only the name in it ("[[Mason|name]]'s dad"); a family name in a group chat's title is a name ("[[林|name]]家").
A street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and
so is a neighbour's bare flat or house number ("Flat 4", "no. 25", "no. 8") and an address abroad ("ul. Krakowska 14/3",
"ul. Mickiewicza 7", "La Rosiere Estate"); a Polish postcode ("33-100") is a postcode; towns, villages, districts and estates
are places, at home or abroad, in any script and in lower case ("Pan", "Lake", "lake", "apse heath", "台中", "考斯", "南安普敦",
"bmth" for Bournemouth); counties, regions, countries and the large islands are not ("Isle of Wight", "the Island",
"Hampshire", "West Sussex", "Poland", "the Seychelles", "Mahé", "Taiwan"). Organisations are not marked even when they hold a
town's or a person's name ("Medina Vale Council", "Pan Family Hub", "Carisbrooke Health Centre", "HMP Isle of Wight", "Isle of
Wight Youth Court", "Isle of Wight Combined Court", "Portsmouth Harbour station", "West Wight and Cowes Medical Partnership",
"Storybook Dads", "Solent Composites", "Wight Safe"), but a firm named after people marks the names ("[[Hendy|name]] &
[[Marsh|name]]"); a school's name is a school, and so is its short form ("Lake Ridge", "St Boniface", "west wight", "Medina
College"); a date of birth is dob wherever it stands (a birthday given as "30 January" or "29 February" is dob), any other
calendar date with a day is date (a weekday before it stays outside), and the bare day in a range or a reference ("the 31st",
"[[14th|date]]-[[15th September 2026|date]]") is a date span of its own; months and years alone are not marked; pets' names
("Bruno") are not names; landmarks, beaches, ferries and attractions stay unmarked ("Alum Bay" is a village here and marked,
but the Esplanade, the Red Jet, the FastCat, Waterside Pool and Town Quay ("townquay") are not).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a name given with a
nickname in brackets between its parts ("Yu-hsuan (Ethan) LIN") is one span, since a redactor would black out the whole; a
county line named after its runner ("the Tyrone line") marks the name; a football team named by its village ("Niton
Under-16s") marks the village, as a service named by its town does; a capital abroad ("Victoria", Seychelles) and a district
("Anse Aux Pins") are places; an OCR misreading of a name ("Kacpcr") is a name; pet forms in any language ("Xuan-xuan",
"En-en", "恩恩", "Kacperek", "Elka", "Jeebs", "Mari", "Nessa") are names; St Nicholas ("Mikołaj") as a saint's day is not a
name; "A-ma", "媽媽", "Babcia", "Tata" and "Manman" used alone are kinship words, not names; a cell-site request, a booking
reference, a voucher number, a prisoner number, a CAD, MISPER or incident number and an interpreter's registration number are
not marked; a police collar number after "PC" stays outside and unmarked.

Self-check without the detector: `python -m bench.redaction_set95` (and tests/test_redaction_set95.py) runs set 15's checker
(which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words and counties, regions,
islands and countries, and prints the number of documents and gold spans per kind: 24 documents,
924 gold spans, 527 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Whittington / Yarmouth family (white British), the Pan estate, Newport --------------------------------------------

HOME_A = d.Address("27 Downside Close", "Pan", "Newport", "PO30 2HX")
NAN_A = d.Address("5 Castle Street", "Carisbrooke", "Newport", "PO30 1PT")
DAD_A = d.Address("Flat 3, 18 Pyle Street", "", "Newport", "PO30 1JW")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Whittington")], dt.date(2019, 4, 2), addresses=[HOME_A], ids=["143 098 9319", "Z921007764422"],
       schools=["Pan Meadow Primary School"]),
    _p("s", "sibling", [("Summer", "Yarmouth")], dt.date(2023, 8, 14), addresses=[HOME_A], ids=["546 522 2654"]),
    _p("m", "mother", [("Kayleigh", "Whittington")], dt.date(2000, 1, 19), addresses=[HOME_A], phones=["07824 613 950"],
       ids=["JK 38 42 17 B"]),
    _p("f", "father", [("Liam", "Yarmouth")], dt.date(1997, 6, 30), addresses=[DAD_A], phones=["07917 482 306"]),
    _p("g", "grandparent", [("Carol", "Whittington")], dt.date(1968, 11, 5), addresses=[NAN_A], phones=["01983 524 817"]),
    _p("p1", "professional", [("Esther", "Brightwell")], phones=["01983 852 406"], emails=["esther.brightwell@medinavale.gov.uk"]),
], "c")

DOCS_A = [
    ("school attendance officer's doorstep visit record", """MEDINA VALE COUNCIL - EDUCATION WELFARE SERVICE
DOORSTEP VISIT RECORD (EWS/3)

Pupil: [[WHITTINGTON, Tyler-Jay|name]]        DOB: [[02.04.2019|dob]]        UPN: [[Z921007764422|upn]]
School: [[Pan Meadow Primary|school]]         Year 2      Attendance this term: 61.4%
Address: [[27 Downside Close|address]], [[Pan|place]], [[Newport|place]] [[PO30 2HX|postcode]]
Parent/carer: [[Kayleigh Whittington|name]] (mum) - mob [[07824 613 950|phone]]
Visiting officer: [[Gary Mew|name]], EWO          Date of visit: Thursday [[5th Nov 2026|date]]   Time: 08:52

Reason: 9 sessions unauthorised since half term; no call to the office on [[2/11|date]], [[3/11|date]] or [[4/11|date]]. The
class teacher, Miss [[Fenella Hayles|name]], says [[TJ|name]] came in on [[30 October|date]] hungry
and "smelling of wee", and told her the baby "cries all night and Mummy sleeps".

At the door: Knocked twice. A dog barking (Staffie, "Bruno"). [[TJ|name]] opened the door in a vest and pants and said Mum was
"in bed with [[Summer|name]]". Strong smell of dog mess and smoke in the hall. I waited on the step. Mum came down after about
four minutes, said [[Summer|name]] had been up with her teeth and she "just didn't hear the alarm". She said her mum ([[Carol|name]])
usually does the school run from [[Carisbrooke|place]] but has "done her back". She said [[Liam|name]] (the baby's dad) "don't help".

Neighbour at [[no. 25|address]], an older man who gave his name as [[Derek Scovell|name]], came out and told me "those kids are
always on their own, that dog bit the little one in the summer". I did not discuss the family with him.

Agreed: Mum to bring [[TJ|name]] in for 10:00 today (she did - confirmed by the office, [[Sharon|name]], at 10:12). I told Mum I
would share my concerns about the home with the school's DSL, Mr [[Paul Rayner|name]], and that a referral to children's services
may follow. She said "do what you like, everyone else has".

Follow up: referral to MASH sent [[05/11/2026|date]] 11:40. Attendance panel letter deferred. Next check: [[12 Nov|date]].
Signed: [[G. Mew|name]]
"""),
    ("dog warden's email forwarded to the MASH", """From: Animal Welfare Team <animal.welfare@medinavale.gov.uk>
Sent: 09 November 2026 14:06
To: MASH Duty <mash@medinavale.gov.uk>
Cc: [[Esther Brightwell|name]] <[[esther.brightwell@medinavale.gov.uk|email]]>
Subject: FW: dog complaint - [[Downside Close|address]], [[Pan|place]] - children in the property

Hi MASH, passing this on as my officer was worried about the kids. Ref AW/26/0871. [[Nigel|name]]

---- Forwarded message ----
From: [[Shauna Woodford|name]] (Dog Warden)
Date: Sat, [[7 Nov 2026|date]] at 18:22
Subject: visit [[27 Downside Cl|address]]

[[Nige|name]] - went out to the complaint from [[no 29|address]] (Mrs [[Pat Chiverton|name]] -
she says the dog is loose on the green and went for her grandson [[Alfie|name]] on the [[31st|date]]). The owner is
[[Kayleigh Whittington|name]], [[07824 613950|phone]]. Dog is an entire male Staffie x, "Bruno", not chipped, no collar.
Garden full of nappies and bags, two holes in the fence onto the cut through to [[St George's Way|address]].

The bit I'm not happy with: a small boy about 7 answered the door and the dog came out past him. There's a baby, maybe a
year old, on the floor in the front room with the dog, nobody else downstairs. Mum appeared after a bit. She said the dog
"nipped" the boy in August and she took him to the walk-in at St Mary's, "they didn't say nothing". The boy showed me a
scar on his forearm. A man in a grey van ([[HW19 KXO|vehicle]] - I wrote it down) pulled up and shouted at her to "get rid of the
warden"; she called him [[Liam|name]].

I've given a Community Protection Warning for the fence and the chip. Can you make sure whoever does kids knows?
[[Shauna|name]] [[07706 394 128|phone]]
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Children: [[Tyler-Jay WHITTINGTON|name]] (known as [[TJ|name]]), born [[2 April 2019|dob]], NHS [[143 098 9319|nhs]]
          [[Summer YARMOUTH|name]], born [[14 August 2023|dob]], NHS [[546 522 2654|nhs]]
Address: [[27 Downside Close|address]], [[Newport|place]], Isle of Wight [[PO30 2HX|postcode]]
Conference date: [[26 November 2026|date]], 10:00, County Hall (room 4)
Author: [[Esther Brightwell|name]], social worker, Assessment Team 2, [[01983 852 406|phone]]

1. Why we are here
The family was referred on [[5 November|date]] by the education welfare officer, [[Gary Mew|name]], and again on [[9 November|date]]
by the council's dog warden, [[Shauna Woodford|name]]. A strategy discussion on [[11/11/26|date]] (chaired by [[Rhian Salter|name]],
team manager, with DS [[Mark Jolliffe|name]] and the named nurse [[Bev Kemp|name]]) agreed a section 47 enquiry for neglect.

2. The family
[[Kayleigh|name]] is 26. She grew up on the [[Pan|place]] and went to [[Medina College|school]] until Year 10. Her mother,
[[Carol Whittington|name]],
lives at [[5 Castle Street|address]], [[Carisbrooke|place]], and until October took [[TJ|name]] to school most days. [[Liam Yarmouth|name]]
is [[Summer|name]]'s father; he lives in a flat on [[Pyle Street|address]] and works for a scaffolding firm in [[Cowes|place]]. He is
not [[TJ|name]]'s father. [[TJ|name]]'s father, [[Jordan Buckett|name]], moved to [[Swindon|place]] in 2021 and has no contact; his
mother, [[Lorraine Buckett|name]], sends birthday cards to [[TJ|name]] from [[Wroughton|place]].

3. What we found
Home visits on [[12 November|date]] (announced) and [[18 November|date]] (unannounced, with PCSO [[Kirsty Dore|name]]): dog faeces in
the hall and garden, no working cooker, [[Summer|name]]'s cot with no mattress sheet, [[TJ|name]] sharing a bed with his mother.
[[TJ|name]] told me "[[Liam|name]] shouts at the dog and at Mummy" and that he makes [[Summer|name]]'s bottle "when she's crying
in the morning". Dental decay (four teeth) seen by the school nurse, [[Nicola Brett|name]], on [[20/11|date]]. [[Summer|name]] has
missed her 12-month jabs and her one-year review with the health visitor, [[Anna Wheeler-Hunt|name]].

4. Strengths
[[Kayleigh|name]] loves her children and they are warm with her. She used the Pan Family Hub's baby group last year.
[[Carol|name]] wants to help again once her back is better, and [[Kayleigh|name]]'s friend [[Jade Occomore|name]] from
[[Forest Road|address]] has offered to have [[TJ|name]] after school on Tuesdays.

Chronology of key events (from the case file)
[[14.08.2023|date]]  [[Summer|name]] born at St Mary's; [[Liam|name]] at the birth. Discharged to [[Downside Close|address]].
[[02/03/2024|date]]  Police called by a neighbour, Mrs [[Pat Chiverton|name]], to shouting at [[no. 27|address]]; [[Liam|name]] left.
[[19 June 2024|date]]  Health visitor [[Anna Wheeler-Hunt|name]]: home "cluttered but OK"; [[Kayleigh|name]] low in mood.
[[8 January 2026|date]]  [[TJ|name]] seen at the walk-in centre, [[Newport|place]], with a cut lip ("fell off the sofa").
[[22/08/2026|date]]  Dog bite to [[TJ|name]]'s forearm (the dog warden, [[Shauna Woodford|name]], was told of this in November).
[[05/11/2026|date]]  EWO doorstep visit ([[Gary Mew|name]]); referral to MASH.
[[07/11/2026|date]]  Dog warden visit; the man in the van, [[Liam Yarmouth|name]], shouted at her.

5. Recommendation
That both children are made subject to child protection plans under the category of neglect; that [[Liam|name]] is
invited to the core group; that the dog is rehomed or kept apart from the children (the Blue Cross at [[Yarmouth|place]]
would take him). The family's GP is the Carisbrooke Health Centre.
[[E. Brightwell|name]], [[20.11.2026|date]]
"""),
    ("a mother's handwritten letter to the conference chair", """To the lady who is the chair

My name is [[kayleigh whittington|name]] and Im [[TJ|name]] and [[Summer|name]]s mum. I cant talk in big meetings I go
red and cry so my nan said write it down.

I know the house was a tip. I aint making excuses. Since [[Summer|name]] was born I have been so tired and [[Liam|name]] only
comes when he wants. My mum [[carol|name]] done everything for me and then she hurt her back at work at Tesco and
now she cant. Bruno is going to my cousin [[Dean|name]] in [[Shanklin|place]] on sat [[28th|date]] I promise.

[[Esther|name]] said about a family support worker I want one. I want [[TJ|name]] at school I no hes clever, his teacher
Miss [[Hayles|name]] says he reads good. Please dont take my kids. I will let the health visitor in and [[Summer|name]] is
having her jabs at the surgery on the [[1st December|date]].

My phone is [[07824 613950|phone]] if you need me or ring my mum on [[01983 524817|phone]].

from [[Kayleigh|name]]
[[27 downside close|address]]
"""),
]


# --- B. Pittis / Wheeler family (white British), Lake, with a grandmother in Brading ---------------------------------------

HOME_B = d.Address("14 Sandown Road", "", "Lake", "PO36 9JR")
NAN_B = d.Address("2 Coach Lane", "", "Brading", "PO36 0AU")
DAD_B = d.Address("41 Wilton Park Road", "", "Shanklin", "PO37 7BT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Pittis")], dt.date(2015, 2, 21), addresses=[HOME_B], ids=["929 694 8215", "C921639808616"],
       schools=["Lake Ridge Academy"]),
    _p("s", "sibling", [("Mason", "Wheeler")], dt.date(2023, 5, 9), addresses=[HOME_B], ids=["954 536 9612"]),
    _p("m", "mother", [("Jodie", "Pittis")], dt.date(1993, 9, 12), addresses=[HOME_B], phones=["07388 215 947"],
       ids=["PR 61 05 93 C"]),
    _p("f", "partner", [("Craig", "Wheeler")], dt.date(1989, 3, 3), addresses=[DAD_B], phones=["07455 861 203"]),
    _p("g", "grandparent", [("Maureen", "Pittis")], dt.date(1962, 7, 28), addresses=[NAN_B], phones=["01983 298 155"]),
    _p("p1", "professional", [("Owen", "Lacey")], phones=["01983 760 433"], emails=["owen.lacey@medinavale.gov.uk"]),
], "c")

DOCS_B = [
    ("ferry crew member's safeguarding concern form", """CROSS-SOLENT FERRY - PASSENGER WELFARE / SAFEGUARDING CONCERN (crew form SG-2)
Vessel: car ferry, 17:00 sailing [[Portsmouth|place]] to [[Fishbourne|place]]      Date: Fri [[16 Oct 26|date]]
Reported by: [[Ellis Kingswell|name]], Passenger Services (on board)   Deck: 7, forward lounge
Reported to: Master (Capt. [[R. Aylward|name]]) at 17:32, and to Hampshire Police by 101 from the bridge

Details of concern:
Family of four in the forward lounge: man about 35 (tall, shaved head, tattoo "[[MASE|name]]" on his neck), woman about
30, a girl about 11 in a [[Lake Ridge|school]] PE hoodie, a toddler in a pushchair. The man was drunk (cans from the shop,
4 x Stella). At about 17:25 he grabbed the woman by the back of her neck and pushed her face towards the table and said
"you ever talk to [[Gaz|name]] again I'll drown you off the back of this boat". The girl got between them and said
"[[Craig|name]] stop it, stop it". I went over. He told me to "do one". The woman said "we're fine, he's fine".

I heard the girl call the woman Mum and say "Nanny [[Mo|name]] is meeting us at [[Fishbourne|place]]". The woman's name on
the booking is [[J PITTIS|name]] (vehicle [[HW17 DZP|vehicle]], a silver Corsa; booking ref WL7J2K9 - not for police use).
Phone on the booking: [[07388 215947|phone]]. Address on the booking: [[14 Sandown Rd|address]], [[Lake|place]], [[PO36 9JR|postcode]].

Action: Master asked the man to stay in the lounge with a crew member ([[Dan Pocock|name]]). Police met the car at
[[Fishbourne|place]] at 17:46. The girl gave me a thumbs up when they drove off the ramp.
Form passed to the company safeguarding lead ([[Tamsin Ure|name]], [[tamsin.ure@solentlink-ferries.co.uk|email]]).
"""),
    ("IDVA's case notes", """IDVA CASE NOTES - Wight Safe Project     Client: [[Jodie PITTIS|name]]   DASH: 17 yes (high) - MARAC listed
Ref WS-26-1190

[[19.10.26|date]] Phone. Referral from police (PC [[Bryony Gladdis|name]]) after the ferry incident on the [[16th|date]].
[[Jodie|name]] picked up on 2nd try. Safe to talk - [[Craig|name]] at work (he drives for a builders' merchant in [[Sandown|place]]).
She said the ferry was "nothing compared to August". Strangled twice this year, once in front of [[Brooke|name]]. He
checks her phone, has her bank card. She wants him out. Gave the national helpline number. Safe word agreed: "shopping list".

[[21/10/26|date]] Home visit with PC [[Gladdis|name]]. [[Brooke|name]] at school. [[Mason|name]] napping. [[Jodie|name]] showed me a
bruise on her upper arm. Mum ([[Maureen|name]], "[[Mo|name]]") came over from [[Brading|place]] on the bus and sat in. [[Mo|name]]
says [[Craig|name]]'s ex, [[Stacey Rolf|name]] in [[Ryde|place]], "had the same". Target hardening booked (fire-proof letterbox, door
chain). Non-molestation order: [[Jodie|name]] to ring [[Hendy|name]] & [[Marsh|name]] solicitors in [[Newport|place]] - legal aid.
Legal aid form filled in with her: DOB [[12/09/1993|dob]], NI [[PR 61 05 93 C|ni]], [[Craig|name]]'s DOB [[03.03.1989|dob]].

[[23/10|date]] Text from [[Jodie|name]] 22:14: "hes outside in the van". Advised 999. Police attended; [[Craig|name]] gone.
[[27.10.2026|date]] MARAC - see minutes. Actions for me: support non-mol, sanctuary scheme, link with SW [[Owen Lacey|name]].
[[30.10|date]] Non-mol granted ex parte at the Isle of Wight Combined Court. Return date [[13 November|date]]. Served on him at
his mum's, [[41 Wilton Park Rd|address]], [[Shanklin|place]], by [[Bryony|name]] on [[31 Oct|date]].
[[04/11/26|date]] [[Jodie|name]] says [[Brooke|name]] is "wetting the bed again" and won't go to her friend [[Lexi|name]]'s in
[[Apse Heath|place]] for sleepovers in case Mum is on her own. Suggested the young carers group - see [[Owen|name]].
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Brooke PITTIS|name]] (11) d.o.b. [[21/02/2015|dob]] UPN [[C921639808616|upn]]; [[Mason WHEELER|name]] (3) d.o.b.
[[09/05/2023|dob]] NHS [[954 536 9612|nhs]]
Held: Wednesday [[25th November 2026|date]], 15:30, at [[Lake Ridge Academy|school]] (the library)
Chair: [[Owen Lacey|name]], SW        Minutes: [[Hollie Snudden|name]], business support

Present: [[Jodie Pittis|name]] (mum); [[Maureen Pittis|name]] (maternal grandmother); Mrs [[Jan Coombes|name]], DSL, [[Lake Ridge|school]];
[[Kerry Abbott|name]], IDVA, Wight Safe; [[Priya Nandra|name]], health visitor ([[Mason|name]]); [[Tom Sheath|name]], Young Carers.
Apologies: PC [[Bryony Gladdis|name]]; [[Lorna Fry|name]], pre-school manager, Little Acorns ([[Mason|name]]'s nursery - report sent).
Not invited: [[Craig Wheeler|name]] (non-molestation order in force until [[13/11/2027|date]]).

1. Updates
[[Owen|name]]: [[Craig|name]] has kept away since the order was made final on [[13 November|date]]. He has asked, through his
solicitor, to see [[Mason|name]]; [[Jodie|name]] is not against supervised contact at the family centre in [[Ryde|place]].
Mrs [[Coombes|name]]: [[Brooke|name]]'s attendance is 96%. She is in the top set for maths. She told her tutor, Mr [[Ash Cotton|name]],
that she "keeps her shoes on in bed in case". She has made a friend, [[Lexi Harvey|name]], who lives in [[Apse Heath|place]].
[[Kerry|name]]: sanctuary work done [[10/11|date]]. [[Jodie|name]] has a new number ([[07761 280 594|phone]], not to be shared
with [[Craig|name]] or his family). The old phone ([[07388 215 947|phone]]) is off.
[[Priya|name]]: [[Mason|name]] is on track except speech. Referral to speech and language therapy made on [[18.11.2026|date]].
[[Maureen|name]]: she is at [[2 Coach Lane|address]], [[Brading|place]], and has the children Saturdays so [[Jodie|name]] can work at the
garden centre at [[Morton|place]]. She worries about money - [[Craig|name]] had the car ([[HW17 DZP|vehicle]]) in his name.

2. [[Brooke|name]]'s views (she chose to write them; read out by [[Tom|name]])
"I want [[Craig|name]] to stay away. I like it at Nanny [[Mo|name]]'s. I want [[Mason|name]] to be safe when he is bigger."

3. Plan (next review [[24/02/2027|date]])
Young carers group on Thursdays in [[Sandown|place]] ([[Tom|name]]). Freedom Programme for [[Jodie|name]] (starts [[7 January|date]]).
Housing: [[Owen|name]] to support a move nearer [[Brading|place]]; the landlord, Mr [[Keith Orchard|name]] (NOT the
[[Orchard|name]] family known to this team), has been told of the order.
"""),
    ("a girl's Snapchat messages typed up by her school", """[[Lake Ridge Academy|school]] - DSL record. Screenshots shown by
[[Brooke Pittis|name]] (Y7) to Mrs [[Coombes|name]] on [[2/12/26|date]] at 08:40; typed up as seen. Usernames kept as on screen.
[[Brooke|name]]'s phone shows her contacts' display names.

Chat with "[[Lexi|name]] 💜" (bff_lexi.h)
  [[lexi|name]]: u ok?? u wasnt on the bus
  [[brooke|name]]: [[craig|name]]s car was outside nannys last nite
  [[lexi|name]]: WHAT
  [[brooke|name]]: the grey one. he knows we go there on saturdays
  [[lexi|name]]: tell mrs [[coombes|name]]
  [[brooke|name]]: she will tell [[owen|name]] and mum will cry
  [[lexi|name]]: my mum says u can come to ours in [[apse heath|place]] whenever
  [[brooke|name]]: thx ur mum is the best

Chat with "[[Mason|name]]'s dad" (saved by [[Brooke|name]] like this - it is [[Craig Wheeler|name]], number [[07455 861 203|phone]])
  [[Mason|name]]'s dad: tell ur mum i want to see my boy
  [[Mason|name]]'s dad: i no where ur nan lives [[coach lane|address]] i drive past every day
  [[Mason|name]]'s dad: dont tell that social worker or [[mo|name]] will get it

DSL action: 999 not needed (no immediate threat to [[Brooke|name]] at school). Rang PC [[Gladdis|name]] 08:55 - breach of the
non-molestation order; she will collect the screenshots. Rang [[Jodie|name]] on [[07761 280594|phone]] and SW [[Owen Lacey|name]]
([[01983 760 433|phone]], [[owen.lacey@medinavale.gov.uk|email]]). Told [[Brooke|name]] she did the right thing. [[J. Coombes|name]]
"""),
]


# --- C. Hoareau / Payet family (Seychellois), Lowtherville, Ventnor, with an aunt in Crawley and family on Mahé -------------

HOME_C = d.Address("Flat 6, Lowtherville House, 33 Lowtherville Road", "Lowtherville", "Ventnor", "PO38 1AR")
AUNT_C = d.Address("19 Gossops Drive", "Gossops Green", "Crawley", "RH11 8LE")
DAD_C = d.Address("La Rosiere Estate", "Anse Aux Pins", "Mahé", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jean-Baptiste", "Hoareau")], dt.date(2011, 7, 17), addresses=[HOME_C], ids=["219 003 6380", "J921732100436"],
       schools=["Undercliff Academy"]),
    _p("s", "sibling", [("Vanessa", "Payet")], dt.date(2017, 10, 3), addresses=[HOME_C], ids=["792 672 9914", "P921737803416"],
       schools=["St Boniface Primary School"]),
    _p("m", "mother", [("Marie-Anne", "Hoareau")], dt.date(1988, 12, 8), addresses=[HOME_C], phones=["07593 648 210"],
       ids=["NW 27 84 16 A"]),
    _p("f", "father", [("Ricky", "Payet")], dt.date(1985, 4, 22), addresses=[DAD_C], phones=["+248 2 574 318"]),
    _p("a", "aunt", [("Josette", "Labiche")], dt.date(1979, 2, 2), addresses=[AUNT_C], phones=["07852 407 316"]),
    _p("p1", "professional", [("Callum", "Prouten")], phones=["01983 862 914"], emails=["callum.prouten@medinavale.gov.uk"]),
], "c")

DOCS_C = [
    ("strategy discussion record on criminal exploitation", """STRATEGY DISCUSSION - CHILD CRIMINAL EXPLOITATION (Teams call)
Date/time: [[10 September 2026|date]], 14:00-14:50      Chair: [[Natasha Wavell|name]], Team Manager, MASH
Child: [[Jean-Baptiste HOAREAU|name]] ("[[JB|name]]"), DOB [[17/07/2011|dob]], NHS [[219 003 6380|nhs]], 15
Home: [[Flat 6, Lowtherville House|address]], [[33 Lowtherville Road|address]], [[Ventnor|place]] [[PO38 1AR|postcode]]

Attendees: DS [[Lee Cheverton|name]] (Exploitation Team, Hampshire and IoW Constabulary); [[Callum Prouten|name]], SW;
Mr [[Ade Okafor|name]], DSL, [[Undercliff Academy|school]]; [[Megan Fallick|name]], Youth Justice; Sister [[Ruth Spanner|name]],
named nurse.

Information shared:
Police: On [[7/9|date]] [[JB|name]] was stopped by BTP at Portsmouth Harbour station with £640 in cash and two phones, with a
man of 19 from [[Paulsgrove|place]], [[Kieran Nutley|name]], known for supplying crack in [[Ventnor|place]] and [[Shanklin|place]]
("the [[Tyrone|name]] line"). On [[28th August|date]] a neighbour, Mrs [[Irene Chessell|name]] of [[Flat 4|address]], reported
"a coloured lad being dragged into a car" on [[Newport Road|address]] - believed to be [[JB|name]]; the car, a black Audi
[[GX21 YRM|vehicle]], is linked to [[Nutley|name]].
School: attendance 54%. [[JB|name]] was found with a knife (a kitchen knife) in his bag on [[3 Sept|date]]; fixed-term exclusion.
Mr [[Okafor|name]] says he was "a bright, funny boy" in Year 8 and has changed since his father went back to [[Victoria|place]].
Social care: mum [[Marie-Anne|name]] speaks Seselwa (Seychellois Kreol) and French; English is her third language. She works
nights as a carer at a nursing home in [[Bonchurch|place]]. [[JB|name]]'s sister [[Vanessa|name]], 8, is at [[St Boniface|school]].
The children's father, [[Ricky Payet|name]], lives at [[La Rosiere Estate|address]], [[Anse Aux Pins|place]], on Mahé
([[+248 2 574 318|phone]]). An aunt,
[[Josette Labiche|name]], lives in [[Gossops Green|place]], [[Crawley|place]] ([[07852 407 316|phone]]), and has offered to have
[[JB|name]] to get him off the Island.

Decision: section 47 (CCE); NRM referral (police); return home interviews for any missing episode; safety plan.
Interpreter to be booked for all meetings with mum (Seselwa, not French - her choice).
"""),
    ("National Referral Mechanism referral form extract", """NATIONAL REFERRAL MECHANISM - REFERRAL (first responder: local authority)
Section A - potential victim
Family name: [[HOAREAU|name]]          Given names: [[Jean-Baptiste|name]]       Known as: [[JB|name]], "[[Jeebs|name]]"
Date of birth: [[17-07-2011|dob]]      Nationality: British (born in the UK; parents Seychellois)
Current address: [[Flat 6 Lowtherville House, 33 Lowtherville Rd|address]], [[Ventnor|place]], Isle of Wight, [[PO38 1AR|postcode]]
Phone: none of his own that we know of (police seized two)
Language: English; Seselwa at home
Consent: not needed (child)

Section B - first responder
Name: [[Callum Prouten|name]]   Organisation: Medina Vale Council children's services
Email: [[callum.prouten@medinavale.gov.uk|email]]   Tel: [[01983 862914|phone]]

Section C - account
[[JB|name]] was recruited in the summer of 2026 by an older boy, "[[Ty|name]]" (believed to be [[Tyrone Blake-Stubbs|name]], 20, of
[[Somers Town|place]], [[Portsmouth|place]]), who befriended him at the skatepark on the Esplanade. From July he made day trips
on the FastCat from [[Ryde|place]] to [[Portsmouth|place]] carrying packages, and kept a "shop phone" at home in a sock. He told me on
[[15 September 2026|date]] that he owed "[[Ty|name]]" £400 after the police took money off him, and that "[[Kieran|name]] says they
know where [[Nessa|name]] goes to school". He has slept at an address on [[Albert Street|address]] in [[Ventnor|place]] (a flat
used by [[Shane Corke|name]], 34) three times, and in [[Buckland|place]], [[Portsmouth|place]], once ([[19th|date]]-[[20th July|date]]).

Section D - indicators: recruitment, debt bondage, threats to family, travel, missing episodes ([[22/08/26|date]], [[06/09/26|date]]).
"""),
    ("WhatsApp voice notes in Seychellois Kreol transcribed and translated", """Transcript and translation of four WhatsApp voice
notes played to the social worker by [[Marie-Anne Hoareau|name]] on [[2 Oct 2026|date]], with her consent. Transcribed and
translated from Seselwa by [[Liliane Esparon|name]] (interpreter, Kreol Link, reg. no. KL-0419). Sender shown on her phone as
"[[Ricky|name]] ❤️ SEZ" ([[+248 2 574 318|phone]]).

Note 1 ([[29/09/2026|date]] 21:14, 0:52)
KREOL: "[[Mari|name]], ki mannyer? Mon'n tann ki [[JB|name]] in ganny aret dan [[Portsmouth|place]]. Kiken in dir ou sa? [[Josette|name]]
in telefonn mwan. Anvoy li isi kot mwan [[Anse Aux Pins|place]], mon a met li travay lo bato avek Tonton [[Wilfred|name]]."
ENGLISH: "[[Mari|name]], how are you? I heard that [[JB|name]] got arrested in [[Portsmouth|place]]. Who told you? [[Josette|name]]
phoned me. Send him here to me at [[Anse Aux Pins|place]], I'll put him to work on the boat with Uncle [[Wilfred|name]]."

Note 2 ([[29/09/2026|date]] 21:20, 0:31)
KREOL: "Pa les sa bann zonm [[Ventnor|place]] vin kot ou lakaz. Si zot vin ankor, apel [[Gilbert|name]] lo premye etaz."
ENGLISH: "Don't let those men from [[Ventnor|place]] come to your home. If they come again, call [[Gilbert|name]] on the first
floor." (Mum says [[Gilbert|name]] is a neighbour, [[Gilbert Mondon|name]], also from the Seychelles, in [[Flat 2|address]].)

Note 3 ([[30/09/2026|date]] 07:02, 1:10) - from [[Vanessa|name]]'s tablet, to her father
KREOL: "Papa, [[JB|name]] pa'n dormi lakaz yer swar. Manman in plere. Mon kontan ou."
ENGLISH: "Daddy, [[JB|name]] didn't sleep at home last night. Mummy cried. I love you."

Note 4 ([[01/10/2026|date]] 23:48, 0:19) - [[Ricky|name]] again
KREOL: "Dimann [[Callum|name]] pou fer li pran avyon. [[Josette|name]] ava vin rod li."
ENGLISH: "Ask [[Callum|name]] to put him on a plane. [[Josette|name]] will come and fetch him."

Interpreter's note: "lo bato" is a fishing boat; "Tonton" is uncle; "[[Mari|name]]" is what her family call her. [[L. Esparon|name]]
"""),
    ("youth justice pre-sentence report", """ISLE OF WIGHT YOUTH JUSTICE SERVICE - PRE-SENTENCE REPORT
Name: [[Jean-Baptiste HOAREAU|name]]       Date of birth: [[17 July 2011|dob]]        Age: 15
Court: Isle of Wight Youth Court, sitting at [[Newport|place]]    Hearing: [[19 November 2026|date]]
Offence: possession of a bladed article in a school ([[3 September 2026|date]]) - plea of guilty
Author: [[Megan Fallick|name]], Youth Justice Officer, [[megan.fallick@medinavale.gov.uk|email]]

Sources: interviews with [[Jean-Baptiste|name]] on [[21/10|date]], [[28/10|date]] and [[4/11/2026|date]] (the last with his mother and
the interpreter, [[Liliane Esparon|name]]); school records ([[Undercliff Academy|school]]); the NRM conclusive grounds decision of
[[12 November 2026|date]] (a victim of child criminal exploitation); the social worker, [[Callum Prouten|name]].

Offence analysis: [[Jean-Baptiste|name]] says he took the knife from his mother's kitchen because "[[Ty|name]]'s boys" had
beaten him at the bus station in [[Newport|place]] on [[1st Sept|date]] and said they would "do" his sister. I accept that he
carried it out of fear. The school's PE teacher, Mr [[Sam Rolfe|name]], found it.

Family: [[Jean-Baptiste|name]] lives with his mother and sister [[Vanessa|name]] in [[Lowtherville|place]]. His father has lived in
the Seychelles since 2024. He is proud of his Creole heritage, cooks octopus curry with his mother and plays football for
[[Niton|place]] Under-16s (his coach, [[Darren Hollis|name]], gave a reference). He wants to be a chef. He has said he would
like to live with his aunt, [[Josette Labiche|name]], at [[19 Gossops Drive|address]], [[Crawley|place]] [[RH11 8LE|postcode]], and
a move was agreed in principle at the child protection review on [[16/11/26|date]].

Proposal: a referral order of 6 months, which could be transferred to West Sussex if he moves.
"""),
]


# --- D. Lin / Chen family (Taiwanese), Gurnard, Cowes, with grandparents in Taichung -------------------------------------

HOME_D = d.Address("8 Worsley Road", "Gurnard", "Cowes", "PO31 8JW")
GRAN_D = d.Address("No. 112, Section 2, Wenxin Road", "Nantun District", "Taichung", "408")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Yu-hsuan", "Lin"), ("Ethan", "Lin")], dt.date(2016, 6, 11), addresses=[HOME_D],
       ids=["773 954 6836", "B921669934159"], schools=["Gurnard Primary School"]),
    _p("s", "sibling", [("Yu-en", "Lin"), ("Grace", "Lin")], dt.date(2026, 6, 30), addresses=[HOME_D], ids=["380 958 2042"]),
    _p("m", "mother", [("Ya-ting", "Chen"), ("Tina", "Chen")], dt.date(1991, 3, 27), addresses=[HOME_D], phones=["07412 953 681"],
       ids=["SH 49 30 72 D"]),
    _p("f", "father", [("Chih-wei", "Lin"), ("David", "Lin")], dt.date(1987, 10, 15), addresses=[HOME_D], phones=["07538 716 402"]),
    _p("g", "grandparent", [("Mei-hua", "Chen")], dt.date(1962, 1, 9), addresses=[GRAN_D], phones=["+886 937 514 206"]),
    _p("p1", "professional", [("Harriet", "Sothcott")], phones=["01983 403 572"], emails=["harriet.sothcott@medinavale.gov.uk"]),
], "c")

DOCS_D = [
    ("safeguarding software incident export from a primary school",
     """SAFEGUARDING LOG - EXPORT (incident #4471)   Printed [[14/10/2026|date]] 16:02 by [[S. Barton|name]]
Student: [[Ethan Lin|name]] (legal name [[LIN, Yu-hsuan|name]])   Year 6   DOB [[11/06/2016|dob]]   UPN [[B921669934159|upn]]
Categories: Physical abuse; Disclosure; EAL
Recorded by: [[Amy Nettleship|name]] (class teacher)    Date/time of incident: [[14/10/2026|date]] 09:10
Alerted: [[Sarah Barton|name]] (DSL), [[Joe Hailes|name]] (deputy DSL)

Description:
During PE I saw three long red marks across the back of [[Ethan|name]]'s thighs, like lines, about 15cm. I asked him if he
was OK. He said "my dad used the stick because I got 6 out of 20 in Chinese school". He said the stick is a thin cane that
"all dads in Taiwan have" and that it is kept on top of the fridge. He said it was on Sunday night ([[11th|date]]). He said
his mum was "crying in the bedroom with [[Grace|name]] all the time" and his dad "shouts because he is tired from the boats".
He asked me not to tell anyone because his A-ma in [[Taichung|place]] will be "ashamed".

Actions:
09:25 [[Sarah Barton|name]] spoke to [[Ethan|name]] with [[Amy|name]] present; he repeated the account.
09:40 Phoned MASH (spoke to [[Jenna|name]]). Advised not to contact parents before strategy discussion.
10:30 Strategy discussion by phone; SW [[Harriet Sothcott|name]] and DC [[Phil Buckett|name]] to visit school 13:00.
13:05 [[Ethan|name]] seen by [[Harriet|name]] and DC [[Buckett|name]]; body map completed; photos by police.
15:20 Dad ([[David Lin|name]], [[07538 716 402|phone]]) collected [[Ethan|name]] with the social worker present. Mum at home with the
baby. Dad's work: Solent Composites, [[East Cowes|place]].
Linked students: none. Other contacts: friend [[Oscar Wheeler|name]] (Y6) said [[Ethan|name]] told him the same at lunch.
"""),
    ("LINE family group chat typed up and translated from Mandarin", """Typed up from [[陳雅婷|name]]'s phone ([[Tina Chen|name]]) on
[[21 October 2026|date]] by [[Harriet Sothcott|name]], SW, with the interpreter [[Wendy Kuo|name]] (Mandarin). Group name:
"[[林|name]]家 ❤️" (= "the [[Lin|name]] home"). Members: [[志偉|name]] (Dad), [[雅婷|name]] (Mum), 媽媽 (= "Mum": [[Tina|name]]'s mother,
[[Chen Mei-hua|name]], in [[台中|place]] / [[Taichung|place]]). Traditional characters kept; translation in brackets.

[[2026/10/11|date]] 21:03 [[志偉|name]]: [[宇軒|name]]中文考試又不及格 (= [[Yu-hsuan|name]] failed his Chinese test again)
[[2026/10/11|date]] 21:04 [[志偉|name]]: 我打了他三下 (= I hit him three times)
[[2026/10/11|date]] 21:10 媽媽: 小孩子要教 不要打太用力 (= Children must be taught, don't hit too hard)
[[2026/10/11|date]] 23:41 [[雅婷|name]]: 我好累 [[宇恩|name]]一直哭 我不想活了 (= I'm so tired, [[Yu-en|name]] keeps crying, I don't want
to live)
[[2026/10/12|date]] 06:15 媽媽: [[雅婷|name]] 不要亂講 打給我 (= [[Ya-ting|name]], don't talk nonsense, call me)
[[2026/10/12|date]] 06:20 媽媽: 我可以十二月飛過去 住[[考斯|place]] 幫你帶[[恩恩|name]] (= I can fly over in December and stay in
[[Cowes|place]]
to help you with [[En-en|name]])
[[2026/10/14|date]] 15:48 [[志偉|name]]: 社工來學校 [[宇軒|name]]說了 (= A social worker came to the school, [[Yu-hsuan|name]] told)
[[2026/10/14|date]] 15:50 媽媽: 我打給[[美玲|name]]阿姨 她在[[南安普敦|place]] (= I'll call Auntie [[Mei-ling|name]], she's in
[[Southampton|place]])

Interpreter's note: [[恩恩|name]] ("[[En-en|name]]") is a pet form of the baby's name [[宇恩|name]]; [[考斯|place]] is Cowes and
[[南安普敦|place]] is Southampton in Chinese. The aunt is [[Wu Mei-ling|name]], a family friend who runs a restaurant on
[[Bedford Place|address]], [[Southampton|place]] ([[07884 539 127|phone]]).
[[Tina|name]]'s mother's mobile in Taiwan is [[+886 937 514 206|phone]]. [[W. Kuo|name]]
"""),
    ("GP letter about a mother's postnatal depression", """West Wight and Cowes Medical Partnership
The Surgery, [[Cowes|place]]

[[23rd October 2026|date]]

Ms [[Harriet Sothcott|name]]
Children's Services, Medina Vale Council
By secure email: [[harriet.sothcott@medinavale.gov.uk|email]]

Dear Ms [[Sothcott|name]]

Re: Mrs [[Ya-ting CHEN|name]] (known as [[Tina|name]]), DOB [[27.03.1991|dob]], of [[8 Worsley Road|address]], [[Gurnard|place]],
[[PO31 8JW|postcode]]
and her children [[Yu-hsuan LIN|name]] (DOB [[11.06.2016|dob]]) and [[Yu-en LIN|name]] (DOB [[30.06.2026|dob]], NHS [[380 958 2042|nhs]])

Thank you for your letter of [[16 October|date]]. I saw Mrs [[Chen|name]] on [[20/10/2026|date]] with her husband, Mr [[Chih-wei Lin|name]],
and a telephone interpreter (Mandarin). She has a moderate to severe postnatal depression (EPDS 21 on [[20 Oct|date]]). She
described passive thoughts of death after a bad night on [[11 October|date]] but no plans or intent, and strong reasons to
live (her children, her mother). She has no history of self-harm. Her mother, Mrs [[Chen Mei-hua|name]], hopes to come from
Taiwan on [[4 December|date]] for three months.

Plan: sertraline started; referral to the perinatal mental health team at St Mary's (seen by Dr [[Ffion Rees|name]] on [[22/10|date]]);
review with me in two weeks. Health visitor [[Lou Gatrell|name]] is visiting weekly. Mrs [[Chen|name]] asked me to tell you that
she is "not a bad mother" and that she was smacked with a cane as a child in [[Fengyuan|place]] "like everybody". Mr [[Lin|name]]
told me he will not use the cane again and has thrown it away.

Yours sincerely
Dr [[Andrew Whitewood|name]], GP (safeguarding lead)
"""),
    ("single assessment analysis section", """SINGLE ASSESSMENT - ANALYSIS AND PLAN
Child: [[Yu-hsuan (Ethan) LIN|name]]    Sibling: [[Yu-en (Grace) LIN|name]]    Worker: [[Harriet Sothcott|name]]    Completed:
[[18/11/2026|date]]

[[Ethan|name]] is a thoughtful ten-year-old who loves Lego Technic, swimming at the Waterside Pool in [[Ryde|place]] and Saturday
Chinese school in [[Southampton|place]] (the family take the Red Jet over from [[West Cowes|place]]). His mother calls him
[[Xuan-xuan|name]] at home; his friends at [[Gurnard Primary|school]] call him [[Eth|name]].

What we are worried about: [[Ethan|name]] was hit with a cane by his father on [[11 October 2026|date]], leaving marks, and says it
has happened "about five times" since the summer, always over school work. His mother, [[Tina|name]], has been very low since
[[Grace|name]]'s birth and wrote that she did not want to live. [[David|name]] works twelve-hour shifts at the boatyard and has no
family here; the family friend [[Mei-ling Wu|name]] in [[Southampton|place]] is their only close support.

What is working well: both parents accepted what happened, came to every meeting, and [[David|name]] has done the six-week
parenting course at the family hub in [[Newport|place]] (facilitator [[Gemma Attrill|name]]). [[Tina|name]] is taking her
medication and has joined a mothers' group run by Revd [[Sue Holbrook|name]] at the church hall in [[Gurnard|place]]. [[Ethan|name]]
told me on [[11/11|date]] that "Dad says sorry and we play chess now". His grandmother arrives on [[4/12/26|date]] and will stay
at [[8 Worsley Road|address]] until March. The neighbour at [[no. 10|address]], Mr [[Bob Kitcher|name]], a retired harbour pilot,
takes [[Ethan|name]] crabbing and has offered to be an emergency contact
([[07967 120 845|phone]]).

Recommendation: child in need plan for both children (not a child protection plan); review in three months. Mum's GP,
Dr [[Whitewood|name]], and health visitor [[Lou Gatrell|name]] to share any worsening of her mood the same day.
"""),
]


# --- E. Hollingshead / Brett family (white British), Freshwater, with a father in HMP Isle of Wight -----------------------

HOME_E = d.Address("11 Princes Road", "", "Freshwater", "PO40 9ED")
PRISON_E = d.Address("HMP Isle of Wight", "Parkhurst", "Newport", "PO30 5RS")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Skye", "Hollingshead")], dt.date(2012, 1, 30), addresses=[HOME_E], ids=["656 708 7773", "N921332330539"],
       schools=["West Wight Academy"]),
    _p("m", "mother", [("Nicola", "Hollingshead")], dt.date(1984, 8, 6), addresses=[HOME_E], phones=["07884 539 127"],
       ids=["JT 72 19 46 C"]),
    _p("f", "father", [("Wayne", "Brett")], dt.date(1982, 2, 17), addresses=[PRISON_E]),
    _p("p1", "professional", [("Imogen", "Tutton")], phones=["01983 524 817"], emails=["imogen.tutton@medinavale.gov.uk"]),
], "c")

DOCS_E = [
    ("police missing person report", """MISSING PERSON REPORT - MISPER 26/4418    Risk: HIGH (raised from medium 02:10)
Reported: [[14/09/2026|date]] 22:47 by mother by 999    OIC: PC 4120 [[Dale Squibb|name]]    Supervisor: Sgt [[Anita Rolf|name]]

MISSING PERSON
Surname: [[HOLLINGSHEAD|name]]   Forenames: [[Skye Louise|name]]   DOB: [[30/01/2012|dob]] (14)   NHS: [[656 708 7773|nhs]]
Home: [[11 Princes Road|address]], [[Freshwater|place]], Isle of Wight [[PO40 9ED|postcode]]
Description: white female, 5'4", slim, long dyed red hair, nose stud, black puffer coat, white Air Force trainers.
Phone: [[07455 861 230|phone]] (off since 21:15; her old phone, [[07538 761 420|phone]], was smashed in August).
Last seen: 20:30 by mother at home. Said she was going to [[Shannon|name]]'s in [[Totland|place]].

ENQUIRIES
23:05 [[Shannon Pike|name]] (15), [[3 Weston Road|address]], [[Totland|place]] - not seen [[Skye|name]] today. [[Shannon|name]]'s mum,
[[Lisa Pike|name]], says [[Skye|name]] "goes off with the lads from [[Yarmouth|place]] in the white van".
23:40 CCTV, Co-op [[Freshwater|place]]: 20:41 [[Skye|name]] gets into a white Transit, [[HF68 RWU|vehicle]] (registered keeper
[[Ryan Downer|name]], 23, of [[Colwell|place]] - intel: supplies cannabis, older girlfriends).
00:30 Address check, [[Colwell Road|address]]: no answer. A neighbour, Mr [[Clive Saunders|name]], says the van "comes and goes
all night" and a girl was crying in the garden "about a fortnight ago".
02:10 Risk raised to high: [[Skye|name]] has a CSE flag; her father, [[Wayne Brett|name]] (HMP Isle of Wight, Parkhurst), rang the
mother from the prison at 01:50 to say [[Skye|name]] had messaged his cellmate's sister "I'm in [[Newport|place]] with [[Ryan|name]]".
03:15 Duty inspector Insp [[Carl Ratsey|name]] authorised a phone cell-site request.
04:52 FOUND: PC [[Squibb|name]] and PC [[Nadia Faulkner|name]] found [[Skye|name]] at a flat above a takeaway on [[Sea Street|address]],
[[Newport|place]] ([[Flat 2A|address]]), with [[Ryan Downer|name]] and another man, "[[Deano|name]]" ([[Dean Moth|name]], 27). She had been
drinking vodka. Both men arrested on suspicion of child abduction (section 2). [[Skye|name]] taken home to mum at 05:40.

Safe and well check (PC [[Faulkner|name]]): [[Skye|name]] would not say much. She said "[[Ry|name]] is my boyfriend, he's 19"
(he is 23). Love bite on her neck. She asked for [[Imogen|name]] (her social worker). Referral to children's services and the
exploitation team. Return home interview requested from the Missing Service (Barnardo's).
"""),
    ("return home interview record", """RETURN HOME INTERVIEW (RHI) - Missing Service
Young person: [[Skye Hollingshead|name]]   D.O.B. [[30 Jan 2012|dob]]   School: [[West Wight Academy|school]]   UPN [[N921332330539|upn]]
Missing episode: [[14th|date]]-[[15th September 2026|date]] (8 hrs)   RHI date: [[16.09.26|date]]   Where: McDonald's, [[Newport|place]]
(her choice)
Worker: [[Chloe Gubbins|name]]

Push and pull factors (her words): "Home is dead boring. Mum drinks since Dad went back inside. [[Ryan|name]] gets me
vapes and takes me to [[Compton|place]] and [[Alum Bay|place]] in the van. He actually listens."
Where she went: picked up outside the Co-op; drove round [[Yarmouth|place]] and [[Wellow|place]]; then to "[[Deano|name]]'s" in
[[Newport|place]]. She says nobody touched her "that night" but would not talk about other nights.
Who she was with: [[Ryan|name]], [[Deano|name]], and a girl she called "[[Tink|name]]" ([[Courtney Bull|name]], 16, of [[Sandown|place]]).
Who knows where she is when she goes: her best friend [[Shannon|name]]; her nan, [[Pam Hollingshead|name]] (in [[Cowes|place]],
[[01983 296 118|phone]]), who she stays with "when Mum's bad".
Contact with Dad: he rings most nights from HMP Isle of Wight. She visits with her nan once a month. She said "Dad said he'd
kill [[Ryan|name]] when he gets out" (release date given by [[Skye|name]] as [[3rd March|date]]).
Her wishes: to stay at Nanny [[Pam|name]]'s in [[Cowes|place]] for a bit; to go back to the hair and beauty course at college.
Risks shared with: SW [[Imogen Tutton|name]] ([[imogen.tutton@medinavale.gov.uk|email]]) and DC [[Rob Heal|name]], exploitation team,
same day. Information on the van ([[HF68 RWU|vehicle]]) and [[Sea Street|address]] passed to police intelligence.
"""),
    ("prison family engagement worker's email", """From: [[Bernie Kenchington|name]] <[[bernie.kenchington@justice.gov.uk|email]]>
Sent: [[22 September 2026|date]] 10:17
To: [[Imogen Tutton|name]]
Subject: [[BRETT|name]] A1234BC - daughter [[Skye|name]] - visits and calls

Morning [[Imogen|name]],

I'm the family engagement worker at HMP Isle of Wight. [[Wayne|name]] asked me to get in touch after [[Skye|name]] went missing
on the [[14th|date]]. He's on the Parkhurst side, B wing, and due for release on licence on [[03/03/2027|date]] to an approved address
in [[Bournemouth|place]] (not the Island - licence condition, his probation officer is [[Gail Steptoe|name]] at the [[Poole|place]] office).

What I can tell you:
- [[Wayne|name]] has [[Skye|name]] ([[07455 861 230|phone]]), [[Nicola|name]] ([[07884 539 127|phone]]) and his mum [[Pam|name]]
  ([[01983 296 118|phone]]) on his approved PIN list.
- He wants [[Ryan Downer|name]]'s name passed to police - he says [[Downer|name]] "did the same to [[Kelsey Hayward|name]] from
  [[Niton|place]]". I've told him I can't act on that but you may want to.
- [[Skye|name]] and her nan came on a family day on [[29 August|date]]. Our officer, [[Jim Rayner|name]], noted that [[Skye|name]]
  was on her phone all the visit and a lad in a white van dropped her off at the gate.
- [[Wayne|name]] would like to do the Storybook Dads recording for [[Skye|name]]'s 15th birthday ([[30 January|dob]]) - ok with you?

Cheers, [[Bernie|name]]
Family Engagement Worker, [[01983 554 300|phone]] ext 2231
"""),
    ("social worker's notes typed fast on a phone", """[[imogen|name]] notes phone [[28/9|date]] - to type up properly later!!

0915 rang [[nic|name]] re [[skye|name]] - [[nic|name]] slurring? said shes fine. [[skye|name]] at nans in [[cowes|place]] since fri
1030 HV nans, [[pam|name]] at [[14 mill hill rd|address]] [[cowes|place]]. [[skye|name]] in bed. [[pam|name]] says [[ryan|name]] drove past
     twice sat nite, she took reg, same van. [[skye|name]] came down, v tired, said [[deano|name]] was charged (police confirmed -
     [[dean moth|name]] bailed not to contact her, [[ryan downer|name]] rui). [[skye|name]] says school ok, wants [[west wight|school]]
     hair course back, teacher mrs [[gould|name]]
1200 tc [[chloe|name]] missing svc - [[tink|name]] ([[courtney|name]]) also reported missing from [[lake|place]] sat, found [[ryde|place]]
sun
1300 strat mtg w [[rob heal|name]] + [[natasha|name]] - agreed CP plan route, ICPC by [[19/10|date]]. nan willing to care, viability
     ass. needed - [[pam|name]] dob [[12.4.61|dob]], nans partner [[terry pocock|name]]? CHECK
1545 [[wayne|name]] rang from prison?? how did he get my no. - told him go via [[bernie|name]]
todo: ring [[shannon|name]]s mum [[lisa|name]] ([[totland|place]]), refer to wight safe, ask [[gail steptoe|name]] abt [[bmth|place]]
address
"""),
]


# --- F. Gawn / Nowak family (white British and Polish), kinship care with a grandmother in Shanklin -----------------------

HOME_F = d.Address("6 Landguard Manor Road", "", "Shanklin", "PO37 7HZ")
MUM_F = d.Address("Flat 12, Kingsland House", "St Mary's", "Southampton", "SO14 1NQ")
DAD_F = d.Address("ul. Krakowska 14/3", "", "Tarnów", "33-100")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Gawn")], dt.date(2020, 2, 29), addresses=[HOME_F], ids=["251 229 4315", "M921387911848"],
       schools=["Shanklin Church of England Primary School"]),
    _p("s", "sibling", [("Kacper", "Nowak")], dt.date(2022, 12, 1), addresses=[HOME_F], ids=["431 478 2188"]),
    _p("m", "mother", [("Danielle", "Gawn")], dt.date(1999, 5, 4), addresses=[MUM_F], phones=["07967 120 845"]),
    _p("f", "father", [("Marek", "Nowak")], dt.date(1994, 9, 19), addresses=[DAD_F], phones=["+48 512 345 678"]),
    _p("g", "kinship carer", [("Sandra", "Gawn")], dt.date(1966, 3, 14), addresses=[HOME_F], phones=["01983 862 914"],
       ids=["WB 18 65 40 A"]),
    _p("p1", "professional", [("Rosie", "Attwell")], phones=["01983 760 433"], emails=["rosie.attwell@medinavale.gov.uk"]),
], "c")

DOCS_F = [
    ("foodbank referral voucher form", """ISLAND FOODBANK - e-REFERRAL (voucher)          Voucher no. 26-SHK-0782
Referring agency: Medina Vale Council - Fostering and Kinship     Referrer: [[Rosie Attwell|name]]   Tel: [[01983 760433|phone]]
Referrer email: [[rosie.attwell@medinavale.gov.uk|email]]
Date of referral: [[03-11-2026|date]]          Collect from: [[Shanklin|place]] distribution centre (church hall), Thurs 10-12

CLIENT DETAILS
Name: [[Sandra Gawn|name]]                       Date of birth: [[14/03/1966|dob]]
Address: [[6 Landguard Manor Rd|address]], [[Shanklin|place]]       Postcode: [[PO37 7HZ|postcode]]
Phone: [[01983 862914|phone]]   Mobile (her friend's, she has none): [[07593 684 120|phone]] ([[Val Sheath|name]])
National Insurance no. (optional): [[WB 18 65 40 A|ni]]

HOUSEHOLD
Adults: 1 (client, 60)
Children: 2 - [[Ellie-Mae|name]] (6, dob [[29/02/2020|dob]]), [[Kacper|name]] (3, dob [[01/12/2022|dob]]) - grandchildren, placed with her
by the council under a kinship arrangement since [[7 August 2026|date]].

REASON FOR REFERRAL: benefit delay (child benefit and universal credit for the children not yet transferred from the mother,
[[Danielle Gawn|name]], in [[Southampton|place]]); kinship allowance delayed. Client works 16 hrs at the Co-op on [[Regent Street|address]]
and has had to cut her hours for the school run to [[Shanklin C of E|school]].
Dietary: no nuts ([[Ellie-Mae|name]] has a nut allergy, EpiPen); [[Kacper|name]] is a fussy eater.
Delivery needed? No - her neighbour at [[no. 8|address]], Mr [[Don Hussey|name]], will drive her down.
"""),
    ("contact supervisor's record of a supervised video call", """SUPERVISED CONTACT RECORD - video call (WhatsApp), family time
Children: [[Ellie-Mae GAWN|name]] and [[Kacper NOWAK|name]]       With: father, [[Marek Nowak|name]], in [[Tarnów|place]], Poland
Date: Sunday [[15 November 2026|date]]
Time: 17:00-17:40 UK (18:00-18:40 in Poland)    Where: grandmother's home, [[6 Landguard Manor Road|address]], [[Shanklin|place]]
Supervisor: [[Kasia Wrobel|name]], family time worker (Polish speaker)    Also present: [[Sandra|name]] (Nan)
Father's number: [[+48 512 345 678|phone]]

17:00 Call connected on the second try. [[Marek|name]] was in his mother's kitchen with his mother, [[Halina Nowak|name]] ("Babcia"),
and his sister [[Agnieszka|name]] ("Ciocia [[Aga|name]]"). [[Kacper|name]] shouted "Tata!" and showed his dinosaur. [[Marek|name]] spoke
Polish to [[Kacper|name]] and English to [[Ellie-Mae|name]]. (Translation of the Polish below is mine - [[Kasia|name]])
17:08 [[Marek|name]]: "[[Kacperek|name]], are you being good for Nan [[Sandra|name]]? Babcia is sending you a parcel for Mikołaj"
(St Nicholas Day, [[6 December|date]]). [[Ellie-Mae|name]] asked if there would be something for her too. [[Marek|name]] said yes.
17:15 [[Ellie-Mae|name]] said "Mummy didn't ring on my birthday". (Her birthday is [[29 February|dob]]; this was said about
last year.) [[Marek|name]] said "[[Dani|name]] is poorly, [[Elka|name]]". [[Sandra|name]] moved the talk on.
17:22 [[Marek|name]] asked [[Sandra|name]] (in English) about coming to the Island at Christmas - he would stay with his cousin
[[Tomasz Zieliński|name]] at [[Lake|place]] and work at the Christmas market in [[Newport|place]]. I said this would need the
social worker, [[Rosie Attwell|name]], to agree.
17:30 [[Kacper|name]] got bored; [[Agnieszka|name]] sang "Sto lat". [[Halina|name]] cried.
17:40 Ended warmly. Next call: [[22/11|date]], same time.

Observations: warm, child-focused. No talk of [[Danielle|name]]'s drug use in front of the children. [[Marek|name]]'s address for
the court papers: [[ul. Krakowska 14/3|address]], [[33-100|postcode]] [[Tarnów|place]].
"""),
    ("Facebook Messenger screenshots scanned and OCR'd",
     """(scanned from paper printouts handed in by [[Sandra Gawn|name]] on [[17/11/2026|date]];
OCR text below, OCR errors left in and marked [sic])

Messenger · [[Dani Gawn|name]]
[[Danielle|name]]: mum put [[ellie|name]] on i want to say hi
[[Sandra|name]]: shes asleep its 11pm [[dani|name]]
[[Danielle|name]]: i no what time it is. im coming over on the boat sat to get them back
[[Sandra|name]]: you cant love the social said
[[Danielle|name]]: f the social. [[rosie|name]] dont no me. [[jamie|name]] will drive me to the red funnel at townquay [sic]
[[Danielle|name]]: tell [[Kacpcr|name]] [sic] mummy loves him and [[Ellie-\nMae|name]] aswell
[[Sandra|name]]: come when your clean and i will meet you at [[East Cowes|place]] with them
[[Danielle|name]]: ur not my mum anymore

Messenger · [[Jamie Ockwell|name]]
[[Jamie Ockwell|name]]: tell [[dani|name]] i aint driving her nowhere. shes at mine in [[Shirley|place]] [[23 Wordsworth Rd|address]] if the
social need her she aint well

(handwritten on the printout by [[Sandra|name]]: "[[Jamie|name]] is her ex, he's alright. The phone she uses now is [[07967 120845|phone]]")
"""),
    ("special guardianship assessment extract",
     """SPECIAL GUARDIANSHIP ASSESSMENT (Schedule to the SG Regulations) - EXTRACT, sections 1, 4 and 9
Prospective special guardian: [[GAWN, Sandra Margaret|name]], born [[14 March 1966|dob]], NI [[WB 18 65 40 A|ni]]
Children: [[GAWN, Ellie-Mae|name]], born [[29 February 2020|dob]], NHS [[251 229 4315|nhs]], UPN [[M921387911848|upn]]
          [[NOWAK, Kacper|name]], born [[1 December 2022|dob]], NHS [[431 478 2188|nhs]]
Assessor: [[Rosie Attwell|name]], kinship social worker      Report date: [[30/11/2026|date]]

1. The applicant
[[Sandra|name]] was born in [[Lowestoft|place]] and moved to the Island in 1989 with her late husband, [[Geoff Gawn|name]], a
bus driver, who died in 2019. She has lived at [[6 Landguard Manor Road|address]], [[Shanklin|place]] [[PO37 7HZ|postcode]], for 22
years (a council tenancy, three bedrooms). She has two adult children: [[Danielle|name]] (27), the children's mother, now at
[[Flat 12, Kingsland House|address]], [[St Mary's|place]], [[Southampton|place]] [[SO14 1NQ|postcode]], and [[Craig Gawn|name]] (34), who
lives
in [[Wroxall|place]] with his partner [[Tegan|name]] and their twins, and who is her back-up carer. (He is not the [[Craig|name]]
known to this team in another family.) Her friend of thirty years, [[Val Sheath|name]], lives on [[Hope Road|address]] and does
the school run on Fridays.

4. The children
[[Ellie-Mae|name]] ("[[Ellie|name]]", "[[Elka|name]]" to her dad's family) is in Year 2 at [[Shanklin C of E Primary|school]]; her teacher,
Mrs [[Priya Jethwa|name]], says she has "come on in leaps" since August. [[Kacper|name]] ("[[Kacperek|name]]", "[[Kac|name]]") goes to
Busy Bees pre-school in [[Lake|place]] three mornings a week. Both children were removed from their mother's care in
[[Southampton|place]] on [[6 August 2026|date]] after [[Kacper|name]] was found alone on a balcony on the seventh floor; their
mother had taken heroin. They came to [[Sandra|name]] the next day, brought over on the ferry by the [[Southampton|place]] social
worker, [[Femi Adeyemi|name]]. Their father, [[Marek Nowak|name]], lives in [[Tarnów|place]] and works in a furniture factory
near [[Kraków|place]]; he supports the order and calls every Sunday. His mother, [[Halina Nowak|name]], wants the children
to visit in the summer; she has sent photos of [[Ellie|name]] and [[Kacper|name]] at her flat on [[ul. Mickiewicza 7|address]].

9. Recommendation
A special guardianship order to [[Sandra Gawn|name]] for both children, with a support plan (SG allowance, a bigger car -
her Fiesta [[HW14 UYB|vehicle]] is too small for two car seats - and two video calls a week with [[Marek|name]]; supervised
contact with [[Danielle|name]] once a month at [[East Cowes|place]] if her tests are clear). Hearing listed for
[[14 January 2027|date]] at the Isle of Wight Combined Court.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 95 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 06:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa", "madam", "tonton",
           "tantin", "tant", "granmanman", "granpapa", "mamie", "papi", "ama", "agong", "ahma", "baba", "pastor",
           "father", "sir", "officer", "skipper", "bosun", "revd", "capt", "babcia", "ciocia", "tata", "dziadek", "pani"}
_AFTER = {"senior", "junior", "jr", "snr"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "isle of wight", "the island",
               "the isle of wight", "iow", "hampshire", "wiltshire", "the mainland", "seychelles", "the seychelles", "mahé", "mahe",
               "praslin", "la digue", "taiwan", "台灣", "臺灣", "china", "poland", "france", "europe", "africa", "asia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Tantin",
# "Tonton", "Granmanman", "Ama", "Agong", "Pastor", "Skipper"; after one: "senior", "junior") and counties, regions, islands
# and countries ("Isle of Wight", "the Island", "Hampshire", "Seychelles", "Mahé", "Praslin", "Taiwan", "台灣").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
