"""Set 22: a seventeenth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as sets 8 to 21 do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set23.py and tests/test_redaction_set23.py (written by another helper at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py from its start to the middle of its third family and from the end of its sixth family's documents to
its end (`_PAIRS`, `NAME`, `_TITLES`, `_AFTER`, `_NOT_PLACES` and the `HandSet` call; a short passage of its second family was
cut from the screen and not read), for the layout and marking conventions followed here, and tests/test_redaction_set21.py in
full; the docstrings of bench/redaction_set7.py to redaction_set20.py and bench/redaction_heldout.py, extracted with `ast` and
searched by keyword (towns, districts, communities and document types) with a few short excerpts read around the hits, to see
which towns and communities earlier sets used as a family's home and which document types they used; the module docstring, the
`_party` and `Records` helpers and the list of function names of bench/redaction_handwritten.py; and the ruff line length in
pyproject.toml. The checker functions of bench/redaction_heldout.py and of sets 7 to 20 were not read: the checks are run
through set 15's `problems`, as set 21 does. NHS numbers and UPNs were made and checked with python-stdnum in small snippets;
phone numbers are checked by the shared checker with the phonenumbers library. The record constructors (d.Party through
`_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on
this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in the West Midlands and the South East, each from a town or district no
earlier set (6 to 21) used as a family's home. Four of the kinds most common in children's social care: a white British family
in Bentilee, Stoke-on-Trent, with a grandmother in Meir and a little girl's father in Leek (Bagnall / Salt; a boy of 15 drawn
into carrying drugs for older youths from a Manchester line, found on a night bus with a rucksack of crack and heroin, a mother
on methadone found unrousable by a girl of 6 sent to the pharmacy, a father in prison), a white British young mother in a damp
flat above a nail bar in Ramsgate, with a grandmother in Newington and a father in Margate (Wellard / Pett; a toddler of 2 with
delayed speech and decayed teeth, a baby of 6 months with a bruised ear, domestic abuse, care proceedings and a grandmother who
intervenes), a white British and Black Caribbean heritage family in Church Hill, Redditch, with a grandmother in Astwood Bank
and a father in Handsworth (Mayfield / Grant; a girl of 15 in a children's home near Stourport-on-Severn, going missing,
criminally and sexually exploited by a drugs line from Birmingham, her brother of 11 used to send her messages) and a white
British fishing family in Wick, Littlehampton, with a grandmother in Rustington (Dando / Vine; a girl of 13 pulled from the
River Arun after jumping from the footbridge for a dare, a paracetamol overdose, older youths with a car, a father who drinks
when he is back from sea, a boy of 11 who goes to a neighbour in his socks). Two from communities no earlier set used: an
Ethiopian family who speak Amharic, refugees in Bilston, Wolverhampton, with an aunt in Caldmore, Walsall, and a father and
grandmother in Addis Ababa and Debre Markos (Tesfaye / Girma; a girl of 15 beaten with a belt after being seen with a
boyfriend, a one-way plane ticket to Addis Ababa, an Orthodox Tewahedo church that helps, a boy of 9 with untreated dental
decay, a mother cleaning at night and alone), and a Hong Kong family who came on the BN(O) visa, in Great Hollands, Bracknell,
with a grandmother in Sha Tin and an aunt in Whitefield (Chan / Wong; a boy of 14 refusing school, gaming through the night and
cutting himself, hit with a clothes hanger by a father who lost his job, a moderator who reported it; set 15's Cheung family
were Cantonese speakers long settled in Manchester's Chinatown, not this newer community). 24 documents, of types no earlier
set used or in styles new to these sets: a bus company driver's incident report with the control room's notes, a young person's
own views typed on his phone in lower case, a community pharmacy's safeguarding concern about supervised consumption,
multi-agency child exploitation (MACE) panel minutes, a bilingual Amharic (Ge'ez script) and English conference invitation
letter, an Ethiopian Orthodox church Sunday school teacher's email to the front door, a refugee community association's
casework log, a dentist's safeguarding referral with the practice's missed-appointment log, a Minecraft community server's
moderation export sent to the police and the school, a family WhatsApp chat in Cantonese (Traditional Chinese) and English
typed up and translated, a Hong Kong community group volunteer's email, a Cantonese parenting course register with the
facilitator's notes, a health visitor's two-year review with the ASQ-3 and ASQ:SE-2 scores, a food bank e-referral voucher with
the volunteer's note, a court bundle index for care proceedings, a Children's Guardian's initial analysis, a Regulation 44
independent person's report on a children's home, an OCR'd handwritten missing-from-care (Philomena Protocol) grab pack, a
National Referral Mechanism referral extract, a police exhibit summary transcribing voice notes from a seized phone, a
coastguard rescue team incident log, an online referral web form from a member of the public, an NHS 111 post-event message to
a GP practice, and a detached youth work session recording sheet.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Ethiopia, Hong Kong, Ireland); NHS numbers and UPNs (the right LA number for the area: 861, 336, 867,
885, 938) pass their check digits; NI numbers have a valid format. Councils are invented (Potteries Vale, Smestow Vale,
Blackwater Forest, Stour Coast, Arrow Valley, Rife Coast), and so are the bus company (Potteries Link Buses), the pharmacy, the
church congregation (Kidus Gabriel), the community association (BCEECA), the dental practice (Church Street Dental Care), the
game server (BlockRealm SMP), the community group (Berkshire HongKongers Mutual Aid), the food bank (Thanet Coast Food Bank),
the children's home and its provider (Wyre Brook House, Severnside Care Ltd), the interpreting agency (LinguaMid), the nail
bar, and the schools (Ubberley Hill Academy, Greenways Primary, Moat House Academy, Hickman Park Primary, Wildridings Academy,
Larks Hill Primary, Kingsmead Academy, Birchfield Middle, Wickbourne Academy, Oak Grove Primary, the Little Acorns nursery);
towns, districts, estates, villages, real schools, real charities, NHS bodies, hospitals, surgeries, police forces, courts,
clubs, brands, apps, games, programmes, foods and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC, DI, HHJ, DJ, SO, CRO, Capt, Fr, Deacon, Pastor, Chef, Nan, Nanny, Auntie, the
Amharic W/ro (ወ/ሮ), Ato, Abba and Emaye, and the Cantonese 生 after a surname, "李生") stay outside the name span; every person's
name is a name in every form, record or not. "SURNAME, First" is one span ("WELLARD, Summer-Rose", "BAGNALL, Kayleigh", "Vine,
Maureen", "MAYFIELD-GRANT, Tiana"), and so is "SURNAME First" ("TESFAYE Meskerem") and a Cantonese name in its own order ("Chan
Ka-ming", "Wong Mei-ling"); an initial with a surname is one span, and so is a first name with an initial after it ("ollie b",
"Selam G"); initials used by a writer as an abbreviation ("EH", "MD", "MP", and the Regulation 44 report's "T", "J" and "R")
are not marked, but a nickname made of initials that a child is called by ("TJ", "tj", "AJ") is a name, and so are the spaced
letters of a tattoo ("K A I"); a name broken by a line break is one span holding the break, and so is an address, a place, a
school or a date; usernames ("HoYinMC", "pxl_moth", "Kestrel_09", "ethanc_hk", "OwlMod", "Bramble") are not marked, but a
display name or a phone contact that is a person's plain name or nickname is ("Ethan", "Maisie", "Dre", "Smithy", "Zeke"); a
chat member or contact saved under a kinship word ("老公", "媽咪", "mum 😤", "nanny 💕", "Popo") is not a name; a family name in the
plural ("the Okafors", "the Hendersons", "the Szetos") is a name. A street address is one span, its town a place, its postcode
a postcode; a street named without a number is an address, and so is a neighbour's bare flat or house number ("Flat 3", "no.
25", "no 15"); towns, cities, villages, districts and estates are places, at home or abroad and in any script ("ቢልስተን", "曼徹斯特",
"雷丁", "Sha Tin", "Tseung Kwan O", "Addis", "Debre Markos", "Brum", "B'ham"); countries, counties and regions are not
("Staffordshire", "Worcestershire", "Berkshire", "Kent", "Ethiopia", "Hong Kong"); organisations are not marked even when they
hold a town's or a person's name ("Bilston Family Hub", "Bilston Health Centre", "Great Hollands Health Centre", "Church Hill
Surgery", "Ramsgate Smile Centre", "Thanet Coast Food Bank", "the Family Court at Canterbury", "Worthing Hospital", "the Royal
Stoke", "New Cross", "Abbey Hulton Pharmacy", "Wickbourne Centre", "Barnardo's", "Stockport County"); a service, team or
station named by its town marks the town ("Stoke CID", "Littlehampton CRT", "RNLI Littlehampton", "Canterbury PDU", "Bilston
and East locality team", "Stockport station", "Digbeth coach station"); a school's name is a school, and so is its short form
("Moat House", "Wildridings", "wickbourne", "Larks Hill", "Sandon", "Trentham", "Little Acorns"); a date of birth is dob, any
other calendar date with a day is date (a weekday before it stays outside, and the date part of a timestamp, "2026-10-27", is a
date), and a bare day ("the 15th", "the 19th") is a date; months and years alone are not marked; helplines and a service's text
number (Shout's 85258) are not marked; a firm named after people marks only the names ("[[Kanwal|name]] & [[Moat|name]]");
parks, greens, rivers, shopping centres, airports and railway stations are landmarks and stay unmarked (South Hill Park, East
Green, River Arun, Westwood Cross, Heathrow and its Chinese name 希斯路, Moor Street station); a surname or first name that is
also an English word or a town is marked by what it refers to (Salt, Plant, Heath, Badger, Onions, Deal, Minster, Arundel,
Evesham, Stourton, Salmon, Biscuit and Tank as nicknames, Bethlehem as a nickname of Betelhem are names when they are people,
and Minster, Reading, Bradley, Wick, Leek and Westwood are places when they are places); a name in another script (Chinese
"陳家明", "黃美玲", "阿賢", "曾詠詩"; Amharic "መስከረም ተስፋዬ", "ሰላም ግርማ") is a name.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a children's home's name is
an address wherever it appears ("Wyre Brook House", "Wyre Brook"), since it locates a looked-after child, as set 21's holiday
park did; in an OCR'd form a garbled name, date, address, place or postcode is marked as what it would be ("MAYF1ELD-GRANT",
"3O/O9/2O11", "44 Lowans Hi11 View", "Redd1tch", "B98 98Z"); a partial vehicle registration ("KX17", "FN7O") is a vehicle; a
Chinese date ("12月20號") is a date; a police or STORM reference that holds a date ("1442-30102026") is a reference and is not
marked; the Whooley questions (named after a person) are a test and stay unmarked; a church congregation named after a saint
(Kidus Gabriel) is an organisation; "hk" in a chat is Hong Kong, a territory, not marked, while its districts are places.

Self-check without the detector: `python -m bench.redaction_set22` (and tests/test_redaction_set22.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,552 gold
spans, 910 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Bagnall / Salt family (white British), Bentilee, Stoke-on-Trent ----------------------------------------------------

HOME_A = d.Address("23 Dawlish Drive", "Bentilee", "Stoke-on-Trent", "ST2 0HJ")
NAN_A = d.Address("8 Sandon Road", "Meir", "Stoke-on-Trent", "ST3 7DF")
DAD_A = d.Address("Flat 2, 31 Derby Street", "", "Leek", "ST13 6JG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Bagnall")], dt.date(2011, 5, 14), addresses=[HOME_A], ids=["8336516468", "D861526018159"],
       schools=["Ubberley Hill Academy"]),
    _p("s", "sibling", [("Poppy", "Bagnall-Salt")], dt.date(2020, 3, 2), addresses=[HOME_A], ids=["8019972986", "U861083016613"],
       schools=["Greenways Primary School"]),
    _p("m", "mother", [("Kayleigh", "Bagnall")], dt.date(1993, 8, 27), addresses=[HOME_A], phones=["07943 218 576"],
       ids=["1748945815", "KB 62 19 84 C"]),
    _p("f", "father", [("Jordan", "Salt")], dt.date(1991, 2, 10), addresses=[DAD_A], phones=["07852 904 311"]),
    _p("f2", "father", [("Craig", "Whieldon")], dt.date(1989, 9, 4)),
    _p("g", "grandparent", [("Pauline", "Bagnall")], dt.date(1967, 11, 19), addresses=[NAN_A], phones=["01782 318 442"]),
    _p("p1", "professional", [("Hannah", "Mellor")], phones=["01782 235 917"], emails=["hannah.mellor@potteriesvale.gov.uk"]),
    _p("p2", "professional", [("Marcus", "Plant")], phones=["07896 441 302"], emails=["marcus.plant@potteriesvale.gov.uk"]),
], "c")

DOCS_A = [
    ("bus company driver's incident report with the control room's notes", """POTTERIES LINK BUSES - DRIVER INCIDENT REPORT (form DIR/3)
Depot: [[Adderley Green|place]]  Route: 6A ([[Hanley|place]] bus station - [[Bentilee|place]] - [[Meir|place]])  Vehicle: fleet 30871
Date of incident: Friday [[6 November 2026|date]]    Time: 22:47 (approx.)    Location: stop outside the shops, [[Dawlish Drive|address]]
Driver: [[OKONJO, Emeka|name]] (staff no. 44812)        Report written: [[07/11/2026|date]] 06:10 at the depot

1. WHAT HAPPENED (in your own words)
A lad got on at [[Hanley|place]] at 22:31 with two older lads, maybe 18 or 19, hoods up. The lad had no pass and no money, one
of the older ones paid for him with his phone. They sat at the back. At [[Bucknall|place]] the older two got off and I heard one
say "you know where it goes [[TJ|name]], dont be a mug". The lad stayed on with a black rucksack that I think was theirs.
At the [[Dawlish Drive|address]] shops a car (grey Audi A3, I got part of the reg, [[KX17|vehicle]] something) pulled across the front
of the bus and a man got out and banged on the doors. The lad ran to the front crying and asked me not to open. I did not
open. I radioed control. The car drove off towards [[Ubberley|place]] after about a minute. The lad had a cut on his hand
bleeding onto the floor and said "its nothing, its from football". He told me his name was [[Tyler|name]] and he lives "round the
corner" with his mum and little sister. He said his nan lives in [[Meir|place]] and asked if I could take him there instead.
I said I could not leave the route. Two other passengers, a couple ([[Gaz|name]] and [[Michelle|name]]?), got off quick at this point. I
kept him on the bus with the doors shut until the police came at 23:04 (two
officers, PC [[Bethany Rowley|name]] and a male officer, [[Ian|name]]). The rucksack stayed on the back seat and the police took it.

2. ANYONE ELSE INVOLVED (passengers, witnesses)
Mrs [[Sandra Colclough|name]], regular passenger, gets off at [[Sandon Road|address]]. She said she knows the lad's nan ("[[Pauline|name]]
from the bingo") and she rang her from the bus. Phone she gave me: [[07715 362 084|phone]].
A young man ([[Kyle|name]], about 20) who said he was the lad's cousin got on at [[Werrington Road|address]] and tried to take the
rucksack; I told him to sit down and he got off again.

3. INJURIES / DAMAGE
Blood on the floor by the front seats and on the ticket machine. Bus taken out of service at 23:20 for cleaning.

4. CCTV
Cameras 1-6 working. Download requested for 22:25 to 23:25.

CONTROL ROOM NOTES (added by [[Lisa Brindley|name]], controller, [[07/11/2026|date]])
- 22:48 radio from driver [[Okonjo|name]], vehicle stopped, man banging on doors. 999 called by control at 22:49 (log 1129).
- 23:15 police (PC [[Rowley|name]], collar 3318) asked us to keep the CCTV. Said the boy's name was [[Tyler-Jay Bagnall|name]], 15, of
  [[23 Dawlish Drive|address]], and that his grandmother, Mrs [[Bagnall|name]], had come to the bus from [[Meir|place]] in a taxi.
- 23:40 Mr [[Okonjo|name]] stood down. Offered the staff support line. Said he has a son the same age and was "shook up".
- [[09/11/2026|date]] CCTV disc (2 copies) collected by DC [[Farhan Hussain|name]], [[Stoke|place]] CID. Copy kept in the depot safe.
- [[10/11/2026|date]] Email from [[Hannah Mellor|name]] (Potteries Vale Council children's services,
  [[hannah.mellor@potteriesvale.gov.uk|email]]) asking for a statement from the driver about what the boy said. Sent to Mr
  [[Okonjo|name]] via his line manager, [[Trevor Mountford|name]].
STAFF AND OTHERS AWARE (for the insurer's form): driver [[Emeka Okonjo|name]]; controller [[Lisa Brindley|name]]; night
inspector [[Phil Salmon|name]] (attended 23:30); cleaner [[Bernadette Heath|name]] (vehicle cleaned 23:40-00:15); depot manager
[[Trevor Mountford|name]]; union rep [[Sue Wedgwood|name]] (informed at Mr [[Okonjo|name]]'s request).
Signed: [[E. Okonjo|name]]            Countersigned: [[T. Mountford|name]], Depot Manager, [[09/11/26|date]]
"""),
]

DOCS_A += [
    ("a young person's own views typed on his phone in lower case", """[Pasted into the child in need review of [[Tyler-Jay Bagnall|name]],
[[1 December 2026|date]], by his youth justice worker [[Marcus Plant|name]]. [[Tyler|name]] typed this on his phone in the car park at
[[Ubberley Hill|school]] and sent it to me on Snapchat. I have not changed his words or his spelling. MP]

my views for the meeting

whats going good: bein at nans in [[meir|place]] on a weekend. nan [[pauline|name]] lets me have the box room and she does a
roast. me and [[poppy|name]] go to the park at [[weston coyney|place]] when she comes. football at the astro with [[marcus|name]] on a
thursday is good, hes sound. school is ok when im in mr [[heath|name]]'s lessons (engineering). i got a merit on the [[19th|date]]
for my bike project

whats not going good: the lads from [[hanley|place]], i aint sayin names cos ive been told what happens. [[kyle|name]] says i owe
them £400 for the bag the police took. i dont owe nobody nothing i never asked to carry it. they know where we live on
[[dawlish|address]] and they sat outside in the audi on the [[11th|date]] and the [[12th|date]]. mum dont sleep. [[jordan|name]]
([[poppy|name]]s dad) come down from [[leek|place]] and had words with them and now hes "bannd" from seein [[poppy|name]] by mum
which aint fair on [[poppy|name]].

my dad: [[craig|name]] is in prison i dont want to see him. dont put him in the plan

what i want: to move to nans proper. to go to a different school maybe the one in [[longton|place]] or the college in
[[burslem|place]] for engineering. for [[hannah|name]] to stop coming to school in front of everyone. to get my phone back off the
police (its a iphone 11 and it has all my pics of my grandad who died).

who helps: nan, [[marcus|name]], mr [[heath|name]], my mate [[reece|name]] and his mum [[shelley|name]] (i stop at theirs in [[abbey
hulton|place]] sometimes), [[poppy|name]] makes me laugh

signed [[tj|name]]

ps the lads in my year who are sound: [[kian|name]], [[ollie b|name]], [[harvey|name]], [[jayden-lee|name]] and [[mason|name]]. the ones who
arent: i aint sayin. miss [[ridgway|name]] knows. [[reece|name]]s sister [[kacey|name]] is in [[poppy|name]]s class at [[greenways|school]]

[Worker's note: [[TJ|name]] agreed that I could share this with his mum and nan, but not with his dad. The names he left out are
known to the police.]
"""),
]

DOCS_A += [
    ("community pharmacy's safeguarding concern about supervised consumption", """ABBEY HULTON PHARMACY (independent) -
SAFEGUARDING
CONCERN RECORD (children)         Pharmacy ref: SG-2026-07
Completed by: [[Anjali Varsani|name]], pharmacist (GPhC 2071844)      Date: Tuesday [[24/11/2026|date]]     Time: 11:35
Patient (adult): [[BAGNALL, Kayleigh|name]]    DOB [[27.08.1993|dob]]    [[23 Dawlish Drive|address]], [[Bentilee|place]],
[[ST2 0HJ|postcode]]    Mobile: [[07943 218 576|phone]]    NHS no.: [[174 894 5815|nhs]]
Service: supervised consumption (methadone 1mg/ml, 45 ml daily), prescriber: Change Grow Live, [[Hanley|place]] hub (keyworker
[[Deb Hollins|name]], [[01782 283 650|phone]])
Child(ren) concerned: a girl of about 6, called "[[Pops|name]]" / "[[Poppy|name]]" by the patient; a boy of about 15 on one occasion

WHAT WAS SEEN OR HEARD (facts, dates)
[[17/11|date]] 09:05 - patient came in with the girl in school uniform (green sweatshirt, [[Greenways|school]] logo) at a time
  when school had started. Patient slurred, unsteady, said she "hadn't slept". Dose NOT given (policy: intoxicated);
  prescriber rung. The girl told my dispensing assistant, [[Natasha Shenton|name]], that "Mummy's friend [[Dazza|name]] stayed
  and they were drinking the blue drink".
[[19/11|date]] 16:50 - the boy ([[Tyler|name]]? the patient called him "[[TJ|name]]") came in alone and asked to collect "Mum's
  green stuff" because she was "too poorly to come". Refused (supervised, no collection by a child). He said "please, she'll
  be rattling by tonight" and then asked for plasters for his hand, which had a dirty dressing. Given plasters. He said he
  would walk to his nan's in [[Meir|place]] after.
[[20/11|date]] - patient came in, well, dose given. She said the boy was "just being helpful" and that her mum, [[Pauline|name]],
  "has the kids most weekends anyway".
[[23/11|date]] 08:50 - the girl alone at the door before we opened, with a note in biro: "plz give [[Poppy|name]] my script she
  knows what to do - [[K Bagnall|name]]". Girl said "Mummy's asleep on the settee and I can't wake her". I rang 999 at 08:53
  and asked for an ambulance to [[Dawlish Drive|address]]; kept the girl in the consultation room with [[Natasha|name]] and a
  colouring book. Ambulance crew found the patient drowsy but rousable; not conveyed. A neighbour, Mrs [[Wendy Bloor|name]]
  ([[no. 25|address]]), came and took the girl to school at 09:40 with the crew's agreement.

ACTION
- Rang the council's children's advice line at 09:10 on [[23/11|date]]: spoke to [[Gary Tunstall|name]] (duty). Ref CA-771306.
- Rang the prescriber ([[Deb Hollins|name]]) - she will bring forward the patient's review; she said the patient's
  ex-partner, [[Jordan Salt|name]] (the girl's father), has been in touch with them "worried sick" from [[Leek|place]].
- Told the patient on [[24/11|date]] what we had done and why. She cried, said "I know, I know", and agreed for her mum
  ([[Pauline Bagnall|name]], [[01782 318 442|phone]]) to be a contact.
- Passed to the allocated worker, [[Hannah Mellor|name]], [[01782 235 917|phone]], on [[24/11/2026|date]] at 14:20.
Other staff on the days: [[Natasha Shenton|name]] (dispensing assistant), [[Owen Machin|name]] (counter), locum pharmacist
[[Ife Adebayo|name]] ([[17/11|date]] only), delivery driver [[Stan Podmore|name]] (knows the family from deliveries to [[Meir|place]]).
Signed: [[A. Varsani|name]]    Superintendent pharmacist informed: Mr [[Dilip Varsani|name]]
"""),
]

DOCS_A += [
    ("multi-agency child exploitation (MACE) panel minutes, extract for one young person", """POTTERIES VALE MACE PANEL (Multi-Agency Child
Exploitation) - MINUTES - EXTRACT
Meeting: Thursday [[26 November 2026|date]], 13:30-16:00, Teams        Chair: DI [[Rebecca Boothby|name]] (Staffordshire Police)
Minutes: [[Zainab Akhtar|name]] (panel coordinator)   Item 4 of 9. Circulation: panel members only; not to be shared with families.
Present: [[Hannah Mellor|name]] (social worker, [[Bentilee|place]] and [[Bucknall|place]] locality), [[Marcus Plant|name]] (youth justice),
[[Gwen Ridgway|name]] (DSL, [[Ubberley Hill
Academy|school]]), [[Dave Lovatt|name]] (Catch22 exploitation service), PC
[[Bethany Rowley|name]] ([[Longton|place]] neighbourhood), DC [[Farhan Hussain|name]] (CID), [[Simran Bains|name]] (school nurse),
[[Tom Birks|name]] (housing, Unitas), [[Jackie Dale|name]] (Change Grow Live)
Apologies: [[Ruth Capewell|name]] (CAMHS) - report sent.

4. [[Tyler-Jay BAGNALL|name]] ("[[TJ|name]]"), DOB [[14/05/2011|dob]], UPN [[D861526018159|upn]], NHS [[833 651 6468|nhs]]
Address: [[23 Dawlish Drive|address]], [[Bentilee|place]], [[ST2 0HJ|postcode]] (mother, [[Kayleigh Bagnall|name]]); stays at the
maternal grandmother's, [[8 Sandon Road|address]], [[Meir|place]] ([[Pauline Bagnall|name]]) most weekends.
Referred by: PC [[Rowley|name]] after the bus incident of [[6/11|date]] (rucksack: 41 wraps of crack cocaine, 29 of heroin,
£0 cash; [[TJ|name]] released under investigation, NRM referral made [[9/11|date]] - reasonable grounds decision [[16/11|date]]).

Information shared:
- Police: the two older males on the bus are believed to be [[Kyle Barlow|name]] (19, "[[Barlz|name]]", of [[Abbey Hulton|place]]) and
  [[Connor Myatt|name]] (18, of [[Fenton|place]]), linked to a line from [[Manchester|place]] ("[[Wiggy|name]]" line). The grey Audi is
  registered to a woman in [[Kidsgrove|place]] ([[Leanne Myatt|name]], [[Connor|name]]'s aunt): [[KX17 DWO|vehicle]]. It has been seen on
  [[Dawlish Drive|address]] on [[11/11|date]] and [[12/11|date]] (doorbell footage from a neighbour, Mr [[Ken Hulme|name]]).
- Youth justice ([[Marcus|name]]): [[TJ|name]] is on a referral order (criminal damage, August... [corrected by the chair:
  the order was made on [[19 August 2026|date]]]); engagement good, weekly football. [[TJ|name]] says he owes "£400" and is scared
  for his sister. He names no one. He has asked to live with his nan.
- School ([[Gwen|name]]): attendance 71%. Seen with [[Reece Colclough|name]] (Year 11) and older boys at the gates in a
  white Corsa. A younger pupil, [[Kian Malkin|name]] (Year 8), told staff [[TJ|name]] "sells". Not corroborated.
- Health ([[Simran|name]]): hand laceration glued at the Royal Stoke on [[7/11|date]]; no follow up attended.
- Catch22 ([[Dave|name]]): has met [[TJ|name]] twice; trusted adult is the grandmother; [[TJ|name]]'s cousin [[Kyle|name]]? No -
[[Dave|name]]
  clarified that [[TJ|name]]'s cousin is a different [[Kyle|name]], [[Kyle Bagnall|name]] (20, of [[Meir|place]]), not linked.
- Mother: substance misuse, prescribed methadone; a pharmacy concern on [[23/11|date]] (unrousable, a child of 6 sent to
  collect). [[Jackie|name]] (CGL): mother's keyworker [[Deb Hollins|name]] is bringing forward her review.
- Housing ([[Tom|name]]): family's tenancy (Unitas) - no managed move available before the new year; the grandmother's
  two-bed in [[Meir|place]] could take [[TJ|name]] (she is the tenant; her NI [[PB 23 61 97 C|ni]] is on the housing file for the
  succession note).

Risk: HIGH (CCE). Disruption plan:
(a) Child abduction warning notices to [[Kyle Barlow|name]] and [[Connor Myatt|name]] - DC [[Hussain|name]], by [[3/12|date]].
(b) Strategy discussion about [[Poppy Bagnall-Salt|name]] (6, UPN [[U861083016613|upn]]) as well - [[Hannah|name]], by [[27/11|date]].
(c) Support a move to the grandmother's under a child arrangements order or section 20 - [[Hannah|name]] with legal.
(d) School: a managed move to [[Sandon|school]] or [[Trentham|school]] to be explored ([[Gwen|name]]).
(e) Catch22 to continue; [[Marcus|name]] to share the safety plan with [[TJ|name]] and [[Pauline|name]].

Other young people discussed under item 4 (linked): [[Reece Colclough|name]] (16, [[Bentilee|place]]), [[Kian Malkin|name]] (12,
[[Bucknall|place]]), [[Jayden-Lee Shaw|name]] (15, [[Hanley|place]]) and [[Mason Tomkinson|name]] (15, [[Abbey Hulton|place]]) - each
has his own item; cross-referenced only.Next review: [[17 December 2026|date]].
"""),
]

# --- B. Tesfaye / Girma family (Ethiopian, Amharic-speaking), Bilston, Wolverhampton ---------------------------------------

HOME_B = d.Address("27 Oxford Street", "Bilston", "Wolverhampton", "WV14 7DS")
AUNT_B = d.Address("6 Mountrath Street", "Caldmore", "Walsall", "WS1 4NW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Selam", "Girma")], dt.date(2011, 1, 22), addresses=[HOME_B], ids=["6155908273", "D336996030824"],
       schools=["Moat House Academy"]),
    _p("s", "sibling", [("Dawit", "Girma")], dt.date(2017, 9, 8), addresses=[HOME_B], ids=["5613871302", "A336628194821"],
       schools=["Hickman Park Primary School"]),
    _p("m", "mother", [("Meskerem", "Tesfaye")], dt.date(1986, 4, 3), addresses=[HOME_B], phones=["07438 562 907"],
       ids=["8526555839", "SW 48 71 20 B"]),
    _p("f", "father", [("Girma", "Alemu")], dt.date(1980, 12, 1), phones=["+251 911 482 370"]),
    _p("a", "other", [("Tigist", "Tesfaye")], None, addresses=[AUNT_B], phones=["07404 871 265"]),
    _p("p1", "professional", [("Rachel", "Onions")], phones=["01902 554 190"], emails=["rachel.onions@smestowvale.gov.uk"]),
], "c")

DOCS_B = [
    ("bilingual Amharic and English letter inviting a mother to a meeting", """Smestow Vale Council - Children's Services
Bilston Family Hub, [[Mount Pleasant|address]], [[Bilston|place]]

ወ/ሮ [[መስከረም ተስፋዬ|name]]
[[27 Oxford Street|address]]
[[Bilston|place]]
[[Wolverhampton|place]]
[[WV14 7DS|postcode]]
                                                                           [[2 December 2026|date]]

ውድ ወ/ሮ [[መስከረም|name]]፣

ስለ ልጆችዎ [[ሰላም ግርማ|name]] እና [[ዳዊት ግርማ|name]] ስብሰባ ይኖራል።
ቀን፦ [[10/12/2026|date]]፣ ሰዓት፦ 10:00
ቦታ፦ [[ቢልስተን|place]]
አስተርጓሚ ይኖራል። እህትዎ [[ትዕግስት|name]] ከእርስዎ ጋር መምጣት ትችላለች።
ጥያቄ ካለዎት ይደውሉ፦ [[01902 554 190|phone]] ([[ራሄል|name]])

Dear Mrs [[Tesfaye|name]],

Initial child protection conference: [[Selam Girma|name]] (born [[22/01/2011|dob]]) and [[Dawit Girma|name]] (born
[[08/09/2017|dob]])

I am writing, in Amharic and in English, to invite you to a meeting about your children on Thursday [[10 December 2026|date]]
at 10:00 at the Bilston Family Hub (the address above, next to the library on [[Mount
Pleasant|address]]). The meeting is
called an initial child protection conference. It will be chaired by an independent chair, [[Simon Gaskin|name]], who has not
worked with your family before.

The meeting is being held because on [[16 November|date]] [[Selam|name]] told her head of year at [[Moat House|school]], Mrs
[[Kaur-Bhamra|name]], that she had been hit with a belt on her back and arms at home on the evening of the [[15th|date]], and she
did not want to go home. She stayed with her friend's family, the [[Okafors|name]], in [[Ettingshall|place]] for two nights with your
agreement. A doctor at New Cross Hospital saw the marks on the [[17th|date]]. You told me and PC [[Lloyd|name]] on the [[18th|date]] that
you were frightened for [[Selam|name]] because of a young man she has been meeting in [[Wolverhampton|place]] city centre, and that in
[[Addis Ababa|place]] "this is how a mother protects a girl". I understand that you love your children and that you are on your
own here, without their father, [[Girma|name]], who is still in [[Addis|place]].

You can bring a friend or a supporter. You told me you would like your sister, [[Tigist Tesfaye|name]], to come from [[Walsall|place]];
she is welcome. An Amharic interpreter (not from your church and not known to you, as you asked) will be there: [[Hiwot
Mengistu|name]], from LinguaMid. [[Selam|name]]'s friend's mother, Mrs [[Ngozi Okafor|name]], has asked to send a letter of support, which I
will
read out. [[Selam|name]] can come for part of the meeting or write down her views; [[Dawit|name]] will not come,
and I will tell the meeting what he has told me. His teacher at [[Hickman Park|school]], Mr [[Badger|name]], has written a report.

Before the meeting I will share my report with you, read to you in Amharic by the interpreter on Tuesday [[8 December|date]] at your
home. If you want to call me, ring [[01902 554 190|phone]] (my desk) or text [[07725 318 046|phone]] (work mobile). If I am not there,
ask for my manager, [[Joanne Cartwright|name]].

Yours sincerely
[[Rachel Onions|name]]
Social Worker, [[Bilston|place]] and East locality team
[[rachel.onions@smestowvale.gov.uk|email]]

cc: [[Selam Girma|name]] (her own copy, in English, at her request)

Invited to the conference (so that you know who will be there):
- [[Simon Gaskin|name]], independent chair, and [[Lorraine Pugh|name]], who takes the minutes
- [[Rachel Onions|name]], social worker, and [[Joanne Cartwright|name]], team manager
- PC [[Owain Lloyd|name]], West Midlands Police (public protection)
- Mrs [[Harjit Kaur-Bhamra|name]], head of year, and Mr [[Declan Furness|name]], safeguarding lead, [[Moat House Academy|school]]
- Mr [[Oliver Badger|name]], [[Dawit|name]]'s class teacher at [[Hickman Park|school]] (report only)
- [[Mariam Ilyas|name]], school nurse, and Dr [[Gurpreet Sandhu|name]], GP (report only)
- [[Eleni Haile|name]], your caseworker at the community association, and your sister, [[Tigist|name]] (your supporters)
- [[Hiwot Mengistu|name]], interpreter
"""),
]

DOCS_B += [
    ("Ethiopian Orthodox church Sunday school teacher's email to the front door", """From: [[Yonas Bekele|name]]
<[[yonas.bekele.wton@gmail.com|email]]>
Sent: Sunday, [[22 November 2026|date]] 19:12
To: MASH (Smestow Vale) <[[mash@smestowvale.gov.uk|email]]>
Cc: Fr [[Haile Woldemariam|name]]
Subject: Concern about a girl in our Sunday school - [[Selam G|name]] - please call me

Dear Sir/Madam,

I am a deacon and one of the Sunday school (ሰንበት ትምህርት ቤት) teachers at Kidus Gabriel Ethiopian Orthodox Tewahedo Church,
which meets in the church hall on [[Lichfield Street|address]] in [[Bilston|place]]. I am also the church's safeguarding contact since
June (I did the diocese training in [[Coventry|place]]). I am writing about [[Selam Girma|name]], age 15, who lives with her mother,
W/ro [[Meskerem Tesfaye|name]], and her little brother [[Dawit|name]] on [[Oxford Street|address]].

Today after the liturgy [[Selam|name]] stayed behind to help [[Bethlehem|name]] (my wife, [[Betelhem Assefa|name]]) with the small
children's class. She asked [[Betelhem|name]] if the church would "tell the council" what her mother says. She said that since the
police came her mother is telling people in the community that [[Selam|name]] is "a liar" and "a bad girl with a Jamaican boy" and
that she will send her to her grandmother in [[Debre Markos|place]] "to learn respect". [[Selam|name]] showed [[Betelhem|name]] a
photo of a plane ticket on her mother's phone for [[19 December|date]] ([[Birmingham|place]] to [[Addis Ababa|place]], one
way, her name only). She was crying and said she does not want to go, she has her GCSEs, and she is scared that if she
goes she "will not come back". She said her aunt in [[Walsall|place]], [[Tigist|name]], knows and "is on my side".

I want to say that W/ro [[Meskerem|name]] is a good woman who is very alone here. Her husband, Ato [[Girma Alemu|name]], stayed in
[[Addis|place]] and does not send money. She cleans at night at the hospital. People in the church have been talking, and some
of the elders (I will not name them in an email) have told her that the council will take her children and that she should
send [[Selam|name]] home. Our priest, Abba [[Haile|name]] (Fr [[Haile Woldemariam|name]]), says we must help the family and not
gossip, and he knows I am writing.

My mobile is [[07983 605 218|phone]]. I am at work in the week ([[Darlaston|place]], shifts) but can talk after 6pm. [[Betelhem|name]]
is on [[07451 239 880|phone]] and speaks better Amharic than English - she would like an interpreter if she is asked questions.

God bless,
Deacon [[Yonas Bekele|name]]

PS. The other Sunday school teachers who know [[Selam|name]] and can help are W/ro [[Almaz Tadesse|name]] (she leads the girls'
choir, where [[Selam|name]] sings with [[Hanna|name]], [[Liya|name]], [[Mahlet|name]] and [[Ruth Kebede|name]]), Ato [[Solomon Gebru|name]]
(he drives the minibus from [[Darlaston|place]] and [[Wednesbury|place]]) and [[Feven|name]], who is 19 and is [[Selam|name]]'s
mentor. [[Dawit|name]] is in the little ones' class with my son [[Nahom|name]] and [[Abel|name]] and [[Kidist|name]] from [[Tipton|place]].
"""),
]

DOCS_B += [
    ("refugee community association advice worker's casework log", """BLACK COUNTRY ETHIOPIAN & ERITREAN COMMUNITY ASSOCIATION (BCEECA)
ADVICE & CASEWORK - CLIENT LOG (exported from the case system, newest last)
Client: [[TESFAYE Meskerem|name]] (W/ro)   DOB [[03-04-1986|dob]]   Case no. 2231   Language: Amharic (also some Tigrinya)
Address: [[27 Oxford St|address]], [[Bilston|place]] [[WV14 7DS|postcode]]   Mob: [[07438 562 907|phone]]
Household: [[Selam|name]] (d, 15), [[Dawit|name]] (s, 9). Husband ([[Girma ALEMU|name]]) in Ethiopia, phone [[+251 911 482 370|phone]].
Caseworker: [[Eleni Haile|name]] (ECA)

[[14/03/2025|date]] | EH | Refugee status granted (family reunion refused for husband). Move-on from the hotel in
  [[Dudley|place]] to council flat. Universal Credit claim made (NI [[SW 48 71 20 B|ni]]). Bus passes. School places requested for both
children. GP registration done
  at Bilston Health Centre: NHS nos. [[Selam|name]] [[6155908273|nhs]], [[Dawit|name]] [[5613871302|nhs]].
[[02/05/2025|date]] | EH | [[Selam|name]] started at [[Moat House|school]] (Year 9). [[Dawit|name]] at [[Hickman Park|school]]. Uniform
  grant £150 each. Client says [[Dawit|name]] has toothache - referred to the dentist on [[Church Street|address]].
[[19/11/2025|date]] | EH | Help with a letter from the council tax. Client worried about [[Selam|name]]'s "phone and
  TikTok". Advised the parenting group at the Family Hub. Declined: "they will say I am a bad mother".
[[21/11/2026|date]] | EH | Client came in crying. Police and social worker ([[Rachel|name]]) came on Wednesday the [[18th|date]]
  because [[Selam|name]] told school she was beaten. Client says she hit her "only with the belt, on the clothes" after
  [[Selam|name]] came home at 11pm with "a boy called [[Tyrese|name]] from [[Heath Town|place]]". Explained UK law on physical
  punishment and the meeting process. Client asked me if she can "send the girl to my mother". I said a child cannot be
  taken abroad against her will and this is a safeguarding matter. Manager ([[Mulugeta Desta|name]]) informed.
[[23/11/2026|date]] | EH | Rang [[Rachel Onions|name]] ([[01902 554 190|phone]]) with the client's consent and told her about the
  ticket question. [[Rachel|name]] said the church had also emailed. Client's sister, [[Tigist|name]] ([[07404 871 265|phone]],
  [[6 Mountrath St|address]], [[Caldmore|place]]), rang us - offers [[Selam|name]] a bed "until things are calm".
[[25/11/2026|date]] | MD | Client's husband rang the office from [[Addis|place]] ([[+251 911 482 370|phone]]), angry, said the
  association is "stealing his daughter". Told him we cannot discuss the client. He said his mother, Emaye [[Tsehay|name]],
  in [[Debre Markos|place]], "is waiting for the girl". Call ended. Passed to [[Rachel Onions|name]] the same day (FGM/forced marriage
  not raised by anyone; passed as a possible removal abroad).
[[27/11/2026|date]] | EH | Client brought [[Dawit|name]] to the drop-in. Volunteers [[Rahel Tsegaye|name]] and [[Biniam Woldu|name]]
  played with him; he told [[Biniam|name]] his tooth "is on fire". Rang the dentist (Dr [[Asante-Owusu|name]]'s practice, spoke to
  [[Joanne|name]]) - emergency slot was given on the [[19th|date]] and a GA referral made. Client's friends from the hotel days,
  [[Aster|name]] and [[Meron|name]] ([[Meron Kidane|name]], [[Bradley|place]]), offered to take [[Dawit|name]] to appointments.
[[02/12/2026|date]] | EH | Read the conference letter to the client in Amharic. She asked for a female interpreter who is
  "not Ethiopian from [[Wolverhampton|place]]" - the letter says [[Hiwot Mengistu|name]]; client knows a [[Hiwot|name]] from
  [[Walsall|place]] but not this one. Client agreed to bring [[Tigist|name]] and me. Next: conference [[10/12|date]].
"""),
]

DOCS_B += [
    ("dentist's safeguarding referral for dental neglect, with the practice's missed-appointment log", """CHURCH STREET DENTAL CARE,
[[Bilston|place]] - SAFEGUARDING REFERRAL (CHILD) to the MASH
Based on the BDA/COPDEND child protection and the dental team pathway (stage 3: dental neglect - refer)
Child: [[Dawit GIRMA|name]]    DOB: [[08 Sep 2017|dob]]    NHS: [[561 387 1302|nhs]]    School: [[Hickman Park Primary School|school]]
Home: [[27 Oxford Street|address]], [[Bilston|place]], [[Wolverhampton|place]] [[WV14 7DS|postcode]]
Parent: Mrs [[Meskerem Tesfaye|name]] (mother)   Tel: [[07438 562 907|phone]]   Language: Amharic (interpreter needed)
Referrer: Dr [[Kwabena Asante-Owusu|name]] BDS, dentist (GDC 287114)      Date: [[26 November 2026|date]]
Practice safeguarding lead: [[Joanne Tranter|name]] (practice manager), [[01902 497 631|phone]]

1. CLINICAL FINDINGS (exam [[19/11/2026|date]], with a telephone interpreter, [[Mekdes|name]], ID 55310)
Nine carious teeth (six primary molars, two lower permanent first molars, one upper incisor). Dental abscess at lower left E
with facial swelling; the child said it has hurt "since the summer holiday" and stops him sleeping and eating on that side.
Plaque ++; bleeding gums. He is eating soft food only, says he has "tea and bread" for breakfast and "sometimes no dinner
when Mum is at work". Weight on the school's record dropped, per the school nurse ([[Mariam Ilyas|name]]).

2. ATTENDANCE (from the practice system)
[[14/05/2025|date]] new patient exam (brought by the caseworker from the community association, [[Eleni Haile|name]]) - treatment
plan given: fluoride varnish, fillings x4, follow up in 4 weeks.
[[18/06/2025|date]] DNA.  [[23/07/2025|date]] DNA (text reminder sent to [[07438 562 907|phone]]).  [[10/09/2025|date]] cancelled by mother
("working").  [[02/12/2025|date]] attended: 2 fillings; mother left with [[Dawit|name]] before the second visit booked.
[[15/01/2026|date]], [[12/03/2026|date]], [[07/05/2026|date]] DNA x3. Letters sent (English only - our mistake, noted).
[[19/11/2026|date]] emergency attendance, brought by the aunt, Ms [[Tigist Tesfaye|name]] ([[07404 871 265|phone]]), not the mother.
Antibiotics; referral to the community dental service for extractions under general anaesthetic (wait 18 weeks).

3. WHAT WE HAVE DONE
Discussed with the aunt (with consent) and by phone with the mother on [[20/11|date]] via the interpreter. Mother said she works
nights cleaning at New Cross, has no car, "the bus with two children takes one hour", and she did not understand the English
letters. She said "I will bring him, please do not tell the social worker", and then told us a social worker
([[Rachel|name]]) is already involved because of her daughter, [[Selam|name]]. We have not been able to arrange help to bring [[Dawit|name]]
ourselves. We think the dental neglect is now significant (pain, infection, impact on eating and sleep) and that the family
needs help to get him to treatment, so we are referring as the pathway says.

Practice team involved: Dr [[Kwabena Asante-Owusu|name]]; dental nurses [[Chloe Bayliss|name]] and [[Parveen Akhtar|name]];
receptionist [[Sam Foxall|name]] (who took the aunt's call); hygienist [[Lucy Perks|name]].

4. CONSENT AND SHARING
Mother told of the referral (did not agree, but understood). Shared with: the GP (Dr [[Sandhu|name]], Bilston Health Centre);
the school (Mr [[Badger|name]], class teacher, and [[Angela Foxall|name]], DSL); the social worker [[Rachel Onions|name]].
Signed: [[K. Asante-Owusu|name]]          [[26/11/2026|date]]
"""),
]

# --- C. Chan / Wong family (Hong Kong, BN(O) visa), Great Hollands, Bracknell ---------------------------------------------

HOME_C = d.Address("9 Ringmead", "Great Hollands", "Bracknell", "RG12 8UQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ho-yin", "Chan"), ("Ethan", "Chan")], dt.date(2012, 6, 30), addresses=[HOME_C],
       ids=["5437468156", "X867937865797"], schools=["Wildridings Academy"]),
    _p("s", "sibling", [("Hiu-ching", "Chan"), ("Chloe", "Chan")], dt.date(2018, 2, 14), addresses=[HOME_C],
       ids=["5911068621", "Z867543231948"], schools=["Larks Hill Primary School"]),
    _p("m", "mother", [("Mei-ling", "Wong"), ("Michelle", "Wong")], dt.date(1984, 10, 5), addresses=[HOME_C],
       phones=["07380 214 669"], ids=["4968145632", "SZ 38 64 10 D"]),
    _p("f", "father", [("Ka-ming", "Chan"), ("Kelvin", "Chan")], dt.date(1981, 3, 17), addresses=[HOME_C],
       phones=["07481 330 752"], ids=["TC 52 70 83 A"]),
    _p("g", "grandparent", [("Wai-han", "Lai")], None, phones=["+852 9137 4286"]),
    _p("p1", "professional", [("Sophie", "Fairweather")], phones=["01344 351 776"],
       emails=["sophie.fairweather@blackwaterforest.gov.uk"]),
], "c")

DOCS_C = [
    ("game server moderation export sent to the police and the school", """BLOCKREALM SMP (community Minecraft server) - MODERATION EXPORT
Exported by: [[Owen Pryce-Davies|name]] (head moderator, real name given for the police; in-game "OwlMod")
Exported: [[28 Oct 2026|date]] 23:58 BST      For: Thames Valley Police (online referral) and the DSL at [[Wildridings Academy|school]]
Reason: a player's messages about self-harm and a player's messages about hitting; the player told us his school and town.
Player: IGN "HoYinMC" (display name "[[Ethan|name]]") [DSL's note on filing: UPN [[X867937865797|upn]]], account linked to Discord user
"ethanc_hk", first joined [[2026-02-11|date]]
Times are UK. Chat is from #general and the staff ticket #ticket-0412 (private, player + staff only).

[[2026-10-27|date]] 21:14  #general  HoYinMC ([[Ethan|name]]): gg everyone im done, prob not on tmrw either
[[2026-10-27|date]] 21:15  #general  pxl_moth ([[Maisie|name]]): [[ethan|name]] ur always on lol
[[2026-10-27|date]] 21:15  #general  HoYinMC ([[Ethan|name]]): dad is taking the pc. again. he broke the hanger on me last time
[[2026-10-27|date]] 21:16  #general  Kestrel_09: wtf
[[2026-10-27|date]] 21:16  #general  pxl_moth ([[Maisie|name]]): are u ok??
[[2026-10-27|date]] 21:18  #general  HoYinMC ([[Ethan|name]]): its fine its normal in hk. in [[bracknell|place]] it just looks weird
[[2026-10-27|date]] 21:19  AutoMod: message hidden (self-harm filter) from HoYinMC - "[hidden]"
[[2026-10-27|date]] 21:19  AutoMod: ticket #ticket-0412 opened for HoYinMC
[[2026-10-27|date]] 21:22  #ticket-0412  OwlMod ([[Owen|name]]): hey [[Ethan|name]], your message got flagged. are you safe right now?
[[2026-10-27|date]] 21:24  #ticket-0412  HoYinMC ([[Ethan|name]]): idk. i cut my arm on sunday with the compass. not deep
[[2026-10-27|date]] 21:25  #ticket-0412  OwlMod ([[Owen|name]]): thank you for telling me. is there an adult at home you trust?
[[2026-10-27|date]] 21:27  #ticket-0412  HoYinMC ([[Ethan|name]]): mum ([[michelle|name]]) but she is tired. she works at the sainsburys in
[[wokingham|place]] nights. dad is home but hes the problem. popo is in hk, in [[sha tin|place]]. shes the only one who gets it
[[2026-10-27|date]] 21:29  #ticket-0412  Bramble ([[Ffion|name]], staff): we're going to share this with people who can help, ok? which
school are u at
[[2026-10-27|date]] 21:31  #ticket-0412  HoYinMC ([[Ethan|name]]): [[wildridings|school]]. dont tell mr [[okoye|name]] he'll tell my dad
[[2026-10-27|date]] 21:31  #ticket-0412  HoYinMC ([[Ethan|name]]): my real name is [[chan ho yin|name]] if u need it. my sister is
[[chloe|name]] shes 8
[[2026-10-27|date]] 21:33  #ticket-0412  OwlMod ([[Owen|name]]): if you're in danger tonight call 999. shout is 85258 if you want to text
someone
[[2026-10-27|date]] 21:40  #ticket-0412  HoYinMC ([[Ethan|name]]): dad is coming up. bye
[[2026-10-27|date]] 21:40  -- HoYinMC disconnected --
[[2026-10-28|date]] 16:02  #general  HoYinMC ([[Ethan|name]]): on my phone at [[jayden|name]]s house. dad took the pc. im fine
[[2026-10-28|date]] 16:03  #general  pxl_moth ([[Maisie|name]]): [[jayden|name]] from [[harmans water|place]]?? hes in my brothers class
[[2026-10-28|date]] 16:05  #general  HoYinMC ([[Ethan|name]]): ye [[jayden okafor-reid|name]]. his mum said i can stay for tea
[[2026-10-28|date]] 16:06  #general  ollie_plays ([[Ollie|name]]): tell [[jayden|name]] hes still banned from my base lol
[[2026-10-28|date]] 16:07  #general  pxl_moth ([[Maisie|name]]): [[ollie|name]] stop. [[ethan|name]] r u coming to [[freddie|name]]s party
on sat
[[2026-10-28|date]] 16:09  #general  HoYinMC ([[Ethan|name]]): idk. ask [[theo|name]] if [[priya|name]] is going. and [[zara|name]]

MODERATOR NOTES
- Online at 21:15 on [[27/10|date]] (display names from the server list): [[Ethan|name]], [[Maisie|name]], [[Jayden|name]], [[Priya|name]],
  [[Ollie|name]], [[Freddie|name]], [[Amelia|name]], [[Noah|name]], [[Zara|name]], [[Theo|name]], [[Owen|name]] and [[Ffion|name]] (staff),
and three
  players with usernames only (Kestrel_09, voidcrafter, xX_Nebula_Xx).
- [[28/10|date]]: [[Ffion Hughes|name]] (staff, "Bramble") and I agreed to report. I rang 101 at 22:40 (ref 43260428-1190) and gave
  the name and school. I emailed the school's safeguarding address the export. We are volunteers (I am 24 and a trainee
  teacher in [[Swansea|place]]; [[Ffion|name]] is 19), and our server's safeguarding lead is our owner, [[Daniel Ashworth|name]]
  ([[dan@blockrealm.gg|email]], [[+353 87 641 2298|phone]], he lives in [[Cork|place]]).
- Other players in the chat are children too ("pxl_moth" is [[Maisie|name]], 13, in [[Crowthorne|place]]; her mum knows she plays).
- The player's account is not banned. We muted the #general chat for him for 24h only so he would use the ticket.
"""),
]

DOCS_C += [
    ("family WhatsApp chat in Cantonese and English, typed up and translated", """[Typed up from screenshots that [[Michelle Wong|name]]
([[黃美玲|name]]) showed
[[Sophie Fairweather|name]] on her phone on [[3 November 2026|date]] and agreed could be copied. Chat: "屋企人 🏠" (Family). Members:
[[Michelle|name]] (the phone's owner, shown as "me"), "老公" (her husband, [[Kelvin Chan|name]] / [[陳家明|name]]), "媽咪" (her mother,
[[Lai Wai-han|name]] / [[黎慧嫻|name]], in [[Sha Tin|place]], [[+852 9137 4286|phone]]), "[[阿賢|name]]" ([[Ethan|name]]),
and "[[家欣|name]]" ([[Michelle|name]]'s sister, [[Wong Ka-yan|name]], in [[Manchester|place]], [[07462 915 038|phone]]). Translation by the
council's
interpreter, [[Kitty Leung|name]], [[05/11/2026|date]]. Cantonese in the original; English in brackets.]

[[26/10/2026|date]], 07:41  媽咪: [[阿賢|name]]今日返唔返學呀？
         (Is [[Ah Yin|name]] going to school today?)
[[26/10/2026|date]], 07:58  me: 佢又唔肯起身。[[家明|name]]話要收佢部電腦
         (He won't get up again. [[Ka-ming|name]] says he'll take his computer.)
[[26/10/2026|date]], 08:03  老公: 唔返學就冇得打機。我細個我阿爸仲打得我犀利啲
         (No school, no games. When I was small my dad hit me much harder.)
[[26/10/2026|date]], 08:05  媽咪: [[家明|name]]，呢度唔係香港，唔好打個仔。英國會拉人㗎
         ([[Ka-ming|name]], this is not Hong Kong, don't hit the boy. In England they arrest people.)
[[26/10/2026|date]], 21:47  [[阿賢|name]]: popo can you call me
[[26/10/2026|date]], 21:49  媽咪: 婆婆而家打俾你 ❤️
         (Popo is calling you now.)
[[27/10/2026|date]], 06:12  me: 昨晚佢哋又嗌交。衣架斷咗。我唔知點算
         (They fought again last night. The clothes hanger broke. I don't know what to do.)
[[27/10/2026|date]], 06:30  [[家欣|name]]: 姐，你帶埋[[曉晴|name]]同[[阿賢|name]]上嚟[[曼徹斯特|place]]住幾日啦
         (Sis, bring [[Hiu-ching|name]] and [[Ah Yin|name]] up to [[Manchester|place]] for a few days.)
[[27/10/2026|date]], 06:31  [[家欣|name]]: [[Whitefield|place]] 我屋企有位。[[Tony|name]] 會去[[Stockport|place]]車站接你哋
         (There's room at my place in [[Whitefield|place]]. [[Tony|name]] will meet you at [[Stockport|place]] station.)
[[27/10/2026|date]], 12:15  老公: 唔使 d 外人理。我哋自己解決
         (No need for outsiders. We sort it ourselves.)
[[29/10/2026|date]], 17:20  me: 學校打電話嚟，話有人報咗警。社工會嚟
         (School called, someone reported to the police. A social worker will come.)
[[29/10/2026|date]], 17:22  媽咪: 唔好驚。講真話。[[曉晴|name]]嗰度點？
         (Don't be afraid. Tell the truth. How is [[Hiu-ching|name]]?)
[[29/10/2026|date]], 17:25  me: [[Chloe|name]] 冇事，喺[[Larks Hill|school]]好開心。佢老師 Mrs [[Quinn|name]] 好好
         ([[Chloe|name]] is fine, happy at [[Larks Hill|school]]. Her teacher Mrs [[Quinn|name]] is very nice.)
[[01/11/2026|date]], 10:02  老公: 我去[[雷丁|place]]見工。[[李|name]]生介紹嘅倉務
         (I'm going to [[Reading|place]] for a job interview. Warehouse work Mr [[Lee|name]] introduced.)
[[31/10/2026|date]], 18:40  me: [[曉晴|name]]今晚去[[Amelia|name]]屋企Halloween
party，喺[[Birch Hill|place]]。[[Amelia|name]]媽媽叫[[Rachel Cotterill|name]]
         ([[Hiu-ching|name]] is going to [[Amelia|name]]'s Halloween party tonight, in [[Birch Hill|place]]. [[Amelia|name]]'s mum is called
         [[Rachel Cotterill|name]].)
[[31/10/2026|date]], 18:52  [[家欣|name]]: 記得叫[[阿賢|name]]打俾[[Tony|name]]，[[Tony|name]]話想帶佢去睇曼聯? 唔係，係Stockport County
         (Remember to tell [[Ah Yin|name]] to call [[Tony|name]], [[Tony|name]] wants to take him to see Man United? No, Stockport County.)
[[01/11/2026|date]], 10:04  媽咪: 加油 💪 [[12月20號|date]]我飛嚟希斯路，記得接我
         (Good luck. On [[20 December|date]] I fly to Heathrow, remember to pick me up.)
"""),
]

DOCS_C += [
    ("Hong Kong community group volunteer's email with the father's account", """From: [[Wing Tsang|name]]
<[[wingtsang.bhkc@outlook.com|email]]>
To: [[Sophie Fairweather|name]] <[[sophie.fairweather@blackwaterforest.gov.uk|email]]>
Cc: [[Kelvin Chan|name]] <[[kelvinchan.kaming@gmail.com|email]]>
Date: Mon, [[9 Nov 2026|date]] at 21:03
Subject: [[Chan|name]] family, [[Ringmead|address]] - from Berkshire HongKongers Mutual Aid

Dear Ms [[Fairweather|name]],

My name is [[Tsang Wing-sze|name]] ([[Wing|name]]), I am a volunteer with Berkshire HongKongers Mutual Aid (we run the Saturday
Cantonese school at the community centre in [[Bracknell|place]] and a WhatsApp group of about 300 families from [[Reading|place]],
[[Wokingham|place]], [[Crowthorne|place]] and [[Sandhurst|place]]). Mr [[Chan Ka-ming|name]] ([[Kelvin|name]]) asked me to write to you
in English because he finds it hard to say everything on the phone, and he has read this email before I sent it.

Background (his words, shortened): the family came on the BN(O) visa in February 2023 from [[Tseung Kwan O|place]] with
[[Ho-yin|name]] ([[Ethan|name]]) and [[Hiu-ching|name]] ([[Chloe|name]]). In Hong Kong [[Kelvin|name]] was a civil servant for 17 years;
here he
has had agency work in warehouses in [[Bracknell|place]] and [[Theale|place]] and was laid off in August. [[Michelle|name]] works nights.
They lived first with a church family, the [[Hendersons|name]] in [[Binfield|place]], then found the flat on [[Ringmead|address]] in
[[Great Hollands|place]]. Popo (Mrs [[Lai|name]]) was meant to come and live with them but she had a fall in [[Ma On Shan|place]] in
the summer and has only a visitor visa for December.

About what happened: [[Kelvin|name]] says he did hit [[Ethan|name]] with a plastic clothes hanger on the night of [[27
October|date]],
on the legs, after [[Ethan|name]] played until 2am for the third night and swore at his mother. He says it is the only time
"since we came to England" and he is ashamed. He did not know about the cutting until the police officer (PC
[[Harriet Oyelaran|name]]) told him on the [[28th|date]]. He wants the family to have help with [[Ethan|name]]'s gaming and school
refusal, and he asks for a Cantonese-speaking worker if possible. He is willing to go to the parenting course our group
runs with Family Action (next course starts on [[17 November|date]], run by [[Agnes Yip|name]] and [[Raymond Sze|name]]).

Things he asked me to tell you that may help:
- [[Ethan|name]] was happiest in Hong Kong at his old school, [[St Joseph's|school]] in [[Tseung Kwan O|place]], where his best friend
  [[Jacky Lam|name]] still is; they talk on WhatsApp.
- [[Ethan|name]] is close to his aunt, [[Wong Ka-yan|name]] ([[Karen|name]]), in [[Whitefield|place]], [[Manchester|place]].
- [[Ethan|name]]'s Year 9 tutor at [[Wildridings|school]], Mr [[Okoye|name]], has been kind but [[Ethan|name]] thinks he "reports
  everything to Dad", because [[Kelvin|name]] emails the school often.
- The family's GP is at Great Hollands Health Centre (Dr [[Nandra|name]]).

I am not a professional. I am happy to come to meetings as a support for the family if they want me, and I can be a
contact for [[Michelle|name]] too, who trusts me. My number is [[07719 402 863|phone]].

PS. Families from our group who know the [[Chan|name]]s well and could be asked (with their agreement): [[Yeung Chi-keung|name]]
([[Tony|name]]) and [[Grace Yeung|name]] in [[Wokingham|place]], whose daughter [[Cheuk-lam|name]] is [[Ethan|name]]'s age; the
[[Szetos|name]] in
[[Binfield|place]]; and Pastor [[Daniel Kwan|name]] of the Cantonese congregation that meets at a church in [[Bracknell|place]], who
helped them with the flat. [[Michelle|name]]'s friend from work, [[Joanna Pietrzak|name]], also drives her home after nights.

Best regards,
[[Wing Tsang|name]] ([[曾詠詩|name]])
Volunteer, Berkshire HongKongers Mutual Aid
"""),
]

DOCS_C += [
    ("Cantonese parenting course register and facilitator's session notes", """FAMILY ACTION x BERKSHIRE HONGKONGERS MUTUAL AID - "KEEPING
CALM, STAYING CLOSE" (Cantonese-language parenting group)
Venue: the community centre, [[Harmans Water|place]], [[Bracknell|place]]  Facilitators: [[Agnes Yip|name]] ([[葉|name]]) and
[[Raymond Sze|name]]
REGISTER - Course 4, Session 1 (Tuesday [[17 November 2026|date]], 19:00-21:00) and Session 2 (Tuesday [[24 November 2026|date]])
[For the referrer ([[Sophie Fairweather|name]]) only the entries for the [[Chan|name]] family are needed; the full register is attached
because the group agreed on [[17/11|date]] that attendance can be shared with referrers.]

# | Parent(s) | Children (ages) | Town | S1 | S2
1 | [[Chan Ka-ming|name]] ([[Kelvin|name]]) [[陳家明|name]] | [[Ho-yin|name]] (14), [[Hiu-ching|name]] (8) | [[Bracknell|place]] | Y | Y
2 | [[Wong Mei-ling|name]] ([[Michelle|name]]) | (as above) | [[Bracknell|place]] | N | Y
3 | [[Cheng Siu-fung|name]], [[Ivy Lo|name]] | [[Hei|name]] (12), [[Lok|name]] (9) | [[Reading|place]] ([[Caversham|place]]) | Y | Y
4 | [[Yeung Chi-keung|name]] ([[Tony|name]]) | [[Cheuk-lam|name]] (15) | [[Wokingham|place]] | Y | N
5 | [[Mak Wai-yee|name]] ([[Vivian|name]]) | [[Ching|name]] (6), [[Yu|name]] (3) | [[Sandhurst|place]] | Y | Y
6 | [[Ho Kwok-leung|name]], [[Lau Suk-man|name]] | [[Marcus Ho|name]] (13) | [[Crowthorne|place]] | Y | Y
7 | [[Szeto Ka-lok|name]] ([[Carl|name]]) | [[Sum-yi|name]] (10) | [[Binfield|place]] | Y | Y
8 | [[Tam Hoi-ying|name]] ([[Helen|name]]) | [[Nathan Tam|name]] (16), [[Natalie Tam|name]] (11) | [[Woodley|place]] | Y | Y
9 | [[Kwok Sze-wan|name]] ([[Winnie|name]]) | [[Jasper|name]] (7) | [[Earley|place]] | N | N
10 | [[Leung Man-kit|name]] | [[Ka-ho|name]] (12) | [[Ascot|place]] | Y | Y

FACILITATOR'S NOTES (in English for the referrers; the sessions are in Cantonese)
Session 1 - "Why we came, what we miss". [[Kelvin|name]] came alone ([[Michelle|name]] at work). He spoke about his own father in
[[Sham Shui Po|place]] and being caned ("藤條炆豬肉" - "rattan-stewed pork", the old joke for a beating), and said "I promised myself I
would be different, and then one night I was the same". Other fathers ([[Tony|name]], [[Carl|name]]) said the same. [[Kelvin|name]] and
[[Siu-fung|name]] swapped numbers to go running on Saturdays round the lake at South Hill Park (an idea of
[[Agnes|name]]'s).
Session 2 - "Screens and sleep". Both parents came. [[Michelle|name]] said [[Ethan|name]] has been back at [[Wildridings|school]] full-time
since [[16 November|date]] and goes to the Saturday Cantonese school with [[Chloe|name]]. They have a family screen plan, with the
PC in the lounge; [[Ethan|name]] wrote it himself, in English and Chinese, and signed it "[[浩賢|name]]". [[Michelle|name]] said her
mother (Popo, Mrs [[Lai|name]]) arrives on [[20 December|date]] and "the house is calmer already, just knowing". [[Kelvin|name]] has started
a job
with a removals firm in [[Slough|place]] (days).
No safeguarding concerns arose in either session. [[A. Yip|name]], [[24/11/2026|date]]
"""),
]

# --- D. Wellard / Pett family (white British), Ramsgate, with a grandmother in Newington and a father in Margate -----------

HOME_D = d.Address("Flat 3, 18 Hardres Street", "", "Ramsgate", "CT11 8QE")
NAN_D = d.Address("14 Newington Road", "Newington", "Ramsgate", "CT12 6ER")
DAD_D = d.Address("22 Millmead Road", "", "Margate", "CT9 3QY")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Summer-Rose", "Wellard")], dt.date(2024, 6, 9), addresses=[HOME_D], ids=["4708722001"]),
    _p("s", "sibling", [("Alfie-James", "Pett")], dt.date(2026, 4, 21), addresses=[HOME_D], ids=["7154607386"]),
    _p("m", "mother", [("Jade", "Wellard")], dt.date(2004, 1, 30), addresses=[HOME_D], phones=["07462 118 903"],
       ids=["7517382470", "JW 04 81 36 A"]),
    _p("f", "father", [("Ricky", "Pett")], dt.date(2001, 7, 12), addresses=[DAD_D], phones=["07549 602 117"],
       ids=["PT 01 72 45 C"]),
    _p("g", "grandparent", [("Tracey", "Wellard")], dt.date(1978, 5, 5), addresses=[NAN_D], phones=["01843 589 204"]),
    _p("p1", "professional", [("Kerry", "Deal")], phones=["07825 330 418"], emails=["kerry.deal1@nhs.net"]),
    _p("p2", "professional", [("Aaron", "Minster")], phones=["03000 417 226"], emails=["aaron.minster@stourcoast.gov.uk"]),
], "c")

DOCS_D = [
    ("health visitor's two-year review with the ASQ-3 and ASQ:SE-2 scores", """KENT COMMUNITY HEALTH - 0-19 PUBLIC HEALTH NURSING (HEALTH
VISITING)
2-2.5 YEAR REVIEW (integrated check)  - SystmOne entry, typed up for the child in need plan
Child: [[WELLARD, Summer-Rose|name]]   DOB: [[09/06/2024|dob]]   NHS: [[470 872 2001|nhs]]   Age at review: 29 months
Address: [[Flat 3, 18 Hardres Street|address]], [[Ramsgate|place]], [[CT11 8QE|postcode]]
Seen at: home (first floor flat, above the nail bar)   Date: Wednesday [[11/11/2026|date]] 10:00-11:25
Present: mum ([[Jade Wellard|name]], 22), baby brother [[Alfie-James|name]] (6 months, asleep), maternal grandmother
([[Tracey Wellard|name]]) for the second half. Professional: [[Kerry Deal|name]], Health Visitor (Specialist Community Public Health
Nurse), [[Ramsgate|place]] and [[Minster|place]] team. Nursery nurse: [[Stacey Leggett|name]] (did the ASQ with mum).

ASQ-3 (30 month questionnaire, completed by mum with support; cut-offs in brackets)
Communication     15  (below cut-off 33.30) - BLACK
Gross motor       45  (above 36.14)
Fine motor        30  (close to cut-off 19.25) - monitor
Problem solving   25  (close to cut-off 27.08) - GREY
Personal-social   20  (below 32.01) - BLACK
ASQ:SE-2 (30 months): 115 (above the cut-off of 65) - referral range.
Observations: about 10 single words ("mama", "nanny", "no", "biscuit", "[[Ricky|name]]", "[[Alfie|name]]" as "[[Af|name]]"); no two-word
phrases. Did
not point to show. Watched the TV for most of the visit (on when I arrived, mum turned it down, not off). Lined up the
shoes. Hid behind the sofa when the door buzzer went and said "[[Ricky|name]] no". Drank from a bottle of squash; mum says she
has 4-5 bottles a day and at night. Teeth: brown marks on the top front teeth. Weight 11.2 kg (9th centile, was 25th at
the 1 year check by HV [[Joanne Barling|name]] in [[Margate|place]]).

Home: very cold (16C on my thermometer), black mould in the bedroom where the three of them sleep (mum, [[Summer|name]]
and [[Alfie|name]] in one double bed). Baby's Moses basket used for storage. No stair gate at the top of the steep stairs to
the street door. Kitchen: takeaway boxes; fridge with milk, squash, yoghurts. Mum said the landlord, Mr [[Tariq Bashir|name]], "won't
do nothing" and she has had a Section 21.

Mum's health and wellbeing: Whooley questions positive; GAD-2 score 5. Says "I don't go out, only to me mum's in
[[Newington|place]]". Smokes (outside on the fire escape, she says). On the EPDS at 8 weeks with [[Alfie|name]] she scored 16 and was
referred to Talking Therapies but "never went".

Relationships / domestic abuse (routine enquiry, asked alone before nan came): mum said she is "not with [[Ricky|name]]
no more" ([[Ricky Pett|name]], the children's dad, [[Margate|place]]) but he "comes round when he wants". She said he smashed the
bedroom door on [[1st November|date]] when she would not give him money. She did not want the police. She agreed to a
referral to the domestic abuse service (Oasis) and for me to share this with the social worker.

Grandmother ([[Tracey|name]]): says she would "have the kids in a heartbeat" but works at the Co-op in [[Cliftonville|place]] and has
her partner's son, [[Brandon|name]], 17, living with her. Says [[Ricky|name]]'s mum, Mrs [[Debbie Pett|name]] in [[Westwood|place]], "always
sticks up for him".

PLAN (agreed with mum)
1. Refer [[Summer|name]] to Speech and Language Therapy ([[Thanet|place]]) and to the [[Little Acorns|school]] nursery for 2-year-old
   funded hours (mum has the code; the nursery manager is [[Lorraine Fagg|name]]); ask about a place from [[4 January|date]].
2. Dental: register with a dentist - the Ramsgate Smile Centre on [[Queen Street|address]] has NHS space for children.
3. Bottle to cup; squash to water. Safe sleep: baby's own sleep space - cot via the council's hardship fund.
4. Share with the social worker [[Aaron Minster|name]] (by phone today at 12:10, [[03000 417 226|phone]]) - agreed with mum.
5. Revisit: [[25/11/2026|date]] with [[Stacey|name]]. Next ASQ in 3 months.
Copies: GP (Dr [[Anoushka Mehra|name]], [[Ramsgate|place]]); the practice's safeguarding lead, Dr [[Ian Foreman|name]];
[[Stacey Leggett|name]] (nursery nurse); [[Aaron Minster|name]] (social worker);
the named nurse for safeguarding, [[Wendy Tuffin|name]]; SALT triage ([[Beth Oakley|name]]).
[[Kerry Deal|name]] HV, [[07825 330 418|phone]], [[kerry.deal1@nhs.net|email]]
"""),
]

DOCS_D += [
    ("food bank e-referral voucher with the volunteer's note", """THANET COAST FOOD BANK (Trussell network) - E-REFERRAL VOUCHER
Voucher no.: TCFB-26-11-0934        Issued: [[12/11/2026|date]]        Valid until: [[26/11/2026|date]]
Referring agency: Kent Community Health - Health Visiting ([[Ramsgate|place]])   Referrer: [[Kerry Deal|name]], [[07825 330 418|phone]]
Client: [[Jade WELLARD|name]]   DOB [[30 Jan 2004|dob]]   Address: [[Flat 3|address]] (above Glam Nails), [[18 Hardres St|address]],
[[Ramsgate|place]] [[CT11 8QE|postcode]]   Tel: [[07462 118 903|phone]]
Household: adults 1; children 2 (aged 2 and 0) - names: [[Summer-Rose|name]], [[Alfie-James|name]]
Dietary: baby on formula (Aptamil 1) - please give formula if in stock; no pork (no - crossed out by the client)
Reason for referral (tick): [x] benefit delay  [x] low income  [ ] debt  [x] domestic abuse  [ ] sickness
Referrer's notes: "Mum's UC sanctioned after missed appointment at the Jobcentre (she was at A&E with the baby at QEQM on
[[4 Nov|date]]). Ex-partner takes money. Three vouchers already this year - this is the 4th, please allow."
Collection point: the Tuesday session at the Baptist church hall, [[Cavendish Street|address]], [[Ramsgate|place]], or delivery (tick) [x]

VOLUNTEER'S NOTE (delivery, Thursday [[13/11/2026|date]], 14:30) - written by [[Pam Holbourn|name]] with driver [[Geoff Sayer|name]]
We delivered 3 days' food, 2 tins of formula (from the Sainsbury's donation at Westwood Cross), nappies size 3 and 5,
and a winter coat for the toddler from the [[Broadstairs|place]] coat drive. Mum let us in to the bottom of the stairs only. A man
in the flat shouted "who is it" and then came down: tall, shaved head, a tattoo of a name on his neck ("[[Kayden|name]]"?); he
said he was "the dad, [[Ricky|name]]" and took the bags up himself. Mum said "he's just visiting". The little girl was at the top
of the stairs in a nappy only and no gate. It was very cold on the stairs and smelt of damp and cannabis. [[Ricky|name]] asked
[[Geoff|name]] if we do "electric top-ups" and when we said no he said "what's the point of you then". As we left mum said
quietly "thank you, tell [[Kerry|name]] I'm alright". I have told our manager ([[Lynne Castle|name]]), who rang the health visitor
the same afternoon. [[Geoff|name]] noted a silver Vauxhall Corsa outside, [[GU66 XPT|vehicle]], which [[Ricky|name]] drove off in as we
were leaving with the little girl on his knee in the front seat. We did not know whether to ring the police - [[Lynne|name]] did
(101, ref 26-1113-0422).
Other volunteers on the delivery rota that week: [[Marian Oakes|name]], [[Derek Quested|name]], [[Fatima Bello|name]],
[[Ivan Kowalczyk|name]] and [[Bev Stroud|name]] (coordinator [[Lynne Castle|name]], [[01843 582 906|phone]]).
Signed: [[P. Holbourn|name]]          Entered on the system by [[L. Castle|name]], [[13/11|date]] 16:05
"""),
]

DOCS_D += [
    ("court bundle index for care proceedings", """IN THE FAMILY COURT AT CANTERBURY  Case No: ME26C01147
IN THE MATTER OF THE CHILDREN ACT 1989
AND IN THE MATTER OF [[SUMMER-ROSE WELLARD|name]] (a girl, born [[9 June 2024|dob]]) AND [[ALFIE-JAMES PETT|name]] (a boy,
born [[21 April 2026|dob]])
BETWEEN: STOUR COAST COUNCIL (Applicant) and (1) [[JADE WELLARD|name]] (First Respondent, mother), (2) [[RICKY PETT|name]]
(Second Respondent, father), (3) and (4) THE CHILDREN through their Children's Guardian, [[Adaeze Nwosu|name]] (Respondents)
INTERVENER (by order of [[1 December 2026|date]]): [[TRACEY WELLARD|name]] (maternal grandmother)

INDEX TO THE BUNDLE for the Case Management Hearing on [[8 December 2026|date]] before HHJ [[Chamberlain|name]] (time estimate 1 hour)
Prepared by: [[Gemma Threlfall|name]], Solicitor for the Applicant, Legal Services, Stour Coast Council
([[gemma.threlfall@stourcoast.gov.uk|email]])

SECTION A - PRELIMINARY DOCUMENTS                                                                        Page
A1   Case summary, the Applicant's (updated [[4 December 2026|date]])                                          A1-A6
A2   Position statement of the First Respondent ([[Kanwal|name]] & [[Moat|name]] solicitors, counsel Ms [[Lyndsey Ogbonna|name]]) A7-A10
A3   Position statement of the Second Respondent (Mr [[Pett|name]]; [[Harrison Pike|name]] Solicitors)                      A11-A12
A4   Children's Guardian's initial analysis ([[A. Nwosu|name]], [[27/11/2026|date]])                                     A13-A24
A5   Draft order (Applicant's)                                                                                  A25-A31

SECTION B - APPLICATIONS AND ORDERS
B1   C110A application, dated [[17/11/2026|date]]                                                                     B1-B20
B2   Order of DJ [[Halloran|name]] (interim care orders; [[Alfie-James|name]] placed with foster carers), [[19/11/2026|date]] B21-B27
B3   C2 application of [[Tracey Wellard|name]] to be joined, [[24/11/2026|date]]                                        B28-B33
B4   Order of HHJ [[Chamberlain|name]], [[1/12/2026|date]] (joining the grandmother; directing a viability assessment)     B34-B38

SECTION C - STATEMENTS AND LOCAL AUTHORITY DOCUMENTS
C1   Social work evidence template (SWET), [[Aaron Minster|name]], [[16/11/2026|date]]                                  C1-C34
C2  Care plans: [[Summer-Rose|name]] ([[16/11|date]]); [[Alfie-James|name]] ([[16/11|date]])  C35-C48
C3   Statement of the First Respondent, [[Jade Wellard|name]], [[30/11/2026|date]]                                      C49-C58
C4   Statement of the Second Respondent, [[Ricky Pett|name]] - NOT YET FILED (due [[11/12|date]])                          -
C5   Statement of the Intervener, [[Tracey Wellard|name]], with the letter of her partner, Mr [[Clive Fuller|name]]   C59-C64
C6   Viability assessment of Mrs [[Debbie Pett|name]] (paternal grandmother), by [[Ruth Kemsley|name]], [[2/12/2026|date]]        C65-C80

SECTION E - EXPERT REPORTS   (none yet; Part 25 application for a parenting assessment of the mother by Dr [[Fenella
Quarrie|name]], Independent Social Worker - see A5)

SECTION F - OTHER DOCUMENTS (disclosure)
F1  Kent Police disclosure: call-out logs [[4/11/2026|date]] ([[Hardres Street|address]]) and [[14/11/2026|date]]
([[Millmead Road|address]],
     [[Margate|place]]); PNC print for [[Ricky PETT|name]] (DOB [[12/07/2001|dob]])                                              F1-F22
F2   Health visiting records ([[Kerry Deal|name]]) incl. the 2-year review of [[11/11/2026|date]] and ASQ-3                       F23-F51
F3  QEQM Hospital ([[Margate|place]]) ED notes for [[Alfie-James|name]] (NHS [[715 460 7386|nhs]]), [[4/11/2026|date]] (skull X-ray; a
bruise to the
     left ear; seen by Dr [[Priyanka Ramaswamy|name]], paediatric registrar, and Dr [[Hugh Penfold|name]], consultant)     F52-F79
F4   Thanet Coast Food Bank voucher and volunteer's note ([[P. Holbourn|name]], [[13/11/2026|date]])                            F80-F82
F5  Foster carers' daily logs for [[Alfie-James|name]] (Mr and Mrs [[Gilbey|name]], [[Herne Bay|place]]), [[19/11|date]]-[[3/12|date]]
F83-F101
F6   Contact notes (supervised contact at the family centre in [[Ramsgate|place]], supervisor [[Dionne Crick|name]])          F102-F118

SECTION G - ADVOCATES AND REPRESENTATIVES (for the court's list)
Applicant: counsel [[Harriet Moulding|name]]; solicitor [[Gemma Threlfall|name]]; social worker [[Aaron Minster|name]]; team manager
[[Sharon Pilcher|name]]
First Respondent: [[Sabina Kanwal|name]] ([[Kanwal|name]] & [[Moat|name]]); counsel Ms [[Lyndsey Ogbonna|name]]
Second Respondent: [[Harrison Pike|name]] Solicitors (fee earner [[Tom Wratten|name]]); counsel to be confirmed
Intervener: in person, with a McKenzie friend, her partner Mr [[Clive Fuller|name]]
Children's Guardian: [[Adaeze Nwosu|name]]; children's solicitor [[Martin Fagg|name]] ([[Tindall|name]] & [[Kemp|name]])
Court usher's note: the mother asks for a separate waiting room from the father (non-molestation order, [[2 December|date]]).

Documents NOT included (objected to by the Second Respondent): text messages between [[Jade Wellard|name]] and [[Kayden
Pett|name]] (the father's brother) supplied by the mother on [[3/12/2026|date]].
"""),
]

DOCS_D += [
    ("Children's Guardian's initial analysis and recommendations (extract)", """CAFCASS - CHILDREN'S GUARDIAN'S INITIAL ANALYSIS AND
RECOMMENDATIONS (public law)
Case: ME26C01147   Court: the Family Court at Canterbury   Hearing: CMH, [[8 December 2026|date]]
Children: [[Summer-Rose WELLARD|name]] (2), DOB [[9.6.2024|dob]]; [[Alfie-James PETT|name]] (7 months), DOB [[21.4.2026|dob]]
Children's Guardian: [[Adaeze Nwosu|name]]  Children's solicitor: [[Martin Fagg|name]], [[Tindall|name]] & [[Kemp|name]]  Date:
[[27 November 2026|date]]

1. ENQUIRIES MADE
I have read the local authority's documents. I visited [[Summer-Rose|name]] at her grandmother's home, [[14 Newington Road|address]],
[[Ramsgate|place]] [[CT12 6ER|postcode]], on [[23/11|date]], and [[Alfie-James|name]] in foster care in [[Herne Bay|place]] on
[[24/11|date]]
(carers Mr and Mrs [[Gilbey|name]], [[Ray|name]] and [[Sandra|name]]). I met the mother ([[Jade Wellard|name]]) at her solicitors'
office in [[Margate|place]] on [[25/11|date]] with her solicitor, Ms [[Kanwal|name]], and spoke to the father ([[Ricky Pett|name]]) by phone
on [[26/11|date]] ([[07549 602 117|phone]]). I spoke to the social worker, [[Aaron Minster|name]]; the health visitor, [[Kerry Deal|name]];
the maternal grandmother, [[Tracey Wellard|name]]; and the paternal grandmother, Mrs [[Debbie Pett|name]] (by phone from her home
in [[Westwood|place]]). I have seen the police disclosure and the hospital notes for [[4 November|date]].

2. THE CHILDREN
[[Summer-Rose|name]] ("[[Summer|name]]", "[[Sum-Sum|name]]" to her nan) is a small, watchful girl. When I arrived she hid behind
[[Tracey|name]]'s legs and then brought me her shoes, one at a time, and lined them up. In her nan's care since [[19 November|date]]
she has started to say "nanny bed" and "more please" (two-word phrases, the first her nan has heard). She has started at
[[Little Acorns|school]] for two mornings a week. Her nan's partner, Mr [[Clive Fuller|name]], reads to her; his son, [[Brandon|name]]
(17), has moved to his mother's in [[Minster|place]] to make room.
[[Alfie-James|name]] ("[[AJ|name]]") is thriving in foster care. The bruise to his left ear on [[4 November|date]] has healed. The
explanation given by the parents (he rolled off the bed onto the radiator) is one of the matters the court will need to
decide. [[Sandra Gilbey|name]] says he "lights up" when [[Jade|name]] comes to contact.

3. THE PARENTS
[[Jade|name]] told me she has ended the relationship with [[Ricky|name]] and has an injunction application with Oasis's help (the
non-molestation order was made on [[2 December|date]] by DJ [[Halloran|name]]). She has applied for a flat through the
council's housing register (her NI no. [[JW 04 81 36 A|ni]] was needed for the form - she asked me to help with it). She
is going to Talking Therapies and to the "Freedom Programme" in [[Broadstairs|place]]. She cried when talking about
[[Summer|name]]'s teeth and said "I didn't know squash did that".
[[Ricky|name]] told me the case is "a stitch up by [[Jade|name]]'s mum". He disputes the injury, any violence and the drug use.
He has not yet filed a statement. He wants the children to live with his mother. He gave me the name of his new partner,
[[Chloe Brett|name]] of [[Cliftonville|place]], and said he lives with her "half the time".

Others I have spoken to: the contact supervisor, [[Dionne Crick|name]]; the nursery manager at [[Little Acorns|school]],
[[Lorraine Fagg|name]]; [[Jade|name]]'s Oasis worker, [[Meg Hollands|name]]; [[Jade|name]]'s friend [[Keeley Sutton|name]] (who she
named as a support); and the father's probation officer, [[Duncan Amoah|name]] ([[Canterbury|place]] PDU).

4. RECOMMENDATIONS
(a) Interim care orders to continue; [[Summer-Rose|name]] to remain with [[Tracey Wellard|name]] (a connected person), [[Alfie-James|name]]
with the foster carers, with a plan to move him to his grandmother if the viability assessment is positive.
(b) A parenting assessment of the mother by an independent social worker (Dr [[Quarrie|name]]), not of the father until he
files a statement and agrees to hair strand testing.
(c) A special guardianship assessment of Mrs [[Debbie Pett|name]] (her viability by [[Ruth Kemsley|name]] was negative on
[[2/12|date]] - this should be reviewed only if the father's position changes).
(d) Contact: mother 3 x weekly (2 hours) with both children together; father 1 x weekly, supervised, subject to a risk
assessment; paternal grandmother once a fortnight.
[[Adaeze Nwosu|name]], Children's Guardian, Cafcass South East ([[adaeze.nwosu@cafcass.gov.uk|email]])
"""),
]

# --- E. Mayfield / Grant family (white British and Black Caribbean heritage), Church Hill, Redditch ------------------------

HOME_E = d.Address("44 Lowans Hill View", "Church Hill", "Redditch", "B98 9BZ")
NAN_E = d.Address("3 Chapel Street", "Astwood Bank", "Redditch", "B96 6EA")
HOMEC_E = d.Address("Wyre Brook House, Bewdley Road North", "", "Stourport-on-Severn", "DY13 8PX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tiana", "Mayfield-Grant")], dt.date(2011, 9, 30), addresses=[HOMEC_E, HOME_E],
       ids=["3433627983", "K885507529170"], schools=["Kingsmead Academy"]),
    _p("s", "sibling", [("Kai", "Grant")], dt.date(2015, 4, 18), addresses=[HOME_E], ids=["5007765090", "Y885342366712"],
       schools=["Birchfield Middle School"]),
    _p("m", "mother", [("Donna", "Mayfield")], dt.date(1990, 12, 8), addresses=[HOME_E], phones=["07837 506 214"],
       ids=["8165749641", "NM 48 20 67 B"]),
    _p("f", "father", [("Dwayne", "Grant")], dt.date(1987, 3, 22), phones=["07960 318 772"]),
    _p("g", "grandparent", [("Sheila", "Mayfield")], dt.date(1962, 7, 1), addresses=[NAN_E], phones=["01527 893 120"]),
    _p("p1", "professional", [("Natalie", "Evesham")], phones=["01905 846 330", "07814 220 691"],
       emails=["natalie.evesham@arrowvalley.gov.uk"]),
    _p("p2", "professional", [("Lorna", "Stourton")], phones=["01299 827 405"], emails=["manager@wyrebrookcare.co.uk"]),
], "c")

DOCS_E = [
    ("independent person's Regulation 44 monthly visit report on a children's home", """REGULATION 44 INDEPENDENT PERSON'S REPORT -
[[WYRE BROOK HOUSE|address]]
(The Children's Homes (England) Regulations 2015, regulation 44)
Home: [[Wyre Brook House|address]], [[Bewdley Road North|address]], [[Stourport-on-Severn|place]] [[DY13 8PX|postcode]]   URN SC491207
Provider: Severnside Care Ltd (Responsible Individual: [[Martin Gorringe|name]])   Registered Manager: [[Lorna Stourton|name]]
Independent person: [[Yvonne Ashby-Lyttle|name]]  Visit: announced? NO - unannounced  Date: Saturday [[21 November 2026|date]], 15:30-20:10
Children placed: 3 (capacity 4). Referred to by initials, as the regulations' guidance asks: T (15, placed by Arrow Valley
Council), J (16, Sandwell) and R (14, Shropshire). One bed vacant since [[6/11|date]].

1. THE CHILDREN'S VIEWS
I spoke with T and R separately, in the lounge and the garden, without staff, and with J briefly in the kitchen.
T ([[Tiana|name]]) said I could use her first name in the report "so it's not just a letter". She said the home is "alright"
and she likes two staff "a lot": [[Precious|name]] ("she does my hair and she don't judge") and [[Rhys|name]] ("he takes me to the
gym in [[Kidderminster|place]]"). She does not like the new night worker ([[Bartek|name]]) "because he reads my texts". (I raised
this with the manager; it is a misunderstanding about the phone contract check - see 4.) She misses her brother [[Kai|name]] (11), her best
friend [[Kacey-Leigh|name]] and her cousin [[Jordan Mayfield|name]]
and her nan, and said contact at nan's house in [[Astwood Bank|place]] is "the best bit of the week". She does not want to see
her dad ([[Dwayne|name]]) "until he stops promising stuff". She has been missing twice this month (see 3). She asked me to
tell the council that she wants her social worker [[Natalie|name]] to "stay, not change again", as she has had five.
(R also named his own friends in [[Bewdley|place]], [[Callum|name]] and [[Tegan|name]], and his mentor, [[Andy Pritchard|name]].)
R said he wants more money for the bus to [[Bewdley|place]], and that the food is "bare good" since Chef [[Kev|name]] started.
J said "no comment" and laughed and made me a cup of tea.

2. EDUCATION
T is on a reduced timetable at [[Kingsmead|school]] in [[Redditch|place]] (mornings only, taxi 50 minutes each way, escort
[[Glenys|name]]). She wants to move to [[Stourport High|school]] "where nobody knows me". Her attendance this half-term is
61%. The home's education lead ([[Sonia Pardoe|name]]) is waiting for a PEP meeting date from the virtual school.

3. MISSING EPISODES AND SAFEGUARDING (from the home's records for [[21 October|date]] - [[20 November|date]])
- [[2 November|date]], 16:40 to 02:15: did not return from school; found by West Mercia Police at a flat on [[Lodge Road|address]],
  [[Redditch|place]], with two adult men (names in police records). Return home interview by Barnardo's worker [[Shanice Wray|name]]
  on [[5/11|date]]. Strategy discussion held [[4/11|date]].
- [[14 November|date]], 21:00 to 11:30 next day: left through the lounge window; found in [[Birmingham|place]] ([[Digbeth|place]] coach
  station) by British Transport Police with £340 cash and two phones. NRM referral made by the council on [[17/11|date]].
- One physical intervention on [[15/11|date]] (two staff, standing hold, 3 minutes) when T tried to leave again at 23:50; no
  injury; debriefed by [[Rhys Hadley|name]] the next morning; T said it was "fair, I was kicking off".
- Staff have correctly logged four calls to the home's landline from a withheld number asking for "[[Tee|name]]".

4. STAFFING, PREMISES, RECORDS
Staff on shift during my visit: [[Precious Mukandi|name]] (senior, T's key worker), [[Rhys Hadley|name]], [[Bartek Nowicki|name]]
(waking night, from 20:00), [[Kevin Doolan|name]] (cook - the children's "Chef [[Kev|name]]") and the deputy manager, [[Tamsin
Onyango|name]]. The manager, [[Lorna Stourton|name]], came in at 18:00 at my request. I also spoke by phone to T's nan, Mrs
[[Sheila Mayfield|name]], who visits on Sundays with [[Kai|name]], and to the home's independent advocate, [[Gareth Mould|name]].
Rota: 9 of 11 posts filled; two agency staff this month (both known to the children). I read the daily logs for
[[14-16 November|date]], the missing-from-care logs, the sanctions book (one sanction: phone held overnight on [[15/11|date]]), the
complaints log (none) and the medication records (correct). The window restrictor in T's room has been fixed.
The "phone check" T complained of is the home's agreed safety plan (her social worker agreed it on [[18/11|date]]): staff look at
the phone's contacts list with her each evening, not her messages. [[Bartek Nowicki|name]] has been reminded of how to do it.

5. RECOMMENDATIONS
(a) The placing authority to confirm T's social worker will not change before the review on [[14 December|date]].
(b) The manager to chase the PEP and ask about a taster day at [[Stourport High|school]].
(c) Review the response to the landline calls with West Mercia Police's child exploitation team (DC [[Ashleigh Cox|name]]).
Report sent to: the registered manager, the RI, Ofsted, and the placing authorities' social workers ([[Natalie Evesham|name]] for T).
[[Y. Ashby-Lyttle|name]], Independent Person, [[23/11/2026|date]]
"""),
]

DOCS_E += [
    ("OCR'd handwritten missing-from-care grab pack (Philomena Protocol form)", """[Scanned from the paper grab pack kept in the office at
[[Wyre Brook House|address]]; text by the
scanner's OCR, not corrected. Handwritten by [[Precious Mukandi|name]] (key worker), updated [[18/11/2O26|date]].]

WEST MERCIA POLICE - PHILOMENA PROTOCOL - CHILD MISSING FROM CARE: INFORMATION FORM
Section 1  Child
Full narne: [[Tiana Jade MAYF1ELD-GRANT|name]]        Known as: [[Tee|name]] / [[TeeTee|name]] / "[[Ti|name]]"
D.O.B: [[3O/O9/2O11|dob]]       Age: 15      Gender: F      Ethnicity: Mixed - White and Black Caribbean
Height: 5ft 5 Build: slim  Hair: black, box braids (sometimes a straight wig, blonde)  Eyes: brown
Marks/scars: smaII scar left eyebrow; tattoo "[[K A I|name]]" inside right wrist (home-made)
Usually wears: black North Face puffer, grey Nike tech, Air Force 1s. Carries a pink Stanley cup.
Phone(s): own phone number not known (changes); home's phone given to her [[07451 603 928|phone]] (often off)
Medical: asthma (blue inhaler - usually has it). NHS no. [[343 362 7983|nhs]]. Allergic to penicillin. GP: Church Hill Surgery,
[[Redd1tch|place]]

Section 2  Placing authority and family
Social worker: [[Nata1ie Evesham|name]]  [[01905 846 330|phone]] / out of hours EDT
Mum: [[Donna MAYFIELD|name]]  [[44 Lowans Hi11 View|address]], [[Church Hi11|place]], [[Redditch|place]] [[B98 98Z|postcode]]  tel
[[07837 506 214|phone]]
   (mum not to be told where [[Tiana|name]] is found, per the care plan)
Nan: [[Shei1a Mayfie1d|name]]  [[3 Chape1 St|address]], [[Astwood Bank|place]]  tel [[01527 893 120|phone]] - safe, [[Tiana|name]] may go
there
Dad: [[Dwayne GRANT|name]]  lives [[Lozells|place]]/[[Handsworth|place]] area, [[B'ham|place]]  tel [[07960 318 772|phone]]
Brother: [[Kai Grant|name]] (11) - lives with mum, [[Birchfie1d Midd1e|school]] - [[Tiana|name]] wiII try to see him

Section 3  Places she has been found / may go
1. Flat above the vape shop, [[Lodge Rd|address]], [[Redditch|place]] (found there [[2/11|date]]) - adult maIes "[[Dre|name]]" and
"[[Smithy|name]]"
2. [[Matchborough|place]] centre - the shops and the underpass, with friends [[Kacey-Leigh|name]] and [[Morgan|name]]
3. [[Digbeth|place]] coach station / [[Birmingham|place]] New Street ([[14/11|date]], BTP)
4. Boyfriend "[[Zeke|name]]" ([[Ezekiel Brown|name]]?) - 18 or 19, from [[Evesham|place]] (drives a black Golf, part reg [[FN7O|vehicle]])
5. Friend's mum, Mrs [[Lavinia Hosein|name]], [[Winyates East|place]] - safe adult, has helped before
6. [[Kidderminster|place]] bus station - to get the 192 to [[Birmingham|place]]

Section 3a  Friends / associates (first names as staff know them): [[Kacey-Leigh|name]] [[Hosein|name]] (safe), [[Morgan|name]] (safe),
[[Jodie|name]] from [[Astwood Bank|place]] (safe), "[[Dre|name]]", "[[Smithy|name]]", "[[Zeke|name]]", "[[Kenny|name]]" (NOT safe),
[[Lee Chance|name]] (mum's ex - NOT safe)
Section 4  Risks (tick)   CSE [x]   CCE [x]   self harm [ ]   drugs [x] (cannabis)   alcohol [x]   other: NRM referral [[17/11|date]]
Photo attached: YES (taken [[1O/11/2O26|date]])
Signed: [[P. Mukandi|name]]   Checked by manager: [[L. Stourton|name]]   Date: [[18/11/26|date]]
"""),
]

DOCS_E += [
    ("National Referral Mechanism referral extract (child, criminal and sexual exploitation)", """NATIONAL REFERRAL MECHANISM - REFERRAL OF
A POTENTIAL VICTIM OF MODERN SLAVERY (CHILD) - EXTRACT
First Responder organisation: Arrow Valley Council (Children's Services)     Date submitted: [[17/11/2026|date]]
First Responder: [[Natalie Evesham|name]], Social Worker, Exploitation and Missing Team, [[Worcester|place]]
Contact: [[01905 846 330|phone]] / [[07814 220 691|phone]] / [[natalie.evesham@arrowvalley.gov.uk|email]]
Potential victim: [[MAYFIELD-GRANT, Tiana|name]]   DOB: [[30/09/2011|dob]]   NHS: [[343 362 7983|nhs]]   UPN: [[K885507529170|upn]]
Nationality: British    Current address: a children's home in Worcestershire (address withheld from this extract)
Home address: [[44 Lowans Hill View|address]], [[Church Hill|place]], [[Redditch|place]] [[B98 9BZ|postcode]]

ACCOUNT OF EXPLOITATION (summary of the evidence)
[[Tiana|name]] has been known to children's services since 2019 (neglect; domestic abuse between her mother, [[Donna Mayfield|name]],
and a former partner, [[Lee Chance|name]]). She came into care under section 20 in June 2026 after a fight with her mother and
was placed at [[Wyre Brook House|address]] in September.

1. Criminal exploitation. Since about April, [[Tiana|name]] has been seen with older males linked by West Mercia Police to a
drugs line run from [[Birmingham|place]] into [[Redditch|place]] and [[Bromsgrove|place]] (the "[[Kenny|name]]" line). On
[[14/11/2026|date]] she
was found by British Transport Police at [[Digbeth|place]] coach station with £340 and two phones, one of which received
messages offering drugs to users in [[Redditch|place]]. She said a man called "[[Dre|name]]" ([[Andre Lyle|name]], 24) told her she
owed him £600 for a phone that was "lost" when police searched the flat on [[Lodge Road|address]] on [[2/11|date]]. She said she
was made to carry "packs" inside her clothing from [[Birmingham|place]] to [[Redditch|place]] "about 6 times" and was paid in
clothes, vapes and food.
2. Sexual exploitation. On [[2 November|date]] she was found at the same flat with [[Andre Lyle|name]] and a second adult,
"[[Smithy|name]]" ([[Jermaine Smith|name]], 29). She told the return interview worker ([[Shanice Wray|name]], Barnardo's) that she had to
"be nice" to [[Smithy|name]]'s friends to pay off the debt. A sexual health clinic at [[Worcester|place]] saw her on
[[6/11/2026|date]].
3. Control. She has a tattoo of her brother's name done at the flat by [[Andre Lyle|name]], she believes, "so they know who I'm
loyal to". Her brother, [[Kai Grant|name]] (11, at [[Birchfield Middle School|school]]), was given £20 by "[[Dre|name]]" outside
school on [[12/11|date]] with a message for [[Tiana|name]] ("tell your sister she knows what she owes"). The school's DSL, Mr
[[Conrad Ellwood|name]], reported it the same day.

Indicators ticked: moved between locations; debt bondage; controlled by others; found in possession of money/phones; going
missing; older associates; unexplained gifts. Consent: not required for a child; [[Tiana|name]] was told about the referral on
[[17/11|date]] and said "whatever, they'll get me anyway".
Others named by [[Tiana|name]] in her account (police to research): "[[Kenny|name]]" ([[Kenneth Okoro|name]]?, 30s, [[Handsworth|place]]),
"[[Lil T|name]]" (a boy of about 16 from [[Batchley|place]]), a girl called [[Shannon|name]] who "used to do it before me", and a
driver called [[Mo|name]] with a silver Prius taxi ([[WM71 RZE|vehicle]]).
Professionals consulted before the referral: [[Precious Mukandi|name]] and [[Lorna Stourton|name]] ([[Wyre Brook House|address]]);
[[Shanice Wray|name]] (Barnardo's); Mr [[Conrad Ellwood|name]] ([[Birchfield|school]]); [[Delroy Campbell|name]] (the family's former
early help worker); [[Asha Mistry|name]] (virtual school); and T's nan, Mrs [[Sheila Mayfield|name]].
Other agencies informed: West Mercia Police (DC [[Ashleigh Cox|name]]); the Independent Child Trafficking Guardian service
(allocated [[18/11|date]]: [[Funmi Adeyemi|name]]); her father, [[Dwayne Grant|name]], [[07960 318 772|phone]], by phone on [[18/11|date]].
"""),
]

DOCS_E += [
    ("transcript of voice notes from a seized phone (police exhibit summary)", """WEST MERCIA POLICE - EXHIBIT SUMMARY (for the strategy
meeting; not for disclosure to the family)
Exhibit: ACX/4 - Samsung A15 (black), recovered from [[Tiana MAYFIELD-GRANT|name]] at [[Digbeth|place]] coach station, [[14/11/2026|date]]
Prepared by: DC [[Ashleigh Cox|name]] 2291, Child Exploitation Team, [[Redditch|place]]     Date: [[24/11/2026|date]]
Content: Snapchat voice notes saved to the phone's cache (transcribed by DC [[Cox|name]]; slang kept; [...] = inaudible).
Contacts as saved on the phone: "[[Dre|name]] 💰" (number ends 418; attributed to [[Andre LYLE|name]]), "[[Smithy|name]]" (attributed to
[[Jermaine
SMITH|name]]), "[[Zeke|name]] 🚗" ([[Ezekiel BROWN|name]], 19, [[Evesham|place]]), "mum 😤" ([[07837 506 214|phone]]), "nanny 💕"
([[01527 893 120|phone]]).

[[10/11/2026|date]] 22:14  from "[[Dre|name]] 💰" (0:38)
  "[[Tee|name]], where you at. I need you on the bando tomorrow, [[Lodge|address]], after school yeah. Don't be bringing that
  [[Kacey|name]] girl she's got a big mouth. And tell your brother I seen him at [[Birchfield|school]], he's a big man now innit."
[[10/11/2026|date]] 22:20  to "[[Dre|name]] 💰" (0:12) [voice of [[Tiana|name]]]
  "I can't, they check my phone at the home. [[Precious|name]]'s on tomorrow, she'll know. And leave [[Kai|name]] out of it."
[[11/11/2026|date]] 07:55  from "nanny 💕" (0:51)
  "Morning my darling, it's Nanny. Just to say I love you and [[Kai|name]]'s coming to mine Saturday, your mum's dropping him,
  so you come as well, I'll do the jerk chicken your grandad used to do. Ring me, [[Tee|name]]. Don't go with them boys."
[[13/11/2026|date]] 23:41  from "[[Smithy|name]]" (0:22)
  "[[Dre|name]] says you're six hundred down. You know how this goes. [[Brum|place]] Friday, Moor Street, the 9 o'clock.
  Wear the big coat."
[[14/11/2026|date]] 00:03  to "[[Zeke|name]] 🚗" (0:30) [voice of [[Tiana|name]]]
  "[[Zeke|name]], can you come get me from the window at like nine. Don't come up the drive, there's cameras. Park by the
  church on [[Bewdley Road|address]]. Please babe. I'll give you petrol money."
[[14/11/2026|date]] 06:12  from "mum 😤" (1:02)
  "[[Tiana|name]], it's Mum. The home rang me at four in the morning. Where are you? I'm not shouting. I'm not. Just come back
  to [[Wyre Brook|address]] or go to your nan's, I'll get you from anywhere, [[Worcester|place]], [[Brum|place]], anywhere. Your
  dad's been ringing me and all, he's going off his head, he's driving up from [[Handsworth|place]]. [[Kai|name]]'s crying."

OFFICER'S NOTE: "[[Tee|name]]" is how [[LYLE|name]] addresses her; "the bando" is the flat on [[Lodge Road|address]]; "Moor Street" is the
railway station in [[Birmingham|place]].
"""),
]

# --- F. Dando / Vine family (white British), Wick, Littlehampton, with a grandmother in Rustington ------------------------

HOME_F = d.Address("12 Beaconsfield Road", "Wick", "Littlehampton", "BN17 6LN")
NAN_F = d.Address("9 Sea Avenue", "", "Rustington", "BN16 2DG")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lily-Mae", "Dando")], dt.date(2013, 2, 8), addresses=[HOME_F], ids=["1843654792", "H938563212233"],
       schools=["Wickbourne Academy"]),
    _p("s", "sibling", [("Rory", "Dando")], dt.date(2015, 10, 2), addresses=[HOME_F], ids=["7123166353", "P938079244026"],
       schools=["Oak Grove Primary School"]),
    _p("m", "mother", [("Carly", "Dando")], dt.date(1988, 6, 19), addresses=[HOME_F], phones=["07590 441 286"],
       ids=["4885469643", "CR 74 31 92 A"]),
    _p("f", "father", [("Shaun", "Dando")], dt.date(1985, 1, 27), addresses=[HOME_F], phones=["07368 902 514"]),
    _p("g", "grandparent", [("Maureen", "Vine")], dt.date(1960, 3, 14), addresses=[NAN_F], phones=["01903 786 215"]),
    _p("p1", "professional", [("Bethan", "Arundel")], phones=["01903 218 774"], emails=["bethan.arundel@rifecoast.gov.uk"]),
], "c")

DOCS_F = [
    ("coastguard rescue team incident log", """HM COASTGUARD - COASTGUARD RESCUE TEAM INCIDENT LOG (CRT)
Team: [[Littlehampton|place]] CRT    Incident: 2026-SOL-1877    Tasked by: JRCC / Solent ops room    Date: Friday [[30 October 2026|date]]
Location: River Arun, east bank by the footbridge and the harbour entrance, [[Littlehampton|place]]   Tide: ebbing fast, HW 19:52
Team on scene: SO [[Gareth Pullinger|name]] (OIC), DSO [[Becky Hurst|name]], CRO [[Nathan Ede|name]], CRO [[Mo Rahman|name]]
Other units: RNLI [[Littlehampton|place]] (Atlantic 85: helm [[Jamie Suter|name]], crew [[Cerys Knott|name]], [[Alfie Gander|name]],
[[Priya Halai|name]]),
Sussex Police (2 units), SECAmb (1 DCA: [[Kath Brinsmead|name]], [[Jon Ayling|name]])

TIMELINE (from the team log)
21:38  999 call from a member of the public (Mr [[Dennis Gumbrell|name]], fishing from the east bank, [[07814 336 027|phone]]):
       teenagers jumping off the footbridge into the river, one girl "not come back up".
21:40  Paged. RNLI launched 21:44.
21:51  CRT on scene. Five young people on the bank, wet, two crying. Girl in the water about 60 m downstream, holding on to a
       mooring buoy by the fish quay, shouting.
21:56  RNLI crew (helm [[Jamie Suter|name]]) recovered the girl from the water and landed her at the RNLI station steps.
22:02  Casualty care by CRO [[Ede|name]] and SECAmb: girl about 13, very cold, smelt of alcohol, small cut to left shin.
       She gave her name as "[[Lily|name]]", then "[[Lily-Mae Dando|name]]", DOB "[[8th Feb 2013|dob]]", and address
       "[[Beaconsfield Road|address]], [[Wick|place]]". Said she had drunk "half a bottle of Smirnoff".
22:10  The other young people (names given to police): "[[Jax|name]]" ([[Jackson Tulley|name]], 17), [[Ellie-Rae Cooper|name]] (14),
       [[Summer Boxall|name]] (13), [[Reuben Snelling|name]] (15). [[Jax|name]] said he "dared" the girls and that [[Lily-Mae|name]] "did it
       three times".
22:14  Girl's mother ([[Carly Dando|name]], [[07590 441 286|phone]]) rung by police - no answer x3. Father ([[Shaun|name]]) answered on
       [[07368 902 514|phone]] at 22:20 and said he was "on the boat" at [[Shoreham|place]] and could not come. Grandmother,
       Mrs [[Maureen Vine|name]] ([[Rustington|place]]), attended at 22:41.
22:35  Girl conveyed to St Richard's Hospital, [[Chichester|place]], with nan (hypothermia, alcohol). PC [[Lydia Kerr|name]] 22817 to
       raise a child concern (STORM ref 1442-30102026).
22:50  CRT stood down. Team debrief at the station.

NOTES
- Third call this month about young people jumping from the footbridge (also [[11/10|date]] and [[24/10|date]]); the
  harbour master (Capt [[Ian Whitbread|name]]) is to be told.
- One of the boys said "[[Lily|name]]'s always down here, her dad don't care where she is".
- Witnesses spoken to by the police on the bank: Mr [[Gumbrell|name]] (the caller), two dog walkers ([[Pauline Eade|name]] and her
  husband [[Roy|name]], of [[Toddington|place]]) and the kiosk owner, [[Stavros Demetriou|name]], who had sold the boys the vodka?
  - he denies it; PC [[Kerr|name]] to follow up with trading standards ([[Martina Lusby|name]]).
- CRO [[Rahman|name]] found a phone on the bank in a pink case; handed to PC [[Kerr|name]].
Completed by: SO [[G. Pullinger|name]]    [[31/10/2026|date]] 00:20
"""),
]

DOCS_F += [
    ("online referral web form from a member of the public", """Rife Coast Council - Report a concern about a child (online form)
Submission ID: 0d7f3a21-RC  Submitted: [[02/11/2026|date]] 23:17  Routed to: Front Door (MASH) - [[Bognor|place]] / [[Littlehampton|place]]

Are you a professional? ( ) Yes (x) No
Your name (optional): prefer not to say
Your phone or email (optional): [[w.ockenden53@btinternet.com|email]]
Your relationship to the child: neighbour

Child's name (if known): [[lily mae dando|name]] and her brother [[rory|name]]
Child's age (approx): 13 and 11
Child's address or the area: [[beaconsfield rd|address]] [[wick|place]] (the house with the boat trailer on the drive, opposite
[[no 15|address]])
School (if known): [[wickbourne|school]] and [[oak grove|school]]
Parents'/carers' names (if known): [[Shaun|name]] and [[Carly|name]]

What is happening? (please tell us in your own words)
I have lived opposite for 6 years and never rung before but I cant keep quiet. The dad [[Shaun|name]] drinks, when he is back off
the boat its shouting every night, last night (Sun [[1st|date]]) it was 1am and something was thrown through the front room
window. The boy [[Rory|name]] came over to mine in his socks at 1.20 and asked if he could ring his nan. I let him use my phone
(he rang nan [[Maureen|name]] in [[Rustington|place]]) and she came and got him in a taxi. The mum [[Carly|name]] came out after
with her face all red and said "mind your own" to my wife.
The girl [[Lily-Mae|name]] is out all hours, I see her getting in a car with older lads at the [[Wick|place]] parade, a blue BMW
[[GX19 KDZ|vehicle]] I wrote it down. The police brought her home on a friday night last month wrapped in a foil blanket.
My wife says the girl has cuts on her arms, she saw in the summer when [[Lily|name]] was in shorts. [[Rory|name]] is a lovely boy,
always polite, he helps me with my car, but he looks thin and says he gets his own tea. Their nan [[Mo|name]] does her best
but she is 66 and not well. There is an older sister [[Chantelle|name]] who lives in [[Bognor Regis|place]] with a baby, she used to
have the kids sometimes.
I don't want them to know it was me please. We have to live here.

Is a child in immediate danger? ( ) Yes (x) No ( ) Don't know
Have you told the police? (x) No

Anything else? My wife [[Brenda|name]] says to tell you the boy's friend [[Leo|name]] from [[no 21|address]] ([[Leo Marchant|name]]) knows
more
and his mum [[Sharon|name]] is worried too. And the lad in the BMW is called [[Jax|name]] or [[Jaxon|name]], he lives at
[[Lyminster|place]].

[MASH triage, [[03/11/2026|date]], 08:40, [[Priti Solanki|name]]: known family (closed CIN 2024). Police STORM 1442-30102026
([[30/10|date]], coastguard, [[Lily-Mae|name]]) linked. Email address suggests Mr [[W. Ockenden|name]], [[no. 15|address]] - not to be
shared with the family. Passed to [[Bethan Arundel|name]] for a strategy discussion. RAG: amber.]
"""),
]

DOCS_F += [
    ("NHS 111 call record sent to the GP practice", """NHS 111 (South East Coast) - POST EVENT MESSAGE to the registered GP practice
To: Beaumont Surgery, [[Littlehampton|place]] (ODS H82041)     Sent: [[08/11/2026|date]] 02:31
Patient: [[DANDO, Lily-Mae|name]]   Female   DOB: [[08-Feb-2013|dob]]   NHS No: [[1843654792|nhs]]
Address: [[12 Beaconsfield Road|address]], [[Littlehampton|place]], [[BN17 6LN|postcode]]   Call-back no.: [[07590 441 286|phone]]
Caller: [[Vine, Maureen|name]] (grandmother) - 3rd party call; patient with the caller at the caller's home, [[9 Sea Avenue|address]],
[[Rustington|place]], [[BN16 2DG|postcode]]

Call 1 (health advisor [[Josh Penfold|name]]) 01:48
Reason: "granddaughter has taken some tablets". Pathway: Overdose/poisoning - deliberate. Disposition: clinical call-back
within 20 minutes. Safeguarding question answered YES by the caller.

Call 2 (clinician: [[Olumide Fashola|name]], paramedic, clinical advisor) 02:02-02:24
History (from the grandmother, then the patient): 13 y/o staying the weekend with nan "since the trouble at home". Took 8 x
500mg paracetamol at about 23:30 on [[07/11|date]] (nan's own tablets; packet of 16, 8 left) after an argument on Snapchat with
a boy ("[[Jax|name]]"). Told nan at 01:30. Weight approx 45 kg (= 89 mg/kg). No other substances; denies alcohol tonight.
Previous: superficial cuts to forearms (nan aware since August); coastguard incident [[30/10|date]] (nan's report).
Spoke to the patient: quiet, tearful, "I just wanted it to stop". Denies wanting to die "now". Not sure where her mum is;
father is "at sea".
Disposition: Emergency Department (attend within 1 hour) - ambulance not required. Advised: St Richard's, [[Chichester|place]]
or Worthing Hospital. Nan to drive (has a car); nan's neighbour, Mr [[Len Ashdown|name]], to go with them.
School (from the caller): [[Wickbourne Academy|school]], Year 8 (UPN on the 111 record: [[H938563212233|upn]]).
Safeguarding: a child protection concern raised through the 111 safeguarding hub ([[08/11/2026|date]] 02:28). Mother
[[Carly Dando|name]] to be told by ED. Nan says the social worker is "[[Bethan|name]] something at the council".
Call 3 (GP out of hours, Dr [[Rowan Hethersett|name]]) 02:30: note read, agrees with the disposition; asks the practice
(Dr [[Nkechi Obi|name]], the patient's named GP) to review on Monday [[09/11|date]] and to share with [[Bethan Arundel|name]].
Worthing ED confirmed arrival at 03:05 (Sister [[Fran Gillam|name]]).
"""),
]

DOCS_F += [
    ("detached youth work session recording sheet", """RIFE COAST YOUTH SERVICE - DETACHED YOUTH WORK - SESSION RECORDING SHEET
Area: [[Littlehampton|place]] seafront, East Green, the [[Beach Road|address]] shelters and the footbridge, then [[Wick|place]] parade
Date: Friday [[13/11/2026|date]]   Time: 18:30-21:30   Weather: dry, cold, windy
Workers: [[Dom Pellett|name]] (lead), [[Kirsty Abadi|name]], [[Tolu Bankole|name]] (sessional, first session)
Young people met: 23 (14 male, 9 female) in 4 groups. Names as given to us (first names or nicknames only; ages as told)

Group 1 (the shelters, 18:40-19:30): [[Jax|name]] (17), [[Reuben|name]] (15), [[Tyler|name]] (15), "[[Biscuit|name]]" ([[Harvey|name]], 14),
[[Callum|name]] (16), [[Destiny|name]] (15), [[Ellie-Rae|name]] (14), [[Summer|name]] (13), [[Lily-Mae|name]] (13)
Group 2 (East Green, 19:35-20:10): [[Kacper|name]] (14), [[Oskar|name]] (13), [[Mia|name]] (13), [[Ruby|name]] (14), [[Bailey|name]] (12) -
we walked [[Bailey|name]] to his mum's flat on [[Surrey Street|address]] at 20:05 (his mum [[Kelly|name]] thanked us)
Group 3 (the footbridge, 20:15-20:45): [[Frankie|name]] (16), [[Archie|name]] (16), "[[Tank|name]]" (17, real name not given),
[[Marley|name]] (15)
Group 5 (outside the chip shop on [[Pier Road|address]], 21:00, met by [[Tolu|name]] and [[Kirsty|name]] only): [[Shakira|name]] (15),
[[Evie-Grace|name]] (14), [[Tommy Boxall|name]] (16, [[Summer|name]]'s brother), [[Nathan|name]] (15), [[Dylan|name]] (14)
Group 4 ([[Wick|place]] parade, 20:55-21:25): [[Rory|name]] (11), [[Kai|name]] (12), [[Leo|name]] (11), [[Sonny|name]] (12), [[Harley|name]]
(12)

WHAT HAPPENED / CONVERSATIONS
- Group 1 had two bottles of cider and a vape being passed round. [[Jax|name]] was "running the show" and told the younger girls
  to "go get chips" with money he gave them. [[Lily-Mae|name]] stayed close to [[Jax|name]], said she is "living at my nan's now"
  and is "allowed out till 10". When [[Kirsty|name]] sat with her alone she said she had been "in the hospital last week" and
  showed a bandage on her wrist. She said "[[Bethan|name]]'s alright but she keeps asking the same things". She asked for the
  self-harm info card (given) and for [[Kirsty|name]]'s number (given the team phone, [[07765 492 031|phone]]).
- A blue BMW ([[GX19 KDZ|vehicle]]) pulled into the [[Beach Road|address]] car park at 19:20 and [[Jax|name]] and [[Destiny|name]] got in
for
  about 5 minutes. Driver: a man about 25, with a sleeve tattoo. [[Dom|name]] noted the reg (also in the MASH referral, per
  PCSO [[Gail Ruff|name]] who stopped by at 19:45).
- Group 4: [[Rory|name]] said he is "at nan [[Mo|name]]'s too" and that he "hates it at home when Dad's back". He said his dad
  "smashed the telly" and that his mum "is going to Auntie [[Chantelle|name]]'s in [[Bognor|place]]". He asked if the youth club at
  the Wickbourne Centre is open on Mondays ("yes, 5-7").
- [[Tolu|name]] spoke to [[Marley|name]] (15), who said he was "kicked out" last night and slept at [[Archie|name]]'s. Housing
  options info given; [[Marley|name]] declined a referral.

ADULTS MET: [[Kelly Marsh|name]] ([[Bailey|name]]'s mum); [[Gordon|name]] at the chip shop; PCSO [[Gail Ruff|name]] and PCSO
[[Wes Tilley|name]];
the street pastors [[Anne Rudd|name]] and [[Joseph Okafor|name]] (on the East Green from 20:00).

SAFEGUARDING ACTIONS
1. [[Lily-Mae Dando|name]] and [[Rory Dando|name]] - concerns passed to their social worker [[Bethan Arundel|name]] (email [[14/11|date]]
   09:05, [[bethan.arundel@rifecoast.gov.uk|email]]) and the police exploitation team (about [[Jax|name]], the BMW and the cider).
2. [[Marley|name]] - logged; to be followed up next Friday.
Recorded by [[D. Pellett|name]] [[13/11/2026|date]] 22:40     Line manager sign-off: [[Sue Chitty|name]], [[16/11|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 22 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 21:28 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "djudge",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "abba", "emaye", "etiye", "ato",
           "w/ro", "w/rt", "weyzero", "abune", "kesis", "deacon", "father", "ama", "mama", "baba", "a-ma", "a-yi", "popo",
           "gung gung", "judge", "fr", "pastor", "chef", "capt", "so", "dso", "cro", "ወ/ሮ"}
_AFTER = {"senior", "junior", "sr", "jr"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "staffordshire",
               "staffs", "west midlands", "the west midlands", "the black country", "black country", "worcestershire",
               "herefordshire", "shropshire", "berkshire", "royal berkshire", "kent", "east kent", "sussex", "west sussex",
               "east sussex", "the south east", "south east", "ethiopia", "eritrea", "tigray", "amhara", "oromia",
               "hong kong", "china", "the mainland", "kowloon", "the new territories", "new territories", "macau",
               "ireland", "spain", "turkey", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "W/ro Almaz",
# "ወ/ሮ", "Ato Girma", "Abba Haile", "Emaye Tsehay", "Deacon Yonas", "Fr Haile", "Pastor Daniel", "Capt Ian", "Chef Kev", "CRO
# Nathan"; and after one: "Mr Salt senior") and counties, regions and countries ("Staffordshire", "the Black Country",
# "Berkshire", "Kent", "West Sussex", "Ethiopia", "Tigray", "Hong Kong").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
