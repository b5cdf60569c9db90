"""Set 154: a held-out hand-written set for the redaction detector, six more invented families in and around Scarborough and
Whitby, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files other
helpers were writing at the same time (bench/redaction_set155.py to redaction_set157.py and their tests), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here), the docstrings
of bench/redaction_set7.py to redaction_set153.py (printed only, and searched in that printout for towns, districts and
communities, to pick a home and communities no earlier set used), bench/redaction_handwritten.py (its helpers), and the ruff
settings in pyproject.toml. Set 15's checker has no module-level function definitions to print; it is imported as set 21
imports it. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made with a check-digit loop and
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in
the gold marking is found after scoring, correct only the marking and say so here.

Written against a hard deadline: 24 fairly short documents, four per family, each with its own style label, at the low end of
the brief's size (about 900 spans); some documents end with an addendum or a further list added in a second pass.

Six families, each from a town, district, estate or village no earlier set used as a family's home: a white British family
on the Gallows Close estate in Scarborough with a nan in Newby (Wray / Coultas; dog bites from a partner's friend's XL bully,
hunger, school attendance); a white British family in Stakesby, Whitby, with a father in Glaisdale (Harland / Pickering; a
boy of 15 missing to Middlesbrough, a county line, a return home interview); a Shetland fishing family on the Streonshalh
estate in Whitby with a granny in Scalloway (Isbister / Jamieson; a father's drinking after the boat was sold, domestic
abuse, a girl of 11 caring for her brother, a granny's letter in Shetland dialect); an Iranian Baha'i family in Scalby
(Rouhani / Sabet; a girl of 14 self-harming, physical chastisement by a controlling father, a grandmother in Shiraz, Persian
script); a young white British family in Staithes with a nan in Hinderwell (Verrill / Theaker; a baby of 15 weeks with
bruising and a rib fracture, care proceedings); and a kinship care family in Burniston (Boyes; grandparents caring for a girl
of 7 whose mother in Eastfield uses heroin). The two communities no earlier set used are Shetlanders and Iranian Baha'is.
Document types and styles: a home visit case note, a school attendance officer's letter, a Facebook Messenger chat typed up
from screenshots, an emergency department paediatric liaison form, a return home interview, exploitation strategy meeting
minutes, Snapchat messages from a police phone download, a youth worker's notes typed fast on a phone, a police domestic abuse
referral, a grandmother's letter in Shetland dialect, a school nurse health appointment record, a police pocket notebook
scanned and OCR'd (with its errors, "R0NAN", and names split across lines), a CAMHS letter, a Telegram chat in Persian and
English typed up and translated, an initial child protection conference report, an interpreter's own note, a health visitor's
contact record, a child protection medical report, a chronology, legal planning meeting minutes, a special guardianship
assessment extract, fostering panel minutes, a supervised contact record and a grandmother's email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid (phonenumbers), UK and Iranian;
NHS numbers and UPNs (LA number 815) pass their check digits. The council's children's service (Esk Lane), the youth service
(Horizons) and the interpreting agency (BookLingo) are invented; towns, districts, villages, real schools and colleges,
hospitals, surgeries, police forces, courts, pubs, shops, brands, apps, parks and attractions are real or realistic and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and kinship
words stay outside a name ("Mrs", "Dr", "PC", "DS", "Nan", "Nana", "Mam", the Persian "خانم" (Mrs), and "joon" / "jan"
after a name); a contact saved under a kinship word ("Mam", "مامان‌بزرگ", "Nana", "Bampy") is not a name; "SURNAME, First" and
"SURNAME First" are one span; initials alone ("T H") are not marked; a name, address or date broken by a line break is one
span; handles ("@deeno.x7", "@nicolaH84", "@macy.stormzz") are not marked; display names that are plain names are; pets
(Bruno, Nala, Biscuit, Dolly) are not names; countries and regions (Iran, Spain, Shetland, North Yorkshire) are not places,
while towns, villages, districts and estates are, in any script ("شیراز") or case ("whitby", "boro"); organisations are not
marked even when they hold a town's or person's name ("Scarborough Hospital", "Falsgrave Surgery", "Whitby Group Practice",
"Cleveland Police", "Police Scotland",
"Filey Surgery", "Scarborough Town Hall", "the Friarage", "James Cook University Hospital", "Fisherman's Arms", "Cod and
Lobster", "Rainbow Centre"); landmarks stay unmarked ("Peasholm Park", "the Spa", "Flamingo Land", "the Riverside"); a firm
named after people marks only the names ("[[Gaskin|name]] & [[Peart|name]]").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a short form of a town
("Boro" for Middlesbrough) is a place where it names the town, and the football ground was reworded out; a Shetland house
name ("Nortoun") is an address, like a street; an OCR misreading of a name ("R0NAN") is a name; a bare day in a list of
visit dates ("2", "9") is a date; the Baha'i Feast, Nowruz and the Local Spiritual Assembly are not marked; a college's name
("Scarborough Sixth Form") is a school; an Iranian address in transliteration ("Kucheh 12, Khiaban-e Eram") is an address.

Self-check without the detector: `python -m bench.redaction_set154` (and tests/test_redaction_set154.py) runs set 15's
checker on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of
documents and gold spans per kind: 24 documents, 901 gold spans, 483 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Wray / Coultas family (white British), Gallows Close, Scarborough, with a nan in Newby -------------------------------

HOME_A = d.Address("31 Hawthorn Walk", "Gallows Close", "Scarborough", "YO12 6QT")
NAN_A = d.Address("9 Green Lane", "Newby", "Scarborough", "YO12 5JD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kenzie", "Wray")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["6878189446", "F815480134163"],
       schools=["Gladstone Road Primary School"]),
    _p("s", "sibling", [("Summer-Rae", "Coultas")], dt.date(2023, 2, 20), addresses=[HOME_A], ids=["7127894116"]),
    _p("m", "mother", [("Jodie", "Wray")], dt.date(1996, 8, 14), addresses=[HOME_A], phones=["07567 378 074"],
       ids=["JW 44 18 20 B"]),
    _p("f", "partner", [("Lee", "Coultas")], dt.date(1991, 12, 1), addresses=[HOME_A], phones=["07869 078 068"]),
    _p("g", "grandparent", [("Pauline", "Wray")], dt.date(1970, 6, 30), addresses=[NAN_A], phones=["01723 707 866"]),
    _p("p1", "professional", [("Bethany", "Stockdale")], phones=["07877 914 420"], emails=["bethany.stockdale@esklane.gov.uk"]),
], "c")

DOCS_A = [
    ("home visit case note", """CASE NOTE - Home visit (unannounced)
Child: [[Kenzie WRAY|name]]   DOB: [[09/04/2017|dob]]   NHS: [[687 818 9446|nhs]]
Address: [[31 Hawthorn Walk|address]], [[Gallows Close|place]], [[Scarborough|place]] [[YO12 6QT|postcode]]
Worker: [[Bethany Stockdale|name]], Social Worker, Esk Lane Children's Services
Date of visit: Thursday [[26 November 2026|date]], 16:10 - 17:05

Present: [[Jodie|name]] (mum), [[Kenzie|name]], [[Summer-Rae|name]] (3) and [[Lee Coultas|name]] (mum's partner, arrived 16:40).

Purpose: follow up on the referral from [[Gladstone Road|school]] on [[23/11/2026|date]] about [[Kenzie|name]] coming in hungry and with
a bite mark on his forearm. [[Kenzie|name]] told his teacher Mrs [[Hebden|name]] that "[[Lee|name]]'s dog done it".

The front room was cold (the meter had run out, [[Jodie|name]] said it would be topped up when [[Lee|name]] got paid). There were two
dogs in the kitchen, an XL bully called Bruno and a staffie cross called Nala; both were shut behind a baby gate that
[[Summer-Rae|name]] could open. [[Jodie|name]] said Bruno belongs to [[Lee|name]]'s mate [[Dale Sollitt|name]], who is "minding" him until
he is out of [[Armley|place]]. She did not know whether he had an exemption certificate.

[[Kenzie|name]] showed me his room. Mattress on the floor, no duvet cover, a games console. He said he has toast for tea "most
days" and goes to Nan [[Pauline|name]]'s in [[Newby|place]] on Sundays "for a proper dinner". He said he likes Mr [[Bell|name]] (teacher)
and football at the Flamingo Land holiday club.

Spoke with [[Lee|name]] in the garden. He said the bite was "play" and the boy "winds the dog up". He refused to give his
date of birth and said he would not be "told what to do by [[Scarborough|place]] social". He gave a phone number,
[[07869 078 068|phone]].

Actions: dog to be rehomed or kept away from the children (written agreement signed by [[Jodie|name]]); food bank voucher for
the Rainbow Centre; ring Nan on [[01723 707 866|phone]]; strategy discussion if any further injury. Next visit by
[[04/12/2026|date]].
Addendum [[27/11/2026|date]] 09:15: rang Nan ([[Pauline Wray|name]]) - she will have [[Kenzie|name]] Wed to Fri. She said
[[Dale Sollitt|name]]'s
girlfriend, [[Kerry-Ann Bointon|name]], has been "dropping the dog off" at [[Hawthorn Walk|address]] most days. Neighbour at
[[no. 29|address]],
Mr [[Cyril Knaggs|name]], has complained to Beyond Housing about barking. [[Jodie|name]]'s NI number for the DWP letter:
[[JW 44 18 20 B|ni]].
[[Kenzie|name]]'s dad, [[Ryan Swales|name]], lives in [[Filey|place]] ([[Muston Road|address]]); no contact since
[[Christmas Eve 2024|date]].
Family and network (from [[Jodie|name]]): her sister [[Stacey Wray|name]] ([[Barrowcliff|place]], [[07784 219 520|phone]]); [[Lee|name]]'s
mum [[Brenda
Coultas|name]] in [[Seamer|place]]; [[Summer-Rae|name]]'s nursery, [[Little Acorns|school]] on [[Ryndle
Walk|address]]; friend [[Chantelle|name]] at [[no. 4|address]].
"""),
    ("school attendance officer's letter", """Gladstone Road Primary School
Gladstone Road, [[Scarborough|place]] [[YO12 7BS|postcode]]

[[1 December 2026|date]]

Ms [[J Wray|name]]
[[31 Hawthorn Walk|address]]
[[Gallows Close|place]]
[[SCARBOROUGH|place]]
[[YO12 6QT|postcode]]

Dear Ms [[Wray|name]],

Re: [[Kenzie Wray|name]], Year 4 (UPN [[F815480134163|upn]])

I am writing because [[Kenzie|name]]'s attendance this term is 78.6%. He has missed 19 sessions since [[3 September|date]], 11 of
them without a reason given, and he has been late on 14 mornings, most recently on [[27 November|date]] and [[30 November|date]].

When we spoke on the phone on [[24.11.26|date]] you told me [[Kenzie|name]] had been staying at his nan's in [[Newby|place]] and that
the bus from there is "a nightmare". I understand, and we would be glad to help: our Family Support Worker, Mrs [[Anita
Chapman|name]], can meet you and talk about the breakfast club, which is free for [[Kenzie|name]].

I must also let you know that if his attendance does not improve over the next six school weeks the school will have to
ask North Yorkshire Council's attendance team about the next step. I would much rather we sorted this together.

Please ring me on [[01723 825 031|phone]] or come in any morning.

Yours sincerely,

[[Gemma Trousdale|name]]
Attendance and Pastoral Lead
cc. [[Bethany Stockdale|name]], Esk Lane Children's Services
Sessions missed (unauthorised): [[4 Sept|date]], [[11 Sept|date]], [[18-19 Sept|date]], [[2 Oct|date]], [[13 Oct|date]], [[6 Nov|date]] and
[[13 Nov|date]] (am and pm). Class teacher: Mr [[Dominic Bell|name]]. Family Support: Mrs [[Chapman|name]], [[07784 219 513|phone]].
"""),
    ("Facebook Messenger chat typed up from a mother's screenshots", """Screenshots sent in by [[Jodie|name]] on [[2/12/26|date]], typed
up by [[B Stockdale|name]]. Spelling as in the original.

[[Pauline Wray|name]] -> [[Jodie|name]]     (her contact name shows as "Mam")
[[28 Nov|date]] 19:02  Mam: is [[kenz|name]] stopping here tmrw again or wot
[[28 Nov|date]] 19:05  [[Jodie|name]]: ye if thats ok. lees in a mood
[[28 Nov|date]] 19:05  Mam: hes always in a mood that one. did that social lass come
[[28 Nov|date]] 19:11  [[Jodie|name]]: ye [[bethany|name]]. shes alrite tbh. said the dog has to go
[[28 Nov|date]] 19:12  Mam: GOOD. tell [[dale|name]] to come get it or ill ring the police meself
[[28 Nov|date]] 19:20  [[Jodie|name]]: mam dont. [[lee|name]] will kick off
[[28 Nov|date]] 19:21  Mam: i dont care. [[kenzie|name]] had teeth marks in his arm [[jodie|name]]. TEETH MARKS
[[28 Nov|date]] 19:24  [[Jodie|name]]: i no. im sorting it
[[29 Nov|date]] 08:40  Mam: ive got him, hes had porridge. ill take him to school on the 10 bus from [[scalby road|address]]
[[29 Nov|date]] 08:41  Mam: [[summer|name]] can come to mine an all on weds if you want, ive got [[barbara|name]] from [[no 11|address]] to
sit wi her while i do me shift at tesco
[[29 Nov|date]] 08:55  [[Jodie|name]]: thanks mam luv u x
[[30 Nov|date]] 22:13  Mam: is he home. he forgot his reading book at mine
[[30 Nov|date]] 22:40  Mam: JODIE
[[30 Nov|date]] 23:02  [[Jodie|name]]: sorry was asleep. ye hes home
[[1 Dec|date]] 17:02  Mam: [[lee|name]] was shoutin at [[kenz|name]] in the street, [[maureen|name]] at [[no 33|address]] told me
[[1 Dec|date]] 17:03  Mam: bring them both here tonight. [[dale|name]] and that [[kerry-ann|name]] can sod off
[[1 Dec|date]] 17:30  [[Jodie|name]]: ok. [[bethany|name]] is comin tmrw at 4 anyway. shes bringin a food parcel from the
[[falsgrave|place]] one
[[1 Dec|date]] 17:31  Mam: tell her to ring me. [[01723 707866|phone]]. ill be in from 2
"""),
    ("emergency department paediatric liaison form", """SCARBOROUGH HOSPITAL - EMERGENCY DEPARTMENT
PAEDIATRIC LIAISON NOTIFICATION (for HV / School Nurse / CSC)

Patient: [[WRAY, Kenzie|name]]          DOB [[9-Apr-2017|dob]]     NHS No [[687 818 9446|nhs]]
Address on system: [[31 Hawthorn Wk|address]], [[Scarborough|place]] [[YO12 6QT|postcode]]
GP: Falsgrave Surgery
Attended: [[05/12/2026|date]] 18:47   Discharged: 21:15
Brought by: grandmother ([[Pauline WRAY|name]], [[01723 707866|phone]]); mother joined later by taxi

Presenting complaint: dog bite L hand and L forearm (3 punctures, 1 laceration 2.5 cm). Dog known: belongs to a friend of
mother's partner. Per grandmother the dog "got out" at [[Hawthorn Walk|address]] when [[Kenzie|name]] went to fetch his scooter.
Previous attendance: none here; minor injuries at [[Whitby|place]] on [[17/08/2026|date]] (fall).

Seen by: Dr [[R Okonjo|name]] (ST4 paeds), Dr [[Hal Mennell|name]] (ED reg)
Treatment: irrigation, steri-strips, co-amoxiclav, tetanus up to date.

Safeguarding: second dog bite in two weeks (school referral [[23 Nov|date]]). Police informed (dangerous dog) - PC [[Kirsty
Agar|name]] attended, ref NYP-2026-1205-0733. Social worker [[Bethany Stockdale|name]] rung on [[07877 914 420|phone]] at 20:05, no
answer; message left, EDT informed ([[Sam Lofthouse|name]]).
Sibling: [[Summer-Rae Coultas|name]] (3), at home with [[Lee Coultas|name]] at time of attendance.

Completed by: [[Wendy Arundel|name]], Paediatric Liaison Nurse, [[06/12/2026|date]]
Other children known: none at this address. Previous GP: Filey Surgery (to 2022).
Nan's address: [[9 Green Lane|address]], [[Newby|place]] [[YO12 5JD|postcode]]. School: [[Gladstone Road Primary|school]]. Form seen by
[[Maxine Tindall|name]], Named Nurse, [[07/12/2026|date]].
"""),
]


# --- B. Harland / Pickering family (white British), Stakesby Vale, Whitby, with a father in Glaisdale ------------------------

HOME_B = d.Address("18 Stakesby Vale", "Stakesby", "Whitby", "YO21 1JZ")
DAD_B = d.Address("2 Lealholm Lane", "", "Glaisdale", "YO21 2QA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Harland")], dt.date(2011, 5, 3), addresses=[HOME_B], ids=["5606689669", "P815426502076"],
       schools=["Caedmon College Whitby"]),
    _p("m", "mother", [("Nicola", "Harland")], dt.date(1984, 10, 22), addresses=[HOME_B], phones=["07741 872 084"]),
    _p("f", "father", [("Craig", "Pickering")], dt.date(1982, 3, 17), addresses=[DAD_B], phones=["07520 958 167"]),
    _p("p1", "professional", [("Owen", "Marwood")], phones=["07493 684 005"], emails=["owen.marwood@esklane.gov.uk"]),
], "c")

DOCS_B = [
    ("missing episode return home interview", """RETURN HOME INTERVIEW (RHI) - completed by an independent worker

Young person: [[Tyler Harland|name]]   DOB: [[03.05.2011|dob]]   Age: 15
Home: [[18 Stakesby Vale|address]], [[Whitby|place]] [[YO21 1JZ|postcode]] (with mum, [[Nicola Harland|name]])
School: [[Caedmon College|school]]
Missing from: evening of Fri [[20 November 2026|date]]   Found: Sun [[22/11/2026|date]] 14:30
Found where: [[Middlesbrough|place]] bus station, by BTP (PC [[Aziz|name]]), after a sighting by a Stagecoach driver
RHI done: [[24 November 2026|date]] at the Whitby Library, by [[Leanne Calvert|name]] (Horizons Young People's Service)

What [[Tyler|name]] said (his words where I could write them down):
He went on the train from [[Whitby|place]] to [[Middlesbrough|place]] "to see a mate". The mate is "[[Kyle|name]]", about 19, who he met
at the skate park by the Co-op on [[Church Street|address]]. He stayed both nights at a flat "near the Riverside" with
[[Kyle|name]], another lad called "[[Deeno|name]]" and a girl called [[Shannon|name]], who is about 16 and from [[Thornaby|place]]. He said
nobody made him do anything. He said [[Deeno|name]] gave him £50 and a phone "to keep for him". He would not say what was on
the phone. He said he threw his own phone in the beck at [[Ruswarp|place]] because his mum "keeps tracking it".

He asked whether his dad ([[Craig|name]]) knew. He said he wants to live with his dad in [[Glaisdale|place]] "where nobody can find
me" but his dad "doesn't answer".

Push/pull: school exclusion (fixed-term, [[16/11|date]] to [[20/11|date]]), arguments at home about money, older peers, cash.
Risk: HIGH - indicators of child criminal exploitation (new phone, money, older males, travel out of area). Shared
with [[Owen Marwood|name]] (SW) on [[24/11/2026|date]] by phone ([[07493 684 005|phone]]) and by email
([[owen.marwood@esklane.gov.uk|email]]).
Other names [[Tyler|name]] gave: "[[Bez|name]]" (older, drives), "[[Connor|name]] from [[Eastfield|place]]", a lad of about 17; his
girlfriend [[Evie Pennock|name]] ([[Eskdale School|school]]) was with him on the train as far as
[[Grosmont|place]], then got off and went to her aunt's in [[Egton Bridge|place]]. Mum's mobile: [[07741 872 084|phone]].
"""),
    ("strategy meeting minutes (exploitation)", """ESK LANE CHILDREN'S SERVICES - STRATEGY MEETING (Child Exploitation)
Date: [[25.11.2026|date]]   Time: 10:00   Venue: Teams
Child: [[HARLAND, Tyler|name]] ([[03/05/2011|dob]])   Chair: [[Rachel Fenwick|name]], Team Manager

Present: [[Owen Marwood|name]] (SW, minutes), DS [[Paul Readman|name]] (NYP Exploitation Team), [[Leanne Calvert|name]] (Horizons),
Mr [[Ian Brunton|name]] (DSL, [[Caedmon|school]]), [[Jo Ventress|name]] (school nurse), PC [[Ellie Trattles|name]] (BTP
[[Middlesbrough|place]]).
Apologies: Dr [[Nabil Haddad|name]] (GP, Whitby Group Practice).

1. Information shared
DS [[Readman|name]]: the flat [[Tyler|name]] was at is [[Flat 3, 41 Waterloo Road|address]], [[Middlesbrough|place]] [[TS1 3JB|postcode]].
It is
linked to a county line run into [[Whitby|place]] and [[Scarborough|place]] ("the Skull line"). [[Kyle|name]] is believed to be [[Kyle
Dobson|name]], 19, known to Cleveland Police. "[[Deeno|name]]" not identified. Vehicle seen collecting young people at
[[Whitby|place]] station on the [[21st|date]]: a grey Audi A3, [[NX19 KHU|vehicle]].
Mr [[Brunton|name]]: [[Tyler|name]] has been selling vapes in school; two fixed-term exclusions this term. He is bright and loves
motorbikes. His friend [[Macy Storm|name]] (Yr 10) told staff he has "a job in [[Boro|place]]".
[[Leanne|name]]: RHI attached. [[Tyler|name]] trusts his dad, [[Craig Pickering|name]], who lives in [[Glaisdale|place]]; dad has not been
spoken to yet.

2. Decisions
Threshold met for a s47 enquiry (exploitation). Joint visit [[Owen|name]] and DS [[Readman|name]] on [[26 November|date]].
NRM referral to be considered. [[Craig Pickering|name]] to be contacted on [[07520 958 167|phone]]. MACE panel on [[9 December|date]].
3. Actions
[[Owen|name]]: joint visit [[26/11|date]]; ring [[Craig|name]]. DS [[Readman|name]]: PNC check on [[Kyle Dobson|name]],
[[NX19 KHU|vehicle]] keeper
([[Dean Ruddock|name]], [[Thornaby|place]]); intel to BTP. Mr [[Brunton|name]]: part-time timetable review with
the SENCo, Mrs [[Sedman|name]], by [[2 December|date]]. [[Leanne|name]]: weekly sessions from [[1 December|date]].
"""),
    ("Snapchat messages from a phone download report", """EXTRACT - NYP Digital Forensics, exhibit PR/4 (handset found on [[Tyler|name]]
[[22/11/2026|date]])
Exported by: DC [[Tom Haxby|name]]   Date of export: [[2026-11-30|date]]
Display names as saved on the handset. Handles are shown in brackets and are not changed.

Chat: "D" (@deeno.x7)
2026-11-21 09:12  D: u up
2026-11-21 09:14  [[Tyler|name]] (me): ye
2026-11-21 09:15  D: go wiv shan to the bus stn 11. [[kyle|name]] will meet u
2026-11-21 09:15  D: dont bring ur phone the old one
2026-11-21 11:48  D: ? where u at
2026-11-21 11:50  [[Tyler|name]] (me): in the cafe wiv [[shannon|name]]
2026-11-21 12:30  D: right u an her on the 93 to [[whitby|place]] tmrw. go to [[esk terrace|address]] [[no 7|address]] ask for
[[ricky|name]]
2026-11-21 12:31  D: dont talk to no1 on the train
2026-11-21 22:03  D: ur mam is on fb saying ur missing lol
2026-11-21 22:04  [[Tyler|name]] (me): wot do i do
2026-11-21 22:06  D: nowt. ur wiv us now

Chat: "Mam" (@nicolaH84)
2026-11-21 23:41  Mam: [[TYLER|name]] PLEASE just ring me. i wont be mad. ring me or ring ur dad [[07520 958167|phone]]
2026-11-22 07:10  Mam: the police are here. please baby x

Chat: "[[Macy|name]]" (@macy.stormzz)
2026-11-21 16:22  [[Macy|name]]: everyone sayin ur in [[boro|place]]??
2026-11-21 16:30  [[Tyler|name]] (me): ye dont say nowt

Chat: "Dad" (@craigp82)
2026-11-21 18:02  Dad: [[Ty|name]] where r u. ur mam rang me. come to [[glaisdale|place]] i'll get u from [[castleton|place]] station
2026-11-21 18:40  Dad: [[carly|name]] has made ur bed up
Subscriber details for @deeno.x7 (from Snap Inc., [[2026-12-02|date]]): name given "[[Dean Oxley|name]]", email
[[deano.ox99@gmail.com|email]], phone [[07784 219 547|phone]]? - not confirmed.
"""),
    ("youth worker's phone notes", """notes on phone - [[L Calvert|name]] - tidy up later!!

[[27/11|date]] 15.40 outreach, whitby harbour/swing bridge. saw T H (i.e. [[Tyler|name]]) w/ 2 older lads on bikes by the
lifeboat stn. one = prob "[[ricky|name]]" - 20ish, tattoo on neck, black north face. [[Tyler|name]] came over, said hes "fine", got
new trainers (airmax, £££). said hes going to his dads at the w/end. asked if i'd tell [[owen|name]]. said yes i have to.
lads rode off towards [[spital bridge|address]].

16.10 rang [[owen|name]], VM. rang DS [[readman|name]] - he'll log it as intel.
16.30 [[nicola|name]] rang me back ([[07741 872084|phone]]) - T not home, she's at work at the chippy til 10. gave her the NWG
leaflet. she said [[craig|name]] picked up finally, he's coming over sat [[28th|date]].

[[30/11|date]] - [[Tyler|name]] at dad's in [[glaisdale|place]] all wkend per mum. good!! dad's partner [[Carly|name]] is "nice".
[[Tyler|name]] texted me pic of the moors lol.

[[1/12|date]] - session at [[Eskdale|school]]: T + [[evie|name]] ([[pennock|name]]). T says [[deeno|name]] "owes him" and [[kyle|name]]'s
"gone to [[leeds|place]]".
[[Evie|name]]'s mum [[Lorraine Pennock|name]] rang worried - [[07784 219 507|phone]]? no thats nyes... check.
"""),
]


# --- C. Isbister / Jamieson family (Shetlanders), Streonshalh, Whitby, with a granny in Scalloway -----------------------------

HOME_C = d.Address("7 Abbots Road", "Streonshalh", "Whitby", "YO22 4EH")
GRAN_C = d.Address("Nortoun, 3 Port Arthur", "", "Scalloway", "ZE1 0UN")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Freya", "Isbister")], dt.date(2015, 7, 28), addresses=[HOME_C], ids=["5457560538", "C815262016182"],
       schools=["Whitby West Cliff Primary"]),
    _p("s", "sibling", [("Ronan", "Isbister")], dt.date(2020, 1, 11), addresses=[HOME_C], ids=["4246394831"]),
    _p("m", "mother", [("Kirsty", "Jamieson")], dt.date(1989, 9, 5), addresses=[HOME_C], phones=["07521 768 325"]),
    _p("f", "father", [("Magnus", "Isbister")], dt.date(1985, 2, 12), addresses=[HOME_C], phones=["07503 967 413"]),
    _p("g", "grandparent", [("Ina", "Jamieson")], dt.date(1958, 11, 19), addresses=[GRAN_C], phones=["01595 412083"]),
], "c")

DOCS_C = [
    ("domestic abuse referral to children's services", """REFERRAL - DOMESTIC ABUSE (from North Yorkshire Police, via the MASH)
Received: [[19/10/2026|date]] 08:12     Referrer: PC [[Joel Cammish|name]] 1442, Whitby Response
Children: [[Freya ISBISTER|name]] (DOB [[28/07/2015|dob]]), [[Ronan ISBISTER|name]] (DOB [[11/01/2020|dob]])
Address: [[7 Abbots Road|address]], [[Whitby|place]] [[YO22 4EH|postcode]]
Victim: [[Kirsty JAMIESON|name]] ([[05/09/1989|dob]])   Suspect: [[Magnus ISBISTER|name]] ([[12/02/1985|dob]])

Circumstances: at 23:40 on [[18 October 2026|date]] a neighbour, Mrs [[Val Cockerill|name]] ([[no. 9|address]]), rang 999 after hearing
shouting and glass breaking. On arrival [[Kirsty|name]] had a swollen lip. She said [[Magnus|name]] came in from the Fisherman's Arms
drunk, and threw a bottle at the wall; she was hit when she tried to take his keys. The children were upstairs. [[Freya|name]]
(11) came down and was seen on the stairs holding [[Ronan|name]]. She told PC [[Cammish|name]] "it's no as bad as when we wir in
[[Lerwick|place]]".

Background given by [[Kirsty|name]]: the family moved from [[Burra|place]], Shetland, in [[March 2025|date]] after [[Magnus|name]]'s share
in
the boat was sold. He crews on a [[Whitby|place]] trawler now, gone 4 or 5 days at a time. Drinking has got worse. She does not
want to press charges. Her mother, [[Ina Jamieson|name]], lives in [[Scalloway|place]] ([[01595 412083|phone]]).

DASH: 12 ticks (medium). [[Magnus|name]] arrested, released under investigation [[19/10/2026|date]]. Mobile for [[Kirsty|name]]:
[[07521 768 325|phone]] (safe to call after 9 am).
Other children in the household: none. School: [[Freya|name]] at [[West Cliff|school]]; [[Ronan|name]] at [[Stakesby Primary|school]]
(Reception).
Referral passed to [[Owen Marwood|name]] (duty SW) on [[19 Oct|date]]. [[Magnus|name]]'s mobile [[07503 967 413|phone]]; skipper of the
boat, Mr [[Ray Storr|name]], can be reached through the harbour office.
Previous incidents: [[Lerwick|place]], [[14/02/2024|date]] (Police Scotland); [[Whitby|place]], [[2 August 2026|date]] (verbal only).
"""),
    ("a grandmother's letter in Shetland dialect", """[[Nortoun|address]], [[Port Arthur|address]]
[[Scalloway|place]]
[[ZE1 0UN|postcode]]
Sunday [[1st November|date]]

Dear Mr [[Marwood|name]],

Dunna mind me writing. [[Kirsty|name]] gied me your name an said you wir da social worker for da bairns. I am
[[Freya|name]] an [[Ronan|name]]'s granny. I'm no fancy wi letters so you'll hae ta bide wi me.

I ken [[Magnus|name]] since he wis a peerie boy in [[Hamnavoe|place]]. He's no a bad man bit da drink gets him, an it got waar
efter da boat. I telt [[Kirsty|name]] no ta geng sooth. Der nae work for him dere but da same as here, an nae folk ta help her.

[[Freya|name]] phones me every nicht aboot 8 o'clock. She's owre auld for her years. She tells me she pits [[Ronan|name]] ta his bed
an shuts da door so he disna hear. Dat's no richt for a lass o eleeven.

If it comes ta it da bairns can come ta me. I hae da room an da school is at da end o da road. My brither [[Lowrie
Tulloch|name]] in [[Trondra|place]] wid help. I can come doon on da boat ta [[Aberdeen|place]] an da train, I'm no feart.

My phone is [[01595 412083|phone]] an da mobile is [[07508 458 672|phone]]. Write ta me or ring efter da news.

Yours sincerely,
[[Ina Jamieson|name]] (Mrs)

P.S. [[Magnus|name]]'s midder, [[Agnes Isbister|name]], is in da home at [[Walls|place]] noo an disna ken onybody. His brither
[[Bertie|name]]
is in [[Peterhead|place]] on da boats. Dey'll be nae help. Da [[Jamiesons|name]] will.
"""),
    ("school nurse health appointment record", """SCHOOL NURSING - HEALTH APPOINTMENT (single agency record)
Name: [[Freya Isbister|name]]    NHS: [[545 756 0538|nhs]]    DOB: [[28 Jul 2015|dob]]
School: [[Whitby West Cliff Primary|school]] (Y6)   Seen at: school, medical room   Date: [[12-11-2026|date]]
Nurse: [[Abby Garbutt|name]], SCPHN   Consent: verbal, [[Freya|name]] (Gillick not needed - routine), mum informed

Reason: teacher (Miss [[Lund|name]]) concerned about headaches, tiredness and weight loss since half term.
Weight 34.1 kg (down 1.8 kg from [[14/09/2026|date]]). BMI centile 25th (was 50th).

Voice of the child: [[Freya|name]] said she "doesn't sleep much" because she listens for her dad coming in. She makes
[[Ronan|name]]'s packed lunch because mum "goes back to bed". She misses granny and her best friend [[Thora|name]] in [[Lerwick|place]].
She said "Dad's okay when he's at sea". She likes netball and the Whitby Whale Watching trip was "the best day".

Plan: letter to GP (Whitby Group Practice) re weight; referral to the Compass Phoenix CAMHS early help; shared with SW
([[Owen Marwood|name]]) [[12/11/2026|date]]; review [[10 December 2026|date]].
Family: mum [[Kirsty Jamieson|name]] ([[07521 768 325|phone]]); dad [[Magnus Isbister|name]] (at sea); brother [[Ronan|name]] (6) at
[[Stakesby|school]]. Granny [[Ina|name]] in [[Scalloway|place]]. Previous school: [[Hamnavoe Primary|school]], [[Burra|place]] (to
[[March 2025|date]]).
"""),
    ("police pocket notebook entry, scanned and OCR'd", """[OCR of scanned PNB pages 41-42, PC 1442 [[CAMMISH|name]]. Errors from the scan
left in; unclear words marked (?)]

[[3/12/26|date]]   2215 hrs   Attd [[7 Abbots Rd|address]] [[Whitby|place]] re breach
of bail conds. Mal e [[ISBISTER Magnus|name]] present
in kitchen. Bail cond: not to attend. Female [[JAM
IESON Kirsty|name]] states he came at 2130 "to see
the bairns". No injuries. Child [[FREYA|name]] (11) in
hallway in pyjamas - stated "Da wis greetin". Child
[[R0NAN|name]] (5) asleep.
2221 [[ISBISTER|name]] arrested breach of bail. Replied
"Ah'm no gaan onywye wi'oot seein [[Freya|name]]". Allowed
to say goodnight, supervised.
Vehicle outside: blue Transit [[YX16 RBO|vehicle]] - reg keeper
[[M Isbister|name]] (?), c/o [[Scalloway|place]].
2240 transport to [[Scarborough|place]] custody.
Neighbour Mrs [[COCKERILL|name]] ([[No 9|address]]) states
he has been "sitting in the van most nights this
week". Her ph [[07474 113 439|phone]].
[[4/12/26|date]] 0115 Intvw [[ISBISTER|name]] at [[Scarb
orough|place]] custody. Solicitor Mr [[J Ellerby|name]]
"""),
]


# --- D. Rouhani / Sabet family (Iranian Baha'i), Scalby, Scarborough, with a grandmother in Shiraz -----------------------------

HOME_D = d.Address("4 Hackness Road", "Scalby", "Scarborough", "YO13 0QJ")
GRAN_D = d.Address("Kucheh 12, Khiaban-e Eram", "", "Shiraz", "")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Nika", "Sabet")], dt.date(2012, 3, 21), addresses=[HOME_D], ids=["6104632017", "A815684959003"],
       schools=["Scalby School"]),
    _p("s", "sibling", [("Arman", "Sabet")], dt.date(2018, 6, 2), addresses=[HOME_D], ids=["4838183801"]),
    _p("m", "mother", [("Shirin", "Rouhani")], dt.date(1983, 12, 8), addresses=[HOME_D], phones=["07784 328 813"]),
    _p("f", "father", [("Payam", "Sabet")], dt.date(1979, 4, 27), addresses=[HOME_D], phones=["07402 624 415"]),
    _p("g", "grandparent", [("Mahin", "Rouhani")], dt.date(1954, 1, 3), addresses=[GRAN_D], phones=["+98 71 3623 4415"]),
], "c")

DOCS_D = [
    ("CAMHS assessment letter", """Compass CAMHS North Yorkshire - Scarborough Team

[[16 November 2026|date]]

Private and confidential
Dr [[E Whitaker|name]], Scalby Surgery
cc. [[Owen Marwood|name]], Esk Lane Children's Services

Dear Dr [[Whitaker|name]],

Re: [[Nika SABET|name]], DOB [[21/03/2012|dob]], NHS [[610 463 2017|nhs]], [[4 Hackness Road|address]], [[Scalby|place]],
[[YO13 0QJ|postcode]]

I saw [[Nika|name]] (14) on [[13 November 2026|date]] with her mother, Mrs [[Shirin Rouhani|name]], after her attendance at A&E on
[[2nd November|date]] with superficial cuts to both forearms. [[Nika|name]] was seen alone for most of the appointment.

[[Nika|name]] was born in [[Shiraz|place]]. The family are Baha'i and came to the UK in 2019; they lived in [[Sheffield|place]]
before moving to [[Scalby|place]] in 2023. [[Nika|name]] told me her father, Mr [[Payam Sabet|name]], checks her phone every night and
has stopped her going to the [[Scarborough Sixth Form|school]] open evening and to her friend [[Lily-Mae Cross|name]]'s birthday in
[[Filey|place]] because boys would be there. She said he hit her with a belt "once, in the summer" when she came home late
from the Spa. She self-harms "to get the noise out" and has not had suicidal intent.

Her mother was tearful and said her husband "is afraid for her" because of what happened to his sister in [[Yazd|place]].
[[Nika|name]] is close to her grandmother, [[Mahin Rouhani|name]], in [[Shiraz|place]], and talks to her most days on WhatsApp.

Because of the disclosure of physical chastisement I have shared this with children's services (telephone referral to the
MASH, [[13/11/2026|date]]). I will see [[Nika|name]] weekly for CBT. Her school ([[Scalby|school]]) are aware.

Yours sincerely,
Dr [[Parveen Akhtar|name]]
Consultant Child and Adolescent Psychiatrist
Contacts: Mrs [[Rouhani|name]] [[07784 328 813|phone]]; Mr [[Sabet|name]] [[07402 624 415|phone]]. [[Nika|name]]'s friend at school,
[[Lily-Mae|name]], and her tutor Ms [[Heselton|name]] know about the cutting. Next appointment [[20/11/2026|date]], then
[[27/11/2026|date]].
"""),
    ("Telegram chat in Persian and English, typed up and translated", """Telegram messages between [[Nika|name]] and her grandmother,
shown to the social worker by [[Nika|name]] on [[25/11/2026|date]]
and typed up with her agreement. Persian (Farsi) in the Persian script; translation by [[Nika|name]], checked by the
interpreter ([[Farah Tehrani|name]]). The contact is saved as "مامان‌بزرگ" (granny).

[[21 Nov|date]] 21:10  مامان‌بزرگ: [[نیکا|name]] جان، خوبی؟ بابات هنوز عصبانیه؟
  ([[Nika|name]] dear, are you ok? Is your dad still angry?)
[[21 Nov|date]] 21:14  [[Nika|name]]: yes. he took my phone again. im on [[arman|name]]s tablet
[[21 Nov|date]] 21:15  مامان‌بزرگ: به [[شیرین|name]] بگو به من زنگ بزنه
  (Tell [[Shirin|name]] to ring me)
[[21 Nov|date]] 21:20  [[Nika|name]]: mum is scared of him too
[[21 Nov|date]] 21:22  مامان‌بزرگ: دعا می‌کنم. نوزده روزه فردا شروع میشه. برو خونه خانم [[ثابتی|name]]
  (I am praying. The Feast starts tomorrow. Go to Mrs [[Sabeti|name]]'s house)
[[21 Nov|date]] 21:23  [[Nika|name]]: [[sabeti|name]] lives in [[york|place]] maman bozorg lol its far
[[22 Nov|date]] 07:02  مامان‌بزرگ: تولدت مبارک عزیزم ... نه، اشتباه کردم، تولد [[آرمان|name]] است
  (Happy birthday my dear ... no, I was wrong, it is [[Arman|name]]'s birthday)
[[22 Nov|date]] 07:30  [[Nika|name]]: its in june maman bozorg!! 😂

Note by SW: [[Mahin Rouhani|name]]'s number on the chat header is [[+98 71 3623 4415|phone]] (landline, [[شیراز|place]]).
[[23 Nov|date]] 19:40  [[Nika|name]]: mr [[dowson|name]] said [[arman|name]] was good today. tell [[ali|name]] and [[neda|name]] in
[[tehran|place]] hi
[[23 Nov|date]] 19:41  مامان‌بزرگ: سلام به [[علی|name]] و [[ندا|name]] می‌رسانم
  (I will give your greetings to [[Ali|name]] and [[Neda|name]])
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Nika Sabet|name]] ([[21.03.2012|dob]]) and [[Arman Sabet|name]] ([[02.06.2018|dob]])
Conference date: [[8 December 2026|date]], Scarborough Town Hall, Room 2
Author: [[Owen Marwood|name]], Social Worker   Interpreter booked: Farsi ([[Farah Tehrani|name]])

1. Family
Mother: [[Shirin ROUHANI|name]] ([[08/12/1983|dob]]), a pharmacist in Iran, now works part-time at Boots,
Westborough. Father: [[Payam SABET|name]] ([[27/04/1979|dob]]), a structural engineer, works in [[Leeds|place]] Mon-Thu. Home: [[4
Hackness Road|address]], [[Scalby|place]]. Maternal grandmother [[Mahin Rouhani|name]] lives in [[Shiraz|place]] ([[Kucheh 12, Khiaban-e
Eram|address]]). Family friends: Mr and Mrs [[Sabeti|name]] in [[York|place]]; [[Mehrdad
Amini|name]], Baha'i community, [[Scarborough|place]].

2. Concerns
On [[13/11/2026|date]] [[Nika|name]] told her psychiatrist, Dr [[Akhtar|name]], that her father hit her with a belt. In the s47 interview
on [[17 November|date]] (DC [[Rosie Beilby|name]]) she repeated this and said it happened on [[15 August|date]]. [[Arman|name]] (8) said
"Baba shouts at [[Nika|name]] but not me". Mr [[Sabet|name]] accepts he "smacked" her once and says he is ashamed.

3. Strengths
Both parents love the children and came to every meeting. [[Nika|name]] is doing well at [[Scalby School|school]]; [[Arman|name]] is at
[[Newby and Scalby Primary|school]], where his teacher Mr [[Dowson|name]] describes him as "a delight". The family have support from
the local Baha'i Assembly. Mrs [[Rouhani|name]] has enrolled on the Freedom Programme.

Recommendation: child protection plan for [[Nika|name]] under physical abuse; child in need for [[Arman|name]].
4. Invited
[[Shirin Rouhani|name]]; [[Payam Sabet|name]]; [[Nika|name]] (views by letter); Dr [[Akhtar|name]]; DC [[Beilby|name]]; Ms
[[Heselton|name]] ([[Scalby|school]]);
Mr [[Dowson|name]] ([[Newby and Scalby|school]]); [[Farah Tehrani|name]] (interpreter). Core group first meeting [[22/12/2026|date]].
Conference chair: [[Sue Raine|name]]. Minutes: [[Kate Duck|name]]. Family's friend [[Mehrdad Amini|name]] ([[07784 219 553|phone]]) to
attend as supporter.
Mr [[Amini|name]]'s wife, [[Roya|name]], teaches [[Arman|name]] Persian on Saturdays at their house on [[Peasholm Drive|address]],
[[Scarborough|place]] [[YO12 7NA|postcode]].
"""),
    ("interpreter's own note after a home visit", """Interpreter's note (Farsi) - [[F Tehrani|name]], BookLingo reg. 30918 - for the
social worker's file

Visit: [[4 Hackness Rd|address]], [[Scalby|place]], [[1/12/2026|date]], 17:30-19:00, with SW [[Owen Marwood|name]].

1. Mrs [[Rouhani|name]] mostly spoke English; she asked me to help when upset. Mr [[Sabet|name]] spoke English throughout
but twice said things in Farsi to his wife, which I interpreted for the SW at once, as agreed: "don't tell them about
[[Mashhad|place]]" and "we should have stayed in [[Sheffield|place]]".
2. "[[Nika|name]] joon" and "[[Arman|name]] jan" are affectionate (joon, jan = dear); not part of the names.
3. Mrs [[Rouhani|name]] wrote her mother's details for the SW in Persian: "[[مهین روحانی|name]]، [[شیراز|place]]". I transliterated:
[[Mahin Rouhani|name]], [[Shiraz|place]].
4. Her mobile: [[07784 328 813|phone]]; his: [[07402 624 415|phone]].
5. I know the family slightly from the Nowruz picnic at Peasholm Park in March; I told the SW at the start.
6. Mr [[Sabet|name]]'s brother, [[Kourosh Sabet|name]], lives in [[Hamburg|place]] ([[+49 40 4289 3316|phone]]); Mr [[Sabet|name]] said he
would
ask him to come for the conference on [[8 December|date]].
"""),
]


# --- E. Verrill / Theaker family (white British), Staithes, with a nan in Hinderwell --------------------------------------------

HOME_E = d.Address("3 Cowbar Lane", "", "Staithes", "TS13 5DA")
NAN_E = d.Address("22 High Street", "", "Hinderwell", "TS13 5JX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alfie-Jay", "Theaker")], dt.date(2026, 7, 30), addresses=[HOME_E], ids=["6440983091"]),
    _p("m", "mother", [("Demi", "Verrill")], dt.date(2007, 1, 16), addresses=[HOME_E], ids=["6387912938"]),
    _p("f", "father", [("Jordan", "Theaker")], dt.date(2004, 9, 9), addresses=[HOME_E]),
    _p("g", "grandparent", [("Tracey", "Verrill")], dt.date(1980, 5, 5), addresses=[NAN_E], phones=["01947 373 112"]),
], "c")

DOCS_E = [
    ("health visitor's new birth and contact record", """HEALTH VISITING - SystmOne contact record (printed)
Child: [[THEAKER, Alfie-Jay|name]]   DOB [[30/07/2026|dob]]   NHS [[644 098 3091|nhs]]
Address: [[3 Cowbar Lane|address]], [[Staithes|place]], [[Saltburn-by-the-Sea|place]] [[TS13 5DA|postcode]]
Mother: [[Demi Verrill|name]] (19)   Father: [[Jordan Theaker|name]] (22)

[[12-Aug-2026|date]] New birth visit - [[Kayleigh Suddaby|name]] HV. Baby well, breastfeeding then formula. Cottage damp, one room
heated. Mum's mum [[Tracey|name]] lives up the bank in [[Hinderwell|place]] and visits daily. Dad works at the potash mine at
[[Boulby|place]], 12-hour shifts. Mum low in mood, EPDS 13; GP informed.
[[02-Sep-2026|date]] Clinic at [[Loftus|place]]. Wt 4.9 kg, on 50th centile. Mum came with friend [[Jade|name]]. Bruise?? - none seen.
[[14-Oct-2026|date]] Home visit. [[Jordan|name]] present, "does all the nights". Said he gets "wound up" when baby won't settle.
Discussed ICON (crying is normal). Leaflet given.
[[09-Nov-2026|date]] Phone call from [[Tracey Verrill|name]] ([[01947 373112|phone]]): she saw a small bruise on [[Alfie-Jay|name]]'s
cheek on
Sunday [[8 November|date]]. [[Demi|name]] says it was his dummy clip. Advised same-day GP. Not attended.
[[10-Nov-2026|date]] Home visit with student HV [[Megan Hoggarth|name]]. Two bruises on L cheek, one on R upper arm, fingertip size.
Non-mobile baby: bruising protocol followed. Rang MASH 11:20; CP medical booked at the Friarage.
[[11-Nov-2026|date]] Strategy: [[Alfie-Jay|name]] to stay with nan [[Tracey|name]] at [[22 High St|address]], [[Hinderwell|place]].
[[Demi|name]] to stay too.
[[Jordan|name]] gone to his mum's, [[Beverley Theaker|name]], in [[Brotton|place]]. HV visits weekly. [[Demi|name]]'s NHS
[[638 791 2938|nhs]].
"""),
    ("child protection medical report", """CHILD PROTECTION MEDICAL ASSESSMENT - SUMMARY REPORT
Child: [[Alfie-Jay Theaker|name]]   Date of birth: [[30 July 2026|dob]]   Age: 15 weeks   NHS No: [[644 098 3091|nhs]]
Examined: [[10 November 2026|date]], 15:30, Paediatric Assessment Unit, The Friarage Hospital, Northallerton
Examining doctor: Dr [[Sinéad Mulvaney|name]], Consultant Paediatrician
Present: mother ([[Demi Verrill|name]]); maternal grandmother ([[Tracey Verrill|name]]); SW [[Hannah Lythe|name]]

History (mother): [[Alfie-Jay|name]] was cared for by his father, [[Jordan|name]], on the night of [[7 November|date]] while she slept at
her mother's. She first saw the mark on the morning of [[8 November|date]]. She thinks the dummy clip caused it. She did not
take him to the GP because "[[Jordan|name]] said they'd take him off us".

Findings: three bruises (L cheek 1.0 x 0.8 cm and 0.7 x 0.6 cm; R upper arm 1.2 x 0.9 cm, oval, grey-blue). Torn upper
frenulum, healing. No other injury. Growth normal.
Investigations: skeletal survey ([[11/11/2026|date]]) - a healing fracture of the L 7th posterior rib, estimated 2-4 weeks
old; CT head normal; ophthalmology (Mr [[Rhys Pryce|name]]) normal retinae; bloods normal.

Opinion: the bruising, the torn frenulum and the rib fracture in a non-mobile infant, without an accidental explanation, are
highly suspicious of inflicted injury. The rib fracture would not be caused by a dummy clip.
Copies: GP (Staithes Surgery), HV [[K Suddaby|name]], DS [[Chris Ibbotson|name]], SW.
Dr [[S Mulvaney|name]], GMC 7012245, [[11 November 2026|date]]. Addendum [[13/11/2026|date]]: siblings none; father [[Jordan Theaker|name]]
declined a medical history interview. Maternal grandmother [[Tracey Verrill|name]], [[22 High Street|address]], [[Hinderwell|place]].
"""),
    ("chronology of significant events", """CHRONOLOGY - [[Alfie-Jay THEAKER|name]] (b. [[30.07.2026|dob]])   Prepared for the legal
planning meeting by [[H Lythe|name]]

Date        | Event                                                                  | Source
[[16.01.2007|dob]]  | [[Demi Verrill|name]] born                                                        | LA records
[[18.03.2019|date]]  | [[Demi|name]] (12) CIN: neglect, [[Hinderwell|place]]; closed [[04.11.2019|date]]                | LA records
[[09.09.2004|dob]]  | [[Jordan Theaker|name]] born, [[Guisborough|place]]                                             | police
[[22.06.2024|date]]  | [[Jordan|name]] cautioned, assault on ex-partner ([[Chloe Raw|name]]), [[Redcar|place]]               | Cleveland
Police
[[30.07.2026|date]]  | [[Alfie-Jay|name]] born, James Cook University Hospital, 38+2 weeks            | maternity
[[12.08.2026|date]]  | HV new birth visit, mum EPDS 13                                        | HV
[[14.10.2026|date]]  | HV: [[Jordan|name]] "wound up" by crying                                          | HV
[[07.11.2026|date]]  | [[Alfie-Jay|name]] with [[Jordan|name]] overnight                                            | mother
[[09.11.2026|date]]  | Nan ([[Tracey|name]]) sees bruise, tells HV                                       | HV
[[10.11.2026|date]]  | CP medical, 3 bruises, torn frenulum                                   | Dr [[Mulvaney|name]]
[[11.11.2026|date]]  | Rib fracture found; [[Alfie-Jay|name]] to nan under a safety plan                       | SW
[[13.11.2026|date]]  | [[Jordan|name]] arrested; bail: no contact, not to enter [[Staithes|place]]              | DS [[Ibbotson|name]]
[[20.11.2026|date]]  | [[Jordan|name]] seen in [[Staithes|place]] by the Cod and Lobster (per neighbour [[Stan Hutton|name]])  | police
[[24.11.2026|date]]  | Legal planning meeting ([[Gareth Pounder|name]])                                  | LA
[[26.11.2026|date]]  | Aunt [[Leanne Theaker|name]] ([[Skelton|place]]) viability visit                              | SW
"""),
    ("legal planning meeting minutes", """LEGAL GATEWAY / PLANNING MEETING - CONFIDENTIAL, LEGALLY PRIVILEGED
Date: [[24/11/2026|date]]   Present: [[Hannah Lythe|name]] (SW), [[Rachel Fenwick|name]] (TM), [[Gareth Pounder|name]] (Solicitor,
Legal Services), [[Owen Marwood|name]] (SW, notes)
Child: [[Alfie-Jay Theaker|name]] (15 wks), at maternal grandmother's, [[22 High Street|address]], [[Hinderwell|place]]
[[TS13 5JX|postcode]]

Discussion: threshold met (non-accidental injury, no explanation). Mother [[Demi|name]] is cooperating but still in contact with
[[Jordan|name]] (texts found by nan). Nan [[Tracey Verrill|name]] wants to care; viability assessment positive ([[Stacey Beadle|name]],
[[19/11|date]]). Paternal aunt [[Leanne Theaker|name]] of [[Skelton|place]] has also come forward.

Decision: issue care proceedings; seek an interim care order with placement with Ms [[Verrill|name]] (nan) under reg 24.
Letter before proceedings not appropriate. Application to be filed by [[1 December 2026|date]]; hearing expected at the
Family Court at Teesside. Mother's solicitor: [[Ruth Gaskin|name]], [[Gaskin|name]] & [[Peart|name]], [[Whitby|place]].
Parties and addresses for the application: mother [[Demi Verrill|name]] ([[16/01/2007|dob]]), [[3 Cowbar Lane|address]], [[Staithes|place]]
[[TS13 5DA|postcode]]; father [[Jordan Theaker|name]] ([[09/09/2004|dob]]), c/o [[14 Marske Road|address]], [[Brotton|place]]
[[TS12 2NZ|postcode]].
Children's guardian to be appointed. Next meeting [[8 Dec|date]].
Family network for the FGC: nan [[Tracey Verrill|name]]; great-nan [[Irene Verrill|name]] ([[Runswick Bay|place]]); aunt
[[Leanne Theaker|name]];
[[Demi|name]]'s best friend [[Jade Hutchinson|name]] ([[Loftus|place]]). FGC coordinator [[Pam Ridsdale|name]] by [[15 December|date]].
"""),
]


# --- F. Boyes family (white British, kinship care), Burniston, with a mother in Eastfield -------------------------------------

HOME_F = d.Address("11 Limestone Road", "", "Burniston", "YO13 0DG")
MUM_F = d.Address("Flat 6, Crossgates House, 40 Westway", "Eastfield", "Scarborough", "YO11 3LT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Boyes")], dt.date(2019, 10, 4), addresses=[HOME_F, MUM_F], ids=["4579309316", "Q815548702128"],
       schools=["Burniston Primary School"]),
    _p("m", "mother", [("Chelsea", "Boyes")], dt.date(1999, 2, 8), addresses=[MUM_F]),
    _p("g", "grandparent", [("Sandra", "Boyes")], dt.date(1965, 4, 1), addresses=[HOME_F]),
    _p("g2", "grandparent", [("Brian", "Boyes")], dt.date(1962, 8, 18), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Form SGA) - SECTION C: THE APPLICANTS
Child: [[Poppy BOYES|name]]   DOB: [[04/10/2019|dob]]   UPN: [[Q815548702128|upn]]   NHS: [[457 930 9316|nhs]]
Applicants: [[Sandra Boyes|name]] ([[01/04/1965|dob]]) and [[Brian Boyes|name]] ([[18/08/1962|dob]]), maternal grandparents
Address: [[11 Limestone Road|address]], [[Burniston|place]], [[Scarborough|place]] [[YO13 0DG|postcode]]
Assessor: [[Nadia Pinder|name]], Kinship Care Team   Visits: [[2|date]], [[9|date]] and [[16 November 2026|date]]

C1. [[Sandra|name]] grew up in [[Eastfield|place]], the youngest of five. She worked for 30 years at the McCain factory and retired
in 2024. [[Brian|name]] is from [[Cloughton|place]]; he was a lorry driver and still drives part-time for a farm at [[Harwood
Dale|place]]. They married in 1986 at St Mark's, [[Newby|place]].

C2. They have cared for [[Poppy|name]] since [[14 February 2025|date]], when [[Chelsea|name]] (their daughter) was arrested at her flat in
[[Eastfield|place]] ([[Flat 6, Crossgates House|address]]) and [[Poppy|name]], then 5, was found alone. [[Chelsea|name]] uses heroin and
crack.
Their son [[Darren Boyes|name]] lives in Spain, in [[Torrevieja|place]], and sends money.

C3. Health: [[Brian|name]] has type 2 diabetes; GP letter from Dr [[Hamid|name]], Ayton and Snainton Medical Practice.
C4. [[Poppy|name]] is settled at [[Burniston Primary|school]]; her best friend is [[Isla Rose Dunning|name]] next door ([[no. 13|address]]).
She calls her grandparents "Nana" and "Bampy". She has a rabbit called Biscuit and a cat called Dolly.
C5. References: [[Margaret Dunning|name]] ([[no. 13|address]]), Revd [[Alison Catt|name]] (Burniston Methodist), and [[Brian|name]]'s former
employer [[Steve Atkinson|name]] of [[Atkinson|name]] Haulage, [[Seamer|place]]. DBS: clear for both ([[22/10/2026|date]]). Household: no
one
else; [[Chelsea|name]]'s ex-partner [[Lewis Gledhill|name]] ([[Poppy|name]]'s father) is in HMP Hull and has no contact.
C6. Contact plan: [[Chelsea|name]] monthly, supervised; paternal grandmother [[Gillian Gledhill|name]] ([[Hull|place]]) by video on
[[Poppy|name]]'s
birthday ([[4 October|date]]) and at Christmas. [[Poppy|name]]'s half-brother [[Kai Gledhill|name]] (12, in foster care in
[[Bridlington|place]]) every
school holiday.
"""),
    ("fostering panel minutes (kinship)", """FOSTERING AND KINSHIP PANEL - MINUTES (extract, item 4)
Date: [[3 December 2026|date]]   Chair: Dr [[Lorna Kitching|name]]   Minutes: [[Ben Harrison|name]]
Members: [[Jackie Moorby|name]], [[Carl Sollitt|name]], [[Aisha Rahman|name]], County Cllr [[Gail Piercy|name]]

Item 4: Mr [[Brian Boyes|name]] and Mrs [[Sandra Boyes|name]] - connected persons ([[Poppy|name]], 7)
Presented by [[Nadia Pinder|name]] (assessor) and [[Hannah Lythe|name]] (child's SW). The applicants attended.

Panel asked Mr [[Boyes|name]] about his health and who would care for [[Poppy|name]] if he was ill. He said their neighbour [[Margaret
Dunning|name]] and his sister [[June Harland|name]] in [[Hunmanby|place]] would help. Panel asked Mrs [[Boyes|name]] how she would manage
contact with [[Chelsea|name]]. She said she would only allow contact at the Rainbow Centre or at McDonald's on [[Falsgrave Road|address]]
and would not let [[Chelsea|name]] know the school's pick-up times.

Recommendation (unanimous): approval as kinship foster carers for [[Poppy Boyes|name]], 0-1 placements, pending SGO.

Agency decision maker: [[Marcus Helliwell|name]], [[10/12/2026|date]]. Minutes agreed by the chair on [[4 Dec 2026|date]].
"""),
    ("supervised contact record", """CONTACT RECORD - supervised family time
Child: [[Poppy|name]] ([[BOYES|name]])   With: mother ([[Chelsea|name]])   Supervisor: [[Tanya Sleightholme|name]], Family Time Worker
Date: Sat [[28.11.26|date]]   Venue: McDonald's, [[Falsgrave Rd|address]], [[Scarborough|place]]   Planned 10:00-11:30

10:00 [[Poppy|name]] arrived with Nana [[Sandra|name]], who left at 10:05.
10:22 [[Chelsea|name]] arrived, 22 minutes late, with a man she called "[[Jonno|name]]" - not approved. I asked him to wait
outside and he did. [[Chelsea|name]] said he's "just a mate from [[Barrowcliff|place]]".
10:30 [[Poppy|name]] showed mum her reading book and a picture of Biscuit. [[Chelsea|name]] cried and said "I'm getting clean,
[[Pops|name]]".
10:50 [[Chelsea|name]] went to the toilet for 12 minutes. Returned drowsy, pupils pinned. I ended contact at 11:05.
[[Poppy|name]] asked "is mummy poorly again?"
11:10 Rang [[Sandra|name]] to collect. [[Jonno|name]] and [[Chelsea|name]] left in a white Corsa, [[YB63 OXT|vehicle]].
Reported to SW [[Hannah Lythe|name]] by phone at 11:40.
Next contact: Sat [[12.12.26|date]], same venue, if [[Chelsea|name]] tests negative. [[Sandra|name]] to bring [[Poppy|name]]. Copy to
[[Nadia Pinder|name]] and to [[Chelsea|name]]'s drug worker, [[Shaun Cammish|name]] (NYES Scarborough, [[07784 219 507|phone]]).
Supervisor's comment: [[Poppy|name]] asked after "[[Kai|name]]" and "Nana [[Gill|name]]". [[Chelsea|name]] said [[Jonno|name]]'s real name
is [[Jonathan Pybus|name]].
"""),
    ("a grandmother's email to the social worker", """From: [[sandra boyes|name]] <[[sandraboyes65@btinternet.com|email]]>
Sent: [[05 December 2026|date]] 21:48
To: [[Hannah Lythe|name]] <[[hannah.lythe@esklane.gov.uk|email]]>
Subject: poppy

Hi [[hannah|name]]

Sorry to email so late. [[Poppy|name]] has been up since 2 crying for her mam. She keeps saying "mummy was poorly at mcdonalds".
[[Brian|name]] says I should not tell you but [[Chelsea|name]] rang our landline Thursday night (the [[3rd|date]]) from a number I didnt
know
([[07784 219 506|phone]]? I wrote it on the calendar, it might be wrong). She asked where [[Poppy|name]]s school was and if she still
went to [[Burniston|school]] or had moved to [[Scalby|place]]. I said nothing. She said her and "[[jonno|name]]" are getting a flat in
[[Whitby|place]].

Also [[Poppy|name]]s teacher Mrs [[Gilfoyle|name]] says she hit a boy ([[Noah|name]]) on Tuesday. She has never done that.

Can we talk Monday. Im at home all day, or ring [[Brian|name]] on his mobile.

Thanks [[Hannah|name]]
[[Sandra|name]] (Nana)

PS [[Brian|name]]'s mobile is [[07784 219 532|phone]] if you cant get me. [[Margaret|name]] next door has a key.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 154 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 16:19 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "cllr", "sw", "hv", "nurse", "our", "me",
           "nan", "nana", "nanna", "nanny", "gran", "granny", "grandad", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie",
           "uncle", "baba", "maman", "bampy", "خانم", "آقای"}
_AFTER = {"joon", "jan", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "united kingdom", "uk", "yorkshire", "north yorkshire", "the north",
               "shetland", "the shetlands", "shetland islands", "orkney", "cleveland", "teesside", "iran", "persia", "spain",
               "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker, then this set's
# titles and kinship words (before a name: "Mam", "Nana", "خانم"; after one: "joon", "jan") and counties, regions and
# countries ("Shetland", "North Yorkshire", "Iran", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
