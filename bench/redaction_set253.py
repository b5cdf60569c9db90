"""Set 253: a held-out hand-written set for the redaction detector, six invented families in Weobley, Leintwardine and Wigmore
(north Herefordshire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set250.py to bench/redaction_set252.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES,
_AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of
Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set249.py were searched by script for the three towns and for candidate communities (only lists of set
numbers were printed): none names Weobley, Leintwardine or Wigmore, and none names the Guna (Kuna), Panama, Ustupu,
Ailigandi, Colón or a +507 number. Phone numbers were checked with the phonenumbers library; NHS numbers were made with
their mod-11 check digit and UPNs (LA 884, Herefordshire) with python-stdnum (stdnum.gb.upn) in small snippets. Nobody may
tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct
only the marking and say so here.

Six families: a young white British mother in Weobley with a boy of 7 and a baby (Price / Bevan; neglect, a drinking
partner, a baby's weight falling); a Guna family from Ustupu and Ailigandi in Guna Yala, Panama (Dulegaya and Spanish
speakers) in Leintwardine (Navas / Iguaniginape; a father injured at farm work, rent arrears, racist bullying of a boy of 9,
a bruise and a strategy discussion); a white British girl of 15 in Wigmore missing to Hereford and Ludlow (Jenkins;
criminal exploitation); a white British and Welsh father alone in Leintwardine with an autistic boy of 12 (Morgan; short
breaks); a white British mother in Weobley after an overdose, with a girl of 5 and her father in Credenhill (Hughes /
Clifford); and a farming family at Lingen near Wigmore (Powell; domestic abuse, a shotgun, a boy of 14 who rang the police).
The community new to this set is the Guna (Kuna) of Panama, named in no earlier docstring searched. 24 documents, each with
its own style label: a primary school safeguarding log, a mother's Messenger chat typed up, a health visitor's home visit
note, a child's "three houses" in his own words, a social worker's phone notes, a mother's voice message in Spanish and
Guna translated, a child's own words in English and Guna, strategy discussion minutes, a police missing person log, a
return home interview, a Snapchat extract typed up, child protection conference minutes, a GP letter, a father's email, a
short breaks application, a boy's own words typed by the school nurse, an OCR'd scanned letter from a crisis team (with its
misreadings: l for 1, O for 0, 0 for O, 5 for S, 1 for l), family support notes, a grandmother's WhatsApp messages typed
up, a father's complaint email, a police domestic abuse log, a MARAC referral, a school nurse's note of a boy's words and a
teenage boy's texts typed up.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Panama +507); NHS numbers and UPNs pass their check digits. Councils,
police forces, surgeries, schools and services are unmarked organisations; towns, villages, districts and estates are real
and marked as places.

Markup and conventions: those of bench/redaction_set213.py, with the changes the brief sets for every new set: a pet's name
is NOT marked ("Tyson", "Bara", "Meg", "Flint"); a month with its year, a season or a feast with its year and a year alone
("in 2021", "(2017)") are NOT marked as dates, nor is a month alone or a named day of the year without a date; a day with
its month ("1 December", "14/12", "the 27th") and dates of birth are marked as before. Otherwise as set 213: titles and
kinship words stay outside a name (Mr, Mrs, Ms, Dr, PC, PS, DS, DC, TM, Nan, nana, baba, muu); "SURNAME, First" is one
span; usernames are not marked, chat speaker labels are; organisations holding a town's name stay unmarked ("Wigmore High",
"Wigmore Surgery", "West Mercia Police", "Herefordshire Council"); countries, counties and regions ("Panama", "Guna Yala",
"Herefordshire", "Shropshire", "Wales") are not places; an OCR misreading keeps its kind.

Choices this set had to make: "Panama City" is a place (a city) though "Panama" alone is not; "Ibeler" said as the sun of
the Guna stories is still marked as the boy's name; "nuedi" (a Guna greeting) and "Dulegaya" (the language) are not marked;
"the stonebow" (a mental health unit in Hereford) is an organisation, unmarked; "the cross" standing for Mortimer's Cross is
not marked, the full name is; "Leominster Community Centre" (a venue's proper name) is unmarked; a farm or bungalow name
("Upper Lye Farm", "Lower Lye") is an address; "Belmont" and "Ryelands" (districts of Hereford and Leominster) are places;
"M-Dot", a street name for a man, is marked as a name; a phone a writer gives by mistake (another person's number) is still
a phone; "primo" (Spanish, cousin) is a kinship word.

Self-check without the detector: `python -m bench.redaction_set253` (and tests/test_redaction_set253.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 904 gold spans, 534 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Price / Bevan family (white British), Weobley ----------------------------------------------------------------

HOME_A = d.Address("14 Whitehill Park", "Weobley", "Hereford", "HR4 8QN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Bevan")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["8866231711", "R884806166947"],
       schools=["Weobley Primary School"]),
    _p("s", "sibling", [("Poppy-Mae", "Bevan")], dt.date(2025, 9, 23), addresses=[HOME_A], ids=["2475805331"]),
    _p("m", "mother", [("Kayleigh", "Price")], dt.date(2000, 1, 4), addresses=[HOME_A], phones=["07723 418 592"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """WEOBLEY PRIMARY - SAFEGUARDING LOG (CPOMS export)
Child: [[BEVAN, Tyler|name]]   DOB [[11/06/2019|dob]]   UPN [[R884806166947|upn]]   NHS [[886 623 1711|nhs]]
Parent: [[Kayleigh Price|name]] mob [[07723 418 592|phone]], [[14 Whitehill Park|address]], [[Weobley|place]] [[HR4 8QN|postcode]]

[[02/11/2026|date]]  [[Tyler|name]] in at 9.25, no coat, shoes split. Mrs [[Gittins|name]] found him spare ones.
[[05/11/2026|date]]  [[Ty|name]] said "mummy was crying cos [[Shane|name]] broke the telly". Logged by TA [[Leanne Watkins|name]].
[[9 Nov|date]]  Mum's partner [[Shane Baynham|name]] collected, smelt strongly of drink. Van [[CN21 FRL|vehicle]] parked on the zigzags.
[[12/11/2026|date]]  Baby [[Poppy-Mae|name]] brought to the gate in only a vest, cold morning. Mum said the heating is off.
[[16.11.26|date]]  DSL [[Helen\nPritchard|name]] rang HV [[Joanne Morris|name]]; [[Poppy|name]] has missed two weighs at [[Kington|place]].
[[18th November|date]]  [[Tyler|name]] went home with nan [[Sandra Price|name]], who lives at
[[3 Meadow Street|address]], [[Weobley|place]].
[[23/11/2026|date]]  Referral to Herefordshire Children's Services front door. SW [[Owen Lloyd|name]] allocated [[25/11|date]].
[[26/11/2026|date]]  [[Tyler|name]] told Mr [[Vaughan|name]] his friend [[Jacob Parry|name]] from [[Dilwyn|place]] is not allowed
round any more because [[Shane|name]] shouts.
[[30/11/2026|date]]  Neighbour Mrs [[Beryl Tanner|name]] ([[no. 16|address]]) rang school: shouting last night, a baby screaming.
[[1/12/26|date]]  [[Tyler|name]] off. Mum texted from [[07723 418 592|phone]]: "hes poorly". [[Owen Lloyd|name]] visited at 2pm.
[[3/12/2026|date]]  [[Ty|name]] back, very hungry, ate two dinners. Said he slept at "aunty [[Jade|name]]'s in [[Leominster|place]]".
[[4/12/2026|date]]  Nan [[Sandra|name]] collected [[Tyler|name]] and [[Poppy-Mae|name]]. Said [[Shane|name]] stayed at his mate
[[Dean Rowberry|name]]'s in [[Eardisland|place]]. Mr [[Vaughan|name]] saw [[CN21 FRL|vehicle]] outside the Co-op at 3.30.
[[7/12/2026|date]]  [[Tyler|name]] said "[[Liam|name]] is my real dad, he lives in [[Hereford|place]] by the football". Logged by
Mrs [[Gittins|name]]. Father on the birth certificate: [[Liam Bevan|name]], address unknown, last known [[Belmont|place]].
"""),
    ("mum's facebook messenger chat typed up", """Messenger chat, [[kayleigh price|name]] and her sister [[jade|name]],
shown to SW [[Owen Lloyd|name]]
[[4/12/26|date]]

[[kay|name]]: [[jadey|name]] can u have [[ty|name]] again fri, [[shane|name]] kicking off again
[[jade|name]]: babe i cant im on lates at the factory in [[leominster|place]]. ask mum
[[kay|name]]: mum wont she hates [[shane|name]]. [[beryl|name]] next door rang the school on me
[[jade|name]]: tell [[shaney|name]] to get out then. hes not [[tys|name]] dad is he. wheres [[liam|name]] these days
[[kay|name]]: [[liam|name]] is in [[hereford|place]] with that [[courtney|name]]. hes not paid a penny for [[ty|name]] or [[poppy|name]]
[[jade|name]]: come stay at mine in [[ryelands|place]] for a bit. [[poppy|name]] can have the cot
[[kay|name]]: whats ur address again for the sw. [[27 bridge st|address]]?
[[jade|name]]: [[27 bridge street|address]] [[leominster|place]] [[hr6 8dx|postcode]] lol ur useless
[[kay|name]]: [[shane|name]] took the van to [[kington|place]] so i cant get anywhere till monday [[7th|date]]
[[jade|name]]: [[owen|name]] the sw seems ok. nan likes him
[[kay|name]]: nan likes everyone whos not [[shane|name]] haha
[[jade|name]]: [[courtney|name]] from [[bromyard|place]] messaged me asking about [[liam|name]]. i blocked her
[[kay|name]]: good. [[ty|name]] keeps asking for [[liam|name]]. and [[sandra|name]] keeps saying it to him
[[jade|name]]: mum means well [[kayleigh|name]]. ring [[owen|name]] on [[01432 260 781|phone]] hes on duty
"""),
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT
Baby: [[Poppy-Mae Bevan|name]], DOB [[23/09/2025|dob]], NHS [[247 580 5331|nhs]]. Address [[14 Whitehill Park|address]],
[[Weobley|place]] [[HR4 8QN|postcode]]. HV: [[Joanne Morris|name]] ([[joanne.morris3@nhs.net|email]]). Date: [[8 December|date]].

Present: mum [[Kayleigh|name]], her mum [[Sandra|name]], [[Tyler|name]] (home from school with a cough). Mr [[Baynham|name]] not present,
said to be "working over [[Pembridge|place]]". Dog (Staffie, "Tyson") shut in the kitchen.
[[Poppy-Mae|name]] weighed 7.9kg, dropped from the 50th to the 25th centile since [[4 August|date]]. Bottles made up too strong.
Nappy rash. Cot full of washing; [[Poppy|name]] sleeps on the sofa with mum. Safe sleep advice given again.
[[Kayleigh|name]] says she is "on her own really". Her friend [[Chloe Skyrme|name]] from [[Norton Canon|place]] helps sometimes.
[[Sandra Price|name]] ([[01544 318 462|phone]]) says she will help with nursery fees if [[Shane|name]] goes.
Discussed with SW [[Owen Lloyd|name]] on [[08/12/2026|date]]; GP Dr [[Amrit Sandhu|name]] at [[Kington|place]] to review weight.
Next visit [[15 December|date]] with nursery nurse [[Lowri Jones|name]]. [[Kayleigh|name]] agreed a referral to the
[[Weobley|place]] baby group run by [[Pam Sayce|name]]. [[Tyler|name]] (NHS [[886 623 1711|nhs]]) has an inhaler; check with
school nurse [[Ffion Rees|name]]. Mr [[Shane Baynham|name]], DOB [[14/02/1993|dob]], not known to this service.
"""),
    ("child's own words written with a teaching assistant", """My Three Houses - by [[Tyler|name]] (written with Miss [[Watkins|name]])

House of good things: my nanny [[Sandra|name]]. She makes pancakes. My baby sister [[Poppy|name]]. My friend [[Jacob|name]] from
[[Dilwyn|place]] and [[Alfie G|name]]. Going to aunty [[Jade|name]]'s in [[Leominster|place]] cos she has a trampoline.
House of worries: when [[Shane|name]] shouts at mummy. When [[Poppy|name]] cries and nobody comes. When there is no food. When
mummy says [[Shane|name]] is going to [[Kington|place]] and he dosent come back till late.
House of dreams: live with nanny on [[Meadow Street|address]]. Go to the seaside at [[Barry|place]] with my real dad [[Liam|name]].
Have a PS5 like [[Jacob|name]].
Adult note: [[Tyler|name]] said "[[Shaney|name]]" once and then said "I mean [[Shane|name]]". He was cheerful talking about
nan's house. Shared with [[Owen Lloyd|name]] and DSL [[Helen Pritchard|name]] on [[7/12|date]].
[[Tyler|name]] also said he wants "[[Jacob|name]]'s mum [[Rachel|name]]" to
come to his party and nanny's friend [[Doreen|name]] from the chapel in [[Weobley|place]]. He called his sister "[[Pops|name]]".
"""),
]


# --- B. Navas / Iguaniginape family (Guna, from Guna Yala, Panama), Leintwardine -------------------------------------

HOME_B = d.Address("5 Rosemary Lane", "Leintwardine", "Craven Arms", "SY7 0LP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ibeler", "Navas")], dt.date(2017, 2, 19), addresses=[HOME_B], ids=["3792384523", "W884065704882"],
       schools=["Leintwardine Endowed CE Primary School"]),
    _p("m", "mother", [("Yaritza", "Iguaniginape")], dt.date(1991, 7, 2), addresses=[HOME_B], phones=["07814 260 937"]),
    _p("f", "father", [("Marcos", "Navas")], dt.date(1988, 12, 15), addresses=[HOME_B], phones=["07958 331 204"]),
], "c")

DOCS_B = [
    ("social worker's phone call notes", """PHONE NOTES - SW [[Megan Probert|name]]
[[19/11/2026|date]] 10:15  Call from [[Marcos Navas|name]] ([[07958 331 204|phone]]). He hurt his back at the farm at [[Brampton
Bryan|place]]; no sick pay. Rent arrears at [[5 Rosemary Lane|address]], [[Leintwardine|place]] [[SY7 0LP|postcode]].
Says his son [[Ibeler|name]] ("[[Ibe|name]]") is called names at school, "they say he is from the jungle".
[[19/11/2026|date]] 11:40  Rang school: Mrs [[Corfield|name]] confirmed two boys, [[Harry Beddoes|name]] and [[Finn Lewis|name]], in
year 5. Incident log sent.
[[20/11/2026|date]] 09:05  Call to mum [[Yaritza Iguaniginape|name]] ([[07814 260 937|phone]]), via interpreter [[Rosa Delgado|name]]
(Spanish; mum's first language is Dulegaya, Guna). [[Yaritza|name]] says her mother, [[Olonadili|name]], is ill in [[Ustupu|place]];
she wants to send money. Sister [[Inaiduli Iguaniginape|name]] in [[Panama City|place]] on [[+507 6483 2719|phone]].
[[20/11/2026|date]] 14:30  Foodbank voucher for [[Knighton|place]]; [[Marcos|name]] will collect with neighbour
[[Dave Hamer|name]] ([[no. 7|address]]).
[[24/11/2026|date]] 16:00  [[Marcos|name]] rang back: landlord Mr [[Kinsey|name]] served notice. Number for landlord's agent in
[[Ludlow|place]]: [[01547 540 318|phone]]? No, that is the village hall; [[Marcos|name]] will find it.
[[25/11/2026|date]] 10:20  Housing officer [[Gemma Lello|name]] (Herefordshire Council) rang: will look at a
transfer to [[Kingsland|place]] or [[Leominster|place]]. [[Yaritza|name]] wants to stay in [[Leintwardine|place]] for
[[Ibe|name]]'s school and his friend [[Oscar|name]].
[[26/11/2026|date]] 15:45  [[Oscar|name]]'s mum, [[Claire Blakemore|name]], rang to offer lifts. [[Harry Beddoes|name]]'s dad,
Mr [[Beddoes|name]], rang the head to complain that his son was "blamed". Mrs [[Corfield|name]] will see him [[1 December|date]].
"""),
    ("mother's WhatsApp voice message in Spanish and Guna translated", """Voice message from [[Yaritza|name]] to her sister
[[Inaiduli|name]] ([[+507 6483 2719|phone]]), [[22/11/2026|date]], shared with SW [[Megan Probert|name]] with consent.
Translated by [[Rosa Delgado|name]] on [[25/11/2026|date]]; Guna words kept.

"Nuedi, [[Inai|name]]. Aquí en [[Leintwardine|place]] hace mucho frío. [[Marcos|name]] no puede trabajar, la espalda.
[[Ibe|name]] llora, dice que los niños le dicen cosas feas. Dile a nana que le mando plata el viernes. Y a muu [[Olonadili|name]]
en [[Ustupu|place]] dile que [[Ibeler|name]] la quiere. Primo [[Abisua|name]] en [[Colón|place]] no contesta, su número es
[[+507 6217 9046|phone]]."

Translation: "Hello, [[Inai|name]]. Here in [[Leintwardine|place]] it is very cold. [[Marcos|name]] cannot work, his back.
[[Ibe|name]] cries, he says the children say ugly things to him. Tell mum I will send her money on Friday. And tell granny
[[Olonadili|name]] in [[Ustupu|place]] that [[Ibeler|name]] loves her. Cousin [[Abisua|name]] in [[Colón|place]] doesn't
answer, his number is [[+507 6217 9046|phone]]."
Interpreter's note: "nuedi" is a greeting; "nana" is mother and "muu" grandmother in Dulegaya. The family's home island is
[[Ustupu|place]] in Guna Yala; [[Marcos|name]] is from [[Ailigandi|place]].
Reply from [[Inaiduli|name]], same day, translated: "[[Yari|name]],
don't worry. I'll go to [[Ustupu|place]] on Saturday by boat from [[Cartí|place]]. Send the money to [[Abisua|name]]'s account,
he is in [[Colón|place]]. Kiss [[Ibe|name]]." [[Yaritza|name]]'s number in England is [[07814 260 937|phone]].
"""),
    ("child's own words in English and Guna written with the school's EAL teacher", """About Me - [[Ibeler Navas|name]], Year 5
(with Ms [[Tudge|name]], EAL, [[26 November|date]])

My name is [[Ibeler|name]]. [[Ibeler|name]] is the sun in our stories. My friends say [[Ibe|name]] or [[Beli|name]].
I was born in [[Panama City|place]] but my family is from [[Ustupu|place]], an island. My muu [[Olonadili|name]] lives there
and she makes molas. My baba is [[Marcos|name]] and my nana is [[Yaritza|name]].
In [[Leintwardine|place]] I like the river and my friend [[Oscar Blakemore|name]]. We go to [[Oscar|name]]'s house on
[[Watling Street|address]].
I don't like it when [[Harry|name]] and [[Finn|name]] say I live in a tree. I told Mrs [[Corfield|name]].
I miss my cousin [[Abisua|name]] in [[Colón|place]] and aunty [[Inai|name]].
Adult note: "muu" = grandmother, "baba" = father, "nana" = mother. [[Ibeler|name]] (DOB [[19/02/2017|dob]], UPN
[[W884065704882|upn]]) smiled all through. Passed to SW [[Megan Probert|name]].
[[Ibeler|name]] drew his island and wrote
"an muu" (my granny) and "[[Olonadili|name]]" by a house. He said his other granny, [[Ana Navas|name]], lives in [[Ailigandi|place]].
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[IBELER NAVAS|name]] (NHS [[379 238 4523|nhs]])
Date [[30/11/2026|date]], Teams. Chair: TM [[Richard Bufton|name]]. Present: SW [[Megan Probert|name]], DS [[Kate\nHiggins|name]]
(West Mercia Police), Mrs [[Corfield|name]] (head, [[Leintwardine|place]] school), school nurse [[Ffion Rees|name]].

Reason: on [[28/11/2026|date]] [[Ibeler|name]] came to school with a bruise to his cheek. He said "baba pushed me, he was
angry about the letter". Father [[NAVAS, Marcos|name]] (DOB [[15/12/1988|dob]], NI [[PW 36 18 94 A|ni]]) in pain, drinking,
landlord's notice. Mother [[Yaritza|name]] said [[Marcos|name]] "never hits".
DS [[Higgins|name]]: no police history in England. A 2019 report from [[Panama City|place]]? None known.
Neighbour [[Dave Hamer|name]] says [[Marcos|name]] is "a gentle bloke, just desperate".
Decision: single agency s.17 assessment, not s.47. Joint visit [[1/12|date]] by [[Megan|name]] and an interpreter.
Email school: [[office@leintwardine.hereford.sch.uk|email]]. Next review [[14 December|date]].
Actions: [[Megan Probert|name]] to see [[Ibeler|name]] alone at school on [[2/12/2026|date]]; [[Ffion Rees|name]]
to check the bruise and record it; [[Richard Bufton|name]] to ask the landlord's agent in [[Ludlow|place]] to hold the notice.
[[Marcos|name]] ([[07958 331 204|phone]]) to be offered a GP appointment at [[Knighton|place]] and physio in
[[Hereford|place]]. Mother's sister [[Inaiduli Iguaniginape|name]] ([[Panama City|place]]) and the grandmother in
[[Ustupu|place]] are not to be contacted without [[Yaritza|name]]'s consent.
"""),
]


# --- C. Jenkins family (white British), Wigmore, a girl missing and exploited -----------------------------------------

HOME_C = d.Address("2 Bury Lane", "Wigmore", "Leominster", "HR6 9UJ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Jenkins")], dt.date(2011, 4, 30), addresses=[HOME_C], ids=["9228465565", "A884707383495"],
       phones=["07487 629 105"], schools=["Wigmore High School"]),
    _p("m", "mother", [("Lisa", "Jenkins")], dt.date(1984, 8, 17), addresses=[HOME_C], phones=["07390 815 462"]),
], "c")

DOCS_C = [
    ("police missing person log", """WEST MERCIA POLICE - MISSING PERSON REPORT   Ref 22/88410/26
Missing: [[JENKINS, Ruby|name]] DOB [[30/04/2011|dob]] mob [[07487 629 105|phone]]
Home: [[2 Bury Lane|address]], [[Wigmore|place]], [[HR6 9UJ|postcode]]. Reported by mother [[Lisa Jenkins|name]] ([[07390 815 462|phone]]).
Last seen: Fri [[20/11/2026|date]] 16:10 getting off the school bus at [[Mortimer's Cross|place]], got into a silver Corsa
[[VE70 HTD|vehicle]] driven by a male known as "[[Kez|name]]" ([[Kieran Dodd|name]], 19, of [[Ludlow|place]]).
Risk: high. 3rd missing episode. Friend [[Mia Skinner|name]] says [[Ruby|name]] goes to a flat in [[Hereford|place]] at
[[Flat 6, 31 Eign Street|address]] ([[HR4 0AJ|postcode]]).
PCSO [[Tom Gwilliam|name]] checked [[Wigmore|place]] castle car park and [[Leintwardine|place]] bridge. Nothing.
21:40 [[Ruby|name]] seen by PC [[Amy\nStinton|name]] at [[Hereford|place]] bus station with [[Kez|name]] and another girl,
"[[Tash|name]]" ([[Natasha Clee|name]], 15). Returned home 23:15 by PC [[Stinton|name]].
Vehicle [[VE70 HTD|vehicle]] registered to [[Kieran Dodd|name]]'s mother, [[Dawn Dodd|name]], of [[Bromfield Road|address]],
[[Ludlow|place]]. Intel to the exploitation team, DC [[Joe Bevington|name]].
Previous episodes: [[12/10/2026|date]] (found in [[Ludlow|place]] by PC [[Stinton|name]]) and [[2/11/2026|date]]
(returned herself to gran [[Pauline Jenkins|name]]'s). [[Ruby|name]]'s NHS [[922 846 5565|nhs]], UPN [[A884707383495|upn]].
Addresses to check next time: [[Deeno|name]]'s girlfriend's flat, [[8 Corve Street|address]], [[Ludlow|place]] [[SY8 1DA|postcode]];
[[Mia Skinner|name]]'s, [[The Old Forge|address]], [[Kingsland|place]]; gran's at [[Ford Street|address]], [[Wigmore|place]]
[[HR6 9UW|postcode]]. Next review with DC [[Bevington|name]] [[9/12/2026|date]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Ruby Jenkins|name]]
Interviewer: [[Siân Meredith|name]] (missing children worker). Date [[23/11/2026|date]], at [[Wigmore|place]] library.
[[Ruby|name]] said she "just went to see [[Kez|name]]". She met him through [[Tash|name]] at [[Leominster|place]] skate park.
At the flat there were older boys, one called "[[Deeno|name]]" and one called [[Marcus|name]] from [[Birmingham|place]].
They gave her vodka and a vape. She held a bag for [[Kez|name]] "for a bit". She didn't look in it.
She said mum [[Lisa|name]] and her boyfriend [[Craig|name]] ([[Craig Tolley|name]]) argue all the time and she would rather be
at her dad's, [[Martin Jenkins|name]], in [[Presteigne|place]], but he "doesnt want her".
She has a new phone, not the [[07487 629 105|phone]] one, but would not give the number.
Worker's view: signs of criminal exploitation (county lines from [[Birmingham|place]] into [[Hereford|place]] and
[[Ludlow|place]]). [[Ruby|name]] agreed to see [[Siân|name]] again on [[30th November|date]] in [[Leintwardine|place]].
[[Ruby|name]] named two more girls at the flat, "[[Kacey|name]]" and [[Lauren Pugh|name]] from [[Kington|place]].
She said [[Marcus|name]] drives a black BMW and calls himself "[[M-Dot|name]]". She asked that her nan [[Pauline|name]] not be
told about the vodka. Shared with DC [[Joe Bevington|name]] and SW [[Carys Bowen|name]] on [[24/11/2026|date]].
"""),
    ("snapchat messages typed up by the exploitation team", """Snapchat extract, typed up by DC [[Joe Bevington|name]],
[[25/11/2026|date]]. Usernames not copied.

[[rubes|name]]: [[kez|name]] u comin 2 [[wigmore|place]] or wot
[[kez|name]]: cant tonight babe. [[deeno|name]] wants u at [[eign st|address]] fri
[[rubes|name]]: mum will go mad. [[craig|name]] checks my phone now
[[kez|name]]: tell her ur at [[mias|name]] in [[kingsland|place]]
[[rubes|name]]: [[mia|name]] wont cover no more. [[tash|name]] got caught
[[kez|name]]: [[tash|name]] is a grass. u aint like her [[rubes|name]]
[[rubes|name]]: ok. pick me up at the cross. [[mortimers cross|place]] by the pub
[[kez|name]]: [[marcus|name]] will come in the corsa. dont bring ur mums phone lol
[[rubes|name]]: its my phone not hers
[[kez|name]]: bring the bag back from [[ludlow|place]] aswell. [[deeno|name]] needs it by [[the 27th|date]]
[[rubes|name]]: [[tash|name]] said [[marcus|name]] hit her in [[hereford|place]]
[[kez|name]]: dont chat about that on here. delete it [[ruby|name]]
Officer's note: "[[rubes|name]]" = [[Ruby Jenkins|name]]; "[[kez|name]]" = [[Kieran Dodd|name]]; the cross = [[Mortimer's Cross|place]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[RUBY JENKINS|name]] (DOB [[30.04.2011|dob]])
Held [[4/12/2026|date]] at Leominster Community Centre. Chair: [[Alison Maund|name]], IRO.
Present: mother [[Lisa Jenkins|name]]; SW [[Carys Bowen|name]]; [[Siân Meredith|name]]; DC [[Joe Bevington|name]]; Mr [[Halliday|name]]
(DSL, Wigmore High); school nurse [[Ffion Rees|name]]. Apologies: father [[Martin\nJenkins|name]] ([[Presteigne|place]]).
SW: [[Ruby|name]] missing three times since [[6 October|date]]; seen in [[Hereford|place]], [[Ludlow|place]] and once in
[[Worcester|place]]. Linked to [[Kieran Dodd|name]] and to a flat at [[31 Eign Street|address]].
Mr [[Halliday|name]]: attendance 61%. [[Ruby|name]]'s friend [[Mia|name]] ([[Mia Skinner|name]]) worried and told her tutor.
Mother: "[[Craig|name]] has moved out now". Maternal gran [[Pauline Jenkins|name]], [[Ford Street|address]], [[Wigmore|place]]
([[01568 770 294|phone]]) offers respite.
Decision: child protection plan, category neglect (exploitation noted). Core group [[11/12/2026|date]]. Review in three months.
Police (DC [[Bevington|name]]): [[Kieran Dodd|name]] (DOB [[02/06/2007|dob]]) arrested [[1/12/2026|date]]
in [[Ludlow|place]] with cannabis and cash; [[Natasha Clee|name]] is subject to a plan in
[[Telford|place]]. [[Ruby|name]]'s views, read by [[Siân|name]]: "I want to live with nan [[Pauline|name]] and not have
[[Craig|name]] around. [[Mia|name]] is my only real friend."
"""),
]


# --- D. Morgan family (white British and Welsh), Leintwardine, an autistic boy and a father alone ----------------------

HOME_D = d.Address("9 Kingsley Close", "Leintwardine", "Craven Arms", "SY7 0JR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ethan", "Morgan")], dt.date(2014, 10, 3), addresses=[HOME_D], ids=["3336435641", "H884936356304"],
       schools=["Wigmore High School"]),
    _p("f", "father", [("Gareth", "Morgan")], dt.date(1979, 5, 22), addresses=[HOME_D], phones=["07562 104 883"]),
], "c")

DOCS_D = [
    ("GP letter to children's services", """Wigmore Surgery (branch)
[[3 December 2026|date]]

Dear Ms [[Probert|name]],
Re: [[Ethan MORGAN|name]], DOB [[03/10/2014|dob]], NHS [[333 643 5641|nhs]], [[9 Kingsley Close|address]], [[Leintwardine|place]]
[[SY7 0JR|postcode]]
I saw [[Ethan|name]] with his father [[Gareth|name]] on [[1 December|date]]. [[Ethan|name]] is autistic (diagnosed by Dr
[[Okonjo|name]] at [[Hereford|place]] in 2021) and has not attended school since half term. His father is caring for him
alone since [[Ethan|name]]'s mother, [[Nia Morgan|name]], moved to [[Aberystwyth|place]].
[[Gareth|name]] is exhausted and low; I have started sertraline. He mentioned [[Ethan|name]] hit him and broke his glasses.
I would support a short breaks assessment. His brother-in-law [[Rhys Evans|name]] in [[Knighton|place]] helps on Sundays.
Yours sincerely,
Dr [[Hannah Lewis-Beavan|name]]
GP, [[hannah.lewis-beavan@nhs.net|email]]
cc: Dr [[Okonjo|name]], community paediatrics, [[Hereford|place]]; Mr [[Halliday|name]], Wigmore High.
Copy to [[Gareth Morgan|name]], [[9 Kingsley Close|address]], [[Leintwardine|place]] [[SY7 0JR|postcode]].
"""),
    ("father's email to the social worker", """From: [[gareth.morgan79@btinternet.com|email]]
To: [[megan.probert@herefordshire.gov.uk|email]]
Sent: [[5 Dec 2026|date]] 23:52
Subject: [[ethan|name]]

[[Megan|name]], sorry its late. [[Ethan|name]] wont go to bed till 2 most nights and he's smashed the bathroom door. I'm
not angry with him, he cant help it. His mum [[Nia|name]] rang from [[Aberystwyth|place]] and it set him off. I can't
keep doing nights and the farm shop at [[Bucknell|place]]. [[Rhys|name]] can't have him more, his wife [[Bethan|name]]
just had the baby. Mr [[Halliday|name]] at the high school says [[Ethan|name]] can do mornings with Miss [[Jukes|name]] but
getting him in the car to [[Wigmore|place]] is a fight every day. Can someone come before [[the 12th|date]]?
Phone me on [[07562 104 883|phone]] after 3.
[[Gareth|name]]
PS [[Nia|name]] is with a man called [[Dewi Pryce|name]] now. [[Ethan|name]] met him once at
[[Machynlleth|place]] services and screamed the whole time. [[Nia|name]]'s number is [[07841 556 072|phone]]? No, that's wrong,
I'll send it tomorrow.
"""),
    ("short breaks application form", """SHORT BREAKS APPLICATION - Herefordshire Disabled Children's Team
Child: [[MORGAN, Ethan|name]]   DOB [[3/10/2014|dob]]   UPN [[H884936356304|upn]]
Address: [[9 Kingsley Close|address]], [[Leintwardine|place]], [[SY7 0JR|postcode]]
Parent: [[Gareth Morgan|name]], [[07562 104 883|phone]], NI [[NR 53 07 26 C|ni]]
Other parent: [[Nia Morgan|name]], [[12 Trefor Road|address]], [[Aberystwyth|place]] [[SY23 2LE|postcode]]
Support network: uncle [[Rhys Evans|name]] ([[Knighton|place]]); family friend [[Jan Price|name]] ([[Adforton|place]]);
[[Ethan|name]]'s best friend [[Noah Jukes|name]] (the teacher's son) from [[Burrington|place]].
What does [[Ethan|name]] like? Trains, the Heart of Wales line, [[Craven Arms|place]] station, drawing maps of
[[Leintwardine|place]] and [[Ludlow|place]]. Cat called "Bara" (not to be moved!).
Completed by [[Megan Probert|name]] with [[Gareth|name]] on [[07/12/2026|date]].
Previous support: Portage (2017, worker [[Sue Bengry|name]]); respite at [[Kingsland|place]] with carer
[[Mandy Hince|name]] until [[31 August|date]]. [[Ethan|name]]'s NHS no. [[333 643 5641|nhs]].
Panel date [[16 December|date]]. Panel clerk: [[Rob Gwynne|name]] ([[rob.gwynne@herefordshire.gov.uk|email]]).
Possible overnight carers: [[Angharad Price|name]] in [[Presteigne|place]], or [[Ivy House|address]] in [[Leominster|place]].
"""),
    ("boy's own words typed up by the school nurse", """[[Ethan|name]] - what I want people to know (typed by nurse
[[Ffion Rees|name]] word for word, [[7 December|date]])

I am [[Ethan|name]] not [[Eth|name]]. only dad calls me [[Ethy|name]].
I do not like the bus to [[Wigmore|place]] because it is loud and [[Kyle Bright|name]] kicks the seat.
I like uncle [[Rhys|name]]s house in [[Knighton|place]] because he has a model railway and it goes to [[Llandrindod|place]].
When mum rings I feel like fizzing. She lives in [[aberystwyth|place]] now with [[Dewi|name]].
I broke dads glasses by accident. I said sorry. dad cried. I do not want dad to be sad.
My best person at school is Miss [[Jukes|name]]. [[Noah|name]] is my friend.
Nurse's note: [[Ethan|name]] asked me to write "[[Gareth Morgan|name]] is the best dad in
[[Leintwardine|place]]" at the bottom. He also wants his old teacher Mr [[Bebb|name]] from [[Bucknell|place]] to know he is ok.
"""),
]


# --- E. Hughes family (white British), Weobley, a mother's mental health and a girl of 5 -----------------------------

HOME_E = d.Address("22 Gadbridge Road", "Weobley", "Hereford", "HR4 8SL")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Amelia", "Hughes")], dt.date(2021, 3, 8), addresses=[HOME_E], ids=["5795295590", "W884610520192"],
       schools=["Weobley Primary School"]),
    _p("m", "mother", [("Stacey", "Hughes")], dt.date(1996, 12, 1), addresses=[HOME_E], phones=["07841 556 072"]),
], "c")

DOCS_E = [
    ("OCR'd scanned letter from the mental health team", """HEREF0RDSHIRE ADULT MENTAL HEALTH - CRISIS TEAM
[[l4 N0vember 2O26|date]]

Dear Dr [[5andhu|name]],
Re: [[Stacey HUGHE5|name]], D0B [[0l/l2/l996|dob]], [[22 Gadbridge Rd|address]], [[We0bley|place]] [[HR4 8SL|postcode]]
Tel [[07841 556 072|phone]]
Ms [[Hughes|name]] was seen at home on [[l2/ll/2O26|date]] after her mother, Mrs [[Carol Hughes|name]], rang us from
[[Dilwyn|place]]. 5he had taken an overdose of paracetamol and was treated at the County H0spital, [[Hereford|place]].
Her daughter [[Amelia|name]] (aged 5) was at home and was collected by her grandmother. [[Amelia|name]]'s father,
Mr [[Jordan Cl1fford|name]], lives in [[Credenhill|place]] and has contact at weekends.
Ms [[Hughes|name]] told the nurse, [[Ben Whittall|name]], that she had "no reason to carry on" after her friend [[Kirsty|name]]
died on [[3 0ctober|date]]. A referral to children's services was made the same day (SW [[0wen Lloyd|name]]).
Yours sincerely, Dr [[R. Mahmood|name]], Consultant Psychiatrist
cc: [[0wen Lloyd|name]], Herefordshire Children's Services; Mrs [[Car0l Hughes|name]],
[[6 The Greenway|address]], [[Dilwyn|place]]. Care co-ordinator: [[Ben Whitta1l|name]], tel [[01432 260 781|phone]].
"""),
    ("family support worker's case notes", """FAMILY SUPPORT NOTES - [[Amelia Hughes|name]] (NHS [[579 529 5590|nhs]])
Worker: [[Tasha Bywater|name]]

[[17/11/2026|date]]  First visit to [[22 Gadbridge Road|address]]. [[Stacey|name]] tearful but warm with
[[Amelia|name]] ("[[Millie|name]]").
Nan [[Carol|name]] there, drives over from [[Dilwyn|place]] every morning. Fridge empty; foodbank at [[Weobley|place]] church.
[[20/11/2026|date]]  Took [[Stacey|name]] to the GP in [[Kington|place]]. [[Millie|name]] at nursery with Mrs [[Tranter|name]].
[[24/11/2026|date]]  [[Jordan Clifford|name]] ([[Millie|name]]'s dad) rang angry that [[Stacey|name]] didn't tell him. He wants
[[Amelia|name]] to live with him and his partner [[Leah|name]] at [[4 Wordsworth Road|address]], [[Credenhill|place]].
[[27/11/2026|date]]  [[Stacey|name]] said neighbour [[Gwen Bayliss|name]] at [[no. 20|address]] has been "a star".
[[1/12/2026|date]]  [[Stacey|name]] started at the [[Leominster|place]] wellbeing group. [[Amelia|name]] drew a picture of "mummy,
me, nanny and [[Jordie|name]]" (her name for her dad).
[[5/12/2026|date]]  [[Stacey|name]] rang from [[07841 556 072|phone]], upset: [[Jordan|name]] kept [[Millie|name]] till Sunday.
[[6/12/2026|date]]  Rang [[Jordan|name]] ([[07908 227 351|phone]]) to explain the plan. His partner
[[Leah|name]] answered; said [[Jordan|name]]'s mum [[Sharon|name]] "wants [[Millie|name]] full time". Passed to [[Owen|name]].
[[8/12/2026|date]]  Joint visit with [[Owen Lloyd|name]]. [[Carol Hughes|name]] agreed to stay
at [[22 Gadbridge Road|address]] until [[20 December|date]]; [[Jordan|name]] to have [[Amelia|name]] in [[Credenhill|place]]
on [[13/12|date]] and [[14/12|date]].
"""),
    ("grandmother's WhatsApp messages typed up", """WhatsApp, [[carol hughes|name]] to [[tasha|name]] (family support), typed
up [[6/12/26|date]]

[[carol|name]]: morning [[tasha|name]]. [[stace|name]] had a better night. [[millie|name]] stayed at mine in [[dilwyn|place]]
[[carol|name]]: [[jordans|name]] mum [[sharon|name]] has been on facebook saying [[stacey|name]] is unfit. its not fair
[[tasha|name]]: thanks [[carol|name]]. ill talk to [[owen|name]]. how is [[millie|name]]?
[[carol|name]]: shes fine, shes made a den with my neighbours girl [[ellie-may|name]]. asking for her mummy
[[carol|name]]: can [[stace|name]] come to [[hereford|place]] with me thurs for her appt at the stonebow?
[[tasha|name]]: yes of course. whats your landline in case
[[carol|name]]: [[01544 318 470|phone]]. im at [[6 the greenway|address]] [[dilwyn|place]] [[hr4 8hx|postcode]]
[[tasha|name]]: thanks [[carol|name]]. [[owen lloyd|name]] will ring [[stacey|name]] monday
[[carol|name]]: tell [[owen|name]] [[gwen|name]] next door saw [[jordan|name]]s car outside at midnight sat
"""),
    ("children's services complaint email", """From: [[jordan.clifford94@outlook.com|email]]
Sent: [[7 December 2026|date]]
Subject: COMPLAINT - my daughter [[AMELIA HUGHES|name]]

I am [[Amelia|name]]'s dad and nobody told me for TWO WEEKS that her mum [[Stacey|name]] took an overdose with my
daughter in the house. I found out from [[Stacey|name]]'s neighbour [[Gwen|name]]. The SW [[Owen Lloyd|name]] has not rung
me back once. I live in [[Credenhill|place]] with my partner [[Leah Preece|name]] and we have a spare room. [[Amelia|name]]
(DOB [[08/03/2021|dob]]) should be with me. My mum [[Sharon Clifford|name]] in [[Hereford|place]] can help. My number is
[[07723 418 592|phone]] NO SORRY that is someone elses, mine is [[07908 227 351|phone]].
[[Jordan Clifford|name]]
PS. [[Amelia|name]]'s nursery is in [[Weobley|place]] and I can drive her from [[Credenhill|place]]
every day. Ask [[Leah|name]] or my mum [[Sharon|name]]. I want a meeting with [[Owen Lloyd|name]]'s manager before [[the 18th|date]].
"""),
]


# --- F. Powell family (white British), a farm near Wigmore, domestic abuse ------------------------------------------

HOME_F = d.Address("Upper Lye Farm", "Lingen", "Bucknell", "SY7 0DY")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Powell")], dt.date(2016, 1, 27), addresses=[HOME_F], ids=["6310409816", "L884511769041"],
       schools=["Wigmore Primary School"]),
    _p("s", "sibling", [("Jack", "Powell")], dt.date(2012, 7, 14), addresses=[HOME_F], ids=["5911027852"]),
    _p("m", "mother", [("Sarah", "Powell")], dt.date(1986, 3, 29), addresses=[HOME_F], phones=["07412 903 658"]),
], "c")

DOCS_F = [
    ("police domestic abuse log", """WEST MERCIA POLICE - DOMESTIC ABUSE STORYLINE   Log 0412 of [[29/11/2026|date]]
Location: [[Upper Lye Farm|address]], [[Lingen|place]], near [[Wigmore|place]], [[SY7 0DY|postcode]]
Victim: [[POWELL, Sarah|name]] DOB [[29/03/1986|dob]] tel [[07412 903 658|phone]]
Suspect: [[POWELL, Darren|name]] DOB [[11/09/1983|dob]] NI [[JK 72 41 05 B|ni]]. Vehicle: Hilux [[KX19 WPB|vehicle]]
Children: [[Jack|name]] (14) and [[Alfie|name]] (10).
Call made by [[Jack|name]] at 22:31 from the landline. PC [[Rhian Griffiths|name]] and PC [[Lee\nBaskerville|name]] attended.
[[Sarah|name]] had a cut lip. [[Darren|name]] had left in the Hilux towards [[Presteigne|place]]. A shotgun is held on a
certificate; firearms licensing informed (PS [[Nick Harley|name]]).
[[Jack|name]] said "dad threw mum against the Aga". [[Alfie|name]] was asleep. Nan [[Margaret Powell|name]] lives at the
bungalow, [[Lower Lye|address]], and came over.
[[Darren|name]] arrested 01:10 at his brother [[Stuart Powell|name]]'s in [[Shobdon|place]]. DASH high; MARAC referral.
[[Jack|name]]'s account taken by PC [[Griffiths|name]] in the presence of nan [[Margaret Powell|name]].
[[Alfie|name]] (DOB [[27/01/2016|dob]]) not woken. Hilux [[KX19 WPB|vehicle]] found at [[Mortimer's Cross|place]] at 00:45.
"""),
    ("MARAC referral", """MARAC REFERRAL - HEREFORDSHIRE
Victim: [[Sarah Powell|name]] ([[07412 903 658|phone]], safe to call after 10am). Address [[Upper Lye Farm|address]],
[[Lingen|place]] [[SY7 0DY|postcode]].
Perpetrator: [[Darren Powell|name]], now bailed to [[Stuart Powell|name]], [[2 Mill Cottages|address]], [[Shobdon|place]],
[[HR6 9LX|postcode]]. Conditions: not to go to [[Lingen|place]] or [[Wigmore|place]] school.
Children: [[Jack Powell|name]] (DOB [[14/07/2012|dob]], NHS [[591 102 7852|nhs]]), [[Alfie Powell|name]] (DOB
[[27/01/2016|dob]], NHS [[631 040 9816|nhs]], UPN [[L884511769041|upn]]).
History: [[Sarah|name]] tells IDVA [[Kerry Wainwright|name]] of 15 years of control: money, the car keys, her sister
[[Louise Bright|name]] in [[Kingsland|place]] not allowed to visit. [[Darren|name]]'s mother [[Margaret|name]] "always
takes his side". Referrer: [[Kerry Wainwright|name]], [[kerry.wainwright@westmerciawomensaid.org.uk|email]], [[2/12/2026|date]].
[[Sarah|name]]'s friend [[Helen Morris|name]] in [[Leintwardine|place]] is a safe contact. [[Sarah|name]] has a
second phone kept by [[Helen|name]]. [[Jack|name]] has been offered a place with the young people's worker [[Dan Preece|name]].
MARAC date: [[10/12/2026|date]], [[Hereford|place]]. [[Sarah|name]]'s car: Fiesta [[CU16 MZK|vehicle]]. Sister
[[Louise Bright|name]], [[3 Orchard Way|address]], [[Kingsland|place]] [[HR6 9QL|postcode]].
"""),
    ("school nurse's note of a boy's words", """School nurse drop-in, Wigmore Primary, [[3/12/2026|date]]. Nurse: [[Ffion Rees|name]]
[[Alfie|name]] came with his friend [[Oliver Jones|name]]. He wanted to tell someone "about the night".
"[[Jack|name]] rang the police. I was pretending to sleep. Dad was shouting about money and nanny [[Mags|name]]. Mum's lip
was bleeding on the tea towel. [[Jacko|name]] is a hero but he says he's in trouble with dad now. Dad is at uncle [[Stu|name]]'s
in [[Shobdon|place]]. I don't want to go to uncle [[Stu|name]]'s. I want to stay at the farm with mum and the dogs, Meg and Flint."
[[Alfie|name]] asked if auntie [[Lou|name]] from [[Kingsland|place]] can come to his nativity play on the [[17th|date]].
Shared with DSL Mrs [[Thorne|name]] and SW [[Carys Bowen|name]].
[[Oliver|name]]'s mum, Mrs [[Jones|name]], offered to have [[Alfie|name]] after school.
[[Alfie|name]]'s teacher Mr [[Pugh|name]] to watch for changes.
"""),
    ("teenage boy's texts with a friend typed up", """Texts, [[jack powell|name]] and his friend [[sam|name]], shown by [[jack|name]]
to SW [[Carys Bowen|name]] on [[5/12/26|date]]

[[jack|name]]: dad texted me from [[stus|name]]. says i grassed him up
[[sam|name]]: u did the right thing [[jacko|name]]. my mum says so
[[jack|name]]: nan [[mags|name]] wont speak to me. shes at [[lower lye|address]] on her own
[[sam|name]]: come to ours in [[wigmore|place]] sat. mum will get u from [[lingen|place]]
[[jack|name]]: cant, mum needs me for the ewes. [[alf|name]] is scared of the dark now
[[sam|name]]: my brother [[tom|name]] says [[darren|name]] was in the [[leintwardine|place]] pub wed night
[[jack|name]]: hes not allowed. ill tell [[kerry|name]]
[[sam|name]]: who is [[kerry|name]]
[[jack|name]]: mums helper lady. [[kerry wainwright|name]]. shes sound
[[sam|name]]: ok. see u at the bus [[jacko|name]]
[[sam|name]]: ur mum can ring my mum [[sally|name]] on [[07958 331 204|phone]]
[[jack|name]]: thats not ur mums number its [[ibes|name]] dad lol. hes the one from [[leintwardine|place]] farm
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 253 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:14 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "ps", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "tm",
           "nurse", "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt",
           "nana", "baba", "muu", "primo", "cousin"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "wales", "herefordshire", "shropshire", "panama", "guna yala"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("muu Olonadili", "baba", "nana", "PS Nick Harley") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
