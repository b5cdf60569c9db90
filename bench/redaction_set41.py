"""Set 41: a further held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set38.py, redaction_set39.py and redaction_set40.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py (its docstring, its record layout, its first family's documents, its word lists and
checker hook-up; the middle documents were not read) and tests/test_redaction_set21.py in full (the layout and marking
conventions followed here); the docstrings of bench/redaction_set7.py to redaction_set37.py and bench/redaction_heldout.py,
searched for the towns, districts, estates and communities of Staffordshire, Shropshire and Herefordshire and for the
communities earlier sets used (to pick new ones), and set 35's docstring in part; the `_party`, `Records`, `HandSet`,
`word_problems`, `_parse` and `_docs` helpers of bench/redaction_handwritten.py (its first record seen in passing);
set 15's checker (problems); and the ruff
settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked
with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families, chosen to look like a caseload in Staffordshire, Shropshire and Herefordshire, each from a town, district or
estate no earlier set used as a family's home. Four of the kinds most common in children's social care: a white British family
in Middleport, Burslem (Stoke-on-Trent), with a grandmother in Smallthorne, an aunt in Longton and a father in Kidsgrove
(Mountford / Boulton; domestic abuse, a television thrown, a banned partner driving, a foodbank referral), a white British
family in Sutton Hill, Telford, with a grandmother in Ironbridge and a father in Wellington (Jervis / Lowe; a boy of 14 who
self-harms and is drawn into criminal exploitation, a mother's depression, a girl of 7 neglected), a care leaver of 19 and her
baby in Harlescott, Shrewsbury, with a grandmother in Monkmoor, a great-grandmother in Ditherington and the baby's father in
Whitchurch (Preece / Evason; a baby left in a library, a bruise to a baby's ear) and a white British family in Knutton,
Newcastle-under-Lyme, with a grandmother in Silverdale and a father in Chesterton (Boote / Stanier; a mother's alcohol
dependence and a home detox, a girl of 15 who found her unconscious, a boy of 11 sent to the pharmacy). Two from communities no
earlier set used: a Kyrgyz family in Newton Farm, Hereford, who came on a seasonal farm visa and then a skilled worker's visa,
with a grandmother in Osh and an uncle in Bishkek (Toktosunov / Toktosunova / Asanova; a father who beats a boy of 10 with a
charger and holds the passports, a girl of 4 with tooth decay; Russian and Kyrgyz in Cyrillic script), and a stateless Bidoon
family from Kuwait seeking asylum in dispersed Home Office housing in Shelton, Stoke-on-Trent, with family in Al Jahra (Taima)
and an aunt in Cardiff (Al-Shammari / Al-Enezi; a toddler scalded by a kettle in a cramped kitchen, damp and asthma, a boy of
13 who interprets for the family; a father's letter in Arabic script). 24 documents; of types or styles no earlier set used
where possible: an initial child protection conference report, a foodbank e-referral, a Facebook Messenger chat between
sisters typed up, a chronology in a table, a GP's referral letter, a bus driver's incident report, a social worker's notes
typed fast on a phone, core group minutes, a child and family assessment, a library's building incident log, a
great-grandmother's handwritten letter read by OCR (with its misreadings and a word broken across a line), strategy discussion
minutes, a community pharmacist's safeguarding email, voicemails on a duty line transcribed, a home visit case note, a family
group conference plan written by the family, a case note of a visit with an interpreter, a WhatsApp chat in Russian and Kyrgyz
(Cyrillic) typed up and translated, an immigration adviser's letter, a child in need plan in a table, an asylum housing
provider's incident report, a primary school's new-arrival (EAL) admission form, a father's letter in Arabic with its
translation, and child in need review minutes.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Kyrgyzstan, Kuwait, Spain); NHS numbers and UPNs (the right LA number for the area: 861,
894, 860, 884) pass their check digits. Councils are invented (Fowlea Vale, Severn Wrekin, Severn Hills, Lyme Vale, Wye Vale),
and so are the pharmacy (Knutton Lane Pharmacy), the advice project (Wye Migrant Advice Project), the GP practice names used
and the nurseries (Little Acorns, Bobbins); towns, districts, estates, villages, real schools and colleges, real charities, NHS
bodies, hospitals, police forces, prisons, courts, clubs, shops, companies (Serco, Arriva), services, apps and laws are real
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC, DS, Nan, Nanny, Auntie, Uncle, Great Nan, Papa, the Kyrgyz "Апа" and "байке", the
Arabic "الأخت") stay outside the name span, before or after the name ("Mrs Lowe senior"); a possessive 's, a bare s in
texting ("paisley"s, "alf"s) and a case ending in Kyrgyz ("Бекзат"ты, "Ош"ко) stay outside; every person's name is a name in
every form, record or not. "SURNAME, First" and "SURNAME First" are one span ("MOUNTFORD, Kaden", "AL-SHAMMARI Maryam"), an
initial with a surname is one span ("M Jervis", "G Stone") and so is a first name with an initial after it ("Willow P");
initials alone ("SK", "M", "D.M.") are not marked; a name or an address broken by a line break is one span holding the break,
and so is a date ("8th of No-\\nvember"); a chat display name that is a person's name is a name ("Jade Louise", "Олеся"), a
contact saved under a kinship word ("Апа") is not. A street address is one span, its town a place, its postcode a postcode; a
street without a number is an address, and so is a neighbour's or the family's bare number ("no. 24", "no. 63", "38", "2");
an address abroad is an address ("Calle Gran Bretaña 9"); towns, cities, villages, districts and estates are places, at home or
abroad, in any script and in short forms ("kiddy" for Kidsgrove, "welly" for Wellington, "Ош", "Лестер", "الجهراء", "تيماء");
countries, counties, regions and islands are not ("Kuwait", "Kyrgyzstan", "Staffordshire", "Shropshire", "Tenerife");
organisations are not marked even when they hold a town's or a person's name ("Burslem Family Hub", "Shrewsbury Library",
"Woodside Medical Practice", "Telford Mind", "Hereford Women's Aid", "Hanley Health and Wellbeing Centre", "Royal Stoke",
"Princess Royal", "Port Vale", "Shrewsbury Town", "Telford Bus Station", "HMP Stoke Heath", "Silverdale Library"), while a
branch or service named by its town in words that are not its proper name marks the town ("Station"-style headings: "Depot:
Telford", "LOG - SHREWSBURY", "Sutton Hill branch", "CAIU, Shrewsbury", "the Wellington practice",
"Maccies in Wolstanton"); a school's, college's,
nursery's name and short form is a school ("St Marys", "holy trinity", "woodlands", "Hereford College", "Little Acorns
Nursery"); a date of birth is dob (a birth in a chronology's date column too), any other date with a day is date (a weekday
stays outside), months and years alone are not marked; a surname or first name that is also a word, a county or a town is
marked by what it refers to (Stone, Fenton, Ketley, Meole, Audley, Hanley, Ledbury, Shropshire, Wrekin-Hall, Summer, Willow,
Ivy, Harley, Dawley are names when they are people; Audley, Hanley and Stafford are places when they are places); parks,
shopping centres and churches are landmarks and stay unmarked ("the Quarry", "Darwin Centre", "St Giles").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an OCR misreading of a
name ("Ca11um") is a name; the Arabic date in the father's letter is a date; in a kunya ("Abu Khalid", "father of Khalid", the name a man is
known by) "Abu" stays outside like a title and "Khalid" is a name span; a school abroad named in quotes ("Al-Jahra girls' school") is a
school;
a Home Office, tenancy, voucher or interpreting reference and a staff or collar number are not marked; the Russian and Kyrgyz
words for "shop" or "Mum" after a contact's name stay outside it.

Self-check without the detector: `python -m bench.redaction_set41` (and tests/test_redaction_set41.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
944 gold spans, 547 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Mountford / Boulton family (white British), Middleport, Burslem, Stoke-on-Trent ----------------------------------

HOME_A = d.Address("22 Dain Street", "Middleport", "Stoke-on-Trent", "ST6 3LT")
NAN_A = d.Address("5 Ford Green Road", "Smallthorne", "Stoke-on-Trent", "ST6 1NX")
DAD_A = d.Address("9 Liverpool Road", "", "Kidsgrove", "ST7 4EH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaden", "Mountford")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["419 064 3157", "R861593521389"],
       schools=["Middleport Primary Academy"]),
    _p("s", "sibling", [("Paisley", "Boulton")], dt.date(2021, 10, 30), addresses=[HOME_A], ids=["645 029 2288"]),
    _p("m", "mother", [("Jade", "Mountford")], dt.date(1996, 6, 2), addresses=[HOME_A], phones=["07583 219 640"],
       ids=["JH 63 51 27 C"]),
    _p("f", "father", [("Ryan", "Boulton")], dt.date(1993, 1, 17), addresses=[DAD_A], phones=["07812 404 773"]),
    _p("g", "grandparent", [("Carol", "Mountford")], dt.date(1970, 8, 21), addresses=[NAN_A], phones=["01782 234 567"]),
    _p("p1", "professional", [("Gemma", "Stone")], phones=["01782 717 300"], emails=["gemma.stone@fowleavale.gov.uk"]),
], "c")

DOCS_A = [
    ("child protection conference report", """FOWLEA VALE COUNCIL - CHILDREN'S SOCIAL CARE
REPORT TO THE INITIAL CHILD PROTECTION CONFERENCE
Children: [[MOUNTFORD, Kaden|name]] (DOB [[09/04/2017|dob]]) and [[BOULTON, Paisley|name]] (DOB [[30/10/2021|dob]])
Address: [[22 Dain Street|address]], [[Middleport|place]], [[Stoke-on-Trent|place]] [[ST6 3LT|postcode]]
Conference date: Thursday [[12 November 2026|date]], 10:00, Floor 2, Civic Centre        Chair: [[Anita Deakin|name]]
Social worker: [[Gemma Stone|name]] ([[01782 717 300|phone]], [[gemma.stone@fowleavale.gov.uk|email]])

1. Reason for conference
On [[21 October 2026|date]] [[Kaden|name]] (9) told his teacher, Mrs [[Lorna Shenton|name]] at [[Middleport Primary Academy|school]],
that "[[Ryan|name]] throwed the telly" and that he and [[Paisley|name]] hid in the bath. Police (PC [[Dan Wedgwood|name]]) attended
the home the night before after a 999 call from a neighbour, Mr [[Alf Fenton|name]] at [[no. 24|address]]. The section 47 enquiry
was agreed at a strategy discussion on [[22/10/2026|date]].

2. The family
[[Jade Mountford|name]] (30) is the mother of both children. [[Ryan Boulton|name]] (33) is [[Paisley|name]]'s father and lives
at [[9 Liverpool Road|address]], [[Kidsgrove|place]] [[ST7 4EH|postcode]], but stays most nights. [[Kaden|name]]'s father,
[[Lee Hassall|name]], lives in [[Tunstall|place]] and has not seen him since 2022. Maternal grandmother [[Carol Mountford|name]]
lives at [[5 Ford Green Road|address]], [[Smallthorne|place]] ([[01782 234 567|phone]]) and collects [[Kaden|name]] from school on
Wednesdays. [[Jade|name]]'s sister, [[Chelsea Mountford|name]], lives in [[Longton|place]].

3. What we are worried about
- Domestic abuse: four police call-outs since [[3 March 2026|date]] ([[03/03|date]], [[17/06|date]], [[29/08|date]], [[20/10|date]]).
- [[Kaden|name]]'s attendance is 81%; he is often late and hungry. The school's family support worker, [[Tina Bourne|name]],
  gives him toast most mornings.
- [[Paisley|name]] has missed two health reviews. The health visitor, [[Natalie Plant|name]], saw her on [[5th November|date]]:
  weight on the 9th centile, nappy rash, no cot.
- [[Ryan|name]] drives [[Jade|name]]'s car (a grey Corsa, [[FN17 KZX|vehicle]]) though he is banned.

4. What is working well
[[Carol|name]] is a strong support. [[Jade|name]] goes to the Freedom Programme at the Burslem Family Hub with her friend
[[Stacey Leese|name]]. [[Kaden|name]] loves football at Port Vale's community sessions and says [[Chelsea|name]] is "the best auntie".

5. The children's views
[[Kaden|name]] drew his "three houses": home, "nanna [[Carol|name]]'s" and "[[Lee|name]]'s (but I don't go)". He said he wants
[[Ryan|name]] "to go back to [[Kidsgrove|place]]".

6. Recommendation
That both children are subject to child protection plans under the category of emotional abuse.
[[G. Stone|name]], Social Worker, [[04/11/2026|date]]
"""),
    ("foodbank voucher referral form", """STOKE NORTH FOODBANK - E-REFERRAL (printed)     Voucher no. SN-26-08812
Referring agency: Fowlea Vale Council, Children's Social Care (North)    Referrer: [[Gemma Stone|name]]
Referrer phone: [[01782 717 300|phone]]    Referrer email: [[gemma.stone@fowleavale.gov.uk|email]]
Date issued: [[06-11-2026|date]]    Collect from: Middleport Methodist centre (Tues/Fri 10-12)

CLIENT
Name: [[Jade MOUNTFORD|name]]    Date of birth: [[02/06/1996|dob]]
Address: [[22 Dain St|address]]
[[Middleport|place]] [[ST6 3LT|postcode]]
Phone: [[07583 219 640|phone]]    NI no.: [[JH 63 51 27 C|ni]]
Household: adults 1 (partner not on the tenancy), children 2 - ages 9, 5
Children's names (for the Christmas hamper list): [[Kaden|name]], [[Paisley|name]]

REASON FOR REFERRAL (tick): [x] benefit delay  [x] low income  [ ] debt  [ ] homelessness
Details: Universal Credit stopped on [[19/10|date]] after a change of circumstances form; a new claim is pending. Mum has
£4.20 in the bank. Gas meter on emergency credit. Nan ([[Carol|name]]) has been buying nappies. No cooker since the
partner damaged it on [[20 October|date]].
Dietary needs: [[Paisley|name]] - cow's milk allergy (oat milk please).
Can the client get to the centre? Yes - by bus, or her friend [[Stacey|name]] will drive her.
Other agencies involved: HV [[Natalie Plant|name]]; school ([[Middleport Primary|school]]); Citizens Advice Staffordshire North.
Signed: [[G Stone|name]]
Volunteer use only: parcel given [[10/11/26|date]] by [[Bev|name]] ([[Beverley Shufflebotham|name]]), + hamper list.
"""),
]

DOCS_A += [
    ("Facebook Messenger chat between sisters, typed up", """Screenshots given to the social worker by [[Jade|name]] on
[[16/11/2026|date]], typed up by [[G. Stone|name]]. Chat:
"[[Chelsea Mountford|name]]" and "[[Jade Louise|name]]". Emojis described in brackets. Times as shown.

[[Chelsea Mountford|name]] 21:14  u ok bab? mam said [[ryan|name]] was round again
[[Jade Louise|name]] 21:15  hes gone now. [[kaden|name]] heard it all tho
[[Chelsea Mountford|name]] 21:15  [[jade|name]] u promised. the social said
[[Jade Louise|name]] 21:17  i no what the social said. hes [[paisley|name]]s dad [[chels|name]]
[[Chelsea Mountford|name]] 21:18  and hes banned and he was in ur car on [[hamil rd|address]] tuesday i seen him
[[Jade Louise|name]] 21:20  dont tell [[gemma|name]] pls
[[Chelsea Mountford|name]] 21:21  im not gonna grass u up but come to mine. [[longton|place]] is 2 buses i'll get u a taxi
[[Jade Louise|name]] 21:22  cant leave [[kaden|name]] hes got school
[[Chelsea Mountford|name]] 21:23  [[kade|name]] can go from mine i'll take him. or nan can [[smallthorne|place]] is on the way
[[Jade Louise|name]] 21:30  (crying face) he said he'll burn the house if i go to ur mams
[[Chelsea Mountford|name]] 21:31  RING 999 then. or ring [[alf|name]] next door he'll come
[[Jade Louise|name]] 21:33  [[alf|name]]s 80 [[chelsea|name]]
[[Chelsea Mountford|name]] 21:34  ok im coming. [[dean|name]] will drive. 15 mins
[[Jade Louise|name]] 21:52  hes gone to [[kiddy|place]]. hes took the car keys
[[Chelsea Mountford|name]] 21:53  the reg is [[FN17 KZX|vehicle]] right? im ringing it in
[[Jade Louise|name]] 21:53  yes. sorry [[chels|name]] (heart)
--- Sunday [[15 November|date]] ---
[[Chelsea Mountford|name]] 09:02  [[paisley|name]] slept lovely at mine. [[kaden|name]] had 3 weetabix lol
[[Chelsea Mountford|name]] 09:05  i've messaged [[tina|name]] at school to say hes with me mon
"""),
    ("chronology of significant events", """CHRONOLOGY - [[Kaden MOUNTFORD|name]] ([[9.4.2017|dob]]) and [[Paisley BOULTON|name]]
([[30.10.2021|dob]])
NHS: [[419 064 3157|nhs]] / [[645 029 2288|nhs]]    UPN ([[Kaden|name]]): [[R861593521389|upn]]
Compiled by [[Gemma Stone|name]] for the review conference on [[3 February 2027|date]]

Date          | Event                                                         | Source
[[09.04.2017|dob]]    | [[Kaden|name]] born at Royal Stoke; mother 20, living at [[Carol|name]]'s in    | Health
              | [[Smallthorne|place]]                                          |
Jan 2019      | [[Jade|name]] moves to [[Dain Street|address]] with [[Lee Hassall|name]]              | Housing
[[08/08/2020|date]]    | DA call-out at [[Dain Street|address]]: [[Lee|name]] arrested, NFA            | Police
[[30.10.2021|dob]]    | [[Paisley|name]] born; father [[Ryan Boulton|name]]                           | Health
[[2 Mar 22|date]]      | [[Lee|name]] moves to [[Tunstall|place]]; no contact since                   | Mother
[[03.03.2026|date]]    | DA call-out; [[Ryan|name]] broke a door. DASH medium                | Police
[[17.06.2026|date]]    | DA call-out; [[Jade|name]] had a red mark on her neck; refused to   | Police
              | make a statement. Referral by PC [[Sam Leigh|name]]                 |
[[29.08.2026|date]]    | DA call-out from [[Kidsgrove|place]] ([[Ryan|name]]'s flat); children     | Police
              | present, [[Kaden|name]] hid in a cupboard                            |
[[20.10.2026|date]]    | TV thrown, cooker damaged; neighbour [[Alf Fenton|name]] rang 999     | Police
[[21.10.2026|date]]    | [[Kaden|name]] tells Mrs [[Shenton|name]] at school                        | School
[[22.10.2026|date]]    | Strategy discussion; s47 agreed                              | CSC
[[05.11.2026|date]]    | HV [[Natalie Plant|name]]: [[Paisley|name]] weight dropping                 | Health
[[12.11.2026|date]]    | ICPC: both children on CP plans (emotional abuse)            | CSC
[[14.11.2026|date]]    | [[Ryan|name]] at the house at 21:00 despite the safety plan; [[Chelsea|name]]  | Family
              | takes the children to [[Longton|place]] for two nights                |
[[24/11/2026|date]]    | Core group; [[Ryan|name]] did not attend. Letter from his          | CSC
              | solicitor ([[Hollins|name]] & Co, [[Stafford|place]])                        |
[[01.12.2026|date]]    | [[Ryan|name]] charged (driving while disqualified), remanded to   | Police
              | HMP Stoke Heath until a hearing at North Staffordshire Justice Centre           |
"""),
]


# --- B. Jervis / Lowe family (white British), Sutton Hill, Telford ----------------------------------------------------------

HOME_B = d.Address("16 Maythorne Close", "Sutton Hill", "Telford", "TF7 4DH")
NAN_B = d.Address("3 Wesley Road", "Ironbridge", "Telford", "TF8 7BB")
DAD_B = d.Address("Flat 7, 40 Haygate Road", "Wellington", "Telford", "TF1 1QX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Jervis")], dt.date(2012, 2, 14), addresses=[HOME_B], ids=["624 693 1499", "E894509319356"],
       schools=["Holy Trinity Academy"]),
    _p("s", "sibling", [("Ivy", "Jervis")], dt.date(2019, 7, 3), addresses=[HOME_B], ids=["435 247 1704"]),
    _p("m", "mother", [("Kerry", "Lowe")], dt.date(1988, 12, 5), addresses=[HOME_B], phones=["07926 118 352"]),
    _p("f", "father", [("Shaun", "Jervis")], dt.date(1985, 3, 28), addresses=[DAD_B], phones=["07443 870 129"]),
    _p("g", "grandparent", [("Pat", "Lowe")], dt.date(1961, 5, 9), addresses=[NAN_B], phones=["01952 382 614"]),
    _p("p1", "professional", [("Sophie", "Ketley")], emails=["sophie.ketley@severnwrekin.gov.uk"]),
], "c")

DOCS_B = [
    ("GP referral letter", """Woodside Medical Practice ([[Sutton Hill|place]] branch)
Dr [[R. Okonjo|name]], GP Safeguarding Lead

To: Family Connect (children's front door), Severn Wrekin Council                          [[9th November 2026|date]]

Dear colleague,

Re: [[Mason JERVIS|name]], DOB [[14/02/2012|dob]], NHS [[624 693 1499|nhs]]
[[16 Maythorne Close|address]], [[Sutton Hill|place]], [[Telford|place]] [[TF7 4DH|postcode]]

I saw [[Mason|name]] today with his grandmother, Mrs [[Pat Lowe|name]] of [[Ironbridge|place]], who brought him because he
"wouldn't go with his mum". He had six superficial cuts to the inside of his left forearm, the newest about two days old,
and he told me he has been cutting "since the summer, since Dad left". He smelled of cannabis and said he smokes it "at
the skate park in [[Madeley|place]] with [[Tyler|name]] and them". He denied any plan to end his life but said he "doesn't
care" if he wakes up.

His mother, [[Kerry Lowe|name]] ([[07926 118 352|phone]]), is also my patient. She is being treated for depression and
told the practice nurse, [[Hannah Dawley|name]], on [[2 November|date]] that she "can't get out of bed" and that [[Mason|name]]
does the school run for his sister, [[Ivy|name]] (7), to [[Woodlands Primary|school]]. Mrs [[Lowe|name]] senior says [[Ivy|name]]
has been wearing the same uniform all week and came to her house on Saturday [[7th Nov|date]] with head lice and no coat.

[[Mason|name]]'s father, [[Shaun Jervis|name]], moved out in July to [[Wellington|place]] and is registered at the [[Wellington|place]]
practice. [[Mason|name]] asked me not to tell his father about the cuts.

I have referred [[Mason|name]] to the Bee U service (CAMHS) today as urgent. I would be grateful for an assessment of both
children's needs. Please contact me through the practice on [[01952 580 117|phone]].

Yours faithfully
Dr [[Rachel Okonjo|name]] MBChB MRCGP
cc: [[Pat Lowe|name]] (with [[Mason|name]]'s consent); school nurse, [[Holy Trinity Academy|school]]
"""),
    ("bus driver's incident report", """ARRIVA MIDLANDS - DRIVER INCIDENT REPORT (paper form, scanned)   Depot: [[Telford|place]]   Report
no. 4471/26
Driver name: [[Gary Brookes|name]]        Staff no. 30217         Route: 4  Service to: [[Wellington|place]]
Date: [[17th Nov 2026|date]]   Time: approx 22.40   Location: [[Stirchley|place]] bus stop by the shops, then
[[Brookside|place]] Ave

WHAT HAPPENED (in your own words):
Boy got on at Telford Bus Station about 22.30 with two older lads. Boy looked about 13/14, school trousers, grey hoodie,
no coat, bleeding from his arm (sleeve wet). The older lads (about 18-19, one called the other "[[Kai|name]]") said they were
taking him "back to [[Sutton Hill|place]]". Boy was crying and said to me "can you ring my nan". He gave her name as [[Pat|name]]
and the number [[01952 382 614|phone]]. The older lads got off at [[Stirchley|place]] when I said I was calling control.
I called control ([[Sandra|name]]) and the police. I kept the boy on the bus with the engine running at [[Stirchley|place]].
He said his name was [[Mason|name]] and his mum was "ill". A passenger, a lady called [[Brenda|name]] (I think [[Brenda Lloyd|name]],
she gets the 4 every night from the hospital, she's a cleaner at Princess Royal), sat with him and put his arm up with her
scarf.
Police came 22.58 (PC [[Matt Davies|name]] 2214 and a female officer). Nan came in a taxi 23.10. Boy went with police
and nan. The lads were in a blue Golf reg [[WU63 PXL|vehicle]] which followed the bus from [[Malinslee|place]].
CCTV: yes, bus 3641, saved. Damage: none. Injuries to staff: none.
Signed: [[G Brookes|name]]      Supervisor: [[K. Morris|name]]   [[18/11/26|date]]
"""),
]

DOCS_B += [
    ("social worker's notes typed fast on a phone", """notes - SK - phone - [[18/11|date]]
07.50 call from EDT ([[Marcus|name]]) - [[M Jervis|name]] found on no.4 bus [[stirchley|place]] 22.40 last nite w 2 older males,
arm bleeding. police took him + nan to PRH, glued, home to nans [[ironbridge|place]] 01.30. 1 male named "[[kai|name]]" -
poss [[Kai Rowley|name]]?? known to YOS. car [[WU63 PXL|vehicle]] - police checking
08.15 rang mum [[07926 118 352|phone]] - no ans. txt sent
08.20 rang nan [[pat|name]] [[01952 382 614|phone]] - M asleep. she says he told her [[kai|name]] gives him weed + he "owes" £60.
[[ivy|name]] w nan too - nan went + got her at 2am from [[maythorne|address]], [[kerry|name]] asleep, door unlocked
08.40 TM [[Jas|name]] informed. strat disc booked 11.00
09.10 dad [[shaun|name]] rang me back [[07443 870 129|phone]] - angry noone told him. says M can live w him in [[welly|place]], 1
bed flat [[haygate rd|address]]. said hes got new partner [[Demi|name]] + her son [[Archie|name]] (3)
09.30 [[holy trinity|school]] DSL Mrs [[Shropshire|name]] - M not in since [[11/11|date]]. lots of lates. [[ivy|name]] at
[[woodlands|school]]
attendance 88%
11.00 strat disc - police DS [[Lyndsey Pugh|name]], health [[Hannah|name]] (sch nurse [[Hannah Price|name]] NOT the pract nurse),
me, [[Jas|name]]. s47 agreed both kids. CE screening tool for M. [[kai|name]] = [[Kai ROWLEY|name]] dob [[03/01/2007|dob]] per police,
[[stirchley|place]] address, linked to a [[Wolverhampton|place]] line
14.00 HV at nans - [[ironbridge|place]], [[3 wesley rd|address]]. M quiet, sleeves down. wants to stay at nans. [[ivy|name]] drew me a
unicorn. nan ok to keep both til fri. [[kerry|name]] came 14.40 - crying, said sorry
16.30 safety plan typed. to TM
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - MINUTES
Children: [[Mason JERVIS|name]] ([[14.02.2012|dob]]), [[Ivy JERVIS|name]] ([[03.07.2019|dob]])
Date: Tuesday [[8 December 2026|date]]    Venue: Sutton Hill Community Centre, side room 2
Present: [[Sophie Ketley|name]] (SW, chair); [[Kerry Lowe|name]] (mother); [[Pat Lowe|name]] (maternal grandmother); [[Shaun Jervis|name]]
(father, by phone); [[Hannah Price|name]] (school nurse); [[Beth Shropshire|name]] (DSL, [[Holy Trinity|school]]); [[Amy Wrekin-Hall|name]]
(DSL, [[Woodlands Primary School|school]]); [[Jordan Ellis|name]] (Youth Justice, Reach worker)
Apologies: Dr [[Okonjo|name]]; Bee U (letter sent)
Minutes: [[Carla Onions|name]] (business support)

1. Actions from last time
- Bee U assessment: done on [[1 Dec|date]]; [[Mason|name]] to see Dr [[Priyanka Rao|name]] fortnightly. DONE.
- Disruption notice for [[Kai Rowley|name]]: served by police on [[26/11|date]]. DONE.
- [[Ivy|name]]'s head lice and uniform: [[Pat|name]] and [[Kerry|name]] sorted; Mrs [[Wrekin-Hall|name]] says she is "a different girl".

2. Updates
[[Mason|name]] has stayed at his nan's in [[Ironbridge|place]] since [[18 November|date]] and goes back to [[Sutton Hill|place]] at
weekends.
Attendance at [[Holy Trinity|school]] is 94% since then; he gets the 18 bus from [[Coalport|place]] road end. [[Jordan|name]] sees him on
Thursdays; they went to the climbing wall in [[Shrewsbury|place]] on [[3rd December|date]]. [[Mason|name]] says [[Kai|name]] messaged him on
Snapchat on the [[29th|date]] and the [[30th|date]] and he blocked him.
[[Kerry|name]] has started sertraline and sees a Telford Mind worker, [[Lucy|name]], on Mondays. [[Shaun|name]] has asked for [[Ivy|name]]
every
other weekend at [[Wellington|place]]; [[Sophie|name]] will visit the flat and meet [[Demi Hollis|name]] first.

3. Next meeting: Tuesday [[12 January 2027|date]], 10:00, same place.
"""),
]


# --- C. Preece / Evason family (white British), Harlescott, Shrewsbury -------------------------------------------------------

HOME_C = d.Address("Flat 3, 27 Harlescott Lane", "Harlescott", "Shrewsbury", "SY1 3AH")
NAN_C = d.Address("11 Monkmoor Road", "Monkmoor", "Shrewsbury", "SY2 5AD")
DAD_C = d.Address("4 Green End", "", "Whitchurch", "SY13 1AA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Willow", "Preece")], dt.date(2026, 7, 20), addresses=[HOME_C], ids=["494 766 4029"]),
    _p("m", "mother", [("Summer", "Preece")], dt.date(2007, 3, 1), addresses=[HOME_C], phones=["07971 336 481"]),
    _p("f", "father", [("Callum", "Evason")], dt.date(2005, 9, 12), addresses=[DAD_C], phones=["07748 602 915"]),
    _p("g", "grandparent", [("Tracy", "Preece")], dt.date(1984, 11, 2), addresses=[NAN_C], phones=["01743 281 905"]),
    _p("p1", "professional", [("Owen", "Meole")], emails=["owen.meole@severnhills.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment", """SEVERN HILLS COUNCIL - CHILD AND FAMILY ASSESSMENT (extract: sections 1 to 4)
Child: [[Willow Grace PREECE|name]]    DOB: [[20 July 2026|dob]]    NHS: [[494 766 4029|nhs]]
Address: [[Flat 3,
27 Harlescott Lane|address]], [[Harlescott|place]], [[Shrewsbury|place]] [[SY1 3AH|postcode]]
Assessment started: [[15/10/2026|date]]     Completed: [[26/11/2026|date]]     Social worker: [[Owen Meole|name]]

1. Why we are assessing
[[Summer Preece|name]] (19) was a looked-after child until her 18th birthday and has a personal adviser, [[Nia Bright|name]]. On
[[13 October 2026|date]] staff at Shrewsbury Library found [[Willow|name]] (12 weeks) asleep in her pram by the children's
books with no adult for about 40 minutes. [[Summer|name]] said she had gone to the Darwin Centre to meet [[Callum|name]] and "forgot
the time".

2. Family and network
[[Willow|name]]'s father is [[Callum Evason|name]] (21), who lives with his father at [[4 Green End|address]], [[Whitchurch|place]].
[[Summer|name]]'s mother, [[Tracy Preece|name]], lives in [[Monkmoor|place]] with her partner [[Darren Cadwallader|name]]. [[Summer|name]]'s
great-grandmother, Mrs [[Doreen
Preece|name]] ("Nanny [[Dot|name]]"), lives in sheltered housing at [[Ditherington|place]] and sees
[[Willow|name]] most days. [[Summer|name]]'s best friend is [[Amber Lea|name]], whose mum, [[Joanne Lea|name]], has offered her sofa.

3. The baby's health and development
Health visitor [[Cerys Hughes|name]] saw [[Willow|name]] on [[2 Oct|date]], [[19 Oct|date]] and [[9 Nov|date]]. Weight is on the 25th
centile and following it. She was born at 36 weeks at the Princess Royal in [[Telford|place]] and spent six days on the
neonatal unit. On [[9 November|date]] [[Cerys|name]] saw a small bruise on the top of [[Willow|name]]'s right ear (see section 4).

4. Parenting and risk
[[Summer|name]] loves [[Willow|name]] and is gentle with her, but struggles when she is tired. [[Callum|name]] has a caution for
assault (a fight at the Quarry on [[16 August 2025|date]]). On [[8 November|date]] [[Callum|name]]
had [[Willow|name]] on his own at [[Whitchurch|place]]; the bruise was seen the next day. He says her ear "caught the car seat
strap". A strategy discussion was held on [[10 November 2026|date]] (see the minutes). The paediatrician, Dr [[Alun Gittins|name]],
said the bruise was "unlikely but not impossible" from a car seat.
"""),
    ("library staff incident log", """SHROPSHIRE LIBRARIES - BUILDING INCIDENT LOG - [[SHREWSBURY|place]]
Entry 2026/114      Logged by: [[Rhiannon Corfield|name]] (Library Assistant)      Checked by: [[Dave Munslow|name]] (Duty Manager)
Date: [[13.10.26|date]]     Time: 14:05 - 14:48     Area: ground floor, children's library (near the big window)

14:05 [[Pippa|name]] (volunteer, Rhyme Time) noticed a pram with a baby asleep in it and nobody with it. Asked around the room;
nobody claimed it. Baby girl, pink snowsuit, a name label on the changing bag: "[[Willow P|name]]" and a sticker from
"[[Little Acorns Nursery|school]]".
14:15 Still no adult. [[Dave|name]] called over the tannoy. I stayed with the baby. She woke and cried; we did not feed her.
14:20 A customer, Mr [[Gwilym Harries|name]] (retired, comes in for the papers), said he saw a young woman with "pink hair" leave
the pram and go out towards [[Castle Street|address]] "about two o'clock" with a lad in a Shrewsbury Town top.
14:28 [[Dave|name]] rang 101 and then the council's First Point of Contact ([[0345 678 9021|phone]]).
14:48 The mother came back, out of breath. Gave her name as [[Summer|name]] ([[Summer Preece|name]]), mobile [[07971 336 481|phone]],
address in [[Harlescott|place]]. She said she "only nipped to the Darwin" and thought her friend [[Amber|name]] was watching the
baby. [[Amber|name]] was not here. She was upset and said "please don't tell [[Owen|name]]", but left her number with us.
15:10 PCSO [[Kate Tudor|name]] arrived and took details. The log copied to the safeguarding lead, [[Mererid Owen|name]].
Note added [[14/10/2026|date]] by D.M.: CCTV kept (cameras 3 and 4).
"""),
]

DOCS_C += [
    ("great-grandmother's handwritten letter, OCR'd from a scan", """[scanned letter, received [[24/11/2026|date]]; text from the scanner's
OCR, errors left as read]

                                                      [[Flat 12 Oakfield Court|address]]
                                                      [[Ditherington|place]] [[Shrewsbury|place]]
                                                      [[SY1 4JR|postcode]]
                                                      [[22nd Nov 2026|date]]
Dear Mr [[Meole|name]],

I am [[Summer|name]]s Nan (her great Nan really but I brought her up till she was 9 when our [[Tracy|name]] got herself
sorted) and I want to put down in writing what I told you on the phone as I am 86 and my memory is not what it was.

[[Summer|name]] is a good mother to that baby. She is young and she has had no chance, going in care at 14 with the
foster people in [[Church Stretton|place]] and then that hostel in [[Wellington|place]]. She had nobody. Now she has [[Willow|name]]
and she sings to her and baths her every night I have seen it with my own eyes.

It is that [[Ca11um|name]] I do not trust. He has a temper on him like his father [[Wayne Evason|name]], I knew the family from
when they lived on [[Corndon Crescent|address]]. He was rough with the baby when he came to me on the [[8th of No-
vember|date]], he pulled her arm to get her coat on and she screamed. I did not say to [[Summer|name]] as she would have
gone mad at him. I am sorry now I did not.

Mrs [[Lilian Jukes|name]] my neighbour at [[no. 14|address]] saw him to, she will tell you. Her number is [[01743 460 218|phone]]
or you can get me on [[01743 355 920|phone]] most mornings.

Please do not take the baby off [[Summer|name]]. She can come and live with me if it helps, I have a spare room since
my husband [[Ern|name]] passed.

Yours sincerely
[[D. Preece|name]] (Mrs)
[[Doreen Preece|name]]
"""),
]
DOCS_C += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (MS Teams) - RECORD
Child: [[PREECE, Willow Grace|name]]   DOB [[20-07-2026|dob]]   Date of discussion: [[10-11-2026|date]] 13:30
Chair: [[Rob Heighway|name]] (Team Manager)   Minutes: [[Owen Meole|name]]
Police: DC [[Sian Pryce|name]] (CAIU, [[Shrewsbury|place]])   Health: [[Cerys Hughes|name]] (HV); Dr [[Alun Gittins|name]]
(paediatrics, joined 13:45)
Other: [[Nia Bright|name]] (personal adviser, leaving care)

Information shared
HV: saw a 5 mm bruise to the top of the right ear on [[9/11|date]] at the home visit. [[Summer|name]] said she had not noticed it.
[[Willow|name]] had been at her father's in [[Whitchurch|place]] from 10:00 on [[8/11|date]] to 09:00 on [[9/11|date]].
Police: [[Callum EVASON|name]], DOB [[12/09/2005|dob]], caution [[16/08/2025|date]] (assault, the Quarry). Intelligence of
cannabis supply in [[Whitchurch|place]] with a [[Jake Bebb|name]]. A DA incident at [[Green End|address]] on [[30/09/2026|date]]
between [[Callum|name]] and his father, [[Wayne|name]] - no charges. Vehicle: [[Callum|name]] drives a black Fiesta [[YR15 CHV|vehicle]].
PA: [[Summer|name]] told [[Nia|name]] on [[3 November|date]] that [[Callum|name]] "shakes the pram when she cries" and that she is scared
to say no to him. She has asked to move nearer to her nan in [[Ditherington|place]].

Decision
Threshold met for a section 47 enquiry. Child protection medical at the Royal Shrewsbury this afternoon (Dr [[Gittins|name]]).
[[Willow|name]] to have no unsupervised time with [[Callum|name]] pending the outcome; [[Summer|name]] agrees; safety plan with
[[Tracy Preece|name]] in [[Monkmoor|place]] ([[01743 281 905|phone]]) and Mrs [[Doreen Preece|name]].
DC [[Pryce|name]] to speak with [[Callum|name]] and [[Wayne Evason|name]] at [[Whitchurch|place]] by [[12/11|date]].
Next: review on [[17 November 2026|date]] at 14:00.
"""),
]


# --- D. Boote / Stanier family (white British), Knutton, Newcastle-under-Lyme --------------------------------------------------

HOME_D = d.Address("38 High Street", "Knutton", "Newcastle-under-Lyme", "ST5 6BX")
NAN_D = d.Address("7 Church Street", "Silverdale", "Newcastle-under-Lyme", "ST5 6JU")
DAD_D = d.Address("2 Crackley Bank", "Chesterton", "Newcastle-under-Lyme", "ST5 7AB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Harley", "Boote")], dt.date(2015, 5, 6), addresses=[HOME_D], ids=["707 089 7642", "U860371820896"],
       schools=["Knutton St Mary's CofE Academy"]),
    _p("s", "sibling", [("Jasmine", "Boote")], dt.date(2011, 1, 19), addresses=[HOME_D], ids=["406 860 1720"],
       schools=["Newcastle Academy"]),
    _p("m", "mother", [("Nicola", "Boote")], dt.date(1986, 9, 23), addresses=[HOME_D], phones=["07812 404 773"]),
    _p("f", "father", [("Wesley", "Stanier")], dt.date(1984, 4, 4), addresses=[DAD_D]),
    _p("g", "grandparent", [("Sandra", "Boote")], dt.date(1963, 2, 11), addresses=[NAN_D], phones=["01782 619 440"]),
    _p("p1", "professional", [("Leanne", "Audley")], emails=["leanne.audley@lymevale.gov.uk"]),
], "c")

DOCS_D = [
    ("community pharmacist's safeguarding email", """From: [[Imran Aziz|name]] <[[imran.aziz1@nhs.net|email]]>
Sent: Fri [[20/11/2026|date]] 17:52
To: Children's Advice and Duty (Lyme Vale) <[[duty.north@lymevale.gov.uk|email]]>
Cc: [[Leanne Audley|name]] <[[leanne.audley@lymevale.gov.uk|email]]>
Subject: Safeguarding - [[Harley Boote|name]], [[Knutton|place]] - prescription collected by child

Hello,

I am the pharmacist at Knutton Lane Pharmacy. Today at about 16:30 a boy I know as [[Harley Boote|name]] (I think he is 11)
came in on his own in his [[St Mary's|school]] uniform to collect his mum's prescription ([[Nicola Boote|name]], DOB
[[23/09/1986|dob]], [[38 High St|address]]). It is chlordiazepoxide (an alcohol detox medicine) and we cannot hand it to a child.
When I said no he cried and said his mum "is shaking and being sick" and that his sister [[Jaz|name]] was "at [[Craig|name]]'s". He
said he had not had any tea.

My technician, [[Kelly Brindley|name]], rang the mother on [[07812 404 773|phone]] - no answer. The prescriber is Dr [[Mahon|name]] at
the surgery on [[Silverdale Road|address]]; I left a message. A regular customer, Mr [[Tittensor|name]], who lives opposite the
family, said he would walk [[Harley|name]] to his nan's in [[Silverdale|place]] (Mrs [[Sandra Boote|name]]). I rang her
([[01782 619 440|phone]]) and she was home and said she would meet them at the Co-op. I gave [[Harley|name]] a sandwich.

This is the third time: [[Jasmine|name]] (about 15) tried on [[6th November|date]] and [[Harley|name]] on [[13 Nov|date]].

[[Imran Aziz|name]] MRPharmS, Knutton Lane Pharmacy, [[Lower Milehouse Lane|address]], [[Newcastle-under-Lyme|place]] [[ST5 9BT|postcode]]
Tel [[01782 636 514|phone]]
"""),
]

DOCS_D += [
    ("voicemails on the duty line, transcribed", """DUTY LINE VOICEMAILS - typed by [[Leanne Audley|name]] on [[23/11/2026|date]]
(recordings kept for 30 days)

1. Saturday [[21 November|date]], 02:14, from [[07583 219 641|phone]] (withheld name)
"Hiya, it's... it's [[Jasmine|name]], [[Jasmine Boote|name]]. My mum's on the kitchen floor and she won't wake up proper,
she's breathing but she's like snoring weird. [[Harley|name]]'s at me nan's. I rang [[Craig|name]] and he's not answering. I've
put her on her side like they showed us at school. Can someone... I don't know. I'm at ours, [[38|address]], [[Knutton|place]].
I'm gonna ring an ambulance. Sorry."

2. Saturday [[21 November|date]], 09:40, from [[01782 619 440|phone]]
"Oh hello, it's [[Sandra Boote|name]], [[Nicola|name]]'s mother, [[Harley|name]] and [[Jasmine|name]]'s nan. Our [[Jaz|name]] says she rang
you in the night. [[Nicola|name]]'s in the Royal Stoke, they kept her in. I've got both kids at mine in [[Silverdale|place]], on
[[Church Street|address]]. Can the lady, [[Leanne|name]], ring me? My number's [[01782 619 440|phone]]. Ta-ra."

3. Sunday [[22 November|date]], 11:05, from [[07748 602 916|phone]]
"Yeah this is [[Wes|name]], [[Wesley Stanier|name]], the kids' dad. I've heard from me mate [[Gaz|name]] that [[Nic|name]]'s been
took in again. I want them with me in [[Chesterton|place]]. I've got the room. I've been sober two year. Don't let
[[Sandra|name]] tell you different, right. [[Crackley Bank|address]], number [[2|address]]. Ring me back."

4. Sunday [[22 November|date]], 20:31, from [[07926 118 353|phone]]
"Hi, it's [[Craig Tomkinson|name]], [[Nicola|name]]'s partner. I'm just ringing 'cause [[Jasmine|name]]'s saying I wasn't there. I
was working in [[Stafford|place]], nights, at the warehouse. I've told [[Nic|name]] no more drinking. Whatever. Bye."
"""),
    ("home visit case note", """CASE NOTE - HOME VISIT (announced)        Recorded on LCS by [[Leanne Audley|name]], Social Worker
Date of visit: [[24th November 2026|date]] 15:45-17:10       Address: [[38 High Street|address]], [[Knutton|place]], [[ST5 6BX|postcode]]
Seen: [[Nicola Boote|name]] (mother); [[Jasmine|name]] ([[Jaz|name]], 15); [[Harley|name]] (11); later [[Sandra Boote|name]] (nan)
Children seen alone: yes (both, in their bedrooms)

[[Nicola|name]] was discharged from the Royal Stoke on [[22/11|date]]. She said she drank "two bottles of vodka in a day" after
[[Craig|name]] told her he was leaving, then tried to detox on her own with tablets from a friend, [[Kayleigh|name]]. She
said she knows [[Jaz|name]] saved her life. The house was cold; the electric key had £1.10 on it. Empty bottles in the garden.

[[Jasmine|name]] said she has been "the mum" since Year 7; she cooks, gets [[Harley|name]] to [[Knutton St Mary's|school]] and then
gets the bus to [[Newcastle Academy|school]] and is late most days. Her head of year, Mr [[Hollinshead|name]], lets her charge her
phone in his room. She wants to stay with nan but "someone has to watch mum". Her friend [[Tegan Stubbs|name]]'s mum in
[[Wolstanton|place]] lets her stay on Fridays.

[[Harley|name]] showed me his bedroom and the Port Vale shirt signed by the players. He said he likes his dad but "dad's
girlfriend [[Kirsty|name]] shouts". He said he is scared to go to the pharmacy again and that "Mr [[Aziz|name]] was kind".

[[Sandra|name]] arrived 16:40. She offered to have both children Monday to Friday at [[7 Church Street|address]], [[Silverdale|place]];
[[Nicola|name]] agreed. [[Sandra|name]] does not want [[Wesley|name]] involved ("he broke her jaw in 2013").

Plan: FGC referral today; [[Nicola|name]] to self-refer to Changes (alcohol service), [[Dale Street|address]], [[Burslem|place]];
nan to collect prescriptions; police check on [[Wesley Stanier|name]] and [[Craig Tomkinson|name]]; visit again [[1/12/2026|date]].
"""),
]
DOCS_D += [
    ("family group conference plan written by the family", """OUR FAMILY PLAN - written by us in family time at the FGC, Sat
[[5th Dec|date]], Silverdale Library meeting room
(typed up by the coordinator, [[Marie Podmore|name]], exactly as written on the flipchart)

Who came: [[Nicola|name]] (mum), [[Jaz|name]], [[Harley|name]], Nan [[Sandra|name]], Auntie [[Michelle|name]] ([[Michelle Dunn|name]], mums
sister from [[Audley|place]]), Uncle [[Pete Dunn|name]], [[Wes|name]] (dad) for the 1st part, Great Nan [[Iris|name]] on facetime from
Tenerife (she lives there now, [[Calle Gran Bretaña 9|address]], [[Los Cristianos|place]], her mobile [[+34 622 481 930|phone]])

1. WHERE THE KIDS LIVE
[[Jaz|name]] and [[Harley|name]] stay at Nans ([[7 Church St|address]]) Mon-Fri. Weekends at home with mum if mum is not drinking.
If mum drinks, they ring Nan or Auntie [[Michelle|name]] ([[07443 870 128|phone]]) NOT the police first (but 999 if mum wont wake).

2. MUM
Mum goes to Changes every Tuesday. [[Pete|name]] will drive her. Mum goes to AA at St Giles on Thursdays with [[Kayleigh|name]].
NO [[Craig|name]] in the house. (everyone agreed. [[Jaz|name]] wrote this bit.)

3. DAD
[[Harley|name]] wants to see dad at Maccies in [[Wolstanton|place]] on Saturdays, 2 hours. [[Jaz|name]] does not want to yet.
Dad said ok. Dad will not bring [[Kirsty|name]].

4. SCHOOL
Nan takes [[Harley|name]] to [[St Marys|school]] on the bus. [[Jaz|name]] will tell Mr [[Hollinshead|name]] when things are bad at home.

5. IF THE PLAN GOES WRONG
Ring [[Leanne|name]] at the council or [[Marie|name]]. Family meet again on Saturday [[30 January|date]] at Nans.

Signed: [[N Boote|name]]   [[Jasmine Boote|name]]   [[Harley|name]] (with a smiley face)   [[S. Boote|name]]   [[M Dunn|name]]
[[W Stanier|name]]
"""),
]


# --- E. Toktosunov family (Kyrgyz), Newton Farm, Hereford --------------------------------------------------------------------

HOME_E = d.Address("31 Hinton Road", "Newton Farm", "Hereford", "HR2 7RR")
GRAN_E = d.Address("ул. Ленина 212, кв. 14", "", "Ош", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Bekzat", "Toktosunov")], dt.date(2016, 8, 12), addresses=[HOME_E], ids=["551 533 0293", "Z884788919759"],
       schools=["Trinity Primary School"]),
    _p("s", "sibling", [("Aiperi", "Toktosunova")], dt.date(2022, 3, 8), addresses=[HOME_E], ids=["551 010 9637"]),
    _p("m", "mother", [("Aigerim", "Toktosunova"), ("Айгерим", "Токтосунова")], dt.date(1994, 5, 27), addresses=[HOME_E],
       phones=["07748 602 915"]),
    _p("f", "father", [("Nurlan", "Toktosunov")], dt.date(1990, 10, 1), addresses=[HOME_E], phones=["+996 772 418 305"]),
    _p("g", "grandparent", [("Gulnara", "Asanova")], addresses=[GRAN_E], phones=["+996 555 274 916"]),
    _p("p1", "professional", [("Hattie", "Ledbury")], emails=["hattie.ledbury@wyevale.gov.uk"]),
], "c")

DOCS_E = [
    ("home visit case note with an interpreter", """WYE VALE COUNCIL - CASE NOTE
Child(ren): [[TOKTOSUNOV, Bekzat|name]] ([[12.08.2016|dob]]); [[TOKTOSUNOVA, Aiperi|name]] ([[08.03.2022|dob]])
Type: home visit, unannounced          Date: Wednesday, [[18 November 2026|date]]          Worker: [[Hattie Ledbury|name]]
Interpreter: [[Dilnoza Karimova|name]] (Russian; face to face, booked through the agency, ref. WV-RU-4471)
Address: [[31 Hinton Road|address]], [[Newton Farm|place]], [[Hereford|place]] [[HR2 7RR|postcode]]

Why: [[Bekzat|name]]'s teacher at [[Trinity Primary|school]], Miss [[Ffion Gwatkin|name]], saw a loop-shaped mark on the back of his
left thigh at PE on [[17/11|date]]; [[Bekzat|name]] said "Papa with the charger". Strategy discussion the same day; single
agency (CSC) visit agreed with police (DC [[Neil Bayliss|name]]) to go first.

Seen: mother [[Aigerim Toktosunova|name]] (32); [[Aiperi|name]] (4). Father [[Nurlan Toktosunov|name]] at work (the chicken plant,
nights). [[Bekzat|name]] at school, seen there afterwards with Miss [[Gwatkin|name]].
[[Aigerim|name]] speaks Kyrgyz and Russian; she chose Russian with [[Dilnoza|name]]. She came to the UK in 2023 as [[Nurlan|name]]'s
dependant; they lived first in a caravan on a fruit farm near [[Leominster|place]] ([[Brierley|place]]) where [[Nurlan|name]] had
a seasonal visa, then moved to [[Hereford|place]] when he got the job at the plant. Her passport and both children's passports
"are with [[Nurlan|name]]", as is her bank card. She has a friend, [[Olesya|name]], who works at the Polish shop on [[Commercial
Road|address]] and who lends her money for bus fares.
She cried when the mark was described and said [[Nurlan|name]] hits [[Bekzat|name]] "for the school reports" and that her mother in
[[Osh|place]] ([[Gulnara Asanova|name]], [[+996 555 274 916|phone]]) has told her to "be patient, men are like this". She has not been hit
"for a year". [[Aiperi|name]] has several blackened front teeth and has never seen a dentist.

Actions: joint visit with police tomorrow; [[Aigerim|name]] to be seen alone at the Hereford Women's Aid office with
[[Dilnoza|name]] on [[20th Nov|date]]; referral to the community dental service for [[Aiperi|name]]; ask the school nurse, [[Bronwen|name]]
([[Bronwen Price|name]]), to see [[Bekzat|name]]. Call back number for [[Aigerim|name]] (safe to text in Russian): [[07748 602 915|phone]].
"""),
]

DOCS_E += [
    ("WhatsApp chat in Russian and Kyrgyz, typed up and translated", """WhatsApp messages shown by [[Aigerim|name]] on [[20/11/2026|date]];
typed up by [[Dilnoza Karimova|name]] (interpreter) with an
English translation under each line. Contacts as saved on [[Aigerim|name]]'s phone.

Chat 1: "[[Олеся|name]] магазин" ([[Olesya|name]] shop)
[[19.11.26|date]] 22:41 [[Олеся|name]]: [[Айка|name]], ты как? [[Нурлан|name]] знает про школу?
   ([[Aika|name]], how are you? Does [[Nurlan|name]] know about the school?)
[[19.11.26|date]] 22:44 Me: знает. кричал. [[Бекзат|name]] спит у меня
   (He knows. He shouted. [[Bekzat|name]] is sleeping with me.)
[[19.11.26|date]] 22:45 [[Олеся|name]]: приходи завтра в магазин, [[Марек|name]] отвезёт тебя
   (Come to the shop tomorrow, [[Marek|name]] will drive you.)
[[19.11.26|date]] 22:47 Me: куда? в [[Лестер|place]] к [[Жыпар|name]]? он найдёт
   (Where? To [[Leicester|place]] to [[Zhypar|name]]? He will find me.)

Chat 2: "Апа" (Mum) [[+996 555 274 916|phone]]
[[20.11.26|date]] 06:02 Апа: [[Айгерим|name]] кызым, эмне болду?
   ([[Aigerim|name]] my daughter, what happened?)
[[20.11.26|date]] 06:10 Me: апа, социальный работник келди. [[Нурлан|name]] [[Бекзат|name]]ты урду
   (Mum, a social worker came. [[Nurlan|name]] hit [[Bekzat|name]].)
[[20.11.26|date]] 06:15 Апа: [[Ош|place]]ко кайтып кел, балдарды ал
   (Come back to [[Osh|place]], bring the children.)
[[20.11.26|date]] 06:16 Апа: байке [[Талант|name]] билет алат
   (Big brother [[Talant|name]] will buy the ticket.)

Chat 3: "[[Нурлан|name]]" [[+996 772 418 305|phone]] (his Kyrgyz number; he also has a UK one)
[[20.11.26|date]] 07:30 [[Нурлан|name]]: паспорта у меня. никуда не пойдёшь
   (The passports are with me. You are not going anywhere.)
"""),
]
DOCS_E += [
    ("immigration adviser's letter", """Wye Migrant Advice Project (OISC Level 2)
[[Unit 4, Bath Street|address]], [[Hereford|place]] [[HR1 2HE|postcode]]  Tel. [[01432 344 610|phone]]

[[Hattie Ledbury|name]]
Social Worker, Wye Vale Council
By email: [[hattie.ledbury@wyevale.gov.uk|email]]                                              [[27 November 2026|date]]

Dear Ms [[Ledbury|name]]

Our client: Mrs [[Aigerim TOKTOSUNOVA|name]] (born [[27/05/1994|dob]]), and her children [[Bekzat|name]] and [[Aiperi|name]]

Thank you for your referral of [[24 November|date]]. I met Mrs [[Toktosunova|name]] at our office on [[26/11/2026|date]] with a Kyrgyz
interpreter by telephone ([[Ermek|name]], through our usual agency).

1. Status. Mrs [[Toktosunova|name]] and the children hold leave as dependants of Mr [[Nurlan TOKTOSUNOV|name]], a Skilled Worker
   (sponsor: a poultry processor in [[Hereford|place]]), valid until [[14 March 2028|date]]. If they separate from him, their leave
   may be curtailed. She may be able to apply under the Migrant Victims of Domestic Abuse Concession, which gives three months'
   leave with access to public funds, and then for indefinite leave as a victim of domestic abuse.
2. Passports. Mr [[Toktosunov|name]] holds all three passports. The police (DC [[Bayliss|name]]) have been told. A copy of the
   biometric residence details is on our file, and the Kyrgyz consulate can issue emergency documents.
3. Travel. Mrs [[Toktosunova|name]] told me her family in [[Osh|place]] want her to return with the children, and that her brother
   [[Talant Asanov|name]] lives in [[Bishkek|place]] ([[+996 772 418 306|phone]]). I have advised her not to travel with the children
   without the father's consent or a court order, and that the council should take its own legal advice on this.
4. Housing. She would like to stay near [[Newton
Farm|place]] for [[Bekzat|name]]'s school and her friend Mrs [[Olesya Nowak|name]].

Yours sincerely
[[Gareth Probert|name]]
Immigration Adviser
"""),
    ("child in need plan", """CHILD IN NEED PLAN - WYE VALE COUNCIL
Children: [[Bekzat Toktosunov|name]] (10), UPN [[Z884788919759|upn]], NHS [[551 533 0293|nhs]];
[[Aiperi Toktosunova|name]] (4), NHS [[551 010 9637|nhs]]
Home: [[31 Hinton Rd|address]], [[Newton Farm|place]], [[HEREFORD|place]] [[HR2 7RR|postcode]]
Mother: [[Aigerim Toktosunova|name]] ([[Айгерим Токтосунова|name]]), tel [[07748 602 915|phone]] (texts in Russian)
Father: [[Nurlan Toktosunov|name]], bail address in [[Ross-on-Wye|place]] ([[Flat 2, 6 Gloucester Road|address]], [[HR9 5BU|postcode]]),
        no contact with [[Aigerim|name]] (bail condition until [[15/01/2027|date]])
Plan made: [[09/12/2026|date]]     Review: [[10/03/2027|date]]     Lead worker: [[Hattie Ledbury|name]]

What needs to change | Who | By when
[[Bekzat|name]] to be safe from physical chastisement and to talk about what happened | [[Hattie|name]]; Miss [[Gwatkin|name]]; play
  therapist [[Nell Bufton|name]] | weekly from [[6 Jan|date]]
[[Aiperi|name]]'s teeth treated | community dental service (the clinic at Hereford County Hospital); nurse
  [[Bronwen Price|name]] to chase | [[31/01/2027|date]]
[[Aigerim|name]] to understand her rights to stay | [[Gareth Probert|name]] (Wye Migrant Advice) | [[18/12/2026|date]]
[[Aiperi|name]] to start nursery (15 hrs) | [[Bobbins Nursery|school]], [[Belmont|place]]; [[Olesya|name]] to help with the form |
[[4 Jan|date]]
[[Aigerim|name]] to learn English | ESOL at [[Hereford College|school]] | January
Contact with father | supervised at the Family Centre, [[Ledbury Road|address]], Saturdays, 1 hr | from [[16/01/2027|date]]

[[Bekzat|name]]'s words: "I want Papa to stop. I want to play football with [[Yusuf|name]] and [[Olly|name]] at the park."
[[Aiperi|name]]'s words (through mum): "[[Бека|name]] is my best."
"""),
]


# --- F. Al-Shammari family (Bidoon, stateless, from Kuwait), Shelton, Stoke-on-Trent --------------------------------------------

HOME_F = d.Address("61 Snow Hill", "Shelton", "Stoke-on-Trent", "ST1 4LU")
UNCLE_F = d.Address("Block 3, Street 12, House 27", "Taima", "Al Jahra", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ali", "Al-Shammari"), ("علي", "الشمري")], dt.date(2013, 6, 15), addresses=[HOME_F],
       ids=["431 323 6627", "U861561721677"], schools=["St Peter's Academy"]),
    _p("s", "sibling", [("Maryam", "Al-Shammari")], dt.date(2018, 2, 2), addresses=[HOME_F], ids=["542 156 8377"],
       schools=["Hanley St Luke's CofE Primary Academy"]),
    _p("s2", "sibling", [("Hamad", "Al-Shammari")], dt.date(2024, 9, 21), addresses=[HOME_F], ids=["590 014 5522"]),
    _p("m", "mother", [("Nouf", "Al-Enezi"), ("نوف", "العنزي")], dt.date(1991, 1, 4), addresses=[HOME_F], phones=["07443 870 129"]),
    _p("f", "father", [("Jaber", "Al-Shammari"), ("جابر", "الشمري")], dt.date(1986, 7, 30), addresses=[HOME_F],
       phones=["07971 336 481"]),
    _p("u", "other", [("Mutlaq", "Al-Shammari")], addresses=[UNCLE_F], phones=["+965 6623 8814"]),
    _p("p1", "professional", [("Bethan", "Hanley")], emails=["bethan.hanley@fowleavale.gov.uk"]),
], "c")

DOCS_F = [
    ("asylum accommodation provider's incident report", """SERCO - ASYLUM ACCOMMODATION (MIDLANDS AND EAST) - PROPERTY INCIDENT /
SAFEGUARDING REPORT
Property: [[61 Snow Hill|address]], [[Shelton|place]], [[Stoke-on-Trent|place]] [[ST1 4LU|postcode]] (dispersed, 2-bed house, family of
five)
Report date: [[2026-11-03|date]]      Housing officer: [[Wayne Podmore|name]]      Home Office ref: S1402377 (not for redaction)
Service users: [[AL-SHAMMARI, Jaber|name]] (principal, DOB [[30/07/1986|dob]]); [[AL-ENEZI, Nouf|name]] (DOB [[04/01/1991|dob]]);
children [[Ali|name]] (13), [[Maryam|name]] (8), [[Hamad|name]] (2)

Incident
On [[2 November 2026|date]] at 19:20 [[Hamad|name]] pulled the kettle flex from the worktop and was scalded on his chest and left arm.
Mr [[Al-Shammari|name]] rang 999; the ambulance took [[Hamad|name]] and his mother to the Royal Stoke (children's burns referred on to
Birmingham Children's). The next-door neighbour, Mrs [[Janet Salt|name]] ([[no. 63|address]]), looked after [[Ali|name]] and [[Maryam|name]]
until 23:00.

Property condition found on inspection [[03/11/2026|date]] (with [[Ali|name]] interpreting - NOT ideal, no interpreter was available):
- Kitchen worktop 60 cm deep; kettle socket next to the cooker. No fireguard. No stair gate (requested [[14/09|date]], not fitted).
- Black mould in both bedrooms. [[Maryam|name]] has asthma and uses her blue inhaler "every night" (her mother).
- The family of five sleep in one bedroom because the second is too damp. Repair job raised [[19 Aug|date]] - still open.
- Mr [[Al-Shammari|name]] appeared very low, said he "does not sleep" and that he was beaten in detention in Kuwait in 2019.

Actions: emergency repair (mould, stair gate, socket) booked for [[05/11|date]]; referral to Fowlea Vale Children's Services
([[Bethan Hanley|name]]) and to Migrant Help. Advice given on the kettle. Follow-up visit [[10/11/2026|date]] with a
telephone interpreter (Arabic, Gulf).
"""),
]

DOCS_F += [
    ("school admission form for a child new to English", """[[HANLEY ST LUKE'S CofE PRIMARY ACADEMY|school]] - NEW ARRIVAL / EAL ADMISSION
FORM (completed at the meeting)
Child's legal name: [[AL-SHAMMARI Maryam|name]]     Known as: [[Mimi|name]]     Name in home script: [[مريم|name]]
Date of birth: [[02.02.2018|dob]]    Year group: 4    Start date: Mon [[16 Nov 2026|date]]
Address: [[61 Snow Hill|address]], [[Shelton|place]] [[ST1 4LU|postcode]]    Previous school: none in the UK;
"[[Al-Jahra girls' school|school]]" (Kuwait),
  Bidoon children could not go to state school; attended a charity school in [[Taima|place]] for 2 years
Home languages: Arabic (Gulf/Kuwaiti)   Reads/writes Arabic: a little   English: new to English (Stage A)
Parents/carers: father [[Jaber Al-Shammari|name]] ([[جابر|name]]), [[07971 336 481|phone]]; mother [[Nouf Al-Enezi|name]] ([[نوف|name]]),
  [[07443 870 129|phone]] (mum prefers WhatsApp voice notes in Arabic)
Emergency contact 2: Mrs [[Janet Salt|name]] (neighbour, [[no. 63|address]]), [[07583 219 642|phone]]
Siblings: [[Ali|name]], Y9, [[St Peter's|school]] (UPN [[U861561721677|upn]]); [[Hamad|name]], 2, at home
Medical: asthma (blue inhaler in bag, brown at home). GP: Hanley Health and Wellbeing Centre.
Dietary: halal. Religion: Muslim. Ethnicity code: Any other Arab background (parents said "Bidoon, no country")
Interpreter at meeting: [[Samira Haddad|name]] (Sefton interpreting, by phone)
Buddy: [[Lina|name]] (Y4, speaks Arabic). Class teacher: Mr [[Joel Bagnall|name]]. EAL lead: Mrs [[Kaur|name]].
Notes: [[Maryam|name]] drew her house in [[Jahra|place]] and her cousins [[Dana|name]] and [[Sara|name]]. She said her uncle [[Mutlaq|name]]
  "is still there". Dad says the family in [[Al Jahra|place]] can be reached on [[+965 6623 8814|phone]] ([[Mutlaq Al-Shammari|name]]).
Signed (parent): [[J. Al-Shammari|name]]   Signed (school): [[H. Barlow|name]], Admissions, [[16/11/2026|date]]
"""),
]
DOCS_F += [
    ("father's own letter, in Arabic with a translation", """[Handwritten letter in Arabic, given to the social worker on
[[24/11/2026|date]]. Translated by [[Samira Haddad|name]]; the
Arabic is typed as written, the translation follows.]

بسم الله الرحمن الرحيم
إلى الأخت [[بيثان|name]] المحترمة
أنا [[جابر الشمري|name]]، أبو [[علي|name]]. نحن بدون من [[الجهراء|place]]، ليس لنا جنسية ولا جواز. ابني [[حمد|name]] احترق بسبب المطبخ
الصغير وأنا لم أنم من يومها. أم [[علي|name]]، [[نوف|name]]، تبكي كل ليلة. أخي [[مطلق|name]] في [[تيماء|place]] يتصل كل يوم.
[[٢٢ نوفمبر ٢٠٢٦|date]]

In the name of God, the Most Gracious, the Most Merciful
To the respected sister [[Bethan|name]],
I am [[Jaber Al-Shammari|name]], father of [[Ali|name]]. We are Bidoon from [[Jahra|place]]; we have no nationality and no passport. My son
[[Hamad|name]] was burned because of the small kitchen and I have not slept since that day. [[Ali|name]]'s mother, [[Nouf|name]], cries
every night. My brother [[Mutlaq|name]] in [[Taima|place]] calls every day.

I ask you to help us with a bigger house. In [[Shelton|place]] the men outside the house on [[Stoke Road|address]] drink at night and
shout, and my son [[Ali|name]] is afraid to walk to [[St Peter's|school]]. He is thirteen and he is the one who speaks English for all
of us, at the doctor, at Serco, at the Jobcentre. This is not right for a child. Our friend Abu [[Khalid|name]] in [[Wolverhampton|place]]
says there the council gave a family a house with a garden.

My wife's sister [[Hessa|name]] lives in [[Cardiff|place]] ([[14 Clifton Street|address]], [[Adamsdown|place]]) and she can help with
[[Hamad|name]] when he comes out of the hospital, if we are allowed to go to her.

Thank you for your kindness to [[Maryam|name]]. She loves the school and her teacher Mr [[Joel|name]].
[[22 November 2026|date]]
[[Jaber Al-Shammari|name]]   [[07971 336 481|phone]]
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Family: [[Al-Shammari|name]] / [[Al-Enezi|name]]     Date: [[8th December 2026|date]]     Venue: [[61 Snow Hill|address]] (home)
Chair and minutes: [[Bethan Hanley|name]] (SW)
Present: [[Jaber Al-Shammari|name]] (father); [[Nouf Al-Enezi|name]] (mother); [[Samira Haddad|name]] (interpreter, Arabic, in person);
[[Wayne Podmore|name]] (Serco); [[Zainab Iqbal|name]] (health visitor); [[Joel Bagnall|name]] ([[Hanley St Luke's|school]]);
[[Craig Mellor|name]] (pastoral, [[St Peter's Academy|school]])
Apologies: [[Nadia Rahim|name]] (Refugee Action)

1. The children
[[Hamad|name]] (2): discharged from Birmingham Children's on [[20/11|date]]; dressings at the Haywood Hospital clinic in [[Burslem|place]]
twice a week, nurse [[Fiona Beech|name]]. Healing well. Stair gate and fireguard now fitted ([[Wayne|name]]).
[[Maryam|name]] (8): settled at [[St Luke's|school]]; asthma better since the mould treatment; Mr [[Bagnall|name]] says she now reads
simple words and plays with [[Lina|name]] and [[Poppy|name]].
[[Ali|name]] (13): attendance 71% since [[2 November|date]]; he has missed days to interpret at appointments. [[Craig|name]] has given
him a homework club place. [[Ali|name]] told [[Bethan|name]] alone that he wants to "be a normal boy" and play football for a youth team in
[[Hanley|place]] on Saturdays.

2. Agreed
- No child to interpret for the family again; [[Bethan|name]] will tell the GP (Dr [[Oyelaran|name]]) and Serco.
- Serco to look at a move to a bigger house; [[Wayne|name]] to ask about [[Birches Head|place]] or [[Meir Park|place]].
- [[Jaber|name]] to be referred to the Haven trauma service (Arabic speaking counsellor, Dr [[Huda Saleh|name]]).
- Request to move to [[Cardiff|place]] near [[Hessa|name]] to be put to the Home Office by Refugee Action.
Next review: [[9 March 2027|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 41 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 00:46 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "cllr", "nurse", "sister", "our", "me", "nan",
           "nana", "nanna", "nanny", "gran", "granny", "great", "grandma", "grandad", "mum", "mam", "mummy", "dad", "daddy",
           "aunty", "auntie", "uncle", "papa", "mama", "апа", "байке", "папа", "мама", "الأخت", "الأخ", "أم", "أبو"}
_AFTER = {"senior", "junior", "магазин", "кызым"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "staffordshire", "north staffordshire", "shropshire",
               "herefordshire", "telford and wrekin", "the midlands", "west midlands", "midlands", "kuwait", "kyrgyzstan",
               "russia", "spain", "tenerife", "the canaries", "canary islands", "кыргызстан", "россия", "الكويت"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Great Nan Iris",
# "Auntie Michelle", "Mrs Kaur", "Apa"; and after one: "Mrs Lowe senior") and counties, regions, islands and countries
# ("Staffordshire", "Shropshire", "Kuwait", "Kyrgyzstan", "Tenerife").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
