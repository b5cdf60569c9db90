"""Set 212: a held-out hand-written set for the redaction detector, six invented families in south Buckinghamshire, one sitting.

The families live around Marlow, Bourne End and Princes Risborough's Chiltern villages.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set210.py, bench/redaction_set211.py, bench/redaction_set213.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set181.py (its docstring, its first family's record and documents and the
start of its second family's, its last two documents and its closing lines) and tests/test_redaction_set181.py in full, as the
layout to copy; bench/redaction_set21.py and its test were NOT read this time (set 181 follows their conventions, and time
was short); the docstrings of bench/redaction_set7.py to bench/redaction_set209.py were searched by script (ast.get_docstring,
only True or False printed for each word) for the villages and communities used here; nothing of
bench/redaction_handwritten.py beyond the names imported. The search showed Marlow, Lane End, Longwick, Monks Risborough and
Princes Risborough in earlier docstrings, so no family lives in those; they are named here only as places people go. Seto
was chosen after Maltese, Sorbian, Aromanian and others were found already used. Phones were checked with phonenumbers, NHS
numbers and UPNs made and checked with python-stdnum. Set 15's checker was run only through
this set's own problems() and bench.redaction_set212's main, and only its list of marking problems and the span counts were read. Nobody
may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct
only the marking and say so here.

Written against a deadline (started 21:57 UTC, finished before 22:12 UTC): the documents were first written short and then
lengthened in rounds, each round checked with the set 15 checker; the set holds 907 gold spans, 553 of them names.

Six families, each in a village or district no earlier docstring showed as a family's home: a white British mother and her
partner in Marlow Bottom with a nan at Cores End, Bourne End (Bayliss / Franklin; neglect of a boy of 7); a Seto family (the
Seto people of Setomaa, south-east Estonia, who speak Seto, a South Estonian language) in Flackwell Heath (Paloots; domestic
abuse, a girl of 14, passports taken, a grandmother in Värska); a white British boy of 15 in Wooburn Green (Stacey; missing to
High Wycombe and Slough, criminal exploitation); a young carer of 12 in Speen (Harding; a father with depression and drink);
a disabled boy of 8 in Lacey Green (Wheeler; autism, short breaks, an EHCP review); and a baby in Bledlow (Cox; a mother's
substance misuse). The Seto community did not appear in any earlier docstring searched. 24 documents, each with its own style
label: a school DSL chronology, strategy discussion minutes, a nan's email, a social worker's phone notes; a mother's note in
Seto with the interpreter's translation, a DASH risk checklist, WhatsApp messages in Seto translated, a girl's own writing;
a police missing person report, a return home interview, a mother's letter, Snapchat messages copied by mum; a young
carer's chat typed up, a school attendance email, a child's diary page, a young carers' assessment summary; a short breaks
email, an EHCP annual review note, an OT home visit note, a mother's voice note transcribed; a health visitor's record
scanned by OCR (with misreadings), a neighbour's call logged by the front door, a GP surgery call note and a drug and alcohol
service letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and Estonian (+372); a few phones are
written with a doubt or a correction, as real notes are; NHS numbers and UPNs (LA 825) pass their check digits.

Markup and conventions: those of set 181 (and so of set 21). Titles and kinship words stay outside a name (Mr, Mrs, Ms, Dr,
PC, DC, HV, Nan, and the Seto "mamma" and "imä", grandmother); "SURNAME, First" and "SURNAME First" are one span ("BAYLISS,
Tyler", "PALOOTS Liidia"); a username ("tiny_w") is not marked; organisations stay unmarked ("Marlow Medical Group",
"Thames Valley Police"); Estonia, Setomaa and Buckinghamshire are not places; a language ("Seto", "russian") is not marked;
an OCR misreading keeps its kind ("BIedlow" a place, "3O/1l/2026" a date, "Ruby C0X" a name).

Choices this set had to make: a Seto case ending on a place is left outside the span ("Värska" + "he", "Bourne End" + "in"),
as a Seto case ending on a name is ("Sergei" + "ga", "Lotte" + "ga") and a possessive "s" without an apostrophe
("Tyler" + "s", "kerry" + "s"), but a form whose stem changes ("Tartost", from Tartu) is marked whole; animals' names (a dog,
"Biscuit"; two goats, "Mumm" and "Liisu") are marked as names, since they would identify the family; an Estonian address
("Vabaduse 7") and postcode ("64001") are marked; a client number ("Client no. 44812") and a username ("k.stacey_09") are not;
"the club in Bourne End" marks the town, while "Wycombe Hospital", "Cross Keys Surgery" and "Thames Valley Police" stay
unmarked; a bare year ("2024?") is not a date; a weekday
before a date stays outside it ("monday 23rd"); a skate park, a library and a green named by the village mark the village.

Self-check without the detector: `python -m bench.redaction_set212` (and tests/test_redaction_set212.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 907 gold spans, 553 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Bayliss / Franklin family (white British), Marlow Bottom ------------------------------------------------------

HOME_A = d.Address("22 Oak Tree Road", "Marlow Bottom", "Marlow", "SL7 3EE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Bayliss")], dt.date(2019, 3, 11), addresses=[HOME_A], ids=["2480139980", "J825212301104"],
       schools=["Spinfield School"]),
    _p("m", "mother", [("Kerry", "Bayliss")], dt.date(1993, 8, 2), addresses=[HOME_A], phones=["07723 519 284"]),
    _p("f", "partner", [("Lee", "Franklin")], dt.date(1990, 12, 19), addresses=[HOME_A], phones=["07946 202 815"]),
], "c")

DOCS_A = [
    ("school designated safeguarding lead's chronology", """DSL CHRONOLOGY - [[BAYLISS, Tyler|name]] - DOB [[11/03/2019|dob]]
UPN [[J825212301104|upn]]
Address: [[22 Oak Tree Road|address]], [[Marlow Bottom|place]], [[SL7 3EE|postcode]]. Mum [[Kerry Bayliss|name]] ([[07723 519 284|phone]]),
partner [[Lee Franklin|name]] ([[07946 202 815|phone]]).
[[07/09/2026|date]] [[Tyler|name]] arrived hungry, ate two breakfasts at club. Told Mrs [[Pocock|name]].
[[14.9.26|date]] Nits again, same jumper all week. Nan [[Brenda|name]] (lives [[Bourne End|place]]) says [[Kerry|name]] "sleeps till
dinner".
[[2 Oct|date]] [[Tyler|name]] said [[Lee|name]] "kicked the dog and threw my tablet". DSL [[Gemma Hursey|name]] rang mum, no answer.
[[the 9th|date]] Home visit with SW [[Rob Tilling|name]]: mattress on floor, no food. [[Lee|name]]'s van [[KP20 XLO|vehicle]] outside.
[[13/10/2026|date]] Neighbour Mrs [[Jan Ockwell|name]] at [[no. 24|address]] told us the kids' friend [[Alfie|name]] sleeps over at
[[Tyler|name]]'s "with no adult up".
[[15/10/2026|date]] [[Jan Ockwell|name]] rang again: [[Lee|name]] and his friend [[Gaz Pearce|name]] fighting in [[Oak Tree Rd|address]]; PC
[[Hallam|name]] attended. [[Tyler|name]] at nan's in [[Bourne End|place]].
[[20/10/2026|date]] [[Tyler|name]] said he and [[Jade|name]] went to [[Marlow|place]] with [[Lee|name]]'s mate [[Gaz|name]] in the van.
[[3.11.26|date]] Mum came in, smelt of drink. Said [[Lee|name]] has gone to his brother [[Shaun Franklin|name]] in [[Bisham|place]].
[[10 Nov|date]] [[Tyler|name]]'s friend [[Alfie Dunn|name]] told Mr [[Keating|name]] that [[Tyler|name]] "sleeps on the sofa at nans".
[[17/11/2026|date]] Core group at [[Spinfield|school]]: [[Rob Tilling|name]], [[Kerry|name]], Nan [[Brenda|name]], [[Gemma Hursey|name]].
[[24/11/2026|date]] [[Tyler|name]] upset: "[[Lee|name]] says I'm going back to [[Marlow Bottom|place]] at Christmas". Told [[Rob|name]].
[[1/12/26|date]] [[Kerry|name]] rang from a new number [[07852 634 118|phone]] - no, that's [[Mark Pinnock|name]]'s; she borrowed it.
[[3rd Dec|date]] [[Jade|name]] collected [[Tyler|name]] with [[Kyle Bunce|name]] ([[Kyle|name]] not on our list -
sent away, [[Jade|name]] took him).
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Tyler Bayliss|name]] - [[10 October 2026|date]]
Chair: [[Mandy Feltham|name]] (team manager).
Minutes: [[Nia Hughes|name]]. Present: [[Rob Tilling|name]] (SW), DC [[Owen Prior|name]] (TVP), [[Gemma
Hursey|name]] (DSL, [[Spinfield School|school]]), HV [[Sally Drewe|name]].
[[Kerry|name]]'s eldest, [[Jade Bayliss|name]] (17), lives with her dad [[Mark Pinnock|name]] in [[Wooburn Moor|place]].
[[Tyler|name]]'s own dad, [[Ashley Webb|name]], is in HMP Bullingdon; his mum [[Lorraine Webb|name]] lives in [[Marlow Bottom|place]] on
[[Hill Farm Road|address]] and has not seen [[Tyler|name]] since [[Easter Monday 2025|date]].
Police: [[Lee Franklin|name]] (DOB [[19/12/1990|dob]]) known for assault in [[Maidenhead|place]], 2024? (to check).
Outcome: s47 enquiry; [[Tyler|name]] to stay with Nan [[Brenda|name]] at [[Cores End|place]], [[Bourne End|place]] for now.
Actions: [[Rob|name]] to see [[Tyler|name]] alone by [[13/10|date]]; DC [[Prior|name]] to check PNC for [[Lee|name]] and his
brother [[Shaun|name]]; HV [[Drewe|name]] to share notes on [[Jade|name]] as a baby. Next meeting [[24 October|date]].
Information shared: [[Tyler|name]]'s GP is Dr [[Okafor|name]]; he was seen at Wycombe Hospital on [[02/08/2026|date]] with a burn to
his hand ("[[Lee|name]]'s cigarette" per [[Jade|name]]). [[Kerry|name]]'s mum [[Brenda Bayliss|name]], DOB [[14/04/1962|dob]], of
[[41 Cores End Road|address]], [[Bourne End|place]] [[SL8 5HR|postcode]], tel [[01628 529 744|phone]], is willing to care.
[[Lee Franklin|name]]'s NI [[NR 63 28 91 D|ni]]; vehicle [[KP20 XLO|vehicle]] registered to his mother [[Sandra Franklin|name]]
in [[Bisham|place]].
"""),
    ("nan's email to the social worker", """from: [[brenda.bayliss62@hotmail.co.uk|email]]
to: [[Rob Tilling|name]]
sent [[15 Oct 2026|date]] 21:40
hello [[rob|name]] its [[Brenda|name]] [[Tyler|name]]s nan. hes ok here at [[cores end|place]], eating well. [[kerry|name]] came at
tea time with [[Lee|name]] in the van and [[lee|name]] was shouting at my door. my neighbour [[Derek|name]] at [[no 40|address]] saw it.
i dont want [[ty|name]] going back to [[marlow bottom|place]] till [[lee|name]] is gone. [[Brenda|name]] x [[07723 519 284|phone]] is
[[kerry|name]]s number not mine
ps [[jade|name]] says [[lee|name]]s brother [[shaun|name]] has been round [[oak tree rd|address]] too. my sister [[Maureen|name]] in
[[flackwell|place]] can have [[ty|name]] on the [[24th|date]] when i go to hospital
also [[ty|name]] keeps asking for his friend [[alfie|name]] from school and his teacher mrs [[pocock|name]]. can [[alfie|name]]s mum
[[dawn dunn|name]] bring him round? she lives [[little marlow|place]]. thank you [[rob|name]], from [[Brenda|name]]
"""),
    ("social worker's phone notes", """phone notes [[R Tilling|name]] [[16/10|date]]
- rang [[kerry|name]] 9.05 no ans. rang [[lee|name]] [[07946 202 815|phone]]: "were fine, [[tyler|name]]s at his nans"
- nan [[brenda bayliss|name]] ([[bourne end|place]], [[Cores End Rd|address]]) confirms [[ty|name]] with her since [[the 14th|date]]
- [[Spinfield|school]] (Mrs [[Hursey|name]]) say attendance 82%. GP Dr [[Okafor|name]] at Marlow Medical Group to be asked re
weight
- [[kerry|name]]s friend [[Stacey-Jo|name]] from [[flackwell heath|place]] rang: worried about [[Lee|name]]
- [[kerry|name]] rang back 11.20 from [[bourne end|place]] (at [[brenda|name]]s?) - said [[lee|name]] left for [[bisham|place]]
- nxt: home visit [[20/10|date]] with [[Gemma|name]] from school
- [[brenda|name]] says [[kerry|name]] was in [[high wycombe|place]] sat night w [[Stacey-Jo|name]] and a man called [[Wayne|name]]
- [[Lorraine Webb|name]] (ptnl gran) rang [[18/10|date]] asking to see [[Tyler|name]]; lives [[Hill Farm Rd|address]],
[[marlow bottom|place]]
- emailed Dr [[Okafor|name]] and DC [[Prior|name]]. told [[Mandy|name]] (TM)
- [[tyler|name]] said [[jade|name]] takes him to the park in [[marlow bottom|place]] on sundays w her bf [[Kyle|name]]
- rang [[Mark Pinnock|name]] (jades dad) [[07852 634 118|phone]] - he says [[jade|name]] can have [[ty|name]] wknds in
[[wooburn moor|place]]
"""),
]


# --- B. Paloots family (Seto, from Setomaa, Estonia), Flackwell Heath --------------------------------------------------

HOME_B = d.Address("5 Swains Lane", "Flackwell Heath", "High Wycombe", "HP10 9HA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Anne", "Paloots")], dt.date(2012, 5, 27), addresses=[HOME_B], ids=["5324164585", "K825212301205"],
       schools=["Sir William Borlase's Grammar School"]),
    _p("m", "mother", [("Liidia", "Paloots")], dt.date(1984, 1, 9), addresses=[HOME_B], phones=["07588 316 042"]),
    _p("f", "father", [("Ivan", "Paloots")], dt.date(1981, 10, 4), addresses=[HOME_B], phones=["+372 5123 4567"]),
], "c")

DOCS_B = [
    ("mother's note in Seto with the interpreter's translation", """Note from [[Liidia Paloots|name]] given to SW [[Hannah Crewe|name]] on
[[20/10/2026|date]]; Seto typed up, English by interpreter [[Maarja Tamm|name]].

Seto: [[Vanka|name]] lei minno jälq. [[Anne|name]] näkk. Ma taha minnä mamma [[Ksenja|name]] mano [[Värska|place]]he.
English: [[Vanka|name]] ([[Ivan|name]]) hit me again. [[Anne|name]] saw it. I want to go to mamma [[Ksenja|name]] in [[Värska|place]].
Seto: [[Tiiu|name]] lubas' mi pitä. [[Sergei|name]] om [[Vanka|name]] sõbr.
English: [[Tiiu|name]] promised to keep me. [[Sergei|name]] is [[Vanka|name]]'s friend.

[[Ivan Paloots|name]] uses his Estonian number [[+372 5123 4567|phone]]. Mum's number [[07588 316 042|phone]].
[[PALOOTS, Anne|name]], DOB [[27.05.2012|dob]], NHS [[532 416 4585|nhs]], address [[5 Swains Lane|address]], [[Flackwell
Heath|place]] [[HP10 9HA|postcode]]. Friend of the family, [[Tiiu Kõiv|name]], lives in [[Loudwater|place]] and may host.
Seto: [[Ivan|name]] käve [[Slough|place]]in [[Sergei|name]]ga. [[Anne|name]] kõnõl' [[Lotte|name]]ga.
English: [[Ivan|name]] went to [[Slough|place]] with [[Sergei|name]]. [[Anne|name]] talked with [[Lotte|name]].
[[Hannah Crewe|name]] to ring [[Liidia|name]] on [[23/10|date]]; school contact Mr [[Gill|name]], DSL at
[[Borlase|school]]. Interpreter's email [[maarja.tamm@langlink.co.uk|email]].
Note typed by [[H. Crewe|name]]; checked by team manager [[Rajesh Bhatt|name]] [[24/10/2026|date]]. Copy to IDVA [[Nell Ashby|name]].
The family came from Estonia in 2019; [[Ivan|name]]'s NI number [[PT 48 19 62 C|ni]].
"""),
    ("domestic abuse risk assessment form", """DASH RISK CHECKLIST - victim: [[PALOOTS Liidia|name]], DOB [[09/01/1984|dob]]
Address: [[5 Swains Lane|address]], [[Flackwell Heath|place]]. Tel [[07588 316 042|phone]] (safe to call after 10am).
Perpetrator: [[Ivan Paloots|name]] ("[[Vanka|name]]"), DOB [[04/10/1981|dob]], works nights at a warehouse in [[Cressex|place]],
van [[YH66 BZR|vehicle]]. Q1 injured? Yes, [[12/10/2026|date]]. Q11 children? [[Anne|name]] 14.
Completed by PC [[Rhiannon Walsh|name]] with interpreter [[Maarja Tamm|name]]; MARAC [[28 October|date]].
Children's school: [[Sir William Borlase's|school]], [[Marlow|place]]; contact Mr [[Gill|name]]. [[Liidia|name]] works at a care home in
[[Bourne End|place]] with her friend [[Tiiu|name]]. [[Vanka|name]] was arrested on [[13/10/2026|date]] and bailed to [[Sergei Kask|name]]'s
address, [[Flat 4, 18 Hatters Lane|address]], [[High Wycombe|place]] [[HP13 7NH|postcode]].
Grandmother [[Ksenja Pihl|name]] in [[Värska|place]], Setomaa, tel [[+372 5123 4567|phone]] is the father's, not hers.
Others at home: none. Previous address: [[Vabaduse 7|address]], [[Värska|place]], [[64001|postcode]].
[[Ivan|name]]'s friend [[Sergei Kask|name]] in [[Loudwater|place]] may hide him. [[Liidia|name]]'s
friend [[Tiiu Kõiv|name]] knows the code word. Sister-in-law [[Olga Paloots|name]] in [[Tartu|place]] not aware.
"""),
    ("WhatsApp messages in Estonian and Seto typed up and translated", """WhatsApp [[Liidia|name]] / [[Ksenja|name]] (shown to SW
[[Hannah Crewe|name]] [[22/10/2026|date]]; translated by [[Maarja Tamm|name]])
[[Ksenja|name]]: [[Liidi|name]], kuis [[Anne|name]]? (how is [[Anne|name]]?)  [[21.10|date]] 19:02
[[Liidia|name]]: [[Anne|name]] om [[Lotte|name]] man [[Bourne End|place]]in (she is at [[Lotte|name]]'s in [[Bourne End|place]])
[[Ksenja|name]]: tulkõ [[Värska|place]]he, ma oodõ (come to [[Värska|place]], I wait)
[[Liidia|name]]: [[Vanka|name]] võtt' passi ära (he took the passports)
[[Ksenja|name]]: kutsu [[Tiiu|name]] (call [[Tiiu|name]])  [[21.10|date]] 19:20
[[Liidia|name]]: [[Tiiu|name]] tulõ [[Flackwell|place]]i ([[Tiiu|name]] is coming to [[Flackwell|place]])
[[Liidia|name]]: [[Hannah|name]] tulõ homme ([[Hannah|name]] comes tomorrow)
[[Ksenja|name]]: [[Olga|name]] helist' [[Tartost|place]] ([[Olga|name]] rang from [[Tartu|place]])
[[Liidia|name]]: ütle [[Olga|name]]le, et [[Anne|name]] om hää (tell [[Olga|name]] that [[Anne|name]] is fine)  [[21.10|date]] 21:14
[[Ksenja|name]]: [[Mihkel|name]] tulõ jõulu aigu [[London|place]]ihe ([[Mihkel|name]] comes to [[London|place]] at Christmas)
"""),
    ("girl's own writing for her social worker", """my name is [[Anne|name]] [[Paloots|name]] and i am 14. i live in
[[flackwell heath|place]] with
mum and sometimes dad ([[Vanka|name]]). dad drinks and shouts in Seto and russian. on [[12 october|date]] he pushed mum
into the door. i rang my friend [[Lotte|name]] ([[Lotte Vincent|name]]) and went to hers in [[Bourne End|place]]. i miss
imä [[Ksenja|name]] in [[värska|place]] she sings leelo. i dont want to go back to [[Tallinn|place]]. [[Hannah|name]] you can
tell Mr [[Gill|name]] at school but not dad.
when we lived in [[värska|place]] i went to school with my cousin [[Mihkel|name]] and we walked to the lake. mamma [[Ksenja|name]]
has goats called [[Mumm|name]] and [[Liisu|name]]. i want to show [[Lotte|name]] one day.
my best friends are [[Lotte|name]] and [[Ines|name]] and [[Zofia|name]]. [[ines|name]] lives in [[wooburn green|place]] near the
church. on the [[2nd|date]] we went to [[high wycombe|place]] eden with [[Lotte|name]]s mum [[Clare|name]]. [[Lotte|name]] said
her mum will talk to [[Hannah|name]] too.
at [[Borlase|school]] my tutor is Mr [[Gill|name]] and my form is with [[Ines|name]] and [[Priya|name]] and [[Tom H|name]].
i would like to live with [[Lotte|name]] in [[bourne end|place]] or with [[Tiiu|name]] in [[loudwater|place]] until dad goes.
[[Anne P|name]] [[21/10/26|date]]
"""),
]


# --- C. Stacey family (white British), Wooburn Green ------------------------------------------------------------------

HOME_C = d.Address("9 Windsor Hill", "Wooburn Green", "High Wycombe", "HP10 0EH")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kieran", "Stacey")], dt.date(2011, 2, 3), addresses=[HOME_C], ids=["2485168466", "L825212301306"],
       schools=["Cressex Community School"]),
    _p("m", "mother", [("Donna", "Stacey")], dt.date(1979, 6, 16), addresses=[HOME_C], phones=["07418 690 273"]),
], "c")

DOCS_C = [
    ("police missing person report", """THAMES VALLEY POLICE - MISSING PERSON - MEDIUM RISK
Name: [[STACEY Kieran|name]]  DOB [[03/02/2011|dob]]  Home: [[9 Windsor Hill|address]], [[Wooburn Green|place]] [[HP10 0EH|postcode]]
Reported by mum [[Donna Stacey|name]] [[07418 690 273|phone]] at 23:10 on [[4 November|date]].
Last seen [[Bourne End|place]] station with [[Jordan Mbeki|name]] and a male known as "[[Tiny|name]]".
Description: white, 5'9", black North Face, phone [[07946 558 120|phone]] (off since 21:30). School: [[Cressex|school]].
Enquiries: rang [[Jordan|name]]'s mum [[Grace Mbeki|name]] ([[Loudwater|place]]) 23:30 - not home; [[Evie Rance|name]]'s dad [[Phil|name]]
in [[Bourne End|place]] - [[Evie|name]] had a snap at 22:50 from [[Kieran|name]] at [[Slough|place]] station. PCSO [[Tanya Rudd|name]]
checked the rec at [[Wooburn Green|place]] and [[Cores End|place]]. Linked to [[High
Wycombe|place]] and [[Slough|place]]; previously found in [[Desborough|place]] on [[the 21st|date]] of Oct.
Found [[5/11/2026|date]] 06:40 by PC [[Ellis Norgrove|name]] at a flat in [[Slough|place]].
Associates: [[Jordan Mbeki|name]] (16, [[Loudwater|place]]), [[Marcus Mbeki|name]] (20), "[[Tiny|name]]" believed [[Tyrell
Wade|name]] of [[Chalvey|place]], [[Slough|place]]. Car seen: grey Golf [[RX17 PFO|vehicle]]. Officer in case DS [[Abbie Lord|name]].
Return interview by [[Sian Webb|name]]
([[sian.webb@bucks-youth.org.uk|email]]).
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Kieran S|name]] - [[6/11/26|date]] at [[Cressex Community School|school]]
Worker: [[Sian Webb|name]].
Present: [[Kieran|name]], mum [[Donna|name]] (first 10 mins), [[Evie|name]] (waited outside).
 [[Kieran|name]] said he went with [[Jordan|name]] to "[[Tiny|name]]'s" in [[Slough|place]]. He met
[[Tiny|name]] through his cousin [[Callum Stacey|name]] at [[Bourne End|place]] skate park. Mum [[Donna|name]] and his girlfriend
[[Evie Rance|name]] ([[evie.r2010@gmail.com|email]]) were worried. Next: NRM referral, meet at [[Wooburn Green|place]] library on
[[13th November|date]].
Places [[Kieran|name]] named: a flat off [[Chalvey|place]] Road, the chicken shop in [[Desborough|place]], the station at [[Bourne
End|place]], the rec at [[Flackwell Heath|place]]. People: [[Tyrell|name]], [[Marcus|name]], "[[Bigz|name]]", a girl called
[[Shanice|name]]. Shared with DS [[Abbie Lord|name]] and the school's DSL Mrs [[Adeyemi|name]] on [[7/11|date]].
[[Kieran|name]] asked that his nan [[Val|name]] is told, not his dad [[Gary Stacey|name]] who lives in [[Hazlemere|place]].
He gave his new number as [[07946 558 120|phone]] and Snapchat as k.stacey_09 (not checked). Worker: [[S. Webb|name]], [[6.11.26|date]].
"""),
    ("mum's letter to the youth offending worker", """Dear [[Sian|name]],
(copy to [[Abbie Lord|name]] and Mrs [[Adeyemi|name]])
sorry to write again, [[Kieran|name]]s tutor Mr [[Okonjo|name]] said I should.
I am writing because [[Kieran|name]] went missing again on Sat [[the 14th|date]]. He came home at 4am with new trainers and
£200. His nan [[Val Stacey|name]] in [[Loudwater|place]] saw a grey car outside [[9 Windsor hill|address]]. I think its the one
[[Jordan|name]]s brother [[Marcus Mbeki|name]] drives. I dont want him going to [[Slough|place]] again.
PS my neighbour [[Kath Brill|name]] at [[no. 11|address]] says two lads came on Sunday [[15th|date]] asking for "[[kez|name]]". One was
[[Jordan|name]]. My number is [[07418 690 273|phone]] and my email [[donnastacey79@yahoo.co.uk|email]].
From [[Donna|name]] ([[Kieran|name]]s mum) [[16/11/26|date]]
PPS his dad [[Gary|name]] rang from [[Hazlemere|place]] shouting that its my fault. [[Gary|name]]s partner [[Leigh-Anne|name]] said
[[Kieran|name]] can stay with them in [[hazlemere|place]] but I said no.
I have told his school ([[Cressex|school]], Mrs [[Adeyemi|name]]) and his football coach [[Steve Kinch|name]] at the club in [[Bourne
End|place]]. [[Callum|name]]s mum [[Jackie Stacey|name]] (my sister in law, [[Flackwell Heath|place]]) says [[Callum|name]]
knows [[Tyrell|name]] too.
"""),
    ("snapchat messages copied by mum", """screenshots from [[donna|name]]s phone [[4/11|date]]
tiny_w: u comin [[wycombe|place]] 2nite
[[kieran|name]]: cant mum is watchin
tiny_w: [[jordan|name]] will get u from [[wooburn|place]] 9pm grey golf [[RX17 PFO|vehicle]]
[[kieran|name]]: ok tell [[jord|name]] by the green
tiny_w: bring the bag to [[chalvey|place]] after
[[kieran|name]]: is [[marcus|name]] comin
tiny_w: ye n [[tyrell|name]]s cuz from [[desborough|place]]
[[kieran|name]]: k. tell [[evie|name]] im at [[callum|name]]s if she asks
[[evie|name]]: [[kez|name]] wer r u?? ur mum is ringin me  [[5/11|date]] 00:14
[[kieran|name]]: at [[tyrell|name]]s dont tell [[donna|name]]
[[evie|name]]: im tellin [[sian|name]] 2moro. [[jordan|name]] is bad news [[kez|name]]
[[evie|name]]: ur so dumb. [[callum|name]] sed ur in [[slough|place]]
"""),
]


# --- D. Harding family (white British), Speen, young carer --------------------------------------------------------------

HOME_D = d.Address("Rose Cottage, Water Lane", "Speen", "Princes Risborough", "HP27 0SA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Millie", "Harding")], dt.date(2014, 9, 30), addresses=[HOME_D], ids=["9043351121", "M825212301407"],
       schools=["Princes Risborough School"]),
    _p("f", "father", [("Craig", "Harding")], dt.date(1982, 4, 22), addresses=[HOME_D], phones=["01494 488 216"]),
], "c")

DOCS_D = [
    ("young carer's text chat typed up", """chat [[millie|name]] & young carers worker [[Kat Lowe|name]], typed [[18/11|date]]
[[millie|name]]: dad didnt get up again. i did [[alfie|name]]s packed lunch
[[Kat|name]]: ok hun. is [[craig|name]] drinking?
[[millie|name]]: bit. nan [[sue|name]] in [[lacey green|place]] said shed come sat
[[millie|name]]: cant come to club weds, got to get his pills from the chemist in [[princes risborough|place]]
[[Kat|name]]: who looks after [[alfie|name]] then?
[[millie|name]]: dunno. sometimes our neighbour [[brian|name]] at [[no 3|address]] or [[ruby|name]]s nan [[pam|name]]
[[millie|name]]: [[ruby|name]]s big sister [[mia|name]] sometimes. or mrs [[lacey|name]] from school if shes going [[speen|place]] way
[[Kat|name]]: ill ring Mr [[Harding|name]] on the landline [[01494 488 216|phone]] x
[[millie|name]]: my mate [[ruby k|name]] from [[speen|place]] can walk w me
[[Kat|name]]: thats good. is [[alfie|name]] ok?
[[millie|name]]: he misses mum. shes in [[reading|place]] w [[darren|name]] now
[[Kat|name]]: does [[alfie|name]] see mum? [[millie|name]]: only xmas. her name is [[lisa|name]] if u need it. [[lisa harding|name]]
[[millie|name]]: ye hes at [[jacob|name]]s in [[great kingshill|place]] for tea. [[jacob|name]]s mum [[fiona|name]] takes him
[[millie|name]]: can u not tell mr [[dhillon|name]] pls
[[Kat|name]]: ill talk to [[Craig|name]] first. see u thurs [[the 20th|date]] x
[[millie|name]]: ok. nan [[sue|name]] says ur nice
[[millie|name]]: oh and [[ruby|name]]s mum [[nicola|name]] said she can take me to [[stokenchurch|place]] to see uncle
[[paul|name]] on sat [[22nd|date]]
"""),
    ("school attendance email", """From: Mr [[R. Dhillon|name]] <[[r.dhillon@prs.bucks.sch.uk|email]]>
To: [[Katherine Lowe|name]]
Date: [[24/11/2026|date]]
[[Millie|name]] late x6 since half term. She told Mrs [[Okoro|name]] she walks [[Alfie|name]] to [[Speen|place]] first. Dad
[[Craig|name]] (NI [[JL 72 40 15 A|ni]]) not answering. Can you visit before [[the 1st|date]]?
PS [[Alfie|name]]'s teacher at [[Speen School|school]], Mrs [[Lacey|name]], says he is often collected by [[Millie|name]] and her
friend [[Ruby Kerr|name]]. [[Ruby|name]]'s mum [[Nicola Kerr|name]] ([[07513 882 041|phone]]) can help.
"""),
    ("child's own diary page", """my diary by [[Millie Harding|name]] age 12
monday [[23rd|date]]. dad was sad again. i made beans for me and [[alfie|name]]. nan [[sue|name]] rang from [[lacey green|place]] and
said she will come on sat. [[ruby|name]] said i can sleep at hers in [[speen|place]] but i cant leave dad. mr [[dhillon|name]] told me
off for being late. i want to go to [[princes risborough|place]] xmas lights with [[ruby|name]] on the [[5th|date]].
tuesday [[24th|date]]. dad got up!! we went to [[aylesbury|place]] on the bus to see his nurse [[Jill|name]]. [[alfie|name]] was sick.
[[kat|name]] from young carers said i can go to the trip to [[wendover|place]] woods on [[12 december|date]] if nan [[sue|name]] comes.
[[26/11|date]]. [[alfie|name]] had a nosebleed at school and mrs [[lacey|name]] rang me not dad. [[jill|name]] came.
[[28/11|date]]. went to [[ruby|name]]s. her mum [[nicola|name]] made pizza. [[mia|name]] did my nails. dad rang 6 times.
[[30/11|date]]. nan [[sue|name]] stayed. she says dad might go to a place in [[amersham|place]] to get better. uncle [[paul|name]] came from
[[stokenchurch|place]] with [[kayden|name]] and [[lexi|name]].
"""),
    ("young carers' assessment summary", """YOUNG CARERS ASSESSMENT - [[HARDING, Millie|name]] - DOB [[30/09/2014|dob]]
UPN [[M825212301407|upn]]
Address: [[Rose Cottage, Water Lane|address]], [[Speen|place]], [[HP27 0SA|postcode]]. Father [[Craig Harding|name]].
Brother [[Alfie Harding|name]] (8) at [[Speen School|school]]. [[Millie|name]] at [[Princes Risborough School|school]], form
tutor Mr [[Dhillon|name]]. Assessor [[Katherine Lowe|name]], [[01494 733 205|phone]]. Reviewed [[2 December 2026|date]].
Support network: Nan [[Sue Harding|name]] ([[Lacey Green|place]]); [[Ruby Kerr|name]]'s family ([[Speen|place]]);
uncle [[Paul Harding|name]] in [[Stokenchurch|place]]. Dad's mental health worker: [[Jill Osborne|name]]. Next review [[3 March 2027|date]].
[[Millie|name]]'s own words: "I look after dad and [[Alfie|name]]. I want time with [[Ruby|name]] and to go to guides in [[Speen|place]]
with Mrs [[Rowe|name]]." Signed [[K. Lowe|name]], [[M. Harding|name]] ([[2/12/26|date]]).
"""),
]


# --- E. Wheeler family (white British), Lacey Green, disabled child ----------------------------------------------------

HOME_E = d.Address("14 Main Road", "Lacey Green", "Princes Risborough", "HP27 0QU")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Wheeler")], dt.date(2018, 7, 8), addresses=[HOME_E], ids=["5434953096", "N825212301508"],
       schools=["Stony Dean School"]),
    _p("m", "mother", [("Gemma", "Wheeler")], dt.date(1988, 2, 14), addresses=[HOME_E], phones=["01844 343 917"]),
], "c")

DOCS_E = [
    ("short breaks coordinator's email", """From: [[Priya Nandra|name]] <[[priya.nandra@bucks-shortbreaks.org|email]]>
Sent: [[26 November 2026|date]] 14:02
Cc: [[Josh Keane|name]]; [[Carol Bright|name]]
Subject: [[Oscar Wheeler|name]] ([[08/07/2018|dob]]) - short breaks

Hi [[Gemma|name]], thanks for ringing on [[01844 343 917|phone]]. [[Oscar|name]]'s place at the Saturday club in [[Princes
Risborough|place]] starts [[5th December|date]]. Mrs [[Wheeler|name]], please bring his NHS card ([[5434953096|nhs]]). [[Oscar|name]]'s
carer [[Beth Saunders|name]] will collect from [[14 Main Road|address]], [[Lacey Green|place]] [[HP27 0QU|postcode]].
[[Beth|name]] will text you herself on [[the 4th|date]]; her manager is [[Carol Bright|name]].
Kind regards, [[Priya|name]]
"""),
    ("EHCP annual review notes", """Annual review - [[WHEELER, Oscar|name]] - [[Stony Dean|school]] - [[19 November 2026|date]]
Present: mum [[Gemma Wheeler|name]]; teacher [[Fran Ashworth|name]]; SENCo [[Dev Rai|name]]; EP Dr [[Helen Morley|name]].
[[Oscar|name]] (8) travels by taxi from [[Lacey Green|place]] with escort [[Barbara|name]]. Grandad [[Ron Wheeler|name]] in
[[Loosley Row|place]] helps on Tuesdays. Next review [[18/11/2027|date]].
[[Oscar|name]]'s views (with [[Fran|name]], using symbols): likes the trampoline, [[Ron|name]]'s dog [[Biscuit|name]], trains at
[[Princes Risborough|place]] station; does not like the taxi or [[Harvey|name]].
Signed: [[F. Ashworth|name]], [[D. Rai|name]], [[H. Morley|name]], [[G. Wheeler|name]].
Escort [[Barbara Nash|name]] ([[07852 190 336|phone]]) - confirmed with [[Dev Rai|name]] on [[22/11/2026|date]].
Typed by [[Sandra Pym|name]] ([[spym@stonydean.bucks.sch.uk|email]]).
Outcomes: [[Oscar|name]] to try the sensory room with [[Fran|name]] from [[4 January 2027|date]]; [[Dev Rai|name]] to ask
the taxi firm in [[Princes Risborough|place]] to keep [[Barbara|name]] as escort; Dr [[Morley|name]] to see [[Oscar|name]] at home in
[[Lacey Green|place]] before [[12/2/27|date]]. Mum asked that [[Dave Wheeler|name]] (dad, [[Aylesbury|place]]) gets a copy.
Mum's email for copies: [[gemwheeler88@outlook.com|email]]. Next meeting [[14 January 2027|date]] with [[Priya Nandra|name]].
"""),
    ("OT home visit note", """OT visit [[03/12/2026|date]] - [[Oscar WHEELER|name]] - [[14 Main Rd|address]], [[Lacey Green|place]]
Seen with mum [[Gemma|name]] and [[Oscar|name]]'s aunt [[Leanne Parry|name]] (from [[Saunderton|place]]). OT [[Josh Keane|name]].
[[Oscar WHEELER|name]] - DOB [[08.07.2018|dob]] - NHS [[543 495 3096|nhs]] - GP Dr [[Greenwood|name]], Cross Keys Surgery.
Home: 3-bed semi, [[Main Rd|address]] side of [[Lacey Green|place]] near the windmill. Bathroom upstairs; [[Oscar|name]] needs a wet room.
Stairs gate broken, [[Oscar|name]] climbs out of window. Neighbour Mr [[Ahmed|name]] helped on [[the 28th|date]].
Plan: window restrictors by [[10/12/2026|date]]; [[Josh Keane|name]] to liaise with [[Priya Nandra|name]] (short breaks) and
Mrs [[Ashworth|name]] at [[Stony Dean School|school]]. Mum's mobile is off, use the landline [[01844 343 917|phone]].
"""),
    ("mother's voice note transcribed", """voice note from [[gemma|name]] 02:47 [[29/11|date]]: sorry its so late,
[[oscar|name]]s been up since
1, head banging again. [[dave|name]] my ex is in [[aylesbury|place]] and wont help. my sister [[leanne|name]] in [[saunderton|place]]
says she can have him sunday. can [[beth|name]] do the [[5th|date]]? thanks [[priya|name]]
(second note 02:51) also [[oscar|name]] bit [[leanne|name]]s boy [[harvey|name]] last wk at [[saunderton|place]]. [[harvey|name]]s
ok. grandad [[ron|name]] says hes fine to have [[oscar|name]] tues in [[loosley row|place]] still
"""),
]


# --- F. Cox family (white British), Bledlow, parental substance misuse ------------------------------------------------

HOME_F = d.Address("3 Church End", "Bledlow", "Princes Risborough", "HP27 9PD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Cox")], dt.date(2026, 6, 1), addresses=[HOME_F], ids=["2172795526"]),
    _p("m", "mother", [("Chantelle", "Cox")], dt.date(2003, 11, 5), addresses=[HOME_F], phones=["01628 472 319"]),
], "c")

DOCS_F = [
    ("health visitor's record scanned by OCR", """HV REC0RD - [[Ruby C0X|name]] - NHS [[2172795526|nhs]] - D0B [[0l/06/2026|dob]]
Visit [[3O/1l/2026|date]] at [[3 Church End|address]], [[BIedlow|place]] [[HP27 9PD|postcode]].
Mum [[Chantelle|name]] ([[01628 472 319|phone]]) drowsy, said she took "[[Dean|name]]'s tablets". [[Dean Marsh|name]] (boyfriend)
from [[Marlow|place]] in the house; his car [[WU19 KVN|vehicle]]. Nan [[Tracey Cox|name]] in [[Little Marlow|place]] will help.
Ba8y seen in cot, nappy dry.
Cot from [[Chantelle|name]]'s cousin [[Kelsey|name]] in [[Haddenham|place]].
 Mum's friend [[Jade Lacey|name]] from [[Longwick|place]] there. Ref to SW [[T. Quarrie|name]] and to
[[Amir Haddad|name]] (drugs worker). [[Chanteile C0x|name]] consents.
Next visit [[7.12.26|date]]. HV [[L. Brandon|name]].
Safeguarding: disc. w/ [[Tom Quarrie|name]] SW [[30/1l|date]] 15:05. [[Dean|name]] DOB [[22/O3/1998|dob]], addr given as
[[7 Mill Lane|address]], [[Chinnor|place]] [[OX39 4QJ|postcode]]. Mum's NHS no. not known. [[Ruby|name]]'s dad is not [[Dean|name]]:
named as [[Jamie Slade|name]] (in [[Aylesbury|place]], no contact).
"""),
    ("neighbour's call logged by the front door", """CONTACT - caller Mrs [[Pat Hine|name]] ([[2 Church End|address]], [[bledlow|place]])
[[02/12/2026|date]] 16:20: baby [[Ruby|name]] crying for 2 hours, mum's boyfriend [[Dean|name]] shouting. Caller says
[[Chantelle|name]] goes to [[Thame|place]] to "score". Logged by [[Zara Quinn|name]].
Caller's daughter [[Lisa Hine|name]] ([[07395 447 162|phone]]) can be rung back.
Other neighbours: Mr and Mrs [[Ferris|name]] at [[no. 4|address]]; [[Wendy|name]] at the pub in [[Bledlow|place]]; [[Pat|name]]'s
son [[Andy Hine|name]] drives past at 7am and saw [[Dean|name]]'s car [[WU19 KVN|vehicle]] outside on [[the 1st|date]].
Previous contact [[12/08/2026|date]] (from
Dr [[Sethi|name]]).
Caller also said [[Dean|name]]'s mate "[[Smithy|name]]" from [[Chinnor|place]] comes at night.
[[Zara Quinn|name]] checked: [[Dean Marsh|name]] known to Thames Valley Police (DS [[Pryce|name]]), [[Chantelle|name]]'s previous
address [[Flat 2, 9 Station Road|address]], [[Princes Risborough|place]] [[HP27 9DE|postcode]]. Passed to [[Hayley Brandon|name]]
(HV) and SW [[Tom Quarrie|name]] on [[2/12|date]].
"""),
    ("GP surgery call note", """[[05/12/2026|date]] 09:14 call from [[Chantelle Cox|name]] ([[01628 472 319|phone]]): asking for early
script. Dr [[Sethi|name]] declined. Pt says [[Dean Marsh|name]] has moved to [[Longwick|place]]. Baby [[Ruby|name]] (NHS
[[217 279 5526|nhs]]) due jabs - booked [[14/12|date]]. [[K. Abbott|name]] (receptionist).
Tasked to Dr [[Sethi|name]] and HV [[Hayley Brandon|name]]. Nan [[Tracey|name]] rang after ([[Little Marlow|place]]): [[Chantelle|name]]
"not safe with [[Ruby|name]]", will stay at [[3 Church End|address]] tonight.
Note added by Dr [[Sethi|name]] [[05/12/2026|date]] 12:30: spoke to [[Tracey Cox|name]] and HV [[Brandon|name]]; [[Ruby|name]] seen, well.
"""),
    ("drug and alcohol service letter", """[[1 December 2026|date]]
Ms [[Chantelle Cox|name]], [[3 Church End|address]], [[Bledlow|place]] [[HP27 9PD|postcode]]
DOB [[05/11/2003|dob]]   Client no. 44812
Dear [[Chantelle|name]], your keyworker is now [[Amir Haddad|name]] ([[amir.haddad@bucks-recovery.org|email]]). Your next
appointment is [[9th December|date]] at our hub in [[High Wycombe|place]]. Please bring [[Ruby|name]]'s red book. Your
mum Mrs [[Cox|name]] from [[Little Marlow|place]] is welcome. Yours, [[A. Haddad|name]]
cc: HV [[Hayley Brandon|name]]; SW [[Tom Quarrie|name]]; GP Dr [[Sethi|name]].
PS [[Chantelle|name]], your group with [[Mandy Shaw|name]] moves to [[Princes Risborough|place]] from [[the 16th|date]]. [[Dean|name]]
cannot come with you. Ref CC-0112.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 212 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 22:04 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "dc", "sw", "hv", "nan", "nana", "mum", "dad", "mamma", "imä"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "estonia", "buckinghamshire", "bucks", "setomaa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
