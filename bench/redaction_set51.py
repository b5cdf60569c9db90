"""Set 51: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set50.py,
redaction_set52.py, redaction_set53.py and their tests (written by other helpers at the same time), that did not run the detector
or any bench script that runs it, that ran no git command, and that looked at no detector output. One thing was seen in passing and
is said here: while this set was being checked, the detector module was being edited by someone else and for a moment did not
import, and the Python traceback of that failed import (printed by this set's own self-check, which imports the record
constructors) showed one line of a regular expression from detect.py; nothing was done with it. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the
docstrings only of bench/redaction_set7.py to redaction_set49.py (to see which towns, districts, estates and communities earlier
sets used as a family's home, and which document types), the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py, the line of bench/redaction_heldout.py's checker that checks UPNs with python-stdnum, and the
ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and
checked in small snippets (UPNs with python-stdnum). The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct
only the marking and say so here.

Six families in Hampshire, Dorset and the Isle of Wight, each from a town, district or estate no earlier set (7 to 49) used as a
family's home. Four of the kinds most common in children's social care: a white British family in Bishopstoke, Eastleigh, with a
grandmother in Fair Oak and a father in Calmore, Totton (Goddard / Flux; neglect and a hoarded, dirty house, a mother's post-natal
depression, a boy of 11 doing a baby's night bottles, a girl of 6 with no bed and decayed teeth, Graded Care Profile 2, a child in
need plan that is working), a white British family in Hamworthy, Poole, with a grandmother on Turlin Moor and a father living on
his boat at a marina (Tapper / Chubb; a boy of 15 missing to Weymouth and Portland on a county line, a sister of 12 who keeps in
touch by Snapchat, a mother's partner who has left), a young white British mother in East Cowes, Isle of Wight, with the baby's
father in Barton, Newport and a grandmother in Wootton Bridge (Hollis / Jolliffe; a bruised ear in a non-mobile baby of 16 weeks,
a torn frenulum and a rib fracture found on a skeletal survey, a father who tells the mother what to say), and a white British
army family on Picket Twenty, Andover, with a grandmother in Harnham, Salisbury and an aunt in Paderborn (Brading / Pike / Vogel; a
boy of 8 who rang 999 while his father strangled his mother after a deployment to Estonia, bail conditions, the Army Welfare
Service, an ELSA worry monster, a family group conference). Two from communities no earlier set used: a Uyghur refugee family in
Leigh Park, Havant, from Ghulja, with an uncle in Zeytinburnu, Istanbul (Tursun / Memet / Abdukerim; the children's family name is
their father's given name; a father without sleep since relatives disappeared in Xinjiang who hit his son of 9 with a belt, a girl
of 14 translating and carrying the house, a mother who wants no community interpreter), and a Venezuelan family from Maracaibo in
Somerford, Christchurch, with a grandmother in Maracaibo and an aunt in Madrid (Rondón / Salcedo / Mora; a girl of 16 sexually and
criminally exploited by a man of 24 from a car wash, a mother who cleans at night, a boy of 7 left alone asleep). 24 documents,
of types or in styles no earlier set used where that could be done: a strategy discussion record, a mother's WhatsApp voice notes
and a text in Uyghur (Arabic script) transcribed and translated by an interpreter, a primary school's CPOMS chronology export, a
social worker's letter to parents after a section 47 enquiry, a sexual health clinic's under-18 safeguarding proforma, Instagram
and WhatsApp messages OCR'd from screenshots (with OCR errors), a mother's own letter in Spanish with the council's translation,
an initial child protection conference report, a chronology of significant events, a mother's handwritten letter typed as
written, a Graded Care Profile 2 scoring sheet, child in need review minutes, a return home interview after a missing episode,
Snapchat messages typed up from a police handset download, MACE panel minutes, a social worker's notes typed fast on a phone, a
health visitor's SystmOne contact record, a police officer's pocket notebook scanned and OCR'd, a child protection medical report,
a Facebook Messenger chat typed up from a mother's phone, a 999 call transcript with a child caller, an Army Welfare Service
referral, a primary school's ELSA session log with the child's worry notes, and a family group conference plan.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library),
UK and foreign (Turkey, Venezuela, Spain, Germany); NHS numbers and UPNs pass their check digits (UPNs carry LA numbers that
python-stdnum accepts: 850, 835, 836, 921); NI numbers have a valid format. Councils are invented (Meon Water, Stour Bay, Medina),
and so are the schools (Barncroft Meadows Primary, Havant Downs Academy, Priory Quay Primary, Stoke Meadow Infant School, Itchen
Valley Academy, Harbourside Academy, Picket Twenty Primary), the GP practices (Staunton Surgery, Grove Surgery, Stokewood Surgery,
East Cowes Medical Centre), the interpreting agency (Southcoast Language Services) and the car wash (Kersey's Kleen); towns,
cities, villages, districts and estates, real colleges, hospitals, charities, police forces, the army, ferry companies, shops,
brands, apps and programmes are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode, place,
school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words stay outside the name span (Mr, Mrs,
Miss, Dr, PC, DC, DS, DI, Capt, Major, LCpl, Cpl, OP, née, Nan, Nanny, Auntie, Uncle, Grandad, Sra, señor; and after the name the
Uyghur "aka" (elder brother), "apa" (elder sister) and "tagha" (uncle): "[[Adil|name]] aka", "[[Nurgul|name]] apa",
"[[Erkin|name]] tagha"); a bare s in texting ("[[jade|name]]s") stays outside; every person's name is a name in every form, record
or not. "SURNAME, First" is one span ("MEMET, Ablikim", "BRADING, Harley"), and so is a surname with an initial after it ("Brading
J", "Harley B."); a collar number before a name ("PC 5512 [[R. Newnham|name]]") stays outside; a name broken by a line break is
one span holding the break, and so is an address, a place, a school or a date; usernames (bk.detailing_bmth, vale.src_,
kaichubbz_11) are not marked; a contact saved under a kinship word ("Mami") or as "Me" is not a name. A street address is one
span, its town a place, its postcode a postcode; a street named without a number is an address ("Barrack Road", "Broadway",
"Chickerell Road", "Leigh Road", "58. Sokak"), and so is a neighbour's bare flat or house number ("no. 16", "Flat 2", "no. 8");
towns, villages, districts and estates are places, at home or abroad and in any script ("Ghulja", "Yining", "غۇلجا", "Tierra
Negra", "Picket Twenty", "turlin moor"); countries, counties and regions are not ("Hampshire", "Dorset", "Isle of Wight",
"Xinjiang", "Turkey", "Estonia", "Germany", "Afghanistan"); organisations are not marked even when they hold a town's name ("Royal
Bournemouth", "Southampton General", "Hampshire Young Carers Alliance", "East Cowes Medical Centre", "Hamworthy Boxing Club",
"Tidworth Garrison", "Red Funnel"); a school's or college's name is a school, and so is its short form ("Havant Downs", "Stoke
Meadow", "harbourside", "Lansdowne" for a college campus); a date of birth is dob, any other calendar date with a day is date (a
weekday before it stays outside), and the bare day in a list ("[[8|date]], [[12|date]] and [[19 October|date]]"; a day with "of"
and a month is one date, "the [[12th of october|date]]") is a date span of its own; months and years alone and month ranges
("Mar-Sep 2026", "March-April", "Jun 2015") are not marked; helplines and out-of-hours numbers are not marked; pets' names (Peggy,
Bisket) are not names; class, ward and group names (Hazel, Kingfishers, Treetops) are not; a firm named after a person marks only
the name ("[[Kersey|name]]'s Kleen"); landmarks stay unmarked; a surname or first name that is also an English word or a town is
marked by what it refers to (Summer, Amber, Ivy, Pink, Fairweather, Fry, Haddock, Tiny, Hatch are names when they are people, and
"summer" the season is a word); a name in another script (Uyghur "گۈلنار", "دىلنۇر", "ئەركىن") is a name; a service, branch or
office named by its town marks the town ("[[Havant|place]] Area Office", "CAIT [[Havant|place]]", "[[Andover|place]] office",
"[[Andover|place]] response 2", "the [[Andover|place]] Tesco").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: in a Uyghur family where the
children's family name is the father's given name, "Memet" is a name wherever it appears; a nickname made of initials that the
family uses for a child ("TJ", "tj") is a name, but a bare initial a girl used for a man ("B") is not marked, like set 21's
initials; a street alias of an unidentified man ("Tiny", "tiny", and the county line named after him, "TINY") is a name; a
contact saved as a stretched form of a boy's name ("Kaiiii") is a name; the marina where a father lives on his boat ("Cobbs Quay",
"cobbs quay") is an address, as set 21's holiday park was; a headland named in a message ("Hengistbury", "Hengistbury Head") is a
landmark and stays unmarked, while the road in the location pin is an address; a place name garbled by OCR or misspelt in a
message ("sornerford", "bournmouth", "pokesdown") is a place; an address broken across a notebook's page break is two address
spans on either side of the page header ("52 Furr-" and "longs"); a house number in words ("twenty-seven Tilbury Walk") is part
of the address; a Spanish date ("18 de octubre de 2026", "5 de octubre") is one date span; "Andover Guildhall" is a venue and
stays unmarked; the mangled Spanish name of a country ("Ucrania") is a country; a police call, crime, PNB, hospital, service,
GMC, MASH, CPOMS and interpreter's registration number is not marked.

Self-check without the detector: `python -m bench.redaction_set51` (and tests/test_redaction_set51.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,068 gold spans, 601 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tursun / Memet family (Uyghur), Leigh Park, Havant ------------------------------------------------------------------

HOME_A = d.Address("14 Stockheath Road", "Leigh Park", "Havant", "PO9 5HE")
UNCLE_A = d.Address("Telsiz Mahallesi, 58. Sokak No: 12", "Zeytinburnu", "Istanbul", "34020")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Ablikim", "Memet")], dt.date(2017, 6, 22), addresses=[HOME_A], ids=["3882338466", "P850889893788"],
       schools=["Barncroft Meadows Primary School"]),
    _p("s", "sibling", [("Dilnur", "Memet")], dt.date(2012, 2, 9), addresses=[HOME_A], ids=["8788595641"],
       schools=["Havant Downs Academy"]),
    _p("s2", "sibling", [("Aygul", "Memet")], dt.date(2023, 4, 14), addresses=[HOME_A], ids=["6010840724"]),
    _p("m", "mother", [("Gulnar", "Tursun")], dt.date(1987, 5, 3), addresses=[HOME_A], phones=["07742 618 305"],
       ids=["5945730726", "SK 31 84 27 C"]),
    _p("f", "father", [("Memet", "Abdukerim")], dt.date(1983, 11, 19), addresses=[HOME_A], phones=["07581 204 966"],
       ids=["NB 62 40 19 A"]),
    _p("u", "other", [("Erkin", "Tursun")], None, addresses=[UNCLE_A], phones=["+90 532 418 27 63"]),
    _p("p1", "professional", [("Hannah", "Fairweather")], phones=["023 9247 3816"], emails=["hannah.fairweather@meonwater.gov.uk"]),
], "c")

DOCS_A = [
    ("strategy discussion minutes", """MEON WATER COUNCIL - CHILDREN'S SERVICES
STRATEGY DISCUSSION (s47 Children Act 1989) - RECORD
Child(ren): [[Ablikim MEMET|name]] (DOB [[22/06/2017|dob]]), [[Dilnur MEMET|name]] (DOB [[09/02/2012|dob]]), [[Aygul MEMET|name]]
(DOB [[14/04/2023|dob]])
Address: [[14 Stockheath Road|address]], [[Leigh Park|place]], [[Havant|place]] [[PO9 5HE|postcode]]
Date: Thursday [[8 October 2026|date]], 14:00-14:50, by Teams
Present: [[Hannah Fairweather|name]] (SW, chair pending TM), [[Rob Kemish|name]] (TM, joined 14:10), DC [[Priya Sandhu|name]]
(Hampshire and Isle of Wight Constabulary, CAIT [[Havant|place]]), [[Gareth Pink|name]] (DSL, [[Barncroft Meadows Primary|school]]),
[[Sarah-Louise Tull|name]] (school nurse), Dr [[Imran Qadir|name]] (named GP, Staunton Surgery)
Apologies: [[Havant Downs Academy|school]] (DSL Mrs [[Okoro|name]] - info sent by email)

1. Reason for the discussion
On Wednesday [[7 October|date]] at 15:20 [[Ablikim|name]] (9, Year 5) told his class teacher, Miss [[Belinda Roper|name]], that his
dad "hit me with the belt because I lied about the tablet". Mr [[Pink|name]] saw three parallel linear marks to the back of
the left thigh, about 8 cm long, red-purple, in the medical room with Miss [[Roper|name]] present. [[Ablikim|name]] said it
happened "on Monday night" ([[5 October|date]]). His sister [[Dilnur|name]] (14) was spoken to at her school the next morning
and said "it is not the first time" and that her father "gets angry since the news about my grandad".

2. Information shared
Police: no previous. One call on [[2/8/2026|date]] from a neighbour at [[no. 16|address]] (Mrs [[Janet Sperring|name]]) about
shouting; attended, words of advice, no offences. Father is [[Memet ABDUKERIM|name]] (DOB [[19/11/1983|dob]]); mother
[[Gulnar TURSUN|name]] (DOB [[03/05/1987|dob]], NI [[SK 31 84 27 C|ni]]). Both Uyghur, from [[Ghulja|place]]; arrived 2019, refugee status
2021.
Note for the record: the children's surname is their father's first name, as is usual in Uyghur families - [[Memet|name]] is
both the father's given name and the children's family name.
School: [[Ablikim|name]] - attendance 97%, bright, quiet, football-mad. Two earlier CPOMS entries (see the log). Sister
[[Dilnur|name]] - [[Havant Downs|school]] say she is tired, has been asking to stay late in the library, and on [[29 Sept|date]]
told the pastoral lead that her dad "stopped sleeping".
Health: father seen at Staunton Surgery [[14/09/26|date]] - low mood, nightmares, poor sleep; referred to Talking Therapies; he
said two of his brothers are "missing" in Xinjiang. Mother registered, no concerns; [[Aygul|name]] up to date with imms.
The school nurse knows the family through [[Dilnur|name]]'s eczema clinic.
Family abroad (from school and GP records): mother's brother [[Erkin Tursun|name]] in [[Istanbul|place]] ([[+90 532 418 27 63|phone]]),
mother's mother in [[Almaty|place]].

3. Decision
Threshold for a joint s47 enquiry met (single agency for now - police to decide on interview after the visit). Visit today after
school: [[Hannah|name]] with DC [[Sandhu|name]] and an interpreter (Uyghur; NOT a community member - agency only, at
the mother's earlier request). Child protection medical for [[Ablikim|name]] - Dr [[Ursula Fenn|name]], QA Hospital, booked
[[9 October 2026|date]] 10:00. [[Ablikim|name]] to stay with his mother tonight; father agreed (by phone to [[Rob|name]]) to stay
with a friend, [[Alim Hoshur|name]], at [[Flat 6, 31 Elmleigh Road|address]], [[Havant|place]], until Monday's review.
Minutes by [[H. Fairweather|name]], [[08.10.2026|date]]. Next: review strategy [[12/10/26|date]] 09:30.
"""),
    ("mother's WhatsApp voice notes to the interpreter, transcribed and translated from Uyghur", """TRANSCRIPT AND TRANSLATION - 4 voice
notes (WhatsApp) received by the agency interpreter and forwarded, with the
mother's consent, to the social worker. Uyghur (Arabic script where the mother typed) -> English.
Interpreter: [[Adil Qurban|name]], Southcoast Language Services, reg. SLS-4471. Translation completed [[11-10-2026|date]].

[[10/10/2026|date]], 21:14 - from "[[Gulnar|name]]" ([[07742 618 305|phone]]) - 0:52
"[[Adil|name]] aka, salam. Please tell the lady [[Hannah|name]] I could not say it in front of the police. My husband is not a bad man.
Since August he does not sleep. His brother [[Abdurehim|name]] is taken, we do not know where, and his father in [[Ghulja|place]]
the phone is off since June. He sits in the kitchen all night with the phone. [[Ablikim|name]] lied about the tablet and he
took the belt - in our village it is normal, but I know here it is not normal, I told him. I am not hiding anything."

[[10/10/2026|date]], 21:16 - text message, typed by the mother:
"[[گۈلنار|name]]. [[دىلنۇر|name]] سۆزلىمەيدۇ. ئۇ [[ئەركىن|name]] ئاكامغا تېلېفون قىلدى"
Translation: "[[Gulnar|name]]. [[Dilnur|name]] is not speaking [to me]. She phoned my brother [[Erkin|name]]."
(Interpreter's note: the first word is the mother's name, which she writes at the start of messages. I have translated
it as a name.)

[[10/10/2026|date]], 21:30 - 1:40
"Sorry to send again. [[Erkin|name]] in [[Istanbul|place]] says we should all come to him, to [[Zeytinburnu|place]], his flat
is [[58. Sokak|address]], there is room. But we have no passports, only the travel documents. [[Dilnur|name]] wants to go. She
says her dad is 'broken'. [[Aygul|name]] is fine, she only wants [[Nurgul|name]] from upstairs - [[Nurgul|name]] apa - she
takes her to the park in the mornings. Is it okay that [[Memet|name]] sees the children on Saturday at [[Alim|name]]'s flat?
I do not want to do something wrong."

[[11/10/2026|date]], 07:02 - 0:31
"Good morning. [[Memet|name]] went to the doctor himself at 8, to Dr [[Qadir|name]]. He wants to say sorry to [[Ablikim|name]].
Please tell me what time Monday. And please not the interpreter from [[Portsmouth|place]] mosque, people will talk."

Interpreter's notes: "aka" = older brother (a respectful address, used to me; not kinship). "apa" after a name = older sister /
auntie, a respectful word for the neighbour. The neighbour's name could be [[Nurgul|name]] or [[Nurgül|name]] - the mother said it
both ways. The village the mother calls "our village" is near [[Ghulja|place]] ([[Yining|place]]), [[غۇلجا|place]] in Uyghur.
"""),
    ("primary school's CPOMS safeguarding log export", """CPOMS - Student chronology export      School:
[[Barncroft Meadows Primary School|school]]      Exported by: [[G Pink|name]]
Student: [[MEMET, Ablikim|name]]   Year 5 (Hazel)   DOB [[22 Jun 2017|dob]]   UPN [[P850889893788|upn]]
Contacts: 1 [[TURSUN, Gulnar|name]] (mother) [[07742 618 305|phone]]; 2 [[ABDUKERIM, Memet|name]] (father) [[07581 204 966|phone]]
Siblings: [[Dilnur Memet|name]] ([[Havant Downs Academy|school]]); [[Aygul Memet|name]] (not school age)

[[17 Mar 2026|date]] 12:40 | Pastoral | [[Belinda Roper|name]]
  [[Ablikim|name]] upset at lunch, said other Y4 boys called him "Chinese virus". Spoken to all. Parents informed (mum, via [[Dilnur|name]]
  translating - NB do not use sibling, book interpreter next time). Actions: [[G Pink|name]] aware.
[[03 Jul 2026|date]] 09:05 | Attendance | [[Jackie Dore|name]] (office)
  Absent, mum texted "[[Ablikim|name]] sick" - second Friday in 3 wks. Phoned at 10:00 - no answer.
[[24 Sep 2026|date]] 15:30 | Safeguarding - low level | [[Tom Agbaje|name]] (TA)
  [[Ab|name]]. fell asleep in maths. Said "baba shouts at the phone all night". Lunch: ate two portions. Shared with DSL.
[[07 Oct 2026|date]] 15:20 | Safeguarding - physical injury | [[Belinda Roper|name]]  ** referred **
  Disclosure - see the body map and the MASH referral (ref. MASH/26/99120). Marks seen by [[G Pink|name]] and [[B Roper|name]].
  [[Ablikim|name]]: "baba hit me with the belt, three times, because I lied about the tablet. Mama was crying. [[Dilnur|name]] took
  me upstairs." Did not want to go home. Mum collected at 15:40 with [[Aygul|name]] and the neighbour's daughter, [[Lacey
Sperring|name]] ([[no. 16|address]]), who often helps.
[[08 Oct 2026|date]] 08:40 | Safeguarding | [[Gareth Pink|name]]
  Called by [[Hannah Fairweather|name]] (SW) [[023 9247 3816|phone]]. Strategy today 2pm. [[Ablikim|name]] in school, quiet, played
  football with [[Kyrie|name]] and [[Mason T|name]] at break.
[[09 Oct 2026|date]] 08:15 | Safeguarding | [[Gareth Pink|name]]
  Medical at QA this morning, mum and SW taking him. Father not at home (staying in [[Havant|place]] town with a friend).
[[13 Oct 2026|date]] 14:00 | Meeting | [[Gareth Pink|name]]
  Child protection conference invite for [[2/11|date]]. [[Ablikim|name]] asked if he can still go to the Uyghur Saturday class in
  [[Southampton|place]] (run by Mr [[Tohti|name]]) - told mum yes, ask SW.
[[20 Oct 2026|date]] 10:10 | Wellbeing | [[Tom Agbaje|name]]
  ELSA session 2. Drew his family: "baba, mama, [[Dilnur|name]], [[Aygul|name]], me, and [[Erkin|name]] tagha in Turkey."
"""),
    ("letter to the parents after the section 47 enquiry", """Meon Water Council - Children's Services, [[Havant|place]] Area Office,
Civic Centre
Road, [[Havant|place]] [[PO9 2AX|postcode]]

Private and confidential
Mrs [[Gulnar Tursun|name]] and Mr [[Memet Abdukerim|name]]
[[14 Stockheath Road|address]]
[[Leigh Park|place]]
[[Havant|place]]
[[PO9 5HE|postcode]]

[[23rd October 2026|date]]

Dear Mrs [[Tursun|name]] and Mr [[Abdukerim|name]],

About [[Ablikim|name]], [[Dilnur|name]] and [[Aygul|name]] - what our enquiry found and what happens next

Thank you for meeting me on [[8|date]], [[12|date]] and [[19 October|date]] with the interpreter, and for letting me talk to the
children on their own. This letter says what I found. A copy in Uyghur will follow from Southcoast Language Services.

What happened. On [[5 October 2026|date]] Mr [[Abdukerim|name]] hit [[Ablikim|name]] three times with a belt. The doctor at Queen
Alexandra Hospital, Dr [[Fenn|name]], said on [[9 October|date]] that the marks fit what [[Ablikim|name]] said. Mr [[Abdukerim|name]]
told me and DC [[Sandhu|name]] that he did it and that he is ashamed. The police have decided to give him a conditional caution.
[[Dilnur|name]] told me that her father has hit [[Ablikim|name]] with his hand twice before, in the summer.

What we also know. Mr [[Abdukerim|name]] is not sleeping and is very worried about his family in [[Ghulja|place]]. He has started
help from the GP and Talking Therapies. Mrs [[Tursun|name]] looks after the children very well, and the school and the school
nurse, [[Sarah-Louise|name]], say so too. [[Dilnur|name]] has been doing too much - translating, minding [[Aygul|name]], and
worrying. She said she would like to talk to somebody "not from our community".

What happens next. Because a child was hurt, and because it has happened more than once, we will hold an initial child
protection conference on Monday [[2 November 2026|date]] at 10:00 at the Civic Centre, [[Havant|place]]. You can bring a friend
or a supporter - you mentioned Mr [[Alim Hoshur|name]] or your neighbour Mrs [[Sperring|name]]. An interpreter will be there (a woman,
from outside [[Portsmouth|place]], as you asked). Until then, Mr [[Abdukerim|name]] has agreed to stay at Mr [[Hoshur|name]]'s flat
and to see the children at weekends with Mrs [[Tursun|name]] there. [[Dilnur|name]] will be offered a young carers' worker from
the Hampshire Young Carers Alliance.

If you are worried, ring me on [[023 9247 3816|phone]] or email [[hannah.fairweather@meonwater.gov.uk|email]]. Out of hours:
0300 555 1373.

Yours sincerely,
[[Hannah Fairweather|name]]
Social Worker, [[Havant|place]] Children's Assessment Team
cc [[Rob Kemish|name]] (Team Manager); Dr [[Imran Qadir|name]]; [[Gareth Pink|name]] ([[Barncroft Meadows|school]]); [[Havant Downs
Academy|school]]
"""),
]


# --- B. Rondón / Salcedo / Mora family (Venezuelan), Somerford, Christchurch -------------------------------------------------

HOME_B = d.Address("Flat 3, 22 Somerford Way", "Somerford", "Christchurch", "BH23 3PN")
ABUELA_B = d.Address("Calle 72 con Avenida 3E, Casa 14-55", "Tierra Negra", "Maracaibo", "4002")
TIA_B = d.Address("Calle de Toledo 88, 3º B", "", "Madrid", "28005")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Valentina", "Salcedo Rondón"), ("Valentina", "Salcedo")], dt.date(2010, 3, 5), addresses=[HOME_B],
       phones=["07946 330 571"], ids=["7001912875", "H835271640388"], schools=["Bournemouth and Poole College"]),
    _p("s", "sibling", [("Santiago", "Mora Rondón"), ("Santiago", "Mora")], dt.date(2019, 1, 18), addresses=[HOME_B],
       ids=["8078818483", "W835593028114"], schools=["Priory Quay Primary School"]),
    _p("m", "mother", [("Yusmary", "Rondón Pérez"), ("Yusmary", "Rondón")], dt.date(1990, 8, 27), addresses=[HOME_B],
       phones=["07415 902 638"], ids=["7056819966", "TH 27 59 13 B"]),
    _p("o", "other", [("Jhonny", "Mora")], dt.date(1988, 4, 2), addresses=[HOME_B], phones=["07853 116 720"]),
    _p("g", "grandparent", [("Carmen", "Pérez")], None, addresses=[ABUELA_B], phones=["+58 412 537 2910"]),
    _p("a", "other", [("Yelitza", "Rondón")], None, addresses=[TIA_B], phones=["+34 612 448 935"]),
    _p("p1", "professional", [("Marcus", "Beale")], phones=["01202 487 316"], emails=["marcus.beale@stourbay.gov.uk"]),
], "c")

DOCS_B = [
    ("sexual health clinic safeguarding proforma for an under-18", """UNDER 18s SAFEGUARDING PROFORMA (Spotting the Signs, adapted) -
Integrated Sexual Health, Royal Bournemouth site
Clinician: [[Nicola Dwyer|name]], Band 6 nurse   Date of attendance: [[28/09/2026|date]]   Seen: alone (friend waited outside)
Client: [[Valentina SALCEDO RONDÓN|name]] ("[[Vale|name]]")   DOB: [[5.3.2010|dob]]   Age: 16y 6m
Address given: [[Flat 3, 22 Somerford Way|address]], [[Christchurch|place]] [[BH23 3PN|postcode]]   Mobile: [[07946 330 571|phone]] (OK to
text: yes)
NHS no.: [[700 191 2875|nhs]]   GP: Grove Surgery   First language: Spanish (English good; declined an interpreter)
Reason for attending: emergency contraception and an STI screen; LMP [[3 September|date]]. Unprotected sex on [[26 Sept|date]].

Sexual partner(s):
  Name/nickname: "[[Brandon|name]]" / "B" - she later gave his full name as [[Brandon Kersey|name]]. Age: "24 I think".
  Where met: at the car wash on [[Barrack Road|address]] where she works Saturdays ("[[Kersey|name]]'s Kleen" per the friend? -
  unclear), also "parties at his mate's in [[Boscombe|place]]". Her friend outside: [[Daniela|name]] ("[[Dani|name]]", 16).
Risk indicators (tick): age gap >5 yrs [x]; gifts (phone, vapes, a Pandora bracelet) [x]; drugs/alcohol at parties [x]
  (cannabis, "pink cocaine" offered - she says she refused); partner controls phone / location [x] (Snap Map on, he "gets
  mad" if it is off); taken to places she did not know [x] ("a flat in [[Poole|place]]", "a hotel in [[Southampton|place]]");
  missing from home overnight [x] ([[12|date]]-[[13/09|date]]?); unexplained money [ ]; STI [pending]; sexting/images [x] (she says he
  has pictures "but he deleted them").
Her view: "He's my boyfriend, it's not like that. In [[Maracaibo|place]] my mum was with my dad at 15."
Home: lives with mum [[Yusmary|name]], mum's partner [[Jhonny|name]] and brother [[Santi|name]] (7). "Mum works nights
  cleaning at the hospital." Mum does not know about [[Brandon|name]]; [[Jhonny|name]] "knows him from the car wash".
Actions: EHC given. Bloods, swabs. Condoms. Discussed consent, exploitation, Brook's online resources. Safeguarding lead
[[Rachel Hume|name]] informed same day; referral to the MASH (Stour Bay Council) at 16:20 by phone - spoke to
[[Marcus Beale|name]] ([[01202 487 316|phone]]). [[Vale|name]] told before the referral and asked "please not the police, my
mum's visa". Follow-up: results by text; review [[12.10.26|date]] 15:30.
Signature: [[N Dwyer|name]]
"""),
    ("Instagram direct messages OCR'd from screenshots the mother handed in", """[OCR text of 6 screenshots (iPhone) handed to the SW by
the mother on [[02/10/2026|date]]; OCR by the office scanner, errors
left as they came out; [?] = unreadable. The account names are usernames and are not changed.]

--- screenshot 1 ---  9:41  ..ll 4G  [battery]
< bk.detailing_bmth
  [[Brandon|name]]  (display name)
                                        Yesterday 23:12
bk.detailing_bmth: u home yet
vale.src_: nah at [[dani|name]]'s
bk.detailing_bmth: dont lie 2 me i can see ur at [[sornerford|place]]
vale.src_: ok im home my mum is at work
bk.detailing_bmth: come out then. ill get u at the garages by the shops
--- screenshot 2 ---
vale.src_: cant [[santi|name]] is asleep n [[jhonny|name]] is out
bk.detailing_bmth: so. hes 7 not a baby
vale.src_: [[brandon|name]] pls
bk.detailing_bmth: u want me to send them pics to ur mum
--- screenshot 3 ---  (partly cut off)
bk.detailing_bmth: [?]ulls me [?] 10 mins. bring the thing from [[kian|name]]
vale.src_: whats in it
bk.detailing_bmth: dont ask. its for [[lee|name]] in [[pokesdown|place]]
--- screenshot 4 ---   Messages with "Mami"   (WhatsApp, not Instagram - in Spanish)
Mami: [[Vale|name]] dónde estás?? son las 2
Mami: Ya llamé a [[Dani|name]] y a su mamá, no estás allí
Me: ya voy mami perdón
Mami: Si no llegas llamo a la policía y a tu tía [[Yeli|name]]
--- screenshot 5 ---
Me: estoy con [[Brandon|name]] en Hengistbury?? no se donde es
Mami: Mándame la ubicación YA
Me: [location: [[Broadway|address]], [[Southbourne|place]]]
--- screenshot 6 ---   Instagram
bk.detailing_bmth: ur mum is psycho. dont tell her my name
bk.detailing_bmth: nxt time ur coming to [[bournmouth|place]] on ur own
SW's note ([[M Beale|name]], [[02/10/26|date]]): the account "bk.detailing_bmth" is the one [[Valentina|name]] told the nurse was
"[[Brandon|name]]"; [[Dani|name]] is [[Daniela Ospina|name]] (16, of [[Highcliffe|place]]); "[[kian|name]]" and "[[lee|name]]" not known.
"Hengistbury" in screenshot 5 is the headland (Hengistbury Head), a landmark - the location pin shows the road.
"""),
    ("mother's own letter in Spanish with the council's translation", """[Handwritten letter brought to the conference by Sra
[[Rondón|name]], typed as written, then translated by Stour Bay
Council's translation service ([[Lucía Arbeláez|name]], [[20/10/2026|date]])]

[[Christchurch|place]], [[18 de octubre de 2026|date]]

Señores del Consejo y señor [[Marcus|name]]:

Me llamo [[Yusmary Rondón Pérez|name]], soy la mamá de [[Valentina|name]] y de [[Santiago|name]]. Llegamos de [[Maracaibo|place]] en
2022 con la visa de Ucrania no, con la de protección humanitaria por mi hermana [[Yelitza|name]] que vive en [[Madrid|place]] ([[Calle
de Toledo|address]]). Trabajo de noche limpiando en el hospital y de día duermo. Yo sé que fallé. No sabía que mi hija salía de noche.
[[Jhonny|name]] me dijo que el muchacho [[Brandon|name]] era "buena gente" y que le daba trabajo lavando carros. Ya no vive con
nosotros [[Jhonny|name]], se fue el [[5 de octubre|date]] a casa de su primo [[Wilmer|name]] en [[Parkstone|place]].
Mi mamá, la señora [[Carmen Pérez|name]], está en [[Maracaibo|place]] sola, en [[Tierra Negra|place]], y le mando dinero. Por eso
trabajo tanto. Ella dice que le mande a [[Vale|name]] allá para "que se le quite". Yo no quiero eso.
Les pido: que [[Vale|name]] termine el colegio en [[Bournemouth and Poole College|school]], que [[Santi|name]] siga en su escuela con
la maestra Miss [[Hatch|name]] que lo quiere mucho, y que la policía no busque a mi hija sino a ese hombre.
Mi teléfono es [[07415 902 638|phone]], correo [[yusmary.rondon90@gmail.com|email]]. Mi hermana en [[Madrid|place]]:
[[+34 612 448 935|phone]].
Atentamente, [[Yusmary R|name]].

TRANSLATION
[[Christchurch|place]], [[18 October 2026|date]]
To the Council and Mr [[Marcus|name]]:
My name is [[Yusmary Rondón Pérez|name]], I am the mother of [[Valentina|name]] and [[Santiago|name]]. We came from [[Maracaibo|place]] in
2022, not on the Ukraine visa, on humanitarian protection through my sister [[Yelitza|name]] who lives in [[Madrid|place]] ([[Calle de
Toledo|address]]). I work nights cleaning at the hospital and sleep in the day. I know that I failed. I did not know my daughter
went out at night. [[Jhonny|name]] told me that the young man [[Brandon|name]] was "a good guy" and gave her work washing cars.
[[Jhonny|name]] no longer lives with us; he left on [[5 October|date]] for his cousin [[Wilmer|name]]'s house in [[Parkstone|place]].
My mother, Mrs [[Carmen Pérez|name]], is alone in [[Maracaibo|place]], in [[Tierra Negra|place]], and I send her money. That is why I
work so much. She says I should send [[Vale|name]] there "to get it out of her". I do not want that.
I ask: that [[Vale|name]] finishes at [[Bournemouth and Poole College|school]], that [[Santi|name]] stays at his school with his
teacher Miss [[Hatch|name]] who loves him, and that the police look not for my daughter but for that man.
My phone is [[07415 902 638|phone]], email [[yusmary.rondon90@gmail.com|email]]. My sister in [[Madrid|place]]: [[+34 612 448 935|phone]].
Yours faithfully, [[Yusmary R|name]].
"""),
    ("initial child protection conference report", """STOUR BAY COUNCIL - REPORT TO THE INITIAL CHILD PROTECTION CONFERENCE
Children: [[Valentina SALCEDO RONDÓN|name]] (16) and [[Santiago MORA RONDÓN|name]] (7)
Conference: [[20.10.2026|date]], 13:30, Civic Offices, [[Christchurch|place]]   Author: [[Marcus Beale|name]], Social Worker, Complex
Safeguarding Team   Team manager: [[Fiona Carrick-Smith|name]]

1. Family
[[Valentina|name]] (DOB [[05/03/2010|dob]], UPN [[H835271640388|upn]]) is in Year 12 at [[Bournemouth and Poole College|school]]
([[Lansdowne|school]]
campus), studying Health and Social Care. [[Santiago|name]] ("[[Santi|name]]", DOB [[18/01/2019|dob]], NHS [[807 881 8483|nhs]]) is in
Year 2 at [[Priory Quay Primary|school]]. They live with their mother, [[Yusmary RONDÓN PÉREZ|name]] (DOB [[27/08/1990|dob]],
NI [[TH 27 59 13 B|ni]]), in a
one-bedroom housing association flat, [[Flat 3, 22 Somerford Way|address]], [[Somerford|place]], [[BH23 3PN|postcode]].
[[Santiago|name]]'s father, [[Jhonny MORA|name]] (DOB [[02/04/1988|dob]]), lived there until [[5 October 2026|date]] and now stays in
[[Parkstone|place]], [[Poole|place]], with a cousin, [[Wilmer Mora|name]]. [[Valentina|name]]'s father, [[Reinaldo Salcedo|name]],
is in [[Maracaibo|place]] and has had no contact since 2021. The maternal grandmother, Mrs [[Carmen Pérez|name]]
([[+58 412 537 2910|phone]]),
lives in [[Maracaibo|place]]; a maternal aunt, [[Yelitza Rondón|name]], in [[Madrid|place]].

2. What happened
[[28 September|date]]: [[Valentina|name]] attended the sexual health clinic; the nurse's referral described a man of about 24,
"[[Brandon|name]]", and many signs of sexual and criminal exploitation. Police have identified him as [[Brandon KERSEY|name]] (DOB
[[14/12/2001|dob]]), of [[Kinson|place]], known for supply of class A in [[Boscombe|place]]; vehicle a black Audi A3, [[HY19 KXW|vehicle]].
[[1 October|date]]: [[Valentina|name]] missing overnight; found by police at 03:40 on [[Broadway|address]], [[Southbourne|place]], in
the Audi; arrested for possession with intent (a package later found to hold cannabis), released, no further action on
[[16 October|date]] (NRM referral made; a positive reasonable grounds decision on [[9 October|date]]).
[[2 October|date]]: the mother handed in screenshots showing threats to share images of [[Valentina|name]] and instructions to carry
a package "for [[lee|name]] in [[pokesdown|place]]".
[[Santiago|name]] was left alone asleep at night at least twice while his mother worked and [[Valentina|name]] was out.

3. Views
[[Valentina|name]]: "I'm not a victim. I just want to go to college and get a job." She has blocked [[Brandon|name]] and has a new
phone number (the college has it). [[Santi|name]]: drew his mum, "[[Vale|name]]", "papi" and the abuela's dog; said he is "scared
when the flat is dark". Mrs [[Rondón|name]]: see her letter. Mr [[Mora|name]]: did not attend; by phone ([[07853 116 720|phone]]) said
he did not know [[Brandon|name]] "was like that".

4. Recommendation
Child protection plans for both children: [[Valentina|name]] under the category of sexual abuse (exploitation) and [[Santiago|name]]
under neglect. A disruption plan by police (operation name to be confirmed by DS [[Alex Moorcroft|name]]), a Child
Abduction Warning Notice to [[Brandon Kersey|name]], and a night-time childcare plan for [[Santiago|name]] with the mother's
friend, Mrs [[Gladys Urdaneta|name]], of [[Burton|place]], who has agreed.
[[M. Beale|name]] [[13/10/2026|date]], [[marcus.beale@stourbay.gov.uk|email]]
"""),
]


# --- C. Goddard / Flux family (white British), Bishopstoke, Eastleigh --------------------------------------------------------

HOME_C = d.Address("9 Spindle Close", "Bishopstoke", "Eastleigh", "SO50 6GB")
DAD_C = d.Address("41 Calmore Crescent", "Calmore", "Totton", "SO40 2TE")
NAN_C = d.Address("6 Mortimers Lane", "Fair Oak", "Eastleigh", "SO50 7AQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Paige", "Goddard")], dt.date(2020, 5, 30), addresses=[HOME_C], ids=["8437973805", "T850271640388"],
       schools=["Stoke Meadow Infant School"]),
    _p("s", "sibling", [("Tyler-Jay", "Flux")], dt.date(2015, 2, 11), addresses=[HOME_C], ids=["5748973855", "F850593028114"],
       schools=["Itchen Valley Academy"]),
    _p("s2", "sibling", [("Ivy", "Flux")], dt.date(2025, 9, 2), addresses=[HOME_C], ids=["7026188844"]),
    _p("m", "mother", [("Kayleigh", "Goddard")], dt.date(1994, 12, 6), addresses=[HOME_C], phones=["07939 508 214"],
       ids=["6665569586", "JT 52 81 70 D"]),
    _p("f", "father", [("Ricky", "Flux")], dt.date(1991, 7, 23), addresses=[DAD_C], phones=["07722 410 593"]),
    _p("g", "grandparent", [("Beverley", "Goddard")], dt.date(1968, 10, 1), addresses=[NAN_C], phones=["023 8061 4729"]),
    _p("p1", "professional", [("Joanne", "Pratt")], phones=["01962 846 205"], emails=["joanne.pratt@meonwater.gov.uk"]),
], "c")

DOCS_C = [
    ("chronology of significant events", """MEON WATER COUNCIL - CHRONOLOGY OF SIGNIFICANT EVENTS (summary; full record on the case file)
Family: [[GODDARD|name]] / [[FLUX|name]]    Address: [[9 Spindle Close|address]], [[Bishopstoke|place]], [[Eastleigh|place]],
[[SO50 6GB|postcode]]
Children: [[Tyler-Jay FLUX|name]] (b. [[11/02/2015|dob]]); [[Paige GODDARD|name]] (b. [[30/05/2020|dob]]); [[Ivy FLUX|name]] (b.
[[02/09/2025|dob]])
Compiled by: [[Joanne Pratt|name]] (SW), [[16 November 2026|date]]

Date          | Event | Source | Impact on the children
Jun 2015*     | *month only known: HV visits stop after the family move from [[Totton|place]] | HV records | -
[[14.03.2019|date]]   | [[Tyler-Jay|name]] (4) brought to A&E at Southampton General with a scald to the foot; accidental, explanation
consistent | UHS | low
[[21.11.2021|date]]   | Police DA call, [[Ricky FLUX|name]] v [[Kayleigh GODDARD|name]]: a shove in the kitchen; both drunk; [[TJ|name]]
rang his nan | Hants Police | [[TJ|name]] frightened; called his nan [[Bev|name]] in [[Fair Oak|place]]
[[3rd Jan 2022|date]] | [[Ricky|name]] moves out to [[Calmore|place]], [[Totton|place]] (his mum's, [[41 Calmore Crescent|address]]) |
mother | contact ad hoc
[[09/09/2024|date]]   | [[Paige|name]] starts at [[Stoke Meadow Infants|school]]: "very small, hair matted, no coat" | school | medium
[[2.9.2025|date]]     | [[Ivy|name]] born at the Princess Anne; mother's second pregnancy with [[Ricky|name]] after a reconciliation |
maternity | -
[[17/02/2026|date]]   | HV [[Meg Lovelock|name]]: dog faeces in the living room, 14 bags of rubbish in the garden, [[Ivy|name]] in a cot
with
                        no mattress sheet. Mother low. GP referral | HV | high
[[4/3/2026|date]]     | Environmental health visit after a neighbour's complaint (Mr [[Derek Slade|name]], [[no. 11|address]]) - rats in
the garden | EH | high
March-April   | [[Tyler-Jay|name]]'s attendance at [[Itchen Valley|school]] 81%; he tells his tutor he "does the bottles" for [[Ivy|name]]
| school | young carer
[[22/05/2026|date]]   | Early Help (Family Support, [[Carly Noakes|name]]) - closed [[31/07/2026|date]], "disengaged" | EH | -
[[8 Sept 2026|date]]  | [[Paige|name]] (6) head lice + impetigo; teeth: 6 decayed, dental GA referral not taken up | school nurse | high
[[15/09/2026|date]]   | Referral from [[Stoke Meadow|school]] (DSL [[Ann-Marie Hobbs|name]]) - [[Paige|name]] says "there's no bed, I sleep
on
                        [[TJ|name]]'s floor" | MASH | high
[[18/09/2026|date]]   | Home visit ([[J Pratt|name]], with [[Meg Lovelock|name]]). Graded Care Profile 2 started | SW | -
[[29/09/2026|date]]   | Strategy not needed; C&F assessment; child in need plan agreed [[7 October|date]] | SW | -
[[25.10.2026|date]]   | Father ([[07722 410 593|phone]], [[rickyflux91@hotmail.co.uk|email]]) asks for [[TJ|name]] to live with him in
[[Totton|place]]; nan [[Beverley Goddard|name]]
                        offers to have [[Paige|name]] and [[Ivy|name]] weekends | family | -
[[10/11/2026|date]]   | CIN review - see the minutes | SW | -
"""),
    ("mother's handwritten letter to the child in need review, typed as written", """[Letter handed to [[Joanne|name]] at the CIN review on
[[10/11/2026|date]]. Typed exactly as written, line breaks kept; biro on
lined paper, 2 sides.]

to [[Joanne|name]] and who ever reads this

i no my house has been a tip and i am not hiding it no more. since [[Ivy|name]] was born i have not been right, the
doctor says post natal depresion and i am on sertraline now since the [[12th of october|date]]. [[Ricky|name]] was
suppose to help and he just went back to his mums in [[calmore|place]] when it got hard like he always dose.

[[TJ|name]] is a good boy he is my rock but i no he should not be doing [[ivy|name]]s bottles at night and i have stopped
that now, my mum [[bev|name]] has her fri and sat nights. [[Paige|name]] has a proper bed now from the charity (thank you
[[Carly|name]] for sorting that even tho you closed us). the dog has gone to my freind [[Stacey|name]] in [[Boyatt
Wood|place]] till i get the garden done. the council have took the rubbish, 3 skip bags.

please dont take my kids. i want [[TJ|name]] to see his dad but not to live there because [[Ricky|name]]s new girlfreind
[[Chelsea|name]] dont like him and her brother is on tag. [[TJ|name]] told me.

things i am doing
- [[Paige|name]]s dentist is [[19th Nov|date]] at the hospital (the GA one) i will take her my mum will drive
- school every day, Mrs [[Hobbs|name]] can ring me on [[07939 508 214|phone]] if she is late
- Home-Start lady [[Pauline|name]] comes tuesdays
- i am going to the group at the Family Hub on [[Leigh Road|address]]

from [[Kayleigh|name]] (mum of [[TJ|name]], [[Paige|name]] and [[Ivy|name]])
"""),
    ("Graded Care Profile 2 scoring sheet", """GRADED CARE PROFILE 2 (GCP2) - SCORING SUMMARY          Local authority: Meon Water
Child: [[Paige Goddard|name]]      Age: 6      Assessor: [[J. Pratt|name]] / HV [[M. Lovelock|name]]      Visits: [[18-Sep-2026|date]],
[[01-Oct-2026|date]], [[28-Oct-2026|date]]
Carer: [[Kayleigh Goddard|name]] (mother)     Other carers: [[Beverley Goddard|name]] (maternal grandmother, Fri/Sat nights)
Other children in the household assessed separately: [[Tyler-Jay|name]] (11) - GCP2 done; [[Ivy|name]] (1) - GCP2 done.

AREA                        | Visit 1 | Visit 3 | Evidence (brief)
A Physical care
  Nutrition                 |   4     |   3     | V1: cupboards empty but for cereal, "[[TJ|name]] makes toast"; V3: food shop seen, tea
cooked
  Housing                   |   5     |   3     | V1: no bed, dog mess, rubbish; V3: bunk bed (Emmaus), garden cleared by [[Ricky|name]]'s
                            |         |         | brother [[Wayne Flux|name]] on [[24/10|date]]
  Clothing                  |   4     |   3     | coat from school's pre-loved rail; uniform washed
  Hygiene                   |   4     |   3     | headlice treated x3; bath rota with nan
  Health                    |   5     |   4     | dental GA booked [[19 Nov 2026|date]] (mother did not take up first offer [[14/07|date]])
B Safety
  In carer's presence       |   3     |   2     | stairgate fitted ([[Bishopstoke|place]] Family Hub loan)
  In carer's absence        |   4     |   3     | [[Paige|name]] was left with [[TJ|name]] (11) twice - now with nan / neighbour Mrs
[[Slade|name]]
C Love and care             |   2     |   2     | warm, cuddles, knows her friends' names ([[Amelia-Rose|name]], [[Nevaeh|name]])
D Esteem                    |   3     |   2     | praise seen on V3; [[Paige|name]]'s drawing on the fridge
OVERALL                     |   4     |   3     | Improving. Still child in need level.
Child's voice: "My bed is purple and my nan [[Bev|name]] did the stickers." (V3)
Signed: [[Joanne Pratt|name]] [[30/10/2026|date]]    HV: [[Meg Lovelock|name]] [[30/10/2026|date]]
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW MEETING - MINUTES
Children: [[Tyler-Jay Flux|name]], [[Paige Goddard|name]], [[Ivy Flux|name]]    Date: Tues [[10th November 2026|date]], 15:45, at
[[Stoke Meadow Infant School|school]], [[Bishopstoke|place]]    Chair / minutes: [[Joanne Pratt|name]] (SW)
Present: [[Kayleigh Goddard|name]] (mum); [[Beverley Goddard|name]] (maternal nan); [[Ann-Marie Hobbs|name]] (DSL, [[Stoke Meadow|school]]);
[[Dan Okafor|name]] (head of year 7, [[Itchen Valley Academy|school]]); [[Meg Lovelock|name]] (HV); [[Pauline Savage|name]] (Home-Start)
Not present: [[Ricky Flux|name]] (dad) - sent his views by text; Dr [[Hollings|name]] (GP, Stokewood Surgery) - report received.

1. Progress since [[7 October|date]]
[[Joanne|name]] read [[Kayleigh|name]]'s letter out with her permission. Everyone agreed the house is "a different house". [[Meg|name]]:
[[Ivy|name]] weighed [[3 Nov|date]], back on the 50th centile; cot made up properly; sleeping in mum's room.
[[Ann-Marie|name]]: [[Paige|name]] 100% attendance since half term, clean, hair brushed, "chatting away". Still tired on Mondays.
[[Dan|name]]: [[Tyler-Jay|name]] (Y7) 88% - better; has said he wants to join the young carers group; a fight on [[2/11|date]] with
another boy, [[Alfie Gosling|name]], who said "your house stinks". Both spoken to. [[TJ|name]] has now met the young carers worker,
[[Sunita Rai|name]] (Hampshire Young Carers).
[[Pauline|name]]: visiting every Tuesday; [[Kayleigh|name]] cried last week but "she's doing the washing, the dishes, the lot".

2. Dad's views (text to [[Joanne|name]], [[09/11|date]], read out)
"i want [[tj|name]] at mine, hes 11 he can choose. [[kay|name]] cant cope." The meeting noted that [[Ricky|name]]'s home is a 2-bed flat in
[[Calmore|place]] shared with his partner, [[Chelsea Yeats|name]], and her two children, and that the police note a DA call
there on [[30 October|date]] (no further action). [[TJ|name]] told [[Joanne|name]] alone on [[4/11|date]]: "I want to see Dad on Sundays
but I'm not living with [[Chelsea|name]]."

3. Plan (changes in bold were agreed)
- Nan to keep Fri/Sat nights; on Sun [[TJ|name]] to see dad at [[Totton|place]] (nan drives).
- **[[Paige|name]]'s dental GA [[19/11|date]] - mum and nan to take her.**
- **[[Kayleigh|name]] to keep the GP review on [[24/11/26|date]] (sertraline).**
- Young carers group every other Thursday at [[Eastleigh|place]] library (the Swan Centre entrance).
- Next review: [[12 January 2027|date]], 15:45, same place.
Signed: [[J Pratt|name]] ([[01962 846 205|phone]], [[joanne.pratt@meonwater.gov.uk|email]])
"""),
]


# --- D. Tapper / Chubb family (white British), Hamworthy, Poole --------------------------------------------------------------

HOME_D = d.Address("33 Blandford Road North", "Hamworthy", "Poole", "BH15 4HL")
NAN_D = d.Address("5 Rockley Mews", "Turlin Moor", "Poole", "BH16 5AT")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kai", "Chubb")], dt.date(2011, 1, 27), addresses=[HOME_D], phones=["07478 305 226"],
       ids=["8903621905", "F836419027365"], schools=["Harbourside Academy"]),
    _p("s", "sibling", [("Summer", "Tapper")], dt.date(2014, 7, 4), addresses=[HOME_D], ids=["7689579108"],
       schools=["Harbourside Academy"]),
    _p("m", "mother", [("Shelley", "Tapper")], dt.date(1985, 3, 16), addresses=[HOME_D], phones=["01202 671 845", "07889 214 306"],
       ids=["9577187064"]),
    _p("f", "father", [("Darren", "Chubb")], dt.date(1982, 9, 9), phones=["07592 661 048"]),
    _p("g", "grandparent", [("Maureen", "Tapper")], dt.date(1960, 1, 12), addresses=[NAN_D], phones=["07368 519 274"]),
    _p("p1", "professional", [("Liam", "Fry")], phones=["07704 228 931"], emails=["liam.fry@stourbay.gov.uk"]),
], "c")

DOCS_D = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - Stour Bay Missing and Exploitation Service
Young person: [[Kai CHUBB|name]]    DOB: [[27/01/2011|dob]]    Age: 15    Episode: missing [[14/10/2026|date]] 19:00 to
[[16/10/2026|date]] 11:20 (found by British Transport Police at [[Weymouth|place]] station)    Police ref: DP-26-118840 (not for
redaction)
RHI by: [[Liam Fry|name]], Missing Children's Worker    Date/place: [[17.10.26|date]], 16:00, McDonald's, [[Poole|place]] Quay (his choice)
Offered within 72 hours: yes. Parent consent: mum, [[Shelley Tapper|name]] ([[07889 214 306|phone]]).

Where were you? "[[Weymouth|place]]. Then [[Portland|place]]. Then back to [[Weymouth|place]]." Stayed the first night at "a girl's
flat" in [[Littlemoor|place]] ("[[Kayla|name]], she's like 19"), the second in "a house by the harbour with some lads from
[[London|place]]". Would not give the street. Later said "[[Chickerell Road|address]]" but then "no, forget that".
How did you get there? Train from [[Hamworthy|place]] station with his friend [[Reece|name]] ("[[Reecey|name]]"), [[Reece Lander|name]],
15, also missing (RHI by my colleague [[Tamsin Orchard-Hale|name]]). Tickets bought by "someone" on an app.
What happened? "Just chilling." Had £120 in cash and two phones when found (one a "burner", seized). Said a man called
"[[Tiny|name]]" gave them food. "[[Tiny|name]]" was also named in [[Reece|name]]'s RHI. Asked about drugs: shrugged.
Harm: a cut to his left palm ("a can"), tired, hungry. Did not want the nurse.
Who's important? Nan ([[Maureen|name]], [[Turlin Moor|place]]) - "she's the only one who don't shout". His sister [[Summer|name]] (12) -
"she messaged me loads". Dad ([[Darren Chubb|name]]) "works on the boats out of [[Poole|place]], he don't care".
Push and pull: school exclusion (fixed term, 5 days, from [[Harbourside Academy|school]], fighting); mum's new partner [[Craig|name]];
money; "respect".
[[Kai|name]]'s words at the end: "Don't put [[Tiny|name]] in it. I ain't a grass."
Risk (worker's view): HIGH - criminal exploitation (county lines, "[[London|place]] lads" in [[Weymouth|place]]), missing with a peer,
cash and a burner. Shared with: MACE panel, DSL at [[Harbourside|school]] (Mr [[Kenyon|name]]), the allocated SW.
Actions: mum to report to 101 at 2 hours missing (agreed); nan as safe adult; [[Kai|name]] to see me weekly (Wednesdays after school).
"""),
    ("Snapchat messages between the sister and the boy, typed up by the police", """Dorset Police - Digital Media Investigation Unit -
extract (typed from a handset download, [[Summer TAPPER|name]]'s phone, with
her and her mother's consent, [[19/10/2026|date]]). Snapchat chat with the contact saved as "[[Kaiiii|name]] 🐟" (username kaichubbz_11).
Times BST. Emojis described in [brackets]. Usernames are not names and are left as they are.

[[14/10|date]] 21:02 [[Summer|name]]: where r u mum is going mad
[[14/10|date]] 21:40 [[Summer|name]]: [[kai|name]] answer me
[[14/10|date]] 23:15 [[Kaiiii|name]]: im safe dont tell mum where
[[14/10|date]] 23:15 [[Summer|name]]: i dont even no where!!
[[14/10|date]] 23:16 [[Kaiiii|name]]: [[weymouth|place]]. dont say
[[15/10|date]] 07:30 [[Summer|name]]: nan came round she was crying. [[craig|name]] said ur a waste of space
[[15/10|date]] 07:31 [[Kaiiii|name]]: tell [[craig|name]] i said [middle finger]
[[15/10|date]] 12:04 [[Summer|name]]: r u with [[reece|name]]
[[15/10|date]] 12:05 [[Kaiiii|name]]: yh and [[tiny|name]]'s bredrin. its calm
[[15/10|date]] 12:05 [[Kaiiii|name]]: send me £20 on mum's card i'll pay u back
[[15/10|date]] 12:06 [[Summer|name]]: NO
[[15/10|date]] 16:50 [[Kaiiii|name]]: [snap - image not kept] u see the sea lol
[[15/10|date]] 22:41 [[Kaiiii|name]]: sum1 battered [[reece|name]]. im ok
[[15/10|date]] 22:41 [[Summer|name]]: [[kai|name]] im calling the police
[[15/10|date]] 22:42 [[Kaiiii|name]]: DONT. they will do me. jus tell nan im ok
[[16/10|date]] 06:58 [[Kaiiii|name]]: if anyone asks say im at dads boat at [[cobbs quay|address]]
[[16/10|date]] 09:30 [[Summer|name]]: the police are at nans. they know ur at [[portland|place]]
[[16/10|date]] 11:24 [[Kaiiii|name]]: got grabbed at the station. luv u [heart]
[[16/10|date]] 11:25 [[Summer|name]]: luv u 2. nan says ur grounded till ur 30 lol

Note by DC [[Ellie Marsh|name]]: "[[Cobbs Quay|address]]" is the marina in [[Hamworthy|place]] where the father keeps his boat; the contact
"[[tiny|name]]" is a nickname of a person not yet identified.
"""),
    ("multi-agency child exploitation panel minutes", """MACE (Multi-Agency Child Exploitation) PANEL - [[Poole|place]] locality - MINUTES,
item 4 of 9
Date: Thursday [[29th October 2026|date]]    Chair: DI [[Sophie Hatherley|name]] (Dorset Police)    Minutes: [[Jas Bhogal|name]]
Young people discussed together (linked): [[Kai CHUBB|name]] (15, [[Hamworthy|place]]) and [[Reece LANDER|name]] (15, [[Canford
Heath|place]])

Information
Police: both found at [[Weymouth|place]] station [[16/10|date]]; [[Kai|name]] had £120 and a second phone. Intelligence links the
"[[TINY|name]]" line (a county line from [[Tottenham|place]] supplying [[Weymouth|place]] and [[Portland|place]]) to an address on
[[Chickerell Road|address]] - warrant executed [[22/10|date]]: two adults arrested, one of them [[Jermaine Achterberg|name]] (19),
believed to be "[[Tiny|name]]". A girl of 17, [[Kayla Pitman|name]], of [[Littlemoor|place]], also safeguarded (Dorset Council's case).
Vehicle seen dropping the boys at [[Poole|place]] station on [[14/10|date]]: grey Ford Fiesta [[HF68 OWR|vehicle]] (registered keeper in
[[Edmonton|place]]).
Education: [[Kai|name]] - fixed-term exclusion ended [[21/10|date]]; now on a reduced timetable at [[Harbourside Academy|school]]
(mornings) plus the Hamworthy Boxing Club project in the afternoons. [[Reece|name]] - at [[Poole High|school]]; 68% attendance.
Children's Social Care: [[Kai|name]] open (child in need - exploitation); SW [[Liam Fry|name]] ([[liam.fry@stourbay.gov.uk|email]]).
[[Reece|name]]'s family declined a
service; re-referred.
YOT: [[Kai|name]] not known. [[Reece|name]] - a referral order from April 2026 (criminal damage).
Family: mum [[Shelley Tapper|name]] engaged; her partner [[Craig Doust|name]] "hostile" to [[Kai|name]] (mum says [[Craig|name]] has
moved out as of [[25/10|date]]). Dad [[Darren Chubb|name]] lives on his boat at [[Cobbs Quay|address]] - mobile [[07592 661 048|phone]]; has
agreed to meet the SW. Nan [[Maureen Tapper|name]], [[5 Rockley Mews|address]], [[Turlin Moor|place]] - protective.

Actions
1. NRM referral for both (SW; [[Kai|name]]'s by [[Liam Fry|name]] [[30/10|date]]).
2. Disruption: CAWN on [[Achterberg|name]] if bailed; ANPR marker [[HF68 OWR|vehicle]] (DI [[Hatherley|name]]).
3. Trusted adult: [[Liam Fry|name]] weekly; boxing coach [[Dean Loxley|name]] to be briefed (with consent).
4. Transport: BTP to flag both boys' photos at [[Hamworthy|place]] and [[Poole|place]] stations (PC [[Nathan Grose|name]]).
5. Review at the next MACE, [[26.11.2026|date]].
"""),
    ("social worker's notes typed fast on a phone during a home visit", """[Notes app, [[Liam Fry|name]]'s work phone, pasted into the case
record unedited on [[3/11/26|date]]]

HV [[3/11|date]] 1545 [[33 blandford rd n|address]]
present: [[shel|name]], [[kai|name]], [[summer|name]] (home fr sch), nan [[maureen|name]] arr 1610
- [[kai|name]] in room, came down after 10 min. hood up. cut on hand healed
- says not been out past 9 since wknd. mum confirms. 2 x late (11pm) last wk - at [[reeceys|name]]? mum rang [[reece|name]]'s mum
([[tina|name]]?) yes
- new phone - mum has pin. snap still on
- [[craig|name]] gone - [[shel|name]] says "for good" - changed locks fri. [[craig|name]]'s van (white transit) seen on rd sat -
[[shel|name]] to ring 101 if again
- [[summer|name]]: worried abt [[kai|name]], sleeping in his room "to keep an eye" - discussed w [[shel|name]], NOT [[summer|name]]'s job
- nan: will have [[kai|name]] wknds at [[turlin moor|place]], she has spare rm
- [[darren|name]]: rang him from the car after, [[07592 661 048|phone]], at [[cobbs quay|address]], says [[kai|name]] can stay on boat "any
time" - NO (no heating, not
suitable, alcohol?) - tell [[shel|name]]
- [[kai|name]] asked re boxing w [[dean|name]], wants to keep going. ok
- food in, house ok. [[summer|name]]'s friend [[ellie-may|name]] here for tea
todo: chase nrm ack, mace [[26/11|date]], ask [[harbourside|school]] re full timetable (mr [[kenyon|name]]), sibling chat for
[[summer|name]] w young carers?? no - not
a carer, just worried. book 1:1 w [[summer|name]] at school.
"""),
]


# --- E. Hollis / Jolliffe family (white British), East Cowes, Isle of Wight --------------------------------------------------

HOME_E = d.Address("Flat 7, Clarence Court, 18 York Avenue", "", "East Cowes", "PO32 6RU")
DAD_E = d.Address("52 Furrlongs", "Barton", "Newport", "PO30 2AX")
NAN_E = d.Address("3 Brannon Way", "", "Wootton Bridge", "PO33 4NW")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ruby-Mae", "Jolliffe")], dt.date(2026, 7, 8), addresses=[HOME_E], ids=["4104235881"]),
    _p("m", "mother", [("Amber", "Hollis")], dt.date(2003, 2, 19), addresses=[HOME_E], phones=["07917 644 103"],
       ids=["6273667179", "NW 84 21 36 C"]),
    _p("f", "father", [("Callum", "Jolliffe")], dt.date(2001, 10, 30), addresses=[DAD_E], phones=["07809 775 214"]),
    _p("g", "grandparent", [("Tracy", "Hollis")], dt.date(1976, 6, 5), addresses=[NAN_E], phones=["01983 294 617"]),
    _p("p1", "professional", [("Gemma", "Buckett")], phones=["01983 526 408"], emails=["gemma.buckett@medina.gov.uk"]),
], "c")

DOCS_E = [
    ("health visitor's contact record", """0-19 PUBLIC HEALTH NURSING (Isle of Wight) - CONTACT RECORD (SystmOne print)
Patient: [[Ruby-Mae JOLLIFFE|name]]   DOB [[08-Jul-2026|dob]]   NHS [[410 423 5881|nhs]]   Address: [[Flat 7, Clarence Court, 18 York
Avenue|address]], [[East Cowes|place]], [[PO32 6RU|postcode]]
Mother: [[Amber HOLLIS|name]] (DOB [[19-Feb-2003|dob]], mob [[07917 644 103|phone]], NI [[NW 84 21 36 C|ni]])   Father:
[[Callum JOLLIFFE|name]] (not resident; [[Barton|place]],
[[Newport|place]])   GP: East Cowes Medical Centre

[[02-Nov-2026|date]] 10:15  Targeted visit (home)  HV [[Lorna Pittis|name]]
Mother and baby seen. Also present: maternal grandmother [[Tracy Hollis|name]] (came over from [[Wootton|place]] "to help") and a friend
of mother's, [[Jade Morey|name]], who left soon after I arrived.
Baby: 16 weeks. Weight 5.91 kg (25th-50th centile, was 50th at 8 wks). Alert, social smile, fixes and follows.
OBSERVED: a small bruise (approx. 0.5 cm, blue-purple) on the RIGHT ear, upper rim; a faint yellow mark on the left cheek. Mother
says [[Ruby-Mae|name]] "must have done it with her own hands, she scratches" / then "maybe the car seat buckle". Grandmother said
[[Callum|name]] had her at the weekend at his flat in [[Newport|place]]. A non-mobile baby with a bruise - the Isle of Wight bruising
protocol applies. Explained this to mother calmly; she cried and said "[[Cal|name]] would never".
ACTIONS: Discussed with the safeguarding team (named nurse [[Helen Seely|name]]) at 11:05 - referral to the Isle of Wight Children's
Services front door by phone at 11:20 (spoke to [[Gemma Buckett|name]], SW, [[01983 526 408|phone]]). Child protection medical
arranged today at St Mary's Hospital, [[Newport|place]], 14:00, paediatrician Dr [[Ashok Venn|name]]. Mother agreed to go; grandmother
to drive. Father informed by mother (by phone, on speaker): angry, said "it's her mate [[Jade|name]]'s dog, it jumps on her".
Also noted: a dog (a French bulldog, "Peggy") at the flat; [[Jade|name]] lives at [[Flat 2|address]], same block.
Previous contacts: [[22/07/2026|date]] new birth visit (no concerns; mother's anxiety noted); [[03/09/26|date]] 6-8 week review
(EPDS 14 - GP informed; mother said [[Callum|name]] "does nights at the Red Funnel terminal in [[Southampton|place]] and is never
here"); [[14 Oct|date]] clinic at the Family Hub, [[East Cowes|place]] - weight only.
Next: joint visit with the SW [[04/11/2026|date]] 09:30.
"""),
    ("police officer's pocket notebook, scanned and OCR'd", """[Scanned PNB pages 41-43, PC 5512 [[NEWNHAM|name]]; OCR output, uncorrected.
Handwriting; some words lost.]

PNB  Hampshire & IoW Constabulary      Officer: PC 5512 [[R. Newnham|name]]      Page 41
Wed [[04/11/26|date]]  0905  Att. [[Flat 7 Clarence Ct, York Ave|address]], [[E. Cowes|place]] re joint visit w/ SW
[[G BUCKETT|name]]. Present: [[Amber HOLLIS|name]] (mother) DOB [[19/2/03|dob]]. Baby [[Ruby-Mae|name]]
[[JOLLIFFE|name]] asleep in moses basket - seen, breathing normal.
0912  Mother states "[[Callum|name]] had her Sat night till Sun 4pm at his in [[Newport|place]]. When he brought her back she
was screaming and he said she'd rolled off the sofa. I didnt see no bruise till Monday."
0920  Asked re [[Jade MOREY|name]] - mother states friend, lives [[Flat 2|address]], dog is [[Jade|name]]'s. Not left alone w/ dog.
0931  Mother prov. fathers addr: [[52 Furr-|address]]
Page 42
[[longs|address]], [[Barton|place]], [[Newport|place]] [[PO30 2AX|postcode]]. Tel [[07809 775 214|phone]]. Veh: blue Corsa
[[HW17 DZK|vehicle]].
0940  SW obtained consent for [[Ruby-Mae|name]] to stay w/ maternal gran [[Tracy HOLLIS|name]] at [[3 Brannon Way|address]],
[[Wootton Bridge|place]] pending strategy. Gran present by 1000.
1015  Spoke to neighbour on landing (did not want to give full name - "[[Sandra|name]] at [[no. 8|address]]") states "heard the baby
crying Sat evening, no, there was nobody in, the mum was at her mums" - NB contradicts? ([[Amber|name]] says [[Callum|name]] had
baby Sat - so baby NOT in flat Sat - consistent).
1025  Left. Updated DS [[Kingswell|name]] by radio.
Page 43
1310  Att. [[52 Furrlongs|address]]. [[Callum JOLLIFFE|name]] DOB [[30/10/01|dob]] - voluntary interview arranged [[06/11|date]] 1000
at [[Newport|place]] police stn. He states his brother [[Kieran|name]] and "[[Kieran|name]]'s missus [[Stacey-Lou|name]]" were at the
flat Sat. Has a 2nd phone? States no.
Signed [[R Newnham|name]] 5512   Witness: -
"""),
    ("child protection medical report", """ISLE OF WIGHT NHS TRUST - Paediatric Department, St Mary's Hospital, [[Newport|place]]
CHILD PROTECTION MEDICAL ASSESSMENT - REPORT
Child: [[Ruby-Mae Jolliffe|name]]   DOB: [[8th July 2026|dob]]   Age: 16 weeks   Hospital no. K1177420   NHS: [[4104235881|nhs]]
Examined: [[2nd November 2026|date]], 14:20-15:30, Ward Treetops   By: Dr [[Ashok Venn|name]], Consultant Paediatrician
Present: mother [[Amber Hollis|name]]; grandmother [[Tracy Hollis|name]]; SW [[Gemma Buckett|name]] (joined 14:50)
Referred by: HV [[Lorna Pittis|name]] under the bruising in non-mobile infants protocol.

History (mother): born at 39 weeks at St Mary's, SVD, 3.2 kg, no NICU. Well. Formula fed. Lives with mother in [[East Cowes|place]]; the
father, [[Callum Jolliffe|name]], has her overnight once a week at [[Barton|place]]. Last weekend: with father from about 17:00
Saturday [[31 October|date]] to about 16:00 Sunday [[1 November|date]]. Mother noticed the ear mark "on the Monday morning". Earlier,
in September, a "blood blister" inside the upper lip which mother thought was from a bottle. No falls reported to the mother.
Family history: nil bleeding disorders known. Maternal grandmother says her own mother, [[Joan Buckell|name]], "bruised easily".

Examination: well, alert baby; growth as HV record. Skin: (1) 7 x 5 mm purple bruise, upper helix of the right ear, with
petechiae on the back of the ear; (2) 10 mm yellow-green bruise, left cheek; (3) healed tear of the upper labial frenulum.
No other marks. Fontanelle soft. Eyes: fundoscopy by ophthalmology (Dr [[Priti Kaur|name]]) - no retinal haemorrhages.
Investigations: FBC, clotting, von Willebrand screen - normal. Skeletal survey [[3/11|date]] and CT head - see addendum of
[[05.11.2026|date]]: a healing fracture of the left 6th rib, posterior, about 10-14 days old.

Opinion: bruises to the ear and cheek and a torn frenulum in a non-mobile baby, with an occult rib fracture, are in my opinion
highly suggestive of inflicted injury. There is no medical explanation. The explanations given (scratching, the car seat, a dog)
do not account for the ear bruising with petechiae or the rib fracture. Timing: the rib fracture predates the weekend of [[31
October|date]]; the carers at that time are to be established (mother, father, the mother's friend [[Jade Morey|name]], and on
[[23 October|date]] a babysitter, "[[Mia|name]]", who is 15 - per the grandmother).
Dr [[A. Venn|name]] GMC 7033412   Copy: Children's Services ([[G. Buckett|name]], [[gemma.buckett@medina.gov.uk|email]]); police (DS
[[Kingswell|name]]); GP; HV.
"""),
    ("Facebook Messenger chat between the parents, typed up from the mother's phone", """[Messenger conversation "[[Callum Jolliffe|name]]"
- typed up by the SW from the mother's phone with her consent, [[09/11/2026|date]].
Only [[31 Oct|date]] to [[2 Nov|date]]. "Me" is the mother. Spelling kept.]

SAT [[31 OCT|date]]
[[Callum Jolliffe|name]] 17:02: here outside. bring her bag n the calpol
Me 17:03: coming. she only had a bottle at 4 so 8ish next
[[Callum Jolliffe|name]] 21:47: she wont stop. wat do u do
Me 21:49: rock her n sing to her, the lion king one. is [[kieran|name]] there??
[[Callum Jolliffe|name]] 21:50: yh n [[stace|name]]. we aint drinking
Me 21:50: u better not be [[cal|name]]
[[Callum Jolliffe|name]] 23:58: shes asleep finally
SUN [[1 NOV|date]]
Me 08:31: hows my baby
[[Callum Jolliffe|name]] 10:14: fine she fell off the sofa a bit but shes fine
Me 10:14: WHAT
Me 10:15: [[cal|name]] what do u mean
[[Callum Jolliffe|name]] 10:20: chill she rolled onto the cushion on the floor its nothing. im bringing her back at 4 i got work
Me 10:21: i want her back now
[[Callum Jolliffe|name]] 10:40: stop being psycho. ur mum is always in ur ear
Me 16:12: u said 4
[[Callum Jolliffe|name]] 16:30: on the floating bridge now
MON [[2 NOV|date]]
Me 07:55: theres a bruise on her ear [[cal|name]]. a proper one
Me 07:58: [[jade|name]] says its not the dog
[[Callum Jolliffe|name]] 08:03: [[jade|name]]s a liar n so is her dog lol. dont show the nurse
[[Callum Jolliffe|name]] 08:04: [[amber|name]] i mean it they will take her. say it was the car seat
Me 08:30: the nurse is coming at 10
[[Callum Jolliffe|name]] 08:31: ok. tell her ur mum was there sat night not me
Me 08:33: no
"""),
]


# --- F. Brading family (white British, an army family), Picket Twenty, Andover ----------------------------------------------

HOME_F = d.Address("27 Tilbury Walk", "Picket Twenty", "Andover", "SP11 6QT")
NAN_F = d.Address("Flat 12, Harnham Court", "Harnham", "Salisbury", "SP2 8JX")
AUNT_F = d.Address("Am Rosenhang 7", "", "Paderborn", "33104")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harley", "Brading")], dt.date(2018, 3, 14), addresses=[HOME_F], ids=["5630184148", "N850571260948"],
       schools=["Picket Twenty Primary School"]),
    _p("s", "sibling", [("Bella", "Brading")], dt.date(2021, 8, 29), addresses=[HOME_F], ids=["5501696274", "Y850842093617"],
       schools=["Picket Twenty Primary School"]),
    _p("m", "mother", [("Leonie", "Brading")], dt.date(1993, 4, 8), addresses=[HOME_F], phones=["07597 330 842"],
       ids=["5030497048", "RB 47 20 93 A"]),
    _p("f", "father", [("Josh", "Brading")], dt.date(1990, 12, 21), addresses=[HOME_F], phones=["07712 093 448"]),
    _p("g", "grandparent", [("Sandra", "Pike")], dt.date(1965, 11, 2), addresses=[NAN_F], phones=["01722 413 806"]),
    _p("a", "other", [("Kirsty", "Vogel")], None, addresses=[AUNT_F], phones=["+49 151 2384 7716"]),
    _p("p1", "professional", [("Owen", "Haddock")], phones=["01264 357 912"], emails=["owen.haddock@meonwater.gov.uk"]),
], "c")

DOCS_F = [
    ("999 call transcript", """HAMPSHIRE AND ISLE OF WIGHT CONSTABULARY - CONTACT MANAGEMENT - TRANSCRIPT OF 999 CALL (produced for the
strategy discussion)
Call ref: 20261024-0417   Received: [[24/10/2026|date]] 22:51:08   Duration: 06:42   Caller's number: [[07597 330 842|phone]] (mother's
phone)
Operator: OP 3317 [[Wyeth|name]]   Location (AML): [[Tilbury Walk|address]], [[Andover|place]], accuracy 12 m

OP: Police emergency, what's the address of your emergency?
CALLER: (whispering) my dad is hurting my mum
OP: Okay. Well done for ringing. What's your name, sweetheart?
CALLER: [[Harley|name]].
OP: [[Harley|name]], how old are you?
CALLER: eight. Nearly nine.
OP: And what's your address, [[Harley|name]]?
CALLER: [[twenty-seven Tilbury Walk|address]]. [[Picket Twenty|place]].
OP: Is that in [[Andover|place]]?
CALLER: yeah.
OP: Where's your dad now?
CALLER: in the kitchen. He had his hands on her neck. She's crying. (noise) He threw the chair.
OP: Are you somewhere safe?
CALLER: I'm in my room with [[Bella|name]] under the bed. She's five.
OP: Good boy. Stay there. What's your dad's name?
CALLER: [[Josh|name]]. [[Joshua Brading|name]]. He's a soldier.
OP: Does he have any weapons in the house?
CALLER: I don't know. He has a knife for his army stuff.
(01:52) OP: Police are on the way. Is there a grown-up near you, a neighbour?
CALLER: Auntie [[Gemma|name]] next door. Not real auntie. [[Gemma|name]] and [[Dave|name]].
(02:30) (loud banging; a woman's voice: "[[Harley|name]], stay upstairs!")
CALLER: Mum's shouting. (crying) Can you ring my nanny [[Sandra|name]] in [[Salisbury|place]]?
OP: We'll make sure someone looks after you. Stay on the line with me.
(04:05) (male voice, distant: "Who are you on the phone to? [[Leonie|name]], who's he talking to?")
(05:10) CALLER: I can see the blue lights. There's a police lady.
(06:40) OP: Go with the officer, [[Harley|name]]. You've been really brave.
[END]  Units: [[Andover|place]] response 2 (PC [[Khan|name]], PC [[Dibben|name]]), 3 (dog unit). Arrest 23:03 ([[Brading J|name]],
ABH/strangulation).
"""),
    ("Army Welfare Service referral to the children's front door", """ARMY WELFARE SERVICE (AWS) - REFERRAL TO LOCAL AUTHORITY CHILDREN'S
SERVICES
From: [[Claire Rendell|name]], AWS Community Development Worker / Personal Support, Tidworth Garrison   Tel [[01980 615 772|phone]]
To: Meon Water Council, Children's Services front door ([[Andover|place]] office) - F.A.O. [[Owen Haddock|name]]
Date of referral: Mon [[26th October 2026|date]]
Consent: mother consented (in person, [[26/10|date]]). Serving parent informed by the unit, not consenting.

CHILDREN
1. [[BRADING, Harley|name]]   DOB [[14 March 2018|dob]]   [[Picket Twenty Primary|school]] (Y4)   UPN [[N850571260948|upn]]
2. [[BRADING, Bella|name]]    DOB [[29 August 2021|dob]]  [[Picket Twenty Primary|school]] (Reception)
Address: [[27 Tilbury Walk|address]], [[Picket Twenty|place]], [[Andover|place]] [[SP11 6QT|postcode]] (private rented; family moved off
the patch
from SFA at [[Ludgershall|place]] in 2025 so that mother could be near her job at the [[Andover|place]] Tesco)

PARENTS
Mother: [[Leonie BRADING|name]] (née [[PIKE|name]]), DOB [[08/04/1993|dob]], tel [[07597 330 842|phone]]
Father: LCpl (acting Cpl) [[Joshua BRADING|name]], DOB [[21/12/1990|dob]], service no. 30144872 (not for redaction),
[[07712 093 448|phone]].
Unit: a logistic regiment based at [[Tidworth|place]]. Deployed to [[Tapa|place]], Estonia, Mar-Sep 2026; previously Afghanistan (2011).

REASON FOR REFERRAL
On Saturday [[24 October|date]] the father assaulted the mother at home (hands to the neck), seen in part by [[Harley|name]], who rang 999.
Father arrested; bailed on [[25/10|date]] to an address at the barracks in [[Tidworth|place]] with conditions not to contact the mother
or come to [[Tilbury Walk|address]]. The chain of command (OC, Major [[Fenwick|name]]) has been informed by the police.
The mother told me of earlier incidents: since he came back from [[Tapa|place]] he drinks "every night", has punched doors, and
in August pushed her into the bathroom door while holding [[Bella|name]]. She has not reported before "because of his career".
[[Harley|name]] wets the bed since September and hides under the bed when his dad shouts. [[Bella|name]] (5) is clingy.
Support: the mother's own mother, [[Sandra Pike|name]], in [[Harnham|place]], [[Salisbury|place]] ([[01722 413 806|phone]]); her sister,
[[Kirsty Vogel|name]], married to a German national and living in [[Paderborn|place]] ([[Am Rosenhang 7|address]], [[33104|postcode]]
[[Paderborn|place]];
[[+49 151 2384 7716|phone]]) - the mother may go there with the children for half term. Neighbours [[Gemma|name]] and [[Dave Lush|name]] at
[[no. 25|address]].
Father's welfare: referred to the unit's welfare officer, Capt [[Ruth Dimmock|name]], and to Op COURAGE.
I have also referred the mother to the Hampshire DA service (Stop Domestic Abuse) with consent.
[[C. Rendell|name]], AWS, [[26.10.2026|date]]
"""),
    ("primary school's ELSA session log with the child's worry notes", """[[PICKET TWENTY PRIMARY SCHOOL|school]] - ELSA (Emotional
Literacy Support) - SESSION LOG
Pupil: [[Harley B.|name]] (Y4, Kingfishers)   ELSA: Mrs [[Trudy Bendall|name]]   Referred by: DSL Mr [[Aaron Quint|name]], [[27/10/26|date]]
Service children: yes (Service Pupil Premium)   Sessions: 6 x 30 min, Wednesdays

Session 1 - Wed [[4th Nov|date]]. Feelings faces. Chose "worried" and "cross". Made a worry monster; he posted 3 notes:
   (copied as written) "i wory dad is in prisn"  /  "i wory mum will cry agen"  /  "i wory [[bella|name]] will tel"
   Talked about "tel" - he meant tell her friends at school. Said his best friend is [[Oscar|name]] ("[[Oz|name]]").
Session 2 - Wed [[11th Nov|date]]. Safe people hand: thumb "Mum", finger 1 "nanny [[Sandra|name]]", 2 "[[Gemma|name]] next door",
   3 "Mrs [[Bendall|name]]", 4 "Auntie [[Kirsty|name]] in Germany (on FaceTime)". Asked if dad can be on the hand: "not now".
   He said they might go to "[[Paderborn|place]] where [[Kirsty|name]] lives" for Christmas. Passed to DSL.
Session 3 - Wed [[18th Nov|date]]. Worry monster notes:
   "dad fone me on mums fone on sunday"  /  "i miss bisket"  - asked who: "Bisket" is dad's dog at the
   barracks  /  "[[lenny|name]] in yr 5 said my dad is a nutter"
   Passed to DSL at 11:40: father phoning the children on the mother's phone = possible bail breach. Mr [[Quint|name]] rang SW
   [[Owen Haddock|name]] ([[01264 357 912|phone]]) same day.
Session 4 - Wed [[25th Nov|date]]. Drew his house. Kitchen coloured black. "That's where it happened." Asked to draw a safe place:
   nanny's flat in [[Harnham|place]] "with the cathedral".
Note by the DSL: "[[Lenny|name]]" is [[Lenny Stroud|name]] (Y5) - spoken to on [[19/11|date]].
"""),
    ("family group conference family plan", """FAMILY GROUP CONFERENCE - THE FAMILY'S PLAN (agreed Sunday [[29 November 2026|date]] at
Andover Guildhall, 11:00-15:30)
Coordinator (independent): [[Mehmet Aslan|name]], Hampshire FGC Service     Referring SW: [[Owen Haddock|name]]
For: [[Harley|name]] (8) and [[Bella|name]] (5) [[Brading|name]]
Who came: [[Leonie Brading|name]] (Mum); [[Sandra Pike|name]] (Nanny); [[Kirsty Vogel|name]] (Auntie, by video from [[Paderborn|place]]);
[[Gemma Lush|name]] and [[Dave Lush|name]] (neighbours, "Auntie [[Gem|name]] and Uncle [[Dave|name]]"); [[Terry Pike|name]] (Grandad, from
[[Amesbury|place]]); [[Harley|name]] for the first half hour with his advocate, [[Zoe Yeo|name]] (Coram Voice).
Dad ([[Josh|name]]) was invited to give his views through the coordinator; he sent a letter (read out in private family time).

[[Harley|name]]'s words (read by [[Zoe|name]]): "I want Mum to stop being sad. I want Dad to stop drinking and then I can see him at
McDonald's. I don't want [[Bella|name]] to be scared. I want to go to [[Kirsty|name]]'s at Christmas and see the markets."

OUR PLAN
1. Keeping everyone safe at home
   - [[Leonie|name]] and the children stay at [[27 Tilbury Walk|address]]. [[Gemma|name]] and [[Dave|name]] ([[no. 25|address]],
[[07368 519 274|phone]]) are the
     first people to ring if [[Josh|name]] comes to the house; then 999. [[Dave|name]] will fit the video doorbell ([[5 Dec|date]]).
   - [[Leonie|name]] will not let [[Josh|name]] speak to the children on her phone while the bail conditions last. (Who: Mum)
2. Nights and weekends
   - Nanny [[Sandra|name]] has the children every other weekend in [[Salisbury|place]] from [[5th December|date]]; Grandad [[Terry|name]]
     drives ([[Amesbury|place]] - [[Andover|place]] - [[Salisbury|place]]).
3. Christmas
   - [[Leonie|name]] and the children to [[Kirsty|name]]'s in [[Paderborn|place]] [[20 December|date]] to [[2 January|date]] (flights from
     [[Bristol|place]]); [[Kirsty|name]] will send the address and her number to [[Owen|name]]. Social worker to check that this is OK with
     the police (no travel conditions on Mum).
4. School
   - Mrs [[Bendall|name]] to carry on ELSA for [[Harley|name]]; Nursery-to-Reception worker to keep an eye on [[Bella|name]] (Mrs
     [[Kemp|name]]).
5. Dad
   - The family wants [[Josh|name]] to get help for his drinking (the army's) before any contact. [[Terry|name]] will keep in touch
     with him. Any contact to be agreed at the child protection review on [[14/12/2026|date]].
If the plan is not working: [[Leonie|name]] rings [[Owen|name]] ([[owen.haddock@meonwater.gov.uk|email]]) or the coordinator; review FGC
Sat [[27 Feb 2027|date]]? - to be set.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 51 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 02:27 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cpl", "lcpl", "capt", "major", "op",
           "née", "cllr", "hhj", "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma",
           "grandad", "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "baba", "mama", "papa", "abuela",
           "abuelo", "señor", "señores", "papi", "mami", "tía", "tia", "tío", "tio", "señora", "sra", "don", "doña", "madam", "aka",
           "apa", "tagha", "hede"}
_AFTER = {"aka", "apa", "tagha", "hede", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "hampshire", "north hampshire",
               "dorset", "isle of wight", "the island", "the isle of wight", "wight", "wiltshire", "the south coast", "xinjiang",
               "east turkistan", "turkey", "türkiye", "kazakhstan", "china", "venezuela", "spain", "colombia", "zulia",
               "afghanistan", "cyprus", "europe", "latin america"}


_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
