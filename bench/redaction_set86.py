"""Set 86: a held-out hand-written set for the redaction detector, six more invented families in Peterborough and Fenland.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set87.py to redaction_set89.py and their tests (written by other helpers at the same time), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first document, its records' layout and its closing word lists and helpers; the
rest of its documents were not read) and tests/test_redaction_set21.py in full (the layout and marking conventions followed
here); the docstrings of bench/redaction_set7.py to redaction_set85.py, printed alone and searched only for the towns,
districts and communities earlier sets used (to choose new ones); the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py; and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Peterborough and Fenland, each from a town, district or village no earlier set used as a family's home. Four
white British or British Caribbean families of the kinds most common in children's social care: a young mother on a close in
Dogsthorpe with a grandmother in Paston (Ramsey / Bishop; grip bruising to a girl of 7 by a mother's partner whom the children
call by his surname, hunger, a voluntary arrangement with the nan), a family in a rural cottage at Doddington with a father in
March (Tuck / Sharpe; neglect, a toddler found alone on the road, no electricity and a candle burn, a kinship assessment), a
care leaver of 19 in Bretton and her baby, with a father in Woodston tied to a county line (Gayle / Reid; pre-birth
assessment, family time, threats, a move to Hampton Vale), and grandparents who are special guardians in Eye, with a mother in
prison (Crowland / Mills; a boy of 15 criminally exploited between Peterborough and Spalding, a surname that is also a town and
a road). Two from communities no earlier set used: a Bissau-Guinean family come through Portugal, in Stanground (Baldé /
Embaló; a risk of FGM on a summer trip to Bissau, a grandmother in Bandim, a father in Amadora, Kriol and Portuguese), and a
Malaysian Chinese (Hakka) family from Ipoh in Werrington (Wong / Lim; a boy of 14 self-harming after gambling losses, a
father's physical chastisement, a grandmother in Ipoh, names in Chinese script). 24 documents, about half plain professional
recording (a case note, a child protection conference report, a school referral, an assessment visit note, a GP's letter to
CAMHS, strategy discussion minutes, a chronology laid out as a table, core group minutes, a pre-birth assessment, a family time
record, a special guardianship review, a return home interview) and half other writing: texts between a mother and
grandmother typed up from screenshots, a handwritten school concern form OCR'd from a scan (with misreadings and a name split
by a space), WhatsApp voice notes transcribed and translated from Guinea-Bissau Kriol, a mother's own letter to a judge in
Portuguese with a translation, a WeChat family group in Chinese and English typed up and translated, a Microsoft Forms
pastoral self-referral export (with US-format dates), a police body-worn video transcript, a health visitor's notes dictated
by speech to text (all lower case), voicemails transcribed by a personal adviser, a baby bank's online referral form, a
mother's letter from prison and an email exchange between a grandmother and a school.

Invented: every person, address, phone number, NHS number, UPN, NI number and email address (street names may be real or
invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library), UK and
foreign (Guinea-Bissau, Portugal, Malaysia); NHS numbers and UPNs (LA number 874, Peterborough) pass their check digits; the
NI number has a valid format; the one vehicle registration is invented. The council is invented (Nene Vale), and so are the schools
Dogsthorpe Brook Academy,
Stanground Meadows Primary, Werrington Vale Academy, Doddington Fields Primary and the pre-schools; the GP practice (Hampton
Health Partnership), the interpreting agency (LinguaFen), the family time service and the football club (Doddington Dynamos)
are invented and unmarked; towns, districts, villages, real schools, hospitals, police forces, prisons, courts, employers,
shopping centres, charities, brands and apps are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (see its docstring), with its titles and kinship words
and these: Nha (Kriol, a respectful title), Avó (Portuguese, grandmother), Tia (aunt), Imam, Auntie, and the Chinese kinship
words 爸爸, 妈妈 and 阿嬷 (Ah Ma), which stay outside name spans and, as a contact's saved name ("Mamé", 阿嬷), are not names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Chinese name written
surname first ("Wong Jia Hao", "Mei Ling Lim") is one span in either order, and a Chinese given name in Chinese script
("家豪", "美玲", "小美") is a name even when written inside a sentence with no spaces; the surname character in a group chat's
title ("黄家", the Wong family) marks only the surname "黄" as a name; a town's name in Chinese script ("怡保", Ipoh) is a
place; a date of birth said aloud in a transcript ("Thirtieth of the eleventh, ninety-five") is a dob, like the transcriber's
figures after it; a partner called by his surname as a nickname ("Bishop") is a name, while the chess piece it puns on is
not; a road named after a town ("Crowland Road") is an address and the town ("Crowland") a place, while the family's
surname Crowland is a name; a Portuguese postcode ("2700-327") is a postcode; a dog or cat's name (Diesel, Biscuit, Bramble,
Bingo) is not a name; a misspelt title in a child's message ("miss pell" for Mr Pell) keeps the title outside; the date
format of a US export ("10/28/26") is still a date; an OCR'd name broken by a stray space ("Br ooke Ramsey") is one span;
an organisation that carries a town's name ("Peterborough City Hospital", "Hampton Health Partnership", "Baby Bank
Peterborough", "Doddington Dynamos", "HMP Peterborough", "Fenland District Council") is unmarked, but a service named by its
town in lower-case words ("the march surgery", "Bretton children's centre") marks the town; a snapshot or app handle
("k4ne.pbo") is not marked; festivals ("Christmas Day") and bare weekdays ("Tuesday") are not dates; a month and year alone
is not marked; a prison number, a case, incident or interpreter reference is not marked.

Self-check without the detector: `python -m bench.redaction_set86` (and tests/test_redaction_set86.py) runs set 15's checker
on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of
documents and gold spans per kind: 24 documents, 939 gold spans, 552 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Ramsey / Bishop family (white British), Dogsthorpe, Peterborough --------------------------------------------------

HOME_A = d.Address("14 Ruddles Close", "Dogsthorpe", "Peterborough", "PE1 4TQ")
NAN_A = d.Address("9 Chadburn", "Paston", "Peterborough", "PE4 7DG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Ramsey")], dt.date(2019, 5, 2), addresses=[HOME_A], ids=["7275666332", "N874088462339"],
       schools=["Dogsthorpe Brook Academy"]),
    _p("s", "sibling", [("Tilly-Mae", "Ramsey")], dt.date(2023, 2, 17), addresses=[HOME_A], ids=["6694297874"]),
    _p("m", "mother", [("Tanya", "Ramsey")], dt.date(1997, 10, 8), addresses=[HOME_A], phones=["07812 447 903"]),
    _p("p", "partner", [("Lee", "Bishop")], dt.date(1993, 1, 29), phones=["07958 120 664"]),
    _p("g", "grandparent", [("Carol", "Ramsey")], dt.date(1971, 6, 12), addresses=[NAN_A], phones=["01733 562 904"]),
    _p("p1", "professional", [("Hannah", "Whittle")], phones=["0300 126 7741"], emails=["hannah.whittle@nenevale.gov.uk"]),
], "c")

DOCS_A = [
    ("Social worker's case note of an unannounced home visit", """NENE VALE COUNCIL - CHILDREN'S SERVICES - CASE NOTE
Child: [[Brooke RAMSEY|name]] (DOB [[02/05/2019|dob]])     Sibling: [[Tilly-Mae RAMSEY|name]] (DOB [[17/02/2023|dob]])
Type: Home visit (unannounced)     Date of contact: Tuesday [[17 November 2026|date]]     Recorded: [[18.11.26|date]]
Worker: [[Hannah Whittle|name]], Social Worker, Family Safeguarding Team North

I visited [[14 Ruddles Close|address]], [[Dogsthorpe|place]], [[PE1 4TQ|postcode]] at 16:05 following the school's concern
of [[16 November|date]]. [[Tanya|name]] answered the door holding [[Tilly-Mae|name]], who was in a vest and a heavy nappy. [[Tanya|name]]
said "[[Lee|name]]'s not here" before I had asked. I could hear a man's voice upstairs and the back door shut. [[Tanya|name]] later
agreed [[Lee Bishop|name]] had been there "to drop money off" and had left through the garden onto the path behind
[[Ruddles Close|address]].

[[Brooke|name]] was sat on the stairs with a tablet. She told me she "fell off the trampoline at Nanny [[Carol|name]]'s" and
that is how she hurt her arm. Her nan lives in [[Paston|place]], not a house with a trampoline as far as we know. [[Brooke|name]]
showed me the mark without being asked: a yellowing bruise on her left upper arm about the size of a 50p, with two smaller marks
on the back of the arm. I did not examine her. She said "[[Bishop|name]] says I'm a liar" and then laughed and said "I mean
[[Lee|name]]". The children call him by his surname; [[Brooke|name]] says it is "because he plays chess" (the chess piece).

The kitchen had little food: half a loaf, squash, a box of cereal. [[Tanya|name]] said her Universal Credit went on the
electric key and that her mum, [[Carol Ramsey|name]], brings shopping on Fridays from the Aldi on [[Lincoln Road|address]]. The house was
cold; the front room window is boarded after "someone put it through" on [[8 November|date]] (Bonfire week). A neighbour at
[[no. 16|address]], a lady [[Tanya|name]] called "[[Bev|name]]", came out while I was there and said loudly that "the kids are
always screaming when he's round". [[Tanya|name]] shouted back at her.

Plan agreed with my manager [[Sunita Rai|name]] by phone at 17:20: strategy discussion tomorrow; child protection medical
for [[Brooke|name]] at the Peterborough City Hospital paediatric unit; [[Brooke|name]] and [[Tilly-Mae|name]] to stay
with Nanny [[Carol|name]] at [[9 Chadburn|address]], [[Paston|place]], [[PE4 7DG|postcode]] tonight (a voluntary
arrangement; [[Tanya|name]] agreed and signed). [[Carol|name]]'s landline [[01733 562 904|phone]]; [[Tanya|name]]'s mobile
[[07812 447 903|phone]]. Next visit Thursday [[19th|date]]. [[H. Whittle|name]]"""),
    ("Text messages between a mother and grandmother typed up from screenshots", """Screenshots handed in by [[Carol Ramsey|name]] on
[[20/11/2026|date]], typed up by [[Kerry Dunmore|name]] (family support worker). Spelling as in the original. The contact names
are as saved on [[Carol|name]]'s phone.

[[Tanya|name]] 💕 ([[07812 447 903|phone]])
Sun [[15 Nov|date]] 21:14  mum can u have [[brooke|name]] tmrw after school pls
Sun [[15 Nov|date]] 21:14  Sorry [[brooke|name]] and [[tills|name]]
Me  21:30  What's happened now
[[Tanya|name]] 💕  21:41  nothing just lee is kicking off about money. he says bks been lying to her teacher again
Me  21:43  She's 7 [[Tan|name]]. He needs to leave that child alone. I'll get them from [[dogsthorpe brook|school]] at 3
[[Tanya|name]] 💕  21:44  dont say nothing to miss [[pell|name]] pls mum
Mon [[16 Nov|date]] 07:02  can u bring nappies for [[tilly|name]] i will pay u back fri
Me  07:10  [[Bishop|name]] can buy nappies
[[Tanya|name]] 💕  07:11  dont start
Tue [[17 Nov|date]] 17:48  social been round. its that cow at [[16|address]]
Me  17:50  It's not [[bev|name]]'s fault. [[Brookes|name]] arm was black when I bathed her on saturday [[tan|name]]
Me  17:50  I told you to get him out
[[Tanya|name]] 💕  17:52  he stayed at his mates in [[werrington|place]] last nite. hes not living here
Me  17:53  His van was outside at midnight, [[KX19 HBF|vehicle]]. I know that reg. [[Maureen|name]] over the road saw it
[[Tanya|name]] 💕  18:30  they want the girls at yours. is that ok. ill come [[chadburn|address]] tmrw

[[Lee|name]] ([[07958 120 664|phone]]) - forwarded by [[Tanya|name]] to [[Carol|name]] on [[18/11|date]] at 09:12
"if that social worker comes back im gone for good tell ur mum to keep her nose out. and tell [[brooke|name]] shes grounded"

[[Kerry|name]]'s note: [[Carol|name]] confirmed "[[tills|name]]" and "[[tilly|name]]" are [[Tilly-Mae|name]], "bk" and "[[Brookes|name]]"
are
[[Brooke|name]], and "[[Maureen|name]]" is a neighbour on [[Ruddles Close|address]]. "miss [[pell|name]]" is the DSL, Mr
[[Gareth Pell|name]] (the children get his title wrong)."""),
    ("Initial child protection conference report (social worker)", """NENE VALE COUNCIL
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[RAMSEY, Brooke|name]] (born [[2 May 2019|dob]], NHS [[727 566 6332|nhs]], UPN [[N874088462339|upn]]) and
[[RAMSEY, Tilly-Mae|name]] (born [[17 February 2023|dob]], NHS [[669 429 7874|nhs]])
Conference date: [[8 December 2026|date]], 10:00, Sand Martin House (Room 3) and MS Teams
Chair: [[Rachel Oyelaran|name]], Independent Reviewing Officer     Author: [[Hannah Whittle|name]], Social Worker

1. Family and household
[[Brooke|name]] (7) and [[Tilly-Mae|name]] (3) live with their mother, [[Tanya Ramsey|name]] (29, born [[08/10/1997|dob]]),
at [[14 Ruddles Close|address]], [[Dogsthorpe|place]]. [[Brooke|name]]'s father, [[Jordan Keal|name]], lives in [[Corby|place]] and
has not seen her since 2022. [[Tilly-Mae|name]]'s father is [[Lee Bishop|name]] (33, born [[29 January 1993|dob]]), who says he lives
with a friend, [[Dean Fairey|name]], on [[Hodgson Avenue|address]] in [[Werrington|place]]; neighbours report he is at the house most
nights. Maternal grandmother [[Carol Ramsey|name]] lives in [[Paston|place]] and has cared for both girls since [[17 November|date]].

2. Chronology of significant events (summary)
[[03/03/2024|date]]  Police called to [[Ruddles Close|address]], verbal argument, [[Lee|name]] left before arrival (DA1 completed).
[[21/09/2025|date]]  [[Tanya|name]] attended the Minor Injuries Unit at City Care Centre with a cut lip; said she "walked into a cupboard".
[[14/11/2026|date]]  [[Carol|name]] saw bruising to [[Brooke|name]]'s arm during a bath.
[[16/11/2026|date]]  [[Brooke|name]] told her class teacher, Mrs [[Aoife Delaney|name]], "[[Bishop|name]] squeezed me when I
spilled his can". Referral by the DSL, Mr [[Pell|name]].
[[17/11/2026|date]]  Home visit (see case note). [[18/11/2026|date]] Strategy discussion; section 47 agreed.
[[19/11/2026|date]]  Child protection medical by Dr [[Kwabena Asante|name]]: grip-type bruising "consistent with the account
given by the child"; old healed burn on the left forearm, cause unknown.
[[24/11/2026|date]]  [[Lee Bishop|name]] interviewed under caution by DC [[Joanne Stapleford|name]]; released under investigation.

3. The children's views
[[Brooke|name]] drew her house with [[Tilly|name]], Mummy and Nanny [[Carol|name]] inside and "[[Bishop|name]]" outside the
gate with a can. She said she likes Nanny's because "there's a dog called Biscuit and no shouting". [[Tilly-Mae|name]] is too
young to give her views; at nursery ([[Little Acorns|school]], [[Dogsthorpe|place]]) staff say she is "clingy at drop-off" and often hungry.

4. Recommendation
That both children be made subject to child protection plans under the category of physical abuse (with neglect as a
secondary concern), with [[Carol Ramsey|name]] as a connected person while assessments are completed. [[H Whittle|name]],
[[1 December 2026|date]]

Distribution: [[Tanya Ramsey|name]]; [[Lee Bishop|name]] (c/o [[Dean Fairey|name]], [[Hodgson Avenue|address]], [[Werrington|place]]);
[[Jordan Keal|name]] (by post, [[Corby|place]]); [[Carol Ramsey|name]] ([[9 Chadburn|address]], [[PE4 7DG|postcode]]); Mr
[[Gareth Pell|name]]
(DSL, [[Dogsthorpe Brook Academy|school]]); [[Lynsey Crane|name]] (nursery manager, [[Little Acorns|school]]); Dr [[Kwabena Asante|name]];
DC [[Joanne Stapleford|name]]; HV [[Bernadette Mulvey|name]] ([[Dogsthorpe|place]] and [[Parnwell|place]] team); [[Sunita Rai|name]]
(TM)."""),
    ("School safeguarding concern form, handwritten and scanned (OCR)", """[scanned PDF, OCR text; hand-written form, some words misread]
DOGSTHORPE BR0OK ACADEMY - RECORD OF CONCERN (blue form)
Pupil name: [[Br ooke Ramsey|name]]     Class: Kingfishers (Yr 3)     D.O.B: [[2/5/19|dob]]
Date + time of concern: [[16 Nov 26|date]] 09.10      Staff name: [[A. Delaney|name]]  (class teacher)

What did you see / hear (child's exact words):
At the carpet [[Brooke|name]] pulled her sleeve up and said "look [[Bishop|name]] squeezed me when I spilled his
can. He said Im a liar and I wet myself". Said it happened "on Saturday night at home". She said Mummy was "in the
bath". I asked was it just one time she said "no he does it to Mummy to". I did not ask any more. Bruise on left upper
arm, yellow/purple. Also she said [[Tilly|name]] "was crying in her cot all nite".

Action taken: Passed to DSL in person 09.25.         Signed: [[Aoife Delaney|name]]

DSL USE ONLY
Recieved by: [[G Pell|name]] (DSL)      Date: [[16/11/2026|date]]
Action: Rang Mum 09.40 on [[07812 447903|phone]], no answer. Rang MASH 09.52, spoke to [[Debs|name]] ([[Deborah Mayhew|name]]).
Rang Nan ([[Carol|name]]) 10.15 on [[01733 562 904|phone]].
Nan says she saw the bruise on Sat [[14th|date]] at her house in [[Pas-
ton|place]] and told Mum to ring the doctors. Nan will collect today, Mum agreed by text to Nan.
MASH ref: noted on CPOMS. Follow up: Mon [[23/11|date]] check in with [[Brooke|name]] (Mrs [[Delaney|name]] + TA
Mrs [[Kaur|name]]).          Signed [[G. Pell|name]]"""),
]


# --- B. Baldé / Embaló family (Bissau-Guinean, through Portugal), Stanground, Peterborough -------------------------------

HOME_B = d.Address("Flat 3, 41 Whittlesey Road", "Stanground", "Peterborough", "PE2 8QS")
DAD_B = d.Address("Rua Elias Garcia 44, 3.º Esq.", "Venteira", "Amadora", "2700-327")
AVO_B = d.Address("Rua 12, Bairro de Bandim", "Bandim", "Bissau", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Aissatu", "Embaló")], dt.date(2016, 4, 9), addresses=[HOME_B], ids=["6010216737", "W874525068001"],
       schools=["Stanground Meadows Primary School"]),
    _p("s", "sibling", [("Mamadu", "Embaló")], dt.date(2020, 8, 30), addresses=[HOME_B], ids=["8080057370"]),
    _p("m", "mother", [("Fatumata", "Baldé")], dt.date(1990, 3, 3), addresses=[HOME_B], phones=["07403 771 258"]),
    _p("f", "father", [("Braima", "Embaló")], dt.date(1985, 12, 1), addresses=[DAD_B], phones=["+351 912 407 386"]),
    _p("g", "grandparent", [("Sona", "Baldé")], addresses=[AVO_B], phones=["+245 95 552 3871"]),
    _p("p1", "professional", [("Olumide", "Barker")], phones=["07521 906 114"], emails=["olumide.barker@nenevale.gov.uk"]),
], "c")

DOCS_B = [
    ("School designated safeguarding lead's referral to the front door", """MULTI-AGENCY REFERRAL FORM (MARF) - NENE VALE FRONT DOOR
Referrer: [[Priya Chauhan|name]], Deputy Head and DSL, [[Stanground Meadows Primary School|school]], tel [[01733 207 655|phone]]
Date of referral: [[26/11/2026|date]]     Consent: mother informed by the DSL in person, not sought (risk of FGM)

CHILD: [[Aissatu EMBALÓ|name]] (school knows her as "[[Aissa|name]]")     DOB [[09/04/2016|dob]]     Year 6
UPN [[W874525068001|upn]]     Address: [[Flat 3, 41 Whittlesey Road|address]], [[Stanground|place]], [[Peterborough|place]]
[[PE2 8QS|postcode]]
Sibling: [[Mamadu EMBALÓ|name]] ("[[Madu|name]]"), DOB [[30/08/2020|dob]], Year 2 at our school
Mother: [[Fatumata BALDÉ|name]], mobile [[07403 771 258|phone]]; speaks Kriol and Portuguese, some English, reads Portuguese
Father: [[Braima EMBALÓ|name]], lives in [[Amadora|place]] near [[Lisboa|place]], [[+351 912 407 386|phone]] (from the admission form)

Reason for referral: On Wednesday [[25 November|date]] at lunch, [[Aissa|name]] told her friend [[Nevaeh Clarke|name]], who told
the lunchtime supervisor Mrs [[Joy Bellamy|name]], that she is "going to [[Bissau|place]] in the summer for the party where girls
become women" and "my avó says it hurts but you get presents". She used the word "fanado". When I spoke with her on
[[26 November|date]] with Mrs [[Bellamy|name]] present, [[Aissa|name]] said her grandmother, "Avó [[Sona|name]]", lives in
"[[Bandim|place]]" and that her cousin [[Binta|name]] "had it done and was in bed for a long time". She said Mum has "already bought
the tickets on the TAP" from [[Lisbon|place]] on "the [[12th of July|date]]". She seemed excited and not frightened.

Mum came in at 15:15 to collect. Through [[Aissa|name]]'s teaching assistant, Ms [[Cátia Monteiro|name]] (who speaks Portuguese), she
said the trip is "for my mother who is sick" and "this thing is not for us, we are from the city". She became upset when the
word "FGM" was used and left with both children. [[Madu|name]] said in the corridor "[[Binta|name]] was crying on the video".

Known to school: good attendance (96%); mother attends parents' evenings; father last in the UK in August 2025? [unsure]
Signed [[P. Chauhan|name]]    [[26.11.2026|date]]"""),
    ("Social worker's assessment visit notes with an interpreter", """Assessment visit - [[Aissatu Embaló|name]] and [[Mamadu Embaló|name]]
Date: [[27/11/2026|date]], 16:30-18:10     Where: family home, [[41 Whittlesey Road|address]] (flat 3, first floor)
Present: [[Fatumata Baldé|name]] (mother); [[Aissatu|name]]; [[Mamadu|name]]; Mrs [[Quinta Sanhá|name]], Kriol interpreter (booked
through LinguaFen, ref LF-224918); [[Olumide Barker|name]], social worker; PC [[Mark Tebbutt|name]] (FGM single point of contact) for the
first 20 minutes.

[[Fatumata|name]] (she asked to be called "[[Fatu|name]]") told us she was born in [[Gabú|place]], in the east of Guinea-Bissau, and
moved to [[Bissau|place]] as a girl. She went to Portugal in 2011, became a Portuguese citizen and came to [[Peterborough|place]]
in 2019 with [[Braima|name]], who went back to [[Amadora|place]] in 2024 "to work on the buildings". He lives at
[[Rua Elias Garcia 44, 3.º Esq.|address]], [[Venteira|place]], [[2700-327|postcode]] [[Amadora|place]], with his brother.
[[Fatu|name]] works nights at the poultry factory in [[Eye Green|place]] (agency) and a neighbour, Mrs [[Efua Owusu|name]] at
[[flat 4|address]],
sits with the children.

On FGM, [[Fatu|name]] said she was cut as a child in [[Gabú|place]] and has pain "every month". She said her mother, [[Sona Baldé|name]]
(about 70), still lives in [[Bandim|place]] and "believes in the old ways", and that her sister's daughter [[Binta Djaló|name]]
(9) was cut in [[January 2026|date]] "while her mother was in [[Dakar|place]]". She showed us a video call where [[Binta|name]] is in bed.
[[Fatu|name]] said she would "never let them touch [[Aissa|name]]" but that she "cannot say no to my mother in her house".

[[Aissatu|name]] spoke to me alone in her bedroom. She knows the trip as "the holiday for Avó". She said "Mum told me no one
will do the fanado to me, Tia [[Binta|name]] is lying". (Her cousin is [[Binta|name]]; "Tia" is the word for aunt, used loosely.)
[[Mamadu|name]] showed me his football shirt and the mosque in [[Millfield|place]] where he goes on Saturdays.

Outcome: strategy discussion held by phone 18:30 with DS [[Lorna Pickering|name]]; FGM Protection Order to be applied for
(legal: [[Tom Ashcroft|name]]); passports ([[Fatu|name]]'s and both children's Portuguese passports) to be surrendered.
[[Fatu|name]] agreed to a health check at the specialist FGM clinic. Next visit [[1/12/26|date]]. [[O. Barker|name]],
[[07521 906 114|phone]]
Copy to: [[Priya Chauhan|name]] (DSL); DS [[Lorna Pickering|name]]; [[Tom Ashcroft|name]] (legal); FGM clinic midwife
[[Grace Mensah-Bonsu|name]]
(referral sent [[28/11/2026|date]]); [[Cátia Monteiro|name]] (TA, with [[Fatu|name]]'s consent)."""),
    ("WhatsApp voice notes transcribed and translated from Guinea-Bissau Kriol", """TRANSCRIPT AND TRANSLATION (Kriol > English)
Source: three WhatsApp voice notes on the phone of [[Fatumata Baldé|name]], played to the interpreter on [[02/12/2026|date]]
Interpreter: [[Q. Sanhá|name]] (NRPTI 31877)   Social worker present: [[Olumide Barker|name]]
Notes: the sender is saved as "Mamé" (mother) with the number [[+245 95 552 3871|phone]]. Places and names as heard.

Voice note 1 - [[29/11/2026|date]] 19:02 (1 min 48 s), sender "Mamé"
KRIOL: "[[Fatu|name]], bu sta bon? [[Binta|name]] ja sta bon, i ta bai skola. [[Aissa|name]] tene ku bin ku bu, no ta fasi festa garandi na
[[Bandim|place]]. Nha [[Fanta|name]] ja kunsa kusinha..."
ENGLISH: "[[Fatu|name]], are you well? [[Binta|name]] is better now, she is going to school. [[Aissa|name]] has to come with you, we
are having a big party in [[Bandim|place]]. [[Fanta|name]] has already started the cooking..." ("Nha" is a respectful title, like
Mrs; [[Fanta|name]] is a neighbour, the interpreter thinks.)

Voice note 2 - [[30/11/2026|date]] 07:45 (0 min 52 s), sender "Mamé"
ENGLISH: "Why are you not answering? [[Braima|name]] told me the white people came to your house. Don't listen to them. In
[[Lisboa|place]] [[Braima|name]]'s brother will meet you at the airport. Buy the ticket for the [[10th|date]], not the [[12th|date]]."

Voice note 3 - [[30/11/2026|date]] 21:17 (2 min 30 s), sender "[[Braima|name]] Pt" ([[+351 912 407 386|phone]])
ENGLISH: "[[Fatumata|name]], listen to me. My mother and your mother agree. If you don't bring the children I will come to
[[Peterborough|place]] and take them to [[Amadora|place]] myself. [[Madu|name]] can stay with you, it is only [[Aissa|name]]. I
will send [[Ussumane|name]] with the car to [[Stanground|place]]." (Interpreter: "[[Ussumane|name]]" is a male name; the speaker
uses the Portuguese form "[[Lisboa|place]]".)

Interpreter's note: voice note 3 is angry and loud. "Fanado" is not said in the notes; "festa garandi" ("big party") is the phrase.
Signed [[Quinta Sanhá|name]], [[2 December 2026|date]]"""),
    ("A mother's own letter to the court, written in Portuguese, with a translation", """[Handwritten letter in Portuguese given to the
social worker on [[7/12/2026|date]]; translated by [[Cátia Monteiro|name]]; the original is on file.]

[[Peterborough|place]], [[5 de dezembro de 2026|date]]

Senhor Juiz,
O meu nome é [[Fatumata Baldé|name]], nasci em [[Gabú|place]] no dia [[3 de março de 1990|dob]]. Moro no [[Whittlesey Road|address]]
com os meus filhos [[Aissatu|name]] e [[Mamadu|name]]...

TRANSLATION
[[Peterborough|place]], [[5 December 2026|date]]
Dear Judge,
My name is [[Fatumata Baldé|name]], I was born in [[Gabú|place]] on [[3 March 1990|dob]]. I live on [[Whittlesey Road|address]] with
my children [[Aissatu|name]] and [[Mamadu|name]]. I am writing because the social worker Mr [[Olumide|name]] says the judge will
decide about our passports.

I was cut when I was seven, in my grandmother's village near [[Pirada|place]]. I remember it. I will not let it happen to my
daughter. My mother in [[Bandim|place]] is old and sick and she does not understand England. My husband [[Braima|name]] is in
[[Amadora|place]] and he shouts on the phone, but he does not pay for the children and he will not come.

I want [[Aissa|name]] to see her grandmother before she dies. I ask the judge to let us go if I promise to stay with
[[Aissa|name]] every minute, or to let my mother come here. My friend [[Efua|name]] from the flat next door can tell you I am a
good mother. The imam at the mosque on [[Gladstone Street|address]], Imam [[Yusuf|name]], knows me.

My telephone is [[07403 771 258|phone]]. Thank you.
[[Fatumata Baldé|name]] ([[Fatu|name]])"""),
]


# --- C. Wong / Lim family (Malaysian Chinese, Hakka), Werrington, Peterborough --------------------------------------------

HOME_C = d.Address("18 Coltsfoot Drive", "Werrington", "Peterborough", "PE4 5BN")
AHMA_C = d.Address("14 Jalan Sultan Idris Shah", "", "Ipoh", "30000")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Wong")], dt.date(2012, 7, 21), addresses=[HOME_C], ids=["9868250498", "G874174852422"],
       schools=["Werrington Vale Academy"]),
    _p("s", "sibling", [("Chloe", "Wong")], dt.date(2017, 1, 5), addresses=[HOME_C], ids=["4948675601"]),
    _p("m", "mother", [("Mei Ling", "Lim")], dt.date(1984, 9, 14), addresses=[HOME_C], phones=["07769 338 420"]),
    _p("f", "father", [("Kah Wai", "Wong")], dt.date(1981, 2, 26), addresses=[HOME_C], phones=["07446 892 017"]),
    _p("g", "grandparent", [("Siew Lan", "Chong")], addresses=[AHMA_C], phones=["+60 12-384 7716"]),
], "c")

DOCS_C = [
    ("GP referral letter to CAMHS", """Hampton Health Partnership
Dr [[Sarah Cheung|name]] ... [letterhead cut]

To: CAMHS Single Point of Access, Cambridgeshire and Peterborough NHS Foundation Trust
Date: [[19 October 2026|date]]
Re: [[Jayden WONG|name]] (also [[Wong Jia Hao|name]])   DOB [[21.07.2012|dob]]   NHS No [[986 825 0498|nhs]]
Address: [[18 Coltsfoot Drive|address]], [[Werrington|place]], [[Peterborough|place]] [[PE4 5BN|postcode]]

Dear colleague,
I would be grateful if you would see this 14-year-old boy, who attended today with his mother, [[Mei Ling Lim|name]] (a
staff nurse at Peterborough City Hospital), with low mood, poor sleep and superficial cuts to both forearms, some recent.
He attends [[Werrington Vale Academy|school]] (Year 10) but has missed most of the last three weeks.

[[Jayden|name]] told me, with his mother out of the room, that he has been cutting since the summer, that he lost about
£900 on a "skins" gambling site using his father's card, and that he is "scared of what Dad will do" when the bank statement
comes. He says his father, Mr [[Wong|name]], "hits with the feather duster stick" when he is angry, last time "a few weeks ago",
and that his younger sister [[Chloe|name]] "hides in the bathroom". He denies suicidal intent but said "sometimes I think
everyone would be fine without me". He asked me not to tell his mother about the gambling.

Mrs [[Lim|name]] told me the family came from [[Ipoh|place]] in 2017 when she was recruited from Malaysia, that her husband,
[[Kah Wai|name]], works long hours at a restaurant in [[Bourne|place]], and that [[Jayden|name]] "is only lazy and on his phone".
I have shared my concerns about possible physical chastisement with the Nene Vale front door today (ref to follow) and
discussed with our safeguarding lead, Dr [[Femi Adeyemi|name]].

Yours sincerely,
Dr [[Sarah Cheung|name]], GP Partner
cc: School nurse team ([[Werrington|place]]); Mrs [[Lim|name]] (copy given by hand)"""),
    ("Strategy discussion minutes", """NENE VALE MULTI-AGENCY SAFEGUARDING HUB - STRATEGY DISCUSSION MINUTES
Child: [[WONG, Jayden|name]] (DOB [[21/07/2012|dob]])     Sibling: [[WONG, Chloe|name]] (DOB [[05/01/2017|dob]])
Date/time: [[20/10/2026|date]] 14:00 (Teams)
Chair: [[Nadia Fenwick|name]], Team Manager (MASH)
Attendees: [[Craig Loveday|name]] (social worker, minutes); DS [[Paul Oakes|name]] (Cambridgeshire Constabulary, CAIU);
Dr [[Sarah Cheung|name]] (GP); [[Becky Stroud|name]] (DSL, [[Werrington Vale|school]]); [[Tamsin Hoare|name]] (school nurse);
[[Jenny Lau|name]] (DSL, [[Gunthorpe Primary|school]], [[Chloe|name]]'s school)

1. Information shared
Police: one previous call, [[12/03/2025|date]], a neighbour at [[no. 20|address]] (Mr [[Alan Frost|name]]) reported shouting and
"a child crying for ages". Officers attended; [[Kah Wai Wong|name]] said his son "did not do homework"; no further action.
School ([[Werrington Vale|school]]): attendance 71% this term; [[Jayden|name]] disclosed to his form tutor, Mr [[Sam Penney|name]],
on [[2 October|date]] that he was "in trouble with money". Friends named as [[Ethan Yip|name]] and "[[Oli|name]]" ([[Oliver Parr|name]]).
[[Gunthorpe Primary|school]]: [[Chloe|name]] said in circle time that "Daddy has a stick for naughty" and that "Ah Ma in
Malaysia is nice". No marks seen.
Health: [[Jayden|name]]'s cuts were superficial; no hospital attendances. Mother [[Mei Ling|name]] is well known to the
hospital's safeguarding team as a colleague; Dr [[Cheung|name]] declared she knows the family from church ([[Peterborough|place]]
Chinese Christian fellowship) - recorded, not a conflict for today.

2. Decision
Threshold met for section 47 (single agency, social care) for both children; joint visit today 16:30 with PC [[Alisha
Grant|name]]. [[Jayden|name]] to be spoken to alone; a Mandarin or Hakka speaking interpreter on standby - the family speak
Hakka and English, the parents also Cantonese and Malay.
CAMHS referral to be expedited. Gambling harm: referral to the NHS Northern Gambling Service with consent.
Next review: [[27/10/2026|date]]. Minutes agreed by chair on [[21 Oct 26|date]].
Actions: [[Craig Loveday|name]] and PC [[Grant|name]] - visit [[18 Coltsfoot Drive|address]] today; [[Becky Stroud|name]] - safety plan with
[[Jayden|name]] at school; [[Jenny Lau|name]] - check in with [[Chloe|name]] daily; Dr [[Cheung|name]] - CAMHS; [[Tamsin Hoare|name]] -
health
review for [[Chloe|name]]. Parents ([[Mei Ling Lim|name]], [[07769 338 420|phone]]; [[Kah Wai Wong|name]], [[07446 892 017|phone]]) to be
told
of the outcome by [[Craig|name]] after the visit."""),
    ("Family group chat on WeChat typed up and translated", """WeChat group "[[黄|name]]家 [[Wong|name]] Family 🏠" - messages
[[18-20 October 2026|date]]
Shown by [[Jayden Wong|name]] to [[Craig Loveday|name]] (SW) on [[22/10/2026|date]] and photographed with his agreement.
Chinese translated by [[Ivy Tan|name]] (interpreter). Members:
爸爸 (Dad), 妈妈 (Mum), [[Jayden|name]], [[小美|name]] ([[Chloe|name]]), 阿嬷 (Ah Ma,
[[+60 12-384 7716|phone]]).

[[18/10|date]] 20:41 爸爸: [[家豪|name]]你今晚回来我们谈谈
   (Dad: "[[Jia Hao|name]], when you come back tonight we will talk")
[[18/10|date]] 20:44 [[Jayden|name]]: im at [[ethan|name]]s in [[gunthorpe|place]]
[[18/10|date]] 20:45 爸爸: 九百块! 你偷我的卡
   (Dad: "Nine hundred pounds! You stole my card")
[[18/10|date]] 21:10 妈妈: [[Jayden|name]] come home, Daddy not angry already. [[小美|name]] crying
[[18/10|date]] 21:12 阿嬷: [[美玲|name]]，不要打孩子。[[家豪|name]]乖，回家。
   (Ah Ma: "[[Mei Ling|name]], don't hit the children. [[Jia Hao|name]], be good, go home.")
[[19/10|date]] 06:58 爸爸: 今天不用去学校。在家
   (Dad: "No school today. Stay at home")
[[19/10|date]] 07:30 [[小美|name]]: 🥺 can i go to [[gunthorpe|school]] daddy
[[20/10|date]] 22:03 [[Jayden|name]]: sorry. i will pay it back. dont blame mum
[[20/10|date]] 22:05 阿嬷: 我下个月从[[怡保|place]]飞过去
   (Ah Ma: "I will fly over from [[Ipoh|place]] next month")

Note: in the original "怡保" is [[怡保|place]] ([[Ipoh|place]]), "家豪" is [[Jayden|name]]'s Chinese given name [[Jia Hao|name]] and "小美"
("little [[Mei|name]]") is the family's name for [[Chloe|name]]. "美玲" is [[美玲|name]] ([[Mei Ling|name]]).
爸爸, 妈妈 and 阿嬷 are kinship
words."""),
    ("Pupil self-referral form exported from an online school form", """Microsoft Forms export - "Talk to Someone" (pastoral self-referral)
[[Werrington Vale Academy|school]] - response 4471
Start time: [[10/28/26|date]] 23:51:07    Completion time: [[10/29/26|date]] 00:04:33    (US date format in the export)
Email: [[jwong2012@werringtonvale.org.uk|email]]    Name: [[Jayden Wong|name]]

1. Your name and tutor group
[[jayden wong|name]] 10WN

2. Who do you want to talk to? (optional)
mr [[penney|name]] or the counsellor lady ([[Rosa|name]]?)

3. What is it about? Tick all that apply
[x] Home   [x] Money   [ ] Friendships   [x] Feeling low   [ ] Something online

4. Tell us more if you want
my dad found out about the case opening site. the social came and now he isnt talking to me at all which is worse. mum
is doing nights at the hospital so its just me and [[chloe|name]] with him. ah ma is coming from [[ipoh|place]] on the
[[14th nov|date]] and dad says she will sort me out. i still have the cuts but not new ones since the [[20th|date]]. [[ethan|name]] said
his mum would let me stay at theirs on [[Staniland Way|address]] if its bad. i dont want to get my dad arrested

5. Is it safe to contact you at home?  No - use school email or text [[07932 418 560|phone]] (my friend [[Oli|name]]s phone)

Triage (staff): seen by [[B. Stroud|name]] (DSL) [[29/10/2026|date]] 08:20; passed to SW [[Craig Loveday|name]] 08:45."""),
]


# --- D. Tuck / Sharpe family (white British), Doddington, with a father in March (Fenland) --------------------------------

HOME_D = d.Address("2 Benwick Road Cottages", "Doddington", "March", "PE15 0TR")
DAD_D = d.Address("47 Elwyn Road", "", "March", "PE15 9DA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Tuck")], dt.date(2015, 6, 23), addresses=[HOME_D], ids=["8167093352", "H874531510499"],
       schools=["Doddington Fields Primary School"]),
    _p("s", "sibling", [("Ruby-Lou", "Sharpe")], dt.date(2021, 3, 12), addresses=[HOME_D], ids=["6649394270"]),
    _p("m", "mother", [("Kayleigh", "Tuck")], dt.date(1995, 11, 30), addresses=[HOME_D], phones=["07517 263 908"]),
    _p("p", "partner", [("Ryan", "Sharpe")], dt.date(1992, 4, 4), addresses=[HOME_D], phones=["07878 015 443"]),
    _p("f", "father", [("Darren", "Tuck")], dt.date(1988, 8, 19), addresses=[DAD_D], phones=["01354 741 286"]),
], "c")

DOCS_D = [
    ("Chronology of significant events", """CHRONOLOGY - [[ALFIE TUCK|name]] ([[23/06/2015|dob]]) and [[RUBY-LOU SHARPE|name]]
([[12/03/2021|dob]])
Fenland Locality Team, Nene Vale Council. Compiled by [[Marcus Oduya|name]] (SW) from the case file, [[30 November 2026|date]].

Date          | Event                                                                  | Source
[[14.08.2021|date]]    | HV new birth visit to [[Ruby-Lou|name]] at [[2 Benwick Road Cottages|address]], [[Doddington|place]]; home | HV
[[Lynne Gotobed|name]]
              | "cluttered, strong smell of dogs"; [[Kayleigh|name]] low mood, PHQ-9 16.        |
[[02.02.2023|date]]    | [[Alfie|name]] (7) bitten on the face by the family's XL bully, Diesel, at home.  | Hinchingbrooke ED
              | 4 stitches. Dog signed over to police by [[Ryan Sharpe|name]] on [[06.02.2023|date]].     |
[[19.09.2024|date]]    | School ([[Doddington Fields|school]]): [[Alfie|name]] wearing the same uniform all week, | DSL
[[Jo Cawthorne|name]]
              | headlice, asked the cook for seconds every day.                           |
[[11.01.2025|date]]    | Police to [[Benwick Road|address]]: cannabis smell, [[Ryan|name]] cautioned. Children asleep.  | PC
[[Will Dring|name]]
[[22.07.2025|date]]    | [[Darren Tuck|name]] ([[Alfie|name]]'s dad, [[47 Elwyn Road|address]], [[March|place]]) applies for a | Cafcass
letter
              | child arrangements order; withdrawn [[10.10.2025|date]].                     |
[[03.06.2026|date]]    | [[Ruby-Lou|name]] found by a dog walker, Mr [[Keith Ollett|name]], alone on the [[Doddington|place]] | Police log
              | to [[Benwick|place]] road in a nappy at 07:20; returned by police.           |
[[04.06.2026|date]]    | Strategy discussion; s47. [[Kayleigh|name]] says [[Ryan|name]] "was on earlies".       | MASH
[[24.06.2026|date]]    | ICPC: both children subject to CP plans (neglect).                        | Conference
[[28.10.2026|date]]    | [[Alfie|name]] excluded for a day for hitting [[Tyler Mott|name]] in Year 6.        | School
[[16.11.2026|date]]    | Unannounced visit: no electricity, candles in bedrooms, [[Ruby-Lou|name]] with a | SW [[M. Oduya|name]]
              | burn on her hand from a tealight. Children placed with [[Darren|name]] in [[March|place]]   |
              | for the night under a safety plan; [[Kayleigh|name]] agreed.             |
[[17.11.2026|date]]    | [[Ruby-Lou|name]] seen at the [[Wisbech|place]] North Cambs Hospital MIU.       | Health"""),
    ("Core group meeting minutes", """CORE GROUP MEETING - MINUTES
Children: [[Alfie Tuck|name]] and [[Ruby-Lou Sharpe|name]]    Date: [[1st December 2026|date]], 15:30    Venue: [[Doddington
Fields Primary School|school]] (library) / Teams
Present: [[Marcus Oduya|name]] (SW, chair); [[Kayleigh Tuck|name]] (mum); [[Ryan Sharpe|name]] (joined 15:50); [[Darren Tuck|name]]
(dad, by phone from work); [[Jo Cawthorne|name]] (DSL); [[Lynne Gotobed|name]] (HV); [[Sharon Fyfe|name]] (Early Help / family worker);
[[Pete Lenton|name]] (Change Grow Live drug worker, for [[Ryan|name]])
Apologies: Cllr [[Ann Sleaford|name]]

1. Update from family
[[Kayleigh|name]] said the electric is back on since the [[18th|date]] after [[Sharon|name]] helped with a Fenland District Council
discretionary payment and the Ombudsman complaint to the supplier. The children came home from [[Darren|name]]'s on Sunday [[22nd|date]].
[[Darren|name]] said [[Alfie|name]] "wants to live in [[March|place]] with me and [[Stacey|name]]" ([[Stacey Wing|name]], his partner) and
asked
about a kinship assessment. [[Kayleigh|name]] cried and said "[[Alf|name]] just says that cos he's got a PlayStation there".

2. Children
[[Alfie|name]]: attendance up to 93%. Football at Doddington Dynamos on Saturdays; coach [[Gary Tebbit|name]] collects him.
He told [[Jo|name]] he is "worried about [[Ruby|name]] when [[Ryan|name]]'s asleep in the day".
[[Ruby-Lou|name]]: burn healed. Started at the [[Rainbow Pre-school|school]] in [[Chatteris|place]] (30 hours) on [[23/11|date]]; the
pre-school minibus picks her up. HV weighed her: 9th centile, was 25th.

3. Actions
- [[Marcus|name]] to start viability assessment of [[Darren|name]] and [[Stacey|name]] (by [[15/12/2026|date]]).
- [[Ryan|name]] to attend CGL in [[March|place]] weekly; hair strand test agreed.
- [[Sharon|name]] to help [[Kayleigh|name]] with the smoke alarm visit (Fire Service) and beds for [[Ruby-Lou|name]].
Next core group: Tue [[12 January 2027|date]], same place.   Minutes: [[S. Fyfe|name]]
Circulated [[2/12/2026|date]] to: [[Kayleigh Tuck|name]] ([[07517 263 908|phone]]); [[Ryan Sharpe|name]] ([[07878 015 443|phone]]);
[[Darren Tuck|name]]
([[01354 741 286|phone]], [[47 Elwyn Road|address]], [[March|place]], [[PE15 9DA|postcode]]); [[Jo Cawthorne|name]];
[[Lynne Gotobed|name]]; [[Pete Lenton|name]]."""),
    ("Police body-worn video transcript", """TRANSCRIPT OF BODY WORN VIDEO - CAMBRIDGESHIRE CONSTABULARY
Officer: PC 1187 [[William Dring|name]]    Device: AX-0419    Incident: 112 of [[03/06/2026|date]]
Location: [[Benwick Road|address]], [[Doddington|place]] (lay-by near the pumping station), then [[2 Benwick Road Cottages|address]]
Transcribed by: [[Hollie Pryor|name]], Case Support, [[14/06/2026|date]]. [inaudible] where not clear.

[07:24:10] PC [[DRING|name]]: Hello sir, you rang? Is this the little one?
[07:24:13] MALE 1 (Mr [[Keith Ollett|name]]): Yeah, she was walking down the middle of the road. I've got my dog - Bramble, sit -
I've had her by the hand ten minutes. She says her name's [[Rubes|name]]. She's soaking.
[07:24:30] PC [[DRING|name]]: Hiya sweetheart, what's your name? ... [[Ruby|name]]? Where's Mummy?
[07:24:36] CHILD: Mummy sleeping. [[Alfie|name]] at school. ...[[Ryan|name]] at work.
[07:25:02] MR [[OLLETT|name]]: I reckon she's from the cottages. The [[Tuck|name]] girl's got a little one.
[07:31:48] [at the door, knocking] PC [[DRING|name]]: Police! Hello? ... Door's open.
[07:32:20] FEMALE 1 ([[Kayleigh Tuck|name]]): What? Oh my God, [[Ruby|name]]! Where was she?
[07:32:26] PC [[DRING|name]]: Up on the main road, nearly at the bend. Who's in the house with you?
[07:32:31] [[KAYLEIGH|name]]: Nobody, [[Alfie|name]] walked himself to school, he goes with [[Kacper|name]] from the farm.
[07:32:50] [[KAYLEIGH|name]]: [[Ryan|name]]'s on earlies at Produce World in [[Sutton Bridge|place]] - no, [[Whittlesey|place]] - he'll go
mental.
[07:33:15] PC [[DRING|name]]: What's your date of birth, love?
[07:33:17] [[KAYLEIGH|name]]: [[Thirtieth of the eleventh, ninety-five|dob]].  (transcriber: [[30/11/1995|dob]])
[07:33:40] PC [[DRING|name]]: And [[Ruby|name]]'s?
[07:33:42] [[KAYLEIGH|name]]: [[Twelfth of March twenty-one|dob]].  (transcriber: [[12/03/2021|dob]])
[07:35:05] PC [[DRING|name]]: Control from 1187, child safe and well with mother at the address, request a PPN and a
callback to [[Darren|name]] - sorry, [[Kayleigh|name]] says the dad is [[Ryan Sharpe|name]], mobile [[07878 015 443|phone]].
[07:36:30] [END OF RECORDING]"""),
    ("Health visitor's notes dictated into a phone", """[Dictated into the HV's work phone (speech to text), pasted into SystmOne
[[17/11/26|date]] 21:08, not yet tidied]

Visit to [[ruby lou sharpe|name]] at grans in [[march|place]] no its at dads in [[march|place]] [[47 elwyn road|address]] not mums
because no electric at [[doddington|place]] see SW [[marcus|name]] note yesterday. present dad [[darren tuck|name]] and his partner
[[stacey|name]] and [[alfie|name]] home from school. [[ruby|name]] burn to left palm about 2 cm blister intact
seen at [[wisbech|place]] MIU dressing clean. weight 11.9 kg. she was chatty said the candle was hot and [[ryan|name]]
was asleep. [[stacey|name]] has two of her own [[mason|name]] and [[evie|name]] so house is full, [[alfie|name]] on sofa, [[ruby|name]] in
with [[evie|name]].
dad says happy to keep them but works at the fens potato packing so needs help, [[stacey|name]]s mum lives at [[upwell|place]]
can help. mum [[kayleigh|name]] rang during visit from [[07517 263 908|phone]] crying asked for [[ruby|name]] on facetime.
plan revisit one week? no [[24th november|date]] at mums if electric back. inform GP Dr [[okafor|name]] at the [[march|place]]
surgery. [[L gotobed|name]] HV"""),
]


# --- E. Gayle / Reid (British Caribbean), Bretton, Peterborough: a care leaver and her baby --------------------------------

HOME_E = d.Address("Flat 7, 12 Abbotsbury", "Bretton", "Peterborough", "PE3 8QR")
DAD_E = d.Address("31 Oundle Road", "Woodston", "Peterborough", "PE2 9PJ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Malachi", "Gayle-Reid")], dt.date(2026, 9, 4), addresses=[HOME_E], ids=["1321604068"]),
    _p("m", "mother", [("Shanice", "Gayle")], dt.date(2007, 2, 11), addresses=[HOME_E], phones=["07399 642 871"],
       ids=["JK 42 81 06 B"]),
    _p("f", "father", [("Tyrone", "Reid")], dt.date(2006, 5, 19), addresses=[DAD_E], phones=["07932 418 561"]),
    _p("p1", "professional", [("Hollie", "Marsh")], phones=["07521 906 115"], emails=["hollie.marsh@nenevale.gov.uk"]),
], "c")

DOCS_E = [
    ("Pre-birth assessment summary", """PRE-BIRTH ASSESSMENT - SUMMARY AND RECOMMENDATION
Unborn baby of [[Shanice GAYLE|name]] (DOB [[11/02/2007|dob]], NI [[JK 42 81 06 B|ni]]), EDD [[28 September 2026|date]]
Author: [[Deji Okonjo|name]], Social Worker, Children in Care and Care Leavers Service    Completed: [[14 August 2026|date]]

[[Shanice|name]] is 19 and a care leaver. She was in foster care from the age of 9 with Mrs [[Paulette Brown|name]] in
[[Orton Malborne|place]] and then in supported lodgings in [[Fletton|place]]. Her personal adviser is [[Hollie Marsh|name]]. She has
her own tenancy at [[Flat 7, 12 Abbotsbury|address]], [[Bretton|place]], [[PE3 8QR|postcode]] since [[1 March 2026|date]]. Her mother,
[[Donna Gayle|name]], lives in [[Birmingham|place]] ([[Handsworth Wood|place]]) and they speak "sometimes"; [[Shanice|name]]'s three younger
brothers were adopted.

The baby's father is [[Tyrone Reid|name]] ("[[Ty|name]]"), 20, who lives with his mother, [[Marcia Reid|name]], at [[31 Oundle
Road|address]], [[Woodston|place]]. He has a conviction for possession with intent to supply (2024) and was stabbed at the
Queensgate bus station in April 2025. [[Shanice|name]] says he is "not
in that life now" and works at the warehouse at Kingston Park. Police intelligence (DC [[Amrit Sahota|name]]) links him to a
line run from [[Leicester|place]] into [[Peterborough|place]] in 2025.

Strengths: [[Shanice|name]] has attended every antenatal appointment at Peterborough City Hospital with her midwife, [[Ellie
Rowbotham|name]]; her flat is clean and she has bought a cot and a pram with her leaving care grant. Mrs [[Brown|name]]
("Auntie [[Paulette|name]]") is close and visits weekly from [[Orton Malborne|place]].
Worries: [[Shanice|name]]'s own experience of neglect; low mood (she stopped sertraline when pregnant); [[Tyrone|name]]'s
exploitation and possible risk to the baby from people he owes; arguments heard by a neighbour, Mr [[Dariusz Wróbel|name]] at
[[flat 8|address]], on [[2 August|date]].

Recommendation: child in need plan from birth, not a child protection plan; a safety plan that [[Tyrone|name]] does not stay
overnight for now; parent and baby group at [[Bretton|place]] children's centre; [[Hollie|name]] ([[07521 906 115|phone]]) to stay involved.
[[D. Okonjo|name]]"""),
    ("Supervised family time record", """FAMILY TIME (CONTACT) RECORD - Nene Vale Family Time Service, the Cresset centre room 2
Child: [[Malachi Gayle-Reid|name]] (born [[04.09.2026|dob]], NHS [[132 160 4068|nhs]])
Session: father's time with [[Malachi|name]]      Date: Fri [[27.11.26|date]] 10:00-11:30      Worker: [[Precious Ncube|name]]
Who came: [[Tyrone Reid|name]] (dad) and, for the last 20 minutes, his mother [[Marcia Reid|name]] (paternal grandmother)

[[Malachi|name]] was brought by his mum [[Shanice|name]] at 09:55; she waited in the café downstairs with her friend [[Kiera|name]].
[[Tyrone|name]] arrived at 10:12 (late; the 1 bus from [[Woodston|place]]). He apologised and washed his hands without being asked.
He fed [[Malachi|name]] 4oz well, winded him and sang to him ("his nan's song"). He called him "[[Kai|name]]" twice - when I
asked, he said that is the name he wanted, "[[Malachi Kai|name]]", and [[Shanice|name]] chose [[Malachi|name]].

10:40 [[Tyrone|name]]'s phone rang four times. He said "it's my cousin [[Jermaine|name]]" and turned it off. At 10:55 he asked me if
[[Malachi|name]] could come to his mum's on Christmas Day; I explained this is for the review.
11:10 Mrs [[Marcia Reid|name]] arrived with a card and a babygrow; she cried holding him. She said she has family in
[[Kingston|place]] (Jamaica) and in [[Luton|place]], and "[[Malachi|name]] has my father's name". She asked for my manager's email.
11:30 Handover to [[Shanice|name]]: polite, no conflict. [[Tyrone|name]] kissed [[Malachi|name]] and said "see you Tuesday".

Analysis: warm, attuned care; [[Tyrone|name]] needed no prompting with feeding. Worries: lateness, the phone calls.
Next session: Tue [[1 Dec|date]] 10:00. [[P Ncube|name]]"""),
    ("Voicemails left for the personal adviser, transcribed", """Voicemails on the work mobile of [[Hollie Marsh|name]] (PA), transcribed
by her on [[03/12/2026|date]]
for the record. Caller numbers as shown by the phone.

1) Monday [[30 November|date]], 23:12, from [[07399 642 871|phone]] ([[Shanice|name]]) - 0:48
"[[Hols|name]] it's me. Sorry it's late. [[Ty|name]]'s been at the door, he was banging, he's saying he needs to stay 'cos
someone's after him from [[Leicester|place]]. I never let him in I swear. [[Malachi|name]]'s asleep. Can you ring me in the
morning, don't tell [[Deji|name]] yet, please. Love you bye."

2) Tuesday [[1 December|date]], 08:03, from [[07932 418 561|phone]] ([[Tyrone|name]]) - 0:31
"Yeah, this is [[Ty|name]], [[Tyrone Reid|name]], [[Shanice|name]] give me your number. I need to talk to someone about a
move, like a move away from [[Peterborough|place]], me and my mum. Is that a thing you can do? Call me back."

3) Tuesday [[1 December|date]], 09:40, withheld - 1:02
"Hi [[Hollie|name]], [[Paulette|name]] here, [[Paulette Brown|name]], [[Shanice|name]]'s foster mum that was. She's been round
mine in [[Orton|place]] with the baby since seven this morning, she won't go home. Something's happened at [[Abbotsbury|address]]
last night. She's fine, the baby's fine. My number's [[01733 864 219|phone]]. God bless."

4) Wednesday [[2nd|date]], 17:20, from [[07399 642 871|phone]] - 0:12
"It's [[Shan|name]]. The housing lady said I can go to the [[Hampton|place]] flat on Friday. Ring me."

Action (PA): rang [[Shanice|name]] 09:05 [[1/12|date]]; informed [[Deji Okonjo|name]] 09:15; police informed of [[Tyrone|name]]'s call
re threats (ref noted); [[Tyrone|name]] referred to the county lines navigator."""),
    ("Baby bank referral form", """BABY BANK PETERBOROUGH - REFERRAL FORM (online)  Ref BB-2612-0087
Referrer name: [[Hollie Marsh|name]]   Organisation: Nene Vale Leaving Care   Phone: [[07521 906 115|phone]]
Referrer email: [[hollie.marsh@nenevale.gov.uk|email]]
Date: [[04/12/2026|date]]

Family name (first name only if you prefer): [[Shanice|name]]
Address for delivery: [[Flat 14, Lupin Court|address]], [[Hampton Vale|place]], [[PE7 8LX|postcode]] (moving in [[04/12|date]]; NOT
the old address on [[Abbotsbury|address]] - safety reasons, do not share)
Contact number for driver: [[07399 642 871|phone]]    Best times: after 12
Children in household (first name, age): [[Malachi|name]], 3 months
Parent's date of birth (for our records): [[11 Feb 2007|dob]]

Items needed: moses basket or cot bed (yes, cot was left behind), pram ok, winter snowsuit 3-6m, sterilizer, bottles, baby
monitor, nappies size 2, wipes, blankets, a high chair in 3 months.

Any other info: Young mum leaving a situation of threats. She has no car. A friend, [[Kiera Linford|name]], will be there to
take the items if [[Shanice|name]] is at the Family Time centre. Please do not leave items with a man. Previous help: Little
Miracles [[Bretton|place]] (Oct 2026).

Consent: I confirm the family have agreed to this referral. Signature: [[H. Marsh|name]]"""),
]


# --- F. Crowland / Mills family (white British), special guardians in Eye, Peterborough -----------------------------------

HOME_F = d.Address("5 Crowland Road", "Eye", "Peterborough", "PE6 7TP")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Reece", "Mills")], dt.date(2011, 3, 27), addresses=[HOME_F], ids=["0842567380", "Q874234895828"],
       schools=["Thomas Deacon Academy"]),
    _p("s", "sibling", [("Skye", "Crowland-Mills")], dt.date(2016, 10, 2), addresses=[HOME_F], ids=["1540445372"],
       schools=["Eye Church of England Primary School"]),
    _p("m", "mother", [("Gemma", "Crowland")], dt.date(1990, 7, 7), ids=["GK 63 10 27 D"]),
    _p("g", "grandparent", [("Pauline", "Crowland")], dt.date(1963, 1, 18), addresses=[HOME_F], phones=["01733 222 418"]),
    _p("g2", "grandparent", [("Trevor", "Crowland")], dt.date(1960, 9, 9), addresses=[HOME_F], phones=["07446 892 018"]),
], "c")

DOCS_F = [
    ("Special guardianship support plan review", """SPECIAL GUARDIANSHIP SUPPORT PLAN - ANNUAL REVIEW
Children: [[Reece MILLS|name]] (DOB [[27/03/2011|dob]], UPN [[Q874234895828|upn]]) and [[Skye CROWLAND-MILLS|name]]
(DOB [[02/10/2016|dob]])    Special guardians: [[Pauline|name]] and [[Trevor Crowland|name]] (maternal grandparents)
Address: [[5 Crowland Road|address]], [[Eye|place]], [[Peterborough|place]] [[PE6 7TP|postcode]]
Review date: [[9 November 2026|date]]    Reviewer: [[Alison Sewell|name]], Kinship Support Team

1. Background. Special guardianship orders were made at the Family Court at Peterborough on [[14/06/2022|date]]. The
children's mother, [[Gemma Crowland|name]], is serving a sentence at HMP Peterborough (release date about May 2027?).
[[Reece|name]]'s father, [[Jason Mills|name]], died in 2020; [[Skye|name]]'s father, "[[Jase|name]]" as well - the same man. The
grandparents have been married 41 years; [[Trevor|name]] drove for Perkins until his stroke in 2024.

2. The children now. [[Skye|name]] (10) is thriving at [[Eye Church of England Primary School|school]] ("[[Eye C of E|school]]"), sings
in the choir at St Matthew's and has a best friend, [[Poppy Thurlby|name]]. [[Reece|name]] (15), at [[Thomas Deacon|school]] in the city,
has changed since the summer: three missing episodes ([[22 September|date]], [[10 October|date]], [[3-4 November|date]]); found
once in [[Spalding|place]] and once at [[Peterborough|place]] station with £300 and a second phone. Police (DC [[Naomi Kerr|name]]) have
put him on the exploitation tracker; an NRM referral was made on [[6 November|date]]. A friend, [[Callum|name]] "[[Cal|name]]"
[[Bright|name]], and an older
man known as "[[Skinny|name]]" from [[Dogsthorpe|place]] are named in the intelligence.

3. What [[Pauline|name]] and [[Trevor|name]] say. They are exhausted. [[Pauline|name]] said "we took them to keep them safe
and now we're the ones ringing 101 at three in the morning". [[Trevor|name]] has put a lock on the back gate onto [[Back
Lane|address]]. A neighbour, Mrs [[Joan Pask|name]] at [[no. 7|address]], has seen cars stop outside late at night.

4. Support agreed. Special guardianship allowance continues; funding for a Family Group Conference (co-ordinator [[Viv
Hargrave|name]]); a referral for [[Reece|name]] to the youth service (worker [[Tom Ndlovu|name]]); respite for [[Skye|name]] with
her great-aunt [[Sheila Garner|name]] in [[Thorney|place]] one weekend a month. Next review [[9 May 2027|date]].
[[A. Sewell|name]], [[10/11/2026|date]]"""),
    ("Return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI)
Young person: [[Reece Mills|name]] ("[[Reecey|name]]" to his nan)    Age: 15    Missing from: [[5 Crowland Road|address]], [[Eye|place]]
Missing: [[03/11/2026|date]] 18:40 to [[04/11/2026|date]] 14:15 (found by BTP at [[Peterborough|place]] station)
RHI completed by: [[Jess Aldous|name]] (Missing Service)    Date: [[06/11/2026|date]], at school ([[Thomas Deacon|school]], pastoral room)

Where did you go? He said he went "into town" on the bus from [[Eye|place]] and then "to a mate's" in [[Millfield|place]], then "up
[[Spalding|place]]" in a car. He would not name the driver ("a man called [[Dex|name]], that's all I know"). He slept "on a sofa
on [[Winsover Road|address]]" (in [[Spalding|place]]). He came back on the train from [[Spalding|place]] to [[Peterborough|place]].

Who were you with? "[[Cal|name]]" ([[Callum Bright|name]], 16, of [[Gunthorpe|place]]) for part of it. He said [[Cal|name]]'s older brother
[[Kane|name]] "sorts things". He showed me a Snapchat name ("k4ne.pbo") and deleted it.

Did anything happen that worried you? He said "not really", then that he "held a bag for [[Dex|name]]" and got £50. He said he
was scared when a man in [[Spalding|place]] said "we know where you live, [[Crowland|place]] Road" - he thought at first the man meant
the town, [[Crowland|place]], where his mum used to live, and then realised. (Note: the road in [[Eye|place]] and the town of
[[Crowland|place]] are different places; the family lived in [[Crowland|place]] until 2022.)

What would help? "My mum getting out." "Nan to stop crying." He would like to do boxing at the gym in [[Werrington|place]] again. He
agreed I could share with his social worker, [[Alison Sewell|name]], and the police.

Risk: HIGH (CCE). Shared with DC [[Kerr|name]] and [[Alison|name]] [[06/11/2026|date]] 16:00. [[J. Aldous|name]]"""),
    ("A mother's letter from prison to her children", """[Letter on prison notepaper, copied with consent for the file by
[[A Sewell|name]], [[20/11/26|date]].
Prison number and wing removed by the prison.]

HMP Peterborough
Sunday [[15th Nov|date]]

To my babies [[Reece|name]] and [[Skye|name]] xxx

Hiya my darlings its Mum. I hope your both ok and being good for Nan and Grandad. [[Skye|name]] I got your picture of the
christmas tree and Biscuit... no sorry I mean the cat is it Bingo now?? Its on my wall next to my bed, my
pad mate [[Leanne|name]] says you are a proper artist.

[[Reecey|name]] Nan told me on the phone about you going off to [[Spalding|place]]. Please please dont. I know what them lot are
like, thats how I ended up in here. [[Dex|name]] and that [[Kane|name]] are not your mates. Promise me. When I get out in the
spring we can get a flat in [[Eye|place]] or even back to [[Crowland|place]] near Auntie [[Shell|name]] and start again.

I had my visit with the lady from the court on the [[10th|date]] and she said I might get to do family days on the [[19th
December|date]] if Nan can bring you. Grandad dont worry about the drive, [[Gary|name]] next door to Nan said he will take you.

Love you to the moon and back and back again
Mum xxxxx
[[Gemma Crowland|name]] (Mum)
P.S [[Skye|name]] happy birthday again I know it was in October I didnt forget x"""),
    ("Email exchange between a grandmother and a school's pastoral lead", """From: [[Pauline Crowland|name]]
<[[paulinecrowland63@btinternet.com|email]]>
Sent: [[25 November 2026|date]] 22:47
To: [[Rebecca Lomax|name]] <[[r.lomax@thomasdeacon.example.org|email]]>
Subject: [[Reece|name]] again

Dear Mrs [[Lomax|name]],
Sorry to write so late. [[Reece|name]] came in at 10 tonight and said he was at football at [[Werrington|place]] but [[Trev|name]]
rang the club and there is no football on a Wednesday. He had a new coat on, a North Face one, he says [[Cal|name]] gave it him.
He has got a new phone as well. My husband is not well and cannot keep going out in the car at night looking for him.
Can he stay in school for the after school club till 5? I can get him at 5 from the gate on [[Queen's Gardens|address]].
Our home number is [[01733 222 418|phone]] or [[Trevor|name]]'s mobile [[07446 892 018|phone]].
Regards, [[Pauline Crowland|name]] (Nan)

From: [[Rebecca Lomax|name]]
Sent: [[26 November 2026|date]] 08:12
To: [[Pauline Crowland|name]]
Cc: [[Alison Sewell|name]]; [[Nadeem Qureshi|name]] (DSL)
Subject: RE: [[Reece|name]] again

Dear [[Pauline|name]],
Thank you, and please don't apologise. I will see [[Reece|name]] at registration. Yes, he can join homework club until 5 on
Monday to Thursday. Mr [[Qureshi|name]] will share the coat and phone with [[Alison|name]] and with DC [[Kerr|name]]. [[Reece|name]] had
a good day on Tuesday in Design Tech - his teacher Mr [[Okoro|name]] was very pleased.
Kind regards,
[[Rebecca Lomax|name]], Head of Year 10"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 86 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 05:14 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy",
           "mam", "dad", "daddy", "aunty", "auntie", "uncle", "nha", "avó", "avo", "tia", "tio", "imam", "mamé", "ah", "爸爸", "妈妈",
           "阿嬷"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cambridgeshire", "cambs",
               "lincolnshire", "northamptonshire", "the fens", "fens", "fenland", "east anglia", "portugal", "guinea-bissau",
               "guinea bissau", "senegal", "malaysia", "perak", "china", "jamaica", "west midlands", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it) and this set's titles and kinship words (before a name: "Nha Fanta", "Avó Sona", "Tia Binta", "Imam Yusuf",
# "Auntie Paulette") and counties, regions and countries ("Cambridgeshire", "Portugal", "Guinea-Bissau", "Malaysia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
