"""Set 177: a held-out hand-written set for the redaction detector, six more invented families in Skelmersdale and Ormskirk
(West Lancashire), written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
174, 175 and 176 (written by other helpers at the same time), that did not run the detector or any bench script that runs it,
that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py (the layout and marking conventions followed here; the module docstring, the first record, the
opening of the first document, the end of the last document and the checker set-up were read, the rest of set 21's documents
were not); the module docstrings of bench/redaction_set7.py to redaction_set173.py, printed to scratch files and searched
there for West Lancashire towns and districts and for the communities earlier sets used; the names of the functions and
classes of bench/redaction_handwritten.py (the HandSet and Records helpers are used as set 21 uses them); and the ruff
settings in pyproject.toml. Set 15's checker was imported and run as set 21 does, not read. Phone numbers were made and
checked with the phonenumbers library, NHS numbers and UPNs made and checked with python-stdnum, in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake
in the gold marking is found after scoring, correct only the marking and say so here.

Six families, each from a town, district or village no earlier set (7 to 173) used as a family's home (none of Tanhouse,
Birch Green, Burscough, Ashurst, Scarisbrick or Flamstead appears in an earlier docstring). Four of the kinds most common in
children's social care: a young white British mother on Tanhouse, Skelmersdale, with a grandmother in Roby Mill and a father
in Wigan (Ashcroft / Pilkington; bruises to a boy of 9 from the mother's new partner, who holds him under the bath water "for a
joke", a partner who avoids the social worker, a section 47 enquiry), a white British family on Birch Green, Skelmersdale, with
a grandmother in Hesketh Bank (Rimmer / Dixon; a mother found unconscious after drink and tablets with a girl of 6 alone, a
boy of 14 exploited by a county line run from Liverpool, a child protection plan for neglect), a Polish family on Ashurst,
Skelmersdale, with an aunt in Chorley and grandparents in Wałbrzych (Wójcik / Kubiak; a father's coercive control of money,
phones and passports, a mother locked in and out, a DVPO, a girl of 8 and a boy of 2) and a white British teenage couple in
Flamstead, Skelmersdale, with a grandmother in Pennylands (Melling / Threlfall; a mother of 17 who is a care leaver, a baby of
3 months left alone with a propped bottle, cannabis, damp and mould). Two from communities no earlier set used: a family with
a Luxembourgish mother and a white British father in Burscough, with a grandmother in Esch-sur-Alzette and an uncle in
Bonnevoie, Luxembourg City (Schmit / Sumner; a girl of 15 who self-harms, a father's controlling behaviour after separation, a
non-molestation order, a family group conference, a wish to finish school in Luxembourg) and a family with a Cook Islands
Māori father and a white British mother in Scarisbrick, near Ormskirk, with a grandmother in Arorangi, Rarotonga, and an aunt
in Māngere, Auckland (Ngatokorua / Halsall; a boy of 6 belted by his father, a father who writes that he was raised that way
and is ashamed, a girl of 13 caring for her brother, a cousin who saw it). 24 documents, each in a style no other document of
the set has, about half plain professional recording: a social worker's home visit case note, a primary school's CPOMS
incident export, a child's three houses worksheet typed up, a section 47 outcome letter to a mother, a police body-worn video
transcript of a welfare check, a grandmother's handwritten letter to a conference scanned and OCR'd (with its errors), a child
exploitation screening tool, initial child protection conference minutes, a CAMHS single point of access referral, a
grandmother's email in Luxembourgish with the family's translation, a girl's phone notes app entries, a family group
conference plan, a Facebook Messenger chat between sisters in Polish with a translation, an early help assessment form, a
health visitor's two-year review (EMIS print), child in need review minutes, a children's ED safeguarding liaison record, a
father's own letter in English with Cook Islands Māori, Instagram direct messages between cousins, a strategy discussion
record, a social worker's notes typed fast on a phone in the car, a housing association's online repairs and damp complaint
form with staff notes, a care leaver's pathway plan review, and a chronology of significant events.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Luxembourg, the Cook Islands, New Zealand, Poland); NHS numbers and UPNs (LA number 888,
Lancashire) pass their check digits; NI numbers have a valid format. The council (Douglas Vale) is invented, and so are its
teams and offices (Skelmersdale Locality Team, Ormskirk and Rural Team, Westgate Offices), the schools Tawd Brook, Glenburn
Sports College, Crow Orchard, Burscough Priory, Lordsgate Township, Ashurst Primary Academy, Scarisbrick St Mark's and Lathom
High School as named here, the surgeries (Sandy Lane, Hillside, Stanley Medical Centre, Aughton Surgery, Beacon Primary Care)
and Gore & Co; towns, districts, estates, villages, real colleges and nursery chains, NHS bodies, hospitals, police forces,
courts, housing associations, charities, clubs, brands, apps, games and laws are real and stay unmarked unless the conventions
say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
DS, Nan, Nana, Nanna, Nanny, Mum, Papa, Mama, mama, uncle, auntie, Pastor, ms, mr, Luxembourgish Bomi and Monni, Polish pani,
ciocia, babcia, tata) stay outside the name span; a possessive 's and a bare s in texting ("[[aaron|name]]s") stay outside;
every person's name is a name in every form, record or not. "SURNAME, First" is one span ("PILKINGTON, Kaiden", "HARRISON,
Jack", "SUMNER, Léa Marie"), and so is "SURNAME First" ("WÓJCIK Zuzanna") and "First SURNAME" ("Gemma RIMMER"); an initial
with a surname is one span ("H Baybutt", "S. Gaskell"); initials alone ("HB", "HJ" for the baby, "K", "C") are not marked; a
collar number after a name stays outside; a name broken by a line break is one span holding the break ("Chelsea\\nRigby",
"Hey-\\nwood"), and so is a school and a date of birth; social media handles ("tiare.ngt", "tuara_manu") are not marked, but a
display name that is a person's plain name is. A street address is one span, its town a place, its postcode a postcode; a
street named without a number is an address ("Tanhouse Road", "Findon", "Elmers Green" for the lane and its bus stop), and so
is a neighbour's bare house number ("no. 17", "no 38") and an address abroad ("12, rue de l'Alzette", "ul. Andersa 14/3");
foreign postcodes ("L-4011", "58-300") are postcodes; towns, villages, districts and estates are places, at home or abroad,
in any form ("skem", "robby mill", "Hesketh Bnk", "raro", "Wałbrzycha" in its Polish case); countries, counties and regions
are not ("Lancashire", "Poland", "Luxembourg" as the country, "lux", "the Cook Islands", "NZ"); organisations are not marked
even when they hold a town's name ("Southport and Ormskirk Hospital NHS Trust", "Ormskirk RUFC", "Wigan Warriors", "Skelmersdale
Family Hub", "Wigan and Leigh Magistrates' Court", "Burscough Village Hall"); a school's, college's or nursery's name is a
school, and so is its short form ("Tawd Brook", "Glen burn", "St Mark's", "Busy Bees Skelmersdale", "West Lancashire College");
a date of birth is dob (also a birthday without its year: "the 14th june", "the 3rd"), any other calendar date with a day is
date (a weekday before it stays outside), a bare day in a range or a diary line is a date of its own; months and years alone
are not marked; pets' names (the dogs Dave and biscuit) are not names; a firm named after people marks only the names
("[[Gore|name]] & Co"); a surname that is also a town or a word is marked by what it refers to (Lathom, Halsall, Banks,
Ashurst, Hesketh, Westhead, Moss, Ball, Swift are names for people and Lathom, Halsall, Banks, Ashurst, Hesketh, Moss Side are
places for places); a service or building named by its town in lower-case words ("Birch Green clinic", "Ormskirk hospital",
"Skelmersdale 0-19 team", "Preston station", "Moss Side depot") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Polish name inflected
in its case ("Tomek", "Darka", "Joanny", "Basi", "zuzi", "olka") is a name, and so is every nickname and street name for a
person ("Dazza", "Tommo", "Scouse Tommo", "lil A", "kai kai", "Brookie"); a named sportsman the child admires ("Bevan French")
is a person and a name; a capitalised council team, office or surgery name holding a town ("Skelmersdale Locality Team",
"Westgate Offices", "Sandy Lane surgery", "Hillside" as the surgery) is an organisation, though Westgate, Sandy Lane and
Hillside are also districts and "Sandy Lane" as a man's home is a place; the Concourse (Skelmersdale's shopping centre) is a
landmark; Pimbo (the industrial area) is a place; "Luxembourg City", "Luxembourg-Ville", "Bonnevoie" and "Bouneweg" are places
while Luxembourg as the country is not; Rarotonga is an island and a place, as set 21's Peros Banhos was; an incomplete phone
number read out on video ("07956 ...") is not a phone; a hospital MRN, a housing repair reference, a police exhibit number and a
Language Line interpreter ID are not marked. None of these families writes in another script, so no name in another script is
here; Polish, Luxembourgish and Māori letters (Wójcik, Kaśka, Léa, Josée, Māngere) are.

Self-check without the detector: `python -m bench.redaction_set177` (and tests/test_redaction_set177.py) runs set 15's checker
on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of documents
and gold spans per kind: 24 documents, 1,019 gold spans, 563 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Ashcroft / Pilkington family (white British), Tanhouse, Skelmersdale --------------------------------------------

HOME_A = d.Address("31 Hollowbrook", "Tanhouse", "Skelmersdale", "WN8 6JQ")
NAN_A = d.Address("2 Cobbs Brow Cottages", "Roby Mill", "Wigan", "WN8 0QF")
DAD_A = d.Address("Flat 9, 40 Darlington Street", "", "Wigan", "WN1 1DP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Pilkington")], dt.date(2017, 6, 14), addresses=[HOME_A], ids=["376 936 0699", "B888817181216"],
       schools=["Tawd Brook Primary School"]),
    _p("s", "sibling", [("Lacey-Mae", "Ashcroft")], dt.date(2023, 1, 9), addresses=[HOME_A], ids=["441 118 5652"]),
    _p("m", "mother", [("Shannon", "Ashcroft")], dt.date(1999, 4, 2), addresses=[HOME_A], phones=["07448 422 782"],
       ids=["876 119 3429", "JT 62 18 40 B"]),
    _p("f", "father", [("Jordan", "Pilkington")], dt.date(1996, 10, 21), addresses=[DAD_A], phones=["07909 936 744"]),
    _p("g", "grandparent", [("Tracey", "Ashcroft")], dt.date(1975, 8, 30), addresses=[NAN_A], phones=["01695 571930"]),
    _p("p1", "professional", [("Hollie", "Baybutt")], phones=["07956 935 163"], emails=["hollie.baybutt@douglasvale.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """Douglas Vale Council - Children's Social Care - CASE NOTE
Child: [[Kaiden Pilkington|name]] (DOB [[14/06/2017|dob]])     Sibling: [[Lacey-Mae Ashcroft|name]] (DOB [[09/01/2023|dob]])
Type: Home visit, announced        Date of visit: Tuesday [[3 November 2026|date]], 15:40-16:55
Worker: [[Hollie Baybutt|name]], Social Worker, Skelmersdale Locality Team       Recorded: [[04/11/2026|date]]
Address: [[31 Hollowbrook|address]], [[Tanhouse|place]], [[Skelmersdale|place]], [[WN8 6JQ|postcode]]

Present: [[Shannon|name]] (mum), [[Kaiden|name]], [[Lacey-Mae|name]], and for the first half hour [[Shannon|name]]'s friend [[Chelsea
Rigby|name]], who lives round the corner on [[Tanhouse Road|address]].

Purpose: to follow up the school's concern of [[28 October|date]] (bruise to [[Kaiden|name]]'s upper arm, explained by him as
"[[Reece|name]]
grabbed me off the trampoline") and to meet mum's partner [[Reece Lathom|name]], who was not there again. [[Shannon|name]] said he was
at work in [[Burscough|place]] (a warehouse on the industrial estate) and would "do a call" instead. He has not.

The house: warm, tidy downstairs, a new sofa. The back garden gate is broken and opens onto the path behind, which runs
to the subway under the road. [[Shannon|name]] said the kids are not allowed out the back gate. [[Kaiden|name]] told me later he goes
"to the brook" with [[Tyler|name]] from [[no. 17|address]]. The trampoline is in the garden, netting ripped.

[[Kaiden|name]]: showed me his room, bunk beds he shares with nobody yet ("[[Lacey|name]] is going in here when she's big"). Proud of a
Wigan Warriors shirt his dad [[Jordan|name]] bought. Said he sees his dad "on Saturdays at Nana [[Tracey|name]]'s" (I asked him: it is
Nan's house in [[Roby Mill|place]]). About [[Reece|name]]: "he's alright, he shouts at the telly". I asked about the arm. He said
[[Reece|name]] grabbed him because he was doing flips and it was dangerous, and then "he said sorry and got me a Greggs".

[[Lacey-Mae|name]]: walking well, a few words, nappy clean; red book seen: last weighed at [[Birch Green|place]] clinic on
[[19 Oct 2026|date]].

[[Shannon|name]]: anxious at the start, then chatty. She says [[Reece|name]] "would never hurt them"; they have been together since
March. He moved in "properly" in the summer and his post still goes to his mum's in [[Ormskirk|place]]. Asked for his date of
birth: "[[8th of August|dob]], he's 29". She does not know his mum's address, "somewhere off [[Aughton Street|address]]".

Analysis: the explanation is consistent between [[Kaiden|name]] and mum, but [[Reece|name]] is unknown to us and keeps avoiding us;
PNC and Lancashire Constabulary checks to be requested. Mum agreed to a visit when [[Reece|name]] is home: booked Thursday [[12th|date]]
at 17:30. I told her [[Chelsea|name]] could stay for it if she wants support.

Actions: checks on [[Reece Lathom|name]] (DOB given by mum as [[08/08/1997|dob]]); speak to Mr [[Pilkington|name]] by phone
([[07909 936 744|phone]]); speak to the school (Mrs [[Gaskell|name]], DSL, [[Tawd Brook|school]]); update [[Tracey Ashcroft|name]]
([[01695 571930|phone]]).
[[H Baybutt|name]]
"""),
    ("primary school safeguarding software incident export", """CPOMS - Incident export
[[Tawd Brook Primary School|school]]
Student: [[PILKINGTON, Kaiden|name]]      Year 4 (4W)    UPN: [[B888817181216|upn]]     DOB: [[14 Jun 2017|dob]]
Generated [[05/11/2026|date]] 08:12 by [[S. Gaskell|name]] (DSL)

-------------------------------------------------------------------------
[[28/10/2026|date]] 09:05   Categories: Physical injury; Disclosure        Added by: [[Emma Westhead|name]] (class teacher)
Alerted: [[Sarah Gaskell|name]], [[Mike Forshaw|name]]
During PE changing, noticed 4 small round bruises on [[Kaiden|name]]'s left upper arm, back of arm, greenish/purple. Asked
what happened. K said "[[Reece|name]] grabbed me off the trampoline cos I was doing flips". Asked who [[Reece|name]] is: "my mum's
boyfriend, he lives with us now". K not upset, went back to changing. Body map attached.
   Action ([[Sarah Gaskell|name]], 10:20): referral to MASH by phone, spoke to [[Denise|name]]; Lancashire MASH ref noted. Mum to be
   told by SW not school.

[[28/10/2026|date]] 15:15   Categories: Parental contact        Added by: [[Mike Forshaw|name]] (Deputy)
Mum collected [[Kaiden|name]] and asked at the gate why the social had rung her. Mum upset, said "it was an accident, ask
him". [[Lacey|name]] in the pram. A man waiting in a white van on [[Hollowbrook|address]] by the gate (driver not
seen well).

[[30/10/2026|date]] 12:40   Categories: Friendships; Wellbeing     Added by: [[Bernie Halsall|name]] (lunchtime supervisor)
[[Kaiden|name]] and [[Tyler Cropper|name]] (4W) fighting on the field. [[Tyler|name]] said [[Kaiden|name]] told everyone his mum's boyfriend
"put [[Kaiden|name]]'s head in the bath". [[Kaiden|name]] says [[Tyler|name]] is a liar. Both sent in to Mr [[Forshaw|name]].
   Action ([[Mike Forshaw|name]]): spoke to K alone. He said "it was a joke, [[Reece|name]] dunks me when we're messing". Passed
   to DSL.

[[02/11/2026|date]] 08:50   Categories: Attendance; Lateness     Added by: Office ([[Jackie|name]])
Arrived 09:35 with nan ([[Tracey Ashcroft|name]]). Nan says mum "not well". K had no coat, no breakfast - given toast in
Breakfast Club. Nan gave her number [[07451 639 626|phone]] for the file.

[[04/11/2026|date]] 14:00   Categories: External agency       Added by: [[Sarah Gaskell|name]] (DSL)
Phoned by [[Hollie Baybutt|name]] (SW, [[07956 935 163|phone]]) after her home visit yesterday. Informed her of the [[30/10|date]] entry,
which was not on the MASH referral. She will ask for a strategy discussion. Agreed school nurse ([[Anita Culshaw|name]]) to see
K on Fri [[6th|date]].
"""),
    ("child's three houses worksheet typed up from the drawing", """THREE HOUSES - typed up from [[Kaiden|name]]'s drawing (done with
[[Hollie|name]] at school, in the library room, [[6.11.26|date]])
Words are [[Kaiden|name]]'s own, spelling kept where he wrote them himself; HB wrote the rest as he said it.

HOUSE OF GOOD THINGS
- my xbox and fortnite
- my nan [[tracy|name]] makes pancakes at her house in [[robby mill|place]] with the chickens
- my dad takes me to the rugby at [[wigan|place]] (the stadium) and we got chips
- [[lacey|name]] says my name [[kai kai|name]]
- [[tyler|name]] is my best mate even when we fall out
- Miss [[Westhead|name]] lets me do jobs
- going to [[Southport|place]] on the train with mum and the arcades

HOUSE OF WORRIES
- when [[reece|name]] and mum shout and the door slams
- the bath (he said: "[[Reece|name]] holds me under for a joke and I can't breathe and he counts")
- when the van man comes, [[Reece|name]]'s mate [[Dazza|name]], they go in the kitchen and I have to go upstairs
- mum crying on the stairs
- [[Lacey|name]] when she cries in the night and nobody gets her

HOUSE OF DREAMS
- live at my nans with mum and [[lacey|name]] (not [[Reece|name]])
- be a rugby player for Wigan like [[Bevan French|name]]
- a dog called Dave (he laughed: "a dog, not a person called Dave")
- go to [[Blackpool|place]] for my birthday, the [[14th june|dob]]

Scale (0 = really bad, 10 = really good): home with mum = 6, home when [[Reece|name]] is there = 2, nan's = 10, school = 8.
Who would you tell? "my nan, Miss [[Westhead|name]], [[Hollie|name]] and my dad".
"""),
    ("section 47 outcome letter to a mother", """Douglas Vale Council
Children's Social Care, Skelmersdale Locality Team
Westgate Offices, Skelmersdale

Ms [[Shannon Ashcroft|name]]
[[31 Hollowbrook|address]]
[[Tanhouse|place]]
[[Skelmersdale|place]]
[[WN8 6JQ|postcode]]
                                                                                    [[13 November 2026|date]]
Our ref: CSC/WL/177-4402

Dear [[Shannon|name]],

Child protection enquiry about [[Kaiden Pilkington|name]] (born [[14 June 2017|dob]]) and [[Lacey-Mae Ashcroft|name]] (born [[9 January
2023|dob]])

I am writing, as I said I would on the phone on Wednesday [[11 November|date]], to set out in writing what happened during the
enquiry we started on [[6 November 2026|date]] and what happens next.

What we were worried about. On [[28 October|date]] school saw bruises on [[Kaiden|name]]'s arm. On [[6 November|date]] [[Kaiden|name]]
told me
that [[Reece Lathom|name]] holds him under the water in the bath "for a joke" and counts, and that he cannot breathe. [[Kaiden|name]] also
told me that Mr [[Lathom|name]]'s friend, who he calls [[Dazza|name]], comes to the house and that he is sent upstairs.

What we did. I spoke to you, [[Kaiden|name]] (at school), [[Jordan|name]], your mum, [[Kaiden|name]]'s school and his GP practice (Beacon
Primary Care).
[[Kaiden|name]] was seen by a paediatrician, Dr [[Nkemelu|name]], at Ormskirk and District General Hospital on [[9 November|date]]. The
police
spoke to Mr [[Lathom|name]] on [[10 November|date]]. He said the bath was "messing about" and has agreed to move out. You told me he went
back to his mum's in [[Ormskirk|place]] on the [[10th|date]].

What happens next. Because of what [[Kaiden|name]] said, I have asked for an initial child protection conference. It will be held on
Thursday [[26 November 2026|date]] at 10:00 at the Westgate Offices (or on Teams if you prefer). You can bring someone with you: you
mentioned [[Chelsea|name]] or your mum. An advocate from NYAS can help you too.

Until then, we have agreed that Mr [[Lathom|name]] will not stay at [[31 Hollowbrook|address]] or be alone with the children, and that
[[Kaiden|name]] stays at your mum's in [[Roby Mill|place]] on Friday and Saturday nights as usual.

If you want to talk to me, ring me on [[07956 935 163|phone]] or email [[hollie.baybutt@douglasvale.gov.uk|email]]. Out of hours, ring the
Emergency Duty Team.

Yours sincerely,

[[Hollie Baybutt|name]]
Social Worker
cc [[Jordan Pilkington|name]], [[Flat 9, 40 Darlington Street|address]], [[Wigan|place]] [[WN1 1DP|postcode]]
"""),
]


# --- B. Rimmer / Dixon family (white British), Birch Green, Skelmersdale ------------------------------------------------

HOME_B = d.Address("58 Elmers Green Lane", "Birch Green", "Skelmersdale", "WN8 9BT")
NAN_B = d.Address("7 Station Road", "Hesketh Bank", "Preston", "PR4 6SN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Dixon")], dt.date(2012, 2, 27), addresses=[HOME_B], ids=["613 252 6552", "Z888768766016"],
       schools=["Glenburn Sports College"]),
    _p("s", "sibling", [("Maisie", "Rimmer")], dt.date(2020, 9, 5), addresses=[HOME_B], ids=["550 008 7991"],
       schools=["Crow Orchard Primary School"]),
    _p("m", "mother", [("Gemma", "Rimmer")], dt.date(1988, 12, 1), addresses=[HOME_B], phones=["07401 076 137"]),
    _p("f", "father", [("Carl", "Dixon")], dt.date(1985, 3, 17), phones=["07921 481 907"]),
    _p("g", "grandparent", [("Pauline", "Rimmer")], dt.date(1962, 5, 23), addresses=[NAN_B], phones=["07822 445 077"]),
    _p("p1", "professional", [("Danny", "Sephton")], phones=["07530 553 007"], emails=["daniel.sephton@douglasvale.gov.uk"]),
], "c")

DOCS_B = [
    ("police body-worn video transcript of a welfare check", """LANCASHIRE CONSTABULARY - BWV TRANSCRIPT (prepared for CSC disclosure)
Exhibit ref: JH/BWV/3    Device: PC 4471 [[HARRISON, Jack|name]]     Recorded: [[21.10.2026|date]] 23:48:10 - 00:09:52
Location: [[58 Elmers Green Lane|address]], [[Birch Green|place]], [[Skelmersdale|place]]
Speakers: PC1 = PC [[Harrison|name]]; PC2 = PC [[Leigh Fazakerley|name]] 2290; F1 = adult female ([[Gemma RIMMER|name]]); C1 = female child
([[Maisie|name]]); M1 = adult male at the door of [[no. 60|address]] (neighbour, gave name [[Ged|name]])

23:48:10 PC1: Control, we're at scene now. Front door's open. [Knocks] Hello? Police. Anybody home?
23:48:31 M1: She's in there, mate, she's been out of it since teatime. It's the little one I'm worried about. I'm [[Ged|name]], next
         door. [[Gerard Sutch|name]], if you need it. I rang yous.
23:48:40 PC2: Thanks [[Gerard|name]]. Can you wait there for us.
23:49:02 PC1: [Inside] Police, [[Gemma|name]]? Anyone in?
23:49:15 C1: (crying) Mummy's asleep on the floor.
23:49:18 PC2: Hiya sweetheart, what's your name? ... [[Maisie|name]]? That's a lovely name. Is there anyone else in the house,
[[Maisie|name]]?
23:49:30 C1: [[Alfie|name]] went out. He's got a phone.
23:50:05 PC1: Mum's breathing, she's responding to voice. [[Gemma|name]], can you hear me? Open your eyes for me. Empty bottles here, vodka,
         three, and some tablets - sertraline, a packet of co-codamol, part used.
23:50:40 F1: Get off me ... where's [[Alf|name]] ... he's at his dad's in [[Kirkby|place]].
23:51:12 PC1: [[Gemma|name]], what's [[Alfie|name]]'s number? ... 07956 ... ... she's not sure. [[Maisie|name]], do you know
         [[Alfie|name]]'s number?
23:51:30 C1: It's in mummy's phone. He's "[[Alfie|name]] ❤" with a heart.
23:53:00 PC2: Control, can you do a check on [[Alfie DIXON|name]], 14, DOB [[27th Feb 2012|dob]], possibly at father's in [[Kirkby|place]]?
         Father [[Carl DIXON|name]], mobile from the mum's phone [[07921 481 907|phone]].
23:58:44 PC1: Ambulance is five minutes. [[Maisie|name]], is there a grown-up you like? A nanny?
23:58:50 C1: Nanny [[Pauline|name]]. She lives by the boats in [[Hesketh|place]].
00:02:10 PC2: Spoke to dad. He hasn't seen [[Alfie|name]] since Sunday. He says try the park by the Concourse or a lad called
         [[Kyle|name]] from [[Ashurst|place]].
00:05:33 M1: His mate's [[Kyle Prescott|name]], they hang round the underpass by [[Digmoor Road|address]]. [[Alfie|name]]'s been getting
in cars.
00:09:52 PC1: [[Maisie|name]]'s coming with us to the hospital with mum for now, nan's on her way from [[Hesketh Bank|place]]. End of
recording.
[Transcriber note: 00:01:00-00:02:00 contains mum's phone screen, not transcribed. Number read out at 23:51 incomplete.]
"""),
    ("grandmother's handwritten letter to a conference, scanned and OCR'd", """[scanned 2 pages, OCR text, errors left in]

                                                        [[7 Station Rd|address]]
                                                        [[Hesketh Bnk|place]]
                                                        [[PR4 6SN|postcode]]
                                                        [[9th Nov|date]]
To Mr [[Sephton|name]] and the conferance,

I am [[Pauline Rimmer|name]], [[Gemma|name]]s mum and nan to [[Alfie|name]] and [[Maisie|name]]. I cant come on the [[17th|date]] as I
have my
hospital at [[Southport|place]] that day for my knee so I am putting it in writing like [[Danny|name]] said I could.

I have had [[Maisie|name]] since the night the police came. She is settled with me, she goes to school in my car
(I drive her to [[Crow Orchard|school]] every day it is 25 mins) and she has her own room now that was my [[Steve|name]]s
room before he passed. She wets the bed some nights but that is getting better.

Our [[Gemma|name]] has had a drink problem since she lost the baby in 2019 and since [[Carl|name]] went. She is a good mum
when she is well. But [[Alfie|name]] has been looking after him self since he was 11 and nobody listened to me. I rang the
school at [[Glen burn|school]] twice last year and spoke to a Mrs [[Hey-
wood|name]] I think. I also told the doctor at the Sandy Lane surgery.

About [[Alfie|name]]. He is not a bad lad. He has been took in by older lads from [[Liverpool|place]] and [[Kirkby|place]], one
calls him "[[lil A|name]]" on his phone. He has new trainers I never bought and he goes to [[Preston|place]] on the train
and comes back at 3 in the morning. I have seen a black car, a Golf, reg [[KX21 OPW|vehicle]] I wrote it down, pick him
up outside [[Gemma|name]]s by the [[Elmers Green|address]] bus stop. Please tell the police.

I would have both of them here but I am 64 and [[Alfie|name]] wont listen to me. My sister [[Jean Ball|name]] in [[Tarleton|place]]
would help. Her number is [[07479 164 512|phone]], mine is [[07822 445 077|phone]].

Yours faithfully
[[P. Rimmer|name]] (Mrs)
"""),
    ("child exploitation screening tool form", """CHILD EXPLOITATION (CE) SCREENING TOOL - LANCASHIRE                 Completed by:
[[D. Sephton|name]] (SW)     Date: [[12-11-2026|date]]
Section 1 - Child
Name: [[DIXON, Alfie|name]]        Also known as: "[[lil A|name]]", "[[Alfz|name]]"        DOB: [[27-02-2012|dob]]       Age: 14
NHS no: [[613 252 6552|nhs]]        UPN: [[Z888768766016|upn]]        School: [[Glenburn Sports College|school]] (Y10)
Home address: [[58 Elmers Green Lane|address]], [[Birch Green|place]], [[Skelmersdale|place]] [[WN8 9BT|postcode]]
Currently staying: with mother (mother in treatment plan); sister [[Maisie|name]] with maternal grandmother in [[Hesketh Bank|place]]
Mobile: [[07848 506 101|phone]] (new since Oct; old number [[07980 253 549|phone]] "lost")

Section 2 - Indicators (tick; evidence)
[x] Missing episodes: 4 since [[01/09/2026|date]] ([[12/09|date]], [[3/10|date]], [[21/10|date]], [[7/11|date]]); found [[7/11|date]] by
BTP at
    [[Preston|place]] station with £340 and two phones.
[x] Unexplained money / items: new North Face coat, AirPods, trainers (nan's letter, [[9th Nov|date]]).
[x] Associating with older peers: [[Kyle Prescott|name]] (17, [[Ashurst|place]]); adult male known as "[[Scouse Tommo|name]]" - police
    believe [[Thomas McArdle|name]], 24, of [[Tuebrook|place]], [[Liverpool|place]]; vehicle [[KX21 OPW|vehicle]] (VW Golf, black).
[x] Travelling out of area: [[Preston|place]], [[Blackburn|place]], [[Kendal|place]] (Snapchat map, seen by [[Alfie|name]]'s mum).
[x] Drop in attendance: 71% this term ([[Glenburn|school]] report from Mrs [[Heywood|name]], pastoral).
[ ] Sexual exploitation indicators: none known - but not explored; [[Alfie|name]] shut down when asked.
[x] Injury: cut to left hand, [[8 Nov|date]], said "fell off a bike in [[Tanhouse|place]]".

Section 3 - Child's view
"I'm not being used. [[Tommo|name]]'s sound, he just gives me lifts. I'm saving for a motorbike." Wants to live with his nan
but "she's too far from everyone". Said dad in [[Kirkby|place]] ([[Carl|name]], [[07921 481 907|phone]]) "doesn't want me".

Section 4 - Parent/carer view
Mum ([[Gemma Rimmer|name]], [[07401 076 137|phone]]): "he's gone off the rails since he started Year 9 and [[Kyle|name]]". Agrees NRM
consideration. Nan ([[Pauline|name]]) supports.

Section 5 - Outcome
Score: HIGH. Refer to CE/Missing multi-agency panel ([[19 November|date]]); NRM referral by DS [[Nadia Hussain|name]] (CE team); return home
interviews by Catch-22. Disruption: CAWN for [[Thomas McArdle|name]] requested.
Signed: [[Danny Sephton|name]]        Manager: [[Claire Ainscough|name]] (TM), [[13/11/2026|date]]
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - MINUTES (CONFIDENTIAL)
Children: [[Alfie Dixon|name]] (DOB [[27/02/2012|dob]]), [[Maisie Rimmer|name]] (DOB [[05/09/2020|dob]])
Date: [[17 November 2026|date]], 13:30, Westgate Offices and Teams          Chair: [[Ruth Moorcroft-Dean|name]] (IRO)
Minute taker: [[Lisa Woodcock|name]]

Present: [[Gemma Rimmer|name]] (mother); [[Danny Sephton|name]] (SW); [[Claire Ainscough|name]] (TM); DS [[Nadia Hussain|name]] (Lancashire
Police, CE team); [[Karen Heywood|name]] (pastoral lead, [[Glenburn|school]]); [[Joanne Ashton|name]] (FS2 teacher, [[Crow Orchard
Primary|school]]); [[Lauren Mawdsley|name]] (school nurse); [[Tom Bretherton|name]] (Change Grow Live, recovery worker for mum);
[[Catriona Lyon|name]] (Catch-22 missing from home worker).
Apologies: [[Carl Dixon|name]] (father, sent views by phone); [[Pauline Rimmer|name]] (maternal grandmother, written views read out);
Dr [[Okafor|name]] (GP, report received).

1. Introductions and purpose. Chair explained the conference. [[Gemma|name]] was supported by [[Tom|name]].

2. Social work report. [[Danny|name]] summarised: police welfare check on [[21|date]]/[[22 October|date]] found [[Maisie|name]], then 6,
alone with
[[Gemma|name]] unconscious after alcohol and co-codamol; [[Alfie|name]] missing. [[Maisie|name]] has lived with her nan in
[[Hesketh Bank|place]]
since. [[Alfie|name]] has had four missing episodes and was found in [[Preston|place]] on [[7 November|date]] with cash and two phones.

3. Police. DS [[Hussain|name]]: [[Alfie|name]] is linked to a line run from [[Kirkdale|place]]; [[Thomas McArdle|name]] ("[[Tommo|name]]")
has been
served a CAWN; the car [[KX21 OPW|vehicle]] was stopped on the M58 on [[14/11|date]]. NRM submitted [[16th|date]].

4. Schools. Mrs [[Heywood|name]]: attendance 71%, three fixed-term suspensions. Miss [[Ashton|name]]: [[Maisie|name]] is "a different
child" since living with nan; reading is coming on.

5. Mother. [[Gemma|name]] said she was "ashamed". She has been 19 days sober, attends Change Grow Live at [[Ormskirk|place]] twice a week.
She wants [[Maisie|name]] home by Christmas. She agreed [[Alfie|name]] is "in too deep" and asked for him to go to her auntie
[[Jean|name]]'s
in [[Tarleton|place]]. Dad's view (by phone to SW on [[16 Nov|date]]): cannot have [[Alfie|name]] in [[Kirkby|place]], "it's worse round
here".

Decision: both children subject to a child protection plan, category NEGLECT; [[Alfie|name]] also at risk of criminal exploitation.
Key worker [[Danny Sephton|name]]. First core group: [[1 December 2026|date]], [[Crow Orchard|school]]. Review conference:
[[9 February 2027|date]].
"""),
]


# --- C. Schmit / Sumner family (Luxembourgish mother, white British father), Burscough ----------------------------------

HOME_C = d.Address("14 Mart Lane", "Burscough", "Ormskirk", "L40 0SD")
DAD_C = d.Address("3 Moor Street", "", "Ormskirk", "L39 2AQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Léa", "Sumner")], dt.date(2011, 7, 19), addresses=[HOME_C], ids=["395 930 6261", "Y888273568296"],
       schools=["Burscough Priory Academy"]),
    _p("s", "sibling", [("Noah", "Sumner")], dt.date(2015, 3, 2), addresses=[HOME_C], ids=["995 739 1755"]),
    _p("m", "mother", [("Anne", "Schmit")], dt.date(1983, 11, 8), addresses=[HOME_C], phones=["07892 426 811", "+352 621 482 317"]),
    _p("f", "father", [("Ryan", "Sumner")], dt.date(1980, 1, 12), addresses=[DAD_C], phones=["07961 180 348"]),
    _p("g", "grandparent", [("Josée", "Schmit")], dt.date(1956, 6, 4), phones=["+352 26 48 31 09"]),
    _p("p1", "professional", [("Megan", "Lunt")], phones=["07914 711 386"], emails=["megan.lunt@douglasvale.gov.uk"]),
], "c")

DOCS_C = [
    ("CAMHS single point of access referral form", """Lancashire and South Cumbria CAMHS - Single Point of Access - REFERRAL
Received: [[02/10/2026|date]]            Referrer: [[Fiona Dickinson|name]], school counsellor, [[Burscough Priory Academy|school]]
Young person: [[SUMNER, Léa Marie|name]]      Preferred name: [[Léa|name]] (pronounced "LAY-a")      DOB: [[19.07.2011|dob]]
NHS number: [[395 930 6261|nhs]]       Address: [[14 Mart Lane|address]], [[Burscough|place]], [[Ormskirk|place]], [[L40 0SD|postcode]]
GP: Stanley Medical Centre, Dr [[J. Rigby|name]]
Parent/carer: mother [[Anne Schmit|name]] (speaks Luxembourgish, German, French, English) - [[07892 426 811|phone]], also a
Luxembourg mobile [[+352 621 482 317|phone]] which she uses when "home"; father [[Ryan Sumner|name]] (separated, lives in [[Ormskirk|place]]
town centre) - [[07961 180 348|phone]]
Consent: [[Léa|name]] consents; mother consents; father not told at [[Léa|name]]'s request (see below).

Reason for referral:
[[Léa|name]] (Year 11) self-referred to me on [[24 September|date]] after a friend ([[Freya|name]]) brought her. She has been cutting her
thighs since the summer, when she stayed with her grandmother ("Bomi"; she calls her Bomi [[Josée|name]]) in
[[Esch-sur-Alzette|place]] for six weeks. She says the cutting started when she came back to [[Burscough|place]] and her dad "started
again".
She describes her father checking her phone, her location on Life360 and her bank card, calling her "a little Luxembourg
princess" when she cries, and shouting at her mum in the car outside the house. She has lost weight (school PE teacher Mr
[[Ormerod|name]] concerned), and eats "only at Bomi's". She wants to move to [[Luxembourg City|place]] to live with her uncle
[[Marc|name]] and do her Première at the Lycée in [[Esch|place]].

Risk: no plan or intent to end her life today; cuts superficial, cleaned; she showed me on [[1 Oct|date]]. Younger brother [[Noah|name]]
(11, in Y7 at [[Burscough Priory|school]], before that at [[Lordsgate Township|school]]) "hears everything".

Safeguarding: I have also referred to Children's Services (MASH, [[2 October|date]]) because of what [[Léa|name]] describes of her
father's behaviour to her mother. [[Léa|name]] asked that her dad is not told about CAMHS.
Signed [[F Dickinson|name]]       Tel [[01695 627080|phone]] (school office, ask for Student Services)
"""),
    ("grandmother's email from abroad in Luxembourgish with the family's translation", """From: [[Josée Schmit|name]]
<[[jos.schmit56@pt.lu|email]]>
To: [[megan.lunt@douglasvale.gov.uk|email]]
Cc: [[Anne Schmit|name]] <[[anne.schmit.l40@gmail.com|email]]>
Date: Sun, [[15 Nov 2026|date]] 21:14:52 +0100
Subject: Mäin Enkelin [[Léa|name]] / my granddaughter

Moien Madame [[Lunt|name]],

Ech sinn d'Bomi vum [[Léa|name]] an dem [[Noah|name]]. Meng Duechter [[Anne|name]] huet mir gesot, datt Dir hir Sozialaarbechterin sidd.
D'[[Léa|name]] war de ganze Summer bei mir zu [[Esch|place]], an der [[Rue de l'Alzette|address]]. Si huet gutt giess an si war frou.
Hire Monni [[Marc|name]] wunnt zu [[Bouneweg|place]] a kann hatt ophuelen. Mäin Telefon: [[+352 26 48 31 09|phone]].

[[Josée|name]]

-----------------------------------------------------------------------
[Translation by [[Anne Schmit|name]], added for the social worker, [[16/11/2026|date]]]
Hello Mrs [[Lunt|name]],
I am the grandmother of [[Léa|name]] and [[Noah|name]]. My daughter [[Anne|name]] told me you are her social worker. [[Léa|name]] was with
me all summer in [[Esch|place]], on the [[Rue de l'Alzette|address]]. She ate well and she was happy. Her uncle [[Marc|name]] lives in
[[Bonnevoie|place]] (part of [[Luxembourg City|place]]) and can take her in. My telephone: [[+352 26 48 31 09|phone]].
[[Josée|name]]

[[Anne|name]]'s note: full address is [[12, rue de l'Alzette|address]], [[L-4011|postcode]] [[Esch-sur-Alzette|place]]. [[Marc|name]] is
[[Marc Schmit|name]],
[[27 rue Pierre Krier|address]], [[L-1880|postcode]] [[Luxembourg-Ville|place]], mobile [[+352 691 274 058|phone]]. He is a teacher at a
lycée.
[[Ryan|name]] must not have these addresses. He said last week "I'll go over there and get her back myself".
"""),
    ("girl's phone notes app entries shared with her social worker", """[Shared by [[Léa|name]] from her Notes app on
[[20/11/2026|date]], copied in by [[M Lunt|name]]. Her words, her spelling.]

notes - "things dad does" (started [[sept 3|date]])

[[3 sept|date]] - dad picked me n [[noah|name]] up from school in [[ormskirk|place]] n wouldnt let me out the car until i showed him my
messages.
said [[freya|name]] is a bad influence bc her mum is "a single mum from [[skem|place]]"

[[9 sept|date]] - he rang mum 14 times. she was at work at the garden centre in [[scarisbrick|place]]. i counted

[[12/9|date]] - he came in the house when mum wasnt there n took her laptop. told [[noah|name]] it was "to fix it"

[[oct 2|date]] - told ms [[dickinson|name]] about the cutting. she was nice. she said she has to tell ppl

[[4th oct|date]] - bomi rang. she said "komm heem, meng Schatz" (come home my darling). cried in the bath after

[[10.10|date]] - dad followed mum's car from [[burscough bridge|place]] station to the house. mr [[ormerod|name]] saw him outside school too

[[18/10|date]] - [[noah|name]] wet the bed. hes 11. dont tell anyone

[[1 nov|date]] - dad said if mum takes us to lux he will "go to the police and the courts and she'll never see us again"

[[13 nov|date]] - [[marc|name]] facetimed. his flat has a balcony over the park in [[bonnevoie|place]]. [[fabienne|name]] (his gf) says
i could do my bac at the lycée in [[esch|place]] near bomi

[[19/11|date]] - i havent cut for 8 days!! [[Megan|name]] said thats a big deal. [[freya|name]] got me a bracelet
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Family: [[Schmit|name]] / [[Sumner|name]]          Coordinator: [[Ayesha Ravat|name]] (independent FGC coordinator)
Held: Saturday [[28 November 2026|date]], Burscough Village Hall, 10:00-15:30 (family private time 12:15-14:00)
Languages: English; Luxembourgish (for [[Josée|name]], Bomi, on video from [[Esch|place]], with [[Anne|name]] interpreting)

Who came: [[Léa|name]] (15); [[Noah|name]] (11); [[Anne Schmit|name]] (mum); [[Josée Schmit|name]] (Bomi, by video); [[Marc Schmit|name]]
(uncle, by
video from [[Luxembourg City|place]]); [[Fabienne Kayser|name]] ([[Marc|name]]'s partner, by video); [[Linda Sumner|name]] (paternal
grandmother,
[[Rufford|place]]); [[Freya Lathwood|name]]'s mum [[Kerry Lathwood|name]] (family friend, [[Briars Lane|address]]); Mr [[Pye|name]] (head
of year,
for the information part only); [[Megan Lunt|name]] (SW, information part only).
Not invited (agreed with [[Léa|name]] and [[Anne|name]], because of the non-molestation order of [[20 November|date]]):
[[Ryan Sumner|name]].
[[Ryan|name]] sent a letter, read out by [[Ayesha|name]] in the information part.

Our plan
1. [[Léa|name]] stays living with mum at [[Mart Lane|address]] until her GCSEs finish (June 2027). No decision about moving to
   Luxembourg before then.
2. [[Léa|name]] spends Christmas with Bomi in [[Esch|place]] ([[19 December|date]] to [[3 January|date]]). Mum goes too. [[Noah|name]] too.
   Flights from [[Liverpool|place]] booked by [[Marc|name]].
3. Nanna [[Linda|name]] will see [[Noah|name]] on Sundays at her house in [[Rufford|place]], not [[Ryan|name]]'s flat; [[Linda|name]]
agrees not to pass on
   the children's news or Mum's whereabouts to [[Ryan|name]]. [[Linda|name]]: [[07520 076 634|phone]].
4. [[Kerry|name]] collects [[Léa|name]] and [[Freya|name]] from school on Tuesdays and Thursdays when mum works late at [[Lathom|place]].
5. [[Léa|name]] keeps going to CAMHS (Ms [[Dickinson|name]] to bring her to the first appointment, [[8 December|date]]).
6. If [[Ryan|name]] turns up: ring 999, then [[Megan|name]] ([[07914 711 386|phone]]).
Review FGC: [[27 February 2027|date]].
"""),
]


# --- D. Wójcik family (Polish), Ashurst, Skelmersdale -----------------------------------------------------------------

HOME_D = d.Address("9 Cranfield", "Ashurst", "Skelmersdale", "WN8 6UF")
AUNT_D = d.Address("22 Harpers Lane", "", "Chorley", "PR6 0HT")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Zuzanna", "Wójcik")], dt.date(2018, 4, 23), addresses=[HOME_D], ids=["457 945 0558", "E888809533895"],
       schools=["Ashurst Primary Academy"]),
    _p("s", "sibling", [("Oliwer", "Wójcik")], dt.date(2024, 8, 11), addresses=[HOME_D], ids=["507 494 1342"]),
    _p("m", "mother", [("Katarzyna", "Wójcik")], dt.date(1993, 2, 16), addresses=[HOME_D], phones=["07831 130 277"],
       ids=["SK 40 71 26 C"]),
    _p("f", "father", [("Tomasz", "Wójcik")], dt.date(1990, 9, 9), addresses=[HOME_D], phones=["07496 073 113"]),
    _p("a", "aunt", [("Magdalena", "Kubiak")], dt.date(1989, 5, 30), addresses=[AUNT_D], phones=["07806 286 845"]),
    _p("p1", "professional", [("Joanna", "Prescott")], phones=["07451 763 561"], emails=["joanna.prescott@douglasvale.gov.uk"]),
], "c")

DOCS_D = [
    ("Messenger chat between sisters in Polish typed up with a translation", """[Facebook Messenger, shown to SW by [[Kasia|name]] on her
phone [[25/11/2026|date]]; typed up by [[J. Prescott|name]]; translation by
[[Ewa Pawlak|name]], interpreter, Polish, checked [[26.11.2026|date]]. Display names as on screen.]

[[Magda Kubiak|name]]  [[22 lis|date]], 21:02
[[Kaśka|name]] odezwij się. [[Tomek|name]] pisał do [[Darka|name]] że wyrzucił cię z domu??
   ([[Kaśka|name]] answer me. [[Tomek|name]] wrote to [[Darek|name]] that he threw you out of the house??)
[[Katarzyna Wójcik|name]]  21:15
nie wyrzucil. zamknął drzwi na klucz i zabrał mi telefon na 2 godziny. [[zuzia|name]] płakała w łazience
   (he didn't throw me out. he locked the door and took my phone for 2 hours. [[zuzia|name]] was crying in the bathroom)
[[Magda Kubiak|name]]  21:16
jadę po was. [[Chorley|place]] to 20 minut
   (I'm coming for you. [[Chorley|place]] is 20 minutes)
[[Katarzyna Wójcik|name]]  21:20
nie. [[olek|name]] śpi. jutro idzie do pracy na 6 do magazynu w [[Pimbo|place]]. pogadamy rano
   (no. [[olek|name]] is asleep. tomorrow he goes to work at 6 at the warehouse in [[Pimbo|place]]. we'll talk in the morning)
[[Magda Kubiak|name]]  [[23 lis|date]], 07:40
Mama dzwoniła z [[Wałbrzycha|place]]. Wie wszystko. Mówi żebyś przyjechała do nich na święta z dziećmi
   (Mum rang from [[Wałbrzych|place]]. She knows everything. She says you should come to them for Christmas with the children)
[[Katarzyna Wójcik|name]]  07:52
on nie pozwoli. paszporty [[zuzi|name]] i [[olka|name]] ma u siebie w pracy w szafce
   (he won't let me. he keeps [[zuzia|name]]'s and [[olek|name]]'s passports in his locker at work)
[[Magda Kubiak|name]]  07:53
To idź do pani [[Joanny|name]] z opieki. albo do [[Basi|name]] z tego polskiego sklepu na [[Digmoor|place]], ona zna kogoś z policji
   (Then go to [[Joanna|name]] from social services. or to [[Basia|name]] from that Polish shop in [[Digmoor|place]], she knows someone in
the police)
[[Katarzyna Wójcik|name]]  08:10
[[Basia|name]] za dużo gada. ok pójdę do [[Joanny|name]]. nr [[07451 763 561|phone]]
   ([[Basia|name]] talks too much. ok I'll go to [[Joanna|name]]. number [[07451 763 561|phone]])
[[Magda Kubiak|name]]  08:11
❤️ dzwoń. ul. [[Harpers Lane 22|address]] jakby co, klucz pod doniczką
   (❤️ ring me. [[22 Harpers Lane|address]] if anything, key under the plant pot)
"""),
    ("early help assessment form", """LANCASHIRE EARLY HELP ASSESSMENT (EHA) - v4                                  Section A: Family details
Lead practitioner: [[Joanna Prescott|name]], Family Support Worker, Skelmersdale Family Hub        Opened: [[01/12/2026|date]]

| Name                         | DOB        | Relationship | School / setting                 | Language              |
| [[WÓJCIK Zuzanna|name]] ("[[Zuzia|name]]")   | [[23/04/2018|dob]] | child        | [[Ashurst Primary Academy|school]] Y3   | Polish,
English      |
| [[WÓJCIK Oliwer|name]] ("[[Olek|name]]")     | [[11/08/2024|dob]] | child        | none (2-yr funded place offered:  |
Polish               |
|                              |            |              | [[Busy Bees Skelmersdale|school]])     |                       |
| [[WÓJCIK Katarzyna|name]] ("[[Kasia|name]]") | [[16/02/1993|dob]] | mother       | -                                | Polish, some
English |
| [[WÓJCIK Tomasz|name]]                | [[09/09/1990|dob]] | father       | -                                | Polish, English      |
Address: [[9 Cranfield|address]], [[Ashurst|place]], [[Skelmersdale|place]], [[WN8 6UF|postcode]]    Home phone: none
Mum: [[07831 130 277|phone]]      Dad: [[07496 073 113|phone]] (do NOT ring: see safety)      NI (mum): [[SK 40 71 26 C|ni]]
Interpreter needed: YES for mum (Polish), booked through Language Line; not family, not [[Zuzia|name]].

Section B: What's working well
- [[Zuzia|name]] loves school, best friends [[Amelia-Rose|name]] and [[Hania|name]] (whose mum, [[Marta Zielińska|name]], lives on
  [[Clayton Close|address]] and sometimes has [[Zuzia|name]] after school).
- Mum's sister [[Magdalena Kubiak|name]] ([[Magda|name]]) in [[Chorley|place]] ([[07806 286 845|phone]]) is close and practical.
- Grandparents in [[Wałbrzych|place]], Poland ([[Jan Kubiak|name]] and [[Halina Kubiak|name]]; grandad on [[+48 601 284 377|phone]]).
- [[Olek|name]] is meeting his milestones (HV [[Sophie Gerrard|name]], 2-year review [[10 November|date]]).

Section C: What are we worried about
- Father's control of money, phones and passports; locking mum out/in on [[22 November 2026|date]] (police not called).
- [[Zuzia|name]] told Mrs [[Whittle|name]] (class teacher) on [[24.11.26|date]] "tata shouts and mama sleeps on my floor".
- Father's drinking at weekends with a friend, "[[Darek|name]]" ([[Dariusz Lis|name]], [[Sandy Lane|place]]).
- Mum does not drive, has no bank card of her own, and works 3 mornings at the Polish shop in the Concourse.

Section D: Plan (agreed with mum, [[1 December|date]])
1. DA referral to the IDVA service; Polish-speaking worker if possible. 2. Mum to open her own bank account (with [[Joanna|name]],
[[3rd Dec|date]]). 3. Passports: mum to ask police for advice. 4. [[Olek|name]]'s nursery place from January.
5. Review: [[12 January 2027|date]] at [[Ashurst Primary|school]].
"""),
    ("health visitor's two-year review record", """0-19 HEALTHY CHILD PROGRAMME - 2-2.5 YEAR REVIEW (EMIS template, printed)
Child: [[Oliwer WOJCIK|name]]   DOB [[11-Aug-2024|dob]]   NHS [[507 494 1342|nhs]]   Seen: [[10-Nov-2026|date]] at home,
[[9 Cranfield|address]], [[WN8 6UF|postcode]]
HV: [[Sophie Gerrard|name]] ([[Skelmersdale|place]] 0-19 team, [[01695 747900|phone]])    Interpreter: Language Line by phone, ID 301822
("[[Piotr|name]]")
Present: mother ([[Katarzyna|name]]), child, sister [[Zuzanna|name]] (home from school, "sore throat")

ASQ-3 (completed with mum via interpreter): Communication 35 (monitor); Gross motor 55; Fine motor 50; Problem solving 45;
Personal-social 40. Words: about 20, Polish ("mama", "baba", "am", "hau"), some English ("no", "bus", "[[Zuzi|name]]"). Points to
pictures. Uses a dummy all day.

Growth: wt 12.6 kg (50th), red book updated. Teeth: 16, two with early decay; not registered with a dentist - given list
(Westgate Dental, or the practices in [[Ormskirk|place]]). Vaccines up to date, last MMR at [[Tanhouse|place]] clinic [[14.08.2025|date]].

Home: clean, cold (heating off - "[[Tomek|name]] says too expensive"). Dad not present; mum said he was at work in [[Pimbo|place]].
Mum quiet, flat. EPDS not used (not postnatal); PHQ-2 positive. She asked about English classes at the library. When the
interpreter left the call, mum said in English: "my husband is very angry man. please do not say I said". Bruising seen on
mum's left wrist, yellowing; she said she caught it on the cot.

[[Zuzanna|name]] (8) said to HV in English while mum made tea: "tata took mama's phone and threw it". She said she tells her friend
[[Hania|name]] and "Mrs [[Whittle|name]] at school".

Plan: referral to SALT (communication), Skelmersdale Family Hub stay and play (Tuesdays), dental list. Safeguarding: discussed
with safeguarding nurse [[Denise Rimmington|name]] on [[10/11/26|date]]: MASH contact made. Next contact: phone in 2 weeks on mum's mobile
[[07831 130 277|phone]] ONLY if she is alone - agreed word: if she says "wrong number" end the call.
Signed electronically [[S Gerrard|name]] [[10/11/2026|date]] 16:42
"""),
    ("child in need meeting minutes", """CHILD IN NEED REVIEW MEETING - MINUTES
Children: [[Zuzanna Wójcik|name]] ([[23.04.2018|dob]]) and [[Oliwer Wójcik|name]] ([[11.08.2024|dob]])
Date/venue: Friday [[18 December 2026|date]], 09:30, [[Ashurst Primary Academy|school]], family room
Chair: [[Joanna Prescott|name]] (now allocated SW, case stepped up from early help on [[4 Dec|date]])   Notes: [[Ellie Blundell|name]]
(admin)
Attendees: [[Katarzyna Wójcik|name]] (mum), with [[Agnieszka Duda|name]] (IDVA, Polish-speaking, Lancashire Victim Services);
[[Gail Whittle|name]] (class teacher); [[Nasreen Patel|name]] (DSL); [[Sophie Gerrard|name]] (HV); PC [[Owen Ashworth|name]]
(neighbourhood policing,
[[Skelmersdale|place]]); [[Magdalena Kubiak|name]] (aunt, for the second half).
Not attending: [[Tomasz Wójcik|name]] - excluded from the address by the DVPO granted at Wigan and Leigh Magistrates' Court on
[[9 December|date]]; staying with
[[Dariusz Lis|name]] in [[Sandy Lane|place]] (address to be confirmed by police; [[Tomasz|name]] says "[[Leyland|place]], with a mate").

1. Since last time. Police attended [[6/12|date]] after neighbours at [[no. 11|address]] (Mr and Mrs [[Hurst|name]]) called 999: dad drunk,
kicking the door. Arrested; DVPN then DVPO (28 days). Passports recovered from his work locker at [[Pimbo|place]] by police.
2. Children. Mrs [[Whittle|name]]: [[Zuzia|name]] "lighter", reading improved, she drew her family with ciocia [[Magda|name]] and babcia
and no
dad. [[Sophie|name]]: [[Olek|name]] started at nursery [[7th December|date]], settling; SALT appointment [[11 Jan|date]].
3. Mum. [[Kasia|name]] said (through [[Agnieszka|name]], then in English): "I sleep now. I am not afraid to open the door." She has her own
account. She would like to go to [[Wałbrzych|place]] for Christmas - flights [[Liverpool|place]]-[[Wrocław|place]] [[21.12|date]], back
[[03.01|date]].
Address there: [[ul. Andersa 14/3|address]], [[58-300|postcode]] [[Wałbrzych|place]]; babcia's mobile [[+48 601 284 377|phone]].
4. Agreed: the trip goes ahead; SW to write to the school; IDVA safety plan updated. [[Magda|name]] will hold the spare key.
Next meeting: [[29/01/2027|date]], same place.
"""),
]


# --- E. Ngatokorua family (Cook Islands Māori father, white British mother), Scarisbrick, near Ormskirk --------------------

HOME_E = d.Address("4 Smithy Lane Cottages", "Scarisbrick", "Ormskirk", "L40 9QY")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Teina", "Ngatokorua")], dt.date(2020, 5, 28), addresses=[HOME_E], ids=["995 477 0364"],
       schools=["Scarisbrick St Mark's Primary School"]),
    _p("s", "sibling", [("Tiare", "Ngatokorua")], dt.date(2013, 11, 3), addresses=[HOME_E], ids=["572 598 8724", "A888983343218"],
       schools=["Ormskirk School"]),
    _p("m", "mother", [("Kelly", "Ngatokorua")], dt.date(1990, 7, 7), addresses=[HOME_E], phones=["07974 976 097"]),
    _p("f", "father", [("Tamatoa", "Ngatokorua")], dt.date(1987, 12, 14), addresses=[HOME_E], phones=["07588 492 755"],
       ids=["JR 30 52 87 A"]),
    _p("g", "grandparent", [("Ruta", "Ngatokorua")], dt.date(1958, 3, 21), phones=["+682 27 318"]),
    _p("p1", "professional", [("Rachel", "Hesketh")], phones=["07490 224 432"], emails=["rachel.hesketh@douglasvale.gov.uk"]),
], "c")

DOCS_E = [
    ("children's emergency department safeguarding liaison record", """Southport and Ormskirk Hospital NHS Trust - Paediatric ED,
[[Ormskirk|place]] - SAFEGUARDING LIAISON RECORD
Patient: [[NGATOKORUA, Teina|name]]     DOB: [[28/05/2020|dob]] (6y)     NHS: [[995 477 0364|nhs]]     MRN: OD2241907
Attended: [[05/10/2026|date]] 18:52, brought by mother ([[Kelly|name]]) and sister ([[Tiare|name]], 12). Triage nurse:
[[Gill Aspinall|name]].
Address: [[4 Smithy Lane Cottages|address]], [[Scarisbrick|place]], [[L40 9QY|postcode]]. GP: Aughton Surgery.

Presenting: "fell off the trampoline at a friend's house" (mum). Exam by Dr [[Priyanka Nair|name]] (ST4): linear bruises x3 across
back of both thighs, parallel, 8-10 cm, one with a loop-shaped end; no fracture; well child, shy.

Child's account (alone with nurse, [[Tiare|name]] outside): [[Teina|name]] said "Papa smacked me with his belt cos I ran on the road at
Nana [[Ruta|name]]'s video". Asked where: "at home". Asked who else saw: "[[Tiare|name]] and [[Manu|name]]". ([[Manu|name]] = a cousin
staying
with the family from [[Auckland|place]], [[Manu Tuara|name]], 19, per mum.)

Mother's account when told: upset, said her husband [[Tama|name]] ([[Tamatoa Ngatokorua|name]]) "was brought up like that in
[[Rarotonga|place]],
it's normal there, I've told him it's not here". She did not want the police. Dad phoned in to the ward ([[07588 492 755|phone]]) - spoke
to Dr [[Nair|name]]: "I lost my temper, I'm sorry, it won't happen again", said he is a rugby coach at Ormskirk RUFC and "a good dad".

Sister: [[Tiare|name]] asked to speak to the nurse herself: she said her dad "uses the belt on [[Teina|name]], not me any more", and that
she looks after [[Teina|name]] after school because mum works at the care home in [[Burscough|place]] till 8.

Actions: skeletal survey not indicated (age 6); photos to medical illustration; MASH referral by phone 20:10 (spoke to [[Andy|name]]),
Lancashire Police informed (log 1422 of [[05/10|date]]); discharged home with mum at 22:30 after SW ([[Rachel Hesketh|name]], EDT cover)
agreed dad to stay at a friend's in [[Aughton|place]] tonight ([[Aaron Halsall|name]], mum's brother).
Liaison nurse: [[Bernadette Coyle|name]]  [[06/10/2026|date]]
"""),
    ("father's own letter to the social worker, in English with Cook Islands Māori", """[handwritten, handed to SW at the house on
[[14/10/26|date]], typed up word for word by [[R. Hesketh|name]]]

Kia orana [[Rachel|name]],

I want to put down in my own words what I said at the meeting. My name is [[Tamatoa Ngatokorua|name]], everyone calls me [[Tama|name]].
I was born in [[Arorangi|place]] on [[Rarotonga|place]] in 1987 and came to England in 2009 to play league for a club in [[Widnes|place]],
then I met [[Kelly|name]] in [[Southport|place]] and we moved to [[Scarisbrick|place]] for the kids and the quiet.

My Papa [[Tangi|name]] used the belt on me and my brothers, every family on our road did, and my Mama [[Ruta|name]] says that is why we
turned out respectful. I know now this is not right here and not right anywhere. When [[Teina|name]] ran out on the lane in front
of the tractor I was so scared I lost my head. That is not an excuse. I have hurt my boy and I am ashamed, au e.

I have done what you asked. I am staying at [[Aaron|name]]'s in [[Aughton|place]] since the [[5th|date]]. I only see the kids with
[[Kelly|name]] there.
I have booked on the Caring Dads course that starts [[2 November|date]] in [[Ormskirk|place]]. I have told Pastor [[Ioane|name]] at the
Cook Islands church group we go to in [[Liverpool|place]], and he wants to help too, his number is [[07514 355 050|phone]].

My Mama in [[Rarotonga|place]] is on [[+682 27 318|phone]] if you need to talk to her, she speaks English good. My sister [[Ngaire|name]] in
[[Māngere|place]] in [[Auckland|place]] is [[+64 21 448 2917|phone]].

Please let me come home for [[Tiare|name]]'s birthday on the [[3rd|dob]]. Meitaki maata.
[[Tama Ngatokorua|name]]
"""),
    ("Instagram direct messages between a girl and her cousin typed up", """[Instagram DMs, screenshots given by [[Tiare|name]] to her SW
on [[09/11/2026|date]]; typed up; emojis kept; handles not
marked. tiare.ngt = [[Tiare|name]]; tuara_manu = [[Manu|name]] (cousin, back in NZ since [[24 Oct|date]]).]

tuara_manu   Sun [[8 Nov|date]] 09:14 (NZ time)
kia orana cuz 🌺 hows things with uncle [[tama|name]]

tiare.ngt   [[7 Nov|date]] 20:20 (UK)
hes still at uncle [[aaron|name]]s in [[aughton|place]]. [[teina|name]] cries for him every night lol not lol
mum says he might come home after the meeting on the [[19th|date]]

tuara_manu
i feel bad cuz i told the nurse at that hospital in [[ormskirk|place]] i saw it

tiare.ngt
u didnt do anything wrong [[manu|name]]. i told them too. [[rachel|name]] the social worker says its not our fault
she comes every week she has a dog called biscuit lol

tuara_manu
haha. mama [[ruta|name]] says she is praying for yous at church in [[arorangi|place]] every sunday 🙏
she says tell [[Tiare|name]] to come for christmas to [[raro|place]] and eat ika mata

tiare.ngt
i wish. mum cant afford it. also who looks after [[teina|name]] when mum is at work at the care home?? me thats who 🙄
nana [[linda|name]] in [[halsall|place]] cant drive anymore

tuara_manu
ur 13 thats not right cuz. tell the social. and tell ur teacher mr [[mahoney|name]] he's sound
auntie [[ngaire|name]] says ring her [[+64 21 448 2917|phone]] anytime, she's in [[mangere|place]] now not [[otara|place]]

tiare.ngt
ok. love u. meitaki ❤️
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION / MEETING RECORD (s47 Children Act 1989)
Child(ren): [[Teina Ngatokorua|name]] (DOB [[28.05.2020|dob]]), [[Tiare Ngatokorua|name]] (DOB [[03.11.2013|dob]], UPN
[[A888983343218|upn]])
Date and time: [[6 October 2026|date]], 11:00-11:45, by Teams        Chair: [[Paul Cropper|name]] (Team Manager, Ormskirk and Rural Team)
Attendees: [[Rachel Hesketh|name]] (SW); DC [[Siobhan Caddick|name]] (Lancashire Police, CAIU West); Dr [[Priyanka Nair|name]] (ED, by
phone);
[[Bernadette Coyle|name]] (safeguarding liaison nurse); [[Jo Swift|name]] (DSL, [[Scarisbrick St Mark's|school]]); [[Imran Qureshi|name]]
(Head of Year 8,
[[Ormskirk School|school]]).

Information shared
- ED ([[5 October|date]]): three linear, parallel bruises to the back of [[Teina|name]]'s thighs consistent with a belt; [[Teina|name]]
says "Papa
  smacked me with his belt". Father admitted it on the phone.
- Police: no previous for [[Tamatoa NGATOKORUA|name]] ([[14/12/1987|dob]]), NI [[JR 30 52 87 A|ni]]; one call in 2024 from a neighbour on
  [[Smithy Lane|address]], Mrs [[Dorothy Ball|name]], about shouting - NFA. Mother [[Kelly NGATOKORUA|name]] (née [[HALSALL|name]],
[[07/07/1990|dob]]) no
  records. Vehicle at the address: Ford Ranger [[PN72 WXK|vehicle]] (father's).
- School (Mr [[Qureshi|name]]): [[Tiare|name]] often late, tired, said in PSHE that she "raises" her brother. Attendance 88%. Friend
  [[Ella Moss|name]] worried about her.
- Primary ([[Jo|name]]): [[Teina|name]] ([[St Mark's|school]], Y2) wet himself twice this term, frightened of PE changing.
- Family network: maternal grandmother [[Linda Halsall|name]] ([[Halsall|place]]), maternal uncle [[Aaron Halsall|name]] ([[Aughton|place]],
  [[07855 948 520|phone]]); paternal grandmother [[Ruta Ngatokorua|name]] in [[Rarotonga|place]] ([[+682 27 318|phone]]).

Decision: threshold for s47 met (single agency: police-led joint visit). ABE interview for [[Teina|name]] not indicated at present
(he has given a clear account and father admits); [[Tiare|name]] to be seen alone at school by [[Rachel|name]] and DC [[Caddick|name]]
on [[7th Oct|date]]. Dad stays at [[Aaron|name]]'s; contact supervised by [[Kelly|name]] only. Cultural advice: [[Rachel|name]] to contact
the
Cook Islands community group in [[Liverpool|place]] via Pastor [[Ioane Tuara|name]].
Review of strategy: [[13/10/2026|date]].
"""),
]


# --- F. Melling / Threlfall family (white British, teenage parents), Flamstead, Skelmersdale ------------------------------

HOME_F = d.Address("36 Larkfield Walk", "Flamstead", "Skelmersdale", "WN8 6SX")
NAN_F = d.Address("11 Pennylands Court", "Pennylands", "Skelmersdale", "WN8 8AJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harley-Jay", "Threlfall")], dt.date(2026, 7, 30), addresses=[HOME_F], ids=["830 548 5307"]),
    _p("m", "mother", [("Brooke", "Melling")], dt.date(2009, 1, 18), addresses=[HOME_F, NAN_F], phones=["07457 361 384"],
       ids=["340 992 5236"]),
    _p("f", "father", [("Callum", "Threlfall")], dt.date(2007, 4, 4), addresses=[HOME_F], phones=["07467 281 074"]),
    _p("g", "grandparent", [("Donna", "Melling")], dt.date(1984, 10, 10), addresses=[NAN_F], phones=["07837 682 110"]),
    _p("p1", "professional", [("Nicola", "Culshaw")], phones=["07842 029 450"], emails=["nicola.culshaw@douglasvale.gov.uk"]),
], "c")

DOCS_F = [
    ("notes typed fast on a phone after an unannounced visit", """unannounced HV w/ [[Nicola|name]] - [[36 larkfield walk|address]]
[[flamstead|place]] - tues [[24/11|date]] 10.15ish
typed in car after, tidy up later!!

- knocked x3, [[callum|name]] answered eventually in boxers, strong smell weed in hall. [[brooke|name]] upstairs asleep w/ HJ??
  no - HJ in moses basket in living rm on his own, [[callum|name]] on xbox. baby ok, warm, awake, wet nappy, bottle propped on a
  rolled towel (!!) - spoke to C abt this, he said "my mum did it with me and i'm fine"
- [[brooke|name]] came down, v tired, said HJ up all night w/ cold. says she's "not smoking it", only [[cal|name]] and only outside
- red mark L ear HJ - [[brooke|name]] says he scratches, nails long. looked - small scratch + redness, no bruise seen behind ear?
  ASK HV [[Sam Wareing|name]] to look tmrw. photo NOT taken (no consent form w/ me)
- damp in bedroom where HJ's cot is, black mould round window. [[brooke|name]] reported to Together Housing 3 wks ago ref TH-448812,
  nobody came
- nan [[donna|name]] ([[Pennylands|place]]) phoned [[brooke|name]] while i was there, on speaker - wants HJ to stay at hers tonight.
  [[brooke|name]] ok w/ that. [[donna|name]] on [[07837 682 110|phone]]
- [[cal|name]]'s mate "[[Jonno|name]]" arrived as i was leaving, silver Corsa [[PK63 LHT|vehicle]] parked on the grass. [[callum|name]]
went out to it
- pathway PA ([[Dev|name]]) not seen [[brooke|name]] since [[2 Oct|date]]!

TO DO: HV joint visit, housing (Together - [[Mo|name]] in repairs), PA [[Dev Chauhan|name]], discuss w/ [[Claire|name]] re PLO?? strat??
"""),
    ("housing association online repairs and damp complaint form", """Together Housing - Report a repair / make a complaint (online form,
submitted)         Ref: TH-448812 / COMP-20361
Submitted: [[03/11/2026|date]] 02:47                     Channel: web (mobile)

Your details
Title: Miss      First name: [[Brooke|name]]      Last name: [[Melling|name]]      Date of birth: [[18/01/2009|dob]]
Tenancy address: [[36 Larkfield Walk|address]], [[Skelmersdale|place]]       Postcode: [[WN8 6SX|postcode]]
Phone: [[07457 361 384|phone]]        Email: [[brookemelling09@icloud.com|email]]
Are you the tenant? [ ] Yes  [x] No - tenant is: [[Callum Threlfall|name]] (joint tenancy pending)
Who lives at the property? me, my partner [[Callum|name]], our baby [[Harley-Jay|name]] (3 months)

What is the problem? (Damp and mould)
black mould all round the babys bedroom window and on the wall behind his cot. its wet every morning and the window wont
shut at the top. the baby has had a cough since he was born and the GP (Dr [[Olawale|name]] at Hillside) said the mould
doesnt help. my mum [[Donna Melling|name]] has took pics. the extractor in the bathroom doesnt work. the lady next door at
[[no 38|address]] ([[Sandra|name]]) says hers was the same and it took them a year.

Is anyone in the home vulnerable? [x] Baby under 1  [x] Other: i am 17 and a care leaver, my PA is [[Devinder Chauhan|name]]
from the leaving care team [[07860 366 420|phone]]

Best time to contact: after 11am. Do not ring [[Callum|name]]'s number.

--- Internal notes (staff only) ---
[[04/11|date]] [[M. Rashid|name]] (repairs): inspection booked [[18/11|date]] - surveyor [[Kev Tinsley|name]]. Awaab's Law timescales apply
(child under 1) - ESCALATE. [[20/11|date]] [[K Tinsley|name]]: no access, card left. [[25/11|date]] SW [[Nicola Culshaw|name]] rang,
confirmed baby has cough and asthma-type symptoms, asked for emergency works. [[26/11|date]] [[Mo|name]]: mould wash booked [[27th|date]],
window ([[Moss Side|place]] depot) [[2/12|date]].
"""),
    ("care leaver's pathway plan review by a personal adviser", """PATHWAY PLAN REVIEW - Leaving Care Service, Douglas Vale
Young person: [[Brooke Melling|name]] (likes "[[Brooke|name]]"; her mum calls her "[[Brookie|name]]")     DOB: [[18 January 2009|dob]] (17)
NHS: [[340 992 5236|nhs]]     Status: relevant child. Former placement: foster carers [[Jim Banks|name]] and [[Lorraine Banks|name]],
[[Banks|place]],
near [[Southport|place]] (2022 to 2025), then home to mum in [[Pennylands|place]], then with partner in [[Flamstead|place]] from May 2026.
Personal adviser: [[Devinder Chauhan|name]] ([[07860 366 420|phone]])        Review date: [[30 November 2026|date]], at the Family Hub
Present: [[Brooke|name]]; [[Harley-Jay|name]] (asleep); [[Dev Chauhan|name]] (PA); [[Nicola Culshaw|name]] (baby's SW);
[[Donna Melling|name]] (mum, for part)

1. Where I live / feeling safe
[[Brooke|name]]: "I don't want to live with [[Callum|name]] any more, he's not horrible to me but he's always stoned and his mates are
always in." Wants to go back to her mum's ([[11 Pennylands Court|address]]) "for now" then a flat of her own. [[Donna|name]] agrees; the
flat is a 2-bed, [[Brooke|name]]'s little brother [[Kayden|name]] (12) would share with his mum. Housing register: band C. Not to go
back to the [[Banks|name]] (she still texts [[Lorraine|name]], who "is like a nan to [[Harley|name]]").

2. Education, training and employment
Left [[Lathom High School|school]] in Year 11 (pregnant). Was going to do childcare at [[West Lancashire College|school]]. Wants to start in
September. PA: apply for the Sept intake; meanwhile the young parents' group at the [[Skelmersdale|place]] library.

3. Health
Asthma (both of them). Mood low since the birth; GP review [[8 December|date]]. Smokes. Says she does not use cannabis.

4. Money
UC started [[17/10/2026|date]]; Setting Up Home Allowance not yet used (£2,000). [[Callum|name]] "borrowed" £150 of it for "[[Jonno|name]]".

5. Relationships
Dad ([[Lee Melling|name]]) lives in [[Wrexham|place]], no contact since 2023. Best friend [[Kaci-Leigh Fairclough|name]] in
[[Digmoor|place]].
[[Callum|name]]'s mum [[Tina Threlfall|name]] helps with [[Harley-Jay|name]] ("she's alright, she lives on [[Findon|address]]").

Actions: PA to ask housing for a priority move; [[Brooke|name]] and HJ to stay at [[Donna|name]]'s from [[1 December|date]]; PA to go to
GP with
her on [[8/12|date]]; next review [[1 March 2027|date]].
"""),
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Harley-Jay Threlfall|name]] (DOB [[30.07.2026|dob]])
Compiled by [[N. Culshaw|name]], SW, [[04.12.2026|date]]
Sources: CSC file, midwifery, HV, GP, police, housing, leaving care.

Date         | Event                                                                                          | Source
[[14.02.2026|date]]   | Pre-birth referral from midwife [[Hannah Lyon|name]] ([[Ormskirk|place]] hospital): mother [[Brooke Melling|name]]
16, care leaver, | Midwifery
             | father [[Callum Threlfall|name]] 18, cannabis use; couple living with his mum at [[22 Findon|address]],
[[Tanhouse|place]].         |
[[02.04.2026|date]]   | Pre-birth assessment started (SW [[Nicola Culshaw|name]]). [[Brooke|name]] engages; [[Callum|name]] misses 3 of 4
visits.   | CSC
[[19.05.2026|date]]   | Couple given joint tenancy offer for [[36 Larkfield Walk|address]], [[Flamstead|place]]; move in
[[1 June|date]].         | Housing
[[30.07.2026|date]]   | [[Harley-Jay|name]] born at [[Ormskirk|place]] hospital, 38+2, 2.9 kg. Discharged [[1 Aug|date]] to
parents.                  | Midwifery
[[12.08.2026|date]]   | Police called to [[Larkfield Walk|address]] by neighbour [[Sandra Dunne|name]] ([[no. 38|address]]): shouting,
baby crying.    | Police
             | [[Callum|name]] left before police arrived; [[Brooke|name]] said "just an argument". No further action.                    |
[[04.09.2026|date]]   | HV [[Sam Wareing|name]]: weight gain good; bottle propping advice; mould noted.                           | HV
[[02.10.2026|date]]   | Last contact with PA [[Dev Chauhan|name]] before [[30.11|date]]; [[Brooke|name]] cancels 3
appointments.            | Leaving care
[[03.11.2026|date]]   | [[Brooke|name]] reports damp/mould to Together Housing at 02:47.                                         | Housing
[[24.11.2026|date]]   | Unannounced visit: baby alone in living room, bottle propped, cannabis smell, mark to L ear; vehicle   | CSC
             | [[PK63 LHT|vehicle]] (registered to [[Jonathan Ashurst|name]], 23, of [[Chapel House|place]]) at the
address.                 |
[[25.11.2026|date]]   | HV joint visit: ear mark a healed scratch, no bruising. Baby at nan [[Donna|name]]'s
overnight.                   | HV
[[27.11.2026|date]]   | Mould wash done; window due [[02.12|date]].                                                              | Housing
[[30.11.2026|date]]   | Pathway plan review: [[Brooke|name]] to move with baby to [[Donna Melling|name]]'s,
[[11 Pennylands Court|address]], [[Pennylands|place]].| Leaving care
[[01.12.2026|date]]   | Move done. [[Callum|name]] texts SW [[07842 029 450|phone]]: "u took my son, ill get a solicitor".
Solicitor      | CSC
             | [[Rhiannon Gore|name]] ([[Gore|name]] & Co, [[Ormskirk|place]]) rings [[02.12|date]] for
[[Callum|name]].                          |
[[03.12.2026|date]]   | Strategy discussion not needed (threshold not met); CIN plan; [[Callum|name]] offered parenting/cannabis
work     | CSC
             | at Change Grow Live [[Skem|place]].                                                                    |
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F), )
NAME = "set 177 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:15 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa", "madam",
           "bomi", "bopa", "monni", "tatta", "mamm", "papp", "madame", "mamma", "tata", "ciocia", "wujek", "babcia", "dziadek",
           "pani", "pan", "tupuna", "metua", "matua"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "lancashire", "west lancashire",
               "west lancs", "merseyside", "greater manchester", "the north west", "north west", "cumbria", "south cumbria",
               "luxembourg", "lux", "grand duchy", "germany", "france", "belgium", "poland", "silesia", "lower silesia",
               "cook islands", "the cook islands", "new zealand", "aotearoa", "the pacific", "europe"}


_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
