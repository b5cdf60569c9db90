"""Set 191: a held-out hand-written set for the redaction detector, six more invented families in north Dorset, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set190.py, bench/redaction_set192.py, bench/redaction_set193.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set181.py (lines 1-140: its docstring, imports, first family's record, first
document and the second's opening; lines 180-200: its second family's record and first document's opening; lines 596-621:
_PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet) and
tests/test_redaction_set181.py in full, whose shape is copied here; bench/redaction_set21.py and its test were NOT opened this
time (set 181's docstring says it follows set 21's conventions, and those were followed through set 181); the docstrings of
bench/redaction_set7.py to bench/redaction_set189.py searched by script (ast.get_docstring) for the towns, districts and
communities this set uses, printing only the file names that matched (set 184's docstring was printed around its two
mentions of "Blandford", a school's street, Blandford Road, not a family's home); the `_party`, `Records` and `HandSet` lines
of bench/redaction_handwritten.py (found with grep, which showed two lines of its example record); and no part of
pyproject.toml (ruff was run with the project's settings). First choices of community (Fijian, Tongan, Gurung) were found in
earlier docstrings and not used. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and
checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once.
If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Sherborne, Shaftesbury, Blandford Forum and the villages around them, each from a district or village the
earlier docstrings did not show as a family's home: a young white British mother and her partner in Lenthay, Sherborne, with
a nan in Milborne Port (Dunning / Foyle; neglect of a baby and a boy of 8, a locked fridge, a child protection plan); a
Rotuman family (from Rotuma, an island dependency of Fiji with its own language; the father a soldier at Blandford Camp) in
Blandford St Mary (Fesaitu / Managreve; domestic abuse with strangulation, a girl of 13's own statement, a family chat in
Rotuman, a grandmother in Motusa on Rotuma, an uncle in Suva, a MARAC); a white British boy of 15 in Enmore Green,
Shaftesbury, with a father in Salisbury (Cull / Kearley; missing to Bristol, county lines exploitation, a nan in Motcombe); a
white British family in Pimperne with a disabled girl of 8 (Rendell; autism and epilepsy, short breaks, a mother's 3 a.m. voice
note, a brother who is a young carer); a young carer of 12 in Stalbridge (Pike; a mother's depression and drinking, a
pharmacist's concern, falling attendance, a father in Frome); and a young couple in Wincombe, Shaftesbury, with a newborn
(Mogg / Wareham; heroin and crack, a baby withdrawing, a parent-and-baby placement, a court statement, a grandmother in
Torrevieja, Spain). The community, Rotuman, did not appear in any earlier docstring searched. 24 documents, each with its own
style label: a health visitor's home visit record, a school DSL's log, a nan's texts typed up, an initial conference
decisions sheet, an army welfare officer's referral email, a girl's own statement, a family chat in Rotuman and English
translated, a MARAC referral, a police missing person log, Snapchat messages typed up, a return home interview, a mother's
letter, a short breaks application, a voice note transcribed, an OT home assessment, short breaks panel minutes, a young
carers' assessment, a pharmacy call log, an attendance letter, a social worker's phone notes, a midwife's pre-birth referral
scanned by OCR (with its misreadings), parents' Facebook messages in lower case, pre-birth strategy minutes and a court
statement extract.

Invented: every person, house number, street (except well-known town streets such as Bimport, Acreman Street, Castle Street
and Station Road, used as invented addresses), phone number, NHS number, UPN, NI number, email address, vehicle registration
and court case number; postcodes are plausible for their towns but not checked. Phones are valid (phonenumbers), UK and
foreign (Fiji, Spain); NHS numbers and UPNs (LA 835) pass their check digits. The Rotuman lines are the writer's approximation
(the greeting "noa'ia" is real; the rest may not be good Rotuman) and are given with English in brackets. The council, the
drug service, the surgery, the pharmacy, Merryfield House and Steps2Change are unmarked organisations; towns, villages,
districts and estates are real and marked as places.

Markup and conventions: exactly those of bench/redaction_set181.py (and so of set 21). Titles, ranks and kinship words stay
outside a name (Mr, Mrs, Ms, Miss, Dr, Rev, Insp., Sgt, PC, PCSO, DC, DS, DI, Cpl, L/Cpl, HV, Nan, Nana, Grandad, Uncle, the
Rotuman-Fijian "Pa" before an uncle's name); "SURNAME, First", "SURNAME First" and "First SURNAME" are one span ("DUNNING, Poppy",
"CULL Jayden", "Owen PIKE"); initials alone ("C.V.", "B.F.") are not marked but an initial with a surname is ("C. Venn", "Isla
R."); usernames ("skinz_bartram", "riley_s10", "jc_11x") are not marked; pets ("Tyson", "Bella", the support dog "Chalky") are
not names; a family name in a group chat's title ("Managreve Hanuạ") is a name; a neighbour's bare house number ("no. 29", "no
24", "no. 6", "no 19") is an address; a school's street ("Bath Road") is an address; organisations holding a town's name stay
unmarked ("Abbey Road Surgery", "STALBRIDGE PHARMACY", "Unit Welfare Office at Blandford Camp", "THE FAMILY COURT AT
BOURNEMOUTH", "DORSET POLICE", "DORSET COUNCIL"), and so do islands that are states or dependencies, counties and countries
("Rotuma", "Fiji", "Dorset", "Spain"); an OCR misreading keeps its kind ("2l/08/2O26" a date, "CHELSEA M0GG" a name,
"Wincornbe Lane" inside an address); a railway station named by its town marks the town ("Bristol Temple Meads"); a weekday
alone is not a date and stays outside a date span ("Sat 24th", "fri 11th"); a festival day ("Bonfire Night") is a date.

Choices this set had to make: Blandford Camp (the army's station, as an employer) is an organisation, like set 181's Gatwick;
a lower-case place word before a common noun marks the town ("sherborne chippy", "Salisbury college", "Poole docks", "Sherborne
police station"); a teacher's and a chair's surnames that are also towns ("Miss Blandford", "Ruth Gillingham") are names;
centiles ("9th", "2nd") are not dates; "Cann Common" (a village by Shaftesbury) and "Cann" are places; the girl Mere Fesaitu shares
her name with the town of Mere, which is marked as a place where it is the town.

Self-check without the detector: `python -m bench.redaction_set191` (and tests/test_redaction_set191.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 902 gold spans, 527 of them names (address 33, date 124, dob 21, email 7, name 527, nhs 5, ni 3, phone 24,
place 124, postcode 12, school 11, upn 3, vehicle 8)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dunning / Foyle family (white British), Lenthay, Sherborne, nan in Milborne Port --------------------------------

HOME_A = d.Address("9 Coldharbour Close", "Lenthay", "Sherborne", "DT9 6EH")
NAN_A = d.Address("22 Wick Road", "Milborne Port", "Sherborne", "DT9 5BT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kai", "Dunning")], dt.date(2018, 3, 11), addresses=[HOME_A], ids=["8888267093", "C835906871365"],
       schools=["Sherborne Abbey Primary School"]),
    _p("s", "sibling", [("Poppy", "Dunning")], dt.date(2023, 8, 4), addresses=[HOME_A], ids=["1067565019"]),
    _p("m", "mother", [("Stacey", "Dunning")], dt.date(1996, 12, 2), addresses=[HOME_A], phones=["07723 481 562"]),
    _p("f", "partner", [("Lee", "Foyle")], dt.date(1993, 5, 19), addresses=[HOME_A], phones=["07946 220 318"]),
    _p("g", "grandparent", [("Janet", "Dunning")], dt.date(1969, 10, 27), addresses=[NAN_A], phones=["01935 812 447"]),
], "c")

DOCS_A = [
    ("health visitor's home visit record", """HEALTH VISITING - HOME VISIT RECORD
Child: [[DUNNING, Poppy|name]]   DOB [[04/08/2023|dob]]   NHS [[106 756 5019|nhs]]
Sibling: [[Kai Dunning|name]] (DOB [[11/03/2018|dob]]), Y3 at [[Sherborne Abbey Primary School|school]]
Mother: [[Stacey Dunning|name]] [[07723 481 562|phone]]   Partner: [[Lee Foyle|name]] [[07946 220 318|phone]]
Address: [[9 Coldharbour Close|address]], [[Lenthay|place]], [[Sherborne|place]] [[DT9 6EH|postcode]]

Visit [[17/11/2026|date]], 10.40. Seen by HV [[Claire Venn|name]] with student [[Abby Trott|name]].
Door answered by [[Lee|name]] after several knocks. Strong smell of dog mess in hall; two dogs loose.
[[Poppy|name]] in cot in a nappy that was soaked through; bottle of curdled milk beside her. Weight dropped from
9th to 2nd centile since [[12 Aug|date]]. [[Stacey|name]] came down at 10.55, said she'd been up all night with [[Kai|name]].
No food in fridge except squash. [[Stacey|name]] said her mum [[Janet|name]] in [[Milborne Port|place]] "does the big shop"
but they fell out on the [[8th|date]]. [[Lee|name]] said a mate, [[Dean Hallett|name]], stays "some nights" (no address given,
thought to be from [[Yeovil|place]]).
Plan: GP review with Dr [[Okafor|name]] at Abbey Road Surgery; discuss with [[Kai|name]]'s school (DSL Mrs
[[Harriet Stickland|name]]); consult MASH. Next visit [[24/11/26|date]].
Signed [[C. Venn|name]], [[17.11.2026|date]]

Addendum [[19/11/2026|date]], phone call from [[Stacey|name]]: [[Poppy|name]] weighed at the baby clinic by [[Abby|name]], up 90g.
[[Stacey|name]] said [[Lee|name]] has gone to his brother [[Shane Foyle|name]]'s in [[Castle Cary|place]] "for a bit" and that
[[Dean|name]] has "gone back to [[Yeovil|place]]". Her friend [[Jade Pardoe|name]] from [[Bristol Road|address]] is helping with
washing. Asked about the dogs: [[Lee|name]]'s, called Tyson and Bella. C.V.
"""),
    ("school DSL's log, brief entries", """SHERBORNE ABBEY PRIMARY - DSL LOG - pupil [[Kai DUNNING|name]] (UPN [[C835906871365|upn]])

[[03/11/26|date]]  [[Kai|name]] asked Mr [[Pitman|name]] for toast twice before 9. Same jumper all week.
[[05/11/26|date]]  Nits again. Letter home. No reply from mum.
[[09/11|date]]  [[Kai|name]] said "[[Lee|name]] locks the fridge with a bike lock". Told DSL [[H. Stickland|name]].
[[10/11|date]]  Nan ([[Janet Dunning|name]]) phoned from [[01935 812 447|phone]]: worried, not allowed to visit since [[Kai|name]]'s
birthday. Lives at [[22 Wick Road|address]], [[Milborne Port|place]] [[DT9 5BT|postcode]].
[[13/11|date]]  Friend [[Oscar Penny|name]]'s mum ([[Rachel Penny|name]]) said [[Kai|name]] turned up at theirs on [[Acreman
Street|address]] at 7pm on the [[12th|date]], "starving", walked home by her husband [[Mark|name]].
[[16/11|date]]  Referral to MASH by [[Harriet|name]]. SW [[Naomi Chafey|name]] ([[naomi.chafey@dorsetcouncil.gov.uk|email]]) rang back.
[[18/11|date]]  [[Kai|name]] in school with a cut on his palm, "the dog did it". Photographed by
Mrs [[Stickland|name]]. First aid: [[Lorraine|name]] in the office.
[[19/11|date]]  [[Kai|name]] ate breakfast club twice. Sat with [[Oscar|name]] and [[Maisie Crocker|name]]. Mr [[Pitman|name]] says he
is "brighter". Nan collected at 3.15 with her neighbour [[Sue Dimmer|name]].
[[20/11|date]]  [[Stacey|name]] came to the door at drop-off with [[Poppy|name]]; [[Kai|name]] ran to her. Mum said [[Lee|name]] is
"in [[Castle Cary|place]] at his brother's". [[Kai|name]] told [[Lorraine|name]] "[[Deano|name]] swore at mummy".
[[23/11|date]]  Strategy meeting held at [[Sherborne|place]] police station. [[Harriet|name]] attended with SW
[[Naomi|name]] and HV [[Claire|name]]. [[Kai|name]] seen alone by [[Naomi|name]] on the [[24th|date]].
[[25/11|date]]  [[Kai|name]] drew his family: mum, [[Poppy|name]], nan, "[[Oscar|name]]", the dogs. No [[Lee|name]].
"""),
    ("nan's texts to the social worker typed up", """Texts from [[Janet Dunning|name]] (nan) to SW [[Naomi Chafey|name]], copied
[[20/11/2026|date]]

Wed [[18 Nov|date]] 19:02  hello its [[janet|name]] [[kai|name]] and [[poppys|name]] nan. [[stacey|name]] gave me ur number
Wed [[18 Nov|date]] 19:04  i can have both kids here in [[milborne|place]] if needed. [[lee|name]] wont let me in at [[lenthay|place]]
Wed [[18 Nov|date]] 19:20  he drives a silver astra [[WU15 HKN|vehicle]] if that helps, parks it on [[coldharbour cl|address]]
Thu [[19 Nov|date]] 08:15  [[staceys|name]] texted me at 6am crying. [[dean|name]] was there again last nite
Thu [[19 Nov|date]] 08:16  i dont trust that [[dean hallett|name]]. my neighbour [[sue|name]] at [[no 24|address]] knows his mum in
[[yeovil|place]]
Thu [[19 Nov|date]] 12:40  took [[kai|name]] to [[sherborne|place]] chippy after school, he ate 2 portions bless him
Fri [[20 Nov|date]] 17:55  can u call me on the house phone [[01935 812447|phone]] not my mobile its broke
Sat [[21 Nov|date]] 10:03  [[stace|name]] brought [[poppy|name]] round. shes lovely. [[kai|name]] at [[oscars|name]] for a party
Sat [[21 Nov|date]] 10:05  [[lee|name]] rang her 6 times while she was here. she went white
Sat [[21 Nov|date]] 14:30  [[dean|name]] drove past in a red fiesta, my neighbour [[sue|name]] got the reg [[WV09 LZE|vehicle]]
Sun [[22 Nov|date]] 09:12  all quiet. [[kai|name]] wants to go to [[sherborne|place]] castle with me at xmas
"""),
    ("initial child protection conference decision sheet", """DORSET COUNCIL - INITIAL CHILD PROTECTION CONFERENCE - DECISIONS
Date: [[1 December 2026|date]]   Chair: [[Sunita Redwood|name]]   Minutes: [[Jo Luffman|name]]
Children: [[Kai DUNNING|name]] ([[11.03.2018|dob]]) and [[Poppy DUNNING|name]] ([[04.08.2023|dob]])
Address: [[9 Coldharbour Close|address]], [[Lenthay|place]], [[Sherborne|place]]

Present: [[Stacey Dunning|name]] (mother); [[Janet Dunning|name]] (maternal grandmother); [[Naomi Chafey|name]] (SW);
[[Claire Venn|name]] (HV); [[Harriet Stickland|name]] (DSL); PC [[Tom Guppy|name]]. Apologies: [[Lee Foyle|name]], Dr [[Okafor|name]].

Decision: both children subject to a child protection plan under the category of neglect.
Core group: [[8/12/26|date]] at the school. Review conference: [[1 March 2027|date]].
Actions: [[Naomi|name]] to see the children alone weekly; nan to help with the shop on Saturdays; [[Stacey|name]] to attend
the family hub in [[Sherborne|place]]; [[Lee|name]] to be assessed (and [[Dean Hallett|name]], if living there); checks on
[[Dean|name]] with the police in [[Yeovil|place]], and with Mrs [[Penny|name]].
Views: [[Kai|name]] (seen by [[Naomi|name]] on [[27/11|date]]) wants "nan to come back" and "[[Lee|name]] to be kind". [[Stacey|name]]
agreed with the plan; [[Janet|name]] offered every Saturday and to have the children at [[Wick Road|address]] in an emergency.
Dissent: none. Distribution: [[Stacey Dunning|name]], [[Lee Foyle|name]] (by post), [[Janet Dunning|name]], all present.
"""),
]


# --- B. Fesaitu / Managreve family (Rotuman, from Rotuma by way of Fiji), Blandford St Mary ----------------------------

HOME_B = d.Address("31 Ellerslie Way", "Blandford St Mary", "Blandford Forum", "DT11 9QJ")
GRAN_B = d.Address("", "Motusa", "Rotuma", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mere", "Fesaitu")], dt.date(2013, 9, 22), addresses=[HOME_B], ids=["3408850445", "P835354329169"],
       schools=["The Blandford School"]),
    _p("s", "sibling", [("Aisea", "Fesaitu")], dt.date(2017, 1, 30), addresses=[HOME_B], ids=["5305932858"]),
    _p("m", "mother", [("Asenaca", "Managreve")], dt.date(1988, 4, 6), addresses=[HOME_B], phones=["07584 913 276"]),
    _p("f", "father", [("Tiu", "Fesaitu")], dt.date(1985, 11, 14), addresses=[HOME_B], phones=["07811 640 925"]),
    _p("g", "grandparent", [("Sala", "Managreve")], addresses=[GRAN_B], phones=["+679 998 4521"]),
], "c")

DOCS_B = [
    ("army welfare officer's referral email", """From: [[Craig Lodder|name]] <[[craig.lodder402@mod.gov.uk|email]]>
To: Dorset MASH
Sent: Tuesday [[27 October 2026|date]] 16:12
Subject: Concern - [[FESAITU|name]] family, [[Blandford St Mary|place]]

Hi all,
Referral from the Unit Welfare Office at Blandford Camp. Cpl [[Tiu Fesaitu|name]] ([[07811 640 925|phone]]) lives off-camp with
his wife [[Asenaca Managreve|name]] ([[07584 913 276|phone]]) and their children [[Mere|name]] (13, DOB [[22/09/2013|dob]]) and
[[Aisea|name]] (9) at [[31 Ellerslie Way|address]], [[Blandford St Mary|place]], [[DT11 9QJ|postcode]].
On Sat [[24th|date]] the RMP were called by a neighbour, Mrs [[Gail Trenchard|name]] ([[no. 29|address]]), who heard screaming.
[[Asenaca|name]] had a split lip. She told the wives' group lead, [[Litia Vunibola|name]], that [[Tiu|name]] "grabbed my neck
when he was drunk". She wouldn't make a statement. [[Tiu|name]] has been moved into the block for now; his mate
L/Cpl [[Josefa Rigamoto|name]] is "keeping an eye".
[[Mere|name]] told her friend [[Tilly Haskell|name]] it "happens a lot, since [[Catterick|place]]". The family are Rotuman
(from Rotuma, an island that belongs to Fiji); [[Asenaca|name]]'s English is good but she prefers Rotuman or Fijian when upset.
Her mother, [[Sala Managreve|name]], is in [[Motusa|place]] on Rotuma, [[+679 998 4521|phone]].
Background from the welfare file: [[Tiu|name]] joined in 2007 from [[Suva|place]]; served in [[Tidworth|place]] and [[Catterick|place]].
Previous incident logged by RMP Cpl [[Hannah Tizard|name]] on [[3 March 2025|date]] at the quarter on [[Hildyard Road|address]],
[[Catterick Garrison|place]]; no further action. [[Asenaca|name]] works part-time at the care home in [[Pimperne|place]] with
[[Luisa Tuilagi|name]]. The padre, Rev [[Sione Fonua|name]], has offered to visit.
Regards, [[Craig|name]]
[[Craig Lodder|name]], Unit Welfare Officer, [[01258 452 913|phone]]
"""),
    ("girl's own statement written at school", """my statement by [[Mere Fesaitu|name]] Y9 [[8/11/26|date]]

i am writing this with Mrs [[Dyer|name]] from pastoral. [[Tilly|name]] is my best freind
and her mum is miss [[Haskell|name]] but shes not here.
my dad is [[Tiu|name]] and my mum is [[Asenaca|name]] but everyone calls her [[Naca|name]]. we moved from [[catterick|place]] to
[[blandford|place]] in the summer holidays. My little brother [[aisea|name]] is 9 he is at [[Archbishop Wake|school]].
when dad drinks grog and then beer he goes loud. on the saturday ([[24th oct|date]]) he pushed mum into the
fridge and her lip was bleeding. I took [[Aisea|name]] upstairs and we hid in my room and I put my music on. I rang
my nana [[Sala|name]] on whatsapp in Rotuma and she prayed with us.
Mum says dont tell the army. I want dad to say sorry and stop drinking. I like my uncle [[Mosese|name]] in
[[Aldershot|place]] and I want to go there at christmas. My cousins [[Losa|name]] and [[Jioji|name]] live there and we
go to church together in [[Farnborough|place]]. My auntie [[Vika|name]] makes the best pudding.
At school I sit with [[Tilly|name]], [[Evie-Mae Grant|name]] and [[Hamza|name]]. Mr [[Crabb|name]] is my form tutor. i dont want
[[Aisea|name]] to be sad. [[Aisea|name]] has a teacher called Miss [[Blandford|name]] which is funny because its the town.
signed [[Mere F.|name]] [[08.11.26|date]]
"""),
    ("family chat in Rotuman and English, translated", """WhatsApp group "[[Managreve|name]] Hanuạ" - extract shown by
[[Asenaca|name]] to SW [[Kieran Northover|name]] on [[12/11/2026|date]].
Translation from Rotuman by interpreter [[Makereta Fatiaki|name]]; Rotuman lines first, English in brackets.

[[10/11/2026|date]] 21:03 Nana [[Sala|name]]: [[Naca|name]], noa'ia! ae tape'ma? (Hello [[Naca|name]], are you alright?)
[[10/11/2026|date]] 21:05 [[Naca|name]]: Gou lelei, nana. [[Tiu|name]] kat lạ' ma. (I'm fine, nana. [[Tiu|name]] has not come.)
[[10/11/2026|date]] 21:06 [[Mosese|name]]: sis come to [[aldershot|place]] with the kids, me and [[Vika|name]] have room
[[10/11/2026|date]] 21:09 Nana [[Sala|name]]: Ka [[Mere|name]] ma [[Aisea|name]]? (And [[Mere|name]] and [[Aisea|name]]?)
[[10/11/2026|date]] 21:10 [[Mere|name]]: nana im good. [[aisea|name]] is asleep
[[11/11/2026|date]] 07:44 [[Naca|name]]: [[Tiu|name]] rang from the camp, he says sorry. (in English)
[[11/11/2026|date]] 07:52 [[Mosese|name]]: dont go back [[naca|name]]. call [[vika|name]] on [[07412 375 809|phone]]
[[11/11/2026|date]] 08:01 Nana [[Sala|name]]: [[Mosese|name]], 'äe la hül se [[Naca|name]]. ([[Mosese|name]], you go to [[Naca|name]].)
[[11/11/2026|date]] 08:03 [[Vika|name]]: i'll drive down sat from [[aldershot|place]], [[Losa|name]] can come too
[[11/11/2026|date]] 08:10 [[Naca|name]]: thank you [[vika|name]]. [[Litia|name]] from church will have [[Aisea|name]] after school
[[12/11/2026|date]] 19:30 Pa [[Jone|name]] (uncle in [[Suva|place]], [[+679 889 2314|phone]]): [[Tiu|name]] rang me. He's sorry. Pray
for him.
[[12/11/2026|date]] 19:34 [[Mere|name]]: uncle [[jone|name]] he hurt mum. its not ok
Note: "Hanuạ" is Rotuman for land or home; the group's title is the family's name and is marked as a name. The Rotuman is
the interpreter's; she asked that her spelling be checked by a second speaker, Mrs [[Rejieli Aisake|name]].
"""),
    ("MARAC referral form", """MARAC REFERRAL - DORSET
Victim: [[MANAGREVE, Asenaca|name]]   DOB [[06/04/1988|dob]]   Tel [[07584 913 276|phone]] (safe to call before 2pm)
Address: [[31 Ellerslie Way|address]], [[Blandford St Mary|place]], [[Blandford Forum|place]] [[DT11 9QJ|postcode]]
Perpetrator: [[FESAITU, Tiu|name]]   DOB [[14/11/1985|dob]]   NI [[JT 48 21 65 C|ni]]   Vehicle: black Hilux [[WP67 RNO|vehicle]]
Children: [[Mere Fesaitu|name]] (13), [[Aisea Fesaitu|name]] (9, NHS [[530 593 2858|nhs]])
Referrer: [[Kieran Northover|name]], SW, [[kieran.northover@dorsetcouncil.gov.uk|email]]   Date: [[16 November 2026|date]]

DASH score 15. Non-fatal strangulation ([[24/10/26|date]]); escalation since the move from [[Catterick Garrison|place]];
jealousy over her church friends ([[Litia|name]], [[Ana Mua|name]]); threats to send her "back to [[Suva|place]]". Alcohol.
Access to weapons: no. IDVA: [[Bryony Cake|name]]. Safe place offered with brother [[Mosese Managreve|name]] and his wife
[[Vika|name]], [[14 Holly Road|address]], [[Aldershot|place]] [[GU12 4SE|postcode]].
Other agencies: Unit Welfare Officer [[Craig Lodder|name]]; school DSL Mrs [[Yvonne Dyer|name]] ([[The Blandford School|school]]);
[[Aisea|name]]'s head, Mr [[Paul Kimber|name]] ([[Archbishop Wake|school]]); GP Dr [[Ranjit Goyal|name]]; RMP Sgt [[Dean Carty|name]].
Previous: logged by RMP at [[Catterick Garrison|place]] on [[3/3/2025|date]] (officer [[Hannah Tizard|name]]).
Heard at MARAC on [[26 November 2026|date]]; chair DI [[Fran Sturmey|name]].
"""),
]


# --- C. Cull family (white British), Enmore Green, Shaftesbury; a boy of 15 missing --------------------------------------

HOME_C = d.Address("5 Tanyard Lane", "Enmore Green", "Shaftesbury", "SP7 8LH")
DAD_C = d.Address("Flat 3, 18 Castle Street", "", "Salisbury", "SP1 3TB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Cull")], dt.date(2011, 6, 29), addresses=[HOME_C], ids=["7937676876", "D835744659958"],
       schools=["Shaftesbury School"]),
    _p("m", "mother", [("Michelle", "Cull")], dt.date(1984, 2, 15), addresses=[HOME_C], phones=["07960 148 233"]),
    _p("f", "father", [("Wayne", "Kearley")], dt.date(1982, 8, 3), addresses=[DAD_C], phones=["07700 163 482"]),
], "c")

DOCS_C = [
    ("police missing person log", """MISSING PERSON - DORSET POLICE - occurrence log extract
MISPER: [[CULL Jayden|name]]  DOB [[29/06/2011|dob]]  Age 15  Risk: MEDIUM -> HIGH
Home: [[5 Tanyard Lane|address]], [[Enmore Green|place]], [[Shaftesbury|place]] [[SP7 8LH|postcode]]
Reported by mother [[Michelle CULL|name]] [[07960 148 233|phone]] at 23:40 on [[14/11/2026|date]]

23:52 PC [[Dan Yeatman|name]] spoke to mum. Last seen 17:00 at the bus stop on [[Bimport|address]] with [[Riley Scammell|name]] (16)
and an older male "[[Skinz|name]]". Mum thinks [[Jayden|name]] went to his dad [[Wayne Kearley|name]] in [[Salisbury|place]].
00:30 Dad ([[07700 163 482|phone]]) says not seen since [[1st Nov|date]]. Lives at [[Flat 3, 18 Castle Street|address]],
[[Salisbury|place]].
02:15 ANPR: grey Golf [[HF18 KXT|vehicle]] (linked to [[Kyle Bartram|name]], aka [[Skinz|name]]) at [[Mere|place]] heading to
[[Bristol|place]]. [[Jayden|name]]'s phone last on at [[Gillingham|place]].
09:10 [[15/11|date]]: found by BTP at [[Bristol|place]] Temple Meads with £340 and two phones. Collected by PCSO [[Ellie Hatcher|name]]
and mum. Return home interview requested from [[Shaftesbury|place]] early help ([[Marcus Dore|name]]).
10:20 Intelligence: [[Riley Scammell|name]] ([[12/02/2010|dob]]) of [[Cann Common|place]] also missing overnight, returned to his
mother [[Toni Scammell|name]] at 08:00. [[Kyle Bartram|name]] ([[19/05/2003|dob]]) of [[Gillingham|place]], known associate of
[[Tezza|name]] ([[Terrance Quick|name]]) in [[Bristol|place]]. Sgt [[Laura Pinney|name]] to brief the exploitation hub.
10:45 Closed by Insp. [[Gareth Lowman|name]]. Debrief with [[Jayden|name]] declined; he asked for [[Marcus|name]] only.
"""),
    ("Snapchat messages typed up from screenshots", """Snapchat messages, screenshotted by [[Michelle Cull|name]] on [[Jayden|name]]'s
phone, [[16/11/2026|date]], typed up by SW [[Priya Banfield|name]]

skinz_bartram: u in [[shaf|place]] tmoro or wat
jc_11x: ye
skinz_bartram: bring da ting to [[gillingham|place]] station 4pm, [[riley|name]] will meet u
jc_11x: my mum took my card
skinz_bartram: u owe me 300 bro. dont make me come to [[tanyard|address]]
jc_11x: wait til the [[21st|date]] pls
skinz_bartram: no. [[kyles|name]] cousin [[deano|name]] is outside ur nans in [[motcombe|place]] rn
jc_11x: leave my nan out of it
riley_s10: [[jay|name]] he knows where ur nan lives. just do it
jc_11x: tell [[kyle|name]] il do [[salisbury|place]] not [[bristol|place]] again
riley_s10: [[demi|name]] said she seen u with [[harvey|name]] at [[gillingham|place]] footy, [[skinz|name]] dont like that
jc_11x: [[harvey|name]] aint nothing to do with it
skinz_bartram: [[shaftesbury|place]] tmrw 4pm by the co op on the [[high st|address]]. no mum no [[marcus|name]]
Note: "skinz_bartram", "riley_s10" and "jc_11x" are usernames and are not marked; nan is [[Brenda Cull|name]] of
[[Motcombe|place]].
"""),
    ("return home interview record", """RETURN HOME INTERVIEW - [[Jayden Cull|name]] - completed [[18/11/2026|date]] at
[[Shaftesbury School|school]]
Interviewer: [[Marcus Dore|name]]

[[Jay|name]] said he left because of "stuff with [[Kyle|name]]". He met [[Kyle|name]] through [[Riley|name]] at the skate park in
[[Gillingham|place]] in September. [[Kyle|name]] gave him a phone and £50, then said he owed him. He went to [[Bristol|place]] to
"drop a bag" to a man called [[Tezza|name]] in [[St Pauls|place]]. He slept in the car with [[Kyle|name]] and a girl [[Demi|name]]
(he thinks 14, from [[Warminster|place]]).
He says his mum is "alright" but he misses his dad. He'd like to stay with Nan [[Brenda|name]] ([[2 Shorts Green Lane|address]],
[[Motcombe|place]]) sometimes. Teachers he trusts: Mr [[Oakley|name]] (DT) and Ms [[Fenwick|name]].
Shared with: [[Priya Banfield|name]] (SW), DS [[Alun Critchell|name]] (exploitation team), DSL [[Jo
Whitty|name]]. NRM referral to be considered.
[[Jayden|name]]'s own words at the end: "tell [[Harvey|name]] I'm sorry i missed the match. tell mum i'm not in a gang. [[Kyle|name]]
isn't my mate." He named the people he feels safe with: mum, Nan [[Brenda|name]], Uncle [[Stevie Cull|name]] in
[[Semley|place]], and coach [[Dave Ridout|name]] at the youth football in [[Gillingham|place]].
"""),
    ("mother's letter to the social worker", """[[Tanyard Lane|address]]
[[Enmore Green|place]]
[[21st November|date]]

Dear [[Priya|name]],
Thank you for coming on [[12 November|date]]. I am writing because I can't say it all in front of [[Jayden|name]]. Since his dad left
in 2022 he has gone off the rails and I blame myself. My mum [[Brenda|name]] in [[Motcombe|place]] says I'm too soft.
On Wednesday [[19th|date]] a lad in a hood was sat outside in the grey car again, the one PC [[Yeatman|name]] said
about. I have the number [[HF18 KXT|vehicle]]. My neighbour [[Terry Stone|name]] saw him too.
[[Jayden|name]]'s friend [[Harvey Biles|name]] and his mum [[Kerry|name]] have been good to us. Please can [[Jayden|name]] go on
the football with [[Harvey|name]] at [[Gillingham|place]] again? [[Wayne|name]] says he will pay.
My number is [[07960 148233|phone]] or email [[shell.cull84@gmail.com|email]].
Yours, [[Michelle Cull|name]]
P.S. [[Wayne|name]]'s new partner is [[Kerry-Ann Lush|name]], they're at [[Flat 3, 18 Castle Street|address]]. Her son
[[Brandon|name]] is 17 and I think he knows [[Kyle Bartram|name]] from [[Salisbury|place]] college.
"""),
]


# --- D. Rendell family (white British), Pimperne, near Blandford Forum; a disabled girl of 8 -----------------------------

HOME_D = d.Address("Rose Cottage, 4 Newfield", "Pimperne", "Blandford Forum", "DT11 8UZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Isla", "Rendell")], dt.date(2018, 7, 9), addresses=[HOME_D], ids=["5021373641", "V835157143939"],
       schools=["Pimperne Primary School"]),
    _p("s", "sibling", [("Freddie", "Rendell")], dt.date(2015, 2, 21), addresses=[HOME_D], ids=["5202410417"]),
    _p("m", "mother", [("Gemma", "Rendell")], dt.date(1989, 10, 12), addresses=[HOME_D], phones=["07787 205 641"]),
    _p("f", "father", [("Craig", "Rendell")], dt.date(1987, 3, 26), addresses=[HOME_D], phones=["07519 332 870"]),
], "c")

DOCS_D = [
    ("short breaks application form", """DORSET COUNCIL - SHORT BREAKS FOR DISABLED CHILDREN - APPLICATION
Child's name: [[Isla Rendell|name]]        Date of birth: [[09/07/2018|dob]]      NHS no: [[502 137 3641|nhs]]
Address: [[Rose Cottage, 4 Newfield|address]], [[Pimperne|place]], [[Blandford Forum|place]], [[DT11 8UZ|postcode]]
School: [[Pimperne Primary School|school]] (1:1 with TA [[Mel Hibbs|name]])    UPN: [[V835157143939|upn]]
Parent/carer 1: [[Gemma Rendell|name]] [[07787 205 641|phone]] [[gemrendell@hotmail.co.uk|email]]
Parent/carer 2: [[Craig Rendell|name]] [[07519 332 870|phone]] (works away - lorry driver, [[Poole|place]] docks)
Other children: [[Freddie|name]], 11, at [[The Blandford School|school]].

About [[Isla|name]]: autism, epilepsy (tonic-clonic, rescue med buccal midazolam), no safety awareness, sleeps 3-4 hrs.
Consultant: Dr [[Amira Nassar|name]], paediatrics, [[Dorchester|place]]. Epilepsy nurse: [[Shona Beal|name]].
What would help: overnight respite at Merryfield House; after-school club at [[Blandford|place]]; a sitter we know,
[[Kelly Mussell|name]] from [[Langton Long|place]].
Signed [[G Rendell|name]]    Date [[30.10.2026|date]]
Professionals who know [[Isla|name]]: [[Mel Hibbs|name]] (TA); Mrs [[Joanne Tory|name]] (SENCo); Dr [[Nassar|name]]; [[Shona
Beal|name]] (epilepsy nurse); [[Pete Mowlam|name]] (speech and language, [[Blandford|place]] clinic). Family: grandad
[[Roy Rendell|name]] ([[Child Okeford|place]], [[01258 861 304|phone]]); aunt [[Leanne Gill|name]] ([[Durweston|place]]).
"""),
    ("mother's voice note transcribed", """Voice note from [[Gemma Rendell|name]] to SW [[Tasha Ivamy|name]], received 03:12 on Sunday
[[22nd November|date]], transcribed by
[[Tasha|name]] on [[23/11/26|date]].

"hiya [[tasha|name]] sorry it's stupid o'clock, um, [[isla|name]]'s had another one, about four minutes, I did the midaz and she's
come round now but [[craig|name]]'s in [[felixstowe|place]] till tuesday... [[freddie|name]] held her head, he's only
eleven, he shouldn't have to. I rang my sister [[Leanne|name]] in [[Durweston|place]] but she's got the twins. Mum's in
Spain ... sorry, mum's away. I just, I can't keep doing nights. [[Isla|name]] bit me again on the [[20th|date]], it's
on my arm. Anyway. Can you ring me after nine, not before, she'll be asleep. Oh and Mrs [[Hibbs|name]] said the
referral for Chalky, the support dog thing, needs your bit. Ta. Bye."
(Second note, 03:20) "me again. [[Freddie|name]]'s gone back to bed. [[Craig|name]] texted, he's at [[Harwich|place]] now not
[[Felixstowe|place]], whatever. [[Leanne|name]] says she'll come Saturday [[28th|date]]. Sorry [[Tash|name]]."
"""),
    ("occupational therapist's home assessment", """OT HOME ASSESSMENT - [[RENDELL, Isla|name]] ([[9.7.18|dob]]) - visit [[25/11/2026|date]]
OT: [[Becca Frampton|name]]. Present: mum [[Gemma|name]], brother [[Freddie|name]] (home, inset day), granddad [[Roy
Rendell|name]] from [[Child Okeford|place]].

Stairs: [[Isla|name]] climbs the stair gate. Recommend a safe space bed (Dreampod) and window restrictors. Bathroom: needs a
shower seat; [[Isla|name]] slips. Garden backs onto the lane to [[Letton|place]]: fence gap at the side by [[no. 6|address]]
(Mr and Mrs [[Haim|name]]). Car: [[Gemma|name]]'s Zafira [[HJ16 WPU|vehicle]], needs a harness.
[[Freddie|name]] told me privately he "does loads" for [[Isla|name]] - refer to young carers (Dorset). Grandad
[[Roy|name]] offers Tuesday nights. Neighbour [[Pam Haim|name]] has a key. Physio [[Dominic Seal|name]] to review
[[Isla|name]]'s gait at [[Blandford|place]] on [[14 December|date]]. School contact: [[Joanne Tory|name]], SENCo.
Next: joint visit with [[Tasha Ivamy|name]] [[9 December|date]]. Copy to [[Gemma Rendell|name]], [[Craig Rendell|name]],
Dr [[Amira Nassar|name]], [[Joanne Tory|name]] (SENCo, [[Pimperne Primary School|school]]). Typed by B.F. on [[26/11/26|date]].
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[2nd December 2026|date]] - item 4
Present: [[Ruth Gillingham|name]] (chair), [[Tasha Ivamy|name]] (SW), [[Becca Frampton|name]] (OT), [[Sam Bugler|name]] (finance).

Child: [[Isla R.|name]], 8, [[Pimperne|place]]. [[Tasha|name]] presented. Mother [[Gemma|name]] exhausted; father [[Craig|name]] away
4 nights a week; brother [[Freddie|name]] (11) is a young carer. Grandfather [[Roy Rendell|name]] ([[Child
Okeford|place]]) helps weekly. Aunt [[Leanne|name]] in [[Durweston|place]] limited.
[[Ruth|name]] asked about the overnight place at [[Blandford|place]]; [[Sam|name]] confirmed a bed from [[6 January|date]].
Agreed: 2 nights a month, a sitting service (named sitter [[Kelly Mussell|name]]), direct payment for holiday club.
Review: [[2/6/2027|date]].
Item 5: [[Freddie Rendell|name]] ([[21/02/2015|dob]]), referred to young carers by [[Becca|name]]; [[Tasha|name]] to speak to
[[Freddie|name]]'s head of year, Mr [[Lyle Hooper|name]], at [[The Blandford School|school]].
Actions: [[Tasha|name]] to write to [[Gemma|name]] and [[Craig|name]] by [[4/12|date]]; [[Sam|name]] to set up the direct
payment; [[Becca|name]] to order the Dreampod.
"""),
]


# --- E. Pike family (white British), Stalbridge; a young carer of 12, a mother's depression and drinking ----------------

HOME_E = d.Address("17 Station Road", "Stalbridge", "Sturminster Newton", "DT10 2RG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Owen", "Pike")], dt.date(2014, 4, 17), addresses=[HOME_E], ids=["6590802815", "P835751014808"],
       schools=["Sturminster Newton High School"]),
    _p("m", "mother", [("Lisa", "Pike")], dt.date(1981, 7, 8), addresses=[HOME_E], phones=["07432 618 905"]),
], "c")

DOCS_E = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - NORTH DORSET
Young carer: [[Owen PIKE|name]]   DOB [[17/04/2014|dob]]   NHS [[659 080 2815|nhs]]   UPN [[P835751014808|upn]]
School: [[Sturminster Newton High School|school]], Y8. Address: [[17 Station Road|address]], [[Stalbridge|place]] [[DT10 2RG|postcode]]
Cared for: mother, [[Lisa Pike|name]] ([[07432 618 905|phone]]), depression, alcohol, a bad back since a fall on [[3 March|date]].
Assessor: [[Hollie Sansom|name]], [[hollie.sansom@dorsetcouncil.gov.uk|email]]. Seen [[19/11/2026|date]].

What [[Owen|name]] does: gets himself up, makes mum's tea and toast, sorts her tablets ("the blue ones at 8"), walks the dog,
does the shop at the Co-op in [[Stalbridge|place]] with mum's card, puts the bins out. Goes to [[Sturminster Newton|place]] by
bus. His dad [[Gary Pike|name]] lives in [[Frome|place]] with his partner [[Nicola|name]]; [[Owen|name]] sees him every other
Saturday. Mum's friend [[Debbie Hallam|name]] ([[Ring Street|address]]) "pops in". [[Owen|name]]'s best mate is [[Charlie
Rideout|name]]; he used to play for [[Marnhull|place]] under-13s.
What [[Owen|name]] says: "I don't mind doing it. I mind when she's been on the wine and I can't wake her up."
Who helps: Nan [[Pauline Pike|name]] in [[Henstridge|place]] (drives); Uncle [[Rob|name]] "sometimes"; mum's worker at Steps2Change,
[[Kaz Morey|name]]; GP Dr [[Hesketh|name]]. [[Owen|name]] would like a young carers' card, a trip with [[Charlie|name]], and
for mum to "go to the doctor with [[Debbie|name]], not me".
Dad: [[Gary Pike|name]], [[44 Weylands|address]], [[Frome|place]] [[BA11 2LE|postcode]]; NI [[PW 26 51 83 A|ni]] (for the carer's
allowance check). Copy to [[Hollie Sansom|name]]'s manager, [[Dawn Elgar|name]], on [[20/11/2026|date]].
"""),
    ("pharmacy call log", """STALBRIDGE PHARMACY - CALL LOG (controlled drugs and concerns)
[[20/11/26|date]] 11:05  Call to GP (Dr [[Hesketh|name]]) re [[PIKE, Lisa|name]] ([[08/07/1981|dob]]): son [[Owen|name]], 12, collected
her sertraline and co-codamol again on his own - we do not hand CDs to under-16s; refused. Pharmacist [[Amrit Sandhu|name]].
[[20/11/26|date]] 11:40  Mrs [[Pike|name]] rang, slurred, asking why we "upset [[Owen|name]]". Said [[Debbie|name]] will collect.
[[21/11/26|date]] 09:15  [[Debbie Hallam|name]] collected (ID seen). Said [[Lisa|name]] "hasn't been out since [[Bonfire Night|date]]".
[[23/11/26|date]] 16:20  [[Owen|name]] came in for plasters; cut on his hand from a broken glass. Told counter
assistant [[Jess Coombs|name]] "mum dropped it". [[Amrit|name]] rang the MASH: [[01305 228 866|phone]].
[[24/11/26|date]] 10:00  MASH social worker [[Hollie Sansom|name]] rang back; thanked [[Amrit|name]] and [[Jess|name]].
[[30/11/26|date]] 14:10  [[Lisa Pike|name]] in person with [[Debbie|name]], sober, apologised to [[Jess|name]]. Dosette box set up.
"""),
    ("attendance letter from the school", """[[Sturminster Newton High School|school]]
[[Bath Road|address]], [[Sturminster Newton|place]] [[DT10 1DT|postcode]]

[[26 November 2026|date]]

Ms [[L. Pike|name]]
[[17 Station Road|address]]
[[Stalbridge|place]]

Dear Ms [[Pike|name]],
Re: [[Owen Pike|name]], 8RH
[[Owen|name]]'s attendance this term is 81%. He was absent on [[2|date]], [[3|date]], [[9|date]] and [[16 November|date]], and late on
eleven mornings. When we spoke on [[10/11|date]] you said [[Owen|name]] had been "helping at home". We would like to support
you both. Please come in to see our attendance officer, Mr [[Neil Gatehouse|name]], and [[Owen|name]]'s tutor, Miss [[Ffion
Parry|name]], on [[3 December|date]] at 3.30pm. The school's young carers lead, [[Hollie|name]]'s colleague Mrs [[Baverstock|name]],
will also be there.
Yours sincerely, [[N. Gatehouse|name]], Attendance Officer
"""),
    ("social worker's phone notes", """phone notes - [[O. Pike|name]] - SW [[Hollie Sansom|name]]
[[27/11|date]] 10.10 rang mum [[07432 618 905|phone]]. no ans. txt sent.
[[27/11|date]] 13.45 [[gary pike|name]] (dad) rang from [[07855 120 734|phone]]. works in [[frome|place]] at a builders yard.
says [[owen|name]] can come to him + [[nicola|name]] at [[44 Weylands|address]], [[Frome|place]] [[BA11 2LE|postcode]], weekdays
too if needed. worried [[lisa|name]] is drinking in the day. His van is [[YX65 BDU|vehicle]] (for school car park).
[[27/11|date]] 15.30 mum rang back. crying. said [[owen|name]] "is my rock". agreed to see GP [[Hesketh|name]] on
[[1/12|date]] and Steps2Change. [[debbie|name]] to sit with her weekends.
[[28/11|date]] 09.00 [[Owen|name]] at school. Told Miss [[Parry|name]] he had a good tea at [[Charlie|name]]'s
[[28/11|date]] 11.20 nan [[pauline|name]] rang [[01963 362 518|phone]]. lives [[henstridge|place]]. can do tues + thurs school run.
says [[lisa|name]] was like this after [[gary|name]] left in 2019. mentions a boyfriend [[Mick Loder|name]] from [[Marnhull|place]],
"not around now". checks to do on [[Mick|name]].
[[30/11|date]] 16.00 home visit [[Station Rd|address]]. mum up, dressed, [[debbie hallam|name]] there. [[owen|name]] playing fifa
with [[charlie rideout|name]] and [[alfie tite|name]] from [[no 19|address]]. kitchen clean. bottles in recycling (4). plan agreed.
next visit [[7/12|date]].
"""),
]


# --- F. Mogg / Wareham family (white British), Wincombe, Shaftesbury; a baby and parents using heroin and crack ----------

HOME_F = d.Address("Flat 7, Kingfisher Court, Wincombe Lane", "Wincombe", "Shaftesbury", "SP7 8QD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie-James", "Wareham")], dt.date(2026, 9, 18), addresses=[HOME_F], ids=["8131560449"]),
    _p("m", "mother", [("Chelsea", "Mogg")], dt.date(2001, 1, 25), addresses=[HOME_F], phones=["07398 254 617"]),
    _p("f", "father", [("Ryan", "Wareham")], dt.date(1998, 6, 11), addresses=[HOME_F], phones=["07534 809 162"]),
    _p("g", "grandparent", [("Tracey", "Mogg")], dt.date(1975, 3, 4), phones=["+34 612 48 73 95"]),
], "c")

DOCS_F = [
    ("midwife's pre-birth referral, scanned with OCR misreadings", """PRE-B1RTH REFERRAL - MATERNITY SAFEGUARDING   (scanned
[[2l/08/2O26|date]], OCR)
Mother: [[CHELSEA M0GG|name]]   D0B [[25/0l/2001|dob]]   Tel [[07398 254 617|phone]]
Address: [[Flat 7, Kingfisher Court, Wincornbe Lane|address]], [[Shaftesbury|place]] [[SP7 8QD|postcode]]
Father of baby: [[Ryan Wareharn|name]]  D0B [[11/06/1998|dob]]   EDD [[2l/09/2026|date]]

Ms [[M0gg|name]] booked late (24 wks) at [[Salisbury|place]]. Uses heroin and crack with [[Ryan|name]]; on methadone script
since [[May 14th|date]] via the drug service ([[Kirsty Bowditch|name]]). Previous child, [[Tayla-Rose|name]] (b. 2020), lives with
Ms [[M0gg|name]]'s aunt [[Donna Furze|name]] in [[Gillingham|place]] under an SGO.
Maternal grandmother [[Tracey M0gg|name]] lives in [[Torrevieja|place]], Spain ([[+34 612 48 73 95|phone]]).
Community midwife: [[Steph Lanning|name]]. Referred by: [[S. Lanning|name]], [[stephanie.lanning@nhs.net|email]].
Other: [[Ryan|name]]'s mother [[Carol Wareharn|name]] lives in [[Warminster|place]]; [[Chelsea|name]]'s friend [[Kayla Dunn|name]]
([[Cann|place]]) may be a support. Booking bloods on [[O2/08/2026|date]]. GP: Dr [[Ellery|name]].
"""),
    ("parents' Facebook messages, lower case, typed up", """Messenger, [[Chelsea Mogg|name]] and [[Ryan Wareham|name]], shown to SW
[[Olly Pennington|name]] by [[Chelsea|name]] on [[30/11/26|date]]

[[ryan|name]]: where r u
[[chelsea|name]]: at the hub in [[shaftesbury|place]] with [[alfie|name]] getting weighed
[[ryan|name]]: [[macca|name]] says hes dropping at 3 dont be late
[[chelsea|name]]: im not doing that no more [[ry|name]]. [[kirsty|name]] tests me weds
[[ryan|name]]: u think ur better than me now
[[chelsea|name]]: i think [[alfie|name]] needs us both clean. [[donna|name]] said she'll have him sat if we go to the meeting
[[ryan|name]]: dont trust [[donna|name]], she grassed on us about [[tayla|name]]
[[chelsea|name]]: im going to my mums in [[torrevieja|place]] for xmas with the baby if they let me
[[ryan|name]]: ur mum [[tracey|name]] dont even want u
[[chelsea|name]]: [[olly|name]] is coming tues at 10. be there or dont
[[ryan|name]]: tell [[olly|name]] to do one. i got court on the [[9th|date]] anyway
[[chelsea|name]]: [[kayla|name]] says [[macca|name]] got lifted in [[gillingham|place]] last nite
[[ryan|name]]: who told her that. [[kayla|name]] and [[donna|name]] chat too much
[[chelsea|name]]: [[steph|name]] the midwife said [[alfie|name]] is 4.1kg now. [[nadia|name]] is pleased
[[ryan|name]]: tell [[sian|name]] i want to see him fri [[11th|date]]
"""),
    ("pre-birth strategy meeting minutes", """STRATEGY DISCUSSION - [[Alfie-James WAREHAM|name]] (born [[18/09/2026|dob]], NHS
[[813 156 0449|nhs]])
Date [[22 September 2026|date]]. Chair: [[Kate Dibben|name]] (team manager). Present: [[Olly Pennington|name]] (SW), [[Steph
Lanning|name]] (midwife), DC [[Rob Marsh|name]], [[Kirsty Bowditch|name]] (drug service), HV [[Nadia Pressly|name]].

Baby born at [[Salisbury|place]] on [[18th Sept|date]], 2.6kg, on the neonatal unit for withdrawal (NAS) until [[29/9|date]].
[[Ryan Wareham|name]] (NI [[NZ 73 90 14 D|ni]]) has a conviction for supply (2021) and is linked to [[Liam McAllister|name]]
("[[Macca|name]]") of [[Gillingham|place]]. [[Chelsea|name]] tested positive for cocaine on [[10 September|date]].
Police: call-outs to [[Kingfisher Court|address]] on [[2/8|date]] and [[30/8|date]]; a neighbour, Mr [[Alan
Orchard|name]], flat 8, reported shouting.
Decision: section 47; baby to go home with mother to a parent-and-baby placement at [[Blandford|place]] with [[Sian Woolley|name]]
(foster carer); [[Ryan|name]] to be assessed separately. Great-aunt [[Donna Furze|name]] ([[Gillingham|place]]) viability.
"""),
    ("court statement extract by the social worker", """IN THE FAMILY COURT AT BOURNEMOUTH   Case no. BH26C00418
Re: [[Alfie-James Wareham|name]] (a boy, born [[18.09.2026|dob]])
Statement of [[Oliver Pennington|name]], social worker, dated [[4 December 2026|date]]

1. I have been [[Alfie-James|name]]'s social worker since [[20 September 2026|date]].
2. The mother, [[Chelsea Mogg|name]] ([[25.01.2001|dob]]), has done well at the placement with Mrs [[Woolley|name]] in
[[Blandford Forum|place]]. Her tests since [[1 October|date]] are clear for heroin and crack. [[Kirsty Bowditch|name]] supports this.
3. The father, [[Ryan Wareham|name]] ([[11.06.1998|dob]]), of [[Wincombe|place]], [[Shaftesbury|place]], missed 5 of 8 contacts.
On [[14 November|date]] he was stopped in a blue Corsa [[WF14 ZRP|vehicle]] driven by [[Liam McAllister|name]] in
[[Motcombe|place]]. He was at the contact centre in [[Sturminster|place]] on [[28 November|date]] smelling of cannabis.
4. The maternal great-aunt, Ms [[Donna Furze|name]], of [[Gillingham|place]], who cares for [[Chelsea|name]]'s daughter [[Tayla-Rose
Mogg|name]], has put herself forward. Her husband [[Phil Furze|name]] supports it.
5. I respectfully ask the court for an interim supervision order.
6. Those spoken to: [[Chelsea Mogg|name]]; [[Ryan Wareham|name]]; [[Donna Furze|name]] and [[Phil Furze|name]]; [[Sian Woolley|name]];
[[Kirsty Bowditch|name]]; [[Steph Lanning|name]]; HV [[Nadia Pressly|name]]; DC [[Rob Marsh|name]]; the maternal grandmother
[[Tracey Mogg|name]] (by phone to [[Torrevieja|place]] on [[2 December|date]]).
Signed [[O. Pennington|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 191 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:31 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "granddad", "mum",
           "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "cpl", "l/cpl", "sis"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "dorset", "north dorset",
               "somerset", "wiltshire", "fiji", "rotuma", "spain", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Cpl Tiu Fesaitu", "Nana Sala", "Grandad Roy") and islands,
# counties and countries ("Rotuma", "Fiji", "Dorset", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
