"""Set 194: a held-out hand-written set for the redaction detector, six more invented families in east Wiltshire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set195.py to bench/redaction_set197.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: lines 1 to 140 and 560 to 621 of bench/redaction_set181.py and all of tests/test_redaction_set181.py (the
layout, the record constructors, _TITLES, _AFTER, _NOT_PLACES and the docstring's shape copied here); bench/redaction_set21.py
and tests/test_redaction_set21.py were NOT opened (set 181's opening, which follows set 21's conventions, was the model); the
docstrings of bench/redaction_set7.py to bench/redaction_set193.py were searched by script (ast.get_docstring, printing only
the file names that matched) for the towns, villages, districts and communities used here: none of Marlborough, Pewsey,
Aldbourne, Ramsbury, Upavon, Zouch, Perham Down or Tumbuka was found (Tidworth, Ludgershall, Burbage and Manton were: the Tidworth
family lives on the Zouch estate, which was not, and Ludgershall, Burbage and Manton are named only in passing);
only the `class Records`, `def party` and `class HandSet`
line numbers of bench/redaction_handwritten.py were looked at (by grep); no part of pyproject.toml was read (ruff was run with
the project's settings). Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs (LA 865) made and
checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once.
If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Marlborough, Pewsey, Tidworth and the villages around them, each from a town, estate or village the earlier
docstrings did not show as a family's home: a young white British mother and her partner in Pewsey with a nan in Woodborough
(Tanner / Giddings; neglect, cannabis, a child of 4 underweight, child protection plans); a Tumbuka family (from
northern Malawi; the father a Commonwealth soldier) on the Zouch estate, Tidworth (Mhango / Nyirenda; domestic abuse with
strangulation, a girl of 13 who rang 999, bail to Perham Down, a family chat in Tumbuka with a grandmother in Mzuzu); a white
British boy of 16 in Marlborough (Hiscock; missing to Swindon, county lines to Hungerford and Newbury, a mother's letter); a
young carer of 12 in Aldbourne (Woolford; a mother with bipolar disorder); a white British family in Upavon with an autistic
boy of 10 (Baverstock; short breaks, a 3 a.m. voice note, a school taxi incident); and a girl of 6 in Ramsbury (Lanfear /
Pocock; domestic abuse with strangulation and cocaine, an aunt in Chiseldon, an arrest on body-worn video). The community,
Tumbuka (northern Malawi), did not appear in any earlier docstring searched. 24 documents, each with its own style label: a
health visitor's home visit record, a child's diary page scanned by OCR (with its misreadings), a social worker's case
chronology, an initial child protection conference decisions sheet, a police DASH summary, a family WhatsApp chat in Tumbuka
with translation, a school DSL's log, MARAC minutes, a return home interview, Snapchat messages typed up, contextual
safeguarding panel minutes, a mother's handwritten letter, a young carers' assessment, a mother's email to the school (with
the reply), a CPN's email to the GP, a child's own writing, short breaks panel minutes, a mother's voice note transcribed,
an OT home assessment, a school taxi incident form, a MASH referral form, a duty social worker's lower-case phone notes, a
strategy discussion record and a police body-worn video transcript.

Invented: every person, house number, street in a family's address, phone number, NHS number, UPN, NI number, email address
and vehicle registration. Phones are valid (phonenumbers), UK and foreign (Malawi); NHS numbers and UPNs (LA 865) pass their
check digits. The council's teams ("Pewsey and Vale locality team", "Kennet Community Mental Health Team"), the surgery
("Ramsbury and Aldbourne Surgery"), the Pewsey Health Visiting Team, Carers Support Wiltshire and Wiltshire Police are
invented or unmarked organisations; towns, villages, districts, estates and a garrison are real and marked as places; schools
named are real schools of the area (marked as schools) and nothing in this set is about them.

Markup and conventions: exactly those of set 181 (which follows bench/redaction_set21.py). Titles and kinship words stay
outside a name (Mr, Mrs, Ms, Miss, Dr, Rev, PC, PCSO, DC, DS, Sgt, Capt, Lt Col, Nan, nanny, Auntie, and the Tumbuka Amama,
Adada, Ada (aunt), Ambuya (grandmother) and Asibweni (uncle)); a chat contact saved as a kinship word ("Amama", "Adada") is not
a name; "SURNAME, First" and "First SURNAME" are one span ("TANNER, Ocean", "Tiwonge NYIRENDA"); usernames ("deano_sn2",
"kai_h10", "mum_donna") are not marked; a family name in a group chat's title ("Banja la Mhango") is a name; a neighbour's bare
house number ("no. 9", "no. 29") is an address; organisations holding a town's name stay unmarked, and so do counties and
countries ("Wiltshire", "Malawi") and the former district name "Kennet"; an OCR misreading keeps its kind ("23.11.2O26" a date,
"Pewsev" a place, "RyIee Tanner" and "0cean" names); pets ("Biscuit", "Pickle", "Ripley") are not names; a child's baby-talk
form of a name ("Tewwy") is a name.

Choices this set had to make: A-roads ("the A346", "the A345") are landmarks and stay unmarked; a bare month and year
("09/2024", "June 2027") is not a date; a date of birth of someone outside the record, given in a transcript ("2nd of May
1995"), is a dob; "Gable Cross" (a police station named by its district) marks the district as a place; "Boscombe Down" (an
airfield and employer that is also a place name) is marked as a place; a street named only by its short form ("Cherry Orchard",
"the square") is an address.

Self-check without the detector: `python -m bench.redaction_set194` (and tests/test_redaction_set194.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 901 gold spans, 512 of them names (address 28, postcode 11, place 143, school 14, phone 34,
email 6, dob 17, date 112, nhs 7, upn 5, ni 1, vehicle 11)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tanner / Giddings family (white British), Pewsey, nan in Woodborough ---------------------------------------------

HOME_A = d.Address("7 Kennet Mead Close", "", "Pewsey", "SN9 5QT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Rylee", "Tanner")], dt.date(2018, 3, 14), addresses=[HOME_A], ids=["9192564674", "W865331975059"],
       schools=["Vale Brook Primary School"]),
    _p("s", "sibling", [("Ocean", "Tanner")], dt.date(2022, 11, 5), addresses=[HOME_A], ids=["8665212612"]),
    _p("m", "mother", [("Stacey", "Tanner")], dt.date(1994, 7, 19), addresses=[HOME_A], phones=["07734 215 608"]),
    _p("f", "father", [("Lewis", "Giddings")], dt.date(1991, 2, 2), addresses=[HOME_A], phones=["07912 480 336"]),
], "c")

DOCS_A = [
    ("health visitor's home visit record", """HEALTH VISITING - HOME VISIT RECORD
Child: [[TANNER, Ocean|name]]   DOB [[05/11/2022|dob]]   NHS [[866 521 2612|nhs]]
Sibling: [[Rylee Tanner|name]] (DOB [[14.03.2018|dob]], NHS [[9192564674|nhs]])
Address: [[7 Kennet Mead Close|address]], [[Pewsey|place]], [[SN9 5QT|postcode]]
Parents: [[Stacey Tanner|name]] ([[07734 215 608|phone]]); [[Lewis Giddings|name]] ([[07912 480 336|phone]])

Visit [[19/11/2026|date]] 10:30, HV [[Claire Ashdown|name]] with student [[Megan Hale|name]].
[[Stacey|name]] answered after ten minutes, curtains shut. Smell of cannabis in the hall. [[Ocean|name]] in a nappy heavy
with urine, no vest, room cold. Kitchen: dog mess, no milk, empty cans of cider. [[Stacey|name]] said [[Lewis|name]] "works
nights at the depot in [[Tidworth|place]]" and sleeps in the day. [[Rylee|name]] is at school; mum said she had "a bit
of a cough" on Monday [[16th|date]].
Mum says her own mum, Nan [[Lorraine|name]] ([[Lorraine Tanner|name]], [[Woodborough|place]]), helped until they fell out
in October. Neighbour [[Gail Pinchin|name]] at [[no. 9|address]] has been giving [[Ocean|name]] bread and yoghurts.
[[Stacey|name]]'s friend [[Kirsty|name]] rang while I was there; [[Stacey|name]] said "[[Kirst|name]], not now".
Dental: not registered. GP: Dr [[Fenwick|name]]. [[Ocean|name]]'s nursery health check missed on [[4 Nov|date]] and [[11/11|date]].
Plan: discuss with GP, referral to the MASH today, joint visit with SW. Next visit [[26 November 2026|date]].
Signed [[C. Ashdown|name]], Health Visitor, Pewsey Health Visiting Team.
"""),
    ("a child's diary page scanned by OCR", """[OCR of a page from [[Rylee|name]]'s school diary, [[Vale Brook|school]] Y3,
scanned [[23.11.2O26|date]]; misreadings left as scanned]

My name is [[RyIee Tanner|name]] and I am 8. I live in [[Pewsev|place]] with my mum [[Stacey|name]] and my sister
[[0cean|name]] and [[Lew1s|name]]. On saturday [[2l st|date]] we went to Nan [[Lorraine|name]]s in [[Wood
borough|place]] and she made pizza. Mum and [[Lewis|name]] had a row in the car on the way back past
[[Manningford|place]]. [[Lewis|name]] drove to fast. The car is a blue one [[WU17 KHD|vehicle]].
My best frends are [[Tilly|name]] and [[Harvey M|name]]. Mrs [[Oakes|name]] is my teacher. I like [[Gail|name]] next door
she has a cat called Biscuit.
When I grow up I want to live in [[Marlbrough|place]] with Nan.
My nan [[Lorraine|name]] has a dog Ripley and a boyfrend [[Terry|name]]. [[Terry|name]] is from [[Alton
Barnes|place]]. [[0cean|name]] calls him [[Tewwy|name]].
[teacher's note: Mrs [[K. Oakes|name]], [[24/11|date]] - "too fast" and "row" passed to DSL Mr [[Dyer|name]]]
"""),
]


# --- B. Mhango / Nyirenda family (Tumbuka, from northern Malawi; a Commonwealth soldier), Zouch estate, Tidworth ----------

HOME_B = d.Address("31 Wylye Rise", "Zouch", "Tidworth", "SP9 7QS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Chikondi", "Mhango")], dt.date(2013, 8, 27), addresses=[HOME_B], ids=["9381825742", "L865795883619"],
       schools=["Wellington Academy"]),
    _p("s", "sibling", [("Thoko", "Mhango")], dt.date(2017, 1, 9), addresses=[HOME_B], ids=["3156886467"]),
    _p("m", "mother", [("Tiwonge", "Nyirenda")], dt.date(1988, 5, 30), addresses=[HOME_B], phones=["07825 163 974"]),
    _p("f", "father", [("Mphatso", "Mhango")], dt.date(1985, 10, 12), addresses=[HOME_B], phones=["07460 918 251"]),
], "c")

DOCS_B = [
    ("police domestic abuse risk (DASH) summary", """WILTSHIRE POLICE - DOMESTIC ABUSE SUMMARY (DASH) - Ref 54260192811
Victim: [[NYIRENDA, Tiwonge|name]], DOB [[30/05/1988|dob]], [[07825 163 974|phone]]
Suspect: [[MHANGO, Mphatso|name]], DOB [[12/10/1985|dob]], serving soldier, [[07460 918 251|phone]]
Address: [[31 Wylye Rise|address]], [[Zouch|place]], [[Tidworth|place]], [[SP9 7QS|postcode]]
Children: [[Chikondi|name]] (13), [[Thoko|name]] (9)
Vehicle: grey Ford Focus [[YB66 TPX|vehicle]]

Attended [[28/11/2026|date]] 23:40, PC [[Holloway|name]] and PC [[Amir Sadeghi|name]]. [[Tiwonge|name]] had swelling to the
left cheek. She said [[Mphatso|name]] returned from the mess in [[Bulford|place]] drunk, took her phone and pushed her into
the door frame. [[Chikondi|name]] rang 999 from a neighbour's (Mrs [[Ruth Pengelly|name]], [[no. 29|address]]). Interpreter
not needed (English spoken; [[Tiwonge|name]] said Tumbuka at home). She disclosed that last Christmas, [[25 Dec|date]], he
strangled her in the kitchen. 17 DASH yes answers: HIGH. Referral to MARAC and to the unit welfare officer, Capt
[[Stuart Renwick|name]]. Her sister [[Chimwemwe Nyirenda|name]] lives in [[Andover|place]]; her mother, [[Esther Gondwe|name]],
in [[Mzuzu|place]] ([[+265 999 412 583|phone]]). Suspect arrested, bailed to [[Perham Down|place]] barracks, no contact.
OIC DC [[Lauren Whitby|name]], [[lauren.whitby@wiltshire.police.uk|email]].
Previous address: [[Flat 2, 15 Kabula Hill Road|address]], [[Blantyre|place]] (2015-2019); service quarter at
[[Catterick Garrison|place]] ([[DL9 4EA|postcode]]) until [[1 March 2022|date]]. Schools: [[Chikondi|name]] -
[[Wellington Academy|school]] (DSL Ms [[Ellery|name]]); [[Thoko|name]] - [[Clarendon Juniors|school]] (Mrs [[Yates|name]]).
Friend of victim: [[Memory Banda|name]], [[Ludgershall|place]], [[07469 225 781|phone]]. Church: the pastor, Rev [[Kondwani Msiska|name]].
"""),
    ("family WhatsApp chat in Tumbuka with translation", """WhatsApp group "Banja la [[Mhango|name]]" - exported by
[[Chikondi|name]] and shown to SW [[Rachel Fenn|name]] on [[2/12/26|date]]. Tumbuka as written; translation by interpreter
[[Grace Chirwa|name]] in [brackets].

[[29/11|date]] 07:12 Amama: [[Chiko|name]] mwagona? [[[Chiko|name]] did you sleep?]
[[29/11|date]] 07:13 [[Chiko|name]]: eya. [[thoko|name]] wakulira usiku wose [yes. [[thoko|name]] cried all night]
[[29/11|date]] 07:20 Ambuya [[Esther|name]]: [[Tiwonge|name]], ndakupemphelerani. Zichani kwa [[Mphatso|name]]? [[[Tiwonge|name]],
I am praying for you. What is happening with [[Mphatso|name]]?]
[[29/11|date]] 07:22 Amama: wali ku [[perham|place]] sono. [he is at [[perham|place]] now.]
[[30/11|date]] 18:04 Ada [[Chimwemwe|name]]: nizamukwiza ku [[Tidworth|place]] mawa [I will come to [[Tidworth|place]] tomorrow]
[[30/11|date]] 18:05 [[Chiko|name]]: ada bweretsani chitenje cha ambuya [aunt bring grandma's wrap cloth]
[[1/12|date]] 09:30 Adada: [[Chikondi|name]] ndikupepani [[[Chikondi|name]] I am sorry] (sent from [[07460 918 251|phone]])
[[1/12|date]] 09:31 Amama: leka. unganilembeleranga chara [stop. you must not write to me]
[[2/12|date]] 20:11 Ada [[Chimwemwe|name]]: nafika. [[Thoko|name]] wagona pa [[Chiko|name]]
[I have arrived. [[Thoko|name]] is asleep on [[Chiko|name]]]
[[2/12|date]] 20:15 Ambuya [[Esther|name]]: Chiuta wamutumbike [[Chimwemwe|name]] [God bless [[Chimwemwe|name]]]
[[2/12|date]] 20:16 Asibweni [[Yotam|name]]: nangutuma ndalama [I have sent money] ([[+265 881 552 430|phone]])
Note: "Amama", "Adada", "Ada", "Ambuya", "Asibweni" (uncle) are mother, father, aunt and grandmother (kinship, not names).
"""),
]


# --- C. Hiscock family (white British), teenager missing, Marlborough --------------------------------

HOME_C = d.Address("44 Cherry Orchard Walk", "", "Marlborough", "SN8 4AZ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Hiscock")], dt.date(2010, 6, 21), addresses=[HOME_C], ids=["7826874955", "R865306833771"],
       schools=["St John's Marlborough"]),
    _p("m", "mother", [("Donna", "Hiscock")], dt.date(1979, 12, 3), addresses=[HOME_C], phones=["07596 342 817"]),
], "c")

DOCS_C = [
    ("missing episode return home interview", """RETURN HOME INTERVIEW - [[Kaiden Hiscock|name]] (16), DOB [[21/06/2010|dob]]
UPN [[R865306833771|upn]]   Home: [[44 Cherry Orchard Walk|address]], [[Marlborough|place]] [[SN8 4AZ|postcode]]
Missing from [[27 Nov|date]] 17:00 to [[29/11/2026|date]] 06:20. Found by BTP at [[Swindon|place]] station.
Interviewer: [[Jade Kimber|name]], Missing Persons Service. Mum ([[Donna|name]], [[07596 342 817|phone]]) present for part.

[[Kaiden|name]] said he went with "[[Deano|name]]" ([[Dean Coltman|name]], 19, from [[Penhill|place]]) in a white van
[[VN19 OXR|vehicle]] from the car park by the college in [[marlborough|place]]. Stayed at a flat in [[Swindon|place]]
("[[Flat 6, Regent Court|address]]") with a girl called [[Shay|name]] and a man they called "[[Big T|name]]". He was given a
phone ([[07385 620 149|phone]]) and told to go to [[Hungerford|place]] and [[Newbury|place]] on the train. He said he
"didn't sell nothing". Mum's boyfriend [[Gary Stroud|name]] is "alright". His friend [[Ellis Wheeler|name]] from
[[Savernake|place]] knows [[Deano|name]] too. He wants to see his dad, [[Craig Hiscock|name]], in [[Devizes|place]].
Friends named by [[Kaiden|name]]: [[Ellis|name]], [[Kyle Beasant|name]] ([[Manton|place]]), [[Jordan|name]] "[[JJ|name]]"
[[Jelfs|name]], and a girl from [[Pewsey|place]] called [[Roxy|name]]. He said [[Shay|name]]'s surname is [[Morrissey|name]].
Actions: NRM considered, contextual safeguarding panel [[10/12|date]], school (Mr [[Patel|name]], head of Y11) told.
"""),
    ("snapchat messages typed up", """Snapchat messages from [[Kaiden|name]]'s phone, typed by PC [[Joe Mundy|name]] on [[30/11/26|date]]

deano_sn2: u ready [[kai|name]]
kai_h10: ye at [[five stiles|place]] now
deano_sn2: come up by the A346 by the garage. [[shay|name]] is w me
kai_h10: mum thinks im at [[ellis|name]]s in [[savernake|place]]
deano_sn2: gud. bring ur charger
[[28 nov|date]]
deano_sn2: [[hungerford|place]] 2moro then [[newbury|place]]. [[big t|name]] wants 300 back
kai_h10: i aint got it
deano_sn2: then u owe bruv. [[craig|name]] cant help u
kai_h10: leave my dad out of it
[[29 nov|date]]
kai_h10: mum im at [[swindon|place]] station. dont tell [[gary|name]]
mum_donna: [[KAIDEN|name]] stay there. [[gary|name]] is coming. or ring [[07596 342 817|phone]]
kai_h10: not [[gary|name]]. get [[craig|name]]. or nan [[jan|name]]
mum_donna: ur nan is in [[devizes|place]] too. stay by the ticket office
"""),
]


# --- D. Woolford family (white British), young carer, Aldbourne --------------------------------------------------------

HOME_D = d.Address("3 Lottage Close", "", "Aldbourne", "SN8 2EH")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Woolford")], dt.date(2014, 9, 8), addresses=[HOME_D], ids=["6984255678", "M865830970081"],
       schools=["St Michael's Aldbourne"]),
    _p("m", "mother", [("Nicola", "Woolford")], dt.date(1983, 4, 16), addresses=[HOME_D], phones=["07771 204 569"],
       ids=["JT 48 27 51 C"]),
], "c")

DOCS_D = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT (Carers Support Wiltshire)
Young carer: [[Maisie Woolford|name]]   DOB [[08/09/2014|dob]]   NHS [[698 425 5678|nhs]]
Cared for: [[Nicola Woolford|name]] (mother), NI [[JT 48 27 51 C|ni]], [[07771 204 569|phone]]
Address: [[3 Lottage Close|address]], [[Aldbourne|place]], [[SN8 2EH|postcode]]
Assessor: [[Hannah Rendell|name]]   Date: [[20 November 2026|date]]

[[Maisie|name]] (12) cares for her mum, who has bipolar disorder and was in hospital at [[Swindon|place]] in the summer.
When mum is low [[Maisie|name]] gets up at 6, makes breakfast, gives mum her tablets, and walks the dog round the green
before catching the bus to [[Marlborough|place]]. Her brother [[Josh Woolford|name]] (19) lives in [[Ramsbury|place]]
with his girlfriend [[Becca|name]] and helps on Sundays. Dad ([[Mark Woolford|name]]) lives in [[Cardiff|place]] and rings
on Wednesdays. Mum's CPN is [[Sue Cathcart|name]]. Nan [[Pam|name]] ([[Pam Lawes|name]]) in [[Baydon|place]] can have
[[Maisie|name]] at weekends. Friend [[Evie Sturgess|name]] lives at [[no. 12|address]].
Network map drawn by [[Maisie|name]]: mum; [[Josh|name]]; [[Becca|name]]; nan [[Pam|name]]; grandad [[Len|name]] ("in
heaven"); [[Evie|name]] and her mum [[Claire Sturgess|name]]; Mrs [[Ventham|name]]; the bus driver [[Kev|name]]; [[Hannah|name]].
[[Maisie|name]] said: "I don't mind doing it. I just get tired and my maths is bad." Outcome: group on Thursdays in
[[Marlborough|place]], a break on [[12 December|date]], and a letter to the school (Mrs [[Ventham|name]]).
"""),
    ("mother's email to the school", """From: [[nicola.woolford83@gmail.com|email]]
Sent: [[1 December 2026|date]] 07:41
To: Mrs [[Ventham|name]]
Subject: [[Maisie|name]] - sorry

Hi Mrs [[Ventham|name]], sorry [[maisie|name]] was late again yesterday and the [[24th|date]], that is my fault not hers.
I've had a bad couple of weeks, [[Sue|name]] my nurse is coming to see me on the [[3rd|date]]. [[Josh|name]] is going to
drive her in on Thursday from [[ramsbury|place]] if I can't. Please don't put her in detention she is doing her best.
My number is [[07771 204 569|phone]] if you need me, my mum [[Pam|name]] is on [[01672 540 937|phone]].
Thanks, [[Nicola Woolford|name]] ([[Maisie|name]]'s mum)

-----Reply-----
From: [[Jo Ventham|name]] <[[j.ventham@stmichaelsaldbourne.org|email]]>  Sent: [[1 Dec 2026|date]] 12:15
Dear [[Nicola|name]], no detention, I promise. I have told Mr [[Gough|name]] and her tutor Miss [[Ridout|name]]. [[Hannah
Rendell|name]] from young carers is coming in on Friday [[4th|date]]. If [[Josh|name]] drops her I'll meet them by the
gate. Take care, [[Jo|name]]
"""),
]


# --- E. Baverstock family (white British), a disabled boy, Upavon -------------------------------------------------------

HOME_E = d.Address("18 Andover Road Cottages", "", "Upavon", "SN9 6AB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Baverstock")], dt.date(2016, 12, 1), addresses=[HOME_E], ids=["4815726515", "H865305344518"],
       schools=["Exeter House School"]),
    _p("m", "mother", [("Kerry", "Baverstock")], dt.date(1986, 8, 25), addresses=[HOME_E], phones=["07519 836 402"]),
    _p("f", "father", [("Darren", "Baverstock")], dt.date(1984, 3, 7), addresses=[HOME_E], phones=["01980 630 417"]),
], "c")

DOCS_E = [
    ("short breaks panel minutes", """SHORT BREAKS PANEL - MINUTES - [[3 December 2026|date]]
Present: [[Anna Gilroy|name]] (chair), [[Dev Rao|name]] (OT), [[Sian Morgan|name]] (SW), [[Pete Lush|name]] (finance)
Item 3: [[Alfie Baverstock|name]], DOB [[01/12/2016|dob]], NHS [[4815726515|nhs]], UPN [[H865305344518|upn]]
Address [[18 Andover Road Cottages|address]], [[Upavon|place]] [[SN9 6AB|postcode]]

[[Sian|name]] presented. [[Alfie|name]] (10 yesterday) has autism and a severe learning disability, no speech, attends
[[Exeter House|school]] in [[Salisbury|place]] by taxi. He sleeps 3-4 hours. Mum [[Kerry|name]] ([[07519 836 402|phone]])
gave up work; dad [[Darren|name]] works shifts at [[Boscombe Down|place]]. Grandad [[Ron Baverstock|name]] in [[Enford|place]]
used to help but had a stroke in September. [[Kerry|name]] said at the visit on [[24/11|date]]: "we love him but we're on our
knees." [[Dev|name]]: bedroom needs a safe space bed. Panel agreed: overnight short breaks at a unit in [[Devizes|place]]
2 nights a month from [[11 January 2027|date]]; sitting service with [[Lorna Pike|name]]. Review June 2027? no -
review in six months. Action: [[S. Morgan|name]] to ring [[Kerry|name]] by [[7/12|date]].
Also noted: [[Kerry|name]]'s sister [[Leanne Cox|name]] ([[Netheravon|place]], [[01980 846 102|phone]]) and nan [[Jean Cox|name]]
([[Enford|place]]) can sit for an hour; [[Alfie|name]]'s class teacher at [[Exeter House|school]] is Mr [[Owain Pryce|name]];
paediatrician Dr [[Farah Siddiqui|name]]; CAMHS LD nurse [[Becky Thorne|name]]. [[Anna Gilroy|name]] thanked [[Sian|name]].
"""),
    ("mother's voice note transcribed", """Voice note from [[Kerry Baverstock|name]] to SW [[Sian Morgan|name]], [[4/12/2026|date]] 03:12,
transcribed by business support ([[Tina Reeve|name]])

"[[Sian|name]] it's [[Kerry|name]], sorry it's three in the morning. [[Alfie|name]]'s been up since one, he's bitten his arm
again and [[Daz|name]]'s on nights at [[Boscombe|place]]. I rang my sister [[Leanne|name]] in [[Netheravon|place]] but she's got
the twins. I'm not coping. The taxi man, [[Clive|name]], said he can't take him Monday cos of the seat. I just need
someone to tell me the date for the [[Devizes|place]] place, was it the [[11th|date]]? Ring me on [[07519 836 402|phone]],
or the landline [[01980 630 417|phone]]. Sorry. Bye."
[Second note, 03:19] "It's me again. [[Leanne|name]] says she'll come at seven. Mum's gone to Auntie [[Sue|name]]'s in
[[Amesbury|place]] so she can't. Tell [[Dev|name]] the bed thing is urgent. And [[Lorna|name]] - is it [[Lorna|name]]? - she can
start whenever. [[Darren|name]] gets in at six."
"""),
]


# --- F. Lanfear / Pocock family (white British), domestic abuse and substance misuse, Ramsbury --------------------------

HOME_F = d.Address("2 Scholard's Lane", "", "Ramsbury", "SN8 2PE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Lanfear")], dt.date(2020, 4, 11), addresses=[HOME_F], ids=["6295512585", "Q865702309188"],
       schools=["Ramsbury Primary School"]),
    _p("m", "mother", [("Jess", "Lanfear")], dt.date(1998, 1, 28), addresses=[HOME_F], phones=["07825 163 975"]),
    _p("f", "father", [("Tyler", "Pocock")], dt.date(1996, 6, 4), addresses=[HOME_F], phones=["01672 563 208"]),
], "c")

DOCS_F = [
    ("MASH referral form", """MULTI-AGENCY REFERRAL FORM
Child: [[Poppy Lanfear|name]]   DOB: [[11/04/2020|dob]]   NHS No: [[629 551 2585|nhs]]   UPN: [[Q865702309188|upn]]
Address: [[2 Scholard's Lane|address]], [[Ramsbury|place]], [[Marlborough|place]] [[SN8 2PE|postcode]]
Mother: [[Jess Lanfear|name]]   Father: [[Tyler Pocock|name]] (landline [[01672 563 208|phone]])
Referrer: [[Amy Cottle|name]], Reception teacher
Date: [[26/11/2026|date]]

Reason: [[Poppy|name]] (6) said "daddy squeezed mummy's neck and mummy fell on the floor". She drew a picture of it.
[[Poppy|name]] came in on [[25 Nov|date]] with no coat, smelling of smoke. Mum seen at the gate on [[20/11|date]] with a
black eye, said she walked into a cupboard. Dad's friend "[[Macca|name]]" ([[Liam McAllister|name]]) collects [[Poppy|name]]
some days; staff smelt alcohol. [[Poppy|name]]'s aunt, [[Gemma Lanfear|name]], lives in [[Chiseldon|place]] and has a car
([[HF21 RZK|vehicle]]). Mum's friend [[Zoe Harrow|name]] (TA at [[Ramsbury Primary|school]]) worried too.
Parents aware of referral: No (risk). Signed [[A. Cottle|name]]; DSL [[Marcus Penny|name]].
"""),
    ("social worker's lower-case phone notes", """notes [[sian m|name]] - NO wait - [[Ruth Addo|name]] duty sw [[27/11|date]]
- rang [[gemma|name]] (aunt, [[chiseldon|place]]) - says [[jess|name]] been hiding it since [[poppy|name]] was born, [[tyler|name]]
  on coke at weekends, he smashed the tv on the [[14th|date]]
- [[gemma|name]] can take [[poppy|name]] + [[jess|name]] tonight, address [[9 castle view|address]], [[chiseldon|place]]
- [[tyler|name]]'s mum [[sandra pocock|name]] in [[axford|place]] rang twice, said [[jess|name]] is lying
- police: DC [[Brennan|name]] - previous call [[30 Aug|date]] from [[the square|address]], [[ramsbury|place]]
- [[jess|name]] new mob [[07460 918 252|phone]] (safe to text)
- [[jess|name]]'s mum [[denise|name]] in [[aldbourne|place]] ([[01672 512 774|phone]]) - doesn't know
  yet, [[jess|name]] wants to tell her herself
- [[poppy|name]]'s childminder [[bridget|name]] ([[froxfield|place]]) - has [[poppy|name]] mon + weds, [[tyler|name]] picks up sometimes!!
- [[zoe harrow|name]] says [[macca|name]] drives [[tyler|name]]'s audi [[KP16 WLS|vehicle]], been seen in
  [[hungerford|place]] and [[marlborough|place]] high st
- strat disc booked [[28/11|date]] 10am w [[Marcus|name]] (school) + Dr [[Okafor|name]]? no - gp only
"""),
]


# --- further documents, two more per family -----------------------------------------------------------------------------

DOCS_A += [
    ("social worker's case chronology", """CHRONOLOGY - [[TANNER, Rylee|name]] ([[14/03/2018|dob]]), UPN [[W865331975059|upn]],
and [[TANNER, Ocean|name]] ([[05/11/2022|dob]])
Compiled by SW [[Priya Lal|name]], Pewsey and Vale locality team, [[2 December 2026|date]]

[[12/03/2024|date]]  Police called to [[Kennet Mead Close|address]]: [[Lewis Giddings|name]] and [[Stacey Tanner|name]] arguing
            in the street. No further action. PC [[Wootton|name]].
09/2024   (corrected: [[9 September 2024|date]]), [[Rylee|name]] started Reception at [[Vale Brook|school]]. Attendance 84%.
[[18/06/2025|date]]  Nan [[Lorraine Tanner|name]] rang the front door service from [[Woodborough|place]]: [[Stacey|name]] "using
            again", kids left with a friend, [[Kirsty Amor|name]], in [[Upavon|place]]. Advice given.
[[2/2/2026|date]]  GP Dr [[Fenwick|name]]: [[Ocean|name]] underweight (2nd centile). Dietitian [[Jo Penfold|name]] referral.
[[7 July 2026|date]]  [[Lewis|name]] arrested in [[Devizes|place]] for possession; released under investigation.
[[14/10/2026|date]]  [[Stacey|name]] and [[Lorraine|name]] fall out; [[Lorraine|name]] says [[Lewis|name]]'s brother
            [[Jamie Giddings|name]] is dealing from the flat in [[Pewsey|place]].
[[19/11/2026|date]]  HV [[Claire Ashdown|name]] visit: home conditions very poor. Referral.
[[20/11/2026|date]]  Strategy discussion: [[Priya Lal|name]], DS [[Marsh|name]], HV [[Ashdown|name]], DSL Mr [[Dyer|name]].
[[23.11.26|date]]  [[Rylee|name]]'s diary: "[[Lewis|name]] drove to fast" - car [[WU17 KHD|vehicle]] seen by PCSO
            [[Tasha Knee|name]] on the A345 at [[Manningford Bruce|place]].
[[25/11/2026|date]]  Joint visit. [[Lewis|name]] not there. [[Stacey|name]] agreed to drug testing and to see a drug worker; Nan [[Lorraine
Tanner|name]] to be told. The worker is [[Dom Fry|name]] from the drug service.
[[1/12/2026|date]]  [[Gail Pinchin|name]] (neighbour, [[no. 9|address]]) rang: the children were alone from 4pm to 7pm on
            the [[30th|date]]. [[Rylee|name]] fed [[Ocean|name]] crisps. ICPC requested for [[14 December|date]].
"""),
    ("initial child protection conference decisions sheet", """INITIAL CHILD PROTECTION CONFERENCE - DECISIONS
Children: [[Rylee Tanner|name]] (8), [[Ocean Tanner|name]] (4)   Date of conference: [[14/12/2026|date]]
Chair: [[Martin Quarrell|name]]   Minutes: [[Leah Stone|name]]
Attended: [[Stacey Tanner|name]] (mother) with advocate [[Bev Hurn|name]]; Nan [[Lorraine Tanner|name]]; [[Priya Lal|name]] (SW);
[[Claire Ashdown|name]] (HV); Mr [[Simon Dyer|name]] (DSL, [[Vale Brook Primary|school]]); Dr [[Amelia Fenwick|name]] (GP);
[[Dom Fry|name]] (drug service). Apologies: DS [[Rob Marsh|name]]. Not invited: [[Lewis Giddings|name]] (whereabouts not known;
last seen in [[Pewsey|place]] on [[10 Dec|date]]).

Decision: both children subject to child protection plans, category neglect. Key worker [[Priya Lal|name]]
([[priya.lal@wiltshire.gov.uk|email]]). Core group within 10 working days: [[23/12/2026|date]] at [[Vale Brook|school]].
Plan: [[Stacey|name]] to attend drug testing; [[Ocean|name]] to nursery in [[Pewsey|place]] (15 hours); [[Lorraine|name]] to
have the children at [[Woodborough|place]] on Tuesdays; no unsupervised contact with [[Jamie Giddings|name]]; [[Gail|name]]
is a safe adult. Review conference: [[8 March 2027|date]].
Mother's view: "I know it's been bad. I want my kids, I'll do the tests." [[Rylee|name]]'s view (via Mr [[Dyer|name]]): she
wants "Mum to be happy and [[Lewis|name]] to not drive fast".
Family network named at conference: Nan [[Lorraine Tanner|name]] ([[Woodborough|place]], [[07388 514 260|phone]]); great-aunt
[[Val Hiskins|name]] ([[Alton Barnes|place]]); [[Stacey|name]]'s friend [[Kirsty Amor|name]] ([[Upavon|place]]) - not a safe
adult, lives with [[Wes Amor|name]]; neighbour [[Gail Pinchin|name]]; [[Rylee|name]]'s godmother [[Shannon Pike|name]] in
[[Burbage|place]]. Paternal family: [[Lewis|name]]'s mum [[Jackie Giddings|name]] in [[Ludgershall|place]], not in touch.
Distribution: [[Martin Quarrell|name]]; [[Priya Lal|name]]; [[claire.ashdown@nhs.net|email]]; [[Simon Dyer|name]];
[[Amelia Fenwick|name]]; [[Dom Fry|name]]; [[Rob Marsh|name]]; [[Bev Hurn|name]] (advocacy); [[Leah Stone|name]] (minutes).
"""),
]

DOCS_B += [
    ("school designated safeguarding lead's log", """[[WELLINGTON ACADEMY|school]] - SAFEGUARDING LOG (CPOMS extract)
Student: [[Chikondi Mhango|name]] (Y9)   DOB [[27/08/2013|dob]]   UPN [[L865795883619|upn]]   NHS [[938 182 5742|nhs]]
Contacts: mum [[Tiwonge Nyirenda|name]] [[07825 163 974|phone]]; dad [[Mphatso Mhango|name]] [[07460 918 251|phone]]

[[16/09/2026|date]]  Form tutor Mr [[Bamford|name]]: [[Chikondi|name]] asleep in registration, said "mum and dad fight, I look
after [[Thoko|name]]".
[[3/10/2026|date]]  [[Chikondi|name]] asked Ms [[Ellery|name]] (DSL) if the army can "take dad away". Logged; advice from
SSAFA worker [[Gwen Tolley|name]].
[[29/11/2026|date]]  Police notification (Op Encompass): DA at [[31 Wylye Rise|address]], [[Zouch|place]], last night.
[[30/11|date]]  [[Chikondi|name]] in school; said Auntie - no: said her aunt [[Chimwemwe|name]] is coming from
[[Andover|place]]. [[Thoko|name]] ([[Clarendon Juniors|school]]) told too: Mrs [[Yates|name]] there.
[[2 Dec|date]]  [[Chikondi|name]] shared the family chat with SW [[Rachel Fenn|name]]. Grandmother [[Esther Gondwe|name]] in
[[Mzuzu|place]] is praying for her. Friends [[Amara Boateng|name]] and [[Lily-Rose Pitt|name]] support her.
[[4 Dec|date]]  Dad seen outside the gates on [[Pennings Road|address]] at 15:10 in the grey Focus ([[YB66 TPX|vehicle]]).
Bail breach reported to DC [[Whitby|name]]; [[Chikondi|name]] kept in with Ms [[Ellery|name]] until mum came.
"""),
    ("MARAC minutes", """MARAC - WILTSHIRE (SOUTH) - [[3 December 2026|date]] - CASE 7
Victim: [[Tiwonge NYIRENDA|name]] ([[30.05.1988|dob]]), [[Zouch|place]], [[Tidworth|place]]. Perpetrator: [[Mphatso MHANGO|name]].
IDVA: [[Kelly Brain|name]]. Police: DS [[Naylor|name]]. Army welfare: Capt [[Stuart Renwick|name]]. CSC: [[Rachel Fenn|name]].

Police: two previous calls, [[14 March 2025|date]] (verbal) and [[25/12/2025|date]] (strangulation, not reported until now).
[[Mphatso|name]] on bail to [[Perham Down|place]], no contact with [[Tiwonge|name]] or the children. Seen near school on
[[4th|date]]? - the meeting was told this after the fact; recorded here on [[5/12|date]] by the chair.
Army: posting to [[Catterick|place]] possible in the new year; unit to keep him in barracks. Commanding officer
Lt Col [[Hargreaves|name]] informed. Family housing: [[Tiwonge|name]] may lose the quarter if they separate;
housing officer [[Sam Cheer|name]] to advise. Her visa depends on his service - immigration advice via [[Omari Lutalo|name]].
Health: [[Tiwonge|name]] seen by Dr [[Nkhata|name]]? no - Dr [[Priestley|name]] at the surgery on [[1/12|date]].
Also attended: [[Nadia Rahman|name]] (housing), [[Owen Tapp|name]] (health IDVA), [[Lucy Fairweather|name]] (probation),
[[Femi Adeyemi|name]] (MARAC coordinator, minutes). [[Chimwemwe|name]]'s address: [[27 Floral Way|address]], [[Andover|place]],
[[SP10 3PH|postcode]]. Uncle [[Yotam Nyirenda|name]] in [[Lilongwe|place]] ([[+265 881 552 430|phone]]) sends money.
Actions: IDVA to fit a doorbell camera; sister [[Chimwemwe Nyirenda|name]] ([[07596 342 818|phone]]) as safe contact; SW to
visit [[Thoko|name]] and [[Chikondi|name]] by [[10/12|date]]; mother [[Esther|name]] in Malawi ([[+265 999 412 583|phone]]) not
to be given the address.
"""),
]

DOCS_C += [
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - KENNET - [[10/12/2026|date]]
Present: [[Fiona Strachan|name]] (chair), PC [[Joe Mundy|name]], [[Jade Kimber|name]] (missing service), [[Tom Beal|name]]
(youth worker, [[Marlborough|place]]), Mr [[Nikhil Patel|name]] ([[St John's|school]]), [[Carla Dunn|name]] (SW)

Young people: [[Kaiden Hiscock|name]] (16, [[Marlborough|place]]), [[Ellis Wheeler|name]] (15, [[Savernake|place]]),
[[Shay Morrissey|name]] (17, [[Swindon|place]]).
Locations: the car park by the college; the skate park on [[Salisbury Road|address]]; [[Flat 6, Regent Court|address]],
[[Swindon|place]]; trains [[Swindon|place]] - [[Hungerford|place]] - [[Newbury|place]].
Adults of concern: [[Dean Coltman|name]] ("[[Deano|name]]", 19, [[Penhill|place]], van [[VN19 OXR|vehicle]]); "[[Big T|name]]",
believed [[Tyrone Ashe|name]] (28). [[Gary Stroud|name]] (mum's partner) - no concerns.
[[Kaiden|name]] missing three times: [[2 Oct|date]], [[6/11|date]], [[27/11|date]]. [[Ellis|name]]'s mum [[Sarah Wheeler|name]]
says he has new trainers and a second phone. [[Shay|name]] is open to [[Swindon|place]] CSC (SW [[Precious Moyo|name]]).
Actions: disruption at the flat; [[Tom|name]] to offer [[Kaiden|name]] boxing in [[Pewsey|place]]; NRM for [[Kaiden|name]];
school to change his bus; dad [[Craig Hiscock|name]] in [[Devizes|place]] to be assessed as a place to stay.
Also discussed: [[Roxy Hale|name]] (15, [[Pewsey|place]]) - seen with [[Dean Coltman|name]] on [[21/11|date]]; her mum
[[Nat Hale|name]] contacted; [[Kyle Beasant|name]] ([[Manton|place]]) - no concerns now. PCSO [[Amy Legg|name]] to patrol
[[Five Stiles|place]] and the [[Marlborough|place]] skate park on Friday nights from [[11 December|date]].
Next panel [[the 14th of January|date]].
"""),
    ("a mother's handwritten letter", """To whoever is [[Kaiden|name]]'s social worker,

My name is [[Donna Hiscock|name]] I am [[Kaiden|name]]'s mum. I am writing this because nobody listens when I ring. On the
[[27th|date]] I told the police at 5 oclock he was gone and they didnt come till ten. I know where he goes, its [[Dean
Coltman|name]] and them lot up [[penhill|place]]. [[Deano|name]]s mum [[Tracey|name]] used to live by us on [[Cherry Orchard|address]]
before they moved. [[Kaiden|name]] was a good boy til year 9 when [[Craig|name]] left.
I want him to go to his dads in [[Devizes|place]] for a bit, [[Craig|name]] says ok, ring him [[07912 480 337|phone]]. My
[[Gary|name]] is not the problem. Please tell Mr [[Patel|name]] at school to stop sending letters about his attendance, I know.
I am at [[44 Cherry Orchard Walk|address]] [[SN8 4AZ|postcode]] or ring [[07596 342 817|phone]] after 3 as I work at the
cafe in [[Marlborough|place]] in the mornings.
[[Donna Hiscock|name]]   [[5.12.26|date]]
"""),
]

DOCS_D += [
    ("community psychiatric nurse's email to the GP", """From: [[Sue Cathcart|name]] <[[sue.cathcart@nhs.net|email]]>
To: Dr [[Hamid Qureshi|name]], Ramsbury and Aldbourne Surgery
Date: [[3 Dec 2026|date]] 16:02
Subject: [[WOOLFORD, Nicola|name]] DOB [[16/04/1983|dob]] - home visit today

Dear Dr [[Qureshi|name]],
I saw [[Nicola|name]] at home in [[Aldbourne|place]] this morning. Mood low, sleeping most of the day, some thoughts of
not being here but no plans. Lithium level due - last one [[9 Nov|date]]. She is worried about her daughter [[Maisie|name]]
(12), who is doing most of the care; the young carers' worker [[Hannah Rendell|name]] is involved. Her son [[Josh|name]]
visits from [[Ramsbury|place]]. Her ex, [[Mark|name]], is in [[Cardiff|place]]. Her mother [[Pam Lawes|name]] in
[[Baydon|place]] helps at weekends but is 78. [[Nicola|name]] asked that her neighbour [[Tony Geering|name]] ([[no. 5|address]])
be told if she goes into hospital again; he looked after [[Maisie|name]] on [[15 July|date]] when she went into [[Swindon|place]].
Plan: increase visits to weekly (next [[10/12|date]]); crisis team number given; I will speak to [[Maisie|name]]'s school
(Mrs [[Ventham|name]]) with consent. Could you review her quetiapine?
Kind regards, [[Sue|name]]
[[Sue Cathcart|name]], CPN, Kennet Community Mental Health Team, [[01672 563 209|phone]]
"""),
    ("a child's own writing for the young carers' group", """my week by [[maisie w|name]]

monday - got up at 6, mum's tablets, toast, took Biscuit round the green, bus at 7.40 to [[marlborough|place]]. [[evie|name]]
saved me a seat.
tuesday - mum stayed in bed. [[josh|name]] came after work from [[ramsbury|place]] with [[becca|name]] and they made
spag bol.
wednesday - dad rang from [[cardiff|place]]. he said come at christmas, the [[27th|date]]? I said I cant leave mum.
thursday - young carers group in [[Marlborough|place]] with [[Hannah|name]]. we did bowling. there is a boy called [[Rhys|name]]
from [[Pewsey|place]] who looks after his nan.
friday - [[Sue|name]] came to see mum. Mrs [[Ventham|name]] said I can do my maths at lunch with Mr [[Gough|name]].
saturday - went to nanny [[pam|name]]s in [[baydon|place]]. she has a dog called Pickle.
sunday - me and mum watched a film. mum laughed. best day.
"""),
]

DOCS_E += [
    ("occupational therapist's home assessment", """OCCUPATIONAL THERAPY - HOME ASSESSMENT
Name: [[BAVERSTOCK, Alfie|name]]   DOB: [[1 December 2016|dob]]   NHS: [[481 572 6515|nhs]]
Address: [[18 Andover Road Cottages|address]], [[Upavon|place]], [[Pewsey|place]], [[SN9 6AB|postcode]]
Parents: [[Kerry|name]] and [[Darren Baverstock|name]]   Tel: [[01980 630 417|phone]]
OT: [[Dev Rao|name]]   Visit: [[27/11/2026|date]]   Also present: Nan [[Jean Cox|name]] (maternal, from [[Enford|place]])

[[Alfie|name]] is 9 (10 on the [[1st|date]]), autistic, non-verbal, climbs and head-bangs. Cottage is a rented two-up
two-down; landlord Mr [[Giles Hurd|name]] (he farms the land behind) agrees to adaptations.
Bedroom shared with nothing but a mattress on the floor. Stairs: gate broken. Garden opens onto the road towards
[[Enford|place]] and the river.
Recommend: safe space bed; stair gate; window restrictors; fence and lockable gate (grant). [[Darren|name]] said his
mate [[Steve Ruddle|name]] from [[Netheravon|place]] can do the fence. Sensory: referral to [[Ceri Lloyd|name]] (sensory OT)
at [[Exeter House|school]]. Equipment to be delivered from [[Trowbridge|place]] by [[18 December|date]].
Signed: [[D. Rao|name]], OT.
"""),
    ("school taxi driver's incident form", """PASSENGER TRANSPORT - INCIDENT FORM
Route: [[Upavon|place]] - [[Salisbury|place]] ([[Exeter House|school]])   Vehicle: [[WR68 ANX|vehicle]]
Driver: [[Clive Jeffery|name]]   Passenger assistant: [[Mandy Peck|name]]
Date of incident: [[30/11/2026|date]]   Pupil: [[Alfie Baverstock|name]]

Picked up 07:45 from [[Andover Road Cottages|address]]. Mum ([[Kerry|name]]) brought him out, no coat. On the A345
past [[Enford|place]] [[Alfie|name]] got out of his harness and bit [[Mandy|name]] on the hand. Pulled in at
[[Netheravon|place]], rang school ([[Sally Burt|name]]) and mum on [[07519 836 402|phone]]. Arrived 09:20.
[[Mandy|name]] to see first aid. The harness is the wrong size; passenger transport ([[Graham Tull|name]]) to replace before
Monday [[7th|date]]. Until then [[Alfie|name]] cannot travel.
Signed [[C. Jeffery|name]] [[30.11.2026|date]]
"""),
]

DOCS_F += [
    ("strategy discussion record", """STRATEGY DISCUSSION - [[28/11/2026|date]] 10:00 (Teams)
Child: [[Poppy Lanfear|name]] ([[11.04.2020|dob]]), [[Ramsbury|place]]
Present: [[Ruth Addo|name]] (SW, chair), DC [[Sean Brennan|name]], [[Marcus Penny|name]] (DSL), Dr [[Chidi Okafor|name]] (GP),
[[Ellen Rowe|name]] (IDVA)

Police: [[Tyler Pocock|name]] (DOB [[04/06/1996|dob]]) - calls on [[30 Aug|date]] and [[14/11|date]]; a 2022 caution for
assault on a former partner, [[Kimberley Ash|name]], in [[Hungerford|place]]. Vehicle: black Audi [[KP16 WLS|vehicle]].
GP: [[Jess|name]] seen on [[21 Nov|date]] with a "fall"; bruising to the neck noted. [[Poppy|name]] up to date with jabs.
School: [[Poppy|name]]'s disclosure on [[26/11|date]] to Miss [[Cottle|name]]; drawing kept. Head teacher Mrs
[[Harriet Lowe|name]] and TA [[Zoe Harrow|name]] (who is [[Jess|name]]'s friend) saw the black eye on [[20/11|date]].
Aunt [[Gemma Lanfear|name]] took [[Jess|name]] and [[Poppy|name]] to [[9 Castle View|address]], [[Chiseldon|place]] on the
[[27th|date]]. Paternal nan [[Sandra Pocock|name]] ([[Axford|place]]) phoning [[Gemma|name]] - to be advised.
Decision: section 47 (joint). ABE interview of [[Poppy|name]]? - not at 6 with a drawing only; achieving best evidence
officer DC [[Priya Shah|name]] to advise. [[Tyler|name]] to be arrested. [[Liam McAllister|name]] ("[[Macca|name]]") not to collect.
Family network: aunt [[Gemma Lanfear|name]] and her partner [[Rhys Tidball|name]], [[9 Castle View|address]], [[Chiseldon|place]],
[[SN4 0NS|postcode]], [[07577 903 146|phone]]; maternal grandmother [[Denise Lanfear|name]] ([[Aldbourne|place]], [[01672 512 774|phone]]);
[[Jess|name]]'s friend [[Zoe Harrow|name]]; [[Poppy|name]]'s childminder [[Bridget Yeo|name]] in [[Froxfield|place]].
"""),
    ("police body-worn video transcript", """BODY-WORN VIDEO - TRANSCRIPT - PC [[Hollie Grant|name]] (collar 2271) -
[[29/11/2026|date]] 08:15
Location: [[2 Scholard's Lane|address]], [[Ramsbury|place]]

PC [[GRANT|name]]: Morning, [[Tyler Pocock|name]]? I'm arresting you on suspicion of assault on [[Jessica Lanfear|name]] on
[[the 14th of November|date]] - sorry, on the [[14th November|date]] and the [[25th|date]].
[[POCOCK|name]]: This is her sister, innit. [[Gemma|name]]'s always hated me. Ring my mum, [[Sandra|name]], she's in [[Axford|place]].
PC [[GRANT|name]]: You can make a call from custody at [[Melksham|place]]. Anyone else in the house?
[[POCOCK|name]]: [[Macca|name]]'s on the sofa. [[Liam|name]]. He's nothing to do with it.
PC [[Kyle Reid|name]]: Car keys for the Audi? [[KP16 WLS|vehicle]]?
[[POCOCK|name]]: It's [[Liam|name]]'s motor. Ask him.
PC [[GRANT|name]]: Are you [[Liam McAllister|name]]? [[McALLISTER|name]]: Who's asking. Yeah.
[[McALLISTER|name]]: Leave it out, [[Ty|name]]. Officer, I'm just stopping here, I'm from [[Aldbourne|place]].
PC [[GRANT|name]]: Date of birth, sir? [[McALLISTER|name]]: [[2nd of May 1995|dob]].
[[POCOCK|name]]: Tell [[Jess|name]] I'm sorry. Tell [[Poppy|name]] daddy loves her. Mum's number is in my phone.
PC [[Reid|name]]: Sarge - Sgt [[Dawes|name]] - says take him to [[Melksham|place]]; [[Gable Cross|place]] is full.
(End of extract; full footage exhibit HG/1, seized [[29.11.26|date]].)
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 194 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:38 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "capt", "cpl", "sgt.", "amama", "adada", "ada", "ambuya", "asibweni",
           "lt", "col", "sarge"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "wiltshire", "hampshire",
               "berkshire", "malawi", "northern malawi", "africa", "zambia", "europe", "kennet"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Ambuya Esther", "Ada Chimwemwe", "Capt Stuart Renwick")
# and counties and countries ("Wiltshire", "Malawi").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
