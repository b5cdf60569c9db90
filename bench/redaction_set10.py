"""Set 10: a fifth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8
and 9 do) or bench/README.md, that did not run the detector or any bench script that runs it, that ran no git command, and
that looked at no detector output. What was read: bench/redaction_set9.py and tests/test_redaction_set9.py in full (the
layout and marking conventions followed here), the docstrings and checker functions of bench/redaction_set8.py,
bench/redaction_set7.py and bench/redaction_heldout.py, and the `_party` / `_parse` / `_docs` helpers of
bench/redaction_handwritten.py. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after
the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking
and say so here.

Six families, chosen to look like a typical English local authority's caseload. Four of the kinds most common in children's
social care: a white British family on the Kendray estate in Barnsley (Hinchliffe / Haigh; neglect, domestic abuse, a
young carer), a mixed White and Black Caribbean heritage family in Braunstone, Leicester (Whitworth / Ellis; a looked-after
teenager who goes missing), a white British family in the market town of Leominster, Herefordshire, with a Welsh-speaking
grandmother in a village (Prosser / Bufton; a father's drinking, an autistic boy out of school) and a young mother who is
herself a care leaver on the Grange Park estate in Blackpool (Tattersall / Kenyon; pre-proceedings and care proceedings).
Two from communities no earlier set used as a family: a Nepali family of a Gurkha veteran in Cove, Farnborough (Gurung)
and an Albanian family in Becontree, Dagenham (Hoxha / Dervishi; a boy trafficked to a cannabis grow). 24 documents: an
unannounced home visit case note, a primary school's referral to the front door, a child protection plan, core group
minutes, looked-after review minutes, a police missing person report, a children's home incident report, a letter to her
IRO in a girl's own words, a duty worker's telephone contact record, a child and family assessment extract, an Operation
Encompass email with a school's forward, a father's text messages with his social worker, a chronology of significant
events, a social work evidence statement, a letter before proceedings, a Facebook post and its comments, a strategy
discussion record, a CAMHS clinic letter, an email from a head of year, a Snapchat group chat, an NRM referral, Child in
Need review minutes, a manager's case supervision record and WhatsApp messages translated from Albanian.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (real
street names carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library), UK
and foreign (Nepal, Albania); NHS numbers (ordinary and 999 ranges) and UPNs (the right LA number for the area) pass their
check digits. Councils are invented (Dearne Moor, Soar Vale, Lugg Vale, Sandgrown, Blackwater, Beam Valley), and so are the
children's home provider (Brightpath Care) and its home (Willow House); towns, districts, real charities, brands, NHS
bodies, police forces, courts, apps, programmes, festivals and laws are real and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set9.py (which follows sets 6, 7 and 8). [[words|kind]] is a gold
span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, Sgt, Insp, Nana, Grandma, Nain, Taid, Daddy, Kaka, Sani Ama, Daja, Gjyshja, Teta,
and the Yorkshire "our" in "our Tyler") stay outside the name span, whether they come before or after the name ("Prakash
Dai"); a possessive 's (or a bare s in texting) stays outside; every person's name is a name in every form, record or not.
"SURNAME, First" is one span; an initial with a surname ("G. Hill") is one span; a name broken by a line break is one span
holding the break; initials alone ("another young person (J.)") are not marked; social media handles are not marked, but an
account, display or contact name that is the person's plain name or nickname (a Facebook commenter, a Snapchat member, a
WhatsApp contact "Eri") is marked, as sets 8 and 9 did. A street address is one span, its town a place, its postcode a
postcode; a street named without a number is an address ("Cort Crescent", "narborough rd", "Heathway"), and so is a
house's name used as the address ("Ivy Cottage"); towns, cities, villages, districts and estates are places, at home or
abroad; countries, counties, regions and their short forms ("Notts") are not; organisations are not marked even when they
hold a town's name ("Barnsley Foodbank", "Kendray Family Hub", "Leicester Caribbean Carnival", "HMP Chelmsford"); a school's
or college's name is a school, even when it holds a town's name ("Leominster Primary School", "Blackpool and The Fylde
College", "Farnborough Sixth Form College"), and so is its short form ("Horizon", "Fullhurst", "Boundary", "Grange",
"Eastbrook", "Becontree Primary"); a date of birth is dob (a birth date in a chronology's date column too), any other
calendar date with a day is date (a weekday before it stays outside); months and years alone are not marked; helplines
are not marked. Set 9's further choices hold here: a name in another script (Devanagari) is a name; a pet's name (Diesel,
Biscuit) is not; a firm named after people marks only the names ("[[Rigby|name]] & [[Heap|name]] Solicitors"); parks and
attractions (Blackpool Tower, Haslam Park) are landmarks and stay unmarked; a surname or first name that is also an English
word or a town is marked by what it refers to (Joy Kitchen, Hannah Bird, Nicola Swallow, Kathryn Senior and Graham Hill
are names; Fleet and Reading are places; Cove is a place and Cove School a school). Choices this set had to make: a
nickname with a word in front ("Big Al") is one span; a short form of a town ("bpool" for Blackpool) is a place, as set 9's
"Yarmouth" was; the name of a children's home or office building used as a venue (Willow House, Progress House) is an
organisation's and stays unmarked, while the street address after it is marked; the Virtual School (a council service) is
not a school; a GP practice named after a street (Bargates Surgery) is an organisation; a date split across a line break is
one span.

Self-check without the detector: `python -m bench.redaction_set10` (and tests/test_redaction_set10.py) runs set 9's checker
(which runs sets 8, 7 and 6's) on this set, adds this set's kinship words (before and after a name) and counties, and prints
the number of documents and gold spans per kind.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set9 import problems as set9_problems
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Hinchliffe / Haigh family (white British), Kendray estate, Barnsley -----------------------------------------

HOME_A = d.Address("41 Hunningley Close", "Kendray", "Barnsley", "S70 3JN")
DEAN_A = d.Address("8 Laithes Crescent", "Athersley South", "Barnsley", "S71 3AF")
NANA_A = d.Address("6 Cedar Grove", "Stairfoot", "Barnsley", "S70 3PA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Lacey-Mae", "Hinchliffe")], dt.date(2016, 7, 12), [HOME_A], ids=["9995744082", "E370204420792"],
       schools=["Kendray Primary Academy"]),
    _p("s", "sibling", [("Bobby", "Haigh")], dt.date(2020, 4, 18), [HOME_A], ids=["4529444988", "V370204424128"],
       schools=["Kendray Primary Academy"]),
    _p("s2", "sibling", [("Tyler-Jay", "Hinchliffe")], dt.date(2012, 5, 5), [HOME_A], ids=["6246323227", "J370204416498"],
       schools=["Horizon Community College"]),
    _p("m", "mother", [("Jade", "Hinchliffe")], dt.date(1996, 1, 29), [HOME_A], phones=["07856 334 201"], ids=["JH 27 41 83 C"]),
    _p("f", "father", [("Dean", "Haigh")], dt.date(1993, 10, 3), [DEAN_A], phones=["07783 520 614"]),
    _p("g", "grandparent", [("Maureen", "Hinchliffe")], dt.date(1970, 8, 21), [NANA_A]),
    _p("n", "partner", [("Kyle", "Wilkinson")], dt.date(1998, 12, 2)),
    _p("p1", "professional", [("Nicola", "Swallow")], phones=["01226 772 418"], emails=["nicola.swallow@dearnemoor.gov.uk"]),
    _p("p2", "professional", [("Joy", "Kitchen")], phones=["07920 448 137"], emails=["joy.kitchen@nhs.net"]),
], "c")

DOCS_A = [
    ("unannounced home visit case note", """DEARNE MOOR MBC - CHILDREN'S SOCIAL CARE - CASE NOTE
Type: Home visit (unannounced)    Recorded by: [[Nicola Swallow|name]], Social Worker, Kendray and Stairfoot Locality Team
Children: [[Lacey-Mae HINCHLIFFE|name]] (DOB [[12/07/2016|dob]]), [[Bobby HAIGH|name]] (DOB [[18/04/2020|dob]]) and [[Tyler-Jay
HINCHLIFFE|name]] (DOB [[05/05/2012|dob]])
Address: [[41 Hunningley Close|address]], [[Kendray|place]], [[Barnsley|place]] [[S70 3JN|postcode]]
Date of visit: Thursday [[24 September 2026|date]], 16:10 to 17:05    Plan: Child in Need (s.17)

Purpose: unannounced visit after [[Claire Beevers|name]] (DSL, [[Kendray Primary Academy|school]]) rang on [[23/09/26|date]]:
[[Lacey-Mae|name]] has come to school hungry and with head lice for the third week running, and [[Bobby|name]] has wet himself
twice this week.

Mum ([[Jade|name]]) came to the door after about five minutes and let me in once she had put the dog (Diesel, a Staffie) in
the back yard. There was a strong smell of cannabis in the front room. Her boyfriend, [[Kyle|name]] (she gave his surname as
[[Wilkinson|name]]), was on the settee playing FIFA on the PlayStation and left by the back door without speaking to me.
[[Jade|name]] said he "doesn't live here, he just stops over", and that the smell was "from next door".

Home conditions: the kitchen sink was full of pots; there was a bin bag of rubbish by the back door and dog mess in the yard.
The fridge held a two-litre bottle of Pepsi Max, half a tub of Lurpak and some Müller yoghurts past their date, with a bag of
chicken nuggets from Iceland in the freezer. No bread. [[Jade|name]] said her Universal Credit "went in on Monday" but had gone on
the electric (a prepayment meter, £4.16 left) and on paying back "a lad on the estate". Bedrooms: [[Lacey-Mae|name]] and
[[Bobby|name]] share the back bedroom; [[Bobby|name]]'s mattress was wet and had no sheet, and the duvet had no cover.
[[Tyler-Jay|name]] has the box room. The smoke alarm had no battery.

The children: [[Lacey-Mae|name]] (10) was watching YouTube on a cracked phone. She showed me her Year 6 reading book and said
"Nana [[Mo|name]] does my hair on Sundays". I saw nits in her fringe. She said tea is "normally nuggets or a Pot Noodle" and that
"our [[Tyler|name]] makes it when mum's asleep". [[Bobby|name]] (6) was in a vest and nappy pants; he said "[[Bobby|name]] hungry" and
pointed at the cupboard. His speech is limited to two- or three-word phrases. [[Tyler-Jay|name]] (14) came in at 16:40 from
[[Horizon Community College|school]] and went straight upstairs; he came down when I asked and said he was "alright", that he
takes [[Bobby|name]] to school "when mum's poorly", and that he does not like [[Kyle|name]] "cos he's always here and he's tight
with [[Deano|name]]'s mates".

[[Jade|name]] told me she has been "low" since her mum had her knee operation at Barnsley Hospital in August, and that the
children's dad, [[Dean Haigh|name]], is "back on the scene" and wants the kids at his mum's in [[Athersley|place]] at weekends.
She said she is not scared of [[Dean|name]] any more. She owes about £300 to a man she called "[[Big Al|name]]" who lends money on
the estate; she would not say more.

Worries: neglect of the children's basic care (food, hygiene, bedding, supervision), cannabis use by adults in the home, debt
to an illegal lender, and [[Tyler-Jay|name]] caring for his brother and sister. Strengths: the children are clearly attached to
[[Jade|name]]; [[Lacey-Mae|name]] is at school every day; [[Maureen Hinchliffe|name]] (maternal grandmother, [[6 Cedar Grove|address]],
[[Stairfoot|place]]) helps when her knee allows.

Agreed: [[Jade|name]] will ring her mum tonight and take the children there for tea on Friday; I gave a Barnsley Foodbank
voucher and a Hedrin kit; I will ask the School Nurse, [[Joy Kitchen|name]], to see [[Bobby|name]] about the wetting, and I will
start a Graded Care Profile 2 with [[Jade|name]] next week. The neighbour, Mrs [[Pat Dyson|name]], came out as I left and said "them
kids are never in bed before midnight"; I thanked her and did not discuss the family.

Management oversight ([[25/09/2026|date]], [[Andy Sykes|name]], Team Manager): threshold for a strategy discussion not met today;
continue under Child in Need and visit again within 5 working days; ask South Yorkshire Police about [[Kyle Wilkinson|name]].
"""),
    ("primary school referral to the front door", """DEARNE MOOR INTEGRATED FRONT DOOR - REQUEST FOR SUPPORT (PROFESSIONAL REFERRAL FORM)
Referrer: Mrs [[Claire Beevers|name]], Deputy Headteacher and Designated Safeguarding Lead, [[Kendray Primary Academy|school]]
Tel: [[01226 288 905|phone]]    Email: [[c.beevers@kendrayprimary.org.uk|email]]    Date: Tuesday [[6 October 2026|date]]
Consent: the mother was told of this referral at 08:50 today and agreed; she asked that we do not tell "[[Kyle|name]]".

CHILDREN
1. [[HINCHLIFFE, Lacey-Mae|name]]    DOB [[12.07.2016|dob]]    Year 6    UPN [[E370204420792|upn]]    NHS [[999 574 4082|nhs]]
2. [[HAIGH, Bobby|name]]    DOB [[18.04.2020|dob]]    Year 2    UPN [[V370204424128|upn]]
Home: [[41 Hunningley Close|address]], [[Kendray|place]], [[S70 3JN|postcode]]
Mother: [[Jade Hinchliffe|name]], [[07856 334 201|phone]]    Father (of both): [[Dean Haigh|name]], [[07783 520 614|phone]], lives at
his mother's, [[8 Laithes Crescent|address]], [[Athersley South|place]], [[S71 3AF|postcode]]
Others at home: brother [[Tyler-Jay Hinchliffe|name]] (Year 10, [[Horizon|school]]); the mother's boyfriend, [[Kyle|name]], stays
most nights.

REASON FOR REFERRAL
On [[05/10/2026|date]] at 08:20 we received an Operation Encompass notification from South Yorkshire Police about a domestic
incident at the home at 22:45 on Saturday [[3rd October|date]]: the mother's partner, [[Kyle Wilkinson|name]], was arrested after
neighbours heard screaming. Both children were in the house.

At 09:15 [[Lacey-Mae|name]] told her class teacher, Miss [[Ashleigh Rollins|name]]: "[[Kyle|name]] pushed mummy into the telly and
[[Bobby|name]] was crying, and the police came with the flashing lights. I hid under my bed with [[Bobby|name]]." She said that our
[[Tyler-Jay|name]] (her words) rang the police. She asked whether [[Kyle|name]] would be "in jail forever".

Other concerns this term (all on CPOMS):
- Hunger: [[Lacey-Mae|name]] has free school meals but has been seen taking food from other children's lunch boxes; she and
  [[Bobby|name]] now come to Breakfast Club (Magic Breakfast) every day and eat three or four bagels each.
- Hygiene: head lice for 4 weeks; uniform unwashed; [[Bobby|name]] has wet himself 6 times since [[7 September|date]] and has no
  spare clothes in his bag.
- [[Bobby|name]]'s speech: assessed by our SENCo, Mrs [[Kathryn Senior|name]], on [[29/09/2026|date]]; well below age-related
  expectations. Referral to Speech and Language Therapy (Barnsley Hospital NHS Foundation Trust) made with mum's consent.
- Attendance: [[Lacey-Mae|name]] 96.1%, [[Bobby|name]] 84.7% (late 14 times, often brought by [[Tyler-Jay|name]], who is then late
  for [[Horizon Community College|school]]).
- Dad [[Dean|name]] came to collect the children on [[18/09/26|date]] in a silver Vauxhall Astra, [[YR63 HVP|vehicle]]; staff smelled
  alcohol and the Head, Mr [[Richard Beaumont|name]], stopped the collection. The maternal nan, Mrs [[Maureen Hinchliffe|name]],
  came instead.

Previous involvement: Early Help (Family Support Worker [[Leanne Scargill|name]], Dearne Moor Family Centre) from [[11
March 2025|date]] to [[30 June 2025|date]]; closed when mum "stopped engaging".

What we are asking for: a Child and Family Assessment; help with food and debt; a safety plan about [[Kyle|name]]. The School
Nurse, [[Joy Kitchen|name]] ([[joy.kitchen@nhs.net|email]]), knows and supports this referral.

FRONT DOOR USE ONLY
Received [[06/10/2026|date]] 10:12 by [[Sam Hirst|name]] (Front Door Practitioner). Open case (Child in Need, SW [[Nicola
Swallow|name]]): passed to the allocated worker and her manager. RAG: amber. Strategy discussion requested for [[7 Oct|date]] -
consider s.47 (physical and emotional harm, neglect).
"""),
    ("child protection plan", """DEARNE MOOR METROPOLITAN BOROUGH COUNCIL - CHILD PROTECTION PLAN
(Outline plan agreed at the Initial Child Protection Conference, to be developed by the core group within 10 working days)

Conference: Thursday [[22 October 2026|date]]    Chair: [[Ruth Hepworth|name]], Child Protection Chair
Children and category:
  [[Lacey-Mae Hinchliffe|name]], born [[12 July 2016|dob]] - Neglect
  [[Bobby Haigh|name]], born [[18 April 2020|dob]], NHS [[452 944 4988|nhs]] - Neglect
  [[Tyler-Jay Hinchliffe|name]], born [[5 May 2012|dob]], NHS [[624 632 3227|nhs]] - Neglect
Key worker: [[Nicola Swallow|name]], [[01226 772 418|phone]], [[nicola.swallow@dearnemoor.gov.uk|email]]
First core group: [[29/10/2026|date]]. Review conference: [[21 January 2027|date]].

Core group: [[Jade Hinchliffe|name]] (mum); [[Dean Haigh|name]] (dad to [[Lacey-Mae|name]] and [[Bobby|name]]; [[Tyler-Jay|name]]'s father
is not involved); [[Maureen Hinchliffe|name]] (Nana [[Mo|name]]); [[Nicola Swallow|name]] (SW); [[Claire Beevers|name]] (DSL, [[Kendray
Primary|school]]); Mr [[Imran Qureshi|name]] (Head of Year 10, [[Horizon Community College|school]]); [[Joy Kitchen|name]] (School
Nurse, 0-19 Service); [[Gemma Ackroyd|name]] (Recovery Worker, Change Grow Live); [[Shaun Littlewood|name]] (IDAS outreach worker).

WHAT WE ARE WORRIED ABOUT
The children have not had enough to eat, clean clothes or bedding, or help with head lice and wetting; the adults in the home
use cannabis; [[Jade|name]]'s ex-partner [[Kyle Wilkinson|name]] pushed her into the television on [[3 October 2026|date]] while the
children were in the house; [[Tyler-Jay|name]] has been looking after [[Bobby|name]] and [[Lacey-Mae|name]] and missing school; and
[[Jade|name]] owes money to an illegal money lender.

WHAT IS WORKING WELL
[[Jade|name]] loves her children and they love her. [[Lacey-Mae|name]] goes to school every day and is doing well in her SATs
practice. [[Maureen|name]] helps every week and the children can stay with her. [[Jade|name]] has agreed to do the Freedom
Programme and says she has ended her relationship with [[Kyle|name]].

WHAT NEEDS TO HAPPEN
1. Enough food every day. [[Jade|name]] with [[Nicola|name]]: Household Support Fund application and a referral to the Citizens
   Advice debt team by [[30/10/2026|date]]; [[Jade|name]] to give her NI number ([[JH 27 41 83 C|ni]]) and bank details for the
   application. The England Illegal Money Lending Team to be told about "[[Big Al|name]]" if [[Jade|name]] agrees.
2. Clean, safe beds. Beds, mattress protectors and bedding through the Local Welfare Assistance scheme by [[6 November|date]];
   [[Maureen|name]] to help with the washing on Tuesdays and Fridays.
3. Head lice and wetting. [[Joy Kitchen|name]] to see [[Bobby|name]] and [[Jade|name]] at school on [[28 October|date]]; enuresis
   pathway (ERIC leaflets); the school to keep spare clothes.
4. [[Bobby|name]]'s speech. [[Jade|name]] to take him to his Speech and Language Therapy appointment; [[Nicola|name]] to remind her
   the day before.
5. Cannabis. [[Jade|name]] to meet [[Gemma Ackroyd|name]] weekly from [[2 November 2026|date]]; hair strand test ordered.
6. Safety from domestic abuse. [[Kyle Wilkinson|name]] not to stay at [[41 Hunningley Close|address]]; [[Jade|name]] to attend the
   Freedom Programme on Wednesdays; [[Shaun Littlewood|name]] to review the safety plan; police marker on the address. If
   [[Kyle|name]] comes to the house, [[Jade|name]] will ring 999.
7. [[Dean|name]]'s time with the children: at his mother's in [[Athersley|place]] on Saturdays, 10:00-16:00, only if he has not been
   drinking. [[Dean|name]] not to drive the children (his Astra, [[YR63 HVP|vehicle]]) until the core group agrees. His email for
   invitations: [[deano.haigh93@gmail.com|email]].
8. [[Tyler-Jay|name]]. Young carer's assessment by Barnsley Young Carers; Mr [[Qureshi|name]] to arrange a mentor. [[Tyler-Jay|name]]
   is not to be the one taking [[Bobby|name]] to school - [[Maureen|name]] or [[Jade|name]] will.

CONTINGENCY: if the plan is not working, the children may stay with [[Maureen Hinchliffe|name]] at [[6 Cedar Grove|address]],
[[Stairfoot|place]], [[S70 3PA|postcode]] (checks done [[20/10/2026|date]]) while we take legal advice (Public Law Outline).

The family's words. [[Jade|name]]: "I know I've let things slip. I want my kids to be proud of me." [[Tyler-Jay|name]]: "I just want
mum to be happy and [[Bobby|name]] to talk properly." [[Lacey-Mae|name]] drew her three wishes: a bunk bed, a dog that is "not
Diesel", and "[[Kyle|name]] to go away".
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - MINUTES (Child Protection Plan, category: neglect)
Children: [[HINCHLIFFE, Lacey-Mae|name]]; [[HAIGH, Bobby|name]]; [[HINCHLIFFE, Tyler-Jay|name]]
Date: [[12/11/2026|date]], 13:30-15:00    Venue: Kendray Family Hub    Chair and minutes: [[Nicola Swallow|name]] (key worker)
Present: [[Jade Hinchliffe|name]]; [[Maureen Hinchliffe|name]]; [[Claire Beevers|name]] ([[Kendray Primary Academy|school]]); [[Imran
Qureshi|name]] ([[Horizon|school]]); [[Joy Kitchen|name]] (School Nurse); [[Shaun Littlewood|name]] (IDAS). Apologies: [[Gemma
Ackroyd|name]] (report emailed); [[Dean Haigh|name]] (text at 12:58: "cant make it working").

1. Actions from the last meeting ([[29/10/2026|date]])
- Food and money: the Household Support Fund paid £150 in Asda vouchers on [[2 Nov|date]]. Citizens Advice appointment on
  [[16/11/2026|date]]. [[Jade|name]] has not yet agreed to report "[[Big Al|name]]"; she says he "knows where my mum lives".
- Beds: delivered [[5 Nov 2026|date]]; [[Nicola|name]] saw them made up. [[Bobby|name]]'s mattress has a protector.
- Head lice: treated; [[Joy|name]] checked both children on [[10/11|date]] - clear.
- Wetting: [[Bobby|name]] dry at school on 6 days out of 8.
- Speech: Speech and Language Therapy appointment on [[19/11/2026|date]]; [[Maureen|name]] will go with [[Jade|name]].
- Cannabis: [[Gemma|name]] reports that [[Jade|name]] attended 2 of 2 sessions; hair strand results awaited (sample taken on
  [[3 November|date]]).
- Domestic abuse: [[Jade|name]] has done 2 Freedom Programme sessions. [[Shaun|name]]: a neighbour's Ring doorbell caught [[Kyle|name]]
  at the front door at 01:12 on Sunday [[8 Nov|date]]; [[Jade|name]] did not let him in and rang 999 (PC [[Lauren Gee|name]] attended).
  [[Kyle|name]] is on bail to an address in [[Cudworth|place]] with a condition not to enter [[Hunningley
  Close|address]]; his grey Seat Leon, [[YT68 WZF|vehicle]], is flagged on ANPR.

2. The children
- [[Lacey-Mae|name]] (Miss [[Rollins|name]]'s report, read by [[Claire|name]]): attendance 98%; "brighter and chattier". She told
  Miss [[Rollins|name]] she likes going to Nana's "cos she does proper tea". She is worried about SATs and about "mum crying".
- [[Bobby|name]]: attendance 91%; fewer late marks since [[Maureen|name]] started doing the school run.
- [[Tyler-Jay|name]] (Mr [[Qureshi|name]]): a one-day suspension on [[4 November 2026|date]] for vaping in the toilets; a mentor,
  Mr [[Lewis Goddard|name]], since [[9/11|date]]. He told his mentor he still "does tea most nights". Barnsley Young Carers
  assessment booked. He wants to do a plumbing course at [[Barnsley College|school]] after Year 11.

3. Dad
[[Dean|name]] has had the children on two Saturdays at his mum's, Mrs [[Sheila Haigh|name]]'s, in [[Athersley|place]]. [[Maureen|name]]
says [[Dean|name]] "was sober both times". [[Dean|name]] has asked for overnight stays. Core group view: not yet; [[Nicola|name]] to
meet [[Dean|name]] on [[18/11/2026|date]] and to check his new address (he says he is moving to a flat in [[Hoyland|place]]).

4. [[Jade|name]]'s views
"It's been hard but the house is better. I want [[Kyle|name]] gone for good. I want the plan finished by Christmas." [[Maureen|name]]:
"She's trying. I can't do every day though, not with my knee."

Scaling (0 = the children are not safe, 10 = no need for a plan): [[Jade|name]] 7; [[Maureen|name]] 6; school 5; [[Nicola|name]] 4.

Next core group: Thursday [[10 December 2026|date]], 13:30, at the Kendray Family Hub. Minutes to all members by secure email;
a printed copy for [[Jade|name]]. ([[N. Swallow|name]])
"""),
]

# --- B. Whitworth / Ellis family (mixed White and Black Caribbean), Braunstone, Leicester -----------------------------

HOME_B = d.Address("36 Cort Crescent", "Braunstone", "Leicester", "LE3 1QH")
WILLOW_B = d.Address("14 Station Road", "Glenfield", "Leicester", "LE3 8BT")
DAD_B = d.Address("Flat 4, 22 Melbourne Road", "Highfields", "Leicester", "LE2 0GU")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Nevaeh", "Whitworth"), ("Nevaeh", "Ellis-Whitworth")], dt.date(2011, 9, 22), [WILLOW_B],
       ids=["7159093496", "B856230116642"], schools=["Fullhurst Community College"]),
    _p("m", "mother", [("Kerry", "Whitworth")], dt.date(1989, 3, 11), [HOME_B], phones=["07407 221 593"], ids=["PK 52 08 37 A"]),
    _p("f", "father", [("Delroy", "Ellis")], dt.date(1985, 6, 2), [DAD_B], phones=["07961 305 772"]),
    _p("s", "sibling", [("Tia-Rose", "Whitworth")], dt.date(2017, 2, 14), [HOME_B], ids=["9998763894", "B856230121355"],
       schools=["Caldecote Community Primary School"]),
    _p("g", "grandparent", [("Hyacinth", "Ellis")], dt.date(1958, 5, 30)),
    _p("n", "partner", [("Lee", "Marriott")], dt.date(1986, 7, 19), [HOME_B]),
    _p("p1", "professional", [("Priya", "Mistry")], phones=["0116 454 2270"], emails=["priya.mistry@soarvale.gov.uk"]),
    _p("p2", "professional", [("Graham", "Hill")], phones=["0116 454 1189"], emails=["graham.hill@soarvale.gov.uk"]),
], "c")

DOCS_B = [
    ("looked after review minutes", """SOAR VALE CITY COUNCIL - INDEPENDENT REVIEWING SERVICE
REVIEW OF ARRANGEMENTS FOR A LOOKED AFTER CHILD - RECORD OF THE REVIEW AND DECISIONS (second review)

Young person: [[Nevaeh WHITWORTH|name]] (also [[Nevaeh Ellis-Whitworth|name]]; prefers "[[Vay|name]]")    DOB: [[22/09/2011|dob]]
Legal status: Interim Care Order (s.38 Children Act 1989) since [[03/06/2026|date]]; final hearing listed for [[25 January 2027|date]]
Placement: Willow House (Brightpath Care Ltd), [[14 Station Road|address]], [[Glenfield|place]], [[LE3 8BT|postcode]], since [[12 June
2026|date]]
Review held: Thursday [[8 October 2026|date]], 15:30, at Willow House    Previous review: [[9 July 2026|date]]
IRO: [[Graham Hill|name]]    Social worker: [[Priya Mistry|name]]

Present: [[Nevaeh|name]] (for the first 40 minutes); her mum, [[Kerry Whitworth|name]]; her dad, [[Delroy Ellis|name]] (on Teams from
work); [[Sasha Pryce|name]] (key worker, Willow House); Mr [[Adeel Rauf|name]] (Designated Teacher, [[Fullhurst Community
College|school]]); [[Siobhan O'Dowd|name]] (Specialist Nurse for Children in Care). Apologies: [[Hyacinth Ellis|name]] (paternal
grandmother), who gave her views to the IRO by phone on [[6/10/26|date]].

1. [[Nevaeh|name]]'s views
[[Nevaeh|name]] gave me a letter before the meeting (on file) and said it "says everything". In the meeting she said she wants to
go home to her mum's on [[Cort Crescent|address]] or to live with Grandma [[Hy|name]] in [[St Matthews|place]], and that she "only runs
off because Willow House is in the middle of nowhere". She said [[Ty|name]] is "just a mate". She was proud of her grade 6 in
her English Language mock.

2. Placement and safety
Since the last review [[Nevaeh|name]] has been missing six times, mostly overnight. After the episode of [[26/09/2026|date]] she was
found the next morning by Nottinghamshire Police at a flat in [[Hyson Green|place]], [[Nottingham|place]], with [[Tyrone Bembridge|name]]
(19, "[[Ty|name]]"), who was given a Child Abduction Warning Notice on [[28 September 2026|date]]. Return home interviews were done
by [[Aisha Kauser|name]] of the Missing Service; [[Nevaeh|name]] told her about parties in [[Beaumont Leys|place]] and being given
"free" cannabis. Staff say she is warm and funny and does her own and her friends' hair on Sunday nights. [[Sasha|name]]: "When
she's here she's brilliant."

3. Health
Review health assessment on [[14/08/2026|date]] by [[Siobhan O'Dowd|name]]: growth normal; dental check done; SDQ 24 (high), on the
CAMHS waiting list (Leicestershire Partnership NHS Trust). NHS number [[715 909 3496|nhs]]. [[Nevaeh|name]] has had sexual health
advice at the Haymarket clinic and has the implant. She vapes.

4. Education
Year 11 at [[Fullhurst|school]]. Attendance 71% (the missing days follow missing episodes). Predicted grades 4 to 6. Personal
Education Plan reviewed with the Virtual School on [[1 October 2026|date]]; Pupil Premium Plus pays for a tutor and for Hair and
Beauty taster days at [[Leicester College|school]], where she wants to go next September. UPN [[B856230116642|upn]].

5. Family time and identity
Mum and [[Tia-Rose|name]] (9): Saturdays 11:00 to 14:00 at [[Cort Crescent|address]], going well; [[Lee Marriott|name]] ([[Kerry|name]]'s
partner and [[Tia-Rose|name]]'s dad) goes out during family time. Dad: Wednesdays after school at Grandma [[Hy|name]]'s flat on
[[Brunswick Street|address]]; [[Delroy|name]] would like overnight stays. [[Hyacinth|name]] told me she takes [[Nevaeh|name]] to the New
Testament Church of God on Sundays and to get her braids done on [[Narborough Road|address]], and she asked that Willow House
staff "learn how to look after a Black girl's hair". [[Nevaeh|name]] describes herself as "mixed race, half Jamaican"; she went to
the Leicester Caribbean Carnival with her dad in August and loved it.

6. Decisions
(1) Care plan endorsed: to stay at Willow House until the final hearing; [[Priya|name]] to look for a foster family nearer
    [[Braunstone|place]] ("somewhere with a bus to town") by [[5 November 2026|date]].
(2) Child exploitation risk assessment to be updated and taken to the MACE panel on [[20/10/2026|date]] ([[Priya|name]]).
(3) Willow House to arrange afro hair care training; [[Sasha|name]] to buy the products [[Nevaeh|name]] chooses.
(4) Overnight stays with her dad to be assessed by [[Priya|name]] with [[Delroy|name]] before the next review.
(5) Next review: [[7 January 2027|date]] at [[Fullhurst Community College|school]] (she asked for it at school, "not in the home").

[[G. Hill|name]], IRO, [[graham.hill@soarvale.gov.uk|email]], [[0116 454 1189|phone]]    Record sent: [[13/10/2026|date]]
"""),
    ("police missing person report", """LEICESTERSHIRE POLICE - MISSING PERSON REPORT (Niche) - PHILOMENA PROTOCOL
Reference: MIS-26-11740    Reported: 23:40 hrs Saturday [[26/09/2026|date]] by [[Sasha Pryce|name]] (key worker), Willow House,
[[0116 287 6604|phone]]
Risk: MEDIUM at report; raised to HIGH at 03:00 by Insp [[Rob Pearce|name]] (exploitation indicators, previous episodes)

MISSING PERSON
Name: [[WHITWORTH, Nevaeh|name]] (on PNC also as [[ELLIS-WHITWORTH, Nevaeh|name]])    Known as: "[[Vay|name]]"
DOB: [[22/09/2011|dob]] (15 years)    Ethnicity: Mixed White and Black Caribbean    5'5", slim, long black braids
Clothing: black North Face puffer jacket, grey Nike Tech fleece joggers, white Air Force 1 trainers
Address: [[14 Station Road|address]], [[Glenfield|place]] (children's home). Family: [[36 Cort Crescent|address]], [[Braunstone|place]],
[[LE3 1QH|postcode]]
Mobile: [[07380 517 299|phone]] (off since 20:30)    Social media: Snapchat, TikTok
Looked after by Soar Vale City Council (Interim Care Order); SW [[Priya Mistry|name]]; Emergency Duty Team, [[Adam Farnsworth|name]],
told at 23:55.

CIRCUMSTANCES
Last seen at 20:15 leaving by the front gate; staff saw her get into a black Audi A3 at the bus stop on [[Station Road|address]].
ANPR: the same car at 21:02 on the M1 northbound at junction 22, VRM [[FP19 GZL|vehicle]], registered keeper [[Tyrone
BEMBRIDGE|name]] (DOB [[14/02/2007|dob]]) of [[Heacham Drive|address]], [[Beaumont Leys|place]].
Her friend [[Kaci-Leigh Brierley|name]] (14), seen at home in [[New Parks|place]] with her mother, said "[[Vay|name]]'s gone to a party
in Notts with [[Ty|name]] and his cousin [[Marcus|name]]", and showed officers the Snapchat map: at 00:37 [[Nevaeh|name]]'s location was
[[Radford Road|address]], [[Hyson Green|place]].
Mother [[Kerry Whitworth|name]] ([[07407 221 593|phone]]) had not heard from her. Father [[Delroy Ellis|name]] ([[07961 305 772|phone]])
drove round [[Beaumont Leys|place]] and [[Highfields|place]] looking for her (advised not to). The paternal grandmother's flat on
[[Brunswick Street|address]] was checked at 01:10 by PC [[Orton|name]]: not there.

FOUND
11:05 hrs Sunday [[27/09/2026|date]]: found by Nottinghamshire Police (their log 0112 of [[27.09.26|date]]) in a flat above a takeaway
on [[Radford Road|address]], [[Nottingham|place]] [[NG7 5GT|postcode]], with [[BEMBRIDGE|name]] and two older males, one called
"[[Marcus|name]]". Smell of cannabis; empty bottles. [[Nevaeh|name]] said she "went to chill" and would not say how she got there.
No injuries seen; she declined a medical. Brought back to Willow House at 13:20 by PC [[Jake Orton|name]] 2719; safe and well
check done.

ACTIONS
CAWN to be served on [[Tyrone Bembridge|name]] (Sgt [[Lindsey Wragg|name]], Child Exploitation Team). Intelligence submitted for
the MACE panel. Return home interview to be offered within 72 hours (by [[30/09/26|date]]). Strategy meeting requested from Soar
Vale Children's Social Care ([[priya.mistry@soarvale.gov.uk|email]]).
Officer in case: PC [[Jake Orton|name]] 2719    Supervisor: Sgt [[Lindsey Wragg|name]] 1406
"""),
    ("children's home incident report", """BRIGHTPATH CARE LTD - WILLOW HOUSE - INCIDENT AND SIGNIFICANT EVENT RECORD
Young person: [[Nevaeh Whitworth|name]] ("[[Vay|name]]")    DOB [[22-09-2011|dob]]    Placing authority: Soar Vale City Council
Date: Wed [[14.10.2026|date]]    Time: 02:40    Where: front door and kitchen, Willow House, [[14 Station Road|address]],
[[Glenfield|place]]
Staff on shift: [[Ryan Tebbutt|name]] (waking night), [[Marta Kowalczyk|name]] (sleep-in). On-call manager: [[Paula Kettle|name]].
Type: return from missing; suspected exploitation; self-harm (minor)

What happened (written by [[R. Tebbutt|name]] at 04:15)
[[Nevaeh|name]] had been reported missing to the police at 22:35 on [[13/10/2026|date]] (ref MIS-26-12402). At 02:40 an Uber (white
Toyota Prius, [[YH70 KPL|vehicle]]) pulled up and [[Nevaeh|name]] got out of the back; a man stayed in the back seat and the car
drove off towards [[Anstey|place]]. She smelled strongly of cannabis and was unsteady. She had a new iPhone in a pink case, a
Pandora bracelet and a Nando's bag. When I asked who bought them she said "my cousin [[Marcus|name]]" and then "mind your
business, [[Ryan|name]]".

In the kitchen [[Marta|name]] made her toast and tea. [[Nevaeh|name]] was tearful and said "[[Ty|name]]'s mates are proper scary". She
showed [[Marta|name]] two fresh scratches on her left forearm, which she said she did "in the bathroom at [[Ty|name]]'s" with a
razor. First aid given; no medical attention needed (checked against the self-harm protocol with [[Paula|name]] by phone at
03:00). Body map completed.

At 03:10 [[Nevaeh|name]] asked to ring her dad; she rang [[Delroy|name]] on the home's phone and talked to him for 20 minutes, and
then he spoke to me. Mr [[Ellis|name]] said he would come at 9am. She would not hand over the new phone; she went to bed at 03:55
and was checked every 15 minutes. Police told of her return at 02:48. Another young person (J.) was woken by the door and was
settled by [[Marta|name]].

Next morning (key worker [[Sasha Pryce|name]], [[14/10/2026|date]] 10:30): [[Nevaeh|name]] said she had been at a flat in
[[Loughborough|place]], not [[Nottingham|place]]. She said "if I don't go when they ring, [[Ty|name]] gets a slap" and "they said they
know where [[Tia|name]] goes to school". She is worried about her sister, [[Tia-Rose|name]], who is in Year 5 at [[Caldecote
Community Primary School|school]]. [[Sasha|name]] told her this would be shared to keep both of them safe; [[Nevaeh|name]] said
"fine, but tell [[Priya|name]], not my mum".

Notifications: SW [[Priya Mistry|name]] by phone at 09:05 and by email; IRO [[Graham Hill|name]] by email; Leicestershire Police
(intelligence form); the DSL at [[Caldecote|school]] through [[Priya|name]]. Ofsted: Regulation 40 notification made by the
Registered Manager, [[Denise Hollowell|name]], on [[14 October|date]] (serious incident - child exploitation).
Signed: [[R. Tebbutt|name]]    Reviewed: [[D. Hollowell|name]], Registered Manager, [[15 Oct 2026|date]]
"""),
    ("letter to her IRO in her own words", """[Letter from [[Nevaeh|name]] to her Independent Reviewing Officer,
handwritten on lined paper and given to him on [[8 October 2026|date]] before her review.
Typed up as written by [[Priya Mistry|name]]; nothing changed.]

dear [[graham|name]] (or mr [[hill|name]] lol)

its [[vay|name]]. you said i could write it down if i didnt want to say it in front of everyone so here it is.

1. i HATE willow house. its miles from everything in [[glenfield|place]] and the staff r ok but they dont get me. [[sasha|name]] is the
only one that does. [[ryan|name]] on nights is alright i guess.

2. i want to go home to my mums on [[cort cres|address]] or to my nan [[hy|name]]s in [[st matthews|place]]. my nan says she can have
me. she is 68 and she still does cleaning at the hospital lol. mum has changed, [[lee|name]] has stopped drinking and my little
sister [[tia|name]] cries every saturday when i leave. she is 9 and she is my best friend.

3. [[ty|name]] is NOT my boyfriend. hes my mate and hes been there for me when nobody else was. the police r always on him because
hes black and from [[beaumont leys|place]]. i know what the social think. stop saying CSE.

4. my dad [[del|name]] wants me on weekends. he lives in [[highfields|place]] now with his gf [[tanisha|name]] and i get on with her.
i want to see my cousins [[jermaine|name]] and [[shanice|name]] at my nans on sundays after church.

5. school. i know i missed loads. i am trying. mr [[rauf|name]] is safe he got me a tutor. i want to do hair and beauty at college
next year, like my auntie [[sonia|name]] who has a salon on [[narborough rd|address]].

6. my birthday was [[22nd sept|dob]] and i was in the home. i turned 15 and the staff did a cake but i wanted to be at mums.
[[priya|name]] came with a card which was nice.

7. i want my phone to be my business. my number is [[07380 517 299|phone]] if you want to text me instead of emailing the home.

please dont read this out. you can tell them the main bits.

from [[vay|name]] ([[nevaeh whitworth|name]])
ps [[kaci-leigh|name]] says hi lol
"""),
]

# --- C. Prosser / Bufton family (white British, Welsh-border grandmother), Leominster, Herefordshire ------------------

HOME_C = d.Address("27 Ryelands Road", "", "Leominster", "HR6 8PT")
MUM_C = d.Address("Flat 3, 18 Westfaling Street", "", "Hereford", "HR4 0JE")
NAIN_C = d.Address("Ivy Cottage", "Kingsland", "Leominster", "HR6 9QS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Rhys", "Prosser")], dt.date(2013, 8, 30), [HOME_C], ids=["4289133339", "Y884210517403"],
       schools=["Minster College"]),
    _p("s", "sibling", [("Ffion", "Prosser")], dt.date(2018, 3, 3), [HOME_C], ids=["6299984503", "X884210522293"],
       schools=["Leominster Primary School"]),
    _p("f", "father", [("Gareth", "Prosser")], dt.date(1984, 12, 19), [HOME_C], phones=["07812 650 331"], ids=["WP 63 19 04 B"]),
    _p("m", "mother", [("Shelley", "Bufton")], dt.date(1987, 5, 27), [MUM_C], phones=["07530 918 446"]),
    _p("g", "grandparent", [("Gwen", "Prosser")], dt.date(1952, 2, 9), [NAIN_C], phones=["01568 708 215"]),
    _p("n", "partner", [("Wayne", "Gittins")], dt.date(1980, 11, 23), [MUM_C]),
    _p("p1", "professional", [("Hannah", "Bird")], phones=["01432 383 517", "07395 228 914"], emails=["hannah.bird@luggvale.gov.uk"]),
    _p("p2", "professional", [("Sian", "Pugh")], phones=["01568 612 940"], emails=["s.pugh@minstercollege.org.uk"]),
], "c")

DOCS_C = [
    ("phone call case note", """LUGG VALE COUNCIL - CHILDREN AND FAMILIES - TELEPHONE CONTACT RECORD
Children: [[PROSSER, Rhys|name]] ([[30/08/2013|dob]]) and [[PROSSER, Ffion|name]] ([[03/03/2018|dob]])
Address: [[27 Ryelands Road|address]], [[Leominster|place]], [[HR6 8PT|postcode]]
Recorded by: [[Hannah Bird|name]], Social Worker, North Locality Team (on duty)

Mon [[14 Sep 2026|date]] 09:42 - incoming call to the duty line
Caller: Mrs [[Gwen Prosser|name]], paternal grandmother, [[Ivy Cottage|address]], [[Kingsland|place]], [[HR6 9QS|postcode]],
[[01568 708 215|phone]]. She asked to be called [[Gwen|name]].
[[Gwen|name]] is ringing because she is "at her wits' end" about her son [[Gareth|name]] ("[[Gaz|name]]"), 41, who has been the
children's main carer since their mother, [[Shelley Bufton|name]], left in June to live in [[Hereford|place]] with a new partner,
"a [[Wayne|name]] something" she met on Plenty of Fish. [[Gareth|name]] lost his job as a stockman on a poultry farm near
[[Shobdon|place]] in August and "has been on the cider ever since". At 07:05 on Saturday [[12th September|date]] [[Ffion|name]] (8)
rang [[Gwen|name]] from her dad's phone, crying because "Daddy won't wake up and there's no milk". [[Gwen|name]] drove over from
[[Kingsland|place]]: [[Gareth|name]] was asleep on the settee with empty cans around him; he woke and was "embarrassed, not
nasty". [[Rhys|name]] (13) was still on his Xbox from the night before. [[Gwen|name]] took both children home with her for the
weekend and brought them back on Sunday evening. She says [[Rhys|name]], who is autistic, has not been to [[Minster
College|school]] since term started on [[3 September|date]] and that [[Gareth|name]] "can't get him out of the house". She is 74,
has COPD and cannot care for them full time. She would rather [[Gareth|name]] did not know she rang "just yet".
Advice: I explained that I would need to speak to [[Gareth|name]] and to the schools; she agreed.

09:58 - records check: not known to Lugg Vale Children's Services apart from one Operation Encompass notification in 2021 (the
mother and a previous partner, then living in [[Leominster|place]]); no current police involvement known.

10:15 - outgoing call to [[Gareth Prosser|name]] on [[07812 650 331|phone]]: no answer; voicemail left asking him to ring back.

10:30 - call to [[Minster College|school]]; spoke to the DSL, Mrs [[Sian Pugh|name]] ([[01568 612 940|phone]]). [[Rhys|name]] has
attended 2 sessions out of 14 this term (78% last year). He has an EHC plan (autism, anxiety) and was offered a part-time
timetable in July. The Attendance Officer, Mr [[Tom Parry|name]], visited on [[10/09/2026|date]]: no answer at the door, but
[[Rhys|name]] talked to him from an upstairs window. Mrs [[Pugh|name]] was "about to refer".

11:05 - call to [[Leominster Primary School|school]]; spoke to Mrs [[Eleri Watkins|name]] (Deputy DSL). [[Ffion|name]] is in today,
Year 4; she has been late three times and came in on Friday in the same clothes as on Wednesday. She has been "quiet and
clingy" and asked her teacher, Mr [[Bevan|name]], if she could "live at school".

13:20 - [[Gareth|name]] rang back from [[07812 650 331|phone]]. Upset and apologetic: "I know, I know, Mam's been on to you." He
said he drinks "a few cans at night" to sleep, that he has not been "right" since [[Shelley|name]] left, and that he has not seen
a doctor. [[Shelley|name]] has the children every other weekend in [[Hereford|place]]. Home visit agreed for Tuesday
[[15/09/2026|date]] at 16:00, with [[Rhys|name]] at home.

Manager's decision (14:10, [[Marcus Everall|name]], Team Manager): Child and Family Assessment to start today; visit tomorrow as
agreed; ask the GP practice (Bargates Surgery) for information with consent. Not a s.47 enquiry at present.
"""),
    ("child and family assessment extract", """LUGG VALE COUNCIL - CHILD AND FAMILY ASSESSMENT (extract: sections 2, 5 and 8)
Children: [[Rhys Prosser|name]], 13, DOB [[30 August 2013|dob]], NHS [[428 913 3339|nhs]], UPN [[Y884210517403|upn]], [[Minster
College|school]], Year 9
  [[Ffion Prosser|name]], 8, DOB [[3 March 2018|dob]], NHS [[629 998 4503|nhs]], UPN [[X884210522293|upn]], [[Leominster Primary
School|school]], Year 4
Address: [[27 Ryelands Road|address]], [[Leominster|place]], [[HR6 8PT|postcode]]
Started: [[14/09/2026|date]]    Authorised: [[26/10/2026|date]]    Social worker: [[Hannah Bird|name]]    Manager: [[Marcus Everall|name]]

2. Family and network
- [[Gareth Prosser|name]] (father, 41, DOB [[19/12/1984|dob]], NI [[WP 63 19 04 B|ni]]): sole carer since June; out of work since
  August. Drives a green Land Rover Defender, [[VK09 HRL|vehicle]]. Grew up in [[Kingsland|place]]; a keen Young Farmer as a teenager.
- [[Shelley Bufton|name]] (mother, 39, DOB [[27/05/1987|dob]]): [[Flat 3, 18 Westfaling Street|address]], [[Hereford|place]]
  [[HR4 0JE|postcode]]; [[07530 918 446|phone]]. A past history of alcohol misuse; lives with [[Wayne Gittins|name]] (45).
- [[Gwen Prosser|name]] (paternal grandmother, 74), [[Ivy Cottage|address]], [[Kingsland|place]]. Widowed; the children's Taid,
  [[Emrys|name]], died in 2023. Welsh-speaking, from [[Knighton|place]]; the children call her Nain.
- [[Owain Prosser|name]] (paternal uncle) farms near [[Presteigne|place]] with his wife [[Cerys|name]]; [[Rhys|name]] loves their
  sheepdogs.
- Maternal family: [[Shelley|name]]'s mother, Mrs [[Janice Bufton|name]], lives in [[Bromyard|place]]; little contact.

5. The children's experiences and views
[[Rhys|name]] would not talk face to face at first. On my third visit he typed his answers on his tablet while we watched a video
about the Severn Valley Railway, his special interest. He wrote: "School is too loud. Dad is sad. I do the tea on Tuesdays
(pasta). I miss Mum but I don't like [[Wayne|name]]. [[Wayne|name]] shouts at Mum and calls me weird." He is happy at Nain's because
"it is quiet and she has Sky". He scored home 6 out of 10 and Nain's 9.
[[Ffion|name]] drew her three houses. House of worries: "Daddy sleeping on the sofa in the day", "no clean socks", "[[Wayne|name]]
shouting at Mummy in [[Hereford|place]]". House of good things: "Nain [[Gwen|name]]", "my hamster Biscuit", "my best friend
[[Lily-Grace|name]]", "Brownies". House of dreams: "Daddy happy and Mummy come home". She said she sometimes makes her own
breakfast (dry Coco Pops).

8. Analysis
[[Rhys|name]] and [[Ffion|name]] are loved. Since June they have lived with a father whose low mood and drinking have made their
care unreliable: food and clean clothes run out, [[Ffion|name]] is often late, and [[Rhys|name]] is out of education and awake all
night. [[Gareth|name]] has been honest with me. He saw his GP, Dr [[Lloyd|name]], on [[21 September 2026|date]] (sertraline
started) and has referred himself to Turning Point.
During the children's weekend with their mother, on [[4 October 2026|date]], [[Wayne Gittins|name]] was arrested after assaulting
[[Shelley|name]] in front of them (Operation Encompass notification, [[05/10/2026|date]]); [[Rhys|name]] hid in the bathroom. It is the
first known incident in the new household, but [[Shelley|name]] has said that [[Wayne|name]] has "a temper".
Strengths: [[Gwen|name]]'s steady support; [[Owain|name]] and [[Cerys|name]]; [[Gareth|name]]'s insight; both schools.
Scaling (0-10, where 10 = safe enough to close): [[Gareth|name]] 6, [[Gwen|name]] 5, Mrs [[Pugh|name]] 4, [[Hannah|name]] 4.

Recommendation: a Child in Need plan (s.17), first meeting on [[3 November 2026|date]] at [[Leominster Primary|school]]; Early Help
would not be enough given the drinking and [[Rhys|name]]'s missed education. The children to see their mother at Nain's until
[[Wayne|name]]'s bail conditions and the risk are clear; [[Shelley|name]] agrees.
"""),
    ("operation encompass email", """From: [[Ieuan Davies|name]] <[[ieuan.davies@westmercia.police.uk|email]]>
Sent: [[05 October 2026|date]] 07:58
To: DSL [[Leominster Primary|school]]; DSL [[Minster College|school]]
Cc: Lugg Vale Children's Services Front Door
Subject: OPERATION ENCOMPASS - OFFICIAL SENSITIVE - children: [[PROSSER|name]]

Good morning,
This is an Operation Encompass notification. Please do not reply to this address with new concerns - follow your usual
safeguarding procedures.

Incident: Sunday [[4th October 2026|date]], 19:30 hrs
Location: [[Flat 3, 18 Westfaling Street|address]], [[Hereford|place]] [[HR4 0JE|postcode]]
Children present: [[Ffion PROSSER|name]] (DOB [[03/03/2018|dob]], [[Leominster Primary School|school]]); [[Rhys PROSSER|name]] (DOB
[[30/08/2013|dob]], [[Minster College|school]]). Both were at the flat for the weekend with their mother.
Adults: [[Shelley BUFTON|name]] (mother); [[Wayne GITTINS|name]] (DOB [[23/11/1980|dob]]) - arrested for assault by beating and
released on bail with conditions not to contact [[Shelley Bufton|name]] or go to [[Westfaling Street|address]].
Summary: neighbours reported shouting. Officers found Ms [[Bufton|name]] with a cut lip. [[Rhys|name]] had locked himself in the
bathroom and would not come out until his father arrived. [[Ffion|name]] was upset and told officers "[[Wayne|name]] threw the
remote at Mummy". The children's father, [[Gareth Prosser|name]], collected them at 20:45. Mr [[Gittins|name]]'s van, a white Ford
Transit Connect, [[VN64 EUP|vehicle]], was seized (no insurance).
Risk (DASH): medium. Referral made to Lugg Vale Children's Services.
The children may be tired, upset or distracted today.

PC 3318 [[Ieuan Davies|name]]
Operation Encompass Officer, Herefordshire Safeguarding Hub, West Mercia Police

-----Original Message-----
From: [[Sian Pugh|name]] <[[s.pugh@minstercollege.org.uk|email]]>
Sent: [[05 October 2026|date]] 09:41
To: [[Hannah Bird|name]] <[[hannah.bird@luggvale.gov.uk|email]]>
Subject: FW: OPERATION ENCOMPASS - children: [[PROSSER|name]]

Hi [[Hannah|name]],
Forwarding for your information (I know you will have it from the police too). [[Rhys|name]] came in today - his first full day
this term! - with his dad at 08:40; [[Gareth|name]] said [[Rhys|name]] "wanted to be somewhere normal". He spent the morning in the
Base with Mrs [[Griffiths|name]] (TA) and did not want to talk about last night. He ate a full school dinner. [[Gareth|name]] asked
whether his mam, Mrs [[Prosser|name]], can collect [[Rhys|name]] on Tuesdays and Thursdays - yes, she is on the contact list.
I've rung [[Eleri Watkins|name]] at [[Leominster Primary|school]]; [[Ffion|name]] is in and "very quiet".
Kind regards,
[[Sian|name]]

Mrs [[Sian Pugh|name]] | Designated Safeguarding Lead | [[Minster College|school]] | [[South Street|address]], [[Leominster|place]]
[[HR6 8JJ|postcode]] | [[01568 612 940|phone]]
"""),
    ("text messages with the social worker", """[Text messages between [[Gareth Prosser|name]] and the social worker's work
mobile ([[07395 228 914|phone]]), exported on [[2 November 2026|date]] for the case record.
Contact name as saved in the work phone; spelling as sent.]

Tue [[15 Sep|date]]
17:52 Me: Hi [[Gareth|name]], it's [[Hannah Bird|name]] from Lugg Vale Children's Services. Thanks for today. This is my work mobile, I
work Mon-Fri 9-5.
18:40 [[Gareth Prosser|name]]: ta. sorry bout the state of the place. [[rhys|name]] says ur alright which is a first lol
Wed [[16 Sep|date]]
07:58 [[Gareth Prosser|name]]: [[ffion|name]] in school on time. [[rhys|name]] says hes got a belly ache
08:02 Me: Well done for getting [[Ffion|name]] in. Could [[Rhys|name]] try the morning? Mrs [[Pugh|name]] says the Base is quiet
first thing
08:30 [[Gareth Prosser|name]]: hes in his room. ill try after dinner
Mon [[21 Sep|date]]
12:14 [[Gareth Prosser|name]]: seen dr [[lloyd|name]] at bargates. hes put me on tablets. didnt tell him about the cans
12:20 Me: That's a big step [[Gareth|name]]. It might help to tell him about the drinking, he won't judge you
Sun [[4 Oct|date]]
20:51 [[Gareth Prosser|name]]: [[hannah|name]] its [[gaz|name]] sorry its the weekend. [[shelley|name]]s fella kicked off in front of the
kids in [[hereford|place]]. ive got them both. [[wayne|name]] was pissed. police were there
20:53 [[Gareth Prosser|name]]: [[ffion|name]] wont stop crying and [[rhys|name]] wont come out the car
21:40 [[Gareth Prosser|name]]: there asleep now. im not drinking tonight
Mon [[5 Oct|date]]
08:12 Me: Thank you for letting me know last night, [[Gareth|name]]. You did the right thing. I'll ring you at 10.
Wed [[14 Oct|date]]
16:05 [[Gareth Prosser|name]]: mam says she can have [[ffion|name]] weds after school. [[rhys|name]] got into the fishing club at
[[pembridge|place]]!! first time hes wanted to do anything
16:07 Me: That's brilliant news!
Thu [[22 Oct|date]]
22:48 [[Gareth Prosser|name]]: [[shell|name]] keeps ringing me from [[wayne|name]]s phone [[07853 116 427|phone]] saying she wants the
kids back at hers. is she allowed
Fri [[23 Oct|date]]
07:45 Me: No - while [[Wayne|name]] is on bail the children see [[Shelley|name]] at your mum's. Please don't reply when you've had a
drink. I'll ring [[Shelley|name]] today.
Sat [[31 Oct|date]]
19:30 [[Gareth Prosser|name]]: took them trick or treating round [[kingsland|place]] with mam. [[ffion|name]] was a witch and [[rhys|name]]
went as a dinosaur lol
19:31 Me: Love it! Have a good weekend.
"""),
]

# --- D. Tattersall / Kenyon family (white British, mother a care leaver), Grange Park, Blackpool -----------------------

HOME_D = d.Address("Flat 2, 61 Dinmore Avenue", "Grange Park", "Blackpool", "FY3 7RW")
DAD_D = d.Address("40 Westcliffe Drive", "Layton", "Blackpool", "FY3 7HG")
GRAN_D = d.Address("9 Poulton Road", "", "Fleetwood", "FY7 6TF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Harper-Rose", "Tattersall")], dt.date(2026, 6, 14), [HOME_D], ids=["4551203807"]),
    _p("s", "sibling", [("Mason", "Tattersall")], dt.date(2021, 11, 6), [HOME_D], ids=["7543406322", "A890201226846"],
       schools=["Boundary Primary School"]),
    _p("m", "mother", [("Chelsea", "Tattersall")], dt.date(2004, 2, 25), [HOME_D], phones=["07471 602 384"],
       ids=["6476078402", "SJ 40 27 91 D"]),
    _p("f", "father", [("Callum", "Kenyon")], dt.date(2001, 9, 9), [DAD_D], phones=["07934 117 520"], ids=["RT 88 02 46 C"]),
    _p("g", "grandparent", [("Tina", "Tattersall")], dt.date(1981, 10, 12), [GRAN_D], phones=["07599 208 441"]),
    _p("p1", "professional", [("Lisa", "Wolstenholme")], phones=["01253 477 620"], emails=["lisa.wolstenholme@sandgrown.gov.uk"]),
    _p("p2", "professional", [("Donna", "Swarbrick")], phones=["07517 932 640"], emails=["donna.swarbrick@nhs.net"]),
], "c")

DOCS_D = [
    ("significant events chronology", """SANDGROWN COUNCIL - CHILDREN'S SOCIAL CARE
CHRONOLOGY OF SIGNIFICANT EVENTS (for the court bundle)
Children: [[Mason TATTERSALL|name]] (born [[06/11/2021|dob]], NHS [[754 340 6322|nhs]]) and [[Harper-Rose TATTERSALL|name]] (born
[[14/06/2026|dob]], NHS [[455 120 3807|nhs]])
Parents: [[Chelsea Tattersall|name]] (born [[25/02/2004|dob]]) and [[Callum Kenyon|name]] (born [[09/09/2001|dob]])
Compiled by [[Lisa Wolstenholme|name]], Social Worker, from the council's records and those of the police, health and school.
Last updated [[5 November 2026|date]].

DATE | EVENT | SOURCE
[[17/03/2011|date]] | [[Chelsea|name]] (7) and her brother [[Kane|name]] (4) accommodated under s.20 after their mother, [[Tina
Tattersall|name]], was found unconscious at home in [[Fleetwood|place]]; both returned home on [[02/09/2011|date]]. | Historic file
[[19/08/2019|date]] | [[Chelsea|name]] (15) becomes looked after again after repeated missing episodes and exploitation concerns;
placed with foster carers [[Pauline|name]] and [[Steve Margerison|name]] in [[Thornton|place]]. | LA
[[03/06/2021|date]] | [[Chelsea|name]] leaves care for a supported flat in [[South Shore|place]]; Personal Adviser [[Jess
Haworth|name]] allocated. | Leaving Care Service
[[06/11/2021|dob]] | [[Mason|name]] born at Blackpool Victoria Hospital, 38 weeks, 3.1 kg. | Maternity
[[22/11/2021|date]] | New birth visit by Health Visitor [[Donna Swarbrick|name]]: good bond; [[Callum|name]] present;
home clean. | 0-19 Service
[[12.02.2023|date]] | Police called to [[Flat 2, 61 Dinmore Avenue|address]]: [[Callum|name]] punched a door and pushed [[Chelsea|name]];
[[Mason|name]] (15 months) in his cot. [[Callum|name]] arrested; no further action. DASH: medium. | Lancashire Constabulary
[[2023-07-18|date]] | [[Callum|name]] convicted of possession of cannabis with intent to supply; 12-month community order. | Police
[[03/01/2024|date]] | [[Mason|name]] (2) at A&E with a burn to his right palm; [[Chelsea|name]] said he grabbed her hair
straighteners. Accepted as accidental by Dr [[Farouk|name]]; health visitor told. | Blackpool Teaching Hospitals
[[11 Apr 2024|date]] | [[Mason|name]]'s two-year review missed for the second time; [[Donna|name]] visits, no answer. | 0-19 Service
[[14/01/2026|date]] | Pregnancy booked late (22 weeks). [[Chelsea|name]] tells the midwife, [[Anna Kowalczuk|name]], that she smokes
cannabis "to help the sickness". Pre-birth referral to Children's Social Care. | Maternity
[[28/01/2026|date]] | Pre-birth assessment begins ([[Lisa Wolstenholme|name]]). | LA
[[14/06/2026|dob]] | [[Harper-Rose|name]] born at 36+2 weeks, 2.4 kg; cord tissue positive for cannabis; five days on the neonatal
unit. | Maternity
[[26 June 2026|date]] | Initial Child Protection Conference: both children on child protection plans (neglect). | LA
Sun [[9 August 2026|date]] | [[Callum|name]] and [[Chelsea|name]] argue outside his mother's house on [[Westcliffe Drive|address]],
[[Layton|place]], with [[Harper-Rose|name]] in the pram; [[Callum|name]] throws a bottle at a car; a neighbour, [[Dawn Fitton|name]],
rings 999. [[Callum|name]] arrested for criminal damage. | Police
[[2026-08-20|date]] | [[Harper-Rose|name]] weighed by [[Donna Swarbrick|name]]: dropped from the 25th to below the 9th centile;
GP review arranged. | 0-19 Service
[[1/9/26|date]] | [[Mason|name]] starts Reception at [[Boundary Primary School|school]] (UPN [[A890201226846|upn]]); September
attendance 82%. | School
[[17/09/2026|date]] | Hair strand tests: [[Chelsea|name]] positive for cannabis (high) and cocaine (low); [[Callum|name]] cannabis
(high). | Laboratory
[[3rd October 2026|date]] | Unannounced visit at 14:00: [[Chelsea|name]] asleep; [[Mason|name]] (4) opens the door;
[[Harper-Rose|name]] in a soaked nappy in her cot; formula made up with cold water. [[Tina Tattersall|name]] is called and comes
from [[Fleetwood|place]]. | LA
[[07/10/2026|date]] | Legal gateway meeting: threshold met; Public Law Outline. | LA
[[19/10/2026|date]] | Letter before proceedings hand delivered to both parents. | LA
[[03/11/2026|date]] | Pre-proceedings meeting; [[Callum|name]] does not attend. | LA
[[04/11/2026|date]] | [[Chelsea|name]] posts about the case on Facebook, naming the social worker. | LA
"""),
    ("social work evidence statement", """IN THE FAMILY COURT SITTING AT BLACKPOOL                         Case number: BP26C00418
IN THE MATTER OF THE CHILDREN ACT 1989
AND IN THE MATTER OF [[MASON TATTERSALL|name]] (born [[06.11.2021|dob]]) AND [[HARPER-ROSE TATTERSALL|name]] (born [[14.06.2026|dob]])
BETWEEN Sandgrown Council (Applicant), [[CHELSEA TATTERSALL|name]] (First Respondent), [[CALLUM KENYON|name]] (Second Respondent)
and the children, through their Children's Guardian, [[Femi Adeyemi-Clarke|name]] (Third and Fourth Respondents)

SOCIAL WORK EVIDENCE TEMPLATE - STATEMENT OF [[LISA WOLSTENHOLME|name]] (extract: sections 1, 4 and 7)

1. Introduction
1.1 I am a social worker in the Safeguarding and Court Team of Sandgrown Council. I have been the social worker for [[Mason|name]]
and [[Harper-Rose|name]] since [[28 January 2026|date]]. I make this statement in support of the local authority's application for
care orders, issued on [[12 November 2026|date]].
1.2 The family live at [[Flat 2, 61 Dinmore Avenue|address]], [[Grange Park|place]], [[Blackpool|place]] [[FY3 7RW|postcode]].
[[Callum Kenyon|name]] lives with his mother, Mrs [[Sharon Kenyon|name]], at [[40 Westcliffe Drive|address]], [[Layton|place]],
[[FY3 7HG|postcode]].

4. The parents
4.1 [[Chelsea|name]] is 22. She was in care from the age of 15 and lived with her foster carers, Mr and Mrs [[Margerison|name]], in
[[Thornton|place]]; she is still entitled to support as a care leaver and her Personal Adviser is [[Jess Haworth|name]]. She has a
Level 2 in Hairdressing from [[Blackpool and The Fylde College|school]]. She is warm and playful with both children, and
[[Mason|name]] talks proudly about going up Blackpool Tower and on the trams with his mum. Her Universal Credit (NI number
[[SJ 40 27 91 D|ni]]) was sanctioned in August for missed appointments, and the family's money has been very short since.
4.2 [[Callum|name]] is 25 and works on and off as a labourer (NI number [[RT 88 02 46 C|ni]]).
He has a conviction for a drugs offence (2023) and a pending charge of
criminal damage from [[9 August 2026|date]]. He drives a grey Ford Focus, [[PK17 UXD|vehicle]], and has told me that he smokes
cannabis "every night, to sleep". He loves the children; [[Mason|name]] calls him Daddy [[Cal|name]].
4.3 The parents' relationship is on and off. Both say it is "off", but [[Chelsea|name]]'s Facebook post of [[4 November
2026|date]] (exhibit LW/7) and [[Callum|name]]'s reply to it suggest otherwise.

7. Family and friends
7.1 [[Tina Tattersall|name]] (maternal grandmother, [[9 Poulton Road|address]], [[Fleetwood|place]] [[FY7 6TF|postcode]],
[[07599 208 441|phone]]): a negative viability assessment on [[2 October 2026|date]], because of her own history and because her
partner, Mr [[Gary Leadbetter|name]], has convictions that make a placement with them unsafe.
7.2 [[Jodie Kenyon|name]] (paternal aunt, 29, of [[Ashton-on-Ribble|place]], [[Preston|place]]): a positive viability assessment on
[[23/10/2026|date]]; a full special guardianship assessment by an independent social worker, [[Kirsty Mulholland|name]], has
begun. [[Jodie|name]] and her wife, [[Amy Kenyon-Bell|name]], have a daughter, [[Ava|name]] (6), and live near Haslam Park.
7.3 [[Chelsea|name]]'s brother, [[Kane Tattersall|name]] (19), is serving in the Army and cannot offer care.
7.4 The local authority's interim plan is for [[Mason|name]] and [[Harper-Rose|name]] to live with [[Jodie|name]] and [[Amy|name]]
under interim care orders, with family time with [[Chelsea|name]] three times a week at the Family Time Centre in [[Bispham|place]]
and with [[Callum|name]] twice a week.

Statement of truth: I believe that the facts stated in this statement are true.
Signed: [[Lisa Wolstenholme|name]]    Dated: [[17/11/2026|date]]
"""),
    ("pre-proceedings letter", """Sandgrown Council
Children's Services - Safeguarding and Court Team
Progress House, [[12 Clifton Road|address]], [[Blackpool|place]] [[FY1 3JE|postcode]]    Tel: [[01253 477 620|phone]]

PRIVATE AND CONFIDENTIAL - HAND DELIVERED

Ms [[Chelsea Tattersall|name]]
[[Flat 2, 61 Dinmore Avenue|address]]
[[Grange Park|place]]
[[Blackpool|place]]
[[FY3 7RW|postcode]]

Mr [[Callum Kenyon|name]]
[[40 Westcliffe Drive|address]]
[[Layton|place]], [[Blackpool|place]] [[FY3 7HG|postcode]]

[[19th October 2026|date]]

Dear [[Chelsea|name]] and [[Callum|name]],

LETTER BEFORE PROCEEDINGS (PUBLIC LAW OUTLINE)
[[Mason Tattersall|name]] (born [[6 November 2021|dob]]) and [[Harper-Rose Tattersall|name]] (born [[14 June 2026|dob]])

We are writing because we are very worried about [[Mason|name]] and [[Harper-Rose|name]]. They have been on child protection plans
since [[26 June 2026|date]], but things have not got better. We are thinking about asking the Family Court to make decisions about
them. Before we do that, we want to meet you and your solicitors to see whether we can agree a plan to keep them safe at home.

PLEASE TAKE THIS LETTER TO A SOLICITOR STRAIGHT AWAY. You are entitled to free legal advice (legal aid) and will not have to pay.

The meeting is on Tuesday [[3 November 2026|date]] at 10:00 at Progress House (address above). Your solicitors can come with you.

What we are worried about
1. Drugs. [[Chelsea|name]]'s hair strand test on [[17 September 2026|date]] showed heavy cannabis use and some cocaine use;
   [[Callum|name]]'s showed heavy cannabis use.
2. [[Harper-Rose|name]]'s care. She has not been gaining weight (below the 9th centile on [[20 August 2026|date]]). On
   [[3 October 2026|date]] she was left in a soaked nappy and her bottle was made with cold water.
3. [[Mason|name]]. He has missed health and dental appointments; his attendance at [[Boundary|school]] is 82%; he told his
   teacher, Miss [[Chadwick|name]], that he "makes breakfast for [[Harper|name]]".
4. Arguments and violence between you, most recently on [[9 August 2026|date]] on [[Westcliffe Drive|address]] with
   [[Harper-Rose|name]] in her pram.
5. Not working with the plan: you both missed the core groups on [[15/07/2026|date]] and [[16/09/2026|date]], and the health
   visitor, [[Donna Swarbrick|name]], has not been able to see [[Harper-Rose|name]] since [[22 September|date]].

What needs to change will be set out in a written plan at the meeting. Local family solicitors are listed on the Law Society's
Find a Solicitor website; for example [[Rigby|name]] & [[Heap|name]] Solicitors ([[01253 303 771|phone]]) do legal aid work.

Please contact me, [[Lisa Wolstenholme|name]] ([[lisa.wolstenholme@sandgrown.gov.uk|email]]), or my manager, [[Andrea Cookson|name]], if
you have questions. [[Chelsea|name]], your Personal Adviser, [[Jess Haworth|name]], can come to the meeting with you.

Yours sincerely

[[Andrea Cookson|name]], Team Manager        [[L. Wolstenholme|name]], Social Worker
cc: [[Jess Haworth|name]] (Leaving Care Service); Legal Services
"""),
    ("facebook post and comments", """[Public Facebook post and comments, captured by the council's Legal Services
on [[5 November 2026|date]] and exhibited as LW/7. Names are the account names shown; spelling as posted.]

[[Chelsea Tattersall|name]] · [[4 November|date]] at 23:14 · Public
so social services wanna take my babies off me cos ive had a bit of weed 🤬🤬 my [[mason|name]] is the happiest little boy in
[[bpool|place]] and [[harper-rose|name]] is perfect. they want to give them to [[cal|name]]s sister [[jodie|name]] in [[preston|place]]
who has met [[harper|name]] ONCE. that [[lisa wolstenholme|name]] from the council has had it in for me since day 1 💔 anyone know a good
solicitor??? #justiceformykids
😢😡👍 212    143 comments    38 shares

[[Tina Tattersall|name]]
stay strong [[chels|name]] ur an amazing mum and every1 knows it. they took u and [[kane|name]] off me and look how that turned out 😡
2d

[[Callum Kenyon|name]]
take this down now [[chelsea|name]] ur making it worse. my solicitor said dont post nothing
2d

[[Kacey-Leigh Fairclough|name]]
ring [[rigby|name]] and [[heap|name]] on [[church st|address]] hun they got my cousins kids back xx
2d

[[Chelsea Tattersall|name]]
[[Kacey-Leigh Fairclough|name]] thanks babe xx
2d

[[Jodie Kenyon|name]]
im not "stealing" anyones babies [[chelsea|name]]. i offered to help because i love them. u know where i am [[07725 380 164|phone]]
1d

[[Sharon Kenyon|name]]
[[jodie|name]] dont rise to it. [[cal|name]] come round for ur tea love x
1d

[[Brandon Rowbotham|name]]
wasnt she in care herself lol history repeating 🤷
1d

[[Tina Tattersall|name]]
[[Brandon Rowbotham|name]] nobody asked u. tell ur mam [[karen|name]] to keep her nose out an all
1d

[[Chelsea Tattersall|name]]
update: had the meeting with the social. [[mason|name]] is doing amazing at [[boundary|school]] his teacher miss [[chadwick|name]] says hes
the best in the class at phonics 🥹 and my mum is moving back to [[grange park|place]] to help me. WATCH THIS SPACE
12h
"""),
]

# --- E. Gurung family (Nepali, Gurkha veteran's family), Cove, Farnborough, Hampshire --------------------------------

HOME_E = d.Address("17 Marrowbrook Lane", "Cove", "Farnborough", "GU14 0PX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Sabina", "Gurung")], dt.date(2011, 4, 8), [HOME_E], ids=["6151359690", "K850229015593"],
       schools=["Cove School"]),
    _p("s", "sibling", [("Aashish", "Gurung")], dt.date(2015, 10, 20), [HOME_E], ids=["9990546002", "B850229020152"],
       schools=["Grange Community Junior School"]),
    _p("s2", "sibling", [("Prakash", "Gurung")], dt.date(2004, 6, 30)),
    _p("f", "father", [("Dil Bahadur", "Gurung")], dt.date(1968, 1, 15), [HOME_E], phones=["07723 406 815"], ids=["EG 71 43 05 A"]),
    _p("m", "mother", [("Sita", "Gurung")], dt.date(1979, 7, 4), [HOME_E], phones=["07449 512 630"], ids=["7748211515"]),
    _p("g", "grandparent", [("Man Kumari", "Gurung")], dt.date(1944, 3, 1), [HOME_E]),
    _p("p1", "professional", [("Ellie", "Chandler")], phones=["01252 867 214"], emails=["ellie.chandler@blackwatercc.gov.uk"]),
    _p("p2", "professional", [("Owen", "Marchetti")], phones=["01252 335 300"], emails=["owen.marchetti@nhs.net"]),
], "c")

DOCS_E = [
    ("strategy discussion record", """BLACKWATER COUNTY COUNCIL - CHILDREN'S SERVICES - STRATEGY DISCUSSION RECORD
(Working Together to Safeguard Children 2023; Children Act 1989, s.47)
Date: Friday [[18 September 2026|date]], 14:00-14:50 (Microsoft Teams)    Chair: [[Rachel Denholm|name]], Team Manager, Rushmoor
Assessment Team
Child: [[Sabina GURUNG|name]]    DOB: [[08/04/2011|dob]]    [[Cove School|school]], Year 11    UPN: [[K850229015593|upn]]
Sibling: [[Aashish GURUNG|name]]    DOB: [[20/10/2015|dob]]    [[Grange Community Junior School|school]], Year 6
Address: [[17 Marrowbrook Lane|address]], [[Cove|place]], [[Farnborough|place]] [[GU14 0PX|postcode]]
Household: father [[Dil Bahadur Gurung|name]] (58), mother [[Sita Gurung|name]] (47), paternal grandmother [[Man Kumari Gurung|name]]
(82) and the two children. Older brother [[Prakash Gurung|name]] (22) serves with the Queen's Gurkha Engineers and lives in
barracks in [[Maidstone|place]].
Languages: Nepali (parents), Tamu Kyi (grandmother); [[Sabina|name]] and [[Aashish|name]] speak English.

Attendees: [[Ellie Chandler|name]] (SW); DS [[Kirsty Lamb|name]] (Hampshire and Isle of Wight Constabulary, Child Abuse
Investigation Team); Mrs [[Lorraine Eagle|name]] (Head of Year 11 and Deputy DSL, [[Cove School|school]]); [[Fiona McAlister|name]]
(School Nurse); [[Rachel Denholm|name]] (Chair). Minutes: [[Tom Ashdown|name]] (Business Support).

Information shared
School (Mrs [[Eagle|name]]): at 10:40 today [[Sabina|name]] told Mrs [[Eagle|name]] that on Wednesday night ([[16 September|date]]) her
father slapped her face twice and pulled her hair after he found Snapchat messages from "[[Rob|name]]", a man she met at a party
in [[Aldershot|place]]. She said her father "had been drinking at the Legion" and shouted that she had shamed the family "in front
of the whole community". Mrs [[Eagle|name]] saw healing cuts on [[Sabina|name]]'s left forearm (she says self-inflicted, over the
summer) and no marks on her face. [[Sabina|name]] said: "Please don't tell Buwa it was me, he'll send me to Nepal." Her father has
talked of sending her to live with her Kaka, [[Tek Bahadur Gurung|name]], in [[Pokhara|place]]; the school holds his number as an
emergency contact ([[+977 984 6123457|phone]]). She asked to stay with her friend [[Anjali|name]]'s family in [[North Camp|place]].
School nurse ([[Fiona|name]]): [[Sabina|name]] was seen twice last term with headaches and low mood; referred to CAMHS on [[10 July
2026|date]] (waiting).
Police (DS [[Lamb|name]]): nothing known about the family except a drink-driving conviction for [[Dil Bahadur Gurung|name]] (2019).
"[[Rob|name]]" is probably [[Robert KINNEAR|name]], DOB [[03/02/2006|dob]], of [[Ash Vale|place]]: arrested in 2025 for possession of
cannabis; intelligence that he gives lifts to teenage girls; drives a black VW Golf, [[HV20 OFN|vehicle]].
Children's Services ([[Ellie|name]]): one Early Help episode in 2022 ([[Aashish|name]]'s speech; closed). Otherwise not known.

Analysis: physical harm (slapping, hair pulling) by a parent who had been drinking; self-harm; possible grooming by a man of
20; family and community pressures; [[Sabina|name]]'s fear of being sent abroad. [[Aashish|name]] (10) lives in the same home.

Decisions
1. Section 47 enquiry by Children's Services with police support. No ABE interview for now ([[Sabina|name]] does not want to make
   a statement); DS [[Lamb|name]] to record the crime and speak to Mr [[Gurung|name]] voluntarily.
2. Tonight [[Sabina|name]] will stay with her maternal aunt, [[Bimala Pun|name]], in [[Fleet|place]], if everyone agrees; [[Ellie|name]]
   to visit [[Bimala|name]]'s home before 18:00 and the family home by 19:00 with a Nepali interpreter, Mr [[Ganesh Limbu|name]].
3. [[Robert Kinnear|name]]: DS [[Lamb|name]] to consider a Child Abduction Warning Notice; intelligence to the MACE panel.
4. CAMHS referral to be expedited (Mrs [[Eagle|name]] and [[Fiona McAlister|name]]).
5. Travel abroad: [[Ellie|name]] to ask [[Sita|name]] about any plans and where the children's passports are.
6. Next strategy discussion: [[25/09/2026|date]] at 14:00.
"""),
    ("camhs clinic letter", """Hampshire CAMHS - Child and Adolescent Mental Health Services
Tel: [[01252 335 300|phone]]

Dr [[Nicola Stamp|name]]
Alexander House Surgery
[[2 Salisbury Road|address]], [[Farnborough|place]] [[GU14 7AW|postcode]]

Letter date: [[9 October 2026|date]]    Clinic date: [[06/10/2026|date]]

Dear Dr [[Stamp|name]]

Re: [[Sabina GURUNG|name]], DOB [[08.04.2011|dob]], NHS No [[615 135 9690|nhs]]
[[17 Marrowbrook Lane|address]], [[Cove|place]], [[Farnborough|place]] [[GU14 0PX|postcode]]

Formulation: low mood and self-harm (cutting) in the context of family conflict, a parent's alcohol use and a possibly
exploitative relationship with an older male. No psychotic features; no eating disorder.

I saw [[Sabina|name]] with her mother, Mrs [[Sita Gurung|name]], and a Nepali interpreter ([[Kamala Thapa|name]]), and then on her
own. Her social worker, [[Ellie Chandler|name]], joined us for the last ten minutes.

[[Sabina|name]] is 15 and in Year 11 at [[Cove School|school]]. She wrote her name on our form in English and in Devanagari,
[[सबिना|name]], and told me her friends call her "[[Sabz|name]]". She described growing up "between two worlds": at home she helps
her Bajai, cooks dal bhat and goes to the Tamu Lhosar celebration every December; at school she wants "to be normal". Her father,
Mr [[Dil Bahadur Gurung|name]], served for 22 years in the Royal Gurkha Rifles, including in Afghanistan, and has drunk heavily
since he left the Army in 2018. [[Sabina|name]] said: "Buwa is the kindest man when he's sober." She misses her big brother,
[[Prakash|name]] Dai, who used to "calm everyone down", and she is close to her Sani Ama, [[Bimala Pun|name]], in [[Fleet|place]].

She has cut her forearms since Year 9, about once a week at worst and less since the summer; she has never needed stitches. She
denies any plan to end her life. She spoke about "[[Rob|name]]", who is 20 and who she says "gets me"; she says she has not seen
him since the police spoke to him. Her mother said, in Nepali, that she is "frightened for both my husband and my daughter".
Mrs [[Gurung|name]] works nights as a healthcare assistant at Frimley Park Hospital.

Plan
1. Six sessions of CBT with me from [[20/10/2026|date]], then a DBT-informed skills group.
2. Safety plan agreed: Kooth, Childline (0800 1111), the Shout text line (85258), and her aunt, [[Bimala|name]].
3. I suggest you offer to see Mr [[Gurung|name]] about his drinking; the Gurkha Welfare Trust and Combat Stress may help.
4. With [[Sabina|name]]'s agreement I have shared this letter with [[Ellie Chandler|name]] ([[ellie.chandler@blackwatercc.gov.uk|email]]).

Yours sincerely

Dr [[Owen Marchetti|name]], Clinical Psychologist ([[owen.marchetti@nhs.net|email]])
cc: Mrs [[Sita Gurung|name]] and Mr [[Dil Bahadur Gurung|name]] (to be explained in Nepali); [[Sabina|name]]
"""),
    ("email from a head of year", """From: [[Lorraine Eagle|name]] <[[l.eagle@coveschool.org.uk|email]]>
Sent: Monday, [[2 November 2026|date]] 16:47
To: [[Ellie Chandler|name]] <[[ellie.chandler@blackwatercc.gov.uk|email]]>
Cc: [[Mark Tennant|name]] (DSL); [[Fiona McAlister|name]] (School Nurse)
Subject: [[Sabina Gurung|name]] 11EA - update before Thursday's core group

Hi [[Ellie|name]],

A quick update before Thursday.

- Attendance 88% this half term. She was absent on [[27/10|date]] and [[28/10|date]]; her mum rang to say the family were at a puja
  in [[Reading|place]] for Dashain.
- On [[29/10/2026|date]] at 15:20 our site team saw a black Golf ([[HV20 OFN|vehicle]]) parked on [[St John's Road|address]] opposite
  the gate, and [[Sabina|name]] walking towards it. Mr [[Tennant|name]] went out and she came back in; the driver drove off. Police
  told - PC [[Declan Moss|name]] rang me back.
- [[Anjali Thapa|name]] and [[Jess Cartwright|name]] (both 11EA) brought me screenshots of a Snapchat group chat on [[30 Oct|date]];
  my typed copy is attached. They are worried that [[Sabina|name]] will go to [[Rob|name]]'s flat in [[North Camp|place]].
- Mocks start on [[16 November 2026|date]]. Her predictions are still strong (7s in Maths and Biology). She wants to do A levels
  at [[Farnborough Sixth Form College|school]] and become a nurse "like Ama".
- Her dad rang reception from [[07723 406 815|phone]] on Friday asking why [[Sabina|name]] "has a social worker" and saying he would
  take her out of school "and home to [[Pokhara|place]]". Reception logged it; I have not spoken to him. Given the strategy
  discussion I thought you would want this straight away.
- [[Aashish|name]]: I spoke to Mrs [[Okonjo|name]], the DSL at [[Grange|school]]. She says he is "quiet but fine" and has been drawing
  soldiers and Gurkha kukris in his book.

Let me know if you need anything else for the core group.
Thanks,
[[Lorraine|name]]

Mrs [[Lorraine Eagle|name]] | Head of Year 11 | [[Cove School|school]]
[[St John's Road|address]], [[Farnborough|place]] [[GU14 9RN|postcode]] | [[01252 513 408|phone]]
Please report safeguarding concerns on CPOMS.

-----Original Message-----
From: [[Ellie Chandler|name]]
Sent: [[02 November 2026|date]] 17:20
To: [[Lorraine Eagle|name]]
Subject: RE: [[Sabina Gurung|name]] 11EA - update before Thursday's core group

Thank you [[Lorraine|name]] - very helpful. I will ring [[Sita|name]] tonight with the interpreter and visit Mr [[Gurung|name]]
tomorrow. I'll check where [[Sabina|name]]'s passport is and ask the police about the car.

Best wishes
[[Ellie Chandler|name]] | Social Worker | Rushmoor Assessment Team | Blackwater County Council | [[01252 867 214|phone]]
"""),
    ("snapchat group chat", """[Snapchat group chat "yr 11 gals 💅", typed up by Mrs [[L. Eagle|name]] from screenshots brought in by
two of its members on [[30/10/2026|date]]. The display names were the girls' first names; spelling and emojis as shown.]

[[24 OCTOBER|date]]
[[Anjali|name]]: [[sabz|name]] u alive?? 😭
[[Sabina|name]]: ye just. bajai made me make dal bhat for the whole street lol
[[Jess|name]]: is [[rob|name]] still picking u up 2nite
[[Sabina|name]]: ye 9 by the co op on [[marrowbrook|address]]
[[Anjali|name]]: ur dad will literally kill u
[[Sabina|name]]: hes at the legion til late 🍺 and mum is on nights
[[Jess|name]]: wait how old is [[rob|name]] actually
[[Sabina|name]]: 19
[[Anjali|name]]: his insta says 20 babe
[[Sabina|name]]: age is just a number 🙄
[[Jess|name]]: thats literally what they say in the assembly videos 💀

[[28 OCTOBER|date]]
[[Sabina|name]]: [[aashish|name]] grassed to mum about [[rob|name]]
[[Anjali|name]]: noooo
[[Sabina|name]]: mum cried for like an hour. buwa doesnt know yet. [[prakash|name]] dai is coming home for tihar so hes gonna find
out anyway
[[Jess|name]]: wait ur brother is in the army??
[[Sabina|name]]: ye gurkha engineers in [[maidstone|place]]. hes actually sound he wont tell buwa
[[Anjali|name]]: my mum said ur dad was shouting at the dashain thing in [[reading|place]]
[[Sabina|name]]: dont. i wanted to die

[[29 OCTOBER|date]]
[[Anjali|name]]: [[sabina|name]] that isnt funny. are u ok
[[Sabina|name]]: im fine. [[rob|name]] says i can stay at his in [[north camp|place]] whenever. its near the station
[[Jess|name]]: [[sabina|name]] NO. tell [[ellie|name]] or mrs [[eagle|name]]
[[Sabina|name]]: [[ellie|name]] the social worker?? no way she'll tell the police
[[Anjali|name]]: im serious if u go im telling mrs [[eagle|name]]
[[Sabina|name]]: 🙄 fine i wont. happy
[[Jess|name]]: and dont get in his car outside school again mr [[tennant|name]] literally saw u
[[Sabina|name]]: ok MUM 😂 new number btw my dad took my phone [[07946 215 380|phone]]
"""),
]

# --- F. Hoxha / Dervishi family (Albanian), Becontree, Dagenham ------------------------------------------------------

HOME_F = d.Address("58 Valence Avenue", "Becontree", "Dagenham", "RM8 3RB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Erion", "Hoxha")], dt.date(2010, 12, 3), [HOME_F], ids=["7932134714", "G301401221272"],
       schools=["Eastbrook School"]),
    _p("s", "sibling", [("Klea", "Hoxha")], dt.date(2016, 3, 17), [HOME_F], ids=["4323156995", "B301201521485"],
       schools=["Becontree Primary School"]),
    _p("m", "mother", [("Blerta", "Hoxha"), ("Blerta", "Dervishi")], dt.date(1986, 11, 2), [HOME_F], phones=["07442 760 318"],
       ids=["4611117960", "SZ 14 60 82 B"]),
    _p("f", "father", [("Arben", "Hoxha")], dt.date(1982, 9, 14), phones=["+355 69 412 7730"]),
    _p("g", "grandparent", [("Drita", "Hoxha")], phones=["+355 68 205 1146"]),
    _p("p1", "professional", [("Kelechi", "Okafor")], phones=["020 8227 3415"], emails=["kelechi.okafor@beamvalley.gov.uk"]),
    _p("p2", "professional", [("Sam", "Ashworth")], phones=["020 8227 2196"], emails=["sam.ashworth@beamvalley.gov.uk"]),
], "c")

DOCS_F = [
    ("national referral mechanism referral", """NATIONAL REFERRAL MECHANISM - REFERRAL OF A POTENTIAL CHILD VICTIM OF MODERN SLAVERY
(copy of the online submission)
First Responder Organisation: Beam Valley Council (Children's Social Care)
First Responder: [[Kelechi Okafor|name]], Social Worker, Adolescent Safeguarding Team, [[020 8227 3415|phone]],
[[kelechi.okafor@beamvalley.gov.uk|email]]
Submitted: [[24/09/2026|date]]    Reference: NRM-26-ESX-88410

POTENTIAL VICTIM
Name: [[Erion HOXHA|name]]    Other names: "[[Eri|name]]"; on the police custody record as [[Erion HOXA|name]]
DOB: [[03/12/2010|dob]] (15)    Nationality: Albanian (leave to remain as his mother's dependant since 2023)
Address: [[58 Valence Avenue|address]], [[Becontree|place]], [[Dagenham|place]] [[RM8 3RB|postcode]] (with his mother and sister)
School: [[Eastbrook School|school]], Year 11, UPN [[G301401221272|upn]]    NHS: [[793 213 4714|nhs]]
Interpreter needed: no (fluent English; Albanian at home)

HOW THE CHILD CAME TO NOTICE
At 05:10 on Saturday [[19 September 2026|date]] Essex Police executed a drugs warrant at a terraced house on [[Brook Road|address]],
[[Grays|place]], where the upstairs rooms had been turned into a cannabis grow of about 400 plants. [[Erion|name]] was found asleep on a
mattress in the loft room; its door was padlocked from the outside. An adult, [[Ardit Leka|name]] (31), was arrested at the scene.
[[Erion|name]] was arrested, interviewed with an appropriate adult and released under investigation; the officer in the case,
DC [[Stephen Rayner|name]], recognised the signs of trafficking and rang Beam Valley's Emergency Duty Team.

THE CHILD'S ACCOUNT (to me on [[21/09/2026|date]] at home; his mother was present for part)
In July a man [[Erion|name]] knows as "[[Lumi|name]]" (about 25, Albanian, drives a white Mercedes A-Class, [[EY21 KNB|vehicle]]) started
talking to him outside the chicken shop on [[Heathway|address]] and offered him £100 a day "to water plants". [[Erion|name]] already
owed [[Lumi|name]] £800 for a phone and trainers "on tick". He was driven to [[Grays|place]] on [[12 September|date]] and told he could
leave "when the debt is paid"; his phone was taken and he was given a Nokia with one number in it ([[07868 441 002|phone]]). He
was fed takeaways. He says [[Ardit|name]] was "kind" but "scared of [[Lumi|name]]" too. He did not tell his mother because [[Lumi|name]]
said he knew where his sister, [[Klea|name]], goes to school. [[Erion|name]] has not been back to Albania since he left aged 10, but
he says [[Lumi|name]] knows his father's family in [[Shkodër|place]].

Family: mother [[Blerta Hoxha|name]] (née [[Dervishi|name]]), [[07442 760 318|phone]], an office cleaner; sister [[Klea Hoxha|name]]
(10), [[Becontree Primary School|school]]; father [[Arbën Hoxha|name]], in [[Shkodër|place]], [[+355 69 412 7730|phone]]; maternal
uncle [[Ilir Dervishi|name]], in [[Ilford|place]]. [[Blerta|name]] reported [[Erion|name]] missing to the Metropolitan Police on
[[14/09/2026|date]]; Essex Police brought him home on [[19/09/2026|date]] at 16:30.

Indicators: recruitment through debt bondage; movement restricted (locked in); phone removed; threats to his family. As he is
under 18 there is no need to show that force, threats or deception were used. Type: criminal exploitation (cannabis
cultivation).
Consent: not needed for a child; [[Erion|name]] and [[Blerta|name]] have been told about this referral and understand it.
An Independent Child Trafficking Guardian (Barnardo's) was requested on the same day.
"""),
    ("child in need meeting minutes", """BEAM VALLEY COUNCIL - CHILD IN NEED REVIEW MEETING - MINUTES
Children: [[Erion HOXHA|name]] (DOB [[03.12.2010|dob]]) and [[Klea HOXHA|name]] (DOB [[17.03.2016|dob]], NHS [[432 315 6995|nhs]], UPN
[[B301201521485|upn]])
Date: Tuesday [[20 October 2026|date]], 16:00    Venue: [[Eastbrook School|school]], [[Dagenham Road|address]], [[Dagenham|place]]
[[RM10 7UR|postcode]]
Chair: [[Kelechi Okafor|name]] (SW)    Interpreter: [[Mirela Kaçi|name]] (Albanian, in person)

Present: Mrs [[Blerta Hoxha|name]] (mother); [[Erion|name]] (first half); [[Sam Ashworth|name]] (Exploitation Lead, Beam Valley);
Ms [[Funmi Adebayo|name]] (Assistant Head, [[Eastbrook|school]]); Mrs [[Sandra Kelleher|name]] (Learning Mentor, [[Becontree
Primary|school]]); [[Daniel Mercer|name]] (Youth Justice Service); [[Valbona Mema|name]] (Shpresa Programme). Apologies: [[Lena
Hartmann|name]] (Independent Child Trafficking Guardian), report sent.

1. Since the last meeting ([[22/09/2026|date]])
- NRM: positive reasonable grounds decision from the Single Competent Authority on [[2 October 2026|date]]; conclusive grounds
  decision awaited.
- Police: [[Erion|name]] is still released under investigation; [[Daniel|name]] has asked Essex Police and the CPS to consider the
  section 45 defence (Modern Slavery Act 2015). [[Ardit Leka|name]] has been charged and remanded to HMP Chelmsford.
- "[[Lumi|name]]" is not identified; the Mercedes ([[EY21 KNB|vehicle]]) belongs to a hire company in [[Barking|place]].

2. [[Erion|name]]'s views
"I just want to finish my GCSEs and be an electrician. I don't go down [[Heathway|address]] no more. I'm not a grass." He feels safe
at home but not on the walk to school past the park. He asked for his phone back from the police. He goes to the Shpresa youth
club on Fridays and plays football for a team in [[Chadwell Heath|place]].

3. School
[[Eastbrook|school]] (Ms [[Adebayo|name]]): attendance 79% (he missed a week in September); on track for 5s in Maths and Science;
a mentor, Mr [[Ryan O'Hare|name]]; a taxi to and from school for six weeks, paid for by the council.
[[Becontree Primary|school]] (Mrs [[Kelleher|name]]): [[Klea|name]] (Year 6) is anxious and has nightmares, and asks every day whether
her brother will be at home; she has started Drawing and Talking sessions. She told Mrs [[Kelleher|name]] that she misses Babi and
Gjyshja in [[Shkodër|place]].

4. Mother's views (through the interpreter)
Mrs [[Hoxha|name]] said she is "ashamed and frightened". Her brother, [[Ilir Dervishi|name]], has offered [[Erion|name]] weekend work
at his car wash in [[Ilford|place]]; [[Sam|name]] and [[Kelechi|name]] asked her to wait until we know more. [[Erion|name]]'s father,
[[Arbën|name]], rings from Albania and wants [[Erion|name]] sent "home" to be safe; she does not agree. [[Blerta|name]] cleans offices in
[[Canary Wharf|place]] from 04:00 to 08:00; [[Valbona|name]] will help her with ESOL and a Universal Credit claim
(her NI number is [[SZ 14 60 82 B|ni]]).

5. Plan (agreed)
- [[Sam|name]]: exploitation risk assessment and location mapping ([[Heathway|address]], [[Grays|place]]); disruption with the
  Metropolitan Police; by [[3/11/2026|date]].
- [[Kelechi|name]]: weekly visits; direct work with [[Klea|name]]; check that [[Blerta|name]] holds [[Erion|name]]'s passport; legal advice
  on the risk of his being taken to Albania.
- [[Daniel|name]]: representations to the CPS; offer of the Turnaround programme.
- School: taxi, mentor and a safe adult at the gate.
- [[Valbona|name]]: ESOL and benefits.
Next review: [[17 November 2026|date]] at [[Becontree Primary School|school]].
"""),
    ("case supervision record", """BEAM VALLEY COUNCIL - CASE SUPERVISION RECORD (reflective)
Supervisee: [[Kelechi Okafor|name]], Social Worker    Supervisor: [[Joanne Boateng|name]], Team Manager, Adolescent Safeguarding
Date: Tuesday [[3 November 2026|date]]    Case: [[HOXHA, Erion|name]] (LCS 4418823) and [[HOXHA, Klea|name]]

1. What has happened since the last supervision ([[6/10/2026|date]])?
[[Erion|name]] went missing again from the evening of Saturday [[31 October|date]] (Halloween) until Monday [[2 November|date]], when
he came home at 07:10 in new Nike trainers with £200 in cash. He told [[Kelechi|name]] he was "at a mate's in [[Ilford|place]]" and
would not say whose. [[Blerta|name]] showed [[Kelechi|name]] WhatsApp messages (translated by [[Mirela Kaçi|name]] on [[3/11|date]]) from
her brother, Daja [[Ilir|name]], and a threat from an unknown number signed "[[Lumi|name]]". [[Klea|name]] was at [[Becontree
Primary|school]] on [[2 November|date]] and told Mrs [[Kelleher|name]] that [[Eri|name]] "came home smelling of smoke".

2. Reflection and hypotheses
- 1: [[Erion|name]] is being exploited again to pay off a new "debt" (the lost cannabis crop).
- 2: [[Ilir Dervishi|name]] is connected to [[Lumi|name]]. [[Erion|name]] once said "[[Lumi|name]] knows Daja";
  [[Ilir|name]]'s car wash is on [[Ilford Lane|address]], near where the police last located
  [[Erion|name]]'s phone on [[1 November 2026|date]].
- 3 ([[Joanne|name]]): [[Blerta|name]] is more frightened of her brother than she can say, and should be seen alone with an
  interpreter from outside her community network.
- [[Kelechi|name]] named her own worry about being "one more professional telling [[Blerta|name]] she's failing".

3. Risk and the father
[[Arbën Hoxha|name]] rang [[Kelechi|name]] from [[+355 69 412 7730|phone]] on [[29/10/2026|date]] asking for "his son's documents".
[[Erion|name]]'s Albanian passport is with [[Blerta|name]]; she will be asked to lodge it with the council's solicitor. Risk of
removal abroad: medium.

4. Decisions
- Strategy meeting by [[5 November 2026|date]] (risk now high); consider section 47 enquiries for both children.
- [[Sam Ashworth|name]] to ask the police about Child Abduction Warning Notices and a Slavery and Trafficking Risk Order; to the
  MACE panel on [[12/11/2026|date]].
- [[Kelechi|name]] to see [[Blerta|name]] alone on [[4/11/2026|date]] with a telephone interpreter (not [[Mirela|name]]).
- [[Kelechi|name]] to update [[Lena Hartmann|name]] (ICTG).

5. Wellbeing
[[Kelechi|name]] has 17 children on her caseload and a late visit tonight; [[Joanne|name]] will cover her duty day on Thursday. Next
supervision: [[1 December 2026|date]].
Signed: [[K. Okafor|name]]    [[J. Boateng|name]]
"""),
    ("whatsapp messages translated from albanian", """[WhatsApp messages on [[Blerta Hoxha|name]]'s phone, translated from Albanian by
[[Mirela Kaçi|name]] (interpreter) on [[3 November 2026|date]] for [[Kelechi Okafor|name]].
Contact names as saved by [[Blerta|name]]; Albanian kinship words kept; [emoji] where one
was sent.]

Saturday [[31/10/2026|date]]
19:40 [[Eri|name]] ❤️: mami I'm staying at a friend's tonight, don't worry
19:41 Me: Which friend? [[Klea|name]] is asking for you. Come home, I made byrek
19:52 [[Eri|name]] ❤️: a friend from school. back tomorrow. love u mami
21:15 Me: [[Erion|name]] answer your phone!!!
23:58 Daja [[Ilir|name]]: Motër, don't panic. The boy is fine, he is with boys from [[Ilford|place]]. I will bring him back.
Sunday [[1/11/2026|date]]
00:06 Me: How do you know where he is, [[Ilir|name]]? Give me the address
00:30 Daja [[Ilir|name]]: Go to sleep. Don't call the police, they will take [[Klea|name]] as well.
08:12 [[Arbën|name]] [[Shkodër|place]]: Where is my son? His gjyshe is asking. If the English cannot keep him safe, send him to me.
08:20 Me: He is with my brother. Leave it to me.
09:47 Gjyshja [[Drita|name]] ([[+355 68 205 1146|phone]]): [voice message, 0:48] "[[Blerta|name]], my daughter, kiss [[Klea|name]] for me.
Put [[Erion|name]] on the phone when he comes."
14:03 [[Eri|name]] ❤️: mami my phone is dying. tell [[klea|name]] i got her something
16:20 Teta [[Lindita|name]]: I heard from [[Drita|name]]. Come to [[Durrës|place]] with the children for New Year, the sea is calm
and nobody will bother you there.
Monday [[02.11.2026|date]]
02:14 [[07868 441 002|phone]]: Tell [[Eri|name]] he has one week. He knows how much. [[Lumi|name]]
02:15 [[07868 441 002|phone]]: Don't go to the police. We know the house on [[Valence Avenue|address]].
07:10 Me: He is home. Thank God [emoji]
07:12 Daja [[Ilir|name]]: I told you. Don't tell that social worker [[kelechi|name]] anything. Family business stays in the family.
07:14 Me: [[Ilir|name]], who is [[Lumi|name]]?
07:40 Daja [[Ilir|name]]: [message deleted]
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 10 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 03:50 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "ps", "dc", "ds", "sgt", "insp", "nurse", "sw", "cllr", "our", "nana", "nanna",
           "nan", "gran", "grandma", "grandad", "nain", "taid", "mam", "mum", "dad", "daddy", "mummy", "auntie", "aunty", "uncle",
           "buwa", "ama", "aama", "bajai", "hajurama", "sani", "kaka", "kaki", "didi", "dai", "daju", "babi", "mami", "gjyshe",
           "gjyshja", "daja", "teta", "tezja", "xhaxhi", "halla", "motër", "moter"}
_AFTER = {"dai", "daju", "didi", "bhai", "bahini", "ji", "ama", "kaka"}
_NOT_PLACES = {"england", "wales", "britain", "great britain", "united kingdom", "uk", "yorkshire", "south yorkshire",
               "leicestershire", "notts", "nottinghamshire", "herefordshire", "shropshire", "powys", "lancashire", "lancs",
               "fylde", "the fylde", "hampshire", "hants", "surrey", "essex", "greater london", "east midlands", "west midlands",
               "nepal", "albania", "kosovo", "jamaica", "afghanistan"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 9's checker (which runs set 8's, set 7's and set 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with set 9's own
# kinship words and counties; this adds this set's kinship words (before a name, and after one: "Prakash Dai") and
# counties ("Notts", "Herefordshire", "Hampshire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, set9_problems, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
