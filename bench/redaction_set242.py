# ruff: noqa: E501 - document lines written by hand, kept as their writer wrapped them
"""Set 242: a held-out hand-written set for the redaction detector, six invented families in Tetbury, Malmesbury and
Sherston (the south Cotswolds of Wiltshire and Gloucestershire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set243.py
to bench/redaction_set245.py and their tests (written by other helpers at the same time), that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set213.py
(its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet),
tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of Records.party in
bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to bench/redaction_set241.py were searched
by script for the towns and for candidate African communities, printing only the numbers of the sets that hit: no docstring
names Tetbury, Malmesbury or Sherston, nor Luhya (or Luyia, Abaluhya, Bukusu, Maragoli, Kakamega, Bungoma, Vihiga, Mumias).
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs (LA 865 Wiltshire, 916 Gloucestershire) made
with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Size: 24 documents, 878 gold spans, 539 of them names (a little under the 900 spans asked for; the names are over the 500).

Six families: a young white British mother in Tetbury (Baldwin / Gale; neglect, a baby's poor weight, a mother's partner
using); a Luhya family from Bungoma and Kakamega, Kenya, on the Filands estate in Malmesbury (Wafula / Nekesa; a belt used on a
boy of 9, a voluntary agreement and family support, Swahili and Lubukusu, a mother's message translated); a white British
mother and two children in Sherston (Parfitt / Tanner; domestic abuse, MARAC, a child protection conference, a nan in
Luckington); a white British boy of 15 on Burton Hill, Malmesbury (Mattock; missing to Swindon, criminal exploitation, a
contextual safeguarding panel); a white British girl of 8 in kinship care with her nan in Tetbury Upton (Pegler; a mother using
heroin in Cirencester and Stroud, a special guardianship assessment); and a White and Black Caribbean father and his autistic
son of 8 in Sherston (Thorne; short breaks, a complaint). The community new to this set: Luhya (western Kenya), which no
earlier docstring searched names (Kenya itself and Swahili are named in earlier sets and are not claimed as new).
24 documents, each with its own style label: a primary school safeguarding log, a mother's WhatsApp chat typed up, a health
visitor's home visit note, a child's own words written with a learning mentor, a police log of a child's injury, a mother's
message in Swahili and Luhya translated, family support worker's notes, a strategy discussion minute, a police domestic abuse
incident log, a MARAC minutes extract, a child's text messages typed up, child protection conference minutes, a return home
interview, a Snapchat extract typed up, contextual safeguarding panel minutes, a mother's phone call note, an OCR'd letter from a
drug and alcohol service (with misreadings: l for 1, O for 0, 0 for O, 1 for l), a nan's letter, a GP's email, kinship
assessment visit notes, a short breaks application form, a father's complaint email, a disability social worker's phone notes
and short breaks panel minutes.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration; some
streets are invented in real towns. Phones are valid (phonenumbers), UK and foreign (Kenya +254); NHS numbers and UPNs pass
their check digits. Services and organisations are unmarked ("Tetbury Family Hub", "Great Western Hospital", "Malmesbury Town
juniors", "Little Acorns", "Turning P0int"); towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, WITH the two changes the brief sets for every new set: a pet's name
is NOT marked (the dog Ted, the cat Smudge, a teddy); and a month with its year ("Christmas 2026" is left as written), a season
or feast with its year, and a year alone ("(2021)", "since 2024") are NOT marked as dates, while a day with its month, with or
without a year ("28th November", "the 24th", "boxing day", "bonfire night") and dates of birth are marked as before. Titles and
kinship words stay outside a name (Mr, Mrs, Dr, PC, DC, Sgt, Cllr, Rev, Nan, Nanna, Granny, Grandad, Uncle, Kukhu, Guka,
Khotsa, Senge); "SURNAME, First" is one span; initials alone are not marked; usernames are not marked; countries and counties
("Kenya", "Wiltshire", "Gloucestershire") are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("stace:", "rubes:", "brandz:"); a collar number stays outside
a name ("PC 4417 Hobbs"); a shop, clinic or surgery named in lower-case words by its town marks the town ("the Tetbury
clinic", "Tetbury surgery", "Chippenham college"), as in set 213; a road named for the village it leads to ("the Sopworth road",
"easton grey rd") marks the village; the short breaks house "Oakfield House" and a service's street ("Querns Lane") are
addresses, as set 213's "Ivy Lodge"; "Wafula mdogo" ("little Wafula") marks only the name; "Nanna San" marks "San"; an OCR
split town ("Cirenc ester") is one place span; "Sherston Magna" (the old parish name) is a place; "bonfire night" without a year
is a date, like "boxing day"; school names are marked as schools where they name the school, and a scanned letterhead of an
organisation is not marked.

Self-check without the detector: `python -m bench.redaction_set242` (and tests/test_redaction_set242.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 878 gold spans, 539 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Baldwin / Gale family (white British), Tetbury -------------------------------------------------------------------

HOME_A = d.Address("17 Northfield Road", "Tetbury Upton", "Tetbury", "GL8 8HX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Baldwin")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["4189995320", "D916206021964"],
       schools=["St Mary's C of E Primary School, Tetbury"]),
    _p("s", "sibling", [("Poppy-Mae", "Gale")], dt.date(2025, 9, 3), addresses=[HOME_A], ids=["6219402499"]),
    _p("m", "mother", [("Stacey", "Baldwin")], dt.date(2002, 1, 24), addresses=[HOME_A], phones=["07723 418 590"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """ST MARY'S TETBURY - SAFEGUARDING LOG (CPOMS export)
Child: [[BALDWIN, Tyler|name]]   DOB [[11/06/2019|dob]]   UPN [[D916206021964|upn]]   NHS [[418 999 5320|nhs]]
Parent: [[Stacey Baldwin|name]] ([[07723 418 590|phone]]), [[17 Northfield Road|address]], [[Tetbury|place]] [[GL8 8HX|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] in at 9.25 with no coat or bag. Told Mrs [[Haddow|name]] he "had crisps for tea".
[[15/09/2026|date]]  Head lice and a sore on his lip. Mum's partner [[Jordan Gale|name]] ("[[Jordz|name]]") collected, no reply to
the letter.
[[22.9.26|date]]  TA [[Becky Lusty|name]] noted [[Tyler|name]]'s shoes split; gave spares from the box. [[Tyler|name]] said baby
[[Poppy|name]] "sleeps in the pram all day".
[[1 Oct|date]]  HV [[Fiona Crewe|name]] phoned: [[Poppy-Mae|name]] not seen for her check, two no-access visits at [[Northfield Road|address]].
[[6th October 2026|date]]  DSL [[Helen\nMarchant|name]] referred to Gloucestershire MASH. SW [[Owen Pritchard|name]] allocated [[9/10|date]].
[[20/10/2026|date]]  [[Tyler|name]] told his friend [[Alfie Munday|name]] that "[[Jordz|name]] shouts at mum". [[Alfie|name]]'s mum,
Mrs [[Karen Munday|name]], rang the office.
[[3/11/26|date]]  [[Tyler|name]] asleep in phonics. Said he was up watching films at his nan's in [[Nailsworth|place]]; nan is
[[Debbie Baldwin|name]], [[4 Spring Hill|address]], [[Nailsworth|place]] [[GL6 0LX|postcode]].
[[12/11/2026|date]]  Mum at the gate with her friend [[Tasha Wilkins|name]] from [[Malmesbury|place]]. [[Tasha|name]] said
[[Stacey|name]] "can't cope on her own".
[[24/11/2026|date]]  No show. Home visit by [[Helen Marchant|name]]: no answer; neighbour Mr [[Des Tugwell|name]] at [[no. 21|address]]
said the family went to [[Cirencester|place]] with [[Jordan|name]] in his van [[YK17 HDV|vehicle]].
[[25/11/2026|date]]  [[Tyler|name]] back, said they slept at [[Jordan|name]]'s brother [[Ryan Gale|name]]'s in [[Stroud|place]].
[[2/12/2026|date]]  Core group at the Tetbury Family Hub. Next on the [[16th|date]].
[[3/12/2026|date]]  [[Tyler|name]] said [[Jordz|name]]'s mate "[[Woody|name]]" ([[Liam Woodward|name]]) slept on the sofa. Told Mrs
[[Haddow|name]] he was scared of [[Woody|name]]'s dog. Passed to [[Owen Pritchard|name]].
[[7/12/2026|date]]  Nan [[Debbie|name]] collected; lives in [[Nailsworth|place]], phone [[07841 622 093|phone]]. Said [[Stacey|name]] was
at the doctor's in [[Tetbury|place]] with [[Poppy|name]].
[[9/12/2026|date]]  [[Alfie Munday|name]]'s mum [[Karen|name]] says [[Tyler|name]] can come to theirs in [[Shipton Moyne|place]] after school.
"""),
    ("mother's whatsapp chat typed up", """whatsapp [[stacey|name]] to her mate [[tasha|name]], shown to SW [[Owen Pritchard|name]] by [[tasha|name]]
on [[27/11/26|date]]

[[stace|name]]: cant do this no more [[jordz|name]] gone off again to his brothers in [[stroud|place]]
[[tash|name]]: babe come to mine in [[malmesbury|place]] bring the kids
[[stace|name]]: no money for the bus. [[ty|name]] been off school 2 days
[[tash|name]]: ill ask my [[dean|name]] to pick u up from [[tetbury|place]] after 6
[[stace|name]]: [[poppys|name]] hv keeps ringing i aint answering
[[tash|name]]: u have to hun or theyll send [[owen|name]] round again lol
[[stace|name]]: [[jordz|name]] said hes back sat [[28th|date]]. his mum [[lorraine|name]] says shes having [[ty|name]] on the sunday
[[tash|name]]: [[lorraine gale|name]] from [[tetbury upton|place]]? shes alright
[[stace|name]]: yeh [[lorraine|name]]. [[ty|name]] loves her dog ted lol
[[tash|name]]: ok. msg me x
[[stace|name]]: [[owen|name]] came. said [[jordz|name]] cant stay if hes using
[[tash|name]]: tell [[jordan|name]] straight. or come to [[malmesbury|place]] for a bit. my [[dean|name]] dont mind
[[stace|name]]: [[debs|name]] said she'll have [[ty|name]] in [[nailsworth|place]] on [[boxing day|date]]
[[tash|name]]: see. ur not on ur own x
[[stace|name]]: [[lorraine|name]] says [[ryan|name]] is moving to [[tetbury|place]] from [[stroud|place]]. great
"""),
    ("health visitor's home visit note", """HV contact - [[Poppy-Mae Gale|name]] (DOB [[03/09/2025|dob]], NHS [[621 940 2499|nhs]])
Visit [[26/11/2026|date]] 10:30 at [[17 Northfield Road|address]], [[Tetbury|place]]. Present: mum [[Stacey|name]], [[Tyler|name]] (7, off
school), mum's friend [[Natasha Wilkins|name]].
Home cluttered; dog mess in kitchen; the dog (Ted) shut in yard. [[Poppy-Mae|name]] weighed 7.9kg, below 9th centile,
last weighed at the [[Tetbury|place]] clinic. Nappy rash. Bottle made up in the morning and left out.
[[Stacey|name]] said [[Jordan|name]] is "at his mum's" ([[Lorraine Gale|name]], [[Tetbury Upton|place]]). Advised on safe
sleep; Moses basket full of washing. [[Stacey|name]] agreed to GP on [[1/12|date]] with Dr [[Okonjo|name]].
Discussed with SW [[Owen\nPritchard|name]] by phone 12:10. HV [[Fiona Crewe|name]], [[Fiona|name]]'s mobile on the file.
Follow-up [[3/12/2026|date]] at [[Northfield Road|address]]: [[Poppy-Mae|name]] 8.1kg. [[Stacey|name]]'s mum
[[Debbie Baldwin|name]] present and helping. [[Jordan Gale|name]] not there. Neighbour [[Des Tugwell|name]] waved from [[no. 21|address]].
Plan: weekly weights at the [[Tetbury|place]] clinic with nursery nurse [[Kim Hatherall|name]]; HV [[Fiona Crewe|name]] to see on [[10/12|date]].
"""),
    ("child's own words written with the learning mentor", """me and my house - [[Tyler|name]] with Miss [[Jade Osmond|name]]

my name is [[tyler|name]] i am 7. i live in [[tetbury|place]] with mum and [[poppy|name]] and [[jordz|name]] sumtimes.
i like my nan [[debbie|name]] in [[nailsworth|place]] she has a trampoleen. my best frend is [[alfie|name]].
[[jordz|name]] shouts when [[poppy|name]] cries. mum cries to. i make my own tea it is cocopops.
i wish mum was happy and we went to [[westonbirt|place]] like my birthday on the [[11th of june|dob]].
[[woody|name]] is [[jordz|name]]s frend he is scary. i like miss [[osmond|name]] and mr [[fenn|name]] in year 3.
at xmas i want to go to nan [[debbie|name]] and [[alfie|name]] can come. my teddy is called bobby.
[[poppy|name]] says ty ty. [[ryan|name]] is [[jordz|name]]s brother he has a xbox in [[stroud|place]].
"""),
]


# --- B. Wafula / Nekesa family (Luhya, from Bungoma and Kakamega, Kenya), Filands, Malmesbury --------------------------------

HOME_B = d.Address("9 Reeds Farm Road", "Filands", "Malmesbury", "SN16 9NS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ethan", "Wafula")], dt.date(2017, 2, 19), addresses=[HOME_B], ids=["6817049113", "Q865291821514"],
       schools=["Malmesbury C of E Primary School"]),
    _p("s", "sibling", [("Faith", "Wafula")], dt.date(2021, 7, 30), addresses=[HOME_B], ids=["7720093569"]),
    _p("m", "mother", [("Mercy", "Nekesa")], dt.date(1989, 4, 5), addresses=[HOME_B], phones=["07841 306 275"]),
    _p("f", "father", [("Geoffrey", "Wafula")], dt.date(1984, 12, 2), addresses=[HOME_B], phones=["07958 214 763"]),
], "c")

DOCS_B = [
    ("police log of a child's injury seen at school", """WILTSHIRE POLICE - CHILD PROTECTION REFERRAL LOG   Ref 54261104392
Subject: [[WAFULA, Ethan|name]] (9), [[19/02/2017|dob]], [[9 Reeds Farm Road|address]], [[Filands|place]], [[Malmesbury|place]]
[[SN16 9NS|postcode]]. Parents: [[Geoffrey Wafula|name]] ([[07958 214 763|phone]]) and [[Mercy Nekesa|name]] ([[07841 306 275|phone]]).

[[04/11/2026|date]] 15:20  School DSL Mr [[Paul Stratton|name]] reported linear bruising to [[Ethan|name]]'s upper arm. [[Ethan|name]] said
"daddy used the belt because I lied about the tablet".
16:45  DC [[Sian Yeo|name]] and SW [[Grace Ellery|name]] joint visit. Father at work (night shift, care home in [[Chippenham|place]]).
Mother spoke English well, asked for her sister [[Lilian Nafula|name]] to be present; [[Lilian|name]] came from [[Swindon|place]].
17:30  [[Mercy|name]] said the grandmother, Kukhu [[Rose Nanjala|name]] in [[Bungoma|place]], "would also smack". Phone to
[[Bungoma|place]]: [[+254 712 438 906|phone]].
[[05/11/2026|date]] 09:10  Father seen at [[Malmesbury|place]] police post with interpreter [[Joseph Barasa|name]] (Swahili). He
accepted using a belt, said in [[Kakamega|place]] it was "normal discipline", said he would stop.
Voluntary agreement. [[Faith|name]] (5) seen, no marks. PC 4417 [[Hobbs|name]] to update the file.
[[06/11/2026|date]] 10:00  DC [[Yeo|name]] spoke to the school nurse [[Carol Lamb|name]]; no earlier marks seen. Neighbour
[[Pauline Ricketts|name]] at [[11 Reeds Farm Road|address]] said she hears "a lot of shouting" at weekends.
[[07/11/2026|date]] 12:00  [[Geoffrey|name]]'s manager [[Sharon Mills|name]] at the [[Chippenham|place]] care home confirmed shifts.
"""),
    ("mother's message in Swahili and Luhya translated", """Translation of a WhatsApp voice message from [[Mercy Nekesa|name]] to her brother
Khotsa [[Dennis Wanjala|name]] in [[Webuye|place]], forwarded by him to SW [[Grace Ellery|name]] with [[Mercy|name]]'s consent. Translated
by [[Joseph Barasa|name]] on [[12/11/2026|date]]. Original mostly Swahili, greeting and some words in Lubukusu.

"Mulembe [[Dennis|name]]. Here in [[Malmesbury|place]] the school called the police because of [[Ethan|name]]'s arm. [[Geoffrey|name]]
is ashamed. The social worker [[Grace|name]] is kind, she came with a policewoman. Please tell Kukhu not to shout on the phone,
she says we should bring the children home to [[Bungoma|place]]. I do not want that. [[Faith|name]] has started at [[St\nJoseph's|school]],
no, sorry, at the primary school near [[Filands|place]]. [[Wekesa|name]] from church, the one from [[Kimilili|place]], says he can help
with the rent until [[Geoffrey|name]] gets more shifts. Call me on my UK number [[07841 306 275|phone]] not the old
[[+254 722 615 384|phone]]. Our mother sends greetings to Senge [[Beatrice|name]] in [[Mumias|place]]."
Translator's note: "Kukhu" is grandmother, "Khotsa" is maternal uncle, "Senge" paternal aunt. [[Mercy|name]] calls
[[Ethan|name]] "[[Wafula|name]] mdogo" (little [[Wafula|name]]); [[Faith|name]] is called "[[Nasimiyu|name]]" at home, after
her grandmother's sister [[Nasimiyu Khaemba|name]] in [[Kimilili|place]].
[[Dennis Wanjala|name]]'s reply (Swahili): "Pole sana [[Mercy|name]]. I will talk to Kukhu [[Nanjala|name]] and to [[Geoffrey|name]]. Greet
[[Ethan|name]] and [[Faith|name]]." Sent from [[+254 722 615 384|phone]].
"""),
    ("family support worker's notes", """Family support - [[Wafula|name]] family - worker [[Rhiannon Baker|name]]
Session 3, [[19/11/2026|date]], at home, [[Reeds Farm Road|address]]. [[Mercy|name]], [[Geoffrey|name]] (after night shift), [[Ethan|name]],
[[Faith|name]].
Talked about praise and time-out. [[Geoffrey|name]] said his own father, Guka [[Simiyu|name]], beat him with a stick in
[[Bungoma|place]] and he "did not want to be like him". [[Ethan|name]] showed me his football medal from Malmesbury Town
juniors (coach [[Gary Pinnell|name]]). [[Faith|name]] wants to go to her friend [[Maisie Cole|name]]'s party on the [[28th|date]].
Next session: [[26 November|date]]. [[Mercy|name]] asked about ESOL at [[Chippenham|place]] college for her cousin
[[Naliaka|name]], visiting from [[Kakamega|place]] until Christmas 2026.
Session 4, [[26/11/2026|date]]: [[Geoffrey|name]] and [[Mercy|name]] used a reward chart. [[Ethan|name]] got 9 stars.
[[Lilian Nafula|name]] visited from [[Swindon|place]] with her husband [[Peter Makokha|name]]. [[Mercy|name]] rang Kukhu on
[[+254 712 438 906|phone]] while I was there and passed me the phone: "Mulembe". [[Rhiannon Baker|name]].
[[Ethan|name]]'s best friend [[Oscar Hurn|name]] lives on [[Filands|place]] too; his mum [[Lisa Hurn|name]] walks them to school.
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[5 November 2026|date]] 11:00 (Teams) - Chair: [[Angela Moody|name]] (Team Manager)
Child: [[Ethan Wafula|name]], DOB [[19.02.2017|dob]], NHS [[681 704 9113|nhs]]. Sibling: [[Faith Wafula|name]], NHS [[7720093569|nhs]].
Present: [[Angela Moody|name]]; [[Grace Ellery|name]] (SW); DC [[Sian Yeo|name]]; [[Paul Stratton|name]] (DSL, [[Malmesbury\nC of E|school]]);
Dr [[Lena Varga|name]] (paediatrician). Apologies: HV [[Tom Askew|name]].
Info: father [[Geoffrey Wafula|name]] (DOB [[02/12/1984|dob]]) admits belt, one time. Mother [[Mercy|name]] protective. Aunt [[Lilian|name]]
in [[Swindon|place]] supportive. No previous referrals in Wiltshire. Kenya: no checks possible.
Decision: s.47 single agency (SW), child protection medical with Dr [[Varga|name]] on [[6/11|date]]; family support ([[Rhiannon|name]]).
Review [[3 December|date]].
Medical on [[6 November|date]] by Dr [[Lena Varga|name]] at Great Western Hospital: bruising consistent with a belt. [[Ethan|name]] also
spoke of his cousin [[Brian Wanjala|name]] in [[Webuye|place]] "getting the stick". Next: [[Grace|name]] to see [[Ethan|name]] alone weekly.
Minutes: [[Jo Tewkesbury|name]]. Circulated [[5/11/2026|date]] to [[Grace Ellery|name]], DC [[Sian Yeo|name]], [[Paul Stratton|name]].
"""),
]


# --- C. Parfitt / Tanner family (white British), Sherston -------------------------------------------------------------------

HOME_C = d.Address("4 Grove Road", "Sherston", "Malmesbury", "SN16 0LR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Parfitt")], dt.date(2015, 10, 8), addresses=[HOME_C], ids=["6255022633", "A865394611998"],
       schools=["Sherston C of E Primary School"]),
    _p("s", "sibling", [("Jack", "Tanner")], dt.date(2022, 4, 17), addresses=[HOME_C]),
    _p("m", "mother", [("Hayley", "Parfitt")], dt.date(1994, 8, 29), addresses=[HOME_C], phones=["07462 901 358"]),
    _p("f", "father", [("Craig", "Tanner")], dt.date(1990, 3, 13), addresses=[HOME_C], phones=["07539 662 147"],
       ids=["JK527138B"]),
], "c")

DOCS_C = [
    ("police domestic abuse incident log", """WILTSHIRE POLICE - DA INCIDENT LOG   Ref 54261021187   Risk: HIGH (DASH 17)
Victim: [[PARFITT, Hayley|name]] DOB [[29/08/1994|dob]]   Suspect: [[TANNER, Craig|name]] DOB [[13/03/1990|dob]] NI [[JK 52 71 38 B|ni]]
Location: [[4 Grove Road|address]], [[Sherston|place]], [[SN16 0LR|postcode]]

[[21/10/2026|date]] 23:48  999 from neighbour [[Maureen Pocock|name]] at [[no 6|address]] reporting screaming.
23:59  PC [[Lewis Dando|name]] and PC [[Amy Fry|name]] on scene. [[Hayley|name]] with a cut lip, said [[Craig|name]] pushed her into the
door frame. Children [[Ruby|name]] (11) and [[Jack|name]] (4) awake on the landing.
00:20  [[Tanner|name]] found in his van [[WP68 XRT|vehicle]] on the [[Sopworth|place]] road, arrested. Previous: harassment of ex
partner [[Kirsty Vowles|name]] in [[Chippenham|place]] (2021).
00:45  [[Hayley|name]] and children to her mum's, [[Sue Parfitt|name]], [[22 Luckington Road|address]], [[Luckington|place]]
[[SN14 6NP|postcode]], phone [[01666 840 562|phone]].
[[22/10/2026|date]] 09:00  Referred MARAC and children's services. [[Craig|name]] bailed, not to enter [[Sherston|place]].
[[23/10/2026|date]] 14:00  DC [[Rob Haines|name]] took [[Hayley|name]]'s statement at [[Luckington|place]]. [[Ruby|name]] said
"[[Craig|name]] said he'd burn the house". Witness: [[Maureen Pocock|name]], [[6 Grove Road|address]]. Her son [[Dale Pocock|name]] saw
the van leave towards [[Easton Grey|place]].
[[24/10/2026|date]] 08:30  [[Tanner|name]] charged (ABH), remanded to [[Swindon|place]] magistrates' court, bailed to [[31 Burnivale|address]], [[Malmesbury|place]].
"""),
    ("MARAC minutes extract", """MARAC - Wiltshire North - [[29 October 2026|date]] - case 6 of 14
Victim: [[Hayley Parfitt|name]] (32), [[Sherston|place]]. Perpetrator: [[Craig Tanner|name]] (36). Children: [[Ruby Parfitt|name]] (11),
[[Jack Tanner|name]] (4, DOB [[17/04/2022|dob]]).
IDVA [[Nisha Kaur|name]] reported: [[Hayley|name]] back home with the children since [[25/10|date]]; [[Craig|name]] messaging her
from his mother's address in [[Malmesbury|place]] ([[Pam Tanner|name]], [[31 Burnivale|address]], [[SN16 0BG|postcode]]). Breach.
School: [[Ruby|name]] anxious, told Mrs [[Gingell|name]] at [[Sherston C of E|school]] she keeps her phone under the pillow.
Actions: target hardening at [[Grove Road|address]] (fire service, [[Phil\nNewman|name]]); DS [[Kate Ogbourne|name]] to
chase the breach; IDVA to [[Hayley|name]] on [[07462 901 358|phone]] on safe days only (Tuesday, Thursday).
Health: HV [[Tom Askew|name]] - [[Jack|name]] up to date. Housing: [[Hayley|name]] on the list for [[Malmesbury|place]] or
[[Chippenham|place]]. Probation: [[Craig|name]] known to [[Lorna Batt|name]] since 2021. [[Pam Tanner|name]] called the IDVA on
[[28/10|date]] to say "[[Hayley|name]] winds him up". Next MARAC [[26 November|date]].
Chair: DI [[Claire Merriman|name]]. Minute taker: [[Jess Bowden|name]]. Agencies: police, IDVA, health, housing, school.
"""),
    ("child's text messages to her friend, typed up", """texts [[ruby|name]] to her friend [[evie|name]] (shown by [[evie|name]]'s mum
[[Claire Hillier|name]] to the school, [[2/11/26|date]])

[[rubes|name]]: [[evie|name]] he came back last nite
[[evie|name]]: who [[craig|name]]??
[[rubes|name]]: ye hes not aloud in [[sherston|place]] but he was in the garden
[[evie|name]]: tell ur nan
[[rubes|name]]: nan [[sue|name]] in [[luckington|place]] is ill. mum says dont tell no1
[[evie|name]]: my mum can help shes nice. come to mine on [[easton grey|place]] rd after
[[rubes|name]]: [[jackjack|name]] was crying cos of the shouting
[[evie|name]]: u ok [[rubes|name]] ❤️
[[rubes|name]]: no. hes coming back on [[bonfire night|date]] he said
[[evie|name]]: my mum says [[ben|name]] the social worker is nice
[[rubes|name]]: ye he came to [[luckington|place]] with [[nisha|name]]
[[evie|name]]: ur coming to mine for my bday on the [[20th|date]]?
[[rubes|name]]: if mum lets me. [[jackjack|name]] wants to come to lol
[[rubes|name]]: nan [[sue|name]] says [[craig|name]]s mum [[pam|name]] rang her. shes horrible
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[18 November 2026|date]], [[Malmesbury|place]]
Chair: [[Jonathan Reece|name]] (IRO). Minutes: [[Lucy Tarrant|name]].
Children: [[Ruby Parfitt|name]] (UPN [[A865394611998|upn]], NHS [[625 502 2633|nhs]]) and [[Jack Tanner|name]].
Present: [[Hayley Parfitt|name]] (mother), [[Sue Parfitt|name]] (maternal grandmother), SW [[Ben Mallory|name]], IDVA [[Nisha Kaur|name]],
[[Sarah Gingell|name]] (teacher), HV [[Tom Askew|name]]. Father [[Craig Tanner|name]] excluded for the first part; joined by phone
from [[07539 662 147|phone]].
[[Ben|name]] reported [[Ruby|name]]'s texts and that [[Craig|name]] was seen in the garden on [[1 November|date]] and on
[[5 November|date]]. [[Hayley|name]] said "[[Craig|name]] is not coming back". Nan [[Sue|name]] offered [[Luckington|place]] as a
safe place. [[Jack|name]]'s nursery (Little Acorns, [[Sherston|place]]) has no concerns.
Decision: both children subject to plans, category emotional abuse. Core group on [[2 December|date]]. Review [[10 February 2027|date]].
Views: [[Ruby|name]]'s words were read by [[Ben Mallory|name]]: "I want [[Craig|name]] to stop and mum to be safe".
[[Jack|name]]'s key worker [[Tara Weeks|name]] said he hides under the table at loud noise. [[Sue Parfitt|name]] ([[01666 840 562|phone]])
can have both children at [[22 Luckington Road|address]].
Core group: [[Ben Mallory|name]] (lead), [[Hayley|name]], [[Sue|name]], [[Nisha Kaur|name]], [[Sarah Gingell|name]], [[Tara Weeks|name]].
"""),
]


# --- D. Mattock family (white British), Burton Hill, Malmesbury -----------------------------------------------------------------

HOME_D = d.Address("12 Burton Hill", "Burton Hill", "Malmesbury", "SN16 0EL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kian", "Mattock")], dt.date(2011, 5, 2), addresses=[HOME_D], ids=["7638741900", "X865336110230"],
       schools=["Malmesbury School"]),
    _p("m", "mother", [("Leanne", "Mattock")], dt.date(1985, 9, 16), addresses=[HOME_D], phones=["07824 559 301", "01666 823 419"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW   Young person: [[MATTOCK, Kian|name]]   DOB [[02/05/2011|dob]]   NHS [[763 874 1900|nhs]]
Missing from [[28/11/2026|date]] 16:00 to [[30/11/2026|date]] 02:10. Found by BTP at [[Swindon|place]] station. RHI by [[Carl Ingram|name]]
(Youth Support) on [[1/12/2026|date]] at [[Malmesbury School|school]].
[[Kian|name]] said he went with "[[Ky|name]]" ([[Kyle Bright|name]], 17, from [[Chippenham|place]]) to [[Penhill|place]] and stayed in a flat
with "some man called [[Tee|name]]". He was given a phone and £40. Said his mate [[Brandon Cox|name]] goes too. He did not want
his mum [[Leanne|name]] told about the phone. He spent a night in [[Gorse Hill|place]] and came back on the train to
[[Chippenham|place]], then a lift to [[Malmesbury|place]] from [[Kyle|name]]'s cousin [[Mikey|name]] in a grey Golf [[KN19 WZP|vehicle]].
Worries: weed, owing money, a knife seen. Safe adult: his aunt [[Gemma Rudman|name]] in [[Corston|place]].
Also named: "[[Tee|name]]"'s girlfriend "[[Shan|name]]" who drove them to [[Gorse Hill|place]]; [[Brandon|name]]'s older brother
[[Reece Cox|name]]. [[Kian|name]] asked that his nan [[Val Mattock|name]] in [[Hullavington|place]] is not told.
[[Carl Ingram|name]] will see [[Kian|name]] weekly at school with his mentor [[Dev Sharma|name]]; next on [[8/12/2026|date]].
"""),
    ("snapchat extract typed up for the strategy meeting", """Snapchat screenshots from [[Kian Mattock|name]]'s phone, shown to SW by his mum
[[Leanne|name]] on [[3/12/26|date]]. Usernames left out.

[[ky|name]]: u coming [[swindon|place]] 2nite or wat
[[kian|name]]: cant mum took my charger lol
[[ky|name]]: [[tee|name]] says u owe 200 now. meet [[brandz|name]] at the [[cowbridge|place]] end 7
[[kian|name]]: i aint got it bro
[[ky|name]]: [[mikey|name]] will get u from [[malmesbury|place]] by the abbey
[[kian|name]]: no my mum's bloke [[gaz|name]] is home
[[ky|name]]: dont be a snake [[kmat|name]]
[[brandz|name]]: k im at [[westport|place]] come now
[[kian|name]]: ok 10 mins
[[ky|name]]: [[shan|name]] will drop u back [[chippenham|place]] 2moro
[[kian|name]]: tell [[tee|name]] i'll have it fri [[12th|date]]
[[brandz|name]]: [[reece|name]] says stay away from [[ky|name]] bro
[[kian|name]]: [[gaz|name]] took my phone. [[leanne|name]] is crying
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL (north) - [[9 December 2026|date]]
Chair: DI [[Mark Haskins|name]]. Young people: [[Kian Mattock|name]] (15), [[Brandon Cox|name]] (15), [[Kyle Bright|name]] (17).
Places: skate park at [[Cowbridge|place]], [[Malmesbury|place]]; bus stop by [[Westport|place]] church; [[Penhill|place]] and
[[Pinehurst|place]], [[Swindon|place]]; the [[Chippenham|place]] station car park.
[[Kyle|name]] linked to [[Tyrone Asante|name]] ("[[Tee|name]]", 24), a line run from [[Swindon|place]]. [[Brandon|name]]'s mother
[[Donna Cox|name]] reports [[Brandon|name]] missing 3 times since half term. [[Kian|name]]'s mum's partner, [[Gary Dyer|name]], was
seen talking to [[Kyle|name]] on [[Abbey Row|address]] on [[4 December|date]].
Actions: NRM for [[Kian|name]] and [[Brandon|name]]; disruption at [[Cowbridge|place]] (Sgt [[Ellis|name]]); school ([[Malmesbury\nSchool|school]]) to
keep [[Kian|name]] on site at lunch.
[[Kyle Bright|name]]'s address: [[Flat 6, 40 Station Hill|address]], [[Chippenham|place]] [[SN15 1EJ|postcode]]. His mother
[[Tracy Bright|name]] says he is "never home". [[Reece Cox|name]] (19) seen in [[Malmesbury|place]] on [[30 November|date]].
Minutes: [[Faye Lovell|name]]. Next panel [[13 January 2027|date]].
"""),
    ("mother's phone call note", """Phone call from [[Leanne Mattock|name]] ([[07824 559 301|phone]], landline [[01666 823 419|phone]]) - [[6/12/2026|date]]
22:15 - EDT SW [[Hannah Bray|name]]
[[Leanne|name]] said [[Kian|name]] not home, phone off. Last seen by his friend [[Josh Tily|name]] near [[Burton Hill|place]] at 19:30.
She thinks he's with "[[Ky|name]]" again. She wants [[Gary|name]] out as "he's no help". She gave [[Kian|name]]'s description: grey
North Face, black trackies. Her sister [[Gemma|name]] drove round [[Corston|place]] and [[Lea|place]]. Advised to call 101 and report
missing; police ref given later. [[Leanne|name]] rang back 23:40: [[Kian|name]] walked in, smelled of weed, said he was at
[[Brandon|name]]'s in [[Westport|place]]. Passed to [[Carl Ingram|name]] for RHI.
[[Leanne|name]] added that [[Kian|name]]'s dad, [[Darren Mattock|name]], lives in [[Calne|place]] and has not seen him since
2023. Her mum [[Val|name]] in [[Hullavington|place]] is "too old for this". [[Hannah Bray|name]].
Call back from PC [[Jamie Rudd|name]] 23:55, log closed. [[Josh Tily|name]]'s mum [[Nicola|name]] also rang [[Leanne|name]].
"""),
]


# --- E. Pegler family (white British), kinship care with a nan in Tetbury ----------------------------------------------------

HOME_E = d.Address("6 Magdalen Road", "Tetbury Upton", "Tetbury", "GL8 8PA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Isla-Rose", "Pegler")], dt.date(2018, 1, 27), addresses=[HOME_E], ids=["5896100590", "E916220520706"],
       schools=["St Mary's C of E Primary School, Tetbury"]),
    _p("g", "grandmother", [("Sandra", "Pegler")], dt.date(1965, 11, 4), addresses=[HOME_E], phones=["01666 840 562"]),
    _p("m", "mother", [("Jodie", "Pegler")], dt.date(1997, 6, 21), phones=["07395 118 642"]),
], "c")

DOCS_E = [
    ("OCR'd letter from the drug and alcohol service, with misreadings", """Turning P0int - Gl0ucestershire Recovery Service
[[Cirencester|place]] hub, [[Querns Lane|address]]

[[2l November 2O26|date]]

Dear Mr [[Pritchard|name]],
Re: Ms [[J0die PEGLER|name]], DOB [[2l/O6/l997|dob]], of no fixed abode (last [[Flat 3, 8 Ch1lkwell Close|address]],
[[Cirencester|place]] [[GL7 lQS|postcode]])

Ms [[Peg1er|name]] attended on [[l4/ll/2O26|date]] and [[l9.ll.26|date]]. She reported using heroin and crack with her partner
[[Shane Ma1pass|name]] in [[Str0ud|place]] and [[Cirenc ester|place]]. Her methadone script is with B0ots ... Boots,
[[Cirencester|place]]. She said her daughter [[Is1a|name]] lives with her mother, Mrs [[Sandra Pegler|name]] at
[[Tetbury\nUpt0n|place]], and she would like contact "at Nan's, not at the contact centre".
Key worker: [[Dan 0'Keefe|name]], [[01285 614 200|phone]].
Yours sincerely, [[D. 0'Keefe|name]]
cc: [[Sandra Peg1er|name]]; GP, [[Tetbury|place]]; [[Owen Pr1tchard|name]], SW
Enc: [[0'Keefe|name]]'s care plan for [[J. Peg1er|name]] ([[Jodie|name]]), next review [[O8/l2/2O26|date]]
"""),
    ("nan's letter to the social worker", """[[6 Magdalen Road|address]]
[[Tetbury|place]]
[[GL8 8PA|postcode]]
[[28th November|date]]

Dear [[Owen|name]],
I am writing as you said to put it in writing. I have had [[Isla-Rose|name]] since the [[4th of August|date]] when [[Jodie|name]] left
her with me and went off to [[Cirencester|place]] with that [[Shane|name]]. [[Isla|name]] is doing well at [[St Mary's|school]], Mrs
[[Haddow|name]] says her reading is up. My husband [[Keith|name]] passed in 2019 so it is just me and my son [[Lee Pegler|name]] who
helps on Saturdays from [[Malmesbury|place]]. My sister [[Janet Cox|name]] in [[Sherston|place]] has her after school on
Wednesdays.
I want to apply for the special guardianship. [[Jodie|name]] rang from a number I don't know ([[07395 118 642|phone]]) on the
[[24th|date]] asking for money. I said no. [[Isla|name]] cried after.
My landline is [[01666 840 562|phone]]. Yours sincerely, [[Sandra Pegler|name]] (Nan)
P.S. [[Jodie|name]]'s friend [[Kayleigh Nash|name]] from [[Cirencester|place]] says [[Shane|name]] has been in prison in
[[Gloucester|place]]. [[Isla|name]] wants to see [[Kayleigh|name]]'s girl [[Mia|name]] at Christmas 2026.
P.P.S. [[Lee|name]]'s number is [[07462 338 105|phone]]. My friend [[Margaret Bayliss|name]] will vouch for me.
"""),
    ("GP's email to the social worker", """From: Dr [[Priya Anand|name]] <[[priya.anand3@nhs.net|email]]>
To: [[owen.pritchard@glos-children.org.uk|email]]
Date: [[1 December 2026|date]]
Subject: [[Isla-Rose Pegler|name]] DOB [[27/01/2018|dob]] NHS [[589 610 0590|nhs]]

Hi [[Owen|name]],
I saw [[Isla-Rose|name]] with her grandmother Mrs [[Pegler|name]] on [[30/11|date]]. Recurrent tummy pain, no red flags; sleep poor
since her mum left. Weight fine. Growth on the 50th. Immunisations up to date except the preschool booster, booked with nurse
[[Wendy|name]] on [[8 December|date]]. I'd support a referral to CAMHS (the [[Stroud|place]] team) if school agree.
Mrs [[Pegler|name]] mentioned her own knee replacement in the spring; she asked if [[Janet|name]] or [[Lee|name]] could take
[[Isla|name]] then. Her mother [[Jodie Pegler|name]] is registered with us but not seen since 2024.
Best, [[Priya|name]] - [[Tetbury|place]] surgery
PS: Mrs [[Pegler|name]]'s son [[Lee|name]] rang on [[2/12|date]] from [[07462 338 105|phone]] to ask for a letter for the court.
cc: HV [[Fiona Crewe|name]]; school nurse [[Carol Lamb|name]].
"""),
    ("kinship assessment visit notes", """KINSHIP (SGO) ASSESSMENT - visit 2 - [[Sandra Pegler|name]] - [[3 December 2026|date]] - assessor [[Ruth Aldridge|name]]
Present: [[Sandra|name]], [[Isla-Rose|name]] (after school), [[Lee Pegler|name]] (son, 34, [[Malmesbury|place]]).
[[Sandra|name]] (DOB [[04/11/1965|dob]]) born in [[Nailsworth|place]], worked at the [[Tetbury|place]] co-op 22 years. Health: knee,
blood pressure. Supports: sister [[Janet Cox|name]] ([[Sherston|place]]), neighbour [[Bev Holder|name]] at [[no 8|address]], friend
[[Margaret|name]] from the WI. Contact with [[Jodie|name]]: supervised, monthly, at the family centre in [[Cirencester|place]].
[[Sandra|name]] said [[Isla|name]]'s dad is "[[Aaron|name]] something" from [[Dursley|place]], never involved; [[Jodie|name]] once
named him [[Aaron\nLegg|name]]. [[Isla|name]] showed me her room and her cat (Smudge). She calls [[Sandra|name]] "Nanna [[San|name]]".
Next visit: [[10 December|date]] with [[Lee|name]] and [[Janet Cox|name]]. Referees: [[Bev Holder|name]] and Rev [[Anne Tuck|name]]
of St Mary's church, [[Tetbury|place]]. [[Ruth Aldridge|name]].
[[Isla-Rose|name]] (DOB [[27.01.2018|dob]]) said: "I like living with Nanna [[San|name]] and Uncle [[Lee|name]] in [[Tetbury|place]]".
"""),
]


# --- F. Thorne family (White and Black Caribbean), Sherston -----------------------------------------------------------------

HOME_F = d.Address("3 Noble Street", "Sherston", "Malmesbury", "SN16 0LW")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Leo", "Thorne")], dt.date(2018, 8, 14), addresses=[HOME_F], ids=["6071550327", "J865280616695"],
       schools=["Sherston C of E Primary School"]),
    _p("f", "father", [("Marcus", "Thorne")], dt.date(1986, 2, 22), addresses=[HOME_F], phones=["01249 456 210"]),
], "c")

DOCS_F = [
    ("short breaks application form", """SHORT BREAKS APPLICATION - Wiltshire Children's Disability Service
Child: [[Leo Thorne|name]]   DOB [[14/08/2018|dob]]   NHS [[607 155 0327|nhs]]   UPN [[J865280616695|upn]]
Address: [[3 Noble Street|address]], [[Sherston|place]], [[Malmesbury|place]] [[SN16 0LW|postcode]]
Parent: [[Marcus Thorne|name]], work [[01249 456 210|phone]], email [[marcus.thorne86@outlook.com|email]]
Diagnosis: autism (ASC), sleep disorder. Diagnosed by Dr [[Imogen Hale|name]] at Great Western Hospital, [[12/03/2024|date]].
Family: [[Leo|name]] lives with dad. Mum [[Kerry-Ann Thorne|name]] lives in [[Bristol|place]] ([[Southmead|place]]), sees him alternate
Sundays. Paternal grandparents Grandad [[Lloyd Thorne|name]] and Granny [[Pearl|name]] in [[Chippenham|place]] help on Fridays.
What [[Leo|name]] likes: trains, the swings at [[Sherston|place]] rec, [[Luckington|place]] farm, his key worker at school,
Mrs [[Rhodes|name]].
Other carers: [[Pearl Thorne|name]] ([[01249 650 913|phone]]); neighbour [[Gill Bessant|name]], [[5 Noble Street|address]].
School: [[Sherston C of E|school]], class teacher Mrs [[Rhodes|name]], SENCo [[Amanda Kirby|name]].
Signed: [[M. Thorne|name]]   Date: [[2/9/2026|date]]   Checked by: [[Nadia Fenton|name]]
"""),
    ("father's complaint email", """From: [[Marcus Thorne|name]] <[[marcus.thorne86@outlook.com|email]]>
To: Complaints team
Date: [[4 December 2026|date]] 06:12
Subject: complaint - short breaks for my son [[THORNE, Leo|name]]

I am making a formal complaint. I applied on [[2 September|date]] and nobody has rung me. Your worker [[Nadia Fenton|name]] said in
October a decision "within 4 weeks". I work in [[Chippenham|place]] and can't keep leaving early. [[Leo|name]] slept 3 hours last
night. My mum [[Pearl Thorne|name]] is 71 and can't lift him. My ex [[Kerry-Ann|name]] has moved to [[Bath|place]] and only has him
every other week. The head at [[Sherston C of E|school]], Mr [[Dominic Pryce|name]], will back me up, and so will our
neighbour [[Gill Bessant|name]] who sees me at the door at 2am.
I want a named person and a date. [[Marcus Thorne|name]], [[3 Noble St|address]], [[Sherston|place]].
PS my son's name is [[Leo|name]] not "[[Leon|name]]" as your letter of [[3 November|date]] says, and we live in [[Sherston|place]],
not [[Sherston
Magna|place]] as it says on your system.
cc: [[Dominic Pryce|name]]; Cllr [[Helen Gosling|name]] ([[Malmesbury|place]] ward)
"""),
    ("phone notes by the disability social worker", """phone notes - [[Leo T|name]] - [[Nadia F|name]] - [[7/12|date]]
- rang [[Marcus|name]] back re complaint 09:40. apologised. panel date [[17th|date]].
- school (Mr [[Pryce|name]]) - [[Leo|name]] ok most days, meltdowns at home time. TA [[Chloe Nash|name]] 1:1 mornings.
- rang Granny [[Pearl|name]] ([[Chippenham|place]], [[01249 650 913|phone]]): happy to do 1 night a month if a ramp is sorted.
- [[Kerry-Ann|name]] ([[Bath|place]]) not answering. left vm.
- OT [[Sam Whiteley|name]]: bed assessment booked for [[15 Dec|date]] at [[Noble Street|address]].
- [[marcus|name]] asked about the sleep clinic in [[Bristol|place]]; dr [[hale|name]]'s letter on file.
- [[gill bessant|name]] (neighbour) rang 15:10: [[leo|name]] out in the road at 6am on the [[5th|date]], [[marcus|name]] found him.
- [[amanda kirby|name]] senco: EHCP review [[9 jan|date]]. [[chloe|name]] to attend.
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[17/12/2026|date]]
Chair: [[Robert Quinn|name]]. Case 4: [[Leo Thorne|name]] (8), [[Sherston|place]]. Presented by [[Nadia Fenton|name]].
Father [[Marcus|name]] sole carer since 2023; grandparents [[Lloyd|name]] and [[Pearl Thorne|name]] in [[Chippenham|place]] help
weekly. Mother [[Kerry-Ann Thorne|name]] in [[Bath|place]]. Sleep 3-4 hours a night. Complaint received [[4/12|date]].
Options: overnight at [[Oakfield House|address]] (short breaks unit, [[Calne|place]]) 2 nights a month; direct payments for a PA; a
weekend club at [[Malmesbury|place]] leisure centre run by [[Josie Mabbett|name]].
Decision: 24 nights a year at [[Oakfield House|address]] and 4 hrs a week direct payments. [[Nadia|name]] to tell [[Marcus|name]] by
[[20 December|date]].
Also noted: the SENCo [[Amanda Kirby|name]] supports; Dr [[Imogen Hale|name]]'s letter of [[2 December|date]] read. [[Robert Quinn|name]].
Minutes by [[Ella Greig|name]]. Present: [[Robert Quinn|name]], [[Nadia Fenton|name]], [[Sam Whiteley|name]] (OT).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 242 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 01:53 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "cllr", "sw", "hv", "nurse", "our",
           "nan", "nanny", "nanna", "gran", "granny", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt",
           "kukhu", "guka", "khotsa", "senge", "mama", "baba"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "wiltshire", "gloucestershire", "kenya", "cotswolds", "the cotswolds"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Kukhu Rose Nanjala", "Guka Simiyu", "Khotsa") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
