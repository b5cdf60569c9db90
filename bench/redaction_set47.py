"""Set 47: a held-out hand-written set for the redaction detector, six more invented families, written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
46, 48 and 49 (written by other helpers at the same time), that did not run the detector or any bench script that runs it,
that ran no git command, and that looked at no detector output. What was read: the first 200 lines of
bench/redaction_set21.py, its record blocks' first lines and its last 40 lines, and tests/test_redaction_set21.py in full (the
layout and marking conventions followed here); of the module docstrings of bench/redaction_set22.py to redaction_set45.py only
the lines a grep for town, district, estate and community words printed, and a count of how many of the docstrings of sets 7
to 45 and bench/redaction_heldout.py name each of a list of Leeds, Bradford and Wakefield districts and of communities (none
names Gipton, Lupset, Holme Wood, Thorpe Edge, Belle Isle or Knottingley, nor a Burundian or Senegalese family); the `_party`,
`Records` and `HandSet` helpers of bench/redaction_handwritten.py and the list of its function names. Phone numbers were
checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The
record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

The set is smaller than the brief's 24 documents: time ran short (a helper snippet hung for ten minutes), and a smaller finished
set was preferred to an unfinished one. Six families in Leeds, Bradford and Wakefield, each from a district, estate or town no
earlier set used as a family's home: a white British family in Gipton, Leeds, with a nan in Seacroft (Holmes / Dawson; a
mother's drinking, a boy of 9 late and hungry, a partner's violence); a white British family on the Holme Wood estate, Bradford,
with a grandmother in Buttershaw (Priestley / Pickles; a girl of 14 missing overnight, older men in cars); a white British
family on the Lupset estate, Wakefield (Firth / Rhodes; a baby's bruise, a chronology); a white British family in Knottingley,
with a father in Pontefract (Hartley / Sykes; a boy of 12 excluded, a father's email). Two from communities no earlier set used:
a Burundian family, Kirundi and French speakers, in Thorpe Edge, Bradford, with a grandmother in Bujumbura (Ndayishimiye /
Irakoze; a girl of 7 with a burn, a school referral), and a Senegalese Wolof family in Belle Isle, Leeds, with an uncle in Dakar
and a cousin in Brussels (Diop / Ndiaye; a boy of 15 exploited, texts typed up). Ten documents: a social worker's case note and
a grandmother's handwritten letter, scanned and OCR'd (family A), a mother's WhatsApp messages with a youth worker typed up and
a missing child's return home interview form (family B), a chronology, a father's email to the school with the reply, a school's
safeguarding referral form and a home visit note typed fast on a phone (family E), a mother's text messages with a social worker
typed up and a strategy meeting's minutes (family F). 277 gold spans, 131 of them names.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid (UK, Burundi, Senegal, Belgium); NHS
numbers and UPNs (LA numbers 383 Leeds, 380 Bradford, 384 Wakefield) pass their check digits. Councils (Aire Vale, Bradford
Dale, Calder Wake) and schools (Gipton Brook Primary, Holme Lane Academy, Lupset Park Nursery, Aire Ferry Academy, Thorpe Edge
Primary, Belle Isle Park Academy) are invented; towns, districts, estates, hospitals, police forces, GP practices, shops and
brands are real or generic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span; titles, roles and kinship
words (Mr, Mrs, Ms, PC, DC, Nan, Mum, Tonton, Tata, Maman, Nokho) stay outside a name; "SURNAME, First" is one span; a name
broken by a line break is one span holding the break; lower-case names in messages are names; a street address is one span,
its town a place, its postcode a postcode; a street named without a number and a neighbour's bare flat or house number are
addresses, at home or abroad; towns, districts and estates are places; countries, counties and regions are not ("West
Yorkshire", "Burundi", "Senegal", "Belgium"); organisations are not marked even when they hold a town's name ("Seacroft
Hospital", "Bradford Royal Infirmary", "Pinderfields", "Holme Wood Health Centre", "West Yorkshire Police"); a school's or
nursery's name and its short form is a school; a date of birth is dob, any other date with a day is date; months and years alone
are not marked; pets' names are not names. Choices this set made: a local short form of a town ("Knotty" for Knottingley,
"Ponte" for Pontefract) is a place; a shop named after a person ("Dave's Kebabs") is an organisation and stays unmarked, as
set 21 treats a firm named after people only by its names, since "Dave" alone does not identify a person here; a street name
misread by OCR ("0ak Tree Drive") is an address, and an initial with a surname ("B. Holmes") is one name span; a possessive s
without an apostrophe in a letter ("Callums") stays outside the name."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Holmes / Dawson family (white British), Gipton, Leeds ----------------------------------------------------------------

HOME_A = d.Address("14 Oak Tree Drive", "Gipton", "Leeds", "LS9 6QR")
NAN_A = d.Address("3 Kentmere Avenue", "Seacroft", "Leeds", "LS14 1BJ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Callum", "Holmes")], dt.date(2017, 4, 2), addresses=[HOME_A], ids=["669 060 1048", "A383347712782"],
       schools=["Gipton Brook Primary"]),
    _p("m", "mother", [("Stacey", "Holmes")], dt.date(1993, 8, 21), addresses=[HOME_A], phones=["07812 463 905"]),
    _p("f", "partner", [("Wayne", "Dawson")], dt.date(1990, 1, 9), phones=["07934 118 276"]),
    _p("g", "grandparent", [("Brenda", "Holmes")], dt.date(1966, 3, 30), addresses=[NAN_A], phones=["0113 249 6618"]),
], "c")

DOCS_A = [
    ("social worker's case note, home visit", """CASE NOTE - Aire Vale Children's Services
Child: [[HOLMES, Callum|name]]   DOB [[02/04/2017|dob]]   NHS [[669 060 1048|nhs]]   UPN [[A383347712782|upn]]
Address: [[14 Oak Tree Drive|address]], [[Gipton|place]], [[Leeds|place]] [[LS9 6QR|postcode]]
Date of visit: Tuesday [[17 November 2026|date]], 15:40. Worker: [[Ellie Brook|name]] (SW), with [[Hamza Qureshi|name]] (student SW)

Visit announced by text to Ms [[Holmes|name]] on [[07812 463 905|phone]] the day before. [[Stacey|name]] answered the door in her
dressing gown; the front room smelt of cider and there were cans in the recycling bag by the door. [[Callum|name]] (known as
"[[Cal|name]]") was on the PlayStation. He told me he had "a Greggs" for breakfast with money from his nan and that he was late
again because "mum wouldn't wake up". School ([[Gipton Brook|school]]) say he has been late 11 times since [[2 November|date]].

[[Stacey|name]] said her partner [[Wayne Dawson|name]] has not been at the house since the police came on [[8th
November|date]]. A neighbour at [[no. 16|address]], Mrs [[Pat Rose|name]], had rung 999 after hearing shouting; PC [[Liam Green|name]]
attended. [[Stacey|name]] said [[Wayne|name]] is "stopping at his brother [[Darren|name]]'s on [[Gipton Approach|address]]" and that
she has blocked his number ([[07934 118 276|phone]]).

Nan, Mrs [[Brenda Holmes|name]], of [[3 Kentmere Avenue|address]], [[Seacroft|place]] ([[0113 249 6618|phone]]), has agreed to take
[[Cal|name]] to school on Mondays and Wednesdays. She said she would "ring [[Ellie|name]] if owt happens". Next visit [[1/12/26|date]].
"""),
    ("grandmother's handwritten letter, scanned and OCR'd", """[scan p1 of 1 - OCR text, not corrected]
[[3 Kentmere Avenue|address]]
[[Seacroft|place]] [[LS14 1BJ|postcode]]
[[20th Nov 2026|date]]

Dear Miss [[Brook|name]] / [[Ellie|name]]
I am writing this as I cant get thru on the phone. I am [[Callum|name]]s nan, [[Brenda Holmes|name]]. I am 60 and I have my own
health but I will have him. Our [[Stacey|name]] is a good mum when shes not drinking but she has not been right since her dad
died. That [[Wayne|name]] is no good, he put his fist thru the door at [[0ak Tree Drive|address]] and I seen the marks on her arm.
His mam [[Sandra Dawson|name]] lives over in [[Swarcliffe|place]] and she will tell you different but dont believe her.
[[Cal|name]] can have the box room. He can still go to [[Gipton Brook|school]], I will get the 50 bus. My neighbour [[Ken
Pearson|name]] at [[no. 5|address]] will drive us if I need.
My number is [[0113 249 6618|phone]] or my mobile [[07723 841 506|phone]] (my grandson [[Reece|name]] set it up).
Yours faithfully
[[B. Holmes|name]] (Mrs)
"""),
]


# --- B. Priestley / Pickles family (white British), Holme Wood, Bradford ------------------------------------------------------

HOME_B = d.Address("27 Broadstone Way", "Holme Wood", "Bradford", "BD4 9BX")
NAN_B = d.Address("9 Reevy Crescent", "Buttershaw", "Bradford", "BD6 3HE")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kayla", "Priestley")], dt.date(2012, 6, 14), addresses=[HOME_B], ids=["857 308 5592", "V380161973069"],
       schools=["Holme Lane Academy"]),
    _p("m", "mother", [("Joanne", "Priestley")], dt.date(1987, 11, 2), addresses=[HOME_B], phones=["07702 559 841"]),
    _p("g", "grandparent", [("Maureen", "Pickles")], dt.date(1961, 5, 19), addresses=[NAN_B], phones=["01274 663 905"]),
], "c")

DOCS_B = [
    ("mother's WhatsApp messages with a youth worker, typed up", """WhatsApp - typed up by [[Ruth Ackroyd|name]] (Bradford Dale Youth
Service) from her work phone, for the strategy meeting on [[24.11.2026|date]]. Contact saved as "[[Jo Priestley|name]] (mum)".

[[21/11/2026|date]], 23:12 - [[jo|name]]: she's not come home [[ruth|name]]. phone off. last seen at the shops on [[broadstone way|address]]
[[21/11/2026|date]], 23:14 - [[Ruth Ackroyd|name]]: Ring 999 now [[Jo|name]] and tell them she's missing. Is she at your
mum's in [[Buttershaw|place]]?
[[21/11/2026|date]], 23:20 - [[jo|name]]: rang me mam [[maureen|name]] shes not there. [[kayla|name]]s mate [[tegan|name]] said she got in a
silver car with 2 lads by dave's kebabs. reg started YK6
[[21/11/2026|date]], 23:41 - [[jo|name]]: police coming. they want a photo of her
[[22/11/2026|date]], 06:02 - [[jo|name]]: shes back!!! a taxi dropped her at the end of the road. says she was at a house in
[[bierley|place]] with [[Mo|name]] and [[Zak|name]]. she wont say more
[[22/11/2026|date]], 06:05 - [[Ruth Ackroyd|name]]: Thank god. Keep her home, I'll tell DC [[Sharon
Moss|name]]. Don't wash her clothes.
[[22/11/2026|date]], 09:30 - [[jo|name]]: the car was [[YK69 HXD|vehicle]] her mate reckons.
[[tegan|name]]'s mum lives at [[no. 31|address]]
"""),
    ("return home interview form", """RETURN HOME INTERVIEW - Bradford Dale Missing Service
Young person: [[PRIESTLEY, Kayla|name]]   DOB: [[14/06/2012|dob]]   NHS: [[857 308 5592|nhs]]   UPN: [[V380161973069|upn]]
Address: [[27 Broadstone Way|address]], [[Holme Wood|place]], [[Bradford|place]] [[BD4 9BX|postcode]]   School: [[Holme Lane|school]]
Missing from: [[21/11/2026|date]] 18:30   Returned: [[22/11/2026|date]] 05:55   Interview: [[23 November 2026|date]], at her nan's
([[9 Reevy Crescent|address]], [[Buttershaw|place]])   Interviewer: [[Ruth Ackroyd|name]]
Where were you? "At a house in [[Bierley|place]], near the chippy on [[Bierley Lane|address]]. [[Mo|name]] picked me and [[Tegan|name]]
up." Who else was there? "[[Zak|name]], and a girl called [[Leah|name]] from [[Tong|place]], and some older lads." Did anyone hurt
you or ask you to do anything? Declined to answer. Said [[Zak|name]] gave her vodka and a vape and that he "drives a silver
Audi". Nan, Mrs [[Maureen Pickles|name]] ([[01274 663 905|phone]]), was present at [[Kayla|name]]'s request.
"""),
]


# --- C. Firth / Rhodes family (white British), Lupset, Wakefield --------------------------------------------------------------

HOME_C = d.Address("5 Lupset Crescent", "Lupset", "Wakefield", "WF2 8RU")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Harper", "Rhodes")], dt.date(2026, 5, 3), addresses=[HOME_C], ids=["589 330 2516"],
       schools=["Lupset Park Nursery"]),
    _p("m", "mother", [("Chloe", "Firth")], dt.date(2004, 2, 12), addresses=[HOME_C], phones=["07459 330 617"]),
    _p("f", "father", [("Josh", "Rhodes")], dt.date(2002, 9, 27), phones=["07568 204 793"]),
], "c")

DOCS_C = [
    ("chronology of significant events", """CHRONOLOGY - Calder Wake Council, Children's Social Care
Child: [[Harper RHODES|name]] (DOB [[03.05.2026|dob]], NHS [[589 330 2516|nhs]])   Mother: [[Chloe Firth|name]] ([[07459 330 617|phone]])
Father: [[Josh Rhodes|name]] ([[07568 204 793|phone]])   Address: [[5 Lupset Crescent|address]], [[Lupset|place]],
[[Wakefield|place]] [[WF2 8RU|postcode]]

Date            | Event                                                                     | Source
[[03/05/2026|date]]      | [[Harper|name]] born at Pinderfields, 36 weeks.                                 | midwife [[Gill Horsfall|name]]
[[19/06/2026|date]]      | Health visitor [[Anita Kaur|name]] notes mother low in mood, father's cannabis use.  | HV record
[[7 Aug 2026|date]]      | Neighbour (Mr [[Tony Lockwood|name]], [[no. 7|address]]) reports baby crying for hours.  | MASH contact
[[02-10-2026|date]]      | Bruise 1 cm on [[Harper|name]]'s left cheek seen at [[Lupset Park Nursery|school]] by [[Shannon
                  Woodhead|name]]. Mother says it was the car seat strap.                   | nursery log
[[3rd October 2026|date]]| Child protection medical, Dr [[Farah Siddiqui|name]], Pinderfields: "not consistent". | medical report
[[05.10.2026|date]]      | [[Harper|name]] to maternal aunt [[Jade Firth|name]] in [[Ossett|place]] under a safety plan.
                  | SW [[Mark Dyson|name]]
"""),
]


# --- D. Hartley / Sykes family (white British), Knottingley ---------------------------------------------------------------------

HOME_D = d.Address("62 Womersley Road", "", "Knottingley", "WF11 0DN")
DAD_D = d.Address("Flat 3, 18 Ropergate", "", "Pontefract", "WF8 1LP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hartley")], dt.date(2014, 7, 8), addresses=[HOME_D], ids=["V384423938499"],
       schools=["Aire Ferry Academy"]),
    _p("m", "mother", [("Gemma", "Hartley")], dt.date(1988, 4, 16), addresses=[HOME_D], phones=["07377 915 042"]),
    _p("f", "father", [("Lee", "Sykes")], dt.date(1985, 12, 1), addresses=[DAD_D], phones=["07830 661 258"],
       emails=["leesykes85@gmail.com"]),
], "c")

DOCS_D = [
    ("father's email to the school and the reply", """From: [[Lee Sykes|name]] <[[leesykes85@gmail.com|email]]>
To: [[j.marsden@aireferry.org.uk|email]]
Date: Mon [[9 Nov 2026|date]] 22:47
Subject: [[tyler|name]] excluded AGAIN

mrs marsden i want to know why my son [[tyler|name]] has been sent home for 5 days and nobody told me. I am his dad and i have
parental responsibility, his mum [[gemma|name]] never tells me nothing. he lives at hers in [[knotty|place]] but hes at mine in
[[ponte|place]] ([[Flat 3, 18 Ropergate|address]]) every weekend. ring me [[07830 661 258|phone]]
[[Lee|name]]

From: [[Joanne Marsden|name]] <[[j.marsden@aireferry.org.uk|email]]>
Date: [[10 November 2026|date]] 08:15
Subject: RE: [[tyler|name]] excluded AGAIN

Dear Mr [[Sykes|name]],
I am sorry you were not told. [[Tyler|name]] was suspended for five days from [[6 November|date]] after a fight with another pupil
near the bus stop on [[Weeland Road|address]]. We sent the letter to [[62 Womersley Road|address]], [[Knottingley|place]]
[[WF11 0DN|postcode]], as that is the address we hold. Our records show Ms [[Hartley|name]] as the main contact on
[[07377 915 042|phone]]; I will add you now. Mr [[Ian Sugden|name]], our DSL, has also referred to Calder Wake's early help team.
Yours sincerely, [[Joanne Marsden|name]], Head of Year 8, [[Aire Ferry Academy|school]]
"""),
]


# --- E. Ndayishimiye / Irakoze family (Burundian), Thorpe Edge, Bradford -----------------------------------------------------

HOME_E = d.Address("Flat 8, Cavendish Court", "Thorpe Edge", "Bradford", "BD10 8LZ")
GRAN_E = d.Address("Avenue de la Mission 14", "Rohero", "Bujumbura", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ange", "Irakoze")], dt.date(2019, 2, 11), addresses=[HOME_E], ids=["596 884 1354", "V380051847156"],
       schools=["Thorpe Edge Primary"]),
    _p("m", "mother", [("Claudine", "Ndayishimiye")], dt.date(1991, 10, 4), addresses=[HOME_E], phones=["07915 472 306"]),
    _p("g", "grandparent", [("Béatrice", "Ndayishimiye")], addresses=[GRAN_E], phones=["+257 79 45 12 38"]),
], "c")

DOCS_E = [
    ("school's safeguarding referral form", """BRADFORD DALE - MULTI-AGENCY REFERRAL FORM (school)
Referrer: [[Helen Pratt|name]], DSL, [[Thorpe Edge Primary|school]], tel: school office
Child's name: [[IRAKOZE, Ange|name]]     DOB: [[11 Feb 2019|dob]]     UPN: [[V380051847156|upn]]
Home address: [[Flat 8, Cavendish Court|address]], [[Thorpe Edge|place]], [[Bradford|place]] [[BD10 8LZ|postcode]]
Parent/carer: [[Claudine NDAYISHIMIYE|name]] (mother), mobile [[07915 472 306|phone]]. Languages: Kirundi, French, some English.
Interpreter needed: YES (French). Other adults: none in the home. Grandmother Mme [[Béatrice Ndayishimiye|name]],
[[Avenue de la Mission 14|address]], [[Rohero|place]], [[Bujumbura|place]], Burundi, [[+257 79 45 12 38|phone]].

Reason for referral: On Thursday [[12 November 2026|date]] at 09:05 [[Ange|name]] showed her class teacher, Miss [[Amber
Hey|name]], a blister about 3 cm across on the back of her right hand. [[Ange|name]] said "Maman was cooking ibiharage and the
pot fell". She said her brother "[[Kevin|name]]" (aged 3, at [[Thorpe Edge|school]]'s nursery) was crying. Mum told me at 15:15 in French
that it happened on [[10/11|date]], that she put cold water on it and took [[Ange|name]] to the pharmacy on [[Harrogate
Road|address]]. The neighbour who helps with school runs, Mrs [[Grace Uwimana|name]] of [[Flat 6|address]], confirmed this.
"""),
    ("home visit note typed on a phone", """visit [[18/11|date]] flat 8 w interp [[Josiane|name]] (French) - [[claudine|name]] v tired,
works nights at Bradford Royal Infirmary cleaning, kids w neighbour [[grace|name]] [[flat 6|address]] overnight.
[[ange|name]] hand healing, dressing clean. [[kevin|name]] ok, nappy rash.
dad [[Eric Irakoze|name]] in [[Gitega|place]] Burundi, no contact since 2023, ph [[+257 79 45 12 38|phone]] is
grandma not dad. mum wants move nearer church in [[Eccleshill|place]]. next: HV [[Tracey Binns|name]] to visit [[25/11|date]]
"""),
]


# --- F. Diop / Ndiaye family (Senegalese, Wolof), Belle Isle, Leeds -----------------------------------------------------------

HOME_F = d.Address("41 Belle Isle Road", "Belle Isle", "Leeds", "LS10 3DN")
UNCLE_F = d.Address("Villa 112, Cité Keur Gorgui", "Sacré-Cœur", "Dakar", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Moussa", "Diop")], dt.date(2011, 3, 25), addresses=[HOME_F], ids=["371 695 4381", "F383881836553"],
       schools=["Belle Isle Park Academy"]),
    _p("m", "mother", [("Aminata", "Ndiaye")], dt.date(1983, 7, 7), addresses=[HOME_F], phones=["07846 205 913"]),
    _p("u", "uncle", [("Cheikh", "Diop")], addresses=[UNCLE_F], phones=["+221 77 645 32 19"]),
], "c")

DOCS_F = [
    ("mother's text messages with a social worker, typed up", """Texts between [[Aminata Ndiaye|name]] ([[07846 205 913|phone]]) and
SW [[Rebecca Hirst|name]] (Aire Vale, [[0113 378 5512|phone]]), typed up [[27/11/26|date]] for the file.

[[25 Nov|date]] 19:02 [[Aminata|name]]: Salaam madame. [[moussa|name]] did not come home from school. he has new shoes 200 pounds i
did not buy. his friend [[ibou|name]] say he go to [[beeston|place]] with a man call [[Skinny|name]]
[[25 Nov|date]] 19:10 [[Rebecca|name]]: Thank you for telling me. Please call 101 and report him missing. Do you have the man's number?
[[25 Nov|date]] 19:25 [[Aminata|name]]: number on his phone is [[07491 228 630|phone]]. i call his uncle
[[Cheikh|name]] in [[Dakar|place]] he
say send him to senegal. uncle number [[+221 77 645 32 19|phone]]
[[26 Nov|date]] 07:48 [[Aminata|name]]: he come back 2 oclock. police officer [[Dan Kirk|name]] bring him. he say he was in a flat in
[[Holbeck|place]]. my cousin [[Fatou Sarr|name]] from [[Brussels|place]] ([[+32 2 512 45 67|phone]]) can come help
[[26 Nov|date]] 08:01 [[Rebecca|name]]: I'm glad he is home. I will visit at [[41 Belle Isle Road|address]] today at 4
with [[Sam|name]] from
the exploitation team. [[Moussa|name]] can choose whether he talks to us.
"""),
    ("strategy meeting minutes, extract", """STRATEGY MEETING - MINUTES (extract)   Date: [[27 November 2026|date]]   Venue: Teams
Present: [[Rebecca Hirst|name]] (SW, chair), DC [[Omar Farooq|name]] (West Yorkshire Police, Child Exploitation), [[Nadia
Begum|name]] (DSL, [[Belle Isle Park Academy|school]]), [[Paul Wainwright|name]] (Youth Justice), interpreter [[Mariama Ba|name]]
(Wolof). Apologies: Dr [[Kate Lowe|name]] (Middleton Park Surgery).
Child: [[DIOP, Moussa|name]], DOB [[25/03/2011|dob]], NHS [[371 695 4381|nhs]], UPN [[F383881836553|upn]], of [[41 Belle Isle
Road|address]], [[Belle Isle|place]], [[LS10 3DN|postcode]].
1. DC [[Farooq|name]]: the number [[07491 228 630|phone]] is linked to an adult male, "[[Skinny|name]]" ([[Jordan Ellis|name]],
19, of [[Holbeck|place]]), and to cannabis supply in [[Hunslet|place]] and [[Morley|place]]. A second phone at [[Moussa|name]]'s
address was found in his school bag on [[26.11.2026|date]].
2. [[Nadia|name]]: attendance 61%. [[Moussa|name]] told her his friend "[[ibou|name]]" ([[Ibrahima Fall|name]], Year 10) owes money.
3. Mother [[Aminata Ndiaye|name]] asks for a move; her brother in [[Dakar|place]], [[Cheikh Diop|name]], has offered to have him.
Actions: NRM referral ([[Rebecca|name]]); disruption notice ([[Omar|name]]); review [[4 Dec|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 47 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 01:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "sw", "our", "me", "nan", "nana", "nanna",
           "gran", "grandma", "mum", "mam", "dad", "aunty", "auntie", "uncle", "tonton", "tata", "maman", "mama", "papa", "nokho",
           "mme", "madame", "madam"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "yorkshire", "west yorkshire", "burundi", "senegal", "belgium", "africa", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the sets
# before it) and this set's titles, kinship words and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
