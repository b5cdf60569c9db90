"""Set 163: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, the held-out sets
bench/redaction_set158.py to redaction_set161.py and their tests, or bench/redaction_set162.py, redaction_set164.py and
redaction_set165.py and their tests (written by other helpers at the same time), that did not run the detector or any bench
script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py
and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the module docstrings of
bench/redaction_set7.py to redaction_set157.py (printed to a scratch file and searched for towns, districts and communities,
to see which earlier sets used as a family's home), the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library, and NHS numbers and UPNs made with their check digit and check letter in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may
tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families in Gosport and Fareham, Hampshire, each from a town, district or estate no earlier set used as a family's home.
Four white British or mixed families of the kinds most common in children's social care: a young mother with depression on
Tichborne Way in Bridgemary, Gosport, with a grandmother in Leesland and a father in Stubbington (Marsh / Bishop / Hunt; a
boy of 6 bitten by a borrowed Staffordshire bull terrier, home conditions, lateness, a partner's cannabis, an anonymous
neighbour's web referral), a boy of 15 on Crofton Lane in Hill Head, Fareham, with a father in Fratton and a grandmother in
Lee-on-the-Solent (Bridges; criminal exploitation on a county line into Millbrook, Southampton, a National Referral
Mechanism referral, a knife, a referral order), a kinship placement with a grandmother in Elson, Gosport, for a baby of one
with an unexplained fracture, a mother in a hostel in Fareham and a father on remand (Penfold / Grace; a special
guardianship assessment, supervised family time, the mother's letter to the judge, a Messenger chat), and a girl of 14 with
anorexia in Locks Heath, with a father in Warsash and a Bulgarian stepfather whose mother lives in Plovdiv (Rook / Petrov;
a CAMHS eating disorder letter, a Child in Need review, the girl's own views form, the stepfather's emails in English and
Bulgarian, in Cyrillic). Two from communities no earlier set used: a Bahamian Royal Navy family in service family
accommodation in Alverstoke, Gosport, the father an engineering instructor at HMS Sultan from Fox Hill, Nassau, the mother
from Freeport, Grand Bahama (Rolle / Knowles; domestic abuse after a mess dinner, a girl of 14 who stood between her parents
and self-harms, a deployment due, a grandmother's letter from Freeport), and a Flemish Belgian family from Gent in
Portchester, Fareham (De Smet / Vermeulen; a father's coercive control - passports and money - a girl of 11 avoiding school,
a mother who writes in Dutch, a grandmother in Sint-Amandsberg, an uncle in Lokeren, an old school's letter in Dutch scanned
and OCR'd). 24 documents, four per family, half plain professional recording (a social worker's home visit case note, a
primary school's CPOMS chronology export, a Royal Navy Family and People Support referral, strategy meeting minutes with the
Royal Navy Police, an early help assessment, an initial child protection conference report, a return home interview, a youth
justice referral order panel report, a special guardianship assessment, a supervised family time record, a CAMHS clinic
letter, a Child in Need review report) and half the other writing a case file holds, of types or styles no earlier set used
where possible (a mother's texts to her social worker, a neighbour's anonymous online concern form, a grandmother's
handwritten letter from the Bahamas, Snapchat screenshots typed up by a school, a mother's email in Dutch with its
translation, a Belgian school's letter scanned and OCR'd with its errors, an NRM referral form, a youth worker's notes typed
fast on a phone, a mother's handwritten letter to the judge, a Facebook Messenger printout, a young person's online "my
views" form, and a stepfather's email exchange in English and Bulgarian).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (the Bahamas, Belgium, Bulgaria); NHS numbers and UPNs (LA number 850, Hampshire) pass
their check digits; NI numbers have a valid format. The schools Wych Lane Primary, Castle View Primary, the Little Acorns
nursery and the Belgian Basisschool De Regenboog are invented, and so are the Gosport Contact Centre, Osborn House (a hostel),
the solicitors and the surgeries; towns, districts, estates, villages, real schools and colleges (Bay House, Anns Hill,
Brookfield, Crofton, Brune Park, Fareham Academy, Fareham College, Maurice Moore in Freeport), NHS bodies, hospitals,
police forces, prisons, courts, ships and naval bases (HMS Sultan, HMS Prince of Wales), clubs, brands, apps, charities and
laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows set 19, set 15 and sets 6 to 13).
[[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle).
Titles, roles, ranks and kinship words (Mr, Mrs, Ms, Miss, Dr, DC, PC, PCSO, PO, LET, Lt, HV, Sister, Nanny, Grammy, Mom,
the Dutch juf, mevrouw, meneer, oma, and the Bulgarian баба) stay outside the name span; a possessive 's and a bare s in
texting ("[[connor|name]]s", "[[kirsty|name]]s") stay outside, and a kinship word with a texting s ("nans") is not a name;
every person's name is a name in every form, record or not, in any case and any script ("Стоян Петров", "Росица Петрова",
"Деси", "Ели"). "SURNAME, First" is one span ("MARSH, Alfie", "ROLLE, Dwayne Anthony", "ROOK, Amber"), and so is
"First SURNAME" ("Kai BRIDGES"); an initial with a surname is one span ("L. Penny", "H. Van Darnme"); a name broken by a
line break is one span holding the break, and so is an address, a place, a school or a date; a display name that is a
person's plain name or nickname is a name ("Tee" before a flower emoji, "shaniya c"); a family's name alone as a heading
("DE SMET / VERMEULEN") is a name. A street address is one span, its town a place, its postcode a postcode (Belgian "9040"
and Bulgarian "4000" are postcodes); a street named without a number is an address ("Brewers Lane", "Haslar Crescent",
"Stoke Road", "crofton ln"), and so is a neighbour's bare house number ("no. 16", "nummer 39", "number 39") and an address
abroad ("#22 Coral Road", "Wulff Road", "Kerkstraat 18", "ул. „Капитан Райчо“ 15"); towns, cities, villages, districts and
estates are places at home or abroad and in any script ("Пловдив"); countries, counties, regions and islands that are
districts are not ("Hampshire", "Isle of Wight", "Grand Bahama", "the Bahamas", "Belgium", "Bulgaria", "Spain");
organisations and buildings are not marked even when they hold a town's name ("Bridgemary Medical Centre", "Portchester
Health Centre", "Gosport War Memorial Hospital", "Gosport Baptist Church", "Fareham Civic Offices", "Hill Head Sailing Club",
"Fareham Nomads", "Portsmouth Family Court", "HMP Winchester"); a school's or college's name is a school, and so is its
short form and a nursery's name ("Wych Lane", "wych lane", "Bay House", "brookfield", "crofton", "Little Acorns"); a date
of birth is dob, any other calendar date with a day is date (a weekday before it, in English or Dutch, stays outside), the
bare day in a diary line is a date of its own ("the 12th", "the 9th", the "31st" of "Saturday 31st"); months and years alone
are not marked; pets (Tank, the cat pickle) and toys (Nijntje) are not names; a firm named after people marks only the
names ("[[Hartley|name]] & [[Quinn|name]]"); beaches, nature reserves and landmarks stay unmarked (Stokes Bay, Titchfield
Haven, Portchester Castle);
a surname or first name that is also an English word is marked by what it refers to (Marsh, Bishop, Hunt, Grace, Rook,
Bridges, Frost, Penny, Hall, Lock, Wilde, Junior, Mark are names when they are people); a service, team or branch named by
its town ("Gosport CIN Team", "the Gosport Family Hub", "the Fareham family hub", "Fareham and Gosport CIN team", "RNFPS -
PORTSMOUTH AREA", "Royal Navy Police, SIB, Portsmouth", "Inclusion in Fareham") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "Pompey" is a place when
it means Portsmouth ("to see the boats at Pompey") and is not marked when it means the football club (a "Pompey duvet
cover"); "Hook" (the village by Warsash) is a place though it is a word; a hostel the mother lives in ("Osborn House") is an
address wherever it appears, as set 21's holiday park was, since it locates her home; a nickname made of initials that a boy
goes by ("KJ") is a name, while initials signing a note ("A.L.") are not marked; a county line's name ("the Dee line") is
the name of a criminal enterprise, like a handle, and is not marked; a nickname of an adult suspect ("Smudge") is a name, like
an alias; OCR errors in names, places and words ("Lotte De Srnet", "Vermeu1en", "H. Van Darnme", "Sint-Arnandsberg") are
marked as what they stand for; Bahamian phone numbers written with the country code and dashes ("+1-242-352-7318") are
phones; Grand Bahama, an island that is a district of several towns, is a region and is not marked, while Freeport, Eight
Mile Rock, Hawksbill, Nassau and Fox Hill are places; a ship (HMS Prince of Wales) and a naval base (HMS Sultan) are
organisations; a school's office email address is an email; a case, crime, court, service or interpreter reference number
is not marked.

Self-check without the detector: `python -m bench.redaction_set163` (and tests/test_redaction_set163.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,013 gold spans, 575 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Marsh / Bishop family (white British), Bridgemary, Gosport, with a grandmother in Leesland --------------------------

HOME_A = d.Address("14 Tichborne Way", "Bridgemary", "Gosport", "PO13 0BN")
NAN_A = d.Address("62 Leesland Road", "Leesland", "Gosport", "PO12 3NB")
DAD_A = d.Address("9 Marks Road", "Stubbington", "Fareham", "PO14 2EH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Marsh")], dt.date(2020, 4, 2), addresses=[HOME_A], ids=["8979274351", "F850252316978"],
       schools=["Wych Lane Primary School"]),
    _p("s", "sibling", [("Poppy", "Bishop")], dt.date(2024, 5, 17), addresses=[HOME_A], ids=["3522290151"]),
    _p("m", "mother", [("Kayleigh", "Marsh")], dt.date(1996, 10, 8), addresses=[HOME_A], phones=["07823 415 906"],
       ids=["JK 48 21 73 B"]),
    _p("f", "father", [("Reece", "Bishop")], dt.date(1994, 2, 27), addresses=[HOME_A]),
    _p("f2", "father", [("Dale", "Hunt")], dt.date(1993, 6, 12), addresses=[DAD_A]),
    _p("g", "grandparent", [("Sandra", "Marsh")], dt.date(1971, 1, 30), addresses=[NAN_A], phones=["023 9258 4417"]),
    _p("p1", "professional", [("Hannah", "Ridley")], phones=["07912 338 471"], emails=["hannah.ridley@hants.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (unannounced)        Recorded by: [[Hannah Ridley|name]], Social
Worker, [[Gosport|place]] CIN Team
Child: [[MARSH, Alfie|name]] (DOB [[02/04/2020|dob]])   Sibling: [[Poppy Bishop|name]] (DOB [[17/05/2024|dob]])
Address: [[14 Tichborne Way|address]], [[Bridgemary|place]], [[Gosport|place]] [[PO13 0BN|postcode]]
Date of visit: Tuesday [[3 November 2026|date]], 15:40-16:55     Written up: [[4.11.26|date]]

Present: [[Kayleigh Marsh|name]] (mum); [[Poppy|name]]; [[Alfie|name]] came in from school with his nan, [[Sandra Marsh|name]], at 16:05.
[[Reece Bishop|name]] ([[Poppy|name]]'s dad) was "at work" - [[Kayleigh|name]] later said he was at his mate [[Jordan|name]]'s in
[[Rowner|place]].

Purpose: follow-up of the referral from [[Wych Lane|school]] on [[28 October|date]] ([[Alfie|name]] came in with a dog bite to his left
hand, covered in a sock, and said "Tank done it") and the anonymous web referral about the flat.

Home conditions: the front room was cleaner than at my last visit on [[13th October|date]]; bin bags by the back door (8, I
counted), and the kitchen floor sticky. The Staffie, Tank, was shut in the garden and barking. [[Kayleigh|name]] said Tank belongs
to [[Reece|name]]'s brother [[Connor Bishop|name]], who "dropped him off for a week" in September. There is no stair gate;
[[Poppy|name]] climbed the stairs twice while I was there. [[Alfie|name]]'s room: mattress on the floor, no sheet, a Pompey
duvet cover on the floor, toys. He showed me his hand (healing, two marks on the back, no redness). He said Tank "goes mad when
you take his bone".

[[Alfie|name]] alone (in his room, 10 minutes): he said he likes [[Wych Lane|school]] and his teacher Miss [[Holly Carter|name]],
that he is "always late because Mummy's tired", and that when [[Reece|name]] "does the smelly smoke" he goes to Nanny's. He
said he goes on the ferry with Nanny "to see the boats at [[Pompey|place]]". He did not want to say more.

[[Kayleigh|name]]: said she has not been right since [[Poppy|name]] was born, the GP (Dr [[Aziz|name]] at Bridgemary Medical
Centre) has put her on sertraline, and she has a Steps2Wellbeing appointment on [[19/11|date]]. She said [[Reece|name]] smokes
weed "in the garden only". She agreed to Tank going back to [[Connor|name]] "tonight" and to a stair gate from the [[Gosport|place]]
Family Hub. Mobile: [[07823 415 906|phone]].

Nan ([[Sandra|name]], [[62 Leesland Road|address]], [[023 9258 4417|phone]]): takes [[Alfie|name]] to school three days a week
and has him on Fridays and Saturdays. She said "I'll do what I can but I work nights at the Co-op". She said [[Alfie|name]]'s
dad, [[Dale Hunt|name]], in [[Stubbington|place]], "hasn't seen him since the summer".

Analysis: neglect of home conditions and supervision is improving but not yet safe for a toddler; the dog bite is the main new
risk. Actions: check Tank has gone (ring [[Kayleigh|name]] [[5 Nov|date]]); ask the HV, [[Jen Oakes|name]], to visit by the
[[12th|date]]; contact [[Dale Hunt|name]] about his wishes; discuss with my manager, [[Stuart Pell|name]], on Thursday.
[[H. Ridley|name]]
"""),
    ("primary school safeguarding chronology exported from CPOMS", """[[WYCH LANE PRIMARY SCHOOL|school]] - CPOMS export - student
chronology (filtered: Safeguarding, Attendance, Medical)
Student: [[Alfie Marsh|name]]   Year 2 (Class: Kingfishers)   DOB: [[2 April 2020|dob]]   UPN: [[F850252316978|upn]]
Exported by: Mrs [[L. Penny|name]] (DSL) on [[30-10-2026|date]] for Children's Services

[[08/09/2026|date]] 08:52  Attendance | Late (08:49). Brought by mum with baby in buggy. Mum said alarm. - [[K. Ashby|name]] (office)
[[15/09/2026|date]] 09:10  Safeguarding | [[Alfie|name]] told TA Mrs [[Denise Hatch|name]] he had "no brekkie" and "[[Reece|name]]
                            was shouting at the telly all night". Given toast at breakfast club. - [[D. Hatch|name]]
[[22/09/2026|date]] 10:30  Medical | Head lice again, letter home. Uniform jumper not washed since the start of term. - [[H. Carter|name]]
[[29/09/2026|date]] 15:20  Safeguarding | Collected at 15:55 (school closes 15:15) by a man not on the list, who said he was
                            "[[Jordan|name]], [[Reece|name]]'s mate". Not released. Rang mum x3, no answer; Nan ([[Sandra Marsh|name]])
                            came at 16:20 from [[Leesland|place]] on the bus. - [[L. Penny|name]]
[[06/10/2026|date]] 09:00  Attendance | 86.4% this term (6 lates, 2 absences - "poorly"). EWO informed ([[Rob Tuck|name]]).
[[13/10/2026|date]] 14:00  Safeguarding | Mum came to the office crying; said she is "not coping" and [[Reece|name]] has
                            "money problems". Signposted to the Family Hub at [[Bridgemary|place]] and the foodbank. - [[L. Penny|name]]
[[21/10/2026|date]] 11:45  Safeguarding | Class teacher saw [[Alfie|name]] draw a dog "biting Mummy". When asked, he said "not
                            really, Tank bit me". No injury seen then. - [[H. Carter|name]]
[[28/10/2026|date]] 08:55  Safeguarding | Arrived with left hand wrapped in a sock. Two puncture wounds, back of hand, some
                            swelling. Said "Tank done it yesterday" when he took the bone. Mum not at the door (dropped by
                            neighbour Mrs [[Faye Gurney|name]] of [[no. 16|address]]). First aid by [[Sue Blakey|name]]. Rang
                            mum: said she "took him to the walk-in" at Gosport War Memorial Hospital last night - not
                            confirmed. Referral made to the front door (ref 26/88412). - [[L. Penny|name]]
[[29/10/2026|date]] 12:30  Safeguarding | Rang the SW, [[Hannah
                            Ridley|name]] ([[07912 338 471|phone]]), to share the above. She will visit. - [[L. Penny|name]]
[[30/10/2026|date]] 09:05  Medical | Hand looks clean. Father ([[Dale Hunt|name]]) rang the office asking about [[Alfie|name]]'s
                            school photo; told him we cannot share without checking PR - DSL to ring back. - [[K. Ashby|name]]
[[30/10/2026|date]] 15:30  Safeguarding | DSL rang [[Dale Hunt|name]] back on the number he left ([[07852 640 317|phone]]). He lives in
                            [[Stubbington|place]] with his partner [[Chelsea Vine|name]] and her two girls; says he has PR (named on
                            the birth certificate) and wants the school reports sent to him at [[9 Marks Road|address]]
                            ([[PO14 2EH|postcode]]). Told him we would confirm with the SW first. - [[L. Penny|name]]
[[02/11/2026|date]] 08:40  Attendance | On time! Walked in by Nan, who said [[Alfie|name]] slept at hers in [[Leesland|place]] all
                            weekend; [[Kayleigh|name]] "had a bad one" on Saturday [[31st|date]]. Class teacher informed. -
[[K. Ashby|name]]
"""),
]

DOCS_A += [
    ("mother's text messages to the social worker, typed up", """[Texts between [[Kayleigh Marsh|name]] ([[07823 415 906|phone]]) and
[[Hannah Ridley|name]] (work mobile [[07912 338 471|phone]]), copied into the case file on [[9 November 2026|date]], spelling as sent]

Wed [[4 Nov|date]] 18:12 [[Kayleigh|name]]: hi [[hannah|name]] its [[kayleigh|name]]. tank has gone back to [[connor|name]]s.
[[reece|name]] took him. pls tell the school
Wed [[4 Nov|date]] 18:40 [[Hannah|name]]: Thank you for letting me know [[Kayleigh|name]]. I'll ring you tomorrow as agreed.
Thu [[5 Nov|date]] 07:58 [[Kayleigh|name]]: cant do today, taking [[poppy|name]] to the docs at [[bridgemary|place]] her chest is bad.
[[alfie|name]] is at
nans x
Thu [[5 Nov|date]] 08:03 [[Hannah|name]]: No problem. Is [[Alfie|name]] going to school from [[Sandra|name]]'s today?
Thu [[5 Nov|date]] 08:20 [[Kayleigh|name]]: yes she walks him from [[leesland|place]] its miles but she dont mind. he loves
[[wych lane|school]]
Sat [[7 Nov|date]] 23:47 [[Kayleigh|name]]: sorry its late. [[reece|name]] says he wont do the gate thing with the family hub, he says ur
trying to take the kids. i dont think that. he went out in [[jordan|name]]s car the black corsa [[HN68 WUP|vehicle]] and hes not back
Sat [[7 Nov|date]] 23:49 [[Kayleigh|name]]: im ok. kids asleep. just needed to say it to someone
Sun [[8 Nov|date]] 09:15 [[Kayleigh|name]]: hes back. all fine. pls dont ring the police
Mon [[9 Nov|date]] 08:31 [[Hannah|name]]: Morning [[Kayleigh|name]], thank you for messaging me on Saturday, that took courage. I'm coming
at 2pm today with [[Jen|name]] the health visitor. If you ever feel unsafe ring 999. The domestic abuse service's
number is on the card I gave you. [[Hannah|name]]
Mon [[9 Nov|date]] 08:44 [[Kayleigh|name]]: ok. my mum will be here. [[dale|name]] rang me about [[alfie|name]]s photo, did u give him
my number??
Mon [[9 Nov|date]] 08:52 [[Hannah|name]]: No, I haven't given your number to anyone. We can talk about [[Dale|name]] this afternoon.
Mon [[9 Nov|date]] 13:10 [[Kayleigh|name]]: running late, at the ferry with mum coming back from [[portsmouth|place]] primark. 20 mins
"""),
    ("anonymous neighbour's concern submitted on the council's online form", """Hampshire County Council - Report a concern about a
child (online form) - submission ref HCC-WEB-2026-114907 - received [[26/10/2026|date]] 22:14

1. Are you a professional? No
2. Your name (optional): [left blank]
3. Your phone or email (optional): [left blank]
4. Child or children's names (if known): [[alfie|name]] (about 6) and a baby girl, [[Poppy|name]] I think. Mums name is [[Kayleigh|name]],
   her fellas called [[Reece|name]] or [[Reese|name]]
5. Address or area: [[14 tichborne way|address]] [[bridgemary|place]] (the one with the blue door and the trampoline in the front)
6. What are you worried about? (please give as much detail as you can)
   i live over the road and ive been worried for weeks. theres a big staffy in there now that isnt theirs and I seen it go for the
   little boy on sunday through the window. theres rubbish all up the side, rats. the man has people coming and going all night
   in cars, one is a black corsa and a white van with a ladder, I took the reg [[GU16 TYA|vehicle]]. the little boy was out on
   his bike on his own on [[Brewers Lane|address]] at 8pm on Friday [[23rd|date]] - no coat, in the dark. my friend [[Michelle|name]] who
   works at the Co-op in [[Rowner|place]] says his nan [[Sandra|name]] is a good woman and does her best. the mum is nice but
   she looks done in. I dont want them to get in trouble i just want someone to check.
7. Is the child in danger now? Not sure
8. How did you hear about this form? Facebook - Gosport Community Noticeboard
[Front door note, [[27/10/2026|date]], [[Nadia Quaye|name]] (MASH): linked to open CIN case (SW [[H. Ridley|name]]). Vehicle
[[GU16 TYA|vehicle]] checked with police: registered to a [[Paul Redfern|name]] of [[Lee-on-the-Solent|place]], no trace. Passed to SW.]
"""),
]


# --- B. Rolle / Knowles family (Bahamian, a Royal Navy family), Alverstoke, Gosport, with a grandmother in Freeport --------

HOME_B = d.Address("9 Jellicoe Avenue", "Alverstoke", "Gosport", "PO12 2PD")
NAN_B = d.Address("22 Coral Road", "", "Freeport, Grand Bahama", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tiana", "Rolle")], dt.date(2012, 8, 9), addresses=[HOME_B], ids=["2017819840", "L850447922994"],
       schools=["Bay House School"]),
    _p("s", "sibling", [("Marcus", "Rolle")], dt.date(2018, 2, 21), addresses=[HOME_B], ids=["7258215573", "P850257318136"],
       schools=["Anns Hill Primary"]),
    _p("m", "mother", [("Shanique", "Rolle"), ("Shanique", "Knowles")], dt.date(1993, 5, 4), addresses=[HOME_B],
       phones=["07466 718 250"]),
    _p("f", "father", [("Dwayne", "Rolle")], dt.date(1990, 12, 1), addresses=[HOME_B], phones=["07584 226 903"],
       ids=["WP 63 90 14 C"]),
    _p("g", "grandparent", [("Pearline", "Knowles")], dt.date(1964, 3, 17), addresses=[NAN_B], phones=["+1 242 352 7318"]),
    _p("p1", "professional", [("Olu", "Adeyemi")], phones=["023 9252 7309"], emails=["olu.adeyemi@hants.gov.uk"]),
], "c")

DOCS_B = [
    ("Royal Navy family and people support referral to children's services", """ROYAL NAVY FAMILY AND PEOPLE SUPPORT (RNFPS) -
[[PORTSMOUTH|place]] AREA - REFERRAL TO LOCAL AUTHORITY CHILDREN'S SERVICES        OFFICIAL-SENSITIVE (PERSONAL) when complete
Referrer: [[Carys Whitmore|name]], RNFPS Area Social Worker, [[023 9279 1840|phone]]        Date: [[12 Oct 26|date]]
Service person: LET [[ROLLE, Dwayne Anthony|name]], HMS Sultan (Marine Engineering, instructor)   Service no.: withheld
Spouse: Mrs [[Shanique ROLLE|name]] (née [[Knowles|name]]), DOB [[04.05.1993|dob]], mob [[07466 718 250|phone]]
Children: [[Tiana Shanice ROLLE|name]], DOB [[09.08.2012|dob]], [[Bay House|school]] (Year 10)
          [[Marcus ROLLE|name]] ("[[Junior|name]]"), DOB [[21.02.2018|dob]], [[Anns Hill Primary|school]] (Year 4)
Address: Service Family Accommodation, [[9 Jellicoe Avenue|address]], [[Alverstoke|place]], [[Gosport|place]] [[PO12 2PD|postcode]]
Family from: [[Nassau|place]] (LET [[Rolle|name]], [[Fox Hill|place]]) and [[Freeport|place]], Grand Bahama (Mrs [[Rolle|name]]).
Joined the RN in 2011 as Commonwealth recruit; in the UK with the family since 2019.

Reason for referral: On [[9 October 2026|date]] Mrs [[Rolle|name]] self-referred to RNFPS by phone. She said that after a
mess dinner at HMS Sultan on Friday [[2 October|date]] her husband came home drunk, accused her of "talking to men" on
Facebook, pushed her into the kitchen door and took her phone, and that [[Tiana|name]] (14) stood between them and was
pushed too. [[Tiana|name]] ran to a friend's house ([[Shaniya|name]], in [[Haslar Crescent|address]]) and stayed the night. Mrs
[[Rolle|name]] said this was the third time this year; in April she had bruising to her arm, seen by her friend
[[Lashawn Pinder|name]] (another Bahamian RN spouse, [[Rowner|place]]). She has no family in the UK; her mother, Mrs [[Pearline
Knowles|name]], lives in [[Freeport|place]] ([[+1 242 352 7318|phone]]) and her aunt in [[Nassau|place]] ([[+1 242 322 4816|phone]]).

LET [[Rolle|name]] is due to deploy with HMS Prince of Wales on [[16 November 2026|date]] for about six months. Mrs
[[Rolle|name]] does not want him prosecuted; she is worried his career and the family's visas (she and the children
are here as his dependants) would end. She asks for help for [[Tiana|name]], who "has stopped eating and is cutting".

Action by RNFPS: DASH completed with Mrs [[Rolle|name]] ([[12/10|date]]): 14 ticks - MARAC threshold; referred to the
Stop Domestic Abuse IDVA service; the chain of command informed (Divisional Officer Lt [[Ben Hext|name]]) with her consent.
Contact for this referral: [[carys.whitmore@mod.gov.uk|email]].
"""),
]

DOCS_B += [
    ("strategy meeting minutes with the Royal Navy Police", """STRATEGY MEETING (s47) - MINUTES
Child(ren): [[Tiana ROLLE|name]] (14), [[Marcus ROLLE|name]] (8)      Meeting: MS Teams, Wednesday [[14 October 2026|date]], 10:00-11:05
Chair: [[Gill Fairbrother|name]] (Team Manager, Children's Services, [[Gosport|place]] and [[Fareham|place]] MASH)
Attendees: [[Olu Adeyemi|name]] (SW, allocated), DC [[Ryan Soper|name]] (Hampshire and IOW Constabulary, CAIT), PO [[Dean Whitlow|name]]
(Royal Navy Police, SIB, [[Portsmouth|place]]), [[Carys Whitmore|name]] (RNFPS), Mrs [[A. Okafor|name]] (DSL, [[Bay House|school]]),
[[Ruth Allard|name]] (school nurse), [[Jess Dunmore|name]] (IDVA). Minutes: [[Becky Orr|name]] (business support).

1. Information shared
- RNFPS ([[Carys|name]]): referral of [[12/10|date]] read out (incident of [[2nd October|date]], DASH 14).
- School (Mrs [[Okafor|name]]): [[Tiana|name]] disclosed to the school counsellor on [[13/10/26|date]] that she cuts her thighs
  "when Dad gets like that" and that "Mom tells everyone she fell". Injuries seen by the school nurse: healing superficial cuts,
  no medical treatment needed. Attendance 97%. Friend group: [[Shaniya Cartwright|name]], [[Maisie|name]], [[Ella-Rose Bright|name]].
  [[Marcus|name]] ([[Anns Hill|school]]): no concerns, "a sunny boy", his teacher Mr [[Akers|name]] says he talks about "Daddy's ship".
- Police (DC [[Soper|name]]): no previous calls to [[9 Jellicoe Avenue|address]]. One call on [[3 October 2026|date]] at 00:40 from
  a neighbour, Mr [[Clive Bowyer|name]] ([[no. 11|address]]), about "a woman screaming"; officers attended, Mrs [[Rolle|name]] said
  it was "the TV", no further action. Body-worn footage shows a girl crying on the stairs.
- RN Police (PO [[Whitlow|name]]): jurisdiction is shared - the family live in Service Family Accommodation in the UK, so civil
  police lead. The service person's chain of command can delay the deployment if the civil police ask. No service record of
  violence. LET [[Rolle|name]] had a warning for drink in 2022 ([[Faslane|place]]).
- IDVA ([[Jess|name]]): Mrs [[Rolle|name]] does not want to leave; she wants him to "get help before he sails". Her phone has
  been returned; he checks it. She has been to the Bahamian church group at the Gosport Baptist Church but stopped.

2. Decisions
- Threshold for s47 met for [[Tiana|name]] (physical harm and emotional harm, self-harm). Single-agency (police and SW) joint
  visit; [[Tiana|name]] seen at school first, on [[15/10|date]], with [[Olu|name]] and DC [[Soper|name]]. ABE interview only if
  she wants it.
- [[Marcus|name]]: s47 also, seen at [[Anns Hill|school]] the same day by [[Olu|name]].
- Deployment on [[16th November|date]]: police to speak with the chain of command after seeing [[Tiana|name]]. Not to be discussed
  with LET [[Rolle|name]] before then.
- MARAC referral by the IDVA (next MARAC [[5 November|date]]).
- School: safety plan for [[Tiana|name]], daily check-in with Mrs [[Okafor|name]]; CAMHS referral by the school nurse.

Actions: [[Olu|name]] - joint visit [[15/10|date]] and speak to [[Marcus|name]]; DC [[Soper|name]] - PNC and overseas checks through the
Royal Bahamas Police Force liaison (father's address in [[Nassau|place]] before 2011: [[Wulff Road|address]], [[Fox Hill|place]]);
[[Jess|name]] - MARAC referral and safety plan with Mrs [[Rolle|name]] (safe number for her: her friend [[Lashawn|name]]'s mobile,
[[07466 208 135|phone]]); Mrs [[Okafor|name]] - school safety plan; [[Ruth|name]] - CAMHS referral; [[Carys|name]] - welfare support.
Next: review strategy meeting [[28.10.2026|date]] 14:00. Minutes agreed by chair [[16/10/26|date]].
"""),
    ("grandmother's letter from the Bahamas", """[Handwritten letter, 2 sides, posted from [[Freeport|place]] and given to the SW by Mrs
[[Rolle|name]] on [[3 November 2026|date]]; typed up as written]

                                                                        [[#22 Coral Road|address]]
                                                                        [[Freeport|place]], Grand Bahama
                                                                        [[October 19th 2026|date]]

To the Social Worker Mr [[Olu|name]],

My name is [[Pearline Knowles|name]] and I am the mother of [[Shanique|name]] and the grandmother of [[Tiana|name]] and [[Marcus|name]],
who we call [[Junior|name]]. I am writing because my daughter says you are a kind man and I cannot come to England
right now, my husband [[Cedric|name]] is sick with his sugar and had his foot taken off in August at the Rand.

I want you to know that my grandbaby [[Tiana|name]] is a good girl, she was top of her class at [[Maurice Moore|school]]
before they went to England. She used to sing in the choir with me at church on Sunday. When she calls me on
WhatsApp now she does not laugh no more. She told me "Grammy I stood in front of Mommy". No child should have
to do that.

I have known [[Dwayne|name]] since he was a boy in [[Fox Hill|place]], his mother Sister [[Ivy Rolle|name]] is a good woman in the
church. When he drinks he is not the same man. My daughter is too proud to say it. She will tell you everything is
fine. It is not fine.

If it is needed the children can come home to me. I have a three bedroom house and [[Tiana|name]]'s cousin [[Keisha
Darville|name]] is here at the same school, and my sister [[Merlene Moxey|name]] lives in [[Eight Mile Rock|place]] close by.
My number is [[+1-242-352-7318|phone]] or my work, [[+1 242 357 6104|phone]] (I am a nurse at the clinic in [[Hawksbill|place]]).
You can also email my niece who helps me with the computer, [[keisha.darville@gmail.com|email]].

Please tell [[Tiana|name]] her Grammy loves her and is praying for her every day.

God bless you,
[[Pearline Knowles|name]] (Mrs)
"""),
]

DOCS_B += [
    ("Snapchat messages between two girls, screenshotted by a friend's mother and typed up by the school", """[[BAY HOUSE SCHOOL|school]] -
SAFEGUARDING - record of screenshots handed in by a parent
Handed in by: Mrs [[Tanya Cartwright|name]] (mother of [[Shaniya Cartwright|name]], Y10), [[Haslar Crescent|address]], on Monday
[[26 October 2026|date]] 08:30. 6 screenshots of her daughter's Snapchat chat with [[Tiana Rolle|name]] (Y10), taken on
[[25/10/2026|date]]. Typed up by [[A. Okafor|name]] (DSL) - emojis described in brackets; display names as shown.

[Chat: "[[Tee|name]] 🌺" and "[[shaniya c|name]]"]
[[Tee|name]] 🌺  Sat 22:58   r u up
[[shaniya c|name]]  23:01   ye wats up
[[Tee|name]] 🌺  23:01   hes at it again. mum locked herself in the bathroom w [[junior|name]]
[[shaniya c|name]]  23:02   omg. do u want me to get my mum to come
[[Tee|name]] 🌺  23:02   NO. he'll know i told. he already thinks mrs [[okafor|name]] is in our business
[[Tee|name]] 🌺  23:04   he said if anyone rings the navy about him he loses his job and we all go back to [[nassau|place]] and its my fault
[[shaniya c|name]]  23:05   thats not true tho. my dad said the navy dont work like that
[[Tee|name]] 🌺  23:09   i did my legs again. not deep
[[shaniya c|name]]  23:09   [crying face x3] [[tee|name]] pls
[[shaniya c|name]]  23:10   u promised u would tell [[ruth|name]] at school
[[Tee|name]] 🌺  23:14   hes gone out. probs to [[Leon|name]]s in [[forton|place]]
[[Tee|name]] 🌺  23:15   grammy said i can live with her in [[freeport|place]]. i dont wanna leave [[junior|name]]
[[shaniya c|name]]  23:16   come to mine tmrw. were going to stokes bay w [[Maisie|name]] and [[ella rose|name]] 2pm
[[Tee|name]] 🌺  23:16   ok [heart]
[[shaniya c|name]]  23:40   u ok??
[[Tee|name]] 🌺  23:52   ye. he came back quiet. dont tell ur mum pls [[shan|name]]
[[shaniya c|name]]  23:53   ok [pleading face]

[DSL note: [[Shaniya|name]] gave her mum the screenshots on Sunday night because she was "scared". Rang the SW, [[Olu
Adeyemi|name]], at 08:50 ([[023 9252 7309|phone]]). [[Tiana|name]] seen in school at 09:30 with the school nurse, [[Ruth Allard|name]]
- fresh superficial cuts, dressed. "Stokes Bay" is the beach, not an address. [[Leon|name]] is believed to be a fellow rating,
surname not known.]
"""),
]


# --- C. De Smet / Vermeulen family (Flemish Belgian), Portchester, Fareham, with a grandmother in Sint-Amandsberg, Gent -----

HOME_C = d.Address("41 White Hart Lane", "Portchester", "Fareham", "PO16 9BQ")
NAN_C = d.Address("Dendermondsesteenweg 212", "Sint-Amandsberg", "Gent", "9040")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Lotte", "De Smet")], dt.date(2015, 6, 30), addresses=[HOME_C], ids=["7532990583", "P850350818733"],
       schools=["Castle View Primary School"]),
    _p("s", "sibling", [("Wout", "De Smet")], dt.date(2021, 3, 14), addresses=[HOME_C], ids=["1981322132"]),
    _p("m", "mother", [("Griet", "Vermeulen")], dt.date(1988, 9, 22), addresses=[HOME_C], phones=["07398 512 674"]),
    _p("f", "father", [("Pieter", "De Smet")], dt.date(1985, 1, 9), addresses=[HOME_C], phones=["07731 908 416"]),
    _p("g", "grandparent", [("Mieke", "Vermeulen")], dt.date(1960, 11, 2), addresses=[NAN_C], phones=["+32 9 225 43 17"]),
    _p("u", "other", [("Jan", "Vermeulen")], phones=["+32 475 38 62 91"]),
    _p("p1", "professional", [("Sophie", "Langstone")], phones=["01329 662 408"], emails=["sophie.langstone@hants.gov.uk"]),
], "c")

DOCS_C = [
    ("early help assessment", """EARLY HELP ASSESSMENT (Family Support Service, [[Fareham|place]])
Family: [[DE SMET|name]] / [[VERMEULEN|name]]      Address: [[41 White Hart Lane|address]], [[Portchester|place]], [[Fareham|place]]
[[PO16 9BQ|postcode]]
Lead practitioner: [[Marta Kowalczyk|name]] (Family Support Worker)      Assessment started [[1 September 2026|date]], completed
[[29/09/2026|date]]
Request for support from: [[Castle View Primary|school]] (Mrs [[Anne Lusby|name]], SENCo) - emotionally based school avoidance.

Family members
[[Lotte De Smet|name]] (11, Year 6, DOB [[30/06/2015|dob]]); [[Wout De Smet|name]] (5, Year 1 at [[Castle View|school]],
DOB [[14/03/2021|dob]]); mother [[Griet Vermeulen|name]] (38; speaks Dutch (Flemish), French and some English; not working);
father [[Pieter De Smet|name]] (41; project engineer at a boatbuilder on the harbour; speaks fluent English). The family moved
from [[Gent|place]] in Belgium in January 2025 for the father's job. Maternal grandmother, [[Mieke Vermeulen|name]], in
[[Sint-Amandsberg|place]]; the mother's brother, [[Jan Vermeulen|name]], in [[Lokeren|place]].

What is working well
- [[Wout|name]] is settled and happy at school; he "loves the castle" (Portchester Castle) and his friend [[Freddie|name]].
- [[Lotte|name]] is bright (she was in the top group at her school in [[Gent|place]]), reads in Dutch and English, swims with
  Fareham Nomads on Saturdays, and is close to her mum and her oma.
- The mother walks the children to school every day and keeps a tidy home.

What are we worried about
- [[Lotte|name]]'s attendance this term is 61%. Most mornings she has stomach pains and panic; twice she hid in the garden
  shed. She says the other girls laugh at her accent and a girl called [[Millie|name]] called her "the Belgian waffle".
- The mother says she has "no friends here" and "no money of my own". The father manages all the money and has her bank card;
  she has to show receipts from Lidl. He "checks the miles on the car". She has not been back to [[Gent|place]] since they came.
  (Recorded as a possible sign of coercive control - discussed with my supervisor, [[Dawn Pickett|name]], on [[22/09|date]].)
- The father, seen on [[15 September|date]] at home, said [[Lotte|name]] is "spoilt" and that her mother "makes her soft"; he
  wants her "carried to school if needed".

The child's voice ([[Lotte|name]], seen at school on [[17.09.2026|date]] with the ELSA, Mrs [[Sarah Beck|name]])
"I want to go home to [[Gent|place]]. At home I had [[Noor|name]] and [[Fien|name]]. Here nobody. Papa shouts in the car. Mama
cries in the kitchen when he goes to work. I can't learn if I'm thinking about Mama."

Plan: ELSA weekly; school nurse ([[Kirsty Ode|name]]); the mother to be offered the Freedom Programme (with a Dutch-speaking
worker if possible) and ESOL at the Portchester Community Centre; a family time session at the [[Fareham|place]] family hub;
review [[10 November 2026|date]]. Consent given by both parents ([[Griet|name]] on [[1/9|date]], [[Pieter|name]] on [[15/9|date]]).
Contacts: mother [[07398 512 674|phone]]; father [[07731 908 416|phone]]; oma (Belgium) [[+32 9 225 43 17|phone]].
"""),
]

DOCS_C += [
    ("mother's email to the school in Dutch, with the school's machine translation checked by an interpreter", """From: [[Griet
Vermeulen|name]] <[[grietje.vermeulen88@telenet.be|email]]>
Sent: maandag [[12 oktober 2026|date]] 07:41
To: Office - [[Castle View|school]] <[[adminoffice@castleview.hants.sch.uk|email]]>
Subject: [[Lotte|name]] - afwezig / absent

Beste juf [[Anne|name]],

Sorry dat ik in het Nederlands schrijf, mijn Engels is niet goed genoeg als ik moe ben. [[Lotte|name]] komt vandaag niet. Ze
heeft de hele nacht niet geslapen en had weer buikpijn. [[Pieter|name]] was heel boos vanmorgen en zei dat hij haar zelf naar
school zou brengen, maar zij heeft zich opgesloten in de badkamer. Ik heb hem gevraagd om weg te gaan naar zijn werk.

Mijn broer [[Jan|name]] belt elke avond vanuit [[Lokeren|place]] ([[+32 475 38 62 91|phone]]), hij zegt dat ik naar huis moet komen
met de kinderen. Mijn moeder ook. Maar [[Pieter|name]] heeft onze paspoorten in zijn bureau in [[Whiteley|place]]. Ik weet niet
wat ik mag doen. Kan mevrouw [[Kowalczyk|name]] mij bellen als [[Pieter|name]] op zijn werk is (tussen 9 en 5)? Niet na 6 uur.

[[Wout|name]] komt wel, de buurvrouw mevrouw [[Pat Godden|name]] van [[nummer 39|address]] brengt hem.

Groetjes,
[[Griet|name]]
[[07398 512 674|phone]]

---
[School office note: translated with Google Translate by [[Tracy Frith|name]] (office) and checked by phone on [[12/10/2026|date]]
with [[Els Maes|name]], a Dutch interpreter (Language Line, ID 40217). Forwarded to the DSL, [[Anne Lusby|name]], at 08:05.]

Dear Miss [[Anne|name]],

Sorry that I write in Dutch, my English is not good enough when I am tired. [[Lotte|name]] is not coming today. She has not slept
all night and had stomach ache again. [[Pieter|name]] was very angry this morning and said he would take her to school himself,
but she locked herself in the bathroom. I asked him to go to his work.

My brother [[Jan|name]] rings every evening from [[Lokeren|place]], he says I must come home with the children. My mother too. But
[[Pieter|name]] has our passports in his office in [[Whiteley|place]]. I do not know what I am allowed to do. Can Mrs
[[Kowalczyk|name]] ring me when [[Pieter|name]] is at work (between 9 and 5)? Not after 6 o'clock.

[[Wout|name]] is coming, the neighbour Mrs [[Pat Godden|name]] from [[number 39|address]] is bringing him.

Regards,
[[Griet|name]]

[DSL note, [[12 Oct|date]] 08:20: "juf" = Miss (teacher), "oma" = grandma. Passports held by the father - noted as possible
coercive control. Rang MASH ([[Nadia Quaye|name]]), threshold advice: strategy discussion. A.L.]
"""),
]

DOCS_C += [
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Lotte DE SMET|name]] (DOB [[30.06.2015|dob]], NHS [[753 299 0583|nhs]]) and [[Wout DE SMET|name]] (DOB [[14.03.2021|dob]],
NHS [[198 132 2132|nhs]])      Conference: Fareham Civic Offices, Thursday [[19 November 2026|date]], 13:30
Author: [[Sophie Langstone|name]], Social Worker, Children's Services ([[Fareham|place]] CP team), [[01329 662 408|phone]],
[[sophie.langstone@hants.gov.uk|email]]        Interpreter for the mother: [[Els Maes|name]] (Dutch)

1. Why this conference: a s47 enquiry began on [[14 October 2026|date]] after the mother's email to the school of the [[12th|date]]
(passports taken, money controlled, the father's anger) and [[Lotte|name]]'s account to her ELSA on [[13 October|date]] that
"Papa pushed Mama on the stairs and her head hit the wall". The mother confirmed this to me and to PC [[Amy Tolfree|name]] on
[[14/10|date]], then on [[20/10|date]] said it was "an accident" and asked that nothing is done.

2. The family's history: the parents met in [[Gent|place]] in 2012 and married in 2014 in [[Destelbergen|place]]. The mother was a
primary teacher there. The father's firm moved him to a site in [[Whiteley|place]]; the family rent [[41 White Hart Lane|address]]
from a private landlord, Mr [[Kevin Dunster|name]]. The mother's only contacts in England are the neighbour Mrs [[Godden|name]], a
Belgian friend from a Facebook group, [[Ine Claes|name]], who lives in [[Titchfield Common|place]], and the family support worker.

3. What the children say. [[Lotte|name]] ([[26/10|date]], at school, with her ELSA): "When Papa is in a bad mood we all go quiet.
[[Wout|name]] hides behind the sofa with Nijntje" (his toy rabbit). She wants to go back to her old school in
[[Sint-Amandsberg|place]] and to live with "Mama and [[Wout|name]] and Oma". [[Wout|name]] (seen at home on [[3/11|date]]) said "Papa
is shouty" and "Mama is sad", and drew his family with his father "far away at work".

4. Parents' views. Mr [[De Smet|name]] (seen [[21/10|date]] and [[4/11|date]]) denies pushing his wife; he says she "falls over her
own feet" and is "homesick and dramatic". He agreed he keeps the passports "for safety" and the bank card "because she spends
on rubbish". He said "In Belgium nobody would be at my door for this." Ms [[Vermeulen|name]] said through the interpreter that
she is afraid of what he will do if she leaves, and that his father, [[Luc De Smet|name]], "was the same".

5. Other agencies: police - one previous call, [[8 August 2026|date]], a neighbour (Mr [[Alan Tovey|name]], [[no. 43|address]])
reporting shouting, no offence recorded. GP (Dr [[Priya Naidoo|name]], Portchester Health Centre): the mother seen in June
with a bruised wrist, "walked into a door". School: [[Lotte|name]]'s attendance 58%; [[Wout|name]] 96%.

6. Recommendation: both children to be subject to a child protection plan under the category of emotional abuse. The mother
to be offered the IDVA ([[Jess Dunmore|name]]) and a refuge place with a Dutch-speaking worker if she chooses; the passports
to be returned to her; a referral for legal advice about the children's habitual residence (Hague Convention) if she wishes
to return to [[Gent|place]] with them. The father to be referred to a perpetrator programme (Hampton Trust).
[[S. Langstone|name]], [[16.11.2026|date]]
"""),
    ("Belgian school's transfer report, scanned and OCR'd with errors", """[OCR text of a scanned letter (2 pages, Dutch) from
[[Lotte|name]]'s old school, given to the SW by the mother on [[5/11/2026|date]]. OCR errors left as they came; the school's
English summary is on page 2.]

[[BASISSCHOOL DE REGENBOOG|school]]
[[Kerkstraat 18|address]] - [[9040|postcode]] [[Sint-Arnandsberg|place]] - tel. [[+32 9 228 61 04|phone]]

Betreft: leerling [[Lotte De Srnet|name]], ° [[30/06/2015|dob]], 4de leerjaar (schooljaar 2024-2025)
                                                               [[Sint-Amandsberg|place]], [[21 januari 2025|date]]

Geachte collega,

[[Lotte|name]] was van 2018 tot [[17 januari 2025|date]] leerling in onze school. Zij is een zeer goede, ijverige leerlinq. Ze
leest graag en heeft veel vriendinnen ([[Noor|name]], [[Fien|name]]). Ze was vaak moe op maandag. Op [[4 november
2024|date]] vertelde ze aan juf [[Hilde Van Damme|name]] dat "papa mama pijn doet". Wij hebben de ouders uitgenodigd;
mevrouw [[Vermeu1en|name]] zei dat het een ruzie was. De vader, meneer [[P. De Smet|name]], kwam niet. Wij hebben
contact opgenomen met het CLB (dossier 2024/11832).

Met vriendelijke groeten,
[[H. Van Darnme|name]], klastitularis             [[M. Verstraete|name]], directeur

--- page 2 ---
Summary for the new school (in English): [[Lotte|name]] was a pupil with us from 2018 to [[17 January 2025|date]]. Very good,
hard-working, many friends. Often tired on Mondays. On [[4 November 2024|date]] she told her teacher that "papa hurts mama".
We invited the parents; the mother said it was an argument; the father did not come. We contacted the CLB (pupil guidance
centre). For questions: [[hilde.vandamme@deregenboog-sab.be|email]].
"""),
]


# --- D. Bridges family (white British), Hill Head, Fareham, with a father in Fratton, Portsmouth --------------------------

HOME_D = d.Address("18 Crofton Lane", "Hill Head", "Fareham", "PO14 3LP")
DAD_D = d.Address("Flat 2, 71 Sandringham Road", "Fratton", "Portsmouth", "PO1 5BZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kai", "Bridges")], dt.date(2011, 9, 3), addresses=[HOME_D], phones=["07956 447 218"],
       ids=["3076185241", "R850433618593"], schools=["Crofton School"]),
    _p("s", "sibling", [("Ellie-Mae", "Bridges")], dt.date(2014, 1, 19), addresses=[HOME_D], ids=["L850229914278"],
       schools=["Crofton School"]),
    _p("m", "mother", [("Nicola", "Bridges")], dt.date(1980, 7, 25), addresses=[HOME_D], phones=["07852 164 339"],
       ids=["NR 27 55 81 A"]),
    _p("f", "father", [("Gavin", "Bridges")], dt.date(1978, 4, 18), addresses=[DAD_D]),
    _p("p1", "professional", [("Callum", "Frost")], phones=["07487 390 615"], emails=["callum.frost@hants.gov.uk"]),
], "c")

DOCS_D = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - MISSING CHILDREN
Young person: [[Kai BRIDGES|name]]   DOB [[03/09/2011|dob]]   Age 15   Home: [[18 Crofton Lane|address]], [[Hill Head|place]],
[[PO14 3LP|postcode]]
Missing from: home          Reported missing: Friday [[16/10/2026|date]] 22:10 by mother      Found: Sunday [[18/10/2026|date]] 03:20
Where found: a flat in [[Millbrook|place]], [[Southampton|place]] (police warrant, drugs found) - address held by police
Police ref: 44260418833      Interview by: [[Callum Frost|name]] (Youth Worker, Missing and Exploitation Team), [[07487 390 615|phone]]
Date of RHI: Tuesday [[20 October 2026|date]], 16:00, at the McDonald's on the A27 at [[Segensworth|place]] ([[Kai|name]]'s choice)

Episode: [[Kai|name]] said he left home after a row with his mum about his phone. He got a lift from "a mate of a mate" in a grey
Audi ([[KX19 DFE|vehicle]]) at the bottom of [[Crofton Lane|address]] near the Hill Head Sailing Club and was driven to "some flat
in [[Soton|place]]". He said he "just chilled, played FIFA". He would not name the driver; he said others call him "[[Smudge|name]]"
and that a lad called [[Tyrese|name]] from [[Paulsgrove|place]] was there. He had £160 in cash and two phones when found (police
seized both). He said he slept "a bit, on the sofa" and ate "a Greggs". He has a cut on his right palm ("fell off a wall").

Push and pull: [[Kai|name]] says home is "boring" and his mum "always on at me". He misses his dad, [[Gavin|name]], in [[Fratton|place]],
who he sees "when he's not working". He has been excluded from [[Crofton|school]] twice this term (fixed term: 3 days from
[[29 September|date]], 5 days from [[12 October|date]]). He likes football, boxing at a gym in [[Stubbington|place]] (coach
"[[Deano|name]]")
and his little sister [[Ellie-Mae|name]], who "worries too much".

Exploitation indicators: unexplained cash and phones; older males; travel out of area; found in a trap house; cut to palm;
going missing (3rd episode since August).

Risk: HIGH. Shared with the MET lead ([[Kerry Anstey|name]]) and the allocated SW, [[Lucy Varndell|name]], on [[20/10|date]].
[[Kai|name]] agreed I can see him weekly and that his mum can have my number. He asked me not to tell his dad about the cash.
"""),
]

DOCS_D += [
    ("National Referral Mechanism referral form, extract", """NATIONAL REFERRAL MECHANISM (NRM) - REFERRAL FORM - CHILD (extract:
sections 1, 2, 4 and 6)        First Responder: Hampshire County Council Children's Services

SECTION 1 - POTENTIAL VICTIM
Surname: [[BRIDGES|name]]         Forename(s): [[Kai Jordan|name]]       Known as: "[[KJ|name]]", "[[Bridgey|name]]"
Date of birth: [[03-09-2011|dob]]       Gender: Male       Nationality: British
Current address: [[18 Crofton Lane|address]], [[Hill Head|place]], [[Fareham|place]], [[PO14 3LP|postcode]]
Phone: [[07956 447 218|phone]] (his own; other handsets seized)      NHS no.: [[307 618 5241|nhs]]     UPN: [[R850433618593|upn]]
School: [[Crofton School|school]], [[Stubbington|place]] (Year 10; two suspensions this term)
Parent/carer: [[Nicola Bridges|name]] (mother), same address, [[07852 164 339|phone]]

SECTION 2 - FIRST RESPONDER
Name: [[Lucy Varndell|name]]   Role: Social Worker   Email: [[lucy.varndell@hants.gov.uk|email]]   Tel: [[01329 225 418|phone]]
Date of referral: [[23/10/2026|date]]

SECTION 4 - ACCOUNT OF EXPLOITATION (criminal exploitation - county lines)
Since about July 2026 [[Kai|name]] has been going missing from home for one or two nights at a time (missing on [[8 August|date]],
[[19 September|date]] and [[16 October|date]] 2026). On [[18 October|date]] he was found by Hampshire and IOW police in a flat in
[[Millbrook|place]], [[Southampton|place]], during a drugs warrant, with crack cocaine wraps, £160 and two phones. Police
intelligence links the flat to a line run from [[Portsmouth|place]] (the "Dee" line). An older male known as
"[[Smudge|name]]" (believed to be [[Jason Mabey|name]], 24, of [[Cosham|place]]) drives young people from [[Fareham|place]] and
[[Gosport|place]] in a grey Audi [[KX19 DFE|vehicle]]. [[Kai|name]]'s sister, [[Ellie-Mae Bridges|name]] (12), told her head of year on
[[21/10/2026|date]] that [[Kai|name]] "owes money to [[Smudge|name]]" and that a boy came to the door on [[Crofton Lane|address]] and
said "tell [[KJ|name]] he's got till Friday". [[Kai|name]] has a cut to his right palm consistent with a knife. He has been
seen in [[Gosport|place]] bus station late at night by a PCSO ([[Gemma Lock|name]]) on [[2 October|date]] with [[Tyrese Hall|name]] (16),
who is also open to Children's Services in [[Portsmouth|place]].

SECTION 6 - CONSENT: not required for a child. Mother informed on [[23/10|date]].
"""),
    ("youth worker's notes typed fast on a phone after a street contact", """notes - [[KJ|name]] - thurs [[5/11|date]] - typed on phone
in the car after, tidy up later

met [[kai|name]] 17:40 by the subway at [[fareham|place]] bus stn, he messaged me at 17:15 ("can u come now"). hood up, shaking a bit,
said hes "sorted" the money - [[smudge|name]] "let it go" if he does "one more run" to [[soton|place]] sat. i said no run is
safe + we talked re the NRM. he said his mum doesnt know + [[ellie|name]] will "grass". hes not been at [[crofton|school]] this wk
- "kicked out again" (check w/ [[lucy v|name]]).

he showed me a snap from "Dee line" - a pic of a knife + "tick tock [[KJ|name]]". screenshotted w his ok, sent to
[[Lucy|name]] + [[Kerry|name]] 18:30. also says a lad [[tyrese|name]] got jumped in [[paulsgrove|place]] last wk + is in QA hosp.

dropped him home [[crofton ln|address]] 18:10 - mum ([[nicola|name]]) at door, v upset, said she will ring 101. [[nic|name]] asked
about moving [[kai|name]] to his dads in [[fratton|place]] - told her talk to SW, [[fratton|place]] is closer to the line not further.
gran ([[Pat Bridges|name]]) in [[Lee on the Solent|place]] could have him for the wkend? [[nic|name]] to ask.

TO DO: ring [[lucy|name]] am (strategy mtg?), MET ref, ask [[kerry|name]] re safe house/relocation, chase police re the
snap, book [[kai|name]] in w [[Deano|name]] at boxing mon ([[9th|date]]) - hes his fave adult apart from me lol.
phone [[07956 447 218|phone]] - still his, new sim? check.
"""),
]

DOCS_D += [
    ("youth justice referral order panel report", """HAMPSHIRE YOUTH JUSTICE SERVICE - REFERRAL ORDER - INITIAL PANEL REPORT
Young person: [[Kai BRIDGES|name]]      DOB: [[3rd September 2011|dob]]      Case manager: [[Rhiannon Pugh|name]] (YJS,
[[Fareham|place]] office)
Court: South East Hampshire Youth Court (sitting at Portsmouth), [[26 November 2026|date]]      Order: 6 months
Offence: possession of a bladed article in a public place ([[Fareham|place]] bus station, [[6 November 2026|date]])
Panel: Tuesday [[15 December 2026|date]], 17:00, at the YJS office. Community panel members: [[Graham Stott|name]], [[Efua Mensah|name]]

1. The offence. On [[6 November|date]] at 19:05 police stopped [[Kai|name]] at the bus station after a call from a member of the
public, Mrs [[Valerie Kemp|name]], who saw a knife in his waistband. He had a kitchen knife (blade 12 cm) and said he carried it
"for protection" after threats on Snapchat. He pleaded guilty at the first hearing. He has no previous convictions. He was
not charged with any drug offence for [[18 October|date]]; the NRM received a positive reasonable grounds decision on
[[30/10/2026|date]], and the court was told of it.

2. [[Kai|name]]'s circumstances. He lives with his mother, [[Nicola Bridges|name]], and sister, [[Ellie-Mae|name]], in [[Hill Head|place]].
After the threats the family spent 3 weeks with his grandmother, Mrs [[Pat Bridges|name]], at [[5 Marine
Parade West|address]],
[[Lee-on-the-Solent|place]] ([[PO13 9LW|postcode]]). He is now on a reduced timetable at [[Fareham Academy|school]]'s alternative provision
(mornings only) while [[Crofton|school]] considers a managed move to [[Brune Park|school]] in [[Gosport|place]]. His father, Mr
[[Gavin Bridges|name]], visits on Sundays and has said he will come to the panel.

3. What [[Kai|name]] says: "I'm not a bad person, I was scared. I don't want my sister to be scared when she walks home." He
wants to do boxing properly (his coach, [[Dean Ashdown|name]], "[[Deano|name]]", has offered him a place on the youth squad)
and to go to college to do motor vehicle at [[Fareham College|school]]. He says he has blocked "[[Smudge|name]]" and "them lot".

4. Proposed contract: reparation (4 hours at the Titchfield Haven nature reserve clearing paths, by agreement); weekly
sessions with me (knife crime, consequential thinking); keep working with the youth worker, [[Callum Frost|name]]; attend
education; a letter of apology to Mrs [[Kemp|name]] if he wants to write one; no contact with [[Jason Mabey|name]].
Victim: the member of the public has asked to be told the outcome and does not want to attend.
[[R. Pugh|name]], [[04/12/2026|date]]
"""),
]


# --- E. Penfold / Grace family (white British), a grandmother in Elson, Gosport; a mother in Fareham town centre ------------

NAN_E = d.Address("31 Elson Road", "Elson", "Gosport", "PO12 4BL")
MUM_E = d.Address("Room 6, Osborn House, 22 Osborn Road", "", "Fareham", "PO16 7DG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oakley", "Penfold")], dt.date(2025, 11, 26), addresses=[NAN_E], ids=["5257544806"]),
    _p("m", "mother", [("Jade", "Penfold")], dt.date(1999, 8, 14), addresses=[MUM_E], phones=["07947 281 563"],
       ids=["PH 72 38 56 A"]),
    _p("f", "father", [("Tyler", "Grace")], dt.date(1998, 3, 3)),
    _p("g", "grandparent", [("Carol", "Penfold")], dt.date(1966, 6, 21), addresses=[NAN_E],
       phones=["023 9237 6125", "07825 603 194"], ids=["JT 19 64 02 D"]),
    _p("g2", "other", [("Roy", "Penfold")], dt.date(1963, 10, 5), addresses=[NAN_E]),
    _p("p1", "professional", [("Bev", "Tanner")], phones=["023 9221 6805"], emails=["bev.tanner@hants.gov.uk"]),
], "c")

DOCS_E = [
    ("special guardianship assessment, extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Schedule to the Special Guardianship Regulations
2005) - EXTRACT
Child: [[Oakley Penfold|name]], born [[26 November 2025|dob]], NHS [[525 754 4806|nhs]]
Proposed special guardians: Mrs [[Carol Ann PENFOLD|name]] (DOB [[21/06/1966|dob]]; NI [[JT 19 64 02 D|ni]]) and Mr [[Roy PENFOLD|name]]
(DOB [[05/10/1963|dob]]), maternal grandmother and her husband (step-grandfather), of [[31 Elson Road|address]], [[Elson|place]],
[[Gosport|place]] [[PO12 4BL|postcode]]; tel. [[023 9237 6125|phone]] / [[07825 603 194|phone]]
Assessor: [[Bev Tanner|name]], Kinship Assessment Team, [[023 9221 6805|phone]]     Proceedings: care proceedings, Portsmouth
Family Court (case no. PO26C00417)      Assessment completed: [[27 November 2026|date]]

Background: [[Oakley|name]] was removed from his mother's care on [[4 March 2026|date]], aged 14 weeks, after he was found with a
fractured left femur that his mother, [[Jade Penfold|name]], could not explain. He has lived with his grandparents under an
interim care order since [[5th March 2026|date]]. The father, [[Tyler Grace|name]], has been in HMP Winchester since June on
remand for unrelated offences; a finding hearing on [[14/09/2026|date]] found that the injury was caused by one of the two parents
and could not say which.

Mrs [[Penfold|name]] ("[[Caz|name]]"), 60, works part time as a dinner lady at [[Elson Infant
School|school]]; Mr [[Penfold|name]], 63, is a retired
dockyard fitter with angina. They have lived in [[Elson|place]] for 31 years. Their home is a three-bedroom ex-council house, clean
and warm; [[Oakley|name]] has his own room. Mrs [[Penfold|name]]'s other children are [[Shannon Penfold|name]] (33, in
[[Gosport|place]], two
children) and [[Liam Penfold|name]] (29, serving in the Army at [[Tidworth|place]]). Mr [[Penfold|name]]'s son from his first marriage,
[[Darren|name]], lives in Spain and has no contact.

Strengths: [[Oakley|name]] is thriving - walking, babbling, "his nanny's shadow". Health visitor ([[Jen Oakes|name]]) and GP (Dr
[[Mehta|name]], Willow Group Surgery) report no concerns. The couple understand the risk from both parents and have kept to the
contact plan; Mrs [[Penfold|name]] told me "I love [[Jade|name]], but [[Oakley|name]] comes first, and I don't know what happened in
that flat."

Vulnerabilities: Mr [[Penfold|name]]'s health; the couple's age (they will be 77 and 80 when [[Oakley|name]] is 18); the strain with
[[Jade|name]], who has twice turned up at the house without notice (on [[2 August|date]] and on [[9th October|date]]), once shouting at
the door until a neighbour, Mr [[Steve Hatherley|name]] ([[no. 29|address]]), asked her to leave; the maternal great-grandmother,
Mrs [[Iris Wells|name]], of [[Hardway|place]], who "takes [[Jade|name]]'s side".

Recommendation: a special guardianship order to Mr and Mrs [[Penfold|name]], with a support plan (financial allowance, contact
supervised by the council for 12 months then by the guardians, therapeutic parenting course, and support for Mrs
[[Penfold|name]] to manage [[Jade|name]]'s visits).
"""),
]

DOCS_E += [
    ("supervised family time (contact) record", """FAMILY TIME - SUPERVISED CONTACT RECORD
Child: [[Oakley|name]] ([[PENFOLD|name]])      Parent: [[Jade Penfold|name]] (mother)      Venue: Gosport Contact Centre,
[[Stoke Road|address]]
Date: Wednesday [[18th November 2026|date]]      Booked 10:00-11:30      Supervisor: [[Kelly Marchant|name]] (Family Time Worker)
Brought by: maternal grandmother, Mrs [[Carol Penfold|name]] (handover at the front desk, no contact with the mother, as agreed)

10:02 [[Jade|name]] arrived on time with her support worker from [[Osborn House|address]], [[Gail Thorne|name]], who waited in
reception. [[Jade|name]]
looked tired and thinner; she said she had walked from the ferry. She had brought a birthday bag: a balloon "1", a card, a
toy digger and a cake from the Co-op on [[Forton Road|address]].
10:05 [[Oakley|name]] brought in by me. He looked at [[Jade|name]] for a few seconds, then went to the toy box. [[Jade|name]] said "Hiya
[[Oaks|name]], it's Mummy, happy birthday for next week!" and he let her pick him up after a minute. She sang "Happy birthday"
and held his hand to blow the candle.
10:20 [[Jade|name]] changed his nappy well, talked to him throughout. She asked me if "Mum" ([[Carol|name]]) is "letting him see
[[Tyler|name]]'s mum". I said I could not discuss that here. She said [[Tyler|name]]'s mum, [[Donna Grace|name]], lives on the
[[Rowner|place]]
estate and "posts him on Facebook". (Passed to the SW.)
10:40 [[Oakley|name]] tired and grizzly. [[Jade|name]] tried a bottle; he took half. She said she is "clean 9 weeks" and has a
keyworker at Inclusion in [[Fareham|place]] ([[Marcus Dyer|name]]), and that her new number is [[07947 281 563|phone]].
11:00 [[Jade|name]] became upset when talking about [[Tyler|name]]: "He's the one who did it and everyone knows. I should've
left when he dropped [[Oaks|name]] on the stairs." I reminded her I cannot discuss the case; I wrote down what she said and
told her I would pass it to [[Bev Tanner|name]] and the child's SW, [[Hayley Brind|name]]. She calmed with [[Oakley|name]] on her lap.
11:28 Goodbye: [[Jade|name]] cried, gave him a kiss and the digger. [[Oakley|name]] waved "bye-bye".

Observations: warm, attuned, good routine care; [[Jade|name]]'s distress at the end was managed away from [[Oakley|name]]. The
comment about the stairs is new and has been passed on (emailed [[hayley.brind@hants.gov.uk|email]] at 12:05).
Next family time: [[2/12/26|date]] 10:00 (then [[16/12/26|date]] and [[30/12/26|date]]).      Signed: [[K. Marchant|name]]
Manager's note ([[19/11|date]]): read by [[Sharon Quilter|name]] (Family Time Manager). [[Hayley|name]] to update the police (DC
[[Brookes|name]]) and the children's guardian, [[Margaret Oyelaran|name]], about the comment on the stairs before the hearing on
[[10 December|date]].
"""),
    ("mother's handwritten letter to the judge, typed up", """[Letter from the mother, handwritten on lined paper, filed with her
solicitor's position statement ([[Hartley|name]] & [[Quinn|name]], [[Fareham|place]]). Typed up as written, with her line breaks.]

To the Judge,

my name is [[Jade Penfold|name]] and I am [[Oakley|name]]s mum. I am writing this myself my solicitor
Mrs [[Anita Hartley|name]] said I can. I am not good at writing so sorry.

I know I let [[Oakley|name]] down. I was with [[Tyler|name]] and I was scared of him and I was using. I did not hurt my
son I would never. On the night of the [[2nd of March|date]] [[Tyler|name]] had [[Oakley|name]] when I went to the garage for
milk. When I came back [[Oaks|name]] was screaming and [[Tyler|name]] said he rolled off the sofa. I beleived him because I
wanted to. I should of took him to QA straight away and I didnt till the morning.

I have been clean since [[15th September|date]]. I go to my group every Tuesday and Thursday in [[Fareham|place]] and I do
drug tests. I live at [[Osborn House|address]] and my keyworker [[Gail|name]] will tell you I am doing good. I have started a
course at the college ([[Fareham College|school]]) in maths and english.

I dont want [[Oakley|name]] to be with strangers. I want him with my mum [[Carol|name]] and [[Roy|name]] because they love
him and he knows them. But please dont make it so I cant see him. My mum and me fell out but I know she is
a good nan. When I am better I want to be his mum again.

I have told my solicitor everything about [[Tyler|name]] now and the police (DC [[Hollie
Brookes|name]]) too.

From [[Jade Penfold|name]]
[[23.11.2026|date]]
"""),
]

DOCS_E += [
    ("Facebook Messenger chat between a grandmother and her daughter, printed and handed in", """[Printout of Facebook Messenger
messages handed to [[Bev Tanner|name]] by Mrs [[Carol Penfold|name]] on [[1 December 2026|date]]; she said "I want you to see I'm not
keeping him from her". Names as shown on the printout. Typed up with emojis described.]

[[Jade Penfold|name]]                                                    [[28 NOV 2026|date]] AT 21:14
mum can i see [[oaks|name]] on his birthday at urs. just for 10 mins. i wont cause trouble i promise
[[Carol Penfold|name]]                                                   [[28 NOV 2026|date]] AT 21:30
[[Jade|name]] you know I cant love. It has to be at the centre thats what the judge said. I'll bring him wednesday
and you can give him his present there. We had a little party today, [[Shannon|name]] and the kids came and [[Liam|name]] facetimed from
[[Tidworth|place]]. He blew his candle out (with help) [heart emoji]
[[Jade Penfold|name]]                                                    [[28 NOV 2026|date]] AT 21:33
so [[shannon|name]] can come and i cant. nice
[[Jade Penfold|name]]                                                    [[28 NOV 2026|date]] AT 21:34
is [[donna|name]] allowed there then. she put a pic of him on her facebook from the summer on stokes bay wiv [[ty|name]]s sister
[[Carol Penfold|name]]                                                   [[28 NOV 2026|date]] AT 21:41
No she is NOT allowed and I have told the social. That pic was from before. [[Roy|name]] has messaged her to take it down.
Please go to bed love. I'm proud of you for the college. Nanny [[Iris|name]] says she's proud too.
[[Jade Penfold|name]]                                                    [[29 NOV 2026|date]] AT 00:52
ur not proud of me u took my son
[[Jade Penfold|name]]                                                    [[29 NOV 2026|date]] AT 00:53
sorry mum. i didnt mean that. im at [[kirsty|name]]s in [[bridgemary|place]] tonight not the hostel. dont tell [[gail|name]]
[[Carol Penfold|name]]                                                   [[29 NOV 2026|date]] AT 07:05
I know you didnt. Please go back to the hostel today, you'll lose your room. Ring my mobile, [[07825 603 194|phone]], the house
phone wont answer. Love you xx
[[Jade Penfold|name]]                                                    [[29 NOV 2026|date]] AT 09:12
[thumbs up]
"""),
]


# --- F. Rook / Petrov family (white British and Bulgarian), Locks Heath, Fareham, with a father in Warsash ---------------

HOME_F = d.Address("7 Heath Lawns", "Locks Heath", "Southampton", "SO31 6TZ")
DAD_F = d.Address("3 Shore Crescent", "Warsash", "Southampton", "SO31 9BN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Amber", "Rook")], dt.date(2012, 4, 11), addresses=[HOME_F], ids=["7833230464", "Z850371821995"],
       schools=["Brookfield Community School"]),
    _p("s", "sibling", [("Nikolai", "Petrov")], dt.date(2022, 10, 5), addresses=[HOME_F], ids=["7065518035"]),
    _p("m", "mother", [("Leanne", "Rook")], dt.date(1984, 2, 16), addresses=[HOME_F], phones=["07776 534 129"]),
    _p("f", "father", [("Mark", "Rook")], dt.date(1982, 8, 30), addresses=[DAD_F], phones=["01489 573 226"]),
    _p("sf", "other", [("Stoyan", "Petrov")], dt.date(1987, 12, 12), addresses=[HOME_F], phones=["07415 872 306"]),
    _p("p1", "professional", [("Josh", "Whitlock")], phones=["01329 284 613"], emails=["josh.whitlock@hants.gov.uk"]),
], "c")

DOCS_F = [
    ("CAMHS eating disorder service clinic letter to the GP", """Hampshire and Isle of Wight Healthcare NHS FT - CAMHS Eating Disorders
Team (South East)

Dr [[Ruth Gallagher|name]]
Sarisbury Green Surgery                                          Clinic date: [[17/11/2026|date]]
                                                                  Typed: [[20/11/2026|date]]   Ref: CED/26/0911
Dear Dr [[Gallagher|name]],

Re: [[Amber ROOK|name]], DOB [[11/04/2012|dob]], NHS No. [[783 323 0464|nhs]]
    [[7 Heath Lawns|address]], [[Locks Heath|place]], [[Southampton|place]] [[SO31 6TZ|postcode]]

Diagnosis: anorexia nervosa, restrictive type. Weight 38.9 kg, height 158 cm (BMI 15.6, 78% of median BMI for age).
Heart rate 48 lying, 71 standing. ECG: sinus bradycardia, QTc normal. Bloods normal except phosphate at the low end.

I saw [[Amber|name]], now 14, with her mother, Ms [[Leanne Rook|name]], and later alone. Her father, Mr [[Mark Rook|name]], who lives in
[[Warsash|place]], joined by phone for part of the appointment ([[01489 573 226|phone]]). [[Amber|name]] has been cutting down her food
since
about May, after comments at school and on TikTok; she runs every morning at 5 a.m. along the shore at [[Hook|place]]. She is in
Year 10 at [[Brookfield|school]].

[[Amber|name]] told me alone that meals at home are "a war". Her stepfather, Mr [[Stoyan Petrov|name]], "stands over me" at dinner and
has taken her bedroom door off "so I can't exercise". She said he calls her "skeleton" in Bulgarian in front of her little brother,
[[Niki|name]] (4). She said she goes to her dad's in [[Warsash|place]] "to get away" and eats better there. She said her mum "tries
to keep the peace". She denied thoughts of self-harm.

Plan: family-based treatment (FT-AN) weekly with Dr [[Olamide Bakare|name]] and [[Cath Neville|name]] (dietitian); weekly weight and
observations at the surgery (please); a meal plan agreed with [[Amber|name]] and both households. Given [[Amber|name]]'s account of
meals at home, and with her agreement, I have shared my concerns with Children's Services (duty SW, [[Josh Whitlock|name]],
[[01329 284 613|phone]]) on [[18 November|date]].
Red flags for admission (Southampton General paediatric ward): HR below 40, fainting, refusal of fluids.

Yours sincerely,
Dr [[Hannah Quist|name]], Consultant Child and Adolescent Psychiatrist
cc Ms [[L. Rook|name]]; Mr [[M. Rook|name]]; [[josh.whitlock@hants.gov.uk|email]]
"""),
]

DOCS_F += [
    ("child in need review report", """CHILD IN NEED REVIEW - REPORT AND PLAN
Child: [[ROOK, Amber|name]] (14)  DOB [[11.04.2012|dob]]  UPN [[Z850371821995|upn]]   Sibling in the household: [[Nikolai PETROV|name]] (4)
Review date: Monday [[7 December 2026|date]] (first review; CIN plan started [[24/11/2026|date]])   Venue: [[Brookfield|school]],
[[Sarisbury
Green|place]]    Chair and author: [[Josh Whitlock|name]], SW, [[Fareham|place]] and [[Gosport|place]] CIN team

Present: [[Amber|name]] (for the first half); Ms [[Leanne Rook|name]]; Mr [[Stoyan Petrov|name]]; Mr [[Mark Rook|name]] (by Teams); Mrs
[[Tessa
Wilde|name]] (head of Year 10); [[Cath Neville|name]] (CAMHS dietitian); [[Ivelina Georgieva|name]] (Bulgarian interpreter, for Mr
[[Petrov|name]], who asked for one for this meeting). Apologies: Dr [[Quist|name]] (report sent); HV [[Sam Aldous|name]] (for
[[Niki|name]]).

1. Progress since the plan began. [[Amber|name]] has gained 1.3 kg (40.2 kg on [[1 December|date]]). She has eaten all three meals at
home since the CAMHS family sessions began, with her mother, not her stepfather, supporting meals. Her bedroom door was
put back on [[26 November|date]]. She has stayed with her father in [[Warsash|place]] every weekend; his partner, [[Gemma
Lyall|name]], does Saturday lunch with her. School report her attendance at 94% and that she has stopped running to school.

2. What [[Amber|name]] said (her form is attached): she feels "less like a project". She wants her stepfather to "stop talking
about my body in any language" and to stop filming her at meals to "show the doctors". She wants to see her friend [[Isla|name]]
from [[Park Gate|place]] after school and to join the drama group at [[Locks Heath|place]] library.

3. Mr [[Petrov|name]]'s view (through the interpreter): he was frightened she would die, as his own sister, [[Desislava|name]], was
very ill with anorexia in [[Plovdiv|place]] as a teenager; he "did it wrong, too hard". He agreed to stop filming and to leave
meals to [[Leanne|name]] for now. He asked for help in Bulgarian for himself; a referral to a parenting group has been made.

4. [[Niki|name]]: happy, at nursery ([[Little Acorns|school]], [[Locks Heath|place]]) three days; no concerns. His paternal grandmother,
[[Rositsa
Petrova|name]], is coming from [[Plovdiv|place]] on [[20 December|date]] for a month.

5. Plan (next 3 months): CAMHS FT-AN weekly; weekly weights at the surgery; no comments on food, weight or body by any adult;
school lunch with the school nurse ([[Lorna Fitch|name]]) daily; [[Amber|name]] to keep a "say so" card to leave any meal she finds too
hard; Mr [[Petrov|name]] to attend the Family Links course in [[Fareham|place]] from [[12 January 2027|date]]; the SW to visit every 3
weeks and see [[Amber|name]] alone. Next review: [[8 March 2027|date]], 16:00, at school.
"""),
]

DOCS_F += [
    ("young person's own views form completed online before a review", """My Views - before my meeting (online form, Mind Of My Own
style; exported as text)
Submitted: [[05/12/2026|date]] 22:37

Q1. What name do you like to be called?
> [[Amber|name]] or [[Amb|name]]. NOT "[[Ambie|name]]" (only my dad can say that lol)

Q2. Who lives with you?
> mum, [[stoyan|name]] (step dad), [[niki|name]] my little brother (he's 4 and a menace but cute). and our cat pickle

Q3. What is going well?
> i'm eating. its hard. the sessions with [[cath|name]] + dr [[quist|name]] help. i like weekends at dads in [[warsash|place]] and
[[gemma|name]] makes proper roast potatoes and nobody watches me eat. i went to [[isla|name]]s and we walked to the
chippy in [[park gate|place]] and i had some. small win

Q4. What is not going well / what worries you?
> [[stoyan|name]] still says stuff in bulgarian like "кожа и кости" (skin and bones) when he thinks i dont understand but i
know what it means now bc [[niki|name]] told me lol. he says "[[Ели|name]], яж" when he means me - he calls me [[Ели|name]]?? i
dont like it. also he told his mum баба [[Росица|name]] on the phone i am "болна в главата". i dont want her to come at
christmas if shes going to be like that.
> school is ok but Mrs [[Wilde|name]] keeps asking me in front of people if i've had lunch.

Q5. What would you like to happen?
> [[stoyan|name]] to stop. mum to stick up for me not just "keep the peace". maybe stay at dads more in the week, its 10 mins on
the bus to [[brookfield|school]] from there anyway. i want to do the drama group at [[locks heath|place]] on thursdays.

Q6. Who would you like to help you say this?
> [[josh|name]] (SW) is ok. or my dad. not mum she'll cry

Q7. Anything else?
> my phone number changed its [[07823 604 119|phone]] now. pls dont give it to [[stoyan|name]]
"""),
]

DOCS_F += [
    ("stepfather's email exchange with the social worker, in English and Bulgarian", """From: [[Josh Whitlock|name]]
<[[josh.whitlock@hants.gov.uk|email]]>
Sent: [[03 December 2026|date]] 16:12
To: [[stoyan.petrov87@abv.bg|email]]
Subject: RE: RE: [[Amber|name]] / meeting Monday

Dear [[Stoyan|name]],
Thank you for your email. Yes, a Bulgarian interpreter ([[Ivelina|name]]) is booked for Monday's review at [[Brookfield|school]] at
3.30pm. About your mother's visit: [[Amber|name]] has asked that nobody talks about her weight or food while [[Rositsa|name]] is
here. Could you explain that to your mother before she comes? I'm happy to talk it through on [[01329 284 613|phone]].
Kind regards, [[Josh|name]]

From: [[Стоян Петров|name]] <[[stoyan.petrov87@abv.bg|email]]>
Sent: [[02 December 2026|date]] 23:58
To: [[Josh Whitlock|name]]
Subject: RE: [[Amber|name]] / meeting Monday

Hello Mr [[Josh|name]]
Sorry my english. I write with translator. I come on Monday but I want interpreter please, when I am nervous I lose the
words and then [[Leanne|name]] speak for me and it look like I dont care. I care very much for [[Amber|name]], she is my daughter
also for 8 years, since she is 6 and I come to [[Sarisbury|place]] with my van. I am not bad man. My sister [[Деси|name]] was
like this in [[Пловдив|place]] and she was in hospital 4 month, my mother sit by her bed every day. I am afraid.

My mother [[Росица Петрова|name]] arrive [[20.12|date]] to Gatwick, she stay until [[20.01.2027|date]]. Her phone in Bulgaria is
[[+359 88 714 2503|phone]] and address [[ул. „Капитан Райчо“ 15|address]], [[4000|postcode]] [[Пловдив|place]] if you need for the form.

Also [[Amber|name]] father [[Mark|name]] say to school I am "the problem". Please ask him to talk to me not about me.

С уважение / Regards
[[Стоян Петров|name]] ([[Stoyan Petrov|name]])
[[07415 872 306|phone]]

From: [[Josh Whitlock|name]]
Sent: [[02 December 2026|date]] 11:20
To: [[stoyan.petrov87@abv.bg|email]]; [[leanne.rook84@icloud.com|email]]; [[markrook.marine@gmail.com|email]]
Subject: [[Amber|name]] / meeting Monday

Dear [[Leanne|name]], [[Stoyan|name]] and [[Mark|name]],
A reminder that [[Amber|name]]'s first Child in Need review is on Monday [[7 December|date]] at 3.30pm at [[Brookfield|school]] (meeting
room 2, sign in at reception). [[Mark|name]], a Teams link is below. [[Amber|name]] will join for the first half. Please bring anything
you want me to know. [[Niki|name]] can stay with [[Leanne|name]]'s friend ([[Kerry Stannard|name]]) as you said, or come along.
Best wishes, [[Josh Whitlock|name]], Social Worker, [[Fareham|place]] and [[Gosport|place]] CIN team
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 163 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:27 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "let", "lt", "po",
           "cpo", "wo", "cdr", "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma",
           "grammy", "grandad", "grandpa", "mum", "mummy", "mam", "mom", "mommy", "dad", "daddy", "aunty", "auntie", "uncle",
           "juf", "meester", "mevrouw", "meneer", "oma", "opa", "mama", "papa", "baba", "dyado", "баба", "дядо", "леля", "чичо",
           "госпожа", "господин"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "hampshire", "south hampshire",
               "isle of wight", "iow", "the solent", "solent", "bahamas", "the bahamas", "grand bahama", "new providence",
               "caribbean", "the caribbean", "belgium", "flanders", "vlaanderen", "oost-vlaanderen", "bulgaria", "българия",
               "spain", "europe", "america"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (naval ranks "LET", "Lt", "PO";
# "Sister", "Nanny", "Grammy"; the Dutch "juf", "mevrouw", "meneer", "oma"; the Bulgarian "баба") and counties, regions and
# countries ("Hampshire", "Isle of Wight", "Grand Bahama", "the Bahamas", "Belgium", "Bulgaria", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
