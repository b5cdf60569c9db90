"""Set 28: a twenty-third held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set26.py,
redaction_set27.py and redaction_set29.py and their tests (written by other helpers at the same time), that did not run the detector
or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read: of
bench/redaction_set21.py its module docstring, its first record and the start of its first document, and its last two documents
with the module's tail (NAME, _TITLES, _AFTER, _NOT_PLACES and the HandSet line), whose layout and markup this set follows;
tests/test_redaction_set21.py in full; `ruff format --check` on those two files printed more of their code and data, which was
not studied; the first fifteen lines of tests/test_redaction_set25.py (to copy its size test); the docstrings of bench/redaction_set7.py
to redaction_set25.py only through searches for the towns, districts and communities they used as a family's home (the matching
phrases were read, not the whole docstrings); and the ruff settings in pyproject.toml. Set 15's checker and
bench/redaction_handwritten.py are used through imports, as set 21 does, and were not read. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune
the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking
is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in North Yorkshire, the East Riding and Hull, South Yorkshire, County Durham and
Teesside, each from a town, district or estate no earlier set used as a family's home. Three white British (or part white British)
families: a mother drinking and depressed on the Barrowcliff estate in Scarborough, with a nana in Eastfield and a fisherman father in
Filey (Cammish / Mainprize; a girl of 13 who is a young carer for her mother and her brother of 6, a fall on the stairs, a child
protection plan for neglect), a young mother in a numbered street in Horden, County Durham, with a nan in Easington Colliery and a
partner in Peterlee (Gowland / Dinsdale; a baby falling through the centiles and sleeping in the parents' bed, cannabis, coercive
control, a boy of 5 hoarding bread), and a white British mother and a Polish father in Goole, with grandmothers in Snaith and Gdańsk
(Atkinson / Wiśniewski; a skull fracture and fingertip bruises in a baby of 12 months, a delay in seeking help, a kinship placement
with the nan). Three from communities no earlier set used: an Iraqi Arab family from Basra on Orchard Park, Hull (Al-Jubouri /
Kadhim; a boy of 15 criminally exploited on county lines to Bridlington and Withernsea, a knife in his bag, a father who wants to send
him to Basra, then writes to ask for a move), an Irish Traveller family on a council site at Thorne, near Doncaster, with a granny in
Tuam (McDonagh / Joyce; a girl of 14 kept home and "promised" to a second cousin in Ireland, a father's drinking and a broken trailer
window, a toddler's dental decay), and a Vietnamese family in North Ormesby, Middlesbrough (Nguyễn / Trần; a mother trafficked to work
in a nail bar in debt bondage, a father arrested at a cannabis grow in Thornaby, a boy of 7 walking his sister to a neighbour, a
grandmother threatened in Vinh). 24 documents, twelve of them plain professional recording (a case note with an addendum of phone
calls, an initial child protection conference report with its plan table, a school's suspension letter, a home visit record with an
interpreter, a Traveller education liaison note, s.47 strategy meeting minutes, a child and family assessment with genogram notes, core
group minutes, a primary school's CPOMS log export, a social worker's statement to the family court, a child protection medical report,
a s.47 outcome letter) and twelve of the other kinds of writing a case file holds, of types no earlier set used where possible: a young
carers' service needs assessment form, Snapchat messages typed up by a school's safeguarding lead (with emoji display names), a police
digital extract of a boy's Snapchat and WhatsApp threads with his mother's and grandfather's Arabic messages translated, a father's
handwritten letter in Arabic with the interpreter's translation and note, voicemails left on a social worker's work mobile typed up by
business support, a health visitor's handwritten contact sheet scanned and OCR'd (with OCR errors and a name broken across lines), a
Facebook Messenger chat between two sisters in a Durham dialect, a police public protection notice (PPN1), a National Referral
Mechanism referral form, Zalo messages in Vietnamese translated, a hospital safeguarding nurse's email with the reply, and a father's
own account in Polish with a translation.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names may be
real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library), UK and
foreign (Iraq, Ireland, Vietnam, Poland, the United States); NHS numbers and UPNs (the right LA number for the area: 815, 810, 371,
840, 806) pass their check digits; NI numbers have a valid format. Councils are invented (Esk & Derwent, Haven City, Hatfield Chase,
Durham Coast, Tees Mouth, Wolds and Ouse), and so are the schools (Cayton Carr Academy, Northstead Brook Primary School, Orchard Vale
Academy, Hall Road Fields Primary School, Thorne Moorlands Academy, St Oswin's Catholic Primary School, Horden Dene Primary School,
Ormesby Beck Primary School), the Travellers' site (Moor Edge), the GP practices (Falsgrave Surgery, Thorne Moor Medical Practice, Goole
and Howden Medical Practice), the nail bar (Kim's Nails) and the hubs and centres; towns, districts, estates, villages, real
hospitals, prisons, police forces, charities, apps, brands and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13), as its docstring states
them. [[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles,
roles and kinship words stay outside the name span (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, Sister, Sheikh, Nana, Mam, Mammy, Auntie, aunty,
Granny, "Mrs Cammish senior"); every person's name is a name in every form, record or not; "SURNAME, First" is one span ("CAMMISH,
Tegan", "GOWLAND-DINSDALE, Hallie", "WIŚNIEWSKA, Oliwia"), and so is "SURNAME First" ("NGUYỄN Thị Lan", "McDONAGH  Mary-EIlen" as the
OCR gave it); an initial with a surname is one span ("J. Ventress", "C.Drabble", "K. Wiśniewski"); initials alone ("HP", "M-E") are
not marked; a name broken by a line break is one span holding the break ("Bridg/et", "Pat-/rick"), and so is an address, a place, a
school or a date; handles ("k.ai_hu6") are not marked but a display name that is a person's plain name is ("summer", "Teg", "Stacey
Gowland"); a contact saved under a kinship word ("Mama", "Mẹ", "Jiddo") is not a name; a family name in the plural ("the Connors") is
a name; a street address is one span, its town a place, its postcode a postcode, a street named without a number is an address
("Marsh Road", "Eleventh Street", "Beverley Road"), and so is a neighbour's bare house number ("no. 16", "no. 39", "number 4") and an
address abroad ("ul. Grunwaldzka 112/5", "80-244" Gdańsk; "4 Bishop Street", Tuam); towns, villages, districts and estates are places
at home or abroad and in any script or inflection ("Barrowcliff", "Orchard Park", "Brid", "Donny", "Vinh", "Cửa Lò", "البصرة", "هال",
"Gdańsku"); countries, counties, provinces, states and regions are not ("North Yorkshire", "County Durham", "Ireland", "Galway" and
"Limerick" as counties, "Nghệ An", "Việt Nam", "Poland", "Iraq", "Michigan"); organisations are not marked even when they hold a town's
or a person's name ("Scarborough Town Hall", "Hull Royal Infirmary", "Horden Health Centre", "Goole Civic Centre", "HMP Holme House",
"the Family Court sitting at Middlesbrough"), but a firm named after a person marks the name ("[[Kim|name]]'s Nails") and a service
named by its town in lower-case words marks the town ("the Horden community pantry", "Goole urgent treatment centre", "Station:
Peterlee"); a school's name is a school, and so is its short form ("Cayton Carr", "Northstead Brook", "St Oswin's", "horden dene"); a
date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside) and a bare day ("the 12th",
"5th") is a date; months and years alone are not marked; pets (the dog "Tank") are not names; attractions and landmarks (the Sea Life
centre, North Point Shopping Centre) stay unmarked; a name that is also a word or a town is marked by what it refers to (Summer, Brodie,
Crystal, Dawn, Bell, Lamb, Ward, Joyce, Kai, Ali are names here); a name in another script is a name ("مصطفى", "حيدر الجبوري").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Travellers' site's name is an
address wherever it appears ("Moor Edge Travellers' Site", "Moor  Edge Site" in the OCR), as set 21's holiday park was, and so is the
family's plot number alone ("Plot 6"); a street used to name a service or a mosque ("the alcohol service at Castle Road", "the Spring
Bank mosque") and a school's own street ("Exeter Grove") are addresses; in Vietnamese the family name comes first and the whole name
is one span in any order or spelling ("Thị Lan Nguyễn", "Nguyen Thi Lan", "Gia Bao Tran"), while the forms of address "chị", "anh",
"em", "cô", "bà", "bé" and the calling word "ơi" stay outside; in Arabic "ابو" (father of) and "Umm" stay outside the name that follows,
and a phone number written in Arabic-Indic digits ("٠٧٤٥٩٣٨١٢٢٦") is a phone; Polish inflected forms are marked as what they refer to
("Gdańsku", the place; "Oliwką", the child) and a Polish date ("10 listopada 2026") is a date; in a Messenger header ("21 SEP AT
23:04") only the date is marked; the emoji after a display name ("summer 🌸") stays outside; a number a caller misspoke and corrected
("+353 69 64 218") is still a phone; a county named by its county town's name ("Tuam, Galway"; "Rathkeale - that's in Limerick") is a
county and stays unmarked; a religious sister's "Sister" and an imam's "Sheikh" are titles; case, exhibit, GMC and collar numbers
(MB26C00417, CF/0092713, DJF/3, GMC 7140238, PC 1472) are not marked.

Self-check without the detector: `python -m bench.redaction_set28` (and tests/test_redaction_set28.py) runs set 15's checker (which
runs the earlier sets' checkers) on this set, adds this set's titles and kinship words and counties, regions and countries, and prints
the number of documents and gold spans per kind: 24 documents, 986 gold spans, 555 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Cammish / Mainprize family (white British), Barrowcliff, Scarborough --------------------------------------------

HOME_A = d.Address("14 Hawthorn Walk", "Barrowcliff", "Scarborough", "YO12 6QB")
NAN_A = d.Address("7 Westway", "Eastfield", "Scarborough", "YO11 3LD")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tegan", "Cammish")],
            dt.date(2013, 4, 22),
            addresses=[HOME_A],
            ids=["1289232768", "D815678235694"],
            schools=["Cayton Carr Academy"],
        ),
        _p(
            "s",
            "sibling",
            [("Brodie", "Mainprize")],
            dt.date(2020, 8, 9),
            addresses=[HOME_A],
            ids=["8849372302"],
            schools=["Northstead Brook Primary School"],
        ),
        _p(
            "m",
            "mother",
            [("Leanne", "Cammish")],
            dt.date(1991, 12, 2),
            addresses=[HOME_A],
            phones=["07723 418 560"],
            ids=["JN 48 27 61 B"],
        ),
        _p("f", "father", [("Shaun", "Mainprize")], dt.date(1988, 6, 17), phones=["07584 229 037"]),
        _p("g", "grandparent", [("Sandra", "Cammish")], dt.date(1966, 3, 30), addresses=[NAN_A], phones=["01723 364 918"]),
        _p("p1", "professional", [("Hannah", "Pickering")], phones=["0300 131 2468"], emails=["hannah.pickering@eskderwent.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "young carers' service needs assessment form, filled in at school",
        """ESK & DERWENT YOUNG CARERS - NEEDS ASSESSMENT (YC2)
Young person: [[CAMMISH, Tegan|name]]          Known as: [[Teg|name]]          DOB: [[22-04-2013|dob]]
Address: [[14 Hawthorn Walk|address]], [[Barrowcliff|place]], [[Scarborough|place]] [[YO12 6QB|postcode]]
School: [[Cayton Carr Academy|school]] (Year 8)     UPN: [[D815678235694|upn]]     NHS no: [[128 923 2768|nhs]]
Referred by: Mrs [[Gail Storr|name]], pastoral lead, on [[2nd October 2026|date]]
Assessor: [[Jodie Ventress|name]] (Young Carers Worker)     Date seen: [[09/10/26|date]]

1. Who do you care for?  "Mam, and [[Brodie|name]] ([[Brodie|name]] is 6). Mam has bad days with her nerves and her drinking."
2. What do you do?  Gets [[Brodie|name]] up and to [[Northstead Brook|school]] for 8.45, so is late most days herself.
   Cooks tea "if there's owt in". Sorts Mam's tablets. Takes the washing to Nana [[Sandra|name]]'s in [[Eastfield|place]] on the
   bus. Rings [[Shaun|name]] ([[Brodie|name]]'s dad, lives in [[Filey|place]]) when Mam "can't get up".
3. Who helps you?  "Nana, but her legs are bad. [[Shaun|name]] sometimes. [[Kayla|name]]'s mum next door ([[no. 16|address]]) gave us
   a loaf once." Best friend [[Summer Jenkinson|name]] "knows everything".
4. Feelings scale (0-10): home 3, school 4, friends 8, sleep 2.
5. What would help?  "Someone to come and check on Mam in the day. A break. Going to [[Whitby|place]] with the group."

Worker's note: [[Tegan|name]] spoke quickly and kept checking her phone for messages from Mam. She said she has not told
anyone at school because "they'll take us off her". I explained the young carers' group (Tuesdays, Rainbow Centre) and that
I need to share this with the Children and Families Service. She agreed, "as long as it's [[Hannah|name]] and not a
stranger". Contact for Mam: [[07723 418 560|phone]]. Nana [[Sandra Cammish|name]]: [[01723 364 918|phone]].
Signed [[J. Ventress|name]]  [[9.10.2026|date]]
""",
    ),
    (
        "social worker's case note of a home visit",
        """Case note - [[Tegan Cammish|name]] / [[Brodie Mainprize|name]]
Date/time: Thursday [[15 October 2026|date]], 15:40-16:55. Type: unannounced home visit. Worker: [[Hannah Pickering|name]], SW.
Present: [[Leanne Cammish|name]] (mother), [[Tegan|name]], [[Brodie|name]]; [[Shaun Mainprize|name]] arrived at 16:30.

Visited [[14 Hawthorn Walk|address]] after school. [[Tegan|name]] opened the door holding [[Brodie|name]]'s reading book. The
front room was warm and tidy; the kitchen had empty cider cans (about 12) in a carrier bag by the back door and little food:
half a loaf, margarine, cereal, no milk. [[Leanne|name]] was in bed upstairs and came down after ten minutes. She was slow
in her speech but oriented. She said she had "two or three" the night before and has not been to the GP at Falsgrave
Surgery since [[August 3rd|date]] because "they just give you the same tablets".

I saw [[Brodie|name]] alone in his bedroom: he showed me his Lego and said "[[Teg|name]] does my tea" and "Mammy sleeps a lot". He
said Nana takes him to the Sea Life centre sometimes.

[[Tegan|name]] (seen alone in the car outside, at her choice) said Mam has been worse since "[[Shaun|name]] moved back to his mam's in
[[Filey|place]]" in the summer. She said she missed school on Monday [[12th|date]] because Mam would not wake and she "didn't want
[[Brodie|name]] to see". She asked me not to tell Nana [[Sandra|name]] about the cans.

[[Shaun|name]] arrived in a white van (reg [[YJ19 KXO|vehicle]]) to take [[Brodie|name]] for tea. He said he works on the boats out of
[[Scarborough|place]] harbour and can have [[Brodie|name]] weekends but not school nights. His mobile: [[07584 229 037|phone]].

Analysis: [[Tegan|name]] (13) is carrying the household. Plan agreed with [[Leanne|name]]: GP appointment by [[23/10|date]]; referral to
the alcohol service at Scarborough Hospital's outreach team declined for now; Nana to have the children Wednesdays; strategy
discussion with my manager [[Rob Duggleby|name]] tomorrow.
[[H. Pickering|name]]

Addendum, [[16/10/2026|date]] 12:20 (phone calls):
- Rang Nana [[Sandra Cammish|name]] ([[01723 364 918|phone]]): she will have [[Brodie|name]] and [[Tegan|name]] Wednesday and Saturday
  nights. She said her other daughter [[Jackie Ward|name]] in [[Seamer|place]] can help "if [[Leanne|name]] lets her", and that
  [[Leanne|name]] has not spoken to [[Jackie|name]] since a row at [[Crossgates|place]] in the spring.
- Rang [[Shaun Mainprize|name]] ([[07584 229 037|phone]]): he is on the boat till Sunday [[18th|date]], lands at [[Whitby|place]]. His
  mother, Mrs [[Irene Mainprize|name]], at [[3 Wharfedale Road|address]], [[Filey|place]] [[YO14 9DX|postcode]], can have [[Brodie|name]] on
  Fridays. He asked me not to tell [[Leanne|name]] his new girlfriend's name ([[Lacey|name]]).
- Left a message for Dr [[Owen Laycock|name]] at Falsgrave Surgery.
HP
""",
    ),
    (
        "Snapchat messages sent by a girl of 13, typed up by the school's safeguarding lead",
        """Typed up by [[G Storr|name]] (DSL, [[Cayton Carr|school]]) from screenshots [[Tegan|name]] showed me on Mon [[26 Oct|date]].
Spelling as
written. Display names as on her phone.

Sat [[24 Oct|date]]
[[summer|name]] 🌸: u comin to the spa bridge tonite
[[Teg|name]]: cant mam is bad again
[[summer|name]] 🌸: aw babe. want me to come round
[[Teg|name]]: no shes being sick. [[brodie|name]] in bed
[[summer|name]] 🌸: ring ur nana
[[Teg|name]]: nana is at aunty [[jackie|name]]s in [[seamer|place]]
[[Teg|name]]: [[shaun|name]] aint answering
[[summer|name]] 🌸: ring 999 if she passes out ok

Sun [[25 Oct|date]]
[[Teg|name]]: she fell on the stairs at like 2. her head is bleeding a bit
[[summer|name]] 🌸: omg [[teg|name]]
[[Teg|name]]: [[kayla|name]]'s mum came from next door and sorted it. [[debs|name]] said dont tell nobody or the social will come
[[summer|name]] 🌸: u should tell [[hannah|name]] tho
[[Teg|name]]: i know. i dont want [[brodie|name]] goin to [[shauns|name]] mams in [[filey|place]]

"[[summer|name]]" is [[Summer Jenkinson|name]], Year 8. "[[Debs|name]]" is the neighbour at [[16 Hawthorn Walk|address]], Ms
[[Debbie Clegg|name]],
[[Kayla|name]]'s mother. Passed to [[Hannah Pickering|name]], [[26/10/2026|date]] 09:10.
""",
    ),
    (
        "child protection conference report, summary and plan",
        """ESK & DERWENT COUNCIL - INITIAL CHILD PROTECTION CONFERENCE
Children: [[Tegan CAMMISH|name]] (dob [[22.04.2013|dob]]); [[Brodie MAINPRIZE|name]] (dob [[09.08.2020|dob]], NHS [[884 937 2302|nhs]])
Date of conference: [[12 November 2026|date]], Brunswick Room, Scarborough Town Hall     Chair: [[Alison Theakston|name]] (IRO)

Attendees: [[Leanne Cammish|name]] (mother); [[Shaun Mainprize|name]] (father of [[Brodie|name]]); [[Sandra Cammish|name]] (maternal
grandmother); [[Hannah Pickering|name]] (SW); [[Gail Storr|name]] ([[Cayton Carr Academy|school]]); [[Priya Nandra|name]] (headteacher,
[[Northstead Brook Primary School|school]]); Dr [[Owen Laycock|name]] (GP, Falsgrave Surgery, by report); DC [[Lee Mennell|name]]
(North Yorkshire Police). Apologies: [[Jodie Ventress|name]] (young carers).

Summary: Since the referral on [[2/10/26|date]] there have been two incidents of note: a fall on the stairs on [[25 October|date]]
while [[Leanne|name]] was intoxicated, with [[Tegan|name]] alone in charge of [[Brodie|name]] overnight, and an ambulance call on
[[3 November|date]] when [[Leanne|name]] was found unresponsive by [[Tegan|name]]. [[Leanne|name]] now attends the alcohol service at
[[Castle Road|address]] and says she has been sober since [[4th Nov|date]]. Mrs [[Cammish|name]] senior has offered that both children stay
with her at [[7 Westway|address]], [[Eastfield|place]] ([[YO11 3LD|postcode]]) when needed. [[Shaun|name]] now has [[Brodie|name]]
Friday to Sunday in [[Filey|place]].

Decision: both children subject to a child protection plan under the category of neglect. Core group on [[26.11.2026|date]].
Review conference: [[11 February 2027|date]].

Plan (extract)                                   Who                                 By when
1. Sober support; weekly test                     [[Leanne|name]] / [[Castle Road|address]]          from [[13/11/26|date]]
2. [[Tegan|name]] to the young carers' group         [[Jodie Ventress|name]]                   [[17 Nov|date]]
3. Respite: Nana's at [[7 West-
   way|address]], Wednesdays and Saturdays          [[Sandra Cammish|name]]                    ongoing
4. [[Brodie|name]] to [[Shaun|name]]'s, Fri-Sun, in [[Fi-
   ley|place]]                                      [[Shaun Mainprize|name]]                   ongoing
5. [[Tegan|name]]'s attendance (was 71%)             [[Gail Storr|name]], [[Cayton
   Carr Academy|school]]                            review [[26 Nov-
   ember 2026|date]]
Dissent: none. [[Leanne|name]] said "I know I've let our [[Teg|name]] down." Minutes: [[Bethany Crosby|name]].
""",
    ),
]


# --- B. Al-Jubouri / Kadhim family (Iraqi Arab), Orchard Park, Hull ---------------------------------------------------------

HOME_B = d.Address("41 Dodswell Grove", "Orchard Park", "Hull", "HU6 9BN")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Mustafa", "Al-Jubouri")],
            dt.date(2011, 2, 14),
            addresses=[HOME_B],
            ids=["4418841962", "N810360478355"],
            schools=["Orchard Vale Academy"],
        ),
        _p(
            "s",
            "sibling",
            [("Fatima", "Al-Jubouri")],
            dt.date(2017, 6, 3),
            addresses=[HOME_B],
            ids=["2351067525"],
            schools=["Hall Road Fields Primary School"],
        ),
        _p("s2", "sibling", [("Ali", "Al-Jubouri")], dt.date(2023, 1, 19), addresses=[HOME_B], ids=["3860330551"]),
        _p("m", "mother", [("Zahraa", "Kadhim")], dt.date(1987, 9, 10), addresses=[HOME_B], phones=["07962 550 318"]),
        _p(
            "f",
            "father",
            [("Haider", "Al-Jubouri")],
            dt.date(1982, 11, 25),
            addresses=[HOME_B],
            phones=["07459 381 226"],
            ids=["SK 30 71 45 C"],
        ),
        _p("g", "grandparent", [("Abbas", "Al-Jubouri")], dt.date(1950, 7, 1), phones=["+964 770 412 8836"]),
        _p("p1", "professional", [("Callum", "Fewster")], phones=["01482 396 500"], emails=["callum.fewster@havencity.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "secondary school's suspension letter to the parents",
        """[[Orchard Vale Academy|school]]
[[Exeter Grove|address]], [[Hull|place]]
[[6th October 2026|date]]

Mr [[Haider Al-Jubouri|name]] and Mrs [[Zahraa Kadhim|name]]
[[41 Dodswell Grove|address]]
[[Orchard Park|place]]
[[Hull|place]]  [[HU6 9BN|postcode]]

Dear Mr [[Al-Jubouri|name]] and Mrs [[Kadhim|name]],

Re: [[Mustafa Al-Jubouri|name]], Year 11, date of birth [[14/02/2011|dob]], UPN [[N810360478355|upn]]

I am writing to confirm what I told you by telephone ([[07459 381 226|phone]]) this afternoon, with our interpreter
Mrs [[Noor Haddad|name]] on the line. [[Mustafa|name]] is suspended for five school days, from [[7 October|date]] to
[[13 October 2026|date]]
inclusive, because a kitchen knife (blade about 12 cm) was found in his bag during a search this morning, after another
student, whose name I cannot give you, told a member of staff he had seen it. [[Mustafa|name]] told Mr [[Dale Ramsden|name]]
(Deputy Head) that he carried it "for protection" on the bus to [[Bransholme|place]] and that he had been threatened near
North Point Shopping Centre.

Humberside Police were informed, as our policy requires, and PC [[Jade Cawkwell|name]] spoke to [[Mustafa|name]] with Mr
[[Ramsden|name]] present. Because he told us he is frightened of older boys, we have also made a referral to Early Help and
Safeguarding today, and our designated safeguarding lead, Ms [[Harriet Oxtoby|name]], will call you.

A reintegration meeting will be held on Wednesday [[14 October|date]] at 9.00 am. Please bring [[Mustafa|name]].

Yours sincerely,
[[Andrew Leaper|name]]
Headteacher
""",
    ),
    (
        "social worker's home visit record with an Arabic interpreter",
        """HAVEN CITY COUNCIL - CHILDREN'S SOCIAL CARE - VISIT RECORD
Child: [[Mustafa AL-JUBOURI|name]]   Other children in household: [[Fatima|name]] (9), [[Ali|name]] (3)
Visit: [[16.10.2026|date]], 17:30. Worker: [[Callum Fewster|name]]. Interpreter (Arabic, Iraqi dialect): [[Noor Haddad|name]], Language
Line.

Seen at home: both parents, all three children. [[Fatima|name]] showed me her reading certificate from [[Hall Road Fields|school]].
[[Ali|name]] was asleep.

Father ([[Haider|name]]) said the family came from [[Basra|place]] in 2016 and have leave to remain. He drives for a takeaway on
[[Newland Avenue|address]] and works nights. He said [[Mustafa|name]] "changed in the summer" - new trainers and a second phone, out late,
coming home by taxi from [[Bridlington|place]] and once from [[Withernsea|place]]. He said a man called "[[Kai|name]]" in a black
Audi ([[YT21 HNV|vehicle]]) waits at the end of the grove. He was angry and asked me to "send [[Mustafa|name]] to his grandfather
in [[Basra|place]]" for a year. I explained the risks and that we would not support that; he said his father [[Abbas|name]] is
"a strong man who will keep him right" ([[+964 770 412 8836|phone]]).

Mother ([[Zahraa|name]]) spoke to me alone in the kitchen with the interpreter. She cried and said she is afraid [[Haider|name]] will
send the boy away and that she has no family here except her brother [[Karrar|name]] in [[Sheffield|place]]. She showed me a
message from "Umm [[Hussein|name]]" (a friend from the mosque on [[Spring Bank|address]]) saying she saw [[Mustafa|name]] at a flat on
[[Beverley Road|address]] with "English boys".

[[Mustafa|name]] (seen alone, with his agreement, in English) said he owes "[[Kai|name]]" £400 for a phone that was "robbed"
off him in [[Brid|place]] and that he has to "work it off". He would not say more. He agreed to meet [[Shannon Blyth|name]] from the
youth justice prevention team.

Actions: strategy discussion (exploitation) booked [[19/10/2026|date]]; NRM referral to be considered; mum's mobile
[[07962 550 318|phone]] for texts in Arabic via the interpreter. [[C. Fewster|name]]

Update [[22/10/2026|date]]: strategy discussion held. DS [[Gareth Kemp|name]] says [[Kai Robson|name]] ([[11/07/2007|dob]]) is known for
supply in [[Bridlington|place]] and [[Hornsea|place]] and uses a flat at [[Flat 2, 88 Beverley Road|address]], [[Hull|place]]
[[HU3 1XR|postcode]]. [[Tyler Marr|name]] lives in [[Bransholme|place]]. [[Mustafa|name]]'s NRM referral sent the same day; the
father, Mr [[Al-Jubouri|name]] (NI [[SK 30 71 45 C|ni]]), agreed to a transfer request for the family to [[Cottingham|place]].
[[Fatima|name]]'s teacher, Mrs [[Olivia Carrick|name]], reports she is "very worried about her brother" and draws police cars.
""",
    ),
]

DOCS_B += [
    (
        "messages from a boy's phone, from a police digital extract, with his mother's Arabic texts translated",
        """HUMBERSIDE POLICE - DIGITAL MEDIA EXTRACT (SUMMARY FOR PARTNERS) - exhibit DJF/3
Device: Samsung A14, owner [[Mustafa AL-JUBOURI|name]] ([[14/02/2011|dob]]). Extract date [[20 Oct 2026|date]]. Prepared by DC
[[Darren Frow|name]].
Contact names are as saved on the handset; handles left as shown. Translation of Arabic by [[Noor Haddad|name]].

-- Snapchat, thread with "k.ai_hu6" (believed [[Kai Robson|name]], 19) --
[[02/10/2026|date]] 21:14 k.ai_hu6: where u at [[mus|name]]
[[02/10/2026|date]] 21:15 [[Mustafa|name]]: home my dads here
[[02/10/2026|date]] 21:15 k.ai_hu6: get to [[leo|name]]s flat 10 mins. [[88 bev rd|address]] top buzzer
[[02/10/2026|date]] 21:31 k.ai_hu6: [[tyler|name]] will take u to [[brid|place]] in the morning. 2 days
[[03/10/2026|date]] 07:02 [[Mustafa|name]]: i got school man
[[03/10/2026|date]] 07:03 k.ai_hu6: u got a debt. 400. do the math
[[05/10/2026|date]] 23:48 [[Mustafa|name]]: im at [[withernsea|place]] no money for train
[[05/10/2026|date]] 23:50 k.ai_hu6: walk then lol

-- WhatsApp, contact saved as "Mama 💚" ([[07962 550 318|phone]]) --
[[05/10/2026|date]] 22:40 Mama: [[مصطفى|name]] وينك؟ أبوك رح يجن. تعال للبيت هسه
  ([[Mustafa|name]], where are you? Your father is going mad. Come home now.)
[[05/10/2026|date]] 22:41 Mama: [[فاطمة|name]] تبچي عليك
  ([[Fatima|name]] is crying for you.)
[[06/10/2026|date]] 00:12 [[Mustafa|name]]: im ok mama im with [[tyler|name]] from school. sleeping at his
[[06/10/2026|date]] 00:13 Mama: الله يحفظك يمه. لا تگول لأبوك
  (God keep you, my son. Don't tell your father.)

-- WhatsApp, contact saved as "Jiddo" (+964, [[Basra|place]]) --
[[07/10/2026|date]] 19:20 Jiddo: حبيبي [[مصطفى|name]]، أبوك يگول تجي إلى [[البصرة|place]] بالصيف
  (My dear [[Mustafa|name]], your father says you are coming to [[Basra|place]] in the summer.)

Note: "[[Tyler|name]]" is believed to be [[Tyler Marr|name]] (17). "[[Leo|name]]" not identified. Witness: [[Mustafa|name]]'s friend
[[Reece Dunn|name]] (15) has given an account.
""",
    ),
]

DOCS_B += [
    (
        "a father's handwritten letter in Arabic to the social worker, with the interpreter's translation",
        """[Scanned letter, 1 page, handwritten in Arabic, handed to the social worker on [[2 November 2026|date]]. Translation by
[[Noor Haddad|name]] (Language Line) below it. The Arabic is copied as written.]

بسم الله الرحمن الرحيم
الى الاستاذ [[كالم|name]] المحترم
انا [[حيدر الجبوري|name]] ابو [[مصطفى|name]]. نحن عائلة محترمة في [[البصرة|place]] وفي [[هال|place]].
ابني ليس مجرم. الرجال الكبار اخذوه. اريد ان يبقى معنا ولا اريد ان يأخذه أحد.
[[حيدر|name]] - [[٠٧٤٥٩٣٨١٢٢٦|phone]]

Translation:
In the name of God, the Most Gracious, the Most Merciful.
To the respected Mr [[Callum|name]],
I am [[Haider Al-Jubouri|name]], the father of [[Mustafa|name]]. We are a respectable family in [[Basra|place]] and in [[Hull|place]].
My son is not a criminal. The big men took him. I want him to stay with us and I do not want anyone to take him.
[I am sorry I said to send him to my father [[Abbas|name]]. My wife [[Zahraa|name]] was right. My brother-in-law
[[Karrar Kadhim|name]] in [[Sheffield|place]] says the boys there are the same.] (this part written in the margin in English)
I ask you to move us away from [[Orchard Park|place]], to [[Cottingham|place]] or to [[Hessle|place]], or anywhere the man [[Kai|name]]
does not know. My neighbour Mr [[Gary Stork|name]] at [[no. 39|address]] saw the black car again on [[31/10|date]].
[[Haider|name]] - [[07459 381 226|phone]] (the number written in Arabic numerals above)

Interpreter's note ([[N. Haddad|name]], [[3/11/2026|date]]): "[[كالم|name]]" is [[Callum|name]] written in Arabic letters; "[[هال|place]]"
is [[Hull|place]]. "ابو [[مصطفى|name]]" means "father of [[Mustafa|name]]"; "ابو" is not part of the name. Mr [[Al-Jubouri|name]]
asked me to add that [[Zahraa|name]]'s sister [[Ruqaya Kadhim|name]] lives in [[Dearborn|place]], Michigan ([[+1 313 555 0147|phone]]), and
that the imam at the [[Spring Bank|address]] mosque, Sheikh [[Jaafar|name]], knows the family.
""",
    ),
]


# --- C. McDonagh family (Irish Traveller), Moor Edge site, Thorne, Doncaster -------------------------------------------------

HOME_C = d.Address("Plot 6, Moor Edge Travellers' Site, Marsh Road", "Thorne", "Doncaster", "DN8 5RJ")
GRAN_C = d.Address("4 Bishop Street", "", "Tuam", "")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Bridget", "McDonagh")],
            dt.date(2012, 5, 8),
            addresses=[HOME_C],
            ids=["6172783874", "F371449582650"],
            schools=["Thorne Moorlands Academy"],
        ),
        _p(
            "s",
            "sibling",
            [("Patrick", "McDonagh")],
            dt.date(2015, 3, 17),
            addresses=[HOME_C],
            ids=["3006684729"],
            schools=["St Oswin's Catholic Primary School"],
        ),
        _p("s2", "sibling", [("Mary-Ellen", "McDonagh")], dt.date(2022, 9, 29), addresses=[HOME_C], ids=["8807551365"]),
        _p("m", "mother", [("Kathleen", "McDonagh")], dt.date(1990, 1, 12), addresses=[HOME_C], phones=["07881 602 947"]),
        _p("f", "father", [("John", "McDonagh")], dt.date(1986, 8, 4), addresses=[HOME_C], phones=["07415 668 203"]),
        _p("g", "grandparent", [("Nora", "Joyce")], dt.date(1962, 10, 21), addresses=[GRAN_C], phones=["+353 87 614 2290"]),
        _p("p1", "professional", [("Ruth", "Pashley")], phones=["01302 853 419"], emails=["ruth.pashley@hatfieldchase.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "Traveller education liaison worker's attendance and contact note",
        """Gypsy, Roma and Traveller Education Support - contact note
Pupil: [[Bridget McDonagh|name]] ("[[Biddy|name]]")   DOB [[08/05/2012|dob]]   UPN [[F371449582650|upn]]   Year 9,
[[Thorne Moorlands Academy|school]]
Home: [[Plot 6|address]], [[Moor Edge Travellers' Site|address]], [[Marsh Road|address]], [[Thorne|place]] [[DN8 5RJ|postcode]]
Worker: [[Siobhan Kiely|name]]    Date: [[20th October 2026|date]]

Attendance this term is 41%. [[Bridget|name]] has not been in since the half-term "trip" to Ireland ([[Tuam|place]] and then the
horse fair at [[Ballinasloe|place]]), back on [[12 Oct|date]]. Her brother [[Paddy|name]] (Year 6, [[St Oswin's|school]]) is at 94% and
doing
well; Mrs [[Maguire|name]], his teacher, says he reads to the little ones on the bus.

Met [[Kathleen|name]] in the trailer. She is proud of [[Biddy|name]] and says she is "a great girl for the house" but that
"there's talk" about her and a boy from [[Hatfield Woodhouse|place]] and her daddy wants her kept home. She said [[Biddy|name]] may go
to her granny, Mrs [[Nora Joyce|name]], in [[Tuam|place]] "for a while" and finish school there. Granny's mobile:
[[+353 87 614 2290|phone]].
[[Kathleen|name]] says she would "never let a girl of hers be married before sixteen" and laughed, but [[Bridget|name]] was in the
doorway and did not laugh.

[[Bridget|name]] walked me to the car and said, quietly, "I want to do hair, miss. At the college in [[Donny|place]]." She said
her cousin [[Kerry-Ann|name]] in [[Rathkeale|place]] was engaged at 15. She asked me not to "make a show" of her.

Actions: discussed with the school's DSL, Mr [[Stephen Hirst|name]], and rang the children's front door ([[20.10.26|date]], 15:05):
spoke to [[Ruth Pashley|name]], who knows the family from 2024. [[S. Kiely|name]]
""",
    ),
    (
        "voicemails left on a social worker's work mobile, typed up by the business support officer",
        """Voicemail transcripts for [[Ruth Pashley|name]] - typed by [[Carly Exley|name]] (BSO) on Mon [[2/11/2026|date]]. Typed as heard;
[inaudible] where I could not make it out.

1. Sat [[31 Oct|date]] 22:47, from [[07881 602 947|phone]] (1 min 12 s)
"Hello, is that [[Ruth|name]]? It's [[Kathleen|name]], [[Kathleen McDonagh|name]], from the site at [[Thorne|place]]. I know it's late,
sorry.
[[Johnny|name]]'s after having a few and there was a row out on the plot with the [[Connors|name]] from [[number 4|address]], the young
lad [[Jimmy Connors|name]] - no, not the tennis fella, ha - and [[Johnny|name]] put his fist through the window of the trailer and
[[Mary-Ellen|name]] got a bit of glass in her foot. She's grand, I got it out. I'm only ringing because [[Biddy|name]] said I
should. Don't be sending the guards. Ring me tomorrow."

2. Sun [[1 Nov|date]] 09:16, from [[+353 87 614 2290|phone]] (0 min 48 s)
"This is [[Nora Joyce|name]], I'm [[Bridget|name]]'s granny, in [[Tuam|place]], Galway. My daughter gave me your number. I want
you to know the child can come to me any time, I've a room for her, [[4 Bishop Street|address]]. There's nothing arranged for
her with any boy, whatever the talk is. [inaudible] ... God bless."

3. Sun [[1 Nov|date]] 18:02, withheld (0 min 31 s)
"Hi miss, it's [[Biddy|name]] - [[Bridget|name]]. [[Paddy|name]] gave me your number off the card. I'm not in trouble am I.
Me mammy's all right. I just want to come back to school. Don't tell me daddy I rang. Bye."

4. Mon [[2 Nov|date]] 07:55, from [[07415 668 203|phone]] (0 min 22 s)
"[[John McDonagh|name]]. I hear yous are ringing my wife. Any business with my family, you come to me. That's all."

5. Mon [[2 Nov|date]] 12:40, from [[07946 318 052|phone]] (1 min 03 s)
"Good afternoon, this is Sister [[Bernadette Healy|name]] from the Traveller chaplaincy in [[Doncaster|place]], I'm ringing about
the [[McDonagh|name]] girl, [[Bridget|name]]. Her aunt, [[Winnie Maughan|name]], rang me from [[Rathkeale|place]] - that's in
Limerick - worried. [[Winnie|name]]'s number is [[+353 69 64 218|phone]]... sorry, [[+353 86 402 7718|phone]]. I'll be at the site at
[[Thorne|place]] on Thursday the [[5th|date]] if you want to meet me there. My number is this one. Thank you, [[Ruth|name]]."
[BSO note: spelling of the surname checked with Sister [[Healy|name]].]
""",
    ),
]

DOCS_C += [
    (
        "health visitor's handwritten contact sheet, scanned and OCR'd into the record",
        """[OCR of scanned document - HV contact sheet p.2 - quality: fair. Uploaded [[04/11/2026|date]] by [[K.Rusling|name]], admin]

RDaSH 0-19 SERVICE    CONTACT RECORD (continuation)
NAME: [[McDONAGH  Mary-EIlen|name]]        D.O.B. [[29 / 09 / 22|dob]]        NHS No. [[880 755 1365|nhs]]
ADDRESS: [[Plot 6|address]]  [[Moor  Edge Site|address]], [[Thorne|place]]

[[3.11.26|date]]   Home visit (trailer) with Mum [[Kathleen|name]]. M-E seen, walkinq well,
          healed cut R foot (glass, [[31/10|date]] per Mum). No sign of infection. Dad not present.
          Teeth: visible decay upper front x4, Mum says "she had a bottle in the bed till she was
          3". Not registered with a dentist - Mum says none in [[Thorne|place]] will take them.
          Gave list; will ask Dr [[Aslam|name]] at Thorne Moor Medical Practice re urgent referral.
          Sister [[Bridg
et|name]] (14) minding M-E and [[Pat-
rick|name]] when Mum at the clinic - Mum says only "an hour or two". Granny
          [[Joyce|name]] on the phone (Ireland) during visit - wants the girls over for
          Christmas.  Neighbour Mrs [[B. Connors|name]] called in; Mum asked her to
          leave before we talked.
          Plan: revisit [[17.11|date]]; liaise [[R Pashley|name]] SW ([[01302 853 419|phone]]).
          [[C.Drabble|name]] HV  (Band 6)   [signature]
""",
    ),
    (
        "strategy meeting minutes, harmful practices and domestic abuse",
        """HATFIELD CHASE COUNCIL - STRATEGY MEETING (s.47) - MINUTES
Re: [[Bridget McDONAGH|name]] ([[8 May 2012|dob]]), [[Patrick McDONAGH|name]] ([[17 March 2015|dob]]), [[Mary-Ellen McDONAGH|name]]
([[29 September 2022|dob]])
Held [[5 November 2026|date]], 10:00, by Teams.
Chair: [[Wendy Thackray|name]] (Team Manager). Present: [[Ruth Pashley|name]] (SW); DS [[Mark Fielden|name]] (South Yorkshire Police,
Public Protection); [[Claire Drabble|name]] (HV); [[Stephen Hirst|name]] (DSL, [[Thorne Moorlands|school]]); [[Siobhan Kiely|name]] (GRT
Education). Minutes: [[Carly Exley|name]].

1. Information shared
- Police: call from a neighbour, Mrs [[Bridie Connors|name]], at 22:31 on [[31/10/2026|date]] about shouting and breaking glass
  at [[Plot 6|address]]; officers attended at 23:40, [[John McDonagh|name]] had left in a silver Transit ([[YC68 WPN|vehicle]]). Two
  previous call-outs (2024, 2025), both "verbal only". [[Johnny|name]]'s brother [[Michael McDonagh|name]] has a conviction for a
  forced-marriage-related offence in Ireland (to be checked with An Garda Síochána through the liaison officer).
- School: [[Bridget|name]] off since [[12 October|date]]; concerns about a possible marriage arrangement in Ireland.
- HV: [[Mary-Ellen|name]]'s dental decay; the cut foot has healed.
- SW: [[Bridget|name]] rang on [[1 Nov|date]] saying she wants to come back to school. Granny [[Nora Joyce|name]] offers a home in
  [[Tuam|place]].

2. Decisions
- Section 47 enquiry for all three children. Joint visit SW and DS [[Fielden|name]], [[6/11|date]].
- Forced Marriage Unit to be consulted today; consider a Forced Marriage Protection Order if there is any plan to take
  [[Bridget|name]] abroad. School to alert if she is absent again.
- [[Bridget|name]] to be seen alone at school, with Ms [[Kiely|name]], whom she trusts.
- Dental referral via Dr [[Aslam|name]].
- [[Patrick|name]] to be seen at [[St Oswin's Catholic Primary School|school]] by Mrs [[Maguire|name]] and the SW, [[9 Nov-
  ember|date]].
- Ms [[Kiely|name]] to ask the Irish Traveller Movement in Britain for a worker who knows families in [[Tuam|place]] and
  [[Rathkeale|place]]; Mrs [[Joyce|name]]'s home at [[4 Bishop Street|address]] to be checked by Tusla through the ICPC route.
- Next meeting: [[19 November 2026|date]]. Actions to [[Wendy Thackray|name]] by Friday [[13th|date]].

Post-meeting note ([[6.11.26|date]], [[R. Pashley|name]]): seen [[Bridget|name]] alone at school with Ms [[Kiely|name]]. She said her daddy
told her she is "promised" to [[Martin Joyce|name]] (17) from [[Athenry|place]], her second cousin, and that she is to go over
for Christmas and "stay". She said "I don't want to be married, I want to be a hairdresser." Her mobile [[07806 214 379|phone]].
[[Kathleen|name]] (mobile [[07881 602 947|phone]]) told me later, crying, that she did not agree to it.
""",
    ),
]


# --- D. Gowland / Dinsdale family (white British), Horden, County Durham -----------------------------------------------------

HOME_D = d.Address("22 Eleventh Street", "Horden", "Peterlee", "SR8 4QF")
NAN_D = d.Address("5 Office Street", "Easington Colliery", "Peterlee", "SR8 3PP")
DAD_D = d.Address("Flat 3, 17 Yoden Way", "", "Peterlee", "SR8 1AL")
RECORD_D = d.CaseRecord(
    [
        _p("c", "subject", [("Hallie", "Gowland-Dinsdale")], dt.date(2026, 7, 15), addresses=[HOME_D], ids=["3819214895"]),
        _p(
            "s",
            "sibling",
            [("Kaiden", "Gowland")],
            dt.date(2021, 4, 2),
            addresses=[HOME_D],
            ids=["7123281780", "D840853596258"],
            schools=["Horden Dene Primary School"],
        ),
        _p(
            "m",
            "mother",
            [("Stacey", "Gowland")],
            dt.date(2003, 2, 11),
            addresses=[HOME_D],
            phones=["07538 914 726"],
            ids=["PH 62 19 03 A"],
        ),
        _p("f", "father", [("Craig", "Dinsdale")], dt.date(2000, 9, 9), addresses=[DAD_D], phones=["07306 481 925"]),
        _p("g", "grandparent", [("Michelle", "Gowland")], dt.date(1978, 5, 27), addresses=[NAN_D], phones=["0191 586 3147"]),
        _p("p1", "professional", [("Lauren", "Hedley")], emails=["lauren.hedley@durhamcoast.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "child and family assessment, extract (family history, the baby's daily care, analysis)",
        """DURHAM COAST COUNCIL - CHILD AND FAMILY ASSESSMENT (extract)
Children: [[Hallie Gowland-Dinsdale|name]] (born [[15/07/2026|dob]], NHS [[381 921 4895|nhs]]); [[Kaiden Gowland|name]] (born
[[02/04/2021|dob]])
Address: [[22 Eleventh Street|address]], [[Horden|place]], [[Peterlee|place]], [[SR8 4QF|postcode]]
Assessing worker: [[Lauren Hedley|name]]. Started [[14 September 2026|date]]; completed [[2 October 2026|date]].

Family history. [[Stacey|name]] (23) grew up in [[Easington Colliery|place]] with her mam, [[Michelle Gowland|name]], and sister
[[Crystal|name]]; she was herself on a plan as a child (2012-13, neglect). [[Kaiden|name]]'s father, [[Jordan Errington|name]],
lives in [[Seaham|place]] and has not seen him since 2023. [[Hallie|name]]'s father is [[Craig Dinsdale|name]] (26), who has a flat
on [[Yoden Way|address]] in [[Peterlee|place]] and stays at [[Eleventh Street|address]] "most nights". [[Craig|name]] would not
take part in the assessment beyond one phone call ([[07306 481 925|phone]]).

Daily care of the baby. On three visits the home was cluttered with unwashed bottles and bags of clothes on the stairs;
the Staffy, "Tank", sleeps in the front room. [[Hallie|name]] sleeps in her parents' bed; the Moses basket is
full of washing. There was a strong smell of cannabis on [[22/9|date]]. [[Stacey|name]] says [[Craig|name]] smokes "in the yard"
only. HV [[Gemma Tindale|name]] reports [[Hallie|name]] has dropped from the 50th to the 9th centile and missed her 8-week check at
Horden Health Centre on [[9 September|date]].

[[Kaiden|name]] (5, reception at [[Horden Dene Primary School|school]]) was sent in with no coat or lunch on four days in
September. His teacher Miss [[Amber Scollen|name]] says he "hoards" bread from the breakfast club.

Analysis. [[Stacey|name]] loves her children and is warm with them; she is isolated, her benefits were sanctioned in
August, and she is afraid of [[Craig|name]], who controls her phone and money (her sister's messages, below). Her mam
offers support from [[5 Office Street|address]], [[Easington Colliery|place]] ([[0191 586 3147|phone]]). Recommendation: the
threshold for a s.47 enquiry is met (safe sleep, weight, neglect, coercive control).

Genogram notes (from [[Michelle|name]], [[29/09/2026|date]]): [[Michelle Gowland|name]] ([[27.05.1978|dob]]),
[[Easington Colliery|place]]; her partner
[[Brian Tate|name]]; daughters [[Stacey|name]] and [[Crystal|name]] ([[Crystal Gowland|name]], 25, [[Seaham|place]], mobile
[[07725 803 164|phone]]);
[[Stacey|name]]'s late grandad [[Ronnie Gowland|name]] (pitman at [[Horden|place]], died 2019); [[Craig|name]]'s mother
[[Tracey Dinsdale|name]]
of [[Shotton Colliery|place]]; [[Craig|name]]'s brother [[Liam Dinsdale|name]] (in HMP Durham). Family friend [[Pauline Bell|name]], who
runs the community pantry, "knows everybody".
""",
    ),
    (
        "Facebook Messenger chat between two sisters, screenshots given to the social worker and typed up",
        """Screenshots given to [[Lauren Hedley|name]] by [[Crystal Gowland|name]] on [[28.9.2026|date]]. Typed exactly; names as shown
on [[Crystal|name]]'s phone.

[[Stacey Gowland|name]]
[[21 SEP|date]] AT 23:04
[[Stacey Gowland|name]]: is me mam still up
[[Crystal Gowland|name]]: aye why
[[Stacey Gowland|name]]: [[craig|name]] has took me bank card again n the leccy is on 40p
[[Crystal Gowland|name]]: ffs [[stace|name]]. am comin round
[[Stacey Gowland|name]]: NO hes here. hell go mad
[[Crystal Gowland|name]]: wor [[kaiden|name]] ok?
[[Stacey Gowland|name]]: hes asleep on the settee wi tank
[[Crystal Gowland|name]]: haway man. tell [[lauren|name]] the social about him
[[Stacey Gowland|name]]: she'll tek [[hallie|name]] off us. [[chelsea|name]] off the estate said they tuk hers
[[Crystal Gowland|name]]: thats cos [[chelsea|name]] was on the brown. ur not
[[Stacey Gowland|name]]: am not daft [[cryst|name]]

[[22 SEP|date]] AT 08:15
[[Crystal Gowland|name]]: sent u £20 on the app. dont tell him
[[Stacey Gowland|name]]: ta. hes gone to his mams in [[shotton|place]]
[[Crystal Gowland|name]]: come to mams. ill get [[kaiden|name]] from [[horden dene|school]]
[[Stacey Gowland|name]]: ok. [[hallie|name]] has got a rash on her back
[[Crystal Gowland|name]]: get her to the chemist on [[blackhills rd|address]] then
""",
    ),
]

DOCS_D += [
    (
        "police public protection notice (concern for welfare), the officer's form",
        """DURHAM CONSTABULARY - PUBLIC PROTECTION NOTICE (PPN1) - CHILD CONCERN
Officer: PC 1472 [[Nathan Wilkinson|name]]   Station: [[Peterlee|place]]   Date/time of incident: [[10/10/2026|date]] 02:20
Location: [[22 Eleventh St|address]], [[Horden|place]] [[SR8 4QF|postcode]]
Reason for attendance: 999 from a neighbour, Mr [[Derek Bowes|name]] ([[no. 20|address]]), reporting a baby "screaming for an hour"
and a man shouting.

Persons present:
1. [[GOWLAND, Stacey|name]] -- DOB [[11/02/2003|dob]] -- mobile [[07538 914 726|phone]] -- NI [[PH 62 19 03 A|ni]]
2. [[DINSDALE, Craig|name]] -- DOB [[09/09/2000|dob]] -- address given [[Flat 3, 17 Yoden Way|address]], [[Peterlee|place]]
[[SR8 1AL|postcode]]
3. [[GOWLAND-DINSDALE, Hallie|name]] -- DOB [[15/07/2026|dob]] (infant)
4. [[GOWLAND, Kaiden|name]] -- DOB [[02/04/2021|dob]] (child)

Account: On arrival the baby was crying in a bouncer in the front room; no adult was in the room. Strong smell of
cannabis. The mother came down from upstairs; she appeared to have been crying and had a red mark to her left cheek,
which she said was "from the baby's hand". The male, [[DINSDALE|name]], was in the back yard and was abusive to officers.
[[Kaiden|name]] was awake on the landing and said "[[Craig|name]] shouted at Mammy and banged the door". Small amount of
cannabis seized; [[DINSDALE|name]] was given a warning. He left in a taxi to his mother's in [[Shotton Colliery|place]].
Vehicle on the street linked to him: blue Corsa [[NK17 FZD|vehicle]].

Risk (DASH not completed - mother declined): MEDIUM. Grandmother [[Michelle Gowland|name]] attended at 02:55 from
[[Easington Colliery|place]] and stayed the night.
Referred to: First Contact, [[10.10.26|date]] 04:10.
""",
    ),
    (
        "core group meeting minutes",
        """Core Group Meeting - [[Hallie Gowland-Dinsdale|name]] and [[Kaiden Gowland|name]]
Date: Tue [[17th Nov 2026|date]]   Venue: Horden Family Hub, [[Sunderland Road|address]]   Minutes: [[Lauren Hedley|name]] (SW)

Present: [[Stacey Gowland|name]] (mum); [[Michelle Gowland|name]] (maternal nan); [[Gemma Tindale|name]] (HV); Miss [[Amber Scollen|name]]
([[Horden Dene|school]]); [[Jess Lamb|name]] (family worker, Horden Family Hub); [[Lauren Hedley|name]] (SW).
Not present: [[Craig Dinsdale|name]] (invited by text to [[07306 481 925|phone]]; no reply).

Progress on the plan:
- Safe sleep: a cot was delivered on [[3 Nov|date]] from the baby bank in [[Sunderland|place]]. [[Gemma|name]] saw [[Hallie|name]] asleep in
  it on [[12/11|date]]. Weight up to the 25th centile. Good.
- [[Kaiden|name]]: 97% attendance since half term; comes with a coat and packed lunch. Miss [[Scollen|name]] says he is "a different
  lad". He has started the Lego club with Mr [[Bell|name]].
- Home: the stairs are clear; [[Stacey|name]]'s nan's old washing machine is in. [[Michelle|name]] visits daily.
- Domestic abuse: [[Stacey|name]] has started the Freedom Programme at the hub with [[Jess|name]]. She has a new phone, number
  kept on file only. [[Craig|name]] is bailed not to enter [[Eleventh Street|address]] until [[8 December|date]].
- Money: sanction overturned; help with the electric from the [[Horden|place]] community pantry.

Actions:
- [[Lauren|name]]: write to [[Craig|name]] at [[Flat 3,
  17 Yoden Way|address]] offering a meeting, by [[20/11|date]].
- [[Gemma|name]]: weigh [[Hallie|name]] fortnightly at the clinic at [[Horden|place]]; next [[1st Dec|date]].
- [[Jess|name]]: benefits check with [[Stacey|name]] (NI [[PH 62 19 03 A|ni]]) at the hub on [[24.11.26|date]].
- [[Michelle|name]]: to go with [[Stacey|name]] to the dentist in [[Easington
  Village|place]] on [[26 November|date]].
- [[Stacey|name]]'s sister [[Crystal|name]] (not present) has offered to have [[Kaiden|name]] at [[Seaham|place]] on Saturdays.

Next core group: [[15 December 2026|date]], 1.30 pm.
""",
    ),
]


# --- E. Nguyễn / Trần family (Vietnamese), North Ormesby, Middlesbrough ----------------------------------------------------

HOME_E = d.Address("31 Derwent Street", "North Ormesby", "Middlesbrough", "TS3 6LR")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Gia Bảo", "Trần")],
            dt.date(2018, 11, 20),
            addresses=[HOME_E],
            ids=["5876661538", "V806259706008"],
            schools=["Ormesby Beck Primary School"],
        ),
        _p("s", "sibling", [("Ngọc Vy", "Trần")], dt.date(2024, 5, 6), addresses=[HOME_E], ids=["8599858157"]),
        _p("m", "mother", [("Thị Lan", "Nguyễn")], dt.date(1994, 3, 8), addresses=[HOME_E], phones=["07894 112 563"]),
        _p("f", "father", [("Văn Minh", "Trần")], dt.date(1989, 12, 1), addresses=[HOME_E]),
        _p("g", "grandparent", [("Thị Hoa", "Phan")], dt.date(1968, 2, 2), phones=["+84 912 345 678"]),
        _p("p1", "professional", [("Ellie", "Marwood")], phones=["01642 247 831"], emails=["ellie.marwood@teesmouth.gov.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "National Referral Mechanism referral, the police first responder's form (extract)",
        """NATIONAL REFERRAL MECHANISM - ADULT REFERRAL (with dependent children) - FIRST RESPONDER: Cleveland Police
Potential victim: [[NGUYỄN Thị Lan|name]] (uses "[[Lan Nguyen|name]]" on her bank card)   DOB [[08/03/1994|dob]]   Nationality: Vietnamese
Current address: [[31 Derwent Street|address]], [[North Ormesby|place]], [[Middlesbrough|place]] [[TS3 6LR|postcode]]   Tel
[[07894 112 563|phone]]
Dependants: [[TRẦN Gia Bảo|name]] (m, [[20.11.2018|dob]]); [[TRẦN Ngọc Vy|name]] (f, [[06.05.2024|dob]])
Consent: YES (given [[27/10/2026|date]], through interpreter [[Đỗ Thu Trang|name]], by telephone)   Completed by: DC [[Rachel Sowerby|name]]

Account (summary of the potential victim's own words):
Born in a village near [[Vinh|place]], Nghệ An... [interpreter: "Nghệ An is the province", not a town] ... she was promised
work in a nail salon in [[Paris|place]] by a woman from [[Cửa Lò|place]] in 2019 and owed "700 million dong" (about £22,000) for
the journey. She was moved by lorry from [[Calais|place]] to [[Birmingham|place]] and then to a nail bar in [[Stockton|place]]
("[[Kim|name]]'s
Nails", [[High Street|address]]), where she has worked 10-12 hours a day, six days, for £150 a week cash. The owner, known
to her only as "anh [[Tuấn|name]]", takes her wages "for the debt". Her partner [[TRẦN Văn Minh|name]] was
arrested on [[19 October 2026|date]] at a cannabis grow at [[14 Cobden Street|address]], [[Thornaby|place]] and is on remand at HMP
Holme House. She says [[Minh|name]] was also brought over "by the same people".

Children: [[Bảo|name]] (7) is at [[Ormesby Beck Primary School|school]]; [[Vy|name]] (2) is minded by a neighbour, "chị [[Hằng|name]]" at
[[no. 27|address]], while [[Lan|name]] works. Her mother, [[Phan Thị Hoa|name]], lives in [[Vinh|place]] ([[+84 912 345 678|phone]]) and
has been
threatened by the lenders.
Indicators: debt bondage; withheld wages; restricted movement; fear of reprisals against family abroad.
Other people named: "[[Tuấn|name]]" (believed [[Lê Anh Tuấn|name]], 41, of [[Acklam|place]], owner of two nail bars); the woman who
arranged the journey, "cô [[Thủy|name]]" ([[+84 983 406 217|phone]]); a driver called "[[Hùng|name]]" who took her from [[Birmingham|place]]
to [[Stockton-on-Tees|place]] on [[3 March 2020|date]]. Children's social care informed [[27/10/2026|date]] ([[Ellie Marwood|name]],
[[01642 247 831|phone]]). Safe house offered and declined; she wants to stay near [[Bảo|name]]'s school and "chị [[Hằng|name]]" at
[[27 Derwent St|address]].
""",
    ),
]

DOCS_E += [
    (
        "Zalo messages on a mother's phone, shown to the social worker and translated from Vietnamese",
        """Zalo chats on [[Lan|name]]'s phone, shown to [[Ellie Marwood|name]] (SW) on [[29 Oct 2026|date]]; translated by
[[Đỗ Thu Trang|name]] (interpreter).
Names as saved on the phone. Vietnamese first, English in brackets.

-- "Mẹ" (Mum, [[+84 912 345 678|phone]]) --
[[25/10/2026|date]] 21:02 Mẹ: [[Lan|name]] ơi, bọn nó lại đến nhà. Nói mẹ phải trả thay con.
  ([[Lan|name]], they came to the house again. They said I must pay instead of you.)
[[25/10/2026|date]] 21:05 [[Lan|name]]: Mẹ đừng mở cửa. Con gửi tiền tuần sau.
  (Mum, don't open the door. I'll send money next week.)
[[26/10/2026|date]] 06:40 Mẹ: Bé [[Bảo|name]] có khỏe không? Cho mẹ xem ảnh bé [[Vy|name]].
  (Is little [[Bảo|name]] well? Show me a photo of little [[Vy|name]].)

-- "[[Hằng|name]] hàng xóm" ([[Hằng|name]] the neighbour, [[07746 290 518|phone]]) --
[[27/10/2026|date]] 19:55 [[Hằng|name]]: Em ơi mấy giờ về? [[Vy|name]] sốt rồi
  (What time are you back? [[Vy|name]] has a fever)
[[27/10/2026|date]] 19:58 [[Lan|name]]: 10h chị ơi. [[Tuấn|name]] không cho về sớm
  (10 o'clock. [[Tuấn|name]] won't let me leave early)
[[27/10/2026|date]] 20:30 [[Hằng|name]]: [[Bảo|name]] ăn mì ở nhà chị rồi. Thằng bé khóc tìm bố
  ([[Bảo|name]] has had noodles at mine. The boy is crying for his dad)

-- "[[Tuấn|name]] [[Kim|name]] Nails" ([[07521 336 087|phone]]) --
[[28/10/2026|date]] 08:10 [[Tuấn|name]]: Hôm nay làm đến 9h. Nghỉ là trừ 50 bảng.
  (Today work till 9. If you take time off it's minus 50 pounds.)
[[28/10/2026|date]] 08:12 [[Tuấn|name]]: Đừng nói chuyện với cảnh sát. Nhà mày ở [[Vinh|place]] tao biết.
  (Don't talk to the police. I know your family's house in [[Vinh|place]].)

Interpreter's note: "ơi" is a way of calling someone, not a name; "Mẹ" means Mum; "chị" (older sister) and "em" (younger
sibling) are forms of address.
""",
    ),
]

DOCS_E += [
    (
        "primary school's safeguarding log entries (CPOMS export) about a boy of 7",
        """CPOMS - [[Ormesby Beck Primary School|school]] - incidents for [[Gia Bao Tran|name]] (known as "[[Bao|name]]", Year 3) -
exported [[30/10/2026|date]]
UPN [[V806259706008|upn]]   DOB [[20-11-2018|dob]]   EAL: Vietnamese (stage B)   Parent: Ms [[Lan Nguyen|name]] [[07894 112 563|phone]]

[[14/09/2026|date]] 15:45 [[M. Atkinson|name]] (class teacher): [[Bao|name]] not collected. Mum arrived 17:20, said the bus from
[[Stockton|place]] was late. [[Bao|name]] had eaten nothing since lunch; gave toast.
[[21/09/2026|date]] 08:50 [[K. Verrill|name]] (TA): [[Bao|name]] arrived alone, said he walked from "[[Derwent St|address]]" with his
sister in
her buggy and left her with "Auntie [[Hang|name]]". Across [[Longlands Road|address]] on his own.
[[05/10/2026|date]] 10:30 [[M. Atkinson|name]]: Drawing in class of "Daddy in the hot house with the plants and lamps". When asked,
he said Daddy sleeps at the "plant house" in [[Thornaby|place]] and comes home on Sundays. Passed to DSL.
[[05/10/2026|date]] 11:15 [[Sam Kirtley|name]] (DSL): Spoke to [[Bao|name]] with [[Minh Anh Le|name]] (Year 6, Vietnamese speaker, with her
mum's consent) helping with words. Referred to Children's Hub. Ref given.
[[20/10/2026|date]] 09:05 [[M. Atkinson|name]]: [[Bao|name]] upset - "Daddy gone with police". Tired, hungry. Breakfast club.
[[22/10/2026|date]] 15:30 [[Sam Kirtley|name]]: SW [[Ellie Marwood|name]] visited school and saw [[Bao|name]]. Plan: free breakfast and
after-school club (Mum's hours), Vietnamese-speaking mentor from the Teesside refugee project, Mr [[Hoàng|name]].
[[29/10/2026|date]] 12:00 [[K. Verrill|name]]: [[Bao|name]] told me his bà in Việt Nam "is scared of bad men". Passed to DSL.
""",
    ),
    (
        "social worker's statement to the family court (extract)",
        """IN THE FAMILY COURT SITTING AT MIDDLESBROUGH                                Case no. MB26C00417
Re: [[Gia Bảo TRẦN|name]] (a boy, born [[20 November 2018|dob]]) and [[Ngọc Vy TRẦN|name]] (a girl, born [[6 May 2024|dob]])
STATEMENT OF [[ELLIE MARWOOD|name]], SOCIAL WORKER, TEES MOUTH COUNCIL                       Dated [[18th November 2026|date]]

1. I am the allocated social worker for [[Bảo|name]] and [[Vy|name]] and have been since [[6 October 2026|date]]. This statement
   supports the local authority's application for an interim supervision order; the local authority does not seek to
   remove the children from their mother.
2. The children's mother is Ms [[Thị Lan Nguyễn|name]] (she writes her name "[[Nguyen Thi Lan|name]]" on English forms). Their
   father, Mr [[Văn Minh Trần|name]], is remanded at HMP Holme House pending trial for cannabis production at
   [[14 Cobden Street|address]], [[Thornaby-on-Tees|place]].
3. On [[27 October 2026|date]] Ms [[Nguyễn|name]] was referred into the National Referral Mechanism by DC [[Rachel Sowerby|name]] of
   Cleveland Police. A positive reasonable grounds decision was made on [[3 November 2026|date]].
4. I have visited the home at [[31 Derwent Street|address]] six times. It is clean and warm; there is food. The children
   are close to their mother and to the neighbour who minds [[Vy|name]], Mrs [[Đặng Thị Hằng|name]] of [[27 Derwent Street|address]],
   whom I have checked (no concerns).
5. The risks are that Ms [[Nguyễn|name]] is still being controlled by the people she owes, that she has worked hours that left
   [[Bảo|name]] (7) unsupervised and [[Vy|name]] (2) with informal carers, and that the lenders have threatened her mother
   [[Phan Thị Hoa|name]] in [[Vinh|place]]. Since [[4 November|date]] Ms [[Nguyễn|name]] has not returned to the nail bar; she
   is supported by Hestia's modern slavery service and is living on subsistence.
6. I respectfully ask the court to make an interim supervision order.
Statement of truth signed: [[E Marwood|name]]
""",
    ),
]


# --- F. Atkinson / Wiśniewski family (white British and Polish), Goole, East Riding --------------------------------------------

HOME_F = d.Address("Flat 2, 46 Pasture Road", "", "Goole", "DN14 6BP")
NAN_F = d.Address("9 Beast Fair", "", "Snaith", "DN14 9HQ")
BABCIA_F = d.Address("ul. Grunwaldzka 112/5", "", "Gdańsk", "80-244")
RECORD_F = d.CaseRecord(
    [
        _p("c", "subject", [("Oliwia", "Wiśniewska")], dt.date(2025, 10, 30), addresses=[HOME_F], ids=["1646721632"]),
        _p(
            "m",
            "mother",
            [("Chloe", "Atkinson")],
            dt.date(2003, 6, 14),
            addresses=[HOME_F],
            phones=["07931 406 772"],
            ids=["7070311605", "JT 55 80 12 D"],
        ),
        _p(
            "f",
            "father",
            [("Kacper", "Wiśniewski")],
            dt.date(1997, 1, 22),
            addresses=[HOME_F],
            phones=["07412 958 306"],
            ids=["SN 71 04 93 B"],
        ),
        _p("g", "grandparent", [("Julie", "Atkinson")], dt.date(1975, 8, 8), addresses=[NAN_F], phones=["01405 720 611"]),
        _p("g2", "grandparent", [("Danuta", "Wiśniewska")], dt.date(1970, 4, 4), addresses=[BABCIA_F], phones=["+48 601 372 845"]),
        _p("p1", "professional", [("Priya", "Sandhu")], phones=["01482 396 500"], emails=["priya.sandhu@woldsouse.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "hospital safeguarding team's email to children's services, with the ward's first note pasted in",
        """From: [[Natalie Brough|name]] (Named Nurse, Safeguarding Children) <[[natalie.brough3@nhs.net|email]]>
Sent: Saturday, [[7 November 2026|date]] 11:52
To: Emergency Duty Team; [[Priya Sandhu|name]] <[[priya.sandhu@woldsouse.gov.uk|email]]>
Cc: Dr [[Femi Adeyemi|name]] <[[femi.adeyemi@nhs.net|email]]>
Subject: URGENT - 12-month-old with a skull fracture - [[Oliwia WISNIEWSKA|name]] DOB [[30/10/2025|dob]]

Dear EDT and [[Priya|name]],

[[Oliwia|name]] (NHS [[164 672 1632|nhs]]) was brought to the Emergency Department at Hull Royal Infirmary at 23:10 last night by
both parents, [[Chloe Atkinson|name]] (22) and [[Kacper Wiśniewski|name]] (29), of [[Flat 2, 46 Pasture Road|address]], [[Goole|place]]
[[DN14 6BP|postcode]]. CT shows a linear parietal skull fracture on the right. There are also two small bruises on the left
upper arm. The explanation given is a fall from the sofa (about 45 cm) onto a laminate floor "at about 8", while Dad was
in the kitchen and Mum was at her shift at the Tesco in [[Goole|place]]. The delay of three hours and the bruising mean a
child protection medical is needed; Dr [[Adeyemi|name]] will do this today on Ward 130.

From the ward's first note (Staff Nurse [[Amy Kitching|name]], [[06/11/26|date]] 23:58): "Dad quiet, spoke Polish on phone to his mum
(says she is in [[Gdańsk|place]]). Mum tearful, said '[[Kacper|name]] would never'. Maternal grandmother [[Julie|name]] arrived from
[[Snaith|place]] at 00:40. Baby settled, feeding."

Father's mobile [[07412 958 306|phone]]; mother's [[07931 406 772|phone]]. Police (Humberside, Child Protection Investigation Unit)
aware; DC [[Joanne Pybus|name]].
Kind regards, [[Natalie|name]]

----- Reply -----
From: [[Priya Sandhu|name]] <[[priya.sandhu@woldsouse.gov.uk|email]]>
Sent: [[07 November 2026|date]] 13:06
Thanks [[Natalie|name]]. EDT ([[Mark Lowther|name]]) has agreed with the parents that [[Oliwia|name]] stays on the ward and then goes
to maternal grandmother [[Julie Atkinson|name]] at [[9 Beast Fair|address]], [[Snaith|place]] ([[01405 720 611|phone]]) on discharge,
parents supervised. I have checked [[Julie|name]] and her partner [[Steve Fisher|name]]: nothing known. Strategy meeting
Mon [[9/11|date]] 10:00 - can Dr [[Adeyemi|name]] join? Paternal grandmother [[Danuta Wiśniewska|name]] is flying in from
[[Gdańsk|place]] to [[Doncaster|place]] airport on [[the 12th|date]]. [[Kacper|name]]'s NI is [[SN 71 04 93 B|ni]], for the police checks.
[[Priya|name]]
""",
    ),
]

DOCS_F += [
    (
        "child protection medical report, summary and opinion",
        """HULL UNIVERSITY TEACHING HOSPITALS - CHILD PROTECTION MEDICAL ASSESSMENT
Name: [[WIŚNIEWSKA, Oliwia|name]]       DOB: [[30.10.2025|dob]] (12 months)       NHS: [[1646721632|nhs]]
Address: [[Flat 2, 46 Pasture Rd|address]], [[Goole|place]]         GP: Goole and Howden Medical Practice
Examined: [[07/11/2026|date]], 14:00-15:30, Ward 130       Examining doctor: Dr [[Femi Adeyemi|name]], Consultant Paediatrician
Present: mother ([[Chloe Atkinson|name]]); maternal grandmother ([[Julie Atkinson|name]]); Staff Nurse [[Kitching|name]]. Father
declined to be present ("I will speak with police only"); a Polish interpreter, Mr [[Tomasz Zieliński|name]], was booked.
Referral: [[Priya Sandhu|name]], SW, and DC [[Pybus|name]].

History from mother: [[Oliwia|name]] is pulling to stand and cruises round furniture; not yet walking. Mum was at work 16:00-22:00
on [[6 November|date]]; [[Kacper|name]] had [[Oliwia|name]] alone. He rang her at 20:15 to say [[Oliwia|name]] had "fell off the settee"
and cried, then "went sleepy". Mum came home at 22:20, found a soft swelling over the right side of the head and they drove
to [[Hull|place]]. Previous: seen at [[Goole|place]] urgent treatment centre on [[14 Aug|date]] with a bruise to the cheek ("bumped on
the cot").
Health visitor ([[Rachel Haigh|name]]): up-to-date immunisations; no concerns raised before.

Findings: well-grown baby (weight 75th centile). 6 cm boggy swelling right parietal area. Two round bruises, 1 cm each, on
the left upper arm, 3 cm apart, consistent in pattern with fingertip grip. No other injury; skeletal survey and eyes
(ophthalmology, [[08.11.26|date]]) pending; bloods (clotting) normal.

Opinion: a short fall from a sofa can, rarely, cause a simple linear skull fracture; the delay in seeking help, the earlier
facial bruise in a non-mobile infant, and the fingertip bruising mean that an inflicted injury cannot be excluded. I
advise that [[Oliwia|name]] is not discharged to the care of either parent alone until the skeletal survey is reviewed.
Dr [[F. Adeyemi|name]], GMC 7140238    [[8 November 2026|date]]
""",
    ),
    (
        "a father's own written account in Polish, with the interpreter's translation",
        """[Handwritten on two sides of A4, handed by Mr [[Wiśniewski|name]] to DC [[Pybus|name]] and copied to children's services on
[[10 listopada 2026|date]]. Translation by [[Tomasz Zieliński|name]], interpreter.]

Ja, [[Kacper Wiśniewski|name]], ur. [[22.01.1997|dob]] w [[Gdańsku|place]], mieszkam w [[Goole|place]] od 2019 r. Pracuję jako kierowca
ciężarówki w firmie w [[Howden|place]]. W dniu [[6 listopada|date]] byłem sam z córką [[Oliwką|name]]. Położyłem ją na kanapie i poszedłem
zrobić mleko. Usłyszałem huk i płacz. Nigdy bym jej nie skrzywdził. Siniaki na ręce są od tego, że ją złapałem, kiedy
spadała - tak myślę. Zadzwoniłem do [[Chloe|name]] i do mamy w Polsce. Mama powiedziała, żeby czekać, bo dzieci często spadają.
To był błąd. Przepraszam.
Moja mama, [[Danuta Wiśniewska|name]], [[ul. Grunwaldzka 112/5|address]], [[80-244|postcode]] [[Gdańsk|place]], tel.
[[+48 601 372 845|phone]],
może przyjechać i pomóc. Mój kolega [[Paweł|name]] z pracy może to potwierdzić.
[[Kacper Wiśniewski|name]]

Translation:
I, [[Kacper Wiśniewski|name]], born [[22.01.1997|dob]] in [[Gdańsk|place]], have lived in [[Goole|place]] since 2019. I work as a lorry
driver for a firm in [[Howden|place]]. On [[6 November|date]] I was alone with my daughter [[Oliwka|name]] (diminutive of [[Oliwia|name]]).
I put her on the sofa and went to make milk. I heard a bang and crying. I would never hurt her. The bruises on her arm
are from when I grabbed her as she was falling - I think so. I rang [[Chloe|name]] and my mum in Poland. Mum said to wait,
because children often fall. That was a mistake. I am sorry.
My mother, [[Danuta Wiśniewska|name]], [address as above], can come and help. My colleague [[Paweł|name]] from work can confirm
this.
""",
    ),
    (
        "section 47 outcome letter to the parents",
        """WOLDS AND OUSE COUNCIL - Children and Families Service
Our ref: CF/0092713                                                                                   [[20 November 2026|date]]

Miss [[C. Atkinson|name]] and Mr [[K. Wiśniewski|name]]
c/o [[9 Beast Fair|address]]
[[Snaith|place]]
[[DN14 9HQ|postcode]]

Dear [[Chloe|name]] and [[Kacper|name]],

[[Oliwia|name]] - outcome of the child protection enquiry (section 47, Children Act 1989)

Thank you both for meeting me on Tuesday [[17 November|date]] at [[Julie|name]]'s house, with Mr [[Zieliński|name]] interpreting for
[[Kacper|name]]. I am writing to tell you the outcome, as promised.

The skeletal survey ([[9 November|date]]) and the eye examination found no other injuries. Dr [[Adeyemi|name]]'s final opinion
is that the skull fracture could have been caused by the fall [[Kacper|name]] described, but that the bruises on
[[Oliwia|name]]'s arm and the earlier bruise on her cheek in August remain unexplained. Humberside Police have
told me they are taking no further action.

Because of this, I will ask for an initial child protection conference, to be held on [[2 December 2026|date]] at
Goole Civic Centre. Until then the agreement we signed stays in place: [[Oliwia|name]] lives with her nan [[Julie|name]] in
[[Snaith|place]], and both of you may be with her there at any time while [[Julie|name]] or [[Chloe|name]]'s aunt
[[Dawn Fisher|name]] is present. [[Kacper|name]]'s mother, Mrs [[Danuta Wiśniewska|name]], is welcome to visit from [[Gdańsk|place]];
please give
me her dates so I can meet her.

If you disagree with anything in this letter you can ring me on [[01482 396 500|phone]] or write to me at
[[priya.sandhu@woldsouse.gov.uk|email]]. An advocate from the Family Rights Group can help you.

Yours sincerely,
[[Priya Sandhu|name]]
Social Worker
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 28 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:16 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "insp",
    "cllr",
    "hhj",
    "nurse",
    "sister",
    "our",
    "me",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "grandpa",
    "mum",
    "mummy",
    "mam",
    "mammy",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "granda",
    "da",
    "umm",
    "abu",
    "khalo",
    "khala",
    "ammo",
    "amo",
    "jiddo",
    "bibi",
    "haji",
    "sheikh",
    "bà",
    "bé",
    "ông",
    "cô",
    "chú",
    "chị",
    "anh",
    "em",
    "bác",
    "pani",
    "pan",
    "babcia",
    "dziadek",
    "ciocia",
    "wujek",
    "madam",
    "sir",
}
_AFTER = {"senior", "junior", "ji"}
_NOT_PLACES = {
    "england",
    "wales",
    "scotland",
    "britain",
    "great britain",
    "united kingdom",
    "uk",
    "yorkshire",
    "north yorkshire",
    "south yorkshire",
    "east yorkshire",
    "the east riding",
    "east riding",
    "county durham",
    "durham county",
    "teesside",
    "the north east",
    "north east",
    "ireland",
    "northern ireland",
    "co. galway",
    "county galway",
    "galway county",
    "co galway",
    "limerick",
    "county limerick",
    "galway",
    "iraq",
    "basra province",
    "vietnam",
    "viet nam",
    "việt nam",
    "nghe an",
    "nghệ an",
    "poland",
    "pomerania",
    "europe",
    "michigan",
    "usa",
    "america",
    "the netherlands",
    "netherlands",
    "france",
}

_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
