"""Set 100: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the sets written by
other helpers at the same time (bench/redaction_set98.py, redaction_set99.py, redaction_set101.py and their tests), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py (its docstring, first record and document, closing word lists and helpers; the rest was
not read for lack of time) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the
docstrings of bench/redaction_set7.py to redaction_set97.py (printed only, and searched as printed text for towns and
communities, to choose a home no earlier set used), bench/redaction_handwritten.py, and the ruff settings in pyproject.toml.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Written against a hard deadline, so smaller than the brief asked: 24 documents (four per family) but 741 gold spans, not 900.

Six families in Carlisle and Eden, each from a town or district no earlier set used as a family's home: a white British
family in Raffles, Carlisle (Armstrong / Graham; a boy of 9 with a head injury, a mother's new partner), a white British farm
family near Longtown (Routledge / Bell; a girl of 14 kept off school for lambing, a father's quad bike), a Baloch family from
Quetta in Botcherby, Carlisle (Baloch / Bugti; a mother isolated, a girl of 11 with a name in Urdu script, a father working in
Dubai), a family with a Māori father from Rotorua in Pategill, Penrith (Ngata / Hodgson; a baby's bruise, family in
Aotearoa New Zealand), a white British family in Currock, Carlisle (Nixon / Storey; neglect, a dog, a nan who is called Rose),
and a white British family in Brampton (Milburn / Irving; a boy of 15 going missing to Newcastle). The Baloch and Māori
communities were used by no earlier set. Document types: an A&E safeguarding liaison form, a mother's new partner's
texts typed up, a farm visit note written fast on a phone, a school attendance letter, a mosque women's group coordinator's
email, an interpreter-assisted home visit record, a health visitor's birth visit record, a whānau hui (family meeting) note
typed from a flipchart, a PCSO's scanned and OCR'd welfare check form, a Facebook Messenger thread between a nan and the
social worker typed up, a missing-from-home return interview record, a police missing person log, a child protection conference
chair's summary, a core group's minutes, a girl's own letter to her social worker, an education welfare officer's email chain, a strategy
discussion's minutes, a GP receptionist's telephone note, a child protection medical report, a father's own email, a
neglect assessment (Graded Care Profile 2) summary, a dog warden's note, a child exploitation screening tool and a police
intelligence submission.

Invented: every person, address, phone number, NHS number, UPN, email address and vehicle registration (street names may be
real or invented and carry invented house numbers). Phone numbers are valid (UK, Pakistan, New Zealand, the UAE); NHS numbers
and UPNs (LA number 909) pass their check digits. Councils (Eden Border), the GP practices, the mosque group and the farm's
name are invented; towns, districts, hospitals, police forces and landmarks are real and stay unmarked unless the conventions
say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. Choices this set had to make: a farm's name ("Low
Liddel Farm") is an address, as it locates the home; "whānau" and "koro" and "nanny" are kinship words and stay outside a name;
a marae's name is an organisation and stays unmarked; "Aotearoa" and "New Zealand" and "Balochistan" are countries or regions
and are not marked; parks and attractions (Hammonds Pond, Rheged) are landmarks
or organisations and stay unmarked; a texting "s" after a lower-case name ("sylvia"s, "kyle"s) stays outside, as in set 21; a birthday
without a year ("30th october") is a dob.

Self-check without the detector: `python -m bench.redaction_set100` (and tests/test_redaction_set100.py) runs set 15's checker
on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of
documents and gold spans per kind: 24 documents, 741 gold spans, 406 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party


# --- A. Armstrong / Graham, Raffles, Carlisle ------------------------------------------------------------------------------

HOME_A = d.Address("14 Dalston Road", "Raffles", "Carlisle", "CA2 6HJ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kyle", "Armstrong")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["2772656810", "U909288709613"],
       schools=["Yewdale Primary School"]),
    _p("m", "mother", [("Leanne", "Armstrong")], dt.date(1993, 8, 21), addresses=[HOME_A], phones=["07556 367 846"]),
    _p("f", "partner", [("Craig", "Graham")], dt.date(1990, 2, 2), phones=["07585 760 146"]),
], "c")

DOCS_A = [
    ("A&E safeguarding liaison form", """CUMBERLAND INFIRMARY - EMERGENCY DEPARTMENT - SAFEGUARDING LIAISON FORM (CHILD)
Child: [[ARMSTRONG, Kyle|name]]     DOB: [[09/04/2017|dob]]     NHS no: [[277 265 6810|nhs]]
Address: [[14 Dalston Road|address]], [[Raffles|place]], [[Carlisle|place]] [[CA2 6HJ|postcode]]
School: [[Yewdale Primary|school]]     GP: Spencer Street Surgery
Attended: [[03/11/2026|date]] 21:47 with mother [[Leanne Armstrong|name]] ([[07556 367 846|phone]]) and her partner [[Craig|name]].
Presenting: 3 cm laceration to back of head, glued. Mum said [[Kyle|name]] "fell off the bunk bed". [[Kyle|name]] told triage
nurse [[Bethany Routh|name]] he "banged it on the door when [[Craig|name]] pushed". Partner answered most questions for him.
Seen by Dr [[Oyelaran|name]] (ST4). CT not indicated. Discharged 23:50.
Previous attendances: [[12/06/2026|date]] (wrist, "trampoline at [[Harker|place]]"), [[28 August 2026|date]] (burn to hand).
Referred to: Children's Services front door, [[04.11.2026|date]] 08:15, spoke to [[Jo Tweddle|name]].
Completed by: [[Alison Bewley|name]], Paediatric Liaison Nurse, [[01228 955702|phone]], [[alison.bewley@ncic.nhs.uk|email]]
Other adults in the home (from mother): none. Maternal grandmother [[Sylvia Armstrong|name]], [[Belle Vue|place]]. [[Kyle|name]]'s
father [[Dean Mounsey|name]], [[Wigton|place]]. Partner [[Craig Graham|name]], DOB [[02/02/1990|dob]], phone [[07585 760 146|phone]],
address given as his mother's, [[11 Netherby Road|address]], [[Longtown|place]], [[CA6 5NT|postcode]].
Liaison follow-up [[04/11/2026|date]] 10:30: school nurse [[Lynn Bowman|name]] and [[Yewdale|school]] DSL [[Ian Blamire|name]] informed.
"""),
    ("partner's text messages typed up from a mother's phone", """Screenshots given to SW [[Jo Tweddle|name]] by [[Leanne|name]] on
[[9 Nov|date]]. Typed as written.
Contact saved as "[[Craigy|name]] xx" ([[07585 760 146|phone]])

[[Craigy|name]] xx  Sat 22:14  where r u
[[Craigy|name]] xx  Sat 22:15  ur at [[shelley|name]]s again arnt u. tell her from me shes a grass
[[Leanne|name]]  Sat 22:31  im at me mams in [[morton|place]] with the kids leave it
[[Craigy|name]] xx  Sat 22:32  bring [[kyle|name]] back hes my lad now not [[dean|name]]s
[[Craigy|name]] xx  Sat 23:58  im outside [[denton holme|place]] chippy come out
[[Leanne|name]]  Sun 00:03  no. [[jo|name]] from social says ur not to be at the house
[[Craigy|name]] xx  Sun 00:05  [[jo|name]] can do one. ill be at [[dalston rd|address]] when u get back
[[Craigy|name]] xx  Sun 09:40  sorry babe. lets go [[silloth|place]] today me n [[kyle|name]] n u. love u
[[Leanne|name]]  Sun 09:52  no. [[kyle|name]] is at [[sylvia|name]]s in [[belle vue|place]]. dont go there
[[Craigy|name]] xx  Sun 10:01  tell [[sylvia|name]] shes next. and tell [[shelley|name]] at [[16|address]] to mind her own
[[Craigy|name]] xx  Sun 10:02  ive got [[kyle|name]]s ipad. come to [[morton park|place]] at 2 and u can have it
[[Leanne|name]]  Sun 10:30  im ringing [[jo|name]] [[07556 367 846|phone]] is my number u took my other phone
Typed by [[J Tweddle|name]], [[9/11/2026|date]]. Originals on [[Leanne|name]]'s phone, photographed for police (DC [[Carruthers|name]]).
"""),
]


# --- B. Routledge / Bell, near Longtown ------------------------------------------------------------------------------------

HOME_B = d.Address("Low Liddel Farm", "Longtown", "Carlisle", "CA6 5TP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Isla", "Routledge")], dt.date(2012, 10, 30), addresses=[HOME_B], ids=["8117403536", "V909683931776"],
       schools=["William Howard School"]),
    _p("m", "mother", [("Kirsty", "Bell")], dt.date(1985, 1, 17), addresses=[HOME_B], phones=["07436 879 420"]),
    _p("f", "father", [("Tom", "Routledge")], dt.date(1981, 6, 6), addresses=[HOME_B], phones=["016973 29984"]),
], "c")

DOCS_B = [
    ("farm visit note typed fast on a phone", """visit [[low liddel|address]] 14/11 [[jo t|name]] w [[sam hetherington|name]] (EWO)
dad [[tom|name]] in lambing shed. says [[isla|name]] needed at home "every year, shes better than any lad"
mum [[kirsty|name]] in [[longtown|place]] at work (co-op). rang her [[07436 879 420|phone]] no ans
[[isla|name]] in shed, tired, hands chapped. says shes missed [[wm howard|school]] since [[3rd|date]]. misses her mate [[Evie Dodd|name]]
quad bike in yard, no helmet. [[isla|name]] drives it to top field by [[Arthuret|place]] road.
neighbour [[Geordie Little|name]] (next farm, [[Netherby|place]]) came by, said "leave them alone they're good folk"
Dad's landrover [[PN19 WKT|vehicle]]. ring ewo [[sam|name]] tmrw re attendance order
also: [[kirsty|name]]'s sister [[lorna|name]] in [[smithfield|place]] [[07623 619 464|phone]] could have [[isla|name]] weekdays?
gran [[Jean Routledge|name]] at [[Kirklinton|place]] ([[01228 013401|phone]]? school number - check). [[isla|name]]'s bro [[Fraser|name]]
(19)
works at [[Gretna|place]] outlet, lives w gf [[Kayleigh Armstrong|name]] - no relation to [[Kyle|name]]'s family
next visit [[21/11|date]] with [[tom|name]] + [[kirsty|name]] both. ask re [[isla|name]]'s DOB [[30/10/2012|dob]] - on system as
[[30/01/2012|dob]]??
"""),
    ("school attendance letter", """[[William Howard School|school]], [[Brampton|place]]
[[17 November 2026|date]]
Mr [[T Routledge|name]] and Ms [[K Bell|name]]
[[Low Liddel Farm|address]]
[[Longtown|place]]
[[CA6 5TP|postcode]]

Dear Mr [[Routledge|name]] and Ms [[Bell|name]],
Re: [[Isla Routledge|name]], Year 9, UPN [[V909683931776|upn]]
[[Isla|name]]'s attendance this term is 61%. She has been absent every day since Tuesday [[3 November|date]]. As we
discussed with Mr [[Hetherington|name]] on [[14/11/2026|date]], absence for farm work is not authorised.
Please contact me on [[01228 013401|phone]] before [[24.11.26|date]].
Yours sincerely,
Mrs [[Rachel Kerr|name]], Attendance Lead
"""),
]


# --- C. Baloch / Bugti, Botcherby, Carlisle --------------------------------------------------------------------------------

HOME_C = d.Address("6 Victoria Road", "Botcherby", "Carlisle", "CA1 2UR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mahnoor", "Baloch")], dt.date(2015, 5, 2), addresses=[HOME_C], ids=["4322355633", "B909606867610"],
       schools=["Pennine Way Primary School"]),
    _p("m", "mother", [("Gul Bano", "Baloch")], dt.date(1990, 3, 3), addresses=[HOME_C], phones=["07952 041 093"]),
    _p("f", "father", [("Naseer", "Bugti")], dt.date(1984, 9, 12), phones=["+971 50 228 9225"]),
], "c")

DOCS_C = [
    ("mosque women's group coordinator's email", """From: [[Shazia Rind|name]] <[[shazia.rind@carlislemuslimwomen.org.uk|email]]>
Sent: [[20 October 2026|date]] 19:02
To: [[Jo Tweddle|name]]
Subject: [[Gul Bano|name]] - worried

Dear [[Jo|name]],
I run the Tuesday sisters' circle at the Carlisle Islamic Centre. [[Gul Bano|name]] came for the first time in months. She
speaks Balochi and a little Urdu, no English. She said her husband [[Naseer|name]] is in Dubai ([[+971 50 228 9225|phone]]) and
sends money "when he wants". His cousin [[Jamal Bugti|name]] from [[Stanwix|place]] keeps the key to her door and checks her phone.
Her daughter [[Mahnoor|name]] (she writes it [[ماہ نور|name]]) translates everything, even at the doctor's. [[Mahnoor|name]] told my
daughter [[Sana|name]] at [[Pennine Way|school]] she is "not allowed to go on the trip to [[Keswick|place]]".
Her sister lives in [[Quetta|place]], [[+92 81 3067651|phone]]. Please ring me on [[07489 395 570|phone]].
[[Shazia|name]]

PS [[Sana|name]] says [[Mahnoor|name]] was crying at the Bitts Park play area on Saturday [[17 October|date]] because [[Jamal|name]]
took her phone. His wife [[Nasreen Bugti|name]] is kind, she lives at [[22 Etterby Street|address]] too.
"""),
    ("interpreter-assisted home visit record", """HOME VISIT RECORD     Date: Friday [[23/10/2026|date]]     Venue:
[[6 Victoria Road|address]], [[Botcherby|place]], [[CA1 2UR|postcode]]
Present: [[Gul Bano Baloch|name]] (mother), [[Mahnoor|name]] (from 15:40), [[Jo Tweddle|name]] (SW), interpreter
[[Abdul Wahid Marri|name]] (Balochi, by phone)
[[Gul Bano|name]] said she came from [[Turbat|place]] in 2019. She has not been further than [[Botcherby|place]] shops since the
spring. [[Jamal|name]] comes most evenings. She gave her mobile as [[07952 041 093|phone]]; she does not know the PIN.
[[Mahnoor|name]] (DOB [[02.05.2015|dob]], NHS [[432 235 5633|nhs]]) said she likes [[Pennine
Way|school]] and her teacher Mrs [[Fell|name]]. She worries Mum will be "sent back to [[Pasni|place]]".
Plan: ESOL at Tullie House? no - at the library; GP appointment with a female Balochi interpreter; strategy
discussion re [[Jamal Bugti|name]] on [[27 Oct|date]].
Family abroad: [[Gul Bano|name]]'s mother [[Hani Baloch|name]] in [[Quetta|place]] ([[+92 300 8142199|phone]]); brother
[[Dost Karim|name]] in
[[Gwadar|place]]. [[Naseer|name]] last came to [[Carlisle|place]] on [[14 February 2026|date]] and stayed with [[Jamal|name]] in
[[Stanwix|place]].
Neighbours: Mrs [[Teasdale|name]] at no. [[8|address]] takes [[Mahnoor|name]] to school on Wednesdays.
"""),
]


# --- D. Ngata / Hodgson, Pategill, Penrith ----------------------------------------------------------------------------------

HOME_D = d.Address("31 Skirsgill Gardens", "Pategill", "Penrith", "CA11 8EB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Manaia", "Ngata")], dt.date(2026, 8, 19), addresses=[HOME_D], ids=["6784621204"]),
    _p("m", "mother", [("Chloe", "Hodgson")], dt.date(2002, 12, 1), addresses=[HOME_D], phones=["07775 783 994"]),
    _p("f", "father", [("Rawiri", "Ngata")], dt.date(1999, 4, 25), addresses=[HOME_D], phones=["07311 416 086"]),
], "c")

DOCS_D = [
    ("health visitor's new birth visit record", """NEW BIRTH VISIT - [[Penrith|place]] Health Visiting Team      Visit date:
[[01/09/2026|date]]
Baby: [[Manaia NGATA|name]]   DOB [[19/08/2026|dob]]   NHS [[678 462 1204|nhs]]   Born at Cumberland Infirmary, 38+2
Address: [[31 Skirsgill Gdns|address]], [[Pategill|place]], [[Penrith|place]] [[CA11 8EB|postcode]]
Mother: [[Chloe Hodgson|name]], 23, [[07775 783 994|phone]]. Father: [[Rawiri Ngata|name]], 27, from [[Rotorua|place]],
[[07311 416 086|phone]].
Paternal grandmother ("nanny") [[Hinemoa|name]] on video from [[Ōhinemutu|place]] during visit, [[+64 7 711 4189|phone]].
Small bluish mark on left buttock: parents say it was there at birth; [[Rawiri|name]]'s family all had them. Documented,
body map done, to discuss with GP Dr [[Pattinson|name]] at Birbeck Medical Group.
Mum's friend [[Tasha Wren|name]] (lives at [[Castletown|place]]) helps most days.
HV: [[Megan Addison|name]], [[01768 266733|phone]]
"""),
    ("whānau hui note typed from a flipchart", """WHĀNAU HUI - [[Manaia|name]]      [[12.11.26|date]]      [[Penrith|place]] Methodist
Church hall
Who came: [[Rawiri|name]], [[Chloe|name]], nanny [[Hinemoa|name]] + koro [[Tame Ngata|name]] (video from [[Rotorua|place]]),
uncle [[Wiremu|name]] ([[+64 21 107 6092|phone]], [[Hamilton|place]]), [[Chloe|name]]'s mum [[Dawn Hodgson|name]] ([[Shap|place]]),
SW [[Jo Tweddle|name]], HV [[Megan|name]]
WHAT WE'RE PROUD OF: [[Manaia|name]] feeding well. [[Rawiri|name]] does nights. karakia before tea.
Koro [[Tame Ngata|name]] and nanny [[Hinemoa|name]] visiting [[Penrith|place]] from [[4 January|date]] to [[1 February|date]]; staying at
[[Dawn|name]]'s, [[2 Kemplay Bank|address]], [[Shap|place]]. [[Rawiri|name]]'s cousin [[Aroha Ngata|name]] in [[London|place]]
([[07952 041 093|phone]]? -
checked, wrong; hers is [[07162 978 072|phone]]).
WORRIES: bruise to [[Manaia|name]]'s cheek [[7 November|date]] (not a birthmark) - [[Chloe|name]] says the dog's paw.
[[Rawiri|name]] drinking at the [[Skirsgill|address]] flat with mate [[Dale Robinson|name]] (not to be at the house).
PLAN: [[Dawn|name]] stays Tue-Thu. [[Wiremu|name]] rings [[Rawiri|name]] every Sunday. Next hui [[10 December|date]].
Contacts: [[Rawiri|name]] [[07311 416 086|phone]]; [[Chloe|name]] [[07775 783 994|phone]]; [[Dawn|name]] [[01768 200586|phone]], [[2 Kemplay
Bank|address]], [[Shap|place]]. [[Tasha Wren|name]] to come next time. Koro [[Tame|name]] will ring [[Jo|name]] on
[[+64 21 107 6092|phone]]?
No - that is [[Wiremu|name]]'s. [[Tame|name]]'s is the marae office.
"""),
]


# --- E. Nixon / Storey, Currock, Carlisle ----------------------------------------------------------------------------------

HOME_E = d.Address("52 Boundary Road", "Currock", "Carlisle", "CA2 4HB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tayla-Mae", "Nixon")], dt.date(2020, 1, 14), addresses=[HOME_E], ids=["9629232030"]),
    _p("s", "sibling", [("Brody", "Storey")], dt.date(2016, 7, 7), addresses=[HOME_E], ids=["7629809395", "Z909659503783"],
       schools=["St Cuthbert's Catholic Community School"]),
    _p("m", "mother", [("Gemma", "Nixon")], dt.date(1995, 10, 10), addresses=[HOME_E], phones=["07320 376 298"]),
    _p("g", "grandparent", [("Rose", "Nixon")], dt.date(1968, 5, 5), phones=["01228 172 699"]),
], "c")

DOCS_E = [
    ("PCSO welfare check form scanned and OCR'd", """CUMBRIA CONSTABULARY   WELFARE CHECK / CONCERN FOR SAFETY   Form WC2
Officer: PCSO 7712 [[HEWITSON, Lee|name]]        Date/time: [[O6/11/2O26|date]]  1B:40
Location: [[52 Boundary Rd|address]], [[Currock|place]], [[CARLISLE|place]]  [[CA2 4HB|postcode]]
Persons present: [[NIXON, Gemma|name]] (mother) D0B [[1O/1O/1995|dob]] ; [[Tayla-Mae|name]] (approx 6) ; [[Brody|name]] (approx 10)
Reason: neighbour at no. [[54|address]], Mrs [[Pauline Iredale|name]] says kids out in garden til late, no coats.
Observations: no food in fridge except milk. Dog (Bruno) faeces on kitchen floor. [[Tayla-Mae|name]] in nappy, cold.
Mother states her mum [[Rose Nixon|name]] of [[Upperby|place]] ([[01228 172 699|phone]]) is "coming round".
Referral made to MASH. Signed: [[L Hewitson|name]]
"""),
    ("nan's Facebook Messenger thread with the social worker typed up", """Messenger, [[Rose Nixon|name]] and [[Jo Tweddle|name]] (Eden
Border Council), typed up [[10/11/2026|date]]

[[Rose Nixon|name]]  8 Nov 19:02  hiya [[jo|name]] its [[rose|name]] gemmas mam. ive got the bairns at mine in [[upperby|place]]
[[Rose Nixon|name]]  8 Nov 19:03  [[gemma|name]] went off with [[kev taylor|name]] to [[workington|place]] again. [[brody|name]] says
theres no tea
[[Jo Tweddle|name]]  8 Nov 19:20  Thank you [[Rose|name]]. Are [[Brody|name]] and [[Tayla-Mae|name]] ok? Can they stay with you tonight?
[[Rose Nixon|name]]  8 Nov 19:24  course. [[tayla|name]] has nits and the dog bit her hand but shes fine. [[brody|name]] has school at
[[st cuthberts|school]] monday ill take him
[[Rose Nixon|name]]  9 Nov 08:10  [[gemma|name]] back. new number [[07320 376 298|phone]]. shes in a state
"""),
]


# --- F. Milburn / Irving, Brampton ------------------------------------------------------------------------------------------

HOME_F = d.Address("8 Tarn Road", "", "Brampton", "CA8 1QT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ethan", "Milburn")], dt.date(2011, 3, 28), addresses=[HOME_F], ids=["8495858576", "G909249940602"],
       schools=["William Howard School"]),
    _p("m", "mother", [("Nicola", "Irving")], dt.date(1980, 11, 11), addresses=[HOME_F], phones=["07556 367 846"]),
], "c")

DOCS_F = [
    ("missing-from-home return interview record", """RETURN HOME INTERVIEW     Young person: [[Ethan MILBURN|name]]     DOB:
[[28/03/2011|dob]]
Address: [[8 Tarn Road|address]], [[Brampton|place]] [[CA8 1QT|postcode]]     School: [[William Howard|school]]
Missing: [[15/11/2026|date]] 16:00 to [[17/11/2026|date]] 11:30. Found by police at [[Haltwhistle|place]] station.
Interviewer: [[Callum Foster|name]], Missing Coordinator. Date of interview: [[19 November 2026|date]].
[[Ethan|name]] said he took the train from [[Brampton|place]] to [[Newcastle|place]] to see "[[Zak|name]]", who he met on
Snapchat, and stayed at a flat in [[Benwell|place]] with [[Zak|name]]'s cousin "[[Deano|name]]". He was given vapes and a phone.
He rang his mum [[Nicola|name]] once from [[07952 041 093|phone]] - not his phone. His mate [[Harvey Thirlwell|name]] from
[[Hallbankgate|place]] knew where he was. He does not want his stepdad [[Gary Irving|name]] told details.
Actions: NRM consideration; strategy discussion; [[Ethan|name]] to meet [[Callum|name]] again on [[26.11.26|date]].
"""),
    ("police missing person log", """CUMBRIA POLICE - MISSING PERSON LOG - MEDIUM RISK
[[15/11/26|date]] 21:10 Report from mother [[IRVING, Nicola|name]], [[07556 367 846|phone]], of son [[MILBURN, Ethan|name]] 15 yrs.
21:30 PC 3301 [[Dixon|name]] to [[8 Tarn Rd|address]]. Bedroom searched. Last seen [[Brampton|place]] Front Street 16:00.
[[16/11/26|date]] 02:15 Northumbria Police notified. Possible links to [[Benwell|place]], [[Newcastle|place]].
[[16/11/26|date]] 10:00 Friend [[Harvey THIRLWELL|name]] spoken to with his dad [[Paul|name]] at [[Hallbankgate|place]]: no info.
[[17/11/26|date]] 11:30 [[Ethan|name]] found at [[Haltwhistle|place]] railway station by PC [[Jo Charlton|name]] (Northumbria). Safe and
well check done.
[[17/11/26|date]] 13:00 Returned home to mother [[Nicola Irving|name]] at [[8 Tarn Road|address]], [[Brampton|place]]. Stepfather
[[Gary Irving|name]]
not present (at his brother [[Alan Irving|name]]'s in [[Lanercost|place]]). Return interview booked with [[Callum Foster|name]].
[[18/11/26|date]] 09:00 Update to [[Jo Tweddle|name]] by DS [[Hannah Telford|name]]. [[Zak|name]]'s number [[07035 343 223|phone]] passed to
Northumbria intel. [[Harvey Thirlwell|name]]'s mum [[Karen Thirlwell|name]] rang [[07212 096 292|phone]] to say [[Harvey|name]] got a
message from [[Zak|name]] too.
"""),
]


# --- Further documents, two more per family --------------------------------------------------------------------------------

DOCS_A += [
    ("child protection conference chair's summary", """INITIAL CHILD PROTECTION CONFERENCE - SUMMARY AND PLAN
Child: [[Kyle Armstrong|name]] (DOB [[9 April 2017|dob]])     Conference: [[19 November 2026|date]], Civic Centre, [[Carlisle|place]]
Chair: [[Margaret Lowther|name]] (IRO)     Minutes: [[Danielle Pool|name]]
Present: [[Leanne Armstrong|name]] (mother) with advocate [[Suzanne Graham|name]] (no relation to [[Craig|name]]); [[Jo Tweddle|name]]
(SW); [[Alison Bewley|name]] (liaison nurse); Mrs [[Fell|name]] was not present; [[Kyle|name]]'s class teacher Mr
[[Ian
Blamire|name]] ([[Yewdale|school]]); DC [[Sarah Carruthers|name]].
Apologies: Dr [[Oyelaran|name]]. Not invited: [[Craig Graham|name]] (bail condition not to contact [[Leanne|name]]).
[[Kyle|name]]'s birth father [[Dean Mounsey|name]] lives in [[Wigton|place]] and was told by letter sent to [[3 Station Hill|address]],
[[Wigton|place]], [[CA7 9BN|postcode]]; he did not attend.
Decision: child protection plan, category physical abuse. Core group: [[26 November|date]], then every six weeks. Review
conference: [[18 February 2027|date]]. [[Kyle|name]]'s words: "I want [[Craig|name]] to not come back and I want my nana
[[Sylvia|name]] at [[Belle Vue|place]] to have me at weekends."
"""),
]

DOCS_B += [
    ("young person's own letter to the social worker", """to [[jo|name]]

i no you think dad is bad for keeping me off but he isnt. mam works at the co op in [[longtown|place]] and grandad [[bell|name]]
is poorly in [[Brampton|place]] hospital so there is only me. i like lambing better than school. at [[william howard|school]]
[[kayden|name]] and [[mia|name]] call me sheep girl. my freind [[evie|name]] is the only one who talks to me. she lives at
[[Canonbie|place]] over the border.
can i come to school 3 days till end of lambing? dad says ok if you say. our phone is [[016973 29984|phone]] but it only
works in the kitchen.
from [[isla|name]] ([[Isla Routledge|name]] year 9)
ps [[evie|name]] says hi to [[jo|name]]. her mum is [[Donna Dodd|name]] from [[Canonbie|place]] [[07133 064 044|phone]] if you need.
pps my birthday is [[30th october|dob]] and dad forgot because of the tups.
"""),
]

DOCS_C += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[BALOCH, Mahnoor|name]] - [[27/10/2026|date]] 10:00 (Teams)
Attendees: [[Jo Tweddle|name]] (SW, chair), DS [[Hannah Telford|name]] (Public Protection), Mrs [[Fell|name]] was replaced by
[[Aisha Qureshi|name]] (DSL, [[Pennine Way|school]]), Dr [[Ruth Carrick|name]] (GP, Fusehill Medical Practice), [[Shazia Rind|name]]
(community, for item 1 only).
1. [[Shazia|name]]: [[Jamal Bugti|name]] (DOB [[14/02/1988|dob]]), of [[22 Etterby Street|address]], [[Stanwix|place]], drives
a grey Toyota, [[SF68 BXR|vehicle]]. He told [[Gul Bano|name]] that [[Naseer|name]] will take [[Mahnoor|name]] to [[Karachi|place]]
"for the summer" to marry her cousin [[Shahzeb|name]]. Forced marriage risk noted.
2. Police: [[Jamal|name]] known for a 2024 assault in [[Harraby|place]] (no further action).
3. Actions: FMU advice; [[Mahnoor|name]]'s passport held? ([[Gul Bano|name]] says [[Jamal|name]] has it); s47 enquiry; next meeting
[[3 November|date]]. [[Naseer Bugti|name]] to be rung on [[+971 50 228 9225|phone]] with an interpreter.
"""),
]

DOCS_D += [
    ("child protection medical report", """PAEDIATRIC CHILD PROTECTION MEDICAL - Cumberland Infirmary, Children's Unit
Name: [[Manaia Ngata|name]]   DOB: [[19.08.2026|dob]]   NHS: [[678 462 1204|nhs]]   Examined: [[8 November 2026|date]] 14:30
Address: [[31 Skirsgill Gardens|address]], [[Penrith|place]], [[CA11 8EB|postcode]]
Accompanied by: mother [[Chloe Hodgson|name]]; maternal grandmother [[Dawn Hodgson|name]]; SW [[Jo Tweddle|name]].
Examining doctor: Dr [[Fiona Lattimer|name]], Consultant Paediatrician.
History from mother: on [[7/11|date]] at about 18:00 [[Manaia|name]] was on the sofa; the dog ("Kai") jumped up. [[Rawiri|name]] was
at work at the Rheged centre. Friend [[Tasha|name]] was there.
Findings: 1) 2 x 1.5 cm bruise left cheek, two linear parts with sparing between. 2) Congenital dermal melanocytosis, sacrum
and left buttock, as documented by HV [[Megan Addison|name]] on [[01/09/2026|date]]; not a bruise.
Opinion: the cheek bruise in a non-mobile baby of 11 weeks is not explained by the history; skeletal survey and CT head
booked for [[9/11/2026|date]]. Siblings: none. [[Rawiri|name]]'s mother [[Hinemoa Ngata|name]] rang from [[Rotorua|place]] during
the consultation ([[+64 7 711 4189|phone]]).
Plan: [[Manaia|name]] to stay with [[Dawn Hodgson|name]] at [[2 Kemplay Bank|address]], [[Shap|place]], [[CA10 3PW|postcode]] pending
results; [[Rawiri|name]] and [[Chloe|name]] supervised contact. GP Dr [[Pattinson|name]] and HV [[Megan Addison|name]] informed
[[08/11/2026|date]]. Copy to [[Jo Tweddle|name]] and DS [[Hannah Telford|name]].
"""),
]

DOCS_E += [
    ("neglect assessment tool summary", """GRADED CARE PROFILE 2 - SUMMARY     Child(ren): [[Tayla-Mae Nixon|name]] (DOB
[[14/01/2020|dob]], NHS [[962 923 2030|nhs]]) and
[[Brody Storey|name]] (DOB [[07/07/2016|dob]], UPN [[Z909659503783|upn]])
Carer: [[Gemma Nixon|name]]     Home: [[52 Boundary Road|address]], [[Currock|place]], [[Carlisle|place]] [[CA2 4HB|postcode]]
Assessor: [[Jo Tweddle|name]]     Dates: [[12/11/2026|date]], [[16/11/2026|date]] (unannounced), [[20/11/2026|date]]
Physical care: grade 4. [[Tayla-Mae|name]] still in nappies at nearly 7; [[Brody|name]] wears the same uniform all week; no beds,
mattresses on floor. Safety: grade 4 - Bruno (Staffie) unsupervised with [[Tayla-Mae|name]]; bite to her hand [[8 Nov|date]].
Love and care: grade 3. [[Gemma|name]] warm when sober. Her partner [[Kevin Taylor|name]] from [[Workington|place]] (not on record)
stays most weekends. Nan [[Rose Nixon|name]] does the school run from [[Upperby|place]] to [[St Cuthbert's|school]].
Stimulation: grade 4. [[Brody|name]]'s dad [[Liam Storey|name]] in [[Dumfries|place]] has not seen him since 2023.
Chronology: [[3 March 2026|date]] school nurse [[Lynn Bowman|name]] - head lice, weight low; [[19 June 2026|date]] [[Brody|name]] found
at Hammonds Pond park at 21:30 by neighbour [[Pauline Iredale|name]]; [[2 Sept 2026|date]] [[Gemma|name]]
arrested at [[Botchergate|address]], released; [[6 Nov 2026|date]] welfare check by PCSO [[Lee Hewitson|name]].
"""),
]

DOCS_F += [
    ("exploitation screening tool", """CHILD EXPLOITATION SCREENING TOOL     Date completed: [[20-11-2026|date]]
Young person: [[Ethan Milburn|name]]   DOB [[28.03.2011|dob]]   NHS [[849 585 8576|nhs]]   UPN [[G909249940602|upn]]
Home: [[8 Tarn Road|address]], [[Brampton|place]], [[CA8 1QT|postcode]]   Mother: [[Nicola Irving|name]] [[07556 367 846|phone]]
Completed by: [[Callum Foster|name]] with [[Jo Tweddle|name]]
Indicators: missing overnight x2 ([[15/11/26|date]]; earlier [[3 October|date]] to [[Gretna|place]]); new phone and trainers;
older males: "[[Zak|name]]" (thought to be [[Zakariya Hussein|name]], 19, [[Benwell|place]]) and "[[Deano|name]]"; a car
[[NK21 ZPO|vehicle]] seen outside school; school ([[William Howard|school]]) reports drop in attendance; friend [[Harvey|name]]
also missing once. [[Ethan|name]]'s stepdad [[Gary|name]] has told him "don't come back". Grandmother [[Irene Milburn|name]]
in [[Haltwhistle|place]] is a safe place.
Score: significant risk. Referral to the Child Exploitation panel on [[2 December 2026|date]].
Known to: PC [[Dixon|name]] (Cumbria), DS [[Hannah Telford|name]]; [[Zak|name]] also known to Northumbria officer PC [[Jo Charlton|name]].
[[Ethan|name]]'s view: "[[Zak|name]] is sound. He bought me food in [[Newcastle|place]] and [[Deano|name]] drove us to
[[Whitley Bay|place]]."
Nan [[Irene Milburn|name]], [[4 Westgate|address]], [[Haltwhistle|place]], [[NE49 0AX|postcode]], [[01228 955702|phone]]? - no; hers is
[[07093 984 958|phone]]. [[Nicola|name]] agrees [[Ethan|name]] can stay there from [[21/11/2026|date]].
"""),
]


DOCS_A += [
    ("core group minutes", """CORE GROUP MEETING - [[Kyle Armstrong|name]] - [[26.11.2026|date]] - [[Yewdale|school]] school library
Present: [[Leanne|name]]; [[Jo Tweddle|name]]; [[Ian Blamire|name]]; nana [[Sylvia Armstrong|name]]; [[Alison Bewley|name]] (by phone,
[[01228 955702|phone]]). [[Kyle|name]] joined for ten minutes with his Lego.
Updates: [[Craig Graham|name]] remanded after breach on [[21 November|date]] at [[14 Dalston Road|address]]; neighbour [[Shelley
Nicholson|name]] at no. [[16|address]] called 999. [[Leanne|name]] has a new number,
[[07489 395 570|phone]]? - no, that is [[Shazia|name]]'s old one; [[Leanne|name]] to give it to [[Jo|name]] privately.
Weekend stays at nana [[Sylvia|name]]'s, [[Belle Vue|place]], going well.
[[Kyle|name]] attendance 96%. Next core group [[7 January 2027|date]].
Actions: [[Jo|name]] to visit [[Sylvia Armstrong|name]] at [[9 Holme Head Way|address]], [[Belle Vue|place]], [[CA2 7QD|postcode]] by
[[3 December|date]]; [[Ian Blamire|name]] to refer [[Kyle|name]] to the school counsellor [[Mandy Graves|name]]; [[Leanne|name]] to see
[[Anna Scott|name]] (IDVA, [[01228 172 699|phone]]? - no, that is [[Rose Nixon|name]]'s; IDVA number from [[Jo|name]]). [[Kyle|name]]'s
cousin [[Bailey Armstrong|name]] from [[Harker|place]] may stay over on [[12/12/2026|date]]. [[Craig|name]]'s mother [[Pat Graham|name]]
of [[Longtown|place]] asked [[Sylvia|name]] for photos of [[Kyle|name]]: not agreed.
"""),
]

DOCS_B += [
    ("education welfare officer's emails", """From: [[Sam Hetherington|name]] <[[sam.hetherington@edenborder.gov.uk|email]]>
Sent: [[25 November 2026|date]] 16:44
To: [[Rachel Kerr|name]]; [[Jo Tweddle|name]]
Subject: RE: [[Isla R|name]] - part-time timetable till [[18 Dec|date]]?

[[Rachel|name]], spoke to [[Tom Routledge|name]] at the mart in [[Longtown|place]] today. He agrees: [[Isla|name]] in Mon, Wed, Fri
from [[30 November|date]], picked up by her aunt [[Lorna Bell|name]] from [[Smithfield|place]] ([[07623 619 464|phone]]).
[[Kirsty|name]] wants the school bus back. Quad bike: [[Tom|name]] says [[Isla|name]] will wear a helmet. Not convinced.
[[Sam|name]]

> From: [[Rachel Kerr|name]] Sent: [[24/11/2026|date]] 12:01
> [[Isla|name]] came in on [[23rd|date]] and told her form tutor Miss [[Dodd|name]] she is "too tired to think".
"""),
]

DOCS_C += [
    ("GP receptionist's telephone note", """Fusehill Medical Practice - telephone encounter - [[02/11/2026|date]] 09:12 - taken by
[[Kerry|name]] (reception)
Caller: man said he is "husband's cousin" of patient [[Gul Bano Baloch|name]] (DOB [[03/03/1990|dob]]), asked for her
appointment time and test results. Gave name [[J Bugti|name]], number [[07311 416 086|phone]]? - checked, not on file. Not given.
Patient's registered mobile [[07952 041 093|phone]]. Daughter [[Mahnoor|name]] rang at 09:30 from school ([[Pennine Way|school]]) to
ask the same. Flagged to Dr [[Carrick|name]] and safeguarding lead [[Debbie Routh|name]].
[[03/11/2026|date]] 14:05 same man rang again, said he was "[[Naseer|name]]". Accent local. [[Kerry|name]] asked for DOB: gave
[[12/09/1984|dob]]. Call ended. [[Debbie|name]] rang [[Jo Tweddle|name]]; told to expect [[Jamal Bugti|name]] to try again.
[[04/11/2026|date]] 10:20 [[Gul Bano|name]] came in with [[Shazia Rind|name]]; Dr [[Ruth Carrick|name]] saw her alone with interpreter
[[Abdul Wahid Marri|name]] by phone.
"""),
]

DOCS_D += [
    ("father's own email to the social worker", """From: [[rawiri.ngata99@gmail.com|email]]
To: [[Jo Tweddle|name]]
Date: Sun [[15 Nov 2026|date]] 23:12
Subject: my boy

kia ora [[jo|name]]
i never hurt [[manaia|name]]. i was at work at rheged til 7 you can ask my boss [[Steve Kitching|name]]. [[chloe|name]] is a good mum,
[[tash|name]] was there. my mum [[hinemoa|name]] says i should come home to [[rotorua|place]] with my son but i wont take him from
[[chloe|name]]. my uncle [[wiremu|name]] can send a letter. i stopped drinking with [[dale|name]]. please can i see my boy at
[[dawn|name]]'s house in [[shap|place]]. my number is [[07311 416 086|phone]]
ngā mihi, [[Rawiri|name]]
"""),
]

DOCS_E += [
    ("dog warden's note passed to the social worker", """EDEN BORDER COUNCIL - DOG WARDEN SERVICE - VISIT NOTE   [[11/11/2026|date]]
Premises: [[52 Boundary Rd|address]], [[Currock|place]] [[CA2 4HB|postcode]]. Owner: [[Gemma Nixon|name]].
Dog: Staffordshire bull terrier "Bruno", not microchipped. Bite to a child ([[Tayla-Mae|name]]) reported by grandmother
[[Rose Nixon|name]] on [[8/11|date]]. Neighbour Mrs [[Iredale|name]] at no. [[54|address]] reports barking and a van
[[WX66 HKD|vehicle]] parked outside at night ([[Kevin Taylor|name]]?). Warden: [[Gary Tinnion|name]], [[01228 008436|phone]].
[[Gemma|name]] said the dog is her ex [[Liam Storey|name]]'s and he will take it to [[Annan|place]]. [[Brody|name]] asked me not to
take Bruno. Follow-up visit [[18/11/2026|date]]: dog gone to [[Liam|name]]'s brother [[Shaun Storey|name]] at [[Longtown|place]].
Copied to [[Jo Tweddle|name]] (social worker) and PCSO [[Lee Hewitson|name]].
"""),
]

DOCS_F += [
    ("police intelligence submission", """INTELLIGENCE SUBMISSION (5x5x5) - [[22/11/2026|date]] - Source: professional
Subject 1: [[HUSSEIN, Zakariya|name]] aka "[[Zak|name]]", 19, of [[Flat 3, 41 Adelaide Terrace|address]], [[Benwell|place]],
[[Newcastle upon Tyne|place]] [[NE4 8BE|postcode]]. Subject 2: "[[Deano|name]]", white male, 20s.
[[Ethan MILBURN|name]] (DOB [[28/03/2011|dob]]) of [[Brampton|place]] reports being taken from [[Haltwhistle|place]] station to
the above address. Phone used to call his mother: [[07952 041 093|phone]]. A second phone, [[07035 343 223|phone]], texts [[Ethan|name]]
"work". Vehicle [[NK21 ZPO|vehicle]] seen at [[William Howard|school]] on [[18/11|date]].
Submitted by: [[Callum Foster|name]], Missing Coordinator.
Other associates named by [[Ethan|name]]: "[[Tiggy|name]]" ([[Tiago Moreira|name]]?), a girl "[[Paige|name]]" from [[Elswick|place]], and a
driver called [[Keegan|name]] with a white Golf [[ND70 XKA|vehicle]]. The flat's neighbour, Mr [[Owusu|name]] at [[Flat 4|address]],
let [[Ethan|name]] use his phone on [[16 November|date]]. [[Ethan|name]]'s bank card was used at [[Hexham|place]] on [[17/11/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 100 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 06:53 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "nurse", "me", "nan", "nanny", "mum", "mam",
           "dad", "uncle", "koro", "whānau", "sw", "hv", "ewo", "interpreter"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "cumbria", "cumberland", "eden", "northumberland", "pakistan", "balochistan", "dubai", "uae",
               "new zealand", "aotearoa", "scotland"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker, then this set's
# titles and kinship words ("nanny Hinemoa", "koro Tame Ngata", "uncle Wiremu") and counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
