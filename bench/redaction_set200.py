"""Set 200: a held-out hand-written set for the redaction detector, six invented families in Tynedale and the North Pennines.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set198.py, bench/redaction_set199.py, bench/redaction_set201.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: the first 30 lines of bench/redaction_set21.py (its docstring's opening; its documents were
not printed); bench/redaction_set181.py's lines 1 to 200 and 520 to 621 (its docstring, layout, first family and last
family, _TITLES, _AFTER, _NOT_PLACES) and tests/test_redaction_set181.py in full; lines 20 to 60 of
bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`), a grep of which also showed a few lines of its example record.
The docstrings of bench/redaction_set7.py to bench/redaction_set197.py were searched by script (ast.get_docstring) for the
towns, villages and communities used here, printing only 80 characters around each hit: none of Haltwhistle, Prudhoe, West
Wylam, Alston, Mickley, Nenthead, Bardon Mill, Hemshin or Hemşin appeared; Greenhead, Featherstone, Henshaw (inside
"Wythenshawe") and Alston (inside "Dalston") appeared only elsewhere or as other places, and none is a family's home here.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets (a UPN with the Cumberland LA number 942 did not pass python-stdnum, so the Alston and Nenthead children have no UPN;
the UPNs use Northumberland's 929). The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here. Time was short: each of the 24
documents was written in one pass and then lengthened with a short added passage to reach the size asked for.

Six families in Haltwhistle, Prudhoe and Alston and the villages around them, each from a town, district or village the
earlier docstrings did not show as a family's home: a young white British mother on a close in Haltwhistle with a nan in
Greenhead (Robson / Armstrong; neglect, a baby's faltering growth, a father using cannabis); a Hemshin (Hemşinli, a Muslim
people of the Black Sea coast of north-east Turkey, speaking Turkish and Hemşince) family from Hopa in West Wylam, Prudhoe
(Akgündüz / Kocabaş; strangulation of the mother, a girl of 14 who rang 999, a mother's note in Turkish, an uncle's threats
from Turkey, MARAC); a white British girl of 15 in Alston (Teasdale / Lowes; missing to Newcastle, carrying for older men,
a strategy meeting); a young couple in Mickley with a boy of 4 and a baby due (Charlton / Dodd; cocaine and heroin use,
methadone, a father's scanned letter, the boy placed with his nan in Ovingham); a disabled boy of 10 in Nenthead (Bell /
Walton; autism and epilepsy, a sister of 16 doing nights, short breaks and school transport left him in Alston); and a young
carer of 12 in Bardon Mill (Ridley; a father with schizophrenia, a crisis team, a grandad in Melkridge). The community, Hemshin,
did not appear in any earlier docstring searched. 24 documents, each with its own style label: a health visitor's
chronology, a mother's Messenger chat typed up, a GP's safeguarding letter, core group minutes, a police domestic abuse
notification, a mother's note in Turkish with the interpreter's translation, an ABE interview transcript, a MARAC referral, a
return home interview, a Snapchat group typed up by police, a police missing person log, exploitation strategy meeting minutes,
a midwife's pre-birth referral, a drug and alcohol service email, a father's letter scanned by OCR (with its misreadings), a
social worker's phone notes, a short breaks application, a disabled child's own words through his TA, a paediatrician's clinic
letter, a school transport email thread, a young carers' referral, a child's diary pages, a crisis team phone note and a
school's attendance letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Turkey); NHS numbers and UPNs (LA 929) pass their check digits. Councils,
surgeries, hospitals (the Cumberland Infirmary, St George's), the recovery partnership, the crisis team, the takeaway, the
mosque and the Co-op are unmarked organisations; towns, villages, districts and estates are real and marked as places, and
street names are used with invented house numbers.

Markup and conventions: exactly those of bench/redaction_set21.py and set 181. Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC, DS, Sgt, PS, TM, SW, HV, nan, nana, mam, grandad, Auntie, and the Turkish amca (uncle),
abla (elder sister), anneanne and nene (grandmother) and Hoca (a religious teacher's title, after the name)); "SURNAME, First"
is one span ("ARMSTRONG, Lacey", "AKGÜNDÜZ, Sevim"); Snapchat display names that are a person's name ("kacey", "ellie r")
are names; a bare house number of a neighbour ("no. 9", "no. 21", "no. 4"), a farm or row name used as an address
("Burnfoot", "Townfoot") and a school's street ("Edens Lawn") are addresses; countries, counties and regions (Turkey,
Northumberland, Cumberland) are not marked; an OCR misreading keeps its kind ("2l/10/2O26" and "l9th" dates, "Wylarn",
"Prudh0e", "Ovingharn", "Stocksfie1d" places); a weekday stays outside a date span ("Thursday 15 October 2026").

Choices this set had to make: "Bonfire Night" is marked as a date (a named day, as set 181's "Christmas Day 2024"); a bare
year ("2024") is not marked; a police reference holding a date ("DA/2026-11-02/0418") marks the date; "the Alston market
cross", "Haltwhistle station" and "the Alston library" mark the town; a Turkish date ("1 Kasım") is a date; "Comb Hill",
"Westgate" and "Station Cottages" without a number are addresses.

Self-check without the detector: `python -m bench.redaction_set200` (and tests/test_redaction_set200.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 903 gold spans, 520 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Robson / Armstrong family (white British), Haltwhistle, nan in Greenhead; neglect ---------------------------------

HOME_A = d.Address("7 Comb Hill Close", "", "Haltwhistle", "NE49 9BP")
NAN_A = d.Address("2 Station Cottages", "Greenhead", "Brampton", "CA8 7HB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Robson")], dt.date(2020, 3, 11), addresses=[HOME_A], ids=["1413518311", "L929422707206"],
       schools=["Haltwhistle First School"]),
    _p("s", "sibling", [("Lacey", "Armstrong")], dt.date(2025, 1, 29), addresses=[HOME_A], ids=["8588442574"]),
    _p("m", "mother", [("Chantelle", "Robson")], dt.date(1999, 8, 4), addresses=[HOME_A], phones=["07712 480 316"]),
    _p("f", "father", [("Liam", "Armstrong")], dt.date(1996, 12, 19), addresses=[HOME_A], phones=["07984 216 503"]),
    _p("g", "grandparent", [("Brenda", "Robson")], dt.date(1968, 5, 2), addresses=[NAN_A], phones=["01434 344 581"]),
], "c")

DOCS_A = [
    ("health visitor's chronology of contacts", """0-19 SERVICE - HEALTH VISITING CHRONOLOGY
Child: [[ARMSTRONG, Lacey|name]]   DOB [[29/01/2025|dob]]   NHS [[858 844 2574|nhs]]
Sibling: [[Mason Robson|name]] ([[11.03.2020|dob]])   Mum: [[Chantelle Robson|name]] ([[07712 480 316|phone]])
Address: [[7 Comb Hill Close|address]], [[Haltwhistle|place]] [[NE49 9BP|postcode]]

[[04/08/2026|date]] 1 yr review missed. Left card. Rang mum x2.
[[19/08/2026|date]] Seen at home. Smell of dog mess, 2 dogs. [[Lacey|name]] in a wet nappy, bottle of cold tea. [[Chantelle|name]]
tearful, says [[Liam|name]] is "away working in [[Carlisle|place]]". Nan [[Brenda|name]] ([[Greenhead|place]]) helps with shopping.
[[2 Sept|date]] Neighbour Mrs [[Joan Milburn|name]] ([[no. 9|address]]) rang the surgery: children shouting in the garden at 10pm.
[[09/09/26|date]] Joint visit with SW [[Rachel Hedley|name]]. [[Mason|name]] not in school; mum said no clean uniform. Dad
[[Liam Armstrong|name]] came in at 11.20, smelt of cannabis, left in his car [[NK19 WFO|vehicle]].
[[16/9/26|date]] [[Mason|name]] at [[Haltwhistle First|school]] per head Mrs [[Dodd|name]]. Nits, shoes too small.
[[the 23rd|date]] (Sept) [[Lacey|name]] weighed at the clinic in [[Hexham|place]]: dropped 2 centiles. Dr [[Okafor|name]] informed.
[[30.09.2026|date]] Mum missed the clinic. [[Brenda Robson|name]] rang from [[01434 344 581|phone]]; she will bring [[Lacey|name]] on
[[7 October|date]].
[[7/10/26|date]] Seen with nan. Weight up a little. Nan says [[Chantelle|name]]'s friend [[Jade Pattinson|name]] from
[[Bardon
Mill|place]] "has been stopping over with her bloke [[Kyle|name]]".
[[14 Oct 2026|date]] Strategy discussion (HV [[Gemma Charlton|name]] attended). Plan: child protection enquiry.
[[21/10/2026|date]] Visit with [[Rachel|name]]. [[Liam|name]]'s mum [[Sandra Armstrong|name]] there, "to help". She says
[[Chantelle|name]]'s cousin [[Tasha Robson|name]] from [[Gilsland|place]] sleeps on the sofa. [[Mason|name]] showed me his
drawing of "nana [[Bren|name]]'s house at [[Greenhead|place]]" with a train.
[[28 Oct|date]] Text from mum: "[[lacey|name]] been sick all nite". Advised GP. Seen by Dr [[Okafor|name]] [[29/10|date]].
"""),
    ("mother's messenger chat with the social worker typed up", """Messenger - [[chantelle robson|name]] and [[Rachel Hedley|name]] SW
(copied for the file on [[21/10/2026|date]])

[[chantelle robson|name]] [[18 Oct|date]] 22:41: hiya its [[chan|name]]. [[liam|name]] took the money again an theres no gas
[[chantelle robson|name]] 22:43: [[mason|name]] is at me nans in [[greenhead|place]] til mon
[[Rachel Hedley|name]] [[19 Oct|date]] 08:55: Morning [[Chantelle|name]], I can bring a food parcel at 11. Is [[Lacey|name]] with you?
[[chantelle robson|name]] 09:02: ye shes here. dont come til after 12 [[liam|name]]s mate [[Shaun|name]] is here
[[chantelle robson|name]] 09:03: [[shaun|name]] from [[brampton|place]] not [[shaun dixon|name]] the other one lol
[[Rachel Hedley|name]] 09:10: OK. I'll come with [[Gemma|name]] (HV) at 12.30 to [[Comb Hill|address]].
[[chantelle robson|name]] [[20 Oct|date]] 19:22: me nan says ring her on the house phone [[01434 344 581|phone]]
[[chantelle robson|name]] 19:25: an [[jade|name]] says sorry about the party. [[kyle|name]] has gone back to [[newcastle|place]]
[[chantelle robson|name]] 19:40: [[mase|name]] wants to stop at nans in [[greenhead|place]] all the time now :(
[[chantelle robson|name]] [[21 Oct|date]] 07:12: [[sandra|name]] (liams mam) came round
shoutin. says im a liar. [[tasha|name]] threw her out
[[Rachel Hedley|name]] 08:30: Thanks for telling me, [[Chantelle|name]]. Is [[Tasha|name]] still staying?
[[chantelle robson|name]] 08:34: ye til friday then she goes back to [[gilsland|place]]. [[kyle|name]] n [[jade|name]] not allowed round
"""),
    ("GP practice safeguarding letter", """Haltwhistle Medical Group, [[Haltwhistle|place]]
[[22 October 2026|date]]
To: [[Rachel Hedley|name]], Social Worker, Children's Services (West), [[Hexham|place]]
Re: [[Lacey ARMSTRONG|name]], DOB [[29.01.2025|dob]], NHS No. [[8588442574|nhs]]; [[Mason ROBSON|name]], DOB [[11.03.2020|dob]],
NHS No. [[141 351 8311|nhs]]
Dear Ms [[Hedley|name]],
Thank you for your request of [[15th October|date]]. [[Lacey|name]] was seen by Dr [[A. Okafor|name]] on [[23/09/2026|date]]
with faltering growth and nappy rash; a follow-up on [[30/09|date]] was not attended. [[Mason|name]] has had two missed
dental appointments at [[Hexham|place]] ([[3 March|date]] and [[12 June|date]]) and no MMR2. Mother, [[Chantelle Robson|name]],
is on our register for depression; she last collected medication on [[1/8/26|date]]. Father, [[Liam Armstrong|name]] (DOB
[[19/12/1996|dob]]), is registered with us but has not been seen since 2024; he is known to the drug and alcohol service.
Maternal grandmother, Mrs [[Brenda Robson|name]], of [[2 Station Cottages|address]], [[Greenhead|place]] [[CA8 7HB|postcode]], is
registered in [[Brampton|place]].
Yours sincerely,
Dr [[Adaeze Okafor|name]], safeguarding lead    cc HV [[G. Charlton|name]]
Practice nurse [[Lorraine Bell|name]] adds: [[Chantelle|name]] attended alone on [[6 Oct|date]]; she said
[[Liam|name]]'s friend [[Shaun Dixon|name]] of [[Haydon Bridge|place]] "keeps coming round for money". Health visitor
[[Gemma Charlton|name]] has been told. Our admin, [[Tracy Kell|name]], can send records on [[01434 322 405|phone]] ext 2.
"""),
    ("core group meeting minutes", """CORE GROUP - [[Mason Robson|name]] & [[Lacey Armstrong|name]] - [[Haltwhistle First School|school]] -
[[12/11/2026|date]]
Present: [[Chantelle Robson|name]] (mum), [[Brenda Robson|name]] (maternal nan), [[Rachel Hedley|name]] (SW, chair),
[[Gemma Charlton|name]] (HV), Mrs [[Karen Dodd|name]] (head), [[Stacey Elliott|name]] (family support). Apologies: [[Liam
Armstrong|name]] (dad).
1. Home: [[Stacey|name]] did a deep clean with mum on [[3rd Nov|date]]. Dogs rehomed with [[Liam|name]]'s brother [[Dean
Armstrong|name]] in [[Haydon Bridge|place]].
2. [[Mason|name]]: attendance 83%. Mrs [[Dodd|name]]: "he's brighter, eats breakfast club". Friend [[Archie Nixon|name]].
3. [[Lacey|name]]: weighed [[10/11|date]] at [[Haltwhistle|place]] clinic, back on her centile.
4. Dad: [[Liam|name]] now at his mum's, Mrs [[Sandra Armstrong|name]], [[14 Westgate|address]], [[Haltwhistle|place]]. He missed
the drugs service on [[5 Nov|date]]. [[Chantelle|name]] says no contact since he "smashed the door" on [[Bonfire Night|date]].
5. Nan [[Brenda|name]] to have [[Mason|name]] weekends at [[Greenhead|place]]; she drives ([[YB68 KTE|vehicle]]).
Next core group [[10 December 2026|date]], 9.30am. Minutes: [[S. Elliott|name]].
6. Views: [[Mason|name]] told [[Stacey|name]] "I like nana [[Brenda|name]]'s and Auntie [[Tasha|name]]". [[Chantelle|name]]:
"[[Rachel|name]] and [[Gemma|name]] have been good to us". Nan [[Brenda Robson|name]]: worried about [[Liam|name]] turning up at
[[Station Cottages|address]]. Mrs [[Dodd|name]] will ask [[Archie|name]]'s mum [[Lisa Nixon|name]] about tea after school.
Actions: [[Rachel Hedley|name]] to visit [[Sandra Armstrong|name]] at [[Westgate|address]] before [[1/12|date]]; [[Gemma|name]] to weigh
[[Lacey|name]] on [[24 Nov|date]].
"""),
]


# --- B. Akgündüz / Kocabaş family (Hemshin, Hemşinli, from Hopa, north-east Turkey), West Wylam, Prudhoe; domestic abuse -----

HOME_B = d.Address("23 Moor Road", "West Wylam", "Prudhoe", "NE42 5PW")
GRAN_B = d.Address("Sahil Mahallesi, Deniz Sokak No. 8", "", "Hopa", "08600")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Elif", "Akgündüz")], dt.date(2012, 6, 18), addresses=[HOME_B], ids=["3883478245", "C929437989832"],
       schools=["Prudhoe Community High School"]),
    _p("s", "sibling", [("Emre", "Akgündüz")], dt.date(2017, 10, 2), addresses=[HOME_B], ids=["9623941633", "C929017701013"],
       schools=["Highfield Middle School"]),
    _p("m", "mother", [("Sevim", "Akgündüz"), ("Sevim", "Kocabaş")], dt.date(1988, 4, 27), addresses=[HOME_B],
       phones=["07453 892 174"]),
    _p("f", "father", [("Yusuf", "Akgündüz")], dt.date(1983, 1, 15), addresses=[HOME_B], phones=["07828 301 645"]),
    _p("g", "grandparent", [("Hatice", "Kocabaş")], addresses=[GRAN_B], phones=["+90 464 651 23 40"]),
], "c")

DOCS_B = [
    ("police domestic abuse notification", """NORTHUMBRIA POLICE - DOMESTIC ABUSE NOTIFICATION TO CHILDREN'S SERVICES
Ref: DA/[[2026-11-02|date]]/0418   Officer: PC [[Callum Reay|name]] 4417
Victim: [[AKGÜNDÜZ, Sevim|name]] (née [[Kocabaş|name]])   DOB [[27/04/1988|dob]]   Tel [[07453 892 174|phone]]
Suspect: [[AKGÜNDÜZ, Yusuf|name]]   DOB [[15/01/1983|dob]]   Tel [[07828 301 645|phone]]   NI [[JT 48 26 15 C|ni]]
Address: [[23 Moor Road|address]], [[West Wylam|place]], [[Prudhoe|place]], [[NE42 5PW|postcode]]
Children present: [[Elif|name]] (14, [[Prudhoe Community High|school]]), [[Emre|name]] (9, [[Highfield Middle|school]])
Circumstances: 999 call at 23:12 on [[01/11/2026|date]] from [[Elif|name]] in English; mother speaks Turkish, some Hemşince.
Officers found [[Sevim|name]] with a red mark to her neck; she said [[Yusuf|name]] held her against the fridge after a call from
his brother [[Murat|name]] in [[Hopa|place]]. [[Emre|name]] hid in the bathroom. Suspect left in a grey Passat [[ND21 HZC|vehicle]]
before police arrived; arrested at 02:40 on [[2 Nov|date]] at his cousin [[Selim Kara|name]]'s flat in [[Blaydon|place]].
DASH: high. Referred to MARAC. Interpreter used by phone: [[Zeynep Arslan|name]] (Language Line).
Neighbour Mr [[Gary Bewick|name]] ([[no. 21|address]]) heard shouting "for about an hour".
Previous: [[14/06/2025|date]] verbal argument at the same address, no crime (PC [[Leanne Carr|name]]).
[[Sevim|name]]'s friend [[Ayşe Demir|name]] ([[07402 635 918|phone]]) of [[Hexham|place]] attended at 00:10 to sit with the children.
[[Yusuf|name]]'s employer: [[Kemal Özdemir|name]]'s takeaway in [[Stocksfield|place]]. Supervisor: Sgt [[Neil Hume|name]].
"""),
    ("mother's note in Turkish with the interpreter's translation", """[Handwritten note handed to SW [[Laura Tweddle|name]] on
[[09.11.2026|date]]; Turkish, with Hemşince words; translated by [[Zeynep Arslan|name]]]

Benim adım [[Sevim Akgündüz|name]]. [[Hopa|place]]'da doğdum, annem [[Hatice Kocabaş|name]] hâlâ orada, telefonu
[[+90 464 651 23 40|phone]]. [[Yusuf|name]] beni [[1 Kasım|date]] gecesi boğazımdan tuttu. [[Elif|name]] polisi aradı, Allah razı
olsun. [[Emre|name]] hâlâ korkuyor. Amcası [[Murat|name]] bana mesaj atıyor: "evine dön". Ben [[Prudhoe|place]]'da kalmak istiyorum.
Komşum [[Linda|name]] bana çok yardım etti. [[Mustafa|name]] Hoca [[Newcastle|place]] camisinden aradı, "sabret" dedi.

Translation: My name is [[Sevim Akgündüz|name]]. I was born in [[Hopa|place]]; my mother [[Hatice Kocabaş|name]] is still there,
her phone is [[+90 464 651 23 40|phone]]. [[Yusuf|name]] held me by the throat on the night of [[1 November|date]]. [[Elif|name]]
called the police, God bless her. [[Emre|name]] is still afraid. His uncle [[Murat|name]] sends me messages: "go back to your
home". I want to stay in [[Prudhoe|place]]. My neighbour [[Linda|name]] has helped me a lot. [[Mustafa|name]] Hoca from the
[[Newcastle|place]] mosque rang and said "be patient".
(Note by [[Z. Arslan|name]]: "Hoca" is a title for a religious teacher; "Hemşince" is the family's home language.)
Ek / Addendum: [[Sevim|name]] asked that her sister [[Gülay Kocabaş|name]] in
[[Trabzon|place]] ([[+90 532 416 27 83|phone]]) be told she is safe, and that [[Elif|name]]'s teacher Miss [[Bainbridge|name]] not be
told "the family business". She said [[Yusuf|name]]'s cousin [[Selim|name]] and his wife [[Nurcan Kara|name]] will take his side.
"""),
    ("transcript of a child's achieving best evidence interview (extract)", """ABE INTERVIEW - EXTRACT - [[Elif AKGÜNDÜZ|name]]
Date: [[4th November 2026|date]]   Place: the suite at [[Hexham|place]]   Interviewer: DC [[Hannah Forster|name]]
Also present (monitor): SW [[Laura Tweddle|name]]

DC [[Forster|name]]: Tell me about Sunday night, [[Elif|name]].
[[Elif|name]]: Dad was on the phone to [[Murat|name]] amca, like, shouting in Turkish. Then he went at mum.
DC [[Forster|name]]: What did you see?
[[Elif|name]]: His hands on her neck. I took [[Emre|name]] upstairs and rang 999 from my phone, [[07361 574 208|phone]].
DC [[Forster|name]]: Has anything like this happened before?
[[Elif|name]]: In the summer, at [[Tynemouth|place]], he pushed her. And in [[Hopa|place]] when we went to see anneanne, [[July
the 30th|date]], he threw a plate. My nene [[Hatice|name]] saw.
DC [[Forster|name]]: Who do you talk to?
[[Elif|name]]: My friend [[Poppy Routledge|name]] and Miss [[Bainbridge|name]] at school. And [[Linda|name]] next door, [[Linda
Bewick|name]].
(Interview ended 11:52. [[Elif|name]]'s mobile [[07361 574 208|phone]] recorded on the ABE form by [[H. Forster|name]].)
DC [[Forster|name]]: Where is your dad now?
[[Elif|name]]: At [[Selim|name]]'s in [[Blaydon|place]]. [[Nurcan|name]] abla texted me, she said dad is sorry.
DC [[Forster|name]]: And [[Emre|name]]?
[[Elif|name]]: He wet the bed again. [[Linda|name]] washed his sheets. Mum's friend [[Ayşe|name]] brought baklava.
"""),
    ("MARAC referral form", """MARAC REFERRAL - NORTHUMBERLAND
Victim: [[Sevim Akgündüz|name]]  (also [[Sevim KOCABAŞ|name]])   DOB [[27.4.1988|dob]]   Safe number: [[07453 892 174|phone]]
Address: [[23 Moor Rd|address]], [[West Wylam|place]], [[Prudhoe|place]] [[NE42 5PW|postcode]]   Language: Turkish (Hemşince)
Perpetrator: [[Yusuf Akgündüz|name]], bail to [[Selim Kara|name]]'s address, [[Flat 4, 61 Shibdon Road|address]], [[Blaydon|place]]
[[NE21 5AE|postcode]]; not to enter [[Prudhoe|place]].
Children: [[Elif|name]] ([[18/06/2012|dob]], UPN [[C929437989832|upn]]); [[Emre|name]] ([[02/10/2017|dob]], UPN [[C929017701013|upn]],
NHS [[962 394 1633|nhs]]).
Risk: strangulation [[1/11/26|date]]; threats by text from [[Murat Akgündüz|name]] ([[+90 505 318 44 19|phone]]).
Referrer: [[Laura Tweddle|name]], [[laura.tweddle@northumberland.gov.uk|email]], [[01661 834 219|phone]]. IDVA: [[Claire Lumsden|name]].
MARAC date: [[19 November 2026|date]]. Mum's friend from the Turkish shop in [[Hexham|place]], [[Ayşe Demir|name]], will go with
her.
Agencies attending: IDVA [[C. Lumsden|name]]; DS [[Andrew Milne|name]]; [[Prudhoe Community High|school]] DSL
Mr [[Kevin Shotton|name]]; [[Highfield Middle|school]] DSL Mrs [[Jane Moffat|name]]; housing officer [[Paul Errington|name]].
[[Elif|name]]'s mobile: [[07361 574 208|phone]]. [[Emre|name]]'s teacher: Mr [[Tom Gibson|name]].
"""),
]


# --- C. Teasdale / Lowes family (white British), Alston; a girl of 15 missing, criminal exploitation ---------------------

HOME_C = d.Address("4 Jollybeard Lane", "", "Alston", "CA9 3RA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Teasdale")], dt.date(2011, 2, 14), addresses=[HOME_C], ids=["8855424653"],
       schools=["Samuel King's School"]),
    _p("m", "mother", [("Nicola", "Lowes")], dt.date(1984, 9, 9), addresses=[HOME_C], phones=["07519 642 830"]),
    _p("f", "father", [("Darren", "Teasdale")], dt.date(1982, 7, 21), phones=["07946 118 372"]),
], "c")

DOCS_C = [
    ("return home interview record", """RETURN HOME INTERVIEW
Young person: [[Kacey Teasdale|name]]   DOB [[14/02/2011|dob]]   Missing from [[21/10/2026|date]] 16:00 to [[23/10/2026|date]] 01:15
Home: [[4 Jollybeard Lane|address]], [[Alston|place]] [[CA9 3RA|postcode]]   School: [[Samuel King's|school]] Y11
Interview by [[Jess Nattrass|name]] (missing service) on [[24 Oct|date]] at the [[Alston|place]] library.
[[Kacey|name]] said she got the bus to [[Haltwhistle|place]] then the train to [[Newcastle|place]] with [[Tayla|name]] ("[[Tay|name]]"),
a friend from [[Nenthead|place]]. They stayed at a flat in [[Byker|place]] with a man called "[[Deano|name]]" and his mate
"[[Mikey|name]]" who gave them vapes and a phone ([[07402 635 917|phone]]). She was asked to take a bag to [[Carlisle|place]] on
the [[22nd|date]]. Police found her at [[Carlisle|place]] station at 00:30 on [[the 23rd|date]] (PC [[Amy Stobart|name]]).
Mum, [[Nicola Lowes|name]], says [[Kacey|name]] has been "different" since she started seeing [[Kian Rutherford|name]], 19, from
[[Brampton|place]], who drives a black Golf ([[PO70 YKD|vehicle]]).
[[Kacey|name]] wants: to go back to college plans; to see her dad [[Darren|name]] in [[Penrith|place]] more. Did not want
her Nana [[Eileen|name]] told.
Others named: [[Tayla Walton|name]]'s mum [[Kerry|name]]; [[Kacey|name]]'s best friend [[Ellie Robinson|name]] of
[[Nenthead|place]]; her old boyfriend [[Josh Lowthian|name]] from [[Alston|place]]; mum's partner [[Gary Lowes|name]]? (mum says
"[[Gaz|name]]'s my brother, not my partner"). Nana [[Eileen Teasdale|name]] lives at [[Townfoot|address]], [[Alston|place]].
Next RHI if missing again: [[J. Nattrass|name]], [[07519 642 831|phone]].
"""),
    ("group chat screenshots typed up by police", """Exhibit AS/3 - Snapchat group "alston gals x" - typed by PC [[A. Stobart|name]]
[[kacey|name]]: [[tay|name]] u coming or wat
[[tayla|name]]: ye mams thinks im at [[maddies|name]] in [[garrigill|place]] lol
[[maddie|name]]: dont put me in it 🙄
[[kacey|name]]: [[deano|name]] says hes picking us up at [[haltwhistle|place]] station 6
[[tayla|name]]: is [[kian|name]] comin
[[kacey|name]]: nah hes in [[brampton|place]] wiv his bro [[jordan|name]]
[[maddie|name]]: [[kace|name]] ur mam rang me mam. shes goin mental
[[kacey|name]]: tell her im at [[ellies|name]] in [[nenthead|place]]
[[ellie r|name]]: im not being ur alibi [[kacey|name]] x
[[kacey|name]]: fine. on the train now 🚂 [[newcastle|place]] bound
[[tayla|name]]: [[mikey|name]] sent the addy, its [[flat 9|address]] on [[shields rd|address]]
(Chat recovered from [[Kacey|name]]'s phone on [[23.10.2026|date]]; numbers in the group include [[07402 635 917|phone]].)
[[maddie|name]]: [[kace|name]] pls ring ur mam. [[nicola|name]] is at my door wiv [[gaz|name]]
[[kacey|name]]: tell [[gaz|name]] to do one
[[ellie r|name]]: [[josh|name]] says [[kian|name]] is bad news fr
"""),
    ("police missing person log", """MISSING PERSON - GRADED MEDIUM - CUMBRIA / NORTHUMBRIA JOINT
[[21/10/26|date]] 19:40 Report from mum [[Nicola LOWES|name]] ([[07519 642 830|phone]]): [[Kacey TEASDALE|name]], 15, not home from
school. Last seen at the [[Alston|place]] market cross with [[Tayla Walton|name]] at 16:00.
[[21/10/26|date]] 20:15 Call to dad [[Darren Teasdale|name]] ([[07946 118 372|phone]]), [[Penrith|place]]: not with him.
[[21/10/26|date]] 21:05 [[Tayla|name]]'s mum [[Kerry Walton|name]] rang: [[Tayla|name]] also missing.
[[22/10/26|date]] 08:30 Sighting on CCTV at [[Haltwhistle|place]] station 17:52 on [[21st|date]] (PCSO [[Tom Heslop|name]]).
[[22/10/26|date]] 14:10 Possible address in [[Byker|place]] from [[Maddie Lee|name]] ([[Garrigill|place]]) via her mum.
[[23/10/26|date]] 00:30 Both found at [[Carlisle|place]]. [[Kacey|name]] had £340 and a bag. Safe and well check by Sgt
[[Phil Armstrong|name]].
[[23/10/26|date]] 01:15 Returned to mum at [[Jollybeard Lane|address]]. NHS no. on file [[885 542 4653|nhs]].
Intel: [[Kian Rutherford|name]], [[PO70 YKD|vehicle]], linked to "[[Deano|name]]" ([[Dean Ogle|name]], [[Newcastle|place]]).
[[23/10/26|date]] 09:00 Handover to day shift (PS [[Dawn Nicholson|name]]). [[Tayla|name]] returned to
[[Kerry Walton|name]] at [[Nenthead|place]]. Debrief with [[Jess Nattrass|name]] booked for [[24/10|date]].
[[23/10/26|date]] 11:30 [[Darren|name]] rang: wants [[Kacey|name]] to stay at his flat, [[Flat 2, 18 Stricklandgate|address]],
[[Penrith|place]] [[CA11 7ND|postcode]].
"""),
    ("child exploitation strategy meeting minutes", """STRATEGY MEETING (CRIMINAL EXPLOITATION) - [[Kacey Teasdale|name]] -
[[26 October 2026|date]], Teams
Chair: [[Michelle Coulthard|name]] (team manager). Present: [[Jess Nattrass|name]]; DS [[Ian
Routledge|name]]; [[Amy Stobart|name]] (PC); Mr [[Graham Tallentire|name]] (DSL, [[Samuel King's School|school]]); school nurse
[[Beth Hetherington|name]]; SW [[Owen Pickering|name]] (allocated).
Information: [[Kacey|name]] and [[Tayla Walton|name]] taken to [[Byker|place]] and used to carry a bag to [[Carlisle|place]];
[[Dean Ogle|name]] (known as "[[Deano|name]]") and "[[Mikey|name]]" thought to be [[Michael Ogle|name]]; [[Kian Rutherford|name]]
the link in [[Brampton|place]]. Mr [[Tallentire|name]]: [[Kacey|name]]'s attendance 62%, seen in [[Kian|name]]'s car outside
school on [[13 Oct|date]] and [[the 19th|date]].
Mum [[Nicola|name]] asks for [[Kacey|name]] to stay at her dad's in [[Penrith|place]] at weekends. [[Darren|name]] agrees.
Decisions: section 47; NRM referral; disruption notice to [[Kian Rutherford|name]]; [[Tayla|name]]'s own meeting (SW
[[Rhona Dent|name]]). Next meeting [[9/11/2026|date]].
Also noted: [[Kacey|name]]'s nana [[Eileen Teasdale|name]] ([[Townfoot|address]]) and uncle
[[Gary Lowes|name]] ("[[Gaz|name]]") are protective. [[Ellie Robinson|name]] and [[Maddie Lee|name]] not thought to be at risk;
[[Josh Lowthian|name]] to be spoken to by PC [[Stobart|name]]. Minutes: [[Hayley Ord|name]].
"""),
]


# --- D. Charlton / Dodd family (white British), Mickley, near Prudhoe; parental substance misuse, a baby due -------------

HOME_D = d.Address("12 Mickley Square", "Mickley", "Stocksfield", "NE43 7BS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Jaxon", "Dodd")], dt.date(2022, 7, 8), addresses=[HOME_D], ids=["9625969136"],
       schools=["Mickley First School"]),
    _p("m", "mother", [("Courtney", "Charlton")], dt.date(2000, 11, 3), addresses=[HOME_D], phones=["07887 204 561"]),
    _p("f", "father", [("Ryan", "Dodd")], dt.date(1993, 6, 14), addresses=[HOME_D], phones=["07591 370 248"]),
], "c")

DOCS_D = [
    ("midwife's pre-birth referral", """MATERNITY SAFEGUARDING - PRE-BIRTH REFERRAL
Mother: [[CHARLTON, Courtney|name]]   DOB [[03/11/2000|dob]]   EDD [[14/01/2027|date]]   Tel [[07887 204 561|phone]]
Address: [[12 Mickley Square|address]], [[Mickley|place]], [[NE43 7BS|postcode]]
Partner: [[Ryan Dodd|name]] ([[14.06.1993|dob]]), father of the baby and of [[Jaxon Dodd|name]] ([[08/07/2022|dob]], NHS
[[9625969136|nhs]]).
Concerns: [[Courtney|name]] disclosed at booking on [[2 September|date]] using cocaine "at weekends" and [[Ryan|name]] using heroin;
he is on a methadone script from the service in [[Hexham|place]]. Police called to the house on [[17/08/2026|date]] (a fight with
[[Ryan|name]]'s brother [[Lee Dodd|name]]). [[Jaxon|name]] goes to [[Mickley First|school]] nursery; staff say he often arrives at
10.30.
Support: [[Courtney|name]]'s mum [[Tracey Charlton|name]] in [[Ovingham|place]] ([[01661 832 574|phone]]); her friend [[Shannon
Reed|name]] in [[Stocksfield|place]].
Referrer: community midwife [[Lucy Bowman|name]], [[lucy.bowman2@nhs.net|email]], Prudhoe team. [[04/10/2026|date]].
Other adults: [[Ryan|name]]'s mum [[Jean Dodd|name]], [[Wylam|place]]; a friend "[[Tommo|name]]" who visits.
GP: Dr [[Farah Siddiqui|name]]. Health visitor: [[Kate Armstrong|name]]. Booking midwife: [[Sophie Tait|name]].
"""),
    ("drug and alcohol service email", """From: [[Kirsty Mains|name]] <[[kirsty.mains@recovery-north.org.uk|email]]>
To: [[Laura Tweddle|name]]
Sent: Thursday [[15 October 2026|date]] 14:02
Subject: [[Ryan Dodd|name]] ([[14/06/93|dob]]) - update

Hi [[Laura|name]],
[[Ryan|name]] has been on 60ml methadone since [[March 3rd|date]]. Two positive tests for cocaine ([[28/09|date]], [[12/10|date]]).
He missed his key work on [[the 8th|date]]. He says [[Courtney|name]] is "doing well" but she has not engaged with our family
worker [[Dan Forster|name]]. He named his dealer as "[[Tommo|name]]" from [[Prudhoe|place]] and says he owes him £600.
He has asked to move his collection from [[Hexham|place]] to the Boots in [[Prudhoe|place]] - prescriber Dr [[Farah Siddiqui|name]]
agreed on [[14/10|date]].
He drives - we are told a silver Corsa [[NL17 BXU|vehicle]] - please can police check.
[[Kirsty|name]]
Recovery worker, Northumberland Recovery Partnership, [[01661 843 160|phone]]
PS [[Dan|name]] says [[Courtney|name]] told him on [[9/10|date]] that [[Lee Dodd|name]] and his girlfriend
[[Casey Wharton|name]] have been "using at the house" in [[Mickley|place]]. [[Jaxon|name]] was there.
"""),
    ("father's handwritten letter scanned by OCR", """[OCR of a letter from [[Ryan Dodd|name]], received [[2l/10/2O26|date]]; the
scan's misreadings kept]
To [[Laura|name]] the socia1 worker
Im writting to say I no I messed up. [[Courtney|name]] and me have been c1ean since the [[l9th|date]] an I want to be there for
[[Jaxon|name]] an the new baby. My mam [[Jean Dodd|name]] in [[Wylarn|place]] can have us on a Sunday an she dont drink.
Me brother [[Lee|name]] is not a1lowed round no more. I no [[Tommo|name]] has been round but that was before. Please ring me on
[[07591 370 248|phone]] not [[Courtney|name]]s. I go to the group at [[Prudh0e|place]] on a Tuesday with [[Dan|name]].
Sorry for [[Jaxon|name]] missing nursery. [[Courtney|name]]s mum [[Tracey|name]] will take him from [[Ovingharn|place]].
[[Ryan|name]] ([[R DODD|name]])
P.S. [[Shannon|name]] from [[Stocksfie1d|place]] says she will he1p to. [[Jaxon|name]] 1oves her
dog. Thank you [[Laura|name]] and thank you [[Kirsty|name]].
"""),
    ("social worker's phone call notes", """Phone notes - [[Laura Tweddle|name]] - case: [[Jaxon Dodd|name]] / unborn
[[27/10/26|date]] 09:15 Rang [[Courtney|name]] ([[07887 204 561|phone]]). Says [[Ryan|name]] clean. Agreed visit [[29th|date]] 2pm.
[[27/10/26|date]] 09:40 Nursery ([[Mickley First|school]], Mrs [[Angela Craig|name]]): [[Jaxon|name]] came in yesterday in pyjamas,
said "daddy was asleep on the floor". Logged.
[[27/10/26|date]] 11:05 [[Tracey Charlton|name]] (nan, [[Ovingham|place]]) rang: found foil and a spoon in [[Jaxon|name]]'s
toy box on Saturday [[24th|date]]. Will keep [[Jaxon|name]] till Weds.
[[27/10/26|date]] 13:30 Midwife [[Lucy Bowman|name]]: [[Courtney|name]] missed scan on [[20/10|date]].
[[27/10/26|date]] 15:10 PC [[Sam Hall|name]] re [[NL17 BXU|vehicle]]: stopped in [[Wylam|place]] on [[25 Oct|date]], [[Ryan|name]]
driving, passenger [[Thomas Maughan|name]] ("[[Tommo|name]]").
[[27/10/26|date]] 16:00 Discussed with TM [[Michelle Coulthard|name]]: pre-birth conference; [[Jaxon|name]] to stay with
nan [[Tracey|name]] for now (S20 agreed by [[Courtney|name]] at 17:20).
[[28/10/26|date]] 10:20 [[Jean Dodd|name]] ([[Wylam|place]]) rang: she will have [[Jaxon|name]] on Sundays; her
partner [[Alan Hindmarsh|name]] is "on board". [[Shannon Reed|name]] also offered.
[[28/10/26|date]] 12:00 [[Kirsty Mains|name]]: [[Ryan|name]] tested clear today.
"""),
]


# --- E. Walton / Bell family (white British), Nenthead; a disabled boy of 10 ------------------------------------------

HOME_E = d.Address("3 Hillersdon Terrace", "Nenthead", "Alston", "CA9 3PD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Bell")], dt.date(2016, 5, 23), addresses=[HOME_E], ids=["9452186259"],
       schools=["Nenthead Primary School"]),
    _p("m", "mother", [("Gemma", "Bell")], dt.date(1989, 2, 6), addresses=[HOME_E], phones=["07733 815 062"]),
    _p("f", "father", [("Stuart", "Walton")], dt.date(1986, 8, 30), phones=["07415 928 637"]),
], "c")

DOCS_E = [
    ("short breaks application form", """SHORT BREAKS FOR DISABLED CHILDREN - APPLICATION (Cumberland Council)
Child: [[Alfie Bell|name]]   DOB [[23/05/2016|dob]]   NHS [[945 218 6259|nhs]]
Address: [[3 Hillersdon Terrace|address]], [[Nenthead|place]], [[Alston|place]] [[CA9 3PD|postcode]]
School: [[Nenthead Primary|school]] (Y6), 1:1 TA Mrs [[Wendy Vipond|name]]
Diagnoses: autism, global developmental delay, epilepsy. Non-verbal; uses PECS and Makaton.
Parent/carer: [[Gemma Bell|name]], mobile [[07733 815 062|phone]], email [[gemmabell89@hotmail.co.uk|email]]
Other parent: [[Stuart Walton|name]], lives in [[Hexham|place]], sees [[Alfie|name]] alternate Saturdays.
Sibling: [[Ruby Bell|name]] (16) at college in [[Newcastle|place]] - "does a lot for [[Alfie|name]]".
Who helps now: my mam [[Margaret Bell|name]] in [[Garrigill|place]] (she is 71). Nobody since [[Alfie|name]]'s overnight
respite at [[Carlisle|place]] stopped on [[31 March 2026|date]].
Signed [[G. Bell|name]]  [[02/11/2026|date]]
What would help: a sitter two evenings a week (we know [[Leanne Proud|name]] from [[Alston|place]] who did it
before); overnights at [[Carlisle|place]] again; a carer's assessment for me and for [[Ruby|name]].
Professionals: Dr [[Priya Raman|name]]; epilepsy nurse [[Helen Bainbridge|name]]; SW [[Anna Lowther|name]].
"""),
    ("child's own writing with his teaching assistant", """[Typed by Mrs [[Vipond|name]] from [[Alfie|name]]'s PECS choices and
signs, [[Nenthead Primary|school]], [[6.11.26|date]]]
All about me - [[Alfie|name]]
I like: trampoline, the red bus, [[Ruby|name]], crisps, the snow at [[Nenthead|place]].
I do not like: loud hand dryers, the car to [[Carlisle|place]], "no".
My people: mam, [[Ruby|name]], nana [[Margaret|name]], dad ([[Stu|name]]), Mrs [[Vipond|name]], my friend [[Oscar|name]].
When I am sad I go under the table. When I am happy I flap.
I want: more swimming at [[Alston|place]] with [[Oscar|name]] and his dad [[Mark Hutchinson|name]].
(Mrs [[Vipond|name]]: [[Alfie|name]] chose the photo of [[Ruby|name]] three times when asked "who helps you at home?")
(Mrs [[Vipond|name]] again: [[Alfie|name]] signed "dad" and "sad" on Monday [[2nd|date]]
after the weekend in [[Hexham|place]]; mam says [[Stuart|name]]'s new partner [[Kelly|name]] has a baby.)
"""),
    ("community paediatrician's clinic letter", """Cumberland Infirmary, [[Carlisle|place]] - Child Development Centre
Clinic date: [[16 October 2026|date]]
Dr [[Priya Raman|name]], consultant community paediatrician
To: Dr [[Heather Nicholson|name]], Alston Medical Practice
Re: [[Alfie BELL|name]], DOB [[23.05.2016|dob]], NHS [[9452186259|nhs]], [[Hillersdon Terrace|address]], [[Nenthead|place]]
I saw [[Alfie|name]] with his mother [[Gemma|name]] and sister [[Ruby|name]]. Seizures increased since [[August 14th|date]] (three
tonic-clonic, the last on [[the 9th|date]]). His buccal midazolam plan is updated. Sleep 4 hours a night; [[Gemma|name]] is
exhausted and [[Ruby|name]] is missing college. I have recommended overnight short breaks and an OT review by [[Sian
Wilkinson|name]]. Dad, [[Stuart Walton|name]] ([[07415 928 637|phone]]), asked to be copied in.
Review [[5 February 2027|date]].
cc [[Gemma Bell|name]]; [[Stuart Walton|name]]; [[Nenthead Primary School|school]]; SW [[Anna Lowther|name]]
Social history: [[Alfie|name]]'s maternal grandmother, Mrs [[Margaret Bell|name]] of
[[Garrigill|place]], helps after school; [[Gemma|name]]'s partner [[Chris Dent|name]] lives in [[Alston|place]] and does not stay.
Typed by [[K. Lowery|name]] [[19/10/2026|date]].
"""),
    ("school transport email thread", """From: [[anna.lowther@cumberland.gov.uk|email]]
To: [[gemmabell89@hotmail.co.uk|email]]
Date: Mon [[23 Nov 2026|date]]

Hi [[Gemma|name]], transport say the taxi from [[Nenthead|place]] can't run in the snow after [[1st Dec|date]]; the driver,
[[Keith Thompson|name]], will ring you. Panel for the overnight breaks is on [[3/12|date]]. [[Anna|name]]

> From: [[Gemma Bell|name]]
> Date: Sun [[22 Nov|date]]
> [[anna|name]] the minibus left [[alfie|name]] at [[alston|place]] market place on friday [[20th|date]] - nobody told me. [[margaret|name]]
> found him with the driver [[keith|name]] at 4pm. his escort [[Sharon|name]] was off. im raging. [[stu|name]] says go to the
> paper. [[ruby|name]] is doing the night shift again. ring me [[07733 815 062|phone]] x [[Gem|name]]
> > From: [[Margaret Bell|name]] <[[maggie.bell@btinternet.com|email]]>
> > [[Gemma|name]] pet I've got [[Alfie|name]], he's fine, we're at the Co-op in [[Alston|place]].
> > [[Keith|name]] waited with him. [[Mags|name]]
"""),
]


# --- F. Ridley family (white British), Bardon Mill; a young carer of 12 for a father with psychosis ------------------

HOME_F = d.Address("6 Millhouse Row", "Bardon Mill", "Hexham", "NE47 7HZ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Isla", "Ridley")], dt.date(2014, 4, 1), addresses=[HOME_F], ids=["6156524193", "Q929816701383"],
       schools=["Haltwhistle Academy"]),
    _p("f", "father", [("Neil", "Ridley")], dt.date(1979, 3, 17), addresses=[HOME_F], phones=["01434 320 718"]),
], "c")

DOCS_F = [
    ("young carers' referral", """YOUNG CARERS NORTHUMBERLAND - REFERRAL
Young person: [[Isla Ridley|name]]   DOB [[01/04/2014|dob]]   UPN [[Q929816701383|upn]]   NHS [[615 652 4193|nhs]]
Address: [[6 Millhouse Row|address]], [[Bardon Mill|place]], [[NE47 7HZ|postcode]]   School: [[Haltwhistle Academy|school]] Y8
Cared for: dad, [[Neil Ridley|name]] (paranoid schizophrenia; lives alone with [[Isla|name]] since mum [[Kirsty Ridley|name]]
moved to [[Durham|place]] in 2024). House phone [[01434 320 718|phone]].
What [[Isla|name]] does: cooks, reminds dad about his depot on [[the 1st|date]] of each month, talks him down at night.
Referred by Ms [[Abbie Forster|name]], pastoral lead, after [[Isla|name]] fell asleep in maths on [[3 Nov|date]].
[[Isla|name]]'s friend [[Freya Charlton|name]] from [[Henshaw|place]] told staff "she's scared of her dad's voices".
Grandad [[Bill Ridley|name]] lives in [[Melkridge|place]] and drives her to school some days ([[NK15 DVR|vehicle]]).
[[Isla|name]]'s own words: "I don't want dad to go back to St George's. Grandad [[Bill|name]] and Auntie
[[Lynn|name]] help. I go to [[Freya|name]]'s when it's bad." Aunt [[Lynn Ridley|name]] lives in [[Haydon Bridge|place]].
"""),
    ("child's diary pages photographed", """[[Isla|name]]'s diary - given to Ms [[Forster|name]] [[10/11/26|date]]
sat [[7th|date]] nov - dad up all nite saying the telly is talking to him. made him toast. text grandad [[bill|name]].
sun [[8th|date]] - went to [[freyas|name]] in [[henshaw|place]]. her mam [[nicky|name]] gave me tea. didnt tell her.
mon [[9th|date]] - [[jo|name]] from the crisis team came. dad shouted at her. [[jo|name]] gave me her number [[07946 118 373|phone]]
tues - fell asleep in science. mr [[ord|name]] was nice about it. dad says mam [[kirsty|name]] is spying from [[durham|place]] lol
weds [[11th|date]] - grandad took me to [[haltwhistle|place]] for chips. i want to stay at [[melkridge|place]] but not leave dad
thurs [[12th|date]] - auntie [[lynn|name]] came. [[freya|name]] n [[nicky|name]] n [[bill|name]] all asking am i ok. i am ok
"""),
    ("crisis team phone note", """CRISIS RESOLUTION & HOME TREATMENT TEAM - TELEPHONE NOTE
[[09/11/2026|date]] 21:40 Call from [[Isla Ridley|name]] (12) on the house phone [[01434 320 718|phone]]: dad [[Neil Ridley|name]]
(DOB [[17/03/1979|dob]], NI [[NR 71 36 04 A|ni]]) "not making sense, saying the neighbours are filming". Spoke to [[Neil|name]]:
thought disordered, not threatening. Care coordinator [[Joanne Errington|name]] ([[Jo|name]]) to visit.
[[09/11/2026|date]] 22:30 [[Jo Errington|name]] and [[Mehmet Yilmaz|name]] (AMHP) visited [[Millhouse Row|address]]. [[Neil|name]] agreed
to home treatment. [[Isla|name]] went to grandad [[Bill Ridley|name]], [[Burnfoot|address]], [[Melkridge|place]].
[[10/11/2026|date]] 09:00 Safeguarding referral to Children's Services (West): a child of 12 as the only carer at night.
Neighbour Mrs [[Doreen Pigg|name]] ([[no. 4|address]]) has a key.
[[10/11/2026|date]] 14:15 Spoke to [[Bill Ridley|name]] ([[07887 204 562|phone]]): [[Isla|name]] can stay in [[Melkridge|place]]
this week. Aunt [[Lynn|name]] will do the school run. Note by [[J. Errington|name]].
"""),
    ("school's letter to a parent about attendance and support", """[[Haltwhistle Academy|school]]
[[Edens Lawn|address]], [[Haltwhistle|place]]
[[19 November 2026|date]]
Mr [[N. Ridley|name]]
[[6 Millhouse Row|address]]
[[Bardon Mill|place]]
[[NE47 7HZ|postcode]]
Dear Mr [[Ridley|name]],
Re: [[Isla Ridley|name]], Year 8
[[Isla|name]]'s attendance since [[3rd September|date]] is 79%. We know [[Isla|name]] is a young carer and we want to help, not
to blame. Her young carers worker [[Rebecca Hall|name]] will meet us with you on Thursday [[26th November|date]] at 3.30pm.
Grandad, Mr [[William Ridley|name]], is welcome too. Please ring Ms [[Forster|name]] on [[01434 322 405|phone]].
Yours sincerely, [[Abbie Forster|name]], Pastoral Lead
Absences: [[3 Nov|date]], [[9 Nov|date]], [[10/11|date]] (crisis team visit), [[16th|date]] and [[17th|date]].
cc [[Rebecca Hall|name]] (Young Carers); [[Joanne Errington|name]] (care coordinator);
Mr [[Bill Ridley|name]]; Ms [[Lynn Ridley|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 200 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:47 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "my", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "mam", "dad", "daddy", "aunty", "auntie", "uncle", "hoca", "amca", "anne", "anneanne", "nene", "baba", "teyze", "abla",
           "tm"}
_AFTER = {"senior", "junior", "hoca", "amca"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "northumberland",
               "cumbria", "cumberland", "tynedale", "north pennines", "turkey", "türkiye", "artvin", "karadeniz", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Mustafa Hoca", "Murat amca", "nana Margaret") and states,
# counties and countries ("Northumberland", "Cumberland", "Turkey").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
