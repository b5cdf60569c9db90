"""Set 156: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the sets being
written by other helpers at the same time (bench/redaction_set154.py, redaction_set155.py, redaction_set157.py and their tests),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here;
most of set 21's documents were not read, only its first document and a few lines of its last); the docstrings, and only the
docstrings, of bench/redaction_set7.py to redaction_set153.py, printed to a scratch file and searched for the towns, districts
and communities earlier sets used; and the ruff settings in pyproject.toml. bench/redaction_handwritten.py, bench/redaction_heldout.py
and set 15's checker were not opened (set 21's use of them was copied). Phone numbers were checked with the phonenumbers library
and NHS numbers made with the mod-11 check and UPNs with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking
is found after scoring, correct only the marking and say so here.

Six families in Tamworth and Lichfield (Staffordshire), each from a town, district or estate no earlier set (7 to 153) used as a
family's home. Four of the kinds most common in children's social care: a white British family in Glascote, Tamworth, with a
grandmother in Wilnecote and a father's mother in Belgrave (Bagnall / Whitehouse; domestic abuse with strangulation seen by a boy
of 11, a nan who takes the children, a father who reaches his son on Snapchat), a white British and Irish family in Stonydelph,
Tamworth, with a father in Dosthill and a grandmother in Letterkenny (Doherty / Kettle; a mother's drinking, a girl of 13 caring
for her and missing school, a brother who walks himself to school, a family group conference), a British Sikh Punjabi family in
Belgrave, Tamworth (Sandhu / Gill; a bruise on a non-mobile baby, a low mother, a boy of 3's words at nursery, a strategy
discussion, names in Gurmukhi) and a white British family in Chadsmead, Lichfield, with a father in Chase Terrace (Mercer / Fox;
a girl of 16 criminally exploited and going missing, older males, cars). Two from communities no earlier set used: a Frisian
family from Friesland in the Netherlands in Boley Park, Lichfield, with a grandmother in Grou and an aunt in Gorredijk (Hoekstra /
Dijkstra; a mother low since her own mother's fall, a girl of 12 cooking for the family, a father who shouts in Frisian, letters
in Frisian) and an Old Colony (Low German) Mennonite family from the Riva Palacio colony in Bolivia in Fazeley, near Tamworth,
with family in Cuauhtémoc, Mexico, and Winkler, Manitoba (Friesen / Wiebe; a belt used on the children, children kept out of
school, a mother's post-natal depression, a minister's letter in Plautdietsch). 24 documents: a police public protection
notice, a nan's handwritten letter, a boy's Snapchat messages typed up, a child protection conference decision sheet, a
school's persistent absence letter, a mother's 2am voice note transcribed, a family group conference plan in the family's
words, a scanned emergency department discharge summary with OCR errors (O for 0, 1 for l), a health visitor's SystmOne contact
record (with names in Gurmukhi), a typed-up WhatsApp chat between sisters in Punjabi (Roman script) and English, a nursery's
safeguarding concern form, a MASH strategy discussion record, a chronology of significant events, return home interview notes
typed fast on a phone, an email chain between a social worker, a school and the police, child exploitation panel minutes, a
single assessment's family history section, a grandmother's letter in Frisian with its translation, a Microsoft Teams chat
pasted into a case note, a child in need plan, a GP's referral letter, a minister's note in Plautdietsch with its translation,
a home visit case note and a scanned in-year school admission form in capitals.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Ireland, India, the Netherlands, Bolivia, Mexico); NHS numbers pass their check digit and UPNs (LA 860,
Staffordshire) their check letter; NI numbers have a valid format. The council (Tame Vale), the schools' attendance partnership,
the GP practices (Wilnecote Surgery, Glascote Health Centre, Aldergate Medical Practice, Fazeley and Mile Oak Medical Centre,
Boley Park surgery), Little Acorns Day Nursery, Glascote Heath Primary School and Stonydelph Meadows Primary School, the football
club (Tame Valley Rangers) and the Frisian society are invented; towns, districts, estates, villages, real schools and
colleges (The Rawlett School, King Edward VI School, Nether Stowe School, Leomansley Primary School, Fazeley Village Primary
School, South Staffordshire College), charities and services, real or not (Glow, Catch22, Change Grow Live, Let's Talk Wellbeing,
Staffordshire Young Carers), hospitals (Good Hope, Queen's Hospital Burton, Sir Robert Peel), police forces, shops, landmarks
(the Snowdome, Beacon Park), apps and laws are real and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Dr, PC, PCSO, DC,
DS, DI, Sgt, Sr, Nan, Nanna, Aunty, Mum, Papa, "senior" after a name, the Punjabi didi, mummy ji, bhua ji and Biji, the Frisian
beppe, pake, heit and mem, the Low German Ohm, Mumtje and Grossmame) stay outside the name span, whether they come before or after
the name ("Mrs Sandhu senior", "ISAAK KLASSEN (OHM)"); a possessive 's and a bare s in texting ("bittu"s, "Alfie Reeve"s) stay
outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span ("BAGNALL, Shannon",
"SANDHU, Gurleen"), and so is "First SURNAME" and "SURNAME First"; an initial with a surname is one span ("G Orton", "R.
Doherty", "A. Friesen"), and so is a first name with an initial after it ("Sophie A", "Ollie B"); initials alone ("BM", "B.M.", a lone
"j") are not marked; a name, address,
school or date broken by a line break is one span holding the break; social media handles ("tj_gamer2015") are not marked, and
a contact saved as "Dad" is not a name; a family name in a chat's title ("Hoekstra kids - network") is a name. A street address
is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's
bare house number ("no. 24", "no. 43", "no. 14") and an address abroad ("Tsjerkepaad 7", Grou; "Kleasterlaan 22", Gorredijk,
with its Dutch postcode "8401 CX"); towns, cities, villages, districts and estates are places, at home or abroad, in any
language's form ("Grou" and "Grouw", "Ljouwert" and "Leeuwarden", "Snits" and "Sneek") and in lower case in messages ("stoney"
for Stonydelph, "two gates", "handsworth"); countries, counties, provinces and regions are not ("Staffordshire", "Friesland",
"the Netherlands", "Bolivia", "Mexico", "Manitoba", "Ireland"); organisations are not marked even when they hold a town's name
("Glascote Health Centre", "Wilnecote Surgery", "Boley Park surgery", "Lichfield Adolescent Team", "Tamworth 0-19 Team",
"CGL Tamworth"); a school's, college's or nursery's name is a school, and so is its short form ("Rawlett", "KEVI", "Glascote
Heath", "Stonydelph Meadows", "Leomansley", "Nether Stowe", "Little Acorns", "south staffs college"); a date of birth is dob,
any other calendar date with a day is date (a weekday before it stays outside), and the bare day in a diary line or a range
("the 19th", "the 3rd", "3-17 Dec") is a date span; months and years alone are not marked; pets are not names; parks, shopping
centres and attractions are landmarks and stay unmarked (Beacon Park, the Snowdome; but see the choices below for Ventura Park); a surname
or first name that is also an
English word or a town is marked by what it refers to (Street, Fox, Kettle, Salt, Cope, Bird, Peter, Hood, Read, Pye and
Ash are names when they are people; Hockley, Kingsbury and Harwich are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR misreadings keep their
kind ("R0ISIN", "E11erbeck", "Stonyde1ph", "TAMW0RTH", "O8/11/2026", "Sky e" split by the scanner are marked as a name, an
address, a place and a date as read); a retail park where a family meeting happened ("Ventura Park") or where a mother works
("Ventura") locates the family and is marked as an address, like a street, while the Snowdome and Beacon Park, mentioned in passing, stay
unmarked; a colony and its numbered village in Bolivia ("Riva Palacio", "Campo 14", "Nuevo Durango") are places; a Low German
date ("30. Novemba") and a Frisian one ("18 novimber 2026", "3 desimber") are dates; a nickname or street name used for an
exploiter ("T-Bone", "Lil Rees") is a name; a partial vehicle registration ("LR19") is a vehicle; a Gurmukhi name ("ਗੁਰਲੀਨ",
"ਸੁਰਜੀਤ ਕੌਰ") is a name; "Kaur" and "Singh" inside a Sikh name are part of the name span; a police occurrence number, a collar
number, a crime reference and a CAD number are not marked.

Self-check without the detector: `python -m bench.redaction_set156` (and tests/test_redaction_set156.py) runs set 15's checker
on this set as set 21 does, adds this set's titles and kinship words (before and after a name) and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents,
1,010 gold spans, 580 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Bagnall / Whitehouse family (white British), Glascote, Tamworth -------------------------------------------------

HOME_A = d.Address("22 Sherbourne Avenue", "Glascote", "Tamworth", "B77 2LB")
NAN_A = d.Address("5 Ploughmans Walk", "Wilnecote", "Tamworth", "B77 5PN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Whitehouse")], dt.date(2015, 6, 14), addresses=[HOME_A], ids=["7477127823", "V860180851775"],
       schools=["Glascote Heath Primary School"]),
    _p("s", "sibling", [("Kaycee", "Bagnall")], dt.date(2021, 2, 3), addresses=[HOME_A], ids=["5619730697"]),
    _p("m", "mother", [("Shannon", "Bagnall")], dt.date(1997, 9, 22), addresses=[HOME_A], phones=["07719 402 386"],
       ids=["JR 44 81 26 B"]),
    _p("f", "father", [("Ricky", "Whitehouse")], dt.date(1993, 1, 8), phones=["07845 611 209"]),
    _p("g", "grandparent", [("Maureen", "Bagnall")], dt.date(1966, 4, 30), addresses=[NAN_A], phones=["01827 289 514"]),
    _p("p1", "professional", [("Gemma", "Orton")], phones=["01827 70 9216"], emails=["gemma.orton@tamevale.gov.uk"]),
], "c")

DOCS_A = [
    ("police public protection notice after a domestic call-out", """STAFFORDSHIRE POLICE - PUBLIC PROTECTION NOTICE (PPN) - DOMESTIC ABUSE
Occurrence: 26/1184/DA                 Date/time of call: Saturday [[31/10/2026|date]] 23:14
Attending: PC 4471 [[Daniel Brookes|name]], PC 1902 [[Aisha Rahman|name]]      Supervisor: Sgt [[Lee Harrold|name]]
Location: [[22 Sherbourne Avenue|address]], [[Glascote|place]], [[Tamworth|place]] [[B77 2LB|postcode]]

VICTIM: [[BAGNALL, Shannon|name]]   DOB [[22/09/1997|dob]]   Tel [[07719 402 386|phone]]
SUSPECT: [[WHITEHOUSE, Ricky|name]]   DOB [[08/01/1993|dob]]   Tel [[07845 611 209|phone]]   Vehicle: grey Corsa [[YR16 KWD|vehicle]]
CHILDREN PRESENT: [[Tyler-Jay WHITEHOUSE|name]] ([[14/06/2015|dob]], Year 6 at [[Glascote Heath Primary|school]]); [[Kaycee BAGNALL|name]]
([[03/02/2021|dob]]).

Circumstances: call from a neighbour, [[Pat Illsley|name]] at [[no. 24|address]], who heard screaming and "the little lad shouting
stop it". On arrival the front door was open. [[Shannon|name]] was in the kitchen holding [[Kaycee|name]], a red mark to the left
cheek. [[Ricky|name]] had left on foot towards [[Kettlebrook|place]] before we got there. [[Tyler-Jay|name]] (known as "[[TJ|name]]")
was on the landing in his school jumper. He told PC [[Rahman|name]] that "dad threw the Xbox at mum and then grabbed her neck"
and that he rang his nan. His nan, [[Maureen Bagnall|name]] of [[5 Ploughmans Walk|address]], [[Wilnecote|place]] ([[01827 289 514|phone]]),
arrived at 23:40 and took both children to hers for the night.
[[Ricky Whitehouse|name]] was found at 00:35 on Sunday [[1 November|date]] by PCSO [[Joanne Buckley|name]] outside the Co-op on
[[Watling Street|address]] and arrested. He said [[Shannon|name]] "started it" and that his mate [[Dazza|name]] ([[Darren Ensor|name]])
would say so.
DASH: 15 ticks - HIGH. MARAC referral made [[01/11/26|date]]. Previous: call on [[14/08/2026|date]] (no crime) and the
[[Belgrave|place]] address of his mother, [[Carol Whitehouse|name]], given as bail address: [[31 Tinkers Green Road|address]],
[[Belgrave|place]], [[B77 2HP|postcode]].
Shared with: Tame Vale MASH, [[Glascote Heath|school]] DSL (Mrs [[Harper|name]]), health visiting (Tamworth 0-19 team).
Other persons: [[Pat Illsley|name]] (informant, [[24 Sherbourne Avenue|address]], [[07470 118 562|phone]]); [[Keith Illsley|name]] (her
husband, saw the suspect leave); [[Darren ENSOR|name]] ("[[Dazza|name]]", named by suspect, not spoken to, of [[Kettlebrook Road|address]],
[[Kettlebrook|place]]); [[Carol WHITEHOUSE|name]] (suspect's mother, [[07488 260 731|phone]]). Previous partner of suspect:
[[Leanne Tolley|name]], [[Polesworth|place]] (DA 2019, [[Tamworth|place]] custody record).
"""),
    ("a nan's handwritten letter to the social worker", """[[5 Ploughmans Walk|address]]
[[Wilnecote|place]]
[[10th Nov|date]]

Dear [[Gemma|name]]
I am writing this because I cant get you on the phone and I am no good at emails, my grandaughter [[Jade|name]] ([[Shannon|name]]s
cousin) is going to drop this in at Marmion House for me.
I want you to know I will have the kids for as long as it takes. [[TJ|name]] has been sleeping on my settee and [[Kaycee|name]] in with me.
[[Shannon|name]] comes every day after work at [[Ventura|address]], she is doing her best but she keeps texting [[Ricky|name]]
and I know she does
because [[Kaycee|name]] says "daddy on mummys phone". I have told her til I am blue in the face.
[[Ricky|name]] mum [[Carol|name]] rang me Sunday gone saying I am "poisoning" the kids against him. I put the phone down. Her number
is [[07488 260 731|phone]] if you want it. She lives up [[Belgrave|place]] near the shops, and he is there, I seen his Corsa outside
on Saturday [[7th|date]] when I went to the Aldi.
[[TJ|name]] is wetting the bed again. He wont go up [[Glascote|place]] to his football at Tame Valley Rangers cos he thinks his dad
will be there. His mate [[Alfie Reeve|name]]s mum [[Kerry|name]] has offered to take him, she lives on [[Ninefoot Lane|address]].
I have got a appointment for him at the doctors at the [[Wilnecote|place]] surgery on the [[19th|date]].
I am 60 and I have got my knees but I can manage. Please dont let them go back to that house while he is about.
Yours sincerely
[[Maureen Bagnall|name]] (Nanna [[Mo|name]])
[[01827 289 514|phone]] (house) my mobile is broke
"""),
    ("a boy's Snapchat messages photographed by his nan and typed up", """Typed from photos [[Maureen Bagnall|name]] brought in on
[[12/11/2026|date]]. Snapchat, [[TJ|name]]'s account "tj_gamer2015"
(handle not a name). Chats with "Dad" and with "[[Mason|name]]". Spelling as on the screen. Typed by [[G Orton|name]], SW.

Dad  Sat [[7 Nov|date]]
Dad: tj its dad. ur nan got my number blocked
Dad: tell ur mum i want 2 see u and [[kaycee|name]]
tj_gamer2015: nan sed im not aloud
Dad: ur nan is a liar. meet me at the park by [[stoney|place]] after school mon
Dad: dont tell mrs [[harper|name]] or the social
tj_gamer2015: ok
Dad: bring ur mums new key
[[Mason|name]]  Sun [[8 Nov|date]]
[[Mason|name]]: u comin to [[ricky d|name]]s party saturday
tj_gamer2015: cant my dad is going mad
[[Mason|name]]: my mum sed u can stop at ours in [[amington|place]]
tj_gamer2015: ask ur mum if [[kaycee|name]] can come 2 shes 5 lol
[[Mason|name]]: [[jordan|name]] sed ur dad was at the snowdome with [[tanya|name]]
tj_gamer2015: who is [[tanya|name]]
[[Mason|name]]: [[tanya clews|name]] from [[two gates|place]]. [[maddy|name]]s big sister
tj_gamer2015: i hate him
[[Mason|name]]  Mon [[9 Nov|date]]
[[Mason|name]]: ur dad was outside school. mr [[cooper|name]] told him to go
tj_gamer2015: i hid in miss [[begum|name]]s room
[[Mason|name]]: [[lily|name]] sed he had [[carls|name]] car. [[carl mills|name]] from [[glascote|place]]
tj_gamer2015: dont tell nanna [[mo|name]]

Note: "[[Mason|name]]" is [[Mason Pickering|name]], Year 6, same class. "the snowdome" (the Snowdome ski slope) is a landmark, unmarked.
"""),
    ("a child protection conference's decision sheet", """TAME VALE COUNCIL - INITIAL CHILD PROTECTION CONFERENCE - DECISION SHEET
Children: [[Tyler-Jay Whitehouse|name]] (DOB [[14.06.2015|dob]]) and [[Kaycee Bagnall|name]] (DOB [[03.02.2021|dob]])
Date: Wednesday [[18 November 2026|date]], Marmion House, [[Tamworth|place]], 10.00-12.05       Chair: [[Nadine Ferris|name]] (IRO)
Present: [[Shannon Bagnall|name]] (mother); [[Maureen Bagnall|name]] (maternal grandmother); [[Gemma Orton|name]] (social worker);
[[Emma Harper|name]] (DSL, [[Glascote Heath Primary School|school]]); [[Rachel Dunn|name]] (health visitor); DC [[Sam Pountney|name]]
(Staffordshire Police); [[Fiona Littler|name]] (IDVA, Glow); [[Beth Sutton|name]] (minutes).
Apologies: Dr [[Kuldeep Athwal|name]] (GP, Wilnecote Surgery) - report received.
Not invited: [[Ricky Whitehouse|name]] (bail conditions; views sought in writing, none received by [[16/11/2026|date]]).

Decision: both children subject to a child protection plan, category PHYSICAL ABUSE (unanimous).
Core group: first meeting [[2 December 2026|date]], 15.30 at [[Glascote Heath|school]]. Review conference by [[8
February 2027|date]].
Key actions: [[Gemma|name]] to visit [[Ploughmans Walk|address]] weekly; [[Fiona|name]] to complete safety planning with [[Shannon|name]]
and apply for a non-molestation order; [[Emma|name]] to arrange ELSA sessions for [[TJ|name]]; [[Rachel|name]] to see [[Kaycee|name]] at
Nanna [[Mo|name]]'s by [[27/11|date]]; DC [[Pountney|name]] to update on the charge (ABH, non-fatal strangulation) and bail address
([[Tinkers Green
Road|address]], [[Belgrave|place]]) and the contact with [[TJ|name]] on Snapchat.
Mother's view: "[[Ricky|name]]'s not coming back. I just want my kids home." Grandmother's view: the children stay with her in
[[Wilnecote|place]] until [[Ricky|name]] is dealt with.
Mother's NI number (for the housing and benefit check by [[Beth|name]]): [[JR 44 81 26 B|ni]]. [[TJ|name]]'s UPN [[V860180851775|upn]].
Dissent: none. Distribution: all present ([[gemma.orton@tamevale.gov.uk|email]], [[emma.harper@glascoteheath.staffs.sch.uk|email]]); Mr
[[Whitehouse|name]] (decisions only, by post to the bail address).
"""),
]
# --- B. Doherty / Kettle family (white British and Irish), Stonydelph, Tamworth ---------------------------------------------

HOME_B = d.Address("41 Ellerbeck", "Stonydelph", "Tamworth", "B77 4JD")
DAD_B = d.Address("9 Foxglove Close", "Dosthill", "Tamworth", "B77 1NR")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Skye", "Doherty")], dt.date(2012, 11, 27), addresses=[HOME_B], ids=["8239384994", "C860158396185"],
       schools=["The Rawlett School"]),
    _p("s", "sibling", [("Finn", "Kettle")], dt.date(2017, 8, 9), addresses=[HOME_B], ids=["4518471563", "H860202817769"],
       schools=["Stonydelph Meadows Primary School"]),
    _p("m", "mother", [("Roisin", "Doherty")], dt.date(1988, 3, 17), addresses=[HOME_B], phones=["07902 337 514"]),
    _p("f", "father", [("Craig", "Kettle")], dt.date(1986, 12, 1), addresses=[DAD_B], phones=["07583 914 062"]),
    _p("p1", "professional", [("Owen", "Salt")], phones=["01827 61 4073"], emails=["owen.salt@tamevale.gov.uk"]),
], "c")

DOCS_B = [
    ("a school's persistent absence letter", """[[Stonydelph Meadows Primary School|school]] and [[The Rawlett School|school]] - Tamworth
Attendance Partnership
[[Ellerbeck|address]] Campus, [[Stonydelph|place]]

Ms [[R. Doherty|name]]
[[41 Ellerbeck|address]]
[[Stonydelph|place]]
[[Tamworth|place]]
[[B77 4JD|postcode]]                                                               [[4 November 2026|date]]

Dear Ms [[Doherty|name]],
Re: [[Skye Doherty|name]] (Year 9, [[Rawlett|school]]) and [[Finn Kettle|name]] (Year 4, [[Stonydelph Meadows|school]])
I am writing because [[Skye|name]]'s attendance this term is 61% and [[Finn|name]]'s is 78%. [[Skye|name]] missed every Monday and
Friday between [[7 September|date]] and [[23 October|date]], and [[Finn|name]] was brought late (after 9.30) on 14 mornings.
On Thursday [[15th October|date]] [[Finn|name]] told his teacher, Mr [[Okafor|name]], that he had "walked himself" because "[[Skye|name]]
was in bed and mum was poorly". [[Skye|name]] has told Mrs [[Bhamra|name]], her head of year, that she "has to look after mum".
We would like to meet with you on Tuesday [[10 November|date]] at 9.00 with [[Owen Salt|name]] from children's services and our
education welfare officer, [[Lorraine Hood|name]].
UPNs for our records: [[Skye|name]] [[C860158396185|upn]]; [[Finn|name]] [[H860202817769|upn]].
If you cannot come, please ring me on [[01827 475 690|phone]], or email [[h.jepson@stonydelphmeadows.staffs.sch.uk|email]].
Yours sincerely,
[[Hannah Jepson|name]]
Attendance and Family Liaison Lead
"""),
    ("a voice note from a mother transcribed by the social worker", """Voice note from [[Roisin Doherty|name]] to [[Owen Salt|name]]'s
work mobile, received [[06/11/2026|date]] 02:17, 3 min 40 s.
Transcribed by [[O Salt|name]] the same morning, word for word as far as I could hear. [inaudible] where I could not.

"[[Owen|name]] it's [[Roisin|name]]. Sorry it's late. I just. I can't sleep again. I'm not drinking, I promise you, I've been to the
[[Dosthill|place]] meeting twice with [[Bernie|name]], ask her. [[Bernadette|name]], from the group, she's my sponsor like. Her number's
[[07961 285 407|phone]]. [inaudible] It's [[Craig|name]]. He says if I don't sign the thing [[Finn|name]] goes to live with him and
[[Stacey|name]] in [[Dosthill|place]] and [[Skye|name]] can go in care for all he cares. He said that in front of [[Finn|name]] at the
[[Ventura Park|address]] McDonald's. [[Skye|name]] won't go to her dad's since the thing with [[Stacey|name]]'s son, [[Kai|name]],
I told you about that. She won't say. My mam says come home to [[Letterkenny|place]], she's on at me every night on the phone,
[[+353 86 214 7730|phone]], she says Aunty [[Nuala|name]]'s got a house empty in [[Ramelton|place]]. [crying] I can't take the kids
out of school, can I. Can I? Ring me, [[Owen|name]]. Not before ten though, I've got [[Finn|name]]. Bye."
Action: rang [[Roisin|name]] 10.20 - see case note of [[6 Nov|date]].
"""),
    ("a family group conference plan written in the family's own words", """FAMILY GROUP CONFERENCE - OUR FAMILY PLAN
For: [[Skye|name]] and [[Finn|name]]        Held: Saturday [[21st November 2026|date]], [[Stonydelph|place]] Library meeting room
Coordinator: [[Jas Khera|name]] (independent FGC service)       Social worker (first part only): [[Owen Salt|name]]

Who came: Mum ([[Roisin|name]]); Dad ([[Craig|name]]); Nan [[Siobhan Doherty|name]] (on video from [[Letterkenny|place]]); Aunty
[[Nuala McGettigan|name]] (on video from [[Ramelton|place]]); Uncle [[Pádraig|name]] ([[Paddy|name]], mum's brother, drove from
[[Coventry|place]]); [[Bernie Kinsella|name]] (mum's friend and sponsor); [[Stacey Lowe|name]] (dad's partner) for the first hour.
[[Skye|name]] came for the end and wrote her own bit with [[Jas|name]].

WHAT WE ARE WORRIED ABOUT
- Mum's drinking and her being too low to get up. [[Skye|name]] doing everything.
- [[Finn|name]] getting himself to school.
- [[Skye|name]] not feeling safe at dad's because of [[Kai|name]].

OUR PLAN
1. Mon, Wed, Fri mornings: [[Paddy|name]] can't (work), so [[Bernie|name]] comes at 7.45 and walks [[Finn|name]] up to
[[Stonydelph
Meadows|school]]. Tue and Thu: Dad takes him from [[Dosthill|place]], starting [[24/11|date]].
2. Mum goes to her meetings (Tue and Thu at the church hall in [[Dosthill|place]], Sat at [[Fazeley|place]]) and to Change Grow Live
on Wednesday [[25th|date]].
3. [[Skye|name]] does NOT go to dad's. Dad sees her for tea at Nan [[Kettle|name]]'s... (Nan [[Jean Kettle|name]], [[Hockley|place]],
[[07707 538 126|phone]]) on Sundays.
4. If Mum has a bad night, [[Skye|name]] rings [[Bernie|name]] ([[07961 285 407|phone]]) or Nan [[Jean|name]], not dad.
5. Cousins: [[Ciara|name]] and [[Oisín|name]] ([[Paddy|name]]'s kids) to have [[Finn|name]] over in [[Coventry|place]] on the [[28th|date]].
Christmas: Nan [[Siobhan|name]] flies over [[18 December|date]] and stays till the [[2nd January|date]].

[[SKYE|name]]'S BIT (her words): "I want to stay with mum. I don't want to be her carer I want to be her daughter. I don't want
[[Kai|name]] to know where I am. I'm fine at [[rawlett|school]] if people stop asking me."
Review: [[9 January 2027|date]] at the library.

WHO TO RING
Mum [[07902 337 514|phone]] | Dad [[07583 914 062|phone]] | [[Bernie|name]] [[07961 285 407|phone]] | Nan [[Jean|name]]
[[07707 538 126|phone]] |
Nan [[Siobhan|name]] [[+353 86 214 7730|phone]] | [[Paddy|name]] [[07896 204 518|phone]] | [[Owen|name]] [[01827 61 4073|phone]] |
[[Jas|name]] (FGC) [[01543 508 117|phone]]
"""),
    ("a scanned hospital discharge letter with OCR errors", """Scanned and OCR'd [[12/11/2026|date]] (some characters misread; left as
scanned)

Queen's Hosp1tal Burton / Sir Robert Peel Community Hosp!tal, [[Tamworth|place]]
EMERGENCY DEPARTMENT DISCHARGE SUMMARY
Patient: [[DOHERTY, R0ISIN|name]]   DOB: [[17/O3/1988|dob]]   NHS No: [[975 398 9229|nhs]]
Address: [[41 E11erbeck|address]], [[Stonyde1ph|place]], [[TAMW0RTH|place]] [[B77 4JD|postcode]]
GP: Dr [[M. Okonkwo|name]], Glascote Health Centre
Attended: [[O8/11/2026|date]] 23:52   Discharged: [[O9/11/2026|date]] 06:10
Brought by: ambulance (called by daughter, [[Sky e|name]], age 13)
Presenting complaint: fall at home, head lac 2 cm L eyebrow; ETOH (reports 1 bottle wine + "a few cans").
Mx: glued, CT not indicated; alcohol liaison review by [[J. Mwangi|name]] (ARLN) - accepts referral to CGL Tamworth.
Safeguarding: children at home ([[Skye|name]] 13, [[Finn|name]] 9); daughter stayed with neighbour Mrs [[K0walski|name]] at
[[no. 43|address]]. Referral sent to Tame Vale MASH by Sr [[D. Ashby|name]] (nurse in charge).
Next of kin given: [[Craig Kettle|name]] (ex-partner) [[07583 914 062|phone]]
Signed: Dr [[Priya Nandra|name]], ST4 Emergency Medicine
"""),
]
# --- C. Sandhu / Gill family (British Sikh Punjabi), Belgrave, Tamworth ------------------------------------------------------

HOME_C = d.Address("16 Dunstall Lane", "Belgrave", "Tamworth", "B77 2QE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Gurleen", "Sandhu")], dt.date(2026, 5, 19), addresses=[HOME_C], ids=["4777778681"]),
    _p("s", "sibling", [("Arjun", "Sandhu")], dt.date(2023, 10, 2), addresses=[HOME_C], ids=["5010713640"],
       schools=["Little Acorns Day Nursery"]),
    _p("m", "mother", [("Harpreet", "Sandhu"), ("Harpreet", "Gill")], dt.date(2000, 7, 5), addresses=[HOME_C],
       phones=["07852 064 913"], ids=["JK 20 57 93 D"]),
    _p("f", "father", [("Manjit", "Sandhu")], dt.date(1995, 2, 26), addresses=[HOME_C], phones=["07934 771 258"]),
    _p("p1", "professional", [("Leanne", "Cope")], phones=["01543 417 268"], emails=["leanne.cope@mpft.nhs.uk"]),
], "c")

DOCS_C = [
    ("a health visitor's contact record with a Punjabi name in Gurmukhi", """HEALTH VISITING - CONTACT RECORD (SystmOne print)
Tamworth 0-19 Team
Client: [[SANDHU, Gurleen|name]]   DOB [[19-May-2026|dob]]   NHS [[477 777 8681|nhs]]   Age at contact: 26 weeks
Mother: [[SANDHU, Harpreet|name]] (née [[GILL|name]])   Father: [[SANDHU, Manjit|name]]   Sibling: [[Arjun|name]] (3)
Address: [[16 Dunstall Lane|address]], [[Belgrave|place]], [[B77 2QE|postcode]]
Contact: [[19/11/2026|date]] 14:00, home visit, HV [[Leanne Cope|name]]. Interpreter: not needed (mother speaks English; paternal
grandmother speaks Punjabi only; [[Harpreet|name]] interpreted for her - noted).

Present: mother, baby, paternal grandmother (Mrs [[Sandhu|name]] senior, "Biji"), [[Arjun|name]]. Father at work (taxi, [[Birmingham|place]]
airport runs).
Weight 6.42 kg (9th centile, dropped from 25th at 16 weeks). Feeding: formula, 4 oz, 5 feeds. Mother says Biji "tells me I feed
her too much". Seen: a bruise 1 cm on the left upper arm of a non-mobile baby. Mother said [[Arjun|name]] "squeezed her".
[[Arjun|name]] was hiding behind the settee and would not come out.
Mother wrote her daughter's name for me in Gurmukhi for the red book: [[ਗੁਰਲੀਨ|name]]; and the grandmother's name, [[ਸੁਰਜੀਤ ਕੌਰ|name]]
([[Surjit Kaur|name]]).
Mother low, PHQ-9 16. She said "my mum is in [[Jalandhar|place]], she would know what to do" (mother's phone +91 recorded:
[[+91 98140 52716|phone]]). Sister-in-law [[Simran|name]] lives in [[Smethwick|place]].
Action: bruising protocol followed - discussed with safeguarding nurse [[Tracey Woolley|name]] 15:10; referral to MASH; baby to
be seen at the Royal Derby? - NO, at Good Hope paediatrics today for CP medical (Dr [[Ahmed|name]] on call). GP (Dr
[[Bains|name]], Aldergate Medical Practice) informed.
"""),
    ("a typed-up WhatsApp chat between a mother and her sister", """WhatsApp export given by [[Harpreet Sandhu|name]] to
[[Leanne Cope|name]] HV on [[25/11/2026|date]] (she asked us to read it). Part,
in Punjabi (Roman script) and English; translations in brackets by [[Leanne|name]] with [[Harpreet|name]].

[20/11/2026, 07:41] [[Preet|name]]: didi they took [[gurleen|name]] to good hope last night
[20/11/2026, 07:42] [[Navi|name]]: WHAT. why
[20/11/2026, 07:44] [[Preet|name]]: the bruise. the HV [[leanne|name]] said she has to. [[manjit|name]] is so angry with me
[20/11/2026, 07:44] [[Preet|name]]: mummy ji keh rahi aa main pagal haan (mother-in-law is saying I am mad)
[20/11/2026, 07:50] [[Navi|name]]: did [[arjun|name]] do it tho
[20/11/2026, 07:52] [[Preet|name]]: i dont know didi. i dont know. i was asleep. [[manjit|name]] had her
[20/11/2026, 07:53] [[Navi|name]]: come to mine. [[jas|name]] wont mind. [[handsworth|place]] is 40 mins
[20/11/2026, 07:58] [[Preet|name]]: the social worker lady mrs [[sharma|name]] sed i cant take them anywhere till the meeting
[20/11/2026, 08:10] [[Navi|name]]: ok. i will call bhua ji in [[jalandhar|place]] she will tell mum slowly
[20/11/2026, 08:11] [[Preet|name]]: NO dont tell mum. [[simran|name]] already knows and she tells everyone at gurdwara
[20/11/2026, 08:30] [[Navi|name]]: ok ok. [[harpreet|name]] listen to me. u are a good mum. [[rupinder|name]] from my work had the same, her
baby had a blood thing, bruising thing. they will do tests
[20/11/2026, 08:31] [[Preet|name]]: they are doing bloods today 2pm
[20/11/2026, 08:40] [[Navi|name]]: [[kiran|name]] from [[tamworth|place]] gurdwara is a HV at [[walsall|place]] manor, ask her
[20/11/2026, 08:41] [[Preet|name]]: [[kiran kaur|name]]? [[sukhi|name]]s wife?
[20/11/2026, 08:42] [[Navi|name]]: yes. her number [[07723 880 415|phone]]
[20/11/2026, 12:15] [[Preet|name]]: [[dev|name]] the social worker rang. nice man. he knows [[jas|name]] from [[handsworth|place]] lol
[20/11/2026, 19:02] [[Preet|name]]: bloods normal. they said skeletal survey monday [[23rd|date]]
[21/11/2026, 22:47] [[Preet|name]]: [[manjit|name]] slept at [[bittu|name]]s. he sed its my fault for talking to [[leanne|name]]

Note: "[[Preet|name]]" is [[Harpreet|name]]; "[[Navi|name]]" is her sister [[Navdeep Gill|name]] ([[Handsworth|place]],
[[07896 441 307|phone]]);
"didi" (older sister), "mummy ji" and "bhua ji" (father's sister) are kinship words.
"""),
    ("a nursery's LADO-style referral form about a child's comments", """[[LITTLE ACORNS DAY NURSERY|school]] ([[Belgrave|place]]) -
SAFEGUARDING CONCERN FORM
Child: [[Arjun Sandhu|name]]   DOB: [[2/10/2023|dob]]   Room: Pre-school (Oak)   Key person: [[Jodie Mountford|name]]
Date/time of concern: Monday [[23rd November 2026|date]], 10.15   Form completed by: [[Jodie Mountford|name]]   DSL: [[Claire Pegg|name]]

What did you see/hear? (child's exact words)
At the playdough table [[Arjun|name]] squeezed a playdough baby very hard and said "[[Gurleen|name]] cry cry. Papa shout. Papa
squeeze". I said "who squeezed?" (I know I shouldn't have asked) and he said "Papa. Not [[Arjun|name]]". [[Kelsey|name]] ([[Kelsey
Bird|name]], apprentice) was there and heard it too.
Other children present: [[Ollie B|name]], [[Maya|name]] and [[Noor|name]] (names only for the record; not involved).
Any marks seen? No.
Who collected? Dad, [[Manjit|name]], at 12.00 with his friend "[[Bittu|name]]" ([[Baljit Johal|name]], on the collection list, tel
[[07958 213 604|phone]]). Dad was calm.
DSL action: [[Claire|name]] rang Tame Vale MASH 11.05 (spoke to [[Dev Sharma|name]], SW) and the HV [[Leanne Cope|name]]
([[01543 417 268|phone]]).
Parents NOT told, on advice. Body map: not needed.
Signed [[J. Mountford|name]]  [[23/11/26|date]]      DSL [[C Pegg|name]]  [[23/11/26|date]]
"""),
    ("a strategy discussion record", """TAME VALE MASH - STRATEGY DISCUSSION RECORD (s47)
Children: [[Gurleen Sandhu|name]] (6 months), [[Arjun Sandhu|name]] (3)          Date: Tuesday [[24 November 2026|date]], 09.30, Teams
Chair: [[Angela Spruce|name]] (team manager)   Social worker: [[Dev Sharma|name]]
Attendees: DS [[Martin Hollis|name]] (CAIU, Staffordshire Police); Dr [[Faisal Ahmed|name]] (consultant paediatrician, Good Hope
Hospital); [[Tracey Woolley|name]] (named nurse); [[Leanne Cope|name]] (HV); [[Claire Pegg|name]] (DSL, [[Little Acorns|school]]).

Information shared
- Dr [[Ahmed|name]]: bruise L upper arm, fingertip pattern, not explained by a 3-year-old's squeeze in his view ("possible but
unlikely"); bloods normal; skeletal survey [[23.11.26|date]] - no fractures. Eyes: normal.
- [[Claire|name]]: [[Arjun|name]]'s words of [[23/11|date]] (form attached).
- DS [[Hollis|name]]: no police history at [[Dunstall Lane|address]]. Father known as a witness only (taxi firm, [[Sutton
Coldfield|place]] depot). Mother's sister [[Navdeep|name]] rang 101 on [[21.11.26|date]] worried about [[Harpreet|name]].
- [[Leanne|name]]: mother low mood, PHQ-9 16; grandmother [[Surjit Kaur Sandhu|name]] lives with them; a cousin, [[Simran Sandhu|name]],
of [[Smethwick|place]], visits.
Decisions: s47 joint investigation (single agency social care lead, police to ABE [[Arjun|name]]? - not at 3; no). [[Gurleen|name]]
and [[Arjun|name]] to stay at home with a written agreement: father to move to his brother [[Kuljit|name]]'s in [[Kingsbury|place]]
([[7 Pennine Way|address]], [[B78 2LF|postcode]]) pending assessment; grandmother not to be alone with the baby.
Next: [[Dev|name]] and DS [[Hollis|name]] joint visit today 14.00. Review: [[1 December|date]].
Checks: mother's NI [[JK 20 57 93 D|ni]] (DWP, no concerns); father's licence (taxi, Lichfield District) current; [[Arjun|name]]'s NHS
[[501 071 3640|nhs]]; cousin [[Simran|name]]'s partner [[Gurpreet Dhillon|name]] of [[Oldbury|place]] - no trace.
"""),
]
# --- D. Mercer / Fox family (white British), Chadsmead, Lichfield ------------------------------------------------------------

HOME_D = d.Address("7 Gaia Lane", "Chadsmead", "Lichfield", "WS13 7LW")
DAD_D = d.Address("Flat 3, 58 Cannock Road", "Chase Terrace", "Burntwood", "WS7 1JS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Mercer")], dt.date(2010, 4, 12), addresses=[HOME_D], ids=["7926554863", "M860170425899"],
       schools=["King Edward VI School"]),
    _p("m", "mother", [("Nicola", "Mercer")], dt.date(1984, 10, 6), addresses=[HOME_D], phones=["07415 309 862"]),
    _p("f", "father", [("Warren", "Fox")], dt.date(1981, 5, 19), addresses=[DAD_D], phones=["07788 146 025"]),
    _p("p1", "professional", [("Hollie", "Street")], phones=["01543 256 930"], emails=["hollie.street@tamevale.gov.uk"]),
], "c")

DOCS_D = [
    ("a chronology of significant events for a missing teenager", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Brooke MERCER|name]] (DOB
[[12/04/2010|dob]]), [[7 Gaia Lane|address]], [[Chadsmead|place]],
[[Lichfield|place]] [[WS13 7LW|postcode]]. Compiled by [[Hollie Street|name]], SW, for the Child Exploitation panel of [[3/12/2026|date]].

Date | Source | Event | Impact
[[02/05/2025|date]] | [[KEVI|school]] | [[Brooke|name]] seen in a car with older males outside [[King Edward VI|school]] after school; reg
part seen
"[[LR19|vehicle]]...". | DSL referral; NFA.
[[14/09/2025|date]] | Police | Missing overnight; found at 06.10 at a flat in [[Chase Terrace|place]] ([[Flat 3, 58 Cannock Road|address]],
father's) - father not home; two males there, one named as "[[Reece|name]]". | First missing episode. Return interview by [[Sophie
Arkwright|name]] (Catch22).
[[30/10/2025|date]] | Mother | [[Nicola Mercer|name]] finds a second phone and £340 in [[Brooke|name]]'s room. | Phone given to police.
[[11/01/2026|date]] | Police | Missing 2 nights; found in [[Walsall|place]] with [[Reece Hinton|name]] (19) and [[Tayla Brough|name]]
(15, missing from [[Rugeley|place]]). Car [[BX21 OPT|vehicle]] stopped on the A461. | Strategy meeting [[12/01/2026|date]]; CE risk HIGH.
[[03/03/2026|date]] | School | Exclusion 5 days (vape selling). Taught at home by Mr [[Bickley|name]] via Teams. |
[[19/06/2026|date]] | Health | Attends the Sir Robert Peel MIU with a cut hand; says "[[Lee|name]]'s dog". | Known to police: [[Lee
Cartwright|name]], [[Boney Hay|place]].
[[22/08/2026|date]] | Father | [[Warren Fox|name]] rings in: [[Brooke|name]] at his flat with "a lad called [[Jace|name]]" in a BMW
([[FN70 ZKE|vehicle]]). | Police attend; [[Jace|name]] - later named as [[Jace Kendrick|name]].
[[07/10/2026|date]] | Mother | [[Brooke|name]] back at 3am, bruised face; says she "fell at Beacon Park"? - see note. |
[[15/11/2026|date]] | Police | Missing from 16.00; found [[16/11/2026|date]] in [[Tamworth|place]] bus station with [[Tayla|name]]. |
[[17/11/2026|date]] | Catch22 | RHI by [[Sophie Arkwright|name]]: names "[[T-Bone|name]]" and "[[Lil Rees|name]]"; father now in
[[Hednesford|place]] with [[Kelly Bott|name]]. | Shared with DC [[Rachel Vickers|name]].
[[19/11/2026|date]] | School | Friend [[Ellie-May Sharratt|name]] reports a party at a house near [[Curborough|place]] on the
[[14th|date]]. |
[[20/11/2026|date]] | Mother | [[Nicola|name]] asks about care; [[Brooke|name]]'s aunt, [[Donna Mercer|name]] of [[Shenstone|place]]
([[07852 441 073|phone]]), offers to have her Fri-Sun. | FGC offered; mother agrees to [[Donna|name]].
NHS: [[Brooke|name]] [[792 655 4863|nhs]]; UPN [[M860170425899|upn]]. Father's car [[YF15 RXO|vehicle]] (silver Astra).
"""),
    ("notes typed fast on a phone during a return home interview", """RHI notes - typed on phone in the car after, tidy later!!
[[Sophie A|name]] Catch22 [[17.11.26|date]]

seen [[brooke|name]] at home [[gaia lane|address]] kitchen, mum in lounge. 45 min
she says went [[tamworth|place]] w [[tayla|name]] saturday to see "j" - wont say who. i think [[jace|name]]
slept at "a mates" in [[wilnecote|place]]?? or [[belgrave|place]]. said [[kendrick|name]] not there (i didnt say his name first!)
got the 110 bus back from [[tamworth|place]]... no money, someone "tapped" her on.
worried abt: new trainers (nike, £140), 2 phones again, mentions "[[T-Bone|name]]" and "[[Lil Rees|name]]" as "just lads"
she asked abt her dad - [[warren|name]] has moved, not at [[chase terrace|place]] now, she thinks [[hednesford|place]] w new gf
[[kelly|name]]
mum [[nic|name]] v tired, says shes thinking of asking for care. [[brooke|name]] heard that thru the door. cried.
school: hates [[KEVI|school]], wants to go to [[south staffs college|school]] in [[lichfield|place]] for hair & beauty. mrs
[[dutton|name]] (head of yr 11) is "the only one
who gets it"
phone numbers she gave for "mates": [[jade|name]] [[07488 902 316|phone]], [[kacey-leigh|name]] (no number), [[tayla|name]]s new one
[[07415 677 290|phone]]. [[reece|name]] = "old news" she says
plan - see her again [[24th|date]], tell [[hollie|name]] re care comment + trainers + [[t-bone|name]]. mum's mob [[07415 309 862|phone]]
"""),
    ("an email chain between a social worker, a college and the police", """From: [[Hollie Street|name]]
<[[hollie.street@tamevale.gov.uk|email]]>
Sent: Thursday, [[19 November 2026|date]] 16:22
To: [[Marcus Dutton|name]] <[[m.dutton@kevi.staffs.sch.uk|email]]>; DC [[Rachel Vickers|name]]
<[[rachel.vickers@staffordshire.police.uk|email]]>
Subject: RE: BM - [[Brooke|name]] - panel [[3 Dec|date]]

Hi both,
Thanks [[Marcus|name]] - I didn't know about the college taster day. Yes please, I'll ask [[Nic|name]] to take her on the [[26th|date]] (the
[[South Staffordshire College|school]] [[Lichfield|place]] campus, not [[Cannock|place]]).
[[Rachel|name]], can you check [[Jace Kendrick|name]]'s current address for the panel? Mum thinks [[Hednesford|place]], [[Brooke|name]] said
"[[Stafford|place]]". Also "[[T-Bone|name]]" - any intel?
[[Hollie|name]]
[[Hollie Street|name]] | Social Worker | Lichfield Adolescent Team | [[01543 256 930|phone]]

From: DC [[Rachel Vickers|name]]
Sent: [[19 November 2026|date]] 17:05
[[Hollie|name]], [[KENDRICK|name]]: last known [[14 Pye Green Road|address]], [[Hednesford|place]], [[WS12 4LB|postcode]] (his nan's).
"[[T-Bone|name]]" is
[[Tyrone Bonsall|name]], 20, of [[Burntwood|place]] - known, CE flags. Please ask [[Sophie|name]] to share her RHI notes.
[[Rachel|name]] (DC 2260, Exploitation Hub, [[Cannock|place]])

From: [[Marcus Dutton|name]]
Sent: Thu [[19/11/2026|date]] 17:40
Will do. Her mum rang me too - [[Nicola|name]] sounds at the end of her rope. [[Brooke|name]]'s friend [[Ellie-May Sharratt|name]] told
her tutor [[Brooke|name]] was at a party on Saturday [[14th|date]] at a house "behind the [[Curborough|place]] Tesco".
[[Marcus|name]]
"""),
    ("minutes of a child exploitation panel", """LICHFIELD AND TAMWORTH CHILD EXPLOITATION PANEL - MINUTES (CONFIDENTIAL)
Date: [[3 December 2026|date]]   Venue: District Council House, [[Lichfield|place]]   Chair: DI [[Paul Whiston|name]]
Present: [[Hollie Street|name]] (SW); [[Angela Spruce|name]] (TM); DC [[Rachel Vickers|name]]; [[Sophie Arkwright|name]] (Catch22);
[[Marcus Dutton|name]] ([[KEVI|school]]); [[Amanda Read|name]] (YJS); [[Kirsty Pye|name]] (CAMHS); [[Joe Lomas|name]] (minutes).

Item 3: B.M. ([[Brooke Mercer|name]], 16) - [[Chadsmead|place]]
[[Hollie|name]] summarised the chronology. 9 missing episodes since September 2025.
Nominals linked: [[Jace KENDRICK|name]] (19, [[Hednesford|place]]); [[Tyrone BONSALL|name]] ("[[T-Bone|name]]", 20, [[Burntwood|place]]);
[[Reece HINTON|name]] (19, [[Walsall|place]]); [[Lee CARTWRIGHT|name]] ([[Boney Hay|place]]). Locations: [[Tamworth|place]] bus station;
a flat at [[Flat 3, 58 Cannock Road|address]]; a house off [[Eastern Avenue|address]], [[Curborough|place]]; Beacon Park?
Peer: [[Tayla Brough|name]] ([[Rugeley|place]]), open to Cannock CE team ([[Yvonne Ash|name]]).
Actions: DC [[Vickers|name]] - disruption: CAWN for [[Kendrick|name]] and [[Bonsall|name]]; ANPR on [[FN70 ZKE|vehicle]]. [[Sophie|name]]
- weekly
sessions. [[Marcus|name]] - part-time timetable + college link. [[Kirsty|name]] - see [[Brooke|name]] with mum [[Nicola|name]] by
[[17/12|date]].
Next review: [[14 January 2027|date]].
"""),
]
# --- E. Hoekstra / Dijkstra family (Frisian, from Friesland in the Netherlands), Boley Park, Lichfield ------------------------

HOME_E = d.Address("12 Ashmead Road", "Boley Park", "Lichfield", "WS14 9SB")
OMA_E = d.Address("Tsjerkepaad 7", "Grou", "", "9001 AB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Wytske", "Hoekstra")], dt.date(2014, 1, 29), addresses=[HOME_E], ids=["4622758695", "Z860134187706"],
       schools=["Leomansley Primary School"]),
    _p("s", "sibling", [("Hylke", "Hoekstra")], dt.date(2016, 9, 4), addresses=[HOME_E], ids=["9448549733", "K860141173175"]),
    _p("m", "mother", [("Sjoukje", "Dijkstra")], dt.date(1986, 6, 11), addresses=[HOME_E], phones=["07552 903 418", "+31 6 4182 7395"]),
    _p("f", "father", [("Jelle", "Hoekstra")], dt.date(1983, 12, 20), addresses=[HOME_E], phones=["07470 615 284"]),
    _p("g", "grandparent", [("Baukje", "Dijkstra")], dt.date(1958, 3, 3), addresses=[OMA_E], phones=["+31 58 213 4467"]),
    _p("p1", "professional", [("Ruth", "Chell")], phones=["01543 256 930"], emails=["ruth.chell@tamevale.gov.uk"]),
], "c")

DOCS_E = [
    ("a single assessment's family history section", """SINGLE ASSESSMENT - Section 4: Family history and functioning
Children: [[Wytske Hoekstra|name]] ([[29/01/2014|dob]]) and [[Hylke Hoekstra|name]] ([[04/09/2016|dob]])
Address: [[12 Ashmead Road|address]], [[Boley Park|place]], [[Lichfield|place]] [[WS14 9SB|postcode]]        Assessor: [[Ruth Chell|name]]

The family are Frisian, from Friesland in the north of the Netherlands. The parents speak Frisian (Frysk) at home and Dutch and
English well; the children answer in English. Mother, [[Sjoukje Dijkstra|name]] (known as "[[Sjoukje|name]]", said "SHOW-kya"),
grew up in [[Grou|place]] (Frisian) / [[Grouw|place]] (Dutch), where her mother, [[Baukje Dijkstra|name]], still lives at
[[Tsjerkepaad 7|address]], [[9001 AB|postcode]] [[Grou|place]] ([[+31 58 213 4467|phone]]). Father, [[Jelle Hoekstra|name]], is from
[[Drachten|place]]; his father [[Sjoerd|name]] died in 2019 and his brother [[Tsjalling|name]] lives in [[Ljouwert|place]]
([[Leeuwarden|place]]).
[[Jelle|name]] came to the UK in 2012 to work at a dairy near [[Alrewas|place]] and now manages a herd at [[Fradley|place]];
[[Sjoukje|name]]
followed in 2013. They married in [[Snits|place]] ([[Sneek|place]]) on [[12 July 2013|date]].
[[Wytske|name]] (12) moved in September from [[Leomansley|school]] to [[Nether Stowe School|school]]; [[Hylke|name]] (10) is at
[[Leomansley Primary School|school]], on [[Christchurch Lane|address]]. Both have friends locally; [[Wytske|name]]'s best friend is
[[Isla Wain|name]] of [[Darwin Close|address]].
The referral (from [[Nether Stowe|school]], [[9 November 2026|date]]) followed [[Wytske|name]] telling her tutor, Mr [[Gerrit Visser|name]]
(himself Dutch), that her mum "stays in bed all day since Beppe's fall" and that her dad shouts "in Frysk so the
neighbours don't understand". (Beppe and pake are Frisian for grandmother and grandfather, heit and mem for dad and mum.)
Neighbours: [[Dave|name]] and [[Lin Hemmings|name]] ([[no. 14|address]]) have heard shouting "most nights since half term".
"""),
    ("a grandmother's letter in Frisian with the social worker's translation", """Letter from [[Baukje Dijkstra|name]], [[Grou|place]],
received by email via [[Sjoukje|name]] on [[20 November 2026|date]]. Frisian
original first; English by [[Jelle|name]]'s cousin [[Anneke de Boer|name]] (a translator in [[Utrecht|place]]), checked with
[[Sjoukje|name]].

[[Grou|place]], [[18 novimber 2026|date]]
Achte mefrou [[Chell|name]],
Ik bin de mem fan [[Sjoukje|name]] en de beppe fan [[Wytske|name]] en [[Hylke|name]]. Ik skriuw jo omdat ik soargen haw. Sûnt myn
fal yn septimber bel [[Sjoukje|name]] my alle dagen en gûlt se. [[Jelle|name]] wurket fan fiif oere moarns oant acht oere jûns.
[[Wytske|name]] seit my oer de telefoan dat se it iten makket. Dat is net goed foar in famke fan tolve.
Ik kin net nei Ingelân komme, mar myn dochter [[Geartsje|name]] ([[Sjoukje|name]] har suster) wol wol komme, fan [[3 desimber|date]] oan.
Har adres is [[Kleasterlaan 22|address]], [[8401 CX|postcode]] [[Gorredijk|place]], tillefoan [[+31 6 2087 5193|phone]].
Mei freonlike groetnis,
[[Baukje Dijkstra-Wiersma|name]]

[English] [[Grou|place]], [[18 November 2026|date]]. Dear Mrs [[Chell|name]], I am [[Sjoukje|name]]'s mother and the grandmother of
[[Wytske|name]] and [[Hylke|name]]. I am writing because I am worried. Since my fall in September [[Sjoukje|name]] rings me every day
and cries. [[Jelle|name]] works from five in the morning until eight at night. [[Wytske|name]] tells me on the phone that she makes
the food. That is not right for a girl of twelve. I cannot come to England, but my daughter [[Geartsje|name]] ([[Sjoukje|name]]'s
sister) will come, from [[3 December|date]]. Her address is [[Kleasterlaan 22|address]], [[8401 CX|postcode]] [[Gorredijk|place]], phone
[[+31 6 2087 5193|phone]]. With kind regards, [[Baukje Dijkstra-Wiersma|name]]
"""),
    ("a Microsoft Teams chat between professionals pasted into the record", """Teams chat "[[Hoekstra|name]] kids - network" copied into
the case note, [[24/11/2026|date]] (times as shown)

[[Ruth Chell|name]] 09:02
Morning all. Home visit yesterday at [[Ashmead Rd|address]]. [[Sjoukje|name]] up and dressed, GP appt booked with Dr [[van der Meer|name]]
at Boley Park surgery? Can someone confirm
[[Gerrit Visser|name]] ([[Nether Stowe|school]]) 09:05
Confirm [[Wytske|name]] in today, seemed brighter. Said aunty [[Geartsje|name]] is coming "on the boat to [[Harwich|place]]" on the
[[3rd|date]]
[[Ruth Chell|name]] 09:06
great. [[Jelle|name]] agreed to cut his hours to finish at 4 on Tue/Thu - the farm manager at [[Fradley|place]], [[Tom Beardmore|name]],
rang me to say so
[[Kate Ingram|name]] (School Nurse) 09:11
I saw [[hylke|name]] at [[leomansley|school]] yesterday for his asthma - he mentioned "pake [[Jelle|name]]" ?? think he meant "papa"?
[[Gerrit Visser|name]] ([[Nether Stowe|school]]) 09:14
in Frisian "heit" is dad, "pake" is grandad - maybe he meant his late grandad [[Sjoerd|name]]. Happy to speak to mum in Dutch if it helps
[[Ruth Chell|name]] 09:15
thanks [[Gerrit|name]], v helpful. Family asked for a Frisian speaker not Dutch - [[Sjoukje|name]] said "Frysk is myn taal". I've
asked [[Wiebe Postma|name]] from the Frisian society in [[Birmingham|place]] ([[07896 118 420|phone]])
[[Tom Beardmore|name]] (guest) 09:17
Sorry to jump in - [[Jelle|name]] gave me this chat. He can finish at 4 Tue/Thu from [[1 December|date]]. My mobile [[07958 330 142|phone]],
farm is [[Brookhay Farm|address]], [[Fradley|place]]. [[Jelle|name]]'s deputy [[Piotr|name]] will cover.
[[Ruth Chell|name]] 09:18
thanks [[Tom|name]]. [[Gerrit|name]] - can [[Wytske|name]] stay for homework club Tue/Thu with [[Isla|name]]? [[Isla Wain|name]]'s mum
[[Carla|name]]
has offered lifts to [[Darwin Close|address]]
[[Kate Ingram|name]] (School Nurse) 09:20
👍 fyi the neighbours at [[no. 14|address]] ([[Hemmings|name]]) rang the surgery worried again on Sat [[21st|date]]
"""),
    ("a child in need plan written up after a meeting", """CHILD IN NEED PLAN - [[Wytske|name]] and [[Hylke HOEKSTRA|name]]
Meeting: Monday [[30 November 2026|date]], [[Boley Park|place]]
Present: [[Sjoukje Dijkstra|name]], [[Jelle Hoekstra|name]], [[Geartsje Dijkstra|name]] (aunt, visiting from [[Gorredijk|place]] from
[[3/12|date]]; attended by video), [[Ruth Chell|name]] (SW), [[Gerrit Visser|name]] ([[Nether Stowe School|school]]), [[Kate Ingram|name]]
(school nurse), [[Wiebe Postma|name]] (interpreter, Frisian).

What needs to change | Who | By when
[[Sjoukje|name]] sees GP and talking therapies (Let's Talk Wellbeing) | [[Sjoukje|name]] / Dr [[van der Meer|name]] | [[11/12/2026|date]]
[[Wytske|name]] stops cooking tea on school nights | [[Jelle|name]] home by 4.30 Tue/Thu; [[Geartsje|name]] [[3-17 Dec|date]] |
[[17/12/2026|date]]
No shouting; [[Jelle|name]] to anger management (Frisian/Dutch online group, [[Leeuwarden|place]]) | [[Jelle|name]] | [[31 Jan 2027|date]]
[[Hylke|name]]'s asthma plan shared with [[Leomansley|school]] (NHS [[944 854 9733|nhs]], UPN [[K860141173175|upn]]) | [[Kate|name]] |
[[4/12|date]]
Young carers assessment for [[Wytske|name]] (Staffordshire Young Carers) | [[Ruth|name]] | [[18/12/2026|date]]
Christmas: family to [[Grou|place]] [[20 Dec|date]] - [[2 Jan|date]] by ferry from [[Harwich|place]] to [[Hoek van Holland|place]] |
family | -

[[Wytske|name]]'s words: "I want mem to get better. I want beppe to be OK. I like [[Isla|name]]'s house."
Next review: [[26 February 2027|date]] at [[12 Ashmead Road|address]].
"""),
]
# --- F. Friesen / Wiebe family (Low German Mennonite, from a colony in Bolivia), Fazeley, near Tamworth ---------------------

HOME_F = d.Address("3 Mill Lane", "Fazeley", "Tamworth", "B78 3QD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Maria", "Friesen")], dt.date(2015, 8, 2), addresses=[HOME_F], ids=["4402606624", "X860157582440"],
       schools=["Fazeley Village Primary School"]),
    _p("s", "sibling", [("Johan", "Friesen")], dt.date(2013, 3, 15), addresses=[HOME_F], ids=["4922851429", "A860174790493"]),
    _p("s2", "sibling", [("Peter", "Friesen")], dt.date(2018, 6, 21), addresses=[HOME_F], ids=["8656235109", "E860155927472"]),
    _p("m", "mother", [("Susanna", "Wiebe"), ("Susanna", "Friesen")], dt.date(1990, 1, 9), addresses=[HOME_F],
       phones=["07723 561 048"]),
    _p("f", "father", [("Abram", "Friesen")], dt.date(1987, 11, 30), addresses=[HOME_F], phones=["07931 225 470"]),
    _p("p1", "professional", [("Joanne", "Ridgway")], phones=["01827 251 774"], emails=["joanne.ridgway@tamevale.gov.uk"]),
], "c")

DOCS_F = [
    ("a GP's referral letter to children's services", """Fazeley and Mile Oak Medical Centre
[[Coleshill Street|address]], [[Fazeley|place]], [[Tamworth|place]] [[B78 3RD|postcode]]

Tame Vale MASH                                                                 [[26th November 2026|date]]
Dear colleague,
Re: [[Maria FRIESEN|name]], DOB [[02/08/2015|dob]], NHS [[440 260 6624|nhs]], [[3 Mill Lane|address]], [[Fazeley|place]]
[[B78 3QD|postcode]]
I saw [[Maria|name]] today with her mother, [[Susanna Friesen|name]] (née [[Wiebe|name]]), and her brother [[Johan|name]] (13), who
interpreted; the family speak Low German (Plautdietsch) and Spanish, some English. They are Old Colony Mennonites who came from the
[[Riva Palacio|place]] colony near [[Santa Cruz de la Sierra|place]], Bolivia, in March, by way of family in [[Cuauhtémoc|place]], Mexico,
and [[Winkler|place]], Manitoba. Father, [[Abram Friesen|name]], works at a tree nursery at [[Hints|place]].
[[Maria|name]] (11) has not been registered with a school since arrival. She has a healed scar on her left forearm which mother said
was from the "Owe" (stove) in Bolivia, and weals on the backs of both thighs, some fresh, which [[Maria|name]] would not explain.
When her mother stepped out she said to me in English "Papa uses the belt when we speak English in the house". [[Johan|name]] did
not hear this. [[Peter|name]] (8) and a baby, [[Lena|name]] (7 months, not yet registered with us), are at home.
I have not told the parents I am referring. Mother's mobile [[07723 561 048|phone]]; her sister, [[Aganetha Penner|name]], is at
[[+591 7 318 4425|phone]] (Bolivia) and their mother in [[Cuauhtémoc|place]] at [[+52 625 581 2204|phone]].
Yours faithfully,
Past records requested from: Dr [[Jakob Thiessen|name]], Clínica Menonita, [[Riva Palacio|place]] ([[+591 3 922 4105|phone]]) and
[[Boundary Trails|place]] Health Centre, [[Winkler|place]] (where [[Peter|name]] was seen on [[14/02/2026|date]]; aunt [[Sara Wiebe|name]]
[[+1 204 822 4391|phone]]).
Dr [[Helen Mayfield|name]]
GP Partner (safeguarding lead)     cc: practice nurse [[Shirley Tonks|name]]
"""),
    ("a minister's note in Low German with a translation", """Handwritten note given to [[Joanne Ridgway|name]] (SW) by Ohm
[[Isaak Klassen|name]] at the visit of [[1 December 2026|date]]. Plautdietsch, with
English by [[Dietrich Neufeld|name]] (a Mennonite from [[Steinbach|place]] who works in [[Leicester|place]] and helped on the phone).

[[Fazeley|place]], dän [[30. Novemba|date]]
To de Sozialoabeida:
Etj sie [[Isaak Klassen|name]], Prädja fa onse kjleene Jemeent hia en [[Tamworth|place]] (6 Familje). [[Abram Friesen|name]] es
en gooda Mensch. He es stroakj met de Kjinja, oba daut es onse Wäg. [[Susa|name]] es krank em Kopp sied daut [[Lena|name]] jebuare wea.
De Kjinja sellen ne en de Schooltje gohne, wie lieren dee tus. Mien Fru [[Aunna|name]] lieet de Mejales Dietsch lasen ut de Bibel.
[[Isaak Klassen|name]], Telefon [[07552 104 377|phone]]

[English] [[Fazeley|place]], [[30 November|date]]. To the social worker: I am [[Isaak Klassen|name]], preacher of our small congregation
here in
[[Tamworth|place]] (6 families). [[Abram Friesen|name]] is a good man. He is strict with the children, but that is our way. [[Susa|name]]
([[Susanna|name]]) has been ill in the head since [[Lena|name]] was born. The children shall not go to the school; we teach them at home.
My wife [[Aunna|name]] teaches the girls to read German from the Bible. [[Isaak Klassen|name]].
SW note: "Ohm" (uncle) is how the congregation address a minister; "Mumtje" (aunt) a married woman.
"""),
    ("a social worker's home visit case note", """CASE NOTE - HOME VISIT (s47, joint with police)      [[01/12/2026|date]] 10.00-12.15
Worker: [[Joanne Ridgway|name]]; with DC [[Priya Kaur Bassi|name]] (CAIU) and interpreter [[Dietrich Neufeld|name]] (by phone)
Address: [[3 Mill Lane|address]], [[Fazeley|place]]. Landlord: Mr [[Gary Stych|name]] ([[07723 094 512|phone]]), who owns
[[1-5 Mill Lane|address]].

Seen: [[Abram|name]], [[Susanna|name]] ("[[Susa|name]]"), [[Johan|name]] (13, "[[Hans|name]]"), [[Maria|name]] (11, "[[Mia|name]]"),
[[Peter|name]] (8),
baby [[Helena|name]] ("[[Lena|name]]", DOB given as [[24/04/2026|dob]], born at Good Hope). Also present at the start: Ohm [[Isaak
Klassen|name]] and his wife [[Aunna Klassen|name]], who left when asked.
Home: clean, cold (no heating on; wood stove bought from a man in [[Kingsbury|place]]). Five beds for six. A horse-drawn cart is not
used here; the family have a white Transit, [[KM17 HTV|vehicle]], used by [[Abram|name]] and Mr [[Peter Dueck|name]] for work.
[[Maria|name]] seen alone in the kitchen (DC [[Bassi|name]] present) in English: she repeated what she told Dr [[Mayfield|name]]. She
said [[Johan|name]] gets "the strap" too and [[Peter|name]] "only the hand". She misses her cousins [[Tina|name]] and [[Nettie|name]] in
[[Riva Palacio|place]] and her "Grossmame" in Mexico.
[[Abram|name]] (Low German via [[Dietrich|name]]) agreed he uses a belt, "as my father did in [[Nuevo Durango|place]]". He was told it is
a crime here. He agreed to a written safety plan and that the children start school: [[Fazeley Village Primary|school]] has a place
for [[Maria|name]] and [[Peter|name]] from [[7 December|date]]; [[Johan|name]] offered [[Rawlett|school]] (Year 9).
[[Susanna|name]]: very quiet, flat; with [[Dietrich|name]] she said she "sees [[Lena|name]] and feels nothing". GP to review urgently.
Others named: [[Jakob Penner|name]] ([[Aganetha|name]]'s husband, Bolivia); [[Franz Dueck|name]] and [[Maria Dueck|name]] (the other family
on [[Mill Lane|address]], at [[no. 5|address]]); the tree nursery owner [[Colin Hartshorne|name]] ([[Hints|place]]).
Next: strategy meeting [[2/12/26|date]]; joint visit again Friday [[4th|date]].
"""),
    ("a school admissions form filled in by hand and scanned", """[[FAZELEY VILLAGE PRIMARY SCHOOL|school]] - IN-YEAR ADMISSION FORM
(scanned; handwriting in capitals)

CHILD'S LEGAL SURNAME: [[FRIESEN|name]]    FIRST NAME(S): [[MARIA|name]]    KNOWN AS: [[MIA|name]]
DATE OF BIRTH: [[2-8-2015|dob]]    PLACE OF BIRTH: [[RIVA PALACIO|place]] COLONIA, [[SANTA CRUZ|place]]
HOME LANGUAGE: PLATTDEUTSCH / SPANISCH      RELIGION: MENNONITE (ALTKOLONIER)
ADDRESS: [[3 MILL LN|address]]  [[FAZELEY|place]]  [[B78 3QD|postcode]]
PREVIOUS SCHOOL: Colonia school, [[Campo 14|place]] (no records) - Bolivia
PARENT 1: [[ABRAM FRIESEN|name]]  TEL [[07931 225 470|phone]]      PARENT 2: [[SUSANNA FRIESEN|name]]  TEL [[07723 561 048|phone]]
EMERGENCY CONTACT 1: [[ISAAK KLASSEN|name]] (OHM) [[07552 104 377|phone]]
EMERGENCY CONTACT 2: [[AUNNA
KLASSEN|name]] - SAME
SIBLINGS AT THIS SCHOOL: [[PETER FRIESEN|name]] [[21-6-2018|dob]]
DOCTOR: FAZELEY + MILE OAK MED CTR
SOCIAL WORKER: [[JOANNE RIDGWAY|name]] [[01827 251 774|phone]]
SIGNED: [[A. Friesen|name]]      DATE: [[3/12/2026|date]]
UPN: (office to request from LA) - [[Johan|name]]: [[A860174790493|upn]] given by Admissions for [[Rawlett|school]]; [[Peter|name]]:
[[E860155927472|upn]].
Office use: received [[03.12.26|date]] by Mrs [[T. Hatton|name]]; start Mon [[7/12|date]]; class: Oak (Year 6) with Mr [[Anand|name]]. EAL
support: [[Rosa Díaz|name]] (Spanish speaker) - Tue/Thu.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 156 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 16:19 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "sr", "hv", "nurse", "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "papa", "mama", "didi", "bhua", "ji", "biji", "beppe", "pake", "heit", "mem",
           "omke", "muoike", "ohm", "mumtje", "grossmame", "grossvoda"}
_AFTER = {"ji", "senior", "junior", "ohm"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "ireland", "staffordshire",
               "staffs", "west midlands", "the midlands", "netherlands", "the netherlands", "holland", "friesland", "fryslân",
               "ingelân", "bolivia", "mexico", "manitoba", "canada", "india", "punjab", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker does the parsing, stray-markup, span, check-digit, NI-format, name-left-unmarked, valid-phone,
# title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's titles and kinship words (before a
# name: "Nanna Mo", "Aunty Nuala", "Ohm Isaak Klassen", "Sr D. Ashby"; and after one: "Mrs Sandhu senior", "ISAAK KLASSEN
# (OHM)") and counties, regions and countries ("Staffordshire", "Friesland", "Bolivia", "Manitoba").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
