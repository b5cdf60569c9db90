"""Set 182: a held-out hand-written set for the redaction detector, six more invented families in north Essex, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set183.py to bench/redaction_set185.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py (its docstring, its first family's record and first documents, its last family and its closing
lines: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and the HandSet line) and tests/test_redaction_set181.py in full, which are the
layout copied here; of bench/redaction_set21.py only its first 40 lines (the start of its docstring) - its documents were not
read, so set 21's conventions were taken as set 181 restates them; the docstrings of bench/redaction_set7.py to
bench/redaction_set181.py searched by a script (ast.get_docstring, printing only the file name and the word found) for the towns,
districts and communities this set uses; a grep of bench/redaction_handwritten.py for the `def _party`, `class Records`,
`def party` and `class HandSet` lines only; and of pyproject.toml only the one line a grep for the Django
settings showed (ruff was run with the project's settings; the test was run with HEARTH_DEBUG=1, which the settings ask for). Candidate
communities found in earlier docstrings and so not used: Nepali, Gurung, Sylheti, Wolof, Krio, Bemba, Amazigh (Tarifit) and
others. The docstring search also showed that Rayne and Witham were earlier homes, so they appear here only as places
mentioned. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum
in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector
module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Braintree, Halstead, Coggeshall and the villages around them, each from a town, district or village the earlier
docstrings did not show as a family's home: a young white British mother and her partner in Bocking, Braintree, with a nan in
Great Notley (Scrivener / Gunn; parental cocaine and alcohol use, neglect, a family group conference placing two children with
their nan); an Urhobo family (from Delta State, Nigeria) on the Marks Farm estate, Braintree (Edafe / Oghenekaro; a girl of 14
beaten with a belt, a pastor's "deliverance", a family chat in Urhobo and English, a grandmother in Ughelli); a white British
mother on Tidings Hill, Halstead, with a nan in Castle Hedingham (Frost / Pettit; domestic abuse with strangulation, MARAC, a
non-molestation order); a white British boy of 15 in Coggeshall with a father in Kelvedon (Mulley / Sayer; missing, county lines
to Clacton and Southend, an NRM referral); a white British and British Bangladeshi family in Sible Hedingham with a disabled girl
of 7 (Spalding / Uddin; cerebral palsy and a gastrostomy, an exhausted mother, a grandmother's note in Bengali); and a young
carer of 12 in Earls Colne (Pointer; a bereaved father's depression and drinking, a sister of 4). The Urhobo community did not
appear in any earlier docstring searched. 24 documents, each with its own style label: a primary school safeguarding log export,
a grandmother's WhatsApp messages, a strategy discussion record, a family group conference plan, a secondary school's referral
email, a family chat in Urhobo and English with a translation, a section 47 joint visit record, a child's own letter to a
conference, a police domestic abuse incident log, a MARAC referral, an IDVA's lower-case phone notes, a non-molestation order
scanned by OCR (with its misreadings), a police missing person report, a return home interview, a mother's texts to her son, an
NRM referral, EHCP annual review minutes, a children's community nurse's note, a grandmother's note in Bengali script with a
translation, a child in need plan, a young carer's diary, a young carers' referral form, GP practice safeguarding minutes and
voicemails transcribed.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Nigeria, Ireland, Spain, Bangladesh); names and a town are also written in
Bengali script; NHS numbers and UPNs (LA 881) pass their check digits. The Urhobo lines are short and simple, written by a
non-speaker, and may not be idiomatic. Street names are real or plausible; house numbers and postcodes are invented. The
council teams, the hub, the surgeries, Open Road, Next Chapter, St Giles, Greenfields, Longview and the solicitors' firm are
unmarked organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set21.py as set 181 applies them. Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Dr, PC, DC, DS, SW, SWA, HV, Nan, Nanny, Aunty, Uncle, Great-aunt, Pastor, District Judge, and the Urhobo "Mama"
and the Bengali "Nani" / "dadi"); a chat contact saved as a kinship word ("Daddy", "Mummy") is not a name, but "Mama Ughelli"
marks the town and "Uncle Tejiri" the name; "SURNAME, First" and "SURNAME First" are one span ("SCRIVENER, Tyler-James",
"FROST Stacey", "EDAFE Ufuoma"); initials alone ("N.S.", "n.s") are not marked, an initial with a surname is; a neighbour's bare
house number ("no. 29", "no 11", "no. 35") is an address; weekdays ("Saturday night", "friday") and bare months ("March",
"August") are not dates, bare years are not dates; organisations holding a town's name stay unmarked ("Braintree Family Hub",
"Braintree District Council", "Colne Medical Centre", "Hedingham surgery", "the Family Court at Chelmsford"), and so do counties
and countries ("Essex", "Delta State", "Nigeria"); an OCR misreading keeps its kind ("l2.11.1988" a dob, "HaIstead" a place,
"C09 1BL" a postcode, "PETTlT" a name); Stansted (the airport, as an employer) and Broomfield (the hospital) are organisations.

Choices this set had to make: a school's full name takes "Primary", "Infants" or "Primary School" into the span when written
("Richard de Clare Primary"), but a lower-case descriptor after it ("Tiny Tots nursery", "Little Bluebells pre-school") stays out;
a possessive without an apostrophe in a child's diary keeps the "s" outside ("poppy" in "poppys"); a town used as a sports club's
name ("Coggeshall Town youth") marks the town, as the "Lindfield Co-op" does in set 181; a Bengali name with a case ending
was avoided by rewording the Bengali so that names stand as whole words.

Self-check without the detector: `python -m bench.redaction_set182` (and tests/test_redaction_set182.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 914 gold spans, 504 of them names (date 139, place 114, address 38, phone 34, school 22, dob 22, postcode 14,
nhs 7, vehicle 6, email 6, upn 5, ni 3)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Scrivener / Gunn family (white British), Bocking, Braintree, nan in Great Notley ------------------------------------

HOME_A = d.Address("27 Bradford Street", "Bocking", "Braintree", "CM7 9AS")
NAN_A = d.Address("9 Pilgrims Close", "Great Notley", "Braintree", "CM77 7WD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-James", "Scrivener")], dt.date(2017, 4, 11), addresses=[HOME_A], ids=["7533554140", "Y881948363600"],
       schools=["Bocking Church Street Primary"]),
    _p("s", "sibling", [("Maisie", "Gunn")], dt.date(2021, 8, 3), addresses=[HOME_A], ids=["1292838035"]),
    _p("m", "mother", [("Kerry", "Scrivener")], dt.date(1993, 12, 19), addresses=[HOME_A], phones=["07852 316 449"]),
    _p("f", "father", [("Lee", "Gunn")], dt.date(1990, 5, 27), addresses=[HOME_A], phones=["07914 582 063"]),
    _p("g", "grandparent", [("Tina", "Scrivener")], dt.date(1968, 2, 14), addresses=[NAN_A], phones=["01376 349 218"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log export", """[[BOCKING CHURCH STREET PRIMARY|school]] - SAFEGUARDING LOG (export)
Child: [[SCRIVENER, Tyler-James|name]] ("[[TJ|name]]")  DOB [[11/04/2017|dob]]  UPN [[Y881948363600|upn]]  Year 4 (Otters)
Home: [[27 Bradford Street|address]], [[Bocking|place]], [[Braintree|place]] [[CM7 9AS|postcode]]
Mum [[Kerry Scrivener|name]] [[07852 316 449|phone]] / step-dad [[Lee Gunn|name]] [[07914 582 063|phone]]

[[07/09/2026|date]] TA Mrs [[Harrold|name]]: [[TJ|name]] hungry, ate two breakfasts at club. Said "mum was asleep".
[[14/09/2026|date]] Collected at 4.40 by nan [[Tina Scrivener|name]] from [[Great Notley|place]] (not on the list). Mum not answering.
[[21.09.26|date]] [[Tyler-James|name]] said [[Lee|name]] "does the white powder in the bathroom" - DSL [[Rachel Moyse|name]] informed.
[[22/09/2026|date]] Referral to Essex Children and Families Hub, ref not given. Call back from SW [[Oluwaseun Bakare|name]] on
[[24th Sept|date]].
[[1 Oct|date]] Little sister [[Maisie|name]] (5) seen at gate in pyjama top, no coat, rain. Mum said she's at [[Little
Bluebells|school]] pre-school "on Tuesdays only".
[[8th October 2026|date]] [[TJ|name]] had a scratch on his neck. Says [[Maisie|name]] did it. Body map done by [[R. Moyse|name]].
[[15/10/26|date]] Nan rang from [[01376 349 218|phone]]: [[Kerry|name]] "using again", [[Lee|name]]'s mate [[Gav|name]] staying
at the flat. Asks if kids can come to [[9 Pilgrims Close|address]].
[[19/10|date]] Strategy discussion; DS [[Kirsty Oakley|name]] (Essex Police) and [[Oluwaseun|name]]. s47 agreed.
[[5/11/2026|date]] [[TJ|name]] wrote in his diary "I wish I lived at nanny [[Tina|name]]s". Copy to [[Seun|name]].
[[12.11.26|date]] Neighbour Mrs [[Doreen Pask|name]] ([[no. 29|address]]) came into office: shouting at night, [[Lee|name]]'s
silver Astra [[EO18 KFN|vehicle]] parked on the path. Passed on.
[[16/11/2026|date]] [[Tyler-James|name]] absent; mum text "he got sickness bug". Home visit by [[Rachel|name]] + Mr [[Fenn|name]]
(head) - no answer at [[Bradford St|address]].
[[17/11/2026|date]] Nan [[Tina|name]] rang: kids at hers since last night. [[Kerry|name]] at her friend [[Shannon Carver|name]]'s in
[[Witham|place]]. [[TJ|name]] came in with nan and great-aunt [[Brenda|name]] at 8.50; told Miss [[Okoye|name]] (Y4 teacher) "[[Lee|name]]
threw the Xbox at the wall and [[Gav|name]] laughed".
[[19/11/26|date]] Mrs [[Pask|name]]'s grandson [[Archie|name]] said [[TJ|name]] is "sad every day". Logged by [[Chloe Okoye|name]].
[[23/11/2026|date]] Core group here. [[Seun|name]], [[Rachel|name]], nan, [[Kerry|name]], HV [[Jo Tait|name]]. [[Lee Gunn|name]] bailed to
his mum's in [[Clacton|place]], not to come to [[Braintree|place]].
"""),
    ("grandmother's WhatsApp messages copied into the record", """WhatsApp from [[Tina Scrivener|name]] (nan) to SW [[Seun Bakare|name]]
copied on [[18/11/26|date]] by [[O. Bakare|name]]

[[16/11/2026|date]], 19:02 - [[Tina|name]]: hi [[seun|name]] its [[tina|name]], [[tj|name]] and [[maisie|name]]s nan. they are here at
mine in [[notley|place]] now
[[16/11/2026|date]], 19:00 - [[Tina|name]]: hi hun [[tj|name]] says hes hungry, can i use the food bank at the church?
[[16/11/2026|date]], 19:03 - [[Tina|name]]: [[kerry|name]] dropped them in a taxi and went back to [[bocking|place]] with [[lee|name]]
and that
[[gav|name]]
[[16/11/2026|date]], 19:10 - [[Tina|name]]: [[maisie|name]] has nits and no pants in the bag. [[tj|name]] says [[lee|name]] threw the xbox
[[16/11/2026|date]], 21:47 - [[Tina|name]]: my sister [[brenda|name]] from [[coggeshall|place]] is coming to help me tmrw
[[17/11/2026|date]], 07:15 - [[Tina|name]]: [[kerry|name]] rang, shes at her mate [[shannon|name]]s in [[witham|place]]. says she will come
[[17/11/2026|date]], 07:16 - [[Tina|name]]: i cant do school run for both, [[maisie|name]] nursery is in [[braintree|place]] and i dont
drive
[[17/11/2026|date]], 12:30 - [[Tina|name]]: [[lee|name]] came to the door shouting, my neighbour [[Colin|name]] at [[no 11|address]] rang
999
[[17/11/2026|date]], 12:31 - [[Tina|name]]: police came, PC [[Dunmore|name]]. hes gone now
[[17/11/2026|date]], 18:05 - [[Tina|name]]: ring me on landline [[01376 349 218|phone]] mobile is playing up x
"""),
    ("strategy discussion record", """ESSEX CHILDREN'S SOCIAL CARE - STRATEGY DISCUSSION RECORD
Date/time: [[19 October 2026|date]], 14:00 (Teams)     Chair: [[Mandy Copsey|name]], Team Manager, Braintree Family Support
Children: [[Tyler-James Scrivener|name]] DOB [[11 April 2017|dob]] NHS [[753 355 4140|nhs]]; [[Maisie Gunn|name]] DOB [[3 August
2021|dob]] NHS [[1292838035|nhs]]
Attendees: [[Oluwaseun Bakare|name]] (SW); DS [[Kirsty Oakley|name]] (Essex Police CAIT); [[Rachel Moyse|name]] (DSL);
[[Helen Brightwell|name]] (school nurse); health visitor [[Joanne Tait|name]] for [[Maisie|name]].
Information: Mother [[Kerry Scrivener|name]] (DOB [[19/12/1993|dob]]) known for cocaine and alcohol use since 2020. Partner
[[Lee Gunn|name]] (DOB [[27.05.1990|dob]], NI [[JT 48 27 91 C|ni]]) - police hold 3 DV call-outs to [[Bradford Street|address]],
last on [[2nd October|date]]. A male "[[Gav|name]]" (believed [[Gavin Nunn|name]], of [[Rayne|place]]) present at address.
Maternal grandmother [[Tina Scrivener|name]], [[Great Notley|place]], offers care.
Decision: s47 (single agency, SW lead). Joint visit [[20/10/2026|date]]. [[TJ|name]] to be seen alone at school; [[Maisie|name]]
seen at [[Little Bluebells|school]]. ISC check on [[Gavin Nunn|name]]. Next review: [[2 November 2026|date]].
Actions: [[Joanne Tait|name]] to see [[Maisie|name]] by [[23/10|date]]; [[Helen
Brightwell|name]] to do health check for [[Tyler-James|name]].
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Held [[30 November 2026|date]] at the Braintree Family Hub.  Coordinator: [[Bev Eldred|name]]
For: [[TJ|name]] and [[Maisie|name]]
Family present: Mum [[Kerry|name]]; Nan [[Tina|name]]; Great-aunt [[Brenda Wicks|name]] ([[Coggeshall|place]]); Uncle [[Dale
Scrivener|name]] (came from [[Colchester|place]]); [[Maisie|name]]'s dad's mum, Mrs [[Sandra Gunn|name]] (rang in from [[Clacton|place]],
[[07733 914 562|phone]]). [[Lee|name]] not invited.
Our plan:
1. [[TJ|name]] and [[Maisie|name]] live with Nan [[Tina|name]] at [[9 Pilgrims Close|address]], [[Great Notley|place]]
[[CM77 7WD|postcode]] while mum goes to Open Road in [[Braintree|place]].
2. Aunty [[Brenda|name]] does school run Mon/Weds/Fri. [[Dale|name]] pays for the bus pass.
3. Mum sees the kids at nan's, Tues and Sat, with [[Brenda|name]] or [[Tina|name]] there.
4. [[Lee|name]] does not come to [[Pilgrims Close|address]]. If he does, nan rings 999.
5. [[TJ|name]] wants to stay at his school and keep seeing his friend [[Archie Pask|name]]. He wants to go swimming with
uncle [[Dale|name]] on Sundays.
Review: [[18th January 2027|date]]. Signed: [[K Scrivener|name]], [[T. Scrivener|name]], [[B Wicks|name]], [[D. Scrivener|name]].
SW [[Oluwaseun Bakare|name]] agreed the plan on [[1/12/26|date]].
Copies to: [[Kerry Scrivener|name]]; [[Tina Scrivener|name]]; [[Brenda Wicks|name]]; [[Dale Scrivener|name]]; [[Sandra Gunn|name]];
[[Rachel Moyse|name]] (school); [[Joanne Tait|name]] (HV); [[Mandy Copsey|name]] (TM). [[TJ|name]] drew the picture on the front:
him, [[Maisie|name]], Nan, Aunty [[Brenda|name]] and the dog.
"""),
]


# --- B. Edafe / Oghenekaro family (Urhobo, from Delta State, Nigeria), Marks Farm, Braintree --------------------------------

HOME_B = d.Address("41 Ravens Avenue", "Marks Farm", "Braintree", "CM7 2XR")
GRAN_B = d.Address("12 Okere Road", "", "Ughelli", "333101")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ufuoma", "Edafe")], dt.date(2012, 3, 22), addresses=[HOME_B], ids=["8728858255", "T881148318051"],
       schools=["Alec Hunter Academy"]),
    _p("s", "sibling", [("Oghenekevwe", "Edafe")], dt.date(2018, 10, 9), addresses=[HOME_B], ids=["6733706725"]),
    _p("m", "mother", [("Ejiro", "Oghenekaro")], dt.date(1985, 6, 30), addresses=[HOME_B], phones=["07438 207 915"]),
    _p("f", "father", [("Onome", "Edafe")], dt.date(1981, 1, 17), addresses=[HOME_B], phones=["07956 381 704"]),
    _p("g", "grandparent", [("Rukevwe", "Oghenekaro")], addresses=[GRAN_B], phones=["+234 803 412 7765"]),
], "c")

DOCS_B = [
    ("secondary school welfare referral email", """From: [[Priya Lakhani|name]] <[[p.lakhani@alechunter.essex.sch.uk|email]]>
To: Children and Families Hub
Sent: [[3 November 2026|date]] 09:12
Subject: Urgent - [[EDAFE Ufuoma|name]] Y9 - [[22.03.2012|dob]]

Hi,
I'm the DSL at [[Alec Hunter|school]]. This morning [[Ufuoma Edafe|name]] (UPN [[T881148318051|upn]]), who lives at [[41
Ravens Avenue|address]], [[Marks Farm|place]], [[Braintree|place]] [[CM7 2XR|postcode]], showed her form tutor Mr [[Delaney|name]]
raised marks on the backs of both legs. She said her dad, [[Onome Edafe|name]], used a belt on Saturday ([[31st Oct|date]]) because
she came home late from her friend [[Amira|name]]'s in [[Bocking|place]]. She said "Daddy says it's our culture, [[Kevwe|name]] gets
it too". [[Oghenekevwe|name]] ([[Kevwe|name]], 8) is at [[John Bunyan Primary|school]].
Mum is [[Ejiro Oghenekaro|name]] ([[07438 207 915|phone]]); dad [[07956 381 704|phone]]. [[Ufuoma|name]] asked us not to ring dad.
She also mentioned the pastor, "Pastor [[Tega|name]]" ([[Tega Okorodudu|name]]), at their church in [[Chelmsford|place]], who told her
dad she "needs deliverance". I've attached the body map and her words. She's in the library with our pastoral lead Mrs [[Lorna
Figg|name]] until you call (our number [[01376 321 813|phone]]).
Thanks, [[Priya|name]]
"""),
    ("family chat in Urhobo and English with translation", """Family WhatsApp group "[[Edafe|name]] Family UK" - printed by
[[Ufuoma|name]] and handed to SW
[[Grace Atherton|name]] on [[10/11/2026|date]]. Urhobo lines translated by interpreter [[Oghenero Idisi|name]] on [[11/11/2026|date]].

[[08/11/2026|date]] 20:14 - Mama [[Ughelli|place]]: Migwo! [[Ufuoma|name]] ọmọ mẹ, wo vrẹn? ([[Ufuoma|name]] my child, how are you?)
[[08/11/2026|date]] 20:20 - [[Ufuoma|name]]: vrendo grandma. im fine
[[08/11/2026|date]] 20:22 - Mama [[Ughelli|place]]: [[Onome|name]], ọmọ na ọ da yẹ. ([[Onome|name]], the child is not well - I hear it.)
[[08/11/2026|date]] 20:40 - Daddy: Mama she is ok. The social workers came to [[Marks Farm|place]] today
[[08/11/2026|date]] 20:41 - Mummy: [[Ejiro|name]] here. Mama call me on [[07438 207 915|phone]] not this one
[[08/11/2026|date]] 20:45 - Uncle [[Tejiri|name]]: [[onome|name]] call me. I am in [[Warri|place]] till [[20th|date]] then [[Lagos|place]]
[[08/11/2026|date]] 21:02 - Mama [[Ughelli|place]]: my number is [[+234 803 412 7765|phone]]. Ẹ kpẹ ọmọ na. (Do not beat the child.)
[[09/11/2026|date]] 07:30 - [[Kevwe|name]]: [[ufuoma|name]] where is my PE top
[[09/11/2026|date]] 07:31 - [[Ufuoma|name]]: [[kevwe|name]] its in the dryer lol
Note by interpreter: "Mama [[Ughelli|place]]" is the grandmother, Mrs [[Rukevwe Oghenekaro|name]], [[12 Okere Road|address]],
[[Ughelli|place]] ([[333101|postcode]]). "Uncle [[Tejiri|name]]" is [[Tejiri Edafe|name]], the father's brother.
Other members of the group: [[Ochuko Edafe|name]] (cousin, [[Chelmsford|place]]), [[Oghenetega Edafe|name]] ("[[Tega E|name]]", aunt,
[[Abraka|place]]), and [[Ejiro|name]]'s friend [[Blessing Ighoro|name]].
"""),
    ("section 47 joint visit record", """SECTION 47 - JOINT VISIT  [[04/11/2026|date]] 16:30   [[41 Ravens Ave|address]],
[[Marks Farm|place]]
SW: [[Grace Atherton|name]]   Police: DC [[Sam Holloway|name]] (CAIT)   Interpreter: not needed (family speak English; grandmother
speaks Urhobo)
Seen: [[Ufuoma|name]] (14) alone in her room; [[Kevwe|name]] (8) alone in lounge; Mrs [[Oghenekaro|name]]; Mr [[Edafe|name]].
[[Ufuoma|name]] repeated what she told Ms [[Lakhani|name]]. [[Kevwe|name]] said "daddy uses the belt when we're bad, not mummy".
Father [[Onome Edafe|name]] (DOB [[17/01/1981|dob]], NI [[SB 61 39 04 A|ni]]) accepted he "disciplined" [[Ufuoma|name]] with a belt; said
in Nigeria this is normal and his own father in [[Sapele|place]], Delta State, did the same. Told the law in England.
Mother [[Ejiro|name]] (DOB [[30.06.1985|dob]]), a carer at a home in [[Witham|place]], tearful. Said Pastor [[Okorodudu|name]]
prayed over [[Ufuoma|name]] on [[25 October|date]] "for her rudeness"; she did not like it.
Car on drive: grey Toyota Avensis [[FV16 RXO|vehicle]] (father's). Family friend Mrs [[Blessing Ighoro|name]] of [[Great
Notley|place]] present at the end, offered that [[Ufuoma|name]] can stay with her at [[6 Beaumont Court|address]],
[[CM77 7AB|postcode]], for a few nights. Agreed by both parents.
NHS: [[Ufuoma|name]] [[8728858255|nhs]]; [[Oghenekevwe|name]] [[673 370 6725|nhs]]. GP: Dr [[Nwachukwu|name]], Mount Chambers
Surgery.
Also spoken to by phone: Mr [[Edafe|name]]'s friend [[Efe Omonigho|name]] ([[07577 320 648|phone]]) of [[Bocking|place]], who
drove [[Kevwe|name]] to his cousin [[Ochuko|name]]'s birthday in [[Chelmsford|place]] on [[1 Nov|date]]. Manager DS [[Rhian Pugh|name]]
agreed the plan with [[Grace|name]] at 19:10. Safety plan: [[Onome|name]] to stay with [[Efe|name]] at [[22 Godlings Way|address]],
[[Bocking|place]] [[CM7 9LZ|postcode]], till the strategy meeting on [[6/11/2026|date]].
"""),
    ("child's own letter to the conference", """to the people at the meeting on [[the 26th|date]]

My name is [[Ufuoma|name]] but my friends call me [[Uffy|name]] or [[Fuoma|name]]. I am 14. I live in [[marks farm|place]] with my
mum [[Ejiro|name]] my dad and my little brother [[Kevwe|name]] who is 8 and supports arsenal.
I love my dad but I dont want the belt anymore. I dont want [[Kevwe|name]] to have it. I dont want to go to Pastor [[Tega|name]]s
church in [[chelmsford|place]] again because he held my head and shouted.
I like staying at Aunty [[Blessing|name]]s in [[notley|place]] because its calm and her daughter [[Favour|name]] does my hair.
My best friends are [[Amira|name]] and [[Leah Copping|name]]. I want to go to [[Alec Hunter|school]] still.
I miss my grandma in [[Ughelli|place]]. She says [[Ufuoma|name]] means "peace" and thats what I want.
I want mum to decide stuff too not just dad.
from [[Ufuoma E|name]]  ([[20/11/26|date]])
ps. please tell Mr [[Delaney|name]] I will do my science homework. and tell [[leah|name]] i said hi. [[Favour Ighoro|name]] helped me
spell some words. Aunty [[Blessing|name]] says she will come to the meeting with mum.
"""),
]


# --- C. Frost / Pettit family (white British), Tidings Hill, Halstead, nan in Castle Hedingham -------------------------------

HOME_C = d.Address("14 Tidings Hill", "", "Halstead", "CO9 1BL")
NAN_C = d.Address("3 Nunnery Street", "Castle Hedingham", "Halstead", "CO9 3DP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Harvey", "Pettit")], dt.date(2015, 9, 4), addresses=[HOME_C], ids=["6797554330", "W881450199418"],
       schools=["Richard de Clare Primary"]),
    _p("s", "sibling", [("Ellie", "Pettit")], dt.date(2020, 1, 28), addresses=[HOME_C], ids=["6162773310"]),
    _p("m", "mother", [("Stacey", "Frost")], dt.date(1991, 7, 7), addresses=[HOME_C], phones=["07725 604 318"]),
    _p("f", "father", [("Dean", "Pettit")], dt.date(1988, 11, 12), phones=["07867 240 591"]),
    _p("g", "grandparent", [("Carol", "Frost")], dt.date(1964, 3, 9), addresses=[NAN_C], phones=["01787 460 735"]),
], "c")

DOCS_C = [
    ("police domestic abuse incident log", """ESSEX POLICE - STORM LOG 0417 [[06/10/26|date]] - DOMESTIC - [[HALSTEAD|place]]
22:51 Caller [[FROST Stacey|name]] ([[07725 604 318|phone]]) at [[14 TIDINGS HILL|address]], [[HALSTEAD|place]] [[CO9 1BL|postcode]]
states ex-partner [[PETTIT Dean|name]] ([[12/11/1988|dob]]) kicking front door, "he's got a bat". Two children in address.
22:53 Neighbour [[Mick Ruffle|name]] at [[no. 16|address]] also calling, sees male in drive, dark blue Transit [[AU67 BHE|vehicle]].
22:58 Units 3A21 (PC [[Louise Gant|name]], PC [[Jamal Hussein|name]]) dispatched from [[Braintree|place]].
23:09 On scene. Male gone on foot towards [[Trinity Street|address]]. Door damaged. Caller has red marks to neck, says [[Dean|name]]
grabbed her throat through the gap. DASH completed: HIGH (17 ticks). Children [[Harvey|name]] (11) and [[Ellie|name]] (6) seen,
[[Harvey|name]] was on the stairs holding his sister, said "dad said he'd burn the house".
23:40 Male arrested in [[Colne Road|address]] by PC [[Hussein|name]]. Taken to [[Chelmsford|place]] custody.
23:55 Caller's mother, [[Carol Frost|name]] of [[Castle Hedingham|place]] ([[01787 460 735|phone]]), attending to sit with family.
[[07/10/26|date]] 08:30 PPN to children's services. DS [[Toby Keeble|name]] to review. Bail conditions: not to enter [[Halstead|place]]
town, no contact. Male's bail address: c/o his brother [[Ryan Pettit|name]], [[Flat 2, 88 Coggeshall Road|address]],
[[Braintree|place]] [[CM7 9BY|postcode]].
[[08/10/26|date]] 10:15 Update DS [[Keeble|name]]: male charged, remanded till [[12/10|date]]. Witnesses: [[Mick Ruffle|name]], his wife
[[Janice Ruffle|name]], and a passer-by [[Owen Tebbutt|name]] of [[Gosfield|place]]. Body-worn footage by PC [[Gant|name]] and PC
[[Hussein|name]] saved.
"""),
    ("MARAC referral form", """MARAC REFERRAL - ESSEX - referrer: [[Nicola Spurgeon|name]], IDVA, Next Chapter
Victim: [[Stacey FROST|name]]   DOB [[07/07/1991|dob]]   Address: [[14 Tidings Hill|address]], [[Halstead|place]], Essex
Safe contact: [[07725 604 318|phone]] (text first)   Email: [[staceyfrost91@gmail.com|email]]
Perpetrator: [[Dean PETTIT|name]]   DOB [[12.11.1988|dob]]   Phone [[07867 240 591|phone]]   Vehicle [[AU67 BHE|vehicle]]
Children: [[Harvey Pettit|name]] ([[04/09/2015|dob]]) - [[Richard de Clare Primary|school]], Y7*  ; [[Ellie Pettit|name]]
([[28/01/2020|dob]]) - [[St Andrew's Infants|school]]. *(should read Y6 - N.S.)
Risk summary: strangulation on [[6 Oct|date]] and in March this year (not reported); threats to burn the house;
he tracks her phone. She is frightened of his friend "[[Big Rob|name]]" ([[Robert Mayhew|name]]) who lives in [[Sible Hedingham|place]]
and drives past. [[Dean|name]]'s new girlfriend [[Jade Lott|name]] has messaged [[Stacey|name]] from [[+353 87 214 6630|phone]]
(Irish mobile) saying "your kids will be mine". [[Stacey|name]]'s sister [[Amy Frost|name]] lives in [[Sudbury|place]] and is a safe place.
Actions asked: flag on [[Tidings Hill|address]]; sanctuary scheme (Braintree District Council); school to know bail conditions;
children's services ([[Kieran Doyle|name]], SW) to consider CP.
Date: [[9 October 2026|date]]  Heard at MARAC: [[22/10/2026|date]]
Agencies at MARAC: PC [[Louise Gant|name]]; [[Kieran Doyle|name]] (CSC); [[Nicola Spurgeon|name]] (IDVA); [[Rebecca Thorne|name]]
(Greenfields housing); Mrs [[Sally Raven|name]] (DSL, [[Richard de Clare|school]]); probation ([[Marcus Bell|name]]).
"""),
    ("IDVA's phone notes in lower case", """idva notes - [[stacey f|name]] - phone contacts

[[13/10|date]] 10:05 rang [[stacey|name]]. ok-ish. [[harvey|name]] wetting bed again, [[ellie|name]] wont sleep on her own. mum
[[carol|name]] staying 3 nights a week, drives over from [[castle hedingham|place]]
[[13/10|date]] 10:20 told her marac is [[22nd|date]]. she asked if [[kieran|name]] (sw) will take the kids. explained no
[[20/10|date]] 15:40 [[stacey|name]] says [[dean|name]] seen in [[halstead|place]] high st by her friend [[kelly gooding|name]]. told her
to ring 101 w/ crime ref. rang DS [[keeble|name]], left msg
[[27/10|date]] 11:11 sanctuary fitted by [[Phil|name]] from the council. [[harvey|name]] says he liked the "spy camera"
[[3/11|date]] 09:00 [[stacey|name]] crying, [[jade|name]] sent another msg from the irish number. screenshots to PC [[gant|name]]
[[3/11|date]] 09:30 [[amy|name]] (sister, [[sudbury|place]]) rang me to say [[stacey|name]] and kids can go to hers at [[12 Kings
Road|address]] [[CO10 1LX|postcode]] if needed
[[10/11|date]] 14:15 court: non-mol granted [[9th Nov|date]] at [[chelmsford|place]]. [[dean|name]] to get served by friday?
check w/ solicitor [[Hannah Blois|name]]
[[17/11|date]] 12:00 [[stacey|name]] ok. [[carol|name]] has moved in for now. [[harvey|name]] going to beavers w/ his friend [[josh
ruffle|name]] again. [[ellie|name]] sleeping in nans bed. [[kieran|name]] visited [[16th|date]]
n.s
"""),
    ("scanned court order with OCR misreadings", """IN THE FAMILY COURT AT CHELMSFORD           Case No. CH26F0O417
NON-MOLESTATION ORDER - Family Law Act 1996 s.42
The Respondent: [[DEAN PETTlT|name]]  born [[l2.11.1988|dob]]
The Applicant: [[STACEY FR0ST|name]]
1. The Respondent must not use or threaten violence against the Applicant, or instruct or encourage anyone else ("[[Robert
Mayhew|name]]" or any other person) to do so.
2. The Respondent must not go to, enter or attempt to enter [[l4 Tidings HilI|address]], [[HaIstead|place]], [[C09 1BL|postcode]],
nor go within 100 metres of it, and must not go to [[Richard de CIare Primary School|school]] or [[St Andrew's Infant
School|school]].
3. The Respondent must not contact the Applicant by phone ([[07725 604 318|phone]]), text or social media, save through
solicitors.
This order lasts until [[9 May 2O27|date]] at 4pm. Made by District Judge [[Okafor|name]] on [[O9/11/2O26|date]].
Served personally on the Respondent by [[G. Whitlock|name]], process server, on [[l3 November 2026|date]] at [[88 Coggeshall
Rd|address]], [[Braintree|place]].
Solicitor for the Applicant: [[Hannah Blois|name]], Frame & Tuck, [[Halstead|place]]. Solicitor for the Respondent: [[Kwame
Asante|name]], [[Colchester|place]].
"""),
]


# --- D. Mulley / Sayer family (white British), Coggeshall, father in Kelvedon; a boy missing and exploited --------------------

HOME_D = d.Address("6 Robinsbridge Road", "", "Coggeshall", "CO6 1LR")
DAD_D = d.Address("19 Swan Street", "", "Kelvedon", "CO5 9NG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kai", "Mulley")], dt.date(2011, 2, 16), addresses=[HOME_D], ids=["6906042424", "L881504373251"],
       schools=["Honywood School"]),
    _p("m", "mother", [("Michelle", "Mulley")], dt.date(1984, 8, 25), addresses=[HOME_D], phones=["07591 264 830"]),
    _p("f", "father", [("Craig", "Sayer")], dt.date(1982, 4, 3), addresses=[DAD_D], phones=["07450 918 362"]),
], "c")

DOCS_D = [
    ("police missing person report", """ESSEX POLICE - MISSING PERSON REPORT   Ref: 42/118207/26   Risk: HIGH
Name: [[MULLEY, Kai|name]]   Born: [[16/02/2011|dob]] (15)   Home: [[6 Robinsbridge Road|address]], [[Coggeshall|place]]
[[CO6 1LR|postcode]]
Reported by: mother [[Michelle Mulley|name]], [[07591 264 830|phone]], at 23:40 on [[14/11/2026|date]]
Last seen: 16:15 [[14/11/2026|date]] getting into a black Golf [[YR70 WKP|vehicle]] by the Co-op in [[Coggeshall|place]] (seen by
friend [[Alfie Thurgood|name]]).
Description: white, 5'9", slim, grey North Face, black Nike Tech, white AF1s. Phone off ([[07988 531 207|phone]]).
Known associates: "[[Smokey|name]]" (believed [[Jordan Akande-Reeves|name]], 19, of [[Greenstead|place]], [[Colchester|place]]);
[[Tyrese|name]] (no surname); [[Callum Bright|name]] (16, [[Kelvedon|place]]).
Previous episodes: [[12 Sept|date]] (found [[Southend|place]]), [[3 Oct|date]] (found in a flat in [[Clacton-on-Sea|place]], [[Pier
Avenue|address]], with cash and two phones).
Father [[Craig Sayer|name]], [[19 Swan Street|address]], [[Kelvedon|place]] ([[07450 918 362|phone]]), checked - not there.
Found: 09:20 [[16/11/2026|date]] by BTP at [[Witham|place]] station, hungry, £340 in sock. Returned home by PC [[Abbie
Carr|name]]. Return interview to be offered by [[Louis Mensah|name]] (Essex Children's Services).
Enquiries: [[Alfie Thurgood|name]]'s mum [[Kirsty Thurgood|name]] ([[07402 861 355|phone]]) says [[Kai|name]] "goes off with older
lads in a Golf". Nan [[Pat Sayer|name]], [[Feering|place]], had not seen him since [[8 Nov|date]]. Coach [[Dave Lusher|name]] rang in:
[[Kai|name]] missed training on [[13th|date]].
"""),
    ("return home interview record", """RETURN HOME INTERVIEW - [[Kai Mulley|name]] - held [[18 November 2026|date]] at
[[Honywood|school]] (library)
Interviewer: [[Louis Mensah|name]]. [[Kai|name]] agreed to talk; mum [[Michelle|name]] not present (his choice).
Q: Where did you go?  A: "Round. [[Colchester|place]], then [[Southend|place]], a trap house I think off [[London Road|address]]. Then
got dropped in [[witham|place]]."
Q: Who were you with?  A: "Just mates." Later: "[[Smokey|name]] picked me up. I owe him for a phone that got took."
Q: Did anyone hurt you?  A: Showed a bruise on his ribs. "[[Ty|name]] did that, in the car, Saturday night." (Note: [[Tyrese|name]].)
Q: Who do you trust?  A: "Nan [[Pat|name]] in [[Feering|place]], and my coach [[Dave Lusher|name]] at [[Coggeshall|place]] Town
youth." Also his cousin [[Bradley Sayer|name]] (20).
Q: What would help?  A: "Move schools. Get my own phone back. Not live with [[Gary|name]]." ([[Gary Wenden|name]], mum's partner,
moved in [[1 Nov|date]].)
Worries shared with: SW [[Aisha Rahman|name]] (CCE lead), [[Honywood|school]] DSL Mr [[Pickering|name]], DC [[Nathan Ives|name]].
NHS [[690 604 2424|nhs]]  UPN [[L881504373251|upn]]
Interviewer's notes: [[Kai|name]] spoke well of Mr [[Pickering|name]] and of PC [[Carr|name]]. He said [[Callum|name]] "got me
in with them" at the skate park in [[Kelvedon|place]]. He did not want his dad [[Craig|name]] told about the debt. [[L. Mensah|name]]
"""),
    ("mother's texts to her son typed up", """Texts [[Michelle Mulley|name]] ([[07591 264 830|phone]]) to [[Kai|name]] - copied from her
phone by
SW [[Aisha Rahman|name]] on [[17/11/26|date]] with her agreement

[[14/11|date]] 18:02 where r u [[kai|name]] tea is ready
[[14/11|date]] 19:30 [[kai|name]] ring me now. [[alfie|name]] said u got in a car
[[14/11|date]] 21:15 ur dad is driving round [[kelvedon|place]] looking for u
[[14/11|date]] 23:38 im ringing police. i love u
[[15/11|date]] 07:12 [[kai|name]] please. nan [[pat|name]] is in bits
[[15/11|date]] 13:50 someone called [[smokey|name]] messaged me from ur snap. says u owe. who is he
[[15/11|date]] 22:01 [[gary|name]] says hes not paying anyone. im not letting them near [[robinsbridge|address]]
[[16/11|date]] 09:41 police found u in [[witham|place]] thank god. coming now with [[craig|name]]
[[16/11|date]] 09:42 dont talk to anyone till we get there. [[abbie|name]] the police lady has ur bag
[[16/11|date]] 18:20 ur nan [[pat|name]] and aunty [[jo|name]] are coming for tea. [[bradley|name]] says hi. love u [[kai|name]] xx
[[17/11|date]] 08:05 [[aisha|name]] the social worker is coming at 10 and [[louis|name]] tmrw. please stay in
"""),
    ("national referral mechanism referral extract", """NRM REFERRAL (child) - First Responder: Essex County Council - submitted
[[24/11/2026|date]]
Potential victim: [[Kai MULLEY|name]]   DOB [[16 February 2011|dob]]   British national
Address: [[6 Robinsbridge Rd|address]], [[Coggeshall|place]], Essex [[CO6 1LR|postcode]]
Exploitation type: criminal (county lines, drug running [[Colchester|place]] to [[Clacton|place]] and [[Southend|place]]).
Account: From August [[Kai|name]] was given phones and asked to "run" for a line called "[[Smokey|name]]" (handler
believed to be [[Jordan Akande-Reeves|name]]). He was taken to [[Pier Avenue|address]], [[Clacton-on-Sea|place]] on [[3 October
2026|date]] and to [[Southend|place]] on [[12 September|date]] and [[15th November|date]]. He was assaulted by "[[Ty|name]]" and
told he had a debt of £600. His mother's partner [[Gary Wenden|name]] (DOB [[02/03/1979|dob]], NI [[NR 14 72 85 D|ni]]) is
also of concern. A [[Kelvedon|place]] friend, [[Callum Bright|name]], is a suspected peer recruiter.
Contact for the case: [[Aisha Rahman|name]], [[aisha.rahman@essex.gov.uk|email]], [[07385 412 906|phone]].
Consent: not needed (child). Parents informed: [[Michelle Mulley|name]] and [[Craig Sayer|name]] on [[23rd November|date]].
Other professionals: DC [[Nathan Ives|name]]; Mr [[Tom Pickering|name]] ([[Honywood|school]]); YOT worker [[Sian Beckwith|name]];
St Giles caseworker [[Marlon Okafor-Reid|name]].
"""),
]


# --- E. Spalding / Uddin family (white British and British Bangladeshi), Sible Hedingham; a disabled girl of 7 ---------------

HOME_E = d.Address("8 Alderford Street", "Sible Hedingham", "Halstead", "CO9 3HX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ava", "Uddin")], dt.date(2019, 5, 13), addresses=[HOME_E], ids=["0730593800"],
       schools=["Hedingham Primary"]),
    _p("m", "mother", [("Hollie", "Spalding")], dt.date(1995, 3, 2), addresses=[HOME_E], phones=["07463 815 209"]),
    _p("f", "father", [("Shahed", "Uddin")], dt.date(1992, 10, 21), addresses=[HOME_E], phones=["07828 407 516"]),
], "c")

DOCS_E = [
    ("EHCP annual review minutes", """EDUCATION, HEALTH AND CARE PLAN - ANNUAL REVIEW - MINUTES
Pupil: [[Ava UDDIN|name]]   DOB [[13.05.2019|dob]]   Year 2   School: [[Hedingham Primary|school]]
Meeting: [[12 November 2026|date]], 3.30pm, at school.   Chair: SENCo Mrs [[Janet Rolfe|name]]
Present: mum [[Hollie Spalding|name]]; dad [[Shahed Uddin|name]]; 1:1 TA [[Kelly-Ann Goody|name]]; physio [[Tom Ashdown|name]];
children's community nurse [[Bernadette O'Dowd|name]]; SW [[Farah Siddiqui|name]] (Disabled Children's Team).
Apologies: SALT [[Gemma Lusted|name]]; paediatrician Dr [[Anand|name]] (Broomfield).
[[Ava|name]] has quadriplegic cerebral palsy, epilepsy and a gastrostomy. She uses an eye-gaze device; her words this year
include "Nani" (for her grandmother) and "[[Kelly|name]]". [[Kelly-Ann|name]] said [[Ava|name]] laughed all through the
Harvest assembly.
Parents' views: mum is exhausted; she has had two nights' sleep a week since [[Ava|name]]'s seizures got worse in late
September. Dad works nights at Stansted and drives to work from [[Sible Hedingham|place]]. The house at [[8 Alderford
Street|address]] has no downstairs bathroom; the OT [[Maria Poole|name]] saw it on [[4th November|date]].
Agreed: request a wheelchair-accessible transfer (Greenfields housing); a moving and handling plan by [[27/11/2026|date]];
consider the overnight short-break unit in [[Great Dunmow|place]] (SW to ask). Next review [[11 November 2027|date]].
Actions: [[Janet Rolfe|name]] to send minutes to [[Hollie|name]] and [[Shahed|name]]; [[Tom Ashdown|name]] to show [[Kelly-Ann|name]]
the new standing frame; [[Farah|name]] to ring mum's sister [[Lauren|name]] about helping at weekends.
"""),
    ("children's community nurse visit note", """CCN home visit - [[Ava Uddin|name]] - NHS [[073 059 3800|nhs]]
[[19/11/2026|date]] 10:00-11:15 at [[8 Alderford St|address]], [[Sible Hedingham|place]] [[CO9 3HX|postcode]]
Present: mum ([[Hollie|name]]), Nani ([[Rokeya Begum|name]], father's mother, visiting from [[Luton|place]]).
Stoma site red, leaking; button changed. Weight 17.2kg (down 0.6kg since [[15/10|date]]).
Mum tearful, said she "can't do this any more", hasn't seen her own GP (Dr [[Hewitt|name]], Hedingham surgery). Says she is
not sleeping, cries when [[Shahed|name]] leaves for work. PHQ-9 not done; advised GP today. Mum consented to me ringing her
sister [[Lauren Spalding|name]] in [[Great Yeldham|place]] ([[07519 360 472|phone]]), who came at 11.
Seizure diary: [[14th|date]] x3, [[16th|date]] x5 (one 6 minutes, buccal midazolam given by dad).
Nani said in Bengali (dad translated by phone) that the family wants [[Ava|name]] at home, not "sent away".
Plan: visit [[26/11|date]]; email SW [[Farah Siddiqui|name]] ([[farah.siddiqui@essex.gov.uk|email]]) and Dr [[Anand|name]].
[[B. O'Dowd|name]] RN(Child)
Addendum 14:20: spoke to [[Farah|name]]. Dr [[Hewitt|name]] will see [[Hollie|name]] tomorrow. [[Lauren|name]] staying tonight.
"""),
    ("father's note in Bengali with a translation", """Note handed to SW [[Farah Siddiqui|name]] by [[Shahed Uddin|name]] on
[[24/11/2026|date]], written
by his mother. Bengali original, then a translation by Mr [[Uddin|name]] and checked by interpreter [[Nazmul Hoque|name]]
on [[25/11/2026|date]].

আমার নাম [[রোকেয়া বেগম|name]]। আমি দাদি, নাতনির নাম [[আভা|name]]। আমি [[লুটন|place]] থেকে এসেছি। [[হলি|name]] খুব ক্লান্ত। আমরা চাই
[[আভা|name]] বাড়িতে থাকুক।
আমার ছেলে [[শাহেদ|name]] রাতে কাজ করে। আমি শনিবার আর রবিবার থাকতে পারব।

Translation: My name is [[Rokeya Begum|name]]. I am [[Ava|name]]'s grandmother (dadi; [[Ava|name]] says "Nani"). I came from
[[Luton|place]]. [[Hollie|name]] is very tired. We want to keep [[Ava|name]] at home. My son [[Shahed|name]] works at night. I can
stay on Saturday and Sunday.
Mr [[Uddin|name]] added: my mother's phone is [[07932 176 048|phone]]; my brother [[Jahed Uddin|name]] in [[Sylhet|place]]
([[+880 1711 482 390|phone]]) will send money for a bed. Our car for [[Ava|name]] is the Motability van [[KP22 XMU|vehicle]].
"""),
    ("child in need plan for a disabled child", """CHILD IN NEED PLAN - Disabled Children's Team (North Essex)
Child: [[Ava Uddin|name]] ([[13 May 2019|dob]])   Parents: [[Hollie Spalding|name]] ([[07463 815 209|phone]]), [[Shahed
Uddin|name]] ([[07828 407 516|phone]])   Address: [[8 Alderford Street|address]], [[Sible Hedingham|place]]
Plan start: [[1 December 2026|date]]   SW: [[Farah Siddiqui|name]]   Team manager: [[Gary Mortlock|name]]
Need 1: Carers' breaks. Overnight short breaks at Longview, [[Great Dunmow|place]], 2 nights a month from [[5/1/27|date]];
sitting service by [[Sue Barham|name]] (PA) Weds 4-8pm. Nani [[Rokeya|name]] weekends.
Need 2: Mum's health. GP appointment booked [[3rd December|date]]; mum's friend [[Charlotte Nevard|name]] will go with her.
Need 3: Housing. Letter to Greenfields; ground-floor bathroom or move to a bungalow in [[Halstead|place]] or [[Castle
Hedingham|place]]. OT [[Maria Poole|name]].
Need 4: [[Ava|name]]'s own wishes (eye-gaze, with [[Kelly-Ann Goody|name]]): "[[Ava|name]] likes swings. [[Ava|name]] likes Nani.
[[Ava|name]] sad when mummy cry."
Review: [[2 March 2027|date]]. Copy to: [[Hedingham Primary|school]] (Mrs [[Rolfe|name]]); [[Bernadette O'Dowd|name]] (CCN).
Signed: [[H. Spalding|name]], [[S. Uddin|name]], [[F. Siddiqui|name]]. Countersigned: [[Gary Mortlock|name]], [[2/12/2026|date]].
"""),
]


# --- F. Pointer family (white British), Earls Colne; a young carer of 12 and his father's drinking ------------------------------

HOME_F = d.Address("33 Burrows Close", "Earls Colne", "Colchester", "CO6 2QW")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Jake", "Pointer")], dt.date(2014, 6, 8), addresses=[HOME_F], ids=["0874113504", "Q881911933001"],
       schools=["Ramsey Academy"]),
    _p("s", "sibling", [("Poppy", "Pointer")], dt.date(2022, 9, 15), addresses=[HOME_F], ids=["P881874838300"]),
    _p("f", "father", [("Steven", "Pointer"), ("Steve", "Pointer")], dt.date(1980, 12, 1), addresses=[HOME_F],
       phones=["07806 352 914"]),
], "c")

DOCS_F = [
    ("a young carer's own diary pages", """jakes diary. (given to mrs [[fairweather|name]] to read [[2/11|date]])

monday [[26th oct|date]]. dad didnt get up. i did [[poppy|name]]s breakfast and took her to [[tiny tots|school]] then was late for
[[ramsey|school]] AGAIN. mr [[kemp|name]] gave me a detention. i didnt say why
weds [[28th|date]]. dad had 2 of the big cans at 11 in the morning. he cryed about mum. its 2 years since mum died on [[the 30th|date]].
me and [[poppy|name]] went to mums bench at [[earls colne|place]] rec. nan [[val|name]] in [[halstead|place]] rang and said
well done [[jakey|name]]
fri [[30 october|date]]. mums day. dad went to the pub and didnt come back till 11. i put [[poppy|name]] to bed.
[[liam|name]] next door ([[no 35|address]]) brought us chips. his mum [[sharon|name]] said to ring her on [[07721 493 680|phone]]
any time
sun [[1st nov|date]]. i want dad to be like before. i dont want them to take [[poppy|name]]. i can do it all. my mate [[ollie
brand|name]] says i can go to his in [[white colne|place]] but i cant leave [[pops|name]]
"""),
    ("young carers service referral form", """REFERRAL TO ESSEX YOUNG CARERS - North Essex hub
Young person: [[POINTER, Jake|name]]   DOB: [[08/06/2014|dob]]   Age 12   UPN: [[Q881911933001|upn]]
Address: [[33 Burrows Close|address]], [[Earls Colne|place]], [[CO6 2QW|postcode]]   School: [[Ramsey Academy|school]],
[[Halstead|place]] (Y8)
Person cared for: father, [[Steven Pointer|name]] ("[[Steve|name]]"), DOB [[01/12/1980|dob]], phone [[07806 352 914|phone]]. Depression
and alcohol
since the death of [[Jake|name]]'s mum, [[Nicola Pointer|name]], on [[30 October 2024|date]]. Also sister [[Poppy|name]] (4), UPN
[[P881874838300|upn]], at [[Tiny Tots|school]] nursery, [[Earls Colne|place]].
Caring tasks: [[Poppy|name]]'s breakfast, nursery drop-off, shopping at the [[earls colne|place]] Co-op, cooking, getting dad up.
Referrer: [[Lisa Fairweather|name]], Pastoral Lead, [[Ramsey|school]] ([[l.fairweather@ramseyacademy.org.uk|email]],
[[01787 472 481|phone]]).
Other support: paternal grandmother [[Valerie Pointer|name]] ([[Halstead|place]], does not drive); [[Nicola|name]]'s sister
[[Dawn Catchpole|name]] in [[Marks Tey|place]]; neighbour [[Sharon Rix|name]] at [[no. 35|address]]. GP: Dr [[Mahmood|name]],
Colne Medical Centre.
Siblings of mum: [[Dawn|name]] (above) and [[Martin Catchpole|name]] (in [[Ipswich|place]], little contact).
Consent: [[Steve Pointer|name]] signed [[4 Nov 2026|date]]. [[Jake|name]] agreed: "as long as [[Poppy|name]] stays with us".
"""),
    ("GP practice safeguarding meeting minutes", """COLNE MEDICAL CENTRE - PRACTICE SAFEGUARDING MEETING - [[10/11/2026|date]]
Present: Dr [[Amir Mahmood|name]] (lead), Dr [[Clare Thurlow|name]], practice nurse [[Anita Cole|name]], HV [[Rosie Baines|name]],
practice manager [[Paul Eady|name]].
Item 4: POINTER family, [[Burrows Close|address]]. [[Steven Pointer|name]] (DOB [[01.12.1980|dob]]; [[Jake|name]] NHS
[[087 411 3504|nhs]]). Seen by Dr [[Thurlow|name]] [[5th November|date]]: low mood, drinking
about 100 units a week, no thoughts of ending life "because of the kids". Referred to Open Road [[Braintree|place]]; sertraline
restarted.
HV [[Rosie|name]]: [[Poppy|name]] missed her 3-year review on [[14/9|date]] and [[12/10|date]]; seen at home by [[Rosie|name]]
[[9/11|date]], well cared for but [[Jake|name]] was doing the feeding. [[Jake|name]]'s asthma review overdue.
Agreed: Dr [[Mahmood|name]] to speak to SW [[Callum Greaves|name]] (Family Support, [[Braintree|place]]); ask if Nan
[[Val|name]] can do school mornings; practice nurse to see [[Jake|name]] [[17/11|date]].
Action log: [[Anita Cole|name]] booked [[Jake|name]] for [[17/11|date]] 4.10pm; [[Paul Eady|name]] to add carer flag for [[Steven|name]].
"""),
    ("voicemail messages transcribed by a social work assistant", """Voicemails on SW [[Callum Greaves|name]]'s line, transcribed by SWA
[[Jodie Amos|name]] on [[23/11/2026|date]]

1) [[20/11|date]] 08:12 from [[07806 352 914|phone]]: "Hi, it's [[Steve|name]], [[Steve Pointer|name]], [[Jake|name]]'s dad. Sorry I
missed you Thursday. I've been to Open Road, got a worker called [[Denise|name]]. Ring me back. Cheers."
2) [[21/11|date]] 17:40 from [[01787 222 931|phone]]: "It's [[Val Pointer|name]], [[Steve|name]]'s mum. I'm in [[Halstead|place]],
on [[Kings Road|address]]. I can have [[Poppy|name]] Tuesdays if someone brings her. [[Jake|name]] can stay any time. Bye."
3) [[22/11|date]] 10:03 from [[+34 612 384 905|phone]]: "Hello, this is [[Dawn|name]], [[Dawn Catchpole|name]], [[Nicola|name]]'s sister.
I'm in [[Benidorm|place]] till the [[29th|date]]. I want to help with the kids when I'm back in [[Marks Tey|place]]. My email is
[[dawn.catchpole@hotmail.co.uk|email]]."
4) [[23/11|date]] 07:55 withheld: a boy's voice, "it's [[Jake|name]]... dad's ok today. don't come, [[poppy|name]]'s asleep." (ends)
Actioned by [[Callum Greaves|name]] [[23/11|date]]: rang [[Steve|name]] back; rang [[Val|name]]; emailed [[Dawn|name]]; told
[[Lisa Fairweather|name]] at [[Ramsey|school]] about [[Jake|name]]'s call. [[J. Amos|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 182 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 19:48 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "mama", "pastor", "dadi", "nani", "swa", "judge", "great-aunt"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "essex", "north essex",
               "nigeria", "delta state", "ireland", "spain", "bangladesh", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Pastor Tega", "Mama Ughelli", "Nani", "District Judge Okafor")
# and states, counties and countries ("Essex", "Delta State", "Nigeria").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
