"""Hand-written held-out redaction set 244: six invented families in Saffron Walden, Thaxted and Buntingford (north-west
Essex and east Hertfordshire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set242.py, bench/redaction_set243.py, bench/redaction_set245.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set213.py (its docstring, first two documents and its end: records,
_PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full,
and the signature of Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py
to bench/redaction_set241.py were searched by script, printing only the numbers of the sets that hit, for the towns
(Saffron Walden, Thaxted, Buntingford: no hits) and for candidate communities: Lezgin, Qusar and Kusary had no hits
(Dagestan is in sets 174 and 176, for an Avar family; Ossetian, Ingush, Abkhaz, Mingrelian, Gagauz, Sorbian,
Frisian, Faroese, Basque and others were already taken). Phone numbers were checked with the phonenumbers library; NHS
numbers and UPNs (LA 881 Essex, 919 Hertfordshire) were made with python-stdnum. Nobody may tune the detector on this set:
it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Size: 24 documents, 896 gold spans, 515 of them names (the brief asked for about 900, about 500 names).

Six invented families: a white British mother in Saffron Walden with a boy of 9 and a girl of 3 (Brett / Dix; neglect, a
partner's violence, a nan in Newport); a Lezgin family from Qusar, Azerbaijan (Lezgi and Russian speakers) in Thaxted
(Ramazanov / Ramazanova; domestic abuse, a threat to take a boy abroad, a mother's message in Russian translated); a mixed
white and Black Caribbean girl of 14 in Buntingford (Campbell-Reid / Reid; missing to Stevenage and Hitchin, criminal and
sexual exploitation); a white British young carer of 12 in Buntingford (Prentice; a mother with MS, a father in Royston); a
white British boy of 15 in Saffron Walden (Stott; county lines around Audley End, Newport and Bishop's Stortford, a nan in
Wimbish); and a Black African (Nigerian) family in Thaxted (Adeyemi; physical chastisement with a belt, a section 47 and
the father's complaint). The community new to this set is the Lezgin one: Lezgi kin words (bade, grandmother; dide,
mother; buba, father; khalu, maternal uncle), Lezgin and Azerbaijani names with Russian-style surnames, home places abroad
(Qusar, the village of Hil, Baku) and Azerbaijani phones (+994); the Nigerian family has a Nigerian phone (+234) too.

Document styles, each its own label: a junior school safeguarding log, a nan's WhatsApp messages typed up, a police
domestic abuse log, a mother's message in Russian translated, a return home interview, a Snapchat extract typed up by
police, a young carer's own writing, a young carers' assessment, a police intelligence log, a mother's texts typed up, an
exploitation panel's minutes, a strategy discussion minute, a health visitor's home visit note, an initial child protection
conference's minutes, a boy's own words with a learning mentor, a MARAC referral, a social worker's phone notes, a scanned
school letter as OCR text (l for 1, O for 0, 0 for O, 1 for l, "rn" for "m"), a GP's email, a school nurse's phone note,
a group chat typed up, family support notes, a father's complaint email and a girl's own words with the school nurse.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
The towns, villages, districts and estates (Mill End in Thaxted, Bedwell in Stevenage) are real and marked as places; street names are real
streets or plausible ones, with invented numbers.

Markup and conventions: those of bench/redaction_set213.py, WITH TWO CHANGES set by the brief for every new set: (1) a
pet's name is NOT marked (the dog, the cat and the old dog in these documents stay unmarked); (2) a month with its year, a
season or feast with its year, and a year alone are NOT marked as dates (none is marked here); a day with its month, with
or without a year ("the 3rd", "21 December", "Christmas Day") and dates of birth are marked as before. As in set 213:
titles and kinship words stay outside a name (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, PCSO, Rev, nurse, nan, nanna, grandma,
aunty, uncle and the Lezgi bade, dide, buba, khalu); "SURNAME, First" is one span; initials alone are not marked;
usernames are not marked; organisations holding a town's name stay unmarked ("ESSEX POLICE", "Buntingford Medical
Centre", "Thaxted Primary", "HMP Chelmsford", "Gold Street surgery", "Carers in Hertfordshire"); counties, countries and
districts by council name (Essex, Hertfordshire, Azerbaijan, Uttlesford) are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("jj:", "kier:", "harry p:"), the username "bl.x" is not; a
group chat's title made of nicknames marks the nicknames; "Stansted Airport" and "Audley End" (a station and a village)
are marked as places; "the Lister clinic" and "Addenbrooke's" are hospitals and stay unmarked; a school named by a short
form ("edwinstree", "Freman", "Helena Romanes", "Layston First") is a school span, while a school's full name in a
heading or a list of those present ("KATHERINE SEMAR JUNIOR", "FREMAN C0LLEGE") is an organisation and unmarked; a shop or
service named by its town ("buntingford tesco", "the Saffron Walden family hub worker") marks the town; "high st" and
"catons lane" in chats are addresses; a Russian diminutive ("Aidochka") and a nickname for a grandmother ("jeanie") are
names; the phrase "sagrai" (Lezgi for thanks) and the languages Lezgi and Russian are not marked; an OCR split town
("Bunting ford") is one place span.

Self-check without the detector: `python -m bench.redaction_set244` (and tests/test_redaction_set244.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 896 gold spans, 515 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Brett / Dix family (white British), Peaslands, Saffron Walden --------------------------------------------------

HOME_A = d.Address("14 Ross Close", "Saffron Walden", "Saffron Walden", "CB11 4DU")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tyler-Jay", "Brett")],
            dt.date(2017, 6, 22),
            addresses=[HOME_A],
            ids=["6697151250", "D881577607512"],
            schools=["Katherine Semar Junior School"],
        ),
        _p("s", "sibling", [("Ruby", "Dix")], dt.date(2023, 9, 4), addresses=[HOME_A], ids=["4492336311"]),
        _p("m", "mother", [("Kayleigh", "Brett")], dt.date(1998, 1, 30), addresses=[HOME_A], phones=["07723 418 506"]),
    ],
    "c",
)

DOCS_A = [
    (
        "junior school safeguarding log",
        """KATHERINE SEMAR JUNIOR - SAFEGUARDING LOG (CPOMS print)
Pupil: [[BRETT, Tyler-Jay|name]]   DOB [[22/06/2017|dob]]   UPN [[D881577607512|upn]]   NHS [[669 715 1250|nhs]]
Mum: [[Kayleigh Brett|name]] ([[07723 418 506|phone]]), [[14 Ross Close|address]], [[Saffron Walden|place]] [[CB11 4DU|postcode]]

[[02/11/2026|date]]  [[Tyler-Jay|name]] ("[[TJ|name]]") came in without a coat, said mum's friend [[Gaz|name]] shouted all night.
[[04/11/2026|date]]  TA [[Mel Gooding|name]] noticed a bruise on [[TJ|name]]'s arm. He said [[Ruby|name]] bit him. Body map done.
[[5.11.26|date]]  Mum late at 3.30; came with [[Gary Nunn|name]] ("[[Gaz|name]]"), van [[EY21 LZT|vehicle]] on the zigzags.
[[9th November 2026|date]]  DSL [[Joanne\nPilgrim|name]] phoned Essex Children and Families Hub; SW [[Femi Adebayo|name]] allocated.
[[12/11|date]]  [[TJ|name]] told Mrs [[Catt|name]] he slept at nanny [[Sue|name]]'s in [[Newport|place]] because "[[Gaz|name]] broke the
telly".
[[16/11/2026|date]]  Nan [[Susan Brett|name]] rang ([[01799 523 184|phone]]): she lives [[3 Wicken Road|address]], [[Newport|place]],
[[CB11 3QG|postcode]].
[[19/11/2026|date]]  [[TJ|name]] and [[Alfie Rayner|name]] fought at lunch; [[Alfie|name]]'s mum Mrs [[Rayner|name]] rang to complain.
[[23/11/2026|date]]  Not in school. No answer at [[Ross Close|address]]. Neighbour Mr [[Den Whybrow|name]] at [[no. 16|address]] said they
went to [[Haverhill|place]] to [[Gaz|name]]'s sister's.
[[24/11/2026|date]]  [[Tyler-Jay|name]] back, hungry, took [[Mason Dell|name]]'s crisps. Breakfast club from the [[30th|date]].
[[1/12/2026|date]]  Core group at the school. [[Kayleigh|name]] came with her friend [[Stacey Kemp|name]] from [[Little Walden|place]].
[[2/12/2026|date]]  [[TJ|name]] said "[[Stace|name]] looks after us when mum goes out with [[Gaz|name]]". [[Stacey|name]] is 17.
[[3/12/2026|date]]  Dad [[Shane Brett|name]] wrote from prison asking for reports; DSL checked with SW [[Femi Adebayo|name]] first.
[[4.12.26|date]]  [[Tyler-Jay|name]] drew "me and [[Ruby|name]] at nannys in [[Newport|place]]". Mrs [[Catt|name]] kept it for the file.
""",
    ),
    (
        "nan's WhatsApp messages typed up",
        """WhatsApp from [[Susan Brett|name]] (nan) to SW [[Femi Adebayo|name]], typed up [[27/11/26|date]]

[[22/11|date]] 18:12  its [[sue|name]] [[tjs|name]] nan. [[kayleigh|name]] has gone off to [[haverhill|place]] with [[gaz|name]] and left
the kids
with [[stace|name]]
[[22/11|date]] 18:14  [[ruby|name]] has got a temp and no calpol in the house. ive got them both here in [[newport|place]] now
[[22/11|date]] 20:40  [[kayleigh|name]] says im interfering. [[gary|name]] is not [[rubys|name]] dad her dad is [[jordan dix|name]] in
[[stansted|place]]
[[23/11|date]] 09:02  took [[tj|name]] to school, [[ruby|name]] to mine. my mobile is [[07861 339 204|phone]] landline is
[[01799 523 184|phone]]
[[23/11|date]] 16:30  [[jordan|name]] says he will have [[ruby|name]] at weekends. his mum [[pauline|name]] is in [[debden|place]]
[[24/11|date]] 11:15  [[gaz|name]] turned up outside mine in the van [[EY21 LZT|vehicle]] shouting. my neighbour [[bev|name]] rang 999
[[24/11|date]] 11:50  police came, pc [[hollis|name]] was nice. dont tell [[kayleigh|name]] i said about the van
[[25/11|date]] 08:30  [[tj|name]] wants to stay here. hes in the spare room with [[ruby|name]]. [[kayleigh|name]] hasnt rung
[[25/11|date]] 19:20  [[stacey kemp|name]] came round for [[rubys|name]] bag. she says [[gaz|name]] is at his mates in [[thaxted|place]]
[[26/11|date]] 10:00  [[jordans|name]] mum [[pauline dix|name]] rang me from [[debden|place]]. she will help on the [[4th|date]]
[[26/11|date]] 10:05  [[tj|name]] says [[gaz|name]] pushed [[kayleigh|name]] on the [[18th|date]]. he saw it. he told his mate
[[alfie|name]]
""",
    ),
]


# --- B. Ramazanov / Ramazanova family (Lezgin, from Qusar, Azerbaijan), Thaxted ------------------------------------------

HOME_B = d.Address("7 Weaverhead Close", "Thaxted", "Dunmow", "CM6 2LH")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Eldar", "Ramazanov")],
            dt.date(2015, 3, 11),
            addresses=[HOME_B],
            ids=["5065713170", "M881429619790"],
            schools=["Thaxted Primary School"],
        ),
        _p("s", "sibling", [("Aida", "Ramazanova")], dt.date(2020, 10, 2), addresses=[HOME_B], ids=["2168980381"]),
        _p("m", "mother", [("Samira", "Ramazanova")], dt.date(1991, 7, 19), addresses=[HOME_B], phones=["07958 201 743"]),
    ],
    "c",
)

DOCS_B = [
    (
        "police domestic abuse incident log",
        """ESSEX POLICE - DA INCIDENT LOG   Ref 42/188301/26
Date/time: Fri [[06/11/2026|date]] 22:51   Location: [[7 Weaverhead Close|address]], [[Thaxted|place]], [[CM6 2LH|postcode]]
Victim: [[RAMAZANOVA, Samira|name]] DOB [[19/07/1991|dob]] tel [[07958 201 743|phone]]
Suspect: [[RAMAZANOV, Zaur|name]] DOB [[02/12/1986|dob]] tel [[07402 617 385|phone]] NI [[NX 41 27 63 D|ni]]
Children present: [[Eldar|name]] (11) and [[Aida|name]] (6). Officers PC [[Kirsty Lamb|name]] and PC [[Owen Pryke|name]].
Caller: neighbour Mrs [[Hilary Sizer|name]] of [[no. 9|address]], heard screaming and "[[Samira|name]]! [[Samira|name]]!".
[[Samira|name]] speaks Lezgi and Russian, some English; [[Eldar|name]] interpreted until Language Line (Russian) was found.
[[Eldar|name]] said his buba pushed dide into the door. [[Zaur|name]] left in [[KP68 WHR|vehicle]] before arrival; located at his
brother [[Rustam Ramazanov|name]]'s, [[22 Elm Grove|address]], [[Great Dunmow|place]], [[CM6 1EA|postcode]] on [[07/11/2026|date]] 01:20.
DASH: high. Referral to MARAC and the Hub. Victim's mother [[Gulbahar Kerimova|name]] in [[Qusar|place]], tel [[+994 50 542 83 16|phone]].
Previous: [[14/08/2026|date]] verbal argument reported by [[Hilary Sizer|name]]; [[Zaur|name]] warned. Friend of victim:
[[Leyla Mirzoeva|name]]
of [[Saffron Walden|place]], [[07958 210 743|phone]], who says [[Samira|name]] stayed with her on [[30 August|date]].
OIC: DC [[Hannah Royce|name]]. Bail address for [[RAMAZANOV, Zaur|name]]: [[22 Elm Grove|address]], [[Great Dunmow|place]]; not to enter
[[Thaxted|place]].
""",
    ),
    (
        "mother's message in Russian, translated",
        """Message from [[Samira Ramazanova|name]] to the family support worker [[Lorna Tibbs|name]], sent
[[10/11/2026|date]], Russian, translated by [[Dilara Aslanova|name]] (interpreter)

"Dear [[Lorna|name]], thank you (sagrai, as we say in Lezgi). [[Zaur|name]] is at [[Rustam|name]]'s in [[Dunmow|place]]. He writes to
me every night. He says his mother in [[Qusar|place]] will take [[Eldar|name]] back home to [[Hil|place]] in the summer. My bade
[[Gulbahar|name]] says do not let him. My khalu [[Ferhad|name]] in [[Baku|place]] says the same. [[Aida|name]] cries for her buba.
[[Eldar|name]] is angry and does not eat. His friend [[Oscar|name]] from school came, and his mother [[Nina Haylock|name]] from
[[Mill End|place]] helped me with the forms. My phone is new: [[07518 830 962|phone]]. Please do not give it to [[Zaur|name]]."
Note by [[Lorna Tibbs|name]]: [[Samira|name]] asked that [[Leyla|name]] ([[Leyla Mirzoeva|name]]) may come to meetings. Her bade is
[[Gulbahar Kerimova|name]]; [[Zaur|name]]'s mother is [[Zeynab|name]]. Khalu [[Ferhad Kerimov|name]] lives in [[Baku|place]].
""",
    ),
]


# --- C. Campbell-Reid family (mixed white and Black Caribbean), Buntingford -----------------------------------------------

HOME_C = d.Address("31 Snells Mead", "Buntingford", "Buntingford", "SG9 9JE")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Jada", "Campbell-Reid")],
            dt.date(2012, 4, 17),
            addresses=[HOME_C],
            ids=["5317392950", "D919348890893"],
            schools=["Freman College"],
        ),
        _p("m", "mother", [("Donna", "Reid")], dt.date(1984, 8, 8), addresses=[HOME_C], phones=["07825 104 477"]),
    ],
    "c",
)

DOCS_C = [
    (
        "return home interview",
        """RETURN HOME INTERVIEW - missing episode [[14/11/2026|date]] to [[16/11/2026|date]]
Young person: [[CAMPBELL-REID, Jada|name]] DOB [[17/04/2012|dob]], [[31 Snells Mead|address]], [[Buntingford|place]] [[SG9 9JE|postcode]]
Interviewer: [[Becky Sangster|name]] (Herts Young People's Service). Mum [[Donna Reid|name]] ([[07825 104 477|phone]]) present at the start.
[[Jada|name]] ("[[JJ|name]]") said she went to [[Stevenage|place]] with her friend [[Keisha Moyo|name]] on the 331 bus to see
"[[Blade|name]]",
a boy of about 19 called [[Tyrese|name]]. They stayed at a flat on [[Bedwell|place]] ("by the shops") and then in [[Hitchin|place]].
She said an older man, [[Dwayne|name]], gave them vapes and took their phones. She came back with a new phone ([[07947 316 028|phone]]).
Dad [[Marcus Campbell|name]] in [[Luton|place]] was not told. Nan [[Merle Campbell|name]] in [[Royston|place]] drove out to look for her.
[[Jada|name]] asked that [[Keisha|name]]'s mum Ms [[Moyo|name]] is not told it was [[Keisha|name]]'s idea.
Mum said [[Jada|name]]'s older brother [[Jaden Reid|name]] (19), of [[Chipping|place]], has been "sorting it". [[Jada|name]] said her
best friend used to be [[Amelia Mills|name]] from [[Westmill|place]] but they fell out on the [[2nd|date]]. Her boyfriend [[Tyrese|name]]
has a car, [[YN19 DKE|vehicle]]. Next RHI worker: [[Becky|name]] again. Copy to SW [[Kwame Asante|name]] and to DC [[Amrit Sahota|name]].
[[Keisha Moyo|name]] DOB [[03/02/2012|dob]], [[Layston Park|address]], [[Buntingford|place]] [[SG9 9DS|postcode]]; her RHI is with
[[Becky Sangster|name]] on
the [[20th|date]].
""",
    ),
    (
        "snapchat messages typed up by police",
        """Snapchat extract, handset of [[Jada Campbell-Reid|name]], typed by DC [[Amrit Sahota|name]] [[18/11/26|date]]

[[jj|name]]: u still in [[stevenage|place]]
[[keish|name]]: ye at [[tyrese|name]] cuz flat in [[bedwell|place]]
[[jj|name]]: [[blade|name]] said he will pick us up from [[buntingford|place]] tesco at 9
[[keish|name]]: my mum thinks im at [[amelias|name]] in [[westmill|place]] lol
bl.x: [[jj|name]] bring [[keish|name]] and dont tell [[donna|name]]
[[jj|name]]: ok. [[dwayne|name]] was weird tho
bl.x: [[dwayne|name]] is safe. come [[hitchin|place]] sat
[[keish|name]]: my nan [[merle|name]] is looking 4 u [[jj|name]]. she rang my mum
[[jj|name]]: shes not ur nan shes mine lol. delete this
[[keish|name]]: [[jaden|name]] knows tho. he told [[lee|name]]
[[jj|name]]: [[lee|name]] aint my dad. [[donna|name]] can do one
[[keish|name]]: [[tyrese|name]] said meet at [[stevenage|place]] old town, by the [[high st|address]]
[[jj|name]]: cant. [[mills|name]] mum saw me in [[buntingford|place]] and told [[merle|name]]
[[keish|name]]: [[amelia|name]] is a snitch. [[blade|name]] will pick u up from [[chipping|place]] then
[[jj|name]]: my new no is [[07947 316 028|phone]] dont give it [[jaden|name]]
""",
    ),
]


# --- D. Prentice family (white British), Westmill and Buntingford; young carer ----------------------------------------

HOME_D = d.Address("4 Hare Street Road", "Buntingford", "Buntingford", "SG9 9HA")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Oliver", "Prentice")],
            dt.date(2014, 2, 26),
            addresses=[HOME_D],
            ids=["9604024841", "D919783275095"],
            schools=["Layston First School", "Edwinstree Middle School"],
        ),
        _p("m", "mother", [("Lisa", "Prentice")], dt.date(1980, 5, 13), addresses=[HOME_D], phones=["07380 552 619"]),
    ],
    "c",
)

DOCS_D = [
    (
        "young carer's own writing",
        """my life by [[ollie prentice|name]] age 12 ([[edwinstree|school]])

i look after my mum [[lisa|name]] she has MS. i do her tablets and the washing and i get [[poppy|name]] my little sister ready.
my dad [[craig|name]] lives in [[royston|place]] with [[shelley|name]]. i go there on sundays sometimes.
my best mate is [[reuben|name]] he lives in [[aspenden|place]]. we play fortnite. his mum [[nicky|name]] gives me tea on tuesdays.
i dont like it when mum falls. last time was the [[3rd|date]] and i had to ring 999. the man on the phone was called [[steve|name]].
i would like to go to young carers club in [[bishops stortford|place]] but mum cant drive me.
nan [[jean|name]] in [[cottered|place]] makes pie on saturdays. [[poppy|name]] calls her nanna [[jeanie|name]].
my teacher mr [[barlow|name]] lets me keep my phone on in case mum rings. my number is [[07723 481 506|phone]].
when i grow up i want to be a paramedic like [[steve|name]]. my dog (Bruno) is old. [[reuben|name]] and me want to go to [[ware|place]] for
bowling.
Written with Mrs [[Halloran|name]] (ELSA), [[25/11/2026|date]]
""",
    ),
]
DOCS_D += [
    (
        "young carers' assessment",
        """YOUNG CARERS' NEEDS ASSESSMENT (Carers in Hertfordshire referral)
Young carer: [[PRENTICE, Oliver|name]] DOB [[26/02/2014|dob]] UPN [[D919783275095|upn]] NHS [[960 402 4841|nhs]]
Address: [[4 Hare Street Road|address]], [[Buntingford|place]], [[SG9 9HA|postcode]]. Mum [[Lisa Prentice|name]] [[07380 552 619|phone]].
Sister: [[Poppy Prentice|name]] (6), [[Layston First|school]]. Father [[Craig Prentice|name]], [[19 Melbourn Road|address]],
[[Royston|place]].
[[Oliver|name]] ("[[Ollie|name]]") does personal care for his mum after her falls, the last on [[3 November|date]]. District nurse
[[Angela Mott|name]] visits from [[Puckeridge|place]]. MS nurse Dr [[Fiona Rees|name]] at the Lister clinic.
Support: [[Nicky Searle|name]] (mum of his friend [[Reuben|name]]) in [[Aspenden|place]] helps on Tuesdays; paternal nan
[[Jean Prentice|name]] in [[Cottered|place]] does Saturdays. Assessor: [[Hayley Brand|name]]. Review [[26 February 2027|date]].
[[Ollie|name]] wants time with [[Reuben Searle|name]] and to go to the club in [[Bishop's Stortford|place]] on Thursdays; lift from
[[Nicky Searle|name]] ([[07947 613 028|phone]]). [[Poppy|name]] (NHS [[544 651 5080|nhs]]) to be seen by the [[Buntingford|place]] school
nurse
[[Kate Wilde|name]]. Dad's partner [[Shelley Ward|name]] will have [[Poppy|name]] on the [[19th|date]].
""",
    ),
]


# --- E. Stott family (white British), Saffron Walden; exploitation and exclusion ------------------------------------------

HOME_E = d.Address("58 Catons Lane", "Saffron Walden", "Saffron Walden", "CB10 2DT")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Callum", "Stott")],
            dt.date(2011, 10, 5),
            addresses=[HOME_E],
            ids=["3181024813", "L881188350043"],
            schools=["Saffron Walden County High School"],
        ),
        _p("m", "mother", [("Tracey", "Stott")], dt.date(1979, 3, 21), addresses=[HOME_E], phones=["07931 274 850"]),
    ],
    "c",
)

DOCS_E = [
    (
        "police intelligence log",
        """ESSEX POLICE - INTELLIGENCE / STOP LOG
Subject: [[STOTT, Callum|name]] DOB [[05/10/2011|dob]], [[58 Catons Lane|address]], [[Saffron Walden|place]] [[CB10 2DT|postcode]]
[[13/11/2026|date]] 16:20  Stopped on [[Audley End|place]] station platform with [[Kieran Mumford|name]] (17) of
[[Great Chesterford|place]].
£340 cash, two phones. Said he was going to [[Cambridge|place]] to see "[[Ziggy|name]]". Mum [[Tracey Stott|name]] collected.
[[20/11/2026|date]] 21:05  Seen in a grey Golf [[AV20 KXN|vehicle]] in [[Bishop's Stortford|place]] with [[Kieran|name]] and an adult,
believed [[Lewis Farr|name]] ("[[Ziggy|name]]"), of [[Flat 6, 2 Station Road|address]], [[Newport|place]].
[[21/11/2026|date]]  PCSO [[Dan Wicks|name]] spoke to mum on [[07931 274 850|phone]]. Referral to the Hub and the exploitation panel.
[[25/11|date]]  School: [[Callum|name]] excluded for 5 days after fighting [[Harry Pask|name]]. Head of year Mr [[Goodchild|name]].
[[27/11/2026|date]] 18:40  [[Callum|name]] reported missing by mum; found 23:10 at [[Ashdon|place]] at [[Harry Pask|name]]'s with
[[Kieran|name]].
[[Kieran Mumford|name]]'s mother [[Dawn Mumford|name]], [[9 Ickleton Road|address]], [[Great Chesterford|place]] [[CB10 1PB|postcode]],
informed.
Associate: [[Jake Ruddock|name]] ("[[Rudds|name]]"), 18, of [[Harlow|place]]; car [[WR17 FOX|vehicle]].
[[02/12/2026|date]]  [[Callum|name]] and [[Kieran|name]] seen at [[Newport|place]] station by PCSO [[Wicks|name]]; [[Callum|name]] gave his
name as
"[[Cal Turner|name]]". Nan [[Janet Stott|name]], [[2 Elder Street|address]], [[Wimbish|place]] [[CB10 2XF|postcode]], collected him.
""",
    ),
]
DOCS_E += [
    (
        "mother's text messages typed up",
        """Texts from [[Tracey Stott|name]] (mum) to YOS worker [[Gemma Frost|name]], copied [[26/11/26|date]]

[[20/11|date]] 22:14  [[callum|name]] still not home. hes with [[kieran|name]] again i know it
[[20/11|date]] 22:40  [[kieran|name]]s mum [[dawn|name]] says they went [[stortford|place]]. some bloke called [[ziggy|name]] picked them up
[[21/11|date]] 00:30  hes back. he smells of weed and has new trainers. says [[ziggy|name]] bought them
[[21/11|date]] 08:05  his nan [[jan|name]] in [[wimbish|place]] says he can stay there for a bit. her no is [[07723 418 560|phone]]
[[22/11|date]] 19:00  [[cal|name]] got a text from a number [[07825 140 477|phone]] saying hes in debt. im scared
[[23/11|date]] 10:10  his dad [[wayne|name]] says hes coming up from [[harlow|place]] to sort it. please dont let him
[[24/11|date]] 07:45  [[jan|name]] says [[cal|name]] slept ok. [[kierans|name]] mum [[dawn mumford|name]] rang me too
[[24/11|date]] 21:00  [[wayne stott|name]] turned up at [[catons lane|address]]. [[cal|name]] went to [[harrys|name]] in [[ashdon|place]]
""",
    ),
    (
        "exploitation panel minutes",
        """CONTEXTUAL SAFEGUARDING / MACE PANEL - [[3 December 2026|date]]
Present: [[Alison Crane|name]] (chair), DS [[Marc Ellery|name]], [[Gemma Frost|name]] (YOS), [[Joanne Pilgrim|name]] (Katherine Semar
Junior, for [[Tyler-Jay Brett|name]] on another item), Mr [[Goodchild|name]] (SWCHS), SW [[Femi Adebayo|name]].
1. [[Callum STOTT|name]] ([[05/10/2011|dob]]). Links to [[Lewis FARR|name]] ("[[Ziggy|name]]") and [[Kieran MUMFORD|name]]. Places:
[[Audley End|place]] station, the skate park at [[Saffron\nWalden|place]] common, [[Bishop's Stortford|place]] bus station.
Disruption: notice to [[Lewis Farr|name]]; vehicle [[AV20 KXN|vehicle]] flagged. Nan [[Janet Stott|name]] in [[Wimbish|place]] as safe base.
Actions: DS [[Ellery|name]] to check the debt number [[07825 140 477|phone]]; [[Gemma|name]] to see [[Callum|name]] weekly.
Also discussed: [[Kieran Mumford|name]] ([[12/01/2009|dob]]), [[9 Ickleton Road|address]], [[Great Chesterford|place]]; his mum
[[Dawn|name]]
works in [[Sawston|place]]. [[Harry Pask|name]] of [[Ashdon|place]] is a friend, not a concern. [[Jake Ruddock|name]] of [[Harlow|place]]
seen with [[Farr|name]] at [[Stansted Airport|place]] on [[28 November|date]]. Next panel [[14 January 2027|date]]; minutes by
[[Nell Sayer|name]].
""",
    ),
]


# --- F. Adeyemi family (Black African, Nigerian), Thaxted ----------------------------------------------------------------

HOME_F = d.Address("12 Bardfield Road", "Thaxted", "Dunmow", "CM6 2LW")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Toluwani", "Adeyemi")],
            dt.date(2018, 1, 9),
            addresses=[HOME_F],
            ids=["0748966803", "W919626028327"],
            schools=["Thaxted Primary School"],
        ),
        _p("m", "mother", [("Funmilayo", "Adeyemi")], dt.date(1989, 6, 1), addresses=[HOME_F], phones=["07947 361 082"]),
    ],
    "c",
)

DOCS_F = [
    (
        "strategy discussion minute",
        """STRATEGY DISCUSSION (section 47) - [[17/11/2026|date]] 11:00, Teams
Child: [[ADEYEMI, Toluwani|name]] ("[[Tolu|name]]") DOB [[09/01/2018|dob]], [[12 Bardfield Road|address]], [[Thaxted|place]]
[[CM6 2LW|postcode]]
Present: [[Priti Shah|name]] (team manager, chair), DC [[Neil Buckle|name]], school nurse [[Ruth Ashdown|name]], DSL [[Claire Bream|name]].
[[Tolu|name]] told her teacher Miss [[Aldous|name]] on [[16 November|date]] that daddy hit her with a belt for losing her reading book.
Linear marks seen on her left thigh. Father [[Kunle Adeyemi|name]] DOB [[14/04/1985|dob]] tel [[07402 671 385|phone]]; mother
[[Funmilayo Adeyemi|name]] ("[[Funmi|name]]") [[07947 361 082|phone]]. Brother [[Daniel Adeyemi|name]] (13) at [[Helena Romanes|school]].
Aunt [[Bisi Ogunleye|name]] lives [[40 Newbiggen Street|address]], [[Thaxted|place]]. Her husband [[Tunde|name]] is in [[Chelmsford|place]].
Pastor [[Emmanuel Okoro|name]] of a church in [[Harlow|place]]
knows the family. Decision: s47 joint; child protection medical at Addenbrooke's today.
Actions: DC [[Buckle|name]] and SW [[Leanne Crisp|name]] to see [[Tolu|name]] and [[Daniel|name]] at school today; [[Claire Bream|name]] to
tell
[[Funmi|name]] at pick-up; [[Ruth Ashdown|name]] to share [[Tolu|name]]'s health record, NHS [[074 896 6803|nhs]]. Next:
[[1 December|date]].
""",
    ),
]


# --- Second round --------------------------------------------------------------------------------------------------------

DOCS_A += [
    (
        "health visitor's home visit note",
        """HEALTH VISITING - HOME VISIT   [[25/11/2026|date]]   HV [[Rosie Whitmore|name]]
Child: [[Ruby Dix|name]] DOB [[04/09/2023|dob]] NHS [[449 233 6311|nhs]]. Mother [[Kayleigh Brett|name]]. Seen at nan's,
[[3 Wicken Road|address]], [[Newport|place]], as mum not at [[14 Ross Close|address]].
[[Ruby|name]] had a temperature, nappy rash, missed her 2 year review (letters [[2 June|date]] and [[8 September|date]]).
Nan [[Sue Brett|name]] ([[07861 339 204|phone]]) says [[Kayleigh|name]] "can't cope with [[Gary|name]] around". Father [[Jordan Dix|name]]
of [[Stansted Mountfitchet|place]] has asked for contact. Dog (Tyson) kept in the kitchen.
GP: Dr [[Harwood|name]] at the Gold Street surgery, [[Saffron Walden|place]]. Plan: weigh again on the [[9th|date]].
Discussed with SW [[Femi Adebayo|name]] and the [[Saffron Walden|place]] family hub worker [[Trish Mayhew|name]].
[[Kayleigh|name]] arrived at 11.20 with [[Stacey Kemp|name]]. She said [[Gaz|name]] ([[Gary Nunn|name]]) has moved back to his mum's in
[[Debden|place]]. [[Ruby|name]] clung to nan. [[Ruby|name]]'s other nan, [[Pauline Dix|name]], is in [[Debden|place]] too.
""",
    ),
    (
        "initial child protection conference minutes",
        """INITIAL CHILD PROTECTION CONFERENCE - [[7 December 2026|date]]
Children: [[Tyler-Jay BRETT|name]] ([[22/06/2017|dob]]) and [[Ruby DIX|name]] ([[04/09/2023|dob]]), [[14 Ross Close|address]],
[[Saffron Walden|place]] [[CB11 4DU|postcode]].
Chair: [[Margaret Oduya|name]]. Present: [[Kayleigh Brett|name]] (mother) with advocate [[Sam Leggatt|name]]; [[Jordan Dix|name]] (father
of [[Ruby|name]]); nan [[Susan Brett|name]]; SW [[Femi Adebayo|name]]; HV [[Rosie Whitmore|name]]; DSL [[Joanne Pilgrim|name]]; PC
[[Tom Hollis|name]].
Not invited: [[Gary Nunn|name]], mum's partner, DOB [[11/03/1990|dob]], NI [[PR 63 08 14 A|ni]], of [[Mill Lane|address]], [[Debden|place]].
[[TJ|name]]'s father [[Shane Brett|name]] (in prison, HMP Chelmsford) was sent the report.
Police: two call-outs to [[Ross Close|address]], on [[14 October|date]] and [[22/11/2026|date]]. Nan's neighbour [[Beverley Croot|name]]
rang the second.
Decision: both children subject to plans under neglect. Core group on [[21 December|date]]. Review conference [[7 March 2027|date]].
Core group: [[Kayleigh|name]], [[Jordan|name]], [[Susan Brett|name]], [[Femi Adebayo|name]], [[Rosie Whitmore|name]],
[[Joanne Pilgrim|name]] and
[[Trish Mayhew|name]]. [[Stacey Kemp|name]] ([[Little Walden|place]]) not to babysit. Minute taker: [[Carol Dunnett|name]].
""",
    ),
]

DOCS_B += [
    (
        "Eldar's own words, written with the learning mentor",
        """about me - [[eldar|name]] year 6, with Mrs [[Quilter|name]], [[24/11/2026|date]]

my name is [[eldar|name]] but at school they say [[el|name]]. i was born in [[qusar|place]] in azerbaijan. my bade [[gulbahar|name]] still
lives
there and in the summer we go to [[hil|place]] where the mountains are. i speak lezgi with bade and russian with dide and english with
[[oscar|name]]. my buba [[zaur|name]] shouts at dide. i told [[kirsty|name]] the police lady. i want buba to be nice. my sister
[[aida|name]]
is 6 and she sleeps in my bed now. my uncle [[rustam|name]] is in [[dunmow|place]] and he is ok. i want to stay in [[thaxted|place]].
Mrs [[Quilter|name]] noted: [[Eldar|name]] drew the windmill and the church and wrote "[[THAXTED|place]]" and "[[ELDAR|name]]" on it.
He named his friends [[Oscar Haylock|name]] and [[Freddie|name]]. He calls his sister "[[Aidochka|name]]". He said uncle [[Rustam|name]]'s
wife [[Madina|name]] is kind.
Mrs [[Quilter|name]] told SW [[Lorna Tibbs|name]] on the [[25th|date]]. [[Eldar|name]]'s class teacher is Mr [[Pettit|name]].
""",
    ),
    (
        "MARAC referral",
        """MARAC REFERRAL (Uttlesford)   Received [[09/11/2026|date]]
Victim: [[Samira RAMAZANOVA|name]], DOB [[19/07/1991|dob]], [[7 Weaverhead Close|address]], [[Thaxted|place]], [[CM6 2LH|postcode]];
new phone [[07518 830 962|phone]] (do not share). Interpreter needed: Russian (or Lezgi).
Perpetrator: [[Zaur RAMAZANOV|name]], DOB [[02/12/1986|dob]], staying at [[22 Elm Grove|address]], [[Great Dunmow|place]]; works at a car
wash in [[Stansted|place]]; car [[KP68 WHR|vehicle]].
Children: [[Eldar RAMAZANOV|name]] ([[11/03/2015|dob]]), NHS [[506 571 3170|nhs]]; [[Aida RAMAZANOVA|name]] ([[02/10/2020|dob]]).
Risk: strangulation on [[6 Nov|date]]; threats to take [[Eldar|name]] to [[Qusar|place]]; calls from his mother [[Zeynab Ramazanova|name]]
([[+994 55 610 32 74|phone]]). IDVA [[Harriet Lusk|name]]. Referrer PC [[Kirsty Lamb|name]].
Safe contacts: [[Leyla Mirzoeva|name]] ([[Saffron Walden|place]]); [[Nina Haylock|name]] ([[Mill End|place]], [[Thaxted|place]]).
School DSL: Mrs [[Quilter|name]]. SW: [[Lorna Tibbs|name]]. Perpetrator's brother [[Rustam Ramazanov|name]] tel [[07861 393 204|phone]].
""",
    ),
]

DOCS_C += [
    (
        "social worker's phone notes",
        """Phone notes - SW [[Kwame Asante|name]], Herts Children's Services (Buntingford team)
[[17/11/2026|date]] 09:10  Mum [[Donna Reid|name]] ([[07825 104 477|phone]]): [[Jada|name]] home, refuses school. Says [[Freman|school]]
blamed her.
[[17/11/2026|date]] 09:40  Dad [[Marcus Campbell|name]] ([[07931 247 850|phone]]) from [[Luton|place]]: wants [[Jada|name]] to live with him
and
his partner [[Tanisha|name]]. Says [[Donna|name]]'s boyfriend [[Lee Harrop|name]] lets her go out.
[[18/11/2026|date]] 14:05  Nan [[Merle Campbell|name]], [[6 Kneesworth Street|address]], [[Royston|place]] [[SG8 5AA|postcode]]: found
[[Jada|name]] and
[[Keisha|name]] at [[Stevenage|place]] bus station on the [[15th|date]].
[[19/11/2026|date]] 11:20  [[Keisha Moyo|name]]'s mum [[Ruth Moyo|name]] ([[01763 271 659|phone]]): [[Keisha|name]] grounded; she lives
[[Layston Park|address]], [[Buntingford|place]]. DC [[Sahota|name]] told of "[[Blade|name]]" and "[[Dwayne|name]]".
[[20/11/2026|date]] 16:30  [[Jada|name]]'s friend "[[Mills|name]]" ([[Amelia Mills|name]]) of [[Westmill|place]] says [[Jada|name]] is
seeing
"[[Tyrese|name]]" on [[Bedwell|place]] again.
[[21/11/2026|date]] 10:00  [[Jaden Reid|name]] (brother) rang: [[Lee Harrop|name]] has a grey van, [[LF66 UAT|vehicle]]. [[Lee|name]] drinks
in
[[Puckeridge|place]]. Told [[Donna|name]]. [[Merle|name]] offered [[Jada|name]] a room in [[Royston|place]].
""",
    ),
    (
        "scanned school letter (OCR text)",
        """[OCR of a scanned letter; misreadings kept]
FREMAN C0LLEGE, [[Bunting ford|place]]                                                    [[2l November 2O26|date]]
Dear Ms [[Reid|name]],
Re: [[Jada Campbe11-Reid|name]], Year 9, D0B [[l7/O4/2Ol2|dob]], UPN [[D919348890893|upn]]
[[Jada|name]] has missed 14 sessions since [[3O/O9/2O26|date]]. She was seen by Mr [[0ates|name]] at the
[[Buntingford|place]] bus stop with [[Keisha M0yo|name]] on the [[l3th|date]] when she was
marked ill. Please ring our attendance officer Mrs [[Lynne Pyke|name]] on [[01763 271 659|phone]].
Y0urs sincerely, [[Pau1 Dyson|name]], Head of Year 9
cc: [[Kwame Asante|name]], [[l2 Station R0ad|address]], [[Hertf0rd|place]]
[[Jada|name]]'s friend [[Arnelia Mi1ls|name]] was a1so absent on the [[l3th|date]].
""",
    ),
]

DOCS_D += [
    (
        "GP's email to the school nurse",
        """From: Dr [[Imogen Castle|name]] <[[imogen.castle@nhs.net|email]]>
To: [[kate.wilde@hertscommunity.nhs.uk|email]]
Date: [[26/11/2026|date]]
Subject: [[Oliver Prentice|name]] ([[26.02.2014|dob]]) - young carer

Dear [[Kate|name]],
I saw [[Lisa Prentice|name]] with [[Oliver|name]] on [[24 November|date]]. [[Lisa|name]]'s MS has relapsed and she fell on the
[[3rd|date]]; [[Ollie|name]] lifted her and hurt his back. His dad [[Craig|name]] in [[Royston|place]] has been told. [[Ollie|name]]'s nan
[[Jean|name]] in [[Cottered|place]] can help at weekends. Please could you see him at [[Edwinstree|school]]? I have referred to Carers
in Hertfordshire and to the [[Buntingford|place]] family centre worker, [[Sandra Quy|name]].
Best wishes, [[Imogen|name]] (Dr [[Castle|name]], Buntingford Medical Centre, [[01763 271 695|phone]])
PS [[Lisa|name]]'s neighbour Mrs [[Pam Greygoose|name]] at [[no. 6|address]] keeps a key. [[Lisa|name]]'s NHS number is on file.
""",
    ),
    (
        "school nurse's phone note",
        """School nurse phone note, [[Kate Wilde|name]], [[27/11/2026|date]]
Spoke to [[Ollie|name]]'s mum [[Lisa|name]] on [[07380 552 619|phone]]. [[Poppy|name]] (6) now goes to her friend [[Isla|name]]'s in
[[Westmill|place]] after school; [[Isla|name]]'s mum is [[Gemma Tuck|name]]. [[Craig Prentice|name]] rang back from [[Royston|place]]
([[07518 803 962|phone]]): will have both children every other weekend from the [[12th|date]]. Friend [[Reuben Searle|name]] says
[[ollie|name]]
"never comes out". Plan: young carers club in [[Bishop's\nStortford|place]]; lift with [[Nicky Searle|name]] from [[Aspenden|place]].
[[Lisa|name]] asked that her sister [[Claire Tanner|name]] of [[Braughing|place]] is told too. Mr [[Barlow|name]] ([[Edwinstree|school]])
agreed.
""",
    ),
]

DOCS_E += [
    (
        "friends' group chat typed up",
        """WhatsApp group "[[cal|name]] [[kier|name]] n the boys", from [[Callum Stott|name]]'s phone, typed by PCSO [[Dan Wicks|name]]
[[22/11/26|date]]

[[kier|name]]: u comin [[audley end|place]] 4 the 4.10
[[cal|name]]: ye. [[ziggy|name]] said bring the bag
[[harry p|name]]: [[cal|name]] ur mum is ringin my mum lol
[[kier|name]]: tell [[tracey|name]] ur at [[harrys|name]] in [[ashdon|place]]
[[cal|name]]: nah my nan [[jan|name]] will know. meet at the skate park in [[walden|place]]
[[kier|name]]: [[ziggy|name]] says u owe 200. he knows u live on [[catons lane|address]]
[[harry p|name]]: im out. [[cal|name]] dont go [[stortford|place]] wiv them
[[kier|name]]: [[rudds|name]] is pickin us up from [[newport|place]] station innit
[[cal|name]]: my dad [[wayne|name]] is here. cant
[[harry p|name]]: my mum [[sarah|name]] says u can come [[ashdon|place]] for tea [[cal|name]]
""",
    ),
]

DOCS_F += [
    (
        "family support worker's notes",
        """FAMILY SUPPORT - session notes, [[Leanne Crisp|name]] (Uttlesford family hub)
[[24/11/2026|date]]  Home visit to [[12 Bardfield Road|address]], [[Thaxted|place]]. [[Funmi|name]] and [[Kunle|name]] present;
[[Tolu|name]] and
[[Daniel|name]] at school. Dad said "in [[Ibadan|place]] my father beat me and I turned out fine". Talked about other ways.
[[Kunle|name]] has agreed to stay with his cousin [[Segun Afolabi|name]] in [[Great Easton|place]] while the s47 is open.
[[1/12/2026|date]]  [[Tolu|name]]'s grandma is [[Adebola Adeyemi|name]], in [[Ibadan|place]],
phone [[+234 803 456 7821|phone]]; she rings on Sundays. Aunt [[Bisi|name]] helps with the school run to Thaxted Primary.
[[5/12/2026|date]]  [[Tolu|name]] gave me a card for "Aunty [[Leanne|name]]". Her best friend is [[Ivy Brand|name]] from
[[Little Easton|place]].
[[6/12/2026|date]]  [[Daniel|name]] ("[[Danny|name]]") said he wants his dad home for [[Christmas Day|date]]. [[Segun|name]] drove
[[Kunle|name]] over;
contact was supervised by [[Bisi Ogunleye|name]] at [[40 Newbiggen Street|address]].
[[7/12/2026|date]]  Called [[Funmi|name]] on [[07947 361 082|phone]]. She wants a Yoruba speaker; [[Leanne|name]] to ask
[[Priti Shah|name]].
[[Daniel|name]]'s teacher at [[Helena Romanes|school]], Mr [[Okonedo|name]], says [[Dan|name]] is quiet. Grandma [[Adebola|name]] rang
again.
""",
    ),
    (
        "complaint email from the father",
        """From: [[kunle.adeyemi85@gmail.com|email]]
To: complaints, Essex County Council
Date: [[2 December 2026|date]]
Subject: Complaint about social worker [[Priti Shah|name]] and the police

I am [[Kunle Adeyemi|name]], father of [[Toluwani|name]] and [[Daniel|name]], of [[12 Bardfield Road|address]], [[Thaxted|place]]
[[CM6 2LW|postcode]].
On [[17 November|date]] my daughter was taken to [[Cambridge|place]] for a medical without me. DC [[Buckle|name]] spoke to me like a
criminal.
Your worker Mrs [[Crisp|name]] tells my wife [[Funmilayo|name]] what to do. My pastor, Rev [[Okoro|name]], will write in support. My brother
in
law [[Tunde Ogunleye|name]] in [[Chelmsford|place]] will come to the meetings. Ring me on [[07402 671 385|phone]].
[[KUNLE ADEYEMI|name]]
cc: [[Funmilayo Adeyemi|name]]; Rev [[Emmanuel Okoro|name]], [[Harlow|place]]; councillor Mrs [[Jenny Ashcroft|name]], [[Thaxted|place]].
""",
    ),
    (
        "Tolu's own words, with the school nurse",
        """what makes me happy and sad - [[tolu|name]] age 8, with nurse [[Ruth|name]], [[3/12/2026|date]]

happy: my brother [[dan|name]], aunty [[bisi|name]], jollof, my friend [[ivy|name]] from [[little easton|place]], swimming in
[[dunmow|place]].
sad: when daddy is cross. when i lost my book. when grandma in [[ibadan|place]] cant see me on the phone.
i want daddy to come home but not to use the belt. mummy says daddy is at uncle [[segun|name]]s in [[great easton|place]].
[[Ruth|name]] wrote: [[Tolu|name]] was calm and chatty. She asked if Miss [[Aldous|name]] would be told. She would.
She said her friends are [[Ivy|name]], [[Maisie Rowe|name]] and [[Zara|name]]. Her cat (Pepper) sleeps on [[Dan|name]]'s bed.
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 244 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 01:53 UTC, read since)"


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
    "pastor",
    "sw",
    "hv",
    "nurse",
    "our",
    "nan",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "mum",
    "mummy",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "aunt",
    "nanna",
    "bade",
    "buba",
    "dide",
    "khalu",
    "mama",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "essex", "hertfordshire", "herts", "azerbaijan", "russia", "nigeria", "uttlesford"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("bade Gulbahar", "khalu Ferhad", "Rev Okoro") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
