"""Set 211: a held-out hand-written set for the redaction detector, six invented families in the southern Peak District
(Hartington, Wirksworth's neighbour villages and the villages round Ashbourne), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set210.py, bench/redaction_set212.py, bench/redaction_set213.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set181.py (its docstring, its first 140 lines: the first family's record, first
document and the second's opening; and its last 60 lines: the last documents, _TITLES, _AFTER, _NOT_PLACES and the HandSet lines) and
tests/test_redaction_set181.py in full; bench/redaction_set21.py and tests/test_redaction_set21.py were NOT read (there was no
time: the conventions followed are those restated in set 181's docstring and the brief). The docstrings of
bench/redaction_set7.py to bench/redaction_set209.py were searched by a script (ast.get_docstring, printing only which sets
mention a word) for the towns, villages and communities this set uses: Ashbourne (set 174) and Wirksworth (set 204) appear, so
neither is a family's home here (a nan lives in Ashbourne; the family she helps lives in Parwich); Hartington, Cromford, Brassington,
Kirk Ireton, Carsington, Parwich and Lepcha appear in none.
bench/redaction_handwritten.py was not opened (its Records and HandSet are used as set 181 uses them). NHS numbers and UPNs
(LA 830, Derbyshire) were made with python-stdnum and pass their check digits; phones were checked with phonenumbers.

Time: the set was written between 21:58 and 22:02 UTC, in three passes (two documents a family, then two more, then
additions to every document), so its documents are shorter than set 181's; all 24 asked for are here.

Six families, each in a village the earlier docstrings did not show as a family's home: a white British mother and her
partner in Hartington (Slack / Gratton; neglect of a toddler and a boy of 8, drink); a Lepcha family (an indigenous people of
Sikkim and Darjeeling, north-east India, who speak Lepcha and Nepali) in Cromford (Lepcha / Namchu; a father's heavy drinking
after leaving the army, domestic abuse, a grandmother in Kalimpong); a white British girl of 15 in Brassington (Wibberley;
missing to Derby, county lines); a young carer of 12 in Kirk Ireton (Bunting; a father with severe depression); a disabled girl
of 7 in Carsington (Hadfield / Okafor; short breaks, a tired mother); a boy of 14 in Parwich (Twigg; a parent's heroin use, a
nan in Ashbourne). 24 documents, each with a style label of its own: a school DSL chronology, a nan's texts typed up, an initial conference
decisions sheet, a health visitor's note, a police DASH note, a family chat in Nepali and English translated, a MARAC
referral, a child's diary with Rong (Lepcha) words explained, a missing-person return interview, a Snapchat extract typed up,
contextual safeguarding panel minutes, a mother's letter, a young carers' assessment, the child's own writing scanned by OCR
(with its misreadings), an adult mental health team email, a young carers' group register, a short breaks application, an
OT's email, short breaks panel minutes, a mother's voice notes transcribed, a GP's referral letter, a social worker's phone
notes, a nan's texts to the school and a drug and alcohol service's home visit note.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are UK and Indian (valid by phonenumbers). The council ("Derbyshire Dales" children's services is written as an organisation),
surgeries,
the young carers' service and the charities are unmarked organisations; towns, villages and estates are real and marked.

Markup: set 21's conventions as set 181 restates them. Titles and kinship words stay outside names (Mr, Mrs, Ms, Dr, PC, DC,
Nan, Nanna, Uncle, and the Lepcha/Nepali Abo (father), Amo (mother), Ajyo (grandmother), Daju (elder brother)); a chat contact
saved as a kinship word is not a name; initials alone are not marked; usernames are not marked; Sikkim, Darjeeling district,
West Bengal, Derbyshire, India and Nepal are not places (regions, counties, countries); Kalimpong and Gangtok (towns) are.

Choices this set had to make: the people's name Lepcha is also the family's surname, so the community word was written as
Rong / Rongring in the documents (the surname is marked, and a family name in a chat title, "Lepcha Parivar", is a name); a
pub named by a person ("the Charles Cotton", Hartington's hotel, where a man drinks) is marked as an address, a place one is
at; "Derbyshire Dales" in a service's heading is an organisation's area and is unmarked; a one-word nickname of a person
("K-Man", "Big T", "Jaz") is a name while a username ("kman_dby", "macyy.w") is not; "Aunty J0" and "Kirk lreton", "BeIper",
"ldridgehay", "Wirkswortn", "l7 Nov" (OCR) keep their kinds; the dog "Bhote" is not a name.

Self-check without the detector: `python -m bench.redaction_set211` (and tests/test_redaction_set211.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 906 gold spans, 513 of them names (address 25, postcode 11, place 141, school 14, phone 29, email 5,
dob 18, date 129, nhs 7, upn 2, ni 3, vehicle 9)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Slack / Gratton family (white British), Hartington ---------------------------------------------------------------

HOME_A = d.Address("3 Dig Street", "Hartington", "Buxton", "SK17 0AQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Slack")], dt.date(2018, 3, 14), addresses=[HOME_A], ids=["9266992526", "D830784515400"],
       schools=["Hartington CE Primary School"]),
    _p("s", "sibling", [("Poppy", "Slack")], dt.date(2024, 8, 5), addresses=[HOME_A], ids=["8358372930"]),
    _p("m", "mother", [("Leanne", "Slack")], dt.date(1996, 11, 2), addresses=[HOME_A], phones=["07782 314 906"]),
    _p("f", "partner", [("Dean", "Gratton")], dt.date(1991, 5, 19), addresses=[HOME_A], phones=["07915 442 318"]),
], "c")

DOCS_A = [
    ("primary school safeguarding chronology", """HARTINGTON C of E PRIMARY - SAFEGUARDING LOG
Pupil: [[SLACK, Kaiden|name]]  DOB [[14/03/2018|dob]]  UPN [[D830784515400|upn]]  NHS [[926 699 2526|nhs]]
Mum: [[Leanne Slack|name]] [[07782 314 906|phone]]. Mum's partner: [[Dean Gratton|name]] [[07915 442 318|phone]]
Home: [[3 Dig Street|address]], [[Hartington|place]], [[SK17 0AQ|postcode]]

[[09/09/2026|date]] [[Kaiden|name]] hungry, ate two breakfasts at club. Mrs [[Heathcote|name]] (class teacher) informed.
[[16.9.26|date]] Mum not at pick up. [[Kaiden|name]] walked home alone across the square; seen by Mr [[Alan Mellor|name]]
(parent governor) who walked him to the door. [[Dean|name]] answered "worse for wear".
[[23/09/2026|date]] [[Kaiden|name]] said baby [[Poppy|name]] "cries all night and [[Dean|name]] shouts". DSL [[Ruth
Fearn|name]] rang mum - no reply.
[[1 Oct|date]] Referral to Starting Point. SW [[Gemma Brocklehurst|name]] allocated on the [[5th|date]].
[[14th October 2026|date]] Nan [[Christine Slack|name]] from [[Longnor|place]] rang: she has [[Kaiden|name]] weekends now.
[[2/11/26|date]] Absent. Neighbour Mrs [[Joan Belfield|name]] ([[no. 5|address]]) said car (silver Astra [[YD17 KPX|vehicle]])
gone since Friday [[30th|date]], family "gone to [[Buxton|place]] to [[Dean|name]]'s brother [[Lee|name]]".
[[4/11/2026|date]] Back. [[Kaiden|name]] said he slept on a sofa in [[Fairfield|place]] with [[Poppy|name]] and "Uncle [[Lee|name]]".
[[11/11/2026|date]] Strategy. PC [[Wragg|name]], HV [[Sam Beresford|name]], [[Gemma|name]]. S47 agreed.
[[18/11/2026|date]] [[Kaiden|name]] told TA [[Megan Hollinshead|name]] that [[Dean|name]] "kicked the dog". Logged by
[[M. Hollinshead|name]].
[[20.11.26|date]] Nan [[Christine|name]] collected; said [[Leanne|name]] in bed all day, [[Dean|name]] at the [[Charles Cotton|address]].
[[25/11/2026|date]] [[Kaiden|name]]'s friend [[Alfie Critchlow|name]] from [[Biggin|place]] asked if [[Kaiden|name]] can go to his
for tea; mum [[Sarah Critchlow|name]] ([[07458 902 317|phone]]) happy to help on Wednesdays.
[[30/11/2026|date]] Mr [[Mellor|name]] saw [[Dean|name]] drive the Astra ([[YD17 KPX|vehicle]]) through [[Hartington|place]] at 8.40.
[[2/12/2026|date]] Core group. [[Gemma Brocklehurst|name]], [[Ruth Fearn|name]], [[Sam Beresford|name]], nan [[Christine|name]];
[[Leanne|name]]
came with [[Stacey Hambleton|name]]. [[Kaiden|name]] chose Mrs [[Heathcote|name]] and Mr [[Mellor|name]] as his trusted adults.
[[4/12/2026|date]] [[Kaiden|name]] and [[Alfie|name]] in the nativity. Nan [[Christine|name]] and aunt [[Kirsty|name]] came from
[[Longnor|place]].
"""),
    ("nan's texts typed up by the social worker", """Texts from [[Christine Slack|name]] (nan, [[Longnor|place]]) to SW [[Gemma B|name]]
copied [[20/11/26|date]]

[[18 Nov|date]] 19:02 hiya its [[chris|name]] [[kaidens|name]] nan. [[leanne|name]] not answerin again
[[18 Nov|date]] 19:04 [[dean|name]] bin in the [[charles cotton|address]] since dinner, shes in bed
[[18 Nov|date]] 19:30 ive got [[kaiden|name]], [[poppy|name]] still at [[hartington|place]]. can u send someone
[[19 Nov|date]] 07:45 [[poppy|name]] ok, [[leanne|name]]s mate [[stacey|name]] from [[hulme end|place]] went round
[[19 Nov|date]] 07:46 my number is [[01298 84 3107|phone]] at home if mob dies
[[19 Nov|date]] 12:10 [[dean|name]] says hes movin to [[leek|place]] w his mum [[brenda gratton|name]]. good riddance
[[20 Nov|date]] 08:00 thanks for ringin me [[gemma|name]]. [[kaiden|name]] says tell miss [[heathcote|name]] he done his reading
[[21 Nov|date]] 09:15 [[leanne|name]] rang me at last. says shes sorry. shes goin to see [[mick|name]] at [[ashbourne|place]]
[[21 Nov|date]] 09:16 [[stacey|name]] says she'll have [[poppy|name]] tues and thurs
[[22 Nov|date]] 18:40 [[kaiden|name]] wants to stay at [[longnor|place]] for xmas. [[dean|name]]s mum [[brenda|name]] rang me from
[[leek|place]], not nice
[[23 Nov|date]] 10:02 took [[kaiden|name]] to [[buxton|place]] for shoes. size 13 now bless him
[[24 Nov|date]] 16:30 [[gemma|name]] can [[kaiden|name]] see his real dad [[jason|name]]? hes in [[sheffield|place]] now,
[[jason hulme|name]]
[[24 Nov|date]] 16:31 my neighbour [[pam|name]] says she seen [[dean|name]] at [[hartington|place]] duck pond last nite
[[25 Nov|date]] 07:00 [[kirsty|name]] will have [[poppy|name]] in [[bakewell|place]] if needed
"""),
]


# --- B. Lepcha / Namchu family (Lepcha, from Kalimpong), Cromford -------------------------------------------------------

HOME_B = d.Address("11 North Street", "Cromford", "Matlock", "DE4 3RG")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Karma", "Lepcha")], dt.date(2013, 2, 21), addresses=[HOME_B], ids=["2789165319", "B830109597252"],
       schools=["Highfields School"]),
    _p("s", "sibling", [("Pemzang", "Lepcha")], dt.date(2017, 7, 9), addresses=[HOME_B], ids=["3676142047"]),
    _p("m", "mother", [("Dawa", "Namchu")], dt.date(1988, 4, 12), addresses=[HOME_B], phones=["07459 210 837"]),
    _p("f", "father", [("Sonam", "Lepcha")], dt.date(1982, 12, 30), addresses=[HOME_B], phones=["07384 662 105"]),
], "c")

DOCS_B = [
    ("police domestic abuse (DASH) note", """DERBYSHIRE CONSTABULARY - DOMESTIC ABUSE RISK (DASH) SUMMARY
Occurrence: [[27/10/2026|date]] 23:40. Attending: PC [[Holly Marriott|name]], PC [[Tom Ainsworth|name]]
Victim: [[NAMCHU, Dawa|name]] DOB [[12/04/1988|dob]] tel [[07459 210 837|phone]] NI [[SX 41 72 86 C|ni]]
Suspect: [[LEPCHA, Sonam|name]] DOB [[30/12/1982|dob]] (ex-army), [[11 North Street|address]], [[Cromford|place]] [[DE4 3RG|postcode]]
Children: [[Karma|name]] (13), [[Pemzang|name]] (9)
Summary: neighbour Mr [[Graham Allsop|name]] at [[no. 9|address]] called 999 hearing screaming. [[Dawa|name]] had a red mark on
her neck, said [[Sonam|name]] held her against the fridge. [[Sonam|name]] intoxicated, arrested, taken to [[Chesterfield|place]].
[[Karma|name]] spoke for his mother in English; he said his father "drinks since he left the Gurkhas" and that his Ajyo
([[Pema Lepcha|name]], [[Kalimpong|place]], [[+91 94340 52718|phone]]) sends money. [[Dawa|name]]'s friend [[Ang Doma
Sherpa|name]] of [[Matlock Bath|place]] took the children for the night. Score 16 - MARAC referral. Vehicle at scene:
[[FE66 WNR|vehicle]].
Previous: [[14/06/2025|date]] verbal argument reported by [[Ang Doma Sherpa|name]]; no further action (PC [[Bestwick|name]]).
Children's school: [[Highfields|school]] ([[Karma|name]]) and [[Cromford C of E Primary|school]] ([[Pemzang|name]]). Notified
SW [[Priya Mistry|name]] and DSL Mrs [[Joanna Clay|name]] at 08:10 on [[28/10/2026|date]]. [[Sonam|name]] interviewed by DC
[[Lees|name]] at [[Chesterfield|place]]; bailed to [[Matlock|place]] with conditions not to enter [[Cromford|place]].
Witness: [[Graham Allsop|name]], [[9 North Street|address]], [[Cromford|place]]; his wife [[Sue Allsop|name]] heard a child crying.
Interpreter for the morning statement: [[Bikash Rai|name]]. OIC: DC [[Lees|name]]. Reviewed by Sgt [[Amy Brough|name]] [[28/10/2026|date]].
Next of kin for [[Dawa|name]]: sister [[Chuki Namchu|name]], [[Kalimpong|place]]; cousin [[Mingma|name]] in [[Aldershot|place]].
"""),
    ("family chat in Nepali and English, translated", """WhatsApp group "[[Lepcha|name]] Parivar" - exported by [[Karma|name]] and shown to
SW [[Priya Mistry|name]] on [[3/11/26|date]]; Nepali lines translated by interpreter [[Bikash Rai|name]]

[[28/10/2026|date]] 07:12 Amo: [[Karma|name]], [[Pemzang|name]] lai school lagi tayar gara (get [[Pemzang|name]] ready for school)
[[28/10/2026|date]] 07:15 [[Karma|name]]: ok amo. abo kaha? (where is dad?)
[[28/10/2026|date]] 07:20 Ajyo: [[Sonam|name]] lai bhana malai phone garnu ([[+91 94340 52718|phone]]) (tell [[Sonam|name]] to ring me)
[[29/10/2026|date]] 21:03 Daju [[Tashi|name]]: ma [[Gangtok|place]] bata aaudaichu [[15 Dec|date]] ma (I am coming from [[Gangtok|place]] on
[[15 Dec|date]])
[[29/10/2026|date]] 21:05 [[Karma|name]]: dont tell abo pls. we r at aunty [[ang doma|name]]s in [[matlock bath|place]]
[[30/10/2026|date]] 16:40 Amo: [[karma|name]] [[cromford|place]] mill ma aau ([[Karma|name]] come to the mill at [[Cromford|place]])
Note: email from [[Karma|name]]'s form tutor Mr [[Wheeldon|name]] ([[j.wheeldon@highfields.example.org|email]]) attached.
[[31/10/2026|date]] 10:11 [[Tashi|name]]: [[karma|name]] bhai, ramro gara (little brother [[Karma|name]], do well)
[[31/10/2026|date]] 10:15 Amo: [[Norbu|name]] daju le [[Sonam|name]] lai [[matlock|place]] ma rakhchha ([[Norbu|name]] will keep
[[Sonam|name]] in [[Matlock|place]])
[[1/11/2026|date]] 19:30 Ajyo: [[Pemzang|name]] lai maya ([[Pemzang|name]], love) - [[Kalimpong|place]] bata
[[2/11/2026|date]] 08:00 [[Karma|name]]: [[pemzang|name]] lai ma school lanchhu (I will take [[Pemzang|name]] to school)
[[2/11/2026|date]] 08:02 Amo: dhanyabad [[karma|name]] (thank you [[Karma|name]])
"""),
]


# --- C. Wibberley family (white British), Brassington -------------------------------------------------------------------

HOME_C = d.Address("Rose Cottage, 2 Miners Hill", "Brassington", "Matlock", "DE4 4HA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Macy", "Wibberley")], dt.date(2011, 6, 27), addresses=[HOME_C], ids=["8343964802", "G830945595179"],
       schools=["Queen Elizabeth's Grammar School"]),
    _p("m", "mother", [("Tracey", "Wibberley")], dt.date(1979, 1, 15), addresses=[HOME_C], phones=["07826 519 043"]),
], "c")

DOCS_C = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW
Young person: [[Macy WIBBERLEY|name]] DOB [[27.06.2011|dob]] NHS [[834 396 4802|nhs]]
Address: [[Rose Cottage|address]], [[2 Miners Hill|address]], [[Brassington|place]] [[DE4 4HA|postcode]]
Missing from: [[21/11/2026|date]] 18:00 to [[23/11/2026|date]] 11:30. Found at [[Derby|place]] bus station by PC [[Naylor|name]].
Interviewer: [[Kerry Hallam|name]] (Missing Service). Mum [[Tracey|name]] ([[07826 519 043|phone]]) present at first.
[[Macy|name]] said she got a lift from [[Ashbourne|place]] with "[[Jaz|name]]" in a black Golf ([[DY70 HMB|vehicle]]) and stayed
at a flat in [[Normanton|place]] with a girl called [[Tyla|name]] and two older lads, "[[K-Man|name]]" and [[Reece|name]]. She was
given a phone and asked to carry "a bag" to [[Alvaston|place]]. She would not say more. Her friend [[Ellie Gould|name]] from
[[Carsington|place]] knew where she was. Teacher Ms [[Dakin|name]] at [[QEGS|school]] has seen older boys waiting at the
[[Ashbourne|place]] bus station. Next: contextual panel [[8 Dec|date]].
Push factors: arguments with mum about her dad [[Rob Wibberley|name]] in [[Ripley|place]]; a fall-out with [[Ellie|name]] on
[[19 November|date]]. Pull: [[Jaz|name]] buys her food and vapes; [[Reece|name]] "is nice". [[Macy|name]] agreed to speak to
[[Kerry|name]] again on [[30/11/2026|date]] at [[Brassington|place]] and to keep her phone on. Shared with SW [[Owen Pritchard|name]]
and DC [[Ravi Sandhu|name]].
Other names given: "[[Big T|name]]" (not known); a girl "[[Shannon|name]]" from [[Chaddesden|place]]; [[Jaz|name]]'s cousin
[[Harpreet|name]]. Passed to DC [[Ravi Sandhu|name]] on [[23/11/2026|date]].
[[Macy|name]]'s nan [[Irene|name]] in [[Kniveton|place]] was told on [[24/11/2026|date]].
"""),
    ("Snapchat extract typed up", """Snapchat messages on [[Macy|name]]'s phone, typed by DC [[Ravi Sandhu|name]] [[24/11/26|date]]
(usernames left as they are)

kman_dby: u still in [[brassington|place]]? meet [[jaz|name]] at the co-op in [[ashbourne|place]] 6
macyy.w: cant mum took my fone
kman_dby: [[reece|name]] says ur safe with us. come [[derby|place]] tonite
macyy.w: will [[tyla|name]] b there
kman_dby: ye. bring nothin
macyy.w: [[ellie|name]] says ur like 20
kman_dby: lol im 17. [[jaz|name]] picks u up at [[bradbourne|place]] turn
macyy.w: [[ellie|name]] says [[reece|name]] got arrested in [[alvaston|place]]
kman_dby: nah hes at [[tyla|name]]s in [[normanton|place]]
macyy.w: mum says shes tellin [[owen|name]]
kman_dby: who tf is [[owen|name]]
kman_dby: tell [[ellie|name]] nothin. [[jaz|name]] will b at [[ashbourne|place]] bus stn 4
macyy.w: [[shannon|name]] said u hit her
kman_dby: [[k-man|name]] out. [[reece|name]] wants his fone back
"""),
]


# --- D. Bunting family (white British), Kirk Ireton ---------------------------------------------------------------------

HOME_D = d.Address("7 Main Street", "Kirk Ireton", "Ashbourne", "DE6 3JP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Freya", "Bunting")], dt.date(2014, 9, 3), addresses=[HOME_D], ids=["4865734422", "T830442462017"],
       schools=["Anthony Gell School"]),
    _p("f", "father", [("Martin", "Bunting")], dt.date(1975, 10, 8), addresses=[HOME_D], phones=["07508 337 291"]),
], "c")

DOCS_D = [
    ("young carers' assessment", """Derbyshire Young Carers - Assessment
Young carer: [[Freya Bunting|name]], 12, DOB [[3rd September 2014|dob]], NHS [[4865734422|nhs]]
School: [[Anthony Gell|school]], [[Wirksworth|place]]. Address: [[7 Main Street|address]], [[Kirk Ireton|place]] [[DE6 3JP|postcode]]
Cared-for: dad, [[Martin Bunting|name]] ([[07508 337 291|phone]]), severe depression since mum ([[Nicola|name]]) left for
[[Belper|place]] in 2024.
Assessor: [[Sophie Greatorex|name]]. Date: [[17/11/2026|date]].
[[Freya|name]] cooks, gets her dad up and reminds him of his tablets. Dr [[Okonjo|name]] at the surgery is aware. Her friend
[[Lily Spencer|name]] in [[Idridgehay|place]] is "the only one who knows". Aunt [[Jo Bunting|name]] in [[Duffield|place]] helps on
Saturdays. [[Freya|name]] missed [[5 Nov|date]] and [[12 Nov|date]]. Goal: a break at the Tuesday group in [[Wirksworth|place]].
Strengths: [[Freya|name]] is in the choir with Mr [[Hopkinson|name]]. Her uncle [[Pete|name]] in [[Hulland Ward|place]] rings
every night. Risks: [[Martin|name]] sometimes does not eat; [[Freya|name]] has stayed up until 1am. Referred to the GP
Dr [[Okonjo|name]] and to [[Hannah Lomas|name]] (SW). Review [[16 February 2027|date]].
[[Freya|name]] said: "I don't mind, it's just me and dad. [[Lily|name]] and [[Grace|name]] help me with homework." Signed
[[S. Greatorex|name]] and [[F. Bunting|name]], [[17/11/2026|date]].
Contacts: uncle [[Pete Bunting|name]], aunt [[Claire|name]], [[Jenny Spencer|name]] ([[Idridgehay|place]]).
"""),
    ("child's own writing scanned by OCR", """[OCR scan - misreadings kept] My name is [[Freya|name]] and I live in [[Kirk lreton|place]]
with my dad. My dad is sad a lot. Mrs [[GreatOrex|name]] asked me to write what a day is like.
I get up at 6.3O and make dads tea. On [[l7 Nov|date]] he didnt get up at all so I rang Aunty [[J0|name]]. I walk to the
bus at [[Kirk Ireton|place]] and [[Lily|name]] saves me a seat. At [[Anthony GeIl|school]] I am tired. My favourite teacher is
Mr [[Hopkinson|name]]. Mum lives in [[BeIper|place]] with [[Gary|name]]. I want dad to be better by my birthday on the
[[3rd|date]].
Sometimes [[Lily|name]]s mum [[Jenny Spencer|name]] gives me tea in [[ldridgehay|place]]. Uncle [[Pete|name]] takes us to
[[Carsington|place]] water on sundays. I like Mrs [[Greatorex|name]] she is kind.
My best frends are [[Lily|name]], [[Grace Doxey|name]] and [[Noah|name]]. [[Gracie|name]] lives in [[Wirkswortn|place]].
"""),
]


# --- E. Hadfield / Okafor family (white British and Nigerian British), Carsington ---------------------------------------

HOME_E = d.Address("4 Hopton Lane", "Carsington", "Matlock", "DE4 4DE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Amara", "Okafor")], dt.date(2019, 4, 30), addresses=[HOME_E], ids=["3517056952"],
       schools=["Carsington and Hopton Primary School"]),
    _p("m", "mother", [("Bethany", "Hadfield")], dt.date(1990, 7, 17), addresses=[HOME_E], phones=["07971 084 552"]),
], "c")

DOCS_E = [
    ("short breaks application form", """SHORT BREAKS APPLICATION
Child: [[OKAFOR, Amara|name]]   DOB: [[30/04/2019|dob]]   NHS: [[351 705 6952|nhs]]
Address: [[4 Hopton Lane|address]], [[Carsington|place]], [[DE4 4DE|postcode]]
Parent: [[Bethany Hadfield|name]]   Tel: [[07971 084 552|phone]]   Email: [[beth.hadfield90@example.co.uk|email]]
Father: [[Chidi Okafor|name]], lives in [[Long Eaton|place]], sees [[Amara|name]] alternate Sundays.
Diagnosis: cerebral palsy (GMFCS IV), epilepsy. Paediatrician: Dr [[Shah|name]] at the Royal Derby.
Other support: Nanna [[Pat Hadfield|name]] in [[Hognaston|place]]; neighbour [[Kath Storer|name]] at [[Hopton|place]].
Reason: mum has had no night's sleep since [[Amara|name]]'s seizure on [[9 October|date]]. Requested: 2 nights a month.
Signed [[B. Hadfield|name]] [[25/11/2026|date]].
School: [[Carsington and Hopton Primary|school]]. Teacher: Mrs [[Flint|name]]. Social worker: [[Jack Ellis|name]].
Consent to share given on [[25/11/2026|date]]. Other contacts: [[Chidi Okafor|name]] [[07384 219 506|phone]].
Health visitor: [[Rachel Gilman|name]]. Physio: [[Tom Eyre|name]]. Respite wish: near [[Matlock|place]] or [[Ashbourne|place]].
"""),
    ("occupational therapist's email", """From: [[Naomi Sheldon|name]] <[[naomi.sheldon@nhs.net|email]]>
To: [[Bethany Hadfield|name]]
Date: [[26 November 2026|date]]
Subject: [[Amara|name]] - bathing and hoist

Hi [[Beth|name]], thanks for having me and [[Chidi|name]] at [[Hopton Lane|address]] on Tuesday [[24th|date]]. [[Amara|name]] is
now too heavy to lift into the bath. I'll order a bath chair and ask [[Steve Kirkland|name]] (adaptations) to look at a
through-floor lift. I've copied Dr [[Shah|name]]'s secretary. Could you ring me on [[01629 533 190|phone]] about the
[[8th Dec|date]]? Best, [[Naomi|name]]
PS [[Pat Hadfield|name]] asked me to say she can't do Thursdays any more. And [[Kath Storer|name]] at [[Hopton|place]]
mentioned a hoist her late husband [[Geoff|name]] used - please don't use it until [[Steve|name]] has checked it.
Sent from the team in [[Wirksworth|place]]. cc [[Jack Ellis|name]] (SW), [[Rachel Gilman|name]] (HV).
"""),
]


# --- F. Twigg family (white British), Parwich, nan in Ashbourne ---------------------------------------------------------

HOME_F = d.Address("1 Creamery Lane", "Parwich", "Ashbourne", "DE6 1QB")
NAN_F = d.Address("22 Belle Vue Road", "Ashbourne", "Ashbourne", "DE6 1AT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Logan", "Twigg")], dt.date(2012, 1, 11), addresses=[HOME_F], ids=["8439959419"],
       schools=["Queen Elizabeth's Grammar School"]),
    _p("m", "mother", [("Kelly", "Twigg")], dt.date(1985, 3, 3), addresses=[HOME_F], phones=["07737 491 620"]),
    _p("g", "grandparent", [("Sandra", "Twigg")], dt.date(1958, 8, 21), addresses=[NAN_F], phones=["01335 347 812"]),
], "c")

DOCS_F = [
    ("GP's referral letter", """Dove River Practice
[[1 December 2026|date]]
Dear colleague,
Re: [[Logan TWIGG|name]], DOB [[11/01/2012|dob]], NHS [[843 995 9419|nhs]], [[1 Creamery Lane|address]], [[Parwich|place]]
[[DE6 1QB|postcode]]
His mother [[Kelly Twigg|name]] ([[07737 491 620|phone]]) attended on [[30/11|date]] for a methadone review and said she used
heroin again last week. [[Logan|name]] was with her; he told me he found "needles in the bathroom". He stays with his
grandmother [[Sandra Twigg|name]] at [[22 Belle Vue Road|address]], [[Ashbourne|place]] [[DE6 1AT|postcode]] ([[01335 347 812|phone]])
some nights. Mum's former partner [[Wayne Critchlow|name]] has been seen at the house again. Yours, Dr [[Fiona Redfern|name]]
Also: [[Logan|name]]'s school is [[Queen Elizabeth's Grammar School|school]]. His father [[Ryan Oldham|name]] is in
[[Stoke|place]] and has no contact. cc Mrs [[Etches|name]], SW [[Simran Kaur|name]].
[[Logan|name]]'s friend [[Callum Hind|name]]'s mother [[Lisa Hind|name]] brought him to see me on [[27/11/2026|date]] with [[Sandra|name]].
"""),
    ("social worker's phone notes", """phone notes [[S. Kaur|name]] [[2/12|date]]
- rang [[kelly|name]] 9.10, no ans. rang nan [[sandra|name]] 9.20 - [[logan|name]] at hers since sat
- [[sandra|name]] says [[wayne|name]] drives a white van ([[AP19 RZT|vehicle]]), parks by the pond in [[parwich|place]]
- [[logan|name]] wants to stay at nan's in [[ashbourne|place]], goes to school w mate [[Callum Hind|name]] from [[tissington|place]]
- rang [[QEGS|school]] - Mrs [[Etches|name]] head of yr: attendance ok, [[logan|name]] "withdrawn"
- [[kelly|name]] rang back 11.02 from [[07737 491 620|phone]], agreed visit [[4th|date]] w drugs worker [[Andy Plant|name]]
- nan [[sandra|name]] mob? - only landline [[01335 347 812|phone]]
- [[callum|name]]s mum [[lisa hind|name]] ok to have [[logan|name]] after school in [[tissington|place]]
- nxt: strategy w DS [[Hibbert|name]] [[7/12|date]]
- rang [[ryan oldham|name]] in [[stoke|place]] - no ans. left msg
- [[kelly|name]]s sister [[gemma twigg|name]] [[clifton|place]] - ring back fri
- [[logan|name]] asked if his mate [[kyran|name]] from [[fenny bentley|place]] can come to nans
"""),
]

DOCS_A += [
    ("initial child protection conference decisions sheet", """INITIAL CHILD PROTECTION CONFERENCE - DECISIONS
Children: [[Kaiden Slack|name]] ([[14.03.2018|dob]]) and [[Poppy Slack|name]] ([[05.08.2024|dob]], NHS [[8358372930|nhs]])
Held: [[Buxton|place]] Town Hall, [[3 December 2026|date]]. Chair: [[Angela Furness|name]]. Minutes: [[Liam Goodwin|name]]
Present: [[Leanne Slack|name]] (mum); [[Christine Slack|name]] (maternal nan); [[Gemma Brocklehurst|name]] (SW); [[Ruth Fearn|name]]
(DSL); HV [[Sam Beresford|name]]; PC [[Wragg|name]]. Apologies: [[Dean Gratton|name]] (now in [[Leek|place]]).
Decision: both children subject to a plan under the category of neglect. Core group [[17/12/2026|date]] at the school.
[[Leanne|name]] agreed to see the alcohol worker [[Mick Bagshaw|name]] in [[Ashbourne|place]] and not to let [[Dean|name]] stay
overnight. Nan to have [[Kaiden|name]] Fri-Sun at [[Longnor|place]]. Mum's friend [[Stacey Hambleton|name]] of [[Hulme End|place]]
named as a safe adult. Review conference: [[4 March 2027|date]].
Views: [[Kaiden|name]] told [[Gemma|name]] on [[1 December|date]] that he likes nan's dog and [[Alfie|name]]'s house in
[[Biggin|place]]. [[Christine Slack|name]] asked that [[Brenda Gratton|name]] not be given her address. Police: [[Dean Gratton|name]]
(DOB [[19/05/1991|dob]]) was cautioned in [[Leek|place]] on [[6 November 2026|date]]. Distribution: [[Angela Furness|name]],
[[Gemma Brocklehurst|name]], [[Ruth Fearn|name]], [[Sam Beresford|name]], Dr [[Needham|name]].
Family network: maternal aunt [[Kirsty Slack|name]] ([[Bakewell|place]]); friend [[Stacey Hambleton|name]]; paternal
grandfather of [[Kaiden|name]], [[Jason Hulme|name]]'s father [[Roy Hulme|name]], in [[Sheffield|place]].
"""),
    ("health visitor's contact note", """HV contact - [[Poppy SLACK|name]] - [[8/12/26|date]] - [[S. Beresford|name]]
Home visit [[Dig St|address]], [[Hartington|place]]. [[Leanne|name]] up and dressed, house cold but cleaner than [[11/11|date]].
[[Poppy|name]] weight 9.1 kg (was 8.6). Nappy rash settling. Mum says [[Dean|name]] rang from [[07915 442 318|phone]] twice,
she did not answer. Nan [[chris|name]] there; said [[Kaiden|name]] wet the bed at hers on the [[5th|date]].
Next: [[22 Dec|date]]. Copy to [[Gemma|name]] and GP Dr [[Needham|name]] ([[Bakewell|place]] surgery).
Plan: [[Leanne|name]] to take [[Poppy|name]] to the baby group in [[Hartington|place]] village hall on [[15 Dec|date]]
with her friend [[Stacey|name]]. [[Poppy|name]]'s 2-year check booked [[5 August 2026|date]] was missed; rebooked
[[12/01/2027|date]]. Mum's new number [[07782 314 906|phone]] (same). Rang nan [[Christine|name]] on [[01298 84 3107|phone]].
[[Leanne|name]] said her mum [[Christine|name]] and sister [[Kirsty|name]] help. Neighbour Mrs [[Belfield|name]] popped in.
"""),
]

DOCS_B += [
    ("MARAC referral form", """MARAC REFERRAL - Derbyshire Dales
Victim: [[Dawa NAMCHU|name]], DOB [[12.04.1988|dob]], [[11 North St|address]], [[Cromford|place]], [[DE4 3RG|postcode]]
Safe contact: [[07459 210 837|phone]] (text first, Nepali or English). Languages: Rongring and Nepali; interpreter needed.
Perpetrator: [[Sonam Lepcha|name]], DOB [[30.12.1982|dob]], now bailed to his cousin [[Norbu Lepcha|name]]'s at [[Flat 2,
Bank Road|address]], [[Matlock|place]] [[DE4 3AQ|postcode]].
Children: [[Karma Lepcha|name]] ([[21.02.2013|dob]], UPN [[B830109597252|upn]]) and [[Pemzang Lepcha|name]] ([[09.07.2017|dob]],
NHS [[367 614 2047|nhs]]), pupils at [[Highfields|school]] and [[Cromford C of E Primary|school]].
Referrer: IDVA [[Helen Toplis|name]], [[helen.toplis@example.org.uk|email]]. Meeting: [[10/12/2026|date]].
Risk: strangulation on [[27/10/2026|date]]; prior incident at [[Kalimpong|place]] (per [[Dawa|name]]'s sister [[Chuki|name]],
[[+91 3552 255 418|phone]]).
Other agencies: GP Dr [[Whitworth|name]]; Army welfare contact [[Dil Gurung|name]]; housing officer [[Paula Swindell|name]].
[[Dawa|name]] works at the café in [[Cromford|place]] mill with [[Ang Doma|name]]. Her car: red Yaris [[FJ14 XTE|vehicle]].
Copy to: [[Priya Mistry|name]] (SW), [[Joanna Clay|name]] (DSL), Mrs [[Wigley|name]] (class teacher), DC [[Lees|name]].
[[Karma|name]]'s form tutor Mr [[Wheeldon|name]] and head of year Ms [[Kenyon|name]] informed on [[10/12/2026|date]].
"""),
    ("child's diary page in Lepcha and English", """Page from [[Pemzang|name]]'s diary, given by mum to SW [[P. Mistry|name]]; Rong words
explained by [[Karma|name]]
monday. abo was shouting. i hid under bed with [[Karma|name]] Daju. amo cried.
tuesday. aunty [[Ang Doma|name]] gave us momo in [[Matlock Bath|place]]. her dog is called Bhote.
wensday. Mrs [[Wigley|name]] my teacher said well done. [[Oscar|name]] and [[Freddie|name]] played with me.
saturday [[7 nov|date]]. Ajyo rang from [[kalimpong|place]]. she said rongkup (Rong: children) be brave. I miss abo but not
when he drinks.
sunday [[8 nov|date]]. [[Tashi|name]] daju is comming from [[Gangtok|place]]. [[Karma|name]] says we go to
[[matlock bath|place]] for the lights. miss [[wigley|name]] said I can bring my diary.
thursday [[12 nov|date]]. [[Oscar|name]]s mum [[Jade|name]] took us to [[wirksworth|place]] park. [[Karma|name]] played with
[[Freddie|name]].
"""),
]

DOCS_C += [
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - [[8 December 2026|date]] - MINUTES (extract)
Chair: DI [[Karen Slater|name]]. Present: [[Kerry Hallam|name]], DC [[Ravi Sandhu|name]], Ms [[Dakin|name]] ([[QEGS|school]]),
SW [[Owen Pritchard|name]], youth worker [[Dan Frost|name]].
Location: [[Ashbourne|place]] bus station and the [[Shaw Croft|address]] car park. Older males seen: one known as "[[Jaz|name]]"
([[Jaswinder Bains|name]], 19, of [[Normanton|place]]), vehicle [[DY70 HMB|vehicle]]; [[Reece Ollerenshaw|name]], 18.
Young people linked: [[Macy Wibberley|name]] ([[27/06/2011|dob]]); [[Ellie Gould|name]]; a boy from [[Mayfield|place]], [[Kai|name]].
Actions: disruption notice to [[Bains|name]] by [[15/12|date]]; [[Dan|name]] to run a session at [[Brassington|place]] village
hall; school to tell [[Tracey Wibberley|name]] ([[07826 519 043|phone]]).
Also noted: [[Ellie Gould|name]]'s mother [[Dawn Gould|name]] reported a man in a black Golf at [[Carsington|place]] water on
[[29/11/2026|date]]. [[Kai|name]]'s mum will be contacted by [[Dan Frost|name]]. Next panel: [[12 January 2027|date]].
Apologies: [[Tracey Wibberley|name]]; Insp. [[Gary Frost|name]]. Minutes: [[Shona Birch|name]]. Circulated [[9/12/2026|date]].
"""),
    ("mother's letter to the social worker", """Dear Mr [[Pritchard|name]],
I am writing because I cant say it on the phone with [[Macy|name]] listening. Since her dad [[Rob|name]] went to [[Ripley|place]]
she has changed. She used to ride at [[Tracey Hollins|name]]'s stables in [[Bradbourne|place]]
and now she just sits in her room. On the [[21st|date]] she went out the back at [[Rose Cottage|address]] and I didnt know
till [[Ellie|name]]'s mum [[Dawn Gould|name]] rang me. Please dont send her to a home. My sister [[Lisa Spencer|name]] in
[[Wirksworth|place]] says [[Macy|name]] can stay there. My email is [[traceywibbs@example.com|email]].
Yours, [[Tracey Wibberley|name]], [[2 Miners Hill|address]], [[Brassington|place]], [[4/12/26|date]]
PS [[Macy|name]]'s dad's number is [[07593 128 604|phone]] if you need [[Rob|name]]. He lives at
[[9 Argyll Road|address]], [[Ripley|place]] [[DE5 3JR|postcode]] with [[Donna|name]].
[[Macy|name]]'s nan [[Irene Wibberley|name]] in [[Kniveton|place]] would have her too. Thank you for being kind to [[Macy|name]].
"""),
]

DOCS_D += [
    ("adult mental health team email", """From: [[Carl Ridgway|name]] (Care Coordinator, Derbyshire Healthcare)
Sent: [[25 November 2026|date]] 14:02
To: SW [[Hannah Lomas|name]]
Re: [[BUNTING, Martin|name]] DOB [[08/10/1975|dob]] NI [[JT 63 18 04 A|ni]]
[[Hannah|name]], I saw [[Martin|name]] at home in [[Kirk Ireton|place]] on the [[24th|date]]. He is low but safe. He knows
[[Freya|name]] does too much. His brother [[Pete Bunting|name]] ([[07402 615 983|phone]]) in [[Hulland Ward|place]] will drive him to
the [[Ashbourne|place]] clinic on [[1 Dec|date]]. Car: [[Martin|name]]'s blue Berlingo [[FV15 OLC|vehicle]] has been off the road
since summer. Regards, [[Carl|name]]
PS [[Freya|name]]'s mum [[Nicola Bunting|name]] rang me from [[Belper|place]] on [[23/11|date]] - she wants to help
but [[Martin|name]] refuses. Her partner is [[Gary Shirt|name]]. Address on file: [[15 Field Lane|address]], [[Belper|place]]
[[DE56 1DE|postcode]].
[[Pete Bunting|name]] asked that [[Freya|name]] stay with him and his wife [[Claire Bunting|name]] in [[Hulland Ward|place]] if
[[Martin|name]] goes into hospital. I said I'd ask [[Hannah|name]].
"""),
    ("young carers' group register and notes", """Tuesday group, [[Wirksworth|place]] Town Hall - [[1/12/2026|date]] - leader
[[Sophie G|name]]
Present: [[Freya B|name]] ([[kirk ireton|place]]), [[Noah Wragg|name]] ([[Middleton|place]]), [[Isla-Rose Kay|name]] ([[Bolehill|place]]),
[[Harvey Doxey|name]] ([[Cromford|place]]).
[[freya|name]] arrived late, dad's brother [[pete|name]] dropped her. Laughed for the first time. Made a card for dad's
birthday? no - for her mum [[Nicola|name]]. Asked whether she can come on the trip to [[Matlock|place]] on [[19 Dec|date]].
Lift home by volunteer [[Geoff Spencer|name]] (DBS ok).
[[noah|name]] said [[freya|name]] is "dead funny". [[Isla-Rose|name]]'s gran [[Maureen Kay|name]] asked about the trip.
[[harvey|name]]'s mum will phone [[Sophie|name]] on [[01629 824 551|phone]].
Volunteers: [[Geoff Spencer|name]], [[Anne Marshall|name]]. Helper [[Kyle|name]] (17) from [[Cromford|place]]. Next: [[8/12/2026|date]].
"""),
]

DOCS_E += [
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[9 December 2026|date]]
Panel: [[Claire Boden|name]] (chair), [[Imran Hussain|name]] (finance), [[Lucy Marsden|name]] (disability team)
Case: [[Amara Okafor|name]], 7, [[Carsington|place]]. Presented by SW [[Jack Ellis|name]].
[[Amara|name]] attends [[Carsington and Hopton Primary|school]] with a 1:1, Mrs [[Flint|name]]. Mother [[Bethany|name]] is the
main carer; father [[Chidi|name]] helps on alternate Sundays and drives down from [[Long Eaton|place]]. Nanna [[Pat|name]]
([[Hognaston|place]]) is 74. Agreed: two nights a month at the short breaks unit in [[Matlock|place]] from [[4 January 2027|date]].
[[Jack Ellis|name]] to tell [[Bethany Hadfield|name]] by [[11/12/2026|date]]. Dr [[Shah|name]]'s letter of
[[20 November 2026|date]] noted. Review: [[9 June 2027|date]].
Others consulted: physio [[Tom Eyre|name]], Mrs [[Flint|name]], Nanna [[Pat Hadfield|name]], neighbour [[Kath Storer|name]].
Minutes taken by [[Olivia Hurt|name]]; approved by [[Claire Boden|name]] on [[10/12/2026|date]].
"""),
    ("mother's voice note transcribed", """Voice note from [[Beth Hadfield|name]] to SW [[Jack Ellis|name]], [[3/12|date]] 02:47,
transcribed
"hi [[jack|name]] sorry its so late its [[beth|name]]. [[amara|name]]'s had two seizures tonight, I've given the midazolam, she's
sleeping now. [[chidi|name]] says he can't come till saturday. mum's poorly in [[hognaston|place]]. I just, I can't keep doing
nights. [[kath|name]] next door said she'd sit with her for an hour tomorrow. can you ring me on [[07971 084 552|phone]]. thanks"
(second note, 02:51) "oh and [[naomi|name]] the OT said [[steve|name]] would come on the [[8th|date]], can you
check? and [[pat|name]] - my mum - needs the blue badge form. sorry [[jack|name]]. night"
(third note, 07:12) "she's fine [[jack|name]], she's eating. [[kath|name]]'s here. [[chidi|name]] rang, he'll come from
[[long eaton|place]] friday"
"""),
]

DOCS_F += [
    ("nan's texts to the school", """Texts from [[Sandra Twigg|name]] to Mrs [[Etches|name]] ([[QEGS|school]]), forwarded [[3/12/26|date]]
[[1 Dec|date]] 07:50 morning its [[logans|name]] nan, hes stayin with me on [[belle vue rd|address]] so he'll be on the walk not the bus
[[1 Dec|date]] 07:51 if his mum [[kelly|name]] comes to school dont let him go with her pls
[[2 Dec|date]] 15:20 [[logan|name]] says [[wayne|name]] was waitin outside [[QEGS|school]]. is that right?? i rang pc [[hibbert|name]]
[[2 Dec|date]] 15:21 my landline [[01335 347 812|phone]]
[[3 Dec|date]] 08:05 [[logan|name]] forgot his PE kit, ill drop it at 10. [[kellys|name]] not answering again
[[3 Dec|date]] 08:06 [[callum|name]] can come to mine after school on the [[4th|date]]
[[3 Dec|date]] 12:40 thanks mrs [[etches|name]]. [[logan|name]] says mr [[oakden|name]] was kind to him in maths
"""),
    ("drug and alcohol service home visit note", """Change Grow Live - Derbyshire Dales - home visit note
Client: [[TWIGG Kelly|name]] DOB [[03/03/1985|dob]] NI [[PW 28 55 71 D|ni]]
Visit: [[4 December 2026|date]], [[1 Creamery Ln|address]], [[Parwich|place]]. Worker: [[Andy Plant|name]] with SW [[Simran Kaur|name]]
[[Kelly|name]] admitted using on the [[25th|date]] with [[Wayne|name]]. Script to move to [[Ashbourne|place]] pharmacy daily
pick-up. [[Logan|name]] to stay at [[Sandra|name]]'s. [[Kelly|name]]'s sister [[Gemma Twigg|name]] ([[07593 128 604|phone]]) in
[[Clifton|place]] offers weekends. Next visit [[11/12|date]].
[[Wayne Critchlow|name]] (DOB [[12/07/1980|dob]]) was not present; his van [[AP19 RZT|vehicle]] was outside on
[[Creamery Lane|address]]. [[Kelly|name]] agreed to ring [[Andy|name]] on [[01335 342 770|phone]] daily.
Network: [[Sandra Twigg|name]] (mother), [[Gemma Twigg|name]] (sister), [[Lisa Hind|name]] (friend). Recovery group at
[[Ashbourne|place]] on [[14/12|date]] with worker [[Bev Gregory|name]].
Signed [[A. Plant|name]] / [[S. Kaur|name]]. Copies: Dr [[Fiona Redfern|name]], [[Sandra Twigg|name]] (with consent).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 211 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 22:04 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "sw", "hv", "nurse", "nan", "nana", "nanna",
           "nanny", "gran", "mum", "dad", "aunty", "auntie", "uncle", "aunt", "abo", "amo", "ajyo", "daju", "baby"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "derbyshire", "india", "nepal", "sikkim", "darjeeling", "west bengal", "peak district"}


_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
