"""Set 188: a held-out hand-written set for the redaction detector, six more invented families in Maldon, Heybridge and
Tiptree (Essex), written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set186.py, bench/redaction_set187.py, bench/redaction_set189.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: the wc -l line counts of bench/redaction_set21.py (its text was not printed; set 181's
copy of its conventions was followed), bench/redaction_set181.py (lines 1-200: its docstring, its first family and the start of
its second; lines 540-621: its last documents and its tail) and tests/test_redaction_set181.py in full, lines 20-60 of
bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`; a grep of it also showed a few lines of its example record),
and the docstrings of bench/redaction_set7.py to bench/redaction_set185.py searched by script (ast.get_docstring) for the
towns, villages and communities used here; only set 44's docstring was printed around "tiptree" (a lower-case place in a list
of marking examples, not a family's home) and the few words around "Burnham" in sets 55 and 140 (Burnham-on-Sea, Somerset).
Sylheti appears in earlier docstrings (sets 17, 19, 72, 147, 182); Chuvash, Cheboksary and every home used here did not. Phone
numbers were checked with the phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum, in small
snippets. No part of pyproject.toml was read (ruff was run with the project's settings). The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families in the Maldon district and by Tiptree, each in a village or district that the earlier docstrings did not show as a
family's home: a young white British mother and her partner in Heybridge Basin, with a nan in Heybridge (Tanner / Rolfe;
neglect, cannabis and cocaine, a dealer on the sofa, a fight and a strategy meeting); a Chuvash family (a Turkic people of the
Chuvash Republic on the Volga, Russia, who speak Chuvash and Russian) in Mayland (Yegorova / Kuzmin; domestic abuse with
strangulation, a girl of 12 used as interpreter, a grandmother's chat in Chuvash from Cheboksary, a MARAC); a white British boy
of 15 in Tolleshunt Knights, by Tiptree (Cole / Pryke; missing to Colchester, criminal exploitation, a stepfather, a Snapchat
extract); a white British young carer of 12 in Goldhanger (Harvey; a father with depression and drink after the mother's death,
an aunt in Maldon); a British Bangladeshi family in Great Totham with a disabled boy of 8 (Choudhury / Begum; autism and
epilepsy, a mother's 3 a.m. voice note in Sylheti, short breaks); and a young white British mother in Latchingdon (Fairweather
/ Bright; postpartum psychosis, a baby and a girl of 6 with their nan in Southminster, a child in need plan). The new community
is Chuvash, which no earlier docstring names. 24 documents, each with its own style label: a primary school safeguarding log,
a nan's voicemails written down, strategy meeting minutes, a child's worry box note scanned by OCR (with its misreadings), a
police DASH summary, a family chat in Chuvash (Cyrillic) translated, a school pastoral email, a MARAC referral, a missing person
report, a return home interview, Snapchat messages typed up, exploitation panel minutes, a young carers' assessment, a child's
diary page, a GP's letter, a social worker's lower-case phone notes, a short breaks application, a voice note transcribed and
translated from Sylheti (with names in Bengali script), an OT home visit report, resource panel minutes, a health visitor's
contact record, a perinatal psychiatrist's email, a Messenger chat typed up and a section 47 outcome letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address, vehicle registration and the
grandmother's flat in Cheboksary. Phones are valid (phonenumbers), UK and foreign (Russia, Bangladesh); names are also written
in Cyrillic ("Нарспи", "Атнер", "Николай") and Bengali script ("হাসিনা বেগম"); NHS numbers and UPNs (LA 881) pass their check
digits. "Blackwater" children's services and its email domain, the GP practices ("Blackwater Medical Centre", "Dengie Medical
Partnership") are invented or unmarked organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of set 21 as set 181 follows them. Titles and kinship words stay outside a name (Mr, Mrs, Ms, Dr,
PC, PCSO, DS, DI, Sgt, SW, HV, Nan, Auntie, Uncle, and the Sylheti "bhai" (brother) and "amma" (mother)); a chat contact saved
as a kinship word ("Кукамай", the Chuvash maternal grandmother) and the Chuvash "анне" (mum) are not names; "SURNAME, First"
and "SURNAME First" are one span ("TANNER, Kaden", "Narspi YEGOROVA"); initials alone ("KT") are not marked, while a first name
with an initial is ("Ayaan C.", "ruby s", "priyanka d"); usernames ("deeks_gang44", "j0rd.c") are not marked; a nickname
after a kinship word is a name ("Uncle [[Bones]]"); a neighbour's bare house number ("no. 19", "number 40", "flat 4") is an
address, and so is a street alone ("Holloway Rd", "the Causeway", "crouch st"); organisations holding a town's name stay
unmarked ("Maldon District Council", "Dengie Health Visiting Team"), as do charities and services ("Open Road", "Winston's
Wish", "Eastlight", "Safespaces", "the Children's Society") and hospitals ("Broomfield"); countries, counties and republics are
not places ("Essex", "Russia", "Chuvash Republic", "Bangladesh", "spain"); an OCR misreading keeps its kind ("l6/11/2O26" a
date, "coIchester" and "heybrige" places, "caroI" a name); a name or place in Cyrillic is marked as a whole word (Chuvash case
endings were avoided next to names); a weekday stays outside a date span ("Friday [[6 November 2026]]").

Choices this set had to make: a town in lower-case words before a facility or team ("[[Maldon]] leisure centre", "the
[[Braintree]] team", "[[Maldon]] station") marks the town; "the jam factory" and "the sea wall" are landmarks and unmarked; a
short form of a district ("South Woodham", "Burnham") is a place; a school's short form is a school ("Plume", "Thurstable");
"Tesco" and "the Co-op" (without a town) are organisations; "March 2025" and "July 2025" are bare months and unmarked.

Self-check without the detector: `python -m bench.redaction_set188` (and tests/test_redaction_set188.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 911 gold spans, 502 of them names (address 41, postcode 17, place 133, school 19, phone 36, email 4,
dob 20, date 118, nhs 9, upn 5, ni 2, vehicle 5)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Tanner / Rolfe family (white British), Heybridge Basin, nan in Heybridge ------------------------------------------

HOME_A = d.Address("17 Saltcote Walk", "Heybridge Basin", "Maldon", "CM9 4RT")
NAN_A = d.Address("42 Holloway Road", "Heybridge", "Maldon", "CM9 4ER")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaden", "Tanner")], dt.date(2017, 4, 11), addresses=[HOME_A], ids=["3403146456", "Y881422045635"],
       schools=["Heybridge Primary School"]),
    _p("s", "sibling", [("Lily-Rose", "Rolfe")], dt.date(2021, 8, 29), addresses=[HOME_A], ids=["4411087758"]),
    _p("m", "mother", [("Stacey", "Tanner")], dt.date(1993, 3, 6), addresses=[HOME_A], phones=["07723 418 255"]),
    _p("f", "father", [("Lee", "Rolfe")], dt.date(1990, 12, 14), addresses=[HOME_A], phones=["07958 214 736"]),
    _p("g", "grandparent", [("Carol", "Tanner")], dt.date(1966, 10, 2), addresses=[NAN_A], phones=["01621 852 417"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """HEYBRIDGE PRIMARY SCHOOL - SAFEGUARDING LOG (CPOMS export, printed [[30/11/2026|date]])
Pupil: [[TANNER, Kaden|name]]   DOB [[11/04/2017|dob]]   UPN [[Y881422045635|upn]]   Year 4 (Otters)
Home: [[17 Saltcote Walk|address]], [[Heybridge Basin|place]], [[Maldon|place]] [[CM9 4RT|postcode]]
Contacts: mum [[Stacey Tanner|name]] [[07723 418 255|phone]]; [[Lee Rolfe|name]] (mum's partner, [[Lily-Rose|name]]'s dad)
[[07958 214 736|phone]]; nan [[Carol Tanner|name]] [[01621 852 417|phone]]

[[07/09/2026|date]] [[Kaden|name]] arrived 9.40, no breakfast, ate two of [[Harvey Gould|name]]'s toast. Mrs [[Pettit|name]] (class
teacher) logged it.
[[14/09/2026|date]] Head lice again; letter sent home. [[Kaden|name]] said "mum's asleep in the day now".
[[21/09/2026|date]] Nan ([[Carol|name]]) collected. Said [[Stacey|name]] and [[Lee|name]] "are on it again" and she finds "them little
bags" on the side.
[[2 Oct|date]] [[Kaden|name]] told Mr [[Oyelaran|name]] (TA) that [[Lee|name]]'s friend [[Gaz|name]] stays on the sofa and "has
a knife in his sock". DSL [[Rachel Brightwell|name]] informed, MASH referral at 14:20.
[[5/10/26|date]] Strategy discussion. SW [[Hollie Marsh|name]] allocated ([[hollie.marsh@blackwatercs.gov.uk|email]]).
[[12th October|date]] [[Kaden|name]] not collected at 3.15. Rang mum x3, [[Lee|name]] x2. Nan came 4.10 from
[[Heybridge|place]] on the bus. [[Lily-Rose|name]] had been left with a neighbour, Mrs [[Doreen Sayer|name]] at [[no. 19|address]].
[[19/10/2026|date]] Mum came to parents' evening with [[Lily-Rose|name]]; smelt of cannabis; told Mrs [[Pettit|name]] she's
"getting clean with Open Road" (the drug and alcohol service); worker [[Shaz|name]].
[[3.11.26|date]] [[Kaden|name]] said he and [[Lily-Rose|name]] slept at nan's in [[Holloway Rd|address]] at the weekend because "the
police came to our house". Checked with PC [[Danny Loveday|name]] ([[Maldon|place]] station): a fight at the house on Sat [[31st|date]].
[[9/11/2026|date]] Mum rang from a new number [[07411 605 823|phone]]; says [[Lee|name]] has gone to his brother [[Craig|name]]'s in
[[Witham|place]].
[[16/11/26|date]] [[Kaden|name]]'s friends [[Alfie|name]] and [[Noor Haddad|name]] said he cried at lunch. Trusted adults: Mrs
[[Pettit|name]], Mr [[Oyelaran|name]].
[[24/11/26|date]] Nan [[Carol|name]] rang: [[Stacey|name]] has moved her friend [[Jodie Barrell|name]] in, and [[Jodie|name]]'s boyfriend
[[Reece|name]]. [[Kaden|name]] says [[Reece|name]] is "ok" but plays [[Gaz|name]]'s music. Mrs [[Pettit|name]] and [[Rachel|name]]
spoke to [[Hollie Marsh|name]] at 15:40.
[[27/11/2026|date]] [[Kaden|name]] in nan's car; nan said [[Lee|name]] is back at [[Saltcote Walk|address]] "on and off". [[Lily-Rose|name]]
starting at the nursery on [[Goldhanger Road|address]] in [[Heybridge|place]] on the [[7th|date]], keyworker [[Mandy Hurrell|name]].
"""),
]

DOCS_A += [
    ("nan's voicemails written down by the duty worker", """Duty log - voicemails left by [[Carol Tanner|name]] (maternal nan),
typed by [[Jess Wakeling|name]] on
[[1/11/26|date]]

1) Sat [[31 Oct|date]] 23:52 - "it's [[Carol|name]], [[Kaden|name]]'s nan, [[Stacey|name]]'s mum. the police are at
[[Saltcote Walk|address]],
[[Lee|name]]'s had a fight with that [[Gary|name]] - [[Gary Mott|name]] - in the garden. I've got the kids. I'm at [[42 Holloway
Road|address]], [[Heybridge|place]], ring me on [[01621 852 417|phone]]."
2) Sun [[1 Nov|date]] 08:15 - "[[Stacey|name]]'s come to mine, she's in a state. [[Lee|name]]'s gone off in [[Gary|name]]'s car, a
black Golf, [[EF17 KRW|vehicle]]. He's got [[Lily-Rose|name]]'s pushchair in the boot, don't ask me why."
3) Sun [[1 Nov|date]] 10:02 - "sorry, me again. my neighbour [[Brenda|name]] from [[number 40|address]] says she seen [[Lee|name]] at the
Tesco in [[Maldon|place]]. I can keep [[Kaden|name]] till Monday but I've got my hospital on the [[3rd|date]] in
[[Chelmsford|place]]."
Actioned: rang [[Carol|name]] 10:20. Police log ref given by PC [[Loveday|name]]. Passed to SW [[Hollie Marsh|name]] for Monday
4) Mon [[2 Nov|date]] 07:05 - "[[Carol|name]] again. [[Kaden|name]] wet the bed. [[Lily-Rose|name]] keeps asking for [[Lee|name]].
my sister [[Maureen|name]] in [[Tiptree|place]] says she can have them Tuesday. her number is [[01621 815 393|phone]]."
Actioned: [[Hollie|name]] told at 09:00; Aunt [[Maureen Cardy|name]] to be checked (DBS/police) before she has the children.
"""),
    ("strategy meeting minutes", """BLACKWATER CHILDREN'S SERVICES - STRATEGY MEETING - [[Kaden TANNER|name]] ([[11.04.2017|dob]]) and
[[Lily-Rose ROLFE|name]] ([[29.08.2021|dob]], NHS [[441 108 7758|nhs]])
Date: [[2 November 2026|date]], 11:00, Teams.   Chair: [[Nikhil Varsani|name]] (team manager)
Attendees: [[Hollie Marsh|name]] (SW); DS [[Kerry Ambrose|name]] (Essex Police); [[Rachel Brightwell|name]] (DSL, [[Heybridge
Primary|school]]); HV [[Sian Doughty|name]]; [[Shaz Keeble|name]] (Open Road); Dr [[Ferreira|name]] (Blackwater Medical Centre).
Information: police called to [[17 Saltcote Walk|address]] on [[31/10/2026|date]]; [[Lee Rolfe|name]] ([[14/12/1990|dob]]) and
[[Gary Mott|name]] fought; cannabis and a small amount of cocaine found. [[Mott|name]] known for supply in [[Maldon|place]] and
[[Colchester|place]]. [[Lee|name]] now at his brother [[Craig Rolfe|name]]'s, [[Flat 2, 8 Newland Street|address]], [[Witham|place]]
[[CM8 2AQ|postcode]].
HV: [[Lily-Rose|name]] missed her 2-year review twice ([[14/09|date]], [[5/10|date]]).
[[Shaz|name]]: [[Stacey|name]] attended 2 of 6 sessions; says she wants to stop.
School: [[Kaden|name]] hungry, late, tired; talks about "[[Gaz|name]]".
Decision: section 47 enquiry, joint. Children to stay with nan [[Carol|name]] at [[Holloway Road|address]] under a safety plan
until [[9 Nov|date]]; no contact with [[Gary Mott|name]]. Next: ICPC within 15 working days (by [[23/11/26|date]]).
Other adults: [[Gary Mott|name]]'s partner [[Chelsea Dunn|name]] ([[Maldon|place]]); [[Lee|name]]'s mother [[Sue Rolfe|name]] in
[[Tiptree|place]] (not seen since July 2025) - contact to be assessed.
Actions: [[Hollie|name]] to see both children alone today; DS [[Ambrose|name]] to check the Golf; [[Sian|name]] to visit on the
[[4th|date]].
"""),
    ("child's worry box note scanned (OCR)", """[scanned from the worry box, Otters class, [[l6/11/2O26|date]] - OCR text,
spelling as written]

my name is [[kaden tanner|name]] I am 9
I liv at [[heybrige basin|place]] wiv mum and [[Lily rose|name]] and somtimes [[lee|name]]. I am wurrid about mum she sleeps all day and
[[gaz|name]] cums in the nite and they shout. I like it at nan [[caroI|name]]s in [[heybrige|place]] she has a dog called biscit.
I want [[Lee|name]] to stop going to [[coIchester|place]] with [[gaz|name]]. my frend [[AIfie|name]] sed his dad is a
pliceman
I am wurrid [[Lily rose|name]] has no nappys. mrs [[Pettit|name]] is nice. I want to liv at nans til mum is better.
KT
"""),
]


# --- B. Yegorova / Kuzmin family (Chuvash, from Chuvashia in Russia), Mayland, a grandmother in Cheboksary ---------------

HOME_B = d.Address("31 Imperial Avenue", "Mayland", "Chelmsford", "CM3 6AH")
GRAN_B = d.Address("ul. Kalinina 84, kv. 12", "", "Cheboksary", "428003")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ilem", "Kuzmina")], dt.date(2014, 2, 23), addresses=[HOME_B], ids=["1340563878", "G881557744723"],
       schools=["The Plume Academy"]),
    _p("s", "sibling", [("Savtepi", "Kuzmina")], dt.date(2019, 7, 8), addresses=[HOME_B], ids=["9130283558"]),
    _p("m", "mother", [("Narspi", "Yegorova")], dt.date(1989, 5, 17), addresses=[HOME_B], phones=["07836 492 158"]),
    _p("f", "father", [("Atner", "Kuzmin")], dt.date(1985, 9, 30), addresses=[HOME_B], phones=["07592 318 460"]),
    _p("g", "grandparent", [("Valentina", "Yegorova")], addresses=[GRAN_B], phones=["+7 8352 62 14 37"]),
], "c")

DOCS_B = [
    ("police domestic abuse risk assessment (DASH) summary", """ESSEX POLICE - DOMESTIC ABUSE RISK ASSESSMENT - SUMMARY
Victim: [[YEGOROVA, Narspi|name]]   DOB [[17/05/1989|dob]]   Tel [[07836 492 158|phone]]
Suspect: [[KUZMIN, Atner|name]]   DOB [[30/09/1985|dob]]   Tel [[07592 318 460|phone]]   NI [[JT 48 21 90 C|ni]]
Address: [[31 Imperial Avenue|address]], [[Mayland|place]], [[CM3 6AH|postcode]]
Children: [[Ilem Kuzmina|name]] ([[23/02/2014|dob]]), [[Savtepi Kuzmina|name]] ([[08/07/2019|dob]])
Incident: [[14/11/2026|date]] 22:35. 999 call by neighbour Mr [[Terry Gunn|name]] of [[no. 29|address]]. Officers PC [[Amy Sexton|name]]
and PC [[Luke Hamid|name]] attended from [[South Woodham Ferrers|place]]. Victim had a red mark on her neck; said the suspect
held her against the fridge after he found she had sent money to her mother in [[Cheboksary|place]]. [[Ilem|name]] (12) translated
until the interpreter ([[Olga Petrenko|name]], Russian) was on the phone at 23:10.
Previous: [[2 Aug 2026|date]] verbal argument, no crime; [[19/09/2026|date]] call from [[Ilem|name]] hung up.
Suspect arrested, bailed to his friend [[Pavel Ignatyev|name]] at [[5 Station Road|address]], [[Burnham-on-Crouch|place]]
[[CM0 8BQ|postcode]], conditions: not to contact [[Narspi|name]] or enter [[Mayland|place]].
Vehicle: suspect drives a silver Skoda Octavia [[YN68 UXB|vehicle]].
Officer's note: [[Ilem|name]] said "papa pushed mama, [[Savti|name]] was screaming". [[Narspi|name]]'s friend [[Irina Sokolova|name]]
came at 23:30 from [[Burnham-on-Crouch|place]] and stayed. Neighbour Mrs [[Pam Gunn|name]] took [[Savtepi|name]] into [[no. 29|address]]
until 00:15. Sgt [[Mike Tolhurst|name]] reviewed at 02:00.
"""),
    ("family chat in Chuvash with an English translation", """WhatsApp chat "Кукамай" exported by [[Narspi|name]] and shown to SW
[[Maryam Qureshi|name]] on
[[19/11/2026|date]]. Translation by [[Ilem|name]]'s teacher's friend [[Tatyana Vasilyeva|name]] (checked by [[Narspi|name]]).

[[15.11.2026|date]] 07:02 - Кукамай: [[Нарспи|name]], мӗн пулчӗ? [[Илем|name]] каласа пачӗ.
   (Gran: [[Narspi|name]], what happened? [[Ilem|name]] told me.)
[[15.11.2026|date]] 07:10 - [[Narspi|name]]: Анне, [[Атнер|name]] мана хӗнерӗ. Полици илсе кайрӗ.
   ([[Narspi|name]]: Mum, [[Atner|name]] beat me. The police took him.)
[[15.11.2026|date]] 07:11 - Кукамай: Ачасем мӗнле? [[Савтепи|name]] ҫывӑрать-и?
   (Gran: How are the children? Is [[Savtepi|name]] asleep?)
[[15.11.2026|date]] 07:15 - [[Narspi|name]]: [[Илем|name]] шкула каймарӗ. Эпӗ [[Мэйленд|place]] ялӗнче юлатӑп.
   ([[Narspi|name]]: [[Ilem|name]] didn't go to school. I am staying in [[Mayland|place]].)
[[16.11.2026|date]] 19:40 - Кукамай: [[Шупашкар|place]] хулине таврӑн. Ман патӑма кил. Телефон [[+7 8352 62 14 37|phone]].
   (Gran: Come back to [[Cheboksary|place]]. Come to me. Phone [[+7 8352 62 14 37|phone]].)
[[16.11.2026|date]] 19:52 - [[Narspi|name]]: Ҫук, анне. Кунта шкул, ачасен тусӗсем. [[Ирина|name]] пулӑшать.
   ([[Narspi|name]]: No, mum. School is here, the children's friends. [[Irina|name]] is helping.)
[[17.11.2026|date]] 08:30 - Кукамай: [[Атнер|name]] пиччӗшӗ [[Николай|name]] шӑнкӑравларӗ, унӑн телефонӗ [[+7 917 654 32 10|phone]].
   (Gran: [[Atner|name]]'s older brother [[Nikolai|name]] rang; his phone [[+7 917 654 32 10|phone]].)
Note by SW: "Кукамай" (maternal grandmother) is [[Valentina Yegorova|name]]; "анне" is "mum". [[Irina|name]] is [[Irina
Sokolova|name]], a friend from [[Burnham|place]] who works at the care home in [[Latchingdon|place]].
"""),
]

DOCS_B += [
    ("secondary school pastoral email", """From: [[Owen Chaplin|name]] <[[o.chaplin@plume.essex.sch.uk|email]]>
To: [[Maryam Qureshi|name]] (SW)
Sent: [[20 November 2026|date]] 16:02
Subject: [[Ilem KUZMINA|name]] 8Y - UPN [[G881557744723|upn]]

Hi [[Maryam|name]],
Following your call on the [[18th|date]]: [[Ilem|name]] has been in every day since Monday [[16th|date]] apart from Tues pm
(dentist in [[Maldon|place]], mum's note). She told her form tutor Ms [[Gatward|name]] that she "had to tell the police in English
what dad did" and that she is scared he'll come back to [[Mayland|place]] on the bus. Her friends [[Darcey Hume|name]] and
[[Zofia Kral|name]] walk her from the bus stop on [[the Causeway|address]] now.
Dad has rung reception twice ([[17/11|date]] and [[19/11|date]]) from [[07592 318 460|phone]] asking to pick her up; we refused.
Mum has asked that [[Ilem|name]] not be used as interpreter again - we have booked [[Olga|name]] via the council for the
parents' meeting on [[3 Dec|date]].
Her tutor group mates [[Amelia Stock|name]], [[Ruby Prior|name]] and [[Kofi Mensah|name]] have been kind. [[Ilem|name]] is
lovely, very bright, writes poems in Chuvash and Russian. Her little sister [[Savtepi|name]] ("[[Savti|name]]") is at
[[Mayland Primary|school]] (Mrs [[Lockwood|name]] is DSL there, [[01621 740 315|phone]]).
Thanks, [[Owen|name]]
[[Owen Chaplin|name]], Head of Year 8, [[The Plume Academy|school]], [[Maldon|place]]
"""),
    ("MARAC referral form", """MARAC REFERRAL - Essex - meeting [[2 December 2026|date]]
Referrer: PC [[Amy Sexton|name]], [[South Woodham Ferrers|place]] CSP
Victim: [[Narspi YEGOROVA|name]], [[17.05.1989|dob]], [[31 Imperial Ave|address]], [[Mayland|place]] [[CM3 6AH|postcode]]. Safe number
[[07836 492 158|phone]] (texts only after 6pm). First language Chuvash, also Russian; English good for everyday.
Perpetrator: [[Atner KUZMIN|name]], [[30.09.1985|dob]], bail address c/o [[Pavel Ignatyev|name]], [[5 Station Rd|address]],
[[Burnham-on-Crouch|place]]. Works at a farm near [[Tillingham|place]] (boss: [[Steve Doe|name]]).
Children: [[Ilem|name]] 12 ([[Plume|school]]), [[Savtepi|name]] 7 ([[Mayland Primary|school]], NHS [[9130283558|nhs]]).
Risk: strangulation [[14/11|date]]; controls money; took her passport (now with his brother [[Nikolai Kuzmin|name]] in
[[Kazan|place]]); threatened to take the girls to Russia.
Actions asked: IDVA ([[Beth Ruddock|name]] allocated [[16/11/26|date]]); Sanctuary scheme; flag on the address; refer to the
Chuvash women's group in [[Southend|place]] run by [[Raisa Fedorova|name]].
Others known: [[Atner|name]]'s friend [[Pavel Ignatyev|name]] (bail address); his workmate [[Denis Orlov|name]]; [[Narspi|name]]'s
friend [[Irina Sokolova|name]] ([[Burnham-on-Crouch|place]]); [[Narspi|name]]'s GP Dr [[Hollings|name]].
Next of kin abroad: [[Valentina Yegorova|name]] (mother), [[ul. Kalinina 84, kv. 12|address]], [[Cheboksary|place]] [[428003|postcode]],
Chuvash Republic, Russia.
"""),
]


# --- C. Cole / Pryke family (white British), Tolleshunt Knights near Tiptree; a boy of 15 missing to Colchester ------------

HOME_C = d.Address("6 Rectory Close", "Tolleshunt Knights", "Maldon", "CM9 8EY")
DAD_C = d.Address("Flat 4, 22 Crouch Street", "", "Colchester", "CO3 3ES")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jordan", "Cole")], dt.date(2011, 6, 19), addresses=[HOME_C], ids=["9441930873", "B881466612477"],
       schools=["Thurstable School"]),
    _p("m", "mother", [("Michelle", "Pryke")], dt.date(1984, 1, 25), addresses=[HOME_C], phones=["07704 259 381"]),
    _p("s", "step-parent", [("Dean", "Pryke")], dt.date(1981, 11, 3), addresses=[HOME_C], phones=["07519 846 203"]),
    _p("f", "father", [("Ryan", "Cole")], dt.date(1983, 8, 12), addresses=[DAD_C], phones=["07442 170 395"]),
    _p("b", "sibling", [("Macie", "Pryke")], dt.date(2015, 3, 2), addresses=[HOME_C], ids=["4368234901"]),
], "c")

DOCS_C = [
    ("police missing person report extract", """ESSEX POLICE - MISSING PERSON - HIGH RISK - extract
Name: [[COLE, Jordan Lee|name]]   DOB [[19/06/2011|dob]]   Age 15   NHS [[9441930873|nhs]]
Home: [[6 Rectory Close|address]], [[Tolleshunt Knights|place]], [[CM9 8EY|postcode]]
Reported by: mother [[Michelle Pryke|name]] on [[07704 259 381|phone]] at 23:40 on Friday [[6 November 2026|date]]
Last seen: 17:15, the bus stop by the Co-op in [[Tiptree|place]], with two older boys, one called "[[Deeks|name]]" (believed
[[Kai Deekes|name]], 19, of [[Greenstead|place]], [[Colchester|place]]).
Description: white, 5'9", thin, black North Face coat, grey Nike tech, white Air Force 1s. Phone [[07397 201 684|phone]]
(off since 18:02, last cell site [[Colchester|place]] town centre).
Previous episodes: [[12/09/2026|date]] (found in [[Clacton|place]]), [[3/10/2026|date]] (returned himself), [[24 Oct|date]] (found by
stepdad [[Dean|name]] at [[Colchester|place]] station with £340 and two phones).
Associates: [[Kai Deekes|name]]; [[Tyler-James Munday|name]] ("[[TJ|name]]"), 17; a girl "[[Leah|name]]" from [[Witham|place]].
Car seen: grey Audi A3 [[LD19 OVS|vehicle]] at the [[Tiptree|place]] bus stop on [[23 October|date]].
Found: [[07/11/2026|date]] 11:20 by PC [[Gemma Stokes|name]] at a flat on [[Hawthorn Avenue|address]], [[Greenstead|place]]; taken
home. Return home interview requested from the Children's Society ([[Jade Lumley|name]]).
Dad: [[Ryan Cole|name]], [[Flat 4, 22 Crouch Street|address]], [[Colchester|place]] [[CO3 3ES|postcode]], [[07442 170 395|phone]] -
had not seen him.
"""),
    ("return home interview notes", """RETURN HOME INTERVIEW - [[Jordan|name]] ("[[Jord|name]]") - [[10/11/2026|date]] - at
[[Thurstable|school]],
[[Tiptree|place]] - [[Jade Lumley|name]]
[[Jordan|name]] agreed to talk if mum and [[Dean|name]] were not told "word for word". He said he went to [[Colchester|place]]
with "[[Deeks|name]]" because he owes him. He said [[TJ|name]] gave him a phone ("the work phone") and he had to "drop bits" in
[[Wivenhoe|place]] and [[Rowhedge|place]] on a bike. He slept at a flat in [[Greenstead|place]] with a man he called
"Uncle [[Bones|name]]" ("we called him [[Bones|name]], I dunno his real name").
He said he doesn't want to live with [[Dean|name]] because [[Dean|name]] "goes through my stuff" and took his PS5. He wants to
see his real dad [[Ryan|name]] more, and his nan [[Sandra Cole|name]] in [[West Mersea|place]].
He's worried about his sister [[Macie|name]] (11) because [[Deeks|name]] knows where she goes to school ([[Tiptree Heath
Primary|school]]).
He said a girl [[Leah Pinnock|name]] from [[Witham|place]] "is in it worse than me".
Safety: he agreed to share his location with [[Jade|name]]; he will ring [[Jade|name]] on [[07586 914 027|phone]] if he feels unsafe.
Mum [[Michelle|name]] (after, with [[Jordan|name]]'s OK): she works at the jam factory in [[Tiptree|place]] till 6; [[Dean|name]]
drives for a firm in [[Kelvedon|place]]; [[Macie|name]] is picked up by her friend [[Ava Willis|name]]'s mum [[Gemma|name]]. She
thinks [[Jordan|name]] changed after his mate [[Charlie Rix|name]] moved to [[Colchester|place]] in the summer.
"""),
]

DOCS_C += [
    ("snapchat messages typed up from screenshots", """Screenshots from [[Jordan|name]]'s snapchat, given by mum to SW
[[Callum Reeve|name]] on [[13/11/26|date]] (typed as
written; usernames kept but not names)

deeks_gang44: u in [[tiptree|place]]? need u at [[colchester|place]] 6
j0rd.c: cant mum is home. [[dean|name]] took my bike
deeks_gang44: get the 50 bus then. [[TJ|name]] will get u at the stop by [[crouch st|address]]
j0rd.c: ok. dont tell [[bones|name]] i lost the 2 bits
deeks_gang44: u owe 400 now bro. [[leah|name]] will bring the food to [[wivenhoe|place]]
j0rd.c: i got [[macie|name]]s parents eve on the [[12th|date]] mum will kill me
deeks_gang44: [[greenstead|place]] tonite or u know what happens
j0rd.c: fine. tell [[kai|name]] i am coming
(sent [[6 nov|date]] 16:48 to 17:02)
Mum's note on the print: "[[Kai|name]] = [[Deeks|name]]. [[Leah|name]] is the girl from [[Witham|place]]. [[TJ|name]] is [[Tyler-James
Munday|name]] from [[Stanway|place]]. - [[Michelle|name]] [[13.11|date]]"
"""),
    ("child exploitation panel minutes", """MACE / EXPLOITATION PANEL - [[Tiptree|place]] & [[Maldon|place]] - minutes of
[[19 November 2026|date]]
Chair: DI [[Rob Castellano|name]]. Present: [[Callum Reeve|name]] (SW); [[Jade Lumley|name]] (RHI); [[Nadia Ellwood|name]]
(YOT); Mr [[Farrant|name]] (DSL, [[Thurstable School|school]]); PCSO [[Kim Brace|name]] ([[Tiptree|place]]).
1. [[Jordan Cole|name]] ([[19.06.2011|dob]], UPN [[B881466612477|upn]]): 4 missing episodes since [[12 September|date]]. NRM referral
made [[12/11/2026|date]]. [[Jordan|name]] now on a reduced timetable; attends [[Thurstable|school]] mornings; afternoons at
the youth project in [[Tiptree|place]] with youth worker [[Ollie Snell|name]].
2. Adults of concern: [[Kai Deekes|name]] (19, [[Greenstead|place]]), [[Tyler-James Munday|name]] (17, [[Stanway|place]]); the
grey Audi [[LD19 OVS|vehicle]] is registered to a [[Marcus Ibe|name]] of [[Chelmsford|place]]. Disruption: PCSO [[Brace|name]] to
visit the Co-op and the bus stop on [[Church Road|address]].
3. Family: stepfather [[Dean Pryke|name]] ([[07519 846 203|phone]]) wants [[Jordan|name]] "sent away". Mum [[Michelle|name]] is
exhausted. Dad [[Ryan|name]] offered weekends in [[Colchester|place]] - panel concerned: [[Crouch Street|address]] is near the
line. Nan [[Sandra Cole|name]] in [[West Mersea|place]] ([[01206 573 418|phone]]) offers half-term.
4. Linked: [[Leah Pinnock|name]] ([[Witham|place]]) - to the [[Braintree|place]] team, SW [[Farah Sutton|name]].
5. Also discussed: [[Charlie Rix|name]] (15, [[Colchester|place]]) and [[Brandon Tait|name]] (14, [[Tiptree|place]]), seen with
[[Kai Deekes|name]] on [[14 Nov|date]] by PCSO [[Brace|name]]. [[Brandon|name]]'s mum [[Lisa Tait|name]] to be invited to the
parents' group run by [[Nadia|name]].
Next panel [[17/12/2026|date]].
"""),
]


# --- D. Harvey family (white British), Goldhanger; a young carer of 12 and a father with depression and drink -----------

HOME_D = d.Address("3 Fish Street", "Goldhanger", "Maldon", "CM9 8AT")
AUNT_D = d.Address("58 Wantz Road", "", "Maldon", "CM9 5DE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Evie", "Harvey")], dt.date(2014, 9, 15), addresses=[HOME_D], ids=["7626907507", "G881404462290"],
       schools=["The Plume Academy"]),
    _p("s", "sibling", [("Finley", "Harvey")], dt.date(2019, 1, 20), addresses=[HOME_D], ids=["9642081105", "D881484024176"],
       schools=["Goldhanger Primary School"]),
    _p("f", "father", [("Mark", "Harvey")], dt.date(1980, 6, 4), addresses=[HOME_D], phones=["07968 533 172"],
       ids=["1669973581", "NZ 73 40 18 D"]),
    _p("a", "aunt", [("Nicola", "Steed")], dt.date(1982, 2, 27), addresses=[AUNT_D], phones=["07828 613 504"]),
], "c")

DOCS_D = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - Essex young carers service
Young carer: [[Evie Harvey|name]]  DOB [[15/09/2014|dob]]  Age 12  School: [[The Plume Academy|school]], [[Maldon|place]] (Year 8)
Address: [[3 Fish Street|address]], [[Goldhanger|place]], [[CM9 8AT|postcode]]   Dad's mobile [[07968 533 172|phone]]
Cared-for: dad, [[Mark Harvey|name]] ([[04/06/1980|dob]]) - depression since mum ([[Kirsty Harvey|name]]) died on [[8 March
2025|date]]; drinking most days; off work (was a boat builder at [[Heybridge Basin|place]]).
Brother: [[Finley|name]] ("[[Finn|name]]"), 7, at [[Goldhanger Primary|school]].
What [[Evie|name]] does: gets [[Finn|name]] up and to school, makes tea, hides the cans, puts dad to bed, does the washing, walks to
the shop in [[Tollesbury|place]] on Saturdays. She reminds dad about his tablets and his GP appointments with Dr [[Adeyemi|name]].
What [[Evie|name]] said: "Dad's not bad, he's just sad. Auntie [[Nic|name]] helps on Sundays. I don't go to netball now."
Aunt: [[Nicola Steed|name]], [[58 Wantz Road|address]], [[Maldon|place]] [[CM9 5DE|postcode]], [[07828 613 504|phone]].
Friend: [[Poppy Claydon|name]] (her mum [[Kerry|name]] gives lifts from [[Goldhanger|place]]).
Assessor: [[Tasha Brindley|name]], [[24/11/2026|date]]. Review [[24 February 2027|date]].
Plan: young carers' group Tuesdays at the hall in [[Heybridge|place]]; school told (Mrs [[Ngozi Ekwueme|name]], SENCo/young carers
lead); GP letter; referral to adult mental health for [[Mark|name]]; bereavement support for both children (Winston's Wish).
"""),
    ("a child's diary page", """(from [[Evie|name]]'s diary, shared by her with [[Tasha|name]] on [[1/12|date]] - copied exactly)

sun [[29th nov|date]]
dad didnt get up til 2. [[finn|name]] had cereal 3 times. auntie [[nic|name]] came with a lasagne and had a go at dad
about the bottles. i hid in my room and facetimed [[poppy|name]]. [[poppy|name]]s mum said i can go to theirs in
[[tollesbury|place]] at christmas if i want.
mon [[30th|date]]
missed the bus from [[goldhanger|place]] because [[finn|name]] couldnt find his shoe. got to [[plume|school]] at 10. mr
[[chaplin|name]] wasnt cross. at lunch me and [[poppy|name]] and [[ruby s|name]] sat by the science block.
dad was asleep on the sofa when i got home, [[finn|name]] was with mrs [[ling|name]] next door (she is nice, she
has chickens).
i miss mum. it was her birthday on the [[22nd|date]]. we went to the sea wall at [[heybridge|place]] and dad cried.
tues [[1st dec|date]]
i told [[tasha|name]] about the diary. dad is going to see dr [[adeyemi|name]] on thursday [[3rd|date]].
"""),
]

DOCS_D += [
    ("GP's letter to children's services", """Blackwater Medical Centre, [[Princes Road|address]], [[Maldon|place]]
[[CM9 5GP|postcode]]   Tel [[01621 892 604|phone]]

[[2 December 2026|date]]
To: [[Tasha Brindley|name]], Essex young carers service; cc SW [[Priyanka Dhillon|name]], Children and Families Hub
Re: Mr [[Mark HARVEY|name]], DOB [[4 June 1980|dob]], NHS [[166 997 3581|nhs]], of [[3 Fish St|address]], [[Goldhanger|place]]
Children: [[Evie Harvey|name]] (NHS [[762 690 7507|nhs]]) and [[Finley Harvey|name]] (NHS [[964 208 1105|nhs]])

Dear Ms [[Brindley|name]],
Thank you for your letter of [[25 November|date]]. With Mr [[Harvey|name]]'s consent: I saw him on [[26/11/2026|date]] with his
sister Mrs [[Nicola Steed|name]]. He has had low mood since his wife
[[Kirsty|name]] died in March 2025 (at Broomfield Hospital, [[Chelmsford|place]]). He drinks 8-10 cans a day. He is
not a risk to others; he says [[Evie|name]] "does everything" and he feels ashamed. I have increased his sertraline and
referred him to the mental health team at [[Maldon|place]] (worker [[Dele Ogundipe|name]]) and to Open Road ([[Shaz Keeble|name]]).
His next review is on Thursday [[3 December|date]]. His fit note runs to [[31/12/2026|date]] (NI [[NZ 73 40 18 D|ni]] for DWP).
[[Evie|name]] has had headaches (seen by Dr [[Sumner|name]] on [[10/10/26|date]]); [[Finley|name]]'s asthma review is overdue.
Yours sincerely,
Dr [[Funmilayo Adeyemi|name]], GP partner
cc [[Dele Ogundipe|name]] (mental health team); [[Shaz Keeble|name]] (Open Road); [[Evie|name]]'s school nurse [[Lauren Mayhew|name]]
"""),
    ("social worker's lower-case phone notes", """ph notes - [[priyanka d|name]] - [[4/12|date]]
- 9.05 rang [[mark|name]] on [[07968 533 172|phone]], no ans. txt sent
- 9.20 [[nicola steed|name]] rang back from [[07828 613 504|phone]]: she can have [[finn|name]] 3 nights/wk at [[wantz rd|address]]
  in [[maldon|place]], not [[evie|name]] (no room) - [[evie|name]] wants to stay w dad anyway
- 9.40 [[plume|school]] (mrs [[ekwueme|name]]): [[evie|name]] late 6 times in nov, tired, did well in english. friend [[poppy c|name]]
- 10.15 [[goldhanger primary|school]] (mr [[whitlock|name]] HT): [[finn|name]] ok, sometimes no pe kit, nan? - no, no nan locally.
  mum's mum [[jean|name]] lives in spain
- 11.00 [[tasha|name]]: yc group tues in [[heybridge|place]] ok, transport from [[goldhanger|place]] by volunteer [[derek|name]]
- 11.30 [[mark|name]] rang: sounded flat but sober, saw dr [[adeyemi|name]] yday. agrees to early help + [[dele|name]] from mh
- 12.10 [[kerry claydon|name]] ([[poppy|name]]s mum) rang - worried, [[evie|name]] told [[poppy|name]] dad was "on the floor" sat
night. said
  she'd have [[evie|name]] weds + fri after school, lives [[8 chapel st|address]], [[tollesbury|place]]. mob [[07704 259 382|phone]]
- 12.30 told [[hannah k|name]] (my tm) - agree cin assessment not just early help
- todo: visit mon [[7/12|date]] 4pm w [[tasha|name]]; ask re neighbour mrs [[ling|name]] ([[no. 5|address]]) as emergency contact
"""),
]


# --- E. Choudhury / Begum family (British Bangladeshi), Great Totham; a disabled boy of 8 -----------------------------

HOME_E = d.Address("12 Maldon Road", "Great Totham", "Maldon", "CM9 8NF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ayaan", "Choudhury")], dt.date(2018, 5, 3), addresses=[HOME_E], ids=["7125889867", "P881162853806"],
       schools=["Thriftwood School"]),
    _p("s", "sibling", [("Safa", "Choudhury")], dt.date(2013, 12, 9), addresses=[HOME_E], ids=["6581353701"]),
    _p("m", "mother", [("Rubina", "Begum")], dt.date(1988, 4, 21), addresses=[HOME_E], phones=["07397 201 685"]),
    _p("f", "father", [("Shahid", "Choudhury")], dt.date(1984, 10, 10), addresses=[HOME_E], phones=["01621 783 240"]),
    _p("g", "grandparent", [("Hasina", "Begum")], phones=["+880 1711 534 286"]),
], "c")

DOCS_E = [
    ("short breaks application form", """SHORT BREAKS FOR DISABLED CHILDREN - APPLICATION (Essex)
Child: [[CHOUDHURY, Ayaan|name]]   DOB [[03/05/2018|dob]]   NHS [[712 588 9867|nhs]]   UPN [[P881162853806|upn]]
Diagnoses: autism (ADOS [[12/01/2023|date]]), epilepsy, global developmental delay; non-verbal, uses PECS and some Makaton.
School: [[Thriftwood|school]] (special school), [[Chelmsford|place]]; taxi each day, escort [[Bev Tyrell|name]].
Home: [[12 Maldon Road|address]], [[Great Totham|place]], [[CM9 8NF|postcode]]   Landline [[01621 783 240|phone]]
Parents: [[Rubina Begum|name]] (mum, [[07397 201 685|phone]]), [[Shahid Choudhury|name]] (dad, works nights at a restaurant in
[[Witham|place]])
Sister: [[Safa|name]] (12), at [[The Plume Academy|school]]; she helps with [[Ayaan|name]] every evening.
What a typical day is like (mum, with help from [[Safa|name]]): "[[Ayaan|name]] wakes at 4 most nights. He bangs his head when the
taxi is late. He had 3 seizures in October, one on the [[17th|date]] lasted 6 minutes, ambulance to Broomfield. I can't leave
him with anyone except my sister [[Jahanara|name]] who lives in [[Chelmsford|place]] and my husband's cousin [[Imran Miah|name]]."
Supporting: Dr [[Ramesh Pillai|name]] (community paediatrician), epilepsy nurse [[Clare Dunmow|name]] ([[01245 354 918|phone]]),
OT [[Hannah Venn|name]].
Signed [[Rubina Begum|name]] [[9/11/2026|date]]. Received by [[Jo Sturgeon|name]] (CWD team) on [[10/11/2026|date]].
"""),
    ("mother's voice note transcribed and translated from Sylheti", """Voice note from [[Rubina|name]] to SW
[[Kamrul Islam|name]] (who speaks Sylheti), [[18/11/2026|date]] 03:12 -
transcribed and translated by [[Kamrul|name]]; a few words kept in Bengali script as she said them.

"[[Kamrul|name]] bhai, sorry so late. [[আয়ান|name]] is awake again, banging, I can't. [[Shahid|name]] is at work in [[Witham|place]]
till 2 and now he's sleeping, he says it's my job. My amma ([[হাসিনা বেগম|name]], [[Hasina Begum|name]]) rang from
[[Sylhet|place]] at midnight on [[+880 1711 534 286|phone]] and said bring him home to Bangladesh, there is a hujur who can help.
I said no. [[Safa|name]] has her mocks on the [[23rd|date]] and she hasn't slept. The respite place in
[[Colchester|place]], they said maybe January. Please, anything, even one night. My sister [[Jahanara|name]] came on
Sunday the [[15th|date]] but she has her own three. [[Ayaan|name]] has a bruise on his head from the wall - I put it in the book for
school. I'm not a bad mum."
[[Kamrul|name]]'s note: hujur = a religious teacher. No intention heard to take [[Ayaan|name]] abroad; discussed with
[[Jo Sturgeon|name]] on [[18/11|date]]; Follow-up call [[18/11|date]] 10:30: [[Shahid|name]] rang from [[01621 783 240|phone]],
said [[Rubina|name]] is "tired, not ill";
he can swap to days from [[30 November|date]]. His boss at the restaurant is [[Abdul Karim|name]]. Cousin [[Imran Miah|name]]
lives on [[Plume Avenue|address]], [[Maldon|place]] and can do Saturdays.
"""),
]

DOCS_E += [
    ("occupational therapist's home visit report", """OT HOME VISIT - [[Ayaan Choudhury|name]] - [[25/11/2026|date]] -
[[Hannah Venn|name]], Children's OT, [[Chelmsford|place]]
Address: [[12 Maldon Rd|address]], [[Great Totham|place]] [[CM9 8NF|postcode]]. Present: mum [[Rubina|name]], sister [[Safa|name]],
dad's cousin [[Imran|name]] (interpreting a little; mum prefers English). Dad [[Shahid|name]] asleep after a night shift.
House: 3-bed semi, council. [[Ayaan|name]] shares with [[Safa|name]] - not safe: he climbs the wardrobe and has pulled the
curtain pole down. Stairs: no gate. Garden backs onto the fields toward [[Wickham
Bishops|place]]; the fence has a gap and
[[Ayaan|name]] got out on [[8 Nov|date]] - found by neighbour [[Geoff Pannell|name]] on [[Hall Road|address]].
Recommend: safe space bed (Safespaces), stair gate, fence repair by the landlord (Eastlight; officer [[Trudy Marr|name]]),
a separate room (housing, Maldon District Council).
[[Safa|name]] said: "I love him but I can't do my homework." Referred to young carers ([[Tasha Brindley|name]]).
Copy: [[Jo Sturgeon|name]] (CWD SW); Dr [[Pillai|name]]; [[Thriftwood|school]] (class teacher Ms [[Ocansey|name]]).
"""),
    ("short breaks panel minutes", """DISABLED CHILDREN'S RESOURCE PANEL - [[1 December 2026|date]] - item 4
Child: [[Ayaan C.|name]] (8), [[Great Totham|place]]. Presented by [[Jo Sturgeon|name]]; chair [[Leona Haig|name]].
Summary: autism, epilepsy, no sleep; mum [[Rubina Begum|name]] at breaking point (voice note [[18/11|date]]); sister [[Safa
Choudhury|name]] (12, NHS [[6581353701|nhs]]) a young carer; dad [[Shahid|name]] works nights.
Panel agreed: overnight short breaks 2 nights a month at the unit in [[Colchester|place]] from [[4 January 2027|date]];
a direct payment for a PA 6 hours/wk (mum suggests [[Shabnam Akter|name]] from [[Heybridge|place]]); Saturday club at
[[Maldon|place]] leisure centre; OT equipment as per [[H. Venn|name]]'s report of [[25/11|date]].
Housing: letter to Maldon District Council supporting a 4-bed; possible move to [[Heybridge|place]] or [[Tiptree|place]].
Grandmother in Bangladesh ([[Hasina Begum|name]]) - no concern, contact by video.
Present: [[Leona Haig|name]], [[Jo Sturgeon|name]], [[Hannah Venn|name]], [[Kamrul Islam|name]], [[Mel Dacre|name]] (short breaks
coordinator), [[Amir Rahman|name]] (finance). Apologies: Ms [[Ocansey|name]].
"""),
]


# --- F. Fairweather / Bright family (white British), Latchingdon; a mother's mental health after a birth -----------------

HOME_F = d.Address("Flat 3, 27 The Street", "Latchingdon", "Chelmsford", "CM3 6JP")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Theo", "Bright")], dt.date(2026, 5, 10), addresses=[HOME_F], ids=["1090004788"]),
    _p("s", "sibling", [("Maisie", "Fairweather")], dt.date(2020, 1, 28), addresses=[HOME_F], ids=["Q881678735484"],
       schools=["Latchingdon Church of England Primary School"]),
    _p("m", "mother", [("Amber", "Fairweather")], dt.date(2001, 7, 7), addresses=[HOME_F], phones=["07411 605 824"]),
    _p("f", "father", [("Jamie", "Bright")], dt.date(1999, 3, 19), phones=["07586 914 028"]),
], "c")

DOCS_F = [
    ("health visitor's contact record", """HEALTH VISITING - CONTACT RECORD
Baby: [[BRIGHT, Theo|name]]  DOB [[10/05/2026|dob]]  NHS [[109 000 4788|nhs]]
Mother: [[Amber Fairweather|name]]  DOB [[07/07/2001|dob]]  Tel [[07411 605 824|phone]]
Address: [[Flat 3, 27 The Street|address]], [[Latchingdon|place]], [[CM3 6JP|postcode]]
Sibling: [[Maisie Fairweather|name]] (6), [[Latchingdon CofE Primary|school]]
[[12/10/2026|date]] - 5-month contact, home. Mum tearful, EPDS 19. Flat cold; [[Theo|name]] clean, gaining weight. Mum says
[[Jamie|name]] ([[Theo|name]]'s dad) has "gone back to his mum's in [[South Woodham|place]]" after a row. [[Maisie|name]] at school.
[[19/10/2026|date]] - no answer. Neighbour Mrs [[Sheila Cottis|name]] ([[flat 4|address]]) said she hears the baby "crying for
hours" and mum "talking to someone who isn't there".
[[20/10/2026|date]] - seen with [[Amber|name]]'s mum, [[Lorraine Fairweather|name]], who came from [[Southminster|place]]. Mum
said she hasn't slept for four nights and that "the telly is sending messages about [[Theo|name]]". Urgent referral to the
perinatal mental health team (Dr [[Okafor|name]]); GP (Dr [[Kaur|name]], Dengie Medical Partnership) told at 14:30.
[[21/10/2026|date]] - strategy discussion; SW [[Ellie Gwatkin|name]]. [[Theo|name]] and [[Maisie|name]] to stay with nan
[[Lorraine|name]] at [[14 Burnham Road|address]], [[Southminster|place]] [[CM0 7ES|postcode]] for now.
[[2/11/2026|date]] - seen at nan's. [[Theo|name]] 7.9kg. [[Maisie|name]] missed school on [[30 Oct|date]] (no transport from
[[Southminster|place]]). [[S. Lark|name]] HV, Dengie Health Visiting Team, [[01621 815 392|phone]].
[[9/11/2026|date]] - phone call with [[Jamie Bright|name]]: he's at his mum [[Denise|name]]'s in [[South Woodham Ferrers|place]], works at
a garage in [[Rayleigh|place]]; wants to see [[Theo|name]] and asks whether [[Maisie|name]]'s dad ([[Scott Henley|name]], not
[[Jamie|name]]) has been told. [[Maisie|name]]'s dad lives in [[Basildon|place]] - told SW [[Ellie|name]].
"""),
]

DOCS_F += [
    ("perinatal mental health team email", """From: Dr [[Chidinma Okafor|name]] <[[chidinma.okafor2@nhs.net|email]]>
To: [[Ellie Gwatkin|name]]; [[Sarah Lark|name]]
Date: Tue, [[3 Nov 2026|date]] 09:47
Subject: RE: [[Amber F|name]] - discharge planning

Dear [[Ellie|name]], [[Sarah|name]],
[[Amber|name]] was admitted to the mother and baby unit on [[22/10/2026|date]] (postpartum psychosis). She is much better:
sleeping, eating, no voices since [[28th October|date]]. She wants [[Theo|name]] with her on the unit from Friday [[6th|date]]
and we support that. [[Jamie Bright|name]] visited on [[31/10|date]] and [[1/11|date]]; he was calm and kind to her. He
gave his number as [[07586 914 028|phone]] and says he lives with his mum, [[Denise Bright|name]], at [[9 Ferrers Road|address]],
[[South Woodham Ferrers|place]] [[CM3 5XL|postcode]].
[[Amber|name]] asked me to say thank you to [[Lorraine|name]] and to her friend [[Chantelle Wix|name]] from [[Mayland|place]].
She is worried that [[Maisie|name]] thinks she's "gone mad" - could [[Maisie|name]]'s teacher (Mrs [[Baptiste|name]]) be told?
Kind regards, [[Chidinma|name]]
Consultant perinatal psychiatrist
"""),
    ("Facebook Messenger chat typed up", """messenger - [[amber|name]] + [[chantelle|name]] - copied by [[Amber|name]] for SW
[[Ellie|name]] on [[24/11|date]] (her choice)

[[chantelle wix|name]]: babe u home yet??
[[amber fairweather|name]]: yeh got back to [[latchingdon|place]] sat. [[theo|name]] is asleep on me x
[[chantelle wix|name]]: aww. is [[jamie|name]] there
[[amber fairweather|name]]: he comes tues and thurs. his mum [[denise|name]] drives him from [[south woodham|place]]
[[chantelle wix|name]]: u takin ur meds
[[amber fairweather|name]]: yes mum. lol. [[ellie|name]] the sw is coming on the [[26th|date]]
[[chantelle wix|name]]: want me to come [[mayland|place]] is only 5 mins. i can take [[maisie|name]] to [[burnham|place]] sat
[[amber fairweather|name]]: pls. she misses her mate [[lacey|name]]. my mums having her fri night
[[chantelle wix|name]]: ok. [[kyle|name]] says hi. hes fixed the car, [[EX15 MPO|vehicle]] passed its mot x
[[amber fairweather|name]]: love u xx
"""),
    ("section 47 outcome letter to the mother", """Essex Children and Families Hub - [[Maldon|place]] office
[[30 November 2026|date]]
Ms [[A. Fairweather|name]]
[[Flat 3, 27 The Street|address]]
[[Latchingdon|place]]
[[CM3 6JP|postcode]]
Dear [[Amber|name]],
Outcome of our enquiries about [[Theo|name]] ([[10 May 2026|dob]]) and [[Maisie|name]] ([[28 January 2020|dob]], UPN
[[Q881678735484|upn]])
Thank you for meeting me on [[26 November|date]]. The enquiry that began on [[21 October 2026|date]] is now finished. We have
decided that [[Theo|name]] and [[Maisie|name]] need a child in need plan, not a child protection plan. This is because you
got help quickly, your mum [[Lorraine|name]] looked after the children well in [[Southminster|place]], and you are well now.
The plan: HV [[Sarah Lark|name]] weekly to [[7 Jan|date]]; perinatal team (Dr [[Okafor|name]]); [[Jamie|name]] to keep visiting;
[[Maisie|name]]'s school ([[Latchingdon CofE Primary|school]], Mrs [[Baptiste|name]]) to offer ELSA sessions with Mrs [[Joy Ogden|name]].
First meeting: Thursday [[10th December|date]] at 10am at the school. Please ring me on [[07828 613 505|phone]] or email
[[ellie.gwatkin@essex.gov.uk|email]].
Yours sincerely,
[[Ellie Gwatkin|name]], Social Worker
cc Dr [[Kaur|name]], Dengie Medical Partnership; [[Sarah Lark|name]] (HV); [[Lorraine Fairweather|name]] (at [[Amber|name]]'s request)
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 188 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:18 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "our", "me", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad", "daddy", "aunty",
           "auntie", "uncle", "bhai", "amma", "anne", "атте", "анне", "кукамай"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "essex", "russia",
               "chuvashia", "chuvash republic", "bangladesh", "spain", "europe", "dengie"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Uncle Bones", "Auntie Nic", "Kamrul bhai") and states,
# counties and countries ("Essex", "Russia", "Chuvash Republic", "Bangladesh").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
