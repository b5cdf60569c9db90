"""Set 226: a held-out hand-written set for the redaction detector, six invented families in the Forest of Bowland, Lancashire
(Slaidburn, Dunsop Bridge, Chipping and the villages around them), written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set227.py to bench/redaction_set229.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, its first two documents, its records and its end: _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the head of
bench/redaction_handwritten.py (the signatures of its party() and HandSet, found by a grep for "def "); set 181's docstring was
not read (set 213 follows its conventions and was copied). The docstrings of bench/redaction_set*.py (not their documents) were
searched by a script for the towns and communities: Slaidburn, Dunsop, Bowland, Newton-in, Bolton-by and Whitewell matched none;
"Chipping" matched only Chipping Ongar (set 105), "Clitheroe" only Low Moor and Chatburn (set 57) and "Waddington" only RAF
Waddington, Lincolnshire (set 132). Phone numbers were checked with the phonenumbers library, NHS numbers and UPNs (LA 888,
Lancashire) made with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be scored once. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families: a white British family on Chapel Street, Slaidburn (Dugdale / Wilcock; neglect, a father's drinking, a cold house,
a baby losing weight, a gran in Tosside); a Maldivian family who speak Dhivehi on Windy Street, Chipping (Shareef / Rasheeda,
children Mariyam Shaheema and Ibrahim Ayaan; domestic abuse by a hotel-worker father, a sister in Malé); a young carer of 12 at
Hodder Cottages, Dunsop Bridge (Cowperthwaite; a mother with MS, a brother of 8, an uncle on a farm); a boy of 15 in
Newton-in-Bowland missing to Blackburn and Preston (Holden / Sagar; criminal exploitation, a mother's complaint); a farming
family at Forest Becks, Bolton-by-Bowland (Townson / Bleazard; a baby and a mother with postnatal depression); and a mother using
heroin in Waddington (Shuttleworth / Pye; a boy of 9 living with his grandad in Clitheroe). The new community is Maldivian
(Dhivehi-speaking, from Malé, Hulhumalé, Addu and Fuvahmulah): "Maldiv" and "Dhivehi" matched no earlier docstring (nor did
Kapampangan, Hiligaynon, Tausug, Bugis, Sundanese, Timor or Tetum, which were also searched; Hmong, Hazara, Uyghur, Tibetan,
Khmer, Kyrgyz, Kazakh, Mizo, Teochew, Lepcha and Batak were found and not used). Maldivian names here have no shared family
name (a child's second name is her own), as is usual.

24 documents, each with its own style label: a primary school safeguarding log, a grandmother's texts typed up, a health
visitor's home visit note, a boy's own words written with his teacher, a police domestic abuse log, a mother's WhatsApp voice
note translated from Dhivehi, a secondary school DSL's email, a MARAC referral, a young carer's own writing, a young carers'
assessment, a school nurse's phone notes, an occupational therapist's letter scanned with OCR misreadings, a return home
interview, Snapchat messages typed up by police, a mother's complaint email, strategy discussion minutes, a health visitor's new
birth visit, a GP's letter to the health visitor, a father's Facebook messages typed up, child in need meeting minutes, a MASH
referral, a grandad's letter to the social worker, initial child protection conference minutes and a boy's voice note
transcribed.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration (some
street names, "Hodder Cottages", "Ribble View", "Coppy Barn", "Sykes Farm", "Holden Lane Farm", are invented too). Phones are
valid (phonenumbers), UK and foreign (Maldives +960); NHS numbers and UPNs pass their check digits. The surgery ("Bowland
Medical Practice"), the young carers' service and the interpreting service are invented or unmarked organisations; towns,
villages, hamlets and districts are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py (and so set 181). Titles and kinship words stay outside a name (Mr,
Mrs, Miss, Dr, PC, DC, DS, HV, SW, Nan, Nana, Gran, Grandma, Grandad, Uncle, Step-nan, and the Dhivehi "Mamma" (mother),
"Bappa" (father) and "Dhatha" (elder sister)); "SURNAME, First" is one span; initials alone are not marked; usernames are not
marked ("rico_bbx", "kianh_11"); organisations holding a town's name stay unmarked ("Royal Blackburn", "Royal Preston",
"Lancashire Constabulary", "Ribble Valley Young Carers", "Lancashire County Council"); countries, counties and regions
("Lancashire", "Maldives", "Ribble Valley", "Bowland") are not places; an OCR misreading keeps its kind ("Dunsop Brldge",
"J0die", "O8/l2/2O26", "BB7 3B8").

Choices this set had to make: chat speaker labels are names ("rob:", "kayleigh:"), usernames are not; pets' names ("Pip",
"Bonnie") are names; a pub ("the Hark to Bounty", Slaidburn) is a landmark and not marked; farms and barns named as a home
("Coppy Barn", "Sykes Farm", "Holden Lane Farm") are addresses, and "Forest Becks" and "Holden" (hamlets) are places, as are
districts of towns ("Mill Hill", "Deepdale", "Low Moor", "Henthorn", "Edisford"); "Whalley Range" (a Blackburn street) is an
address; a town named as a shortening in a chat ("waddo", "dunsop") is a place; a shop or surgery named by its village
("Chipping surgery") marks the village; a "the Seeds'" plural keeps the s outside; a police phone number ("101"), a log or
exhibit number and a reference ("LC/0812", "PN/226/...") are not marked, but a surname inside a reference is a name; a date
after a weekday marks only the date ("Sunday 29th" marks "29th").

Self-check without the detector: `python -m bench.redaction_set226` (and tests/test_redaction_set226.py) runs set 15's checker
on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per kind:
24 documents, 904 gold spans, 536 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dugdale / Wilcock family (white British), Chapel Street, Slaidburn ---------------------------------------------------

HOME_A = d.Address("4 Chapel Street", "Slaidburn", "Clitheroe", "BB7 3ES")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dugdale")], dt.date(2015, 6, 11), addresses=[HOME_A], ids=["8100364788", "C888629618547"],
       schools=["Slaidburn Brennand's Endowed Primary School"]),
    _p("s", "sibling", [("Ava-Rose", "Dugdale")], dt.date(2023, 1, 30), addresses=[HOME_A], ids=["2946437647"]),
    _p("m", "mother", [("Shannon", "Wilcock")], dt.date(1994, 9, 2), addresses=[HOME_A], phones=["07712 604 385"]),
    _p("f", "father", [("Craig", "Dugdale")], dt.date(1990, 12, 19), addresses=[HOME_A]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """SAFEGUARDING LOG (CPOMS export) - [[Brennand's|school]], [[Slaidburn|place]]
Pupil: [[DUGDALE, Tyler|name]]  DOB [[11/06/2015|dob]]  UPN [[C888629618547|upn]]  Year 6
Parents: [[Shannon Wilcock|name]] ([[07712 604 385|phone]]) and [[Craig Dugdale|name]], [[4 Chapel Street|address]], [[Slaidburn|place]],
[[BB7 3ES|postcode]]

[[08/09/2026|date]] [[Tyler|name]] came in wellies with no socks, feet cold and wet. Mrs [[Procter|name]] found spares.
[[15/09/2026|date]] [[Tyler|name]] said dad "was sick in the yard again". TA [[Lindsey Halstead|name]] logged it.
[[22.9.26|date]] Lunch box empty. [[Tyler|name]] ate [[Harry Bleazard|name]]'s crisps. Mum not answering.
[[1 Oct|date]] HV [[Joanne Tattersall|name]] rang about baby [[Ava-Rose|name]]: missed 2-year review, home "cold, no heating".
[[6th October 2026|date]] DSL Mr [[Stephen\nCowgill|name]] referred to MASH. SW [[Bethany Rhodes|name]] allocated [[9/10|date]].
[[13/10/2026|date]] [[Tyler|name]] off. Grandma [[Pauline Wilcock|name]] rang from [[Tosside|place]] to say he is at hers.
[[20/10/2026|date]] Dad collected at 3.15 and smelt strongly of drink; drove a red pickup [[PN19 XKT|vehicle]]. Mr [[Cowgill|name]]
asked him to leave the car. He walked home down [[Church Street|address]].
[[3/11/26|date]] [[Tyler|name]] said "[[Ava|name]] had no milk so I gave her water". Told [[Bethany|name]] the same day.
[[10/11/2026|date]] Neighbour Mrs [[Edith Parkinson|name]] ([[no. 6|address]]) came to the office: shouting at the house at night.
[[17/11/2026|date]] [[Tyler|name]] and [[Josh Hartley|name]] fell out at the [[Dunsop Bridge|place]] trip. [[Tyler|name]] cried.
[[1/12/2026|date]] Core group in the village hall. Mum came with her friend [[Kirsty|name]] ([[Kirsty Ashworth|name]]) from
[[Newton|place]].
[[3/12/2026|date]] [[Tyler|name]] said [[Craig|name]]'s friend "[[Smiffy|name]]" ([[Carl Smith|name]]) stayed over and slept on the settee.
[[Tyler|name]] was scared of his dog. Told SW [[Bethany Rhodes|name]] at 12.10.
[[4/12/2026|date]] Mum rang from a new number, [[07845 219 077|phone]], to say [[Tyler|name]] at gran's in [[Tosside|place]] tonight.
Mrs [[Procter|name]] and Mr [[Cowgill|name]] agreed: [[Ty|name]] to have breakfast club free till Easter.
[[7/12/2026|date]] Gran [[Pauline|name]] brought [[Tyler|name]] in from [[Tosside|place]]; dad's van ([[YJ15 HWC|vehicle]]) parked
outside the Hark to Bounty all weekend per Mrs [[Parkinson|name]]. [[Tyler|name]]'s cousin [[Kacey Dugdale|name]] (Y3) fine.
"""),
    ("grandmother's text messages typed up", """Texts from [[Pauline Wilcock|name]] (grandma) to SW [[Bethany Rhodes|name]], copied
[[28/11/26|date]]

Sat [[21 Nov|date]] 18:40  its [[pauline|name]] [[tylers|name]] gran. been to [[shannons|name]] in [[slaidburn|place]], no coal no food
Sat [[21 Nov|date]] 18:42  [[craig|name]] was asleep in the chair with cans all round him
Sat [[21 Nov|date]] 18:55  took [[ty|name]] and the baby back to mine at [[tosside|place]] for the night
Sun [[22 Nov|date]] 10:12  [[shannon|name]] says shes fine. shes not. her mate [[kirsty|name]] is always there
Mon [[23 Nov|date]] 08:20  dropped [[ty|name]] at school. mrs [[procter|name]] saw me
Tue [[24 Nov|date]] 19:05  my landline is [[01200 446 218|phone]] if mobile no signal up here which it isnt
Wed [[25 Nov|date]] 13:30  [[craig|name]]s brother [[darren dugdale|name]] has been round, he is trouble, lives at [[waddington|place]]
Thu [[26 Nov|date]] 09:02  [[ava|name]] has a cough. i took her to the surgery in [[clitheroe|place]], dr [[mistry|name]] saw her
Thu [[26 Nov|date]] 09:04  [[tyler|name]] wants to stop at mine til christmas. i said ask [[bethany|name]]
Fri [[27 Nov|date]] 17:15  [[smiffy|name]] is there again and his dog. [[ty|name]] hates that dog
Fri [[27 Nov|date]] 17:16  [[edith|name]] next door says shes had enough, she rang pc [[lord|name]]
Sat [[28 Nov|date]] 09:40  sorry not [[lord|name]], the pcso is [[dawn haworth|name]] from [[clitheroe|place]]
Sat [[28 Nov|date]] 09:44  [[dawn|name]] said she will pop round to [[chapel st|address]] monday. [[shannon|name]] wont like it
Sat [[28 Nov|date]] 09:50  ps my email is [[pauline.wilcock@btinternet.com|email]] if u need to send the forms
"""),
]
DOCS_A += [
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT  [[Ava-Rose DUGDALE|name]]  DOB [[30.01.2023|dob]]  NHS
[[294 643 7647|nhs]]
Visit [[4/11/2026|date]] 10:30 at [[4 Chapel St|address]], [[Slaidburn|place]]. HV [[Joanne Tattersall|name]] with SW [[B. Rhodes|name]].
Mum [[Shannon|name]] present, dad [[Craig|name]] "at the farm at [[Hammerton|place]]". [[Ava|name]] weight has dropped to the 9th centile.
House 11 degrees. One bag of coal. Dog in the kitchen. Mum says [[Craig|name]]'s drinking is "only weekends".
Mum's friend [[Kirsty Ashworth|name]] arrived with a pram and her boy [[Mason|name]]. Discussed the Healthy Start card.
Plan: weigh [[Ava|name]] at [[Clitheroe|place]] clinic on [[11th November|date]]; GP Dr [[Mistry|name]] to see her; referral to the
food bank at [[Waddington|place]]; [[Shannon|name]] to ring me on [[07712 604 385|phone]].
Dad's sister [[Leanne Dugdale|name]] from [[Chatburn|place]] offered to have [[Ava-Rose|name]] two days a week.
Next visit [[18/11/2026|date]] with nursery nurse [[Becky Marsden|name]]. [[Tyler|name]] (11) was at school in [[Slaidburn|place]].
Mum's NI number [[JX 72 41 05 D|ni]] taken for the Healthy Start form. [[Shannon|name]]'s GP is Dr [[Anjali Mistry|name]];
her sister [[Chelsea Wilcock|name]] in [[Barrow|place]] is "no help".
[[Shannon|name]] asked for [[Tyler|name]]'s NHS number for the dentist: [[810 036 4788|nhs]]. Dentist: Mr [[Iqbal|name]],
[[Clitheroe|place]].
"""),
    ("tyler's own words written with his teacher", """all about me - by [[Tyler|name]] age 11 with Mrs [[Procter|name]] [[2/12/2026|date]]

i live in [[slaidburn|place]] with mum dad and [[ava|name]]. i like the river and the sheep at [[josh|name]]s farm.
my gran [[pauline|name]] lives in [[tosside|place]] and has a big fire. i like it there.
dad drinks cans and shouts. mum cries. i make [[ava|name]] her tea sometimes.
my best mate is [[josh|name]] and [[harry|name]]. i want to go to [[bowland high|school]] with them.
Mrs [[Procter|name]] wrote: [[Tyler|name]] drew a picture of gran's house with "GRAN [[PAULINE|name]]" on the door.
when i grow up i want to be a farmer like [[josh|name]]s dad mr [[hartley|name]] at [[stocks|place]].
i dont like [[smiffy|name]]. i like [[bethany|name]] she brings biscuits. my dog at grans is [[Pip|name]].
i want [[bethany|name]] to tell dad to stop. and i want [[smiffy|name]] and [[darren|name]] not to come.
Mrs [[Procter|name]]: I read this back to [[Tyler|name]] on [[3rd December|date]] and he agreed it could go to [[Bethany Rhodes|name]].
"""),
]


# --- B. Shareef / Rasheed family (Maldivian, Dhivehi speakers), Windy Street, Chipping -----------------------------------

HOME_B = d.Address("2 Windy Street", "Chipping", "Preston", "PR3 2GD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mariyam", "Shaheema")], dt.date(2013, 4, 23), addresses=[HOME_B], ids=["9327475542", "H888771639235"],
       schools=["Ribblesdale High School"]),
    _p("s", "sibling", [("Ibrahim", "Ayaan")], dt.date(2019, 10, 7), addresses=[HOME_B], ids=["9780367888"]),
    _p("m", "mother", [("Fathimath", "Rasheeda")], dt.date(1988, 3, 15), addresses=[HOME_B], phones=["07845 219 670"]),
    _p("f", "father", [("Ahmed", "Shareef")], dt.date(1984, 7, 28), addresses=[HOME_B], phones=["07931 552 804"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """LANCASHIRE CONSTABULARY - DOMESTIC INCIDENT  Log 1187 of [[14/10/2026|date]]
Time 22:15. Location [[2 Windy Street|address]], [[Chipping|place]], [[PR3 2GD|postcode]].
Victim: [[RASHEEDA, Fathimath|name]] DOB [[15/03/1988|dob]] tel [[07845 219 670|phone]]
Suspect: [[SHAREEF, Ahmed|name]] DOB [[28/07/1984|dob]] tel [[07931 552 804|phone]] NI [[NW 48 22 16 C|ni]]
Children: [[Mariyam Shaheema|name]] (13) and [[Ibrahim Ayaan|name]] (7). Family speak Dhivehi; interpreter by phone ([[Hawwa|name]]).
Attending PC [[Lucy Greenhalgh|name]] and PC [[Tom\nBirtwistle|name]]. Neighbour Mr [[Alan Seed|name]] at [[no. 4|address]] rang 999.
Account: [[Fathimath|name]] says [[Ahmed|name]] came back from his shift at the hotel in [[Whitewell|place]] and threw a kettle.
[[Mariyam|name]] took her brother to Mr [[Seed|name]]'s house. [[Ahmed|name]] left in a silver Qashqai [[PK67 ZRW|vehicle]].
He was found at his cousin [[Hussain Nashid|name]]'s flat in [[Longridge|place]] at 01:10 and arrested.
[[Fathimath|name]]'s sister [[Aishath Rasheeda|name]] in [[Malé|place]] rang her during the visit ([[+960 778 4512|phone]]).
DASH high. MARAC referral by DC [[Sana Mir|name]]. Bail address: [[17 Berry Lane|address]], [[Longridge|place]], [[PR3 3JA|postcode]].
Previous: [[2/3/2026|date]] verbal, no crime (PC [[Greenhalgh|name]]). [[Ahmed|name]]'s employer at [[Whitewell|place]], Mr
[[Roger Bibby|name]],
confirms he finished at 21:30. Photos of [[Fathimath|name]]'s arm taken at [[Chipping|place]] by PC [[Birtwistle|name]] 23:05.
Witness: [[Mariyam SHAHEEMA|name]] (13) spoken to by PC [[Greenhalgh|name]] with Mr [[Seed|name]]'s wife [[Brenda Seed|name]] present.
[[Ahmed|name]] told officers his cousin [[Hussain|name]] would "sort it". Custody: [[Blackpool|place]], 02:05 on [[15/10/2026|date]].
Officer notes typed by PC [[L. Greenhalgh|name]] 03:40: [[Mariyam|name]] calls her mum "Mamma"; [[Ayaan|name]] slept at the [[Seed|name]]s'.
"""),
    ("mother's WhatsApp voice note translated from Dhivehi", """Voice note from [[Fathimath|name]] to her sister [[Aishath|name]],
[[16/10/2026|date]],
played to SW [[Naomi Kenyon|name]] and translated by [[Hawwa Latheef|name]] (interpreter)

"[[Aishath|name]], he is gone for now. The police took him to [[Blackpool|place]]. [[Mariyam|name]] is brave, she held [[Ayaan|name]]
all night. Mamma is asking me to come home to [[Hulhumalé|place]] but the children have school. [[Mariyam|name]] says no, she has
her friends [[Ellie|name]] and [[Ruby Wane|name]] in [[Chipping|place]]. The lady next door, [[Sheila|name]], brought soup.
Bappa says [[Ahmed|name]] must not come back. His brother [[Ismail|name]] in [[Addu|place]] sent money. Call me on the English
number, not [[+960 965 2081|phone]]. I will ring [[Naomi|name]] tomorrow."
Second note, 16:02: "Dhatha, tell Bappa I am ok. [[Ayaan|name]] asks for his dad. [[Naomi|name]] says [[Mariyam|name]]
can see a counsellor, Mrs [[Joyce Whittle|name]], at [[Longridge|place]]. [[Hussain|name]]'s wife [[Shifa|name]] rang me and shouted."
Interpreter note: "Mamma" is mother; "Bappa" is father; [[Aishath|name]]'s landline in [[Malé|place]] is [[+960 332 4719|phone]].
[[Naomi Kenyon|name]] note: [[Fathimath|name]] asked that her brother [[Mohamed Rasheed|name]] in [[Fuvahmulah|place]] is not told.
[[Hawwa Latheef|name]]'s booking: Lancashire interpreting, [[01772 486 309|phone]]; next visit Tuesday [[20 October|date]]? (check).
"""),
]
DOCS_B += [
    ("secondary school DSL email", """From: [[k.whiteside@ribblesdale.lancs.sch.uk|email]]
To: [[naomi.kenyon@lancashire.gov.uk|email]]
Sent: Thursday [[19 November 2026|date]] 12:41
Subject: [[Mariyam SHAHEEMA|name]] (Y9) UPN [[H888771639235|upn]]

Hi [[Naomi|name]],
[[Mariyam|name]] told her form tutor Mr [[Ormerod|name]] that her dad has been seen in [[Chipping|place]] by the pub, in the silver
car. She thinks he is staying with [[Hussain|name]] in [[Longridge|place]]. She is falling asleep in lessons and has stopped going
to netball with [[Ruby|name]]. Her mum came to parents' evening with the neighbour, Mrs [[Sheila Bamber|name]], to translate.
[[Mariyam|name]] asks if her little brother [[Ayaan|name]] at [[St Mary's|school]] is safe at pick-up. I have let their head,
Mrs [[Cardwell|name]], know.
Thanks, [[Karen Whiteside|name]], DSL, [[Ribblesdale|school]] ([[01200 423 716|phone]])
P.S. [[Ruby|name]]'s mum, Mrs [[Tracey Wane|name]] of [[Chipping|place]], says [[Mariyam|name]] can stay at theirs on [[Club Lane|address]]
if needed. [[Ruby|name]] and [[Mariyam|name]] also go to guides in [[Longridge|place]] with [[Ellie Seed|name]].
[[Karen|name]]
cc: Mr [[Dan Ormerod|name]] ([[d.ormerod@ribblesdale.lancs.sch.uk|email]]); Mrs [[Cardwell|name]]
Her mum's mobile: [[07845 219 670|phone]] (use interpreter [[Hawwa|name]]). [[Mariyam|name]]'s NHS no. [[9327475542|nhs]].
"""),
    ("MARAC referral", """MARAC REFERRAL - Lancashire (Ribble Valley)  Date [[20/11/2026|date]]  Referrer DC [[Sana Mir|name]]
Victim: [[Fathimath RASHEEDA|name]], [[2 Windy St|address]], [[Chipping|place]] [[PR3 2GD|postcode]]; safe number [[07845 219 670|phone]]
Perpetrator: [[Ahmed SHAREEF|name]] ([[28.07.1984|dob]]), car [[PK67 ZRW|vehicle]]; at [[17 Berry Lane|address]],
[[Longridge|place]].
Children: [[Mariyam|name]] ([[23/04/2013|dob]]) and [[Ibrahim Ayaan|name]] ([[07/10/2019|dob]]).
Risks: strangling in [[August 2026|date]] (not reported; told to IDVA [[Claire Holt|name]] on [[18/11|date]]), kettle on
[[14 October|date]],
being seen in the village on [[17th November|date]]. He has family in [[Preston|place]] ([[Fareed Shareef|name]]) and in [[Malé|place]].
Support: [[Claire Holt|name]] (IDVA); the family's friend [[Mohamed Zahir|name]] from [[Blackburn|place]] drives them to the mosque.
Agencies: [[Karen Whiteside|name]] ([[Ribblesdale|school]]); HV [[Joanne Tattersall|name]]; SW [[Naomi Kenyon|name]];
housing officer [[Raj Patel|name]]. Next MARAC [[3/12/2026|date]]. [[Mariyam|name]]'s friend [[Ruby Wane|name]]'s family in
[[Chipping|place]] know the risk. Cousin [[Hussain Nashid|name]] (NI [[JX 41 27 86 B|ni]]) may be hiding [[Ahmed|name]].
[[Ahmed|name]]'s phone: [[07931 552 804|phone]]. [[Fathimath|name]]'s sister [[Aishath|name]]: [[+960 778 4512|phone]] (in
[[Malé|place]]). [[Ayaan|name]]'s school: [[St Mary's|school]], [[Chipping|place]].
[[Chipping|place]] surgery: Dr [[Owen Pryce|name]], [[01995 640 273|phone]]. [[Fathimath|name]]'s email:
[[fathimath.r88@outlook.com|email]].
"""),
]


# --- C. Cowperthwaite family (white British, a young carer), Hodder Cottages, Dunsop Bridge -------------------------------

HOME_C = d.Address("6 Hodder Cottages", "Dunsop Bridge", "Clitheroe", "BB7 3BB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jodie", "Cowperthwaite")], dt.date(2014, 2, 17), addresses=[HOME_C], ids=["5769437480", "Z888416898312"],
       schools=["Bowland High School"]),
    _p("m", "mother", [("Lorraine", "Cowperthwaite")], dt.date(1978, 5, 9), addresses=[HOME_C], phones=["07468 330 129"]),
    _p("s", "sibling", [("Alfie", "Cowperthwaite")], dt.date(2018, 8, 25), addresses=[HOME_C], ids=["9496861601"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """my week by [[jodie|name]] (12)

monday i get [[alfie|name]] up and do his toast, mum cant do the stairs on bad days cos of her MS.
the bus to [[grindleton|place]] goes at 7.20 from [[dunsop|place]] and if i miss it mum has to ring mrs [[hayhurst|name]].
tuesday i go to the shop in [[slaidburn|place]] with uncle [[gaz|name]] because we dont have a shop.
wednesday is young carers in [[clitheroe|place]] with [[lou|name]] and [[becca|name]], its the best.
thursday mums friend [[denise|name]] from [[whitewell|place]] comes and does her hair.
friday i am tired. [[alfie|name]] wet the bed again. i washed it.
my dad [[gary|name]] lives in [[accrington|place]] with [[tanya|name]] and i go every other saturday.
my best friend is [[amelia|name]] she lives in [[newton|place]]. her mum [[sarah|name]] lets me stop for tea.
if i could have one wish mum would get better and we would live in [[clitheroe|place]] near the shops and nan [[betty|name]].
mum says i should put my name proper so it is [[JODIE COWPERTHWAITE|name]] age 12 from [[DUNSOP BRIDGE|place]]. done.
[[lou|name]] wrote underneath: thank you [[jodie|name]]. we will talk to mum and [[gaz|name]] and your dad [[gary|name]] about it.
"""),
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - Ribble Valley Young Carers
Young carer: [[COWPERTHWAITE, Jodie|name]]  DOB [[17/02/2014|dob]]  School: [[Bowland High|school]], [[Grindleton|place]]
Address: [[6 Hodder Cottages|address]], [[Dunsop\nBridge|place]], [[BB7 3BB|postcode]]. Assessor [[Louise Fishwick|name]]
[[26 November 2026|date]].
Cared for: mum [[Lorraine Cowperthwaite|name]] (MS, uses a wheelchair downstairs; MS nurse [[Angela Reddy|name]]).
Brother [[Alfie|name]] (8) at [[Brennand's|school]]. Dad [[Gary Cowperthwaite|name]] in [[Accrington|place]], tel [[07538 771 042|phone]].
Tasks: meals, medication, washing, shopping in [[Slaidburn|place]] and [[Clitheroe|place]], lifting mum's legs, 25 hours a week.
[[Jodie|name]] wants a trip to [[Blackpool|place]] with the group and her friend [[Amelia Robinson|name]] to come.
Uncle [[Gareth Cowperthwaite|name]] ("[[Gaz|name]]") at [[Sykes Farm|address]] helps with lifts. School contact: Mrs [[Hayhurst|name]]
([[j.hayhurst@bowlandhigh.org.uk|email]]). Review [[26 February 2027|date]].
Grandmother [[Betty Lund|name]] ([[Clitheroe|place]], [[01200 425 881|phone]]) can help on Sundays.
Outcome agreed with [[Jodie|name]], [[Lorraine|name]] and [[Gareth|name]] on [[26/11/2026|date]]. Signed [[L. Fishwick|name]].
[[Jodie|name]]'s friend [[Amelia|name]]'s mum [[Sarah Robinson|name]] ([[Newton-in-Bowland|place]]) has offered Tuesday tea.
"""),
    ("school nurse's phone notes", """Phone notes - school nurse [[Rachel Dewhurst|name]] - re [[Jodie C.|name]]
[[30/11/26|date]] 09:15 Rang mum on [[07468 330 129|phone]]. [[Lorraine|name]] fell on Saturday; [[Jodie|name]] rang 999 herself.
Paramedic [[Steve|name]] took mum to Royal Blackburn. [[Jodie|name]] and [[Alfie|name]] went to neighbour Mrs [[Mary Cottam|name]]
at [[no 2|address]].
[[30/11/26|date]] 11:40 Rang dad [[Gary|name]]: cannot have them midweek, [[Tanya|name]] is working. Said try [[Gaz|name]].
[[1/12/26|date]] 08:50 [[Jodie|name]] in school, tired. Told Mrs [[Hayhurst|name]] and [[Louise Fishwick|name]].
[[1/12/26|date]] 16:00 Mum home. OT [[Priya Nandra|name]] to visit [[Dunsop Bridge|place]] on the [[8th|date]] for a stair lift.
[[2/12/26|date]] 10:10 [[Mary Cottam|name]] rang: [[Alfie|name]] has headlice, she has treated. [[Jodie|name]] told her
she is "the mum now". Passed to SW [[Ryan Lofthouse|name]] (duty, [[Clitheroe|place]]).
[[3/12/26|date]] 14:30 [[Lorraine|name]] rang: her brother-in-law [[Gaz|name]] will do the [[Grindleton|place]] bus run till
[[Christmas Eve|date]].
[[Jodie|name]] is going to [[Amelia Robinson|name]]'s on Saturday [[12th|date]].
"""),
    ("OT visit letter scanned with OCR errors", """Ribble VaIIey Adult Social Care - Occupationa1 Therapy
Mrs [[L. C0wperthwaite|name]]
[[6 H0dder Cottages|address]]
[[Dunsop Brldge|place]]
[[BB7 3B8|postcode]]
Date: [[O8/l2/2O26|date]]
Dear Mrs [[C0wperthwaite|name]],
Further to my visit on [[8 December|date]] with your daughter [[J0die|name]] present, I have asked for a stair lift and a
perching stool. Your brother-in-law Mr [[G. Cowperthwaite|name]] of [[Sykes Farrn|address]] agreed to move the dresser.
Yours sincerely, [[Priya Nandra|name]], Occupational Therapist, [[Clither0e|place]] office.
cc: [[R. Dewhurst|name]] (schooI nurse); [[Louise Flshwick|name]]; Dr [[Mlstry|name]], [[Clitheroe|place]].
Ref: LC/0812
Contact: [[p.nandra@lancashire.gov.uk|email]]  Tel [[01200 414 562|phone]]
"""),
]


# --- D. Holden / Sagar family (white British), Newton-in-Bowland: a boy of 15 missing, criminal exploitation --------------

HOME_D = d.Address("3 Ribble View", "Newton-in-Bowland", "Clitheroe", "BB7 3DY")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kian", "Holden")], dt.date(2011, 3, 8), addresses=[HOME_D], ids=["7944529875", "L888259259907"],
       schools=["Ribblesdale High School"]),
    _p("m", "mother", [("Donna", "Sagar")], dt.date(1982, 11, 4), addresses=[HOME_D], phones=["07983 146 225"]),
    _p("o", "other", [("Wayne", "Sagar")], dt.date(1980, 1, 21), addresses=[HOME_D]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - Child: [[HOLDEN, Kian|name]]  DOB [[08/03/2011|dob]]  NHS [[794 452 9875|nhs]]
Missing from [[3 Ribble View|address]], [[Newton-in-Bowland|place]] [[BB7 3DY|postcode]], Fri [[20 Nov 2026|date]] 17:00 to
Sun [[22 Nov|date]] 11:30. Interview by [[Jess Ainsworth|name]] (Lancashire Missing From Home) on [[24/11/2026|date]].
[[Kian|name]] says he got a lift from "[[Rico|name]]" at the [[Newton|place]] bus stop to [[Blackburn|place]], then to a flat in
[[Mill Hill|place]]. He stayed with a lad called [[Brandon|name]] and a girl [[Chloe Rawcliffe|name]]. He had a phone given to him
([[07552 918 304|phone]]?). Mum [[Donna|name]] and stepdad [[Wayne|name]] reported him; PC [[Aziz|name]] found him at [[Preston|place]]
bus station. [[Kian|name]] said his mate [[Ollie Ward|name]] from [[Waddington|place]] "knows [[Rico|name]]'s brother [[Tyrese|name]]".
[[Kian|name]] wants: to see his dad [[Lee Holden|name]] in [[Burnley|place]], to go back to football at [[Clitheroe|place]].
[[Kian|name]] said [[Brandon|name]]'s mum "[[Tash|name]]" was there and gave them pizza. He would not say more about
[[Rico|name]]. He likes [[Jess|name]] and will see her again on [[8th December|date]] at [[Newton|place]].
[[Kian|name]]'s NI number (for the bank card found on him): [[KH 58 30 27 A|ni]]. Card in the name of "[[Brandon Kay|name]]".
[[Donna|name]]'s own phone: [[07983 146 225|phone]]. [[Wayne|name]]'s van [[PN62 RBO|vehicle]] is the family car. Grandma [[Sandra|name]]
has [[Kian|name]] on Sundays at [[Bolton-by-Bowland|place]].
"""),
    ("snapchat messages typed up by police", """Exhibit JA/3 - Snapchat messages from [[Kian Holden|name]]'s phone, typed by DC
[[Jamie Aspin|name]] [[27/11/2026|date]]

rico_bbx: u cumin out fri
kianh_11: cant my mum [[donna|name]] is watching me
rico_bbx: tell her ur at [[ollies|name]] in [[waddo|place]]
kianh_11: ok. where
rico_bbx: [[newton|place]] bus stop 5. b will be there in the golf [[PO16 LZK|vehicle]]
kianh_11: is [[chloe|name]] comin
rico_bbx: ye. bring ur charger. [[mill hill|place]] after
kianh_11: [[wayne|name]] says hell ring the feds
rico_bbx: he wont lol
kianh_11: [[kian|name]] here, [[tyrese|name]] said go [[whalley range|address]] not [[mill hill|place]]
rico_bbx: ye [[tyrese|name]] is my bro. dont say nuthin to [[jess|name]]
DC [[Aspin|name]]: the account rico_bbx is believed to be [[Enrico Bellamy|name]]; [[Chloe Rawcliffe|name]]'s account not found.
"""),
    ("mother's complaint email", """From: [[donnasagar82@gmail.com|email]]   Monday [[30 November 2026|date]] 21:12
To: complaints, Lancashire County Council
Subject: my son [[Kian Holden|name]] dob [[8.3.11|dob]]

I want to complain. [[Kian|name]] went missing AGAIN on the [[28th|date]] and nobody from social services rang me back. I rang
[[Jess|name]] and the duty line and I got a man called [[Darren|name]] who said he would pass it on. My partner [[Wayne Sagar|name]]
drove to [[Blackburn|place]] himself and found [[Kian|name]] on [[Whalley Range|address]] with [[Brandon Kay|name]]. He should not have to.
The police officer, PC [[Nadia Aziz|name]], was good. The school, Mr [[Ormerod|name]], was good. You are not.
Ring me on [[07983 146 225|phone]] or come to [[Ribble View|address]]. My mum [[Sandra Holt|name]] at [[Bolton-by-\nBowland|place]]
says she will have him but she is 74.
[[Donna Sagar|name]]
PS: [[Kian|name]]'s school friend [[Ollie|name]]'s mum, [[Nicola Ward|name]], in [[Waddington|place]], says [[Rico|name]] was at
the [[Waddington|place]] playing fields on Sunday [[29th|date]] too. She rang 101. Nobody came.
[[Wayne|name]] wants to add: the man [[Darren|name]] on the phone said "lads will be lads". [[Wayne Sagar|name]], [[07412 806 335|phone]]
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[1 December 2026|date]] 10:00 (Teams)  Child: [[Kian HOLDEN|name]]
Chair: [[Helen Dobson|name]] (team manager). Present: DS [[Gavin Moss|name]], PC [[Nadia Aziz|name]], [[Jess Ainsworth|name]],
[[Karen Whiteside|name]] (DSL, [[Ribblesdale|school]]), Dr [[Anjali Mistry|name]] (GP).
Information: three missing episodes since [[October|date]]. Linked to [[Rico|name]] ([[Enrico Bellamy|name]], 19, [[Mill Hill|place]]) and
[[Tyrese Bellamy|name]]. Car [[PO16 LZK|vehicle]] seen in [[Newton-in-Bowland|place]] on [[20/11|date]] and in [[Slaidburn|place]] on
[[28/11|date]]. [[Kian|name]] found with £340 and a second phone. [[Chloe Rawcliffe|name]] (16) also at the address.
Decision: section 47 enquiry; NRM referral; disruption notice to [[Enrico Bellamy|name]]; grandma [[Sandra Holt|name]] at
[[Holden Lane Farm|address]], [[Bolton-by-Bowland|place]], [[BB7 4NL|postcode]] as a safe place.
Actions: [[Jess Ainsworth|name]] to see [[Kian|name]] weekly; DS [[Moss|name]] to speak to [[Lee Holden|name]] in [[Burnley|place]];
[[Karen Whiteside|name]] to share attendance; [[Helen Dobson|name]] to review on [[15/12/2026|date]].
Information from [[Preston|place]] police: [[Enrico Bellamy|name]] was stopped on [[12/11/2026|date]] in [[PO16 LZK|vehicle]] with
[[Brandon Kay|name]] and a girl "[[Tash|name]]" ([[Natasha Kay|name]]) near [[Deepdale|place]].
Minute taker: [[Paula Wrigley|name]]. Next strategy discussion Tuesday [[8 December 2026|date]] if [[Kian|name]] goes missing again.
"""),
]


# --- E. Townson / Bleazard family (white British farming family), Forest Becks, Bolton-by-Bowland --------------------------

HOME_E = d.Address("Coppy Barn, Forest Becks", "Bolton-by-Bowland", "Clitheroe", "BB7 4PL")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Townson")], dt.date(2026, 5, 2), addresses=[HOME_E], ids=["4849407145"]),
    _p("m", "mother", [("Hannah", "Bleazard")], dt.date(1999, 7, 14), addresses=[HOME_E], phones=["07845 610 392"]),
    _p("f", "father", [("Robert", "Townson")], dt.date(1996, 2, 27), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("health visitor's new birth visit", """NEW BIRTH VISIT - [[TOWNSON, Oscar|name]]  DOB [[02/05/2026|dob]]  NHS [[484 940 7145|nhs]]
Mother: [[Hannah Bleazard|name]] ([[14/07/1999|dob]]), [[Coppy Barn|address]], [[Forest Becks|place]], [[Bolton-by-Bowland|place]]
[[BB7 4PL|postcode]]. Tel [[07845 610 392|phone]]. Father: [[Robert Townson|name]] ("[[Rob|name]]"), farms with his dad [[Jim|name]].
Visit [[14 May 2026|date]] by HV [[Joanne Tattersall|name]]. Born at Royal Blackburn, 38 weeks. Feeding well.
[[Hannah|name]] scored 15 on the EPDS. Says she has no friends here since moving from [[Barnoldswick|place]]. Her mum
[[Gillian Bleazard|name]] is in [[Skipton|place]], 30 minutes, no bus. Neighbour at the farmhouse: [[Margaret Townson|name]]
([[Rob|name]]'s mum).
Plan: GP Dr [[Mistry|name]] to review mood; peer support with [[Zoe|name]] from Home-Start; revisit [[28/05|date]].
[[Rob|name]]'s dad [[Jim Townson|name]] came in at the end; he said "[[Hannah|name]]'s a townie, she'll learn".
Contact for HV: [[joanne.tattersall@nhs.net|email]], [[01200 448 903|phone]].
Baby registered at Bowland Medical Practice on [[12 May|date]]. [[Oscar|name]]'s middle name is [[James|name]], after [[Jim|name]].
"""),
    ("GP letter to the health visitor", """Bowland Medical Practice, [[Clitheroe|place]]
[[3rd June 2026|date]]
Re: Miss [[Hannah BLEAZARD|name]], DOB [[14/07/1999|dob]], [[Coppy Barn|address]], [[Bolton-by-Bowland|place]]
Dear [[Joanne|name]],
I saw [[Hannah|name]] today with baby [[Oscar|name]]. She has postnatal depression and some thoughts of not wanting to be here,
no plan. I have started sertraline and referred to the perinatal team (Dr [[Ifeoma Uche|name]]). Her partner [[Robert|name]] was in
the waiting room; she asked me not to tell him. Her sister [[Kayleigh|name]] in [[Gisburn|place]] is her main support.
Yours, Dr [[A. Mistry|name]]
cc: [[Sadia Hussain|name]], perinatal CPN, Royal Preston team; [[Hannah Bleazard|name]].
PS: [[Hannah|name]]'s mobile is [[07845 610 392|phone]]; the farm landline ([[01200 447 305|phone]]) is answered by [[Margaret|name]].
Perinatal team referral ref PN/226/[[Bleazard|name]]; [[Hannah|name]] to see Dr [[Uche|name]] on [[17 June|date]] at [[Burnley|place]].
"""),
    ("father's facebook messages typed up", """Facebook messages from [[Rob Townson|name]] to [[Hannah|name]]'s sister
[[Kayleigh Bleazard|name]], given to HV [[18/09/26|date]]

[[rob|name]]: [[kay|name]] can u come up, [[han|name]] wont get out of bed again
[[kayleigh|name]]: im on lates at [[skipton|place]] til 10. is [[oscar|name]] ok
[[rob|name]]: hes fine ive fed him. i have to do the sheep at [[sawley|place]] by 6
[[kayleigh|name]]: ask ur mum
[[rob|name]]: mum and [[han|name]] had words. [[han|name]] says mum [[margaret|name]] is always on at her
[[kayleigh|name]]: ill ring [[joanne|name]] the hv tmrw. her number is [[01200 448 903|phone]]
[[rob|name]]: ta. dont tell [[hannah|name]] i messaged
[[kayleigh|name]]: ok. tell [[han|name]] [[zoe|name]] from home start is coming weds
[[rob|name]]: ta [[kay|name]] xx
[[kayleigh|name]]: and [[rob|name]] ur mum needs to back off. [[han|name]] told me about the bottle thing
[[rob|name]]: i know. ill talk to her. dad says same
"""),
    ("child in need meeting minutes", """CHILD IN NEED MEETING - [[Oscar Townson|name]] - [[24/11/2026|date]],
[[Bolton-by-Bowland|place]] village hall
Chair: SW [[Callum Nuttall|name]]. Present: [[Hannah Bleazard|name]], [[Robert Townson|name]], [[Kayleigh Bleazard|name]],
HV [[Joanne Tattersall|name]], perinatal CPN [[Sadia Hussain|name]], Home-Start volunteer [[Zoe Pickles|name]].
[[Hannah|name]] is better on medication; goes to the baby group in [[Gisburn|place]] on Tuesdays with [[Zoe|name]].
[[Oscar|name]] (6 months) is thriving. [[Rob|name]] agreed to do nights on Fridays. Grandma [[Margaret|name]] to step back.
[[Kayleigh|name]] moving to [[Holden|place]] in [[January|date]]. Next meeting [[23rd February 2027|date]].
[[Joanne Tattersall|name]] to visit [[Coppy Barn|address]] on [[8/12/2026|date]]. [[Zoe Pickles|name]] ([[07983 512 664|phone]]) to
keep visiting. [[Hannah|name]] wants to learn to drive; [[Kayleigh|name]] will teach her in [[Gisburn|place]].
[[Robert Townson|name]]'s NI (for the carer's form): [[NB 19 64 83 C|ni]]. [[Margaret Townson|name]] sent apologies.
Attendance sheet signed: [[H. Bleazard|name]], [[R. Townson|name]], [[K Bleazard|name]], [[J Tattersall|name]], [[S Hussain|name]].
"""),
]


# --- F. Shuttleworth / Pye family (white British), Clitheroe Road, Waddington: a mother using heroin --------------------

HOME_F = d.Address("14 Clitheroe Road", "Waddington", "Clitheroe", "BB7 3HQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Leo", "Shuttleworth")], dt.date(2017, 10, 3), addresses=[HOME_F], ids=["4382677513", "E888019154797"],
       schools=["Waddington and West Bradford CE Primary School"]),
    _p("m", "mother", [("Stacey", "Shuttleworth")], dt.date(1991, 4, 18), addresses=[HOME_F], phones=["07712 983 540"]),
    _p("g", "grandparent", [("Brian", "Pye")], dt.date(1958, 6, 30), ids=["4404826559"]),
], "c")

DOCS_F = [
    ("MASH referral", """MASH REFERRAL  Received [[05/10/2026|date]] 14:22  Referrer: PC [[Dale Haworth|name]], Lancashire Constabulary
Child: [[SHUTTLEWORTH, Leo|name]]  DOB [[03/10/2017|dob]]  UPN [[E888019154797|upn]]
Address: [[14 Clitheroe Rd|address]], [[Waddington|place]], [[BB7 3HQ|postcode]]. School: [[Waddington and West Bradford|school]].
Mother: [[Stacey Shuttleworth|name]] ([[18/04/1991|dob]]), [[07712 983 540|phone]], NI [[KT 63 09 51 A|ni]].
Concern: [[Stacey|name]] found unconscious in the bathroom on [[4 Oct|date]] (heroin, naloxone given by paramedic [[Gemma Lord|name]]).
[[Leo|name]] (9) opened the door to police. Her partner [[Jason Pilling|name]] ([[22.01.1988|dob]]) left before police came; car
[[PN08 UYV|vehicle]]. Grandad [[Brian Pye|name]] lives at [[7 Edisford Road|address]], [[Clitheroe|place]] [[BB7 2LN|postcode]], and
took [[Leo|name]]. Step-nan [[Julie Pye|name]] says [[Leo|name]] can stay.
Police log 0744 of [[04/10/2026|date]]. Paramedic crew from [[Preston|place]]. School DSL Mrs [[Wendy Sowerbutts|name]] told
[[05/10/2026|date]]. [[Jason Pilling|name]]'s last known address [[Flat 3, 21 Woone Lane|address]], [[Low Moor|place]].
[[Leo|name]] said to PC [[Haworth|name]]: "[[Jase|name]] put mum in the bath". [[Leo|name]]'s friend [[Finley Carr|name]] lives at
[[no. 16|address]].
Referrer's note: neighbour [[Gordon Tomlinson|name]] ([[no. 12|address]]) heard [[Leo|name]] crying at 02:00 on [[3rd Oct|date]].
"""),
    ("grandad's letter to the social worker", """[[7 Edisford Rd|address]]
[[Clitheroe|place]]
[[15th Oct 2026|date]]

Dear Miss [[Ahmed|name]],
I am [[Leo|name]]'s grandad, [[Brian Pye|name]]. [[Leo|name]] is settled with me and [[Julie|name]]. We take him to school in
[[Waddington|place]] each day and he plays at [[Edisford|place]] with [[Finley Carr|name]] from next door.
His mum, my daughter [[Stacey|name]], is at [[Jason|name]]'s flat in [[Low Moor|place]]. She rang from a number I do not know,
[[07538 204 617|phone]]. I am worried [[Jason|name]]'s brother [[Kyle Pilling|name]] gets them the stuff from [[Burnley|place]].
[[Leo|name]]'s other grandma, Mrs [[Jean Shuttleworth|name]] in [[Grindleton|place]], would like to see him at Christmas.
Yours faithfully, [[B. Pye|name]]   tel [[01200 423 716|phone]]
P.S. [[Julie|name]] says to tell you [[Leo|name]] has a dentist on [[the 2nd of
December|date]] with Mr [[Iqbal|name]] in
[[Clitheroe|place]].
[[Julie|name]]'s mobile is [[07983 512 664|phone]] if I am out on the allotment at [[Henthorn|place]].
[[Stacey|name]]'s friend [[Michelle Nutter|name]] from [[West Bradford|place]] says she will help if [[Stacey|name]] wants rehab.
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Leo SHUTTLEWORTH|name]] ([[3.10.2017|dob]]) -
[[2 November 2026|date]]
Chair: [[Margaret O'Rourke|name]] (IRO). SW [[Farah Ahmed|name]]. Present: [[Stacey Shuttleworth|name]], [[Brian Pye|name]],
[[Julie Pye|name]], PC [[Dale Haworth|name]], DSL Mrs [[Wendy Sowerbutts|name]], drug worker [[Kev Greenwood|name]] (Inspire).
Apologies: Dr [[Mistry|name]] (report sent), [[Jason Pilling|name]] (not invited).
[[Stacey|name]] says she has used since [[Leo|name]] was 2, after her dad's partner's son [[Dean|name]] died. She is on a script
at [[Clitheroe|place]] since [[21/10|date]]. [[Leo|name]] told Mrs [[Sowerbutts|name]] that "[[Jase|name]] takes mum's money".
Decision: child protection plan, neglect. [[Leo|name]] to stay at grandad's in [[Clitheroe|place]]. Core group [[16/11/26|date]].
[[Kev Greenwood|name]] to see [[Stacey|name]] weekly. [[Brian|name]] and [[Julie Pye|name]] to keep [[Leo|name]] at
[[7 Edisford Road|address]]. Mrs [[Sowerbutts|name]] to share any worries. Review [[1 February 2027|date]].
Minutes by [[Sharon Lund|name]]. Distribution: [[Stacey Shuttleworth|name]], [[Brian Pye|name]], [[Farah Ahmed|name]],
[[Wendy Sowerbutts|name]], [[Kev Greenwood|name]], Dr [[Anjali Mistry|name]].
Mr [[Pye|name]] asked for [[Leo|name]]'s NHS number for his records: [[440 482 6559|nhs]] is his own; [[Leo|name]]'s is
[[438 267 7513|nhs]].
"""),
    ("leo's voice note transcribed", """Voice note [[Leo|name]] sent to his mum, played to SW [[Farah|name]] on [[4/12/2026|date]]
(typed by her)

"mum its me [[leo|name]]. grandad says you are in [[blackburn|place]] now at the hospital place. are you better. [[julie|name]] made
me a cake. [[finley|name]] has got a puppy called [[Bonnie|name]]. i went to [[waddington|place]] school and miss [[wendy|name]] said
well done. nana [[jean|name]] came from [[grindleton|place]]. dont let [[jase|name]] come, i dont like him. love you mum"
Second voice note, same day: "its [[leo|name]] again. [[finley|name]]s mum [[jo|name]] says i can go to [[edisford|place]] park.
bye mum"
[[Farah Ahmed|name]] note: [[Leo|name]] asked me to send it; [[Stacey|name]] replied from [[07538 204 617|phone]] with a heart.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 226 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:31 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "nan", "nana", "nanny", "gran", "grandma", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle",
           "step-nan", "mamma", "bappa", "dhatha"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "lancashire", "maldives", "ribble valley", "bowland", "forest of bowland"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Mamma", "Bappa", "Step-nan Julie Pye") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
