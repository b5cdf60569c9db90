"""Set 140: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set138.py, redaction_set139.py and redaction_set141.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed
here; the long documents of set 21 were only glanced at in cut-down form), the first lines of tests/test_redaction_set25.py
(its size check) and a grep of its test-function lines, the docstrings of bench/redaction_set7.py to redaction_set137.py
(printed alone and searched for towns, districts and communities, to pick homes and communities no earlier set used), the
helpers of bench/redaction_handwritten.py (`Records`, `HandSet`, `word_problems`), the import lines of
bench/redaction_set15.py (found by a grep for import and definition lines that also matched a few of its docstring lines; it
has no function definitions of its own), and the ruff settings in pyproject.toml. One slip: a grep of
bench/redaction_set137.py for its import lines also matched, and showed, one line of one of its documents (a neighbour's bare
house number); nothing else of an earlier set's body was seen. Phone numbers were checked with the phonenumbers library and
NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this
set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Weston-super-Mare and North Somerset, each from a town, district or estate no earlier set used as a family's
home. Four white British families: on the Oldmixon estate in Weston-super-Mare with a grandmother in Bournville (Ford /
Tucker; neglect, a hoarded house after a bereavement, a mother drinking, a boy of 11 caring for his sister of 7), in Worle
with a father in Clevedon (Vowles / Hembrow; a girl of 15 missing to a flat in Hartcliffe, Bristol, exploited by a man of 22
who gave her a phone and says she owes him, a friend who warns her), on the Bournville estate with a grandmother in Uphill
(Sweet / Price; young parents, a mother a care leaver, a baby of 3 months with bruising and rib fractures, a grandmother as
carer), and in Locking Castle with a grandfather in Bedminster and an aunt in Burnham-on-Sea (Hooper; a boy of 16 caught on a
county line with drugs, a debt, a car outside the house, an NRM referral, a family group conference). Two from communities no
earlier set used: a Sámi family in Nailsea (Oskal / Hardwick; a mother from Guovdageaidnu (Kautokeino) in northern Norway who
speaks North Sámi, controlled by her English husband who works offshore and forbids her language, a grandmother who writes in
North Sámi, an uncle who herds reindeer near Kárášjohka (Karasjok)) and an I-Kiribati family in Portishead (Kaitabo / Bessant;
a girl of 14 hit with a belt by her English father and self-harming, a mother who speaks Gilbertese and knows no one here
apart from church, a grandmother in Betio, South Tarawa, and an aunt in Bikenibeu, a pastor's letter). 24 documents, 13 of
them plain professional recording (a GP practice's safeguarding referral letter, core group minutes, a return home interview,
a police missing person report summary, complex strategy meeting minutes, an Early Help assessment, a domestic abuse outreach
closure summary, a school nurse drop-in record, an initial child protection conference report, a hospital safeguarding team
chronology, a section 47 outcome letter, a youth justice assessment summary, a family group conference plan) and 11 of the
other kinds of writing a case file holds (a primary school's safeguarding log export, a mother's handwritten letter to a
conference chair, scanned, Snapchat and Instagram messages typed up by a parent, a grandmother's letter in North Sámi with a
translation, a Facebook Messenger chat screenshotted by a friend, WhatsApp messages in Gilbertese and English translated, a
pastor's handwritten note OCR'd with its errors, a health visitor's notes typed fast on a phone, voicemails on a duty line
transcribed, a National Referral Mechanism referral form, and a police body-worn video transcript).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Norway, Kiribati); NHS numbers and UPNs (LA number 802, North Somerset) pass their
check digits; NI numbers have a valid format. The council (Severn Levels Council) is invented, and so are the schools (Hutton
Moor Primary, Queensway Academy, Golden Valley Primary, Gordano Vale Academy, Portishead Marina Primary, Broadoak Academy,
Locking Castle Primary and the rest may or may not share a name with a real school: they are marked as schools either way),
the GP practices, the Kiribati fellowship and the domestic abuse service's name; towns, districts, estates, villages, real
hospitals, police forces, stations, charities, courts, brands, apps and laws are real and stay unmarked unless the conventions
say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Dr, PC, DC, DS,
PS, Rev., Nan, Aunty, and here the Gilbertese Nei (a woman's title), Tibu (grandparent), Tinau (mother) and Anti (aunt), and
the North Sámi áhkku (grandmother) and eadni (mother)) stay outside the name span, and a contact saved under a kinship word
("Tinau", "Tibu") is not a name; a possessive 's and a bare s in texting or in a family's letter ("[[mia]]s", "[[Poppy]]s",
"[[Riley]]s" for "Riley's") stay outside; every person's name is a name in every form, record or not, in capitals, in lower
case, as a nickname or short form ("Pops", "Jase", "kace", "Ty", "Alf", "Con", "Teti", "Tere", "trace", "Ria") or split across
a line break; "SURNAME, First" is one span ("FORD, Riley", "VOWLES, Kacie", "HOOPER, Kai Jordan"); a collar number before a
name ("PC 3881 [[Gibbs]]", "PC 4471 [[HARRIS]]") stays outside; initials written for a note-writer ("TU") are not marked;
social media handles ("ashhh_bs13", "laceyxo.x", "laceyy_bris") are not marked, but a display name that is a person's plain
name is ("kacie", "lacey", "ash" in "ash 💸", the emoji outside); a street address is one span, its town a place, its postcode
a postcode; a neighbour's bare house or flat number ("no. 29", "no 3", "number 3", "Flat 2") is an address; towns, villages,
districts and estates are places at home or abroad and in any inflected form ("Guovdageainnus", "Kárášjogas", the North Sámi
"in Guovdageaidnu" and "in Kárášjohka"); countries, counties and regions are not ("Norway", "Kiribati", "Englándii", "North
Somerset"); an atoll and its islets where people live ("Tarawa", "South Tarawa", "Betio", "Bikenibeu", "Bairiki") are places;
a Norwegian four-digit postcode ("9520") is a postcode; organisations are not marked even when they hold a town's or a
street's name ("Weston General Hospital", "Oldmixon Lane Surgery", "Graham Road practice", "Bristol City Council",
"Castlewood", "Locking Castle Community Centre"), but a team, hub or fellowship named by its town marks the town ("[[Weston]]
Neighbourhood Team", "[[Weston]] Family Hub", "[[Nailsea]] Family Hub", "[[Weston]] CID", "[[Weston]] South", "Kiribati
Fellowship - [[BRISTOL]] & [[PORTISHEAD]]"); a school's or college's name is a school, its short form too ("Hutton Moor",
"Broadoak", "Priory", "Weston College"); a date of birth is dob, any other calendar date with a day is date (a weekday before
it stays outside), and a bare day ("the 14th", "the 4th") is a date; months and years alone are not marked ("feb", "April
2022"); a firm named after people marks only the names ("[[Fry]] & [[Lush]]"); a family named by its surname ("the [[Weston]]
family") is a name; a surname that is also a word or a town is marked by what it refers to (Marsh, Churchill, Uphill, Banwell,
Backwell, Nailsea, Kewstoke, Worle, Clevedon, Easton, Weston and Wick are names when they are people; Uphill, Banwell,
Backwell, Nailsea, Worle, Clevedon and Weston are places when they are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: railway stations ("Bristol
Temple Meads", "Weston Milton") are landmarks and stay unmarked, town name and all, as set 21's stadiums and beaches do; the
pier, the Seagulls (the football club), the bakery's shopping centre ("Crown Glass Place"), the adults' drug and alcohol
service's base ("the Boulevard", named by its street) and the Norwegian seamen's church are landmarks or organisations and
stay unmarked, while a family centre's street ("the Oval") is an address; a nickname made of initials that a boy goes by
("KJ", "Known as") is a name, unlike a note-writer's initials; OCR-garbled names and places ("Pi11", "Rotarla", "Teret1a",
"Portishcad", "Bair1ki") are marked by what they refer to; a misspelt place in a family's letter ("Bournvill") is a place; a
registration read out in the phonetic alphabet or as letters in a transcript ("K X seven zero, H B N", "Kilo X-ray seven zero
Hotel Bravo November") is not marked, as it is not in the form a redaction pass would meet it, while the plate written out
("KX70 HBN") is a vehicle; a council's office address (the Town Hall's street) is an address like any other; a police
reference, a case number and a hospital number are not marked.

Self-check without the detector: `python -m bench.redaction_set140` (and tests/test_redaction_set140.py) runs set 15's checker
(which runs the sets before it) on this set, adds this set's titles and kinship words and counties, regions and countries, and
prints the number of documents and gold spans per kind: 24 documents, 1,010 gold spans, 578 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones
HOME_A = d.Address("27 Tamar Road", "Oldmixon", "Weston-super-Mare", "BS24 9BA")
NAN_A = d.Address("14 Selworthy Road", "Bournville", "Weston-super-Mare", "BS23 3ST")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Riley", "Ford")], dt.date(2015, 6, 2), addresses=[HOME_A], ids=["6740886636", "B802231720693"],
       schools=["Hutton Moor Primary School"]),
    _p("s", "sibling", [("Poppy", "Tucker")], dt.date(2019, 9, 30), addresses=[HOME_A], ids=["7078222695", "T802231721868"],
       schools=["Hutton Moor Primary School"]),
    _p("m", "mother", [("Kayleigh", "Ford")], dt.date(1993, 4, 17), addresses=[HOME_A], phones=["07812 440 193"],
       ids=["6147233688", "JT 48 21 93 C"]),
    _p("o", "other", [("Jason", "Tucker")], dt.date(1989, 11, 8), addresses=[HOME_A], phones=["07934 228 617"]),
    _p("g", "grandparent", [("Sandra", "Ford")], dt.date(1967, 1, 23), addresses=[NAN_A], phones=["01934 621 774"]),
    _p("p1", "professional", [("Hollie", "Marsh")], phones=["01275 888 814"], emails=["hollie.marsh@severnlevels.gov.uk"]),
], "c")
DOCS_A = [
    ("GP practice safeguarding referral letter", """Oldmixon Lane Surgery
Safeguarding lead: Dr [[Priyanka Rao|name]]            Tel (professionals' line) [[01934 517 308|phone]]

[[12 October 2026|date]]

Children's Front Door, Severn Levels Council
By secure email

Dear colleague,

Re: [[Riley FORD|name]], DOB [[02/06/2015|dob]], NHS [[674 088 6636|nhs]]
and [[Poppy TUCKER|name]], DOB [[30/09/2019|dob]], NHS [[707 822 2695|nhs]]
Both of [[27 Tamar Road|address]], [[Oldmixon|place]], [[Weston-super-Mare|place]] [[BS24 9BA|postcode]]
Mother: [[Kayleigh Ford|name]] (DOB [[17/04/1993|dob]]), mobile [[07812 440 193|phone]]

I am writing to refer these two children after a consultation on [[9 October|date]]. [[Riley|name]] was brought in by his
maternal grandmother, Mrs [[Sandra Ford|name]], of [[Bournville|place]], with an infected toenail that has been left for
some weeks. He smelled strongly of urine and had head lice. He told the nurse ([[Fiona Yatton|name]]) that "Mum sleeps
all day" and that he makes [[Poppy|name]]'s breakfast. His grandmother said the house is "full to the ceiling" and that
she has not been let in since the summer.

[[Kayleigh|name]] is known to us with depression and alcohol use; she missed her review on [[3 September|date]] and on
[[24/09/26|date]]. Her partner, [[Jason Tucker|name]], is registered at the Graham Road practice, not with us.
[[Poppy|name]] missed her pre-school booster twice and has not had her vision screening.

We have not told the mother about this referral because the grandmother fears she will be stopped from seeing the
children. Please ring me or our practice nurse [[Fiona|name]] on the number above.

Yours faithfully,
Dr [[P. Rao|name]]
GP partner and safeguarding lead"""),
    ("core group meeting minutes", """SEVERN LEVELS COUNCIL - CHILD PROTECTION CORE GROUP
Children: [[Riley Ford|name]] (11) and [[Poppy Tucker|name]] (7)     Plan category: neglect
Date: Thursday [[19 November 2026|date]], 15:30, [[Hutton Moor Primary|school]] (family room)
Present: [[Hollie Marsh|name]] (social worker, chair); [[Kayleigh Ford|name]] (mother); [[Sandra Ford|name]] (maternal
grandmother); Mrs [[Dawn Churchill|name]] (DSL, [[Hutton Moor|school]]); [[Gemma Brean|name]] (family support worker,
[[Weston|place]] Family Hub); [[Shona MacLeod|name]] (health visitor - for [[Poppy|name]]'s health actions); [[Lee Kewley|name]]
(We Are With You, adult drug and alcohol)
Apologies: [[Jason Tucker|name]] (at work); Dr [[Rao|name]] (report sent)

1. Home conditions. [[Hollie|name]] and [[Gemma|name]] visited [[27 Tamar Road|address]] on [[11/11|date]] and
[[16/11|date]]. The front room is now clear; two skips taken away on the [[14th|date]] with help from a neighbour,
[[Mark Sandford|name]] at [[no. 29|address]]. The back bedroom is still full of bags. The children sleep in one bed.
[[Kayleigh|name]] said "I know it's not right, I'm getting there."
2. School. [[Riley|name]] attendance 82% this half-term, up from 64%. Mrs [[Churchill|name]] said he is "brighter"
and now brings a packed lunch that Nan makes; this is [[Sandra|name]]. [[Poppy|name]] 91%.
3. Mother's health. [[Lee|name]] said [[Kayleigh|name]] has come to 3 of 4 sessions at the Boulevard; she is cutting down
and says she last drank on [[15 November|date]]. New GP review booked for [[2 December|date]].
4. Health. [[Shona|name]]: [[Poppy|name]]'s eye test done at Specsavers on [[4th November|date]] - glasses ordered.
[[Riley|name]]'s toe healed. Both treated for lice again.
5. Grandmother. [[Sandra|name]] has the children at [[14 Selworthy Road|address]] on Tuesday and Friday after school and
will do Saturday nights. She asked whether she can be put on the plan as a named support. Agreed.

Actions: [[Hollie|name]] to chase a cleaning grant (mother's NI [[JT 48 21 93 C|ni]] given); [[Gemma|name]] weekly visits; next
core group [[17 December 2026|date]].
Minutes: [[Hollie Marsh|name]], [[hollie.marsh@severnlevels.gov.uk|email]], [[01275 888 814|phone]]"""),
    ("primary school safeguarding log export", """[[HUTTON MOOR PRIMARY SCHOOL|school]] - SAFEGUARDING RECORD EXPORT
Pupil: [[FORD, Riley|name]] (Y6 Kingfisher)   UPN [[B802231720693|upn]]   DOB [[2.6.15|dob]]
Exported by: [[D Churchill|name]] (DSL) on [[20-11-2026|date]]   Linked pupils: [[TUCKER, Poppy|name]] (Y2 Robins)

[[08/09/2026|date]] 08:52 | Logged by: [[Amy Locking|name]] (TA) | Category: Hygiene
[[Riley|name]] came in wearing the same polo as all last week. Smelled. Given spare uniform from the office. Said the washing
machine is "full of stuff" and Mum can't get to it.
Action: passed to DSL. - [[A. Locking|name]]

[[15/09/2026|date]] 10:14 | Logged by: Mr [[Tom Uphill|name]] (class teacher) | Category: Welfare, hunger
[[Riley|name]] ate two breakfasts at breakfast club and took toast for "[[Pops|name]]". Asked him if there was food at home. He said
"there's cereal but no milk" and that [[Jase|name]] "eats in his van".
Action: DSL informed. Breakfast club place made free. - TU

[[22/09/2026|date]] 15:25 | Logged by: [[Dawn Churchill|name]] (DSL) | Category: Collection
Nobody came for [[Poppy|name]] or [[Riley|name]]. Rang mum x3 ([[07812 440 193|phone]]), no answer. Rang Nan
([[Sandra Ford|name]], [[01934 621 774|phone]]), who came from [[Bournville|place]] on the bus at 16:20. She said mum was
"not well". [[Riley|name]] said "she's asleep on the settee with the bottles."
Action: MASH contact made 16:40. Ref noted in the MASH log.

[[29/09/2026|date]] 09:05 | Logged by: [[Amy Locking|name]] | Category: Disclosure (child's words)
At the gate [[riley|name]] said "I had to sort [[poppy|name]] out again, she wet the bed and there's no sheets". Said he puts her
in his bed. Said he is "tired all the time". Asked if he wanted to talk to Mrs [[Churchill|name]]. He said no, "she'll tell social".
Action: DSL spoke to him at 09:30.

[[01/10/2026|date]] 13:10 | Logged by: [[Dawn Churchill|name]] | Category: External agency
Strategy discussion by phone with [[Hollie Marsh|name]] (SW) and DC [[Kerry Winscombe|name]] (Avon and Somerset Police).
S47 to start. [[Hollie|name]] to visit the home today with [[Banwell|place]] PCSO [[Ryan Hewish|name]] as a welfare check.

[[07/10/2026|date]] 11:45 | Logged by: Mr [[Uphill|name]] | Category: Peer
[[Riley|name]] upset - [[Mason Blake|name]] and [[Archie|name]] called him "[[Riley|name]] the tramp". Spoke to both boys. Letters home.

[[21/10/2026|date]] 14:20 | Logged by: [[Dawn Churchill|name]] | Category: Parent contact
Mum ([[Kayleigh Ford|name]]) came in with [[Hollie Marsh|name]] (SW) for a TAC meeting. Mum tearful. Said [[Jason|name]] has moved back in
and will do the drop-off. [[Poppy|name]]'s asthma pump out of date - new one from the GP by [[23/10|date]].

[[04/11/2026|date]] 09:10 | Logged by: [[Amy Locking|name]] | Category: Welfare
[[Poppy|name]] said "[[Riley|name]]s taking me to the park after with [[Mason|name]]s big sister [[Chloe|name]]". Checked:
[[Chloe Blake|name]]
is 17. Mum informed by text to [[07812 440 193|phone]].

[[13/11/2026|date]] 08:40 | Logged by: [[Amy Locking|name]] | Category: Positive
[[Riley|name]] in clean uniform, packed lunch from Nan. Said "me and [[Pops|name]] stayed at Nans on
Saturday and we had a roast". Smiling."""),
    ("mother's handwritten letter to the conference chair, scanned", """[scanned letter, handwritten on lined paper, given to
the social worker on [[25 November 2026|date]] to pass to the chair; spelling as written]

To the chair of the meeting

My name is [[Kayleigh Ford|name]] and I am [[Riley|name]] and [[Poppy|name]]s mum. I cant come and talk in the meeting because
I just cry and cant get my words out so [[Hollie|name]] said I could write it down.

I know the house got bad. After my Dad died in feb I stopped being able to throw anything out because it was all his.
I was drinking in the day and I didnt see how bad it was for the kids. [[Riley|name]] shouldnt of had to do all that for his
sister and that is on me not him. He is a good boy.

Since [[Hollie|name]] and [[Gemma|name]] came I have got the front room done and [[Mark|name]] from next door took loads to the
tip in his trailer. I go to the Boulevard every week and I have a worker called [[Lee|name]] who is kind and dosent
judge me. I havent had a drink since the [[15th|date]] and I can prove it.

My mum ([[Sandra|name]]) has been a rock. The kids go to hers in [[Bournvill|place]] on tuesdays and fridays and she does
Saturdays. Please dont take them off me. [[Jason|name]] is trying too, he took the boxes out of [[Poppy|name]]s room on
Sunday and we are going to paint it pink for her birthday on the [[30th september|date]] next year she wants.

I am asking for a bit more time. Please ring me on [[07812 440193|phone]] if you want to ask me anything.

From [[Kayleigh|name]]
[[27 Tamar rd|address]] [[oldmixon|place]]"""),
]
HOME_B = d.Address("8 Greenwood Road", "Worle", "Weston-super-Mare", "BS22 6HN")
DAD_B = d.Address("Flat 3, 41 Old Church Road", "", "Clevedon", "BS21 6NN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kacie", "Vowles")], dt.date(2011, 2, 14), addresses=[HOME_B], ids=["7579795965", "Y802223319261"],
       phones=["07787 310 462"], schools=["Queensway Academy"]),
    _p("m", "mother", [("Michelle", "Vowles")], dt.date(1984, 7, 5), addresses=[HOME_B], phones=["07468 995 204"]),
    _p("o", "other", [("Gary", "Hembrow")], dt.date(1980, 3, 19), addresses=[HOME_B], phones=["07395 118 746"]),
    _p("f", "father", [("Lee", "Vowles")], dt.date(1982, 10, 27), addresses=[DAD_B], phones=["07921 604 338"]),
    _p("x", "other", [("Ashley", "Pring")], dt.date(2004, 5, 12), phones=["07580 227 913"]),
    _p("p1", "professional", [("Tasha", "Worle")], phones=["01275 888 467"], emails=["tasha.worle@severnlevels.gov.uk"]),
], "c")
DOCS_B = [
    ("missing episode return home interview record", """RETURN HOME INTERVIEW (RHI) - SEVERN LEVELS COUNCIL, ADOLESCENT SAFETY TEAM
Young person: [[Kacie VOWLES|name]]   DOB [[14/02/2011|dob]]   Age 15   UPN [[Y802223319261|upn]]
Address: [[8 Greenwood Road|address]], [[Worle|place]], [[Weston-super-Mare|place]], [[BS22 6HN|postcode]]
Missing from: home, Friday [[6 November 2026|date]] 18:00 until found Sunday [[8 November|date]] 02:15
Found by: Avon and Somerset Police at a flat in [[Hartcliffe|place]], [[Bristol|place]] (episode 3 since August 2026)
Interview: [[10/11/2026|date]], 16:00, at [[Queensway Academy|school]] (her choice) by [[Tasha Worle|name]] (RHI worker)

Where she went and who with. [[Kacie|name]] said she got the X1 to [[Bristol|place]] with her friend [[Mia Cox|name]] and was
picked up at the bus station by "[[Ash|name]]" and his mate "[[Deeks|name]]" in a grey Golf ([[WU19 KPE|vehicle]], taken from the police
log). They went to a flat "somewhere by [[Hengrove|place]]"; she thinks it belongs to [[Deeks|name]]' cousin, [[Jordan|name]]. There
were other girls there she did not know, one called [[Lacey|name]] "from [[Knowle West|place]]".

What happened. She said they smoked weed and drank vodka and she fell asleep. She would not talk about the night. She said
[[Ash|name]] is 19 (police say [[Ashley Pring|name]] is 22, DOB [[12/05/2004|dob]]) and "treats me better than anyone at home".
He bought her the phone she uses now (the number she gave is [[07580 227 913|phone]] - this is [[Ashley Pring|name]]'s own
number in the police log, so she may be using his old phone).

Home. She said she "can't stand" [[Gary|name]] (mum's partner) and that he "goes through my stuff". She wants to live with her dad
in [[Clevedon|place]]. She has not seen him since his birthday in October. She misses her nan in [[Milton|place]].

Risks seen: older male, gifts, alcohol and drugs, travel out of area, other girls, a phone not her own. CSE screening tool
completed; score HIGH. Shared with [[Sarah Lympsham|name]] (SW) and the exploitation hub by email on the [[10th|date]].
Her words at the end: "Don't tell [[Ash|name]] I said anything, please, he'll think I'm a grass."
People she named (for the exploitation hub):
- "[[Ash|name]]" / [[Ashley Pring|name]] - lives with his mum in [[Withywood|place]]; drives the grey Golf.
- "[[Deeks|name]]" - about 20, [[Ash|name]]'s mate; "has a flat in [[Hartcliffe|place]] or his cousin does".
- [[Jordan|name]] - older, "in his thirties", the flat is his; she has met him twice.
- [[Lacey|name]] - 14, from [[Knowle West|place]], "goes there all the time".
- [[Mia Cox|name]] - her best friend, from [[Worle|place]]; was with her on the [[6th|date]] and on [[17 October|date]].
Next RHI worker contact: [[Sarah Lympsham|name]], or me on [[01275 888 467|phone]].
Signed: [[T. Worle|name]]   [[tasha.worle@severnlevels.gov.uk|email]]"""),
]
DOCS_B += [
    ("police missing person report summary", """AVON AND SOMERSET CONSTABULARY - MISSING PERSON REPORT (summary for partners)
Ref: MISPER 5226-1107   Risk: HIGH (raised from medium at 23:30)
Missing person: [[VOWLES, Kacie|name]]   F   DOB [[14.02.2011|dob]]   Ht 5'4", slim, long dyed red hair, nose stud
Home address: [[8 Greenwood Rd|address]], [[Worle|place]], [[BS22 6HN|postcode]]   Reported by: mother, [[Michelle VOWLES|name]],
[[07468 995 204|phone]], at 22:05 on [[06/11/26|date]]
Last seen: 17:50, [[06/11/26|date]], leaving home "to go to [[Mia|name]]'s" in black North Face coat, grey joggers, white trainers
Mobile: [[07787 310 462|phone]] (off since 18:40; last cell site [[Congresbury|place]])

Enquiries:
- [[Mia COX|name]] (15), [[22 Lynton
  Close|address]], [[Worle|place]]: not home either. Her mother, [[Carla Cox|name]], [[07449 816 052|phone]],
  said both girls "have a boyfriend in [[Bristol|place]] called [[Ash|name]]".
- Father, [[Lee VOWLES|name]], [[Clevedon|place]], [[07921 604 338|phone]]: not seen her; checked his flat.
- Stepfather, [[Gary HEMBROW|name]] (mother's partner): said there was an argument about her phone at tea.
- Known associates (intel): [[Ashley PRING|name]] (DOB [[12/05/2004|dob]]) of [[Withywood|place]], vehicle [[WU19 KPE|vehicle]]; [[Dean
  DEACON|name]] ("[[Deeks|name]]", 20).
- ANPR: [[WU19 KPE|vehicle]] through the M5 J21 camera at 18:31 heading north.
- Sunday [[08/11|date]] 01:50: officers attended [[Flat 2, 17 Fulford Road|address]], [[Hartcliffe|place]] (tenant [[Jordan Deacon|name]]).
  Both girls found. Three adult males present. [[Kacie|name]] intoxicated. Taken home by PC 3881 [[Gibbs|name]] at 02:15.

Prevention interview: to be done by the Children's Services RHI worker. Exploitation referral: yes.
Officer in case: PS [[Rachel Hutton|name]], [[Weston|place]] Neighbourhood Team."""),
    ("Snapchat and Instagram messages photographed by a parent and typed up", """[Typed up by [[Michelle Vowles|name]] (mum) from photos she
took of [[Kacie|name]]'s phone on [[12 Nov|date]] while [[Kacie|name]] was in the shower. Given to [[Sarah Lympsham|name]] (SW).
Spelling as on the phone. Names as shown on Snapchat.]

SNAPCHAT - chat with "[[ash|name]] 💸" (username ashhh_bs13)
[[ash|name]] 💸: u home yet babe
[[kacie|name]]: ye mum went mad
[[ash|name]] 💸: told u shes a psycho lol. hows [[gary|name]]
[[kacie|name]]: ugh hes the worst, he took my charger
[[ash|name]] 💸: dont stress il get u a new one. come down sat? [[deeks|name]] can get u from [[worle|place]] asda
[[kacie|name]]: cant, grounded till the [[20th|date]]
[[ash|name]] 💸: bun that. tell ur mum ur at [[mia|name]]s like last time
[[kacie|name]]: [[mia|name]]s mum checks now
[[ash|name]] 💸: u still owe me for the phone remember 😘 [[jordan|name]] wants to meet u properly
[[kacie|name]]: who is [[jordan|name]]
[[ash|name]] 💸: my boy from [[knowle|place]] hes safe

INSTAGRAM - message from "laceyxo.x"
[[lacey|name]]: hey hun its [[lacey|name]] from the flat. u ok? dont listen to [[ash|name]] about [[jordan|name]]. i mean it
[[kacie|name]]: y
[[lacey|name]]: just dont. my snap is laceyy_bris. im in [[bedminster|place]] now with my nan at [[6 ashton street|address]] if u ever need

SNAPCHAT - group "[[Weston|place]] girls 💅" ([[Mia|name]], [[Kacie|name]], [[Ellie-Mae|name]], [[Tegan|name]])
[[Ellie-Mae|name]]: [[kace|name]] r u coming to the pier sat
[[kacie|name]]: cant grounded
[[Tegan|name]]: omg ur mum 🙄 tell her its [[Tegan|name]]s birthday its [[14 nov|date]]
[[kacie|name]]: it actually is ur bday lol
[[Mia|name]]: dont go to [[bristol|place]] again [[kace|name]] pls"""),
    ("complex strategy meeting minutes", """SEVERN LEVELS COUNCIL - COMPLEX STRATEGY MEETING (CHILD EXPLOITATION)
Re: [[Kacie Vowles|name]] (15) and [[Mia Cox|name]] (15)    Date: Monday [[16th November 2026|date]]    Via Teams
Chair: [[Nadine Kewstoke|name]] (Service Manager)
Attendees: [[Sarah Lympsham|name]] (SW for [[Kacie|name]]); [[Owen Price-Jones|name]] (SW for [[Mia|name]]); DS [[Martin Brent|name]]
(Exploitation Team, Avon and Somerset Police); [[Tasha Worle|name]] (RHI); [[Jo Hillier|name]] (DSL, [[Queensway Academy|school]]);
[[Kathryn Dunster|name]] (school nurse); [[Becky Draycott|name]] (Barnardo's BASE worker)

1. Information. DS [[Brent|name]]: [[Ashley Pring|name]] is linked to [[Jordan Deacon|name]] of [[Flat 2|address]],
[[Fulford Road|address]],
[[Hartcliffe|place]]; the flat has had three girls under 16 found there since [[1 September|date]]. One of them has been identified
as [[Lacey Smart|name]] (14), open to Bristol City Council. The Golf, [[WU19 KPE|vehicle]], is registered to [[Pring|name]]'s mother in
[[Withywood|place]].
2. Messages. [[Sarah|name]] shared [[Michelle|name]]'s typed-up messages from [[12/11|date]]. Debt bondage ("you owe me for the phone")
and an introduction to another adult. [[Lacey|name]]'s warning noted.
3. School. Ms [[Hillier|name]]: [[Kacie|name]] 71% since September; out of lessons with [[Mia|name]]; seen getting into a grey car
on [[Queensway|address]] on [[2/11|date]]. [[Mia|name]] now on a reduced timetable.
4. Family. [[Michelle|name]] and [[Gary|name]] are at breaking point; the father, [[Lee Vowles|name]], has offered for [[Kacie|name]] to
stay with him in [[Clevedon|place]] on weekends. A check of his flat is needed first ([[Sarah|name]]).

Decisions: S47 enquiries for both girls; a Child Abduction Warning Notice to be served on [[Ashley Pring|name]] and
[[Jordan Deacon|name]]; NRM not met at this stage; a BASE worker for [[Kacie|name]] ([[Becky|name]]) from [[23/11|date]]; a disruption
plan for the flat. Review meeting: [[14 December 2026|date]].
Actions:
| Who | What | By |
| [[Sarah Lympsham|name]] | S47 visit to [[Kacie|name]] and [[Michelle|name]];
  check [[Lee|name]]'s flat in [[Clevedon|place]] | [[18/11|date]] |
| [[Owen Price-Jones|name]] | S47 visit to [[Mia|name]] and [[Carla Cox|name]] at [[22 Lynton Close|address]] | [[18/11|date]] |
| DS [[Brent|name]] | CAWNs on [[Pring|name]] and [[J. Deacon|name]]; intel on [[Tyler Deacon|name]] (brother, 17) | [[20/11|date]] |
| [[Jo Hillier|name]] | Safe adult in school for [[Kacie|name]] (Mrs [[Brockley|name]], head of year) | [[17/11|date]] |
| [[Becky Draycott|name]] | First BASE session at [[Queensway|school]] | [[23/11|date]] |
Minutes by [[Kelly Locke|name]] (business support)."""),
]
HOME_C = d.Address("16 Mizzymead Road", "", "Nailsea", "BS48 2PA")
AHKKU_C = d.Address("Báhčaveaijohgeaidnu 4", "", "Guovdageaidnu", "9520")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ánte", "Hardwick")], dt.date(2017, 3, 21), addresses=[HOME_C], ids=["4106335530", "R802400319174"],
       schools=["Golden Valley Primary School"]),
    _p("s", "sibling", [("Sunná", "Hardwick")], dt.date(2020, 12, 6), addresses=[HOME_C], ids=["4947111658"]),
    _p("m", "mother", [("Elle Márjá", "Oskal")], dt.date(1990, 8, 2), addresses=[HOME_C], phones=["07722 930 481"],
       emails=["ellemarja.oskal@gmail.com"]),
    _p("f", "father", [("Tom", "Hardwick")], dt.date(1986, 1, 15), addresses=[HOME_C], phones=["07963 471 205"]),
    _p("g", "grandparent", [("Inga", "Oskal")], dt.date(1962, 4, 9), addresses=[AHKKU_C], phones=["+47 78 48 61 20"]),
    _p("u", "other", [("Niillas", "Oskal")], None, phones=["+47 915 62 408"]),
    _p("p1", "professional", [("Rhian", "Backwell")], phones=["01275 888 352"], emails=["rhian.backwell@severnlevels.gov.uk"]),
], "c")
DOCS_C = [
    ("Early Help assessment", """SEVERN LEVELS COUNCIL - EARLY HELP ASSESSMENT (family-led)
Family: [[Oskal|name]] / [[Hardwick|name]]        Address: [[16 Mizzymead Road|address]], [[Nailsea|place]], [[BS48 2PA|postcode]]
Lead practitioner: [[Rhian Backwell|name]] (Family Support, [[Nailsea|place]] Family Hub)   Started: [[14/10/2026|date]]
Completed: [[4 November 2026|date]]

Who is in the family
[[Ánte Hardwick|name]] (9, DOB [[21/03/2017|dob]]) - Year 5, [[Golden Valley Primary|school]]
[[Sunná Hardwick|name]] (5, DOB [[06/12/2020|dob]]) - Reception, same school
[[Elle Márjá Oskal|name]] (mother, 36) - from [[Guovdageaidnu|place]] ([[Kautokeino|place]] in Norwegian), in northern Norway.
She is Sámi; her first language is North Sámi, then Norwegian, then English. Mobile [[07722 930 481|phone]].
[[Tom Hardwick|name]] (father, 40) - from [[Backwell|place]]; works offshore, two weeks on, two weeks off.
Important people: her mother, [[Inga Oskal|name]] ("áhkku" to the children) in [[Guovdageaidnu|place]]; her brother [[Niillas|name]],
who herds reindeer near [[Kárášjohka|place]]; a friend from the school gate, [[Becca Tickenham|name]]; [[Tom|name]]'s parents in [[Flax
Bourton|place]].

Why we are involved
The school (Mrs [[Jenkins|name]] - see below) asked for help on [[7 October|date]]: [[Ánte|name]] has been coming in upset after
"Dad's home weeks", has stopped eating lunch, and told his teacher "Dad says Mum is stupid because she talks funny". [[Elle
Márjá|name]] has lost weight and cried at the gate. [[Sunná|name]] has started wetting herself at school.

What the family told me
[[Elle Márjá|name]] said she came to England in 2014 when she met [[Tom|name]] on his work in [[Hammerfest|place]]. She has
no friends here apart from [[Becca|name]], no car, and no money of her own: [[Tom|name]] holds the bank card and checks her phone
when he is home. She is not allowed to speak Sámi to the children "because he can't understand what we say". She said she
has not been home to [[Guovdageaidnu|place]] since her father died in April 2022. Her mother rings every Sunday on
[[+47 78 48 61 20|phone]].
[[Tom|name]] said he works hard "to keep a roof over them" and that [[Elle|name]] "gets homesick in the dark months and
overreacts". He agreed to the assessment.
[[Ánte|name]] (seen alone at school): "Áhkku lets me feed the reindeer." Three wishes: to go to Norway for
Easter, for Dad "to stop shouting", and a dog.

Analysis and plan: emotional harm from what looks like coercive control. Referral to the domestic abuse service (outreach);
school ELSA for [[Ánte|name]]; the school nurse for [[Sunná|name]]; a Sámi-speaking contact through the Norwegian
seamen's church in [[Bristol|place]] if she wants one. Review [[2 December 2026|date]].

Contacts agreed with [[Elle Márjá|name]]: [[Becca Tickenham|name]] (friend, [[07535 972 104|phone]]); [[Inga Oskal|name]]
(mother, [[Guovdageaidnu|place]], [[+47 78 48 61 20|phone]]); [[Niillas Oskal|name]] (brother, [[+47 915 62 408|phone]]);
school: Mrs [[Jenkins|name]] and the office at [[Golden Valley|school]]; GP: Dr [[Ahmed|name]] at Tower House.
[[Rhian Backwell|name]], [[rhian.backwell@severnlevels.gov.uk|email]]"""),
]
DOCS_C += [
    ("grandmother's letter in North Sámi with a translation", """[Letter in North Sámi, posted from [[Guovdageaidnu|place]] to the
social worker and received on [[23 November 2026|date]]. Translated for the council by [[Marit Bongo|name]] (freelance, North Sámi -
English). Sámi text as written, then the translation.]

Buorre beaivi [[Rhian|name]].
Mun lean [[Inga Oskal|name]], [[Elle Márjá|name]] eadni ja [[Ánte|name]] ja [[Sunná|name]] áhkku. Mun orun [[Guovdageainnus|place]],
[[Báhčaveaijohgeaidnu 4|address]], [[9520|postcode]]. Mu nieida lea muitalan munnje ahte don veahkehat su.
Mun lean balus. [[Tom|name]] ii divtte su hállat sámegiela mánáiguin. Dat lea min giella.
[[Niillas|name]], mu bárdni, sáhttá boahtit Englándii? ... Son lea [[Kárášjogas|place]] ja su telefovdna lea
[[+47 915 62 408|phone]].
Mánát sáhttet boahtit deike juovllaide, [[20.12.2026|date]] rájes. Mis lea lanja ja mis leat bohccot.
Ollu dearvvuođat, [[Inga|name]]
Mu telefovdna: [[+47 78 48 61 20|phone]]

Translation:
Good day [[Rhian|name]].
I am [[Inga Oskal|name]], [[Elle Márjá|name]]'s mother and [[Ánte|name]] and [[Sunná|name]]'s grandmother. I live in
[[Guovdageaidnu|place]], [[Báhčaveaijohgeaidnu 4|address]], [[9520|postcode]]. My daughter has told me that you are helping her.
I am afraid. [[Tom|name]] does not let her speak Sámi with the children. It is our language.
Can [[Niillas|name]], my son, come to England? ... He is in [[Karasjok|place]] and his phone is [[+47 915 62 408|phone]].
The children can come here for Christmas, from [[20.12.2026|date]]. We have a room and we have reindeer.
Many greetings, [[Inga|name]]
My phone: [[+47 78 48 61 20|phone]]

[Translator's note: "[[Guovdageainnus|place]]" and "[[Kárášjogas|place]]" are the forms of the place names meaning "in
[[Guovdageaidnu|place]]" and "in [[Kárášjohka|place]]". "Englándii" means "to England".]"""),
]
DOCS_C += [
    ("Facebook Messenger chat screenshotted by the mother's friend", """[Screenshots sent by [[Becca Tickenham|name]] to the
domestic abuse outreach worker on [[18/11/2026|date]] with [[Elle Márjá|name]]'s agreement. Typed up by the worker; emojis
described in brackets.]

Messenger - [[Elle Márjá Oskal|name]] and [[Becca Tickenham|name]]

Tue [[10 Nov|date]] 21:14
[[Elle Márjá|name]]: are you awake
[[Becca|name]]: yes hun whats up
[[Elle Márjá|name]]: he took my phone again, I'm on [[ánte|name]]s ipad. he read what I wrote to eadni
[[Becca|name]]: omg. are you safe. do you want me to come round
[[Elle Márjá|name]]: no he is asleep. he says I am making the kids "foreign"
[[Becca|name]]: thats mad. [[sunna|name]] is literally the sweetest kid in reception
[[Elle Márjá|name]]: he said if I go to [[guovdageaidnu|place]] with them he will say I kidnapped them

Wed [[11 Nov|date]] 08:02
[[Becca|name]]: can I pick the kids up today? ill take them to [[clevedon|place]] pier with [[Harvey|name]] and [[Isla|name]]
[[Elle Márjá|name]]: yes thank you. [[tom|name]] flies back to [[aberdeen|place]] on the [[12th|date]] (thank you emoji)
[[Becca|name]]: my mum says you can stay at hers in [[wraxall|place]] anytime. [[2 Bristol Rd|address]], the one with the
blue door

Fri [[13 Nov|date]] 17:05
[[Elle Márjá|name]]: [[Ánte|name]] asked me to teach him the joik áhkku made for him. I did it quietly in the bath
[[Becca|name]]: that's beautiful. [[Harvey|name]] wants to learn too 😂 come for tea sunday? [[Steve|name]]s doing a roast
[[Elle Márjá|name]]: yes. can I bring [[Sunná|name]]s friend [[Lily|name]] too, her mum [[Karen|name]] is working

Mon [[16 Nov|date]] 19:40
[[Elle Márjá|name]]: [[Rhian|name]] came. she said the word "coercive control". I looked it up. it is everything
[[Becca|name]]: I know babe. I've known for ages
[[Elle Márjá|name]]: [[Niillas|name]] says he will come in December. he never leaves the herd, not even for [[Máret|name]]'s
wedding
[[Becca|name]]: 🦌🦌🦌
[[Elle Márjá|name]]: my number at work is [[01275 343 671|phone]] if he takes the phone again. its the bakery in [[Nailsea|place]]
(the one by Crown Glass Place)"""),
    ("domestic abuse outreach case closure summary", """NEXT LINK PLUS - DOMESTIC ABUSE OUTREACH, NORTH SOMERSET
CASE CLOSURE SUMMARY                         Worker: [[Jess Portbury|name]]              Date: [[3 December 2026|date]]

Client: [[Elle Márjá OSKAL|name]]   DOB [[02/08/1990|dob]]   Tel: [[07722 930 481|phone]] (safe to call Mon-Fri 9-3)
Email: [[ellemarja.oskal@gmail.com|email]]   Children: [[Ánte|name]] (9) and [[Sunná|name]] (5) [[HARDWICK|name]]
Referred by: [[Rhian Backwell|name]], Early Help, on [[05/11/2026|date]]
Perpetrator: [[Tom HARDWICK|name]] (husband), DOB [[15/01/1986|dob]]

Summary of work (6 sessions, [[9 Nov|date]] to [[1 Dec|date]]):
- DASH completed [[09/11|date]]: 14 ticks, medium risk; no physical violence reported; economic abuse, isolation, monitoring,
  threats to take the children. Not referred to MARAC.
- Freedom Programme (online) - 4 of 12 weeks done.
- A bank account in her own name opened on [[20/11/2026|date]] with [[Becca|name]]'s help; wages from the bakery now paid into it.
- Legal: advice from [[Harriet Stockwood|name]] at [[Fry|name]] & [[Lush|name]] solicitors in [[Portishead|place]] about a
prohibited steps order.
  She has decided not to apply now; she has told [[Tom|name]] she wants a separation.
- Her brother, Mr [[Niillas Oskal|name]], is coming from [[Karasjok|place]] on [[14
December|date]] for three weeks and will
  stay at the house while [[Tom|name]] is offshore; [[Tom|name]] has agreed to stay with his parents at [[Flax Bourton|place]]
  when he is home.
- The children will go to their grandmother in [[Kautokeino|place]] for Christmas with their mother ([[20 December|date]] to
  [[3 January|date]]); [[Tom|name]] has agreed in writing.

Reason for closing: goals met; she knows how to come back. Safety plan copy held by [[Becca|name]]'s mother at [[2 Bristol Road|address]],
[[Wraxall|place]].
[[J. Portbury|name]]"""),
]
HOME_D = d.Address("Flat 7, Tidewater Court, 4 Harbour Road", "", "Portishead", "BS20 7DE")
TIBU_D = d.Address("", "Betio", "Tarawa", "")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Teretia", "Bessant")], dt.date(2012, 5, 28), addresses=[HOME_D], ids=["9465546356", "K802204120329"],
       phones=["07818 263 590"], schools=["Gordano Vale Academy"]),
    _p("s", "sibling", [("Taaniti", "Bessant")], dt.date(2016, 10, 11), addresses=[HOME_D], ids=["9752826156"],
       schools=["Portishead Marina Primary School"]),
    _p("m", "mother", [("Rotaria", "Kaitabo"), ("Rotaria", "Bessant")], dt.date(1988, 2, 3), addresses=[HOME_D],
       phones=["07507 342 816"]),
    _p("f", "father", [("Mark", "Bessant")], dt.date(1979, 9, 14), addresses=[HOME_D], phones=["07701 552 834"]),
    _p("g", "grandparent", [("Tekarei", "Kaitabo")], None, addresses=[TIBU_D], phones=["+686 7301 2248"]),
    _p("p1", "professional", [("Alys", "Pill")], phones=["01275 888 590"], emails=["alys.pill@severnlevels.gov.uk"]),
], "c")
DOCS_D = [
    ("school nurse drop-in record", """SCHOOL NURSING SERVICE (5-19) - DROP-IN CONTACT RECORD
Site: [[Gordano Vale Academy|school]], [[Portishead|place]]        Date: [[05/10/2026|date]]    Time: 12:35-13:10
Nurse: [[Claire Easton|name]] RN SCPHN
Young person: [[Teretia BESSANT|name]]   DOB [[28/05/2012|dob]]   NHS [[946 554 6356|nhs]]   Year 9
Address: [[Flat 7, Tidewater Court|address]], [[4 Harbour Road|address]], [[Portishead|place]] [[BS20 7DE|postcode]]
GP: Harbourside Family Practice

Reason for attending: self-referred (friend [[Ruby Weston|name]] came with her). Says she "can't stop crying" and has been
cutting her upper arms with a pencil sharpener blade for about 3 weeks.

Seen: 6 superficial healing cuts left upper arm, no signs of infection; cleaned and dressed. No overdose. No suicidal plan; has
thought "it would be easier if I wasn't here" at night.
What is going on (her words): "Dad hits me with the belt when I talk back and then Mum cries and says it's our way to
respect the father." Last time was "Saturday" ([[3 October|date]]). Showed a bruise on the back of her left thigh about 6 cm,
yellow-brown. She said Dad ([[Mark|name]]) is "really strict since he got made redundant from the docks". Mum ([[Rotaria|name]],
"[[Ria|name]]") is from Kiribati and "doesn't know anyone here apart from church". Little brother [[Taaniti|name]] (10) "is the
favourite". She talks to her grandmother, "Tibu" (Nei [[Tekarei|name]]), in [[Betio|place]] on WhatsApp when the time
difference allows.

Action: safeguarding concern (physical harm, self-harm); DSL Mr [[Owen Clapton|name]] informed 13:15; MASH referral by DSL
with my notes. Consent to share given; she asked that Dad is not told it came from her. Follow up: [[12/10/2026|date]].
[[C. Easton|name]] (nurse)

Follow-up [[12/10/2026|date]] 12:40: [[Teretia|name]] came with [[Ruby|name]] again. Cuts healing, no new ones. She is staying at
[[Ruby|name]]'s house (the [[Weston|name]] family) for a few nights. Said her mum rang "Tibu" in [[Betio|place]] and cried. Said
Mr [[Clapton|name]] and the social worker ([[Alys|name]]) were "alright". Gave her the Kooth details and my number at the
school office. Next drop-in [[19 October|date]]. [[C. Easton|name]]"""),
]
DOCS_D += [
    ("text messages in Gilbertese and English between mother and daughter, translated", """[WhatsApp messages between
[[Teretia|name]] and her mother, shown by [[Teretia|name]] to [[Alys Pill|name]] (SW) on [[14 October 2026|date]] and copied with
her agreement. Gilbertese (te taetae ni Kiribati) translated by [[Tiaon Uriam|name]], a member of the Kiribati community in
[[Bristol|place]], by phone. The mother is saved as "Tinau" (Mum), the grandmother as "Tibu".]

Tinau: [[Teretia|name]] ko mena iai? (Where are you?)
[[Teretia|name]]: at [[ruby|name]]s, back at 7
Tinau: E un tamam. Ko na okira ngkai. (Your dad is angry. Come home now.)
[[Teretia|name]]: im not coming if hes going to do the belt again
Tinau: Taiaoka natiu. I na taetae ma [[Mark|name]]. (Please my child. I will talk to [[Mark|name]].)
Tinau: [[Taaniti|name]] e tangiriko ([[Taaniti|name]] wants you)
[[Teretia|name]]: tell [[taaniti|name]] i love him. tell dad hes not allowed to hit me its the law here
Tinau: Aio aia katei ni Kiribati (This is our custom in Kiribati)
[[Teretia|name]]: we dont live in kiribati mum we live in [[portishead|place]]

[Forwarded by [[Teretia|name]] from "Tibu" (+686 number), [[13/10/2026|date]]:]
Tibu: Ko raba natiu. Bwa ko na roko [[Betio|place]] n te Kiritimati? Anti [[Bwena|name]] e kaaki mai [[Bikenibeu|place]].
      [[+686 6302 5517|phone]] te tarenoa iroun [[Bwena|name]].
      (Thank you my child. Will you come to [[Betio|place]] at Christmas? Aunty [[Bwena|name]] is coming from
      [[Bikenibeu|place]]. [[+686 6302 5517|phone]] is [[Bwena|name]]'s phone.)
[[Teretia|name]]: tibu i tangiriko. dad says no money for flights
Tibu: Ko na kukurei. [[Ioane|name]] e ota. (Be happy. [[Ioane|name]] understands.)

[Messages of [[15/10/2026|date]] between [[Teretia|name]] and her friend, shown at the same visit:]
[[Ruby|name]]: u can stay at mine again, mum said. shes called [[leanne|name]] if the social ask
[[Teretia|name]]: thank u. tell [[dan|name]] sorry about the sofa lol
[[Ruby|name]]: hes fine. [[taaniti|name]] ok?
[[Teretia|name]]: hes at [[ioane|name]]s house with [[meere|name]] after church. mum is going to [[clevedon|place]] for the meeting on the
      [[4th|date]]
[[Ruby|name]]: we'll walk to school together tmrw, meet at the marina? no wait [[harbour rd|address]]
"""),
]
DOCS_D += [
    ("initial child protection conference report", """SEVERN LEVELS COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[Teretia BESSANT|name]] (14, DOB [[28.05.2012|dob]], UPN [[K802204120329|upn]]) and [[Taaniti BESSANT|name]] (10, DOB
[[11.10.2016|dob]], NHS [[975 282 6156|nhs]])
Address: [[Flat 7|address]], [[Tidewater Court|address]], [[4 Harbour Road|address]], [[Portishead|place]] [[BS20 7DE|postcode]]
Parents: [[Mark BESSANT|name]] (DOB [[14/09/1979|dob]], [[07701 552 834|phone]]); [[Rotaria BESSANT|name]] (née [[KAITABO|name]], DOB
[[03/02/1988|dob]], [[07507 342 816|phone]]; first language Gilbertese; interpreter by phone)
Conference: Wednesday [[4th November 2026|date]], 10:00, Castlewood, [[Clevedon|place]]      Author: [[Alys Pill|name]], social worker

1. Reason for the enquiry. On [[5 October 2026|date]] [[Teretia|name]] told the school nurse that her father hits her with a
belt and showed a bruise; she had been cutting her arms. A strategy discussion was held on [[6/10/2026|date]] (DS [[Imran
Sheikh|name]], [[Alys Pill|name]], Mr [[Owen Clapton|name]], DSL). Joint visit on [[7 October|date]]; [[Teretia|name]] stayed with
her friend's family ([[Ruby Weston|name]]'s parents, [[Dan|name]] and [[Leanne Weston|name]], of [[Down Road|address]],
[[Portishead|place]])
for 5 nights by agreement.
2. What the parents said. Mr [[Bessant|name]] admitted hitting [[Teretia|name]] "two or three times" with a belt "on the legs only"
for lying and for staying out. He said "I was brought up the same and I turned out fine". He accepted a caution on
[[20/10/2026|date]]. Mrs [[Bessant|name]] said that in Kiribati a father "has the right" but that she does not want her children
hurt; she has been afraid to go against her husband. She has no family in England; her mother, Nei [[Tekarei Kaitabo|name]],
lives in [[Betio|place]] on [[South Tarawa|place]] ([[+686 7301 2248|phone]]) and her sister [[Bwena|name]] in
[[Bikenibeu|place]].
3. [[Taaniti|name]]. Seen alone at [[Portishead Marina Primary|school]] on [[8/10|date]]: no marks; "Dad shouts but not at me, at
[[Teti|name]]" (his name for his sister). He is worried about his mum.
4. Strengths. Both parents came to every meeting. The family attend the Kiribati fellowship that meets at St Peter's Church
hall; the pastor, Rev. [[Ioane Tetoa|name]], visits. [[Mark|name]] has started the Caring Dads course at the family hub.
5. Recommendation: a child protection plan for [[Teretia|name]] under physical abuse; for [[Taaniti|name]], a Child in Need plan.
CAMHS referral for [[Teretia|name]] made [[21/10|date]] (Dr [[Hannah Nailsea|name]]).
[[Alys Pill|name]], [[alys.pill@severnlevels.gov.uk|email]], [[01275 888 590|phone]]"""),
]
DOCS_D += [
    ("pastor's handwritten note, OCR'd from a scan", """[Scanned handwritten note, run through OCR by business support on
[[09/11/2026|date]]; OCR errors left in. Page 1 of 1.]

KIRIBATI FELLOWSHIP - [[BRISTOL|place]] & [[PORTISHEAD|place]]
(meets St Peter's hall, Sundays 2pm)

Dear Mrs [[Pi11|name]],
Thank you for the meet1ng on the [[4th|date]]. I am writing as the pastor to the [[Bessant|name]] fami1y, with [[Rotarla|name]]'s
permission. I have known [[Rotaria|name]] since she came to [[Portishcad|place]] in 2011 and I married her and [[Mark|name]] at
the church in [[Bair1ki|place]] when we were both stil1 on [[Tarawa|place]].

1 have spoken with [[Mark|name]] 3 tlmes. He accepts now that the belt is wrong and that the law here does not al1ow it. He
cried when I read him what [[Teret1a|name]] said at the conference. I have asked two of our men, [[Tebano|name]] and
[[Kaure Itaaka|name]], to be with him as friends on Sundays.

[[Rotaria|name]] needs a friend who is a woman. My wife, [[Meere Tetoa|name]], wil1 visit her on Thursdays. Our phone is
[[07990 312 645|phone]]. We live at [[11 Slade Road|address]], [[Portishead|place]], [[BS20 6BQ|postcode]].

The chi1dren are we1come at our youth night on Fridays. [[Tere|name]] used to come with [[Ruby|name]]. She is a good girl.

God bless you,
Rev. [[Ioane Tetoa|name]]
[[6th Nov 2026|date]]"""),
]
HOME_E = d.Address("5 Lonsdale Avenue", "Bournville", "Weston-super-Mare", "BS23 3SJ")
NAN_E = d.Address("38 Uphill Way", "Uphill", "Weston-super-Mare", "BS23 4TH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Harley", "Price")], dt.date(2026, 8, 19), addresses=[HOME_E], ids=["1873538286"]),
    _p("m", "mother", [("Summer", "Sweet")], dt.date(2007, 1, 29), addresses=[HOME_E], phones=["07852 119 476"],
       ids=["2712423844", "SW 37 60 15 B"]),
    _p("f", "father", [("Connor", "Price")], dt.date(2005, 6, 11), addresses=[HOME_E], phones=["07403 665 281"]),
    _p("g", "grandparent", [("Tracey", "Sweet")], dt.date(1975, 12, 2), addresses=[NAN_E], phones=["01934 833 462"]),
    _p("p1", "professional", [("Jade", "Bleadon")], phones=["01275 888 231"], emails=["jade.bleadon@severnlevels.gov.uk"]),
], "c")
DOCS_E = [
    ("hospital safeguarding team chronology", """WESTON GENERAL HOSPITAL - SAFEGUARDING CHILDREN TEAM - CHRONOLOGY
Child: [[Harley PRICE|name]]   DOB [[19/08/2026|dob]]   NHS [[187 353 8286|nhs]]   Hospital no. W2260814
Address: [[5 Lonsdale Avenue|address]], [[Bournville|place]], [[Weston-super-Mare|place]], [[BS23 3SJ|postcode]]
Mother: [[Summer SWEET|name]] (19), DOB [[29/01/2007|dob]]   Father: [[Connor PRICE|name]] (21), DOB [[11/06/2005|dob]]
Prepared by: [[Nicola Puxton|name]], Named Nurse, [[30/11/2026|date]]

[[19/08/2026|date]]  Born at St Michael's, [[Bristol|place]], 36+2 weeks, 2.41 kg. Special care 4 days for feeding.
[[24/08/2026|date]]  Discharged home. Midwife: [[Zoe Kingston|name]]. Mother care leaver (PA [[Liam Hewish|name]]).
[[26/08/2026|date]]  Midwife home visit ([[Zoe|name]]): baby well; mother says father works nights at Amazon in [[Avonmouth|place]].
[[02/09/2026|date]]  HV new birth visit ([[Shona MacLeod|name]]). Home "cold, sparse"; father "quiet, left the room".
[[16/09/2026|date]]  HV visit ([[Shona|name]]): weight 3.1 kg, no marks. Neighbour ([[Debbie Rolfe|name]], [[no. 3|address]]) present.
[[07/10/2026|date]]  Missed 8-week check (no contact on [[07852 119 476|phone]]); rebooked for [[14/10/2026|date]] and attended.
[[21/10/2026|date]]  Seen by GP (Dr [[Abbott|name]], Clarence Park Surgery) - "red mark on cheek, from a dummy clip" per mother.
[[27/11/2026|date]]  23:10 Brought to ED by both parents: "not feeding, sleepy". Triage nurse [[Grace Milton|name]] noted 3 small
              bruises on the left upper arm and a bruise behind the right ear. Paediatric registrar Dr [[Ben Wick|name]].
[[28/11/2026|date]]  Consultant Dr [[Olu Adeyemi|name]]: bruising in a non-mobile infant; skeletal survey shows 2 healing
              posterior rib fractures; CT head normal. Police ([[Weston|place]] CID, DC [[Lauren Hutton|name]]) and EDT
              ([[Marcus Kenn|name]]) informed 10:45. Strategy discussion 14:00.
[[28/11/2026|date]]  Parents' account: [[Connor|name]] says he "might have squeezed him" when [[Harley|name]] rolled off the settee
              on the [[25th|date]]; [[Summer|name]] says she was at her mum's in [[Uphill|place]]. Maternal grandmother, Mrs
              [[Tracey Sweet|name]] ([[01934 833 462|phone]]), at the bedside.
[[29/11/2026|date]]  Baby stays in hospital under police protection (PP [[28.11.26|date]] 21:30) until a safety plan;
              the grandmother offered as a carer; checks started on her and her partner, [[Wayne Loxton|name]].
[[30/11/2026|date]]  Medically fit. Discharged to Mrs [[Sweet|name]] at [[38 Uphill Way|address]], [[Uphill|place]] under
              a written agreement; contact with the parents supervised."""),
]
DOCS_E += [
    ("health visitor's notes typed fast on a phone", """[Notes typed on the HV's work phone in the car, pasted into the record
unedited on [[2 Sept 2026|date]]]

nbv [[harley|name]] 2/52 old. m [[summer|name]] 19 ex LAC, f [[connor|name]] 21 (kept going out for a smoke, didnt engage). flat
[[5 lonsdale ave|address]] upstairs, cold, 1 heater, no curtains bedroom. moses basket ok, bottles sterilised. baby 2.6kg
wt gain ok, skin clear no marks, cord off. feeding SMA 90ml 3hrly. m says nan [[trace|name]] helps, lives [[uphill|place]], she
popped in while i was there, nice. m low mood? EPDS 11. dad works nights at the warehouse in [[Worle|place]]?? ([[Summer|name]] said
[[Banwell|place]] one). m asked re free nursery later + housing, damp. her NI [[SW 37 60 15 B|ni]] for healthy start form. PA
[[liam|name]] from leaving care team to ring me - his
no [[07539 804 117|phone]]. neighbour [[Debs|name]] at [[no 3|address]] brings the pram up the stairs for her.
plan: 6wk check, gp re mood, refer family hub ([[Bournville|place]] Family Centre at [[the Oval|address]]?) - check with
[[Shona|name]] tmrw if
thats right. next visit [[16/9|date]]. f told me he has "a temper but never with the baby". dv q asked alone - m said no dv.
[[Shona M|name]] HV"""),
    ("section 47 outcome letter to the parents", """Severn Levels Council, Children's Services
Town Hall, [[Walliscote Grove Road|address]], [[Weston-super-Mare|place]] [[BS23 1UJ|postcode]]

Ms [[Summer Sweet|name]] and Mr [[Connor Price|name]]
[[5 Lonsdale Avenue|address]]
[[Bournville|place]]
[[Weston-super-Mare|place]]
[[BS23 3SJ|postcode]]

[[4 December 2026|date]]
Our ref: S47/26/3391

Dear [[Summer|name]] and [[Connor|name]],

The outcome of our child protection enquiries about [[Harley|name]]

I am writing to tell you the outcome of the enquiries we started on [[28 November 2026|date]] after [[Harley|name]] was found at
Weston General Hospital to have bruises and two broken ribs. We have spoken to you both, to [[Harley|name]]'s grandmother
Mrs [[Tracey Sweet|name]], to the doctors, to your health visitor [[Shona MacLeod|name]], to your PA [[Liam Hewish|name]], and to the
police officer in the case, DC [[Hutton|name]].

The doctors' view is that the injuries were caused by an adult's hands and did not happen the way we have been told. The
police investigation is still going on. We have decided that [[Harley|name]] needs a child protection plan, and an initial
child protection conference will be held on Friday [[18 December 2026|date]] at 10:00 at the Town Hall. You are both invited,
and you may bring a friend, a family member or a solicitor. [[Harley|name]] will stay with his nan at [[38 Uphill Way|address]]
for now under the written agreement you signed on [[30/11/2026|date]]; you can see him there every day from 10 till 12 and
from 4 till 6, with Mrs [[Sweet|name]] or her partner, Mr [[Loxton|name]], in the room.

If you are unhappy with this decision you can ask to speak to my manager, [[Paul Brockley|name]], on [[01934 426 559|phone]].

Yours sincerely,
[[Jade Bleadon|name]]
Social Worker, Assessment Team ([[Weston|place]] South)
[[jade.bleadon@severnlevels.gov.uk|email]]   [[01275 888 231|phone]]"""),
]
DOCS_E += [
    ("voicemails left on the duty line, transcribed by business support", """DUTY LINE VOICEMAIL TRANSCRIPTS - typed by
[[Kim Rolstone|name]]
(business support) for the file of [[Harley PRICE|name]]. Word for word as far as possible; [inaudible] where it could not be heard.

Message 1 - left Sat [[28/11|date]] at 19:42 - from [[07403 665 281|phone]]
"Yeah hi it's [[Connor|name]], [[Harley|name]]'s dad, [[Connor Price|name]]. Um. They're saying at the hospital I done it and I never, he
fell off the settee, I told them. I want to know when I can see my son. Ring me back on this number. Cheers."

Message 2 - left Sun [[29/11|date]] at 08:15 - number withheld
"Hello, this is [[Tracey|name]], [[Tracey Sweet|name]], the nan of baby [[Harley|name]] who's in the Weston General - sorry, I
mean he's on Seashore ward. I'm ringing because they said someone would ring me about him coming to mine and nobody has. My
address is [[38 Uphill Way|address]], [[BS23 4TH|postcode]], and my landline is [[01934 833462|phone]]. My partner [[Wayne|name]] is
happy to be checked, he's got nothing to hide. Thank you, bye."

Message 3 - left Sun [[29/11|date]] at 22:58 - from [[07852 119 476|phone]]
"It's [[Summer|name]]. [crying] I just want him back. I'm at my friend [[Kayla|name]]'s in [[Milton|place]], I'm not going home
while [[Con|name]]'s there. [inaudible] ... I didn't know about his ribs I swear. Can [[Jade|name]] ring me tomorrow."

Message 3a - left Mon [[30/11|date]] at 06:55 - from [[07866 031 492|phone]]
"Hiya, it's [[Kayla|name]], [[Kayla Sheppard|name]], [[Summer|name]]'s mate. She's staying with me at [[12 Milton Road|address]] in
[[Milton|place]]. She said to tell you. She hasn't got credit. Her mum [[Trace|name]] knows. OK bye."

Message 4 - left Mon [[30/11|date]] at 07:30 - from [[07956 740 318|phone]]
"Morning, my name's [[Debbie Rolfe|name]], I live at [[number 3|address]], [[Lonsdale Avenue|address]], underneath [[Summer|name]] and
[[Connor|name]]. I don't want to cause trouble but the police was here Friday and I think you should know I heard the baby
screaming on the Wednesday night, the [[25th|date]], about eleven, and a bang, and him shouting. I'm not giving a statement
to the police. You can ring me back on this mobile. Ta."
"""),
]
HOME_F = d.Address("19 Dunster Crescent", "Locking Castle", "Weston-super-Mare", "BS24 7BX")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kai", "Hooper")], dt.date(2010, 4, 30), addresses=[HOME_F], ids=["2046188772", "W802223315626", "KH 20 57 31 B"],
       phones=["07877 204 915"], schools=["Broadoak Academy"]),
    _p("s", "sibling", [("Alfie", "Hooper")], dt.date(2017, 7, 7), addresses=[HOME_F], ids=["2612253580", "X802400319349"],
       schools=["Locking Castle Primary School"]),
    _p("m", "mother", [("Nicola", "Hooper")], dt.date(1987, 12, 20), addresses=[HOME_F], phones=["07412 589 063"],
       ids=["NH 52 84 17 D"]),
    _p("g", "other", [("Darren", "Hooper")], dt.date(1963, 8, 8), phones=["0117 496 0732"]),
    _p("p1", "professional", [("Sam", "Clevedon")], phones=["01275 888 702"], emails=["sam.clevedon@severnlevels.gov.uk"]),
], "c")
DOCS_F = [
    ("National Referral Mechanism referral form", """NATIONAL REFERRAL MECHANISM - REFERRAL (child, first responder: local authority)
Section A - Potential victim
Full name: [[HOOPER, Kai Jordan|name]]          Known as: [[KJ|name]]          Sex: M
Date of birth: [[30-04-2010|dob]]            Age at referral: 16       Nationality: British      NI no.: [[KH 20 57 31 B|ni]]
Home address: [[19 Dunster Crescent|address]], [[Locking Castle|place]], [[Weston-super-Mare|place]]  Postcode: [[BS24 7BX|postcode]]
Phone: [[07877 204 915|phone]] (seized by police)    School: [[Broadoak Academy|school]] (on roll, part-time timetable)
Parent: [[Nicola Hooper|name]] (mother), [[07412 589 063|phone]], NI [[NH 52 84 17 D|ni]]
Section B - First responder
Name: [[Sam Clevedon|name]]   Organisation: Severn Levels Council   Email: [[sam.clevedon@severnlevels.gov.uk|email]]
Tel: [[01275 888 702|phone]]   Date of referral: [[24/11/2026|date]]
Section C - Indicators and account
Type of exploitation: criminal (county lines).
On [[19 November 2026|date]] at 21:20 [[Kai|name]] was stopped by British Transport Police at Bristol Temple Meads
with 31 wraps of crack cocaine and heroin in his sock and £340. He had a train ticket from Weston Milton. He
had been reported missing by his mother at 17:00. A second phone ("the line") was found; it rang 40 times in custody.
In interview with the appropriate adult ([[Ruth Sandbay|name]]) he said he owed "[[Tyrese|name]]" £600 after being
"robbed" of a bag on [[2/11|date]] and that he had to "work it off". He named "[[Smiley|name]]" and a man called
[[Reece Knightstone|name]] from [[Lawrence Weston|place]] who "runs it". He said he was made to stay in a flat in
[[Southmead|place]] ("a trap house on [[Arnside Road|address]]") for two nights in October.
Section D - Consent: not needed (child). Section E - Other agencies: police crime ref not copied here; YJS worker
[[Mo Rahman|name]]."""),
]
DOCS_F += [
    ("youth justice service assessment summary", """SEVERN LEVELS YOUTH JUSTICE SERVICE - ASSESSMENT SUMMARY (pre-court)
Name: [[Kai HOOPER|name]]   DOB [[30/04/2010|dob]]   Worker: [[Mohammed Rahman|name]] (YJS officer)   Date: [[1 December 2026|date]]
Outcome being considered: Outcome 22 (deferred prosecution) / Section 45 defence under the Modern Slavery Act

Family and home. [[Kai|name]] lives with his mother, [[Nicola|name]], and his brother, [[Alfie|name]] (9, at [[Locking Castle
Primary|school]]), at [[19 Dunster Crescent|address]]. His father, [[Jamie Goodwin|name]], lives in [[Taunton|place]] and has not
seen him since 2019. His grandfather, Mr [[Darren Hooper|name]], lives in [[Bedminster|place]] ([[0117 496 0732|phone]]) and
[[Kai|name]] stays there some weekends; this is how he came to know older boys in south [[Bristol|place]].
Education. Permanently excluded from [[Priory|school]] in Year 9 after a fight; now at [[Broadoak|school]] on a part-time
timetable (mornings), with a mentor, Mr [[Jamal Kewstoke|name]]. Literacy at age 9; an EHC needs assessment was refused
in March 2025 and has been asked for again.
Health. ADHD (diagnosed at 8, medication stopped at 14). Smokes cannabis daily. Says he sleeps "about 4 hours".
Exploitation. The NRM referral made on [[24/11/2026|date]] by [[Sam Clevedon|name]] (SW). [[Kai|name]] now says the man he
calls "[[Tyrese|name]]" is [[Tyrese Bamfield|name]] (19), and that [[Tyrese|name]] came to [[Locking Castle|place]] on
[[26 November|date]] in a white Audi ([[KX70 HBN|vehicle]]) and sat outside the house. Mrs [[Hooper|name]] saw the car and rang 999.
His friend [[Louis Wick|name]] (15, [[Worle|place]]) is thought to be running the same line.
What [[Kai|name]] wants: "to go back to how it was in year 7", to do a bricklaying course at [[Weston College|school]], and for
[[Alfie|name]] "not to find out".
Plan. Weekly sessions with me and the Safer Options worker ([[Ffion Brean|name]]); a referral to the ADHD clinic;
a relocation to his grandfather's NOT recommended (south [[Bristol|place]]); the NRM decision is awaited.
Contacts: mother [[Nicola Hooper|name]] [[07412 589 063|phone]]; grandfather [[Darren Hooper|name]] [[0117 496 0732|phone]]; SW
[[Sam Clevedon|name]]; Safer Options [[Ffion Brean|name]]; mentor Mr [[Jamal Kewstoke|name]] at [[Broadoak|school]].
Next review: [[8 January 2027|date]]. [[M. Rahman|name]]"""),
    ("police body-worn video transcript", """TRANSCRIPT OF BODY-WORN VIDEO - PC 4471 [[HARRIS|name]]
Location: outside [[19 Dunster Crescent|address]], [[Locking Castle|place]]   Date: [[26.11.2026|date]]   Start 22:47:10
Present: PC 4471 [[Dan Harris|name]] (PC1), PC 2980 [[Priya Nair|name]] (PC2), [[Nicola Hooper|name]] (NH), [[Kai Hooper|name]] (KH)

22:47:15 PC1: Evening, it's [[Nicola|name]]? You rang about a car.
22:47:19 NH: Yeah, a white Audi, it was right there, he's gone now. It's him, the one who's been after [[Kai|name]]. [[Tyrese|name]].
22:47:30 PC2: Did you get the reg?
22:47:32 NH: K X seven zero, H B N. [[Kai|name]] said it. Sat there twenty minutes with the engine going.
22:47:41 PC1: Is [[Kai|name]] in?
22:47:43 NH: [shouts] [[Kai|name]]! Come down. [[Alfie|name]], back to bed, babe.
22:48:02 KH: What.
22:48:05 PC1: You all right, mate? Who was in the car?
22:48:09 KH: Dunno. No one.
22:48:14 NH: Don't lie, [[Kai|name]], you said it was [[Ty|name]]. And the other one, the ginger one, [[Deano|name]].
22:48:22 KH: Mum, stop. You don't get it, they'll come in the house.
22:48:40 PC2: Has anyone threatened you, [[Kai|name]]?
22:48:44 KH: [inaudible] ... he said he knows where [[Alf|name]] goes to school.
22:48:53 NH: [crying] That's it, I'm ringing [[Sam|name]] in the morning. [to PC2] That's the social worker, [[Sam Clevedon|name]].
22:49:30 PC1: We'll do a check on the car and put a marker on the address. Is there anywhere else you can all go tonight?
22:49:36 NH: My dad's in [[Bedminster|place]] but that's where it all started. My friend [[Lorna|name]] in [[Hutton|place]], maybe.
22:49:50 PC1: Have you got her number?
22:49:52 NH: [[07300 481 226|phone]]. [[Lorna Pyke|name]]. [[4 Church Lane|address]].
22:50:20 PC2: Control, can I have a PNC check on Kilo X-ray seven zero Hotel Bravo November.
22:50:41 [end of relevant part; footage continues]"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Family: [[Hooper|name]]   Coordinator: [[Ceri Winford|name]] (independent FGC coordinator)   Held: Saturday [[5 December 2026|date]],
11:00-15:30, at Locking Castle Community Centre
Who came: [[Nicola Hooper|name]] (mum); [[Kai|name]]; [[Darren Hooper|name]] (grandad); [[Lorna Pyke|name]] (family friend,
[[Hutton|place]]);
[[Shelley Hooper|name]] (aunt, from [[Highbridge|place]]); [[Gavin Yeo|name]] ([[Shelley|name]]'s partner); [[Jamie Goodwin|name]]
(dad, by video from
[[Taunton|place]]). Professionals for the information part only: [[Sam Clevedon|name]] (SW), [[Mo Rahman|name]] (YJS).
[[Alfie|name]]'s views were brought by [[Ceri|name]] on a drawing ("I want [[Kai|name]] to play Fifa with me again").

OUR PLAN
1. Keeping [[Kai|name]] safe at night: [[Kai|name]] will stay with Aunty [[Shelley|name]] and [[Gavin|name]] at [[27 Pier Street|address]],
[[Burnham-on-Sea|place]] [[TA8 1BT|postcode]] from [[7 December|date]] until after Christmas. [[Gavin|name]] will take him to
[[Broadoak|school]] in his van (he works in [[Weston|place]]) and pick him up at 12:30. Phone: [[Gavin|name]] [[07493 617 250|phone]].
2. Money: [[Kai|name]]'s "debt" will NOT be paid by anyone in the family. [[Darren|name]] agreed he will not give [[Kai|name]] cash.
3. Phones: [[Kai|name]] has a new basic phone; only family numbers. [[Nicola|name]] will check it with him on Sundays.
4. [[Bedminster|place]]: [[Kai|name]] will not stay at grandad's for now; [[Darren|name]] will come to [[Weston|place]] instead
on Saturdays and take him to watch the Seagulls.
5. [[Alfie|name]]: [[Lorna|name]] will collect him from school on Mondays and Thursdays; school told (Mrs [[Kewstoke|name]]).
6. If the white car comes back: ring 999, then [[Sam|name]]. [[Nicola|name]] will keep a diary.
Review FGC: [[16 January 2027|date]] at the same place. Signed by everyone present on [[05/12/2026|date]]."""),
]
_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 140 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:09 UTC, read since)"
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "ps", "sgt", "rev", "rev.", "nurse", "me", "nan",
           "nana", "nanna", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle",
           "nei", "tibu", "tinau", "anti", "áhkku", "eadni", "pastor", "baby"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "englándii", "wales", "scotland", "britain", "united kingdom", "uk", "somerset", "north somerset",
               "avon", "the west country", "south west", "norway", "norga", "sápmi", "finnmark", "kiribati", "the pacific",
               "the gilbert islands", "gilbert islands", "europe"}
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts

if __name__ == "__main__":
    _SET.main()
