"""Set 75: a seventieth held-out hand-written set for the redaction detector, six more invented families in West Kent, written in one
sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files other
helpers were writing at the same time (bench/redaction_set74.py, redaction_set76.py, redaction_set77.py and their tests), that
did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here;
set 21's header, its first family's record and first document, and its closing word lists and checker were read closely; the
rest of its documents only skimmed past on the screen), tests/test_redaction_set25.py (for the size and NAME checks), the
module docstrings of bench/redaction_set7.py to redaction_set73.py (printed with ast and searched only for town, estate and
community words, to pick homes and communities no earlier set used), and the `_party`, `Records`, `HandSet`, `word_problems`
and `_parse` helpers of bench/redaction_handwritten.py; nothing of set 15's checker was read beyond calling its problems().
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked (python-stdnum for the
UPNs) in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families in West Kent, each from a town, district or estate no earlier set used as a family's home. Three of the kinds
most common in children's social care: a white British family on Queens Avenue in Snodland, with a grandmother in Larkfield
(Mayhew / Hardy; a girl of 14 threatened by her mother's partner over Snapchat, an older boy with a car, a boy of 6 with a
bruise and missed health visits, a grandmother who wants to be on the plan), a white British family in Sherwood, Tunbridge
Wells, with a grandfather in Paddock Wood and a father from Trench Wood, Tonbridge (Pettit / Sands; domestic abuse, a boy of 3
burned on an oven door, a girl of 11 who rang her grandad, pre-proceedings), and a mixed Black British and white British
family on Bevan Place in Swanley, with a grandmother in Hextable (Okonkwo-Reeves / Reeves; a boy of 16 found in Margate running
a county line, debt bondage, an older brother on remand, a car seen outside a sister's primary school). Three from communities
no earlier set used: a Mozambican family in Swanscombe, Portuguese and Changana speaking, with an uncle in Greenhithe and a
grandmother in Matola (Cossa / Macuácua / Nhantumbo; a boy of 12 hit by his mother's boyfriend, a boy who minds his sister
while his mother cleans at night, a broken street door), a Kannada-speaking family from Karnataka in Kings Hill, with a
grandmother visiting from Mysuru (Gowda; a girl of 15 with weight loss and self-harm under exam pressure, groomed on Instagram
by a man of 34 posing as a student of 19, a father who broke a glass), and a Haitian family in Edenbridge, with an aunt in
Saint-Denis and a grandmother in Jacmel (Jean-Baptiste / Pierre; a boy of 13 out at night with older boys from Oxted, mould
and asthma, a stepfather's slap, a family group conference). 24 documents, twelve of them plain professional recording (a
health visitor's contact record, an initial child protection conference report, a multi-agency referral form, a home visit
note with a phone interpreter, a GP's referral letter to CAMHS, strategy discussion minutes, a chronology table, a letter
before proceedings, core group minutes, a supervised contact record, a National Referral Mechanism referral summary and a
return home interview) and twelve of the other kinds a case file holds, of types or styles no earlier set used where possible:
Snapchat messages typed up by a school DSL, a grandmother's handwritten letter scanned with OCR errors, WhatsApp voice notes
transcribed and translated from Portuguese, a housing association's web repair request with staff notes, Instagram direct
messages from a police digital media investigator's extract (with Kannada script), a father's email (with Kannada script), a
police body-worn video transcript, a social worker's notes typed fast on a phone, a family group conference plan written by
the family (with Haitian Creole), a foodbank e-referral, texts between a mother and a youth worker, and a police notification
scanned from a fax with OCR errors.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Mozambique, India, France, Haiti); NHS numbers and UPNs (LA number 886, Kent) pass their
check digits; NI numbers have a valid format. The council (Medway Vale) is invented, and so are Ladds Lane Academy, Leybourne
Grange Grammar School, Eden Valley Academy, Little Acorns Day Nursery, the landlord (Tye Lettings), the solicitors (Thackray
Pope & Co), the foodbank's and the housing association's names and the Rivers youth project; towns, districts, estates,
villages, real schools, hospitals, surgeries, police forces, prisons, stations, shopping centres, parks, charities, brands,
apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DS,
DC, HV, SW, Mum, Nan, grandad, Tio, avó, Mãe, appa, ajji, akka, Tatie, Tonton, Grann, Mme, Dona, Pastor) stay outside the name
span, before or after the name ("[[varsha|name]] akka", "grandad [[terry|name]]", "miss [[kemsley|name]]"); a possessive 's
and a bare texting s ("[[kd|name]]s mum", "[[kayleigh|name]]s") stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("MAYHEW, Taylor-Jay", "PETTIT, Brooke", "OKONKWO-REEVES, Kayden", "REEVES, Stacey
Anne"), and so is "SURNAME First" ("JEAN-BAPTISTE Marie-Lourdes", "REEVES Ruby") and "First SURNAME" ("Ananya GOWDA", "Graça
COSSA"); an initial with a surname is one span ("P. Mayhew", "N. BHATT", "S. Lennon", "M-L Jean-Baptiste"), and so is a first
name with an initial after it ("Kabir V", "Grace W"); initials alone ("T.") are not marked; a collar number beside a name
stays outside; a name, address, place, school or date broken by a line break or a hyphenated line break is one span holding
the break ("Jonathan\nBaptiste", "Brenda Wool-\nlett", "2 Egert0n\nAvenue", "St Kath-\nerines"); usernames and handles
("summ.erxx", "lew.h90", "kabir.ldn.v", "ananya.g.11") are not marked, but a display name or contact name that is a person's
name or nickname is ("Anu", "Kabir V", "Zé" before its emoji, "Stacey", "Jas"), while a contact saved under a kinship word
("Mãe") is not. A street address is one span, its town a place, its postcode a postcode; a street named without a number is an
address ("Brook Lane", "Hever Road", "The Green"), and so is a neighbour's bare house number ("no. 10", "no. 14") and an
address abroad ("Rua da Resistência 318", Matola; "No. 214, 4th Cross, Kuvempunagar", Mysuru; "14 rue Gabriel Péri",
Saint-Denis); foreign postal codes ("570023", "93200") are postcodes; towns, villages, districts and estates are places at home
or abroad; countries, counties and regions are not ("Kent", "Hampshire", "Mozambique", "Moçambique", "India", "Karnataka",
"Haiti", "France"); organisations are not marked even when they hold a town's or a person's name; a school's, academy's,
nursery's or alternative provision's name is a school, and so is its short form ("Ladds Lane", "Eden Valley", "Orchards",
"Knockhall", "Leybourne Grange", "st barnabas"); a date of birth is dob, any other calendar date with a day is date (a weekday
before it stays outside: "Tues [[21/10/26|date]]", "wed [[4th|date]]"), the bare day in a range is a date of its own
("[[5|date]]-[[9 November 2026|date]]"), and months and years alone are not marked ("Jan-Mar 2025", "dob 1967?"); pets' names
(Bruno) are not names; a firm named after people marks only the names ("[[Tye|name]] Lettings", "[[Thackray|name]]
[[Pope|name]] & Co"); parks, stations, shopping centres and shops are landmarks and stay unmarked (Stangrove Park, Bluewater,
Ebbsfleet International, Asda, the Co-op); a surname or first name that is also a word or a town is marked by what it refers to
(Summer, Brooke, Jade, Ruby, Grace, Will Hadlow, Iris Marden, Penny Lingfield, Tess Goudhurst, Paisley, Stanley are names; Marden,
Lingfield and Paddock Wood are places where they are places); a name in another script (Kannada "ಅನನ್ಯ") is a name; a service or
branch named by its town in lower-case words ("[[Margate|place]] station", "[[Swanley|place]] station", "[[Maidstone|place]] East
station", "[[Swanley|place]] Neighbourhood Team", "the [[Sevenoaks|place]] Jobcentre", "([[Edenbridge|place]] outreach)", "a
[[Margate|place]] supply offence", "[[tonbridge|place]] team") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a surname spelled out
letter by letter on body-worn video ("P-E-T-T-I-T") is a name; a date of birth said over a police radio ("nine one
ninety-two") is a dob and a registration read in the phonetic alphabet ("Golf Kilo Seven Zero Tango Foxtrot X-ray") a vehicle;
OCR and fax errors are marked as what they stand for ("0yelaran", "ME2O 6QJ", "0KONKWO-REEVES Kayden", "26.O4.2010", "31 Bevan
P1ace", "Egert0n", "LD2l HZK"); local short forms of a town ("TW" for Tunbridge Wells, "Paddock" for Paddock Wood) are places,
and a short form of a street ("Bevan", "31 bevan", "egerton ave", "Greggs Wood Rd") an address; a partial postcode ("TN2") is a
postcode; "reg" meaning a car's registration is not a name, though "reg" and "Reg" for Reggie are; "pembury" and "(Pembury)"
meaning the hospital there are the hospital and stay unmarked, as do organisations named after their town as a proper name
(Snodland Medical Centre, Wateringbury & Kings Hill Surgery, Swanscombe Health Centre, Swanley Medical Practice, Tunbridge
Wells Hospital, Maidstone Hospital, Larkfield Leisure Centre, Edenbridge Leisure Centre, Edenbridge Library, Sevenoaks
Children's Centre, Citizens Advice Sevenoaks, Swanscombe & Greenhithe Homes, HMP Elmley, "elmley"); a conference venue named
by a building and its town ("Gibson Building, Kings Hill") marks the town; a Portuguese church (Igreja Universal) is an
organisation; a French date ("19 déc", "3 janvier") is a date; an Indian school's name ("Marimallappa's") is a school; a
police force's county named loosely ("Hampshire police", "Hampshire's report") stays unmarked; a housing or foodbank reference,
a LanguageLine reference, a GMC number, an exhibit or incident number and a collar number are not marked.

Self-check without the detector: `python -m bench.redaction_set75` (and tests/test_redaction_set75.py) runs set 15's checker
(which runs the sets before it) on this set, adds this set's titles and kinship words (before and after a name) and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,006 gold spans, 568 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Mayhew / Hardy family (white British), Snodland, with a grandmother in Larkfield ------------------------------------

HOME_A = d.Address("22 Queens Avenue", "", "Snodland", "ME6 5BP")
NAN_A = d.Address("7 Martin Square", "Larkfield", "Aylesford", "ME20 6QJ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Summer", "Mayhew")], dt.date(2012, 6, 4), addresses=[HOME_A], ids=["796 708 7518", "Y886166124944"],
       schools=["Ladds Lane Academy"]),
    _p("s", "sibling", [("Taylor-Jay", "Mayhew")], dt.date(2020, 10, 19), addresses=[HOME_A], ids=["514 475 9742"]),
    _p("m", "mother", [("Kirsty", "Mayhew")], dt.date(1993, 2, 27), addresses=[HOME_A], phones=["07841 226 390"],
       ids=["JK 40 61 27 B"]),
    _p("f", "partner", [("Lewis", "Hardy")], dt.date(1990, 8, 12), phones=["07962 105 477"]),
    _p("g", "grandparent", [("Pauline", "Mayhew")], dt.date(1964, 12, 1), addresses=[NAN_A], phones=["01732 843 552"]),
    _p("p1", "professional", [("Harriet", "Oyelaran")], phones=["0300 041 8890"], emails=["harriet.oyelaran@medwayvale.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's contact note", """HEALTH VISITING - CONTACT RECORD (home visit)
Child: [[MAYHEW, Taylor-Jay|name]]   DOB [[19.10.2020|dob]]   NHS no. [[514 475 9742|nhs]]
Address: [[22 Queens Avenue|address]], [[Snodland|place]], [[ME6 5BP|postcode]]
Seen by: [[Bethan Okafor-Reid|name]], Health Visitor, Kent Community Health   Date: Tuesday [[03/11/2026|date]]   Time: 10:15

Present: mother [[Kirsty Mayhew|name]] ([[07841 226 390|phone]]), [[Taylor-Jay|name]] ("[[TJ|name]]"), and for part of the visit
Mum's partner [[Lewis Hardy|name]], who came downstairs at 10:40 and left for work in a white van ([[GX17 RPN|vehicle]]).
Purpose: 6-year catch-up visit requested by GP Dr [[Mistry|name]] at Snodland Medical Centre after two missed
appointments (the [[14th|date]] and [[28th of September|date]]).

Home: front room cold, a bag of washing by the door, the back bedroom window boarded after "[[Lewis|name]] put his fist
through it" (Mum's words, laughed off). Dog (Bruno) shut in the kitchen. Older sister [[Summer|name]] (14) not in school today;
Mum said she had "a migraine" but she was heard on the phone upstairs laughing.
[[TJ|name]]: small for age, speech unclear, toileting accidents since the summer. Mum said nursery at [[Little Acorns|school]] in
[[Holborough|place]] "kicked him out". Bruise 2 cm yellow-green to left upper arm, Mum said "from [[Summer|name]] swinging him".

Mum said her own mum, [[Pauline|name]], in [[Larkfield|place]], has "washed her hands of us" since a row in August.
A neighbour at no. 24, [[Sandra|name]], has been "calling the social" on them, she said.

Plan: referral to Early Help declined; consulted safeguarding nurse [[Gemma Pryce|name]] - agreed referral to the Front Door
today. Review home visit [[17 Nov|date]]. HV tel [[01634 240 118|phone]].
"""),
    ("Snapchat messages typed up by the school", """LADDS LANE ACADEMY - DSL record. Screenshots shown to me by [[Summer|name]] on
[[06/11/26|date]], typed up
word for word by [[Natalie Crouch|name]] (DSL). Usernames kept as they appear; I have added who they are in brackets.

summ.erxx (= [[Summer|name]])
lew.h90 (= [[Lewis|name]], Mum's partner - [[Summer|name]] says)

lew.h90: u tell ur nan anythin and ur mum goes back in the hospital ok
summ.erxx: i never said nothing
lew.h90: [[pauline|name]] rang ur mum so someone did
summ.erxx: it wasnt me it was [[sandra|name]] next door she hears everythin
lew.h90: dont go [[larkfield|place]] after school then. come straight home and get [[tj|name]] from [[kayleigh|name]]s
summ.erxx: im going [[maddie|name]]s in [[east malling|place]]
lew.h90: ur not. 4pm or i take ur phone
summ.erxx: ur not my dad
lew.h90: ask ur real dad then oh wait 😂

Group chat "ladds lane yr9 gc" (the same afternoon, [[Summer|name]]'s messages only shown):
summ.erxx: can some1 get me from the bus stop by the [[snodland|place]] co-op
summ.erxx: [[jakey|name]] ur brother has a car dont he
summ.erxx: not home. anywhere. [[mya|name]] can i stay at urs
Reply from "[[Mya Ballard|name]]": ye ask ur mum tho lol, we live [[Brook Lane|address]] now not [[Ham Hill|place]]

DSL note: [[Summer|name]] asked me not to tell Mum. I explained why I have to share this. Phoned the Front Door at 14:20,
spoke to [[Rob Standen|name]]; Mum phoned at 14:55 on [[07841 226 390|phone]] - no answer, voicemail left.
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Medway Vale Council Children's Services - West Kent Area Team

Children: [[Summer Mayhew|name]] (DOB [[04/06/2012|dob]]; UPN [[Y886166124944|upn]]; NHS [[796 708 7518|nhs]]) and
[[Taylor-Jay Mayhew|name]] (DOB [[19/10/2020|dob]])
Address: [[22 Queens Avenue, Snodland|address]], Kent [[ME6 5BP|postcode]]
Conference date: [[24 November 2026|date]], 10:00, Gibson Building, [[Kings Hill|place]]
Social worker: [[Harriet Oyelaran|name]] ([[0300 041 8890|phone]]; [[harriet.oyelaran@medwayvale.gov.uk|email]])
Chair: [[Andrew Mbeki-Lowe|name]]

1. Reason for conference
A strategy discussion on [[9 November 2026|date]] (police: DC [[Fran Whitlock|name]], Kent Police; health: [[Gemma Pryce|name]])
agreed a section 47 enquiry after [[Summer|name]] showed threatening messages from Mrs [[Mayhew|name]]'s partner, Mr [[Lewis Hardy|name]]
(DOB [[12/08/1990|dob]]), and after the health visitor saw a bruise on [[Taylor-Jay|name]].

2. Family and network
[[Kirsty Mayhew|name]] (mother, 33) has lived in [[Snodland|place]] all her life; she grew up on [[Lee Road|address]] with her mother,
[[Pauline Mayhew|name]], who now lives at [[7 Martin Square|address]], [[Larkfield|place]] ([[01732 843 552|phone]]). [[Summer|name]]'s
father,
[[Craig Denness|name]], lives in [[Rainham|place]] and has not seen her since 2019. [[Taylor-Jay|name]]'s father is Mr [[Hardy|name]].
Mr [[Hardy|name]] has a caution for criminal damage in [[Maidstone|place]] ([[02/03/2024|date]]) and was the subject of a Clare's Law
disclosure to a former partner, Ms [[Leanne Fagg|name]], in [[Gillingham|place]].

3. The children's views
[[Summer|name]]: "I'd rather live with Nan. [[TJ|name]] can come too." She goes to [[Ladds Lane|school]] and was on 71% attendance.
She spends evenings with a friend, [[Maddie Pilcher|name]], in [[East Malling|place]], and with an older boy, "[[Jakey|name]]", who
drives; his surname and age are not yet known.
[[Taylor-Jay|name]] is at [[Little Acorns Day Nursery|school]] only two mornings a week; staff (manager [[Yvonne Clegg|name]]) say
he is hungry on Mondays.

4. Analysis and recommendation
Neglect and emotional harm, with risk from domestic abuse. Recommendation: child protection plans for both children
under the category of neglect; first core group by [[4 December|date]]; a family network meeting with Mrs [[Pauline Mayhew|name]].

5. Key dates
[[20/08/2026|date]] row at Nan's; [[Summer|name]] stays at [[Maddie|name]]'s for two nights (Mrs [[Carol Pilcher|name]],
[[38 Winterfield Lane|address]],
[[East Malling|place]], [[ME19 6BP|postcode]]). [[1 September|date]]: [[Summer|name]] misses the first week of Year 10.
[[19 October|date]]: Mr
[[Hardy|name]] seen by a PCSO ([[Dean Luckhurst|name]]) shouting at [[Summer|name]] outside the Co-op on [[High Street|address]],
[[Snodland|place]].
[[3 November|date]]: health visitor's visit. [[6 November|date]]: [[Summer|name]]'s disclosure to Ms [[Crouch|name]].
6. Benefits and work: Ms [[Mayhew|name]] (NI [[JK 40 61 27 B|ni]]) receives Universal Credit; Mr [[Hardy|name]] works for a scaffolding
firm in [[Aylesford|place]] owned by his cousin, [[Ricky Hardy|name]].
7. Distribution: [[Kirsty Mayhew|name]]; [[Lewis Hardy|name]] (section 2 redacted); [[Pauline Mayhew|name]] (sections 3 and 4 only);
[[Natalie Crouch|name]] ([[Ladds Lane Academy|school]]); [[Bethan Okafor-Reid|name]] (HV); Dr [[Mistry|name]]; DC [[Fran Whitlock|name]].
"""),
    ("grandmother's handwritten letter, scanned (OCR)", """To the social worker Mrs [[Oyelaran|name]]
                                                         [[7 Martin Sq|address]]
                                                         [[Larkfield|place]]
                                                         [[ME2O 6QJ|postcode]]
                                                         [[27th Nov|date]]
Dear Mrs [[0yelaran|name]],
I am [[Summer|name]] and [[T J|name]]'s Nan, [[Pauline Mayhew|name]]. I was at the meeting on the [[24th|date]] but I
could not say what I wanted to say with [[Lewis|name]] sat there staring at me, so I am writing it down.
I have had [[Summer|name]] at mine since she was a baby on and off. When [[Kirsty|name]] was in Oakwood (the hospital in
[[Maidstone|place]]) in 2015 I had her for five months and she went to [[St Kath-
erines|school]] from mine. I am 61, I have my own flat and a spare room, and my friend [[Brenda Wool-
lett|name]] at number 3 would help with [[TJ|name]] after nursery. I still drive (blue Corsa [[KN62 WZD|vehicle]]).
My phone is [[01732 843 552|phone]] or ring my mobile [[07723 468 105|phone]] after 6.
[[Kirsty|name]] is not a bad mum. It is him. Since he moved in on [[26th December|date]] she has stopped coming to mine on
Sundays, stopped going to bingo at the Larkfield Leisure Centre with me and [[Jean|name]], and [[Summer|name]] has got in with a lad
called [[Jake Hollands|name]] from [[Burham|place]] who is 19 if he is a day.
Please ring me. I want to be on the plan.
Yours faithfully
[[P. Mayhew|name]] (Mrs)
"""),
]


# --- B. Cossa / Macuácua family (Mozambican), Swanscombe, with an uncle in Greenhithe and a grandmother in Matola ----------

HOME_B = d.Address("16 Keary Road", "", "Swanscombe", "DA10 0BN")
UNCLE_B = d.Address("Flat 3, 8 London Road", "", "Greenhithe", "DA9 9EJ")
AVO_B = d.Address("Rua da Resistência 318", "Machava", "Matola", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Délcio", "Cossa")], dt.date(2014, 3, 9), addresses=[HOME_B], ids=["606 897 3239", "E886191431230"],
       schools=["Swan Valley School"]),
    _p("s", "sibling", [("Yara", "Cossa")], dt.date(2019, 7, 22), addresses=[HOME_B], ids=["247 927 0491"]),
    _p("m", "mother", [("Graça", "Cossa")], dt.date(1988, 11, 5), addresses=[HOME_B], phones=["07588 302 914"],
       ids=["SP 72 18 40 C"]),
    _p("u", "uncle", [("Benedito", "Cossa")], dt.date(1984, 4, 30), addresses=[UNCLE_B], phones=["07412 860 337"]),
    _p("f", "father", [("Ernesto", "Macuácua")], phones=["+258 84 316 2207"]),
    _p("p1", "professional", [("Tomasz", "Wierzbicki")], phones=["01322 620 417"], emails=["tomasz.wierzbicki@medwayvale.gov.uk"]),
], "c")

DOCS_B = [
    ("school's multi-agency referral form", """KENT MULTI-AGENCY REFERRAL FORM  (submitted online [[2026-10-12|date]] 16:48)
Referrer: [[Rachel Ambrose-Tait|name]], DSL, [[Swan Valley School|school]], [[Swanscombe|place]]   Tel: [[01322 384 915|phone]]
---------------------------------------------------------------------------------------------------
Child 1   Surname: [[COSSA|name]]   Forename(s): [[Délcio Armando|name]]   Known as: [[Del|name]]   DOB: [[09-03-2014|dob]]
          Gender: M   Ethnicity: Black African (Mozambican)   First language: Portuguese / Changana   UPN: [[E886191431230|upn]]
Child 2   Surname: [[COSSA|name]]   Forename(s): [[Yara|name]]   DOB: [[22-07-2019|dob]]   School: [[Knockhall Primary|school]]
Address:  [[16 Keary Road|address]], [[Swanscombe|place]], [[DA10 0BN|postcode]]
Parent/carer: [[Graça COSSA|name]] (mother) mob. [[07588 302 914|phone]]  - needs interpreter (Portuguese)
Other adults: uncle [[Benedito Cossa|name]], [[Flat 3, 8 London Road|address]], [[Greenhithe|place]] [[DA9 9EJ|postcode]]
([[07412 860 337|phone]])

Reason for referral:
[[Délcio|name]] (Year 8) came to school on Monday [[12 October|date]] with a swollen left eye and a cut to his eyebrow. He told
his form tutor, Mr [[Jonah Pickles|name]], that he "fell at the skate park in [[Ebbsfleet|place]]". Later he told our pastoral lead,
Mrs [[Oluwaseun Bright|name]], that his mother's friend "[[Zé|name]]" hit him on Saturday when he came home late from
Bluewater with his cousin [[Nelson|name]]. He said "[[Zé|name]] is not my dad, my dad is in [[Maputo|place]]". He said [[Zé|name]] stays
"sometimes" and drives a silver Passat. He did not want his mum told because "she will cry and [[Zé|name]] will go crazy".
Previous concerns: attendance 82%; [[Délcio|name]] said in September that he looks after [[Yara|name]] most evenings while Mum
cleans offices at Ebbsfleet International from 5 till 11.
Consent: not sought - risk that [[Zé|name]] would be told. Discussed with [[Kirsty Nwosu|name]] at the Front Door at 16:30.
Other professionals: GP - Dr [[Halima Osei|name]], Swanscombe Health Centre; [[Yara|name]]'s class teacher Miss [[Poppy Dartnell|name]]
([[Knockhall|school]]); EAL lead [[Marta Fonseca|name]] (speaks Portuguese with Mum). NHS [[606 897 3239|nhs]] / [[247 927 0491|nhs]].
Referrer's signature: [[R. Ambrose-Tait|name]]   Date: [[12.10.26|date]]
"""),
    ("home visit note with an interpreter", """Case note - home visit, [[13/10/2026|date]], 17:30 - 18:45
Worker: [[Tomasz Wierzbicki|name]], Social Worker, North Kent Assessment Team. With PC [[Amira Shah|name]].
Interpreter: [[Sónia Pereira|name]] (Portuguese, by phone, LanguageLine ref. 88410327)

[[Graça|name]] let us in. Small two-bed flat above a shop on [[Keary Road|address]]; clean, food in the fridge, [[Yara|name]] in
her pyjamas watching cartoons. [[Délcio|name]] at his uncle's in [[Greenhithe|place]] since last night.
[[Graça|name]] said the man is [[José Nhantumbo|name]] ("[[Zé|name]]"), 41, whom she met at church (Igreja Universal in
[[Gravesend|place]]). He lives in [[Northfleet|place]], she thinks on [[Springhead Road|address]], but "I've never been to his house".
He has a phone number she gave us: [[07395 641 228|phone]]. She said he "only pushed" [[Délcio|name]] after [[Délcio|name]] swore
at him. She cried and said she would tell him not to come. She has lived in the UK since 2017 (leave to remain, spouse
route, now settled); [[Délcio|name]] came from [[Matola|place]] in 2021 after living with her mother, [[Albertina Cossa|name]],
at [[Rua da Resistência 318|address]], [[Machava|place]], [[Matola|place]] (tel. [[+258 21 492 318|phone]]).
[[Délcio|name]]'s father, [[Ernesto Macuácua|name]], is in [[Maputo|place]]; [[Graça|name]] gave his WhatsApp [[+258 84 316 2207|phone]].
[[Yara|name]]'s father is "not in the picture"; she would not give his name.
Then to [[Greenhithe|place]]: [[Benedito|name]] (uncle) and his wife [[Célia|name]] said [[Délcio|name]] can stay "as long as needed".
[[Délcio|name]] seen alone in the kitchen: "I want to stay at Tio [[Bené|name]]'s until [[Zé|name]] is gone for real."
Agreed plan (written agreement signed by [[Graça|name]]): [[Délcio|name]] to stay with uncle until the strategy review on
[[20 Oct|date]]; [[José Nhantumbo|name]] not to visit [[16 Keary Road|address]]; PC [[Shah|name]] to complete a DASH with [[Graça|name]].

Network (genogram notes, from [[Graça|name]] and [[Benedito|name]]):
- [[Graça Cossa|name]], 37, born [[05/11/1988|dob]] in [[Xai-Xai|place]]; cleaner (Ebbsfleet International, nights). NI
[[SP 72 18 40 C|ni]].
- [[Benedito Cossa|name]], 42 ([[30.04.1984|dob]]), and [[Célia Cossa|name]], [[Greenhithe|place]]; their son [[Nelson|name]] (15) at
  [[Ebbsfleet Academy|school]]. [[Benedito|name]] drives for a logistics firm at [[Crossways|place]].
- [[Albertina Cossa|name]] (avó), [[Matola|place]]; [[Graça|name]]'s sister [[Lurdes|name]] in [[Beira|place]] ([[+258 84 316 2207|phone]]
is
  [[Ernesto|name]]'s, not hers - corrected [[14/10|date]]).
- Church: Pastor [[Arlindo Mabunda|name]] (Igreja Universal, [[Gravesend|place]]), who knows [[Zé|name]]; a friend, Dona [[Filomena|name]],
  minds [[Yara|name]] on Sundays on [[Milton Road|address]].
"""),
    ("WhatsApp voice notes transcribed and translated", """Voice notes from [[Graça|name]]'s phone, played by her to the social worker on
[[16 October 2026|date]]
and transcribed/translated by [[Sónia Pereira|name]] (interpreter). Portuguese as spoken, English below.

[[15/10/2026|date]] 22:14 - [[Zé|name]] 🚗: [[Graça|name]], abre a porta. Estou aqui fora. Só quero falar.
   ([[Graça|name]], open the door. I'm outside. I just want to talk.)
[[15/10/2026|date]] 22:16 - [[Zé|name]] 🚗: Esse teu filho vai para a polícia por causa de um empurrão? Em Moçambique ninguém faz isso.
   (That son of yours goes to the police over a push? In Mozambique nobody does that.)
[[15/10/2026|date]] 22:31 - [[Graça|name]]: Vai embora [[Zé|name]]. A assistente social disse. O [[Del|name]] está com o [[Bené|name]].
   (Go away [[Zé|name]]. The social worker said. [[Del|name]] is with [[Bené|name]].)
[[15/10/2026|date]] 22:40 - Mãe 🇲🇿: Filha, o [[Ernesto|name]] ligou-me de [[Maputo|place]]. Disse que quer o menino de volta em
[[Matola|place]].
   (Daughter, [[Ernesto|name]] rang me from [[Maputo|place]]. He said he wants the boy back in [[Matola|place]].)
[[16/10/2026|date]] 07:02 - [[Benedito|name]]: [[Graça|name]] o [[Délcio|name]] foi para a escola. Eu levo a [[Yarinha|name]] hoje se
quiseres.
   ([[Graça|name]], [[Délcio|name]] went to school. I'll take [[Yarinha|name]] today if you like.)

Interpreter's note: "Mãe" is how [[Graça|name]]'s mother, [[Albertina|name]], is saved in the phone; "[[Yarinha|name]]" is a pet
form of [[Yara|name]]; "[[Zé|name]]" is the contact name for Mr [[Nhantumbo|name]]. The date stamps are as shown on the phone.
"""),
    ("tenant's online repair request", """SWANSCOMBE & GREENHITHE HOMES - REPAIR REQUEST (web form)
Submitted: [[18/10/2026|date]] 23:02   Reference: R-2210458

Your name *                 [[graça cossa|name]]
Address *                   [[flat above 16 keary rd|address]] [[swanscombe|place]]
Postcode *                  [[DA10 0BN|postcode]]
Phone *                     [[07588302914|phone]]
Email                       [[gracacossa88@gmail.com|email]]
Who lives with you?         my son [[delcio|name]] 12 (now at my brother [[benedito|name]]) and my daughter [[yara|name]] 7
Describe the problem *      The lock on the street door is broke, someone kick it on thursday night. i am afraid to
                            sleep. Please come quick, i have a girl. Also black mould in [[yara|name]] room since august.
Is anyone vulnerable?       yes. the social worker [[tomasz|name]] know. a man come to the door at night.
Best time to call           after 11 at night, i work. or ring my brother [[07412 860 337|phone]]

[Staff notes]
[[19/10|date]] [[D. Ruddock|name]]: emergency lock change raised (2 hr). Called tenant, no answer. Called brother - he said
sister at work at Ebbsfleet International, key with neighbour Mrs [[Ogunleye|name]] at [[no. 14|address]].
[[19/10|date]] [[Paul Tremain|name]] (operative): lock and keep replaced, new keys x3 to tenant. Mould job raised.
"""),
]


# --- C. Gowda family (Kannada-speaking, from Karnataka), Kings Hill, with grandparents in Mysuru --------------------------

HOME_C = d.Address("11 Tower View", "Kings Hill", "West Malling", "ME19 4UY")
AJJI_C = d.Address("No. 214, 4th Cross, Kuvempunagar", "", "Mysuru", "570023")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ananya", "Gowda")], dt.date(2011, 1, 17), addresses=[HOME_C], ids=["145 817 4492", "N886126029540"],
       schools=["Leybourne Grange Grammar School"]),
    _p("s", "sibling", [("Rohan", "Gowda")], dt.date(2017, 5, 2), addresses=[HOME_C], ids=["336 004 5742"],
       schools=["Kings Hill Primary"]),
    _p("m", "mother", [("Shruthi", "Gowda")], dt.date(1984, 9, 14), addresses=[HOME_C], phones=["07507 193 842"]),
    _p("f", "father", [("Prakash", "Gowda")], dt.date(1980, 3, 3), addresses=[HOME_C], phones=["07936 220 714"],
       emails=["prakash.gowda@outlook.com"]),
    _p("g", "grandparent", [("Sarojamma", "Gowda")], addresses=[AJJI_C], phones=["+91 821 241 6503"]),
    _p("p1", "professional", [("Eleanor", "Marsh-Abbott")], phones=["01622 716 209"],
       emails=["eleanor.marsh-abbott@medwayvale.gov.uk"]),
], "c")

DOCS_C = [
    ("GP's referral letter to CAMHS", """Wateringbury & Kings Hill Surgery
[[Liberty Square|address]], [[Kings Hill|place]], [[ME19 4AU|postcode]]

[[30 September 2026|date]]
Single Point of Access, Children and Young People's Mental Health Service (NELFT)

Dear colleague,
Re: Miss [[Ananya GOWDA|name]], DOB [[17/01/2011|dob]], NHS No [[145 817 4492|nhs]]
[[11 Tower View|address]], [[Kings Hill|place]], [[West Malling|place]] [[ME19 4UY|postcode]]. Mother's mobile [[07507 193 842|phone]].

I saw [[Ananya|name]] today with her mother, Mrs [[Shruthi Gowda|name]]. [[Ananya|name]] is 15 and in Year 11 at
[[Leybourne Grange Grammar School|school]]. Over the summer she has lost 7 kg (BMI now 16.1), she has stopped eating with the
family, and her mother found cuts to both forearms on [[26th September|date]]. [[Ananya|name]] told me (alone) that she has
"a friend online", "[[Kabir|name]]", who is "19 and at uni in [[Leicester|place]]", who "understands" her. She has not met him.
She says she is under pressure to get nine grade 9s "like my cousin [[Varsha|name]] in [[Bengaluru|place]]", and that her father is
"very strict". No plans or intent to end her life today; she agreed a safety plan with her mother.
Past history: anxiety in 2023, seen by the school counsellor (Mrs [[Kaur|name]]). No other medical history. Brother [[Rohan|name]]
(9) well.
Because of the online contact and the self-harm I have also spoken with the practice safeguarding lead, Dr [[Jonathan
Baptiste|name]], who will share this with Children's Services.
I would be grateful for an urgent assessment.
Yours sincerely,
Dr [[Priyanka Venkatesh|name]]
GMC 7312904
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (Teams)                                    Date: Friday
[[2 October 2026|date]], 14:00
Child: [[Ananya Gowda|name]] ([[17.01.2011|dob]])      Sibling: [[Rohan Gowda|name]] ([[02.05.2017|dob]])
Chair: [[Eleanor Marsh-Abbott|name]], Practice Manager ([[01622 716 209|phone]])
Present: DS [[Callum Ferrier|name]] (Kent Police, Online Child Sexual Exploitation team); [[Nasreen Akhtar|name]] (school nurse);
[[Lucy Ormond|name]] (DSL, [[Leybourne Grange|school]]); Dr [[Jonathan Baptiste|name]] (GP); [[Dominic Ashby|name]] (SW, minutes)

1. Information shared
- [[Lucy Ormond|name]]: [[Ananya|name]] is a high achiever; since June she has been tired, withdrawn, eating little at lunch. A friend,
  [[Grace Whitby|name]], told staff on [[29/09|date]] that [[Ananya|name]] sends "pics" to an older boy and had been asked to meet him at
  [[Maidstone|place]] East station. Friend also said [[Ananya|name]] was "scared of her dad finding out".
- DS [[Ferrier|name]]: The Instagram account "kabir.ldn.v" was reported in August by Hampshire police (no, Hampshire
  Constabulary - correction by DS [[Ferrier|name]]: the report came from Hampshire) in a separate enquiry; the man behind it
  is believed to be [[Imran Qureshi-Dale|name]], 34, of [[Eastleigh|place]]. Not yet arrested.
- [[Nasreen Akhtar|name]]: [[Ananya|name]] told her on [[1 Oct|date]] that Mr [[Prakash Gowda|name]] took her phone and "hit the table so
  hard a glass broke" when he saw her marks.
2. Decisions: section 47 enquiry (joint); [[Ananya|name]] to be seen at school on [[5 October|date]] by SW and DS [[Ferrier|name]];
  parents to be told of the police enquiry about the online contact, but not of the school's concerns about home, until she is
  seen. Grandmother [[Sarojamma|name]] (Mr [[Gowda|name]]'s mother, visiting from [[Mysuru|place]] until [[14 November|date]]) is
  staying at the house.
3. Actions
  a. DS [[Ferrier|name]] - liaise with Hampshire about [[Imran Qureshi-Dale|name]]; check whether he used "[[Kabir|name]]" with other girls
     (Hampshire's report mentions [[Southampton|place]] and [[Winchester|place]]) - by [[7 October|date]].
  b. [[Dominic Ashby|name]] - see [[Ananya|name]] and [[Rohan|name]] ([[Kings Hill Primary|school]], teacher Mr [[Oliver Tunstall|name]])
     on [[5 October|date]]; see parents at [[11 Tower View|address]] the same evening; interpreter for the grandmother ([[Vidya Rao|name]]).
  c. [[Nasreen Akhtar|name]] - weekly check-ins with [[Ananya|name]]; weight on [[12/10|date]] and [[19/10|date]].
  d. [[Lucy Ormond|name]] - tell [[Grace Whitby|name]]'s mother, Mrs [[Helen Whitby|name]] ([[07962 115 840|phone]], of
     [[Kings Hill|place]]'s [[Gibson Drive|address]]), that [[Grace|name]] did the right thing.
Next strategy review: [[9 October 2026|date]] 09:30.
"""),
    ("Instagram direct messages typed up by police", """KENT POLICE - DIGITAL MEDIA INVESTIGATOR - EXTRACT SUMMARY (typed from
screenshots, exhibit CF/3)
Handset: iPhone belonging to [[Ananya GOWDA|name]]   Seized: [[05/10/2026|date]]   Examined by: [[Keeley Randall|name]] DMI
Account holder: "ananya.g.11" (display name "[[Anu|name]]")   Other party: "kabir.ldn.v" (display name "[[Kabir V|name]]")

[[21 Sep 2026|date]] 23:47  [[Kabir V|name]]: u still up [[anu|name]]
[[21 Sep 2026|date]] 23:48  [[Anu|name]]: cant sleep. appa shouted again bc of chem mock
[[21 Sep 2026|date]] 23:48  [[Kabir V|name]]: ur dad doesnt get u. i do
[[21 Sep 2026|date]] 23:50  [[Anu|name]]: ajji says hes only like this bc he wants me to be a doctor like [[varsha|name]] akka
[[21 Sep 2026|date]] 23:51  [[Kabir V|name]]: forget [[varsha|name]]. send me one more pic and ill come to [[maidstone|place]] saturday
[[22 Sep 2026|date]] 00:05  [[Anu|name]]: [image deleted by sender]
[[26 Sep 2026|date]] 17:20  [[Kabir V|name]]: wheres my pic. or ur parents see the others. whats ur dads number again
[[07936 220 714|phone]] yeah
[[26 Sep 2026|date]] 17:22  [[Anu|name]]: please dont. ill come on sat. [[west malling|place]] station not [[kings hill|place]] ppl know
me there
[[26 Sep 2026|date]] 17:30  [[Kabir V|name]]: ok. and tell [[rohan|name]] nothing
[[27 Sep 2026|date]] 09:12  [[Anu|name]]: ನನ್ನನ್ನು ಬಿಟ್ಟುಬಿಡು (= "leave me alone", Kannada - translated by [[Vidya Rao|name]], interpreter)
[[27 Sep 2026|date]] 09:14  [[Kabir V|name]]: lol idk what that says. sat 2pm

DMI note: "akka" = older sister (used for a cousin); "appa" = dad; "ajji" = grandmother. None are names and are left as
they are. Contact "[[Grace W|name]]" (school friend) also messaged on [[28/09/26|date]]: "[[nanya|name]] pls tell someone".
"""),
    ("father's email to the social worker", """From: [[Prakash Gowda|name]] <[[prakash.gowda@outlook.com|email]]>
To: [[Dominic Ashby|name]] <[[dominic.ashby@medwayvale.gov.uk|email]]>
Cc: [[shruthi.gowda84@gmail.com|email]]
Date: Mon, [[12 Oct 2026|date]] 06:41
Subject: RE: [[Ananya|name]] - our meeting on Thursday

Dear Mr [[Ashby|name]],
Thank you for meeting us. I accept that I shouted at [[Ananya|name]] and I broke a glass; I have never hit her, and I have
told my mother [[Sarojamma|name]] the same. In our family in [[Mysuru|place]], as all over Karnataka, there is
much pressure for studies; I was a topper myself at [[Marimallappa's|school]] and I have pushed her like my father
pushed me. I did not see she was suffering.
We have done the following, as agreed:
1. [[Ananya|name]] saw the CAMHS nurse, Ms [[Farida Lowe|name]], on [[8th Oct|date]]. Next on [[22.10.2026|date]].
2. We have spoken to the school and to Mrs [[Ormond|name]]. [[Ananya|name]] will drop Further Maths.
3. My wife's brother [[Girish Hegde|name]] in [[Ashford|place]] ([[07851 662 038|phone]]) will have [[Ananya|name]] at weekends
   if she wants a break from us.
4. My mother goes back to India on [[14 November|date]] to [[No. 214, 4th Cross, Kuvempunagar|address]], [[Mysuru|place]]
[[570023|postcode]]
   (landline [[+91 821 241 6503|phone]]); she has asked that you do not contact her there. She wrote to [[Ananya|name]]:
   "ಪ್ರೀತಿಯ [[ಅನನ್ಯ|name]], ನೀನು ನಮ್ಮ ಹೆಮ್ಮೆ" (Dear [[Ananya|name]], you are our pride). I hope that is all right to send.
Please call me on [[07936 220 714|phone]] rather than my wife, who works nights at Maidstone Hospital.
Regards,
[[Prakash|name]]
"""),
]


# --- D. Pettit / Sands family (white British), Sherwood, Tunbridge Wells, with a grandfather in Paddock Wood ---------------

HOME_D = d.Address("12 Greggs Wood Road", "Sherwood", "Tunbridge Wells", "TN2 3HT")
GRAMP_D = d.Address("5 Allington Road", "", "Paddock Wood", "TN12 6AP")
DAD_D = d.Address("27 Trench Road", "", "Tonbridge", "TN10 3HQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Reggie", "Pettit-Sands")], dt.date(2023, 4, 8), addresses=[HOME_D], ids=["525 467 7163"]),
    _p("s", "sibling", [("Brooke", "Pettit")], dt.date(2015, 2, 20), addresses=[HOME_D], ids=["458 875 1468", "W886203309382"],
       schools=["St Barnabas CE Primary School"]),
    _p("m", "mother", [("Jade", "Pettit")], dt.date(1996, 6, 30), addresses=[HOME_D], phones=["07449 518 076"],
       ids=["PN 25 83 60 A"]),
    _p("f", "father", [("Dale", "Sands")], dt.date(1992, 1, 9), addresses=[DAD_D], phones=["07881 903 264"]),
    _p("g", "grandparent", [("Terry", "Pettit")], dt.date(1961, 10, 21), addresses=[GRAMP_D], phones=["01892 527 640"]),
    _p("p1", "professional", [("Olamide", "Fasanya")], phones=["03000 411 111"], emails=["olamide.fasanya@medwayvale.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events", """CHRONOLOGY - [[PETTIT, Brooke|name]] ([[20/02/2015|dob]]) and [[PETTIT-SANDS, Reggie|name]]
([[08/04/2023|dob]])
Address: [[12 Greggs Wood Road|address]], [[Sherwood|place]], [[Tunbridge Wells|place]] [[TN2 3HT|postcode]]
Compiled by [[Olamide Fasanya|name]] (SW) for the pre-proceedings meeting. Sources in brackets.

Date | Event | Source
[[20.02.2015|dob]] | [[Brooke|name]] born at Tunbridge Wells Hospital (Pembury). Mother 18, living with her father [[Terry|name]]
  in [[Paddock Wood|place]]. | Health
[[03.09.2019|date]] | [[Brooke|name]] starts at [[St Barnabas|school]]. Good attendance to 2022. | School
[[08.04.2023|dob]] | [[Reggie|name]] born. Father [[Dale Sands|name]] (then of [[Trench Wood|place]], [[Tonbridge|place]]). | Health
[[22.07.2024|date]] | Police called by neighbour Mrs [[Iris Marden|name]] ([[no. 10|address]]): shouting, a child crying. [[Sands|name]]
  arrested, NFA. [[Jade|name]] declined DASH. | Police
[[11.11.2024|date]] | [[Brooke|name]] tells teacher Mr [[Will Hadlow|name]] "[[Dale|name]] threw the telly". Early Help offered. | School
Jan-Mar 2025 | Early Help worker [[Kerry-Ann Bligh|name]]; [[Jade|name]] engages; [[Dale|name]] moves to mother's in [[Marden|place]]. | EH
[[16.06.2025|date]] | Case closed to EH. | EH
[[09.08.2026|date]] | [[Dale|name]] back living at home ([[Brooke|name]] to school nurse [[Lorna Gell|name]]). | Health
[[01.11.2026|date]] | Domestic incident, bodycam (see transcript). [[Reggie|name]] found with burn to hand. | Police
[[02.11.2026|date]] | Strategy discussion; s47 (joint). [[Reggie|name]] seen by Dr [[Ahmed Rahimi|name]] at Pembury. | CSC
[[03.11.2026|date]] | [[Brooke|name]] and [[Reggie|name]] to grandfather, [[5 Allington Road|address]], [[Paddock Wood|place]], under a
  safety plan. Mr [[Terry Pettit|name]] [[01892 527 640|phone]]. | CSC
"""),
    ("police body-worn video transcript", """KENT POLICE - BODY WORN VIDEO - TRANSCRIPT (prepared for CSC, exhibit KM/1)
Incident 0933 of [[01/11/2026|date]]. Location: [[Greggs Wood Rd|address]], [[TN2|postcode]]. Camera: PC 15402 [[Kai Mensah|name]].
Also present: PC 9918 [[Ellie Trott|name]]. Time stamps from the footage.

21:41:06 PC [[MENSAH|name]]: Police, can you open the door please? ... Hello, what's your name?
21:41:10 FEMALE 1: [[Jade|name]]. It's fine, it's sorted.
21:41:14 PC [[MENSAH|name]]: [[Jade|name]] what? Surname?
21:41:15 FEMALE 1: [[Pettit|name]]. [[P-E-T-T-I-T|name]]. [[Dale|name]]'s gone, he's gone to his mum's in [[Marden|place]].
21:41:30 PC [[TROTT|name]]: Whose is the little one crying? Can I see him?
21:41:33 FEMALE 1: [[Reggie|name]]. He's two. He touched the oven door, that's all.
21:42:02 CHILD 1 (girl, about 11): He pushed Mum into the cooker and [[Reg|name]] was holding on to her.
21:42:05 FEMALE 1: [[Brooke|name]], go upstairs!
21:42:09 PC [[TROTT|name]]: You're all right, sweetheart. What's your name?
21:42:11 CHILD 1: [[Brooke|name]]. [[Brooke Pettit|name]]. I rang my grandad, [[Terry|name]]. He's coming from [[Paddock|place]].
21:44:50 PC [[MENSAH|name]] (radio): Can you do a PNC on [[Dale Sands|name]], [[nine one ninety-two|dob]]? Possibly driving a
         black Astra, [[Golf Kilo Seven Zero Tango Foxtrot X-ray|vehicle]]... [inaudible]
21:52:17 MALE 1 (at door): I'm her dad, [[Terry Pettit|name]]. I'll take the kids to mine tonight.
21:52:40 PC [[MENSAH|name]]: I'll need your address, sir.
21:52:42 MALE 1: [[5 Allington Road|address]], [[Paddock Wood|place]]. My number's [[01892 527 640|phone]].
21:58:03 [Recording continues; burn seen on [[Reggie|name]]'s right palm, ambulance called. Neighbour at [[no. 10|address]] ([[Iris|name]])
         says to camera "that's the third time this year".]
"""),
    ("social worker's notes typed fast on a phone", """notes on phone - dont forget to upload!!  [[3/11|date]]
- 0915 rang dad [[dale sands|name]] [[07881903264|phone]] no ans. txt sent
- 0930 [[terry|name]] (gdad) - kids ok, slept. [[brooke|name]] wants to go to school, [[st barnabas|school]] say fine, miss [[kemsley|name]]
  will meet her at gate. [[reg|name]] hand dressed, burns clinic wed [[4th|date]] @ pembury
- 0950 [[jade|name]] - at her mate [[chantelle|name]]s in [[southborough|place]] (addr? - [[9 pennington pl|address]]?? check)
  wants kids back today. told her no, safety plan. she cried. said [[dale|name]] "is getting help". [[07449 518 076|phone]]
- 1010 [[dale|name]] rang back frm [[01622 832 410|phone]] (his mums in [[marden|place]]). angry, says [[jade|name]] did it to
[[reggie|name]]
  not him. wants the kids at his mums. mum = [[linda sands|name]] dob 1967? - CHECK
- 1100 [[gail|name]] (TM) says PPM, legal gateway fri. book dr [[rahimi|name]] report.
- 1130 [[iris|name]] next door rang office. said [[dale|name]] parked outside last night 2am in black astra. "[[GK70 TFX|vehicle]]"
  - matches police. share w/ PC [[mensah|name]]
- 1215 school: [[brooke|name]] says "mum told me to say [[reg|name]] touched the oven". wants to stay w grandad [[terry|name]]
- TODO: DBS for [[terry|name]]'s partner [[maureen|name]]?? she's at [[paddock wood|place]] too. ring [[terry|name]] [[01892527640|phone]]
- 1400 HV [[sam|name]] ([[sam pryor|name]]) - [[reggie|name]]'s HV is in [[tonbridge|place]] team not [[TW|place]]. she'll visit at gdad's
fri [[6th|date]]
- 1420 dad's mum [[linda|name]] rang [[07507 931 448|phone]]. lives [[howland rd|address]], [[marden|place]] [[tn12 9ef|postcode]]. says
  [[dale|name]] stays w her "mostly". says [[jade|name]]'s sister [[kelly|name]] in [[ashford|place]] should have them not [[terry|name]]
- 1445 chk: [[kelly pettit|name]]? or [[kelly ward|name]] now? ring [[jade|name]] tmrw
- 1500 [[brooke|name]] drawn at school (via miss [[kemsley|name]] email): a house w/ grandad and [[reggie|name]], no mum no [[dale|name]]
- 1530 mtg w [[gail|name]]. legal gateway fri [[13 nov|date]]. letter before proc. - draft by mon [[16th|date]]
"""),
    ("letter before proceedings", """Medway Vale Council - Children's Services
Ms [[Jade Pettit|name]]
[[12 Greggs Wood Road|address]]
[[Sherwood|place]]
[[Tunbridge Wells|place]]
[[TN2 3HT|postcode]]                                                                  [[20 November 2026|date]]

IMPORTANT - LETTER BEFORE PROCEEDINGS - PLEASE TAKE THIS LETTER TO A SOLICITOR

Dear Ms [[Pettit|name]],
Re: [[Brooke Pettit|name]] (born [[20 February 2015|dob]]) and [[Reggie Pettit-Sands|name]] (born [[8 April 2023|dob]])

We are very worried about the harm [[Brooke|name]] and [[Reggie|name]] have suffered from the domestic abuse at home, most recently
on [[1 November 2026|date]], when [[Reggie|name]] was burned. The children are staying with their grandfather, Mr [[Terry Pettit|name]],
in [[Paddock Wood|place]]. A copy of this letter has been sent to Mr [[Dale Sands|name]], [[27 Trench Road|address]],
[[Tonbridge|place]] [[TN10 3HQ|postcode]].
We invite you to a meeting on Wednesday [[2 December 2026|date]] at 2pm at our office at Sovereign House,
[[Tunbridge Wells|place]], with your solicitor. At the meeting we will discuss: you leaving the relationship with Mr [[Sands|name]];
[[Reggie|name]]'s hand; [[Brooke|name]]'s wish to stay with her grandad; and a parenting assessment by Ms [[Tess Goudhurst|name]].
Solicitors who do this work include [[Thackray|name]] [[Pope|name]] & Co, [[Tonbridge|place]] (not a recommendation).
Yours sincerely,
[[Olamide Fasanya|name]], Social Worker, [[03000 411 111|phone]], [[olamide.fasanya@medwayvale.gov.uk|email]]
[[Gail Burrows|name]], Team Manager
"""),
]


# --- E. Jean-Baptiste / Pierre family (Haitian), Edenbridge, with an aunt in Saint-Denis and a grandmother in Jacmel -------

HOME_E = d.Address("Flat 6, 3 Stangrove Road", "", "Edenbridge", "TN8 5HT")
AUNT_E = d.Address("14 rue Gabriel Péri", "", "Saint-Denis", "93200")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Wadson", "Jean-Baptiste")], dt.date(2013, 8, 11), addresses=[HOME_E],
       ids=["650 887 5957", "G886103459370"], schools=["Eden Valley Academy"]),
    _p("s", "sibling", [("Naïka", "Pierre")], dt.date(2018, 12, 3), addresses=[HOME_E], ids=["691 592 9061"],
       schools=["Edenbridge Primary School"]),
    _p("m", "mother", [("Marie-Lourdes", "Jean-Baptiste")], dt.date(1987, 5, 16), addresses=[HOME_E], phones=["07830 417 552"],
       ids=["RB 19 47 05 D"]),
    _p("f", "father", [("Frantz", "Pierre")], dt.date(1985, 9, 28), phones=["01959 562 104"]),
    _p("a", "aunt", [("Guerline", "Jean-Baptiste")], addresses=[AUNT_E], phones=["+33 6 48 21 97 35"]),
    _p("p1", "professional", [("Saoirse", "Lennon")], phones=["01732 866 401"], emails=["saoirse.lennon@medwayvale.gov.uk"]),
], "c")

DOCS_E = [
    ("core group meeting minutes", """CORE GROUP MEETING - Minutes
Children: [[Wadson JEAN-BAPTISTE|name]] (13) and [[Naïka PIERRE|name]] (7)      Meeting: [[19th October 2026|date]], Edenbridge Library
Chair / minutes: [[Saoirse Lennon|name]], SW ([[01732 866 401|phone]])
Attending: Ms [[Marie-Lourdes Jean-Baptiste|name]] (mother) with interpreter [[Rosemond Saint-Fleur|name]] (Haitian Creole);
Mr [[Frantz Pierre|name]] ([[Naïka|name]]'s father); [[Hollie Vane|name]] (Head of Year 9, [[Eden Valley|school]]);
Mrs [[Penny Lingfield|name]] (family support worker, [[Edenbridge Primary|school]]); Dr [[Oyin Adeyemi|name]] (paediatrician, by phone)
Apologies: [[Callum Riordan|name]] (Rivers Youth Service)

1. Progress since the conference on [[28/09/2026|date]]
- Home: [[Marie-Lourdes|name]] has moved the children out of the room with the mould into hers. The landlord, Mr [[Gordon Tye|name]]
  of [[Tye|name]] Lettings, [[Oxted|place]], has still not replied; the council's private sector housing officer ([[Wes Amory|name]]) will
visit.
- [[Wadson|name]]: attendance up from 61% to 84%. Still out late in [[Edenbridge|place]] town centre with older boys from
  [[Oxted|place]] and [[Lingfield|place]]; one, "[[Tyrese|name]]", has been seen with him at the skate park in Stangrove Park.
[[Wadson|name]]
  told Ms [[Vane|name]] he "owes" [[Tyrese|name]] for a phone.
- [[Naïka|name]]: happy at school; asthma reviewed [[6 Oct|date]]; inhalers now in school.
- Mr [[Pierre|name]] has [[Naïka|name]] every Saturday at his flat in [[Westerham|place]] and has offered to have [[Wadson|name]] too.
  [[Wadson|name]] says "he's not my dad". [[Wadson|name]]'s father, [[Jean-Robert Dorélien|name]], died in [[Jacmel|place]] in 2016.
2. Actions
- [[Saoirse|name]]: exploitation screening and a referral to the Rivers project by [[23/10|date]].
- [[Marie-Lourdes|name]]: attend the foodbank appointment on [[21 Oct|date]]; ring [[Guerline|name]] (her sister in [[Saint-Denis|place]])
  about [[Wadson|name]] going to her for Christmas.
Next core group: [[16 November 2026|date]].
3. Safety network named by the family (phone numbers given at the meeting)
- [[Guerline Jean-Baptiste|name]], [[Saint-Denis|place]], [[+33 6 48 21 97 35|phone]]
- [[Fritz Mondésir|name]] (cousin), [[41 Parchmore Road|address]], [[Thornton Heath|place]] [[CR7 8LY|postcode]]
- Mme [[Joséphine Alcindor|name]], [[Hever Road|address]], [[Edenbridge|place]]
- [[Naïka|name]]'s godmother [[Nadège Télusma|name]], [[Crawley|place]]
The children's views: [[Wadson|name]] (seen alone by [[Saoirse|name]] on [[15/10|date]]): "[[Oxted|place]] boys are my friends, not gang."
[[Naïka|name]] (seen at school on [[16/10|date]] with Mrs [[Lingfield|name]]): wants "the black on the wall to go away".
Distribution: all attendees; [[Callum Riordan|name]]; Dr [[Adeyemi|name]]; health visitor [[Jo Bellingham|name]].
"""),
    ("family group conference plan written by the family", """OUR FAMILY PLAN  (written by us at the family group conference,
[[7 November 2026|date]], Eden Centre)
Who was there: [[Marie-Lourdes|name]] (Mum), [[Wadson|name]], Tatie [[Guerline|name]] (on video from France), Tonton [[Fritz|name]] (Mum's
cousin from [[Croydon|place]]), [[Frantz|name]], Mme [[Joséphine Alcindor|name]] from church, and Coordinator [[Bex Ashdown|name]]

WHAT WE ARE WORRIED ABOUT
[[Wad|name]] coming home at 1 and 2 in the night. The boys from [[Oxted|place]]. [[Naïka|name]] coughing from the mould. Mum crying at
night.

OUR PLAN
1. Tonton [[Fritz|name]] will pick [[Wadson|name]] up from football at Edenbridge Leisure Centre on Tuesday and Thursday and bring
   him home. His number is [[07592 340 716|phone]]. [[Wadson|name]] can go to his house in [[Thornton Heath|place]] on Saturdays to do
   music with his son [[Stanley|name]].
2. Mme [[Alcindor|name]] will sit with [[Naïka|name]] when Mum works late at the care home in [[Crowborough|place]]. She lives at
   [[Hever Road|address]], just round the corner.
3. [[Frantz|name]] will keep having [[Naïka|name]] on Saturdays and will help Mum find a new flat.
4. Tatie [[Guerline|name]] invites [[Wadson|name]] to [[Saint-Denis|place]] for Christmas, [[19 déc|date]] to [[3 janvier|date]]. Address:
   [[14 rue Gabriel Péri|address]], [[93200|postcode]] [[Saint-Denis|place]]. Tel [[+33 6 48 21 97 35|phone]].
5. Grann [[Anise|name]] (in [[Jacmel|place]]) will call [[Wadson|name]] every Sunday on WhatsApp [[+509 3741 2286|phone]].
6. [[Wadson|name]] says: "I will tell Mum where I am. I will give back the phone to T."

In Creole, from Mum: "Mwen renmen ou [[Wadi|name]]. Nou ansanm." (I love you [[Wadi|name]]. We are together.)
Signed: [[M-L Jean-Baptiste|name]]   [[W. J-B|name]]   [[Guerline JB|name]] (by email)   [[F. Pierre|name]]   [[J. Alcindor|name]]
"""),
    ("foodbank referral form", """EDEN VALLEY FOODBANK - E-REFERRAL                                              Voucher no. EV-26-1184
Referring agency: Medway Vale Council CSC     Referrer: [[S. Lennon|name]]     Date issued: [[20.10.2026|date]]
Client name: [[JEAN-BAPTISTE Marie-Lourdes|name]]     DOB: [[16.05.1987|dob]]
Address: [[Flat 6|address]]
         [[3 Stangrove Rd|address]]
         [[Edenbridge|place]]   [[TN8 5HT|postcode]]
Contact no: [[07830417552|phone]]   Language: Haitian Creole / French (some English)
Household: 1 adult, 2 children - [[Wadson|name]] (13), [[Naïka|name]] (7). Dietary: no pork ([[Naïka|name]] - family choice). Halal? No.
Reason for crisis: [x] Benefit delays  [x] Low income  [ ] Debt  [x] Child holiday meals   Other: UC stopped after a
missed appointment at the [[Sevenoaks|place]] Jobcentre on [[2 Oct|date]]; first payment due [[13/11|date]].
Collection: St John's church hall, [[Edenbridge|place]], Tues [[21/10/26|date]] 12-2 (client will bring neighbour
[[Kezia Moor|name]] to help carry; client does not drive).
Signposted: Citizens Advice Sevenoaks ([[Edenbridge|place]] outreach), Household Support Fund.
"""),
    ("supervised contact record", """SUPERVISED CONTACT RECORDING
Child(ren): [[Naïka Pierre|name]]    Adult: [[Frantz Pierre|name]] (father)    Venue: family centre, [[Sevenoaks|place]]
Date: Saturday [[14/11/2026|date]]   Time: 10:00-12:00   Supervisor: [[Aleksandra Dunn|name]], Family Support Worker

Context: contact supervised for three sessions after [[Wadson|name]] told his teacher on [[9 November|date]] that Mr [[Pierre|name]]
"slapped" him at the flat in [[Westerham|place]] (on [[The Green|address]]) on Saturday [[7th November|date]].

10:02 [[Naïka|name]] ran to Dad and hugged him. Dad had brought a hair kit and did her hair in two puffs while she told him about
her friend [[Paisley|name]] and "Miss [[Tamsin|name]]" at school. Warm and easy.
10:30 Play-Doh. [[Naïka|name]] asked "Why can't [[Wadi|name]] come?" Dad said "[[Wadson|name]] is angry with me, chérie." Nothing more said.
10:55 Dad's phone rang - he showed me the screen, "[[Marie Lourdes|name]]" - and did not answer. He said [[Marie-Lourdes|name]] wants
him to have both children if she goes to [[Saint-Denis|place]] in December.
11:20 [[Naïka|name]] drew "my family": Mum, Dad, [[Wadi|name]], Grann in Haiti and "Tatie [[Gigi|name]]" ([[Guerline|name]]).
11:40 Dad asked me to tell [[Saoirse|name]] that he has booked the parenting course at Sevenoaks Children's Centre and that his
new mobile is [[07712 405 983|phone]]. I said he should tell her himself too.
11:58 Goodbye at the door; [[Naïka|name]] collected by her mum's neighbour, [[Kezia|name]], with Mum's written consent.
Overall: good-quality contact, no concerns about [[Naïka|name]]'s safety during the session.
"""),
]


# --- F. Okonkwo-Reeves / Reeves family (mixed Black British and white British), Swanley, with a grandmother in Hextable ----

HOME_F = d.Address("31 Bevan Place", "", "Swanley", "BR8 8BH")
NAN_F = d.Address("2 Egerton Avenue", "", "Hextable", "BR8 7LG")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Okonkwo-Reeves")], dt.date(2010, 4, 26), addresses=[HOME_F],
       ids=["898 435 7324", "M886215500133"], schools=["Orchards Academy"]),
    _p("s", "sibling", [("Ruby", "Reeves")], dt.date(2016, 9, 12), addresses=[HOME_F], ids=["830 675 7300"]),
    _p("b", "sibling", [("Jermaine", "Okonkwo-Reeves")], dt.date(2007, 1, 4), ids=["WX 66 20 94 B"]),
    _p("m", "mother", [("Stacey", "Reeves")], dt.date(1989, 7, 7), addresses=[HOME_F], phones=["07469 330 851"]),
    _p("g", "grandparent", [("Valerie", "Reeves")], dt.date(1958, 3, 18), addresses=[NAN_F], phones=["01322 667 203"]),
    _p("p1", "professional", [("Dev", "Chauhan")], phones=["07947 115 326"], emails=["dev.chauhan@medwayvale.gov.uk"]),
], "c")

DOCS_F = [
    ("National Referral Mechanism referral summary", """NATIONAL REFERRAL MECHANISM - FIRST RESPONDER REFERRAL (summary for the case file)
Potential victim: [[OKONKWO-REEVES, Kayden|name]]   DOB: [[26/04/2010|dob]]   Age: 16   NHS: [[898 435 7324|nhs]]
Home address: [[31 Bevan Place|address]], [[Swanley|place]], [[BR8 8BH|postcode]]
First responder: [[Dev Chauhan|name]], Senior Practitioner, Adolescent Services ([[07947 115 326|phone]])   Submitted: [[4 Nov 2026|date]]

Account of exploitation
On Sunday [[1 November 2026|date]] British Transport Police found [[Kayden|name]] at [[Margate|place]] station at 02:10 with 28 wraps of
crack
cocaine, £640 and two phones, one a "line" phone taking orders under the name "[[Benzo|name]]". He had been reported missing by his
mother, [[Stacey Reeves|name]] ([[07469 330 851|phone]]), on [[30 October|date]]. He said an older man, "[[Skeng|name]]", had driven him
from [[Swanley|place]] to [[Margate|place]] in a grey Mercedes ([[LD21 HZK|vehicle]]) and put him in a flat on [[Cliftonville|place]]'s
[[Northdown Road|address]] with a local woman, "[[Trish|name]]", where he stayed for three nights "working".
[[Kayden|name]] said he owed £1,200 after he was "robbed" of a package near the [[Crockenhill|place]] rec in September. He named
the man who drives as [[Marcus Daley|name]] from [[St Mary Cray|place]]; police have a [[Marcus DALEY|name]], DOB [[11/02/1998|dob]].
[[Kayden|name]]'s brother, [[Jermaine Okonkwo-Reeves|name]] (19), is in HMP Elmley on remand for a stabbing in [[Orpington|place]];
[[Kayden|name]] says [[Jermaine|name]] "got him into it" and that he is scared for his sister [[Ruby|name]] (10).
Indicators: county lines, debt bondage, missing episodes (x4 since [[12/06/2026|date]]), excluded from [[Orchards Academy|school]]
on [[15 September 2026|date]], now at [[North West Kent Alternative Provision Service|school]] ([[Birchwood|place]] site).
Consent: [[Kayden|name]] is a child; consent not needed. His nan, Mrs [[Valerie Reeves|name]] of [[Hextable|place]], was present.

Missing episodes (from the police log and [[Stacey|name]])
  [[12/06/2026|date]] - [[13/06/2026|date]]  found at a friend's ([[Tyler Hoad|name]]), [[Flat 22, Kingfisher Court|address]],
[[Dartford|place]]
  [[27/07/2026|date]]  overnight; returned himself; said he was at [[Crayford|place]] with "[[Deshawn|name]]"
  [[19/09/2026|date]] - [[21/09/2026|date]]  found by BTP at [[Gillingham|place]] station with [[Deshawn Akande|name]] (17) of
[[Orpington|place]]
  [[30/10/2026|date]] - [[01/11/2026|date]]  [[Margate|place]] (this referral)
Professionals: YOT officer [[Priya Naidoo|name]]; school nurse [[Annette Cole|name]]; AP tutor [[Gary Fairweather|name]]; GP Dr
[[Kwame Asante|name]] (Swanley Medical Practice). Father: [[Obinna Okonkwo|name]], [[Lagos|place]], no contact since 2015.
"""),
    ("return home interview", """RETURN HOME INTERVIEW                Interviewer: [[Lauren Coker|name]] (Catch22 missing service)
Young person: [[Kayden|name]] ("[[KD|name]]")    Episode: missing [[30/10/2026|date]] 16:00 to [[01/11/2026|date]] 02:10 (found)
Interview: [[03/11/2026|date]] at his nan's, [[2 Egerton Avenue, Hextable|address]], because he did not want to talk at home.

What he said (his words where I could):
"I went [[Swanley|place]] station after school with [[Deshawn|name]], no, I'm not saying his last name. [[Skeng|name]] picked us up by the
Asda. [[Deshawn|name]] got out at [[Dartford|place]] and I went on." "It's not a big thing, everyone from [[Bevan|address]] does it."
"[[Trish|name]]'s all right. She's got a son, [[Callum|name]], he's like seven, he was in the flat the whole time."
"My mum don't know half. Don't tell her about [[Jermaine|name]]." He said he wants to go to college in [[Bromley|place]] to do
mechanics and he still sees his old youth worker, [[Jas|name]], at the boxing club in [[Hextable|place]].
Worries: he thinks "[[Marcus|name]]" knows where [[Ruby|name]] goes to school ([[Hextable Primary|school]]) and where his nan lives.
Strengths: nan; his uncle [[Chidi Okonkwo|name]] in [[Peckham|place]] ([[07534 882 109|phone]]) who "would have me".
Shared with: [[Dev Chauhan|name]]; PC [[Nikhil Bhatt|name]] (Kent Police missing person coordinator); Ms [[Sue Jarvis|name]], Head of
Year, [[Orchards|school]].
"""),
    ("texts between a mother and a youth worker, typed up", """Texts between [[Stacey Reeves|name]] and [[Jas Sandhu|name]] (youth
worker), [[5|date]]-[[9 November 2026|date]], copied into the file
by [[Jas|name]] with [[Stacey|name]]'s agreement. Times as on the phone.

Thu [[5 Nov|date]]
19:02 [[Stacey|name]]: hiya [[jas|name]] its [[stacey|name]] [[kd|name]]s mum. u still at the boxing on a thurs? he wont go nowhere else
19:10 [[Jas|name]]: Hi [[Stacey|name]]! Yes 6-8 Tues & Thurs at [[Hextable|place]]. Tell [[KD|name]] I'll pick him up from his nan's 5.45
if he wants
19:11 [[Stacey|name]]: hes at mine. [[31 bevan|address]]. he wont answer the door to no one tho. just knock 3 times
19:40 [[Stacey|name]]: he says ok 😭 thank u
Sat [[7 Nov|date]]
23:58 [[Stacey|name]]: [[jas|name]] sorry its late. a car keeps going past. grey merc. [[ruby|name]] saw it outside
[[hextable primary|school]] yday 2
00:03 [[Jas|name]]: Ring 999 if it stops. Have you got the reg? I'll tell [[Dev|name]] first thing
00:05 [[Stacey|name]]: [[LD21 HZK|vehicle]] i think. [[kayden|name]] says its [[marcus|name]]s mates. im taking the kids to my mums
00:06 [[Stacey|name]]: mum says [[val|name]] says ur welcome to come 2 hers 2 lol she means her 😂 [[egerton ave|address]]
Mon [[9 Nov|date]]
08:15 [[Jas|name]]: Morning. [[Dev|name]] and PC [[Bhatt|name]] coming to your mum's at 11. Police have the reg.
08:31 [[Stacey|name]]: ok. [[jermaine|name]] rang from elmley last nite off a number [[07763 218 590|phone]]?? said tell [[kd|name]] keep
his mouth shut
08:32 [[Jas|name]]: Please tell them that at 11 word for word. You did the right thing telling me.
"""),
    ("police notification scanned from a fax (OCR)", """KENT POLICE - CHILD AND YOUNG PERSON NOTIFICATION (CYP-N)            Ref: 46/1129/26
TO: Front Door, Medway Vale Council            FROM: PC 11720 [[N. BHATT|name]], [[Swanley|place]] Neighbourhood Team

Subject 1: [[0KONKWO-REEVES Kayden|name]]  D0B [[26.O4.2010|dob]]  Addr: [[31 Bevan P1ace|address]]
[[SWANLEY|place]] [[BR8 8BH|postcode]]
Subject 2: [[REEVES Ruby|name]]  DOB [[12.09.2016|dob]]  (same address)
Other: [[REEVES, Stacey Anne|name]] (mother) [[07.07.1989|dob]]; [[REEVES, Valerie|name]] (grandmother) of [[2 Egert0n
Avenue|address]], [[HEXTABLE|place]].
Circumstances: At 11:05 on [[09/11/2026|date]] officers attended the grandmother's address with SW [[CHAUHAN|name]]. Mother reported a
grey Mercedes [[LD2l HZK|vehicle]] seen on [[07/11|date]] outside [[31 Bevan Place|address]] and near [[Hextable Primary School|school]].
PNC: vehicle keeper [[Shanice DALEY|name]] of [[Sidcup|place]]; linked nominal [[Marcus DALEY|name]] ([[11/02/1998|dob]]) - wanted
for a [[Margate|place]] supply offence. Intelligence submitted. [[Marcus|name]] circulated. Marker on both addresses.
Child [[Kayden|name]] spoken to: "Nothing to say." Child [[Ruby|name]] not spoken to (at school).
Officer's view: risk HIGH (exploitation; threats from an adult in custody, brother [[Jermaine OKONKWO-REEVES|name]], NI
[[WX 66 20 94 B|ni]], HMP Elmley).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 75 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:39 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "gdad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "tio", "avó", "avô", "mãe",
           "ajji", "ajja", "appa", "amma", "akka", "tatie", "tonton", "grann", "mme", "madame", "dona", "pastor", "coordinator", "sw"}
_AFTER = {"akka", "avó", "senior", "junior", "(gdad)", "(tm)"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "kent", "west kent",
               "north kent", "north west kent", "surrey", "sussex", "east sussex", "hampshire", "london", "mozambique",
               "moçambique", "india", "karnataka", "haiti", "ayiti", "france", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Tio Bené",
# "Tatie Guerline", "Tonton Fritz", "Mme Alcindor", "Grann Anise", "grandad terry"; and after one: "varsha akka") and
# counties, regions and countries ("Kent", "Hampshire", "Mozambique", "Moçambique", "India", "Karnataka", "Haiti", "France").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
