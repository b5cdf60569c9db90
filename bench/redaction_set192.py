"""Set 192: a held-out hand-written set for the redaction detector, six invented families around Billericay, Wickford and
Brentwood.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set190.py, bench/redaction_set191.py, bench/redaction_set193.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set181.py (its docstring, its first family's record,
first document and the start of its second, its
last family's last documents and its closing lines: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet) and
tests/test_redaction_set181.py in full, whose shape this set copies; bench/redaction_set21.py was NOT read (its conventions were
taken as set 181 restates them); the `_party`, `Records` and `HandSet` lines of bench/redaction_handwritten.py (a grep that also
showed a few lines of its example record); and the docstrings of bench/redaction_set7.py to bench/redaction_set189.py, searched
by script (ast.get_docstring) for the towns, districts and communities named here, printing only the set numbers that matched,
never their text. That search showed "Stock" (a common word), "Hutton" (set 140) and "Blackmore" (set 183) in earlier
docstrings, so none of them is a home here (Stock and Hutton appear only as places other people live); Cebuano, Cebu, Bisaya
and Visayan were found in none. Phone numbers were checked with the phonenumbers library; NHS numbers and UPNs (LA 881, Essex)
were made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, each in a village or district the earlier docstrings did not show as a family's home: a white British mother,
her partner and two children in Great Burstead, Billericay, with a nan in Laindon (Dunmore / Catchpole; neglect and domestic
abuse, a baby's unexplained bruise, child protection plans); a Cebuano (Bisaya-speaking, from Cebu in the Philippines) family
in Shotgate, Wickford (Abella / Dela Cruz; a father's violence and drinking, a girl of 14 showing her tutor the family chat in
Cebuano, a grandmother and uncle in Lapu-Lapu, a refuge); a white British boy of 15 in Pilgrims Hatch, Brentwood (Osborne;
missing to Westcliff, county lines, an older "Bugsy"); a white British family in Runwell, Wickford (Reeve; a mother's heroin and
a father's alcohol use, a girl of nearly 3 with speech delay, an aunt in Rayleigh); a white British and British Nigerian
family in Ramsden Heath (Whitlock; a disabled autistic boy of 8, a mother alone at 3 a.m., a sister who is a young carer); and
a young carer of 12 in Kelvedon Hatch, Brentwood (Marsh; a mother's depression, a nan in Ongar). The community, Cebuano
(Bisaya), did not appear in any earlier docstring searched.

24 documents, four per family, each with its own style label: a primary school safeguarding log, a mum's texts to the family
support worker, a police domestic abuse incident log, initial child protection conference minutes, a family group chat in
Cebuano with its translation, a section 47 outcome letter, a school pastoral referral, an interpreter-assisted phone call
note, a return home interview, exploitation (MACE) panel minutes, a missing person police report, Snapchat messages typed up
by a mother, a health visitor's record scanned by OCR (with its misreadings), a child's drawing and words written down by the
nursery, a referral to children's services, an aunt's voice note transcribed, a mother's email sent at 3 a.m., short breaks
panel minutes, an occupational therapist's home visit report, a sister's young carer referral, a young carer's own diary, a
social worker's phone notes, a nan's letter and a young carers' assessment summary.

Invented: every person, house number, street (most street names are invented or used at random), phone number, NHS number,
UPN, NI number, email address and vehicle registration. Phones are valid (phonenumbers), UK and foreign (the Philippines, a
mobile and a Cebu landline). The refuge, the care home, the nursery, the lettings agent and the church group are invented or
unmarked organisations; towns, villages, districts and estates are real and marked as places. Every kind is present: NHS
number, UPN, NI number, UK and foreign phone, email, vehicle registration, postcode, date of birth.

Markup and conventions: exactly those of set 181 (and so of bench/redaction_set21.py, as set 181 states them). Titles and
kinship words stay outside a name (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, DI, Sgt, SW, HV, FSW, TA, TM, Pastor, Sister, Nan, Nanny,
aunty, and the Cebuano Lola (grandmother), Tito / Tita (uncle / aunt), Mama / Papa); a chat sender written as a kinship word
("Mama") is not a name; "SURNAME, First" and "SURNAME FIRST" are one span ("DUNMORE, Kerry", "OSBORNE KAI"); "Jr" after a name
stays outside it; usernames ("bugsy_bmx", "mf_x.06") are not marked; a family name in a group chat's title ("Pamilya Abella")
is a name, the Cebuano word for family not; a neighbour's bare house number ("no. 25", "no 25", "no. 5") is an address; a
school's name in a letterhead is a school; organisations holding a town's name stay unmarked ("Wickford Health Centre",
"Basildon Hospital", "Brentwood CID", "Brentwood Cathedral hall", "Runwell Village Surgery", "Essex County Council", "Essex
Police"), and so do counties, regions and provinces ("Essex", "Mid Essex", "Cebu"); an OCR misreading keeps its kind
("03/12/2O26" a date, "Runwe1l" a place, "P0ppy Reeve" a name); a railway station named by its town marks the town
("Southend Victoria"); a bare month or year ("August", "March 2024", "2019") is not a date, and a weekday alone ("sat") is not.

Choices this set had to make: a nursery's name ("Little Acorns Nursery") is marked as a school; a village primary named by its
village ("Kelvedon Hatch Primary", "Shotgate Infants") is a school, not a place; the Cebuano date "Disyembre 3" is a date; a
pet's name ("Biscuit") is not marked; a police officer's collar number ("2214") is not marked;
"the A12" is a road, not marked; Lapu-Lapu and Mandaue (cities in Cebu) are places.

Self-check without the detector: `python -m bench.redaction_set192` (and tests/test_redaction_set192.py) runs set 15's checker
on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per kind:
24 documents, 914 gold spans, 522 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dunmore / Catchpole family (white British), Great Burstead, Billericay -------------------------------------------

HOME_A = d.Address("23 Chapel Crescent", "Great Burstead", "Billericay", "CM11 2TQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Dunmore")], dt.date(2017, 8, 21), addresses=[HOME_A], ids=["3522622472", "D881968753468"],
       schools=["Hillhouse Primary School"]),
    _p("s", "sibling", [("Lacey", "Catchpole")], dt.date(2023, 1, 9), addresses=[HOME_A], ids=["3454763347"]),
    _p("m", "mother", [("Kerry", "Dunmore")], dt.date(1994, 3, 12), addresses=[HOME_A], phones=["07724 519 306"]),
    _p("f", "father", [("Lee", "Catchpole")], dt.date(1991, 11, 4), addresses=[HOME_A], phones=["07853 216 479"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """[[HILLHOUSE PRIMARY SCHOOL|school]] - safeguarding log (CPOMS export)
Pupil: [[DUNMORE, Mason|name]]  DOB [[21/08/2017|dob]]  UPN [[D881968753468|upn]]  NHS [[352 262 2472|nhs]]  Year 5
Home: [[23 Chapel Crescent|address]], [[Great Burstead|place]], [[Billericay|place]] [[CM11 2TQ|postcode]]
Mum [[Kerry Dunmore|name]] [[07724 519 306|phone]] / [[Lee Catchpole|name]] (mum's partner) [[07853 216 479|phone]]

[[07/09/2026|date]] [[Mason|name]] hungry at breakfast club, ate three rounds of toast. Mrs [[Pamment|name]] noted.
[[11/09/2026|date]] Head lice again, same jumper all week. Mum says the washing machine broke "in the summer".
[[18/9/26|date]] [[Mason|name]] said [[Lee|name]] "smashed the door" and mum cried. DSL [[Gillian Sorrell|name]] rang mum, no
answer. Rang nan [[Brenda Dunmore|name]] in [[Laindon|place]] ([[01268 733 412|phone]]); she said "[[Kerry|name]]'s been like it
since [[Lacey|name]] was born".
[[24 Sept|date]] Home visit with FSW [[Becca Kettle|name]]: dog mess in the hall, baby [[Lacey|name]] in a wet nappy, no food
in the fridge. Neighbour Mr [[Des Pickering|name]] at [[no. 25|address]] said there was shouting "most weekends".
[[25/09/2026|date]] Referral to Essex Children and Families Hub. SW [[Rachel Okonjo|name]] allocated [[2nd October|date]].
[[9 Oct|date]] [[Mason|name]] told TA [[Shelby Fuller|name]] he went to [[Wickford|place]] in [[Lee|name]]'s van "at night"
(reg [[EY19 KHD|vehicle]]) and waited in it outside a house.
[[16/10/26|date]] [[Mason|name]]'s friends [[Harvey Gant|name]] and [[Isla-Rose Marsh|name]] are his lunchtime buddies.
[[4/11/26|date]] Strategy meeting. Police: DC [[Tom Wiltshire|name]]. [[Lee|name]] known for DA with an ex in
[[Canvey Island|place]].
[[the 6th|date]] Mum came in with [[Lacey|name]]; bruise on her cheek, "she fell off the sofa". [[Gillian|name]] to
[[Rachel|name]]
at 09:40.
[[12/11/2026|date]] ICPC. CP plan (neglect). Core group: school, HV [[Nicola Brand|name]], SW [[Rachel Okonjo|name]].
[[19/11/2026|date]] Core group 1. [[Kerry|name]] and the children now at [[Stacey Hume|name]]'s. Nan [[Brenda|name]] to have
[[Mason|name]] on Fridays. [[Mason|name]]'s teacher Mr [[Tobin Grice|name]] says his reading has dropped. Lunchtime supervisor
Mrs [[Val Okoro|name]] saw [[Lee|name]] outside the gate at 3.15 on [[20/11|date]]; told [[Gillian|name]], who rang
[[Rachel|name]].
"""),
    ("mum's texts to the family support worker", """copied from the FSW work phone [[19/11/26|date]] - [[Becca Kettle|name]]

[[kerry|name]]: hiya its [[kerry|name]] [[masons|name]] mum. can u come thurs not weds, [[lee|name]] is home weds
[[kerry|name]]: he took the van keys again idk where he goes. [[wickford|place]] prob or his mate [[daz|name]]s in
[[shotgate|place]]
me: ok Thursday [[26th|date]] at 10. Is [[Lacey|name]]'s cheek ok?
[[kerry|name]]: yeh shes fine honest. my mum [[brenda|name]] says she can have [[mason|name]] fri nights in [[laindon|place]]
[[kerry|name]]: can u help with the food bank. the one at the church on [[laindon rd|address]]
me: Yes I'll bring a voucher. [[Rachel|name]] (the SW) will ring you too.
[[kerry|name]]: pls dont tell [[rachel|name]] about sat. he threw the telly. [[mason|name]] saw. the lady at
[[no 25|address]] rang police
[[kerry|name]]: PC was called [[jenkins|name]] or summink
me: Are you and the kids safe now?
[[kerry|name]]: yeh at my mates [[stacey|name]]s in [[billericay|place]] ([[flat 4 radford court|address]]) till he calms down
[[kerry|name]]: new num for [[stacey|name]] if u need me [[07395 816 240|phone]]
[[kerry|name]]: ps [[mason|name]] has his school trip [[28/11|date]] can u ask [[hillhouse|school]] if they got a uniform bank
[[kerry|name]]: [[becca|name]] ur a star thank u. [[stacey|name]]s fella [[jamie|name]] said [[lee|name]] was at the
[[billericay|place]] spoons
[[kerry|name]]: also my cousin [[shannon|name]] from [[canvey|place]] wants to help with [[lacey|name]]. is that ok
me: I'll ask [[Rachel|name]]. See you [[Thurs 26th|date]].
"""),
]


# --- B. Abella / Dela Cruz family (Cebuano, from Cebu, the Philippines), Shotgate, Wickford -----------------------------

HOME_B = d.Address("7 Fanton Walk", "Shotgate", "Wickford", "SS11 8QR")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kristine Joy", "Abella")], dt.date(2012, 5, 14), addresses=[HOME_B], ids=["8334253656",
"U881676277801"],
       schools=["Beauchamps High School"]),
    _p("s", "sibling", [("Jun-Jun", "Abella"), ("Rodel", "Abella")], dt.date(2018, 2, 3), addresses=[HOME_B],
       ids=["8160398824"]),
    _p("m", "mother", [("Marites", "Dela Cruz")], dt.date(1986, 7, 30), addresses=[HOME_B], phones=["07912 405 873"],
       ids=["JK 42 81 06 C"]),
    _p("f", "father", [("Rodel", "Abella")], dt.date(1983, 12, 1), addresses=[HOME_B], phones=["07468 302 915"]),
    _p("g", "grandparent", [("Consolacion", "Dela Cruz")], dt.date(1958, 10, 19), phones=["+63 32 255 4187"]),
], "c")

DOCS_B = [
    ("family group chat in Cebuano with translation", """Messenger group "Pamilya [[Abella|name]]" - screenshots given by
[[Kristine|name]] to her
form tutor on [[20/11/2026|date]]; translated from Cebuano (Bisaya) by interpreter [[Maricel Tan|name]], [[21/11/2026|date]]

Lola [[Sion|name]] ([[+63 32 255 4187|phone]]): [[Tin|name]], nganong wala ka mo-tubag? Naa ba si Papa [[Rodel|name]]?
   ([[Tin|name]], why are you not answering? Is your Papa [[Rodel|name]] there?)
[[Tin|name]]: la lola. nag away na pud sila ni mama. gi labay niya ang plato
   (no grandma. they fought again with mama. he threw the plate)
Mama: [[Kristine Joy|name]] ayaw na pag storya ana diri. ([[Kristine Joy|name]], don't talk about that here.)
Tito [[Boyet|name]] ([[+63 917 845 2316|phone]]): [[Marites|name]], uli na lang mo sa [[Lapu-Lapu|place]].
   ([[Marites|name]], just come home to [[Lapu-Lapu|place]].)
[[Tin|name]]: si [[jun-jun|name]] nahadlok kaayo. nag tago siya sa closet ([[jun-jun|name]] was very scared. he hid in the
wardrobe)
Lola [[Sion|name]]: mag ampo ko para ninyo. tawga ko sa [[Disyembre 3|date]] (I will pray for you. call me on [[3 December|date]])
[[Tin|name]]: ok lola. ingna si tita [[Lorna|name]] sa [[Mandaue|place]] (ok grandma. tell auntie [[Lorna|name]] in
[[Mandaue|place]])
Translator's note: "Lola" (grandmother), "Tito" (uncle), "Tita" (aunt) and "Mama"/"Papa" are kinship words, not names;
"[[Sion|name]]"
is short for [[Consolacion|name]]; "[[Tin|name]]" is [[Kristine|name]]'s pet name.
[[Jun-Jun|name]] (on mama's phone): lola miss na ko nimo. si [[Tin|name]] nag luto og pancit
   (grandma I miss you. [[Tin|name]] cooked pancit)
Tita [[Lorna|name]]: [[Marites|name]], si Pastor [[Edgar|name]] sa [[Wickford|place]] makatabang ninyo. (the pastor in
[[Wickford|place]] can help)
"""),
    ("section 47 outcome letter", """Essex County Council - Children and Families, [[Wickford|place]]
[[1 December 2026|date]]
Mrs [[Marites Dela Cruz|name]] and Mr [[Rodel Abella|name]]
[[7 Fanton Walk|address]], [[Shotgate|place]], [[Wickford|place]] [[SS11 8QR|postcode]]

Dear Mrs [[Dela Cruz|name]],
Re: [[Kristine Joy Abella|name]] (DOB [[14.05.2012|dob]], NHS [[833 425 3656|nhs]]) and [[Rodel Abella|name]] Jr
("[[Jun-Jun|name]]",
DOB [[03.02.2018|dob]], NHS [[816 039 8824|nhs]])
Following the section 47 enquiry that began on [[23 November 2026|date]], after [[Kristine|name]] showed her tutor Ms
[[Harwood|name]]
at [[Beauchamps|school]] the family chat, I met [[Kristine|name]] at school on [[24th November|date]] and [[Jun-Jun|name]] at
[[Shotgate Infants|school]] with Mrs [[Farrant|name]]. PC [[Ellie Nash|name]] spoke to Mr [[Abella|name]] on [[25/11|date]]; he
accepted throwing a plate. Your NI number ([[JK 42 81 06 C|ni]]) is needed for the refuge's housing benefit form.
The outcome is a child protection conference on [[15 December 2026|date]] at 10am at the [[Basildon|place]] office.
Your interpreter will be [[Maricel Tan|name]] again. Your friend [[Grace Villanueva|name]] from church in
[[Brentwood|place]] may come.
You may ring me on [[01268 415 609|phone]] or email [[hannah.moyo@essex.gov.uk|email]].
Yours sincerely, [[Hannah Moyo|name]], Social Worker
cc: Dr [[Pillay|name]], Wickford Health Centre; [[Beauchamps High School|school]] DSL Mr [[Cotgrove|name]]
Those who spoke to me: [[Kristine|name]]; [[Jun-Jun|name]]; you; Mr [[Abella|name]]; [[Lucy Harwood|name]]; your friend
[[Grace Villanueva|name]]; the care home manager at [[Runwell|place]], Mrs [[Deborah Saxby|name]].
"""),
]


# --- C. Osborne family (white British), Pilgrims Hatch, Brentwood: a boy of 15 missing, county lines -------------------

HOME_C = d.Address("48 Doddinghurst Close", "Pilgrims Hatch", "Brentwood", "CM15 9PW")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kai", "Osborne")], dt.date(2011, 4, 6), addresses=[HOME_C], ids=["9478648314", "P881203736368"],
       schools=["Sawyers Hall Academy"]),
    _p("m", "mother", [("Danielle", "Osborne")], dt.date(1989, 6, 25), addresses=[HOME_C], phones=["07541 927 036"]),
    _p("f", "father", [("Craig", "Whitmore")], dt.date(1987, 2, 14), phones=["07806 144 592"]),
], "c")

DOCS_C = [
    ("return home interview", """RETURN HOME INTERVIEW - [[Kai Osborne|name]] (15) - [[27/11/2026|date]]
Missing: [[24/11/2026|date]] 16:00 to [[26/11/2026|date]] 11:30. Found by BTP at [[Southend|place]] Victoria station.
Home: [[48 Doddinghurst Close|address]], [[Pilgrims Hatch|place]], [[Brentwood|place]] [[CM15 9PW|postcode]]
DOB [[06/04/2011|dob]]; UPN [[P881203736368|upn]]; NHS [[9478648314|nhs]]; school [[Sawyers Hall|school]] (Year 11)
Interviewer: [[Jordan Ellis|name]], Open Road; [[Kai|name]]'s mum [[Danielle|name]] present for part.

[[Kai|name]] said he went with "[[Tyrese|name]]" and "[[Bugsy|name]]" in a grey Audi ([[LB68 XRT|vehicle]]) from
[[Shenfield|place]]
station to [[Romford|place]], then to a flat in [[Westcliff|place]]. He would not give the address but said it was "by the
cricket ground on [[Kilworth Avenue|address]]". He had a second phone ([[07428 651 307|phone]]) which mum took.
He said [[Bugsy|name]] is "about 19" and calls himself [[B-man|name]]; real name might be [[Reece Tolhurst|name]].
He said he slept on a sofa with another boy, [[Alfie|name]] from [[Harold Hill|place]]. He was given £40 and "food".
Dad [[Craig Whitmore|name]] ([[07806 144 592|phone]]) lives in [[Hornchurch|place]]; [[Kai|name]] wants to stay there at weekends.
Mum said [[Kai|name]]'s friend [[Ollie Benson|name]] from [[Warley|place]] was missing the same night.
Next: NRM referral; exploitation screening tool; MACE on [[8 Dec|date]]. Police: DC [[Aisha Rahman|name]], Brentwood CID.
[[Kai|name]]'s trusted adults: Mrs [[Starling|name]] at school and his boxing coach [[Lenny Quarrie|name]] at the gym in
[[Brentwood|place]]. His girlfriend is "[[Mollie|name]]" ([[Mollie Fenwick|name]]?) from [[Shenfield|place]]. Mum's partner
[[Stuart|name]] "isn't bothered". Signed [[J. Ellis|name]], [[27.11.26|date]].
"""),
    ("exploitation panel minutes", """MACE (Multi-Agency Child Exploitation) panel - [[Brentwood|place]] -
[[8 December 2026|date]]
Present: DI [[Mark Pennock|name]] (chair), [[Jordan Ellis|name]] (Open Road), SW [[Priya Lal|name]], [[Sawyers Hall|school]]
DSL Mrs
[[Joanne Starling|name]], YOT [[Callum Reid|name]].
Item 3: [[OSBORNE, Kai|name]] ([[6.4.2011|dob]]). Missing 3 times since [[September 14th|date]]. Seen with [[Reece Tolhurst|name]]
("[[Bugsy|name]]", DOB [[11/01/2007|dob]]) at [[Brentwood|place]] high street and [[Shenfield|place]] station. Car
[[LB68 XRT|vehicle]]
stopped on the A12 at [[Mountnessing|place]] on [[30/11|date]]; passengers [[Tyrese Mbeki|name]] and [[Ollie
Benson|name]]. Cannabis found.
Mum [[Danielle Osborne|name]] ([[07541 927 036|phone]]) working nights at the Amazon site in [[Tilbury|place]]; nan [[Jean
Osborne|name]] at [[Hutton|place]] helps.
Actions: disruption at the [[Westcliff|place]] address ([[Flat 2, 19 Kilworth Avenue|address]], [[SS0 7BZ|postcode]]) - DI
[[Pennock|name]]; safety plan with [[Kai|name]] by [[15/12|date]] - [[P. Lal|name]]; [[Ollie|name]] discussed under item 4.
Item 4: [[BENSON, Oliver|name]] ("[[Ollie|name]]"), [[Warley|place]]. Mum [[Natalie Benson|name]]. Same car, same nights.
Next MACE [[12 January 2027|date]]. Minutes: [[Sadia Khan|name]].
"""),
]


# --- D. Reeve family (white British), Runwell, Wickford: a father's alcohol and a mother's heroin use ----------------

HOME_D = d.Address("12 Church End Lane", "Runwell", "Wickford", "SS11 7JH")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Reeve")], dt.date(2023, 12, 20), addresses=[HOME_D], ids=["8265048327"]),
    _p("m", "mother", [("Gemma", "Reeve")], dt.date(1992, 5, 17), addresses=[HOME_D], phones=["07977 230 418"],
       ids=["NP 61 37 24 A"]),
    _p("f", "father", [("Shaun", "Reeve")], dt.date(1988, 9, 8), addresses=[HOME_D]),
], "c")

DOCS_D = [
    ("health visitor's record scanned by OCR", """HEALTH V1SITING - CONTACT REC0RD (scanned [[03/12/2O26|date]])
Chi1d: [[P0ppy Reeve|name]]   D.O.B. [[2O/12/2023|dob]]   NHS No. [[826 504 8327|nhs]]
Address: [[12 Church End Lane|address]], [[Runwe1l|place]], [[Wickford|place]] [[SS11 7JH|postcode]]
Parents: [[Gemma Reeve|name]] (mob [[07977 230 418|phone]]), [[Shaun Reeve|name]]
[[27.11.2026|date]] Visit with student HV [[Ffion Davies|name]]. [[Poppy|name]] 2y11m, speech delay. Mum drowsy, pinned pupils;
foil on the kitchen side. Dad smelled of alcohol at 11am. Maternal aunt [[Louise Pryke|name]] of [[Rayleigh|place]] was
there and said "I have [[Poppy|name]] most weekends". [[Louise|name]]'s no. [[07563 208 147|phone]] (check -
not on the file)
Plan: refer to Essex Children and Families Hub; speak to [[Gemma|name]]'s drug worker ([[Sam Oyelaran|name]], Open Road,
[[Basildon|place]]). Review [[1O Dec|date]].
Signed [[K. Mayhew|name]] HV ([[Karen Mayhew|name]]) ............. ([[Runwe1l|place]] clinic)
[[Poppy|name]]'s GP: Dr [[Anand|name]] (Runwell Village Surgery? - see Dr [[Anand|name]]'s letter [[2O/11|date]])
Copy to [[Chloe Sayer|name]] and [[Lisa Crabb|name]] at nursery; [[Sam Oyelaran|name]]; SW [[Dominic Achterberg|name]].
"""),
    ("child's drawing and words written down by the nursery", """[[Little Acorns Nursery|school]] - what [[Poppy|name]] said
([[4/12/2026|date]])
Written down by key person [[Chloe Sayer|name]] while [[Poppy|name]] drew.
"this is mummy sleeping. this is daddy and the beer. this is me and aunty [[lou|name]] at the park" (aunty =
[[Louise Pryke|name]])
"nanny [[jan|name]] has a dog called Biscuit" (nan: [[Janet Reeve|name]], [[Nevendon|place]])
"the man [[Gaz|name]] come to our house and mummy give him money"
Mum collected at 5.55pm, late again. Dad's friend [[Gary Hoy|name]] waited in a white van ([[AK17 WMP|vehicle]]).
Reported to the DSL [[Lisa Crabb|name]] and to HV [[Karen Mayhew|name]] on [[4th Dec|date]].
"[[lou|name]] got a trampoline. me and [[ruby|name]] and [[archie|name]] jumped" ([[Ruby|name]] and [[Archie|name]] are
[[Louise|name]]'s children, [[Ruby Pryke|name]] (6) and [[Archie Pryke|name]] (4)).
Mum's friend "[[Kel|name]]" ([[Kelly Shuttleworth|name]]?) also collects sometimes. [[Chloe|name]] and [[Lisa|name]] signed.
"""),
]


# --- E. Whitlock family (white British and British Nigerian), Ramsden Heath: a disabled boy of 8 ------------------------

HOME_E = d.Address("3 Mill Hill Road", "Ramsden Heath", "Billericay", "CM11 1LT")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Theo", "Whitlock")], dt.date(2018, 3, 28), addresses=[HOME_E], ids=["7499289486", "N881725285018"],
       schools=["The Endeavour School"]),
    _p("m", "mother", [("Funmi", "Whitlock")], dt.date(1984, 1, 19), addresses=[HOME_E], phones=["01277 634 218"],
       emails=["funmi.whitlock@outlook.com"]),
    _p("f", "father", [("Rob", "Whitlock")], dt.date(1982, 8, 15), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("mother's email to the disabled children's team", """From: [[funmi.whitlock@outlook.com|email]]
To: [[sian.bellamy@essex.gov.uk|email]]
Date: [[2 December 2026|date]] 03:14
Subject: [[Theo|name]] - please help

Dear [[Sian|name]],
I'm sorry to write at 3am. [[Theo|name]] has been awake since midnight again, head banging. [[Rob|name]] is working away in
[[Aberdeen|place]] until the [[18th|date]]. My mum ([[Yetunde Adeyemi|name]]) came from [[Peckham|place]] for a week but went back
on [[28/11|date]].
The short breaks at [[Ramsden Heath|place]] village hall stopped when [[Jackie|name]] left. [[Theo|name]]'s respite carer
[[Bernadette Quinn|name]] in [[Stock|place]] can only do Saturdays.
[[Endeavour|school]] say his new PA (Mr [[Kofi Asante|name]]) starts in January. His paediatrician Dr [[Lindqvist|name]] at
Basildon Hospital wants a review on [[12 January 2027|date]]. NHS no [[749 928 9486|nhs]], UPN [[N881725285018|upn]], DOB
[[28/03/2018|dob]], in case you need it.
Home is [[3 Mill Hill Rd|address]], [[Ramsden Heath|place]] [[CM11 1LT|postcode]]; landline [[01277 634 218|phone]].
Thank you,
[[Funmi|name]] ([[Olufunmilayo Whitlock|name]])
P.S. [[Ada|name]] is doing so much. Her teacher Mr [[Eastwood|name]] rang me. Our neighbour [[Malcolm Pike|name]] at
[[no. 5|address]] has offered to sit with [[Theo|name]] for an hour on Sundays. My sister [[Bisi|name]]
([[Abisola Adeyemi|name]]) is
in [[Croydon|place]].
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL - Mid Essex - [[10/12/2026|date]]
Chair: [[Geoff Ambler|name]]. Present: [[Sian Bellamy|name]] (SW), [[Nadia Rossi|name]] (OT), [[Endeavour|school]] rep Mrs
[[Halls|name]].
Case 2: [[WHITLOCK, Theo|name]], 8, autism and severe learning disability, [[Ramsden
Heath|place]]. Mum [[Funmi|name]] alone most weeks; dad [[Rob|name]] offshore. [[Theo|name]]'s sister [[Ada Whitlock|name]] (11)
at [[Billericay School|school]] is doing a lot. Nan [[Yetunde|name]] visits from [[London|place]].
Agreed: overnight breaks at [[Little Burstead|place]] house (2 a month) from [[January 5th|date]]; direct payment for a PA;
OT (Ms [[Rossi|name]]) to visit [[3 Mill Hill Road|address]] on [[the 16th|date]]. Young carers referral for [[Ada|name]].
Actions: [[S. Bellamy|name]] to tell [[Funmi|name]] and [[Rob|name]] by [[11/12|date]]; [[Nadia|name]] to report by
[[18 Dec|date]];
Mrs [[Halls|name]] to ask [[Endeavour|school]]'s nurse [[Joy Fagbemi|name]] about the night seizures.
"""),
]


# --- F. Marsh family (white British), Kelvedon Hatch, Brentwood: a young carer of 12, a mother's depression ------------

HOME_F = d.Address("16 Blackmore Road", "Kelvedon Hatch", "Brentwood", "CM15 0AW")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Marsh")], dt.date(2014, 9, 11), addresses=[HOME_F], ids=["3466929288", "J881305398314"],
       schools=["Brentwood County High School"]),
    _p("m", "mother", [("Tracey", "Marsh")], dt.date(1980, 4, 2), addresses=[HOME_F], phones=["01277 372 945"]),
], "c")

DOCS_F = [
    ("young carer's own writing", """My caring diary by [[ellie-mae marsh|name]] age 12 (for Mrs [[Okafor|name]] at young carers)

monday [[30th november|date]]: got up at 6. mum didnt get up so i made [[alfie|name]] his cheerios and walked him to
[[kelvedon hatch primary|school]]. mum cried when i got back from [[BCHS|school]]. i did tea (pasta)
tuesday [[1/12|date]]: nanny [[pat|name]] rang from [[ongar|place]]. she said she will come sat. mums tablets from the chemist in
[[doddinghurst|place]], i got them on my bike
wednesday: missed maths to ring mum. Miss [[Harrop|name]] said its ok
thursday [[3rd|date]]: my best friend [[Sophie Leach|name]] came round, her mum [[Kerrie|name]] brought a lasagne
friday: dad ([[Darren|name]]) didnt ring again. hes in [[Basildon|place]] with [[Jade|name]]
what i want: for mum to get better and to go to [[sophies|name]] sleepover on the [[12th|date]]
saturday [[5th|date]]: nanny [[pat|name]] came on the bus. we made cakes. [[alfie|name]] said nanny [[pat|name]] is the best
sunday: mum got up!! we went to [[brentwood|place]] for a walk with [[sophie|name]] and [[kerrie|name]]. Mr
[[hollings|name]] gave us a lift
"""),
    ("social worker's phone notes", """Phone notes - SW [[Ola Bankole|name]] - [[Ellie-Mae Marsh|name]] (DOB
[[11/09/2014|dob]], NHS [[346 692 9288|nhs]],
UPN [[J881305398314|upn]])
[[7/12/26|date]] 09:05 Rang mum [[Tracey Marsh|name]] on [[01277 372 945|phone]], [[16 Blackmore Road|address]],
[[Kelvedon Hatch|place]]
[[CM15 0AW|postcode]]. Low, not eating; GP Dr [[Ferreira|name]] increased sertraline. Crisis team ([[Warley|place]]) visiting.
09:20 Rang [[Brentwood County High|school]], Miss [[Harrop|name]] (head of year): attendance 83%.
09:35 Nan [[Pat Cole|name]] ([[07711 458 093|phone]]?) - CHECK, she wrote a different one
09:50 Young Carers (Action for Family Carers): Mrs [[Grace Okafor|name]] will visit with [[Ellie-Mae|name]] on
[[14 December|date]].
10:10 Dad [[Darren Marsh|name]] called back from [[Basildon|place]], NI [[JT 58 20 47 D|ni]] given for the CSA letter; he
will have
[[Alfie|name]] (7) and [[Ellie|name]] on [[19th & 20th Dec|date]].
Neighbour Mr [[Hollings|name]] at [[no. 18|address]] drives [[Alfie|name]] to school in his Corsa ([[EX20 MBN|vehicle]]).
10:30 Rang [[Sophie|name]]'s mum [[Kerrie Leach|name]] ([[07834 690 215|phone]]): happy to help with lifts to [[Shenfield|place]].
10:45 Told TM [[Femi Adebayo|name]]; next visit [[10/12|date]] with [[Grace|name]].
"""),
]

DOCS_A += [
    ("police domestic abuse incident log", """ESSEX POLICE - DOMESTIC ABUSE INCIDENT - CAD 4417 [[21/11/2026|date]] 23:52
Location: [[23 Chapel Crescent|address]], [[GREAT BURSTEAD|place]], [[BILLERICAY|place]] [[CM11 2TQ|postcode]]
Caller: [[PICKERING, Desmond|name]] (neighbour, [[25 Chapel Crescent|address]]) - shouting, smashing, a child crying.
Attending: PC [[JENKINS|name]] 2214 (PC [[Carl Jenkins|name]]) and PC [[Amy Roper|name]] 3190.
Victim: [[DUNMORE, Kerry|name]] DOB [[12/03/1994|dob]]. Suspect: [[CATCHPOLE, Lee|name]] DOB [[04/11/1991|dob]], left in a
white Transit [[EY19 KHD|vehicle]] towards [[Wickford|place]] before police arrived.
Children present: [[Mason|name]] (9) and [[Lacey|name]] (3). [[Mason|name]] said "[[Lee|name]] threw the telly at mummy".
DASH: high (strangulation in August? - mum said "the [[14th of August|date]] he grabbed my neck").
[[Kerry|name]] went to her friend [[Stacey Hume|name]] at [[Flat 4, Radford Court|address]], [[Billericay|place]]
[[CM12 0DY|postcode]].
[[Lee|name]] arrested [[22/11/2026|date]] 02:10 at his friend [[Darren|name]] "[[Daz|name]]" [[Woollard|name]]'s in
[[Shotgate|place]].
MARAC referral by PC [[Roper|name]]; IDVA [[Nikki Saltmarsh|name]] to contact. School ([[Hillhouse|school]]) informed via
Operation Encompass at 08:30.
Other occupants/associates: [[Brenda Dunmore|name]] (maternal nan, [[Laindon|place]]); [[Shannon Dunmore|name]] (cousin,
[[Canvey Island|place]]); [[Lee|name]]'s ex-partner [[Jodie Marchant|name]] (DA victim 2023?? - date not known; see CAD 1190).
Supervisor: Sgt [[Phil Gatward|name]]. Reviewed by DS [[Lorraine Mbatha|name]] on [[22/11|date]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[12 November 2026|date]] -
[[Billericay|place]]
Chair: [[Margaret Obi|name]]. Minutes: [[Tina Crosbie|name]].
Children: [[Mason Dunmore|name]] ([[21.08.2017|dob]]), [[Lacey Catchpole|name]] ([[09.01.2023|dob]], NHS [[3454763347|nhs]])
Present: [[Kerry Dunmore|name]] (mother); [[Rachel Okonjo|name]] (SW); [[Gillian Sorrell|name]] ([[Hillhouse|school]] DSL);
HV [[Nicola Brand|name]]; DC [[Tom Wiltshire|name]]; FSW [[Becca Kettle|name]]. Apologies: [[Lee Catchpole|name]]; GP Dr
[[Venkat|name]].
[[Rachel|name]]: [[Mason|name]] is often hungry; house in [[Great
Burstead|place]] has no working washer; [[Lacey|name]]'s bruise on [[6th November|date]] not explained.
[[Kerry|name]]: "I'm doing my best. My mum [[Brenda|name]] in [[Laindon|place]] helps." Says [[Lee|name]] "only shouts".
HV [[Nicola|name]]: [[Lacey|name]] missed her 2-year review (booked [[8 January|date]] and [[19/03/2026|date]]).
DC [[Wiltshire|name]]: 4 call-outs since March 2024? [corrected: since March 2024; three to [[Chapel Crescent|address]],
one to [[Canvey Island|place]]].
Decision: child protection plans, category neglect, both children. Core group [[26/11/2026|date]]; review
[[5 February 2027|date]].
Core group members: [[Kerry|name]], [[Rachel|name]], [[Gillian|name]], [[Nicola|name]], [[Becca|name]], nan
[[Brenda Dunmore|name]].
Written agreement: [[Lee|name]] not to come to [[Chapel Crescent|address]]; [[Kerry|name]] to take [[Lacey|name]] to the GP
(Dr [[Venkat|name]]) and to nursery at [[Great Burstead|place]] each day; [[Mason|name]] to breakfast club with Mrs
[[Pamment|name]].
Minutes agreed by [[M. Obi|name]] on [[13/11/2026|date]].
"""),
]

DOCS_B += [
    ("school pastoral referral", """[[Beauchamps High School|school]] - pastoral referral form
Student: [[ABELLA, Kristine Joy|name]]   Form 10W   DOB [[14/05/2012|dob]]   UPN [[U881676277801|upn]]
Referred by: Ms [[Lucy Harwood|name]] (form tutor) on [[20/11/2026|date]]
Concern: [[Kristine|name]] ("[[Tin|name]]") was crying in form. Showed me her phone: family chat in Bisaya. She says her dad
[[Rodel|name]] ([[07468 302 915|phone]]) threw a plate at mum [[Marites|name]] on Wednesday [[18th|date]]. Younger brother
[[Jun-Jun|name]] (8) hid. Mum works nights at a care home in [[Runwell|place]]; dad drives for a firm in [[Basildon|place]].
[[Kristine|name]]'s friends [[Jasmine Santos|name]] and [[Leah O'Driscoll|name]] were with her.
She asked me not to tell her lola ([[Consolacion Dela Cruz|name]], [[Lapu-Lapu City|place]], Cebu) "because she will worry".
Mum's mobile: [[07912 405 873|phone]]. Church: San Isidro Filipino Community (Brentwood Cathedral hall) - Sister [[Nenita|name]].
Actions: DSL Mr [[Cotgrove|name]] informed 10:40; referral to the Hub; [[Tin|name]] to see Mrs [[Gayle|name]] (school counsellor).
Follow-up [[23/11/2026|date]]: [[Kristine|name]] seen by SW [[Hannah Moyo|name]] with Mr [[Cotgrove|name]]. [[Jasmine|name]]'s
mum [[Analyn Santos|name]] offered a bed for [[Tin|name]] in [[Wickford|place]] "any time". [[Leah|name]] walks with her from
[[Shotgate|place]] each morning.
"""),
    ("interpreter-assisted phone call note", """Phone call with mother via interpreter - [[26/11/2026|date]] 14:00-14:35
SW [[Hannah Moyo|name]]; interpreter [[Maricel Tan|name]] (Cebuano) by phone; mother [[Marites Dela Cruz|name]]
([[07912 405 873|phone]]), speaking from her friend [[Grace Villanueva|name]]'s flat at [[Flat 9, Honeypot Court|address]],
[[Brentwood|place]] [[CM14 4TG|postcode]].
[[Marites|name]] said: "Si [[Rodel|name]] kusog mo-inom" ([[Rodel|name]] drinks a lot). He has hit her "since
[[Cebu City|place]]",
before they came to [[Wickford|place]] in 2019. He took her passport. Her brother [[Boyet|name]] ([[Roberto Dela Cruz|name]],
[[+63 917 845 2316|phone]]) in [[Lapu-Lapu|place]] sends money. She does not want to go back to [[Fanton Walk|address]].
She asked for a place at a refuge away from [[Shotgate|place]] for her, [[Tin|name]] and [[Jun-Jun|name]]; Safer Places has
a room in
[[Chelmsford|place]] from [[27th November|date]]. She agreed to the plan. Next call [[30/11|date]] with [[Maricel|name]].
[[Marites|name]] asked that [[Rodel|name]]'s cousin [[Jericho Abella|name]] in [[Romford|place]] is not told where they go.
Interpreter [[Maricel|name]] confirmed [[Marites|name]] understood. Checked by team manager [[Femi Adebayo|name]] at 15:00.
"""),
]

DOCS_C += [
    ("missing person police report", """MISSING PERSON REPORT - Essex Police - MISPER ref 42/11/6613
Name: [[OSBORNE KAI|name]]  DOB [[06-04-2011|dob]]  Age 15  Risk: HIGH
Reported by mother [[Danielle Osborne|name]] ([[07541 927 036|phone]]) on [[24/11/2026|date]] at 22:15 from
[[48 Doddinghurst Cl|address]], [[Pilgrims Hatch|place]] [[CM15 9PW|postcode]].
Last seen: 16:00 leaving [[Sawyers Hall|school]] with [[Ollie Benson|name]] (15) towards [[Brentwood|place]] station.
Wearing: black North Face, grey trackies. Phone: [[07428 651 307|phone]] (second phone, "work" phone per mum).
Associates: [[Reece Tolhurst|name]] ("[[Bugsy|name]]"), [[Tyrese Mbeki|name]]; grey Audi A3 [[LB68 XRT|vehicle]].
Known places: [[Westcliff|place]], [[Romford|place]], [[Harold Wood|place]], [[Basildon|place]] town centre.
Father: [[Craig Whitmore|name]], [[22 Ravenscourt Drive|address]], [[Hornchurch|place]] [[RM12 6TQ|postcode]] - not there.
Nan [[Jean Osborne|name]] ([[Hutton|place]]) - not there. Girlfriend? "[[Mollie|name]]" from [[Shenfield|place]] - not known.
Found: [[26/11/2026|date]] 11:30 by BTP PC [[Dean Fairweather|name]] at [[Southend|place]] Victoria.
OIC: PS [[Kerry Ashworth|name]].
Debrief: [[Kai|name]] refused to speak to PC [[Fairweather|name]]; spoke to RHI worker [[Jordan Ellis|name]] on [[27/11|date]].
Notes added by PS [[Ashworth|name]] and DC [[Aisha Rahman|name]] on [[28/11/2026|date]].
"""),
    ("Snapchat messages typed up by mum", """typed by [[danielle|name]] off [[kai|name]]s snap [[28/11|date]] - for
[[jordan|name]] and the police

bugsy_bmx: u lot still in [[brentwood|place]]?
[[kai|name]]: ye at [[pilgrims hatch|place]] park with [[ollie|name]]
bugsy_bmx: [[tyrese|name]] pickin u up at [[shenfield|place]] 5 oclock. bring the tings
[[kai|name]]: my mum took my phone fam
bugsy_bmx: den use ur nans. u owe me 300
[[kai|name]]: i aint goin [[westcliff|place]] again bro
bugsy_bmx: u want me to come [[doddinghurst close|address]]? i know ur yard
[[kai|name]]: nah dont. ill come sat
- [[danielle|name]]: this was wednesday [[25th|date]]. "[[bugsy|name]]" is [[Reece|name]]. he knows where we live.
[[ollie|name]]s mum [[nat benson|name]] ([[07383 514 926|phone]]) has the same messages.
[[kai|name]]: [[mollie|name]] u seen [[ollie|name]]
mf_x.06: nah babe hes w [[tyrese|name]] in [[romford|place]] i think
[[kai|name]]: tell [[stuart|name]] i aint comin back 2nite
- [[danielle|name]]: [[stuart|name]] is my partner, [[Stuart Hale|name]]. [[Mollie|name]] is [[Tina Fenwick|name]]'s girl.
[[27th nov|date]]
"""),
]

DOCS_D += [
    ("referral to children's services", """ESSEX CHILDREN AND FAMILIES HUB - REFERRAL
Date: [[4 December 2026|date]]   Referrer: [[Karen Mayhew|name]], Health Visitor, [[Wickford|place]] ([[01268 415 609|phone]])
Child: [[Poppy Reeve|name]], DOB [[20 December 2023|dob]], NHS [[8265048327|nhs]]
Address: [[12 Church End Lane|address]], [[Runwell|place]], [[Wickford|place]], [[SS11 7JH|postcode]]
Mother: [[Gemma Reeve|name]] (DOB [[17/05/1992|dob]], NI [[NP 61 37 24 A|ni]], mob [[07977 230 418|phone]]) - heroin use, on
a script with Open Road ([[Sam Oyelaran|name]]).
Father: [[Shaun Reeve|name]] (DOB [[08/09/1988|dob]]) - alcohol; lost his job at the garage in [[Rayleigh|place]].
Others: aunt [[Louise Pryke|name]], [[5 Eastwood Rise|address]], [[Rayleigh|place]] [[SS6 8PD|postcode]] - cares most weekends;
paternal nan [[Janet Reeve|name]], [[Nevendon|place]]; family friend [[Gary Hoy|name]] ("[[Gaz|name]]") - possibly supplying.
Concern: drowsy mum on [[27/11|date]]; foil; late collections at nursery ([[Little Acorns|school]], [[Runwell|place]]);
speech delay.
Consent: mum consented by phone on [[3/12/26|date]]. Dad not asked.
Professionals: GP Dr [[Anand|name]]; nursery key person [[Chloe Sayer|name]] and DSL [[Lisa Crabb|name]]; drug worker
[[Sam Oyelaran|name]]. Allocated to SW [[Dominic Achterberg|name]] ([[Wickford|place]] team) on [[4/12|date]] by TM
[[Helen Brightwell|name]].
"""),
    ("aunt's voice note transcribed", """Voice note from [[Louise Pryke|name]] (aunt) to SW [[Dominic Achterberg|name]],
received [[5/12/2026|date]] 23:41,
transcribed next morning

"Hiya [[Dom|name]], it's [[Louise|name]], [[Poppy|name]]'s auntie. Sorry it's late. I've just got [[Poppy|name]] back to mine in
[[Rayleigh|place]], she was in the car with [[Shaun|name]] and he'd had a drink, he drove her from [[Runwell|place]] to the
Co-op in
[[Wickford|place]], I seen him, [[Gem|name]] was asleep on the sofa at [[Church End Lane|address]] when I got there.
[[Gaz|name]] was there. [[Gary|name]], yeah. His van's the [[AK17 WMP|vehicle]] one. I'll keep her till Monday the [[7th|date]].
My mum - [[Janet|name]] - no, [[Shaun|name]]'s mum [[Janet|name]] in [[Nevendon|place]], she said she'll have her Tuesdays.
Ring me on [[07563 208 147|phone]]. Yeah... sorry, that's my old one - new one's [[07526 183 940|phone]]? I'll text you. Bye."
(Transcribed by [[D. Achterberg|name]] on [[6 December 2026|date]]. [[Gem|name]] = [[Gemma Reeve|name]]; [[Gaz|name]] /
[[Gary|name]] = [[Gary Hoy|name]]. Police told: PC [[Imogen Tait|name]], [[Wickford|place]].)
"""),
]

DOCS_E += [
    ("occupational therapist's home visit report", """Occupational Therapy - home visit - [[16 December 2026|date]]
Child: [[Theo Whitlock|name]] (DOB [[28/3/2018|dob]]); NHS [[7499289486|nhs]]; [[Endeavour School|school]], [[Brentwood|place]]
Address: [[3 Mill Hill Road|address]], [[Ramsden Heath|place]], [[Billericay|place]] [[CM11 1LT|postcode]]
Present: mum [[Funmi Whitlock|name]]; sister [[Ada|name]]; OT [[Nadia Rossi|name]]; student OT [[Kwame Boateng|name]].
[[Theo|name]] climbs onto the window sill in his room; the window opens fully. He has no sense of danger on [[Mill Hill
Road|address]] (no pavement). He bangs his head on the radiator at night.
Recommend: safe space bed (Dr [[Lindqvist|name]] supports); window restrictors; padded radiator covers; a fence at the front -
landlord Mr [[Yardley|name]] ([[07495 317 862|phone]], from the lettings agent [[k.yardley@homelets-essex.co.uk|email]]).
Grandmother Mrs [[Adeyemi|name]] ([[Yetunde|name]]) will stay from [[22/12|date]] to [[3 Jan|date]].
Mum's friend [[Carol Bentall|name]] from [[Stock|place]] helps with the school run when the taxi ([[Sunil|name]]) is late.
Report by [[N. Rossi|name]], OT, [[17/12/2026|date]]. Copy: [[Sian Bellamy|name]]; Dr [[Lindqvist|name]]; [[Funmi Whitlock|name]].
"""),
    ("sister's young carer referral", """Young Carers referral - [[Ada Whitlock|name]] (11) - [[Billericay School|school]], Year 7
Referred by: SW [[Sian Bellamy|name]] on [[11/12/2026|date]]
Brother [[Theo|name]] (8) has autism and severe learning disability. [[Ada|name]] helps with his night routine, shares a wall
with his room, "hears him banging". Dad [[Rob Whitlock|name]] is offshore in [[Aberdeen|place]] three weeks in four.
[[Ada|name]] said: "I like going to my friend [[Maisie Dunn|name]]'s in [[Ramsden Bellhouse|place]] because it's quiet.
Mummy gets tired. Grandma [[Yetunde|name]] comes from [[Peckham|place]] but she's old."
Mum [[Funmi|name]] ([[funmi.whitlock@outlook.com|email]], [[01277 634 218|phone]]) agrees to the referral.
[[Ada|name]]'s DOB: [[04/06/2015|dob]]. Form tutor: Mr [[Eastwood|name]].
[[Ada|name]]'s best friend [[Maisie|name]]'s mum ([[Rachel Dunn|name]]) takes her to Brownies on Mondays. Dad
[[Rob|name]] agrees by email ([[rob.whitlock82@gmail.com|email]]).
"""),
]

DOCS_F += [
    ("nan's letter to the social worker", """[[Chipping Ongar|place]]
Sunday [[6th Dec|date]]
Dear Mr [[Bankole|name]],
I am [[Tracey|name]]'s mum, [[Patricia Cole|name]] ([[Pat|name]]), of [[Flat 3, Bansons Court|address]], [[Ongar|place]]
[[CM5 9AX|postcode]]. I do not drive any more so I get the bus to [[Kelvedon Hatch|place]] on Saturdays.
[[Ellie-Mae|name]] is doing too much. She is only 12. She does the tea, gets [[Alfie|name]] to school and goes to the chemist in
[[Doddinghurst|place]] for her mum's tablets. [[Tracey|name]] has been low since [[Darren|name]] left in September
and went to live with [[Jade Pettit|name]] in [[Basildon|place]].
My phone is [[01277 372 945|phone]]? no that is [[Tracey|name]]'s. Mine is [[07950 263 784|phone]].
Yours faithfully,
[[P. Cole|name]] (Mrs)
P.S. [[Ellie|name]]'s friend's mum [[Kerrie Leach|name]] at [[no. 22|address]] is very good to them.
P.P.S. [[Alfie|name]]'s teacher is Mrs [[Dyer|name]]. [[Darren|name]]'s mother is [[Sue Marsh|name]] in [[Hutton|place]]; she
does not help.
"""),
    ("young carers assessment summary", """Action for Family Carers - Young Carer's Needs Assessment
Young carer: [[MARSH, Ellie-Mae|name]]; DOB [[11.09.2014|dob]]; school [[Brentwood County High School|school]] (Year 8)
Address: [[16 Blackmore Rd|address]], [[Kelvedon Hatch|place]] [[CM15 0AW|postcode]]
Cared for: mum [[Tracey Marsh|name]] (depression, anxiety); brother [[Alfie Marsh|name]] (7, [[Kelvedon Hatch Primary|school]]).
Assessed by [[Grace Okafor|name]] on [[14 December 2026|date]], with [[Ellie-Mae|name]] and [[Tracey|name]].
[[Ellie|name]] does: breakfasts, school run, tea, medication, bills. Her best friend [[Sophie|name]] helps.
[[Ellie|name]] said: "I want to do netball on Thursdays at [[Shenfield|place]] like [[Sophie|name]]."
Support: YC club at [[Brentwood|place]] (Tuesdays); Miss [[Harrop|name]] to be her trusted adult; nan [[Pat|name]] Saturdays;
dad [[Darren|name]] every other weekend from [[19 December|date]]. Review [[15 March 2027|date]].
Signed [[G. Okafor|name]] / [[ellie-mae|name]] / [[T Marsh|name]].
Copy to: SW [[Ola Bankole|name]]; Miss [[Harrop|name]] ([[BCHS|school]]); GP Dr [[Ferreira|name]]; [[Patricia Cole|name]] (nan).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 192 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:31 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "fsw",
           "ta", "tm", "pastor", "sister", "nurse", "our", "me", "nan", "nanny", "gran", "grandma", "mum", "mummy", "dad",
           "daddy", "aunty", "auntie", "uncle", "lola", "lolo", "tito", "tita", "mama", "papa"}
_AFTER = {"senior", "junior", "jr"}
_NOT_PLACES = {"england", "uk", "essex", "philippines", "the philippines", "cebu", "scotland"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words (Lola, Tito, Tita) and provinces and countries ("Essex", "Cebu").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
