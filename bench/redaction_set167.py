"""Set 167: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
other helpers writing at the same time (bench/redaction_set166.py, redaction_set168.py, redaction_set169.py and their tests),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions
followed here), the module docstrings of bench/redaction_set7.py to redaction_set165.py (only the docstrings, printed with
ast, and searched for towns, districts and communities so as to pick new ones), bench/redaction_handwritten.py, the
report() and gold_counts() helpers of bench/redaction_heldout.py, and the ruff settings in pyproject.toml (set 15's checker
was asked for its function definitions and printed none). Phone numbers were checked with the phonenumbers library and NHS
numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so
here.

Six families in Macclesfield and Congleton, east Cheshire, each from a district or estate no earlier set used as a family's
home. Four of the kinds most common in children's social care: a young white British mother in Moss Rose, Macclesfield,
with a nan at Sutton Lane Ends (Brocklehurst / Slack; a slap-mark bruise on a boy of 9, a partner's violence, a toddler
neglected, a neighbour's letter), a white British family on the Bromley Farm estate in Congleton, with a grandfather at Mow
Cop and a father in Biddulph (Hancock / Plant; a mother's partner dealing cannabis from the house, a boy of 12 who fights
him off, a burn, a grandfather's own letter), a white British and Turks and Caicos Islander family in Upton Priory,
Macclesfield, with a father in Moss Side (Ridgway / Blackwood; a boy of 15 missing to Crewe and Nantwich, criminally
exploited on a county line, a cuckooed flat) and teenage parents in Lower Heath, Congleton, with a nan in Kidsgrove
(Whitehurst / Stubbs; a baby of 6 months with unexplained bruising to the ear and arm, a father who was in care himself).
One from a community a recent set used (a Meitei family from Manipur in Buglawton, Congleton: Laishram / Thoudam; a girl of
10 caring for a mother with depression after her father's death in Imphal, a father working in Dubai), and two from
communities no earlier set used: a Swiss family from Graubünden and Winterthur on the Weston estate, Macclesfield (Brunner /
Caflisch; a father's coercive control and violence, a boy of 14 self-harming, a threat to take the children to
Switzerland, Swiss German and Romansh in the messages) and the Turks and Caicos Islander father's side of the Ridgway /
Blackwood family (a grandmother on Grand Turk). 24 documents, four per family, half plain professional recording (a social
worker's case note, a strategy discussion record, a secondary school's safeguarding referral, an initial child protection
conference report, a chronology in a table, a police public protection notice, a young carer's needs assessment, a GP
letter, a return home interview, MACE panel minutes, an emergency department safeguarding referral, a section 47 outcome
letter) and half the other writing a case file holds (a mother's texts typed up, a neighbour's handwritten letter scanned
and OCR'd, an email chain partly in Swiss German, a duty worker's transcription of overnight voicemails, a Messenger chat
printed by a school, a grandfather's own letter, a family WhatsApp group in Manipuri (Bengali script) and English typed up
and translated, a child's "my world" worksheet, Snapchat images OCR'd from a police phone download, a body-worn video
transcript, a health visitor's notes typed fast on a phone, a young father's statement in his own words).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Switzerland, India, the United Arab Emirates, the Turks and Caicos Islands); NHS
numbers and UPNs (LA number 895) pass their check digits; the NI number has a valid format. The council (Bollin Dane
Council), the schools (Ivy Bank Primary, Bollin Vale Academy, Weston Brook Primary, Marlfields Lane Primary, Buglawton Hall
Primary, Little Acorns) and the GP practice (Bradshaw House Surgery) are invented, as are the courts and flats named in the
documents; towns, districts, estates, real schools and colleges, NHS bodies, hospitals, police forces, prisons, clubs,
firms, brands, apps, festivals and landmarks are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, DI, Sgt, Nan, Nanna, Grandad, Mum, Mister, Frau, the Swiss German Grosi, Mami and Papi, the Meitei Ima, Ipa,
Ibok and Ine) stay outside the name span, before or after the name ("Grosi Anne", "Ine Sanatombi", "Bikram uncle"); a
possessive 's and a bare s in texting ("ryan"s, "Ivy"s) stay outside; every person's name is a name in every form.
"SURNAME, First" is one span ("BROCKLEHURST, Kayden", "PLANT, Kerry Louise", "RIDGWAY, Marcus", "DEVI, Bidyarani"), and so
is "SURNAME First" ("BRUNNER Gian-Luca", "WHITEHURST Chloe"); an initial with a surname is one span; initials alone ("T",
"K", "TJ", "HC", "PK") are not marked; a name broken by a line break is one span holding it, and so is an address and a
date; social media handles are not marked ("prod.m10x"), but a display name or nickname that stands for a person is
("mook", "keish"); a contact saved under a kinship word ("Ipa ✈️", "Ibok 🙏", "Ima", "Grandad 🧔") is not a name. A street
address is one span, its town a place, its postcode a postcode; a street named without a number is an address ("Moss
Lane", "Birtles Road", "park lane"), and so is a neighbour's bare house number ("no. 20", "no 22") and an address abroad
("Technikumstrasse 12", "Via dal Bagn 7", "Keishamthong Top Leirak"); a Swiss or Indian postcode ("8400", "7500",
"795001") is a postcode; towns, villages, districts and estates are places at home or abroad and in any script ("Macc",
"Manc", "Sutton", "Upton", "ইম্ফাল"); countries, counties, cantons, states and regions are not ("Cheshire",
"Staffordshire", "Switzerland", "Graubünden", "Manipur", "the Turks and Caicos"); organisations are not marked even when
they hold a town's name ("Macclesfield District General Hospital", "Congleton War Memorial Hospital", "Royal Stoke",
"Macclesfield FC", "Macclesfield Town Hall", "Bollin Dane Council"); a school's, college's or nursery's name is a school, and
so is its short form ("Ivy Bank", "Bollin Vale", "Marlfields Lane", "Congleton High", "Little Acorns", "Macclesfield
College"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and a
bare day ("the 16th", "the 10th") is a date span of its own; months and years alone ("Sept 2023", "in July") and bare
weekdays are not marked; a firm named after people marks only the names ("Oldfield Plastering", "Hancock and Sons");
landmarks stay unmarked (Astbury Mere, the Cloud, Congleton Park, Ima Keithel); a surname or first name that is also a word
or a town is marked by what it refers to (Paisley, Dale, Sutton, Heath, Birch, Holland and Dawn are names when they are
people; Sutton, Weston and Upton are places when they are places); a name in another script ("লিনথোই", "নিংথেম",
"সনাতোম্বি") is a name; a team, unit or line named by its town ("Macc Team 2", "Congleton Team", "Congleton LPU",
"Macclesfield NPU", "the Macc duty line", "Dubai time") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Meitei name in the
Meitei order, family name first ("LAISHRAM Linthoi", "Thoudam Bidyarani Devi", "Laishram Romesh Singh"), is one span, the
"Devi" and "Singh" that Meitei names carry included; a Swiss German contracted first name ("Ursi", "Gigi") is a name; an OCR
or transcription number read aloud in words ("zero seven four five eight...") is not marked, while the transcriber's digits
are; a flight route ("Manchester-Zürich", "Dubai-Manchester") marks each city; the Turks and Caicos Islands are a region and
are not marked, while Grand Turk and Cockburn Town are places; the address of a GP practice in its letterhead marks the town
and postcode, not the practice; a tenancy, police, ED, PPN or Cellebrite reference and a Language Line ID are not marked; the
police body-worn video file name's date ("20261129") is a date.

Self-check without the detector: `python -m bench.redaction_set167` (and tests/test_redaction_set167.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24
documents, 983 gold spans, 550 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Brocklehurst / Slack family (white British), Moss Rose, Macclesfield ------------------------------------------------

HOME_A = d.Address("22 Gunco Lane", "Moss Rose", "Macclesfield", "SK11 7JQ")
NAN_A = d.Address("4 Bullocks Lane", "Sutton Lane Ends", "Macclesfield", "SK11 0HB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Brocklehurst")], dt.date(2017, 4, 2), addresses=[HOME_A], ids=["3156518069", "U895577859273"],
       schools=["Ivy Bank Primary School"]),
    _p("s", "sibling", [("Paisley", "Slack")], dt.date(2023, 1, 19), addresses=[HOME_A], ids=["9730112460"]),
    _p("m", "mother", [("Jodie", "Slack")], dt.date(1996, 8, 30), addresses=[HOME_A], phones=["07723 418 506"],
       ids=["JK 36 41 90 B"]),
    _p("o", "other", [("Lee", "Bowyer")], dt.date(1991, 11, 12), phones=["07896 214 377"]),
    _p("f", "father", [("Dale", "Brocklehurst")], dt.date(1993, 6, 5)),
    _p("g", "grandparent", [("Sandra", "Slack")], dt.date(1970, 2, 8), addresses=[NAN_A], phones=["01625 613 482"]),
    _p("p1", "professional", [("Harriet", "Cope")], phones=["01625 427 905"], emails=["harriet.cope@bollindane.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note after an unannounced home visit", """CASE NOTE - Bollin Dane Council Children's Services, [[Macc|place]]
Team 2
Child: [[BROCKLEHURST, Kayden|name]]   DOB [[02/04/2017|dob]]   NHS [[315 651 8069|nhs]]   UPN [[U895577859273|upn]]
Sibling: [[Paisley Slack|name]] ([[19/01/2023|dob]], NHS [[973 011 2460|nhs]])
Address: [[22 Gunco Lane|address]], [[Moss Rose|place]], [[Macclesfield|place]] [[SK11 7JQ|postcode]]
Date of visit: Thursday [[19th November 2026|date]]   Worker: [[Harriet Cope|name]]   Type: unannounced, s47 day 3

I knocked at 15:40. [[Kayden|name]] opened the door in his [[Ivy Bank|school]] jumper; he said his mum was "up the shop". [[Paisley|name]]
(3) was on the sofa in a nappy that had not been changed for some time. The front room smelled of cannabis. Mum ([[Jodie|name]])
came back at 15:55 with a bag from the Co-op on [[Moss Lane|address]] and a lad she called "[[Bowie|name]]", who she later said is
[[Lee Bowyer|name]], her partner "on and off". Mr [[Bowyer|name]] left by the back door when I said who I was.

[[Jodie|name]] said [[Kayden|name]]'s bruise (left cheekbone, yellow-green, about 3cm, seen by Mrs [[Pryce|name]] at school on the
[[16th|date]]) came from "messing with [[Paisley|name]] on the trampoline" at her mum's in [[Sutton|place]]. [[Kayden|name]], seen alone in
his
room, said the same words in the same order, then said "[[Lee|name]] said to say that". He would not say more. His room has
no bulb and a mattress on the floor; the duvet was from his nan, [[Sandra|name]].

[[Jodie|name]] said [[Kayden|name]]'s dad, [[Dale Brocklehurst|name]], "went to [[Leek|place]] with his new missus" in the summer and
has not seen him since [[23 August|date]]. Nan [[Sandra Slack|name]] ([[01625 613 482|phone]]) has the children most weekends at
[[4 Bullocks Lane|address]], [[Sutton Lane
Ends|place]].
Neighbour Mrs [[Wendy Hine|name]] at [[no. 20|address]] called to me from her step to say "it was [[Lee|name]], love, I heard it".

Plan: strategy discussion tomorrow ([[20/11|date]]); child protection medical at Macclesfield District General Hospital with
Dr [[Anand Kulkarni|name]]; ring [[Sandra|name]] tonight. Mum's mobile [[07723 418 506|phone]]. [[H. Cope|name]] 18:10

Addendum 18:40: rang [[Sandra|name]]. She said [[Lee|name]] "has a mouth on him" and that [[Kayden|name]] told her in October that
[[Lee|name]]
made him stand in the yard in the rain. She can have both children tonight; her partner [[Malcolm Pimlott|name]] will fetch them in
his van ([[FN63 RXA|vehicle]]). She also named [[Jodie|name]]'s friend [[Shannon Rowbotham|name]] of
[[Hurdsfield|place]] as someone [[Jodie|name]] "tells everything to". [[Kayden|name]]'s cousin [[Tayla Slack|name]] (15) babysits some
nights. Checked with [[Ivy Bank|school]]'s office (Mrs [[Pryce|name]]): [[Kayden|name]] late 9 times since [[7 September|date]].
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION - held on Teams - Friday [[20 November 2026|date]], 10:00-10:50
Chair: [[Gareth Moston|name]] (Team Manager, [[Macc|place]] Team 2)
Present: [[Harriet Cope|name]] (SW); DC [[Zoe Birtles|name]] (Cheshire Police, Public Protection Unit, [[Macclesfield|place]]);
[[Lorna Pryce|name]] (DSL, [[Ivy Bank Primary School|school]]); [[Katie Ollier|name]] (Health Visitor, [[Paisley|name]]); Dr
[[A Kulkarni|name]]
(Paediatrician, by phone for item 2 only)
Apologies: [[Sue Heapy|name]] (School Nurse)

1. Children: [[Kayden BROCKLEHURST|name]] (9) DOB [[2.4.17|dob]]; [[Paisley SLACK|name]] (3) DOB [[19.1.23|dob]]
   Mother: [[Jodie SLACK|name]] DOB [[30.8.96|dob]], NI [[JK 36 41 90 B|ni]], [[22 Gunco Ln|address]], [[SK11 7JQ|postcode]]
   Partner: [[Lee BOWYER|name]] DOB [[12.11.91|dob]], mobile [[07896 214 377|phone]]; address given to police as his
   mother's, [[Flat 6, Brocklehurst Court|address]], [[Hurdsfield|place]] (no relation to the child's surname)
   Father: [[Dale BROCKLEHURST|name]], now believed in [[Leek|place]], Staffordshire side; no PR issue.
2. Medical (Dr [[Kulkarni|name]]): bruise to the left cheek consistent with a slap or a blow, not with a fall on a trampoline; two
   older linear marks on the back of the upper arm. [[Kayden|name]] told the nurse "[[Lee|name]] flicks me with the charger".
3. Police: [[Bowyer|name]] is known - a 2024 assault on a previous partner in [[Bollington|place]] ([[Kerry-Ann Mottram|name]]), NFA;
   a silver Astra [[DE17 KWO|vehicle]] seen at the address by patrols. DC [[Birtles|name]] will seek to interview him under caution.
4. School: [[Lorna|name]] said attendance 83%; [[Kayden|name]] comes hungry and asks the lunchtime supervisor, Mrs [[Dawn Sheldon|name]],
   for toast. He told his friend [[Alfie Kettle|name]] "I'm not allowed to cry at home".
5. Health: [[Paisley|name]] missed her 2-year review twice; [[Katie|name]] has seen her once, at nan's in [[Sutton|place]].
6. Other adults: [[Malcolm Pimlott|name]] (nan's partner, [[Sutton Lane Ends|place]]) - no police trace; [[Brian Oldfield|name]]
("[[Bri|name]]",
   plasterer, [[Broken Cross|place]]) - drugs possession 2021; [[Shannon Rowbotham|name]] - none; [[Tayla Slack|name]] (15) - child, note
only.
Decision: threshold met; s47 joint. Safety plan: [[Kayden|name]] and [[Paisley|name]] to stay with [[Sandra Slack|name]] in
[[Sutton|place]] from tonight, [[Jodie|name]] agreeing; no contact with Mr [[Bowyer|name]]. ICPC to be held by [[4 December|date]].
Actions: HC to tell [[Jodie|name]] today; ZB to arrest or interview [[Lee|name]]; LP to check [[Alfie|name]]'s account with his mum.
"""),
    ("mother's texts to her social worker typed up", """Texts from [[Jodie|name]] ([[07723 418 506|phone]]) to [[Harriet|name]] (work
mobile), copied in by [[H Cope|name]] on
[[24/11/2026|date]]. Spelling as sent.

[[21/11|date]] 07:12  [[harriet|name]] its [[jodie|name]]. can i have the kids back today theyv been at mums 1 nite thats enough
[[21/11|date]] 07:13  [[lee|name]] aint here i swear down hes at his mams in [[hurdsfield|place]]
[[21/11|date]] 09:40  [[kayden|name]] rang me crying cos nan made him have a bath lol
[[21/11|date]] 19:02  my mum is chattin shit to u about me. ask [[dale|name]] where he was for 3 year
[[22/11|date]] 10:15  can u tell [[paisley|name]]s nursery she can go back monday. its the one on [[park lane|address]]
[[22/11|date]] 10:16  ([[Harriet|name]] replied at 10:30 - see the contact log)
[[23/11|date]] 23:48  he come round. hes kickin off at the door. i didnt let him in
[[23/11|date]] 23:51  hes gone. his mate [[bri|name]] picked him up in the van
[[24/11|date]] 08:05  sorry about last nite. do i need to tell that [[zoe|name]] from the police
[[24/11|date]] 08:06  i dont want [[kayd|name]] to know

Note by [[H Cope|name]]: the names above are written as she wrote them: "[[jodie|name]]", "[[lee|name]]", "[[kayden|name]]",
"[[dale|name]]",
"[[paisley|name]]", "[[zoe|name]]" (DC [[Birtles|name]]), "[[kayd|name]]" ([[Kayden|name]]) and "[[bri|name]]" (a friend of Mr
[[Bowyer|name]]; full name not known).
"""),
    ("neighbour's handwritten letter, scanned and OCR'd", """[scan of a handwritten letter, 1 page, lined paper; OCR text below, line breaks
kept; handed in at the
Town Hall reception [[25 Nov 2026|date]]]

To the Social Services                                         [[20 Gunco Lane|address]]
                                                               [[Moss Rose|place]]
                                                               [[Macc|place]] [[SK11 7JQ|postcode]]
Dear Sir or Madam,
I am writing about the family at [[no 22|address]] ([[Jodie|name]] and her two, [[Kayden|name]] and the little one [[Paisley|name]]). I
have lived here 31 years and I know what I heard. On the Sunday ([[15th Novem
ber|date]]) about 9 at night there was shouting and a bang on the wall and the little lad crying "stop it [[Lee|name]]" over and
over. My husband [[Ron|name]] went round but nobody answered. This is not the first time. In the summer the boy was sat on
the step till gone ten because he was locked out, we gave him a sausage roll. His Nan [[Sandra|name]] is a lovely woman, she
used to work with me at the mill on [[Pickford Street|address]] before it shut.
I have seen the man [[Lee|name]] come back since the Friday - no I mean since the Saturday - in a silver car, and another man [[Brian
Oldfield|name]] with a white van that says [[Oldfield|name]] Plastering on it.
[[Kayden|name]] plays out with my grandson [[Lewis|name]] when he stops over, and with the [[Gerrard|name]] boys from [[no. 26|address]]. He
told [[Lewis|name]] he sleeps in his coat. My daughter [[Sharon Hine|name]] is a dinner lady at [[Ivy Bank|school]] and she says
the same, that he is always starving. She lives on [[Ryles Park Road|address]] if you want to speak to her.
I don't want trouble from them so please don't say it was me. My number is [[01625 574 206|phone]].
Yours faithfully
[[W. Hine|name]] (Mrs)
[[Wendy Hine|name]]
"""),
]


# --- B. Brunner / Caflisch family (Swiss, from Graubünden and Winterthur), Weston, Macclesfield ----------------------------

HOME_B = d.Address("9 Earlsway", "Weston", "Macclesfield", "SK11 8RL")
GROSI_B = d.Address("Technikumstrasse 12", "", "Winterthur", "8400")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Gian-Luca", "Brunner")], dt.date(2012, 9, 14), addresses=[HOME_B], ids=["6105752555", "P895411584755"],
       schools=["Bollin Vale Academy"]),
    _p("s", "sibling", [("Seraina", "Brunner")], dt.date(2019, 3, 3), addresses=[HOME_B], ids=["6130168365"],
       schools=["Weston Brook Primary School"]),
    _p("m", "mother", [("Ursina", "Caflisch")], dt.date(1985, 5, 27), addresses=[HOME_B], phones=["07912 603 248"]),
    _p("f", "father", [("Reto", "Brunner")], dt.date(1982, 1, 9), addresses=[HOME_B], phones=["07458 930 612", "+41 79 412 58 36"]),
    _p("g", "grandparent", [("Annemarie", "Brunner")], dt.date(1956, 7, 1), addresses=[GROSI_B], phones=["+41 52 213 47 90"]),
    _p("p1", "professional", [("Owen", "Pickford")], phones=["01625 378 144"], emails=["owen.pickford@bollindane.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school's safeguarding referral", """[[BOLLIN VALE ACADEMY|school]] - REQUEST FOR SUPPORT / SAFEGUARDING REFERRAL TO
CHILDREN'S SERVICES
Submitted by: [[Fiona Rathbone|name]], Designated Safeguarding Lead      Date: [[09/11/2026|date]]      Tel: [[01625 428 377|phone]]
Pupil: [[Gian-Luca BRUNNER|name]]   Year 9   DOB: [[14-09-2012|dob]]   UPN: [[P895411584755|upn]]
Known as: "[[Gigi|name]]" by friends; "[[Luca|name]]" by staff
Home address: [[9 Earlsway|address]], [[Weston|place]], [[Macclesfield|place]], [[SK11 8RL|postcode]]
Parents: Mr [[Reto Brunner|name]] (father, [[07458 930 612|phone]]), Ms [[Ursina Caflisch|name]] (mother, [[07912 603 248|phone]])
Sibling: [[Seraina Brunner|name]] (7), [[Weston Brook Primary|school]]
First language at home: Swiss German (Bündnerdeutsch); [[Ursina|name]] also speaks Romansh. English fluent.

Reason for referral: On Friday [[6 November|date]] PE teacher Mr [[Tom Stanier|name]] saw fresh cuts on [[Gian-Luca|name]]'s left forearm,
and older healed ones. [[Luca|name]] told our counsellor, Ms [[Bethan Lloyd-Roberts|name]], that he cuts "when Papi gets loud", that his
father "throws things at Mami" and that last weekend he pushed her into the glass door of the conservatory. He said his
sister [[Seraina|name]] hides in the wardrobe with her earphones. He asked us not to tell his father "because he will send me to
[[Chur|place]] to the boarding school". He wants to live with his grandmother, "Grosi [[Anne|name]]" ([[Annemarie Brunner|name]]), in
[[Winterthur|place]], or with his friend [[Harvey Bradbury|name]]'s family on [[Birtles Road|address]].
Mr [[Brunner|name]] works for AstraZeneca and is often in [[Basel|place]] and [[Gothenburg|place]]. Ms [[Caflisch|name]] works part-time
at the Silk Museum shop. She came in on [[9 Nov|date]] at our request and cried; she said "in Switzerland nobody calls the
police for this". She asked for help but is frightened of losing her residence status (she says she is on her husband's visa).
Previous concerns: none on CPOMS. [[Luca|name]]'s attendance 97%. Form tutor: Mrs [[Helen Cartledge|name]].
Parent informed of referral: mother yes (consent); father no (risk).
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Conference date: [[1 December 2026|date]]   Venue: Macclesfield Town Hall, Committee Room 2, and Teams
Chair (Independent): [[Mandeep Gill|name]]   Social worker: [[Owen Pickford|name]] ([[01625 378 144|phone]],
[[owen.pickford@bollindane.gov.uk|email]])
Children: [[BRUNNER Gian-Luca|name]] (b. [[14.09.2012|dob]], NHS [[610 575 2555|nhs]]); [[BRUNNER Seraina|name]] (b. [[03.03.2019|dob]],
NHS [[613 016 8365|nhs]])
Parents: [[Reto Andrea BRUNNER|name]] (b. [[09.01.1982|dob]]); [[Ursina CAFLISCH|name]] (b. [[27.05.1985|dob]]). Married, not divorced.
Family abroad: paternal grandmother [[Annemarie Brunner|name]], [[Technikumstrasse 12|address]], [[8400|postcode]] [[Winterthur|place]]
([[+41 52 213 47 90|phone]]); maternal uncle [[Flurin Caflisch|name]], [[Via dal Bagn 7|address]], [[7500|postcode]] [[St. Moritz|place]].

1. Why we are here. [[Gian-Luca|name]]'s disclosures to school on [[6 and 9 November|date]] (see referral), and [[Seraina|name]]'s own
account to me on [[13/11/2026|date]], seen at [[Weston Brook Primary School|school]] with her teacher Miss [[Amber Gaskell|name]]: "Papi
threw the raclette thing and Mami had blood".
2. Mr [[Brunner|name]]'s account. Seen at home on [[17 November|date]]. He said he has "a Swiss temper" but has never hit his wife;
the glass broke when she "fell against it". He said he will take the children to [[Winterthur|place]] for Christmas on the
[[19th|date]] and that nobody can stop him. Passports are Swiss and British (dual); he holds them.
3. Ms [[Caflisch|name]]'s account. Seen alone, [[18/11|date]], with a Romansh-speaking friend, Mrs [[Ladina Bezzola|name]], for support (she
did not want an interpreter). She described four years of control: he has the bank cards, checks her phone, took her car
keys ([[KX21 HWF|vehicle]]), and in [[Chur|place]] in 2022 strangled her until she saw stars. She has told her friend
[[Claire Bagshaw|name]]
from the Silk Museum and her GP, Dr [[Priti Shah|name]] (Waters Green Medical Centre).
4. Police (PC [[Sam Hewitt|name]], [[Macclesfield|place]] NPU): DA incident [[21/11/2026|date]] 22:14, [[9 Earlsway|address]]; Mr
[[Brunner|name]] arrested,
released under investigation, bail refused by CPS; no conditions.
   Network: Mrs [[Joanne Bradbury|name]] and Mr [[Stuart Bradbury|name]], [[41 Birtles Road|address]], [[Macclesfield|place]] (friends;
[[Harvey|name]]'s
   parents); Mrs [[Ladina Bezzola|name]], [[Prestbury|place]]; the children's Swiss godmother, [[Corina Casty|name]], in [[Thusis|place]].
   [[Seraina|name]]'s class teacher Miss [[Gaskell|name]] and teaching assistant Mrs [[Linda Pott|name]] report that she draws "the glass
   house". [[Gian-Luca|name]]'s Scouts leader in [[Bollington|place]], [[Richard Cheetham|name]], says he has been quiet since October.
5. Analysis. Risk of significant harm (emotional; physical to [[Gian-Luca|name]] by self-harm; risk of removal abroad).
Recommendation: both children subject to child protection plans (emotional abuse); legal planning meeting re a prohibited
steps order; IDVA referral ([[Janine Whitworth|name]], Cheshire East Domestic Abuse Hub); CAMHS for [[Luca|name]].
"""),
    ("email chain with the mother, partly in Swiss German", """From: [[Ursina C|name]] <[[ursi.caflisch85@bluewin.ch|email]]>
To: [[Owen Pickford|name]] <[[owen.pickford@bollindane.gov.uk|email]]>
Date: Sun, [[29 Nov 2026|date]] 21:37
Subject: AW: Konferenz / conference on Tuesday

Hoi [[Owen|name]]
sorry my English is bad when I am tired. I write some in German, my friend [[Ladina|name]] will help me translate.
Ich ha mit em [[Reto|name]] nöd gredt. Er isch am Fritig uf [[Basel|place]] und chunnt am Mäntig am Abig zrugg.
(= I have not spoken to [[Reto|name]]. He goes on Friday to [[Basel|place]] and comes back Monday evening.)
[[Gigi|name]] was at [[Harvey|name]]'s on saturday, the mother Mrs [[Bradbury|name]] is very kind. [[Seraina|name]] slept in my bed.
My mother in law rang me from [[Winterthur|place]], she says [[Reto|name]] has booked flights [[Manchester|place]]-[[Zürich|place]] for the
[[19.12.|date]]
for him and the kids, not for me. She is on our side I think. Her number is [[+41 52 213 47 90|phone]], she speaks English
a little. Her name is [[Annemarie|name]] but everyone say [[Anne|name]] or [[Anne-Marie|name]].
My brother [[Flurin|name]] says I can come to him in [[St Moritz|place]] but I don't want to take the kids out of the school.
Can I bring [[Ladina|name]] on Tuesday? And what means "ICPC"?
Liebi Grüess
[[Ursina|name]]
--
Sent from my iPhone

> On [[27 Nov 2026|date]], at 16:02, [[Owen Pickford|name]] wrote:
> Dear [[Ursina|name]], thank you for seeing me on Wednesday ([[25 November|date]]). The conference is on Tuesday
> [[1 December|date]] at 10am at the Town Hall. [[Gian-Luca|name]] may come for the first part if he wants. Best wishes, [[Owen|name]]
"""),
    ("duty worker's transcription of voicemails", """Voicemails left on the [[Macc|place]] duty line overnight [[02/12/2026|date]] -
[[03/12/2026|date]], transcribed by [[Gemma Nixon|name]]
(duty SW) at 08:45. Caller numbers from the phone system.

1) 23:14 from [[+41 79 412 58 36|phone]] (father's Swiss mobile) - male, angry, slight accent:
"Yes, this is [[Reto Brunner|name]], the father of [[Gian-Luca|name]] and [[Seraina|name]] [[Brunner|name]]. I was not invited properly to
your
so-called conference. Mister [[Pickford|name]] has decided before he speaks to me. I have a lawyer, Mister [[Hofstetter|name]] in
[[Zürich|place]],
and a solicitor in [[Wilmslow|place]], Ms [[Garside|name]] - ehm, [[Garside|name]] - and we will see. My children are Swiss citizens.
You can call me at this number or at zero seven four five eight, nine three zero, six one two." (ends 0:58)
[Transcriber: the second number he says is [[07458 930 612|phone]], on the record.]

2) 23:40 from [[07912 603 248|phone]] (mother) - female, whispering:
"Hello, it's [[Ursi|name]], [[Ursina|name]]. He is - he is in the car outside, he came back from the airport early. The kids are at
[[Harvey|name]]'s house on [[Birtles Road|address]], I said they can sleep there. Please can someone ring me in the morning, not now.
Sorry. Sorry." (ends 0:31)

3) 06:52 from [[01625 428 377|phone]] (school landline) -
[[Fiona|name]] from [[Bollin Vale|school]]:
"Hi, it's [[Fiona Rathbone|name]], DSL at [[Bollin Vale|school]], just so you know [[Luca|name]]'s friend's mum, [[Joanne Bradbury|name]],
rang me
at home at half six; the kids are safe with her. Dad turned up there at midnight and she didn't open the door; she called 999.
Ring me on the school number." (ends 0:24)

4) 07:31 from [[+41 52 213 47 90|phone]] (grandmother, [[Winterthur|place]]) - female, older, English with effort:
"Good morning, here is [[Annemarie Brunner|name]], the mother of [[Reto|name]]. [[Ursina|name]] gave me this number. I am very worried
for [[Gian-Luca|name]] and [[Seraina|name]]. My son is not well, he is like his father, my husband [[Hansruedi|name]], God rest him. If the
children need to come to [[Winterthur|place]] I can have them, but not without their mother. My address is [[Technikumstrasse
12|address]], [[8400|postcode]] [[Winterthur|place]]. My neighbour Frau [[Meier|name]] - Mrs [[Meier|name]] - she speaks
better English, she can help. Thank you. Adieu." (ends 1:12)
[Transcriber: passed all four to [[Owen Pickford|name]] and to the team manager, [[Dawn Lancaster|name]], at 08:50.]
"""),
]


# --- C. Hancock / Plant family (white British), Bromley Farm, Congleton ----------------------------------------------------

HOME_C = d.Address("18 Tudor Way", "Bromley Farm", "Congleton", "CW12 4QT")
GRANDAD_C = d.Address("2 Chapel Bank", "Mow Cop", "Stoke-on-Trent", "ST7 4NR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Hancock")], dt.date(2014, 10, 21), addresses=[HOME_C], ids=["4736660031", "Z895775744322"],
       schools=["Marlfields Lane Primary School"]),
    _p("s", "sibling", [("Mia", "Plant")], dt.date(2021, 6, 11), addresses=[HOME_C], ids=["9599028376"]),
    _p("m", "mother", [("Kerry", "Plant")], dt.date(1993, 12, 4), addresses=[HOME_C], phones=["07534 771 209"]),
    _p("f", "father", [("Craig", "Hancock")], dt.date(1990, 3, 17), phones=["07817 452 963"]),
    _p("o", "other", [("Shaun", "Dale")], dt.date(1988, 9, 29)),
    _p("g", "grandparent", [("Terry", "Plant")], dt.date(1962, 4, 15), addresses=[GRANDAD_C], phones=["01782 541 276"]),
    _p("p1", "professional", [("Becky", "Lomas")], phones=["01260 276 318"], emails=["becky.lomas@bollindane.gov.uk"]),
], "c")

DOCS_C = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Tyler-Jay HANCOCK|name]] (DOB [[21/10/2014|dob]]) and
[[Mia PLANT|name]] (DOB [[11/06/2021|dob]])
Compiled by [[Becky Lomas|name]], SW, [[Congleton|place]] Team, for the review conference of [[10 December 2026|date]]. Sources in brackets.

Date        | Event                                                                                         | Source
[[11.06.2021|date]]  | [[Mia|name]] born at Leighton Hospital. Father not named. Mother living with [[Craig Hancock|name]] at
[[Flat 2, 40 Mill Street|address]],
            | [[Congleton|place]].                                                                                | HV
[[03.02.2022|date]]  | DA incident: [[Craig|name]] punched [[Kerry|name]] at the flat; [[Tyler-Jay|name]] (7) rang 999 himself.
    | Police
[[14.02.2022|date]]  | [[Craig Hancock|name]] moves to [[Biddulph|place]]. Mother and children to [[18 Tudor Way|address]],
[[Bromley Farm|place]].   | Housing
Sept 2023   | (month only on the school log) [[Tyler-Jay|name]] excluded 1 day for hitting a TA, Mrs [[Joy Amison|name]].| School
[[19.04.2024|date]]  | Mother's new partner [[Shaun Dale|name]] (b. [[29/09/1988|dob]]) moves in. Known: drugs supply, [[Crewe|place]],
2019.   | Police
[[02.08.2025|date]]  | [[Mia|name]] (4) found by a dog walker, Mr [[Ian Sherratt|name]], alone by Astbury Mere at 07:40.           | Police
[[04.08.2025|date]]  | Single assessment. Outcome: CIN. Grandad [[Terry Plant|name]] ([[Mow Cop|place]]) to help with mornings.      | CSC
[[12.01.2026|date]]  | [[Tyler-Jay|name]] tells Mrs [[Leah Johnson|name]] (class teacher, [[Marlfields Lane|school]]) that "[[Shaun|name]]
keeps a  | School
            | knife under the settee" and that [[Dale|name]]'s friends come "with bags".                                 |
[[20/01/2026|date]]  | Police warrant at [[18 Tudor Way|address]]: cannabis (cultivation, back bedroom); [[Dale|name]] charged.          |
Police
[[26.01.2026|date]]  | ICPC: both children on plans (neglect). [[Dale|name]] not to live at the house (written agreement).           | CSC
[[29/05/2026|date]]  | [[Kerry|name]] seen by PCSO [[Nadia Heath|name]] in a car with [[Dale|name]] at Congleton Park.              | Police
[[30.05.2026|date]]  | [[Tyler-Jay|name]] (11) missing overnight; found at 06:10 at his dad's in [[Biddulph|place]] (walked over the Cloud).
| Police
[[16.09.2026|date]]  | [[Tyler-Jay|name]] starts at [[Congleton High|school]]. First week: 2 days. HoY Mr [[Dean Plant|name]] (no relation).
  | School
[[08.10.2026|date]]  | [[Mia|name]] presents at the War Memorial Hospital MIU with a burn to her palm (hair straighteners).     | Health
[[14.11.2026|date]]  | DA incident at [[18 Tudor Way|address]]: [[Dale|name]] returns; PPN (PC [[Kyle Brereton|name]]). [[Terry|name]] stays
over.   | Police
[[17.11.2026|date]]  | Strategy discussion (chair [[Angela Barlow|name]]); [[Kerry|name]] and the children to [[Mow Cop|place]] for a week.
      | CSC
[[21/11/2026|date]]  | [[Dale|name]] arrested at [[Flat 11, Havannah House|address]]; remanded to HMP Altcourse.                       |
Police
[[02.11.2026|date]]  | [[Craig Hancock|name]] applies for a child arrangements order for [[Tyler-Jay|name]] ([[Stoke|place]] family court).
      | Cafcass
"""),
    ("police public protection notice", """CHESHIRE CONSTABULARY - PUBLIC PROTECTION NOTICE (PPN) - CHILD AT RISK / DOMESTIC ABUSE
PPN ref: PPN/CW/26/114762    Occurrence: 26000457781    Date/time of incident: [[14/11/2026|date]] 21:35
Officer submitting: PC 3306 [[Kyle Brereton|name]], [[Congleton|place]] LPU      Supervisor: Sgt 1172 [[Rachel Oakden|name]]
Location: [[18 TUDOR WAY|address]], [[BROMLEY FARM|place]], [[CONGLETON|place]] [[CW12 4QT|postcode]]

SUBJECTS
Victim:  [[PLANT, Kerry Louise|name]]   DOB [[04/12/1993|dob]]   Tel [[07534 771 209|phone]]
Suspect: [[DALE, Shaun Anthony|name]]   DOB [[29/09/1988|dob]]   NFA address; believed staying at [[Flat 11, Havannah House|address]],
         [[Buglawton|place]], with [[Jason Rowley|name]]
Children present: [[HANCOCK, Tyler-Jay|name]] (12), [[PLANT, Mia|name]] (5)
Other adult attending after: [[PLANT, Terence|name]] (maternal grandfather), [[01782 541 276|phone]]

CIRCUMSTANCES
Neighbour [[Nicola Beech|name]] ([[16 Tudor Way|address]]) called 999 reporting a man shouting "I'll torch the place". On arrival
[[DALE|name]] had left on foot towards [[Bromley Road|address]]. The victim had red marks to her neck. She said [[Shaun|name]] grabbed her
when she
would not give him money. [[Tyler-Jay|name]] (12) said he hit [[Shaun|name]] with a hoover pole to make him stop. [[Mia|name]] was asleep.
The child [[Tyler|name]] told me "he's not meant to be here, the social said". Grandad [[Terry|name]] arrived from [[Mow Cop|place]] at
22:20 and
stayed. Vehicle seen by the neighbour: blue Fiesta [[MA66 ZTU|vehicle]], registered to [[Chantelle Rowley|name]] of [[Sandbach|place]].

Previous: [[DALE|name]] convicted [[12/03/2019|date]] (possession with intent, [[Crewe|place]]); DA with ex-partner [[Stacey Wain|name]]
of [[Middlewich|place]], 2021. Associates: [[Jason ROWLEY|name]] ([[13/06/1990|dob]]); [[Chantelle ROWLEY|name]] (sister of [[Jason|name]]).
DASH: 16 ticks (HIGH). MARAC referral: YES. Children's services informed: EDT (Mrs [[Pat Doody|name]]) 23:05.
Voice of the child (own words): "Mum always lets him back. I'm the one who has to sort it."
"""),
    ("Messenger chat printed by the school", """[Printed from a pupil's phone by the DSL, [[Congleton
High School|school]], with his consent, [[19/11/2026|date]]. Facebook
Messenger; contact names as saved on his phone. Staples removed for scanning.]

TJ 🐺 / [[Tyler|name]] and "Grandad 🧔" - [[17 November 2026|date]]

Grandad 🧔  18:02  u ok lad. is [[shaun|name]] there
TJ 🐺  18:03  no. mum said hes at [[jason|name]]s in [[buglawton|place]]
Grandad 🧔  18:03  if he comes u ring me straight away and then ring 999
TJ 🐺  18:05  i know. [[mia|name]] wants to come to urs on saturday
Grandad 🧔  18:06  course she can. tell [[mia|name]] nanna [[pat|name]] has got the paddling pool out in the kitchen haha
TJ 🐺  18:07  lol its november
Grandad 🧔  18:10  does ur mum no i am picking u up from [[kerrys|name]] mate [[donnas|name]]. the one on [[brook street|address]]
TJ 🐺  18:12  yh she nos
TJ 🐺  21:48  grandad he is here. hes outside in [[chantelles|name]] car
Grandad 🧔  21:48  im coming. lock the door. ring 999 now
TJ 🐺  21:49  mum let him in
Grandad 🧔  21:49  on my way [[ty|name]]

"""),
    ("grandfather's own letter to the conference chair", """
[[2 Chapel Bank|address]]
                                                          [[Mow Cop|place]]
                                                          [[ST7 4NR|postcode]]
                                                          [[30th November 2026|date]]
Dear Mrs [[Barlow|name]],

My name is [[Terry Plant|name]] and I am [[Kerry|name]]'s dad and grandad to [[Tyler-Jay|name]] and [[Mia|name]]. The social worker
[[Becky|name]] said I could write to you as I cannot get to the meeting on the [[10th|date]], I work shifts at the quarry at
[[Kerridge|place]] and they won't let me off.

I want to say what I think. My daughter is not a bad mum but she can't see what [[Shaun Dale|name]] is. He has been back
three times since the summer that I know of. [[Ty|name]] is carrying all of it. He is 12 and he is trying to be the man of the
house. He walked to his dad's in [[Biddulph|place]] in the night over the Cloud in May, he could have been killed on
[[Congleton Road|address]]. I don't blame him for wanting to be with [[Craig|name]], [[Craig|name]] has sorted himself out and
has a job with [[Hancock|name]] and Sons, that's his uncle's firm in [[Knypersley|place]].

Me and my partner [[Pat Lowndes|name]] will have the children here, we have the room now my other grandson [[Reece|name]] has moved to
[[Alsager|place]]. We are on the bus route to [[Congleton|place]] for [[Tyler-Jay|name]]'s school. [[Mia|name]] can go to the nursery in the
village
where [[Pat|name]]'s niece works. I am 64 and fit. I have never been in trouble.

Please let me know what is decided. My phone is [[01782 541 276|phone]] or the mobile [[07590 347 816|phone]].

Yours sincerely,
[[T. Plant|name]]
[[Terence (Terry) Plant|name]]
"""),
]


# --- D. Laishram / Thoudam family (Meitei, from Manipur), Buglawton, Congleton ---------------------------------------------

HOME_D = d.Address("14 Buxton Road", "Buglawton", "Congleton", "CW12 2DY")
IBOK_D = d.Address("Keishamthong Top Leirak", "", "Imphal", "795001")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Linthoi", "Laishram")], dt.date(2016, 2, 26), addresses=[HOME_D], ids=["6462770481", "L895558989032"],
       schools=["Buglawton Hall Primary School"]),
    _p("s", "sibling", [("Ningthem", "Laishram")], dt.date(2020, 8, 8), addresses=[HOME_D], ids=["6202723939"]),
    _p("m", "mother", [("Bidyarani", "Thoudam")], dt.date(1987, 11, 1), addresses=[HOME_D], phones=["07402 118 735"]),
    _p("f", "father", [("Romesh", "Laishram")], dt.date(1984, 5, 19), phones=["+971 50 318 4627", "+91 98620 41735"]),
    _p("g", "grandparent", [("Ibemhal", "Thoudam")], None, addresses=[IBOK_D], phones=["+91 385 241 7736"]),
    _p("p1", "professional", [("Niamh", "Ferris")], phones=["01260 298 441"], emails=["niamh.ferris@bollindane.gov.uk"]),
], "c")

DOCS_D = [
    ("young carer's needs assessment", """YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s17ZA) - Bollin Dane Young Carers
Service
Young carer: [[LAISHRAM Linthoi|name]] (given name [[Linthoi|name]]; family name [[Laishram|name]] comes first in Manipuri use)
Known as: [[Thoi|name]]   DOB: [[26 Feb 2016|dob]]   NHS: [[646 277 0481|nhs]]   UPN: [[L895558989032|upn]]
School: [[Buglawton Hall Primary School|school]] (Year 6)    Address: [[14 Buxton Road|address]], [[Buglawton|place]], [[Congleton|place]]
[[CW12 2DY|postcode]]
Person cared for: mother, [[Thoudam Bidyarani Devi|name]] (b. [[01/11/1987|dob]]; staff nurse, Macclesfield District General Hospital,
currently signed off sick); also brother [[Ningthem|name]] (6), known at home as "[[Tomba|name]]".
Assessor: [[Niamh Ferris|name]], Young Carers Worker ([[01260 298 441|phone]], [[niamh.ferris@bollindane.gov.uk|email]])
Seen: at school [[12/11/2026|date]] and at home [[18/11/2026|date]] (with Ima present for the second half).

What [[Thoi|name]] told me. Since her grandfather died in [[Imphal|place]] in July, Ima "stays in bed and cries and doesn't eat". Her
father, [[Laishram Romesh Singh|name]], works as a site engineer in [[Dubai|place]] and comes home twice a year; he rings on video
every night from [[+971 50 318 4627|phone]]. [[Thoi|name]] gets up at 6 to make rice and dal for [[Tomba|name]], walks him to nursery
([[Little Acorns|school]] on [[Havannah Street|address]]), does the washing, and reminds Ima to take her tablets ("the white ones the doctor
gave"). She translates letters because Ima "gets muddled with English when she's sad". She said she is not allowed to
tell anyone because "in Manipur family keep their own problems". Her best friend is [[Evie Pointon|name]]; she has not been to
[[Evie|name]]'s house since the summer. She likes drawing, Korean dramas and Thang-Ta (a martial art) with Mr
[[Sanjoy Khuman|name]] at the community hall in [[Crewe|place]] on Sundays, which she has stopped.

Family and network. Maternal grandmother, Ibok [[Thoudam Ibemhal|name]], at [[Keishamthong Top Leirak|address]], [[Imphal|place]]
[[795001|postcode]]
([[+91 385 241 7736|phone]]). Aunt ("Ine") [[Ngangbam Sanatombi|name]] in [[Stoke|place]] (a nurse at Royal Stoke). Family friend
Mrs [[Memchoubi Chanu|name]] in [[Sandbach|place]], who brings food on Saturdays.
Other children in the network: cousins [[Ngangbam Bidyapati|name]] (14) and [[Ngangbam Thoithoi|name]] (9) in [[Stoke|place]];
[[Evie|name]]'s
mum, [[Stacey Pointon|name]], on [[Lamberts Lane|address]], offers to have [[Thoi|name]] after school. The community hall in [[Crewe|place]]
is run by the Manipuri association (secretary Mr [[Yumnam Ibomcha|name]], [[07950 318 427|phone]]).
Outcome: significant caring role, inappropriate for age. Plan: young carers group (Tuesdays), respite trips; referral to
the GP (Dr [[Kamran Siddiqui|name]]) for Ima's mood; letter to [[Romesh|name]]; school to give [[Thoi|name]] homework club.
"""),
    ("GP letter to children's services", """Bradshaw House Surgery
[[Congleton|place]]  [[CW12 1EP|postcode]]   Tel [[01260 271 904|phone]]

[[4th December 2026|date]]

PRIVATE AND CONFIDENTIAL
To: [[Niamh Ferris|name]], Young Carers Service, and [[Nadine Swettenham|name]], Social Worker, [[Congleton|place]] Team

Dear Ms [[Ferris|name]] and Ms [[Swettenham|name]]
Re: Mrs [[Bidyarani Thoudam|name]] ([[DEVI, Bidyarani|name]] on our system - please note both), DOB [[01.11.87|dob]], NHS
[[570 802 0598|nhs]]
    and her children [[Linthoi Laishram|name]] (DOB [[26.02.16|dob]], NHS [[646 277 0481|nhs]]) and [[Ningthem Laishram|name]] (DOB
[[08.08.20|dob]],
    NHS [[620 272 3939|nhs]]), [[14 Buxton Rd|address]], [[Congleton|place]]

Thank you for your letter of [[26 November|date]]. With Mrs [[Thoudam|name]]'s consent I can share the following.
She is 39 and until August worked as a staff nurse on the children's ward. Following the sudden death of her father in
[[Imphal|place]] (she was unable to travel because of the unrest in Manipur and the flight costs) she developed a moderate to
severe depressive episode with prolonged grief. She has no thoughts of harming the children and a strong protective bond,
but reported passive thoughts of not waking up. She has been started on sertraline 50mg and referred to the Macclesfield
Community Mental Health Team (key worker [[Siobhan Birch|name]]). I saw her with her husband on a video link; Mr [[Laishram|name]] plans to
return from [[Dubai|place]] for a month on the [[18th|date]].
[[Linthoi|name]] attends with her mother and has acted as interpreter on two occasions; I have stopped this, and we will
book a Meitei or Bengali interpreter (Language Line). [[Ningthem|name]]'s immunisations are up to date.
Her sister, Mrs [[Ngangbam Sanatombi|name]] (a nurse at Royal Stoke, [[07391 552 046|phone]]), attended the last appointment and
is willing to help with the children; a family friend, Mrs [[Memchoubi Chanu|name]], drives her to appointments. Next review
with me [[18/12/2026|date]]; with the practice nurse, [[Julie Bostock|name]], for bloods on [[9 December|date]].
Yours sincerely
Dr [[K. Siddiqui|name]] MBChB MRCGP
"""),
    ("family WhatsApp messages typed up and translated", """Family WhatsApp group "[[Laishram|name]] Family 🏠" - shown to the worker by
[[Linthoi|name]] on her mother's phone, [[25/11/2026|date]];
typed up with [[Linthoi|name]]'s help. Messages in Manipuri (Bengali script) translated by Mrs [[Oinam Premila|name]] (interpreter,
Language Line ID 208417), [[27/11/2026|date]]. Contacts as saved.

[[25/11/26|date]], 06:31 - Ipa ✈️: Good morning [[Thoi|name]]. Is Ima awake?
[[25/11/26|date]], 06:40 - [[Thoi|name]]: no. I made [[tomba|name]] breakfast. hes got his coat
[[25/11/26|date]], 06:41 - Ipa ✈️: Good girl. Tell Ima to call me after 10 [[Dubai|place]] time
[[25/11/26|date]], 07:02 - Ibok 🙏: [[লিনথোই|name]], ইমা কেমন আছে? [[ইম্ফাল|place]] থেকে আমি প্রার্থনা করছি
   (Translation: [[Linthoi|name]], how is Ima? I am praying from [[Imphal|place]])
[[25/11/26|date]], 07:05 - [[Thoi|name]]: she is ok ibok. dont worry. [[ningthem|name]] says hi
[[25/11/26|date]], 07:06 - Ibok 🙏: [[নিংথেম|name]] কে আমার ভালোবাসা দিও। [[সনাতোম্বি|name]] কে ফোন করো
   (Translation: Give my love to [[Ningthem|name]]. Phone [[Sanatombi|name]])
[[25/11/26|date]], 07:30 - Ine [[Sanatombi|name]]: [[Thoi|name]] I'm on nights, I'll come Thursday after I wake up. Don't tell Ima I'm
coming, she'll tidy 🙃
[[25/11/26|date]], 07:31 - Ine [[Sanatombi|name]]: and you go to school ok?? Mrs [[Chanu|name]] will pick [[Tomba|name]] up from
[[Havannah St|address]]
[[25/11/26|date]], 12:14 - Ipa ✈️: [[Bidya|name]] please answer. I am worried
[[25/11/26|date]], 12:52 - Ima: I am ok. Sleeping. Sorry
[[25/11/26|date]], 12:53 - Ipa ✈️: I have booked for [[18 December|date]], [[Dubai|place]]-[[Manchester|place]]. Two days in [[Delhi|place]]
first for my brother [[Premchand|name]]

(Contacts "Ipa", "Ima", "Ibok" and "Ine" are the Meitei words for father, mother, grandmother and aunt; they are how the family
saved each other and are not names here.)
"""),
    ("child's own my-world worksheet", """[Worksheet "MY WORLD" completed by the child with the young carers worker, [[18/11/2026|date]];
her words and spelling kept.
Photo on file.]

My name is: [[Linthoi|name]] but everyone calls me [[Thoi|name]]. In Manipuri writing it is [[লিনথোই|name]].
I live at: [[14 buxton road|address]] in [[congleton|place]] with Ima and my little brother [[tomba|name]] (real name [[Ningthem|name]]).
My Ipa lives in: [[Dubai|place]] (for work) - he has a flat in [[Al Qusais|place]] with his friend [[Bikram|name]] uncle.
My Ibok lives in: [[Imphal|place]], near Ima Keithel (the big market run by all ladies!!)
People who help me: Miss [[Rowlinson|name]] (my teacher), [[Niamh|name]], Ine [[Sanatombi|name]], Mrs [[Chanu|name]] and her son
[[Bobby|name]]
My best friend: [[evie p|name]] and [[Jasmine|name]] from the netball
Things I worry about: Ima being sad all the time. If [[tomba|name]] gets poorly and I have to stay home. Getting told off for
not doing my reading. If Ipa doesn't come at Christmas.
Things that make me happy: drawing, the dance at Ningol Chakouba with my cousins, [[Bobby|name]]'s dog Mango, going to Astbury
Mere with Ine [[Sanatombi|name]], BTS.
One wish: that Ima goes back to her old self and that we all go to [[Imphal|place]] in the summer to see Ibok.
"""),
]


# --- E. Ridgway / Blackwood family (white British and Turks and Caicos Islander), Upton Priory, Macclesfield -------------------------

HOME_E = d.Address("11 Barley Croft", "Upton Priory", "Macclesfield", "SK10 3JS")
DAD_E = d.Address("Flat 7, 52 Quinney Crescent", "Moss Side", "Manchester", "M16 7DX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Marcus", "Ridgway")], dt.date(2011, 7, 30), addresses=[HOME_E], ids=["1646844793", "K895900517502"],
       schools=["Tytherington School"]),
    _p("m", "mother", [("Nicola", "Ridgway")], dt.date(1981, 2, 22), addresses=[HOME_E], phones=["07706 382 914"]),
    _p("f", "father", [("Delroy", "Blackwood")], dt.date(1978, 10, 10), addresses=[DAD_E], phones=["07788 216 530"]),
    _p("s", "sibling", [("Keisha", "Ridgway")], dt.date(2006, 12, 1), addresses=[HOME_E]),
    _p("p1", "professional", [("Jade", "Sutton")], phones=["01625 503 872"], emails=["jade.sutton@bollindane.gov.uk"]),
], "c")

DOCS_E = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - Bollin Dane Council, Missing from Home service
Young person: [[Marcus RIDGWAY|name]]   DOB [[30/07/2011|dob]]   NHS [[164 684 4793|nhs]]   School: [[Tytherington School|school]] (Y11)
Address: [[11 Barley Croft|address]], [[Upton Priory|place]], [[Macclesfield|place]] [[SK10 3JS|postcode]]
Missing: from 16:00 Friday [[27 November 2026|date]] to 11:20 Sunday [[29 November 2026|date]] (third episode this term)
Found: by BTP officers at [[Crewe|place]] station, with £340 cash and two phones. Police ref 26000461902.
Interview: Tuesday [[1 Dec|date]], 16:15, at the Youth Zone; by [[Jade Sutton|name]] (RHI worker, [[01625 503 872|phone]]). Mum
not present at [[Marcus|name]]'s request.

[[Marcus|name]] (known as "[[Mook|name]]" to friends) said he went "to see a mate" in [[Crewe|place]]. He stayed in a flat off
[[Edleston Road|address]] with two older lads he called "[[Tiago|name]]" and "[[Reggie|name]]" and a girl of about 14 he did not know.
He said they "just chilled and played FIFA". He would not say where the cash came from. He said a man called "K"
is "the boss" and would not give more than the letter.
He first met "[[Tiago|name]]" through his cousin [[Jermaine Blackwood|name]] in [[Moss Side|place]] when he stayed with his dad,
[[Delroy|name]],
in the summer. He said "I'm not a runner, I'm not stupid". He has a cut on his knuckles ("football").
Push factors: arguments with mum about his grades and about his sister [[Keisha|name]]'s boyfriend, [[Connor Bailey|name]], who he says
"mugged me off". Pull factors: money, respect, the lads. He wants to be a music producer and go to [[Macclesfield College|school]].
Trusted adult: his football coach at Macclesfield FC's academy, [[Vinny|name]] ("[[Vince Hatton|name]]").
Risks: criminal exploitation (county line into [[Crewe|place]] and [[Nantwich|place]]), knife carrying (denied), debt.
[[Marcus|name]]'s mum [[Nicola|name]] (seen after, [[07706 382 914|phone]]) said his phone was "pinging" at [[Nantwich|place]] and
[[Wistaston|place]]; his sister [[Keisha|name]] found a second SIM in his [[Tytherington|school]] blazer. His grandmother,
[[Gloria Blackwood|name]],
lives in [[Cockburn Town|place]] on [[Grand Turk|place]] ([[+1 649 231 4578|phone]]) and has not seen him since 2024; his dad came
over from the Turks and Caicos in 2003 and is a Belonger, and [[Marcus|name]] says he wants to "go back to [[Grand Turk|place]] and be done
with it".
Actions: NRM consideration at the MACE panel; share with PC [[Ellie Norbury|name]] (Missing and Exploitation); mentor via
the St Barnabas youth project ([[Ryan Lucas|name]]).
"""),
    ("child exploitation panel minutes", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - EAST - MINUTES - [[03/12/2026|date]] - restricted
Chair: DI [[Samina Qureshi|name]]   Minutes: [[Lucy Brough|name]]
Present: [[Jade Sutton|name]] (RHI); [[Paul Kinsey|name]] (SW); PC [[Ellie Norbury|name]]; [[Kerry Swain|name]] (YJS); [[Imran Butt|name]]
([[Tytherington School|school]], DSL); [[Lisa Mellor|name]] (CAMHS); [[Neil Ashworth|name]] (Cheshire East housing ASB)

Item 4: [[RIDGWAY, Marcus|name]] (15, [[30-07-2011|dob]]) - [[Upton Priory|place]]
- Police intel: [[Marcus|name]] linked to the "[[Tiago|name]]" line ([[Tiago Fernandes-Reid|name]], 19, of [[Wythenshawe|place]]), running
into
  [[Crewe|place]] and [[Macc|place]]. Cuckooed address believed [[Flat 3, 88 Edleston Rd|address]], [[Crewe|place]] (tenant
[[Margaret Dunn|name]], 71).
  A black Audi A3 [[LV20 OKT|vehicle]] and a grey Golf [[MF19 YXH|vehicle]] seen dropping [[Marcus|name]] at [[Hurdsfield|place]] twice.
- Also seen with [[Brandon Flint|name]] (15, of [[Hurdsfield|place]]).
- School: [[Marcus|name]] has come in with new trainers and a Moncler; missed 11 sessions since half term.
- Dad ([[Delroy Blackwood|name]], [[07788 216 530|phone]]) wants him to come to [[Manchester|place]]. Panel: not advised, as the cousin,
  [[Jermaine|name]], is linked to the same line.
- Mum (Ms [[Ridgway|name]], [[07706 382 914|phone]]) frightened; someone posted a bullet-shaped keyring through the door at
[[Barley Croft|address]].
- Housing: [[Neil|name]] reports a complaint from a neighbour, Mr [[Derek Plumb|name]] at [[no. 9|address]], about cars at night; the
  Golf stopped by PC [[Danny Whalley|name]] on [[Priory Lane|address]] [[22/11|date]] with [[Reggie Asante|name]] (20, [[Sale|place]])
driving.
- YJS: [[Marcus|name]] not known; [[Brandon|name]] known (referral order, [[Knutsford|place]] youth court, [[4 June 2026|date]]).
Actions: NRM referral (PK) by [[10/12|date]]; disruption - CAWN to [[Fernandes-Reid|name]] (EN); trusted-relationship worker via
Catch22 (JS); safety plan for [[Keisha|name]] (19) who is also at the address (PK).
"""),
    ("Snapchat screenshots OCR'd from a police download", """[Extract from a Cellebrite report, device 2 (Samsung A15, seized from
[[Marcus Ridgway|name]] [[29/11/2026|date]]).
Snapchat cache images, text recovered by OCR. OCR errors kept; "??" = unreadable. Emojis lost in OCR.]

IMG_0412  [[28/11/2026|date]] 22:14   chat: "T 🔌"
  T: yo [[mook|name]] u at the spot
  [[mook|name]]: ye
  T: 6 for [[nantwich|place]] 2mrw. [[reggie|name]] will drop u at [[co-op beam st|address]]
  [[mook|name]]: how much
  T: u still owe 2 bills bro. dont play
IMG_0413  [[28/11/2026|date]] 22:31   chat: "[[keish|name]] 💜"
  [[keish|name]]: where r u mum is going mad
  [[keish|name]]: shes rang [[delroy|name]]
  [[mook|name]]: tell her im at [[ryan|name]]s
  [[keish|name]]: [[ryan|name]] who
  [[mook|name]]: [[ryan lucas|name]] from the youth club lol
IMG_0415  [[29/11/2026|date]] 09:02   chat: "T 🔌"
  T: bt at the station. dnt say nun. u no K dont forget
  [[mook|name]]: i aint sayin nun
IMG_0419  [[29/11/2026|date]] 09:10   story caption, user "prod.m10x"
  "free the mandem 🕊️ [[macc|place]] x [[crewe|place]]"

Analyst note: "[[mook|name]]" is [[Marcus|name]]'s own display name (his nickname); "T" is
believed to be [[Tiago Fernandes-Reid|name]]; "[[co-op beam st|address]]" is the Co-op on [[Beam Street|address]], [[Nantwich|place]].
"""),
    ("police body-worn video transcript", """BODY WORN VIDEO - TRANSCRIPT (for the file, not evidential copy) - PC 4417
[[Ellie Norbury|name]]
Recording: BWV 4417_[[20261129|date]]_1115  Location: [[Crewe|place]] railway station, platform 5, then the BTP office
Persons: [[Marcus RIDGWAY|name]] (MR); PC [[Norbury|name]] (EN); BTP PC [[Gareth Ince|name]] (GI); later Ms [[Nicola Ridgway|name]] by phone
(NR)

EN: Hiya. Are you [[Marcus|name]]? [[Marcus Ridgway|name]]? You're reported missing, mate, your mum's worried sick.
MR: Nah, I'm [[Marcus|name]]... yeah. Whatever.
EN: Where've you been since Friday?
MR: Here. [[Crewe|place]]. At me mate's.
EN: Which mate?
MR: Just a mate. [[Ryan|name]].
GI: [[Ryan|name]] who, [[Marcus|name]]?
MR: I dunno his last name.
EN: Whose are these two phones? One's ringing - it says "T". And what's this money?
MR: Birthday money. From me nan in [[Grand Turk|place]]. Nanna [[Gloria|name]]. Western Union.
EN: Your birthday's in July, [[Marcus|name]].
MR: ...
(11:19) EN on phone to NR: Hi, is that [[Nicola|name]]? It's PC [[Norbury|name]], Cheshire Police, we've got [[Marcus|name]], he's safe.
He's with
me at [[Crewe|place]] station. Can you come, or shall we bring him home to [[Upton|place]]?
NR: Oh thank God. Is he hurt? I can't drive, [[Keisha|name]]'s got the car. Can you bring him? It's [[11 Barley Croft|address]].
EN: We know, love. We'll be about forty minutes.
MR: Don't take me home. Take me to me dad's in [[Manc|place]].
EN: Not tonight, [[Marcus|name]]. (11:24) GI to EN: that Golf was here at ten, [[MF19 YXH|vehicle]], lad called [[Reggie|name]] driving.
EN: Noted. [[Marcus|name]], who's [[Reggie|name]]?
MR: No comment. Can I ring [[Keisha|name]]?
(11:26 recording ends; [[Marcus|name]] taken home to [[Barley Croft|address]] by PC [[Norbury|name]] and PC [[Ince|name]].)
"""),
]


# --- F. Whitehurst / Stubbs family (white British, teenage parents), Lower Heath, Congleton ---------------------------------

HOME_F = d.Address("Flat 8, Dane Mill Court", "Lower Heath", "Congleton", "CW12 1NF")
NAN_F = d.Address("37 Liverpool Road East", "", "Kidsgrove", "ST7 3AA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Stubbs")], dt.date(2026, 5, 14), addresses=[HOME_F], ids=["2030281077"]),
    _p("m", "mother", [("Chloe", "Whitehurst")], dt.date(2007, 3, 9), addresses=[HOME_F], phones=["07375 640 821"],
       ids=["3507614049"]),
    _p("f", "father", [("Bradley", "Stubbs")], dt.date(2006, 1, 24), addresses=[HOME_F], phones=["07824 661 093"]),
    _p("g", "grandparent", [("Tina", "Whitehurst")], dt.date(1984, 8, 17), addresses=[NAN_F], phones=["07391 552 046"]),
    _p("p1", "professional", [("Megan", "Rushton")], phones=["01260 271 904"], emails=["megan.rushton@nhs.net"]),
], "c")

DOCS_F = [
    ("emergency department safeguarding referral", """EAST CHESHIRE NHS TRUST - EMERGENCY DEPARTMENT - SAFEGUARDING CHILDREN REFERRAL (MARF)
Date/time of attendance: [[06/12/2026|date]] 19:48    Site: Macclesfield District General Hospital ED    ED no. E26-118834
Referrer: Dr [[Olumide Adebayo|name]] (ST5 Paediatrics) with Sister [[Gill Bebbington|name]] (ED safeguarding nurse)

CHILD
Surname: [[STUBBS|name]]   Forename: [[IVY|name]]   DOB: [[14/05/2026|dob]] (6 months, 3 weeks)   NHS: [[203 028 1077|nhs]]
Address: [[Flat 8, Dane Mill Court|address]], [[Lower Heath|place]], [[CONGLETON|place]] [[CW12 1NF|postcode]]
GP: Bradshaw House Surgery    HV: [[Megan Rushton|name]] ([[megan.rushton@nhs.net|email]])
PARENTS
Mother: [[WHITEHURST Chloe|name]], 19, DOB [[09/03/2007|dob]], NHS [[350 761 4049|nhs]], mob [[07375 640 821|phone]]
Father: [[STUBBS Bradley|name]], 20, DOB [[24/01/2006|dob]], mob [[07824 661 093|phone]] (PR - on the birth certificate)

PRESENTING COMPLAINT
Brought by mother and maternal grandmother ([[Tina Whitehurst|name]], [[Kidsgrove|place]]) with "a bruise on her ear" noticed at bath
time. Mother says baby was with father from 14:00 to 18:00 while she worked at the Home Bargains on [[Barn Road|address]]. Father at home,
not present; he told mother by text that [[Ivy|name]] "rolled into the cot bars".

FINDINGS
Non-mobile infant (not yet rolling reliably per mother). Bruise 2 x 1.5 cm on the posterior pinna of the right ear and a
petechial cluster behind the ear. Two 0.5 cm bruises on the left upper arm, oval (?fingertip). Frenulum intact. Alert, feeding.
TEN-4-FACESp positive. Discussed with consultant Dr [[Ruth Hollinshead|name]]: admitted to Ward 9 for skeletal survey, CT head,
bloods, ophthalmology. EDT social worker [[Gavin Yoxall|name]] informed 21:10; police (PPU) informed 21:20.
Previous attendances: [[Ivy|name]] at Leighton Hospital [[02/09/2026|date]] (bronchiolitis); mother at the Congleton War Memorial
Hospital MIU [[18/07/2026|date]] (wrist). Maternal grandmother's partner, [[Gary Tomkinson|name]], and a friend, [[Leah O'Connor|name]],
have
looked after [[Ivy|name]] per mother. Father was in care as a child (Cheshire East; PA [[Marsha Thorley|name]]).
Mother's partner's mother, [[Angela Stubbs|name]] of [[Rode Heath|place]] ([[07950 318 427|phone]]), rang the ward asking for news; no
information given.
"""),
    ("section 47 outcome letter to the parents", """Bollin Dane Council - Children's Services - [[Congleton|place]] Team
Westfields, [[Middlewich Road|address]], [[Sandbach|place]]      Tel [[01260 276 318|phone]]

[[11 December 2026|date]]

To: Miss [[Chloe Whitehurst|name]] and Mr [[Bradley Stubbs|name]]
[[Flat 8, Dane Mill Court|address]], [[Congleton|place]] [[CW12 1NF|postcode]]

Dear [[Chloe|name]] and [[Bradley|name]],
Outcome of the child protection enquiry (section 47, Children Act 1989) about [[Ivy|name]]

I am writing, as I promised when we met at the hospital on [[7th December|date]], to tell you the outcome of our enquiry.
The skeletal survey and the CT scan showed no fractures and no bleeding. The eye test was normal. The bruising to [[Ivy|name]]'s
ear and arm has not been explained. The doctors' view is that it was caused by someone's hand, and not by the cot.
Because of this, the enquiry found that [[Ivy|name]] is at risk of significant harm, and an initial child protection conference
will be held on Monday [[28 December|date]] at 10:00 at Westfields. You are both invited and may bring a friend or a
supporter; [[Bradley|name]], your support worker from the Care Leavers team, [[Marsha Thorley|name]], has said she will come.
Until the conference, [[Ivy|name]] will stay with her grandmother, Ms [[Tina Whitehurst|name]], at [[37 Liverpool Road East|address]],
[[Kidsgrove|place]], as you both agreed. [[Chloe|name]] may stay there too. [[Bradley|name]] may see [[Ivy|name]] at the family centre
on [[Park Street|address]] with [[Cath Sproston|name]] (family support worker) on Tuesdays and Fridays.
Cheshire Police (DC [[Ash Fallows|name]]) are still investigating and will contact you separately.
Yours sincerely,
[[Paul Kinsey|name]], Social Worker
cc [[Megan Rushton|name]] (HV); Dr [[R Hollinshead|name]]; Ms [[Thorley|name]]
"""),
    ("health visitor's notes typed fast on a phone", """[HV notes app, typed on the phone between visits, exported to the record by
[[M Rushton|name]] [[08/12/2026|date]]; not yet
tidied. Abbreviations kept.]

[[07/12|date]] 1615 hv to ward 9 mdgh. saw baby [[ivy stubbs|name]] w mum + nan [[tina|name]]. mum v tearful, dad not allowed on ward per sw
([[kinsey|name]]). nan says [[brad|name]] "has a temper when tired" + works nights at the warehouse in [[radway green|place]].
[[chloe|name]] says
he'd never. [[ivy|name]] feeding well 6oz, wt 7.4kg (50th). bruises fading.
[[08/12|date]] 0905 ring nan [[tina|name]] [[07391 552 046|phone]] re disch plan. plan: to nans in [[kidsgrove|place]]. spare room, cot from
[[angela|name]] (paternal gm, [[rode heath|place]]). [[chloe|name]] staying too. nans partner [[gaz|name]] ([[gary|name]]? surname ?) lives
there - need checks.
[[08/12|date]] 1140 txt from [[chloe|name]]: "[[brad|name]] wants to see her b4 conf. is that ok". told her to ask sw.
[[08/12|date]] 1410 mum says bf [[leah|name]] ([[leah o'connor|name]]) from the
college saw [[brad|name]] "grab [[ivy|name]]'s arm" in oct when she was crying. [[chloe|name]] didnt tell anyone. passed to sw [[paul|name]]
1420.
"""),
    ("young father's statement in his own words", """Statement written by [[Bradley Stubbs|name]] with his personal adviser
[[Marsha Thorley|name]], [[10.12.26|date]]. His
words. Given to the social worker [[Paul|name]] for the conference.

My names [[Brad Stubbs|name]] im 20. Im [[Ivy|name]]s dad.

I was in care myself from 12 at a childrens home in [[Winsford|place]] and then foster carers [[Pete|name]] and [[Lorraine|name]] in
[[Holmes Chapel|place]] who I still see. I no what its like when your mum cant cope. My mum [[Angela|name]] lives in [[Rode Heath|place]]
now
with her fella [[Stuart|name]] and she wants to help.

On the [[6th|date]] I had [[Ivy|name]] on my own because [[Chloe|name]] was on a shift at Home Bargains. I had done 3 nights at the
warehouse.
[[Ivy|name]] was screaming for about 2 hours and I put her in the cot and I was holding her arm to stop her rolling on her front
when I changed her. I was rough i think. I dident mean it. I didnt hit her ear I swear on my life. Maybe it was the cot bar.

I have been to see [[Marsha|name]] and I have started on the dads group at the childrens centre with [[Kev Boote|name]]. I dont
want [[Ivy|name]] in care like me. I will do any course. I will stop working nights. I want to be a good dad.

My phone is [[07824 661 093|phone]] and my address is still [[Flat 8 Dane Mill Court|address]] but I am stopping at my mates [[Jake
Holland|name]]s in [[Biddulph|place]] for now like the social said.

Signed [[B. Stubbs|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 167 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:54 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister", "coach",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam",
           "dad", "daddy", "aunty", "auntie", "uncle", "mister", "frau", "herr", "grosi", "grossmami", "mami", "papi", "ima", "ipa", "ibok",
           "ebok", "ine", "iche", "tamo", "ইমা", "ইবোক"}
_AFTER = {"uncle", "aunty", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cheshire", "east cheshire",
               "cheshire east", "staffordshire", "north staffordshire", "the potteries", "derbyshire", "greater manchester",
               "the north west", "north west", "switzerland", "schweiz", "graubünden", "graubunden", "zürich canton",
               "manipur", "india", "north east india", "uae", "united arab emirates", "europe", "turks and caicos",
               "the turks and caicos", "turks and caicos islands", "the turks and caicos islands", "tci", "the caribbean"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Grosi Anne",
# "Ibok Thoudam Ibemhal", "Ine Sanatombi", "Nanna Gloria", "Mister Hofstetter"; after one: "Bikram uncle") and counties,
# regions and countries ("Staffordshire", "Switzerland", "Manipur").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
