"""Set 11: a sixth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8,
9 and 10 do) or bench/README.md, that did not run the detector or any bench script that runs it, that ran no git command,
and that looked at no detector output. What was read: bench/redaction_set10.py and tests/test_redaction_set10.py in full
(the layout and marking conventions followed here), bench/redaction_set9.py, the docstrings and checker functions of
bench/redaction_set8.py, bench/redaction_set7.py and bench/redaction_heldout.py (to see which towns earlier sets used as a
family's home, and what their checkers do), and the `_party` / `_parse` / `_docs` helpers of bench/redaction_handwritten.py.
The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to
build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of
changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical English local authority's caseload, each from a town no earlier set (6 to 10)
used as a family's home. Four of the kinds most common in children's social care: a white British family on the Brambles
Farm estate in Middlesbrough (Lumsden / Bainbridge; domestic abuse with non-fatal strangulation, a girl out of school who
self-harms), a young white British couple in Bridgwater, Somerset, with grandparents in the villages around it (Venn /
Tapp; a baby of four months with bruising and rib fractures), a mixed White and Black African family in Kings Heath,
Northampton, with a Zimbabwean father (Moyo / Peverell; a boy of 14 with ADHD found with a knife, criminal exploitation, a
mother who uses heroin) and a young white British couple with learning disabilities in Balby, Doncaster (Gascoigne /
Hemingway; pre-birth assessment and a newborn on a child protection plan). Two from communities no earlier set used: a
Romanian family in an overcrowded house in Wisbech (Stoica / Rusu; children missing education, a toddler found in the
road) and a Congolese (DR Congo) family in Great Lever, Bolton (Kabongo / Mbuyi; a boy beaten with a belt, a mother with
PTSD). 24 documents: a police domestic abuse notice (PPN), a section 47 home visit case note, a girl's own statement for
her conference typed on an app, initial child protection conference minutes, a hospital child protection medical report, a
joint police and social work visit record, a grandmother's email and the social worker's reply, a chronology for court, a
secondary school's referral, a Child in Need plan, text messages between a boy and his social worker, an email chain with a
SENCo, a pre-birth assessment extract, a telephone contact record, an easy read letter to parents, core group minutes, an
education welfare officer's referral email, an interpreter-assisted home visit note, a Facebook community group post and
its comments, a child and family assessment extract, a primary school's CPOMS log, a section 47 outcome letter, Child in
Need review minutes and a family WhatsApp group translated from French and Lingala.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Zimbabwe, Romania, DR Congo, Belgium, France); NHS numbers (ordinary and 999 ranges)
and UPNs (the right LA number for the area) pass their check digits. Councils are invented (Teesholme, Parrett Vale,
Nenebrook, Torne Valley, Fenhaven, Croal Valley); towns, districts, villages, real charities, housing associations, brands,
NHS bodies, police forces, courts, apps, programmes, festivals, foods and laws are real and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set10.py (which follows sets 6 to 9). [[words|kind]] is a gold
span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, Sgt, Nana, Nanna, Nan, Grandad, Mam, Daddy, the Teesside and Yorkshire "our" in
"our Liam", Gogo, Ambuya, Tete, Babamukuru, Bunica, Tanti, Nenea, Tata, Mama, Papa, Tonton, Tantine, Yaya, Koko, Pasteur)
stay outside the name span, whether they come before or after the name; a possessive 's (or a bare s in texting) stays
outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span; an initial with a
surname ("H. Garbutt") is one span; a name broken by a line break is one span holding the break; initials alone are not
marked; social media handles are not marked, but an account, display or contact name that is the person's plain name or
nickname (a Facebook commenter, a WhatsApp contact) is marked. A street address is one span, its town a place, its postcode
a postcode; a street named without a number is an address ("Penrith Road", "elm rd"), and so is a house's name used as the
address ("Orchard View"); towns, cities, villages, districts and estates are places, at home or abroad; countries,
counties, regions and their short forms ("Northants", "Cambs", "Teesside") are not; organisations are not marked even when
they hold a town's or a person's name ("Bridgwater Carnival", "Wisbech Community Noticeboard", "Bolton Wanderers", "Thirteen
Group", "HMP Holme House"); a school's or college's name is a school, even when it holds a town's, a street's, a saint's or a
person's name ("Outwood Academy Ormesby", "Devonshire Road Primary School", "Bolton St Catherine's Academy", "Thomas Becket
Catholic School", "Thomas Clarkson Academy", "Doncaster College"), and so is its short form ("Outwood", "Brambles", "Hamp",
"Becket", "Peckover", "Devonshire Road", "St Catherine's"); a date of birth is dob (a birth date in a chronology's date
column, and a birthday without the year, too), any other calendar date with a day is date (a weekday before it stays
outside); months and years alone are not marked; helplines are not marked. Set 10's further choices hold here: a pet's
name is not a name; a firm named after people marks only the names; parks, stadiums, shopping centres and attractions are
landmarks and stay unmarked; a surname or first name that is also an English word or a town is marked by what it refers to
(Paul Frost, Fern Whitlock, Poppy, Ruby and Skye are names; Street, Hamp and March are places when they are the towns or
districts, and Hamp is a school when it is the school); a nickname with a word in front is one span; a short form of a town
is a place; the Virtual School is not a school; a date split across a line break is one span. Choices this set had to make:
a law named after a person ("Clare's Law") is legislation and stays unmarked, as set 8's Awaab's Law did; "Mongolian blue
spots" is a medical term; a foreign number plate ("BC 14 FLR") is a vehicle, as in set 9; the name of a shop, church or
WhatsApp group that holds no person's name stays unmarked; a name spelt in a document with diacritics that the record spells
plainly ("Espérance", "Grâce", "Mădălina") is a name.

Self-check without the detector: `python -m bench.redaction_set11` (and tests/test_redaction_set11.py) runs set 10's
checker (which runs sets 9, 8, 7 and 6's) on this set, adds this set's kinship words (before and after a name) and
counties, and prints the number of documents and gold spans per kind.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set10 import problems as set10_problems
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Lumsden / Bainbridge family (white British), Brambles Farm, Middlesbrough ----------------------------------

HOME_A = d.Address("19 Penrith Road", "Brambles Farm", "Middlesbrough", "TS3 9LH")
NANA_A = d.Address("7 Normanby Road", "Eston", "Middlesbrough", "TS6 0AX")
DAD_A = d.Address("22 Lanehouse Road", "Thornaby", "Stockton-on-Tees", "TS17 8EQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Skye", "Lumsden")], dt.date(2012, 1, 9), [HOME_A], ids=["4765073904", "Q806251516779"],
       phones=["07864 125 739"], schools=["Outwood Academy Ormesby"]),
    _p("s", "sibling", [("Brody", "Bainbridge")], dt.date(2019, 5, 22), [HOME_A], ids=["4311240139", "T806213123595"],
       schools=["Brambles Primary Academy"]),
    _p("m", "mother", [("Stacey", "Lumsden")], dt.date(1990, 3, 14), [HOME_A], phones=["07931 482 106"],
       ids=["4867860638", "JR 58 21 36 B"]),
    _p("f", "father", [("Craig", "Bainbridge")], dt.date(1987, 8, 30), [DAD_A], phones=["07743 290 518"]),
    _p("n", "partner", [("Reece", "Oxley")], dt.date(1997, 11, 2), phones=["07508 716 334"], ids=["NP 44 19 72 A"]),
    _p("g", "grandparent", [("Brenda", "Lumsden")], dt.date(1966, 6, 19), [NANA_A], phones=["01642 459 870"]),
    _p("p1", "professional", [("Rachael", "Trotter")], phones=["01642 726 418", "07456 833 902"],
       emails=["rachael.trotter@teesholme.gov.uk"]),
    _p("p2", "professional", [("Paul", "Frost")], phones=["01642 303 655"], emails=["p.frost@ormesby.outwood.com"]),
], "c")

DOCS_A = [
    ("police domestic abuse notice", """CLEVELAND POLICE - PUBLIC PROTECTION NOTICE (PPN) - DOMESTIC ABUSE, CHILDREN PRESENT
PPN ref: PPN/26/081944    Storm log: 0418 of [[13/09/2026|date]]    To: Teesholme Children's Front Door (MACH)
Incident: Sunday [[13 September 2026|date]], 01:52 hrs    Attending officer: PC 2291 [[Hannah Garbutt|name]], Response Team 3
Location: [[19 Penrith Road|address]], [[Brambles Farm|place]], [[Middlesbrough|place]] [[TS3 9LH|postcode]]

PERSONS
Victim:  [[LUMSDEN, Stacey|name]]    DOB [[14/03/1990|dob]]    Mobile [[07931 482 106|phone]]
Suspect: [[OXLEY, Reece|name]] (known as "[[Oxo|name]]")    DOB [[02/11/1997|dob]]    Mobile [[07508 716 334|phone]]
         NI [[NP 44 19 72 A|ni]]. Partner of 14 months; not on the tenancy but stays most nights.
Children in the household:
         [[LUMSDEN, Skye|name]]    DOB [[09/01/2012|dob]]    [[Outwood Academy Ormesby|school]]    present and awake
         [[BAINBRIDGE, Brody|name]]    DOB [[22/05/2019|dob]]    [[Brambles Primary Academy|school]]    present, woken by the noise
[[Brody|name]]'s father: [[Craig BAINBRIDGE|name]] of [[Thornaby|place]] (not present; no concerns recorded about him)

CIRCUMSTANCES
At 01:52 a neighbour, Mrs [[Vera Toase|name]] of No. 21, rang 999 to report a woman screaming and a child shouting "get off
her". At 01:54 a second 999 call came from [[Skye|name]]'s mobile ([[07864 125 739|phone]]): she was whispering and said "he's
got me mam by the throat, please come quick". Officers arrived at 02:06. [[Oxley|name]] had already left in his black Ford
Fiesta ST, [[NV67 KXP|vehicle]], which ANPR picked up at 02:11 on the A66 westbound at [[Thornaby|place]].

[[Stacey|name]] was on the kitchen floor, crying, with red marks on both sides of her neck and a split lower lip. She said
[[Reece|name]] came back from the Hollywood Bowl at Teesside Park at about 01:30 "steaming" and accused her of messaging her ex,
[[Craig|name]], about [[Brody|name]]'s birthday money. He grabbed her by the throat against the fridge "for about ten seconds"
and she could not breathe; she did not think she passed out. She had drunk "a couple of Strongbows". At first she did not want
to make a statement; she agreed to photographs and a body-worn video account, and declined to go to James Cook.

[[Skye|name]] (14) spoke to PC [[Garbutt|name]] in her bedroom. She said: "Every time he's had a drink he starts. Last time he
threw the Xbox at the wall. Me mam won't get rid of him cos she says she'll be on her own." She said she hit [[Reece|name]] with
a hairbrush to make him let go, and he shoved her into the door frame (a small red mark on her left upper arm, photographed).
[[Brody|name]] (7) was sitting on the landing in Spider-Man pyjamas, crying and asking for his dad. He told PC [[Garbutt|name]]
"[[Reece|name]] was shouting at Mammy and [[Skye|name]] was screaming".

The house: cluttered but warm, with food in; empty cans of Strongbow Dark Fruits on the kitchen side; a fist-sized hole in the
living room door ("that was ages ago"). A Ring doorbell is fitted but [[Stacey|name]] said the subscription had run out.

Mrs [[Brenda Lumsden|name]] (maternal grandmother, known as Nana [[Bren|name]]) came from [[Eston|place]] in a taxi at 03:15 and
stayed with the children; her number is [[01642 459 870|phone]].

SUSPECT
[[Reece Oxley|name]] was arrested at 07:40 at his mother's house, [[41 Viewley Hill Avenue|address]], [[Hemlington|place]], on
suspicion of non-fatal strangulation (section 75A, Serious Crime Act 2015) and assault by beating. In interview he said
[[Stacey|name]] "went for him first". Charged; remanded overnight and bailed by Teesside Magistrates' Court on
[[14/09/26|date]] with conditions not to contact [[Stacey Lumsden|name]] directly or indirectly, not to enter [[Penrith
Road|address]] and to live and sleep at his mother's address. He has a caution for assaulting a former partner, [[Kerry-Ann
Wake|name]], in [[Redcar|place]] in 2019.

RISK
DASH: 17 ticks - HIGH (strangulation, escalation, recent separation talk, a child hurt, alcohol, previous domestic abuse).
MARAC referral made on [[14 September|date]]; Harbour IDVA service notified. [[Stacey|name]] was given a Right to Ask (Clare's Law)
leaflet. Previous domestic incidents at the address: 4 since March 2025, 2 of them involving [[Oxley|name]].
Operation Encompass notifications sent to both schools for 08:00 on Monday [[14th September 2026|date]].

Officer: PC 2291 [[H. Garbutt|name]]    Supervisor: Sgt 1088 [[Iain McCall|name]]
Reviewed (Public Protection Unit): DS [[Nicola Bewick|name]], [[13.09.26|date]] 10:20
"""),
    ("section 47 home visit case note", """TEESHOLME BOROUGH COUNCIL - CHILDREN'S SERVICES - CASE NOTE
Children: [[Skye LUMSDEN|name]] ([[09.01.2012|dob]]) and [[Brody BAINBRIDGE|name]] ([[22.05.2019|dob]])    LCS ref 2207714
Type: Home visit (announced), section 47 enquiry    Worker: [[Rachael Trotter|name]], Social Worker, East Locality Team
Visit: Tuesday [[15 September 2026|date]], 15:45-17:10, [[19 Penrith Road|address]], [[Brambles Farm|place]], [[TS3 9LH|postcode]]
Present: [[Stacey Lumsden|name]] (mum), [[Skye|name]], [[Brody|name]], and Nana [[Bren|name]] ([[Brenda Lumsden|name]]) for the first
half hour.

Why: the strategy discussion on [[14/09/2026|date]] (chair [[Gavin Hume|name]], Team Manager; DS [[Nicola Bewick|name]]; Mr [[Paul
Frost|name]], DSL at [[Outwood|school]]; Miss [[Kellie Dodds|name]], [[Brody|name]]'s class teacher at [[Brambles|school]]) agreed a
section 47 enquiry after the police notice of [[13 Sept|date]]: [[Reece Oxley|name]] strangled [[Stacey|name]] with both children in
the house, and [[Skye|name]] was hurt when she tried to stop him.

[[Stacey|name]]: she looked exhausted; the marks on her neck are fading to yellow. She said she has been to the GP (Dr [[Qadir|name]]
at the Park End practice) "for my nerves" and is back on sertraline. She says she has not had a drink since Sunday. She loves
[[Reece|name]] "but I know he can't come back while the kids are here". She has had calls from a withheld number and a message on
Facebook from [[Reece|name]]'s sister, [[Demi Oxley|name]]: "drop it or you'll be sorry". I advised her to screenshot everything
and ring 101 (or 999 if she is frightened); she showed me the message and I photographed it. She has a Thirteen Group tenancy
and wants a move "away from his family", who live all over [[Hemlington|place]] and [[Berwick Hills|place]].

[[Skye|name]]: seen alone in her bedroom (posters of Stray Kids and BTS, fairy lights, a lot of Monster cans). She was chatty once
her mum went downstairs. She has been to [[Outwood|school]] on two days this term; "I can't concentrate, I just think about what's
happening at home." She showed me healed scratches on her left wrist ("the summer, not since") and said she uses Kooth at night.
She wants [[Reece|name]] "gone for good" and said: "If he comes back I'm going to me nana's and I'm taking [[Brody|name]]." She
spends a lot of time at her friend [[Tegan Pounder|name]]'s ("[[Teggy|name]]") in [[Berwick Hills|place]]. Her own father,
[[Darren Kirtley|name]], is serving a sentence at HMP Holme House; she does not want contact. She calls [[Craig|name]] "my proper dad".

[[Brody|name]]: seen at the kitchen table drawing a Boro player. His Three Houses: in the house of worries he drew "[[Reece|name]]
shouting" and "Mammy crying on the floor"; in the house of good things, "Daddy [[Craig|name]] and the Riverside" and "Nana [[Bren|name]]'s
biscuits"; in the house of dreams, "a big bed with no wee in it". He has wet the bed every night since Sunday, [[Stacey|name]] says.

Nana [[Bren|name]]: says the children can always come to her two-bedroom flat at [[7 Normanby Road|address]], [[Eston|place]], [[TS6
0AX|postcode]], though she has COPD and "can't run after a seven-year-old". Her husband, [[Alan|name]], died in 2024.

[[Craig Bainbridge|name]] rang during the visit from [[07743 290 518|phone]] and spoke to me on speaker with [[Stacey|name]]'s agreement.
He would have [[Brody|name]] every weekend or "full time if it comes to it" at [[22 Lanehouse Road|address]], [[Thornaby|place]],
[[TS17 8EQ|postcode]], where he lives with his partner, [[Shona Ridley|name]], and her sons. He drives a white Transit Custom for
work ([[NL15 TZD|vehicle]]). [[Skye|name]] asked if she could go too.

Safety plan (agreed and signed by [[Stacey|name]]): [[Reece|name]] not to come to the house; [[Stacey|name]] to ring 999 if he does;
the children to stay at Nana [[Bren|name]]'s if [[Stacey|name]] has a drink; [[Stacey|name]] to meet [[Leah Coulthard|name]] (Harbour
IDVA, [[01642 850 339|phone]]) on Friday [[18/09|date]]; I will ask Thirteen to change the locks. My numbers given:
[[01642 726 418|phone]] and work mobile [[07456 833 902|phone]].

Analysis: significant harm (physical and emotional) is likely for both children; the risk from [[Reece Oxley|name]] is high;
[[Stacey|name]]'s drinking and low mood reduce her ability to keep them safe. Strengths: a loving mother who called the police before,
a close grandmother, a committed father for [[Brody|name]]. Recommendation: Initial Child Protection Conference.
Manager's decision ([[G. Hume|name]], [[16/09/2026|date]]): agreed; ICPC booked for Wednesday [[7 October 2026|date]].
"""),
    ("a girl's own statement for her conference", """[Typed by [[Skye|name]] on the Mind of My Own app on [[5 October 2026|date]] for her
initial child protection conference and sent to her social worker, [[Rachael Trotter|name]]. Spelling and emojis as written.]

my name is [[skye lumsden|name]] and im 14. i dont want to come to the meeting bc there will be loads of ppl and my mam will
cry. so [[rachael|name]] said i could write it on here instead

1. i love my mam. shes not a bad mum shes just been with bad lads. when [[oxo|name]] is not there our house is fine honestly

2. the night it happened ([[13th sept|date]]) i was awake bc i was on facetime to [[teggy|name]]. i heard the fridge bang and mam
making a noise like she was choking. i rang 999 and hid the phone up my jumper. i hit him with my hairbrush. i would do it again

3. [[brody|name]] is only 7 and he wets the bed since it happened. he sleeps in with me now. he keeps asking if [[reece|name]] is in
jail

4. i want [[oxo|name]] to NEVER come back. if he does i will go to my nanas in [[eston|place]] and take [[brody|name]] with me. nana
[[bren|name]] says we can have her back room

5. i know i havent been going to [[outwood|school]]. its not bc of school its bc i worry about mam when im not there. mr [[frost|name]]
is sound he said i can go in the inclusion room and start at 10

6. my real dad is in jail and i dont want to see him. [[craig|name]] is my proper dad even tho hes [[brody|name]]s dad not mine. i want
to go to his in [[thornaby|place]] some weekends with [[brody|name]] and [[shona|name]]s boys are alright

7. camhs is a joke the waiting list is like a year. i use kooth at night

8. please dont tell [[reece|name]]s family anything. his sister [[demi|name]] messaged me on insta saying im a grass and a slag.
she lives on [[keswick rd|address]] round the corner from [[tegan|name]]s

9. if u want to text me my number is [[07864 125 739|phone]]. my birthday is the [[9th of jan|dob]] 🎂 and i want to go to the boro
game with [[craig|name]] for it

from [[skye|name]] x
"""),
    ("initial child protection conference minutes", """TEESHOLME BOROUGH COUNCIL
INITIAL CHILD PROTECTION CONFERENCE - RECORD AND DECISIONS
Children: [[Skye Lumsden|name]], born [[9 January 2012|dob]], NHS [[476 507 3904|nhs]], UPN [[Q806251516779|upn]]
          [[Brody Bainbridge|name]], born [[22 May 2019|dob]], NHS [[431 124 0139|nhs]], UPN [[T806213123595|upn]]
Address: [[19 Penrith Road|address]], [[Brambles Farm|place]], [[Middlesbrough|place]] [[TS3 9LH|postcode]]
Date: Wednesday [[07/10/2026|date]], 10:00-12:20, Middlesbrough House, Room 4    Chair: [[Sandeep Bhatia|name]]    Minutes: [[Lorna
Gedling|name]]

Present: [[Stacey Lumsden|name]] (mother), supported by [[Leah Coulthard|name]] (IDVA, Harbour); [[Craig Bainbridge|name]] ([[Brody|name]]'s
father); Mrs [[Brenda Lumsden|name]] (maternal grandmother); [[Rachael Trotter|name]] (Social Worker) and [[Gavin Hume|name]] (Team
Manager); Mr [[Paul Frost|name]] (DSL, [[Outwood Academy Ormesby|school]]); Miss [[Kellie Dodds|name]] (class teacher, [[Brambles
Primary|school]]); [[Bev Cuthbert|name]] (School Nurse, 0-19 Service); DC [[Owen Readman|name]] (Cleveland Police, Public Protection
Unit). Apologies: Dr [[Ruth Agbaje|name]] (CAMHS, report sent); Dr [[Qadir|name]] (GP, report sent).
Not invited: [[Reece Oxley|name]]. The chair explained to [[Stacey|name]] that bail conditions stop him having contact with her.
[[Skye|name]] chose not to come; her statement of [[5/10/26|date]] was read out by [[Rachael|name]].

1. Police (DC [[Readman|name]])
Four domestic incidents at the address since March 2025; on [[13/09/2026|date]] [[Oxley|name]] strangled [[Stacey|name]] in front of
the children. He is charged with non-fatal strangulation and assault; plea hearing at Teesside Crown Court on [[2 November
2026|date]]. His Fiesta ([[NV67 KXP|vehicle]]) is flagged on ANPR. On [[29/09/2026|date]] he was seen by a patrol on [[Keswick
Road|address]], 200 metres from the house; he said he was visiting his sister and was given words of advice. A caution in 2019
for assaulting a former partner, [[Kerry-Ann Wake|name]].

2. Children's Services ([[Rachael|name]])
Summary of the section 47 enquiry (report circulated). [[Stacey|name]] has kept to the safety plan, met [[Leah|name]] twice and has
started the Freedom Programme at the Middlesbrough Women's Centre. She has applied to Thirteen for a management move (her NI
number, [[JR 58 21 36 B|ni]], is on the form). [[Skye|name]] is staying at Nana [[Bren|name]]'s two or three nights a week.

3. Schools
[[Outwood|school]] (Mr [[Frost|name]]): [[Skye|name]]'s attendance this term is 38%. She has started a reduced timetable in the Inclusion
Room from [[28 September|date]] and has come in 6 times out of 8. A Year 10 girl, [[Demi Oxley|name]]'s cousin [[Jaycee Oxley|name]],
has been calling her names; the school has put in a conduct plan. Contact: [[p.frost@ormesby.outwood.com|email]],
[[01642 303 655|phone]].
[[Brambles|school]] (Miss [[Dodds|name]]): [[Brody|name]]'s attendance 94%; wetting at school twice since the incident; he comes to
Breakfast Club. He talks about his dad's new puppy and about "the bad night".

4. Health
School Nurse ([[Bev|name]]): [[Brody|name]] referred to the enuresis clinic at the Live Well Centre. CAMHS (Dr [[Agbaje|name]]):
[[Skye|name]] was triaged on [[21/09/2026|date]]; moderate risk; a Mental Health Support Team worker will see her at school.
GP (report on [[Stacey|name]], NHS [[486 786 0638|nhs]]): on sertraline 100 mg; she told the GP she drinks "two or three nights a week".

5. Family
[[Stacey|name]]: "I'll do whatever it takes. I've finished with him." [[Craig|name]]: would like [[Brody|name]] every weekend from
Friday to Sunday and to take both children to the Boro on Saturdays; he has offered to have [[Skye|name]] too. [[Brenda|name]]:
"They're my world. I'll help, but my chest is bad." [[Skye|name]]'s father, [[Darren Kirtley|name]], is in custody and was not told
of the conference (the chair's decision; he has no parental responsibility).

6. Decision
Both children are to be subject to a child protection plan under the category of emotional abuse. [[Stacey|name]] said she
disagreed with the category ("I never hurt them") and the chair recorded her view.
Key worker: [[Rachael Trotter|name]], [[01642 726 418|phone]], [[rachael.trotter@teesholme.gov.uk|email]].

7. Outline plan
- [[Reece Oxley|name]] to have no contact with the children; [[Stacey|name]] to tell [[Rachael|name]] and the police of any contact.
- [[Stacey|name]] to finish the Freedom Programme and to work with Recovery Connections on her drinking.
- [[Skye|name]]: reduced timetable, MHST support, a referral to Harbour's children's worker; to be seen alone at every visit.
- [[Brody|name]]: time with his dad every weekend; [[Craig|name]] to collect from [[Brambles|school]] on Fridays.
- Nana [[Bren|name]]: a carer's assessment from Adult Social Care.
First core group: Thursday [[15/10/2026|date]] at [[Brambles Primary Academy|school]]. Review conference: [[6 January 2027|date]].
"""),
]

# --- B. Venn / Tapp family (white British), Sydenham, Bridgwater, Somerset ------------------------------------------

HOME_B = d.Address("23 Cranleigh Gardens", "Sydenham", "Bridgwater", "TA6 4QP")
GRAN_B = d.Address("Orchard View, Riverton Road", "Puriton", "Bridgwater", "TA7 8BW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Alfie-James", "Tapp")], dt.date(2026, 6, 3), [HOME_B], ids=["6108528605"]),
    _p("s", "sibling", [("Lexi", "Venn")], dt.date(2021, 2, 18), [HOME_B], ids=["6904522356", "Q933292725002"],
       schools=["Hamp Academy"]),
    _p("m", "mother", [("Kirsty", "Venn")], dt.date(2004, 4, 7), [HOME_B], phones=["07597 214 680"],
       ids=["6199953460", "KT 30 66 18 D"]),
    _p("f", "father", [("Joshua", "Tapp"), ("Josh", "Tapp")], dt.date(2002, 1, 26), [HOME_B], phones=["07482 651 307"],
       ids=["SH 72 40 95 C"]),
    _p("g", "grandparent", [("Sandra", "Venn")], dt.date(1972, 9, 11), [GRAN_B], phones=["01278 685 120", "07817 409 236"],
       emails=["sandra.venn72@hotmail.co.uk"]),
    _p("g2", "grandparent", [("Lorraine", "Tapp")], dt.date(1976, 12, 2), phones=["07709 582 144"]),
    _p("p1", "professional", [("Bethany", "Hooper")], phones=["01278 434 912", "07519 336 820"],
       emails=["bethany.hooper@parrettvale.gov.uk"]),
    _p("p2", "professional", [("Olumide", "Fashola")], phones=["01823 342 215"], emails=["olumide.fashola@somersetft.nhs.uk"]),
], "c")

DOCS_B = [
    ("hospital child protection medical report", """SOMERSET NHS FOUNDATION TRUST - MUSGROVE PARK HOSPITAL, [[TAUNTON|place]]
CHILDREN'S SERVICES - CHILD PROTECTION MEDICAL ASSESSMENT: SUMMARY REPORT FOR CHILDREN'S SOCIAL CARE AND THE POLICE

Child: [[Alfie-James TAPP|name]] (known as "[[AJ|name]]")    DOB: [[03/06/2026|dob]] (18 weeks)    NHS number: [[610 852 8605|nhs]]
Address: [[23 Cranleigh Gardens|address]], [[Sydenham|place]], [[Bridgwater|place]] [[TA6 4QP|postcode]]
GP: Dr [[Helen Pring|name]], Taunton Road Medical Centre, [[Bridgwater|place]]    Health visitor: [[Tessa Hembrow|name]]
Examined by: Dr [[Olumide Fashola|name]], Consultant Paediatrician and Named Doctor for Safeguarding Children
Examination: Sunday [[11/10/2026|date]] at 10:30, Paediatric Assessment Unit
Present: mother [[Kirsty Venn|name]] ([[07597 214 680|phone]]); father [[Joshua Tapp|name]] ("[[Josh|name]]", [[07482 651 307|phone]]),
for the history only; [[Ian Rowsell|name]], Emergency Duty Team social worker, Parrett Vale Council. Consent from both parents
(both have parental responsibility).

1. How he came to us
On Saturday [[10 October 2026|date]] at 18:20 his maternal grandmother, Mrs [[Sandra Venn|name]], brought [[AJ|name]] to the Minor
Injury Unit at Bridgwater Community Hospital. She had been babysitting since 16:00 so that the parents could go to the
Bridgwater Carnival procession, and had noticed a bruise on his left ear and cheek when she took off his hat. The MIU nurse,
[[Jo Cridland|name]], referred him to us by ambulance because of bruising in a baby who cannot yet roll.

2. Accounts
[[Kirsty|name]] (22) said she had not seen the bruise that morning; she bathed him at 07:00 and "would have noticed". She said her
daughter, [[Lexi|name]] (5), "loves him to bits" and sometimes picks him up when no one is looking.
[[Josh|name]] (24) said that on Friday evening [[AJ|name]] "rolled off the changing mat" onto the carpet while he turned to get a
nappy, and that he did not tell [[Kirsty|name]] because "she'd go mad". He works shifts as a scaffolder at Hinkley Point C and was
"knackered". Both parents say [[AJ|name]] has been "grizzly" for two weeks and "screams when you pick him up under the arms".
The red book shows weight gain along the 25th centile; all immunisations up to date; no previous attendances.

3. Findings
Weight 6.1 kg. An alert, well-fed baby. A 2 x 1.5 cm blue-purple bruise on the back of the left ear (pinna), a 1 cm bruise on the
left cheek and three petechiae behind the left ear. No bruising elsewhere; frenulum intact; fontanelle soft. Grey-blue
Mongolian blue spots over the sacrum and buttocks, present since birth (documented in the red book; they are not bruises).
Skeletal survey ([[12/10/2026|date]]), reported by Dr [[Priya Keeling|name]], Consultant Paediatric Radiologist: healing fractures
of the left posterior 6th and 7th ribs, with callus, about 10 to 21 days old. CT head normal. Ophthalmology (Mr [[Anand
Suri|name]]): no retinal haemorrhages. Bloods (full blood count, clotting, bone profile, vitamin D, PTH) normal. A repeat survey is
booked for [[26/10/2026|date]].

4. Opinion
Bruising to the ear and cheek of a non-mobile baby, with posterior rib fractures for which no explanation has been given, is
highly suggestive of inflicted injury (squeezing). A fall from a changing mat onto carpet does not explain the fractures,
which happened before Friday. No medical condition found that would explain them.

5. Plan
[[AJ|name]] to stay on Ward 25 until the strategy meeting decides where he will go; the parents' time with him to be supervised by
nursing staff. His half-sister, [[Lexi Venn|name]] (DOB [[18/02/2021|dob]], [[Hamp Academy|school]]), to have a child protection
medical on [[13 October|date]]; she is staying with her grandparents, [[Sandra|name]] and [[Dave Venn|name]], in [[Puriton|place]].
Strategy discussion: Monday [[12/10/2026|date]] at 15:00 with SW [[Bethany Hooper|name]] (Parrett Vale Council) and DC [[Matt
Coombes|name]] (Avon and Somerset Constabulary, Child Abuse Investigation Team), at which I gave this opinion.

Dr [[O. Fashola|name]], Consultant Paediatrician    Secretary: [[01823 342 215|phone]]    [[olumide.fashola@somersetft.nhs.uk|email]]
cc: Dr [[Pring|name]] (GP); [[Tessa Hembrow|name]] (Health Visitor); [[Bethany Hooper|name]]; DC [[Coombes|name]]
"""),
    ("joint police and social work visit record", """PARRETT VALE COUNCIL - CHILDREN'S SOCIAL CARE - SECTION 47 JOINT VISIT RECORD
Child: [[TAPP, Alfie-James|name]] ([[3 June 2026|dob]])    Sibling: [[VENN, Lexi|name]] ([[18 February 2021|dob]])
Date: Tuesday [[13 October 2026|date]]    Workers: [[Bethany Hooper|name]] (SW, Bridgwater Safeguarding Team) and DC [[Matt
Coombes|name]] (CAIT)

14:00 - the family home, [[23 Cranleigh Gardens|address]], [[Sydenham|place]]
Both parents were in. [[Kirsty|name]] had been crying; [[Josh|name]] was angry at first ("you lot have already decided") and calmed
down when DC [[Coombes|name]] explained that this was not an arrest and that both would be interviewed under caution at
Bridgwater Police Centre by appointment. The flat is a two-bedroom housing association flat (Abri); clean, tidy, with a
Moses basket and a cot in the parents' room and [[Lexi|name]]'s room done out in Frozen. No safety gates; a baby bouncer on the
kitchen worktop. Empty cans of Monster and a bottle of Jägermeister in the recycling.
[[Kirsty|name]] said [[Lexi|name]]'s dad, [[Ryan Sully|name]], lives in [[Burnham-on-Sea|place]] and sees her "when he can be bothered";
he has not been round since the summer. She gets on with her mum but "not with [[Dave|name]]" (her stepdad). She works two
evenings a week at the Morrisons on [[Taunton Road|address]]; [[Josh|name]] has [[AJ|name]] then.
[[Josh|name]] said he was in the house alone with [[AJ|name]] "loads", mostly on [[Kirsty|name]]'s work nights (Tuesdays and
Thursdays) and when she takes [[Lexi|name]] to gymnastics. He said [[AJ|name]] "cries for hours" and that once, about three weeks
ago, he "lost it a bit" and "picked him up too quick" but "would never hurt him". DC [[Coombes|name]] stopped him there and
said he would be asked about it in interview. His mother, [[Lorraine Tapp|name]], of [[Highbridge|place]] ([[07709 582 144|phone]]),
also minds [[AJ|name]] some Sundays. His car: a grey Vauxhall Corsa, [[WN68 UCF|vehicle]]. NI number for the police record:
[[SH 72 40 95 C|ni]].
Others who have cared for [[AJ|name]] in the last month: [[Kirsty|name]]'s friend [[Chantelle Puddy|name]] of [[Hamp|place]] (one evening,
at the flat, about [[19/09|date]]), and the staff of the crèche at the Sydenham Children's Centre (once, for an hour).

15:30 - [[Lexi|name]], seen at her grandparents' home, [[Orchard View, Riverton Road|address]], [[Puriton|place]], [[TA7
8BW|postcode]]
[[Lexi|name]] (5, Year 1 at [[Hamp|school]]) was playing Roblox on her nan's tablet. Her child protection medical that morning found
no injuries. She said [[AJ|name]] "cries and cries" and that "Daddy [[Josh|name]] shouts at him to shut up". Asked if she ever picks
him up, she said "No, Mummy says I'm not allowed, only cuddles on the sofa". She drew her family: Mummy, Daddy [[Josh|name]], baby
[[AJ|name]], Nanny [[Sandra|name]] and Grandad [[Dave|name]], and "my other daddy in [[Burnham|place]]" (she did not name him).
Mrs [[Sandra Venn|name]] ([[01278 685 120|phone]]; mobile [[07817 409 236|phone]]) and Mr [[Dave Venn|name]] agreed to keep [[Lexi|name]]
and to take [[AJ|name]] when he is discharged, under a written safety plan: the parents' time with the children to be supervised
by [[Sandra|name]] or [[Dave|name]], never both parents alone together with [[AJ|name]], and not at the flat. [[Dave|name]] drives
[[Lexi|name]] to school in his Škoda Octavia ([[WF18 DKJ|vehicle]]). [[Sandra|name]] works part time at Clarks Village in [[Street|place]]
and will take leave. Police and DBS checks on both were clear (DC [[Coombes|name]], same day).

Outcome and next steps
- Section 47 continues (jointly). Legal planning meeting booked for [[15/10/2026|date]] with Parrett Vale Legal Services
  (solicitor [[Nathan Oaten|name]]). [[AJ|name]] is to be discharged to his grandparents on [[14 October|date]] if the plan holds.
- [[Bethany|name]] to tell [[Lexi|name]]'s school DSL, Mrs [[Gemma Tuckey|name]], and the health visitor, [[Tessa Hembrow|name]].
- DC [[Coombes|name]] to interview both parents on [[16 October 2026|date]] and to seek a second opinion on the timing of the
  fractures.
- Parents told about the Family Rights Group advice line and given a list of local family solicitors; both said they would
  ring one tomorrow.
Signed: [[B. Hooper|name]]    Countersigned: [[Joanna Puddy|name]], Team Manager, [[14/10/2026|date]]
"""),
]

DOCS_B += [
    ("grandmother's email and the social worker's reply", """From: [[Bethany Hooper|name]] <[[bethany.hooper@parrettvale.gov.uk|email]]>
Sent: Monday, [[26 October 2026|date]] 08:52
To: [[Sandra Venn|name]] <[[sandra.venn72@hotmail.co.uk|email]]>
Cc: [[Puddy, Joanna|name]]
Subject: RE: [[AJ|name]] and [[Lexi|name]] - a few things

Dear [[Sandra|name]],

Thank you for this, and please don't apologise for emailing on a Sunday - it is really helpful to have it in writing.

1. [[Lorraine|name]]: you did the right thing by staying in the room. From now on please ask her to arrange visits through me, so
   that they are supervised and written down; I will ring her today on [[07709 582 144|phone]] to explain why.
2. [[Kirsty|name]]: thank you. I have her new address in [[Wembdon|place]] and her new number.
3. [[Ryan|name]]: he is on [[Lexi|name]]'s birth certificate, so he has parental responsibility and will be told about the court
   hearing. Please don't agree to [[Lexi|name]] staying overnight at his in [[Burnham-on-Sea|place]] until I have met him and done
   the checks; day visits with you there are fine.
4. Money: I have asked for a section 17 payment for the car seat and formula, and I will help you claim Child Benefit for the
   children while they are with you. Kinship (the charity) has a free advice line for grandparents; the leaflet is attached.
5. [[Lexi|name]]'s parents' evening: yes, [[Kirsty|name]] can go with you.

Court: we issued care proceedings on Friday [[23 October 2026|date]]. The first hearing is at the Taunton Family Court on
Thursday [[29 October|date]] at 10:00, and we will ask for interim care orders with both children staying with you and [[Dave|name]].
You are not a party, but you can come, and the children's guardian, [[Rosalind Marsh|name]], will want to meet you this week.

Kind regards
[[Bethany|name]]

[[Bethany Hooper|name]] (she/her) | Social Worker | Bridgwater Safeguarding Team | Parrett Vale Council
Bridgwater House, [[King Square|address]], [[Bridgwater|place]] [[TA6 3AR|postcode]] | [[01278 434 912|phone]]
Work mobile: [[07519 336 820|phone]]
This email may contain confidential information. If you are not the intended recipient, please tell the sender and delete it.

-----Original Message-----
From: [[Sandra Venn|name]] <[[sandra.venn72@hotmail.co.uk|email]]>
Sent: [[25 October 2026|date]] 21:47
To: [[Hooper, Bethany|name]] <[[bethany.hooper@parrettvale.gov.uk|email]]>
Subject: [[AJ|name]] and [[Lexi|name]] - a few things

Hi [[Bethany|name]],

Sorry to email on a Sunday night but I wanted to get it down while I remember. [[AJ|name]] has been much more settled this week,
he's feeding well (4 oz of Aptamil every 3 hours) and only wakes once in the night. [[Lexi|name]] is loving being with us but she
asked [[Dave|name]] on the way to [[Hamp|school]] on Friday if "Daddy [[Josh|name]] is going to prison". I didn't know what to say.

A few things:
1. [[Josh|name]]'s mum [[Lorraine|name]] turned up on Saturday ([[24th|date]]) without ringing, wanting to see [[AJ|name]]. I let her in
   for half an hour in the kitchen with me there. She was alright with him but she said "[[Kirsty|name]]'s lot are framing our
   [[Josh|name]]" and that [[Kirsty|name]] "had a temper on her" as a teenager. She is getting [[Josh|name]] a solicitor off a mate in
   [[Highbridge|place]]. Was I right to let her in?
2. [[Kirsty|name]] came for her time on Thursday and Saturday and she was lovely with him. She's staying with her friend
   [[Chantelle|name]] in [[Wembdon|place]] since she left the flat - she says she can't be in the same place as [[Josh|name]] after what
   he told the police. Her new number is [[07522 618 049|phone]], her old phone is "with [[Josh|name]]".
3. [[Lexi|name]]'s dad [[Ryan|name]] rang me out of the blue (first time since Easter) because his sister saw it on Facebook.
   He wants to have [[Lexi|name]] for half term at his flat in [[Burnham|place]]. I said I'd ask you.
4. Money. Child Benefit is still going to [[Kirsty|name]]'s account and we've had to buy a car seat, the formula and a second
   cot off Facebook Marketplace. [[Dave|name]] asks is there any help.
5. [[Lexi|name]]'s parents' evening at [[Hamp|school]] is Wednesday [[4th November|date]] at 4.10 with Miss [[Lane|name]]. Can
   [[Kirsty|name]] come?

Also [[AJ|name]]'s repeat scan is tomorrow at Musgrove - I'm taking him in and [[Dave|name]] is doing the school run.

Thanks for everything, we couldn't do this without you.
[[Sandra|name]] (Nanny to [[AJ|name]] and [[Lexi|name]]!)
[[07817 409 236|phone]]
"""),
    ("chronology for court", """IN THE FAMILY COURT AT TAUNTON    Case number: TA26C00291
Parrett Vale Council (applicant) and [[VENN|name]] and [[TAPP|name]] (respondents)
LOCAL AUTHORITY CHRONOLOGY (for the first hearing on [[29 October 2026|date]])
Children: [[Alfie-James Tapp|name]] (born [[3.6.26|dob]], NHS [[610 852 8605|nhs]]) and [[Lexi Venn|name]] (born [[18.2.21|dob]],
NHS [[690 452 2356|nhs]], UPN [[Q933292725002|upn]])
Mother: [[Kirsty Venn|name]] (born [[07/04/2004|dob]]; NHS [[619 995 3460|nhs]]; NI [[KT 30 66 18 D|ni]])
Father of [[Alfie-James|name]]: [[Joshua Tapp|name]] (born [[26/01/2002|dob]])
Father of [[Lexi|name]]: [[Ryan Sully|name]] (born [[1999-08-13|dob]]), [[Flat 4, 12 Pier Street|address]], [[Burnham-on-Sea|place]] [[TA8
1BU|postcode]]
Maternal grandparents (carers): [[Sandra|name]] and [[David Venn|name]], [[Orchard View, Riverton Road|address]], [[Puriton|place]]
Prepared by [[Bethany Hooper|name]], Social Worker, on [[27/10/2026|date]]

DATE | EVENT | SOURCE
[[07/04/2004|dob]] | [[Kirsty|name]] born in [[Bridgwater|place]]. | Records
[[12 May 2019|date]] | [[Kirsty|name]] (15) reported missing overnight from [[Puriton|place]]; found in [[Weston-super-Mare|place]]. Early
Help for three months, then closed. | Police / LA
[[18/02/2021|dob]] | [[Lexi|name]] born at Musgrove Park Hospital. | Maternity
[[2021-11-04|date]] | Police called to [[Kirsty|name]] and [[Ryan|name]]'s flat on [[Monmouth Street|address]], [[Bridgwater|place]]: a
verbal argument, no offences, no injuries. [[Lexi|name]] asleep. | Avon and Somerset Constabulary
[[14 Mar 2022|date]] | [[Ryan|name]] leaves. [[Kirsty|name]] and [[Lexi|name]] move back to [[Puriton|place]]. | Health visitor
[[1st September 2025|date]] | [[Lexi|name]] starts Reception at [[Hamp Academy|school]]; 2025/26 attendance 95.2%. | School
[[03/06/2026|dob]] | [[Alfie-James|name]] born at Musgrove Park Hospital, 39+4 weeks, 3.4 kg. | Maternity
[[16/06/2026|date]] | New birth visit ([[Tessa Hembrow|name]], HV): "well presented, good eye contact with mum"; [[Josh|name]] calls
[[AJ|name]] "a right crier". | Health visiting
[[28.07.2026|date]] | 8-week check (Dr [[Helen Pring|name]]): no concerns. | GP
[[9 Sept 2026|date]] | Phone call with the HV: [[Kirsty|name]] says [[AJ|name]] is colicky; advice; the ICON leaflet ("babies cry, you
can cope") discussed with both parents. | Health visiting
About [[19/09/2026|date]] | [[Chantelle Puddy|name]] babysits one evening at the flat. | Parents
[[21/09/2026|date]] to [[02/10/2026|date]] | Window in which the rib fractures were probably caused (Dr [[Keeling|name]]). | Radiology
[[25/09/2026|date]] | Baby clinic at the Sydenham Children's Centre: [[AJ|name]] "screamed when lifted under the arms"; no bruising
seen. | Health visiting
[[09/10/2026|date]] | Evening: [[Josh|name]] says [[AJ|name]] rolled off the changing mat while [[Kirsty|name]] was at work. | Father
[[10/10/2026|date]] | [[Sandra Venn|name]] takes [[AJ|name]] to the MIU with bruising to the left ear and cheek; transferred to
Musgrove. | MIU
[[11/10/2026|date]] | Child protection medical, Dr [[Olumide Fashola|name]]. | Health
[[12/10/2026|date]] | Skeletal survey: two healing posterior rib fractures. Strategy discussion: joint section 47. | Health / LA / Police
[[13/10/2026|date]] | Joint visit. [[Lexi|name]]'s medical: no injuries. Safety plan with [[Sandra|name]] and [[David|name]]. | LA / Police
[[14/10/2026|date]] | [[AJ|name]] discharged to his grandparents at [[Orchard View|address]]. | LA
[[16/10/2026|date]] | Both parents interviewed under caution. [[Josh|name]] says that about three weeks before he "squeezed him
round the chest" once "to stop him wriggling" while changing him. Both released under investigation. | Police
[[19/10/2026|date]] | [[Kirsty|name]] leaves the flat and stays with a friend in [[Wembdon|place]]; she says she is separating from
[[Josh|name]]. | LA
[[23/10/2026|date]] | Application for interim care orders issued. | LA
[[26/10/2026|date]] | Repeat skeletal survey: the two rib fractures confirmed; no new injuries. | Health
"""),
]

# --- C. Moyo / Peverell family (mixed White and Black African; Zimbabwean father), Kings Heath, Northampton ----------

HOME_C = d.Address("31 Kentstone Close", "Kings Heath", "Northampton", "NN5 7LG")
MUM_C = d.Address("Flat 9, 40 Midland Road", "", "Wellingborough", "NN8 1LU")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tinashe", "Moyo")], dt.date(2012, 2, 11), [HOME_C], ids=["7300171133", "U928498316953"],
       phones=["07811 364 925"], schools=["Thomas Becket Catholic School"]),
    _p("s", "sibling", [("Ruby", "Moyo")], dt.date(2016, 4, 29), [HOME_C], ids=["7262424378", "R928241720563"],
       schools=["Kings Heath Primary Academy"]),
    _p("f", "father", [("Tendai", "Moyo")], dt.date(1984, 10, 5), [HOME_C], phones=["07946 201 553"], ids=["SN 61 85 20 C"]),
    _p("m", "mother", [("Leanne", "Peverell")], dt.date(1988, 12, 1), [MUM_C], phones=["07378 449 610"]),
    _p("g", "grandparent", [("Chipo", "Moyo")], phones=["+263 77 214 5839"]),
    _p("p1", "professional", [("Daniel", "Osei-Bonsu")], phones=["01604 362 877", "07458 903 162"],
       emails=["daniel.osei-bonsu@nenebrook.gov.uk"]),
    _p("p2", "professional", [("Fern", "Whitlock")], phones=["01604 837 440"], emails=["f.whitlock@thomasbecket.org.uk"]),
], "c")

DOCS_C = [
    ("secondary school referral", """NENEBROOK COUNCIL - MULTI-AGENCY SAFEGUARDING HUB (MASH) - PROFESSIONAL REFERRAL FORM
Referrer: Mrs [[Siobhan Maguire|name]], Designated Safeguarding Lead, [[Thomas Becket Catholic School|school]]
Tel: [[01604 837 440|phone]] (ext. 214)    Email: [[s.maguire@thomasbecket.org.uk|email]]    Sent: Wednesday [[30/09/2026|date]] 12:40
Consent: the father agreed to this referral on [[29/09/2026|date]].

CHILD
Name: [[MOYO, Tinashe|name]] (known as "[[Tino|name]]")    DOB: [[11/02/2012|dob]]    Year 10 (tutor group 10B)
UPN: [[U928498316953|upn]]    NHS: [[730 017 1133|nhs]]    Mobile: [[07811 364 925|phone]]
Ethnicity: Mixed - White and Black African    Religion: Roman Catholic    SEN: SEN Support (ADHD, on Elvanse 30 mg)
Address: [[31 Kentstone Close|address]], [[Kings Heath|place]], [[Northampton|place]] [[NN5 7LG|postcode]]
Main carer: father, Mr [[Tendai Moyo|name]] ([[07946 201 553|phone]])
Mother: Ms [[Leanne Peverell|name]], [[Wellingborough|place]] (no parental contact with school since 2024)
Sibling: [[Ruby Moyo|name]], Year 6, [[Kings Heath Primary Academy|school]]

WHAT HAPPENED
At 10:55 on Tuesday [[29th September 2026|date]] a Year 10 pupil told Mr [[Rhodri Bell|name]] (Head of Year 10) that [[Tino|name]]
had "a shank" in his bag. Mr [[Bell|name]] and I searched the bag in my office with [[Tino|name]] there, following the DfE
guidance on searching, screening and confiscation. We found a 20 cm kitchen knife wrapped in a Nike sock, £160 in £20 notes,
two phones (his own iPhone and a small Nokia) and about 3 g of cannabis in a grinder. PC [[Tom Dexter|name]] (Safer Schools Officer,
Northamptonshire Police) came at 11:20 and arrested [[Tino|name]] for possession of a bladed article on school premises; he was
taken to the Criminal Justice Centre at [[Brackmills|place]]. His father was rung at 11:05 and came straight from a night shift.

[[Tino|name]]'s words to me before the police came: "It's not for nothing, it's for protection innit. There's man from
[[Blackthorn|place]] looking for me." The cash was "from my cousin" and the Nokia is "not mine, I'm just holding it for
someone". Then, quietly: "If I snitch my family's getting hurt. They know where [[Ruby|name]] goes school."

OTHER CONCERNS THIS TERM (all logged on CPOMS)
- [[15/09/2026|date]] 15:10: seen by a member of staff getting into a silver Audi A4, [[KV14 HJE|vehicle]], at the bus stop on
  [[Mill Lane|address]]. The driver is known to students as "[[Spokesy|name]]"; we believe he is [[Callum Spokes|name]], 19, a former
  pupil (left in 2023).
- New things: a Canada Goose coat, AirPods, a Stone Island badge; his dad says he did not buy them.
- Attendance 84.3% (14 late marks, several after lunch); three fights; a drop in effort in all subjects except PE and Art.
- He now spends break times with [[Kian Brightwell|name]] (permanently excluded in July, now at the Pupil Referral Unit) and
  has stopped going to Northampton Saints' community rugby sessions on Thursdays, which he loved.
- His EHC needs assessment was requested by [[Fern Whitlock|name]] (SENCo) on [[14 September 2026|date]].

FAMILY
Mr [[Moyo|name]] was shocked and tearful. He works nights as a healthcare assistant at Northampton General Hospital and sleeps
in the day, so does not know where [[Tino|name]] goes after school. [[Tino|name]]'s mum, [[Leanne|name]], "has her own problems"
(heroin; she is in treatment in [[Wellingborough|place]]). [[Tino|name]] used to ring his Gogo, Mrs [[Chipo Moyo|name]], in
[[Harare|place]] every Sunday on WhatsApp and has stopped. His aunt, Tete [[Rudo Mapfumo|name]] of [[Luton|place]]
([[07402 331 867|phone]]),
is our second emergency contact.

OUTCOME IN SCHOOL
Suspended for five days ([[29/09/2026|date]] to [[05/10/2026|date]]); reintegration meeting on Tuesday [[6 October|date]] with
Mr [[Bell|name]], [[Tino|name]] and his dad. The police released him under investigation at 20:30 and referred to the Youth
Justice Service.

WHAT WE ARE ASKING FOR
An assessment of child criminal exploitation (county lines), an NRM referral if that is the view, a strategy meeting, support
for Mr [[Moyo|name]], and a mentor. [[Ruby|name]]'s school has been told (Mrs [[Olivia Kettering|name]], DSL).
Signed: [[S. Maguire|name]], DSL    Received in the MASH: [[30/09/2026|date]] 13:02 by [[Amrit Sahota|name]] (MASH social worker)
"""),
    ("child in need plan", """NENEBROOK COUNCIL - CHILDREN'S SERVICES - CHILD IN NEED PLAN
Children: [[Tinashe MOYO|name]] ("[[Tino|name]]"), born [[11 February 2012|dob]]; [[Ruby MOYO|name]], born [[29 April 2016|dob]],
NHS [[726 242 4378|nhs]], UPN [[R928241720563|upn]]
Address: [[31 Kentstone Close|address]], [[Kings Heath|place]], [[Northampton|place]] [[NN5 7LG|postcode]]
Plan agreed at the Child in Need meeting on Tuesday [[20 October 2026|date]] at [[Thomas Becket|school]]; to be reviewed on
[[1 December 2026|date]]
Social worker: [[Daniel Osei-Bonsu|name]], Adolescent Support Team, [[01604 362 877|phone]] / [[07458 903 162|phone]],
[[daniel.osei-bonsu@nenebrook.gov.uk|email]]

Who came: [[Tendai Moyo|name]] (dad); [[Tino|name]] (for the first part); [[Daniel Osei-Bonsu|name]] (SW); [[Jas Bains|name]] (Youth
Justice Service); Mrs [[Fern Whitlock|name]] (SENCo) and Mr [[Rhodri Bell|name]] (Head of Year 10), [[Becket|school]]; Mrs [[Olivia
Kettering|name]] (DSL, [[Kings Heath Primary|school]]); PC [[Tom Dexter|name]]. [[Leanne Peverell|name]] (mum) joined by phone from
[[07378 449 610|phone]] for 20 minutes; her recovery worker at Substance to Solution, [[Gary Tebbit|name]], sent a short report.

What [[Tino|name]] said: "I'm not a bad person. I just want people to stop chatting about me. I want to go back to rugby and I want
my dad to not be sad." He said he would talk to [[Jas|name]] "cos she's not police".
What [[Ruby|name]] said (to Mrs [[Kettering|name]]): "I want [[Tino|name]] to be normal again and play FIFA with me. I don't like the
boys in the car."
What Dad said: "In my culture we say it takes a village. Here I am on my own. I need help before I lose my son."
What Mum said: she moved from [[Kettering|place]] to [[Wellingborough|place]] in the summer to "get away from people"; she is on a
methadone script and wants to see the children at McDonald's on [[Abington Street|address]] "when I'm well enough".

1. [[Tino|name]] is safe from people who exploit him
- [[Daniel|name]]: exploitation risk assessment completed ([[14/10/2026|date]]): HIGH. Taken to the MACE meeting on [[22/10/2026|date]].
- NRM referral made by [[Daniel|name]] on [[16 October 2026|date]]; the Nokia (its only contact saved as "[[Spokes|name]]",
  [[07925 146 380|phone]]) has been given to the police.
- PC [[Dexter|name]]: disruption of [[Callum Spokes|name]] (the Audi, [[KV14 HJE|vehicle]], is on ANPR; a Child Abduction Warning
  Notice was served on [[9/10/2026|date]]).
- Dad: to tell [[Daniel|name]] straight away if [[Tino|name]] is out after 9 pm, and to ring 999 if he is missing.
2. [[Tino|name]] is in school and learning
- [[Fern|name]]: EHC needs assessment under way (the educational psychologist, Dr [[Imogen Sadler|name]], sees him on
  [[3 November|date]]); a part-time timetable to stop on [[16/11/2026|date]].
- Mr [[Bell|name]]: a mentor (Mr [[Kwame Asante-Lloyd|name]]) twice a week; a safe route home with a staff member at the gate.
3. [[Tino|name]] has positive things to do
- [[Jas|name]]: referral to the Saints' "Tackle It" programme and to boxing at a gym in [[St James|place]].
4. [[Ruby|name]] feels safe and is listened to
- Mrs [[Kettering|name]]: weekly check-ins with the learning mentor; SATs support. Dad to sign her up for the after-school club.
5. Dad gets the help he needs
- [[Daniel|name]]: a Family Support Worker ([[Precious Ndlovu|name]]) from [[2/11/2026|date]]; a carer's conversation about his
  nights; ask his employer about day shifts; a Household Support Fund application (his NI number,
  [[SN 61 85 20 C|ni]], is on the form).
- Family network meeting on [[12 November 2026|date]]: Tete [[Rudo|name]] from [[Luton|place]] will come; Gogo [[Chipo|name]] will join
  on WhatsApp video from [[Harare|place]] ([[+263 77 214 5839|phone]]), and Babamukuru [[Tawanda Moyo|name]] from [[Bulawayo|place]]
  ([[+263 71 382 9046|phone]]) if the line allows.
6. Mum
- [[Leanne|name]]: letterbox contact through [[Daniel|name]] for now; face-to-face family time to be looked at when her recovery
  worker agrees. Her address for letters: [[Flat 9, 40 Midland Road|address]], [[Wellingborough|place]] [[NN8 1LU|postcode]].
Contingency: if [[Tino|name]] goes missing, is arrested again or is found with a weapon, a strategy meeting will be held the same
day and we will consider a child protection conference.
"""),
    ("text messages between a boy and his social worker", """[Text messages between [[Tinashe Moyo|name]] and his social worker's work
mobile ([[07458 903 162|phone]]), exported on [[23 November 2026|date]] for the case record. Spelling as sent.]

Thu [[22 Oct|date]]
16:02 Me: Hi [[Tino|name]], it's [[Daniel|name]]. Good to meet you properly today. Text me any time 9-5, or ring 999 if you're
in danger.
16:40 [[Tino|name]]: ye
Mon [[26 Oct|date]]
10:15 Me: Morning. Fancy getting food on Weds after school? I'll pick you up from home at 4
11:52 [[Tino|name]]: can we go sixfields nandos
11:53 Me: Deal 👍
Wed [[28 Oct|date]]
15:47 [[Tino|name]]: outside in 5 my dads sleeping dont knock
Sat [[31 Oct|date]]
23:14 [[Tino|name]]: [[daniel|name]] u there
23:15 [[Tino|name]]: [[spokesy|name]] is outside my house in the audi flashing his lights. he keeps ringing me on my sisters ipad
23:16 Me: I'm not working now but I saw this. Stay inside, wake your dad and ring 999 now. Don't go out.
23:31 [[Tino|name]]: dad rang them. feds came and he went off towards [[blackthorn|place]]
23:33 Me: You did the right thing. Is [[Ruby|name]] ok?
23:35 [[Tino|name]]: shes asleep. dont tell my school
Mon [[2 Nov|date]]
09:05 Me: Morning [[Tino|name]]. Proud of you for Saturday. I'll ring your dad at 10 and [[Jas|name]] is coming to see you later.
09:40 [[Tino|name]]: ok. can u tell mr [[bell|name]] i was late cos of the police not cos of me
Thu [[5 Nov|date]]
19:22 [[Tino|name]]: [[kian|name]] got stabbed in his leg in [[abington|place]] last night. hes ok. its not my beef but everyone saying
it was about the phone i had
19:24 Me: I'm really sorry. Thank you for telling me. Are you safe tonight? Are you at home?
19:25 [[Tino|name]]: ye at home. my tete [[rudo|name]] is here from [[luton|place]] shes making sadza and telling me off lol
19:27 Me: Sounds like a good place to be tonight 😄 See you Monday with [[Jas|name]].
Wed [[11 Nov|date]]
13:10 [[Tino|name]]: is it tru ur getting me moved school. ms [[whitlock|name]] said summin about a new school
13:26 Me: Nothing's decided. The plan is more help at [[Becket|school]] first. We'll talk about it with your dad on Thursday.
Sat [[14 Nov|date]]
11:02 [[Tino|name]]: played rugby today first time since summer. we won 34-12 and i scored 2 tries
11:05 Me: YES! Brilliant, well done [[Tino|name]].
11:07 [[Tino|name]]: gogo [[chipo|name]] watched the video in [[harare|place]] and cried lol
Sun [[22 Nov|date]]
20:40 [[Tino|name]]: a new number keeps adding me on snap i think its [[spokesy|name]]. [[07380 772 519|phone]]. i blocked it
20:46 Me: Thank you for telling me. I'll pass it to PC [[Dexter|name]] tomorrow. Blocking it was the right thing to do.
20:47 [[Tino|name]]: ok. dont tell my dad he will stress
"""),
]

DOCS_C += [
    ("email chain with the SENCo", """From: [[Daniel Osei-Bonsu|name]] <[[daniel.osei-bonsu@nenebrook.gov.uk|email]]>
Sent: Friday, [[20 November 2026|date]] 16:31
To: [[Fern Whitlock|name]] <[[f.whitlock@thomasbecket.org.uk|email]]>
Cc: [[Jas Bains|name]] <[[jaswinder.bains@nenebrook.gov.uk|email]]>; [[Siobhan Maguire|name]]
Subject: RE: [[Tino MOYO|name]] - EHCP draft and the AP question

Hi [[Fern|name]],

Thank you - this is really useful, and good news about the attendance.

On the alternative provision: I agree with you rather than with Mr [[Furey|name]]. [[Tino|name]] told me on Wednesday that the
Pupil Referral Unit is "where [[Spokesy|name]] finds his youngers", and he has a point: [[Kian|name]] was recruited there. The
exploitation risk assessment is still HIGH, and the MACE panel ([[19/11/2026|date]]) said we should keep him at [[Becket|school]]
with more support rather than move him. Could the draft plan ask for a keyworker and the Level 1 Sports Leaders course instead?

Other updates for the review on [[1st December|date]]:
- NRM: positive reasonable grounds decision on [[2 November 2026|date]]. [[Jas|name]] tells me the police have agreed to an
  Outcome 22 (deferred prosecution) for the knife, so [[Tino|name]] will do the Turnaround programme with her.
- Saturday [[31 October|date]]: [[Spokes|name]] sat outside the house; [[Tendai|name]] called 999. Police have the number
  [[Tino|name]] sent me on Sunday.
- Family network meeting went well: Tete [[Rudo|name]] will have [[Tino|name]] and [[Ruby|name]] in [[Luton|place]] for the first week
  of the Christmas holidays, and [[Tendai|name]] has asked the hospital for day shifts from January.

Best wishes
[[Daniel|name]]

[[Daniel Osei-Bonsu|name]] (he/him) | Social Worker | Adolescent Support Team | Nenebrook Council
One Angel Square, [[Angel Street|address]], [[Northampton|place]] [[NN1 1ED|postcode]] | [[01604 362 877|phone]] | [[07458 903 162|phone]]

-----Original Message-----
From: [[Fern Whitlock|name]]
Sent: [[20 November 2026|date]] 12:08
To: [[Daniel Osei-Bonsu|name]]
Subject: [[Tino MOYO|name]] - EHCP draft and the AP question

Dear [[Daniel|name]],

A few updates before the review on [[01/12|date]].

- The EP report from Dr [[Imogen Sadler|name]] (she saw [[Tino|name]] on [[3/11|date]]) is attached: working memory on the 2nd
  centile, processing speed on the 9th, verbal reasoning average. She thinks his ADHD has been "under-treated" since his last dose
  review in 2024, and asks for a medication review (Dr [[Baptiste|name]] at the
  Child Development Centre).
- The draft EHCP is due from the SEND team by [[18 December 2026|date]]. Mr [[Bell|name]] and our head, Mr [[Declan Furey|name]],
  would like to ask for two days a week at the Pupil Referral Unit's Key Stage 4 centre. I am not sure - what do you think?
- Attendance since the suspension: 91.4%. No behaviour points for two weeks. He got a merit in Art for a portrait of his Gogo.
- On Monday [[16 November|date]] at 15:20 a member of staff saw [[Tino|name]] talking to [[Kian Brightwell|name]] (on crutches)
  outside the Co-op on [[Harlestone Road|address]]. [[Tino|name]] went home on the bus afterwards.
- [[Ruby|name]]: Mrs [[Kettering|name]] says she is doing well and "much brighter". Mr [[Moyo|name]] has put us first for Year 7 and
  [[Northampton School for Girls|school]] second.
- Mr [[Moyo|name]] came to parents' evening on [[12th November|date]] (straight from a night shift, bless him).

Kind regards
[[Fern|name]]

Mrs [[Fern Whitlock|name]] | SENCo | [[Thomas Becket Catholic School|school]]
[[Kettering Road|address]], [[Northampton|place]] [[NN3 6HT|postcode]] | [[01604 837 440|phone]]
Please report safeguarding concerns to our DSL, Mrs [[S. Maguire|name]], or on CPOMS.
"""),
]

# --- D. Gascoigne / Hemingway family (white British, parents with learning disabilities), Balby, Doncaster --------------

HOME_D = d.Address("Flat 3, 14 Sandford Road", "Balby", "Doncaster", "DN4 8HQ")
NANA_D = d.Address("9 Broomhouse Lane", "Edlington", "Doncaster", "DN12 1EQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Gascoigne-Hemingway"), ("Poppy", "Hemingway")], dt.date(2026, 10, 19), [HOME_D],
       ids=["9991685693"]),
    _p("m", "mother", [("Shannon", "Gascoigne")], dt.date(2006, 1, 15), [HOME_D], phones=["07921 608 443"],
       ids=["9995178656", "YL 27 93 04 A"]),
    _p("f", "father", [("Dale", "Hemingway")], dt.date(1999, 5, 3), [HOME_D], phones=["07561 287 019"], ids=["JB 80 14 52 D"]),
    _p("g", "grandparent", [("Julie", "Gascoigne")], dt.date(1969, 2, 21), [NANA_D], phones=["07850 339 672"]),
    _p("g2", "grandparent", [("Pauline", "Hemingway")], dt.date(1964, 7, 8), phones=["07426 915 083"]),
    _p("u", "other", [("Liam", "Hemingway")], dt.date(1995, 9, 27)),
    _p("p1", "professional", [("Hollie", "Marsden")], phones=["01302 734 561"], emails=["hollie.marsden@tornevalley.gov.uk"]),
    _p("p2", "professional", [("Janet", "Pell")], phones=["01302 366 241"], emails=["janet.pell@nhs.net"]),
], "c")

DOCS_D = [
    ("pre-birth assessment extract", """TORNE VALLEY METROPOLITAN BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
PRE-BIRTH ASSESSMENT (extract: sections 1, 3, 4 and 7)
Unborn baby of [[Shannon GASCOIGNE|name]] and [[Dale HEMINGWAY|name]]    Expected date of delivery: [[28/10/2026|date]]
Mother: [[Shannon Gascoigne|name]], DOB [[15/01/2006|dob]], NHS [[999 517 8656|nhs]], NI [[YL 27 93 04 A|ni]], mobile
[[07921 608 443|phone]]
Father: [[Dale Hemingway|name]], DOB [[03/05/1999|dob]], NI [[JB 80 14 52 D|ni]], mobile [[07561 287 019|phone]]
Address: [[Flat 3, 14 Sandford Road|address]], [[Balby|place]], [[Doncaster|place]] [[DN4 8HQ|postcode]]
Started: [[22/07/2026|date]]    Completed: [[15/09/2026|date]]    Social worker: [[Hollie Marsden|name]]    Manager: [[Mark Fenwick|name]]
Parenting assessment (PAMS 4.0): [[Rukhsana Iqbal|name]], Parenting Assessment Practitioner

1. Why we are assessing
[[Janet Pell|name]], the Vulnerable Women's Midwife at Doncaster and Bassetlaw Teaching Hospitals, referred on [[16 July 2026|date]]
at 26 weeks. Both parents have a learning disability; [[Shannon|name]] had missed three antenatal appointments; and [[Dale|name]]'s
older brother, [[Liam Hemingway|name]] (DOB [[27/09/1995|dob]]), who was convicted in 2018 of child cruelty (the neglect of his
then partner's baby) and released in 2024, had been sleeping on the parents' sofa.

3. The parents
[[Shannon|name]] (20) has a mild learning disability (assessed by Dr [[Fiona Lomas|name]], clinical psychologist, in 2019). She went
to [[Pennine View School|school]] in [[Conisbrough|place]] and then did a Supported Internship at [[Doncaster College|school]] and
the Doncaster Royal Infirmary laundry. She reads simple words, tells the time and uses voice notes rather than texts. She
volunteers two mornings a week at the PDSA charity shop in the Frenchgate and loves animals. Her dad, [[Steve Gascoigne|name]],
died in 2020; her mum, [[Julie Gascoigne|name]] (57), lives in [[Edlington|place]] and has multiple sclerosis. Her sister, [[Kayleigh
Mallinder|name]] (née [[Gascoigne|name]], 26), lives in [[Mexborough|place]] with three children and works at Asda.
[[Dale|name]] (27) has a learning disability and dyslexia. He went to [[Balby Carr|school]] with a statement and then worked at
the Amazon warehouse at iPort, where he is a picker on the day shift. He is proud of his job and has never had a day off
sick. He has support from an advocate, [[Kevin Aston|name]] (Speakup Self Advocacy). He grew up in [[Rossington|place]] with his
mum, [[Pauline Hemingway|name]] ("Nanna [[Pauline|name]]" to be), and "our [[Liam|name]]". He does not drive; [[Julie|name]] drives
them to appointments in her Motability car ([[YD62 FWA|vehicle]]).

4. What the parenting assessment found
Strengths: a clean, warm flat with a cot, a Moses basket, a Tommee Tippee steriliser and clothes washed and put away; [[Shannon|name]]
and [[Dale|name]] talk lovingly about the baby, already called "[[Poppy|name]]", and have been to every Baby Steps session at the
Balby Family Hub since August. [[Dale|name]] was able to show [[Rukhsana|name]] how to make up a bottle of SMA First Infant Milk
correctly after three practice sessions with pictures. [[Shannon|name]] can say what to do if the baby is floppy or has a rash
that does not fade (the glass test), using the Lullaby Trust's picture cards.
Needs: remembering feeds at night; money (they were £140 overdrawn in August after a phone contract); knowing who is safe.
When asked about [[Liam|name]], [[Shannon|name]] said: "He's changed, he's my mate, he'd never hurt a baby." [[Dale|name]] said: "Our
[[Liam|name]] did his time. But if you lot say he can't be round the baby, he won't be."

7. Analysis and recommendation
These are loving parents who learn well when things are shown to them in small steps, with pictures, and repeated. The risks
are a new baby's needs at night, money, and [[Liam Hemingway|name]]'s presence: [[Shannon|name]] does not yet see the risk he poses,
and [[Dale|name]] finds it very hard to say no to his brother. [[Julie|name]] is protective and available but her health limits
what she can do; [[Pauline|name]] minimises [[Liam|name]]'s offence ("that girlfriend set him up").
Recommendation: a pre-birth Initial Child Protection Conference (booked for [[30/09/2026|date]]); a written agreement that
[[Liam|name]] does not visit the flat; after the birth, [[Shannon|name]], [[Dale|name]] and the baby to stay with [[Julie|name]] at
[[9 Broomhouse Lane|address]], [[Edlington|place]], [[DN12 1EQ|postcode]] for two weeks; support from a Family Support Worker with
learning disability experience; an easy read copy of every plan. Care proceedings are not recommended at this time.
Signed: [[H. Marsden|name]]    Agreed: [[M. Fenwick|name]], Team Manager, [[17/09/2026|date]]
"""),
    ("telephone contact record", """TORNE VALLEY MBC - CHILDREN'S SOCIAL CARE - CONTACT RECORD (TELEPHONE)
Case: unborn baby of [[Shannon Gascoigne|name]], then [[Poppy GASCOIGNE-HEMINGWAY|name]] (born [[19/10/2026|dob]], NHS [[999 168 5693|nhs]])
Worker: [[Hollie Marsden|name]], Social Worker, South Family Safeguarding Team

Fri [[09/10/2026|date]] 09:20 - incoming, [[Janet Pell|name]] (midwife), [[01302 366 241|phone]]
[[Shannon|name]] did not come to her growth scan on [[7 Oct|date]]; the appointment letter went to the flat but [[Shannon|name]] cannot read
it. [[Janet|name]] has rebooked for Tuesday [[13/10|date]] at 11:40 and will ring [[Julie|name]] as well. Blood pressure normal last
week. I agreed to send a voice note to [[Shannon|name]] and a text to [[Dale|name]].

Mon [[12.10.2026|date]] 14:05 - outgoing, [[Shannon|name]] ([[07921 608 443|phone]])
No answer. WhatsApp voice note sent about the scan (she prefers voice notes).

Mon [[12.10.2026|date]] 15:40 - incoming, [[Julie Gascoigne|name]] ([[07850 339 672|phone]])
[[Shannon|name]] has been at her house in [[Edlington|place]] since Saturday with "tightenings"; [[Dale|name]] is on shift. [[Julie|name]]
told me that when she dropped [[Shannon|name]] back at the flat on Friday night, "[[Liam|name]]'s trainers were in the hall". [[Dale|name]]
said [[Liam|name]] "only came for his PlayStation". [[Julie|name]] will take [[Shannon|name]] to the scan. I will speak to [[Dale|name]].

Tue [[13/10/2026|date]] 17:30 - outgoing, [[Dale Hemingway|name]] ([[07561 287 019|phone]]), after his shift
[[Dale|name]] agreed [[Liam|name]] came on Friday "for ten minutes" to get his PlayStation and that [[Shannon|name]] let him in. He said
he has told his brother, "I'm not losing my baby for you." I went through the written agreement again in simple words; he said he
understood and would ring me if [[Liam|name]] turned up. Advocate [[Kevin Aston|name]] to go over it with him on Thursday.

Mon [[19 October|date]] 06:50 - incoming, [[Dale|name]]
"She's had it! It's a girl!" [[Poppy|name]] was born at 04:12 at Doncaster Royal Infirmary (Women's Hospital), weighing 7 lb 2 oz.
[[Shannon|name]] had gas and air and "was dead brave". [[Dale|name]] was crying. Congratulated him.

Mon [[19 October|date]] 11:30 - incoming, ward sister [[Mandy Rollinson|name]], postnatal ward
Mum and baby well; [[Poppy|name]] breastfeeding with help and having top-up bottles. [[Shannon|name]] needs reminding about feeds and
hand washing. Discharge planning meeting agreed for Tuesday at 10:00 on the ward.

Tue [[20/10/2026|date]] 10:00-10:45 - discharge planning meeting (on the ward)
Present: [[Shannon|name]], [[Dale|name]], [[Julie|name]], [[Janet Pell|name]], [[Mandy Rollinson|name]], me. Agreed: discharge on
[[21/10/2026|date]] to [[Julie|name]]'s at [[9 Broomhouse Lane|address]], [[Edlington|place]], for two weeks; feeding chart with stickers;
health visitor [[Zoe Askew|name]] to do the new birth visit at [[Julie|name]]'s on [[29/10/2026|date]]; [[Liam|name]] not to visit.

Thu [[22/10/2026|date]] 16:15 - incoming, [[Pauline Hemingway|name]] ([[07426 915 083|phone]]), from [[Rossington|place]]
Upset that she "can't see my own granddaughter" if she brings [[Liam|name]]. I explained she can visit on her own at [[Julie|name]]'s
whenever [[Julie|name]] agrees, and that [[Liam|name]] cannot. She said "he's paid for what he did" and hung up. Later texted
sorry. [[Dale|name]] told.

Mon [[26/10/2026|date]] 12:10 - incoming, [[Kevin Aston|name]] (Speakup)
[[Dale|name]] asked him to tell me that he had blocked [[Liam|name]] on Facebook "so he can't see pictures of [[Poppy|name]]", and that
he wants to go on the Dads' group at the Balby Family Hub. Booked for [[5 November|date]].
"""),
]

DOCS_D += [
    ("easy read letter to parents", """Torne Valley Council
Children's Social Care, Civic Office, [[Waterdale|address]], [[Doncaster|place]] [[DN1 3BU|postcode]]
Phone: [[01302 734 561|phone]]

[[Shannon Gascoigne|name]] and [[Dale Hemingway|name]]
at [[Julie Gascoigne|name]]'s house
[[9 Broomhouse Lane|address]]
[[Edlington|place]]
[[Doncaster|place]]
[[DN12 1EQ|postcode]]

Thursday [[22nd October 2026|date]]

Dear [[Shannon|name]] and [[Dale|name]]

[picture: a baby in a cot]
Congratulations on the birth of [[Poppy|name]]!
She was born on Monday [[19 October 2026|dob]].
You both did really well at the hospital.

[picture: people sitting round a table]
On [[30 September|date]] we had a big meeting about [[Poppy|name]].
It was called a child protection conference.
The meeting said [[Poppy|name]] needs a child protection plan.
This means lots of people will help you to keep [[Poppy|name]] safe.
It does not mean we are taking [[Poppy|name]] away.

[picture: a calendar]
The next meeting is called a core group.
It is on Thursday [[12 November 2026|date]] at 10 o'clock.
It is at the Balby Family Hub on [[Weston Road|address]], [[Balby|place]].
[[Julie|name]] says she will bring you in her car.

[picture: faces]
These people will be at the meeting:
- you, [[Shannon|name]] and [[Dale|name]]
- [[Kevin|name]] from Speakup. He is [[Dale|name]]'s advocate.
- [[Julie|name]], [[Shannon|name]]'s mum
- [[Zoe|name]], the health visitor
- [[Bridget|name]], your Family Support Worker
- me, [[Hollie|name]], your social worker

[picture: a tick]
The plan says:
1. [[Poppy|name]] sleeps in her own cot, on her back, with her feet at the bottom.
2. [[Poppy|name]] has a feed every 3 hours. Put a sticker on the chart after every feed.
3. [[Liam|name]] must not come to your flat. [[Liam|name]] must not be with [[Poppy|name]].
   If [[Liam|name]] comes, do not open the door. Ring me or ring 999.
4. [[Bridget|name]] will come on Mondays, Wednesdays and Fridays to help with bath time and money.
5. You will go to the Dads' group and the Mums' group at the Family Hub.

[picture: a telephone]
You can ring me on [[01302 734 561|phone]], Monday to Friday, 9 till 5.
At night or at the weekend ring the Emergency Duty Team on [[01302 735 990|phone]].
If you would like this letter read to you, ask [[Kevin|name]] or [[Julie|name]], or ring me.

From
[[Hollie Marsden|name]]
Social Worker
"""),
    ("core group minutes", """TORNE VALLEY MBC - CORE GROUP MEETING - MINUTES
Child: [[Poppy Gascoigne-Hemingway|name]] (DOB [[19.10.2026|dob]])    Plan: child protection (neglect), since [[30/09/2026|date]]
Date: [[12 November 2026|date]], 10:00-11:30    Venue: Balby Family Hub    Chair and minutes: [[Hollie Marsden|name]] (key worker)
Present: [[Shannon Gascoigne|name]] (mum); [[Dale Hemingway|name]] (dad) with [[Kevin Aston|name]] (advocate, Speakup); [[Julie
Gascoigne|name]] (maternal grandmother); [[Zoe Askew|name]] (Health Visitor); [[Bridget O'Keeffe|name]] (Family Support Worker);
[[Rukhsana Iqbal|name]] (parenting assessment). Apologies: Dr [[Chandran|name]] (GP, Oakwood Surgery).
The minutes were also recorded as a voice note for [[Shannon|name]] and [[Dale|name]], at their request.

1. How is [[Poppy|name]]?
[[Zoe|name]]: seen on [[29/10/2026|date]] and [[09/11/2026|date]]; weight 3.42 kg, back to birth weight and gaining; jaundice gone;
bottle-fed now (SMA). "A content baby who looks at her mum's face." Six-week check with Dr [[Chandran|name]] on [[1 December|date]].
[[Shannon|name]]: "She's sleeping three hours at a time now. She does a massive burp like [[Dale|name]]."

2. Safe sleep and feeding
[[Bridget|name]] has visited eight times since [[2 November|date]]. The feeding chart is full; one missed night feed on [[6/11|date]]
when both parents slept through the alarm; [[Julie|name]] heard [[Poppy|name]] and woke them. [[Dale|name]] now sets two alarms.
[[Poppy|name]] is always in her cot on her back. A baby monitor was bought with the Best Start Grant.

3. Moving home
[[Shannon|name]], [[Dale|name]] and [[Poppy|name]] moved back to [[Sandford Road|address]] on [[7 November 2026|date]], as agreed.
[[Bridget|name]]: the flat is clean; the steriliser is used properly; the smoke alarm works. [[Julie|name]] visits every day and
takes [[Shannon|name]] shopping at the Lidl in [[Hexthorpe|place]] on Saturdays.

4. [[Liam|name]]
[[Dale|name]] said that [[Liam|name]] turned up at the flat on Sunday [[8 Nov|date]] at about 20:00; [[Dale|name]] did not open the door
and rang [[Julie|name]], who rang me on Monday. [[Liam|name]] left after ten minutes. Everyone praised [[Dale|name]]. The police were
told (PC [[Adam Spurr|name]], South Yorkshire Police, who will speak to [[Liam|name]] about the agreement; [[Liam|name]] is still on
licence, and his probation officer, [[Nadia Farooqi|name]], has been told). [[Pauline Hemingway|name]] has visited twice on her own.
[[Shannon|name]] said: "I get it now. He's [[Dale|name]]'s brother but he's not safe for [[Poppy|name]]."

5. Money
Universal Credit has been changed to include [[Poppy|name]]; Child Benefit claimed. [[Dale|name]] asked Amazon for more hours.
[[Bridget|name]] helped them set up a budget with Citizens Advice Doncaster Borough; the £140 overdraft is being paid off.

6. Views
[[Julie|name]]: "They're doing brilliant. I'm so proud." [[Kevin|name]] (for [[Dale|name]]): [[Dale|name]] would like all letters in
easy read and the next meeting later in the day so he does not miss work.

7. Actions
- [[Bridget|name]]: continue three visits a week until the review conference; help to register [[Poppy|name]] at the GP and
  with the dentist.
- [[Zoe|name]]: weigh [[Poppy|name]] fortnightly; the eight-week immunisations on [[14/12/2026|date]].
- [[Hollie|name]]: ask PC [[Spurr|name]] and [[Nadia Farooqi|name]] for an update on [[Liam|name]]; an easy read copy of these
  minutes by [[16/11/2026|date]].
- [[Shannon|name]] and [[Dale|name]]: Dads' group on Thursdays; Mums' group on Tuesdays; keep using the chart.
Next core group: Thursday [[10 December 2026|date]] at 14:00. Review conference: [[21 December 2026|date]].
"""),
]

# --- E. Stoica / Rusu family (Romanian), Wisbech, Cambridgeshire ------------------------------------------------------

HOME_E = d.Address("12A Elm Road", "", "Wisbech", "PE13 2TB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Andrei", "Stoica")], dt.date(2013, 5, 14), [HOME_E], ids=["4964628663", "Z873436617034"],
       phones=["07366 480 217"], schools=["Thomas Clarkson Academy"]),
    _p("s", "sibling", [("Ioana", "Stoica")], dt.date(2017, 1, 27), [HOME_E], ids=["6146083615", "P873452321093"],
       schools=["Peckover Primary School"]),
    _p("s2", "sibling", [("Denisa", "Stoica")], dt.date(2022, 2, 8), [HOME_E], ids=["4737885789", "J873371626721"],
       schools=["Peckover Primary School"]),
    _p("s3", "sibling", [("Luca", "Stoica")], dt.date(2024, 6, 30), [HOME_E], ids=["9997585038"]),
    _p("f", "father", [("Florin", "Stoica")], dt.date(1987, 7, 21), [HOME_E], phones=["07384 926 115"], ids=["SC 49 27 61 B"]),
    _p("m", "mother", [("Madalina", "Stoica"), ("Madalina", "Rusu")], dt.date(1992, 3, 4), [HOME_E], phones=["07447 108 362"],
       ids=["SG 10 38 47 C"]),
    _p("g", "grandparent", [("Elena", "Rusu")], phones=["+40 742 318 906", "+40 234 517 208"]),
    _p("u", "other", [("Constantin", "Stoica")], phones=["07415 662 097"]),
    _p("p1", "professional", [("Karen", "Legge")], phones=["01945 585 300"], emails=["karen.legge@fenhaven.gov.uk"]),
    _p("p2", "professional", [("Aoife", "Kinsella")], phones=["01945 464 301"], emails=["aoife.kinsella@fenhaven.gov.uk"]),
], "c")

DOCS_E = [
    ("education welfare officer's referral email", """From: [[Karen Legge|name]] <[[karen.legge@fenhaven.gov.uk|email]]>
Sent: Thursday, [[10 September 2026|date]] 14:22
To: Fenhaven Children's Front Door
Cc: [[Aoife Kinsella|name]] (Wisbech Locality Team)
Subject: Children missing education and safeguarding - [[STOICA|name]] children, [[12A Elm Road|address]], [[Wisbech|place]]

Good afternoon,

Please accept this as a referral for the four children of [[Florin|name]] and [[Mădălina Stoica|name]], a Romanian family who came
to England in March 2019.

- [[Andrei Stoica|name]], DOB [[14/05/2013|dob]], Year 8, on roll at [[Thomas Clarkson Academy|school]] (UPN [[Z873436617034|upn]]).
  Not seen in school since [[20 March 2026|date]]. His parents told the academy he was going to Romania "for a funeral" at Easter;
  the academy's CME enquiries in May and June got no answer. On [[3 September|date]] a parent told the academy that [[Andrei|name]]
  is back and working at a hand car wash on [[Lynn Road|address]].
- [[Ioana Stoica|name]], DOB [[27/01/2017|dob]], Year 5, [[Peckover Primary School|school]] (UPN [[P873452321093|upn]]).
  Attendance 2025/26 61.4%; this term 3 days out of 6; usually late.
- [[Denisa Stoica|name]], DOB [[08/02/2022|dob]]. Offered a Reception place at [[Peckover|school]] from [[3 September 2026|date]];
  has not started.
- [[Luca Stoica|name]], DOB [[30/06/2024|dob]]. Not of school age, but see below.

I visited on Tuesday [[8 September|date]] at 15:30 with [[Peckover|school]]'s Romanian-speaking teaching assistant, Mrs [[Ionela
Marin|name]]. [[Mădălina|name]] (about seven months pregnant) opened the door holding [[Luca|name]]. She said [[Andrei|name]] was "at his
uncle's" (Nenea [[Costel|name]], [[Constantin Stoica|name]]) and that [[Denisa|name]] "cries at the gate and I cannot walk to school
and back twice with my belly". The house is a four-bedroom HMO shared with two other families (about 11 people); the family
have one bedroom and a box room. I saw black mould on the bedroom ceiling and the front door does not lock.

Mrs [[Marin|name]] told me afterwards that on Sunday [[6 September|date]] [[Luca|name]] was found by a passer-by in the road on [[Elm
Road|address]] in only a nappy, and that it is "all over Facebook". I rang Cambridgeshire Police: log CC-06092026-0117, PC [[Sam
Burrell|name]] returned him to his mother at 07:22 and submitted a child concern notification.

I have served a School Attendance Order warning letter for [[Andrei|name]] and [[Denisa|name]], but I think this family needs more
than enforcement: overcrowding, a pregnant mother without a GP, a 13-year-old who may be working, a young girl doing too much
caring, and a toddler who got out into the road. The parents' numbers: [[Florin|name]] [[07384 926 115|phone]], [[Mădălina|name]]
[[07447 108 362|phone]] (Romanian interpreter needed for her).

Kind regards,
[[Karen|name]]

[[Karen Legge|name]] | Education Welfare Officer | Attendance and Children Missing Education Service | Fenhaven County Council
Fenland Hall, [[County Road|address]], [[March|place]] [[PE15 8NQ|postcode]] | [[01945 585 300|phone]]

-----Forwarded message-----
From: [[Tracey Bavin|name]] (Attendance Lead, [[Peckover Primary School|school]])
Sent: [[09/09/2026|date]] 08:47
To: [[Karen Legge|name]]
Subject: [[Ioana|name]] and [[Denisa|name]] [[STOICA|name]]

Hi [[Karen|name]], [[Ioana|name]] came in late again this morning (09:25) with [[Luca|name]] in the buggy and [[Denisa|name]] holding on to
it. She told Miss [[Gotobed|name]] that she has to "take the little ones" because "Mama sleeps in the morning, she is sick from the
baby". She was very proud that she had done [[Denisa|name]]'s plaits. Can we talk about a place at the breakfast club and a
walking bus? Thanks, [[Tracey|name]]
"""),
    ("interpreter-assisted home visit note", """FENHAVEN COUNTY COUNCIL - CHILDREN'S SOCIAL CARE - CASE NOTE
Children: [[STOICA, Andrei|name]] ([[14/05/2013|dob]]), [[STOICA, Ioana|name]] ([[27/01/2017|dob]]), [[STOICA, Denisa|name]]
([[08/02/2022|dob]]), [[STOICA, Luca|name]] ([[30/06/2024|dob]])
Type: Home visit with a Romanian interpreter (Child and Family Assessment)    Worker: [[Aoife Kinsella|name]], Wisbech Locality Team
Date: Monday [[14 September 2026|date]], 16:30-18:15    Interpreter: [[Roxana Dumitru|name]] (in person, booked through thebigword)

Seen: [[Mădălina Stoica|name]] (mother), [[Florin Stoica|name]] (father, from 17:20), all four children. [[Andrei|name]] came in at 17:40
with his uncle, [[Constantin Stoica|name]] ("Nenea [[Costel|name]]").

The house: [[12A Elm Road|address]] is a four-bedroom terraced house let by [[Vasile Munteanu|name]], who lives in [[Peterborough|place]]
and rents the other two bedrooms to two single men and a couple. The family have the back bedroom (a double bed, a cot for
[[Luca|name]], a mattress on the floor for [[Ioana|name]] and [[Denisa|name]]) and the box room, where the parents store clothes;
[[Andrei|name]] sleeps on the sofa in the shared lounge. Black mould on two walls; one bathroom for eleven people; a gas fire with no guard;
the front door has no working lock - [[Florin|name]] has fitted a chain since [[Luca|name]] got out. There was food in: sarmale in a
pot, bread, milk, Lidl yoghurts. Icons and a calendar from the Romanian Orthodox church above the bed.

[[Mădălina|name]] (34) said, through [[Roxana|name]], that she is 31 weeks pregnant, due on [[11 December 2026|date]], tired and dizzy
(anaemia, treated in Romania in the summer). She is not registered with a GP here; she had one scan at the Queen Elizabeth
Hospital in [[King's Lynn|place]] after going to A&E in August. She speaks to her mother, Bunica [[Elena|name]], in [[Bacău|place]] on
video every day and cries "because I am alone here". She wants to stay in England "for the children's future".

[[Florin|name]] (39) works six days a week, 06:00 to 18:00, on a production line at a food factory in [[Long Sutton|place]]; an agency
minibus ([[AK16 YRD|vehicle]]) collects him at 05:20. He earns "about £1,900 a month" and pays £850 for the two rooms in cash to Mr
[[Munteanu|name]], with no tenancy agreement. He was embarrassed about the Facebook posts: "Everyone in [[Wisbech|place]] thinks we are
bad parents."

[[Ioana|name]] (9) speaks fluent English and translated for her mum before [[Roxana|name]] arrived; I stopped this kindly. Seen alone in
the kitchen: she likes school and her teacher, Miss [[Gotobed|name]], and wants to be a vet. She gets up at 06:30 to dress
[[Denisa|name]] and [[Luca|name]] because "Mama is sick in the morning". She said the men in the other rooms are "loud at night" and
one of them, "[[Ovidiu|name]]", "shouts and drinks beer in the kitchen".

[[Andrei|name]] (13) was wary at first; he answered in English. He went to Romania with his grandmother at Easter and stayed until July,
going to school there ([[Școala Gimnazială „Mihai Drăgan” Bacău|school]]). He does not want to go back to [[Thomas Clarkson|school]]
because "they put me with the small kids for English and a boy called me a gypsy every day". He has been helping Nenea [[Costel|name]] at
the car wash "for pocket money, £30 a day, only when it is sunny". He wants to be a mechanic and asked about the [[College of West
Anglia|school]]. [[Costel|name]] said [[Andrei|name]] "only holds the hose" and drove off in his Romanian-plated VW
Passat ([[BC 14 FLR|vehicle]]).

[[Denisa|name]] (4) hid behind her mum and then showed me her new [[Peckover|school]] book bag. [[Luca|name]] (2) was climbing on the
windowsill of an upstairs window with no restrictor; [[Florin|name]] lifted him down.

Immediate actions: window restrictor and fireguard - I will ask the Fire Service for a Safe and Well visit; referral to the
council's Private Sector Housing team about overcrowding and Category 1 hazards; help to register with the North Brink Practice;
midwife referral; ask [[Thomas Clarkson|school]] and [[Peckover|school]] about an EAL-supported return and a breakfast club place.
Parents' consent recorded for all of these. Next visit with [[Roxana|name]]: Monday [[21/09/2026|date]] at 17:30 so [[Florin|name]] can be
there.
"""),
]

DOCS_E += [
    ("facebook community group post and comments", """[Posts in the public Facebook group "Wisbech Community Noticeboard", captured by
[[Aoife Kinsella|name]] on [[7 September 2026|date]] after the police passed on the link. Names are the account names shown; spelling as
posted.]

[[Debbie Godfrey|name]] · [[6 September|date]] at 07:41 · Public group
Just found a little boy about 2 walking down [[elm rd|address]] on his own in just a nappy!!! 😱 he nearly went in the road by the
lights at [[weasenham lane|address]]. me and another lady stayed with him and rang 999, police came in 10 mins. think he lives in
one of them HMOs opposite the chippy. poor little mite was freezing. PARENTS WHERE WERE YOU 😡
👍😮😢 87    64 comments

[[Gaz Hurn|name]]
should be locked up. kid could of been killed on that road
1d

[[Ionela Marin|name]]
I know the family. Mother is pregnant and was in the shower, the door lock is broken since weeks and landlord dont fix. They
are not bad people. Please dont judge
1d

[[Sharon Leet|name]]
[[Ionela Marin|name]] not bad people?? hes 2 and he was in the road. my nan had 9 kids in [[walsoken|place]] and none of them
ended up in the road
1d

[[Claudiu Petre|name]]
Este băiatul lui [[Florin|name]] de la fabrica din [[Long Sutton|place]]. Am vorbit cu el, e distrus. Proprietarul, [[Munteanu|name]], nu
repară nimic în casa aia.
1d
   [Translated by [[Roxana Dumitru|name]] for the case record: "It is [[Florin|name]]'s boy, from the factory in [[Long Sutton|place]].
   I talked to him, he is devastated. The landlord, [[Munteanu|name]], repairs nothing in that house."]

[[Lisa Mann|name]]
ive reported that HMO to the council twice. 11 people and one bathroom. ring private sector housing they're in [[march|place]] but
they do come out
1d

[[Mădălina Stoica|name]]
Thank you to the lady who find my [[Luca|name]] 🙏 I am sorry. I was in shower 5 minute and he open the door. Now my husband put
the chain. I am good mum, I love my children ❤️
1d

[[Debbie Godfrey|name]]
[[Mădălina Stoica|name]] im sorry if i was harsh hun. glad hes ok ❤️ if u need baby stuff ive got a buggy and loads of clothes
from my [[kayden|name]], message me
1d

[[Kelly Frusher|name]]
[[wisbech|place]] is going downhill. its not like when we used to take the kids to the rose fair and the castle
1d

[[Andy Frusher|name]]
[[Kelly Frusher|name]] nothing to do with that. [[debbie|name]] did the right thing. my lad fell out a window in [[chatteris|place]]
once and he was 3, it happens
1d

Wisbech Community Noticeboard (admin)
Comments turned off. Please don't share pictures of children. If you are worried about a child ring the police on 101 or
the council's children's front door.
"""),
    ("child and family assessment extract", """FENHAVEN COUNTY COUNCIL - CHILD AND FAMILY ASSESSMENT (extract: sections 2, 4, 6 and 8)
Children: [[Andrei Stoica|name]] (13), [[Ioana Stoica|name]] (9), [[Denisa Stoica|name]] (4), [[Luca Stoica|name]] (2)
Address: [[12A Elm Road|address]], [[Wisbech|place]] [[PE13 2TB|postcode]]
NHS numbers: [[Andrei|name]] [[496 462 8663|nhs]]; [[Ioana|name]] [[614 608 3615|nhs]]; [[Denisa|name]] [[473 788 5789|nhs]];
[[Luca|name]] [[999 758 5038|nhs]]    UPNs: [[Denisa|name]] [[J873371626721|upn]]; [[Ioana|name]] [[P873452321093|upn]]
Started [[11/09/2026|date]]; authorised [[23/10/2026|date]]. Social worker: [[Aoife Kinsella|name]] ([[01945 464 301|phone]],
[[aoife.kinsella@fenhaven.gov.uk|email]]). Manager: [[Sunita Rai|name]].
Interpreter for all visits with [[Mădălina|name]]: [[Roxana Dumitru|name]].

2. Family and network
- [[Florin Stoica|name]] (father, 39, DOB [[21.07.1987|dob]], NI [[SC 49 27 61 B|ni]]), from [[Onești|place]]; a factory worker.
- [[Mădălina Stoica|name]] (née [[Rusu|name]]; mother, 34, DOB [[04.03.1992|dob]], NI [[SG 10 38 47 C|ni]]), from [[Bacău|place]].
  Registered with the North Brink Practice on [[18/09/2026|date]]; midwife [[Ruth Cawthorne|name]]; baby due [[11/12/2026|date]].
- Bunica [[Elena Rusu|name]] (maternal grandmother), [[Bacău|place]]: [[+40 742 318 906|phone]], home [[+40 234 517 208|phone]]. She
  looked after [[Andrei|name]] from Easter to July and says she will come for the birth "if the flights are cheap".
- Nenea [[Costel|name]] ([[Constantin Stoica|name]], paternal uncle), [[Wisbech|place]], [[07415 662 097|phone]]; runs a hand car wash.
- Tanti [[Georgiana Rusu|name]] (maternal aunt), [[Spalding|place]]; two children; visits on Sundays.

4. The children's experiences and views
[[Andrei|name]]: "In Romania I was the clever one. Here I am the stupid one because of English." He agreed to go back to [[Thomas
Clarkson|school]] on a part-time timetable from [[12 October|date]] with an EAL mentor, Mr [[Bogdan Ilie|name]], who "speaks like me".
He has stopped working at the car wash; he asked for his own phone number to be on the file ([[07366 480 217|phone]]).
[[Ioana|name]]: drew a house with "a bed only for me", "a door that locks" and "Mama not tired". She said: "I want [[Andrei|name]] to
go to school so he can be a mechanic, not wash cars in the rain."
[[Denisa|name]]: started Reception at [[Peckover|school]] on [[5 October 2026|date]] and "loves the sand tray" (her teacher, Mrs
[[Pamela Hix|name]]). She says "[[Luca|name]] bad boy, he open the door" and laughs.
[[Luca|name]]: a busy, sturdy toddler with few words in either language; referred to the health visitor for a 2-year review
(not done in England).

6. Home and housing
Private Sector Housing (officer [[Jon Redhead|name]]) inspected on [[29/09/2026|date]] and found Category 1 hazards (damp and mould,
fire, falls from windows) and overcrowding; an Improvement Notice was served on the landlord, [[Vasile Munteanu|name]], on [[2 October
2026|date]]. The house needs an HMO licence it does not have. The family are on the housing register (band B) and Clarion Housing
has offered to consider them for a three-bedroom house in [[Walsoken|place]] or [[Emneth|place]].

8. Analysis
The children are loved and their parents work very hard, but the family's circumstances - overcrowding, a landlord who will not
make the house safe, a father at work twelve hours a day, a pregnant mother who is unwell, isolated and without English, and no
family nearby - have led to neglect of supervision and education: a toddler in the road, a girl of nine caring for her brother and
sister, a boy of thirteen out of school and working. [[Florin|name]] and [[Mădălina|name]] have done everything asked of them since
[[14 September|date]]. Outcome: Child in Need plan (section 17). The next Child in Need meeting is on [[4 November 2026|date]] at
[[Peckover|school]].
"""),
]

# --- F. Kabongo / Mbuyi family (Congolese, DR Congo), Great Lever, Bolton --------------------------------------------

HOME_F = d.Address("73 Rishton Lane", "Great Lever", "Bolton", "BL3 2EE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Bienvenu", "Kabongo")], dt.date(2017, 5, 9), [HOME_F], ids=["7806232710", "Y350411621855"],
       schools=["Devonshire Road Primary School"]),
    _p("s", "sibling", [("Grace", "Kabongo")], dt.date(2013, 6, 2), [HOME_F], ids=["4725040223", "Y350291017648"],
       phones=["07852 097 316"], schools=["Bolton St Catherine's Academy"]),
    _p("s2", "sibling", [("Merveille", "Kabongo")], dt.date(2023, 1, 17), [HOME_F], ids=["9993828122", "A350386324285"],
       schools=["Devonshire Road Primary School"]),
    _p("f", "father", [("Jean-Claude", "Kabongo")], dt.date(1979, 4, 12), [HOME_F], phones=["07572 961 340"]),
    _p("m", "mother", [("Esperance", "Mbuyi")], dt.date(1985, 11, 28), [HOME_F], phones=["07883 504 217"],
       ids=["PX 63 02 81 A"]),
    _p("g", "grandparent", [("Therese", "Kapinga")], phones=["+243 81 742 5630"]),
    _p("u", "other", [("Patrick", "Kabongo")], phones=["+32 470 55 82 16"]),
    _p("p1", "professional", [("Ayesha", "Mirza")], phones=["01204 520 644", "07958 116 702"],
       emails=["ayesha.mirza@croalvalley.gov.uk"]),
    _p("p2", "professional", [("Andrea", "Partington")], phones=["01204 332 810"],
       emails=["a.partington@devonshireroad.bolton.sch.uk"]),
], "c")

DOCS_F = [
    ("primary school CPOMS log", """CPOMS - INCIDENT EXPORT    School: [[Devonshire Road Primary School|school]], [[Bolton|place]]
Exported: [[07/10/2026|date]] 16:05 by [[A. Partington|name]] (DSL)    For: Croal Valley Children's Social Care
Students: [[KABONGO, Bienvenu|name]] (Year 5, class 5P; DOB [[09/05/2017|dob]]; UPN [[Y350411621855|upn]]) and [[KABONGO,
Merveille|name]] (Nursery; DOB [[17/01/2023|dob]]; UPN [[A350386324285|upn]])
Sibling at another school: [[Grâce Kabongo|name]], Year 8, [[Bolton St Catherine's Academy|school]]

[[08/09/2026|date]] 08:55 | [[Merveille|name]] | Attendance; Family | Miss [[Chloe Entwistle|name]] (Nursery teacher)
[[Merveille|name]] was brought to Nursery by her sister [[Grâce|name]] (13) for the third day running. [[Grâce|name]] said "Maman is
sick" and ran for the 513 bus to [[St Catherine's|school]]; she will be late for her own school. [[Merveille|name]] clean, hair
beautifully braided, happy to come in.
Action (Mrs [[Partington|name]]): rang mum on [[07883 504 217|phone]], no answer; a message sent in French on ClassDojo.

[[15/09/2026|date]] 15:20 | [[Bienvenu|name]] | Wellbeing | Mr [[Owen Pilkington|name]] (class teacher)
[[Bienvenu|name]] ("[[Benny|name]]") became very upset at home time when told his dad was collecting him: "Papa will be angry,
I lost my reading book." Calmed with a story. Dad, Mr [[Jean-Claude Kabongo|name]] ([[07572 961 340|phone]]), collected at 15:35,
friendly and apologetic for being late (he drives a private hire car and was on a job in [[Salford|place]]).

[[22/09/2026|date]] 12:40 | [[Bienvenu|name]] | Physical injury | Mrs [[Shazia Akhtar|name]] (TA)
Changing for PE: three healing linear marks across the back of [[Bienvenu|name]]'s left thigh, 8 to 10 cm long, one with a loop
at the end. I asked "What happened there?" and he said "I fell off the bike at the park." Body map done; passed to the DSL.

[[22/09/2026|date]] 13:10 | [[Bienvenu|name]] | Disclosure | Mrs [[Andrea Partington|name]] (DSL)
Spoke to [[Bienvenu|name]] in the Calm Room with Mr [[Pilkington|name]]. Open questions only. He said: "Papa hit me with his belt because
I lied about the book. Two times. Don't tell him I told, he will send me to Tonton [[Patrick|name]] in Belgium." He said it happened
"on Saturday" ([[19 September|date]]). He said Papa "is kind when he is not tired". He has not been hit at school or by anyone else.
Action: referral to the Croal Valley Integrated Front Door at 13:40 (IFD-26-55213); advised not to tell parents yet.

[[22/09/2026|date]] 16:30 | [[Bienvenu|name]] | Strategy discussion | Mrs [[Partington|name]]
Strategy discussion by phone: SW [[Ayesha Mirza|name]] (Croal Valley), DC [[Gareth Hulme|name]] (Greater Manchester Police,
Public Protection Investigation Unit), Dr [[Ifeoma Nwachukwu|name]] (community paediatrician). Joint visit to the home at 17:30;
child protection medical tomorrow at 10:00 at Royal Bolton Hospital. Update 19:05 from [[Ayesha|name]]: Mr [[Kabongo|name]] admitted
smacking [[Bienvenu|name]] "with the belt, twice, like my father did" and agreed to stay with a friend, Mr [[Serge Ilunga|name]], in
[[Farnworth|place]] for now.

[[23/09/2026|date]] 14:00 | [[Bienvenu|name]] | Medical outcome | Mrs [[Partington|name]]
Dr [[Nwachukwu|name]]: the marks are consistent with being hit with a looped belt, about four days old; no other injuries; a
café-au-lait birthmark on his right side. [[Bienvenu|name]] back in class at 14:15, ate his lunch, chose Lego at golden time.

[[29/09/2026|date]] 08:45 | [[Merveille|name]] | Family | Mrs [[Partington|name]]
Mum, Mrs [[Espérance Mbuyi|name]], brought [[Merveille|name]] herself and asked to speak to me (in French, with Google Translate and
then with our parent support adviser, Mr [[Yves Tshibanda|name]], who speaks French and Lingala). She cried and said she has
"the bad nights" since the war and takes sertraline; she does not want [[Grâce|name]] to miss school any more. She thanked the
school for "looking after [[Benny|name]]".

[[02/10/2026|date]] 14:10 | [[Bienvenu|name]] | Voice of the child | Mr [[Pilkington|name]]
In circle time [[Bienvenu|name]] said he misses his Papa, who is "sleeping at Tonton [[Serge|name]]'s", and that "Pasteur
[[Blaise|name]] prayed for me so I will be good". Reassured him that he is good and that this is not his fault.

[[06/10/2026|date]] 09:00 | Both | Outcome | Mrs [[Partington|name]]
Section 47 outcome from [[Ayesha|name]]: Child in Need plan; Mr [[Kabongo|name]] to return home under a written agreement and do the
Triple P course at the Great Lever Family Hub; [[Grâce|name]] to have a young carer's assessment. First CIN meeting on
[[19/10/2026|date]] here at school. School contact for the family: Mrs [[Partington|name]], [[01204 332 810|phone]],
[[a.partington@devonshireroad.bolton.sch.uk|email]].
"""),
    ("section 47 outcome letter", """Croal Valley Council
Children's Social Care - Bolton South Safeguarding Team
Town Hall, [[Victoria Square|address]], [[Bolton|place]] [[BL1 1RU|postcode]]    Telephone: [[01204 520 644|phone]]

Mr [[Jean-Claude Kabongo|name]] and Mrs [[Espérance Mbuyi|name]]
[[73 Rishton Lane|address]]
[[Great Lever|place]]
[[Bolton|place]]
[[BL3 2EE|postcode]]

[[8th October 2026|date]]

Dear Mr [[Kabongo|name]] and Mrs [[Mbuyi|name]],

The outcome of our enquiries about [[Bienvenu|name]] (section 47, Children Act 1989)

This letter will be read to you in French by our interpreter, Mr [[Didier Mukendi|name]], and you can keep a French copy.

What happened
On Tuesday [[22 September 2026|date]] [[Bienvenu|name]]'s school saw marks on the back of his leg. [[Bienvenu|name]] told his teachers that
his Papa had hit him with a belt. DC [[Gareth Hulme|name]] and I visited you at home that evening. Mr [[Kabongo|name]], you told us
honestly that you had hit [[Bienvenu|name]] twice with your belt on Saturday [[19 September|date]] because he had lied about a lost
book, and that this is how you were disciplined as a boy in [[Kinshasa|place]]. On [[23 September|date]] Dr [[Ifeoma Nwachukwu|name]]
examined [[Bienvenu|name]] at the Royal Bolton Hospital and found that the marks were caused by a belt.

What we found
We have spoken to [[Bienvenu|name]], [[Grâce|name]] (and watched [[Merveille|name]] play), both of you, the schools, your GP
(Dr [[Omar Sheikh|name]]), the health visitor and, with your permission, Pasteur [[Blaise Nkulu|name]] of your church.
- [[Bienvenu|name]] was physically harmed. In England it is against the law to hit a child in a way that leaves a mark, whatever the
  reason (section 58 of the Children Act 2004).
- We do not think this happens often. The children love you both, are well cared for and are doing well at school.
- Mrs [[Mbuyi|name]], you have told us about your nightmares and flashbacks from what happened to you in the DRC and on the journey
  to England. When you are unwell, [[Grâce|name]] does a great deal for her brother and sister, and she has been late for school.
- Mr [[Kabongo|name]], you work long hours at night and said you were "very tired and very angry" that day.
The police have decided to give Mr [[Kabongo|name]] a conditional caution, with the condition that he completes a parenting course.

What happens next
We will work with your family under a Child in Need plan (section 17). This is voluntary, but we hope you will agree. It will
include:
1. No physical punishment of any of the children. Mr [[Kabongo|name]] to do the Triple P Group course on Tuesday evenings at the
   Great Lever Family Hub, starting on [[13 October|date]]. Pasteur [[Blaise|name]] has offered to run a fathers' group at the church
   and we would like to help him.
2. Mrs [[Mbuyi|name]]: a referral to the Talking Therapies service (with an interpreter) and to Freedom from Torture in
   [[Manchester|place]], which you agreed to.
3. [[Grâce|name]]: a young carer's assessment with Bolton Young Carers, and help for the family with the school run.
4. The first Child in Need meeting: Monday [[19 October 2026|date]] at 15:30 at [[Devonshire Road|school]], with Mr [[Mukendi|name]].

If you disagree with anything in this letter, please tell me. You can also ask for an advocate or make a complaint
(a leaflet in French is enclosed).

Yours sincerely

[[Ayesha Mirza|name]]
Social Worker, Bolton South Safeguarding Team
[[ayesha.mirza@croalvalley.gov.uk|email]] | work mobile [[07958 116 702|phone]]
cc: Mrs [[A. Partington|name]] ([[Devonshire Road Primary School|school]]); Mr [[Liam Fogarty|name]] (Pastoral Lead, [[Bolton St Catherine's
Academy|school]]); DC [[G. Hulme|name]]
"""),
]

DOCS_F += [
    ("child in need review minutes", """CROAL VALLEY COUNCIL - CHILD IN NEED REVIEW MEETING - MINUTES
Children: [[Grâce KABONGO|name]] (DOB [[02/06/2013|dob]], NHS [[472 504 0223|nhs]], UPN [[Y350291017648|upn]]); [[Bienvenu KABONGO|name]]
(DOB [[09/05/2017|dob]], NHS [[780 623 2710|nhs]]); [[Merveille KABONGO|name]] (DOB [[17/01/2023|dob]], NHS [[999 382 8122|nhs]])
Address: [[73 Rishton Lane|address]], [[Great Lever|place]], [[Bolton|place]] [[BL3 2EE|postcode]]
Date: Thursday [[26 November 2026|date]], 15:30-17:00, at [[Devonshire Road Primary School|school]]    Chair: [[Ayesha Mirza|name]] (SW)
Interpreter: Mr [[Didier Mukendi|name]] (French and Lingala, in person)

Present: Mrs [[Espérance Mbuyi|name]] (mum) and Mr [[Jean-Claude Kabongo|name]] (dad); [[Grâce|name]] (for the first half hour); Mrs
[[Andrea Partington|name]] (DSL) and Mr [[Owen Pilkington|name]] (class teacher), [[Devonshire Road|school]]; Mr [[Liam Fogarty|name]]
(Pastoral Lead, [[St Catherine's|school]]); [[Hannah Schofield|name]] (Health Visitor, for [[Merveille|name]]); [[Kerry Mellor|name]]
(Bolton Young Carers); Pasteur [[Blaise Nkulu|name]] (Église Béthel, at the parents' invitation). By phone from [[Brussels|place]]
for item 5: Tonton [[Patrick Kabongo|name]] ([[+32 470 55 82 16|phone]]).

1. Since the last meeting ([[19/10/2026|date]])
- Mr [[Kabongo|name]] has been to 6 of the 8 Triple P sessions and "found it hard but good". He has been home since
  [[9 October|date]]; no further marks or worries seen at either school.
- Mrs [[Mbuyi|name]] had her first Talking Therapies assessment on [[10/11/2026|date]] (with an interpreter) and is on the waiting
  list at Freedom from Torture. Her GP, Dr [[Sheikh|name]], has increased her sertraline. She has applied for Carer's Allowance
  (NI number [[PX 63 02 81 A|ni]]) because [[Merveille|name]] has sickle cell disease and many hospital appointments.
- [[Grâce|name]]: young carer's assessment done by [[Kerry|name]] on [[12 November|date]]; she goes to the young carers' group on
  Wednesdays in [[Deane|place]] and "loves it".

2. The children's views
[[Grâce|name]] (13): "Things are calmer. Papa does not shout as much. I still do [[Merveille|name]]'s hair but now I want to. I want a
phone that works so I can do my homework on Teams." Her number for the school: [[07852 097 316|phone]].
[[Bienvenu|name]] (9), from his "All About Me" sheet with Mr [[Pilkington|name]]: "I am happy. Papa takes me to football on
Saturdays in [[Little Lever|place]] and to watch Bolton Wanderers. Papa said sorry. I got Star of the Week for my Ancient Egypt poster." He
asked for "no more meetings about me".
[[Merveille|name]] (3): [[Hannah|name]] saw her at home on [[17/11/2026|date]]: a happy, chatty girl, speech in Lingala, French and
English on track; two admissions to Royal Bolton Hospital this year with sickle cell crises; penicillin and folic acid daily.

3. School and health
[[Devonshire Road|school]] (Mrs [[Partington|name]]): [[Bienvenu|name]]'s attendance 97%; reading age up six months; [[Merveille|name]]
96% in Nursery. [[St Catherine's|school]] (Mr [[Fogarty|name]]): [[Grâce|name]]'s attendance up from 82% to 94%; no lates since
half term; predicted to do very well; she has joined the choir.

4. Parents' views (through Mr [[Mukendi|name]])
Mr [[Kabongo|name]]: "At first I was angry with the school. Now I understand. In Congo my father beat me, and I do not want
[[Bienvenu|name]] to be afraid of me." He has changed to day shifts and now drives for a private hire firm in the daytime (his
Toyota, [[MF17 WXN|vehicle]], licensed by Croal Valley Council). Mrs [[Mbuyi|name]]: "I am sleeping a little better. I want to learn
English properly and work as a carer again, like in [[Lubumbashi|place]]."

5. Family and community
Tonton [[Patrick|name]] said from [[Brussels|place]] that "in our culture we correct children" and asked why the English "interfere".
Mr [[Mukendi|name]] and Pasteur [[Blaise|name]] explained the law in Lingala; [[Patrick|name]] said he would "respect the English rules"
and would visit at Christmas. The children's grandmother, Mama [[Thérèse Kapinga|name]], in [[Kinshasa|place]] ([[+243 81 742 5630|phone]]),
sent her blessing through [[Espérance|name]]. Pasteur [[Blaise|name]] ([[07401 263 984|phone]]) will start a fathers'
group at the church in January with [[Ayesha|name]]'s help.

6. Decisions
- The Child in Need plan continues for three months, then step down to Early Help (the Great Lever Family Hub) if all goes well.
- [[Ayesha|name]]: visits every four weeks; a referral for ESOL classes at [[Bolton College|school]] for [[Espérance|name]].
- [[Hannah|name]]: joint work with the sickle cell nurse about [[Merveille|name]]'s care plan.
- [[Kerry|name]]: young carers' group and a Christmas trip for [[Grâce|name]].
Next review: Thursday [[25 February 2027|date]] at [[Devonshire Road|school]].
"""),
]
DOCS_F += [
    ("family whatsapp group translated from french and lingala", """[WhatsApp group "Famille [[Kabongo|name]] 🇨🇩" on
[[Espérance Mbuyi|name]]'s phone, shown to [[Ayesha Mirza|name]] with her
agreement and translated from French and Lingala by [[Didier Mukendi|name]] (interpreter) on [[16 November 2026|date]].
Contact names as saved by [[Espérance|name]]; Lingala kinship words kept; [voice] where a voice note was sent.]

Friday [[13/11/2026|date]]
18:02 Tonton [[Patrick|name]] 🇧🇪: [[Espé|name]], [[J-C|name]] tells me the social services are still coming to the house. In our family we
correct children. Do not let the English take your children, sign nothing.
18:10 [[J-C|name]] ❤️: [[Patrick|name]], leave it. I made a mistake with the belt. I am doing the course on Tuesdays. The social worker,
Madame [[Mirza|name]], is fair.
18:11 Me: I am proud of you [[J-C|name]] 🙏
18:25 Tantine [[Nadège|name]] ([[+33 6 44 81 29 07|phone]]): [[Patrick|name]], times have changed. In France too it is forbidden. Here in
[[Lyon|place]] my neighbour's children were taken for less. Listen to your brother.
18:40 Tonton [[Patrick|name]] 🇧🇪: [Lingala] We were raised with the belt and we became men. [French] Anyway, I am coming to
[[Bolton|place]] on [[20 December|date]], I will see for myself.
19:02 [[Grâce|name]] 💕: can everyone stop arguing in this group pls. [[benny|name]] is fine. he got star of the week and papa came to
watch his assembly
19:03 Tantine [[Nadège|name]] ([[+33 6 44 81 29 07|phone]]): Bravo [[Benny|name]]!!! 👏👏 Kisses to [[Merveille|name]] too
Saturday [[14.11.2026|date]]
07:30 Mama [[Thérèse|name]] ([[+243 81 742 5630|phone]]): [voice, 1:12] "My daughter [[Espérance|name]], I pray for you every morning in
[[Lemba|place]]. Take your medicine and rest. Let [[Grâce|name]] be a child, she is only thirteen. God is with you in England."
07:45 Me: Thank you Mama. I am going to the doctor on Tuesday. The psychologist is a woman, she is kind.
11:20 Yaya [[Fiston|name]] ([[+243 99 816 2047|phone]]): [Lingala] Greetings to everyone from [[Lubumbashi|place]]. [[J-C|name]], call me,
it is about the money for the house of papa.
11:31 [[J-C|name]] ❤️: [[Fiston|name]], not now. Everything goes to the children here first.
Sunday [[15/11|date]]
13:05 [[Grâce|name]] 💕: after church can we get nandos. [[merveille|name]] wants the chips
13:06 Me: [[Grâce|name]] we are having fufu and pondu at Pasteur [[Blaise|name]]'s house. Nando's next week 😂
13:06 [[Grâce|name]] 💕: 😭😭
21:48 Tonton [[Patrick|name]] 🇧🇪: [[J-C|name]], I spoke to Maman. She says you are a good father. I am sorry for what I said on Friday.
21:50 [[J-C|name]] ❤️: Thank you my brother. Come at Christmas, the children are waiting for their tonton.
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 11 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 04:05 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "ps", "dc", "ds", "sgt", "insp", "nurse", "sw", "cllr", "our", "nana", "nanna",
           "nan", "nanny", "gran", "grandma", "grandad", "grandpa", "mam", "mum", "mummy", "mammy", "dad", "daddy", "auntie",
           "aunty", "uncle", "gogo", "ambuya", "tete", "sekuru", "babamukuru", "amai", "baba", "bunica", "buni", "bunicul",
           "tanti", "nenea", "mătușa", "matusa", "unchiul", "mamaie", "tataie", "tata", "mama", "papa", "maman", "tonton",
           "tantine", "yaya", "koko", "nkoko", "pasteur", "pastor", "madame", "monsieur"}
_AFTER = {"gogo", "ambuya", "tete", "sekuru", "bunica", "tanti", "nenea", "mamaie", "tataie", "tonton", "tantine", "yaya",
          "koko", "mama", "papa"}
_NOT_PLACES = {"england", "wales", "britain", "great britain", "united kingdom", "uk", "teesside", "cleveland", "north yorkshire",
               "yorkshire", "south yorkshire", "somerset", "the somerset levels", "northamptonshire", "northants",
               "east midlands", "cambridgeshire", "cambs", "the fens", "fenland", "norfolk", "lincolnshire", "lincs",
               "greater manchester", "lancashire", "lancs", "romania", "moldova", "zimbabwe", "congo", "drc", "dr congo",
               "democratic republic of the congo", "belgium", "france", "africa", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 10's checker (which runs sets 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the kinship
# words and counties of sets 7 to 10; this adds this set's kinship words (before a name: "Tete Rudo", "Nenea Costel",
# "Tonton Patrick"; and after one) and counties and regions ("Northants", "Cambs", "Teesside", "Somerset").
_SET = HandSet(NAME, _PAIRS, _RECORDS, set10_problems, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
