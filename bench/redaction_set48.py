"""Set 48: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set46.py, redaction_set47.py, redaction_set49.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py (its docstring, its first two documents, its last document and its checker
and word lists; the rest of its documents was not read for lack of time) and tests/test_redaction_set21.py in full (the
layout and marking conventions followed here); of the docstrings of bench/redaction_set7.py to redaction_set45.py and
bench/redaction_heldout.py only the lines that a search for County Durham and Darlington towns and districts and for the
names of communities turned up (to choose homes and communities no earlier set used; a first such search ran over whole
files by mistake and showed about forty lines from outside the docstrings of sets 7, 10, 11, 14, 15, 16, 20, 22, 23, 24,
25 and 28 (record addresses, a word list, a few document lines), none of them the detector's; later searches kept to the
docstrings); the names of the helpers in
bench/redaction_handwritten.py; and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a caseload in County Durham and Darlington, each from a town, district or estate no
earlier set used as a family's home. Four white British: a young mother in Dawdon, Seaham, with a grandmother in Seaton
and a father in Murton (Tindale / Fairless; a boy of 9 taking toast home for his sister, a mother's new partner from
Horden who smashed the telly and pushed her, an empty kitchen, a child protection plan for neglect), a family in Dean
Bank, Ferryhill, with a grandfather in Chilton (Coulthard / Brass; a girl of 14 missing to Middlesbrough with a friend and
older men met on Snapchat, a sexual image sent to her mother, a stepfather who put her out of the back door), a kinship
placement with grandparents in Shildon (Walton / Heslop; a mother on methadone found unresponsive, a father on remand,
a viability assessment, a pharmacist's concern, a family group conference) and a family in Pelton Fell,
Chester-le-Street (Robson / Gaskell; a boy of 15 criminally exploited and in drug debt, a father working in a shipyard
in Gdańsk, a shopkeeper's witness statement, a MACE meeting that links him to the Ferryhill girl's exploiters). Two from
communities no earlier set used: a Gagauz family from Comrat in Moldova on the Woodhouse Close estate in Bishop Auckland
(Kara / Topal; a boy of 6 found wandering by the river at 7.50am, a girl of 12 minding him, seven adults in the house,
a labour gangmaster who holds the papers, a family group chat in Russian with a line in Gagauz, names in Cyrillic) and a
Liberian family seeking asylum in Firthmoor, Darlington (Flomo / Kollie; a girl of 15's overdose, a father in Monrovia
sending voice notes in Liberian English, fear of the girl being taken into the Sande bush on return, a pastor's letter,
an appeal). 24 documents, of types and styles new to these sets where possible: a primary school's referral to the
front door, a social worker's case notes typed fast from a phone, a grandmother's handwritten letter to a conference
(scanned, with OCR and spelling errors), initial child protection conference minutes, a return home interview after a
missing episode, Snapchat messages typed up from screenshots, a grandfather's voicemail transcribed by duty, a
chronology, a home visit with a telephone interpreter, a family's Viber group in Russian and Gagauz typed up and
translated, a handwritten in-year school admission form (scanned), a labour abuse inspector's email, a CAMHS crisis
assessment, WhatsApp voice notes in Liberian English transcribed and glossed, a pastor's letter of support for an asylum
appeal, a child in need review, a connected person viability assessment, texts between a mother and a grandfather, a
pharmacist's concern emailed from a phone, a family group conference plan in the family's words, youth justice contact
notes, a father's email from Poland partly in Polish, a police MG11 witness statement and a multi-agency child
exploitation meeting's minutes.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Moldova, Liberia, Poland); NHS numbers and UPNs (LA numbers 840 for County Durham
and 841 for Darlington) pass their check digits; NI numbers have a valid format. Councils are invented (Wear Coast, Mid
Durham, Skerne Vale), and so are the schools (Dawdon Cliff Primary School, Ferryhill Moor Academy, Henknowle Primary
School, Prince Bishops Academy, Skerne Park Academy, Firthmoor Vale Primary School, Timothy Hackworth Primary School, Park
View Academy, Pelton Roseberry Primary, Lyceum No. 2), the church (Christ Full Gospel Mission), the shop (Pelton Fell
Stores), the pharmacy (Church St Pharmacy), the taxi firm (Shildon Cars), the recovery service (the Lighthouse) and the
advice service (Darlington Assist); towns, districts, estates, villages, hospitals, NHS bodies, police forces, prisons,
charities, firms, brands, apps, rivers, stadiums and business parks are real or realistic and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, DS, DI, Nana, Nanna, Grandad, Mam, Aunty, Uncle, Tanti, Тётя, миссис, Sister, Brother, Deacon, Pastor, Papa,
Panie) stay outside the name span; a possessive 's and a bare s in texting ("stace"s, "kyle"s, "ryan"s) stay outside;
every person's name is a name in every form, record or not. "SURNAME, First" is one span ("COWELL, Jason Lee", "BRASS,
Ellie", "ROBSON, Callum James", "KOLLIE, Precious Musu"), and so is "First SURNAME" ("Kaiden FAIRLESS", "Tanner MITCHELL");
an initial with a surname is one span ("P. Tindale", "M A Butt"); initials alone ("RS", "MAB/1") are not marked; a
collar number after a name stays outside; a name broken by a line break is one span holding the break, and so is an
address or a school; social media handles ("mcy.k_xo", "kyyyle44") are not marked, but a display name or a sender saved
under a person's plain name or nickname is ("macy", "ellie", "Chanty"), while a sender saved under a kinship word ("Mama",
"Papa") is not; a family name in the plural ("the Waltons") is a name; a nickname, a pet form and a one-letter
name for a person ("Robbo", "Tez", "Tank", "Sully", "T", "harls", "Natasha", "Наташа", "Мишенька", "Васенька") are names.
A street address is one span, its town a place, its postcode a postcode; a street named without a number is an address,
and so is a neighbour's bare house number ("no. 6", "no. 9", "no. 13") and an address abroad ("ul. Jaśkowa Dolina 14/3",
with its Polish postcode "80-252"); towns, cities, villages, districts and estates are places at home or abroad and in
any script, and so are local short forms ("Ferry" for Ferryhill, "boro" for Middlesbrough, "Bishop" and "Бишоп" for
Bishop Auckland, "Дарлингтоне" in its Russian case form); countries, counties and regions are not ("County Durham",
"Moldova", "Liberia", "Lofa County", "Poland"); organisations are not marked even when they hold a town's name ("Durham
Constabulary", "HMP Durham", "Seaham Library", "Seaham Medical Group", "Ferryhill Health Centre", "Shildon Civic Hall",
"Shildon Cars", "Pelton Fell Stores", "Darlington Memorial Hospital", "Darlington Assist", "Eastbourne Community Hall",
"Woodhouses Practice", "Mid Durham Council"); a school's name is a school, and so is its short form ("Dawdon Cliff",
"Ferryhill Moor", "Prince Bishops", "Henknowle", "Skerne Park", "Park View", "Hackworth"); a date of birth is dob, any
other calendar date with a day is date (a weekday before it stays outside), and the bare day in a list ("10", "13",
"14th"-"16th", "22-го") is a date of its own; months and years alone are not marked ("March 2023", "07/2025", "in
August", "Christmas", "Boxing Day"); pets' names (Bonnie) are not names; a firm named after people marks only the name
("[[Okafor|name]] & Partners"); rivers, stadiums, parks and business parks are landmarks and stay unmarked (the
Gaunless, the Light, Morton Palms, Aycliffe Business Park, the Dolphin Centre); a name that is also a word or a town is
marked by what it refers to ("Precious", "Junior", "Hope", "Blessing", "Comfort", "Brass", "Toe", "Ferry", "Chester",
"Durham", "Stanley" and "Roman" are names when they are people; "Stanley", "Seaton", "Columbia", "Washington" and
"Ferry" are places when they are places); a service, branch or team named by its town in lower-case words ("Easington
locality team", "Chester-le-Street library", "Trussell food bank in Seaham", "the flight from Newcastle") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a school named after a
person ("Timothy Hackworth Primary School") is a school, not a name; a village named after a place ("Ferryhill Station")
is a place; an emoji after a display name ("macy 💅") stays outside the span; a Russian case form of a name or town
("Дорина", "Дарлингтоне") is marked whole, ending included; "Kızım" (Gagauz "my girl") is a kinship
word; a secret society's "bush" (the Sande bush) is not a place; an exhibit reference, a URN, an interpreter's ID and a
prescription are not marked; the hall where the church meets is an organisation, its street an address.

Self-check without the detector: `python -m bench.redaction_set48` (and tests/test_redaction_set48.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words and counties, regions and countries,
and prints the number of documents and gold spans per kind: 24 documents,
920 gold spans, 529 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tindale / Fairless family (white British), Dawdon, Seaham --------------------------------------------------------

HOME_A = d.Address("27 Embleton Street", "Dawdon", "Seaham", "SR7 7LP")
NAN_A = d.Address("4 Elm Grove", "Seaton", "Seaham", "SR7 0LZ")
DAD_A = d.Address("Flat 2, 15 Woods Terrace", "", "Murton", "SR7 9AG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Fairless")], dt.date(2017, 5, 21), addresses=[HOME_A], ids=["852 884 8361",
       "X840263720859"], schools=["Dawdon Cliff Primary School"]),
    _p("s", "sibling", [("Rosie-Mae", "Tindale")], dt.date(2023, 2, 8), addresses=[HOME_A], ids=["221 733 8889"]),
    _p("m", "mother", [("Shannon", "Tindale")], dt.date(1996, 10, 2), addresses=[HOME_A], phones=["07712 448 903"],
       ids=["JT 42 81 09 B"]),
    _p("f", "father", [("Liam", "Fairless")], dt.date(1994, 3, 17), addresses=[DAD_A], phones=["07835 216 470"]),
    _p("g", "grandparent", [("Pauline", "Tindale")], dt.date(1968, 7, 30), addresses=[NAN_A], phones=["0191 581 3402"]),
    _p("p1", "professional", [("Gemma", "Lumsden")], phones=["0300 026 0000"], emails=["gemma.lumsden@wearcoast.gov.uk"]),
], "c")

DOCS_A = [
    ("referral from a primary school's designated safeguarding lead", """DAWDON CLIFF PRIMARY SCHOOL - SAFEGUARDING REFERRAL TO
FIRST CONTACT (Wear Coast Council)
Date of referral: Monday [[5 October 2026|date]]
Referrer: Mrs [[Joanne Hepple|name]], Deputy Head and DSL, [[Dawdon Cliff Primary School|school]], [[Mount Road|address]],
[[Seaham|place]] [[SR7 7NN|postcode]]. School office
[[0191 388 2915|phone]].

Child: [[Kaiden FAIRLESS|name]]   DOB [[21.05.2017|dob]]   Year 5   UPN [[X840263720859|upn]]   NHS [[852 884 8361|nhs]]
Address: [[27 Embleton Street|address]], [[Dawdon|place]], [[Seaham|place]] [[SR7 7LP|postcode]]
Lives with: mother [[Shannon Tindale|name]] ([[07712 448 903|phone]]) and half-sister [[Rosie-Mae|name]] (3).
Father: [[Liam Fairless|name]], lives in [[Murton|place]], sees [[Kaiden|name]] "when he can".

Reason for referral
This morning [[Kaiden|name]] came in at 9.40 without a coat, in the same uniform he has worn since last Tuesday
([[29/09|date]]). He ate two breakfasts at breakfast club and took a third slice of toast "for [[Rosie|name]]". When our
TA, Miss [[Bethany Vickers|name]], asked why, he said "there's nowt in, me mam's poorly in bed" and that "[[Jay|name]]
went mental at her on Saturday and smashed the telly". We do not know who [[Jay|name]] is; [[Kaiden|name]] said "me
mam's mate from [[Horden|place]]".
He had a graze on his left cheek, about 2 cm, which he said he got "on the allotments" playing with [[Alfie Dixon|name]]
(Year 6). Attendance this term 82.4%; late 9 times.

Previous concerns on CPOMS: [[12/03/2026|date]] (head lice, not treated for 3 weeks); [[23 June 2026|date]] (collected
by a man who was not on the list, gave his name as "[[Jason|name]]"; mum confirmed by phone); [[1st July|date]] (said
he watched a film with "killing in it" at [[Jason|name]]'s house).

Mother's view: I rang Ms [[Tindale|name]] at 10.15. She said she has "a chest infection" and that [[Jay|name]] has "gone
back to his mam's". She did not want us to ring anyone. I told her I would be making this referral. Maternal
grandmother Mrs [[Pauline Tindale|name]] (in [[Seaton|place]], [[0191 581 3402|phone]]) is the second contact.

Signed [[J. Hepple|name]]                                   Sent via the portal [[05/10/26|date]] 11:02
"""),
    ("social worker's case notes typed from a phone", """CASE NOTES - [[Kaiden Fairless|name]] - worker [[Gemma Lumsden|name]]
(SW, [[Easington|place]] locality team)

[[6/10|date]] 13:05 HV with [[Shannon|name]] at home. front room tidy, kitchen bare - 1 loaf, half pint milk, dry
food for the dog (Bonnie). telly gone, bracket hanging off wall. S says "[[Jay|name]]" is [[Jason Cowell|name]], 31,
from [[Horden|place]], been seeing him since march, "he's not a bad lad when he's off the tablets". says he pushed
her into the door frame sat night. bruise R upper arm, yellowish. declined photo. agreed DASH - 14 yes.
[[Rosie-Mae|name]] in cot, nappy heavy, changed while i was there. no food for tea - food bank voucher given
(Trussell food bank in [[Seaham|place]], Tues/Thurs).
[[6/10|date]] 15:30 rang nan [[Pauline|name]] - will have both kids till wkend. lives [[4 Elm Grove|address]], [[Seaton|place]].
she says "our [[Shan|name]] has always picked wrong 'uns". grandad [[Keith|name]] works nights at Nissan.
[[7/10|date]] 09:10 PNC via MASH: [[COWELL, Jason Lee|name]] dob [[14/01/1995|dob]], DA history x2 ex-partners
in [[Peterlee|place]] and [[Blackhall|place]], bail conditions not to enter
[[Peterlee|place]] town centre.
[[7/10|date]] 11:00 dad [[Liam|name]] rang back ([[07835 216 470|phone]]) - "nee chance" he can have [[Kaiden|name]] full
time, 1 bed flat in [[Murton|place]], works at the Hall Dene farm shop, said he'd do weekends. angry about
[[Jason|name]], says [[kai|name]] told him about the telly.
[[8/10|date]] Strat disc. DS [[Neil Brough|name]], [[Gemma|name]] (me), [[Joanne Hepple|name]], HV
[[Tracy Lowes|name]]. s47 agreed, ICPC within 15 days.
"""),
]
DOCS_A += [
    ("a grandmother's handwritten letter to the conference chair, scanned with OCR errors", """To the Chair of the
meeting for [[Kaiden|name]] and [[Rosie-Mae|name]]
From Mrs [[P. Tindale|name]] (Nana), [[4 Elm Grove|address]], [[Seaton|place]], [[Seaham|place]] [[SR7 0LZ|postcode]]
[[18th Oct 2026|date]]

Dear Sir or Madam,
I am writting this as I get that nervus in meetings and forget what I wanted to say. I am [[Shannon|name]]s mam.
I have had the bairns since the [[6th|date]] and they are no bother. The baims eat well.
[[Kaiden|name]] is sleeping in our [[Shan|name]]s old
room and [[Rosie|name]] is in with me. My husband [[Keith|name]] works nights at Nissan in [[Washington|place]] so
days are quiet for him to sleep.
I want it wrote down that I never liked that [[Jason|name]]. Him and his brother [[Dale Cowell|name]] come to my door
on Thursday [[15th|date]] and said [[Shan|name]] wanted the bairns back. I said no and rang [[Gemma|name]]. My
neighbour Mr [[Ord|name]] from [[no. 6|address]] seen it all.
I can keep them till [[Shan|name]] is right but I am 58 and have my own health (sugar and my knees). Our
[[Liam|name]] (the lad's dad) has been good, he takes [[Kaiden|name]] to the football at the Light on a Saturday.
Yours faithfu11y
[[P Tindale|name]]
(tel [[0191 581 3402|phone]])
"""),
]
DOCS_A += [
    ("initial child protection conference minutes (extract)", """WEAR COAST COUNCIL - INITIAL CHILD PROTECTION CONFERENCE
Children: [[Kaiden FAIRLESS|name]] (dob [[21/05/2017|dob]]) and [[Rosie-Mae TINDALE|name]] (dob [[08/02/2023|dob]])
Date: [[22 October 2026|date]], 10:00, Seaham Library meeting room      Chair: [[Alan Robinson|name]] (IRO)
Present: [[Shannon Tindale|name]] (mother); [[Liam Fairless|name]] (father of [[Kaiden|name]]); [[Pauline Tindale|name]]
(maternal grandmother); [[Gemma Lumsden|name]] (SW); [[Joanne Hepple|name]] (DSL, [[Dawdon Cliff|school]]); [[Tracy Lowes|name]]
(HV); DS [[Neil Brough|name]] (Durham Constabulary, Safeguarding); [[Claire Wake|name]] (Harbour support worker).
Apologies: Dr [[Imran Saeed|name]] (GP, Seaham Medical Group) - report received.
Minutes: [[Lynn Bewick|name]].

Household and family (from the record)
[[Kaiden Fairless|name]]     [[21/05/2017|dob]]   NHS [[852 884 8361|nhs]]   at [[Dawdon Cliff Primary School|school]]
[[Rosie-Mae Tindale|name]]   [[08/02/2023|dob]]   NHS [[221 733 8889|nhs]]   not in a nursery
[[Shannon Tindale|name]]     [[02/10/1996|dob]]   NI [[JT 42 81 09 B|ni]]   [[07712 448 903|phone]]
[[Liam Fairless|name]]       [[17/03/1994|dob]]   [[Flat 2, 15 Woods Terrace|address]], [[Murton|place]] [[SR7 9AG|postcode]]
[[Pauline Tindale|name]]     [[30/07/1968|dob]]   [[4 Elm Grove|address]], [[Seaton|place]]

1. The chair explained the purpose of the meeting. [[Rosie-Mae|name]]'s father, [[Dylan Henderson|name]], was invited at
his last known address in [[Easington Lane|place]] ([[2 Mill Row|address]]) but did not reply.
2. [[Gemma|name]] summarised the report. Since [[6 October|date]] both children have been with Mrs [[Tindale|name]].
[[Jason Cowell|name]] was arrested on [[16/10/2026|date]] and bailed to an address in [[Thornley|place]]. [[Shannon|name]] has
agreed to work with Harbour and has seen Dr [[Saeed|name]] about her mood.
3. [[Shannon|name]] said: "I know I let it get bad. I didn't want [[Kaiden|name]] to see it." She asked for the kids home
by half term.
4. Decision: both children to be subject to a child protection plan under the category of neglect. Lead professional
[[Gemma Lumsden|name]]. Core group to meet on [[5 November|date]] and every 4 weeks. Review conference [[21 January 2027|date]].
"""),
]


# --- B. Coulthard / Brass family (white British), Dean Bank, Ferryhill ---------------------------------------------------

HOME_B = d.Address("11 Chaytor Road", "Dean Bank", "Ferryhill", "DL17 8JB")
GRAN_B = d.Address("36 Dale Road", "Chilton", "Ferryhill", "DL17 0QW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ellie", "Brass")], dt.date(2012, 4, 19), addresses=[HOME_B], ids=["273 016 1279", "A840236718960"],
       schools=["Ferryhill Moor Academy"]),
    _p("s", "sibling", [("Tyler", "Coulthard")], dt.date(2015, 1, 6), addresses=[HOME_B], ids=["220 845 5134"]),
    _p("m", "mother", [("Kirsty", "Coulthard")], dt.date(1990, 12, 1), addresses=[HOME_B], phones=["07949 301 662"]),
    _p("f", "step-parent", [("Darren", "Brass")], dt.date(1986, 8, 24), addresses=[HOME_B], phones=["07588 127 934"],
       ids=["NB 67 30 12 D"]),
    _p("g", "grandparent", [("Malcolm", "Coulthard")], dt.date(1958, 2, 2), addresses=[GRAN_B], phones=["01388 604 217"]),
    _p("p1", "professional", [("Hayley", "Pattison")], emails=["hayley.pattison@middurham.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - Mid Durham Council Missing and
Exploitation Service
Young person: [[Ellie BRASS|name]]     DOB: [[19-04-2012|dob]]     Age 14
Address: [[11 Chaytor Road|address]], [[Dean Bank|place]], [[Ferryhill|place]] [[DL17 8JB|postcode]]
Missing from: home, Fri [[30 Oct 2026|date]] 19:00     Found: Sun [[1 Nov 2026|date]] 02:15, by police, at a flat in
[[Middlesbrough|place]] ([[Grangetown|place]]? - [[Ellie|name]] did not know the street; police say [[Bolckow Road|address]])
Interview: Mon [[2 Nov|date]] 16:00 at McDonald's, [[Spennymoor|place]] ([[Ellie|name]]'s choice)
Worker: [[Kerry Bainbridge|name]] (RHI worker)

What [[Ellie|name]] said
She went with her friend [[Macy|name]] ([[Macy Kell|name]], 15, from [[Chilton|place]]) to meet "[[Kyle|name]]" and "[[T|name]]",
older lads [[Macy|name]] knows from Snapchat. They picked them up in a white car near the Co-op on [[Main Street|address]] and
drove to [[Middlesbrough|place]]. Vodka, "a bit of weed". She said "nobody touched us" and then said "[[Kyle|name]] was
trying it on with [[Macy|name]]". Her phone died. She did not know anyone was looking for her until the police came.
She said she went because "it's boring in [[Ferry|place]]" and because "[[Darren|name]] does me head in". She would not say
more about [[Darren|name]].
She knows she can ring me on [[07403 669 215|phone]] (work mobile).

Risk indicators: older males, alcohol/drugs, transported out of area, unknown address, phone off. CSE screening tool
completed - SIGNIFICANT.
Shared with: [[Hayley Pattison|name]] (SW), PC [[Sam Liddle|name]] (Op Encompass / missing coordinator),
[[Ferryhill Moor|school]] DSL Mr [[Graham Raine|name]].
Date completed [[02/11/2026|date]]
"""),
    ("Snapchat messages typed up from screenshots given by a mother", """Typed by [[H Pattison|name]] [[4/11/26|date]] from 9
screenshots [[Kirsty|name]] sent me - [[Ellie|name]]'s phone, chat with "[[macy|name]] 💅" ([[Macy Kell|name]]). Spelling as sent.

[[macy|name]] 💅: [[kyle|name]] says hes coming at 7 u in
[[ellie|name]]: idk me mam will kill me
[[macy|name]] 💅: tell her ur at mine lol
[[ellie|name]]: [[darren|name]] checks my location
[[macy|name]] 💅: turn it off then 🙄 [[t|name]] has got a car now
[[ellie|name]]: whos [[t|name]]
[[macy|name]] 💅: [[kyle|name]]s mate from [[boro|place]] hes 19 hes sound
[[ellie|name]]: ok pick me up at the bus stop on [[durham rd|address]] not outside mine
[[macy|name]] 💅: [[kyle|name]] says wear summat nice x
[[ellie|name]]: lol ok
[next day]
[[ellie|name]]: ur not answering
[[ellie|name]]: [[macy|name]] did u tell [[kyle|name]] to send that pic to my mam?????
[[macy|name]] 💅: wasnt me ask [[t|name]]
[[ellie|name]]: my mam says shes ringing the police
[[ellie|name]]: and [[tyler|name]] cried all night bc of me

Note: "boro" is [[Middlesbrough|place]]. The handles (mcy.k_xo, kyyyle44) are saved on file, not here.
"""),
]
DOCS_B += [
    ("grandfather's voicemail transcribed by a duty worker", """DUTY - VOICEMAIL TRANSCRIBED ([[Hayley|name]]'s line, left
Sat [[07/11/2026|date]] 22:48, picked up Monday by [[Rachel Snaith|name]], duty SW)

"Aye hello, it's [[Malcolm Coulthard|name]], [[Ellie|name]] and [[Tyler|name]]'s grandad, [[Kirsty|name]]'s dad, I'm on
[[01388 604 217|phone]] or the mobile [[07368 812 045|phone]]. It's about ten to eleven Saturday. [[Ellie|name]]'s turned up at
mine in [[Chilton|place]] on her own, she's walked from [[Dean Bank|place]] in the dark, she's crying. She says her and
[[Darren|name]] had words and he grabbed her by the arm and put her out the back door. She's got marks on her arm, I can see
them. I'm not sending her back there the night. I've rung our [[Kirsty|name]] and she's not answering. [[Tyler|name]]'s still
there. I'm not wanting the police round, I'm just letting yous know, she's safe with me and [[Jean|name]] at [[36 Dale
Road|address]]. Ring us back. Ta."

Action (RS) - see below.
Rang [[Malcolm|name]] 09:15 [[09/11|date]]. [[Ellie|name]] still there, went to school from his. Police informed (PPN). Strategy
discussion booked 11:30 with [[Hayley Pattison|name]], DC [[Amy Tweddle|name]], [[Graham Raine|name]].
"""),
]
DOCS_B += [
    ("chronology of significant events", """CHRONOLOGY - [[BRASS, Ellie|name]] ([[19/04/2012|dob]]) and
[[COULTHARD, Tyler|name]] ([[06/01/2015|dob]])
Prepared by [[Hayley Pattison|name]] for the strategy discussion, [[9 November 2026|date]]. Sources in brackets.

[[14.02.2019|date]]  [[Kirsty|name]] and the children move from [[Newton Aycliffe|place]] to [[11 Chaytor Road|address]]. (housing)
[[03.09.2021|date]]  [[Darren Brass|name]] moves in. [[Ellie|name]] takes his surname by deed poll in 2022. (mother)
[[22.07.2023|date]]  Police called to a neighbour dispute with Mr [[Gary Lamb|name]] at [[no. 13|address]]; no further action. (police)
[[10.01.2025|date]]  [[Tyler|name]] referred to CAMHS by GP (Dr [[Anne Pringle|name]], Ferryhill Health Centre): anxiety, bed wetting.
[[30.10.2026|date]]  [[Ellie|name]] missing 31 hours, found in [[Middlesbrough|place]]. (police, RHI)
[[04.11.2026|date]]  [[Kirsty|name]] gives SW screenshots of chats with [[Macy Kell|name]]; a sexual image of [[Ellie|name]] was sent to
                     [[Kirsty|name]]'s phone from an unknown number, [[07469 330 781|phone]]. (mother)
[[05.11.2026|date]]  [[Ellie|name]] excluded for 1 day from [[Ferryhill Moor Academy|school]] for swearing at a teacher. (school)
[[07.11.2026|date]]  [[Ellie|name]] goes to grandfather at [[36 Dale Road|address]], [[Chilton|place]], after an incident with
                     [[Darren|name]]; bruising to upper arm. (grandfather, voicemail)
[[08.11.2026|date]]  [[Darren|name]] rings duty ([[07588 127 934|phone]]): says [[Ellie|name]] "went for" [[Kirsty|name]] and he
                     "held her back". (duty log)
[[09.11.2026|date]]  Strategy discussion: [[Hayley Pattison|name]], DC [[Amy Tweddle|name]], [[Graham Raine|name]],
                     [[Kerry Bainbridge|name]].
                     s47 for [[Ellie|name]]; [[Tyler|name]] (NHS [[220 845 5134|nhs]]) to be seen alone at school by [[11/11|date]].
[[10.11.2026|date]]  [[Darren Brass|name]] (NI [[NB 67 30 12 D|ni]], [[24/08/1986|dob]]) interviewed under caution; released under
                     investigation; agrees to stay at his brother [[Shaun|name]]'s in [[Tudhoe|place]], [[Spennymoor|place]]. (police)
[[11.11.2026|date]]  [[Tyler|name]] seen at school by [[Hayley|name]]: says [[Darren|name]] "only shouts at [[Ellie|name]]". (SW)
"""),
]


# --- C. Kara / Topal family (Gagauz, from Comrat in Moldova), Woodhouse Close, Bishop Auckland -------------------------

HOME_C = d.Address("42 Escomb Road", "Woodhouse Close", "Bishop Auckland", "DL14 6LE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mihail", "Topal")], dt.date(2020, 9, 15), addresses=[HOME_C], ids=["440 942 5625", "Z840247619764"],
       schools=["Henknowle Primary School"]),
    _p("s", "sibling", [("Daniela", "Topal")], dt.date(2014, 3, 3), addresses=[HOME_C], ids=["497 113 2570"],
       schools=["Prince Bishops Academy"]),
    _p("m", "mother", [("Natalia", "Kara")], dt.date(1991, 6, 11), addresses=[HOME_C], phones=["07727 514 096"]),
    _p("f", "father", [("Ivan", "Topal")], dt.date(1988, 1, 27), addresses=[HOME_C], phones=["07862 140 559"],
       ids=["SK 18 44 27 C"]),
    _p("g", "grandparent", [("Valentina", "Kara")], phones=["+373 69 123 456"]),
    _p("p1", "professional", [("Sophie", "Alderson")], emails=["sophie.alderson@middurham.gov.uk"]),
], "c")

DOCS_C = [
    ("home visit recorded with a telephone interpreter", """CONTACT RECORD - home visit, [[42 Escomb Road|address]],
[[Woodhouse Close|place]], [[Bishop Auckland|place]] [[DL14 6LE|postcode]]
Date/time: [[12 November 2026|date]], 16:30-17:40. Worker: [[Sophie Alderson|name]] (SW). Interpreter: Russian, by
phone (LanguageLine, ID 40772), male, name not given.
Present: [[Natalia Kara|name]] (mother), [[Daniela|name]] (12), [[Mihail|name]] (6). Father [[Ivan Topal|name]] at work
(night shift at the chicken factory in [[Shildon|place]]? - mother said "the factory at [[Newton Aycliffe|place]]").

Why: [[Mihail|name]] was found by a dog walker, Mr [[Derek Hird|name]], at 7.50am on [[10/11/2026|date]] on the
footpath by the Gaunless, in pyjamas, looking for "[[Dana|name]]". He was walked home by PCSO [[Lucy Teasdale|name]].

[[Natalia|name]] said she works 6am-2pm at a laundry in [[Spennymoor|place]], picked up by a minibus at 5.20; [[Ivan|name]] gets home
at 7. That morning the minibus was early. [[Daniela|name]] is meant to take [[Mihail|name]] to [[Henknowle Primary|school]] and
then go to [[Prince Bishops|school]] herself. [[Daniela|name]] said ("[[Dana|name]]", she prefers) she overslept and [[Mihail|name]]
went looking for her friend [[Andreea|name]]'s house on [[Watling Road|address]].
Seven adults live in the house: the family of four, [[Ivan|name]]'s cousin [[Vasiliy Topal|name]], and a couple,
[[Sergiu|name]] and [[Olga|name]] (surname not given), who "came from [[Comrat|place]] with [[Ivan|name]]". Rent of £90 a week each
is paid to a man called "[[Roman|name]]" who drives them to work. [[Natalia|name]] would not give his phone number.
The children share a box room. [[Mihail|name]] sleeps with his mother.
[[Natalia|name]]'s mother, Mrs [[Valentina Kara|name]], lives in [[Comrat|place]], [[+373 69 123 456|phone]]; the children lived
with her until March 2025.

Plan: C&F assessment; referral to the GLAA re housing and transport by the employer (manager has consent? - NO, record the
referral is made as a professional concern); fire safety visit; school attendance meeting.
"""),
]
DOCS_C += [
    ("Viber messages in Romanian and Russian, typed up and translated", """Viber - [[Natalia|name]]'s phone, shown to SW
[[Sophie Alderson|name]] on [[19.11.2026|date]] with her consent; typed and translated by the interpreter, Ms [[Irina
Munteanu|name]] (Durham Interpreting Service, reg. DIS-2291). Original first, English in brackets.

Group "Семья 🏡" - [[Natalia|name]], Mama (her mother, [[Valentina|name]]), [[Ivan|name]], [[Vasiliy|name]]

Mama, [[14.11|date]] 08:12: [[Наташа|name]], как там [[Мишенька|name]]? Мне плохой сон приснился. ([[Natasha|name]], how is
[[Mishenka|name]]? I had a bad dream.)
[[Natalia|name]], 08:30: Нормально мам. Полиция приходила, но всё хорошо. (Fine mum. The police came but it's all fine.)
Mama, 08:31: Какая полиция??? Позвони мне. Тётя [[Лида|name]] говорит, я могу приехать в [[Бишоп|place]]. (What police???
Ring me. Aunt [[Lida|name]] says I can come to [[Bishop|place]].)
[[Ivan|name]], 09:02: Ни с кем не говори по телефону. [[Роман|name]] сказал, если придут социальные, мы уходим из дома. (Don't
talk on the phone to anyone. [[Roman|name]] said if social services come we leave the house.)
[[Vasiliy|name]], 09:05: Бабушка, не надо приезжать, всё нормально. (Grandma, no need to come, everything is normal.)
Mama, 09:10: [[Васенька|name]], ты мне не указывай. ([[Vasenka|name]], don't tell me what to do.)
[[Natalia|name]], 21:44: [[Дана|name]] плачет. Говорит, в школе [[Кайла|name]] называет её "eastern european gipsy". ([[Dana|name]] is
crying. She says at school [[Kayla|name]] calls her an "eastern european gipsy".)
Mama, 21:50: Скажи миссис [[Хатчинсон|name]]. Kızım, bän seni çok severim. (Tell Mrs [[Hutchinson|name]].
[In Gagauz:] My girl, I love you very much.)
Mama, [[15.11|date]] 07:02: Отправила посылку через [[Дорина|name]], он будет в [[Дарлингтоне|place]] [[22-го|date]]. (I sent a
parcel with [[Dorin|name]], he will be in [[Darlington|place]] on the [[22nd|date]].)

Interpreter's notes: "[[Наташа|name]]", "[[Мишенька|name]]" and "[[Васенька|name]]" are pet forms of [[Natalia|name]],
[[Mihail|name]] and [[Vasiliy|name]]; the family are Gagauz and speak Russian and Gagauz at home.
"[[Bishop|place]]" is what the family call [[Bishop Auckland|place]]. Mrs [[Hutchinson|name]]
is [[Daniela|name]]'s head of year. [[Dorin|name]] is a minibus driver who carries parcels between [[Chișinău|place]] and the UK.
"""),
]
DOCS_C += [
    ("in-year school admission form, filled in by hand and scanned", """PRINCE BISHOPS ACADEMY - IN-YEAR ADMISSION FORM
(part B, scanned [[26/11/2026|date]]; handwriting in capitals)

Child's legal surname: [[TOPAL|name]]          First name(s): [[DANIELA|name]]         Preferred name: [[DANA|name]]
Date of birth: [[03 / 03 / 2014|dob]]           Gender: F       Year group: 7 (was in clasa a 6-a in Moldova)
Home address: [[42 ESCOMB RD|address]], [[WOODHOUSE CLOSE|place]], [[BISHOP AUCKLAND|place]]     Postcode: [[DL14 6LE|postcode]]
Previous school: [[Lyceum No. 2|school]], [[Comrat|place]] (to 07/2025); then [[Henknowle Primary
School|school]] ([[01/09/2025|date]] - [[17/07/2026|date]])
NHS number: [[497 113 2570|nhs]]         GP: Woodhouses Practice (mother not sure)
Parent/carer 1: [[NATALIA KARA|name]]  relationship MOTHER   tel [[07727 514 096|phone]]
Parent/carer 2: [[IVAN TOPAL|name]]       relationship FATHER   tel [[07862 140 559|phone]]   NI [[SK 18 44 27 C|ni]]
email [[ivan.topal88@mail.ru|email]]
Emergency contact (not living with child): [[ANDREEA PUIU|name]] (friend's mother), [[14 Watling Rd|address]], tel
[[07496 288 017|phone]]
Languages spoken at home: Gagauz, Russian      EAL: yes
Siblings at this school: none. Sibling at [[Henknowle|school]]: [[MIHAIL TOPAL|name]], Y2.
Has a social worker: YES - [[S. Alderson|name]]
Signed: [[N. Kara|name]]      Date [[24.11.26|date]]

Office use: admitted [[30 Nov 2026|date]], tutor group 7RH (Mrs [[R. Hutchinson|name]]). Interpreter needed for parents' meetings.
"""),
]
DOCS_C += [
    ("labour abuse authority officer's email to the social worker", """From: [[Mark Gedling|name]] <[[mark.gedling@gla.gov.uk|email]]>
Sent: [[03 December 2026|date]] 15:12
To: [[Sophie Alderson|name]]
Cc: DC [[Priya Oduya|name]] (Durham Constabulary, Modern Slavery)
Subject: RE: referral - [[Topal|name]]/[[Kara|name]], [[42 Escomb Road|address]]

Hi [[Sophie|name]],

Thanks for the referral. Update for your assessment, not for sharing with the family yet:

- The man the family call "[[Roman|name]]" is [[Roman Gîrlea|name]], 44, also known as "[[Romică|name]]", a Moldovan national with a
  Romanian passport, living at [[Flat 3, 7 Newgate Street|address]], [[Bishop Auckland|place]] [[DL14 7EL|postcode]]. He is the
  named tenant of [[42 Escomb Road|address]] and of two other houses, on [[Cockton Hill Road|address]] and in [[Coundon|place]].
- He runs the minibus (white Ford Transit, [[YS19 KHV|vehicle]]) that takes 11 workers from [[Woodhouse Close|place]] and
  [[Henknowle|place]] to a laundry in [[Spennymoor|place]] and a food plant at Aycliffe Business Park. £15 a day is taken from
  wages for "transport".
- A second vehicle, a grey Vauxhall Zafira ([[NK17 OWB|vehicle]]), is driven by [[Vasiliy Topal|name]].
- His phone is [[07411 902 836|phone]]; a Moldovan number, [[+373 22 223 344|phone]], is on the same Viber account.

We plan a joint visit with the police in the week of [[14 December|date]]. Please let me know if [[Ivan|name]] or
[[Natalia|name]] say anything about passports being held. [[Natalia|name]] told the laundry's HR, Ms [[Jan Elstob|name]], on
[[2 December|date]] that [[Roman|name]] "keeps the papers safe".

[[Mark|name]]
[[Mark Gedling|name]] | Labour Abuse Inspector, North East | Gangmasters and Labour Abuse Authority | [[07917 448 062|phone]]
"""),
]


# --- D. Flomo / Kollie family (Liberian, from Monrovia), Firthmoor, Darlington -------------------------------------------

HOME_D = d.Address("16 Fenby Avenue", "Firthmoor", "Darlington", "DL1 4SE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Precious", "Kollie")], dt.date(2011, 6, 30), addresses=[HOME_D], ids=["856 105 6657", "A841205319215"],
       schools=["Skerne Park Academy"]),
    _p("s", "sibling", [("Junior", "Kollie")], dt.date(2018, 2, 14), addresses=[HOME_D], ids=["379 392 3223", "W841238021989"],
       schools=["Firthmoor Vale Primary School"]),
    _p("m", "mother", [("Korto", "Flomo")], dt.date(1985, 11, 9), addresses=[HOME_D], phones=["07951 603 227"],
       ids=["PX 30 56 71 A"]),
    _p("f", "father", [("Sekou", "Kollie")], phones=["+231 77 012 3456"]),
    _p("p1", "professional", [("Ruth", "Garbutt")], phones=["01325 462 980"], emails=["ruth.garbutt@skernevale.gov.uk"]),
], "c")

DOCS_D = [
    ("CAMHS crisis team assessment after an overdose", """TEES, ESK AND WEAR VALLEYS NHS FT - CAMHS CRISIS AND
HOME TREATMENT - ASSESSMENT
Patient: [[KOLLIE, Precious Musu|name]]     NHS: [[856 105 6657|nhs]]     DOB: [[30/06/2011|dob]] (15y)
Address: [[16 Fenby Avenue|address]], [[Firthmoor|place]], [[Darlington|place]] [[DL1 4SE|postcode]]
Seen: Darlington Memorial Hospital, ward 52 (paediatrics), Tue [[17 Nov 2026|date]] 14:00
Assessors: Dr [[Kwame Osei|name]], ST5, and [[Leanne Ferry|name]], CAMHS nurse.   Also present: mother, Mrs [[Korto Flomo|name]]
(for the first 20 min), SW [[Ruth Garbutt|name]].

Presenting: took 16 x 500 mg paracetamol at about 22:00 on [[15/11|date]], told her friend [[Blessing Zubah|name]] by text at 23:40;
[[Blessing|name]]'s mother, Mrs [[Comfort Zubah|name]], rang 999. NAC completed.
History from [[Precious|name]] (alone): she has felt "heavy" since the summer. Her father, [[Sekou Kollie|name]], is in [[Monrovia|place]];
she has not seen him since she was 9. Her cousin [[Alvin|name]] was killed in [[Monrovia|place]] in August; she saw the video
on TikTok. She says "Mami doesn't talk about it, she just prays." The family claimed asylum in 2022 and were moved from
a hotel in [[Middlesbrough|place]] to [[Darlington|place]]; the claim was refused and an appeal is listed for [[8 January|date]].
She is scared of being "sent back". At [[Skerne Park|school]] she is "the clever one" and top set for maths; a boy, [[Reece|name]],
called her a monkey in PE. She spends evenings minding [[Junior|name]] (8) while Mami cleans offices at Morton Palms.
Risk: moderate; no current plan; protective factors her brother, church, maths, [[Blessing|name]].
Plan: discharge home with mother; CAMHS follow up within 72 h (appointment [[20/11/2026|date]] at West Park); safety plan
(copy to [[Precious|name]]); SW to share with school DSL Mr [[Tom Hodgson|name]].
[[K. Osei|name]]
"""),
]
DOCS_D += [
    ("WhatsApp voice notes in Liberian English, transcribed and translated", """Transcript of 4 WhatsApp voice notes on
[[Precious|name]]'s phone, played to SW [[Ruth Garbutt|name]] on [[24/11/2026|date]] with [[Precious|name]]'s agreement. Transcribed
and glossed by [[Ruth|name]] with Mrs [[Flomo|name]]'s help. Sender saved as "Papa 🇱🇷" (the father, [[Sekou Kollie|name]],
[[+231 77 012 3456|phone]]).

1 ([[19 Nov|date]], 1:12) "[[Musu|name]], my baby. Da Papa talkin. I hear say you sick. Wha happen? Don't worry yourself,
ya. I in [[Monrovia|place]], tings small quiet for [[Paynesville|place]] side now. Tell your Ma say she mus call me."
(My child, it's Papa. I hear you are not well. What happened? Don't worry. I am in [[Monrovia|place]], things are a little quiet
around [[Paynesville|place]] now. Tell your mum to call me.)
2 ([[19 Nov|date]], 0:40) "And tell [[Junior|name]] hello for me. Papa go send football boot by Uncle [[Toe|name]] when he
comin to [[Manchester|place]] for December."
(And greet [[Junior|name]] for me. Tell him Papa will send football boots with Uncle [[Toe|name]] when he comes to
[[Manchester|place]] in December.)
3 ([[21 Nov|date]], 2:03) "[[Precious|name]], your auntie [[Yatta|name]] in [[Gbarnga|place]] say she can take you and [[Junior|name]]
if they sen'ing y'all back. She stayin by [[Suakoko|place]], near the college. Don't be scared, ya."
(Your aunt [[Yatta|name]] in [[Gbarnga|place]] says she can take you and [[Junior|name]] if they send you back. She lives near
[[Suakoko|place]], near the college. Don't be afraid.)
4 ([[21 Nov|date]], 0:22) "Call me on dis new number, [[+231 88 654 3210|phone]], da my friend [[Kpadeh|name]] office phone."
(Call me on this new number, it is my friend [[Kpadeh|name]]'s office phone.)

Notes: "[[Musu|name]]" is [[Precious|name]]'s family name at home. [[Toe|name]] is [[Emmanuel Toe|name]], the family's pastor
(see his letter). [[Paynesville|place]] is a city on the edge of [[Monrovia|place]].
"""),
]
DOCS_D += [
    ("a pastor's letter of support for an asylum appeal", """CHRIST FULL GOSPEL MISSION - DARLINGTON ASSEMBLY
Meeting at the Eastbourne Community Hall, [[Bourne Avenue|address]], [[Darlington|place]] [[DL1 4LP|postcode]]
Pastor [[Emmanuel Toe|name]]  |  [[07824 306 771|phone]]  |  [[pastor.toe@cfgm-darlo.org.uk|email]]

[[1st December 2026|date]]

To whom it may concern (First-tier Tribunal, Immigration and Asylum Chamber, appeal of Mrs [[Korto Flomo|name]] and children)

I have known Sister [[Korto Flomo|name]] since March 2023, when she first came to worship with us with her daughter
[[Precious|name]] and her son [[Junior|name]]. Sister [[Korto|name]] serves in our women's fellowship and cleans the hall on
Saturdays. [[Precious|name]] leads the children's choir and helps our youth leader, Brother [[Godlove Sumo|name]], with the Sunday
school register. [[Junior|name]] is in our under-10s football with Deacon [[Wleh|name]].
I am myself from [[Voinjama|place]] in Lofa County. I know from members of our congregation, including Mr [[Peter Dolo|name]]
and his wife [[Hope|name]], whose niece was taken into the Sande bush in [[Ganta|place]] against her mother's wishes, what
[[Precious|name]] would face on return: Sister [[Korto|name]]'s husband's family in [[Zwedru|place]] have said that the girl must be
"brought to the bush" when she comes home.
Since [[Precious|name]] was in hospital last month the church has arranged for a sister to sit with the children two
evenings a week (Sister [[Grace Sirleaf|name]], [[07946 218 530|phone]]) so that Sister [[Korto|name]] can work.
Yours in Christ,
[[E. Toe|name]] (Pastor)
"""),
]
DOCS_D += [
    ("child in need review minutes", """SKERNE VALE COUNCIL - CHILD IN NEED REVIEW
Children: [[Precious Kollie|name]] (15, UPN [[A841205319215|upn]]) and [[Junior Kollie|name]] (8, UPN [[W841238021989|upn]], NHS
[[379 392 3223|nhs]]), [[16 Fenby Ave|address]], [[Firthmoor|place]], [[Darlington|place]] [[DL1 4SE|postcode]]
Mother: [[Korto Flomo|name]], [[09/11/1985|dob]], [[07951 603 227|phone]], NI [[PX 30 56 71 A|ni]] (no right to work)
Date: [[8th December 2026|date]], 15:30, at [[Firthmoor Vale Primary|school]]     Chair: [[Ruth Garbutt|name]] (SW)
Present: Mrs [[Korto Flomo|name]]; [[Precious|name]] (first half); Mr [[Tom Hodgson|name]] ([[Skerne Park Academy|school]]);
Miss [[Aisha Rahman|name]] (class teacher, [[Firthmoor Vale|school]]); [[Leanne Ferry|name]] (CAMHS); [[Josie Metcalfe|name]]
(Darlington Assist, asylum support); interpreter not needed (family speak English).

Progress since [[17 November|date]]:
- [[Precious|name]] has seen [[Leanne|name]] weekly (last [[1/12|date]]). No self-harm since. She has a "worry book".
- [[Reece Allinson|name]] (Y10) has been sanctioned; his mother, Mrs [[Allinson|name]], met Mr [[Hodgson|name]] on [[25 Nov|date]].
- [[Junior|name]]'s attendance 96%. He told Miss [[Rahman|name]] he is "scared of the plane". He has been offered a place in the
  Saturday club at the Dolphin Centre with his friend [[Kofi|name]].
- Housing: the Home Office provider (Mears) moved a second family into the house on [[30 November|date]] - a mother,
  [[Fatuma|name]], and a baby - so [[Precious|name]] now shares with [[Junior|name]]. Ms [[Metcalfe|name]] is asking for a move.
- Appeal hearing at [[North Shields|place]] on [[8 January 2027|date]]. Solicitor: [[Adaeze Okafor|name]] of [[Okafor|name]] & Partners,
  [[Newcastle|place]] (her number is on file).

Next review [[2 February 2027|date]]. Actions: [[Ruth|name]] to write to the Home Office about the children's welfare (by
[[15/12|date]]); [[Leanne|name]] to continue; school to refer [[Junior|name]] to the ELSA.
"""),
]


# --- E. Walton / Heslop family (white British), Shildon ------------------------------------------------------------------

HOME_E = d.Address("7 Redworth Road", "", "Shildon", "DL4 2JT")
MUM_E = d.Address("Flat 9, Soho Court", "", "Shildon", "DL4 1BB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Harley", "Heslop")], dt.date(2019, 8, 5), addresses=[HOME_E, MUM_E], ids=["496 988 6962",
       "M840225221656"], schools=["Timothy Hackworth Primary School"]),
    _p("m", "mother", [("Chantelle", "Walton")], dt.date(1997, 4, 22), addresses=[MUM_E], phones=["07496 288 017"]),
    _p("f", "father", [("Ryan", "Heslop")], dt.date(1995, 9, 9)),
    _p("g", "grandparent", [("Brian", "Walton")], dt.date(1963, 12, 12), addresses=[HOME_E], phones=["07469 330 781"],
       ids=["WB 11 62 35 C"]),
    _p("g2", "grandparent", [("Sandra", "Walton")], dt.date(1965, 5, 3), addresses=[HOME_E]),
    _p("p1", "professional", [("Nadia", "Thirlwell")], emails=["nadia.thirlwell@middurham.gov.uk"]),
], "c")

DOCS_E = [
    ("connected person viability assessment (summary)", """CONNECTED PERSON VIABILITY ASSESSMENT - SUMMARY
Child: [[Harley HESLOP|name]], born [[05/08/2019|dob]], [[Timothy Hackworth Primary|school]], Year 2
NHS no. [[496 988 6962|nhs]]   UPN [[M840225221656|upn]]   Mother: [[Chantelle Walton|name]] ([[22/04/1997|dob]], [[07496 288 017|phone]])
Proposed carers: [[Brian WALTON|name]] (born [[12.12.1963|dob]]) and [[Sandra WALTON|name]] (born [[03.05.1965|dob]]), maternal
grandparents, [[7 Redworth Road|address]], [[Shildon|place]] [[DL4 2JT|postcode]]
Carer's NI: [[WB 11 62 35 C|ni]] ([[Brian|name]])
Assessor: [[Nadia Thirlwell|name]], Kinship Team            Visits: [[10|date]], [[13|date]] and [[17 November 2026|date]]

Background: [[Harley|name]] has lived with his grandparents since [[27 October 2026|date]], when his mother, [[Chantelle
Walton|name]], was found unresponsive at [[Flat 9, Soho Court|address]] after using heroin; [[Harley|name]] (then 7) opened the door
to the paramedics. His father, [[Ryan Heslop|name]], is on remand at HMP Durham; his release date is not known.
[[Brian|name]] is a retired railway fitter (Hitachi, [[Newton Aycliffe|place]]), [[Sandra|name]] a dinner nanny at [[Timothy
Hackworth|school]]. They have a 3-bed semi; [[Harley|name]] has his own room. [[Brian|name]]'s DBS shows a caution for
affray ([[4 August 1984|date]], [[Bishop Auckland|place]]). Their other daughter, [[Stacey Bell|name]], lives in [[Eldon|place]] and
helps on school runs; her partner [[Craig Bell|name]] drives a taxi (Shildon Cars).
Strengths: warm, practical; [[Harley|name]] calls them "Nanna [[San|name]]" and "Grandad"; settled at school.
Worries: [[Brian|name]]'s health (COPD); [[Sandra|name]] finds it hard to say no to [[Chantelle|name]], who has come to the house
"off her head" twice ([[3/11|date]] and [[9/11|date]]); [[Ryan|name]]'s mother, Mrs [[Irene Heslop|name]] of [[Middridge|place]], says
the [[Waltons|name]] "turned the lad against us".
Recommendation: positive; full Form C assessment; Regulation 24 placement from [[20 Nov 2026|date]].
"""),
]
DOCS_E += [
    ("text messages between a mother and a grandfather, typed up", """Texts from [[Brian Walton|name]]'s phone (saved as
"[[Chanty|name]] 💔") - copied out by [[Nadia|name]] [[18/11/2026|date]], [[Brian|name]] consented. As written.

[[12 Nov|date]] 23:14 [[Chanty|name]]: dad pls let me see him just 5 mins ill be good
23:15 [[Chanty|name]]: im outside
23:20 [[Brian|name]]: Not tonight pet. Your not right. Ring [[Nadia|name]] tomorrow
23:21 [[Chanty|name]]: fuck [[nadia|name]] shes took my bairn
23:40 [[Chanty|name]]: sorry dad. tell [[harls|name]] i love him
[[13 Nov|date]] 08:02 [[Brian|name]]: He's had his weetabix and gone to school with your mam. He made you a card
08:30 [[Chanty|name]]: is [[ryan|name]]s mam still saying stuff
08:31 [[Brian|name]]: Dont worry about [[Irene|name]]
[[15 Nov|date]] 14:05 [[Chanty|name]]: im at [[stace|name]]s in [[eldon|place]] can u bring him to the park on
[[jubilee rd|address]] for half 3
14:07 [[Brian|name]]: Only if [[Stacey|name]] stays with you the whole time
14:07 [[Chanty|name]]: ok
16:48 [[Chanty|name]]: thanks dad he was made up. i start at the Lighthouse monday with [[kev|name]] my worker
[[17 Nov|date]] 02:33 [[Chanty|name]]: [[ryan|name]] rang me off a withheld number from the jail he says hes getting out and coming for
[[harley|name]]
02:34 [[Chanty|name]]: dads this true
09:12 [[Brian|name]]: Have told [[Nadia|name]]. Stay at [[Stacey|name]]'s. Love you.
"""),
]
DOCS_E += [
    ("pharmacist's note of a concern, written on a phone and emailed", """From: [[Vikram Sandhu|name]] <[[v.sandhu1@nhs.net|email]]>
Date: Thu, [[19 Nov 2026|date]] 11:47
To: [[nadia.thirlwell@middurham.gov.uk|email]]
Subject: concern - [[C Walton|name]] - sent from my phone sorry for typos

Hi [[Nadia|name]] - [[Chantelle|name]] gave me your name as her SW - ok to share, she signed our consent form 2 weeks ago
Pharmacist at Church St Pharmacy [[Shildon|place]]. She is on supervised methadone 60ml daily (script from the Lighthouse,
prescriber Dr [[Okon|name]]). Today 9.15 she came in with a man I know as "[[Tez|name]]" ([[Terry Dunn|name]] - he collects
for his dad [[Alan Dunn|name]] on [[Byerley Road|address]]) and she was very drowsy, pinned pupils, slurred. I did not dose her
and rang the Lighthouse keyworker [[Kev Brennan|name]] ([[07403 669 215|phone]]). She said she was going to "her dad's to see
[[Harley|name]]" after. [[Tez|name]] had a small boy with him in a buggy, maybe 2.
Also: 3 missed doses [[14th|date]]-[[16th|date]] Nov, she said she was at her sister's in [[Eldon Lane|place]].
[[Vik|name]]
[[Vikram Sandhu|name]] MRPharmS, [[01388 773 204|phone]]
"""),
]
DOCS_E += [
    ("family group conference plan, written by the family in their own words", """FAMILY GROUP CONFERENCE - [[HARLEY|name]]'S
FAMILY PLAN
Held at Shildon Civic Hall on Saturday [[28 November 2026|date]]. Coordinator: [[Margaret Lax|name]] (independent).
Who came: Grandad [[Brian|name]] and Nanna [[Sandra|name]]; Mam ([[Chantelle|name]]); Aunty [[Stacey|name]] and Uncle [[Craig|name]]
([[Bell|name]]); Nana [[Irene|name]] ([[Heslop|name]]) and her partner [[Dougie Parkin|name]]; Great-Nana [[Edna Walton|name]] (by
phone from [[Ferryhill Station|place]]); family friend [[Lorraine Cuthbert|name]] (next door, [[no. 9|address]]); [[Harley|name]]
came for the first bit and drew his "safe people" picture.

OUR PLAN
1. [[Harley|name]] lives with Grandad and Nanna at [[7 Redworth Rd|address]]. We will go for an SGO.
2. Mam sees [[Harley|name]] on Tuesday and Thursday after school at Nanna's, and Sunday dinner, if she has been sober and
   used nothing that day. If she's not right Nanna says "not today pet" and Mam goes with no fuss. [[Stacey|name]] is the back up.
3. Nana [[Irene|name]] has [[Harley|name]] every other Saturday 10 till 4 in [[Middridge|place]]. [[Dougie|name]] picks up.
   No talk about his dad or the court in front of him.
4. [[Harley|name]]'s dad [[Ryan|name]] - no contact while he is in HMP Durham unless [[Nadia|name]] says. If he rings anyone in
   the family off a withheld number we tell [[Nadia|name]]. If he turns up we ring 999.
5. School pick up Mon/Wed/Fri: [[Lorraine|name]] ([[07835 902 114|phone]]), she is on the list at [[Hackworth|school]].
6. Christmas: [[Harley|name]] at Nanna's, Mam comes for dinner at 1, Nana [[Irene|name]] on Boxing Day (to be agreed)

Signed by everyone [[28/11/26|date]]. Review meeting [[23rd January|date]].
"""),
]


# --- F. Robson / Gaskell family (white British), Pelton Fell, Chester-le-Street -----------------------------------------

HOME_F = d.Address("23 Gardner Crescent", "Pelton Fell", "Chester-le-Street", "DH2 2NQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Callum", "Robson")], dt.date(2011, 2, 18), addresses=[HOME_F], ids=["551 978 7174"],
       schools=["Park View Academy"]),
    _p("s", "sibling", [("Lacey", "Gaskell")], dt.date(2016, 10, 4), addresses=[HOME_F], ids=["506 860 4909"]),
    _p("m", "mother", [("Donna", "Gaskell")], dt.date(1987, 6, 6), addresses=[HOME_F], phones=["07917 448 062"]),
    _p("f", "father", [("Stanley", "Robson")], dt.date(1984, 3, 9), phones=["+48 512 345 678"]),
    _p("p1", "professional", [("Owen", "Trotter")], emails=["owen.trotter@middurham.gov.uk"]),
], "c")

DOCS_F = [
    ("youth justice worker's contact notes", """MID DURHAM YOUTH JUSTICE SERVICE - CONTACT NOTES
Young person: [[ROBSON, Callum James|name]]   DOB [[18-Feb-2011|dob]]   Order: Referral Order (9 months, from [[6 Oct 2026|date]])
Case manager: [[Owen Trotter|name]]

[[13/10/2026|date]] Office, [[Chester-le-Street|place]]. First session. [[Callum|name]] (calls himself "[[Robbo|name]]") came with
mam, [[Donna Gaskell|name]]. Offence: possession with intent (12 wraps of crack, £340) in [[Stanley|place]] bus station on
[[2 August|date]]. Says the gear was "[[Tank|name]]'s" and he was "just holding it". [[Tank|name]] = [[Tanner Mitchell|name]], 19, of
[[Craghead|place]]. [[Park View|school]] not happy he is back - on a part-time timetable.
[[20/10/2026|date]] Home visit, [[23 Gardner Cres|address]], [[Pelton Fell|place]]. [[Callum|name]] had a new North Face coat and two
phones. Mam says his dad, [[Stanley Robson|name]] ("[[Stan|name]]"), lives in [[Gdańsk|place]] with his new partner, works on
the ships, sends nothing. Little sister [[Lacey|name]] (10) sat on the stairs listening.
[[27/10/2026|date]] DNA. Mam texted "hes not come home since sat". Missing report made by mam ([[07917 448 062|phone]]).
Police found him on [[29/10|date]] at a flat on [[Roker Avenue|address]], [[Sunderland|place]], with [[Tanner Mitchell|name]] and a
girl, [[Kadie|name]]. NRM referral made by DC [[Sam Durham|name]] (CID) on [[30 Oct|date]].
[[3/11/2026|date]] Session at [[Chester-le-Street|place]] library. [[Callum|name]] quiet. Asked what happens if he "owes". Said a lad
called "[[Sully|name]]" from [[Washington|place]] said his debt is £600 and "they know where [[Lacey|name]] goes to school"
([[Pelton Roseberry Primary|school]]). Immediate safety plan with mam; school told (Mrs [[Gill Chester|name]], DSL).
"""),
]
DOCS_F += [
    ("a father's email from Poland, partly in Polish", """From: [[Stan Robson|name]] <[[stanrobbo84@wp.pl|email]]>
To: [[owen.trotter@middurham.gov.uk|email]]
Date: [[21.11.2026|date]], 19:03
Subject: my son [[Callum|name]]

Mr [[Trotter|name]]
[[Donna|name]] give me your email. I am [[Callum|name]]s dad. I been in Poland 3 year, I work at the shipyard in [[Gdańsk|place]]
(Stocznia Remontowa). I live with my partner [[Agnieszka|name]] at [[ul. Jaśkowa Dolina 14/3|address]], [[80-252|postcode]]
[[Gdańsk|place]]. My phone is [[+48 512 345 678|phone]], WhatsApp same.
I know [[Callum|name]] has got in with bad lads. When I was his age I was the same in [[Ouston|place]] and [[Perkinsville|place]]
and I dont want him going same way. He can come here for Christmas, I will pay the flight from [[Newcastle|place]]. [[Agnieszka|name]]
says he can stay as long as he needs, her son [[Kuba|name]] is 16 and plays football for a club here.
[[Agnieszka|name]] pisze: Panie [[Owen|name]], jestem gotowa pomóc. Mój numer: [[+48 601 234 567|phone]]. Pozdrawiam, [[Agnieszka
Wójcik|name]]. (She says she is ready to help and gives her number.)
Also tell [[Lacey|name]] her dad [[Stan|name]] says hello - I know shes not mine but I brung her up till she was 5.
[[Stanley Robson|name]]
"""),
]
DOCS_F += [
    ("police witness statement of a shopkeeper (MG11), scanned", """RESTRICTED (when complete)                          MG 11
WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r 16.2)
URN: 10 / DC / 44718 / 26
Statement of: [[Mohammed Asif BUTT|name]]       Age if under 18: over 18      Occupation: shopkeeper
Address: (on the back page)   Shop: Pelton Fell Stores, [[4 Front Street|address]], [[Pelton Fell|place]] [[DH2 2NH|postcode]]

I own and run Pelton Fell Stores. I have known the lad [[Callum|name]] from [[Gardner Crescent|address]] since he was small; he
used to come in for sweets with his mam [[Donna|name]]. On Wednesday [[28th October 2026|date]] at about 8.20pm he came in with
an older lad I now know as [[Tanner MITCHELL|name]]. [[Mitchell|name]] bought Rizla and two cans and paid with a £50 note. I
saw [[Callum|name]] give him a phone out of his pocket. Outside a black Audi A3, registration [[NL68 XWD|vehicle]], was waiting
with the engine running; I have seen it on [[Front St|address]] most nights that week. The driver was a man about 25 with a
tattoo on his neck; my son [[Zain|name]], who works the till, says the lads call him "[[Sully|name]]".
About 8.30pm my neighbour, Mrs [[Brenda Hall|name]] from [[no. 6|address]], came in and said lads were "shouting at [[Donna|name]]'s
door". I rang 999. I have CCTV for the shop, which I gave to PC [[Lee Ramshaw|name]] on [[30/10/2026|date]] (exhibit MAB/1).
I am willing to attend court. Tel [[07727 603 118|phone]].
Signature: [[M A Butt|name]]      Date: [[31 Oct 26|date]]
Signature witnessed by: PC [[L. Ramshaw|name]] 2417
"""),
]
DOCS_F += [
    ("multi-agency child exploitation meeting minutes", """MACE (MULTI-AGENCY CHILD EXPLOITATION) MEETING - NORTH DURHAM
Date: [[17.11.2026|date]]   Venue: Teams   Chair: DI [[Rachel Hetherington|name]]
Attendees: [[Owen Trotter|name]] (YJS); [[Hayley Pattison|name]] (SW, for information re [[Macy Kell|name]]); DC [[Sam Durham|name]];
PC [[Lee Ramshaw|name]]; [[Gill Chester|name]] (DSL, [[Pelton Roseberry|school]]); [[Dean Wilkinson|name]] ([[Park View Academy|school]]);
[[Jo Bowes|name]] (Barnardo's, exploitation worker); [[Sunita Rai|name]] (school nurse).

Young people discussed: [[Callum ROBSON|name]] ([[18/02/2011|dob]]); [[Kadie SMITH|name]] ([[04/09/2010|dob]]), of [[Birtley|place]];
[[Macy KELL|name]] ([[12/07/2011|dob]]), of [[Chilton|place]].
Persons of concern: [[Tanner MITCHELL|name]] (19), [[Craghead|place]]; "[[Sully|name]]" believed to be [[Liam SULLIVAN|name]] (25),
[[Columbia|place]], [[Washington|place]]; [[Kyle HARDY|name]] (20), [[Grangetown|place]], known to [[Macy|name]] and [[Ellie Brass|name]].
Vehicles: [[NL68 XWD|vehicle]] (Audi A3, registered keeper a hire firm in [[Gateshead|place]]).
Locations: [[Roker Avenue|address]] flat, [[Sunderland|place]]; [[Stanley|place]] bus station; the underpass by [[Pelton Fell|place]]
Stores; a house on [[Arthur Street|address]], [[Chester-le-Street|place]].

Discussion: DC [[Sam Durham|name]] reported the NRM reasonable grounds decision for [[Callum|name]] on [[12 Nov|date]]. [[Owen|name]]
said [[Callum|name]]'s debt is now "£900"; threats to [[Lacey Gaskell|name]]. [[Gill|name]] confirmed [[Lacey|name]] is walked in and out
by [[Donna|name]] or Mrs [[Hall|name]]. [[Jo|name]] to start 1:1 work. [[Callum|name]]'s father, [[Stanley Robson|name]], has offered
for him to stay in [[Gdańsk|place]] from [[19 December|date]]; the meeting agreed a relocation should be considered at the
strategy meeting on [[24 Nov|date]].
Disruption: PC [[Ramshaw|name]] to seek a CBO for [[Mitchell|name]]; patrols around [[Pelton Fell|place]] shops after 6pm.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 48 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 01:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "brother", "deacon", "pastor", "rev", "reverend", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran",
           "granny", "grandma", "grandad", "grandpa", "great-nana", "mum", "mummy", "mam", "ma", "mami", "mama", "dad",
           "daddy", "papa", "pa", "aunty", "auntie", "uncle", "big", "tanti", "тётя", "тетя", "миссис", "бабушка", "мама",
           "ana", "kızım", "domnul", "doamna", "panie", "pan", "pani"}
_AFTER = {"senior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "county durham",
               "durham county", "co durham", "co. durham", "the north east", "north east", "tyne and wear", "teesside",
               "tees valley", "moldova", "republic of moldova", "romania", "transnistria", "gagauzia", "gagauz yeri",
               "liberia", "lofa county", "bong county", "montserrado", "poland", "polska", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs sets
# 13 to 6's) with this set's titles and kinship words ("Nana", "Pastor", "Deacon", "Tanti", "Тётя", "Panie", "Papa")
# and counties, regions and countries ("County Durham", "Moldova", "Liberia", "Lofa County", "Poland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
