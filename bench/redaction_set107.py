"""Set 107: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
106, 108 and 109 (written by other helpers at the same time), that did not run the detector or any bench script that runs it,
that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the docstrings of
bench/redaction_set7.py to bench/redaction_set105.py (printed with ast, and searched only for town, district and community
words, to see which earlier sets used them as a family's home), the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py (and the names of its functions), and set 15's checker only through set 21's use of it.
Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may
tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only
the marking and say so here.

Six families in Bournemouth and Christchurch, each from a district no earlier set used as a family's home: a white British
mother and two children in West Howe, Bournemouth, with a grandmother in Bearwood (Dunford / Lush; neglect, a home with no
food or gas, a boy of 9 stealing food, a partner just out of prison), a Basque family from Bilbao and Gernika in Moordown
(Etxeberria / Goikoetxea; a father's drinking and a fall down the stairs by a girl of 2, a mother who speaks Basque and
Spanish, a grandmother in Gernika), a Saint Lucian family in Townsend (Joseph / St Rose; a boy of 14 excluded and drawn into
county lines, a grandmother in Castries who writes in English and Kwéyòl), a white British family in Highcliffe, Christchurch
(Brewer / Pike; a girl of 15 in a relationship with a man of 23, a neighbour's note), a white British and Irish family in
Mudeford (Kavanagh / Hale; a boy of 7 in foster care, contact with a mother in recovery) and a white British family in
Southbourne (Moss / Whitlock; a baby of 10 weeks with a fracture, a young father, a hospital discharge). The two communities
no earlier set used are Basque and Saint Lucian. 24 documents, four a family, of these types: a duty social worker's case
note, a chronology, a Snapchat exchange typed up, a food bank referral form, a child and family assessment extract, an
interpreter's email, a child's letter translated from Basque, a school attendance warning letter, an initial child
protection conference report, a WhatsApp voice-note transcript, a GP letter, a grandmother's letter from Saint Lucia, strategy
discussion minutes, a police public protection notice, an OCR'd scan of a neighbour's handwritten note, a school safeguarding
log, a child looked after review report, a foster carer's daily log, a supervised contact record, a mother's text messages
typed up, a hospital safeguarding referral, a letter to parents about a child protection enquiry, a social worker's notes
typed fast on a phone, and an OCR'd hospital discharge summary.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Spain, Saint Lucia); NHS numbers and UPNs (LA number 837) pass their check digits. The
council (Stour Haven Council) and the schools are invented; towns, districts, hospitals, police forces, landmarks and
organisations are real or invented and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, Nan, Amama, Aita, Ama, Granny, Tantie, Uncle) stay outside the name span; a
possessive 's stays outside; every person's name is a name in every form. "SURNAME, First" is one span; an initial with a
surname is one span; initials alone are not marked; a name broken by a line break is one span holding the break; social media
handles are not marked; a street address is one span, its town a place, its postcode a postcode; towns, districts and estates
are places at home or abroad ("Gernika", "Castries", "Gros Islet"); countries, counties and regions are not ("Dorset",
"Spain", "Saint Lucia", "Basque Country"); organisations are not marked even when they hold a town's name ("Royal
Bournemouth Hospital", "Christchurch Medical Centre", "West Howe Community Pantry"); a school's name and short form is a
school; a date of birth is dob, any other calendar date with a day is date; months and years alone are not marked; landmarks
stay unmarked ("Hengistbury Head", "Mudeford Quay", "Boscombe Pier", "Highcliffe Castle"); a surname that is also a word
("Moss", "Pike", "Brewer", "Hale", "St Rose") is a name when it is a person.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "St Rose" as a surname
is one name span; a food bank voucher number, a crime reference and a PPN reference are not marked; a Snapchat display name
that is a plain first name is a name, but a handle is not; a ward name ("Forest Ward") is not marked; a kinship word in
Basque or Kwéyòl ("Amama", "Aita", "Aitak") is not a name, and "Bondyé" (God) is not a name; a name or place with a Basque
case ending ("Iñakiri", "Bournemouthen", "Gernikara") is marked whole as a name or a place; a name, place or date garbled by
OCR ("El1ie", "T1na Moss", "WHlTLOCK, Har1ey", "l3th Oct", "29/ll/2026", "2l/09/2026") is marked as what it stands for, and
so is a vehicle registration a witness misread ("HF16 2PW"); a false name a girl gave the police ("Ella") and a street
nickname ("Bugsy", "Skinny") are names; a single initial standing for a person in quotes ("K") is a name; "Stanpit" is both
a street and a district, and is marked as an address where it is the family's street; a town in a lower-case landmark phrase
("Bournemouth pier") is a place, as set 21's "Totnes market" was, while a named building or organisation ("Bournemouth Town
Hall", "Christchurch Priory", "Christchurch Library", "Highcliffe Castle") stays unmarked; "the East Cliff" is a district
and so a place; a firm named after people ("Lester Aldridge") marks only the names; a Basque or Irish postcode ("48300",
"V94 K2X8") is a postcode; a railway station named by its town ("Southampton Central") marks the town, as set 21's
"Station: Hayle" did; a writer's own initials at the head of a note ("JK") are initials and are not marked.

Self-check without the detector: `python -m bench.redaction_set107` runs set 15's checker on this set, adds this set's titles
and kinship words and counties, regions and countries, and prints the number of documents and gold spans per kind: 24
documents, 909 gold spans, 487 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dunford / Lush family (white British), West Howe, Bournemouth ----------------------------------------------------

HOME_A = d.Address("14 Cunningham Crescent", "West Howe", "Bournemouth", "BH11 8DH")
NAN_A = d.Address("6 Lindsay Road", "Bearwood", "Bournemouth", "BH11 9PQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dunford")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["399 674 2681", "Z837215116752"],
       schools=["Heathlands Primary Academy"]),
    _p("s", "sibling", [("Poppy-Mae", "Lush")], dt.date(2023, 2, 9), addresses=[HOME_A], ids=["144 904 5324"]),
    _p("m", "mother", [("Kayleigh", "Dunford")], dt.date(1997, 8, 30), addresses=[HOME_A], phones=["07824 613 207"]),
    _p("g", "grandparent", [("Sandra", "Dunford")], dt.date(1970, 1, 12), addresses=[NAN_A], phones=["01202 574 913"]),
], "c")

DOCS_A = [
    ("duty social worker's case note", """CASE NOTE - Stour Haven Council, Children's Services (Duty and Assessment)
Child: [[Tyler DUNFORD|name]]   DOB: [[22/04/2017|dob]]   NHS: [[399 674 2681|nhs]]
Date of contact: Monday [[2 November 2026|date]]   Worker: [[Hollie Bright|name]] (SW)

Home visit to [[14 Cunningham Crescent|address]], [[West Howe|place]], [[BH11 8DH|postcode]], with [[Jas Bhamra|name]] (family support
worker), following the school's referral of [[30 October|date]]. Mum, [[Kayleigh|name]], let us in after ten minutes. The gas meter was
on emergency credit and the house was cold; the fridge held half a pint of milk and a yoghurt. [[Poppy-Mae|name]] (3) was in a
vest and a wet nappy. [[Tyler|name]] was at school ([[Heathlands|school]]).
[[Kayleigh|name]] said her partner, [[Connor Lush|name]] ([[Poppy|name]]'s dad), came out of HMP Guys Marsh on [[19 October|date]] and is
"staying
at his mate [[Deano|name]]'s in [[Kinson|place]]" but she agreed he has been at the house most nights. She said her mum,
[[Sandra|name]],
in [[Bearwood|place]], "does what she can" but works nights at the Tesco in [[Ferndown|place]].
The school had said [[Tyler|name]] was taking food from other children's lunchboxes. He told his teacher, Mr [[Oakley|name]], that
"there's never nothing in the cupboards". [[Kayleigh|name]] cried and said "I'm not a bad mum, I'm skint".
Actions: food bank voucher (West Howe Community Pantry) given; fuel voucher applied for; referral to the Family Hub at
[[Kinson|place]]; [[Jas|name]] to visit on Thursday [[5 November|date]]. Checks with the police on [[Connor Lush|name]]
(DOB [[14.06.1995|dob]]) requested. His probation officer, [[Steph Ainsworth|name]], rang back at 15:05: licence address is
[[Flat 1, 37 Kinson Road|address]], [[Wallisdown|place]], [[BH10 4AN|postcode]] (approved premises), curfew 7pm to 7am. Nan's
number: [[01202 574 913|phone]].
Later the same day: rang [[Sandra Dunford|name]] at 16:20. She said [[Connor|name]] "turned up at [[Bearwood|place]] shouting" on
[[31 October|date]] and that his sister, [[Shannon Lush|name]], of [[Turbary Park Avenue|address]], [[Wallisdown|place]], lends
[[Kayleigh|name]] money. She gave [[Shannon|name]]'s number, [[07398 114 562|phone]]. Checked with HV [[Marie Coles|name]]: last
saw [[Poppy-Mae|name]] on [[14 August 2026|date]] at the Kinson Family Hub; weight on the 9th centile, "dropping". GP is Dr
[[Nkem Obi|name]] at Kinson Road Medical Centre. Spoke to Mr [[Oakley|name]] again: [[Tyler|name]]'s friend [[Alfie Mundy|name]]
has been sharing his lunch since [[12 October|date]], and [[Alfie|name]]'s mum, [[Leanne Mundy|name]], has given [[Tyler|name]]
tea twice at her house on [[Moore Avenue|address]].
[[H. Bright|name]]
"""),
    ("chronology of significant events", """CHRONOLOGY - [[DUNFORD, Tyler|name]] and [[LUSH, Poppy-Mae|name]]
(prepared by [[Hollie Bright|name]], SW, [[16/11/2026|date]])

[[09/02/2023|dob]]  [[Poppy-Mae|name]] born at Poole Hospital. HV [[Marie Coles|name]] notes a cold flat and little baby equipment.
[[03/07/2023|date]]  Police called to [[14 Cunningham Crescent|address]]: argument between [[Kayleigh Dunford|name]] and [[Connor
Lush|name]]. No further action.
[[11/01/2024|date]]  [[Connor Lush|name]] remanded; later sentenced to 3 years (burglary).
[[24/05/2024|date]]  [[Tyler|name]] misses 9 days at [[Heathlands Primary Academy|school]]; EWO [[Gail Peck|name]] visits.
[[02/09/2025|date]]  [[Tyler|name]] starts Year 4; class teacher Mr [[Ben Oakley|name]].
[[19/10/2026|date]]  [[Connor|name]] released from HMP Guys Marsh on licence; probation officer [[Steph Ainsworth|name]],
  [[07962 441 385|phone]].
[[30/10/2026|date]]  School referral: [[Tyler|name]] taking food; hungry, smelly uniform.
[[02/11/2026|date]]  Home visit (see case note). No food, no gas. Voucher given.
[[05/11/2026|date]]  FSW [[Jas Bhamra|name]] visits; [[Sandra Dunford|name]] present, brought shopping from [[Bearwood|place]].
[[10/11/2026|date]]  Neighbour, Mrs [[Val Tizard|name]] at [[no. 16|address]], rings duty: "the little girl was out on the
  path in her pants at 8 this morning".
[[12/11/2026|date]]  Strategy discussion; section 47 enquiry agreed.
[[13/11/2026|date]]  [[Tyler|name]] seen alone at school; says "[[Con|name]] shouts but he don't hit".
[[14/11/2026|date]]  [[Tyler|name]] and [[Poppy-Mae|name]] stay the weekend with [[Sandra|name]] in [[Bearwood|place]]; cousin
  [[Kacper Dunford-Nowak|name]] (12) there too.
[[16/11/2026|date]]  [[Connor Lush|name]] arrested at [[14 Cunningham Crescent|address]] for breach of licence (PC
[[Rhys Godwin|name]]);
  recalled to HMP Guys Marsh on [[17/11/2026|date]].
[[17/11/2026|date]]  Initial child protection conference booked for [[3 December 2026|date]]; chair [[Ruth Abernethy|name]].
"""),
    ("Snapchat exchange typed up from a child's phone", """[Snapchat messages between [[Tyler|name]] and his cousin, typed up by
[[Hollie Bright|name]] (SW) from screenshots shown by [[Sandra Dunford|name]] on [[13 November 2026|date]]. Display names as shown;
the handle tyz_bmth_09 is [[Tyler|name]]'s.]

[[Tyler|name]]: u got any food at urs
[[Kacper|name]]: wot kind
[[Tyler|name]]: any. mums got nothing til friday
[[Kacper|name]]: nan said come round after school shes doin chips
[[Tyler|name]]: cant [[poppy|name]] is on her own wiv [[con|name]]
[[Kacper|name]]: bring her then
[[Tyler|name]]: [[con|name]] says i aint aloud to go [[bearwood|place]] no more
[[Kacper|name]]: ill ask nan to come get u. shes off on wed
[[Tyler|name]]: ok dont tell [[kayleigh|name]] i said
[[Kacper|name]]: u can stay at ours on saturday [[14th|date]]
[[Tyler|name]]: ok if [[poppy|name]] can. [[kayleigh|name]] wont care shes at [[shannon|name]]s in [[wallisdown|place]]
[[Kacper|name]]: nan says [[Tyler|name]] and [[Poppy|name]] both come. [[alfie|name]] can come too if he wants
[[Tyler|name]]: [[alfie|name]] is at his dads in [[poole|place]] on saturdays
[[Kacper|name]]: k. dont forget ur charger lol
[[Tyler|name]]: [[con|name]] took my charger. ask nan for hers
"""),
    ("food bank referral form", """WEST HOWE COMMUNITY PANTRY - REFERRAL FORM (Trussell partner)
Voucher no.: WHP-2026-3318          Date issued: [[02.11.2026|date]]
Referring agency: Stour Haven Council Children's Services   Referrer: [[Hollie Bright|name]]
Referrer phone: [[01202 128 540|phone]]   Email: [[hollie.bright@stourhaven.gov.uk|email]]

Client name: [[Kayleigh DUNFORD|name]]   Date of birth: [[30/08/1997|dob]]
Address: [[14 Cunningham Crescent|address]]   Area: [[West Howe|place]]   Postcode: [[BH11 8DH|postcode]]
Phone: [[07824 613 207|phone]]
Household: adults 1 (+ partner [[Connor Lush|name]] sometimes), children 2: [[Tyler|name]] (9), [[Poppy-Mae|name]] (3)
Reason: benefit delay (UC advance repaid), debt, partner recently out of prison.
Dietary needs: none. Cooking facilities: hob only - gas off until [[6 Nov|date]].
Collection: Friday [[6 November|date]], Kinson Methodist Church hall, 10-12. Nan ([[Sandra Dunford|name]]) may collect.
Signed (referrer): [[H Bright|name]]
Second collection (if needed): Tuesday [[10 November|date]], Kinson Methodist Church hall. Contact at the pantry: [[Pam Hurley|name]]
(volunteer lead), [[07962 441 385|phone]] - NB this is the probation line on our system, corrected: pantry mobile
[[07718 442 903|phone]].
Notes from the pantry volunteer ([[Derek|name]], [[06/11|date]]): collected by [[Sandra|name]] with [[Poppy-Mae|name]] in the buggy.
Asked for nappies (size 5) and wipes. Told her about the warm space at St Aldhelm's on Tuesdays. Next voucher only with a
new referral after [[6 December 2026|date]].
"""),
]


# --- B. Etxeberria / Goikoetxea family (Basque), Moordown, Bournemouth ---------------------------------------------------

HOME_B = d.Address("Flat 3, 211 Wimborne Road", "Moordown", "Bournemouth", "BH9 2EG")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ane", "Etxeberria Goikoetxea")], dt.date(2024, 5, 3), addresses=[HOME_B], ids=["932 823 5111"]),
    _p("s", "sibling", [("Unai", "Etxeberria Goikoetxea")], dt.date(2015, 11, 18), addresses=[HOME_B],
       ids=["217 327 4139", "M837221010832"], schools=["Moordown St John's"]),
    _p("m", "mother", [("Maite", "Goikoetxea")], dt.date(1988, 3, 6), addresses=[HOME_B], phones=["07493 228 716"]),
    _p("f", "father", [("Iñaki", "Etxeberria")], dt.date(1985, 9, 27), addresses=[HOME_B], phones=["+34 688 415 273"]),
], "c")

DOCS_B = [
    ("child and family assessment extract", """CHILD AND FAMILY ASSESSMENT (extract) - Stour Haven Council
Children: [[Ane ETXEBERRIA GOIKOETXEA|name]] (DOB [[03/05/2024|dob]]); [[Unai ETXEBERRIA GOIKOETXEA|name]] (DOB [[18/11/2015|dob]],
UPN [[M837221010832|upn]])
Address: [[Flat 3, 211 Wimborne Road|address]], [[Moordown|place]], [[Bournemouth|place]] [[BH9 2EG|postcode]]
Social worker: [[Carys Pennington|name]]   Interpreter (Basque): [[Nerea Olabarria|name]]   Completed: [[25 November 2026|date]]

Why we are involved: on [[28 October 2026|date]] [[Ane|name]] (2) was brought to the Royal Bournemouth Hospital with a cut
to her forehead after falling down the stairs to the flat. Her father, [[Iñaki Etxeberria|name]], was with her and the
triage nurse ([[Rhian Maddox|name]]) smelt alcohol. The mother, [[Maite Goikoetxea|name]], was at work at a hotel on the
[[East Cliff|place]].
Family: the family came from [[Bilbao|place]] in 2022. [[Maite|name]] grew up in [[Gernika|place]], where her mother,
[[Arantza Goikoetxea|name]] ("Amama" to the children), still lives at [[Calle Juan Calzada 12|address]], [[48300|postcode]]
[[Gernika-Lumo|place]] ([[+34 944 27 61 85|phone]]). [[Iñaki|name]]'s brother, [[Xabier|name]], lives in [[Bayonne|place]]
([[+33 5 59 24 71 38|phone]]). At home they speak Basque (Euskara); [[Unai|name]] answers in English.
[[Unai|name]]'s view: "Aita"... he corrected himself: "Dad is nice when he doesn't drink. When he drinks he sleeps and
I watch [[Ane|name]]." [[Unai|name]] is in Year 6 at [[Moordown St John's|school]]; his teacher Mrs [[Fern Walsh|name]]
says he is often tired.
Father's view: [[Iñaki|name]] said he drinks "like everyone in [[Bilbao|place]], with friends" but agreed he had four beers
on [[28 October|date]]. He agreed to see We Are With You in [[Boscombe|place]].
Analysis: the risk comes from the father's drinking while caring alone for a toddler and a boy of 10.
Plan: Child in Need; review on [[20 January 2027|date]].
Others seen: [[Ane|name]]'s childminder, [[Kelly Brannigan|name]] of [[Malvern Road|address]], [[Moordown|place]]
([[07583 114 260|phone]]),
who has her on Mondays and Thursdays; the family friend "[[Gorka|name]]" (not yet identified). The GP (Dr [[Sunil Varma|name]],
Moordown Medical Centre) has no concerns about [[Ane|name]]'s growth; [[Iñaki|name]] was seen on [[12 March 2026|date]] with
raised liver enzymes. Health visitor [[Lucy Dawe|name]] last saw [[Ane|name]] on [[2 July 2026|date]] at the clinic in
[[Winton|place]].
Checks: no police records in the UK for either parent; the Ertzaintza were asked through the police's international desk on
[[4 November|date]] about any incidents in [[Bilbao|place]] or [[Basauri|place]], where the family last lived at
[[Kale Nagusia 31|address]], [[48970|postcode]] [[Basauri|place]].
"""),
    ("interpreter's email to the social worker", """From: [[Nerea Olabarria|name]] <[[nerea.olabarria@lingua-sur.co.uk|email]]>
To: [[Carys Pennington|name]] <[[carys.pennington@stourhaven.gov.uk|email]]>
Date: Tue, [[24 Nov 2026|date]] 18:12
Subject: Home visit [[23/11|date]] - [[Goikoetxea|name]] / [[Etxeberria|name]] - note from the interpreter

Hi [[Carys|name]],
A couple of things I could not say in front of the family yesterday. When you went to see [[Ane|name]]'s room, [[Maite|name]]
said to me in Euskara "ez esan ezer [[Iñakiri|name]]" (do not tell [[Iñaki|name]] anything). She then said her mother
[[Arantza|name]] wants the children to go to [[Gernika|place]] for Christmas "without [[Iñaki|name]]". She asked me if that
was allowed. I said I would pass it on.
Also, [[Unai|name]] told me (in Spanish, not Basque) that his dad's friend "[[Gorka|name]] from the bar in [[Winton|place]]"
drives him home when his dad is drunk. [[Gorka|name]] has a white van, I think he said [[HY19 KLT|vehicle]] but he was not sure.
My mobile if needed: [[07718 305 492|phone]].
PS [[Maite|name]]'s sister, [[Leire|name]], is coming from [[Donostia|place]] on the [[18th|date]] to help until [[6 January|date]].
Her number is [[+34 688 415 273|phone]] - no, sorry, that is [[Iñaki|name]]'s Spanish mobile; [[Leire|name]]'s is
[[+34 943 42 17 80|phone]]. [[Unai|name]] also mentioned "[[Mikel|name]] the neighbour" in [[Flat 4|address]] who shouts at
[[Iñaki|name]] when he is drunk on the stairs.
Best wishes, [[Nerea|name]]
-----
Reply from [[Carys Pennington|name]], [[25 Nov 2026|date]] 08:30: Thanks [[Nerea|name]]. Could you come with me on [[30 November|date]]
and on [[7 December|date]]? I will also ask [[Ane|name]]'s childminder [[Kelly|name]] about [[Gorka|name]]. The Christmas trip to
[[Gernika|place]] will need both parents' agreement; I will ring [[Arantza|name]] on [[+34 944 27 61 85|phone]] with you.
"""),
    ("child's letter translated from Basque", """[Letter written by [[Unai|name]] to his grandmother, given to the social worker by his
mother on [[1 December 2026|date]]. Written in Basque; translated by [[Nerea Olabarria|name]]. Original first, translation after.]

Kaixo Amama,
[[Bournemouthen|place]] hotz egiten du. [[Ane|name]] ondo dago, buruan zauri txiki bat dauka. Aitak ez du garagardorik
edaten orain. Gabonetan [[Gernikara|place]] joan nahi dut. Musu bat [[Bittor|name]] osabari.
[[Unai|name]]

Translation:
Hello Granny,
It is cold in [[Bournemouth|place]]. [[Ane|name]] is fine, she has a small cut on her head. Dad is not drinking beer now. I want
to go to [[Gernika|place]] at Christmas. A kiss for Uncle [[Bittor|name]].
[[Unai|name]]
PS: Tell [[Josu|name]] that in [[Bournemouth|place]] there is a beach but the water is cold. My friend [[Ollie|name]] has a
dog called Pintxo like the food.
[Translator's note: "Aitak" is "Dad" with a grammatical ending; "Amama" is Granny.]
"""),
    ("school attendance warning letter", """[[Moordown St John's|school]] Church of England Primary School
[[Wimborne Road|address]], [[Bournemouth|place]] [[BH9 2BW|postcode]]   Tel [[01202 451 900|phone]]

[[3 December 2026|date]]
To the parents of [[Unai Etxeberria Goikoetxea|name]] (Class 6F)
[[Flat 3, 211 Wimborne Road|address]], [[Moordown|place]], [[BH9 2EG|postcode]]

Dear Mr [[Etxeberria|name]] and Ms [[Goikoetxea|name]],
[[Unai|name]]'s attendance this term is 84.2%. He was absent on [[29 October|date]], [[30 October|date]], [[4|date]]-[[6
November|date]] and [[19 November 2026|date]], with no reason given for three of those days. He is a lovely boy and we want
to help. Please come to a meeting with me and our Family Liaison Officer, Mrs [[Debbie Crane|name]], on Wednesday
[[9 December|date]] at 3.30pm. If you would like an interpreter, please tell the office.
Yours sincerely,
[[Fern Walsh|name]], Year 6 teacher and Attendance Lead
cc: [[Debbie Crane|name]], FLO; [[Carys Pennington|name]], Stour Haven Council; the Education Welfare Service ([[Gail Peck|name]])
Absence dates recorded: [[29.10.26|date]] (no reason), [[30.10.26|date]] (no reason), [[04.11.26|date]] to [[06.11.26|date]]
(illness, phoned in by Ms [[Goikoetxea|name]]), [[19.11.26|date]] (no reason). Late marks: [[10.11.26|date]], [[12.11.26|date]],
[[24.11.26|date]].
"""),
]


# --- C. Joseph / St Rose family (Saint Lucian), Townsend, Bournemouth ----------------------------------------------------

HOME_C = d.Address("27 Gloucester Road", "Townsend", "Bournemouth", "BH7 6HZ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jaden", "St Rose")], dt.date(2012, 7, 14), addresses=[HOME_C], ids=["466 319 4648", "J837212511404"],
       schools=["Avonbourne Boys' Academy"]),
    _p("s", "sibling", [("Kiara", "Joseph")], dt.date(2016, 12, 1), addresses=[HOME_C], ids=["406 423 3913"]),
    _p("m", "mother", [("Marcia", "Joseph")], dt.date(1986, 10, 4), addresses=[HOME_C], phones=["07583 920 164"]),
    _p("g", "grandparent", [("Philomena", "Joseph")], dt.date(1958, 6, 19), phones=["+1 758 452 7716"]),
], "c")

DOCS_C = [
    ("initial child protection conference report", """REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Stour Haven Council - Children's Services        Conference date: Thursday [[26 November 2026|date]]
Child: [[ST ROSE, Jaden|name]]   DOB [[14.07.2012|dob]]   NHS [[466 319 4648|nhs]]   UPN [[J837212511404|upn]]
Sibling: [[JOSEPH, Kiara|name]]   DOB [[01.12.2016|dob]]
Address: [[27 Gloucester Road|address]], [[Townsend|place]], [[Bournemouth|place]] [[BH7 6HZ|postcode]]
Author: [[Daniel Okafor|name]], Social Worker, Exploitation and Missing Team

1. Summary. [[Jaden|name]] (14) was permanently excluded from [[Avonbourne Boys' Academy|school]] on [[2 October 2026|date]] and now
attends the Tregonwell Academy pupil referral unit. His key worker there is [[Marlon Henry|name]] ([[07583 441 926|phone]]). He
has been missing from home four times since September: on [[3|date]],
[[10|date]] and [[24 October|date]] and on [[14 November 2026|date]], when he was found by British Transport Police at
[[Southampton|place]] Central with £340 and two phones. A man called "[[Bugsy|name]]", thought to be [[Tyrone Mallett|name]]
(DOB [[02/02/2001|dob]]), of [[Springbourne|place]], is believed to run the line.
2. The family. Mum, [[Marcia Joseph|name]], came from [[Castries|place]], Saint Lucia, in 2011 and works as a care assistant.
[[Jaden|name]]'s father, [[Kelvin St Rose|name]], lives in [[Gros Islet|place]] ([[+1 758 486 2290|phone]]) and has not seen
him since 2019. The grandmother, Mrs [[Philomena Joseph|name]], in [[Castries|place]], speaks to the children weekly. The
family speak English and Kwéyòl at home; [[Kiara|name]] (9) is at [[Townsend Primary|school]].
3. Views. [[Jaden|name]]: "I ain't a snitch. [[Bugsy|name]] looks after me." [[Marcia|name]]: "I lock the door and he goes out
the window. I want him back home in St Lucia with my mother."
[[Kiara|name]] told her teacher Ms [[Amara Lindqvist|name]] she is "scared for [[Jay|name]]".
4. Recommendation: child protection plan under neglect (exploitation); NRM referral made [[18 November 2026|date]].
5. Professionals present: DS [[Gemma Hurst|name]] (Dorset Police); [[Priti Solanki|name]] (school nurse); [[Leon Barr|name]] (youth
worker, The Y Bournemouth); Chair [[Ruth Abernethy|name]].
6. Parent's details for the plan: [[Marcia Joseph|name]], DOB [[04/10/1986|dob]], NI [[JK 48 21 77 B|ni]], mobile
[[07583 920 164|phone]].
Previous address: [[12 Hawkwood Road|address]], [[Boscombe|place]], [[BH5 1DH|postcode]] (2011 to 2019). Other adults who
visit: [[Marcia|name]]'s partner, [[Winston Alcide|name]] (does not live there), and her cousin [[Sherlene Fontenelle|name]].
7. [[Jaden|name]]'s friends named by the PRU (Mrs [[Karen Holt|name]]): [[Reuben|name]], [[Deshawn|name]] and "[[Skinny|name]]"
(thought to be [[Callum Rees|name]], 16, of [[Springbourne|place]]).
"""),
    ("WhatsApp voice-note transcript", """[Transcript of three WhatsApp voice notes sent by [[Marcia Joseph|name]] to the social
worker,
[[Daniel Okafor|name]], on the night of [[14 November 2026|date]]. Transcribed by him on [[15/11/2026|date]]; Kwéyòl words
kept and glossed in brackets.]

Voice note 1 (23:41, 0:52): [[Daniel|name]] it's [[Marcia|name]]. [[Jaden|name]] gone again, mwen pa sav (I don't know) where he is.
His phone going straight to voicemail. I rang [[Bugsy|name]] number, the one [[Kiara|name]] gave me, [[07391 862 045|phone]], a man
answer and say "wrong number" and put the phone down. I rang the police, they gave me a number.
Voice note 2 (23:58, 1:20): My cousin [[Sherlene|name]] from [[Boscombe|place]] says she see him by the Co-op on
[[Christchurch Road|address]]
at ten o'clock with two bigger boys in a black Golf, [[WU17 RXF|vehicle]] she think. Mwen pè (I'm scared). I call my mother
in [[Castries|place]] and she say pray. [[Kiara|name]] is asleep, Miss [[Pauline|name]] next door at [[number 29|address]] sitting
with her.
Voice note 3 (00:31, 0:21): Police ring. They find him in [[Southampton|place]]. Bondyé... thank God. They bringing him
home. I tell you tomorrow.
Voice note 4 ([[15 Nov|date]], 07:02, 0:40): Morning. He sleeping now. He tell me a man name "[[Ty|name]]" give him the phone and
say go to [[Southampton|place]] with [[Deshawn|name]]. His granny [[Philomena|name]] want to talk to you, her number
[[+1 758 452 7716|phone]]. I not going to work today, tell Miss [[Lindqvist|name]] [[Kiara|name]] coming late.
"""),
    ("GP letter to the social worker", """Shelley Manor and Beaufort Road Surgery
[[Beaufort Road|address]], [[Southbourne|place]], [[Bournemouth|place]] [[BH6 5AL|postcode]]
Tel: [[01202 423 786|phone]]

[[20th November 2026|date]]

Dear Mr [[Okafor|name]],
Re: [[Jaden St Rose|name]], DOB [[14th July 2012|dob]], [[27 Gloucester Road|address]], [[BH7 6HZ|postcode]]
Thank you for your request for information for the conference on the [[26th|date]]. [[Jaden|name]] is registered with us with his
mother, [[Marcia Joseph|name]], and sister, [[Kiara|name]]. He was seen by my colleague Dr [[Hamish Crowe|name]] on [[5th
November|date]] with a cut to the left hand "from a fence"; it was a clean cut, 3 cm, closed with steri-strips. He was quiet
and would not say more. He has sickle cell trait (not disease). There are no other concerns on his record. His mother has been
seen for low mood and poor sleep since October and is on sertraline.
I would be happy to share more with [[Marcia|name]]'s consent.
Yours sincerely,
Dr [[Adaeze Nwosu|name]], Safeguarding Lead GP
cc: [[Priti Solanki|name]], school nurse ([[priti.solanki@nhs.net|email]])
Record summary enclosed: attendances [[05/11/2026|date]] (Dr [[Crowe|name]], hand laceration); [[14/03/2025|date]] (asthma
review, nurse
[[Gill Abbott|name]]); [[22/08/2024|date]] (sports injury, Kings Park pitches). Mother: [[09/10/2026|date]],
[[23/10/2026|date]], [[13/11/2026|date]] (Dr [[Nwosu|name]]).
"""),
    ("grandmother's letter from Saint Lucia", """[[La Clery|place]], [[Castries|place]]
[[21 Nov 2026|date]]

To the Social Worker Mr [[Daniel|name]],
My name is [[Philomena Joseph|name]], I am [[Jaden|name]] and [[Kiara|name]] grandmother. My daughter [[Marcia|name]] give me your
email and my grandson [[Shemar|name]] is typing this for me. I am 68 and I was a teacher at [[Entrepot|place]] for 30 years.
I know [[Jaden|name]] from a baby, he live with me from 2012 to 2016 at [[Morne Du Don Road|address]] before his mother send for him.
He is a good boy. Those men in England is using him. Mwen ka lapwiyè pou li (I am praying for him) every day.
If the court or you agree I will take him here, I have a room, and the school [[St Mary's College|school]] is near. Call me any time on
[[+1 758 452 7716|phone]], in the evening for you is afternoon here. His uncle [[Vernon Joseph|name]] in [[Vieux Fort|place]] can
help also.
My other daughter [[Glenda|name]] is a nurse in [[Birmingham|place]], she say she will ring you also. [[Jaden|name]] godfather,
Mr [[Augustin Charlemagne|name]], he is a police in [[Soufrière|place]], he can speak for me. Please tell [[Kiara|name]] her
Granny [[Mena|name]] send love and the parcel go to [[27 Gloucester Road|address]] on the [[28th|date]].
Respectfully,
[[Philomena Joseph|name]] (Mrs)
P.S. [[Shemar|name]] email is [[shemar.joseph758@gmail.com|email]] if the phone not working. Our address for letters:
c/o [[Joseph|name]], [[Morne Du Don Road|address]], [[La Clery|place]], [[Castries|place]], St Lucia, West Indies.
"""),
]


# --- D. Brewer / Pike family (white British), Highcliffe, Christchurch ---------------------------------------------------

HOME_D = d.Address("9 Nea Road", "Highcliffe", "Christchurch", "BH23 4NB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ellie", "Brewer")], dt.date(2011, 3, 25), addresses=[HOME_D], ids=["973 347 7885", "Z837262320262"],
       schools=["Highcliffe School"]),
    _p("m", "mother", [("Nicola", "Pike")], dt.date(1982, 12, 8), addresses=[HOME_D], phones=["07947 156 830"]),
    _p("f", "stepfather", [("Darren", "Pike")], dt.date(1979, 4, 17), addresses=[HOME_D], phones=["07415 663 291"]),
], "c")

DOCS_D = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (Teams)
Date: [[12/10/2026|date]] 10:00-10:45     Chair: [[Sophie Marchant|name]], Team Manager, MASH
Child: [[Ellie BREWER|name]] (15), DOB [[25/03/2011|dob]], [[9 Nea Road|address]], [[Highcliffe|place]], [[Christchurch|place]]
[[BH23 4NB|postcode]]
Attendees: DC [[Lewis Pryce|name]] (Dorset Police, Child Abuse Investigation Team); [[Anna Kowalczyk|name]] (DSL, [[Highcliffe
School|school]]); [[Rob Tennant|name]] (school nurse); [[Megan Foy|name]] (SW, minutes).

Information shared:
- School ([[Anna|name]]): [[Ellie|name]] told a friend, [[Lily-Rose Hatcher|name]], that she is "going out with"
[[Kieron Vine|name]], 23,
  who picks her up in a silver Astra ([[HF16 ZPW|vehicle]]) from the bus stop by Highcliffe Castle. Friend showed staff a photo.
- Police ([[Lewis|name]]): [[Kieron Vine|name]], DOB [[30.09.2003|dob]], of [[Somerford|place]], known for drugs supply; no sexual
  offences recorded. A PPN was filed on [[8 October|date]] when [[Ellie|name]] was found in his car at Mudeford Quay at 01:10.
- Health ([[Rob|name]]): [[Ellie|name]] asked for the pill on [[29 September|date]]; she was seen alone.
- Family: mum [[Nicola Pike|name]] and stepdad [[Darren Pike|name]]; [[Ellie|name]]'s father, [[Craig Brewer|name]], lives in
  [[New Milton|place]] and has contact most weekends.
Decision: section 47 enquiry (child sexual exploitation). [[Ellie|name]]'s sister [[Maddison Pike|name]] (8, at [[Hinton
Admiral Juniors|school]]) to be seen too; [[Darren|name]]'s son [[Kyle
Pike|name]] (19) lives at [[Purewell|place]] and visits. Police to consider a Child Abduction Warning Notice for [[Vine|name]].
Actions: [[Megan|name]] to visit [[Ellie|name]] at school on [[13 October|date]]; [[Lewis|name]] to speak to [[Craig|name]]
on [[07852 304 719|phone]].
Next strategy discussion: [[26/10/2026|date]] 10:00. Circulation: [[Sophie Marchant|name]], [[Lewis Pryce|name]],
[[Anna Kowalczyk|name]],
[[Rob Tennant|name]], [[Megan Foy|name]]; for information, [[Craig Brewer|name]] at [[17 Ashley Road|address]], [[New Milton|place]]
[[BH25 6BB|postcode]], is not to receive the minutes.
"""),
    ("police public protection notice", """DORSET POLICE - PUBLIC PROTECTION NOTICE (CHILD)      PPN ref: 55261008-0144
Date/time: [[08/10/2026|date]] 01:10   Officer: PC 4417 [[HARTLEY, Jordan|name]]   Second officer: PC [[Amy Fenwick|name]]
Location: Mudeford Quay car park, [[Mudeford|place]], [[Christchurch|place]]

Subject child: Surname [[BREWER|name]]  Forenames [[Ellie Jade|name]]  DOB [[25/03/2011|dob]]
Home address: [[9 Nea Road|address]], [[Highcliffe|place]] [[BH23 4NB|postcode]]   School: [[Highcliffe School|school]]
Parent/carer: [[PIKE, Nicola|name]] (mother) Tel [[07947 156 830|phone]]

Other persons: [[VINE, Kieron|name]] DOB [[30/09/2003|dob]], address [[Flat 2, 44 Somerford Road|address]], [[Somerford|place]]
[[BH23 3PX|postcode]]; vehicle [[HF16 ZPW|vehicle]], keeper [[Tracey Vine|name]] (his mother).
Circumstances: on patrol; car parked with lights off. Female in front seat, appeared young, said she was "[[Ella|name]], 18".
Later gave true name. Smell of cannabis. [[VINE|name]] said she was "a mate's sister". Child taken home; mother not aware she
was out. Stepfather [[Darren|name]] said "I've told her about him".
Voice of the child: "[[Kieron|name]] is the only one who listens to me. You can't stop me."
Risk: HIGH (CSE). Referred to MASH.
Details of second person in car (left on foot): male, white, about 20, named by child as "[[Dylan|name]]" and by [[VINE|name]] as
"[[Dyl|name]] from [[Burton|place]]". Witness: taxi driver [[Marek Zielinski|name]] ([[07947 302 118|phone]]), who called it in.
Officer's mobile for the family: [[07415 220 983|phone]].   Submitted: [[HARTLEY|name]] 4417, [[08/10/2026|date]] 03:40.
"""),
    ("OCR'd scan of a neighbour's handwritten note", """[Scanned and OCR'd; handed in at Highcliffe library and sent on to the MASH on
[[19/10/2026|date]]. OCR errors left as scanned.]

To whoever it concems,
I live at [[no 11 Nea Rd|address]] next to the [[Pikes|name]]. I dont want to make trouble but I am worried about there
girl [[El1ie|name]]. Most nights since the summer a silver car comes at 11 or 12 and she gets in it at the end
of the road by the [[Lymington Rd|address]] junction. The man is not a boy he is in his 20s. Last Tuesday
([[l3th Oct|date]]) I heard her shouting at her mum "[[Kieron|name]] will come and get me". Her real dad [[Craig|name]]
used to come more. I have told my son [[Adrian|name]] who said write it down.
Mrs [[J. Ballam|name]] (retired nurse)   tel [[01425 273 618|phone]]
P.S. the car was outside [[no. 7|address]] (the [[Greenings|name]]) again on Sunday [[l8/10|date]] at 11.40pm, I wrote
the number down [[HF16 2PW|vehicle]] or [[HF16 ZPW|vehicle]]. Mr [[Greening|name]] saw it too.
"""),
    ("school safeguarding log (CPOMS export)", """CPOMS - incident export - [[Highcliffe School|school]]
Student: [[Brewer, Ellie|name]] (Year 11, tutor 11HW)   UPN [[Z837262320262|upn]]

[[21 Sep 2026|date]] 08:52  [[A. Kowalczyk|name]]: [[Ellie|name]]'s friend [[Lily-Rose|name]] says [[Ellie|name]] has "an older
boyfriend
  with a car". Spoke to [[Ellie|name]]: "he's 17". Mum rung, no answer. Categories: Relationships.
[[29 Sep 2026|date]] 13:15  [[R. Tennant|name]] (SN): drop-in; contraception. Referred on to sexual health at the
  Christchurch Medical Centre clinic.
[[5 Oct 2026|date]] 10:40  Mr [[D Cole|name]]: [[Ellie|name]] late, tired, new phone and nails. Asked who paid: "my boyfriend".
[[9 Oct 2026|date]] 09:05  [[A. Kowalczyk|name]]: PPN received from police (found at the quay with [[K Vine|name]], 23). Referral
  to MASH. Mum [[Nicola|name]] came in, tearful.
[[13 Oct 2026|date]] 14:00  [[A. Kowalczyk|name]]: SW [[Megan Foy|name]] saw [[Ellie|name]] in the library office. I sat in.
[[2 Nov 2026|date]] 11:20  [[J. Slade|name]] (Head of Year): [[Ellie|name]] absent; mum says she stayed at her dad's in
[[New Milton|place]].
[[16 Nov 2026|date]] 08:30  [[A. Kowalczyk|name]]: [[Lily-Rose|name]] and [[Evie Marsh|name]] report [[Ellie|name]] posted a story from
  [[Bournemouth|place]] pier at 23:00 on [[14 Nov|date]] with "[[K|name]]". Passed to DC [[Pryce|name]].
[[18 Nov 2026|date]] 12:10  [[S. Okoro|name]] (PE): [[Ellie|name]] had a bruise on her upper arm, said "netball". Body map done.
[[25 Nov 2026|date]] 15:45  [[A. Kowalczyk|name]]: CAWN served on [[Vine|name]] (police confirm). [[Ellie|name]] angry, walked out
  at lunch; found by Mr [[Cole|name]] at the bus stop on [[Lymington Road|address]]; mum collected.
"""),
]


# --- E. Kavanagh / Hale family (white British and Irish), Mudeford, Christchurch -----------------------------------------

HOME_E = d.Address("32 Stanpit", "Mudeford", "Christchurch", "BH23 3LZ")
FOSTER_E = d.Address("5 Saxonbury Road", "Tuckton", "Bournemouth", "BH6 5NB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oisín", "Hale")], dt.date(2019, 1, 30), addresses=[FOSTER_E], ids=["750 699 0768", "L837266817833"],
       schools=["Mudeford Community Infants"]),
    _p("m", "mother", [("Siobhan", "Kavanagh")], dt.date(1991, 5, 11), addresses=[HOME_E], phones=["07718 305 492"]),
], "c")

DOCS_E = [
    ("child looked after review report", """CHILD LOOKED AFTER REVIEW - IRO REPORT
Child: [[Oisín HALE|name]] (known as "[[Ossie|name]]")   DOB [[30 January 2019|dob]]   NHS [[750 699 0768|nhs]]
Placement: foster carers Mr and Mrs [[Lennox|name]], [[5 Saxonbury Road|address]], [[Tuckton|place]], [[BH6 5NB|postcode]]
Review: second review, held [[1 December 2026|date]] at the carers' home.  IRO: [[Gwen Parfitt|name]]
Present: [[Oisín|name]] (first 15 minutes); carers [[Bev|name]] and [[Alan Lennox|name]]; SW [[Tom Ashdown|name]]; mother [[Siobhan
Kavanagh|name]]; teacher Miss [[Poppy Rowland|name]] ([[Mudeford Community Infants|school]]); supervising social worker
[[Nadia Farouk|name]].

[[Ossie|name]] came into care on [[17 August 2026|date]] under section 20 when his mother was admitted to hospital after an
overdose at the family home, [[32 Stanpit|address]], [[Mudeford|place]]. His father, [[Liam Hale|name]], lives in [[Limerick|place]]
([[+353 87 214 6632|phone]]) and joined by phone for ten minutes. His maternal aunt, [[Orla Kavanagh|name]], in [[Portsmouth|place]],
has been assessed as a connected person and was negative on [[9 November|date]] (work hours).
[[Ossie|name]] showed me his Lego and said he likes living with "[[Bev|name]] and [[Al|name]]" but wants "Mammy to get better and
the sea house back". He goes crabbing with [[Alan|name]] off Mudeford Quay on Saturdays.
Health: initial health assessment by Dr [[Ruth Ogunleye|name]] on [[2 September 2026|date]]; dental check overdue (Mudeford Dental,
Mr [[Singh|name]]).
Contact: supervised, twice a week at the Family Time centre in [[Boscombe|place]]; to move to once a week in the community if
[[Siobhan|name]]'s tests stay clear. Next review: [[1 June 2027|date]].
Mother's details: [[Siobhan Kavanagh|name]], DOB [[11/05/1991|dob]], NI [[PR 52 90 16 C|ni]], [[07718 305 492|phone]]. Father:
[[Liam Hale|name]], DOB [[03/08/1989|dob]], [[14 O'Connell Avenue|address]], [[Limerick|place]] [[V94 K2X8|postcode]].
Aunt [[Orla Kavanagh|name]]: [[41 Highland Road|address]], [[Southsea|place]], [[PO4 9DA|postcode]], [[07948 226 371|phone]].
"""),
    ("foster carer's daily log", """DAILY LOG - foster carer [[Bev Lennox|name]] - child: [[Ossie|name]]
Mon [[23/11|date]]: school fine. Bad dream 2am, wet bed, asked for "Mammy's phone". Rang SW [[Tom|name]] on
[[01202 128 540|phone]] 9am.
Tue [[24/11|date]]: contact 4-5pm at Family Time. [[Siobhan|name]] 10 mins late. Brought a cake from her mum in [[Cork|place]]
  (Nana [[Bríd|name]]). [[Ossie|name]] quiet in the car after, kicked the seat.
Wed [[25/11|date]]: swimming at BH Live Pelhams in [[Kinson|place]]. Played with [[Harrison|name]] from school (his mum
  [[Jodie|name]] nice, asked if [[Ossie|name]] can come for tea - said I'd check with [[Tom|name]]).
Thu [[26/11|date]]: teacher Miss [[Rowland|name]] says he hit a boy ([[Freddie|name]]) who said "you haven't got a mum".
Fri [[27/11|date]]: OK day. Chips at [[Mudeford|place]] with [[Alan|name]]. He pointed at the house on [[Stanpit|address]] and went
  silent.
Sat [[28/11|date]]: phone call with his dad [[Liam|name]] (Ireland), 6 mins, [[Ossie|name]] laughed.
Sun [[29/11|date]]: church at Christchurch Priory with my sister [[Carol|name]] and her grandson [[Jacob|name]]. [[Ossie|name]]
  asked if [[Siobhan|name]] goes to church. Bath, story, asleep 7.30.
Mon [[30/11|date]]: [[Al|name]] took him to school. Miss [[Rowland|name]] says reading much better. Text from [[Siobhan|name]] asking
  to ring him - passed to [[Tom|name]].
"""),
    ("supervised contact record", """FAMILY TIME - SUPERVISED CONTACT RECORD
Child: [[Oisín Hale|name]]   Parent: [[Siobhan Kavanagh|name]] (mother)   Supervisor: [[Kerry-Anne Mudge|name]]
Date: Tuesday [[1st December 2026|date]]   Venue: Family Time, [[Boscombe|place]] (room 2)   Time: 16:00-17:00

16:02 [[Siobhan|name]] arrived on time, brought a drawing book and crisps. Hugged [[Ossie|name]], who ran to her.
16:10 They drew "the sea house" on [[Stanpit|address]] and the boat of his grandad, [[Pádraig|name]], in [[Cobh|place]].
16:25 [[Siobhan|name]] asked [[Ossie|name]] who his friends are. He said "[[Harrison|name]] and [[Maisie|name]]". She got upset
      when he called the carer "[[Bev|name]]-mum"; I redirected.
16:40 [[Siobhan|name]] whispered to him about "coming home at Christmas". I reminded her (as agreed) not to promise dates.
16:55 Goodbye was hard; [[Ossie|name]] cried and [[Siobhan|name]] held it together. She said her key worker [[Mark Dyer|name]]
      at We Are With You had seen her on [[27 November|date]] and her tests are clear.
Overall: warm, attuned, one lapse. Recommend moving to the community (Christchurch Library or Highcliffe Castle grounds).
Transport: collected from [[Tuckton|place]] by driver [[Steve Kitcher|name]] at 15:30, returned 17:20. Next sessions: [[3rd|date]],
[[8th|date]] and [[10th December|date]]; grandmother [[Bríd Kavanagh|name]] to join on the [[15th|date]] if [[Tom|name]] agrees.
[[K-A Mudge|name]], [[01/12/2026|date]]
"""),
    ("mother's text messages to the social worker, typed up", """[Texts from [[Siobhan Kavanagh|name]] ([[07718 305 492|phone]]) to
[[Tom Ashdown|name]] (SW), copied into the file on [[3 December 2026|date]]. Spelling as sent.]

[[29/11|date]] 19:04 hi [[tom|name]] its [[siobhan|name]]. can i ring [[ossie|name]] tmrw night b4 bed
[[29/11|date]] 19:05 [[bev|name]] said ask u
[[30/11|date]] 08:12 Thanks [[Tom|name]]. also my mam [[brid|name]] is coming over from [[cork|place]] on the [[12th|date]] can
she come to contact
[[30/11|date]] 08:13 shes stayin w me at [[stanpit|address]]
[[02/12|date]] 22:40 sorry for late msg. i relapsed a bit on sat not much. telling u cos [[mark|name]] says be honest. pls dont
stop contact
[[02/12|date]] 22:41 i know [[ossie|name]] needs me to be honest
[[03/12|date]] 09:15 [[mark|name]] rang u? he said he wd. im goin to the meeting at the [[Boscombe|place]] hub at 11
[[03/12|date]] 14:02 ok thanks [[Tom|name]]. tell [[bev|name]] thanks for the photo of him at hengistbury head
"""),
]


# --- F. Moss / Whitlock family (white British), Southbourne, Bournemouth -------------------------------------------------

HOME_F = d.Address("Flat 6, 18 Fisherman's Walk", "Southbourne", "Bournemouth", "BH6 3QD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harley", "Whitlock")], dt.date(2026, 9, 21), addresses=[HOME_F], ids=["185 403 6890"]),
    _p("m", "mother", [("Chloe", "Moss")], dt.date(2005, 2, 14), addresses=[HOME_F], phones=["07852 304 719"]),
    _p("f", "father", [("Reece", "Whitlock")], dt.date(2004, 7, 3), addresses=[HOME_F], phones=["07415 663 291"]),
], "c")

DOCS_F = [
    ("hospital safeguarding referral", """UNIVERSITY HOSPITALS DORSET - SAFEGUARDING CHILDREN REFERRAL
Date of referral: [[30/11/2026|date]]   Site: Royal Bournemouth Hospital, children's ED and Forest Ward
Referrer: Dr [[Imogen Sallis|name]], ST6 Paediatrics, bleep 4412   Named nurse informed: [[Clare Wetherby|name]]

Child: [[WHITLOCK, Harley|name]]   DOB: [[21/09/2026|dob]] (10 weeks)   NHS: [[185 403 6890|nhs]]
Address: [[Flat 6, 18 Fisherman's Walk|address]], [[Southbourne|place]], [[Bournemouth|place]] [[BH6 3QD|postcode]]
Parents: [[Chloe Moss|name]] (21), mother, [[07852 304 719|phone]]; [[Reece Whitlock|name]] (22), father
GP: Fisherman's Walk Surgery   HV: [[Lauren Tibbs|name]]

Concern: [[Harley|name]] was brought in at 19:30 on [[29 November|date]] by both parents with a swollen left thigh, "not
moving his leg since this morning". X-ray: a spiral fracture of the left femur. No bruises seen. Parents' account: he
"got his leg caught in the cot bars" on [[28 November|date]]. Dad also said [[Harley|name]] "rolled off the sofa" on the
[[27th|date]]. A fracture of this kind in a non-mobile baby needs a full explanation.
Other children in contact: none in the home; mum's sister [[Amber Moss|name]] has a girl of 2 and babysits in [[Pokesdown|place]].
Maternal grandmother [[Tina Moss|name]] of [[Tuckton|place]] visited today.
Actions: skeletal survey, CT head, bloods; [[Harley|name]] to stay on the ward; parents told of the referral at 21:10 by me and
Sister [[Kerr|name]].
Parents' details: [[Chloe Moss|name]], DOB [[14/02/2005|dob]]; [[Reece Whitlock|name]], DOB [[03/07/2004|dob]], mobile
[[07415 663 291|phone]], NI [[SN 38 61 04 A|ni]]. Previous address (until [[1 September 2026|date]]): [[22 Cranleigh Road|address]],
[[Southbourne|place]], [[BH6 5JY|postcode]], with [[Reece|name]]'s father, [[Gary Whitlock|name]]. Birth: [[21/09/2026|dob]],
Poole Hospital, 38 weeks, midwife [[Hannah Scutt|name]]; 6-8 week check by Dr [[Farah Iqbal|name]] on [[3 November|date]], normal.
"""),
    ("letter to parents about a child protection enquiry", """Stour Haven Council - Children's Services
Bournemouth Town Hall, [[Bourne Avenue|address]], [[Bournemouth|place]] [[BH2 6DY|postcode]]

[[1 December 2026|date]]
Miss [[Chloe Moss|name]] and Mr [[Reece Whitlock|name]]
[[Flat 6, 18 Fisherman's Walk|address]]
[[Southbourne|place]]
[[BH6 3QD|postcode]]

Dear [[Chloe|name]] and [[Reece|name]],
About [[Harley|name]] - what happens next
I am writing, as I said I would when we met on the ward on [[30 November|date]], to explain the child protection enquiry
(section 47). The doctors have found that [[Harley|name]] has a broken thigh bone and we must find out how it happened. This
does not mean we have decided anyone hurt him. While the tests are done, [[Harley|name]] will stay on the ward and you can be
with him, but one of the nurses or your family (Mrs [[Tina Moss|name]] or [[Amber|name]]) must be there too; you agreed to
this in writing.
You have the right to get advice. The Family Rights Group advice line is free; a solicitor, for example at [[Lester|name]]
[[Aldridge|name]], can help you.
I will ring you on Thursday [[3 December|date]]. My number is [[01202 128 540|phone]] and my email is
[[jo.kirkland@stourhaven.gov.uk|email]].
If you want someone with you at meetings, [[Chloe|name]], [[Becky Greenslade|name]] (your family nurse) has said she will come;
[[Reece|name]], you said your uncle [[Martin Whitlock|name]] of [[Throop|place]] would support you.
Yours sincerely,
[[Jo Kirkland|name]], Social Worker
"""),
    ("social worker's notes typed fast on a phone", """notes [[2/12|date]] ward visit - JK
- mum [[chloe|name]] + nan [[tina|name]] there 10.15, dad [[reece|name]] came 10.40 from work (roofing, boss [[Gaz Penney|name]])
- [[harley|name]] asleep, leg in gallows traction, nurse [[Kaz|name]] says feeding well
- skeletal survey: no other # . CT head normal. bloods ok. eyes ok (ophthal Dr [[Menon|name]])
- [[reece|name]]: "i was changing him on the sofa he kicked n his leg went under him" - new account, 3rd one
- [[chloe|name]] quiet, said dad "gets stressed when H cries". [[tina|name]] said [[reece|name]] "punched a wall at xmas"
- [[amber|name]] rang me after, said [[reece|name]]s mate [[Tyler Gosling|name]] posts him drinking at the Cricketers in
  [[southbourne|place]] every night
- nxt: strat disc 2 [[3/12|date]] 2pm, police DC [[Omar Haddad|name]], visit [[Pokesdown|place]] ([[Amber|name]]'s girl [[Esmé|name]])
- [[amber|name]] addr: [[flat 2, 91 seabourne rd|address]] [[pokesdown|place]] [[BH5 2HT|postcode]], no ph yet. nan [[tina|name]]
[[07391 554 208|phone]]
- [[reece|name]]s dad [[gary|name]] turned up 11.30 angry "ur not taking my grandson", asked him to leave, security ([[Wayne|name]])
- [[chloe|name]] asked can she stay at [[tina|name]]s in [[tuckton|place]] w [[harley|name]] after - yes if [[reece|name]] not
there, to agree at strat
"""),
    ("OCR'd hospital discharge summary", """[Scanned, OCR'd and added to the file on [[09/12/2026|date]]; OCR errors left.]

UNlVERSlTY HOSPlTALS DORSET NHS FT          DlSCHARGE SUMMARY
Patient: [[WHlTLOCK, Har1ey|name]]    DOB: [[2l/09/2026|dob]]    NHS No: [[185 403 6890|nhs]]
Admitted: [[29/ll/2026|date]]    Discharged: [[08/12/2026|date]]    Consultant: Dr [[P. Venkataraman|name]]
Discharged to: maternal grandmother, Mrs [[T1na Moss|name]], [[4 Wick Lane|address]], [[Tuckton|place]], [[Bournemouth|place]]
[[BH6 4JX|postcode]] (as agreed under a safety plan with Childrens Services, SW [[J Kirkland|name]])

Diagnosis: spiral fracture L femur, non-accidental injury not excluded.
Treatment: gallows traction [[30/11|date]]-[[07/12|date]]; hip spica considered, not needed.
Follow-up: fracture clinic [[22.12.2026|date]]; paediatric review Dr [[Sa1lis|name]] [[5 Jan 2027|date]].
GP: Fisherman's Walk Surgery, please note. HV [[Lauren Tibbs|name]] informed by phone [[07/12/2026|date]].
Social history (from notes): mother [[Chloe Moss|name]] (DOB [[l4/02/2005|dob]]); father [[Reece Whit1ock|name]]; both parents and
grandmother [[Tina Moss|name]] given the fracture clinic letter. Discharging nurse: [[E. Ward-Pryor|name]], RN.
Copies: GP; HV; SW [[J. Kirkland|name]]; CP-IS updated [[08/l2/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 107 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 07:15 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr",
           "hhj", "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "mammy", "dad", "daddy", "aunty", "auntie", "uncle", "tantie", "amama", "aita",
           "ama", "aitona", "osaba", "izeba", "madam", "matant", "tonton", "papa", "mama"}
_AFTER = {"senior", "junior", "osabari"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "dorset", "hampshire",
               "the new forest", "new forest", "spain", "basque country", "euskadi", "euskal herria", "the basque country",
               "france", "saint lucia", "st lucia", "the caribbean", "caribbean", "ireland", "the south west", "south west"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds
# this set's titles and kinship words ("Amama", "Aita", "Mammy", "Tantie") and counties, regions and countries ("Dorset",
# "Spain", "Basque Country", "Saint Lucia", "Ireland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
