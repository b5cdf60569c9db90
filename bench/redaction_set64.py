"""Set 64: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set62.py, redaction_set63.py and redaction_set65.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking
conventions followed here; set 21's module docstring, its first documents, its last two documents, its word lists and its
checker set-up were read, the middle of its documents was not), tests/test_redaction_set25.py's assertion on NAME, the
`_party`, `Records` and `HandSet` signatures of bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. The
docstrings of bench/redaction_set7.py to redaction_set61.py were printed to a scratch file (never their bodies) and searched
for the towns of Leicestershire and for communities, to choose a family home and two communities no earlier set used.
Phone numbers were made and checked with the phonenumbers library, NHS numbers and UPNs made and checked with python-stdnum,
in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families in Leicestershire outside Leicester, each from a town or district no earlier set used as a family's home
(earlier sets used Braunstone, Loughborough, Hollycroft in Hinckley, Barwell and Greenhill in Coalville). Four white British
families: a mother with post-natal depression on the Egerton side of Melton Mowbray, with a grandmother in Asfordby (Sharpe /
Gill; a hungry boy of 8 with head lice and wet beds, a toddler, a partner who smokes cannabis and pushed the mother into the
television, a bail condition broken), a girl of 14 in Little Bowden, Market Harborough, with a father in Kibworth Beauchamp
(Bowden / Pickering / Harper; child sexual exploitation by a man of 19 in Corby, Snapchat, a mother's partner who drinks, a
toddler with speech delay), a baby of 8 months in Earl Shilton, with a grandmother in Stoney Stanton and a father in Burbage
(Hollis / Moran; bruising in a non-mobile baby found by a health visitor, a child protection medical, a father's letter,
supervised family time), and, from communities no earlier set used, a British Indian Gujarati Jain family in Oadby with the
father's mother living with them and family in Nairobi and Ahmedabad (Shah / Mehta; a girl of 15 with anorexia hidden behind
religious fasts, self-harm, a father who hit her and threatened to send her to India, a grandmother's letter in Gujarati) and
a Montserratian family in South Wigston with a grandmother in Salem, Montserrat, and a father in Highfields, Leicester
(Greenaway / Tuitt; a boy of 13 drawn into county lines, three missing episodes, a drug debt, a grandmother's voicemail in
Montserratian speech); and a Bulgarian family in a house in multiple occupation in Lutterworth with a grandmother in Shumen
(Petrova / Petrov / Ivanova; a father who drinks and punched a door, a long unauthorised absence in Bulgaria, a threat to take
the children abroad reported by his employer's HR adviser). 24 documents, half plain professional recording (a home visit case
note, a child protection conference report, a strategy meeting's minutes, a child and family assessment, a return home
interview, a chronology, a section 47 outcome letter, core group minutes, a health visitor's contact record, a child protection
medical summary, a home visit note with an interpreter, a school's absence letter) and half other writing: a mother's and
grandmother's WhatsApp chat typed up, a primary school's concern form read by OCR, a multi-agency referral form, a grandmother's
letter in Gujarati script with its translation, an email chain with an eating disorder service, a grandmother's voicemail from
Montserrat transcribed, a social worker's rough notes typed on a phone in a missing episode, Snapchat messages photographed by
police, a father's handwritten letter read by OCR (with the OCR's broken words: "Burb age", "C ragg", "We lls"), a family time
worker's SMS export, Viber messages in Bulgarian (Cyrillic) with the interpreter's translation, and an employer's HR email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Kenya, Montserrat, Bulgaria); NHS numbers and UPNs (LA number 855, Leicestershire) pass
their check digits; NI numbers have a valid format. Councils are invented (Wreake Vale, Sence Vale, Welland Vale, Bosworth
Vale, Swift Vale), and so are the schools Ankle Hill Primary and Greenfield Primary, the nurseries Little Acorns and Rainbows,
and the staffing agency (People First Staffing); towns, districts, estates, villages, real schools and colleges (Beauchamp
College, Manor High School, Wigston Academy, Welland Park Academy, Stephenson College, Townlands CE Primary, Sherrier CE
Primary, Lutterworth High School), real charities, NHS bodies, hospitals, GP practices, police forces, brands, apps, shopping
parks, business parks and laws are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Dr, PC, DC, DS,
Mister, Aunt, "Леля", Nan, Daddy, the Gujarati શ્રી) stay outside the name span, whether they come before or after the name
("Joanne ben", "Kusum Ba", "જોઆન બેન", "કુસુમ બા"); kinship words used alone ("Ba", "Didi", "Masi", "Mum 💜", "Мама", "баба")
are not names, and a chat sender saved under one ("Mum 💜", "Мама", Snapchat "Mum") is not marked; a possessive 's, a bare s
in texting ("dale"s, "ryan"s) and a Gujarati or Bulgarian case ending ("રિયા"ને, "નૈરોબી"માં) stay outside; every person's
name is a name in every form, record or not, in any script (Gujarati "રિયા", "કુસુમ"; Cyrillic "Деси", "Жоро", "Десислава").
"SURNAME, First" is one span ("SHARPE, Kayden", "TUITT, Jaden", "PETROVA, Viktoria", and the OCR'd "SHARPE , Kayden"); an
initial with a surname is one span ("G. Petrov", "A Patel", "C. Sapcote"); initials alone ("OF", "j") are not marked; a name
broken by a line break is one span holding the break, and so is an address, a place, a school or a date; social media
usernames ("tylr.g_99", "laceyb.x", "kirsty_b90") are not marked, but a display name that is a person's name is ("Tyler",
"lacey", "Evie" before its emoji); a nickname ("Onions", "Big T", "Desi", "Pearlie", "lace", "kay") is a name. A street
address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a
neighbour's bare house number ("no. 27", "no 29", "no25") and an address abroad ("Gun Hill Road", Salem; "ул. Цар
Освободител 48"; "бул. Владислав Варненчик 112", 9000 Варна, where the Bulgarian four-digit postcode is a postcode); towns,
cities, villages, districts and estates are places at home or abroad, in any script and in lower case ("asfordby", "wigston
mag", "Шумен", "Лестър", "નૈરોબી"); countries, counties and regions are not ("Leicestershire", "Northamptonshire", "Rutland",
"Montserrat", "Bulgaria", "India"); organisations are not marked even when they hold a town's or a person's name ("Leicester
Royal Infirmary", "Leicester General Hospital", "The Oadby Group Practice", "University Hospitals of Leicester", "Bosworth Vale
Council", "Women's Aid Leicestershire"); a school's or college's name is a school, and so is its short form and a nursery's
name ("Beauchamp", "Manor High", "Sherrier", "Welland Park", "greenfield", "Little Acorns Nursery"); a date of birth is dob,
any other calendar date with a day is date (a weekday before it stays outside), and the bare day in a range ("21" & "22/09")
or a text ("the 29th", "5th or 6th", "sat 31st") is a date span of its own; months and years alone are not marked; pets' names
("Tank") are not names; parks, shopping and business parks, bus stations, hotels and attractions are landmarks and stay
unmarked (Fosse Park and "Fosse", Magna Park, Burbage Common, St Margaret's bus station, the Vue Pointe); a surname or first
name that is also an English word or a town is marked by what it refers to (Wells, Birstall, Corby, Melton, Market, Summer,
Onions, Misterton, Ullesthorpe and Sileby are names when they are people, and Corby, Blaby, Wigston and Melton Mowbray are
places when they are places); a service or branch named by its town marks the town ("McDonald's, Wigston", "Harborough
Locality Team", "Leicester Central", the missing team "(Leicester, Leicestershire and Rutland)").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: the name of a school
printed on its own form's header ("ANKLE HILL PRIMARY SCHOOL") is a school; a school's office phone and attendance mailbox are
marked (phone, email), since they name the school, while a council team's generic mailbox ("childrensfrontdoor@...") is not,
like a helpline; the city in a text ("not the place rio lol") is a place though the boy "rio" is a name; a building or centre
named after its town ("the Wigston youth centre", "the Evington Centre") is an organisation; a trunk road's number ("the A47")
is not an address; an invented employer's unit ("Unit 4, Argosy Court") is an address; a grandmother's birthday given without a
year ("9 September") is a dob, as her date of birth; a Gujarati date in Gujarati digits ("૧૮-૧૦-૨૦૨૬") and an address in
Gujarati script ("૯ ગ્લેન રોડ") are marked like their English; a religious observance (Paryushan, Ayambil) and a greeting (Jai
Jinendra) are not names; a CAD number, crime reference, case reference, hospital number and exhibit number are not marked.

Self-check without the detector: `python -m bench.redaction_set64` (and tests/test_redaction_set64.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words (before and after a name) and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 938 gold spans, 511 of them
names."""


from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Sharpe / Gill family (white British), Egerton, Melton Mowbray, with a grandmother in Asfordby ------------------------

HOME_A = d.Address("31 Wyndham Avenue", "Egerton", "Melton Mowbray", "LE13 0RT")
NAN_A = d.Address("6 Regency Road", "", "Asfordby", "LE14 3TP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Sharpe")], dt.date(2018, 5, 14), addresses=[HOME_A], ids=["2865845788", "B855194627058"],
       schools=["Ankle Hill Primary School"]),
    _p("s", "sibling", [("Poppy-Mae", "Gill")], dt.date(2023, 2, 9), addresses=[HOME_A], ids=["2003723307"]),
    _p("m", "mother", [("Leanne", "Sharpe")], dt.date(1997, 9, 2), addresses=[HOME_A], phones=["07824 587 227"],
       ids=["JS 62 40 81 B"]),
    _p("f", "father", [("Craig", "Gill")], dt.date(1993, 12, 20), addresses=[HOME_A], phones=["07931 745 727"]),
    _p("g", "grandparent", [("Sandra", "Sharpe")], dt.date(1971, 4, 8), addresses=[NAN_A], phones=["01664 265 278"]),
    _p("p1", "professional", [("Amber", "Wells")], phones=["0116 269 4223"], emails=["amber.wells@wreakevale.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of a home visit", """CASE NOTE - HOME VISIT (announced)
Child(ren): [[Kayden SHARPE|name]] ([[14/05/2018|dob]]); [[Poppy-Mae GILL|name]] ([[09/02/2023|dob]])
Address: [[31 Wyndham Avenue|address]], [[Egerton|place]], [[Melton Mowbray|place]] [[LE13 0RT|postcode]]
Date of visit: Tuesday [[6 October 2026|date]], 15:40 - 16:55      Worker: [[Amber Wells|name]], Social Worker, Wreake Vale Council

Present: [[Leanne Sharpe|name]] (mother), [[Kayden|name]], [[Poppy-Mae|name]]. [[Craig Gill|name]] ([[Poppy|name]]'s dad) came in at
16:30 from
work at the pet food factory. Nan [[Sandra|name]] was not there but rang on speaker at 16:10.

Purpose: follow up of the referral from [[Ankle Hill Primary School|school]] dated [[29.09.26|date]] ([[Kayden|name]] hungry, taking food
from other children's lunch boxes, head lice untreated for weeks, the same uniform since [[21 September|date]]).

Home: the front room was warm and tidy enough; the kitchen had dirty pots piled in the sink and the fridge held milk, a pack
of ham and some yoghurts. No food in the cupboards apart from cereal. [[Leanne|name]] said she does a big shop at Aldi on a
Friday when [[Craig|name]] is paid and "it runs out by Wednesday". The dog (Tank, a Staffie) was shut in the yard. [[Kayden|name]]'s
room: mattress on the floor, no sheet, a strong smell of urine; [[Leanne|name]] said he still wets most nights and she
"gave up washing it". [[Poppy|name]]'s cot was clean with a new sleeping bag from Nan.

[[Kayden|name]]: showed me his Lego and said his best friend is "[[Alfie|name]] from next door but one" (the neighbour at
[[no. 27|address]],
Mr [[Terry Melton|name]], who sometimes gives the boys chips). He said "[[Craig|name]] shouts when he's had his smoke" and that he
goes to Nan's in [[Asfordby|place]] on a Saturday "for tea and a bath". Asked what he would wish for, he said "a bed like
[[Alfie|name]]'s". He has visible lice and scratch marks behind his ears.

[[Leanne|name]]: accepted the school's concerns, cried, said she has not been right since [[Poppy|name]] was born and is on sertraline from
Dr [[Okafor|name]] at the Latham House practice. She said money is the problem and [[Craig|name]]'s hours were cut in [[August|date]].
Agreed: lice treatment tonight (I gave her a voucher for Boots), a bed and bedding through the council's support
fund, referral to the food bank, and an Early Help worker. [[Craig|name]] denied smoking cannabis in the house; the
kitchen smelt of it.

Nan on the phone: [[Sandra Sharpe|name]] ([[01664 265 278|phone]]) said she is "at the end of her tether" and would have [[Kayden|name]]
two nights a week if the council paid her bus fares from [[Asfordby|place]]. She said her address is [[6 Regency Road|address]] and she
is in most days.

Next: strategy discussion not needed at present (no injuries, no disclosure); Child and Family assessment to be completed by
[[17 November 2026|date]]. Next visit Monday [[12 October|date]], unannounced. [[Amber Wells|name]] [[0116 269 4223|phone]]
"""),
    ("mother's and grandmother's WhatsApp messages, typed up by the social worker with consent", """Typed up from [[Leanne|name]]'s phone
([[07824 587 227|phone]]) on [[13/10/2026|date]] with her consent. Chat title on her phone: "Mum 💜". Spelling as written.

[[08/10/2026|date]], 07:02 - Mum 💜: is [[kayden|name]] going school today or what
[[08/10/2026|date]], 07:15 - [[Leanne|name]]: yeh hes up. no clean socks tho can u get some from home bargains
[[08/10/2026|date]], 07:16 - Mum 💜: ill drop them at [[ankle hill|school]] at 10 tell the office
[[08/10/2026|date]], 07:40 - [[Leanne|name]]: [[craig|name]] kicked off again last nite cos i said about the weed. hes gone to his
brother [[dale|name]]s
[[08/10/2026|date]], 07:41 - Mum 💜: did he touch u
[[08/10/2026|date]], 07:49 - [[Leanne|name]]: no he punched the door. [[poppy|name]] woke up screamin
[[08/10/2026|date]], 07:50 - Mum 💜: right thats it u and the kids can come to [[asfordby|place]] til he sorts himself out
[[08/10/2026|date]], 07:58 - [[Leanne|name]]: cant mum the social will think im running away. [[amber|name]] said to ring her
[[09/10/2026|date]], 18:22 - Mum 💜: [[terry|name]] from [[no 29|address]] said police was round urs
[[09/10/2026|date]], 18:30 - [[Leanne|name]]: it was [[shannon|name]]s mum ringing them not me. [[craig|name]] was at [[dale|name]]s in
[[thorpe arnold|place]] anyway
[[09/10/2026|date]], 18:31 - Mum 💜: ur lying to me [[leanne|name]]
[[10/10/2026|date]], 09:05 - [[Leanne|name]]: [[kayden|name]] wants to stop at urs sat can he bring [[alfie|name]]
[[10/10/2026|date]], 09:06 - Mum 💜: yes if [[alfie|name]]s mum says. tell [[kay|name]] nan is doing pizza
[[10/10/2026|date]], 21:14 - [[Leanne|name]]: [[craig|name]]s back. he says sorry. hes booked to see the drug people
[[10/10/2026|date]], 21:15 - Mum 💜: we will see
[[11/10/2026|date]], 10:47 - Mum 💜: got him a bed off marketplace from a lady in [[Frisby|place]], [[Carol|name]] [[07412 803 117|phone]]
can [[craig|name]] pick it up in the van
[[11/10/2026|date]], 10:52 - [[Leanne|name]]: van is knackered. [[amber|name]] said the council will get one
"""),
]

DOCS_A += [
    ("initial child protection conference report", """WREAKE VALE COUNCIL - CHILDREN'S SOCIAL CARE
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference date: Thursday [[19 November 2026|date]], 10:00, Parkside, [[Melton Mowbray|place]] (hybrid)
Chair: [[Rajinder Bassi|name]], Independent Reviewing Officer      Author: [[Amber Wells|name]], Social Worker
Children: [[SHARPE, Kayden|name]] (DOB [[14.05.2018|dob]], NHS [[286 584 5788|nhs]], UPN [[B855194627058|upn]])
          [[GILL, Poppy-Mae|name]] (DOB [[09.02.2023|dob]], NHS [[200 372 3307|nhs]])
Address: [[31 Wyndham Avenue|address]], [[Melton Mowbray|place]], [[LE13 0RT|postcode]]

1. Reason for conference
On [[24 October 2026|date]] police attended the home after a neighbour, Mrs [[Donna Keightley|name]] of [[33 Wyndham Avenue|address]],
rang 999 hearing a man shouting and a child screaming. Officers (PC [[Liam Sisson|name]], PC [[Beth Oakes|name]]) found [[Leanne
Sharpe|name]] with a red mark to her left cheek and [[Craig
Gill|name]] in the garden. [[Kayden|name]], 8, told PC [[Oakes|name]] that "[[Craig|name]]
pushed Mummy into the telly". Mr [[Gill|name]] was arrested and bailed to [[11 Hudson Road|address]], [[Thorpe Arnold|place]] (his brother
[[Dale Gill|name]]'s address), with a condition not to attend [[Wyndham Avenue|address]]. This followed the school's neglect
referral of [[29 September|date]] and the MARAC-level DASH of [[25/10/2026|date]] (score 14).

2. What we know about the children
[[Kayden|name]] is in Year 3 at [[Ankle Hill
Primary|school]]. His attendance this term is 81%. His class teacher Mrs [[Hebb|name]] says
he is "a kind, funny boy who is always hungry". He was seen by the school nurse, [[Jo Cragg|name]], on [[2 November|date]] for head
lice and enuresis. He has been sleeping at his nan's in [[Asfordby|place]] on Fridays and Saturdays since [[31 October|date]], which he
says is "the best bit". [[Poppy-Mae|name]], 3, attends [[Little Acorns Nursery|school]] at [[Sysonby|place]] two mornings a week (funded
place)
and her key person [[Gemma Stapleford|name]] reports a toddler who is "clingy and flinches at loud voices".

3. Parents and family
Ms [[Sharpe|name]] (29) has post-natal depression that has not lifted; she has a GP review with Dr [[Chidi Okafor|name]] on
[[26/11/2026|date]]. Mr [[Gill|name]] (32) works shifts at the pet food plant on the [[Leicester Road|address]] and uses cannabis daily;
he has agreed to see Turning Point. Maternal grandmother [[Sandra Sharpe|name]] is a strong protective factor. [[Kayden|name]]'s
father, [[Jordan Pell|name]], lives in [[Grantham|place]] and has not seen him since 2022; his mother [[Maureen Pell|name]] sends cards.

4. Recommendation
Both children to be subject to a child protection plan under the category of neglect (and emotional abuse for
[[Poppy-Mae|name]]). Core group to meet within ten working days, by [[3 December 2026|date]].
Benefits: Ms [[Sharpe|name]]'s Universal Credit claim (NI [[JS 62 40 81 B|ni]]) was sanctioned in October; DWP told.
[[Amber Wells|name]] | [[amber.wells@wreakevale.gov.uk|email]] | [[0116 269 4223|phone]]
"""),
    ("school cause-for-concern form, scanned and read by OCR", """[[ANKLE HILL PRIMARY SCHOOL|school]] - RECORD OF CONCERN
(CPOMS print, scanned [[03/11/26|date]])
Pupil: [[SHARPE , Kayden|name]] Yr: 3 Class: Oak  DOB: [[14/O5/2018|dob]]   UPN: [[B855194627058|upn]]
Date/time of concern: [[02 Nov 2026|date]] 08.50     Recorded by: Mrs [[K. Hebb|name]] (class teacher)
Alerted: DSL Mr [[Patel|name]] ; Deputy DSL Mrs [[Laxton|name]]

What did you see / hear? (child's words)
[[Kayden|name]] came into class with no coat and wet shoes. At carpet time he said "nan couldn't get me Sunday cos
her bus didn't come" and "me and [[Poppy|name]] had crisps for tea". He said "[[Craig|name]] came back in the night
and Mum let him in" . When I asked who [[Craig|name]] is he said "[[Poppy|name]]'s dad , he's not allowed". He also said
"Mr [[Melton|name]] next door gave us chips". He smelt strongly of urine. I gave him breakfast club toast.

Action taken: passed to DSL 09.05. DSL rang [[Amber We lls|name]] (social worker) at 09.30 on [[0116 269 4223|phone]],
left message; called back 11.15. Mum ([[Leanne|name]]) phoned at 15.10 saying [[Kayden|name]] "makes things up"
and [[Craig|name]] "just came for his stuff". Mum's mobile on file [[07824 587 227|phone]].

DSL note ([[A.Patel|name]]) [[2/11|date]] : reported to social care as breach of bail condition . Nan
([[Sandra|name]]) says she will collect from school Mon-Wed . Pupil to see school nurse [[Jo C ragg|name]]
[[4th Nov|date]]. Pass to Mrs [[Laxton|name]] for [[Kayden|name]]'s
"worry box" check-ins. Signed: [[A Patel|name]]           Date : [[02.11.2026|date]]
"""),
]


# --- B. Shah family (British Indian, Gujarati Jain), Oadby, with a grandmother living with them and family in Nairobi -----

HOME_B = d.Address("9 Glen Road", "", "Oadby", "LE2 4PE")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Riya", "Shah")], dt.date(2011, 6, 3), addresses=[HOME_B], ids=["4330412438", "K855165482702"],
       schools=["Beauchamp College"]),
    _p("s", "sibling", [("Dev", "Shah")], dt.date(2015, 1, 22), addresses=[HOME_B], ids=["9332946744", "Z855105952348"],
       schools=["Manor High School"]),
    _p("m", "mother", [("Hetal", "Shah")], dt.date(1983, 3, 11), addresses=[HOME_B], phones=["07956 513 649"]),
    _p("f", "father", [("Nilesh", "Shah")], dt.date(1980, 10, 30), addresses=[HOME_B], phones=["07596 308 375"],
       ids=["SN 27 48 19 C"]),
    _p("g", "grandparent", [("Kusum", "Shah")], dt.date(1952, 8, 19), addresses=[HOME_B]),
    _p("p1", "professional", [("Joanne", "Birstall")], phones=["0116 211 1484"], emails=["joanne.birstall@sencevale.gov.uk"]),
], "c")

DOCS_B = [
    ("multi-agency referral form from a college's safeguarding lead", """LEICESTERSHIRE MULTI-AGENCY REFERRAL FORM (MARF) - Section 1: Child
Surname: [[SHAH|name]]     Forename(s): [[Riya|name]]     Known as: [[Ri|name]]     DOB: [[03/06/2011|dob]]     Gender: F
Address: [[9 Glen Road|address]], [[Oadby|place]], [[LE2 4PE|postcode]]      Language at home: Gujarati / English
Religion: Jain      School: [[Beauchamp College|school]], Year 11      UPN: [[K855165482702|upn]]      NHS no: [[433 041 2438|nhs]]

Section 2: Family and household
| Name | Relationship | DOB | Contact |
| [[Hetal Shah|name]] | mother | [[11/03/1983|dob]] | [[07956 513 649|phone]] |
| [[Nilesh Shah|name]] | father | [[30/10/1980|dob]] | [[07596 308 375|phone]] |
| [[Dev Shah|name]] | brother, Yr 7 at [[Manor High|school]] | [[22/01/2015|dob]] | - |
| [[Kusum Shah|name]] ("Ba") | paternal grandmother, lives in household | [[19/08/1952|dob]] | speaks Gujarati only |

Section 3: Referrer
Name: [[Faisal Mistry|name]], Designated Safeguarding Lead      Date of referral: Mon [[12 Oct 2026|date]]
Email: [[f.mistry@beauchamp.leics.sch.uk|email]]      Phone: school office

Section 4: Reason for referral
On Friday [[9 October|date]] [[Riya|name]] fainted in PE. The first aider (Mrs [[Vora|name]]) saw cuts to her left forearm, some
fresh. [[Riya|name]] told her form tutor Mr [[Dawson Hallam|name]] that she has been eating "one meal a day" since the
summer, that at home she says it is for Paryushan or Ayambil "so no one asks", and that her dad "hit me round the face"
on [[4 October|date]] after a friend's mum saw her at Fosse Park with a boy from Year 12, [[Callum Briggs|name]]. She said
her dad took her phone and told her she would "go to [[Ahmedabad|place]] to Masi for a year" if it happened again. She is
frightened of going home and asked if she could stay at her friend [[Anoushka Kotecha|name]]'s in [[Wigston Fields|place]].
Her weight has dropped visibly since September; the school nurse ([[Sunita Rawal|name]]) weighed her at 44.1 kg.

Section 5: Consent - not sought from parents (risk of harm); [[Riya|name]] knows we are referring.
"""),
    ("grandmother's letter in Gujarati to the social worker, with the interpreter's translation", """Letter handed to the social worker
at the home visit on [[20/10/2026|date]]. Written in Gujarati by Mrs [[Kusum Shah|name]]; translated by [[Pragna Lakhani|name]] (Language
Line, ID 40719). Gujarati text first, then the English.

શ્રી [[જોઆન|name]] બેન,
જય જિનેન્દ્ર. હું [[રિયા|name]] અને [[દેવ|name]]ની બા છું. મારો દીકરો [[નિલેશ|name]] ગુસ્સાવાળો છે પણ ખરાબ માણસ નથી.
[[રિયા|name]] ખાતી નથી, હું રોજ જોઉં છું. તે કહે છે ઉપવાસ છે, પણ આ ઉપવાસ નથી.
[[હેતલ|name]] કામ પર હોય ત્યારે હું ઘરે હોઉં છું. મારા ભાઈ [[જયંત મહેતા|name]] [[નૈરોબી|place]]માં રહે છે, તેમનો નંબર
[[+254 722 418 093|phone]] છે. [[રિયા|name]]ને [[અમદાવાદ|place]] મોકલવી નથી. તેને અહીં જ મદદ કરો.
- [[કુસુમ|name]] બા, [[૯ ગ્લેન રોડ|address]], [[ઓડબી|place]]   તારીખ [[૧૮-૧૦-૨૦૨૬|date]]

Translation:
Respected [[Joanne|name]] ben,
Jai Jinendra. I am the grandmother (Ba) of [[Riya|name]] and [[Dev|name]]. My son [[Nilesh|name]] has a temper but he is not a bad man.
[[Riya|name]] does not eat, I see it every day. She says it is a fast, but this is not a fast.
When [[Hetal|name]] is at work I am at home. My brother [[Jayant Mehta|name]] lives in [[Nairobi|place]], his number is
[[+254 722 418 093|phone]]. [[Riya|name]] must not be sent to [[Ahmedabad|place]]. Help her here.
- [[Kusum|name]] Ba, [[9 Glen Road|address]], [[Oadby|place]]   date [[18-10-2026|date]]

Interpreter's note: "ben" (sister) and "Ba" (grandmother) are forms of respect and kinship, not names. Mrs [[Shah|name]] also
asked me to add that her nephew [[Ketan|name]] in [[Parklands|place]], [[Nairobi|place]], would have [[Riya|name]] "for a holiday" but she
did not want this written in Gujarati in case her son read it.
"""),
    ("strategy meeting minutes", """SENCE VALE COUNCIL - STRATEGY MEETING (s.47) - MINUTES
Child: [[Riya SHAH|name]] (DOB [[3 June 2011|dob]]), [[9 Glen Road|address]], [[Oadby|place]] [[LE2 4PE|postcode]]
Sibling considered: [[Dev SHAH|name]] (DOB [[22 January 2015|dob]])
Date: [[13/10/2026|date]], 14:00 (Teams)      Chair: [[Michelle Groby|name]], Team Manager      Minutes: [[Tara Anstey|name]]

Attendees: [[Joanne Birstall|name]] (SW, allocated); DS [[Gurpreet Sahota|name]] (Child Abuse Investigation Unit);
[[Faisal Mistry|name]] (DSL, [[Beauchamp|school]]); [[Sunita Rawal|name]] (school nurse); Dr [[Helen Quorn|name]] (named GP for
safeguarding, The Oadby Group Practice); [[Lucy Ng|name]] ([[Manor High|school]] DSL) - apologies, report sent.

1. Information shared
- Police: no previous calls to the address. [[Nilesh Shah|name]] has no convictions. A 2023 report from [[Leicester|place]] Central about a
  road-rage incident named him as the victim.
- Health: [[Riya|name]]'s BMI centile has fallen from the 50th to below the 2nd since her [[14 March 2025|date]] check. GP
  has not seen her since January. Dr [[Quorn|name]] advised urgent assessment by the eating disorder service and a same-day
  paediatric review if her pulse is below 50.
- School: [[Riya|name]] stayed at [[Anoushka Kotecha|name]]'s house on [[10 and 11 October|date]] with her mother's agreement.
  [[Anoushka|name]]'s mother, Mrs [[Rupa Kotecha|name]] ([[07727 821 923|phone]]), will have her until a visit is done.
- [[Dev|name]] told Ms [[Ng|name]]'s colleague he "hates it when Papa shouts at Didi".

2. Decision: threshold met for a single-agency (children's social care) s.47 enquiry for [[Riya|name]], joint visit with
DS [[Sahota|name]] today at 17:30. [[Dev|name]] to be seen alone by [[16 October|date]]. Interpreter for Mrs [[Kusum Shah|name]].
Check with [[Riya|name]] whether the Year 12 boy, [[Callum|name]], is safe (he is 17).
"""),
]

DOCS_B += [
    ("email chain between the social worker and the eating disorder service", """From: [[Joanne Birstall|name]]
<[[joanne.birstall@sencevale.gov.uk|email]]>
Sent: Tuesday, [[20 October 2026|date]] 17:58
To: Dr [[Roshni Parmar|name]] <[[roshni.parmar1@nhs.net|email]]>
Subject: RE: [[Riya Shah|name]] [[03/06/2011|dob]] - urgent assessment

Dear Dr [[Parmar|name]],
Thank you for seeing [[Riya|name]] on [[16th|date]]. I visited today with the interpreter. [[Riya|name]]'s grandmother ([[Kusum|name]]
Ba) gave me a letter (attached, with translation) saying [[Riya|name]] is not eating and must not be sent to India. Mr [[Shah|name]] now
accepts [[Riya|name]] is ill and has agreed she will not travel; he has handed her passport to his brother-in-law, Mr [[Jignesh
Mehta|name]] of [[Wigston Fields|place]], to keep. Mum ([[Hetal|name]]) asked me whether the Jain fasts at Paryushan are safe for
[[Riya|name]] next year; I said we would ask you.
Best wishes, [[Jo|name]]
[[Joanne Birstall|name]], Social Worker, Child Protection Team ([[Oadby|place]] and [[Wigston|place]]) | [[0116 211 1484|phone]]

-----Original Message-----
From: Dr [[Roshni Parmar|name]]
Sent: [[19/10/2026|date]] 09:12
To: [[Joanne Birstall|name]]
Cc: GP - The Oadby Group Practice; [[Faisal Mistry|name]]
Subject: [[Riya Shah|name]] [[03/06/2011|dob]] - urgent assessment

Dear [[Joanne|name]],
I assessed [[Riya|name]] with her mother at the Evington Centre on Friday [[16 October|date]]. Weight 43.6 kg, BMI 15.9 (79% median),
HR 48 lying, BP 92/54. She meets criteria for anorexia nervosa, restrictive type. Bloods normal. She told me on her own that she
"wants to disappear" and that her father hit her in October; I understand you know this.
Plan: weekly family-based treatment with [[Nikhil Oza|name]] (family therapist) from [[22/10|date]]; weekly weights with the
practice nurse; admission to a paediatric ward if HR falls below 45. Her cousin [[Priyanka|name]] in [[Harrow|place]]
([[07446 454 630|phone]])
has had the same illness and [[Riya|name]] would like to talk to her - I see no reason against this.
[[Roshni Parmar|name]], Consultant Child and Adolescent Psychiatrist, CAMHS Eating Disorders Service
"""),
]


# --- C. Greenaway / Tuitt family (Montserratian heritage), South Wigston, with a grandmother in Salem, Montserrat -----------

HOME_C = d.Address("27 Blaby Road", "South Wigston", "Wigston", "LE18 4PE")
DAD_C = d.Address("Flat 3, 88 St Peter's Road", "Highfields", "Leicester", "LE2 1DA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Tuitt")], dt.date(2013, 4, 17), addresses=[HOME_C], ids=["5242240202", "M855224406478"],
       schools=["Wigston Academy"]),
    _p("s", "sibling", [("Shanice", "Tuitt")], dt.date(2020, 8, 1), addresses=[HOME_C], ids=["1180258460", "N855210056460"],
       schools=["Greenfield Primary School"]),
    _p("m", "mother", [("Marcia", "Greenaway")], dt.date(1989, 2, 26), addresses=[HOME_C], phones=["07842 747 922"],
       ids=["PG 31 67 20 A"]),
    _p("f", "father", [("Desmond", "Tuitt")], dt.date(1986, 7, 9), addresses=[DAD_C], phones=["07985 882 306"]),
    _p("g", "grandparent", [("Hyacinth", "Greenaway")], dt.date(1958, 11, 2), phones=["+1 664 491 2274"]),
    _p("p1", "professional", [("Owen", "Fleckney")], phones=["0116 211 1484"], emails=["owen.fleckney@sencevale.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment (extract)", """CHILD AND FAMILY ASSESSMENT - SENCE VALE COUNCIL
Child: [[Jaden Tuitt|name]]      DOB: [[17/04/2013|dob]]      NHS: [[524 224 0202|nhs]]      UPN: [[M855224406478|upn]]
Address: [[27 Blaby Road|address]], [[South Wigston|place]], [[LE18 4PE|postcode]]
School: [[Wigston Academy|school]] (Year 9)      Assessment started: [[28.09.2026|date]]   Completed: [[06.11.2026|date]]
Social worker: [[Owen Fleckney|name]]      Team manager: [[Bal Kaur-Dhillon|name]]

Household: [[Marcia Greenaway|name]] (mother, 37, senior carer on nights at a care home in [[Countesthorpe|place]]); [[Jaden|name]] (13);
[[Shanice Tuitt|name]] (6, Year 2 at [[Greenfield Primary|school]]). [[Jaden|name]]'s and [[Shanice|name]]'s father
[[Desmond Tuitt|name]] lives in
[[Highfields|place]], [[Leicester|place]] ([[Flat 3, 88 St Peter's Road|address]]) and sees the children most Sundays.

Family history: Ms [[Greenaway|name]]'s parents came to [[Leicester|place]] from [[Plymouth|place]], Montserrat, in 1997 after the volcano
destroyed the town; her mother [[Hyacinth Greenaway|name]] went back in 2015 and lives in [[Salem|place]] with her sister
[[Pearl Cassell|name]] (known as Aunt [[Pearlie|name]]). [[Marcia|name]] talks with her mother every night on WhatsApp. The family are
members of
a Pentecostal church in [[Belgrave|place]] and [[Jaden|name]] played drums there until this summer.

Why we are involved: on [[22 September 2026|date]] [[Jaden|name]] was reported missing at 23:40; he was found by Nottinghamshire
Police at 04:10 on [[23/09|date]] in a flat in [[Sneinton|place]], [[Nottingham|place]], with an adult, [[Kyle Onions|name]] (24), £220
in cash and
two phones. A second missing episode followed on [[3-4 October|date]], when he was found at [[Narborough|place]] station. Police
shared intelligence that "[[Reece|name]]", a 16-year-old from [[Eyres Monsell|place]], recruited him on Snapchat. [[Jaden|name]] told me
"[[Reece|name]]'s cool, he got me trainers" and would not say more.

Strengths: a warm, close mother; a father who wants to help (Mr [[Tuitt|name]] has offered to have [[Jaden|name]] on weekdays);
[[Jaden|name]]'s love of music and of his little sister; the youth worker at the Wigston youth centre, [[Deon Fenton|name]], whom he trusts.
The neighbour at [[no. 25|address]], Mrs [[Patience Ryan|name]], has a key and sits with [[Shanice|name]] when [[Marcia|name]] is late.

Analysis: [[Jaden|name]] is at high risk of criminal exploitation. [[Marcia|name]]'s night shifts leave him unsupervised from 19:30.
Recommendation: child in need plan; referral to the exploitation hub; NRM referral by [[13 November|date]].
"""),
    ("grandmother's voicemail from Montserrat, transcribed by the business support officer", """VOICEMAIL TRANSCRIPT - left on the duty
line [[0116 211 1484|phone]], received Saturday [[24/10/2026|date]] 02:13 (caller ID [[+1 664 491 2274|phone]]); transcribed Monday
[[26/10/2026|date]] by [[Chloe Whetstone|name]], Business Support. Words I could not make out are marked [?]. Dialect kept as spoken.

"Hello, good morning, or good night for you, it late there. Dis is [[Hyacinth Greenaway|name]], [[Jaden|name]] grandmother, calling
from [[Salem|place]] in Montserrat. I want to speak to Mister [[Owen|name]], the social worker for me grandson [[Jaden Tuitt|name]].
[[Marcia|name]] tell me de boy run off again de other week and police find him by [[Narborough|place]]. Me cyaan sleep.
Listen, I want you know dis. When [[Jaden|name]] was small he stay with me in [[Salem|place]] two summer, 2019... no, 2019 and
2021, and he was a good good boy, he help me in de garden. If [[Leicester|place]] is too much for him he can come to me, me have
room. Me sister [[Pearl|name]] down in [[Brades|place]] say de same, she number is [[+1 664 496 3381|phone]], [[Pearl Cassell|name]],
C-A-S-S-E-L-L. And tell [[Desmond|name]], [[Desi|name]], he fi step up. [?] ... de boy [[Reece|name]] and dat big man, de one dem call
'[[Onions|name]]', [[Marcia|name]] say, dem need fi lock up. Me address is [[Look Out|place]]... no, sorry, me move, is
[[Salem|place]], [[Gun Hill Road|address]], near de Vue Pointe, [[Salem|place]], Montserrat. Call me back please on dis number. Tank you.
God bless." (message ends 02:16)

Action: passed to [[Owen Fleckney|name]] by email at 09:20. Note the time difference (Montserrat is 4 hours behind in winter).
"""),
]

DOCS_C += [
    ("social worker's rough notes typed fast on a phone during a missing episode", """notes on phone - OF - fri [[30 oct|date]] (missing
ep 3)
19:52 [[marcia|name]] rang ([[07842 747 922|phone]]) - j not home from school, not on snap map, phone off. [[shanice|name]] w/ mrs
[[ryan|name]] [[no25|address]]
20:05 rang [[desmond|name]] [[07985 882 306|phone]] - not with him. he's driving round [[aylestone|place]] + [[wigston mag|place]]
20:10 police ref given, CAD 1184 [[30/10|date]]. PC [[Khatun|name]] attending [[27 blaby rd|address]]
20:31 [[deon|name]] (youth centre) says j was at the skate park at 5 w/ a lad in a grey north face, maybe [[reece|name]]
20:40 [[marcia|name]] says j's mate [[rio|name]] lives by the canal in [[south wigston|place]] - [[rio ashby|name]]? mum is
[[kerry-ann|name]].
      not the place [[rio|place]] lol, a boy
21:15 EDT notified. [[bal|name]] (tm) aware.
22:48 [[desmond|name]] found him!! at [[blaby|place]] bus stop by the [[Enderby|place]] road, cold, no coat, says he "walked from
[[leicester|place]]"
      - had a new phone. dad took him to [[27 blaby road|address]]. j says he was at [[reece|name]]s cousins in [[braunstone town|place]]
23:05 police informed found. RHI offered tomorrow - [[Hollie|name]] from the missing team, [[31/10|date]] 11am
23:07 grandma [[hyacinth|name]] voice note to [[marcia|name]]: "tell [[owen|name]] tank you" ([[marcia|name]] forwarded)
sat [[31st|date]] 08:10 [[marcia|name]] text: j slept. [[shanice|name]] asking why police. will bring j to [[greenfield|school]] fun
day? no - its sat. ignore
"""),
    ("return home interview report", """RETURN HOME INTERVIEW - Missing Children Team ([[Leicester|place]], Leicestershire and Rutland)
Young person: [[TUITT, Jaden|name]]     DOB: [[17-04-2013|dob]]     Episode: 3 of 3 this year
Missing from: home, [[27 Blaby Road|address]], [[South Wigston|place]]     Missing: [[30/10/2026|date]] 15:20     Found:
[[30/10/2026|date]] 22:48
Interview: Saturday [[31 October 2026|date]], 11:00-11:50, at McDonald's, [[Wigston|place]] (his choice)     By: [[Hollie Sileby|name]],
RHI worker
Copy to: [[Owen Fleckney|name]] ([[owen.fleckney@sencevale.gov.uk|email]]); [[Marcia Greenaway|name]] (summary only)

Where he went and who with: [[Jaden|name]] said he got the 47 bus into [[Leicester|place]] after school with "[[Reece|name]]" and went to a
house off [[Narborough Road|address]] ("the one with the blue door, I don't know the number"). An older man called "[[Onions|name]]" was
there and another called "[[Big T|name]]". They gave him a phone and told him to take a bag to a car at Fosse... he then said
"no, it weren't Fosse, it was by the Tesco at [[Blaby|place]]". He said he did not look in the bag. He walked home along the old
railway line and Mr [[Tuitt|name]] found him at the bus stop.

Risks: [[Jaden|name]] showed me a message from an unknown number ([[07463 815 939|phone]]) saying "u owe 200". He said "[[Reece|name]]
says I
can work it off". He is frightened for his sister [[Shanice|name]] because "they know where I live".

What helps: he likes [[Deon|name]] at the youth centre and his dad. He wants to go to his nan in [[Salem|place]] "where it's safe and
there's mangoes". He asked me not to tell Mum about the debt; I explained I must share it.

Actions: intelligence form to police (phone number, "[[Onions|name]]", "[[Big T|name]]", the address off [[Narborough Road|address]]);
exploitation hub referral updated; [[Owen|name]] to discuss the debt with [[Marcia|name]] on Monday [[2 November|date]].
[[Hollie Sileby|name]] [[07511 896 768|phone]]
"""),
]


# --- D. Bowden / Pickering family (white British), Little Bowden, Market Harborough, with a father in Kibworth ---------------

HOME_D = d.Address("5 Scotland Road", "Little Bowden", "Market Harborough", "LE16 8AX")
DAD_D = d.Address("22 Fleckney Road", "Kibworth Beauchamp", "Leicester", "LE8 0HH")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Lacey", "Bowden")], dt.date(2012, 9, 30), addresses=[HOME_D], ids=["2185498266", "G855157176088"],
       schools=["Welland Park Academy"]),
    _p("s", "sibling", [("Mason", "Bowden-Pickering")], dt.date(2022, 6, 12), addresses=[HOME_D], ids=["6525600499"]),
    _p("m", "mother", [("Kirsty", "Bowden")], dt.date(1990, 1, 15), addresses=[HOME_D], phones=["07891 250 181"],
       ids=["KB 40 19 55 D"]),
    _p("mp", "partner", [("Ryan", "Pickering")], dt.date(1988, 4, 4), addresses=[HOME_D], phones=["07368 982 526"]),
    _p("f", "father", [("Lee", "Harper")], dt.date(1987, 8, 21), addresses=[DAD_D], phones=["07759 550 303"]),
    _p("p1", "professional", [("Natasha", "Corby")], phones=["01858 246 703"], emails=["natasha.corby@wellandvale.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events", """CHRONOLOGY - [[Lacey BOWDEN|name]] (DOB [[30.09.2012|dob]]) and
[[Mason BOWDEN-PICKERING|name]] (DOB [[12.06.2022|dob]])
[[5 Scotland Road|address]], [[Little Bowden|place]], [[Market Harborough|place]] [[LE16 8AX|postcode]]      Compiled by
[[Natasha Corby|name]], SW

| Date | Event | Source |
| [[30/09/2012|date]] | [[Lacey|name]] born at the Leicester General Hospital to [[Kirsty Bowden|name]] (22) and [[Lee Harper|name]]
(25). | Health |
| Mar 2016 | Parents separate; [[Lacey|name]] stays with mother in [[Lubenham|place]]. | Family |
| [[04/05/2019|date]] | Police called to [[Lubenham|place]] address: Ms [[Bowden|name]] and new partner [[Ryan Pickering|name]] arguing;
both
drunk. NFA. | Police |
| [[12/06/2022|date]] | [[Mason|name]] born. Family move to [[Scotland Road|address]] (Aug 2022). | Health |
| [[17/01/2025|date]] | [[Lacey|name]] (Year 8, [[Welland Park|school]]) excluded for 2 days for vaping; school notes older boys
waiting at the gate in a white Audi, VRM [[RX19 KTO|vehicle]]. | Education |
| [[08/09/2026|date]] | [[Lacey|name]] missing overnight; found at 07:00 at a flat in [[Corby|place]], Northamptonshire with
[[Tyler Grewcock|name]]
(19). Snapchat messages seen by police. | Police |
| [[09/09/2026|date]] | Strategy discussion; s.47 (CSE). ABE interview declined by [[Lacey|name]]. | CSC |
| [[15/09/2026|date]] | Mr [[Harper|name]] ([[Kibworth|place]]) asks for [[Lacey|name]] to live with him; [[Lacey|name]] refuses. | CSC |
| [[21|date]] & [[22/09/2026|date]] | Two nights at her friend [[Evie-Rose Bailey|name]]'s in [[Great Bowden|place]] without mum
knowing. | School |
| [[02/10/2026|date]] | [[Tyler Grewcock|name]] charged (child abduction warning breached). Bailed to [[Rockingham Road|address]],
[[Corby|place]]. | Police |
| [[14/10/2026|date]] | Health visitor [[Sally Gumley|name]]: [[Mason|name]] (4) has speech delay; Mr [[Pickering|name]] smelt of drink
at 10:30. | Health |
| [[3 Nov 2026|date]] | Child in need review (see minutes). | CSC |
"""),
    ("Snapchat messages photographed by police and typed up for the strategy meeting", """Typed from police photographs of
[[Lacey|name]]'s phone (exhibit JH/4), taken [[08/09/2026|date]]. Snapchat display names as shown; usernames in brackets are not
marked. Typed by DC [[Jess Halstead|name]], CSE team.

[[Tyler|name]] (tylr.g_99)  Sat 21:14
   u still in [[harborough|place]] or what
[[lacey|name]] 💕 (laceyb.x)  21:16
   yh at the park behind [[welland park academy|school]] w [[evie|name]] 😂
[[Tyler|name]] (tylr.g_99)  21:17
   come [[corby|place]] tonite. [[jordz|name]] will get u from the co-op on [[northampton rd|address]] 10pm
[[lacey|name]] 💕 (laceyb.x)  21:20
   mum will kill me. [[ryan|name]]s pissed again anyway so she wont notice lol
[[Tyler|name]] (tylr.g_99)  21:21
   exactly. bring ur charger. dont tell [[evie|name]] or ur dad
[[Evie|name]] 🦋 (evierose.bailey)  21:40
   [[lace|name]] dont go to [[corby|place]] hes 19 its weird. come to mine in [[great bowden|place]] my mum said its fine
[[lacey|name]] 💕 (laceyb.x)  21:42
   im not a kid [[evie|name]]
Mum (kirsty_b90)  23:58
   WHERE ARE U [[LACEY|name]]. ring me now [[07891 250 181|phone]] or im calling police
[[Tyler|name]] (tylr.g_99)  Sun 00:30
   ur mums blowing up ur phone. turn ur location off
"""),
]

DOCS_D += [
    ("letter to a mother with the outcome of a section 47 enquiry", """Welland Vale Council, Children and Family Services
The Symington Building, [[Adam and Eve Street|address]], [[Market Harborough|place]] [[LE16 7AG|postcode]]

Ms [[Kirsty Bowden|name]]
[[5 Scotland Road|address]]
[[Little Bowden|place]]
[[Market
Harborough|place]]
[[LE16 8AX|postcode]]                                                        Friday [[2 October 2026|date]]

Our ref: CFS/2026/88417 - [[Lacey Bowden|name]] ([[30 September 2012|dob]])

Dear Ms [[Bowden|name]],

Outcome of the enquiry under section 47 of the Children Act 1989

I am writing, as promised when we met at your home on Tuesday [[29 September|date]], to tell you the outcome of the enquiry that
began on [[9 September
2026|date]] after [[Lacey|name]] was found in [[Corby|place]] with [[Tyler Grewcock|name]]. We found that [[Lacey|name]]
has suffered, and is likely to suffer, significant harm through child sexual exploitation. This is not a finding that you have
harmed her: you rang the police, you have worked with us, and you have let [[Lacey|name]]'s father, [[Lee Harper|name]], have her at
his home in [[Kibworth Beauchamp|place]] for the weekends.

We will hold an initial child protection conference on Thursday [[22 October|date]] at 13:30 at the Symington Building. You can
bring a friend or supporter; your sister [[Gemma|name]] asked to come and is welcome. Mr [[Pickering|name]] is invited for the part
about [[Mason|name]]. [[Lee|name]] will also be invited. An advocate from the NYAS service can help [[Lacey|name]] give her views.

If you want to talk before then, ring me on [[01858 246 703|phone]] or my manager,
[[Dipesh Lad|name]], on [[01858 470 324|phone]]. You may also make a complaint if you are unhappy.

Yours sincerely,
[[Natasha Corby|name]]
Social Worker, [[Harborough|place]] Locality Team   |   [[natasha.corby@wellandvale.gov.uk|email]]
cc [[Lee Harper|name]], [[22 Fleckney Road|address]], [[Kibworth Beauchamp|place]], [[LE8 0HH|postcode]]
"""),
    ("child protection core group minutes", """CORE GROUP MEETING - MINUTES
Children: [[Lacey Bowden|name]] (14) and [[Mason Bowden-Pickering|name]] (4)     Plan category: sexual abuse (CSE) / neglect
Date: [[10/11/2026|date]], 16:00, family home, [[5 Scotland Road|address]]     Minutes: [[Natasha Corby|name]] (SW, chair)

Present: [[Kirsty Bowden|name]] (mother); [[Ryan Pickering|name]] ([[Mason|name]]'s father); [[Lee Harper|name]] ([[Lacey|name]]'s
father, by phone from
work in [[Lutterworth|place]]); [[Lacey|name]] (first 20 minutes); [[Karen Market|name]] (pastoral lead, [[Welland Park Academy|school]]);
[[Sally Gumley|name]] (health visitor); [[Ash Theddingworth|name]] (CSE worker, Barnardo's).
Apologies: DC [[Jess Halstead|name]]; [[Hayley|name]] from [[Rainbows Nursery|school]].

1. [[Lacey|name]]'s views: [[Lacey|name]] said the weekends at her dad's are "fine but boring" and that [[Kibworth|place]] "has
nothing". She
has blocked [[Tyler|name]] but "his mate [[Jordan|name]] keeps adding me". She wants to do hair and beauty at
[[Stephenson College|school]] in
[[Coalville|place]] next year. She asked that [[Ryan|name]] "stops drinking in the day".
2. School: attendance up to 92%. Mrs [[Market|name]] has arranged a mentor, [[Priya Foxton|name]]. Staff saw a grey Corsa
([[AJ68 PWU|vehicle]]) at the gate on [[4 November|date]] and [[5 November|date]]; police told.
3. Health: [[Mason|name]]'s speech therapy starts at the children's centre on
[[Coventry Road|address]] on [[17/11|date]]. [[Ryan|name]] has seen the GP about his drinking.
4. Dad: Mr [[Harper|name]] asked whether [[Lacey|name]] could stay with him on Wednesdays too; agreed in principle. His partner
[[Stacey|name]] and her son [[Kai Holt|name]] (12) live with him; checks done.

Actions: [[Natasha|name]] - visit [[Lacey|name]] alone weekly; [[Ash|name]] - sessions on Thursdays at school; [[Kirsty|name]] - location
sharing agreed with [[Lacey|name]]; next core group [[8 December 2026|date]] 16:00.
"""),
]


# --- E. Hollis / Moran family (white British), Earl Shilton, with a grandmother in Stoney Stanton and a father in Burbage ------

HOME_E = d.Address("40 Wood Street", "", "Earl Shilton", "LE9 7ND")
NAN_E = d.Address("2 Long Street", "", "Stoney Stanton", "LE9 4DQ")
DAD_E = d.Address("17 Windsor Street", "", "Burbage", "LE10 2EE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ellis-Jay", "Moran")], dt.date(2026, 2, 14), addresses=[HOME_E], ids=["2628374978"]),
    _p("s", "sibling", [("Summer", "Hollis")], dt.date(2021, 7, 3), addresses=[HOME_E], ids=["1544065116", "T855268267777"],
       schools=["Townlands CE Primary School"]),
    _p("m", "mother", [("Chantelle", "Hollis")], dt.date(2001, 11, 23), addresses=[HOME_E], phones=["07574 838 125"]),
    _p("f", "father", [("Jamie", "Moran")], dt.date(1999, 3, 6), addresses=[DAD_E], phones=["07708 185 512"],
       ids=["JM 55 20 13 B"]),
    _p("g", "grandparent", [("Tracey", "Hollis")], dt.date(1975, 6, 30), addresses=[NAN_E], phones=["01455 669 506"]),
    _p("p1", "professional", [("Carys", "Sapcote")], phones=["01455 418 402"], emails=["carys.sapcote@nhs.net"]),
], "c")

DOCS_E = [
    ("health visitor's contact record", """HEALTHY CHILD PROGRAMME - CONTACT RECORD (0-19 Service)
Client: [[Ellis-Jay MORAN|name]]   DOB [[14/02/2026|dob]]   NHS No. [[262 837 4978|nhs]]
Address: [[40 Wood Street|address]], [[Earl Shilton|place]], [[LE9 7ND|postcode]]   GP: Heath Lane Surgery
Contact: home visit, [[15/10/2026|date]] 10:15   Practitioner: [[Carys Sapcote|name]], Health Visitor ([[01455 418 402|phone]])

Seen: [[Ellis-Jay|name]] (8 months), mother [[Chantelle Hollis|name]] (24), sister [[Summer|name]] (5, off school with a cold).
Also present: maternal grandmother [[Tracey Hollis|name]] from [[Stoney Stanton|place]], who was doing the washing.

Weight 8.1 kg (25th centile, following). Development: sitting unsupported, babbling, not yet crawling - age appropriate.
Skin check at nappy change: a bluish-grey bruise, approx 2 cm x 1 cm, on the outer right thigh, and two small round marks
(about 5 mm) on the left upper arm. [[Chantelle|name]] said he "must have done it on the cot bars" and that "[[Summer|name]] is a bit rough
with him". [[Tracey|name]] said, "[[Jamie|name]] had him Sunday, ask him." [[Jamie Moran|name]] (father) lives in [[Burbage|place]]; he
has the baby
on Sundays at his mother's in [[Barwell|place]]. Non-mobile baby: bruising protocol applies. Explained this to [[Chantelle|name]],
who became upset but agreed to go straight to the children's emergency department at the Leicester Royal Infirmary. [[Tracey|name]]
drove them in her car ([[FY17 OHB|vehicle]]). Informed the duty desk at 11:02 (spoke to [[Gavin Huncote|name]]) and my line manager
[[Ruth Ratby|name]]. Informed GP by task.

[[Summer|name]]: talkative, told me her best friend is "[[Willow|name]]" and that "Daddy [[Jamie|name]] isn't my daddy, my daddy is
[[Shane|name]]". Her father, [[Shane Rowley|name]], is believed to live in [[Nuneaton|place]]; no contact.

Plan: follow up after the paediatric assessment; 12-month review due [[14/02/2027|date]]. [[C. Sapcote|name]] HV
"""),
]

DOCS_E += [
    ("father's handwritten letter to the social worker, scanned and read by OCR", """[scanned [[23/10/2026|date]] - handwritten, 2
pages, blue biro. OCR text, checked
by business support; the OCR's breaks kept]

To Mrs [[Sapcote|name]] and the social worker Mr [[Huncote|name]]

My name is [[Jamie Moran|name]] and I am [[Ellis-Jay|name]]'s dad . I live at [[17 Windsor
Street|address]] [[Burb age|place]] . I want to say I never hurt my son . On sunday [[11th October|date]]
I had him from 10 till 4 at my mums ([[Denise Moran|name]] , [[3 Mill Lane|address]] , [[Barwell|place]])
and my mum was there all day and my sister [[Kelsey|name]] too you can ask them . We went
to the park at Burbage Common and he was in the pram all the time . He was fine
when I took him back to [[Chantelle|name]] at about 4.15 . Her new boyfriend [[Dean|name]] ( I dont
know his last name, he drives a white transit with ladders, he lives in [[Hinckley|place]] ) was
there . I am not saying he done it but you should ask about him not just me .
I have been going on a course at the Wellbeing Hub in [[Hinckley|place]] for my anger since
Jan and I am off the drink 7 months . My support worker is [[Mel Broughton|name]]
I want to keep seeing [[Ellis|name]] and [[Summer|name]] , she calls me dad even tho she is not mine .
My number is [[07708 185 512|phone]] ring me any time
[[J. Moran|name]]
[[20-10-26|date]]
"""),
    ("child protection medical report, summary for the strategy meeting", """UNIVERSITY HOSPITALS OF LEICESTER - CHILD PROTECTION
MEDICAL - SUMMARY
Patient: [[MORAN, Ellis-Jay|name]]  DOB [[14 Feb 2026|dob]]  NHS [[262 837 4978|nhs]]  Hospital no. S2209184
Examined: [[15 October 2026|date]], 14:20, Children's Emergency Department, LRI     Examining doctor: Dr [[Ananya Iyer|name]], ST6
paediatrics
Supervising consultant: Dr [[Marcus Thurlaston|name]]     Social worker present: [[Gavin Huncote|name]] (Bosworth Vale Council)

History from mother ([[Chantelle Hollis|name]]): noticed no marks at bath time on Saturday [[10 October|date]]. Baby with father
[[Jamie Moran|name]] on [[11/10|date]]; mother's partner [[Dean Coton|name]] (34) visits most evenings. Grandmother says the
thigh mark was there on [[13 Oct|date]].

Findings: (1) bruise right lateral thigh 22 x 11 mm, blue-grey, (2) two round bruises left upper arm, 5 mm, 3 cm apart,
consistent with fingertip grip. No petechiae. Skeletal survey: no fractures. CT head not indicated. Bloods (FBC, clotting)
normal. Eye examination by ophthalmology (Mr [[Patel|name]]) normal.

Opinion: the bruising in a non-mobile infant has no accidental explanation and is likely to have been inflicted. The cot
bars explanation is not consistent with the pattern.

Plan: discharged to the care of maternal grandmother, Mrs [[Tracey Hollis|name]], [[2 Long Street|address]], [[Stoney Stanton|place]],
[[LE9 4DQ|postcode]], under a safety plan agreed with Mr [[Huncote|name]] pending the strategy meeting on [[16/10/2026|date]].
Skeletal survey repeat in 11-14 days (booked [[28.10.2026|date]]). Siblings: [[Summer Hollis|name]] (5) to be examined
[[16/10|date]]. Report dictated [[15/10/2026|date]] 19:40, [[A. Iyer|name]].
"""),
    ("text messages between a contact supervisor and the family, exported from the work phone", """SMS export - work mobile of
[[Tash Kirby|name]],
Family Time Worker, Bosworth Vale Council ([[07939 795 105|phone]]). Exported [[06/11/2026|date]] for the case file.

[[27/10/2026|date]] 09:12 To: [[Jamie Moran|name]] ([[07708 185 512|phone]])
  Hi [[Jamie|name]], it's [[Tash|name]] who will supervise your time with [[Ellis-Jay|name]]. Thursday [[29th|date]] 1-2.30pm at the
Family Centre,
  [[Hinckley|place]]. Please bring a bottle and nappies. Thanks
[[27/10/2026|date]] 09:40 From: [[Jamie Moran|name]]
  ok thanks. can [[summer|name]] come she keeps asking for me
[[27/10/2026|date]] 09:52 To: [[Jamie Moran|name]]
  I'll ask [[Gavin|name]] and let you know. It would need [[Chantelle|name]]'s agreement too.
[[29/10/2026|date]] 12:31 From: [[Tracey Hollis|name]] ([[01455 669 506|phone]])
  Hi its [[Tracey|name]] [[Chantelle|name]]s mum. We are stuck on the A47 by [[Normanton le Heath|place]]... sorry i mean by
[[Peckleton|place]].
  Will be 15 mins late. [[Ellis|name]] has had his bottle
[[29/10/2026|date]] 14:35 From: [[Jamie Moran|name]]
  thank u [[tash|name]] for today. he smiled at me. can we do [[5th|date]] or [[6th|date]] next week
[[02/11/2026|date]] 18:20 From: [[07415 755 536|phone]]
  Hi this is [[Dean|name]], [[Chantelle|name]]s partner, she said to text you about the contact. She wants it moved to
[[Earl Shilton|place]].
[[02/11/2026|date]] 18:45 To: [[07415 755 536|phone]]
  Hello, I can't discuss the contact with you. Please ask [[Chantelle|name]] to call me or [[Gavin Huncote|name]]. Thanks, [[Tash|name]]
[[05/11/2026|date]] 08:03 From: [[Jamie Moran|name]]
  see u at 1. got him a teddy from the charity shop on [[Castle Street|address]]
"""),
]


# --- F. Petrov / Ivanova family (Bulgarian), Lutterworth, with a grandmother in Shumen --------------------------------------

HOME_F = d.Address("Flat 2, 11 Bitteswell Road", "", "Lutterworth", "LE17 4EL")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Viktoria", "Petrova")], dt.date(2014, 3, 19), addresses=[HOME_F], ids=["7571088100", "L855186975238"],
       schools=["Lutterworth High School"]),
    _p("s", "sibling", [("Nikolai", "Petrov")], dt.date(2019, 10, 5), addresses=[HOME_F], ids=["9891661628"],
       schools=["Sherrier Church of England Primary School"]),
    _p("m", "mother", [("Desislava", "Ivanova")], dt.date(1990, 5, 27), addresses=[HOME_F], phones=["07520 575 637"],
       ids=["SK 83 02 61 C"]),
    _p("f", "father", [("Georgi", "Petrov")], dt.date(1987, 1, 12), addresses=[HOME_F], phones=["07883 634 314"]),
    _p("g", "grandparent", [("Stefka", "Ivanova")], dt.date(1964, 9, 9), phones=["+359 88 412 7360"]),
    _p("p1", "professional", [("Daniel", "Misterton")], phones=["07305 292 545"], emails=["daniel.misterton@swiftvale.gov.uk"]),
], "c")

DOCS_F = [
    ("social worker's note of a home visit with an interpreter", """HOME VISIT NOTE - SWIFT VALE COUNCIL CHILDREN'S SERVICES
Family: [[PETROVA, Viktoria|name]] ([[19/03/2014|dob]]); [[PETROV, Nikolai|name]] "[[Niki|name]]" ([[05/10/2019|dob]])
Address: [[Flat 2, 11 Bitteswell Road|address]], [[Lutterworth|place]], [[LE17 4EL|postcode]] (a house in multiple occupation, 5 flats)
Visit: Wednesday [[4 November 2026|date]], 17:30-18:45     Worker: [[Daniel Misterton|name]]     Interpreter (Bulgarian):
[[Radostina Koleva|name]]

Why: referral from [[Lutterworth High School|school]] on [[2 November|date]]: [[Viktoria|name]] (Year 8) told her tutor, Mr
[[Ullesthorpe|name]],
that her father "broke the door" and that her mother "will take us to Bulgaria forever". The family were away in Bulgaria
from [[5 September|date]] to [[19 October|date]] without the school's agreement (unauthorised absence, 31 sessions).

Present: [[Desislava Ivanova|name]] (mother, 36, cleaner on nights at a distribution centre at Magna Park); [[Viktoria|name]]; [[Niki|name]]
(7, Year 3 at [[Sherrier|school]]). [[Georgi Petrov|name]] (father) was at work; [[Desislava|name]] said he works days for an agency driving
forklifts. A lodger, [[Plamen|name]], was in the kitchen; he said he is a cousin and did not give a surname.

The flat: two rooms for four people; the children share a bed. The inside of the bedroom door has a split panel at fist
height. [[Desislava|name]] said [[Georgi|name]] punched it on [[31 October|date]] "when he drank rakia at the party at [[Stoyan|name]]'s".

[[Viktoria|name]], seen alone in the stairwell (with the interpreter): she speaks good English. She said her dad "is nice when he
is not drinking" and that in [[Shumen|place]] at her grandmother [[Stefka|name]]'s "nobody shouts". She is worried she will lose her
friends, [[Maisie|name]] and [[Amelia Gilmorton|name]], if they move. She wants to stay in [[Lutterworth|place]] "but with Mum safe".

Plan: DASH with [[Desislava|name]] alone at the next visit (with a female interpreter); advice on the absence fine; Women's Aid
Leicestershire contact details given. Follow-up [[11/11/2026|date]].
"""),
    ("Viber messages in Bulgarian between a mother and grandmother, typed up and translated by the interpreter", """Typed up from
[[Desislava|name]]'s phone
on [[11/11/2026|date]] with her agreement; Bulgarian in Cyrillic as written, then the translation by [[Radostina Koleva|name]]. The
contact is saved as "Мама" (Mum). Times are the UK times shown on the phone.

[[01.11.2026|date]] 08:14 Мама: [[Деси|name]], как сте? [[Вики|name]] звънна снощи и плака. Какво стана с [[Жоро|name]]?
   ([[Desi|name]], how are you? [[Viki|name]] rang last night and cried. What happened with [[Zhoro|name]]?)
[[01.11.2026|date]] 08:30 [[Деси|name]]: Пи пак. Удари вратата. Децата се уплашиха. Не мога повече мамо.
   (He drank again. He hit the door. The children were scared. I can't take any more, Mum.)
[[01.11.2026|date]] 08:33 Мама: Елате си в [[Шумен|place]]. Имам място. Леля [[Ваня|name]] ще помогне, тя е на
[[ул. Цар Освободител 48|address]].
   (Come home to [[Shumen|place]]. I have room. Aunt [[Vanya|name]] will help, she is at [[48 Tsar Osvoboditel Street|address]].)
[[01.11.2026|date]] 08:40 [[Деси|name]]: Учителката каза, че ако пак ги взема, ще има глоба. И социалните идват в сряда.
   (The teacher said if I take them again there will be a fine. And social services are coming on Wednesday.)
[[04.11.2026|date]] 21:02 Мама: Какво каза социалният? Добър ли е?
   (What did the social worker say? Is he good?)
[[04.11.2026|date]] 21:10 [[Деси|name]]: [[Даниел|name]] се казва. Добър е. Каза, че [[Вики|name]] може да остане в училище в
[[Лътъруърт|place]].
   (His name is [[Daniel|name]]. He is good. He said [[Viki|name]] can stay at school in [[Lutterworth|place]].)
[[05.11.2026|date]] 07:45 Мама: Обади се на [[Петя|name]] от [[Русе|place]], тя е в [[Лестър|place]] и знае за жилища.
[[+359 87 655 2014|phone]]
   (Call [[Petya|name]] from [[Ruse|place]], she is in [[Leicester|place]] and knows about housing. [[+359 87 655 2014|phone]])
[[05.11.2026|date]] 07:50 [[Деси|name]]: Добре. Целувки от [[Ники|name]]. Рожденият ден на баба е на [[9 септември|dob]], няма да забравим.
   (OK. Kisses from [[Niki|name]]. Granny's birthday is on [[9 September|dob]], we won't forget.)

Interpreter's note: "[[Жоро|name]]" / "[[Zhoro|name]]" is the usual short form of [[Георги|name]] ([[Georgi|name]]); "[[Деси|name]]",
"[[Вики|name]]" and
"[[Ники|name]]" are short forms of [[Десислава|name]], [[Виктория|name]] and [[Николай|name]]. "Мама", "мамо" and "баба" are kinship words.
"""),
]

DOCS_F += [
    ("school's letter to parents about unauthorised absence", """[[Lutterworth High School|school]]
[[Woodway Road|address]], [[Lutterworth|place]], [[LE17 4QH|postcode]]

Mr [[G. Petrov|name]] and Ms [[D. Ivanova|name]]
[[Flat 2|address]]
[[11 Bitteswell
Road|address]]
[[Lutterworth|place]] [[LE17 4EL|postcode]]

[[21 October 2026|date]]

Dear Mr [[Petrov|name]] and Ms [[Ivanova|name]],

Re: [[Viktoria Petrova|name]], Year 8 (tutor group 8UL), UPN [[L855186975238|upn]]

[[Viktoria|name]] was absent from school from Monday [[7 September|date]] to Friday [[16 October 2026|date]], 31 school sessions in all.
Your request for leave, handed in by [[Viktoria|name]] on [[4 September|date]], was refused in writing by the head teacher,
Mrs [[Claire Cotesbach|name]], on the same day, because holidays in term time can only be agreed in exceptional circumstances.

The absence is therefore unauthorised. Under the county's code of conduct the local authority may issue a penalty notice to
each parent. Before it does so, we would like to meet you, with an interpreter, to understand what happened and to make sure
[[Viktoria|name]] gets help to catch up. I have also noticed that she seems tired and worried since she came back, and I want to
make sure she is all right.

Please ring me on [[01455 554 101|phone]] (school office) to book a time, or email [[attendance@lutterworthhigh.org|email]]. A Bulgarian
translation of this letter is enclosed.

Yours sincerely,
[[Mark Ullesthorpe|name]]
Head of Year 8 and attendance lead
cc: [[Daniel Misterton|name]], Swift Vale Council (with the parents' knowledge)
"""),
    ("email chain from an employer's HR adviser to the council's front door", """From: [[Sophie Walcote|name]]
<[[sophie.walcote@peoplefirst-staffing.co.uk|email]]>
Sent: [[12 November 2026|date]] 16:47
To: Children's Front Door <childrensfrontdoor@swiftvale.gov.uk>
Cc: [[Daniel Misterton|name]] <[[daniel.misterton@swiftvale.gov.uk|email]]>
Subject: Safeguarding concern - employee's child - [[PETROVA|name]]

Hello,

I'm the HR adviser for an agency that supplies staff to the warehouses at Magna Park. One of our workers, [[Georgi Petrov|name]]
(DOB [[12/01/1987|dob]], NI no. [[SN 90 15 47 D|ni]],
mobile [[07883 634 314|phone]]), came to our office at [[Lutterworth|place]] today asking for unpaid leave to
"take his children back to Bulgaria before the English take them". He was very agitated and said his wife [[Desi|name]] "has
told the social" about him. He showed me a photo of his daughter and said "[[Vicky|name]] will not go to that school again".

He also said he has bought coach tickets for Sunday [[15 November|date]] from [[Leicester|place]] to [[Sofia|place]] for himself and the two
children (I saw the booking on his phone: Flixbus, departing St Margaret's bus station, three passengers). As far as I know his
wife is not going with them. He gave his address as [[11 Bitteswell Rd|address]] and his brother's address in [[Varna|place]],
[[бул. Владислав Варненчик 112|address]], [[9000|postcode]] [[Варна|place]], as his "new address".

His supervisor, [[Krasimir Dobrev|name]], says [[Georgi|name]] told the team on [[10/11|date]] that the children would be "gone by
the weekend". I have not spoken to Mr [[Petrov|name]]'s wife. Our office landline is [[01455 208 377|phone]].

Kind regards,
[[Sophie Walcote|name]], HR Adviser
People First Staffing, [[Unit 4, Argosy Court|address]], [[Lutterworth|place]] [[LE17 4XN|postcode]]

-----
From: [[Daniel Misterton|name]]
Sent: [[12 November 2026|date]] 17:20
To: [[Sophie Walcote|name]]
Subject: RE: Safeguarding concern - employee's child - [[PETROVA|name]]

Dear [[Sophie|name]], thank you. I have told the police (ref. 26*471190) and [[Desislava|name]], and we are applying to the court
tomorrow morning. Please call me at once on [[07305 292 545|phone]] if Mr [[Petrov|name]] contacts you again. [[Daniel|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 64 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:25 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "mister", "nurse",
           "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum",
           "mummy", "mam", "dad", "daddy", "papa", "aunt", "aunty", "auntie", "uncle", "ba", "bapuji", "masi", "kaka", "didi",
           "shri", "શ્રી", "баба", "леля", "мама", "мамо", "чичо"}
_AFTER = {"ben", "bhai", "ba", "bapa", "બેન", "બા", "senior", "junior"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "leicestershire", "rutland", "northamptonshire",
               "nottinghamshire", "the midlands", "east midlands", "montserrat", "the caribbean", "india", "gujarat", "kenya",
               "bulgaria", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mister Owen",
# "Aunt Pearlie", "શ્રી જોઆન", "Леля Ваня"; and after one: "Joanne ben", "Kusum Ba", "જોઆન બેન", "કુસુમ બા") and counties,
# regions and countries ("Leicestershire", "Northamptonshire", "Montserrat", "Gujarat", "Bulgaria").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
