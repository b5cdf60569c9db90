"""Set 148: a held-out hand-written set for the redaction detector, six more invented families in Derby, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
146, 147 and 149 and their tests (written by other helpers at the same time), that did not run the detector or any bench script
that runs it, that ran no git command, and that looked at no detector output. What was read: tests/test_redaction_set21.py in
full and of bench/redaction_set21.py its docstring, imports, first record and first document and a half, its closing lines
(_PAIRS, NAME, word lists, the HandSet line) and a listing of its definition and assignment lines (the layout and marking
conventions followed here); the docstrings of bench/redaction_set7.py to bench/redaction_set145.py, printed alone and searched
for towns, districts and communities (to pick homes and communities no earlier set used), with the openings of sets 140 and 145
read as models of this docstring; the `_party`, `Records` and the opening of `HandSet` in bench/redaction_handwritten.py; and
the ruff settings in pyproject.toml. No body of an earlier set but set 21 was read or searched, and set 15's checker was only
imported, never read. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say
so here.

Six families in Derby and South Derbyshire, each from a district no earlier set's docstring names as a family's home. Four
of the kinds most common in children's social care: a white British family in Sinfin, with a grandmother at Shelton Lock and
a father in Melbourne (Hollis / Brindley / Wragg; a mother's partner's violence and bail breach, finger-mark bruising to a
girl of 6, neglect, a boy of 9 who rang his nan in the night, a food bank voucher); a white British family in Allenton
(Bostock / Ratcliffe; a girl of 14 missing six times, criminal and sexual exploitation by a man of 22 with a car, county
lines to Nottingham, a father in Ripley as a way out); a Black British Jamaican and white British family, the children with
their grandmother in Mackworth after their mother's imprisonment (Campbell / Tomlinson / Reid; special guardianship, a father
removed to Kingston, Jamaica, a family group conference, prison video calls); and a white British family in Chellaston with a
grandfather at Ticknall (Hardwick / Ashby; a mother with a learning disability, a baby of 15 weeks with faltering growth and a
rib fracture, black mould, care proceedings). Two from communities no earlier set's docstring names: a Gorani family (Muslim
Slavs from Restelica in the Gora area of Dragaš, Kosovo, by way of Belgrade) in Alvaston (Ajdini / Hodžić; a father's belt,
a boy of 13 as his family's young carer and interpreter, a mother's depression, a Serbian chat in Latin and Cyrillic script),
and a Pakistani Punjabi Christian family in Osmaston with family in Lahore and Youhanabad (Masih / Gill; a father's slaps under
money pressure, a pastor's letter, a girl of 11's own letter with Urdu). 24 documents, of types and styles new to these sets
where possible: a primary school's safeguarding log export, a mother's texts to a family hub worker typed up from screenshots,
an initial child protection conference report, a food bank e-referral, a child and family assessment with an interpreter, a
Viber family chat in Serbian typed up and translated, a young carers referral form, an OCR'd GP letter (with its O-for-0 and
l-for-1 errors), a home visit case note, a pastor's letter of support, a girl's own letter in English and Urdu, a health
visitor's late developmental review, a police missing person log, a return home interview, a Snapchat extract from a phone
download, a school's child exploitation screening tool, a special guardianship assessment extract, a grandmother's voice notes
in Jamaican patois transcribed, a prison family engagement worker's email, a family group conference plan, a social worker's
fast phone notes, an environmental health and letting agent email chain, a local authority's position statement, and a page
of a child's feelings book scanned with a teacher's notes.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Kosovo, Serbia, Pakistan, Jamaica, Canada); NHS numbers and UPNs (LA number 831)
pass their check digits; NI numbers have a valid format. The council (Der Valley), the letting agent (Trent Lettings) and the
firms (Bhogal Fenton, JB Property Maintenance) are invented; Sinfin Brook Primary School, Little Lambs Nursery and the Urdu
fellowship are invented; towns, districts, estates, villages, real schools, hospitals, surgeries, prisons, courts, churches,
mosques, charities, clubs, parks, reservoirs, brands, apps and laws are real or plausible and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows set 19, set 15 and sets 6 to 13), as its
docstring sets them out: [[words|kind]] is a gold span; titles, roles and kinship words (here also Pastor, Revd Canon, Nena,
Nani, Granny, Nanna, Tata, Mama, Papa, bro, and after a name khala and amidža) stay outside the name; "SURNAME, First" and
"SURNAME First" are one span; initials alone ("GR", "AD", "G.") are not marked; a name, address, place or date broken by a line
break is one span holding the break; handles and usernames ("tay.tay.x12", "jdot", "j.dot.dbx") are not marked, but a display
name or sender that is a person's plain name or nickname is ("Jordy", "Shan", "Medo", "Kiana"), while senders saved under a
kinship word ("Tata", "Mama", "Nena", "Dad") are not; a family name in a group chat's title is a name ("Ajdini"); a firm named
after people marks only the names ("Bhogal" and "Fenton" in "Bhogal Fenton Solicitors"); a neighbour's bare house or flat
number is an address ("no. 35", "29", "flat 4", "Flat 2"); countries, counties and regions (Kosovo, Serbia, Pakistan, Jamaica,
Derbyshire, Nottinghamshire, Clarendon, the Gora) are not marked; organisations are not marked even when they hold a town's
name (Royal Derby Hospital, Alvaston Medical Centre, Osmaston Surgery, Chellaston Medical Centre, Mackworth Health Centre,
Sinfin Family Hub, Derby Cabs, Derby Homes, Derby Carers Centre, Derby Women's Centre, the Family Court sitting at Derby, HMP
Foston Hall, Mackworth Juniors, Allenton Boxing Club, Sinfin Cricket Club), while a service or branch named by its town in
lower-case words marks the town ("the Alvaston family hub", "Alvaston hub", "Osmaston team", "Chellaston branch"); a school's
short form is a school ("Lees Brook", "Merrill", "Ash Croft", "Alvaston Junior", "Chellaston Fields"), and so is a nursery;
a date of birth is dob, other calendar dates with a day are dates, a weekday before one stays outside; months and years
alone are not marked; pets (Smudge) are not names; surnames and first names that are words or towns (Ripley, Chester, Paris,
Hardwick, Brooke, Willow, Gill, Pearl) are marked by what they refer to.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a birthday given without
a year by a child or a grandmother ("the 17th of May", "7 May", "the 6th of October") is a dob, since it is the child's date
of birth; a grammatical form of a name or place in Serbian ("Kiane", "Harrisa", "Alvastonu", "Voždovcu", "Restelice") is a
name or place span of its own, and so is a vocative in Cyrillic ("Неџаде"); a football club named like a person or a word
("Zvezda") is an organisation; a prison wing named after a village ("Bonsall wing") and a prison called by its village
("Foston") are the prison and stay unmarked; a tram stop named after a street ("Toton Lane tram stop") is a landmark; a
practice or company switchboard ("01332 888 091") is not marked, like a helpline, but a named worker's own office or branch
line in an email signature is a phone; the Western Union transfer code, the police, prisoner, case, voucher and crime
references are not marked; OCR-garbled identifiers and dates ("DE24 OER", "O9/O3/1988", "lO/ll/2O26") are marked as what they
are; "Urdu fellowship" and the church hall are organisations, but "Pear Tree Road", where the hall is, is an address; "the
Gora" is a region, while Restelica and Dragaš are places; "Nani" and "نانی جان" (grandma) are kinship words, while "پروین"
and "ایستھر" are names.

Self-check without the detector: `python -m bench.redaction_set148` (and tests/test_redaction_set148.py) runs set 15's checker
(which runs the earlier sets' checks) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents, 1,082 gold spans, 628 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hollis / Brindley family (white British), Sinfin, Derby, with a grandmother at Shelton Lock ----------------------

HOME_A = d.Address("27 Arleston Lane", "Sinfin", "Derby", "DE24 3DF")
NAN_A = d.Address("8 Chellaston Road", "Shelton Lock", "Derby", "DE24 9BA")
DAD_A = d.Address("Flat 3, 61 Station Road", "", "Melbourne", "DE73 8BR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Brindley")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["606 544 1376", "L831235719198"],
       schools=["Sinfin Brook Primary School"]),
    _p("s", "sibling", [("Poppy", "Hollis")], dt.date(2020, 9, 3), addresses=[HOME_A], ids=["148 936 5699"],
       schools=["Sinfin Brook Primary School"]),
    _p("m", "mother", [("Kayleigh", "Hollis")], dt.date(1995, 12, 14), addresses=[HOME_A], phones=["07708 191 062"],
       ids=["JT 62 48 11 B"]),
    _p("f", "father", [("Lewis", "Brindley")], dt.date(1993, 6, 8), addresses=[DAD_A], phones=["07719 663 158"]),
    _p("p", "partner", [("Craig", "Wragg")], dt.date(1990, 2, 27), addresses=[HOME_A], phones=["07813 746 172"]),
    _p("g", "grandparent", [("Sandra", "Hollis")], dt.date(1968, 5, 1), addresses=[NAN_A], phones=["01332 761 408"]),
    _p("p1", "professional", [("Nadia", "Ellacott")], phones=["01332 294 715"], emails=["nadia.ellacott@dervalley.gov.uk"]),
], "c")

DOCS_A = [
    ("school safeguarding log export with a DSL's chronology", """[[SINFIN BROOK PRIMARY SCHOOL|school]] - SAFEGUARDING RECORD EXPORT
Pupil: [[BRINDLEY, Mason|name]]    DOB [[22/04/2017|dob]]    Year 4 (Oak class)    UPN [[L831235719198|upn]]
Pupil: [[HOLLIS, Poppy|name]]    DOB [[03/09/2020|dob]]    Reception (Acorns)
Exported by: [[Gemma Rudd|name]] (DSL) on [[30.11.2026|date]] for the social worker, [[Nadia Ellacott|name]]

[[08/09/2026|date]] 08:50 | Logged by [[Tom Kinsey|name]] (class teacher) | Category: Neglect
[[Mason|name]] in yesterday's uniform, no coat, wet through. Said "Mum's still in bed and [[Craig|name]] took the key". Breakfast club
given. Told [[Gemma R|name]].
Action ([[Gemma Rudd|name]], [[08/09|date]] 10:15): rang mum on [[07708 191 062|phone]], no answer. Rang nan, Mrs [[Sandra Hollis|name]]
([[01332 761 408|phone]]), who said she would collect both after school. She did.

[[15/09/2026|date]] 14:30 | Logged by [[Priya Sandhu|name]] (Reception TA) | Category: Physical
[[Poppy|name]] showed me a red mark on her upper arm (4 cm, like fingers). She said "[[Craigy|name]] grabbed me cos I spilled
the pop". Body map uploaded. DSL informed same time.
Action (GR): referral to Der Valley First Contact, ref FC/26/30871. Parent told at pick-up, Ms [[Hollis|name]] upset, said it
was [[Mason|name]] who grabbed her.

[[22/9/26|date]] | Logged by [[Kinsey, T|name]] | Category: Emotional wellbeing
[[Mason|name]] hid under the table in maths and would not come out; said his dad [[Lewis|name]] "is not allowed to see us now
cos of [[Craig|name]]". Calm after 20 mins with Mrs [[Okafor|name]] in the Nurture room.

[[1 October 2026|date]] | Logged by [[Gemma Rudd|name]] | Category: Attendance
Attendance [[Mason|name]] 81.4%, [[Poppy|name]] 78.9%. Home visit with the EWO, [[Dave Pountain|name]], to
[[27 Arleston Lane|address]]. Curtains
shut; a neighbour at no. [[29|address]], Mrs [[Beverley Sharratt|name]], said the kids had been at their nan's in
[[Shelton Lock|place]] "most of
the week". Mum opened the door at 11:40, said the children were poorly.

[[13/10/2026|date]] | Logged by [[Tom Kinsey|name]] | Category: Disclosure
[[Mason|name]] said in circle time that "[[Craig|name]] punched the wall and mum was crying on the stairs on Saturday night". He said
he rang his nan on mum's phone. Written verbatim on a cause for concern form, passed to [[Gemma|name]] at 12:05.
Action: call to First Contact 12:20 (spoke to [[Jordan Fearn|name]]); strategy discussion set for [[14th Oct|date]].

[[19/10/2026|date]] | Logged by [[Gemma Rudd|name]] | Category: Multi-agency
Strategy outcome: s47 joint with Derbyshire Constabulary (DC [[Leanne Corbett|name]]). [[Mason|name]] interviewed at school with his
nan present. Mr [[Wragg|name]] arrested [[16/10|date]], released on bail to an address in [[Alvaston|place]]; conditions: not to attend
[[Arleston Lane|address]].

[[04/11/2026|date]] | Logged by [[Priya Sandhu|name]] | Category: Other
[[Poppy|name]] said "[[craig|name]] was at the park by the Co-op with mummy". Passed on.

[[23/11/2026|date]] | Logged by [[Gemma Rudd|name]] | Category: Meeting
ICPC at the Council House. Both children subject to CP plans (neglect for both, physical for [[Poppy|name]]). Core group
[[7 December|date]] at school, 3.30pm.
"""),
    ("mother's texts to a family support worker, typed up from screenshots", """Screenshots sent by Ms [[Kayleigh Hollis|name]] to
[[Shannon|name]] (Family Support, Sinfin Family Hub) - typed up by [[Shannon Lakin|name]]
[[2/11/2026|date]]. Spelling as sent. "Me" = [[Shannon|name]]'s work phone.

[[29 Oct|date]] 21:14 [[Kayleigh|name]]: hiya [[shan|name]] its [[kay|name]]. can u ring me 2moz not before 10 tho
[[29 Oct|date]] 21:15 Me: Hi [[Kayleigh|name]], yes I will ring at 10.30. Are you and the children safe tonight?
[[29 Oct|date]] 21:22 [[Kayleigh|name]]: yeh hes not here. hes at his mates in [[alvaston|place]], [[dazza|name]] from the chippy lol
[[29 Oct|date]] 21:23 [[Kayleigh|name]]: [[mase|name]] is asleep at me mums in [[shelton lock|place]], [[pops|name]] with me
[[30 Oct|date]] 08:02 [[Kayleigh|name]]: cant do 10.30 got the job centre at [[Normanton rd|address]]. 1pm?
[[30 Oct|date]] 08:40 Me: 1pm is fine. Don't forget the Tesco voucher is at the hub desk with [[Bev|name]]
[[30 Oct|date]] 13:06 [[Kayleigh|name]]: sorry was on bus. [[craig|name]] keeps messaging me from a new number [[07893 615 870|phone]]
saying hes sorry
[[30 Oct|date]] 13:07 [[Kayleigh|name]]: he knows hes not allowed. should i block it
[[30 Oct|date]] 13:15 Me: Please screenshot them first and send them to me or to DC [[Corbett|name]], then block. Bail says no contact.
[[31 Oct|date]] 19:48 [[Kayleigh|name]]: [[poppy|name]]s dad [[lewis|name]] wants her for halloween at his in [[melbourne|place]]. is
that ok??
[[31 Oct|date]] 19:49 [[Kayleigh|name]]: hes [[mason|name]]s dad not [[poppy|name]]s sorry. [[poppy|name]]s dad is [[jamie|name]] but
we dont see him
[[31 Oct|date]] 20:30 Me: That's between you and [[Lewis|name]], there's nothing stopping it. Does [[Mason|name]] want to go?
[[31 Oct|date]] 20:41 [[Kayleigh|name]]: yeh he loves it there, [[lewis|name]] girlfriend [[Chloe|name]] does his hair. ill drop him
at the bus stn
[[1 Nov|date]] 11:12 [[Kayleigh|name]]: [[craig|name]] turned up at [[27|address]] last nite at 2am banging. [[bev sharratt|name]]
next door rang 999
[[1 Nov|date]] 11:13 [[Kayleigh|name]]: police came. PC [[Jas|name]] something. incident 0211 of [[01/11|date]]
[[1 Nov|date]] 11:14 [[Kayleigh|name]]: im scared [[shan|name]]. can we go to me mums. shes got the box room at
[[8 chellaston rd|address]]
[[1 Nov|date]] 11:30 Me: Yes, stay at your mum's. I'll ring you in 10 minutes. I'll also ring [[Sandra|name]] ok?
[[1 Nov|date]] 11:31 [[Kayleigh|name]]: ok. x
"""),
    ("initial child protection conference report, social worker's analysis section", """DER VALLEY COUNCIL - CHILDREN'S SERVICES
Report of the Social Worker to the Initial Child Protection Conference
Children: [[Mason Brindley|name]] ([[22.04.2017|dob]]) and [[Poppy Hollis|name]] ([[03.09.2020|dob]])
Address: [[27 Arleston Lane|address]], [[Sinfin|place]], [[Derby|place]] [[DE24 3DF|postcode]]
Conference: Monday [[23 November 2026|date]], 10:00, Council House    Chair: [[Angela Meakin|name]] (IRO)
Author: [[Nadia Ellacott|name]], Social Worker, Locality South ([[01332 294 715|phone]], [[nadia.ellacott@dervalley.gov.uk|email]])

1. Family and network
[[Mason|name]] (9) is the son of Ms [[Kayleigh Hollis|name]] (30) and Mr [[Lewis Brindley|name]] (33), who lives at [[Flat 3, 61 Station
Road|address]], [[Melbourne|place]] [[DE73 8BR|postcode]], with his partner [[Chloe Haywood|name]]. [[Poppy|name]] (6) is the daughter
of Ms [[Hollis|name]]
and [[Jamie Pegg|name]], whose whereabouts are not known (last heard of in [[Burton upon Trent|place]] in 2022). Ms [[Hollis|name]]'s
partner
since March 2025 is Mr [[Craig Wragg|name]] (36), currently on police bail to his friend's address at [[14 Brandelhow Court|address]],
[[Alvaston|place]]. The maternal grandmother, Mrs [[Sandra Hollis|name]], lives at [[8 Chellaston Road|address]],
[[Shelton Lock|place]], and is
the family's main support; the maternal great-aunt [[Janet Cope|name]] lives in [[Swadlincote|place]] and has offered weekends.

2. What we are worried about
On [[15 September 2026|date]] [[Poppy|name]] had finger-shaped bruising to her left upper arm, which she said [[Craig|name]] caused; Mr
[[Wragg|name]] denied it and Ms [[Hollis|name]] first said [[Mason|name]] did it. On [[11 October 2026|date]] police attended after a
999 call
by [[Mason|name]] from his mother's phone to his grandmother; Mr [[Wragg|name]] had punched a wall and pushed Ms [[Hollis|name]] on
the stairs. On
[[1 November 2026|date]] he came to the house at 2am in breach of bail and was recalled. Both children's attendance is below
85% and the school recorded hunger and unwashed uniform on 11 days since [[7 September|date]] (see the log from [[Gemma
Rudd|name]], DSL). The health visitor, [[Lorraine Fox|name]], reports [[Poppy|name]]'s dental decay (six teeth) and a missed
extraction at
the Royal Derby Hospital on [[21/10/2026|date]].

3. What is working well
The children love their mother and their nan. Ms [[Hollis|name]] has worked with [[Shannon Lakin|name]] (Family Hub) every week since
[[28 September|date]] and sent her the texts from Mr [[Wragg|name]]'s new number herself. [[Mason|name]] goes to his father's every
other
weekend and comes back "happy and fed" (school). [[Sandra|name]] has taken both children to school every day since [[2 November|date]].

4. The children's views
[[Mason|name]]: "I want [[Craig|name]] to not come back ever. I want my nan to live with us and my dad on Saturdays." He drew his
three houses: [[Arleston Lane|address]] ("dark"), nan's ("the box room is mine now") and dad's in [[Melbourne|place]] ("the big park").
[[Poppy|name]] said she likes Acorns and Miss [[Fern|name]] and "mummy's cuddles", and that "[[Craigy|name]] is shouty".

5. Recommendation
That both children are made subject to child protection plans under the category of neglect, and [[Poppy|name]] also physical
abuse; that Ms [[Hollis|name]] is offered the Freedom Programme at the Derby Women's Centre; that a referral is made to Safe and
Sound for [[Mason|name]]; that Mr [[Brindley|name]] is invited to core groups.
"""),
    ("food bank e-voucher form filled in by a family hub worker", """DERBY CITY MISSION FOOD BANK - E-REFERRAL                Voucher
no. DCM-148-2291
Referring agency: Sinfin Family Hub   Referrer: [[Shannon Lakin|name]]   Tel: [[01332 643 218|phone]]
Date of referral: [[02/11/2026|date]]      Valid until: [[16/11/2026|date]]
Client name: [[HOLLIS, Kayleigh|name]]          Date of birth: [[14/12/1995|dob]]
Address: c/o [[8 Chellaston Road|address]] (mother's house)   Postcode: [[DE24 9BA|postcode]]
Phone: [[07708 191 062|phone]]       NI no. (optional): [[JT 62 48 11 B|ni]]
Household (first names and ages only): adults 2 - [[Kayleigh|name]] 30, [[Sandra|name]] 58; children 2 - [[Mason|name]] 9,
[[Poppy|name]] 6
Dietary needs: [[Poppy|name]] - no dairy (told by mum)   Baby items: none   Cooking: full kitchen at nan's
Reason for crisis: [x] Benefit delays  [x] Domestic abuse  [ ] Debt  [ ] Sickness  [ ] Homelessness
Notes: Mum has left the family home at [[Arleston Lane|address]] for now because of DA; UC advance in progress (work coach
[[Ravi|name]] at
the [[Normanton Road|address]] jobcentre). Collect from the Sinfin Methodist Church distribution on Tues or Fri, 12-2.
Second voucher this six months (first [[14/07/2026|date]]).
Consent: client agreed verbally [[2/11/26|date]] - [[S. Lakin|name]]
"""),
]


# --- B. Ajdini family (Gorani, from Dragaš in Kosovo), Alvaston, Derby ------------------------------------------------------

HOME_B = d.Address("46 Harvey Road", "Alvaston", "Derby", "DE24 0ER")
GRAN_B = d.Address("Rruga e Shkollës 12", "Restelica", "Dragash", "")
UNCLE_B = d.Address("Ulica Vojvode Stepe 88", "Voždovac", "Beograd", "11000")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Elmedin", "Ajdini")], dt.date(2013, 1, 19), addresses=[HOME_B], ids=["928 143 6671", "X831201116477"],
       schools=["Noel-Baker Academy"]),
    _p("s", "sibling", [("Arijana", "Ajdini")], dt.date(2019, 7, 30), addresses=[HOME_B], ids=["268 585 0694"],
       schools=["Alvaston Junior Academy"]),
    _p("m", "mother", [("Sabina", "Ajdini"), ("Sabina", "Hodžić")], dt.date(1988, 3, 9), addresses=[HOME_B],
       phones=["07457 558 294"]),
    _p("f", "father", [("Nedžad", "Ajdini"), ("Nedzad", "Ajdini")], dt.date(1984, 10, 2), addresses=[HOME_B],
       phones=["07831 585 490"], ids=["SK 30 71 52 D"]),
    _p("g", "grandparent", [("Ferida", "Ajdini")], addresses=[GRAN_B], phones=["+383 44 218 506"]),
    _p("u", "uncle", [("Senad", "Ajdini")], addresses=[UNCLE_B], phones=["+381 63 814 2270"]),
    _p("p1", "professional", [("Hannah", "Greatorex")], phones=["01332 572 930"], emails=["hannah.greatorex@dervalley.gov.uk"]),
], "c")

DOCS_B = [
    ("child and family assessment with an interpreter (Gorani / Serbian)", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS
Child: [[Elmedin AJDINI|name]] (known as "[[Medo|name]]")   DOB: [[19/01/2013|dob]]   NHS no. [[928 143 6671|nhs]]
Sibling: [[Arijana AJDINI|name]]   DOB: [[30/07/2019|dob]]   NHS no. [[268 585 0694|nhs]]
Home: [[46 Harvey Road|address]], [[Alvaston|place]], [[Derby|place]] [[DE24 0ER|postcode]]
Social worker: [[Hannah Greatorex|name]]   Started: [[5 October 2026|date]]   Completed: [[16 November 2026|date]]
Interpreter: [[Zoran Milić|name]] (Serbian; the family's Gorani, "naški", is close enough for most talk, and [[Elmedin|name]] filled
gaps)

Sources: home visits on [[7 October|date]], [[21 October|date]] and [[4 November 2026|date]]; [[Elmedin|name]] seen alone at
[[Noel-Baker
Academy|school]] on [[13/10/2026|date]]; calls with his head of year, Mr [[Jon Fairclough|name]]; the school nurse,
[[Tracey Bull|name]]; and
[[Arijana|name]]'s class teacher at [[Alvaston Junior Academy|school]], Mrs [[Kelly Pym|name]]; a video call (WhatsApp) with the
paternal
uncle, [[Senad Ajdini|name]], in [[Belgrade|place]] on [[10.11.2026|date]] ([[+381 63 814 2270|phone]]).

Background. Mr [[Nedžad Ajdini|name]] (spelled [[Nedzad|name]] on his BRP and on the school system) and Mrs [[Sabina Ajdini|name]] (née
[[Hodžić|name]]) are Gorani, Muslim Slavs from [[Restelica|place]] in the Gora area of the [[Dragaš|place]] municipality. They lived in
[[Belgrade|place]] from 2010, where [[Elmedin|name]] was born, and came to the UK in 2018 through [[Calais|place]]; [[Arijana|name]]
was born
at the Royal Derby Hospital. The father works nights at a chicken factory in [[Castle Donington|place]]; the mother does not
work and speaks little English. The paternal grandmother, [[Ferida Ajdini|name]], lives at [[Rruga e Shkollës 12|address]],
[[Restelica|place]] ([[+383 44 218 506|phone]]), and the family send money each month.

Why we are involved. On [[2 October 2026|date]] [[Elmedin|name]] (13) came to school with a split lip and told his form tutor, Ms
[[Aisha Qureshi|name]], that his father hit him with a belt because he was seen with a girl, [[Lacey|name]], at the park and "Gorani
boys don't do that". Police (DC [[Rob Severn|name]]) spoke with both parents; no further action on the understanding that a
single assessment would be done.

[[Elmedin|name]]'s view (seen alone, in English): "My dad is strict but not bad. He is tired from nights. He hit me once, only
once, with his belt. My mum cried. I do everything for them - letters, GP, the council, the phone to Nena [[Ferida|name]]." He
wants to go to [[Belgrade|place]] in the summer to see his cousins [[Amra|name]] and [[Denis|name]] and does not want to go to
[[Restelica|place]] "because
there is nothing there, only snow and sheep".

Parents' view (through Mr [[Milić|name]]): Mr [[Ajdini|name]] accepted he hit [[Elmedin|name]] and said "in Gora every father does
this, here
I learn it is not allowed". Mrs [[Ajdini|name]] said she was scared [[Medo|name]] would "become English and forget us". Both agreed
to the parenting course at the [[Alvaston|place]] family hub and to [[Elmedin|name]] having a mentor.

Analysis. One incident of physical chastisement with an implement, accepted, in a family under stress and with little
outside support; a young carer role for [[Elmedin|name]] that is too big; [[Arijana|name]] well cared for and happy. Recommendation:
child in need plan for 3 months, young carers' assessment (Derby Carers Centre), interpreter for every meeting (not
[[Elmedin|name]]), review [[15 February 2027|date]].
"""),
    ("Viber family chat in Serbian (Latin and Cyrillic) typed up and translated", """Viber group "[[Ajdini|name]] 🇬🇧🇷🇸" - messages
[[8-9 November 2026|date]], shown to the social worker by [[Elmedin|name]] on [[9/11|date]] and typed
up with his consent; translation by [[Zoran Milić|name]] (interpreter) in {braces}. Senders as saved in the phone.

[[08.11.2026|date]]
Tata: [[Medo|name]] gde si? {[[Medo|name]], where are you?}
[[Medo|name]]: kod [[Kiane|name]], idemo u [[derby|place]] centar {at [[Kiana|name]]'s, we're going to [[Derby|place]] centre}
Tata: ko je [[Kiana|name]]. kuci odma {who is [[Kiana|name]]. home now}
Mama: [[Неџаде|name]], пусти дете, [[Кијана|name]] је другарица из школе {[[Nedžad|name]], leave the boy, [[Kiana|name]] is a friend
from school}
Tata: ja radim noc a on se šeta po [[Alvastonu|place]] {I work nights and he walks around [[Alvaston|place]]}
[[Senad|name]] amidža: brate smiri se 😅 i moj [[Denis|name]] ima devojku u [[Voždovcu|place]] {brother calm down, my [[Denis|name]]
has a girlfriend in
[[Voždovac|place]] too}
Nena: ❤️ [[Медо|name]] мој. зовите ме у недељу {my [[Medo|name]] ❤️. call me on Sunday}
Mama: da nena, u nedelju posle ručka {yes nena, on Sunday after lunch}
[[Medo|name]]: ok
[[09.11.2026|date]]
[[Amra|name]]: [[Medo|name]] jesi gledao Zvezdu? {[[Medo|name]] did you watch Zvezda?} (the football club, not a person - interpreter)
[[Medo|name]]: ne, radio sam domaći za Mr [[Harrisa|name]] {no, I did homework for Mr [[Harris|name]]}
Tata: bravo sine. [[Medo|name]], izvini za juče {well done son. [[Medo|name]], sorry about yesterday}
Mama: 🙏
[[Senad|name]] amidža: poslao sam pare za nenu preko WU, šifra 662-118-4409 {I sent money for grandma by Western Union, code
662-118-4409}
Tata: hvala brate, a [[Ramiz|name]] iz [[Restelice|place]] kaže da je put zatvoren od snega {thanks brother, and [[Ramiz|name]] from
[[Restelica|place]]
says the road is closed by snow}
Nena: komšinica [[Hajrija|name]] mi je rekla da dolazi [[Šefket|name]] u [[Dragaš|place]] [[15.12.|date]] {my neighbour
[[Hajrija|name]] told me [[Šefket|name]] is
coming to [[Dragaš|place]] on [[15.12.|date]]}
"""),
    ("young carers service referral form", """DERBY CARERS CENTRE - YOUNG CARERS REFERRAL (under 18)
Section 1 - Young carer
First name: [[Elmedin|name]]      Surname: [[AJDINI|name]]      Known as: [[Medo|name]]      DOB: [[19 Jan 2013|dob]]   Age: 13
Address: [[46 Harvey Rd|address]], [[Alvaston|place]]            Postcode: [[DE24 0ER|postcode]]
School: [[Noel-Baker Academy|school]] (Year 8)      UPN: [[X831201116477|upn]]
Young person's mobile: [[07927 467 811|phone]]   OK to text? YES   Language at home: Gorani / Serbian ("naški")
Section 2 - Who they care for
1. Mother - [[Sabina AJDINI|name]] - low mood, little English, does not go out alone. [[Medo|name]] interprets at the GP (Alvaston
   Medical Centre), the Jobcentre and with the landlord (Mr [[Gurpal Johal|name]], [[07480 566 162|phone]]).
2. Sister - [[Arijana|name]] (7) - he takes her to [[Alvaston Junior|school]] on the days dad is asleep after nights.
3. Grandmother abroad - Nena [[Ferida|name]] in [[Restelica|place]], Kosovo - he rings her on WhatsApp and does her "papers" on the
   phone with his uncle [[Senad|name]] in [[Beograd|place]].
Section 3 - Parent/carer consent
Name: [[Nedžad Ajdini|name]]     Relationship: father      Phone: [[07831 585 490|phone]]
Signed: [[N. Ajdini|name]]       Date: [[17/11/2026|date]]      Interpreter present: [[Z. Milić|name]] (Serbian)
Section 4 - Referrer
Name: [[Hannah Greatorex|name]], Social Worker, Der Valley Council   Phone: [[01332 572 930|phone]]
Email: [[hannah.greatorex@dervalley.gov.uk|email]]
Other professionals: [[Jon Fairclough|name]] (Head of Year 8), school nurse [[Tracey Bull|name]], Early Help worker [[Marek
Nowicki|name]] ([[Alvaston|place]] hub)
What does the young person want? "A club where nobody needs me for an hour. Football or gaming. Not on Friday (mosque with
dad at the Jamia Mosque, [[Normanton|place]])."
Office use: received [[18/11/26|date]]; allocated to [[Bryony|name]] (YC worker); first visit Thurs [[26/11|date]].
"""),
    ("GP letter to the social worker, scanned and OCR'd", """Alvaston Medlcal Centre
Dr [[S. Varatharajan|name]] MRCGP    Dr [[Heler Crookes|name]]    Dr [[A Mahmood|name]]
[[20th November 2026|date]]
Private and confidentia1
Ms [[H Greatorex|name]]
Socia1 Worker, Locality East
Der Va1ley Council, Counci1 House, [[Derby|place]]
Dear Ms [[Greatorex|name]],
Re: Mrs [[Sabina AJDlNI|name]]   d.o.b. [[O9/O3/1988|dob]]   NHS [[730 227 4738|nhs]]
    [[46 Harvey Road|address]], [[Alvaston|place]], [[DE24 OER|postcode]]
    and children [[Elmedin|name]] ([[l9.0l.2013|dob]]) and [[Arijana|name]] ([[3O.O7.2019|dob]])
Thank you for your letter of [[lO/ll/2O26|date]] and for the consent signed by Mrs [[Ajdini|name]].
Mrs [[Ajdini|name]] has attended six times this year, always with her son as interpreter, which we accept is not appropriate
and have now flagged (Language Line, Serbian). On [[24/O9/2O26|date]] she described low mood, poor sleep and "no friends in
England"; PHQ-9 score 17. She was started on sertraline 5O mg and referred to Derby Talking Therapies, but did not attend
the assessment on [[l2 October|date]] as no one could go with her. She said her husband is "a good man, tired", and denied any
violence to her. She misses her mother in Kosovo and her sister [[Medina|name]] in [[Novi Pazar|place]].
[[Elmedin|name]] was seen by Dr [[Crookes|name]] on [[O3/lO/2O26|date]] with a 1 cm split to the lower lip, healing, and linear bruising
on the back of the left thigh, which he said was from "football". Dr [[Crookes|name]] shared this with the school nurse.
[[Arijana|name]] is up to date with her immunisations and has no concerns recorded.
Yours sincerely
[[S Varatharajan|name]]
Dr [[S. Varatharajan|name]], GP safeguarding lead
cc Mrs [[Tracey Bu11|name]], school nurse
"""),
]


# --- C. Masih / Gill family (Pakistani Punjabi Christian), Osmaston, Derby, with family in Lahore and Youhanabad ----------

HOME_C = d.Address("19 Cotton Lane", "Osmaston", "Derby", "DE24 8GQ")
GRAN_C = d.Address("House 212, Block C, Youhanabad", "Youhanabad", "Lahore", "")
AUNT_C = d.Address("5 Westwood Avenue", "", "Leicester", "LE3 0NL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Esther", "Masih")], dt.date(2015, 5, 17), addresses=[HOME_C], ids=["647 638 8452", "J831262216315"],
       schools=["Lord Street Primary School"]),
    _p("s", "sibling", [("Daniel", "Masih")], dt.date(2011, 8, 4), addresses=[HOME_C], ids=["400 738 8962"],
       schools=["Merrill Academy"]),
    _p("s2", "sibling", [("Samuel", "Masih")], dt.date(2022, 2, 11), addresses=[HOME_C], ids=["366 744 7833"]),
    _p("m", "mother", [("Rubina", "Masih"), ("Rubina", "Gill")], dt.date(1990, 11, 23), addresses=[HOME_C],
       phones=["07985 238 156"]),
    _p("f", "father", [("Shahzad", "Masih")], dt.date(1986, 4, 15), addresses=[HOME_C], phones=["07593 201 628"],
       ids=["NE 17 39 84 C"]),
    _p("g", "grandparent", [("Parveen", "Gill")], addresses=[GRAN_C], phones=["+92 300 418 2763"]),
    _p("a", "aunt", [("Saima", "Gill")], addresses=[AUNT_C], phones=["07585 943 315"]),
    _p("p1", "professional", [("Rhiannon", "Tagg")], phones=["01332 208 447"], emails=["rhiannon.tagg@dervalley.gov.uk"]),
], "c")

DOCS_C = [
    ("social worker's home visit case note", """CASE NOTE - Home visit (announced)                    Recorded by:
[[Rhiannon Tagg|name]], SW, Locality South
Date of visit: Tuesday [[10 November 2026|date]], 16:00-17:25     Recorded: [[11/11/2026|date]] 09:40
Present: Mrs [[Rubina Masih|name]] (mother), [[Esther|name]] (11), [[Samuel|name]] (4); [[Daniel|name]] (15) came in at 16:50;
interpreter
[[Farah Anwar|name]] (Urdu/Punjabi, Language Empire). Mr [[Shahzad Masih|name]] was at work (taxi, Derby Cabs).
Address: [[19 Cotton Lane|address]], [[Osmaston|place]], [[DE24 8GQ|postcode]]

Purpose: to see [[Esther|name]] after her disclosure at school on [[6/11|date]] that her father "slaps mummy when the phone bill comes"
and that her brother [[Daniel|name]] had pushed him away.

The home: two-bed terrace, clean and warm, a picture of Jesus and a wooden cross in the front room, a calendar from St
Thomas's Church. [[Samuel|name]] sleeps with his parents; [[Esther|name]] shares with [[Daniel|name]] behind a curtain, which she hates.

[[Esther|name]], seen alone in the kitchen (in English): She said "Papa is not always angry, only with money". On the
Saturday before Bonfire Night he threw the remote at her mum and it hit [[Samuel|name]]'s cheek. She says [[Daniel|name]] stood in
front of
mum. She prays at night for "Papa to be soft like at church". She wants to stay at home and wants her mum's sister, [[Saima|name]]
khala, who lives in [[Leicester|place]], to come more. Her best friend is [[Grace Okonkwo|name]] from her class at
[[Lord Street|school]].

Mrs [[Masih|name]] (through the interpreter): She was married in [[Lahore|place]] in 2010 and came in 2014 on a spouse visa. She said
her
husband is under pressure sending money to his brother [[Imran|name]] in [[Youhanabad|place]] after the church there was attacked
and to her mother, [[Parveen Gill|name]], who is ill. She agreed he slapped her "two, three times this year" and threw the remote.
She did not want the police. Pastor [[Javed Bhatti|name]] of the Urdu fellowship at St Thomas's knows and "has talked to him".
She gave her sister's number ([[07585 943 315|phone]]) and her mother's in [[Lahore|place]] ([[+92 300 418 2763|phone]]).

[[Daniel|name]] (briefly, in the hall): "I'm not scared of him. I'm bigger now." He goes to [[Merrill|school]] and plays cricket at
Sinfin Cricket Club on Sundays after church. He asked me not to tell his dad he had spoken.

Plan: DASH with mum at the next visit without the children; MARAC threshold to be checked with my TM, [[Owen Bratby|name]];
[[Esther|name]]'s bedroom - letter to Derby Homes for a transfer; referral for Mr [[Masih|name]] to a perpetrator programme
(Change Grow Live); see Mr [[Masih|name]] on [[17/11|date]] at 10.00 at the office.
"""),
    ("pastor's letter of support to a child protection conference", """The Urdu Fellowship at St Thomas's
(meeting in the church hall, [[Pear Tree Road|address]])
                                                                                         [[14th November 2026|date]]
To the Chair of the Conference, Der Valley Council

Dear Sir or Madam,
Re: the family of [[Shahzad|name]] and [[Rubina Masih|name]], [[19 Cotton Lane|address]], [[Osmaston|place]]

I write at the request of brother [[Shahzad|name]] and sister [[Rubina|name]], who have worshipped with us since 2014, when they came
from
[[Lahore|place]]. I am the pastor of our small Pakistani Christian congregation (about forty families from [[Normanton|place]],
[[Osmaston|place]],
[[Pear Tree|place]] and [[Sinfin|place]], and some from [[Burton|place]]). My name is Pastor [[Javed Bhatti|name]]; I was ordained in
the Church of
Pakistan in [[Sialkot|place]] and serve here under Revd Canon [[Peter Ashworth|name]].

I have known the children since they were small. [[Daniel|name]] plays the tabla in worship and helps me with the projector.
[[Esther|name]] sings in the children's choir with my daughters, [[Miriam|name]] and [[Hannah Bhatti|name]], and reads the Urdu Bible
better
than many adults. Little [[Sami|name]] runs up and down the aisle like all the little ones.

I must be honest with you, as our Lord asks. In September sister [[Rubina|name]] told my wife, [[Nasreen|name]], that her husband
had struck her. I spoke to brother [[Shahzad|name]] on [[20 September|date]] after the evening service. He was ashamed. He told me about
his debts and the money he sends to [[Youhanabad|place]] and to his mother-in-law, and that his brother [[Imran Masih|name]] lost his
shop
there. I told him that a man who hits his wife or his children sins against God and breaks the law of this country. I
offered that he meet me every Thursday; he has come four times.

Our community can help: my wife and Mrs [[Shamim Gill|name]] (no relation to sister [[Rubina|name]]'s family) will visit sister
[[Rubina|name]] each week; [[Esther|name]] may stay with us on [[Dairy House Road|address]] when she needs to. But I ask you to
understand that in our
community, which was persecuted at home, people are frightened of police and of families being broken. Please use a female
Urdu interpreter and please do not meet them on Sunday mornings.

Yours in Christ,
Pastor [[J. Bhatti|name]]
[[07402 537 223|phone]]
"""),
    ("a girl's own letter to her social worker, in English with Urdu, handwritten and typed up", """Typed up by [[R. Tagg|name]] from
[[Esther|name]]'s letter (lined paper, pink pen), given to me at [[Lord Street Primary|school]] on
[[19/11/2026|date]]. Her spelling kept. Urdu written as she wrote it, with my interpreter's reading after it in brackets.

Dear [[Rhiannon|name]]
This is [[Esther|name]] [[Masih|name]] from [[Cotton lane|address]]. I am writing because you said I can write if its to hard to say.
Since you came Papa has not shouted so much. He goes to Pastor [[Javed|name]] on thursdays and comes home and is quiet.
[[Dani|name]] says it will not last but [[Dani|name]] is always grumpy becuase he is 15.
Mummy cried on the phone to نانی جان - no wait I mean to Nani in [[Lahore|place]] - Nani [[پروین|name]] ([[Parveen|name]]).
Nani is poorly and Mummy wants to go to Pakistan in the holidays but we have no money. [[Saima|name]] khala said she will
help. She lives in [[leicester|place]] near the big Asda.
At school [[Grace|name]] and [[Amelia-Rose|name]] know a bit. Mrs [[Hollingsworth|name]] lets me do jobs at lunch.
I do not want to go to foster care. [[Hannah|name]] from church said they take you away to [[nottingham|place]].
Please can I have my own room. [[Sami|name]] wakes up in the night and [[Dani|name]] plays his phone till 2.
My wish: 1. Papa kind always  2. a room  3. Nani gets better  4. go to [[Sialkot|place]] to see where Papa was born.
خدا آپ کو برکت دے (God bless you)
from [[Esther|name]] ([[ایستھر|name]]) age 11 and a half
P.S. my birthday is on the [[17th of May|dob]] if you want to know.
"""),
    ("health visitor's two-year review record for the youngest child", """HEALTH VISITING - 2-2.5 YEAR REVIEW (late: done at 4y 9m as
missed)       SystmOne summary
Child: [[MASIH, Samuel|name]]   DOB: [[11-Feb-2022|dob]]   NHS No: [[366 744 7833|nhs]]   GP: Osmaston Surgery
Parent present: mother ([[Rubina|name]]), with interpreter by phone ([[Shaheen|name]], Urdu, via DHU)
Venue: home, [[19 Cotton Lane|address]], [[DE24 8GQ|postcode]]   Date: [[24-Nov-2026|date]]   HV: [[Clare Pymm|name]] (Band 6),
[[Osmaston|place]] team
Previous contacts: NBV [[18-Feb-2022|date]] ([[J. Lowe|name]]); 6-8 week [[01-Apr-2022|date]]; 1 yr DNA [[14-Mar-2023|date]] and
[[02-May-2023|date]]; 2 yr DNA x2 (letters to [[19 Cotton Ln|address]]).
ASQ-3: communication 25 (below cut-off), gross motor 55, fine motor 45, problem solving 40, personal-social 30.
Speaks mostly Punjabi at home, "some English from YouTube".
Growth: weight 16.1 kg (50th), height 103 cm (50th). Teeth: 2 carious lower molars - referred to the Community Dental
Service, [[Osmaston Road|address]].
Injury: mother asked about the mark on the cheek in the photo [[Esther|name]] showed school - fully healed, nothing seen.
DA enquiry: mum seen alone (husband at work); she disclosed "slaps" and said the social worker knows. HV safety-planned,
gave the Derby Domestic Abuse Support Line card.
Family: father [[Shahzad|name]] ([[07593 201 628|phone]]); siblings [[Esther|name]] 11 and [[Daniel|name]] 15; maternal aunt
[[Saima Gill|name]]
in [[Leicester|place]] (not on the household). Nursery: offered a 2-year-old funded place at [[Little Lambs Nursery|school]],
[[Normanton|place]] - mum
to think.
Plan: referral to Speech and Language (Derbyshire Community Health Services); liaise with SW [[R Tagg|name]]; review
[[26-Jan-2027|date]].
"""),
]


# --- D. Bostock / Ratcliffe family (white British), Allenton, Derby -------------------------------------------------------

HOME_D = d.Address("112 Osmaston Park Road", "Allenton", "Derby", "DE24 9AD")
DAD_D = d.Address("7 Beech Avenue", "", "Ripley", "DE5 3QP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Bostock")], dt.date(2012, 6, 29), addresses=[HOME_D], ids=["724 090 5942", "Z831212916525"],
       phones=["07415 940 738"], schools=["Lees Brook Academy"]),
    _p("s", "sibling", [("Kyle", "Bostock")], dt.date(2007, 3, 2), addresses=[HOME_D], phones=["07897 660 488"]),
    _p("m", "mother", [("Michelle", "Bostock")], dt.date(1986, 9, 18), addresses=[HOME_D], phones=["07764 503 474"]),
    _p("sf", "stepfather", [("Gary", "Ratcliffe")], dt.date(1979, 1, 5), addresses=[HOME_D], phones=["07592 117 693"]),
    _p("f", "father", [("Darren", "Bostock")], dt.date(1984, 12, 12), addresses=[DAD_D], phones=["07989 180 801"]),
    _p("p1", "professional", [("Liam", "Oldershaw")], phones=["01332 643 219"], emails=["liam.oldershaw@dervalley.gov.uk"]),
], "c")

DOCS_D = [
    ("police missing person log (Compact-style extract)", """DERBYSHIRE CONSTABULARY - MISSING PERSON REPORT - EXTRACT FOR PARTNER
AGENCY
MFH ref: MP/26/D/04417     Risk: HIGH (raised from MEDIUM [[21/11/2026|date]] 23:10)     Episode: 6th in 2026
Subject: [[BOSTOCK, Tayla Jade|name]]   DOB [[29/06/2012|dob]]   Age 14   F   White British
Home address: [[112 Osmaston Park Road|address]], [[Allenton|place]], [[DERBY|place]] [[DE24 9AD|postcode]]
Reported by: mother [[BOSTOCK, Michelle|name]] ([[07764 503 474|phone]]) at 21:55 on Sat [[21/11/2026|date]]
Mobile: [[07415 940 738|phone]] (off since 19:30)   Snapchat: tay.tay.x12   TikTok: taylaaa_b
Description: 5'3", slim, long dyed red hair, black North Face puffer, grey joggers, white Air Force 1s.

Log
21:55 Call from mother. Last seen 18:45 leaving home "to [[Leah|name]]'s". [[Leah Ripley|name]] (14), [[Sinfin|place]], says
[[Tayla|name]] never
arrived. Previous: found at [[Normanton|place]] address ([[Flat 6, 203 Normanton Road|address]]) [[08/11|date]] with older males.
22:20 PC 3391 [[Hughes|name]] to [[Flat 6, 203 Normanton Rd|address]]: no reply. Neighbour at flat [[5|address]] (Mr
[[Abdi Warsame|name]]) says
"young girls come and go" and a silver Audi A3 [[FN19 KXD|vehicle]] parks outside most nights.
22:45 Stepfather [[Gary Ratcliffe|name]] rang 101: [[Tayla|name]] messaged brother [[Kyle|name]] at 22:31 "im safe stop ringing".
[[Kyle|name]]
([[07897 660 488|phone]]) shown the message to PC [[Hughes|name]].
23:10 Risk raised to HIGH: CSE/CCE markers, [[FN19 KXD|vehicle]] linked to [[Jordan HIBBERT|name]] (22, aka "[[J-Dot|name]]",
"[[Jordy|name]]"),
known for supply in [[Allenton|place]] and [[Alvaston|place]]. Duty insp Insp [[R. Kaur|name]] informed.
00:40 ANPR hit [[FN19 KXD|vehicle]] on the A6 at [[Alvaston|place]] heading south; then A50 [[Chellaston|place]] 00:52.
02:15 Found: [[Tayla|name]] at Toton Lane tram stop, [[Stapleford|place]], with [[Shannon-Leigh Cope|name]] (15, from
[[Long Eaton|place]]).
Taken home by PCs [[Hughes|name]] and [[Clay|name]]. Smelled of cannabis, two new phones (one unlocked, one "[[Jordy|name]]'s"),
£140 in cash. Said she was "at a party in [[Nottingham|place]]" and "got a lift from a boy called [[Mikey|name]]".
02:55 Safe and well check at home. Mother and [[Kyle|name]] present; stepfather in bed. [[Tayla|name]] refused to talk.
Return home interview requested from Der Valley Council (Missing Team) - [[Liam Oldershaw|name]].
Officer in case: PC 3391 [[HUGHES, Carys|name]]     Supervisor: Sgt [[Dan Whitmore|name]]    Closed: [[22/11/2026|date]] 03:10
"""),
    ("return home interview record", """RETURN HOME INTERVIEW - Der Valley Council Missing Team
Young person: [[Tayla Bostock|name]]   DOB [[29.06.2012|dob]]   Episode: [[21-22 November 2026|date]] (MP/26/D/04417)
RHI by: [[Liam Oldershaw|name]] (Missing Worker), [[01332 643 219|phone]], [[liam.oldershaw@dervalley.gov.uk|email]]
Offered: [[23/11|date]] (declined), [[24/11|date]] (done, 15:40-16:35)   Where: McDonald's, [[Osmaston Park Rd|address]] - her choice,
not home
Within 72 hours: YES

Why did you go? "Cos home is rubbish. [[Gary|name]] is always on at me and mum takes his side. [[Kyle|name]]'s never in."
Where did you go? She would not say at first. Then: "a flat off [[Normanton Road|address]], then a party in [[Bulwell|place]] I think,
then
[[Stapleford|place]]". Said she went in a car with "[[Jord|name]]" and a lad called [[Mikey|name]] who drove. She knows [[Jord|name]]
from "when I was 13, at
[[Allenton|place]] shops, by the Co-op". She said he is "like 19" (police say 22).
Who were you with? [[Shannon-Leigh|name]] ("my best mate from [[Long Eaton|place]], we met on Snap"), [[Jord|name]], [[Mikey|name]],
and "some girls I didn't
know, one called [[Paris|name]]". I asked if [[Paris|name]] was a name or a place: "a name, she's from [[Arnold|place]]".
Did anyone hurt you / ask you to do anything? "No." Later: "[[Jord|name]] says I owe him for the phone and the weed but it's not
like that, he's my boyfriend." She said she "held a bag" at the flat. I explained grooming and debt bondage; she rolled her eyes
but listened.
What would help? "If I could live at my dad's in [[Ripley|place]]. [[Darren|name]] is chill. Or my nan's." (Paternal nan:
[[Maureen Bostock|name]],
[[Heanor|place]], number not given.) She would like to go back to boxing at Allenton Boxing Club on Tuesdays.
School: [[Lees Brook|school]], Year 10; says she goes "mostly". School says 62% this term (attendance officer Mrs
[[Janine Udall|name]]).
Push factors: conflict with stepdad; mum's drinking ([[Tayla|name]]'s word: "she's on the wine every night since Nanna [[Pat|name]]
died").
Pull factors: [[Jord|name]]/[[Jordan|name]], money, weed, attention, [[Shannon-Leigh|name]].
Risk: CCE and CSE - HIGH. Shared with the MACE coordinator ([[Sunita Bains|name]]) and the allocated SW, [[Marie Dakin|name]].
Actions: NRM referral to be considered at MACE on [[2 December 2026|date]]; disruption - CAWN notice for [[Jordan Hibbert|name]];
referral to
Safe and Sound; father [[Darren Bostock|name]] ([[07989 180 801|phone]]) to be assessed as a placement option at
[[7 Beech Avenue|address]].
"""),
    ("Snapchat messages from a phone download, typed up for a strategy meeting", """Derbyshire Constabulary - Digital Media
Investigation - EXTRACT (redacted for partners) - Exhibit CH/3
Device: Samsung A15 (seized [[22/11/2026|date]] from [[Tayla BOSTOCK|name]]) - Snapchat chats recovered (saved messages only)
Prepared by: DC [[Nathan Spendlove|name]] for the strategy meeting on [[27/11/2026|date]]. Times BST/GMT as on the device.

Chat with: "jdot🦅" (username j.dot.dbx; display name "[[Jordy|name]]")
[[19/11/2026|date]] 16:02 jdot: wer u at
[[19/11/2026|date]] 16:03 [[Tayla|name]]: skl finish 3.20 but im at [[allenton|place]] co op now
[[19/11/2026|date]] 16:03 jdot: come [[normanton rd|address]]. [[mikey|name]] picks u up by the bingo
[[19/11/2026|date]] 16:10 [[Tayla|name]]: cant mum says im grounded after last time
[[19/11/2026|date]] 16:11 jdot: u owe me 200 [[tay|name]] dont forget. [[shan|name]] already doin hers
[[20/11/2026|date]] 22:47 jdot: saturday. [[stapleford|place]] ting. bring [[leah|name]]
[[20/11/2026|date]] 22:49 [[Tayla|name]]: [[leah|name]] wont her mums strict. [[shannon|name]] will
Chat with: "[[Shan|name]] 💕" (display name "[[Shannon-Leigh C|name]]")
[[21/11/2026|date]] 18:20 [[Shan|name]]: u comin? ill meet u at [[long eaton|place]] bus stn, [[jordy|name]] says [[mikey|name]] drives
[[21/11/2026|date]] 18:22 [[Tayla|name]]: ye. dont tell [[kyle|name]] hes a grass lol
[[21/11/2026|date]] 18:24 [[Shan|name]]: [[paris|name]] comin too from [[arnold|place]]
Chat with: "[[Kyle|name]] bro" (display name "[[Kyle Bostock|name]]")
[[21/11/2026|date]] 22:31 [[Tayla|name]]: im safe stop ringing
[[21/11/2026|date]] 22:33 [[Kyle|name]]: [[tay|name]] where r u. mum is crying. [[gary|name]] is gonna ring police
[[21/11/2026|date]] 22:40 [[Kyle|name]]: if ur with [[jordan hibbert|name]] im comin. i know his mum lives on
[[Bembridge Drive|address]]
Chat with: "Dad" (display name "[[Darren|name]]")
[[22/11/2026|date]] 09:15 Dad: heard from your mum. you can come to mine in [[Ripley|place]] whenever [[tay|name]]. no questions. love
dad x
Note: "jdot" is [[Jordan HIBBERT|name]] (attribution from subscriber checks, phone [[07550 551 629|phone]]).
"""),
    ("child exploitation screening tool, filled in by a school DSL", """CHILD EXPLOITATION RISK ASSESSMENT TOOL (school version) - Der
Valley Safeguarding Partnership
Completed by: Mr [[Stuart Lathbury|name]], DSL, [[Lees Brook Community School|school]]      Date: [[25 Nov 2026|date]]
Child: [[BOSTOCK Tayla|name]]     DOB: [[29 Jun 2012|dob]]     Year: 10     UPN: [[Z831212916525|upn]]
Address: [[112 Osmaston Pk Rd|address]], [[Allenton|place]] [[DE24 9AD|postcode]]      Parent/carer: [[Michelle Bostock|name]] /
[[Gary Ratcliffe|name]]
Other adults: father [[Darren Bostock|name]] ([[Ripley|place]]); brother [[Kyle|name]] (19)

Indicator                                   | Y/N | Evidence (who, when)
Missing from home/care                      | Y   | 6 episodes this year, last [[21/11|date]] (police)
Absent from school / part days              | Y   | 62%; leaves after reg on Fridays; seen at [[Allenton|place]] shops in school time by
                                            |     | Mrs [[Udall|name]] on [[13/11|date]]
Unexplained money, phones, clothes          | Y   | new iPhone and Canada Goose-style coat since half term (Ms [[Tina Ellis|name]], HoY)
Older "boyfriend"                           | Y   | "[[Jordy|name]]" - told friend [[Olivia Chester|name]] he is 22 and has a car
Association with exploited peers            | Y   | [[Shannon-Leigh Cope|name]] ([[Long Eaton|place]]), known to Nottinghamshire?? -
see below
Drugs / alcohol                             | Y   | smelled of cannabis [[16/10|date]], [[4/11|date]]
Sexual health concerns                      | ?   | asked the school nurse ([[Sue Brailsford|name]]) about the morning-after pill
[[10/11|date]]
Online risk                                 | Y   | Snapchat map on; adds strangers
Self-harm                                   | N   |
Going to areas out of town                  | Y   | [[Nottingham|place]], [[Bulwell|place]], [[Stapleford|place]]
Family stress                               | Y   | mum bereaved (maternal nan [[Pat Tunnicliffe|name]] died [[3 Aug 2026|date]]);
conflict with stepdad

Score: 29 (HIGH).  Child's voice: "Everyone's making a big deal. I'm fine." (to Miss [[Ellis|name]], [[24/11|date]])
Friends named by [[Tayla|name]] or others: [[Leah Ripley|name]], [[Olivia Chester|name]], [[Shannon-Leigh|name]], [[Paris|name]]
(surname not known), [[Ruby-Mae
Fretwell|name]].
Passed to: SW [[Marie Dakin|name]]; MACE coordinator [[Sunita Bains|name]]; PC [[Carys Hughes|name]] (Missing from Home).
Signed: [[S. Lathbury|name]]
"""),
]


# --- E. Campbell / Tomlinson family (Black British Jamaican and white British), Mackworth, Derby -------------------------

GRAN_E = d.Address("33 Prince Charles Avenue", "Mackworth", "Derby", "DE22 4BG")
OLD_E = d.Address("Flat 9, Clarence Court", "Chaddesden", "Derby", "DE21 6PL")
DAD_E = d.Address("14 Hope Road", "Liguanea", "Kingston", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jaden-Lee", "Tomlinson")], dt.date(2018, 2, 14), addresses=[GRAN_E, OLD_E],
       ids=["219 226 6987", "K831232019550"], schools=["Ash Croft Primary Academy"]),
    _p("s", "sibling", [("Kezia", "Campbell")], dt.date(2021, 10, 6), addresses=[GRAN_E, OLD_E], ids=["815 136 6311"]),
    _p("m", "mother", [("Shanice", "Campbell")], dt.date(1997, 7, 21), addresses=[OLD_E], ids=["PB 55 20 93 A"]),
    _p("f", "father", [("Ryan", "Tomlinson")], dt.date(1995, 3, 30), phones=["07904 919 003"]),
    _p("f2", "father", [("Kemar", "Reid")], dt.date(1994, 8, 17), addresses=[DAD_E], phones=["+1 876 927 4410"]),
    _p("g", "grandparent", [("Hyacinth", "Campbell")], dt.date(1963, 4, 9), addresses=[GRAN_E],
       phones=["07531 924 917", "01332 208 448"]),
    _p("p1", "professional", [("Joanne", "Spray")], phones=["01332 643 220"], emails=["joanne.spray@dervalley.gov.uk"]),
], "c")

DOCS_E = [
    ("special guardianship assessment, extract on the grandmother's history and network", """SPECIAL GUARDIANSHIP ASSESSMENT (Schedule
to the SG Regulations 2005) - EXTRACT, SECTIONS C AND F
Prospective special guardian: Mrs [[Hyacinth Eugenie CAMPBELL|name]], born [[9th April 1963|dob]] in [[May Pen|place]], Clarendon
Children: [[Jaden-Lee TOMLINSON|name]] (born [[14/02/2018|dob]]) and [[Kezia CAMPBELL|name]] (born [[06/10/2021|dob]])
Assessor: [[Joanne Spray|name]], Kinship Care Team ([[joanne.spray@dervalley.gov.uk|email]], [[01332 643 220|phone]])
Home: [[33 Prince Charles Avenue|address]], [[Mackworth|place]], [[Derby|place]] [[DE22 4BG|postcode]]

C. The applicant's history
Mrs [[Campbell|name]] (she asks to be called "Miss [[Hy|name]]" by professionals and "Granny [[Hy|name]]" is what the children call
her) came to
[[Derby|place]] from Jamaica in 1974 aged 11 to join her mother, [[Lurline Campbell|name]], a nurse at the old Derbyshire Royal
Infirmary. She grew up on [[Empress Road|address]] in [[Normanton|place]] and went to [[Bemrose School|school]]. She worked for 31
years at
Rolls-Royce on [[Victory Road|address]] and then as a dinner lady at [[Ash Croft|school]]. She married [[Clinton Campbell|name]] in
1983 at the New
Testament Church of God on [[Dairy House Road|address]]; he died in 2019. They had three children: [[Shanice|name]] (29, the children's
mother), [[Marcia|name]] (40, a midwife in [[Leicester|place]]) and [[Dwayne|name]] (37, in [[Toronto|place]],
[[+1 416 738 2291|phone]]).

She has looked after [[Jaden-Lee|name]] and [[Kezia|name]] since [[3 March 2026|date]], when their mother was remanded to HMP Foston
Hall and
the children were found alone in the flat at [[Flat 9, Clarence Court|address]], [[Chaddesden|place]], by a neighbour, Mr [[Kwame
Asante|name]]. [[Shanice|name]] was sentenced on [[18/06/2026|date]] at Derby Crown Court to 3 years 4 months; release on licence
expected April 2028.

F. The children's fathers
[[Jaden-Lee|name]]'s father is [[Ryan Tomlinson|name]] (31), white British, who lives with his partner in [[Swadlincote|place]] and sees
[[Jaden-Lee|name]] every other Sunday at Markeaton Park ("the dinosaur park"). He supports the order and phoned me from
[[07904 919 003|phone]] on [[9/10/2026|date]]. His mother, Mrs [[Glenys Tomlinson|name]], lives in [[Church Gresley|place]].
[[Kezia|name]]'s father is [[Kemar Reid|name]] (32), who was removed to Jamaica in 2023 and lives at [[14 Hope Road|address]],
[[Liguanea|place]], [[Kingston|place]] ([[+1 876 927 4410|phone]]). I spoke to him by WhatsApp video on [[22 October 2026|date]]; his
sister
[[Tanisha Reid|name]] interpreted the patois in places. He agrees, and asked that [[Kezia|name]] keep "[[Reid|name]]" as a middle name
and
know her cousins [[Shavon|name]] and [[Akeem|name]] in [[Spanish Town|place]].
"""),
    ("grandmother's WhatsApp voice notes transcribed by the social worker", """Voice notes from Mrs [[Hyacinth Campbell|name]]
([[07531 924 917|phone]]) to [[Joanne Spray|name]]'s work phone, transcribed word for word by
[[J. Spray|name]] on [[30/11/2026|date]]. Timings from WhatsApp. [inaudible] where I could not hear.

Voice note 1 - Fri [[27 Nov|date]] 07:52 (1:48)
"Morning [[Joanne|name]], is [[Hyacinth|name]]. Listen nuh, mi did get di letter from di court for di twenty-first, di [[21st of
December|date]], and mi cyaan go 'cause [[Kezia|name]] have her nativity at [[Ash Croft|school]] same morning, she a di donkey,
[laughs] so
mi want to know if it can change. Also [[Jaden|name]] fada, [[Ryan|name]], him say him can come wid mi to court if mi need him,
him a good bwoy really, [[Ryan|name]]. And mi talk to [[Shanice|name]] on di prison phone last night from Foston, she seh tell you
she sign di paper dem. OK. Call mi back, darling. Bless."

Voice note 2 - Fri [[27 Nov|date]] 13:20 (0:41)
"[[Joanne|name]] again. Sorry fi bodder yuh. Di school ring, Mrs [[Pickering|name]], seh [[Jaden-Lee|name]] was fighting wid a likkle
bwoy named
[[Tyler|name]] [inaudible] him call [[Jaden|name]] mudda a jailbird. Mi gaan fi pick him up now. Mi nah vex wid him, mi vex wid di
next one."

Voice note 3 - Sat [[28 Nov|date]] 18:05 (2:10)
"Hi [[Joanne|name]]. Mi son [[Dwayne|name]] call from [[Toronto|place]], him can send money for di children school shoes dem, but him
want to know if him can be on di paper too, as back-up, you understand? And mi sister [[Pearline|name]], [[Pearl|name]], in
[[Handsworth|place]],
[[Birmingham|place]], she seh [[Kezia|name]] can go by her for half term. Her number is [[0121 554 3309|phone]]. Oh, and
[[Kemar|name]] send a voice
note fi [[Kezia|name]] from [[Kingston|place]] for her birthday, which was di [[6th of October|dob]], mi play it to her an' she cry. Mi
neighbour [[Lorna|name]] from number [[35|address]] will sit wid di pickney Tuesday when mi go to di doctor at Mackworth Health
Centre. OK darling, walk good."

Voice note 4 - Sun [[29 Nov|date]] 21:40 (0:17)
"[[Joanne|name]], mi forget: [[Jaden-Lee|name]] NHS number you did ask for, it's [[219 226 6987|nhs]]. Goodnight."
"""),
    ("prison family engagement worker's email about a mother's video calls", """From: [[Bernadette Quinn|name]]
<[[b.quinn@pact.org.uk|email]]>
To: [[joanne.spray@dervalley.gov.uk|email]]
Cc: OMU HMP Foston Hall
Date: Thu, [[3 Dec 2026|date]] 11:26
Subject: RE: [[CAMPBELL|name]] A4418EW - children's contact / Purple Visits

Hi [[Jo|name]],

Thanks for the call yesterday. Picking up your points:

1. [[Shanice|name]] ([[Shanice Campbell|name]], DOB [[21.07.1997|dob]], on Bonsall wing) has been approved for Purple Visits video calls
with [[Jaden-Lee|name]] and [[Kezia|name]] on Sundays at 14:00, with Mrs [[Campbell|name]] supervising at home. The first was on [[29
November|date]] and went well from our side; [[Kezia|name]] showed her mum the donkey ears.
2. The family day on [[19 December|date]] (10-2): Mrs [[Campbell|name]] will need to be at the visitors' centre by 9.15. [[Ryan
Tomlinson|name]] has asked to bring [[Jaden-Lee|name]] himself - [[Shanice|name]] is OK with that if you are.
3. [[Shanice|name]] asked me to pass on that she does not want [[Kemar|name]] to have her address or to "be in [[Kezia|name]]'s head",
but she
does agree he can send voice notes through her mum.
4. Her offender manager is [[Priti Ladwa|name]] (PDU [[Derby|place]] City); POM in custody [[Graham Toplis|name]].
5. ROTL: not eligible until 2027.

Kind regards,
[[Bernie|name]]
[[Bernadette Quinn|name]] | Family Engagement Worker, Pact at HMP Foston Hall | [[07517 787 370|phone]]
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Held: Saturday [[5th December 2026|date]], 11am, at the home of Mrs [[Hyacinth Campbell|name]], [[33 Prince Charles Ave|address]],
[[Mackworth|place]]
Coordinator: [[Dele Adeyemi|name]] (independent FGC coordinator)      Social worker: [[Joanne Spray|name]] (information giving only)
Family present: [[Hyacinth Campbell|name]] (Granny [[Hy|name]]); [[Marcia Campbell-Boyce|name]] (aunt, from [[Leicester|place]]);
[[Ryan Tomlinson|name]]
([[Jaden-Lee|name]]'s dad) and his partner [[Stacey Mellor|name]]; great-aunt [[Pearline Walters|name]] ([[Handsworth|place]]); family
friend
[[Lorna Bailey|name]] (neighbour, no. [[35|address]]); [[Dwayne Campbell|name]] by video from [[Toronto|place]]; [[Shanice|name]] by a
letter read out
by [[Marcia|name]]. [[Kemar Reid|name]] sent a voice note (played). Children: [[Jaden-Lee|name]] (8) joined for lunch; [[Kezia|name]]
(5) played
upstairs with [[Lorna|name]]'s granddaughter [[Aaliyah|name]].

What the family agreed
1. Home: [[Jaden-Lee|name]] and [[Kezia|name]] live with Granny [[Hy|name]]. She applies for a special guardianship order;
[[Marcia|name]] helps
   with the forms and comes the 1st Saturday of every month.
2. School runs: Mon/Tue Granny [[Hy|name]]; Wed [[Lorna|name]]; Thu/Fri [[Stacey|name]] drops [[Jaden-Lee|name]] (she works at the
Co-op on
   [[Radbourne Street|address]]). Pick-up from [[Ash Croft|school]] breakfast club: [[Lorna|name]] if Granny [[Hy|name]] is at the
hospital.
3. Respite: one weekend a month at [[Ryan|name]]'s in [[Swadlincote|place]] for [[Jaden-Lee|name]]; half terms with [[Pearline|name]]
in [[Handsworth|place]]
   for [[Kezia|name]] (first one [[15-19 February 2027|date]]).
4. Mum: Purple Visits every Sunday; a letter from each child every fortnight; [[Marcia|name]] takes the children to the family day
   on [[19/12/2026|date]] if Granny [[Hy|name]]'s knee is bad.
5. Dad in Jamaica: voice notes through Granny [[Hy|name]]; a photo book sent to [[Liguanea|place]] by Christmas via [[Tanisha|name]].
6. Money: [[Dwayne|name]] sends CAD 200 a month (Remitly) towards uniforms and clubs; [[Ryan|name]] pays for [[Jaden-Lee|name]]'s
   football at Mackworth Juniors.
7. If Granny [[Hy|name]] is ill: [[Marcia|name]] comes from [[Leicester|place]]; [[Jaden-Lee|name]]'s number [[07531 924 917|phone]]
is Granny's mobile;
   the home phone is [[01332 208 448|phone]].
Review FGC: [[6 March 2027|date]], same place. Copies to all above.
"""),
]


# --- F. Hardwick / Ashby family (white British), Chellaston, Derby, with a grandfather at Ticknall ---------------------

HOME_F = d.Address("Flat 2, 18 Swarkestone Road", "Chellaston", "Derby", "DE73 5UB")
GRANDAD_F = d.Address("Sunnyside, 4 Main Street", "Ticknall", "Derby", "DE73 7JZ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Willow", "Ashby")], dt.date(2026, 8, 19), addresses=[HOME_F], ids=["797 214 3919"]),
    _p("s", "sibling", [("Brooke", "Hardwick")], dt.date(2019, 5, 7), addresses=[HOME_F], ids=["257 763 1715", "L831287016670"],
       schools=["Chellaston Fields Spencer Academy"]),
    _p("m", "mother", [("Jodie", "Hardwick")], dt.date(2000, 1, 26), addresses=[HOME_F], phones=["07401 599 475"]),
    _p("f", "father", [("Connor", "Ashby")], dt.date(1999, 11, 11), addresses=[HOME_F], phones=["07985 900 186"],
       ids=["JH 48 20 71 C"]),
    _p("g", "grandparent", [("Derek", "Hardwick")], dt.date(1958, 6, 3), addresses=[GRANDAD_F], phones=["01283 819 442"]),
    _p("p1", "professional", [("Amrit", "Dhesi")], phones=["01332 643 221"], emails=["amrit.dhesi@dervalley.gov.uk"]),
], "c")

DOCS_F = [
    ("social worker's phone notes typed fast between visits", """phone notes AD [[1/12|date]] - to write up properly later
0915 rang mum [[07401 599 475|phone]] no ans. txt sent
0922 [[jodie|name]] rang back. baby [[willow|name]] ok, had 4oz at 6. [[connor|name]] at work (warehouse [[castle donington|place]],
nights). [[brooke|name]]
 at school. says HV [[claire|name]]? no - [[kerry|name]] from the hv team coming thurs. mum sounded flat. asked re meds - "forgot".
0940 HV [[Kerry Bampton|name]] rang (01332 888 091 is switchboard, her mob [[07904 919 004|phone]]?? check) - [[willow|name]] weight
4.1kg
 at 15 wks, dropped centile 25th->9th. wants GP r/v. sees mum tired, flat not heated, mould in bedrm.
1005 called grandad [[Derek H|name]] [[01283 819 442|phone]] ([[Ticknall|place]]) - he can have [[brooke|name]] weds+fri after sch,
drives a blue
 Berlingo [[YR68 TPX|vehicle]]. worried about [[jodie|name]] since her mum [[Linda|name]] died. said [[connor|name]]'s brother [[Tyrone
Ashby|name]] "is trouble" and stays over sometimes. NOT on our system - check PNC w police.
1030 school ([[Chellaston Fields|school]]) - Mrs [[Gadsby|name]] DSL - [[brooke|name]] 2x late this wk, no PE kit, hungry. said "baby
cries all
 night and mummy cries too". will send cpoms.
1100 landlord agent ([[Sam|name]] @ Trent Lettings) re mould. says tenant must ventilate. told him about the baby - will send
 [[Jason|name]] (contractor) Fri [[4th|date]]?? confirm
1145 rang [[Connor Ashby|name]] [[07985 900 186|phone]] - woke him, apologised. he said "[[Jode|name]]'s not coping since
[[Willow|name]]", he does
 nights, wants his mum [[Karen Ashby|name]] ([[Chaddesden|place]]) to help but she and [[jodie|name]] fell out at xmas.
1210 TM [[Gill|name]] - agreed s17 + fast-track to perinatal MH. if [[willow|name]] weight drops again -> strategy.
1300 LD nurse [[Ffion|name]] ([[07457 558 295|phone]]) - mum had a statement at school (MLD), went to [[Ivy House|school]]. easy-read
 plan needed. will do joint visit [[08/12|date]] 2pm.
TODO: GP Chellaston Medical Centre - Dr [[Ogunleye|name]]; referral to Home-Start Derby; Warm Homes grant; perinatal MH (Derby
 Perinatal, Kingsway); ask [[Derek|name]] re Xmas.
"""),
    ("letting agent and council housing email chain about damp and mould", """From: Environmental Health (Private Sector Housing)
<psh@dervalley.gov.uk>
Sent: [[04 December 2026|date]] 15:12
To: [[Sam Fearn|name]] <[[sam.fearn@trentlettings.co.uk|email]]>
Cc: [[Amrit Dhesi|name]] <[[amrit.dhesi@dervalley.gov.uk|email]]>
Subject: RE: RE: [[Flat 2, 18 Swarkestone Rd|address]] [[DE73 5UB|postcode]] - damp/mould - HHSRS inspection

Mr [[Fearn|name]],
Our officer, [[Imogen Stanyard|name]], inspected [[Flat 2|address]] today with the tenant, Ms [[Jodie Hardwick|name]], and her partner,
Mr [[Connor Ashby|name]]. There is a Category 1 hazard (damp and mould growth) in the rear bedroom where the baby sleeps, and
the storage heaters in the living room and bedroom do not work. The requirements of Awaab's Law do not yet apply to the
private rented sector, but an Improvement Notice will be served unless works start by [[11/12/2026|date]]. Please confirm the
landlord's name and address for service.
[[I. Stanyard|name]], EHO

-----Original Message-----
From: [[Sam Fearn|name]]
Sent: [[02 December 2026|date]] 10:03
To: [[Amrit Dhesi|name]]
Subject: RE: [[Flat 2, 18 Swarkestone Rd|address]] - damp/mould

Hi [[Amrit|name]], the landlord is Mr [[Philip Orme|name]] of [[The Old Forge, Repton Road|address]], [[Willington|place]]
[[DE65 6BX|postcode]],
[[07904 919 005|phone]]. He has asked our contractor [[Jason Buckley|name]] (JB Property Maintenance) to treat the mould on Friday
[[4th|date]].
He says the last tenant in [[flat 2|address]] (Mrs [[Kaur|name]]) never complained. I will also look at the heaters. The tenant
upstairs in [[flat 4|address]], Mr [[Harold Sisson|name]], says the roof is fine.
Regards, [[Sam|name]] | Trent Lettings, [[Chellaston|place]] branch | [[01332 703 556|phone]]

-----Original Message-----
From: [[Amrit Dhesi|name]]
Sent: [[01 December 2026|date]] 11:05
To: [[sam.fearn@trentlettings.co.uk|email]]
Subject: [[Flat 2, 18 Swarkestone Rd|address]] - damp/mould

Dear [[Sam|name]], I am the social worker for the family at [[Flat 2, 18 Swarkestone Road|address]], [[Chellaston|place]]. There is a
baby of 15
weeks, [[Willow|name]], and a girl of 7, [[Brooke|name]], living there. The baby's bedroom has black mould and the heating has not
worked
since mid-November. Please tell me when this will be repaired. [[Jodie|name]] and [[Connor|name]] have agreed I can contact you.
[[Amrit Dhesi|name]], Social Worker, Locality South, [[01332 643 221|phone]]
"""),
    ("local authority's position statement in care proceedings (interim hearing)", """IN THE FAMILY COURT SITTING AT DERBY   Case DE26C00791
IN THE MATTER OF THE CHILDREN ACT 1989
AND IN THE MATTER OF [[WILLOW ASHBY|name]] (a girl, born [[19 August 2026|dob]]) and [[BROOKE HARDWICK|name]] (a girl, born
[[7 May 2019|dob]])

POSITION STATEMENT OF THE APPLICANT LOCAL AUTHORITY FOR THE HEARING ON [[9 DECEMBER 2026|date]] (CMH)

Parties: Applicant - Der Valley Council; 1st Respondent - [[Jodie Louise HARDWICK|name]] (mother) (represented by [[Bhogal|name]]
[[Fenton|name]] Solicitors, via her litigation friend, the Official Solicitor); 2nd Respondent - [[Connor James ASHBY|name]] (father of
[[Willow|name]]); 3rd and 4th Respondents - the children, through their Children's Guardian, [[Margaret Allsop|name]] (Cafcass).
[[Brooke|name]]'s father, [[Aaron Pickering|name]], has not been served: last known address [[21 Nightingale Road|address]],
[[Ilkeston|place]];
enquiries of DWP made [[7/12/2026|date]].

1. Summary. The local authority issued on [[6 December 2026|date]] after [[Willow|name]] was admitted to the Royal Derby Hospital on
[[5 December 2026|date]] with faltering growth (weight below the 2nd centile at 16 weeks) and a healing fracture of the left
8th rib, for which no explanation has been given. Dr [[Oluwaseun Adebayo|name]], consultant paediatrician, reports that the
fracture is between 10 and 21 days old. Both parents deny causing it. The parents had named three other carers in that
window: the paternal grandmother, [[Karen Ashby|name]] of [[Chaddesden|place]]; the paternal uncle, [[Tyrone Ashby|name]]; and the
maternal
grandfather, [[Derek Hardwick|name]] of [[Ticknall|place]].

2. Interim plan. The local authority seeks interim care orders. [[Brooke|name]] is placed with her maternal grandfather at
[[Sunnyside, 4 Main Street|address]], [[Ticknall|place]] [[DE73 7JZ|postcode]] under a Reg 24 placement, and [[Willow|name]], on
discharge, with
local authority foster carers, Mr and Mrs [[Gratton|name]], in [[Stenson Fields|place]]. Contact: [[Willow|name]] with each parent 3x
weekly for
1.5 hours at the Family Time centre at [[Stores Road|address]]; [[Brooke|name]] with her mother at her grandfather's, supervised by him.

3. Assessments sought: a PAMS assessment of the mother (who has a learning disability) by Dr [[Helen Twigg|name]]; a parenting
assessment of the father; viability assessments of Mrs [[Ashby|name]] and of Ms [[Leanne Hardwick|name]] (maternal aunt,
[[Belper|place]]).

Author: [[Amrit Dhesi|name]], Social Worker, on behalf of the Applicant          [[7 December 2026|date]]
"""),
    ("child's drawing and words, scanned from a school wellbeing book", """[scanned page,
[[Chellaston Fields Spencer Academy|school]], "My Feelings Book", Year 2, pencil and felt tip; teacher's notes in green pen
typed in italics-brackets {like this} by the school DSL, Mrs [[Gadsby|name]], for the social worker, [[3/12/26|date]]]

My name is [[Brooke|name]] [[Hardwick|name]]
I am 7. My birthday is [[7 May|dob]]
My famly: Mummy [[Jodie|name]], [[Connor|name]], baby [[Willow|name]], Grandad [[Derek|name]], my cat Smudge
{drawing: a flat with a grey window, a big bed, a baby in a cot with black dots on the wall above it}
The black dots is the mowld. [[Connor|name]] says dont tuch it.
When I am sad I go to Grandads in [[Ticknul|place]] and we feed the ducks at the rezavoy.
{[[Brooke|name]] means Staunton Harold Reservoir - G.}
Baby [[Willow|name]] cryes alot and Mummy cryes. [[Connor|name]] goes to work in the nite.
[[Ty|name]] came and was shouting on the fone. I dont like [[Ty|name]]. {[[Tyrone|name]]? [[Connor|name]]'s brother - told SW [[1/12|date]]}
My best frends are [[Evie|name]] and [[Harper J|name]] and [[Ollie|name]] from Mrs [[Pountney|name]] class.
My wish: a warm room and Mummy happy and go to [[Skegness|place]].
{written [[27/11/2026|date]] in the Rainbow Room with Miss [[Hemsley|name]] (ELSA)}
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 148 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "brother", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
           "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "nani", "khala", "chacha", "papa", "mama",
           "pastor", "revd", "rev", "canon", "father", "nena", "dedo", "tata", "teta", "amidža", "tetka", "baba", "granda",
           "mammy", "daddo", "cuz", "bro"}
_AFTER = {"khala", "chacha", "amidža", "bro", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "derbyshire",
               "south derbyshire", "east midlands", "the midlands", "midlands", "peak district", "kosovo", "serbia", "gora",
               "pakistan", "punjab", "jamaica", "ireland", "europe", "nottinghamshire", "leicestershire", "staffordshire"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Pastor Javed
# Bhatti", "Revd Canon Peter Ashworth", "Nena Ferida"; and after one: "Saima khala", "Senad amidža") and counties, regions
# and countries ("Derbyshire", "Kosovo", "Serbia", "Pakistan", "Jamaica").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
