"""Set 23: an eighteenth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as sets 8 to 21 do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set22.py and tests/test_redaction_set22.py (written by another helper at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output; those rules were
kept throughout. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions
followed here: set 21's docstring, records and helpers in full, and its first documents and last two; the rest of its
documents were not needed), the docstrings of bench/redaction_set7.py to redaction_set21.py and of bench/redaction_heldout.py
searched by a small script for the towns and communities considered here (to see which earlier sets used them), the checker
functions of bench/redaction_heldout.py (problems, _NI, gold_counts, report) and of set 7 (problems, _valid_phone, _TITLES,
_WEEKDAYS, _NOT_PLACES), and the `_party`, `Records`, `HandSet` and `word_problems` helpers of bench/redaction_handwritten.py.
Phone numbers were checked with the phonenumbers library (through the checker) and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families, chosen to look like a typical caseload in the North East and Cumbria and in the South West outside Cornwall and
Devon, each from a town or district no earlier set (6 to 21) used as a family's home. Four of the kinds most common in
children's social care: a white British family on the Littlemoor estate in Weymouth, with a grandmother at Easton on Portland
(Samways / Attwooll; a mother with multiple sclerosis, a girl of 13 who is a young carer, a boy of 9 suspended from primary
school, a father's drunken assault on the girl, black mould), a white British family on the Moorclose estate in Workington,
with a grandfather in Maryport (Fearon / Pharaoh; a father on remand for an assault and supplying cocaine, a boy of 14 drawn
into a county line out of Whitehaven, a junior football coach who gives lifts, a MACE panel), a travelling showmen's family
wintering on their own yard at Lufton, near Yeovil, whose girl of 14 is privately fostered by a school friend's family in
Yeovil for her GCSEs while the fair travels (Hebborn / Gratton / Dampier; a brother out of school on the road, an uncle in
Ireland who threatens her over a boyfriend), and a white British kinship care family in Leadgate, Consett (Hindmarsh /
Hindmarsh-Reay / Reay; a grandmother with angina bringing up a girl of 13, a mother using crack in Stanley, a man of 21
posing as 17 on Snapchat, a church youth group, a special guardianship application). Two from communities no earlier set
used: a Fijian Army family in service family accommodation in Tidworth (Naivalu / Rokotuiviwa / Tuilagi; a corporal's belt
used on his daughter, a fellowship of Fijian Methodists, a grandmother in Nadi who writes in Fijian urging the mother to take
the children home, passports) and a family from Hong Kong on the BN(O) route in Cockerton, Darlington (Wong / Lam / Chan;
a boy of 15 self-harming under exam pressure from his father, racist bullying at school, a depressed mother, a grandmother in
Sha Tin, names and places in Chinese characters). 24 documents, of types no earlier set used or in styles new to these sets:
an early help assessment written by the family in their own words, a primary school's suspension letter, a police body-worn
video transcript, a young carers' needs assessment, a housing association's damp and mould inspection with the tenant's
lower-case complaint email, an Army unit welfare officer's email chain, a Fijian church fellowship safeguarding lead's email
(with Fijian), a grandmother's letter translated from Fijian, an Army Welfare Service case note, a primary school's CPOMS
chronology, an NSPCC helpline referral, a Signal family group chat in Cantonese (Chinese characters) and English, typed up and
translated, a GP's letter to the social worker, a secondary school's racist incident and safeguarding log, a probation
pre-sentence report extract, a junior football club welfare officer's DBS query to the county FA with the reply, a police form
scanned and OCR'd (with its misreadings, "0" for "O" and "l" for "1", and the social worker's corrections), MACE panel
minutes, a private fostering notification form, a social worker's visit notes typed in lower case, a Facebook Messenger
conversation printed as a police exhibit, a Catholic parish safeguarding representative's email, a Snapchat "My Data" export
(with ISO dates), and a kinship carer's statement to the family court in her own words.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Fiji, Hong Kong, Ireland); NHS numbers and UPNs (the right LA number for the area:
865, 841, 909, 933, 840) pass their check digits; NI numbers have a valid format. Councils are invented (Wessex Coast, Plain
Downs, Skerne Valley, Solway Coast, Levels and Vales, Derwent Dale), and so are the schools and nurseries Chesil Vale Academy,
Radipole Lakes Primary, Tiny Tides, Castle Downs Primary, Little Acorns, Haughton Grange Academy, Branksome Hall Primary,
Moorclose Community School and Ashfield Infants, the football club (Moorclose Magpies JFC), the scaffolding firm and the
Fijian fellowship; towns, districts, estates, villages, barracks' towns, real schools and colleges (The Wellington Academy,
Westfield Academy, Consett Academy, Ratu Navula College, Nadi Muslim College, Nadi Airport School, Le Cateau Community
Primary), real charities, NHS bodies, hospitals, police forces, prisons, courts, clubs, brands, apps, laws and events are
real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, ranks, roles and
kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, DI, Cpl, Sgt, SSgt, WO2, Capt, Maj, Revd, Rev., Fr, Father, nan, nana, mam,
Grandad, old (as in "old Sadie"), the Fijian Bu, Nau and Ratu, the Cantonese 爸爸, 媽咪, 嫲嫲, 哥哥, "Ah Ma" and 老師 (after a
name, "Jo 老師"), Auntie, mrs) stay outside the name span, whether they come before or after the name ("Mrs Samways senior");
a possessive 's and a bare s in texting ("Auntie Fongs", "kyles") stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("PHARAOH, Jordan Lee", "NAIVALU, Isikeli Tuiloma", "WONG, Hok-yin (Ethan)"), and
so is a name with a known-as name in brackets inside it ("Hok-yin (Ethan) WONG", "Bernadette (Bernie) Gorman"); an initial
with a surname is one span ("K Samways", "A Braithwaite"); a name broken by a line break is one span holding the break, and so
is an address, a place, a school or a date; social media usernames ("jaydz_sndlnd", "summz.x") are not marked, but a display
name that is a person's plain name is ("Jayden", "summer", "Danny Gratton", "Libby Hebborn"); a contact saved under a kinship
word (爸爸, 媽咪, 嫲嫲) is not a name; a family name in the plural ("the dampiers") or in a group chat's title ("黃家", "Wong
family", where only 黃 and Wong are marked) is a name. A street address is one span, its town a place, its postcode a
postcode; a street named without a number is an address ("Kohima Close", "watling st", "mudford road"), and so is a
neighbour's bare house number ("no. 25"), a flat alone ("Flat 3", "Flat 6") and an address abroad ("Lot 12", "Votualevu
Road"); towns, cities, villages, districts and estates are places, at home or abroad and in any script ("Littlemoor",
"Easton", "Wyke", "Salterbeck", "Ewanrigg", "Votualevu", "沙田", "大圍", "Tuen Mun"); countries, counties and regions are not
("Dorset", "Wiltshire", "Lancashire", "Kent", "Devon", "Fiji", "Guernsey", "Kenya", "Hong Kong", "HK", "China", "Ireland", "Salisbury
Plain"); organisations are not marked even when they hold a town's or a person's name ("Carlisle Crown Court", "Carlisle
United", "Cockerton Green Surgery", "Prince of Wales Hospital", "Magna Housing", "St Patrick's", "St Mary's hall", "Moorclose
Magpies JFC", "Levels and Vales Council"); a school's, college's or nursery's name is a school, and so is its short form
("Chesil Vale", "Radipole Lakes", "Wellington", "Westfield", "westfield", "Haughton Grange", "Le Cateau", "Tiny Tides"), but a
class's name ("Kingfisher", "Oak") is not; a date of birth is dob (also in Chinese, "2015年3月4日", and spoken on a radio, "twenty-
second of the third ninety-one"), any other calendar date with a day is date (a weekday before it stays outside: "Tue",
"Sunday", "星期六"), and the bare day in a line ("the 3rd", "Sunday 15th") is a date span of its own; months and years alone
("March 2024", "03/2025") are not marked; helplines and services' numbers are not marked; pets' names (Pickle) are not names;
a firm named after people marks only the names ("[[Kirkbride|name]] Scaffolding Ltd"); a surname or first name that is also an
English word or a town is marked by what it refers to (Summer, Liberty, Sonny, Tyson, Penrith, Keswick, Appleby, Carlisle,
Preston and Brook are names when they are people, and Appleby, Preston, Weston and Sunderland are places when they are
places); a name in another script ("黃凱晴", "阿賢", "志強", "陳美華") is a name; a town named in a service, a fair, a
carnival or an accent ("Tavistock Goose Fair", "Bridgwater Carnival Fair", "Appleby fair", "a Sunderland accent", "Dorchester
hospital") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a barracks where a man is
living is an address ("Aliwal Barracks", as set 21's prison in its record), though a garrison town is a place ("Catterick
Garrison"); in an OCR'd form the misread words are marked as what they stand for ("KAl", "PHAR0AH", "W0rkingt0n", "M00rcl0se
Cornmunity", "l4/ll/2O26", "CAl4 3NB") and so are the social worker's corrections in curly brackets, while a collar number
misread ("l2O4") stays unmarked like any collar number; a vehicle registration spelled out in the phonetic alphabet on a
radio ("Hotel Yankee one eight Kilo Zulu Tango") is a vehicle; a Cantonese name with the familiar prefix "Ah" ("Ah Yin", "Ah
Keung") is one name span, but "Ah Ma" (grandma) is a kinship word; a chiefly title before a name ("Ratu Josefa")
stays outside it; a nickname used as a criminal's street name ("Tatty", "Deggsy") is a name, as an alias is; the ISO date in
a Snapchat export ("2026-11-08") is a date; the OCR'd form's phone number was left as read correctly,
since a phone span must be a valid number; a crime, case, referral, tenancy, FA or service number is not marked; a GP
practice or service named by its town or district in lower-case words ("the Consett medical centre", "the Hendford surgery",
"the Linthorpe practice") marks the place, and so does a service's heading ("FAMILY HUB (WEYMOUTH AND PORTLAND)"); Guernsey,
a Crown dependency, is treated as a country and not marked.

Self-check without the detector: `python -m bench.redaction_set23` (and tests/test_redaction_set23.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,490 gold spans, 899 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Samways / Attwooll family (white British), Littlemoor, Weymouth, with a grandmother on Portland --------------------

HOME_A = d.Address("27 Louviers Road", "Littlemoor", "Weymouth", "DT3 6SB")
NAN_A = d.Address("4 Reforne", "Easton", "Portland", "DT5 2AP")
DAD_A = d.Address("Flat 3, 61 Abbotsbury Road", "Westham", "Weymouth", "DT4 0AL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Samways")], dt.date(2013, 5, 2), addresses=[HOME_A], ids=["4109466857"],
       schools=["Chesil Vale Academy"]),
    _p("s", "sibling", [("Alfie", "Attwooll")], dt.date(2017, 2, 14), addresses=[HOME_A], ids=["2347039709"],
       schools=["Radipole Lakes Primary School"]),
    _p("s2", "sibling", [("Ruby-Mae", "Attwooll")], dt.date(2021, 8, 30), addresses=[HOME_A], ids=["1176086502"]),
    _p("m", "mother", [("Kayleigh", "Samways")], dt.date(1994, 10, 9), addresses=[HOME_A], phones=["07884 216 509"],
       ids=["3095293593", "JT 62 81 40 B"]),
    _p("f", "father", [("Ryan", "Attwooll")], dt.date(1991, 3, 22), addresses=[DAD_A], phones=["07932 558 104"],
       ids=["PX 13 58 27 C"]),
    _p("g", "grandparent", [("Pauline", "Samways")], dt.date(1963, 12, 1), addresses=[NAN_A], phones=["01305 821 447"]),
    _p("p1", "professional", [("Nadia", "Hallett")], phones=["01305 251 930"], emails=["nadia.hallett@wessexcoast.gov.uk"]),
], "c")

DOCS_A = [
    ("early help assessment written in the family's own words", """WESSEX COAST COUNCIL - FAMILY HUB ([[WEYMOUTH|place]] AND
[[PORTLAND|place]])
EARLY HELP ASSESSMENT - "OUR FAMILY, IN OUR WORDS" (the family writes sections 2 to 5 themselves; the worker types it up
word for word, spelling kept)
Family worker: [[Jade Ricketts|name]] (Family Hub, [[Westham|place]])      Started: [[14/09/2026|date]]      Reviewed: [[02.11.2026|date]]
Lead professional: [[Jade Ricketts|name]], [[jade.ricketts@wessexcoast.gov.uk|email]], [[01305 251 902|phone]]

1. WHO IS IN THE FAMILY (worker)
[[Kayleigh SAMWAYS|name]] (mum), DOB [[09/10/1994|dob]], [[27 Louviers Road|address]], [[Littlemoor|place]], [[Weymouth|place]]
[[DT3 6SB|postcode]],
mobile [[07884 216 509|phone]]
[[Tegan SAMWAYS|name]], DOB [[02/05/2013|dob]], Year 8 at [[Chesil Vale|school]]
[[Alfie ATTWOOLL|name]], DOB [[14/02/2017|dob]], Year 5 at [[Radipole Lakes|school]]
[[Ruby-Mae ATTWOOLL|name]], DOB [[30/08/2021|dob]], nursery (Tues/Thurs) at [[Tiny Tides|school]]
Not living here: [[Ryan Attwooll|name]] (dad of [[Alfie|name]] and [[Ruby-Mae|name]]), [[Westham|place]]; [[Tegan|name]]'s dad
[[Lee Comben|name]]
(no contact since 2019, thought to be in [[Yeovil|place]]). Nan: [[Pauline Samways|name]], [[4 Reforne|address]], [[Easton|place]],
[[Portland|place]].

2. WHAT IS GOING WELL (mum wrote this)
"we are a close family, me and the kids and my mum. my mum [[Pauline|name]] comes over from [[Portland|place]] on the bus
every sunday and does a roast. [[Tegan|name]] is a brilliant big sister and i couldnt manage without her. [[Alfie|name]] is
good at swimming he goes to the pool at [[Redlands|place]] with his dads girlfriend [[Shannon|name]] every other saturday.
[[Ruby|name]] is happy and loves nursery and her key worker [[Becca|name]]."

3. WHAT WE ARE WORRIED ABOUT (mum)
"my MS has got worse since the summer and i cant do the stairs some days. [[Tegan|name]] does the washing and gets [[Ruby|name]]
up and does her hair. i know she is missing school but on a bad day i cant get [[Ruby|name]] to nursery. [[Alfie|name]] has been
sent home from school 3 times for kicking off and the school says he might be excluded. money is bad, the PIP got stopped
in june and i am waiting on the tribunal. [[Ryan|name]] dont pay nothing regular. the damp in the back bedroom is black
again, Magna said they would come on the [[3rd Oct|date]] and nobody came."

4. WHAT [[TEGAN|name]] SAYS ([[Tegan|name]] wrote this herself, in her own time, and said I could type it)
"I dont mind helping mum its just I am tired. I get up at 6.15 to do [[Ruby|name]]s breakfast and her hair and then I miss
the bus and Mrs [[Legg|name]] at the gate gives me a late mark and a detention and then I cant go to the youth club at
[[Littlemoor|place]] on the tuesday. Nobody at school knows about mums MS apart from Miss [[Toms|name]]. I dont want people to know.
[[Alfie|name]] is not naughty he is just angry because dad has a new baby with [[Shannon|name]] and he thinks dad dont want him.
I would like to go to the young carers group that [[Libby|name]] from my form goes to in [[Dorchester|place]]. I want nan to
come and live with us but she says she cant leave [[Portland|place]] and her dog."

5. WHAT [[ALFIE|name]] SAYS (drawn and said to [[Jade|name]] on [[21/09|date]], written down by [[Jade|name]])
Three houses drawn: "mums house" (mum, [[Teg|name]], [[Ruby|name]], me), "dads flat" (dad, [[Shannon|name]], baby [[Harley|name]]), "nans"
(nan and her dog Pickle, at "[[portland|place]] where the prison is"). "I like nans best because its quiet." Worries: "mum
falling over", "[[Teg|name]] shouting", "[[Mason|name]] at school saying my mum is a cripple". Wish: "to go on the ferry to
Guernsey with dad" and "a dog".

ECO-MAP (people who matter to us - drawn by all three children and mum with [[Jade|name]])
Close: nan ([[Pauline|name]]); mum's best friend [[Gemma Caddy|name]] ([[Preston|place]], "she takes me to hospital");
[[Tegan|name]]'s friends
[[Keeley|name]] and [[Libby|name]]; [[Alfie|name]]'s friend [[Tyler-Jay|name]] from [[Wyke|place]]; [[Ruby|name]]'s key worker
[[Becca Toop|name]].
Middle: [[Ryan|name]]; [[Shannon Puckett|name]] (dad's girlfriend); uncle [[Darren Samways|name]] (mum's brother, in [[Swanage|place]]); the
MS nurse [[Janine Hext|name]]; next door ([[Bev|name]] and [[Colin Ensor|name]] at [[no. 29|address]]).
Far: [[Lee Comben|name]]; [[Ryan|name]]'s mum, [[Sandra Attwooll|name]], in [[Dorchester|place]] ("she blames mum").

6. WHAT HAPPENED NEXT (worker)
[[22/09/2026|date]] Referral to the young carers service (Carers Support Dorset) for [[Tegan|name]], with consent.
[[29/09/2026|date]] Team around the family at [[Radipole Lakes|school]]: [[Jade Ricketts|name]]; Mrs [[Claire Toms|name]] (pastoral,
[[Chesil Vale|school]]);
Mr [[Gareth Hounsell|name]] (SENCo, [[Radipole Lakes|school]]); [[Sam Elford|name]] (OT, adult services, for mum); [[Ryan|name]] did not
attend.
[[6 October 2026|date]] Magna Housing repair visit booked again. [[Pauline Samways|name]] ([[01305 821 447|phone]]; NI
[[JT 62 81 40 B|ni]] is [[Kayleigh|name]]'s, given for the PIP letter) agreed to have
[[Alfie|name]] and [[Ruby-Mae|name]] every Saturday night.
[[20 Oct|date]] [[Alfie|name]] suspended for 3 days (see the school's letter). Plan reviewed; step-up to children's social care
discussed with [[Kayleigh|name]], who agreed. Allocated SW: [[Nadia Hallett|name]] ([[01305 251 930|phone]]).
Signed: [[K Samways|name]] (mum)   [[T. Samways|name]]   [[J. Ricketts|name]] (family worker)
"""),
    ("primary school suspension letter to a parent", """[[Radipole Lakes Primary School|school]]
[[Radipole Lane|address]], [[Weymouth|place]] [[DT4 9RY|postcode]]   Tel [[01305 783 512|phone]]
[[office@radipolelakes.dorset.sch.uk|email]]
Headteacher: Mrs [[Helen Scutt|name]]

PRIVATE AND CONFIDENTIAL
Ms [[Kayleigh Samways|name]]
[[27 Louviers Road|address]]
[[Littlemoor|place]]
[[Weymouth|place]]
[[DT3 6SB|postcode]]

Tuesday, [[20th October 2026|date]]

Dear Ms [[Samways|name]],

Suspension of [[Alfie Attwooll|name]] (Year 5, Kingfisher class), date of birth [[14 February 2017|dob]], UPN on our records

I am writing to tell you that I have decided to suspend [[Alfie|name]] from school for a fixed period of 3 school days, from
Wednesday [[21 October|date]] to Friday [[23 October 2026|date]] inclusive. This is because of persistent disruptive behaviour and a
physical assault on an adult. [[Alfie|name]] will be able to return on Monday [[2 November|date]], after half term, and I would
like you to come to a reintegration meeting with me and Mr [[Hounsell|name]] at 8.45 that morning.

On Monday [[19th October|date]] at lunchtime [[Alfie|name]] was in an argument with another pupil about a comment made about
you. When the lunchtime supervisor, Mrs [[Dawn Slade|name]], stepped in, [[Alfie|name]] kicked her on the shin and threw a chair
across the hall, which hit the wall near [[Poppy-Jo|name]] in Year 3. I have taken into account that [[Alfie|name]] was provoked,
that he has been upset about changes at home, and that he apologised to Mrs [[Slade|name]] the next day. This is [[Alfie|name]]'s
first suspension; we have had three internal exclusions this term ([[17 September|date]], [[1st October|date]] and [[8/10/26|date]]).

During the suspension you must make sure that [[Alfie|name]] is not present in a public place during school hours without
good reason. You may be given a fixed penalty notice if he is. Work will be sent home by his class teacher, Miss [[Amber
Lovelace|name]]. You have the right to make representations to the governing board; you can write to the Chair of
Governors, Mr [[Keith Lander|name]], c/o the school. For impartial advice you can contact the Dorset SENDIASS service.

I know that things are hard at home at the moment and that [[Tegan|name]] is helping a great deal. Our family support worker,
Mrs [[Sue Hardy|name]], has spoken to [[Jade Ricketts|name]] at the Family Hub, and we will talk at the meeting about an
assessment for [[Alfie|name]] with the educational psychologist, Dr [[Owen Pitman|name]].

Yours sincerely

[[H. Scutt|name]]
Headteacher

cc: [[Ryan Attwooll|name]], [[Flat 3|address]], [[61 Abbotsbury Road|address]], [[Weymouth|place]] [[DT4 0AL|postcode]] (parent with
parental responsibility)
cc: [[Nadia Hallett|name]], Children's Social Care; the local authority's exclusions officer ([[Mark Dibben|name]])
"""),
]

DOCS_A += [
    ("police body-worn video transcript", """DORSET POLICE - BODY WORN VIDEO - TRANSCRIPT (prepared for the strategy discussion, not
evidential)
Device: BWV 4471  Officer: PC 3318 [[Callum Dunford|name]]   Second device: BWV 2290  PC 1907 [[Hannah Stickland|name]]
Incident: concern for welfare / domestic, [[27 Louviers Road|address]], [[Littlemoor|place]], [[Weymouth|place]]   Log 0934 of
[[31/10/2026|date]]
Recording starts 22:41:07 (the officers at the front door). Speakers identified by the transcriber ([[Gemma Pullen|name]], PPU).
Inaudible parts marked [inaudible]; [ ] = transcriber's note.

22:41:07  PC [[DUNFORD|name]]: Police, can you open the door please? We've had a call about shouting.
22:41:15  FEMALE CHILD (identified later as [[Tegan SAMWAYS|name]], 13): Mum can't come down the stairs. Who called you?
22:41:19  PC [[DUNFORD|name]]: Is your mum [[Kayleigh|name]]? Can we come in and check everyone's alright?
22:41:24  [[TEGAN|name]]: It's my dad, not my dad, [[Alfie|name]]'s dad. He's gone now. He went in his van.
22:41:40  [Officers enter. Hallway. A child's scooter on its side. Shouting upstairs.]
22:41:52  ADULT FEMALE ([[Kayleigh SAMWAYS|name]]): [[Teg|name]], who is it? [[Ryan|name]], if that's you I swear to God -
22:41:58  PC [[STICKLAND|name]]: It's the police, [[Kayleigh|name]], it's just us. Stay there, I'll come up to you.
22:42:30  [Upstairs landing. [[Kayleigh SAMWAYS|name]] is sitting on the top stair with a walking stick. A boy of about 9 behind
          her in pyjamas ([[Alfie ATTWOOLL|name]]), crying.]
22:42:41  [[KAYLEIGH|name]]: He come round to bring [[Alfie|name]]'s tablet back and he was drunk. He wanted to take [[Alfie|name]]
          to [[Shannon|name]]'s for half term and I said not like that. He punched the door. He pushed [[Tegan|name]] into the radiator.
22:43:05  PC [[STICKLAND|name]]: Is anyone hurt? [[Tegan|name]], can I see your arm?
22:43:10  [[TEGAN|name]]: It's fine. It's just red. [inaudible] he didn't mean it.
22:43:29  [[ALFIE|name]]: Dad said he's going to burn the house down with mum in it. He said it to [[Teg|name]].
22:43:35  [[KAYLEIGH|name]]: [[Alfie|name]], don't. [to the officer] He says stuff like that when he's had a drink, he won't.
22:44:02  PC [[DUNFORD|name]]: Where does [[Ryan|name]] live now? What's his full name and date of birth?
22:44:08  [[KAYLEIGH|name]]: [[Ryan Attwooll|name]], two L's at the end. [[22nd of March 91|dob]]. [[Abbotsbury Road|address]], flat
three, above the
          vape shop. But he'll have gone to his mate [[Deano|name]]'s in [[Wyke|place]], or to [[Shannon|name]]'s mum's at
          [[Chickerell|place]]. He's in the white Transit, [[HY18 KZT|vehicle]].
22:44:40  PC [[DUNFORD|name]]: [to radio] Control from 3318, can you put out a vehicle, [[Hotel Yankee one eight Kilo Zulu Tango|vehicle]],
          white Ford Transit, driver [[Ryan Attwooll|name]], [[twenty-second of the third ninety-one|dob]], wanted for an assault,
          last seen towards [[Wyke Regis|place]] . . .
22:45:30  [[TEGAN|name]]: Are you going to ring social services? My nan's [[Pauline|name]], she can come in the morning. She's on
          [[Portland|place]]. Her number's [[01305 821 447|phone]].
22:46:12  PC [[STICKLAND|name]]: Who's the little one asleep in there?
22:46:15  [[TEGAN|name]]: [[Ruby|name]]. [[Ruby-Mae|name]]. She slept through it. She always does.
22:47:50  [[KAYLEIGH|name]]: I've got a worker, [[Nadia|name]], from the council, and [[Jade|name]] from the hub. Please don't make it
          worse for me.
22:49:03  PC [[STICKLAND|name]]: Has [[Ryan|name]] hurt you before, [[Kayleigh|name]]? [DASH started on the officer's phone]
22:49:20  [[KAYLEIGH|name]]: Once. At his mum's in [[Dorchester|place]], two Christmases ago. Nobody called anyone.
22:58:41  [The recording was paused for [[Tegan|name]]'s privacy while PC [[STICKLAND|name]] photographed her arm. Resumed 23:03:10.]
23:03:15  PC [[DUNFORD|name]]: Control say the vehicle's been stopped on [[Portland Road|address]] by the [[Wyke|place]] lights. He's been
          arrested.
23:03:22  [[ALFIE|name]]: Is dad going to prison? [[Mason|name]]'s dad went to prison. [[Teg|name]], is he?
23:04:00  Recording ends.

Transcriber's note: the recording of PC [[Stickland|name]] (BWV 2290) covers the same events and adds nothing material; the
second child ([[Ruby-Mae|name]], 5) was seen asleep and was not woken. PPN submitted by PC [[Dunford|name]] on [[01/11/2026|date]].
Circulation: DS [[Tasha Keynes|name]] (PPU, [[Weymouth|place]]); IDVA [[Marie Squibb|name]] (You First); SW [[Nadia Hallett|name]]; the
custody sergeant at [[Weymouth|place]], Sgt [[Phil Orchard|name]]; the DSLs at [[Chesil Vale|school]] (Mrs [[Claire Toms|name]]) and
[[Radipole Lakes|school]] (Mr [[Gareth Hounsell|name]]) under Operation Encompass, by 08:30 on [[2 November|date]]; the
health visitor for [[Ruby-Mae|name]] ([[Kerry Bugler|name]]). Not to be shown to [[Ryan Attwooll|name]] or his solicitor ([[Amy
Northover|name]], of [[Northover|name]] & [[Pitman|name]], [[Dorchester|place]]) without the PPU's agreement.
"""),
    ("young carers' assessment", """CARERS SUPPORT DORSET - YOUNG CARERS' NEEDS ASSESSMENT (Children and Families Act 2014, s17ZA)
Young carer: [[Tegan Samways|name]]    Age: 13    DOB: [[2 May 2013|dob]]    NHS: [[4109466857|nhs]]    School:
[[Chesil Vale Academy|school]], Year 8
Address: [[27 Louviers Road|address]], [[Weymouth|place]] [[DT3 6SB|postcode]]    Person cared for: mum, [[Kayleigh Samways|name]] (multiple
sclerosis, relapsing-remitting, diagnosed 2020; low mood)
Assessor: [[Rhiannon Cluett|name]], Young Carers Worker ([[rhiannon.cluett@carerssupportdorset.org.uk|email]], [[07458 902 316|phone]])
Visits: [[4/11/26|date]] at home (with mum present for part), [[10/11/26|date]] at school ([[Tegan|name]] alone, in the library office)

WHAT [[TEGAN|name]] DOES IN AN ORDINARY WEEK (her list, checked with mum)
- gets [[Ruby-Mae|name]] (5) up, dressed, breakfast, hair; walks her to nursery two days ("[[Tiny Tides|school]] on the [[Budmouth
  Avenue|address]] side") then runs for the bus
- does the washing and hangs it out, hoovers on a Sunday, cooks tea 3 or 4 nights (pasta, beans on toast, fish fingers)
- helps mum with the stairs and the shower when her legs are bad; does mum's injection with her once a fortnight if mum's
  hands shake ("the nurse [[Janine|name]] showed me")
- collects the prescriptions from the [[Littlemoor|place]] pharmacy and the shopping from Lidl on the [[Dorchester Road|address]]
- keeps [[Alfie|name]] (9) "out of trouble" and gets him to [[Radipole Lakes|school]] when [[Pauline|name]] can't come
- at night: "I listen for mum" - she sleeps with her door open.
About 25 to 30 hours a week, more when mum has a relapse (the last one was in August, when mum was in [[Dorchester|place]]
hospital for 4 nights and [[Tegan|name]] looked after both children with her nan).

HOW IT AFFECTS HER
School: attendance 84.6% this year; 14 lates since September (the bus from [[Littlemoor|place]] leaves 7.52). Her tutor,
Mr [[Jon Ayles|name]], says she is "bright but exhausted". She has not told her friends; she said a girl called [[Keeley|name]]
from [[Preston|place]] (the village near [[Weymouth|place]], not [[Preston|place]] in Lancashire - I checked) is the only one who knows.
Health: headaches; she sleeps about 6 hours. Social: has stopped going to Sea Cadets at the [[Weymouth|place]] unit.
Feelings: "I love mum, I'd do it anyway. I just wish someone would do it with me sometimes." She worries that if she
tells anyone, "they'll take [[Ruby|name]] and [[Alfie|name]] away". Since the night of [[31 October|date]] (police were called about
[[Alfie|name]]'s dad, [[Ryan|name]]) she has had trouble sleeping and jumps at the door.

WHAT SHE WOULD LIKE
1. Young carers' group on Thursday evenings ([[Dorchester|place]]), with transport - agreed from [[19 November|date]];
[[Libby Hawkins|name]]
   from her form goes and will meet her.
2. A young carer's card for school, so she can phone home at break - to be agreed with Miss [[Toms|name]] and the head of year,
   Mr [[Aaron Vye|name]].
3. "Someone to come in the mornings" - passed to adult social care (mum's care assessment, worker [[Sam Elford|name]]).
4. A day out: the young carers' trip to Monkey World in December.
Outcome: eligible for support. Copy to SW [[Nadia Hallett|name]] with the consent of [[Tegan|name]] and [[Kayleigh|name]].
Signed: [[R. Cluett|name]]   Young carer: [[Tegan S|name]]   Parent: [[Kayleigh Samways|name]]   Date: [[10th November 2026|date]]
"""),
]

DOCS_A += [
    ("housing association damp and mould inspection, with the tenant's complaint email", """From: [[kayleigh samways|name]]
<[[kayleighsamways94@icloud.com|email]]>
Sent: [[08 October 2026|date]] 23:51
To: Magna Housing Repairs <[[repairs@magna.org.uk|email]]>
Cc: [[nadia.hallett@wessexcoast.gov.uk|email]]
Subject: COMPLAINT stage 1 - damp - [[27 louviers|address]] - AGAIN

hi this is the 4th time i have emailed. the black mould in the back bedroom where [[ruby-mae|name]] and [[alfie|name]] sleep is
back all up the wall and on the ceiling and on the curtains. [[ruby|name]] has been coughing for 3 weeks and the doctor at
the [[littlemoor|place]] surgery (dr [[fox|name]]) said it could be the mould. you was meant to come on the [[3rd|date]] and nobody
came and nobody rang. [[tegan|name]] stayed off school to wait in for you. i am disabled and i cant wash the walls. Awaab's
Law says you have to come. my social worker [[nadia|name]] is copied in. my tenancy ref is on the letter
[[kayleigh samways|name]]
[[27 louviers road|address]] [[littlemoor|place]] [[dt3 6sb|postcode]]
[[07884 216509|phone]]

MAGNA HOUSING - DAMP AND MOULD INSPECTION REPORT (category 1 hazard assessment)
Property: [[27 Louviers Road|address]], [[Littlemoor|place]], [[Weymouth|place]] [[DT3 6SB|postcode]] (3-bed mid-terrace, 1974)
Inspected: Monday [[12th October 2026|date]], 09:30, by [[Darren Symonds|name]] (Damp and Mould Surveyor); with him
[[Lauren Marsh|name]] (Tenancy Support Officer)
Tenant: Ms [[K. Samways|name]] (present, with her daughter [[Tegan|name]] and her mother, Mrs [[Pauline Samways|name]])
Household: 1 adult (wheelchair user on bad days), 3 children ([[Tegan|name]] 13, [[Alfie|name]] 9, [[Ruby-Mae|name]] 5)
Findings: bedroom 3 (rear) - black mould, 2.4 m2 on the external wall and 0.8 m2 on the ceiling; mould on curtains,
a mattress and a child's clothes; relative humidity 78%; the extractor in the bathroom not working; the trickle vents
painted shut; a cold bridge at the lintel. Bedroom 2 ([[Tegan|name]]) - condensation on the window, small patches.
The tenant's neighbour at [[no. 25|address]], Mr [[Roy Frampton|name]], reports the same problem in his property.
Risk: Category 1 (a child with a cough; a disabled adult). Under Awaab's Law, emergency works within 24 hours:
children to sleep in the front bedroom tonight (moved with the help of Mrs [[Samways|name]] senior and [[Lauren|name]]).
Works ordered: mould wash and treatment [[13/10|date]]; new extractor and PIV unit [[20/10|date]]; replacement mattress (paid);
stage 1 complaint response due [[22 October 2026|date]].
Safeguarding: the surveyor noted that the tenant's daughter ([[Tegan|name]], 13) was at home on a school day and said she is
"always the one who waits in"; passed to SW [[Nadia Hallett|name]] with the tenant's agreement. The tenant said her ex-partner,
[[Ryan Attwooll|name]], "smashed the extractor" in August; recorded.
Surveyor: [[D. Symonds|name]]   Reviewed: [[Gemma Lovell|name]], Damp and Mould Lead
"""),
]


# --- B. Naivalu / Rokotuiviwa family (Fijian, an army family), Tidworth, Wiltshire -----------------------------------------

HOME_B = d.Address("19 Kohima Close", "", "Tidworth", "SP9 7QF")
BU_B = d.Address("Lot 12, Votualevu Road", "Votualevu", "Nadi", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mereoni", "Naivalu")], dt.date(2012, 6, 18), addresses=[HOME_B], ids=["5945917273", "C865212920722"],
       schools=["The Wellington Academy"]),
    _p("s", "sibling", [("Seru", "Naivalu")], dt.date(2016, 1, 7), addresses=[HOME_B], ids=["9722285831", "H865003314245"],
       schools=["Castle Downs Primary School"]),
    _p("s2", "sibling", [("Ana", "Naivalu")], dt.date(2023, 4, 25), addresses=[HOME_B], ids=["9111609494"]),
    _p("m", "mother", [("Litia", "Naivalu")], dt.date(1993, 9, 3), addresses=[HOME_B], phones=["07418 627 093"],
       ids=["8342191737", "SC 47 20 19 D"]),
    _p("f", "father", [("Isikeli", "Naivalu")], dt.date(1989, 11, 28), addresses=[HOME_B], phones=["07563 184 720"],
       ids=["NW 81 36 52 A"]),
    _p("g", "grandparent", [("Salote", "Rokotuiviwa")], dt.date(1958, 2, 11), addresses=[BU_B], phones=["+679 927 4418"]),
    _p("p1", "professional", [("Bethan", "Coombs")], phones=["01225 713 482"], emails=["bethan.coombs@plaindowns.gov.uk"]),
], "c")

DOCS_B = [
    ("army unit welfare officer's email chain with the council", """From: WO2 [[Darren Kettle|name]] (UWO, 27 Regt RLC)
<[[darren.kettle102@mod.gov.uk|email]]>
Sent: [[13 October 2026|date]] 17:20
To: [[Bethan Coombs|name]] <[[bethan.coombs@plaindowns.gov.uk|email]]>
Cc: Capt [[Fiona Marsh|name]] (Adjt); Army Welfare Service ([[Tidworth|place]] team)
Subject: RE: Cpl [[NAIVALU|name]] - family - strat outcome - OFFICIAL SENSITIVE

Ma'am / [[Bethan|name]],

Thanks for the call. To confirm what the unit has done since [[Mere|name]] spoke to her teacher on Friday:
1. Cpl [[Isikeli NAIVALU|name]] (known in the unit as "[[Keli|name]]" or "[[Big Kel|name]]") has been told by the OC, Maj [[Tom
Harcourt|name]], that he is not to go home to [[Kohima Close|address]] until the social worker says so. He is in the block at
[[Aliwal Barracks|address]], room 2.14, and has agreed. His phone is [[07563 184 720|phone]].
2. His deployment to [[Tapa|place]] (Op CABRIT) on the [[2nd Nov|date]] is on hold for now. He is worried about this and asked me
to tell you he "will do any course".
3. Mrs [[Naivalu|name]] ([[Litia|name]]) has been visited by the AWS worker, [[Kirsty Dyer|name]], and by the Fijian liaison
SNCO, SSgt [[Jone Vakacegu|name]], at her request; she wanted someone who speaks Fijian. She is staying put with the kids.
4. The padre, Revd [[Alan Sowerby|name]], and the Fijian fellowship's minister (Rev. [[Maika Baleidaveta|name]], who is not
Army) have both offered to help. I have told them to speak to you first.
Let me know what else you need. The family's SFA is managed by Pinnacle; the patch warden is [[Gary Loder|name]]. The
Regimental Sergeant Major, WO1 [[Lee Pascall|name]], and the CO, Lt Col [[Richard Ingham|name]], know; nobody else in the
troop does apart from his section commander, Sgt [[Vilikesa Cama|name]], and his friend LCpl [[Josaia Naqelevuki|name]], who
drove him to the block.
[[Darren|name]]

WO2 [[D. Kettle|name]] | Unit Welfare Officer | 27 Regt RLC | [[Aliwal Barracks|address]], [[Tidworth|place]] [[SP9 7BB|postcode]] | mil
94371 2266 | civ
[[01980 615 209|phone]]

-----Original Message-----
From: [[Bethan Coombs|name]]
Sent: [[13 October 2026|date]] 11:08
To: WO2 [[Darren Kettle|name]]
Subject: Cpl [[NAIVALU|name]] - family - strat outcome - OFFICIAL SENSITIVE

Dear Mr [[Kettle|name]],
I am the social worker for [[Mereoni|name]] ("[[Mere|name]]", 14), [[Seru|name]] (10) and [[Ana|name]] (3) [[Naivalu|name]], of
[[19 Kohima Close|address]],
[[Tidworth|place]]. On Friday [[9 October|date]] [[Mere|name]] told her tutor at [[Wellington|school]], Mrs [[Prisha Nair|name]], that
her father hit her
with a belt on the back of the legs on Wednesday night ([[7th|date]]) because she came home late from [[Andover|place]] on the bus
with a friend ([[Kiera Blake|name]], from [[Ludgershall|place]]). The school nurse ([[Tracey Gale|name]]) saw four linear marks on the
backs of both thighs. [[Mere|name]] said it has happened "maybe five times since we came from [[Catterick|place]]" and that her
brother gets "the wooden spoon". [[Seru|name]] was spoken to at [[Castle Downs|school]] by the DSL, Mr [[Rob Pike|name]], and said
"Dad smacks us when we are cheeky, in Fiji everybody does it".
The strategy discussion today agreed a s47 enquiry. The police (DC [[Lucy Fenn|name]], Wiltshire CAIT) will speak to Cpl
[[Naivalu|name]] by appointment. We need him to stay away from home while we do the assessment; I understand he has agreed.
Please can you also tell me whether the unit has had any earlier concerns about the family (I have seen the AWS record of a
referral at [[Catterick Garrison|place]] in 2023 about [[Mere|name]] and a bruise, closed NFA).
Kind regards,
[[Bethan Coombs|name]], Social Worker, Children in Need (South), Plain Downs Council, [[Bourne Hill|address]], [[Salisbury|place]]
[[01225 713 482|phone]]
"""),
    ("Fijian church fellowship safeguarding lead's email", """From: [[Losana Tuilagi|name]] <[[losana.tuilagi@outlook.com|email]]>
Date: Sat, [[17 Oct 2026|date]] at 22:14
Subject: [[Naivalu|name]] family - from the safeguarding lead, [[Tidworth|place]] Fijian Methodist Fellowship
To: [[bethan.coombs@plaindowns.gov.uk|email]]

Bula [[Bethan|name]],

I am the safeguarding lead for our fellowship (we meet at St Mary's hall on [[Church Street|address]], [[Tidworth|place]], Sunday 2pm, about
60 families, most Army). Rev. [[Maika|name]] asked me to write to you because [[Litia|name]] came to see me after the service and gave
me permission. I have done the Methodist Church "Foundation" safeguarding course and I know I must pass things on.

What [[Litia|name]] told me (I wrote it down after, in Fijian, and have translated it):
"Au sa oca. [[Keli|name]] e sega ni ca, e lomana na gone. Ia e kauta mai na vakavulici ni nona tamana mai [[Nadroga|place]]."
= "I am tired. [[Keli|name]] is not a bad man, he loves the children. But he brings the way his father taught him, from
[[Nadroga|place]]."
She said the problem got worse after his last tour and he does not sleep. She said the children's grandmother in [[Nadi|place]]
(her mother, Bu [[Salote|name]], [[+679 927 4418|phone]]) has told her on the phone to take the children home to Fiji, and that her
brother [[Sitiveni|name]] ("[[Steve|name]]") in [[Suva|place]] says he will buy the tickets. [[Litia|name]] does not want this, she wants
her husband to get help. But I worry because Bu [[Salote|name]] is very strong and the passports are in the house.

Other things you should know:
- [[Mere|name]] helps in our Sunday school. She told my daughter [[Vika|name]] she is "scared of the belt, not of dad".
- Some of the men in the fellowship have told [[Keli|name]] the welfare people "want to take Fijian children". I have
  spoken with Rev. [[Baleidaveta|name]] about this and he will speak to the men on Sunday. Please be patient with them.
- [[Litia|name]] can speak English well but prefers to talk about feelings in Fijian. If you need an interpreter, please
  not Mrs [[Akanisi Ravula|name]] from [[Bulford|place]] - she is family to [[Keli|name]]'s side.
- [[Seru|name]] plays rugby at the [[Larkhill|place]] club on Saturdays with coach [[Semi Koroi|name]]; [[Semi|name]] says he is a happy
boy.

I can come with [[Litia|name]] to any meeting if she wants. My number is [[07722 390 614|phone]]. My husband is Sgt [[Peni
Tuilagi|name]], 1 Royal Welsh, but I am writing as the church, not the Army.

Vinaka vakalevu,
[[Losana Tuilagi|name]] ("Nau [[Losa|name]]" to the children)
Safeguarding lead, [[Tidworth|place]] Fijian Methodist Fellowship (a member of the Methodist Church, Salisbury Plain circuit)
"""),
    ("grandmother's letter from Fiji, translated from Fijian", """[Letter handed to the social worker by [[Litia Naivalu|name]] on
[[03/11/2026|date]]. Handwritten in
Fijian, 2 pages, posted from [[Nadi|place]] on [[20 October 2026|date]] (postmark). Translated by [[Ana Seruvatu|name]], NRPSI-registered
interpreter, on [[5/11/2026|date]]. Names and places are kept as written. The translator's notes are in square brackets.]

                                                                   [[Lot 12|address]], [[Votualevu Road|address]]
                                                                   [[Votualevu|place]], [[Nadi|place]]
                                                                   [[20/10/2026|date]]

Noqu luve ni yalo [[Litia|name]],  [= My beloved daughter [[Litia|name]],]

[[Akosita|name]], [[Jone|name]] and the little ones at [[Namaka|place]] send their love; Pastor [[Eroni|name]] prays for you at
[[Votualevu|place]] every Sunday; [[Kelera|name]] from the shop asks for you.
I greet you and [[Keli|name]] and my grandchildren [[Mereoni|name]], [[Seru|name]] and little [[Ana|name]] in the name of our Lord. We are
well here. Your father's leg is better and he is going to the plantation again with [[Tomasi|name]]. Your cousin [[Unaisi|name]] had
her baby at [[Lautoka|place]] hospital on the [[12th|date]], a boy, they called him [[Josefa|name]] after Ratu [[Josefa|name]] your
grandfather.

[[Sitiveni|name]] told me on the phone what the school said about [[Keli|name]]. I cried all night. My daughter, listen to me. In
England they do not understand how we raise children. But you are in their country and they can take the children
[translator: she writes "kauti ira tani na gone" - "take the children away"]. Do not let this happen. Come home. [[Sitiveni|name]]
will send the money for the tickets from [[Suva|place]]. You can stay with us at [[Votualevu|place]] and [[Mereoni|name]] can go to
[[Nadi Muslim College|school]] or to [[Ratu Navula|school]] where you went [translator: [[Ratu Navula College|school]] is a secondary
school in
[[Nadi|place]]], and [[Seru|name]] to [[Nadi Airport School|school]]. Your aunt [[Mere Vuniwaqa|name]] in [[Namaka|place]] can help with
[[Ana|name]].

Tell [[Keli|name]] from me: a man who uses the belt until it leaves marks is not following his father, he is following his
anger. His father [[Ilaitia|name]] never did that. He must pray and he must speak to the Talatala [translator: minister], and he
must not drink the grog every night with the boys from [[Bulford|place]].

If the social worker reads this letter, I want her to know: our family is a good family. I have looked after
[[Mereoni|name]] here when she was small, from [[2 January 2014|date]] until [[Litia|name]] came back for her, and she was happy. She
can come to me any time. My phone is [[+679 927 4418|phone]] and [[Sitiveni|name]]'s is [[+679 833 5061|phone]].

Na loloma levu [= With much love],
Nau [[Salote|name]] [= "Mum [[Salote|name]]"; she signs as "Bu" (grandmother) on the second page: "Bu [[Salote Rokotuiviwa|name]]"]

[Translator's note: "Talatala" is a minister, not a name; "Ratu" is a chiefly title. The college named first above is
written as "[[Nadi Muslim|school]]" but I think it is a mistake for another school; I have left it as written.]
"""),
]

DOCS_B += [
    ("Army Welfare Service referral and case note", """ARMY WELFARE SERVICE - REFERRAL / CASE NOTE (AWS Form 1) - OFFICIAL SENSITIVE
PERSONAL
AWS team: [[Tidworth|place]] and [[Bulford|place]] (Salisbury Plain)    Worker: [[Kirsty Dyer|name]], Community Support Worker
Client: Mrs [[Litia NAIVALU|name]] (spouse)    Serving person: 25219937 Cpl [[NAIVALU, Isikeli Tuiloma|name]], 27 Regt RLC
SFA: [[19 Kohima Close|address]], [[Tidworth|place]] [[SP9 7QF|postcode]]    Tel: [[07418 627 093|phone]]   NI (spouse):
[[SC 47 20 19 D|ni]]
Children: [[Mereoni|name]] ([[18/06/2012|dob]], NHS [[594 591 7273|nhs]]), [[Seru|name]] ([[07/01/2016|dob]]), [[Ana|name]]
([[25/04/2023|dob]], NHS [[911 160 9494|nhs]])
Previous AWS involvement: [[Catterick Garrison|place]] (2023, [[Mere|name]] - bruise to arm, school referral, NFA; worker [[Gwen
Parfitt|name]])

[[12/10/2026|date]] 14:00, home visit, with SSgt [[Jone Vakacegu|name]] (Fijian liaison, interpreting informally at Mrs [[Naivalu|name]]'s
request). Mrs [[Naivalu|name]] tearful. She said [[Keli|name]] came back from Kenya in the spring "different": not sleeping,
drinking kava with the boys at the [[Perham Down|place]] houses until late, shouting. She said the belt "is what his father
did in [[Sigatoka|place]]" and she has told him to stop. She has never been hit herself. She is worried about money (they send
£300 a month to her mother, Mrs [[Salote Rokotuiviwa|name]], in [[Nadi|place]], and to his mother, Mrs [[Merewai Naivalu|name]], in
[[Nadroga|place]]) and about the passports (hers, the children's British and Fijian ones) being in the house. She does not drive
and has no family nearer than her cousin [[Akanisi|name]] in [[Bulford|place]] and her husband's friend's wife, [[Losana Tuilagi|name]].
[[Ana|name]] was asleep; [[Seru|name]] came in from the garden with a rugby ball and said "Bula" and "is dad coming home?".
Advice: the council's s47 is the lead; AWS will offer the mother support (finance, Early Years at the [[Tidworth|place]] Garrison
Families Hub for [[Ana|name]], a Fijian-speaking women's group at the Garrison church). Consent to share: yes (signed).

[[19/10/2026|date]] telephone, [[Bethan Coombs|name]] (SW). Agreed that AWS will hold the passports question with the unit and
not with the family; [[Bethan|name]] to ask the court team about a prohibited steps order only if there is a real plan to
travel. Cousin [[Unaisi Tora|name]] (on a visitor's visa in [[Andover|place]], tel [[07551 209 448|phone]]) has offered to stay.

[[26/10/2026|date]] office visit. Mrs [[Naivalu|name]] and [[Mere|name]] (after school). [[Mere|name]] said she would like to see dad "at
church, not at home yet". [[Mere|name]] said her friends at [[Wellington|school]] are "[[Kiera|name]], [[Amelia|name]] and [[Tupou|name]]";
[[Tupou|name]]'s mum is Tongan and works in the NAAFI. [[Mere|name]] wants to go back to Fiji "for Christmas only" to see Bu.
Worker: [[K. Dyer|name]]    Supervisor: [[Marcus Ainslie|name]], Senior Practitioner, [[01980 602 481|phone]]
"""),
]

DOCS_B += [
    ("primary school safeguarding chronology exported from CPOMS", """[[CASTLE DOWNS PRIMARY SCHOOL|school]] - CPOMS CHRONOLOGY EXPORT -
printed [[14/10/2026|date]] by [[R Pike|name]] (DSL)
Student: [[Seru Naivalu|name]]   Year 6 (Oak)   DOB [[07/01/2016|dob]]   UPN [[H865003314245|upn]]   Service child: Yes (Army, 27 Regt RLC)
Linked students: none at this school ([[Mereoni Naivalu|name]] at [[The Wellington Academy|school]]; [[Ana|name]] at
[[Little Acorns|school]] nursery, [[Ludgershall|place]])
Parents: [[Isikeli Naivalu|name]] (dad, [[07563 184 720|phone]]); [[Litia Naivalu|name]] (mum, [[07418 627 093|phone]])
Emergency contacts: [[Losana Tuilagi|name]] ([[07722 390 614|phone]]); [[Unaisi Tora|name]] (cousin, [[Andover|place]]); Sgt
[[Peni Tuilagi|name]]
Collection password holders: [[Vika Tuilagi|name]] (16), [[Akanisi Ravula|name]] ([[Bulford|place]]) - removed [[13/10/2026|date]] at
the SW's request

[[03/09/2025|date]] | Joined from [[Le Cateau Community Primary|school]], [[Catterick Garrison|place]]. Transfer file received; one
  historic concern (2023) about his sister. | Mrs [[Jan Foyle|name]] (office)
[[18/11/2025|date]] | Told TA Mrs [[Kelly Sims|name]] he was "tired because dad and mum shouting about money". Monitor. | [[K Sims|name]]
[[05/02/2026|date]] | Dad deployed (Kenya); [[Seru|name]] upset, joined the HMS Forces club (Mrs [[Amy Reeve|name]]). | [[A Reeve|name]]
[[19/05/2026|date]] | Bruise on his upper arm seen at PE. Said "[[Mere|name]] pinched me". Seen by DSL, plausible, no action. |
[[R Pike|name]]
[[02/07/2026|date]] | Sports day. Dad came, "very proud". Dad talked to Mr [[Pike|name]] about [[Seru|name]]'s rugby at
[[Larkhill|place]]. | [[R Pike|name]]
[[10/09/2026|date]] | Said in circle time that "the belt hurts more than the spoon". Class teacher Miss [[Holly Farrant|name]] told DSL.
  DSL spoke to [[Seru|name]]: "it's what dads do in Fiji". Spoke to mum ([[Litia|name]]) after school: she said "we don't do that
  any more". Logged; advice line rang (Plain Downs front door, [[Donna Pyke|name]]) - NFA, school to monitor. | [[R Pike|name]]
[[09/10/2026|date]] | Secondary school ([[Wellington|school]]) rang: [[Mere|name]] disclosure. DSL spoke to [[Seru|name]] (with the
  deputy DSL Mrs [[Nina Oduya|name]]): said dad smacks with the hand and "sometimes the spoon", not the belt on him. Said
  "don't tell dad I said". MASH referral by phone 14:20 ([[Bethan Coombs|name]]); form sent 15:05. | [[R Pike|name]]
[[12/10/2026|date]] | Strategy discussion; s47. [[Seru|name]] seen at school by SW [[Bethan Coombs|name]] and DC [[Lucy Fenn|name]]. |
[[R Pike|name]]
[[13/10/2026|date]] | [[Seru|name]] says dad is "living at work". Asked if he can phone him. Passed to SW. | Miss [[H Farrant|name]]

Note: the earlier school on the transfer file is written as "[[Le Cateau|school]]"; "Oak" is a class name. Printed by [[Rob
Pike|name]], Deputy Headteacher and DSL, [[r.pike@castledowns.wilts.sch.uk|email]].
"""),
]


# --- C. Wong / Lam family (from Hong Kong, on the BN(O) route), Cockerton, Darlington --------------------------------------

HOME_C = d.Address("22 Cleveland Terrace", "Cockerton", "Darlington", "DL3 7HE")
POPO_C = d.Address("Flat 1706, Block C, Sun Chui Estate", "Tai Wai", "Sha Tin", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ethan", "Wong"), ("Hok-yin", "Wong")], dt.date(2011, 7, 19), addresses=[HOME_C],
       ids=["5829162709", "Q841056214415"], schools=["Haughton Grange Academy"]),
    _p("s", "sibling", [("Chloe", "Wong"), ("Hoi-ching", "Wong")], dt.date(2015, 3, 4), addresses=[HOME_C],
       ids=["8715067300", "H841499020514"], schools=["Branksome Hall Primary School"]),
    _p("m", "mother", [("Winnie", "Lam"), ("Wing-sze", "Lam")], dt.date(1982, 12, 23), addresses=[HOME_C],
       phones=["07391 402 856"], ids=["1478374314"]),
    _p("f", "father", [("Kelvin", "Wong"), ("Chi-keung", "Wong")], dt.date(1979, 5, 6), addresses=[HOME_C],
       phones=["07487 221 659"], emails=["kelvinwong.ck@gmail.com"], ids=["1882883411", "ZB 35 71 24 C"]),
    _p("g", "grandparent", [("Mei-wah", "Chan")], dt.date(1951, 8, 8), addresses=[POPO_C], phones=["+852 9462 3018"]),
    _p("p1", "professional", [("Rachael", "Teasdale")], phones=["01325 406 177"], emails=["rachael.teasdale@skernevalley.gov.uk"]),
], "c")

DOCS_C = [
    ("NSPCC helpline referral to children's services", """NSPCC HELPLINE - REFERRAL TO LOCAL AUTHORITY CHILDREN'S SERVICES
Referral ref: HL/26/0883172        Date and time of contact: [[16/11/2026|date]] 19:42 (phone), call length 31 minutes
Practitioner: [[Gavin Rowntree|name]] (Helpline Practitioner)      Supervisor consulted: [[Aoife Donnelly|name]], 20:20
Sent to: Skerne Valley Council, Children's Access Point, by secure email at 20:51

CALLER
Relationship to the child: tutor (private English and maths tutor, paid by the family, weekly since January)
Caller's name: [[Joanne Metcalfe|name]]  Contact: [[07950 316 842|phone]]   Happy to be contacted: yes, but does not want the family to
know she called "yet"   Caller's address: [[Hurworth Place|place]], near [[Darlington|place]]

CHILD(REN)
1. [[Hok-yin WONG|name]], known as [[Ethan|name]]. Age 15. DOB given by the caller as "[[19th July 2011|dob]]" (from the tutoring
agreement).
   School: "[[Haughton Grange|school]]", Year 11.
2. Sister: [[Hoi-ching|name]] ([[Chloe|name]]), about 11, at "[[Branksome Hall|school]]". The caller has met her twice.
Address: [[22 Cleveland Terrace|address]], [[Cockerton|place]], [[Darlington|place]] [[DL3 7HE|postcode]] (the caller's address book).
Parents: father [[WONG Chi-keung|name]] ("Mr [[Kelvin Wong|name]]"), mother [[LAM Wing-sze|name]] ("[[Winnie|name]]"). The family came
from Hong
Kong on the BN(O) visa in 2022, first to [[Middlesbrough|place]] and then to [[Darlington|place]] in 2024.

WHAT THE CALLER SAID
Tonight during the lesson (on video, [[Ethan|name]] in his bedroom) the caller saw cuts on [[Ethan|name]]'s left forearm, "lots of thin
lines, some fresh". When she asked, he pulled his sleeve down and said "it's nothing, the cat". The family do not have a cat.
After the lesson he sent her a message on the tutoring app: "pls dont tell dad. he will send me back to hk to my grandma. i
cant fail again." The caller says [[Ethan|name]] told her in October that his father makes him study until 1 a.m., takes his phone
and "shouts in Cantonese that I am useless, a 廢物 [waste]". She has heard shouting in the background of lessons twice
([[2nd November|date]] and [[9/11|date]]), a man's voice, and once a bang.
[[Ethan|name]] has also told her about being called names at school ("Covid", "go back to China") by a group including a boy called
[[Kai|name]] or [[Kye|name]], and that a teacher, Mr [[Bainbridge|name]], "did nothing". He said he has "no friends here, only online,
in HK". He mentioned a friend from [[Tai Po|place]], "[[Marcus|name]]", who is "the only one who gets it".
The mother, per the caller, is "very quiet, very sad"; she cleans at a hotel in [[Middlesbrough|place]] and works weekends. The
caller thinks the grandmother ("Ah Ma", father's mother) lives in [[Sha Tin|place]] and that the father speaks to her every
night. The caller has not seen any marks on [[Chloe|name]] and [[Chloe|name]] "seems fine, chatty, loves Brownies".

ASSESSMENT AND ACTION
Risk: self-harm by a 15-year-old, possibly escalating; emotional harm at home; racist bullying at school. Not immediate (the
caller confirmed [[Ethan|name]] said goodnight normally and his mother was home). Advised the caller about the sensitivity around
the family hearing of the call. Caller given the details of Childline and of the local Kooth service for [[Ethan|name]].
Others the caller named: the tutoring agency's owner, Mrs [[Sandra Kirtley|name]] (the agency is
"Tutor Tees" in [[Yarm|place]]); [[Ethan|name]]'s former tutor in [[Middlesbrough|place]], Mr [[Daniel Ho|name]]; and a family friend,
"Uncle [[Kwok|name]]", in [[Stockton|place]].
Information the LA may wish to check: school ([[Haughton Grange Academy|school]], DSL not known to caller); GP not known.
Practitioner: [[G. Rowntree|name]]        Manager: [[A. Donnelly|name]]
"""),
    ("Signal group chat in Cantonese and English, typed up and translated", """[Screenshots of a Signal group chat "[[黃|name]]家 🏠"
("[[Wong|name]] family"), shown to the social worker by [[Hok-yin|name]] ([[Ethan|name]]) on
[[19/11/2026|date]] and typed up, with his agreement, by [[Rachael Teasdale|name]]. Messages in Cantonese are translated by
[[Agnes Yiu|name]]
(interpreter) in round brackets. Display names as saved on [[Ethan|name]]'s phone. Times are UK time.]

— [[11月14日|date]] 星期六 [Saturday [[14 November|date]]] —
爸爸 (Dad): [[阿賢|name]]，今晚溫書到幾點？ (([[Ah Yin|name]], how late are you studying tonight?))
[[Ethan|name]]: till 11 i promise
爸爸 (Dad): 11點？你mock咁差，12點先好瞓。 (11? Your mock was so bad, don't sleep before 12.)
媽咪 (Mum): 佢頭痛呀，俾佢早啲瞓啦 (He has a headache, let him sleep earlier)
爸爸 (Dad): [[Winnie|name]] 你唔好成日縱佢 (([[Winnie|name]], stop spoiling him all the time))
[[凱晴|name]] 🐼: 哥哥加油 💪 (Big brother, go for it)
[[Chloe|name]] 🐼: dad can we go to [[Newcastle|place]] tmr for dim sum with Auntie [[Fong|name]]s family
爸爸 (Dad): 睇下你哥哥做完功課先 (We'll see after your brother finishes his homework)

— [[11月15日|date]] 星期日 [Sunday [[15 November|date]]] —
嫲嫲 (Grandma): 阿強，阿賢考試點呀？你要睇實佢。 (([[Ah Keung|name]], how are [[Ah Yin|name]]'s exams? You must watch him closely.))
[The grandmother's number shows as [[+852 9462 3018|phone]]; [[Ethan|name]] says she is [[陳美華|name]] ([[Chan Mei-wah|name]]), in
[[沙田|place]] ([[Sha Tin|place]]).]
嫲嫲 (Grandma): 唔得就返嚟香港讀，[[大圍|place]]有好學校 (If it doesn't work, come back to Hong Kong to study, there are good
schools in [[Tai Wai|place]])
[[Ethan|name]]: 我唔返 (I'm not going back)
爸爸 (Dad): 你冇得揀 (You don't get to choose)

— [[11月16日|date]] 星期一 [Monday [[16 November|date]]] —
媽咪 (Mum): 今晚我加班，[[Jo|name]] 老師7點上堂 (I'm working late tonight, teacher [[Jo|name]]'s lesson is at 7)
[[Ethan|name]]: ok
爸爸 (Dad): 上完堂send張相俾我睇你做咗幾多 (After the lesson send me a photo of how much you've done)
[[Ethan|name]]: [photo of a maths paper]
爸爸 (Dad): 錯咁多？！ (So many wrong?!)
[[Ethan|name]]: sorry
[21:57, a message deleted by [[Ethan|name]]; he says it said "maybe i should just die then" and that he deleted it at once]
媽咪 (Mum): 阿仔你冇事嘛？ (Son, are you okay?)
[[Ethan|name]]: ye fine

— [[11月18日|date]] 星期三 [Wednesday [[18 November|date]]] —
爸爸 (Dad): social worker 聽日嚟，乜都唔好亂講 (The social worker comes tomorrow, don't say anything silly)
媽咪 (Mum): [[志強|name]]，唔好咁講 (([[Chi-keung|name]], don't talk like that))
[[凱晴|name]] 🐼: is the lady nice
[[Ethan|name]]: idk. [[marcus|name]] says in hk they just send u to a counsellor
嫲嫲 (Grandma): [[阿強|name]]，[[Mei Ling|name]]話佢識個律師喺[[曼徹斯特|place]]
(([[Ah Keung|name]], [[Mei Ling|name]] says she knows a lawyer in [[Manchester|place]]))
爸爸 (Dad): 唔使。[[Kwok|name]] 叔叔 會陪我去 (No need. Uncle [[Kwok|name]] will come with me) [the translator says this is [[Kwok
Wai-man|name]], a family friend in [[Stockton|place]]]
媽咪 (Mum): 我想同 [[Rachael|name]] 講真話 (I want to tell [[Rachael|name]] the truth)
[Group members: 爸爸 ([[+44 7487 221659|phone]]), 媽咪 ([[+44 7391 402856|phone]]), [[凱晴|name]] 🐼 (saved twice, as "[[凱晴|name]] 🐼" and
"[[Chloe|name]] 🐼"),
嫲嫲 ([[+852 9462 3018|phone]]) and [[Ethan|name]]. Disappearing messages off.]
"""),
    ("GP letter to the social worker", """Cockerton Green Surgery
[[Newton Lane|address]], [[Cockerton|place]], [[Darlington|place]] [[DL3 9EX|postcode]]     Tel: [[01325 462 118|phone]]
Safeguarding lead: Dr [[Imran Qureshi|name]]

[[23rd November 2026|date]]

[[Rachael Teasdale|name]]
Social Worker, Children's Assessment Team, Skerne Valley Council
By secure email: [[rachael.teasdale@skernevalley.gov.uk|email]]

Dear Ms [[Teasdale|name]]

Re: [[Hok-yin (Ethan) WONG|name]], DOB [[19.07.2011|dob]], NHS [[582 916 2709|nhs]], [[22 Cleveland Terrace|address]], [[DL3 7HE|postcode]]
Also: [[Hoi-ching (Chloe) WONG|name]], DOB [[04.03.2015|dob]], NHS [[871 506 7300|nhs]]; parents [[Chi-keung WONG|name]] (NHS
[[188 288 3411|nhs]])
and [[Wing-sze LAM|name]] (NHS [[147 837 4314|nhs]])

Thank you for your request of [[20/11/26|date]], with parental consent, for information for your assessment.

[[Ethan|name]]: registered with us since [[6 May 2024|date]] (previously with the [[Linthorpe|place]] practice in [[Middlesbrough|place]]).
I saw him with his mother on [[20 November|date]], the day after your visit. He has superficial linear cuts to the left forearm (about
fifteen, the oldest healed and white, four within the last week); no infection. He said he started cutting "in the summer,
after the mocks were moved", that it is "to get the pressure out" and that he has had thoughts that "everyone would be better
off" but no plan. He said he would tell his mother or ring Shout if he felt unsafe. I have referred him urgently to the
[[Darlington|place]] CAMHS crisis and assessment team (seen [[21/11|date]] by [[Sinead Hagan|name]], nurse), and he has an appointment
with me on [[4 December|date]]. He asked me not to share the detail of what he says about his father with his father; I explained
what I would need to share with you.

His mother ([[Winnie|name]]) was tearful and said, through her son at first and then in English, that she has been "very low since
[[Tuen Mun|place]]" (their home in Hong Kong) and that she is lonely here. I have offered her an appointment for herself and a
Cantonese-speaking counsellor through the Talking Therapies service ([[Natalie Cheung|name]], Wellbeing practitioner). She did not
disclose violence at home; she said her husband "is strict because he is afraid for the children". She asked that the letter
does not say she said this.

[[Chloe|name]]: seen for asthma review on [[02/09/2026|date]] by our nurse, [[Lorna Stobbart|name]]; well, growing on the 50th centile.
No concerns.

Father: Mr [[Wong|name]] has not consulted since registration. He rang the surgery on [[22 November|date]] asking what [[Ethan|name]] had
"told the doctor"; the receptionist ([[Bev|name]]) gave no information.

We have no record of the family from Hong Kong other than a vaccination card in Chinese for each child (scanned; [[Chloe|name]]'s
shows her name as [[黃凱晴|name]] and her birth at Prince of Wales Hospital, [[Sha Tin|place]], [[2015年3月4日|dob]]).

Yours sincerely

Dr [[Imran Qureshi|name]]
GP partner and practice safeguarding lead
cc: Dr [[Helen Wardle|name]] (the children's usual GP)
"""),
]

DOCS_C += [
    ("secondary school's racist incident and safeguarding log", """[[HAUGHTON GRANGE ACADEMY|school]] - RACIST / PREJUDICE-RELATED
INCIDENT FORM AND SAFEGUARDING LOG (exported from
MyConcern, [[20/11/2026|date]])
Pupil: [[WONG, Hok-yin (Ethan)|name]]   Year 11, form 11HR   UPN: [[Q841056214415|upn]]   DOB: [[19-07-2011|dob]]   EAL: Cantonese
Tutor: Mrs [[Helen Raine|name]]    Head of Year: Mr [[Stuart Bainbridge|name]]    DSL: Ms [[Gillian Pybus|name]]

[[24/09/2026|date]] 12:40 - reported by [[Ethan|name]] to Mrs [[Raine|name]]: in the canteen, [[Kye Dobson|name]] (10G) and [[Reece
Lumley|name]] (10G) pulled the corners of their eyes and said "ching chong" and "eat a bat". Witnesses: [[Amir Hussain|name]],
[[Tilly Wearmouth|name]]. Action: both boys seen by Mr [[Bainbridge|name]], sanctioned (after-school detention), parents told by
letter; [[Ethan|name]] was offered a meeting with the school's EDI lead, Miss [[Nkechi Obi|name]], and declined.
[[13/10/2026|date]] 08:30 - "go back to China" and "Covid boy" shouted at [[Ethan|name]] at the bus stop on [[Salters Lane|address]] by
a group including [[Kye Dobson|name]]. [[Ethan|name]]'s mother rang the school ([[Winnie Lam|name]], via her son) - she asked that
the school "not make it bigger" because her husband would be angry that [[Ethan|name]] was "in trouble". Logged; Mr
[[Bainbridge|name]] spoke to [[Kye|name]]'s father, Mr [[Lee Dobson|name]], who said it was "banter".
[[04/11/2026|date]] - [[Ethan|name]] absent (parent said headache). [[05/11|date]] and [[06/11|date]] - absent. Attendance this year 88.1%.
[[12/11/2026|date]] 15:05 - Ms [[Pybus|name]]: PE teacher Mr [[Garry Hodgson|name]] reports that [[Ethan|name]] refused to change for PE
and kept his hoodie on in the sports hall; he noticed a plaster on his wrist. Tutor asked to check in. [[Ethan|name]] told Mrs
[[Raine|name]] that he is "fine" and that he has "a tutor at home every night".
[[17/11/2026|date]] 10:15 - Skerne Valley Council Children's Access Point (SW [[Rachael Teasdale|name]]) rang: an NSPCC referral
received. Information shared (lawful basis: s47; NHS number given to the SW from the school nurse's record: [[582-916-2709|nhs]]).
Others who saw the cuts or heard of them: [[Amir Hussain|name]] (friend), the librarian Mrs [[Pat Trotter|name]] and the
cover supervisor Mr [[Dominic Heslop|name]]. Ms [[Pybus|name]] and Mrs [[Raine|name]] saw [[Ethan|name]] at 11:00 with
[[Rachael|name]]: he showed the cuts; said "please not my dad". Plan: daily check-in with Mrs [[Raine|name]]; pass to leave lessons;
exam access arrangements to be reviewed; [[Chloe|name]]'s school ([[Branksome Hall Primary|school]], DSL Mrs [[Janet Coxon|name]]) informed.
[[18/11/2026|date]] - Mr [[Wong|name]] came to reception at 15:30 asking to see "the teacher who called social services". Mr
[[Bainbridge|name]] and Ms [[Pybus|name]] saw him with the interpreter phone line (Cantonese). He was angry, said the family came to the
UK "for freedom, not for this", and said he would move [[Ethan|name]] to a school in [[Newcastle|place]] "with Chinese children".
Reassured; [[Rachael Teasdale|name]] informed the same day.
"""),
]


# --- D. Fearon / Pharaoh family (white British), Moorclose, Workington, with a grandfather in Maryport ----------------------

HOME_D = d.Address("36 Peart Road", "Moorclose", "Workington", "CA14 3NB")
DAD_D = d.Address("11 Ashfield Road", "Salterbeck", "Workington", "CA14 5DE")
GRANDAD_D = d.Address("5 Church Terrace", "Ewanrigg", "Maryport", "CA15 8HT")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kai", "Pharaoh")], dt.date(2012, 1, 30), addresses=[HOME_D], ids=["3027616471", "P909040518086"],
       schools=["Moorclose Community School"]),
    _p("s", "sibling", [("Skye", "Fearon")], dt.date(2020, 6, 12), addresses=[HOME_D], ids=["9882884415", "U909569018029"],
       schools=["Ashfield Infant School"]),
    _p("m", "mother", [("Stacey", "Fearon")], dt.date(1992, 4, 17), addresses=[HOME_D], phones=["07512 860 374"],
       ids=["3076079646", "JB 27 64 09 A"]),
    _p("f", "father", [("Jordan", "Pharaoh")], dt.date(1990, 8, 5), addresses=[DAD_D], phones=["07845 193 620"],
       ids=["WK 40 18 73 D"]),
    _p("g", "grandparent", [("Billy", "Fearon")], dt.date(1960, 10, 2), addresses=[GRANDAD_D], phones=["01900 812 274"]),
    _p("p1", "professional", [("Aled", "Braithwaite")], phones=["01900 706 318"], emails=["aled.braithwaite@solwaycoast.gov.uk"]),
], "c")

DOCS_D = [
    ("probation pre-sentence report extract", """THE PROBATION SERVICE - NORTH WEST REGION - CUMBRIA PDU ([[Workington|place]] office)
PRE-SENTENCE REPORT (extract disclosed to children's social care under the information sharing agreement; sections 1, 3
and 5 only)
Name: [[PHARAOH, Jordan Lee|name]]     NI: [[WK 40 18 73 D|ni]]     DOB: [[05/08/1990|dob]]     Address: [[11 Ashfield Road|address]],
[[Salterbeck|place]],
[[Workington|place]]
[[CA14 5DE|postcode]]     Court: Carlisle Crown Court     Offence(s): assault occasioning actual bodily harm ([[04/07/2026|date]]);
possession with intent to supply a Class A drug (cocaine) ([[04/07/2026|date]])      Plea: guilty (both)
Author: [[Siobhan Tyson|name]], Probation Officer       Date of report: [[27 October 2026|date]]      Adjourned to: [[10/11/2026|date]]

1. SOURCES OF INFORMATION
Interviews with Mr [[Pharaoh|name]] at HMP Durham by video ([[14/10/2026|date]], [[21/10/2026|date]]); the CPS case summary; the
victim's statement (Mr [[Ross Dalzell|name]]); previous convictions (PNC); Cumbria Police domestic abuse call-out history;
children's social care ([[Aled Braithwaite|name]], Social Worker, Solway Coast Council, by phone [[19/10/2026|date]]); a letter from
Mr [[Pharaoh|name]]'s employer (Mr [[Gary Kirkbride|name]], [[Kirkbride|name]] Scaffolding Ltd, [[Harrington|place]]); a character
letter from his aunt, Mrs [[Norma Pharaoh|name]] of [[Distington|place]]; and his solicitor, Mr [[Adam Fell|name]] ([[Fell|name]] &
[[Sewell|name]], [[Cockermouth|place]]).

3. OFFENCE ANALYSIS
On [[4 July 2026|date]], at about 23:30, Mr [[Pharaoh|name]] assaulted Mr [[Dalzell|name]] outside a public house on [[Pow Street|address]],
[[Workington|place]], punching him repeatedly and kicking him once while he was on the ground, causing a fractured cheekbone.
Police found 14 wraps of cocaine and £620 in his jacket. Mr [[Pharaoh|name]] says Mr [[Dalzell|name]] had "been messaging"
his former partner, Ms [[Stacey Fearon|name]], and that the drugs were "to pay a debt off" to a man he would not name, whom he
called only "[[Tatty|name]]" and "the lad from [[Whitehaven|place]]". He accepts he was "steaming".
Mr [[Pharaoh|name]] is the father of [[Kai|name]] (14), who lives with his mother in [[Moorclose|place]], and he has had care of
[[Kai|name]] at weekends. He told me he has no children with Ms [[Fearon|name]] other than [[Kai|name]]; her daughter [[Skye|name]] (6)
is by another father, Mr [[Dean Tweddle|name]], of [[Cockermouth|place]]. The social worker told me that [[Kai|name]] was at Mr
[[Pharaoh|name]]'s address on the night of the offence and that the police found him there alone at 02:10 on [[5 July|date]]
when they searched it, and that there is a concern that [[Kai|name]] has been asked to carry "parcels" to [[Maryport|place]] on his
bike. Mr [[Pharaoh|name]] denies this strongly. He says [[Kai|name]] "is a good lad, he plays for the Magpies and wants to go to
Carlisle United's academy".

5. RISK OF SERIOUS HARM AND THE CHILDREN
Assessed as MEDIUM risk of serious harm to known adults (former partners and men he sees as rivals) and to children (the
risk to [[Kai|name]] is of exposure to violence and of criminal exploitation). The domestic abuse call-out history shows
seven call-outs to [[36 Peart Road|address]] between 2019 and 2023, two of them with [[Kai|name]] present; a non-molestation
order obtained by Ms [[Fearon|name]] expired in March 2024. Ms [[Fearon|name]]'s father, Mr [[Billy Fearon|name]] of [[Maryport|place]],
is said by Mr [[Pharaoh|name]] to be "poisoning [[Kai|name]] against me".
If a community order is made, I propose a Building Better Relationships requirement, 20 rehabilitation activity days
and a drug rehabilitation requirement, and that any contact with [[Kai|name]] is arranged through children's social care.
[[S. Tyson|name]], Probation Officer, [[siobhan.tyson@justice.gov.uk|email]], [[01900 604 215|phone]]
"""),
    ("football club welfare officer's DBS query to the county FA", """From: [[Lindsey Appleby|name]]
<[[welfare.moorclosemagpiesjfc@gmail.com|email]]>
Sent: Thursday, [[12 November 2026|date]] 20:33
To: Safeguarding (Cumberland FA) <[[safeguarding@cumberlandfa.com|email]]>
Subject: DBS query - coach at Moorclose Magpies JFC (U15) - please advise urgently

Hi,
I'm the club welfare officer for Moorclose Magpies JFC. Sorry for the long email, I want to get it right.

One of our U15 coaches, [[Craig Penrith|name]] (FAN 381046672, DBS through the FA renewed 03/2025), has been named to me by a
parent as having been arrested in the summer. The parent is Ms [[Stacey Fearon|name]], mum of [[Kai Pharaoh|name]] (U15 squad). She
told me at training on Tuesday ([[10th|date]]) that [[Craig|name]] was "pulled in" with [[Kai|name]]'s dad, [[Jordan|name]], in July
"over drugs" and that he gives some of the lads lifts to away games in his own car ([[PN67 WYC|vehicle]], a black Audi A3). She
says [[Kai|name]] has been getting lifts from [[Craig|name]] to [[Maryport|place]] and [[Whitehaven|place]] "after training" when there
isn't a match.
She also said [[Kai|name]] had new trainers and a phone she didn't buy him.

I don't know if any of this is true. [[Craig|name]] has coached for us for 4 years and the parents like him. He was not at
training on Tuesday. Our chair, [[Mick Carlisle|name]], says we shouldn't "go accusing people". Our secretary, [[Jill
Musgrave|name]], said I should email you.

What I have done so far:
- Rung the LADO number at the council and left a message (Tuesday 21:10) - no reply yet.
- Asked the other U15 coach, [[Tony Ostle|name]], to do the sessions until I hear back.
- NOT told [[Craig|name]] anything.
- Written down what [[Stacey|name]] said (attached). She gave me her number, [[07512 860 374|phone]], and the social worker's,
  [[Aled Braithwaite|name]] at Solway Coast, [[01900 706 318|phone]]. She said [[Aled|name]] already knows about [[Kai|name]] going to
  [[Maryport|place]].

My questions: can I ask the FA to check [[Craig|name]]'s DBS again? Can I suspend him from coaching while it's looked at? Do I
tell the other parents? One of them, Mrs [[Keswick|name]] (her son [[Owen|name]] is in the same squad), has already heard
something at the [[Seaton|place]] tip run and is asking questions. We have a game away at [[Egremont|place]] on Sunday [[15th|date]] and
[[Craig|name]] usually drives.

The lads [[Craig|name]] has given lifts to this season, as far as I know: [[Kai Pharaoh|name]], [[Brandon Sharp|name]] (he left us in
September and plays for [[Flimby|place]] now), [[Owen Keswick|name]], [[Jack Gate|name]] and [[Riley Fisher|name]]. [[Jack|name]]'s dad,
Mr [[Stephen Gate|name]], drives as well.

Thanks,
[[Lindsey Appleby|name]]
Club Welfare Officer, Moorclose Magpies JFC (home ground: the [[Moorclose|place]] Community Centre pitches, [[Needham Drive|address]])
[[07933 714 506|phone]]

---------- Reply ----------
From: [[Danielle Moffat|name]] <[[danielle.moffat@cumberlandfa.com|email]]>
Date: Fri, [[13 Nov 2026|date]], 09:12
Hi [[Lindsey|name]], thank you - you have done exactly the right things. Please do not tell Mr [[Penrith|name]] or the other parents
anything yet. I have spoken to the LADO ([[Andrea Hine|name]]) this morning; she will ring you today. I am putting an interim
suspension in place from the FA's side, so he can't coach on Sunday; I will tell him myself. Please arrange other transport
to [[Egremont|place]]. Can you send me the note of what Ms [[Fearon|name]] said? Kind regards, [[Danielle|name]] (County Designated
Safeguarding Officer)
"""),
    ("police referral form scanned and OCR'd, with the misreadings", """[Scanned PDF of a handwritten Cumbria Police child concern form,
converted by OCR on the
council's document system. The OCR text is kept as it came out; the social worker ([[A Braithwaite|name]]) added the corrections
in curly brackets on [[17/11/2026|date]].]

CUMBRIA C0NSTABULARY - CHILD C0NCERN / VULNERABLE PERS0N REFERRAL (VPR1)
0fficer: PC l2O4 [[Kerry Graharn|name]] {[[Graham|name]]}     Stati0n: [[W0rkingt0n|place]] {[[Workington|place]]}     Date:
[[l4/ll/2O26|date]] {[[14/11/2026|date]]}
Time: O1:45

CHILD
Surnarne: [[PHAR0AH|name]]   F0renarne(s): [[KAl|name]] {[[Kai|name]]}   D0B: [[3O/Ol/2Ol2|dob]] {[[30/01/2012|dob]]}   Age: l4
Address: [[36 Peart Rd|address]], [[M00rclose|place]], [[W0rkingt0n|place]] [[CAl4 3NB|postcode]] {[[CA14 3NB|postcode]]}
Sch00l: [[M00rcl0se Cornmunity|school]] {[[Moorclose Community School|school]]}

PARENT / CARER
[[Stacey FEAR0N|name]] (rnother) rnob [[07512 860 374|phone]]    Father: [[J0rdan PHARA0H|name]] - in
cust0dy HMP Durharn

CIRCUMSTANCES
At O0:5O hrs [[KAl|name]] was found by patrol 0n the f00tpath by [[Maryp0rt|place]] harb0ur {[[Maryport|place]]}, with an0ther y0uth
[[Brandon SHARP|name]] ({[[Brandon Sharp|name]]}, l5, 0f [[Flimby|place]]). B0th 0n bikes. [[KAl|name]] had a rucksack c0ntaining
£34O cash and 2 ph0nes (0ne a "burner"). N0 drugs f0und. [[KAl|name]] said he had been at his grandad's ({[[Billy FEARON|name]]},
[[5 Church Terr|address]], [[Ewanrigg|place]]) and was "g0ing h0me". Mr [[FEAR0N|name]] when c0ntacted said [[KAl|name]] had n0t been there
since Sunday. [[KAl|name]] refused t0 give the PIN t0 either ph0ne. When asked wh0 the cash was f0r he said "[[Tatty|name]]".
Re-c0ntact: [[KAl|name]] taken h0me at O1:3O. Mum very up set, said she had rep0rted him missing at 23:OO (lncident
[[l4/ll|date]] - O72l).

RlSK: HlGH - crirninal expl0itati0n (cunty lines, [[Whitehaven|place]] / [[Maryp0rt|place]]). Referred t0 the MACE c0-0rdinat0r,
DS [[Cl0ugh|name]] {[[Clough|name]]}. Flagged: NRM to be c0nsidered.
Signed: [[K Graharn|name]]  l2O4
"""),
]

DOCS_D += [
    ("missing and child exploitation (MACE) panel minutes", """WEST CUMBRIA MACE PANEL (Missing And Child Exploitation) - MINUTES -
CONFIDENTIAL
Meeting: Thursday [[19 November 2026|date]], 10:00-12:30, Microsoft Teams
Chair: DI [[Sarah Nicholson|name]] (Cumbria Police)   Minutes: [[Beth Wilkinson|name]] (business support)
Present: [[Aled Braithwaite|name]] (SW, Solway Coast); DS [[Mark Clough|name]] (MACE co-ordinator); [[Kath Tyson|name]] (YJS);
[[Liam Bragg|name]] (Barnardo's exploitation worker); Mrs [[Jane Irving|name]] (DSL, [[Moorclose
Community School|school]]);
[[Neil Huddart|name]] (school nurse); [[Andrea Hine|name]] (LADO, item 4 only)
Apologies: [[Siobhan Tyson|name]] (Probation)

Item 3: [[Kai PHARAOH|name]] ([[30/01/2012|dob]]), [[36 Peart Road|address]], [[Workington|place]]. UPN [[P909040518086|upn]]. Third
time at panel.
DS [[Clough|name]]: since the last panel, two missing episodes ([[8/11|date]] and [[14/11|date]]); on [[14th|date]] found at
[[Maryport|place]]
harbour at 00:50 with [[Brandon Sharp|name]] (15, [[Flimby|place]]), £340 and two phones. Intelligence links both boys to a line
run from [[Whitehaven|place]] by a man known as "[[Tatty|name]]" (believed to be [[Tatham, Ryan|name]], 24, of [[Mirehouse|place]]),
whose cousin [[Craig Penrith|name]] coaches [[Kai|name]]'s football team. Mr [[Penrith|name]] is suspended from coaching (the FA, [[13
November|date]]) and the LADO is managing the allegation.
[[Aled|name]]: [[Kai|name]] is saying little. Mum ([[Stacey|name]]) is engaged and reports every missing episode. Grandad ([[Billy
Fearon|name]], [[Maryport|place]]) has said [[Kai|name]] can stay with him but he lives four streets from the harbour and the boys gather
near his house. Dad ([[Jordan Pharaoh|name]]) is on remand at HMP Durham (sentence on [[10/11|date]] adjourned to [[8 December|date]]).
[[Skye|name]] (6) is well at [[Ashfield Infants|school]].
Mrs [[Irving|name]]: attendance 71%; [[Kai|name]] has a new group of friends from [[Seaton|place]] and a girl, [[Maisie|name]], from
[[Harrington|place]]; he was seen with a new phone at school. He has a good relationship with the PE teacher, Mr [[Hodgson|name]].
[[Liam Bragg|name]]: has met [[Kai|name]] twice at the [[Workington|place]] YMCA; [[Kai|name]] talks about football and about his dad.
Actions: 1. NRM referral to be made by [[Aled|name]] (by [[26/11|date]]). 2. Disruption: police to visit [[Tatham|name]]'s known
addresses on
[[Mirehouse Road|address]] and [[Woodhouse|place]]; the grey Vauxhall Corsa [[PE20 HXB|vehicle]] to be flagged. 3. Safety plan with Mum and
Grandad: [[Kai|name]] home by 9, phone checks, taxi account for football. 4. [[Kai|name]] to be offered a place on the Carlisle
United in the Community programme ([[Liam|name]]). 5. Next review [[17 December 2026|date]].
Also discussed under item 3 (associates, for the police only): [[Brandon Sharp|name]] (MACE, [[Flimby|place]]; SW [[Cheryl Ritson|name]]);
[[Maisie Clark|name]] (not known); [[Kyle Birkett|name]] (17, [[Seaton|place]], [[07423 918 065|phone]]); and [[Ryan Tatham|name]]'s
partner,
[[Jodie Moore|name]], of [[Hensingham|place]]. Circulation: the panel; [[Workington|place]] NPT (Sgt [[Ian Dixon|name]]); the Youth
Justice Service manager ([[Gareth Relph|name]]).
Chair's summary: risk remains HIGH. Signed [[S. Nicholson|name]], DI.
"""),
]


# --- E. Hebborn / Gratton family (travelling showmen), a winter yard at Lufton, near Yeovil, with a girl privately fostered -

YARD_E = d.Address("Hebborn's Yard, Lufton Lane", "Lufton", "Yeovil", "BA22 8SZ")
FOSTER_E = d.Address("14 Mudford Road", "", "Yeovil", "BA21 4AB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Liberty", "Hebborn")], dt.date(2011, 11, 2), addresses=[FOSTER_E, YARD_E],
       ids=["5025123364", "Z933471922540"], schools=["Westfield Academy"]),
    _p("s", "sibling", [("Sonny", "Hebborn")], dt.date(2017, 9, 15), addresses=[YARD_E], ids=["5938965837", "U933613520952"]),
    _p("m", "mother", [("Roseanne", "Hebborn")], dt.date(1987, 6, 29), addresses=[YARD_E], phones=["07976 402 881"],
       ids=["6538235662"]),
    _p("f", "father", [("Levi", "Hebborn")], dt.date(1984, 1, 13), addresses=[YARD_E], phones=["07831 557 209"]),
    _p("o", "other", [("Mandy", "Dampier")], dt.date(1979, 4, 4), addresses=[FOSTER_E], phones=["07717 630 548"],
       emails=["mandydampier@btinternet.com"]),
    _p("p1", "professional", [("Priya", "Sandhu")], phones=["01935 462 730"], emails=["priya.sandhu@levelsandvales.gov.uk"]),
], "c")

DOCS_E = [
    ("private fostering notification form", """LEVELS AND VALES COUNCIL - CHILDREN'S SERVICES
NOTIFICATION OF A PRIVATE FOSTERING ARRANGEMENT (The Children (Private Arrangements for Fostering) Regulations 2005)
Received: [[3 March 2026|date]] by email from the school (the form completed by the proposed carer, typed up by the front door)

PART 1 - THE CHILD
Full name: [[Liberty Rose Hebborn|name]]     Known as: [[Libby|name]] / "[[Lib|name]]"     DOB: [[2nd November 2011|dob]]     Age: 14
School: [[Westfield Academy|school]], [[Yeovil|place]] (Year 10)    NHS no: [[502 512 3364|nhs]] (from the school's records)
Home address (parents): [[Hebborn's Yard|address]], [[Lufton Lane|address]], [[Lufton|place]], [[Yeovil|place]] [[BA22 8SZ|postcode]]
(winter
quarters, November to March; from March to November the family travel with their rides)
Religion / culture: "Showmen, Church of England" ("we're not Travellers, we're Showmen, members of the Guild")

PART 2 - THE PROPOSED CARER
Name: [[Mandy Dampier|name]] (and her husband [[Steve Dampier|name]])     DOB: [[04/04/1979|dob]]
Address: [[14 Mudford Road|address]], [[Yeovil|place]] [[BA21 4AB|postcode]]   Tel: [[07717 630 548|phone]]   Email:
[[mandydampier@btinternet.com|email]]
Others in the household: [[Steve Dampier|name]] (47, delivery driver), [[Jessica Dampier|name]] (14, [[Liberty|name]]'s friend from
[[Westfield|school]]), [[Callum Dampier|name]] (19, at college in [[Taunton|place]] in the week, home at weekends). A dog.
Relationship to the child: "mother of her best friend. I have known [[Libby|name]] since they were 9, when she first came to
[[Westfield|school]] in the winter."

PART 3 - THE ARRANGEMENT
Start date: Sunday [[8 March 2026|date]] (the family's first fair of the season is [[Bridgwater|place]], then [[Glastonbury|place]],
[[Weston|place]]
and the summer on the coast at [[Burnham-on-Sea|place]]; in September [[Barnstaple|place]] and the [[Tavistock|place]] Goose Fair, and
back for [[Bridgwater|place]] Carnival Fair in November)
Expected end: "when the family come back to the yard, about [[7 November|date]]" - about 8 months; then every year until her GCSEs
in summer 2028.
Why: [[Liberty|name]]'s parents want her to stay in one school for her GCSEs. Last year she went on the road and did "school on
the road" with the Traveller Education Service and missed most of Year 9.
Parents' contact while the child is with the carer: Mum ([[Roseanne Hebborn|name]], [[07976 402 881|phone]]) and Dad ([[Levi Hebborn|name]],
[[07831 557 209|phone]]) will come back most Sundays; [[Liberty|name]] will go to them for the holidays "wherever the fair is".
Money: the parents will pay £80 a week. Medical: asthma (inhaler), GP at the [[Hendford|place]] surgery in [[Yeovil|place]].
Parental consent: signed by both parents "[[R. Hebborn|name]]" and "[[L. Hebborn|name]]" on [[1/3/26|date]].
Notifier's signature: [[M Dampier|name]]     Date: [[2.3.2026|date]]

FOR OFFICE USE
Checks requested [[04/03/2026|date]]: police (PNC and local) on [[Mandy|name]], [[Steve|name]] and [[Callum Dampier|name]]; health;
school; LADO.
Note from the front door ([[Keeley Rendell|name]]): the school's DSL, Mr [[Andrew Pavey|name]], says there are no concerns about
[[Liberty|name]] at school; her attendance in winter is 97%. There was a referral in 2024 from [[Tavistock|place]] (Devon) about
her brother [[Sonny|name]] (then 7) being found on a ride's platform at night; NFA. Allocated for the first visit within 7 days
(reg. 4): [[Priya Sandhu|name]].
Referees given by the carer: Mrs [[Jenny Cox|name]] (neighbour, [[12 Mudford Road|address]]) and Mr
[[Owain Price|name]] (her manager at the [[Yeovil|place]] hospital, [[01935 384 118|phone]]). Other adults who may
look after [[Liberty|name]]: [[Mandy|name]]'s mother, Mrs [[Brenda Luffman|name]], of [[Sherborne|place]]
([[01935 813 277|phone]]), and the family's friend on the fair, Mr [[Jimmy Whiteley|name]], at [[Glastonbury|place]] in May.
[[Liberty|name]]'s uncle, [[Daniel Gratton|name]], is NOT to collect her
(mother's instruction, [[5 March|date]]).
"""),
    ("social worker's visit notes typed in lower case", """private fostering - visit notes - [[liberty hebborn|name]] (typed up on the
phone in the car, no capitals, sorry - p.s.)

visit 1. [[10.3.26|date]], 16:15-17:40, at [[14 mudford road|address]]. seen: [[liberty|name]] alone in her room, then [[mandy|name]] and
[[steve dampier|name]] together, then [[jess|name]] briefly. room seen - her own (the box room), bed, desk, lock on the inside of
the door (agreed that's fine). [[libby|name]] says she "loves it here", misses her mum and [[sonny|name]], texts mum every night.
mum and dad were at [[bridgwater|place]] setting up the waltzer. spoke to mum on the phone ([[roseanne|name]]), very positive.
action: regs 4 and 8 forms, copy of the school's letter; dbs for [[callum|name]] chased.

visit 2. [[22/4/26|date]] at school ([[westfield|school]]), with the dsl mr [[pavey|name]] present at the start. [[libby|name]] fine,
revising,
goes to the fair at [[glastonbury|place]] on sundays with [[mandy|name]] driving her. she said one thing that worried me: her uncle
"[[big dan|name]]" ([[dan gratton|name]], mum's brother, on the fair) "has a temper" and that she didn't want to be on the road
this year "because of him". would not say more. asked her if anyone had hurt her - "no, not me". noted. called mum after,
mum said [[danny|name]] is "all mouth" and is travelling with his own family in kent this season.

visit 3. [[2 june|date]] at [[mudford rd|address]]. [[steve|name]] at work. [[mandy|name]] said [[libby|name]] had a row with
[[jess|name]] about a boy
([[tyler|name]] from [[brympton|place]]). otherwise fine. [[liberty|name]] showed me the photos from her cousin [[shaniqua|name]]'s
wedding at
the showmen's guild chapel in [[weston|place]]. she had been allowed to stay over at the yard at [[lufton|place]] on her own the
weekend before - mum and dad and [[sonny|name]] were in [[burnham|place]]. yard man mr [[alf coles|name]] (72) lives in the bungalow
there. she said "i wasn't on my own, [[alf|name]] was there". [[mandy|name]] should have told us - asked her to ring if anything changes.

visit 4. [[29.7.26|date]] at the fair at [[burnham-on-sea|place]] (the family's trailer, with mum, dad, [[sonny|name]]; the
children's nan "old [[sadie|name]]" [[sadie hebborn|name]] in the next trailer). [[libby|name]] here for the holidays. all well. dad
([[levi|name]]) said the school had been "brilliant"; he wants her to go to [[yeovil|place]] college and "be the first [[hebborn|name]] to
do exams". [[sonny|name]] (8) not in school at all since march - dad says the tes teacher mrs [[gulliver|name]] sends work. will
speak to the ehe / tes team about [[sonny|name]]'s education.

visit 5. [[9th sept|date]] at [[mudford rd|address]]. [[libby|name]] said [[dan|name]] rang her from an unknown number
([[+353 87 412 6603|phone]],
irish) and "said stuff" after she posted a picture with [[tyler|name]]. shown me the messages - threatening, calls her a
"gorja's slag". reported to police with her and [[mandy|name]]'s agreement (crime ref AV/26/44871, pc [[hayley brook|name]]).
mum says [[dan|name]] is at the fair in [[dublin|place]] (ireland) and she will "sort it".

next visit due [[7/10|date]]. reg 8 report to my manager [[tom venn|name]]. p.s. ([[priya sandhu|name]])
"""),
]

DOCS_E += [
    ("Facebook Messenger threats from an uncle, printed by the police", """AVON AND SOMERSET POLICE - EXHIBIT HB/3 - Facebook Messenger
conversation, screenshots printed from the
phone of [[Liberty HEBBORN|name]] (14) on [[09/09/2026|date]] by PC 4471 [[Hayley Brook|name]], in the presence of [[Mandy Dampier|name]]
(private foster carer). Crime ref AV/26/44871 (malicious communications). Profile names as displayed.

Participants: [[Libby Hebborn|name]] (the phone's owner); "[[Danny Gratton|name]]" (profile photo: a man by a dodgems ride;
profile says "Lives in [[Appleby-in-Westmorland|place]]", "From [[Bridgwater|place]]"); joined by a number, [[+353 87 412 6603|phone]],
by WhatsApp
call (not shown).

[[5 Sept 2026|date]], 22:41
[[Danny Gratton|name]]: whos the gorja boy in ur pic
[[Danny Gratton|name]]: answer me [[liberty|name]]
[[Danny Gratton|name]]: ur mam and dad let u live with flatties and this is what happens
[[Libby Hebborn|name]]: hes my friend [[tyler|name]] from school leave me alone
[[Danny Gratton|name]]: [[tyler|name]] what. [[tyler|name]] who. where does he live
[[Libby Hebborn|name]]: not telling u
[[Danny Gratton|name]]: ill find out. i no [[mudford road|address]]. i no the [[dampiers|name]]
([[6 Sept 2026|date]], 00:12)
[[Danny Gratton|name]]: u shame ur nan [[sadie|name]] and ur mam
[[Danny Gratton|name]]: when we get back to [[lufton|place]] in november ur coming back on the yard and ur finishing with that school
[[Danny Gratton|name]]: and tell [[roseanne|name]] to stop blocking me
[[7 Sept 2026|date]], 08:03
[[Libby Hebborn|name]]: im telling my social worker
[[Danny Gratton|name]]: tell who u want. shes a gorja to. tell her come see me at [[Appleby|place]] fair in june if she wants
[[Danny Gratton|name]]: [a voice message, 0:47 - transcribed by PC [[Brook|name]]: "...you think [[Levi|name]]'s going to stop me? Your dad
couldn't stop a roundabout... you're a [[Gratton|name]] on your mother's side and you'll do as you're told, and if I see that lad
at [[Weston|place]] when we pull on in October I'll..." (the rest is shouting, not clear)]

Officer's note: the account "[[Danny Gratton|name]]" is believed to be [[Daniel John GRATTON|name]] (DOB [[14/02/1983|dob]]), of
no fixed abode (travelling showman, currently [[Dublin|place]] area). The Irish number is on the PNC for a 2022 public order
matter at [[Ballinasloe|place]] horse fair. [[Liberty|name]]'s mother ([[Roseanne Hebborn|name]]) was informed at 18:20 by phone and
said "leave [[Danny|name]] to us".
"""),
]


# --- F. Hindmarsh / Reay family (white British), kinship care with a grandmother in Leadgate, Consett ----------------------

NAN_F = d.Address("9 Watling Street", "Leadgate", "Consett", "DH8 6DP")
MUM_F = d.Address("Flat 6, Derwent Court", "", "Stanley", "DH9 0TQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Summer", "Hindmarsh-Reay")], dt.date(2013, 7, 21), addresses=[NAN_F], ids=["6784841638", "J840124714019"],
       schools=["Consett Academy"]),
    _p("m", "mother", [("Chantelle", "Hindmarsh")], dt.date(1995, 2, 2), addresses=[MUM_F], phones=["07453 291 806"],
       ids=["4285197146"]),
    _p("g", "grandparent", [("Maureen", "Hindmarsh")], dt.date(1964, 5, 19), addresses=[NAN_F], phones=["01207 583 164"]),
    _p("p1", "professional", [("Callum", "Ord")], phones=["03000 267 915"], emails=["callum.ord@derwentdale.gov.uk"]),
], "c")

DOCS_F = [
    ("Catholic parish safeguarding representative's email", """From: [[Bernadette Gorman|name]] <[[bernie.gorman@rcdhn.org.uk|email]]>
Date: Tue [[24 Nov 2026|date]] 10:16
To: [[Callum Ord|name]] <[[callum.ord@derwentdale.gov.uk|email]]>
Cc: Diocesan Safeguarding Office; Fr [[Anthony Kerrigan|name]]
Subject: [[Summer|name]] - from the parish safeguarding rep, St Patrick's, [[Consett|place]]

Dear Mr [[Ord|name]],

I am the parish safeguarding representative at St Patrick's and I was given your name by [[Maureen Hindmarsh|name]], who is
bringing up her granddaughter [[Summer|name]] ([[Summer Hindmarsh-Reay|name]], 13) at [[Leadgate|place]]. [[Maureen|name]] has been
a parishioner for forty years and does the flowers. She asked me to write down what happened at the youth group on Sunday
evening, as she "can't get the words right on the phone". Father [[Anthony|name]] knows I am writing.

On Sunday [[22nd November|date]], at the end of the youth group in the parish hall (6 to 7.30pm, leaders [[Ciaran Tully|name]] and me),
[[Summer|name]] was collected not by her nan but by a young man in a grey car who waited on [[Front Street|address]] with the engine
running. [[Ciaran|name]] went out to check. The driver said he was "her cousin [[Jay|name]]" and that [[Maureen|name]] had sent him.
[[Summer|name]]
got in before [[Ciaran|name]] could stop her. [[Ciaran|name]] took the registration: [[NK19 OYF|vehicle]] (he is sure of the letters, less
sure of the "19"). He thought the young man was 19 or 20, with a tattoo on his neck, and a [[Sunderland|place]] accent. I rang
[[Maureen|name]]
at 7.40 ([[01207 583 164|phone]]) - she had sent nobody and had been waiting for [[Summer|name]] to walk home with her friend [[Grace
McArdle|name]], who lives on [[Durham Road|address]]. [[Summer|name]] came home at 10.50pm. [[Maureen|name]] called the police at 9pm.

Things the other young people said to [[Ciaran|name]] (I am passing them on as I was told, not as fact):
- [[Grace|name]] said the man is "[[Jayden|name]] off Snapchat" and is from [[Stanley|place]], and that [[Summer|name]] calls him her
  boyfriend. She said he has given [[Summer|name]] vapes and a new phone, and takes her to [[Newcastle|place]] and to a flat in
  [[Annfield Plain|place]].
- A boy, [[Ollie Graham|name]], said [[Summer|name]]'s mam ([[Chantelle|name]]) "knows him", that he "sorts her out", and that
  [[Summer|name]] sees her mam at the flat in [[Stanley|place]] when she is meant to be at her nan's.
- [[Summer|name]] said to [[Grace|name]] last month that she would "rather die" than go into care, and that if anyone tells
  her nan about [[Jayden|name]] "she'll kill herself".

The young people at the group that night (from the register): [[Grace McArdle|name]], [[Ollie Graham|name]], [[Niamh Tully|name]]
([[Ciaran|name]]'s niece), [[Lewis Hutchinson|name]], [[Amelia-Rose Dodds|name]], [[Kacper Nowak|name]] and [[Summer|name]]; the
parent helper was Mrs [[Teresa Lynch|name]].
I have not spoken to [[Summer|name]] about any of this. I have recorded it on the diocesan form (ref CN/2026/118) and told the
diocesan safeguarding office ([[Michael Dunne|name]]). [[Maureen|name]] would like a call from you today; she is frightened and she
is 62 with a bad heart. She said [[Summer|name]]'s other grandmother, Mrs [[Reay|name]] in [[Blackhill|place]], has "washed her hands
of it".

With every good wish,
[[Bernadette (Bernie) Gorman|name]]
Parish Safeguarding Representative, St Patrick's RC Church, [[Consett|place]]   [[07592 348 115|phone]]
"""),
    ("Snapchat data export provided by a grandmother", """[Snapchat "My Data" export (chat_history.json) from [[Summer|name]]'s phone,
obtained by her grandmother on [[25/11/2026|date]] with
[[Summer|name]]'s password and handed to Durham Constabulary (DC [[Leanne Bainbridge|name]]), who gave the social worker a
print of the conversation with the account "jaydz_sndlnd". Usernames are not changed; the display names are shown in
brackets. Times are in UTC, as Snapchat exports them. Saved messages only - snaps that were not saved are missing.]

Received Saved Chat History
From: jaydz_sndlnd ([[Jayden|name]] 💯)   Created: [[2026-11-08|date]] 19:02:44 UTC   Text: u still at ur nans in [[leadgate|place]]
From: summz.x ([[summer|name]] 🌸)   Created: [[2026-11-08|date]] 19:03:10 UTC   Text: ye shes doin my head in
From: jaydz_sndlnd ([[Jayden|name]] 💯)   Created: [[2026-11-08|date]] 19:03:41 UTC   Text: come to [[stanley|place]] ur mams here we got a
bottle
From: summz.x ([[summer|name]] 🌸)   Created: [[2026-11-08|date]] 19:05:12 UTC   Text: cant get the bus past 8 nan checks
From: jaydz_sndlnd ([[Jayden|name]] 💯)   Created: [[2026-11-08|date]] 19:05:30 UTC   Text: ill get [[kyle|name]] to pick u up at the co
op on
[[watling st|address]]
From: summz.x ([[summer|name]] 🌸)   Created: [[2026-11-14|date]] 21:48:02 UTC   Text: [[grace|name]] says ur 19 is that true
From: jaydz_sndlnd ([[Jayden|name]] 💯)   Created: [[2026-11-14|date]] 21:49:15 UTC   Text: im 17 babe shes jealous. dont tell nobody bout
me or ill get in bother n u will 2
From: jaydz_sndlnd ([[Jayden|name]] 💯)   Created: [[2026-11-14|date]] 21:50:40 UTC   Text: ur mam owes me 200 u no
From: summz.x ([[summer|name]] 🌸)   Created: [[2026-11-14|date]] 21:52:03 UTC   Text: thats not my fault
From: jaydz_sndlnd ([[Jayden|name]] 💯)   Created: [[2026-11-14|date]] 21:53:30 UTC   Text: i no babe. u can help her out tho.
[[kyle|name]]s mate [[deggsy|name]] likes u
From: summz.x ([[summer|name]] 🌸)   Created: [[2026-11-22|date]] 16:12:55 UTC   Text: come get me from church at half 7, say ur my
cousin [[jay|name]]
From: jaydz_sndlnd ([[Jayden|name]] 💯)   Created: [[2026-11-22|date]] 16:13:20 UTC   Text: 👍 grey golf
From: summz.x ([[summer|name]] 🌸)   Created: [[2026-11-22|date]] 23:07:44 UTC   Text: nan rang the police im not telling them nothing
From: jaydz_sndlnd ([[Jayden|name]] 💯)   Created: [[2026-11-22|date]] 23:08:01 UTC   Text: good girl. delete this

[Note from DC [[Bainbridge|name]]: the account "jaydz_sndlnd" is believed to be used by [[Jayden Pounder|name]] (DOB [[03/01/2005|dob]]), of
[[Pelton Fell|place]], known to police; the phone it was last used from is [[07398 614 227|phone]]. The grey VW Golf [[NK19 OYF|vehicle]]
is registered to his brother, [[Kyle Pounder|name]]. "[[Deggsy|name]]" is not identified. The display name "[[Jayden|name]] 💯" and the
username's "sndlnd" ([[Sunderland|place]]) are as on the account.]
"""),
]

DOCS_F += [
    ("kinship carer's statement to the family court, in her own words", """IN THE FAMILY COURT SITTING AT NEWCASTLE UPON TYNE
           Case no. NE26P01187
In the matter of the Children Act 1989 and of [[SUMMER HINDMARSH-REAY|name]] (a girl, born [[21 July 2013|dob]])
Applicant: [[MAUREEN ANN HINDMARSH|name]]   Respondents: (1) [[CHANTELLE LOUISE HINDMARSH|name]] (2) [[NATHAN REAY|name]]
                                   (3) Derwent Dale Council

FIRST STATEMENT OF [[MAUREEN HINDMARSH|name]] (special guardianship order application)
I, [[Maureen Ann Hindmarsh|name]], of [[9 Watling Street|address]], [[Leadgate|place]], [[Consett|place]], [[DH8 6DP|postcode]], retired
school cook, say:

1. I am [[Summer|name]]'s nana. [[Summer|name]] has lived with me since she was 4, since the night of [[30th October 2017|date]] when
the police
   brought her to me from her mam's flat in [[Delves Lane|place]]. I have looked after her ever since. I want a special guardianship
   order so I can make the decisions for her and so her mam and dad cannot take her when it suits them.

2. My daughter [[Chantelle|name]] has been on drugs (heroin then crack) since she was 19. She lives at [[Flat 6|address]],
[[Derwent Court|address]],
   [[Stanley|place]], [[DH9 0TQ|postcode]]. I love her but she is not safe for [[Summer|name]]. She sees [[Summer|name]] at my house on a
   Sunday when she is well. I now know she has been seeing [[Summer|name]] at the flat behind my back and that a lad called
   [[Jayden Pounder|name]] is there and gives [[Chantelle|name]] drugs. This is why I found out about him and [[Summer|name]].

3. [[Summer|name]]'s dad is [[Nathan Reay|name]]. He lives in [[Blackhill|place]] with his mother, Mrs [[Irene Reay|name]]. He has not
   seen [[Summer|name]] since her 10th birthday party at the [[Leadgate|place]] club in 2023 when he turned up drunk. [[Irene|name]] used to
   have [[Summer|name]] on a Wednesday but they fell out over Christmas. I would like [[Summer|name]] to see her other nana again if
   [[Irene|name]] wants to.

4. [[Summer|name]] is at [[Consett Academy|school]] in Year 9. She was doing well until this year. Her head of year, Mr [[Paul Kell|name]],
   rang me in September about her missing lessons. She has been going to [[Stanley|place]] and [[Newcastle|place]]. On [[22 November
   2026|date]] she got into a car at church and did not come home until nearly 11. I rang the police. Since then she has an
   exploitation worker, [[Toni Errington|name]], from the council's team, and she likes her.

5. My health: I had a heart attack in 2021 and have angina. My doctor, Dr [[Mahmood|name]] at the [[Consett|place]] medical centre, has
   written a letter. My son [[Gary Hindmarsh|name]] lives in [[Shotley
   Bridge|place]] (tel [[07946 308 552|phone]]) and my sister [[Pat
Wardle|name]] in [[Crook|place]] will help, and if anything happened to me [[Gary|name]] and his wife
   [[Louise|name]] would have [[Summer|name]].

6. I know [[Summer|name]] is angry with me. She says I "grassed on her" and she wants to live with her mam. I will always keep
   her safe even if she hates me for it. She is my world.

I believe that the facts stated in this statement are true.
Signed: [[M A Hindmarsh|name]]                              Dated: [[1st December 2026|date]]
(Statement written with the help of [[Callum Ord|name]], social worker, who typed it from what I said, and read back to me.)
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 23 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 21:28 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "ssgt", "cpl", "lcpl", "wo1", "wo2",
           "lt", "col", "capt", "maj", "insp", "revd", "rev", "rev.", "fr", "father", "padre", "cllr", "nurse", "sister", "coach",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam",
           "mammy", "dad", "daddy", "aunty", "auntie", "uncle", "old", "bu", "nau", "momo", "tai", "ratu", "adi", "talatala",
           "婆婆", "嫲嫲", "媽咪", "爸爸", "哥哥", "老師"}
_AFTER = {"senior", "junior", "老師"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "ireland", "dorset", "wiltshire",
               "somerset", "devon", "cornwall", "cumbria", "cumberland", "west cumbria", "county durham", "durham county",
               "northumberland", "tyne and wear", "lancashire", "kent", "the north east", "north east", "the south west",
               "south west", "fiji", "guernsey", "viti levu", "hong kong", "hk", "香港", "china", "estonia", "kenya", "salisbury plain"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Cpl Isikeli
# Naivalu", "WO2 Darren Kettle", "Revd Alan Sowerby", "Fr Anthony Kerrigan", "Bu Salote", "Nau Losa", "Ratu Josefa", "old
# Sadie", "mrs gulliver"; and after one: "Jo 老師") and counties, regions and countries ("Dorset", "Wiltshire", "Somerset",
# "Cumbria", "County Durham", "Lancashire", "Kent", "Fiji", "Hong Kong", "Ireland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
