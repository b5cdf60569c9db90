"""Set 198: a held-out hand-written set for the redaction detector, six more invented families in Breckland, Norfolk.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set199.py to bench/redaction_set201.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py (its first 200 lines, which hold its docstring, its first family and the start of its second,
and the lines of its tail that hold _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and the HandSet call, found by a grep that also
showed a few lines of its later documents) and tests/test_redaction_set181.py in full; bench/redaction_set21.py and
tests/test_redaction_set21.py were NOT opened (set 181 was taken as the model of layout and marking, and it says it follows set
21); the docstrings of bench/redaction_set7.py to bench/redaction_set197.py were searched by script (ast.get_docstring) for the
towns, villages and communities considered, printing only the file names that matched, never the text: Swaffham, Watton,
Mundford, Great Hockham, Necton and Saham Toney did not match; Thetford (sets 26 and 166), Breckland (set 26) and Brandon
(sets 46, 56 and 112) did, so none of them is a family's home here (they appear only as places visited); the community, Sukuma
(of Mwanza and Shinyanga, north-west Tanzania), did not match (Swahili, which the family also speaks, is named in earlier
docstrings). bench/redaction_handwritten.py was not opened (its `Records` and `HandSet` are used as set 181 uses them), nor was
pyproject.toml (ruff was run with the project's settings). The checker's own messages while writing were read and acted on.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs (LA 926) made and checked with python-stdnum in
small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector
module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking
is found after scoring, correct only the marking and say so here.

Six families, each in a town or village the earlier docstrings did not show as a family's home: a young white British mother
in Swaffham with a nan in Sporle (Rix / Fuller; neglect, a cold house, a mother's cannabis use and a violent boyfriend, the
children taken to nan's under a safety plan); a Sukuma family from Mwanza, Tanzania, in Watton (Shija / Kabula; a girl of 15
caring for a mother grieving and depressed, a father who hit a boy of 11 with a belt, a family chat in Swahili translated, a
grandmother in Mwanza); a white British mother and baby in Great Hockham (Wilde / Grimes; domestic abuse with strangulation,
a father on bail who keeps messaging, MARAC); a white British boy of 15 in Mundford (Flatman / Jarvis; missing to Cambridge and
Norwich, criminal exploitation and a drug debt, a stepfather at odds with him); a white British family in Necton with a disabled
girl of 7 and a father in the RAF (Harrod; autism and epilepsy, short breaks, a mother's letter); and a young carer of 12 in
Saham Toney (Dye; a father dependent on alcohol, a mother in Hingham). 24 documents, each with its own style label: a social
worker's case notes, a nursery concern form, a nan's voice message and texts, a strategy discussion record, a school DSL's
MASH referral, a family WhatsApp chat in Swahili with a translation, an assessment visit with an interpreter, a girl's own
writing, a police domestic abuse notification, MARAC minutes, a father's Facebook messages typed up, a health visitor's phone
notes, a police missing person report, a return home interview, Snapchat messages typed up, a mother's email (and the reply), a
short breaks application, a mother's letter scanned by OCR (with its misreadings), disabled children's panel minutes, a respite
unit's email, a young carers' assessment, a GP's email, a social worker's phone log and a child's texts to her mum.

Invented: every person, house number, street in a family's address, phone number, NHS number, UPN, NI number, email address and
vehicle registration. Phones are valid (phonenumbers), UK and foreign (Tanzania, +255); NHS numbers and UPNs pass their check
digits. Two numbers of one family appear once in another family's document as a number "recorded wrongly" and are still
marked as phones. Organisations holding a town's name stay unmarked ("Swaffham Medical Centre", "Watton Medical Practice",
"Swaffham Community Larder", "Toftwood & Hockham surgery", "RAF Marham", "Carers Matter Norfolk"), and so do services and
charities (Leeway, Flagship, Catch22, Change Grow Live, QEH); towns, villages, districts and estates are real and marked as
places; Tanzania, Norfolk, Suffolk and Breckland (a district council's name, used here only in organisations) are not places.

Markup and conventions: exactly those of set 181 (which follows bench/redaction_set21.py). Titles and kinship words stay
outside a name (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, DI, Sgt, HV, Nanny, Nan, Aunt, Auntie, aunty, uncle, and the Swahili
Bibi (grandmother), Babu (grandfather), Shangazi (father's sister), Mama and Baba); a chat contact saved as a kinship word
("Baba", "Mama") is not a name; "SURNAME, First" and "SURNAME First" are one span ("RIX, Tyler", "Isla GRIMES"); initials
alone as a reference (P.H., A.H.) are not marked but a signature's initials ("G.T.") are; usernames ("dodgyboi_n17", "eth.f.11",
"jordz_g96", "kaceyb_x") are not marked; a family name in a group chat's title ("Familia Shija") is a name; a neighbour's bare
house number ("no 6", "no. 4", "no. 20") and a house name ("Old Forge") are addresses; an OCR misreading keeps its kind
("l9/11/2O26" a date, "Nect0n" a place, "Sc0tt" a name, "5 Tun'5 Road" an address); a railway station named by its town marks
the town; a toy's name ("Mr Flops") is not a person's name and is not marked.

Choices this set had to make: "nanny lol" is nan plus a nickname (Lol for Lorraine), so "lol" alone is marked; a name written
wrongly and corrected ("Shannon Rix? No - Shannon Rolfe") marks both; "the Crown" (a pub) and "the Market Cross" are landmarks;
"Thetford Forest" is not written in the documents; a college ("West Suffolk College") is marked as a school; "Necton Primary" written by a
social worker as a school's name is a school.

Self-check without the detector: `python -m bench.redaction_set198` (and tests/test_redaction_set198.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 907 gold spans, 505 of them names (date 142, place 116, phone 34, address 28,
school 20, dob 14, postcode 13, email 11, vehicle 9, nhs 8, upn 5, ni 2)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Rix / Fuller family (white British), Swaffham, nan in Sporle ------------------------------------------------------

HOME_A = d.Address("22 Brandon Road Close", "", "Swaffham", "PE37 7RJ")
NAN_A = d.Address("4 Mill Lane", "Sporle", "King's Lynn", "PE32 2DX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Rix")], dt.date(2018, 4, 11), addresses=[HOME_A], ids=["3626097897", "U926175053034"],
       schools=["Swaffham Junior Academy"]),
    _p("s", "sibling", [("Lacey", "Rix")], dt.date(2022, 8, 30), addresses=[HOME_A], ids=["9545399104"]),
    _p("m", "mother", [("Kelly", "Rix")], dt.date(1994, 12, 3), addresses=[HOME_A], phones=["07724 318 564"]),
    _p("f", "father", [("Dean", "Fuller")], dt.date(1991, 5, 19), phones=["07832 640 917"]),
    _p("g", "grandparent", [("Carol", "Rix")], dt.date(1968, 2, 14), addresses=[NAN_A], phones=["01760 721 384"]),
], "c")

DOCS_A = [
    ("social worker's case notes after a home visit", """CASE NOTE - Breckland Children's Services (West locality)
Child: [[RIX, Tyler|name]]   DOB [[11/04/2018|dob]]   NHS [[362 609 7897|nhs]]   UPN [[U926175053034|upn]]
Address: [[22 Brandon Road Close|address]], [[Swaffham|place]], [[PE37 7RJ|postcode]]
Visit: [[24/11/2026|date]], 16:20, unannounced. SW: [[Gemma Thurlow|name]]

Mum [[Kelly|name]] answered after 5 mins. Strong smell of cannabis in the front room. [[Lacey|name]] (4) in a nappy only, no
heating on, the meter on emergency credit. [[Tyler|name]] was at the table eating dry cereal from the box; he said "mum's friend
[[Shane|name]] had the last of the milk". [[Shane|name]] = believed [[Shane Medlar|name]] of [[Castle Acre|place]], known to
police. Not present.
Kitchen: bin bags by the back door, dog mess on the lino. Fridge: two cans, half a pack of ham. [[Kelly|name]] said her money
goes on Tuesday the [[1st|date]] and she'd "sort it". Her mum [[Carol Rix|name]] in [[Sporle|place]] usually helps but they've
fallen out since [[Dean|name]] (dad, [[Dean Fuller|name]]) moved to [[Dereham|place]] in October.
[[Tyler|name]] seen alone in his room: mattress on the floor, no cover. Said he likes school and Mrs [[Bunting|name]] and his friend
[[Kai Pegg|name]]. Said "[[Shane|name]] shouts at mummy when the money's gone". Said he walks [[Lacey|name]] to nursery some days.
Actions: food bank voucher (Swaffham Community Larder); emergency gas top-up via the locality fund; strategy discussion
requested with Sgt [[Nicola Haylett|name]] for [[26/11|date]]; ring nan on [[01760 721 384|phone]]. [[Kelly|name]]'s mobile
[[07724 318 564|phone]] went to voicemail twice after the visit.
Next visit: Thurs [[26th Nov|date]] with Family Support Worker [[Leanne Coe|name]]. [[G.T.|name]]
Addendum [[25/11/2026|date]] 09:30: rang Mrs [[Bunting|name]] at school. [[Tyler|name]]'s attendance 88%; he told the TA, Miss
[[Keeley Dack|name]], that he and [[Lacey|name]] slept at [[Kai|name]]'s house on [[Lydney Road|address]] on Saturday ([[21st|date]])
because "[[Shane|name]] and [[Lee|name]] were fighting". [[Kai|name]]'s mum, [[Shelley Pegg|name]], confirmed it and said she
has fed [[Tyler|name]] "loads of times". Also spoke to [[Dean Fuller|name]] ([[07832 640 917|phone]]): he is at [[Dereham|place]] with
his partner [[Stacey Bird|name]] and her three ([[Jayden|name]], [[Mollie|name]] and [[Ruby|name]]); he wants contact but
"not with [[Kelly|name]] there". His mum, [[Maureen Fuller|name]] of [[Narborough|place]], could supervise.
"""),
    ("nursery key worker's concern form, handwritten and typed up", """Little Owls Nursery - Concern form (typed from handwritten copy)
Child: [[Lacey Rix|name]]  d.o.b [[30.08.22|dob]]   Key worker: [[Jade Sturman|name]]
Date/time: [[18th November 2026|date]] 08.50
What I saw: [[lacey|name]] came in with [[Tyler|name]] (her brother, 8) and no adult. [[Tyler|name]] said mum was "asleep on the
settee". [[Lacey|name]] had the same leggings on as Monday [[16th|date]], soaked through. Nappy rash very sore. Ate 3 bowls at
breakfast club.
What [[Lacey|name]] said: "[[Shay|name]] is loud" (we think = mum's boyfriend [[Shane|name]]).
Action: rang mum [[07724 318 564|phone]] x3, no answer. Rang nan (Nanny [[Carol|name]]) at [[Sporle|place]] on [[01760 721 384|phone]] -
she came at 10.15 and took [[Tyler|name]] to school, [[Swaffham Junior|school]]. Told our DSL [[Maxine Eke|name]] at 9.05.
Previous: [[3/11|date]] late pick-up (5.40pm, by [[Shane|name]] - not on the list); [[9 Nov|date]] bruise on shin, mum said fell
in the park at the [[Campingland|address]].
Signed: [[J. Sturman|name]]     Seen by DSL: [[M Eke|name]] [[18/11/26|date]]
Follow-up [[19/11/26|date]]: [[Lacey|name]] collected by Nanny [[Carol|name]] and her partner [[Mick Howell|name]]. [[Carol|name]] said
[[Kelly|name]] "was always a good mum till [[Shane|name]]". Other parents noticed: [[Tasha Wright|name]] (mum of [[Freddie|name]]) said
[[Lacey|name]] was at the park by the Market Cross in [[Swaffham|place]] at 7pm on the [[17th|date]] with [[Tyler|name]] and no adult.
"""),
    ("nan's voice message and texts typed up", """From [[Carol Rix|name]] (nan), typed up by [[Gemma Thurlow|name]] on [[27/11/2026|date]]

voice msg [[25 Nov|date]] 22.41: "[[Gemma|name]] it's [[Carol|name]], [[Tyler|name]]'s nan. I've got the kids here at [[Sporle|place]]
tonight, [[Kelly|name]] rang me off her head. That [[Shane|name]] was there with another bloke, [[Lee|name]] something, from
[[Thetford|place]], they had a car outside, a silver thing, I wrote it down, [[VN17 KXO|vehicle]]. I'm not sending them back till you
ring me."
text [[26 Nov|date]] 07.02: kids ok. [[tyler|name]] asking for his ps4. [[lacey|name]] wet the bed poor mite
text [[26 Nov|date]] 07.05: [[dean|name]] says he can have them weekends at [[dereham|place]] but his new girlfriend [[Stacey|name]]
has 3 of her own
text [[26 Nov|date]] 12.30: [[kelly|name]] come round here screaming, my neighbour [[Brenda|name]] at [[no 6|address]] called the
police. PC [[Tooke|name]] came. [[kelly|name]] gone back to [[swaffham|place]]
text [[26 Nov|date]] 19.48: can u ring me tmrw on the house phone [[01760 721 384|phone]] not my mobile its cracked
text [[27 Nov|date]] 08.15: [[tyler|name]] says [[shane|name]] has a mate called [[robbo|name]] who comes to [[brandon rd close|address]]
with bags. i dont like it [[gemma|name]]. [[mick|name]] says hes seen him in [[necton|place]] too
text [[27 Nov|date]] 08.16: sorry for all the texts. [[carol|name]] x
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION - [[Tyler Rix|name]] ([[11.04.2018|dob]]) and [[Lacey Rix|name]]
([[30.08.2022|dob]], NHS
[[9545399104|nhs]])
Date: [[26 November 2026|date]], 11:00, by phone   Chair: Team Manager [[Rob Gathercole|name]]
Attendees: SW [[Gemma Thurlow|name]]; Sgt [[Nicola Haylett|name]] (Norfolk Police, MASH); [[Maxine Eke|name]] (Little Owls DSL);
Mrs [[Sarah Bunting|name]] ([[Swaffham Junior Academy|school]]); HV [[Claire
Larwood|name]]; GP info from Dr [[Oyewole|name]], Swaffham Medical Centre.
Information: police hold 3 DA call-outs at the address since [[4th August|date]]; [[Shane Medlar|name]] (b. 1989) has a
conviction for supply; [[Lee Futter|name]] of [[Thetford|place]] linked to the vehicle [[VN17 KXO|vehicle]]. Father [[Dean Fuller|name]]
now at [[Flat 3, 17 Quebec Street|address]], [[Dereham|place]] [[NR19 2DJ|postcode]], mobile [[07832 640 917|phone]].
Decision: section 47 enquiry, both children. Children to stay with nan [[Carol Rix|name]] at [[4 Mill Lane|address]],
[[Sporle|place]] [[PE32 2DX|postcode]] under a safety plan while [[Shane|name]] is at the house. Joint visit [[27.11.26|date]].
Medical for [[Lacey|name]] (nappy rash, shin bruise) with Dr [[Oyewole|name]] on [[30/11|date]].
Record by [[R. Gathercole|name]].
Circulation: [[gemma.thurlow@norfolk.gov.uk|email]]; Sgt [[Haylett|name]]; [[Maxine Eke|name]]; Mrs [[Bunting|name]]; HV
[[Larwood|name]]. Not to be shared with [[Shane Medlar|name]] or [[Lee Futter|name]].
Post-meeting: [[Kelly Rix|name]] (DOB [[03/12/1994|dob]]) rang the duty line at 15:10 and said she had told [[Shane|name]] to
leave; he has gone to his brother [[Wayne Medlar|name]] in [[Castle Acre|place]]. Neighbour Mrs [[Doreen Cason|name]] at
[[no. 20|address]] rang at 16:45 to say [[Shane|name]]'s car was back outside. Both told to [[Gemma|name]].
"""),
]


# --- B. Shija / Masanja family (Sukuma, from Mwanza, Tanzania), Watton ------------------------------------------------------

HOME_B = d.Address("14 Jubilee Meadows", "", "Watton", "IP25 6XT")
GRAN_B = d.Address("Mtaa wa Buhongwa, Nyamagana", "", "Mwanza", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Neema", "Shija")], dt.date(2011, 3, 9), addresses=[HOME_B], ids=["9368386625", "G926172949647"],
       schools=["Wayland Academy"]),
    _p("s", "sibling", [("Kulwa", "Shija")], dt.date(2015, 10, 21), addresses=[HOME_B], ids=["1475650345"]),
    _p("s", "sibling", [("Doto", "Shija")], dt.date(2015, 10, 21), addresses=[HOME_B], ids=["3106385790"]),
    _p("m", "mother", [("Minza", "Kabula")], dt.date(1986, 6, 2), addresses=[HOME_B], phones=["07458 219 603"]),
    _p("f", "father", [("Masanja", "Shija")], dt.date(1980, 1, 17), addresses=[HOME_B], phones=["07961 305 742"]),
    _p("g", "grandparent", [("Nyamizi", "Kabula")], addresses=[GRAN_B], phones=["+255 754 318 620"]),
], "c")

DOCS_B = [
    ("secondary school DSL referral to the MASH", """NORFOLK MASH - PROFESSIONAL REFERRAL (online form, printed)
Referrer: [[Owen Plumridge|name]], DSL, [[Wayland Academy|school]], [[Watton|place]]   Tel [[01953 884 216|phone]]
Date of referral: [[12/11/2026|date]]
Child: [[SHIJA, Neema|name]]   DOB: [[09/03/2011|dob]]   Year 10   UPN: [[G926172949647|upn]]
Address: [[14 Jubilee Meadows|address]], [[Watton|place]], [[IP25 6XT|postcode]]
Household: mother [[Minza Kabula|name]] ([[07458 219 603|phone]]); father [[Masanja Shija|name]] ([[07961 305 742|phone]]),
night shifts at the poultry plant in [[Attleborough|place]]; twin brothers [[Kulwa|name]] and [[Doto|name]] (11), Y6 at [[Watton
Junior School|school]].
First language at home: Swahili and Sukuma (Kisukuma). Family from [[Mwanza|place]], Tanzania; in the UK since 2019.
Concern: on [[11th November|date]] [[Neema|name]] told her form tutor Ms [[Ruth Chiappa|name]] that she "does everything" at home
because her mum "stays in bed and cries all day since Bibi died" - she means the paternal grandmother, who died in
[[Mwanza|place]] in September. [[Neema|name]] gets the twins up, cooks, and sat up with mum on [[9/11|date]] and [[10/11|date]] "so
she doesn't walk out". Attendance 84%. [[Neema|name]] said dad hit [[Kulwa|name]] with a belt on Sunday the [[8th|date]] "because he
lied about his phone". She asked us not to tell dad she told.
Other: Mum's friend [[Grace Mwakyusa|name]] (from church in [[Thetford|place]]) visits; [[Neema|name]] calls her Auntie
[[Grace|name]]. Mum's GP: Dr [[Pettit|name]], Watton Medical Practice.
Interpreter needed for mother (Swahili). Consent: not sought (risk to child).
Previous address: [[Flat 4, 61 Norwich Road|address]], [[Thetford|place]], [[IP24 2HY|postcode]] (2019-2023). Church: the
Swahili fellowship at a church in [[Thetford|place]] (Pastor [[Elias Kiwelu|name]]). Twins' teacher: Mr [[Jon Bickers|name]].
[[Doto|name]]'s NHS number [[310 638 5790|nhs]]; [[Kulwa|name]]'s [[1475650345|nhs]]. Dad's brother in [[Leicester|place]],
[[Paulo|name]], rings on Sundays. [[Neema|name]]'s friend [[Amira Haddad|name]] came in with her on the [[11th|date]].
"""),
    ("family WhatsApp chat in Swahili with a translation", """Screenshots shown by [[Neema|name]] to SW [[Farah Delaney|name]] on
[[19/11/2026|date]]; typed and translated by
interpreter [[Zawadi Mrema|name]] (Swahili). Chat name: "Familia [[Shija|name]] 🇹🇿". Contact names as saved on
[[Neema|name]]'s phone.

[[17/11|date]] 06:12 Baba: [[Neema|name]] waamshe [[Kulwa|name]] na [[Doto|name]], mimi bado kazini
   (Dad: [[Neema|name]], wake [[Kulwa|name]] and [[Doto|name]], I'm still at work)
[[17/11|date]] 06:40 [[Neema|name]]: sawa baba. mama hajaamka
   ([[Neema|name]]: ok dad. mum hasn't woken up)
[[17/11|date]] 09:15 Shangazi [[Ngolo|name]] ([[+255 689 214 773|phone]]): Pole sana kwa msiba wa Bibi [[Nyanzobe|name]]. Mama
[[Neema|name]]
anaendeleaje?
   (Aunt [[Ngolo|name]]: so sorry for the loss of Grandmother [[Nyanzobe|name]]. How is [[Neema|name]]'s mum?)
[[17/11|date]] 21:30 Mama: [[neema|name]] nimechoka. usimwambie baba
   (Mum: [[neema|name]] I'm tired. don't tell dad)
[[18/11|date]] 07:02 Bibi [[Nyamizi|name]] ([[+255 754 318 620|phone]]): Nitakupigia Jumamosi kutoka [[Mwanza|place]]
   (Grandma [[Nyamizi|name]]: I'll call you Saturday from [[Mwanza|place]])
[[18/11|date]] 07:05 [[Kulwa|name]]: baba nisamehe
   ([[Kulwa|name]]: dad forgive me)
[[18/11|date]] 07:20 [[Doto|name]]: sio [[Kulwa|name]], ni mimi nilichukua simu
   ([[Doto|name]]: it wasn't [[Kulwa|name]], it was me who took the phone)
[[18/11|date]] 07:41 Baba: sawa. tutaongea. mwambie Mama [[Grace|name]] aje Ijumaa
   (Dad: ok. we will talk. tell Mama [[Grace|name]] to come on Friday)
Note: "Shangazi" is father's sister; "Bibi" is grandmother. Neither is marked as a name. Aunt [[Ngolo Shija|name]] lives in
[[Shinyanga|place]]; mum's mother [[Nyamizi Kabula|name]] in [[Buhongwa|place]], [[Mwanza|place]].
"""),
    ("record of a child and family assessment visit with an interpreter", """Assessment visit - [[Shija|name]]/[[Kabula|name]]
household - [[24.11.2026|date]] 17:30
SW: [[Farah Delaney|name]]. Interpreter (phone, Swahili): [[Zawadi Mrema|name]]. Present: [[Masanja|name]] (dad, before his
shift), [[Minza|name]] (mum), [[Neema|name]], [[Kulwa|name]], [[Doto|name]]. Family friend [[Grace Mwakyusa|name]] came from
[[Thetford|place]] at mum's request.
Dad accepted he hit [[Kulwa|name]] "once, with the belt, the way my father did in [[Igoma|place]]". He was told clearly this is
assault in the UK. He cried when talking about his mother, Mama [[Nyanzobe|name]], and said he could not afford the flight for
the burial.
Mum said little. With [[Grace|name]] interpreting informally she said she has not slept "since the phone call on the [[29th|date]]".
GP appointment made for [[1st December|date]] with Dr [[Pettit|name]]; the perinatal team is not relevant (no baby).
[[Kulwa|name]] seen alone (English): "I don't want dad in trouble. [[Doto|name]] took the phone, not me." He has a mark,
healing, on his left upper arm. [[Doto|name]] seen alone: wants to "go back to Tanzania to see Babu".
Plan: Early Help worker [[Leanne Gotts|name]] for [[Neema|name]] (young carer), a referral to Carers Matter Norfolk; dad agrees
to a parenting course at the children's centre in [[Watton|place]]; [[Grace|name]] will stay on Fridays. Dad's work mobile:
[[07961 305 742|phone]]. Dad's brother [[Paulo Shija|name]] in [[Leicester|place]] may come at Christmas.
Next: review at [[Wayland Academy|school]] on [[10/12/26|date]] with Mr [[Plumridge|name]].
Mum's own words at the end (through [[Zawadi|name]]): "In [[Mwanza|place]] my mother [[Nyamizi|name]] would come and [[Neema|name]]
would only be a girl. Here I am alone. [[Masanja|name]] works nights, I see him in the morning only." Mum's mobile
[[07458 219 603|phone]]; her sister [[Shida Kabula|name]] lives in [[Dar es Salaam|place]] ([[+255 689 214 773|phone]] is [[Ngolo|name]]'s,
not [[Shida|name]]'s). [[Grace Mwakyusa|name]]'s number: [[07512 863 049|phone]]? - No, recorded wrongly; correct number taken on
[[25/11|date]] and kept on the case file.
"""),
    ("young person's own words, written in a school session", """My life at the moment - by [[neema s|name]] (year 10)   written with
Mrs [[Chiappa|name]] on [[26.11.26|date]]

I get up at 6. I wake up [[kulwa|name]] and [[doto|name]] they are twins and they are SO slow. Mum is sad since bibi [[nyanzobe|name]]
died in [[mwanza|place]]. I wanted to go to the funeral but baba said no money. I miss Tanzania

I make uji or toast. Then we walk past the clock tower in [[Watton|place]] and I drop them at [[watton junior|school]]. I am late
to [[Wayland|school]] most days. My best friend is [[Amira|name]] and [[Holly Burrell|name]] she lets me copy maths.
I like netball and Ms [[Chiappa|name]]. I don't like when baba shouts. He is not bad he is tired.
If I could change one thing: that mum gets better and that auntie [[Grace|name]] lives with us.
My 3 people: [[Grace|name]], [[Amira|name]], Ms [[Chiappa|name]].
(Note by [[R. Chiappa|name]]: "[[Amira|name]]" is [[Amira Haddad|name]], Y10. [[Neema|name]] wrote the twins' names and then crossed out
"[[Kulwa|name]] is naughty". She asked if Auntie [[Grace|name]] could come to parents' evening on [[9 December|date]] instead of mum.
She said her cousin [[Mwajuma|name]] in [[Shinyanga|place]] "gets to just be a kid".)
"""),
]


# --- C. Wilde / Grimes family (white British), Great Hockham, a nan in Attleborough -----------------------------------------

HOME_C = d.Address("2 Vicarage Row", "Great Hockham", "Thetford", "IP24 1NR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Grimes")], dt.date(2020, 1, 28), addresses=[HOME_C], ids=["3929080680", "R926148689463"],
       schools=["Hockham Primary School"]),
    _p("s", "sibling", [("Isla", "Grimes")], dt.date(2025, 12, 5), addresses=[HOME_C], ids=["2742093125"]),
    _p("m", "mother", [("Becky", "Wilde")], dt.date(1999, 7, 7), addresses=[HOME_C], phones=["07512 863 049"]),
    _p("f", "father", [("Jordan", "Grimes")], dt.date(1996, 11, 12), addresses=[HOME_C], phones=["07389 546 128"]),
], "c")

DOCS_C = [
    ("police domestic abuse incident summary", """NORFOLK CONSTABULARY - DOMESTIC ABUSE INCIDENT - CHILD NOTIFICATION
Incident: [[01/11/2026|date]] 23:47   Location: [[2 Vicarage Row|address]], [[Great Hockham|place]], [[IP24 1NR|postcode]]
Victim: [[WILDE, Rebecca|name]] ("[[Becky|name]]")  DOB [[07/07/1999|dob]]  Tel [[07512 863 049|phone]]
Suspect: [[GRIMES, Jordan Lee|name]]  DOB [[12/11/1996|dob]]  NI [[JT 48 27 91 C|ni]]  Tel [[07389 546 128|phone]]
Children present: [[Alfie Grimes|name]] (6), [[Isla Grimes|name]] (10 months).
Vehicle: suspect's black Corsa [[WU68 HZB|vehicle]] left the scene towards [[Thetford|place]] before officers arrived.
Summary: 999 call by neighbour Mr [[Trevor Spinks|name]] of [[no. 4|address]] who heard screaming. PC [[Abbs|name]] and PC
[[Kirsty Sayer|name]] attended 00:09. Victim had a red mark to the neck and said the suspect "had his hands round my throat" over
a phone message from her friend [[Danielle|name]]. [[Alfie|name]] was on the stairs, crying, and told PC [[Sayer|name]] "daddy
squeezed mummy". Baby asleep. DASH: high (strangulation). Suspect arrested [[02/11/2026|date]] 03:15 at his mother's,
[[Lorraine Grimes|name]], [[11 Harling Road|address]], [[East Harling|place]], [[NR16 2NA|postcode]].
Bail conditions: not to enter [[Great Hockham|place]], no contact with [[Rebecca Wilde|name]]. MARAC referral by DS [[Mel
Greengrass|name]], [[03/11|date]]. OIC: PC [[Abbs|name]] 1482.
Other persons: [[Danielle Cator|name]] (friend, [[Watton|place]]); victim's mother [[Jackie Wilde|name]] ([[Attleborough|place]]);
victim's sister [[Kerry-Ann Wilde|name]] (at [[Bury St Edmunds|place]]); [[Alfie|name]]'s teacher Miss [[Lianne Dorling|name]] at
[[Hockham Primary School|school]]. Suspect's employer: [[Gary Thrower|name]], groundworks, [[Larling|place]].
"""),
    ("MARAC minutes extract", """BRECKLAND MARAC - [[19 November 2026|date]] - Case 7 (extract)
Victim: [[Becky Wilde|name]], 27, [[Great Hockham|place]]. Perpetrator: [[Jordan Grimes|name]], 30.
Children: [[Alfie|name]] ([[28.01.2020|dob]], [[Hockham Primary|school]], UPN [[R926148689463|upn]]), [[Isla|name]] ([[05.12.2025|dob]]).
Chair: DI [[Paul Wakefield|name]]. IDVA: [[Sian Muskett|name]] (Leeway). SW: [[Tom Harrold|name]]. Housing: [[Joy Farrow|name]],
Flagship. Health: [[Anita Bray|name]], safeguarding nurse.
IDVA: [[Becky|name]] says the strangulation on [[1st Nov|date]] was the third time; the first was in [[Attleborough|place]] at her
mum's ([[Jackie Wilde|name]], [[58 Besthorpe Road|address]], [[NR17 2NQ|postcode]]) in summer 2025. She now has a Ring
doorbell and a panic alarm. [[Jordan|name]] has breached bail: seen in the village on [[14/11|date]] by the shop owner, Mrs [[Hewitt|name]].
Police: [[Jordan|name]] charged [[16/11|date]] with non-fatal strangulation; remanded at [[Norwich|place]] Magistrates; next hearing
[[8 Dec|date]]. Previous partner [[Chantelle Rayner|name]] of [[Watton|place]] made two reports in 2022.
Actions: (1) sanctuary scheme, Flagship ([[J. Farrow|name]]); (2) school to be told of bail conditions - DSL Mrs [[Ellis|name]];
(3) SW to see [[Alfie|name]] at school before [[26/11|date]]; (4) flag on the address for 999 calls.
AOB: [[Becky|name]] asked for her mum [[Jackie|name]] and sister [[Kerry-Ann|name]] to be on the safety plan; [[Jordan|name]]'s mother
[[Lorraine|name]] (who "does not believe a word of it") not to collect [[Alfie|name]]. Next MARAC review: [[17 December 2026|date]].
"""),
    ("typed-up Facebook messages sent by the father", """Messages from [[Jordan Grimes|name]] (profile "jordz_g96") to
[[Becky Wilde|name]], screenshots given to PC [[Abbs|name]]
on [[15/11/2026|date]] (bail breach file)

[[12 Nov|date]] 01:14  u think ur mum can keep me from my kids
[[12 Nov|date]] 01:15  tell [[alfie|name]] daddy loves him. tell him nanny [[lol|name]] is a liar
[[12 Nov|date]] 01:30  i know [[danielle|name]] is there. i seen her car
[[13 Nov|date]] 22:02  if u drop it we can go back to [[hockham|place]] like before. ill get us a place in [[thetford|place]] or
[[brandon|place]] away from all them
[[13 Nov|date]] 22:05  my mum says u can bring them to [[harling|place]] sunday no police
[[14 Nov|date]] 17:40  walked past the school today. [[alfie|name]] looked sad
[[14 Nov|date]] 17:41  ring me [[07389 546 128|phone]]
[[14 Nov|date]] 23:58  ur sister [[kerry-ann|name]] needs to keep her mouth shut. and tell [[jackie|name]] shes next
[[15 Nov|date]] 00:10  sorry. i love u [[bex|name]]. [[isla|name]]s birthday on the [[5th|date]] i want to be there
Officer's note: "nanny [[lol|name]]" is [[Lorraine|name]], his mother; [[Danielle|name]] is [[Danielle Cator|name]], the victim's
friend, who
stays at the address.
Officer's further note ([[16/11/2026|date]]): the suspect's friend [[Callum Brame|name]] of [[Rocklands|place]] admitted lending him
a phone; [[Becky|name]]'s mother [[Jackie Wilde|name]] reported seeing [[Jordan|name]]'s Corsa [[WU68 HZB|vehicle]] in
[[Attleborough|place]] by the Sainsbury's on [[15/11|date]]. Passed to DS [[Greengrass|name]].
"""),
    ("health visitor's phone notes", """HV telephone contact - [[Isla GRIMES|name]]   NHS [[274 209 3125|nhs]]   [[20/11/2026|date]] 10.05
Spoke with mum [[Becky|name]] on [[07512 863 049|phone]]. [[Isla|name]] 11 months on [[5th|date]] (actually 1 on [[5 Dec|date]] -
corrected). Weight check missed on [[6/11|date]] at the clinic in [[Thetford|place]] (mum: "couldn't face the bus"). Mum's friend
[[Danielle|name]] staying - "she's good with [[Izzy|name]]". Mum tearful; PHQ-9 not done on the phone; offered GP, Dr
[[Mahmood|name]], Toftwood & Hockham surgery (mum called it "the [[Hockham|place]] one").
[[Alfie|name]] wetting the bed since [[1/11|date]]. Mum asked about [[Alfie|name]] seeing the school nurse, [[Lou Pask|name]].
Baby: teething, eating well, no marks. Mum said [[Jordan|name]] messaged from a new number (not given) and she blocked it.
Plan: joint visit with SW [[Tom Harrold|name]] [[27/11|date]]; HV to book the one-year review for [[10th December|date]].
[[A. Bray|name]] / HV [[Kerry Nunn|name]]
Call-back [[23/11/2026|date]] 14.30: [[Becky|name]] rang from her mum's in [[Attleborough|place]]. [[Danielle|name]] has gone home to
[[Watton|place]]. [[Alfie|name]] saw the school nurse [[Lou Pask|name]] on the [[22nd|date]]. [[Becky|name]] said [[Jordan|name]]'s sister,
[[Tegan Grimes|name]], turned up at [[Vicarage Row|address]] asking for the baby's red book. Told SW [[Tom Harrold|name]].
"""),
]


# --- D. Flatman / Jarvis family (white British), Mundford, a boy of 15 missing and exploited ----------------------------------

HOME_D = d.Address("9 Crown Road", "Mundford", "Thetford", "IP26 5HQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ethan", "Flatman")], dt.date(2011, 9, 14), addresses=[HOME_D], ids=["9119861516", "E926165939248"],
       schools=["Iceni Academy"]),
    _p("m", "mother", [("Natalie", "Flatman")], dt.date(1988, 3, 26), addresses=[HOME_D], phones=["07703 492 815"]),
    _p("o", "stepfather", [("Craig", "Jarvis")], dt.date(1985, 10, 2), addresses=[HOME_D], phones=["07915 207 364"]),
], "c")

DOCS_D = [
    ("police missing person report, typed", """MISSING PERSON REPORT - MEDIUM RISK (reviewed: HIGH [[22/11/2026|date]] 02:00)
Name: [[FLATMAN, Ethan James|name]]   DOB: [[14.09.2011|dob]]   Age 15   NHS: [[9119861516|nhs]]
Home: [[9 Crown Road|address]], [[Mundford|place]], [[IP26 5HQ|postcode]]
Reported by: mother [[Natalie Flatman|name]], [[07703 492 815|phone]], at 21:30 on [[21/11/2026|date]].
Last seen: 16:10 at the bus stop by the Crown in [[Mundford|place]], getting into a grey Audi A3 [[LV70 DXU|vehicle]] (driver not
seen). Wearing black North Face puffer, grey trackies, white Air Max.
Phone: [[07446 730 592|phone]] (off since 17:02). Last cell site near [[Thetford|place]] station.
Associates: [[Reece Lusher|name]] (17, [[Thetford|place]]); "[[Dodge|name]]" - believed [[Dwayne Oduya|name]] (20, [[Tottenham|place]]);
girlfriend [[Kacey Bolton|name]] (15, [[Brandon|place]]). Stepdad [[Craig Jarvis|name]] says [[Ethan|name]] has new trainers and two
phones since October and was "dropped off by a taxi from [[Norwich|place]]" on [[15 Nov|date]].
Previous episodes: [[3rd October|date]] (found in [[Ipswich|place]]), [[30/10|date]] (returned himself), [[8 Nov|date]] (found at a flat in
[[Norwich|place]], [[Flat 6, Heigham Court|address]], with a quantity of cash).
Found: [[22/11/2026|date]] 11:40 by BTP at [[Cambridge|place]] station. Safe and well check by PC [[Darren Kerrison|name]]. Return
home interview requested (Catch22, [[Holly Wren|name]]).
Also spoken to: mum's neighbour [[Colin Bussey|name]] at [[no. 11|address]] [[Crown Road|address]] who saw the Audi on the
[[20th|date]] too; [[Kacey Bolton|name]]'s mother [[Tina Bolton|name]] ([[Brandon|place]], [[07389 546 128|phone]]? - no, that is on
another case; her number is on the MISPER log). [[Ethan|name]]'s biological father, [[Lee Flatman|name]], lives in
[[Mildenhall|place]] and has not seen him since 2022.
"""),
    ("return home interview record", """RETURN HOME INTERVIEW - [[Ethan Flatman|name]] - [[24th November 2026|date]], at
[[Iceni Academy|school]] ([[Methwold|place]])
Interviewer: [[Holly Wren|name]]. Also present at the start: Mr [[Gavin Youngs|name]], head of year.
Where he went: "[[Thetford|place]] then the train. Got off at [[Ely|place]], then [[Cambridge|place]], stayed at a mate's." Would not
name the mate. Said he met "[[Reece|name]] and them" at the skate park in [[Thetford|place]] in the summer.
Money: says [[Dodge|name]] "sorts me out" and he "owes a bit now" after losing a phone. Asked if he's been asked to carry
anything: shrugged. Said "[[Craig|name]] looks at me like I'm nothing".
Home: likes his mum and his nan, Nanny [[Pat|name]] in [[Feltwell|place]] ([[Pat Flatman|name]], [[26 Oak Street|address]]). Doesn't
like that [[Craig|name]] took his door off its hinges after [[30 October|date]].
School: wants to do the motor-vehicle course at [[West Suffolk College|school]]. Likes Mr [[Youngs|name]] and the PE teacher Miss
[[Ruddock|name]].
Risk indicators: unexplained money, older associates, travel out of county, a debt, new phone. [[Ethan|name]] agreed to see
[[Holly|name]] again on [[1/12|date]]. Shared with SW [[Imogen Parlett|name]] ([[imogen.parlett@norfolk.gov.uk|email]]) and the
exploitation hub.
[[Ethan|name]]'s words, last thing: "Tell Nan I'm sorry." (He meant Nanny [[Pat|name]].) Girlfriend [[Kacey|name]] and
her friend [[Shannon Rix|name]]? No - [[Shannon Rolfe|name]] - both at [[Brandon|place]]'s school, [[Breckland School|school]].
"""),
    ("Snapchat messages typed up from the boy's phone", """Extract from a download of [[Ethan|name]]'s second phone (handed in by mum
[[26/11/26|date]]), typed by DC [[Sophie Ling|name]]
Usernames kept as shown; only real names are marked.

dodgyboi_n17: yo u good. need u in [[thetford|place]] 2moro
eth.f.11: cant my mum is watching
dodgyboi_n17: u still owe 400. [[reece|name]] says ur soft
eth.f.11: i lost the phone in [[ely|place]] not my fault
dodgyboi_n17: [[kacey|name]] lives [[brandon|place]] yeah? be a shame
eth.f.11: leave her out of it
dodgyboi_n17: bus at 4 by the crown. dont bring ur phone
eth.f.11: ok
kaceyb_x: [[ethan|name]] where r u my mum said ur missing again
eth.f.11: [[norwich|place]]. dont tell [[nat|name]]
kaceyb_x: ur mum is going mad and [[craig|name]] came to mine
eth.f.11: tell him to leave u alone. is [[shannon|name]] with u
kaceyb_x: yeah and [[tyler b|name]]. [[reece|name]] was at the [[thetford|place]] skate park asking for u
Note (DC [[Ling|name]]): "dodgyboi_n17" is believed to be [[Dwayne Oduya|name]]; "[[nat|name]]" is [[Natalie Flatman|name]].
"""),
    ("mother's email to the social worker", """From: [[nat.flatman88@gmail.com|email]]
To: [[imogen.parlett@norfolk.gov.uk|email]]
Sent: [[27 November 2026|date]] 23:12
Subject: ethan

Hi [[Imogen|name]], sorry its late. [[Ethan|name]] is home but he wont come out his room. [[Craig|name]] says I'm too soft on him
and he'll go to his brothers in [[Lakenheath|place]] if this carries on. I dont want the house to fall apart. My mum ([[Pat|name]])
says she'll have [[Eth|name]] at [[Feltwell|place]] for a bit but she's 71 and her neighbour [[Roy Gathergood|name]] already told her
there was a car outside hers last week with London plates. I wrote some down [[LV70 DXU|vehicle]] and [[YH19 RKN|vehicle]].
Can the police do something about [[Reece|name]] he was sitting outside the chip shop in [[Mundford|place]] on Tuesday ([[24th|date]])
and [[Ethan|name]] went white.
Also can you ring me on [[07703 492 815|phone]] not the house phone ([[01842 878 305|phone]]) as [[Craig|name]] answers that.
[[Nat|name]]

Reply, [[28 November 2026|date]] 08:47, from [[Imogen Parlett|name]]: Hi [[Natalie|name]], thank you. I've passed the plates to
DC [[Ling|name]] and PC [[Kerrison|name]]. [[Holly|name]] will see [[Ethan|name]] on Tuesday. I'll ring you at 10 on your mobile.
I've also spoken to your mum [[Pat|name]]; her neighbour Mr [[Gathergood|name]] will ring 999 if the car comes back. [[Imogen|name]]
"""),
]


# --- E. Harrod family (white British, father in the RAF), Necton, a disabled girl of 7 ------------------------------------------

HOME_E = d.Address("5 Tun's Road", "Necton", "Swaffham", "PE37 8EH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Harrod")], dt.date(2019, 2, 20), addresses=[HOME_E], ids=["9945172565", "A926167512220"],
       schools=["Churchill Park"]),
    _p("s", "sibling", [("Archie", "Harrod")], dt.date(2016, 6, 8), addresses=[HOME_E]),
    _p("m", "mother", [("Lauren", "Harrod")], dt.date(1990, 9, 15), addresses=[HOME_E], phones=["07831 264 907"]),
    _p("f", "father", [("Scott", "Harrod")], dt.date(1988, 4, 4), addresses=[HOME_E], phones=["07596 418 230"]),
], "c")

DOCS_E = [
    ("short breaks application form", """SHORT BREAKS - APPLICATION FOR A SERVICE (Children with Disabilities Team)
Child: [[HARROD, Poppy Mae|name]]   DOB: [[20/02/2019|dob]]   NHS no: [[994 517 2565|nhs]]   UPN: [[A926167512220|upn]]
Address: [[5 Tun's Road|address]], [[Necton|place]], [[PE37 8EH|postcode]]
School: [[Churchill Park|school]], [[King's Lynn|place]] (transport: taxi, escort [[Mandy Cushion|name]])
Diagnoses: autism, global developmental delay, epilepsy (tonic-clonic, rescue buccal midazolam). Non-verbal; uses Makaton.
Parents: [[Lauren Harrod|name]] ([[07831 264 907|phone]]), [[Scott Harrod|name]] ([[07596 418 230|phone]]), Sgt, RAF Marham - away
on detachment [[5 January|date]] to [[2 April 2027|date]].
Sibling: [[Archie|name]] (10), [[Necton Primary|school]]? No - [[Swaffham Junior Academy|school]] since September.
Previous address: [[Flat 1, 20 Lynn Road|address]], [[Downham Market|place]], [[PE38 9NL|postcode]] (to 2024).
Support now: Nanny [[Sue|name]] ([[Sue Kettle|name]], [[Necton|place]], [[01760 338 142|phone]]) has [[Poppy|name]] on Saturdays; a
PA, [[Bethany Mace|name]], 4 hours a week through direct payments.
Request: overnight short breaks at the unit in [[Dereham|place]], one night a fortnight, while dad is away.
SW: [[Kieran Oakes|name]]   Date: [[16/11/2026|date]]
Others who know [[Poppy|name]]: paediatrician Dr [[Mark Kettleborough|name]] (QEH); epilepsy nurse [[Dawn Sizeland|name]];
speech and language therapist [[Hannah Lubbock|name]]; Makaton tutor at the children's centre, [[Rosie Jolly|name]].
Neighbour [[Barry Tooley|name]] ([[no. 7|address]]) has complained about the noise at night; the landlord, Mr [[Ian Coxford|name]],
has asked the family to "think about moving". Dad's work email: [[scott.harrod@raf.mod.uk|email]].
"""),
    ("mother's letter to the panel, scanned by OCR", """[OCR of a handwritten letter, scanned [[l9/11/2O26|date]]; misreadings kept]

To the short breaks panel,

My name is [[Lauren Harrod|name]], [[Poppy|name]]'s mum. We live at [[5 Tun'5 Road|address]], [[Nect0n|place]]. [[Poppy|name]] is 7. She
sleeps about 3 hours a n1ght and had 4 seizures in Octob3r, one on the [[l2th|date]] lasting 6 minutes when the ambulance came (the
crew were [[Gaz|name]] and [[Lyndsey|name]], they were lovely). My husband [[Sc0tt|name]] goes away in January for 3 months.
My mum [[Sue|name]] helps but she has her knees done on [[8 Dec|date]] at the [[N0rwich|place]] hospital.
[[Archie|name]] is 10 and he is missing out. He asked for his friend [[Noah Bexfield|name]] to come for tea and we couldn't
because [[Poppy|name]] was screaming all afternoon. He goes to his mate [[0llie|name]]'s in [[Swaffham|place]] to escape.
I am not sleeping. I love her so much. Please help us.
[[Lauren Harr0d|name]]
P.S. [[Scott|name]]'s mum [[Val|name]] says she can help from Febuary. Our house number is [[01760 338 142|phone]]? no thats my
mums. Ring me on [[07831 264 907|phone]].
[[laurenharrod90@hotmail.co.uk|email]]
"""),
    ("disabled children's panel minutes", """CHILDREN WITH DISABILITIES RESOURCE PANEL - [[3 December 2026|date]]
Chair: [[Helen Bunnett|name]]. Members: Dr [[Abena Fosu|name]] (community paediatrician), [[Steve Claxton|name]] (commissioning),
[[Kieran Oakes|name]] (presenting SW).
Item 3: P.H. ([[Poppy Harrod|name]], 7, [[Necton|place]]). Application dated [[16.11.26|date]]; mother's letter of [[19/11|date]] read.
Discussion: Dr [[Fosu|name]] confirmed the seizures and the sleep pattern; the melatonin dose was raised by Dr [[Kettleborough|name]]
on [[10 Nov|date]]. School ([[Churchill Park|school]], Mrs [[Ann Fiddy|name]]) reports [[Poppy|name]] is settled there. [[Archie|name]]
to be offered a sibling group at the young carers' service.
Decision: overnight breaks agreed, 2 nights a month, from [[11 January 2027|date]]; direct payments up to 6 hours; review in six months.
Action: [[K. Oakes|name]] to tell Mrs [[Harrod|name]] by [[7/12|date]] and to send a copy to Sgt [[Harrod|name]] at RAF Marham.
Note: P.H. and A.H. are initials of the children in the agenda and are not marked.
Also discussed: [[Archie|name]]'s school ([[Swaffham Junior|school]], Mrs [[Sarah Bunting|name]]) says he is tired and has said
"[[Poppy|name]] screams every night". Nanny [[Sue Kettle|name]] (maternal grandmother) has surgery on [[8th December|date]].
Dad's mother, [[Valerie Harrod|name]], lives in [[Downham Market|place]] and may help from February.
"""),
    ("respite unit's email about a settling visit", """From: [[jo.hurn@nchc.nhs.uk|email]]
To: [[kieran.oakes@norfolk.gov.uk|email]]; [[laurenharrod90@hotmail.co.uk|email]]
Date: Friday [[4 December 2026|date]] 14:22
Subject: Settling visit - [[Poppy H|name]]

Hi [[Kieran|name]], hi [[Lauren|name]],
Lovely to hear the panel agreed. We'd like [[Poppy|name]] to come for tea on Wed [[16th Dec|date]] 4-6pm and again on
[[6/1/27|date]]. Our senior, [[Precious Mudenda|name]], will be her key worker; nurse [[Tom Larkman|name]] will go through the epilepsy
care plan. Please bring her Makaton cards and the bunny ("Mr Flops"?? - [[Lauren|name]], tell me if that's right!).
Parking is at the back, off the road from [[Toftwood|place]]. If the weather's bad ring [[01362 687 204|phone]].
[[Jo|name]]
[[Jo Hurn|name]] | Unit Manager
Sent from the unit - [[Jo|name]], [[Precious|name]], [[Tom|name]] and the night staff ([[Marta Nowicka|name]], [[Elaine Loades|name]]).
PS [[Kieran|name]] - [[Poppy|name]]'s first overnight pencilled in for Mon [[11 Jan|date]] to Tues [[12/1/27|date]].
"""),
]


# --- F. Dye family (white British), Saham Toney, a young carer of 12 and a father who drinks ------------------------------------

HOME_F = d.Address("Rose Cottage, 3 Pound Hill", "Saham Toney", "Thetford", "IP25 7HW")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Dye")], dt.date(2014, 5, 27), addresses=[HOME_F], ids=["3774465134", "W926202547727"],
       schools=["Wayland Academy"]),
    _p("f", "father", [("Martin", "Dye")], dt.date(1976, 8, 30), addresses=[HOME_F], phones=["07867 315 026"]),
    _p("m", "mother", [("Kirsty", "Dye")], dt.date(1981, 1, 9), phones=["01953 881 640"]),
], "c")

DOCS_F = [
    ("young carers' needs assessment", """YOUNG CARERS NEEDS ASSESSMENT (Carers Matter Norfolk)
Young carer: [[Maisie Dye|name]] ("[[Mais|name]]")   DOB [[27/05/2014|dob]]   UPN [[W926202547727|upn]]   NHS [[377 446 5134|nhs]]
Address: [[Rose Cottage, 3 Pound Hill|address]], [[Saham Toney|place]], [[IP25 7HW|postcode]]   School: [[Wayland|school]] Y8
Cared-for person: dad, [[Martin Dye|name]] (alcohol dependence, liver disease, a fall on [[13 October|date]]). Mum [[Kirsty|name]]
left in 2024 and lives in [[Hingham|place]] with her partner [[Wayne Clarke|name]]; [[Maisie|name]] sees her on Sundays.
What [[Mais|name]] does: buys dad's shopping at the [[Saham|place]] shop and the Co-op in [[Watton|place]], hides the cans, gets him
to bed, rings 111. "Last month I found him on the kitchen floor on the [[19th|date]] and I had to ring an ambulance by myself."
Money: dad's PIP; [[Maisie|name]] knows his PIN.
Friends: [[Evie Rudd|name]] and [[Lily-Rose Bales|name]]; [[Evie|name]]'s mum, [[Nicky Rudd|name]], lets her stay on Fridays.
Assessed by [[Sam Pettitt|name]] on [[25.11.2026|date]] at school with Miss [[Howlett|name]] (pastoral).
Plan: young carers' group in [[Watton|place]] on Thursdays; a card for teachers; referral to the alcohol service (Change Grow
Live) for dad with his consent; ask the GP, Dr [[Nwachukwu|name]], about a carer's flag. Review: [[February 24th 2027|date]].
[[Maisie|name]]'s own words at the end: "I don't want dad to go to hospital again. I want to do drama with [[Evie|name]] at
the [[Watton|place]] youth club. I want mum and [[Wayne|name]] to stop going on about it." Signed [[maisie dye|name]] and
[[S. Pettitt|name]].
"""),
    ("GP's email to the school", """From: [[reception.watton@nhs.net|email]] on behalf of Dr [[Chidi Nwachukwu|name]]
To: [[dsl@waylandacademy.org.uk|email]]
Date: [[30/11/2026|date]] 12:48
Subject: CONFIDENTIAL - [[Maisie Dye|name]] [[27/05/2014|dob]]

Dear Mr [[Plumridge|name]],
Thank you for the call on [[27th November|date]]. I saw Mr [[Martin Dye|name]] on Friday ([[27/11|date]]). With his consent I can
say that he has been referred to the liver clinic at the [[Norwich|place]] hospital and to the alcohol service. He accepts that
[[Maisie|name]] has been doing too much. He gave his sister's details as a back-up: Mrs [[Angela Brundle|name]],
[[12 Norwich Road|address]],
[[Watton|place]] [[IP25 6DB|postcode]], [[01953 882 517|phone]] (not yet contacted).
I would support a carer's assessment for [[Maisie|name]] and have added a young carer flag to her record.
Kind regards,
Dr [[C. Nwachukwu|name]]
cc: [[Sam Pettitt|name]], Carers Matter Norfolk; practice nurse [[Lorna Fisk|name]]; Miss [[Howlett|name]] ([[Wayland|school]] pastoral)
"""),
    ("social worker's phone notes", """Phone log - SW [[Yasmin Cole|name]] - re [[Maisie DYE|name]]
[[01/12/2026|date]] 09.10  Rang dad [[07867 315 026|phone]]. Slurred. Said [[Maisie|name]] "is fine, she's at school". Asked about
the fall on [[29 Nov|date]]; he said his neighbour [[Gordon Ely|name]] from the [[Old Forge|address]] helped him up.
[[01/12/2026|date]] 09.35  Rang mum [[Kirsty Dye|name]] on [[01953 881 640|phone]] ([[Hingham|place]]). She can have [[Maisie|name]]
Mon-Thurs from [[7th December|date]] if the school bus stops at [[Hingham|place]]; [[Wayne|name]] "doesn't mind".
[[01/12/2026|date]] 11.20  [[Sam Pettitt|name]] (Carers Matter) - [[Maisie|name]] told her dad drove her to school on Friday after
drinking. Car: red Fiesta [[AO15 MDY|vehicle]]. Passed to police (PC [[Ryan Goffin|name]]).
[[02/12/2026|date]] 15.00  Aunt [[Angela|name]] rang back from [[Watton|place]]: will check on [[Martin|name]] each evening.
[[Maisie|name]]'s nan, [[Joan Dye|name]], is in a care home in [[Shipdham|place]] and doesn't know.
[[02/12/2026|date]] 16.40  Home visit with [[Sam Pettitt|name]] to [[Pound Hill|address]], [[Saham
Toney|place]]. [[Martin|name]] sober, house tidy; he rang his GP surgery in front of us. [[Maisie|name]] at [[Evie
Rudd|name]]'s in [[Watton|place]].
[[03/12/2026|date]] 10.00  Strategy discussion booked for [[4 Dec|date]] with PC [[Goffin|name]], Mr [[Plumridge|name]] and
[[Sam Pettitt|name]]. [[Kirsty|name]]'s NI number given for the housing form: [[NH 31 64 20 B|ni]]. [[Wayne Clarke|name]]'s car,
a blue Transit, [[EK66 WJF|vehicle]].
"""),
    ("child's text messages to her mum, typed up", """Texts between [[Maisie|name]] and her mum, shown to SW [[Yasmin Cole|name]] on
[[3/12/26|date]] (with consent). Typed as written.

[[28 Nov|date]] 22:50 maisie: mum dad fell again in the bath
[[28 Nov|date]] 22:51 maisie: hes ok i think hes snoring now
[[28 Nov|date]] 23:05 mum: do u want [[wayne|name]] to come get u
[[28 Nov|date]] 23:06 maisie: no i cant leave him. aunty [[ang|name]] is coming in the morning
[[29 Nov|date]] 07:15 maisie: can u take me to [[evie|name]]s after school shes in [[watton|place]] by the tesco
[[29 Nov|date]] 07:20 mum: yes babe ill be at [[wayland|school]] at 3.15. love u
[[29 Nov|date]] 16:02 maisie: miss [[howlett|name]] says i can go to the young carers thing on thurs with [[lily-rose|name]]
[[1 Dec|date]] 21:40 maisie: dad says im not allowed to stay at [[hingham|place]] he cried
[[1 Dec|date]] 21:41 mum: ill talk to [[yasmin|name]] tmrw xx
[[2 Dec|date]] 07:30 maisie: dad didnt drink last night. aunty [[angela|name]] came at 8 with uncle [[pete|name]]
[[2 Dec|date]] 07:31 mum: proud of u [[mais|name]]. nanny [[joan|name]] would be too
[[2 Dec|date]] 16:15 maisie: [[evie|name]]s mum [[nicky|name]] says i can sleep over fri. is that ok
[[2 Dec|date]] 16:20 mum: yes. say thanks to [[nicky|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 198 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:47 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "mama", "baba", "bibi", "babu", "shangazi"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "norfolk", "suffolk",
               "breckland", "tanzania", "east africa", "africa", "london"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Bibi Nyamizi", "Shangazi Ngolo", "Sgt Nicola Haylett")
# and countries and counties ("Tanzania", "Norfolk", "Suffolk").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
