"""Set 55: a held-out hand-written set for the redaction detector, six more invented families in Somerset, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set54.py, bench/redaction_set56.py, bench/redaction_set57.py and their tests (written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its docstring, its first family's record and first document, and its
closing word lists and checker wiring; the layout and marking conventions followed here) and tests/test_redaction_set21.py in
full, the first lines of tests/test_redaction_set25.py, the docstrings of bench/redaction_set7.py to redaction_set53.py
(printed on their own, then searched for Somerset towns and for the communities earlier sets used; no set's body was searched),
the `_party`, `Records`, `HandSet` and `word_problems` helpers of bench/redaction_handwritten.py, the name of set 15's
problems(), and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers
and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Somerset, each from a town or district no earlier set used as a family's home (earlier sets had families in
Bridgwater, Lufton and Yeovil, and Halcon, Taunton, and a nan in Frome; none in Minehead, Street, Burnham-on-Sea, Shepton
Mallet, Glastonbury or Priorswood). Three white British families and three from communities no earlier set used as a
family (no earlier docstring names a Cambodian or Khmer, a Peruvian or a French family):
a white British family in Alcombe, Minehead, with a grandad in Watchet (Huxtable / Chidgey; a boy of 7 found alone at night at a
holiday resort's gate looking for his mother's partner, a mother drinking after her own mother's death, a toddler's nappy rash,
a hand round a neck seen at Christmas, an initial child protection conference); a Cambodian family who speak Khmer in Street,
with a father gone back to Phnom Penh and a grandmother near Battambang (Sok / Chea; a girl of 14 caring at night for her
brother of 9 while her mother works two jobs, an older man from Butleigh giving her lifts, a strategy meeting; names and
messages in Khmer script, names written family name first); a French family in Burnham-on-Sea, a father working at Hinkley
Point C, with a grandmother in Cherbourg-en-Cotentin (Lefebvre / Marchand; non-fatal strangulation, a phone broken, a mother's
wish to go home to France, an employer's welfare lead worried by the father's words); a white British family in Shepton
Mallet with a father in Radstock (Padfield / Gillard; a boy of 15 criminally exploited on a line into Weston-super-Mare, a
cuckooed flat, an NRM referral, a sister of 10 frightened by men at the door); a white British family in Glastonbury with a
nanny in Wells (Fairbrother / Rose; a toddler's faltering growth on a raw vegan diet, a girl of 6 kept off school, a father who
lives in a truck on the droves and a sexual assault at the festival, a community Facebook group); and a Peruvian family who
speak Spanish and some Quechua in Priorswood, Taunton, with a grandmother in Cusco and an uncle in Sicuani (Quispe Mamani /
Mamani Huamán; a boy of 4 scalded while his sister of 12 minded him, bruises from a belt, an emergency foster placement of three
nights). 24 documents, of types or in styles new to these sets where possible: a social worker's unannounced home visit note,
a holiday resort's security occurrence log, a grandfather's handwritten letter read by OCR (with its errors: "Huxtab1e",
"TA23 OAZ"), an initial child protection conference report, a secondary school's referral form, a home visit record with a
Khmer interpreter, a Facebook Messenger chat in Khmer script and English typed up, strategy meeting minutes, a police
body-worn video transcript, an employer's welfare team email chain, a mother's texts with her own mother in French, a child and
family assessment summary, a chronology pasted from a table, a return home interview form, a youth worker's outreach notes
typed fast on a phone, child exploitation (MACE) panel minutes, a health visitor's letter to the GP, a mother's own letter to
conference typed by her advocate, initial conference minutes, a community Facebook group post with comments, a hospital
emergency department safeguarding referral, a family WhatsApp group in Spanish with Quechua words, core group notes and an
emergency foster carer's daily log.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Cambodia, France, Peru); NHS numbers and UPNs (Somerset's LA number, 933) pass their check digits;
the NI number has a valid format. The council (Quantock Vale), the schools (Hopcott Primary School, Brookside Meadow Primary,
Esplanade Primary School, Tor Brook Primary, Priorswood Brook Academy, Little Acorns Pre-school, Little Owls Nursery), the
learning centre (Mendip Vale Learning Centre), the GP practices (Irnham Lodge Surgery, Berrow Medical Centre, Lyngford Park
Surgery), the interpreting firm (Global Voices Interpreting), the civils joint venture and its email domain, and the community
noticeboard group are invented; Crispin School and Whitstone School are real schools and are marked as schools; towns,
districts, villages, real hospitals, police forces, charities, companies, resorts, railways, landmarks, brands, apps, foods,
festivals and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19 and 15 and sets 6 to 13). [[words|kind]]
is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DS, DC, Nan, nanny, Grandad, Mum, Auntie, Aunty, Uncle; the Khmer "Bong" (older
sibling), "Mak" (mum) and "yeay" (grandmother); the French "Maman", "Mamie", "papi", "Papa"; the Spanish "Mami", "Papi",
"Abuelita", "Tío", "tía") stay outside the name span; a bare s in handwriting or texting ("Lee"s, "Stacey"s, "maisie"s) stays
outside; every person's name is a name in every form, record or not, and so is a speaker label in a transcript ("PC WILLCOCKS",
"MARCHAND"). "SURNAME, First" is one span ("HUXTABLE, Tyler", "CHEA, Sreymom", "QUISPE MAMANI, Thiago"), and so is "SURNAME
First" ("PADFIELD Kai", "CHEA Sreymom", "SOK Vuthy") and a Peruvian double surname ("Yesenia Mamani Huamán"); an initial with a
surname is one span ("B. Rawle", "G Huxtab1e", "L. Portnell"), and so is a first name with an initial or a short surname after
it ("kai p", "owen t", "Phil G."); initials alone ("K.P.", "IP", "KN", "PG", "TH", "GB") are not marked; a nickname in quotes
inside a full name is its own span ([[Daniel]] "[[Dee]]" [[Parfitt]]); a name broken by a line break is one span holding the
break, and so is an address, a place, a school or a date; a contact saved under a kinship word ("Maman", "Mak", "Mami",
"Papi") is not a name, but a display name that is a person's name is ("Pheap Sok", "Luz", "Abuelita [[Hilaria]]"); a family name
in a group chat's title ("Familia Quispe Mamani") is a name. A street address is one span, its town a place, its postcode a
postcode (a French "50100" and a Peruvian "08002" too); a street named without a number is an address ("Seaward Way", "manor
road", "Benedict st", "High St", "Chilkwell St", "Town Street"), and so is a neighbour's bare number ("no. 5", "no. 12",
"number 4", "no.\n24") and an address abroad ("12 rue Asselin", "Calle Saphi 512", "Phum Chamkar Samrong"); towns, cities,
villages, districts and estates are places, at home or abroad and in any script or short form ("Glasto", "shep", "Weston",
"Alcombe", "Chamkar Samrong", "បាត់ដំបង"); countries, counties, provinces and regions are not ("Somerset", "Cambodia", "France",
"Peru", "California", "Mendip", "Battambang province"); organisations are not marked even when they hold a town's or a person's
name ("Butlin's Minehead", "Glastonbury Health Centre", "Glastonbury Surgery", "Yeovil District Hospital", "Musgrove Park
Hospital", "Taunton Family Court", "West Somerset Railway", "Clarks Village", "Glastonbury Community Noticeboard"); a school's
name is a school, and so is its short form and a pre-school's or nursery's name ("Hopcott", "Crispin", "Whitstone", "Brookside
Meadow", "Little Owls Nursery"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays
outside), and the bare day in a range or a diary line ("3"-"6 November", "the 27th", "3rd") is a date span of its own; months
and years alone ("March", "June 2026", "December 2025") are not marked; pets (Bailey) are not names; a firm named after people
marks only the names ("[[Lamprey]] & [[Gould]]"); landmarks, parks and stations (the Tor, Collett Park, Temple Meads, the
abbey grounds) stay unmarked; a surname or first name that is also an English word or a town is marked by what it
refers to (Rose, Summer, Rain, Willow, Moon, Fern, Skye, Gray, Dawn, Brain, Rich, Musgrove, Parsley and Lock are names when they
are people; Street, Wells, Wick and Meare are places when they are places); a name in another script (Khmer "ស្រីមុំ",
"ជា ស្រីមុំ", "បុប្ផា", "ភាព", "ដារ៉ា", "សុខ វុទ្ធី") is a name, and in Khmer, written without spaces, the name span stops
where the following word begins ("[[ដារ៉ា]]គេងហើយ"); a service or branch named by its town in lower-case words ("the
[[Highbridge]] family centre", "[[Street]] clinic", "[[Minehead]] Area Office", "[[Street]] Tesco", "the hospital de
[[taunton]]") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a date of birth given
as a festival day ("[[May Day 2020]]", "[[21st June 2024]]" beside "the Solstice") is a dob, while the Solstice alone and
Christmas ("Navidad") are not dates; a mis-read by OCR ("Huxtab1e", "OAZ" for "0AZ") is marked as what it stands for; a
surname spelled out letter by letter in a transcript ("L-E-F-E-B-V-R-E") is a name; a shortened name that is a Khmer pet
name ("Pheap" for Sophea, "Mom" for Sreymom) is a name; a partial vehicle registration
("WU19", "MX") is a vehicle, since it is part of an identifier; the holiday resort and the power station site are
organisations and stay unmarked; a police log, exhibit, staff, SIA, MRN, interpreter and case reference is not marked; a
phone number written in a translation note is marked like any phone; the Khmer and Spanish words for family members are
kinship words and stay outside.

Self-check without the detector: `python -m bench.redaction_set55` (and tests/test_redaction_set55.py) runs set 15's checker
(which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 923 gold spans, 522 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Huxtable / Chidgey family (white British), Alcombe, Minehead, with a grandad in Watchet --------------------------

HOME_A = d.Address("14 Manor Road", "Alcombe", "Minehead", "TA24 6EJ")
GRANDAD_A = d.Address("3 Anchor Street", "", "Watchet", "TA23 0AZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Huxtable")], dt.date(2019, 8, 14), addresses=[HOME_A], ids=["132 412 4156", "N933255813150"],
       schools=["Hopcott Primary School"]),
    _p("s", "sibling", [("Poppy", "Chidgey")], dt.date(2023, 2, 2), addresses=[HOME_A], ids=["624 501 6452"]),
    _p("m", "mother", [("Stacey", "Huxtable")], dt.date(1995, 5, 21), addresses=[HOME_A], phones=["07823 614 093"],
       ids=["JT 62 41 87 B"]),
    _p("f", "father", [("Lee", "Chidgey")], dt.date(1990, 10, 9), addresses=[HOME_A], phones=["07942 118 306"]),
    _p("g", "grandparent", [("Graham", "Huxtable")], dt.date(1961, 3, 30), addresses=[GRANDAD_A], phones=["01984 633 519"]),
    _p("p1", "professional", [("Becky", "Rawle")], phones=["0300 123 2224"], emails=["becky.rawle@quantockvale.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (unannounced)
Child: [[Tyler HUXTABLE|name]] (DOB [[14.08.2019|dob]])    Sibling: [[Poppy CHIDGEY|name]] (DOB [[02.02.2023|dob]])
Address: [[14 Manor Road|address]], [[Alcombe|place]], [[Minehead|place]] [[TA24 6EJ|postcode]]
Date of visit: Tuesday [[10 November 2026|date]]    Time: 16:05-17:10    Worker: [[Becky Rawle|name]], Quantock Vale Children's Services
Present: [[Stacey Huxtable|name]] (mother), [[Tyler|name]], [[Poppy|name]]; [[Lee Chidgey|name]] ([[Poppy|name]]'s father) came in at 16:40.

Reason for visit: referral from [[Hopcott|school]] school on [[6 November|date]] after [[Tyler|name]] (7) told his
teacher, Mrs [[Anstice|name]],
that "Mummy falls asleep on the floor" and that he had "cereal for tea again". Second referral this term.

Observations: the door was answered by [[Tyler|name]], not an adult. Strong smell of cannabis in the hallway. Front room: two
empty vodka bottles by the sofa and cans in a bag, a dog (Bailey, a Staffy) shut in the kitchen. [[Poppy|name]] (3) was in a
nappy that was heavy and had leaked; she had a sore red rash at the tops of her legs. [[Stacey|name]] came down from upstairs
after about three minutes, said she "had a migraine". Her speech was slow but she was coherent. Fridge had milk (out of date
[[8/11|date]]), margarine and a pack of ham. No bread.

[[Tyler|name]] showed me his room: no sheet on the mattress, a duvet without a cover. He said [[Lee|name]] "shouts at Mummy when he
has been to the Ship" and that his nanny [[Graham|name]] - he meant his grandad, he calls him "[[Gray|name]]" - takes him to
[[Watchet|place]] on the train "when Mummy is poorly". He wants to go and live with [[Gray|name]].

[[Lee|name]] arrived, polite, said he works on the sea front at the fun fair through the season and "helps out" in winter. He
agreed he drinks "at weekends". He said [[Stacey|name]] is "not coping since her mum died in March".

Plan agreed with [[Stacey|name]]: GP appointment at the Irnham Lodge Surgery for her mood; Health visitor ([[Jo Slade|name]]) to see
[[Poppy|name]]'s rash this week; I will speak to the grandfather, Mr [[Graham Huxtable|name]] of [[3 Anchor Street|address]],
[[Watchet|place]] ([[01984 633 519|phone]]); strategy discussion to be considered with my manager, [[Nadia Cheek|name]].
Mother's mobile confirmed: [[07823 614 093|phone]].
[[B. Rawle|name]], [[10/11/2026|date]]
"""),
    ("holiday resort security incident log (out of season staff accommodation)", """RESORT SECURITY - DAILY OCCURRENCE LOG
Site: Butlin's Minehead (Staff village gate / West boundary)     Shift: Nights, Sat [[14th Nov|date]] - Sun [[15th Nov|date]]
Officers: [[D. Escott|name]] (SIA 1014), [[Kerry Nurcombe|name]] (SIA 0088), supervisor [[Phil Gooding|name]]

22:47  Gate camera 4 picks up a small child on his own at the bus stop opposite the West gate, [[Seaward Way|address]]. Wearing
       a Minions top, shorts, trainers no socks. Rain.
22:51  KN walked out. Boy gave name as "[[Tyler|name]]", age "seven". Said he was "looking for [[lee|name]]" who "works in the
       fair". Boy shivering. Brought into the gatehouse, given a blanket and a hot chocolate.
22:58  Boy gave his address as "[[manor road|address]]" and mum's name "[[Stacey|name]]". Didn't know the number. Said his sister
       "[[Pops|name]]" is at home asleep and "Mummy's asleep too".
23:02  999 called by PG. Log ref given. Boy said he walked "past the big Tesco" and along the railway.
23:20  PC [[Sam Westcott|name]] and PC [[Hannah Yeandle|name]] attended. Took boy in the police car to the address in
       [[Alcombe|place]].
23:26  Staff member [[Lee Chidgey|name]] (staff no. 7741, seasonal maintenance, lives out) rang the gatehouse from
       [[07942 118 306|phone]] asking if a boy had been handed in, said he'd had a call from "the missus".
       Told him police had the child. He said "oh for f***s sake".
00:40  PC [[Westcott|name]] rang back for CCTV to be kept. Clip saved to USB, bagged, exhibit handed to the night
       supervisor, [[Phil G.|name]]

Signed [[K. Nurcombe|name]]           Checked by [[P Gooding|name]] [[15-11-26|date]]
"""),
    ("grandfather's handwritten letter to the social worker, scanned and read by OCR (with OCR errors)", """[[3 Anchor St|address]]
[[Watchet|place]]
[[TA23 OAZ|postcode]]
[[16th Nov 2026|date]]

Dear Mrs [[Rawle|name]],

I am writing as you said I could, I am not good on the phone with my hearing. I am [[Tyler|name]]'s Grandad, [[Stacey|name]] is
my daughter. I am 65 and I was a signal man on the West Somerset Railway til my knees went, so I can get the train to
[[Minehead|place]] free which is how I see the boy.

I know about the Saturday night. [[Tyler|name]] rang me on the Sunday from [[Lee|name]]s phone and said "[[Gray|name]] the police
brung me home". I want you to know I have been worried since her Mum ([[Maureen|name]]) died on the [[2nd of March|date]]. Our
[[Stacey|name]] was always a good mum till then. She has started on the drink like her Mum did years back.

[[Tyler|name]] can come to me. I have a spare room (my late wifes sewing room) and I have cleared it. The school is the only
thing, but there is a bus from [[Watchet|place]] to [[Minehead|place]] at 7.50 and [[Williton|place]] is closer if needed. My
neighbour [[Sheila Burge|name]] at [[no. 5|address]] has grandchildren and would help out. I would not keep him from his mum.

About [[Lee|name]]. I have nothing against him but I have seen him put his hand round [[Stacey|name]]s neck in the
kitchen at Christmas, he said it was a joke. I told [[Maureen|name]] at the time. I dont want trouble for [[Poppy|name]], she is
only little and [[Lee|name]]s Mum, Mrs [[Chidgey|name]] in [[Dunster|place]], is good with her too.

My phone is [[01984 633 519|phone]] but please write or ask [[Tyler|name]]s Aunty [[Kim|name]] (my other daughter,
[[07411 562 780|phone]]) who lives up in [[Bridgwater|place]].

Yours sincerely
[[G Huxtab1e|name]]
([[Graham Huxtable|name]])
"""),
    ("initial child protection conference report (social worker's report)",
     """QUANTOCK VALE CHILDREN'S SERVICES - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[HUXTABLE, Tyler|name]] ([[14/08/2019|dob]]), NHS [[132 412 4156|nhs]], UPN [[N933255813150|upn]], Year 3,
[[Hopcott Primary School|school]]; [[CHIDGEY, Poppy|name]] ([[02/02/2023|dob]]), NHS [[624 501 6452|nhs]], attends no nursery.
Conference date: [[1 December 2026|date]], [[Minehead|place]] Area Office.   Chair: [[Ian Hosegood|name]] (IRO)
Author: [[Becky Rawle|name]], social worker, [[0300 123 2224|phone]], [[becky.rawle@quantockvale.gov.uk|email]]

1. Family and household. Mother [[Stacey Huxtable|name]] (31, DOB [[21.05.1995|dob]], NI [[JT 62 41 87 B|ni]]); [[Poppy|name]]'s
father [[Lee Chidgey|name]] (36, [[09.10.1990|dob]]), who lives at the family home. [[Tyler|name]]'s father, [[Jordan Lock|name]], has
had no contact since 2021 and is believed to live in [[Cardiff|place]]; he has been written to at his last address,
[[Flat 9, 40 Clifton Street|address]], [[Roath|place]]. Maternal grandfather [[Graham Huxtable|name]], [[Watchet|place]].

2. Reason for the enquiry. On [[14 November|date]] [[Tyler|name]] was found alone at 22:47 by resort security at the West gate,
about 1.5 miles from home, looking for [[Lee|name]]. Police found [[Stacey|name]] asleep and unrousable for several minutes with
[[Poppy|name]] alone in her cot. A section 47 enquiry began on [[16/11/2026|date]] following a strategy discussion with DS [[Rachel
Bale|name]] (Avon and Somerset Police) and the school's DSL, Mr [[Carew|name]].

3. What we are worried about. Alcohol and cannabis use by both adults; children unsupervised at night; [[Poppy|name]]'s nappy
rash and missed 2-year review (health visitor [[Jo Slade|name]]); [[Tyler|name]]'s attendance, 81%; grandfather's account of [[Lee|name]]
putting his hand round [[Stacey|name]]'s neck in December 2025. [[Lee|name]] denies it. Police hold one earlier call,
[[27/07/2026|date]], a neighbour (Mrs [[Thorne|name]] at [[no. 12|address]]) reporting shouting.

4. What is going well. [[Stacey|name]] has seen Dr [[Okafor|name]] at Irnham Lodge Surgery and been referred to the Somerset
Drug and Alcohol Service (Turning Point); [[Tyler|name]] spends weekends with his grandad; [[Lee|name]]'s mother, [[Pat Chidgey|name]]
of [[Dunster|place]], offers to have [[Poppy|name]] two days a week.

5. Recommendation. Child protection plans for both children under the category of neglect. Safety plan: no child to be left
with an adult under the influence; [[Graham|name]] to have [[Tyler|name]] Friday to Sunday; core group on [[8 Dec|date]].

6. The child's view. Seen alone at school on [[18 November|date]] and at [[Gray|name]]'s on [[21/11/2026|date]]. [[Tyler|name]] drew
his house with "[[Pops|name]]" in the cot and himself "on guard". He said he likes [[Lee|name]] "when he's not cross", that his best
friend is [[Alfie Tarr|name]] who lives "by the shop", and that Mrs [[Anstice|name]] gives him toast. He wants to live "at
[[Watchet|place]] with [[Gray|name]] and see Mummy every day".

7. Contacts used for this report. [[Hopcott|school]] school office [[01643 703 418|phone]]; health visitor [[Jo Slade|name]],
[[01643 632 207|phone]]; [[Pat Chidgey|name]], [[Dunster|place]]; Aunt [[Kim Huxtable|name]], [[Bridgwater|place]],
[[07411 562 780|phone]]; [[Lee|name]]'s seasonal employer (lives-out maintenance team, supervisor [[Phil Gooding|name]]).
"""),
]


# --- B. Sok / Chea family (Cambodian, Khmer speakers), Street, with a grandmother in Battambang ---------------------------

HOME_B = d.Address("22 Somerton Road", "", "Street", "BA16 0DW")
GRAN_B = d.Address("Phum Chamkar Samrong", "", "Battambang", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Sophea", "Sok")], dt.date(2012, 6, 3), addresses=[HOME_B], ids=["593 372 2340", "Q933210210772"],
       schools=["Crispin School"]),
    _p("s", "sibling", [("Dara", "Sok")], dt.date(2017, 9, 19), addresses=[HOME_B], ids=["827 342 6793"],
       schools=["Brookside Meadow Primary"]),
    _p("m", "mother", [("Sreymom", "Chea")], dt.date(1988, 1, 11), addresses=[HOME_B], phones=["07563 209 417"]),
    _p("f", "father", [("Vuthy", "Sok")], dt.date(1984, 4, 2), phones=["+855 97 812 4406"]),
    _p("g", "grandparent", [("Bopha", "Chea")], addresses=[GRAN_B], phones=["+855 12 345 678"]),
    _p("p1", "professional", [("Imogen", "Pople")], phones=["07896 331 205"], emails=["imogen.pople@quantockvale.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school's referral form to the children's front door (typed boxes)", """REQUEST FOR SUPPORT / SAFEGUARDING REFERRAL
Section 1: Child
Surname: [[SOK|name]]          Forename(s): [[Sophea|name]]          Known as: [[Pheap|name]]
DOB: [[03/06/2012|dob]]        Gender: F        Year: 9
Address: [[22 Somerton Road|address]], [[Street|place]], [[BA16 0DW|postcode]]
School: [[Crispin School|school]]          UPN: [[Q933210210772|upn]]          NHS no: [[593 372 2340|nhs]]
First language: Khmer          Interpreter needed for parent: YES (Khmer)
Other children in household: [[Dara SOK|name]], brother, [[19.09.2017|dob]], Year 4, [[Brookside Meadow Primary|school]]
Parent/carer: [[CHEA, Sreymom|name]] (mother) mob [[07563 209 417|phone]]   Father: [[Vuthy Sok|name]], in Cambodia
Section 2: Referrer
Name: [[Gemma Biddiscombe|name]], DSL    Tel: [[01458 442 871|phone]]    Email: [[g.biddiscombe@crispin.school|email]]
Section 3: Concerns (please be specific)
[[Sophea|name]]'s attendance has fallen to 74% since September. She told her form tutor, Mr [[Pring|name]], on Thursday
[[12/11|date]] that she
stays up to get [[Dara|name]] his tea and put him to bed because her mum works lates at the outlet village (till 10pm) and then
cleans offices in [[Glastonbury|place]]. She is often in the library at 7.30am having walked [[Dara|name]] to breakfast club.
On [[16th November|date]] a friend, [[Maisie Lovell|name]], told staff that [[Pheap|name]] has been getting lifts from a man called
"[[Kez|name]]" in a white Golf (partial reg [[WU19|vehicle]]...) who "buys her vapes" and who she met at the skate park in
[[Glasto|place]]. [[Sophea|name]] denied it but had a new iPhone. She said "[[Kieran|name]] is just my friend's cousin".
Section 4: Parental consent: Mother informed by phone with the help of Mr [[Lim|name]] (Khmer-speaking parent, not an interpreter);
she agreed.  Date of referral: [[17.11.2026|date]]
"""),
    ("social worker's record of a home visit with a Khmer interpreter",
     """Home visit with interpreter - [[22 Somerton Rd|address]], [[Street|place]] - [[19 November 2026|date]], 18:30
Present: [[Sreymom Chea|name]] (mother); [[Sophea|name]] and [[Dara|name]]; interpreter [[Sokunthea Meas|name]] (by phone, Global
Voices Interpreting, ref GV-88213); social worker [[Imogen Pople|name]].

Ms [[Chea|name]] asked to be called "[[Mom|name]]". She came from Battambang province in 2019 on a spouse visa; Mr [[Sok|name]]
went back to [[Phnom Penh|place]] in 2024 "to look after his father" and sends money "sometimes". She showed me his number on WhatsApp,
[[+855 97 812 4406|phone]]. Her own mother, [[Bopha Chea|name]], lives in the village of [[Chamkar Samrong|place]] near
[[Battambang|place]] town; Ms [[Chea|name]] rings her most nights ([[+855 12 345 678|phone]]).

She works 2pm-10pm at a shop at Clarks Village and from 10.30pm to 1am cleaning in [[Glastonbury|place]] for a firm run by a
Mr [[Hann|name]]. She did not know that [[Sophea|name]] was missing school. She cried and said that in Cambodia a girl of 14 would
be looking after a brother and it would be normal, but she understood it is different here because of the law.

On "[[Kez|name]]": [[Sophea|name]] (seen alone in her room, in English) said he is [[Kieran Vowles|name]], 19, from
[[Butleigh|place]], and that he drives her home from the skate park "so I'm not walking by the Tor in the dark". She said he
has never touched her. She has his number saved as "K 🚗". I asked to see it: [[07950 217 483|phone]]. She agreed I could share it.

[[Dara|name]] (9) showed me his drawing of "Bong [[Pheap|name]]" making noodles. Note: "Bong" is the Khmer word for an older
sibling, so this is his sister; I have recorded "[[Pheap|name]]" only. [[Dara|name]] said a neighbour, "Auntie [[Val|name]]" at [[no.
24|address]], gives him biscuits when he is on his own.

Actions: a referral to Somerset Young Carers; police intelligence form on [[Kieran Vowles|name]] and the car (reg from the
school's CCTV: [[WU19 HKT|vehicle]]); ask Ms [[Chea|name]]'s manager at the cleaning firm about hours; next visit [[26/11|date]].

Household and family (as given by Ms [[Chea|name]], names in the Khmer order, family name first):
- [[CHEA Sreymom|name]] ([[ជា ស្រីមុំ|name]]), mother, born [[11 January 1988|dob]] in [[Battambang|place]].
- [[SOK Vuthy|name]] ([[សុខ វុទ្ធី|name]]), father, in [[Phnom Penh|place]], [[Tuol Kouk|place]] district.
- [[SOK Sophea|name]] ("[[Pheap|name]]"), 14; [[SOK Dara|name]], 9.
- [[CHEA Bopha|name]], grandmother, [[Phum Chamkar Samrong|address]], [[បាត់ដំបង|place]] ([[Battambang|place]]).
- A cousin, [[Chea Rithy|name]], in [[Long Beach|place]], California, who sends clothes.
- Family friend Mr [[Lim|name]] ([[Lim Sovann|name]]), who runs a takeaway in [[Wells|place]]; he helps with letters.
"""),
    ("Facebook Messenger chat between a girl and her mother, typed up by the social worker, Khmer script and English",
     """Messenger - "Mak ❤️" and "[[Pheap Sok|name]]" - screenshots shown to SW [[23.11.2026|date]], typed up as written
(Khmer translated by [[S. Meas|name]], interpreter; translations in brackets). "Mak" (Khmer for mum) is how she has saved her mother; it is
a kinship word and is not marked.

Mak ❤️   [[20 Nov|date]], 21:14  [[ភាព|name]] ញ៉ាំបាយហើយឬនៅ? ([[Pheap|name]], have you eaten yet?)
[[Pheap Sok|name]]  21:20  yes mak i made mi for [[dara|name]] he ate it all
Mak ❤️   21:21  ល្អណាស់ កូន។ [[ដារ៉ា|name]]គេងហើយ? (very good, child. Is [[Dara|name]] asleep?)
[[Pheap Sok|name]]  21:22  ye. can i go out for 1 hour [[kez|name]] is outside
Mak ❤️   21:30  NO. who is [[kez|name]]
[[Pheap Sok|name]]  21:31  [[maisie|name]]s cousin he is nice he has a car
Mak ❤️   21:33  ខ្ញុំមិនស្គាល់គេទេ នៅផ្ទះ! (I don't know him, stay home!)
Mak ❤️   21:34  យាយ [[បុប្ផា|name]] ខលមក សួររកកូន (Grandma [[Bopha|name]] called asking for you)
[[Pheap Sok|name]]  21:50  ok tell yeay i love her. i will video call her sunday from [[street|place]] library wifi
Mak ❤️   [[21 Nov|date]], 00:12  កូនគេងហើយឬ?  (are you asleep?)
[[Pheap Sok|name]]  00:40  sorry i was at [[glasto|place]] with [[kez|name]] and [[maisie|name]] we just drove to the tor car park and back
Mak ❤️   00:41  ពេលម៉ាក់ទៅដល់ផ្ទះ ម៉ាក់នឹងនិយាយជាមួយកូន (when mum gets home, mum will talk to you)
[[Pheap Sok|name]]  00:43  pls dont tell the school. mr [[pring|name]] will tell mrs [[biddiscombe|name]]
Mak ❤️   00:45  [[ស្រីមុំ|name]] អត់ខឹងទេ ប៉ុន្តែខ្លាច (I'm not angry but I am afraid) [in the message she signs with her own name]

Note by SW: "yeay" (យាយ) is Khmer for grandmother and is not a name; "mi" is noodles. The place "the tor car park" is a
landmark's car park and is not marked. Ms [[Chea|name]] says [[Sophea|name]] was out from about 22:00 to 00:40 while [[Dara|name]]
(9) was alone in the house.
"""),
    ("strategy meeting minutes (child exploitation)", """STRATEGY MEETING - MINUTES
Child: [[Sophea SOK|name]] ([[3 June 2012|dob]])           Date: Wednesday [[25 November 2026|date]], 10:00, MS Teams
Chair: [[Alison Keirle|name]], Team Manager, Quantock Vale Children's Services
Attendees: [[Imogen Pople|name]] (SW); DC [[Tom Harvey|name]] (Avon and Somerset Police, Exploitation Team, [[Yeovil|place]]);
[[Gemma Biddiscombe|name]] (DSL, [[Crispin|school]]); [[Liz Carver|name]] (school nurse); [[Mark Ewens|name]] (DSL, [[Brookside
Meadow|school]]); minutes: [[Zoe Hembrow|name]].
Apologies: Dr [[Singh|name]] (GP, Vine Surgery).

1. Information shared. Police: [[Kieran VOWLES|name]] ([[11/02/2007|dob]]), of [[Flat 2, 8 Sub Road|address]], [[Butleigh|place]]
([[BA6 8SX|postcode]]), known to police for supplying cannabis around [[Glastonbury|place]] and [[Wells|place]]; a girl of 15 from
[[Shepton Mallet|place]] named him in August 2026. The white Golf [[WU19 HKT|vehicle]] is registered to his mother,
[[Carol Vowles|name]]. ANPR has it at [[Street|place]] Tesco and on the [[Glastonbury|place]] bypass late on
[[20/11|date]] and [[21/11|date]].
School: [[Sophea|name]] missed six days. A Year 10 boy, [[Riley Stuckey|name]], has told staff [[Kieran|name]] "gets girls to hold
stuff". School nurse: [[Sophea|name]] asked about the morning-after pill on [[18.11.26|date]].
[[Brookside Meadow|school]]: [[Dara|name]] comes in tired and hungry; now on free breakfast.
2. Decision: section 47 enquiry for [[Sophea|name]] (risk of sexual and criminal exploitation); [[Dara|name]] assessed as a child in
need. A Child Abduction Warning Notice to be served on [[VOWLES|name]] by DC [[Harvey|name]].
3. Mother: [[Sreymom|name]] to be supported to change her evening work. Father ([[Vuthy Sok|name]]) to be told by phone with
an interpreter. Grandmother in Cambodia to be told nothing without Ms [[Chea|name]]'s consent.
4. Next meeting [[9 Dec|date]]. Actions as listed: IP - visit with interpreter by [[27th|date]]; TH - CAWN; GB - safety plan.
"""),
]


# --- C. Lefebvre / Marchand family (French), Burnham-on-Sea; a father working at Hinkley Point C ---------------------

HOME_C = d.Address("Flat 6, Berrow Court, 31 Berrow Road", "", "Burnham-on-Sea", "TA8 2ET")
MAMIE_C = d.Address("12 rue Asselin", "", "Cherbourg-en-Cotentin", "50100")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Léa", "Lefebvre")], dt.date(2019, 4, 27), addresses=[HOME_C], ids=["916 140 4454", "N933419415056"],
       schools=["Esplanade Primary School"]),
    _p("s", "sibling", [("Hugo", "Lefebvre")], dt.date(2023, 7, 8), addresses=[HOME_C], ids=["421 967 7712"]),
    _p("m", "mother", [("Camille", "Marchand")], dt.date(1993, 12, 2), addresses=[HOME_C], phones=["07896 331 205"]),
    _p("f", "father", [("Julien", "Lefebvre")], dt.date(1989, 6, 17), addresses=[HOME_C], phones=["+33 6 12 48 90 37"]),
    _p("g", "grandparent", [("Monique", "Marchand")], addresses=[MAMIE_C], phones=["+33 2 33 52 61 18"]),
], "c")

DOCS_C = [
    ("police body-worn video transcript, typed by a civilian transcriber", """AVON AND SOMERSET CONSTABULARY - BWV TRANSCRIPT
Exhibit ref SW/1 (PC 4471 [[S. WILLCOCKS|name]])    Incident date [[2026-10-31|date]]    Start 23:08:14
Location: [[Flat 6, Berrow Court|address]], [[Berrow Road|address]], [[Burnham-on-Sea|place]]
Transcribed by [[Gail Fouracre|name]], [[04/11/2026|date]]. [inaudible] marks words that cannot be heard.

PC [[WILLCOCKS|name]]: Police, can you open the door please. Hello, what's your name, love?
FEMALE: [[Camille|name]]. [[Camille Marchand|name]]. Please, he is in the kitchen.
PC [[WILLCOCKS|name]]: OK. Is anyone hurt? Who else is in the flat?
[[MARCHAND|name]]: My children. [[Léa|name]] and [[Hugo|name]]. They are in the bedroom. [[Léa|name]] she is seven.
PC [[ANTELL|name]]: I'll go to the kitchen. Sir? Sir, can you come here. What's your name?
MALE: [[Julien|name]]. [[Lefebvre|name]]. [[L-E-F-E-B-V-R-E|name]]. It's nothing, we are shouting only.
PC [[ANTELL|name]]: Date of birth?
[[LEFEBVRE|name]]: [[Seventeen June eighty-nine|dob]]. [[17/06/1989|dob]].
PC [[WILLCOCKS|name]]: [[Camille|name]], your neck's red there. What happened?
[[MARCHAND|name]]: He pushed me on the - contre le frigo - on the fridge, and his hand here [indicates throat]. [inaudible]
[[MARCHAND|name]]: I called my mother in France, she said call the police. She is in [[Cherbourg|place]].
CHILD (female): [crying] Maman! Papa a cassé le téléphone!
PC [[WILLCOCKS|name]]: It's OK sweetheart. Are you [[Léa|name]]? [[Léa|name]], stay with [[Sophie|name]] for me. (PC [[Sophie
Antell|name]])
[[MARCHAND|name]]: My neighbour, Mr [[Dyer|name]], [[number 4|address]], he heard. He has knocked before.
PC [[WILLCOCKS|name]]: Sir, I'm arresting you on suspicion of assault by beating and non-fatal strangulation...
[[LEFEBVRE|name]]: I have work at six! At Hinkley! You cannot - [[Camille|name]], dis-leur! My supervisor is [[Gareth|name]], you ring him.
PC [[ANTELL|name]]: You'll be going to Express Park, [[Bridgwater|place]].
[[MARCHAND|name]]: I want to go home to France with the children. To my mother in [[Cherbourg|place]], [[12 rue
Asselin|address]].
End 23:21:52
"""),
    ("employer's welfare team email chain about a worker's bail conditions",
     """From: [[Nathan Beer|name]] <[[nathan.beer@hpc-civilsjv.co.uk|email]]>
Sent: [[02 November 2026|date]] 09:41
To: Children's Services Front Door
Cc: [[Rhiannon Ashman|name]] <[[r.ashman@hpc-civilsjv.co.uk|email]]>
Subject: Employee welfare - [[J. Lefebvre|name]] (staff no. F20931)

Good morning,
I am the site welfare lead for the civils joint venture at Hinkley Point C. One of our French engineers, [[Julien Lefebvre|name]],
told his line manager [[Gareth Besley|name]] on Saturday that he had been arrested and is on bail not to go to his address in
[[Burnham|place]] ([[Flat 6 Berrow Court|address]]). He is now in our campus accommodation at [[Cannington|place]] (room C-214).
He has asked us to "help him see his kids". We cannot do that and have told him so. We are contacting you because he said
his partner "will take the children to [[Cherbourg|place]]" and that he will "go and get them back". [[Gareth|name]] was worried by
the way he said it.
He is also talking about moving back to [[Flamanville|place]]; his contract allows a transfer. His work mobile is [[07468 551 302|phone]];
his own is French, [[+33 6 12 48 90 37|phone]].
Regards, [[Nathan|name]]
[[Nathan Beer|name]] | Welfare & Wellbeing Lead | [[07718 402 966|phone]]

---- Reply ----
From: [[Kate Hillier|name]] <[[kate.hillier@quantockvale.gov.uk|email]]>
Sent: Mon [[2 Nov 2026|date]] 11:02
Thank you [[Nathan|name]], very helpful. I am the social worker for [[Léa|name]] and [[Hugo|name]]. Please do not share
Ms [[Marchand|name]]'s
address or the children's school ([[Esplanade Primary|school]]) with anyone. If Mr [[Lefebvre|name]] tries to leave the campus
for [[Burnham|place]], please ring 999. I will call you at 2. [[Kate|name]]
"""),
    ("mother's text messages with her own mother, in French, typed up with the social worker's translation",
     """SMS / WhatsApp - phone of [[Camille Marchand|name]] - shown to SW [[Kate Hillier|name]] on [[05.11.2026|date]]
Contact saved as "Maman" ([[+33 2 33 52 61 18|phone]], landline, and WhatsApp on her mobile). Times UK.

[[31/10/2026|date]]
22:49 [[Camille|name]]: Maman il recommence. il a bu. il a cassé le tel de [[Léa|name]]   (Mum he's starting again. he's drunk. he broke
[[Léa|name]]'s phone)
22:50 Maman: Appelle la police ma chérie. Tout de suite. Le 999 chez vous. (call the police darling, right now, 999 where you are)
22:58 [[Camille|name]]: il m'a serré le cou  (he squeezed my neck)
22:59 Maman: J'appelle [[Thierry|name]].  ([[Thierry|name]] is her brother, in [[Valognes|place]])
23:40 Maman: [[Cam|name]]? réponds-moi
23:44 [[Camille|name]]: la police est là. ils l'emmènent à [[bridgwater|place]]
[[01/11/2026|date]]
08:12 Maman: Viens à la maison avec les petits. [[Thierry|name]] vient vous chercher à [[Portsmouth|place]] mercredi. Ferry Brittany Ferries
08:30 [[Camille|name]]: je peux pas. [[julien|name]] a l'autorité parentale, l'assistante sociale dit que je dois demander
08:31 [[Camille|name]]: et [[léa|name]] a école lundi. mrs [[hayes|name]] a été gentille
09:02 Maman: [[Hugo|name]] a sa visite chez le Dr [[Lemarchand|name]] à [[Cherbourg|place]] le [[18 novembre|date]], tu te souviens?
09:05 [[Camille|name]]: oui. je vais voir. bisous à papi  (yes. I'll see. kisses to grandad)

Note (SW): "Maman", "papi" and "Mamie" are kinship words. Her father is [[Jean Marchand|name]].
"""),
    ("child and family assessment summary", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS
Children: [[Léa LEFEBVRE|name]], DOB [[27 April 2019|dob]], NHS [[916 140 4454|nhs]], UPN [[N933419415056|upn]],
[[Esplanade Primary School|school]], [[Burnham-on-Sea|place]]; [[Hugo LEFEBVRE|name]], DOB [[8 July 2023|dob]], NHS
[[421 967 7712|nhs]], [[Little Acorns Pre-school|school]].
Address: [[Flat 6, Berrow Court, 31 Berrow Road|address]], [[Burnham-on-Sea|place]], [[TA8 2ET|postcode]]
Mother: [[Camille MARCHAND|name]], [[02/12/1993|dob]], mobile [[07896 331 205|phone]]. Father: [[Julien LEFEBVRE|name]], [[17/06/1989|dob]].
Maternal grandmother: [[Monique Marchand|name]], [[12 rue Asselin|address]], [[50100|postcode]] [[Cherbourg-en-Cotentin|place]], France.
Assessment started [[02.11.2026|date]], completed [[30.11.2026|date]]. Social worker [[Kate Hillier|name]].

The family came to [[Burnham|place]] from [[Flamanville|place]] in 2022 for [[Julien|name]]'s work at the power station
site. [[Camille|name]] worked as a teaching assistant in France and now does shifts at a care home in
[[Highbridge|place]]. There were three earlier calls
to police ([[14/02/2025|date]], [[9 August 2025|date]], the [[3rd of May 2026|date]]), each "verbal only". [[Léa|name]] told her teacher,
Mrs [[Hayes|name]], that "Papa squeezes Maman when he is angry" and draws her father "with fire hands". [[Hugo|name]]'s speech is
delayed in both languages; he is known to the speech and language team (therapist [[Ffion Nash|name]]).

[[Camille|name]] has used the IDVA ([[Jess Meaker|name]], SARSAS/You Trust) and has a non-molestation order (hearing at Taunton
Family Court on [[12 November 2026|date]]). She wishes to move to [[Cherbourg|place]] with the children in the spring. [[Julien|name]]
has asked, through a solicitor, [[Anna Lamprey|name]] of [[Lamprey|name]] & [[Gould|name]], for contact at the [[Highbridge|place]] family
centre. A prohibited steps application by either parent is likely.

Analysis: [[Léa|name]] and [[Hugo|name]] have lived with domestic abuse that includes strangulation. [[Camille|name]] protects them
well since the arrest. Outcome: child in need plan; MARAC referral (heard [[19/11|date]]); advice to both parents on the Hague
Convention and the need for consent or a court order before any move abroad.

Agencies consulted: GP (Dr [[Halse|name]], Berrow Medical Centre); [[Esplanade Primary|school]] (Mrs [[Hayes|name]], class teacher;
DSL [[Paul Vile|name]], [[01278 782 334|phone]]); police (PC [[Sophie Antell|name]]); IDVA ([[Jess Meaker|name]]); the employer's
welfare lead ([[Nathan Beer|name]]); the French consulate in [[London|place]] was not contacted, by [[Camille|name]]'s wish. Maternal uncle
[[Thierry Marchand|name]], [[Valognes|place]], spoken to by phone in English on [[24/11/2026|date]]; he says [[Julien|name]] was
"jealous since [[Caen|place]]", where the couple met. Neighbour [[Keith Dyer|name]] ([[Flat 4, Berrow Court|address]]) confirmed
he heard "banging and screaming" on [[31 October|date]] and on "a Sunday in the summer".
"""),
]


# --- D. Padfield / Gillard family (white British), Shepton Mallet --------------------------------------------------------

HOME_D = d.Address("9 Compton Close", "", "Shepton Mallet", "BA4 5QR")
DAD_D = d.Address("Flat 3, 27 Wells Road", "", "Radstock", "BA3 3RP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kai", "Padfield")], dt.date(2011, 2, 23), addresses=[HOME_D], ids=["748 514 3689", "W933468215276"],
       schools=["Whitstone School"]),
    _p("s", "sibling", [("Ellie-Mae", "Gillard")], dt.date(2016, 11, 5), addresses=[HOME_D], ids=["679 240 3563"]),
    _p("m", "mother", [("Donna", "Gillard")], dt.date(1987, 8, 8), addresses=[HOME_D], phones=["01749 343 618", "07534 889 120"]),
    _p("f", "father", [("Craig", "Padfield")], dt.date(1985, 1, 16), addresses=[DAD_D], phones=["07791 604 285"]),
    _p("p1", "professional", [("Owen", "Tucker")], phones=["07307 818 449"], emails=["owen.tucker@quantockvale.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events (table pasted as text)",
     """CHRONOLOGY - [[Kai PADFIELD|name]] (DOB [[23/02/2011|dob]])  [[9 Compton Close|address]],
[[Shepton Mallet|place]] [[BA4 5QR|postcode]]
Date | Event | Source | Impact
[[05/09/2022|date]] | [[Kai|name]] starts Year 7 at [[Whitstone School|school]]. | School | -
March 2023 | Parents separate; father [[Craig Padfield|name]] moves to [[Radstock|place]]. | Mother | [[Kai|name]] upset, angry.
[[17.01.2024|date]] | Fixed-term exclusion, 3 days, for a fight with [[Josh Chedzoy|name]]. | School | -
[[22 Jun 2025|date]] | Missing overnight; found at 06:10 at Temple Meads? no - found at [[Bristol|place]] bus station by
BTP. | Police | First missing episode.
[[13/07/2025|date]] | Stopped in [[Knowle West|place]], [[Bristol|place]], with £340 and two phones; released. | Police | NRM referral made.
[[01/10/2025|date]] | Moved to [[Whitstone|school]]'s alternative provision, Mendip Vale Learning Centre in
[[Evercreech|place]]. | School | -
[[29.12.2025|date]] | Mother's car window smashed at home; [[Kai|name]] says "it's about money I owe". | Police | Threat.
[[14/03/2026|date]] | Arrested in [[Frome|place]] (possession with intent, cannabis); RUI. | Police | -
[[7 April 2026|date]] | Child exploitation screening: high risk. Referred to the Exploitation panel. | CSC | -
[[12/09/2026|date]] | [[Ellie-Mae Gillard|name]] ([[05/11/2016|dob]]) tells her teacher that "men came to the door for
[[Kai|name]]". | [[St Paul's Primary|school]] | Sibling at risk.
[[03/11/2026|date]] | Missing 3 days. Found in a flat in [[Weston-super-Mare|place]] ([[Flat 11, 2 Orchard Street|address]]) with a man
of 24, [[Daniel|name]] "[[Dee|name]]" [[Parfitt|name]]. | Police | Cuckooed flat.
[[06/11/2026|date]] | Return home interview ([[Owen Tucker|name]]). | CSC | See RHI.
Note: the Temple Meads entry was later corrected by BTP; kept as written. Dad: [[07791 604 285|phone]]. Mum:
[[07534 889 120|phone]], home [[01749 343 618|phone]].
"""),
    ("return home interview form", """RETURN HOME INTERVIEW (missing from home)
Young person: [[PADFIELD Kai|name]]          DOB: [[23-02-2011|dob]]          NHS: [[748 514 3689|nhs]]
UPN: [[W933468215276|upn]]    Missing from: [[03.11.26|date]] 16:30    Found: [[06.11.26|date]] 02:15    Where: [[Weston|place]]
Interviewer: [[Owen Tucker|name]]     Where seen: McDonald's, [[Shepton|place]] (his choice)     Date: [[6/11/26|date]]
Who did you spend time with? "[[Dee|name]] and a lad called [[Tanner|name]]. And [[Mads|name]], she's from [[Cheddar|place]]."
Where did you go? "Got the 126 to [[Wells|place]] then a lift. Stayed at [[Dee|name]]'s cousin's at [[Oldmixon|place]] then the flat."
Did anyone hurt you or make you do things? "no comment. [[dee|name]] says i owe him 600 for the phone that got took in [[frome|place]]"
Did you use drugs/alcohol? "bit of weed"
What would help? "get mum off my back. no joke. and [[ellie|name]] shouldnt be scared"
Risk indicators ticked: going missing; unexplained money; older associates; debt; exclusion.
Professionals informed: Police missing person coordinator, PC [[Leah Dallimore|name]]; Mendip Vale LC key worker [[Sam Durston|name]].
Young person's phone (new): [[07488 236 915|phone]].  Signed [[O. Tucker|name]]
"""),
    ("youth worker's notes typed fast on a phone after an outreach session",
     """outreach notes thurs [[19/11|date]] - [[shep|place]] + [[wells|place]] - [[owen t|name]] & [[priya|name]]
saw [[kai p|name]] by the collett park gates approx 7.15pm w [[tanner|name]] (think surname [[gulliford|name]]?) + 2 older lads in a
black audi, reg started [[MX|vehicle]]. [[kai|name]] came over on his own. looked tired, new cut over eye, said "fell off bike"
said [[dee|name]] is "sorted" + he doesnt owe now but wont say why. said hes staying at his dads in [[radstock|place]] some nights,
[[craig|name]] ok with it? need to check w [[donna|name]]
[[ellie-mae|name]] was w her nan ([[jean gillard|name]], [[glebe road|address]]) so not home alone - good
[[kai|name]] asked about boxing at the club in [[Wells|place]], said he'd go if [[priya|name]] took him. [[priya|name]]
to ring the coach ([[Mikey
Bown|name]]) tmrw
9.05pm drove past [[compton close|address]], lights on, [[donna|name]] in the window, waved
TO DO: share the audi partial w police (pc [[dallimore|name]]). log on the exploitation tracker. text [[kai|name]] fri re boxing
"""),
    ("child exploitation panel minutes (multi-agency)", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - Mendip - [[26.11.2026|date]]
Case 4: K.P. (15), [[Shepton Mallet|place]]. Lead: [[Owen Tucker|name]], CSC. Present for this case: DS [[Amy Rugg|name]] (police),
[[Claire Hebditch|name]] (Youth Justice), [[Sam Durston|name]] (Mendip Vale Learning Centre), Dr [[Helen Sealy|name]] (CAMHS), chair
[[Martin Pitman|name]].

Update. [[Kai|name]] was missing [[3|date]]-[[6 November|date]] and found in a flat in [[Weston-super-Mare|place]] used by a line run from
[[Bristol|place]]. The flat's tenant, Mr [[Paul Arbery|name]], 58, is vulnerable and has since been moved by Alliance Homes. Police
have charged [[Daniel Parfitt|name]] ([[30/04/2002|dob]]) with possession with intent and are treating [[Kai|name]] as a victim;
an NRM positive reasonable grounds decision came on [[20 November|date]]. [[Tanner Gulliford|name]] (16, [[Wells|place]]) is also
of concern and is open to Somerset Youth Justice.
[[Kai|name]] has been seen in a black Audi, reg [[MX21 RVO|vehicle]], registered in [[Salford|place]]; intelligence submitted.
Mother ([[Donna Gillard|name]]) says there were two men at her door on the [[22nd|date]]. Her home phone [[01749 343 618|phone]] has had
"silent calls". Police to fit a Ring doorbell via the Community Safety Partnership.
[[Ellie-Mae|name]] (10) is frightened and wetting the bed; [[St Paul's|school]] to refer to the school nurse.
Actions: disruption visit to Mr [[Padfield|name]]'s address in [[Radstock|place]] ([[Flat 3, 27 Wells Road|address]],
[[BA3 3RP|postcode]]) - police; youth worker boxing sessions in [[Wells|place]]; next review [[17/12/2026|date]].
Locations of concern noted for the panel's map: the bus stop on [[Town Street|address]], [[Shepton Mallet|place]]; the car park
behind the [[Evercreech|place]] co-op; [[Oldmixon|place]] and [[Bournville|place]] in [[Weston-super-Mare|place]]; [[Hartcliffe|place]]
and [[Knowle West|place]] in [[Bristol|place]]. Associates named: [[Tanner Gulliford|name]]; "[[Mads|name]]" ([[Madison Pike|name]], 15,
[[Cheddar|place]]), referred to her own area's panel; [[Josh Chedzoy|name]] (no longer of concern).
"""),
]


# --- E. Fairbrother / Rose family (white British), Glastonbury, with a nanny in Wells ------------------------------------

HOME_E = d.Address("Flat 2, 17 Benedict Street", "", "Glastonbury", "BA6 9NB")
NANNY_E = d.Address("41 Ash Lane", "", "Wells", "BA5 2LS")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Willow", "Rose")], dt.date(2020, 5, 1), addresses=[HOME_E], ids=["558 005 3754", "H933487612049"],
       schools=["Tor Brook Primary"]),
    _p("s", "sibling", [("Rain", "Fairbrother")], dt.date(2024, 6, 21), addresses=[HOME_E], ids=["784 864 7331"]),
    _p("m", "mother", [("Skye", "Fairbrother")], dt.date(1997, 9, 29), addresses=[HOME_E], phones=["07713 560 221"]),
    _p("f", "father", [("Jack", "Rose")], dt.date(1994, 2, 12), phones=["07399 512 846"]),
    _p("g", "grandparent", [("Christine", "Fairbrother")], dt.date(1966, 12, 1), addresses=[NANNY_E], phones=["07982 316 707"]),
    _p("p1", "professional", [("Hazel", "Brain")], phones=["01458 831 664"], emails=["hazel.brain@nhs.net"]),
], "c")

DOCS_E = [
    ("health visitor's letter to the GP and social worker", """Public Health Nursing (0-19), Glastonbury Health Centre
[[Wirral Park|address]], [[Glastonbury|place]]
[[23rd November 2026|date]]

Dr [[A. Chubb|name]], Glastonbury Surgery; cc [[Lily Portnell|name]], social worker

Dear Dr [[Chubb|name]],
Re: [[Rain FAIRBROTHER|name]], DOB [[21/06/2024|dob]], NHS No. [[784 864 7331|nhs]]
[[Flat 2, 17 Benedict Street|address]], [[Glastonbury|place]], [[BA6 9NB|postcode]]
Mother: [[Skye Fairbrother|name]] ([[29/09/1997|dob]]), tel [[07713 560 221|phone]]

I saw [[Rain|name]] at home for her 2-year review on [[19 November|date]] (third appointment offered; two were not answered).
Her weight has dropped from the 25th to below the 2nd centile since her 1-year check at [[Street|place]] clinic. She was quiet and
watchful, did not babble, and sat in a car seat in the front room throughout. She was dressed in a vest in a cold flat (no
heating; [[Skye|name]] says the meter "ran out"). Her older sister [[Willow|name]] ([[Willow Rose|name]], 6) was home and said she
"doesn't go to school on Wednesdays because Mummy does healing at the Tor". [[Skye|name]] told me she follows a raw vegan diet
and gives [[Rain|name]] nut milk and fruit; she does not want vitamins or vaccines and "trusts her body".

[[Skye|name]] was warm with both girls but spoke fast and jumped between subjects. She said [[Jack|name]] (the girls' father,
[[Jack Rose|name]]) lives "on the drove" in a truck near [[Meare|place]] and that she "doesn't let him near the flat since
[[Pilton|place]]". A friend staying with them, "[[Moon|name]]" ([[Moonbeam Ashdown|name]], I was told), was asleep on the sofa.

I am referring [[Rain|name]] to paediatrics at Yeovil District Hospital for faltering growth and have made a referral to
children's social care today. Please could you review [[Skye|name]]'s mental health; her mother, [[Christine Fairbrother|name]]
in [[Wells|place]], rang me on [[07982 316 707|phone]] very worried.
Yours sincerely
[[Hazel Brain|name]], Specialist Community Public Health Nurse, [[01458 831 664|phone]], [[hazel.brain@nhs.net|email]]
"""),
    ("mother's own handwritten letter to the child protection conference, typed up by the advocate",
     """To the people at the conference about my girls

My name is [[Skye|name]]. I am [[Willow|name]] and [[Rain|name]]s mum. I have asked [[Fern|name]] (my advocate from the family
advocacy service) to type this because my hands shake when I am stressed and you will not read my writing.

I love my girls more than anything in this world. [[Willow|name]] was born in the van at [[Pilton|place]] on [[May Day 2020|dob]]
and [[Rain|name]] came on the Solstice, [[21st June 2024|dob]], at home in the flat with [[Tansy|name]] the doula. I know that to you
those are strange things but they are our way. I have always fed them clean food. I did not know [[Rain|name]] was losing weight
because she is little like me. I am sorry. I am doing what [[Hazel|name]] said now, the formula and the vitamins, I have the
receipts from Boots.

I take [[Willow|name]] out on Wednesdays because she is bullied at [[Tor Brook|school]]. A boy called [[Brandon|name]] calls her
"hippy tramp". Her teacher Miss [[Summer|name]] knows.

[[Jack|name]] is not a danger to the girls, only to me. At [[Pilton|place]] in June he held me down in the truck. I did not tell
the police. I don't want him in trouble but I do not want him back. He has a new girlfriend, [[Rosie|name]] from [[Street|place]].

My Mum ([[Chris|name]]) says I should move in with her in [[Wells|place]], [[41 Ash Lane|address]]. Maybe. She is hard on me
but she is good with the girls. My friend [[Moon|name]] has gone back to [[Totnes|place]].

Please give me a chance. [[Skye Fairbrother|name]]  [[1/12/26|date]]
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Willow ROSE|name]] ([[01/05/2020|dob]]), UPN [[H933487612049|upn]], NHS [[558 005 3754|nhs]];
[[Rain FAIRBROTHER|name]] ([[21/06/2024|dob]]), NHS [[784 864 7331|nhs]]
Date: Thursday [[3rd December 2026|date]], 13:30, [[Wells|place]] Council offices.     Chair/IRO: [[Gillian Parsley|name]]
Present: [[Skye Fairbrother|name]] (mother) with [[Fern Adlam|name]] (advocate); [[Christine Fairbrother|name]] (maternal
grandmother) for part; [[Lily Portnell|name]] (SW); [[Hazel Brain|name]] (HV); Mrs [[Kate Summer|name]] (class teacher, [[Tor Brook
Primary|school]]); Dr [[Iqbal|name]] (paediatrician); PC [[Darren Coles|name]]. Absent: [[Jack Rose|name]] (father), invited by text to
[[07399 512 846|phone]]; no reply.

Note: Ms [[Parsley|name]] explained the purpose of the conference to the family.

Since the referral. [[Rain|name]] has gained 600g in a fortnight on formula; paediatrician (Dr [[Iqbal|name]]) reports no organic cause,
faltering growth due to an inadequate diet. Bloods showed low iron and vitamin D. [[Willow|name]]'s attendance is 88% and rising.
The flat now has heating after a crisis payment; [[Skye|name]] keeps a food diary. [[Skye|name]] disclosed a sexual assault by
Mr [[Rose|name]] at the festival site near [[Pilton|place]] in June 2026; PC [[Coles|name]] will take a statement if she wishes.
Mr [[Rose|name]]'s truck was seen on [[Wick Drove|address]]? - PC [[Coles|name]] to confirm; his vehicle [[GU09 TKY|vehicle]].

Grandmother: [[Chris|name]] offers [[41 Ash Lane|address]], [[Wells|place]] ([[BA5 2LS|postcode]]) for all three if needed.

Decision: both children to be subject to child protection plans (neglect). Next review [[4 March 2027|date]]; core group
[[17.12.26|date]]. Minutes by [[Jade Tapp|name]].

Views. [[Willow|name]] (seen by [[Lily|name]] on [[30/11|date]]) said her "worries" are "the cold and [[Brandon|name]]" and her "happy
things" are "Nanny's cat and [[Rain|name]] laughing". [[Skye|name]]'s letter (typed by [[Fern|name]]) was read out. [[Christine|name]] said
she had "begged [[Skye|name]] to come home to [[Wells|place]] for years". [[Jack Rose|name]]'s sister, [[Tamsin Rose|name]] of
[[Butleigh|place]], rang the social worker on [[2 December|date]] from [[07584 612 930|phone]] to say [[Jack|name]] has left for
[[Totnes|place]].
"""),
    ("local community Facebook group post and comments about a child found on the high street, copied into the record",
     """Glastonbury Community Noticeboard (public group) - copied by SW [[L. Portnell|name]] on [[26/11/2026|date]]

[[Sally Roe-Willis|name]] · [[25 November|date]] at 15:52
Little girl about 6 on her own outside the crystal shop on the [[High St|address]], bare feet, says her name is
[[Willow|name]] and her mum is
"at the Tor". Sitting with her in the coffee shop opposite, anyone know her?? Not posting a photo obvs
    [[Dean Musgrove|name]] · I think thats [[Skye|name]]s girl from [[Benedict st|address]]
    [[Marigold Heal|name]] · [[skye fairbrother|name]]? ill message her
    [[Tash Gould|name]] · Poor thing its freezing. Ive rung 101
    [[Rowan Keats|name]] · Her dad [[jack|name]] is parked up at [[Wick|place]], shall I go and get him?
    [[Sally Roe-Willis|name]] · Mum's here now, she came down [[Chilkwell St|address]] running. All fine x
    [[Marigold Heal|name]] · shes not fine [[sal|name]], this is the 2nd time. [[Willow|name]] was in the abbey grounds on her own in Oct
    [[Dean Musgrove|name]] · Leave [[Skye|name]] alone shes got enough on
    Admin ([[Pete Clothier|name]]) · Comments turned off. Please dont name children on here.
"""),
]


# --- F. Quispe / Mamani family (Peruvian, Spanish and Quechua speakers), Priorswood, Taunton -----------------------------

HOME_F = d.Address("37 Dorchester Road", "Priorswood", "Taunton", "TA2 7PR")
ABUELA_F = d.Address("Calle Saphi 512", "", "Cusco", "08002")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Thiago", "Quispe Mamani")], dt.date(2022, 3, 9), addresses=[HOME_F], ids=["283 579 7009"]),
    _p("s", "sibling", [("Luz", "Quispe Mamani")], dt.date(2014, 10, 15), addresses=[HOME_F], ids=["819 842 7368", "L933464315567"],
       schools=["Priorswood Brook Academy"]),
    _p("m", "mother", [("Yesenia", "Mamani Huamán")], dt.date(1990, 7, 4), addresses=[HOME_F], phones=["07852 140 937"]),
    _p("f", "father", [("Rolando", "Quispe Condori")], dt.date(1986, 11, 23), addresses=[HOME_F], phones=["07826 475 590"]),
    _p("g", "grandparent", [("Hilaria", "Huamán")], addresses=[ABUELA_F], phones=["+51 984 513 207"]),
], "c")

DOCS_F = [
    ("emergency department safeguarding referral (hospital form)",
     """MUSGROVE PARK HOSPITAL - EMERGENCY DEPARTMENT - CHILD SAFEGUARDING REFERRAL
Patient: [[QUISPE MAMANI, Thiago|name]]     DOB: [[09/03/2022|dob]]     NHS: [[283 579 7009|nhs]]     MRN: T0841127
Address: [[37 Dorchester Rd|address]], [[Priorswood|place]], [[Taunton|place]] [[TA2 7PR|postcode]]
Attended: [[28-Nov-2026|date]] 19:42, brought by father ([[Rolando QUISPE CONDORI|name]], [[07826 475 590|phone]]) and
sister ([[Luz|name]], 12)
Language: Spanish (father), some English; interpreter via telephone (Language Line, interpreter no. 40772, "[[Marisol|name]]").
Presenting complaint: scald to the right forearm and back of hand, about 2% TBSA, partial thickness.
History (father): [[Thiago|name]] pulled a pan of soup (chupe) off the hob while "his mother was in the shower".
History (sister, in English, in the corridor, unprompted): "Mamá was at work. I was watching him. Papá was asleep." Mother,
[[Yesenia Mamani Huamán|name]], was reached at work (Cranes cider? - she works nights at a packing site in [[Norton
Fitzwarren|place]]) on [[07852 140 937|phone]].
Examination: glove-pattern? No - splash pattern with a clear edge on the forearm, consistent with a spill. Also three linear
bruises on the left upper arm, parallel, 4-5 cm, yellow-green. Father said [[Luz|name]] "grabbed him". [[Luz|name]] said nothing.
Skeletal survey: not indicated (age 4). Photos taken by medical photography.
Referrer: Dr [[Eleanor Gage|name]], ED registrar; safeguarding nurse [[Tom Pavey|name]] informed [[29/11|date]]. GP: Lyngford Park Surgery.
Sent to: Somerset Children's Services front door, [[29.11.2026|date]] 08:15.
"""),
    ("family WhatsApp group in Spanish (with Quechua words), typed up and translated by the social worker's interpreter",
     """WhatsApp group "Familia [[Quispe Mamani|name]] 🇵🇪" - exported by [[Luz|name]] on her mother's phone [[02/12/2026|date]]
Translation by [[Carmen Ybarra|name]] (interpreter). Members: "Mami" (mother), "Papi" (father), "[[Luz|name]] 🌞",
"Abuelita [[Hilaria|name]]"
([[+51 984 513 207|phone]]), "Tío [[Wilber|name]]" ([[+51 84 236 190|phone]]). "Mami", "Papi", "Abuelita" and "Tío" are not names.

[[28/11/26|date]] 20:31 [[Luz|name]] 🌞: mami [[thiago|name]] se quemó con la sopa, estamos en el hospital de [[taunton|place]] (mum,
[[Thiago|name]] burnt himself with the soup, we are at the [[Taunton|place]] hospital)
20:33 Mami: AY NO. voy. dile a tu papá que llame (oh no. I'm coming. tell your dad to ring)
20:40 Papi: no vengas, te van a quitar el trabajo. yo estoy aquí (don't come, you'll lose your job. I'm here)
20:52 Abuelita [[Hilaria|name]]: Ay mi wawa [[Thiaguito|name]]. Pónganle clara de huevo (oh my baby [[Thiaguito|name]]; put egg white on it)
20:53 [[Luz|name]] 🌞: abuelita no!! aquí no se hace eso 😭
21:10 Tío [[Wilber|name]]: [[Rolando|name]] hermano, cuidado con la asistenta social, acá en [[Cusco|place]] le quitaron los hijos a la
[[Rosa|name]] por eso (careful with the social worker, here in [[Cusco|place]] they took [[Rosa|name]]'s children for that)
21:12 Papi: [[luz|name]] tú no digas nada de lo del brazo (don't you say anything about the arm)
21:13 [[Luz|name]] 🌞: ya dije la verdad papá (I already told the truth, dad)
[[29/11/26|date]] 07:02 Mami: mi hija valiente. kuyayki (my brave daughter. "kuyayki" is Quechua for "I love you")
07:30 Abuelita [[Hilaria|name]]: [[Yesenia|name]] manda fotos. y dime cuándo vienen a [[Calle Saphi|address]] para Navidad? (send photos.
and tell me when you're coming to [[Calle Saphi|address]] for Christmas?)
"""),
    ("core group meeting notes", """CORE GROUP MEETING - [[Thiago QUISPE MAMANI|name]] and [[Luz QUISPE MAMANI|name]]
Held: [[4 December 2026|date]] at [[Priorswood Brook Academy|school]], [[Taunton|place]]. Notes: [[Kerry Lang|name]] (SW).
Present: [[Yesenia Mamani|name]] (mother), [[Rolando Quispe|name]] (father), interpreter [[Carmen Ybarra|name]] (Spanish),
Mrs [[Ruth Pollard|name]] (DSL, [[Priorswood Brook|school]]), [[Dawn Gooch|name]] (health visitor), [[Jamie Cornish|name]] (Family
Intervention Service).

[[Thiago|name]]: burn healing well, dressings done at the Lyngford Park Surgery treatment room by nurse [[Abbie Rich|name]]. Attends
[[Little Owls Nursery|school]] on [[Lyngford Road|address]] three mornings. The bruises: Mr [[Quispe|name]] now accepts
he "smacked him with a
belt once" when [[Thiago|name]] ran into the road on [[Dorchester Road|address]]; he says in Peru this is normal, as it was for him in
[[Sicuani|place]]. He has agreed to the Triple P course.
[[Luz|name]] (UPN [[L933464315567|upn]]): Year 8; attendance good; she is tired. She told Mrs [[Pollard|name]] she minds [[Thiago|name]]
from 6pm to 11pm on four nights. Young carers referral made; [[Luz|name]] chose the name "[[Lucecita|name]]" for her mentor to use.
Work: Ms [[Mamani|name]] has moved to days at the packing site from [[14/12|date]]. Her cousin [[Flor Huamán|name]], who lives on
[[Hawthorn Road|address]] in [[Halcon|place]], will mind [[Thiago|name]] after nursery.
The family will not travel to [[Cusco|place]] this winter; passports stay at home.
Next core group: [[21st January
2027|date]].
Contact list (updated): mother [[07852 140 937|phone]]; father [[07826 475 590|phone]]; cousin [[Flor|name]] [[07718 402 966|phone]].
Grandmother [[Hilaria Huamán|name]], [[Calle Saphi 512|address]], [[Cusco|place]] ([[08002|postcode]]), [[+51 984 513 207|phone]].
Uncle [[Wilber Mamani|name]], [[Sicuani|place]], [[+51 84 236 190|phone]]. School office [[01823 331 750|phone]]; health visitor
[[Dawn Gooch|name]] [[01823 356 402|phone]].
"""),
    ("emergency foster carer's daily log, handwritten and scanned",
     """DAILY LOG - placement of [[Thiago|name]] (age 4) - carer [[Mandy Sully|name]], [[Bishops Hull|place]]
Sat [[28/11|date]]  Arrived 23:50 with EDT social worker [[Rhys Parsons|name]] from the hospital. Arm bandaged. Cried for "[[Lulu|name]]"
(his sister [[Luz|name]]). Settled with my grandson's old dinosaur at 00:30.
Sun [[29/11|date]]  Ate porridge, said "más". Called me "tía". Video call with mum + [[Luz|name]] at 4pm on SW phone. Mum crying.
   [[Thiago|name]] said "Papi no" twice when I asked if he wanted to ring dad - noted, did not ask more. Told SW [[Kerry Lang|name]].
Mon [[30/11|date]]  Burns clinic at Musgrove, dressing changed. Nurse [[Priti|name]] says healing. Next [[3rd|date]].
Tue [[1 Dec|date]]  Back home to family under a safety plan (SW decision). [[Luz|name]] came to collect with mum and cousin [[Flor|name]].
   Mum gave me a card: "Gracias [[Mandy|name]], Dios le bendiga - [[Yesenia|name]]". [[Thiago|name]] took the dinosaur.
Signed [[M. Sully|name]]   [[01/12/2026|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 55 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 02:45 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "cllr", "nurse", "our", "me", "nan",
           "nanny", "gran", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "bong", "yeay", "mak",
           "maman", "mamie", "papi", "papa", "mami", "abuelita", "tía", "tia", "tío", "tio"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "somerset", "north somerset", "mendip", "exmoor", "the levels", "somerset levels", "france",
               "normandy", "la manche", "manche", "cotentin", "cambodia", "kampuchea", "peru", "perú", "south wales", "wales"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
