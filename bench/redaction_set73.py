"""Set 73: a held-out hand-written set for the redaction detector, six more invented families in North Yorkshire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as the earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set70.py to redaction_set72.py and tests/test_redaction_set70.py to test_redaction_set72.py (written by other
helpers at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that
looked at no detector output. What was read: bench/redaction_set21.py (its module docstring, its first family's record and first
document, and its last family's last documents, word lists and checker wiring; the middle of the file was not read) and
tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the docstrings of bench/redaction_set7.py
to redaction_set69.py, printed alone and searched only as printed text (for the towns, districts, estates and communities earlier
sets used as a family's home, and their document types); lines 1 to 130 of bench/redaction_handwritten.py (its docstring,
`_party`, `Records`, `HandSet`, `word_problems`, `_parse` and the start of its first record) and the list of its function names; and
the self-check's own output on this set (sizes and marking problems only). Set 15's checker, bench/redaction_heldout.py and
pyproject.toml were not opened; ruff was run as it is set up. Phone numbers were made and checked with the phonenumbers library,
NHS numbers made with their check digit and UPNs made and checked with python-stdnum, in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune
the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families, each from a town, district or estate no earlier set (7 to 69) used as a family's home (the earlier docstrings name
Bilton in Harrogate, Barrowcliff and Eastfield in Scarborough, Filey, Catterick Garrison, Barnoldswick and Earby; none names
Selby, Romanby or Northallerton, Aspin or Knaresborough, Helredale or Whitby as a home, Greatwood or Skipton, or Thirsk). Four
white British families: a young mother on Leeds Road by the Flaxley Road area of Selby, with a grandmother in Barlby and a father
in Sherburn in Elmet whose surname is the town's name (Gott / Selby / Burley; a mother's partner who "flicks" a boy of 6,
cannabis, no food after a benefit sanction, a bruise on a toddler at nursery, a father who turns up at nursery), a family on the
Helredale estate in Whitby, with a grandad in Sleights and a father at sea (Leadley / Storr; a boy of 15 missing to Middlesbrough
with cash and two phones, county lines, a debt and a man in a balaclava at the door, a mother's partner who drinks and uses drugs,
a move to the grandad as a safety plan), a young family in a flat on Greatwood in Skipton, with a nan in Embsay (Wild /
Ibbotson; a bruise and fingertip marks on a non-mobile baby of 20 weeks, a father's Messenger chat that gives him away, a boy of
11 blamed, the baby with her nan), and a bereaved farming family in Thirsk, with grandparents on a farm at Carlton Miniott
(Sowerby; a father's suicidal thoughts after his wife's death and his shotguns taken by the police, a girl of 16 as a young
carer, a girl of 8 drawing graves, an uncle's guns). Two from communities no earlier set used as a family (no earlier docstring
says Shona or Mexican; set 11 had a Zimbabwean father in a mixed White and Black African family in Northampton, not a
Zimbabwean family): a Zimbabwean, Shona-speaking family in Romanby, Northallerton, with a grandmother in Chitungwiza, an uncle in
Mutare and an aunt in Wakefield (Chikore / Mutasa; a boy of 14 beaten with a belt by his father, thoughts of not existing, a
grandmother who wants him sent to her, a mother, a care worker, who writes her own letter, a church), and a Mexican mother with a
white British husband in Aspin, Knaresborough, with a sister in Zapopan and a daughter's father in Guadalajara (Hernández Ruiz /
Ripley / Navarro; coercive control of a mother on a spouse visa, locked out in the rain, a girl of 13 who self-harms, a DVPN,
voice notes in Spanish). 24 documents, about half plain professional recording (an unannounced visit case note, initial child
protection conference minutes, a school's referral, strategy discussion minutes, a child and family assessment, a chronology,
core group minutes, a health visitor's referral, a child protection medical report, a young carer's needs assessment, a child in
need review) and half the other kinds of writing a case file holds, of types or styles new to these sets where possible: a
mother's texts with her own mother typed up from screenshots, a nursery cause-for-concern form scanned and OCR'd with a key
person's log, a family WhatsApp group in Shona and English translated, a mother's own letter, a school and social worker email
chain, WhatsApp voice notes in Spanish and English auto-transcribed and translated, a domestic abuse service's phone intake form,
a police missing person report with the return home interview, a social worker's notes typed fast on a phone through a day, a
police exhibit of a father's Facebook Messenger chat, a grandmother's handwritten note scanned (with a crossing-out), a police
firearms licensing unit's notification to a partner agency, and a professionals' Microsoft Teams chat export.

Invented: every person, address number, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Zimbabwe, Mexico); NHS numbers and UPNs (North Yorkshire's LA number, 815) pass their check digits; NI
numbers have a valid format. The council is invented (Dales and Vale), and so are Flaxley Fields Primary School, Little Acorns
Nursery, the interpreting agency (TransVoice NY) and a few email domains; towns, villages, districts, estates, real schools and
colleges (Allertonshire School, Romanby Primary School, King James's School, Aspin Park Academy, Caedmon College, Ruswarp C of E
Primary School, Greatwood Primary School, Thirsk School and Sixth Form College, Thirsk Community Primary School, Askham Bryan),
real services, charities, NHS bodies, hospitals, surgeries, police forces, hotels, shops, brands and apps are real or realistic
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode, place,
school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words stay outside the name span, before it or
after it (Mr, Mrs, Miss, Dr, DS, DC, PC, FEO's title, Nana, nana, Auntie, Uncle, grandma, grandad, Grandma, the Shona Gogo, Amai,
Baba, Sekuru, Tete and Mai, the Spanish Abuelita and "la" before a name, "senior" after one); a possessive 's and a bare s in
texting or handwriting ("jade"s, "Harley"s) stay outside; every person's name is a name in every form, record or not. "SURNAME,
First" is one span ("STORR, Kai", "MUTASA, Tanaka", "RIPLEY, Thomas James", "SOWERBY, Mark Andrew"); an initial with a surname is
one span ("S. Wray", "H Catterall"); a name broken by a line break is one span holding the break, and so is a place or a school;
a display name that is a person's plain name or nickname is a name ("Jordan Ibbo", "Dale Wilko", "Maru"); a contact saved under
a kinship word ("Mam 💕", "Gogo") is not a name; a family name in a chat's title ("Sowerby - CIN") is a name. A street address is
one span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare
house or flat number ("no. 29", "no 7", "number 10", "flat 4") and an address abroad ("Calle Pedro Moreno 1187", with its
colonia "Americana" a place and "44160" a postcode, Guadalajara); towns, villages, districts, estates and local short forms are
places at home or abroad ("Boro" and "boro" for Middlesbrough, "Robin Hood's Bay", "Chitungwiza", "Zapopan"), and a Shona
locative prefix joined to a town ("ku" before "Chitungwiza") stays outside the span; countries, counties and regions are not
("Zimbabwe", "Mexico", "Jalisco", "North Yorkshire"); organisations are not marked even when they hold a town's or a person's name
(the James Cook University Hospital, the Friarage, Airedale NHS Foundation Trust, Whitby Library, Selby's Drax power
station); a school's or college's name is a school, and so is its short form, in any case ("Flaxley Fields", "flaxley",
"little acorns",
"ruswarp c of e primary", "Romanby Primary", "Allertonshire", "King James's", "Aspin Park", "caedmon", "Greatwood", "Thirsk School",
"Askham Bryan"); a date of birth is dob (also where a chronology repeats it as a row's date), any other calendar date with a day
is date (a weekday before it stays outside), and a bare day ("the 16th", "mon 16", "18th") is a date; months and years alone are
not marked; pets' names ("Ted") are not names; a surname or first name that is also a word or a town is marked by what it refers
to (Selby, Sowerby and Ripley are names when they are people and places when they are the town or the villages; Robin, Holly,
Summer, Memory, Dale, Wild, Jade and Poppy are names when they are people; "in the summer" is a season).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a word a toddler uses for her
grandmother ("Nane") is a kinship word, not a name; in an OCR'd form the misread words are marked as what they stand for
("H0lly-Mae", "O9/O2/2O24", "2O.11.26"), as set 23 did; a Teams display name with an organisation in brackets marks the name and
the school separately ("Becky Thirkell (Thirsk School)"); a name struck through in a handwritten note is still a name; a service or
branch named by its town ("Selby locality", "job centre Selby", "Harrogate MARAC", "Northallerton CAIU",
"Skipton HV team", "whitby CID") marks the town, as set 21 did, but the building
the council met in is written "the Civic Centre"; railway and bus stations named after a town ("Middlesbrough station", "Whitby
bus station") are landmarks and stay unmarked, as set 30 decided; "Airedale" standing for the hospital is an organisation; a
police reference, an exhibit number, a hospital number, a GMC number and a firearms reference are not marked; the Shona word for
God ("Mwari") is not a name.

Self-check without the detector: `python -m bench.redaction_set73` (and tests/test_redaction_set73.py) runs set 21's checker
(which runs set 15's and the sets before it) on this set, adds this set's titles and kinship words and its countries, counties
and regions, and prints the number of documents and gold spans per kind: 24 documents, 1,012 gold spans, 608 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set21 import problems as problems_21
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Gott / Selby / Burley family (white British), the Flaxley Road area of Selby ----------------------------------------

HOME_A = d.Address("14 Leeds Road", "Flaxley Road", "Selby", "YO8 4HX")
NAN_A = d.Address("6 Howden Road", "Barlby", "Selby", "YO8 5JE")
DAD_A = d.Address("22 Finkle Hill", "", "Sherburn in Elmet", "LS25 6EB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Robin", "Gott")], dt.date(2020, 5, 14), addresses=[HOME_A], ids=["418 792 7492", "N815201234567"],
       schools=["Flaxley Fields Primary School"]),
    _p("s", "sibling", [("Holly-Mae", "Gott")], dt.date(2024, 2, 9), addresses=[HOME_A], ids=["176 883 7104"]),
    _p("m", "mother", [("Kayleigh", "Gott")], dt.date(1999, 4, 2), addresses=[HOME_A], phones=["07781 586776"]),
    _p("f", "father", [("Lewis", "Selby")], dt.date(1997, 8, 21), addresses=[DAD_A], phones=["07853 943340"]),
    _p("g", "grandparent", [("Denise", "Gott")], dt.date(1972, 12, 1), addresses=[NAN_A], phones=["01757 412582"]),
    _p("p1", "professional", [("Harriet", "Lund")], phones=["01609 780780"], emails=["harriet.lund@dalesvale.gov.uk"]),
], "c")

DOCS_A = [
    ("social work case note of an unannounced home visit", """CASE NOTE - Dales and Vale Council, Children and Families ([[Selby|place]]
locality)
Child: [[Robin GOTT|name]] (DOB [[14/05/2020|dob]])   Sibling: [[Holly-Mae GOTT|name]] (DOB [[09/02/2024|dob]])
Type: unannounced home visit (s47 enquiry)   Date: Tuesday [[3rd November 2026|date]], 15:40-16:55
Worker: [[Harriet Lund|name]], social worker   Present: [[Kayleigh Gott|name]] (mother), both children; [[Shane Burley|name]]
(mother's partner) arrived at 16:20.

Visited [[14 Leeds Road|address]], [[Selby|place]] [[YO8 4HX|postcode]] following the referral from [[Flaxley Fields Primary School|school]]
on [[2 November|date]] ([[Robin|name]] came in with a red mark on his cheek and said "[[Shane|name]] flicked me"). [[Kayleigh|name]] let
me in after a few minutes. The front room was warm; there was a strong smell of cannabis in the hallway and an ashtray on the
arm of the settee within reach of [[Holly-Mae|name]]. The kitchen had food (bread, cereal, noodles) but the fridge was almost
empty; [[Kayleigh|name]] said her Universal Credit had been sanctioned and she had been to the food bank at the Abbey on Saturday.

I saw [[Robin|name]] on his own in his bedroom with his mother's agreement. He showed me his Lego and said he likes "Mrs [[Akroyd|name]]"
(his teacher, Mrs [[Akroyd|name]]) and his friend "[[Alfie|name]]". Asked about his cheek, he said [[Shane|name]] "does flicks when I'm
noisy" and that it "stings". He said his dad, [[Lewis|name]], "lives in [[Sherburn|place]] with Nana [[Jan|name]]" and that he sees him
"on Saturdays sometimes". No other marks seen.

[[Shane Burley|name]] came in at 16:20 and said he "flicks him for a laugh, it's nothing". He was hostile and said he was "not having
social in the house". He gave his address as his mum's, [[9 Petre Avenue|address]], [[Selby|place]], and his number as
[[07747 851087|phone]]. He left at 16:35.

Plan agreed with [[Kayleigh|name]]: [[Shane|name]] not to discipline the children in any way; no smoking indoors; food parcel and
referral to Citizens Advice re the sanction; I will speak to [[Denise Gott|name]] (maternal grandmother, [[Barlby|place]],
[[01757 412582|phone]]) about her helping after school; I will ring [[Lewis Selby|name]] ([[07853 943340|phone]]). Strategy
review on [[10/11/2026|date]]. [[H. Lund|name]]
"""),
    ("text messages between a mother and her own mother, typed up from screenshots", """[Texts between [[Kayleigh|name]] and her mum,
shown to [[Harriet|name]] (SW) on her phone on [[9 November 2026|date]] and typed up with her agreement. Spelling as sent. Her mum is
saved as "Mam 💕".]

Mam 💕  Sat [[7 Nov|date]] 09:14
is [[robin|name]] still coming to mine after school mon n tues. ill get him from [[flaxley|school]] at 3
[[Kayleigh|name]]  09:20
yeh pls. [[shane|name]] says he not coming round anymore anyway
Mam 💕  09:21
good. dont let him. that social [[harriet|name]] rang me shes alright
[[Kayleigh|name]]  09:33
i no. shes sending [[holly|name]] to nursery 15 hrs at [[little acorns|school]] in [[brayton|place]] from the [[16th|date]]
Mam 💕  09:35
i can do the drop off on my way to [[drax|place]] on the bus x
[[Kayleigh|name]]  11:02
[[lewis|name]] wants [[robin|name]] sat. his nan [[jan|name]] is doing tea. Hes got a new number [[07853 943340|phone]]
Mam 💕  11:04
Tell him he can drop him back at mine not yours. what about that lass [[Tegan|name]] he's with is she ok
[[Kayleigh|name]]  11:10
dunno mam
Mam 💕  Sun [[8 Nov|date]] 20:47
Has he been round? [[Pauline|name]] over the road says his van was outside [[16 leeds rd|address]] at 2 in the morning
[[Kayleigh|name]]  20:59
he just wanted his stuff. I didnt let him in I swear
Mam 💕  21:02
Ring me if he starts. or ring the police. love you xx

[[Kayleigh|name]]  Mon [[9 Nov|date]] 07:12
[[robin|name]] had nightmare bout [[Shane|name]] again. can u take him mon [[16|date]] as well im at job centre [[Selby|place]] 10.30
Mam 💕  07:15
course. tell [[Holly-Mae|name]] nana loves her
[[Kayleigh|name]]  07:16
will do. [[harriet|name]] coming weds [[11th|date]] at 2. can u be here. also [[Tegan|name]] msgd me says [[lewis|name]] been kicking off
at her
mams in [[south milford|place]]
Mam 💕  07:20
ill be there. dont get involved w [[Tegan|name]] n [[lewis|name]]. Ring Auntie [[Bev|name]] if u need money for electric
"""),
    ("initial child protection conference minutes", """DALES AND VALE COUNCIL - INITIAL CHILD PROTECTION CONFERENCE
Children: [[Robin GOTT|name]] ([[14.05.2020|dob]]), [[Holly-Mae GOTT|name]] ([[09.02.2024|dob]])    Address: [[14 Leeds Road|address]],
[[Selby|place]], [[YO8 4HX|postcode]]
Date: [[24 November 2026|date]], the Civic Centre, 10:00    Chair: [[Nicola Brear|name]] (Independent Chair)
Present: [[Kayleigh Gott|name]] (mother); [[Denise Gott|name]] (maternal grandmother, as supporter); [[Lewis Selby|name]] (father of
[[Robin|name]]); [[Harriet Lund|name]] (SW); [[Jo Akroyd|name]] (class teacher and DSL, [[Flaxley Fields|school]]); [[Priya Desai|name]]
(HV);
DC [[Mark Oxtoby|name]] (North Yorkshire Police, CAIU); [[Sandra Wray|name]] ([[Little Acorns Nursery|school]]). Apologies: Dr
[[Amit Rao|name]] (GP) - report
received. Not invited: [[Shane Burley|name]] (the mother did not consent; the Chair agreed).
Minutes: [[Claire Hebden|name]].

1. Reason for conference: [[Robin|name]] (6) disclosed being "flicked" and hit by the mother's partner, [[SHANE BURLEY|name]]
(DOB [[30/01/1996|dob]]). Police have interviewed Mr [[Burley|name]], who admitted "flicking"; released under investigation. There
are also concerns of neglect: cannabis smoking in the home, low food, [[Holly-Mae|name]]'s missed immunisations.
2. School: [[Robin|name]]'s attendance 84%; late 11 times since [[1 September|date]]; often hungry. Mrs [[Akroyd|name]] said he is "a
lovely, funny boy who worries about his mum".
3. Father: Mr [[Selby|name]] said he did not know about [[Shane|name]] until [[Robin|name]] told him, and asked for more time. He lives with
his mother, Mrs [[Janet Selby|name]], in [[Sherburn in Elmet|place]], and works shifts at the Drax power station. The Chair noted
that Mr [[Selby|name]]'s surname is also the name of the town and asked the minute-taker to use "Mr [[Selby|name]]" and "the town"
to avoid confusion.
4. Grandmother: Mrs [[Gott|name]] is able to collect [[Robin|name]] three days a week and have both children on Saturdays.
5. Decision: both children subject to a child protection plan, category neglect (and physical abuse for [[Robin|name]]). Core group
[[8 December 2026|date]]; review conference [[23/02/2027|date]].
Mother's view: "I have got rid of him. I just want help with money and the nursery." Agreed.
Core group members: [[Kayleigh Gott|name]], [[Denise Gott|name]], [[Lewis Selby|name]], [[Harriet Lund|name]], [[Jo Akroyd|name]],
[[Priya Desai|name]],
[[Sandra Wray|name]]. Distribution: as above, plus Dr [[Rao|name]]; Mr [[Selby|name]]'s copy to [[22 Finkle Hill|address]], [[Sherburn in
Elmet|place]], [[LS25 6EB|postcode]]; Mrs [[Gott|name]]'s to [[6 Howden Road|address]], [[Barlby|place]], [[YO8 5JE|postcode]]. Not to be
shared with
Mr [[Burley|name]] (address withheld from the family: his mother's, [[9 Petre Avenue|address]]).
"""),
    ("nursery cause-for-concern form, scanned and OCR'd", """[[LITTLE ACORNS NURSERY|school]] ([[BRAYTON|place]])  -  CAUSE F0R C0NCERN /
B0DY MAP
Child's name: [[GOTT, H0lly-Mae|name]]
D.O.B: [[O9/O2/2O24|dob]]     Key person: [[S. Wray|name]]    Date: [[2O/11/2O26|date]]     Time: 08:5O
What was seen / said (exact words):
On arrival [[Holly|name]] had a small bruise (approx 1cm, yellow/green) on her left
upper arm. Nana ([[Denise|name]]) dropped her off and said "she fell off the settee at her
mums". [[Holly|name]] said "Nane" and pointed to the arm (she calls her nan "Nane"?).
Nappy very wet and heavy, red rash. Asked for toast x3.
Action: photo NOT taken (policy). Body map completed. Phoned DSL [[Sandra
Wray|name]] and SW [[Harriet Lund|name]] 09:2O - left message on [[01609 780780|phone]].
Parent informed: Yes / N0  - Mum ([[Kayleigh|name]]) rang at 11.4O, said
"[[Robin|name]] pushed her, they were fighting for the remote". Mum's mob:
[[07781 586776|phone]].
Signed: [[S Wray|name]]    Checked by manager: [[Bev Lofthouse|name]]  [[2O.11.26|date]]
--- continuation sheet (key person's log) ---
[[23/11|date]] 08.45 dropped by nana. no new marks. [[Holly|name]] happy, ate 2 breakfasts.
[[24/11|date]] mum drop off. Said [[Robin|name]] at nanas in [[Barlby|place]] for the week. Told us "[[Shane|name]] is back at his mams".
[[25/11|date]] 12.10 Collected by a man who said he was "[[Lewis|name]], [[Robin|name]]'s dad" - NOT on the list. Not released.
Rang mum [[07781 586776|phone]], she said ok for [[Lewis|name]] to collect. Released 12.35 after photo ID
(driving licence: [[Lewis Selby|name]], [[22 Finkle Hill|address]], [[Sherburn in Elmet|place]]). Car: [[FY19 XMO|vehicle]].
[[26/11|date]] absent - mum says sick. [[27/11|date]] absent. Rang [[Harriet|name]] (SW) to let her know.
"""),
]


# --- B. Chikore / Mutasa family (Zimbabwean, Shona-speaking), Romanby, Northallerton -----------------------------------------

HOME_B = d.Address("31 Ainderby Road", "Romanby", "Northallerton", "DL7 8HF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tanaka", "Mutasa")], dt.date(2012, 6, 30), addresses=[HOME_B], ids=["460 658 6788", "A815211876543"],
       schools=["Allertonshire School"]),
    _p("s", "sibling", [("Rufaro", "Mutasa")], dt.date(2017, 3, 8), addresses=[HOME_B], ids=["620 499 3178"],
       schools=["Romanby Primary School"]),
    _p("m", "mother", [("Tendai", "Chikore")], dt.date(1986, 10, 12), addresses=[HOME_B], phones=["07886 363276"]),
    _p("f", "father", [("Farai", "Mutasa")], dt.date(1983, 1, 19), addresses=[HOME_B], phones=["07843 801323"]),
    _p("g", "grandparent", [("Rudo", "Chikore")], phones=["+263 77 502 3631"]),
    _p("p1", "professional", [("Owen", "Pattison")], phones=["01609 662925"], emails=["owen.pattison@dalesvale.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school's referral to children's services", """REQUEST FOR SUPPORT / REFERRAL - Dales and Vale Children's Front Door
From: [[Allertonshire School|school]], [[Northallerton|place]] - [[Fiona Dinsdale|name]], Designated Safeguarding Lead,
[[01609 967894|phone]],
[[f.dinsdale@allertonshire.example.org|email]]
Date of referral: [[12/10/2026|date]]   Consent: parents NOT informed (risk of harm to the child)
Child: [[MUTASA, Tanaka|name]]   DOB: [[30/06/2012|dob]]   Year 9   UPN: [[A815211876543|upn]]
Address: [[31 Ainderby Road|address]], [[Romanby|place]], [[Northallerton|place]], [[DL7 8HF|postcode]]
Parents: [[Tendai CHIKORE|name]] (mother, senior carer at a care home in [[Bedale|place]]), [[Farai MUTASA|name]] (father, HGV driver)
Sibling: [[Rufaro|name]], 9, at [[Romanby Primary|school]]. First languages at home: Shona and English.

What has happened: In PE today (period 3) the teacher, Mr [[Craig Hird|name]], saw three long marks across the back of [[Tanaka|name]]'s
thighs when he changed. [[Tanaka|name]] (known as "[[Taki|name]]") told me at 11:15 that his father hit him with a belt on Saturday
night ([[10th October|date]]) because he came home at 10pm from his friend [[Kieran Metcalfe|name]]'s house in [[Brompton|place]]
and "lied about where I was". He said it is "the Zimbabwe way, my dad says", that his mum "cried but didn't stop him", and that
it happened once before, "in the summer, when we went to [[Harare|place]]". He asked me not to tell his dad because "he will send me to
Gogo in [[Chitungwiza|place]]". (He means his grandmother, Mrs [[Rudo Chikore|name]].)
He has also been seen by the school nurse ([[Gemma Foxton|name]]) on [[2 October|date]] with scratches on his left forearm, which he
said were from the cat. He has become quiet; his friend [[Ruvimbo|name]] (Y9) told his form tutor, Miss [[Adebayo|name]], that
"[[Taki|name]]
said he wants to not exist".
Father's mobile (from our system): [[07843 801323|phone]]. Mother: [[07886 363276|phone]].
Church: the family attend a Zimbabwean Methodist fellowship in [[Darlington|place]] (Pastor [[Blessing Ncube|name]]).
Other agencies known: GP - Mayford House Surgery ([[Northallerton|place]]); [[Rufaro|name]]'s class teacher Mrs [[Dawn Kettlewell|name]].
History: on [[14/03/2025|date]] [[Tanaka|name]] told his Y8 tutor, Mr [[Oliver Bainbridge|name]], that his dad "smacked" him for a bad
report; the school spoke with Mrs [[Chikore|name]] and no referral was made. He said then that he sometimes stays with his friend
[[Kieran|name]] in [[Brompton|place]] or with his cousin [[Nyasha|name]] in [[Middlesbrough|place]] "when it's bad at home".
Form completed by: [[F. Dinsdale|name]], [[12 October 2026|date]], 14:05.
"""),
    ("family WhatsApp group in Shona and English, typed up and translated", """[WhatsApp group "Vana vaGogo 🇿🇼", shown by Mrs
[[Tendai Chikore|name]]
to [[Owen Pattison|name]] (SW) on [[21 October 2026|date]]; typed up with her agreement. Shona translated by [[Chiedza Mhlanga|name]],
interpreter (TransVoice NY). English as written. Times left out.]

[[16/10/2026|date]]
Gogo: [[Tendai|name]], ndanzwa kuti [[Taki|name]] akarohwa. Unomuendesa kuna Sekuru [[Tonderai|name]] here?
      ([[Tendai|name]], I heard [[Taki|name]] was beaten. Are you sending him to Uncle [[Tonderai|name]]?)
[[Tendai|name]]: Kwete Amai. The social worker came. They say no belt in this country. [[Farai|name]] is angry
Tete [[Memory|name]]: [[tendai|name]] listen the social will take the kids. In [[Leeds|place]] they took Mai [[Tino|name]]'s boy. Do what
they say
[[+263 71 516 3237|phone]]: Mwari vachakubatsirai mese 🙏 (God will help you all) - this is Sekuru [[Tonderai|name]] from [[Mutare|place]],
not saved
[[Tendai|name]]: [[Rufaro|name]] is asking for you Gogo. Phone her Sunday after church

[[17/10/2026|date]]
Gogo: Handidi kuti vana vatorwe. [[Taki|name]] auye kumba kuno kwa Gogo ku[[Chitungwiza|place]]
      (I don't want the children taken. [[Taki|name]] should come home here to Gogo's in [[Chitungwiza|place]].)
[[Tendai|name]]: No Amai. He stays in school here. Mr [[Pattison|name]] says we work together.
[[Farai Mutasa|name]]: My father beat me and I am a good man. but ok I have signed the agreement. No more belt.
Tete [[Memory|name]]: 👍🏾 send me [[Taki|name]]'s new number. mine is [[+44 7505 499896|phone]] now im in [[Wakefield|place]]

[[20/10/2026|date]]
[[Rufaro|name]] (on Mum's phone): Gogo I got a star for reading!!! I miss you. When are you coming to [[Northallerton|place]]
Gogo: Ndinokudai [[Rufa|name]] wangu ❤️ (I love you my [[Rufa|name]].) I will come when the visa says yes. Greet [[Taki|name]]
Tete [[Memory|name]]: [[Tendai|name]] the lady from church Mai [[Rumbi|name]] says her son [[Tatenda|name]] can take [[Taki|name]]
      to youth club in [[Darlington|place]] on Fridays. Her number [[07403 585842|phone]]
[[Tendai|name]]: thank you Tete. [[Taki|name]] will like that. [[Owen|name]] the social worker says it is good for him
[[Farai Mutasa|name]]: I am still at [[Simba|name]]'s in [[Northallerton|place]]. [[Simba|name]] greets you all. Gogo please pray for me
Sekuru [[Tonderai|name]] ([[+263 71 516 3237|phone]]): [[Farai|name]], mwanakomana, chinja. ([[Farai|name]], my son, change.)
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s47) - [[Tanaka MUTASA|name]] ([[30.06.2012|dob]]) and [[Rufaro MUTASA|name]]
([[08.03.2017|dob]])
Held: [[13 October 2026|date]], 09:30, Teams   Chair: [[Owen Pattison|name]] (SW, Dales and Vale, [[01609 662925|phone]])
Attendees: DS [[Lucy Harker|name]] (North Yorkshire Police, [[Northallerton|place]] CAIU); [[Fiona Dinsdale|name]] (DSL,
[[Allertonshire|school]]);
[[Dawn Kettlewell|name]] (DSL, [[Romanby Primary School|school]]); [[Anesu Marufu|name]] (school nurse team lead); Dr
[[Rachel Oyelaran|name]]
(community paediatrician, The Friarage).
Information shared:
- Police: nothing recorded for Mr [[Farai Mutasa|name]] ([[19/01/1983|dob]]) apart from a neighbour's noise call in the summer
  (a neighbour at [[no. 29|address]], Mrs [[Hazel Raine|name]], reported shouting; no offences). Vehicle on the address: a grey Passat,
  [[YJ68 KDV|vehicle]].
- School: see the referral of [[12/10/2026|date]]. [[Tanaka|name]] is a strong student (maths set 1) but his attendance fell after the
  summer trip to [[Harare|place]] and [[Chitungwiza|place]]; he has spoken of not wanting to exist.
- Primary: [[Rufaro|name]] is happy, well cared for; she told her teacher Mrs [[Kettlewell|name]] that "[[Taki|name]] is always in trouble
  with Baba". No marks seen.
- Health: both children up to date with immunisations; [[Tanaka|name]] seen at A&E at the Friarage on [[3rd August 2026|date]] for a
  sprained wrist (football) - no concerns then.
Decision: threshold met for a joint s47 enquiry (single agency social care lead, police to consider a crime report for the belt).
Joint visit today after school; [[Tanaka|name]] to be seen alone; interpreter not needed for the parents (both fluent in English)
but the grandmother in Zimbabwe speaks Shona. Safety plan: father to stay at a friend's, Mr [[Simba Chirwa|name]],
[[Flat 3, 11 Quaker Lane|address]], [[Northallerton|place]] [[DL6 1EF|postcode]], until the visit is done. Threats to take [[Tanaka|name]]
to
[[Chitungwiza|place]] noted: the police will put a port alert in place if needed; passports seen by SW and left with mother.
Minutes by [[Owen Pattison|name]].
"""),
    ("a mother's own letter to the social worker", """[[31 Ainderby Road|address]]
[[Romanby|place]]
[[Northallerton|place]] [[DL7 8HF|postcode]]
[[2nd November 2026|date]]

Dear Mr [[Pattison|name]],

I am writing to you myself because in the meeting I could not say everything, I was crying too much. I am [[Tendai|name]], the mother
of [[Tanaka|name]] and [[Rufaro|name]]. I want you to know that I love my children and that I did not want [[Farai|name]] to use the belt.
Where we come from, in [[Chitungwiza|place]], this is what every parent does and my own father did it to me. But I have read the
leaflet you gave me and I understand it is against the law here and it hurts [[Taki|name]] inside as well as outside.

My husband has been staying with [[Simba|name]] for 3 weeks. He goes to the parenting course on Thursdays at the family hub in
[[Thirsk|place]] with Mr [[Blessing Ncube|name]] from our church who is helping him. He says he wants to come home on the [[20th|date]].
I think he has changed but I am frightened to say no to him.

My mother [[Rudo|name]] keeps telling me on the phone to send [[Taki|name]] to her. I have told her no. Please do not believe the
messages, [[Taki|name]] is staying with me. Her number if you need to speak to her is [[+263 77 502 3631|phone]] (she prefers
Shona, my cousin [[Nyasha Gumbo|name]] can translate, she lives in [[Middlesbrough|place]], [[07594 885402|phone]]).

[[Rufaro|name]] wants to know if her dad can come to her school play on [[10 December|date]]. She is a shepherd.

Thank you for listening to [[Taki|name]]. He says you are "ok for a social worker".

Yours sincerely
[[Tendai Chikore|name]] (Mrs)
"""),
]


# --- C. Hernández Ruiz / Ripley family (Mexican and white British), Aspin, Knaresborough ----------------------------------

HOME_C = d.Address("8 Aspin Drive", "Aspin", "Knaresborough", "HG5 8EJ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ximena", "Navarro Hernández")], dt.date(2013, 9, 4), addresses=[HOME_C],
       ids=["382 961 1137", "U815192345671"], schools=["King James's School"]),
    _p("s", "sibling", [("Mateo", "Ripley")], dt.date(2019, 11, 23), addresses=[HOME_C], ids=["282 777 8351"],
       schools=["Aspin Park Academy"]),
    _p("m", "mother", [("Guadalupe", "Hernández Ruiz")], dt.date(1988, 12, 12), addresses=[HOME_C], phones=["07903 679672"]),
    _p("sf", "stepfather", [("Thomas", "Ripley")], dt.date(1984, 7, 7), addresses=[HOME_C], phones=["07901 838010"]),
    _p("f", "father", [("Ricardo", "Navarro")], phones=["+52 33 5260 1815"]),
    _p("p1", "professional", [("Beth", "Ingleby")], phones=["01423 675836"], emails=["beth.ingleby@dalesvale.gov.uk"]),
], "c")

DOCS_C = [
    ("email chain between a school and the social worker", """From: [[Sam Whitaker|name]] <[[s.whitaker@kjs.example.org|email]]>
Sent: Thursday, [[5 November 2026|date]] 13:02
To: [[Beth Ingleby|name]] <[[beth.ingleby@dalesvale.gov.uk|email]]>
Cc: [[Ros Greenwood|name]] (DSL)
Subject: RE: [[Ximena|name]] N-H (Y8) - today

Hi [[Beth|name]],
Quick update as promised. [[Ximena|name]] came to see me at break in tears. She says her stepdad ("[[Tom|name]]") took her phone and
laptop again last night and read her messages to her dad in [[Guadalajara|place]], and that he called her mum "stupid" and
"a waste of a visa" in front of her and [[Mateo|name]]. She says her mum ([[Lupita|name]]) was locked out in the garden for "about
an hour" in the rain. She is scared to go home but does not want us to ring her mum because [[Tom|name]] reads her mum's phone too.
She mentioned a neighbour, "[[Barbara|name]] at [[number 10|address]]", who let her mum in to use the toilet.
She has asked if she can stay at her friend [[Leah Knowles|name]]'s tonight (the family live on [[Boroughbridge Road|address]],
[[Knaresborough|place]]). I said I'd ask you.
[[Sam|name]]
[[Sam Whitaker|name]] | Pastoral Leader Y8 | [[King James's School|school]], [[Knaresborough|place]] | [[01423 882617|phone]]

From: [[Beth Ingleby|name]]
Sent: [[05/11/2026|date]] 13:40
Thanks [[Sam|name]]. Please keep her with you at 3pm; I'm coming over with my colleague [[Aled Pryce|name]]. Not the friend's for now.
I'll ring Mum on her work mobile ([[07903 679672|phone]]) while she is at the hotel (she works at the Old Swan in [[Harrogate|place]]).
Please check [[Mateo|name]] is OK at [[Aspin Park|school]] and ask Mrs [[Ogden|name]] not to release him to Mr [[Ripley|name]] until I call.
[[Beth|name]]
"""),
    ("voice notes in Spanish and English, auto-transcribed and translated", """[Voice notes from [[Guadalupe Hernández Ruiz|name]]'s
WhatsApp
chat with her sister, saved as "[[Maru|name]] 💜", auto-transcribed by the phone and translated by [[Inés Castaño|name]] (interpreter),
given to
[[Beth Ingleby|name]] on [[9/11/2026|date]] with [[Lupita|name]]'s agreement. Mis-hearings of the transcription left in.]

[[Maru|name]] 💜  [[2 nov 2026|date]] 22:41  (voice, 0:48)
"[[Lupe|name]], ya me dijo mi mamá. Vente con los niños a [[Zapopan|place]], aquí está tu cuarto. [[Ricardo|name]] dice que quiere ver a la
[[Xime|name]] en Navidad."
([[Lupe|name]], Mum told me. Come with the kids to [[Zapopan|place]], your room is here. [[Ricardo|name]] says he wants to see
[[Xime|name]] at
Christmas.)
>> translator's note: [[Lupe|name]] and [[Lupita|name]] are both short for [[Guadalupe|name]]; "la [[Xime|name]]" is [[Ximena|name]].

[[Lupita|name]]  [[2 nov 2026|date]] 22:50  (voice, 1:32)
"No puedo, [[Maru|name]]. [[Mateo|name]] es de aquí, [[Tom|name]] no lo va a dejar ir. Hoy me dejó afuera otra vez... the lady next door,
[[Barbara|name]], she took me in. [[Tom|name]] says if I go to the police he will tell the Home Office and I lose my visa."
(I can't, [[Maru|name]]. [[Mateo|name]] is from here, [[Tom|name]] won't let him go. Today he left me outside again... [the English is as
she
said it].)

[[Maru|name]] 💜  [[3 nov 2026|date]] 07:12  (voice, 0:35)
"Mi mamá dice que llames a la abuelita [[Chayo|name]], que está muy preocupada. Su número nuevo es el [[+52 33 9083 0166|phone]].
Y que no le digas nada a [[Tomás|name]]."
(Mum says call grandma [[Chayo|name]], she's very worried. Her new number is ... And don't tell [[Tomás|name]] anything.)

[[Lupita|name]]  [[3 nov 2026|date]] 07:30  (voice, 0:57)
"Ok. Sunday we went to [[Ripley|place]] to the ice cream place and he was nice nice, like nothing. Then at night again. [[Xime|name]] is
so angry with him. The school lady [[Sam|name]] is good. Mándame la dirección de [[Ricardo|name]] por si acaso..."
(... Send me [[Ricardo|name]]'s address just in case.)

[[Maru|name]] 💜  [[3 nov 2026|date]] 07:34  (text)
[[Calle Pedro Moreno 1187|address]], Col. [[Americana|place]], [[44160|postcode]] [[Guadalajara|place]]. Pero [[Lupe|name]] ten cuidado 🙏
"""),
    ("child and family assessment summary", """DALES AND VALE COUNCIL - CHILD AND FAMILY ASSESSMENT (summary and analysis)
Children: [[Ximena NAVARRO HERNÁNDEZ|name]] (DOB [[04/09/2013|dob]], NHS [[382 961 1137|nhs]]); [[Mateo RIPLEY|name]] (DOB
[[23/11/2019|dob]],
NHS [[282 777 8351|nhs]])   Address: [[8 Aspin Drive|address]], [[Knaresborough|place]] [[HG5 8EJ|postcode]]
Assessment started [[5 November 2026|date]]; completed [[30 November 2026|date]]. Social worker: [[Beth Ingleby|name]].

Family: [[Guadalupe HERNÁNDEZ RUIZ|name]] ("[[Lupita|name]]", 37), born in [[Guadalajara|place]], Jalisco, came to the UK in 2021 on a
spouse visa after marrying [[Thomas RIPLEY|name]] ("[[Tom|name]]", 42), a site manager; they met when he worked in
[[Puerto Vallarta|place]].
[[Ximena|name]]'s father is [[Ricardo Navarro|name]] ([[+52 33 5260 1815|phone]]), a teacher in [[Guadalajara|place]]; he agreed in writing
to [[Ximena|name]] moving to England. Maternal grandmother: Mrs [[Rosario Ruiz|name]] ("[[Chayo|name]]"), [[Guadalajara|place]].

Analysis: Mrs [[Hernández Ruiz|name]] describes a pattern of coercive control by Mr [[Ripley|name]]: her phone and the children's devices
checked, no money of her own (her wages are paid into his account), being locked out of the house (three times since July), and
threats to report her to the Home Office. [[Ximena|name]] (13) has witnessed much of this; she is angry, is not sleeping and has been
self-harming (cuts to her thigh, seen by the school nurse on [[6 November|date]]). [[Mateo|name]] (6) is loved by both parents and
described by [[Aspin Park|school]] as "a happy little boy who speaks Spanish to his mum and English to everyone else".
Mr [[Ripley|name]] declined to meet me alone; in a joint meeting on [[12/11/26|date]] he said "she's making it up to stay in the country".
He has since moved to his brother [[Gary Ripley|name]]'s house in [[Starbeck|place]] after a Domestic Violence Protection Notice
(served [[14 November 2026|date]]; a Domestic Violence Protection Order was made at [[Harrogate|place]] on the
[[16th|date]]).
[[Ximena|name]]'s own words: "I love [[Mateo|name]] and I love my mum. I don't want to go back to [[Guadalajara|place]], my life is here
now,
my friends are [[Leah|name]] and [[Ruby|name]]. But I want to see my dad at Christmas. [[Tom|name]] can't tell us what to do anymore."
[[Mateo|name]], seen at school with Mrs [[Ogden|name]]: "Daddy shouts. Mummy cries. I like Abuelita [[Chayo|name]] on the iPad."
Consulted: [[Sam Whitaker|name]] and [[Ros Greenwood|name]] ([[King James's School|school]]); Mrs [[Ogden|name]] ([[Aspin Park|school]]);
school nurse [[Tasha Fell|name]]; PC [[Daniel Hirst|name]] (DVPN); Mrs [[Barbara Lumb|name]] (neighbour, with the mother's consent);
[[Ricardo Navarro|name]] by video call on [[20/11/2026|date]] (in Spanish, with [[Inés Castaño|name]] interpreting), who said he would
"never take [[Xime|name]] without the law"; his address is [[Calle Pedro Moreno 1187|address]], [[Guadalajara|place]].
Outcome: Child in Need plan for both children; referral to IDAS; Mrs [[Hernández Ruiz|name]] referred to an immigration solicitor
about the domestic violence concession; [[Ximena|name]] referred to CAMHS. No plan to remove [[Ximena|name]] to Mexico.
"""),
    ("a domestic abuse service's intake form", """IDAS - REFERRAL INTAKE (phone)   Taken by: [[Keeley Shaw|name]]   Date:
[[16-11-2026|date]]
Client name: [[Guadalupe Hernandez Ruiz|name]]   Preferred name: [[Lupita|name]]   DOB: [[12-12-1988|dob]]
Safe contact no: [[07903 679672|phone]] (OK to leave voicemail? NO)   Safe times: 10-2 weekdays (at work)
Address: [[8 Aspin Drive|address]], [[Knaresborough|place]], [[HG5 8EJ|postcode]]    Perpetrator still at address: NO (DVPN)
Perpetrator: [[RIPLEY, Thomas James|name]]   DOB [[07-07-1984|dob]]   Current address: c/o [[Gary Ripley|name]], [[Starbeck|place]]
Vehicle: white Ford Ranger [[YB21 OXH|vehicle]]
Children: [[Ximena|name]] (13), [[Mateo|name]] (6)
NI no: [[JK 48 21 93 B|ni]]   Immigration: spouse visa (expires [[30/04/2027|date]])
Language: Spanish (good English; wants Spanish for the support sessions if we have it)
Referred by: [[Beth Ingleby|name]] (SW), [[01423 675836|phone]]
DASH: 16 yes - HIGH - MARAC referral made for [[3 December|date]] ([[Harrogate|place]] MARAC)
Notes: client says "I want to stay in [[Knaresborough|place]], [[Mateo|name]]'s school is here and my friend [[Carmen Ávila|name]] from
[[Ripon|place]] helps me". Outreach worker: [[Nadia Qureshi|name]], first visit [[18/11|date]] at the library.
Other people: sister [[María Eugenia Hernández Ruiz|name]] ("[[Maru|name]]"), [[Zapopan|place]], [[+52 33 1318 6091|phone]]; neighbour
Mrs [[Barbara Lumb|name]], [[10 Aspin Drive|address]] (safe place in an emergency - client says "she has a key"); his brother
[[Gary Ripley|name]], [[Starbeck|place]], [[07479 955640|phone]] (do NOT contact - he passes things on).
Children's schools: [[King James's|school]] ([[Ximena|name]], pastoral lead [[Sam Whitaker|name]]), [[Aspin Park Academy|school]]
([[Mateo|name]]).
"""),
]


# --- D. Leadley / Storr family (white British), Helredale, Whitby -----------------------------------------------------------

HOME_D = d.Address("5 Helredale Gardens", "Helredale", "Whitby", "YO22 4JN")
GRANDAD_D = d.Address("2 Coach Road", "Sleights", "Whitby", "YO22 5AA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kai", "Storr")], dt.date(2011, 2, 17), addresses=[HOME_D], ids=["430 616 6015", "N815223456712"],
       schools=["Caedmon College Whitby"]),
    _p("s", "sibling", [("Esme", "Leadley")], dt.date(2018, 8, 5), addresses=[HOME_D], ids=["846 646 1701"]),
    _p("m", "mother", [("Jade", "Leadley")], dt.date(1992, 6, 6), addresses=[HOME_D], phones=["07952 440495"]),
    _p("f", "father", [("Dean", "Storr")], dt.date(1988, 3, 29), phones=["07945 174594"]),
    _p("g", "grandparent", [("Malcolm", "Leadley")], dt.date(1955, 9, 9), addresses=[GRANDAD_D], phones=["01947 828083"]),
    _p("p1", "professional", [("Rhian", "Coverdale")], phones=["01947 718511"], emails=["rhian.coverdale@dalesvale.gov.uk"]),
], "c")

DOCS_D = [
    ("police missing person report, then the return home interview", """NORTH YORKSHIRE POLICE - MISSING PERSON REPORT (MFH)   Ref:
12260198544
Risk: MEDIUM (raised to HIGH 23:10)   Reported: Fri [[16/10/2026|date]] 19:05 by mother
MISSING: [[STORR, Kai|name]]   DOB [[17/02/2011|dob]]   15 yrs   Home: [[5 Helredale Gardens|address]], [[Whitby|place]]
[[YO22 4JN|postcode]]
Description: white male, 5'9", slim, dark hair shaved at sides, black North Face puffer, grey trackies, white Air Max.
Last seen: 15:20 leaving [[Caedmon College|school]], with [[Reece Harland|name]] (16) of [[Eskdale Road|address]].
Phone: [[07995 095114|phone]] - off since 16:02. Last cell site: [[Middlesbrough|place]] ([[Linthorpe|place]]).
Associates: "[[Jonno|name]]" ([[Jonathan Bainbridge|name]], 19, of [[Middlesbrough|place]], known for supplying class A);
[[Reece Harland|name]].
Mother: [[Jade LEADLEY|name]] [[07952 440495|phone]]. Father: [[Dean STORR|name]], at sea on the trawler (back [[20th|date]]).
Enquiries: grandad Mr [[Malcolm Leadley|name]], [[Sleights|place]] - not seen; girlfriend [[Maisie Cole|name]] ([[Robin Hood's Bay|place]])
- not seen.
FOUND: Sat [[17/10/2026|date]] 06:40 by BTP at Middlesbrough station, with £340 cash and two phones. Returned home by PC
[[Ellie Raw|name]] 4418.

RETURN HOME INTERVIEW - by [[Tariq Ahmed|name]] (Return Home Worker, Dales and Vale), [[19 October 2026|date]], at Whitby Library.
[[Kai|name]] said he "just went to [[Boro|place]] to see mates". He would not talk about the money. He said [[Jonno|name]] "looks after" him
and buys him food and vapes. He said he hates living at home because his mum's boyfriend "[[Stevie|name]]" ([[Steven Pounder|name]]) "is
always mashed" and because "[[Esme|name]] gets everything". He wants to live with his grandad in [[Sleights|place]].
He named the people he "hangs about with" in [[Whitby|place]]: [[Reece|name]], "[[Lewy|name]]" ([[Lewis Hodgson|name]], 15, of
[[Stainsacre|place]]),
and a girl, "[[Tay|name]]" ([[Taylor Brewster|name]], 14), who lives on [[Abbots Road|address]]. He said [[Jonno|name]] picks them up in a
black
Audi ([[NK70 HXB|vehicle]]) from the car park by the swing bridge and drives them to [[Middlesbrough|place]] and [[Guisborough|place]].
Worker's view: strong indicators of child criminal exploitation; recommend a CCE screening tool and a referral to the
exploitation panel.
People mentioned: [[Reece Harland|name]]'s mum ([[Tracy|name]]) says she "can't control him either"; [[Maisie|name]]'s dad, Mr
[[Cole|name]], rang
the police at [[Robin Hood's
Bay|place]] to say [[Kai|name]] is not welcome. Next RHI due if missing again: worker [[Tariq|name]], [[07435 228235|phone]].
"""),
    ("a social worker's notes typed fast on a phone during a day of visits", """notes - [[rhian|name]] - wed [[21/10|date]]
0830 rang [[jade|name]] re [[kai|name]]. shes at work (co-op till 2). says [[kai|name]] in bed, came in 1am, smells of weed.
[[stevie|name]] not there
     "since sunday"
0915 [[caedmon|school]] - spoke mrs [[pybus|name]] (dsl). [[kai|name]] not in. att 61% this term. [[Reece|name]] also not in. Will send
CPOMS
1000 rang school nurse re [[Esme|name]] - [[Carly Boddy|name]]. [[Carly|name]] says [[esme|name]] fine, [[ruswarp c of e
primary|school]] says she
     talks abt "[[stevie|name]] shouting at mummy"
1130 grandad [[malcolm|name]] [[sleights|place]]. lovely man. 71. wd have [[kai|name]] "tomorrow" but his heart (bypass 2024). lives
     [[2 coach rd|address]]. has a spare room. [[01947 828083|phone]]. says [[Dean|name]] is "useless but not bad", back on the boat
     [[20th|date]]
1300 home visit [[helredale gdns|address]]. [[kai|name]] up. wdnt talk in front of [[jade|name]]. walked w him to the abbey steps. said
     [[jonno|name]] gave him a phone and "a job". owes him 400 cos the money got took off him at [[boro|place]]. scared. said someone came
     to the door on [[18th|date]] "a lad in a balaclava". [[jade|name]] confirms - neighbour Mrs [[Harrison|name]] at [[no 7|address]] saw
     him too
1400 strat disc requested. ring [[whitby|place]] CID
1500 [[jade|name]]s boyfriend [[steven pounder|name]] dob [[04/01/1990|dob]] - PNC via police: drugs poss, DA x2 (prev p'ner in
     [[scarborough|place]])
1610 [[jade|name]] crying. agreed [[kai|name]] to grandads tonite as safety plan. took him there in my car. [[malcolm|name]] had made a
     stew lol
"""),
    ("chronology of significant events", """CHRONOLOGY - [[Kai STORR|name]] (DOB [[17.02.2011|dob]]) and [[Esme LEADLEY|name]] (DOB
[[05.08.2018|dob]])
Compiled by [[Rhian Coverdale|name]], SW, for the initial child protection conference on [[11/11/2026|date]].

[[17.02.2011|dob]]   [[Kai|name]] born at James Cook University Hospital, [[Middlesbrough|place]], to [[Jade Leadley|name]] (18) and
[[Dean Storr|name]].
2014         Parents separate. [[Kai|name]] and his mother live with Mr [[Malcolm Leadley|name]] at [[2 Coach Road|address]],
[[Sleights|place]].
[[05.08.2018|dob]]   [[Esme|name]] born (father: [[Liam Ward|name]], no contact since 2019).
[[12/03/2021|date]]  Police DA incident, [[Jade|name]] and Mr [[Ward|name]], [[Larpool Lane|address]], [[Whitby|place]]. [[Kai|name]] (10)
rang 999.
Sept 2022          [[Kai|name]] starts at [[Caedmon College|school]]. Good attendance in Y7 (96%).
[[01/06/2025|date]]  [[Steven Pounder|name]] moves in at [[5 Helredale Gardens|address]].
[[24/04/2026|date]]  [[Kai|name]] excluded for 2 days (vape and a fight). School notes "angry about home".
[[16/10/2026|date]]  [[Kai|name]] missing overnight; found in [[Middlesbrough|place]] with £340 and two phones (police ref 12260198544).
[[19/10/2026|date]]  Return home interview ([[Tariq Ahmed|name]]): exploitation concerns; debt to "[[Jonno|name]]".
[[21/10/2026|date]]  Threat at the door on the [[18th|date]] (a man in a balaclava); [[Kai|name]] moved to grandfather as a safety plan.
[[22/10/2026|date]]  Strategy discussion: s47; NRM referral by police (DC [[Wes Dunning|name]]).
[[30/10/2026|date]]  [[Jade|name]] asks Mr [[Pounder|name]] to leave. He moves to his sister's in [[Scarborough|place]].
[[04/11/2026|date]]  [[Kai|name]] missing 4 hours from [[Sleights|place]]; found by grandfather at Whitby bus station.
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - [[Kai Storr|name]] and [[Esme Leadley|name]] (child protection plan, category:
neglect / CCE)
Date: [[25th November 2026|date]]   Venue: the family hub, [[Whitby|place]]   Chair: [[Rhian Coverdale|name]] (SW)
Present: [[Jade Leadley|name]] (mum); Mr [[Malcolm Leadley|name]] (grandad); [[Dean Storr|name]] (dad, by phone from [[Peterhead|place]]);
Mrs [[Ann Pybus|name]] ([[Caedmon College|school]]); [[Hannah Sleightholme|name]] (DSL, [[Ruswarp C of E Primary School|school]]);
[[Tariq Ahmed|name]]
(exploitation worker); DC [[Wes Dunning|name]].

1. [[Kai|name]]: staying with grandad in [[Sleights|place]] since [[21 October|date]]; no missing episodes since the [[4th|date]].
Attendance
   up to 88%. [[Tariq|name]] sees him on Tuesdays; they go fishing off the pier. [[Kai|name]] has a new phone number, known only to
   family and professionals: [[07982 026609|phone]]. Police: [[Jonathan Bainbridge|name]] charged on [[13/11/2026|date]]; remanded.
2. [[Esme|name]]: well; swimming with Mrs [[Sleightholme|name]]'s after-school club. She misses [[Kai|name]] and asked for "sleepovers at
   Grandad's".
3. Home: Mr [[Pounder|name]] has not been back. [[Jade|name]] has started with the alcohol and drug service ([[Lewis Dobson|name]], key
   worker) and says she has cut down. [[Dean|name]] asked to see [[Kai|name]] when the boat docks at [[Whitby|place]] on
[[18 December|date]];
   agreed with [[Malcolm|name]] present.
4. Grandad's needs: Mr [[Leadley|name]] asked for help with a bus pass for [[Kai|name]] and a bed; SW to apply for a s17 payment.
Next core group: [[6 January 2027|date]], same place. Minutes: [[R. Coverdale|name]].
"""),
]


# --- E. Wild / Ibbotson family (white British), Greatwood, Skipton --------------------------------------------------------

HOME_E = d.Address("Flat 2, 19 Greatwood Avenue", "Greatwood", "Skipton", "BD23 2RA")
NAN_E = d.Address("4 Brackenley Lane", "Embsay", "Skipton", "BD23 6PS")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Summer", "Ibbotson")], dt.date(2026, 6, 21), addresses=[HOME_E], ids=["114 878 1358"]),
    _p("s", "sibling", [("Harley", "Wild")], dt.date(2015, 4, 30), addresses=[HOME_E], ids=["996 920 3282", "T815204567123"],
       schools=["Greatwood Primary School"]),
    _p("m", "mother", [("Chloe", "Wild")], dt.date(2003, 1, 15), addresses=[HOME_E], phones=["07548 536620"]),
    _p("f", "father", [("Jordan", "Ibbotson")], dt.date(2001, 10, 2), addresses=[HOME_E], phones=["07505 499896"]),
    _p("g", "grandparent", [("Pauline", "Wild")], dt.date(1968, 5, 5), addresses=[NAN_E], phones=["01756 861845"]),
    _p("p1", "professional", [("Megan", "Tattersall")], phones=["01756 626491"], emails=["megan.tattersall@dalesvale.gov.uk"]),
], "c")

DOCS_E = [
    ("health visitor's referral of a bruise on a non-mobile baby", """HEALTH VISITING - SAFEGUARDING REFERRAL TO CHILDREN'S SOCIAL CARE
Referrer: [[Kirsty Holgate|name]], Health Visitor, [[Skipton|place]] HV team, [[01756 767604|phone]]   Date/time: Mon [[9 Nov 2026|date]]
11:20
Child: [[Summer IBBOTSON|name]]   DOB [[21/06/2026|dob]] (20 weeks)   NHS [[114 878 1358|nhs]]   GP: Fisher Medical Centre
Address: [[Flat 2, 19 Greatwood Avenue|address]], [[Skipton|place]] [[BD23 2RA|postcode]]
Mother: [[Chloe Wild|name]] (23), [[07548 536620|phone]], NI [[NW 62 17 40 C|ni]] (Healthy Start). Father: [[Jordan Ibbotson|name]] (25),
[[07505 499896|phone]]. Half-brother
[[Harley Wild|name]] (11), [[Greatwood Primary|school]].

At the 4-month review today I saw a bruise about 1.5 cm, bluish, on [[Summer|name]]'s right cheek, and two small round marks on the
left of her chest (each 0.5 cm). [[Summer|name]] is not rolling yet. [[Chloe|name]] said [[Harley|name]] "must have poked her with the
remote" on Saturday. [[Jordan|name]] said she "banged her face on the bouncer". The accounts differ. [[Summer|name]] was otherwise well,
feeding, weight on the 50th centile. The flat was warm and clean; a dog ("Ted"?) was shut in the kitchen.
Per the bruising in non-mobile infants protocol, I advised the parents that a referral and a medical are needed. [[Chloe|name]]
agreed and said her mum, Mrs [[Pauline Wild|name]] of [[Embsay|place]], could drive them to Airedale (the
hospital).
Background: [[Chloe|name]] had [[Harley|name]] at 12; she was herself a child in need in [[Keighley|place]] (2015). Previous HV
contacts: new birth visit [[3 July 2026|date]] ([[Chloe|name]] tearful, EPDS 14, referred to the perinatal team); 6-8 week
review [[12/08/2026|date]] (no concerns). [[Jordan|name]] works at a quarry near [[Threshfield|place]]; his mother, Mrs
[[Sharon Ibbotson|name]],
lives on [[Hurrs Road|address]]. A neighbour in the flat above, Miss [[Amy Sutcliffe|name]] ([[flat 4|address]]), told [[Chloe|name]] she
hears
the baby "screaming at night" and [[Jordan|name]] shouting (reported to me by [[Chloe|name]] at the 6-8 week review).
[[Harley|name]]'s school: [[Greatwood Primary|school]] (DSL Mrs [[Varley|name]]) - informed by phone at 11:45 with [[Chloe|name]]'s
knowledge.
"""),
    ("child protection medical report", """AIREDALE NHS FOUNDATION TRUST - PAEDIATRICS - CHILD PROTECTION MEDICAL ASSESSMENT
Name: [[Summer Ibbotson|name]]   DOB: [[21 June 2026|dob]]   NHS No: [[114 878 1358|nhs]]   Hospital no: AR4471902
Examined: [[9th November 2026|date]], 15:30, Ward 19   By: Dr [[Olumide Adeyemi|name]] (ST6), supervised by Dr [[Helen Catterall|name]]
(consultant)
Present: mother [[Chloe Wild|name]]; maternal grandmother [[Pauline Wild|name]]; SW [[Megan Tattersall|name]] (from 16:00).
History (mother): On Saturday [[7th|date]] [[Summer|name]] was in her bouncer in the living room. [[Harley|name]] (11) was watching
football.
Mother was in the shower; father in the kitchen. She heard [[Summer|name]] scream; [[Harley|name]] said she "fell forward". Marks noticed
Sunday morning. Father ([[Jordan|name]]) gave a separate account by phone to the SW: "she banged her face on the bouncer bar".
Examination: 15 x 12 mm bruise right cheek (blue/purple); two 4-5 mm circular bruises left anterior chest, 2 cm apart (pattern
suggests fingertip pressure); frenulum intact; no other injuries. Skeletal survey (today): no fractures; repeat at 11-14 days.
CT head: normal. Ophthalmology (Mr [[Rahul Batra|name]], [[10/11/2026|date]]): no retinal haemorrhages. Bloods: clotting normal.
Opinion: the cheek bruise and the chest marks in a non-mobile baby of 20 weeks are not explained by the accounts given; the chest
pattern is suggestive of an inflicted grip. An accidental cause (a poke by a child with a remote) is unlikely for the chest marks.
Plan: discharge to the care of the maternal grandmother at [[4 Brackenley Lane|address]], [[Embsay|place]] [[BD23 6PS|postcode]] under a
safety plan agreed by the SW; no unsupervised care by either parent pending the s47 enquiry; repeat survey [[20/11/2026|date]].
Signed: [[O. Adeyemi|name]] GMC 7281044 / [[H Catterall|name]]
"""),
    ("Facebook Messenger chat between a father and his friend, typed up by police", """[Exhibit KD/3 - messages from the Facebook Messenger
account "[[Jordan Ibbo|name]]" between the account holder and the account "[[Dale Wilko|name]]", extracted by DC [[Kate Dobson|name]] on
[[17/11/2026|date]] and typed up. Emojis described. Spelling as in the original.]

[[Dale Wilko|name]]   [[07/11/2026|date]] 21:14
u alright lad. [[chloe|name]] said on snap baby had a bang
[[Jordan Ibbo|name]]   21:20
shes fine. [[harley|name]] the little shit was messing. i just grabbed her off him to fast. dont say owt
[[Dale Wilko|name]]   21:22
ffs. u need to calm down mate. remember at [[cononley|place]] wiv [[Kyle|name]]
[[Jordan Ibbo|name]]   21:25
thats diff. its not like that. im knackered shes up all nite
[[Dale Wilko|name]]   21:31
come to [[gargrave|place]] sat and chill. bring [[summer|name]] if ur nan is having [[harley|name]]
[[Jordan Ibbo|name]]   21:40
cant. her mam [[pauline|name]] watches me like a hawk. shes the one who'll go mad. [[dale|name]] delete this
[[Dale Wilko|name]]   [[09/11/2026|date]] 18:03
heard from [[Tasha|name]] [[chloe|name]] s at hospital wiv her. social there?? u ok
[[Jordan Ibbo|name]]   18:10
dont message me. there reading my phone

[[Dale Wilko|name]]   [[10/11/2026|date]] 08:15
[[kyle|name]] says the police took ur phone?? ring me from ur mams. [[07548 984963|phone]] is my new one
[[Jordan Ibbo|name]]   08:41
[[jordan|name]] here on mams phone. they took it yeh. [[chloe|name]] is at her mams in [[embsay|place]] wiv the baby. im at me mams on
[[hurrs rd|address]]
[[Dale Wilko|name]]   08:44
say nowt to them

[Note by DC [[Dobson|name]]: "[[Dale Wilko|name]]" is [[Dale WILKINSON|name]] (DOB [[12/12/2000|dob]]) of [[Carleton Road|address]],
[[Skipton|place]].]
"""),
    ("a grandmother's handwritten note, scanned", """[Handwritten on lined paper, given to the social worker at the review on
[[1st December|date]]; scanned, spelling kept.
Crossings-out shown as ~~.]

To [[Megan|name]] (social worker)
from [[Pauline Wild|name]], [[4 Brackenley Lane|address]], [[Embsay|place]]. Tel [[01756 861845|phone]]

[[Megan|name]] I want it wrote down that I will keep [[Summer|name]] here as long as it takes. Shes no trouble, she sleeps in the
cot in my room. [[Chloe|name]] comes every day on the bus from [[Greatwood|place]] and does her bath and her bottles and I am
always there. I have took her to the baby group at the church in [[Embsay|place]] on Wednesdays, Mrs [[Ruth Blezard|name]] runs it.
[[Harley|name]] is with me weekends and he is upset because he thinks it is his fault about the remote. Please tell him it is not
his fault. He wont talk to ~~[[Jordan|name]]~~ [[Jordan|name]] now.
I do not want [[Jordan|name]] in my house. He rang my landline at 11 at night on the [[28th|date]] shouting. My neighbour Mr
[[Keith Dale|name]] heard it.
Also could somebody ring [[Harley|name]]s school, Mrs [[Varley|name]] at [[Greatwood|school]], he has been crying in class.
Thank you for all you have done
[[Pauline|name]] (nan)
P.S. [[Jordan|name]]s mam is Mrs [[Sharon Ibbotson|name]] she lives at [[Hurrs Road|address]] in [[Skipton|place]] by the
Aldi... no sorry I mean by the railway. She rang me on [[30 Nov|date]] to say she wants to see [[Summer|name]] too. I dont mind if
you say so. Her number is [[07537 126334|phone]].
"""),
]


# --- F. Sowerby family (white British), Thirsk, with grandparents at Carlton Miniott ------------------------------------------

HOME_F = d.Address("7 Chapel Street", "", "Thirsk", "YO7 1LU")
FARM_F = d.Address("Ings Farm", "Carlton Miniott", "Thirsk", "YO7 4NJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ellis", "Sowerby")], dt.date(2010, 7, 12), addresses=[HOME_F], ids=["362 611 9645", "P815185671234"],
       schools=["Thirsk School and Sixth Form College"]),
    _p("s", "sibling", [("Poppy", "Sowerby")], dt.date(2018, 1, 3), addresses=[HOME_F], ids=["964 347 5271"],
       schools=["Thirsk Community Primary School"]),
    _p("f", "father", [("Mark", "Sowerby")], dt.date(1979, 11, 11), addresses=[HOME_F], phones=["07566 218184"]),
    _p("g", "grandparent", [("Brian", "Sowerby")], dt.date(1950, 4, 14), addresses=[FARM_F], phones=["01845 120447"]),
    _p("p1", "professional", [("Imogen", "Fairburn")], phones=["01609 591815"], emails=["imogen.fairburn@dalesvale.gov.uk"]),
], "c")

DOCS_F = [
    ("police firearms licensing safeguarding notification", """NORTH YORKSHIRE POLICE - FIREARMS LICENSING UNIT
NOTIFICATION TO PARTNER AGENCY (children's safeguarding)   Our ref: FLU/26/0877   Date: [[28 September 2026|date]]
Certificate holder: [[SOWERBY, Mark Andrew|name]]   DOB: [[11/11/1979|dob]]   SGC no. withheld
Address: [[7 Chapel Street|address]], [[Thirsk|place]], North Yorkshire [[YO7 1LU|postcode]]
Secure storage (agreed): at his father's, Mr [[Brian Sowerby|name]], [[Ings Farm|address]], [[Carlton Miniott|place]] [[YO7 4NJ|postcode]]

Reason: On [[26/09/2026|date]] Mr [[Sowerby|name]]'s GP, Dr [[Fiona McRae|name]] (Lambert Medical Centre), informed us under the GP
marker scheme that he had told her he had "thought about the shotgun" since his wife, Mrs [[Louise Sowerby|name]], died on
[[2 June 2026|date]]. Officers (PC [[Tom Wass|name]], FEO [[Gareth Lund|name]]) attended the farm the same day and took both shotguns and
the certificate into police keeping (voluntary surrender). Mr [[Sowerby|name]] was calm, co-operative and tearful. He is the sole
carer of two children: [[Ellis|name]] (16) and [[Poppy|name]] (8). [[Ellis|name]] was present and said "I told the doctor, not him".
We are told [[Ellis|name]] is doing most of the cooking and takes [[Poppy|name]] to school. We have no crime concerns.
Other household members: none. Other certificate holders in the family: his brother, Mr [[Robert Sowerby|name]] of
[[Dishforth|place]] (we are reviewing). The children's maternal aunt, Mrs [[Claire Pickersgill|name]], lives in [[Bedale|place]]
([[07492 976871|phone]]) and has offered to help.
Contact: FEO [[Gareth Lund|name]], [[01845 070695|phone]], [[gareth.lund@northyorkshire.police.example.uk|email]].
"""),
    ("young carer's needs assessment", """YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s17ZA)
Young carer: [[Ellis SOWERBY|name]]   DOB [[12 July 2010|dob]]   UPN [[P815185671234|upn]]   School: [[Thirsk School and Sixth Form
College|school]] (Y12)
Cared-for: father, [[Mark Sowerby|name]] (bereavement, depression) and sister, [[Poppy|name]] (8)
Assessor: [[Jess Bramley|name]], Young Carers Service (with SW [[Imogen Fairburn|name]])   Seen: [[14/10/2026|date]] at school and
[[19/10/2026|date]] at home, [[7 Chapel Street|address]]

What [[Ellis|name]] does: gets up at 6 to let the dogs out and make [[Poppy|name]]'s packed lunch; walks her to [[Thirsk Community
Primary|school]] for 8.40 and runs to college, "usually late"; cooks tea most nights ("pasta, or grandma's pies"); does the washing;
checks on Dad "when he doesn't come down". On Sundays she helps her grandad, Mr [[Brian Sowerby|name]], with the sheep at
[[Carlton Miniott|place]]. She stopped going to young farmers at [[Sand Hutton|place]] and to her Saturday job at the café in
[[Sowerby|place]] in July.
Impact: tired, behind with A-level coursework; her tutor, Mr [[Nick Thirkell|name]], says she is "holding it all together". She has
not cried since the funeral. She worries about the guns: "I know they've gone to the police but he knows where Uncle [[Rob|name]]'s are".
What would help: a break (young carers' group in [[Northallerton|place]] on Thursdays); someone to talk to about Mum; a plan for when
Dad is low; help with lifts. [[Ellis|name]]'s friend [[Amber Hutchinson|name]]'s mum, Mrs [[Lisa Hutchinson|name]] ([[07486 956543|phone]]),
will do the school run on Mondays and Tuesdays.
"""),
    ("Microsoft Teams chat between professionals, exported", """[Teams chat "[[Sowerby|name]] - CIN" exported [[04/11/2026|date]] 17:02]
[[Imogen Fairburn|name]] [[03/11/2026|date]] 09:12
Morning all. Dad ([[Mark|name]]) has started with the crisis team - [[Gemma Raw|name]] is his worker. [[Ellis|name]] off school today?
[[Becky Thirkell|name]] ([[Thirsk School|school]]) 09:20
Yes, rang in sick. [[Poppy|name]] was brought in by [[Lisa Hutchinson|name]] though
[[Jess Bramley|name]] 09:31
I'll text [[Ellis|name]]. She'd said Uncle [[Rob|name]] was coming over last night - [[Robert Sowerby|name]] from [[Dishforth|place]]. He's
the other
shotgun holder. Has anyone told FLU?
[[Imogen Fairburn|name]] 09:40
Good shout. [[Gareth|name]] at FLU says [[Rob|name]]'s guns are at [[Dishforth|place]] in a cabinet, he will do a visit
[[Becky Thirkell|name]] ([[Thirsk School|school]]) 10:05
Also [[Poppy|name]]'s teacher Mrs [[Agar|name]] says [[Poppy|name]] drew a picture of a grave with "mummy and daddy" on it. Sending you the
CPOMS
[[Jess Bramley|name]] 12:47
[[Ellis|name]] replied - she's at grandma's ([[Margaret|name]]) at the farm, fine, just "needed a day". Going back tomorrow.
[[Imogen Fairburn|name]] 13:01
Thanks. Visit booked for Thurs [[5/11|date]] 4pm. Bereavement referral to Cruse done for both girls.
[[Gemma Raw|name]] 14:22
Saw [[Mark|name]] at the farm at 2. Low but safe. He said [[Louise|name]]'s anniversary of their wedding is the [[8th|date]] and he dreads
it.
His sister-in-law [[Claire|name]] in [[Bedale|place]] is taking the girls that weekend. Crisis line given again.
[[Becky Thirkell|name]] ([[Thirsk School|school]]) 14:30
Thanks [[Gemma|name]]. FYI [[Ellis|name]]'s friend [[Amber|name]] came to see me - worried [[Ellis|name]] posted "whats the point" on her
story
last night. Screenshot on CPOMS. [[Amber|name]] says [[Ellis|name]] is ok today and at her grandparents'
[[Jess Bramley|name]] 14:41
I'll go out to [[Carlton Miniott|place]] after 4. Mr [[Sowerby|name]] senior's landline is [[01845 120447|phone]] if anyone needs it
"""),
    ("child in need review meeting record", """CHILD IN NEED REVIEW - [[Ellis Sowerby|name]] ([[12.07.2010|dob]]) and
[[Poppy Sowerby|name]] ([[03.01.2018|dob]])
Date: Friday [[27 November 2026|date]]   Venue: [[7 Chapel Street|address]], [[Thirsk|place]]   Chair: [[Imogen Fairburn|name]] (SW)
Present: Mr [[Mark Sowerby|name]] (dad); [[Ellis|name]]; Mr [[Brian Sowerby|name]] and Mrs [[Margaret Sowerby|name]] (grandparents);
[[Jess Bramley|name]] (Young Carers); [[Gemma Raw|name]] (crisis team, now community mental health team); Mrs [[Becky Thirkell|name]]
([[Thirsk School|school]]); Mrs [[Jo Agar|name]] ([[Thirsk Community Primary|school]]). [[Poppy|name]] was at her friend [[Isla|name]]'s.

Dad: Mr [[Sowerby|name]] said he is "not out of the woods" but is taking his tablets, sleeping better and back at work part-time at
the auction mart. He agreed the shotguns stay with the police for now and that his brother [[Rob|name]]'s guns are now kept at a
gun shop in [[Boroughbridge|place]]. He said: "I've leaned on [[Ellis|name]] too much. That stops."
[[Ellis|name]]: goes to the young carers' group on Thursdays; caught up on coursework; wants to apply to [[Askham Bryan|school]] to do
agriculture. She said the best thing has been "Dad doing tea on Wednesdays".
[[Poppy|name]]: seeing the Cruse worker ([[Helen Lister|name]]); happier in class; made a keepsake box with Grandma [[Margaret|name]].
Actions: SW to write to the Firearms Licensing Unit (FEO [[Gareth Lund|name]]) with the family's views by [[4 December|date]];
[[Jess|name]] to
arrange a young carers' residential for [[Ellis|name]] at half-term; Mrs [[Agar|name]] to refer [[Poppy|name]] to the school's ELSA, Mrs
[[Wendy Kilburn|name]]; grandparents to have [[Poppy|name]] on Wednesday nights at [[Ings Farm|address]]; Mr [[Sowerby|name]] to see his GP,
Dr [[McRae|name]], on [[9 December|date]].
Outcome: continue CIN for 3 months, then step down to early help if all well. Next review [[26/02/2027|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E),
          (RECORD_F, DOCS_F))
NAME = "set 73 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:30 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "cllr", "nurse", "pastor", "our", "me",
           "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mam", "mummy", "dad",
           "daddy", "aunty", "auntie", "uncle", "gogo", "ambuya", "mbuya", "sekuru", "tete", "amai", "baba", "mai", "babamukuru",
           "abuela", "abuelita", "abuelito", "tía", "tia", "tío", "tio", "mamá", "papá", "doña", "señora", "sra", "seño"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "united kingdom", "britain", "yorkshire", "north yorkshire", "the dales", "yorkshire dales",
               "the north york moors", "north york moors", "teesside", "zimbabwe", "mashonaland", "manicaland", "mexico", "méxico",
               "jalisco", "africa", "southern africa", "latin america"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 21's checker (which runs set 15's and
# the sets before it) with this set's titles and kinship words and its countries, counties and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_21, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
