"""Set 195: a held-out hand-written set for the redaction detector, six more invented families in Settle, Hawes and Ingleton (the Yorkshire
Dales), written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set194.py, bench/redaction_set196.py, bench/redaction_set197.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set181.py (its docstring, its first family's opening, its last family and
its tail) and tests/test_redaction_set181.py in full, whose shape this set copies; of bench/redaction_set21.py and
tests/test_redaction_set21.py only the test's first lines (the conventions were taken through set 181, which follows set 21);
the docstrings of bench/redaction_set7.py to bench/redaction_set193.py searched by a script for the towns, villages and
communities this set uses (only short excerpts around hits printed: Gayle and Horton occur there as surnames, a hospital and
a street, Settle as the word "settlement", none as a family's home in the Dales); the line numbers of `Records.party` and
`HandSet` in bench/redaction_handwritten.py (a grep); and no part of pyproject.toml (ruff was run with the project's settings).
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs (LA 815) made and checked with python-stdnum
in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families, each from a village the earlier docstrings did not show as a family's home: a white British mother and
stepfather in Giggleswick, by Settle, with a nan in Langcliffe (Metcalfe / Dinsdale; neglect, mum's drinking, a hungry boy of
8 and a toddler); a Teochew family from Hong Kong on a BN(O) visa in Gayle, by Hawes (Chua / Ng; domestic abuse by a father
who runs a takeaway, a girl of 12 who rang 999, a mother's note in Chinese, a grandmother in Shantou); a white British boy of
15 in Ingleton missing to Lancaster and Morecambe (Lambert; criminal exploitation, a Snapchat extract, a strategy meeting);
a white British and Irish family in Austwick with a disabled boy of 10 (Brennan; autism and epilepsy, short breaks, a sister
who is a young carer); a young carer of 14 in Askrigg (Thwaite; a widowed father with depression and drinking, early help);
and a young mother in Stainforth with a baby of 4 months (Harker / Capstick; coercive control, post-natal depression, a child
protection plan). The community, Teochew (a Southern Min people of Chaozhou and Shantou in Guangdong, many of them in Hong
Kong), did not appear in any earlier docstring searched. 24 documents, each with its own style label: a primary school
safeguarding log, a nan's messages typed up, child in need minutes, a nursery admission form OCR'd (with its misreadings), a
police domestic abuse attendance record, a mother's note in Chinese with a translation, a pupil's own writing, a MARAC
referral, a police missing person log, a return home interview, a Snapchat extract typed up, exploitation strategy minutes,
a disabled children's assessment summary, a mother's email to school, short breaks panel minutes, a sister's young carer
referral in her own words, a GP's letter, a young carer's diary typed up, a young carers' worker's call log, an early help
plan OCR'd, a health visitor's contact record, a WhatsApp chat shown to the health visitor, a child protection conference
decision sheet and a mother's letter to the chair.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration
(some streets are invented too). Phones are valid (phonenumbers), UK and foreign (Hong Kong, China); names are also written
in Chinese characters ("吳小玲", "蔡永傑", "海欣", "嘉豪"; "阿伯", "A-pak", an uncle, is a kinship word and not marked)
with a place in Chinese ("汕頭")
and a sound spelling of Hawes ("霍斯"); NHS
numbers and UPNs (LA 815) pass their check digits. The council ("Dales and Vale"), the surgeries, the
pre-school, the IDVA service and the short breaks unit are unmarked organisations; towns, villages, districts and estates
are real and marked as places.

Markup and conventions: exactly those of bench/redaction_set21.py (as set 181 follows them). Titles and kinship words stay
outside a name (Mr, Mrs, Ms, Dr, PC, PCSO, DC, DS, SW, HV, Nan, Nanna, Uncle, Aunty, auntie, great-aunt, and the Teochew
"a-ma" for grandmother); "SURNAME, First", "SURNAME First" and "First SURNAME" are one span ("METCALFE, Kaiden", "NG Siu-ling",
"Wing-kit CHUA"); a Chinese name in the Hong Kong order (family name first) is one span; usernames ("deano_lx", "jakey.l11")
are not marked; a neighbour's bare house number ("no. 9", "no. 4") is an address; organisations holding a town's name stay
unmarked ("Settle Children and Families Hub", "Central Dales Practice", "Townhead Surgery", "Wensleydale young carers"),
and so do regions, counties and territories ("North Yorkshire", "Lancashire", "Hong Kong"), while "Hawes Community Primary"
is a school and marked as one, and "Wensleydale" alone as the short name of Wensleydale School is a school; an OCR misreading keeps its kind
("26/11/2O26" a date, "Gigg1eswick" a place, "Bankwel1 Close" an
address, "O7712 384951" a phone).

Choices this set had to make: "the Ingleton Waterfalls Trail" (and "the falls walk car park") is a landmark and stays unmarked;
pubs ("the Golden Lion", "King's Arms") are organisations, while the village a pub stands in is marked; "Kowloon" (a district
of Hong Kong) and "Dublin" are places, "Hong Kong" is not; a bare month ("February", "March") and a weekday ("Saturday") are
not dates, while "Christmas Eve" is; a partial registration ("PE17 ...") is not marked; a bus route number ("581") is not an
identifier.

Self-check without the detector: `python -m bench.redaction_set195` (and tests/test_redaction_set195.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 916 gold spans, 544 of them names (address 22, postcode 13, place 135, school 17, phone
28, email 5, dob 21, date 113, nhs 7, upn 5, ni 2, vehicle 4)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Metcalfe / Dinsdale family (white British), Giggleswick, nan in Langcliffe; neglect, mum's drinking ---------------

HOME_A = d.Address("7 Bankwell Close", "Giggleswick", "Settle", "BD24 0BX")
NAN_A = d.Address("3 Hope Hill Row", "Langcliffe", "Settle", "BD24 9LR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Metcalfe")], dt.date(2018, 3, 14), addresses=[HOME_A], ids=["9603361496", "B815335236375"],
       schools=["Giggleswick Primary School"]),
    _p("s", "sibling", [("Lily-Mae", "Dinsdale")], dt.date(2023, 8, 2), addresses=[HOME_A], ids=["9355318863"]),
    _p("m", "mother", [("Stacey", "Metcalfe")], dt.date(1994, 11, 27), addresses=[HOME_A], phones=["07712 384951"]),
    _p("f", "stepfather", [("Ryan", "Dinsdale")], dt.date(1991, 5, 9), addresses=[HOME_A], phones=["07934 518260"]),
    _p("g", "grandparent", [("Brenda", "Metcalfe")], dt.date(1966, 2, 20), addresses=[NAN_A], phones=["01729 822473"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """GIGGLESWICK PRIMARY SCHOOL - SAFEGUARDING LOG (printed from CPOMS)
Pupil: [[METCALFE, Kaiden|name]]   DOB [[14/03/2018|dob]]   UPN [[B815335236375|upn]]   Year 3 (Ingleborough class)
Home: [[7 Bankwell Close|address]], [[Giggleswick|place]], [[Settle|place]] [[BD24 0BX|postcode]]
Mum [[Stacey Metcalfe|name]] [[07712 384951|phone]]; stepdad [[Ryan Dinsdale|name]] [[07934 518260|phone]]

[[07/09/2026|date]] [[Kaiden|name]] came in with no coat, rain all morning. Said mum "was asleep on the settee". Mrs [[Lund|name]]
found spare coat. Logged by [[J. Lund|name]].
[[11/09/2026|date]] Nit treatment sent home again (3rd time). [[Kaiden|name]] hungry at breakfast club - ate 4 slices.
[[18.09.26|date]] Nan ([[Brenda Metcalfe|name]], [[Langcliffe|place]]) dropped him off. Said [[Stacey|name]] "has been on it
again since [[Ryan|name]] lost his job at the quarry". DSL [[Helen Capstick|name]] informed.
[[25 Sept|date]] Sister [[Lily-Mae|name]] (3) seen in buggy at gate at 3.20 with a full nappy, no socks. Mum smelt of alcohol.
Mrs [[Lund|name]] and Mr [[Ashworth|name]] (HT) witnessed.
[[2/10/26|date]] Referral to North Yorkshire children and families front door. Call handler [[Dawn|name]].
[[5th October 2026|date]] [[Kaiden|name]] told TA [[Sophie Wray|name]]: "[[Ryan|name]] locked me in my room cos I spilt the
squash". No marks seen.
[[9/10/2026|date]] SW [[Megan Threlfall|name]] ([[megan.threlfall@dalesvale.gov.uk|email]]) visited school, spoke to [[Kaiden|name]]
with Mrs [[Capstick|name]]. His friends [[Archie Lawson|name]] and [[Harper Towler|name]] named as people he plays with.
[[16/10/2026|date]] Absent. Mum's text: "[[kaiden|name]] poorly". Neighbour Mr [[Dennis Preston|name]] at [[no. 9|address]] told
Mrs [[Lund|name]] at the Co-op in [[Settle|place]] that the lad "was out on the green at 9 at night".
[[3rd Nov|date]] Nan says she is taking the children at weekends to [[Hope Hill Row|address]]. Uncle [[Shaun|name]] (mum's brother)
helps. Passed to [[Megan|name]].
[[12/11/2026|date]] [[Kaiden|name]] drew "my house" - bottles on the table, [[Ryan|name]] big, mum lying down. Copied to [[Megan
Threlfall|name]].
[[19/11/2026|date]] [[Kaiden|name]] said "[[Ryan|name]]'s mate [[Gaz|name]] slept on our settee". Believed [[Gary Lister|name]]
of [[Long Preston|place]]. Told [[Megan|name]]. Mrs [[Lund|name]] and [[Sophie Wray|name]] aware.
[[26/11/26|date]] Nan [[Brenda|name]] collected; said [[Stacey|name]] is at her friend [[Kayleigh|name]]'s in [[Long Preston|place]].
[[1/12/2026|date]] [[Kaiden|name]] and [[Archie Lawson|name]] fell out; [[Archie|name]]'s mum [[Gemma Lawson|name]] came in. Dealt with by
Mr [[Ashworth|name]].
"""),
    ("nan's messages to the social worker, typed up", """messages from [[Brenda Metcalfe|name]] (maternal grandmother) to SW [[Megan
Threlfall|name]], typed up [[20/10/26|date]] from the team phone

[[17 oct|date]] 19:02  hello love its [[brenda|name]] [[kaiden|name]]s nan from [[langcliffe|place]]. [[stacey|name]] rang me crying
shes had a drink i can hear it. [[ryan|name]] has gone off to his mates in [[skipton|place]]
[[17 oct|date]] 19:05  i am going over to [[giggleswick|place]] now our [[shaun|name]] will drive me
[[17 oct|date]] 21:40  got both kids at mine. [[lily-mae|name]] nappy not changed all day poor mite. house a tip
[[18 oct|date]] 08:15  [[kaiden|name]] says [[ryan|name]] throws his stuff in the bin when hes naughty
[[18 oct|date]] 08:16  can he stay here till monday? my number is [[01729 822473|phone]] if mobile dies
[[19 oct|date]] 17:30  [[stacey|name]] came round sober said sorry. she wants them back tonight. [[ryan|name]] back too. what do i do
[[20 oct|date]] 07:50  they went home. [[dennis|name]] next door to them will keep an eye he said. sorry to bother you [[megan|name]]
[[21 oct|date]] 18:20  [[shaun|name]] says [[ryan|name]] was in the [[settle|place]] spar buying cans with [[gaz|name]] at dinner time
[[21 oct|date]] 18:22  [[kaiden|name]] rang me off [[stacey|name]]s phone, wants his nan. bless him
[[22 oct|date]] 09:10  thanks for ringing [[megan|name]]. i can do tues and thurs pick ups. mrs [[lund|name]] knows me
[[24 oct|date]] 12:01  [[lily-mae|name]] at mine today. [[stacey|name]] at horizons in [[skipton|place]] with [[kayleigh|name]]
"""),
    ("child in need meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Kaiden Metcalfe|name]] ([[14.03.2018|dob]]) NHS [[960 336 1496|nhs]]; [[Lily-Mae Dinsdale|name]] ([[02.08.2023|dob]])
NHS [[935 531 8863|nhs]]
Date: [[24 November 2026|date]], at Settle Children and Families Hub, Kirkgate
Present: [[Megan Threlfall|name]] (SW, chair); [[Stacey Metcalfe|name]] (mum); [[Brenda Metcalfe|name]] (nan); [[Helen Capstick|name]]
(DSL); [[Rachel Booth|name]] (HV); [[Imran Qadir|name]] (North Yorkshire Horizons, alcohol worker)
Apologies: [[Ryan Dinsdale|name]] (working in [[Kendal|place]]); Dr [[Whitaker|name]] (Townhead Surgery)
1. [[Stacey|name]] says she has been going to Horizons in [[Skipton|place]] since [[6th November|date]] and has had 9 dry days.
[[Imran|name]] confirmed she attended [[13/11|date]] and [[20/11|date]].
2. [[Rachel|name]]: [[Lily-Mae|name]] weighed [[19 Nov|date]], under the 9th centile; speech delay. Nursery place at
Little Acorns in [[Settle|place]] from [[January 4th|date]].
3. School: [[Kaiden|name]]'s attendance 86%, still hungry most mornings. [[Helen|name]] has a food bank voucher for mum.
4. Nan asked that [[Ryan|name]] is not left alone with the children. [[Megan|name]] to speak to [[Ryan|name]] at home on
[[1 December|date]].
Actions: [[Megan|name]] - home visit; [[Stacey|name]] - Horizons each Friday; next review [[22/12/2026|date]].
5. [[Brenda|name]] said [[Shaun Metcalfe|name]] will drive [[Kaiden|name]] to football in [[Settle|place]] on Saturdays; coach
[[Mark Towler|name]] ([[Harper|name]]'s dad) is aware. [[Stacey|name]] agreed. [[Rachel Booth|name]] to see [[Lily-Mae|name]] on
[[8/12|date]].
Minutes: [[Kelly Airey|name]].
Distribution: [[Stacey Metcalfe|name]], [[Ryan Dinsdale|name]], [[Brenda Metcalfe|name]], [[Helen Capstick|name]], Dr [[Whitaker|name]].
"""),
    ("nursery admission form, OCR'd from a scan", """LlTTLE ACORNS PRE-SCHOOL   ADMlSSlON FORM   (scanned [[26/11/2O26|date]])
Child's name: [[Lily-Mae DlNSDALE|name]]      Date of birth: [[O2/O8/2O23|dob]]
Address: [[7 Bankwel1 Close|address]], [[Gigg1eswick|place]]    Postcode: [[BD24 OBX|postcode]]
Parent 1: [[Stacey Metca1fe|name]]   Tel: [[O7712 384951|phone]]
Parent 2: [[Ryan Dinsda1e|name]]      Tel: [[07934 518260|phone]]
Emergency contact: [[Brenda Metca1fe|name]] (nan) [[O1729 822473|phone]], [[3 Hope Hi11 Row|address]], [[Langc1iffe|place]]
Other people who may collect: [[Shaun Metcalfe|name]] (uncle), [[Kayleigh Bentham|name]] (friend of mum, [[Long Preston|place]])
GP: Townhead Surgery, [[Settle|place]]    Health visitor: [[R. Booth|name]]
Allergies: none. Dietary: "she only eats crisps and yogurt" (mum's words)
Signed: [[S Metcalfe|name]]   Date: [[25.11.2026|date]]
Office use: start date [[O4/O1/2O27|date]], funded 15 hrs, key person [[Tasha|name]].
Siblings: [[Kaiden Metca1fe|name]] (8), [[Giggleswick Primary|school]]
Who lives at home: mum, [[Ryan|name]], [[Kaiden|name]], [[Lily-Mae|name]]. Key person checked by [[M. Threlfa11|name]] (SW) [[27/11|date]].
"""),
]


# --- B. Chua / Ng family (Teochew, from Hong Kong on a BN(O) visa), Gayle, Hawes; domestic abuse -------------------------

HOME_B = d.Address("2 Gaits Cottages", "Gayle", "Hawes", "DL8 3RZ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Hoi-yan", "Chua"), ("Hannah", "Chua")], dt.date(2014, 6, 21), addresses=[HOME_B],
       ids=["2131180020", "W815634419029"], schools=["Wensleydale School"]),
    _p("s", "sibling", [("Ka-ho", "Chua")], dt.date(2020, 1, 9), addresses=[HOME_B], ids=["8225806840"]),
    _p("m", "mother", [("Siu-ling", "Ng")], dt.date(1986, 4, 3), addresses=[HOME_B], phones=["07458 206137"]),
    _p("f", "father", [("Wing-kit", "Chua")], dt.date(1982, 12, 15), addresses=[HOME_B], phones=["07821 640395"]),
], "c")

DOCS_B = [
    ("police domestic abuse attendance record", """NORTH YORKSHIRE POLICE - DOMESTIC ABUSE ATTENDANCE (DASH summary)
Occ ref 12/77413/26   Attended [[14/10/2026|date]] 23:20 by PC [[Lee Haygarth|name]] and PCSO [[Amy Kirkbride|name]]
Location: [[2 Gaits Cottages|address]], [[Gayle|place]], [[Hawes|place]] [[DL8 3RZ|postcode]]
Victim: [[NG Siu-ling|name]] (known as [[Ling|name]]) DOB [[03/04/1986|dob]] mob [[07458 206137|phone]]
Suspect: [[CHUA Wing-kit|name]] ("[[Kit|name]]") DOB [[15/12/1982|dob]] mob [[07821 640395|phone]] NI [[SN 73 41 28 D|ni]]
Vehicle at scene: grey Toyota Auris [[YG18 HNP|vehicle]]
Children present: [[Chua Hoi-yan|name]] ([[Hannah|name]], 12) and [[Chua Ka-ho|name]] (6). Both awake.
Summary: call from the daughter. [[Ling|name]] said [[Kit|name]] came back from the takeaway in [[Hawes|place]] after closing,
had been drinking with his friend [[Benny Lau|name]], pushed her against the cooker and pulled her hair. Redness to left cheek.
[[Hannah|name]] translated at first (Teochew/Cantonese); Language Line used from 23:45 (interpreter no. 41822, Cantonese).
[[Kit|name]] left before arrival, believed to [[Benny|name]]'s flat in [[Leyburn|place]]. Arrested [[15/10/2026|date]] 09:10.
DASH: 14 yes - high risk. MARAC referral. Neighbour Mrs [[Elsie Alderson|name]] ([[no. 4|address]]) heard shouting "many times".
Other: [[Hoi-yan|name]] said her father "shouts at [[Ho Ho|name]] too". Statement taken from [[Ling|name]] by PC
[[Haygarth|name]] on [[16/10/2026|date]] with interpreter [[Rosa Yeung|name]]. Takeaway staff [[Andy Wong|name]] and [[Kevin Ip|name]] to be
seen.
Supervisor: Sgt [[Dawn Iveson|name]]. Shared with [[Daniel Pratt|name]] (SW) and [[Gemma Sunter|name]] (IDAS) on [[16/10|date]].
Update [[20/10/2026|date]]: [[Kit|name]] rang [[Ling|name]] from [[Benny|name]]'s phone [[07821 640395|phone]]? no - his own. Breach
reported to PC [[Haygarth|name]]; [[Amy Kirkbride|name]] saw [[Hannah|name]] at [[Hawes Community Primary|school]] gate with [[Ka-ho|name]].
"""),
    ("mother's note in Chinese with the interpreter's translation", """Note handed to SW by [[Ng Siu-ling|name]], [[20/10/2026|date]],
written
in Chinese; translated by [[Rosa Yeung|name]] (interpreter), [[21/10/2026|date]].

原文:
我叫[[吳小玲|name]]。我丈夫[[蔡永傑|name]]喝酒後會打我。[[十月十四日|date]]他推我撞向爐頭。
我女兒[[海欣|name]]很害怕,她打電話給警察。我媽媽在[[汕頭|place]],我只可以打給她。
我不想回香港。請幫我和兩個孩子留在[[霍斯|place]]。

Translation:
My name is [[Ng Siu-ling|name]]. My husband [[Chua Wing-kit|name]] hits me after he drinks. On [[14 October|date]] he pushed me
into the cooker. My daughter [[Hoi-yan|name]] was very scared, she phoned the police. My mother is in [[Shantou|place]], I
can only call her. I do not want to go back to Hong Kong. Please help me and the two children stay in [[Hawes|place]].
Interpreter's note: the mother writes the town's name in characters as [[霍斯|place]] (a sound spelling). Her mother's number
in Shantou is [[+86 138 2543 9071|phone]]; her sister [[Ng Siu-wai|name]] in Hong Kong is on [[+852 9183 4726|phone]].
原文 (續): [[嘉豪|name]]每晚都哭。阿伯在[[利本|place]]。
Translation (continued): [[Ka-ho|name]] cries every night. "A-pak" ([[Benny Lau|name]], [[Kit|name]]'s friend, written 阿伯) is in
[[Leyburn|place]] (written [[利本|place]]). Interpreter [[R. Yeung|name]], checked by SW [[Daniel Pratt|name]] on [[22/10/2026|date]].
"""),
    ("Year 8 pupil's own writing for her form tutor", """my safe place - by [[Hannah Chua|name]] 8W (form tutor Mr [[Kearton|name]])

My real name is [[Hoi-yan|name]] but at [[Wensleydale|school]] everyone says [[Hannah|name]]. My safe place is the bridge
at [[gayle|place]] by the beck. My brother [[Ho Ho|name]] (hes really [[Ka-ho|name]]) likes to throw sticks. My a-ma lives in
[[Shantou|place]] and we talk on WeChat on sundays. When daddy shouts I take [[Ho Ho|name]] upstairs and we watch on the ipad.
My best friends are [[Isla Fawcett|name]] and [[Maisie|name]] from [[Askrigg|place]] and [[Poppy Metcalfe|name]] in [[Hawes|place]].
On the [[14th|date]] i called 999. The lady was called [[Amy|name]] she was kind.
I want mum to be happy. I don't want to go to [[Leyburn|place]] to [[Benny|name]] uncles flat ever.
I like art with Miss [[Rukin|name]].
When i grow up i want to be a vet like Mrs [[Fawcett|name]] [[isla|name]]s mum. I would live in [[hawes|place]]
or [[kendal|place]]. My friend [[Leo Chan|name]] is from hong kong too he lives in [[Leyburn|place]] and his mum [[Joyce|name]] is nice.
"""),
    ("MARAC referral form", """MARAC REFERRAL - North Yorkshire (Richmondshire area meeting [[5 November 2026|date]])
Victim: [[Siu-ling NG|name]] DOB [[3.4.1986|dob]]  Address: [[2 Gaits Cottages|address]], [[Gayle|place]], [[DL8 3RZ|postcode]]
Safe contact: [[07458 206137|phone]] (text in English, calls via interpreter). Email [[lingng.hk@gmail.com|email]]
Perpetrator: [[Wing-kit CHUA|name]] DOB [[15.12.1982|dob]], works at the family takeaway, Market Place, [[Hawes|place]].
Bailed to [[Flat 2, 6 Railway Street|address]], [[Leyburn|place]] [[DL8 5BB|postcode]] (friend [[Benny Lau|name]]'s).
Children: [[Hoi-yan|name]] (12), [[Wensleydale|school]]; [[Ka-ho|name]] (6), [[Hawes Community Primary|school]]. NHS ([[Ka-ho|name]])
[[822 580 6840|nhs]].
History: [[Ling|name]] disclosed earlier incidents in Hong Kong ([[Kowloon|place]]) and one in [[Middleham|place]] in August 2025 when
[[Kit|name]] worked at a restaurant there. Friend [[Mei Tang|name]] from church in [[Northallerton|place]] has seen bruises.
Referrer: [[Gemma Sunter|name]], IDVA, IDAS. Tel [[01969 650382|phone]]. SW: [[Daniel Pratt|name]].
Risk: high. Consider: sanctuary scheme, a non-molestation order, [[Ling|name]]'s immigration status (BN(O), with [[Kit|name]] as
main applicant).
MARAC actions ([[5/11/2026|date]]): IDVA [[Gemma Sunter|name]] - safety plan; police (DS [[Carl Mounsey|name]]) - flag the
address; school ([[Wensleydale|school]], Mr [[Kearton|name]]) - watch [[Hoi-yan|name]]; housing ([[Lisa Raw|name]]) - sanctuary at
[[Gayle|place]].
Also known to: church pastor Rev [[Stephen Yip|name]] ([[Northallerton|place]]); [[Mei Tang|name]]'s husband [[Alan|name]].
"""),
]


# --- C. Lambert family (white British), Ingleton; a boy of 15 missing, criminal exploitation to Lancaster and Morecambe ----

HOME_C = d.Address("19 Low Demesne", "Ingleton", "Carnforth", "LA6 3DL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jake", "Lambert")], dt.date(2011, 2, 4), addresses=[HOME_C], ids=["1539639991", "C815679444034"],
       schools=["Settle College"], phones=["07506 913482"]),
    _p("m", "mother", [("Nicola", "Lambert")], dt.date(1984, 7, 18), addresses=[HOME_C], phones=["07397 146025"]),
    _p("f", "father", [("Darren", "Lambert")], dt.date(1980, 10, 1), phones=["01524 382907"]),
], "c")

DOCS_C = [
    ("missing person call, police log", """NYP CONTROL ROOM - MISSING PERSON LOG
[[02/11/2026|date]] 22:47 Caller [[Nicola Lambert|name]] ([[07397 146025|phone]]) reports son [[Jake LAMBERT|name]], 15, DOB
[[04/02/2011|dob]], missing from [[19 Low Demesne|address]], [[Ingleton|place]] [[LA6 3DL|postcode]] since 16:00.
[[Jake|name]]'s mob [[07506 913482|phone]] off. Last seen at the bus stop on Main Street, [[Ingleton|place]], with [[Callum Bibby|name]]
(16) and an older male "[[Deano|name]]" in a black Audi A3, part reg PE17 ... (mum thinks).
23:10 Mum: [[Jake|name]] has been to [[Morecambe|place]] and [[Lancaster|place]] "loads" since summer, new trainers, cash.
23:25 Dad [[Darren Lambert|name]] ([[01524 382907|phone]], lives [[Carnforth|place]]) not seen him.
[[03/11/2026|date]] 01:15 Lancashire Police stop Audi [[PE17 WZK|vehicle]] at [[Heysham|place]]. Driver [[Dean Oldroyd|name]]
(DOB [[22/06/2001|dob]]) arrested. [[Jake|name]] and [[Callum|name]] in the back, £340 cash on [[Jake|name]].
01:40 PC [[Sam Whitehead|name]] to return [[Jake|name]] to [[Ingleton|place]]. Found at home 03:05, safe and well check by
PC [[Whitehead|name]]. [[Jake|name]] says he "went for a drive".
03:20 Mum says [[Callum|name]]'s mum [[Sharon Bibby|name]] ([[Bentham|place]]) knows [[Deano|name]]. PC [[Whitehead|name]] to
call [[Sharon|name]] am. [[Jake|name]]'s friend [[Ruby Sharples|name]] messaged mum at 21:30 "hes with [[dean|name]]". Log closed by
Sgt [[Helen Calvert|name]] [[03/11/2026|date]] 07:00.
"""),
    ("return home interview", """RETURN HOME INTERVIEW (Dales and Vale Children's Services)
Young person: [[Jake Lambert|name]]   DOB [[4 Feb 2011|dob]]   NHS [[1539639991|nhs]]   UPN [[C815679444034|upn]]
Episode: missing [[2 Nov|date]] to [[3 Nov 2026|date]]. Interview [[5/11/2026|date]] at [[Settle College|school]] by [[Owen Pickles|name]].
[[Jake|name]] said: "me and [[Cal|name]] just went to [[Morecambe|place]] with [[Deano|name]], he's sound. We went to his mate
[[Tyler|name]]'s
flat in [[Lancaster|place]] first, off Marine Road ... no the other one, [[Skerton|place]]." He would not say what was in the bag.
He said [[Deano|name]] "looks after" him and buys him food at the McDonald's in [[Carnforth|place]].
His girlfriend [[Ruby Sharples|name]] (Y10, lives [[Bentham|place]]) "kicked off" at him. He misses his grandad [[Jack Lambert|name]]
who died in March... [crossed out] no, in the spring. He likes fishing on the Greta with his uncle [[Mick|name]].
Worries: owes [[Deano|name]] "about 200". Push/pull: home is "boring", mum works nights at the care home in [[Bentham|place]].
Shared with SW [[Priya Shah|name]] and the exploitation lead [[Kirsty Dent|name]] on [[6/11|date]].
[[Owen|name]]'s view: [[Jake|name]] was open about [[Deano|name]] but shut down about [[Tyler|name]]. Mum [[Nicola|name]] sat in
for the end. Next: [[Owen|name]] to see [[Jake|name]] at home on [[19/11|date]]; [[Callum Bibby|name]]'s RHI by [[Kirsty|name]].
[[Jake|name]]'s mum's partner [[Craig Whalley|name]] lives in [[Burton-in-Lonsdale|place]]; [[Jake|name]] stays there some weekends.
"""),
    ("Snapchat messages screenshotted by mum, typed up", """screenshots sent by [[Nicola Lambert|name]] on [[9 Nov|date]], typed by SW
[[Priya
Shah|name]]. Usernames left as they appear.

deano_lx: u still owe me bro
deano_lx: bring it to lancs sat or i come to [[ingleton|place]] n see ur mum
jakey.l11: i aint got it yet
deano_lx: get [[callum|name]] to help. meet at [[carnforth|place]] station 2pm
jakey.l11: cant my mum took my phone [[nicola|name]] watching me
deano_lx: ha. tell [[ruby|name]] i said hi. she lives [[bentham|place]] innit
jakey.l11: leave her out of it
deano_lx: [[tyler|name]] will pick u up by the falls walk car park
(SW note: "the falls walk car park" is the Ingleton Waterfalls Trail. [[Ruby|name]] = [[Ruby Sharples|name]]; [[tyler|name]]
unknown, believed [[Tyler Kirkham|name]], 19, of [[Morecambe|place]].)
jakey.l11: [[cal|name]] u there
cal_bibbs: ye [[deano|name]] rang me. hes mad. my mum [[sharon|name]] took my phone 2
(SW note: [[cal|name]] = [[Callum Bibby|name]]; shared with DS [[Mounsey|name]] on [[10/11/2026|date]].)
deano_lx: [[ruby|name]] n [[ellis|name]] can come 2 [[morecambe|place]] sat
"""),
    ("strategy meeting minutes (exploitation)", """STRATEGY MEETING - CHILD EXPLOITATION - [[12 November 2026|date]], Teams
Subject: [[LAMBERT, Jake|name]] ([[04.02.2011|dob]]), [[19 Low Demesne|address]], [[Ingleton|place]]
Attendees: [[Priya Shah|name]] (SW, chair); DS [[Carl Mounsey|name]] (NYP); DC [[Zoe Hartley|name]] (Lancashire, [[Morecambe|place]]);
[[Kirsty Dent|name]] (exploitation lead); [[Fiona Slinger|name]] (DSL, [[Settle College|school]]); [[Owen Pickles|name]] (RHI).
1. DS [[Mounsey|name]]: [[Dean Oldroyd|name]] charged with possession with intent; bailed to an address in [[Heysham|place]],
condition not to contact [[Jake|name]] or [[Callum Bibby|name]]. [[Tyler Kirkham|name]] known on a line run from [[Preston|place]].
2. School: [[Jake|name]] on a reduced timetable since [[October 19th|date]]. He gets the 581 bus from [[Ingleton|place]] and gets off
in [[Clapham|place]] some days.
3. Mum wants him moved to her sister [[Joanne Hird|name]] at [[41 Cross Lane|address]], [[Sedbergh|place]] [[LA10 5AF|postcode]]
for a while. Dad [[Darren|name]] agrees.
4. Agreed: NRM referral; disruption: DC [[Hartley|name]] to serve a CAWN on [[Tyler Kirkham|name]]; next meeting [[26/11/26|date]].
5. [[Fiona|name]]: [[Jake|name]]'s friends [[Ruby Sharples|name]] and [[Ellis Capstick|name]] may also be at risk.
[[Priya|name]] to speak to [[Ruby|name]]'s mum [[Janet Sharples|name]] in [[Bentham|place]]. [[Owen|name]] to see [[Callum|name]].
Minutes: [[Laura Kettlewell|name]].
Distribution: [[Nicola Lambert|name]], [[Darren Lambert|name]], [[Joanne Hird|name]] (for item 3 only).
"""),
]


# --- D. Brennan family (white British and Irish), Austwick; a disabled boy of 10, carer strain ---------------------------

HOME_D = d.Address("Fell View, 4 Townhead Lane", "Austwick", "Lancaster", "LA2 8BS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Brennan")], dt.date(2016, 9, 30), addresses=[HOME_D], ids=["8733402477", "Z815237522257"],
       schools=["Austwick Primary School"]),
    _p("m", "mother", [("Claire", "Brennan")], dt.date(1983, 1, 12), addresses=[HOME_D], phones=["07862 530718"]),
    _p("f", "father", [("Tom", "Brennan")], dt.date(1979, 8, 24), addresses=[HOME_D], phones=["07415 872369"]),
], "c")

DOCS_D = [
    ("disabled children's team assessment summary", """DISABLED CHILDREN'S SERVICE - ASSESSMENT SUMMARY
Child: [[Oscar Brennan|name]] ("[[Oz|name]]")   DOB [[30/09/2016|dob]]   NHS [[873 340 2477|nhs]]   UPN [[Z815237522257|upn]]
Address: [[Fell View, 4 Townhead Lane|address]], [[Austwick|place]] [[LA2 8BS|postcode]]
Parents: [[Claire Brennan|name]] [[07862 530718|phone]]; [[Tom Brennan|name]] [[07415 872369|phone]] (works away, wind farms)
Needs: autism, learning disability, epilepsy (tonic-clonic, rescue meds buccal midazolam). Non-verbal, uses PECS.
School: [[Austwick Primary|school]] with 1:1 TA [[Lorraine Hodgson|name]]; moving to [[Springwater|school]] in [[Starbeck|place]]
is being looked at. Transport: taxi from [[Austwick|place]] is 1 hr 20.
Family: sister [[Niamh|name]] (14) at [[Settle College|school]]; grandmother [[Bridget Brennan|name]] in [[Bentham|place]]
helps on Tuesdays; [[Claire|name]]'s sister [[Aoife Gallagher|name]] lives in [[Dublin|place]].
Parent's view ([[Claire|name]]): "I haven't slept more than 4 hours since [[Christmas Eve|date]]. [[Tom|name]] is away 2 weeks in 3."
Seizure log: [[3 Oct|date]], [[17 Oct|date]], [[2/11|date]] (ambulance to RLI [[Lancaster|place]]), [[21/11/2026|date]].
Assessed by [[Hannah Procter|name]] (SW), [[27 November 2026|date]]. OT [[Gareth Lister|name]] visit booked [[8/12|date]].
Network: neighbours [[Peter|name]] and [[Ann Hargreaves|name]] at [[no. 6|address]] sit for an hour when needed; church
(Fr [[Dominic Kelly|name]], [[Settle|place]]). [[Niamh|name]]'s friend [[Grace Mason|name]]'s mum [[Jo|name]] helps with lifts to
[[Settle|place]].
Consultant: Dr [[Suresh Nair|name]], paediatric neurology, RLI; community paediatrician Dr [[Kate Halstead|name]] in [[Skipton|place]].
"""),
    ("mother's email to the school", """From: [[Claire Brennan|name]] <[[claire.brennan79@outlook.com|email]]>
To: [[office@austwick.n-yorks.sch.uk|email]]
Sent: Monday [[16 November 2026|date]] 06:52
Subject: Oscar - bad night

Hi [[Lorraine|name]] / Mrs [[Tennant|name]],
[[Oz|name]] had two seizures in the night (1.10 and 4.35), gave the midazolam at 4.40, he came round ok. He's sleepy so I'll
bring him in at 11 if thats ok? [[Tom|name]]'s in [[Barrow|place]] till friday so it's just me and [[Niamh|name]].
Can you remind [[Jess|name]] on the taxi not to let him have the window down, he tries to climb.
Also the bruise on his arm is from the bed rail on Saturday, not anything else - I told [[Hannah|name]] the SW already.
Thanks so much, [[Claire|name]]
[[07862 530718|phone]]
Sent from my iPhone
PS - [[Niamh|name]] says [[Grace|name]]'s mum can pick him up on Wednesday [[18th|date]] if I'm at the hospital in
[[Lancaster|place]] with him. Her number is [[07415 872369|phone]] - sorry no that's [[Tom|name]]'s! I'll send it to [[Lorraine|name]].
[[Claire Brennan|name]], [[Fell View|address]], [[Austwick|place]]
"""),
    ("respite panel minutes", """SHORT BREAKS PANEL - [[3 December 2026|date]], Northallerton (Teams)
Case: [[BRENNAN Oscar|name]], 10, [[Austwick|place]]. Presented by [[Hannah Procter|name]].
Panel: [[Jill Atkinson|name]] (chair), [[Mohammed Iqbal|name]] (health), [[Sarah Dobson|name]] (finance).
Request: overnight short breaks at [[Hawes|place]] (The Bungalow unit) 2 nights a month; sitting service; direct payment for a PA.
[[Hannah|name]]: mum is exhausted; [[Niamh|name]] missing school to help (attendance 88%) - young carer referral made to
Carers' Resource in [[Skipton|place]]. PA suggested by family: [[Kerry Thistlethwaite|name]] from [[Clapham|place]].
[[Mohammed|name]]: epilepsy nurse [[Amanda Bell|name]] to train staff; care plan updated [[1st December|date]].
Decision: agreed 2 nights a month from [[January 11th 2027|date]]; DP 6 hrs a week. Review [[June 3rd 2027|date]].
[[Jill|name]] asked about [[Tom Brennan|name]]'s view; [[Hannah|name]] said [[Tom|name]] agrees and will be home for the first
stay. [[Sarah|name]] to set up the DP with [[Claire|name]] by [[18/12/2026|date]]. Minutes: [[Rob Tennant|name]].
Also noted: [[Bridget Brennan|name]] in [[High Bentham|place]] is 79 and cannot lift [[Oscar|name]]; [[Aoife|name]] visits in summer.
"""),
    ("sister's young carer referral in her own words", """young carers referral - "about me" page - [[Niamh Brennan|name]], 14, Y10
My brother [[oscar|name]] has autism and seizures. I help mum with him before school and after. Dad ([[tom|name]]) works away.
I do his breakfast and his pecs and watch him when mum has a shower. sometimes i sleep in his room when hes had one.
my friends [[ella|name]] and [[grace mason|name]] know a bit. i go to [[settle college|school]] on the bus from [[austwick|place]].
I like netball and going to nanna [[bridget|name]]s in [[bentham|place]] cos its quiet.
I want: a break on saturdays, someone to talk to, maybe the group at [[Skipton|place]].
Referrer: Mrs [[Slinger|name]] ([[Settle College|school]]), [[10/12/2026|date]]. Parent consent: [[C. Brennan|name]].
Signed: [[niamh b|name]]. Worker: [[Jo Routh|name]] (she does [[askrigg|place]] and [[hawes|place]] too). Copy to [[Hannah
Procter|name]] (SW) and [[Claire Brennan|name]].
ps my best friend is [[ella thornber|name]] from [[clapham|place]], her mum [[sue|name]] drives us sometimes.
"""),
]


# --- E. Thwaite family (white British), Askrigg; a young carer of 14, a father with depression and drinking ---------------

HOME_E = d.Address("Garth End, Moor Road", "Askrigg", "Leyburn", "DL8 3HH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ellie", "Thwaite")], dt.date(2012, 5, 6), addresses=[HOME_E], ids=["3407900295", "Y815150443850"],
       schools=["Wensleydale School"]),
    _p("s", "sibling", [("Alfie", "Thwaite")], dt.date(2017, 12, 1), addresses=[HOME_E], ids=["Y815507561596"],
       schools=["Askrigg Primary School"]),
    _p("f", "father", [("Gary", "Thwaite")], dt.date(1978, 3, 29), addresses=[HOME_E], phones=["07548 119603"]),
], "c")

DOCS_E = [
    ("GP's letter to children's services", """Central Dales Practice, [[Hawes|place]]
[[19 October 2026|date]]
Dear Ms [[Routh|name]],
Re: [[Gary THWAITE|name]], DOB [[29/03/1978|dob]], NHS [[101 854 5581|nhs]], [[Garth End, Moor Road|address]], [[Askrigg|place]],
[[DL8 3HH|postcode]]
I saw Mr [[Thwaite|name]] on [[15/10/2026|date]]. Since his wife [[Julie|name]] died in February
he has severe depression and is drinking most days (he says 2 bottles of wine). He told me his daughter [[Ellie|name]] (14)
"does everything" and his son [[Alfie|name]] (8) has been sleeping in [[Ellie|name]]'s room. He has no car since the lift
ban ([[YK15 OTA|vehicle]] was sold). I have referred him to the crisis team in [[Northallerton|place]].
He consented to this letter. Practice nurse [[Liz Dinsdale|name]] also saw [[Ellie|name]] on [[16th October|date]] with a sprain.
Yours sincerely, Dr [[Peter Iveson|name]]   Tel [[01969 667281|phone]]
cc: [[Ellie|name]] and [[Alfie|name]]'s school nurse [[Becky Fryer|name]]; [[Jo Routh|name]], young carers; Dr [[Anna Metcalfe|name]],
Central Dales Practice, [[Leyburn|place]] branch. [[Gary|name]]'s sister [[Carol Spence|name]] ([[Harrogate|place]]) is next of kin.
[[Ellie|name]]'s grandmother [[Margaret Thwaite|name]] ([[07701 295846|phone]]) lives in [[Bainbridge|place]]; [[Alfie|name]] DOB
[[01/12/2017|dob]].
"""),
    ("young carer's diary pages, handwritten and typed up", """[[Ellie|name]]'s diary (given to [[Jo Routh|name]], YC worker, typed by
her with [[Ellie|name]]'s ok on [[30/10/26|date]])

mon [[19th|date]] - up at 6.30. dad still in bed. did [[alfie|name]]s packed lunch and took him to [[askrigg|place]] school, then
bus to [[hawes|place]]. late again, Mr [[Kearton|name]] gave me a look
tue - dad said sorry for last night. auntie [[carol|name]] rang from [[Harrogate|place]]. didnt tell her
wed [[21 oct|date]] - [[alfie|name]] wet the bed. washed sheets before school. [[isla|name]] said i smelt. cried in the loos
thu - mr [[iveson|name]] the doctor rang dad. dad was ok after. made beans on toast
fri [[23/10|date]] - nan [[Margaret|name]] came over from [[Bainbridge|place]] w/ a casserole. she said "your mam would be proud"
sat - dad went to the King's Arms?? no. he stayed in. watched strictly w [[alfie|name]] and [[Poppy|name]] from next door
sun - mams grave at [[Aysgarth|place]]. dad cried. [[alfie|name]] held my hand
mon [[26th|date]] - [[jo|name]] came to school. we talked in the library. [[isla|name]] said sorry. [[kian|name]] is funny
tue - [[alfie|name]] at nans in [[bainbridge|place]] so i went to [[maisie|name]]s after school
wed [[28 oct|date]] - dad rang auntie [[carol|name]]. she is coming at christmas from [[harrogate|place]] with uncle [[dave|name]]
"""),
    ("young carers' worker's phone notes", """call log - [[Jo Routh|name]] (Carers' Resource, Wensleydale young carers)
[[2/11|date]] 09:05 rang [[Gary|name]] [[07548 119603|phone]]: agreed to home visit thurs. sounded flat.
[[2/11|date]] 09:20 rang [[Wensleydale School|school]], spoke to [[Nicola Harker|name]] (pastoral) - [[Ellie|name]] 82% attendance.
[[3/11|date]] 14:10 nan [[Margaret Thwaite|name]] ([[01969 650382|phone]] - no, that is the IDVA office; nan is on [[07701 295846|phone]])
says she can have [[Alfie|name]] Tues/Weds after school at [[Low Mill House|address]], [[Bainbridge|place]].
[[5/11/2026|date]] HV with [[Gary|name]]. Kitchen ok, empties in recycling (11). [[Alfie|name]] at football in [[Leyburn|place]] with
friend [[Jack Kirkbride|name]]'s dad ([[Steve|name]]).
[[5/11/2026|date]] told SW [[Laura Routh|name]]? no - SW is [[Laura Spensley|name]]. Early help, not CIN for now.
[[12/11|date]] [[Ellie|name]] at the group in [[Hawes|place]] (Market Hall). Said she liked the pizza and [[Kian|name]]'s jokes.
[[19/11|date]] 16:00 [[Gary|name]] rang: he has been to the doctor again (Dr [[Iveson|name]]). [[Margaret|name]] staying
over this week. [[Ellie|name]] asked if [[Isla Fawcett|name]] can come to the group. Told [[Laura|name]].
[[26/11|date]] 10:30 [[Margaret|name]] rang: [[Gary|name]] had a good week. [[Alfie|name]]'s teacher Miss [[Harker|name]]
([[Askrigg|place]]) says he is happier.
"""),
    ("early help plan, OCR'd", """EARLY HELP PLAN   (scanned copy, [[Ol/12/2O26|date]])
Family: THWAITE   Lead professional: [[Laura Spens1ey|name]]
Children: [[E11ie Thwaite|name]] DOB [[O6/O5/2Ol2|dob]] UPN [[Y815150443850|upn]] - [[Wens1eydale Schoo1|school]]
          [[A1fie Thwaite|name]] DOB [[0l/l2/20l7|dob]] UPN [[Y815507561596|upn]] - [[Askrigg Primary|school]]
Parent: [[Gary Thwaite|name]]  Address: [[Garth End, Moor Rd|address]], [[Askrlgg|place]] [[DL8 3HH|postcode]]
What's working well: nan ([[Margaret|name]]) helps; [[Ellie|name]] is bright and funny; [[Gary|name]] went to his first
appointment with Horizons in [[Leyburn|place]] on [[24.1l.26|date]].
Worries: [[Ellie|name]] does too much; dad's drinking; money (funeral debts).
Actions: [[Jo Routh|name]] - weekly; school nurse [[Becky Fryer|name]] - [[Ellie|name]]'s wrist; nan to pick up [[Alfie|name]]
Tue/Wed. Review: [[l2 January 2O27|date]].
Family network: aunt [[Caro1 Spence|name]] ([[Harrogate|place]]); neighbours the [[Kirkbrides|name]] (son [[Jack|name]]).
Signed: [[G. Thwaite|name]] / [[L. Spens1ey|name]] / [[E11ie|name]].
"""),
]


# --- F. Harker / Capstick family (white British), Stainforth; a baby, domestic abuse, mother's post-natal depression -------

HOME_F = d.Address("6 Goat Lane", "Stainforth", "Settle", "BD24 9PS")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Freya", "Harker")], dt.date(2026, 6, 19), addresses=[HOME_F], ids=["6793027832"]),
    _p("m", "mother", [("Chloe", "Harker")], dt.date(2002, 10, 8), addresses=[HOME_F], phones=["07983 462017"],
       ids=["JW 28 64 91 B"]),
    _p("f", "father", [("Liam", "Capstick")], dt.date(1999, 4, 17), phones=["07488 315702"]),
], "c")

DOCS_F = [
    ("health visitor's contact record", """HEALTH VISITING CONTACT - 6-8 week review (late)
Baby: [[Freya Harker|name]]  DOB [[19/06/2026|dob]]  NHS [[679 302 7832|nhs]]
Mother: [[Chloe Harker|name]] DOB [[08/10/2002|dob]]  [[07983 462017|phone]]  [[6 Goat Lane|address]], [[Stainforth|place]]
[[BD24 9PS|postcode]]
Father: [[Liam Capstick|name]] (not living there, says [[Chloe|name]]; his van [[YD70 MVX|vehicle]] outside at 10.15).
Seen [[21/09/2026|date]] by [[Rachel Booth|name]] HV. EPDS 19. [[Chloe|name]] tearful, said "[[Liam|name]] checks my phone and
takes my bank card". Bruise on her wrist - "the pram". [[Freya|name]] thriving, 50th centile.
[[Chloe|name]]'s mum [[Tracey Harker|name]] lives in [[Hellifield|place]], "we don't talk". Friend [[Jade Armistead|name]] in
[[Settle|place]]
helps with lifts. GP Dr [[Whitaker|name]] informed. Perinatal mental health team referral made.
Next contact: [[5/10/26|date]]. Safeguarding supervision with [[Sue Lofthouse|name]] on [[23rd Sept|date]].
Plan: [[Rachel|name]] to visit weekly; [[Chloe|name]] to see Dr [[Whitaker|name]] on [[28/09/2026|date]]; [[Jade|name]] (friend) to
have the HV number. Discussed with [[Daniel Pratt|name]] (SW) on [[22/9|date]].
[[Liam|name]]'s mother [[Denise Capstick|name]] lives in [[High Bentham|place]]; his brother [[Ellis|name]] (16) at
[[Settle College|school]].
"""),
    ("mother's WhatsApp messages with her friend, shown to the worker", """whatsapp between [[Chloe|name]] and [[Jade|name]], shown to
[[Rachel Booth|name]] (HV) on [[5 Oct|date]] and typed with consent

[[Jade|name]]: u ok hun?? saw [[liam|name]]s van going up to [[stainforth|place]] like a nutter
[[Chloe|name]]: hes here. took my phone earlier so msging off the ipad
[[Chloe|name]]: he says if i tell anyone hell take [[freya|name]] to his mums in [[high bentham|place]]
[[Jade|name]]: omg. come to mine. [[kyle|name]] will get u
[[Chloe|name]]: cant hes got the car seat in his van
[[Jade|name]]: ring [[rachel|name]] the hv. or ring 101
[[Chloe|name]]: he reads everything. delete this
[[Jade|name]]: [[liam capstick|name]] is a prick. ive got [[tracey|name]]s number shes ur mum chlo
[[Chloe|name]]: not mum. ok tmrw im at the baby group in [[giggleswick|place]] 10am come
[[Jade|name]]: ok. ill bring [[harper|name]] and [[kyle|name]]s mum [[denise|name]] might come. stay safe xx
[[Chloe|name]]: xx
"""),
    ("child protection conference decision sheet", """INITIAL CHILD PROTECTION CONFERENCE - DECISIONS ([[29 October 2026|date]])
Child: [[HARKER, Freya|name]] (DOB [[19.06.2026|dob]]). Mother [[Chloe Harker|name]] (NI [[JW 28 64 91 B|ni]]).
Father: [[Liam CAPSTICK|name]], DOB [[17.04.1999|dob]], of [[Flat 3, Station Road|address]], [[High Bentham|place]]
[[LA2 7LF|postcode]]; mob [[07488 315702|phone]] (number given by mum).
Chair: [[Andrew Moorhouse|name]]. Minutes: [[Kelly|name]]. SW: [[Daniel Pratt|name]] (Craven team, [[Skipton|place]]).
Present: [[Chloe|name]] with advocate [[Faye Ward|name]]; [[Rachel Booth|name]] (HV); DC [[Ian Swales|name]] (NYP);
[[Gemma Sunter|name]] (IDAS). [[Liam|name]] excluded from part 2 (bail: not to attend [[Goat Lane|address]]).
Category: emotional abuse. Plan: [[Chloe|name]] and [[Freya|name]] to stay with great-aunt [[Pat Harker|name]] at
[[12 Upper Croft|address]], [[Long Preston|place]] [[BD23 4NR|postcode]] until [[Liam|name]]'s court date ([[16/12/2026|date]],
[[Skipton|place]]
magistrates). First core group: [[12 Nov|date]].
Core group: [[Chloe|name]], [[Pat Harker|name]], [[Rachel Booth|name]], [[Daniel Pratt|name]], [[Gemma Sunter|name]].
[[Jade Armistead|name]]
and [[Tracey Harker|name]] may be invited with [[Chloe|name]]'s agreement. Review conference: [[21 January 2027|date]].
[[Liam|name]]'s solicitor [[Paul Grime|name]]; [[Chloe|name]]'s solicitor [[Sara Hewitt|name]] ([[Skipton|place]]).
"""),
    ("mother's letter to the conference chair", """Dear Mr [[Moorhouse|name]],
I am writing this because i couldnt say it in the meeting on the [[29th|date]]. I love [[Freya|name]] more than anything. I know
i let [[Liam|name]] back in. He was nice at first when we met at the Golden Lion in [[Horton in
Ribblesdale|place]], I was working there. Then he started with my phone and my money. My mum [[Tracey|name]] said i was stupid.
I am at Aunty [[Pat|name]]s in [[long preston|place]] now and it is calmer. [[Freya|name]] is sleeping in a proper cot.
I have started the Freedom Programme in [[Skipton|place]] with [[Faye|name]]. I want to go back to [[Stainforth|place]] in
the new year but not if [[Liam|name]] knows where I am. my number is still [[07983 462017|phone]] and email
[[chloeharker02@icloud.com|email]].
Please tell [[Daniel|name]] I am trying.
From [[Chloe Harker|name]]
[[8 November 2026|date]]
PS [[Pat|name]] says to say [[Freya|name]] smiled at her on Sunday [[1st|date]]. And [[Jade|name]] and her
boyfriend [[Kyle Armistead|name]] are helping me. [[Tracey|name]] came to see [[Freya|name]] at [[Pat|name]]'s for the first time.
P.P.S. [[Liam|name]]'s mum [[Denise|name]] messaged me on [[5 Nov|date]] from [[High Bentham|place]]. I did not answer.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 195 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:38 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "great-aunt", "a-ma", "mam"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "yorkshire",
               "north yorkshire", "lancashire", "cumbria", "hong kong", "china", "guangdong", "ireland",
               "yorkshire dales", "wensleydale", "ribblesdale"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
