"""Set 127: a held-out hand-written set for the redaction detector, six more invented families in Norwich, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
126, 128 and 129 (written by other helpers at the same time), that did not run the detector or any bench script that runs it,
that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py (the layout and marking conventions followed here), the docstrings of bench/redaction_set7.py to
bench/redaction_set125.py (printed with ast, and searched only as printed docstrings, to see which towns, districts and
communities earlier sets used as a family's home), the function names of bench/redaction_handwritten.py, and the ruff
settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and UPNs made with python-stdnum, and NHS
numbers made with their mod-11 check digit, in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in Norwich, each from a district no earlier set used as a family's home (one earlier set used Mile Cross, so it
is not used as a home here). Four white British or mixed families: a young mother and her partner in Lakenham with a
grandmother in Loddon (Futter / Bunn; neglect, a boy of 9 walking his sister to nursery, a dog bite, school attendance), a
mother and a boy of 15 in Bowthorpe with a grandfather in Dereham (Wells / Gedge; county lines to Great Yarmouth and
Lowestoft, missing episodes, an NRM referral), a mother of 19 and a baby in Heartsease with a Black British father (Rix / Page;
domestic abuse, a bruised baby of 8 weeks, perinatal mood), and twins with their grandmother as special guardian in Catton
Grove, with a mother using heroin and a father in prison (Howes / Sparrow). Two from communities no earlier set used: an
Aromanian (Vlach) family from Kruševo in North Macedonia in Tuckswood (Caragea / Nicolaidi / Gogu; a belt used on a girl of 14,
fears of an engagement, a family Viber group in Macedonian Cyrillic and Aromanian, a girl kept abroad after Christmas), and a
Greenlandic Inuit family in West Earlham with a father in Nuuk, a grandmother in Sisimiut and a father of the younger child in
Aalborg (Kleist / Lynge; a mother's drinking, a girl of 13 who looks after her brother, Greenland's children's services). 24
documents, of types or styles new to these sets where possible: a school attendance officer's case note, a Facebook Messenger
thread typed up, an ICPC report, a dog warden's incident form, a missing person return home interview, an NRM referral form,
a mother's voice note transcribed, strategy meeting minutes, a health visitor's new birth visit, a midwife's SBAR handover, a
hospital safeguarding email, a mother's handwritten letter to the judge, a special guardianship assessment extract, a contact
supervisor's notes typed fast on a phone, a school letter scanned and read by OCR (with 1 for i and l, 0 for O), a case
chronology, a home visit note with an interpreter, a Viber group chat typed up and translated, CIN review minutes, a police
STORM log extract, a school's MyConcern form, an email from Greenland's children's services translated from Danish, a family
group conference plan and an exported text thread.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (North Macedonia, Greenland, Denmark); NHS numbers and UPNs (LA number 926) pass their
check digits; NI numbers have a valid format. The council is invented (Yare Valley); schools are marked as schools whether real
or not; towns, districts, estates, villages, hospitals, surgeries, police forces, prisons, courts, charities, services, brands,
apps and landmarks (the Norfolk and Norwich University Hospital, Heartsease Surgery, Bowthorpe Health Centre, HMP Norwich,
Norwich Crown Court, the Bowthorpe Centre, Earlham Library, Change Grow Live, Kommuneqarfik Sermersooq, LanguageLine, the
Forced Marriage Unit, Leeway, the Bure Lodge clinic) are real or invented organisations and stay unmarked.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, HHJ, Nan, Nanny, Grandad, Mum, papu, Папу, Tata, aanaa, anaana) stay outside the name span; "SURNAME, First" and
"Surname, First" are one span ("FUTTER, Kayden", "Lynge, Pipaluk"); an initial with a surname is one span ("G. Bird", "T Drake",
"A. Kleist"); a name broken by a line break is one span holding the break, and so is a date; a name in another script
(Macedonian Cyrillic "Михали", "Дина", "Зоица") is a name and a place in another script ("Битола", "Крушево") a place; a
neighbour's bare house or flat number ("no. 29", "number 11", "no. 7", "7") is an address; a date of birth is dob (including a
man's date of birth given by the police), any other calendar date with a day is date, and a weekday before it stays outside;
months and years alone are not marked; countries and regions (Denmark, Greenland, North Macedonia, Norfolk, Suffolk) are not
places.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an OCR'd letter's
mis-read names and dates ("J. Sm1th", "R1ver Howes", "1O November 2O26") are marked as what they are; a street-slang short
form of an estate ("mile x" for Mile Cross) is a place; a school's short form used as a street's name is marked by what it
refers to ("Angel Road" infants is a school, the road an address); a Danish or Greenlandic date ("21. oktober 2026", "3. marts
2024") is a date, and Greenland's and North Macedonia's four-digit postcodes ("3900", "3911", "7550", "1000") are postcodes;
an Aromanian place name ("Scopia" for Skopje) and a vocative form of a name ("Vangheo") are marked; a family name in a group
chat's title ("Фамилија Карагеа") is a name; a police incident, MFH, NRM, FMU, CADS or MyConcern reference, a dog's microchip
and an interpreter's ID are not marked; pets' names ("Tank") are not names; an airport ("heathrow") is a landmark.

Self-check without the detector: `python -m bench.redaction_set127` (and tests/test_redaction_set127.py) runs set 15's checker
on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of
documents and gold spans per kind: 24 documents,
902 gold spans, 491 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Futter / Bunn family (white British), Lakenham, Norwich, with a grandmother in Loddon ------------------------------

HOME_A = d.Address("27 Mansfield Lane", "Lakenham", "Norwich", "NR1 2LS")
NAN_A = d.Address("6 Bridge Street", "", "Loddon", "NR14 6NA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Futter")], dt.date(2017, 4, 2), addresses=[HOME_A], ids=["634 460 5480", "B926521502738"],
       schools=["Lakenham Fields Primary School"]),
    _p("s", "sibling", [("Poppy-Mae", "Bunn")], dt.date(2021, 8, 30), addresses=[HOME_A], ids=["161 195 5076"]),
    _p("m", "mother", [("Shannon", "Futter")], dt.date(1996, 1, 12), addresses=[HOME_A], phones=["07824 380 486"],
       ids=["JK 28 44 17 B"]),
    _p("f", "partner", [("Craig", "Bunn")], dt.date(1993, 6, 5), addresses=[HOME_A], phones=["07971 453 031"]),
    _p("g", "grandparent", [("Brenda", "Futter")], dt.date(1970, 10, 9), addresses=[NAN_A], phones=["07854 828 112"]),
    _p("p1", "professional", [("Hollie", "Greengrass")], phones=["01603 223 906"], emails=["hollie.greengrass@yarevalley.gov.uk"]),
], "c")

DOCS_A = [
    ("school attendance officer's case note", """LAKENHAM FIELDS PRIMARY - ATTENDANCE CASE NOTE (EWO/ATT3)
Pupil: [[FUTTER, Kayden|name]]   DOB [[02.04.2017|dob]]   Yr 4   UPN [[B926521502738|upn]]
Address: [[27 Mansfield Lane|address]], [[Lakenham|place]], [[Norwich|place]] [[NR1 2LS|postcode]]
Parent/carer: [[Shannon Futter|name]] (mum) [[07824 380 486|phone]]; [[Craig Bunn|name]] (mum's partner, not PR)
Attendance this term: 71.4% (38 sessions missed, 22 unauthorised). Lates: 14.

[[03/11/2026|date]] - no call from home by 9.30. Rang mum x2, no answer. Home visit by me ([[Gary Bird|name]], attendance officer)
and Mrs [[Lamb|name]] (FSW). Curtains shut. A neighbour at [[no. 29|address]], [[Maureen Kett|name]], said
"the dog's been barking since yesterday and nobody's been out". [[Kayden|name]] opened the upstairs window and said mum was
"poorly in bed" and [[Poppy|name]] was "having cereal". Mum came down after ten minutes, said migraine. House smelt of dog mess.
[[04/11/2026|date]] - [[Kayden|name]] in at 10.05. Told Miss [[Wren|name]] (class teacher) he had walked [[Poppy-Mae|name]]
to nursery at [[Little Acorns|school]] on [[Hall Road|address]] on his own "because [[Craig|name]] was asleep". He is 9.
[[5th Nov|date]] - absent. Text from mum: "hes got nits sorry". Not an authorised reason. Letter 1 sent.
[[10.11.26|date]] - present, hungry at breakfast club (3 toast, 2 bowls). Said nanny [[Bren|name]] from [[Loddon|place]] "used to take
me but her car broke".
[[12 November|date]] - attendance panel letter. Copy to [[Hollie Greengrass|name]], Yare Valley Children's Services
([[01603 223 906|phone]]), who says the family are known: a dog bite to [[Poppy-Mae|name]] on [[28 Sept|date]] seen at the
Norfolk and Norwich.
Next: meeting in school Thursday [[19/11|date]] 2.30pm with mum, DSL Mr [[Abbs|name]] and [[Hollie|name]].
Recorded by [[G. Bird|name]] [[12/11/2026|date]]
"""),
    ("Facebook Messenger thread typed up", """Messenger thread between [[Shannon Futter|name]] and her mother, copied out by
[[Hollie Greengrass|name]] (SW) on
[[20 November 2026|date]] with [[Shannon|name]]'s agreement. Spelling as written. Shown on [[Shannon|name]]'s phone.

Mum 💕 - [[Brenda Futter|name]] Sun [[15 Nov|date]] 19:02
has [[kayden|name]] got his shoes yet [[shan|name]]. i can bring some tues if [[Terry|name]] gives me a lift from [[loddon|place]]
[[Shannon|name]] Sun [[15 Nov|date]] 19:40
no he hasnt [[craig|name]] was ment to get them from [[brian|name]] at the market
Mum 💕 19:41
[[craig|name]] was ment to do alot of things
[[Shannon|name]] 19:55
dont start mum. hes trying. the dogs going back to [[Darren|name]]s anyway after what happend to [[poppy|name]]
Mum 💕 19:57
good. that dog should of been put down. how is her arm
[[Shannon|name]] 20:03
stitches out wednesday... the nurse at the walk in said it was healing ok. social worker coming thurs. [[hollie|name]]. shes
alright actually
Mum 💕 20:04
you tell her i will have the kids weekends. [[kayden|name]] can go to [[chet valley|school]] from mine if he has to
[[Shannon|name]] 20:10
mum hes not moving schools. hes got mr [[abbs|name]] hes the only one he likes
Mum 💕 Mon [[16 Nov|date]] 08:15
is he in today
[[Shannon|name]] 08:52
yes i took him. both of them. [[Craig Bunn|name]] took [[poppy|name]] to [[acorns|school]]
Mum 💕 08:53
👍 proud of you. ring me tonight my new number is [[07565 735 246|phone]] the old one got cut off

Note by SW: "[[Terry|name]]" is [[Terry Gotts|name]], [[Brenda|name]]'s neighbour in [[Loddon|place]], who drives
her. "[[Darren|name]]" is [[Craig|name]]'s brother, [[Darren Bunn|name]], of [[Tuckswood|place]]. Mr [[Abbs|name]] is the school DSL.
"""),
    ("initial child protection conference report", """YARE VALLEY COUNCIL CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE - [[8 December 2026|date]], 10:00, County Hall (Room 3) / Teams

Children: [[Kayden FUTTER|name]] (b. [[2 April 2017|dob]]), NHS [[634 460 5480|nhs]]
          [[Poppy-Mae BUNN|name]] (b. [[30 August 2021|dob]]), NHS [[161 195 5076|nhs]]
Address: [[27 Mansfield Lane|address]], [[Norwich|place]] [[NR1 2LS|postcode]]
Social worker: [[Hollie Greengrass|name]]   Team manager: [[Rajesh Nair|name]]   Chair: [[Liz Thrower|name]] (IRO)

1. Reason for the conference
On [[28 September 2026|date]] [[Poppy-Mae|name]], aged 5, was bitten on the forearm by a Staffordshire cross ("Tank") belonging
to [[Darren Bunn|name]], which [[Craig Bunn|name]] was keeping at the house. She needed six stitches at the Norfolk and Norwich
University Hospital. The section 47 enquiry started on [[12 November|date]] after the school raised [[Kayden|name]]'s attendance,
hunger and his walking [[Poppy-Mae|name]] to nursery alone.

2. What we know
[[Shannon Futter|name]], 30, has two children by different fathers. [[Kayden|name]]'s father, [[Liam Spinks|name]], lives in
[[Great Yarmouth|place]] and has not seen him since 2022; he was told of the conference by letter on [[24/11/2026|date]].
[[Craig Bunn|name]], 33, is [[Poppy-Mae|name]]'s father and lives at the home. Police hold three call-outs to the address
(verbal arguments, [[14/02/2026|date]], [[3 May 2026|date]] and [[1/10/26|date]]). No injuries recorded.
The home was visited on [[19 November|date]] and [[26 November|date]]: dog faeces on the landing on the first visit, clean on the
second. [[Kayden|name]] shares a room with [[Poppy-Mae|name]]; his mattress is on the floor.
Maternal grandmother [[Brenda Futter|name]] of [[6 Bridge Street|address]], [[Loddon|place]] ([[07565 735 246|phone]]) offers
weekends and is protective.
Other family and network: [[Craig|name]]'s brother [[Darren Bunn|name]] (the dog's owner) lives at [[Flat 3, 88 Bishop Bridge
Road|address]]; [[Craig|name]]'s mother, [[Sheila Bunn|name]], lives in [[Tuckswood|place]] and has not been assessed. [[Shannon|name]]'s
friend [[Toni Merrison|name]] ([[07591 163 808|phone]]) of [[Wherry Road|address]] has had the children overnight twice
([[31/10/2026|date]] and [[7/11/2026|date]]). The children's nursery key person is [[Stacey Rudd|name]] at [[Little Acorns|school]].
[[Kayden|name]]'s class teacher, Miss [[Wren|name]], and the DSL, Mr [[Abbs|name]], have sent reports ([[30/11/2026|date]]).

3. The children's views
[[Kayden|name]] said: "I like it when nanny [[Bren|name]] comes. I don't like when [[Craig|name]] and Mum shout. I want a bed."
[[Poppy-Mae|name]] drew Tank "in the bin".

4. Recommendation
That both children be made subject to child protection plans under the category of neglect.
[[H. Greengrass|name]], [[1 Dec 2026|date]]
"""),
    ("dog warden's incident form", """NORWICH DOG WARDEN SERVICE - DANGEROUS / OUT OF CONTROL DOG - INCIDENT FORM (DW7)
Ref DW/26/0933   Officer: [[Paul Cubitt|name]]   Date of report: [[30-09-2026|date]]
Date of incident: [[28-09-2026|date]]   Time: approx 17:40
Location: rear garden, [[27 Mansfield Lane|address]], [[NR1 2LS|postcode]]
Dog: Staffordshire bull terrier x, brindle male, name "Tank", microchip 826098100412337
Registered keeper (chip): [[Darren BUNN|name]], [[Flat 3, 88 Bishop Bridge Road|address]], [[Norwich|place]] [[NR1 4ET|postcode]],
mob [[07706 550 272|phone]]
Person in charge at time: [[Craig BUNN|name]] (brother), same address as incident, mob [[07971 453 031|phone]]
Injured person: [[Poppy-Mae BUNN|name]], age 5, DOB [[30/08/2021|dob]]. Forearm bite, 6 sutures, N&N ED.
Witness: [[Kayden FUTTER|name]], 9 (not interviewed - child). Adult witness: neighbour [[Maureen Kett|name]], [[29 Mansfield Ln|address]],
tel [[01603 419 586|phone]]: "The little girl was holding a sausage out to it and it went for her arm. [[Craig|name]] was on his phone."
Action: dog removed to keeper [[Darren Bunn|name]] [[29/09|date]]; CPN (Community Protection Warning) issued; referral to
Children's Services (MASH) by phone [[30/09/2026|date]] 11:20, spoke to [[Jo|name]] on duty.
Signed [[P Cubitt|name]]
"""),
]


# --- B. Wells / Gedge family (white British), Bowthorpe, Norwich, with a grandfather in Dereham ---------------------------

HOME_B = d.Address("41 Chapel Break Road", "Bowthorpe", "Norwich", "NR5 9LS")
GRAMP_B = d.Address("12 Cemetery Road", "", "Dereham", "NR19 2EW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Gedge")], dt.date(2011, 2, 17), addresses=[HOME_B], ids=["295 641 8149", "Q926177775220"],
       phones=["07790 176 160"], schools=["Ormiston Bowthorpe Academy"]),
    _p("m", "mother", [("Kerry", "Wells")], dt.date(1988, 9, 21), addresses=[HOME_B], phones=["07733 740 710"]),
    _p("f", "father", [("Shane", "Gedge")], dt.date(1985, 12, 1), phones=["07956 884 580"]),
    _p("g", "grandparent", [("Dennis", "Holt")], dt.date(1951, 3, 3), addresses=[GRAMP_B], phones=["01362 693 455"]),
    _p("p1", "professional", [("Femi", "Adeyemi")], phones=["01603 305 761"], emails=["femi.adeyemi@yarevalley.gov.uk"]),
], "c")

DOCS_B = [
    ("missing person return home interview", """RETURN HOME INTERVIEW (RHI) - completed by [[Sasha Blyth|name]], Missing & Exploited Team,
Yare Valley
Young person: [[Tyler GEDGE|name]]   DOB: [[17/02/2011|dob]]   Age 15   Police ref: MFH 36-26-1147
Missing from: home, [[41 Chapel Break Rd|address]], [[Bowthorpe|place]]   Reported by mum [[Kerry Wells|name]] [[07733 740 710|phone]]
Missing: Fri [[6th November|date]] 18:00 - found Sun [[8th November|date]] 06:10 by BTP at [[Lowestoft|place]] station.
Interview: [[10 November 2026|date]], 16:00, at grandfather's.

[[Tyler|name]] met me at his grandad's in [[Dereham|place]] ([[12 Cemetery Road|address]]), as he did not want to talk at home.
He said he went "to [[Yarmouth|place]] then [[Lowestoft|place]]" with "a lad called [[Deeks|name]]" he met at the skate park by the
Bowthorpe Centre. He would not give [[Deeks|name]]'s real name. He said he "held a phone" and got £150 and a pair of Air Max.
He slept at "a girl's flat" on [[Kirkley Run|address]]; the girl was "[[Jade|name]], about 19". He had two phones: his own
([[07790 176 160|phone]]) and "the line", which he said he threw in the harbour.
He said he was scared of "[[Kai|name]] from [[Gorleston|place]]", who "said I owe him now".
He named his friend [[Mason Reeve|name]] (Year 10, [[Ormiston Bowthorpe|school]]) as also "doing it".
He does not want his dad [[Shane|name]] told. He likes grandad [[Den|name]] and wants to stay there "till it calms down".
Push/pull factors: arguments at home with mum's partner [[Wayne Cushion|name]]; excluded from school [[2/11|date]] for 5 days.
Risks: criminal exploitation (county lines), debt bondage, possible sexual exploitation of [[Jade|name]] (passed to police).
Actions: NRM referral ([[S. Blyth|name]] to complete); intel submission to Norfolk Police; strategy meeting requested; tell
SW [[Femi Adeyemi|name]] ([[01603 305 761|phone]]).
People named in the interview (for the MET intel map): "[[Deeks|name]]"; "[[Kai|name]]" ([[Gorleston|place]]); "[[Jade|name]]"
([[Kirkley Run|address]], [[Lowestoft|place]]); [[Mason Reeve|name]] ([[Bowthorpe|place]]); "[[Little T|name]]", a boy of about
13 from [[Clover Hill|place]]; a driver called "Uncle [[Rich|name]]".
"""),
    ("National Referral Mechanism referral form extract", """NRM REFERRAL - FIRST RESPONDER: Yare Valley Council (Children's Services)
Section A - potential victim
Family name: [[GEDGE|name]]   Given names: [[Tyler Shane|name]]   Known as: [[Ty|name]]
Date of birth: [[17 February 2011|dob]]   Gender: M   Nationality: British
Current address: [[41 Chapel Break Road|address]], [[Bowthorpe|place]], [[Norwich|place]], [[NR5 9LS|postcode]]
Phone: [[07790 176 160|phone]]   Email: [[tylergedge11@gmail.com|email]]   NHS no: [[295 641 8149|nhs]]
Section B - first responder
Name: [[Femi Adeyemi|name]]   Role: Social worker   Email: [[femi.adeyemi@yarevalley.gov.uk|email]]   Tel: [[01603 305 761|phone]]
Section C - account (summarised from the RHI of [[10/11/2026|date]] and police disclosures)
From about the summer holidays [[Ty|name]] was given cannabis and trainers by older males at the skate park. On
[[18 October|date]] he was stopped by police in [[Thetford|place]] with £40 and a second phone. On [[6 November|date]] he travelled by
train from [[Norwich|place]] to [[Great Yarmouth|place]] and then to [[Lowestoft|place]], where he stayed in a flat on
[[Kirkley Run|address]]
used to sell class A drugs. Adults named: "[[Deeks|name]]" (possibly [[Dean Deeks|name]], 24, of [[Gorleston|place]]); "[[Kai|name]]".
Also present: a young woman, "[[Jade|name]]". A linked child: [[Mason REEVE|name]], 15, [[Ormiston Bowthorpe Academy|school]].
Section D - indicators: recruited, transported, harboured; debt; threats; a tracked phone.
Section E - consent: not needed (child). Parent told: [[Kerry Wells|name]], mother, [[11/11/2026|date]].
Signed electronically: [[F Adeyemi|name]]   [[11-11-2026|date]]
"""),
    ("voice note transcribed by the social worker", """Transcript of a WhatsApp voice note (2 min 14 s) from [[Kerry Wells|name]] to SW
[[Femi Adeyemi|name]],
received [[14/11/2026|date]] 23:48, typed by [[Femi|name]] on [[15/11/2026|date]]. Words as spoken; [inaudible] where unclear.

"[[Femi|name]] it's [[Kerry|name]]. Sorry it's late. He's gone again. [[Ty|name]]'s gone. He went out about seven, said he
was going to [[Mason|name]]'s on [[Bowthorpe Hall Road|address]], and [[Mason|name]]'s mum [[Tina|name]] says he never come. His
phone's off. [[Wayne|name]]'s out looking in the car round [[Earlham|place]] and the Clover Hill bit. I rung my dad in
[[Dereham|place]], he ain't there. I rung 101, they said ring 999 if - [inaudible] - so I did, they give me a number,
it's, er, 36-26-1203. The police lady, PC [[Halls|name]] I think, she's coming. I found a train ticket in his drawer,
[[Norwich|place]] to [[Yarmouth|place]], dated the [[12th|date]]. And a bit of paper with a number, [[07468 737 511|phone]], and
'[[K|name]]' on it. I ain't rung it. Should I ring it? I'm scared, [[Femi|name]]. His dad, [[Shane|name]], says it's my fault for
letting [[Wayne|name]] move in. Please ring me in the morning. Bye."

Action taken [[15/11|date]] 08:10: number passed to PC [[Halls|name]] and the MET intel officer; [[Tyler|name]] found at 09:30 at
Norwich bus station by BTP, returned to grandfather [[Dennis Holt|name]] in [[Dereham|place]] at mother's request.
"""),
    ("multi-agency strategy meeting minutes", """MINUTES - STRATEGY MEETING (S47 / CONTEXTUAL), [[16.11.2026|date]] 14:00, Teams
Re: [[Tyler GEDGE|name]] DOB [[17.02.2011|dob]], and linked child [[Mason REEVE|name]] DOB [[03.06.2011|dob]]
Present: [[Rachel Dye|name]] (Chair, TM); [[Femi Adeyemi|name]] (SW); PC [[Gemma Halls|name]] and DS [[Rob Moy|name]] (Norfolk
Police, Op Gravity); [[Sasha Blyth|name]] (MET); [[Andy Loveday|name]] (DSL, [[Ormiston Bowthorpe|school]]); [[Nicola Sayer|name]] (school
nurse); [[Pip Rayner|name]] (YOT). Apologies: Dr [[Imran Khan|name]] (GP, Bowthorpe Health Centre).
1. Update: [[Tyler|name]] missing [[14/11|date]]-[[15/11|date]], found at the bus station. Second episode in ten days. He is staying
with grandfather [[Dennis Holt|name]], 75, in [[Dereham|place]]; mother agrees. Grandfather's landline [[01362 693 455|phone]].
2. Police: [[Dean DEEKS|name]] (DOB [[11/01/2002|dob]]) arrested in [[Lowestoft|place]] on [[13 November|date]] at the
[[Kirkley Run|address]]
address; the "[[Jade|name]]" present is [[Jade Utting|name]], 19, now supported by Suffolk adult services. "[[Kai|name]]" not identified.
A vehicle seen dropping [[Tyler|name]] at the skate park, a black Golf [[VK19 OWX|vehicle]], is linked to [[Deeks|name]].
3. School: [[Tyler|name]] back on a part-time timetable from [[23/11|date]]; [[Mason|name]] attending 60%. Mr [[Loveday|name]] worried
about a
group of Year 10 boys meeting at the Bowthorpe Centre after school.
4. Father [[Shane Gedge|name]] ([[07956 884 580|phone]]) rang the SW on [[15/11|date]] and made threats towards [[Wayne Cushion|name]];
police to give words of advice.
Decisions: s47 enquiry for [[Tyler|name]] (risk outside the home); contextual safeguarding mapping of the Bowthorpe Centre; NRM
submitted; next meeting [[30 November 2026|date]].
Minutes: [[L. Tooley|name]] (business support)
"""),
]


# --- C. Rix / Page family (white British mother, Black British father), Heartsease, Norwich -------------------------------

HOME_C = d.Address("Flat 9, Harvey House, 3 Rider Haggard Road", "Heartsease", "Norwich", "NR7 9UE")
DAD_C = d.Address("18 Gertrude Road", "", "Norwich", "NR3 4SA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Oakley", "Rix")], dt.date(2026, 9, 14), addresses=[HOME_C], ids=["914 580 4362"]),
    _p("m", "mother", [("Amber", "Rix")], dt.date(2007, 5, 26), addresses=[HOME_C], phones=["07411 266 677"],
       ids=["373 621 7838"]),
    _p("f", "father", [("Jordan", "Page")], dt.date(2004, 7, 8), addresses=[DAD_C], phones=["07508 981 319"]),
    _p("g", "grandparent", [("Michelle", "Rix")], dt.date(1984, 2, 19), phones=["07917 635 981"]),
    _p("p1", "professional", [("Grace", "Mutasa")], phones=["01603 759 447"], emails=["grace.mutasa@nhs.net"]),
], "c")

DOCS_C = [
    ("health visitor's new birth visit record", """HEALTHY CHILD PROGRAMME - NEW BIRTH VISIT (10-14 days)
Child: [[Oakley RIX|name]]   DOB [[14/09/2026|dob]]   NHS [[914 580 4362|nhs]]   Gestation 36+2, BW 2.41 kg
Mother: [[Amber RIX|name]], 19, DOB [[26/05/2007|dob]], NHS [[373 621 7838|nhs]]   Tel [[07411 266 677|phone]]
Address: [[Flat 9, Harvey House|address]], [[3 Rider Haggard Road|address]], [[Heartsease|place]], [[NR7 9UE|postcode]]
Father: [[Jordan Page|name]] (not living here; [[Gertrude Rd|address]], [[Norwich|place]])   GP: Heartsease Surgery
Visit date: [[25.09.2026|date]]   HV: [[Grace Mutasa|name]]

Present: mother, baby, maternal grandmother [[Michelle Rix|name]] (42) and mother's friend "[[Liv|name]]" ([[Olivia Tuck|name]]).
Baby: feeding formula 60-75 ml 3-hourly, weight 2.38 kg (below BW), jaundice fading. Sleeps in a Moses basket; a second-hand
cot from [[Nicky|name]] at [[number 11|address]] not yet built.
Mother: tearful, says she "can't stop checking he's breathing". EPDS 14. Smokes 10 a day on the balcony. Left her course at
[[City College|school]] in the first year. Disclosed that [[Jordan|name]] "punched the wall" when she was 30 weeks and that she
ended the relationship on [[2 August|date]]. He has asked to see [[Oakley|name]]; she "doesn't want him round without my mum".
Home: 4th-floor flat, lift broken since [[19/09|date]]; she carries the pram up. Damp in the bedroom.
Routine enquiry re DA: yes (above). DASH offered; declined. Leaflets: Leeway; ICON.
Plan: weekly visits x 4 (Universal Plus); GP for mood (Dr [[Oduya|name]]); perinatal mental health referral; next visit
Friday [[2 October|date]].
"""),
    ("midwife's SBAR handover", """SBAR - community midwife to health visiting and Children's Services (MASH), [[18/09/2026|date]]
From: [[Bethany Ling|name]], community midwife, Heartsease team, [[07380 402 931|phone]]
S - Baby [[Oakley|name]] (born [[14.9.26|dob]] at the N&N, 36 weeks) and mum [[Amber Rix|name]], 19, discharged home day 3.
B - Late booking (22 weeks). Known to CSC as a child ([[Amber|name]] was on a CP plan 2016-2018 in [[Thorpe Hamlet|place]]). Father
[[Jordan Page|name]], 22, DV history with a previous partner ([[Keeley Brown|name]], 2024). Maternal grandmother [[Michelle|name]]
supportive but works nights at the Asda at [[Hellesdon|place]].
A - Day 5 visit [[19 Sept|date]]: [[Jordan|name]] at the flat; [[Amber|name]] said he "just come to drop nappies" but he stayed the
whole visit and answered for her. Bruise 3 cm on her left upper arm; she said the pram. Baby well, 7% weight loss.
R - Please allocate HV early; MASH to check police records for [[Jordan|name]]; I will see [[Amber|name]] alone on [[21/09|date]].
"""),
    ("hospital safeguarding team's email", """From: [[Lorraine Crisp|name]] <[[lorraine.crisp@nnuh.nhs.uk|email]]>
Sent: Wednesday [[11/11/2026|date]] 15:32
To: [[Grace Mutasa|name]]; MASH
Subject: [[Oakley Rix|name]] DOB [[14/09/2026|dob]] - ED attendance last night

Hi [[Grace|name]],
Letting you know [[Oakley|name]] (8 weeks) was brought to Children's ED at 02:14 today by mum [[Amber|name]] and her mum
[[Michelle|name]] with a "floppy episode" after a feed. Obs normal. The paediatric registrar, Dr [[Kavya Anand|name]], found a
small bruise (5 mm) on the left cheek. Mum said "[[Jordan|name]] had him yesterday afternoon" and he was "fine when he come
back". Skeletal survey and CT head were done before discharge: both normal. Police (CAIT, DC [[Sam Mallett|name]]) informed
and a strategy discussion requested for tomorrow.
[[Jordan Page|name]]'s mobile on our system: [[07508 981 319|phone]]. Dad's address given as [[18 Gertrude Road|address]],
[[NR3 4SA|postcode]].
Many thanks
[[Lorraine|name]]
Named Nurse, Safeguarding Children, Norfolk and Norwich University Hospital, [[01603 287 512|phone]]

> From: [[Grace Mutasa|name]] <[[grace.mutasa@nhs.net|email]]>
> Sent: [[11/11/2026|date]] 16:05
> Thanks [[Lorraine|name]]. I saw [[Amber|name]] at the flat on the [[4th|date]] and [[Oakley|name]] was well. [[Michelle|name]] told me
> [[Jordan|name]] has been staying at his cousin [[Kyle Page|name]]'s on [[Gurney Road|address]] in [[Thorpe Hamlet|place]]. I'll join the
> strategy discussion. My mobile is [[07917 497 738|phone]]. [[Grace|name]]
"""),
    ("mother's handwritten letter to the judge", """To the Judge,

My name is [[Amber Rix|name]] and I am [[Oakley|name]]'s mum. My solicitor Ms [[Dhillon|name]] said I could write to you
myself so here it is.

I know I made mistakes. I let [[Jordan|name]] take [[Oakley|name]] on the [[10th November|date]] when my mum said not to. I didnt
think he would hurt him. I still dont know how he got the bruise and [[Jordan|name]] says it was the car seat strap. I have
not seen [[Jordan|name]] since the [[12th|date]] and I blocked his number. I moved out of [[Harvey House|address]] to my mums
at [[Pilling Park Road|address]] so I am not on my own.

I have done the Freedom Programme at the childrens centre with [[Kelly|name]] and [[Sue|name]] every Tuesday and I
go to the perinatal team with Dr [[Oduya|name]]. I stopped smoking on [[1 December|date]]. My friend [[Liv|name]] and my
Nan [[Pat|name]] in [[Sprowston|place]] will help me.

[[Oakley|name]] is my whole world. He smiles at me now. Please let him stay with me and my mum.

From [[Amber|name]]
[[14/12/26|date]]
"""),
]


# --- D. Howes / Sparrow family (white British), Catton Grove, Norwich; twins with their grandmother as special guardian ---

HOME_D = d.Address("63 Catton Grove Road", "Catton Grove", "Norwich", "NR3 3NT")
PRISON_D = d.Address("HMP Norwich", "", "Norwich", "NR1 4LU")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Summer", "Howes")], dt.date(2019, 6, 21), addresses=[HOME_D], ids=["643 316 2991", "D926208683288"],
       schools=["Catton Grove Primary School"]),
    _p("s", "sibling", [("River", "Howes")], dt.date(2019, 6, 21), addresses=[HOME_D], ids=["924 694 4453", "T926735470180"],
       schools=["Catton Grove Primary School"]),
    _p("g", "grandparent", [("Sandra", "Howes"), ("Sandy", "Howes")], dt.date(1966, 11, 30), addresses=[HOME_D],
       phones=["07443 824 287"], ids=["NP 61 30 11 D"]),
    _p("m", "mother", [("Jade", "Howes")], dt.date(1991, 3, 14), phones=["07837 605 193"]),
    _p("f", "father", [("Lee", "Sparrow")], dt.date(1989, 8, 2), addresses=[PRISON_D]),
    _p("p1", "professional", [("Tamsin", "Drake")], phones=["01603 220 318"], emails=["tamsin.drake@yarevalley.gov.uk"]),
], "c")

DOCS_D = [
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Annex A) - extract, sections 1, 4 and 9
Children: [[Summer Rose HOWES|name]] and [[River James HOWES|name]], twins, born [[21 June 2019|dob]]
Proposed special guardian: [[Sandra|name]] ("[[Sandy|name]]") [[HOWES|name]], maternal grandmother, DOB [[30.11.1966|dob]], NI
[[NP 61 30 11 D|ni]]
Address: [[63 Catton Grove Road|address]], [[Catton Grove|place]], [[Norwich|place]] [[NR3 3NT|postcode]]   Tel [[07443 824 287|phone]]
Assessor: [[Tamsin Drake|name]], Kinship Team   Dates of visits: [[2/10|date]], [[9/10|date]], [[16/10|date]], [[23/10|date]] and
[[6/11/2026|date]]

1. Background
The twins' mother, [[Jade Howes|name]], has used heroin since she was 20. The twins have lived with [[Sandy|name]] since
[[4 March 2025|date]], when [[Jade|name]] was found unconscious in a flat in [[Dereham Road|address]] with the children there. Their
father, [[Lee Sparrow|name]], is serving four years at HMP Norwich for robbery; earliest release [[8 August 2027|date]].

4. The applicant's history
[[Sandy|name]] was born in [[King's Lynn|place]], the youngest of five, and grew up in [[Gaywood|place]]. She worked 22 years as a
dinner lady at [[Angel Road|school]] infants. She was married to [[Keith Howes|name]] (died 2018). Her partner of four years,
[[Roger Sparrow|name]] (no relation to [[Lee|name]] - "it's a common name round here"), lives in [[Aylsham|place]] and stays at
weekends; DBS clear, checked [[12/10/2026|date]]. Her other daughter [[Kirsty Mace|name]] lives in [[Hellesdon|place]] and would
have the twins if [[Sandy|name]] were ill.

9. The children
[[Summer|name]] is lively and bossy and "looks after" [[River|name]]. [[River|name]] has speech delay and sees [[Dawn|name]], the
speech therapist, at the [[Catton Grove|school]] school on Mondays. Both call their grandmother "Nanny" and their mother
"[[Jadey|name]]".
Recommendation: positive. [[T. Drake|name]], [[20 November 2026|date]]
"""),
    ("contact supervisor's phone notes", """contact notes - typed on phone in car after, sorry for typos - [[T Drake|name]] sent to file
sat [[28/11|date]]

family centre [[magdalen st|address]] 10-11.30
mum [[jade|name]] arrived 10.20 (late, said bus from [[costessey|place]]) - pinned pupils? scratching. i asked was she ok she
said "dont start [[tamsin|name]]"
twins ran to her. [[river|name]] brought the dinosaur book from nanny [[sandy|name]]. mum read it nice, good voices
[[summer|name]] asked "are you better yet" mum cried
10.50 mum on phone in corridor 6 mins. heard her say "[[Deano|name]] i told you not today". came back agitated
11.05 mum gave [[summer|name]] a bracelet, said from "your daddy [[lee|name]] in the big house". i reminded her about the
agreement re no talk about prison. mum said sorry
11.20 mum asked could she have [[sandy|name]]s new number. i said no as agreed at LAC review
11.30 goodbye ok. [[river|name]] upset in car, said "mummy smells funny". [[summer|name]] quiet.
returned to nanny [[Sandy Howes|name]] at [[63 Catton Grove Rd|address]] 11.50. told her re the bracelet. she said [[jade|name]]s
new fella is [[Dean Pegg|name]] from [[mile x|place]] and she doesnt like him
TODO ring [[Jade|name]] mon re [[Deano|name]] / the phone call. check with police re [[Dean Pegg|name]] (PNC)
"""),
    ("scanned school letter read by OCR", """CATTON GROVE PRIMARY SCH00L
[[Catton Grove Rd|address]], Norw1ch [[NR3 3PA|postcode]]    Tel: [[01603 487 215|phone]]
Headteacher: Mrs [[J. Sm1th|name]]

[[1O November 2O26|date]]

Dear Mrs [[Howes|name]],

Re: [[Summer Howes|name]] and [[R1ver Howes|name]], Year 2 (Class Kingfishers)
UPN: [[D926208683288|upn]] / [[T926735470180|upn]]

I am writ1ng to confirm what we discussed at parents' evening on Thursday [[5th Novem-
ber|date]]. [[River|name]] w1ll have a place in our speech and language group w1th Mrs [[Dawn Ketteringham|name]] on
Monday and Wednesday mornings from [[16/11/2O26|date]].

We are also aware that [[Summer|name]] told her teacher, Mr [[Gr1mes|name]], that "[[Jadey|name]] came to the gates". On
Tuesday [[3 November|date]] at 3.15 pm a woman who said she was the twins' mother asked a TA, Miss [[Olivia Reeve|name]], to
let her take them. Miss [[Reeve|name]] refused and f etched me. The woman left towards [[Angel Road|address]] with a man
in a grey Corsa ([[AY16 KTF|vehicle]]). Only you and Mrs [[Kirsty Mace|name]] are on our collection list.

Yours sincerely
[[J Sm1th|name]]
Headteacher
"""),
    ("case chronology", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Summer HOWES|name]] and [[River HOWES|name]] (twins, b. [[21/06/2019|dob]])
Compiled by [[Tamsin Drake|name]] for the SGO court bundle; last updated [[30 Nov 2026|date]]

[[21/06/2019|date]]   Twins born at the N&N, 34 weeks. Mother [[Jade Howes|name]], 28. Father [[Lee Sparrow|name]] present.
[[03/01/2020|date]]   HV notes: [[Jade|name]] and [[Lee|name]] living at [[Flat 2, 40 Magpie Road|address]], [[Norwich|place]]; DA incident.
[[17/08/2021|date]]   [[Lee Sparrow|name]] arrested for robbery at a shop on [[Aylsham Road|address]]; remanded.
[[12/05/2022|date]]   [[Lee|name]] sentenced at Norwich Crown Court: 4 years (later extended for a breach).
[[2022-11-29|date]]   Referral from Dr [[Baxter|name]]'s practice: mother missing appointments, twins not brought for jabs.
[[04/03/2025|date]]   Mother found unconscious at [[118 Dereham Road|address]] ([[NR2 3HT|postcode]]); twins with a neighbour,
                      Mrs [[Ann Pye|name]]. Police protection. Placed with grandmother [[Sandy Howes|name]].
[[05/03/2025|date]]   Strategy meeting. [[Sandy|name]] approved as a connected person (reg. 24).
[[19/06/2025|date]]   Interim care orders, HHJ [[Harrow|name]].
[[10/10/2025|date]]   [[Jade|name]] enters rehab at the Bure Lodge clinic, [[Wroxham|place]]; leaves after 11 days.
[[03/11/2026|date]]   [[Jade|name]] and [[Dean Pegg|name]] at school gates (see school letter of [[10/11/2026|date]]).
[[28/11/2026|date]]   Supervised contact; mother appeared under the influence; call from "[[Deano|name]]".
[[01/12/2026|date]]   [[Dean Pegg|name]] (DOB [[23/07/1986|dob]]) confirmed by police as a registered drug user with a conviction
                      for supplying; address [[Flat 12, Lefroy Road|address]], [[Mile Cross|place]], [[NR3 2LX|postcode]].
[[02/12/2026|date]]   [[Lee Sparrow|name]] writes to the twins from prison (letter held by SW); asks for a visit at
                      Christmas. His mother, [[Pauline Sparrow|name]] of [[Drayton|place]] ([[07380 176 185|phone]]), asks for
                      contact too.
[[04/12/2026|date]]   [[Sandy|name]]'s partner [[Roger|name]] sees [[Jade|name]] outside the Co-op on [[Catton Grove Road|address]]
                      with [[Dean|name]]; she asks him for £20.
[[07/12/2026|date]]   SGO hearing listed for [[19 January 2027|date]] at the Family Court in [[Norwich|place]].
"""),
]


# --- E. Caragea family (Aromanian, from Kruševo in North Macedonia), Tuckswood, Norwich -----------------------------------

HOME_E = d.Address("22 Tuckswood Lane", "Tuckswood", "Norwich", "NR4 6BX")
PAPU_E = d.Address("ul. Nikola Karev 14", "", "Kruševo", "7550")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Dina", "Caragea")], dt.date(2012, 1, 9), addresses=[HOME_E], ids=["687 020 8336", "H926657258918"],
       schools=["Hewett Academy"]),
    _p("s", "sibling", [("Costa", "Caragea")], dt.date(2015, 10, 27), addresses=[HOME_E], ids=["300 255 3808"],
       schools=["Tuckswood Academy"]),
    _p("f", "father", [("Sterjo", "Caragea")], dt.date(1980, 4, 16), addresses=[HOME_E], phones=["07591 833 510"],
       ids=["SC 72 40 19 A"]),
    _p("m", "mother", [("Vanghea", "Caragea")], dt.date(1986, 8, 3), addresses=[HOME_E], phones=["07468 395 784"]),
    _p("g", "grandparent", [("Mihali", "Caragea")], dt.date(1948, 5, 5), addresses=[PAPU_E], phones=["+389 70 412 583"]),
    _p("p1", "professional", [("Owen", "Lusher")], phones=["01603 638 210"], emails=["owen.lusher@yarevalley.gov.uk"]),
], "c")

DOCS_E = [
    ("home visit note with an interpreter", """HOME VISIT - CHILD IN NEED ASSESSMENT - [[Dina CARAGEA|name]] (DOB [[09/01/2012|dob]]) and
[[Costa CARAGEA|name]]
Date/time: Tues [[13 Oct 2026|date]], 16:30-18:00   Where: [[22 Tuckswood Lane|address]], [[Tuckswood|place]], [[NR4 6BX|postcode]]
SW: [[Owen Lusher|name]]   Interpreter (Macedonian, by phone; the family speak Aromanian at home): [[Biljana T|name]], LanguageLine
ID 40217

Present: father [[Sterjo Caragea|name]], mother [[Vanghea|name]], [[Dina|name]] (14), [[Costa|name]] (11), and the father's cousin
[[Tase Nicolaidi|name]], who drove over from [[Peterborough|place]] "to help with English".
Why: [[Dina|name]] told her form tutor at [[Hewett|school]] on [[8 October|date]] that her father hit her with a belt after he found
a boy's messages on her phone, and that she is "going to [[Kruševo|place]] in summer to be engaged".
[[Dina|name]] (seen alone in her bedroom, in English, no interpreter, at her wish): the boy is [[Callum|name]] from her maths
set. "Tata hit me three times on the legs. He's not bad, he was scared. In our village they talk." She says her
grandfather, papu [[Mihali|name]], has "a boy in mind", the son of [[Nase Gogu|name]] in [[Bitola|place]]. She wants to do
A levels at [[Notre Dame|school]] and be a pharmacist. Marks: two fading linear bruises on the back of the left thigh.
Father (through interpreter): accepts he hit her "once, with hand". Says there is no engagement: "she is a child, this is
[[Dina|name]]'s dreams". He works at a chicken factory in [[Attleborough|place]] nights. [[Tase|name]] kept answering for him; I
asked him to wait in the kitchen.
Mother: quiet; said in Aromanian, via [[Dina|name]], that she wants to take the children to see her sister [[Zoica|name]] in
[[Skopje|place]] at Christmas.
[[Costa|name]]: playing FIFA; said "[[Dina|name]] always gets in trouble, not me".
Next: strategy discussion ([[14/10|date]]); FGM/FM unit advice; see [[Dina|name]] at school Thurs [[15th|date]].
"""),
    ("Viber group chat typed up and translated", """Viber group "Фамилија [[Карагеа|name]] 🇲🇰" - screenshots given by [[Dina|name]] to
[[Owen Lusher|name]] on [[22/10/2026|date]], typed up
by him; translations from Macedonian and Aromanian by [[Biljana Trajkovska|name]] (interpreter), in brackets.

Папу [[Михали|name]]  [[19.10.2026|date]] 21:14
Стерјо, зборував со [[Насе|name]]. Момчето е добро, работи во [[Битола|place]].
([[Sterjo|name]], I spoke with [[Nase|name]]. The boy is good, he works in [[Bitola|place]].)
[[Sterjo|name]]  21:30
Тато, [[Дина|name]] е мала. Тука е училиште.
(Dad, [[Dina|name]] is small. Here is school.)
[[Vanghea|name]]  21:31
❤️
[[Зоица|name]]  21:40
[[Vangheo|name]], yinj la [[Scopia|place]] tu Crãciun? ([[Vanghea|name]], will you come to [[Skopje|place]] at Christmas?) — Aromanian
Папу [[Михали|name]]  21:52
Ке дојдете сите во [[Крушево|place]] во јули. Свадбата на [[Пандо|name]] е на [[12 јули|date]].
(You will all come to [[Kruševo|place]] in July. [[Pando|name]]'s wedding is on [[12 July|date]].)
[[Tase Nicolaidi|name]]  22:03
[[Sterjo|name]] call me, number new [[07565 462 487|phone]]
Папу [[Михали|name]]  22:05
[[Михали Карагеа|name]]: [[+389 70 412 583|phone]] — ова е мојот нов број
(This is my new number.)
[[Dina|name]]  22:20
Папу, јас сакам да учам. Love you ❤️ (Papu, I want to study.)
[[Zoica|name]]  22:24
[[Dina|name]] mea, ghini. ([[Dina|name]] my dear, good.)
[[Sterjo|name]]  22:31
Мајка ми [[Вангелија|name]] ја поздравува [[Дина|name]]. ([[Vangelija|name]], my mother, greets [[Dina|name]].) We land [[Скопје|place]]
[[18.12|date]], [[Tase|name]] drives us [[Luton|place]].

Note: [[Pando|name]] is a cousin, 24; the wedding is his, not [[Dina|name]]'s. The number is the grandfather's.
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - [[Dina|name]] and [[Costa Caragea|name]] -
[[19 November 2026|date]], at [[Hewett Academy|school]]
Attendees: [[Sterjo Caragea|name]] (father); [[Vanghea Caragea|name]] (mother); [[Dina|name]]; [[Owen Lusher|name]] (SW, chair);
[[Priya Sandhu|name]] (DSL, [[Hewett|school]]); [[Mark Leggett|name]] (SENCo, [[Tuckswood Academy|school]]); [[Ana Ristova|name]]
(interpreter, Macedonian). Apologies: [[Costa|name]] (at school).
1. Progress. [[Dina|name]] says there has been no more hitting. Father attended two parenting sessions with [[Lucy Tong|name]] at
the Lakenham family hub. The Forced Marriage Unit (case FMU/26/3381) has no concerns for now; the family's passports stay
with them. Father has told papu [[Mihali|name]] by phone that "[[Dina|name]] studies first".
2. [[Dina|name]] has asked to see the school counsellor, Mrs [[Gosling|name]]. She has a new friend, [[Ellie-Mai|name]], and goes to
the [[Lakenham|place]] youth club on Thursday [[26th|date]] with her.
3. [[Costa|name]]: reading age 8; a referral to the ed psych, Dr [[Fiona Mayes|name]], for a dyslexia check.
4. Travel: the family plan to fly to [[Skopje|place]] on [[18 December|date]] and back on [[3 January 2027|date]], staying with the
mother's sister [[Zoica
Gogu|name]], at [[ul. Ilindenska 30|address]], [[Skopje|place]] [[1000|postcode]], tel
[[+389 75 228 916|phone]]. [[Dina|name]] is content with this. Father gave a signed return undertaking.
Next review: [[28/01/2027|date]].
"""),
    ("police welfare check log", """NORFOLK CONSTABULARY - STORM LOG EXTRACT (welfare check)   Incident 0712 of [[04/01/2027|date]]
Caller: [[Priya SANDHU|name]], DSL, [[Hewett Academy|school]], [[01603 628 631|phone]]
Details: pupil [[Dina CARAGEA|name]], 14, DOB [[09/01/2012|dob]], not back from [[Skopje|place]] as agreed; flights were [[03/01|date]].
Friend [[Ellie-Mai Brooks|name]] has received a Snapchat from [[Dina|name]] saying "they took my passport, im at papus in
[[krushevo|place]]".
Addresses: home [[22 Tuckswood Lane|address]], [[NR4 6BX|postcode]]; abroad [[ul. Nikola Karev 14|address]], [[Kruševo|place]]
[[7550|postcode]].
Father [[Sterjo CARAGEA|name]] mob [[07591 833 510|phone]]; mother [[Vanghea CARAGEA|name]] mob [[07468 395 784|phone]].
14:02 PC 1188 [[Ryan Eke|name]] and PC 2046 [[Lauren Bales|name]] attend home address. [[Costa CARAGEA|name]] (11) answers with
father's cousin [[Tase NICOLAIDI|name]]. [[Tase|name]] states the family "missed the plane" and return [[7th|date]] via [[Luton|place]].
14:30 Father contacted by phone: states [[Dina|name]] is ill with flu at her grandfather's. Refuses video call.
14:41 FMU duty officer ([[Kate|name]]) informed; Forced Marriage Protection Order application discussed with LA legal.
14:55 SW [[Owen Lusher|name]] updated. Log remains open. [[Costa|name]] to stay with [[Tase|name]] at his address,
[[40 Lincoln Road|address]],
[[Peterborough|place]] [[PE1 2RL|postcode]], pending mother's return.
[[05/01/2027|date]] 09:15 Update from [[Owen Lusher|name]]: the British Embassy in [[Skopje|place]] has been told. A neighbour in
[[Kruševo|place]], [[Goce Tanevski|name]] ([[+389 70 412 583|phone]] is papu's; the neighbour has none), says the girl was at
church on [[6 January|date]]. [[Ellie-Mai|name]]'s mother [[Donna Brooks|name]] ([[07380 176 185|phone]]) has saved the Snapchat.
[[06/01/2027|date]] 17:40 [[Vanghea CARAGEA|name]] lands at [[Luton|place]] alone with a return ticket for [[Dina|name]] dated
[[10/01/2027|date]]; interviewed by DC [[Amy Frost|name]] at [[Bethel Street|address]] police station. Log closed to CAIT.
"""),
]


# --- F. Kleist / Lynge family (Greenlandic Inuit), West Earlham, Norwich, with family in Nuuk and Sisimiut --------------

HOME_F = d.Address("5 Scarnell Road", "West Earlham", "Norwich", "NR5 8HS")
DAD_F = d.Address("Aqqusinersuaq 21, 2. th", "", "Nuuk", "3900")
AANAA_F = d.Address("Kaaliaaraq 7", "", "Sisimiut", "3911")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Pipaluk", "Lynge")], dt.date(2013, 3, 28), addresses=[HOME_F], ids=["964 075 6733", "A926645949740"],
       schools=["City of Norwich School"]),
    _p("s", "sibling", [("Nuka", "Kleist")], dt.date(2018, 12, 4), addresses=[HOME_F], ids=["447 872 3427", "F926211941519"],
       schools=["Colman Junior School"]),
    _p("m", "mother", [("Aviaaja", "Kleist")], dt.date(1990, 7, 17), addresses=[HOME_F], phones=["07706 421 045"],
       ids=["435 362 7627", "JL 55 08 31 C"]),
    _p("f", "father", [("Malik", "Lynge")], dt.date(1987, 2, 2), addresses=[DAD_F], phones=["+299 52 41 87"]),
    _p("g", "grandparent", [("Ivalu", "Kleist")], dt.date(1962, 9, 9), addresses=[AANAA_F], phones=["+299 32 18 64"]),
    _p("p1", "professional", [("Martha", "Elvin")], phones=["01603 612 904"], emails=["martha.elvin@yarevalley.gov.uk"]),
], "c")

DOCS_F = [
    ("school's online safeguarding concern form", """MyConcern - Safeguarding concern #4471   Logged [[05/10/2026|date]] 08:47 by
[[Hannah Copeman|name]] (Form tutor 8C)
Pupil: [[Lynge, Pipaluk|name]]   Year 8   DOB [[28-03-2013|dob]]   UPN [[A926645949740|upn]]
Category: Neglect / Parental alcohol use

What I saw/heard: [[Pipaluk|name]] ("[[Pipa|name]]") came in wearing yesterday's PE kit, very tired. She told me she "sorted
[[Nuka|name]]" (her brother, 7, at [[Colman Junior|school]]) for school because "anaana was sleeping on the floor again".
She said there had been "a party with [[Hans|name]] and the Danish lot" at the flat and that a man called [[Hans-Erik|name]]
slept over. She asked me not to tell because "they'll send us back to [[Nuuk|place]] and I'll lose everyone".
She said her dad [[Malik|name]] is in [[Nuuk|place]] and rings on Sundays; her aanaa is in [[Sisimiut|place]].

Action (DSL [[Chris Sturman|name]], [[05/10/2026|date]] 09:30): rang mum [[Aviaaja Kleist|name]] on [[07706 421 045|phone]] - no
answer. Rang [[Colman Junior|school]]: [[Nuka|name]] in, late, no coat. Referral to CADS made 10:15 (ref 26-118804).
"""),
    ("email from Greenland's children's services, translated", """From: [[Naja Berthelsen|name]] <[[nabe@sermersooq.gl|email]]>
Sent: [[21. oktober 2026|date]] 14:10 (Nuuk time)
To: [[martha.elvin@yarevalley.gov.uk|email]]
Subject: SV: [[Pipaluk Lynge|name]] (f. [[28.03.2013|dob]]) og [[Nuka Kleist|name]] (f. [[04.12.2018|dob]])

[Translated from Danish by DeepL and checked by [[Martha Elvin|name]] with [[Aviaaja|name]]'s friend [[Kirsten Olsen|name]].]

Dear [[Martha Elvin|name]],
Thank you for your letter of [[12 October|date]]. Kommuneqarfik Sermersooq knows the family. [[Aviaaja Kleist|name]] lived with
the children in [[Nuuk|place]] at [[Qeqertanut 14|address]] until the summer of 2025, when she moved to [[Norwich|place]] with her new
partner. In 2023 and 2024 we had four
reports of alcohol use and of the children being left with neighbours. [[Pipaluk|name]] was placed with her grandmother
[[Ivalu Kleist|name]] in [[Sisimiut|place]] ([[Kaaliaaraq 7|address]], [[3911|postcode]] [[Sisimiut|place]], tel [[+299 32 18 64|phone]])
from
[[3. marts 2024|date]] to [[15. juni 2024|date]].
The father, [[Malik Lynge|name]], lives at [[Aqqusinersuaq 21, 2. th|address]], [[3900|postcode]] [[Nuuk|place]]. His phone is
[[+299 52 41 87|phone]]. He is a fisherman and is at sea for weeks. He has said to us he would like [[Pipaluk|name]] to live with him.
[[Nuka|name]]'s father is [[Jens Rosing|name]], who lives in [[Aalborg|place]], Denmark ([[+45 28 61 47 30|phone]]); he has not
seen [[Nuka|name]] since 2021.
We can do a check of [[Malik|name]]'s home if you ask. My colleague [[Aputsiaq Motzfeldt|name]] speaks English and can
join a call on Thursday [[29 October|date]].
Best regards / Inussiarnersumik inuulluaqqusillunga
[[Naja Berthelsen|name]], socialrådgiver, Kommuneqarfik Sermersooq, [[+299 55 90 23|phone]]
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Family: [[Kleist|name]] / [[Lynge|name]]   Date: Sat [[14 November 2026|date]]   Venue: Earlham Library meeting room, [[Norwich|place]]
Coordinator: [[Becky Larwood|name]] (independent FGC service)   SW: [[Martha Elvin|name]]
Who came: [[Aviaaja|name]] (mum); [[Pipaluk|name]] and [[Nuka|name]]; aanaa [[Ivalu|name]] (by video from [[Sisimiut|place]], with
her brother [[Karl Kleist|name]]); [[Malik|name]] (dad, by phone from the boat, 20 minutes); [[Kirsten Olsen|name]] (friend,
[[Bowthorpe|place]]); [[Sue Larter|name]] (neighbour, [[no. 7|address]]); [[Lars|name]] from the Greenlandic group in [[London|place]].
Interpreter (Kalaallisut): [[Paninnguaq Heilmann|name]], by video.

Our plan
1. [[Aviaaja|name]] will not drink when the children are home. She will go to Change Grow Live on [[Pottergate|address]] with
   [[Kirsten|name]] on [[17/11|date]] and then weekly.
2. No parties at the flat. [[Hans-Erik|name]] and [[Hans Petersen|name]] are not to stay over.
3. If [[Aviaaja|name]] has been drinking, [[Pipa|name]] rings [[Kirsten|name]] ([[07854 319 123|phone]]) or [[Sue|name]]
   ([[01603 451 972|phone]]) and the children go to [[Kirsten|name]]'s at [[Bowthorpe Hall Road|address]].
4. [[Pipaluk|name]] will have her dad's video call every Sunday at 6pm our time.
5. Aanaa [[Ivalu|name]] will come to [[Norwich|place]] from [[10 December|date]] to [[20 January|date]] to help.
6. [[Nuka|name]] will go to after-school club at [[Colman Juniors|school]] on Mondays and Wednesdays (paid by CSC).
Review: [[16 January 2027|date]].
Emergency contacts (copied onto the fridge): [[Kirsten Olsen|name]] [[07854 319 123|phone]]; [[Sue Larter|name]] [[01603 451 972|phone]];
[[Martha Elvin|name]] [[01603 612 904|phone]]; aanaa [[Ivalu|name]] [[+299 32 18 64|phone]]; ataata [[Malik|name]] [[+299 52 41 87|phone]].
Signed: [[A. Kleist|name]]; [[P. Lynge|name]]; [[B Larwood|name]]
"""),
    ("texts between the mother and the social worker", """Text messages between [[Martha Elvin|name]] (work mobile) and
[[Aviaaja Kleist|name]], exported [[02/12/2026|date]].

[[28/11/2026|date]] 09:12 [[Martha|name]]: Hi [[Aviaaja|name]], just checking we're still ok for Tuesday 10am? [[Martha|name]] (SW)
[[28/11/2026|date]] 11:40 [[Aviaaja|name]]: yes ok. [[nuka|name]] is sick tho. can u come to [[kirsten|name]]s instead,
[[bowthorpe hall rd|address]]
[[28/11/2026|date]] 11:42 [[Martha|name]]: That's fine. Is [[Pipaluk|name]] ok?
[[28/11/2026|date]] 11:58 [[Aviaaja|name]]: [[pipa|name]] is good she got merit at school. my mum [[ivalu|name]] flight is booked
[[10 dec|date]] to
heathrow then coach
[[01/12/2026|date]] 22:31 [[Aviaaja|name]]: [[martha|name]] sorry i had 2 beers. only 2. [[hans|name]] came to door i said no. kids in bed
[[01/12/2026|date]] 22:33 [[Aviaaja|name]]: [[sue|name]] from [[7|address]] says she heard shouting but it was him not me
[[02/12/2026|date]] 08:05 [[Martha|name]]: Thank you for telling me, that was the right thing to do. I'll ring at 9.
[[02/12/2026|date]] 09:03 [[Aviaaja|name]]: also [[malik|name]] says he will ring [[pipaluk|name]] [[6 dec|date]] from [[maniitsoq|place]]
[[02/12/2026|date]] 09:04 [[Aviaaja|name]]: his new number [[+299 55 90 23|phone]]... no thats [[naja|name]]s. his is
[[+299 52 41 87|phone]]
[[02/12/2026|date]] 09:10 [[Martha|name]]: Thanks. I'll update [[Naja|name]] in [[Nuuk|place]] too. See you [[8/12|date]] at
[[Kirsten|name]]'s.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 127 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 13:40 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "hhj", "judge", "nurse", "our", "me", "nan",
           "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "dad", "daddy", "aunty",
           "auntie", "uncle", "papu", "papus", "tata", "tato", "maia", "baba", "dedo", "папу", "тато", "баба", "дедо", "aanaa",
           "anaana", "ataata", "aataa"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "britain", "uk", "norfolk", "suffolk", "east anglia", "north macedonia", "macedonia", "greece",
               "albania", "romania", "greenland", "kalaallit nunaat", "denmark", "danmark", "europe"}


_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
