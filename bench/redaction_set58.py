"""Set 58: a held-out hand-written set for the redaction detector, six more invented families in Northamptonshire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set59.py,
redaction_set60.py and redaction_set61.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; of set 21's
documents only parts of its first two and its last two were on the screen), the first lines of tests/test_redaction_set25.py
(its size test), the docstrings of bench/redaction_set7.py to redaction_set57.py (printed only as docstrings, and searched for the towns,
districts and communities earlier sets used as a family's home; the bodies of those sets were not opened), the module
docstring and helpers of bench/redaction_handwritten.py, the lines of bench/redaction_heldout.py that a search for its
functions and NI pattern printed (a few lines of its documents among them), and the ruff settings in pyproject.toml.
Phone numbers were checked with the phonenumbers library and NHS numbers
and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in Northamptonshire, each from a town, district or estate no earlier set used as a family's home (set 17's
family lived in Kingswood, Corby, and set 32's in Southbrook, Daventry; neither is used here as a home). Four white British
or mixed families: a young mother grieving her mother's partner on the Blackthorn estate in Northampton, with a nan in
Kingsthorpe and a father in Towcester (Tebbutt / Marriott / Pell; neglect, a dirty house, two dogs that bite a boy of 9 and
then his sister of 3, a boy found alone at night at the shops); a baby of 11 weeks with a femur fracture and older rib
fractures in Rushden, with grandmothers in Higham Ferrers and Irthlingborough (Sharman / Desborough; a father whose surname is
a Northamptonshire town, a child protection plan, a father's messages to his brother); a young carer of 12 for a mother with
multiple sclerosis in Brackley, with a nan in Banbury and a father who loses his HGV licence for drink-driving (Wootton /
Gascoigne); and a girl of 15 privately fostered by her best friend's mother in Kettering after her mother's bipolar
admission, from a home on Ise Lodge, with a father in Corby and a mother's partner who worries her (Ashby / Clarke / Oakley /
Garfield). Two from communities no earlier set used: a Trinidadian family in Hemmingwell, Wellingborough, with a grandmother in
San Fernando and an aunt in Brooklyn (Baptiste / Lewis; a boy of 15 criminally exploited through county lines into Corby and
Irthlingborough, a return home interview, an NRM referral, a mother's WhatsApp with her mother in Trinidadian English), and a
Tigrayan refugee family from Ethiopia in Semilong, Northampton, with a father missing in the Tigray war since 2021, a brother
in Dubai and a grandmother in Mekelle (Gebremedhin / Haftom; a girl of 14 hit with a hanger by a frightened, traumatised
mother, a young carer and interpreter, a boy of 8's direct work, names, places and a date in Tigrinya (Ge'ez script), and
the Ethiopian naming custom by which the children's second name is their father's first name). 24 documents, 13 of them plain
professional recording (a home visit case note, a chronology, a return home interview, strategy meeting minutes, a child and
family assessment extract, a direct work record, a child protection conference report, health visitor record entries, core
group minutes, a GP letter, a child in need review, a private fostering assessment and a letter to a mother) and 11 of the
other kinds a case file holds, in types or styles new to these sets where that could be done: a grandmother's handwritten
letter scanned with OCR (with OCR errors: "N0rthampton", "lvy"), voicemail-to-text transcripts from a duty phone (with
mis-hearings: "toaster" for Towcester, "Carol teb but", "karashi"), a National Referral Mechanism form typed up from a PDF, a
mother's WhatsApp chat with her mother in Trinidad (US date order), a secondary school's CPOMS log export, a mother's letter in
Tigrinya with an interpreter's translation, a police disclosure of Facebook Messenger messages, a young carers' online
referral form, a Microsoft Teams chat between school staff, a social worker's voice-typed notes on her phone
(un-tidied speech-to-text, "tie-rone"), and a school safeguarding lead's email chain (newest first).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Trinidad and Tobago, the United States, Ethiopia, the United Arab Emirates); NHS numbers
pass their check digit; UPNs pass their check letter and carry 928, the LA number of the old Northamptonshire County Council
under which these children's UPNs were issued; NI numbers have a valid format. Councils are invented (Nene Vale, Ise Valley),
and so are Goldings Park Primary, Nene Meadows Academy, Croyland Brook Primary, Semilong Community Primary, Radstone Fields
Primary, Little Acorns Day Nursery, Greenview Surgery, Prestige Care and the Medhane Alem church of the story; towns,
districts, estates, villages, real schools (Weston Favell Academy, Magdalen College School, Kettering Buccleuch Academy, Hall
Meadow Primary, Hawthorn Primary), real charities and services (Service Six, Aquarius, Northamptonshire Carers, LanguageLine,
Place2Be, the British Red Cross, the RSPCA), NHS bodies and hospitals (Kettering General Hospital, KGH, Northampton General
Hospital, Leicester Royal Infirmary, the John Radcliffe, St Mary's Hospital, the Welland Centre, NHFT), police, prisons
(HMP Onley), courts, shops, brands, apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is
a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC, Nan, Granny, Mammy, Mum, Uncle, Tanty (a Trinidadian aunt), aunty, Abba
(an Orthodox priest), the Tigrinya "ወ/ሮ" (Mrs) with its "ን" (to)) stay outside the name span; a possessive 's and a bare s in
texting or handwriting ("[[jan]]s", "[[chlo]]s", "[[Ivy-Rose]]s") stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("TEBBUTT, Kayden", "BAPTISTE, Jaden Akeem", "DESBOROUGH, Arlo", "Haftom,
Selam"), and so is "SURNAME First"; an initial with a surname is one span ("H. Dunkley", "C. Tebbutt"), and so is a first name
with an initial after it ("Amber A", "Archie W"); initials alone ("A.T.", "KBA" as the school's initials excepted) are not
marked; a name broken by a line break is one span holding the break, and so is an address, a place, a school or a date;
social media handles ("jbap_11") are not marked, but street names and aliases a person goes by are names ("Skeng", "C-Dog",
"J-Bap", "Jayds", "Jayds WBRO" marks "Jayds"); a contact saved under a kinship word ("Mammy") is not a name; a family name in
the plural ("the Oakleys") is a name. A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address, and so is a neighbour's bare house number ("no. 31", "number 16", "no 7") and an address
abroad ("14 Coffee Street", San Fernando); towns, cities, villages, districts and estates are places, at home or abroad and in
any script ("Blackthorn", "Lings", "Hemmingwell", "Semilong", "Kingsley", "Mekelle", "መቐለ", "ዱባይ", "ኖርዝሃምፕተን");
countries, counties and regions are not ("Northamptonshire", "Trinidad", "Tobago", "Ethiopia", "Tigray", "Sudan", "Libya",
"Italy"); organisations are not marked even when they hold a town's or a person's name; a school's name is a school, and so
is its short form and a nursery's name ("Nene Meadows", "Croyland Brook", "Radstone Fields", "KBA", "goldings park", "hall
meadow", "Little Acorns"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays
outside), the bare day in a diary line ("the 3rd", "the 18th") is a date; months, seasons and years alone ("March 2021",
"June 2026", "spring 2027", "2023") are not marked; pets' names (Tank, Honey) are not names; parks, gardens, shopping centres
and attractions are landmarks and stay unmarked (the Racecourse, Swanspool Gardens, Rushden Lakes, "the lakes"); a surname or
first name that is also an English word or a town is marked by what it refers to ("Hope", "Summer", "Faith", "Joy", "Amber",
"Skye", "Chelsea", "Hunter" and "Desborough" are names when they are people; "Desborough" and "Brooklyn" are places when they
are places, and "Hunter Street", "Stamford Road" and "Kettering Road" are addresses); a name in another script (Tigrinya
"ሰላም", "ዮናስ", "ለተብርሃን ገብረመድህን", "ዮኒ") is a name; a service, branch or trip named by its town ("the Tesco in Kettering",
"the Family Centre in Wellingborough", "kettering hospital" in a message) marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a team, hub or area
office of a larger body named by its town ("Rushden HV team", "Rushden Family Hub", "Kettering Area Office") marks the town,
while the proper name of a building or an organisation of its own ("Rushden Fire Station" as a meeting place, "Rushden Medical
Centre", "Brackley Medical Centre", "Brackley Town Juniors", "Abington Park Surgery", "Northampton Magistrates' Court",
"Kettering General Hospital") stays unmarked; a mis-heard or OCR-garbled name or place in a machine transcript ("Carol teb
but", "karashi", "Jordan pel", "tie-rone", "toaster", "N0rthampton", "lvy") is marked by what it refers to, and so is an
un-hyphenated "ivy rose"; "burton" for Burton Latimer and "Kay", "Shan", "keish", "chlo", "trace" and "jan" as short forms are
places and names; an Ethiopian-calendar date with a day ("1 ታሕሳስ 2019", "1 Tahsas 2019") is a date, and so is a US-order
date in a phone's chat export ("11/8/26"); the Tigrinya greeting was kept out of the letter so that "ሰላም" is only ever the
girl; "Baba", "Mama" and "Mammy" are kinship words; "the Guildhall" (the council's offices) is an organisation; a police,
crime, NRM, CPOMS or form reference number ("MIS-26-118842", "26-HI-2213", "#YC-26-03318", "PF/26/0142", "KN/07") is not
marked; a handset's download size and kilogram weights are not dates.

Self-check without the detector: `python -m bench.redaction_set58` (and tests/test_redaction_set58.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,101 gold spans, 621 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tebbutt / Marriott / Pell family (white British), Blackthorn, Northampton ------------------------------------------

HOME_A = d.Address("27 Sloe Walk", "Blackthorn", "Northampton", "NN3 8QT")
NAN_A = d.Address("5 Harborough Road", "Kingsthorpe", "Northampton", "NN2 7AZ")
DAD_A = d.Address("Flat 2, 9 Watling Street East", "", "Towcester", "NN12 6AD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Tebbutt")], dt.date(2017, 5, 22), addresses=[HOME_A], ids=["933 303 7659", "C928313716608"],
       schools=["Goldings Park Primary School"]),
    _p("s", "sibling", [("Ivy-Rose", "Marriott")], dt.date(2023, 2, 8), addresses=[HOME_A], ids=["447 964 9107"]),
    _p("m", "mother", [("Shannon", "Tebbutt")], dt.date(1999, 9, 30), addresses=[HOME_A], phones=["07831 442 917"]),
    _p("f", "father", [("Lewis", "Marriott")], dt.date(1997, 4, 4), addresses=[HOME_A], phones=["07946 118 305"]),
    _p("f2", "father", [("Jordan", "Pell")], dt.date(1996, 12, 1), addresses=[DAD_A], phones=["07588 203 614"]),
    _p("g", "grandparent", [("Carol", "Tebbutt")], dt.date(1971, 6, 17), addresses=[NAN_A], phones=["01604 713 528"]),
    _p("p1", "professional", [("Hollie", "Dunkley")], phones=["01604 367 204"], emails=["hollie.dunkley@nenevale.gov.uk"]),
], "c")

DOCS_A = [
    ("home visit case note", """CASE NOTE - HOME VISIT (unannounced)
Child: [[Kayden TEBBUTT|name]] (DOB [[22/05/2017|dob]])    Sibling: [[Ivy-Rose MARRIOTT|name]] (DOB [[08/02/2023|dob]])
Address: [[27 Sloe Walk|address]], [[Blackthorn|place]], [[Northampton|place]] [[NN3 8QT|postcode]]
Date of visit: Thursday [[15 October 2026|date]], 16:10-17:25    Worker: [[Hollie Dunkley|name]], Social Worker, Nene Vale Council
Present: [[Shannon Tebbutt|name]] (mother), [[Lewis Marriott|name]] (mother's partner, [[Ivy-Rose|name]]'s dad), both children.
Also present for the first 10 minutes: a neighbour, [[Stacey|name]] from [[no. 31|address]], who left when I explained who I was.

Purpose: follow-up of the referral from [[Goldings Park Primary|school]] on [[12/10/2026|date]] ([[Kayden|name]] came to school on
three days running in the same clothes, hungry, with a dog bite on his left forearm that he said happened "at home").

The house: the front door was opened by [[Kayden|name]]. A strong smell of dog urine and old food in the hall. Two dogs (a
large XL bully type called Tank and a Staffie called Honey) were shut in the kitchen and barking through the visit. The
living room had a bare mattress on the floor, which [[Shannon|name]] said [[Kayden|name]] sleeps on "because his bed broke in the
summer". Dog faeces on the back garden path and on the kitchen floor. The fridge held milk (out of date [[11 October|date]]),
margarine and a bottle of Fanta. [[Ivy-Rose|name]]'s cot upstairs had a clean sheet; her nappy was heavy and she had a red
rash on her bottom.

[[Kayden|name]] (seen alone in the garden, then in his room): He showed me the bite - two puncture marks, healing, no sign of
infection - and said Tank "got me when I was getting his bowl, it's my job to feed them". He said [[Lewis|name]] "done the
plaster". He said he gets his own breakfast "if there's cereal" and that his nan [[Carol|name]] in [[Kingsthorpe|place]] does him
"proper tea" on Sundays. Asked what would make home better, he said "a bed, and Tank going to [[Jordan|name]]'s" (his dad
in [[Towcester|place]]) "cos he's got a garden".

[[Shannon|name]]: tearful; said she has not been sleeping since her mum's partner [[Terry|name]] died in August and that [[Lewis|name]]
"does nights at DHL at [[Crick|place]]" and sleeps in the day. She agreed the dogs are "too much". She said the XL bully is
registered and has an exemption certificate but could not find it. She gave me her number, [[07831 442 917|phone]], and said
the best time to reach her is after 11.

[[Lewis|name]] ([[07946 118 305|phone]]): quiet, polite; said he would fix the bed at the weekend, and that his brother [[Callum|name]]
in [[Daventry|place]] would take Tank "for a bit". He did not know about the school's concerns.

Actions agreed: (1) [[Shannon|name]] to take [[Kayden|name]] to the GP at Greenview Surgery re the bite by [[19/10|date]]; (2) I
will apply to the Family Support Fund for beds and bedding; (3) the dogs to be kept out of the children's reach, and Tank to
go to [[Callum Marriott|name]]'s by Sunday [[18 October|date]]; (4) I will ring [[Carol Tebbutt|name]] ([[01604 713 528|phone]]) with
[[Shannon|name]]'s agreement; (5) strategy discussion if the bite is found to be worse than seen. Next visit: Tuesday [[20/10/26|date]].
[[H. Dunkley|name]]  [[15.10.2026|date]] 18:02
"""),
    ("chronology of significant events", """NENE VALE COUNCIL - CHILDREN'S SERVICES
CHRONOLOGY OF SIGNIFICANT EVENTS: [[TEBBUTT, Kayden|name]] and [[MARRIOTT, Ivy-Rose|name]]
Compiled by [[Hollie Dunkley|name]] (SW) for the pre-proceedings meeting; updated [[03/12/2026|date]]

Date            | Event                                                                    | Source
[[22.05.2017|dob]]      | [[Kayden|name]] born at Northampton General Hospital to [[Shannon Tebbutt|name]] (17) and
[[Jordan Pell|name]] | Health
[[04.01.2018|date]]      | HV notes "flat damp, mum coping well with nan's help" ([[Carol Tebbutt|name]])               | HV record
[[19.08.2019|date]]      | Police called to [[Flat 6, Kettering Road|address]], [[Abington|place]]: argument between [[Shannon|name]]
                | and [[Jordan|name]]; no injuries; DASH standard; [[Kayden|name]] (2) asleep                    | Northants Police
March 2021      | [[Jordan|name]] moves to [[Towcester|place]]; contact every other weekend                         | Mother
[[08.02.2023|dob]]      | [[Ivy-Rose|name]] born to [[Shannon|name]] and [[Lewis Marriott|name]]                                    | Health
[[11.06.2024|date]]      | Family move to [[27 Sloe Walk|address]], [[Blackthorn|place]] (housing association tenancy)          | Housing
[[23.01.2025|date]]      | School attendance 81%; letter to mother; meeting with Mrs [[Bromwich|name]] (attendance officer)    | School
[[02.05.2025|date]]      | [[Ivy-Rose|name]] misses her 2-year review; HV [[Priya Lad|name]] visits, no answer                 | HV record
[[31.08.2026|date]]      | Death of [[Terry Coles|name]], maternal grandmother's partner                             | Mother
[[12.10.2026|date]]      | Referral from [[Goldings Park Primary|school]] (DSL Mr [[Aaron Kightley|name]]): hunger, clothes, dog bite | MASH
[[15.10.2026|date]]      | Unannounced home visit (see case note); poor home conditions; two dogs   | SW
[[16.10.2026|date]]      | GP (Dr [[Nkechi Obi|name]]) sees bite: healing, antibiotics not needed       | GP letter
[[18.10.2026|date]]      | Tank taken by [[Callum Marriott|name]] to [[Daventry|place]]                   | [[Lewis|name]]
[[21.10.2026|date]]      | Strategy discussion: s47 not needed; CIN plan                            | Minutes
[[02.11.2026|date]]      | Beds delivered (Family Support Fund). Neighbour [[Stacey Rowlett|name]] ([[no. 31|address]]) rings
                | MASH: "the kids are left with the dogs while mum goes to the Co-op"       | MASH
[[13.11.2026|date]]      | [[Kayden|name]] found by PCSO [[Dan Fensome|name]] at 21:40 at the shops on [[Lings Way|address]], alone,
                | looking for [[Lewis|name]]; taken home; mother asleep                             | Police
[[14.11.2026|date]]      | Second bite ([[Ivy-Rose|name]], right cheek), from Honey; A&E; seen by Dr [[Faraz Qureshi|name]]      | ED notes
[[20.11.2026|date]]      | Honey signed over to the RSPCA; [[Carol|name]] moves in for 2 weeks             | SW
[[26.11.2026|date]]      | Legal gateway: pre-proceedings agreed                                    | Legal
"""),
    ("grandmother's handwritten letter, scanned with OCR", """[scanned 2 pages, OCR text, received by post [[23 Nov 2026|date]] - spelling
and line breaks as the letter]

                                                     [[5 Harborough Rd|address]]
                                                     [[Kingsthorpe|place]]
                                                     [[N0rthampton|place]] [[NN2 7AZ|postcode]]
                                                     [[20th Nov 2026|date]]
Dear Miss [[Dunkley|name]],

I am [[Kayden|name]] and [[Ivy-Rose|name]]s Nan, [[Carol Tebbutt|name]], I am writing this because I cant say it all on the phone
and my daughter [[Shan|name]] dont know I am writing so please dont read it out at the meeting.
I know the house has got bad. I went round on the Sunday after [[lvy|name]] got bit and I was ashamed. It was not
like that when [[Terry|name]] was alive, he used to go round and do the garden and take the dogs up the
Racecourse and [[Kay|name]] would go with him. [[Shannon|name]] was always a good mum, she was only 17 with
[[Kayden|name]] and she done it all on her own when [[Jordan|name]] went off to [[Towcester|place]] with that girl [[Leanne|name]].

I will have both of them if it comes to it. I am 55 and I work mornings at the Sainsburys on [[Weston
Favell|place]] but I can change my hours. My flat has two bedrooms. My neighbour Mrs [[Nightingale|name]] at [[no 7|address]]
can do the school run. I dont want them going with strangers. [[Lewis|name]] is alright but he dont stand up
to her and his family in [[Daventry|place]] are no help, his mum [[Bev|name]] never even come to the
christening.

Please can I come to the meeting on the [[3rd|date]]. I would like to be on the plan. My number is
[[01604 713528|phone]] or my mobile [[07862 331 480|phone]] (my other grandaughter [[Chelsea|name]] put it in for me).

Yours sincerley
[[C. Tebbutt|name]] (Mrs)

PS [[Kayden|name]] says he wants his bed at mine to be the bunk one. He is a good boy, he just needs someone
to be there.
"""),
    ("voicemail-to-text transcripts from the duty phone", """DUTY LINE - VOICEMAIL TO TEXT (automatic transcription, not checked) -
saved to the case file by [[H Dunkley|name]]

[1] Received Fri [[13 Nov 2026|date]] 22:18 from [[07946118305|phone]] (36 sec)
"hi it's [[lewis|name]] um [[Lewis Marriott|name]] I'm ringing about [[Kayden|name]] the police brought him back he was at the shops on
[[lings way|address]] sorry [[lings|place]] I was at work at [[crick|place]] I didn't know [[shan|name]] was asleep I'm on my way now
it's um ring me back on this number thanks bye"

[2] Received Sat [[14 Nov 2026|date]] 09:02 from [[01604713528|phone]] (58 sec)
"hello this is [[Carol|name]] [[Carol teb but|name]] the nan of [[kayden|name]] and [[ivy rose|name]] I'm at the hospital general with
[[shannon|name]] the dog's gone for [[ivy-rose|name]] face she's had stitches the doctor doctor [[karashi|name]] said they have to tell
you anyway I'm telling you first I want that dog gone I'm taking them back to mine at [[Harborough road|address]] can someone
ring me back please"

[3] Received Mon [[16 Nov 2026|date]] 08:41 from [[+44 7588 203614|phone]] (41 sec)
"yeah alright it's [[Jordan|name]] [[Jordan pel|name]] [[Kayden|name]]'s dad I've heard off [[Chelsea|name]] what's been going on I want
him with me in [[toaster|place]] I've got a garden and a spare room me and [[Leanne|name]] have split up so it's just me
I'm at [[9 watling street east|address]] flat 2 call me back on this number"

[4] Received Mon [[16 Nov 2026|date]] 12:37 from [[07723 418 096|phone]] (22 sec)
"hi it's [[Stacey|name]] from [[number 31|address]] [[Sloe walk|address]] I rang before I just wanted to say the little girl's
been crying for an hour and the car's gone I'm not being funny I've got kids myself"

[5] Received Tue [[17 Nov 2026|date]] 15:55 from [[01604 892 441|phone]] (30 sec)
"good afternoon it's [[Aaron Kightley|name]] DSL at [[goldings park|school]] [[Kayden|name]] has told his class teacher Miss [[Bowen|name]]
that he's going to live at his dad's in [[towcester|place]] on Saturday is that right could you give me a call thank you"
"""),
]


# --- B. Baptiste / Lewis family (Trinidadian), Hemmingwell, Wellingborough ---------------------------------------------------

HOME_B = d.Address("41 Kestrel Way", "Hemmingwell", "Wellingborough", "NN8 3JP")
DAD_B = d.Address("Flat 12, Eden Court, 88 Lordship Lane", "Tottenham", "London", "N17 6RS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Baptiste")], dt.date(2011, 3, 14), addresses=[HOME_B], ids=["737 178 6505", "E928803216093"],
       schools=["Nene Meadows Academy"]),
    _p("s", "sibling", [("Shania", "Baptiste-Lewis")], dt.date(2015, 7, 29), addresses=[HOME_B], ids=["124 024 4290"],
       schools=["Croyland Brook Primary School"]),
    _p("m", "mother", [("Keisha", "Baptiste")], dt.date(1986, 11, 2), addresses=[HOME_B], phones=["07960 553 218"],
       ids=["SK 41 88 26 B"]),
    _p("f", "father", [("Marlon", "Lewis")], dt.date(1984, 1, 19), addresses=[DAD_B], phones=["07413 562 880"]),
    _p("g", "grandparent", [("Marjorie", "Baptiste")], dt.date(1958, 8, 8), phones=["+1 868 657 4412"]),
    _p("p1", "professional", [("Ruth", "Adebayo-Hale")], phones=["01536 534 902"], emails=["ruth.adebayo-hale@isevalley.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """ISE VALLEY COUNCIL - RETURN HOME INTERVIEW (RHI)
Young person: [[Jaden BAPTISTE|name]]    DOB: [[14/03/2011|dob]]    Age: 15    UPN: [[E928803216093|upn]]
Home address: [[41 Kestrel Way|address]], [[Hemmingwell|place]], [[Wellingborough|place]] [[NN8 3JP|postcode]]
Missing from: 19:30 Friday [[6 November 2026|date]]    Found: 03:10 Sunday [[8 November 2026|date]]
Found by: Northamptonshire Police (PC 1407 [[Gemma Linnell|name]]) at a flat on [[Occupation Road|address]], [[Corby|place]]
Police reference: MIS-26-118842    Interview by: [[Marcus Ofori|name]], Missing and Exploitation Worker
Interview date: Tuesday [[10 November 2026|date]], at [[Jaden|name]]'s request in the car outside the Swanspool
Gardens, then at McDonald's on [[Northampton Road|address]]

Reason for going missing (in [[Jaden|name]]'s words): "I went to see [[Tyreece|name]] in [[Kettering|place]], then we went to his
cousin's in [[Corby|place]]. My phone died. I wasn't missing, man, I was chilling." He later said "[[Skeng|name]]" (an older
male he would not name, "from [[Kingswood|place]]" he thinks, about 20, drives a grey Audi, [[KX19 FNO|vehicle]] as far as he
can remember the plate) picked them up at the Tesco in [[Kettering|place]] and drove them to [[Corby|place]].

Where he stayed and with whom: a flat above a shop on [[Occupation Road|address]] with [[Tyreece|name]], [[Skeng|name]] and "two
white girls" he did not know, one called [[Lacey|name]]. He slept on a sofa. He said he was given food (chicken and chips)
and £40 "for nothing". He said he did not go anywhere else but his mum's phone was called 14 times from a withheld
number on Saturday, and a message came from "[[C-Dog|name]]" asking "where's the yute".

Risk indicators noted: unexplained money; a new iPhone he says his uncle in [[Brooklyn|place]] sent him; older males with a
car; travel between towns; a second phone (he showed me the SIM tray, empty). Attendance at [[Nene Meadows Academy|school]] is
62% this half term; two fixed-term suspensions ([[22/09|date]], [[15/10|date]]).

What [[Jaden|name]] wants: "for my mum to stop crying" and to go to his dad [[Marlon|name]]'s in [[Tottenham|place]] at Christmas.
He misses his granny in [[San Fernando|place]] (Granny [[Marj|name]]) and wants to go to Trinidad in the summer. He
said [[Shania|name]] (11) "shouldn't be worried, I'm not in nothing".

Mother's view ([[Keisha Baptiste|name]], [[07960 553 218|phone]]): she works 6am-2pm at the Amazon warehouse at [[Kettering|place]]
and Friday nights at a care home in [[Rushden|place]]; [[Jaden|name]] was meant to be minding [[Shania|name]]. She rang the police at
23:00. A neighbour, Mr [[Oyelaran|name]] at [[no. 39|address]], stayed with [[Shania|name]] overnight.

Outcome and actions: shared with the MACE panel; Child Exploitation screening tool completed (score: significant);
referral to Service Six youth mentoring; information about [[KX19 FNO|vehicle]] and "[[Skeng|name]]" passed to PC [[Linnell|name]];
next RHI if missing again within 72 hours. [[M. Ofori|name]] [[10/11/2026|date]]
"""),
    ("National Referral Mechanism referral form, typed up from the PDF", """NATIONAL REFERRAL MECHANISM - REFERRAL FORM (CHILD) - First
Responder Organisation: Ise Valley Council
SECTION A: POTENTIAL VICTIM
A1 Full name:                    [[BAPTISTE, Jaden Akeem|name]]
A2 Other names / nicknames:      "[[J-Bap|name]]", "[[Jayds|name]]" (Snapchat: jbap_11)
A3 Date of birth:                [[14-03-2011|dob]]             A4 Gender: Male
A5 Nationality:                  British (mother born in Trinidad and Tobago)
A6 Current address:              [[41 KESTREL WAY|address]], [[HEMMINGWELL|place]], [[WELLINGBOROUGH|place]], [[NN8 3JP|postcode]]
A7 Phone:                        [[07852 146 390|phone]] (his own; a second handset seen but not recovered)
A8 NHS number:                   [[737 178 6505|nhs]]
A9 School:                       [[Nene Meadows Academy|school]], [[Wellingborough|place]] (DSL: Ms [[Orla Keane|name]])
A10 Parent/carer:                [[BAPTISTE, Keisha Antoinette|name]] (mother), same address; [[07960 553 218|phone]]
A11 Other parent:                [[LEWIS, Marlon|name]] (father of sibling; not [[Jaden|name]]'s father), [[Flat 12, Eden Court,
88 Lordship Lane|address]], [[London|place]] [[N17 6RS|postcode]]
A12 Birth father:                [[Ricardo|name]] "[[Ricky|name]]" [[Joseph|name]], believed to live in [[Arima|place]], Trinidad; no
contact since 2016

SECTION B: EXPLOITATION TYPE    [X] Criminal exploitation (county lines)   [ ] Sexual   [ ] Labour   [ ] Domestic servitude
SECTION C: INDICATORS (dates as known)
- [[06/11/2026|date]]-[[08/11/2026|date]]: missing 31 hours; found at [[Occupation Road|address]], [[Corby|place]], with an adult male and
  two other children. Police seized 14 wraps of crack cocaine from the flat.
- [[27/10/2026|date]]: seen by a PCSO at [[Kettering|place]] railway station with [[Tyreece Gayle|name]] (16), who is open to
  Northamptonshire Youth Justice Service.
- [[2 Oct 2026|date]]: mother found £320 in cash and a set of scales in his room.
- Social media: a Snapchat contact saved as "[[Skeng|name]] 🔪" messaging at all hours; believed to be [[Connor Bywater|name]]
  (20) of [[Danesholme|place]], [[Corby|place]], who also uses "[[C-Dog|name]]"; vehicle [[KX19 FNO|vehicle]].
- [[Jaden|name]] says he "owes" £600 after a "bando" in [[Irthlingborough|place]] was raided on [[19 October|date]].
SECTION D: CONSENT - not required (child).
SECTION E: FIRST RESPONDER
Name: [[Ruth Adebayo-Hale|name]]    Role: Social Worker, Adolescent Safeguarding Team    Tel: [[01536 534 902|phone]]
Email: [[ruth.adebayo-hale@isevalley.gov.uk|email]]    Date submitted: [[12 November 2026|date]]
Line manager: [[Darren Pateman|name]] (Team Manager)    Police contact: DC [[Liam Tarry|name]], Op Viper team
"""),
    ("mother's WhatsApp chat with her mother in Trinidad, typed up", """[Typed up by [[Ruth Adebayo-Hale|name]] from screenshots
[[Keisha|name]] showed me on [[19/11/2026|date]], with her
agreement. Trinidadian English kept as written; my glosses in square brackets.]

Mammy 🇹🇹 ([[+1 868 657 4412|phone]])

[[11/7/26|date]], 23:41 - Mammy: [[keish|name]] you reach home? how de chirren
[[11/7/26|date]], 23:58 - [[Keisha|name]]: [[jaden|name]] eh come home mammy. police lookin for him. i cyah breathe
[[11/8/26|date]], 00:04 - Mammy: lord have mercy. call [[marlon|name]]. call [[Gail|name]] in [[brooklyn|place]] she know people
[[11/8/26|date]], 00:05 - Mammy: [[shania|name]] by who?
[[11/8/26|date]], 00:07 - [[Keisha|name]]: mr [[oyelaran|name]] next door. i at work in [[rushden|place]] til 8 i cyah leave
[[11/8/26|date]], 03:30 - [[Keisha|name]]: they find him in [[corby|place]]. in a flat with big man an drugs. mammy i fraid
[[11/8/26|date]], 03:31 - Mammy: thank god. doh beat him [[keish|name]]. talk to him. he is a good boy, he just lost
[[11/8/26|date]], 06:15 - Mammy: send him to me for the summer. Uncle [[Dexter|name]] go take him on the boat in [[Cedros|place]]. fresh air
[[11/8/26|date]], 06:16 - Mammy: [[vernon|name]] boy went bad same way in [[Marabella|place]], dem boys does use chirren
[[11/9/26|date]], 20:02 - [[Keisha|name]]: social services comin. a lady name [[ruth|name]]. mammy what if they take [[shania|name]]
[[11/9/26|date]], 20:10 - Mammy: dey cyah take no child for nothing. you is a good mother. i go call the lady myself
[[11/9/26|date]], 20:11 - Mammy: my address for the forms: [[14 Coffee Street|address]], [[San Fernando|place]]. landline
[[+1 868 627 3310|phone]]
[[11/12/26|date]], 18:45 - [[Keisha|name]]: [[jaden|name]] say he owe money mammy. 600 pounds. somebody send him a message wit a knife pic
[[11/12/26|date]], 18:47 - Mammy: call de police right now. and call Tanty [[Gail|name]], she will send the money if is that
[[11/12/26|date]], 18:49 - [[Keisha|name]]: police know. they say doh pay
[[11/14/26|date]], 09:12 - [[Gail Baptiste|name]] ([[+1 718 495 2036|phone]]) added to the chat? No - Mammy forwarded: "[[Gail|name]]: tell
[[keisha|name]] i sending a phone for [[jaden|name]] christmas. NOT the iphone, i never send no iphone"
[[11/14/26|date]], 09:13 - [[Keisha|name]]: so who give him the iphone mammy 😭

[The chat uses the US date order of the mother's phone: [[11/8/26|date]] is [[8 November 2026|date]]. "Tanty" = aunt.]
"""),
    ("strategy meeting minutes", """STRATEGY MEETING (s47, CHILD EXPLOITATION) - MINUTES
Child: [[Jaden Baptiste|name]] ([[14.3.2011|dob]])    Sibling: [[Shania Baptiste-Lewis|name]] ([[29.7.2015|dob]])
Date: Friday [[20 November 2026|date]], 10:00, Microsoft Teams    Chair: [[Darren Pateman|name]] (TM)
Present: [[Ruth Adebayo-Hale|name]] (SW); DC [[Liam Tarry|name]] (Northamptonshire Police, Op Viper); Ms [[Orla Keane|name]] (DSL,
[[Nene Meadows|school]]); Mrs [[Faith Bennett|name]] (Head of Year 7, [[Croyland Brook|school]] - for [[Shania|name]]);
[[Marcus Ofori|name]]
(Missing and Exploitation Worker); [[Joanne Pell|name]] (school nurse); [[Hamza Ali|name]] (Youth Justice, for [[Tyreece Gayle|name]]'s
case, part only). Minutes: [[Kirsty Wallinger|name]] (business support). Apologies: Dr [[Sunita Bains|name]] (GP, Albany House
Medical Centre) - report sent.

1. Information shared
Police: [[Connor BYWATER|name]] ([[05/02/2006|dob]]), [[Danesholme|place]], [[Corby|place]], arrested [[17/11|date]] for PWITS; released
under investigation with a condition not to contact [[Jaden|name]], [[Tyreece|name]] or [[Lacey Mould|name]] (14, open to Ise Valley).
The Audi [[KX19 FNO|vehicle]] is registered to his mother, [[Donna Bywater|name]], at [[22 Dunnock Close|address]], [[Corby|place]].
A phone seized from [[Bywater|name]] holds a contact "[[Jayds|name]] WBRO" ([[07852 146 390|phone]]). A second number linked to
[[Jaden|name]], [[07519 884 263|phone]], was active in [[Irthlingborough|place]] on [[19 October|date]].
School: [[Jaden|name]] has been on a reduced timetable since [[16 November|date]]; seen by the DSL with a cut to his knuckles on
the [[18th|date]] ("punched a wall"). He talks about his granny in Trinidad a lot.
[[Croyland Brook|school]]: [[Shania|name]] is anxious, asks to go to the office to ring her mum, and said on [[19th November|date]] that
"a man in a car" waited outside the house on [[Kestrel Way|address]] on Sunday. Mrs [[Bennett|name]] reported it to MASH.
Health: [[Jaden|name]] has not been seen by his GP since 2023; no A&E attendances.
Mother: [[Keisha|name]] (Universal Credit, NI [[SK 41 88 26 B|ni]]) has asked to move away from [[Hemmingwell|place]]; she would like
to go to her sister in [[Brooklyn|place]] but
knows that is not possible; she has a friend in [[Raunds|place]].
2. Decision: threshold for s47 met for [[Jaden|name]] (criminal exploitation); single assessment continues for [[Shania|name]].
3. Actions: SW and police joint visit Monday [[23/11/2026|date]]; NRM outcome to be chased ([[Ruth|name]]); housing
management transfer request (SW); DC [[Tarry|name]] to consider a Child Abduction Warning Notice against [[Bywater|name]];
[[Marcus|name]] to see [[Jaden|name]] weekly; school to use a safe word with [[Shania|name]]; review [[4 December 2026|date]].
"""),
]


# --- C. Gebremedhin / Haftom family (Tigrayan, from Ethiopia), Semilong, Northampton -----------------------------------------

HOME_C = d.Address("Flat 3, 47 Hunter Street", "Semilong", "Northampton", "NN1 3QD")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Selam", "Haftom")], dt.date(2012, 1, 9), addresses=[HOME_C], ids=["304 417 8940", "R928042415268"],
       schools=["Weston Favell Academy"]),
    _p("s", "sibling", [("Yonas", "Haftom")], dt.date(2018, 4, 27), addresses=[HOME_C], ids=["393 799 1212"],
       schools=["Semilong Community Primary School"]),
    _p("m", "mother", [("Letebrhan", "Gebremedhin")], dt.date(1988, 10, 3), addresses=[HOME_C], phones=["07723 418 096"]),
    _p("f", "father", [("Haftom", "Gebreyesus")], dt.date(1983, 2, 11)),
    _p("u", "relative", [("Kidane", "Gebremedhin")], phones=["+971 55 762 3109"]),
    _p("p1", "professional", [("Abigail", "Thorne")], phones=["01604 367 219"], emails=["abigail.thorne@nenevale.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment, extract (family history and analysis)", """NENE VALE COUNCIL - CHILD AND FAMILY ASSESSMENT (extract:
sections 3, 4 and 7)
Children: [[Selam HAFTOM|name]] ([[09/01/2012|dob]]) and [[Yonas HAFTOM|name]] ([[27/04/2018|dob]])
Address: [[Flat 3, 47 Hunter Street|address]], [[Semilong|place]], [[Northampton|place]] [[NN1 3QD|postcode]]
Assessing social worker: [[Abigail Thorne|name]]    Interpreter (Tigrinya): Mr [[Tesfalem Berhe|name]], LanguageLine, in person
Started: [[28 September 2026|date]]    Completed: [[9 November 2026|date]]

3. Family history
[[Letebrhan Gebremedhin|name]] (38) grew up in [[Adigrat|place]] in the Tigray region of Ethiopia and trained as a primary
teacher in [[Mekelle|place]], where she married [[Haftom Gebreyesus|name]], a lorry driver, in 2010. By Ethiopian custom the
children carry their father's first name as their second name, so the children are [[Selam Haftom|name]] and [[Yonas Haftom|name]];
[[Letebrhan|name]] keeps her own father's name. When the war reached [[Mekelle|place]] in 2021, [[Haftom|name]] was taken from the road
near [[Wukro|place]] by soldiers; the family has not heard from him since. [[Letebrhan|name]] left with the children through
[[Gondar|place]] and [[Metema|place]] to Sudan, then Libya and Italy, and arrived in [[Dover|place]] on [[14 August
2023|date]]. They lived in a hotel in [[Wellingborough|place]] and then, after refugee status was granted on [[3 March
2025|date]], moved to [[Hunter
Street|address]]. Her brother [[Kidane Gebremedhin|name]] lives in [[Dubai|place]] ([[+971 55 762 3109|phone]]) and sends money; her
mother [[Abrehet|name]] is still in [[Mekelle|place]] ([[+251 914 412 837|phone]]), and a cousin, [[Mebrahtu Kahsay|name]], lives in
[[Leicester|place]]. The family go to the Medhane Alem church on Sundays, where the priest, Abba [[Gebremichael|name]], and a church
friend, [[Tsega|name]], are their main support.

4. The incident that led to this assessment
On [[25 September 2026|date]] [[Selam|name]] told her form tutor at [[Weston Favell Academy|school]], Mr [[Luke Cheney|name]], that her
mother had hit her on the back of the legs with a plastic hanger when she came home at 10pm from a friend's house in
[[Kingsley|place]]. The school nurse saw two linear red marks. [[Selam|name]] said it had happened once before, "in
[[Khartoum|place]]", not in England. [[Letebrhan|name]] did not deny it. She said, through Mr [[Berhe|name]], that she was "so afraid,
because in Libya girls who were out at night did not come back", and that she understood now that it is against the law.

7. Analysis
[[Selam|name]] carries much of the household: she interprets at the GP, at the Jobcentre and at [[Yonas|name]]'s parents' evening
at [[Semilong Community Primary|school]], and she sleeps in her mother's room when [[Letebrhan|name]] has nightmares. [[Yonas|name]]
(8) is settled at school; his teacher, Miss [[Harriet Gulliver|name]], says he draws lorries "for Daddy". [[Letebrhan|name]]'s
symptoms fit post-traumatic stress; she has been referred by Dr [[Olumide Fashola|name]] at the Abington Park Surgery to the
refugee trauma service at NHFT. The concern is an anxious, traumatised mother's harsh discipline from fear, not a pattern of
violence. Recommendation: a Child in Need plan, a young carers' assessment for [[Selam|name]], parenting support with an
interpreter, and help to trace [[Haftom|name]] through the British Red Cross. [[A. Thorne|name]], [[09/11/2026|date]]
"""),
    ("secondary school safeguarding log export", """CPOMS - INCIDENT LIST EXPORT - [[Weston Favell Academy|school]] - Student:
[[Haftom, Selam|name]] (Year 10) - exported
[[02/12/2026|date]] 08:14 by [[L. Cheney|name]]

[[25/09/2026|date]] 09:05 | Safeguarding - physical | [[Luke Cheney|name]] (Form tutor)
  [[Selam|name]] told me in registration that "Mama" hit her last night with a hanger because she came home late from
  [[Mahlet|name]]'s house in [[Kingsley|place]]. Showed me the back of her legs - two red lines. Passed to DSL.
  Linked student: none. Alerted: [[Nicola Tapp|name]] (DSL)
[[25/09/2026|date]] 10:20 | Safeguarding - action | [[Nicola Tapp|name]] (DSL)
  Spoke with [[Selam|name]] with the school nurse [[Jas Sahota|name]]. Marks photographed (body map on file). MASH referral
  made 10:55, ref 26/09-4471. Mum rang at 13:40 ([[07723 418 096|phone]]) in Tigrinya and English; [[Selam|name]]'s friend [[Ruta|name]]
  (Y10) offered to interpret - declined, used LanguageLine.
[[02/10/2026|date]] 14:30 | Attendance | [[Pam Stokes|name]] (Attendance)
  Absent am: mother's appointment at the Home Office? - no, mother says "council housing" at the Guildhall... [[Selam|name]]
  went to interpret.
[[14/10/2026|date]] 12:15 | Wellbeing | [[Nicola Tapp|name]]
  [[Selam|name]] tearful at lunch: today is her dad's birthday ([[14 October|date]]). She showed a photo of him with his lorry in
  [[Mekelle|place]]. Offered Place2Be.
[[05/11/2026|date]] 16:02 | Online safety | [[Ben Oyedele|name]] (IT)
  Filter alert: search "how to find someone in Tigray prison red cross". Not a concern; passed to DSL for her to be aware.
[[19/11/2026|date]] 11:11 | Young carer | [[Nicola Tapp|name]]
  [[Selam|name]] asked to leave early to collect [[Yonas|name]] from [[Semilong Community Primary|school]] as "Mama is in bed, sick". Phoned
  mum - no answer. Contacted [[Abigail Thorne|name]] (SW, [[01604 367 219|phone]]). SW visited. Young carers referral sent to
  Northamptonshire Carers on [[20.11.26|date]].
[[01/12/2026|date]] 08:50 | Positive | [[Luke Cheney|name]]
  [[Selam|name]] has won the Year 10 poetry prize; her poem is about [[Adigrat|place]] and her grandmother [[Abrehet|name]]. Read it in
  assembly. Mr [[Tesfay|name]] from the church came to hear it with her mum.
"""),
    ("mother's letter in Tigrinya to the social worker, with the interpreter's translation", """[Handwritten letter in Tigrinya (Ge'ez
script), given to [[Abigail Thorne|name]] at the CIN review on [[1 December 2026|date]].
Translation by [[Tesfalem Berhe|name]], interpreter, [[2 December 2026|date]]. Original text typed as written.]

ንወ/ሮ [[ኣቢጋይል|name]]
ካብ [[ለተብርሃን ገብረመድህን|name]]
[[ኖርዝሃምፕተን|place]]፡ [[1 ታሕሳስ 2019|date]] ዓ.ም.

ከመይ ኣለኺ። ኣብ ልዕሊ ደቀይ [[ሰላም|name]]ን [[ዮናስ|name]]ን ዝገበርክዮ ሓገዝ የመስግነኪ።
ኣብ [[መቐለ|place]] ከለና ጓል ለይቲ ካብ ገዛ ኣይትወጽእን ኢያ። ኣብ ሊብያ ዝረኣኽዎ ኣፍርሃኒ።
ጓለይ [[ሰላም|name]] ኣይኮነትን ዘሕዝነኒ፡ ባዕለይ እየ።
ብዛዕባ ሰብኣየይ [[ሓፍቶም|name]] ሓበሬታ እንተ ረኺብክን ንገሩኒ። ሓወይ [[ኪዳነ|name]] ኣብ [[ዱባይ|place]] ይሕግዘና ኣሎ።
ምስ ሰላምታ
[[ለተብርሃን|name]]

TRANSLATION
To Mrs [[Abigail|name]]
From [[Letebrhan Gebremedhin|name]]
[[Northampton|place]], [[1 Tahsas 2019|date]] in the Ethiopian calendar ([[10 December 2026|date]] in ours - she has
written the Ethiopian date; I think she means today, [[1 December|date]], so the day may be wrong. Please check with her.)

How are you? I thank you for the help you have given to my children [[Selam|name]] and [[Yonas|name]].
When we were in [[Mekelle|place]], a girl did not go out of the house at night. What I saw in Libya made me afraid.
My [[Selam|name]] is not the one who saddens me; it is myself.
If you find information about my husband [[Haftom|name]], tell me. My brother [[Kidane|name]] in [[Dubai|place]] is helping us.
With greetings,
[[Letebrhan|name]]

Interpreter's note: the "ወ/ሮ" before your name is the Tigrinya "Mrs", and "ን" before it means "to".
"""),
    ("direct work record: three houses with a child", """DIRECT WORK RECORD - "THREE HOUSES" (Signs of Safety)
Child: [[Yonas Haftom|name]], age 8    Worker: [[Abigail Thorne|name]] (SW)    Date: Wednesday [[18 November 2026|date]], 15:45
Where: the family room at [[Semilong Community Primary|school]] (with his class teacher Miss [[Gulliver|name]] nearby). No
interpreter: [[Yonas|name]] prefers English and speaks it fluently. He asked if [[Selam|name]] could come; I said next time.

House of Worries (what he drew and said): a lorry with no driver. "That's Baba's lorry. He is lost in [[Wukro|place]]." A
woman crying in bed: "Mama when she has the bad dreams. [[Selam|name]] goes in. I stay in my bed and I put my head under."
A shouting man in the street: "the man by the chicken shop on [[St Andrew's Road|address]] who shouts at Mama because of her
scarf." A broken phone: "when Uncle [[Kidane|name]] can't get through from [[Dubai|place]] Mama is sad."
House of Good Things: "My friend [[Alfie|name]] and my friend [[Ibrahim|name]]. Football at the Racecourse on Saturday with
Mr [[Tesfay|name]] from church. Injera that [[Tsega|name]] makes. Miss [[Gulliver|name]] lets me do the register. When [[Selam|name]]
plays me songs from [[Mekelle|place]]. My Nana [[Abrehet|name]] on video. She calls me [[ዮኒ|name]]" (he wrote it himself in
Tigrinya letters, then in English: "[[Yoni|name]]").
House of Dreams: "Baba comes on a plane to [[Birmingham|place]]. We live in a house with a garden in [[Duston|place]] where
[[Alfie|name]] lives. Mama is a teacher again. [[Selam|name]] is a doctor."

Worker's reflection: [[Yonas|name]] did not draw or mention being hit. His worries are about his mother's sadness and his
father. He sees [[Selam|name]] as the one who looks after Mama. The man on [[St Andrew's Road|address]] is new information -
reported to Northamptonshire Police as a hate incident (ref 26-HI-2213) with [[Letebrhan|name]]'s consent on [[19/11/2026|date]].
Next session: [[2nd December|date]], with [[Selam|name]] if she wants.  A.T.
"""),
]


# --- D. Sharman / Desborough family (white British), Rushden --------------------------------------------------------------

HOME_D = d.Address("62 Hayway", "", "Rushden", "NN10 6AG")
NAN_D = d.Address("8 Saffron Road", "", "Higham Ferrers", "NN10 8ED")
DADNAN_D = d.Address("31 Finedon Road", "", "Irthlingborough", "NN9 5TY")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Arlo", "Desborough")], dt.date(2026, 7, 15), addresses=[HOME_D], ids=["745 774 7214"]),
    _p("s", "sibling", [("Poppy", "Sharman")], dt.date(2022, 1, 3), addresses=[HOME_D], ids=["208 304 0031"],
       schools=["Little Acorns Day Nursery"]),
    _p("m", "mother", [("Chloe", "Sharman")], dt.date(2004, 3, 21), addresses=[HOME_D], phones=["07392 615 804"],
       ids=["JT 55 20 71 C"]),
    _p("f", "father", [("Ryan", "Desborough")], dt.date(2002, 10, 9), addresses=[HOME_D, DADNAN_D], phones=["07481 226 973"]),
    _p("g", "grandparent", [("Tracey", "Sharman")], dt.date(1978, 5, 5), addresses=[NAN_D], phones=["07906 402 117"]),
    _p("g2", "grandparent", [("Janice", "Desborough")], dt.date(1970, 12, 24), addresses=[DADNAN_D]),
    _p("p1", "professional", [("Natasha", "Gould")], phones=["01536 534 877"], emails=["natasha.gould@isevalley.gov.uk"]),
], "c")

DOCS_D = [
    ("initial child protection conference report", """ISE VALLEY COUNCIL - INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Conference date: Thursday [[22 October 2026|date]], 13:30, Rushden Fire Station meeting room (and Teams)
Children: [[Arlo DESBOROUGH|name]], DOB [[15/07/2026|dob]], NHS [[745 774 7214|nhs]]; [[Poppy SHARMAN|name]], DOB [[03/01/2022|dob]],
NHS [[208 304 0031|nhs]]
Address: [[62 Hayway|address]], [[Rushden|place]], [[NN10 6AG|postcode]]
Parents: [[Chloe Sharman|name]] (mother of both; NI [[JT 55 20 71 C|ni]]); [[Ryan Desborough|name]] ([[Arlo|name]]'s father);
[[Poppy|name]]'s father, [[Kieron
Brudenell|name]], has no contact and was not invited (HMP Onley, released spring 2027?)
Report author: [[Natasha Gould|name]], Social Worker    Team manager: [[Simon Achurch|name]]

1. Why we are here
On Friday [[2 October 2026|date]] [[Chloe|name]] took [[Arlo|name]] (11 weeks) to the Urgent Treatment Centre at Kettering General
Hospital because he was "screaming when his left leg was touched". An X-ray showed a metaphyseal fracture of the left
distal femur. The skeletal survey at Leicester Royal Infirmary on [[5 October|date]] also found two healing posterior rib
fractures (right 6th and 7th), thought to be 10-14 days older than the femur. Dr [[Hannah Whitworth|name]], consultant
paediatrician, said no medical cause has been found (bloods, bone profile and genetics pending) and that these are
injuries of the kind seen when a baby is gripped and shaken or when a limb is pulled. Neither parent has given an
explanation. [[Arlo|name]] was discharged on [[8 October|date]] to his maternal grandmother, [[Tracey Sharman|name]], at [[8 Saffron
Road|address]], [[Higham Ferrers|place]], under a safety plan; [[Poppy|name]] went with him. Both parents have supervised
contact there only.

2. The parents' accounts
[[Chloe|name]] says [[Arlo|name]] "has always been a screamer", that his leg "went funny" after [[Ryan|name]] changed him on the
morning of [[2 October|date]], and that [[Poppy|name]] once "sat on him" on the sofa. [[Ryan|name]] says he was at work at the
distribution centre at [[Raunds|place]] for most of the fortnight and that [[Chloe|name]]'s friend [[Jade Gilbey|name]] babysat twice
while they went to the Rushden Lakes cinema. [[Jade|name]] (interviewed by police, [[12 October|date]]) says she babysat once, on
[[26 September|date]], and that the baby "cried the whole time and [[Ryan|name]] texted her to put a dummy in". [[Ryan|name]] has a
caution (2021) for assault on a male at a pub in [[Desborough|place]]; Northamptonshire Police also hold one domestic
incident ([[14/03/2026|date]], verbal, neighbour called) at [[62 Hayway|address]]. The police investigation (DC [[Kelly Nash|name]],
CAIT) is ongoing; both parents were interviewed under caution on [[9 October|date]].

3. Family and network
[[Tracey Sharman|name]] (48) works part time at the Co-op in [[Higham Ferrers|place]] and has taken leave. [[Ryan|name]]'s mother,
[[Janice Desborough|name]], of [[31 Finedon Road|address]], [[Irthlingborough|place]] [[NN9 5TY|postcode]], has offered to share the
care; she and [[Tracey|name]] "do not get on". [[Ryan|name]]'s brother [[Dale|name]] lives with [[Janice|name]]. [[Poppy|name]] attends
[[Little Acorns Day Nursery|school]] three days a week; her key person, [[Summer Wills|name]], reports no concerns.

4. Recommendation: both children to be subject to child protection plans (physical abuse); Public Law Outline
meeting to be held; parenting assessment; the safety plan at [[Tracey|name]]'s to continue. [[N. Gould|name]] [[16/10/2026|date]]
"""),
    ("health visitor's record entries", """SystmOne - Health Visiting - record for [[DESBOROUGH, Arlo|name]] ([[745 774 7214|nhs]])
DOB [[15-Jul-2026|dob]]
Printed [[21 Oct 2026|date]] by [[Becky Arnsby|name]] (Specialist Community Public Health Nurse), [[Rushden|place]] HV team

[[21 Jul 2026|date]] 10:15 New birth visit - home, [[62 Hayway|address]]. Mum [[Chloe|name]] (22), dad [[Ryan|name]] (23) present, also
maternal nan [[Tracey|name]]. Born KGH [[15/07|date]], 39+2, SVD, 3.41 kg. Breast and bottle. Safe sleep discussed: Moses basket
in parents' room; dad smokes outside. [[Poppy|name]] (4) loves "her" baby. EPDS 6. ICON ("babies cry, you can cope")
leaflet given and discussed with both parents. Plan: 6-8 week contact.
[[04 Aug 2026|date]] 14:00 Phone. [[Chloe|name]] ([[07392 615 804|phone]]) worried [[Arlo|name]] "cries for hours after feeds". Advice
re winding, paced feeds; to see GP re reflux. GP Dr [[Rahman|name]] (Rushden Medical Centre) informed.
[[27 Aug 2026|date]] 11:30 6-8 week review, clinic ([[Rushden|place]] Family Hub). Seen with mum. Weight 4.62 kg (50th). Alert,
fixing and following, social smile. No marks seen on full undressed examination. Mum tired; [[Ryan|name]] working 12-hour
shifts at [[Raunds|place]]. EPDS 11. Mum says [[Ryan|name]] "gets wound up with the crying". ICON revisited. Offered Family Hub
baby group Thursdays. Plan: call in 2 weeks.
[[10 Sep 2026|date]] Call not answered x2. Text sent to [[07392615804|phone]].
[[17 Sep 2026|date]] 09:40 Text reply from mum: "all good thanks [[becky|name]] hes sleeping better x".
[[02 Oct 2026|date]] 19:02 Notification from KGH UTC: fracture L femur, safeguarding referral made by ED (Dr [[M. Osei|name]]).
[[05 Oct 2026|date]] Discussed with named nurse [[Lorraine Cowley|name]]. Reflection: at [[27/08|date]] dad's frustration with crying
was noted but not escalated; EPDS 11 not followed up. Learning recorded.
[[13 Oct 2026|date]] 13:00 Joint visit with SW [[Natasha Gould|name]] at maternal grandmother's, [[8 Saffron Road|address]], [[Higham
Ferrers|place]]. [[Arlo|name]] in a sling on [[Tracey|name]], settled, no new marks. [[Poppy|name]] at nursery. Weight 5.38 kg.
[[Tracey|name]] ([[07906 402 117|phone]]) asked about a car seat from [[Janice|name]] (paternal nan) - advised a new one.
"""),
    ("Facebook Messenger exchange from the father's phone, printed in a police disclosure", """NORTHAMPTONSHIRE POLICE - DISCLOSURE TO
CHILDREN'S SERVICES (partial, agreed by CPS [[19/10/2026|date]])
Exhibit KN/07: extract, Facebook Messenger, account "[[Ryan Desborough|name]]" (handset seized [[09/10/2026|date]]).
Conversation with account "[[Dale Desborough|name]]" (brother). Times BST. Spelling as in the original.

[[29 September 2026|date]]
23:48 [[Ryan Desborough|name]]: he wont stop bro. 3 hours. [[chlo|name]] is asleep i cant do this
23:49 [[Ryan Desborough|name]]: ive got work at 6 in [[raunds|place]]
23:51 [[Dale Desborough|name]]: put him in the car n drive round lol thats wot mum did with u
23:52 [[Ryan Desborough|name]]: car seat is at [[jan|name]]s
23:58 [[Ryan Desborough|name]]: i just need him to shut up for 1 hour
[[30 September 2026|date]]
00:03 [[Dale Desborough|name]]: u alright?
00:14 [[Ryan Desborough|name]]: hes asleep now
00:15 [[Dale Desborough|name]]: told u. ride to [[raunds|place]] tmrw? i can drop u
[[2 October 2026|date]]
18:22 [[Ryan Desborough|name]]: [[chlo|name]]s took him to [[kettering|place]] hospital. summat wrong with his leg
18:23 [[Dale Desborough|name]]: wtf
18:40 [[Ryan Desborough|name]]: dont say nothing to mum or [[trace|name]]
18:41 [[Dale Desborough|name]]: about wot
18:41 [[Ryan Desborough|name]]: nothing. just dont
[[3 October 2026|date]]
09:15 [[Dale Desborough|name]]: [[jade gilbey|name]] messaged me asking if the baby is ok. she heard off [[kayleigh|name]] at the lakes
09:16 [[Ryan Desborough|name]]: tell [[jade|name]] to keep her mouth shut
09:30 [[Dale Desborough|name]]: ur scaring me now bro
(end of extract)

Officer's note (DC [[K. Nash|name]]): "[[jan|name]]s" is the paternal grandmother, [[Janice Desborough|name]]; "[[trace|name]]" is the
maternal
grandmother, [[Tracey Sharman|name]]; "[[chlo|name]]" is [[Chloe Sharman|name]]; "the lakes" is Rushden Lakes (shopping centre);
"[[kayleigh|name]]" is
not identified. [[Raunds|place]] in the original is in lower case. The full download is 14,208 messages.
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - MINUTES
Children: [[Arlo Desborough|name]] (3 months) and [[Poppy Sharman|name]] (4)    Plan: CP (physical abuse), from [[22/10/2026|date]]
Date: Tuesday [[1 December 2026|date]], 10:00, at [[8 Saffron Road|address]], [[Higham Ferrers|place]]
Present: [[Natasha Gould|name]] (SW, chair); [[Chloe Sharman|name]] (mother); [[Ryan Desborough|name]] (father, for item 1 only);
[[Tracey Sharman|name]] (maternal grandmother); [[Becky Arnsby|name]] (HV); [[Summer Wills|name]] ([[Little Acorns|school]]); [[Gary
Tear|name]] (family support worker). Apologies: [[Janice Desborough|name]].

1. Update from the parents. [[Chloe|name]] and [[Ryan|name]] separated on [[9 November|date]]. [[Ryan|name]] now lives with his mother at
[[31 Finedon Road|address]], [[Irthlingborough|place]], and his brother [[Dale|name]]. [[Ryan|name]] said he has "nothing to say while the
police thing is going on" and left at 10:20. [[Chloe|name]] has moved in with [[Tracey|name]] and has given notice on [[Hayway|address]].
2. Children's progress. [[Arlo|name]] 6.1 kg, smiling, rolling; follow-up skeletal survey on [[19 November|date]] found no new
injuries (Dr [[Whitworth|name]]'s letter of [[24/11|date]]). [[Poppy|name]] has asked at nursery "is [[Ryan|name]] coming back" and
"when is our house"; [[Summer|name]] has started a memory book with her.
3. Contact. [[Ryan|name]]'s contact with [[Arlo|name]] is at the Family Centre in [[Wellingborough|place]], Saturdays 10-11,
supervised by [[Gary|name]]; he has missed two of five. [[Janice|name]] asked (by text to [[Natasha|name]]) to see [[Arlo|name]] - to be
discussed at the PLO meeting.
4. Concerns. [[Chloe|name]]'s friend [[Jade Gilbey|name]] has been told not to visit after a row on Facebook. A man in a white
Transit ([[AY21 KPD|vehicle]]) has parked outside [[Saffron Road|address]] twice; [[Tracey|name]] thinks it is [[Dale|name]]'s mate [[Kyle
Knighton|name]] from [[Stanwick|place]]. Police informed ([[Natasha|name]]).
5. Actions. Parenting assessment of [[Chloe|name]] by [[Gary|name]] to start [[7 December|date]]; [[Becky|name]] to visit fortnightly;
[[Natasha|name]] to ask [[Chloe|name]] about a Freedom Programme place in [[Kettering|place]]. Next core group: [[12 January 2027|date]].
"""),
]


# --- E. Wootton / Gascoigne family (white British), Brackley ----------------------------------------------------------------

HOME_E = d.Address("14 Goodwood Road", "", "Brackley", "NN13 6DU")
NAN_E = d.Address("3 Ruskin Road", "", "Banbury", "OX16 9HY")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Archie", "Wootton")], dt.date(2014, 2, 17), addresses=[HOME_E], ids=["911 070 8472", "U928922020877"],
       schools=["Magdalen College School"]),
    _p("s", "sibling", [("Lily-Mae", "Wootton")], dt.date(2019, 9, 12), addresses=[HOME_E], ids=["955 805 1225", "H928324317878"],
       schools=["Radstone Fields Primary School"]),
    _p("m", "mother", [("Kerry", "Wootton")], dt.date(1987, 6, 26), addresses=[HOME_E], phones=["07713 284 650"]),
    _p("f", "father", [("Craig", "Wootton")], dt.date(1983, 8, 1), addresses=[HOME_E], phones=["07977 530 142"],
       ids=["NE 38 41 07 A"]),
    _p("g", "grandparent", [("Pauline", "Gascoigne")], dt.date(1961, 1, 30), addresses=[NAN_E], phones=["01295 266 703"]),
    _p("p1", "professional", [("Owen", "Ashworth")], phones=["01604 367 255"], emails=["owen.ashworth@nenevale.gov.uk"]),
], "c")

DOCS_E = [
    ("young carers service referral form (online form, printed)", """NORTHAMPTONSHIRE CARERS - YOUNG CARERS REFERRAL (online form
submission #YC-26-03318)
Submitted: [[04/11/2026|date]] 15:47    Referrer: [[Megan Pratt|name]], Pastoral Lead, [[Magdalen College School|school]],
[[Brackley|place]]
Referrer email: [[m.pratt@mcsbrackley.org.uk|email]]    Referrer phone: [[01280 702 455|phone]]

Young person's first name*: [[Archie|name]]
Young person's surname*: [[Wootton|name]]
Date of birth*: [[17/02/2014|dob]]    Year group: 7    UPN (if known): [[U928922020877|upn]]
Address*: [[14 Goodwood Road|address]]    Town: [[Brackley|place]]    Postcode*: [[NN13 6DU|postcode]]
Who does the young person care for?*: [x] Parent  [x] Sibling  [ ] Other
Name of the person cared for: [[Kerry Wootton|name]] (mum) - multiple sclerosis, relapsing; uses a wheelchair outside
the house since June 2026
Other children in the household: [[Lily-Mae|name]] (7), at [[Radstone Fields Primary|school]]
Parent/carer contact: [[Kerry|name]] [[07713 284 650|phone]] / dad [[Craig|name]] [[07977 530 142|phone]] (HGV driver, away Mon-Thu)
Does the family know about this referral?*: Yes - mum agreed on [[3 November|date]]

Caring tasks (tick all that apply): [x] personal care  [x] medication  [x] cooking  [x] shopping  [x] looking after a
sibling  [x] emotional support  [ ] interpreting  [x] other: "helps mum on and off the toilet at night when dad is away"

Tell us more*: [[Archie|name]] is late most days (he takes [[Lily-Mae|name]] to [[Radstone Fields|school]] first and walks on). He
falls asleep in lessons. He told his tutor Mr [[Dwayne Kirby|name]] he gets up "about 3 times a night" for his mum. He has
stopped going to Brackley Town Juniors football on Saturdays. Mum's sister, [[Nicola Gascoigne|name]], used to help
but moved to [[Bicester|place]] in September. Nan ([[Pauline Gascoigne|name]], [[Banbury|place]], [[01295 266 703|phone]]) comes on
Sundays. A neighbour, Mr [[Hope|name]] at [[number 16|address]], sometimes takes the bins and walks [[Lily-Mae|name]] to school.
Any risks to a worker visiting?: a dog (friendly). Dad can be "short" on the phone.
Consent to share with the council's Early Help team: Yes
"""),
    ("GP letter to children's social care", """Brackley Medical Centre
Dr [[Imogen Faulkner|name]], GP Partner, Safeguarding Lead
[[Owen Ashworth|name]]
Social Worker, Children in Need Team (South)
Nene Vale Council
                                                                                           [[27 November 2026|date]]
Dear Mr [[Ashworth|name]],

Re: [[Archie WOOTTON|name]], DOB [[17.02.2014|dob]], NHS No [[911 070 8472|nhs]]
     [[Lily-Mae WOOTTON|name]], DOB [[12.09.2019|dob]], NHS No [[955 805 1225|nhs]]
     of [[14 Goodwood Road|address]], [[Brackley|place]], [[NN13 6DU|postcode]]

Thank you for your letter of [[20 November|date]] and for the family's consent to share. I have reviewed the records for
the children and, with their consent, for their parents.

[[Kerry|name]] (39) has relapsing-remitting multiple sclerosis diagnosed in 2019 and seen by the neurology team at the
John Radcliffe in [[Oxford|place]]. Her relapse in June left her with weakness in both legs and bladder urgency; she has been
waiting for an OT home assessment since [[8 July 2026|date]]. She told me on [[12 November|date]] that "[[Archie|name]] does more than
he should" and that she is "frightened of being a burden". I have started an antidepressant.

[[Craig|name]] (43) was seen on [[16 November|date]] after his arrest on [[14 November|date]] for driving over the limit; he tells me
he has lost his HGV licence for the time being. He drinks "a few cans every night when I'm home" (AUDIT-C 10). He was
open about it and accepted a referral to Aquarius in [[Northampton|place]]. He said the pressure at home is "unbearable" and
that his own father, [[Ron Wootton|name]], drank.

[[Archie|name]] was seen with his mother on [[23 September|date]] for headaches; he was tired and looked pale. Bloods were normal.
He was not seen alone. [[Lily-Mae|name]] is well, immunisations up to date; nothing of concern.

I support the young carers' assessment and the request for a care package for [[Kerry|name]]. Please keep me informed. My
secretary, [[Janet Lowe|name]], can be reached on [[01280 703 460|phone]].

Yours sincerely,
Dr [[I. Faulkner|name]]
"""),
    ("Microsoft Teams chat between school staff, exported", """[Exported chat - "Y7 pastoral - [[Archie W|name]]" -
[[Magdalen College School|school]] - exported [[01/12/2026|date]] by [[M. Pratt|name]]
for the CIN review; times in GMT]

[[Megan Pratt|name]] (Pastoral) 08:52 [[26/11|date]]
anyone seen [[archie|name]] this morning? not in reg

[[Dwayne Kirby|name]] (Tutor) 08:55
not yet. [[lily-mae|name]]'s school rang reception, she was dropped off late by a neighbour. mum had a fall?

[[Megan Pratt|name]] (Pastoral) 08:57
ringing mum now

[[Sophie Tennant|name]] (Reception) 09:10
dad rang in. [[archie|name]] is "on his way", mum fell in the bathroom at 6, ambulance came, she's ok, not taken in.
dad says he can't drive him as he's "not allowed"

[[Dwayne Kirby|name]] (Tutor) 09:12
that'll be the licence. [[archie|name]] told me he's been doing the dog and the tea all week cos dad's "in a mood"

[[Megan Pratt|name]] (Pastoral) 09:14
ok I'll update [[Owen|name]] at the council. [[Dwayne|name]] can you keep him with you at break, he likes the IT room

[[Rachel Ogunleye|name]] (SENCO) 09:30
fyi his reading age assessment was 2 yrs below in sept, might not be the whole story though. happy to see him

[[Dwayne Kirby|name]] (Tutor) 10:41
he's in. came on the bus from [[Turweston|place]]?? said he got off at the wrong stop cos he fell asleep

[[Megan Pratt|name]] (Pastoral) 10:45
he lives on [[goodwood road|address]] - that's miles the other way. will ask him

[[Dwayne Kirby|name]] (Tutor) 11:20
asked. he'd gone to his nan's in [[banbury|place]] on the first bus at 7 to get mum's tablets that were there. then back.
on his own. he's 12.

[[Megan Pratt|name]] (Pastoral) 11:22
😬 logging on CPOMS. thanks [[Dwayne|name]]

[[Tom Lucas|name]] (PE) 13:05
he's asked to sit out football again. said he's "too tired". not like him, he was our best in the [[Towcester|place]] game

[[Megan Pratt|name]] (Pastoral) 13:06
let him sit with [[Jacob|name]] in the library please [[Tom|name]]
"""),
    ("child in need review record", """NENE VALE COUNCIL - CHILD IN NEED REVIEW
Children: [[Archie Wootton|name]] (12) and [[Lily-Mae Wootton|name]] (7)    Address: [[14 Goodwood Road|address]], [[Brackley|place]]
Review date: Friday [[4 December 2026|date]], 16:00, at the family home    Chair and author: [[Owen Ashworth|name]] (SW)
Attended: [[Kerry Wootton|name]]; [[Craig Wootton|name]]; [[Pauline Gascoigne|name]] (maternal grandmother); [[Megan Pratt|name]]
([[Magdalen College School|school]]); [[Leanne Parfitt|name]] (Northamptonshire Carers); [[Tariq Hussain|name]] (adult social care, OT).
[[Archie|name]] joined for the last 15 minutes with his views written down. [[Lily-Mae|name]] sent a drawing.

Progress since the plan began ([[18 November 2026|date]]):
- Care: an adult social care package began on [[30 November|date]]: carers twice a day (7am and 9pm) from Prestige Care,
  [[Banbury|place]]. A commode and a second stair rail fitted by the OT on [[2 December|date]]. [[Kerry|name]] says the nights are
  "so much better" and [[Archie|name]] has not been up since Tuesday.
- [[Archie|name]]: assessed by [[Leanne|name]] as a young carer on [[25 November|date]]; a place at the young carers' group in
[[Daventry|place]]
  on Wednesday evenings, with transport. He went once and "loved the go-karting". School say he is on time 4 days of 5.
- [[Craig|name]] (NI [[NE 38 41 07 A|ni]], for the Carer's Allowance claim): banned from driving for 18 months at Northampton
Magistrates' Court on [[1 December|date]]. He has started at
  Aquarius and has been dry for 12 days. He has a new job at a warehouse in [[Silverstone|place]] and gets a lift with a
  colleague, [[Gavin Reeve|name]], in a red Ford Focus ([[FE68 WRX|vehicle]]). His lorry firm's van ([[KP22 HGZ|vehicle]]) has been
  collected.
- [[Lily-Mae|name]] is well. Her class teacher at [[Radstone Fields|school]], Mrs [[Amber Nutt|name]], says she talks about "mummy's
  legs" and worries on PE days; a school ELSA session weekly.

[[Archie|name]]'s views (written with [[Leanne|name]]): "I don't mind helping mum but not at night. I want to go back to
football and to [[Jacob|name]]'s. I don't want dad to drink because he gets shouty. Nan [[Pauline|name]] should come more."

Next steps: continue CIN plan; [[Pauline|name]] to come on Tuesdays as well as Sundays (she gets the S6 bus from [[Banbury|place]]);
[[Owen|name]] to check the Blue Badge and a Motability car for [[Kerry|name]]; Disabled Facilities Grant for a downstairs wet room
(housing officer [[Shona Rix|name]]); review [[19 February 2027|date]].
"""),
]


# --- F. Ashby / Clarke family (white British and Black British Caribbean), Ise Lodge, Kettering; a friend's family ----------

HOME_F = d.Address("11 Lamport Drive", "Ise Lodge", "Kettering", "NN15 6XN")
HOST_F = d.Address("5 Stamford Road", "", "Kettering", "NN16 8DN")
DAD_F = d.Address("Flat 7, 40 Corporation Street", "", "Corby", "NN17 1NG")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Amber", "Ashby")], dt.date(2011, 4, 30), addresses=[HOST_F, HOME_F], ids=["335 617 2395", "G928855519181"],
       schools=["Kettering Buccleuch Academy"]),
    _p("s", "sibling", [("Reggie", "Ashby")], dt.date(2017, 11, 6), addresses=[HOME_F], ids=["300 290 5658"]),
    _p("m", "mother", [("Lauren", "Ashby")], dt.date(1990, 2, 15), addresses=[HOME_F], phones=["07704 318 229"]),
    _p("f", "father", [("Tyrone", "Clarke")], dt.date(1988, 7, 7), addresses=[DAD_F], phones=["07534 902 671"]),
    _p("h", "private foster carer", [("Mandy", "Oakley")], dt.date(1982, 9, 19), addresses=[HOST_F], phones=["07961 447 015"]),
    _p("p1", "professional", [("Grace", "Mwale")], phones=["01536 534 910"], emails=["grace.mwale@isevalley.gov.uk"]),
], "c")

DOCS_F = [
    ("private fostering assessment, summary", """ISE VALLEY COUNCIL - PRIVATE FOSTERING ASSESSMENT (Children Act 1989, s66) - SUMMARY
Child: [[Amber ASHBY|name]]    DOB: [[30 April 2011|dob]] (15)    NHS: [[335 617 2395|nhs]]
Living with: Mrs [[Mandy Oakley|name]] (private foster carer), [[5 Stamford Road|address]], [[Kettering|place]] [[NN16 8DN|postcode]], since
[[7 September 2026|date]]; household: Mrs [[Oakley|name]], her partner [[Dean Wardle|name]], her daughter [[Skye Oakley|name]] (15,
[[Amber|name]]'s
best friend), and her son [[Rio|name]] (19, at university in [[Nottingham|place]], home at weekends)
Parents: [[Lauren Ashby|name]], [[11 Lamport Drive|address]], [[Ise Lodge|place]], [[Kettering|place]] [[NN15 6XN|postcode]];
[[Tyrone Clarke|name]],
[[Flat 7, 40 Corporation Street|address]], [[Corby|place]] [[NN17 1NG|postcode]]
Notified by: [[Kettering Buccleuch Academy|school]] (DSL Mrs [[Joy Spriggs|name]]) on [[30 September 2026|date]] - not by the carer or
the parents, who did not know they had to notify us.
Assessing worker: [[Grace Mwale|name]]    Visits: [[2 October|date]] (home, seen alone), [[9 October|date]], [[23 October|date]],
[[6 November|date]]

How the arrangement began: [[Lauren|name]] has bipolar affective disorder and was admitted to the Welland Centre at St Mary's
Hospital in [[Kettering|place]] for two weeks in August. [[Amber|name]] stayed with [[Skye|name]]'s family then and did not go home after
[[Lauren|name]] was discharged: she says home was "loud, then silent, then loud" and that her mum's boyfriend, [[Wes|name]], "looks at
me funny". [[Reggie|name]] (8) lives with his mum and sees his own father, [[Jamie Ladd|name]], in [[Burton Latimer|place]] at weekends.
[[Tyrone|name]] ([[Amber|name]]'s father) agrees she should stay with the [[Oakleys|name]] and gives £40 a week; he lives in a one-bed
flat in
[[Corby|place]] and works nights at a food factory.

Suitability: the home is clean and warm; [[Amber|name]] shares [[Skye|name]]'s room (bunk beds) - a bed of her own is needed. DBS
checks on Mrs [[Oakley|name]] and Mr [[Wardle|name]] are clear; [[Rio Oakley|name]]'s check is pending. Mrs [[Oakley|name]] works as a
teaching assistant at [[Hawthorn Primary|school]]; she is warm and firm and has set rules about phones and curfew (9pm, 10:30 at
weekends) that [[Amber|name]] keeps. Police hold no information on the household. Health: [[Amber|name]] was registered with the
Linden Medical Group on [[12 October|date]]; her asthma review is due.

[[Amber|name]]'s wishes: to stay at [[Stamford Road|address]] "until I'm 16 at least", to see her mum at Nando's on Saturdays, and to
see her dad more. She asked that [[Wes|name]] is "not at home when I go for my stuff".

Concern carried forward: [[Amber|name]]'s remark about [[Wes|name]] ([[Wesley Garfield|name]], 41). A separate referral was made on
[[3 October 2026|date]]; police checks on him are in progress. [[Reggie|name]] is seen alone at school ([[Hall Meadow
Primary|school]]) by [[Grace|name]] fortnightly.
Recommendation: the arrangement is suitable, with conditions (a bed; [[Rio|name]]'s DBS). [[G. Mwale|name]], [[10 November 2026|date]]
"""),
    ("social worker's dictated notes on her phone after a visit, speech-to-text not tidied", """notes app - voice typing -
[[23 oct|date]] 17.48 - for [[amber|name]] PF file - TIDY UP LATER

visit to [[mandy oakley|name]] at [[stamford road|address]] 4.15 to 5.30 seen [[amber|name]] alone in the kitchen and then with
[[skye|name]]
new thing [[amber|name]] says her mum text her last night at 2 in the morning lots of texts saying she's going to take
[[reggie|name]] to [[skegness|place]] to live with aunty [[bev|name]] no full stop
[[amber|name]] showed me the texts from [[07704 318229|phone]] that's mum's number 14 messages 1:50 to 2:40 a.m.
one says you've chosen that family over us
mum sounds high ring the crisis team question mark ring [[lauren|name]] first
[[amber|name]] says dad [[tie-rone|name]] sorry [[tyrone|name]] came to the door on Sunday with chicken from the place on
[[rockingham road|address]]
she was happy about that he's going to take her to see her grandma [[Hyacinth|name]] in [[Leicester|place]] at half term
grandma [[hyacinth clark|name]] with no e she thinks [[highfields|place]]
[[mandy|name]] says [[wes|name]] [[garfield|name]] drove past the house twice in a black BMW she got the reg [[LR 17 ZXD|vehicle]]
I said call 999 if he stops
[[skye|name]] told me [[amber|name]] cries at night and then says she's fine typical 15 year old
bed still not sorted [[mandy|name]] asked about the fund I said I'd ask [[Karen|name]] in the office
check [[reggie|name]] at school Monday [[hall meadow|school]]
ring [[lauren|name]] tonight before 7 if no answer ring [[jamie ladd|name]] in [[burton|place]] [[07811 203 574|phone]] re
[[reggie|name]] weekend
end note
"""),
    ("school designated safeguarding lead's email chain", """From: [[Joy Spriggs|name]] <[[j.spriggs@kbacademy.org.uk|email]]>
Sent: Thursday, [[5 November 2026|date]] 08:31
To: [[Grace Mwale|name]] <[[grace.mwale@isevalley.gov.uk|email]]>
Cc: [[Carl Dixey|name]] <[[c.dixey@kbacademy.org.uk|email]]>
Subject: RE: [[Amber A|name]] (Y11) - mum at the gate

Hi [[Grace|name]],
Update from yesterday. At 15:10 [[Lauren|name]] came to the main gate on [[Park Road|address]] and asked the site manager,
[[Steve|name]], to
"get [[Amber|name]] out now". She was agitated and said she was taking [[Amber|name]] and [[Reggie|name]] "to the seaside to start again".
[[Carl|name]] (Head of Year 11, cc'd) kept [[Amber|name]] in the pastoral office and I spoke with [[Lauren|name]] in reception. She
calmed after 20 minutes and left with her friend [[Kerry-Ann|name]], who had driven her (silver Corsa, [[YF16 OPT|vehicle]]).
I rang [[Hall Meadow|school]], who kept [[Reggie|name]] until his dad [[Jamie|name]] collected him. [[Amber|name]] went home with
[[Skye|name]] and
Mrs [[Oakley|name]] at 15:45.
I have logged it on CPOMS and rang the mental health crisis line with [[Lauren|name]]'s agreement.
[[Joy|name]]
[[Joy Spriggs|name]] | Designated Safeguarding Lead | [[Kettering Buccleuch Academy|school]] | [[01536 515 644|phone]]

From: [[Grace Mwale|name]]
Sent: Wednesday, [[4 November 2026|date]] 17:02
To: [[Joy Spriggs|name]]
Subject: RE: [[Amber A|name]] (Y11) - mum at the gate

Thank you [[Joy|name]], I am on my way to [[Lamport Drive|address]] now with my manager ([[Sadia Rehman|name]]). Please could [[Amber|name]]
stay at [[KBA|school]] until [[Mandy|name]] collects her, and could you let [[Hall Meadow|school]] know. I'll ring [[Tyrone|name]].
[[Grace|name]]

From: [[Carl Dixey|name]]
Sent: Wednesday, [[4 November 2026|date]] 15:14
To: [[Joy Spriggs|name]]; [[Grace Mwale|name]]
Subject: [[Amber A|name]] (Y11) - mum at the gate
URGENT - [[Amber|name]]'s mum at the gate demanding to take her. [[Amber|name]] with me in pastoral. She is shaking. Please ring.
Sent from my iPhone
"""),
    ("letter to the mother confirming the private fostering arrangement", """Ise Valley Council, Children's Services,
[[Kettering|place]] Area Office
Our ref: PF/26/0142
Ms [[Lauren Ashby|name]]
[[11 Lamport Drive|address]]
[[Ise Lodge|place]]
[[Kettering|place]]
[[NN15 6XN|postcode]]
                                                                                           [[17 November 2026|date]]
Dear Ms [[Ashby|name]],

Private fostering arrangement for [[Amber Ashby|name]] (born [[30/04/2011|dob]])

Thank you for meeting me at Nando's in [[Kettering|place]] on [[13 November|date]] with [[Amber|name]], and for talking with me
so openly about the last few months. I am sorry that you were unwell in August and again on [[4 November|date]], and I was glad
to hear from you that the crisis team and your care coordinator, [[Nathan Moyo|name]], are now visiting every week.

I am writing to confirm what we agreed:
1. [[Amber|name]] will carry on living with Mrs [[Mandy Oakley|name]] at [[5 Stamford Road|address]] as a private fostering
   arrangement. You remain [[Amber|name]]'s parent and keep parental responsibility, as does her father, Mr [[Tyrone Clarke|name]].
2. You will see [[Amber|name]] every Saturday, in town, from 12 to 2; [[Amber|name]] may ask for more.
3. You agreed not to come to [[Amber|name]]'s school, or to the [[Oakleys|name]]' home, without arranging it with me first.
4. [[Reggie|name]] will stay with you, with his weekends at his dad's in [[Burton Latimer|place]]. The plan for [[Reggie|name]] is being
   looked at separately by my colleague [[Ifeoma Chukwu|name]] (Early Help), who will visit on [[24 November|date]].
5. Mr [[Garfield|name]] is not to live at [[Lamport Drive|address]] while the police enquiry is open; you told me he has moved
   back to his brother's in [[Wellingborough|place]].

I will visit [[Amber|name]] at least every six weeks and review the arrangement in the new year. If you disagree with any of
this, or would like an advocate, please ring me on [[01536 534 910|phone]] or email [[grace.mwale@isevalley.gov.uk|email]]. You can
also contact the council's complaints team.

Yours sincerely,

[[Grace Mwale|name]]
Social Worker, Children in Need (North)
cc: Mr [[T. Clarke|name]]; Mrs [[M. Oakley|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 58 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:09 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "mammy", "dad", "daddy", "aunty", "auntie", "uncle", "tanty", "tantie", "mama",
           "baba", "abba", "ato", "weizero", "w/ro", "ወ/ሮ", "ንወ/ሮ", "ኣቶ", "madam", "father", "abuna"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "northamptonshire",
               "northants", "north northamptonshire", "west northamptonshire", "oxfordshire", "leicestershire", "lincolnshire",
               "the midlands", "east midlands", "trinidad", "tobago", "trinidad and tobago", "the caribbean", "caribbean",
               "new york", "usa", "america", "ethiopia", "tigray", "eritrea", "sudan", "libya", "italy", "europe", "africa",
               "the gulf", "uae", "united arab emirates", "ትግራይ", "ኢትዮጵያ"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Tanty Gail",
# "Granny Marj", "Uncle Dexter", "Abba Gebremichael", "Nan Pauline", "ንወ/ሮ ኣቢጋይል"; and after one) and counties, regions and
# countries ("Northamptonshire", "Trinidad", "Tigray", "Ethiopia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
