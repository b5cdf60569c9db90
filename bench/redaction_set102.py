"""Set 102: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set103.py to bench/redaction_set105.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; the
middle of set 21's documents was cut from the screen and not read), the docstrings of bench/redaction_set7.py to
bench/redaction_set101.py (printed alone, to see which towns, districts, estates and communities earlier sets used as a
family's home; the bodies of those sets were not read or searched), test_redaction_set25.py's line asserting the NAME, the
`_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. NHS
numbers and UPNs were made with their check digits in a small snippet (python-stdnum for the UPNs) and foreign phone
numbers checked with the phonenumbers library; the set's own checker checks them all. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune
the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Worcestershire, each from a district or estate no earlier set used as a family's home (earlier sets had
Church Hill in Redditch, the Comberton estate in Kidderminster, Dines Green and St John's in Worcester, Habberley and
Bewdley). Four white British: a mother, a boy of 9 and a girl of 3 in Batchley, Redditch, with a nan in Headless Cross
(Tolley / Bishop / Perks; poverty, a gas supply cut off, a food bank, a partner's temper and a conviction for assaulting a
former partner, a boy's Snapchat messages with his nan); a mother, a boy of 14 and a girl of 6 in Charford, Bromsgrove, with
a nan in Catshill (Rudge / Hickman; non-fatal strangulation by the father, a boy who rang 999 from a neighbour's, bail,
a housing association's warning letter for "noise"); a young mother, a boy of 5 and a girl of 2 in Bengeworth, Evesham, with
a nan in Pershore (Hands / Studley / Cotterill; neglect, a toddler found on the pavement by a shopkeeper, a partner on bail
for supplying cannabis, a grandmother offering to care, pre-proceedings); and a British Pakistani (Kashmiri, Mirpuri)
family in Offmore, Kidderminster, with family in Alum Rock, Bradford and Dadyal (Mahmood / Bibi; a boy of 15 missing to
Telford, criminally exploited, an uncle's wish to send him to Pakistan, a family group conference). Two from communities no
earlier set used: a Zimbabwean Ndebele family in Warndon Villages, Worcester, with an aunt in Leicester and a father in
Bulawayo (Ncube / Moyo / Dube; a mother on a health and care worker visa working nights, a girl of 13 left in charge of a boy
of 7, self-harm and an overdose, a grandmother's voice notes in isiNdebele, a church's help), and an Acholi family from
northern Uganda in Matchborough, Redditch (Okot / Akello / Aber / Ojok; a boy of 8 caned by his father, a father's complaint
that his family's names are written the wrong way round, a community that heard too soon). 24 documents: a social worker's
home visit case note, a food bank referral voucher form, a teacher's typed copy of a child's Snapchat messages, strategy
discussion minutes, a police custody record extract, a child protection conference report, a mother's handwritten letter to
the magistrates read by OCR (with its O/0 errors), a neighbour's complaint email to a housing association with the reply, an
early help assessment, a grandmother's WhatsApp voice notes transcribed and translated from isiNdebele, a pastor's letter of
support, an emergency duty team's out-of-hours log, a section 47 joint visit record, a Microsoft Teams chat between a school
DSL and a social worker, a father's letter of complaint partly in Acholi, a GP's letter, a chronology, a health visitor's
notes typed fast on a phone, a nursery's home-school communication book, a child protection review conference record, a
return home interview, a 999 call transcript, an uncle's email from Pakistan and a family group conference plan.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (UK, Zimbabwe, Uganda, South
Africa, Pakistan); NHS numbers and UPNs (LA 885) pass their check digits. Councils are invented (Teme and Avon), and so are
the housing association (Lickey Homes), the churches (Redeemed Life Fellowship, Matchborough Christian Fellowship), the
interpreting agency (Midlands Language Link), the football club (Charford Colts), the kebab shop and the nursery (Little
Acorns); towns, districts, estates, villages, real schools, NHS bodies, hospitals, police forces, courts, brands, apps and
programmes are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, Nanny, nan, Gogo, Ma, Baba, Mama, Pastor, Deaconess, Sister, Haji, Qari, chacha, phuppo) stay outside the name span,
before or after the name ("Zubair bhai", "Nazia bhabi", "Abdul Ghafoor sahib"); a bare s in texting stays outside
("darren"s, "Tyler"s); "SURNAME, First" is one span ("TOLLEY, Kayleigh", "HICKMAN, Darren James", "HOLLAND, Ryan", "Yarnold,
Megan"); a name broken by a line break is one span holding the break; initials alone ("KB", "CH", "LR", "A.M.") are not
marked; a contact saved under a kinship word ("Gogo 💛") is not a name; a social media username ("masonT_2017") is not
marked; a neighbour's bare house or flat number ("no 16", "no. 18", "Flat 4", "31") is an address; organisations are not
marked even when they hold a town's or a person's name ("Winyates Health Centre", "Woodrow Medical Centre", "Tolladine
Community Centre", "Bengeworth Kebab and Pizza", "Kidderminster Magistrates'"), while a service or
team named by its town in plain words marks the town ("Team Manager, Redditch and Bromsgrove", "the Bromsgrove family hub",
"Evesham SNT", "Custody suite: Worcester (Hindlip)", "the Worcester Zimbabwean women's group", "Kidderminster mosque",
"school nursing (Redditch team)"); a school's short form is a school ("KC1", "Nunnery Wood", "little acorns", "Kidderminster
College", a college being a school as in set 21); countries, counties and regions are not places ("Worcestershire",
"England", "Pakistan", "Azad Kashmir"); months and years alone are not marked; a firm named after people marks only the names
("Sahota & Webb"); a surname or first name that is also a word or a town is marked by what it refers to
(Summer, Grace, Joy, Precious, Dawn, Kings, Hands, Bishop, Eden, Share, Holland, Studley and Malvern are names when they are people;
Studley, Malvern and Hampton are places when they are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: the Acholi order
(family name first: "Okot Patrick", "Aber Joy", "Lamunu Florence") is one span like any full name; an isiNdebele noun-class
prefix joined to a name or town ("uThoko", "eLeicester") leaves the prefix outside the span; "MaNdlovu" (a married woman's
clan name with its prefix) is one name, while "Ma Khumalo" is a title and a name; a district of Bulawayo ("Nketa 6") is a
place; a date of birth spoken digit by digit in a 999 call ("Fourteen, ten, two thousand eleven") is a dob, and an address
spoken in words ("sixty-three Offmore Road") is an address; OCR misreadings ("Bromsgr0ve", "Austin R0ad") are marked as what
they stand for; "Christmas Day 2022" is a date; a Pakistani address ("House 14, Street 3, Sector B") is one address span,
while "District Mirpur" and "Azad Kashmir" are administrative regions and stay unmarked; a church named after a saint ("St
Luke's Church hall", "St Martin's") is an organisation, while St Peter's, the Worcester district, is a place; a church's
name with its town in brackets ("REDEEMED LIFE FELLOWSHIP (WORCESTER)") is an organisation and the town inside it is not
marked; a food bank named after its town ("REDDITCH FOOD BANK") is an organisation; shopping centres, parks and shops
("the Kingfisher", "Sanders Park", "Brookside Central", "Kidderminster Town station", "Polski Sklep") are landmarks or organisations
and stay unmarked.

Self-check without the detector: `python -m bench.redaction_set102` (and tests/test_redaction_set102.py) runs set 15's
checker (which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24
documents, 1,004 gold spans, 523 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tolley / Bishop family (white British), Batchley, Redditch -------------------------------------------------------

HOME_A = d.Address("14 Tanhouse Lane", "Batchley", "Redditch", "B97 6DN")
NAN_A = d.Address("9 Evesham Road", "Headless Cross", "Redditch", "B97 5EL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Tolley")], dt.date(2017, 5, 9), addresses=[HOME_A], ids=["2952892644", "L885325104568"],
       schools=["Batchley Brook First School"]),
    _p("s", "sibling", [("Summer", "Bishop")], dt.date(2023, 8, 30), addresses=[HOME_A], ids=["9699088982"]),
    _p("m", "mother", [("Kayleigh", "Tolley")], dt.date(1996, 2, 17), addresses=[HOME_A], phones=["07825 316 904"]),
    _p("o", "other", [("Craig", "Bishop")], dt.date(1991, 10, 4), addresses=[HOME_A], phones=["07968 214 557"]),
    _p("g", "grandparent", [("Sandra", "Tolley")], dt.date(1970, 6, 22), addresses=[NAN_A], phones=["01527 541 238"]),
    _p("p1", "professional", [("Harriet", "Gough")], phones=["01905 843 126"], emails=["harriet.gough@temeavon.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note after a home visit", """CASE NOTE - Teme and Avon Council Children's Services
Child: [[Mason TOLLEY|name]] (DOB [[09/05/2017|dob]])   Worker: [[Harriet Gough|name]] (SW)   Type: home visit, announced
Date: Thursday [[12 November 2026|date]], 15:40-16:55   Address: [[14 Tanhouse Lane|address]], [[Batchley|place]], [[Redditch|place]]
[[B97 6DN|postcode]]

Present: [[Kayleigh Tolley|name]] (mum), [[Mason|name]] (9), [[Summer|name]] (3), and for the last ten minutes [[Craig Bishop|name]]
([[Summer|name]]'s dad), who came in from work at the car wash on [[Hewell Road|address]].

[[Mason|name]] showed me his room. The bed has no sheet and the window has a crack taped over with parcel tape. He said
"[[Craig|name]] punched it when he was mad at the telly". [[Kayleigh|name]] said it was a football. [[Mason|name]] told me he
likes going to his nan's in [[Headless Cross|place]] ("Nanny [[San|name]]") because "it's quiet and she has Sky". He wants
to go to the Kingfisher for his birthday on the [[21st|date]].

[[Kayleigh|name]] told me the gas was cut off on [[3 November|date]] and that she borrowed £40 from her friend [[Jade Huxley|name]]
on [[Crabbs Cross|place]] to top it up. She has been to the food bank at the church on [[Batchley Road|address]] twice. She
does not want [[Mason|name]]'s dad, [[Liam Perks|name]], told anything - he lives in [[Studley|place]] and she says "he'll use it".
[[Summer|name]] was in a vest and nappy, nappy heavy, and had a cold. She called me "lady" and sat on my lap.

When [[Craig|name]] came in he said "not you again" and went upstairs. [[Kayleigh|name]] lowered her voice and asked if I
"could come when he's at his brother's in [[Bromsgrove|place]]" on Tuesdays.

Analysis: poverty, a damaged home, a child who names a man's temper, a mother who moderates what she says when he is
there. Next: check with [[Batchley Brook|school]] (DSL [[Nicola Ashby|name]], [[01527 402 719|phone]]) and the health visitor
([[Ros Whitehouse|name]]); visit on Tuesday [[17/11|date]]; food bank voucher today.

Added [[13/11/2026|date]] 10:05 - phone call from nan, [[Sandra Tolley|name]] ([[01527 541 238|phone]]). She says [[Craig|name]]
"knocked [[Kayleigh|name]] about" at his last place in [[Lodge Park|place]] too, and that his ex, [[Leanne|name]], moved to
[[Droitwich|place]] to get away. She can have [[Mason|name]] "any time" but her flat on [[Evesham Road|address]] is one bedroom;
her partner [[Keith Ganderton|name]] is "fine with it". She asked me not to tell [[Kayleigh|name]] she rang. Her other
daughter [[Stacey|name]] lives in [[Winyates|place]] with three kids and "can't take on more".
"""),
    ("food bank referral voucher form", """REDDITCH FOOD BANK - REFERRAL VOUCHER (agency copy)     Voucher no. RFB 26/11/0451
Referring agency: Teme and Avon Children's Services   Referrer: [[H Gough|name]]   Tel: [[01905 843 126|phone]]
Email: [[harriet.gough@temeavon.gov.uk|email]]   Date issued: [[12.11.26|date]]
Client name: [[TOLLEY, Kayleigh|name]]   DOB: [[17.02.1996|dob]]   Tel: [[07825 316 904|phone]]
Address: [[14 Tanhouse Ln|address]], [[Batchley|place]]   Postcode: [[B97 6DN|postcode]]
Adults in household: 2 ([[Kayleigh|name]], partner [[Craig B|name]])   Children: 2, ages 9 and 3
Reason: Benefit delay / Low income / Debt / Other: gas cut off [[03/11|date]]
Dietary: [[Mason|name]] - no nuts. Baby items needed: nappies size 5, wipes.
Collection point: St Luke's Church hall, [[Batchley Road|address]] (Tues and Fri 12-2)
Alternative collector named by client: mother [[Sandra Tolley|name]], [[9 Evesham Rd|address]], [[Headless Cross|place]]
([[01527 541 238|phone]])
Signposted to: Citizens Advice Bromsgrove and Redditch; the energy fund; Batchley Family Hub.
Client consent to share with the food bank: YES  (signed) [[K. Tolley|name]]
Food bank use only: collected [[13/11/26|date]] by [[Sandra Tolley|name]] (nan) - ID seen. Volunteer: [[Bev Doolan|name]]
Second voucher ([[20/11/26|date]], referrer [[R. Whitehouse|name]], HV, [[01527 488 104|phone]]): collected by [[Kayleigh|name]] with
[[Summer|name]] in the buggy; volunteer [[Margaret Hemus|name]] noted a fresh bruise on her cheekbone and gave her the Haven leaflet.
"""),
]

DOCS_A += [
    ("school teacher's typed-up copy of a child's Snapchat messages", """[[Batchley Brook First School|school]] - record of
concern (CPOMS attachment) - typed by Mr [[Owen Parry|name]], Y4 teacher, [[16/11/2026|date]] 09:20
[[Mason|name]] showed me these on his mum's old phone at breakfast club. I typed them exactly, spelling as on screen.
Names on the chat: "[[mason|name]] 🐸" and "[[kaylz|name]]" (mum) and "nan [[san|name]]". Username masonT_2017 not typed.

nan [[san|name]]: u ok bubs?? mummy sed u was crying on phone
[[mason|name]] 🐸: [[craig|name]] shouted at [[summer|name]] and mum is crying in the bathroom
nan [[san|name]]: im coming now on the 58 bus. go to [[jackie|name]]s next door at [[no 16|address]] if u want
[[mason|name]] 🐸: she is in [[evesham|place]] at her sisters
[[kaylz|name]]: [[mase|name]] stop telling nan stuff its fine now
[[kaylz|name]]: [[craig|name]]s gone to [[darren|name]]s in [[brommy|place]]
nan [[san|name]]: ring me on [[01527 541238|phone]] not the mobile its broke

Dated on the screen: "Sat [[14 Nov|date]]" (the first line) and "Sun" (the last two). Passed to DSL Mrs [[Ashby|name]] at 09:25.
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Mason TOLLEY|name]] ([[09.05.2017|dob]]) and [[Summer BISHOP|name]]
([[30.08.2023|dob]])
Held: [[17 November 2026|date]], 10:00, by Teams. Chair: [[Paul Cartwright|name]] (Team Manager, [[Redditch|place]] and
[[Bromsgrove|place]])
Present: [[Harriet Gough|name]] (SW); DS [[Anita Bhogal|name]] (West Mercia Police, PPU); [[Nicola Ashby|name]] (DSL, [[Batchley
Brook|school]]); [[Ros Whitehouse|name]] (HV); Dr [[Imran Qadir|name]] (GP, Winyates Health Centre - by phone for item 2)

1. Information. Police: 3 call-outs to [[14 Tanhouse Lane|address]] since [[1 June 2026|date]] ([[06/06|date]], [[22/08|date]],
[[14/11|date]]); on the last, neighbour Mrs [[Jackie Sillitoe|name]] ([[16 Tanhouse Lane|address]]) rang 999 hearing a child
screaming. [[Craig Bishop|name]] (DOB [[04/10/1991|dob]]) has a 2019 conviction for assault on a previous partner ([[Leanne
Moss|name]], then living in [[Droitwich|place]]). School: the Snapchat messages of [[14
November|date]] (record attached). HV: [[Summer|name]]
missed her 2-year review twice; weight on the 9th centile.
2. GP: [[Kayleigh|name]] seen on [[2 Oct|date]] with "a fall" - bruised ribs; declined a referral to the [[Redditch|place]] domestic
abuse service.
3. Decision: threshold met for section 47, single agency (social care) with police information. Joint visit not needed.
Actions: SW to see [[Mason|name]] alone at school today; SW to visit [[Sandra Tolley|name]] at [[9 Evesham Road|address]]
([[B97 5EL|postcode]]) about [[Mason|name]] staying; police to do a DVDS check and contact [[Liam Perks|name]] ([[Studley|place]],
[[07716 248 093|phone]]) as the father with PR. Review: [[24/11/2026|date]].
4. Network (from the SW's genogram, checked with [[Kayleigh|name]] on [[18/11|date]]): maternal nan [[Sandra Tolley|name]]
([[01527 541 238|phone]]); maternal aunt [[Stacey Tolley|name]] ([[Winyates East|place]], works at the Kingfisher); [[Craig|name]]'s
brother [[Darren Bishop|name]] ([[Sidemoor|place]], [[Bromsgrove|place]]) and mother [[Maxine Bishop|name]] ([[Astwood Bank|place]]);
[[Mason|name]]'s paternal gran [[Lorraine Perks|name]] ([[Alcester|place]]), who "sends a card at Christmas". Friend: [[Jade Huxley|name]]
([[Crabbs Cross|place]], [[07487 230 611|phone]]).
Distribution: [[H. Gough|name]]; DS [[A. Bhogal|name]]; [[N. Ashby|name]]; [[R. Whitehouse|name]]; Dr [[Qadir|name]];
[[P. Cartwright|name]].
Minutes: [[Leah Brotherton|name]] (business support), [[17/11/2026|date]] 11:40.
"""),
]


# --- B. Rudge / Hickman family (white British), Charford, Bromsgrove ------------------------------------------------------

HOME_B = d.Address("31 Austin Road", "Charford", "Bromsgrove", "B60 3NW")
NAN_B = d.Address("5 Meadow Road", "Catshill", "Bromsgrove", "B61 0JW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hickman")], dt.date(2012, 3, 27), addresses=[HOME_B], ids=["2673821023", "V885246780707"],
       schools=["North Bromsgrove High School"]),
    _p("s", "sibling", [("Poppy", "Rudge")], dt.date(2020, 7, 14), addresses=[HOME_B], ids=["9978388273", "J885431924552"],
       schools=["Charford First School"]),
    _p("m", "mother", [("Gemma", "Rudge")], dt.date(1989, 11, 2), addresses=[HOME_B], phones=["07591 338 620"],
       ids=["ZB 41 62 77 C"]),
    _p("f", "father", [("Darren", "Hickman")], dt.date(1986, 1, 19), addresses=[HOME_B], phones=["07449 615 203"]),
    _p("g", "grandparent", [("Pauline", "Rudge")], dt.date(1963, 4, 8), addresses=[NAN_B], phones=["01527 877 409"]),
    _p("p1", "professional", [("Dale", "Whitcombe")], phones=["01905 843 552"], emails=["dale.whitcombe@temeavon.gov.uk"]),
], "c")

DOCS_B = [
    ("police custody record extract", """WEST MERCIA POLICE - CUSTODY RECORD (extract for partner agency - redaction of officer
details not done)   Custody suite: [[Worcester|place]] ([[Hindlip|place]])   Custody no. 22WM/118406/26
DETAINED PERSON: [[HICKMAN, Darren James|name]]   DOB: [[19/01/1986|dob]]   Age 40
Home address given: [[31 Austin Rd|address]], [[Charford|place]], [[Bromsgrove|place]], [[B60 3NW|postcode]]   Tel: [[07449 615203|phone]]
Arrest: [[22/11/2026|date]] 23:48 at the home address by PC 3317 [[HOLLAND, Ryan|name]] and PC 2094 [[Kerry Fenn|name]]
Offence: s.47 OAPA (ABH) on [[Gemma RUDGE|name]] ([[02/11/1989|dob]]); criminal damage (phone)
Circumstances (arresting officer): Call from a child, [[Tyler HICKMAN|name]] (14), at 23:31 from a neighbour's phone
(Mrs [[Dawn Kings|name]] - see note) saying "my dad is strangling my mum". On arrival DP in the front garden, the IP in the
kitchen with red marks to the neck, [[Poppy|name]] (6) asleep upstairs. [[Tyler|name]] had a cut lip; said he "got in the way".
Next of kin / person to be informed: mother [[Pauline Rudge|name]]?? - DP refused: "not her, she hates me". Gave his
brother [[Shane Hickman|name]], [[Sidemoor|place]], [[07812 904 416|phone]].
Vulnerabilities: alcohol (breath test 61), "depression" - GP Ridgeway Surgery. Not known to Liaison and Diversion.
Interview: [[23/11/26|date]] 10:12, solicitor [[Sarah Chana|name]] (duty) - no comment.
Outcome: charged ABH, remanded to court: Kidderminster Magistrates' [[24.11.2026|date]]. Bail conditions to be sought: not
to enter [[Austin Road|address]] or contact [[Gemma Rudge|name]] or the children, save through social care.
PPN submitted x2 (children). DASH: HIGH. MARAC referral by DS [[Lucy Hemming|name]].
"""),
    ("child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Tyler Hickman|name]] (b. [[27.03.2012|dob]]; [[North Bromsgrove High|school]]; UPN [[V885246780707|upn]]) and
[[Poppy Rudge|name]] (b. [[14.07.2020|dob]]; [[Charford First School|school]]; NHS [[997 838 8273|nhs]])
Conference: [[9 December 2026|date]], Parkside, [[Bromsgrove|place]]   Author: [[Dale Whitcombe|name]], social worker,
[[01905 843552|phone]]

Family. [[Gemma Rudge|name]] (37) lives with the children at [[31 Austin Road|address]]. [[Darren Hickman|name]] (40) is their
father; since [[25 November|date]] he has been on bail at his brother [[Shane|name]]'s flat in [[Sidemoor|place]]. The
maternal grandmother, [[Pauline Rudge|name]], lives in [[Catshill|place]] ([[5 Meadow Road|address]], [[B61 0JW|postcode]]) and has
[[Poppy|name]] after school three days a week. [[Tyler|name]] ("[[Ty|name]]") calls her "Nan [[Pol|name]]".

What we are worried about. On [[22 November 2026|date]] [[Darren|name]] put his hands round [[Gemma|name]]'s neck in front of
[[Tyler|name]], who was hit in the face pulling him off. Police records show four earlier incidents ([[30/12/2024|date]],
[[14/03/2025|date]], [[01/08/2026|date]] and [[7 Sept 2026|date]]). [[Tyler|name]] has been excluded twice this term (a fight
with a boy called [[Kai|name]] and swearing at his head of year, Mr [[Dean Holyoake|name]]). He told me: "I'm the man of the
house now, innit". [[Poppy|name]]'s teacher, Miss [[Abbie Crump|name]], says [[Poppy|name]] hides under the table when a door
slams and talks about "daddy's angry face".

What is working. [[Gemma|name]] called the police herself on [[1 August|date]] and has met the IDVA ([[Shabana Rafiq|name]]). She
has started the Freedom Programme at the [[Bromsgrove|place]] family hub on Wednesdays. [[Pauline|name]] is a steady presence.
[[Tyler|name]]'s football coach at Charford Colts, [[Rob Pinfield|name]], says he is "a different lad on a Sunday".

Recommendation: child protection plans under the category of emotional abuse for both children.

Contacts for the plan
- [[Gemma Rudge|name]], [[31 Austin Road|address]], [[Charford|place]], [[B60 3NW|postcode]], [[07591 338 620|phone]] (new number from
  [[28/11/2026|date]]); NI [[ZB 41 62 77 C|ni]] (for the housing benefit change).
- [[Darren Hickman|name]], c/o [[Shane Hickman|name]], [[Flat 2, 17 Stourbridge Road|address]], [[Sidemoor|place]], [[B61 0AR|postcode]];
  [[07449 615 203|phone]]. Solicitor: [[Jas Sahota|name]], [[Sahota|name]] & [[Webb|name]], [[Worcester|place]].
- [[Pauline Rudge|name]], [[5 Meadow Rd|address]], [[Catshill|place]]; [[01527 877 409|phone]].
- School: [[North Bromsgrove High|school]] - DSL Mrs [[Karen Tolkien|name]], [[01527 831 062|phone]]; [[Charford First|school]] -
  Miss [[Crump|name]] / head Mr [[Stuart Lea|name]].
- IDVA: [[Shabana Rafiq|name]], [[07552 148 309|phone]]. Police: DS [[Lucy Hemming|name]], PPU [[Worcester|place]].
- Football: [[Rob Pinfield|name]], Charford Colts U15s (trains at Sanders Park, Tuesdays).
Report shared with [[Gemma|name]] on [[7 December|date]] and with [[Darren|name]]'s solicitor on [[8 December|date]].
"""),
]

DOCS_B += [
    ("mother's handwritten letter to the magistrates, scanned and read by OCR", """[scanned 3 pages, OCR text, not corrected]
To the judge                                      [[31 Austin R0ad|address]]
                                                  [[Charford|place]] [[Bromsgr0ve|place]]
                                                  [[B60 3NW|postcode]]
                                                  [[1/12/26|date]]
Dear Sir or Madam,
My name is [[Gemma Rudge|name]] and I am the one in the case of [[Darren Hickman|name]]. I am writing to
ask you to keep the bail like it is. I know the solicitor Mr [[Patel|name]] said I could write.
I been with [[Darren|name]] since I was 19 we met in [[Stoke Prior|place]] at the pub his mum [[Brenda|name]]
use to run. He was not like this then. When [[Ty|name]] was born he started drinking and it got
worse when he lost his job at the depot in [[Redditch|place]]. The night of the 22nd [[Tyler|name]] rang the
police from [[Dawn|name]]s next door and I am so proud of him but he should not of had to.
Please dont let him back in the street. [[Poppy|name]] asks for him but she also wets the bed again
and wont go in the bath. My mum [[Pauline|name]] says she will have [[Poppy|name]] any time. I have
changed my number to [[07591 338620|phone]] and the social [[Dale|name]] has got it.
I dont want him in prison for the kids sake but I want him away from
us. Thank you for reading this.
[[Gemma R|name]]
[[G. Rudge|name]]   (born [[2nd Nov 1989|dob]])

[page 3 - on the back, a note in different pen]
P.S. my sister [[Leanne Rudge|name]] ([[Marlbrook|place]]) will come to court with me on the
[[15th|date]] if thats ok. And [[Tyler|name]]s teacher said she would write to. Mrs [[Tolkien|name]].
"""),
    ("neighbour's complaint email to the housing association", """From: [[Dawn Kings|name]] <[[dawnkings62@btinternet.com|email]]>
To: Lickey Homes Tenancy Team <[[tenancy@lickeyhomes.org.uk|email]]>
Date: [[26 Nov 2026|date]], 19:02
Subject: Complaint re [[no 31|address]] [[Austin Rd|address]] - NOT anti social from the mum

Hello, I am the tenant at [[29 Austin Road|address]] (tenancy ref LH-0044718). I have been told by [[Gemma|name]] at [[31|address]]
that you have sent her a letter saying she could lose the house because of "noise nuisance" on the [[22nd|date]] and the
police coming. I want to say that was NOT her, it was her ex [[Darren|name]], and her lad [[Tyler|name]] came to me to ring
999 because his phone got smashed. I have known [[Gemma|name]] 9 years. She is a good mum. My husband [[Phil|name]] saw
[[Darren|name]] kick the wheelie bin over the fence the week before as well, and [[Trevor|name]] at [[no 33|address]] has a camera.
Also your repairs man (I think [[Gaz|name]]) never came back about her back door which he kicked in, she has a chair up
against it. Please ring me on [[07402 718 361|phone]] or [[01527 872 015|phone]]. I am in all day Fridays.

Reply (pasted below by [[Dale Whitcombe|name]] for the file, [[30/11/2026|date]]):
From: [[Carla Bourne|name]] <[[c.bourne@lickeyhomes.org.uk|email]]>, Tenancy Officer, [[Bromsgrove|place]] patch
Dear Mrs [[Kings|name]], thank you. I have spoken to [[Gemma|name]] and to her social worker, [[Dale|name]], and the warning
letter of [[24 November|date]] is withdrawn. The back door at [[31 Austin Road|address]] is booked for [[2 December|date]]
([[Gary Wilde|name]],
our operative, [[07917 402 551|phone]]). If Mr [[Hickman|name]] comes to [[Austin Road|address]] please ring 999.
[[Dawn Kings|name]]
"""),
]


# --- C. Ncube / Moyo family (Zimbabwean, Ndebele), Warndon Villages, Worcester -------------------------------------------

HOME_C = d.Address("22 Tolladine Close", "Warndon Villages", "Worcester", "WR4 0SQ")
AUNT_C = d.Address("41 Evington Lane", "Evington", "Leicester", "LE5 5PQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Langelihle", "Ncube")], dt.date(2013, 6, 2), addresses=[HOME_C], ids=["9671391567", "T885435117799"],
       schools=["Nunnery Wood High School"]),
    _p("s", "sibling", [("Mthokozisi", "Moyo")], dt.date(2019, 9, 18), addresses=[HOME_C], ids=["3869662255"],
       schools=["Cranham Primary School"]),
    _p("m", "mother", [("Sithembile", "Ncube")], dt.date(1987, 12, 5), addresses=[HOME_C], phones=["07983 402 117"]),
    _p("f", "father", [("Nkosana", "Moyo")], dt.date(1984, 3, 1), phones=["+263 77 412 8835"]),
    _p("a", "other", [("Nomsa", "Dube")], dt.date(1982, 8, 11), addresses=[AUNT_C], phones=["07404 551 832"]),
    _p("p1", "professional", [("Fiona", "Attwood")], phones=["01905 843 781"], emails=["fiona.attwood@temeavon.gov.uk"]),
], "c")

DOCS_C = [
    ("early help assessment", """EARLY HELP ASSESSMENT (Teme and Avon Family Support)          Date of assessment: [[3 November 2026|date]]
Family: [[NCUBE|name]] / [[MOYO|name]]   Address: [[22 Tolladine Close|address]], [[Warndon Villages|place]], [[Worcester|place]]
[[WR4 0SQ|postcode]]
Lead practitioner: [[Fiona Attwood|name]], family support worker ([[fiona.attwood@temeavon.gov.uk|email]])

Who is in the family
- [[Sithembile Ncube|name]] (mum, 38), senior carer on a health and care worker visa, nights at a care home in [[Malvern|place]].
  Speaks isiNdebele, Shona and English. Known as "[[Sithe|name]]".
- [[Langelihle Ncube|name]] ("[[Lulu|name]]", 13), Year 9, [[Nunnery Wood|school]].
- [[Mthokozisi Moyo|name]] ("[[Thoko|name]]", 7), Year 3, [[Cranham Primary|school]].
- Dad: [[Nkosana Moyo|name]], in [[Bulawayo|place]] ([[Nketa 6|place]]), WhatsApp [[+263 77 412 8835|phone]]. Sends money "when
  he can". Not on the visa.
- Gogo [[MaNdlovu|name]] ([[Sithembile|name]]'s mother) in [[Lupane|place]]; aunt [[Nomsa Dube|name]] in [[Leicester|place]]
  ([[41 Evington Lane|address]], [[LE5 5PQ|postcode]], [[07404 551 832|phone]]).

Why we are here. School referred on [[20 October 2026|date]]: [[Lulu|name]] falling asleep in lessons, late most days, and
cuts seen on her forearm by her PE teacher Ms [[Grace Tandy|name]] on the [[19th|date]]. [[Lulu|name]] told the school nurse
([[Jo Malins|name]]) she gets [[Thoko|name]] up, dressed and to school because "Mama sleeps in the day", and that on nights Mama is
at work she "keeps the phone under my pillow" and is alone with [[Thoko|name]] from 19:30 to 08:15.

Mum's view. [[Sithembile|name]] cried. She said she has no one here: her friend [[Precious Sibanda|name]] from church in
[[St Peter's|place]] used to sleep over but moved to [[Coventry|place]] in the summer. She cannot drop the nights because the
visa needs the hours and the sponsor pays £12.60 an hour. "At home in [[Bulawayo|place]] a girl of thirteen runs a house."
She had not seen the cuts.

Plan (agreed [[03/11/2026|date]]): a night childminder via the sponsor (manager [[Alan Reece|name]]); [[Nomsa|name]] to come on
the weekend of [[14|date]]-[[15 November|date]]; Kooth and the school counsellor for [[Lulu|name]]; a food and uniform grant; a
referral to the [[Worcester|place]] Zimbabwean women's group at St Martin's (contact Ma [[Khumalo|name]]).

Network map (drawn with [[Lulu|name]] and [[Thoko|name]] on [[27 October|date]])
Inner circle: Mama; Gogo [[MaNdlovu|name]] ("phones every Sunday"); aunt [[Nomsa|name]] and her girls [[Busi|name]] and
[[Ntando|name]] in [[Evington|place]]. Next: [[Lulu|name]]'s friends [[Amara|name]] and [[Keeley|name]] from [[Nunnery Wood|school]];
[[Thoko|name]]'s best friend [[Oscar|name]] ([[Elbury Park|place]]); Mrs [[Precious Sibanda|name]] (now in [[Coventry|place]],
[[07958 320 184|phone]]). Outer: Baba [[Nkosana|name]] in [[Bulawayo|place]] ("he sends voice notes on [[Thoko|name]]'s birthday,
[[18 September|date]]"); uncle [[Sipho Ncube|name]] in [[Johannesburg|place]] ([[+27 82 614 3390|phone]]); the pastor's family in
[[Warndon|place]].
"""),
]

DOCS_C += [
    ("grandmother's WhatsApp voice notes transcribed and translated from isiNdebele", """Voice notes from the family's WhatsApp,
played to me by [[Lulu|name]] on her phone on [[10/11/2026|date]] with her mother's agreement. Transcribed and translated
from isiNdebele by [[Thandiwe Mpofu|name]] (interpreter, Midlands Language Link, booking 77412). Sender saved as "Gogo 💛".

Voice note 1 - [[8 November|date]], 06:14 (1:42)
isiNdebele: "[[Lulu|name]], mntanami, ngizwile ukuthi umama usebenza ebusuku futhi. Ungakhohlwa ukuvala umnyango. U[[Thoko|name]]
 akadle ukudla okushisayo. Ngizabiza u[[Nomsa|name]] e[[Leicester|place]]."
English: "[[Lulu|name]], my child, I heard your mother is working at night again. Don't forget to lock the door. [[Thoko|name]]
 must eat hot food. I will call [[Nomsa|name]] in [[Leicester|place]]."

Voice note 2 - [[8 November|date]], 06:20 (0:55)
English: "Your father [[Nkosana|name]] says he sent money through Mukuru to [[Sithe|name]]. Tell him thank you. He is in
 [[Gwanda|place]] now, not [[Bulawayo|place]], his new number is [[+263 71 309 4427|phone]]."

Voice note 3 - [[9 November|date]], 21:03 (2:10)
English: "[[Langelihle|name]], I am not angry. Do not cut yourself, you hear me? When I was your age in [[Tsholotsho|place]] I
 carried your uncle [[Sipho|name]] on my back to school. But you must tell a teacher. Tell the white lady, Mrs [[Attwood|name]]. I am
 praying with Pastor [[Ndlovu|name]] of [[Mpopoma|place]]. Greet Mrs [[Sibanda|name]] when she comes."

Note by the interpreter: "u[[Thoko|name]]" and "e[[Leicester|place]]" carry isiNdebele prefixes (the name, and "in Leicester");
"mntanami" is "my child". The grandmother also calls [[Lulu|name]] "[[Lihle|name]]". I did not hear any threat in these notes.
"""),
    ("pastor's letter of support", """REDEEMED LIFE FELLOWSHIP (WORCESTER)
meeting at Tolladine Community Centre, Sundays 11am        [[pastor.ndlovu.rgf@gmail.com|email]]   [[07387 146 902|phone]]

[[18th November 2026|date]]

To whom it may concern - re: Sister [[Sithembile Ncube|name]] and her children [[Langelihle|name]] and [[Mthokozisi|name]]

I am writing as the pastor of the fellowship which Sister [[Sithembile|name]] has attended since she came to [[Worcester|place]]
in March 2023. She is a faithful member and sings in the choir. Her children are in our Sunday school, taught by
Deaconess [[Ruth Mlilo|name]].

I understand that the council is concerned that the children were alone at night. Our church has now organised three
families to help on her working nights: Mr and Mrs [[Khumalo|name]] of [[Ronkswood|place]], Sister [[Precious|name]] when she
visits from [[Coventry|place]], and my own wife, Mrs [[Sikhanyiso Ndlovu|name]], who will sleep at [[22 Tolladine Close|address]] on
Thursdays and Fridays. I ask that you see this as love and not as a problem.

[[Lulu|name]] is a bright girl who loves the Lord and wants to be a nurse. We will pray for her.

Yours in His service,
Pastor [[Bekithemba Ndlovu|name]]
[[15 Chesterton Gardens|address]], [[Warndon|place]], [[WR4 9QT|postcode]]
"""),
    ("emergency duty team out-of-hours log", """EDT LOG [[26/11/2026|date]] (shift 17:00-08:45) - worker [[J Rowberry|name]]
21:47 Call from WM Police control: a boy, about 7, knocking on doors on [[Tolladine Close|address]] in pyjamas saying "my sister
 is sleeping and won't wake". Neighbour at [[no. 18|address]] ([[Kelvin Moss|name]]) has him. Ambulance sent.
21:58 Checked the system: [[Mthokozisi MOYO|name]] DOB [[18/09/2019|dob]], sibling [[Langelihle NCUBE|name]] DOB [[02/06/2013|dob]],
 early help open ([[F. Attwood|name]]). Mum's mobile [[07983 402117|phone]] - no reply x3.
22:09 Paramedics ([[Keith|name]] and [[Sam|name]]): [[Lulu|name]] rousable, says she took "some of Mama's tablets" (co-codamol)
 at about 20:00. To Worcestershire Royal. [[Thoko|name]] with PC [[Amy Deakin|name]] to the hospital too.
22:30 Mum reached at work (care home, [[Malvern|place]]) via the manager [[Alan Reece|name]] on [[01684 563 208|phone]]. Taxi to
 the hospital; arrived 23:15.
23:40 Aunt [[Nomsa Dube|name]] rang from [[Leicester|place]] ([[07404 551832|phone]]); driving down, will take [[Thoko|name]] to
 hers for tonight with mum's agreement. Checked: no concerns on the [[Leicester|place]] system.
00:20 Paediatric ward: [[Lulu|name]] medically fit after bloods; CAMHS (Dr [[Okafor|name]]) to see her on [[27/11|date]] before discharge.
 Handover to day team and [[Fiona|name]] by email. Strategy discussion requested for [[27 Nov|date]].
01:05 [[Nomsa|name]] arrived at the hospital with her husband [[Themba Dube|name]]; took [[Thoko|name]] to [[Leicester|place]]
 ([[41 Evington Ln|address]]) at 01:30. Mum stays with [[Lulu|name]]. Mum asked us to tell nobody at church. Told her we would
 not, but that the school DSL ([[Rachel Poyner|name]], [[Nunnery Wood|school]]) will be told in the morning.
07:55 Rang [[Cranham Primary|school]] office ([[01905 455 219|phone]]) - [[Thoko|name]] absent today, staying with family in
 [[Leicester|place]]. Spoke to Mrs [[Hollis|name]] in the office.
"""),
]


# --- D. Okot / Akello family (Ugandan, Acholi), Matchborough, Redditch -----------------------------------------------------

HOME_D = d.Address("7 Matchborough Way", "Matchborough", "Redditch", "B98 0GD")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Emmanuel", "Ojok")], dt.date(2018, 1, 23), addresses=[HOME_D], ids=["3193462896", "U885235299143"],
       schools=["Matchborough First School"]),
    _p("s", "sibling", [("Joy", "Aber")], dt.date(2015, 4, 6), addresses=[HOME_D], ids=["3399892853", "N885429070898"],
       schools=["Matchborough First School"]),
    _p("m", "mother", [("Grace", "Akello")], dt.date(1990, 7, 29), addresses=[HOME_D], phones=["07535 281 460"]),
    _p("f", "father", [("Patrick", "Okot")], dt.date(1982, 2, 10), addresses=[HOME_D], phones=["07946 330 817"]),
    _p("p1", "professional", [("Megan", "Yarnold")], phones=["01905 843 964"], emails=["megan.yarnold@temeavon.gov.uk"]),
], "c")

DOCS_D = [
    ("section 47 joint visit record", """SECTION 47 ENQUIRY - JOINT VISIT RECORD (social care and police)
Date/time: Monday [[5 October 2026|date]], 16:30   Venue: the family home, [[7 Matchborough Way|address]], [[Matchborough|place]],
[[Redditch|place]] [[B98 0GD|postcode]]
Workers: [[Megan Yarnold|name]] (SW) and DC [[Tom Huband|name]] (PPU)   Interpreter: none needed (parents' choice, English)

Reason: on [[2 October|date]] [[Emmanuel Ojok|name]] (8, "[[Emma|name]]" at school, "[[Ojok|name]]" at home) arrived at [[Matchborough
First School|school]] with three raised linear marks on the back of his thighs. He told his teacher, Mrs [[Kathy Lane|name]],
"Baba beat me with the cane for lying about the tablet". Medical on [[3 October|date]] at the Alexandra Hospital (Dr [[Hana
Prouse|name]]): marks consistent with being struck with a thin implement.

Seen: [[Patrick Okot|name]] (father, 44, warehouse supervisor in [[Studley|place]]), [[Grace Akello|name]] (mother, 36, nurse at
the Alexandra), [[Joy Aber|name]] (11), [[Emmanuel|name]]. Children seen alone in the lounge for 20 minutes.
Father's account: "In Acholi culture a father corrects his child. I was beaten by my father in [[Gulu|place]] and I am a
teacher of Sunday school." He showed us the cane (a thin stick from the garden). He agreed to hand it over; DC [[Huband|name]] took it.
Mother: quiet; said she has told [[Patrick|name]] "this is England" before. She said her sister [[Lamunu Florence|name]]
in [[Kitgum|place]] would say the same as her husband.
[[Joy|name]]: "Daddy is strict. He does it to [[Ojok|name]] more because he is a boy." Asked about her, she said "only once, in
the holidays, with the belt". [[Emmanuel|name]] drew a picture of the stick and of "Mummy crying in the kitchen".

Outcome: written agreement - no physical chastisement; parenting course (Triple P, [[Redditch|place]] family hub); child protection
medical for [[Joy|name]] declined by her (nothing to see). Police: NFA likely given the father's admission and engagement -
to the CPS on advice. Next: strategy review [[12/10/2026|date]].

Household and network (as given by the parents; spellings checked with [[Grace|name]])
[[Okot Patrick|name]] (dad, DOB [[10/02/1982|dob]], [[07946 330 817|phone]]); [[Akello Grace|name]] (mum, DOB [[29/07/1990|dob]],
[[07535 281 460|phone]]); [[Aber Joy|name]] (DOB [[06/04/2015|dob]]); [[Ojok Emmanuel|name]] (DOB [[23/01/2018|dob]]). Relatives:
[[Okello Denis|name]] (father's brother, [[Ntinda|place]], [[Kampala|place]]); [[Lamunu Florence|name]] (mother's sister, [[Kitgum|place]],
[[+256 392 176 540|phone]]); family friend Mrs [[Auma Betty|name]] ([[Ravensbank Drive|address]], [[Redditch|place]]). Church: Matchborough
Christian Fellowship (Pastor [[Odongo|name]]). Both children born at the Alexandra; family came from [[Gulu|place]] via
[[Leeds|place]] in 2014.
"""),
]

DOCS_D += [
    ("Microsoft Teams chat between a school DSL and a social worker, copied into the file", """[Teams chat copied to the case file by
[[M Yarnold|name]] on [[14/10/2026|date]]]
[[Yarnold, Megan|name]] (Teme and Avon) 09:02
  morning [[Sue|name]] - how was [[Emmanuel|name]] yesterday? dad signed the agreement on the [[12th|date]]
[[Sue Dyson|name]] ([[Matchborough First|school]]) 09:10
  hiya. quiet. he told TA [[Bernie|name]] his dad "said sorry and bought a football". also [[joy|name]] asked me if her
  uncle [[okello|name]] from [[kampala|place]] is going to be told. apparently he rang the house from [[+256 772 418 903|phone]]
  on sat and shouted at mum because the church in [[Winyates|place]] found out
[[Yarnold, Megan|name]] (Teme and Avon) 09:12
  ugh. who told the church?
[[Sue Dyson|name]] ([[Matchborough First|school]]) 09:15
  [[joy|name]] thinks it was mrs [[auma|name]] (the family friend on [[Ravensbank Drive|address]]?) - her son [[Brian|name]] is in Y6 here
[[Yarnold, Megan|name]] (Teme and Avon) 09:16
  ok. ill ring mum. can you keep an eye on [[ojok|name]] at lunch, he said to me the big boys call him "stick boy" 😞
[[Sue Dyson|name]] ([[Matchborough First|school]]) 09:18
  will do. btw mum's work number has changed, [[01527 503 030|phone]] ext 4471 (ward 3)
[[Yarnold, Megan|name]] (Teme and Avon) 09:20
  thanks. fyi dad has complained about me, so [[Paul|name]] ([[Cartwright|name]], my TM) may ring you too. also did [[emmanuel|name]]
  say anything about the weekend at his uncle's in [[leeds|place]]? dad said they went on the [[10th|date]]-[[11th|date]]
[[Sue Dyson|name]] ([[Matchborough First|school]]) 09:31
  only that cousin [[Atim|name]] has a playstation lol. and [[joy|name]] says they went to see aunty [[lamunu|name]] on
  facetime. ill put it on cpoms
"""),
    ("father's letter of complaint, partly in Acholi", """[[Patrick Okot|name]]
[[7 Matchborough Way|address]]
[[Redditch|place]], [[B98 0GD|postcode]]
[[okotpatrick82@yahoo.co.uk|email]]

[[20 October 2026|date]]

Complaints Officer, Teme and Avon Council

Re: Complaint about social worker Miss [[Megan Yarnold|name]]

Dear Sir/Madam,
Apwoyo. I am writing with respect. My name is [[Okot Patrick|name]], the father of [[Aber Joy|name]] and [[Ojok Emmanuel|name]]. In
our culture the family name comes first, your forms have written us wrongly.

1. On [[5th October|date]] your worker came with police to my house without warning. My neighbours in [[Matchborough|place]]
   saw the police car. Now at church people say I am a criminal.
2. My brother [[Okello Denis|name]] in [[Kampala|place]] heard from somebody in [[Winyates|place]] before I told him. Who spoke?
3. I accepted the agreement and I gave the stick. But your worker told my daughter that "in England you can call the police
   on your father". This is not helping a family. Lok pa Acholi wacci: "Latin pa dano ducu obedo latin pa dano ducu" -
   the child of one is the child of all.

I ask for a new worker and for an apology. My wife [[Akello Grace|name]] agrees with this letter.

Yours faithfully,
[[Okot Patrick|name]]   (tel [[07946 330817|phone]])
cc. Pastor [[Odongo|name]], Matchborough Christian Fellowship
"""),
    ("GP's letter to children's services", """Woodrow Medical Centre, [[Woodrow|place]], [[Redditch|place]]   Tel [[01527 526 961|phone]]

[[27/10/2026|date]]
Dear Ms [[Yarnold|name]]
Re: [[Joy ABER|name]] DOB [[06/04/2015|dob]] NHS [[339 989 2853|nhs]] and [[Emmanuel OJOK|name]] DOB [[23/01/2018|dob]] NHS
[[319 346 2896|nhs]]
[[7 Matchborough Way|address]], [[B98 0GD|postcode]]

Thank you for your letter of [[13 October|date]]. I saw [[Joy|name]] with her mother on [[22 October|date]] for headaches and poor
sleep. She told me she is "worried about Daddy going to prison" and that children at school have asked her about it. No
injuries seen. Her growth is normal. I have referred her to the school nursing team ([[Carol Maund|name]]).
[[Emmanuel|name]] has not been brought to the surgery since July 2025 (asthma review missed x3). His inhaler was last
issued on [[2 February 2026|date]].
Mrs [[Akello|name]] (who works at the Alexandra) asked me to say that the family is "trying"; she also disclosed that she
feels isolated, her own mother died in [[Gulu|place]] in the spring and she could not travel. I have offered her a
review for low mood.
Yours sincerely
Dr [[Rachel Oakes|name]], GP (safeguarding lead), on behalf of Dr [[S. Mistry|name]]
cc: [[Carol Maund|name]], school nursing ([[Redditch|place]] team), [[carol.maund@nhs.net|email]]; health visiting - none (children
over 5); Dr [[Hana Prouse|name]], community paediatrics, the Alexandra.
"""),
]


# --- E. Hands / Studley family (white British), Bengeworth, Evesham --------------------------------------------------------

HOME_E = d.Address("Flat 3, 48 Port Street", "Bengeworth", "Evesham", "WR11 3LF")
NAN_E = d.Address("12 Abbey Croft", "", "Pershore", "WR10 1JQ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Hands")], dt.date(2021, 2, 12), addresses=[HOME_E], ids=["8061724189", "B885490764773"],
       schools=["Bengeworth Little Acorns Nursery"]),
    _p("s", "sibling", [("Lily-Rose", "Hands")], dt.date(2024, 5, 19), addresses=[HOME_E], ids=["6462357320"]),
    _p("m", "mother", [("Chantelle", "Hands")], dt.date(2001, 9, 8), addresses=[HOME_E], phones=["07857 604 219"]),
    _p("o", "other", [("Jordan", "Studley")], dt.date(1999, 12, 30), addresses=[HOME_E], phones=["07521 880 346"]),
    _p("g", "grandparent", [("Tracy", "Hands")], dt.date(1978, 1, 3), addresses=[NAN_E], phones=["01386 552 097"]),
    _p("p1", "professional", [("Kirsty", "Bayliss")], phones=["01905 843 233"], emails=["kirsty.bayliss@temeavon.gov.uk"]),
], "c")

DOCS_E = [
    ("chronology of significant events", """CHRONOLOGY - [[Alfie HANDS|name]] ([[12/02/2021|dob]]) and [[Lily-Rose HANDS|name]]
([[19/05/2024|dob]])
Compiled by [[Kirsty Bayliss|name]], SW, for the pre-proceedings meeting. Sources in brackets.
[[08/09/2001|dob]]  Mother [[Chantelle Hands|name]] born in [[Pershore|place]]. (mother)
2017        [[Chantelle|name]] in care aged 16 (Worcestershire). (LA records)
[[12.02.2021|date]]  [[Alfie|name]] born at Worcestershire Royal. Father [[Jamie Cotterill|name]], then of [[Badsey|place]]. (birth notes)
[[14/06/2023|date]]  Police to [[Flat 3, 48 Port Street|address]]: [[Jordan Studley|name]] and [[Chantelle|name]] arguing, glass broken.
                     [[Alfie|name]] present. PPN. (police)
[[19/05/2024|date]]  [[Lily-Rose|name]] born; father [[Jordan Studley|name]]. (HV)
[[03/01/2025|date]]  [[Alfie|name]] to A&E at the Alexandra with a burn to the palm from hair straighteners. Explanation accepted.
(hospital)
[[22/07/2025|date]]  Neighbour Mrs [[Jean Malvern|name]] ([[Flat 4|address]]) reports the children crying for "over an hour" and
                     no adult answering. Police find [[Chantelle|name]] asleep; cannabis smell. (police, CAD 412)
[[1 Sept 2025|date]] [[Alfie|name]] starts at [[Little Acorns|school]] ([[Bengeworth|place]]); attendance 61% that term. (nursery)
[[10/02/2026|date]]  [[Jordan|name]] arrested for supplying cannabis in [[Studley|place]] and [[Alcester|place]]; bailed to his
                     mum's in [[Hampton|place]] ([[Evesham|place]]), not to the flat. (police)
March-April 2026 [[Jordan|name]] back at the flat against bail (seen by [[Jean Malvern|name]] and the nursery). (various)
[[16/05/2026|date]]  [[Lily-Rose|name]] (2) found on the pavement of [[Port Street|address]] in a nappy at 07:10 by a
                     shopkeeper, Mr [[Hüseyin Aydın|name]] (Bengeworth Kebab and Pizza). (police)
[[18/05/2026|date]]  Strategy discussion; s47; CP plan from [[9 June 2026|date]] (neglect).
[[30/09/2026|date]]  Review conference: insufficient progress; legal planning meeting [[14/10/2026|date]]. Nan [[Tracy Hands|name]]
                     ([[12 Abbey Croft|address]], [[Pershore|place]] [[WR10 1JQ|postcode]]) offers to care. (SW)
[[02/10/2026|date]]  [[Jamie Cotterill|name]] located via the DWP at [[27 Cherry Orchard|address]], [[Honeybourne|place]]
                     ([[WR11 7QX|postcode]]); says he "wants to see [[Alfie|name]]" but has not seen him since
[[Christmas Day 2022|date]]. (SW)
[[09/10/2026|date]]  [[Jean Malvern|name]] ([[Flat 4|address]]) says men come to the flat "at all hours"; one drives a white van,
                     [[LJ19 ZRV|vehicle]]. Passed to police (PC [[Nathan Eden|name]]). (neighbour)
[[21/10/2026|date]]  [[Chantelle|name]] tells [[Kirsty|name]] that [[Jordan|name]]'s cousin [[Kane Studley|name]] from
                     [[Malvern Link|place]] has been "minding the kids" on Saturday nights. (mother)
"""),
]

DOCS_E += [
    ("health visitor's notes typed fast on a phone during a visit", """HV notes (typed on phone in car, to tidy later) - KB cc'd
[[11/11|date]] 1340 HV [[Gill Perrott|name]]. HV to [[flat 3 port st|address]]. CH + LR + [[alfie|name]] (off nursery, "cough").
[[jordan|name]] NOT seen but his trainers by door + vape on side. ch says "thats [[jords|name]] old ones".
LR wt 11.2kg (25th). dirty nappy, sore bum +++, cream given. bottle of squash in cot.
[[alfie|name]] v chatty, said "[[jord|name]] sleeps on the settee n nanny [[tracy|name]] is cross". no bruises seen (vest only).
kitchen: no food in fridge except milk + ketchup. said tesco delivery "tmrw". foodbank voucher offered ([[evesham|place]]) - declined.
ch tearful, says mum [[tracy|name]] "wants to take my kids". EPDS 17. GP appt made w Dr [[Hancox|name]] (abbey medical)
[[13/11|date]] 1030. rang nan [[01386 552097|phone]] - no ans. msg left.
neighbour [[jean|name]] ([[flat 4|address]]) stopped me on stairs: "they was screaming at 2am sat". not asked more.
TODO: email [[Kirsty|name]], chase [[little acorns|school]] re attendance, book LR 2yr review, ring [[jamie c|name]]?? no PR? check
[[12/11|date]] 0915 tel call from nan [[tracy|name]] [[07794 318662|phone]]: she was at the flat last night, [[jordan|name]] there,
"[[chantelle|name]] was off her face". she took [[alfie|name]] + [[lily-rose|name]] to hers in [[pershore|place]] ([[abbey croft|address]]).
told her ring police/EDT if worried at night. told [[kirsty b|name]] 0925. [[kirsty|name]] visiting 2pm w PC [[eden|name]].
"""),
    ("nursery's home-school communication book", """[[LITTLE ACORNS|school]] - [[Alfie|name]]'s home book (photographed pages, typed by the
nursery for the court bundle at the request of [[K. Bayliss|name]])

Mon [[2/11|date]]  Keyworker ([[Shelley|name]]): [[Alfie|name]] had a lovely day, painted a firework. Came in hungry - 2 breakfasts.
              Mum: ok thanks x
Tue [[3/11|date]]  [[Shelley|name]]: Not in today - please ring the office if poorly. 01386 number as on the front.
              Mum: sorry he was sick. [[Jordan|name]] will bring him tmrw x
Wed [[4/11|date]]  [[Shelley|name]]: Thank you [[Jordan|name]] for bringing [[Alfie|name]] :) He told us he went to
              "[[Broadway|place]] to see the fireworks with Nanny". Nappy rash - cream on.
              Nanny (writing): Hi, its [[Tracy|name]] his nan, I had him weds night in [[Pershore|place]] - pls ring me
              if anything on [[07794 318 662|phone]] x
Fri [[6/11|date]]  [[Shelley|name]]: Trip to [[Evesham|place]] library next Friday ([[13th|date]]) - permission slip please.
              Mum: yes he can go. who is Mrs [[Goode|name]]?
              [[Shelley|name]]: She is our new manager, Mrs [[Zoe Goode|name]] :)
Mon [[9/11|date]]  [[Shelley|name]]: [[Alfie|name]] said "[[Jord|name]] threw my plate" - I have passed this on as I have to.
              Mum: he is lying [[Jordan|name]] isnt even here. hes at his mums in [[Hampton|place]]
Tue [[10/11|date]] [[Shelley|name]]: [[Alfie|name]] was collected by a man who said he was "[[Kane|name]], [[Jordan|name]]'s cousin" -
not on
              our list so we rang Mum and she said ok. Please add him to the form with his date of birth.
              Mum: [[Kane Studley|name]] [[4/7/98|dob]] [[07368 512 447|phone]]. he lives [[malvern link|place]]
Thu [[12/11|date]] [[Zoe Goode|name]] (manager): [[Alfie|name]] is staying with Nanny [[Tracy|name]] - she will bring him on the
              bus from [[Pershore|place]]. Collection password changed (see office).
"""),
    ("child protection review meeting record", """CHILD PROTECTION REVIEW CONFERENCE - RECORD AND DECISIONS
Children: [[Alfie Hands|name]] and [[Lily-Rose Hands|name]]   Date: [[25 November 2026|date]]   Chair: [[Diane Oldroyd|name]] (IRO)
Venue: Abbey Road Children's Centre, [[Evesham|place]]   Minutes: [[Priya Sandhu|name]]
Attended: [[Chantelle Hands|name]] (mum), with her advocate [[Leon Farr|name]]; [[Tracy Hands|name]] (maternal grandmother);
[[Kirsty Bayliss|name]] (SW); [[Gill Perrott|name]] (HV); [[Zoe Goode|name]] ([[Little Acorns|school]]); PC [[Nathan Eden|name]]
([[Evesham|place]] SNT). Apologies: [[Jordan Studley|name]] (not invited - see below); Dr [[Hancox|name]] (report sent).
Not invited: [[Jordan Studley|name]] ([[30/12/1999|dob]]) - bail conditions; his solicitor was told of the date by letter of
[[12 November|date]].
Discussion: mum says [[Jordan|name]] has "gone for good, he's at his mum's in [[Hampton|place]]". The HV saw his trainers on
[[11/11|date]] and [[Alfie|name]] spoke of him throwing a plate on the [[9th|date]]. Nursery attendance since
[[1 September|date]]: 58%. Grandmother has passed her viability assessment; she has a spare room and works at the garden
centre at [[Wyre Piddle|place]]. [[Chantelle|name]] agreed to her mum having the children "for a bit" if she can see them daily.
Decision: plans continue (neglect); PLO letter before proceedings to be sent by [[2 December 2026|date]]; children to stay
with [[Tracy|name]] under a section 20 agreement from [[27/11|date]]; next review [[25 February 2027|date]].
"""),
]


# --- F. Mahmood / Bibi family (British Pakistani, Kashmiri), Offmore, Kidderminster ----------------------------------------

HOME_F = d.Address("63 Offmore Road", "Offmore", "Kidderminster", "DY10 1SQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ayaan", "Mahmood")], dt.date(2011, 10, 14), addresses=[HOME_F], ids=["3862297837", "N885270561992"],
       schools=["King Charles I School"]),
    _p("s", "sibling", [("Hafsa", "Mahmood")], dt.date(2016, 3, 3), addresses=[HOME_F], ids=["3430737931"],
       schools=["Offmore Primary School"]),
    _p("m", "mother", [("Nazia", "Bibi")], dt.date(1988, 5, 25), addresses=[HOME_F], phones=["07480 226 315"]),
    _p("f", "father", [("Tariq", "Mahmood")], dt.date(1983, 8, 16), addresses=[HOME_F], phones=["07533 912 604"]),
    _p("p1", "professional", [("Owen", "Baddeley")], phones=["01905 843 410"], emails=["owen.baddeley@temeavon.gov.uk"]),
], "c")

DOCS_F = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - Missing Children (Teme and Avon)
Young person: [[Ayaan MAHMOOD|name]]   DOB [[14/10/2011|dob]]   Missing from: [[63 Offmore Road|address]], [[Offmore|place]],
[[Kidderminster|place]] [[DY10 1SQ|postcode]]   Missing: [[6 November 2026|date]] 21:00 to [[8 November 2026|date]] 14:30
Found: [[Telford|place]] ([[Brookside|place]]), by West Mercia Police, in a flat on [[Cuckoo Oak Green|address]]
Interviewer: [[Owen Baddeley|name]] (RHI worker)   Interview: [[10/11/2026|date]] at [[King Charles|school]], in the library

What [[Ayaan|name]] said (his words where I could write them):
"I went with [[Kyle|name]], he's from [[Stourport|place]], he's alright. We got a lift off some lad called [[Dee|name]] in a grey
Golf." He would not give [[Dee|name]]'s full name. He said he "just stayed at [[Dee|name]]'s cousin's" and "played PlayStation".
Asked about the £300 found on him: "it's mine, I saved it". He said his phone was "took" and that he now uses one with a
number he would not give me ("it's a burner, innit").
On home: "My dad don't talk to me since. My mum cries. [[Hafsa|name]] thinks I'm a gangster." He said his chacha [[Imran|name]]
in [[Birmingham|place]] ([[Alum Rock|place]]) wants him to go and live there and work in his shop on [[Alum Rock Road|address]].

Worries: the lift by an adult unknown to the family; cash; a second phone; a flat in [[Telford|place]] known to police for drug
supply (DC [[Sian Bevan|name]], [[07773 119 440|phone]]). The registration the police had for the Golf: [[WU68 KXN|vehicle]].
Parents spoken to after: [[Nazia Bibi|name]] (mum) and [[Tariq Mahmood|name]] (dad). Mum said [[Ayaan|name]] has been "with the
wrong boys" since Year 8 and that his cousin [[Bilal|name]] warned her about [[Kyle|name]]. Dad wants to send him to
[[Dadyal|place]] "to his grandfather for a year".
Actions: NRM referral considered; CCE screening tool completed (score: significant); share with the exploitation panel.

Locations and names linked to [[Ayaan|name]] (for the exploitation panel, [[19 November 2026|date]])
- [[Kyle|name]]: thought to be [[Kyle Pountney|name]], 17, of [[Areley Kings|place]], [[Stourport|place]]; at
[[Kidderminster College|school]]
  (plumbing), per [[Bilal|name]].
- "[[Dee|name]]": adult driver, grey VW Golf [[WU68 KXN|vehicle]], seen by [[Marek|name]] at the shop ([[Offmore Road|address]]) on
  [[6/11|date]]. Police intel: linked to [[Dudley|place]] and [[Wellington|place]].
- The flat: [[Flat 9, Cuckoo Oak Green|address]], [[Brookside|place]], [[Telford|place]] [[TF7 5RJ|postcode]].
- Brookside Central shops and Kidderminster Town station (CCTV requested by PC [[Gavin Share|name]]).
"""),
]

DOCS_F += [
    ("transcript of a mother's 999 call", """WEST MERCIA POLICE - FORCE CONTROL ROOM - CALL TRANSCRIPT (for the strategy meeting; prepared
[[7/11/26|date]])   Incident 0612 of [[06/11/2026|date]]   Call start 23:41:07   Caller's number: [[07480 226315|phone]]

OP: Police, what's the address of your emergency?
CALLER: It's [[sixty-three Offmore Road|address]], [[Kiddy|place]], [[Kidderminster|place]]. My son is not home. He is
  fifteen. [[Ayaan|name]]. A-Y-A-A-N.
OP: And your name?
CALLER: [[Nazia|name]]. [[Nazia Bibi|name]]. B-I-B-I.
OP: When did you last see [[Ayaan|name]]?
CALLER: Nine o'clock, he went out, he said to the shop, the Polski Sklep on the corner. The man there, [[Marek|name]], said
  he saw him get in a car. A grey car. [[Marek|name]] said two boys.
OP: Does he have a phone?
CALLER: It goes off. His sister [[Hafsa|name]] has a Snapchat for him, she says he's at... [talks to someone] ... she says
  [[Telford|place]]. (in Urdu, to a child) بیٹا، [[حفصہ|name]]، ادھر آؤ
OP: Is there anyone else at home?
CALLER: My husband [[Tariq|name]] is driving around [[Spennells|place]] and [[Habberley|place]] looking. His cousin
  [[Shahid|name]] also. Please, he is only a child.
OP: Date of birth for [[Ayaan|name]]?
CALLER: [[Fourteen, ten, two thousand eleven|dob]]. [[14 October 2011|dob]].
[call continues - description, clothing: black North Face jacket, grey tracksuit, white Air Max]
Call end 23:52:40. Graded: high risk missing (age, exploitation flag). Call handler: [[Emma Lloyd|name]] (op 4471)
"""),
    ("grandfather's email from Pakistan, written by an uncle", """From: [[Zubair Mahmood|name]] <[[zubair.mahmood.dadyal@gmail.com|email]]>
To: [[owen.baddeley@temeavon.gov.uk|email]]
Date: Sat, [[14 Nov 2026|date]] 02:18
Subject: [[Ayaan|name]] - from his family in Pakistan

Respected Sir [[Owen|name]],
Assalamu alaikum. I am [[Ayaan|name]]'s uncle (his father's elder brother), writing for my father Haji [[Muhammad Rafiq|name]]
who does not use email. We live in [[Dadyal|place]], District Mirpur, Azad Kashmir. My address is [[House 14, Street 3, Sector B|address]],
[[Dadyal|place]]. My mobile and WhatsApp: [[+92 300 5821 647|phone]].

[[Tariq|name]] bhai told us about the police and [[Telford|place]]. My father says [[Ayaan|name]] can come to us and study at the
school here with my son [[Usman|name]], and learn Quran with Qari [[Abdul Ghafoor|name]] sahib. In [[Kidderminster|place]] he has bad
friends. Here he will have his family and no bad friends.

I know in your country you may think this is not right. We are not forcing. [[Nazia|name]] bhabi does not agree and she is
his mother, we respect. But please speak with her. Also my sister [[Rukhsana|name]] in [[Bradford|place]] ([[07861 204 337|phone]])
can help, she is a teacher.

With respect and duas,
[[Zubair Mahmood|name]]
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Ayaan Mahmood|name]] (15)   Held: Sunday [[29 November 2026|date]], Baxter Community Centre, [[Kidderminster|place]]
Coordinator: [[Shireen Akhtar|name]] (independent; Urdu/Pahari-Pothwari)   Referrer: [[Owen Baddeley|name]]
Family present: [[Nazia Bibi|name]] ([[نازیہ|name]], mum); [[Tariq Mahmood|name]] (dad); [[Hafsa|name]] (10, for the first part);
chacha [[Imran Mahmood|name]] ([[Alum Rock|place]], [[Birmingham|place]]); phuppo [[Rukhsana Begum|name]] ([[Bradford|place]], by video);
cousin [[Bilal Hussain|name]] (22, [[Foley Park|place]]); family friend [[Abdul Majid|name]] (imam's assistant, [[Kidderminster|place]]
mosque). [[Zubair|name]] bhai in [[Dadyal|place]] sent a voice note, played and translated.
[[Ayaan|name]] was there for all of it, with his advocate [[Lauren Tipping|name]].

OUR PLAN (in the family's words)
1. [[Ayaan|name]] stays in [[Kidderminster|place]] with mum and dad. He will NOT be sent to Pakistan. (Dad agreed
   after talking with [[Imran|name]].)
2. School: [[Ayaan|name]] back at [[KC1|school]] full time; [[Bilal|name]] drives him on Mondays and Wednesdays, [[Imran|name]]
   on Fridays when he is in [[Kiddy|place]] for the cash and carry.
3. Weekends: one weekend a month with chacha [[Imran|name]] in [[Birmingham|place]], working in the shop (paid, £5 an hour, till
   6pm only). Home by 9pm any other night; if late he texts mum on [[07480 226 315|phone]].
4. [[Kyle|name]] and [[Dee|name]]: [[Ayaan|name]] will block them. If they come to the house dad will ring 101, not go out to them.
5. [[Hafsa|name]] ([[حفصہ|name]]) will have time with mum on Saturdays at the library; she is worried and has stopped eating lunch
   at [[Offmore Primary|school]] (her teacher Mrs [[Lowe|name]] noticed).
Review: family meeting at [[63 Offmore Road|address]] on [[10 January 2027|date]]; FGC review [[28/02/2027|date]].

Who will do what (contact list agreed by the family, to be kept by the coordinator)
[[Tariq Mahmood|name]] [[07533 912 604|phone]] | [[Nazia Bibi|name]] [[07480 226 315|phone]] | [[Imran Mahmood|name]],
[[412 Alum Rock Road|address]],
[[Birmingham|place]] [[B8 3HU|postcode]], [[0121 327 5518|phone]] | [[Bilal Hussain|name]], [[Foley Park|place]], [[07462 190 835|phone]] |
[[Rukhsana Begum|name]], [[Heaton|place]], [[Bradford|place]], [[07861 204 337|phone]] | [[Zubair Mahmood|name]], [[Dadyal|place]],
[[+92 300 5821 647|phone]] | Advocate [[Lauren Tipping|name]] (Barnardo's) | Social worker [[Owen Baddeley|name]],
[[01905 843 410|phone]], [[owen.baddeley@temeavon.gov.uk|email]].
Signed by: [[T. Mahmood|name]], [[N. Bibi|name]], [[Ayaan|name]] ("A.M."), [[I. Mahmood|name]], [[B. Hussain|name]]. Typed by
[[S. Akhtar|name]], [[30/11/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 102 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 07:00 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum",
           "mummy", "mam", "mama", "dad", "daddy", "aunty", "auntie", "uncle", "pastor", "deaconess", "gogo", "baba", "ma",
           "umama", "malume", "haji", "qari", "chacha", "phuppo", "bhai", "bhabi", "baji", "apa", "ammi", "abbu", "dadi",
           "nani"}
_AFTER = {"bhai", "bhabi", "baji", "apa", "ji", "sahib", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "worcestershire",
               "warwickshire", "shropshire", "staffordshire", "west midlands", "the midlands", "midlands", "zimbabwe",
               "matabeleland", "uganda", "northern uganda", "acholi", "acholiland", "pakistan", "azad kashmir", "kashmir",
               "ajk", "mirpur district", "district mirpur", "punjab"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Gogo
# MaNdlovu", "Ma Khumalo", "Pastor Ndlovu", "Deaconess Ruth Mlilo", "Haji Muhammad Rafiq", "Qari Abdul Ghafoor", "chacha
# Imran", "phuppo Rukhsana Begum", "nanny tracy"; and after one: "Zubair bhai", "Nazia bhabi", "Abdul Ghafoor sahib") and
# counties, regions and countries ("Worcestershire", "Zimbabwe", "Uganda", "Acholi", "Pakistan", "Azad Kashmir").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
