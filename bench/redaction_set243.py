"""Set 243: a held-out hand-written set for the redaction detector, six invented families in Eccleshall, Penkridge and Brewood
(south Staffordshire) and the villages round them, written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set242.py,
bench/redaction_set244.py, bench/redaction_set245.py and their tests (written by other helpers at the same time), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of Records.party in
bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to bench/redaction_set241.py were searched by
script, printing only the numbers of the sets that hit, for the three towns (no hits) and for candidate Asian communities; for
"Bali" (hits in sets 50, 80, 82, 147 and 218) a line was printed for sets 50, 147 and 218 (Bali listed there as a region, and as
part of other words), and no earlier docstring names the Balinese. Phone numbers were checked with the phonenumbers library
and NHS numbers and UPNs (LA 860, Staffordshire) made with python-stdnum in small snippets. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families: a young white British mother on the Boscomoor estate, Penkridge, with a boy of 9 and a girl of 2 (Brindley /
Walton; domestic abuse by her partner, a nan in Dunston); a Balinese family from Gianyar and Singaraja, Bali, in Brewood
(Suarta / Ariani / Wulandari; a father's physical chastisement of a girl of 11, a mother's message in Balinese and Indonesian
translated, cousins in Coven); a white British girl of 14 in Eccleshall missing to Hanley and Longton (Heath / Sutton; child
sexual and criminal exploitation, a mother's complaint); a white British and Black Caribbean boy of 13 in Penkridge (Clarke-Morris;
suspension, county lines to Wolverhampton, a father in Wednesfield); a white British family in Coven with an autistic boy of 7
and a father drinking (Hough; a young carer sister, short breaks); and a nan in Croxton near Eccleshall caring for two small
grandchildren (Wootton; a mother using heroin in Stafford, a paternal nan in Gnosall). The community new to this set: the
Balinese (Bali, Indonesia), with Balinese kin words (Beli, Mbok, Meme, Bapa, Dadong, Pekak), Balinese birth-order names
(Putu, Made, Kadek, Nyoman, Komang, Ketut, Wayan) with the I / Ni markers, home towns Gianyar, Singaraja, Ubud and Denpasar,
and Indonesian phone numbers (+62). 24 documents, each with its own style label: a health visitor's home visit note, a mother's
Snapchat messages typed up, a police domestic abuse log, initial child protection conference minutes, a school safeguarding
log, a mother's voice message in Balinese and Indonesian translated, a child's own words written with the school nurse, strategy
discussion minutes, a return home interview, a WhatsApp group chat typed up, a police missing person log, a mother's complaint
email, an OCR'd scanned suspension letter (with its misreadings), a youth worker's session notes, a social worker's phone
notes, a GP's email, a community paediatrician's letter, family support notes, a father's texts, short breaks panel minutes, a
kinship assessment, a nan's letter typed up, a nursery key person's log and a looked-after review.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Indonesia +62); NHS numbers and UPNs pass their check digits. The towns,
villages and estates (Penkridge, Boscomoor, Wolgarston, Dunston, Acton Trussell, Gailey, Rodbaston, Brewood, Coven, Coven Heath,
Four Ashes, Kiddemore Green, Bishops Wood, Wheaton Aston, Eccleshall, Croxton, Slindon, Woodseaves, Gnosall, Great Bridgeford,
Swynnerton and the towns round them) are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, WITH THE TWO CHANGES the brief sets for every new set: (1) a pet's
name is NOT marked (Bruno, Mochi, Pickle: a pet is not a person); (2) a month with its year ("March 2026", "January 2027"), a
season or feast with its year ("Christmas 2026") and a year alone ("in 2019", "since 2022") are NOT marked as dates; a day with
its month, with or without a year ("19 November", "the 28th", "4 Dec", "Christmas Day", "Boxing Day"), and dates of birth are
marked as before. Titles and kinship words stay outside a name (Mr, Mrs, Ms, Dr, PC, PCSO, DC, DS, Rev, Nan, Nanna, Beli,
Mbok, Meme, Pekak, Dadong); "SURNAME, First" is one span; initials alone are not marked; usernames ("kaylz_b98") are not marked;
organisations holding a town's name stay unmarked ("Penkridge Medical Practice", "Brewood Medical Practice", "Staffordshire
Police", "Weston Park"); counties, countries and regions ("Staffordshire", "Staffs", "Bali", "Indonesia") are not places; an
OCR misreading keeps its kind.

Choices this set had to make: the Balinese gender markers "I" and "Ni" are part of a full name ("I Made Suarta", "Ni Ketut
Ariani") and stay inside its span; a birth-order name used alone as a name ("Kadek", "Komang", "Made") is a name, but "Putu"
explained as a word is avoided; chat speaker labels are names ("keeley:", "kaylz:", "shan:"), as in set 213, and a full handle
("kaylz_b98") is a
username and not marked; nicknames of people ("JJ", "Smokey", "Bigz", "T-Bone", "Jordz", "mads", "keels") are names; "eccy"
for Eccleshall is a place; schools and a nursery are marked as schools, a school heading included; an organisation's mailbox
(complaints@...) is not a person's email and is not marked; the OCR'd letter keeps its UPN and phone clean (the checker
validates them) and has its misreadings in the names, address, postcode and dates; "Weston Park" (a stately home and venue) is
unmarked, while the village "Weston-under-Lizard" is a place; "the 9th of August" keeps "the" inside its span as set 213 does.

Self-check without the detector: `python -m bench.redaction_set243` (and tests/test_redaction_set243.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 908 gold spans, 516 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Brindley / Walton family (white British), Boscomoor, Penkridge ------------------------------------------------------

HOME_A = d.Address("22 Boscomoor Close", "Boscomoor", "Penkridge", "ST19 5NZ")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tyler", "Brindley")],
            dt.date(2017, 4, 11),
            addresses=[HOME_A],
            ids=["6822223711", "Y860015593590"],
            schools=["Penkridge Middle School"],
        ),
        _p("s", "sibling", [("Ava-Mae", "Brindley")], dt.date(2024, 1, 29), addresses=[HOME_A], ids=["6278495643"]),
        _p("m", "mother", [("Kayleigh", "Brindley")], dt.date(1998, 6, 2), addresses=[HOME_A], phones=["07723 518 604"]),
    ],
    "c",
)

DOCS_A = [
    (
        "health visitor's home visit note",
        """HEALTH VISITING - HOME VISIT RECORD
Child: [[Ava-Mae Brindley|name]]  DOB [[29/01/2024|dob]]  NHS [[627 849 5643|nhs]]
Address: [[22 Boscomoor Close|address]], [[Boscomoor|place]], [[Penkridge|place]] [[ST19 5NZ|postcode]]
Mother: [[Kayleigh Brindley|name]] tel [[07723 518 604|phone]]. Sibling [[Tyler|name]] (9) at school.
Visit [[03/11/2026|date]] by HV [[Joanne Pickering|name]] with student [[Megan Shaw|name]].
[[Ava-Mae|name]] in a car seat in the lounge on arrival, no toys out. [[Kayleigh|name]] said her partner [[Reece|name]]
([[Reece Walton|name]]) had
"gone to his mum's in [[Cannock|place]]". Bruise on [[Kayleigh|name]]'s wrist, she said the dog (Bruno) pulled her on the lead.
[[Ava-Mae|name]] weighed 10.2 kg. Missed 2 year review on [[14 Oct|date]] and [[28 Oct|date]]. Nursery place at [[Penkridge|place]]
not taken up. Maternal nan [[Tracey Brindley|name]] lives in [[Dunston|place]] and helps on Tuesdays.
Neighbour Mrs [[Haddon|name]]? No - [[Haddon|name]] is the landlord's agent. Mum's friend [[Shannon|name]] ([[Shannon Keay|name]]) from
[[Wolgarston|place]] came in during the visit.
Plan: revisit [[17/11/2026|date]]; discuss with GP Dr [[Anand|name]] at Penkridge Medical Practice; share with DSL at
[[Penkridge Middle School|school]], Mrs [[Claire\nOsbourne|name]].
[[17/11/2026|date]] No answer. Car [[FN19 WKD|vehicle]] ([[Reece|name]]'s) on the drive. Left card. Rang [[07723 518 604|phone]] x2.
[[19/11/2026|date]] Seen at clinic in [[Stafford|place]] with nan [[Tracey|name]]. [[Ava-Mae|name]] chatty, said "[[Ty|name]]" and "nana".
[[24/11/2026|date]] Joint visit with SW [[Abbie Rowlands|name]]. [[Kayleigh|name]] said [[Reece|name]]'s brother [[Connor Walton|name]]
stays
some nights. [[Tyler|name]] home early from [[Penkridge Middle School|school]] with a cold; said his friend [[Nathan|name]] lives on
[[Marsh Lane|address]] and his nan [[Pat Brindley|name]] in [[Acton Trussell|place]] gives him dinner on Fridays.
[[1/12/2026|date]] [[Kayleigh|name]] and the children moved to nan [[Tracey|name]]'s in [[Dunston|place]] for now.
""",
    ),
    (
        "mother's Snapchat messages typed up",
        """snapchat between [[kayleigh|name]] (kaylz_b98) and her friend [[shannon|name]], shown to SW
[[Abbie Rowlands|name]] [[24/11/26|date]], typed by [[Abbie|name]]

[[kaylz|name]]: he was kicking off again last nite
[[shan|name]]: wat did [[reece|name]] do
[[kaylz|name]]: threw my fone at the wall n grabbed me. [[ty|name]] woke up
[[shan|name]]: come to mine in [[wolgarston|place]] babe
[[kaylz|name]]: cant hes got the car. he went to [[cannock|place]] to his mums [[sue|name]]
[[shan|name]]: [[sue walton|name]] is just as bad lol
[[kaylz|name]]: [[ava|name]] was screamin the hole time
[[shan|name]]: u need to tell [[jo|name]] the health visitor
[[kaylz|name]]: no way theyl take the kids. my nan in [[dunston|place]] says same
[[shan|name]]: ur nan [[tracey|name]]? shes ur mum babes
[[kaylz|name]]: lol u no wat i mean. my actual nan [[pat|name]] in [[acton trussell|place]]
[[shan|name]]: [[kyle|name]] can come round if [[reece|name]] comes back
[[kaylz|name]]: [[kyle|name]] from [[gailey|place]]? hes a nutter
[[shan|name]]: [[kyle bayliss|name]] yeh lol. hes sound tho
[[kaylz|name]]: [[ty|name]] is at [[nathans|name]] on [[the 28th|date]] for a party in [[penkridge|place]]
[[shan|name]]: ill take him. [[nathan|name]]s mum [[becky|name]] is ok
""",
    ),
    (
        "police domestic abuse log",
        """STAFFORDSHIRE POLICE - DOMESTIC ABUSE OCCURRENCE  Ref 43261127509
Date/time: Fri [[27/11/2026|date]] 22:14   Location: [[22 Boscomoor Close|address]], [[Penkridge|place]] [[ST19 5NZ|postcode]]
Victim: [[BRINDLEY, Kayleigh|name]] DOB [[02/06/1998|dob]] tel [[07723 518 604|phone]]
Suspect: [[WALTON, Reece|name]] DOB [[17/09/1995|dob]] NI [[JH 52 71 38 D|ni]] veh [[FN19 WKD|vehicle]]
Children present: [[Tyler|name]] (9) and [[Ava-Mae|name]] (2).
Attending: PC [[Rhys Cartwright|name]] and PCSO [[Laura\nBeech|name]]. Call made by [[Tyler|name]] from mum's phone.
[[Tyler|name]] said "[[Reece|name]] pushed mummy into the radiator". Neighbour Mr [[Dennis Whitehouse|name]] at [[no. 20|address]]
heard shouting from 21:50. [[Walton|name]] left before police arrived; believed at his mother's, [[Susan Walton|name]],
[[6 Longford Road|address]], [[Cannock|place]] [[WS11 1NF|postcode]]. Arrested there 23:40 by PC [[Cartwright|name]].
DASH: high. MARAC referral by DS [[Naomi Fairclough|name]] on [[28/11|date]]. Children's nan [[Tracey Brindley|name]] of
[[Dunston|place]] attended and took the children to [[4 Church Lane|address]], [[Dunston|place]] [[ST18 9AE|postcode]].
Previous: [[09/08/2026|date]] verbal only. [[Walton|name]] bailed [[29/11/2026|date]] not to enter [[Boscomoor|place]] or
[[Penkridge|place]].
""",
    ),
    (
        "initial child protection conference minutes",
        """INITIAL CHILD PROTECTION CONFERENCE - [[10 December 2026|date]] - minutes
Children: [[Tyler Brindley|name]] (DOB [[11.04.2017|dob]], UPN [[Y860015593590|upn]], NHS [[682 222 3711|nhs]]) and
[[Ava-Mae Brindley|name]] (DOB [[29.01.2024|dob]]). Chair: [[Imran Qureshi|name]]. Minutes: [[Lucy Dorrell|name]].
Present: [[Kayleigh Brindley|name]] (mother), [[Tracey Brindley|name]] (maternal grandmother), SW [[Abbie Rowlands|name]],
HV [[Joanne Pickering|name]], Mrs [[Osbourne|name]] (DSL), DS [[Fairclough|name]], IDVA [[Mel Hartshorn|name]].
Apologies: Dr [[Anand|name]]. Not invited: [[Reece Walton|name]] (bail conditions).
SW [[Rowlands|name]]: three incidents since July? (corrected: since March 2026). [[Tyler|name]] says he is "the man of the
house" when [[Reece|name]] is away. [[Tyler|name]]'s father [[Jamie Doody|name]] lives in [[Rugeley|place]] and has not seen him since 2022.
Mrs [[Osbourne|name]]: [[Tyler|name]] late 14 times this term; friends [[Nathan Grice|name]] and [[Alfie|name]]; talks of nan's in
[[Dunston|place]] as "home".
[[Kayleigh|name]]: "I've finished with [[Reece|name]]. I want [[Ty|name]] and [[Ava|name]] home with me in [[Penkridge|place]]."
[[Tracey|name]]: can have the children at [[Dunston|place]] till Christmas 2026.
Decision: child protection plans, category emotional abuse. Core group [[17/12/2026|date]] at [[Penkridge|place]] library.
Review [[11 March 2027|date]].
""",
    ),
]


# --- B. Suarta / Ariani family (Balinese, from Singaraja and Gianyar, Bali), Brewood ----------------------------------------

HOME_B = d.Address("5 Engleton Lane", "", "Brewood", "ST19 9DX")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Ni Putu Sekar", "Wulandari")],
            dt.date(2015, 9, 23),
            addresses=[HOME_B],
            ids=["6420018625", "E860082490231"],
            schools=["Brewood Church of England Middle School"],
        ),
        _p("m", "mother", [("Ni Ketut", "Ariani")], dt.date(1988, 3, 14), addresses=[HOME_B], phones=["07852 604 917"]),
        _p("f", "father", [("I Made", "Suarta")], dt.date(1984, 12, 5), addresses=[HOME_B], phones=["07941 286 350"]),
    ],
    "c",
)

DOCS_B = [
    (
        "middle school safeguarding log",
        """[[BREWOOD C of E MIDDLE SCHOOL|school]] - SAFEGUARDING LOG (CPOMS export)
Pupil: [[WULANDARI, Ni Putu Sekar|name]] (known as [[Sekar|name]])  DOB [[23/09/2015|dob]]  UPN [[E860082490231|upn]]
Parents: [[I Made Suarta|name]] (dad, [[07941 286 350|phone]]) and [[Ni Ketut Ariani|name]] (mum, [[07852 604 917|phone]])
Home: [[5 Engleton Lane|address]], [[Brewood|place]] [[ST19 9DX|postcode]]

[[08/10/2026|date]] [[Sekar|name]] told Miss [[Harriet Lowe|name]] that "Bapa hit me with the broom handle" because she broke a bowl.
Mark on left forearm. DSL Mr [[Owen Prosser|name]] informed.
[[08/10/2026|date]] 15:20 Mr [[Prosser|name]] spoke with mum at the gate; mum's English limited, cousin [[Komang|name]] interpreted.
[[09/10/2026|date]] MASH contacted. Strategy discussion arranged for [[12/10|date]].
[[13/10/2026|date]] [[Sekar|name]] says she looks after her brother [[Kadek|name]] (4) after school while mum works at the hotel in
[[Weston-under-Lizard|place]] and dad at the restaurant in [[Wolverhampton|place]].
[[20/10/2026|date]] Friend [[Isla Marchant|name]] said [[Sekar|name]] cries at break "because of her dadong in Bali"?
(Bali is the island - see note). [[Sekar|name]]'s grandmother lives in [[Singaraja|place]].
[[02/11/2026|date]] Dad came in with [[Ketut|name]]; apologised. Says in [[Gianyar|place]] it is normal but he knows it is not here.
[[16/11/2026|date]] [[Sekar|name]] happy, made a canang offering with Miss [[Lowe|name]]'s class. Walks home with [[Isla|name]] to
[[Kiddemore Green|place]] on Thursdays.
[[23/11/2026|date]] [[Kadek|name]]'s nursery in [[Brewood|place]] (key person [[Donna Bates|name]]) says dad collects now and is calm.
[[30/11/2026|date]] [[Sekar|name]] told Miss [[Lowe|name]] that Pekak [[Nengah|name]] (grandad) died in [[Singaraja|place]] and
Meme is flying to [[Denpasar|place]] on [[the 10th|date]]; [[Sekar|name]] and [[Kadek|name]] to stay with [[Komang|name]] and
[[Sarah|name]].
""",
    ),
    (
        "mother's message in Balinese and Indonesian translated by an interpreter",
        """WhatsApp voice message from [[Ni Ketut Ariani|name]] to
her older brother [[I Wayan Sudarma|name]] in [[Singaraja|place]] ([[+62 812 3845 6721|phone]]), [[15/10/2026|date]], shared by
[[Ketut|name]] with the SW [[Tom Garside|name]]; transcribed and translated by [[Dewi Anggraeni|name]], interpreter, [[16/10/2026|date]].

"Beli [[Wayan|name]], om swastiastu. Tiang sedih pisan. [[Sekar|name]] ngorahang ke gurunya [[Made|name]] memukul dia. Sekarang ada
pekerja sosial datang ke rumah di [[Brewood|place]]. Tiang takut mereka ambil [[Sekar|name]] lan [[Kadek|name]]. Tolong bilang ke Meme
[[Luh Sari|name]] di [[Gianyar|place]] jangan khawatir. Mbok [[Nyoman|name]] di [[Denpasar|place]] bisa telepon tiang."

Translation: "Older brother [[Wayan|name]], greetings. I am very sad. [[Sekar|name]] told her teacher that [[Made|name]] hit her. Now a
social worker comes to the house in [[Brewood|place]]. I am afraid they will take [[Sekar|name]] and [[Kadek|name]]. Please tell
Mother [[Luh Sari|name]] in [[Gianyar|place]] not to worry. Older sister [[Nyoman|name]] in [[Denpasar|place]] can phone me."
Interpreter's note: "Beli" = older brother, "Meme" = mother, "Mbok" = older sister, "Dadong" = grandmother; these are kin words.
Sister [[Ni Nyoman Sriasih|name]]'s number [[+62 813 3792 4150|phone]]; the family home in [[Ubud|place]] is
[[+62 361 974 218|phone]] (landline). [[Ketut|name]]'s cousin [[Komang Adiputra|name]] lives in [[Coven|place]], [[WV9 5BD|postcode]].
""",
    ),
    (
        "child's own words written with the school nurse",
        """My family by [[Sekar|name]] (written with school nurse [[Fiona Deakin|name]]
on [[19/11/2026|date]])

My name is [[Ni Putu Sekar Wulandari|name]] but everyone says [[Sekar|name]]. My second name means I am the first child. My brother is
[[Kadek|name]], he is the second. I live in [[Brewood|place]] near the big church. Before we lived in [[Gianyar|place]] and before that
my dad lived in [[Ubud|place]]. My dadong is called Dadong [[Rai|name]]? no just Dadong, her name is [[Ni Wayan Rai|name]] and she lives in
[[Singaraja|place]] by the sea. My best friend is [[Isla|name]] and [[Poppy Stanier|name]]. [[poppy|name]] has a cat called Mochi.
When Bapa is angry I go to my room. Mum (Meme) says sorry to me in Balinese. Bapa's friend [[Gede|name]] from the restaurant in
[[Codsall|place]] drives us to temple in [[Birmingham|place]] sometimes. My birthday is [[23 September|dob]]. I want to go to Bali
for Galungan. Uncle [[Komang|name]] in [[coven|place]] is funny.
""",
    ),
    (
        "strategy discussion minutes",
        """STRATEGY DISCUSSION - [[Ni Putu Sekar Wulandari|name]] ([[Sekar|name]]), DOB [[23.09.2015|dob]],
NHS [[642 001 8625|nhs]]
Held [[12/10/2026|date]] 10:00 by Teams. Chair: TM [[Gillian Ashdown|name]]. Notes: [[Kerry Lyth|name]].
Present: SW [[Tom Garside|name]]; DC [[Paul Mottram|name]] (Staffordshire Police CAIT); Mr [[Owen Prosser|name]] (DSL); Dr [[Shah|name]]
(Brewood Medical Practice); HV for [[Kadek|name]], [[Linda\nEgerton|name]].
Info: mother [[Ni Ketut Ariani|name]] DOB [[14/03/1988|dob]]; father [[I Made Suarta|name]] DOB [[05/12/1984|dob]], NI
[[NR 64 19 02 A|ni]], car [[YX66 LRT|vehicle]]. Family came from [[Gianyar|place]], Bali in 2019 on a skilled worker visa (dad a
chef). No police history. Dad's employer: restaurant at [[Codsall|place]]; mum housekeeping at Weston Park.
DC [[Mottram|name]]: s47 single agency? Agreed joint. Visit today with interpreter [[Dewi Anggraeni|name]] (Indonesian; the family
speak Balinese at home, Indonesian with outsiders).
Safety: [[Sekar|name]] and [[Kadek|name]] to stay with cousin [[Komang Adiputra|name]] and his wife [[Sarah Adiputra|name]] at
[[11 Brewood Road|address]], [[Coven|place]] [[WV9 5BD|postcode]] while dad agrees to stay with his friend [[Gede Wirawan|name]] in
[[Codsall|place]]. Review [[19/10/2026|date]].
Outcome [[19/10/2026|date]]: children home; dad back at [[Engleton Lane|address]] from [[20/10|date]] after the parenting course
booked with [[Wendy Kirk|name]] at the family hub in [[Wheaton Aston|place]]. [[Sekar|name]]'s aunt [[Ni Nyoman Sriasih|name]] rang from
[[Denpasar|place]] on [[+62 813 3792 4150|phone]] to support [[Ketut|name]].
""",
    ),
]


# --- C. Heath / Sutton family (white British), Eccleshall: a girl of 14 missing and exploited ---------------------------------

HOME_C = d.Address("31 Kerry Lane", "", "Eccleshall", "ST21 6EQ")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Maddison", "Heath")],
            dt.date(2012, 2, 16),
            addresses=[HOME_C],
            ids=["7023058834", "U860721361229"],
            schools=["Sir Graham Balfour School"],
        ),
        _p("m", "mother", [("Leanne", "Heath")], dt.date(1985, 8, 30), addresses=[HOME_C], phones=["07496 731 285"]),
    ],
    "c",
)

DOCS_C = [
    (
        "return home interview",
        """RETURN HOME INTERVIEW - [[Maddison Heath|name]] ("[[Maddie|name]]"), 14, DOB [[16/02/2012|dob]]
Missing from [[31 Kerry Lane|address]], [[Eccleshall|place]] [[ST21 6EQ|postcode]] from [[21/11/2026|date]] 19:00 to
[[23/11/2026|date]] 07:30.
Found by police at [[Stafford|place]] railway station. Interview [[24/11/2026|date]] by [[Jess Whitmore|name]] (Catch22) at school.
[[Maddie|name]] said she went with her friend [[Keeley|name]] ([[Keeley Rushton|name]], 15, of [[Great Bridgeford|place]]) to a flat in
[[Hanley|place]] belonging to "[[Jordz|name]]", about 19. She did not know his surname; later said "[[Jordan|name]] something,
[[Jordan Mellor|name]] maybe". Another older boy "[[T-Bone|name]]" drove them in a white Corsa [[BV70 OPK|vehicle]].
They stayed in [[Stoke|place]] then [[Longton|place]]. She had vodka and "a bit of weed". She would not say if anyone touched her.
Her phone was taken by [[Jordz|name]] and a new one given: [[07380 642 157|phone]].
Mum [[Leanne|name]] and stepdad [[Craig Sutton|name]] argue about her; [[Craig|name]] "calls me a slag". Nan [[Val Heath|name]] in
[[Stone|place]] is "the only one who listens".
Friends who are safe: [[Lottie|name]] from [[Croxton|place]], [[Ruby Tonks|name]] in [[Eccleshall|place]].
Actions: share with the CE panel; ask PC [[Gemma Tunnicliffe|name]] about [[Jordan Mellor|name]]; speak to [[Keeley|name]]'s mum
[[Donna Rushton|name]] ([[07517 904 382|phone]]).
[[Maddie|name]] would like to keep seeing [[Jess|name]]; she agreed a safety plan with nan [[Val|name]] and PC [[Tunnicliffe|name]].
Her brother [[Kieran Heath|name]] (17) in [[Stafford|place]] collects her from school at [[Sir Graham Balfour|school]] on Wednesdays.
""",
    ),
    (
        "group chat typed up from a phone download",
        """whatsapp group "the gals" typed from [[maddie|name]]s old phone by DC
[[Raj Sandhu|name]]
[[25/11/2026|date]] - members [[maddie|name]], [[keeley|name]], [[lottie|name]], [[ruby|name]]

[[keeley|name]]: [[jordz|name]] sez come to [[hanley|place]] 2nite
[[maddie|name]]: cant mums on one n [[craig|name]] is home
[[keeley|name]]: say ur at [[lotties|name]] in [[croxton|place]]
[[lottie|name]]: dont drag me in2 it
[[ruby|name]]: [[mads|name]] dont go hes 19 n hes got a gf in [[longton|place]]
[[maddie|name]]: [[rubes|name]] ur so boring
[[keeley|name]]: [[tbone|name]] pickin us up at the co op in [[eccy|place]] at 7
[[maddie|name]]: the 1 on [[high st|address]]?
[[keeley|name]]: ye
[[ruby|name]]: my mum [[karen|name]] will drive u home if u want from [[stafford|place]]
[[maddie|name]]: nah were stayin at [[jordz|name]]s til sunday
[[lottie|name]]: [[maddie|name]] ur nan [[val|name]] is gonna kill u
[[keeley|name]]: lol [[val|name]] in [[stone|place]] cant do nothin
[[maddie|name]]: [[keels|name]] ur literally so bad
[[ruby|name]]: [[mads|name]] pls text me when ur home
[[lottie|name]]: my dad [[steve|name]] saw [[tbone|name]]s car in [[swynnerton|place]] last week
[[maddie|name]]: dont tell [[craig|name]] or my mum [[leanne|name]]
""",
    ),
    (
        "police missing person log",
        """STAFFORDSHIRE POLICE - MISSING PERSON REPORT  MISPER 26/11/0488
Name: [[HEATH, Maddison|name]]  DOB [[16/02/2012|dob]]  Risk: HIGH (CSE/CCE)
Home: [[31 Kerry Lane|address]], [[Eccleshall|place]], [[Stafford|place]] [[ST21 6EQ|postcode]]   Reported by mother
[[Leanne HEATH|name]] [[07496 731 285|phone]] at 23:10 on [[21/11/2026|date]]
Description: white, 5'4, long dark hair, black North Face coat. Last seen [[High Street|address]], [[Eccleshall|place]] getting into a
white Vauxhall Corsa [[BV70 OPK|vehicle]] (keeper: [[Tyrone Bagnall|name]], 20, of [[Meir|place]] - "[[T-Bone|name]]").
Associates: [[Keeley RUSHTON|name]] (also missing), [[Jordan MELLOR|name]] DOB [[04/07/2007|dob]] of [[Flat 6, 40 Broad Street|address]],
[[Hanley|place]] [[ST1 4HH|postcode]].
Enquiries: PCSO [[Liam\nGrocott|name]] checked [[Eccleshall|place]] park and [[Castle Street|address]]; nan [[Valerie Heath|name]],
[[2 Lichfield Road|address]], [[Stone|place]] [[ST15 8PX|postcode]], not seen her. Cell site: [[Hanley|place]] then [[Longton|place]].
[[23/11/2026|date]] 06:55 located at [[Stafford|place]] station by BTP PC [[Nadia Fenn|name]]; [[Mellor|name]] and [[Bagnall|name]] not
present. Safe and well check by PC [[Gemma Tunnicliffe|name]]. Handed to stepfather [[Craig Sutton|name]] DOB [[12/01/1981|dob]].
""",
    ),
    (
        "mother's complaint email",
        """From: [[leanne.heath85@outlook.com|email]]
To: complaints@staffordshire.gov.uk
Date: [[1 December 2026|date]]
Subject: Complaint - my daughter [[Maddison Heath|name]] DOB [[16.2.2012|dob]]

To whom it may concern,
I am making a formal complaint about the social worker Ms [[Harper|name]] ([[Chloe Harper|name]]) and the way my daughter [[Maddie|name]]
has been treated. On [[23rd November|date]] she was brought back to [[Kerry Lane|address]] by the police and nobody from your
team came till the [[26th|date]]. I rang [[01785 223 118|phone]] four times. Ms [[Harper|name]] then told the school,
[[Sir Graham Balfour|school]],
that my partner [[Craig|name]] is a risk, which is a lie. [[Craig|name]] has been a better dad to her than her real dad
[[Steven Beech|name]] in [[Rugeley|place]] ever was.
Meanwhile the lad [[Jordan Mellor|name]] is still messaging her and nobody has arrested him. Her friend [[Keeley|name]]'s mum
[[Donna|name]] says the same. My mum [[Val|name]] in [[Stone|place]] has had to have [[Maddie|name]] most nights.
I want a new social worker and a meeting with the manager, Mr [[Phil Stokes|name]]? (I was told his name was [[Stokes|name]]).
[[Leanne Heath|name]]
[[31 Kerry Lane|address]], [[Eccleshall|place]] - mobile [[07496 731 285|phone]]
""",
    ),
]


# --- D. Clarke / Morris family (white British and Black Caribbean), Penkridge: a boy of 13, exclusion and county lines --------

HOME_D = d.Address("18 Pinfold Lane", "", "Penkridge", "ST19 5AP")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Jayden", "Clarke-Morris")],
            dt.date(2013, 6, 8),
            addresses=[HOME_D],
            ids=["5644410951", "K860112946778"],
            schools=["Wolgarston High School"],
        ),
        _p("m", "mother", [("Stacey", "Morris")], dt.date(1990, 10, 21), addresses=[HOME_D], phones=["07517 369 042"]),
        _p("f", "father", [("Marlon", "Clarke")], dt.date(1987, 4, 3), phones=["07380 915 264"]),
    ],
    "c",
)

DOCS_D = [
    (
        "scanned exclusion letter read by OCR",
        """[[WOLGARSTON HlGH SCHOOL|school]]
[[Cannock Road|address]], [[Penkridge|place]], Staffs

[[2O November 2O26|date]]

Ms [[S. Morrls|name]]
[[l8 Pinfold Lane|address]]
[[Penkrldge|place]]
[[STl9 5AP|postcode]]

Dear Ms [[Morris|name]],
Re: [[Jayden CIarke-Morris|name]], Year 9, DOB [[O8/O6/2Ol3|dob]], UPN [[K860112946778|upn]]
I am writing to tell you that I have decided to suspend [[Jayden|name]] for 5 days from [[23/ll/2O26|date]] to [[27/ll/2O26|date]]
because on [[l9 November|date]] he was found with £34O in cash and two phones, and was abusive to Mr [[HoIland|name]].
[[Jayden|name]] has also left site four times with a Year 11 pupil, [[Kian Cope|name]], and was seen by staff at
[[Gailey|place]] and at the McDonald's in [[Cannock|place]].
A reintegration meeting will be held on [[3O November|date]] at 9am with Mrs [[Deborah Yates|name]], Assistant Head, and the DSL
Mr [[Sunil Batra|name]]. Please ring [[01785 712 488|phone]] to confirm.
Yours sincerely
[[P. Ashmore|name]]
Headteacher
""",
    ),
    (
        "youth worker's session notes",
        """Detached youth work - [[Penkridge|place]] / [[Gailey|place]] - session notes,
[[Lewis Broome|name]] (youth worker)

Fri [[4 Dec|date]] 19:30 [[Penkridge|place]] market car park. [[Jayden|name]] ("[[JJ|name]]") with [[Kian|name]] and a lad called
"[[Smokey|name]]" from [[Wolverhampton|place]] - real name [[Dwayne Kerr|name]]? (per [[Kian|name]]). [[JJ|name]] had new trainers and
a bag. Said he was going to his dad's in [[Wednesfield|place]].
[[JJ|name]]'s dad [[Marlon|name]] rang me after: [[Jayden|name]] not with him. [[Marlon|name]] says he has not seen him since
[[Boxing Day|date]] last year.
Sat [[5 Dec|date]] 14:00 [[Jayden|name]] at the skate park by [[Haling Dene|address]] with [[Tia-Rose|name]]
([[Tia-Rose Jeavons|name]], 14) and
her brother [[Callum|name]]. Said [[Kian|name]] "owes" someone called [[Bigz|name]] in [[Heath Town|place]].
Spoke to [[Stacey|name]] at [[Pinfold Lane|address]]. She had found a Nokia with the name "[[Ty|name]]" in it. [[Stacey|name]]'s sister
[[Kerry-Ann Morris|name]] from [[Brewood|place]] there too.
Mon [[7 Dec|date]] info to SW [[Hannah\nCoyne|name]] and CE lead [[Martin Ellerby|name]].
""",
    ),
    (
        "social worker's phone notes",
        """Phone notes - SW [[Hannah Coyne|name]] - [[Jayden Clarke-Morris|name]]

[[30/11/2026|date]] 09:10 Call from Mrs [[Yates|name]] at school: reintegration done; mum attended, dad did not. [[Jayden|name]] says
"[[Smokey|name]]" is his cousin - not true per mum.
[[30/11/2026|date]] 11:45 Rang mum [[Stacey Morris|name]] on [[07517 369 042|phone]]. She said [[Jayden|name]] stayed at his nan's, Mrs
[[Pauline Clarke|name]], [[27 Amos Lane|address]], [[Wednesfield|place]] [[WV11 1NB|postcode]]. Rang [[Pauline|name]]: he did not.
[[01/12/2026|date]] 16:20 Dad [[Marlon Clarke|name]] [[07380 915 264|phone]]: wants [[JJ|name]] to live with him and his partner
[[Shanice Powell|name]] in [[Wednesfield|place]]; he works nights at the depot in [[Four Ashes|place]]. DOB [[03/04/1987|dob]].
[[02/12/2026|date]] 10:00 PC [[Ollie Stubbs|name]]: a phone seized from [[Kian Cope|name]] ([[MORRIS, Jayden|name]] saved as
"[[jj|name]]") linked
to a line run from [[Whitmore Reans|place]]. NRM referral to be made.
[[03/12/2026|date]] 14:30 [[Jayden|name]] in my car: "everyone in [[penkridge|place]] knows [[bigz|name]]". Dropped him at
[[Pinfold Lane|address]]; [[Stacey|name]]'s partner [[Gaz|name]] ([[Gary Lloyd|name]]) at the door.
[[04/12/2026|date]] 09:30 [[Tia-Rose Jeavons|name]]'s mum [[Kelly Jeavons|name]] rang: [[Jayden|name]] and [[Kian|name]] were at her
flat on [[Francis Green Lane|address]] till 2am; a man "[[Bigz|name]]" ([[Bradley Igwe|name]]?) waited outside in [[Penkridge|place]].
""",
    ),
    (
        "GP's email to the social worker",
        """From: Dr [[Emma Whitworth|name]] <[[emma.whitworth@nhs.net|email]]>
To: [[hannah.coyne@staffordshire.gov.uk|email]]
Date: [[4 December 2026|date]]
Subject: [[Jayden Clarke-Morris|name]] DOB [[08/06/2013|dob]] NHS [[564 441 0951|nhs]]

Dear [[Hannah|name]],
Thank you for your call. [[Jayden|name]] was seen on [[28 November|date]] with his mother [[Stacey|name]] at the surgery in
[[Penkridge|place]] with a cut to his right hand which he said he got "falling off his bike at [[Rodbaston|place]]". The wound was a
clean slash. I have also noted he is smoking cannabis daily, by his own account.
[[Stacey|name]] told me she has panic attacks and is on sertraline; her partner [[Gary Lloyd|name]] is registered with us too.
[[Jayden|name]]'s asthma review is overdue. I have referred him to the CAMHS team at [[Stafford|place]]; his previous GP was in
[[Bushbury|place]] (Dr [[Okafor|name]]).
Kind regards,
[[Emma Whitworth|name]], GP, Penkridge Medical Practice, tel [[01785 714 209|phone]]
""",
    ),
]


# --- E. Hough family (white British), Coven, Brewood parish: a boy of 7 with autism, a father drinking -------------------------

HOME_E = d.Address("12 Brewood Road", "Coven", "Wolverhampton", "WV9 5BE")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Oliver", "Hough")],
            dt.date(2019, 11, 2),
            addresses=[HOME_E],
            ids=["4892710679", "X860404204193"],
            schools=["St Paul's C of E First School"],
        ),
        _p("m", "mother", [("Gemma", "Hough")], dt.date(1991, 5, 17), addresses=[HOME_E], phones=["07807 246 913"]),
        _p("f", "father", [("Daniel", "Hough")], dt.date(1989, 7, 25), addresses=[HOME_E], phones=["01902 850 473"]),
    ],
    "c",
)

DOCS_E = [
    (
        "community paediatrician's letter to the GP",
        """Child Development Centre
[[2 December 2026|date]]
Dr [[R. Shah|name]], Brewood Medical Practice

Dear Dr [[Shah|name]],
Re: [[Oliver Hough|name]], DOB [[02/11/2019|dob]], NHS [[489 271 0679|nhs]], [[12 Brewood Road|address]], [[Coven|place]],
[[WV9 5BE|postcode]]
I saw [[Oliver|name]] ("[[Olly|name]]") today with his mother [[Gemma Hough|name]] and his maternal grandfather [[Keith Bratt|name]].
[[Oliver|name]] has a diagnosis of autism (made in [[Telford|place]] in 2023) and very limited speech. He is at
[[St Paul's First School|school]]
in [[Coven|place]], where his 1:1, Mrs [[Jackie Till|name]], reports he arrives hungry and in yesterday's clothes.
Mrs [[Hough|name]] told me her husband [[Daniel|name]] has been drinking heavily since he lost his job at the quarry in
[[Bishops Wood|place]]
and that she sleeps at her father's in [[Four Ashes|place]] some nights with [[Oliver|name]]. [[Oliver|name]]'s sister [[Poppy|name]] (12)
attends [[Brewood Middle|school]].
Weight has dropped from the 50th to the 25th centile since [[15 June|date]]. I have asked the health visitor [[Sue Morrall|name]]
and the school nurse to share concerns and I will make a referral to children's social care.
Yours sincerely
Dr [[Afua Mensah|name]], Consultant Community Paediatrician
cc: Mrs [[Gemma Hough|name]]; SENCo Mrs [[Till|name]]
""",
    ),
    (
        "family support worker's notes",
        """Family Support - Early Help - [[Hough|name]] family - worker [[Nikki Salt|name]]

[[08/12/2026|date]] Home visit [[Coven|place]]. [[Gemma|name]], [[Olly|name]] and [[Poppy Hough|name]] present. [[Daniel|name]] upstairs
asleep at 2pm; cans in the recycling. [[Poppy|name]] says she puts [[Olly|name]] to bed when dad is "funny". Her friend [[Lacey
Fellows|name]] from [[Brewood|place]] sometimes stays over.
[[Gemma|name]]'s dad [[Keith|name]] ([[Keith Bratt|name]]) at [[3 Station Drive|address]], [[Four Ashes|place]] [[WV10 7BU|postcode]] offers
respite. [[Gemma|name]]'s sister [[Leah Hinton|name]] in [[Codsall|place]] can help on Saturdays.
[[Olly|name]]'s weighted blanket and ear defenders ordered. The dog Pickle is not a risk.
[[10/12/2026|date]] Call to dad [[Daniel Hough|name]] on the landline [[01902 850 473|phone]]: agreed to see the alcohol service in
[[Cannock|place]]; his mate [[Wayne Perks|name]] from [[Coven Heath|place]] will drive him. Dad DOB [[25/07/1989|dob]].
[[11/12/2026|date]] [[Poppy|name]]'s teacher Mr [[Dunn|name]] says she is tired and anxious. Young carers referral discussed.
[[14/12/2026|date]] [[Gemma|name]] texted from [[07807 246 913|phone]]: "[[Dan|name]] went to the group, proud of him".
[[15/12/2026|date]] Joint visit with SW [[Sanjay Mistry|name]]. [[Olly|name]] showed us his trains; [[Poppy|name]] at her friend
[[Lacey|name]]'s in [[Brewood|place]]. Mum says [[Daniel|name]]'s mum [[Jean Hough|name]] in [[Wombourne|place]] will have him for
Christmas 2026.
""",
    ),
    (
        "father's text messages to the family support worker",
        """texts from [[Daniel Hough|name]] to [[Nikki Salt|name]], copied
[[16/12/26|date]]

[[12 Dec|date]] 22:41  [[nikki|name]] its [[dan|name]]. sorry bout earlier. been to the pub in [[brewood|place]] i no i no
[[12 Dec|date]] 22:43  [[gem|name]] has took [[olly|name]] to her dads in [[four ashes|place]] again
[[13 Dec|date]] 09:02  [[wayne|name]] cant take me to [[cannock|place]] tuesday. can u ask [[keith|name]]
[[13 Dec|date]] 09:05  [[poppy|name]] not talkin to me. her mate [[lacey|name]] told her im a drunk
[[14 Dec|date]] 18:20  been dry 2 days. [[olly|name]] did a drawing of me n pickle
[[15 Dec|date]] 07:55  [[gemma|name]] wants me to go to my mums in [[wombourne|place]] for xmas. mum is [[jean hough|name]]
[[15 Dec|date]] 07:56  her number is [[01902 893 617|phone]] if u need it
[[15 Dec|date]] 11:30  ok ill see u [[the 18th|date]] at [[brewood|place]] childrens centre
""",
    ),
    (
        "short breaks panel minutes",
        """SHORT BREAKS PANEL - [[17 December 2026|date]] - [[Stafford|place]]
Chair [[Rosalind Pye|name]]; members [[Ade Olawale|name]], [[Jo Tilstone|name]]; minutes [[Becky Lowndes|name]].
Case 4: [[HOUGH, Oliver|name]], 7, DOB [[2.11.2019|dob]], UPN [[X860404204193|upn]], of [[Coven|place]]. Presented by SW
[[Sanjay Mistry|name]].
[[Oliver|name]] is autistic and non-verbal; parents [[Gemma|name]] and [[Daniel Hough|name]]; sister [[Poppy|name]], a young carer.
Father's drinking; he now attends the service at [[Cannock|place]]. Grandfather [[Keith Bratt|name]] of [[Four Ashes|place]] supports.
Request: overnight short breaks at the unit in [[Penkridge|place]] one weekend a month, and a personal assistant.
Mrs [[Jackie Till|name]] (1:1 at school) is willing to be PA; she lives in [[Brewood|place]]; DBS to be checked.
Panel agreed 24 nights a year from [[4 January|date]], review [[5 July 2027|date]]. [[Olly|name]]'s ID badge photo from mum.
""",
    ),
]


# --- F. Wootton family (white British), Croxton near Eccleshall: a nan caring for two grandchildren --------------------------

HOME_F = d.Address("3 Broughton Road", "Croxton", "Stafford", "ST21 6PD")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Archie", "Wootton")],
            dt.date(2021, 8, 19),
            addresses=[HOME_F],
            ids=["5408723119", "Z860870001457"],
            schools=["Bishop Lonsdale C of E Primary School"],
        ),
        _p("s", "sibling", [("Lily", "Wootton")], dt.date(2023, 3, 7), addresses=[HOME_F], ids=["4656660949"]),
        _p("g", "grandmother", [("Sandra", "Wootton")], dt.date(1966, 1, 12), addresses=[HOME_F], phones=["01785 851 326"]),
        _p("m", "mother", [("Chloe", "Wootton")], dt.date(2000, 9, 4), phones=["07415 982 630"]),
    ],
    "c",
)

DOCS_F = [
    (
        "kinship carer assessment notes",
        """KINSHIP (CONNECTED PERSON) ASSESSMENT - session notes - assessor [[Diane Astbury|name]]
Applicant: [[Sandra Wootton|name]] ("[[Sandie|name]]"), DOB [[12/01/1966|dob]], NI [[PK 30 85 47 B|ni]], of [[3 Broughton Road|address]],
[[Croxton|place]] [[ST21 6PD|postcode]], tel [[01785 851 326|phone]].
Children: [[Archie Wootton|name]] (DOB [[19/08/2021|dob]], NHS [[540 872 3119|nhs]]) and [[Lily Wootton|name]] (DOB [[07/03/2023|dob]],
NHS [[465 666 0949|nhs]]).
Session 1, [[22/10/2026|date]]: [[Sandra|name]] grew up in [[Slindon|place]], worked 30 years at the bakery in [[Eccleshall|place]]. Her
husband [[Geoff|name]] died in 2020. Her son [[Darren Wootton|name]] lives in [[Market Drayton|place]]; he and his wife [[Kirsty|name]]
will babysit. Her daughter [[Chloe|name]] (the children's mother) uses heroin and lives with [[Ashley Pointon|name]] in
[[Stafford|place]].
Session 2, [[29/10/2026|date]]: home in [[Croxton|place]] is a 2-bed bungalow; [[Archie|name]] shares with [[Lily|name]]. Friend and
neighbour [[Margaret Plant|name]] at [[no. 5|address]] is her back-up. [[Sandra|name]]'s GP is in [[Eccleshall|place]] (Dr [[Ferris|name]]).
Session 3, [[5/11/2026|date]]: contact with [[Chloe|name]] at the family centre in [[Stafford|place]] on Saturdays; the children's
father [[Lee Jervis|name]], whereabouts unknown, last in [[Uttoxeter|place]]. Paternal grandmother [[Carol Jervis|name]] of
[[Gnosall|place]] wants contact.
Session 4, [[12/11/2026|date]]: referees [[Margaret Plant|name]] and the vicar, Rev [[Alan Thursfield|name]] of [[Eccleshall|place]];
[[Darren|name]] and [[Kirsty Wootton|name]] seen at [[Market Drayton|place]]; [[Chloe|name]]'s ex [[Ashley Pointon|name]] DOB
[[30/05/1997|dob]].
Car: [[KP17 HZU|vehicle]]. Email [[sandie.wootton@btinternet.com|email]].
""",
    ),
    (
        "grandmother's handwritten letter typed up",
        """Letter from [[Sandra Wootton|name]] to the fostering panel, received
[[20/11/2026|date]], typed as written

Dear Panel,
My name is [[Sandra|name]] and I am nan to [[Archie|name]] and [[Lily|name]]. They have been with me in [[croxton|place]] since
[[the 9th of\nAugust|date]] when
the police found [[Chloe|name]] poorly in the flat in [[Stafford|place]]. [[Archie|name]] was 5 on [[19th August|date]] and we had a
party at
the village hall with his pals [[Freddie|name]] and [[Isabella Hollins|name]] from nursery in [[Eccleshall|place]].
[[Lily|name]] calls me "Nanna [[San|name]]". [[Archie|name]] calls me Nan. I will keep them safe. If [[Chloe|name]] gets clean she can
see them
but not if [[Ash|name]] is with her. [[Ashley|name]] came to my door once and my neighbour [[Margaret|name]] called the police.
My brother [[Ron Sherratt|name]] in [[Woodseaves|place]] and my sister-in-law [[Brenda|name]] have said they will help.
I do not drive at night so [[Darren|name]] will take us to [[Market\nDrayton|place]] for the dentist.
Yours faithfully,
[[Sandra Wootton|name]] (Mrs)
""",
    ),
    (
        "nursery key worker's log",
        """[[LITTLE ACORNS NURSERY|school]], [[ECCLESHALL|place]] - KEY PERSON LOG - [[Lily Wootton|name]] (age 3)
Key person: [[Amy Lockley|name]]. Manager: [[Sue Fradley|name]].

[[04/11/2026|date]] [[Lily|name]] dropped by nan [[Sandra|name]]. Said "mummy [[Chloe|name]] sick". Played with [[Esme|name]] and
[[Harry B|name]].
[[11/11/2026|date]] Nan says contact with mum on Saturday was cancelled; mum's boyfriend "[[Ash|name]]" turned up at [[Stafford|place]]
instead.
[[18/11/2026|date]] [[Lily|name]] hit [[Esme|name]] ([[Esme Pratt|name]]). Spoke to nan; [[Lily|name]] not sleeping. [[Archie|name]]
(5) now at
[[Bishop Lonsdale|school]] reception, teacher Miss [[Kemp|name]].
[[25/11/2026|date]] Collected by great-uncle [[Ron Sherratt|name]] ([[Woodseaves|place]]) - on the list. Car [[KP17 HZU|vehicle]] is nan's.
[[02/12/2026|date]] [[Lily|name]] said "[[Ashy|name]] shouted at mummy". Logged; rang SW [[Kelly Brereton|name]] ([[01785 278 940|phone]]).
[[09/12/2026|date]] Nativity practice. Nan bringing [[Lily|name]]'s dress on [[16 December|date]]. Paternal nan [[Carol Jervis|name]] of
[[Gnosall|place]] asked at the door for a photo; not given - not on the list.
[[14/12/2026|date]] [[Lily|name]] drew "me nan [[Archie|name]] and [[Margaret|name]]"; nan says [[Margaret Plant|name]] reads to her.
""",
    ),
    (
        "child looked after review notes",
        """CLA REVIEW - [[WOOTTON, Archie|name]] and [[WOOTTON, Lily|name]] - [[15/12/2026|date]] - at
[[Croxton|place]]
IRO: [[Neil Hackett|name]]. SW: [[Kelly Brereton|name]]. Carer: [[Sandra Wootton|name]]. Mother [[Chloe Wootton|name]] attended
by phone ([[07415 982 630|phone]]), DOB [[04/09/2000|dob]]. Father [[Lee Jervis|name]] not found.
[[Archie|name]] (UPN [[Z860870001457|upn]]) settled at [[Bishop Lonsdale|school]] in [[Eccleshall|place]]; likes Miss [[Kemp|name]] and
his friend [[Freddie Bould|name]]. [[Lily|name]] at nursery with key person [[Amy Lockley|name]].
[[Chloe|name]]: on a script from the service in [[Stafford|place]]; has left [[Ashley Pointon|name]] and is in a hostel at
[[9 Foregate Street|address]], [[Stafford|place]] [[ST16 2PA|postcode]]. Wants contact at [[Sandra|name]]'s on [[Christmas Day|date]].
Agreed: supervised contact on [[Boxing Day|date]] at the family centre instead. [[Carol Jervis|name]] (paternal nan, [[Gnosall|place]])
to have contact monthly from January 2027. Next review [[15 June 2027|date]].
""",
    ),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 243 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 01:53 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "insp",
    "rev",
    "sw",
    "hv",
    "nurse",
    "our",
    "nan",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "mum",
    "mummy",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "aunt",
    "beli",
    "mbok",
    "meme",
    "bapa",
    "dadong",
    "pekak",
    "iro",
    "tm",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "staffordshire", "staffs", "bali", "indonesia", "south staffordshire"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Beli Wayan", "Meme Luh Sari", "Nanna San") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
