"""Set 134: a held-out hand-written set for the redaction detector, six more invented families in Telford and Wrekin,
written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing
the `Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md,
tests/test_redaction_hand_sets.py, or bench/redaction_set135.py to bench/redaction_set137.py and their tests (written by
other helpers at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and
that looked at no detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and
marking conventions followed here: its module docstring, imports, first record, word lists, checker comment and tail, and the
opening lines of its first family's documents as they appeared in a listing; its other documents were not read), the module
docstrings only of bench/redaction_set7.py to bench/redaction_set133.py (printed with ast.get_docstring and searched for
town, district and community names, to pick a home and communities no earlier set used), bench/redaction_handwritten.py (its
helpers and first record), an attempt to print the function definitions of bench/redaction_set15.py (it has none at module
level, so nothing was printed), and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made with python-stdnum in small snippets. The record constructors (d.Party through
`_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector
on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Six families in Telford and Wrekin, each from a town, district or estate no earlier set used as a family's home (earlier
sets used Hadley, Brookside, Woodside, Madeley, Wellington, Dawley, Sutton Hill, Ketley, Trench and Ironbridge; these are
not homes here). Four of the kinds most common in children's social care: a white British family in Donnington, with a
grandmother in Muxton and a father in Shifnal (Brayford / Madeley / Hankin; a girl of 7 bitten by a mother's partner's
XL-type dog explained away as a neighbour's, a boy of 11 who barricades his door, the dog brought back and seized), a
white British girl of 15 in Leegomery, with a father in Dawley Bank (Dorricott / Kettle / Capewell; repeated missing
episodes, an adult "boyfriend" in Arleston with an Audi, a night in Walsall and a possible sexual assault, an exploitation
panel), a care leaver of 19 in Hollinswood expecting her first baby with a father of Black Caribbean heritage in Penn,
Wolverhampton (Fairweather / Campbell-Reid; a pre-birth assessment, a father arrested for drug supply, an unsafe
grandmother in Brookside, pre-eclampsia) and a white British lone father in Stirchley with a Polish wife gone back to
Wrocław (Hollis / Wrona; an autistic, non-verbal boy of 12 with night-time epilepsy, a girl of 8 up at night with him, no
short breaks, a neighbour who writes to her councillor). Two from communities no earlier set used: a Kutchi Muslim family
from Kutch, Gujarat, in Oakengates, by way of Bolton, with a grandmother in Bhuj and Mandvi (Sumra / Memon; a boy of 13
belted by his father, a madrassa teacher who tells the school, a mother who writes Kutchi in Gujarati script, a feared
uncle from Leicester) and a Chittagonian-speaking Bangladeshi family in Malinslee, with an uncle in Chattogram (Alam /
Begum; a mother's post-natal depression, a boy of 11 as a young carer, a father working split shifts, a Bengali-script
chat). 24 documents, each with its own style label, about half plain professional recording: a home visit case note, a
child in need review's minutes with a distribution list, a s47 strategy discussion record, a s47 outcome letter, a police
missing person log, an independent return home interview, a child exploitation screening form, an exploitation (MACE)
panel's minutes, a young carer's needs assessment with a genogram, a pre-birth assessment with a chronology, an Early Help
assessment with a who's who, a GP's letter; and the rest other kinds of writing: a grandmother's Facebook Messenger
messages typed up from screenshots, a school nurse's handwritten body map scanned and OCR'd (with OCR errors: "D0NNINGTON",
"Mas0n", "Gr eenhalgh", "Beth an"), a madrassa teacher's email to a school with the DSL's reply, a mother's WhatsApp voice
notes in Kutchi transcribed and translated by an interpreter, parents' Messenger chat in Bengali script and romanised
Chittagonian with a translation, a father's own handwritten letter, a school attendance call log exported from the MIS, a
personal adviser's notes typed fast on a phone, a maternity triage telephone record, a housing register change of
circumstances form, a special school's home-school book, and a ward councillor's email forwarding a neighbour's complaint
with the worker's reply.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (India, Bangladesh, Poland); NHS numbers and UPNs (LA number 894) pass their check
digits; NI numbers have a valid format. Invented too: the council (Ercall Council and its services: Family Connect, the
Young People's Service), the housing landlord (Telford Homes), the haulier (Wrekin Freight), the interpreting agency
(NorthLingo, as in set 21), and the schools and nurseries (Donnington Brook Primary, Little Acorns Nursery, Hurleybrook
Academy, Priorslee Fields Primary, Charlton Vale School, Malinslee Community Primary, Haughton School, Holmer Lake Primary,
Stepping Stones); towns, districts, estates, real schools, hospitals, GP practices, police forces, retail parks, stations,
factories, charities, apps, banks and laws are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Dr, PC, DS,
DI, RM, Cllr, Maulana, Auntie, Babcia, Nanu) stay outside the name span, before or after the name ("jahangir bhai", "eileen
aunty", "Tanvir Abbu"); a possessive 's and a texting bare s ("ryan"s, "dwayne"s, "rhiannon"s) stay outside; every person's
name is a name in every form, record or not, including nicknames and short forms ("Pops", "mase", "kay", "Os", "Nic", "Sum",
"Summs", "Aga", "Mo", "Lew"); "SURNAME, First" is one span ("BRAYFORD, Mas0n", "SUMRA, Ayaan", "CARTWRIGHT-BELL, Jason",
"ALAM, Tanvir", "FAIRWEATHER, Jade"); a name broken by a line break is one span holding the break, and so is an address, a
place, a school and a date; initials alone ("KM", "RP", "S.D.") are not marked; a contact saved under a kinship word ("Mum",
the grandmother's saved name) is not a name; a street address is one span, its town a place, its postcode a postcode; a
street named without a number is an address ("Turreff Avenue", "turreff", "Limes Walk", "Grange Avenue", "the Wolverhampton
Road"), and so is a bare flat or house number ("no. 12", "Flat 9", "no. 39", "the lad at 18"); an address abroad is an address
("ul. Kasprowicza 112/4", with the Polish postcode "51-137" a postcode); towns, villages, districts, estates and industrial
estates are places at home and abroad and in any script ("Hortonwood", "Chattogram", "Chittagong", "Patiya", "ભુજ");
countries, counties and regions are not ("Shropshire", "Kutch", "Gujarat", "Bangladesh", "Poland", "Staffs/West Mids");
organisations and landmarks are not marked even when they hold a town's or a person's name; a school's name and its short
form are a school ("Charlton", "Haughton", "donnington brook", "Thomas Telford"); a date of birth is dob, any other date with
a day is a date (a weekday before it stays outside), months and years alone are not marked; pets' names ("Tank") are not
names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a surname that is also a
Telford place ("Madeley") is a name when it is a person, and "Madeley" the town a place; a first name that is a word ("Dawn",
"Summer", "Jade", "Fern", "Pam") is a name; a service named by its area ("Telford school nursing", "the Hollinswood and
Randlay team", "Donnington SNT") marks the places, as set 21 did for "Plymouth PDU"; a name typed under a voice note in
Gujarati script ("ઝુબેદા", "મરિયમ", "અનવર") and a contact saved in Bengali script ("রোকেয়া") are names, and the child's name
in a contact like "Tanvir Abbu" ("Tanvir's dad") is a name with the kinship word outside; a bank ("halifax") in a note is an
organisation; a hospital number ("PRH 4410723"), a police reference, an interpreter's NRPSI number and a housing reference
("TH/88214") are not marked; a railway station ("Telford Central"), shopping and leisure areas (Southwater, Telford Forge
Retail Park, the Wrekin Retail Park) and community buildings (the Hub on the Hill, the Madeley Centre, Oakengates Theatre,
Addenbrooke House) are landmarks or organisations and stay unmarked; an OCR'd name with a stray space or a zero for an O
("Beth an Lloyd-Price", "Mas0n") is still a name span; a form's boxed date of birth with spaces ("1 1 / 0 2 / 2 0 0 7") is
one dob span; a team's switchboard is not in the text.

Self-check without the detector: `python -m bench.redaction_set134` (and tests/test_redaction_set134.py) runs set 21's
checker (which runs set 15's, and through it sets 13 to 6) on this set, adds this set's titles and kinship words (before
and after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind:
24 documents, 976 gold spans, 546 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set21 import problems as problems_21
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Brayford / Madeley family (white British), Donnington, with a grandmother in Muxton ------------------------------

HOME_A = d.Address("14 Turreff Avenue", "Donnington", "Telford", "TF2 8HE")
NAN_A = d.Address("6 Marshbrook Way", "Muxton", "Telford", "TF2 8SD")
DAD_A = d.Address("Flat 2, 31 Station Road", "", "Shifnal", "TF11 8BU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Brayford")], dt.date(2015, 6, 18), addresses=[HOME_A], ids=["7838207169", "Q894201379021"],
       schools=["Donnington Brook Primary School"]),
    _p("s", "sibling", [("Poppy", "Brayford")], dt.date(2019, 11, 2), addresses=[HOME_A], ids=["3739870141"],
       schools=["Little Acorns Nursery"]),
    _p("m", "mother", [("Kayleigh", "Brayford")], dt.date(1997, 3, 9), addresses=[HOME_A], phones=["07818 442 906"],
       ids=["JK 62 19 47 B"]),
    _p("f", "father", [("Craig", "Madeley")], dt.date(1993, 8, 27), addresses=[DAD_A], phones=["07932 610 458"]),
    _p("x", "other", [("Lewis", "Hankin")], dt.date(1995, 1, 14), addresses=[HOME_A]),
    _p("g", "grandparent", [("Sandra", "Brayford")], dt.date(1970, 12, 5), addresses=[NAN_A], phones=["01952 614 283"]),
    _p("p1", "professional", [("Bethan", "Lloyd-Price")], phones=["01952 388 417"], emails=["bethan.lloyd-price@ercall.gov.uk"]),
], "c")

DOCS_A = [
    ("case note of an unannounced home visit after a dog bite", """CASE NOTE - HOME VISIT (unannounced)
Child: [[Mason BRAYFORD|name]] ([[18/06/2015|dob]])   Sibling: [[Poppy BRAYFORD|name]] ([[02/11/2019|dob]])
Address: [[14 Turreff Avenue|address]], [[Donnington|place]], [[Telford|place]] [[TF2 8HE|postcode]]
Visit: Thursday [[3 December 2026|date]], 16:20-17:35. Worker: [[Bethan Lloyd-Price|name]] (SW), with student SW [[Aled Perry|name]]

Reason for visit: Princess Royal Hospital A&E notified the front door on [[1 December|date]] that [[Poppy|name]] (7) was seen with a
dog bite to the left forearm, four stitches. Mum ([[Kayleigh|name]]) said it was "next door's dog through the fence".

Mum's NI (for the DWP check, given by her): [[JK 62 19 47 B|ni]].
Seen: [[Kayleigh Brayford|name]] (mum), [[Mason|name]] (11), [[Poppy|name]] (7). Mum's partner [[Lewis Hankin|name]] arrived at
17:05 from work (he drives for Wrekin Freight out of [[Hortonwood|place]]) and was polite but left the room when the dog was raised.

The dog is not next door's. It is a large XL-type cross called Tank that [[Lewis|name]] bought in October "off a lad in
[[Hadley|place]]". It was shut in the back bedroom during the visit and was barking and throwing itself at the door. Mum
said the neighbour at [[no. 12|address]], Mrs [[Pat Whitmore|name]], had "told tales" to the school. [[Mason|name]] said quietly,
on the stairs, "Tank goes for [[Pops|name]] when she's got food" and that he sleeps with his door wedged shut.

Home conditions: kitchen cluttered, dog mess on the back yard, little food in (bread, cereal, frozen chips). Beds seen, one
bunk broken and [[Poppy|name]] sharing mum's bed. Gas and electric on (key meters, £3.40 on the electric).

[[Mason|name]]'s father [[Craig Madeley|name]] lives in [[Shifnal|place]] ([[Flat 2, 31 Station Road|address]]) and has him alternate
weekends; mum says he "won't have the dog mentioned". Nan, [[Sandra Brayford|name]], lives round the corner in [[Muxton|place]]
([[6 Marshbrook Way|address]]) and has the children most teatimes.

Analysis: two children living with a dangerous dog, a bite that was explained away, a boy of 11 barricading himself in. Mum
was tearful and said she'd "been scared of it for weeks" but [[Lewis|name]] won't part with it.
Actions: (1) mum agreed the dog goes to [[Sandra|name]]'s shed tonight - NO, nan said no on the phone ([[01952 614 283|phone]]);
agreed instead with [[Lewis|name]] it goes to his brother [[Ryan Hankin|name]] in [[Trench|place]] tonight, I will check tomorrow;
(2) strategy discussion with police (PC [[Imogen Rudd|name]], [[Donnington|place]] SNT) on [[4/12/26|date]]; (3) tell the school DSL
([[Neil Arkwright|name]], [[Donnington Brook Primary|school]]) and the nursery; (4) visit again before the weekend.
[[B. Lloyd-Price|name]] 17:55
"""),
    ("a grandmother's Facebook Messenger messages screenshotted by the mother and typed up", """[Typed up from 6 screenshots
[[Kayleigh|name]] showed on her phone on [[07/12|date]]. Messages between Nan (saved as "Mum") and [[Kayleigh|name]]. Spelling kept.
Emojis described in brackets.]

Mum  Sat [[5 Dec|date]] 08:14
[[kay|name]] has [[lewis|name]] took that dog to [[ryan|name]]s yet or is it still there. i will not have [[poppy|name]] near it

[[Kayleigh|name]]  08:31
its gone nan its at [[ryan|name]]'s in [[trench|place]] since thurs night. the social said it has to go. [[lewis|name]] is fuming

Mum  08:33
good. and tell him if i see it back on [[turreff|address]] ill ring the council myself. hows my [[pops|name]] arm

[[Kayleigh|name]]  08:40
stitches out wed at the walk in at southwater. [[mase|name]] got sent out at [[donnington brook|school]] again. she keeps picking it.
[[mase|name]] is being a nightmare

Mum  08:41
hes not a nightmare hes frit of that dog. send him up to me after football i'll do him egg n chips

[[Kayleigh|name]]  09:02
[[craig|name]] wants him this wknd but he said hes going to the darts at [[Ketley|place]] sat night so whos having him?? not
[[Shelley|name]] again

Mum  09:04
[[shelley|name]] is a good girl [[kay|name]] leave it. she had him last time [[craig|name]] was out

[[Kayleigh|name]]  09:10
whatever. the social woman is coming back tues. [[bethan|name]] or whatever

Mum  09:11
be nice to her. shes trying. ring me later [[kay|name]] xx (heart)

[[Kayleigh|name]]  Mon [[7 Dec|date]] 07:52
nan can u have [[pops|name]] after school 2day theres a meeting at the school at 3 with mr [[arkwright|name]] and [[bethan|name]]

Mum  07:53
yes. bring her to [[muxton|place]] i'm in all day. has [[mason|name]] got his inhaler

[[Kayleigh|name]]  07:55
yes. and [[lewis|name]] says he's getting the dog back on the [[14th|date]] when [[ryan|name]] goes to [[Wolverhampton|place]] for work
"""),
    ("a school nurse's handwritten body map scanned and OCR'd", """D0NNINGTON BR00K PRIMARY - B0DY MAP / INJURY REC0RD  (scan, p1 of 2)
       [OCR text, some errors kept]

Pupil name: [[BRAYFORD, Mas0n|name]]      Class: Yr 6 (Kestrels)      D.O.B. [[18 / 06 / 2015|dob]]
UPN: [[Q894201379021|upn]]      Date: [[8th Dec 2026|date]]     Time: 09.10
Reported by: Mrs [[J. Oakden|name]] (TA)  ->  seen by school nurse [[Tamsin Gr eenhalgh|name]] (SCPHN), [[Telford|place]] school nursing

Site: L upper arm, outer side. Two curved rows of puncture marks, scabbed, approx 3cm
and 2cm, with yellow/green bruising around. Also scratch marks L forearm (3), healing.
Childs explanation (own words): "it was Tank" -> NB Tank is the dog, not a person. (crossed out)

Childs explanation (own words): "the dog got me when I took it its bowl. [[Lew|name]] said say it was at football."
When: "Saturday at me nans" then "no at home". Asked once only.

Parent informed: Y / N    by: [[N Arkwright|name]] DSL   time: 09.40  tel [[07818 442 906|phone]] - no answer, msg left
Social worker informed: [[Beth an Lloyd-Price|name]] 09.55 (by phone to the front door, [[01952 388 417|phone]])
Signed: [[T. Greenhalgh|name]]         Designation: SN         Date: [[08.12.26|date]]
"""),
    ("child in need review meeting minutes", """ERCALL COUNCIL CHILDREN'S SERVICES - CHILD IN NEED REVIEW
Children: [[Mason Brayford|name]] (DOB [[18.06.2015|dob]], NHS [[783 820 7169|nhs]]); [[Poppy Brayford|name]] (DOB
[[02.11.2019|dob]], NHS [[373 987 0141|nhs]])
Date of meeting: Tuesday [[15 December 2026|date]] at [[Donnington Brook Primary School|school]], 15:15
Chair: [[Bethan Lloyd-Price|name]] (SW)   Minutes: [[Gemma Lyle|name]] (business support)

Present: [[Kayleigh Brayford|name]] (mum); [[Sandra Brayford|name]] (maternal gran); [[Craig Madeley|name]] ([[Mason|name]]'s dad, joined
by phone from [[07932 610 458|phone]]); [[Neil Arkwright|name]] (DSL); [[Tamsin Greenhalgh|name]] (school nurse); [[Leanne Pope|name]]
([[Little Acorns Nursery|school]] manager); PC [[Imogen Rudd|name]].
Apologies: [[Lewis Hankin|name]] (mum's partner, "at work"); Dr [[Farooqi|name]] (Donnington Medical Practice).

1. Since the last meeting. The dog was moved to [[Ryan Hankin|name]]'s in [[Trench|place]] on [[3/12|date]] but [[Mason|name]] was bitten
on [[5 December|date]] at the family home (school nurse's body map of [[8 December|date]]), so the dog was back. Mum accepts it was
brought back "for one night" by [[Lewis|name]]. PC [[Rudd|name]] confirmed it was seized on [[10 December|date]] under the Dangerous
Dogs Act and is kennelled; a court date is awaited.
2. [[Mason|name]]. Attendance 88%. Quiet, tired, "jumpy". He told Mr [[Arkwright|name]] he wants to live at his dad's in [[Shifnal|place]].
[[Craig|name]] said he would have him "tomorrow" but works shifts at the Ironbridge Gorge museums and lives in a one-bed.
3. [[Poppy|name]]. Arm healed. Nursery: [[Leanne|name]] says she is clingy and has had two toileting accidents.
4. Nan. [[Sandra|name]] does most teatimes and school runs; she asked for help with the cost and a bus pass to [[Donnington|place]].
Actions: SW to discuss with the team manager ([[Owen Bickley|name]]) stepping up to a strategy discussion if [[Lewis|name]]
brings any dog into [[Turreff Avenue|address]]; [[Neil|name]] to refer [[Mason|name]] for [[Donnington
Brook|school]]'s ELSA; nursery to share a
toileting plan with [[Kayleigh|name]]; next review [[26 January 2027|date]].

Distribution (secure email or post):
[[Kayleigh Brayford|name]], [[14 Turreff Ave|address]], [[Donnington|place]] [[TF2 8HE|postcode]] - by hand
[[Craig Madeley|name]], [[Flat 2, 31 Station Road|address]], [[Shifnal|place]] [[TF11 8BU|postcode]] - post
[[Sandra Brayford|name]], [[6 Marshbrook Way|address]], [[Muxton|place]] [[TF2 8SD|postcode]] - post (asked for a paper copy)
[[Lewis Hankin|name]] - via [[Kayleigh|name]], at her request
[[Neil Arkwright|name]], DSL - [[n.arkwright@donningtonbrook.org.uk|email]]
[[Tamsin Greenhalgh|name]], school nursing - [[tamsin.greenhalgh2@nhs.net|email]]
[[Leanne Pope|name]], [[Little Acorns Nursery|school]] - [[01952 418 266|phone]] (to collect a copy)
PC [[Imogen Rudd|name]] 3391, [[Donnington|place]] & [[Muxton|place]] SNT
[[Owen Bickley|name]], Team Manager - for information
Dr [[Farooqi|name]] - via the practice safeguarding inbox
"""),
]


# --- B. Sumra / Memon family (Kutchi Muslim, from Kutch in Gujarat), Oakengates, with family in Bhuj and Bolton ----------

HOME_B = d.Address("22 Limes Walk", "Oakengates", "Telford", "TF2 6EP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ayaan", "Sumra")], dt.date(2013, 2, 21), addresses=[HOME_B], ids=["1534563423", "G894204836978"],
       schools=["Hurleybrook Academy"]),
    _p("s", "sibling", [("Mariyam", "Sumra")], dt.date(2017, 9, 30), addresses=[HOME_B], ids=["8129116324"],
       schools=["Priorslee Fields Primary School"]),
    _p("m", "mother", [("Zubeda", "Sumra"), ("Zubeda", "Memon")], dt.date(1988, 4, 4), addresses=[HOME_B],
       phones=["07754 283 119"]),
    _p("f", "father", [("Yusuf", "Sumra")], dt.date(1982, 10, 16), addresses=[HOME_B], phones=["07868 905 374"],
       ids=["SZ 40 71 83 C"]),
    _p("g", "grandparent", [("Hawa", "Memon")], phones=["+91 98250 41736"]),
    _p("p1", "professional", [("Daniel", "Okafor")], phones=["01952 582 906"], emails=["daniel.okafor@ercall.gov.uk"]),
], "c")

DOCS_B = [
    ("strategy discussion record after a belt injury", """STRATEGY DISCUSSION RECORD (s47, Children Act 1989)
Date/time: Wednesday [[18 November 2026|date]], 11:30 (Teams)      Convened by: [[Daniel Okafor|name]], SW, Assessment Team 2
Child: [[SUMRA, Ayaan|name]]   DOB [[21/02/2013|dob]]   NHS [[153 456 3423|nhs]]   UPN [[G894204836978|upn]]
Sibling: [[SUMRA, Mariyam|name]]   DOB [[30/09/2017|dob]]   NHS [[812 911 6324|nhs]]
Home: [[22 Limes Walk|address]], [[Oakengates|place]], [[Telford|place]] [[TF2 6EP|postcode]]
Parents: [[Yusuf SUMRA|name]] ([[16/10/1982|dob]], NI [[SZ 40 71 83 C|ni]]), [[Zubeda SUMRA|name]] (née [[MEMON|name]],
[[04/04/1988|dob]]). First language Kutchi;
mum reads Gujarati, dad Gujarati and Urdu; both speak some English. Interpreter needed for mum (Kutchi, female).

Attendees: [[Daniel Okafor|name]] (SW); DS [[Harriet Vane-Tempest|name]] (West Mercia Police, CAIU); [[Priya Solanki|name]] (DSL,
[[Hurleybrook Academy|school]]); Dr [[Rehana Dudhwala|name]] (named GP, Oakengates Medical Practice); [[Colm Reilly|name]] (TM, chair).

Information shared:
- School: on [[17/11|date]] [[Ayaan|name]] (13, Yr 8) flinched in PE; PE teacher Mr [[Gethin Rowlands|name]] saw three straight red-purple
  marks across the back of both thighs. [[Ayaan|name]] said his dad "used the belt because I lied about the mosque". He said it
  happened on the Sunday ([[15 November|date]]) and "it's normal, it happened to him in [[Bhuj|place]]".
- Police: no record for [[Yusuf|name]]. One call in 2024 from a neighbour, Mr [[Terry Bould|name]] at [[no. 20|address]], about
  shouting; no offences.
- GP: [[Zubeda|name]] seen 3 times this year with low mood and back pain; her mother, [[Hawa Memon|name]], went back to [[Mandvi|place]]
  in the summer and she "has no one here". [[Mariyam|name]] (9) is well, fully immunised.
- Madrassa: [[Ayaan|name]] attends the evening madrassa at the Oakengates Islamic Centre 5 nights; the teacher,
  Maulana [[Idris Patel|name]], had emailed the school (see next document).

Decision: threshold met; joint visit SW and DS [[Vane-Tempest|name]] today after school; [[Ayaan|name]] to be seen alone with a
Kutchi-speaking male interpreter if one can be found (NorthLingo have Mr [[Salim Kara|name]]), Gujarati if not. [[Mariyam|name]]
to be seen at [[Priorslee Fields Primary|school]]. Medical: child protection medical at Princess Royal Hospital, Dr [[Achebe|name]].

Contacts
Mum: [[07754 283 119|phone]]   Dad: [[07868 905 374|phone]]   Maternal aunt [[Khatija Lakhani|name]] ([[Bolton|place]]):
[[07835 190 427|phone]]
Paternal cousin [[Irfan Sumra|name]], [[Regent Street|address]], [[Wellington|place]] (possible place for dad to stay)
Maternal grandmother [[Hawa Memon|name]], [[Bhuj|place]] / [[Mandvi|place]]: [[+91 98250 41736|phone]]
Paternal uncle [[Anwar Sumra|name]] - [[Leicester|place]]; mum is afraid of him (see GP)
School DSL: [[Priya Solanki|name]], [[p.solanki@hurleybrook.org.uk|email]]; [[Mariyam|name]]'s teacher [[Ella Dyke|name]]
"""),
    ("a madrassa teacher's email to the school with the DSL's reply", """From: [[Idris Patel|name]] <[[idrispatel.oic@gmail.com|email]]>
Sent: [[17 November 2026|date]] 21:48
To: [[Priya Solanki|name]]
Subject: [[Ayaan S|name]] - Yr 8 - worry

Assalamu alaikum Mrs [[Solanki|name]]

I hope you don't mind me writing, I got your email from the parents evening letter. I teach [[Ayaan Sumra|name]] at the madrassa
on [[Hartshill|place]] in the evenings. Tonight he could not sit on the mat and was crying in the wudu area. He said his abba hit
him with a belt. I have known the family since they came from [[Bolton|place]] in 2021. The father is a good man but he is
under a lot of pressure, he lost his job at the warehouse in [[Hortonwood|place]]. I told [[Ayaan|name]] I would tell school as
I am not sure what we are supposed to do. Please do not say to the father it was me.

Jazakallah khair
Maulana [[Idris|name]]  ([[07412 776 530|phone]])

--
From: [[Priya Solanki|name]] <[[p.solanki@hurleybrook.org.uk|email]]>
Sent: [[18 November 2026|date]] 07:41
To: [[Idris Patel|name]]
Cc: [[Daniel Okafor|name]]

Dear Mr [[Patel|name]], thank you, you did exactly the right thing. I have passed this to Children's Services (the social
worker is [[Daniel Okafor|name]], [[01952 582 906|phone]]). He may call you. Please do not speak to [[Ayaan|name]]'s parents
about it before then. Can I also ask whether your centre has a safeguarding lead? If not, the council's LADO
team run free training at the Oakengates Theatre on [[the 3rd|date]] of each month. [[Priya|name]]
"""),
    ("a mother's WhatsApp voice notes in Kutchi transcribed and translated by the interpreter", """TRANSCRIPT AND TRANSLATION - WhatsApp
voice notes (3) from [[Zubeda Sumra|name]] to her sister [[Khatija|name]] in [[Bolton|place]]
Shown by mum to SW on her phone on [[20/11/2026|date]], with her consent. Kutchi has no standard script; the family write it in
Gujarati script. Transcribed and translated by [[Salim Kara|name]] (NorthLingo, NRPSI 20417). Names kept as spoken, with the
Gujarati spelling mum typed under each note.

Note 1 - Thu [[19 Nov|date]] 14:02 (0:48)
"[[Khatija|name]], the police came with the social. They took [[Ayaan|name]] to the hospital to look at his legs. [[Yusuf|name]] is
not speaking to me. He says I told the school. I didn't tell anyone, I swear on Ammi." (typed under: [[ઝુબેદા|name]])
Note 2 - Thu [[19 Nov|date]] 22:15 (1:30)
"He has gone to his cousin [[Irfan|name]] in [[Wellington|place]] for the night, the social said he has to. [[Mariyam|name]] is
asking where is Abba. [[Ayaan|name]] is quiet. Ammi rang from [[Bhuj|place]] on the video, she says it's shame on the family and
I should go to [[Mandvi|place]] with the children. Her number is the same, [[+91 98250 41736|phone]]. Don't tell her about the
police." (typed under: [[ભુજ|place]], [[મરિયમ|name]])
Note 3 - Fri [[20 Nov|date]] 07:30 (0:36)
"Can you come on Saturday? The train to Telford Central. Bring [[Nasir|name]]'s kids' old coats. The social man,
[[Daniel|name]], is coming at 10. He is kind. I am frightened of [[Yusuf|name]]'s brother [[Anwar|name]] more than [[Yusuf|name]]."
Note 4 - Fri [[20 Nov|date]] 19:12 (1:05)
"[[Khatija|name]], [[Anwar|name]] came from [[Leicester|place]]. He stood outside on [[Limes Walk|address]] and rang the bell and shouted
'[[Zubeda|name]], open'. Mrs [[Bould|name]] from number 20 came out and he went. [[Ayaan|name]] hid in the bathroom with
[[Mariyam|name]]. I rang [[Daniel|name]] and he said ring 999 if he comes back. [[Irfan|name]] says [[Yusuf|name]] didn't send him."
(typed under: [[અનવર|name]])

Interpreter's note: "Ammi" (mum), "Abba" (dad) kept as kinship words; Ammi here is the maternal grandmother, [[Hawa Memon|name]],
in [[Bhuj|place]]. [[ઝુબેદા|name]] is [[Zubeda|name]]; [[મરિયમ|name]] is [[Mariyam|name]]; [[ભુજ|place]] is [[Bhuj|place]].
"""),
    ("s47 outcome letter to both parents", """Ercall Council Children's Services, Addenbrooke House, [[Telford|place]]

Mr [[Yusuf Sumra|name]] and Mrs [[Zubeda Sumra|name]]
[[22 Limes Walk|address]]
[[Oakengates|place]]
[[TF2 6EP|postcode]]                                                    [[2 December 2026|date]]

Dear Mr and Mrs [[Sumra|name]]

Outcome of the child protection enquiry about [[Ayaan|name]] and [[Mariyam|name]]

Thank you for meeting me and DS [[Vane-Tempest|name]] on [[18 November|date]] and again on [[25 November|date]], and for letting
me see the children on their own. I am writing, as promised, to tell you what we found and what happens next. A Gujarati
version of this letter is enclosed, and Mr [[Kara|name]] will read it to Mrs [[Sumra|name]] in Kutchi on [[4 December|date]].

We found that [[Ayaan|name]] was hit with a belt by his father on [[15 November 2026|date]], leaving marks on both legs seen by
the doctor at Princess Royal Hospital. Mr [[Sumra|name]], you told me you were beaten the same way as a boy in [[Bhuj|place]],
that you were ashamed, and that it would not happen again. [[Ayaan|name]] told me he loves his dad and wants him home.

Because of this we will hold an Initial Child Protection Conference on Thursday [[10 December|date]] at 10:00 at Addenbrooke House.
You can bring a friend or supporter (you mentioned Mrs [[Khatija Lakhani|name]] from [[Bolton|place]]) and you may want advice
from a solicitor. Until the conference, the agreement you both signed stays in place: Mr [[Sumra|name]] stays with his cousin
in [[Wellington|place]], sees the children at the house only when Mrs [[Sumra|name]] is there, and no physical punishment.

If you have questions please ring me on [[01952 582 906|phone]] or email [[daniel.okafor@ercall.gov.uk|email]].

Yours sincerely
[[Daniel Okafor|name]]
Social Worker, Assessment Team 2
cc [[Priya Solanki|name]], [[Hurleybrook Academy|school]]; Dr [[R Dudhwala|name]]
"""),
]


# --- C. Dorricott / Kettle family (white British), Leegomery, with a father in Dawley Bank and a friend's flat in Arleston --

HOME_C = d.Address("9 Gresham Drive", "Leegomery", "Telford", "TF1 6YU")
DAD_C = d.Address("41 Bank Road", "Dawley Bank", "Telford", "TF4 2BB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Summer", "Dorricott")], dt.date(2011, 5, 7), addresses=[HOME_C], ids=["3929881934", "E894203008263"],
       phones=["07590 314 827"], schools=["Charlton Vale School"]),
    _p("m", "mother", [("Dawn", "Kettle")], dt.date(1984, 7, 30), addresses=[HOME_C], phones=["07883 261 045"],
       ids=["NP 25 63 08 A"]),
    _p("f", "father", [("Gary", "Dorricott")], dt.date(1980, 1, 19), addresses=[DAD_C], phones=["07706 519 384"]),
    _p("s", "sibling", [("Alfie", "Kettle")], dt.date(2016, 3, 12), addresses=[HOME_C], ids=["5586350122"]),
    _p("p1", "professional", [("Nadia", "Blessington")], phones=["01952 460 371"], emails=["nadia.blessington@ercall.gov.uk"]),
], "c")

DOCS_C = [
    ("police missing person log, copied into the file", """WEST MERCIA POLICE - MISSING PERSON REPORT (extract for partner agency,
restricted)
Ref: MPR/22-0911/26      Risk: HIGH (upgraded from MEDIUM 02:10)      OIC: PC 2281 [[Scott Lilley|name]]
MISPER: [[DORRICOTT|name]]  Forename(s): [[Summer Jade|name]]   DOB: [[07/05/2011|dob]]   Age 15
Home: [[9 Gresham Drive|address]], [[Leegomery|place]], [[TELFORD|place]], [[TF1 6YU|postcode]]
Mobile: [[07590 314 827|phone]] (off since 21:40)      Reported by: mother, [[Dawn KETTLE|name]], [[07883 261 045|phone]]
Last seen: Sun [[22/11/2026|date]] 19:15, getting into a grey Audi A3 [[FX67 KRW|vehicle]] at the end of [[Gresham Drive|address]]

Timeline
19:15  seen by neighbour Mrs [[Val Sankey|name]] getting into Audi, male driver, 20s, "Asian or mixed, beard".
21:40  phone off. Mum rings friends: [[Kacie|name]] ([[Kacie Wootton|name]], 15), [[Ellis|name]] - neither seen her.
23:55  mum calls 101. Dad [[Gary Dorricott|name]] checks his house in [[Dawley Bank|place]] ([[41 Bank Road|address]]) - no.
01:30  ANPR: [[FX67 KRW|vehicle]] on the M54 J4 eastbound, then A5 [[Cannock|place]].
02:10  risk upgraded (previous missing x4, CSE concerns on file). Child Sexual Exploitation team informed.
04:48  [[Summer|name]] rings mum from a number not known ([[07460 228 193|phone]]) - says she is "at a party in [[Walsall|place]]" and
       "[[Jace|name]] will bring me back". Staffs/West Mids informed.
06:20  found by PCs [[Amrit Bains|name]] and [[Lucy Stott|name]] (West Midlands Police) walking on the [[Wolverhampton Road|address]],
       [[Bloxwich|place]], alone, no coat, intoxicated. Taken to Walsall Manor Hospital, then home by 11:00.
Associate noted: "[[JACE|name]]" - believed [[Jason Cartwright-Bell|name]] (23), of [[Flat 7, Brindley Court|address]], [[Arleston|place]],
keeper of [[FX67 KRW|vehicle]]. Intel submitted.
Enquiries made (by phone unless stated):
22:05  [[Kacie Wootton|name]]'s mum ([[Lorna Wootton|name]], [[Hadley|place]]) - [[Kacie|name]] at home, last messaged [[Summer|name]]
19:30.
22:20  [[Ellis Brannigan|name]], 16, [[Leegomery|place]] - "she said she was going to [[Jace|name]]'s".
00:40  Dad's partner [[Carly Pountney|name]] - not seen her since [[15/11|date]].
01:05  Visit to [[Flat 7, Brindley Court|address]], [[Arleston|place]] (PCs [[Lilley|name]] and [[Deakin|name]]) - no reply. Neighbour
       at [[Flat 6|address]] (Mr [[Ray Fennell|name]]) says "the lad with the Audi" went out at 7.
03:15  [[Summer|name]]'s nan [[Irene Kettle|name]], [[Wrockwardine
       Wood|place]] - nothing.
11:00  Safe and well check at home by PC [[Lilley|name]]; [[Summer|name]] would not say where she had been; mum and [[Alfie|name]]
       present; mum's partner [[Wesley Capewell|name]] left during the check.
"""),
    ("independent return home interview record", """RETURN HOME INTERVIEW (independent - Ercall Young People's Service)
Young person: [[Summer Dorricott|name]]    DOB: [[7th May 2011|dob]]    School: [[Charlton Vale School|school]] (Yr 11)
Missing episode: [[22-23 Nov 2026|date]]  (episode 5 this year)    RHI offered: [[23 Nov|date]]    RHI held: [[25 Nov|date]], 16:00
Where: McDonald's, Telford Forge Retail Park (her choice)    Worker: [[Chloe
Eastham|name]]

What [[Summer|name]] told me (her words where I could):
She was picked up by "[[Jace|name]]" who she has known "since summer" through [[Kacie|name]]'s older sister [[Tiegan|name]]. They went to
"a house party in [[Walsall|place]], [[Blakenall|place]] maybe" where there were "like four older lads and two other girls". She
had vodka and "something in a blue bottle". She doesn't remember from about 1am. She woke up on a sofa, "my top was on
inside out", and walked out. She didn't know where she was. She said [[Jace|name]] "looks after me" and bought her the phone
she rang mum on. She asked me not to tell her dad because "he'll go round [[Arleston|place]] and kill him".
She talked about her friends: [[Kacie|name]] ("my bestie"), [[Ellis|name]] ("he's safe, he's like my brother") and a girl from
[[Hadley|place]], [[Brooke|name]], who "goes with [[Shan|name]]". She said [[Jace|name]]'s mate "[[Dezzy|name]]" drove them back to
[[Wellington|place]] once. She has been to [[Jace|name]]'s flat "loads" and met his mum, [[Tracey|name]], at a flat in
[[Hollinswood|place]].

Push factors: rows with mum's partner [[Wes|name]] ([[Wesley Capewell|name]]); sharing a room with her brother [[Alfie|name]] (10) since
[[Wes|name]] moved in. Pull factors: [[Jace|name]], "the car", vapes, money for nails.
Risks: possible sexual assault (she declined a medical; I gave her the SARC number), older males, drugs/alcohol, missing from
education (she has been going to [[Charlton|school]] for the morning only).
Shared with: SW [[Nadia Blessington|name]] (same day), the CSE team (PC [[Lilley|name]]), Mrs [[Ferris|name]] at school.
"""),
    ("child exploitation screening tool, filled in as a form", """CHILD EXPLOITATION SCREENING TOOL (v4)     completed by:
[[N. Blessington|name]]     on: [[26.11.2026|date]]
Section 1 - child
Name .............. [[Summer DORRICOTT|name]]                 Known as ....... [[Sum|name]] / [[Summs|name]]
DOB ............... [[07.05.2011|dob]]                      NHS ............ [[392 988 1934|nhs]]
Address ........... [[9 Gresham Dr|address]], [[Leegomery|place]]   Postcode ....... [[TF1 6YU|postcode]]
Phone(s) ......... [[07590 314 827|phone]]; a 2nd phone from "[[Jace|name]]" ([[07460 228 193|phone]])
Section 2 - indicators (tick)       [x] missing  [x] older associates  [x] unexplained gifts  [x] alcohol/drugs
[x] cars  [ ] gang association  [x] sexual health concerns  [x] reduced school attendance  [ ] self-harm
Section 3 - people of concern
1. [[CARTWRIGHT-BELL, Jason|name]]  aka "[[Jace|name]]"   23   [[Flat 7 Brindley Court|address]], [[Arleston|place]]   car
[[FX67 KRW|vehicle]]
2. "[[Kyle|name]]" or "[[Kai|name]]" - older brother of [[Tiegan Wootton|name]]?  Not known.
3. a female, "[[Shan|name]]", who drives a white Corsa [[MA19 ZPT|vehicle]], seen collecting girls outside Leegomery Co-op.
Section 4 - locations:  [[Blakenall|place]] / [[Bloxwich|place]] ([[Walsall|place]]); the underpass by the bus station in
[[Wellington|place]];
the car park at the Wrekin Retail Park; [[Jace|name]]'s flat.
Section 5 - score: 27  (SIGNIFICANT)   ->  refer to the exploitation panel on Wed [[9 Dec|date]]
Manager agreement: [[Colm Reilly|name]]   [[27/11/26|date]]
"""),
    ("exploitation panel minutes", """CHILD EXPLOITATION (MACE) PANEL - MINUTES, [[9 December 2026|date]], Addenbrooke House   (case 3 of 7)
Chair: DI [[Rachel Onions|name]]    Minutes: [[Tom Heighway|name]]
Case: S.D. (15, F), [[Leegomery|place]]. Presented by [[Nadia Blessington|name]] (SW).
Present for this case: DI [[Rachel Onions|name]] (chair); DS [[Kev Ashdown|name]]; PC [[Scott Lilley|name]]; [[Nadia Blessington|name]]
(SW);
[[Colm Reilly|name]] (TM); [[Chloe Eastham|name]] (youth service); [[Anita Ferris|name]] ([[Charlton Vale School|school]]); Dr [[Zara
Mahmood|name]] (designated doctor); [[Jon Pritchard|name]] (Barnardo's); [[Hayley Corbett|name]] (sexual health, Wellington Clinic);
[[Kirsty Lowe|name]] (community safety, for disruption). Mum [[Dawn Kettle|name]] for the first 15 minutes.

Summary: five missing episodes since [[4 July|date]], the last on [[22-23 November|date]] to [[Walsall|place]], with a possible sexual
assault. Linked adult [[Jason Cartwright-Bell|name]], 23, [[Arleston|place]]. [[Summer|name]] names him as her "boyfriend".
Police (DS [[Kev Ashdown|name]]): CAWN served on [[Cartwright-Bell|name]] on [[4 December|date]]; he is also linked to two other girls from
[[Hadley|place]] and [[Ketley Bank|place]]. [[MA19 ZPT|vehicle]] is registered to [[Shannon Mellings|name]], 31, [[Dothill|place]].
School ([[Anita Ferris|name]], [[Charlton Vale|school]]): attendance 61% this half term; she has asked to go to the pupil referral unit
"with [[Kacie|name]]". Youth service: [[Chloe Eastham|name]] has seen her twice more; she is now talking about [[Wes|name]] shouting
at her mum. Mum ([[Dawn Kettle|name]]) attended for part: she wants [[Summer|name]] to stay with her dad in [[Dawley Bank|place]]
for a few weeks. [[Gary|name]] agrees.
Actions: 1. strategy discussion re [[Summer|name]] and the two other girls (DS [[Ashdown|name]], by [[11/12|date]]); 2. SW to do a
home visit at [[41 Bank Road|address]] before any move ([[N Blessington|name]], [[14/12|date]]); 3. Barnardo's referral;
4. disruption: taxi firms and the Wrekin Retail Park security briefed; 5. review at panel on [[13 January 2027|date]].
"""),
]


# --- D. Alam / Begum family (Chittagonian Bangladeshi), Malinslee, with family in Chattogram and Birmingham ---------------

HOME_D = d.Address("Flat 11, Dale Acre Court", "Malinslee", "Telford", "TF3 2JP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tanvir", "Alam")], dt.date(2015, 1, 26), addresses=[HOME_D], ids=["6781050052", "G894201059561"],
       schools=["Malinslee Community Primary School"]),
    _p("s", "sibling", [("Sumaiya", "Alam")], dt.date(2019, 8, 8), addresses=[HOME_D], ids=["6203734705"]),
    _p("m", "mother", [("Rokeya", "Begum")], dt.date(1990, 6, 1), addresses=[HOME_D], phones=["07925 138 662"]),
    _p("f", "father", [("Nurul", "Alam")], dt.date(1984, 12, 20), addresses=[HOME_D], phones=["07961 402 773"],
       ids=["TB 83 05 26 D"]),
    _p("u", "other", [("Jahangir", "Alam")], phones=["+880 1712-458390"]),
    _p("p1", "professional", [("Fern", "Haddock")], phones=["01952 230 945"], emails=["fern.haddock@ercall.gov.uk"]),
], "c")

DOCS_D = [
    ("young carer's needs assessment", """YOUNG CARER'S NEEDS ASSESSMENT (s17ZA Children Act 1989)
Young carer: [[Tanvir ALAM|name]]   DOB: [[26 January 2015|dob]]   Age 11   School: [[Malinslee Community Primary|school]] (Yr 6)
Address: [[Flat 11, Dale
Acre Court|address]], [[Malinslee|place]], [[Telford|place]] [[TF3 2JP|postcode]]
Cared-for person: mother, [[Rokeya BEGUM|name]] ([[01/06/1990|dob]]) - severe depression since the birth of [[Sumaiya|name]]
([[08/08/2019|dob]]), back pain, diabetes. Father: [[Nurul ALAM|name]] ([[20/12/1984|dob]]), chef, works split shifts at a
restaurant in [[Shifnal|place]] six days a week. Language: Chittagonian at home; [[Tanvir|name]] reads Bengali a little.
Assessor: [[Fern Haddock|name]] (Young Carers Worker), [[01952 230 945|phone]]. Visits: [[12 November 2026|date]] and
[[19 November 2026|date]]; interpreter (Chittagonian/Sylheti) Mrs [[Shapla Chowdhury|name]] on both.

What [[Tanvir|name]] does: gets [[Sumaiya|name]] (7) up, dressed and to school; makes toast or rice; reminds mum of her tablets;
reads and answers letters (he translated the DWP letter about mum's PIP); rings the GP; stays in at lunchtime on his phone in
case mum rings. He said "Ammu cries in the day. If I go to [[Jayden|name]]'s after school I worry."
Impact: late 23 times this term; falls asleep in class (teacher Mr [[Liam Boden|name]]); has stopped going to the football club at
[[Lawley|place]]; his SATs teacher thinks he is "very able and very tired". He wants to go to [[Thomas Telford|school]] in
September like his friend [[Jayden Oyelaran|name]].

Family and network: father's brother [[Jahangir Alam|name]] is in [[Chattogram|place]] ([[+880 1712-458390|phone]]) and sends
"advice"; mum's cousin [[Nasima Akter|name]] lives in [[Small Heath|place]], [[Birmingham|place]], but has four children. A
neighbour, Mrs [[Eileen Pugh|name]] at [[Flat 9|address]], has the children sometimes. Mum's GP is Dr [[Bhowmik|name]] at Malinslee
Health Centre; she is on the waiting list for talking therapy.
Outcome: eligible. Plan: young carers' group (Thursdays at the Hub on the Hill), school breakfast club for both children, a
carer's assessment for [[Nurul|name]], referral to the perinatal/adult mental health team with an interpreter, and a
Chittagonian-speaking befriender through the Bangladeshi women's group at the Madeley Centre. Review [[4 February 2027|date]].

Genogram (as drawn with [[Tanvir|name]] and dad):
- [[Nurul Alam|name]] (42), father, born [[Patiya|place]], [[Chattogram|place]]; came to [[Birmingham|place]] 2009, [[Telford|place]] 2016.
- [[Rokeya Begum|name]] (36), mother, born [[Hathazari|place]]; came 2013. Her mother, [[Anowara Khatun|name]], still in [[Hathazari|place]]
  ([[+880 1819-327540|phone]]) - does not know mum is unwell.
- [[Jahangir Alam|name]] (47), uncle, [[Chawkbazar|place]], [[Chattogram|place]]; his son [[Rashed|name]] is in [[Luton|place]].
- [[Nasima Akter|name]], mum's cousin, [[Small Heath|place]], four children; husband [[Faruk Miah|name]].
- [[Tanvir|name]] (11) and [[Sumaiya|name]] (7). [[Tanvir|name]]'s best friend [[Jayden|name]]; mum [[Olaitan Oyelaran|name]].
- Neighbour [[Eileen Pugh|name]], 78, [[Flat 9|address]] - "Nanu [[Eileen|name]]" to the children.
"""),
    ("a father's and mother's Messenger chat in Bengali and English, typed up and translated by the interpreter", """[Chat between
[[Rokeya|name]] (saved on [[Nurul|name]]'s phone as "রোকেয়া") and [[Nurul|name]] (saved on hers as "[[Tanvir|name]] Abbu").
[[Nurul|name]] showed it to the young carers worker on [[19/11|date]] to show "how bad it is". Bengali script and Chittagonian
words typed in English letters; translation by [[S. Chowdhury|name]] in brackets. Times as on the screen.]

[[রোকেয়া|name]]  Tue [[17 Nov|date]] 11.02
tumi koy baje ashba  (what time are you coming)
[[Tanvir|name]] Abbu  11.40
raat 11. aaj Friday er moto busy. [[tanvir|name]] ke bolo [[sumaiya|name]] ke school theke anbe  (11 at night. busy like a Friday today.
tell [[tanvir|name]] to bring [[sumaiya|name]] from school)
[[রোকেয়া|name]]  11.41
আমি পারছি না  (I can't manage)
[[রোকেয়া|name]]  11.41
matha betha. uthte parina  (headache. I can't get up)
[[Tanvir|name]] Abbu  11.55
ami [[jahangir|name]] bhai ke phone korchi. [[eileen|name]] aunty ke bolo  (I'm phoning brother [[jahangir|name]]. tell aunty
[[eileen|name]])
[[রোকেয়া|name]]  15.20
[[সুমাইয়া|name]] school e kanna korse. teacher phone dise  ([[সুমাইয়া|name]] cried at school. the teacher phoned)
[[Tanvir|name]] Abbu  15.22
[[tanvir|name]] ache na?  (isn't [[tanvir|name]] there?)
[[রোকেয়া|name]]  15.23
o ekhono ashe nai  (he hasn't come yet)
[[রোকেয়া|name]]  16.48
ashe. [[jayden|name]] er ma dise  (he came. [[jayden|name]]'s mum brought him)
[[Tanvir|name]] Abbu  16.50
thik ache. [[chattogram|place]] e ammu ke phone dio na. o sob bolbe  (ok. don't phone mum in [[chattogram|place]]. she'll tell everyone)

[Translator's note: "Abbu" (dad) and "Ammu" (mum) are kinship words; "bhai" after a name is "brother"; [[রোকেয়া|name]] is
[[Rokeya|name]] and [[সুমাইয়া|name]] is [[Sumaiya|name]].]
"""),
    ("a father's own handwritten letter to the young carers worker, typed", """[Letter handed to [[Fern|name]] at the door on
[[26/11/2026|date]], handwritten in English on lined paper. Typed exactly.]

To Miss [[Fern|name]],

I am [[Nurul Alam|name]] father of [[Tanvir|name]] and [[Sumaiya|name]]. I am writing because my English speaking is not good but
writing is better. Thank you for helping my son. I did not know he is doing so much. In our family in [[Chittagong|place]] the
eldest son helps his mother, it is normal, my brother [[Jahangir|name]] say I am making big problem from nothing. But my son is
eleven and he is sleeping in the class, his teacher Mr [[Boden|name]] told me. I am ashamed.

My wife [[Rokeya|name]] is not lazy. After [[Sumaiya|name]] born she is not same. In Bangladesh her mother would be here.
Here she has nobody, only [[Eileen|name]] next door who is very kind lady.

I ask my boss Mr [[Abdul Karim|name]] to give me no split shift on Monday Tuesday Wednesday so I can take children to school. He
say maybe from [[7th December|date]]. Please can the breakfast club start before that. My phone is [[07961 402 773|phone]], please
call after 3pm or text.

Also please can someone help with the letter from Telford Homes about the damp in [[Sumaiya|name]] room, the reference is
TH/88214, I rang them 4 time.

Thank you very much
[[N. Alam|name]]
[[Flat 11 Dale Acre Ct|address]]
"""),
    ("school attendance officer's phone call log", """ATTENDANCE CALL LOG - [[ALAM, Tanvir|name]] 6B / [[ALAM, Sumaiya|name]] 2M
     (exported from the school MIS, notes field)
[[02/11/2026|date]] 08:52  1st day call to mum [[07925 138 662|phone]] - no answer. Txt sent.  KM
[[02/11/2026|date]] 09:30  [[Tanvir|name]] arrived 09:27 with [[Sumaiya|name]]. Said mum "poorly". Late mark L.  KM
[[05/11/2026|date]] 09:05  Both absent. Rang dad [[07961 402 773|phone]] - at work, "will check". [[K Morrall|name]]
[[05/11/2026|date]] 11:15  Home visit with Mrs [[Pugh|name]]'s help (neighbour, [[Flat 9|address]]) - mum in bed, children watching TV.
Both in by 13:00.
[[10/11/2026|date]] 09:00  [[Sumaiya|name]] dropped off by Mrs [[Olaitan Oyelaran|name]] ([[Jayden|name]]'s mum) - she says she'll do
Tuesdays.
[[11/11/2026|date]] 14:40  DSL [[Harpreet Sandhu|name]] referred to Young Carers ([[Fern Haddock|name]]) with dad's consent.
[[23/11/2026|date]] 08:40  Breakfast club place agreed from [[30/11|date]] (free, Pupil Premium). Dad told by text.
[[30/11/2026|date]] 08:05  Both in breakfast club. [[Tanvir|name]] "had two bowls". :)  KM
[[01/12/2026|date]] 08:10  Both in. [[Sumaiya|name]] brought by [[Tanvir|name]]; dad at the gate with [[Fern|name]] at 08:30.  KM
[[02/12/2026|date]] 09:15  [[Sumaiya|name]] absent - mum rang ([[07925 138 662|phone]]), "fever". Authorised.  [[K Morrall|name]]
[[03/12/2026|date]] 08:50  [[Tanvir|name]] in; asked for Mr [[Boden|name]] at break - upset, said uncle [[Jahangir|name]] "shouted on
video".
[[03/12/2026|date]] 10:20  DSL [[H Sandhu|name]] informed; logged on CPOMS; emailed [[fern.haddock@ercall.gov.uk|email]].
[[04/12/2026|date]] 08:02  Both in breakfast club. Mum collected at 15:15 with Mrs [[Pugh|name]] - first time this term!
"""),
]


# --- E. Fairweather / Campbell-Reid family (white British and Black Caribbean), Hollinswood, pre-birth -------------------

HOME_E = d.Address("37 Downemead", "Hollinswood", "Telford", "TF3 2EW")
DAD_E = d.Address("5 Rookery Road", "", "Wolverhampton", "WV4 6DH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Baby", "Fairweather")], addresses=[HOME_E]),
    _p("m", "mother", [("Jade", "Fairweather")], dt.date(2007, 2, 11), addresses=[HOME_E], phones=["07519 604 882"],
       ids=["8554766946", "PE 17 42 93 B"]),
    _p("f", "father", [("Tyrese", "Campbell-Reid")], dt.date(2005, 9, 3), addresses=[DAD_E], phones=["07851 663 270"]),
    _p("g", "grandparent", [("Marcia", "Campbell-Reid")], dt.date(1976, 4, 22), addresses=[DAD_E]),
    _p("p1", "professional", [("Rhiannon", "Pryce")], phones=["01952 677 120"], emails=["rhiannon.pryce@ercall.gov.uk"]),
], "c")

DOCS_E = [
    ("pre-birth assessment summary", """PRE-BIRTH ASSESSMENT - SUMMARY AND RECOMMENDATION
Unborn baby of [[Jade FAIRWEATHER|name]] (DOB [[11/02/2007|dob]], NHS [[855 476 6946|nhs]]), EDD [[14/01/2027|date]]
Address: [[37 Downemead|address]], [[Hollinswood|place]], [[Telford|place]] [[TF3 2EW|postcode]] (council flat since June 2026)
Father: [[Tyrese CAMPBELL-REID|name]] ([[03/09/2005|dob]]), [[5 Rookery Road|address]], [[Penn|place]], [[Wolverhampton|place]]
[[WV4 6DH|postcode]]
Assessor: [[Rhiannon Pryce|name]] (SW, Pre-birth and Infants Team); Personal Adviser: [[Kofi Mensah-Boateng|name]]
Period: [[7 October|date]] to [[30 November 2026|date]]; 7 sessions, 2 with [[Tyrese|name]], 1 with his mum [[Marcia|name]].

[[Jade|name]] was in care from 9 to 18 (foster carers [[Pam|name]] and [[Derek Jukes|name]] in [[Lawley Bank|place]] for six years, then
supported lodgings in [[Wellington|place]]). She is a care leaver, 19, working part-time at the Aldi in [[Madeley|place]]. She
has kept every midwife appointment (midwife [[Helen Beddoes|name]], [[Hollinswood|place]] and [[Randlay|place]] team). She wants her
baby "to have what I didn't".

Worries: (1) [[Tyrese|name]] was arrested in [[Wolverhampton|place]] in August 2026 for possession with intent (released under
investigation) and [[Jade|name]] says his "mates" came to the flat twice; (2) one incident on [[19 September|date]], reported by
the neighbour at [[no. 39|address]] (Mr [[Stanley Gough|name]]), of shouting and a door slammed into [[Jade|name]]'s hand - she
says it was an accident; (3) [[Jade|name]]'s own mother, [[Lorraine Fairweather|name]], lives in [[Brookside|place]] and is not
safe (drug use), but [[Jade|name]] has started seeing her again "because of the baby".
Strengths: [[Jade|name]] is honest, organised and asks for help; [[Marcia Campbell-Reid|name]] ("Auntie [[Marcia|name]]" to [[Jade|name]])
offers to come up from [[Penn|place]] after the birth; her former foster carer [[Pam Jukes|name]] is still in touch.
Recommendation: Child in Need plan before birth; no case for a conference at present; a birth plan agreed with the
Princess Royal Hospital maternity safeguarding midwife ([[Sarah Jennens|name]]); review on [[8 January 2027|date]].

Chronology (key events)
[[14/03/2016|date]]  [[Jade|name]] (9) accommodated under s20 after neglect; placed with [[Pam|name]] and [[Derek Jukes|name]],
[[Lawley Bank|place]].
[[02/09/2022|date]]  moves to supported lodgings with Mrs [[Gloria Amankwah|name]], [[Wellington|place]].
[[11/02/2025|date]]  18th birthday; PA [[Kofi Mensah-Boateng|name]] allocated.
[[20/06/2026|date]]  tenancy at [[37 Downemead|address]] starts.
[[29/07/2026|date]]  booked with midwife [[Helen Beddoes|name]]; pregnancy 10 weeks.
[[19/09/2026|date]]  neighbour [[Stanley Gough|name]] ([[no. 39|address]]) rings 101 - shouting; PC [[Nadeem Iqbal|name]] attends.
[[01/10/2026|date]]  referral from maternity safeguarding ([[Sarah Jennens|name]]).
[[07/10/2026|date]]  assessment starts; [[Jade|name]] seen with [[Kofi|name]].
[[21/10/2026|date]]  [[Tyrese|name]] seen at [[Penn|place]] with his mum [[Marcia|name]] and sister [[Shanice Campbell-Reid|name]].
"""),
    ("personal adviser's notes typed fast on a phone after a visit", """PA contact - [[jade f|name]] - [[2/12|date]] - typed on phone in
car after visit, tidy later
seen at [[downemead|address]] 2pm. flat clean, cot up (from [[marcia|name]]), moses basket from the baby bank at Holy Trinity.
[[jade|name]] tired, swollen feet. says [[tyrese|name]] "been good" since [[rhiannon|name]]s visit, comes sat/sun, goes back to
[[penn|place]]
sun night. no mates round. i asked re [[lorraine|name]] - [[jade|name]] went to hers in [[brookside|place]] last wk, "mum was off her
head", left after 10 mins. good that she left.
money: UC [[12th|date]], leaving care grant spent on pram. setting up a halifax - no - a Monzo account (NB halifax is the
bank not a person - delete). needs a Healthy Start card.
she asked if [[kofi|name]] (me!) can come to the birth plan mtg [[8th jan|date]] - yes.
her phone changed: now [[07519 604 882|phone]]. old one [[07397 215 604|phone]] lost.
TODO: email [[helen beddoes|name]] (mw) re swollen feet - [[jade|name]] says she rang triage; tell RP.
[[2/12|date]] later - [[tyrese|name]] rang me back ([[07851 663 270|phone]]). says hes moving up to [[telford|place]] in jan to his cousin
[[dwayne|name]]s in [[randlay|place]]. [[jade|name]] didnt know. need to tell [[rhiannon|name]] before the [[8th|date]].
also [[pam jukes|name]] dropped off a car seat - nice. [[pam|name]] says [[derek|name]] poorly.
"""),
    ("midwife's safeguarding triage phone record", """MATERNITY TRIAGE - TELEPHONE RECORD (Princess Royal Hospital)      Call taken by: RM
[[Ola Adeyemi|name]]
Date/time: [[03.12.2026|date]] 21:47     Caller: self      Name: [[FAIRWEATHER, Jade|name]]    DOB: [[11.02.2007|dob]]
Hospital no: PRH 4410723     NHS: [[855 476 6946|nhs]]     Gestation: 34+2     Call-back no: [[07519 604 882|phone]]
Address checked: [[37 Downemead|address]], [[Hollinswood|place]], [[TF3 2EW|postcode]] - correct
Reason for call: headache since lunchtime, swollen feet and hands, "sparkly lights". Alone - partner ([[Tyrese|name]]) in
[[Wolverhampton|place]].
Safeguarding flag on record: YES (pre-birth CIN; SW [[R. Pryce|name]]; PA [[K. Mensah-Boateng|name]]).
Advice: attend triage now. Pt has no car; advised 999 ambulance if symptoms worse, or taxi. Pt said neighbour "[[Stan|name]]" can
drive her.
22:31 - arrived with neighbour [[Stanley Gough|name]] ([[no. 39|address]]). BP 152/101. Admitted to Ward 22 (antenatal) for
observation. Pt asked that her mum ([[Lorraine|name]]) is NOT told and not given information. Added to the record.
Next of kin given: [[Marcia Campbell-Reid|name]] (partner's mother), [[5 Rookery Rd|address]], [[Penn|place]] - tel not known.
"""),
    ("housing allocation change-of-circumstances form", """HOUSING REGISTER - CHANGE OF CIRCUMSTANCES (Ercall Council / Telford Homes)
  Form HR7   Page 1 of 2

1. Applicant
Title: Miss   Surname: [[FAIRWEATHER|name]]   First name(s): [[JADE LOUISE|name]]   Date of birth: [[1 1 / 0 2 / 2 0 0 7|dob]]
Current address: [[37 DOWNEMEAD|address]]      Town: [[HOLLINSWOOD|place]], [[TELFORD|place]]      Postcode: [[TF3  2EW|postcode]]
Telephone: [[07519604882|phone]]      Email: [[jadefairweather07@icloud.com|email]]      NI number: [[PE174293B|ni]]

2. What has changed? (tick)   [x] pregnancy / new baby   [ ] someone moving in   [ ] medical   [x] other
Baby due: [[14 / 01 / 2027|date]]. Other: my current flat is a 1 bed on the 2nd floor with no lift. Partner may move in later
(not yet).

3. Supporting professionals
Name: [[Rhiannon Pryce|name]]   Role: Social Worker   Tel: [[01952 677 120|phone]]   Email: [[rhiannon.pryce@ercall.gov.uk|email]]
Name: [[Kofi Mensah-Boateng|name]]   Role: Personal Adviser (Leaving Care)   Tel: via the leaving care team duty line

4. Declaration   Signed: [[J Fairweather|name]]      Date: [[04/12/26|date]]
For office use: Band B (care leaver + pregnancy). Area choice: [[Hollinswood|place]], [[Randlay|place]], [[Stirchley|place]]. Not
[[Brookside|place]] (applicant's request). Checked by: [[D. Yates|name]].
"""),
]


# --- F. Hollis family (white British father, Polish mother abroad), Stirchley ---------------------------------------------

HOME_F = d.Address("18 Grange Avenue", "Stirchley", "Telford", "TF3 1EU")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Oskar", "Hollis")], dt.date(2014, 4, 29), addresses=[HOME_F], ids=["5377937740", "E894206373253"],
       schools=["Haughton School"]),
    _p("s", "sibling", [("Lily-Mae", "Hollis")], dt.date(2018, 10, 15), addresses=[HOME_F], ids=["4140699183"],
       schools=["Holmer Lake Primary School"]),
    _p("f", "father", [("Darren", "Hollis")], dt.date(1983, 5, 5), addresses=[HOME_F], phones=["07984 127 356"],
       ids=["JX 51 84 27 C"]),
    _p("m", "mother", [("Agnieszka", "Hollis"), ("Agnieszka", "Wrona")], dt.date(1987, 2, 2), phones=["+48 512 384 671"]),
    _p("p1", "professional", [("Marcus", "Stone")], emails=["marcus.stone@ercall.gov.uk"]),
], "c")

DOCS_F = [
    ("Early Help assessment and plan", """EARLY HELP ASSESSMENT AND PLAN (Ercall Family Connect)
Children: [[Oskar Hollis|name]] (DOB [[29.04.2014|dob]], 12, autistic, severe learning disability, non-verbal, epilepsy) and
[[Lily-Mae Hollis|name]] (DOB [[15.10.2018|dob]], 8)
Home: [[18 Grange Avenue|address]], [[Stirchley|place]], [[Telford|place]] [[TF3 1EU|postcode]]
Parent/carer: [[Darren Hollis|name]] (dad, [[05/05/1983|dob]]), lone carer since March 2025
Lead practitioner: [[Marcus Stone|name]] (Family Support Worker). Date started: [[9
November 2026|date]]

Family story (dad's words): "[[Aga|name]] went back to Poland to look after her mum and never came back. She rings the kids on
a Sunday from [[Wrocław|place]]." [[Agnieszka Hollis|name]] (née [[Wrona|name]]) lives at [[ul. Kasprowicza 112/4|address]],
[[51-137|postcode]] [[Wrocław|place]]; her mobile is [[+48 512 384 671|phone]]. She agrees with the plan by email.
[[Oskar|name]] goes to [[Haughton School|school]] in [[Madeley|place]] by council transport (escort [[Bev|name]]). [[Lily-Mae|name]] is at
[[Holmer Lake Primary|school]]; her teacher Miss [[Charlotte Rhodes|name]] raised the first worry: [[Lily-Mae|name]] said she "stays up
to watch [[Oskar|name]] when he has fits so Daddy can sleep".
Dad gave up his job at the Denso factory in [[Hortonwood|place]] in 2025. No overnight short breaks since [[Stepping Stones|school]]
closed its respite unit. [[Oskar|name]] wakes 3-4 times a night. Dad's own mum, [[Brenda Hollis|name]], is in [[Brierley Hill|place]]
and has dementia; his sister [[Nicola Tranter|name]] in [[Priorslee|place]] helps on Saturdays.
Plan: (1) request a social care assessment by the Disabled Children's Team for short breaks ([[Marcus|name]], [[16 Nov|date]]);
(2) young carers' referral for [[Lily-Mae|name]]; (3) carer's assessment for [[Darren|name]]; (4) Family Fund application;
(5) epilepsy nurse ([[Gwen Asterley|name]]) to train [[Nicola|name]] on rescue medication. Review: [[11 January 2027|date]].

Who's who
[[Darren Hollis|name]] - dad - [[07984 127 356|phone]]
[[Agnieszka Hollis|name]] ("[[Aga|name]]") - mum, [[Wrocław|place]] - [[+48 512 384 671|phone]] - [[aga.wrona87@wp.pl|email]]
Babcia [[Halina Wrona|name]] - maternal grandmother, [[Oleśnica|place]], unwell
[[Nicola Tranter|name]] - dad's sister, [[Priorslee|place]] - [[07722 930 481|phone]]
[[Jo Whitworth|name]] - class teacher, [[Haughton School|school]]
[[Charlotte Rhodes|name]] - class teacher, [[Holmer Lake|school]]
[[Gwen Asterley|name]] - epilepsy nurse - [[01952 742 508|phone]]
[[Bev Shuker|name]] - transport escort
Dr [[Anjali Ramasubramanian|name]] - GP, Stirchley Medical Practice
"""),
    ("home-school communication book, both sides", """[[OSKAR|name]]'S HOME-SCHOOL BOOK ([[Haughton|school]], class Kingfisher) - copied
by the FSW with dad's permission

Mon [[23/11|date]] - school ([[Jo|name]], class teacher): Good morning [[Os|name]]! Ate all his toast at breakfast club. One absence
seizure 10.40 (20 secs), recorded. Loved the sensory room. Bit [[Tayla|name]] (TA) at lunch - hand, no skin broken. Wet x2.
Mon [[23/11|date]] - home (Dad): Sorry about [[Tayla|name]]. He was up from 2 till 5. Had 3 fits in the night - one 4 mins. Didnt need
the buccal. [[Lily|name]] was up with him again, i found her asleep on his floor. Going to try the new weighted blanket [[Nic|name]] got.
Tue [[24/11|date]] - school ([[Jo|name]]): Tired today, slept 11-12 in the quiet room. Nurse [[Gwen|name]] says please ring her re last
night ([[01952 742 508|phone]]). PS the transport escort says no one answered the door at 3.40 - [[Bev|name]] waited 10 min.
Tue [[24/11|date]] - home (Dad): I was at the GP with [[lily-mae|name]] - asthma. Text me next time [[07984 127 356|phone]] not the house.
Wed [[25/11|date]] - school ([[Jo Whitworth|name]]): Fabulous day!! Signed "more" for the first time!! Photo on Evisense.
Thu [[26/11|date]] - home: His mum rang from poland on video, he smiled at her voice. [[Aga|name]] sends love to you all.
Fri [[27/11|date]] - school: Non-uniform Friday. Please send £1 for Children in Need. [[Jo|name]] :)
Mon [[30/11|date]] - home (Dad): Rough weekend. [[Os|name]] had a 6 min fit Sat, gave the buccal, ambulance came, home by 4.
[[Nic|name]] had [[Lily|name]] at hers in [[Priorslee|place]]. Please tell [[Gwen|name]]. The social man [[Marcus|name]] is coming Tues.
Tue [[1/12|date]] - school ([[Jo|name]]): Thank you for letting us know. [[Gwen Asterley|name]] will ring you today. [[Tayla|name]] sends a
high five. [[Os|name]] settled, calm day.
"""),
    ("GP letter supporting a short breaks request", """Stirchley Medical Practice
Dr [[Anjali Ramasubramanian|name]] MRCGP

To: Disabled Children's Team, Ercall Council                                                  [[30th November 2026|date]]

Dear colleague

Re: [[Oskar HOLLIS|name]], DOB [[29-Apr-2014|dob]], NHS No. [[537 793 7740|nhs]]
[[18 Grange Ave|address]], [[Stirchley|place]], [[TF3 1EU|postcode]]

I am writing at the request of [[Oskar|name]]'s father, Mr [[Darren Hollis|name]], in support of his request for overnight short
breaks. [[Oskar|name]] has autism spectrum disorder with severe learning disability, no speech, and a complex epilepsy managed by
Dr [[Kadiri|name]], paediatric neurologist at the Princess Royal Hospital, with support from Birmingham Children's Hospital. He has
nocturnal tonic-clonic seizures two to four nights a week, sometimes requiring buccal midazolam.

Mr [[Hollis|name]] is his sole carer. I have seen him three times since September with exhaustion and low mood; he is
now on sertraline. He tells me his daughter [[Lily-Mae|name]] (also our patient, NHS No. [[414 069 9183|nhs]]) regularly gets up in
the night to help with her brother, and she has been seen twice this term for asthma exacerbations he links to poor sleep.

In my view the present arrangement is not sustainable and puts both children at risk. I would strongly support overnight
short breaks and a carer's assessment. Please contact me through the practice manager, [[Sue Ollerenshaw|name]], on
[[01952 291 637|phone]].

Yours faithfully
Dr [[A. Ramasubramanian|name]]
"""),
    ("a ward councillor's email forwarding a neighbour's complaint", """From: Cllr [[Graham Yeomans|name]]
<[[cllr.graham.yeomans@ercall.gov.uk|email]]>
Sent: [[01 December 2026|date]] 18:22
To: Children's Services Enquiries
Cc: [[Marcus Stone|name]]
Subject: [[Grange Avenue|address]], [[Stirchley|place]] - constituent concern (please treat sensitively)

Good evening,

I have been contacted by a resident of [[Grange Avenue|address]] (details below, with her permission) about the family at
[[no. 18|address]]. I know the family a little from my ward surgeries in [[Stirchley|place]] and I'd say myself that dad is
a decent man who is on his knees. Please can someone look at what help there is. Her email follows.

Best wishes, [[Graham|name]]

-----Original Message-----
From: [[Maureen Tonks|name]] <[[mo.tonks1955@btinternet.com|email]]>
Sent: [[30 November 2026|date]] 21:05
To: [[Graham Yeomans|name]]

Dear [[Graham|name]]
Sorry to bother you again. It's about the lad at [[18|address]], [[Oskar|name]]. I'm at [[no. 16|address]]
([[16 Grange Avenue|address]] for your records, [[TF3 1EU|postcode]], [[01952 503 814|phone]]).
Most nights now he's screaming at 2, 3 in the morning and banging on the wall.
I'm not complaining about HIM, he can't help it, bless him. But last Thursday ([[26th|date]]) I saw the little girl, [[Lily|name]],
out on the step at 11pm in her nightie crying for her dad, and he was in the bathroom with [[Oskar|name]] who was having a fit.
I took her in. Her dad, [[Darren|name]], came round after and cried. The wife's gone back to Poland I think.
Something needs to be done for them before something happens. I don't want the social coming down on him, I want them helped.
[[Mo|name]] ([[Maureen|name]])

--
Reply from [[Marcus Stone|name]], [[02/12/2026|date]] 09:14, to Cllr [[Yeomans|name]] only:
Thank you, Cllr [[Yeomans|name]]. I know the family and I am already working with Mr [[Hollis|name]]; a request for short breaks went to
the Disabled Children's Team on [[16 November|date]] and I will chase it today. I can't share more, but please thank Mrs [[Tonks|name]]
and let her know that if she is ever worried at night she can ring the out of hours team. [[Marcus|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 134 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 14:50 UTC, read since)"

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcs", "pcso", "dc", "ds", "di", "dci", "sgt", "rm", "cllr", "maulana", "mufti",
           "hafiz", "nanu", "nurse", "sister", "mum", "mummy", "dad", "daddy", "nan", "nana", "nanna", "gran", "auntie", "aunty", "uncle",
           "ammi", "ammu", "abba", "abbu", "bhai", "apa", "khala", "mama", "babcia", "dziadek", "ciocia", "pani", "pan"}
_AFTER = {"bhai", "apa", "abbu", "ammu", "aunty", "auntie", "bhabi", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "shropshire", "west midlands",
               "the west midlands", "staffordshire", "staffs", "the black country", "black country", "telford and wrekin",
               "india", "gujarat", "kutch", "kachchh", "pakistan", "bangladesh", "poland", "lower silesia", "sylhet division",
               "europe", "asia", "africa", "jamaica", "the caribbean"}

# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 21's checker (which runs set 15's, and through it sets 13 to 6) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 21; this adds this set's titles and kinship words (before a name: "Maulana Idris",
# "Cllr Graham Yeomans", "RM Ola Adeyemi", "Auntie Marcia"; and after one: "jahangir bhai", "Tanvir Abbu") and its counties,
# regions and countries ("Shropshire", "Kutch", "Gujarat", "Bangladesh", "Poland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_21, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts

if __name__ == "__main__":
    _SET.main()
