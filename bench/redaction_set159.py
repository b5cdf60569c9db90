"""Set 159: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set158.py, redaction_set160.py and redaction_set161.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py's module docstring, imports, first and fifth records, record and helper layout and its
closing lines (NAME, _TITLES, _AFTER, _NOT_PLACES, the checker comment and the HandSet line), a few lines of its documents seen
in passing while finding that layout, and tests/test_redaction_set21.py in full (the layout and marking conventions followed
here); the docstrings of bench/redaction_set7.py to redaction_set157.py, printed to a scratch file and searched only for town,
district and community words (to see which towns and communities earlier sets used as a family's home); the function
definitions of bench/redaction_set15.py (it has none of its own at module level; nothing else of it was printed); the start of
bench/redaction_handwritten.py (its docstring, `_party`, `Records`, `HandSet`, `word_problems`, `_parse` and its first record
and documents); and pyproject.toml's ruff settings. Phone numbers were checked with the
phonenumbers library, NHS numbers made with their mod-11 check digit and UPNs made and checked with python-stdnum, in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only
to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of
changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in and around Shrewsbury and Oswestry (Shropshire), each from a town, village, district or estate that no earlier
set's docstring names as a family's home. Four of the kinds most common in children's social care: a young white British
mother and her partner in Castlefields, Shrewsbury, with a grandmother in Coton Hill and a father's mother in Bayston Hill
(Lloyd / Bebb; neglect, a boy of 11 out of school and out after dark, bitten by a dog kept by an older cannabis dealer,
cannabis in the home, a toddler missing her checks, an initial child protection conference), a white British family in Weston
Rhyn near Oswestry with Welsh-speaking grandparents in Chirk and a father in Rhosllannerchrugog (Hughes / Pritchard; a girl of 13
caring for a mother with multiple sclerosis and for a brother of 6, falls at night, a father who wants her to move to Wales), a
white British family in Bayston Hill, Shrewsbury (Whittaker / Morgan; a boy of 15 criminally exploited on a county line run
from Kirkby to Oswestry, an adult's flat cuckooed, a knife, a brick through the window, a move to Church Stretton) and a young
white British couple on the Cabin Lane estate in Oswestry with a great-grandmother in Llanymynech (Roberts / Evans-Jones; a
bruised ear in a non-mobile baby of four months, two accounts from the father, a letter before proceedings). Two from
communities no earlier set used: an Odia family from Odisha in Meole Brace, Shrewsbury, the father a nurse at the Royal
Shrewsbury Hospital, with family in Cuttack and Bhubaneswar (Mohapatra / Panda; a girl of 13 beaten with a belt over her marks,
a mother isolated with little English, an aunt who wants the girl sent to Cuttack; names and places in Odia script) and a
Flemish family from Belgium in Trefonen near Oswestry, the father a farm worker, with a grandmother in Sint-Amandsberg (Ghent)
and an uncle in Wetteren (De Smet / Vermeulen; a boy of 10 electively home educated who drives a quad bike on the farm and broke
his wrist, a girl of 15 missing overnight with a man of 19, a father's drinking; a grandmother's email in Dutch). 24 documents,
of types and styles these sets have not used or seldom used: an education welfare officer's doorstep visit record, a dog
warden's bite incident report, a mother and grandmother's Facebook Messenger chat typed up from screenshots, initial child
protection conference minutes, a young carers service referral form, a girl's planner diary pages scanned and OCR'd (with a torn
page), an adult occupational therapist's home assessment, a Welsh-speaking grandmother's voicemail transcribed with
translations, a school counsellor's session note, a police officer's pocket notebook typed up, a WhatsApp thread in Odia and
English with the interpreter's translation, a strategy discussion record, an emergency department children's safeguarding
checklist, a grandmother's email in Dutch with a sessional translator's translation, an independent return home interview, a
child in need review held in a farm kitchen, a National Referral Mechanism child referral, a detached youth worker's notes typed
fast on a phone, a police custody record extract, exploitation panel minutes, a health visitor's new birth visit record, a
paediatrician's child protection medical report, a parenting assessment session's audio transcript, and a letter before
proceedings under the Public Law Outline.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (India, Belgium); NHS numbers and UPNs (LA number 893, Shropshire) pass their check
digits; NI numbers have a valid format. The council is invented (Severn Marches Council), and so are the schools and nurseries
Severnbank Primary School, Tiddlers Pre-school, Rhyn Valley Primary School, Sharpstone Academy, Oakfield Primary and Bright
Sparks Day Nursery, the landlord Severn Homes, the young carers service, Marches Youth Trust, the Marysville and Castle Fields
practices, the farm (Pentre Farm) and the solicitors; towns, districts, estates, villages, real schools and colleges (Meole
Brace School, The Marches School, The Corbet School, Trefonen CE Primary School, Shrewsbury Colleges Group, Ysgol Morgan Llwyd,
Stewart School in Cuttack), hospitals, police forces, courts, charities, shops, brands, apps, programmes and landmarks are real
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
DI, Sgt, Staff Nurse, Ward Sister, Nain, Taid, Mam, Nanny, Mum, Bou, Bapa, Ma, Oma, Papa, Mama, meneer, nonkel) stay outside the
name span, whether they come before or after the name ("Sunita aunty", "Sunil bhai", "Smita Nani", "Gita mausi", "Mrs Hughes
senior"); a possessive 's and a bare s in a diary ("Osian"s) stay outside; every person's name is a name in every form, record or
not. "SURNAME, First" is one span ("BEBB, Mason", "MOHAPATRA, Ananya", "DE SMET, Wout", "EVANS-JONES, Alfie"), and so is
"SURNAME First" ("WHITTAKER Callum James"); an initial with a surname is one span ("G. Ashby", "S Hughes"); initials alone ("HC",
"NG", "LK", "CR", "TR", "SCG") are not marked; a collar number before a surname ("2104 ALDRIDGE", "PC 1877 HOLT") stays outside;
a name broken by a line break is one span holding the break, and so is an address or a place; a contact saved under a name with a kinship
word ("ସ୍ମିତା ନାନୀ") marks the name only; a
street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so
is a neighbour's bare house number ("no. 11", "number 6") and an address abroad ("Dendermondsesteenweg 214", Gent, "9040";
"Plot 214, Saheed Nagar", Bhubaneswar, "751007"); towns, cities, villages, districts and estates are places, at home or
abroad and in any script ("କଟକ", "ଭୁବନେଶ୍ୱର", "Rhos", "meole", "harlescott"); countries, counties and regions are not
("Shropshire", "Merseyside", "Belgium", "Odisha", "India"); organisations are not marked even when they hold a town's or a
person's name ("Royal Shrewsbury Hospital", "Shrewsbury Youth Court", "Oswestry Leisure Centre", "Cabin Lane Surgery", "Castle
Fields surgery", "Marches Youth Trust", "Walton Centre", "West Mercia Police"); a school's or college's name is a school, and so
is its short form ("Severnbank", "Sharpstone", "Corbet", "Marches", "rhyn valley", "trefonen school", "shrewsbury colleges"); a
date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside, in Dutch too: "zondag"),
and the bare day in a diary or a list ("the 5th", "24th", "26th", "15th") is a date span of its own; months and years alone are
not marked; pets' names (Tyson, Brutus, Nala) are not names; a firm named after people marks only the names ("[[Wyle|name]] &
Partners", "[[Humphreys|name]] & Co", "[[Gittins|name]] [[McDonald|name]]"); landmarks stay unmarked (the Quarry, the English
Bridge, Gay Meadow, the Column, Offa's Dyke, the Guildhall); a surname that is also a place or a word is marked by what it
refers to (Bromley, Heath, Salt, Breeze, Bright and Morgan are names here); a television programme named after its characters
("Gavin and Stacey") is not a name; a service or branch named by its town in lower-case words ("CAIU Shrewsbury", "Boots
Oswestry", "Oswestry locality", "Harlescott station", "Shrewsbury bus station") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a farm's name ("Pentre
Farm", "Pentre farm") and a house name ("Bryn Awel", "Ty Gwyn") are addresses, since they locate a home or a child's daily
whereabouts in the countryside as a street address does; a hospital or a prison called by its village's name alone ("a hip done
at Gobowen", "he was in Stoke Heath") marks the village as a place, as a service named by its town does, while "HMP"-style full
names and "the Royal Shrewsbury" stay unmarked; a railway or bus station named in lower-case words by its town marks the town;
a partial registration read in the dark ("YF68") is a vehicle span, since it narrows the car to a few; an estate that gives its
name to a road ("Cabin Lane") is a place where it names the estate in an address line, and the surgery named after it is an
organisation; "the Marches" is marked as a school where it is the girl's school's short form and is not marked where it means
the border country; a Belgian double surname signed after marriage ("Vermeulen-Baert") is one name; a nickname in quotes and a
street name used by police ("C-Dog", "Deano", "Kez", "Mase", "Debu", "Anu", "Aaru") is a name; "Bapa", "Bou", "Ma", "Nani",
"mausi", "Oma", "Nain" and "Taid" used alone are kinship words, not names; the Dutch translation and the English translation of
the same email are both marked; a crime, custody, hospital or referral number, a GMC or HCPC number and a collar number are
not marked.

Self-check without the detector: `python -m bench.redaction_set159` (and tests/test_redaction_set159.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,021 gold spans, 555 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Lloyd / Bebb family (white British), Castlefields, Shrewsbury --------------------------------------------------------

HOME_A = d.Address("9 Beacalls Lane", "Castlefields", "Shrewsbury", "SY1 2JR")
NAN_A = d.Address("31 Coton Crescent", "Coton Hill", "Shrewsbury", "SY1 2NZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Bebb")], dt.date(2015, 6, 2), addresses=[HOME_A], ids=["627 383 9301", "X893152524038"],
       schools=["Severnbank Primary School"]),
    _p("s", "sibling", [("Ruby-Mae", "Lloyd")], dt.date(2022, 12, 19), addresses=[HOME_A], ids=["760 463 7647"],
       schools=["Tiddlers Pre-school"]),
    _p("m", "mother", [("Kayleigh", "Lloyd")], dt.date(1996, 4, 8), addresses=[HOME_A], phones=["07812 446 903"]),
    _p("f", "father", [("Jordan", "Bebb")], dt.date(1993, 10, 27), phones=["07957 213 684"]),
    _p("g", "grandparent", [("Carol", "Lloyd")], dt.date(1970, 1, 5), addresses=[NAN_A], phones=["01743 362 418"]),
    _p("p1", "professional", [("Hannah", "Corbett")], phones=["01743 871 204"], emails=["hannah.corbett@severnmarches.gov.uk"]),
], "c")

DOCS_A = [
    ("education welfare officer's doorstep visit record", """SEVERN MARCHES COUNCIL - EDUCATION ACCESS SERVICE
HOME VISIT RECORD (unannounced)                     Officer: [[Gareth Ashby|name]] (EWO)      Visit no. 3

Pupil: [[BEBB, Mason|name]]     DOB: [[02/06/2015|dob]]     Year 6     UPN: [[X893152524038|upn]]
School: [[Severnbank Primary School|school]] (DSL Mrs [[Pryce|name]] - no, [[Nerys Pryce|name]] is the DSL; Mrs [[Pryce|name]] is the
head, [[Angela Pryce|name]]; they are sisters-in-law)
Address: [[9 Beacalls Lane|address]], [[Castlefields|place]], [[Shrewsbury|place]] [[SY1 2JR|postcode]]
Attendance this term: 61.4% (to [[27 November 2026|date]]); 9 sessions unauthorised; 3 lates after registers closed

Date/time of visit: Tuesday [[1 December 2026|date]], 09:20

Knocked twice. Dog barking (large, brindle - "Tyson" per neighbour; NOT the dog in the dog warden report, that one was
"Brutus"). [[Mason|name]] looked out of the upstairs window and waved, then disappeared. After five minutes mum ([[Kayleigh
Lloyd|name]]) came to the door in a dressing gown. She said [[Mason|name]] had "a bad belly" and she had rung school (school
have no call logged). [[Ruby-Mae|name]] was behind her in a nappy only, no socks, the hall was cold.

I could smell cannabis from the doorstep. Bin bags in the hall (I counted 6) and the kitchen door was shut.

Ms [[Lloyd|name]] said [[Jordan|name]] (dad, [[Jordan Bebb|name]]) is "back on the scene" and stays Friday to Sunday; he takes
[[Mason|name]] fishing at the Quarry and down by the Severn under the English Bridge. She said the neighbour at [[no. 11|address]],
[[Pat Rowlands|name]], "has it in for her" and rang the council about the bins.

Next door but one, [[no. 5|address]], a man who gave his name as [[Des|name]] told me (unprompted) the boy is "out on his bike till
all hours, down [[Sydney Avenue|address]] and the railway bridge". I did not take his surname.

Outcome: attendance contract offered, not signed. Mum agreed [[Mason|name]] will be in tomorrow. I told her I would have to share
what I saw today with the social worker ([[Hannah Corbett|name]], [[01743 871 204|phone]]). I rang nan, [[Carol Lloyd|name]], on
[[01743 362 418|phone]] who said she would walk him in from [[Coton Hill|place]] "every day this week if I have to".

Follow up: visit again [[8 December|date]]; panel on [[15th|date]] and [[16th December|date]] (Fixed Penalty Notice stage).
[[G. Ashby|name]]  [[01/12/2026|date]]
"""),
    ("dog warden's bite incident report with a referral", """STATUTORY DOG SERVICE - INCIDENT REPORT DW/26/0719
Reported by: [[Joanne Tudor|name]] (member of the public), [[07463 891 225|phone]]
Date of incident: Sun [[22/11/26|date]] approx 16:30       Location: footpath between [[Beacalls Lane|address]] and the Gay Meadow site
Dog: black Staffordshire bull terrier cross, male, answering to "Brutus" (not microchipped; keeper says he "belongs to
[[Jordan|name]]'s mate [[Shane|name]]")
Victim: child, [[MASON|name]] (11), bitten on the left forearm; puncture wounds x2, seen at the Royal Shrewsbury Hospital
A&E (Minor Injuries) same evening, steri-strips, tetanus in date.

Account of witness [[Joanne Tudor|name]]: "I was walking from [[Frankwell|place]] back to my car. Two lads were letting the dog off
the lead. The big one said to the little one 'go on [[Mase|name]], grab it'. The dog went for his arm. The older one was about
17, skinny, grey trackies. I heard the boy call him [[Shaney|name]]."

Keeper (per the child): [[Shane Bromley|name]], address unknown, thought to live at [[Flat 3, Cross Street|address]],
[[Castlefields|place]]. NB [[Bromley|name]] here is his surname, not the place.

Action taken: Community Protection Warning to be served on [[S. Bromley|name]] once traced. Dog seen again on
[[24 Nov|date]] tied outside the Spar on [[New Park Road|address]]. The shopkeeper ([[Raj|name]], works there daytimes) said
the dog is "always round [[Jordan Bebb|name]]'s".

Safeguarding: a child of 11 out without an adult at dusk, injured, no parent attended A&E until 19:10 (nan [[Carol|name]]
took him; mum on the phone). Referral sent to the front door [[23/11/2026|date]] (this form attached).
Officer: [[Lee Harper|name]], Dog Warden, [[01743 258 613|phone]]
"""),
    ("a mother and grandmother's Messenger chat typed up", """Typed up from screenshots [[Carol Lloyd|name]] showed me on her phone,
[[2 December 2026|date]]
(copied as written; HC)

Messenger - chat "[[Kayleigh|name]] 💕"

Fri [[27 Nov|date]] 07:52  [[Carol|name]]: is [[mason|name]] going school today
Fri 27 Nov 08:40  [[Kayleigh|name]]: ye
Fri 27 Nov 11:15  [[Carol|name]]: school just rang me he isnt there [[kay|name]]
Fri 27 Nov 11:16  [[Kayleigh|name]]: hes got his belly mum ffs
Fri 27 Nov 11:16  [[Kayleigh|name]]: [[jord|name]] was up with him all nite
Fri 27 Nov 11:20  [[Carol|name]]: [[jordan|name]] dont get up for nobody
Sat [[28 Nov|date]] 19:03  [[Kayleigh|name]]: can u have [[ruby|name]] tmrw me n [[jord|name]] goin [[wellington|place]]
Sat 28 Nov 19:05  [[Carol|name]]: what for
Sat 28 Nov 19:30  [[Kayleigh|name]]: see his cuz [[shane|name]] hes got a van for us
Sat 28 Nov 19:31  [[Carol|name]]: thats the lad with the dog that bit [[mase|name]]!!!!!!
Sat 28 Nov 19:44  [[Kayleigh|name]]: mum its sorted the dogs gone to his nan in [[harlescott|place]]
Sun [[29 Nov|date]] 10:02  [[Carol|name]]: drop her at mine by 12 I'm at bingo in [[mount pleasant|place]] at 6
Sun 29 Nov 10:05  [[Kayleigh|name]]: thx mum luv u xx
Mon [[30/11|date]] 22:48  [[Kayleigh|name]]: mum can u lend us 40 til thurs the electric keys on emergency
Mon 30/11 22:49  [[Kayleigh|name]]: pls dont tell [[hannah|name]]
Mon 30/11 23:10  [[Carol|name]]: ill drop it round in the morning and I'm taking the kids to [[severnbank|school]] myself

Note: "[[jord|name]]" / "[[jordan|name]]" is [[Jordan Bebb|name]]; "[[mase|name]]" is [[Mason|name]]. "[[wellington|place]]" is the town
in [[Telford|place]], not a boot.
"""),
]

DOCS_A += [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Mason BEBB|name]] (DOB [[2.6.2015|dob]], NHS [[627 383 9301|nhs]]) and [[Ruby-Mae LLOYD|name]] (DOB [[19.12.2022|dob]],
NHS [[760 463 7647|nhs]])
Address: [[9 Beacalls Lane|address]], [[Castlefields|place]], [[SY1 2JR|postcode]]
Date: Thursday [[3rd December 2026|date]], 10:00, Shirehall (Committee Room 2) and Teams
Chair: [[Rhiannon Vaughan|name]] (Independent Reviewing Officer)     Minutes: [[Beth Oakley|name]]

Present: [[Kayleigh Lloyd|name]] (mother); [[Carol Lloyd|name]] (maternal grandmother); [[Hannah Corbett|name]] (social worker);
[[Nerys Pryce|name]] (DSL, [[Severnbank|school]]); [[Jo Meredith|name]] (health visitor); [[Sam Oliver|name]] (key worker,
[[Tiddlers Pre-school|school]]); PC [[Dan Whitehouse|name]] (West Mercia Police, [[Harlescott|place]] station)
Apologies: [[Gareth Ashby|name]] (EWO, report tabled); Dr [[Khurshid|name]] (GP, Marysville Medical Practice, report tabled)
Not invited to the first part: [[Jordan Bebb|name]] (father) - attended from 10:40 after the chair spoke with him.

1. Purpose and confidentiality. The chair explained. Ms [[Lloyd|name]] asked that nothing go to her landlord, Severn Homes.

2. The social worker's report. [[Hannah|name]] summarised: home conditions poor on four visits ([[12 Oct|date]], [[3 Nov|date]],
[[18 Nov|date]], [[1 Dec|date]]); [[Mason|name]]'s attendance 61%; the dog bite on [[22 November|date]]; cannabis smoked in the
home; [[Ruby-Mae|name]] missing her two-year check twice. Positives: the children are warm with their mother and with nan;
[[Ruby-Mae|name]] is meeting milestones and loves pre-school; nan in [[Coton Hill|place]] is a real strength.

3. School. Mrs [[Pryce|name]] said [[Mason|name]] arrives hungry and "fights with [[Kai|name]] and [[Tommy|name]] in the line"; he
told his teacher, Mr [[Heath|name]], "me and dad go to the river at night". ([[Heath|name]] the teacher, not a place.)

4. Police. PC [[Whitehouse|name]]: two calls to the address in 2026 (noise, [[14/08/2026|date]]; a neighbour dispute with
[[Pat Rowlands|name]] at [[number 11|address]], [[6/9/26|date]]). An associate, [[Shane BROMLEY|name]] (17), is known for
cannabis supply in [[Ditherington|place]] and [[Sundorne|place]]; a silver Transit [[KX63 WJN|vehicle]] seen at the address.

5. Mr [[Bebb|name]] said he is "not the problem", he works at the [[Battlefield|place]] industrial estate and has [[Mason|name]] every
weekend; he lives with his mum in [[Bayston Hill|place]] ([[18 Lyth Hill Road|address]]). He agreed to a hair strand test.

6. Decision: both children to be subject to a child protection plan under the category of neglect. Core group to meet by
[[17th December|date]]; review conference [[4 March 2027|date]]. Outline plan: home conditions; no cannabis in the home; [[Mason|name]]
in school every day (nan to walk him); [[Ruby-Mae|name]]'s check booked for [[10/12|date]] at Castle Fields surgery.
Lead professional: [[Hannah Corbett|name]], [[hannah.corbett@severnmarches.gov.uk|email]]

7. Views. [[Mason|name]]'s three wishes (done with [[Hannah|name]] on [[30/11|date]]): "a PS5, for the dog to stay, and
for mum to stop smoking the weed". [[Ruby-Mae|name]] (3) said "Nana [[Carol|name]]'s house" when asked where she likes best. Ms
[[Lloyd|name]]
said she felt "ganged up on" and asked for her friend [[Shelby Pritchett|name]] to come to the core group. Nan asked that the
core group be held at her house at [[31 Coton Crescent|address]], [[Coton Hill|place]] ([[SY1 2NZ|postcode]]), "so [[Kayleigh|name]]
actually
turns up". Mr [[Bebb|name]] gave his mobile, [[07957 213 684|phone]], and his mother's name, [[Denise Bebb|name]].
"""),
]


# --- B. Hughes / Pritchard family (white British, Welsh-speaking grandparents), Weston Rhyn, near Oswestry ------------------

HOME_B = d.Address("4 Chapel Lane", "Weston Rhyn", "Oswestry", "SY10 7RE")
NAIN_B = d.Address("Bryn Awel, 22 Church Street", "", "Chirk", "LL14 5EU")
DAD_B = d.Address("17 Hall Lane", "Rhosllannerchrugog", "Wrexham", "LL14 1LF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Cerys", "Pritchard")], dt.date(2013, 3, 14), addresses=[HOME_B], ids=["545 309 3676", "Y893167909086"],
       schools=["The Marches School"]),
    _p("s", "sibling", [("Osian", "Hughes")], dt.date(2020, 8, 30), addresses=[HOME_B], ids=["701 257 8335"],
       schools=["Rhyn Valley Primary School"]),
    _p("m", "mother", [("Siân", "Hughes")], dt.date(1984, 11, 21), addresses=[HOME_B], phones=["07725 630 148", "01691 652 397"]),
    _p("f", "father", [("Gareth", "Pritchard")], dt.date(1981, 7, 9), addresses=[DAD_B], phones=["07539 882 106"]),
    _p("g", "grandparent", [("Glenys", "Hughes")], dt.date(1958, 5, 3), addresses=[NAIN_B], phones=["01691 778 215"]),
    _p("p1", "professional", [("Megan", "Bright")], phones=["01691 671 430"], emails=["megan.bright@severnmarches.gov.uk"]),
], "c")

DOCS_B = [
    ("young carers service referral form", """MARCHES YOUNG CARERS - REFERRAL FORM (v4)             Received: [[16-11-2026|date]]   Ref:
MYC-26-311
Section 1 - The young carer
First name(s): [[Cerys Elin|name]]          Surname: [[PRITCHARD|name]]         Known as: [[Cer|name]] / [[Cerys|name]]
DOB: [[14-03-2013|dob]]       Gender: F      Ethnicity: White Welsh     First language: English (understands Welsh)
Address: [[4 Chapel Lane|address]], [[Weston Rhyn|place]], [[Oswestry|place]]      Postcode: [[SY10 7RE|postcode]]
School / year: [[The Marches School|school]], Y9       NHS no.: [[545 309 3676|nhs]]
Section 2 - The person cared for
Name: [[Siân Hughes|name]] (mum)   Condition: relapsing-remitting MS, since 2019; now using a wheelchair out of the house;
fatigue, bladder problems, low mood.  Other children in the home: [[Osian HUGHES|name]], 6 (DOB [[30/08/2020|dob]]),
[[Rhyn Valley Primary School|school]] ("[[rhyn valley|school]]" on the form [[Cerys|name]] filled in herself)
Section 3 - What the young carer does (tick all)
[x] cooking [x] cleaning [x] shopping (the Co-op in the village and the big shop at Morrisons in [[Oswestry|place]]) [x] medication
[x] personal care (helps mum shower) [x] looks after sibling (gets [[Osian|name]] up, dressed and to school) [x] emotional support
[ ] interpreting [x] other: "does the forms for mum's PIP"
Section 4 - Referrer
Name: [[Megan Bright|name]]   Role: Early Help worker   Tel: [[01691 671 430|phone]]   Email: [[megan.bright@severnmarches.gov.uk|email]]
Why now: [[Cerys|name]] fell asleep in maths three times in November; her form tutor (Mr [[Gwilym Rees|name]]) found a list in
her planner: "pick up mum's tablets, ring the nurse, tell Mr [[Owen|name]] O is off". Dad ([[Gareth Pritchard|name]], [[Rhos|place]],
[[07539 882 106|phone]]) sees her every other Saturday but "doesn't get involved with [[Siân|name]]'s health". Nain ([[Glenys Hughes|name]],
in [[Chirk|place]], [[01691 778 215|phone]]) helps when she can but is 68 and has had a hip done at [[Gobowen|place]].
Section 5 - Consent
Parent/carer consent: YES, [[S Hughes|name]] (signed [[16/11/26|date]])   Young person consent: YES, [[C. Pritchard|name]]
Section 6 - Other people who help: [[Bethan Roberts|name]] ([[Ffion|name]]'s mam, [[Station Road|address]], [[Weston Rhyn|place]]); Mr
[[Alun Davies|name]]
(neighbour, [[number 6|address]]); the MS nurse, [[Delyth Parry|name]] ([[Oswestry|place]] clinic); Nain and Taid ([[Glenys|name]] and
[[Emrys Hughes|name]],
[[Bryn Awel|address]], [[22 Church Street|address]], [[Chirk|place]], [[LL14 5EU|postcode]]).
Contact preference: text mum on [[07725 630 148|phone]]; landline [[01691 652 397|phone]] rings in the kitchen only.
"""),
]

DOCS_B += [
    ("a girl's diary page scanned and OCR'd", """[Scanned by school from [[Cerys|name]]'s planner, back pages, with her permission,
[[19.11.2026|date]]. OCR text below,
uncorrected. Page edges cut off in the scan.]

Monday [[16th nov|date]]
mum fell in the bathroom again at like 6 in the morning. I couldnt lift her so I rang nain and
nain rang taid and taid drove over from [[Chirk|place]] in his slippers lol. [[Os|name]] was crying cos he thought mum
was dead. I took him to [[rhyn valley|school]] and was late for reg AGAIN. Mrs [[Ll-
ewellyn|name]] gave me a late mark and I didnt say anything bc what am I supposed to say.

tuesday
Mum says dont tell school stuff bc they will "send the social" and take [[Osian|name]] to dads.
dad lives in [[Rhos|place]] with [[Kerry|name]] and her boys and theres no room anyway. [[Kerry|name]] is ok but
she calls me "madam" when I dont eat.

Weds [[18th|date]] - [[Ffion|name]] came round after school and we did my
hair and watched Gavin and Stacey. [[Ffion Roberts|name]] is my best friend since year 1, she lives on [[Station
Road|address]] by the old chapel. her mam [[Bethan|name]] said I can go there any time. I didnt tell mum.

Thurs. [[Osian|name]]s teacher rang. nits. AGAIN.

THINGS TO DO
- mums tablets from Boots [[Oswestry|place]] (ring first on [[01691 652 397|phone]]?? no thats OUR number lol)
- [[Osian|name]] swimming - the Oswestry Leisure Centre, fri 4pm
- PIP form page 14!!!!
- text dad about xmas - is it [[24th|date]] or [[26th|date]]
- ring [[Megan|name]] back (the lady from early help)
[[01691 671 430|phone]]

[page 2 torn - top half missing]
...ould I go to the young carers group at [[Whittington|place]] on the [[2nd dec|date]]? Mr [[Rees|name]] says they
go bowling in [[Wrexham|place]] and its free
"""),
]

DOCS_B += [
    ("occupational therapist's home assessment", """ADULT SOCIAL CARE - OCCUPATIONAL THERAPY HOME ASSESSMENT (summary for the Early Help
plan)
Service user: [[Siân HUGHES|name]]      DOB: [[21 November 1984|dob]]      Address: [[4 Chapel Lane|address]], [[Weston Rhyn|place]],
[[SY10 7RE|postcode]]   Assessed by: [[Carys Bowen|name]], Occupational Therapist     Date of visit: [[24 November 2026|date]]
Also present: [[Glenys Hughes|name]] (mother, "Nain" to the children); [[Cerys|name]] (13) for part of the visit, at her mother's wish.

Background. Mrs [[Hughes|name]] (she prefers Ms) has MS, diagnosed at the Walton Centre in 2019; her neurologist is Dr
[[Iqbal|name]] at the Royal Shrewsbury. Relapse in October; she now walks a few steps indoors with a frame and uses a wheelchair
outside. The house is a two-up two-down terrace with the bathroom upstairs and a steep, narrow stair.

What she told me. "[[Cerys|name]] does everything. I hate it. She should be out with [[Ffion|name]] and her mates, not wiping me."
She falls two or three times a week, mostly at night on the way to the toilet. Twice [[Cerys|name]] has had to ring her grandmother
to help lift her ([[16 November|date]] and, she thinks, [[3 November|date]]). [[Osian|name]] (6) sleeps in with his mother "to keep her
company", which means he is woken when she gets up.

Environment. Stair rails on one side only; bath with no seat; front step 22cm with no rail; the wheelchair does not fit through the
back kitchen door. A neighbour, Mr [[Alun Davies|name]] at [[number 6|address]], keeps the chair in his shed overnight because the
hall is too narrow. The family has been on the Severn Homes transfer list for a ground-floor property since [[08/03/2024|date]];
Mrs [[Hughes|name]] senior would like them nearer her in [[Chirk|place]] (over the border, a different council and housing register).

Recommendations. (1) Second stair rail and a perching stool - ordered [[25/11/2026|date]]. (2) Commode for the bedroom at night, so
[[Cerys|name]] is not called. (3) Bath board and seat. (4) Referral for a Disabled Facilities Grant stair-lift assessment. (5) A carer's
assessment for [[Cerys|name]] as a young carer, and care calls morning and evening so she does not do personal care - I have spoken to
[[Megan Bright|name]] (Early Help) and the young carers service. (6) Falls pendant: Mrs [[Hughes|name]] has the Careline number.

[[Carys Bowen|name]] BSc (Hons) OT, HCPC OT71234      Team: [[Oswestry|place]] Community OT, The Centre, [[Oswestry|place]]
"""),
    ("a grandmother's voicemail transcribed", """Voicemail left on the Early Help duty phone, Monday [[30/11/2026|date]] 18:47, 2 min 10s.
Transcribed by [[M. Bright|name]] on
[[1 December 2026|date]]; Welsh words kept as spoken, with a translation in square brackets. Caller gave her name.

"Helo, [[Megan|name]], it's [[Glenys|name]], [[Glenys Hughes|name]], [[Siân|name]]'s mam, Nain to the children. Sorry to ring after
hours, cariad [love]. Look, I'm ringing because [[Siân|name]] had a fall again Saturday night and it was [[Cerys|name]] rang me, half past
two in the morning, and [[Emrys|name]] - my husband - he went over in the car, and [[Cerys|name]] was sat on the landing with her mam's
head in her lap, the poor dab [little one]. And [[Osian|name]] was asleep in the bed, diolch byth [thank goodness].

"Now, I don't want to cause trouble, but [[Gareth|name]] - [[Gareth Pritchard|name]], [[Cerys|name]]'s dad - he rang me
Sunday saying he's going to take [[Cerys|name]] to live with him in [[Rhos|place]], with [[Kerry|name]] and them, and I
don't think that's right, not with them boys there, and she'd lose her school. She'd have to go to [[Ysgol Morgan Llwyd|school]]
or somewhere, and she's doing so well at the [[Marches|school]] in [[Oswestry|place]].

"We could have them here, me and [[Emrys|name]], we've got the back room at [[Bryn Awel|address]]. It's on [[Church Street|address]] in
[[Chirk|place]], you know the one, by the bank. Only [[Siân|name]] won't hear of it. Anyway. My number is [[01691 778 215|phone]], or
[[Emrys|name]]'s mobile, [[07398 204 571|phone]]. Don't ring after nine, we go to bed. Diolch, [[Megan|name]]. Hwyl [bye]."

Note: "the [[Marches|school]]" where Nain says it is [[Cerys|name]]'s school ([[The Marches School|school]]), not the border region.
"""),
]


# --- C. Mohapatra / Panda family (Odia, from Odisha, India), Meole Brace, Shrewsbury ------------------------------------------

HOME_C = d.Address("7 Meole Crescent", "Meole Brace", "Shrewsbury", "SY3 9HW")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ananya", "Mohapatra")], dt.date(2013, 5, 22), addresses=[HOME_C], ids=["832 844 9013", "B893197670471"],
       schools=["Meole Brace School"]),
    _p("s", "sibling", [("Aarush", "Mohapatra")], dt.date(2021, 2, 11), addresses=[HOME_C], ids=["126 829 8158"],
       schools=["Bright Sparks Day Nursery"]),
    _p("m", "mother", [("Lipsa", "Mohapatra"), ("Lipsa", "Panda")], dt.date(1990, 9, 4), addresses=[HOME_C],
       phones=["07405 916 332"]),
    _p("f", "father", [("Debasish", "Mohapatra")], dt.date(1986, 1, 17), addresses=[HOME_C], phones=["07881 347 629"],
       ids=["SZ 41 88 20 B"]),
    _p("a", "other", [("Smita", "Panda")], None, phones=["+91 94370 52816"]),
    _p("p1", "professional", [("Rachel", "Dorsett")], phones=["01743 258 940"], emails=["rachel.dorsett@severnmarches.gov.uk"]),
], "c")

DOCS_C = [
    ("school counsellor's session note", """[[MEOLE BRACE SCHOOL|school]] - STUDENT WELLBEING - COUNSELLING SESSION NOTE (confidential;
shared with the DSL under the
safeguarding exception, student told)
Student: [[Ananya Mohapatra|name]] (Y9, tutor group 9SC)     Session: 4 of 6     Date: Wednesday [[25th November 2026|date]], P3
Counsellor: [[Imogen Leach|name]] (BACP)     DSL informed: [[Paul Sankey|name]] at 11:05 the same day

Presenting: referred by her head of year (Miss [[Tan|name]]) in October for low mood and not eating at lunch.

Today. [[Ananya|name]] ("[[Anu|name]]" to her friends) came in with her sleeve pulled down and said she "had to tell someone". She
said that on Sunday night ([[22/11|date]]) her father hit her on the back of the legs and the arm with his belt, four or five times,
because her mock results in maths were 6s and he had told her cousin in [[Bhubaneswar|place]] she would get 9s. She said it has
happened "since year 7, maybe five times", always about marks or her phone. Her mum, [[Lipsa|name]], "just cries and goes in the
kitchen". She is frightened that if anyone finds out, she will be sent "back home" to her grandmother in [[Cuttack|place]] and
lose her friends ([[Amelia|name]], [[Holly|name]] and [[Zara|name]]; "[[Amelia Salt|name]] is my best friend, she knows a bit").

I saw a red mark about 5cm long on the back of her left upper arm; I did not ask to see her legs. She does not want to go home
tonight "if Bapa knows I told". She said her little brother ([[Aarush|name]], 5) is "fine, he's the prince".

She asked me to say that her father "is not a bad man, he works so hard, nights at the hospital". He is a nurse at the Royal
Shrewsbury (the family came from Odisha in 2019 on his visa); her mother does not work and speaks some English.

Her words about what she wants: "I want him to stop. I don't want police. Can [[Sunita|name]] aunty be there?" ([[Sunita Das|name]], a
family friend in [[Lawley|place]], [[Telford|place]], who "talks to Bou in Odia and tells her things will be OK".)

Other adults she named: her tutor Mrs [[Sharma|name]]; the bus driver "[[Clive|name]]" on the number 25 from [[Meole|place]]; her
cousin [[Rudra Panda|name]] in [[Bhubaneswar|place]] ("he is the one who gets 9s"); [[Sunita|name]]'s daughter [[Isha Das|name]] (16), at
[[Thomas Telford School|school]] in [[Telford|place]].

Action: DSL phoned the front door at 11:20 (spoke to [[Rachel Dorsett|name]]). [[Ananya|name]] kept in the wellbeing room (The Nest) until
the plan was made. Next session [[2/12/26|date]].   [[I. Leach|name]]
"""),
]

DOCS_C += [
    ("police officer's pocket notebook entry typed up", """PNB 0448213 - PC 2261 [[VERMA|name]] - typed for the s47 file by the officer,
[[26/11/2026|date]]. Original in black ink; timings 24h.

25/11/26
1540 Attended [[Meole Brace School|school]], [[Upper Road|address]], with DC [[Nicola Fenn|name]] (CAIU [[Shrewsbury|place]]). Met DSL Mr
[[Sankey|name]]
     and SW [[R. Dorsett|name]]. Briefed re disclosure by [[MOHAPATRA, Ananya|name]] DOB [[22.05.13|dob]]. ABE interview not
     today (child's wish, SW's view). Photos of L upper arm taken by school nurse [[Bev Gittins|name]], consent child.
1635 To home address [[7 Meole Crescent|address]], [[SY3 9HW|postcode]]. Semi-detached, car on drive silver Skoda Octavia
     [[MJ19 ZKC|vehicle]]. Door answered by [[MOHAPATRA, Lipsa|name]] (mother), aged 36. Son [[Aarush|name]] present, watching
     TV, appeared well. Mother's English limited. She rang a friend on speaker to help ([[Sunita|name]], surname [[DAS|name]],
     tel [[07754 218 960|phone]]). I told her Language Line was available, she declined, "[[Sunita|name]] is family".
1650 [[MOHAPATRA, Debasish|name]] (father) arrived home from a shift in uniform (NHS nurse). Calm. Said "in our culture we
     discipline children, but I did not hit her with belt. I tapped her." Asked where the belt is, he said he does not own
     one. I saw a brown leather belt on the banister. Not seized (no power / not needed at this stage), noted.
1705 He said: "Please don't tell the hospital. My visa." He gave his mobile [[07881 347 629|phone]] and said his
     manager is Ward Sister [[Kaur|name]] on Ward 22.
1715 Father agreed to stay tonight with a colleague, [[Jibin Mathew|name]], at [[Flat 12, Sabrina Court|address]], [[Longden
     Coleham|place]], while the strategy discussion takes place. He gave me that address himself. Confirmed by phone with Mr
     [[Mathew|name]] 1718.
1730 [[Ananya|name]] brought home by SW [[Dorsett|name]]. Hugged mum. Said to me "is Bapa angry?"
1745 Cleared. Crime ref 22/112466/26 (ABH - assault on a child). Intel: nil previous. Neighbour at [[no. 9|address]] (Mrs [[Jean
Pugh|name]]) came out and said "they are lovely people, that little girl is always crying though".
"""),
]

DOCS_C += [
    ("a WhatsApp thread in Odia and English translated", """WhatsApp messages between [[Lipsa Mohapatra|name]] and her sister in India,
shown to the social worker by Mrs [[Mohapatra|name]]
on [[30 November 2026|date]] and copied with her consent. Odia translated by the council's interpreter ([[Pradeep Rath|name]], by
phone); English typed as written. The contact is saved as "[[ସ୍ମିତା|name]] ନାନୀ" ("[[Smita|name]] Nani", elder sister); her number shows
as [[+91 94370 52816|phone]].

[[25/11/26|date]], 21:14 - [[Lipsa|name]]: ନାନୀ, ପୁଲିସ ଆସିଥିଲେ। [[ଅନନ୍ୟା|name]] ସ୍କୁଲରେ କହିଦେଲା।
   [Sister, the police came. [[Ananya|name]] told at school.]
25/11/26, 21:15 - [[Smita|name]]: What?? Is [[Debu|name]] ok
25/11/26, 21:15 - [[Smita|name]]: ମା କୁ କହିବୁନି। ([Don't tell Ma.])
25/11/26, 21:20 - [[Lipsa|name]]: he is staying with [[Jibin|name]] tonight. They said he cannot come home until meeting
25/11/26, 21:22 - [[Smita|name]]: [[Anu|name]] is a child, she doesn't understand what she is doing to the family
25/11/26, 21:30 - [[Lipsa|name]]: ସେ ତା ବେଲ୍ଟରେ ମାରିଥିଲେ ନାନୀ। ମୁଁ ଦେଖିଛି। [He hit her with his belt, sister. I have seen it.]
25/11/26, 21:31 - [[Smita|name]]: 😢
[[26/11/26|date]], 07:02 - [[Smita|name]]: I spoke to [[Gita|name]] mausi. She says send [[Anu|name]] to [[କଟକ|place]] for one year, she
will
   study at [[Stewart School|school]], [[Cuttack|place]] like you did
26/11/26, 07:40 - [[Lipsa|name]]: NO. She is British now. Her friends are here. [[Aaru|name]] is asking for his papa every minute
26/11/26, 08:15 - [[Smita|name]]: call me after 8 your time. Or call [[Sunil|name]] bhai [[+91 98610 47725|phone]]
26/11/26, 13:02 - [[Lipsa|name]]: social worker lady is [[Rachel|name]]. she is kind. She says there will be a meeting and I can bring
   [[Sunita|name]]
[[28/11/26|date]], 19:44 - [[Smita|name]]: [[ଭୁବନେଶ୍ୱର|place]] Ma's house address for the school form if needed:
[[Plot 214, Saheed Nagar|address]],
   [[Bhubaneswar|place]] [[751007|postcode]]. Landline [[+91 674 259 3381|phone]]

(Interpreter's note: "[[Debu|name]]" is the family's short name for [[Debasish|name]]; "[[Anu|name]]" and "[[Aaru|name]]" for
[[Ananya|name]] and [[Aarush|name]]. "ମା"
(Ma) is their mother, [[Sabitri Panda|name]]; "mausi" is an aunt and here means Mrs [[Panda|name]]'s sister, [[Gita|name]].)
"""),
]

DOCS_C += [
    ("strategy discussion record", """STRATEGY DISCUSSION RECORD (Working Together 2023, s47)          Held: [[26 November 2026|date]],
09:30, Teams
Child(ren): [[Ananya MOHAPATRA|name]], DOB [[22/05/2013|dob]], NHS [[832 844 9013|nhs]], UPN [[B893197670471|upn]]
            [[Aarush MOHAPATRA|name]], DOB [[11/02/2021|dob]], NHS [[126 829 8158|nhs]] ([[Bright Sparks Day Nursery|school]],
[[Radbrook|place]])
Address: [[7 Meole Crescent|address]], [[Meole Brace|place]], [[Shrewsbury|place]] [[SY3 9HW|postcode]]
Parents: [[Debasish MOHAPATRA|name]] (DOB [[17/01/1986|dob]], NI [[SZ 41 88 20 B|ni]]); [[Lipsa MOHAPATRA|name]] née [[PANDA|name]]
(DOB [[04/09/1990|dob]]); language: Odia (Oriya); interpreter needed for Mrs [[Mohapatra|name]]

Attendees: [[Tom Jukes|name]] (Team Manager, chair); [[Rachel Dorsett|name]] (SW); DC [[Nicola Fenn|name]] (CAIU); [[Paul Sankey|name]]
(DSL, [[Meole Brace School|school]]); Dr [[Farah Ansari|name]] (named doctor, by phone); [[Leanne Bate|name]] (nursery manager)

Information shared.
- School: disclosure on [[25/11|date]] to the counsellor; red linear mark to the L upper arm; [[Ananya|name]] says belt, about 5 times
  since Y7. Attendance 98%. High achiever; "anxious about marks". Friends: [[Amelia Salt|name]], [[Holly Breeze|name]].
- Police: no previous. Father's account ("tapped her"). Belt seen. Father staying with [[Jibin Mathew|name]] in [[Coleham|place]]
  tonight by agreement. ABE interview offered for [[27/11/2026|date]] at the [[Shrewsbury|place]] suite.
- Health: Dr [[Ansari|name]] advises a child protection medical; no injuries on [[Aarush|name]] known; HV [[Karen Dodd|name]] last saw
  the family on [[14/07/2025|date]], no concerns, mother isolated, no family in the UK.
- Nursery: [[Aarush|name]] happy, well cared for; father does drop-off after night shifts, "always tired".

Decision: threshold met for s47 (both children). Child protection medical for [[Ananya|name]] today at the Royal Shrewsbury (Dr
[[Ansari|name]], 14:00). Father to remain away from the home until the s47 is concluded, by written agreement; contact with the
children supervised by [[Sunita Das|name]] (family friend, [[Lawley|place]]; checks to be done) or by mum. SW to tell the father's
employer only if a LADO referral is needed (he is a registered nurse) - [[Tom|name]] to ask the LADO ([[Fiona Breeze|name]]) today.
NB two unrelated people named [[Breeze|name]] above. Interpreter to be booked (not a family friend) for the mother's statement.
Next: outcome of s47 by [[10 December 2026|date]]; ICPC if needed by [[17/12/2026|date]].    Recorded by [[R. Dorsett|name]]
"""),
]


# --- D. De Smet / Vermeulen family (Flemish, from Belgium), Trefonen, near Oswestry ---------------------------------------------

HOME_D = d.Address("2 Bellan Lane", "Trefonen", "Oswestry", "SY10 9DR")
OMA_D = d.Address("Dendermondsesteenweg 214", "Sint-Amandsberg", "Gent", "9040")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Wout", "De Smet")], dt.date(2016, 9, 15), addresses=[HOME_D], ids=["136 317 6439"]),
    _p("s", "sibling", [("Lotte", "De Smet")], dt.date(2011, 4, 3), addresses=[HOME_D], ids=["915 374 7097", "K893152610365"],
       schools=["The Corbet School"]),
    _p("m", "mother", [("Els", "Vermeulen")], dt.date(1985, 2, 27), addresses=[HOME_D], phones=["07821 639 054"]),
    _p("f", "father", [("Pieter", "De Smet")], dt.date(1982, 6, 12), addresses=[HOME_D], phones=["07447 205 913"],
       ids=["JT 62 04 57 A"]),
    _p("g", "grandparent", [("Godelieve", "Vermeulen")], dt.date(1956, 12, 1), addresses=[OMA_D], phones=["+32 9 225 41 87"]),
    _p("p1", "professional", [("Owain", "Jarvis")], phones=["01691 652 880"], emails=["owain.jarvis@severnmarches.gov.uk"]),
], "c")

DOCS_D = [
    ("emergency department safeguarding checklist", """EMERGENCY DEPARTMENT - CHILDREN'S SAFEGUARDING CHECKLIST (under 18s) - completed by
the treating clinician
Patient: [[DE SMET, Wout|name]]    DOB: [[15/09/2016|dob]]    Age: 10y    NHS: [[136 317 6439|nhs]]    Hosp no: RSH4471209
Address: [[2 Bellan Lane|address]], [[Trefonen|place]], [[Oswestry|place]] [[SY10 9DR|postcode]]    GP: Cabin Lane Surgery? -> parent
says "the one in [[Oswestry|place]] by the Co-op", not sure of name
Attended: [[04/11/2026|date]] 18:52, brought by father ([[Pieter DE SMET|name]], tel [[07447 205 913|phone]]) in the family car
Presenting complaint: fall from a quad bike on a farm track at [[Pentre farm|address]] (where dad works), about 16:00. Helmet: NO.
Injuries: # distal radius L (buckle), abrasions L cheek and both knees, 3 cm laceration L shin (glued).

1. Is the history consistent with the injury?  YES  (mechanism plausible)
2. Delay in presentation?  YES - approx 3 hours. Father: "we thought it was a sprain, his mother was in [[Welshpool|place]]".
3. Is the child known to social care / on a plan?  CP-IS: no flag.  Child in need? unknown
4. Does the child attend school?  NO - electively home educated since 2024 (father says "we do school at the kitchen table,
   in Dutch and English"). Registered? father thinks so.
5. Who else lives at home?  mother [[Els VERMEULEN|name]] (tel [[07821 639 054|phone]]); sister [[Lotte|name]] (15, at
   the [[Corbet|school]]). A farm worker, "[[Bram|name]]", lives in a caravan on the farm, not at home.
6. Child's account (in his words, without parent): "[[Bram|name]] let me drive it on my own, papa said I could. I go fast down
   to the gate. I drive it every day nearly."
7. Any other concern?  Child driving farm machinery aged 10 without a helmet, daily by his account; delay; not in school.

Outcome: ortho F/U fracture clinic; Safeguarding referral sent to the front door [[05/11/2026|date]] 09:10 by the ED safeguarding
nurse ([[Tess Malone|name]]). Copy to the Health Visiting/School Nursing team ([[Oswestry|place]] locality).
Clinician: Dr [[Kofi Mensah|name]] (ST4 Emergency Medicine)   Signed [[04.11.26|date]] 21:40
"""),
]

DOCS_D += [
    ("a grandmother's email in Dutch with a translation", """From: [[Godelieve Vermeulen|name]] <[[godelieve.vermeulen@telenet.be|email]]>
Sent: zondag [[15 november 2026|date]] 20:31
To: [[owain.jarvis@severnmarches.gov.uk|email]]
Subject: [[Wout|name]] en [[Lotte|name]] - bezorgd (worried)

Geachte meneer [[Jarvis|name]],

Ik ben de oma van [[Wout|name]] en [[Lotte|name]] [[De Smet|name]]. Mijn dochter [[Els|name]] heeft mij uw e-mailadres gegeven.
Ik maak mij grote zorgen. [[Lotte|name]] belt mij 's nachts en huilt. Zij zegt dat haar vader haar telefoon afpakt en dat zij niet
naar haar vriend in [[Oswestry|place]] mag. [[Wout|name]] gaat niet naar school en rijdt de hele dag op de quad met [[Bram|name]].
Ik ben vorige zomer drie weken bij hen geweest. Het huis in [[Trefonen|place]] is koud en vochtig en [[Pieter|name]] drinkt te veel.

Als het nodig is, kunnen de kinderen bij mij komen wonen in [[Sint-Amandsberg|place]]. Mijn adres: [[Dendermondsesteenweg 214|address]],
[[9040|postcode]] [[Gent|place]]. Telefoon [[+32 9 225 41 87|phone]], of mijn zoon [[Jeroen|name]] (nonkel van de kinderen) in
[[Wetteren|place]],
[[+32 475 62 18 93|phone]].

Met vriendelijke groeten,
[[Godelieve Vermeulen-Baert|name]] ("Oma [[Lieve|name]]")

--- Translation (by [[Anke Dewulf|name]], sessional translator, [[17/11/2026|date]]) ---
Sunday [[15 November 2026|date]]. Dear Mr [[Jarvis|name]], I am the grandmother of [[Wout|name]] and [[Lotte|name]] [[De Smet|name]]. My
daughter [[Els|name]] gave me your email address. I am very worried. [[Lotte|name]] rings me at night crying. She says her father takes
her phone away and she is not allowed to see her boyfriend in [[Oswestry|place]]. [[Wout|name]] does not go to school and rides the quad
all day with [[Bram|name]]. I stayed with them for three weeks last summer. The house in [[Trefonen|place]] is cold and damp and
[[Pieter|name]]
drinks too much. If it is needed the children can come to live with me in [[Sint-Amandsberg|place]] (address and phones above), or with
my son [[Jeroen|name]] (the children's uncle) in [[Wetteren|place]]. Kind regards, [[Godelieve Vermeulen-Baert|name]] ("Grandma
[[Lieve|name]]").

Translator's note: "[[Vermeulen-Baert|name]]" is her married and maiden name together, as Belgian women often sign; "[[Lieve|name]]" is
short for
[[Godelieve|name]]; "[[9040|postcode]]" is the Belgian postcode for [[Sint-Amandsberg|place]], a district of [[Ghent|place]].
"""),
]

DOCS_D += [
    ("a return home interview after a missing episode", """RETURN HOME INTERVIEW (independent, offered within 72 hours of return) -
Marches Youth Trust
Young person: [[Lotte DE SMET|name]]   DOB [[03-04-2011|dob]]   15   [[The Corbet School|school]], Y11   UPN [[K893152610365|upn]]
Missing from: home, [[Trefonen|place]]   Reported missing: Fri [[20 Nov 2026|date]] 23:40 by her father   Found: Sat [[21/11|date]] 14:10
Where found: at her boyfriend's flat, [[Flat 2, 41 Willow Street|address]], [[Oswestry|place]], by PC [[Gemma Lowe|name]] (Safer
Neighbourhood Team)
Interview: Tuesday [[24 November|date]], 16:00, at the library in [[Oswestry|place]] (her choice - "not at home, not at school")
Interviewer: [[Dan Evason|name]], RHI worker

Her account. She left at about 21:00 after a row with her dad about her phone. She walked down to the main road and got a lift from
"[[Kez|name]]" ([[Kieran Whitfield|name]], 19, her boyfriend since the summer) in his white Corsa, [[FX17 RKW|vehicle]]. They went to his
flat
and "just watched films". She turned her phone off "so dad couldn't track me". She knows [[Kieran|name]] is 19 and says he "isn't like
that, he's kind, he buys me food". His friend [[Jamie|name]] and a girl called [[Shannon|name]] were there too; they were drinking, she
says she had "two cans". She slept on the sofa.

Home. "Papa shouts. He's not violent to me but he throws stuff. He drinks Jupiler every night and whisky when it's bad. Mama says
nothing." She worries about [[Wout|name]]: "he's ten and he drives the quad like a farmer. He's not even learning proper maths. I taught
him fractions." She talks to her oma in [[Gent|place]] most nights on FaceTime and would "go tomorrow" to live with her. Her
meter (godmother), [[An Claes|name]], lives in [[Brugge|place]] and sends her money.

Risks discussed: the age gap; drinking; being picked up at night; her phone being off. Her phone contacts she was willing to show me:
"Mama", "Papa", "Oma", "[[Kez|name]] 💙", "[[Jamie W|name]]", "[[Shan|name]]" ([[Shannon|name]]),
"Nonkel [[Jeroen|name]]" and "[[An|name]] meter". She says [[Jamie|name]] lives on [[Oswald Road|address]] and [[Shannon|name]] works at
the Morrisons café in
[[Oswestry|place]]. She knows about Childline and the
Brook service in [[Shrewsbury|place]]. She agreed to send her mum a text if she is going to [[Kieran|name]]'s.
Worries to share: an adult (19) with a 15 year old - sexual exploitation screening tool completed (medium). Shared with SW
[[Owain Jarvis|name]] and PC [[Lowe|name]] on [[24/11/2026|date]].   [[D. Evason|name]]
"""),
]

DOCS_D += [
    ("child in need review meeting record", """CHILD IN NEED REVIEW - RECORD OF MEETING
Children: [[Wout DE SMET|name]] (10) and [[Lotte DE SMET|name]] (15)      Review no. 1      Date: [[2 December 2026|date]]
Venue: the family home, [[2 Bellan Lane|address]], [[Trefonen|place]] (kitchen)     Chair/SW: [[Owain Jarvis|name]]
Present: [[Pieter De Smet|name]] (father); [[Els Vermeulen|name]] (mother); [[Lotte|name]] (for the first half); [[Wout|name]] (drew while
we talked); [[Rhian Hanmer|name]] (EHE adviser); [[Nia Sutton|name]] (school nurse, [[Corbet|school]]); [[Dan Evason|name]] (youth worker);
by phone from Belgium for item 4: [[Godelieve Vermeulen|name]] (maternal grandmother), with [[Els|name]] interpreting, agreed by all.
Not present: [[Bram Peeters|name]] (farm worker) - not invited; Mr [[Geraint Pugh|name]] (the farmer, [[Pentre Farm|address]],
[[Trefonen|place]]),
who has written to say the quad is now locked away and the key kept in the farm office.

1. Since the plan started ([[9 November|date]]). [[Wout|name]]'s wrist has healed (fracture clinic discharge [[25/11/2026|date]]). No
riding since
   [[4 November|date]], father says; [[Wout|name]] says "only once, on the little one, with [[Bram|name]] holding the back". Helmets bought.
2. Education. [[Rhian|name]] visited on [[19/11|date]]: [[Wout|name]] is on the EHE register since [[06/01/2024|date]]; the provision is
"not yet
   suitable" - mostly practical farm work and a Flemish workbook. Parents agreed to a plan with [[Rhian|name]], and to look at
   [[Trefonen CE Primary School|school]] in the village (a place for Year 6 from January). [[Wout|name]]: "I want to go to
[[trefonen school|school]]
   with [[Alfie|name]] and [[Macsen|name]] from the football." [[Macsen Lloyd-Williams|name]] lives at [[Ty Gwyn|address]] on the
Offa's Dyke path.
3. [[Lotte|name]]. Still seeing [[Kieran Whitfield|name]] (19). No further missing episodes. The police have given him a child abduction
warning
   notice ([[27/11/2026|date]]). [[Lotte|name]] is angry about this. Father: "I take her phone because I am scared, not to punish." Mother
is
   going to a parenting group (Triple P Teen) at the family hub in [[Oswestry|place]]. School nurse: [[Lotte|name]] has asked about the
   contraceptive clinic; referred to Brook.
4. Grandmother. Mrs [[Vermeulen|name]] will come over for Christmas ([[19 December|date]] to [[3 January 2027|date]]), staying at the
   Wynnstay in [[Oswestry|place]], and will help with school runs. The children's uncle [[Jeroen Vermeulen|name]] in [[Wetteren|place]]
has offered
   holidays. No plan for either child to move to Belgium; [[Lotte|name]] says "maybe after my exams".
5. Father's drinking. Mr [[De Smet|name]] accepts he drinks "more than in Belgium"; he agreed to see the GP and to go to We Are With You in
   [[Oswestry|place]] (he has an appointment [[8th December|date]]).
Next review: [[3 February 2027|date]], 10:00, same place.       Record: [[O. Jarvis|name]], [[owain.jarvis@severnmarches.gov.uk|email]],
[[01691 652 880|phone]]
"""),
]


# --- E. Whittaker / Morgan family (white British), Bayston Hill, Shrewsbury ----------------------------------------------------

HOME_E = d.Address("23 Pulley Lane", "Bayston Hill", "Shrewsbury", "SY3 0JH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Callum", "Whittaker")], dt.date(2011, 2, 19), addresses=[HOME_E], phones=["07482 330 591"],
       ids=["549 445 2816", "C893203876534"], schools=["Sharpstone Academy"]),
    _p("s", "sibling", [("Paige", "Morgan")], dt.date(2018, 10, 6), addresses=[HOME_E], ids=["386 959 7623"]),
    _p("m", "mother", [("Donna", "Whittaker")], dt.date(1989, 8, 30), addresses=[HOME_E], phones=["07568 124 739"]),
    _p("o", "other", [("Lee", "Morgan")], dt.date(1985, 3, 12), addresses=[HOME_E], phones=["07716 549 082"]),
    _p("p1", "professional", [("Natalie", "Greenhous")], phones=["01743 254 177"], emails=["natalie.greenhous@severnmarches.gov.uk"]),
], "c")

DOCS_E = [
    ("National Referral Mechanism referral form", """NATIONAL REFERRAL MECHANISM - CHILD REFERRAL (first responder: Severn Marches
Council)   (no consent needed for a child)
A. Potential victim
Full name: [[Callum James WHITTAKER|name]]      Other names used: "[[Cal|name]]", "[[C-Dog|name]]" (street name, per police)
DOB: [[19 February 2011|dob]]    Age: 15    Nationality: British    Address: [[23 Pulley Lane|address]], [[Bayston Hill|place]],
[[Shrewsbury|place]],
[[SY3 0JH|postcode]]    Phone (his own): [[07482 330 591|phone]]    School: [[Sharpstone Academy|school]] (part-time timetable since
[[01/10/2026|date]])
Parent/carer: [[Donna Whittaker|name]] (mother), [[07568 124 739|phone]]; stepfather [[Lee Morgan|name]], [[07716 549 082|phone]]
B. Exploitation type: criminal (county lines). Sub-type: drug running; holding; "cuckooing" of an adult's flat.
C. Chronology (summary; full version on file)
- [[12/08/2026|date]]: first missing episode, found in [[Oswestry|place]] at 02:00 near the bus station with two older males.
- [[29 August|date]]: stopped at [[Gobowen|place]] railway station, 6 wraps of crack cocaine in his sock, £220 cash, two phones. Released,
NFA
  as a suspected victim.
- [[3rd September 2026|date]] to [[6th September 2026|date]]: missing 3 nights; found at [[Flat 14, Oak House|address]],
[[Morda Road|address]], [[Oswestry|place]], the
  flat of a vulnerable adult ([[Terry Vickers|name]], 58); the flat was being used by a line known as "[[Deano|name]]".
- [[17.10.2026|date]]: cut to the hand; he said "fell off my bike"; A&E at the Royal Shrewsbury; friend [[Tyler Amos|name]] with him.
- [[14/11/2026|date]]: arrested at [[Shrewsbury|place]] bus station (see custody record); a kitchen knife in his bag.
D. Indicators: unexplained money and clothes (North Face, Nike Tech); new phones; travelling to [[Oswestry|place]], [[Wrexham|place]]
and [[Liverpool|place]]; older associates; "debt" (says he owes £600 after the [[14 November|date]] seizure); fear.
E. Exploiters (as known): "[[Deano|name]]" - believed [[Dean Rafferty|name]], 24, [[Liverpool|place]] ([[Kirkby|place]]); a local runner,
[[Reece
Halloran|name]], 17, [[Harlescott Grange|place]]; a vehicle seen dropping [[Callum|name]] home, black Audi A3 [[YF68 HLO|vehicle]].
F. First responder: [[Natalie Greenhous|name]], Social Worker (Exploitation Team), [[natalie.greenhous@severnmarches.gov.uk|email]],
[[01743 254 177|phone]]. Date submitted: [[20/11/2026|date]]. Police ref: 22/118530/26 (OIC DC [[Sam Ellery|name]]).
G. Family and network (for the Single Competent Authority)
- Mother [[Donna Whittaker|name]] (37) and stepfather [[Lee Morgan|name]] (41, a roofer, works for [[Pryce|name]] Roofing in
[[Hanwood|place]]);
  half-sister [[Paige Morgan|name]] (8), DOB [[06/10/2018|dob]], NHS [[386 959 7623|nhs]].
- Birth father: [[Jason Lea|name]] ([[Callum|name]] carries his mother's surname; [[Lea|name]] is the father's surname, not the
  village of that name), no contact since 2016, last known in [[Telford|place]] ([[Brookside|place]]).
- Maternal aunt [[Jackie Bright|name]], [[4 Essex Road|address]], [[Church Stretton|place]] [[SY6 6AX|postcode]], [[07846 219 531|phone]].
- Friends: [[Tyler Amos|name]] (15, [[Sharpstone|school]]); "[[Mikey|name]]" (14, surname unknown); a girl, [[Lacey-Mae Corfield|name]],
14, of
  [[Meole Brace|place]], who is said to hold phones for the line.
- Youth worker [[Steph Pover|name]] (Fearless outreach), [[07359 806 214|phone]]; YOT worker to be allocated after [[3 December|date]].
"""),
]

DOCS_E += [
    ("a detached youth worker's notes typed fast on a phone", """notes - typed on phone in the car after, sorry for typos. NG pls read
before panel
[[25/11|date]] tues eve 1900-2130 detached, me + [[Kez|name]] ([[Kerry Baugh|name]], sessional)

- 1910 [[bayston hill|place]] shops, outside the chippy. [[cal|name]] there w [[tyler|name]] + 2 lads i dont know (one called
"[[Mikey|name]]", 14ish,
  blue moncler). [[cal|name]] v jumpy, checking phone every 30 sec. said hes "done with all that" but then his phone went and he walked off
  round the back of the library to take it
- [[tyler amos|name]] told me [[cal|name]] "owes [[deano|name]] big" and some lads came to [[pulley lane|address]] sat nite looking for
him. his mum
  ([[donna|name]]) told them to f off. [[lee|name]] (stepdad) went out w a bat?? - need to check w police, [[tyler|name]] might be winding
me up
- 1945 [[cal|name]] came back. asked him about [[paige|name]] (little sis) - he lit up, said hes taking her to the xmas lights in town on
the
  [[5th|date]] "if im still alive lol". i said thats not funny. he said "its a joke [[steph|name]]"
- he asked if he can get a bus pass to go to college in [[shrewsbury|place]] next yr (motor vehicle at SCG?? [[shrewsbury colleges|school]])
- gave him my work no again [[07359 806 214|phone]] + the fearless card
- 2030 drove past [[lyth hill road|address]] junction - black audi parked up, lights off, 2 males in it. got 1st 4 of reg
"[[YF68|vehicle]]" -
  prob same as on the NRM. didnt stop. rang 101, ref 7734
- 2100 [[meole|place]] village end by the co-op, quiet, nobody about

overall: hes scared. hes still a kid. he wants out but doesnt know how. worry for [[paige|name]] + mum if they come to the house again.
for panel: can we look at a move? [[donna|name]] mentioned her sister [[Jackie|name]] in [[Church Stretton|place]]
([[4 Essex Road|address]]?)
- [[Steph Pover|name]], youth worker, [[07359 806 214|phone]]
"""),
]

DOCS_E += [
    ("custody record extract", """WEST MERCIA POLICE - CUSTODY RECORD (extract disclosed to children's services under the information
sharing agreement)
Custody no: SH/26/4471      Custody suite: [[Shrewsbury|place]] ([[Monkmoor|place]])      Custody Sgt: 2104 [[ALDRIDGE|name]] (see note)
Detained person: [[WHITTAKER Callum James|name]]     DOB: [[19/02/2011|dob]]     Juvenile: YES
Home address: [[23 PULLEY LANE|address]], [[BAYSTON HILL|place]], [[SHREWSBURY|place]] [[SY3 0JH|postcode]]
Arrest: [[14/11/2026|date]] 17:52 at [[SHREWSBURY|place]] BUS STATION by PC 1877 [[HOLT|name]] (see note). Offence: possession of a bladed
article in a
public place; possession with intent to supply class A (suspected).
Arrival: 18:20. Authorised: 18:31. Appropriate adult: mother [[Donna WHITTAKER|name]] called 18:35 on [[07568 124 739|phone]], no answer;
stepfather [[Lee MORGAN|name]] called 18:41 on [[07716 549 082|phone]], attended 19:50. Solicitor: duty - [[Harriet Wyle|name]] of
[[Wyle|name]] &
Partners (attended 20:30).
Risk assessment: self-harm history - says "cut my hand before, not on purpose". Drugs - cannabis daily. Marks: healed scar R palm.
Property: Samsung phone x2 (one pink case, "not mine, it's [[paige|name]]'s old one"); £35.40; Oyster-style bus card; vape; a Stanley knife
blade in a wallet; house keys.
Detention log:
18:55 DP asked for "[[Steph|name]] the youth worker" - informed DP that an AA (parent) is being sought.
19:50 AA [[MORGAN|name]] arrives. States to custody staff: "he's been told, he's getting nicked for [[Dean|name]]'s lot".
21:15 Interview (no comment). Drugs not found on DP (swab only). RUI for the drug offence; charged with the bladed article.
22:40 Released to AA. Bail to Shrewsbury Youth Court [[03/12/2026|date]] 10:00. Referral to children's services (PPN) and the NRM.
22:45 Mother rang in, crying, said "he's only fifteen, where was everyone".
Note by the disclosing officer: collar numbers in this extract are printed before the surname by the system; the Sgt is [[Carl
Aldridge|name]] and the arresting PC is [[Simon Holt|name]].
"""),
]

DOCS_E += [
    ("exploitation and missing panel minutes", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - SOUTH AND CENTRAL - MINUTES (extract:
item 3 of 7)
Meeting: [[1 December 2026|date]], 13:30, Teams      Chair: DI [[Marcus Pryor|name]]      Minutes: [[Lucy Ingram|name]]

Item 3: [[Callum WHITTAKER|name]] (15), [[Bayston Hill|place]]. Lead SW: [[Natalie Greenhous|name]]. Risk level at last panel: HIGH.

Update from the SW. Since the arrest on [[14.11.26|date]] [[Callum|name]] has been at home every night (curfew as a bail condition until
[[3 Dec|date]]). NRM referral made [[20 November|date]]; reasonable grounds decision awaited. The family reports two visits to the house by
unknown males ([[21/11|date]] and [[28/11|date]]); on [[28 November|date]] a brick through the front window of [[23 Pulley Lane|address]].
Mum
([[Donna|name]]) wants to move. Housing: the family rent privately from a Mr [[Gough|name]]; a priority move via the council has been
requested. [[Paige|name]] (8) is having nightmares; her school, [[Oakfield Primary|school]] ([[Bayston Hill|place]]), has been told.

Police (DC [[Ellery|name]]): "[[Deano|name]]" is [[Dean RAFFERTY|name]], DOB [[05/07/2002|dob]], of [[Kirkby|place]], Merseyside - the
line's
holder; arrested [[26/11/2026|date]] in [[Oswestry|place]] ([[Flat 14, Oak House|address]] again, cuckooing [[Terry Vickers|name]]). The
local runner [[Reece HALLORAN|name]] (17, [[Harlescott Grange|place]]) is now on a plan under another local authority. The black Audi
[[YF68 HLO|vehicle]] is registered to a hire company in [[Huyton|place]]; ANPR has it in [[Bayston Hill|place]] on [[25/11|date]].

Education. [[Sharpstone|school]]: [[Callum|name]] has been in every day of his part-time timetable since [[16/11|date]]. He has asked about
the motor vehicle course at [[Shrewsbury Colleges Group|school]]; taster day arranged for [[15 January 2027|date]].

Youth work. [[Steph Pover|name]]: relationship good; worry that the debt is being "called in". Places of concern (for the
contextual map): the shops in [[Bayston Hill|place]]; the path behind the library; [[Shrewsbury|place]] bus station; [[Oswestry|place]]
bus station; the
[[Morda Road|address]] flats in [[Oswestry|place]]; the underpass by the Column.

Actions: (1) SW and Housing to progress an emergency move, possibly to [[Church Stretton|place]] near his aunt [[Jackie Bright|name]] - NG
by
[[8/12|date]]. (2) Police to seek a Child Abduction Warning Notice against [[Rafferty|name]] and a Slavery and Trafficking Risk Order.
(3) Safety plan for [[Paige|name]] and [[Donna|name]]; Ring doorbell and window alarm from the Safer Homes scheme. (4) Review
[[5 January 2027|date]].
"""),
]


# --- F. Roberts / Evans-Jones family (white British), Cabin Lane, Oswestry -----------------------------------------------------

HOME_F = d.Address("11 Hafren Close", "Cabin Lane", "Oswestry", "SY11 2PQ")
GRAN_F = d.Address("2 Rhos Common Cottages", "Llanymynech", "", "SY22 6RN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Evans-Jones")], dt.date(2026, 7, 30), addresses=[HOME_F], ids=["142 625 0339"]),
    _p("m", "mother", [("Chloe", "Roberts")], dt.date(2007, 1, 28), addresses=[HOME_F], phones=["07903 662 417"],
       ids=["815 573 8256"]),
    _p("f", "father", [("Kyle", "Evans-Jones")], dt.date(2004, 5, 16), addresses=[HOME_F], phones=["07846 219 530"],
       ids=["PX 73 19 64 C"]),
    _p("g", "grandparent", [("Tracey", "Roberts")], dt.date(1978, 9, 2), phones=["07934 702 118"]),
    _p("g2", "grandparent", [("Margaret", "Roberts")], dt.date(1949, 6, 24), addresses=[GRAN_F], phones=["01691 659 204"]),
    _p("p1", "professional", [("Laura", "Kynaston")], phones=["01691 652 880"], emails=["laura.kynaston@severnmarches.gov.uk"]),
], "c")

DOCS_F = [
    ("health visitor's new birth visit record", """HEALTH VISITING - NEW BIRTH VISIT (Universal) - record from the community health
system, printed [[10/12/2026|date]] for the
child protection medical and the social worker
Child: [[EVANS-JONES, Alfie|name]]   DOB [[30/07/2026|dob]]   NHS [[142 625 0339|nhs]]   Born: Royal Shrewsbury Hospital, 38+2, 3.02 kg
Address: [[11 Hafren Close|address]], [[Cabin Lane|place]], [[Oswestry|place]] [[SY11 2PQ|postcode]]
Mother: [[Chloe ROBERTS|name]], 19, DOB [[28/01/2007|dob]], NHS [[815 573 8256|nhs]], mob [[07903 662 417|phone]]
Father: [[Kyle EVANS-JONES|name]], 22, lives at the address, mob [[07846 219 530|phone]]
Visit date: [[11/08/2026|date]] (day 12)      HV: [[Sally Chidlow|name]], HV, [[Oswestry|place]] team

Seen: mother, father and baby in the lounge. Maternal grandmother [[Tracey Roberts|name]] arrived during the visit ([[07934 702 118|phone]];
lives in [[St Martins|place]]; "helps most days"). Flat: first floor, two bedrooms, clean, warm; Moses basket in the parents' room.
Dog: French bulldog ("Nala") kept in the kitchen.

Feeding: bottle (first infant formula), 90 ml 3-hourly, made up correctly when demonstrated. Weight 3.10 kg (regained birth weight).
Skin: a small "stork mark" on the nape of the neck and a blue-grey mark over the sacrum (mongolian blue spot?) - NB I documented
these on the body map with measurements: nape 2 x 1 cm pink; sacral 3 x 2 cm slate grey. No other marks. No bruising.
Mother's mood: Whooley questions - "no" to both but tearful when talking about her own mum and about money. GAD-2 = 2.
Father: said he "does nights" at the chicken factory in [[Wem|place]] and "the baby never stops crying". He was irritable with
the dog. DA routine enquiry: could not ask, father present; to do at the 6-8 week contact.
Support: great-grandmother "Nanny [[Peg|name]]" ([[Margaret Roberts|name]]) in [[Llanymynech|place]], [[01691 659 204|phone]];
[[Chloe|name]]'s friend
[[Sophie|name]] ([[Sophie Ashton|name]]) from the college. Dad's mum, [[Bernadette Evans|name]], lives in [[Welshpool|place]], not in
contact.
ICON ("babies cry, you can cope") discussed with both parents and leaflet given; coping plan written on the leaflet: "ring Mum or
Nanny [[Peg|name]], put him down safe, go out the back for 5 min".
Contacts: maternal grandmother [[Tracey Roberts|name]], [[Moreton Crescent|address]], [[St Martins|place]]; midwife [[Ffion Jarman|name]]
(discharged
[[10/08/2026|date]]); GP [[Oswestry|place]] (Dr [[Wynne|name]]); [[Chloe|name]]'s college tutor Mr [[Bryn Astley|name]] (childcare course,
paused).
Plan: 6-8 week review at the [[Oswestry|place]] clinic; bring in the red book; GP check at 8 weeks (Dr [[Wynne|name]]).
"""),
]

DOCS_F += [
    ("paediatrician's child protection medical report", """CHILD PROTECTION MEDICAL REPORT - Paediatric Department
Name: [[Alfie EVANS-JONES|name]]      DOB: [[30.07.2026|dob]] (age 18 weeks)      NHS no: [[142 625 0339|nhs]]
Address: [[11 Hafren Close|address]], [[Oswestry|place]] [[SY11 2PQ|postcode]]
Examined: [[3 December 2026|date]] at 14:15 on the children's ward      Examining doctor: Dr [[Hywel Lewis|name]], Consultant Paediatrician
Also present: [[Chloe Roberts|name]] (mother, with parental responsibility; consent given, signed); [[Laura Kynaston|name]] (social worker);
Staff Nurse [[Amy Bould|name]] (chaperone). Father ([[Kyle Evans-Jones|name]]) waited outside at his request, then joined at 14:50.

Referral. Seen by the practice nurse at the 16-week immunisations on [[2 December|date]] ([[Oswestry|place]] clinic), who saw a bruise on
the left ear and rang the front door. Non-mobile infant.

History from the mother. She first noticed "a mark on his ear" on Monday morning ([[30th November|date]]) after his night feed. The night
before, [[Kyle|name]] had done the 2 am feed because she was "wiped out". [[Kyle|name]] told her [[Alfie|name]] "rolled against the bars of
the cot". [[Alfie|name]] cannot roll yet. Carers in the past week: mother, father, grandmother [[Tracey|name]], and once (Saturday
[[28th|date]], 3 hours) [[Chloe|name]]'s friend [[Sophie|name]] while [[Chloe|name]] went to the Christmas market at the Guildhall in
[[Oswestry|place]] and [[Kyle|name]] slept. Sleeping: cot in the parents' room.

History from the father (at 14:50). "I was holding him and the bottle and he was screaming and I caught his head on the cot side when
I put him down." He said he was not angry, "just knackered, I'd done a twelve-hour shift in [[Wem|place]]". Neither parent has a
history of bleeding problems; no family history of brittle bones (paternal grandmother not asked - not in contact).

Examination. Well, alert, feeding; weight 6.2 kg (50th). Left ear: bruising to the upper helix, both surfaces, 1.5 x 1 cm, purple.
Behind the left ear: three petechiae. No other bruises (full skin check). The sacral grey mark is unchanged from the HV body map of
[[11 August|date]] and is a congenital dermal melanocytosis, not a bruise. Fontanelle soft. Fundoscopy: no retinal haemorrhages
(ophthalmology, [[4/12/2026|date]], Mr [[Anand|name]]).

Investigations: FBC and clotting normal; skeletal survey [[4/12/2026|date]]: no fractures (repeat views in 11-14 days); CT head: normal.

Opinion. Bruising to the ear in a non-mobile infant is not consistent with "rolled against the cot bars". The father's second account,
a blow to the head against the cot side, is a possible mechanism but the pattern (both surfaces of the ear, with petechiae behind) is
more typical of a pinch or a slap. In my opinion this is likely to be an inflicted injury. No medical cause found.

Plan: [[Alfie|name]] discharged to the care of his mother at her great-grandmother's... correction: at [[Chloe|name]]'s grandmother's
([[Margaret Roberts|name]], [[2 Rhos Common Cottages|address]], [[Llanymynech|place]], [[SY22 6RN|postcode]]) under a safety plan agreed
by the
social worker; no unsupervised care by the father pending the s47. Copy: GP ([[Oswestry|place]]); HV [[S. Chidlow|name]]; SW
[[L. Kynaston|name]].
Signed: [[H. Lewis|name]] FRCPCH, GMC 4411207      Typed: [[05/12/2026|date]]
"""),
]

DOCS_F += [
    ("a parenting assessment session recorded and transcribed", """PARENTING ASSESSMENT (PAMS) - SESSION 2 - AUDIO TRANSCRIPT (recorded
with consent; transcribed by the admin team; "[inaudible]"
where the recording was unclear). Date: [[7 December 2026|date]]. Place: the family hub, [[Oswestry|place]].
Speakers: LK = [[Laura Kynaston|name]] (assessor/SW); CR = [[Chloe Roberts|name]]; TR = [[Tracey Roberts|name]] (joined at 00:14:30)

LK: So today I'd like to talk about a normal day with [[Alfie|name]] at Nanny [[Peg|name]]'s. Is that OK?
CR: Yeah. It's fine there. It's just small. [[Peg|name]]'s got her chair and the telly and that's it, and he's in the travel cot by the
    radiator.
LK: Who gets up with him in the night?
CR: Me. Every time. [[Peggy|name]] can't, she's eighty-odd.
LK: And how are you finding that?
CR: Knackered. But I'd rather that than - [inaudible] - than him being with [[Kyle|name]] on his own. I know what it looks like.
LK: What do you think happened to his ear, [[Chloe|name]]?
CR: I don't know. [[Kyle|name]] says the cot. He's never hurt me, he's never hurt the dog even. He gets stressed. His dad was like that.
    His dad's [[Gareth Evans|name]], he was in [[Stoke Heath|place]] for a bit. [[Kyle|name]] don't see him.
LK: Has [[Kyle|name]] ever been rough with [[Alfie|name]] when you were there?
CR: ... Once he like put him down hard in the Moses. In October? No - it was the week of [[Sophie|name]]'s birthday, so the
    [[19th|date]], [[20th of October|date]].
[00:14:30 - TR enters]
TR: Sorry I'm late, the bus from [[St Martins|place]] was - anyway. Hiya, [[Laura|name]].
LK: Hi [[Tracey|name]]. We were talking about nights.
TR: She's brilliant with him. I've told her, she can come to mine, but I've only got the box room at [[Moreton Crescent|address]],
    and my fella [[Darren|name]] works from home.
LK: Is that [[Darren Parry|name]]?
TR: [[Daz|name]], yeah. He's alright. He'd do a check, whatever you need.
CR: [[Kyle|name]]'s mum texted me. [[Bernie|name]]. From [[Welshpool|place]]. First time in a year. Saying it's my fault.
LK: Can I see? [reads] OK. I'll note that. Can you send me a screenshot on my work number, [[01691 652 880|phone]]?
CR: I've not got credit. I'll do it on the wifi at [[Peg|name]]'s.
LK: Last thing for today. The court letter. Did you both get it?
TR: We got it Saturday. I read it to her. It said a meeting on the [[15th|date]] and to take it to a solicitor. We rang [[Humphreys|name]]
    & Co on [[Church Street|address]].
[ends 00:41:07]
"""),
]

DOCS_F += [
    ("letter before proceedings under the Public Law Outline", """SEVERN MARCHES COUNCIL - CHILDREN'S SERVICES
[[Oswestry|place]] Office, Castle View, [[Oswestry|place]]

PRIVATE AND CONFIDENTIAL - BY HAND AND BY FIRST CLASS POST
Miss [[Chloe Roberts|name]]
c/o [[2 Rhos Common Cottages|address]]
[[Llanymynech|place]]
[[SY22 6RN|postcode]]

Mr [[Kyle Evans-Jones|name]]
[[11 Hafren Close|address]]
[[Oswestry|place]] [[SY11 2PQ|postcode]]

[[4 December 2026|date]]

Dear [[Chloe|name]] and [[Kyle|name]]

LETTER BEFORE PROCEEDINGS - [[ALFIE EVANS-JONES|name]] (born [[30 July 2026|dob]])

I am writing because Severn Marches Council is very worried about [[Alfie|name]]'s safety. On [[3 December 2026|date]] a consultant
paediatrician, Dr [[Lewis|name]], found bruising to [[Alfie|name]]'s left ear which in his opinion is likely to have been caused by an
adult. [[Alfie|name]] is 4 months old and cannot move about on his own.

The council is thinking about asking the Family Court to make an order about [[Alfie|name]]. Before we do that, we would like to meet
you both, with your solicitors, to see if we can agree a plan that keeps [[Alfie|name]] safe at home with his family.

The meeting will be on Tuesday [[15 December 2026|date]] at 10:00 at the [[Oswestry|place]] Office (address above). It will be chaired by
[[Angharad Beddoes|name]], Service Manager. [[Laura Kynaston|name]], [[Alfie|name]]'s social worker, will be there.

What we are worried about: (1) the injury to [[Alfie|name]]'s ear and that we do not yet know how it happened; (2) that [[Kyle|name]] told
[[Chloe|name]] and the doctor two different things; (3) [[Kyle|name]]'s stress and temper, and [[Chloe|name]]'s account of [[Alfie|name]]
being put down hard in October; (4) [[Chloe|name]]'s low mood and tiredness; (5) that the great-grandmother's home is small and
she is 77.

What we want you to do now: [[Alfie|name]] to stay with [[Chloe|name]] at Mrs [[Margaret Roberts|name]]'s home; [[Kyle|name]] to see
[[Alfie|name]] only when [[Tracey Roberts|name]] or a worker is there; both of you to take part in the parenting assessment; [[Kyle|name]]
to go to his GP about his stress and to the Caring Dads programme.

Please take this letter to a solicitor straight away. You are entitled to free legal advice. Solicitors who do this work near you
include [[Humphreys|name]] & Co ([[Church Street|address]], [[Oswestry|place]], [[01691 662 318|phone]]) and [[Gittins|name]]
[[McDonald|name]]
([[Wrexham|place]]). Take this letter with you.

If you have any questions, ring [[Laura|name]] on [[01691 652 880|phone]] or email [[laura.kynaston@severnmarches.gov.uk|email]].

Yours sincerely

[[Angharad Beddoes|name]]
Service Manager, Children's Social Care (North)
cc [[Laura Kynaston|name]]; Legal Services; Dr [[H. Lewis|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 159 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:18 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "staff", "ward", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
           "mum", "mummy", "mam", "mama", "dad", "daddy", "papa", "aunty", "auntie", "uncle", "nain", "taid", "bou", "bapa", "ma",
           "mausi", "nani", "bhai", "didi", "oma", "opa", "meter", "nonkel", "tante", "meneer", "mevrouw", "madam"}
_AFTER = {"meter", "aunty", "auntie", "bhai", "didi", "nani", "mausi", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "shropshire", "salop",
               "north shropshire", "south shropshire", "the marches", "marches", "the border", "powys", "wrexham county borough",
               "merseyside", "west midlands", "cheshire", "india", "odisha", "orissa", "belgium", "belgië", "flanders",
               "vlaanderen", "oost-vlaanderen", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Nain", "Taid",
# "Bou", "Bapa", "Oma", "nonkel", "meneer", "Nanny Peg", "Ward Sister Kaur", "Staff Nurse Amy Bould"; and after one: "Sunita
# aunty", "Sunil bhai", "Smita Nani", "Gita mausi", "Mrs Hughes senior") and counties, regions and countries ("Shropshire",
# "Powys", "Merseyside", "Odisha", "Belgium", "Flanders").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
