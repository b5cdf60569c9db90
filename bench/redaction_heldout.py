"""A held-out hand-written set for the redaction detector: six invented families, written in one sitting.

Written on the evening of 2026-11-22 by a helper session that was told NOT to open, read, grep or run
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, hearth/redaction/tests/* or bench/bench_redaction.py, and
not to run the detector on these documents or look at its output on anything. The only things read from the project
were the markup format, the `_party` / `_parse` / `_docs` helpers and the record constructors at the top and bottom of
bench/redaction_handwritten.py (whose documents, people and sentences are not reused here). Nobody may tune the
detector on this set: it measures how the detector does on text it was never shaped for. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families (Polish in Peterborough, Nigerian in Birmingham, Pakistani in Bradford, Irish Traveller in Warrington,
Vietnamese in Hull, Scottish in Carlisle), each with a case record, and 23 documents in children's social care styles
(assessment, health visitor note, police notification, school safeguarding log, youth justice update, WhatsApp export,
return home interview, conference report, MASH referral form, family group conference plan, CAMHS letter, supervision
record, housing email, grandparent's complaint, probation update, Traveller education note, placement referral,
initial health assessment, looked-after review minutes, published practice review extract, pathway plan in a young
person's words, text messages, court position statement). All people, addresses, phone numbers (Ofcom drama ranges),
NHS numbers (the never-issued 999 range, valid check digit), UPNs (valid check letter) and NI numbers are invented.
Councils are invented (Fenmarsh, Tamebridge, Westfell, Weaverside, Humberfield, Edenfell); towns, real charities,
brands, NHS bodies and laws are real and must stay.

Markup: [[words|kind]] is a gold span of that kind (name, address, postcode, place, school, phone, email, dob, date,
nhs, upn, ni, vehicle); everything else is text that should stay. Conventions used: titles, roles and kinship words
(Mr, Mrs, Dr, PC, DC, HHJ, Nurse, Pastor, Aunty, Uncle, nana, Dadi, the Vietnamese "chị" and "em") stay outside the name
span; a possessive 's (or a bare s in texting) stays outside; every person's name is a name, professionals and people
not in the record included, in every form (first name, surname, nickname in quotes, lower case, upper case, misspelt,
"Surname, First", a name inside a business name such as a salon's); initials alone and pseudonyms ("Child L") are not
marked; a street address is one span, its town a place and its postcode a postcode; towns, cities, villages and
districts (in England or abroad) are places, countries and counties are not; the name of an organisation (council,
NHS trust, police force, charity, children's home, church, shop) is not marked even when it holds a town's or a
saint's name, but a school's or college's name is a school; a date of birth (or a birthday without the year) is dob,
any other calendar date with a day is date, weekdays, months and years alone are not marked; public helpline numbers
(Childline 0800 1111, SHOUT 85258) are not personal and are not marked.

Self-check without the detector: `python -m bench.redaction_heldout` (and tests/test_redaction_heldout_set.py) checks
that every document parses cleanly, no span is empty or wrapped in spaces, NHS numbers and UPNs pass their check
digits, NI numbers have a valid format, and no word marked as a name in a document is left unmarked elsewhere in it;
it prints the number of documents and of gold spans per kind.
"""

from __future__ import annotations

import datetime as dt
import re

from bench.redaction_corpus import Doc
from bench.redaction_handwritten import _docs, _parse, _party
from hearth.redaction import detect as d

_RECORD_IDS: list[str] = []


def _p(key, role, names, *args, ids=(), **kwargs):
    """_party, remembering the record's identifiers so that problems() can check their check digits."""
    _RECORD_IDS.extend(ids)
    return _party(key, role, names, *args, ids=ids, **kwargs)

# --- A. Nowakowska family (Polish), Peterborough -------------------------------------------------------------------

HOME_A = d.Address("41 Cromwell Walk", "", "Peterborough", "PE1 3QX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Zuzanna", "Nowakowska"), ("Zuza", "Nowakowska")], dt.date(2016, 3, 11), [HOME_A],
       ids=["9999836909", "Q874526013815"], schools=["Welland Fields Primary School"]),
    _p("m", "mother", [("Agnieszka", "Nowakowska"), ("Agnieszka", "Wróbel")], dt.date(1989, 7, 23), [HOME_A],
       ["07700 900612"], ids=["SR 48 21 07 C"]),
    _p("f", "father", [("Tomasz", "Nowakowski")], dt.date(1986, 1, 14),
       [d.Address("Flat 2, 118 Lincoln Road", "", "Peterborough", "PE1 2SN")], ["07700 900245"]),
    _p("s", "sibling", [("Kacper", "Nowakowski")], dt.date(2025, 12, 3), [HOME_A], ids=["9990602670"]),
    _p("g", "grandparent", [("Halina", "Wróbel")]),
    _p("p1", "professional", [("Rachel", "Eddington")], phones=["01632 960418"], emails=["rachel.eddington@fenmarsh.gov.uk"]),
    _p("p2", "professional", [("Beata", "Kowalczyk")], phones=["07700 900733"], emails=["beata.kowalczyk@nhs.net"]),
    _p("p3", "professional", [("Simon", "Treadwell")]),
], "c")

DOCS_A = [
    ("assessment", """CHILD AND FAMILY ASSESSMENT (extract) - Fenmarsh Council Children's Services
Child: [[Zuzanna NOWAKOWSKA|name]] (known as [[Zuza|name]])    DOB: [[11/03/2016|dob]]
NHS number: [[9999836909|nhs]]    UPN: [[Q874526013815|upn]]
Address: [[41 Cromwell Walk|address]], [[Peterborough|place]] [[PE1 3QX|postcode]]
School: [[Welland Fields Primary School|school]], Year 6
Assessing social worker: [[Rachel Eddington|name]], Family Safeguarding Team 2
Interpreter (Polish): [[Ewa Sadowska|name]], through Language Line

1. Reason for assessment
The school referred on [[8 September 2026|date]] after [[Zuza|name]] told her class teacher, Miss [[Kerrigan|name]], that
"mama's friend shouted and broke the telly". The referral came through the MASH and an assessment under section 17 of
the Children Act 1989 was opened on [[9 September 2026|date]].

2. The family
[[Zuzanna|name]] lives with her mother [[Agnieszka Nowakowska|name]] (née [[Wróbel|name]], DOB [[23.07.1989|dob]]) and her baby
brother [[Kacper|name]] (born [[3 December 2025|dob]]). Her father, [[Tomasz Nowakowski|name]], moved out in the spring and now
rents a room at [[Flat 2, 118 Lincoln Road|address]]. He works nights at an Amazon warehouse near [[Hampton|place]] and sees
the children every other Sunday. [[Zuza|name]]'s grandmother, [[Halina Wróbel|name]], lives in [[Gdańsk|place]] and talks to the
children on FaceTime most evenings; she stayed for six weeks after [[Kacper|name]]'s birth.

Ms [[Nowakowska|name]] has a new partner, [[Florin Dumitru|name]], who is Romanian and drives for Uber and Deliveroo. He is
not on the tenancy, but neighbours say his grey Skoda Octavia, [[KX19 HNT|vehicle]], is parked outside most nights.
[[Agnieszka|name]] told me: "[[Florin|name]] is good with the baby, only he drinks at the weekend."

3. The child's voice
I saw [[Zuza|name]] alone at school on [[15 September|date]]. She drew her house with four people in it: "me, mama,
[[Kacperek|name]] and [[Flo|name]]". She likes Roblox, Greggs sausage rolls and her best friend [[Maja|name]] from the Polish
Saturday School. She hides in the bathroom "when [[Flo|name]] is loud" and puts her headphones on. She misses her tata and
wishes he still lived with them.

4. Analysis
There is no evidence of physical harm to either child. The worry is emotional harm from living with domestic abuse,
and mother's low mood since the birth (Edinburgh Postnatal Depression Scale score of 16, per Nurse [[Kowalczyk|name]]).
Mr [[Nowakowski|name]] is protective and willing to have the children more often. Recommendation: a child in need plan,
the Freedom Programme and Women's Aid for mother, and a DASH risk assessment with her alone.
"""),
    ("health_visitor_note", """HV CONTACT - [[Kacper NOWAKOWSKI|name]]   DOB [[03-12-2025|dob]]   NHS No [[999 060 2670|nhs]]
Date: [[29/09/26|date]] 10:30   Venue: home   Seen by: [[B. Kowalczyk|name]] HV, North West Anglia NHS FT
Present: mum ([[Agnieszka|name]]), MGM on video call, [[Kacper|name]] asleep at start.
S: Mum reports poor sleep & low mood, tearful ++. States new p/ship ([[Florin|name]]) "ok". Denies DA when asked alone
   (SW had shared concern). Dad ([[Tomasz|name]]) "helps with money".
O: Wt 9.12kg (50th centile). Feeding well, weaning established. Home warm, clean, adequate supplies. Cot in mum's room.
   Strong smell of alcohol in kitchen, 6 x empty Tyskie cans in recycling. Smoke alarm fitted. Tesco delivery in hall.
A: ?PND - EPDS 16 (11 at 6/52). Protective: SIL [[Monika|name]] visits wkly, MGM [[Halina|name]] daily video call.
P: 1. GP appt w/ Dr [[Osei|name]] [[2/10|date]] re PND.  2. Info given re Women's Aid & Refuge helpline.
   3. Liaised with SW [[R Eddington|name]] ([[01632 960418|phone]]).  4. Rv 2/52 - JV w/ SW on [[13/10/2026|date]].
   5. 1-yr review due Dec. [[Kacper|name]] not yet registered with dentist - info given.
[[Beata Kowalczyk|name]], Specialist Community Public Health Nurse, [[07700 900733|phone]], [[beata.kowalczyk@nhs.net|email]]
"""),
    ("police_notification", """CAMBRIDGESHIRE CONSTABULARY - DOMESTIC ABUSE NOTIFICATION TO CHILDREN'S SERVICES
Occurrence ref: CC-20261004-0713    Date/time of incident: [[04/10/2026|date]] 23:40
Location: [[41 CROMWELL WALK|address]], [[PETERBOROUGH|place]], [[PE1 3QX|postcode]]
Victim: [[NOWAKOWSKA, Agnieszka|name]]   DOB [[23/07/1989|dob]]   Tel [[07700900612|phone]]
Suspect: [[DUMITRU, Florin|name]]   DOB [[17/05/1991|dob]]   of [[Flat 7, Ashcroft House, Mayor's Walk|address]], [[PE3 6EX|postcode]]
Vehicle linked to suspect: [[KX19HNT|vehicle]] (grey Skoda Octavia, private hire licensed)
Children present: [[Zuzanna NOWAKOWSKA|name]] ([[11.03.16|dob]]), [[Kacper NOWAKOWSKI|name]] ([[03.12.25|dob]])
DASH risk level: MEDIUM (12 ticks)

Summary: Police were called by a neighbour, Mrs [[Joan Bradley|name]] of number 43, who heard shouting and a child crying.
PC [[Hughes|name]] 4471 and PC [[Mistry|name]] 2290 found the victim in the kitchen with a red mark to her left cheek. She said
[[DUMITRU|name]] had pushed her into a cupboard door after an argument about money. The older child, [[Zuzanna|name]], was awake
and told officers in English "he always shouts when he has been to the pub". The suspect had left before police arrived;
he was stopped at 00:25 driving the Skoda on the A1139 and arrested on suspicion of assault by beating.
The victim did not want to give a statement. She asked that her ex-husband [[Tomasz|name]] is not told. She was given
details of the Cambridgeshire IDVA Service and the Refuge national helpline. Referred to MARAC; Operation Encompass
notification sent to the school.
Officer in case: DC [[Sarah Pell|name]], Public Protection Unit, [[sarah.pell@cambs.police.uk|email]]
"""),
    ("school_safeguarding_log", """CPOMS - [[Welland Fields Primary School|school]] - incidents for [[Zuzanna Nowakowska|name]] (6KB)

[[06/10/2026|date]] 08:55  Added by: [[Kerrigan, Leanne|name]]   Category: Domestic abuse (Operation Encompass)
Operation Encompass call from police about an incident at home on Sunday night. [[Zuza|name]] in class, quiet, ate two slices
of toast at breakfast club. Passed to DSL.
Action: [[Simon Treadwell|name]] (DSL) informed; he will see [[Zuza|name]] at 10.15 in the nurture room.

[[06/10/2026|date]] 10:40  Added by: [[S Treadwell|name]]   Category: Disclosure
[[Zuza|name]] said "[[Florin|name]] pushed mama and the door broke". She heard it from her bedroom with [[Kacper|name]]. She said
her tata came in the morning and "shouted at [[Flo|name]] in Polish". She asked if [[Florin|name]] would go to prison. Reassured.
Action: emailed SW at [[rachel.eddington@fenmarsh.gov.uk|email]]; rang mum on [[07700 900612|phone]], no answer, voicemail left.

[[08/10/2026|date]] 15:20  Added by: Mr [[T. Mahoney|name]] (office)
At 3.20 a man not on her collection list gave his name as "[[Florin|name]]" and said he was mum's boyfriend. Not
released. Dad ([[Tomasz Nowakowski|name]], [[07700 900245|phone]]) came at 3.45 and took her home. Dad asked that
Mr [[Dumitru|name]] is never allowed to collect; alert added. While waiting [[Zuza|name]] played with [[Maja Zielińska|name]] and
[[Oliver Tranter|name]] at after-school club.

[[13/10/2026|date]] 09:10  Added by: [[Leanne Kerrigan|name]]   Category: Wellbeing
In her diary [[Zuza|name]] wrote "I want to live with tata and babcia [[Halina|name]] in Poland". Shared with DSL. Pupil premium
uniform voucher (Primark) given to mum, who now has a Polish-speaking family support worker from the Early Help hub.
"""),
]

# --- B. Adeyemi family (Nigerian), Birmingham ----------------------------------------------------------------------

HOME_B = d.Address("62 Wellington Road", "Handsworth", "Birmingham", "B20 2QD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Oluwaseun", "Adeyemi"), ("Seun", "Adeyemi")], dt.date(2010, 6, 19), [HOME_B],
       ids=["9997354680", "V330908313166"], schools=["Soho Park Academy"]),
    _p("m", "mother", [("Folasade", "Adeyemi")], dt.date(1982, 4, 2), [HOME_B], ["07700 900158"],
       ["folasade.adeyemi@btinternet.com"]),
    _p("f", "father", [("Babatunde", "Adeyemi")]),
    _p("s1", "sibling", [("Temitope", "Adeyemi")], dt.date(2013, 9, 30), [HOME_B], ids=["9994642898"],
       schools=["Soho Park Academy"]),
    _p("s2", "sibling", [("Ifeoluwa", "Adeyemi")], dt.date(2019, 2, 14), [HOME_B], schools=["Holly Bank Primary School"]),
    _p("a", "aunt_uncle", [("Abisola", "Ogunleye")], addresses=[d.Address("17 Oakwood Crescent", "", "Walsall", "WS2 9LT")]),
    _p("p1", "professional", [("Liam", "Cartwright")], phones=["0121 496 0417"], emails=["liam.cartwright@tamebridge.gov.uk"]),
    _p("p2", "professional", [("Precious", "Mhlanga")], phones=["0121 496 0331", "07700 900562"],
       emails=["precious.mhlanga@tamebridge.gov.uk"]),
], "c")

DOCS_B = [
    ("yot_update", """TAMEBRIDGE YOUTH JUSTICE SERVICE - PROGRESS REPORT TO THE YOUTH OFFENDER PANEL
Name: [[Oluwaseun ADEYEMI|name]]    DOB: [[19 June 2010|dob]]    Order: Referral Order, 9 months (made [[2 April 2026|date]])
Address: [[62 Wellington Road|address]], [[Handsworth|place]], [[Birmingham|place]] [[B20 2QD|postcode]]
Case manager: [[Liam Cartwright|name]]    Tel: [[(0121) 496 0417|phone]]

[[Seun|name]] (he says only his mum and his teachers call him [[Oluwaseun|name]]) has kept 14 of 16 appointments. He finished
the victim awareness sessions and wrote a letter of apology to the manager of the JD Sports shop in the city centre, where
the offence (robbery of a pair of Nike Air Max trainers, with two others) took place.

Education: he is on a reduced timetable at [[Soho Park Academy|school]] after a suspension in September. His head of year,
Mr [[Adebayo|name]], reports better attendance (82%). He wants to do a Level 2 in electrical installation at South and City
College and has a taster day booked for half-term.

Risks: on [[18 October 2026|date]] [[Seun|name]] was found by West Midlands Police in [[Worcester|place]], 30 miles from home, with
£340 in cash and two phones. He would not say who took him there. Intelligence links him to an older male known as
"[[T-Bone|name]]", believed to be [[Tyrese Bonner|name]], 22, who drives a black Audi A3, [[BF21 XKM|vehicle]]. A National Referral
Mechanism referral has been made by [[Precious Mhlanga|name]] (social worker) and the case went to the MACE panel on
[[22 October|date]].

Family: Mrs [[Adeyemi|name]] is worried and works with us. She has asked that [[Seun|name]] spend half-term with his aunt,
[[Abisola Ogunleye|name]], in [[Walsall|place]], away from his friends [[Kai|name]] and [[Rico|name]]. His father, Mr [[Babatunde
Adeyemi|name]], lives in [[Lagos|place]] and speaks to him on WhatsApp every Sunday after church. [[Seun|name]] plays football for
the church youth team, coached by Pastor [[Emmanuel Okafor|name]], and says this is "the only thing that's calm".

Recommendation: the order continues; a further panel in December. [[L. Cartwright|name]], YJS case manager.
"""),
    ("whatsapp_transcript", """Transcript of WhatsApp messages shown to [[P. Mhlanga|name]] by Mrs [[F. Adeyemi|name]]
on [[20/10/2026|date]] (from [[Seun|name]]'s old phone, which his mum found in his PE bag). Typed as written.

Sat 17 Oct
21:04 [[kai|name]]: u still on for tmrw
21:05 [[Seun|name]]: yh
21:05 [[kai|name]]: [[tbone|name]] sed he'll pick us up by maccies at 7 dont be late again
21:06 [[Seun|name]]: mums gonna kill me if i miss church again fr
21:06 [[kai|name]]: tell her ur at [[rico|name]]s
21:07 [[Seun|name]]: she got [[rico|name]]s mum number tho
21:09 [[kai|name]]: say ur at ur aunty [[bisi|name]]s then lol
21:10 [[Seun|name]]: nah she'll ring her. ill just go and say sorry after
21:15 [[kai|name]]: [[tyrese|name]] said bring the other phone and ur charger. its a long one
21:16 [[Seun|name]]: where we going
21:16 [[kai|name]]: dunno [[worcester|place]] or sumwhere he dont say till we there

Sun 18 Oct
06:51 Mummy: [[Seun|name]] where are you going this early?? Call me NOW
06:52 Mummy: Your sister [[Tope|name]] says you went out the back door. I am calling the police
07:40 Mummy: [[Oluwaseun|name]] please. Daddy is calling from [[Lagos|place]]
11:02 [[kai|name]]: bro [[tbone|name]] lost it wiv me cos of u. dont say nuthin to the feds
11:03 [[Seun|name]]: i aint sayin nothin
11:30 Unknown ([[07700 900981|phone]]): who is dis
11:31 [[Seun|name]]: its [[seun|name]] from [[kai|name]]
11:31 Unknown ([[07700 900981|phone]]): ok wait by the Tesco till i ring

Note by SW: "maccies" is the McDonald's by the station. "feds" means police. The number [[07700 900981|phone]] has been passed
to PC [[Whelan|name]] in the exploitation hub.
"""),
    ("return_home_interview", """RETURN HOME INTERVIEW - Barnardo's Missing Children Service (commissioned by Tamebridge City Council)
Young person: [[Oluwaseun|name]] ([[Seun|name]]) [[Adeyemi|name]]    DOB [[19/06/2010|dob]]    Missing episode: [[18/10/2026|date]] 06:30 to
[[19/10/2026|date]] 02:10 (found by police in [[Worcester|place]], brought home by PC [[Connor Whelan|name]])
Interview: [[21/10/2026|date]] at [[Soho Park Academy|school]], by [[Hollie Pryce-Jones|name]], Barnardo's
Present: [[Seun|name]] only (he did not want his mum there; she agreed).

Where did you go and who with? "Out with my bredren. Went on the train." He would not name anyone. When I said the
police had said he was with [[Kai Simms|name]], he shrugged and said "[[Kai|name]]'s not the problem".
What happened while you were away? He stayed in a flat above a vape shop; "there was a girl there called [[Destiny|name]]
or something, she was older, she cooked noodles". He said he slept on the sofa and "just held stuff for people".
Did anyone hurt you or make you do things you didn't want to? "Not really. [[T-Bone|name]] gets angry but he gets you food."
He then said he owes "about two bags" because his phone was taken by another boy.
Why do you think you went missing? "Money. My mum works two jobs at the hospital and she's always tired. I want to
buy my sister [[Ife|name]] stuff for her birthday." [[Ifeoluwa|name]]'s birthday is in February.
What would help? Boxing at the community centre; the JD job his YOT worker [[Liam|name]] mentioned; "my dad to come back".

Worries shared with: SW [[Precious Mhlanga|name]] ([[precious.mhlanga@tamebridge.gov.uk|email]], [[07700 900562|phone]]) and the
school DSL, Ms [[Okoro|name]], the same day. Intelligence form sent to West Midlands Police about the flat and about the
name "[[T-Bone|name]]". [[Seun|name]] agreed to have the NSPCC Childline number and the Fearless (Crimestoppers) leaflet.
"""),
    ("conference_report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT (section 4: the children's lived experience)
Children: [[Oluwaseun Adeyemi|name]] ([[19.06.2010|dob]]), [[Temitope Adeyemi|name]] ([[30.09.2013|dob]]),
[[Ifeoluwa Adeyemi|name]] ([[14.02.2019|dob]])    Conference date: [[5 November 2026|date]]
Social worker: [[Precious Mhlanga|name]], Tamebridge Children's Trust, [[0121 496 0331|phone]]

4.1 [[Seun|name]]. [[Seun|name]] is 16 and is being criminally exploited. Since July he has been missing four times, each time
found out of area ([[Worcester|place]], [[Hereford|place]], [[Redditch|place]] twice). He has been seen in the back of a black Audi
([[BF21XKM|vehicle]]) that police link to [[Tyrese Bonner|name]]. At home he is polite but withdrawn and spends long hours on his
Xbox. He told me he worries that "people know where we live now".

4.2 [[Tope|name]]. [[Temitope|name]] is in Year 9 at the same academy. She is a bright, organised girl who wants to be a
doctor. She told me she lies awake waiting for her brother's key in the door, and that she has twice opened the door to
"men in a car" asking for "[[Seun|name]]'s mum". She has stopped going to Girl Guides because she does not want to
leave [[Ife|name]] alone. Her UPN and NHS number ([[999 464 2898|nhs]]) are on the chronology.

4.3 [[Ife|name]]. [[Ifeoluwa|name]], 7, is at [[Holly Bank Primary School|school]] and is doing well. Her teacher, Mrs
[[Gordon-Achebe|name]], says [[Ife|name]] talks about "the bad boys who want [[Seunny|name]]". She sleeps in her mother's bed.

4.4 Parents. Mrs [[Folasade Adeyemi|name]] works as a healthcare assistant at City Hospital and as a cleaner at weekends.
She has been honest with every agency, reported each missing episode at once and wants the family moved. Mr [[Adeyemi|name]]
has lived in [[Lagos|place]] since 2022; he sends money through WorldRemit and joins meetings on Teams.
The children's aunt, Mrs [[Ogunleye|name]], of [[17 Oakwood Crescent|address]], [[Walsall|place]] [[WS2 9LT|postcode]], offers them a home
for short breaks. A housing management transfer request has gone to the housing association; contact for mother:
[[folasade.adeyemi@btinternet.com|email]], [[07700 900 158|phone]].
"""),
]

# --- C. Rehman / Akhtar family (Pakistani), Bradford ---------------------------------------------------------------

HOME_C = d.Address("23 Marlborough Grove", "", "Bradford", "BD8 7QS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ayesha", "Rehman")], dt.date(2012, 1, 2), [HOME_C], ids=["9992693711", "R380131816091"],
       schools=["Lister Park Girls' Academy"]),
    _p("m", "mother", [("Nasreen", "Akhtar")], dt.date(1979, 8, 9), [HOME_C], ["07700 900327"]),
    _p("f", "father", [("Imtiaz", "Rehman")], dt.date(1975, 11, 21), [HOME_C], ["07700 900544"], ids=["NH 62 19 40 A"]),
    _p("s1", "sibling", [("Bilal", "Rehman")], dt.date(2009, 5, 30), [HOME_C]),
    _p("s2", "sibling", [("Maryam", "Rehman")], dt.date(2018, 10, 12), [HOME_C]),
    _p("g", "grandparent", [("Zubaida", "Bibi")], addresses=[HOME_C]),
    _p("p1", "professional", [("Joanne", "Sutcliffe")], phones=["0113 496 0276"], emails=["joanne.sutcliffe@westfell.gov.uk"]),
    _p("p2", "professional", [("Farah", "Ahmed")]),
    _p("p3", "professional", [("David", "Heslop")], phones=["0113 496 0582"], emails=["dheslop@lpga.org.uk"]),
    _p("p4", "professional", [("Sadia", "Mahmood")], phones=["07700 900419"]),
], "c")

DOCS_C = [
    ("mash_referral_form", """WESTFELL MASH - MULTI-AGENCY REFERRAL FORM
Section 1: Child
Surname: [[REHMAN|name]]    Forename(s): [[Ayesha|name]]    Previous/other names: [[Ayesha Akhtar|name]] (at first school)
Date of birth: [[02/01/2012|dob]]    Gender: F    Ethnicity: Asian or Asian British - Pakistani    Religion: Muslim
Address: [[23 Marlborough Grove|address]], [[Bradford|place]], [[BD8 7QS|postcode]]
School/setting: [[Lister Park Girls' Academy|school]]    UPN: [[R380131816091|upn]]    NHS no: [[999 269 3711|nhs]]
First language: English (mother: Urdu and Punjabi, interpreter needed)

Section 2: Household
[[Nasreen Akhtar|name]] (mother), DOB [[09/08/1979|dob]], mobile [[07700 900327|phone]]
[[Imtiaz Rehman|name]] (father), DOB [[21/11/1975|dob]], mobile [[07700 900544|phone]]
[[Bilal|name]] (brother, 17); [[Maryam|name]] (sister, 8, at [[Green Lane Primary School|school]]);
[[Zubaida Bibi|name]] (paternal grandmother)

Section 3: Referrer
[[David Heslop|name]], Designated Safeguarding Lead, [[dheslop@lpga.org.uk|email]], [[0113 496 0582|phone]]

Section 4: Reason for referral
On Monday [[12 October 2026|date]] [[Ayesha|name]]'s form tutor, Ms [[Brearley|name]], saw fresh cuts on her left forearm in PE.
[[Ayesha|name]] told Ms [[Brearley|name]] that she does "everything" for her mum, who has multiple sclerosis and has used a
wheelchair since a relapse in the summer: helping her wash and dress, sorting her tablets, cooking and getting
[[Maryam|name]] to school. She is often late and has missed 31 sessions this term. She said her dad drives a taxi at
night and "sleeps all day", and that her uncle [[Tariq|name]] "comes round and shouts at mum for not being a proper wife".
She said she cuts "so I don't scream". [[AYESHA|name]] asked that her father is not told she talked to us. She said the
only adult she trusts is Mrs [[Kaur|name]] next door.

Section 5: Consent
Mother consented by phone on [[12/10/2026|date]]; father not told, at the child's request (see above).

Section 6: Other agencies involved
GP: Dr [[F. Ahmed|name]], Picton Medical Centre. Young carers: Carers' Resource ([[Sadia Mahmood|name]]).
Signed: [[D. Heslop|name]]    Date: [[12.10.2026|date]]
"""),
    ("family_group_conference_plan", """OUR FAMILY PLAN
Family group conference held on [[4 November 2026|date]] at the community centre near our house.
Coordinator: [[Rubina Shah|name]] (independent FGC service). Written down in our own words.

Who came: [[Nasreen|name]] (Mum), [[Imtiaz|name]] (Dad), [[Ayesha|name]], [[Bilal|name]], Dadi ([[Zubaida|name]]), Uncle [[Tariq|name]],
Auntie [[Shazia|name]] (Mum's sister from [[Dewsbury|place]]), Mrs [[Harjinder Kaur|name]] (our neighbour at number 25) and [[Sadia|name]]
from Carers' Resource. [[Maryam|name]] did not come but sent a drawing of all of us at Pizza Hut.

What we are worried about (what [[Joanne|name]] the social worker said and what we said):
- [[Ayesha|name]] is doing too much looking after Mum and has been hurting herself.
- Mum needs more help than the family can give since the MS got worse.
- There is shouting in the house. Uncle [[Tariq|name]] says he only wants what is best; Mum says it frightens the girls.

What [[Ayesha|name]] wants: "I want to be a normal 14 year old. I want to go to [[Hafsa|name]]'s for tea after school and not
worry that Mum has fallen over."

Our plan:
1. Dad will not drive nights Monday to Thursday so he is home in the evenings. He will tell the taxi office on Friday.
2. [[Bilal|name]] has passed his test and will take [[Maryam|name]] to school every morning in Dad's car ([[YG68 PLV|vehicle]]).
3. Auntie [[Shazia|name]] will come every Saturday and stay over one night a month.
4. Only Mum or the agency carer will give Mum's tablets, not [[Ayesha|name]] and not Dadi.
5. Mum will ask Adult Social Care for a carer at 7am and 7pm. [[Joanne|name]] will help with the form.
6. Uncle [[Tariq|name]] will only visit when Dad is home, and will not talk about Mum's health or about marriage.
7. [[Ayesha|name]] will go to young carers club on Wednesdays and keep seeing the school counsellor (and use Kooth).
8. If [[Ayesha|name]] feels like hurting herself she will tell Mrs [[Kaur|name]], ring Childline on 0800 1111 or text SHOUT to 85258.

Next meeting: [[16 December 2026|date]], at our house.
Signed: Mum [[N. Akhtar|name]]    Dad [[I Rehman|name]]    [[Ayesha|name]] (she drew a heart)
"""),
    ("camhs_letter", """CAMHS - Bradford District Care NHS Foundation Trust
Private and confidential

To: Dr [[Farah Ahmed|name]], Picton Medical Centre
cc: [[Joanne Sutcliffe|name]], Social Worker, Westfell Council ([[joanne.sutcliffe@westfell.gov.uk|email]])

[[21 October 2026|date]]

Dear Dr [[Ahmed|name]],

Re: [[Ayesha REHMAN|name]], DOB [[2 Jan 2012|dob]], NHS [[9992693711|nhs]], [[23 Marlborough Grove|address]], [[BD8 7QS|postcode]]

Thank you for your referral. I saw [[Ayesha|name]] for a choice appointment on [[20 October|date]] with her mother,
Mrs [[Akhtar|name]], and an Urdu interpreter. [[Ayesha|name]] has cut her forearms for about five months, superficially, with
a pencil sharpener blade; she has never needed stitches and denies any suicidal intent. She describes low mood, poor
sleep and a lot of worry about her mother's MS. She does not meet criteria for a depressive disorder. Her PHQ-9 was 12
and the RCADS showed raised generalised anxiety.

Plan: six sessions of CBT with our practitioner [[Callum Radcliffe|name]], starting on [[3 November 2026|date]]; a safety plan
agreed (a copy to school, with [[Ayesha|name]]'s consent, for Mr [[Heslop|name]]); information on Kooth and Papyrus HOPELINE247.
Please do not start fluoxetine at this stage.

Mrs [[Akhtar|name]] asked me to note that her husband, Mr [[Rehman|name]], and her brother-in-law [[Tariq Rehman|name]] do not know
about the self-harm, and that she would like to tell her husband herself. I have respected this, but explained the
limits of confidentiality and that I will share this letter with the social worker, Ms [[Sutcliffe|name]].

Yours sincerely,

Dr [[Eleanor Voss|name]]
Consultant Child and Adolescent Psychiatrist
"""),
    ("supervision_record", """REFLECTIVE SUPERVISION RECORD - Westfell Council, Family Support and Protection Team 4
Supervisee: [[Joanne Sutcliffe|name]] (SW)    Supervisor: [[Marcus Oyelowo|name]] (Team Manager)    Date: [[10/11/2026|date]]
Case: [[REHMAN, Ayesha|name]] (child in need)    Siblings: [[Bilal REHMAN|name]] ([[30/05/2009|dob]]),
[[Maryam REHMAN|name]] ([[12/10/2018|dob]])

Discussion: [[Jo|name]] reflected that she was "pulled towards Dad" at the FGC because Mr [[Rehman|name]] speaks for the family
and Mrs [[Akhtar|name]] is tired and quiet. We discussed how to hear [[Nasreen|name]] on her own: a female interpreter from
outside the area (Mrs [[Akhtar|name]] knows the last one, Mrs [[Begum|name]], from the school gate).

Uncle [[Tariq|name]]: [[Jo|name]] has not met him alone. A police check shows a 2019 caution for harassment of his ex-wife.
Action: [[Joanne|name]] to ask police for full details and talk with [[Nasreen|name]] about whether [[Tariq|name]]'s visits are safe.

Taxi: [[Ayesha|name]] said her dad sometimes takes [[Maryam|name]] in the taxi on his shift. Action: ask Westfell Council
taxi licensing about vehicle [[YG68PLV|vehicle]]. [[Imtiaz|name]] gave his NI number ([[NH 62 19 40 A|ni]]) for the Carer's
Allowance form, which [[Sadia|name]] from Carers' Resource is helping with.

[[Bilal|name]]: 17, at [[Bradford College|school]] doing motor vehicle. A good support, but also a young carer not yet assessed.
Action: young carer's assessment for [[Bilal|name]] by [[27/11/2026|date]].

Worker wellbeing: [[Jo|name]] said this family reminds her of her own mother's illness. She knows about the Employee
Assistance Programme. Next supervision [[8 December 2026|date]]. Signed [[M. Oyelowo|name]] / [[J. Sutcliffe|name]]
"""),
]

# --- D. Maughan family (Irish Travellers), Warrington --------------------------------------------------------------

SITE_D = d.Address("Plot 6, Gorse Lane Caravan Site", "", "Warrington", "WA5 1XR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Michael", "Maughan"), ("Mikey", "Maughan")], dt.date(2015, 5, 8), [SITE_D],
       ids=["9993849375", "Z877390917603"], schools=["St Bridget's Catholic Primary School"]),
    _p("m", "mother", [("Kathleen", "Maughan"), ("Kathleen", "Ward")], dt.date(1990, 2, 26), [SITE_D], ["07700 900871"]),
    _p("f", "father", [("Patrick", "Maughan")], dt.date(1987, 9, 13), [SITE_D], ["07700 900296"], ids=["SJ 73 51 08 D"]),
    _p("s1", "sibling", [("Nora", "Maughan")], dt.date(2018, 12, 1), [SITE_D]),
    _p("s2", "sibling", [("John Joe", "Maughan")], dt.date(2023, 4, 17), [SITE_D]),
    _p("g", "grandparent", [("Bridget", "Ward")], addresses=[d.Address("Plot 2, Gorse Lane Caravan Site", "", "Warrington", "WA5 1XR")],
       phones=["07700 900640"]),
    _p("p1", "professional", [("Owen", "Pritchard")], phones=["01632 960552"], emails=["owen.pritchard@weaverside.gov.uk"]),
    _p("p2", "professional", [("Siobhan", "Kearney")]),
    _p("p3", "professional", [("Gemma", "Rowntree")], phones=["0161 496 0923"], emails=["gemma.rowntree@justice.gov.uk"]),
    _p("p4", "professional", [("Craig", "Ellison")], phones=["01632 960774"], emails=["craig.ellison@weaverside.gov.uk"]),
], "c")

DOCS_D = [
    ("housing_email", """From: [[Ellison, Craig|name]] <[[craig.ellison@weaverside.gov.uk|email]]>
Sent: [[03 November 2026|date]] 14:22
To: [[Pritchard, Owen|name]]
Cc: Gypsy and Traveller Liaison; [[Siobhan Kearney|name]]
Subject: [[Plot 6, Gorse Lane|address]] - [[Maughan|name]] family - fire and pitch agreement

Hi [[Owen|name]],

As promised on the phone. On Saturday night there was a fire at the back of [[Paddy|name]] and [[Kathleen Maughan|name]]'s pitch.
Cheshire Fire and Rescue came out; nobody was hurt, but the utility block wall is scorched and the gas bottles were
stored too close to it. The fire officer thinks a burning barrel was left unattended. [[Kathleen|name]] says the children were
asleep in the trailer and it was [[Mikey|name]] who raised the alarm.

Under the pitch agreement this is a breach (clause 9, storage of gas) but I am NOT serving notice. I have spoken to
Mrs [[Ward|name]] two pitches down (the children's nan), who has agreed the children can sleep in her trailer until the wall
has been checked.

Two other things:
1. [[Paddy|name]]'s van ([[PO66 RKV|vehicle]]), a white Transit, was parked across the fire lane again. Site rules say no trade
   vehicles inside the gate after 7pm. He told me "[[Big Tom|name]]" (I think this is [[Tom Joyce|name]], who is not a resident)
   parks there too.
2. [[Kathleen|name]] asked about a move to a bungalow in [[Great Sankey|place]]. She is on the housing register (ref HR-88213), but
   the Housing Options team would want a cultural needs assessment first. Friends, Families and Travellers can help her.

I'll be on site on Thursday with [[Dean|name]] from Electricity North West about the meters if you want to meet there.

Thanks,
[[Craig|name]]

[[Craig Ellison|name]] | Site Manager, Gypsy and Traveller Sites | Weaverside Council | [[01632 960774|phone]]
"""),
    ("grandparent_complaint", """[[Plot 2, Gorse Lane Caravan Site|address]]
[[Warrington|place]]
[[WA5 1XR|postcode]]

[[9th November 2026|date]]

To the Complaints Manager, Weaverside Council Children's Services

Dear Sir or Madam,

My name is [[Bridget Ward|name]] and I am the nan of [[Michael|name]], [[Nora|name]] and little [[John Joe Maughan|name]]. I am writing
this with the help of [[Theresa|name]] from Friends, Families and Travellers because I do not read and write well.

I want to complain about the social worker Mr [[Pritchard|name]] and the way he spoke to my daughter [[Cathleen|name]] on
Thursday [[5th November|date]]. He came to the trailer without ringing first and in front of the neighbours he said the children
would "end up in care" if [[Mikey|name]] is not in school. [[Mikey|name]] is not in school because the boys at [[St Bridget's|school]] call
him a pikey and the teacher did nothing. I rang the school three times. I told Mrs [[Kearney|name]] from the Traveller
Education Service and she was very good and came out the same day, which is more than can be said for some.

Mr [[Pritchard|name]] also wrote down that my son-in-law [[Patrick|name]] is "known to police for violence". That is not right.
[[Paddy|name]] got in trouble once over a fight at the horse fair in [[Appleby|place]] and he is doing his hours. He is a good
father to those children. Since then they all look at us different.

Another thing, in the letter you sent you put my grandson's name as "[[Micheal Maughan|name]]" and you put the baby's
birthday wrong. [[Johnny|name]] was born on the [[17th April 2023|dob]], not in March. If you can't get the names right how can you
know the family.

I want a different social worker and an apology. I want it written down that we are Irish Travellers and proud of it
and that the children are well cared for. You can ring me on [[07700 900640|phone]] or my other daughter [[Mary|name]] on
[[07700-900-377|phone]].

Yours faithfully,
[[Bridget Ward|name]] (Mrs)
(written for her by [[T. McCarthy|name]], FFT advocate)
"""),
    ("probation_update", """THE PROBATION SERVICE - North West
Response to a Children's Services information request (child in need)
Name: [[Patrick MAUGHAN|name]]    Also known as: "[[Paddy|name]]", [[Pádraig Maughan|name]]
DOB: [[13-Sep-1987|dob]]    NI: [[SJ735108D|ni]]
Address: [[Plot 6, Gorse Lane Caravan Site|address]], [[Warrington|place]] [[WA5 1XR|postcode]]
Order: Community Order, 12 months, 120 hours unpaid work and 15 RAR days, made at the magistrates' court on [[22 June 2026|date]]
for affray (a fight outside a pub in [[Appleby-in-Westmorland|place]] during the horse fair).
Probation practitioner: [[Gemma Rowntree|name]] ([[gemma.rowntree@justice.gov.uk|email]], [[0161 496 0923|phone]])

Progress: Mr [[Maughan|name]] has done 84 of the 120 hours and kept every RAR appointment. He has been open about his
drinking and his AUDIT-C score has come down from 10 to 7. He has been referred to Change Grow Live.

Domestic abuse: there is no domestic abuse recorded against [[Kathleen Maughan|name]]. One police callout to the site on
[[14/08/2025|date]] ("verbal argument, no offences") was between Mr [[Maughan|name]] and his wife's cousin, [[Martin Ward|name]].

Risk: assessed as low risk of serious harm to children and medium to the public (known adult males, when drinking).
Protective factors: work (tarmac and groundwork with his brother-in-law), his wife and her mother Mrs [[Bridget Ward|name]].
He drives for work (van [[PO66RKV|vehicle]]); his licence is clean.

He told me he is worried about his son [[Michael|name]] being bullied at school and would like to be at any meeting about it.
I can attend the child in need meeting on [[24 November 2026|date]]. [[G. Rowntree|name]], Probation Practitioner
"""),
    ("education_note", """Traveller Education Service - visit note
Pupil: [[MAUGHAN Michael|name]] ("[[Mikey|name]]")    DOB [[08/05/2015|dob]]    UPN [[Z877390917603|upn]]    NHS [[999 384 9375|nhs]]
School: [[St Bridget's Catholic Primary School|school]], Year 6    Attendance this term: 61%
Visit: [[6 November 2026|date]], at the family's trailer, by [[Siobhan Kearney|name]]

[[Kathleen|name]] and her mum Mrs [[Ward|name]] were there, with [[Nora|name]] (Year 2, attending well) and the baby. [[Mikey|name]] showed
me his pony and the tack he is cleaning for the horse fair at [[Stow|place]]. He says three boys in his class call him names and that one,
[[Kyle|name]], pushed him off the climbing frame. He will not go back "till [[Kyle|name]] says sorry". He misses his friend
[[Jimmy Doherty|name]], who moved to a site near [[Leeds|place]].

Agreed with [[Kathleen|name]]: I will meet the head, Mrs [[Fairhurst|name]], on Monday about the bullying and ask for the
anti-bullying officer from the Diocese to be involved; [[Mikey|name]] will come back on a part-time timetable for two weeks
(mornings, with his cousin [[Bridie|name]] as a buddy); no referral for fines for now. Mum's phone: [[07700 900871|phone]].
Shared with SW [[Owen Pritchard|name]] and with [[St Bridget's|school]] DSL.
"""),
]

# --- E. Tran (Vietnamese, unaccompanied), Hull ---------------------------------------------------------------------

CARERS_E = d.Address("14 Priory Grove", "", "Hessle", "HU13 0LJ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Lan", "Tran"), ("Thi Lan", "Tran"), ("Linh", "Pham")], dt.date(2009, 11, 5), [CARERS_E],
       ids=["9999556272", "Q810082416281"], schools=["Hull College"]),
    _p("m", "mother", [("Mai", "Nguyen")]),
    _p("s", "sibling", [("Hung", "Tran")]),
    _p("k1", "carer", [("Gary", "Fairbairn")], addresses=[CARERS_E], phones=["01632 960215"]),
    _p("k2", "carer", [("Susan", "Fairbairn"), ("Sue", "Fairbairn")], addresses=[CARERS_E], phones=["07700 900804"]),
    _p("p1", "professional", [("Kirsty", "Maltby")], phones=["01632 960349"], emails=["kirsty.maltby@humberfield.gov.uk"]),
    _p("p2", "professional", [("Philippa", "Grant")], emails=["philippa.grant@humberfield.gov.uk"]),
    _p("p3", "professional", [("Ruth", "Abernethy")], emails=["ruth.abernethy@nhs.net"]),
], "c")

DOCS_E = [
    ("placement_referral", """PLACEMENT REFERRAL - Humberfield Council, Access to Resources Team
Date of referral: [[02/03/2026|date]]    Urgency: within 7 days    Type: foster care, long-term if it works
Child: [[TRAN Thi Lan|name]] (uses [[Lan|name]]; the Home Office holds her under the name [[PHAM Linh|name]])
DOB: [[05/11/2009|dob]] (as she gives it; the age assessment of [[14 January 2026|date]] accepted it)
Nationality: Vietnamese    Language: Vietnamese, some English    Religion: Catholic
Legal status: accommodated under section 20; unaccompanied asylum-seeking child; NRM positive reasonable grounds decision
Current placement: Willowbank House children's home, [[Cottingham|place]] (ended after a missing episode)
Social worker: [[Kirsty Maltby|name]], [[01632 960349|phone]], [[kirsty.maltby@humberfield.gov.uk|email]]

About [[Lan|name]]
[[Lan|name]] is 16. She says she left [[Vinh|place]] in 2024 with a woman she calls "chị [[Hoa|name]]", crossed Russia and France,
and came to the UK in the back of a lorry last August. Humberside Police found her working at a car wash in [[Grimsby|place]].
On [[9 February 2026|date]] she left the children's home and was missing for 18 days. South Yorkshire Police found her on
[[27 February 2026|date]] in a nail bar in [[Sheffield|place]] with two other Vietnamese girls; the owner, a man she calls
"[[Anh Tuan|name]]", had her phone. She has told us very little more.

What she needs
A foster family with experience of trafficked children, away from the areas the adults who moved her know. Carers must
be able to supervise her phone (she uses Facebook Messenger, TikTok and Zalo) without making her feel punished. She
likes cooking (phở, spring rolls), drawing and badminton, and wants to study English at [[Hull College|school]]. Her brother,
[[Tran Van Hung|name]] (19), lives in [[Hanoi|place]]; she speaks to her mother, [[Nguyễn Thị Mai|name]], by video once a week
through the British Red Cross family tracing service. She has an Independent Child Trafficking Guardian from Barnardo's.

Possible match: Mr and Mrs [[Fairbairn|name]] in [[Hessle|place]] (approved for two, one vacancy, Vietnamese-speaking support
available through the Home Office-funded Vietnamese community project). Contact the fostering duty worker.
"""),
    ("initial_health_assessment", """Initial Health Assessment - Looked After Children
Hull University Teaching Hospitals NHS Trust, Community Paediatrics
[[16 March 2026|date]]

To: [[Kirsty Maltby|name]], Social Worker; GP: Dr [[Hannah Rees-Morgan|name]]; carers Mr and Mrs [[Fairbairn|name]]

Name: [[Lan TRAN|name]] (also recorded as [[Tran Thi Lan|name]] and [[Linh Pham|name]])
DOB [[5.11.2009|dob]]    NHS No. [[9999556272|nhs]]
Placement: [[14 Priory Grove|address]], [[Hessle|place]], [[HU13 0LJ|postcode]]
Interpreter: Mr [[Vũ Đức Anh|name]] (in person)

I saw [[Lan|name]] today with her foster carer, Mrs [[Sue Fairbairn|name]]. [[Lan|name]] was shy but warmed up when we talked
about food; she says [[Sue|name]]'s cooking is "too much potato".

Findings: weight 44 kg (9th centile), height 152 cm. Several carious teeth. A healed burn scar (4 cm) on the left
forearm, which she says happened at the nail bar "from the machine". She sleeps badly and has nightmares about the
lorry. No history of vaccinations is available.

Plan:
1. Catch-up immunisations (MMR, Td/IPV, MenACWY, HPV) with the practice nurse at her GP surgery.
2. IGRA for latent TB and blood-borne virus screening, with her consent, at the paediatric clinic.
3. Urgent dental appointment (the carers have registered her with a Bupa dental practice).
4. Referral to the trauma service of CAMHS; the Refugee Council therapeutic service is an alternative.
5. Sexual health: [[Lan|name]] did not want to talk about this today. The LAC nurse, [[Janet Ogden|name]], will offer to see
   her alone, with a female interpreter, before the review on [[11 June 2026|date]].

Dr [[Ruth Abernethy|name]], Consultant Community Paediatrician, [[ruth.abernethy@nhs.net|email]]
"""),
    ("practice_review_extract", """HUMBERFIELD SAFEGUARDING CHILDREN PARTNERSHIP
Local Child Safeguarding Practice Review: "Child L". Published version, [[12 October 2026|date]]. Section 3: what happened

3.1 Child L is a Vietnamese girl who was 16 at the time of these events. She was found by police at a car wash in
[[Grimsby|place]] and placed at a children's home in [[Cottingham|place]]. She told staff her name was [[Linh|name]]; it was several
weeks before she gave her real name.

3.2 Staff at the home noticed that Child L received calls late at night and had a second phone. A member of staff,
[[Adam Crowther|name]], recorded on [[2 February 2026|date]] that "L says her auntie in [[Birmingham|place]] is sending money". The
record was not shared with the social worker or the police.

3.3 On [[9 February 2026|date]] Child L left the home at 21:40, saying she was going to the Tesco Express. She was reported
missing at 23:10. A grey Toyota Prius ([[YD70 OKV|vehicle]]) was seen on the home's camera collecting her at the end of the
road. The car was registered to a hire firm in [[Rotherham|place]].

3.4 During the 18 days she was missing, the Modern Slavery and Exploitation Helpline received a call from a customer of
a nail bar in [[Sheffield|place]] who was worried about "a young girl who didn't speak". [[Lan|name]] told the reviewer she had
been made to work from 9am to 10pm and slept on a mattress in the stock room.

3.5 When she was found, she was placed with experienced foster carers, Mr and Mrs [[Fairbairn|name]], and an Independent
Child Trafficking Guardian was allocated. The reviewer thanks Child L, her carers and her social worker, [[Kirsty|name]],
for their help.

3.6 Learning: the review found that the National Referral Mechanism referral was made 24 days after she was first
found; the Home Office and the police held different names for her; and the staff at the home had no training in the
signs of trafficking. The recommendations are in section 5 and have been accepted by Humberside Police, the Council
and the NHS Humber and North Yorkshire Integrated Care Board.
"""),
    ("lac_review_minutes", """LOOKED AFTER CHILD REVIEW - MINUTES
Child: [[Lan Tran|name]]    DOB: [[05.11.2009|dob]]    Review: third (the second review was on [[11/06/2026|date]])
Date and place: [[19 November 2026|date]], at the carers' home in [[Hessle|place]]
Chair (IRO): [[Philippa Grant|name]] ([[philippa.grant@humberfield.gov.uk|email]])
Present: [[Lan|name]]; carers [[Gary|name]] and [[Sue Fairbairn|name]]; SW [[Kirsty Maltby|name]]; Independent Child Trafficking Guardian
[[Grace Adjei|name]] (Barnardo's); interpreter Mr [[Vu|name]] (by phone). Written report from her ESOL tutor, [[Ben Sykes|name]].
Apologies: Dr [[Abernethy|name]].

1. [[Lan|name]]'s views. [[Lan|name]] turned 17 on [[5 November|dob]] and had a party with her friend [[Thuy|name]] from college and
"[[Gaz|name]] and [[Sue|name]]". She said she feels safe here and wants to stay "until I am old". She asked to be called [[Lan|name]]
everywhere and never [[Linh|name]] again, "because that was their name for me".

2. Placement. Stable. Mr [[Fairbairn|name]] takes her to badminton on Tuesdays and drives her to college on rainy days.
The carers have a second emergency number, [[07700 900804|phone]] ([[Sue|name]]), added to the safety plan.

3. Education. ESOL Entry 2 at [[Hull College|school]], 96% attendance. [[Ben|name]] says she is "the hardest worker in the class".
She would like to do a hairdressing course next September.

4. Health. Immunisations complete; IGRA negative; three fillings done. She is on the CAMHS waiting list for trauma therapy.

5. Identity and family. Weekly WhatsApp video calls with her mother [[Mai|name]] and her brother [[Hung|name]] continue.
She goes to Mass at St Charles Borromeo with [[Sue|name]] some Sundays.

6. Risks. In October an unknown TikTok account messaged her as "em [[Linh|name]]" and asked where she lives. She showed [[Sue|name]]
at once. Police were told (Humberside Police ref 22/118/26) and the account was blocked.

7. Legal. Her asylum interview at the Home Office is on [[8 December 2026|date]]; her solicitor is [[Rosie Kapoor|name]].
The NRM conclusive grounds decision is still awaited.

Decisions: pathway plan to start now (Leaving Care Team to allocate a personal adviser by [[4 January 2027|date]]); [[Kirsty|name]] to
ask the Home Office to correct its record from [[Pham Linh|name]] to [[Tran Thi Lan|name]]; next review by [[18 May 2027|date]].
[[P. Grant|name]], Independent Reviewing Officer
"""),
]

# --- F. Gillespie family (Scottish), Carlisle and Annan ------------------------------------------------------------

FLAT_F = d.Address("Flat 4, 31 Warwick Road", "", "Carlisle", "CA1 1DR")
GRANDPARENTS_F = d.Address("6 Solway Street", "", "Annan", "DG12 6AA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alexandra", "Gillespie"), ("Lexi", "Gillespie"), ("Alexandra", "Baird")], dt.date(2009, 2, 27),
       [FLAT_F], ["07700 900266"], ids=["9997572289"], schools=["Carlisle College"]),
    _p("m", "mother", [("Donna", "Gillespie")], dt.date(1985, 6, 30),
       [d.Address("2/1, 47 Shettleston Road", "", "Glasgow", "G31 5JJ")], ["0141 496 0872"]),
    _p("st", "step_parent", [("Steven", "Baird")], dt.date(1981, 3, 8), ids=["PK 20 83 46 B"]),
    _p("f", "father", [("Craig", "McLeish")], dt.date(1983, 10, 2)),
    _p("s", "sibling", [("Connor", "Gillespie")], dt.date(2012, 9, 19), [GRANDPARENTS_F], ids=["9996362248"],
       schools=["Annan Academy"]),
    _p("g1", "grandparent", [("Jean", "Gillespie")], addresses=[GRANDPARENTS_F], phones=["01632 960902"]),
    _p("g2", "grandparent", [("Alistair", "Gillespie")], addresses=[GRANDPARENTS_F], phones=["01632 960902"]),
    _p("p1", "professional", [("Jordan", "Fairclough")], phones=["07700 900118"], emails=["jordan.fairclough@edenfell.gov.uk"]),
    _p("p2", "professional", [("Aoife", "Cullinane")], phones=["01632 960461"], emails=["aoife.cullinane@edenfell.gov.uk"]),
], "c")

DOCS_F = [
    ("pathway_plan_own_words", """PATHWAY PLAN - "All about me" (written by the young person, typed up by her PA without changes)
Name: [[Lexi Gillespie|name]] (legal name [[Alexandra Gillespie|name]], was [[Alexandra Baird|name]] until 2021)    DOB: [[27/02/2009|dob]]
NHS: [[999 757 2289|nhs]]    Personal adviser: [[Jordan Fairclough|name]], Leaving Care Team    Date: [[10 November 2026|date]]

my name is [[lexi|name]] not [[alexandra|name]], only my nana [[jean|name]] calls me that and the court lol. im 17 and i live in my
own flat (sort of, its supported) on [[warwick rd|address]] in [[carlisle|place]]. the staff r alright esp [[shaz|name]] on nights.

whats going well
- passed my level 1 hair n beauty at [[carlisle college|school]], doing level 2 now
- saturdays at Greggs, the manager [[dawn|name]] says i can have more hours at xmas
- been off the weed since september (mostly haha)
- seeing [[connor|name]] every other weekend at nana n grandads in [[annan|place]], hes 14 now and taller than me which is well annoying

what im worried about
- money. universal credit is a joke. my phone is on contract with Vodafone and its £38 a month
- my mum. shes back with [[bairdy|name]] in [[glasgow|place]] and she rings me crying at 3am. i love her but i cant be her mum
- [[jay|name]]. everyone thinks hes bad for me. hes 21. he says ill be his wife one day. [[jordan|name]] says i should think about
  why he doesnt like me seeing [[kels|name]] n [[liv|name]] but hes just jealous cos he loves me

what i want
- my own council flat by 18 near my mates, not in [[botcherby|place]]
- finish my nails course and open my own salon called [[Lexi|name]]'s Lashes
- driving lessons (nana said she'll pay for 10)
- my dad [[craig|name]] to write back from Barlinnie

PA's notes ([[Jordan|name]]): [[Lexi|name]] wrote this herself over two sessions at the Leaving Care Team office. "[[Jay|name]]" is
[[Jayden Musgrave|name]], 21, of [[Harraby|place]]; [[Lexi|name]] has agreed to talk about healthy relationships with the Brook
worker. Setting Up Home Allowance (£2,000) agreed in principle. Emergency contact: nana, Mrs [[Jean Gillespie|name]],
[[01632 960902|phone]]. [[Lexi|name]]'s mobile: [[07700900266|phone]].
"""),
    ("text_messages", """Case note [[14/11/2026|date]]: texts between [[Lexi|name]] and her PA, copied in with her agreement.

[[Jordan|name]] (work mobile): Hi [[Lexi|name]], just checking you're ok for Thursday 2pm at the Civic Centre? Bring your bank statement x
[[Lexi|name]]: yh ill b there. can [[jay|name]] come
[[Jordan|name]]: It's better just us this time. You ok?
[[Lexi|name]]: not rly. mum rang me at 4 in the mornin screamin, [[stevie|name]] had locked her out again
[[Lexi|name]]: shes at my auntie [[karen|name]]s in [[shettleston|place]] now
[[Jordan|name]]: That sounds really scary for you. Did she call the police?
[[Lexi|name]]: no she never does. she said [[steven|name]] is sorry n he got her flowers from Tesco lol
[[Lexi|name]]: [[bairdy|name]] got his car taken off him anyway, polis stopped him in [[dumfries|place]] drunk. the [[SN16 WFK|vehicle]] one
[[Jordan|name]]: OK. I'll let [[Aoife|name]] know as [[Connor|name]] sees your mum sometimes.
[[Lexi|name]]: dont tell nana [[jean|name]] she'll go mental
[[Lexi|name]]: also [[jay|name]] sed his mate [[Deano|name]] can get me a job at the car wash cash in hand 150 a week
[[Jordan|name]]: Let's talk about that on Thursday. You can call me on [[07700 900118|phone]] or the out of hours line.
[[Lexi|name]]: ok ty. luv u [[jordz|name]] x

PA: passed to SW [[A. Cullinane|name]] ([[aoife.cullinane@edenfell.gov.uk|email]]) the same day about the incident at mother's
home and Mr [[Baird|name]]'s arrest, and to the exploitation lead about the car wash offer.
"""),
    ("court_position_statement", """IN THE FAMILY COURT    Case no: CA26P00417
Re: [[Connor GILLESPIE|name]] (a child), born [[19 September 2012|dob]]
Applicants: [[Jean Gillespie|name]] and [[Alistair Gillespie|name]] (maternal grandparents)
First respondent: Edenfell Council
Second respondent: [[Donna Gillespie|name]] (mother)
Third respondent: [[Craig McLeish|name]] (father), not taking part
Children's guardian: [[Helen Marsden|name]] (Cafcass)

POSITION STATEMENT OF THE LOCAL AUTHORITY for the final hearing on [[1 December 2026|date]] before HHJ [[Ashworth|name]]

1. The local authority supports the application by Mr and Mrs [[Gillespie|name]] for a special guardianship order for
   [[Connor|name]] under section 14A of the Children Act 1989.
2. [[Connor|name]] has lived with his grandparents at [[6 Solway Street|address]], [[Annan|place]], [[DG12 6AA|postcode]] since he was taken
   into police protection on [[7 March 2025|date]]. He attends [[Annan Academy|school]] and plays for the under-15s at the
   rugby club. The special guardianship assessment by [[Aoife Cullinane|name]] is positive.
3. The mother, Ms [[Gillespie|name]], lives at [[2/1, 47 Shettleston Road|address]], [[Glasgow|place]] [[G31 5JJ|postcode]] with her
   partner, [[Steven Baird|name]] (born [[08/03/1981|dob]]). Police Scotland record four domestic incidents there this year, the latest on
   [[12 November 2026|date]]; the same night Mr [[Baird|name]] was arrested for drink-driving in [[Dumfries|place]] (vehicle
   [[SN16WFK|vehicle]]). Ms [[Gillespie|name]] opposes the order but, through her solicitor Ms [[Harriet Lowe|name]], accepts that
   [[Connor|name]] should not return to her care at present.
4. Because the mother lives in Scotland, the local authority has worked with Glasgow City Council's social work services,
   who hold no open case.
5. [[Connor|name]] told the guardian he wants to "stay at Gran's for good" and to see his sister [[Lexi|name]] (17, a care leaver
   of this authority) every other weekend. He would like to see his mum "when [[Stevie|name]]'s not there".
6. Support plan: a special guardianship allowance, therapy funded through the Adoption and Special Guardianship Support
   Fund, and supervised contact with the mother once a month at a family centre in [[Gretna|place]].
7. The father, Mr [[McLeish|name]], is serving a sentence at HMP Barlinnie. He was served on [[2 October 2026|date]] and has not replied.

Dated [[20 November 2026|date]]. [[Aoife Cullinane|name]], Social Worker ([[01632 960461|phone]]), for Edenfell Council.
Legal adviser: [[Mark Threlkeld|name]], Edenfell Legal Services.
"""),
]

KINDS = ("name", "address", "postcode", "place", "school", "phone", "email", "dob", "date", "nhs", "upn", "ni", "vehicle")
_NI = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))


def sets() -> dict[str, list[Doc]]:
    label = "set 6 (written 2026-11-22 evening without reading the detector; held out until scored at 20:51 UTC, read since)"
    return {label: _docs(_PAIRS)}


def problems(pairs=_PAIRS, record_ids=None) -> list[str]:
    """Checks of the marking itself (no detector involved). Returns a list of problems, empty when all is well."""
    from stdnum.gb import nhs, upn

    out = []
    for value in _RECORD_IDS if record_ids is None else record_ids:
        compact = value.replace(" ", "")
        if compact.isdigit() and not nhs.is_valid(compact):
            out.append(f"record NHS number fails its check digit: {value}")
        elif len(compact) == 13 and not upn.is_valid(compact):
            out.append(f"record UPN fails its check letter: {value}")
        elif len(compact) == 9 and not _NI.match(value):
            out.append(f"record NI number has a bad format: {value}")
    for _record, docs in pairs:
        for style, marked in docs:
            text, gold = _parse(marked)
            for leftover in ("[[", "]]", "|name", "|date"):
                if leftover in text:
                    out.append(f"{style}: stray {leftover!r} left in the text")
            for start, end, kind in gold:
                words = text[start:end]
                if kind not in KINDS:
                    out.append(f"{style}: unknown kind {kind!r} for {words!r}")
                if not words.strip() or words != words.strip():
                    out.append(f"{style}: empty span or span wrapped in spaces: {words!r}")
                if kind == "nhs" and not nhs.is_valid(words.replace(" ", "")):
                    out.append(f"{style}: NHS number fails its check digit: {words}")
                if kind == "upn" and not upn.is_valid(words):
                    out.append(f"{style}: UPN fails its check letter: {words}")
                if kind == "ni" and not _NI.match(words):
                    out.append(f"{style}: NI number has a bad format: {words}")
            # A word marked as a name somewhere in this document must not also appear unmarked in it.
            inside = [False] * len(text)
            for start, end, _kind in gold:
                inside[start:end] = [True] * (end - start)
            named = {text[s:e] for s, e, k in gold if k == "name"}
            words = {w for n in named for w in re.findall(r"[^\W\d_][\w'-]*", n) if len(w) > 2}
            for w in sorted(words):
                for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text):
                    if not any(inside[m.start():m.end()]):
                        out.append(f"{style}: {w!r} is marked as a name elsewhere but unmarked at {m.start()}")
    return out


def gold_counts(named_sets: dict[str, list[Doc]]) -> tuple[int, dict[str, int]]:
    """Documents, and gold spans per kind, in a hand-written set (every set module's counts() reads it)."""
    docs = [doc for docs in named_sets.values() for doc in docs]
    per_kind = {kind: 0 for kind in KINDS}
    for doc in docs:
        for _start, _end, kind in doc.gold:
            per_kind[kind] += 1
    return len(docs), per_kind


def report(docs: list[Doc] | None, found: list[str]) -> int:
    """What `python -m bench.redaction_setN` prints: the marking's problems, each document's gold spans (when given)
    and the counts. Returns the exit status: 1 if the marking has a problem."""
    for line in found:
        print("PROBLEM:", line)
    for doc in docs or ():
        print(f"\n=== {doc.style} ===")
        for start, end, kind in doc.gold:
            print(f"  {kind:9} {doc.text[start:end]!r}")
    n_docs, per_kind = gold_counts({"": docs} if docs is not None else sets())
    print(f"\n{n_docs} documents; gold spans per kind:")
    for kind, n in per_kind.items():
        print(f"  {kind:9} {n}")
    other = sum(n for k, n in per_kind.items() if k != "name")
    print(f"  names {per_kind['name']}, other {other}, total {per_kind['name'] + other}")
    return 1 if found else 0


def counts() -> tuple[int, dict[str, int]]:
    return gold_counts(sets())


if __name__ == "__main__":
    raise SystemExit(report(None, problems()))
