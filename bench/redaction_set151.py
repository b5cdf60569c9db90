"""Set 151: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
helpers writing at the same time (bench/redaction_set150.py, 152.py and 153.py and their tests), that did not run the detector
or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
tests/test_redaction_set21.py in full and bench/redaction_set21.py in part (the layout and marking conventions followed here:
the docstring, the first family's record and first document, the checker word lists and the tail), the docstrings of
bench/redaction_set7.py to bench/redaction_set149.py (printed only, and searched as printed text for towns and communities),
the function definitions of bench/redaction_set15.py (none at module level were printed), the signatures of
bench/redaction_handwritten.py's helpers, and the ruff settings in pyproject.toml. Phone numbers were checked with the
phonenumbers library and UPNs made with python-stdnum (NHS numbers made with the mod-11 rule) in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in and around Burton upon Trent and Uttoxeter, East Staffordshire, from towns, districts and villages no earlier
set (7 to 149) used as a family's home: a white British family in Stapenhill with a grandmother in Brizlincote (Bancroft /
Twigg; neglect, a hoarded house, a girl of 9 hiding her brother in a wardrobe during domestic abuse, a neighbour's complaint),
a white British family in Horninglow with a father in Stretton (Salt / Cope; domestic abuse by a mother's partner, a girl of 14
"on watch", a father's solicitor), a Papua New Guinean mother and a white British father in Shobnall (Kila / Wardle; coercive
control and immigration dependency, a boy of 12 as interpreter and young carer, a grandmother in Gerehu, Port Moresby), a
Nigerien (Zarma and French speaking) refugee family in Uttoxeter, with a father in Lyon and a grandmother in Niamey (Maïga /
Issoufou; a boy of 16 criminally exploited through county lines to Stoke and Cheadle, names in Arabic script), a white British
boy of 15 from Rocester in foster care, with a grandmother in Upper Tean (Hollins / Beardmore; a mother's mental health
admission, cannabis, a father's calls outside the plan), and a Black Caribbean and white British family in Winshill with a
grandmother in Normanton, Derby (Dacres / Sherratt; a father's private law application, a football coach grooming a boy of 13).
The two communities no earlier docstring names: Papua New Guinean (Tok Pisin) and Nigerien (Zarma). 24 documents, each with its
own style label: a home visit case note, a health visitor's notes typed fast on a phone, strategy discussion minutes, a
neighbour's complaint email, a police domestic abuse notification form, child in need review minutes, Snapchat messages typed
up, a father's solicitor's letter, a child and family assessment, a Messenger chat in Tok Pisin and English typed up and
translated, a school nurse's referral, a mother's own letter, a chronology table, a three-way telephone interpreting call
transcript in French, a college tutor's email, core group minutes, a foster carer's handwritten daily log scanned and OCR'd
(with its misreadings), a looked after child review report, a GP's letter, a youth worker's voice note auto-transcribed and
corrected, a section 7 report extract, a football club parents' WhatsApp group export, a supervision record, and text messages
between a father and the social worker.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Papua New Guinea, Niger, France, Jamaica); NHS numbers and UPNs (LA number 860,
Staffordshire) pass their check digits. The council (Trent Needwood), the schools (Holly Bank, Needwood Edge, Horninglow
Brook, Shobnall Fields, Dove Bank, Windy Arbour, Winshill Village), the GP practices (Trent Wharf Surgery, Trent Valley Medical
Practice, Shobnall Medical Centre), the solicitors and the football club (Winshill Wanderers) are invented; towns, districts,
villages, real schools and colleges, hospitals, police forces, courts, charities, brands, apps and landmarks are real and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DS,
Sgt, Coach, Nan, nan, nanna, Nanny, Mum, Dad, the Tok Pisin Mama, Papa and Anti, the French madame and the Zarma baaba) stay
outside the name span; a possessive 's and a texting "s" stay outside; every person's name is a name in every form, record or
not. "SURNAME, First" is one span ("WARDLE, Lili", "SALT, Nicola", "ISSOUFOU, Ibrahim", "DACRES, Kai"), and so is "SURNAME First"
("SALT Tegan", "COPE Mason"); an initial with a surname and a first name with an initial are one span ("D. Quinn", "K. Bostock",
"Zoe H", "Michelle T", "Kai D"); initials alone ("EM", "LA", "TG", "PS", "PR", "F") are not marked; a name broken by a line
break is one span holding the break, and so is a place; social media handles ("teeg.x") are not marked, but a display name or
sender that is a person's plain name is ("amber", "Marcus", "Coach Lee"'s "Lee"); a kinship word used as a name ("Bubu", Tok Pisin
for grandparent) is not a name; a family name in the plural ("the Redferns") is a name; a firm named after people marks only
the names ("Fenton & Garrett Solicitors"). A street address is one span, its town a place, its postcode a postcode; a street
named without a number is an address ("Field Lane", "Wetmore Road", "Denstone Rd", "bearwood hill"), and so is a neighbour's
bare house number ("no. 16", "number 14") and an address abroad ("Section 52, Lot 14", Gerehu); towns, cities, villages,
districts, quarters and estates are places at home or abroad ("Hanuabada", "Lazaret", "Mosbi" for Port Moresby);
countries, counties, regions and a Jamaican parish are not ("East Staffordshire", "Papua New Guinea", "PNG", "Niger", "France",
"Jamaica", "Manchester parish"); organisations are not marked even when they hold a town's name ("Queen's Hospital Burton",
"Burton Food Bank", "Uttoxeter Library", "Shobnall Leisure Complex", "Trent Needwood Council", "Winshill Wanderers", "the Family
Court sitting at Derby"); a school's or college's name is a school, and so is its short form ("Holly Bank", "needwood",
"Paulet High", "winshill village", "Burton and South Derbyshire College"); a date of birth is dob, any other calendar date with a
day is date (a weekday before it stays outside), the bare day in a range or diary line is a date of its own ("5"-"6 Dec", "the
19th", "the 8th"), a Messenger time stamp with a day ("19 NOV") is a date; months and years alone are not marked; pets (Tyson)
are not names; parks, stadiums and attractions are landmarks and stay unmarked (Pirelli Stadium, Alton Towers,
the Brewhouse); a service, team or branch named by its town in words that are not its proper name marks the town ("Burton
Locality Team", "Burton CID", "Burton young carers' group", "the Uttoxeter skate park", "Stafford hospita1", "Burton campus").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a street alias
("Skeng", "Deano", "Daz") is a name; in an auto-transcript a mis-heard place ("Rochester" for Rocester) is a place and a
mis-heard name ("Sean") a name, and the worker's bracketed corrections are marked too; OCR misreadings keep their kind ("F1nley
BEARDMORE", "3O/11/2O26", "2/l2", "1Oth"); a name written in Arabic script on a form ("ابراهيم", "عيساتا") is a name; a surname that is
also a Staffordshire village or a word ("Salt", "Peach") is a name when it is a person; a college switchboard number in a
signature is marked as a phone like any other; a police occurrence number and a court case number are not marked.

Self-check without the detector: `python -m bench.redaction_set151` (and tests/test_redaction_set151.py) runs set 15's checker
on this set as set 21 does, adds this set's titles and kinship words and counties, regions and countries, and prints the number
of documents and gold spans per kind: 24 documents, 905 gold
spans, 473 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Bancroft / Twigg family (white British), Stapenhill, Burton upon Trent, a grandmother in Brizlincote ---------------

HOME_A = d.Address("14 Saxon Street", "Stapenhill", "Burton upon Trent", "DE15 9FT")
NAN_A = d.Address("22 Cotton Lane", "Brizlincote", "Burton upon Trent", "DE15 0QW")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kacie-Leigh", "Twigg")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["6354591776", "N860289424274"],
       schools=["Holly Bank Primary School"]),
    _p("s", "sibling", [("Ollie", "Bancroft")], dt.date(2021, 10, 30), addresses=[HOME_A], ids=["9171642951"]),
    _p("m", "mother", [("Jade", "Bancroft")], dt.date(1995, 6, 2), addresses=[HOME_A], phones=["07723 418 906"]),
    _p("f", "father", [("Craig", "Twigg")], dt.date(1991, 1, 17), phones=["07851 364 027"]),
    _p("g", "grandparent", [("Sandra", "Bancroft")], dt.date(1966, 8, 23), addresses=[NAN_A], phones=["01283 541 762"]),
    _p("p1", "professional", [("Ellen", "Marston")], phones=["0300 111 8007"], emails=["ellen.marston@trentneedwood.gov.uk"]),
], "c")

DOCS_A = [
    ("unannounced home visit case note", """TRENT NEEDWOOD COUNCIL - CHILDREN'S SERVICES - CASE NOTE
Child: [[Kacie-Leigh TWIGG|name]]   DOB [[09/04/2017|dob]]   NHS [[635 459 1776|nhs]]   UPN [[N860289424274|upn]]
Type: unannounced home visit      Date of visit: Thursday [[26 November 2026|date]], 15:40-16:35
Worker: [[Ellen Marston|name]] (social worker)      Present: [[Jade Bancroft|name]] (mother), [[Kacie-Leigh|name]], [[Ollie|name]]

I visited [[14 Saxon Street|address]], [[Stapenhill|place]], [[DE15 9FT|postcode]] after school. [[Jade|name]] opened the door
after some minutes and let me into the front room. The hall was blocked by black bags to shoulder height and the smell of dog
urine was strong. [[Kacie-Leigh|name]] (known as "[[Kace|name]]") was in her [[Holly Bank|school]] uniform, the same jumper as on
the [[19th|date]]; it had food down the front. [[Ollie|name]] (5) was in a nappy only and had a red rash on his thighs.
[[Jade|name]] said the washer broke "three weeks back" and her dad's friend [[Gaz Pickering|name]] from [[Winshill|place]] was
meant to be fixing it. The Staffy (Tyson) was shut in the kitchen.

Upstairs the children share a double mattress on the floor, no sheet. [[Kacie-Leigh|name]] showed me her "den" in the wardrobe
and said she sleeps there "when [[Craig|name]] and Mum are shouting". [[Jade|name]] said [[Craig Twigg|name]] has not lived here
since the summer but "pops in". She gave his number as [[07851 364 027|phone]]. Her mum, [[Sandra Bancroft|name]], lives at
[[22 Cotton Lane|address]], [[Brizlincote|place]], and "has them Sundays". Next door at [[no. 16|address]], Mrs [[Hollis|name]],
had earlier told the school she hears the children crying late.

[[Jade|name]] agreed to a skip, a referral to Burton Food Bank and a Family Hub worker. I said I would ring her on
[[07723 418 906|phone]] on Monday [[30th|date]] and visit again by [[4/12/26|date]]. Manager [[Priya Sandhu|name]] informed
the same day. Next review: core group on [[10 December|date]] at [[Holly Bank Primary School|school]], [[Stapenhill|place]]."""),
]

DOCS_A += [
    ("health visitor's notes typed fast on a phone", """hv notes - typed on phone in car, tidy later!! - [[27.11.26|date]]
fam: [[BANCROFT|name]]/[[TWIGG|name]]  addr [[14 saxon st|address]] [[stapenhill|place]]
- [[ollie|name]] 5 - not seen by hv since 2yr review ([[03/11/23|date]]) - 2 DNAs this yr ([[12/2|date]], [[8/5|date]])
- mum [[jade|name]] v flat, says "im fine" x3, cried when asked re [[craig|name]]
- [[kace|name]] home from school again?? mum says tummy ache. [[kace|name]] told me "nanna [[sandra|name]] does my hair"
- [[ollie|name]] nappy rash grade 2, sudocrem given. wt 17.2kg. speech: "mama", "dog", "[[kace|name]]", about 20 words
- home: bags in hall, dog mess kitchen, no safe gate on stairs
- mum's friend there - "[[shannon|name]]" - from [[horninglow|place]], said she'd help clear
- RING: [[ellen marston|name]] SW re core grp; GP = Trent Wharf Surgery (ask re mum's meds)
- nanna [[sandra|name]] landline [[01283 541 762|phone]] - mum ok for me to ring
- next: joint visit w SW wed [[2 dec|date]] 2pm??  [[ellen|name]] to confirm
- [[Kim Hardwick|name]] HV, [[07442 081 537|phone]] (work mob)"""),
]

DOCS_A += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (section 47) - MINUTES          Held by Teams, [[01/12/2026|date]], 10:00-10:50
Children: [[Kacie-Leigh Twigg|name]] ([[9.4.2017|dob]]) and [[Ollie Bancroft|name]] ([[30.10.2021|dob]]), [[14 Saxon Street|address]],
[[Stapenhill|place]], [[Burton upon Trent|place]] [[DE15 9FT|postcode]]
Chair: [[Priya Sandhu|name]], team manager, [[Burton|place]] Locality Team
Present: [[Ellen Marston|name]] (SW); DS [[Rob Fairbrother|name]] (Staffordshire Police, [[Burton|place]] CID); [[Kim Hardwick|name]]
(health visitor); [[Lorna Ashby|name]] (DSL, [[Holly Bank Primary|school]]); Dr [[Tom Ilsley|name]] (GP) sent apologies.

1. Reason. On [[30 November|date]] [[Kacie-Leigh|name]] told her teacher, Miss [[Peach|name]], that [[Craig|name]] "grabbed mum's
neck" and that she hid [[Ollie|name]] in the wardrobe. A mark was seen on her forearm; she said "[[Craig|name]] pulled me off
the stairs". Police hold three callouts to the address ([[4 Jun|date]], [[22 Aug|date]], [[15 Nov 2026|date]]).
2. Police: [[Craig TWIGG|name]] (born [[17/01/1991|dob]]) on bail to [[Uttoxeter|place]] (his brother's, [[8 Pinfold Street|address]],
[[ST14 7HY|postcode]]) after the [[15 Nov|date]] incident, conditions not to contact [[Jade|name]]. Neighbour at [[no. 12|address]],
Mr [[Dennis Quinn|name]], said he saw a silver Astra, [[KX63 BLR|vehicle]], outside "most nights".
3. Health: [[Ollie|name]] not brought to 2-year review; registered Trent Wharf Surgery; seen at Queen's Hospital Burton [[18/02/2026|date]]
with a burn, explanation accepted then.
4. Decision: section 47 enquiry, single agency (SW) with joint visit; ABE not needed now. Child protection medical for
[[Kacie-Leigh|name]] at the Royal Derby today. [[Sandra Bancroft|name]] ([[01283 541 762|phone]]) to be asked to have both
children at [[22 Cotton Lane|address]], [[Brizlincote|place]], while the enquiry runs.
Actions: EM - visit by 14:00; DS [[Fairbrother|name]] - check bail address; LA - send school chronology.
Distribution: [[Priya Sandhu|name]]; [[Ellen Marston|name]] ([[ellen.marston@trentneedwood.gov.uk|email]]); DS [[Rob Fairbrother|name]];
[[Kim Hardwick|name]]; [[Lorna Ashby|name]]; Dr [[Tom Ilsley|name]]. Minutes agreed by email [[2 Dec 2026|date]].
Network named by [[Kacie-Leigh|name]] and [[Jade|name]]: Nan [[Sandra|name]] ([[Brizlincote|place]]); uncle [[Wayne Bancroft|name]]
([[Church Gresley|place]], [[07969 225 318|phone]]); [[Craig|name]]'s brother [[Dale Twigg|name]] ([[8 Pinfold Street|address]],
[[Uttoxeter|place]]); [[Jade|name]]'s friend [[Shannon Bott|name]] ([[Horninglow|place]]); [[Kacie-Leigh|name]]'s friend [[Ruby-Mae|name]]
from [[no. 9|address]]; the shop on [[Stapenhill Road|address]] ("[[Raj|name]]'s") where [[Kacie-Leigh|name]] buys bread on tick."""),
]

DOCS_A += [
    ("neighbour's complaint email to the council", """From: [[Dennis Quinn|name]] <[[dquinn58@btinternet.com|email]]>
To: Environmental Health; Anti-Social Behaviour Team
Subject: [[14 saxon st|address]] AGAIN - rats and kids
Date: Sun, [[22 Nov 2026|date]] 21:47

To who it may concern,
I live at [[12 Saxon Street|address]] and I have complained before (in June and on the [[3rd September|date]]) about [[number 14|address]].
There are
bags piled in the back garden up to the fence and now we have rats coming through. My wife [[Maureen|name]] seen one in our kitchen
on Friday. The lady there, [[Jade|name]], is not a bad girl I knew her mum [[Sandra|name]] from the Co-op at [[Winshill|place]]
but she cannot cope. The little lad is out the front in a nappy in November and the girl [[Kacie|name]] knocks on ours for bread.
A man in a silver car [[KX63 BLR|vehicle]] comes at all hours and there is shouting, I rang 101 on the [[15th Nov|date]].
Please can someone come out. I am in most days or ring [[01283 563 109|phone]] or mobile [[07958 303 824|phone]].
Regards
[[D. Quinn|name]]

---- reply ----
From: ASB Team <asb@trentneedwood.gov.uk>   Sent: [[23/11/2026|date]] 09:12
Dear Mr [[Quinn|name]], thank you. Officer [[Jas Khunkhun|name]] will visit [[12 Saxon Street|address]] and [[14 Saxon Street|address]],
[[Stapenhill|place]], on [[25 November|date]]. We have shared your concern about the children with Children's Services
([[Ellen Marston|name]]). Ref ASB/26/0911."""),
]


# --- B. Salt / Cope family (white British), Horninglow, Burton upon Trent, a father in Stretton --------------------------

HOME_B = d.Address("18 Field Lane", "Horninglow", "Burton upon Trent", "DE13 0NL")
DAD_B = d.Address("5 Church Road", "Stretton", "Burton upon Trent", "DE13 0HD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Salt")], dt.date(2012, 8, 21), addresses=[HOME_B], ids=["6058714427", "J860631974083"],
       schools=["Needwood Edge Academy"]),
    _p("s", "sibling", [("Mason", "Cope")], dt.date(2016, 3, 3), addresses=[HOME_B], ids=["8897321585"],
       schools=["Horninglow Brook Primary School"]),
    _p("m", "mother", [("Nicola", "Salt")], dt.date(1988, 12, 5), addresses=[HOME_B], phones=["07904 552 813"]),
    _p("f", "father", [("Ryan", "Cope")], dt.date(1987, 9, 14), addresses=[DAD_B], phones=["07468 229 170"]),
    _p("p1", "professional", [("Aled", "Prosser")], phones=["01283 563 109"], emails=["aled.prosser@trentneedwood.gov.uk"]),
], "c")

DOCS_B = [
    ("police domestic abuse notification form", """STAFFORDSHIRE POLICE - DOMESTIC ABUSE NOTIFICATION TO CHILDREN'S SERVICES (PPN/DA)
Occurrence: 26*4418871      Date/time of incident: [[14/11/2026|date]] 23:12      Location: [[18 FIELD LANE|address]], [[HORNINGLOW|place]]
Officer: PC 4471 [[Jess Leadbetter|name]]    Supervisor: Sgt [[Ian Moorcroft|name]]
VICTIM: [[SALT, Nicola|name]]   DOB [[05/12/1988|dob]]   Tel [[07904 552 813|phone]]
SUSPECT: [[WHITMORE, Darren Lee|name]] ("[[Daz|name]]")   DOB [[29/06/1990|dob]]   NFA - of [[Branston|place]] / [[Anslow|place]]
CHILDREN PRESENT: [[SALT Tegan|name]] ([[21/08/2012|dob]]), [[COPE Mason|name]] ([[03/03/2016|dob]])
Circumstances: Call from a neighbour, Mrs [[Orme|name]] of [[no. 20|address]]. On arrival the suspect had left in a white Transit
[[YR17 HNU|vehicle]]. Victim had a swollen lip and said [[Darren|name]] had pushed her into the fridge during an argument about her
phone. [[Tegan|name]] (14) had taken [[Mason|name]] (10) upstairs and rung her dad, [[Ryan Cope|name]] ([[07468 229 170|phone]]), who
arrived from [[Stretton|place]] at 23:30 and took [[Mason|name]] to [[5 Church Road|address]], [[DE13 0HD|postcode]] for the night.
DASH: 12 ticks - MEDIUM. Previous: [[02.09.2026|date]] verbal only. Suspect arrested [[15 November 2026|date]] at [[Anslow|place]].
Voice of child: [[Tegan|name]] said "I'm sick of it, he takes her phone and her bank card". [[Mason|name]] did not speak.
School: [[Tegan|name]] - [[Needwood Edge Academy|school]]; [[Mason|name]] - [[Horninglow Brook Primary|school]].
Other persons: [[WHITMORE, Jayden|name]] (suspect's nephew, 14, at [[Needwood Edge|school]]); [[STYCH, Amber|name]] (friend of
[[Tegan|name]], [[47 Belvedere Road|address]], [[Outwoods|place]], [[DE13 0RA|postcode]]); [[OWEN, Pat|name]] (maternal grandmother,
[[Branston|place]],
[[07717 430 862|phone]]). Suspect's last known addresses: [[Flat 3, 9 Main Street|address]], [[Anslow|place]]; [[22 Ferrers Way|address]],
[[Branston|place]] [[DE14 3FU|postcode]]. Vehicle [[YR17 HNU|vehicle]] registered to [[Carl Whitmore|name]] of [[Tutbury|place]]."""),
]

DOCS_B += [
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - [[Tegan Salt|name]] and [[Mason Cope|name]]
Date: [[8th December 2026|date]]   Venue: [[Needwood Edge Academy|school]], meeting room 2   Chair: [[Aled Prosser|name]] (SW)
Attendees: [[Nicola Salt|name]] (mum); [[Ryan Cope|name]] (dad); [[Hayley Brindley|name]] (pastoral lead, [[Needwood Edge|school]]);
Mrs [[Parveen Akhtar|name]] (class teacher, [[Horninglow Brook|school]]); [[Steph Wain|name]] (Pathway Project IDVA).

Progress since the last review ([[10/11/26|date]]): [[Darren Whitmore|name]] is on bail not to come to [[Field Lane|address]] or
contact [[Nicola|name]]. [[Nicola|name]] has a new phone and has changed her bank card. She has started the Freedom Programme at
the Pirelli Stadium community room on Tuesdays. [[Steph|name]] said [[Nicola|name]]'s risk is now medium-reducing.
[[Tegan|name]]: attendance 81% this half term, lates on Mondays. She told [[Hayley|name]] she stays up "on watch". She goes to her
friend [[Amber Stych|name]]'s in [[Outwoods|place]] after school. [[Tegan|name]] wants to spend weekends at her dad's in
[[Stretton|place]] with her step-mum [[Kerry|name]].
[[Mason|name]]: wetting at school again since [[14 November|date]]; Mrs [[Akhtar|name]] has put in a worry box. [[Mason|name]] asked
his mum "is [[Daz|name]] coming back for Christmas?".
[[Ryan|name]] asked for overnight contact on Friday [[18th|date]]: agreed by [[Nicola|name]].
Plan: continue CIN; [[Aled|name]] to visit fortnightly; next review Monday [[8 February 2027|date]].
Contact list: [[Aled Prosser|name]] [[01283 563 109|phone]]; [[Nicola Salt|name]] [[07831 290 764|phone]] (new, not to be shared);
[[Ryan Cope|name]] [[07468 229 170|phone]]; [[Steph Wain|name]] [[07584 661 209|phone]]. Minutes typed by [[Chloe Brassington|name]],
[[09/12/2026|date]]."""),
]

DOCS_B += [
    ("Snapchat messages typed up from a girl's phone", """[Snapchat chat between "teeg.x" ([[Tegan Salt|name]]) and "[[amber|name]] 🖤"
([[Amber Stych|name]]),
shown to the pastoral lead on [[17/11/2026|date]] and typed up by her. Times as shown.]

SAT 11:02 teeg.x: he turned up again last nite
SAT 11:02 teeg.x: [[daz|name]]
SAT 11:03 [[amber|name]] 🖤: wtf hes not allowed?? ur mum ok
SAT 11:05 teeg.x: she let him in cos he was crying. [[mason|name]] hid in my room
SAT 11:06 [[amber|name]] 🖤: come to mine. my mum said u can stay. [[47 belvedere rd|address]]
SAT 11:08 teeg.x: cant leave [[mase|name]]. my dad is at [[kerry|name]]s mums in [[tutbury|place]] all wknd
SAT 11:10 [[amber|name]] 🖤: tell miss [[brindley|name]] on monday?? or i will
SAT 11:12 teeg.x: no she'll ring social and they'll take [[mason|name]] off us
SAT 11:15 [[amber|name]] 🖤: they wont. [[aled|name]] is nice u said
SAT 11:21 teeg.x: he took mums phone again and smashed it. shes got a new one [[07831 290 764|phone]] dont give it no one
SAT 11:22 teeg.x: if i dont answer ring my nan [[pat|name]] in [[branston|place]]
SUN 19:40 [[amber|name]] 🖤: u at [[needwood|school]] tmrw?
SUN 19:44 teeg.x: yh. dont tell [[jayden|name]] nothing hes [[daz|name]]'s nephew

[Note by [[H Brindley|name]]: the first lines were sent on Saturday [[14 November 2026|date]]. "[[mase|name]]" is short for
[[Mason|name]]; "[[daz|name]]" is [[Darren Whitmore|name]].]"""),
]

DOCS_B += [
    ("father's solicitor's letter to the council", """[[Fenton|name]] & [[Garrett|name]] Solicitors LLP
Our ref: RC/FAM/2209        Your ref: CIN-[[Salt|name]]
[[20 November 2026|date]]

Mr [[Aled Prosser|name]], Social Worker, Trent Needwood Council, [[Burton|place]] Locality Team
By email only: [[aled.prosser@trentneedwood.gov.uk|email]]

Dear Mr [[Prosser|name]]
Our client: [[Ryan Cope|name]] (NI [[JT 48 21 93 C|ni]]), [[5 Church Road|address]], [[Stretton|place]], [[Burton upon Trent|place]]
[[DE13 0HD|postcode]]
Child: [[Mason Cope|name]] (born [[3 March 2016|dob]])

We act for Mr [[Cope|name]]. He tells us that on [[14th November|date]] his son [[Mason|name]] and his step-daughter [[Tegan|name]]
rang him at night from [[18 Field Lane|address]] after an assault on their mother by her partner, [[Darren Whitmore|name]]. Our
client collected [[Mason|name]] and returned him the next day at the mother's request. He tells us that Mr [[Whitmore|name]] has
been seen at the property since, on [[21.11.26|date]], by a neighbour, Mrs [[Jean Orme|name]].
Our client asks that the council confirm what protective steps are in place and whether it supports [[Mason|name]] living with
him. He lives with his partner, Ms [[Kerry Yates|name]], and her son. He is willing to take a parenting assessment.
Please reply by [[4 December 2026|date]]. Our client can be reached through us or on [[07468 229 170|phone]].
Yours sincerely
[[Rhiannon Cartwright|name]], Solicitor (Family)"""),
]


# --- C. Kila / Wardle family (Papua New Guinean mother, white British father), Shobnall, Burton upon Trent ------------------

HOME_C = d.Address("12 Grange Street", "Shobnall", "Burton upon Trent", "DE14 2HR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Lili", "Wardle")], dt.date(2019, 6, 14), addresses=[HOME_C], ids=["9861763694"]),
    _p("s", "sibling", [("Tobias", "Wardle")], dt.date(2014, 1, 22), addresses=[HOME_C], ids=["3197804732", "N860397457477"],
       schools=["Shobnall Fields Primary School"]),
    _p("m", "mother", [("Rosalyn", "Kila")], dt.date(1990, 2, 27), addresses=[HOME_C], phones=["07592 781 034"]),
    _p("f", "father", [("Gary", "Wardle")], dt.date(1979, 11, 8), addresses=[HOME_C], phones=["07817 603 459"]),
    _p("g", "grandparent", [("Mary", "Kila")], dt.date(1962, 4, 4), phones=["+675 7382 4415"]),
    _p("p1", "professional", [("Bethan", "Okafor")], phones=["01283 563 109"], emails=["bethan.okafor@trentneedwood.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment", """CHILD AND FAMILY ASSESSMENT (single assessment) - Trent Needwood Council
Children: [[WARDLE, Lili|name]] (DOB [[14-06-2019|dob]], NHS [[986 176 3694|nhs]]); [[WARDLE, Tobias|name]] (DOB [[22-01-2014|dob]],
NHS [[319 780 4732|nhs]], UPN [[N860397457477|upn]])
Address: [[12 Grange Street|address]], [[Shobnall|place]], [[Burton upon Trent|place]], [[DE14 2HR|postcode]]
Assessing social worker: [[Bethan Okafor|name]]    Start: [[02/11/2026|date]]    Completed: [[30/11/2026|date]]

Family: [[Rosalyn Kila|name]] (mother, 36) came to the UK in 2017 on a spouse visa after meeting [[Gary Wardle|name]] (father, 47)
online while she worked in a hotel in [[Port Moresby|place]]. She grew up in [[Hanuabada|place]], a village on stilts in the
harbour, and speaks Tok Pisin, Motu and English. Her mother, [[Mary Kila|name]], lives at [[Section 52, Lot 14|address]], [[Gerehu|place]],
and her sister [[Dorcas|name]] in [[Lae|place]]. [[Rosalyn|name]] has no family in England; her only friend is [[Grace Tamate|name]],
a nurse from PNG who lives in [[Derby|place]].

Concerns: the referral came from [[Shobnall Fields Primary School|school]] on [[29/10/2026|date]] after [[Tobias|name]] (12, Year 7
at [[Paulet High School|school]] since September) told a teacher his dad "locks mum's passport in the van" and that mum is "not
allowed to ring Bubu". [[Rosalyn|name]] told me, with a telephone interpreter ([[Joseph Waim|name]], Tok Pisin), that
[[Gary|name]] holds her bank card and checks her phone, and that her visa renewal is "in his name". [[Gary|name]] says he "looks after
the money because she sends it all to PNG".
[[Lili|name]] (7) has little speech in any language. The GP at Shobnall Medical Centre referred her to speech and language on
[[6 October 2026|date]]. [[Tobias|name]] translates for his mother at the GP and the school; he says he does not mind.
Analysis: coercive control with isolation, compounded by immigration dependency. Recommendation: child in need plan; IDVA
referral; immigration advice (domestic violence concession); a Tok Pisin-speaking advocate through the church at [[Horninglow|place]].
Genogram (key people): [[Rosalyn Kila|name]] (born [[27/02/1990|dob]], [[Port Moresby|place]]); [[Gary Wardle|name]] (born
[[08/11/1979|dob]],
[[Burton|place]]); [[Gary|name]]'s first wife [[Sharon Wardle|name]] and their son [[Kyle Wardle|name]] (24, [[Tamworth|place]]);
[[Mary Kila|name]]
(grandmother, [[Gerehu|place]]); [[Dorcas Kila-Manu|name]] (aunt, [[Lae|place]], [[+675 7194 0552|phone]]); [[Kaupa Kila|name]]
(great-uncle,
[[Hanuabada|place]]); [[Grace Tamate|name]] (friend, [[Allenton|place]], [[Derby|place]]). Pastor [[Ben Oduro|name]] of the church on
[[Victoria Crescent|address]] visits weekly."""),
]

DOCS_C += [
    ("Facebook Messenger chat in Tok Pisin and English, typed up and translated", """[Messenger conversation on [[Rosalyn|name]]'s phone
between "[[Rosalyn Kila|name]]" and "[[Mary Kila|name]]", shown by
[[Rosalyn|name]] to the social worker on [[24.11.2026|date]] and typed up with the interpreter's translation in brackets.]

[[Mary Kila|name]] · [[19 NOV|date]], 06:14
Pikinini, yu orait? Mi no harim yu long tupela wik. (Daughter, are you ok? I have not heard from you for two weeks.)
[[Rosalyn Kila|name]] · [[19 NOV|date]], 21:40
Mama, mi orait. [[Gary|name]] i kisim fon bilong mi. Mi yusim fon bilong [[Grace|name]] nau. (Mama, I'm ok. [[Gary|name]] took my phone.
I'm using [[Grace|name]]'s phone now.)
[[Mary Kila|name]] · [[19 NOV|date]], 21:52
Yu mas kam bek long [[Mosbi|place]] wantaim [[Lili|name]] na [[Tobi|name]]. Papa [[Kaupa|name]] i ken baim tiket. (You must come back
to [[Port Moresby|place]] with [[Lili|name]] and [[Tobi|name]]. Papa [[Kaupa|name]] can pay for the ticket.)
[[Rosalyn Kila|name]] · [[19 NOV|date]], 22:03
Mi no inap. [[Gary|name]] i holim pasport. Ol sosel woka i kam long haus. (I can't. [[Gary|name]] holds the passport. The social workers
came
to the house.)
[[Mary Kila|name]] · [[20 NOV|date]], 05:30
Ring long mi long dispela namba [[+675 7382 4415|phone]] o long haus bilong Anti [[Wilma|name]] [[+675 325 6711|phone]].
(Ring me on this number or at Auntie [[Wilma|name]]'s house.)
[[Rosalyn Kila|name]] · [[20 NOV|date]], 07:12
[[Tobi|name]] i save helpim mi. Em i bikpela boi nau. [[Lili|name]] i no save toktok yet. ([[Tobi|name]] helps me. He's a big boy now.
[[Lili|name]] can't talk
yet.)

[Interpreter's note: "[[Mosbi|place]]" is the usual short name for [[Port Moresby|place]]; "Papa" before a name is a respectful form for an
older
man; "tumbuna" and "bubu" mean grandparent. Translated by [[J. Waim|name]] on [[24 November 2026|date]].]"""),
]

DOCS_C += [
    ("school nurse's referral to the children's advice service", """REFERRAL TO CHILDREN'S ADVICE AND SUPPORT SERVICE (CASS) - school
nursing, Midlands Partnership University NHS FT
Date of referral: [[1st December 2026|date]]
Referrer: [[Nia Ferncombe|name]], school nurse, East Staffs school nursing team ([[07412 667 908|phone]],
[[nia.ferncombe@nhs.net|email]])
Child: [[Tobias Wardle|name]]   DOB: [[22/1/2014|dob]]   NHS no. [[319 780 4732|nhs]]   School: [[Paulet High|school]], Year 7
Address: [[12 Grange St|address]], [[Shobnall|place]], [[DE14 2HR|postcode]]   Parents: [[Rosalyn Kila|name]] ([[07592 781 034|phone]]),
[[Gary Wardle|name]] ([[07817 603 459|phone]])   Other children in household: [[Lili Wardle|name]], 7

Reason for referral: [[Tobias|name]] came to the drop-in on Wed [[25/11|date]] with a headache and said he has not slept. He said
his dad shouted at his mum in the car park at [[Shobnall Fields|school]] when she picked up [[Lili|name]] and that his dad "said he
would send her back to [[Hanuabada|place]] with nothing". He said he does his sister's reading and helps his mum with letters. He
goes to his friend [[Reuben|name]]'s on [[Wetmore Road|address]] "to get away". He asked me not to tell his dad.
Young carer: yes (interpreting, care of sister). Consent: not sought from father (risk); mother aware and agrees.
Known to: social worker [[Bethan Okafor|name]] (assessment open). Seen by me again [[30/11|date]]: calmer, referred to [[Burton|place]]
young carers' group (Tuesdays at the Brewhouse)."""),
]

DOCS_C += [
    ("mother's own letter to the social worker", """[[12 Grange Street|address]]
[[Shobnall|place]]
[[Burton|place]]
[[3rd Dec 2026|date]]

Dear Miss [[Bethan|name]],

Thank you to come to my house with the interpreter [[Joseph|name]]. I am writing this letter myself, my son [[Tobias|name]] did not
help me, I want you to know that I can do it. My English is not good for speaking but I can write.

I want to say what happen. When I come to England in 2017 [[Gary|name]] was kind. We live first in [[Stretton|place]] then we move to
[[Shobnall|place]]. After [[Lili|name]] is born he change. He say I spend too much, he take my card. He say if I go to police the
visa finish and they send me to [[Port Moresby|place]] and I never see my children. My friend [[Grace|name]] say this is not true,
you told me also this is not true.

My mother [[Mary|name]] is old now and she is sick (sugar). I want to see her. My sister [[Dorcas Kila-Manu|name]] in [[Lae|place]]
say she will help with ticket but I will not go without my children, never.

[[Lili|name]] is happy at [[Shobnall Fields|school]]. Mrs [[Tranter|name]] her teacher is very good. [[Tobi|name]] is too serious, he worry
for me. Please help him to be a boy.

You can ring me on my new number [[07525 940 681|phone]], do not ring the old one, [[Gary|name]] has it.

Thank you and God bless you,
[[Rosalyn|name]]
([[Rosalyn Kila|name]])"""),
]


# --- D. Maïga / Issoufou family (Nigerien, Zarma), Uttoxeter, a father in Lyon and a grandmother in Niamey -----------------

HOME_D = d.Address("Flat 2, 31 Carter Street", "", "Uttoxeter", "ST14 8EU")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ibrahim", "Issoufou")], dt.date(2010, 9, 2), addresses=[HOME_D], ids=["3380607177", "N860398904081"]),
    _p("s", "sibling", [("Mariama", "Issoufou")], dt.date(2018, 12, 24), addresses=[HOME_D], ids=["9542186940"],
       schools=["Dove Bank Primary School"]),
    _p("m", "mother", [("Aïssata", "Maïga")], dt.date(1993, 5, 11), addresses=[HOME_D], phones=["07946 118 372"]),
    _p("f", "father", [("Moussa", "Issoufou")], dt.date(1985, 7, 19), phones=["+33 6 42 18 75 93"]),
    _p("g", "grandparent", [("Hadiza", "Maïga")], phones=["+227 96 48 21 37"]),
    _p("p1", "professional", [("Callum", "Ridgway")], phones=["01889 563 274"], emails=["callum.ridgway@trentneedwood.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[ISSOUFOU, Ibrahim|name]] (DOB [[02.09.2010|dob]])   UPN
[[N860398904081|upn]]
Household: [[Aïssata Maïga|name]] (mother), [[Mariama Issoufou|name]] (sister, DOB [[24.12.2018|dob]]),
[[Flat 2, 31 Carter Street|address]],
[[Uttoxeter|place]] [[ST14 8EU|postcode]]    Compiled by [[Callum Ridgway|name]], SW, [[5 December 2026|date]]

Date        | Event | Source | Impact
[[11/05/2021|date]] | Mother and both children arrive at Manchester Airport from [[Niamey|place]] via [[Paris|place]]; claim asylum.
            | Home Office | Moved to initial accommodation in [[Cheetham Hill|place]]. |
[[Mar 14 2022|date]] | Dispersed to [[Uttoxeter|place]]; [[Ibrahim|name]] starts at [[Thomas Alleyne's High School|school]]. | Mears |
Settled; football.
[[30/06/2024|date]] | Refugee status granted to mother and children. | Home Office | Move-on; stays at [[Carter Street|address]].
[[2 Sept 2025|date]] | [[Ibrahim|name]] starts at [[Burton and South Derbyshire College|school]] ([[Burton|place]] campus). | College | -
[[17/10/2026|date]] | Missing overnight; found by British Transport Police at [[Stoke|place]] station with two older youths, one named as
            | "[[Skeng|name]]", and £340 cash. | Police | Return home interview offered, declined.
[[24/10/2026|date]] | Missing 26 hours; found at an address in [[Longton|place]], [[15 Chaplin Road|address]]. Father
[[Moussa Issoufou|name]] in
            | [[Lyon|place]] rang the mother ([[+33 6 42 18 75 93|phone]]) "to shout". | Police / mother | NRM referral made.
[[02/11/2026|date]] | Mother's cousin [[Amadou Seyni|name]] ([[07879 215 436|phone]]) from [[Wolverhampton|place]] offers to have
            | [[Ibrahim|name]] at weekends. | Mother | Checks started.
[[13/11/2026|date]] | Strategy discussion (CCE). [[Ibrahim|name]]'s phone shows messages from "[[Skeng|name]]" and a number
[[07958 303 824|phone]]. |
            | Police | Section 47 (CCE), safety plan.
[[27-11-2026|date]] | Grandmother [[Hadiza Maïga|name]] rang from [[Niamey|place]] ([[+227 96 48 21 37|phone]]) asking for [[Ibrahim|name]]
to be sent
            | to her in the [[Lazaret|place]] quarter "to be a man". Mother refused. | Mother | Noted; no plan to travel.
[[04/12/2026|date]] | College email: [[Ibrahim|name]] seen with two bank cards, one in the name "[[K. Bostock|name]]"; lift from
"[[Deano|name]]"
            | of [[Cheadle|place]] in [[FD20 XKM|vehicle]]. | College ([[Sam Okonedo|name]]) | Passed to police.
[[06/12/2026|date]] | Missing 14 hours; found at [[12 Tape Street|address]], [[Cheadle|place]], [[ST10 1BB|postcode]], with
[[Dean Machin|name]].
            | | Police (PC [[Harjit Bains|name]]) | Disruption notice; return home interview by [[Ellie Shenton|name]]."""),
]

DOCS_D += [
    ("three-way telephone interpreting call transcript in French", """TRANSCRIPT - three-way telephone call with a French interpreter
(recorded with consent), [[3/12/2026|date]], 16:05
Speakers: SW = [[Callum Ridgway|name]]; INT = interpreter ([[Solène Dardenne|name]], ref. 88214); M = [[Aïssata Maïga|name]]
[Parts in French are given with the interpreter's English. The mother sometimes answers in Zarma; not interpreted.]

SW: Hello [[Aïssata|name]], it's [[Callum|name]]. Is [[Ibrahim|name]] home today?
INT: Bonjour madame [[Maïga|name]], c'est [[Callum|name]]. Est-ce qu'[[Ibrahim|name]] est à la maison aujourd'hui ?
M: Oui, il dort. Hier il est rentré à deux heures du matin.
INT: Sorry - she said: yes, he's asleep. Yesterday he came home at two in the morning.
SW: Did he say where he was?
M: Il dit chez [[Jordan|name]] à [[Uttoxeter|place]]. Mais [[Jordan|name]] habite à [[Stoke|place]], je sais. Ay baaba [[Moussa|name]] ga
ne...
INT: He says at [[Jordan|name]]'s in [[Uttoxeter|place]]. But [[Jordan|name]] lives in [[Stoke|place]], she knows. Then something in Zarma
about the father, [[Moussa|name]].
SW: Has his dad been in touch?
M: [[Moussa|name]] appelle tous les soirs de [[Villeurbanne|place]]. Il dit que c'est ma faute. Il veut que j'envoie [[Ibrahim|name]] chez
sa mère à [[Niamey|place]], [[Hadiza|name]].
INT: [[Moussa|name]] calls every night from [[Villeurbanne|place]]. He says it's her fault. He wants her to send [[Ibrahim|name]] to his
mother - sorry, to her mother, [[Hadiza|name]], in [[Niamey|place]].
SW: And [[Mariama|name]]?
M: [[Mariama|name]] va bien, elle aime l'école, Mrs [[Bagnall|name]]. Elle a dit « [[Ibou|name]] a de l'argent dans ses chaussures ».
INT: [[Mariama|name]] is fine, she likes school, Mrs [[Bagnall|name]]. She said "[[Ibou|name]] has money in his shoes".
SW: Thank you. I'll come on Tuesday the [[8th|date]] at four. Can you give me the new number?
M: [[07946 118 372|phone]]. Et mon cousin [[Amadou|name]] peut venir aussi.
INT: And her cousin [[Amadou|name]] can come too.
[Call ended 16:21. Note by SW: "[[Ibou|name]]" is the family's name for [[Ibrahim|name]].]"""),
]

DOCS_D += [
    ("college tutor's email", """From: [[Sam Okonedo|name]] <[[s.okonedo@bsdc.ac.uk|email]]>
Sent: Friday, [[4 December 2026|date]] 12:31
To: [[Callum Ridgway|name]] <[[callum.ridgway@trentneedwood.gov.uk|email]]>
Cc: Safeguarding Team
Subject: RE: [[Ibrahim Issoufou|name]] - attendance and a worry

Hi [[Callum|name]],
[[Ibrahim|name]] (Level 1 Motor Vehicle, my tutor group) was in on Mon [[30th|date]] and Weds [[2nd|date]] only. He was sharp and polite
as ever but had a new iPhone and two bank cards on him, one in the name "[[K. Bostock|name]]". He said a mate, "[[Deano|name]]" from
[[Cheadle|place]], gave him a lift in a black Golf, [[FD20 XKM|vehicle]]. My colleague [[Gemma|name]] on reception saw the car drop him off.
He let slip he'd been to "[[Hanley|place]] and [[Crewe|place]]" at the weekend.
He talks about his little sister a lot and about his nan in [[Niamey|place]]. He told me his name in Arabic letters, and wrote it in my
planner: [[ابراهيم|name]]. His mum signed his learning agreement as [[عيساتا|name]], then in Latin letters.
I've logged all this on MyConcern. Can we talk before [[14/12|date]]?
Thanks, [[Sam|name]]
[[Sam Okonedo|name]] | Personal Tutor, Motor Vehicle | [[01283 494 400|phone]] ext 2213"""),
]

DOCS_D += [
    ("core group meeting minutes", """CORE GROUP MEETING - [[Ibrahim Issoufou|name]] (child protection plan, category: neglect / CCE)
Date: [[07/12/2026|date]]   Place: Uttoxeter Library, meeting room   Minutes: [[Debbie Lowe|name]] (business support)
Present: [[Callum Ridgway|name]] (SW, chair); [[Aïssata Maïga|name]] (mother) with [[Amadou Seyni|name]] (cousin); [[Sam Okonedo|name]]
(college); PC [[Harjit Bains|name]] (missing and exploitation team); [[Ellie Shenton|name]] (Catch22 worker). [[Ibrahim|name]] came for
the last ten minutes.

1. Since the conference: one missing episode ([[5|date]]-[[6 Dec|date]]), found in [[Cheadle|place]] at a flat on [[Tape Street|address]].
2. Police: the Golf [[FD20 XKM|vehicle]] is linked to [[Dean Machin|name]] ("[[Deano|name]]", 22) of [[Cheadle|place]]; a disruption
notice was served on [[5/12|date]]. The bank card in the name [[K. Bostock|name]] is being looked into.
3. [[Ellie|name]] has seen [[Ibrahim|name]] twice at the [[Uttoxeter|place]] skate park; he talks about football and about his dad in
[[Lyon|place]].
4. [[Mariama|name]] is settled at [[Dove Bank Primary|school]]; no concerns from Mrs [[Bagnall|name]].
5. Mother asked for help to move to [[Wolverhampton|place]] near [[Amadou|name]] ([[41 Newhampton Road East|address]],
[[WV1 4AN|postcode]]).
Actions: SW to ask housing about a move (mother's NI no. [[PW 63 19 48 A|ni]]; by [[18.12.26|date]]); police to flag
[[Flat 2, 31 Carter Street|address]]; next core group
[[11 January 2027|date]]. [[Ibrahim|name]] said: "I want my mum to stop crying. I'll stay in."
"""),
]


# --- E. Hollins / Beardmore family (white British), Rocester, near Uttoxeter, a grandmother in Upper Tean ------------------

HOME_E = d.Address("7 Mill Street", "Rocester", "Uttoxeter", "ST14 5JX")
NAN_E = d.Address("2 Church Lane", "Upper Tean", "Stoke-on-Trent", "ST10 4LD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Finley", "Beardmore")], dt.date(2011, 2, 14), addresses=[HOME_E], ids=["9911197859", "T860742333969"],
       schools=["Windy Arbour Academy"]),
    _p("m", "mother", [("Gemma", "Hollins")], dt.date(1992, 10, 3), addresses=[HOME_E], phones=["07525 940 681"]),
    _p("f", "father", [("Shaun", "Beardmore")], dt.date(1989, 4, 26), phones=["07388 412 659"]),
    _p("g", "grandparent", [("Brenda", "Hollins")], dt.date(1958, 3, 1), addresses=[NAN_E], phones=["01335 342 918"]),
    _p("p1", "professional", [("Zoe", "Harrop")], phones=["01889 567 315"], emails=["zoe.harrop@trentneedwood.gov.uk"]),
], "c")

DOCS_E = [
    ("foster carer's handwritten daily log, scanned and OCR'd", """[scanned page 3 of 5, OCR text, not corrected]
DAILY LOG - young person: [[F1nley BEARDMORE|name]]          Carers: [[Pat|name]] + [[Keith REDFERN|name]] (Trent Needwood fostering)
Week commencing: [[3O/11/2O26|date]]

Mon - [[Fin|name]] up 7.10 no bother. School bus from [[Denstone Rd|address]]. Text from mum ([[Gemma|name]]) 16.40 asking if he
can ring her, he did 18.00-18.25 on speaker, fine. Mum said Nan [[Brenda|name]] is poorly in [[Stafford|place]]
hospita1.
Tue - F came in 17.50 (should be 16.30). Said he was at [[Jack Salt|name]]'s (?) in [[Rocester|place]].
Smell of weed on his hoodie. [[Keith|name]] talked to him. Rang [[Zoe H|name]] (SW) [[01889 567 315|phone]] left msg.
Wed [[2/l2|date]] - Dad ([[Shaun|name]]) rang the landline, not on the contact plan. Told him to go through [[Zoe|name]].
He said "tell [[Finn|name]] I'm at Alton Towers Xmas do on the [[1Oth|date]]". Wrote it down for [[Zoe|name]].
Thu - quiet. Homework done. Asked if he can see Nan at [[Upper
Tean|place]] on Sun [[6th|date]]. - PR"""),
]

DOCS_E += [
    ("looked after child review report", """LOOKED AFTER CHILD REVIEW - INDEPENDENT REVIEWING OFFICER'S RECORD AND RECOMMENDATIONS
Child: [[Finley Beardmore|name]]   DOB: [[14 Feb 2011|dob]]   NHS: [[991 119 7859|nhs]]   UPN: [[T860742333969|upn]]
Legal status: section 20 (since [[12/09/2026|date]])    Review no. 2    Date: [[3 December 2026|date]]
IRO: [[Margaret Tunnicliffe|name]]    SW: [[Zoe Harrop|name]] ([[01889 567 315|phone]], [[zoe.harrop@trentneedwood.gov.uk|email]])
Placement: [[Pat|name]] and [[Keith Redfern|name]], foster carers, [[Denstone|place]] (address withheld from parents)
Home address of mother: [[7 Mill Street|address]], [[Rocester|place]], [[Uttoxeter|place]] [[ST14 5JX|postcode]]

[[Finley|name]] (15) came into care after his mother, [[Gemma Hollins|name]], was admitted to the Harplands Hospital in
[[Stoke|place]] in September. [[Finley|name]] told me he likes living with the [[Redferns|name]] but misses his dog and his nan,
[[Brenda Hollins|name]], in [[Upper Tean|place]] ([[2 Church Lane|address]], [[ST10 4LD|postcode]]).
Education: [[Windy Arbour Academy|school]], Year 11; attendance 88%; predicted grades 4-5; wants to do an apprenticeship at JCB.
Health: review health assessment done [[20/10/26|date]] by [[Sue Plant|name]] (LAC nurse). Cannabis use disclosed; referred to
Humankind young people's service.
Family time: with mother each Saturday in [[Uttoxeter|place]]; with father [[Shaun Beardmore|name]] monthly, supervised, at the
family centre in [[Cheadle|place]]. [[Shaun|name]] rang the carers on [[2nd December|date]] outside the plan.
Recommendations: 1. SW to see [[Finley|name]] alone by [[18 Dec 2026|date]]. 2. Family time with nan [[Brenda|name]] on Sundays.
3. Plan for return home to be considered at the next review, [[3 March 2027|date]].
Consulted: [[Gemma Hollins|name]] ([[07525 940 681|phone]]); [[Shaun Beardmore|name]] ([[07388 412 659|phone]]); [[Brenda Hollins|name]]
([[01335 342 918|phone]]); [[Pat Redfern|name]] and [[Keith Redfern|name]] ([[07340 928 155|phone]]); Mr [[Gareth Lymer|name]] (head of
year, [[Windy Arbour|school]]); supervising social worker [[Donna Finney|name]]. Circulated [[10/12/2026|date]]."""),
]

DOCS_E += [
    ("GP's letter to the social worker", """Trent Valley Medical Practice, [[Uttoxeter|place]]
Dr [[Anjali Menon|name]], GP partner

Ms [[Zoe Harrop|name]]
Trent Needwood Council
[[26th November 2026|date]]

Dear Ms [[Harrop|name]],
Re: [[Gemma HOLLINS|name]], DOB [[03/10/1992|dob]], [[7 Mill St|address]], [[Rocester|place]] [[ST14 5JX|postcode]]
and her son [[Finley BEARDMORE|name]], DOB [[14/02/2011|dob]]

Thank you for your letter of [[18/11/2026|date]]. With [[Gemma|name]]'s written consent I can tell you that she was discharged from
the Harplands on [[13 November|date]] and is under the community mental health team in [[Uttoxeter|place]]. She is taking her
medication and I saw her on [[23/11|date]] with her mother, Mrs [[Brenda Hollins|name]]. She is keen for [[Finley|name]] to come home.
I have seen [[Finley|name]] once this year ([[4 Aug 2026|date]], a sprained wrist playing football at [[Rocester|place]]). I have no
concerns about his physical health. I understand his father, Mr [[Beardmore|name]], is not registered with us.
Yours sincerely,
Dr [[A Menon|name]]"""),
]

DOCS_E += [
    ("youth worker's voice note transcribed", """[Voice note from [[Dan Critchlow|name]], detached youth worker, to SW [[Zoe Harrop|name]],
[[5/12/26|date]] 21:12, auto-transcribed
by the phone and checked by [[Zoe|name]]; her corrections in square brackets]

Hiya [[Zoe|name]] it's [[Dan|name]] just leaving the rec in [[Rochester|place]] [[[Rocester|place]]] so we had [[Finley|name]] tonight with
[[Jack|name]] and a lad called [[Cody|name]] from [[Tean|place]] um [[Finn|name]] was fine to be fair bit quiet he said his mum's
doing better and he's seeing nan [[Brenda|name]] Sunday um nan [[Brenda|name]] [[[Brenda|name]]] he asked if he could go home
for Christmas I said that's one for you and the IRO um he did say his dad [[Sean|name]] [[[Shaun|name]]] had been messaging him on
Snapchat saying come to [[Ashbourne|place]] on the [[twelfth|date]] and he'd sort him some cash that's a bit of a worry so I've
told him to show you um other than that all good my number's [[07879 215 436|phone]] if you need me cheers bye"""),
]


# --- F. Dacres / Sherratt family (Black Caribbean and white British), Winshill, Burton upon Trent, a grandmother in Derby -----

HOME_F = d.Address("33 Bearwood Hill Road", "Winshill", "Burton upon Trent", "DE15 0JS")
NAN_F = d.Address("15 Rosehill Street", "Normanton", "Derby", "DE23 8FZ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kai", "Dacres")], dt.date(2013, 7, 7), addresses=[HOME_F], ids=["4740418908", "Y860137413893"],
       schools=["Winshill Village Primary School"]),
    _p("m", "mother", [("Leanne", "Sherratt")], dt.date(1994, 3, 30), addresses=[HOME_F], phones=["07879 215 436"]),
    _p("f", "father", [("Marcus", "Dacres")], dt.date(1990, 12, 12), phones=["07412 667 908"]),
    _p("g", "grandparent", [("Beverley", "Dacres")], dt.date(1963, 9, 9), addresses=[NAN_F], phones=["01332 349 618"]),
    _p("p1", "professional", [("Tamsin", "Goodall")], phones=["01283 563 109"], emails=["tamsin.goodall@trentneedwood.gov.uk"]),
], "c")

DOCS_F = [
    ("section 7 report extract for the family court", """IN THE FAMILY COURT SITTING AT DERBY          Case no. DE26P01184
[[Marcus Dacres|name]] (applicant father) and [[Leanne Sherratt|name]] (respondent mother)
Child: [[Kai Dacres|name]], born [[7 July 2013|dob]]
SECTION 7 REPORT (local authority) - extract: sections 3 to 5.   Author: [[Tamsin Goodall|name]], social worker.   [[1 December 2026|date]]

3. Background. [[Kai|name]] lives with his mother at [[33 Bearwood Hill Road|address]], [[Winshill|place]], [[DE15 0JS|postcode]], and goes
to
[[Winshill Village Primary|school]] (until July, when he moved up to [[Abbot Beyne School|school]] in September). The parents separated in
2021. Mr [[Dacres|name]] lives in [[Derby|place]] with his partner, Ms [[Tanisha Rowe|name]], and their baby; his mother, Mrs [[Beverley
Dacres|name]], lives at [[15 Rosehill Street|address]], [[Normanton|place]], [[DE23 8FZ|postcode]] and has looked after [[Kai|name]] every
other weekend. The family's roots are in [[Mandeville|place]], Manchester parish, Jamaica; [[Kai|name]]'s great-grandmother,
[[Icilda Dacres|name]], still lives there ([[+1 876 962 4187|phone]]).
4. The child's wishes. I saw [[Kai|name]] alone on [[17.11.2026|date]] at school and on [[24.11.2026|date]] at Nanny [[Bev|name]]'s. He said
he wants "more time with Dad and Nanny [[Bev|name]]" and to "stop the arguing at handovers at the Tesco in [[Stapenhill|place]]". He
named his football coach, [[Lee Whitehurst|name]], as "the only adult who listens".
5. Risk. The mother alleges that on [[3rd October|date]] Mr [[Dacres|name]] shouted at her at the handover; the father says Ms
[[Sherratt|name]]'s new partner, [[Jordan Pegg|name]], threatened him. Police were not called. There are no findings.
Persons consulted: [[Marcus Dacres|name]] ([[07412 667 908|phone]]); [[Leanne Sherratt|name]] ([[07879 215 436|phone]]); Mrs
[[Beverley Dacres|name]]
([[01332 349 618|phone]]); [[Jordan Pegg|name]] (declined); Mr [[Ashworth|name]] (head of Year 7, [[Abbot Beyne|school]]);
[[Carol Mycock|name]]
(welfare officer, Winshill Wanderers). Checks: police (nil for both parents; [[Jordan Pegg|name]], one caution, [[11 March 2019|date]],
at [[Swadlincote|place]])."""),
]

DOCS_F += [
    ("football club parents' WhatsApp group exported", """[WhatsApp chat export "Winshill Wanderers U13s parents ⚽", lines copied by the
club welfare officer, [[Carol Mycock|name]],
and sent to the LADO on [[29/11/2026|date]]]

[[21/11/2026|date]], 09:02 - Coach [[Lee|name]]: Morning all, KO 10:30 at Shobnall Leisure Complex, pitch 4. Lifts??
[[21/11/2026|date]], 09:05 - [[Leanne|name]]: [[kai|name]]'s ready, can someone grab him from [[bearwood hill|address]] x
[[21/11/2026|date]], 09:06 - Coach [[Lee|name]]: I'll get [[kai|name]] 👍 and [[rio|name]] from [[Bretby|place]]
[[21/11/2026|date]], 09:40 - [[Michelle T|name]]: [[Lee|name]] you took the boys to Maccies in [[Swadlincote|place]] till 9 last week??
[[rio|name]] said
[[21/11/2026|date]], 09:41 - [[Leanne|name]]: yeah [[kai|name]] said that too
[[21/11/2026|date]], 12:55 - Coach [[Lee|name]]: great win lads 4-1!! MOTM [[Kai D|name]] 🔥 Got a little xmas surprise for the starters 😉
[[22/11/2026|date]], 20:14 - [[+44 7958 303824|phone]]: who is this [[Lee|name]] sending my son snapchats at 11pm?
[[22/11/2026|date]], 20:20 - [[Carol Mycock|name]] (Welfare): Please DM me not the group. [[Carol|name]] [[07442 081 537|phone]]
[[22/11/2026|date]], 20:22 - Coach [[Lee|name]] left
"""),
]

DOCS_F += [
    ("social worker's supervision record", """SUPERVISION RECORD (case discussion)   Supervisee: [[Tamsin Goodall|name]]   Supervisor:
[[Priya Sandhu|name]]   [[02/12/2026|date]]
Case: [[DACRES, Kai|name]] ([[07/07/2013|dob]]), NHS [[474 041 8908|nhs]], UPN [[Y860137413893|upn]] - s7 report and LADO referral

Discussion: [[Tamsin|name]] filed the s7 report on [[1/12|date]]. New information since: the club's welfare officer, [[Carol Mycock|name]],
has
referred the coach, [[Lee Whitehurst|name]] (DOB [[11/05/1984|dob]]), to the LADO, [[Geoff Mountford|name]], after parents raised late
Snapchat messages and trips to [[Swadlincote|place]]. [[Kai|name]] told his mum on [[30 Nov|date]] that [[Lee|name]] gave him £20 and
"a new phone for Christmas but don't tell [[Marcus|name]]". The phone is at [[33 Bearwood Hill Rd|address]].
[[Leanne|name]] has been protective: she kept the phone and rang [[Carol|name]]. [[Marcus|name]] does not yet know; he is at his
mother's, [[Beverley Dacres|name]] ([[01332 349 618|phone]]), most weekends.
Reflection: [[Tamsin|name]] worried the s7 report calls [[Whitehurst|name]] "the only adult who listens" - a grooming pattern? Agreed to
file an addendum.
Actions: TG - addendum to the court by [[9 December|date]]; attend LADO strategy on [[4/12/2026|date]]; see [[Kai|name]] with
[[Leanne|name]] at [[Winshill|place]] by Friday [[11 Dec|date]]. PS - inform the IRO... n/a (not looked after)."""),
]

DOCS_F += [
    ("text messages between a father and the social worker", """[SMS between [[Marcus Dacres|name]] ([[07412 667 908|phone]]) and
[[Tamsin Goodall|name]] (work mobile), copied from the
work phone on [[5 Dec 2026|date]]]

Thu [[3 Dec|date]] 18:02 [[Marcus|name]]: why has nobody told me about this coach. [[leanne|name]] told my mum not me
Thu [[3 Dec|date]] 18:03 [[Marcus|name]]: my son is MY son. is [[kai|name]] safe
Thu [[3 Dec|date]] 18:30 [[Tamsin|name]]: Hi [[Marcus|name]], [[Kai|name]] is safe and at home with his mum. I'm sorry you heard it this
way. Can
I ring you tomorrow at 10?
Thu [[3 Dec|date]] 18:31 [[Marcus|name]]: ye. and tell [[jordan|name]] to stay away from my mums house in [[normanton|place]]
Fri [[4 Dec|date]] 10:14 [[Marcus|name]]: didnt ring. im at work at Toyota till 2
Fri [[4 Dec|date]] 14:20 [[Tamsin|name]]: Sorry [[Marcus|name]] - the meeting about the coach ran on. I'll ring at 3. [[Tamsin|name]]
Fri [[4 Dec|date]] 15:48 [[Marcus|name]]: ok thanks for explaining. me and [[bev|name]] will come to [[winshill village|school]] on the
[[10th|date]]
for [[kai|name]]'s nativity 🙏"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 151 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:47 UTC, read since)"

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "cllr", "nurse", "coach", "our", "me", "nan",
           "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad", "daddy", "aunty",
           "auntie", "uncle", "mama", "papa", "anti", "bubu", "tumbuna", "madame", "monsieur", "tonton", "tata", "baaba", "nya"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "staffordshire",
               "east staffordshire", "east staffs", "staffs", "derbyshire", "south derbyshire", "the midlands", "east midlands",
               "west midlands", "papua new guinea", "png", "niger", "france", "jamaica", "manchester parish", "nigeria", "europe",
               "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker with this set's
# titles and kinship words ("Coach Lee", "Mama", "Papa Kaupa", "Anti Wilma", "madame Maïga", "baaba Moussa") and counties,
# regions and countries ("East Staffordshire", "Papua New Guinea", "Niger", "Jamaica").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
