"""Set 172: a held-out hand-written set for the redaction detector, six more invented families in south-east Northumberland.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set170.py,
bench/redaction_set171.py, bench/redaction_set173.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here), the
docstrings only of bench/redaction_set7.py to bench/redaction_set169.py (searched by a small script for the towns, districts
and communities considered here, to pick ones no earlier set used as a family's home), the module docstring and helpers of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Set 15's checker was used through its import only.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round
of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Morpeth, Cramlington and Bedlington, each from a district no earlier set used as a family's home. Four of the
kinds most common in children's social care: a white British family in Stobhill, Morpeth, with a grandmother in Pegswood
(Dodd / Fenwick / Widdrington; domestic abuse, a father breaking a non-molestation order through a window, a boy of 7 who hid in
his sister's cot, an uncle at the school gate), a white British family in Beaconhill, Cramlington, with an aunt in Parkside
(Armstrong / Heslop / Lisle; a toddler who swallowed a cannabis edible, a drugs warrant, a mother's low mood), a white British
girl of 15 in Bedlington Station with a father in Guide Post and a nan in Netherton Colliery (Pringle / Swinburne / Tate;
missing episodes, an older boyfriend, criminal and sexual exploitation) and a white British family in Westlea, Bedlington,
with a grandmother in Hartford Bridge (Milburn / Thew; a mother's drinking, dental neglect, fuel poverty, a family group
conference). Two from communities no earlier set's docstring names: a Kalmyk Buddhist family from Elista in Russia's Republic
of Kalmykia in Kirkhill, Morpeth (Badmaeva / Ochirov; a circular burn on a boy of 9, a GP's referral, a grandmother who wants
them home, names in Cyrillic) and a Scottish Traveller family on a council site near Shankhouse, Cramlington, with a
grandmother in Perth (Williamson / Townsley; a girl of 13 bullied and kept home to mind her brother, a mother's kidney illness,
attendance enforcement, a grandmother's own letter). 24 documents, twelve of them professional recording (an assessment, a
DSL chronology, a GP referral letter, a home visit note, an ICPC report, core group minutes, a GRT liaison visit record, an
attendance warning letter, a return home interview, a family group conference plan, a dentist's letter, an academy email
chain) and twelve of other kinds: a health visitor's notes typed on a phone, a Messenger chat from screenshots, Telegram
messages translated from Russian and Kalmyk, an OCR'd reading record, a police body-worn video transcript, a nursery's
two-year check with a parent's comments, voicemail transcripts, a grandmother's handwritten letter, a youth support referral
form, a Snapchat police download, a food bank e-referral and OCR'd supervised contact notes.

Invented: every person, address, phone number, NHS number, UPN, email address and vehicle registration (street names may be
real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library),
UK and Russian; NHS numbers and UPNs (LA number 929, Northumberland) pass their check digits. The council (Wansbeck Vale), the
Traveller site (Shankhouse Lane Site), the GP practice (Wansbeck Road Medical Group), the nursery (Little Beacons) and the
dental practice are invented; towns, districts, villages, real schools, hospitals (the RVI, the Freeman, Wansbeck General),
police forces, courts, charities, apps, brands, rivers and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, Nana, Nan, Granny, Aunty, Uncle, Daddy, Old) stay outside the name span; a possessive 's and a bare s in texting
("kirsty"s, "kyle"s) stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span
("PRINGLE, Darren"); an initial with a surname and a first name with an initial after it are one span ("H. Robson", "Tayla P");
initials alone ("LT", "B.B", "T.S", "NF", "MQ") are not marked; a name, an address or a place broken by a line break is one
span holding the break; usernames (tay.xo.11, c0nn0r_t19) are not marked, display names that are plain names are; a contact
saved under a kinship word ("Мама") and a kinship word in Kalmyk ("Ээҗ") are not names; a street address is one span, its
town a place, its postcode a postcode; a street named without a number and a neighbour's bare house number ("no. 27",
"number 7") are addresses, and so is an address abroad, in Cyrillic too; countries, counties and regions ("Scotland",
"Northumberland", "Russia", "Republic of Kalmykia") are not places; organisations are not marked even when they hold a town's
name ("Wansbeck General", "Cramlington Hub", "Bedlington Community Centre", "Bedlington Dental Care", "Cramlington Juniors",
"Ashington Magistrates'", "Newcastle Civil and Family Courts"), while a service, team or branch named by its town in lower-case
words ("Morpeth CID", "Morpeth family hub", "Bedlington library", "Stakeford Co-op", "the Stobhill shop") marks the town, as in
set 21; a school's short form is a school; months and years alone are not marked; pets (Bruno) are not names; a name that is
also a word or a town is marked by what it refers to (Dawn, Amber, Hope, Bell, Heron, Summers, Paris, Scott and Widdrington are
names when they are people; Widdrington Station and Ashington are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Traveller site's name is
an address wherever it appears, since it locates the family's home as set 21's holiday park did, and so is a bare pitch number
("Pitch 6", "6", "pitch 4", "four"); a local short form of a village ("peggy" for Pegswood) is a place; a vehicle registration
read out in the police phonetic alphabet ("November Delta six six Kilo X-ray Oscar") is a vehicle; OCR errors inside a span
stay in it ("0chirov", "M ilburn", "Bed lington", "21/O9/26", "SCH00L"); a Russian postcode ("358000") is a postcode; a
street's short form in a chat ("the villas" for Stobhill Villas) is an address; a date of birth spoken in words in a transcript
("Second of July ninety-one") is a dob; a name in a Russian case ending ("Арслангу") is a name; a nickname inside a full name
is marked on its own ("Lewis", "Lewy" and "Prior" in Lewis "Lewy" Prior); the "RVI" (a hospital) is an organisation; a group of
people ("the Nawken", "Travellers") is not a name; an interpreter's number, a GMC number, a collar number, an occurrence
reference, an exhibit reference and a voucher number are not marked; "Tsagan Sar" (a festival) and the khurul (a temple) are
not marked.

Self-check without the detector: `python -m bench.redaction_set172` (and tests/test_redaction_set172.py) runs set 15's checker
(which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents,
935 gold spans, 548 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dodd / Fenwick family (white British), Stobhill, Morpeth --------------------------------------------------------

HOME_A = d.Address("31 Stobhill Villas", "Stobhill", "Morpeth", "NE61 2SH")
NAN_A = d.Address("6 Jubilee Cottages", "Pegswood", "Morpeth", "NE61 6TA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaydon", "Dodd")], dt.date(2019, 6, 14), addresses=[HOME_A], ids=["644 561 7891", "Z929222518763"],
       schools=["Stobhillgate First School"]),
    _p("s", "sibling", [("Ellie-Mae", "Dodd")], dt.date(2023, 2, 3), addresses=[HOME_A], ids=["841 852 7196"]),
    _p("m", "mother", [("Jodie", "Dodd")], dt.date(1997, 9, 22), addresses=[HOME_A], phones=["07824 663 190"]),
    _p("f", "father", [("Craig", "Widdrington")], dt.date(1993, 4, 8), phones=["07958 214 337"]),
    _p("g", "grandparent", [("Sandra", "Fenwick")], dt.date(1971, 12, 1), addresses=[NAN_A], phones=["01670 513 284"]),
    _p("p1", "professional", [("Hannah", "Robson")], phones=["0300 123 4487"], emails=["hannah.robson@wansbeckvale.gov.uk"]),
], "c")

DOCS_A = [
    ("child and family assessment, analysis and family history section", """WANSBECK VALE COUNCIL - CHILDREN'S SERVICES
CHILD AND FAMILY ASSESSMENT (extract: family history and analysis)
Child: [[Kaydon DODD|name]]   DOB: [[14/06/2019|dob]]   NHS no. [[644 561 7891|nhs]]   UPN [[Z929222518763|upn]]
Address: [[31 Stobhill Villas|address]], [[Stobhill|place]], [[Morpeth|place]] [[NE61 2SH|postcode]]
Sibling: [[Ellie-Mae DODD|name]], DOB [[03.02.2023|dob]], NHS [[841 852 7196|nhs]]
Social worker: [[Hannah Robson|name]]   Started: [[2 October 2026|date]]   Completed: [[27 November 2026|date]]

FAMILY HISTORY
[[Jodie Dodd|name]] (26) grew up in [[Pegswood|place]] with her mother, [[Sandra Fenwick|name]], and two older brothers, [[Liam|name]] and
[[Shaun Fenwick|name]]. She told me she "basically brought up" her brothers after her dad, [[Alan Dodd|name]], left when she was nine and
moved to [[Ashington|place]]; she kept her father's surname. She went to the high school in [[Morpeth|place]] and left at 16 to work at the
garden centre at [[Heighley Gate|place]]. She met [[Craig Widdrington|name]] (33) in 2018 at a friend's party in
[[Widdrington Station|place]];
[[Craig|name]] is father to both children. They lived together at [[14 Howard Terrace|address]], [[Morpeth|place]], until the police were
called on [[19 August 2025|date]], and [[Jodie|name]] was rehoused by Bernicia to [[Stobhill Villas|address]] in January 2026.

[[Craig|name]]'s mother, [[Dawn Widdrington|name]], lives in [[Lynemouth|place]] and sees the children most Sundays. [[Dawn|name]] told me
on the
phone on [[11/11/2026|date]] that she "would have them tomorrow" if needed. [[Jodie|name]]'s closest friend is [[Amber Hope|name]], a
neighbour
at [[no. 27|address]], who [[Kaydon|name]] calls "Aunty [[Amber|name]]". [[Amber|name]] has her own children and was the person
[[Jodie|name]] rang on
the night of [[the 4th|date]].

ANALYSIS
[[Kaydon|name]] (7) is in Year 2 at [[Stobhillgate First|school]]. His teacher, Mrs [[Crisp|name]], describes him as "a gentle lad who
watches
the door". Since half term he has had six late marks and two days off. On [[4 November 2026|date]] he told the school's learning mentor,
[[Rob Heron|name]], that "Daddy came in the window and Mammy was crying on the stairs". [[Craig|name]] is subject to a non-molestation order
made at Newcastle Civil and Family Courts on [[3 September 2025|date]]. He denies coming to the house. A neighbour at [[no. 35|address]],
Mr [[Keith Bell|name]], told PC [[Gemma Straughan|name]] that he saw "the bairns' dad" climbing over the back fence at about 23:15.

[[Jodie|name]] loves her children and her care of them on a normal day is good: [[Ellie-Mae|name]] (3) is on track at her two-year check
with the health visitor, [[Lisa Tait|name]], and [[Kaydon|name]] is clean, fed and warmly dressed. The risk is [[Craig|name]]'s return and
[[Jodie|name]]'s fear of telling anyone. Her mother, [[Sandra|name]], is a protective factor but works nights at a care home in
[[Bedlington|place]]. Outcome: Child in Need plan; referral to Northumberland Domestic Abuse Services; a safety plan with [[Jodie|name]].
[[H. Robson|name]], social worker, [[0300 123 4487|phone]], [[hannah.robson@wansbeckvale.gov.uk|email]]

GENOGRAM KEY (typed from the drawing)
[[Alan Dodd|name]] (b. 1968, [[Ashington|place]]) = [[Sandra Fenwick|name]] (b. [[01/12/1971|dob]], [[Pegswood|place]]) - separated 2006
   children: [[Liam Fenwick|name]] (b. 1993, [[Longhirst|place]]); [[Shaun Fenwick|name]] (b. 1995, in the army at [[Catterick|place]]);
   [[Jodie Dodd|name]] (b. [[22/09/1997|dob]]) = [[Craig Widdrington|name]] (b. [[08.04.1993|dob]], [[Lynemouth|place]]) - separated 2025
      children: [[Kaydon|name]] ([[14/06/2019|dob]]); [[Ellie-Mae|name]] ([[03/02/2023|dob]])
[[Craig|name]]'s parents: [[Dawn Widdrington|name]] ([[Lynemouth|place]]) and [[Billy Widdrington|name]] (died 2020); brother [[Dean|name]]
(lives at [[Ellington|place]], phone [[07852 417 093|phone]] given by [[Jodie|name]] - not checked).
"""),
    ("health visitor's notes typed fast on a phone between visits", """hv notes - [[jodie dodd|name]] / [[ellie mae|name]] - typed on phone
in car outside, will tidy later
[[28/10|date]] 10.40 - hv [[L Tait|name]]. [[Ellie-Mae|name]] 2y8m. wt 13.1kg. speech gd, says "[[kay kay|name]]" for brother + "nanna".
mum tired, v quiet, said [[craig|name]] been texting from new no. - 07xxx she wldnt give. Ask sw? done - txt to [[Hannah R|name]]
home ok, warm, food in. dog (Bruno) in yard. nb back door lock broken - mum says "the landlord knows".
mum's friend [[amber|name]] from [[no 27|address]] popped in during visit, stayed in kitchen.
[[Kaydon|name]] at school. mum says he is wetting again since "the [[4th|date]]".
plan - review [[18.11.26|date]], speech group at [[Morpeth|place]] family hub Weds, mum to ring [[Sandra|name]] re childcare.

[[18.11.26|date]] 14.05 - [[ellie-mae|name]] - missed appt. rang mum [[07824 663 190|phone]] x2 no ans. txt sent.
14.40 - mum rang back from nans in [[pegswood|place]] ([[6 Jubilee Cottages|address]]) - car broke down. rebooked Fri [[20th|date]].

[[20.11.26|date]] 09.30 - seen at nanna [[Sandra|name]]'s, [[Jubilee Cottages|address]], [[Pegswood|place]] [[NE61 6TA|postcode]]. nanna's
landline [[01670 513 284|phone]]. [[Ellie|name]] happy, running about, playing with nanna's neighbour's girl [[Skye|name]].
mum says she's staying at nans "for now". told sw by email. mum says [[Craig|name]]'s brother [[Dean Widdrington|name]] "keeps
driving past" in a white van - reg she thinks [[NK19 FZR|vehicle]]. passed to sw + police (PCSO [[Tom Ridley|name]], [[Morpeth|place]]
neighbourhood team). next - 2 wks. LT
"""),
    ("first school designated safeguarding lead's chronology", """[[STOBHILLGATE FIRST SCHOOL|school]] - SAFEGUARDING CHRONOLOGY (CPOMS
export, abridged)
Pupil: [[DODD, Kaydon|name]]   Year 2 (Class Kestrel)   DOB [[14-06-2019|dob]]   UPN [[Z929222518763|upn]]
DSL: Mrs [[Joanne Hindmarsh|name]]   Deputy DSL: Mr [[Rob Heron|name]] (learning mentor)

Date        | Logged by          | Category         | Entry
[[08/09/2026|date]]  | [[J. Hindmarsh|name]]       | Information      | Mum ([[Jodie|name]]) told office the NMO against
[[Craig Widdrington|name]] is in
            |                    |                  | place until [[03/09/2027|date]]. Collection: mum, or nan [[Sandra Fenwick|name]] only.
[[22/09/2026|date]]  | [[K. Crisp|name]]           | Wellbeing        | [[Kaydon|name]] asleep at table after lunch. Said he was "up with
[[Ellie|name]]".
[[06/10/2026|date]]  | Office ([[Pam|name]])       | Attendance       | Absent, no call. Rang mum 09:40 - "bad tummy". 2nd day
[[07/10|date]].
[[04/11/2026|date]]  | [[R. Heron|name]]           | Disclosure       | In nurture room [[Kaydon|name]] said "Daddy came in the window and
Mammy
            |                    |                  | was crying on the stairs. I hid in [[Ellie|name]]'s cot." Rang CSPA 10:15;
            |                    |                  | spoke to [[Mark|name]] (duty). Police informed by CSPA.
[[04/11/2026|date]]  | [[J. Hindmarsh|name]]       | Action           | Spoke to mum at pick-up with [[Rob|name]]. Mum upset, said "he just
turned up".
[[05/11/2026|date]]  | [[J. Hindmarsh|name]]       | Contact          | Strategy discussion by phone: [[Hannah Robson|name]] (SW), DS
[[Lee Armstrong|name]]
            |                    |                  | ([[Bedlington|place]] CID), me. S47 agreed.
[[12/11/2026|date]]  | [[K. Crisp|name]]           | Wellbeing        | [[Kaydon|name]] drew a house with a "monster at the window".
Picture scanned.
[[19/11/2026|date]]  | Office ([[Pam|name]])       | Collection       | Man saying he was "[[Kaydon|name]]'s uncle [[Dean|name]]" asked at
gate for
            |                    |                  | [[Kaydon|name]]. Refused. Mum and SW told. Staff briefed.
[[25/11/2026|date]]  | [[J. Hindmarsh|name]]       | Meeting          | TAC/CIN meeting at school. Attended: mum, nan, [[Hannah|name]], HV
[[Lisa Tait|name]].
"""),
    ("a mother's Messenger chat with her friend, from screenshots she gave the social worker", """[Screenshots given to
[[Hannah Robson|name]] by [[Jodie Dodd|name]] on [[26 November 2026|date]], typed up. Names as shown in the app.]

[[Amber Hope|name]]
Wed [[4 Nov|date]] 23:31
[[Amber|name]]: u ok hun?? heard shouting
[[Jodie|name]]: hes here. came in the back. kids awake
[[Amber|name]]: ring 999 NOW
[[Jodie|name]]: cant hes got me phone half the time. im in the bathroom
[[Amber|name]]: im coming round. ill bang on the front
[[Jodie|name]]: no dont he'll go mad. [[kay|name]] is in [[ellies|name]] room
23:48
[[Amber|name]]: ive rang them. sorry [[jode|name]] i had to
[[Jodie|name]]: ok
Thu [[5 Nov|date]] 08:02
[[Amber|name]]: police been? u want me to take [[kaydon|name]] to [[stobhillgate|school]]
[[Jodie|name]]: yes pls. tell mrs [[hindmarsh|name]] nowt i'll ring her
[[Amber|name]]: [[dean|name]] was sat in the van at the top of the [[villas|address]] at 7 this morning
[[Jodie|name]]: his mam [[dawn|name]] text me saying im lying and ill never see a penny
Sat [[14 Nov|date]] 19:12
[[Jodie|name]]: going to me mams in [[peggy|place]] for a bit. cant sleep here
[[Amber|name]]: good. ill keep an eye on the house. [[keith|name]] next door said hes seen [[craig|name]] at the [[Stobhill|place]]
shop on saturday buying fags
[[Jodie|name]]: the sw [[hannah|name]] is ok actually. not like last time wi the one from [[blyth|place]]
Sun [[22 Nov|date]] 10:40
[[Amber|name]]: [[skye|name]] wants [[ellie mae|name]] for tea wed if ur back
[[Jodie|name]]: aww yes. [[kaydon|name]] wants to come 2 he misses [[riley|name]]
"""),
]


# --- B. Badmaeva / Ochirov family (Kalmyk, from Elista), Kirkhill, Morpeth -------------------------------------------

HOME_B = d.Address("9 Lancaster Park", "Kirkhill", "Morpeth", "NE61 2QW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Arslang", "Ochirov")], dt.date(2017, 3, 30), addresses=[HOME_B], ids=["349 856 6245", "X929276318224"],
       schools=["Abbeyfields First School"]),
    _p("s", "sibling", [("Ayana", "Ochirova")], dt.date(2021, 8, 19), addresses=[HOME_B], ids=["718 788 9658"]),
    _p("m", "mother", [("Baira", "Badmaeva")], dt.date(1990, 1, 12), addresses=[HOME_B], phones=["07731 402 865"]),
    _p("f", "father", [("Sanal", "Ochirov")], dt.date(1987, 10, 5), addresses=[HOME_B], phones=["07402 771 928"]),
    _p("g", "grandparent", [("Galina", "Badmaeva")], dt.date(1962, 5, 3), phones=["+7 961 842 53 17"]),
    _p("p1", "professional", [("Rachel", "Moffat")], emails=["rachel.moffat@wansbeckvale.gov.uk"]),
], "c")

DOCS_B = [
    ("GP practice referral letter to children's services", """Wansbeck Road Medical Group
[[Morpeth|place]] [[NE61 1QT|postcode]]
[[16 October 2026|date]]

To: Children's Services Front Door (CSPA), Wansbeck Vale Council
Re: [[Arslang OCHIROV|name]], DOB [[30/03/2017|dob]], NHS [[349 856 6245|nhs]], of [[9 Lancaster Park|address]], [[Kirkhill|place]],
[[Morpeth|place]] [[NE61 2QW|postcode]]; mother [[Baira BADMAEVA|name]] ([[12/01/1990|dob]]), tel [[07731 402 865|phone]]

Dear colleague,
I saw [[Arslang|name]] (9) today with his mother. The family came from [[Elista|place]] in the Republic of Kalmykia in 2023 and his
father, [[Sanal Ochirov|name]], works as a welder at a fabrication firm in [[Blyth|place]]. [[Baira|name]]'s English is limited and she
asked for Russian; we used Language Line (interpreter no. 40731). The family are Kalmyk and Buddhist; she told me the boy's
name means "lion" and that at home he is "[[Arsa|name]]".

[[Arslang|name]] has a 4 cm healing burn on the back of his left hand, circular, about three days old. Mum's account is that he
touched the kettle on Monday [[12th|date]] while making tea for his sister [[Ayana|name]] (5). [[Arslang|name]], seen alone for a minute
with
the interpreter, said "the kettle" and then "Papa was angry about the window". I cannot exclude an inflicted injury and the
account does not fit the shape well. I also note a missed MMR for [[Ayana|name]] (NHS [[718 788 9658|nhs]]) and that [[Arslang|name]] was
brought to the surgery on [[2 July 2026|date]] by a family friend, Mrs [[Tamara Sangadzhieva|name]], with a cut lip "from football".

Mum says her mother, [[Galina Badmaeva|name]], calls every day from [[Elista|place]] ([[+7 961 842 53 17|phone]]) and wants the family
to go home. I have not shared my concern with the parents beyond saying I must ask colleagues; I judged that telling the father
before a strategy discussion might put the children at risk.
Yours faithfully,
Dr [[Fiona Lamb|name]], GP and practice safeguarding lead (GMC 7041182)
cc. [[Abbeyfields First School|school]] DSL; health visiting team ([[Morpeth|place]])
"""),
    ("social worker's home visit note with a telephone interpreter", """HOME VISIT - [[Arslang|name]] and [[Ayana OCHIROV|name]] (s47)
[[20/10/2026|date]] 16:00-17:25
Present: [[Baira Badmaeva|name]] (mother), [[Sanal Ochirov|name]] (father, from 16:40), both children; [[Rachel Moffat|name]] (SW);
DC [[Paul Charlton|name]] ([[Morpeth|place]] CID) for the first half; Russian interpreter [[Olga Fairbairn|name]] by speakerphone.

The flat at [[Lancaster Park|address]] is a two-bed upstairs flat, clean, tidy, warm. A small Buddhist shrine in the living room
with a photo of a lama and a prayer flag; Mum said the family go to the Kalmyk temple in [[Elista|place]] "every time" they are home
and here pray at home. [[Ayana|name]] showed me her drawings; one said "[[АЮНА|name]]" and another "[[Аюна|name]] + [[Арсланг|name]]".

Mum's account of the burn was the same as to Dr [[Lamb|name]]. She said [[Sanal|name]] was at work in [[Blyth|place]] until 18:00 that day.
[[Arslang|name]] (seen alone in his bedroom with DC [[Charlton|name]] and the interpreter) said he was "trying to help [[Aya|name]]" and the
kettle "jumped". Asked about "Papa was angry about the window", he said his dad shouted at him for kicking a ball at the
neighbour's window - the neighbour is "old Mr [[Pattinson|name]]" at [[number 7|address]]. He said nobody hurt him.

Mr [[Ochirov|name]] came home at 16:40, angry that police had come "because of a kettle". He said in [[Elista|place]] "nobody would
call police". He calmed down and agreed to a medical. He said his cousin, [[Mergen Boldyrev|name]], lives in [[Newcastle|place]]
([[07867 305 142|phone]]) and could take the children "if needed", and that his brother [[Bata|name]] is in [[Rostov-on-Don|place]].
Grandmother's address given as [[ул. Ленина, д. 241, кв. 12|address]], [[Элиста|place]], [[358000|postcode]].

Child protection medical booked for [[21.10.26|date]] at Wansbeck General. Next visit: Tuesday [[3 November|date]]. [[R. Moffat|name]]

Family network named by the parents: [[Tamara Sangadzhieva|name]] ([[Newbiggin|place]], friend from the Kalmyk group in
[[Newcastle|place]]); [[Mergen Boldyrev|name]] and his wife [[Ellie|name]] ([[Fenham|place]], [[Newcastle|place]]); [[Sanal|name]]'s sister
[[Kermen Ochirova|name]], in [[Volgograd|place]] ([[+7 917 305 64 28|phone]]); [[Baira|name]]'s friend from work at the
[[Morpeth|place]] bakery, [[Janet Proudlock|name]]. Emergency contact: [[Tamara|name]], [[07867 305 142|phone]] (the cousin's number was
given twice by mistake; to check on [[3 November|date]]).
"""),
    ("grandmother's Telegram voice notes and messages to her daughter, translated from Russian and Kalmyk", """[Translated by
[[Olga Fairbairn|name]] (Russian; the few Kalmyk words glossed by the mother) for [[Rachel Moffat|name]], SW, on
[[10 November 2026|date]]. Shown by [[Baira|name]] on her phone. Contact saved as "Мама" (Mum) - not a name. Times UK.]

[[24.10.2026|date]]
Мама (voice, 0:48): [[Байра|name]], my sun, did they take the children? Ring me. Tell [[Санал|name]] to ring me too. [[Мерген|name]] says
the English police came.
[[Baira|name]]: No Mama, nobody took them. The doctor was worried. [[Арслангу|name]] is fine, the burn is healing.
Мама: You must come home to [[Элиста|place]]. Here [[Аюна|name]] can go to school no. 17 with her cousin [[Дельгер|name]].
Мама: I have spoken to [[Цаган Бадмаевна|name]] at the khurul. She will say a prayer. Send me the boy's photo.

[[28.10.2026|date]]
Мама (voice, 1:12): Your aunt [[Нина|name]] says your husband is like his father. You remember how [[Очир|name]] was. Do not let him
shout at the boy. (Kalmyk: "Ээҗ" - glossed as "Mother", a word, not a name.)
[[Baira|name]]: Mama it was the kettle. [[Sanal|name]] is working nights at [[Blyth|place]] now.
Мама: Ring me on the house phone, [[+7 84722 4 15 39|phone]], not the mobile, [[Зоя|name]] listens to everything.

[[01.11.2026|date]]
Мама: I sent money to your English card. Buy [[Аюна|name]] a warm coat. When is Tsagan Sar, February? Come for it.
[[Baira|name]]: The social worker [[Рэйчел|name]] is kind. She comes again on Tuesday.
"""),
    ("first school home-school reading record, scanned and OCR'd", """[[ABBEYFIELDS FIRST SCH00L|school]] - H0ME / SCH00L READING REC0RD
Name: [[Arslang 0chirov|name]]   Class: 4H0
[scanned by the school [[23/11/2026|date]] for the social worker; OCR left as it came out, with its 0s for Os]

Date        Book                         Pages   Comment                                         Signed
[[07/09/26|date]]    Oxford Owl - Lime           1-12    Read well! lovely expression                     [[K. Hal1|name]]
[[14/09/26|date]]    Lime 4                      all     He read to his sister [[Ayana|name]]. Very good.    [[B. Badmaeva|name]]
[[21/O9/26|date]]    -                           -       no reading this week, dad works late             B.B
[[05/10/26|date]]    The Iron Man ch 1           1-8     [[Arsa|name]] very tired                            [[B Badmaeva|name]]
[[12/10/26|date]]    The Iron Man ch 2           9-16    read with Mrs [[Tamara|name]] from [[Newbiggin|place]]     T.S
[[19/10/26|date]]    -                           -       Hand hurt. Please see note in bag. Mrs [[HaIl|name]]
[[02/11/26|date]]    The Iron Man ch 3           17-30   Read to me at [[Lancaster Pk|address]] visit!           [[R Moffat|name]] SW
[[09/11/26|date]]    Ch 4                        31-40   Good. His cousin [[Dasha|name]] in [[Elista|place]] listened on
                                                         video call and clapped                            [[B. Badmaeva|name]]
[[16/11/26|date]]    Ch 5                        41-50   Dad signed - [[S. 0chirov|name]]. He can read to dad in English now
Teacher note: Mrs [[K. Hall|name]] (class teacher) - reading age up 8 months since Sept.
"""),
]


# --- C. Armstrong / Heslop family (white British), Beaconhill, Cramlington -------------------------------------------

HOME_C = d.Address("48 Brockwell Park", "Beaconhill", "Cramlington", "NE23 8ES")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Harper", "Armstrong")], dt.date(2024, 5, 9), addresses=[HOME_C], ids=["171 778 7177"]),
    _p("s", "sibling", [("Mason", "Armstrong")], dt.date(2016, 11, 27), addresses=[HOME_C], ids=["638 773 3553", "D929241816395"],
       schools=["Beacon Hill Primary School"]),
    _p("m", "mother", [("Chantelle", "Armstrong")], dt.date(1995, 3, 16), addresses=[HOME_C], phones=["07553 918 246"]),
    _p("f", "partner", [("Ryan", "Heslop")], dt.date(1991, 7, 2), addresses=[HOME_C], phones=["07912 640 573"]),
    _p("p1", "professional", [("Nicola", "Forster")], emails=["nicola.forster@wansbeckvale.gov.uk"]),
], "c")

DOCS_C = [
    ("initial child protection conference report by the social worker", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Conference: Thursday [[26 November 2026|date]], 10:00, Cramlington Hub (and Teams)   Chair: [[Bev Oliver|name]] (IRO)
Author: [[Nicola Forster|name]], social worker, [[nicola.forster@wansbeckvale.gov.uk|email]]

Children: [[Harper ARMSTRONG|name]], DOB [[09/05/2024|dob]], NHS [[171 778 7177|nhs]]; [[Mason ARMSTRONG|name]], DOB [[27/11/2016|dob]],
NHS [[638 773 3553|nhs]], UPN [[D929241816395|upn]], [[Beacon Hill Primary|school]]
Address: [[48 Brockwell Park|address]], [[Beaconhill|place]], [[Cramlington|place]] [[NE23 8ES|postcode]]
Mother: [[Chantelle Armstrong|name]], [[07553 918 246|phone]]. Mother's partner: [[Ryan Heslop|name]], [[07912 640 573|phone]].
Fathers: [[Harper|name]]'s father is [[Ryan|name]]; [[Mason|name]]'s father, [[Jamie Lisle|name]], lives in [[Seghill|place]] and has
contact on alternate weekends at his mother's, [[Carol Lisle|name]]'s, in [[Seaton Delaval|place]].

Reason for conference: on [[3 November 2026|date]] [[Harper|name]] (18 months) was taken by ambulance to the Northumbria Specialist
Emergency Care Hospital at [[Cramlington|place]] after swallowing what the parents thought was a "sweet". Toxicology showed
cannabis and diazepam. [[Ryan|name]] said he keeps "edibles" for back pain in a tin on the kitchen side. [[Mason|name]] (9) told
his teacher, Miss [[Sophie Rook|name]], that "[[Ryan|name]]'s friends come at night and the house smells".

Neighbours and friends: a neighbour, Mrs [[Irene Summers|name]] ([[no. 50|address]]), has made three complaints to Bernicia about
cars at night; one, a grey Audi [[ND66 KXO|vehicle]], belongs to [[Ryan|name]]'s friend [[Lewis|name]] "[[Lewy|name]]" [[Prior|name]].
[[Chantelle|name]]'s sister,
[[Kirsty Armstrong|name]], of [[12 Alnmouth Drive|address]], [[Parkside|place]], [[Cramlington|place]], has offered to have both children.

Strengths: [[Chantelle|name]] sought help at once and stayed with [[Harper|name]] in hospital; [[Mason|name]] has good attendance
and plays for Cramlington Juniors. Worries: drug use and supply at home; [[Ryan|name]]'s conviction (2019, Ashington
Magistrates') for possession with intent; [[Chantelle|name]]'s low mood since [[Harper|name]]'s birth (GP Dr [[Amrit Sandhu|name]]).
Recommendation: child protection plans, category neglect, for both children; [[Ryan|name]] to leave the home while a safety plan
is agreed; a family network meeting with [[Kirsty|name]] and [[Carol Lisle|name]] before [[10 December 2026|date]].
"""),
    ("police body-worn video transcript at a drugs warrant", """NORTHUMBRIA POLICE - BWV TRANSCRIPT (extract)   Device: PC 4471
[[Sam Oliver|name]]
Location: [[48 Brockwell Park|address]], [[Beaconhill|place]]   Date: [[12/11/2026|date]]   Start: 06:02:11
Occurrence ref NP-20261112-0093 (not a person's identifier)

06:02:14 PC [[OLIVER|name]]: Police, search warrant! Police! Stay where you are.
06:02:20 [female, identified as [[Chantelle ARMSTRONG|name]]]: My kids are in bed! [[Mason|name]]! Stay in your room, pet.
06:02:31 DS [[HARDY|name]]: Who else is in the house?
06:02:33 [[ARMSTRONG|name]]: Me, the bairns, [[Ryan|name]]. Just us.
06:02:40 [male, identified as [[Ryan HESLOP|name]]]: What's this? [[Chan|name]], ring me mam.
06:02:52 DS [[HARDY|name]]: [[Ryan Heslop|name]], date of birth?
06:02:55 [[HESLOP|name]]: [[Second of July ninety-one|dob]].   [transcriber: dob given as "[[2nd July 1991|dob]]"]
06:03:30 [[MASON|name]] (child, on stairs): Is [[Harper|name]] going back to hospital?
06:03:34 PC [[OLIVER|name]]: No, bonny lad, she's fine. Who's that lady?
06:03:40 [[ARMSTRONG|name]]: That's me sister [[Kirsty|name]], I've text her. She's coming from [[Parkside|place]].
06:05:12 DS [[HARDY|name]]: Whose is the grey Audi, [[November Delta six six Kilo X-ray Oscar|vehicle]]?
06:05:17 [[HESLOP|name]]: [[Lewy|name]]'s. [[Lewis|name]]. He's not here.
06:07:02 PC [[OLIVER|name]]: Tin on the side, marked "[[Ry|name]]". Exhibit SO/1.
06:09:45 [[ARMSTRONG|name]]: Can I ring the social? [[Nicola|name]]. Her number's on the fridge.
06:10:01 [[HESLOP|name]]: [[Chantelle|name]], say nowt.
06:12:40 [female, identified as [[Kirsty ARMSTRONG|name]]]: I'm taking them to mine. [[Alnmouth Drive|address]]. You know where.
END OF EXTRACT  Transcribed by [[D. Hardy|name]] (DS 1120) on [[13.11.2026|date]]
"""),
    ("nursery two-year-old progress check, parent's comments included", """[[LITTLE BEACONS NURSERY|school]], [[Cramlington|place]] -
PROGRESS CHECK AT AGE TWO (EYFS)
Child: [[Harper Armstrong|name]]   DOB: [[9 May 2024|dob]]   Key person: [[Jess Wanless|name]]   Date: [[1st December 2026|date]]

Personal, social and emotional: [[Harper|name]] settles well with [[Jess|name]] and goes to [[Ruby|name]] (room leader) when [[Jess|name]]
is on
break. Since coming back from hospital she has been more clingy and cries when the door buzzer goes.
Communication and language: about 20 words, including "[[Mase|name]]" for her brother, "nanna" and "[[Kiki|name]]" (Auntie [[Kirsty|name]]).
Physical: walking and climbing well; eating a good lunch.

Parent's comments (written by Mum, [[Chantelle|name]]): "[[harper|name]] is a happy girl, she loves her big brother [[mason|name]] and
her cousin [[Tegan|name]]. Were staying at my sister [[kirsty|name]]s in [[parkside|place]] for now til the meeting on the
[[10th|date]] so drop off will be [[kirsty|name]] or me. Not [[ryan|name]]. Thanks to [[jess|name]] for everything x"

Next steps: share with the health visitor, [[Maria Quinn|name]]; review at the core group on [[8 January 2027|date]].
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - [[ARMSTRONG|name]] children   Date: [[10/12/2026|date]] 13:30, at
[[Kirsty Armstrong|name]]'s home
Present: [[Nicola Forster|name]] (SW, chair); [[Chantelle Armstrong|name]]; [[Kirsty Armstrong|name]] (aunt); Miss [[Sophie Rook|name]]
([[Beacon Hill|school]]); [[Jess Wanless|name]] ([[Little Beacons|school]]); [[Maria Quinn|name]] (HV). Apologies: Dr [[Sandhu|name]].
Not invited (agreed): [[Ryan Heslop|name]] - seen separately by [[Nicola|name]] on [[7 December|date]] at his mother's flat in
[[Cowpen|place]].

1. Children's views. [[Mason|name]] told [[Nicola|name]] he likes being at Aunty [[Kirsty|name]]'s "because [[Tegan|name]] has a
PlayStation" but misses his own bed. [[Harper|name]] is too young; [[Jess|name]] sees her as settled.
2. Home. Police returned the keys on [[the 4th|date]]. [[Chantelle|name]] has had the locks changed. Mrs [[Summers|name]] next door
says the cars have stopped.
3. Drugs. [[Ryan|name]] is charged and bailed to [[Cowpen|place]] with no contact with [[Chantelle|name]] except through
[[Carol Lisle|name]] for [[Harper|name]]'s contact. Next court date [[15 January 2027|date]] at South East Northumberland Magistrates'.
4. [[Mason|name]]'s dad. [[Jamie Lisle|name]] wants more time; [[Chantelle|name]] agrees to every weekend in [[Seghill|place]].
Actions: NF - family network meeting notes by [[18/12|date]]; MQ - mood review with mum; school - pastoral check-ins.
"""),
]


# --- D. Williamson / Townsley family (Scottish Travellers), on a site near Shankhouse, Cramlington ---------------------

HOME_D = d.Address("Pitch 6, Shankhouse Lane Site", "Shankhouse", "Cramlington", "NE23 3JR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Shona", "Williamson")], dt.date(2013, 9, 4), addresses=[HOME_D], ids=["485 435 2914", "M929245616593"],
       schools=["Cramlington Learning Village"]),
    _p("s", "sibling", [("Jock", "Williamson")], dt.date(2018, 4, 21), addresses=[HOME_D], ids=["964 555 2710"]),
    _p("m", "mother", [("Essie", "Townsley")], dt.date(1992, 6, 30), addresses=[HOME_D], phones=["07496 281 035"]),
    _p("f", "father", [("Sandy", "Williamson")], dt.date(1988, 2, 14), addresses=[HOME_D], phones=["07790 553 618"]),
    _p("g", "grandparent", [("Bella", "Townsley")], dt.date(1960, 8, 8), phones=["01738 627 415"]),
    _p("p1", "professional", [("Gareth", "Nixon")], emails=["gareth.nixon@wansbeckvale.gov.uk"]),
], "c")

DOCS_D = [
    ("Gypsy, Roma and Traveller liaison officer's visit record", """WANSBECK VALE COUNCIL - GYPSY, ROMA AND TRAVELLER LIAISON - VISIT RECORD
Site: [[Shankhouse Lane Site|address]], [[Shankhouse|place]], [[NE23 3JR|postcode]]   Pitch: [[6|address]]   Visit: [[5 Oct 2026|date]]
11:00
Officer: [[Gareth Nixon|name]]   With: [[Lindsay Goodfellow|name]], Traveller education (Northumberland ETS)

Family on pitch: [[Sandy Williamson|name]] (38) and [[Essie Townsley|name]] (34), Scottish Travellers (they call themselves
"Travellers" or "the Nawken" - a people, not a name), with [[Shona|name]] (13) and [[Jock|name]] (8). Two trailers and a day room.
[[Sandy|name]] tarmacs drives; the family travel in summer for the berry picking at [[Blairgowrie|place]] and to [[Essie|name]]'s mother,
[[Bella Townsley|name]], at [[Inveralmond|place]], [[Perth|place]] ([[01738 627 415|phone]]).

[[Shona|name]] is on roll at [[Cramlington Learning Village|school]] (UPN [[M929245616593|upn]]) but has been at school 31% this term.
[[Essie|name]] says [[Shona|name]] is "getting name-called" - a girl, [[Leanne Scott|name]], calls her "a dirty tinker" on the bus -
and that she is needed to mind [[Jock|name]] while [[Essie|name]] goes to hospital in [[Newcastle|place]] for her kidneys. [[Jock|name]] is
not on roll at any school since
the family came back from Scotland in September.

Neighbouring pitches: [[Davie MacPhee|name]] (pitch [[4|address]]) and his wife [[Mary|name]]; Old [[Jimmy Stewart|name]] (pitch
[[2|address]]),
who [[Jock|name]] calls "Uncle [[Jimmy|name]]". Site warden: [[Ken Milburn|name]], [[01670 827 149|phone]].
Next steps: admission form for [[Jock|name]]; [[Lindsay|name]] to meet [[Shona|name]]'s head of year, Mr [[Lowes|name]]; call [[Sandy|name]]
on [[07790 553 618|phone]] before [[12 October|date]]. [[G Nixon|name]]
"""),
    ("voicemails left for the social worker, transcribed by the duty admin", """VOICEMAIL TRANSCRIPTS - for [[Gareth Nixon|name]] / SW
[[Claire Dunn|name]]   typed by [[Pauline|name]] (admin), [[20/10/2026|date]]

1) Mon [[19/10|date]] 08:12, from [[07496 281 035|phone]]
"Aye, it's [[Essie|name]], [[Essie Townsley|name]], fae the site at [[Shankhouse|place]]. [[Shona|name]]'s no going in the day, she's
greetin' her eyes oot, that [[Scott|name]] lassie's put her on the TikTok. I'm at the RVI wi ma kidneys till dinner time so
she's minding the wean. Phone us back. Ta."
[admin note: "the RVI" is the Royal Victoria Infirmary, a hospital - typed as heard; see below]

2) Mon [[19/10|date]] 13:40, from [[01738 627 415|phone]]
"This is [[Bella Townsley|name]], [[Essie|name]]'s mother, in [[Perth|place]]. I'm wanting to speak to whoever has [[Shona|name]]. The
lassie
can come up to me at [[Inveralmond|place]] and go to the school here, [[Perth Academy|school]], I've spoke to them. Ma number's the
house, [[Bella Townsley|name]]. Or ma son [[Tam|name]]'s mobile, [[07721 348 596|phone]]."

3) Tue [[20/10|date]] 09:05, withheld
"Hello, it's [[Davie MacPhee|name]] fae pitch [[four|address]], on the site. [[Sandy|name]] asked me to say he's away to [[Aberdeen|place]]
for work the week, back Friday [[23rd|date]], and [[Shona|name]]'ll be at school the morn. That's all."

4) Tue [[20/10|date]] 15:22, from [[07712 904 386|phone]] [admin: caller gave the name [[Lindsay|name]]]
"Hiya [[Gareth|name]], it's [[Lindsay Goodfellow|name]] from ETS. I got [[Jock|name]]'s form signed by [[Essie|name]] and I've dropped it at
[[Shankhouse Primary|school]]... no sorry, at [[Burnside Primary|school]], they can take him on [[2 November|date]]. [[Shona|name]] saw Mr
[[Lowes|name]] and she's going in with [[Ayesha|name]] tomorrow. Oh and [[Bella|name]] rang me too, from [[Perth|place]]. Bye."
"""),
    ("grandmother's handwritten letter to the social worker, scanned", """[Handwritten letter, two pages, received
[[2 November 2026|date]]; scanned and typed up as written, line breaks kept]

                                        [[14 Crieff Road|address]]
                                        [[Inveralmond|place]], [[Perth|place]]
                                        [[PH1 3JJ|postcode]]
                                        [[28th Oct 2026|date]]
Dear Mrs [[Dunn|name]],
I am [[Shona|name]] and [[Jock|name]]'s Granny [[Bella|name]], [[Essie|name]]'s mother. My son in law [[Sandy|name]] gave me your
name. I am writing myself because I don't like the phone for these things and my grand-daughter [[Kelly|name]] is
writing it out for me neat.
Our family has travelled for generations, my father [[Hughie Townsley|name]] was a piper and
a pearl fisher on the Tay and we have had our bit of ground here since 1991. The bairns are
not neglected. [[Shona|name]] is a clever lassie and a good reader, she was top in her class at [[Letham
Primary|school]] when they stayed here in 2022. It is the bullying that keeps her off.
That [[Leanne|name]] and her pal [[Kayleigh|name]] has been at her since the first day.
If [[Essie|name]] is in the hospital again I will come down on the bus to [[Cramlington|place]] and stop
in the trailer. I have done it before, in 2024 when [[Essie|name]] had her operation at the
Freeman. [[Sandy|name]]'s mother [[Jean Williamson|name]] in [[Kirriemuir|place]] will say the same.
My phone is the house, [[01738 627 415|phone]], and I am in most days. My
grand-daughter [[Kelly Stewart|name]] can be rung on [[07507 684 219|phone]].
Yours sincerely
[[Isabella|name]] ([[Bella|name]]) [[Townsley|name]]
"""),
    ("education welfare service attendance letter, legal stage", """WANSBECK VALE COUNCIL - EDUCATION WELFARE SERVICE
Private and confidential
Mr [[Alexander Williamson|name]] and Ms [[Essie Townsley|name]]
[[Pitch 6, Shankhouse Lane Site|address]]
[[Shankhouse|place]]
[[Cramlington|place]]
[[NE23 3JR|postcode]]
[[16th November 2026|date]]

Dear Mr [[Williamson|name]] and Ms [[Townsley|name]],
Re: [[Shona WILLIAMSON|name]] (DOB [[04/09/2013|dob]]), Year 8, [[Cramlington Learning Village|school]]
[[Shona|name]]'s attendance from [[3 September 2026|date]] to [[13 November 2026|date]] is 29%. We met at the site on [[26 October|date]]
with
[[Lindsay Goodfellow|name]] and agreed a plan: a part-time timetable, a member of staff (Miss [[Ayesha Khan|name]]) to meet [[Shona|name]]
off
the bus, and action by the school over the bullying. Since then [[Shona|name]] has attended 4 of 15 days.

We know that [[Shona|name]] has caring duties for [[Jock|name]] while her mother is unwell, and we have referred to young carers
(Carers Northumberland). We also know the family travel for work; when you are away in Scotland [[Shona|name]] may be
dual-registered, for example at [[Perth Academy|school]] near her grandmother. Please talk to me before you go.

This letter is a formal warning. If attendance does not improve by [[18 December 2026|date]] we may begin a prosecution under
section 444 of the Education Act 1996 or issue a penalty notice. We would much rather not.
Yours sincerely,
[[Gareth Nixon|name]], Education Welfare Officer, [[gareth.nixon@wansbeckvale.gov.uk|email]]
cc: Mr [[Lowes|name]], head of Year 8; [[C. Dunn|name]], social worker; ETS
"""),
]


# --- E. Pringle / Swinburne family (white British), Bedlington Station -------------------------------------------------

HOME_E = d.Address("17 Station Road", "Bedlington Station", "Bedlington", "NE22 5HB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Pringle")], dt.date(2011, 1, 17), addresses=[HOME_E], ids=["114 916 8269", "U929228021668"],
       schools=["Bede Academy"]),
    _p("m", "mother", [("Nicole", "Swinburne")], dt.date(1989, 5, 25), addresses=[HOME_E], phones=["07375 829 104"]),
    _p("f", "stepfather", [("Gary", "Swinburne")], dt.date(1984, 12, 9), addresses=[HOME_E], phones=["07841 267 390"]),
    _p("f2", "father", [("Darren", "Pringle")], dt.date(1987, 3, 3), phones=["07938 115 472"]),
    _p("p1", "professional", [("Stacey", "Thew")], emails=["stacey.thew@wansbeckvale.gov.uk"]),
], "c")

DOCS_E = [
    ("targeted youth support referral form", """REFERRAL TO TARGETED YOUTH SUPPORT / EXPLOITATION HUB          Form TYS-1 (v3)
1. Young person
   Surname: [[PRINGLE|name]]          Forename(s): [[Tayla Jade|name]]          Known as: [[Tay|name]]
   DOB: [[17 / 01 / 2011|dob]]         Gender: F      NHS no.: [[114 916 8269|nhs]]      UPN: [[U929228021668|upn]]
   Address: [[17 Station Road|address]], [[Bedlington Station|place]], [[Bedlington|place]]    Postcode: [[NE22 5HB|postcode]]
   School: [[Bede Academy|school]], [[Blyth|place]] (Year 11)
2. Parents / carers
   [[PRINGLE|name]]/[[SWINBURNE, Nicole|name]] (mother)   Tel: [[07375 829 104|phone]]
   [[SWINBURNE, Gary|name]] (stepfather) Tel: [[07841 267 390|phone]]
   [[PRINGLE, Darren|name]] (father, lives in [[Guide Post|place]], no PR issues)   Tel: [[07938 115 472|phone]]
3. Referrer: [[Stacey Thew|name]], social worker, [[stacey.thew@wansbeckvale.gov.uk|email]]     Date: [[09-11-2026|date]]
4. Reason (tick): [x] missing episodes  [x] older boyfriend  [x] gifts/money  [ ] drugs  [x] online
5. Details: [[Tayla|name]] has been missing four times since [[25/09/2026|date]], twice found in [[Ashington|place]] and once at a flat on
   [[Milburn Road|address]], [[Ashington|place]], with [[Connor Tate|name]] (19) and his cousin "[[Dyl|name]]" ([[Dylan Tate|name]]). She
came home on
   [[1/11|date]] with a new iPhone and vapes. [[Connor|name]] drives a black Golf, [[NL17 WVB|vehicle]]. Her friend [[Jade Ellis|name]] (14)
   has also been in the car. Mum found £200 in [[Tayla|name]]'s blazer. [[Tayla|name]]'s nan, [[Brenda Pringle|name]], of [[Netherton
   Colliery|place]], says she sees "a lad in a Golf" at the bus stop at [[Choppington|place]].
6. Young person's view: "[[Con|name]]'s my boyfriend, he's the only one who listens. Mam's [[Gary|name]] is always on at me."
7. Consent: mother, by phone, [[09/11/26|date]].
"""),
    ("email chain between the academy's safeguarding lead and the social worker", """From: [[Mark Elliott|name]]
<[[m.elliott@bedeacademy.example.org|email]]>
Sent: Thursday [[12 November 2026|date]] 16:02
To: [[Stacey Thew|name]] <[[stacey.thew@wansbeckvale.gov.uk|email]]>
Subject: RE: RE: [[Tayla P|name]] - today

[[Stacey|name]],
She was in today until lunch and then left through the sports hall fire door. CCTV shows her getting into a dark Golf on
[[Sixth Avenue|address]] at 12:48. I rang Mum straight away and then 101 (log 311 of [[12/11|date]]). Her form tutor, Ms
[[Lorna Wake|name]],
says [[Tayla|name]] had been crying on the phone in form time to someone she called "babe" and "[[Connor|name]]".
Also - [[Jade|name]] (the friend) told Mrs [[Carr|name]] that they went to a party "at [[Dyl|name]]'s" in [[North Seaton|place]] on
[[the 7th|date]]
and older men were there. I have passed [[Jade|name]]'s name to her own school, [[Bedlington Academy|school]].
[[Mark|name]]
DSL, [[Bede Academy|school]]

> From: [[Stacey Thew|name]]
> Sent: [[12/11/2026|date]] 09:15
> Subject: RE: [[Tayla P|name]] - today
> Morning [[Mark|name]], thank you. Could you let me know if [[Tayla|name]] leaves site today? Mum says she got in at 02:30 and was
> dropped "at the [[Station Road|address]] end". Her dad [[Darren|name]] is picking her up after school to take her to his in
[[Guide Post|place]]
> for the weekend. If anyone else arrives for her please call me on [[07583 220 917|phone]] (work mobile). [[Stacey|name]]

>> From: [[Mark Elliott|name]]  Sent: [[11 Nov 2026|date]] 17:40
>> [[Tayla|name]] in full day. Seemed tired. Her head of house Mr [[Reay|name]] spoke to her about the phone. Nothing else.
"""),
    ("return home interview record after a missing episode", """RETURN HOME INTERVIEW (RHI) - NORTHUMBERLAND MISSING AND EXPLOITATION
SERVICE
Young person: [[Tayla PRINGLE|name]]   DOB: [[17.01.2011|dob]]   Missing from: [[13/11/2026|date]] 21:30   Found: [[14/11/2026|date]] 11:20
Found by: police at [[Blyth|place]] bus station   Interview: [[16/11/2026|date]], at [[Bedlington|place]] library, with [[Tayla|name]] only
Interviewer: [[Josh Marr|name]] (independent RHI worker)

Where were you? "[[Con|name]]'s mate's flat in [[Cowpen Estate|place]], then the beach at [[Newbiggin|place]], then [[Blyth|place]]." She
wouldn't give the mate's name at first, then said "[[Kyle|name]], [[Kyle Orde|name]]". She said she was with [[Connor|name]], [[Dylan|name]]
and a girl from [[Ashington|place]] called [[Paris|name]] - "like the place, but she's a person".
Who knew where you were? "[[Jade|name]]. And my dad [[Darren|name]] knew I wasn't at his, he was at the club." She said she had
nothing to eat but "Monster and a Greggs".
Was anything asked of you? She said [[Connor|name]] asked her to "hold a bag" at [[Kyle|name]]'s and to take a parcel to a house on
[[Plessey Road|address]] in [[Blyth|place]]. She did not open it.
Home: "[[Gary|name]] shouts. Mam takes his side." She would like to live at her nan [[Brenda|name]]'s in [[Netherton Colliery|place]].
Worries noted: possible criminal and sexual exploitation (older males, drugs parcel, gifts). Passed to [[Stacey Thew|name]] (SW)
and DC [[Rachael Noble|name]] (Northumbria Police missing person coordinator) on [[16 Nov|date]]. NRM to be considered.
Earlier episodes (from police PNC/Compact): [[25.09.26|date]] found at [[Milburn Road|address]], [[Ashington|place]]; [[03.10.26|date]]
returned
herself; [[18.10.26|date]] found by her dad [[Darren|name]] at [[Stakeford|place]] Co-op with [[Jade Ellis|name]]; [[13.11.26|date]] (this
one). Her nan, [[Brenda Pringle|name]], [[31 Schalksmuhle
Road|address]], [[Netherton Colliery|place]], [[NE22 7HF|postcode]], has offered a room;
[[Stacey|name]] to visit her on [[23/11/2026|date]].
"""),
    ("Snapchat messages from a police download, printed as an exhibit", """EXHIBIT RN/4 - Snapchat chat export from the handset of
[[Tayla PRINGLE|name]] (consent of parent, [[20/11/2026|date]]).
Usernames as on the device are not marked: tay.xo.11, c0nn0r_t19, dt_ncl99. Display names shown in brackets.

[[13 Nov 2026|date]]
21:04 c0nn0r_t19 ([[Con|name]]): u out
21:05 tay.xo.11 ([[Tay|name]]): cant [[gary|name]] took my charger lol
21:05 c0nn0r_t19 ([[Con|name]]): come the station end ill get u 15 mins
21:19 tay.xo.11 ([[Tay|name]]): mams going mad. tell [[dyl|name]] to wait round corner
21:22 dt_ncl99 ([[Dylan|name]]): here x
21:40 tay.xo.11 ([[Tay|name]]): where we going
21:41 c0nn0r_t19 ([[Con|name]]): [[kyle|name]]s?? his flat in [[cowpen|place]]
23:58 tay.xo.11 ([[Tay|name]]): [[jade|name]] say im at urs if me mam rings
[[14 Nov 2026|date]]
00:03 jadeyy.e ([[Jade|name]]): ok but ur mam will ring my mam 😬
08:14 c0nn0r_t19 ([[Con|name]]): take this to [[plessey rd|address]] no 40 dont open it
08:15 tay.xo.11 ([[Tay|name]]): whose is it
08:15 c0nn0r_t19 ([[Con|name]]): dont matter. ur safe wi me
10:51 tay.xo.11 ([[Tay|name]]): at the bus station [[blyth|place]] police here
"""),
]


# --- F. Milburn / Thew family (white British), Westlea, Bedlington -----------------------------------------------------

HOME_F = d.Address("5 Hartford Crescent", "Westlea", "Bedlington", "NE22 6HP")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lacey", "Milburn")], dt.date(2020, 10, 2), addresses=[HOME_F], ids=["384 295 4336", "X929283716307"],
       schools=["Whitley Memorial CofE First School"]),
    _p("s", "sibling", [("Alfie", "Milburn")], dt.date(2015, 7, 28), addresses=[HOME_F], ids=["273 527 7496", "U929233919580"],
       schools=["Meadowdale Academy"]),
    _p("m", "mother", [("Kerry", "Milburn")], dt.date(1986, 8, 11), addresses=[HOME_F], phones=["07462 930 851"]),
    _p("f", "father", [("Lee", "Thew")], dt.date(1983, 1, 19), phones=["07889 051 763"]),
    _p("g", "grandparent", [("Margaret", "Milburn")], dt.date(1958, 4, 4), phones=["01670 714 362"]),
    _p("p1", "professional", [("Aisha", "Rahman")], emails=["aisha.rahman@wansbeckvale.gov.uk"]),
], "c")

DOCS_F = [
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Family: [[MILBURN|name]]   Held: Saturday [[21 November 2026|date]], Bedlington Community Centre, 10:00-14:30
Coordinator: [[Phil Tweddle|name]] (independent FGC service)   Referrer: [[Aisha Rahman|name]] (SW)
Children: [[Alfie Milburn|name]] (11), [[Meadowdale Academy|school]]; [[Lacey Milburn|name]] (6), [[Whitley Memorial|school]]
Who came: [[Kerry Milburn|name]] (Mum); [[Lee Thew|name]] (Dad); Nana [[Margaret Milburn|name]] ([[Hartford Bridge|place]]); Uncle [[Stuart
Milburn|name]] and his partner [[Becky Nesbitt|name]] ([[Bebside|place]]); Mum's friend [[Donna Hume|name]]; Dad's sister [[Lynn Thew|name]]
([[Stakeford|place]]); [[Alfie|name]] came for the start. Private family time: 11:40-13:15.

Worry (from the referrer): [[Kerry|name]]'s drinking; the children late or absent from school; [[Lacey|name]]'s teeth (eight
extractions under general anaesthetic booked); the house at [[5 Hartford Crescent|address]], [[Westlea|place]], cold and without gas credit.

OUR PLAN
1. School runs: Nana [[Margaret|name]] takes [[Lacey|name]] Mon-Wed; [[Donna|name]] Thu-Fri (she lives on [[Hartford Crescent|address]] at
   [[no. 11|address]]). [[Alfie|name]] walks with his friend [[Ollie Jobling|name]] from [[no. 9|address]].
2. Teeth: [[Lee|name]] takes [[Lacey|name]] to the dentist at [[Bedlington|place]] and to the hospital on [[8 Jan|date]]. Nobody gives her
juice in bed.
3. Mum's drinking: [[Kerry|name]] will go to Change Grow Live at [[Ashington|place]] on Tuesday [[24th|date]]; [[Becky|name]] will go with
her.
4. If Mum has had a drink, she rings Nana on [[01670 714 362|phone]] or [[Lynn|name]] on [[07947 386 205|phone]] and the children go there.
5. [[Alfie|name]] wants: "a lock on my door so [[Lacey|name]] doesn't wreck my Lego" and "Mam to come to my match".
Review: [[15 January 2027|date]] at Nana's. Signed on the day by everyone above. [[P. Tweddle|name]]
Contacts: [[Kerry|name]] [[07462 930 851|phone]]; [[Lee|name]] [[07889 051 763|phone]]; [[Stuart|name]] and [[Becky|name]],
[[40 Bebside Road|address]],
[[Bebside|place]]; [[Donna Hume|name]], [[11 Hartford Crescent|address]]; [[Aisha Rahman|name]], [[aisha.rahman@wansbeckvale.gov.uk|email]].
"""),
    ("food bank voucher referral form", """FOOD BANK E-REFERRAL (voucher)    Referral agency: Wansbeck Vale Children's Services    Voucher
no. 88214
Referrer name: [[Aisha Rahman|name]]       Referrer email: [[aisha.rahman@wansbeckvale.gov.uk|email]]
Client name: [[Kerry Louise Milburn|name]]      Client DOB: [[11-08-1986|dob]]      Tel: [[07462 930 851|phone]]
Address line 1: [[5 Hartford Crescent|address]]      Line 2: [[Westlea|place]]      Town: [[Bedlington|place]]      Postcode:
[[NE22 6HP|postcode]]
Household: adults 1 / children 2 (ages 11, 6)   Children's names (optional): [[Alfie|name]], [[Lacey|name]]
Reason: benefit delay (Universal Credit deduction), debt, fuel
Dietary: [[Lacey|name]] - soft food (dental treatment). No pork (Mum's friend [[Donna|name]] said - Mum says not needed).
Collection point: [[Bedlington|place]] (St Cuthbert's church hall, Thursdays)   Delivery? [x] yes - Mum has no car.
Delivery contact if out: Nana, [[Margaret Milburn|name]], [[01670 714 362|phone]], [[23 Furnace Road|address]], [[Hartford Bridge|place]]
Notes for volunteers: please do not leave with the neighbour at [[no. 7|address]]. Fuel voucher also requested - prepay gas and
electric, meter serial not needed. Voucher issued [[19/11/2026|date]]; delivered [[20.11.2026|date]] by [[Geoff|name]] (volunteer).
"""),
    ("dental practice safeguarding letter about dental neglect", """Bedlington Dental Care
[[30 November 2026|date]]
Dear Ms [[Rahman|name]],
Re: [[Lacey MILBURN|name]], date of birth [[2 October 2020|dob]], NHS number [[384 295 4336|nhs]]
[[5 Hartford Crescent|address]], [[Bedlington|place]] [[NE22 6HP|postcode]]

I am writing, with Mum's knowledge, about [[Lacey|name]]'s teeth. I first saw [[Lacey|name]] on [[14/04/2025|date]] with early decay on
four teeth, and gave advice and fluoride varnish. She then missed appointments on [[3 June 2025|date]], [[19 August 2025|date]],
[[6 January 2026|date]] and [[12 March 2026|date]]. When her father, Mr [[Thew|name]], brought her on [[2 November 2026|date]] she had
decay in
eight teeth, two abscesses and had been in pain "for weeks". She told my nurse, [[Chloe|name]], that she has "juice in her bottle
at night" and that "Nana [[Maggie|name]] brushes my teeth at hers".
I have referred her for extractions under general anaesthetic (Wansbeck General, listed for [[8th January
2027|date]]). Her brother
[[Alfie|name]] is also registered here and has not attended since 2023. I consider this dental neglect; it is getting worse, and I
understand from Mr [[Thew|name]] that there are other worries at home.
Yours sincerely,
Mr [[Andrew Forster|name]] BDS, dentist and safeguarding lead
"""),
    ("contact supervisor's handwritten session notes, scanned and OCR'd", """SUPERVISED C0NTACT - SESSI0N REC0RD (handwritten, scanned
[[04/12/2026|date]], OCR; some words came out wrong and are left)
Children: [[Alfie|name]] + [[Lacey M ilburn|name]]     Parent: Dad ([[Lee Th ew|name]])     Venue: [[Bed lington|place]] family hub
Date of contact: [[3rd Dec|date]]   Time: 4.00 - 5.30pm   Supervisor: [[Jan Roddam|name]]

4.00  Dad early, brought a bag of satsumas + Lego. Chi1dren arrived with Nana ([[Margaret|name]]) at 4.05. [[Lacey|name]] ran to
      dad shouting "Daddy [[Lee|name]]!" (she calls him this, she says, because [[Alfie|name]] does).
4.20  [[Alfie|name]] + dad building a Lego police station. [[Alfie|name]] said "[[Ollie|name]] from [[no 9|address]] has this one".
4.40  [[Lacey|name]] showed dad her wobbly tooth and said "the dentist man [[Andrew|name]] is going to take 8 out at the hospital". Dad
      said he would take her. She asked if Mam can come, dad said "we'll ask [[Aisha|name]]".
5.00  Dad asked [[Alfie|name]] about Mam. [[Alfie|name]] said "she's off the cans, she goes to the group with Aunty [[Becky|name]]".
      I reminded dad of the agreement not to question the children about Mam. He said sorry.
5.15  Snack. [[Lacey|name]] asked to ring Aunty [[Lynn|name]] on dad's phone; short call, nice.
5.30  Goodbyes fine. Nana collected. Dad asked for more time + Christmas Day - told to ask SW [[A. Rahman|name]].
Signed: [[J Roddam|name]]   next session [[10/12|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 172 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:05 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "nurse", "our", "me", "nan", "nana", "nanna",
           "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "mammy", "dad", "daddy", "aunty", "auntie",
           "uncle", "old", "papa", "mama", "мама", "папа"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "northumberland",
               "tyne and wear", "the north east", "north east", "perthshire", "angus", "russia", "kalmykia",
               "republic of kalmykia", "россия", "калмыкия"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs the earlier sets' checkers) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's
# titles and kinship words (before a name: "Nana Margaret", "Aunty Kirsty", "Daddy Lee", "Old Jimmy Stewart", "Miss Ayesha
# Khan") and counties, regions and countries ("Scotland", "Northumberland", "Russia", "Republic of Kalmykia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
