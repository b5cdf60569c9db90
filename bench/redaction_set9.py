"""Set 9: a fourth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as set 8
does) or bench/README.md, that did not run the detector or any bench script that runs it, and that looked at no detector
output. What was read: bench/redaction_set8.py and tests/test_redaction_set8.py in full (the layout and marking conventions
followed here), the docstrings and checker functions (`problems`, KINDS) of bench/redaction_set7.py and
bench/redaction_heldout.py, and the `_party` / `_parse` / `_docs` helpers of bench/redaction_handwritten.py. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families from communities and places no earlier set used: Punjabi Sikh in Wolverhampton (Sandhu), Ghanaian in Croydon
(Asante / Mensah), Lithuanian in Boston, Lincolnshire (Kazlauskienė / Jankauskas), Turkish Cypriot in Enfield (Hüseyin),
Syrian in Coventry (Al-Khatib / Haddad) and a white British family in Great Yarmouth (Thrower / Howes). 24 documents: a
CPOMS school safeguarding log export, a LADO referral, Instagram DMs, initial child protection conference minutes, a
Met Police MERLIN come-to-notice report, a youth worker's session note, a solicitor's letter, a mother's text messages, a
health visitor's new birth record, an interpreter-assisted home visit record, a dental neglect referral, a private sector
housing case note, a private fostering notification, an email chain with signatures, a pre-sentence report extract, a
family court position statement, a school nurse's contact record, Team Around the Family notes, a midwife's pre-birth
concern, a section 47 outcome letter, a Prevent referral, a probation/IOM contact log, a MARAC referral and a care
leaver's pathway plan in her own words.

Invented: every person, address, phone number, NHS number, UPN, NI number and vehicle registration. Phone numbers are valid
numbers (checked with the phonenumbers library), UK and foreign (India, Ghana, Lithuania, North Cyprus on the Turkish
plan, Germany); NHS numbers (ordinary and 999 ranges) and UPNs (the right LA number for the area) pass their check digits.
Councils are invented (Penkvale, Wandlebrook, Fenholme, Haven Marsh, Salmonsbrook, Sowe Valley, Breydon); towns,
districts, real charities, brands, NHS bodies, courts, apps and laws are real and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set8.py (which follows bench/redaction_heldout.py and
bench/redaction_set7.py). [[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob,
date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PS, DC, Nurse, Auntie, Uncle,
Nana, Nan, Papa, Mum, Bibi ji, Chacha ji, Nani ji, močiutė, Nene, Teyze, Abi, Dayı, Teta, Um, Abu) stay outside the name
span, whether they come before or after the name; a possessive 's (or a bare s in texting) stays outside; every person's
name is a name in every form, record or not. "SURNAME, First" is one span; an initial with a surname ("Mrs P. Bhogal",
"A Dhillon") is one span of initial and surname; a name broken by a line break is one span holding the break; initials
alone and pseudonyms ("Mr B", "T") are not marked; social media handles are not marked (none used here holds a person's
name), but a contact name in a phone export that is the person's plain name ("Kobby") is marked, as set 8 marked
WhatsApp display names. A street address is one span, its town a place, its postcode a postcode; a street named without
a number is an address, and so is a farm's name used as an address; towns, cities, villages, districts and estates are
places, countries, counties, regions and their short forms ("Lincs", "North Cyprus", "Punjab") are not; organisations
are not marked even when they hold a town's name ("Boston Children's Centre", "Great Yarmouth Pleasure Beach"); a
school's or college's name is a school, even when it is named after a person ("Sidney Stringer Academy", "Edward
Worlledge Ormiston Academy") or holds a town's name, and its short form ("Colton Hills", "Frederick Bird", "CONEL") is a
school; a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside); months
and years alone are not marked; helplines are not marked. Choices this set had to make: a teknonym ("Um Yaman", "Abu
Yaman") marks only the personal name inside it; a name written in another script (Gurmukhi, Arabic) is a name; a pet's
name ("Bruno", "Tyson") is not a person's name and is not marked, nor are dog breeds; a firm named after people marks
only the names ("[[Adjei|name]] & [[Browne|name]] Solicitors", "[[Bassi|name]] Legal"), as set 8's "Lau's Bakery" did;
piers, parks and attractions (Britannia Pier, Wellington Pier, the Pleasure Beach) are landmarks, not places, and stay
unmarked; a surname that is also a town is marked by what it refers to (the social worker Karen Mablethorpe is a name,
the resort Mablethorpe a place); a foreign number plate ("KMN 482") is a vehicle; "Yarmouth" for Great Yarmouth is a
place; an organisation's street address in an email signature is an address like any other; a date split across a line
break is one span.

Self-check without the detector: `python -m bench.redaction_set9` (and tests/test_redaction_set9.py) runs set 8's checker
(which runs set 7's and set 6's) on this set, adds this set's kinship words (before and after a name) and counties, and
prints the number of documents and gold spans per kind.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set8 import problems as set8_problems
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Sandhu family (Punjabi Sikh), Wolverhampton -----------------------------------------------------------------

HOME_A = d.Address("47 Lea Road", "Pennfields", "Wolverhampton", "WV3 0LS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Jasleen", "Sandhu"), ("Jasleen Kaur", "Sandhu")], dt.date(2010, 3, 4), [HOME_A],
       ids=["9990495149", "Q336210414935"], schools=["Colton Hills Community School"]),
    _p("m", "mother", [("Harvinder", "Kaur"), ("Harvinder Kaur", "Sandhu")], dt.date(1983, 2, 14), [HOME_A],
       phones=["07958 214 603"], ids=["JR 45 12 78 C"]),
    _p("f", "father", [("Balwinder Singh", "Sandhu"), ("Balwinder", "Sandhu")], dt.date(1979, 6, 30), [HOME_A],
       phones=["07402 671 559"]),
    _p("s", "sibling", [("Arjan Singh", "Sandhu"), ("Arjan", "Sandhu")], dt.date(2017, 3, 22), [HOME_A],
       ids=["4037767414", "W336211221343"], schools=["Graiseley Primary School"]),
    _p("g", "grandparent", [("Surjit", "Kaur")], dt.date(1948, 4, 13), [HOME_A]),
    _p("p1", "professional", [("Rachel", "Oakley")], phones=["01902 553 184"], emails=["rachel.oakley@penkvale.gov.uk"]),
    _p("p2", "professional", [("Amandeep", "Dhillon")], emails=["a.dhillon@coltonhills.org.uk"]),
], "c")

DOCS_A = [
    ("cpoms safeguarding log export", """CPOMS - STUDENT INCIDENT LOG (EXPORT)    [[Colton Hills Community School|school]]
Exported [[02/12/2025|date]] 08:14 by [[A Dhillon|name]] for the Initial Child Protection Conference
Student: [[SANDHU, Jasleen Kaur|name]]    DOB: [[04/03/2010|dob]]    Year 11 (11RB)    UPN: [[Q336210414935|upn]]
Flags: SEN Support (dyslexia); EAL (Punjabi at home, fluent in English); Young Carer: no; Pupil Premium: no

[[03/11/2025|date]] 09:12 | Safeguarding concern; Mental health | Recorded by: Mr [[T. Whitehouse|name]] (form tutor)
[[Jasleen|name]] came to registration with her left wrist in a Tubigrip and said she "fell on the stairs at home". At break
her friend [[Simranjit Gill|name]] (11RB) told me that [[Jasleen|name]]'s dad "went mad about her Insta" on Saturday night.
Passed to the DSL on CPOMS and in person.
Linked students: [[GILL, Simranjit|name]]    Assigned to: [[Amandeep Dhillon|name]]    Status: Open

[[03/11/2025|date]] 13:40 | Safeguarding - disclosure | Recorded by: [[Amandeep Dhillon|name]] (DSL)
Spoke to [[Jasleen|name]] in the Inclusion Room with Miss [[Kang|name]] (Pastoral Lead). She said her father, [[Balwinder|name]],
twisted her arm and took her phone late on Saturday [[1st Nov|date]] after he saw Instagram messages from "a teacher". She
says it is the first time he has hurt her. Mum ([[Harvinder|name]]) cried; Bibi ji ([[Surjit|name]], paternal grandmother)
told her she had "brought shame on the family". Asked about the summer, she said Dad keeps saying she will spend it with
Chacha ji [[Kulwant|name]] in [[Phagwara|place]] "to learn the culture", and she is scared she will not be back for her
mocks. Not seen by the school nurse; no photographs taken (policy). Rang Penkvale MASH at 14:05 and spoke to [[Jordan
Price|name]] on [[01902 551 640|phone]]; written referral sent by Egress at 14:50.

[[04/11/2025|date]] 08:31 | Attendance | Recorded by: Mrs [[P. Bhogal|name]] (Attendance Officer)
[[Jasleen|name]] absent. Mother rang at 08:05 from [[07958 214 603|phone]] to say she "has a fever". Brother [[Arjan|name]]
(Year 4, [[Graiseley Primary School|school]]) also absent according to their office. Code I entered pending the DSL's view.

[[05/11/2025|date]] 10:02 | Online safety; Allegation against an adult | Recorded by: [[Amandeep Dhillon|name]]
[[Jasleen|name]] back in school. She showed me Instagram DMs from an account she says belongs to Mr [[Manjit Bains|name]], who
tutors her in maths at the Gyan Tuition Centre on [[Dudley Road|address]], [[Blakenhall|place]]. Screenshots saved (IG_1 to
IG_6). LADO consulted (separate referral). West Midlands Police informed, PC [[Hollis|name]], log 20BW/117884/25.
Social worker allocated: [[Rachel Oakley|name]], [[01902 553 184|phone]], [[rachel.oakley@penkvale.gov.uk|email]].

[[21/11/2025|date]] 15:20 | Pastoral | Recorded by: Miss [[Kang|name]]
[[Jasleen|name]] asked for a Time Out card for PE. Talked about her Nani ji in [[Ludhiana|place]], who has had a stroke; she
video-calls her on Sundays from her cousin [[Navneet|name]]'s phone. Referred to Kooth and to our school counsellor, Mr
[[Aaron Blakemore|name]]. Bandi Chhor Divas and Diwali went "OK" at home, she said.
"""),
    ("lado referral", """PENKVALE SAFEGUARDING CHILDREN PARTNERSHIP
LADO REFERRAL - ALLEGATION AGAINST A PERSON WHO WORKS OR VOLUNTEERS WITH CHILDREN
(Working Together to Safeguard Children 2023; Keeping Children Safe in Education 2025, Part 4)

Referrer: [[Amandeep Dhillon|name]], Designated Safeguarding Lead, [[Colton Hills Community School|school]]
Email: [[a.dhillon@coltonhills.org.uk|email]]    Date of referral: [[5 November 2025|date]]

1. Person the allegation is about
Name: [[Manjit Singh BAINS|name]] (known to pupils as "Mr B")    DOB: [[17/04/1989|dob]] (from his DBS certificate, per the centre)
Role: self-employed maths and science tutor at the Gyan Tuition Centre, [[212 Dudley Road|address]], [[Blakenhall|place]],
[[Wolverhampton|place]] [[WV2 3DB|postcode]]; also volunteers on Sundays teaching Punjabi (Gurmukhi) and kirtan to children
aged 6 to 14 at a gurdwara on [[Sedgley Street|address]].
Home address: [[9 Rookery Lane|address]], [[Goldthorn Park|place]], [[WV4 5BX|postcode]]
Mobile: [[07723 900 418|phone]]    Email: [[manjitbains.tutor@gmail.com|email]]
Vehicle: black Mercedes C-Class, [[BF70 HXU|vehicle]] (seen by staff at the school gate on [[29 October|date]])

2. Child
[[Jasleen Kaur Sandhu|name]], Year 11, DOB [[4th March 2010|dob]], of [[47 Lea Road|address]], [[Pennfields|place]],
[[WV3 0LS|postcode]]. Parents: [[Harvinder Kaur|name]] and [[Balwinder Singh Sandhu|name]]. Open to Children's Social Care
(s.47 enquiry since [[6 Nov 2025|date]]); social worker [[Rachel Oakley|name]].

3. The allegation
Between September and [[1 November 2025|date]] Mr [[Bains|name]] sent [[Jasleen|name]] about 200 Instagram direct messages. In
them he calls her his "best student", asks her to keep the messages secret and delete them, offers free "one-to-one
sessions" at his house, invites her to a Diwali party at his home on [[20 October|date]] ("my sister [[Pinky|name]] will be
there"), comments on her clothes, and gives her his mobile number so that they can text "safer". He refers to her father by
his first name and to her grandmother from the langar seva at the gurdwara. No sexual images were sent or asked for in what
we have seen.

4. Other children who may be affected
[[Jasleen|name]] says [[Simranjit Gill|name]] (Year 11) and a boy in Year 9, [[Harjot|name]] (surname not known), also attend
the centre. The centre is run by Mrs [[Rupinder Johal|name]] ([[07896 410 225|phone]]), who has not been told. About 40
children attend on weekday evenings and Saturday mornings; it is not registered with Ofsted and has no safeguarding policy
that we can find.

5. What has happened so far
Police informed on [[5/11/25|date]] (PC [[Dan Hollis|name]]). Mother told by phone on [[5/11/25|date]] through a
Punjabi-speaking member of staff, Mrs [[Bhogal|name]]; father not yet told, on the social worker's advice (recent physical
assault, see CPOMS). The child has blocked the account. Screenshots are held by the DSL and have not been forwarded.

LADO use only
Received by: [[Sharon Tromans|name]], LADO, [[01902 555 871|phone]]    Date: [[05.11.2025|date]]
Initial consideration: harm test (a) and (c) met. Allegations management meeting set for Mon [[10 Nov|date]]; invite
DC [[Lorna Pritchard|name]] (PPU) and the gurdwara's safeguarding lead, Mr [[Gurdev Singh Rai|name]]. Consider the DBS
referral duty once the facts are established.
"""),
    ("instagram dms", """[Instagram direct messages between "maths.with.mr.b" and "j.k.x10", screenshots IG_1 to IG_6
from [[Jasleen|name]]'s phone, typed up by [[A. Dhillon|name]] (DSL) on [[5 Nov 2025|date]]. Spelling and emojis as in the original.]

[[18 SEP|date]] 21:04 maths.with.mr.b: hey 👋 did u finish the simultaneous equations
[[18 SEP|date]] 21:09 j.k.x10: ye mostly. q7 was long
[[18 SEP|date]] 21:10 maths.with.mr.b: send me a pic of ur working ill check it 😊 ur my best student tbh dont tell [[harjot|name]] lol
[[25 SEP|date]] 22:31 maths.with.mr.b: u coming to the gurdwara sunday? i can drop u home after, i know ur bibi ji from langar seva
[[25 SEP|date]] 22:40 j.k.x10: my dad picks me up
[[25 SEP|date]] 22:41 maths.with.mr.b: ur dad is sooo strict 🙄 [[balwinder|name]] thinks hes still in [[phagwara|place]] haha
[[25 SEP|date]] 22:44 j.k.x10: how do u know my dads name
[[25 SEP|date]] 22:45 maths.with.mr.b: everyone knows everyone in [[blakenhall|place]] 😉
[[2 OCT|date]] 23:12 maths.with.mr.b: delete these ok. our secret. if anyone asks im helping u with gcse prep
[[2 OCT|date]] 23:15 j.k.x10: [[simran|name]] says ur weird
[[2 OCT|date]] 23:16 maths.with.mr.b: [[simranjit|name]] is jealous. shes not clever like u
[[14 OCT|date]] 20:02 maths.with.mr.b: diwali party at mine on the [[20th oct|date]]?? my sister [[pinky|name]] will be there so its fine
[[14 OCT|date]] 20:03 maths.with.mr.b: wear the pink suit from [[navneet|name]]s wedding 😍
[[14 OCT|date]] 20:30 j.k.x10: idk mum wont let me. bibi ji neither
[[14 OCT|date]] 20:31 maths.with.mr.b: tell them its a study group at [[rupinder|name]] aunty's 😂
[[14 OCT|date]] 20:33 maths.with.mr.b: text me instead its safer [[07723 900 418|phone]]
[[15 OCT|date]] 07:10 j.k.x10: my phone is dads old one he checks it
[[15 OCT|date]] 07:12 maths.with.mr.b: ok meet me by the co-op on [[lea rd|address]] after school then, il give u a lift 🚗
[[1 NOV|date]] 22:47 j.k.x10: stop messaging me. my dad saw everything. hes so angry
[[1 NOV|date]] 22:48 maths.with.mr.b: [[jassi|name]] wait
[[1 NOV|date]] 22:48 maths.with.mr.b: dont say my name to anyone. if [[harvinder|name]] asks say it was a boy from school
"""),
    ("child protection conference minutes", """PENKVALE CITY COUNCIL - INITIAL CHILD PROTECTION CONFERENCE - MINUTES (CONFIDENTIAL)
Children: [[Jasleen Kaur SANDHU|name]] (DOB [[04.03.2010|dob]]) and [[Arjan Singh SANDHU|name]] (DOB [[22.03.2017|dob]],
NHS [[403 776 7414|nhs]], UPN [[W336211221343|upn]])
Date: Thursday [[27 November 2025|date]], 10:00-12:40, Civic Centre, [[Wolverhampton|place]] (hybrid)
Chair: [[Yvonne Asamoah|name]], Independent Chair    Minutes: [[Kerry-Ann Bennett|name]]

Present: Mrs [[Harvinder Kaur Sandhu|name]] (mother); Mr [[Balwinder Singh Sandhu|name]] (father), with a Punjabi interpreter,
Mr [[Sohal|name]] (thebigword); [[Rachel Oakley|name]] (social worker); [[Amandeep Dhillon|name]] (DSL, [[Colton Hills|school]]);
Mrs [[Jhutti|name]] (Headteacher, [[Graiseley Primary School|school]]); DC [[Lorna Pritchard|name]] (West Midlands Police,
Public Protection Unit); School Nurse [[Bernadette Kelly|name]] (Black Country Healthcare NHS Foundation Trust); [[Jaswinder
Rai|name]] (Sikh Women's Aid, supporting Mrs [[Sandhu|name]]). Apologies: Dr [[Nwosu|name]] (GP, Penn Manor Medical Centre),
report received.

1. Views of the children
[[Jasleen|name]] chose not to attend. Her advocate, [[Tasha Morgan|name]] (Coram Voice), read her words: "I love my mum and
dad and [[Arjan|name]]. I don't want to be scared to go home. I don't want to go to India in the summer, I want to do my
GCSEs and be a pharmacist. I want my own phone back." She signed her form in Gurmukhi, [[ਜਸਲੀਨ|name]], and in English.
[[Arjan|name]] (8) told the social worker that home is "fun except when Papa shouts" and that his best thing is Bandi Chhor
Divas at the gurdwara with Bibi ji.

2. Social work report
[[Rachel Oakley|name]] summarised her report. The strategy discussion on [[6th November|date]] agreed a single-agency s.47
enquiry. Mr [[Sandhu|name]] accepts that he "grabbed her arm to take the phone" on [[1 November|date]] and says he was
frightened for her after reading the tutor's messages; he has since attended two sessions of the Caring Dads programme.
Mrs [[Sandhu|name]] says the family "will never force" [[Jasleen|name]] to marry and that the trip to [[Phagwara|place]] and
[[Jalandhar|place]] was for her cousin [[Navneet|name]]'s wedding in April. The paternal uncle, Mr [[Kulwant Singh
Sandhu|name]], rang the social worker from India on [[+91 98140 52731|phone]] and said the same. The Forced Marriage Unit
advised on [[10/11/2025|date]]; both children's passports have been lodged voluntarily with the family's solicitor, Mr
[[Harpal Bassi|name]] of [[Bassi|name]] Legal, [[Wolverhampton|place]]. The paternal grandmother, [[Surjit Kaur|name]] (Bibi
ji, 77), lives with the family and has diabetes; she speaks only Punjabi and told the social worker that [[Jasleen|name]]
is "too free on the phone".

3. Police
DC [[Pritchard|name]]: Mr [[Balwinder Singh Sandhu|name]] was interviewed voluntarily on [[13 November 2025|date]] for
battery and received a community resolution. The tutor, [[Manjit Bains|name]] (DOB [[17.04.1989|dob]]), was interviewed
under caution on [[20.11.2025|date]] (s.15 Sexual Offences Act 2003 and the Malicious Communications Act 1988 considered);
his phone is with the Digital Forensics Unit and he has stopped tutoring. Mr [[Sandhu|name]] drives a private hire taxi
(Toyota Prius, [[BV19 KTE|vehicle]]) licensed by the council; Licensing has been told, as his badge conditions require.

4. Health and education
[[Jasleen|name]]'s wrist was a soft tissue injury (Phoenix Walk-in Centre, [[4 Nov|date]]). Her attendance is 91%. Mrs
[[Jhutti|name]]: [[Arjan|name]] is happy, 97% attendance, a keen reader; no concerns. Nurse [[Kelly|name]]: [[Arjan|name]]'s
asthma reviewed; immunisations up to date. Both children are registered with the same GP, who sent no concerns.

5. Decision
[[Jasleen|name]] to be the subject of a Child Protection Plan under the category of emotional abuse; [[Arjan|name]] not to be
(Child in Need plan). The parents disagree with the category but accept the plan. Key worker: [[Rachel Oakley|name]]. Core
group: [[11/12/2025|date]], 16:00 at [[47 Lea Road|address]]. Review conference: [[26 February 2026|date]]. Mother's NI
number ([[JR 45 12 78 C|ni]]) to be used for the Household Support Fund application through the Family Hub.
"""),
]

# --- B. Asante / Mensah family (Ghanaian), Croydon ------------------------------------------------------------------

HOME_B = d.Address("22 Parchmore Road", "Thornton Heath", "Croydon", "CR7 8LY")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kwabena", "Asante"), ("Kobby", "Asante")], dt.date(2009, 11, 3), [HOME_B],
       ids=["6800791105", "V306402014517"], schools=["Harris Academy South Norwood"]),
    _p("m", "mother", [("Abena", "Mensah")], dt.date(1985, 5, 7), [HOME_B], phones=["07931 562 084"], ids=["SK 83 20 61 B"]),
    _p("f", "father", [("Kofi", "Asante")], dt.date(1980, 10, 17),
       [d.Address("Flat 3, 118 London Road", "Norbury", "London", "SW16 4EX")], phones=["07506 118 273"]),
    _p("s", "sibling", [("Efua", "Asante")], dt.date(2018, 7, 20), [HOME_B], ids=["9993823007", "X306204722800"],
       schools=["Beulah Junior School"]),
    _p("g", "grandparent", [("Akosua", "Mensah")], phones=["+233 24 412 3456"]),
    _p("n", "partner", [("Emmanuel", "Ofori")], dt.date(1982, 2, 25)),
    _p("p1", "professional", [("Laura", "Penfold")], phones=["020 8726 6411"], emails=["laura.penfold@wandlebrook.gov.uk"]),
    _p("p2", "professional", [("Marlon", "Gayle")], phones=["07914 336 720"], emails=["m.gayle@igniteyouth.org.uk"]),
], "c")

DOCS_B = [
    ("merlin come to notice report", """METROPOLITAN POLICE SERVICE - MERLIN: CHILD COME TO NOTICE (MPS-SAFE)
Merlin ref: 25MIS041877    CAD 9142/15NOV25    Type: Child Come To Notice - CCE / county lines (suspected)

SUBJECT: [[ASANTE, Kwabena|name]]  aka "[[Kobby|name]]"    DOB: [[03/11/2009|dob]] (16 yrs)    Sex: M    SDE: Black African
Home address: [[22 Parchmore Road|address]], [[Thornton Heath|place]], [[CR7 8LY|postcode]]
School: [[Harris Academy South Norwood|school]] (Year 11)    Parent/carer: mother [[Abena MENSAH|name]], mob [[07931 562 084|phone]]

CIRCUMSTANCES
At 23:10 hrs on Sat [[15/11/2025|date]] officers from the South Area BCU Violence Suppression Unit stopped a grey Toyota
Yaris, VRM [[LR17 OKV|vehicle]], on [[Whitehorse Road|address]], [[Selhurst|place]]. The driver, [[Jerome WALCOTT|name]] (DOB
[[21/01/2006|dob]], of [[New Addington|place]]), was arrested for possession with intent to supply class B. The subject was
the front-seat passenger and was found with 11 wraps of cannabis, £640 cash and two phones (an iPhone and a Nokia). The
Nokia rang four times during the stop; the caller was saved only as "🔌". The subject said he was going "to my cousin's in
[[Hastings|place]]", then that he did not know where they were going. Cannabis seized; not arrested; referred to Youth
Justice triage.

The subject was polite and calm. His mother could not be reached (phone off; at an all-night prayer meeting at the Church
of Pentecost). He was taken home at 01:20 by PC [[Ridley|name]] and handed to his mother's partner, Mr [[Emmanuel
OFORI|name]] (DOB [[25/02/1982|dob]]), who said "his father is the problem, he lets him do anything". Younger sister
[[Efua|name]] (7) was asleep. The home was clean and there was food in the fridge.

VOICE OF THE CHILD: "I just needed money for creps and my mum's been stressing about the rent. I'm not a shotter."

RISK: Medium (exploitation). Indicators: cash, second phone, travel to a county line area, older associate. Not previously
known. Associates: [[WALCOTT|name]]; a male known only as "[[Tiny|name]]" (not identified). NRM: for Wandlebrook Children's
Social Care to consider as First Responder.

Officer: PC [[Tom Ridley|name]] 4471SN    Supervisor: PS [[Gemma Akande|name]] 2290SN
Shared with: Wandlebrook MASH; [[Harris Academy South Norwood|school]] (DSL); Youth Justice Service; Rescue and Response
"""),
    ("youth worker session note", """IGNITE YOUTH PROJECT (Wandlebrook Targeted Youth Support) - 1:1 SESSION NOTE
YP: [[Kobby|name]] ([[Kwabena Asante|name]])    Worker: [[Marlon Gayle|name]]    Session 3 of 12
Date: Tues [[25th Nov 2025|date]], 4-5.30pm    Where: McDonald's on [[North End|address]], then a walk round the park

[[Kobby|name]] turned up 20 mins late, said he'd been at his dad's in [[Norbury|place]]. Ate a McChicken meal and was chatty
once he'd eaten. Talked a lot about Ghana: his mum is Ashanti from [[Kumasi|place]] and his dad grew up in [[Accra|place]]. He
said his nana in [[Kumasi|place]], Nana [[Akosua|name]], "would beat me with her slipper" if she knew about the police. He
wants to go out there at Christmas but his dad says they can't afford the flights. He spoke about his dad ([[Kofi|name]])
with a big smile - they watch Arsenal together and his dad is teaching him to drive in the Tesco car park in [[Purley|place]].

About [[Emmanuel|name]] (mum's partner) he was less positive: "he's a deacon at church so he thinks he's everyone's dad".
Says [[Emmanuel|name]] has never hurt him but "preaches at me" and takes his phone at night.

The stop on [[15 Nov|date]]: he says an older guy called "[[Tiny|name]]" (real name maybe [[Tyrell|name]], from [[Broad
Green|place]]) gave him the cash to "hold" and put the Nokia in his hand. He was promised £150 a day "on the line" in
[[Hastings|place]] and [[Eastbourne|place]]. He says he hasn't gone yet. He owes [[Tiny|name]] for the seized weed, about
£300 ("a debt" - he laughed it off but looked worried).

Good stuff: on track for a 5 in maths, loves music production (FL Studio on his laptop), wants to do Electrical
Installation at [[Croydon College|school]] next year. Plays 5-a-side at Powerleague on Tuesdays with his mate [[Daniel
Boateng|name]] and goes to the Ghana Independence Day party every March with his aunties.

Actions:
- Told him about Rescue and Response and the Safer London app; gave him my work mobile [[07914 336 720|phone]].
- Shared the debt and the name "[[Tiny|name]]" with SW [[Laura Penfold|name]] ([[laura.penfold@wandlebrook.gov.uk|email]])
  the same day.
- Next session Tues [[2 Dec|date]] at the Ignite hub on [[Brigstock Road|address]]. Will bring the [[Croydon College|school]]
  prospectus.

[[M. Gayle|name]], Youth Worker, [[m.gayle@igniteyouth.org.uk|email]]
"""),
    ("solicitor's letter", """[[ADJEI|name]] & [[BROWNE|name]] SOLICITORS
Family and Children Department
[[1st Floor, 9 High Street|address]], [[Croydon|place]] [[CR0 1QB|postcode]]
Tel: [[020 8684 3302|phone]]    Email: [[k.adjei@adjeibrowne.co.uk|email]]
Our ref: KA/FAM/25-0419

Ms [[Laura Penfold|name]]
Social Worker, Adolescent Safeguarding Team
Wandlebrook Children's Social Care
By email only: [[laura.penfold@wandlebrook.gov.uk|email]]

[[1 December 2025|date]]

Dear Ms [[Penfold|name]]

Our client: Mr [[Kofi ASANTE|name]]
Children: [[Kwabena Asante|name]] (born [[3.11.2009|dob]]) and [[Efua Asante|name]] (born [[20.7.2018|dob]])

We act for Mr [[Asante|name]], the children's father, who has parental responsibility for both children (he is named on
their birth certificates and was married to their mother, Ms [[Abena Mensah|name]], until their divorce in 2021).

Our client has learned, from [[Kwabena|name]] himself and not from your department, that [[Kwabena|name]] was stopped by
police on [[15 November 2025|date]] and that there are concerns about criminal exploitation. He is very worried and wishes to
work with you. He asks (1) to be invited to any strategy meeting, Child in Need or Child Protection meeting about either
child; (2) for a copy of any assessment; and (3) that the department consider [[Kwabena|name]] living with him at his home,
[[Flat 3, 118 London Road|address]], [[Norbury|place]], [[SW16 4EX|postcode]], away from the [[Thornton Heath|place]] and
[[West Croydon|place]] areas where the young men who are exploiting him are based.

Our client also raises, in fairness, a concern about Ms [[Mensah|name]]'s partner, Mr [[Emmanuel Ofori|name]].
[[Kwabena|name]] has told him that Mr [[Ofori|name]] takes his phone and once pushed him against a wall; and [[Efua|name]],
who is in Year 3 at [[Beulah Junior School|school]], has told him she is scared when "Uncle [[Emmanuel|name]]" prays loudly
over her at night "to take the bad things out". We make no allegation beyond reporting what the children have said, and we
ask that it be looked into.

Should your department's view be that an order is needed, our client would apply for a Child Arrangements Order under
section 8 of the Children Act 1989 and would seek legal aid. He would agree to a parenting assessment. He drives a bus for
Arriva London and is available after 4pm on weekdays, on [[07506 118 273|phone]]. His sister, Ms [[Yaa Asante-Darko|name]],
lives in [[Mitcham|place]] and can help with [[Efua|name]] after school.

Yours sincerely

[[Kwame Adjei|name]]
Partner, [[Adjei|name]] & [[Browne|name]]
cc: client
"""),
    ("mother's text messages", """[Text messages on [[Abena Mensah|name]]'s phone, shown to the social worker on [[18/11/2025|date]]
and typed up by [[L. Penfold|name]]. Names as saved in her phone; times as shown.]

Sun [[16 Nov|date]]
19:02 [[Kobby|name]] 💙: mum im at [[tiny|name]]s, back by 10
19:05 Me: [[Kwabena Asante|name]] you said that yesterday and the police brought you home. Where are you really
19:11 [[Kobby|name]] 💙: croydon
19:12 Me: Which part of [[Croydon|place]]. I am not stupid. [[Emmanuel|name]] saw you at [[West Croydon|place]] bus station with
that [[Jerome|name]] boy
19:20 [[Kobby|name]] 💙: [[emmanuel|name]] aint my dad tell him stay out my business
19:21 Me: Your father will hear of this. Papa [[Kofi|name]] is coming on Sunday
19:24 [[Kobby|name]] 💙: good. tell him bring the waakye from [[peckham|place]] lol
19:30 Me: I am at the all night prayer from 10. [[Efua|name]] is with Auntie [[Comfort|name]] on [[Brigstock Rd|address]]. Go
straight home and lock the door
19:31 [[Kobby|name]] 💙: ok
21:47 Me: Nana called from [[Kumasi|place]], she is asking for you. Call her on [[+233 24 412 3456|phone]] she is worried
21:59 [[Kobby|name]] 💙: i got no credit. ill whatsapp her
22:03 Me: 🙏🏾 God is watching you. And so is your mother
Mon [[17 Nov|date]]
00:42 [[07823 519 046|phone]]: is this [[kobby|name]] mum. tell him he owes. 300 by friday
00:43 [[07823 519 046|phone]]: we no where u live
07:15 Me: [[Kobby|name]] who is this number??? Call me NOW
07:40 [[Kobby|name]] 💙: its nothing mum dont stress. dont tell [[laura|name]]
07:41 Me: I am telling [[Laura|name]] and I am telling your father
"""),
]

# --- C. Kazlauskienė / Jankauskas family (Lithuanian), Boston, Lincolnshire -----------------------------------------

HOME_C = d.Address("31 Tawney Street", "", "Boston", "PE21 6PF")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Gabija", "Kazlauskaite")], dt.date(2014, 2, 11), [HOME_C], ids=["9994657585", "Q925203118498"],
       schools=["Haven High Academy"]),
    _p("m", "mother", [("Rasa", "Kazlauskiene")], dt.date(1990, 8, 23), [HOME_C], phones=["07459 830 216"], ids=["SN 41 76 09 A"]),
    _p("f", "father", [("Tomas", "Kazlauskas")], dt.date(1986, 4, 2), phones=["+370 612 48305"]),
    _p("s", "sibling", [("Matas", "Kazlauskas")], dt.date(2019, 5, 30), [HOME_C], ids=["9996252183", "E925215023308"],
       schools=["Staniland Academy"]),
    _p("s2", "sibling", [("Luka", "Jankauskas")], dt.date(2025, 8, 19), [HOME_C], ids=["4334165796"]),
    _p("g", "grandparent", [("Danute", "Petrauskiene")]),
    _p("n", "partner", [("Darius", "Jankauskas")], dt.date(1987, 12, 1), [HOME_C], phones=["07511 873 204"], ids=["PC 29 64 18 D"]),
    _p("p1", "professional", [("Emma", "Skelton")], phones=["01205 446 120"], emails=["emma.skelton@nhs.net"]),
    _p("p2", "professional", [("Karen", "Mablethorpe")], phones=["01205 310 447"], emails=["karen.mablethorpe@fenholme.gov.uk"]),
], "c")

DOCS_C = [
    ("health visitor new birth record", """SystmOne - Health Visiting - New Birth Visit (Healthy Child Programme, contact 2 of 5)
Lincolnshire Community Health Services NHS Trust - Boston 0-19 Team

Patient: [[JANKAUSKAS, Luka|name]] (M)    DOB [[19-Aug-2025|dob]]    NHS [[433 416 5796|nhs]]
Address: [[31 Tawney Street|address]], [[Boston|place]], [[PE21 6PF|postcode]]
Seen by: [[Emma Skelton|name]], Health Visitor (SCPHN), [[01205 446 120|phone]]
Date of contact: [[01/09/2025|date]] 10:30    Language: Lithuanian, telephone interpreter (DA Languages, ID 55812); mother
also speaks Russian
Present: mother [[Rasa Kazlauskienė|name]] (DOB [[23/08/1990|dob]]); maternal grandmother [[Danutė Petrauskienė|name]],
visiting from [[Šiauliai|place]] until October

Birth: Pilgrim Hospital at 39+2, normal delivery, 3.41 kg. Feeding: mixed (breast and Aptamil First Infant Milk), 6-7 feeds a
day. Weight today 3.58 kg (25th centile). Cord off, jaundice resolved. Newborn blood spot done on day 5 by the community
midwife, [[Agnieszka Wróbel|name]]; hearing screen passed.

Mother: EPDS 13 (above threshold). Tearful; says she is "alone with three children". Partner [[Darius Jankauskas|name]]
(the baby's father) works 12-hour nights at a packhouse in [[Kirton|place]] through an agency. [[Rasa|name]] says
[[Darius|name]] "drinks at weekends, only beer" and sleeps in the day. Routine enquiry about domestic abuse made while
seen alone (grandmother asked to step out, interpreter by phone): answer "no".

Siblings: [[Gabija|name]] (11, Year 7 at [[Haven High Academy|school]]) and [[Matas|name]] (6, Year 2 at [[Staniland
Academy|school]]), whose father [[Tomas Kazlauskas|name]] lives in [[Kaunas|place]]. [[Gabija|name]] was at home during the
visit ("toothache") and translated a few words before I asked her not to. Her front teeth are visibly decayed.

Home: two-bedroom terraced house, privately rented; 6 people while the grandmother stays. Damp in the back bedroom. Baby
sleeps in a Moses basket in the parents' room; safe sleep advice given (Lullaby Trust leaflet in Lithuanian). Smoke alarm
working. Dog (a Staffordshire bull terrier cross called Bruno) kept in the yard.

Plan: 1. EPDS follow-up in 2 weeks; GP, Dr [[Obi|name]], told by task. 2. Discussed with Named Nurse [[Sue Gosling|name]]:
dental decay in [[Gabija|name]] to go to the school nurse and the Community Dental Service; cumulative neglect indicators.
3. Information shared with Fenholme Children's Services with the mother's consent. 4. 6-8 week review on
[[30/09/2025|date]] at the Boston Children's Centre.
[[E. Skelton|name]] HV
"""),
    ("interpreter-assisted visit record", """FENHOLME COUNTY COUNCIL CHILDREN'S SERVICES - HOME VISIT RECORD (INTERPRETER-ASSISTED)
Family: [[Kazlauskienė|name]] / [[Jankauskas|name]]    Address: [[31 Tawney St|address]], [[Boston|place]] [[PE21 6PF|postcode]]
Worker: [[Karen Mablethorpe|name]], Social Worker, Boston Locality Team
Interpreter: [[Ieva Stankevičiūtė|name]] (face to face, Lithuanian)
Date and time: Wednesday [[15 October 2025|date]], 16:00-17:25    Type: Child and Family Assessment visit (announced)
Seen: [[Rasa|name]] (mother), [[Darius|name]] (mother's partner), [[Gabija|name]] (alone in her room, with the interpreter),
[[Matas|name]], baby [[Luka|name]]. Not seen: grandmother [[Danutė|name]], who flew home to Lithuania on [[12/10|date]].

Before we started I checked that Ms [[Stankevičiūtė|name]] did not know the family; she knows of them from the Lithuanian
Saturday school but has no relationship with them. [[Rasa|name]] agreed to go ahead.

With [[Rasa|name]] and [[Darius|name]]: [[Rasa|name]] works days at a packhouse in [[Wyberton|place]] when she can get
childcare (she is on maternity pay now). [[Darius|name]] (DOB [[01.12.1987|dob]]) drives to [[Spalding|place]] for the night
shift in his Audi, UK plate [[FE66 WRD|vehicle]]; the family's old Opel, still on Lithuanian plates ([[KMN 482|vehicle]]), is
parked on the street and not insured. They said [[Gabija|name]] and [[Matas|name]] drink "a lot of juice and Fanta" and that
no dentist in [[Boston|place]] had NHS places, so [[Gabija|name]] last saw a dentist in [[Kaunas|place]] in the summer of
2024, when they visited her father. [[Rasa|name]]'s friend [[Jolanta|name]], who works at the Baltic food shop on [[West
Street|address]], gave them the number of a dentist in [[Spalding|place]] but the waiting list was long. The family had been
to the beach at [[Mablethorpe|place]] on Sunday and [[Matas|name]] showed me his shells.

With [[Gabija|name]] alone: she likes to be called "[[Gabi|name]]". She said her teeth "hurt when I eat ice cream" and she
does not smile in photos. She helps a lot with [[Luka|name]] and with [[Matas|name]] in the mornings ("Mama is tired"). She
said [[Darius|name]] is "OK, not my dad"; he shouts when he drinks on Saturdays but has never hit anyone. She talks to her
dad [[Tomas|name]] on Viber every Sunday ([[+370 612 48305|phone]]) and misses her močiutė [[Danutė|name]]. She wrote her
name for me as "[[Gabija Kazlauskaitė|name]]" and asked me to keep the dot on the ė. She wants to be a vet.

Observations: the house was warm; black mould on the back bedroom wall; six people and a dog in two bedrooms while the
grandmother was here (she slept on the sofa). [[Luka|name]] was clean, alert and handled gently by both parents.

Actions: 1. Dental treatment - the Community Dental Service is writing to us. 2. Ask Haven Marsh District Council's Private
Sector Housing team to inspect (crowding and damp). 3. Offer a Lithuanian-speaking family support worker through the Boston
Family Hub. 4. Next visit [[29/10/2025|date]].
[[K. Mablethorpe|name]], [[01205 310 447|phone]], [[karen.mablethorpe@fenholme.gov.uk|email]]
"""),
    ("dental neglect referral", """COMMUNITY DENTAL SERVICE - DENTAL NEGLECT: REFERRAL TO CHILDREN'S SOCIAL CARE
(stage 3 of the "Child Protection and the Dental Team" framework)

To: Fenholme Children's Services Customer Service Centre; copy to the GP and to [[Emma Skelton|name]] (Health Visitor)
From: [[Priyanka Nair|name]], Specialist in Paediatric Dentistry, Boston Community Dental Clinic
Date: [[3rd November 2025|date]]

Patient: [[Gabija KAZLAUSKAITE|name]]    DOB: [[11th February 2014|dob]]    NHS No: [[999 465 7585|nhs]]
Address: [[31 Tawney Street|address]], [[Boston|place]], Lincs [[PE21 6PF|postcode]]
Parent: [[Rasa KAZLAUSKIENE|name]] (mother), [[07459 830 216|phone]]    School: [[Haven High Academy|school]] (Year 7)

Findings (seen [[28/10/2025|date]] with her mother, brother and the baby; Lithuanian interpreter by phone):
- Caries in 9 of 12 primary teeth present and in both lower first permanent molars; two dental abscesses (lower right).
- Pain disturbing sleep "for months"; taking Calpol "most nights"; eating only soft food. Plaque throughout; says she
  brushes "sometimes". No fluoride varnish before.
- Her brother [[Matas|name]] (6), looked at briefly at his mother's request: visible decay in the upper incisors.

Previous attendance: failed to attend on [[14/05/2025|date]] and [[2 July 2025|date]] (letters were sent in English only).
The family say they did not get the letters; they moved from [[Fishtoft|place]] to [[Tawney Street|address]] in the spring.

Plan: extractions under general anaesthetic listed at Lincoln County Hospital on [[8 Dec 2025|date]]; mother has consented.
I ask the other agencies to consider with you whether this is neglect. The school nurse, [[Claire Fountain|name]], reports
that [[Gabija|name]] often has no packed lunch and her PE kit is not washed. I have told Mrs [[Kazlauskiene|name]] that I am
making this referral and why; she was upset but agreed, and said "[[Gabi|name]] is a good girl, it is my fault, I work too
much". Her partner, Mr [[Jankauskas|name]], was not present.

[[Priyanka Nair|name]]
Specialist in Paediatric Dentistry ([[priyanka.nair2@nhs.net|email]])
"""),
    ("housing tenancy note", """HAVEN MARSH DISTRICT COUNCIL - PRIVATE SECTOR HOUSING - CASE NOTES
Case: PSH/25/01934    Property: [[31 Tawney Street|address]], [[Boston|place]] [[PE21 6PF|postcode]]    Tenure: assured shorthold
Tenants: [[Rasa Kazlauskiene|name]] and [[Darius Jankauskas|name]] (joint tenancy from [[1 March 2025|date]]); 5 occupants
Landlord: Mr [[Gary Dowsing|name]] t/a [[Dowsing|name]] Lettings, [[Hawthorn Tree Farm|address]], [[Sibsey|place]],
[[PE22 0TG|postcode]], tel [[01205 750 318|phone]]
Referred by: [[Karen Mablethorpe|name]] (Children's Services) on [[16/10/2025|date]] - crowding and damp, baby in household

[[21/10/2025|date]] Inspection by [[Liam Pask|name]] (EHO) with a telephone interpreter. HHSRS: Category 1 - damp and mould
growth (rear bedroom, bathroom); Category 2 - crowding and space. Electrical certificate (EICR) expired 2023. Smoke alarm
present; no CO alarm (gas boiler). Mrs [[Kazlauskienė|name]] says she told the landlord about the mould in April on WhatsApp;
screenshots seen ([[10/04/2025|date]], [[3/06/2025|date]]). Mr [[Jankauskas|name]] says the landlord's son, [[Ryan|name]],
told him "if you don't like it go back to Lithuania".
[[23/10/2025|date]] Phoned landlord. Mr [[Dowsing|name]] says the tenants "dry washing inside and never open the windows"
and that he will "sort a dehumidifier". Advised that an Improvement Notice (Housing Act 2004, s.11) is likely; EICR asked
for within 28 days.
[[24/10/2025|date]] Email to [[karen.mablethorpe@fenholme.gov.uk|email]]: inspection outcome; the family's Lincs Homefinder
application supported - band B, medical grounds for baby [[Luka|name]] (wheeze), GP letter awaited.
[[04/11/2025|date]] Landlord emailed from [[gdowsing1962@btinternet.com|email]]: he has served a section 21 notice "as the
tenancy is ending anyway". Served after our inspection, so the retaliatory eviction rules (Deregulation Act 2015, s.33)
apply and the notice is invalid. Told [[Darius|name]] by phone on [[07511 873 204|phone]] not to leave; the tenancy
relations officer, [[Nasrin Akhtar|name]], will write to the landlord.
[[07/11/2025|date]] Improvement Notice served. Copy to Children's Services. Case open. ([[L. Pask|name]])
"""),
]

# --- D. Hüseyin family (Turkish Cypriot), Enfield -------------------------------------------------------------------

HOME_D = d.Address("65 Firs Lane", "Palmers Green", "London", "N13 5QH")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aylin", "Huseyin")], dt.date(2011, 3, 28), [HOME_D], ids=["7187740999", "R308201315290"],
       schools=["Broomfield School"]),
    _p("m", "mother", [("Gulay", "Huseyin"), ("Gulay", "Mustafa")], dt.date(1978, 9, 12), [HOME_D], phones=["07860 215 493"],
       ids=["WL 73 05 92 A"]),
    _p("f", "father", [("Serkan", "Huseyin")], dt.date(1976, 1, 5), phones=["+90 533 862 1470"]),
    _p("s", "sibling", [("Emre", "Huseyin")], dt.date(2008, 6, 17), [HOME_D], ids=["4453331479", "L308403412646", "TH 52 19 83 D"],
       schools=["Edmonton County School"]),
    _p("g", "grandparent", [("Fatma", "Mustafa")], dt.date(1949, 11, 2), [d.Address("23 Bounces Road", "Edmonton", "London", "N9 8JS")]),
    _p("n", "partner", [("Kenan", "Ali")], dt.date(1974, 7, 22)),
    _p("p1", "professional", [("Sophie", "Marangos")], phones=["020 8379 4412"], emails=["sophie.marangos@salmonsbrook.gov.uk"]),
    _p("p2", "professional", [("Declan", "Murphy")], phones=["020 8886 5137"], emails=["declan.murphy@salmonsbrook.gov.uk"]),
], "c")

DOCS_D = [
    ("private fostering notification", """SALMONSBROOK COUNCIL - PRIVATE FOSTERING NOTIFICATION
(Children Act 1989, s.66; Children (Private Arrangements for Fostering) Regulations 2005)
Completed by the private foster carer, with help from the school's Designated Safeguarding Lead

Section 1 - The child
Full name: [[Aylin HÜSEYİN|name]] (school record: [[Aylin Huseyin|name]]; friends call her "[[Ayla|name]]")
Date of birth: [[28/03/2011|dob]]    Nationality: British    Religion: Muslim    Languages: English, Turkish
School: [[Broomfield School|school]], Year 10
Home address: [[65 Firs Lane|address]], [[Palmers Green|place]], [[London|place]] [[N13 5QH|postcode]]
Mother: [[Gülay Hüseyin|name]] (née [[Mustafa|name]]), tel [[07860 215 493|phone]]
Father: [[Serkan Hüseyin|name]], lives in [[Girne|place]] ([[Kyrenia|place]]), North Cyprus, tel [[+90 533 862 1470|phone]]

Section 2 - The private foster carers
Names: Mrs [[Hatice Kaya|name]] (DOB [[02.12.1979|dob]]) and Mr [[Osman Kaya|name]] (DOB [[15.08.1975|dob]])
Address: [[8 Wades Hill|address]], [[Winchmore Hill|place]], [[N21 1BD|postcode]]    Tel: [[07984 112 650|phone]]
Relationship to the child: none - family friends. Our daughter [[Deniz|name]] has been [[Aylin|name]]'s best friend since
Year 7, and I know [[Gülay|name]] from the hairdresser's on [[Green Lanes|address]] where she works.
Others in the household: [[Deniz Kaya|name]] (14); [[Mert Kaya|name]] (19, student at Middlesex University); Mr
[[Kaya|name]]'s mother, [[Emine|name]] ([[Emine|name]] Teyze to the children, 81).

Section 3 - The arrangement
[[Aylin|name]] came to stay with us on Saturday [[6 September 2025|date]] after an argument at home with her mum's partner
([[Kenan|name]] Abi, she calls him). It was meant to be for the weekend. She has now been with us for more than 28 days and
her mother agrees that she can stay until the end of the school year. [[Gülay|name]] gives us £200 a month towards food,
and [[Aylin|name]]'s brother [[Emre|name]] drops her clothes round. [[Aylin|name]] goes for Sunday lunch at her nene's
([[Fatma Mustafa|name]], [[23 Bounces Road|address]], [[Edmonton|place]]) most weeks, and we all went to the Kurban Bayramı
picnic in the park.

Section 4 - Signed
[[Hatice Kaya|name]]    Date: [[13/10/2025|date]]
Witness (school): [[Elizabeth Hunt|name]], DSL, [[Broomfield School|school]], [[ehunt@broomfield.enfield.sch.uk|email]]

FOR OFFICE USE: received by the Private Fostering Officer, [[Sophie Marangos|name]], on [[14.10.25|date]]; visit within 7
working days (by [[23/10/2025|date]]); DBS checks for [[Osman|name]], [[Hatice|name]] and [[Mert|name]]; see [[Aylin|name]]
alone at the first visit.
"""),
    ("email chain with signatures", """From: [[Sophie Marangos|name]] <[[sophie.marangos@salmonsbrook.gov.uk|email]]>
Sent: [[20 November 2025|date]] 17:48
To: [[Declan Murphy|name]] <[[declan.murphy@salmonsbrook.gov.uk|email]]>
Cc: [[Hunt, Elizabeth|name]] <[[ehunt@broomfield.enfield.sch.uk|email]]>
Subject: RE: RE: [[Emre Huseyin|name]] - PSR and his sister

Hi [[Declan|name]],

Yes please - I'm happy for you to use the paragraph below in [[Emre|name]]'s PSR (section 2, background), and
[[Gülay|name]] has agreed. One correction: [[Aylin|name]] is not "in care". She is privately fostered by a family friend in
[[Winchmore Hill|place]] and I visit every six weeks. [[Emre|name]] visits her there on Fridays and he is lovely with her.

Could you also ask [[Emre|name]] whether [[Kenan Ali|name]] has been to [[Firs Lane|address]] since his bail conditions?
[[Aylin|name]] told me that she saw his BMW ([[LX68 PHT|vehicle]]) parked outside on [[16 November|date]].

Thanks,
[[Sophie|name]]

[[Sophie Marangos|name]] (she/her)
Social Worker | Private Fostering and Children in Need | Salmonsbrook Council
[[020 8379 4412|phone]] | Civic Centre, [[Silver Street|address]], [[Enfield|place]] [[EN1 3XA|postcode]]
I work Monday to Thursday. If this is urgent please contact the Duty Desk.

-----Original Message-----
From: [[Declan Murphy|name]]
Sent: [[19 November 2025|date]] 09:15
To: [[Marangos, Sophie|name]]
Subject: RE: [[Emre Huseyin|name]] - PSR and his sister

Morning [[Sophie|name]] - I'm writing [[Emre|name]]'s pre-sentence report for Highbury Corner Youth Court on [[4 Dec|date]]
(robbery, he's 17). He keeps saying "my little sister's living with strangers because of me". Is that right? I'd like to
say something accurate about the family. Also, his mum says his dad [[Serkan|name]] has offered to have him in
[[Girne|place]] - any view? (No travel allowed while he's on bail anyway.)

Cheers
[[Dec|name]]

[[Declan Murphy|name]] | Youth Justice Officer | Salmonsbrook Youth Justice Service | [[020 8886 5137|phone]]
This email and any attachments are confidential and intended solely for the addressee.

-----Original Message-----
From: [[Elizabeth Hunt|name]]
Sent: [[18 November 2025|date]] 16:02
To: [[Sophie Marangos|name]]
Subject: [[Aylin|name]] - Year 10 update

Dear [[Sophie|name]],
A quick update before the private fostering review. [[Aylin|name]]'s attendance since she moved to Mrs [[Kaya|name]]'s is 98%
(84% last year). Her form tutor, Mr [[Papadopoulos|name]], says she is "a different girl", and she has started GCSE Turkish
on Saturdays. One worry: on [[13/11|date]] she was upset after a call from her dad, who wants her to spend Christmas in
[[Girne|place]] with him and his new wife, [[Ece|name]]. She is scared he won't send her back, as happened to her cousin
[[Selin|name]].
Kind regards,
[[Liz Hunt|name]]
Designated Safeguarding Lead | [[Broomfield School|school]] | [[ehunt@broomfield.enfield.sch.uk|email]]
"""),
    ("pre-sentence report extract", """SALMONSBROOK YOUTH JUSTICE SERVICE
PRE-SENTENCE REPORT (extract: sections 1 and 2)
Name: [[Emre HUSEYIN|name]]    DOB: [[17 June 2008|dob]]    Age: 17    NI number: [[TH 52 19 83 D|ni]]
Address: [[65 Firs Lane|address]], [[London|place]] [[N13 5QH|postcode]]    Court: Highbury Corner Youth Court, [[4 December
2025|date]]
Offences: robbery (Theft Act 1968, s.8) and possession of an offensive weapon (Prevention of Crime Act 1953, s.1), both on
[[9 August 2025|date]]. Guilty pleas at the first opportunity, [[2 October 2025|date]].
Author: [[Declan Murphy|name]], Youth Justice Officer. Sources: interviews with [[Emre|name]] ([[12.11.2025|date]] and
[[19.11.2025|date]]); his mother; CPS papers; AssetPlus; school and CAMHS records.

1. Offence analysis
At about 21:30 on [[9 August 2025|date]] [[Emre|name]] and two other youths approached a 15-year-old boy at the bus stop on
[[Fore Street|address]], [[Edmonton|place]], and took his e-scooter and his phone. [[Emre|name]] had a screwdriver in his
waistband, which he says he "carries for the scooter" but which he showed to the victim. The victim's statement says he
now avoids [[Edmonton Green|place]] and has had panic attacks. [[Emre|name]] names one of the others as "[[Bekir|name]]"
but will not name the third. He says he owed £250 to an older boy from [[Tottenham|place]] and "needed to look like I could
handle myself". He said: "I'm not that guy. My nene cried in court. I'm ashamed."

2. Background
[[Emre|name]] is the older of the two children of [[Gülay Hüseyin|name]] and [[Serkan Hüseyin|name]], who separated when he
was 10. His father went back to North Cyprus in 2022 and runs a car hire business in [[Girne|place]]; they speak on
WhatsApp. His mother is a hairdresser in [[Palmers Green|place]]; her partner, [[Kenan Ali|name]], moved in in 2023.
[[Emre|name]] and Mr [[Ali|name]] "clash"; police were called on [[30 August 2025|date]] after an argument in which Mr
[[Ali|name]] is said to have thrown a glass at [[Emre|name]]. His sister [[Aylin|name]] (14) is privately fostered by a
family friend. [[Emre|name]] is close to his maternal grandmother, [[Fatma|name]] Nene, in [[Edmonton|place]], and to his
uncle, [[Hasan|name]] Dayı, who has offered him work at his kebab shop in [[Enfield Lock|place]].
He left [[Edmonton County School|school]] in July 2024 with four GCSEs and started a Level 2 motor vehicle course at the
[[College of Haringey, Enfield and North East London|school]] ([[CONEL|school]]) but stopped going in March. He was
diagnosed with ADHD in 2022 and prescribed Elvanse, which he has stopped taking. He plays Sunday league football, wants to
be a mechanic like his dad, and has had a mentor from the St Giles Trust, [[Yusuf Demir|name]], since September.
"""),
    ("court position statement", """IN THE FAMILY COURT SITTING AT EDMONTON    Case number: ZE25P01642
IN THE MATTER OF THE CHILDREN ACT 1989
AND IN THE MATTER OF [[AYLIN HUSEYIN|name]] (A GIRL, BORN [[28.03.2011|dob]])
BETWEEN
[[SERKAN HÜSEYİN|name]]    Applicant (father)
- and -
[[GÜLAY HÜSEYİN|name]]    Respondent (mother)

POSITION STATEMENT ON BEHALF OF THE MOTHER
for the First Hearing Dispute Resolution Appointment on [[15 December 2025|date]] before District Judge [[Kyriacou|name]]

1. The mother is represented by [[Eleni Georgiou|name]] of counsel, instructed by [[Ahmet Yılmaz|name]] of [[Yılmaz|name]]
& Co. The father acts in person and will attend by video from [[Girne|place]].

2. The father applies for a specific issue order to take [[Aylin|name]] to the north of Cyprus for the Christmas holidays,
from [[20 December 2025|date]] to [[4 January 2026|date]]. The mother opposes the application and asks the court to make a
prohibited steps order.

3. The mother's reasons, in summary:
(a) an order of this court could not readily be enforced in the north of the island, which is outside the effective
control of the Republic of Cyprus, a 1980 Hague Convention state;
(b) [[Aylin|name]]'s wishes: she told the Cafcass officer, Ms [[Rebecca Sainsbury|name]], that she "wants to see Baba, but
here, not there";
(c) the father's niece, [[Selin Hüseyin|name]], went to [[Güzelyurt|place]] for a holiday in 2023 and did not come back (the
mother exhibits a Facebook post);
(d) the father has not seen [[Aylin|name]] in person since he left in 2022 and pays no child maintenance.

4. The mother does not oppose contact. She proposes video calls twice a week and that the father visits [[London|place]],
staying with his brother, Mr [[Mehmet Hüseyin|name]], at [[14 Cannon Hill|address]], [[Southgate|place]], [[N14
6LG|postcode]], with [[Aylin|name]] spending days with him.

5. Safeguarding: the Cafcass safeguarding letter of [[24 November 2025|date]] records the local authority's involvement
([[Aylin|name]] is privately fostered by Mr and Mrs [[Kaya|name]]) and a police call-out to the mother's home on
[[30/08/2025|date]] involving her then partner, Mr [[Kenan ALI|name]]. He has left the home and the mother accepts that she
must keep the children safe from him.

6. Passport: [[Aylin|name]]'s British passport is held by the mother's solicitors. The father holds a TRNC identity card
for her; the mother asks that he be directed to lodge it with his response.

7. Directions sought: a section 7 report; a Turkish interpreter for the father at every hearing (contact number for the
court: [[+90 533 862 1470|phone]]); the next hearing on the first open date after [[2 February
2026|date]].

[[ELENI GEORGIOU|name]]
[[12 December 2025|date]]
"""),
]

# --- E. Al-Khatib / Haddad family (Syrian), Coventry ----------------------------------------------------------------

HOME_E = d.Address("88 Eagle Street", "Foleshill", "Coventry", "CV1 4GY")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Lana", "Al-Khatib")], dt.date(2016, 4, 9), [HOME_E], ids=["9704026803", "L331224020834"],
       schools=["Frederick Bird Primary School"]),
    _p("m", "mother", [("Rasha", "Haddad")], dt.date(1989, 10, 2), [HOME_E], phones=["07442 906 137"],
       ids=["6893288042", "PW 26 84 31 C"]),
    _p("f", "father", [("Mohammad", "Al-Khatib")], dt.date(1984, 1, 1), [HOME_E], phones=["07377 540 882"]),
    _p("s", "sibling", [("Yaman", "Al-Khatib")], dt.date(2012, 12, 15), [HOME_E], ids=["4873499305", "C331400319761"],
       schools=["Sidney Stringer Academy"]),
    _p("s2", "sibling", [("Karam", "Al-Khatib")], dt.date(2021, 6, 21), [HOME_E], ids=["7255118488"]),
    _p("g", "grandparent", [("Fatima", "Al-Khatib")]),
    _p("p1", "professional", [("Helen", "Bramwell")], phones=["024 7697 7210"], emails=["helen.bramwell@sowevalley.gov.uk"]),
    _p("p2", "professional", [("Niamh", "Costello")], emails=["niamh.costello@nhs.net"]),
], "c")

DOCS_E = [
    ("school nurse contact record", """SOWE VALLEY 0-19 SERVICE - SCHOOL NURSING - CONTACT RECORD
Child: [[Lana AL-KHATIB|name]]    DOB [[09/04/2016|dob]]    NHS [[970 402 6803|nhs]]    UPN [[L331224020834|upn]]
School: [[Frederick Bird Primary School|school]], Year 5    Address: [[88 Eagle St|address]], [[Foleshill|place]], [[CV1 4GY|postcode]]
Seen by: [[Niamh Costello|name]], School Staff Nurse    Date: [[14/10/2025|date]]    Interpreter: not needed for the child

Reason: her class teacher, Mrs [[Kaur|name]], reports that [[Lana|name]] has wet herself in class three times since the
summer, falls asleep at her desk and has lost weight (her uniform is loose). [[Lana|name]] told me she "doesn't like the
night" because she dreams "about the boat and the fire". (The family came from [[Homs|place]] by way of [[Zahlé|place]] in
Lebanon in 2019, under the Vulnerable Persons Resettlement Scheme.) She says her baba has been "angry all the time" since he
lost his job at the car wash, and that mama cries in the kitchen. She shares a bedroom with [[Karam|name]] (4), whose
coughing wakes her, and says her big brother [[Yaman|name]] "goes out at night on his bike". She wrote her name for me in
Arabic, [[لانا|name]], and drew a cat.

Measurements: height 132 cm (50th centile), weight 25.1 kg (9th; was 25th in Reception). Urinalysis negative. No marks seen
on arms or face.

Plan: 1. Enuresis pathway (ERIC leaflets in Arabic). 2. Phoned mother, [[Rasha Haddad|name]] ([[07442 906 137|phone]]), with
an Arabic interpreter on [[15/10/2025|date]]. Mum (she gave her name as Um [[Yaman|name]]) said [[Lana|name]] has eaten
little since the summer and that she is worried too; she is 24 weeks pregnant and tired, and her husband [[Mohammad|name]]
is "under pressure" after a Universal Credit sanction. 3. Discuss at the Team Around the Family meeting (consent given).
4. Refer to CAMHS (Coventry and Warwickshire Partnership NHS Trust) for a trauma assessment. 5. Review [[4/11/2025|date]].
[[N. Costello|name]] SSN, [[niamh.costello@nhs.net|email]]
"""),
    ("team around the family notes", """TEAM AROUND THE FAMILY (TAF) MEETING - NOTES
Family: [[AL-KHATIB|name]] / [[HADDAD|name]]    Venue: Foleshill Family Hub    Date: Tuesday [[4 November 2025|date]], 13:30
Lead professional: [[Waleed Hamdan|name]], Family Support Worker, Sowe Valley Early Help (Arabic speaker; interpreted)
Present: [[Rasha Haddad|name]] (mum); [[Mohammad Al-Khatib|name]] (dad, joined at 13:50); [[Niamh Costello|name]] (School
Nurse); [[Gemma Stanton|name]] (Inclusion Lead, [[Frederick Bird|school]]); [[Omar Zaidan|name]] (Pastoral Manager,
[[Sidney Stringer Academy|school]]); [[Farah|name]] from the Coventry Refugee and Migrant Centre. Apologies: GP, midwife.

1. The family's hopes: "[[Lana|name]] to sleep and be happy, [[Yaman|name]] to stay safe, a bigger house before the baby,
and work for Abu [[Yaman|name]]."

2. Updates
- School nurse: [[Lana|name]]'s weight stable at 25.3 kg; wetting less since the night-light and the ERIC plan. She sleeps
  in mum's bed most nights.
- [[Frederick Bird|school]] ([[Gemma|name]]): attendance 94%. [[Lana|name]] loves art and drew her grandmother's lemon tree
  in [[Homs|place]]. Teta ([[Fatima|name]], paternal grandmother) lives in [[Gaziantep|place]] in Turkey; they video-call on
  Fridays.
- [[Sidney Stringer Academy|school]] ([[Omar|name]]): [[Yaman|name]] (12, Year 8) has had three suspensions for fighting; he
  says boys call him "refugee". Police saw him at 23:00 on [[25/10/2025|date]] on a moped in [[Hillfields|place]] with older
  boys and took him home. Referred to the Positive Youth Foundation.
- Dad: [[Mohammad|name]] was a car mechanic in [[Homs|place]]. He lost his job at a car wash in [[Bell Green|place]] in
  August, and his Universal Credit was sanctioned for a missed Jobcentre appointment when [[Karam|name]] was in hospital
  with asthma. He said: "In Syria a father is respected. Here my son shouts at me."
- Mum: due on [[31 January 2026|date]]. Feels alone; her sister [[Dima|name]] is in [[Amman|place]] and her brother
  [[Bassel|name]] in [[Hamburg|place]] ([[+49 176 2345 6789|phone]]). She goes to the women's coffee morning at the mosque
  on [[Stoney Stanton Road|address]].

3. Plan (agreed with the family)
- [[Waleed|name]]: housing transfer application; Universal Credit sanction appeal; ESOL for both parents at [[Coventry
  College|school]].
- [[Niamh|name]]: enuresis review on [[2 Dec|date]]; CAMHS referral for [[Lana|name]] accepted (14-week wait).
- [[Omar|name]]: mentoring for [[Yaman|name]]; find out who the older boys are (one is called "[[Jayden|name]]").
- Dad: Syrian fathers' group at the Coventry Refugee and Migrant Centre on Thursdays.
- Next TAF: [[16/12/2025|date]], same venue.
Notes by [[W. Hamdan|name]] ([[waleed.hamdan@sowevalley.gov.uk|email]], [[024 7668 3391|phone]]).
"""),
    ("midwife pre-birth concern", """UNIVERSITY HOSPITALS COVENTRY AND WARWICKSHIRE NHS TRUST - MATERNITY SERVICES
SAFEGUARDING: PRE-BIRTH CONCERN - REFERRAL TO CHILDREN'S SERVICES (community midwifery)

Mother: [[Rasha HADDAD|name]]    DOB [[02/10/1989|dob]]    NHS [[689 328 8042|nhs]]    EDD: [[31/01/2026|date]]
Gestation at referral: 27+4    G4 P3    Language: Arabic (Levantine) - interpreter needed
Address: [[88 Eagle Street|address]], [[Foleshill|place]], [[Coventry|place]] [[CV1 4GY|postcode]]    Mobile: [[07442 906 137|phone]]
Partner: [[Mohammad AL KHATIB|name]] (spelt [[Mohamad Alkhatib|name]] on the GP record), DOB [[01/01/1984|dob]]
Named midwife: [[Joanne Hurst|name]], Community Midwife, [[07401 882 613|phone]]

Concerns
1. Mental health: PHQ-9 of 16 at booking on [[18 August 2025|date]]. Says she "sees the bombing" when she hears fireworks
   (Bonfire Night and Diwali were "very bad"). Postnatal depression after [[Karam|name]] (born [[21.06.2021|dob]] at UHCW).
2. Domestic abuse: at the 25-week appointment on [[30 October 2025|date]], seen alone with a female interpreter (Language
   Empire, ID 2214), [[Rasha|name]] said her husband "pushed me out of the way" during an argument about money, and that he
   shouts at [[Yaman|name]]; no injury; she does not want the police. DASH 9 (standard). Coventry Haven details given; safe
   number agreed ([[07359 260 471|phone]], her friend [[Hanan|name]]'s).
3. Gestational diabetes (diet-controlled) and anaemia; missed the glucose tolerance test on [[3 Oct|date]] (no childcare).
4. Housing: three-bedroom house, six people after the birth; damp.
5. Older children known to Early Help (TAF, lead [[Waleed Hamdan|name]]) and to school nursing ([[Lana|name]], enuresis).

Strengths: both parents come to appointments when reminded and are warm with the children; [[Mohammad|name]] came to the
scan on [[9 Oct|date]] and asked about ESOL for fathers; a supportive mosque community; her friend [[Hanan Darwish|name]]
lives nearby in [[Stoke|place]].

Asked for: a pre-birth assessment. Perinatal Mental Health Team referral sent [[31/10/2025|date]].
Referrer: [[J. Hurst|name]], Community Midwife, [[joanne.hurst@uhcw.nhs.uk|email]]
Safeguarding Midwife informed: [[Tracey Gill|name]]
"""),
    ("section 47 outcome letter", """Sowe Valley City Council - Children's Services - Foleshill Area Team

Mr [[Mohammad Al-Khatib|name]] and Ms [[Rasha Haddad|name]]
[[88 Eagle Street|address]]
[[Foleshill|place]]
[[Coventry|place]]
[[CV1 4GY|postcode]]

[[28th November 2025|date]]

Dear Mr [[Al-Khatib|name]] and Ms [[Haddad|name]],

Outcome of the child protection enquiry (section 47, Children Act 1989) about [[Lana|name]], [[Yaman|name]], [[Karam|name]]
and your unborn baby

Thank you for meeting me at home on [[12 November|date]] and [[19 November|date]] with the interpreter, Mr [[Nasser|name]],
and for letting me talk with [[Yaman|name]] and [[Lana|name]] on their own. I know that this enquiry worried you, and that
[[Mohammad|name]] felt we were saying he is a bad father.

Why we made enquiries: on [[5 November 2025|date]] the midwife told us that [[Rasha|name]] had been pushed during an argument,
and on [[6 November 2025|date]] [[Yaman|name]] told his Pastoral Manager, Mr [[Zaidan|name]], that his father had hit him
with a belt.

What we found: [[Yaman|name]] had a bruise on his upper arm which a paediatrician, Dr [[Eleanor Whitcombe|name]], saw on [[7
November|date]] at University Hospital Coventry; she said it fitted what [[Yaman|name]] told us. [[Mohammad|name]] told me
that he hit [[Yaman|name]] once, when he came home at midnight, and that he is ashamed. [[Lana|name]] said she feels safe with
both of you and is frightened of "the big boys" [[Yaman|name]] goes out with.

Outcome: [[Yaman|name]] has suffered significant harm, but we think the risk of it happening again can be managed through a
Child in Need plan with your agreement, rather than a child protection conference. My manager, [[Paul Greaves|name]], agreed
this on [[26/11/2025|date]].

The plan: (1) [[Mohammad|name]] to attend the Respect Young People's Programme sessions with [[Yaman|name]]; (2) [[Yaman|name]]
to be offered a worker from the Exploitation and Missing team; (3) a pre-birth assessment for the baby, with your midwife,
[[Joanne Hurst|name]]; (4) a letter from us supporting your housing transfer. The first Child in Need meeting is on [[10
December 2025|date]] at 10:00 at [[Frederick Bird Primary School|school]].

If you disagree with anything in this letter, please ring me on [[024 7697 7210|phone]] or write to me. You can also make
a complaint, or ask the Coventry Refugee and Migrant Centre for help with this.

Yours sincerely,
[[Helen Bramwell|name]]
Social Worker, Sowe Valley Children's Services
[[helen.bramwell@sowevalley.gov.uk|email]]

Arabic copy enclosed - نسخة باللغة العربية مرفقة. الأطفال: [[لانا|name]]، [[يمان|name]]، [[كرم|name]]
"""),
]

# --- F. Thrower / Howes family (white British), Great Yarmouth ------------------------------------------------------

HOME_F = d.Address("Flat 2, 41 Nelson Road Central", "", "Great Yarmouth", "NR30 2HA")
TAYLA_F = d.Address("Flat 5, 9 Alexandra Road", "", "Great Yarmouth", "NR30 2HW")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Thrower")], dt.date(2010, 1, 27), [HOME_F], ids=["7476979141", "Y926407114808"],
       schools=["Great Yarmouth Charter Academy"]),
    _p("m", "mother", [("Stacey", "Howes")], dt.date(1991, 6, 8), [HOME_F], phones=["07555 341 908"], ids=["NR 61 38 27 B"]),
    _p("f", "father", [("Lee", "Thrower")], dt.date(1988, 11, 14),
       [d.Address("21 Beccles Road", "Gorleston", "Great Yarmouth", "NR31 0HD")], phones=["07826 449 012"], ids=["JE 88 14 56 A"]),
    _p("s", "sibling", [("Summer", "Thrower")], dt.date(2019, 8, 3), [HOME_F], ids=["6649020710", "E926231823059"],
       schools=["Edward Worlledge Ormiston Academy"]),
    _p("s2", "sibling", [("Tayla", "Howes")], dt.date(2007, 3, 19), [TAYLA_F], ids=["4733311389", "U926406211518", "HY 40 72 19 C"]),
    _p("g", "grandparent", [("Sandra", "Howes")], dt.date(1968, 2, 2), [d.Address("7 Tan Lane", "", "Caister-on-Sea", "NR30 5DT")]),
    _p("n", "partner", [("Craig", "Blyth")], dt.date(1985, 4, 30)),
    _p("p1", "professional", [("Jodie", "Balls")], phones=["01493 846 210"], emails=["jodie.balls@breydon.gov.uk"]),
    _p("p2", "professional", [("Beth", "Goffin")], phones=["07588 301 962"], emails=["beth.goffin@breydon.gov.uk"]),
], "c")

DOCS_F = [
    ("prevent referral", """PREVENT NATIONAL REFERRAL FORM - OFFICIAL-SENSITIVE
Referrer: [[Shannon Thirtle|name]], Designated Safeguarding Lead, [[Great Yarmouth Charter Academy|school]],
[[01493 721 350|phone]]    Date: [[24/10/2025|date]]

Individual: [[Kayden THROWER|name]] (known as "[[Kaydo|name]]")    DOB: [[27/01/2010|dob]]    Gender: M    Year 11
UPN: [[Y926407114808|upn]]    NHS: [[747 697 9141|nhs]]
Address: [[Flat 2, 41 Nelson Road Central|address]], [[Great Yarmouth|place]], [[NR30 2HA|postcode]]
Parent: [[Stacey Howes|name]] (mother), [[07555 341 908|phone]] - told of the referral on [[23/10|date]]
Other agencies: Children's Services (Child in Need; social worker [[Jodie Balls|name]]); his father is on licence (Probation).

What has been seen or heard
- [[13 October 2025|date]]: in a History lesson on the Holocaust, [[Kayden|name]] said "it's all exaggerated" and that
  "Britain is being replaced", and would not stop. His teacher, Mr [[Gowing|name]], recorded it on CPOMS.
- [[16/10/2025|date]]: a student, [[Ellie-May Cubitt|name]], showed staff a Snapchat story from [[Kayden|name]]'s account: a
  video of a flag-waving march with the words "remigration now" and a meme about "the hotel on the seafront".
- [[20/10/2025|date]]: [[Kayden|name]] told his tutor he is "in a Telegram group with lads from [[Lowestoft|place]] and
  [[Norwich|place]]", and that an older man called "[[Woody|name]]" sends him videos and has offered to drive him to a
  "demo" in [[Ipswich|place]]. He has drawn a sun-wheel symbol on his planner.

Vulnerabilities: his father, [[Lee Thrower|name]], left HMP Norwich in July on licence; his mother's partner, [[Craig
Blyth|name]], has a history of domestic abuse (MARAC in September); [[Kayden|name]] has ADHD (not medicated), was
permanently excluded from [[Ormiston Venture Academy|school]] in Year 8, and spends most evenings on his Xbox and on
Discord. He says he has "no mates in [[Yarmouth|place]]" since his best friend [[Harvey|name]] moved to [[Lowestoft|place]].
Protective factors: close to his nan, [[Sandra Howes|name]], in [[Caister|place]], who takes him fishing off Britannia Pier;
loves his little sister [[Summer|name]] (6); good at motor vehicle work at the alternative provision.

Referrer's view: mixed or unclear ideology, probably extreme right-wing; susceptible to older men online.

For police use: received by PS [[Dean Kerrison|name]], Prevent Officer, on [[24.10.25|date]]. Gateway assessment
completed; to the Channel panel (chaired by Breydon County Council) on [[11 November 2025|date]].
"""),
    ("probation iom contact log", """nDelius - CONTACT LOG - Integrated Offender Management (East of England)
Case: [[Lee THROWER|name]]    CRN: X437219    DOB: [[14/11/1988|dob]]    NI: [[JE 88 14 56 A|ni]]
Licence: released [[11/07/2025|date]] from HMP Norwich (ABH and burglary); sentence expiry [[10/01/2027|date]]
Approved address: [[21 Beccles Road|address]], [[Gorleston|place]], [[NR31 0HD|postcode]] (his mother's, Mrs [[Pauline
Thrower|name]])
Probation Practitioner: [[Gary Spall|name]]    IOM police officer: PC [[Hannah Eastaugh|name]]

[[03/11/2025|date]] 10:00 Office appointment, [[Great Yarmouth|place]] Probation Office. Attended on time. IOM drug test
negative for opiates, positive for cannabis. Says he is working cash-in-hand on the rides at the Pleasure Beach and helping
his mate [[Darren Sutton|name]] ("[[Dazza|name]]") with house clearances.
Discussed his son, [[Kayden|name]]: [[Lee|name]] had a call from the school about Prevent. He denies showing [[Kayden|name]]
any "political stuff" and says "he gets it off the internet, not me". He has a St George's cross tattoo and says he is "a
patriot, not a racist". Explored; he agreed to meet the Prevent officer with the social worker.
Licence conditions reviewed: no direct contact with [[Stacey Howes|name]] except through Children's Services about the
children; contact with [[Kayden|name]] and [[Summer|name]] only as agreed by Children's Services. He says he saw
[[Kayden|name]] on Wellington Pier on [[1 Nov|date]] "by chance".
Vehicle: [[Lee|name]] is using a white Ford Transit, [[AO12 KLT|vehicle]], registered to [[Pauline Thrower|name]]; he is
disqualified from driving until March.
Action: tell PC [[Eastaugh|name]]; share with Children's Services ([[jodie.balls@breydon.gov.uk|email]]). ([[G. Spall|name]])

[[10/11/2025|date]] 14:30 Home visit with PC [[Eastaugh|name]]. [[Lee|name]] at home with his mother, Mrs [[Thrower|name]].
The van was outside; [[Lee|name]] said his mate drives it. Mr [[Thrower|name]] said that [[Craig|name]] ([[Stacey|name]]'s
partner) "is the one you want to be worried about" and that [[Craig|name]] has been "knocking [[Stace|name]] about".
Passed to the MARAC coordinator the same day. Mobile now [[07826 449 012|phone]]. Next appointment [[17/11/2025|date]].
"""),
    ("marac referral", """MARAC REFERRAL FORM - Breydon MARAC
Referring agency: Leeway Domestic Violence and Abuse Services (IDVA service)
Referrer: [[Kirsty Gedge|name]], IDVA, [[01603 224 517|phone]]    Date: [[12 November 2025|date]]
Reason: DASH 16 (high risk) and professional judgement; repeat referral (last heard at MARAC on [[10 September
2025|date]])

Victim: [[Stacey HOWES|name]]    DOB [[08/06/1991|dob]]    NI [[NR 61 38 27 B|ni]]
Address: [[Flat 2, 41 Nelson Rd Central|address]], [[Great Yarmouth|place]] [[NR30 2HA|postcode]]
Safe contact: [[07555 341 908|phone]] (text first - she says [[Craig|name]] checks her phone)
Children in the household: [[Kayden Thrower|name]] (15), [[Summer Thrower|name]] (6, Year 2 at [[Edward
Worlledge Ormiston Academy|school]]). Older daughter [[Tayla Howes|name]] (18, care leaver) lives nearby on [[Alexandra
Road|address]].
Alleged perpetrator: [[Craig BLYTH|name]]    DOB [[30/04/1985|dob]]    No fixed address (stays with the victim and at his
brother's in [[Bradwell|place]])    Vehicle: silver Vauxhall Astra, [[AU15 FXR|vehicle]]

What happened: at about 23:00 on [[8 Nov|date]] [[Craig|name]] came home drunk, accused [[Stacey|name]] of messaging
[[Lee|name]] ([[Kayden|name]]'s dad) and held her by the throat against the fridge (non-fatal strangulation). [[Summer|name]]
was in the room. [[Kayden|name]] pulled [[Craig|name]] off and was punched in the face. Norfolk Constabulary attended;
[[Craig|name]] was arrested and bailed not to go to [[Nelson Road Central|address]], but the neighbour in flat 1, Mrs
[[Brenda Knights|name]], saw him outside on [[10 Nov|date]].
Risk factors: strangulation; escalation; recent separation; jealousy and checking her phone; threats to "end it" and to
take [[Summer|name]] (he is not her father); cocaine use; his XL Bully, Tyson, kept in the flat to intimidate her.
[[Stacey|name]]'s words: "I just want him gone. I'm scared for the kids. My mum [[Sandra|name]] says move in with her in
[[Caister|place]] but there's no room."
Asked for: Sanctuary scheme (locks on doors and windows); police marker on the address; Children's Services (SW [[Jodie
Balls|name]]) aware; housing options; GP, Dr [[Amit Shah|name]], aware; consider a Domestic Abuse Protection Order.
"""),
    ("pathway plan in young person's words", """BREYDON COUNTY COUNCIL - LEAVING CARE SERVICE - PATHWAY PLAN REVIEW: "MY PLAN, IN MY WORDS"
Young person: [[Tayla Howes|name]]    DOB: [[19/03/2007|dob]]    NHS: [[473 331 1389|nhs]]
Personal Adviser: [[Beth Goffin|name]], [[07588 301 962|phone]]    Review date: [[20th Nov 2025|date]]
Status: former relevant child (s.23C Children Act 1989)

About me
My name is [[Tayla|name]] but everyone calls me [[Tay|name]]. I'm 18. I came into care when I was 13 after all the stuff with
mum and [[Lee|name]] (my step dad then, [[Kayden|name]] and [[Summer|name]]'s dad). I lived with my foster carers [[Julie|name]]
and [[Mick Gunton|name]] in [[Martham|place]] for 4 years and I still go there for sunday dinner. [[Julie|name]] is basically
my mum now lol. I'm proud I got my level 2 in Childcare at [[East Coast College|school]].

Where I live
I moved into my flat at [[5/9 alexandra rd|address]] ([[NR30 2HW|postcode]]) in August. Its small but its mine. Rent is paid
by UC housing element. The damp is back in the bathroom and my neighbour [[Kev|name]] downstairs plays music till 3am.

My family
Mum ([[Stacey|name]]) is back with [[Craig|name]] and I HATE it. I worry about [[kaydz|name]] and [[Summer|name]]. [[Kayden|name]]
comes round mine when it kicks off and sleeps on my sofa, I'm not meant to have him overnight really?? [[Beth|name]] says I
need to tell his social worker [[Jodie|name]]. My nan [[Sandra|name]] is the best, she lives in [[caister|place]] and I go
on the X1 bus.

Money
I get Universal Credit. I did a budgeting session with [[Beth|name]]. I owe EE £180 and a lad called [[Jordan|name]] £50.
I need my NI number for the summer job at Great Yarmouth Pleasure Beach, its [[HY 40 72 19 C|ni]] ([[Beth|name]] found it
on an old letter).

Health
I'm on sertraline from Dr [[Shah|name]]. I'm 14 weeks pregnant!! Due about [[28 May 2026|date]]. Baby's dad is
[[Connor|name]], he's in the army at [[Catterick|place]].

My goals
- get my provisional and do my theory test
- do a level 3 at college
- a bigger flat before the baby, maybe in [[Martham|place]] near [[Julie|name]] and [[Mick|name]]

What [[Beth|name]] (my PA) will do
- apply for the rest of my Setting Up Home Allowance (£650 left) for a cot and pram
- ring housing about the damp and email me ([[beth.goffin@breydon.gov.uk|email]])

Signed: [[T Howes|name]]    [[20/11/25|date]]
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 9 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 03:28 UTC, read since)"


_TITLES = {"bibi", "biji", "ji", "chacha", "chachi", "nani", "nanaji", "dadi", "masi", "bhua", "paji", "veerji", "bhenji",
           "auntie", "aunty", "uncle", "papa", "mama", "maame", "wofa", "pastor", "deacon", "sister", "močiutė", "mociute",
           "senelis", "teta", "dėdė", "nene", "teyze", "abla", "abi", "hala", "amca", "dayı", "dayi", "yenge", "dede", "um",
           "umm", "abu", "jiddo", "khalto", "ammo", "nanny", "nan", "grandad", "grandma", "district", "judge", "ps", "pc",
           "dc", "dr", "mr", "mrs", "ms", "miss", "nurse", "sw", "cllr"}
_AFTER = {"ji", "teyze", "abi", "abla", "amca", "dayı", "dayi", "hala", "nene", "yenge", "aunty", "auntie", "kaka", "bey",
          "hanım", "sahib"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "india", "punjab", "ghana", "ashanti",
               "lithuania", "cyprus", "north cyprus", "northern cyprus", "trnc", "turkey", "türkiye", "syria", "lebanon",
               "jordan", "germany", "west midlands", "staffordshire", "surrey", "greater london", "middlesex",
               "lincolnshire", "lincs", "norfolk", "suffolk", "warwickshire", "east of england"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 8's checker (which runs set 7's and set 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this
# set's own kinship words (before a name, and after one: "Fatma Nene", "Kenan Abi", "Surjit ji") and counties.
_SET = HandSet(NAME, _PAIRS, _RECORDS, set8_problems, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
