"""Set 169: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set166.py to bench/redaction_set168.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set21.py (its docstring, records, checker word lists and most of its documents) and
tests/test_redaction_set21.py (the layout and marking conventions followed here), the docstrings only of bench/redaction_set7.py
to bench/redaction_set165.py (searched for the towns, districts and communities earlier sets used as a family's home), the def
and class lines of bench/redaction_handwritten.py, and the ruff settings in pyproject.toml.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in
small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector
module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current
round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Welwyn Garden City and Hatfield, Hertfordshire, each from a district or estate no earlier set used as a
family's home (Hollybush, Peartree and Birchwood were used or are ambiguous, so they are avoided as homes). Three of the kinds
most common in children's social care: a white British mother in Panshanger, Welwyn Garden City, with a nan in the town
(Tarrant / Cole; neglect, a child protection plan, a father gone to Stevenage, a boy of 9 off school and gaming with a
stranger, a toddler's tooth decay, a neighbour who feeds the children), maternal grandparents in Handside, Welwyn Garden City,
becoming special guardians (Ashworth / Pike; a mother in heroin rehab in Luton, a father working in a bar in Mallorca), and a
British Bangladeshi family in Ellenbrook, Hatfield (Miah / Begum; a boy of 14 criminally exploited on a county line into
Dunstable, a grandmother in Sylhet, threats to a sister). A Meitei girl of 13 from Imphal, Manipur, privately fostered by
family friends in Oxlease, Hatfield (Ningthoujam / Thoudam; sent away from the violence in Manipur, a late notification, a name
in Meetei Mayek script, Meitei names written surname first); an earlier set (158) had a Meitei family, so this one is not
counted as a new community. Two from communities no earlier set used: a Kashmiri Pandit family in Haldens, Welwyn Garden City
(Koul / Raina; coercive control of a mother, a boy of 15 who self-harms and cares for a grandmother with dementia, a
grandfather in Jammu displaced from Srinagar in 1990 who writes in Hindi and English, names in Devanagari), and an
Irish-speaking family from the Donegal Gaeltacht: a young nursing student in South Hatfield with a new baby, her mother in
Gaoth Dobhair (Gweedore) who texts in Irish (Doyle / Pryor; domestic abuse and drug dealing by the baby's father, a
neighbour's complaint; an earlier set's Scottish Gaelic family from Lewis is a different community). 24 documents, four per family,
each with its own style: a health
visitor's two-year review note, a food bank e-voucher with a volunteer's delivery note, a Facebook Messenger chat between
sisters printed for a meeting, core group minutes; a school counsellor's referral, a grandfather's letter from Jammu in Hindi
and English with a translation note, a police body-worn video transcript, a child and family assessment summary; a private
fostering notification form, a social worker's visit notes typed fast on a phone, a mother's WhatsApp voice notes transcribed
and translated from Meiteilon, a private fostering assessment report; a university student wellbeing team's safeguarding
form, a midwife's pre-birth assessment with a birth note, a neighbour's handwritten complaint scanned and OCR'd (with its
errors), Snapchat messages copied from screenshots; a special guardianship assessment extract, a grandmother's diary pages,
a contact centre supervised contact record, a father's email from Mallorca; a National Referral Mechanism form, a youth
justice chronology, a return home interview, and a father's texts with a youth justice worker exported from a work phone.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (India, Ireland, Spain, Bangladesh); NHS numbers and UPNs (LA number 919) pass their
check digits; NI numbers have a valid format. The council (Mimram Vale), the schools (Herns Wood Primary, Mimram Park
Academy, Applecroft Primary as used here, Beaumont Heath Academy, Handside Green Primary, Ellenbrook Fields Academy,
Nirmalabas High School), the housing association (Howe Dell Housing), the contact centre (Woodside Centre) and the rehab
(Nova House) are invented or used as invented; towns, districts, estates, villages, real charities, NHS bodies, hospitals
(the Lister, QEII), surgeries, police forces, courts, universities and their campuses, shopping centres (the Galleria, the
Howard Centre), parks and lakes (Stanborough), brands, apps, festivals (Herath, Diwali) and laws are real or realistic and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Dr, PC, DC,
Sister, Uncle, Nanny, Grandad, Mum, Mummy, Mammy, Ima, Abok, ibok, Nani, nana, Dyed, Mouji, Papa, aunty) stay outside the name
span, whether before or after the name ("Shanta ji", "Jamal bhai"); a possessive 's and a bare s in texting ("nasreen"s,
"Poppy"s, "liam"s) stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span
("THOUDAM, Bembem", "DOYLE, Niamh", "PRYOR, Jordan"), and so is "SURNAME First" ("MIAH Rayhan") and a Meitei name written
surname first ("Ningthoujam Memcha Devi"); an initial with a surname is one span ("O. N. Raina", "K-A Shaw"), and so is a first
name with an initial after it ("Rayhan M"); initials alone ("P.", "t", "GP" as a worker's initials) are not marked; a name
broken by a line break is one span holding the break ("Rajen\\nNingthoujam", "Leona\\nParris", "Lorraine\\nPryor"), and so is
a school ("Beaumont\\nHeath"); social media handles and usernames ("jp_22", "nee.dee06", "prexy.a") are not marked, but a
display name that is a person's plain name is; a contact saved under a kinship word ("Mammy") is not a name, but "Ima Thoibi" marks the
daughter's name; a
family name in the plural ("thoudams") is a name. A street address is one span, its town a place, its postcode a postcode; a
street named without a number is an address, and so is a neighbour's bare flat or house number ("no. 25", "no. 20", "no.
29") and an address abroad ("House 112, Lane 4, Durga Nagar", Jammu; "Singjamei Wangma Kshetri Leikai", Imphal; "Bun an
Inbhir", Gaoth Dobhair; "Carrer del Sol 7, 2n", Port d'Alcúdia), with its foreign postcode ("180013", "795008", "F92 KX63",
"07400"); towns, cities, villages, districts, estates and markets that are districts ("Thangal Bazar", "Paona Bazar") are
places, at home or abroad and in lower case ("welwyn", "hatfield", "imphal", "welham green", "lamphel"); countries, states,
counties and regions are not ("Manipur", "Mallorca", "India", "Spain", "England", "Co. Donegal", "Hertfordshire"); organisations
are not marked even when they hold a town's or a person's name ("Welwyn Hatfield Foodbank", "Peartree Spring Children's Centre",
"Bridge Cottage Surgery", "Wrafton House Surgery", "Watford Family Court", "Manipuri Association UK", "Hertfordshire
Constabulary", "Bedfordshire Police", "Herts Sunflower"); a school's name is a school, and so is its short form and lower-case
form ("Herns Wood", "herns wood", "beaumont heath", "Applecroft", "Mimram Park", "Ellenbrook Fields", "Handside Green"); a date
of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), the bare day in a range is a
date span of its own ("2"-"4/10/2026"), and months, seasons and years alone are not marked; pets' names (Nala, Bruno, Biscuit)
are not names; parks, lakes, shopping centres and campuses are landmarks and stay unmarked (Stanborough, the Galleria, Campus
West, Campus East, College Lane campus); a surname or first name that is also a word is marked by what it refers to (Moss,
Fern, Swan, Finch, Summers, Grace, Precious, Tiny, Cole, Pike, Costa, Partridge are names when they are people); a name in
another script (Devanagari "मीनाक्षी", "संजय", "अर्णव"; Meetei Mayek "ꯊꯣꯏꯕꯤ") is a name; a service or branch named by its
town in lower-case words ("the Hatfield library", "welwyn tesco") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an Irish name's grammatical forms
are names and places with their changed first letters inside the span (the vocative "a Chian" marks "Chian", the particle "a"
outside; "i nGaoth Dobhair" marks "nGaoth Dobhair"), a woman's Irish surname is one span with its "Ní" ("Niamh Ní Dhubhghaill"),
and "a stór" (love) is an endearment, not a name; the Irish and English names of the same village ("Gaoth Dobhair",
"Gweedore") are both places; OCR-broken words keep the
kind of what they were ("52 Bishops R ise" an address, "Hatf ield" a place), and a misspelt or misheard name is a name
("Neeve", "Jordon", "Popy"), while the OCR'd "lreland" is a country and stays unmarked; a university hall of residence ("de
Havilland" halls) is an address, like a block's name, since it locates where a person lives; nicknames and street names
("R-Dog", "Tiny", "Uncle Jay"'s "Jay", "Daz", "Rubes", "Sersh", "Ishu", "Thoi") are names, like aliases; a county line's
name ("Kane" line) is a name, since it is the name the line trades under and may be a person's; "the Campus" is a landmark;
"Mallorca" and "Manipur" (a state) are regions, not places, while Imphal, Moirang, Churachandpur and Jammu are places ("Jammu"
the city, as opposed to Jammu and Kashmir, the territory); an airport is an organisation; a student number, a voucher number, a
court case number, an occurrence number, a footage device number and a collar number are not marked; an interpreter's gloss
of a kinship word ("Ima" = mother) is not a name.

Self-check without the detector: `python -m bench.redaction_set169` (and tests/test_redaction_set169.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,005 gold spans, 559 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tarrant / Cole family (white British), Panshanger, Welwyn Garden City -------------------------------------------

HOME_A = d.Address("27 Moors Walk", "Panshanger", "Welwyn Garden City", "AL7 2BQ")
NAN_A = d.Address("9 Brockswood Lane", "", "Welwyn Garden City", "AL8 7BE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kai", "Cole")], dt.date(2017, 5, 14), addresses=[HOME_A], ids=["5371852808", "U919233417244"],
       schools=["Herns Wood Primary School"]),
    _p("s", "sibling", [("Ruby-Mae", "Tarrant")], dt.date(2023, 2, 2), addresses=[HOME_A], ids=["6790588418"]),
    _p("m", "mother", [("Stacey", "Tarrant")], dt.date(1995, 8, 30), addresses=[HOME_A], phones=["07412 553 018"],
       ids=["JK 48 21 93 C"]),
    _p("f", "father", [("Liam", "Cole")], dt.date(1993, 1, 9), phones=["07958 201 447"]),
    _p("g", "grandparent", [("Carol", "Tarrant")], dt.date(1968, 4, 21), addresses=[NAN_A], phones=["01707 332 415"]),
    _p("p1", "professional", [("Bethan", "Moss")], phones=["01707 357 129"], emails=["bethan.moss@mimramvale.gov.uk"]),
    _p("p2", "professional", [("Fern", "Lockley")], phones=["07865 330 912"], emails=["fern.lockley@nhs.net"]),
], "c")

DOCS_A = [
    ("health visitor's two-year development review home visit note", """0-19 SERVICE (HEALTH VISITING) - 2 YEAR DEVELOPMENTAL REVIEW
Child: [[Ruby-Mae TARRANT|name]]   DOB: [[02/02/2023|dob]]   NHS: [[679 058 8418|nhs]]
Address: [[27 Moors Walk|address]], [[Panshanger|place]], [[Welwyn Garden City|place]] [[AL7 2BQ|postcode]]
Seen: at home, Thursday [[12 November 2026|date]], 10:00-11:25 (review is late: DNA [[14/07/2026|date]], [[02/09/2026|date]])
Present: mother [[Stacey Tarrant|name]]; maternal grandmother [[Carol Tarrant|name]] arrived 10:40; brother [[Kai|name]] (9) at home
"off sick". Practitioner: [[Fern Lockley|name]], Specialist Community Public Health Nurse, Welwyn Hatfield 0-19 team.

ASQ-3 (completed with mum): communication 25 (below cut-off), gross motor 50, fine motor 35, problem solving 30,
personal-social 20 (below). ASQ:SE-2 above cut-off. [[Ruby-Mae|name]] ("[[Rubes|name]]") has about 6 words, points, no two-word
phrases. Drinks from a bottle (blackcurrant squash); teeth: visible decay on the upper front four. Not registered with a dentist.

HOME: two-bed maisonette, first floor. Strong smell of dog urine in the hall; two dogs (a husky and a French bulldog, "Nala"
and "Bruno"), a stair gate missing. Kitchen: sink full, no fresh food seen, the fridge had milk and yoghurts. Mum said the
Tesco delivery "comes tomorrow". Cot in mum's room, no mattress cover. [[Kai|name]]'s room: mattress on the floor, no bedding,
an Xbox; he said he "plays till late". He told me he hasn't been to [[Herns Wood|school]] "since Monday" because "Mum can't walk me".

MUM: tearful. Said [[Liam|name]] (the children's dad, [[Liam Cole|name]]) left in August and "went back to his mum's in
[[Stevenage|place]]"; he pays nothing. She is behind on rent to the housing association (letter seen, £1,214) and the
electric is on emergency credit. She says she is "not depressed, just skint". PHQ-9 declined. She takes her mum to the
Lister for dialysis three days a week. Grandmother ([[Carol|name]]) said "she's not coping, I keep telling her".

PLAN (agreed): referral to speech and language therapy (drop-in at Peartree Spring Children's Centre,
[[Fern|name]] to book); dental advice and a free toothbrush pack; food bank voucher (referral done today, see voucher); Healthy
Start checked - eligible, not claimed; GP for mum's mood (Bridge Cottage Surgery); school nurse told about [[Kai|name]]; with
mum's consent a call to the family's social worker, [[Bethan Moss|name]] ([[01707 357 129|phone]]), who is already
involved through [[Kai|name]]'s school. Next contact [[26/11/2026|date]].
[[F. Lockley|name]], SCPHN, [[07865 330 912|phone]]

FAMILY AND NETWORK (updated today)
Mother: [[Stacey Tarrant|name]], [[30/08/1995|dob]], [[07412 553 018|phone]]. Father of both children: [[Liam Cole|name]],
[[09/01/1993|dob]],
[[07958 201 447|phone]], now c/o his mother Mrs [[Sandra Cole|name]], [[Stevenage|place]]. Maternal grandmother: [[Carol Tarrant|name]],
[[9 Brockswood Lane|address]], [[Welwyn Garden City|place]] [[AL8 7BE|postcode]], [[01707 332 415|phone]] (on dialysis Mon/Wed/Fri).
Maternal aunt: [[Jodie Tarrant|name]] ([[Welwyn|place]]), works at Tesco. Neighbour: Mrs [[Nasreen Iqbal|name]], [[25 Moors Walk|address]].
[[Kai|name]]'s school: [[Herns Wood Primary School|school]], Year 5 (teacher Mr [[Oduya|name]]). GP: Dr [[Ellis|name]].
"""),
    ("food bank voucher with the referring agency's notes", """FOOD BANK E-VOUCHER (referral agency copy)
Voucher no.: WH-26-08817     Issued: [[12/11/2026|date]]     Referrer: [[Fern Lockley|name]] (0-19 Service), tel [[07865 330 912|phone]]
Collection point: Welwyn Hatfield Foodbank, Thursday session at the Panshanger Community Church? - changed: Ludwick Family Club
Client name: [[Stacey TARRANT|name]]        Client DOB: [[30.08.1995|dob]]
Address: [[27 Moors Walk|address]], [[AL7 2BQ|postcode]]       Phone: [[07412 553 018|phone]]
Household: adults 1 / children 2 (ages 9, 3)   Names of children: [[Kai|name]], [[Ruby Mae|name]]
Crisis type: [x] benefit delay  [x] low income  [ ] debt  [ ] sickness  [ ] domestic abuse  [ ] homelessness
Dietary: none; baby items: nappies size 5, wipes; pet food (dogs) - no, food bank does not give pet food.
No. of vouchers in last 6 months: 2 ([[03/06/2026|date]], [[19/08/2026|date]])
Referrer's note: Mum's UC was stopped [[28/10|date]] after a missed journal appointment; the new claim is being sorted by
Citizens Advice ([[Rajesh|name]] at the Campus West office). Mum has no transport - please can a volunteer deliver? Nan
([[Carol Tarrant|name]], [[Brockswood Lane|address]]) can collect on Fri if not.
Volunteer's note (delivery, [[13/11/2026|date]]): delivered 14:20 by [[Pat Gaskin|name]] and [[Derek|name]]. Mum answered in a
dressing gown, the boy answered first ("are you the police?"). A neighbour in [[no. 25|address]] (Mrs [[Iqbal|name]]? - she said to
call her [[Nasreen|name]]) came out to help carry and said she "gives the kids tea most nights". Signed [[P. Gaskin|name]].
"""),
    ("mother's Facebook Messenger chat with her sister, printed for a meeting", """Messenger - [[Stacey Tarrant|name]] and
[[Jodie Tarrant|name]]
(printed by [[Stacey|name]] and handed to [[Bethan|name]] at the core group on [[24/11/2026|date]], with her consent; 2 pages)

[[2 Nov 2026|date]], 23:14
[[Jodie Tarrant|name]]: u ok hun? mum said u wer crying at the lister
[[Stacey Tarrant|name]]: im fine. just tired. [[liam|name]] aint sent nothing again
[[Jodie Tarrant|name]]: hes a waste of space. want me to come over sat? can bring tea for [[kai|name]] and [[rubes|name]]
[[Stacey Tarrant|name]]: yeh pls. [[kai|name]] wont go school, says hes got a belly ache every day. school keep ringing
[[Jodie Tarrant|name]]: is it that [[mason|name]] kid again
[[Stacey Tarrant|name]]: dunno he wont say. he just sits on the xbox with some lad from [[hatfield|place]] called [[tyler|name]]? dont
know him
[[Jodie Tarrant|name]]: hmm dont like that. tell [[bethan|name]]
[[Stacey Tarrant|name]]: i aint telling the social nothing theyl take em

[[5 Nov 2026|date]], 18:02
[[Jodie Tarrant|name]]: fireworks at stanborough tonight u going?
[[Stacey Tarrant|name]]: cant the dogs go mad. [[kai|name]] went with [[nasreen|name]]s boys
[[Jodie Tarrant|name]]: aw shes good to u
[[Stacey Tarrant|name]]: yeh. [[liam|name]]s new bird put a pic up on fb of him in [[benidorm|place]]!!! [[kayleigh|name]] something.
from [[stevenage|place]]
[[Jodie Tarrant|name]]: wtf. and he says hes skint

[[9 Nov 2026|date]], 08:41
[[Stacey Tarrant|name]]: can u take [[kai|name]] to [[herns wood|school]] tmrw i got mums dialysis 8am
[[Jodie Tarrant|name]]: cant im on earlies at [[welwyn|place]] tesco. ask [[carol|name]]? oh wait she IS mum lol
[[Stacey Tarrant|name]]: haha. ill ask [[nas|name]]
[[Jodie Tarrant|name]]: ok love u xx
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - MINUTES (Child Protection Plan, category: neglect)
Children: [[Kai COLE|name]] (DOB [[14/05/2017|dob]], UPN [[U919233417244|upn]]) and [[Ruby-Mae TARRANT|name]] (DOB [[02/02/2023|dob]])
Date: Tuesday [[24 November 2026|date]], 13:30, [[Herns Wood Primary School|school]] (library)
Present: [[Bethan Moss|name]] (SW, Mimram Vale Council, chair); [[Stacey Tarrant|name]] (mother); [[Carol Tarrant|name]]
(grandmother); [[Fern Lockley|name]] (HV); [[Andrew Pemberton|name]] (DSL, [[Herns Wood|school]]); [[Claire Dunmore|name]] (Family
Support Worker, Families First); [[Gurpreet Sahota|name]] (housing officer).
Apologies: [[Liam Cole|name]] (father) - no reply to the invitation sent to [[07958 201 447|phone]]; Dr [[Ellis|name]] (GP).

1. Actions from the ICPC ([[3 November|date]]): the school attendance plan is in place; [[Kai|name]]'s attendance since
   the [[4th|date]] is 71% (was 58%). Mr [[Pemberton|name]]: [[Kai|name]] came in on [[the 17th|date]] with no coat and had not eaten;
   breakfast club place started [[18/11|date]]. [[Kai|name]] named an online friend "[[Tyler|name]]" from [[Hatfield|place]], age
   unknown; the school's e-safety lead has spoken to him. Action: SW to discuss with the police's online safety team.
2. Home conditions: [[Claire|name]] visited [[16/11|date]] and [[20/11|date]] - improved, the kitchen clean, the dogs' area cleaned;
   a stair gate fitted (Families First fund). Mum said her sister [[Jodie|name]] helped at the weekend.
3. Health: [[Ruby-Mae|name]] seen by the dentist on [[19/11|date]] (four extractions under GA planned at the Lister, waiting
   list); SALT appointment on [[8 December|date]]. Mum saw the GP on [[17 November 2026|date]] and has started sertraline.
4. Money and housing: UC reinstated [[20/11/2026|date]]; rent arrears plan agreed with the housing association (£10 a week).
   Mr [[Sahota|name]]: no move planned, but a managed transfer could be looked at if mum wants to be nearer her mum in
   [[Handside|place]].
5. Dad: Ms [[Moss|name]] reached Mr [[Cole|name]] on [[21/11|date]]; he lives with his mother at [[14 Chells Way|address]],
[[Stevenage|place]],
   with a new partner ([[Kayleigh Bright|name]]). He wants to see [[Kai|name]] fortnightly. To be assessed.
6. Children's views: [[Kai|name]] (seen alone [[23/11|date]]): "I want Mum to be happy again and for [[Nasreen|name]] to still make
   tea." [[Ruby-Mae|name]]: observed - happy with her nan, shows her "doggy" (Nala).
Next core group: [[15 December 2026|date]], 13:30. Minutes by [[B. Moss|name]], [[bethan.moss@mimramvale.gov.uk|email]].

ACTIONS
| Who | What | By when |
| [[Bethan|name]] | Visit [[Kai|name]] and [[Ruby-Mae|name]] at home, seen alone where possible | [[1/12/2026|date]], [[8/12/2026|date]] |
| [[Bethan|name]] | Assess Mr [[Cole|name]]'s home at [[14 Chells Way|address]], [[SG2 0HP|postcode]] and speak to Ms [[Bright|name]] |
[[4/12/2026|date]] |
| [[Andrew|name]] | Attendance report; e-safety session with [[Kai|name]] and his mum | [[11/12/2026|date]] |
| [[Fern|name]] | SALT and dental follow-up; weigh [[Ruby-Mae|name]] | [[8/12/2026|date]] |
| [[Claire|name]] | Two home visits a week; routines chart; help with the school run with Mrs [[Iqbal|name]] ([[Nasreen|name]]) | ongoing |
| [[Gurpreet|name]] | Rent statement to [[Stacey|name]]; transfer form if wanted | [[30/11/2026|date]] |
| [[Stacey|name]] | GP review [[1 December|date]]; keep the dogs out of the children's rooms; ring [[Bethan|name]] on
[[01707 357 129|phone]] if things slip | - |
Distribution: [[stacey.tarrant95@gmail.com|email]]; [[andrew.pemberton@hernswood.herts.sch.uk|email]]; [[fern.lockley@nhs.net|email]];
[[claire.dunmore@familiesfirst.org.uk|email]]; the child protection chair ([[Yvonne Achterberg|name]]).
"""),
]


# --- B. Koul / Raina family (Kashmiri Pandit), Haldens, Welwyn Garden City ---------------------------------------------------

HOME_B = d.Address("18 Haldens", "Haldens", "Welwyn Garden City", "AL7 1DQ")
NANA_B = d.Address("House 112, Lane 4, Durga Nagar", "", "Jammu", "180013")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Arnav", "Koul")], dt.date(2011, 9, 3), addresses=[HOME_B], ids=["7353946520", "J919231115408"],
       schools=["Mimram Park Academy"]),
    _p("s", "sibling", [("Ishaani", "Koul")], dt.date(2016, 12, 19), addresses=[HOME_B], ids=["4940178404"]),
    _p("m", "mother", [("Meenakshi", "Koul")], dt.date(1984, 3, 11), addresses=[HOME_B], phones=["07521 448 260"],
       ids=["NR 62 71 35 B"]),
    _p("f", "father", [("Sanjay", "Koul")], dt.date(1979, 7, 25), addresses=[HOME_B], phones=["07383 119 604"]),
    _p("g", "grandparent", [("Shanta", "Koul")], dt.date(1948, 1, 2), addresses=[HOME_B]),
    _p("g2", "grandparent", [("Omkar Nath", "Raina")], dt.date(1951, 10, 30), addresses=[NANA_B], phones=["+91 94191 56302"]),
    _p("p1", "professional", [("Tom", "Gable")], phones=["01707 268 904"], emails=["tom.gable@mimramvale.gov.uk"]),
], "c")

DOCS_B = [
    ("school counsellor's referral to the front door", """REFERRAL TO CHILDREN'S SERVICES (Mimram Vale Council Front Door) - from
[[Mimram Park Academy|school]]
Referrer: [[Helen Drury|name]], school counsellor (BACP), on behalf of the DSL, [[Mark Ostrowski|name]]. Tel [[01707 391 227|phone]]
Date of referral: Wednesday [[7 October 2026|date]]
Young person: [[Arnav KOUL|name]], Year 11, DOB [[03-09-2011|dob]], UPN [[J919231115408|upn]]
Address: [[18 Haldens|address]], [[Welwyn Garden City|place]] [[AL7 1DQ|postcode]]. First language at home: Kashmiri and Hindi;
English fluent. Parents: [[Sanjay Koul|name]] (father, [[07383 119 604|phone]]) and [[Meenakshi Koul|name]] (mother,
[[07521 448 260|phone]]). Sister [[Ishaani|name]] (9) at [[Applecroft|school]]. Paternal grandmother lives with them.

Reason: In his sixth counselling session (self-referred for exam stress, [[2 September|date]]) [[Arnav|name]] showed me cuts on
his left forearm, some fresh (he said "last night"), about 12, superficial, not needing treatment (checked by the school nurse,
[[Jill Amos|name]]). He said he cuts when "it gets loud at home". He described his father shouting at his mother most nights
about money and "what she says to people", taking her bank card and phone, and once (he thinks in the summer holiday, when they
came back from [[Jammu|place]]) pushing her so she fell against the mandir shelf. He said his mother "isn't allowed" to go to the
Hindu Society's Diwali on her own or to see her friend [[Anjali|name]] from the temple in [[Hatfield|place]]. He looks after his
grandmother ("Dyed", dementia) when his mum works at the pharmacy. He said: "Papa says if anyone finds out, Mouji goes back to
India and we never see her." He asked me not to tell. I explained I must. He agreed I could speak to his mum first; I could not
reach her (phone off). I have not told the father.

Other: attendance 93%; predicted grades dropped; he stays in the library until 17:30 most days. Form tutor (Mr [[Lowe|name]]) noticed he
has stopped eating lunch. His friend [[Dev|name]] ([[Devansh Bhat|name]], Y11) told me on [[6 Oct|date]] that [[Arnav|name]] "said he
wanted to disappear".
"""),
    ("grandfather's letter from Jammu in Hindi and English, with the social worker's translation note", """[Letter received by post at
the council
on [[2 November 2026|date]], addressed to "The Social Worker of my grandson [[Arnav|name]]". Handwritten, two sides, Hindi
(Devanagari) and English mixed. Hindi parts translated by [[Priya Sharma|name]] (council interpreter list) on [[4/11/26|date]].]

[[House 112, Lane 4, Durga Nagar|address]], [[Jammu|place]] - [[180013|postcode]]
Dated [[26-10-2026|date]]

Respected Madam / Sir,
I am [[Omkar Nath Raina|name]], retired Head Master, father of [[Meenakshi|name]] and nana of [[Arnav|name]] and [[Ishaani|name]]. My
daughter told me on phone that the social worker is coming to the house in [[Welwyn|place]]. I am writing myself because she
cannot say everything.

हमारी बेटी [[मीनाक्षी|name]] बहुत दुखी है। [[संजय|name]] उसे पैसे नहीं देता और फ़ोन भी ले लेता है।
(Translation: "Our daughter [[Meenakshi|name]] is very unhappy. [[Sanjay|name]] does not give her money and takes her phone too.")

We are Kashmiri Pandits. In 1990 we left our home in [[Habba Kadal|place]], [[Srinagar|place]] with nothing and lived in a tent
camp at [[Muthi|place]] for two years. [[Meenakshi|name]] was six. I know what it is to lose home. I do not want her to lose her
children. [[Sanjay|name]]'s family is a good family - his mother, [[Shanta|name]] ji, was our neighbour in the camp - but he has
changed since he lost his job in [[Hyderabad|place]] and came to England.

मेरे नाती [[अर्णव|name]] को बताइए कि नाना उससे बहुत प्यार करते हैं।
(Translation: "Tell my grandson [[Arnav|name]] that his nana loves him very much.")

If [[Meenakshi|name]] and the children need to come here, they can stay with us. My son [[Rohit|name]] is in [[Noida|place]] and
can also help. You can telephone me on [[+91 94191 56302|phone]] (WhatsApp) or my son on [[+91 98110 27364|phone]]. Please
do not tell [[Sanjay|name]] I wrote.
With blessings, [[O. N. Raina|name]]

Social worker's note ([[Tom Gable|name]], [[5/11/2026|date]]): read with [[Meenakshi|name]] at the Campus East office; she cried
and said "Papa always writes letters". She does not want to go to [[Jammu|place]]: "the children's life is here". Mr
[[Raina|name]] to be kept informed with her consent only. Herath in February - the family usually travel; to discuss.
"""),
    ("police body-worn video transcript of a domestic incident call", """HERTFORDSHIRE CONSTABULARY - BWV TRANSCRIPT (extract, prepared
for the
Domestic Abuse Investigation and Safeguarding Unit)   Occurrence: 41/98213/26   Footage: PC 1187 [[Naylor|name]], device 0442
Date: [[14/11/2026|date]]   Location: [[18 Haldens|address]], [[AL7 1DQ|postcode]]   Officers: PC [[Kieran Naylor|name]],
PC [[Ayo Fashola|name]]   Caller: a neighbour, Mr [[Brian Haldane|name]] of [[no. 20|address]]

[00:00:14] PC NAYLOR: Police, can you open the door please. ... Hello, what's your name?
[00:00:21] MALE (later [[Sanjay Koul|name]]): There is no problem here officer. My wife is upset only.
[00:00:27] PC NAYLOR: We need to see everyone in the house. Who else is here?
[00:00:31] MALE: My mother, she is sleeping. My children.
[00:00:40] FEMALE (later [[Meenakshi Koul|name]]), off camera: [in Kashmiri - not transcribed]
[00:00:52] PC FASHOLA: Madam, come into the kitchen with me. Is it all right? Are you hurt?
[00:01:09] FEMALE: He pulled my hair. He took my phone. [[Arnav|name]] was trying to stop him.
[00:01:15] YOUTH (later [[Arnav Koul|name]]), on the stairs: He threw it. He threw the tiffin at her.
[00:01:22] MALE: [[Arnav|name]], go upstairs. Beta, upstairs.
[00:01:30] PC NAYLOR: Stay where you are please, sir. [[Arnav|name]], is it? How old are you?
[00:01:33] YOUTH: Fifteen. My sister's in her room. [[Ishu|name]] was crying.
[00:02:40] PC FASHOLA: Can I have your date of birth?
[00:02:44] FEMALE: Eleven, three, eighty-four. [[11/03/1984|dob]].
[00:03:55] ELDERLY FEMALE (later [[Shanta Koul|name]]), in Hindi: [not transcribed; appears confused, asks for "[[Omkar|name]]"]
[00:05:10] PC NAYLOR: Sir, I'm arresting you on suspicion of assault by beating ...
[00:07:31] FEMALE: Please call [[Anjali|name]]. [[Anjali Dhar|name]]. She lives in [[Oxlease|place]]. [[07449 831 065|phone]].
[00:08:02] PC FASHOLA: Is there anyone else who should know? Family?
[00:07:40] PC NAYLOR: And the children's names and dates of birth?
[00:07:44] FEMALE: [[Arnav|name]], third September two thousand eleven, [[3/9/2011|dob]]. [[Ishaani|name]], nineteenth December
two thousand sixteen. [[19/12/2016|dob]]. She goes to [[Applecroft|school]]. He goes to [[Mimram Park|school]].
[00:07:52] PC FASHOLA: And your husband's date of birth?
[00:07:55] FEMALE: [[25th July 1979|dob]]. [[Sanjay Kumar Koul|name]].
[00:08:06] FEMALE: My father is in [[Jammu|place]]. My brother in [[Noida|place]]. Nobody here. Only [[Anjali|name]] and the temple.
[End of extract. DASH completed by PC [[Fashola|name]]: HIGH (14 yes answers). Referral to MARAC; children's services told
[[14/11/2026|date]] 23:50 (EDT, [[Sam Okonjo|name]]).]
"""),
    ("child and family assessment summary and analysis", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS
Children: [[Arnav Koul|name]] ([[3 September 2011|dob]]) and [[Ishaani Koul|name]] ([[19 December 2016|dob]])
Assessment started [[8 October 2026|date]]; completed [[24 November 2026|date]] (day 33 of 45)
Social worker: [[Tom Gable|name]]; team manager: [[Lorraine Whitfield|name]]

Sources: [[Arnav|name]] (seen alone four times, at school and at the [[Hatfield|place]] library); [[Ishaani|name]] (seen alone twice, at
home and at [[Applecroft Primary|school]]); [[Meenakshi Koul|name]] (mother); [[Sanjay Koul|name]] (father, once, after bail);
[[Mimram Park|school]] (counsellor [[Helen Drury|name]], DSL); the GP; the police (DAISU, DC [[Rebecca Yule|name]]); IDVA
([[Sunita Gupta|name]], Herts Sunflower); the maternal grandfather by WhatsApp ([[+91 94191 56302|phone]]) with the mother's
consent and an interpreter; Mrs [[Anjali Dhar|name]] (family friend, [[Oxlease|place]]).

Analysis. The evidence shows a pattern of coercive and controlling behaviour by Mr [[Koul|name]] towards Mrs [[Koul|name]] over at
least three years: control of money and her phone, restricting her contact with friends and the temple, and threats that she
would be "sent back to India" and lose the children. The physical assaults on [[14 November|date]] and, by [[Arnav|name]]'s
account, in August, show it escalating. [[Arnav|name]] has taken on the role of protector and of carer for his grandmother; his
self-harm and his words ("I wanted to disappear") are a direct response. [[Ishaani|name]] ("[[Ishu|name]]") said her house is "scary
at night" and drew her father "shouting in big letters". Mrs [[Koul|name]]'s history - displacement from [[Srinagar|place]] in 1990 as
a child - matters: she said "we lost one home already", and fear of losing this one kept her silent.
Strengths: Mrs [[Koul|name]]'s warmth and her steady work at the pharmacy in [[Howlands|place]]; the children's schools; Mrs
[[Dhar|name]]; the Kashmiri Pandit families in [[Hatfield|place]] and [[Harrow|place]] who have offered practical help; her father's
support.
Mr [[Koul|name]] accepts "shouting" only. His bail conditions keep him from [[Haldens|address]]; he is at a friend's in [[Luton|place]]
([[Amit Kaul|name]]).
Outcome: child in need plan; referral to an adult social care assessment for Mrs [[Shanta Koul|name]] (dementia); CAMHS (the
school has referred); a Pandit-speaking? - Kashmiri-speaking counsellor sought through the community association.
[[T. Gable|name]], [[tom.gable@mimramvale.gov.uk|email]], [[01707 268 904|phone]]

Genogram key (as drawn with [[Meenakshi|name]] on [[12/11/2026|date]]): [[Meenakshi Koul|name]] (née [[Raina|name]]; b. [[11.3.1984|dob]];
NI [[NR 62 71 35 B|ni]]) - married [[Sanjay Koul|name]] (b. [[25.7.1979|dob]]) in [[Jammu|place]] on [[17 February 2008|date]]; children
[[Arnav|name]] and [[Ishaani|name]]; [[Sanjay|name]]'s mother [[Shanta Koul|name]] (b. [[2.1.1948|dob]]) lives with them; his late father
[[Jawahar Lal Koul|name]] (d. 2019); his sister [[Sunita Kaul|name]] in [[Pune|place]]; her father [[Omkar Nath Raina|name]] and mother
[[Kamla Raina|name]] in [[Jammu|place]]; her brother [[Rohit Raina|name]] in [[Noida|place]] with his wife [[Pooja|name]]; family friend
[[Anjali Dhar|name]] ([[Oxlease|place]], [[07449 831 065|phone]]).
"""),
]


# --- C. Ningthoujam / Thoudam family (Meitei, from Manipur), Oxlease, Hatfield -----------------------------------------------

HOME_C = d.Address("11 Kingsmead Close", "Oxlease", "Hatfield", "AL10 9RT")
PARENTS_C = d.Address("Singjamei Wangma Kshetri Leikai", "", "Imphal", "795008")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Thoibi", "Ningthoujam")], dt.date(2013, 6, 22), addresses=[HOME_C, PARENTS_C],
       ids=["6981212358", "V919267510541"], schools=["Beaumont Heath Academy"]),
    _p("m", "mother", [("Memcha Devi", "Ningthoujam")], dt.date(1986, 5, 1), addresses=[PARENTS_C], phones=["+91 98620 41178"]),
    _p("f", "father", [("Ibohal Singh", "Ningthoujam")], dt.date(1980, 11, 12), addresses=[PARENTS_C],
       phones=["+91 385 244 1906"]),
    _p("o", "other", [("Bembem", "Thoudam")], dt.date(1982, 2, 14), addresses=[HOME_C], phones=["07817 602 339"],
       ids=["SB 37 60 14 A"]),
    _p("o2", "other", [("Ibomcha", "Thoudam")], dt.date(1979, 8, 8), addresses=[HOME_C], phones=["07590 114 276"]),
    _p("p1", "professional", [("Grace", "Pilling")], phones=["01707 873 560"], emails=["grace.pilling@mimramvale.gov.uk"]),
], "c")

DOCS_C = [
    ("private fostering notification form", """NOTIFICATION OF A PRIVATE FOSTERING ARRANGEMENT (Children Act 1989, s.67; the 2005
Regulations)
Received by: Mimram Vale Council, Private Fostering Team, on [[29/09/2026|date]] (from the school, then the carer)
1. THE CHILD
Surname: [[NINGTHOUJAM|name]]    First name(s): [[Thoibi|name]]    Known as: "[[Thoi|name]]"   Sex: F
Date of birth: [[22 / 06 / 2013|dob]]   Nationality: Indian   Religion: Sanamahi / Hindu   Language: Meiteilon (Manipuri), English
Child's name in own script (optional): [[ꯊꯣꯏꯕꯤ|name]]
School: [[Beaumont Heath Academy|school]], Year 9      Previous school: [[Nirmalabas High School|school]],
[[Imphal|place]]
2. THE PRIVATE FOSTER CARER(S)
Name: [[THOUDAM, Bembem|name]] (Mrs)   DOB: [[14.02.1982|dob]]   Occupation: staff nurse (QEII Hospital, ward 9)
Name: [[THOUDAM, Ibomcha|name]] (Mr)   DOB: [[08.08.1979|dob]]   Occupation: software tester (works from home)
Address: [[11 Kingsmead Close|address]], [[Oxlease|place]], [[Hatfield|place]]      Postcode: [[AL10 9RT|postcode]]
Tel: [[07817 602 339|phone]] / [[07590 114 276|phone]]    Relationship to the child: family friend ("like her aunty - not blood")
Other people in the household: [[Sanatombi Thoudam|name]] (daughter, 15) and [[Tomba Thoudam|name]] (son, 10)
3. THE PARENTS
Mother: [[Ningthoujam Memcha Devi|name]]   Address: [[Singjamei Wangma Kshetri Leikai|address]], [[Imphal|place]] [[795008|postcode]],
Manipur   Tel: [[+91 98620 41178|phone]]
Father: [[Ningthoujam Ibohal Singh|name]]   Address: as above   Tel: [[+91 385 244 1906|phone]] (shop)
4. THE ARRANGEMENT
Started: [[18 August 2026|date]] (arrived at Heathrow)   Expected to last: "until she finishes her studies" / "until it is safe"
Reason: "her parents sent her because of the trouble at home in Manipur - schools closing, curfews; they want her to study in
England." Parental responsibility: not delegated in writing. Money: parents send £150 a month when they can.
5. NOTIFIED BY: [[Bembem Thoudam|name]], signed, [[30 Sept 2026|date]]. (Late - the arrangement began 6 weeks earlier. The school's
attendance officer, [[Lynne Carver|name]], noticed it first.)
6. OTHER ADULTS WHO VISIT OR LOOK AFTER THE CHILD (carer's list, as written)
- [[Sanahanbi Laishram|name]] (church friend, [[Hatfield Garden Village|place]]) - babysits Tuesdays, [[07908 336 125|phone]]
- [[Rakesh|name]] + [[Linthoi Yumnam|name]] ([[Roe Green|place]]) - take [[Thoi|name]] to Meitei dance class in [[Luton|place]] on Sundays
- [[Ibomcha|name]]'s brother [[Tomchou|name]] (lives in [[Leicester|place]]; stayed [[12|date]]-[[14 Sept|date]])
- [[Joyce|name]] next door ([[no. 9|address]]) - has a key
7. FOR OFFICE USE: allocated to [[Grace Pilling|name]] on [[30/09/2026|date]]; first visit due within 7 working days (by [[9/10|date]]?)
"""),
    ("social worker's visit notes typed on a phone", """visit [[11 kingsmead cl|address]] [[2.10.26|date]] 1615-1740 GP notes on phone,
tidy up later

seen [[thoibi|name]] alone in her room 25 mins. room shared w [[sanatombi|name]] (15) - bunk beds, ok, clean, window lock fine
t: "aunty [[bembem|name]] is kind but i miss ima" (ima = mum). cried abt her grandma (ibok?) who is ill in [[imphal|place]]
t says she does most of the cooking + looks after [[tomba|name]] after school bc [[bembem|name]] on lates at qe2. "i do the rice n the
eromba". says she goes to bed 11-12. homework late. ok at [[beaumont heath|school]], 1 friend [[keira|name]] from [[welham green|place]]
asked re phone: [[ibomcha|name]] took it "so i study". gets it back sat only. talks to ima on video then. [[ibomcha|name]] "strict not bad"
not hit. never. asked twice diff ways. no marks seen.
she wants to go to the diwali thing at the
campus w [[keira|name]], [[ibomcha|name]] said no.

[[bembem|name]] seen after, kitchen. tired, worried re the form being late "nobody told us the rule". hospital staff told her to notify.
[[ibomcha|name]] joined 1710 - v defensive abt phone. agreed to give t her phone after homework on weekdays. agreed.
spoke to mum ([[Memcha|name]]) on video w [[bembem|name]] translating (meiteilon) - NOT ideal, book interpreter next time!!
mum: dad's shop in [[thangal bazar|place]] was burnt in may?, they moved to her sisters in [[lamphel|place]], no money, t safer here.

todo: DBS + checks on both [[thoudams|name]], GP reg (t not registered!!), dentist, interpreter meiteilon (ask [[Rosie|name]] in the pf
team),
letter to parents for delegated PR, CIN? prob not. check [[sanatombi|name]]+[[tomba|name]] views next time. GP
"""),
    ("mother's WhatsApp voice notes, transcribed and translated", """WhatsApp voice notes from the child's mother to the private foster
carer, forwarded to the social worker
with both their consent. Transcribed and translated from Meiteilon by [[Leima Khumanthem|name]] (interpreter, Meiteilon/
English), [[21 October 2026|date]]. Times are Indian Standard Time. Interpreter's notes in [square brackets].

Chat: "[[Bembem|name]] [[Hatfield|place]] UK" [the mother's contact name for the carer]

[[17/10/2026|date]] 21:42 - Ima [[Thoibi|name]] [voice note, 1:12]: "[[Bembem|name]], khurumjari [greetings]. Is my daughter eating?
She says on the video she is fine but her face is thin. Tell [[Ibomcha|name]] not to take her phone too long, she is a good
girl, she is not like those girls. Her father is in hospital again at [[Porompat|place]] - sugar. I did not tell her."
[[17/10/2026|date]] 21:45 - [[Bembem|name]] [voice note reply, 0:40]: "Don't worry, [[Memcha|name]], she eats, she cooks better than me!
The social worker lady is good, [[Grace|name]]. She wants you to sign a paper that says we can take [[Thoi|name]] to the doctor."
[[18/10/2026|date]] 07:03 - Ima [[Thoibi|name]] [voice note, 2:05]: "Send me the paper on WhatsApp, my cousin [[Rajen|name]] has a
printer at his shop in [[Paona Bazar|place]]. The internet is off again since Thursday. Tell the
social worker we are not throwing our daughter away. In [[Churachandpur|place]] my friend's house was burnt. We sent her for
her life, not for money. If the English people want, she can come back in the summer to [[Moirang|place]] to her Abok
[grandmother]."
[[19/10/2026|date]] 22:18 - Ima [[Thoibi|name]] [voice note, 0:22]: "[[Bembem|name]], the paper is signed. [[Rajen|name]] sent it from
his email. Tell [[Thoibi|name]] Ima called."
[Interpreter's note: "Ima" means mother and "Abok" grandmother; I have left them as they are. The sender's name in the chat
is shown as "Ima [[Thoibi|name]]", i.e. "[[Thoibi|name]]'s mum".]
"""),
    ("private fostering assessment report for the fostering panel adviser", """PRIVATE FOSTERING ASSESSMENT (Regulation 4 visit and
suitability report)
Child: [[Thoibi NINGTHOUJAM|name]], DOB [[22nd June 2013|dob]], NHS no. [[698 121 2358|nhs]] (registered with Wrafton House
Surgery on [[9 October 2026|date]])
Private foster carers: Mrs [[Bembem Thoudam|name]] and Mr [[Ibomcha Thoudam|name]], [[11 Kingsmead Close|address]], [[Oxlease|place]],
[[Hatfield|place]] [[AL10 9RT|postcode]]
Assessing social worker: [[Grace Pilling|name]], Private Fostering Team. Visits: [[2 October|date]], [[16 October|date]],
[[30 October|date]] and [[13 November 2026|date]] (with an interpreter, Ms [[Khumanthem|name]], on the last two).

Background. [[Thoibi|name]] is a Meitei girl of 13 from [[Imphal|place]]. Her parents sent her to England after violence in
Manipur in 2023-26 closed her school for long periods and her father's shop in [[Thangal Bazar|place]] was burnt. The
[[Thoudam|name]] family are friends of the parents from [[Imphal|place]]: Mrs [[Thoudam|name]] and Mrs [[Ningthoujam|name]] were at
school together. Mrs [[Thoudam|name]] has been a nurse in [[Hatfield|place]] since 2015; the family live in a four-bed house
on the [[Oxlease|place]] estate near the university.

Checks: DBS (enhanced) clear for both carers ([[27/10/2026|date]]); police, LA and health checks clear; references from Mrs
[[Rita Singh|name]] (Manipuri Association UK) and Mr [[Gavin Rowe|name]] (the carer's ward manager) positive. Home inspected.

The child's views: [[Thoibi|name]] wishes to stay: "I am safe here and I can go to school every day." She misses her mother
and her grandmother in [[Moirang|place]], speaks to them every Saturday, and would like to go home "when Manipur is quiet".
Concerns (now addressed): late notification; [[Thoibi|name]] doing too much of the cooking and childcare for [[Tomba|name]] (now
shared with [[Sanatombi|name]] and Mr [[Thoudam|name]]); her phone being held (now agreed weekday use); no GP or dentist (both
registered). Parental consent for medical treatment signed on [[19/10/2026|date]] and returned through a cousin, Mr [[Rajen
Ningthoujam|name]], in [[Imphal|place]].
Recommendation: the arrangement is suitable. Visits every 6 weeks in the first year; [[Thoibi|name]] to be seen alone each
time. Visiting dates agreed: [[8 January 2027|date]], [[19 February 2027|date]], [[2 April 2027|date]].
Copy to: the parents (by WhatsApp through Mrs [[Thoudam|name]], with a Meiteilon summary by Ms [[Khumanthem|name]]); [[Beaumont
Heath|school]] DSL ([[Lynne Carver|name]]); GP (Dr [[Anand|name]]); the school nurse ([[Kemi Adebayo|name]]). Signed [[G.
Pilling|name]] ([[grace.pilling@mimramvale.gov.uk|email]], [[01707 873 560|phone]]), [[20/11/2026|date]].
"""),
]


# --- D. Doyle / Pryor family (Irish-speaking, from the Donegal Gaeltacht, and white British), South Hatfield, Hatfield -----------

HOME_D = d.Address("Flat 3, 52 Bishops Rise", "South Hatfield", "Hatfield", "AL10 9HN")
NAN_D = d.Address("Bun an Inbhir", "Gaoth Dobhair", "Leitir Ceanainn", "F92 KX63")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Saoirse", "Doyle")], dt.date(2026, 10, 30), addresses=[HOME_D], ids=["6741170499"]),
    _p("m", "mother", [("Niamh", "Doyle")], dt.date(2006, 4, 17), addresses=[HOME_D], phones=["07946 225 871"],
       ids=["PH 51 88 20 D"]),
    _p("f", "father", [("Jordan", "Pryor")], dt.date(2004, 12, 3), addresses=[HOME_D], phones=["07722 516 408"]),
    _p("g", "grandparent", [("Siobhán", "Doyle")], dt.date(1979, 9, 9), addresses=[NAN_D], phones=["+353 87 214 5530"]),
    _p("p1", "professional", [("Abigail", "Swan")], phones=["07931 270 553"], emails=["abigail.swan@nhs.net"]),
    _p("p2", "professional", [("Marcus", "Hale")], phones=["01707 325 118"], emails=["marcus.hale@mimramvale.gov.uk"]),
], "c")

DOCS_D = [
    ("university student wellbeing team's safeguarding referral", """STUDENT WELLBEING - SAFEGUARDING CONCERN FORM (internal reference
SW-26-1142)
Student: [[Niamh DOYLE|name]]   Student no.: 23018844   DOB: [[17/04/2006|dob]]   Course: BSc Adult Nursing, year 2
Term-time address: [[Flat 3, 52 Bishops Rise|address]], [[South Hatfield|place]], [[AL10 9HN|postcode]]   Mobile: [[07946 225 871|phone]]
Home address: [[Bun an Inbhir|address]], [[Gaoth Dobhair|place]] ([[Gweedore|place]]), Co. Donegal, [[F92 KX63|postcode]]
Name in Irish (on her passport): [[Niamh Ní Dhubhghaill|name]]   First language: Irish (Gaeilge)
Emergency contact: [[Siobhán Doyle|name]] (mother), [[+353 87 214 5530|phone]] / home [[+353 74 953 1245|phone]]
NI no. (finance record): [[PH 51 88 20 D|ni]]   Personal tutor: Dr [[Fiona McBride|name]]   Placement: the Lister, ward 10
Completed by: [[Oliver Frimpong|name]], Wellbeing Adviser, College Lane campus, [[19 August 2026|date]]

Concern: [[Niamh|name]] came to the drop-in at 14:10, 29 weeks pregnant (due about [[4 November|date]]), with a bruise on her
right cheekbone under make-up and a cut lip. She said she "walked into the door of the bathroom". Later she said her boyfriend,
[[Jordan Pryor|name]] (not a student; 21; lives with her "most of the time"), "gets wound up when he's been smoking" (cannabis),
and that on Saturday night ([[15/08|date]]) he "shoved" her when she asked him to stop selling "from the flat". She said people
come to the door at all hours and that [[Jordan|name]] has a car ([[LD21 XKP|vehicle]], a grey Golf) that "isn't his". She has told
her placement mentor at the Lister (Sister [[Ruth Akande|name]]) nothing.
Her mum ([[Siobhán|name]]) does not know about [[Jordan|name]]'s drug use. [[Niamh|name]] has one friend on the course, [[Precious
Adeyemi|name]], who lives in [[de Havilland|address]] halls and "knows everything".
Consent: [[Niamh|name]] agreed to a referral to the midwife and to Children's Services (unborn baby) and to the DA service; she
asked that the university's fitness to practise team is NOT told. Risk: DASH done - medium (9). Safety plan: she will stay at
[[Precious|name]]'s room tonight.
Passed to: Children's Services front door (by phone 15:30, [[Marcus Hale|name]]); community midwife ([[Abigail Swan|name]],
[[07931 270 553|phone]]); Herts Domestic Abuse Helpline (number given).
"""),
    ("midwife's pre-birth safeguarding assessment", """MATERNITY - SAFEGUARDING PRE-BIRTH ASSESSMENT (community midwifery, East and
North Herts)
Woman: [[DOYLE, Niamh|name]]   DOB [[17/04/2006|dob]]   G1 P0   EDD [[04/11/2026|date]]   Booked: [[19/04/2026|date]] (late booker, 17/40)
Partner / father of baby: [[PRYOR, Jordan|name]], DOB [[03/12/2004|dob]], [[07722 516 408|phone]]   Address: as the woman's
Midwife: [[Abigail Swan|name]] (Team Kestrel)    Meeting: [[2 September 2026|date]], at home, then the
pre-birth planning meeting at Campus West on [[23 September 2026|date]] with SW [[Marcus Hale|name]]

Domestic abuse: routine enquiry done alone. [[Niamh|name]] disclosed two incidents (the [[15 August|date]] push; an earlier
slap "at Easter" at his mum's house in [[Welham Green|place]]). Partner present for the first 20 minutes and answered
for her. MARAC? - no, DASH medium; IDVA offered (Herts Sunflower) - accepted on [[4/9|date]].
Substances: [[Niamh|name]]: none since booking (smoked 5 a day before); CO reading 2 ppm. [[Jordan|name]]: cannabis daily by her
account; the flat smelt of it. Police intelligence (shared at the meeting by PC [[Asha Raman|name]]): [[Jordan|name]] is known
for supply in [[Hatfield|place]] and [[Borehamwood|place]]; the Golf ([[LD21XKP|vehicle]]) stopped in [[Potters Bar|place]] on
[[30/08/2026|date]].
Mental health: low mood in the second trimester (GAD-7: 11). Family: her mother in [[Gweedore|place]] (phoned by
[[Niamh|name]] during my visit on speaker: "I'll come over for the birth, love") and an older brother, [[Cian Doyle|name]], in
[[Kilburn|place]] ([[07868 442 190|phone]]).
Attendance at the meeting: [[Marcus Hale|name]] (SW, chair); [[Abigail Swan|name]] (midwife); [[Niamh Doyle|name]]; [[Oliver Frimpong|name]]
(university); PC [[Asha Raman|name]]; [[Chloe Barr|name]] (HV); [[Jordan Pryor|name]] did not attend (texted [[Marcus|name]] at 09:55 from
[[07722 516 408|phone]]: "cant make it got work"). Apologies: [[Siobhán Doyle|name]] (joined by phone from [[Gaoth Dobhair|place]] for
15 min).
Plan (agreed at the meeting): birth at the Lister; baby to go home with mum if [[Jordan|name]] is not living there; grandmother
to stay for the first two weeks; health visitor ([[Chloe Barr|name]]) to see at day 10 - 14; SW visit within 5 days of birth.
Birth note ([[31/10/2026|date]]): baby girl born [[30/10/2026|dob]] 22:41, 3.1 kg, named [[Saoirse|name]]; NHS no. [[674 117 0499|nhs]].
Grandmother arrived from [[Dublin|place]] airport that night. [[Jordan|name]] visited on the ward with his mother (Mrs [[Lorraine
Pryor|name]]); no concerns noted by the ward staff. [[A. Swan|name]], RM.
"""),
    ("neighbour's handwritten complaint to the housing association, scanned and OCR'd", """[Scanned from a handwritten letter received by
Howe Dell Housing on [[10/11/2026|date]]; text from the scanner's OCR, not corrected. Page 1 of 1.]

To the Housing Offcer,  re : Flat 3 ( the flat above me )
From  Mrs [[M. Okoro|name]] , Flat 1 , [[52 Bishops R ise|address]] , [[Hatf ield|place]]   tel [[07700 152 336|phone]]
Date  [[8th Nov 2026|date]]

I am writting again about the young couple in flat 3 . The girl is nice , her name
is [[Neeve|name]] I think ( Irish ) and she has just had the baby . The boy [[Jordon|name]] is
the problem . There is people coming up and down the stairs all night and the smell of
weed comes through my ceiling to my grandsons room . On the 5 Nov ( bonfire night ) I
heard a big bang and her screaming " get off me " and the baby crying , about 1 . 30 am .
I did not call police because I am scared of his friends , one of them with the red car
has been sitting outside in the car park by the garages for hours . My son [[Emeka|name]] says
I must write it down so I am writing it down .
On Sunday [[1st|date]] her mother was here , a older Irish lady , and it was quiet . Since she went
back to lreland ? it is bad again .
Please do something before something happens to that baby .
Yours faithfully  [[M Okoro|name]] ( [[Margaret|name]] )

[Housing officer's note, [[11/11/2026|date]], [[Dean Whitlock|name]]: passed to Children's Services duty ([[Marcus Hale|name]]) and
to the police ASB team; Flat 3 tenancy is in the name of [[Niamh Doyle|name]] only.]
"""),
    ("Snapchat messages screenshotted by the mother and shown to the police", """[Screenshots from the mother's phone, shown to PC
[[Raman|name]] on
[[16/11/2026|date]] and copied into the police report by hand; the mother agreed a copy could go to children's services. Display
names as they appear. Emojis described in brackets.]

Chat with: jp_22 ("[[Jordan|name]]")
jp_22  Sat 21:14   where u at
nee.dee06  Sat 21:20   at [[precious|name]]s with the baby. not coming back tonight
jp_22  Sat 21:21   u took my fone charger and my keys ur dead
jp_22  Sat 21:21   im not joking [[niamh|name]]
jp_22  Sat 21:40   if the feds come to the flat cos of u ur getting it
nee.dee06  Sat 21:52   im not talking to u. [[marcus|name]] said u cant be there when [[saoirse|name]] is
jp_22  Sat 21:53   [[marcus|name]] is a nonce. i aint scared of the social
jp_22  Sat 22:30   [knife emoji] [skull emoji] ask [[cian|name]] wat happens
jp_22  Sun 00:12   sorry babe. i love u and [[sersh|name]]. come home pls
jp_22  Sun 00:13   my mum says sorry 2 from [[welham|place]]

Chat with: girls (group: [[Precious|name]], [[Hollie-Jo|name]], [[Chantelle|name]], me)
prexy.a  Sat 22:41   hes outside my block?? by the bins. in the golf
nee.dee06  Sat 22:42   omg dont open the door. ring [[marcus|name]]? no its sat. ring 999
hollsjo  Sat 22:43   my cousin [[tyrese|name]] is at [[de havilland|address]] he can come down
prexy.a  Sat 22:50   hes gone. [[dean|name]] from the front desk came out
chan_tel  Sat 23:02   babe come to mine in [[hertford|place]] tmrw, mum said its fine

Chat with: Mammy ([[Siobhán|name]])
Mammy  Sun 08:47   A [[Niamh|name]], a stór, an bhfuil tú i do shuí? (are you up, love?)
Mammy  Sun 08:48   Dúirt [[Cian|name]] liom. Cuir glaoch orm. ([[Cian|name]] told me. Ring me)
Mammy  Sun 09:02   Are you up pet? Ring me. Is he gone
nee.dee06  Sun 09:10   at [[precious|name]]s still. shes a saint. going to the police at 4 w [[hollie-jo|name]]
Mammy  Sun 09:11   Good girl. Ill get the boat Tuesday from [[Dublin|place]] if you want. Ring [[Cian|name]]
Mammy  Sun 09:12   Beidh [[Máire|name]] agus [[Dónall|name]] ag fanacht leat i [[nGaoth Dobhair|place]] má thagann tú abhaile. Abair le
[[Cian|name]]
                   ([[Máire|name]] and [[Dónall|name]] will be waiting for you in [[Gaoth Dobhair|place]] if you come home. Tell
[[Cian|name]])
Mammy  Sun 09:13   a [[Chian|name]] fiú, ní thógann sé an fón (even [[Cian|name]], he doesn't answer the phone)
nee.dee06  Sun 09:14   ok. love u mammy x

[Note by PC [[Asha Raman|name]], [[16/11/2026|date]]: threats logged; [[Jordan Pryor|name]] arrested [[17/11/2026|date]] at his
mother's address in [[Welham Green|place]], [[AL9 7LY|postcode]]; bail conditions not to contact [[Niamh Doyle|name]] or go to
[[Bishops Rise|address]].]
"""),
]


# --- E. Ashworth / Pike family (white British), Handside, Welwyn Garden City, with a father in Mallorca -----------------------

HOME_E = d.Address("31 Guessens Road", "Handside", "Welwyn Garden City", "AL8 6QR")
DAD_E = d.Address("Carrer del Sol 7, 2n", "Port d'Alcúdia", "Alcúdia", "07400")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Pike")], dt.date(2019, 3, 27), addresses=[HOME_E], ids=["4659720888", "T919299712687"],
       schools=["Handside Green Primary School"]),
    _p("s", "sibling", [("Alfie", "Pike")], dt.date(2021, 7, 4), addresses=[HOME_E], ids=["6850560484"]),
    _p("m", "mother", [("Jade", "Ashworth")], dt.date(1997, 12, 1), phones=["07754 390 681"], ids=["JT 20 45 87 B"]),
    _p("f", "father", [("Darren", "Pike")], dt.date(1990, 6, 16), addresses=[DAD_E], phones=["+34 612 483 907"],
       emails=["dazpike90@hotmail.co.uk"]),
    _p("g", "grandparent", [("Gillian", "Ashworth")], dt.date(1963, 2, 8), addresses=[HOME_E], phones=["07872 649 310"]),
    _p("g2", "grandparent", [("Roy", "Ashworth")], dt.date(1960, 11, 19), addresses=[HOME_E], phones=["07519 803 224"]),
    _p("p1", "professional", [("Rachel", "Finch")], phones=["07462 118 907"], emails=["rachel.finch@mimramvale.gov.uk"]),
], "c")

DOCS_E = [
    ("special guardianship assessment report extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Schedule to the Special Guardianship
Regulations 2005) - EXTRACT:
sections 3, 7 and 11
Children: [[Poppy PIKE|name]] (DOB [[27.03.2019|dob]], NHS [[465 972 0888|nhs]]) and [[Alfie PIKE|name]] (DOB [[04.07.2021|dob]],
NHS [[685 056 0484|nhs]])
Prospective special guardians: [[Gillian ASHWORTH|name]] (DOB [[08.02.1963|dob]]) and [[Roy ASHWORTH|name]] (DOB [[19.11.1960|dob]]),
maternal grandparents, [[31 Guessens Road|address]], [[Handside|place]], [[Welwyn Garden City|place]], [[AL8 6QR|postcode]]
NI numbers (for the allowance): Mrs [[Ashworth|name]] [[JB 63 02 18 A|ni]]; Mr [[Ashworth|name]] [[JB 60 11 94 C|ni]].
Mother: [[Jade Ashworth|name]] (DOB [[01.12.1997|dob]], [[07754 390 681|phone]]). Father: [[Darren Pike|name]] (DOB [[16.06.1990|dob]]),
[[Carrer del Sol 7, 2n|address]], [[07400|postcode]] [[Alcúdia|place]], Mallorca, [[+34 612 483 907|phone]].
Assessor: [[Rachel Finch|name]], Kinship Team. Report date: [[6 November 2026|date]]. Court: Watford Family Court, case
WD26C00318, IRH [[1 December 2026|date]].

3. The children's history. [[Poppy|name]] and [[Alfie|name]] lived with their mother, [[Jade Ashworth|name]], in a flat in
[[Hatfield|place]]
([[Lemsford Road|address]]) until [[12 March 2026|date]], when police found [[Alfie|name]] (then 4) alone on the landing at 02:00 and
[[Jade|name]] unconscious after using heroin; naloxone given. The children have lived with their grandparents since that night
(s20, then an interim care order from [[9 April 2026|date]]). Their father, [[Darren Pike|name]], moved to Mallorca in 2023 and
works in a bar in [[Port d'Alcúdia|place]]; he has had video calls with the children on Sundays since June.

7. The grandparents. Mrs [[Ashworth|name]] ("[[Gill|name]]", 63) is a retired school administrator (she worked at
[[Applecroft|school]] for 20 years); Mr [[Ashworth|name]] (66) drove for Arriva and has type 2 diabetes and a knee replacement due.
They have lived in [[Handside|place]] since 1989, in a three-bed semi near the Campus. They have a close circle: their son
[[Lee Ashworth|name]] and his wife [[Tanya|name]] in [[Codicote|place]] (back-up carers), and neighbours Mr and Mrs [[Partridge|name]]
at [[no. 29|address]] who have a key. The strain shows: Mrs [[Ashworth|name]] said "I'm 63 and I'm doing book bags again", and the
couple have had to give up their caravan in [[Mundesley|place]]. [[Gill|name]] keeps a diary of the children's days, which she
shared (extract on file).

11. The children's views. [[Poppy|name]] (7, [[Handside Green|school]] Year 3): "I want to live with Nanny and Grandad forever and
see Mummy at the special house." [[Alfie|name]] (5) chose the grandparents' house from photographs, "because of Biscuit" (the
dog). Recommendation: a special guardianship order to Mr and Mrs [[Ashworth|name]], with a support plan (section 14).
"""),
    ("grandmother's diary pages, shared with the assessor", """[Pages from Mrs [[Gillian Ashworth|name]]'s diary - a spiral notebook -
photocopied with her permission,
[[21 October 2026|date]]. Her spelling; some words she crossed out are left out.]

Mon [[5th Oct|date]]
P. read her book to [[Roy|name]] all by herself!! [[Alf|name]] wet the bed again (3rd time this wk). Rang Dr [[Sethi|name]] - appt Thurs.
[[Jade|name]] rang at 8 pm from the rehab in [[Luton|place]], sounded good, asked for photos. Told her about [[Poppy|name]]s reading.

Tue [[6th|date]]
School pick up - [[Poppy|name]]'s teacher Miss [[Oakley|name]] says she is "a little mum" in class, always checking on
[[Alfie|name]] in Reception. Not sure thats good. [[Roy|name]]'s knee bad, had to use the wheelchair at the Galleria.

Thu [[8th|date]]
[[Alfie|name]] at the GP - a water infection? - sample taken. [[Darren|name]] on video at 6, [[Alfie|name]] wouldn't talk to him, hid
under the table. [[Poppy|name]] asked [[Daz|name]] "are you ever coming back from Spain". He said "summer, princess". He says that every
time.

Sat [[10th|date]]
[[Lee|name]] and [[Tanya|name]] took them to Stanborough (the lakes), [[Alfie|name]] fell in the boating bit!! All fine. [[Roy|name]]
and I had a nap
!! First in months.

Sun [[11th Oct|date]]
[[Jade|name]]'s birthday card for [[Alfie|name]] came late (his was July). He carried it round all day. [[Poppy|name]] said "Mummy
spelt my name wrong" - she put "[[Popy|name]]". Cried in the loo after. Mustn't let them see.

Wed [[14th|date]]
Contact at the centre. [[Jade|name]] 10 mins late. [[Rachel|name]] there. [[Poppy|name]] did not want to go in. Afterwards she was
very quiet and went to bed at 6. [[Alfie|name]] fine, ate a whole pizza.

Sat [[17th|date]]
[[Poppy|name]]'s party invite from [[Evie-Rose|name]] (her mum is [[Danielle Hurst|name]], [[07868 442 191|phone]]?? check). Bought a
present at the Howard Centre. [[Roy|name]] took [[Alfie|name]] to see the trains at the station in town.
[[Lee|name]] rang - [[Tanya|name]]'s mum ([[Brenda|name]]) in hospital in [[Stevenage|place]], so no back-up next week.

Tue [[20th|date]]
[[Rachel|name]] came for the assessment, 2 hrs. Asked about [[Roy|name]]'s health and our money. Told her the truth. She was kind. Ms
[[Finch|name]] to you, [[Gill|name]]! she said, call me [[Rachel|name]].
[[Jade|name]] texted "tell [[Poppy|name]] I love her" - I did.
"""),
    ("contact centre supervised contact record", """FAMILY CONTACT CENTRE - SUPERVISED CONTACT RECORD   (Mimram Vale Council, Woodside
Centre)
Children: [[Poppy Pike|name]] (7), [[Alfie Pike|name]] (5)      Parent: [[Jade Ashworth|name]] (mother)
Date: [[14/10/2026|date]]   Booked: 16:00-17:30   Supervisor: [[Kerry-Anne Shaw|name]] (contact worker)   Also present:
[[Rachel Finch|name]] (SW) for the first 30 minutes. Children brought by maternal grandmother (Mrs [[Ashworth|name]]), collected 17:35.

16:00 Children arrived; [[Alfie|name]] ran in, [[Poppy|name]] stayed by Nanny in the lobby. Mother not yet here.
16:11 Mother arrived by taxi from [[Luton|place]] (paid by the rehab, Nova House?) - apologised, "traffic on the A1". She
brought a bag of sweets and two LOL dolls. [[Alfie|name]] hugged her at once.
16:20 [[Poppy|name]] came in after her nan promised to wait. Sat on the beanbag, did not look at mum. Mother cried a little,
then read "The Gruffalo" with [[Alfie|name]] on her knee; [[Poppy|name]] moved closer by the end.
16:45 Mother asked [[Poppy|name]] about school; [[Poppy|name]] said her teacher is "Miss [[Oakley|name]]" and that her best friend is
[[Evie-Rose|name]]. Mother said "you've got big". [[Poppy|name]] asked "are you better now?" Mother said "nearly, baby".
17:05 Mother spoke on her phone for 2 minutes ("it's my keyworker, [[Shaun|name]]") - reminded of the agreement; she apologised.
17:15 Goodbyes: [[Alfie|name]] upset, held on to mother's leg; she managed it well ("Nanny's got Biscuit waiting").
[[Poppy|name]] let mum hug her and whispered something; she would not say what.
Observations: warm, attuned play with [[Alfie|name]]; [[Poppy|name]] guarded but responded to mother's gentle approach. No smell of
alcohol, no signs of intoxication. Mother said she has been clean 7 months, has a move-on flat offer in [[Dunstable|place]], and
wants "every week, not every fortnight".
Next session: [[28/10/2026|date]] 16:00. Signed: [[K-A Shaw|name]]    Countersigned: [[R. Finch|name]]
"""),
    ("father's email from Mallorca to the assessor", """From: [[Darren Pike|name]] <[[dazpike90@hotmail.co.uk|email]]>
To: [[rachel.finch@mimramvale.gov.uk|email]]
Date: Sunday, [[1 November 2026|date]] 23:47
Subject: re: the kids / SGO

hi [[Rachel|name]]

sorry for late reply, the bar was rammed with the last of the season. ive read the letter from [[Gill|name]] and [[Roy|name]]s solicitor.
i dont want to fight them they have been brilliant with the kids. i just want it in writing i can see [[poppy|name]] and [[alfie|name]]
when i come back and that they can come out here in the summer for a week. my new partner [[Marta|name]] ([[Marta Ferrer|name]]) has a
little girl [[Aina|name]] same age as [[Alf|name]] so it would be nice for them.

my address is [[Carrer del Sol 7, 2n|address]], [[07400|postcode]] [[Port d'Alcúdia|place]], Mallorca, and my mobile is still
[[+34 612 483 907|phone]].
work number is [[+34 971 72 4418|phone]] (ask for me or [[Toni|name]] the manager).

about [[jade|name]]. im glad shes doing well in [[luton|place]] honestly. but when she was using i was the one sending money and
she was giving it to [[Kyle|name]]. i dont know if hes still about (he was living in [[Hatfield|place]] by the station,
[[Kyle Brennan|name]]).
please make sure he is never near the kids.

i fly back [[20th dec|date]] till [[3rd jan|date]], staying with my mum in [[Hertford|place]]. can i see them then?
cheers
[[Daz|name]]
"""),
]


# --- F. Miah / Begum family (British Bangladeshi), Ellenbrook, Hatfield ------------------------------------------------------

HOME_F = d.Address("19 Ellenbrook Crescent", "Ellenbrook", "Hatfield", "AL10 9SB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Rayhan", "Miah")], dt.date(2012, 8, 19), addresses=[HOME_F], ids=["5851218967", "C919229516159"],
       schools=["Ellenbrook Fields Academy"]),
    _p("s", "sibling", [("Sumaiya", "Miah")], dt.date(2015, 4, 2), addresses=[HOME_F], ids=["6867418511"]),
    _p("m", "mother", [("Rukhsana", "Begum")], dt.date(1983, 6, 6), addresses=[HOME_F], phones=["07783 205 611"]),
    _p("f", "father", [("Abdul", "Miah")], dt.date(1975, 1, 20), addresses=[HOME_F], phones=["07415 662 839"],
       ids=["WK 73 19 06 C"]),
    _p("p1", "professional", [("Craig", "Summers")], phones=["07451 209 374"], emails=["craig.summers@mimramvale.gov.uk"]),
], "c")

DOCS_F = [
    ("National Referral Mechanism referral form (child, criminal exploitation)", """NATIONAL REFERRAL MECHANISM - REFERRAL OF A
POTENTIAL VICTIM OF MODERN SLAVERY (CHILD)
First responder organisation: Mimram Vale Council (Children's Services)   Completed by: [[Sadia Rahman|name]], social worker,
[[01707 325 118|phone]] (team duty line)
Date of completion: [[09/10/2026|date]]
SECTION A - POTENTIAL VICTIM
Name: [[MIAH Rayhan|name]]       Other names / aliases used: "[[Ray|name]]", "[[R-Dog|name]]" (on the line), "[[Ryan|name]]"
Date of birth: [[19-08-2012|dob]] (age 14)   Gender: M   Nationality: British   Language(s): English, Sylheti
Address: [[19 Ellenbrook Crescent|address]], [[Ellenbrook|place]], [[Hatfield|place]] [[AL10 9SB|postcode]]
School: [[Ellenbrook Fields Academy|school]] (on a part-time timetable since [[14 September|date]])
Parents / carers: [[Abdul Miah|name]] (father, NI [[WK 73 19 06 C|ni]]) [[07415 662 839|phone]]; [[Rukhsana Begum|name]] (mother)
[[07783 205 611|phone]]
SECTION B - WHAT HAPPENED (the potential victim's account and the evidence)
[[Rayhan|name]] was reported missing on [[2 October 2026|date]] at 22:10. On [[4 October 2026|date]] at 06:30 Bedfordshire Police
executed a warrant at [[Flat 12, Hockliffe House|address]], [[Leighton Road|address]], [[Dunstable|place]] and found him with
two adults and 34 wraps of crack cocaine and heroin plugged in a sock. He had £280 and two phones, one a burner on the
"[[Kane|name]]" line. He said an older boy from [[Hatfield|place]], known to him as "[[Tiny|name]]" ([[Jaylen Osei|name]], 17, known to
the police), took him to [[Dunstable|place]] on the train from [[Welwyn Garden City|place]] and told him he "owed" £600 for a
phone and a jacket that were "robbed off him" in [[Stevenage|place]] on [[19/09|date]] (a set-up robbery, we believe). He said
the adult at the flat ("Uncle [[Jay|name]]"?) took his shoes so he could not leave.
Indicators: under 18; moved between towns; debt bondage; threats ("they know where my sister goes to school"); not paid;
found in a trap house. He said: "If I tell, they'll do [[Sumaiya|name]]."
Associates named by the child or known to the police (for the single competent authority):
- [[Jaylen OSEI|name]] ("[[Tiny|name]]"), DOB [[11/01/2009|dob]], [[Birchwood Avenue|address]], [[Hatfield|place]]
- "[[Kane|name]]" - the line's name; the phone user not identified; calls from [[Tottenham|place]] cell sites
- an adult male at the flat, "[[Jay|name]]" ("Uncle [[Jay|name]]"), about 30, not identified; Bedfordshire Police ref 26/44718
- [[Kofi Mensah|name]] (15) from [[Oxlease|place]] and "[[Deano|name]]" (about 16) - possibly also exploited
- the car seen on [[17/04/2026|date]]: a silver Audi A3, [[KX19 TVE|vehicle]], registered to Mrs [[Gloria Osei|name]] of [[Enfield|place]]
SECTION C - consent not required (child). The child was told about the referral on [[8/10/2026|date]] with his father.
"""),
    ("youth justice service chronology", """YOUTH JUSTICE SERVICE - CHRONOLOGY OF SIGNIFICANT EVENTS: [[Rayhan MIAH|name]] (DOB
[[19.08.2012|dob]])
Prepared by [[Craig Summers|name]], YJS case manager, for the multi-agency child exploitation (MACE) panel, [[20 November 2026|date]]
Date | Event | Source
[[03/02/2026|date]] | First fixed-term exclusion (vaping, then swearing at Mr [[Hollis|name]]) | school
[[17/04/2026|date]] | Stopped with [[Jaylen Osei|name]] and a man of about 20 in a silver Audi ([[KX19 TVE|vehicle]]) at the Galleria car
park; no search grounds | police
Spring? - May 2026? | Mother noticed new trainers and a second phone | mother
[[22/06/2026|date]] | Missing overnight; returned at 09:00 with a cut hand; said he was at "[[Tiny|name]]'s" in [[Hatfield|place]] | police
[[24/06/2026|date]] | Return home interview (see separate) - would not engage | RHI worker
[[11/07/2026|date]] | Father found £400 in his school bag; took it to the mosque? - no, to the police front counter | father
[[19/09/2026|date]] | Robbed of a phone and jacket at [[Stevenage|place]] bus station | police
[[2|date]]-[[4/10/2026|date]] | Missing; found in [[Dunstable|place]] (trap house) | police, Bedfordshire
[[05/10/2026|date]] | Strategy discussion; NRM referral agreed | CS
[[06/10/2026|date]] | Released under investigation (possession with intent); referred to YJS for a prevention plan | police
[[09/10/2026|date]] | NRM referral submitted by [[Sadia Rahman|name]] | CS
[[13/10/2026|date]] | Positive reasonable grounds decision | Home Office
[[26/10/2026|date]] | Sister [[Sumaiya|name]] (11) approached outside her school by two boys who asked "where's your brother" | mother
[[27/10/2026|date]] | Family moved to stay with the mother's cousin in [[Luton|place]] ([[Bury Park|place]]) for half-term | SW
[[04/11/2026|date]] | Back home; panic alarm fitted; [[Rayhan|name]] starts boxing at the club in [[Hatfield|place]] (Mr
[[Costa|name]]) | YJS
[[17/11/2026|date]] | [[Jaylen Osei|name]] charged (s.1 Modern Slavery Act) | police
"""),
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (independent, Runaway Helpline-commissioned service? -
no: Missing Children's Team)
Young person: [[Rayhan Miah|name]], 14   Missing from: home   Missing [[2/10/26|date]] 22:10 - found [[4/10/26|date]] 06:30
Interview: [[7 October 2026|date]], 15:30, at [[Ellenbrook Fields|school]] (the school's wellbeing room)   Interviewer: [[Leona
Parris|name]]   Offered: mother, father, school mentor (Mr [[Grant|name]]) - he chose to be seen alone

Where were you? "[[Dunstable|place]]. A flat. I ain't saying whose." Did anyone hurt you? "Not really. The big man slapped me
when I was asleep on the sofa, that's all. He took my creps." Who do you trust? "My mum? ... my mum. And Nani
but she's in [[Sylhet|place]]." He showed me a photo of his grandmother in her garden in [[Beanibazar|place]] and said he would
rather be there. He calls her on WhatsApp ([[+880 1711 245896|phone]]) most weeks.
He said he met "[[Tiny|name]]" at the basketball court on [[Travellers Lane|address]] in the summer; "[[Tiny|name]]" gave him
trainers and food at the chicken shop by the bus station and added him to a Snapchat group. He named other boys: "[[Kofi|name]]
from [[Oxlease|place]]" and "[[Deano|name]]". He said he was "not a victim, I'm not a kid".
Risks: high (further missing; debt; threats to his sister). Protective: loves boxing; close to his sister; his mum; his Nani.
Family members he named as safe: his mum, his dad, [[Sumaiya|name]], his cousin [[Jamal Uddin|name]] in [[Luton|place]], his uncle
[[Shahid|name]] in [[Whitechapel|place]] ("[[Shahid|name]] chacha"), and his nani [[Rahima Khatun|name]] in [[Beanibazar|place]]. His
name in Bengali, which he wrote for me on the form: [[রায়হান|name]].
Actions: shared with the MACE coordinator and [[Craig Summers|name]] (YJS); boxing taster arranged; a referral to the
St Giles SOS+ project. [[L. Parris|name]]
"""),
    ("text messages between the father and the youth justice worker, exported from the work phone", """Export: [[Craig Summers|name]]'s
work mobile ([[07451 209 374|phone]]), conversation with "[[Abdul Miah|name]] (dad - [[Rayhan M|name]])", [[20 Oct|date]] -
[[18 Nov 2026|date]]

[[20/10/2026|date]] 08:12 [[Abdul Miah|name]]: Salaam Mr [[Craig|name]]. [[Rayhan|name]] did not sleep at home. He came in 5am. Please help
[[20/10/2026|date]] 08:20 [[Craig|name]]: Morning [[Abdul|name]]. Thanks for telling me. Is he OK? Any injuries? I'll ring the police to log
it and come round at 11.
[[20/10/2026|date]] 08:31 [[Abdul Miah|name]]: He is sleeping. No injury. His mother is crying all night. She says send him to
[[Sylhet|place]] to his nani
[[20/10/2026|date]] 08:33 [[Craig|name]]: I understand. Let's talk about it at 11 - there are things to think about with that.
[[26/10/2026|date]] 17:48 [[Abdul Miah|name]]: 2 boys by the school gate asking [[Sumaiya|name]] for [[rayhan|name]]. She is scared. i
took her home.
[[26/10/2026|date]] 17:50 [[Craig|name]]: Please ring 999 if they come back. I'm letting [[Sadia|name]] know now. Can you describe them?
[[26/10/2026|date]] 17:58 [[Abdul Miah|name]]: one black jacket North Face, one small white boy. [[sumaiya|name]] says one is called
[[deano|name]]
[[27/10/2026|date]] 09:05 [[Abdul Miah|name]]: we are going to my wife cousin in [[luton|place]] for the holiday. [[Jamal|name]] bhai.
address
[[41 Kenilworth Road|address]]? no [[41 Kenilworth Crescent|address]]? i will send
[[27/10/2026|date]] 09:07 [[Craig|name]]: That's fine, thank you. Send it when you can and keep your phone on.
[[04/11/2026|date]] 19:22 [[Abdul Miah|name]]: Back home. [[Rayhan|name]] went to boxing with Mr [[Costa|name]]. He liked it!!! first
time he smile
[[18/11/2026|date]] 12:01 [[Abdul Miah|name]]: Police said they charged the big boy [[tiny|name]]. Allah is great. thank you brother
[[18/11/2026|date]] 12:03 [[Craig|name]]: Thanks [[Abdul|name]]. Let's keep going. See you Thursday at 4.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 169 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:54 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "sister", "nurse", "coach", "uncle", "aunty",
           "auntie", "nan", "nana", "nanny", "gran", "grandma", "grandad", "mum", "mummy", "mam", "mammy", "dad", "daddy", "ima",
           "abok", "ibok", "nani", "dadi", "dyed", "mouji", "papa", "bhai", "baji", "ji", "chacha", "madam", "beta", "rm", "sw", "hv"}
_AFTER = {"ji", "bhai", "chacha", "sahib", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "united kingdom", "ireland", "lreland", "co. donegal", "donegal",
               "the gaeltacht", "gaeltacht",
               "hertfordshire", "herts", "bedfordshire", "india", "manipur", "kashmir", "jammu and kashmir", "spain", "mallorca",
               "majorca", "bangladesh", "sylhet division", "the valley", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Sister Ruth
# Akande", "Uncle Jay", "Ima Thoibi"; and after one: "Shanta ji", "Jamal bhai") and counties, regions and countries
# ("Manipur", "Mallorca", "Co. Donegal", "Ireland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
