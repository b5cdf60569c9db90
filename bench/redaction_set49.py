"""Set 49: a held-out hand-written set for the redaction detector, six more invented families in south London, written in one
short sitting against a hard deadline (24 documents, four per family, but short ones).

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set46.py to redaction_set48.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first family's record and first document, and its last document and checker lists)
and tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the module docstrings of
bench/redaction_set7.py to redaction_set45.py and bench/redaction_heldout.py were not read but searched with grep for the names
of south London towns and districts and of communities, to pick ones no earlier set used; the `_party`, `Records` and `HandSet`
signatures and docstrings of bench/redaction_handwritten.py; the UPN lines of bench/redaction_heldout.py's checker. Phone
numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only
to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Six families, each from a town, district or estate no earlier set used as a family's home: a white British mother and girl of 7
on the Fieldway estate in New Addington, with a grandmother in Selsdon (Pettit / Dunmore; domestic abuse by a partner, a smashed
television, a school referral), a Korean family in South Norwood (Park / Kim; a boy of 12 hit with a wooden spoon over marks,
long hours at a cramming academy, a father in Busan, names in Hangul), a Bolivian family sharing a flat in Camberwell (Mamani /
Quispe; a girl of 9 left with a neighbour while her mother cleans at night, late collection by a man not on the school's list, a
father in El Alto), a Guyanese grandmother on the Downham estate bringing up a boy of 15 drawn into county lines (Fraser /
Boyce; a mother in Georgetown), an Ivorian family in Plumstead (Kouassi / Kouamé; a belt mark on a boy of 6 from a visiting
cousin, a French phone, a school form read by OCR) and a white British family on the Mottingham estate (Lovegrove / Hales; a
mother's overdose, a boy of 10 on the doorstep at night, a neighbour's doorbell camera). The Korean, Bolivian, Guyanese and
Ivorian communities were not used by any earlier set. 24 documents: a home visit case note, notes typed fast on a phone in a
car, a Korean church youth leader's MASH referral form, KakaoTalk messages in Korean typed up and translated, a home visit
record with a Spanish interpreter, a primary school family liaison officer's email, a chronology in a table, a grandmother's own
letter, strategy discussion minutes, a scanned school registration form read by OCR (with its O-for-0 errors), a child
protection conference report extract, a neighbour's email about a doorbell camera clip, team around the family minutes, a
secondary school's pastoral log, WhatsApp voice notes transcribed and translated by an interpreter, a youth offending worker's
text messages typed up, a health visitor's contact note, a father's unpunctuated message, a police domestic abuse occurrence
summary, a GP practice safeguarding entry, a school attendance letter, strategy meeting notes jotted by hand and typed up, a
child's own words recorded by a teacher and a safety plan form.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (South Korea, Bolivia, Guyana, France); NHS numbers and UPNs (LA 306 for Croydon) pass their check
digits; the NI number has a valid format. Councils (Wandle Vale, Peckham Rye, Ravensbourne, Shooters Hill) are invented, and so
are Ecole Primaire Les Palmiers and Fieldway Green Primary School; towns, districts, estates, real schools, churches, hospitals,
shops, retail parks, hills, tram stops, brands and apps (KakaoTalk, Ring) are real and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, DC, Nan,
nanny, Pastor, Don, Señora, tío, tonton, Mme, and the Korean 이모 "aunt" and halmeoni "grandmother") stay outside the name span
and are not names on their own; "SURNAME, First" and "SURNAME First" are one span ("PETTIT, Lily-Mae", "KOUAMÉ Yao"), and so are
an initial with a surname ("A. Thorne") and a first name with an initial after it ("Wara M"); a name in Hangul ("박준호", "김민지",
"준호") is a name, and so is a KakaoTalk chat title that holds a child's name ("준호 엄마" marks "준호"); a neighbour's bare house or
flat number ("no. 16", "16", "31", "no. 29", "Flat 2") is an address; towns, districts and estates are places at home and
abroad, in any case ("selsdon"); a date of birth is dob, any other date with a day is date (a weekday stays outside), a bare day
in a range ("1"-"3 Jul 2026") is a date of its own, a month alone ("September") is not marked; London is a place; a school's
short name is a school, in any case ("Comber Grove", "Plumcroft", "Bonus Pastor", "darrick wood").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a surname that is also a
town ("Ricky Bromley", "the Bromley boy") is a name when it is a person; a street nickname ("Skinny", "Mouse", "Gaz") is a name,
like an alias; a name that is also a word ("Faith", "Flor", "Rosa", "Sterling", "Hill", "Dove") is a name when it is a person;
an OCR'd date with spaces ("19 / 02 / 2015") is one dob span, and so is one with the letter O read for a zero ("O5/11/2O2O"); a
Spanish article before a nickname ("la Chola") stays outside; a diminutive ("Warita") is a name; the Korean honorific 씨 after a
name ("성우씨") stays outside; a Korean date ("11월 20일") and a Spanish one ("14 de septiembre") are dates; a mother's self-written
word "Mere" (mère) is a relationship, not a name; a shopping area named as a place ("the Mottingham shops") marks the place;
"Latin American shops", "Korean church" and the Civic Centre are not marked; a dog's name (Biscuit) is not a name; Queen
Elizabeth Hospital, Addington Hills, King Henry's Drive tram stop, the Purley Way retail park, London Bridge and the Croydon
Family Justice Centre are organisations or landmarks and stay unmarked, and so are Lewisham Hospital, Glyndon Medical Centre,
the Princess Royal, Plumstead clinic and Wetherspoons; a firm named after a person marks only the name ("Keane & Sons" marks
"Keane"); a street named after a town ("14 Bromley Road") is an address; initials alone ("JFB", "PN / AT") are not marked; a
French, Spanish or Korean kinship word (Mamie, Papa, tante, madrina, 이모) is not a name.

Self-check without the detector: `python -m bench.redaction_set49` (and tests/test_redaction_set49.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words and its countries and regions, and prints the
number of documents and gold spans per kind: 24 documents, 901 gold spans, 489 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pettit / Dunmore family (white British), Fieldway, New Addington --------------------------------------------------

HOME_A = d.Address("14 Gascoigne Road", "Fieldway", "New Addington", "CR0 0NH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Lily-Mae", "Pettit")], dt.date(2019, 4, 2), addresses=[HOME_A], ids=["156 158 8008",
       "U306184123457"], schools=["Fieldway Green Primary School"]),
    _p("m", "mother", [("Shannon", "Pettit")], dt.date(2000, 8, 17), addresses=[HOME_A], phones=["07824 631 952"]),
    _p("f", "partner", [("Kyle", "Dunmore")], dt.date(1997, 1, 9), phones=["07931 508 264"]),
    _p("p1", "professional", [("Abbie", "Thorne")], phones=["0300 123 4805"], emails=["abbie.thorne@wandlevale.gov.uk"]),
], "c")

DOCS_A = [
    ("case note of a home visit after a school referral", """CASE NOTE - Home visit (announced)      Worker: [[Abbie Thorne|name]], SW
Child: [[PETTIT, Lily-Mae|name]]   DOB [[02.04.2019|dob]]   NHS [[156 158 8008|nhs]]   UPN [[U306184123457|upn]]
Address: [[14 Gascoigne Road|address]], [[Fieldway|place]], [[New Addington|place]] [[CR0 0NH|postcode]]
Date of visit: Tuesday [[3 November 2026|date]], 15:40-16:55

Reason: referral from [[Fieldway Green Primary|school]] (DSL Mrs [[Bernadette Okafor|name]]) on [[30/10/2026|date]] after
[[Lily-Mae|name]] told her teacher Miss [[Hollis|name]] that "[[Kyle|name]] shouted and the telly got smashed".

Present: [[Shannon Pettit|name]] (mother), [[Lily-Mae|name]], and for the first 10 minutes a neighbour, [[Tracey Gambell|name]]
from [[no. 16|address]], who left when I explained who I was. [[Kyle Dunmore|name]] was not there; [[Shannon|name]] said he is
"staying at his mum's in [[Selsdon|place]]" and is not coming back. A new TV was on the wall.

[[Lily-Mae|name]] ("[[Lils|name]]", "[[Lil|name]]", "[[Mae-Mae|name]]") showed me her
room and her drawings of the tram stop at King Henry's Drive. She said
[[Kyle|name]] is "loud" and that she hides under the bed with the dog, Biscuit. She said Nanny [[Carol|name]] takes her to
Addington Hills "to see all of London".

[[Shannon|name]] said the incident was on [[the 27th|date]] after [[Kyle|name]] lost his job at the Purley Way retail park.
She agreed to a referral to the Croydon Family Justice Centre and gave her mother's number, [[Carol Pettit|name]], [[07756 219 403|phone]].
Genogram (from [[Shannon|name]]): [[Shannon|name]]'s father [[Gary Pettit|name]] (d. [[4 May 2019|date]]); her sister [[Jodie Pettit|name]]
in [[Margate|place]]; [[Lily-Mae|name]]'s father [[Tyler Banks|name]] ([[Tyler|name]]), last known in [[Thornton Heath|place]], no
contact since Christmas 2022. [[Kyle|name]]'s children [[Ruby-Lou|name]] and [[Archie Dunmore|name]] live with their mum in
[[Coulsdon|place]].
Next visit booked for [[10/11/26|date]]. [[A. Thorne|name]]

Addendum [[4 November 2026|date]]: rang Nanny [[Carol Pettit|name]] at her flat on [[Addington Road|address]], [[Selsdon|place]]
[[CR2 8RE|postcode]]. [[Carol|name]] said [[Kyle|name]] turned up there on [[1 November|date]] with his brother [[Dean Dunmore|name]] and
his friend "[[Mouse|name]]" ([[Liam Pryce|name]]) from [[Shirley|place]]. [[Carol|name]] will have [[Lily-Mae|name]] and [[Lils|name]]'s
cousin [[Tayla|name]] on Saturday [[7th|date]]. Spoke also to [[Kerry-Ann Walsh|name]], HV, on [[020 8689 4412|phone]].
"""),
    ("notes typed fast on a phone in the car after a visit", """notes from car - dont forget to write up properly
[[shannon|name]] says [[kyle|name]] txted 4x last nite, showed me, [[07459 318 776|phone]] not his usual no.
[[lils|name]] at nan [[carol|name]]s in [[selsdon|place]] wed+thurs this wk ([[07756 219 403|phone]]) - check ok w that
[[tracey|name]] at [[16|address]] says heard shouting sat [[31st|date]] around 11pm?? ask [[shannon|name]]
school - mrs [[okafor|name]] wants TAF [[12 nov|date]] 9am. [[lily-mae|name]] attendance 88%
[[kyle|name]]s mum = [[Maureen Dunmore|name]], [[Farley Road|address]] [[Selsdon|place]]?? not sure of no.
car seen outside [[KX19 BVF|vehicle]] blue corsa - is this [[kyle|name]]s
ring [[kerry-ann|name]] HV re [[lils|name]] jabs. email [[priya.nair@wandlevale.gov.uk|email]] re TAF
[[maureen|name]] d = kyles mum, [[06/11|date]] said shes at [[addington village|place]] now not [[selsdon|place]]
"""),
]


# --- B. Park / Kim family (Korean), South Norwood ----------------------------------------------------------------------------

HOME_B = d.Address("Flat 3, 41 Portland Road", "South Norwood", "London", "SE25 4UF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Joon-ho", "Park")], dt.date(2014, 6, 21), addresses=[HOME_B], ids=["427 088 3944"],
       schools=["Harris Academy South Norwood"]),
    _p("m", "mother", [("Min-ji", "Kim")], dt.date(1985, 12, 3), addresses=[HOME_B], phones=["07702 845 163"]),
    _p("f", "father", [("Sung-woo", "Park")], dt.date(1983, 2, 28), phones=["+82 10-4728-3916"]),
    _p("p1", "professional", [("Callum", "Reyes")], emails=["callum.reyes@wandlevale.gov.uk"]),
], "c")

DOCS_B = [
    ("referral from a Korean church youth leader", """MASH REFERRAL FORM (professional / community)
Referrer: [[Daniel Cho|name]] (youth leader, Korean church in [[Thornton Heath|place]])   Tel [[07983 406 512|phone]]
Child: [[PARK, Joon-ho|name]] ([[박준호|name]]), known as "[[Jun|name]]"   DOB [[21/06/2014|dob]]
Address: [[Flat 3, 41 Portland Road|address]], [[South Norwood|place]], [[SE25 4UF|postcode]]
School: [[Harris Academy South Norwood|school]] (Year 8)

Concern: on Sunday [[1 November|date]] [[Jun|name]] came to youth group with a cut lip and said his mother [[Min-ji|name]]
([[김민지|name]]) "hits with the wooden spoon when I get under 90". He is afraid his father, who works in [[Busan|place]], will
be told. His grandmother (halmeoni is what he calls her, I do not know her name) lives in [[Suwon|place]].
Another boy, [[Seo-yeon Lee|name]]'s brother [[Minho|name]], saw the lip, and so did my wife [[Esther Cho|name]]
([[에스더|name]]) who teaches the Saturday Korean class at [[Norbury|place]]. Mrs [[Hwang|name]] who runs the hagwon on
[[High Street|address]] said [[Jun|name]] stays there till 10pm most nights.
Church members who know the family: elder [[Choi Young-sook|name]] ([[최영숙|name]]), [[Peter Baek|name]], [[Hannah Baek|name]] and
their daughter [[Hanna|name]] (Y8 with [[Jun|name]]). Pastor [[Samuel Jung|name]] ([[07868 204 517|phone]]) agreed to this referral.
Other adults: [[Jun|name]]'s mother's friend [[Park Hye-jin|name]] ([[박혜진|name]]) of [[Selhurst Road|address]], [[Selhurst|place]],
[[07912 774 250|phone]]; the father's email, given by [[Jun|name]], is [[swpark83@naver.com|email]]. [[Jun|name]]'s best friend is
[[Daniel Oyelaran|name]] ([[Dan|name]]), who lives on [[Whitehorse Lane|address]], [[SE25 6RD|postcode]].
[[Jun|name]] plays football with
[[Tobi Adeyemi|name]] and [[Ryan Cole|name]] at the park on Saturdays (last on Saturday [[31 October|date]]).
"""),
    ("KakaoTalk messages typed up and translated by an interpreter", """KakaoTalk - chat "[[준호|name]] 엄마" exported by
mother on [[05/11/2026|date]], translated by [[Grace Yoon|name]] (interpreter)

[[2026.11.02|date]] 21:14 [[김민지|name]]: [[준호|name]]야 학원 끝나고 바로 와
          ([[Joon-ho|name]], come straight home after the academy)
[[2026.11.02|date]] 21:40 [[박성우|name]]: 왜 애를 때려? 선생님이 연락했어
          ([[Sung-woo|name]]: why did you hit him? the teacher contacted me)
[[2026.11.03|date]] 07:02 [[min-ji|name]]: he lied to you. call me [[+82 10-4728-3916|phone]] is yours? or [[07702 845 163|phone]]
[[2026.11.03|date]] 07:30 [[박성우|name]]: 어머니가 [[11월 20일|date]]에 [[수원|place]]에서 가셔
          (my mother goes from [[Suwon|place]] on [[20 November|date]])
[[2026.11.03|date]] 07:41 [[김민지|name]]: [[성우|name]]씨, [[준호|name]] 선생님 이름 [[Achterberg|name]]?
          ([[Sung-woo|name]], is the teacher's name [[Achterberg|name]]?)
[[2026.11.03|date]] 08:02 [[준호|name]]: 엄마 미안해 ([[Jun|name]]: mum, sorry)
[[2026.11.03|date]] 08:04 [[김민지|name]]: [[한나|name]] 엄마한테 데려다 줄게 (I'll take you to [[Hanna|name]]'s mum)
[[2026.11.03|date]] 08:15 이모 ([[Kim Eun-young|name]], aunt in [[Seoul|place]]): 언니 진정해 ([[Eun-young|name]]: sister, calm down)
"""),
]


# --- C. Mamani / Quispe family (Bolivian), Camberwell ------------------------------------------------------------------------

HOME_C = d.Address("22 Brisbane Street", "Camberwell", "London", "SE5 7NL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Wara", "Mamani")], dt.date(2017, 9, 14), addresses=[HOME_C], ids=["956 032 1668"],
       schools=["Comber Grove Primary School"]),
    _p("m", "mother", [("Rosa", "Quispe Mamani")], dt.date(1990, 5, 6), addresses=[HOME_C], phones=["07514 927 380"]),
    _p("f", "father", [("Edwin", "Mamani Condori")], dt.date(1987, 10, 30), phones=["+591 71234588"]),
    _p("p1", "professional", [("Nia", "Baptiste")], phones=["020 7703 2918"], emails=["nia.baptiste@peckhamrye.gov.uk"]),
], "c")

DOCS_C = [
    ("home visit note with a Spanish interpreter", """HOME VISIT RECORD   [[6 November 2026|date]]   SW: [[Nia Baptiste|name]]
Interpreter (Spanish): [[Lucía Fernández|name]], by phone.   Family: [[MAMANI, Wara|name]] ([[14/09/2017|dob]]) and mother
[[Rosa Quispe Mamani|name]] at [[22 Brisbane Street|address]], [[Camberwell|place]] [[SE5 7NL|postcode]]

[[Rosa|name]] shares the flat with two other Bolivian families; one adult, "Don [[Teófilo|name]]", sleeps in the front room.
[[Wara|name]] (her name means "star" in Aymara, [[Rosa|name]] said) showed me the mattress she shares with her mother.
[[Rosa|name]] works nights cleaning offices at London Bridge; [[Wara|name]] is left with a neighbour, Señora [[Flor Choque|name]]
of [[Flat 2|address]]. The father, [[Edwin Mamani Condori|name]] ("[[Edi|name]]"), is in [[El Alto|place]] ([[+591 71234588|phone]]); the
grandmother lives in [[Achacachi|place]] near the lake. [[Rosa|name]] wants to move to [[Elephant and Castle|place]] near
the Latin American shops. Next visit [[13.11.2026|date]].
[[Wara|name]]'s godmother (madrina) is [[Gladys Ticona|name]] of [[Elmington Estate|place]], [[07412 689 035|phone]], and her
godfather [[Richard Ticona|name]] works at the market on [[East Street|address]], [[Walworth|place]], on Saturdays.
Friends [[Rosa|name]] named as support: [[Delia Flores|name]] (number to follow), [[Pati|name]] from the
cleaning job, and her employer's supervisor [[Sean McCarthy|name]]. Aunt in [[Sucre|place]]: [[Asunta Quispe|name]].
Others in the flat: [[Juan Carlos Huanca|name]], his wife [[Sonia|name]] and their son [[Brayan|name]] (10, at [[Comber Grove|school]]
too), and [[Teófilo Apaza|name]]. [[Rosa|name]]'s cousin [[Mirtha Quispe|name]] ([[QUISPE, Mirtha Elena|name]] on her letter) lives
on [[Camberwell Road|address]]
([[07727 093 584|phone]]) and [[Rosa|name]]'s friend [[Yola|name]] works at the cafe in [[Walworth|place]].
"""),
    ("email from a primary school's family liaison officer", """From: [[Marisol Vega|name]] <[[m.vega@combergrove.sch.uk|email]]>
To: [[Nia Baptiste|name]] <[[nia.baptiste@peckhamrye.gov.uk|email]]>
Sent: Friday [[6 Nov 2026|date]] 15:02
Subject: [[Wara M|name]] (Y4) - collection
Cc: [[amina.rahman@combergrove.sch.uk|email]]

Hi [[Nia|name]], following our call on [[5 Nov|date]] -
[[Wara|name]] was collected at 5.45pm again, by a man she called "tío [[Teo|name]]" who is not on our list.
Mum's phone ([[07514 927 380|phone]], or [[07984 215 360|phone]] for her work phone) went to voicemail, and so did the emergency
contact, [[Flor Choque|name]]
(landline only). [[Wara|name]] told Ms [[Rahman|name]] (class teacher) she ate nothing
but crisps yesterday. Other parents who have helped: [[Yesenia Rojas|name]] ([[07707 418 925|phone]]) and [[Kelly Ann Brooks|name]]
from [[Denmark Hill|place]].
Our breakfast club has a place from [[9th November|date]] if mum agrees.
PS the man gave his name as [[Teófilo Apaza|name]], phone [[07383 772 164|phone]]. Our site manager [[Kev Doyle|name]] saw him
get into a white van [[RK17 HNB|vehicle]] with a woman our parent [[Luz Mendoza|name]] knows as "la [[Chola|name]]".
Best, [[Marisol|name]]
[[Comber Grove|school]] Family Liaison
"""),
]


# --- D. Fraser / Boyce family (Guyanese), Downham estate, Lewisham -----------------------------------------------------------

HOME_D = d.Address("57 Moorside Road", "Downham", "Bromley", "BR1 5EP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Fraser-Boyce")], dt.date(2011, 3, 8), addresses=[HOME_D], ids=["554 699 0686"],
       schools=["Bonus Pastor Catholic College"]),
    _p("g", "grandparent", [("Hyacinth", "Fraser")], dt.date(1958, 7, 22), addresses=[HOME_D], phones=["020 8698 4436"]),
    _p("m", "mother", [("Faith", "Fraser")], dt.date(1992, 1, 15), phones=["07871 352 049"]),
    _p("p1", "professional", [("Owen", "Sterling")], emails=["owen.sterling@ravensbourne.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology extract", """CHRONOLOGY - [[FRASER-BOYCE, Jaden|name]]   DOB [[08/03/2011|dob]]   NHS [[554 699 0686|nhs]]
Date          | Event                                                                     | Source
[[14/09/2025|date]]    | [[Jaden|name]] (JFB) excluded 5 days from [[Bonus Pastor|school]] - knife in bag          | school
[[02/02/2026|date]]    | Stopped by police in [[Catford|place]] with [[Tyrese Ashby|name]] and [[Kemar|name]]; cannabis  | police
[[19 Mar 2026|date]]   | Mother [[Faith Fraser|name]] moves to [[Georgetown|place]] to nurse her father           | Nan
[[1|date]]-[[3 Jul 2026|date]]  | Missing 3 days; found at an address on [[Honor Oak Road|address]], [[Forest Hill|place]]    | police
[[22.10.2026|date]]    | Nan [[Hyacinth|name]] says [[Jaden|name]] has a new phone and "the [[Bromley|name]] boy" ([[Ricky Bromley|name]])
              | drives him; car [[LV71 KZP|vehicle]]                                              | Nan
[[23.10.2026|date]]    | [[Owen Sterling|name]] (YOS) sees [[Jaden|name]] at [[57 Moorside Road|address]]; [[Tyrese Ashby|name]]
              | outside with [[Kemar Lewis|name]] of [[Whitefoot Lane|address]], [[Bromley|place]]             | YOS
[[24/10/2026|date]]    | NRM referral; [[Faith Fraser|name]] told by phone ([[07871 352 049|phone]])                  | SW
"""),
    ("a grandmother's own letter to the social worker", """[[57 Moorside Road|address]]
[[Downham|place]]
[[BR1 5EP|postcode]]
[[25th October 2026|date]]

Dear Mr [[Sterling|name]],
(copy to Mrs [[Gloria Mensah|name]] at the school)
Re: [[Jaden Fraser-Boyce|name]] (born [[08.03.2011|dob]])
I am writing as you asked. I am [[Jaden|name]]'s Nan and I have had him since he was small, since his mother [[Faith|name]]
went back and forth to [[Georgetown|place]]. Her number there is [[+592 623 4419|phone]] but she don't always answer.
Pastor [[Winston Adjei|name]] from our church in [[Lewisham|place]] will speak for me, and Sister
[[Joyce Bentick|name]] who has known [[Jaden|name]] since he was born in [[Lewisham|place]] on [[8th March 2011|dob]].
My sister [[Merle|name]] in
[[Linden|place]] says send the boy to her but I will not. The boy is good at heart. It is them big boys from
[[Bellingham|place]] and the one they call "[[Skinny|name]]" (his name is [[Damian Skinner|name]], I think).
PS my other grandson [[Dwayne|name]] in [[Croydon|place]] will drive me to the meeting on [[the 2nd|date]]. His number
[[07395 613 248|phone]]... no that is [[Adjoa|name]] from church. His is [[020 8854 7721|phone]]? I will check.
My late husband [[Clement Fraser|name]] is buried at [[Hither Green|place]], we came from [[New Amsterdam|place]] in 1979, and I
worked 30 years at Lewisham Hospital. My daughter [[Faith|name]] was born at [[Honor Oak|place]]. I have raised [[Jaden|name]],
[[Faith|name]]'s first son [[Marlon|name]] who is now in [[Luton|place]], and [[Marlon|name]]'s baby [[Amaya|name]] some days.
Yours faithfully
[[Hyacinth Fraser|name]] ([[020 8698 4436|phone]])
"""),
]


# --- E. Kouassi / Kouamé family (Ivorian), Plumstead -------------------------------------------------------------------------

HOME_E = d.Address("9 Griffin Road", "Plumstead", "London", "SE18 7QG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Yao", "Kouamé")], dt.date(2020, 11, 5), addresses=[HOME_E], ids=["931 948 9858"]),
    _p("s", "sibling", [("Akissi", "Kouamé")], dt.date(2015, 2, 19), addresses=[HOME_E], ids=["764 808 2039"],
       schools=["Plumcroft Primary School"]),
    _p("m", "mother", [("Aya", "Kouassi")], dt.date(1994, 4, 11), addresses=[HOME_E], phones=["07448 190 637"],
       ids=["JK 42 81 37 B"]),
    _p("p1", "professional", [("Hannah", "Lowe")], emails=["hannah.lowe@shootershill.gov.uk"]),
], "c")

DOCS_E = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES      Date: [[4 November 2026|date]]   Chair: [[Hannah Lowe|name]] (TM)
Attendees: DC [[Femi Ogunleye|name]] (police); [[Sarah Quinn|name]] (health visitor); Mrs [[Ndiaye|name]] (DSL,
[[Plumcroft|school]]); [[Hannah Lowe|name]].
Background: family known since [[12 March 2025|date]] (referral from Lewisham and Greenwich NHS Trust, midwife [[Grace Adu|name]]).
Previous address [[Flat 7, Vicarage Park|address]], [[Plumstead Common|place]] [[SE18 7SP|postcode]].
Children: [[KOUAMÉ Yao|name]] (DOB [[05/11/2020|dob]]), [[KOUAMÉ Akissi|name]] (DOB [[19/02/2015|dob]]) at [[9 Griffin Road|address]],
[[Plumstead|place]] [[SE18 7QG|postcode]]. Mother [[Aya Kouassi|name]], NI [[JK 42 81 37 B|ni]].

[[Akissi|name]] told her teacher that "tonton [[Serge|name]]" hit [[Yao|name]] with a belt. [[Serge Yapi|name]] is said to be
the mother's cousin, staying since September from [[Abidjan|place]] ([[Yopougon|place]]); his French number is
[[+33 6 41 28 75 90|phone]]. Household per council tax: [[Aya Kouassi|name]], [[Akissi|name]], [[Yao|name]]; lodger [[Serge Yapi|name]]
not listed. Landlord:
Mr [[Oduya|name]] of [[Burrage Road|address]], [[Woolwich|place]] ([[020 8690 1147|phone]]).
Health visitor saw a linear mark on [[Yao|name]]'s thigh on [[3/11|date]].
Actions: S47 joint; DC [[Ogunleye|name]] to check [[Serge|name]] with [[Paris|place]] contacts; medical at Queen Elizabeth Hospital.
[[Aya|name]] to be seen by [[Hannah Lowe|name]] and [[Jo Turner|name]] (SW) on [[5 November|date]]; [[Akissi|name]] to stay with
Mme [[Adjoua N'Guessan|name]] at [[42 Wickham Lane|address]], [[Abbey Wood|place]] [[SE2 0XJ|postcode]], till [[the 6th|date]].
[[Aya|name]]'s brother [[Kouadio Kouassi|name]] in [[Bouaké|place]] ([[+225 07 48 31 26 55|phone]]) and her friend [[Mariam Traoré|name]]
in [[Thamesmead|place]] are possible carers.
"""),
    ("scanned paper registration form read by OCR", """PLUMCR0FT PRIMARY SCH00L - PUPIL DETAILS (scanned [[12/10/2026|date]])
Surname: [[KOUAME|name]]     First name(s): [[AKISSI Marie|name]]     D0B: [[19 / 02 / 2015|dob]]
Home address: [[9 Griffin Rd|address]]  [[Plumstead|place]]  [[SE18 7QG|postcode]]
Previous UK address: [[Flat 7 Vicarage Pk|address]] [[Plumstead Common|place]]; before that [[Montreuil|place]], France
(with tante [[Odette Yao|name]], [[12 rue Voltaire|address]], [[93100|postcode]] [[Montreuil|place]]).
Parent/carer 1: [[Aya Kouassi|name]]   Email: [[aya.kouassi94@yahoo.fr|email]]
                  Tel: [[07448 190 637|phone]]   Relationship: Mere
Pupil known as: [[Kissi|name]]   Ethnicity: Black African (Ivorian)   Religion: Christian (church at [[Woolwich|place]])
Emergency contact: Mme [[Adjoua N'Guessan|name]] (friend) [[07395 613 248|phone]], [[Wickham Lane|address]]
Previous school: [[Ecole Primaire Les Palmiers|school]], [[Cocody|place]], [[Abidjan|place]]
Languages: French, Baoule.   Signed: [[A. Kouassi|name]]
Parent/carer 2: [[KOUAME Jean-Baptiste|name]] (father), [[Rue des Jardins 14|address]], [[Treichville|place]], [[+225 27 22 41 09 83|phone]]
Doctor: Glyndon Medical Centre.   Sibling: [[Yao|name]] ([[Yao Kouamé|name]]), born [[O5/11/2O2O|dob]]  (nursery at [[Timbercroft|school]])
Office use: entered by [[K. Sharma|name]] on [[14/10/2026|date]].
"""),
]


# --- F. Lovegrove family (white British), Mottingham estate -------------------------------------------------------------------

HOME_F = d.Address("31 Kimmeridge Road", "Mottingham", "London", "SE9 4HL")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ellis", "Lovegrove")], dt.date(2016, 7, 27), addresses=[HOME_F], ids=["141 050 6517"],
       schools=["Castlecombe Primary School"]),
    _p("m", "mother", [("Jade", "Lovegrove")], dt.date(1995, 9, 2), addresses=[HOME_F], phones=["07568 204 911"]),
    _p("f", "father", [("Reece", "Hales")], dt.date(1993, 6, 12), phones=["07853 461 729"]),
    _p("p1", "professional", [("Marcus", "Penfold")], phones=["01689 841 552"], emails=["marcus.penfold@ravensbourne.gov.uk"]),
], "c")

DOCS_F = [
    ("child protection conference report extract", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Child: [[Ellis Lovegrove|name]]  ([[27 July 2016|dob]])   [[Castlecombe Primary|school]], Year 5
Address: [[31 Kimmeridge Road|address]], [[Mottingham|place]], [[SE9 4HL|postcode]]   Author: [[Marcus Penfold|name]]
Conference: Wednesday [[18 November 2026|date]] at the Civic Centre
Invited: [[Jade Lovegrove|name]]; [[Reece Hales|name]]; [[Kim Ashworth|name]] (DSL); [[Amara Obi|name]] (paediatrician);
PC [[Neil Sharp|name]];[[Rachel Tennant|name]] (HV); Chair [[Deborah Okoro|name]].

[[Ellis|name]] lives with his mother [[Jade Lovegrove|name]]. His half-sister [[Poppy Lovegrove|name]] (born [[9 January 2024|dob]])
lives with her father [[Danny Wells|name]] in [[Swanley|place]]. His father [[Reece Hales|name]] lives in [[Orpington|place]]
with his partner [[Chelsea Dove|name]] and has [[Ellis|name]] alternate weekends. On [[14 October|date]] [[Ellis|name]] arrived at
school with no coat, hungry, and said "Mum didn't wake up". [[Jade|name]] told me she had taken pills bought from a man at
the [[Mottingham|place]] shops and that her friend [[Stacey Hill|name]] from [[Eltham|place]] came round.
The shopkeeper, Mr [[Patel|name]], rang the school twice about [[Ellis|name]] buying energy drinks at 8am.
[[Ellis|name]]'s paternal grandmother, [[Sandra Hales|name]] of [[Crofton Road|address]], [[Orpington|place]] [[BR6 8HR|postcode]], has
offered weekends. [[Jade|name]]'s brother [[Connor Lovegrove|name]] lives in [[Sidcup|place]] ([[07816 540 237|phone]]). On
[[2 November|date]] [[Ellis|name]] told his teacher Mr [[Whitlock|name]] that "[[Gaz|name]] next door" gave him tea. Seen by
Dr [[Amara Obi|name]] at the Princess Royal on [[3/11/2026|date]].
"""),
    ("a neighbour's email with a doorbell camera clip", """From: [[Gary Mottram|name]] <[[gazzam1970@hotmail.co.uk|email]]>
To: [[marcus.penfold@ravensbourne.gov.uk|email]]
Date: Sun, [[15 Nov 2026|date]] 22:31
Subject: next door
Cc: [[bev.mottram@gmail.com|email]]

Mate I don't want to cause trouble but the lad at [[31|address]] ([[ellis|name]]) was on the doorstep again in his socks
at 10.40pm friday, my Ring got it, clip attached. His mum [[jade|name]] had a bloke round, silver van [[GN68 XWT|vehicle]].
[[Ellis|name]] came in ours and my wife [[Bev|name]] gave him toast. Ring me [[07496 881 302|phone]]. [[Gary|name]] ([[no. 29|address]])
PS2 the bloke before was [[Tommy|name]] I think, [[Tommy Keane|name]] from [[Grove Park|place]], drives for [[Keane|name]] & Sons.
PS [[Ellis|name]] said his dad [[Reece|name]] is "in Spain" but my lad [[Jordan|name]] saw [[Reece|name]] at the [[Orpington|place]]
Wetherspoons
on [[the 13th|date]].
"""),
]


DOCS_A += [
    ("team around the family meeting minutes", """TEAM AROUND THE FAMILY - MINUTES
[[12/11/2026|date]], 9am, [[Fieldway Green Primary|school]]
Present: Mrs [[B. Okafor|name]] (DSL); [[Abbie Thorne|name]] (SW); [[Shannon Pettit|name]] (mum); [[Priya Nair|name]] (Early Help);
Nanny [[Carol|name]] by phone. Apologies: [[Kerry-Ann Walsh|name]] (health visitor).
1. [[Lily-Mae|name]] is settled (attendance up from 88% on [[30/10|date]] to 94% on [[11/11|date]]); Miss [[Hollis|name]] says she is
drawing less of "the shouting picture".
2. [[Kyle|name]] has texted [[Shannon|name]] from a new number ([[07539 762 108|phone]]); police aware (PC [[Dean Brightwell|name]],
[[Croydon|place]]).
3. [[Tracey|name]] next door will not mind [[Lily-Mae|name]] any more; Nanny [[Carol|name]] will do pick-ups from [[Selsdon|place]].
Next TAF Thursday [[10 December|date]].
Distribution: [[Bernadette Okafor|name]] <[[b.okafor@fieldwaygreen.croydon.sch.uk|email]]>; [[Priya Nair|name]]; [[Abbie Thorne|name]];
[[Shannon Pettit|name]] (by post to [[14 Gascoigne Road|address]], [[CR0 0NH|postcode]]).
4. [[Priya Nair|name]] will ask Croydon Women's Aid for a place on the Freedom Programme for [[Shannon|name]] (starts Monday
[[4 January|date]]) and a Sanctuary check on [[14 Gascoigne Road|address]]. [[Shannon|name]]'s friend [[Kayleigh Burr|name]] from
[[Castle Hill Avenue|address]] will come with her. Actions: PN / AT.
"""),
]

DOCS_B += [
    ("school pastoral log", """PASTORAL LOG - [[Park, Joon-ho|name]] (8W)   [[Harris Academy South Norwood|school]]
[[03/11/26|date]] Form tutor Mr [[Achterberg|name]]: [[Jun|name]] asleep in period 1, says up till 1am at the hagwon.
[[03/11/26|date]] Peer [[Amelia Osei|name]] said [[Jun|name]] told her "my mum will send me to [[Daejeon|place]] to my uncle".
[[04/11/26|date]] DSL Ms [[Okonjo|name]] spoke to [[Jun|name]]; referral by [[Daniel Cho|name]] already made. Dad rang from
[[Busan|place]] on [[+82 2-3142-7785|phone]] (office), asked us not to tell mum he called.
[[06/11/26|date]] Mum ([[Kim Min-ji|name]]) came in with friend [[Ji-woo Han|name]] from [[New Malden|place]] to interpret.
[[09/11/26|date]] [[Jun|name]] moved to Mr [[Daly|name]]'s maths set; sits with [[Arjun Mehta|name]]. Hagwon owner Mrs [[Hwang|name]]
rang ([[020 8771 5309|phone]]) to say [[Jun|name]] will only come till 8pm. Grandmother ([[이순자|name]], [[Lee Soon-ja|name]])
arriving from [[Suwon|place]] on [[20 November|date]], staying at [[Flat 3|address]].
"""),
]

DOCS_C += [
    ("WhatsApp voice notes transcribed by the interpreter", """Voice notes, [[Rosa|name]] to SW, [[08/11/2026|date]]
(transcribed and translated by [[Lucía Fernández|name]])
21:02 "Señorita [[Nia|name]], it's [[Rosa|name]]. [[Wara|name]]'s dad says from [[La Paz|place]] that his sister [[Justina|name]]
can come. She is in [[Madrid|place]], her number is [[+591 2 2418836|phone]] at the family house in [[Villa Fátima|place]]."
21:05 "[[Teófilo|name]] is leaving on Saturday, he goes to [[Peckham|place]] with his cousin [[Wilmer|name]], to [[Rye Lane|address]]."
21:06 "[[Wara|name]] says thank you to Miss [[Rahman|name]] and to [[Brayan|name]]'s mum [[Sonia|name]]."
21:07 "[[Wara|name]] asks if [[Nia|name]] can come to her birthday on [[14 de septiembre|date]]... no sorry, that was before. Next year."
21:09 "And Señora [[Flor|name]] says she can't have [[Warita|name]] after the [[15th|date]], she goes to [[Cochabamba|place]] for her
mother. Maybe [[Mirtha|name]] on [[Camberwell Road|address]]? Or doña [[Betty|name]] from the church in [[Kennington|place]]."
"""),
]

DOCS_D += [
    ("youth offending service text messages typed up", """Texts between YOS worker [[Owen Sterling|name]] and [[Jaden|name]] (numbers
from [[Hyacinth|name]]'s list), typed up by [[O. Sterling|name]] on [[1 Nov 2026|date]]
[[28/10|date]] 16:10 [[Owen|name]]: u good? appt 2moro 4pm [[Catford|place]] office
[[28/10|date]] 16:44 [[jaden|name]]: cant nan needs me
[[28/10|date]] 16:45 [[Owen|name]]: bring nan lol. or I come [[moorside rd|address]]
[[28/10|date]] 16:52 [[jaden|name]]: nah nan at auntie [[pearl|name]]s in [[brockley|place]]
[[30/10|date]] 09:15 [[Owen|name]]: missed u. [[Gloria|name]] at school says u wasnt in. where r u
[[30/10|date]] 13:40 [[jaden|name]]: [[lewisham|place]] shopping centre w [[kemar|name]] chill
[[30/10|date]] 13:41 [[Owen|name]]: ok. [[Hyacinth|name]] knows? ring her [[020 8698 4436|phone]]
[[31/10|date]] 22:03 [[jaden|name]]: tell nan im at [[tyrese|name]]s [[bellingham|place]] back 2moro. dont tell [[sterling|name]] lol
          oh wait
[[29/10|date]] 11:02 [[jaden|name]]: nah man [[ricky|name]] said dont talk to u. im at [[tyrese|name]]s in [[sydenham|place]]
"""),
]

DOCS_E += [
    ("health visitor's note", """HV CONTACT [[05/11/2026|date]] - [[Yao KOUAMÉ|name]]   NHS [[931 948 9858|nhs]]
Seen at [[9 Griffin Road|address]] with mother [[Aya|name]] and sister [[Akissi|name]] (NHS [[764 808 2039|nhs]]).
Seen with interpreter [[Marie-Josée Bamba|name]] (French), booked via [[Sandrine|name]] at the agency.
Weight 19.2kg. Seen previously [[14/05/2026|date]] by [[Ruth Mensah|name]] HV at Plumstead clinic.
Mark on left thigh ~6cm, fading. [[Aya|name]] says "[[Serge|name]] has gone back to [[Paris|place]]". Neighbour Mrs
[[Okonkwo|name]] from [[no. 11|address]] confirmed a man left with a suitcase on [[the 4th|date]]. [[S. Quinn|name]], HV
Plan: [[Yao|name]] to [[Timbercroft|school]] nursery 5 mornings; GP Dr [[Ahmed|name]]; review [[19.11.26|date]]. [[Aya|name]]'s phone
[[07448 190 637|phone]]; [[Akissi|name]]'s friend's mum [[Nadège Koffi|name]] ([[020 8778 6614|phone]]) as back-up.
"""),
]

DOCS_F += [
    ("father's message to the social worker", """hi [[marcus|name]] its [[reece|name]] [[ellis|name]]s dad. I can have him full time at
mine in [[Orpington|place]] ([[Chelsea|name]] is fine with it) til [[jade|name]] gets help. my address is [[18 Sevenoaks Road|address]]
[[BR6 9JH|postcode]]. ring me [[07853 461 729|phone]] or my work [[020 8857 3308|phone]] anytime.
[[ellis|name]] can go [[darrick wood|school]]. [[chelsea|name]]s mum [[Linda Dove|name]] in [[Chislehurst|place]]
can help with school runs
"""),
]


DOCS_A += [
    ("police domestic abuse occurrence summary", """OCCURRENCE SUMMARY (DA) - ref withheld   Reported [[27-Oct-2026|date]] 23:18
Victim: [[PETTIT Shannon|name]], b. [[17/08/2000|dob]], [[14 Gascoigne Rd|address]], [[New Addington|place]], [[07824 631 952|phone]]
Suspect: [[DUNMORE Kyle|name]], b. [[09/01/1997|dob]], NFA (believed [[Selsdon|place]] with mother [[Maureen|name]])
Witness: [[GAMBELL Tracey|name]], [[16 Gascoigne Rd|address]]. Child present: [[Lily-Mae|name]] (7).
Attending: PC [[Jas Bhogal|name]] and PC [[Ellie Marsh|name]]. DASH: medium. Suspect not located on [[28/10|date]].
Associates: [[PRYCE Liam|name]] ("[[Mouse|name]]"), b. [[30/04/1998|dob]], [[Shirley Oaks Road|address]]; [[DUNMORE Dean|name]], b.
[[12/12/1994|dob]], [[Fieldway|place]]; [[HOLT Jordan|name]], [[Goldcrest Way|address]], [[New Addington|place]] [[CR0 0PA|postcode]].
Previous: [[DUNMORE Kyle|name]] v [[ROSS Chantelle|name]] ([[Thornton Heath|place]]), [[02/03/2023|date]]; harassment of
[[Chantelle|name]]'s mother [[Bev Ross|name]], [[Norbury|place]], [[11/06/2023|date]]. Vehicle [[KX19 BVF|vehicle]] registered to
[[Maureen Dunmore|name]], [[88 Farley Road|address]], [[South Croydon|place]] [[CR2 7NH|postcode]].
"""),
]

DOCS_B += [
    ("GP practice safeguarding note", """[[South Norwood|place]] GP - safeguarding entry [[09-11-2026|date]] Dr [[Alison Reed|name]]
Pt: [[Joon-ho PARK|name]] (usual GP Dr [[A Reed|name]]) DOB [[21-06-2014|dob]] Addr [[Flat 3, 41 Portland Rd|address]] [[SE25 4UF|postcode]]
NHS [[427 088 3944|nhs]]. Seen with mother [[Min-ji Kim|name]] ([[07702 845 163|phone]]).
Also registered: none. Next of kin per records: [[Park Sung-woo|name]], [[Haeundae|place]], [[Busan|place]], [[+82 10-4728-3916|phone]].
Healed split lip. Mother says "he fell at [[Crystal Palace|place]] park". Boy quiet. Brother none; lodger [[Kwon Tae-yang|name]]
moved out [[1/10/26|date]]. Discussed with SW [[Callum Reyes|name]]
([[callum.reyes@wandlevale.gov.uk|email]]).
"""),
]

DOCS_C += [
    ("school attendance letter", """[[Comber Grove|school]] Primary School
Mrs [[Rosa Quispe Mamani|name]]
[[22 Brisbane Street|address]]
[[London|place]] [[SE5 7NL|postcode]]                                   [[10 November 2026|date]]
Dear Mrs [[Quispe Mamani|name]], [[Wara|name]]'s attendance since [[7 September|date]] is 84%. Please contact Mr [[Ade Bello|name]],
attendance officer, on [[020 7703 2918|phone]].
Absences: [[15/09|date]], [[16/09|date]], [[2/10|date]], [[19|date]]-[[23 October|date]] (family trip to [[Santa Cruz|place]],
not authorised).
Yours sincerely, [[Helen Carver|name]], Headteacher
cc [[Nia Baptiste|name]], Peckham Rye children's social care; [[Marisol Vega|name]], family liaison; file [[MAMANI W|name]]
"""),
]

DOCS_D += [
    ("strategy meeting notes on a missing child, handwritten and typed up",
     """Strat mtg [[3 Jul 26|date]] - [[Jaden F-B|name]] missing since [[1/7|date]]
Last seen [[Downham Way|address]] with [[Ricky B|name]] in car [[LV71 KZP|vehicle]]. Nan [[Hyacinth|name]] v worried.
Mum [[Faith|name]] in Guyana (staying [[Lot 14 Vlissengen Road|address]], [[Bel Air Park|place]], [[Georgetown|place]]) - rang her
[[+592 225 7713|phone]]. Pals: [[Tyrese|name]] ([[Tyrese Ashby|name]], [[14 Bromley Road|address]], [[Downham|place]]), [[Kemar|name]],
"[[Skinny|name]]".
[[Jaden|name]]'s phone per Nan: [[07852 330 614|phone]]?? (or [[Tyrese|name]]'s).
Found later that day at [[Honor Oak Rd|address]], [[Forest Hill|place]] - PC [[Lou Adebayo|name]]. Return interview by [[Owen|name]].
Also present: DS [[Mark Fenwick|name]] (exploitation team), [[Gloria Mensah|name]] (Bonus Pastor DSL), Nan's neighbour
[[Errol|name]] from [[no. 59|address]]. Seen with: [[Ricky B|name]], [[Tyrese|name]], a girl called [[Keisha|name]] or "[[K-Dot|name]]"
from [[Grove Park|place]].
Address of concern: [[Flat 12, Hazelbank Road|address]], [[Catford|place]] [[SE6 1AB|postcode]]
- [[Ricky|name]]'s girlfriend [[Shanice Cole|name]]. Next mtg [[10/7/26|date]].
Actions: [[Owen|name]] - NRM; DS [[Fenwick|name]] - disruption at [[Hazelbank Road|address]] and the [[Catford|place]] chicken shop; SW
[[Owen Sterling|name]] to visit [[Jaden|name]] and Nan at [[57 Moorside Rd|address]] on [[4 Jul|date]] and [[Faith|name]] by video
on [[5 July|date]]; [[Gloria Mensah|name]] to ask [[Bonus Pastor|school]] about a managed move to [[Haberdashers' Hatcham|school]].
"""),
]

DOCS_E += [
    ("child's own words recorded by a teacher", """Record of disclosure - [[Akissi|name]] (Y6), [[Plumcroft|school]], [[03.11.2026|date]]
Told to Mrs [[Ndiaye|name]] at 10.15: "tonton [[Serge|name]] took his belt and hit [[Yao|name]] because he cried. Maman [[Aya|name]]
was at work at the hospital in [[Woolwich|place]]. My friend [[Chloé|name]] saw the mark. Please don't tell [[Serge|name]].
He says if we tell he will take [[Yao|name]] to [[Abidjan|place]] to tantie [[Brigitte|name]]. [[Yao|name]] sleeps with me now. When
[[Serge|name]] is on the phone to [[Paris|place]] he shouts at tonton [[Didier|name]]."
Signed [[F. Ndiaye|name]] (DSL)
Witnessed by [[Tom Hargreaves|name]] (TA). Class teacher: Mr [[Lucas Fontaine|name]]. Head: Mrs [[Joanne Pike|name]]. Parent informed:
no (strategy). Sent to [[hannah.lowe@shootershill.gov.uk|email]] and
[[femi.ogunleye@met.police.uk|email]] at 10.52 on
[[3rd November|date]]. Her words about her father: "Papa [[Jean-Baptiste|name]] is in [[Treichville|place]] with Mamie [[Awa|name]]".
[[Akissi|name]] went back to class with [[Chloé Martin|name]] and [[Precious Eze|name]].
"""),
]

DOCS_F += [
    ("safety plan form filled in with the family", """SAFETY PLAN - [[Lovegrove|name]] family   Date: [[19/11/2026|date]]   Written
with: [[Jade|name]], [[Ellis|name]], [[Reece|name]] (by phone), [[Marcus Penfold|name]]
Child: [[Ellis|name]]   Carer: [[Jade Lovegrove|name]] ([[07568 204 911|phone]])
Emergency duty team: out of hours. Police if [[Tommy Keane|name]] (white van) comes: [[Mottingham|place]] SNT.
If mum is unwell [[Ellis|name]] goes to: dad [[Reece Hales|name]], [[18 Sevenoaks Road|address]], [[Orpington|place]], or next door
to [[Gary|name]] and [[Bev Mottram|name]] at [[29 Kimmeridge Road|address]].
Friends he can go to: [[Alfie Brennan|name]] at [[no. 40|address]] ([[Alfie|name]]'s mum [[Donna|name]]); [[Kai|name]] from football at
[[Elmstead Woods|place]].
Who [[Ellis|name]] can ring: nan [[Sandra|name]] ([[07943 126 875|phone]]); uncle [[Connor|name]]; school office (Mrs [[Fry|name]]).
[[Jade|name]] will not let [[Tommy Keane|name]] or anyone from the [[Mottingham|place]] shops into the house. Review on
[[3 December 2026|date]] at [[Castlecombe|school]].
Ages: [[Ellis|name]] 10 (born [[27.07.16|dob]]).
Family and friends asked: [[Sandra Hales|name]] (yes), [[Connor Lovegrove|name]] (weekends), [[Gary Mottram|name]] and [[Bev|name]] (short
notice only), [[Jade|name]]'s old school friend [[Leanne Fox|name]] in [[Bexleyheath|place]] ([[020 8462 9930|phone]]), and
[[Ellis|name]]'s football coach [[Steve Knight|name]] at [[Eltham|place]].
Signed: [[Jade Lovegrove|name]]; [[Reece Hales|name]]; [[M. Penfold|name]]; [[Sandra Hales|name]]. Copy to [[Kim Ashworth|name]]
(Castlecombe DSL, [[kashworth@castlecombe.bromley.sch.uk|email]]).
Worker: [[Marcus Penfold|name]] [[01689 841 552|phone]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 49 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 01:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "nan", "nanny", "nana", "mum", "dad",
           "pastor", "sister", "maman", "mamie", "papa", "tante", "don", "doña", "dona", "señorita", "señora", "senora", "tío",
           "tio", "tía", "tia", "tonton", "tantie", "mme", "madame", "halmeoni", "omma", "appa", "이모", "할머니", "sw", "tm"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "south london", "bolivia", "korea", "south korea", "guyana", "ivory coast",
               "côte d'ivoire", "france", "kent"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# checkers of sets 13 to 6), with this set's titles and kinship words and its countries and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
