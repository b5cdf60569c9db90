"""Set 165: a held-out hand-written set for the redaction detector, six more invented families in Yeovil, Chard and Ilminster in
south Somerset, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing
types through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, the
held-out sets bench/redaction_set158.py to bench/redaction_set161.py and their tests, or bench/redaction_set162.py to
bench/redaction_set164.py and their tests (written by other helpers at the same time); that did not run the detector or any
bench script that runs it, ran no git command, and looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the module docstrings of
bench/redaction_set7.py to bench/redaction_set157.py, printed on their own and then searched for south Somerset towns and
districts and for the communities earlier sets used (no set's body was searched); the module docstring and the helpers of
bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`, `word_problems`, `_parse`; its first record was seen in
passing); and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and
UPNs made with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families, each from a town, district or estate no earlier set's docstring names as a family's home (earlier sets placed
families in Bridgwater, Taunton, Lufton and Yeovil, but none in Milford, Westfield, Lyde Road, Crimchard, Winterhay, Ilminster,
Avishayes or Chard). Four of the kinds most common in children's social care: a young white British mother and her partner in
Milford, Yeovil, with a grandmother in Martock (Hendy / Coombes; a girl of 9 with dental neglect not brought to appointments, a
toddler with decayed teeth, a benefit sanction and a key meter, a partner's temper, a grandmother estranged and brought back
in); a white British family in Westfield, Yeovil, with a grandfather in Stoke-sub-Hamdon (Gould / Marsh; a boy of 15 criminally
exploited on a county line from Bristol, found at Temple Meads with drugs and cash, a debt and a burn, threats to his little
sister); a white British Royal Navy family in Winterhay, Ilminster, with a grandmother in Crewkerne (Pardoe / Vickery; a father
deployed who controls and threatens by phone from his ship, a mother's drinking, a boy of 11 who hides the car keys, a father's
leave and a written agreement); and a White and Black Caribbean family in Avishayes, Chard, with a father in St Pauls, Bristol,
a grandmother in Easton and a great-grandmother in Mandeville, Jamaica (Greenslade / Bailey; a girl of 12 who took an overdose
after sextortion by a man of 19 from Crewkerne, grief for a grandmother, a brother of 16 who once carried a knife, a family
group conference). Two from communities no earlier set's docstring names: a Bukharan Jewish family from Samarkand and Bukhara
by way of Ramat Gan and Or Yehuda, on Lyde Road, Yeovil (Yusupov / Aminova; a boy of 14 hit with a belt by his father over
school marks, a mother depressed and isolated, family in Israel and Uzbekistan, Russian and Hebrew at home), and a German Sinti
family from Kiel-Gaarden in Crimchard, Chard (Reinhardt / Winterstein; a girl of 12 kept from school by racist bullying and a
video posted online, a mother's fear of authorities rooted in the family's history, an uncle who wants to "sort it"). 24
documents, four per family, each with its own style: a dental practice's "was not brought" letter, a social worker's home visit
case note, a mother's text messages with her social worker, a food bank voucher referral form, child exploitation strategy
meeting minutes, a return home interview, Snapchat messages from a police phone download, a mother's own letter to a head
teacher, a section 47 outcome summary, a family Telegram group in Russian (Cyrillic) and Hebrew typed up and translated, a GP
consultation record extract, a boy's handwritten note scanned and OCR'd (with OCR errors in names: "Co1e", "Li0ra", "E1iyahu",
"Ty1er M"), an education welfare officer's attendance letter, WhatsApp voice notes in German and Romanes transcribed and
translated, an early help assessment and family plan, a German school report scanned and OCR'd with a translation, a naval
service welfare referral, an initial child protection conference report, an email thread between a school, a social worker and
naval welfare, a social worker's notes typed fast on a phone, a chronology, a hospital CAMHS liaison assessment, a family group
conference plan and voicemails typed up from a mother's phone (one in Jamaican Patois).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Israel, Uzbekistan, Germany, Jamaica); NHS numbers and UPNs (Somerset's LA number, 933) pass their
check digits; the NI number has a valid format. The council (Parrett Vale), the dental practice (Parrett Smiles), Brimsmore
Learning Centre, Greenfylde First School's email domain, Little Acorns pre-school at Tatworth and the Kiel school's name are
invented; towns, districts, estates, villages, real schools and colleges, charities, NHS bodies, hospitals, surgeries, police
forces, naval air stations and squadrons, firms, shops, shopping centres, halls, apps and laws are real or realistic and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, ranks, roles and kinship words (Mr, Mrs, Ms, Miss, Dr,
PC, DC, DS, Lt, CPO, Nana, Granny, Great-Grandma, Auntie, mrs, nurse (as in "nurse dawn"), and the German Oma, Tante, Onkel,
Tata, Herr and Frau) stay outside the name span; a possessive 's and a bare s in texting ("paige"s, "chelsea"s, "kev
moorcroft"s, "Brooke"s) stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span
("HENDY, Shannon", "VICKERY, Ryan", "AMINOVA, Margarita", "Reinhardt, Gitta"); an initial with a surname is one span, and so is
a first name with an initial after it ("Mason T", "Tyler M", "helen s", "claire h"); initials alone ("G.R.") are not marked; a
nickname in quotes between a first name and a surname is its own span (Jordan "JJ" Okafor-Lane, Binyamin "Beni" Yusupov,
Margarita ("Rita") Aminova); a name broken by a line break is one span holding the break ("Margarita / Aminova", "Jean /
Pardoe", the OCR'd "K. Sch / röder", the slash marking the break), and so is an address, a place, a school, a date or a date of
birth; social media usernames ("jj.bank44", "tygould.11", "mills.xo") are not marked, but a display name that is a person's
name or nickname is ("JJ", "ty", "Millie"); a contact saved under a kinship word ("mum", "Мама", "Oma", "Tante", "Onkel",
"Granny ... Jamaica") is not a name, though a person's name or a town inside it is ("Oma [[Kiel]]", "Granny [[Pearl]]", "Nana
[[Joy]]"); a Telegram group's title ("Семья") is not a name. A street address is one span, its town a place, its postcode a
postcode; a street named without a number is an address ("Lyde Road", "Vicarage Walk", "winterhay green", "Perry Street"), and
so is a neighbour's bare house number ("no. 27", "no. 39", "no. 11", "no 9") and an address abroad ("Elisabethstraße 27", Kiel;
"Rehov Bialik 41", Ramat Gan; "Лайд Роуд", Lyde Road in Cyrillic); towns, cities, villages, districts and estates are places at
home or abroad and in any script ("Самарканд", "Бристоль", "אור יהודה"), and so are short or slang forms ("Stoke", "crewk",
"Weston", "brizzle"); countries, counties and regions are not ("Somerset", "England", "Israel", "Uzbekistan", "Jamaica");
organisations are not marked even when they hold a town's name ("Yeovil District Hospital", "Yeovil Food Bank", "Yeovil
Community Church", "Citizens Advice South Somerset", "Somerset NHS Foundation Trust", "Avon and Somerset Police", "Preston
Grove Medical Centre", "Church Street Surgery", "Leonardo Helicopters", "Numatic", "card factory"); a school's or college's
name is a school, and so is its short form, in any case ("Buckler's Mead", "Holyrood", "Avenue Academy", "avenue",
"greenfylde", "Milford Infants", "Birchfield", "Yeovil College", "City of Bristol College"); a date of birth is dob, any other
calendar date with a day is date (a weekday before it stays outside: "Tue [[10 Nov]]"), and the bare day in a range or a
reference ("26"-"27 September", "the 7th", "the 23rd") is a date span of its own; months and years alone, and a month with a
year ("March 2025", "June 2026", "03/2019", "2023"), are not marked; helplines and crisis lines are not marked; pets' names
("Bruno") are not names; landmarks and venues stay unmarked (the Quedam Centre, "the quedam", Chard Guildhall, Ilminster Town
Hall); a surname or first name that is also an English word or a town is marked by what it refers to ("Kingston", "Chelsea",
"Brent", "Sparrow", "Orchard", "Rose", "Pearl", "Joy", "Jade", "Brooke", "Mason", "dawn" are names when they are people,
"Kingston" a place where Pearl was born); a service, branch or team named by its town marks the town ("[[Yeovil]] neighbourhood
team", "[[Chard]] Area Office", "[[Chard]] CAMHS team", "[[ilminster]] NPT").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a naval air station and a
squadron ("RNAS Yeovilton", "RNAS Culdrose", "847 Naval Air Squadron") are organisations and stay unmarked, while the village
of Yeovilton, where the father stays with a friend, is a place; a railway station named by its city marks the city
("[[Bristol]] Temple Meads", as set 50 did); Auschwitz, named as the camp the mother's family were sent to, is a historical
site and stays unmarked; an OCR'd misreading of a name or a town ("Co1e", "Li0ra", "Kie1", "Samarcand") is a name or a place,
and so is the pastoral lead's correction after it, and an OCR'd date or postcode with a letter for a digit ("22.0l.2014",
"24l43") keeps its kind; the German postcode ("24143") is a postcode; a German family name used as a contact ("Lolo") is a
name; the Romanes word "Gadsche" (non-Sinti) and the Yiddish-Hebrew and Russian kinship words are not names; the maths-test
percentage, the drug line's name ("the Jonno line", a brand rather than a person), crime, CAD and voucher references, the
interpreter's ID, a patient's PHQ-9 score and class names ("10K", "5b") are not marked.

Self-check without the detector: `python -m bench.redaction_set165` (and tests/test_redaction_set165.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,007 gold spans, 567 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hendy / Coombes family (white British), Milford, Yeovil --------------------------------------------------------------

HOME_A = d.Address("31 Everton Road", "Milford", "Yeovil", "BA21 4EW")
NAN_A = d.Address("6 Coat Road", "", "Martock", "TA12 6EX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Coombes")], dt.date(2023, 4, 18), addresses=[HOME_A], ids=["4090328586"]),
    _p("s", "sibling", [("Paige", "Hendy")], dt.date(2017, 2, 9), addresses=[HOME_A],
       ids=["4331685039", "Y933225090289"], schools=["Milford Infants' Academy"]),
    _p("m", "mother", [("Shannon", "Hendy")], dt.date(1996, 8, 27), addresses=[HOME_A], phones=["07723 418 605"],
       ids=["JK 48 21 73 B"]),
    _p("f", "father", [("Kyle", "Coombes")], dt.date(1993, 12, 2), addresses=[HOME_A], phones=["07938 261 447"]),
    _p("g", "grandparent", [("Carol", "Hendy")], dt.date(1970, 5, 6), addresses=[NAN_A], phones=["01935 840 266"]),
    _p("p1", "professional", [("Bethan", "Yandle")], phones=["0300 123 2224"], emails=["bethan.yandle@parrettvale.gov.uk"]),
], "c")

DOCS_A = [
    ("dental practice's safeguarding letter about a child not brought", """PARRETT SMILES DENTAL CARE
[[Yeovil|place]]                                          Tel. 01935 210 400

[[2 November 2026|date]]

Children's Services Front Door (Somerset), by secure email

Dear colleague,

Re: [[Paige HENDY|name]], DOB [[09/02/2017|dob]], [[31 Everton Road|address]], [[Milford|place]], [[Yeovil|place]] [[BA21 4EW|postcode]]
NHS number: [[433 168 5039|nhs]]

I am writing under our "Was Not Brought" policy. [[Paige|name]] is 9. She was seen as an emergency on [[14 August 2026|date]]
with facial swelling from an abscessed lower left molar (LL6) and was prescribed amoxicillin. We advised extraction of the
LL6 and the LL7 under general anaesthetic at Yeovil District Hospital and made the referral the same day. Since then she
has not been brought to three appointments ([[4 September|date]], [[25 September|date]] and [[16 October 2026|date]]), and the
hospital tells us she was not brought to her pre-assessment on [[21 October|date]] either. We have had no reply to our letters.

When I saw her, [[Paige|name]] told me she "brushes when there's toothpaste" and that her little brother, [[Alfie|name]], has
"black teeth" too. Her mother, Ms [[Shannon Hendy|name]], was kind to her and clearly worried, but said she could not get to
[[Yeovil|place]] town "with the buggy and no money for the bus". Her partner, Mr [[Kyle Coombes|name]], rang the practice on
[[17 October|date]] to say "stop sending letters". Our receptionist, [[Lorraine Tapp|name]], noted he sounded angry.

[[Paige|name]] will be in pain and at risk of a spreading infection. I would be grateful if a social worker or the school
nurse could help the family to get her to her appointments. I have told Ms [[Hendy|name]] I am writing to you. I can be
reached on the practice number above or on my mobile, [[07481 305 926|phone]].

Yours faithfully,
[[Niamh Cloke|name]] BDS
Dentist and safeguarding lead
cc: GP, Preston Grove Medical Centre (Dr [[Rupert Hallworth|name]]); school nurse team ([[Kate Honeybun|name]]);
    [[Milford Juniors|school]] (DSL, Mrs [[Angela Daw|name]])
"""),
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (announced)
Child: [[Alfie COOMBES|name]] ([[18.04.2023|dob]]); sibling [[Paige HENDY|name]] ([[09.02.2017|dob]])
Date: [[5 November 2026|date]], 15:40-16:55       Worker: [[Bethan Yandle|name]], SW, Parrett Vale Council
Present: [[Shannon|name]] (mum), [[Kyle|name]] (mum's partner, [[Alfie|name]]'s dad), [[Paige|name]], [[Alfie|name]]; for part of the
visit, mum's friend [[Chelsea Dunn|name]] from [[no. 27|address]].

Home: [[31 Everton Road|address]] is a two-bed housing association house at the end of a terrace near the
playing field. Front room warm, TV on, a large dog (Staffie cross, "Bruno") shut in the kitchen. Kitchen sink full, bins
overflowing in the yard, the fridge had milk, cheese, squash and yoghurts. Upstairs: [[Paige|name]]'s room had a bed with a
duvet but no sheet; [[Alfie|name]]'s cot is in mum and [[Kyle|name]]'s room. No toothbrushes in the bathroom.

[[Paige|name]] showed me her tooth: the swelling has gone down but she says it "hurts at night" and she chews on the right.
She showed me her reading book from [[Milford Infants|school]] (she moved up to Year 5 at [[Milford Juniors|school]] in
September and is proud she is "on purple"). [[Alfie|name]] was shy, babbling, few words at 3 and a half; two upper front teeth
are brown.

[[Shannon|name]] said she missed the appointments because the bus from [[Milford|place]] to the hospital "is two buses with the
buggy" and [[Kyle|name]] works shifts at a warehouse in [[Houndstone|place]] and has the car ([[WF17 YHD|vehicle]]). She cried and
said "I'm not a bad mum, I'm skint". [[Kyle|name]] was defensive at first ("you lot just want to take kids"), then said he
could swap a shift for the GA if he knew the date. Money: Universal Credit with a sanction since [[1 October|date]]; the
electric is on a key meter and [[Chelsea|name]] "lent a tenner" last week.

Nan, [[Carol Hendy|name]], lives in [[Martock|place]] ([[6 Coat Road|address]]) and used to take [[Paige|name]] to the dentist, but
they "fell out in the summer" over [[Kyle|name]]. [[Shannon|name]] gave consent for me to ring her.

Plan agreed:
1. I will ring the hospital (Children's Day Unit) for a new GA date and arrange a taxi via the Child in Need budget.
2. Food bank voucher today (Yeovil Community Church food bank) and referral to Citizens Advice about the sanction.
3. Health visitor ([[Donna Sparkes|name]]) to see [[Alfie|name]] for a developmental review and toothbrushing pack.
4. Toothbrushes and paste dropped off by me on [[6 November|date]].
Addendum [[6 November|date]], 11:20: phoned [[Carol Hendy|name]] ([[01935 840 266|phone]]). She said she "never stopped loving
them", that [[Kyle|name]] "has a temper" and she once saw him grab [[Shannon|name]] by the arm outside the Co-op on [[Lyde Road|address]].
She can have [[Paige|name]] on Saturdays and drive her to appointments. Her neighbour, [[Derek Ham|name]], "knows the family too".
Next visit: [[12/11/2026|date]]. [[B. Yandle|name]]
"""),
    ("mother's text messages with her social worker, typed up", """Texts between [[Shannon Hendy|name]] ([[07723 418 605|phone]]) and
[[Bethan Yandle|name]] (work mobile),
copied into the file by [[Bethan|name]] on [[20/11/2026|date]]. Spelling as sent.

[[08/11/2026|date]] 19:02 [[Shannon|name]]: hiya its [[shannon hendy|name]]. did u find out bout [[paige|name]]s teeth date
[[08/11/2026|date]] 19:40 [[Bethan|name]]: Hi [[Shannon|name]], yes - Tuesday [[24 November|date]], arrive 7.30am at the Children's Day
Unit. A taxi
will pick you up at 6.50. Can [[Kyle|name]] have [[Alfie|name]]?
[[08/11/2026|date]] 19:44 [[Shannon|name]]: [[kyle|name]] on earlys that wk. could ask my mum but shes still not talking to me lol
[[08/11/2026|date]] 19:45 [[Shannon|name]]: or [[chelsea|name]] next door maybe
[[09/11/2026|date]] 09:15 [[Bethan|name]]: I spoke to your mum this morning - she would like to help. She said she can come over from
[[Martock|place]]
on the [[23rd|date]] and stay the night. Is that OK with you?
[[09/11/2026|date]] 09:31 [[Shannon|name]]: omg ok. yeah thats ok. did she say anything bout [[kyle|name]]
[[09/11/2026|date]] 09:33 [[Bethan|name]]: Only that she wants to see the kids. 😊
[[15/11/2026|date]] 22:48 [[Shannon|name]]: sorry to text late. [[kyle|name]] threw the remote at the wall and it hit [[alfie|name]] on
his head. hes ok no mark.
[[kyle|name]] gone out. im scared to say as u will take them
[[15/11/2026|date]] 22:49 [[Shannon|name]]: pls dont ring him
[[15/11/2026|date]] 22:55 [[Bethan|name]]: Thank you for telling me, [[Shannon|name]]. Are you and the children safe right now? If he
comes back
and you're frightened, ring 999. I will ring you first thing tomorrow.
[[15/11/2026|date]] 22:57 [[Shannon|name]]: yeah we r at [[chelsea|name]]s. shes got a sofa bed
[[16/11/2026|date]] 08:30 [[Bethan|name]]: Morning. I will ring at 9.15. Please don't delete these texts.
[[23/11/2026|date]] 17:10 [[Shannon|name]]: mums here 😭 she brought [[paige|name]] a new toothbrush with unicorns on it lmao
[[24/11/2026|date]] 13:20 [[Shannon|name]]: done!! 2 teeth out, [[paige|name]] was so brave. nurse [[dawn|name]] gave her a sticker
[[24/11/2026|date]] 13:22 [[Shannon|name]]: my mum drove us home. she says can she have [[paige|name]] sat at hers in [[martock|place]]
[[24/11/2026|date]] 13:40 [[Bethan|name]]: That's brilliant news, well done [[Paige|name]]! Yes, if you're happy. I'll see you on the
[[1st|date]].
[[24/11/2026|date]] 13:41 [[Shannon|name]]: ok. [[kyle|name]] says thank u 2. hes not all bad x
"""),
    ("food bank voucher referral form", """YEOVIL FOOD BANK - REFERRAL VOUCHER  (Partner agency: Parrett Vale Council Children's Services)
Voucher no. YFB-26-11873        Date issued: [[05/11/26|date]]        Valid for: 1 collection
---------------------------------------------------------------------------------------------
CLIENT NAME:   [[HENDY, Shannon|name]]
ADDRESS:       [[31 Everton Rd|address]]
               [[Yeovil|place]]                                    POSTCODE: [[BA21 4EW|postcode]]
PHONE:         [[07723 418605|phone]]           DOB: [[27/08/1996|dob]]      NI no. (optional): [[JK482173B|ni]]
HOUSEHOLD:     Adults 2   Children 2   Ages of children: 9 ; 3
               Names (optional): [[Paige|name]] (9) [[Alfie|name]] (3)
DIETARY:       [ ] Halal  [ ] Veg  [x] Other: [[Alfie|name]] - no nuts (not allergic, he chokes)
REASON:        [x] Benefit delay/sanction  [ ] Low income  [ ] Debt  [x] Child holiday hunger  [ ] Other
REFERRER:      [[Bethan Yandle|name]], Social Worker      Tel: [[0300 123 2224|phone]]
               Email: [[bethan.yandle@parrettvale.gov.uk|email]]
COLLECT FROM:  [x] Yeovil Community Church, [[Vicarage Walk|address]]   [ ] Westfield Community Centre
               Opening: Tue/Thu/Sat 10-12
NOTES FOR FOOD BANK: Mum may send a friend to collect ([[Chelsea Dunn|name]]). Has a key meter - please
add a fuel voucher if there is one. Nan (Mrs [[C Hendy|name]], [[Martock|place]]) can also collect on Sat.
---------------------------------------------------------------------------------------------
FOR FOOD BANK USE:  Collected [[07/11/26|date]] by: [[C Dunn|name]]   Volunteer: [[Gordon Pinney|name]]
Fuel voucher given: Y  (£49, Fuel Bank Foundation)  Signposted: Citizens Advice South Somerset
"""),
]


# --- B. Gould / Marsh family (white British), Westfield, Yeovil ----------------------------------------------------------------

HOME_B = d.Address("48 Westfield Crescent", "Westfield", "Yeovil", "BA21 3DF")
GRANDAD_B = d.Address("2 North Street", "", "Stoke-sub-Hamdon", "TA14 6QR")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Gould")], dt.date(2011, 6, 30), addresses=[HOME_B], ids=["7853397062", "C933139022548"],
       schools=["Westfield Academy"]),
    _p("s", "sibling", [("Brooke", "Marsh")], dt.date(2018, 3, 14), addresses=[HOME_B], ids=["4398367616"]),
    _p("m", "mother", [("Lisa", "Gould")], dt.date(1988, 10, 19), addresses=[HOME_B], phones=["07566 190 382"]),
    _p("f", "stepfather", [("Darren", "Marsh")], dt.date(1985, 1, 8), addresses=[HOME_B], phones=["07854 773 210"]),
    _p("g", "grandparent", [("Terry", "Gould")], dt.date(1958, 7, 21), addresses=[GRANDAD_B], phones=["01935 471 903"]),
    _p("p1", "professional", [("Callum", "Bragg")], phones=["01935 426 118"], emails=["callum.bragg@parrettvale.gov.uk"]),
], "c")

DOCS_B = [
    ("child exploitation strategy meeting minutes", """PARRETT VALE COUNCIL - CHILDREN'S SOCIAL CARE
STRATEGY MEETING (CRIMINAL EXPLOITATION) - MINUTES
Child: [[Tyler GOULD|name]]   DOB: [[30/06/2011|dob]]   NHS: [[785 339 7062|nhs]]   UPN: [[C933139022548|upn]]
Address: [[48 Westfield Crescent|address]], [[Yeovil|place]], [[BA21 3DF|postcode]]
Date: Thursday [[22 October 2026|date]], 10:00, Teams       Chair: [[Callum Bragg|name]], Team Manager

Attendees: [[Callum Bragg|name]] (chair); [[Ffion Rudd|name]] (SW, allocated); DS [[Mark Hallett|name]] (Avon and Somerset Police,
Operation Remedy / exploitation team); PC [[Sarah Jeffery|name]] ([[Yeovil|place]] neighbourhood team); [[Anita Voss|name]] (DSL,
[[Westfield
Academy|school]]); [[Jo Pitman|name]] (Youth Justice); [[Kerry Lang|name]] (school nurse). Minutes: [[Amy Rowsell|name]].

1. Reason for the meeting. [[Tyler|name]] (15) was found by British Transport Police at [[Bristol|place]] Temple Meads on
[[19 October|date]]
at 23:40 with £620 in cash, two phones and 14 wraps of what is thought to be crack cocaine in his sock. He had been reported
missing by his mother at 18:00 the day before. He said he had been "at a mate's in [[Hartcliffe|place]]". Third missing
episode since [[1 September|date]] ([[7 September|date]]; [[26|date]]-[[27 September|date]]).

2. Police information (DS [[Hallett|name]]). One of the phones is linked to a line known as "the Jonno line", run from [[Lawrence
Hill|place]] into [[Yeovil|place]] and [[Chard|place]]. An older male, [[Jordan|name]] "[[JJ|name]]" [[Okafor-Lane|name]] (19), of
[[Knowle West|place]],
has been seen with [[Tyler|name]] twice, once in a grey Audi ([[WU70 KZP|vehicle]]) outside the Quedam shopping centre. A
girl of 14 from the [[Westfield|place]] estate, [[Millie Sansom|name]], is believed to hold drugs for the line; she is open to another
team (action: information share).

3. School ([[Anita|name]]). Attendance 61% this term; on a part-time timetable since a fight on [[2 October|date]]; "lovely one to
one, wants to be a mechanic". Peers say he has "a [[Bristol|place]] phone". He told the school nurse he owes "a lot" after his bag was
"taken" on the [[7th|date]].

4. Family ([[Ffion|name]]). Mum, [[Lisa Gould|name]], is frightened and exhausted; stepdad [[Darren Marsh|name]] works away on the
railways Monday to Thursday. [[Brooke|name]] (8) is scared when men knock at night; a brick went through the front window on
[[16 October|date]] (crime ref. 5226/0291345). Grandad, [[Terry Gould|name]], in [[Stoke-sub-Hamdon|place]], has offered to have
[[Tyler|name]] to stay.

Decisions: threshold for a section 47 enquiry met (risk of significant harm from criminal exploitation); NRM referral to be
made by [[Ffion|name]] as first responder; a safety plan including a temporary move to grandad's at [[2 North Street|address]],
[[Stoke-sub-Hamdon|place]]; Youth Justice to ask CPS to consider the section 45 defence; disruption of [[Okafor-Lane|name]]
(CAWN notice). Review strategy meeting [[5 November 2026|date]].

Actions:
| Action                                                        | Who                 | By                 |
| NRM referral                                                  | [[Ffion Rudd|name]]          | [[23/10/2026|date]]         |
| Information share with [[Millie Sansom|name]]'s social worker ([[Gary Tite|name]]) | [[Callum Bragg|name]]        | [[22/10/2026|date]]
       |
| Safety plan with [[Lisa|name]], [[Darren|name]] and grandad [[Terry|name]]             | [[Ffion Rudd|name]]          |
[[24/10/2026|date]]         |
| Trace [[Okafor-Lane|name]]'s address and the Audi                         | DS [[Hallett|name]]          | [[29/10/2026|date]]         |
| Full-time offer / alternative provision for the afternoons    | [[Anita Voss|name]]          | [[30/10/2026|date]]         |
| School nurse check of the wrist burn                          | [[Kerry Lang|name]]          | [[23/10/2026|date]]         |
"""),
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - Somerset missing children service (delivered by a
charity)
Young person: [[Tyler Gould|name]]        Age 15        Missing from: [[19/10/2026|date]] 18:00   Found: [[19/10/2026|date]] 23:40
Interviewer: [[Rhys Mogg|name]]            Date of RHI: [[21/10/2026|date]], 16:00, at grandad's house in [[Stoke sub
Hamdon|place]]
Was the interview within 72 hours? Yes   Was the young person seen alone? Yes (grandad in the garden)

Where did you go? "Got a lift to [[Bristol|place]]. Stayed at someone's flat, don't know the road. [[Bedminster|place]] maybe."
Who were you with? Would not name anyone at first. Later: "[[JJ|name]] and his cousin. And a girl called [[Tay|name]] from
[[Weston|place]]." Said "[[Millie|name]]" from the estate "is in it worse than me".
Did anyone hurt you or make you do anything you did not want to? "Not really." Then showed me a burn on his wrist he said was
from a lighter: "that's what happens if you lose stuff". Said he "owes eleven hundred" for the bag that was taken.
How did you feel? "Sick. I didn't eat. I just wanted to go home but I couldn't."
What would help? "Getting away from [[Yeovil|place]] for a bit. Grandad's is boring but it's safe." Wants to do a mechanics course at
[[Yeovil College|school]] and "get a moped". Would like to talk to [[Ffion|name]] again, "not the police".
Health: burn (1 cm, healing) - advised to see the GP; not sleeping; vapes.
Family: says mum is "stressed", [[Darren|name]] "is alright, he just shouts", misses his sister. Did not want me to tell mum about
the debt.
Risk indicators: debt bondage; violence; out-of-area travel; unknown adults; cash and phones. Risk rating: HIGH.
Shared with: [[Ffion Rudd|name]] (SW) and DS [[Hallett|name]] on [[21/10/2026|date]] at 18:10 by phone, with [[Tyler|name]]'s
knowledge.
Other contacts given by [[Tyler|name]]: his friend [[Reece Coles|name]] ("he's not in it"), his PE teacher Mr [[Dibble|name]] at
[[Westfield|school]] ("the only one I talk to"), his cousin [[Shauna|name]] in [[Sherborne|place]].
Signed: [[R. Mogg|name]]
"""),
    ("Snapchat messages from a police phone download, typed up", """[Avon and Somerset Police - Digital Forensic Unit extract, exhibit
MH/03 (Samsung handset, [[Tyler Gould|name]]).
Snapchat chat "ur boy" (saved messages only), typed up for the strategy meeting of [[5 November 2026|date]] by DS
[[Mark Hallett|name]]. Usernames kept; display names as shown. Times BST.]

[[17/10/2026|date]] 21:14  [[JJ|name]]💰 (jj.bank44): u on tmrw or wat
[[17/10/2026|date]] 21:20  [[ty|name]] (tygould.11): cant my mum took my phone charger lol
[[17/10/2026|date]] 21:21  [[JJ|name]]💰 (jj.bank44): dont lol me. u still owe 1.1. 4 o clock at the quedam or i come 2 urs. i kno were
[[brooke|name]]
go school
[[17/10/2026|date]] 21:22  [[ty|name]] (tygould.11): leave her out of it pls
[[17/10/2026|date]] 21:22  [[ty|name]] (tygould.11): ill be there
[[18/10/2026|date]] 15:58  [[JJ|name]]💰 (jj.bank44): outside card factory
[[18/10/2026|date]] 16:30  [[Millie|name]]🦋 (mills.xo): [[ty|name]] r u ok [[jj|name]] sed ur coming wiv us 2 [[brizzle|place]]
[[18/10/2026|date]] 16:31  [[ty|name]] (tygould.11): ye dont tell my mum or [[darren|name]]
[[18/10/2026|date]] 16:33  [[Millie|name]]🦋 (mills.xo): [[tay|name]] sed u can stay at hers in [[weston|place]] after if u want
[[19/10/2026|date]] 20:02  [[ty|name]] (tygould.11): i want to go home. my wrist is killing me
[[19/10/2026|date]] 20:05  [[JJ|name]]💰 (jj.bank44): u go home wen its done. do the drop at the station and get the 2140 train bak
[[19/10/2026|date]] 23:51  mum (saved contact): [[TYLER|name]] WHERE ARE YOU. POLICE RANG. grandad is driving to [[bristol|place]] now. love
u x
[DS note: "brizzle" is slang for [[Bristol|place]]. "1.1" is thought to mean £1,100. "the quedam" is the Quedam Centre in [[Yeovil|place]].]
"""),
    ("mother's own letter to the head teacher", """[[48 Westfield Cres|address]]
[[Yeovil|place]]
[[26th Oct 2026|date]]

Dear Mr [[Pengelly|name]],

I am writing because I dont think the school understands what is happening with my son [[Tyler|name]] in year 11. I know he
has been rude to Miss [[Voss|name]] and he hit [[Kai Tuckett|name]] on the [[2nd|date]] and I am not making excuses for that. But he
is being used by men from [[Bristol|place]] and the police and [[Ffion|name]] from social services have said so. He is not a
drug dealer he is a child who is scared. When he is on part time he is out on the streets from 12 oclock and thats when they
get him. Please can he have a full timetable or go to [[Brimsmore Learning Centre|school]] in the afternoons like the social
worker said.

He is staying with my dad in [[Stoke|place]] for now so he will be late some days because the bus from [[Stoke-sub-Hamdon|place]]
gets in at 9.05. My dad is [[Terry Gould|name]] his number is [[01935 471903|phone]] and he will bring him on Mondays.

Also his little sister [[Brooke|name]] is at [[Birchfield|school]] and I have told Mrs [[Jewell|name]] there that nobody is allowed to
pick her up apart from me, my partner [[Darren|name]] or my dad. A boy said something to her at the gate about her brother.

I am at the end of my tether. Please ring me on [[07566 190382|phone]] any time, or email me at
[[lisagould88@hotmail.co.uk|email]].

Yours sincerely
[[Lisa Gould|name]] ([[Tyler|name]] and [[Brooke|name]]s mum)

PS [[Darren|name]] says if the school needs him he is back Fridays, his number is [[07854 773210|phone]]. And please dont put
[[Tyler|name]] in detention with [[Jayden Stacey|name]], they are in the same thing.
"""),
]


# --- C. Yusupov / Aminova family (Bukharan Jewish, from Uzbekistan by way of Israel), Lyde Road, Yeovil ---------------------

HOME_C = d.Address("112 Lyde Road", "", "Yeovil", "BA21 5DS")
BABA_C = d.Address("Rehov Bialik 41", "", "Ramat Gan", "5245116")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Daniel", "Yusupov")], dt.date(2012, 5, 3), addresses=[HOME_C], ids=["6650452904", "H933183509573"],
       schools=["Buckler's Mead Academy"]),
    _p("s", "sibling", [("Liora", "Yusupova")], dt.date(2018, 9, 11), addresses=[HOME_C], ids=["5256202278"],
       schools=["St Michael's Academy"]),
    _p("s2", "sibling", [("Binyamin", "Yusupov")], dt.date(2024, 7, 29), addresses=[HOME_C], ids=["4944029071"]),
    _p("m", "mother", [("Margarita", "Aminova")], dt.date(1989, 2, 16), addresses=[HOME_C], phones=["07415 662 039"]),
    _p("f", "father", [("Rafael", "Yusupov")], dt.date(1984, 11, 25), addresses=[HOME_C], phones=["07969 508 114"],
       ids=["SK 30 62 15 D"]),
    _p("g", "grandparent", [("Bella", "Aminova")], addresses=[BABA_C], phones=["+972 3-675-4410"]),
    _p("p1", "professional", [("Harriet", "Stacey")], phones=["01935 426 118"], emails=["harriet.stacey@parrettvale.gov.uk"]),
], "c")

DOCS_C = [
    ("section 47 enquiry outcome summary", """SECTION 47 ENQUIRY - OUTCOME AND ANALYSIS
Child: [[Daniel YUSUPOV|name]] (DOB [[03/05/2012|dob]], NHS [[665 045 2904|nhs]], UPN [[H933183509573|upn]])
Siblings: [[Liora YUSUPOVA|name]] (8); [[Binyamin|name]] "[[Beni|name]]" [[YUSUPOV|name]] (2)
Address: [[112 Lyde Road|address]], [[Yeovil|place]] [[BA21 5DS|postcode]]
Social worker: [[Harriet Stacey|name]]    Enquiry started: [[3 November 2026|date]]    Completed: [[17 November 2026|date]]

Background. The family are Bukharan Jews. Mr [[Rafael Yusupov|name]] was born in [[Samarkand|place]], Uzbekistan, and Mrs [[Margarita|name]]
("[[Rita|name]]")
[[Aminova|name]] in [[Bukhara|place]]; both moved to Israel as children with their parents in the 1990s and lived in [[Ramat Gan|place]]
and [[Or Yehuda|place]], where [[Daniel|name]] and [[Liora|name]] were born. Mr [[Yusupov|name]] came to [[Yeovil|place]] in 2024 as an
avionics engineer at Leonardo Helicopters; the family followed in March 2025. They speak Russian and Hebrew at home,
the parents some Bukhori, the children good English. The nearest synagogue they use is in [[Bristol|place]], about once a
month; they keep a kosher home with food sent from [[London|place]].

Reason for the enquiry. On [[2 November|date]] [[Daniel|name]] (14) told his form tutor at [[Buckler's Mead|school]], Mr
[[Adebayo Cole|name]], that his father "beats me with a belt when I get bad marks" and showed red linear marks on the back of his
thighs. He said it happened on Saturday night ([[31 October|date]]) after a maths test result. A child protection medical on
[[3 November|date]] (Dr [[Priya Menon|name]], Yeovil District Hospital) found four parallel linear bruises consistent with his
account.

What the parents said. Mr [[Yusupov|name]] accepted using a belt "two or three times this year", said that he was brought up "the
same" in [[Samarkand|place]] by his own father, [[Yakov|name]], and that he did not know it was a crime in England. He was shocked
and tearful and has agreed not to use any physical punishment. Mrs [[Aminova|name]] said she had asked him to stop "many
times"; she has been low since the move and is alone all day with [[Beni|name]]. Her mother, [[Bella Aminova|name]], rings every
day from [[Ramat Gan|place]] ([[+972 3-675-4410|phone]]).

Children's views. [[Daniel|name]]: "I don't want Papa arrested, I want him to stop and to stop comparing me with my cousin
[[Eliyahu|name]]." [[Liora|name]] (seen at [[St Michael's|school]] with Mrs [[Orchard|name]], her teacher) said her brother "cries in
the bathroom" and that she is "not hit, only shouted".

Police (DC [[Laura Beer|name]]): the father was interviewed voluntarily on [[9 November|date]]; outcome: a community resolution with
a parenting course.

Analysis and outcome. [[Daniel|name]] has suffered physical harm; the risk of further harm is reduced by the father's acceptance
and the mother's protectiveness, but the pressure on [[Daniel|name]] is high. Outcome: Child in Need plan, not an initial child
protection conference. Actions: a parenting course in Russian (via the interpreting service, interpreter [[Oksana Petrenko|name]]);
GP to review Mrs [[Aminova|name]]'s mood; [[Daniel|name]] offered the school counsellor; review [[15 December
2026|date]].
Professionals consulted: Dr [[Priya Menon|name]] (community paediatrician); Mr [[Adebayo Cole|name]] and Ms [[Jen Hosegood|name]]
([[Buckler's Mead Academy|school]]); Mrs [[Orchard|name]] ([[St Michael's Academy|school]]); health visitor [[Wendy Gillingham|name]] (for
[[Binyamin|name]], seen at home on [[12 November|date]], "thriving"); Dr [[Tamsin Abbott|name]] (GP, Preston Grove Medical Centre); DC
[[Laura Beer|name]]. The family asked that their rabbi in [[Bristol|place]] is not contacted.
[[H. Stacey|name]]
"""),
    ("family Telegram group in Russian and Hebrew, typed up and translated", """[Screenshots of the family Telegram group "Семья 🕎" shown
to [[Harriet Stacey|name]] (SW) by Mrs [[Margarita
Aminova|name]] on [[12 November 2026|date]] and typed up with her permission. Russian (Cyrillic) and Hebrew left as written, with the
interpreter
[[Oksana Petrenko|name]]'s English under each line. Contact names as saved on her phone.]

Мама ([[+972 3-675-4410|phone]]), [[10.11.2026|date]] 08:12:
  [[Риточка|name]], как [[Даниэль|name]]? Папа [[Рафаэля|name]] тоже бил его ремнём, это не оправдание.
  ([[Ritochka|name]], how is [[Daniel|name]]? [[Rafael|name]]'s papa also beat him with a belt, that is no excuse.)
[[Рафаэль|name]], [[10.11.2026|date]] 08:40:
  Я всё понял. Больше никогда. Я записался на курс.
  (I understand everything. Never again. I have signed up for the course.)
[[Йосеф Юсупов|name]] ([[+998 90 314 22 57|phone]]), [[10.11.2026|date]] 09:05:
  Брат, приезжайте летом в [[Самарканд|place]], детям нужен воздух. [[Элияху|name]] передаёт привет [[Дани|name]].
  (Brother, come to [[Samarkand|place]] in the summer, the children need air. [[Eliyahu|name]] says hello to [[Dani|name]].)
[[Лиора|name]] (on her mother's phone), [[10.11.2026|date]] 17:30:
  סבתא אני מתגעגעת!! [[בני|name]] אמר היום "לא" באנגלית 😂
  (Grandma I miss you!! [[Beni|name]] said "no" in English today 😂)
Мама, [[11.11.2026|date]] 07:55:
  Я прилечу [[22 декабря|date]] в [[Бристоль|place]]. [[Рита|name]], встретишь? Поживу у вас на [[Лайд Роуд|address]] до Хануки.
  (I fly into [[Bristol|place]] on [[22 December|date]]. [[Rita|name]], will you meet me? I will stay with you on [[Lyde Road|address]]
  until Chanukah.)
[[Рита|name]], [[11.11.2026|date]] 08:02:
  Да мама. Соцработник [[Гарриет|name]] сказала, что это хорошо.
  (Yes mama. The social worker [[Harriet|name]] said that is good.)
[[Зоя Аминова|name]] ([[+972 54-318-2276|phone]]), [[11.11.2026|date]] 21:14:
  אחותי, תשמרי על עצמך. בקיץ תבואו אלינו ל[[אור יהודה|place]].
  (My sister, look after yourself. In the summer come to us in [[Or Yehuda|place]].)

[Note by [[H. Stacey|name]]: "Мама" is Mrs [[Aminova|name]]'s mother, [[Bella Aminova|name]], in [[Ramat Gan|place]];
[[Yosef Yusupov|name]] is
the father's brother in [[Samarkand|place]]; [[Zoya Aminova|name]] is the mother's sister.]
"""),
    ("GP consultation record extract", """PRESTON GROVE MEDICAL CENTRE - CONSULTATION RECORD (extract for children's social care, with
consent)
Patient: [[AMINOVA, Margarita|name]]   DOB [[16-Feb-1989|dob]]   Address: [[112 Lyde Rd|address]], [[Yeovil|place]], [[BA21 5DS|postcode]]
Mobile [[07415 662039|phone]]

[[19-Nov-2026|date]] 10:20  Dr [[Tamsin Abbott|name]] (face to face; telephone interpreter, Russian, ID 40117)
  History: low mood since moving from Israel Mar 2025; worse since the "trouble with my son" this month. Poor sleep,
    tearful daily, lost interest, "I live for the children only". Husband ([[Rafael|name]]) supportive "now". No English
    classes; no friends in [[Yeovil|place]] apart from a neighbour, Mrs [[Sheila Voake|name]], who "speaks slowly for me". Mother
    ([[Bella|name]]) visiting from Israel in Dec.
  Risk: fleeting thoughts that "everyone would be better without me"; no plans or intent; protective factors: children, faith,
    mother. Child safeguarding: 3 children at home; CIN plan (SW [[H Stacey|name]]). No concerns re care of youngest ([[Binyamin|name]], 2).
  PHQ-9: 19.
  Plan: sertraline 50mg; Talking Therapies self-referral (Russian-speaking therapist requested); Home-Start referral for
    volunteer support; review 2/52; safety-net advice given with interpreter; crisis line number given.
  Coded: Depressive episode. Child in need - family.
[[03-Dec-2026|date]] 09:10  Dr [[T Abbott|name]] (telephone)
  Tolerating sertraline. Sleeping better. Home-Start volunteer ([[Gill|name]]) starting next week. [[Daniel|name]] "happier at school".
    Mother arrives [[22/12|date]]. Continue.
[[04-Dec-2026|date]] 12:30  Admin ([[K. Dampney|name]]): letter from [[Ramat Gan|place]] (Dr [[Shlomo Davidov|name]],
[[Rehov Bialik 41|address]]) re
    the patient's mother's own medication for her visit - scanned to the mother's record, not this one. Husband [[Rafael
    Yusupov|name]] ([[07969 508 114|phone]]) told.
"""),
    ("boy's handwritten note, scanned and OCR'd", """[Scanned at [[Buckler's Mead Academy|school]] on [[2 Nov 2026|date]], 11:48, from a
note [[Daniel|name]] gave his tutor. OCR text below,
uncorrected; the pastoral lead, [[Jen Hosegood|name]], added the corrections after "=".]

Mr [[Co1e|name]] (= [[Cole|name]])
I dont know how to say this so I wrote it. My dad hit me with his be1t on satarday because of the maths test. It
was 54% . He says in [[Samarcand|place]] (= [[Samarkand|place]]) his dad did it to him and he became engineer so its normal . my mum
cried and [[Li0ra|name]] (= [[Liora|name]]) hid in the bedroom with [[Beni|name]]. I dont want to go to the po1ice. I just want it to
stop. Please
dont tell him I told. My cousin [[E1iyahu|name]] (= [[Eliyahu|name]]) gets 100% every time.
I can show you the marks but not in front of [[Ty1er M|name]] (= [[Tyler M|name]]) or anyone from my form.
[[Dani|name]] Y
(10K)
"""),
]


# --- D. Reinhardt / Winterstein family (German Sinti), Crimchard, Chard ---------------------------------------------------------

HOME_D = d.Address("41 Crimchard", "", "Chard", "TA20 1JS")
OMA_D = d.Address("Elisabethstraße 27", "Gaarden", "Kiel", "24143")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Gitta", "Reinhardt")], dt.date(2014, 1, 22), addresses=[HOME_D], ids=["6304408498", "A933265678951"],
       schools=["Holyrood Academy"]),
    _p("s", "sibling", [("Romano", "Reinhardt")], dt.date(2011, 8, 4), addresses=[HOME_D], ids=["7613533654", "U933164108673"],
       schools=["Holyrood Academy"]),
    _p("s2", "sibling", [("Sonny", "Reinhardt")], dt.date(2022, 10, 15), addresses=[HOME_D], ids=["5693421872"]),
    _p("m", "mother", [("Dolores", "Winterstein")], dt.date(1990, 4, 9), addresses=[HOME_D], phones=["07792 034 851"]),
    _p("f", "father", [("Marlon", "Reinhardt")], dt.date(1987, 6, 17), addresses=[HOME_D], phones=["07388 917 426"]),
    _p("g", "grandparent", [("Maria", "Reinhardt")], addresses=[OMA_D], phones=["+49 431 554 2718"]),
    _p("p1", "professional", [("Nicola", "Dommett")], phones=["01460 62 418"], emails=["nicola.dommett@parrettvale.gov.uk"]),
], "c")

DOCS_D = [
    ("education welfare officer's attendance letter", """Parrett Vale Council - Education Welfare Service
[[Chard|place]] Area Office                                                             Tel: [[01460 62 418|phone]]

Private and confidential
Mr [[M Reinhardt|name]] and Ms [[D Winterstein|name]]
[[41 Crimchard|address]]
[[Chard|place]]
[[TA20 1JS|postcode]]
                                                                                            [[9th November 2026|date]]

Dear Mr [[Reinhardt|name]] and Ms [[Winterstein|name]],

Re: [[Gitta Reinhardt|name]] (Year 8, [[Holyrood Academy|school]]), date of birth [[22 January 2014|dob]], UPN [[A933265678951|upn]]

I am writing about [[Gitta|name]]'s attendance, which is 48% this term (from [[3 September|date]] to [[6 November 2026|date]]). I
know from our meeting at your home on [[28 October|date]] that this is not because you do not value school. You told me that
[[Gitta|name]] has been called names because the family are Sinti, that a boy in her tutor group filmed her and put the video on
TikTok with a caption calling her a "gypsy thief", and that since then she has had stomach aches every morning. You also told
me, Ms [[Winterstein|name]], that your grandmother's family were sent from [[Hamburg|place]] to Auschwitz and that you find it very
hard to send your children somewhere you think they are not safe. I am sorry this has happened.

I am not writing to start legal action. I am writing to invite you and [[Gitta|name]] to a meeting at the school on Monday
[[16 November 2026|date]] at 2 pm with Mrs [[Kathryn Loveridge|name]] (Assistant Head, inclusion) and me, so that we can agree a
plan: what the school will do about the bullying and the video, a part-time return with a key adult, and help from the
Gypsy, Roma and Traveller education team ([[Shane Lee|name]], who knows your cousins in [[Bridgwater|place]]). [[Romano|name]]'s
attendance at [[Holyrood|school]] is good (93%) and he has offered to walk [[Gitta|name]] in.

You asked me to write in plain English; if you would like a German copy, please tell me. My mobile is [[07507 228 614|phone]] and
my email is [[nicola.dommett@parrettvale.gov.uk|email]].

Yours sincerely,
[[Nicola Dommett|name]]
Education Welfare Officer
cc: [[K. Loveridge|name]], [[Holyrood Academy|school]]; [[Shane Lee|name]], GRT education team; [[Abena Ofori|name]], Early Help
([[Chard|place]])
"""),
    ("WhatsApp voice notes in German, transcribed and translated", """[Voice notes in German and Romanes from the mother's WhatsApp,
played to [[Nicola Dommett|name]] (EWO) and
[[Abena Ofori|name]] (early help) on [[18 November 2026|date]] at the family's request, transcribed and translated by the interpreter
[[Anja Brüggemann|name]]. Romanes words are left as spoken and glossed. Sender names as saved.]

Oma [[Kiel|place]] ([[+49 431 554 2718|phone]]), [[14.11.26|date]], 0:48
  "[[Lolo|name]], mein Kind, lass die [[Gitta|name]] nicht allein in die Schule, die Gadsche verstehen das nicht. Komm
  Weihnachten nach [[Kiel|place]], [[Gaarden|place]], wie immer. Tata [[Marlon|name]] soll fahren."
  ([[Lolo|name]], my child, don't let [[Gitta|name]] go to school on her own, the gadsche [non-Sinti] don't understand that. Come to
  [[Kiel|place]] for Christmas, to [[Gaarden|place]], as always. [[Marlon|name]] should drive.)
Tante [[Rosi|name]] ([[+49 40 3896 1142|phone]]), [[14.11.26|date]], 1:12
  "Bei uns in [[Wilhelmsburg|place]] hat die Schule einen Sinti-Mediator, Herr [[Rose|name]]. Vielleicht gibt es das in England
  auch? Die [[Gitta|name]] ist ein kluges Mädchen, sie darf nicht aufhören."
  (Here in [[Wilhelmsburg|place]] the school has a Sinti mediator, Mr [[Rose|name]]. Maybe they have that in England too? [[Gitta|name]]
  is a clever girl, she mustn't give up.)
[[Gitta|name]] (on her mother's phone), [[15.11.26|date]], 0:31
  "Mama ich geh Montag hin, aber nur wenn [[Romano|name]] mitkommt und der [[Mason|name]] nicht da ist."
  (Mum, I'll go on Monday, but only if [[Romano|name]] comes with me and [[Mason|name]] isn't there.)
Onkel [[Tschabo|name]] ([[+49 176 4821 3306|phone]]), [[16.11.26|date]], 0:55
  "Ich hab das Video gesehen. Ich komm rüber, ich red mit dem Vater von dem Jungen." ([[Dolores|name]], replying: "Nein! Lass
  das. Die Schule macht das.")
  (I've seen the video. I'm coming over, I'll talk to the boy's father. - No! Leave it. The school is dealing with it.)
[[Romano|name]] ([[07886 214 573|phone]]), [[17.11.26|date]], 0:22
  "Mama, Frau [[Loveridge|name]] hat angerufen, [[Gitta|name]] kann morgen mit mir zu Miss [[Kaur|name]] in die Bibliothek."
  (Mum, Mrs [[Loveridge|name]] rang, [[Gitta|name]] can come with me to Miss [[Kaur|name]] in the library tomorrow.)

[Interpreter's notes: "Oma" (grandmother), "Tante" (aunt) and "Onkel" (uncle) are how the contacts are saved. "[[Lolo|name]]" is the
mother's family name for [[Dolores|name]]. "Tata" here is a respectful word, not a name.]
"""),
    ("early help assessment and family plan", """EARLY HELP ASSESSMENT (EHA) AND FAMILY PLAN          Lead practitioner:
[[Abena Ofori|name]], Family Practitioner
Family: [[REINHARDT|name]] / [[WINTERSTEIN|name]]     Address: [[41 Crimchard|address]], [[Chard|place]] [[TA20 1JS|postcode]]
Date of assessment: [[20/11/2026|date]]      Consent: both parents (signed)      Language: English (parents also German and Romanes)

WHO IS IN THE FAMILY
| Name                    | Relationship   | DOB          | School / setting                 |
| [[Dolores Winterstein|name]]     | Mum            | [[09/04/1990|dob]]   | -                                |
| [[Marlon Reinhardt|name]]        | Dad            | [[17/06/1987|dob]]   | works nights, Numatic, [[Chard|place]]   |
| [[Romano Reinhardt|name]]        | Son            | [[04/08/2011|dob]]   | [[Holyrood Academy|school]], Yr 10          |
| [[Gitta Reinhardt|name]]         | Daughter       | [[22/01/2014|dob]]   | [[Holyrood Academy|school]], Yr 8           |
| [[Sonny Reinhardt|name]]         | Son            | [[15/10/2022|dob]]   | [[Little Acorns|school]] pre-school, [[Tatworth|place]] |
Important people: Oma [[Maria Reinhardt|name]] ([[Elisabethstraße 27|address]], [[24143|postcode]] [[Kiel|place]]); aunt [[Rosi
Winterstein|name]] ([[Hamburg-Wilhelmsburg|place]]); uncle [[Tschabo Reinhardt|name]] (lorry driver, [[Kiel|place]]); neighbour [[Pat
Bowditch|name]] at [[no. 39|address]], who minds [[Sonny|name]].

WHAT IS WORKING WELL
- A close, loving family; both parents warm with the children; [[Romano|name]] protective of his sister.
- [[Marlon|name]] in steady work since the family moved from [[Kiel|place]] to [[Chard|place]] in August 2023.
- [[Gitta|name]] loves reading and drawing; her German report from [[Kiel|place]] shows she was a strong student (see scan).

WHAT WE ARE WORRIED ABOUT
- [[Gitta|name]]'s attendance (48%) after racist bullying and a video posted online on [[19 October|date]]; stomach aches, not
  sleeping, staying in her room. She says: "They think we steal. My great-grandma was in a camp. Nobody at school knows
  what Sinti even are."
- [[Dolores|name]]'s own anxiety about school and authorities (her family history); she walks [[Gitta|name]] back home if she cries.
- The uncle's wish to "sort it" with the other boy's family (see voice notes) - a risk of escalation.

FAMILY PLAN (reviewed every 6 weeks; next [[8 January 2027|date]])
1. School: the boy ([[Mason T|name]]) moved tutor group; video taken down (done [[21/11|date]]); PC [[Ollie Cridland|name]] (schools
   officer) to talk to Year 8 about hate incidents. - Mrs [[Loveridge|name]]
2. Phased return: 3 mornings a week from [[23 November|date]] with key adult Miss [[Kaur|name]]; lunch in the library. - School
3. GRT education team: [[Shane Lee|name]] to do a Sinti history session with [[Gitta|name]]'s form in February, with her say-so.
4. Family: [[Abena|name]] to see [[Dolores|name]] weekly; referral to the Somerset Wellbeing Service for her anxiety. - [[Abena|name]]
5. [[Marlon|name]] to ring his brother [[Tschabo|name]] and ask him not to come; family to tell [[Abena|name]] if he does.
Signatures: [[D. Winterstein|name]]    [[M. Reinhardt|name]]    [[A. Ofori|name]]    G.R. ("[[Gitta|name]] agrees")
"""),
    ("German school report, scanned and OCR'd with a translation", """[Scan of a school report brought by the parents; OCR text with the
worst errors left in; English by the
interpreter [[Anja Brüggemann|name]] on [[20/11/2026|date]].]

[[Gemeinschaftsschule am Brook|school]]      Landeshauptstadt [[Kie1|place]]
HALBJAHRESZEUGNIS  Schuljahr 2022/23       Klasse 5b
Name: [[Reinhardt, Gitta|name]]            geboren am: [[22.0l.2014|dob]]   in: [[Kiel|place]]
Anschrift: [[Elisabethstr. 27|address]], [[24l43|postcode]] [[Kiel-Gaarden|place]]
Deutsch 2  Mathematik 2  Englisch 1  Kunst 1  Sport 3  Musik 2
Fehltage: 3 (davon unentschuldigt: 0)
Bemerkungen: [[Gitta|name]] ist eine fleißige und hilfsbereite Schülerin. Sie liest sehr viel und hat im Vorlesewettbewerb
den 2. Platz belegt. Sie sollte sich im Unterricht öfter melden.
[[Kiel|place]], den [[27.0l.2023|date]]
[[K. Sch
röder|name]] (Klassenlehrerin)                     Dr. [[H. Petersen|name]] (Schulleiter)
Kenntnis genommen: [[M. Reinhardt|name]]

English: Half-year report 2022/23, class 5b, [[Gitta Reinhardt|name]], born [[22 January 2014|dob]] in [[Kiel|place]]; address
[[Elisabethstraße 27|address]], [[Kiel-Gaarden|place]]. German 2, maths 2, English 1 (the top grade), art 1, PE 3, music 2. Days
absent: 3 (unexcused 0). Remarks: "[[Gitta|name]] is a hard-working and helpful pupil. She reads a great deal and came second in
the reading-aloud competition. She should put her hand up more often in class." Signed by her class teacher, Ms [[K.
Schröder|name]], and the head, Dr [[H. Petersen|name]], [[27 January 2023|date]].
"""),
]


# --- E. Pardoe / Vickery family (white British, a Royal Navy family), Winterhay, Ilminster --------------------------------------

HOME_E = d.Address("9 Winterhay Green", "Winterhay", "Ilminster", "TA19 9AW")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Isla", "Vickery")], dt.date(2020, 7, 2), addresses=[HOME_E], ids=["7119679996", "K933194517191"],
       schools=["Greenfylde CofE First School"]),
    _p("s", "sibling", [("Freddie", "Pardoe")], dt.date(2015, 3, 28), addresses=[HOME_E], ids=["6598389089", "U933127299128"],
       schools=["Ilminster Avenue E-ACT Academy"]),
    _p("m", "mother", [("Gemma", "Pardoe")], dt.date(1992, 9, 13), addresses=[HOME_E], phones=["07947 113 580"],
       ids=["NB 62 40 17 C"]),
    _p("f", "father", [("Ryan", "Vickery")], dt.date(1989, 4, 30), addresses=[HOME_E], phones=["07425 889 301"]),
    _p("g", "grandparent", [("Jean", "Pardoe")], dt.date(1963, 1, 19), phones=["01460 54 931"]),
    _p("p1", "professional", [("Owen", "Parsley")], phones=["01460 65 207"], emails=["owen.parsley@parrettvale.gov.uk"]),
], "c")

DOCS_E = [
    ("naval service welfare referral to children's services", """ROYAL NAVY FAMILY AND PEOPLE SUPPORT (RNFPS) - SOUTH WEST
RNAS YEOVILTON
REFERRAL TO LOCAL AUTHORITY CHILDREN'S SERVICES                           Protective marking: OFFICIAL-SENSITIVE PERSONAL

Date of referral: [[14 Oct 26|date]]        Referrer: [[Claire Hebditch|name]], Family Support Worker       Tel: [[01935 455 210|phone]]
Service person: CPO [[VICKERY, Ryan|name]], 847 Naval Air Squadron, currently deployed (returns approx. mid-December)
Partner: [[Gemma PARDOE|name]] (not married; not entitled to service housing; private rent)
Address: [[9 Winterhay Green|address]], [[Ilminster|place]], [[TA19 9AW|postcode]]       Partner's mobile: [[07947 113580|phone]]
Children: [[Freddie PARDOE|name]] ([[28/03/2015|dob]]), [[Avenue Academy|school]] ([[Gemma|name]]'s son; CPO [[Vickery|name]] is his
stepfather); [[Isla VICKERY|name]] ([[02/07/2020|dob]]), [[Greenfylde First School|school]]

Reason for referral:
On [[12 Oct|date]] [[Gemma|name]] rang the duty line at 23:10 asking for help to "get him to stop ringing". She said CPO
[[Vickery|name]] had called 30+ times from the ship over the weekend on a satellite line, accusing her of an affair with a
neighbour ([[Lee Dinham|name]]) and saying he would "sort it when I'm back". She said this is not new: before the deployment he
pushed her into the fridge in front of [[Isla|name]] (June 2026, not reported), checks her bank app and took her car keys
when he went away. She sounded intoxicated. [[Freddie|name]] (11) answered the phone first and said "Mum's crying again".
On [[13 Oct|date]] I visited with the Welfare Officer, Lt [[Sian Gulliford|name]]: [[Gemma|name]] was sober, embarrassed, and asked us
"not to get [[Ryan|name]] in trouble with the Navy". The house was clean; the children were at school. Maternal grandmother, [[Jean
Pardoe|name]], lives in [[Crewkerne|place]] ([[01460 54 931|phone]]) and helps with the school run.

Action by the Service: the Commanding Officer informed; CPO [[Vickery|name]] spoken to by his Divisional Officer and the ship's
welfare team; phone contact limited; a Service Police (RNP) report made. We ask Children's Services to consider
the children's welfare, the domestic abuse (DASH completed: 13 yeses, high risk; MARAC referral made) and the mother's
drinking.
Signed: [[C. Hebditch|name]]
"""),
    ("initial child protection conference report", """PARRETT VALE COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[Isla Vickery|name]] (6), DOB [[2 July 2020|dob]], NHS [[711 967 9996|nhs]]; [[Freddie Pardoe|name]] (11), DOB [[28 March
2015|dob]], NHS [[659 838 9089|nhs]], UPN [[U933127299128|upn]]
Conference date: Wednesday [[18 November 2026|date]], 10:00, Ilminster Town Hall (hybrid)
Social worker: [[Owen Parsley|name]]   Team manager: [[Rachel Gillard|name]]   Chair: [[Sue Bartlett|name]] (IRO)

1. Family. Mother [[Gemma Pardoe|name]] (34), a teaching assistant at a primary school in [[Horton|place]] until September. Her
partner, CPO [[Ryan Vickery|name]] (37), Royal Navy aircraft engineer, is [[Isla|name]]'s father and [[Freddie|name]]'s stepfather;
[[Freddie|name]]'s father, [[Jason Hurford|name]], lives in [[Taunton|place]] and sees him every other weekend. Grandmother [[Jean
Pardoe|name]] lives in [[Crewkerne|place]]. The family moved to [[Ilminster|place]] from [[Helston|place]] (RNAS Culdrose) in 2023.

2. Incidents since the referral. (a) [[26 October|date]]: police called by a neighbour, Mrs [[Brenda Chubb|name]] (at
[[no. 11|address]]), after [[Freddie|name]] was seen in the street at 21:30 in pyjamas; [[Gemma|name]] was found asleep on the sofa, an
empty bottle of vodka beside her, [[Isla|name]] asleep upstairs. (b) [[6 November|date]]: [[Freddie|name]] told his teacher,
Mr [[Sparrow|name]], at [[Ilminster Avenue|school]] that his stepdad "will kill mum when he gets home" and that he hides the car
keys so mum "can't drive drunk".

3. The children. [[Isla|name]] is a chatty girl who loves her dad ("my daddy fixes helicopters"); her school report that she
is often late and hungry on Mondays. [[Freddie|name]] is a quiet, anxious boy who takes on the job of looking after his mother
and sister; he is a young carer in all but name. Both children were seen alone.

4. Parents' views. [[Gemma|name]]: "I drink because I'm on my own and I'm scared of him coming back." She has started with
Somerset Drug and Alcohol Service (keyworker [[Matt Rendell|name]]). CPO [[Vickery|name]] (by a welfare call from the ship
on [[16 November|date]]): denied any violence; said [[Gemma|name]] "makes things up when she's drunk"; he wants to come home to
[[Ilminster|place]] on leave on [[17 December|date]].

5. Analysis. Cumulative neglect linked to the mother's drinking, and emotional harm from coercive control and the threats
heard by [[Freddie|name]]. Recommendation: both children subject to child protection plans under the category of emotional
abuse; a written agreement on the father's return; Operation Encompass notifications to both schools; young carers
assessment for [[Freddie|name]].
[[Owen Parsley|name]], Social Worker, [[11/11/2026|date]]

Distribution (after the conference): [[Gemma Pardoe|name]]; CPO [[Ryan Vickery|name]] (via RNFPS, [[Claire Hebditch|name]]); [[Jason
Hurford|name]] (for [[Freddie|name]] only); [[Helen Stuckey|name]] ([[Greenfylde First School|school]]); [[Tom Sparrow|name]] ([[Ilminster
Avenue|school]]); [[Matt Rendell|name]] (SDAS); PC [[Gareth Dyer|name]] ([[Ilminster|place]] neighbourhood policing team); health visitor
not needed ([[Isla|name]] is 6); school nurse [[Becky Hallam|name]]. Core group: Wednesday [[9 December 2026|date]], 15:30, at
[[Greenfylde|school]]. Review conference: [[10 February 2027|date]].
"""),
    ("email thread between school, social worker and naval welfare", """From: [[Owen Parsley|name]]
<[[owen.parsley@parrettvale.gov.uk|email]]>
Sent: [[01 December 2026|date]] 16:42
To: [[Helen Stuckey|name]] <[[h.stuckey@greenfylde.somerset.sch.uk|email]]>; [[Claire Hebditch|name]]
Cc: [[Rachel Gillard|name]]
Subject: RE: RE: [[Isla|name]] V - dad's leave / pick-ups

Thanks both. So we are all clear: until the core group on [[9 Dec|date]], CPO [[Vickery|name]] does NOT collect [[Isla|name]] from school
and any contact is at [[Jean Pardoe|name]]'s in [[Crewkerne|place]] with [[Jean|name]] present. If he turns up at the gate please ring
me ([[07867 402 155|phone]]) and, if he will not leave, 999. [[Owen|name]]

> From: [[Claire Hebditch|name]] (RNFPS)
> Sent: [[01 December 2026|date]] 14:05
> [[Owen|name]], the ship is alongside in [[Portsmouth|place]] from the [[12th|date]] and his leave starts the [[17th|date]]. His DO has
> given him the written agreement and he has signed it. He has asked to stay at a mate's in [[Yeovilton|place]] village
> rather than the Mess. I don't have the address yet - will send. He also asked me to pass on that he has "booked the
> course" (the Navy's domestic abuse perpetrator programme). [[Claire|name]]
>
>> From: [[Helen Stuckey|name]] (DSL, [[Greenfylde|school]])
>> Sent: [[30 November 2026|date]] 08:57
>> Morning [[Owen|name]], quick one - [[Isla|name]] told her TA (Mrs [[Lacey|name]]) today that "Daddy is coming home for
>> Christmas and he's picking me up from school in his big car". Mum says she hasn't told her that and is worried he has
>> been messaging [[Isla|name]] on the old iPad. Also [[Freddie|name]]'s dad, [[Jason|name]], rang us asking for [[Isla|name]]'s
>> Christmas play date (it's [[15/12|date]]) - we said ask mum. Can you advise? [[Helen|name]]
>> [[Helen Stuckey|name]] | Headteacher and DSL | [[Greenfylde First School|school]] | [[01460 52 370|phone]]
"""),
    ("social worker's notes typed fast on a phone", """[Notes app, [[O Parsley|name]]'s work phone, pasted into the case record on
[[18/12/2026|date]]. Left as typed.]

17/12 dad home 2day. rang [[gemma|name]] 0915 - ok, kids at school, she's been dry 16 days (says). [[jean|name]] staying over at
[[winterhay green|address]] til sun
17/12 1320 [[helen s|name]] rang - [[ryan|name]] at [[greenfylde|school]] gate 1250 in black pickup [[WG21 OXK|vehicle]]!! asked for
[[isla|name]], told no,
left w/out fuss. [[isla|name]] didnt see. logged. told [[claire h|name]] (navy)
17/12 1400 rang [[ryan|name]] [[07425 889 301|phone]] - v calm, "just wanted to see her face", "nobody told me" (he signed it 1st
dec). reminded of agreement. he's at [[kev moorcroft|name]]s, [[3 church cottages|address]], [[yeovilton|place]]. agreed contact sat
at [[jeans|name]] in [[crewk|place]] 10-12
17/12 1530 [[freddie|name]] txt'd mum from [[avenue|school]] "is he at ours". mum ok. [[freddie|name]] going to his dad [[jason|name]] in
[[taunton|place]] fri-sun anyway
18/12 0830 mrs [[chubb|name]] (no 11) rang duty - car outside [[no 9|address]] at 0630 then drove off. ?[[ryan|name]]. told
[[gemma|name]], police
aware (PC [[dyer|name]] [[ilminster|place]] NPT)
18/12 1010 rang [[jean|name]] [[01460 54 931|phone]] - she'll have the kids sat, [[ryan|name]] can come 10-12 as agreed. she
says [[gemma|name]] "doing well", went to AA at [[south petherton|place]] tues w/ [[lou|name]] from next door
18/12 1045 [[matt r|name]] - [[gemma|name]]'s test clear wk of [[14/12|date]]. next appt [[22nd|date]]
18/12 todo: strat mtg? ring [[rachel g|name]]. write to [[ryan|name]] re agreement breach. chase [[matt r|name]] re [[gemma|name]]s test
"""),
]


# --- F. Greenslade / Bailey family (White and Black Caribbean), Avishayes, Chard ------------------------------------------------

HOME_F = d.Address("16 Avishayes Road", "Avishayes", "Chard", "TA20 1NR")
DAD_F = d.Address("Flat 7, Campbell Court, 20 Grosvenor Road", "St Pauls", "Bristol", "BS2 8XJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Amara", "Greenslade")], dt.date(2014, 8, 6), addresses=[HOME_F], ids=["4312589720", "C933143502571"],
       schools=["Holyrood Academy"]),
    _p("s", "sibling", [("Kai", "Bailey")], dt.date(2010, 2, 19), addresses=[HOME_F], ids=["4359248687"]),
    _p("m", "mother", [("Jade", "Greenslade")], dt.date(1991, 11, 1), addresses=[HOME_F], phones=["07712 658 340"]),
    _p("f", "father", [("Marcus", "Bailey")], dt.date(1986, 5, 23), addresses=[DAD_F], phones=["07399 145 672"]),
    _p("g", "grandparent", [("Pearl", "Bailey")], phones=["+1 876 962 4417"]),
    _p("p1", "professional", [("Tess", "Merrifield")], phones=["01460 65 207"], emails=["tess.merrifield@parrettvale.gov.uk"]),
], "c")

DOCS_F = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Amara GREENSLADE|name]] (DOB [[06.08.2014|dob]]) and
[[Kai BAILEY|name]] (DOB [[19.02.2010|dob]])
Compiled by [[Tess Merrifield|name]] (SW) from the records of children's services, the GP, [[Holyrood Academy|school]], police and
Somerset NHS Foundation Trust. Address throughout unless stated: [[16 Avishayes Road|address]], [[Chard|place]] [[TA20 1NR|postcode]].

Date | Event | Source
[[06/08/2014|date]] | [[Amara|name]] born at Musgrove Park Hospital, [[Taunton|place]]; family then in
  [[Easton|place]], [[Bristol|place]] | GP
03/2019 | Mother and children move to [[Chard|place]] to be near maternal nan, [[Sandra Greenslade|name]] ([[Tatworth|place]]) | Housing
[[11/11/2022|date]] | Father, [[Marcus Bailey|name]], arrested after an argument at the door; NFA; he moves to [[St Pauls|place]] | Police
2023 | [[Kai|name]] excluded for 5 days for carrying a lock knife "for protection" after being chased by boys from
  [[Ilminster|place]] | School
[[14/06/2026|date]] | Nan [[Sandra|name]] dies (cancer). [[Amara|name]] "stops eating properly" (mother) | GP
[[21/09/2026|date]] | [[Amara|name]] tells the school counsellor, [[Jo Bonfield|name]], she cuts her arms; DSL rings mum | School
[[02/10/2026|date]] | GP (Dr [[Okoro|name]], Church Street Surgery) refers to CAMHS; routine; 18-week wait | GP
[[30/10/2026|date]] | [[Amara|name]] takes 16 paracetamol after messages from an older boy, "[[Kingston|name]]", ask her for
  photos | A&E / police
[[31/10/2026|date]] | CAMHS liaison assessment at Musgrove Park; discharged home with a safety plan | CAMHS
[[03/11/2026|date]] | Strategy discussion: "[[Kingston|name]]" is [[Kingston Ashby|name]] (19) of [[Crewkerne|place]]; police
  investigation | Police
[[10/11/2026|date]] | Great-grandmother [[Pearl Bailey|name]] leaves a voicemail from [[Mandeville|place]] offering to have
  [[Amara|name]] | Mother
[[12/11/2026|date]] | Threatening voicemail to mum from an unknown number; DC [[Gorringe|name]] informed | Police
[[17/11/2026|date]] | [[Kingston Ashby|name]] arrested at [[Perry Street|address]], [[South Chard|place]]; bailed not to contact
  [[Amara|name]] | Police
[[24/11/2026|date]] | Family group conference at Chard Guildhall; plan agreed | SW

Note: the year alone for [[Kai|name]]'s exclusion is as in the school's record; the exact date is not known. [[T. Merrifield|name]]
"""),
    ("hospital CAMHS liaison assessment after an overdose", """SOMERSET NHS FOUNDATION TRUST - CAMHS PAEDIATRIC LIAISON - ASSESSMENT
Name: [[Amara Greenslade|name]]   DOB: [[06/08/2014|dob]]   NHS No: [[431 258 9720|nhs]]   Ward: Paediatric (Musgrove Park)
Seen: [[31/10/2026|date]] 11:15-12:40 by [[Dele Ashworth|name]], CAMHS Liaison Nurse, with [[Amara|name]] alone, then with her mum
([[Jade|name]]) and brother ([[Kai|name]], 16, who asked to stay)

Presentation: admitted [[30/10/2026|date]] 22:05 after taking 16 x 500mg paracetamol at about 19:00 at home; told her brother at
21:30, who rang 111 and then drove with mum. Paracetamol level above the line; NAC completed; bloods normal this morning.

[[Amara|name]]'s account: since the summer an older boy she met on Snapchat ("[[Kingston|name]]", said he was 17, from
[[Crewkerne|place]]) had been "really nice" and then asked for photos. She sent two. On [[30 Oct|date]] he said he would send them
to her year group unless she sent more and met him at the skate park. "I just wanted everything to stop." She said she did
not want to die "now", but did then. She has cut her forearms since June, after her nan ([[Sandra|name]]) died; "nan was
the one I told stuff to". She goes to nan's grave at [[Tatworth|place]] church with [[Kai|name]].

Mum's account: [[Jade|name]] (works at a care home in [[Chard|place]], night shifts) had no idea about the boy. Dad, [[Marcus|name]],
lives in [[Bristol|place]]; [[Amara|name]] sees him "when he remembers". [[Kai|name]] said, "I'll find him." Mum and I asked him
not to.

Risk: moderate-high; impulsive overdose in the context of exploitation and grief; protective: close to brother, mum, her
art; engages well. Safeguarding: sexual exploitation / sextortion - police informed (PC [[Ali Gorringe|name]], CAD 1144 of
[[30/10|date]]); children's services (EDT, [[Mark Yeandle|name]]) informed at 01:10.
Plan: discharge with a safety plan (meds locked away; mum to hold phone at night for 2 weeks; Childline and Shout numbers);
CAMHS follow-up within 7 days ([[Chard|place]] CAMHS team, Dr [[Hana Malik|name]]); school (DSL, Mr [[Brent|name]]) informed with consent;
bereavement referral (Winston's Wish).
[[D. Ashworth|name]], [[31/10/2026|date]] 13:05
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Amara|name]] (12) and [[Kai|name]] (16)        Held: [[24 November 2026|date]], Chard Guildhall
Coordinator: [[Femi Adeyinka|name]] (independent)      Social worker: [[Tess Merrifield|name]]

Who came: [[Jade Greenslade|name]] (mum); [[Marcus Bailey|name]] (dad, from [[Bristol|place]]); [[Amara|name]]; [[Kai|name]]; Auntie
[[Leanne Greenslade|name]] (mum's sister, [[Axminster|place]]); Nana [[Joy Bailey|name]] (dad's mum, [[Easton|place]]); Great-
Grandma [[Pearl Bailey|name]] (born in [[Kingston|place]], on speakerphone from [[Mandeville|place]], Jamaica, [[+1 876 962 4417|phone]]);
Mr [[Dave Brent|name]] (DSL,
[[Holyrood|school]], for the information part); family friend [[Precious Nwosu|name]] (church).

What we are worried about (in [[Amara|name]]'s words): "That I'll feel like that again. That [[Kingston|name]] will post the photos.
That [[Kai|name]] will get in trouble."

OUR PLAN
1. Keeping [[Amara|name]] safe at night: mum's phone rule for 2 more weeks; meds in the lockbox; [[Kai|name]] or Auntie
   [[Leanne|name]] with [[Amara|name]] on mum's night shifts (Tues and Thurs) - [[Leanne|name]] will stay at [[Avishayes|place]].
2. Someone to talk to: Nana [[Joy|name]] rings every Sunday; Great-Grandma [[Pearl|name]] on WhatsApp video once a month; Winston's
   Wish for grief; CAMHS on Wednesdays (Dr [[Malik|name]]).
3. Dad: [[Marcus|name]] will have [[Amara|name]] and [[Kai|name]] at his flat, [[Flat 7, Campbell
   Court|address]], [[St Pauls|place]], one weekend in
   three, starting [[5 December|date]], and come to [[Chard|place]] for her birthday in August. He will take [[Kai|name]] to look at
   the motor vehicle course at [[City of Bristol College|school]].
4. [[Kai|name]]: will leave [[Kingston Ashby|name]] to the police (DC [[Gorringe|name]]), and talk to dad or [[Femi|name]] if he feels
   like "doing something". The family know the risk if he carries a knife again.
5. Summer: [[Pearl|name]] has offered for [[Amara|name]] and mum to visit [[Mandeville|place]] in [[July 2027|date]]. Family to save.
Review: [[26 January 2027|date]]. Agreed by everyone present. Signed [[F. Adeyinka|name]].
"""),
    ("voicemails typed up from the mother's phone", """[Voicemails on [[Jade Greenslade|name]]'s phone ([[07712 658 340|phone]]), played
to [[Tess Merrifield|name]] (SW) on [[12/11/2026|date]]
and typed up word for word with [[Jade|name]]'s agreement. Caller as shown on the phone.]

1) "Granny [[Pearl|name]] Jamaica" [[+1 876 962 4417|phone]], Tue [[10 Nov|date]], 23:02 (17:02 Jamaica time), 1 min 48 s
"[[Jade|name]], darlin', is Granny [[Pearl|name]]. [[Marcus|name]] tell me 'bout [[Amara|name]]. Lawd. Listen me, you send that chile to
me in [[Mandeville|place]]
when school done, she can help me wid the shop an' go church wid me, nobody can trouble her here. Tell her Granny love
her. Call me back, you hear? Me number is the same one. Bless up."

2) "[[Marcus|name]]" [[07399 145 672|phone]], Wed [[11 Nov|date]], 19:40, 0 min 52 s
"[[Jade|name]] it's me. I spoke to the social, [[Tess|name]], she's alright actually. Look, I know I ain't been there. I'll come to the
meeting. Tell [[Kai|name]] don't do nothing stupid about that [[Kingston|name]] yout, I mean it, the feds are on it. Laters."

3) Unknown number [[07953 301 448|phone]], Wed [[11 Nov|date]], 22:15, 0 min 20 s
(a man's voice) "Tell your girl she's a snitch. [[Crewkerne|place]]'s not far." (Given to the police the next morning: DC
[[Gorringe|name]], crime ref. 5226/0311872.)

4) "Nana [[Joy|name]]" [[0117 955 3308|phone]], Thu [[12 Nov|date]], 08:15, 1 min 05 s
"Morning [[Jade|name]] love, it's [[Joy|name]]. I'll come down on the train to [[Crewkerne|place]] Saturday if someone can fetch me,
and I'll bring [[Amara|name]] the sketchbooks from [[Marcus|name]]'s old room. Don't you worry about [[Kai|name]], I'll talk to him."
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 165 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:27 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "lt", "cpo", "cllr", "nurse", "sister",
           "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "great-grandma", "mum", "mummy", "dad",
           "daddy", "aunty", "auntie", "uncle", "mama", "papa", "oma", "opa", "tante", "onkel", "tata", "herr", "frau",
           "мама", "папа", "бабушка", "סבתא", "the"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "somerset", "south somerset", "devon", "dorset",
               "jamaica", "israel", "uzbekistan", "germany", "schleswig-holstein", "europe", "the caribbean"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Oma Maria",
# "Tante Rosi", "Onkel Tschabo", "Tata Marlon", "Herr Rose", "Granny Pearl", "Auntie Leanne", "Nana Joy", "CPO Ryan
# Vickery", "Lt Sian Gulliford"; and after one: "senior", "junior") and counties, regions and countries ("Somerset",
# "Jamaica", "Israel", "Uzbekistan", "Germany").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
