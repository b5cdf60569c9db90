"""Set 122: a held-out hand-written set for the redaction detector, six invented families in Accrington and Hyndburn.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets 123
to 125 (written by other helpers at the same time), that did not run the detector or any bench script that runs it, that ran no
git command, and that looked at no detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py
(the layout and marking conventions followed here; the middle of set 21's documents was not read, only its first family and its
last document), and the docstrings of bench/redaction_set7.py to bench/redaction_set121.py, printed with ast and searched only
for towns and communities (to pick homes and communities no earlier set used). Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune
the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

24 documents, four per family, each with its own style label.

Six families in Hyndburn, each from a town, district or village no earlier set used as a family's home (set 57 used Woodnook,
Accrington, which is avoided): a Nuer family from South Sudan, by way of the Gambella camps, in Peel Park, Accrington, with an
uncle in Huncoat and a father in Juba (Nyuon / Gatluak; a girl of 13 promised in marriage, cattle talked of, passports held by a
family friend); a white British family in Rishton with a grandmother in Oswaldtwistle (Duckworth / Entwistle / Hacking;
neglect, a boy of 7 losing weight, a partner's violence, a girl of 11 out late); a British Pakistani family in Great Harwood
(Hussain / Akhtar; a girl of 15 missing with older men, a family wedding in Dadyal); an Ossetian family from Vladikavkaz in
Clayton-le-Moors (Tsaraeva / Gagloev; a father's threat to take a boy of 10 to Ossetia, a non-molestation order, family written
in Russian Cyrillic); a young white British mother in Church (Pickup / Marsden; a baby's father on bail after an assault, a
step-down); and a white British family in Baxenden (Ashworth; a boy of 15 missing and exploited, an OCR'd police report). Two
communities no earlier set used: Nuer (South Sudanese) and Ossetian. Document types: a child and family assessment extract,
strategy meeting minutes, a child's WhatsApp messages typed up, a school's multi-agency referral form, a health visitor's notes
typed fast on a phone, a section 47 outcome letter, initial conference minutes, a family support worker's session diary, a
return home interview form, a father's own letter, an exploitation screening tool scanned with handwritten capitals, a police
missing person log, a chronology in ISO dates, an interpreter-assisted home visit record with names in Cyrillic, a school
nurse's email, the key terms of a non-molestation order, a review conference report, texts typed up, a nursery registration
form, a neighbour's witness statement, a mother's late-night email, an OCR'd police report with OCR errors (0 for O, 1 for l),
exploitation panel minutes and a boy's own statement in lower case.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration. Councils
are invented (Hyndvale); towns, districts, villages, camps, real schools, NHS bodies, police forces, clubs and apps are real
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. Choices this set had to make: a Nuer child's name given by a
practice in the father's-first-name form ("Nyakuoth Gatkuoth") is a name; a refugee camp ("Kule", "Nguenyyiel") is a place, as
a village would be; an OCR'd name, date, address with digit-for-letter errors ("ASHW0RTH, Archie", "21/O8/2011", "3 Hol1ins
Lane", "Adam Ha1stead", "EccIes, Tyler", "O4/O4/2OO7") is marked as what it is; a bare house or flat number
("11", "no. 16", "Flat 2") is an address; local short forms ("Ossy", "Accy", "Gt Harwood", "Clayton") are places; a
lower-case street in a text ("avenue parade", "9 harwood rd") is an address; a one-letter nickname ("T") is not marked, like an
initial; a kinship word before a name in a chat's contact ("uncle ruach") stays outside; Ossetia, South Sudan and Ethiopia are
regions or countries
and are not marked, while Gambella (the town) and Tskhinvali are places; "Bonfire Night" is a festival, not a date; Accrington Stanley
is a club and stays unmarked; "Family Court at Blackburn" and "Manchester Airport" are an organisation and a landmark; a weekday
alone ("saturday") is not a date.

Self-check without the detector: `python -m bench.redaction_set122` (and tests/test_redaction_set122.py) runs set 15's checker
on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per kind:
24 documents, 903 gold spans, 510 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Nyuon / Gatluak family (Nuer, from South Sudan by way of Gambella), Peel Park, Accrington -------------------------

HOME_A = d.Address("14 Queen's Road", "Peel Park", "Accrington", "BB5 6AR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Nyakuoth", "Gatluak")], dt.date(2013, 5, 2), addresses=[HOME_A], ids=["6738141033", "F888768835601"],
       schools=["Hillock Vale Primary School"]),
    _p("s", "sibling", [("Both", "Gatluak")], dt.date(2017, 9, 14), addresses=[HOME_A], ids=["5143870615"]),
    _p("m", "mother", [("Nyabol", "Nyuon")], dt.date(1991, 1, 1), addresses=[HOME_A], phones=["07932 418 655"],
       ids=["JT 48 19 62 B"]),
    _p("f", "father", [("Gatkuoth", "Gatluak")], dt.date(1985, 1, 1), phones=["+211 912 345 678"]),
    _p("p1", "professional", [("Hannah", "Rawcliffe")], phones=["01254 382 417"], emails=["hannah.rawcliffe@hyndvale.gov.uk"]),
], "c")

DOCS_A = [
    ("child and family assessment extract", """CHILD AND FAMILY ASSESSMENT (extract: family history and the child's voice)
Child: [[Nyakuoth GATLUAK|name]] (known as "[[Kuoth|name]]")   DOB: [[02/05/2013|dob]]   NHS: [[673 814 1033|nhs]]
UPN: [[F888768835601|upn]]   Address: [[14 Queen's Road|address]], [[Peel Park|place]], [[Accrington|place]] [[BB5 6AR|postcode]]
Social worker: [[Hannah Rawcliffe|name]]   Started: [[3 November 2026|date]]   Completed: [[1 December 2026|date]]

Family history. [[Nyabol Nyuon|name]] (mother, NI [[JT 48 19 62 B|ni]]) was born in [[Nasir|place]] and grew up in the
[[Kule|place]] and [[Nguenyyiel|place]] camps near [[Gambella|place]] after the family fled in 2013. She came to the UK in 2019
to join her brother [[Ruach Nyuon|name]], who lives in [[Huncoat|place]], and claimed asylum; she has leave to remain. Her
husband, [[Gatkuoth Gatluak|name]], stayed in [[Juba|place]]; she speaks to him on WhatsApp on [[+211 912 345 678|phone]]. [[Kuoth|name]]
and her brother [[Both|name]] ([[14.09.2017|dob]]) came with their mother. In the Nuer way the children carry their father's name,
so the school has them as [[Gatluak|name]], and the GP has [[Nyakuoth|name]] under "[[Nyakuoth Gatkuoth|name]]" (father's first name).
[[Nyabol|name]] told me that her older sister [[Nyaduoth|name]] in [[Addis Ababa|place]] ([[+251 911 234 567|phone]]) sends money for
school shoes, and that a family friend, [[Chuol Deng Both|name]], from [[Clayton-le-Moors|place]], drives them to church.

The worry. On [[27 October|date]] [[Kuoth|name]] told her teacher, Mrs [[Haworth|name]], that she would be "married in
July" to a man in [[Juba|place]] her uncle had chosen, and that cattle had been talked about. The DSL, [[Anil Mistry|name]],
rang the front door the same day. [[Kuoth|name]] is 13.

The child's voice (seen alone at [[Hillock Vale|school]], [[10 November 2026|date]], with interpreter [[Gatwech Lam|name]]):
"I don't want to go. I want to be a nurse like [[Nyaruach|name]]." ([[Nyaruach|name]] is a cousin in [[Blackburn|place]].)
"Mum says it is only talk. Uncle [[Ruach|name]] says it is not only talk." She said a lady at church, [[Mary Nyachuol|name]], told
her "God gives girls to husbands", and that her friend [[Lily Pickup|name]] from [[Avenue Parade|address]] said she should "tell
Miss [[Barnes|name]]". Network. [[Nyabol|name]] named the people she trusts: her brother's wife [[Nyakong|name]] in
[[Huncoat|place]]; [[Mary Nyachuol|name]] and
her husband [[Peter Gai|name]] (from church, [[Great Harwood|place]]); her neighbour at [[no. 16|address]], Mrs
[[Irene Hartley|name]], who
helps with letters; and her friend [[Achol Mabior|name]] in [[Sheffield|place]] ([[07459 318 207|phone]]). The children's school friends:
[[Lily Pickup|name]], [[Ayaan Rashid|name]] and [[Poppy|name]] (no surname known). Health: [[Kuoth|name]] and [[Both|name]] are
registered at
Peel Park Medical Practice with Dr [[Imran Bux|name]]; the health visitor before was [[Lynne Hindley|name]].
[[Both|name]] said only that he likes Minecraft and Accrington Stanley.
"""),
    ("strategy meeting minutes", """STRATEGY MEETING (s47) - MINUTES
Date: Thursday [[29.10.26|date]], 10:00, Teams     Chair: [[Sajida Patel|name]] (Team Manager, Hyndburn)
Present: [[Hannah Rawcliffe|name]] (SW); DC [[Liam Duckworth|name]] (Lancashire Police); [[Anil Mistry|name]] (DSL, Hillock Vale
Primary); [[Joanne Pilling|name]] (school nurse); Dr [[Imran Bux|name]] (GP, Peel Park Medical Practice)
Apologies: [[Kelly Sowerbutts|name]] (FGM and forced marriage lead)

1. Information shared. Police: no record for [[Nyabol Nyuon|name]] or [[Ruach Nyuon|name]]; a 2024 call from [[Ruach|name]]'s address,
[[27 Burnley Road|address]], [[Huncoat|place]] [[BB5 6LX|postcode]], a noise complaint by a neighbour, Mr [[Ken Birtwistle|name]].
School: [[Kuoth|name]] is bright and attends 97%; she asked Mrs [[Haworth|name]] on Friday [[23 October|date]] whether "a girl can say
no". Health: [[Nyakuoth|name]] last seen [[14/02/2026|date]]; NHS [[673 814 1033|nhs]]; nothing of note.
2. Decision: threshold met for s47; joint visit today. Forced Marriage Unit to be told. DC [[Duckworth|name]] to ask about a
Forced Marriage Protection Order. Passports: mother to be asked where they are ([[Nyabol|name]] said before "[[Chuol|name]] keeps
them").
3. Actions (initials as in the chat):
- HR: visit with DC LD today 15:30; interpreter [[Gatwech|name]] (Nuer, male) - mother may prefer a woman; [[Nyamal Kuol|name]]
  from the agency on [[07845 220 913|phone]].
- AM: safe adult for [[Kuoth|name]] in school.
Next meeting: [[5 November 2026|date]].

Addendum, [[30/10/2026|date]] (joint visit of [[29 October|date]], 15:30, [[14 Queen's Road|address]]): seen [[Nyabol|name]],
[[Kuoth|name]]
and [[Both|name]]; interpreter [[Nyamal Kuol|name]]. [[Nyabol|name]] said the passports are with [[Chuol Deng Both|name]] at
[[8 Sparth Road|address]], [[Clayton-le-Moors|place]], "for safe". She said her brother [[Ruach|name]] and her husband [[Gatkuoth|name]]
talked with the family of a man called [[Riek Machar Wal|name]] in [[Juba|place]]; she said "it is talk for later, not now".
She asked for the pastor, Rev. [[James Gatdet|name]] of the Nuer congregation that meets in [[Accrington|place]], to be present next
time. [[Kuoth|name]] was seen alone in her room: she showed a photo of her cousin [[Nyaruach Kuol|name]], a nurse at Royal
Blackburn Hospital, and said "I want to live like [[Nyaruach|name]]". DC [[Duckworth|name]] collected the passports from [[Chuol|name]]
at 17:10. [[Chuol|name]]'s wife [[Nyagai|name]] ([[07521 443 906|phone]]) said the family "only wants to keep the culture".
"""),
    ("WhatsApp messages typed up from the child's phone", """Typed up from screenshots [[Kuoth|name]] showed SW on
[[12/11/2026|date]]. Group: "[[Gatluak|name]] family 🇸🇸".
[[20/10/2026|date]] 19:02 - uncle [[ruach|name]]: [[kuoth|name]] you must greet your aunt on the phone tonight
[[20/10/2026|date]] 19:05 - [[Kuoth|name]]: ok uncle
[[20/10/2026|date]] 19:40 - [[+211 925 608 143|phone]]: [[Nyakuoth|name]] nhoak ni jɛn
[[20/10/2026|date]] 21:12 - mum: [[kuoth|name]] bed now. school
[[24/10/2026|date]] 08:15 - uncle [[ruach|name]]: [[gatkuoth|name]] said the family of [[Riek|name]] will come to [[juba|place]] in july
[[24/10/2026|date]] 08:16 - [[Kuoth|name]]: who is [[riek|name]]
[[24/10/2026|date]] 08:30 - uncle [[ruach|name]]: you will see
Private chat, "[[lily|name]] 💜":
[[lily|name]]: omg [[kuoth|name]] thats not ok ur 13
[[Kuoth|name]]: dont tell miss [[barnes|name]]
[[lily|name]]: im telling my mum then. shes at [[avenue parade|address]] after 4
[[Kuoth|name]]: ok maybe tell [[barnes|name]]
"""),
]
# --- B. Duckworth / Entwistle family (white British), Spring Hill, then Rishton --------------------------------------------

HOME_B = d.Address("9 Harwood Road", "", "Rishton", "BB1 4DH")
NAN_B = d.Address("31 Union Road", "", "Oswaldtwistle", "BB5 3DD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Entwistle")], dt.date(2019, 6, 30), addresses=[HOME_B], ids=["7205109078"]),
    _p("s", "sibling", [("Summer", "Entwistle")], dt.date(2015, 2, 11), addresses=[HOME_B], ids=["5622951011", "Q888374281998"],
       schools=["Rishton Methodist Primary School"]),
    _p("m", "mother", [("Chelsea", "Duckworth")], dt.date(1996, 8, 4), addresses=[HOME_B], phones=["07784 201 559"],
       ids=["NH 62 08 37 A"]),
    _p("o", "other", [("Jordan", "Hacking")], dt.date(1993, 3, 19), addresses=[HOME_B], phones=["07519 883 042"]),
    _p("g", "grandparent", [("Bev", "Duckworth")], dt.date(1970, 10, 2), addresses=[NAN_B], phones=["01254 886 203"]),
    _p("p1", "professional", [("Ruth", "Ainsworth")], phones=["01254 233 918"], emails=["ruth.ainsworth@hyndvale.gov.uk"]),
], "c")

DOCS_B = [
    ("health visitor's notes typed fast on a phone", """hv notes - typed on phone in car, tidy up later!!
[[07/11/26|date]] 1015 HV home visit [[9 harwood rd|address]] [[rishton|place]]. seen [[kayden|name]] (7y? no - 7 in june, dob
[[30.06.19|dob]])
mum [[chelsea|name]] + her new partner [[jordan|name]] (hacking? spell) present. house v cold, no credit on meter, [[summer|name]] at
school ([[rishton methodist|school]]). [[kayden|name]] thin, wt 18.2kg dropped centiles. nappy at 7 - day + night. speech unclear.
mum says nan [[bev|name]] in [[ossy|place]] ([[union rd|address]]) has him weekends. [[jordan|name]] answered for mum most of visit.
dog (xl bully "Zeus") not in cage, jumped at [[kayden|name]]. neighbour at no [[11|address]] ([[pat|name]]?) waved me over after - says
shouting most nights & [[summer|name]] out on street til 10pm w [[tiegan|name]] from [[the Woodlands|place]]... rang front door from car
1140 spoke [[ruth ainsworth|name]] ([[01254 233 918|phone]]). GP = Rishton & Great Harwood Surgery, dr [[patel|name]] — book wt review.
NHS [[720 510 9078|nhs]]. next: [[14/11|date]] w SW. - [[Jo Crabtree|name]] HV
"""),
    ("section 47 enquiry outcome letter to the mother", """Hyndvale Council - Children's Social Care, Hyndburn Area Team

Ms [[Chelsea Duckworth|name]]
[[9 Harwood Road|address]]
[[Rishton|place]]
[[BB1 4DH|postcode]]

[[2 December 2026|date]]

Dear [[Chelsea|name]],

Outcome of the enquiries about [[Summer|name]] and [[Kayden|name]]

Thank you for meeting [[Jo Crabtree|name]] (health visitor) and me on [[14 November|date]] and again on [[the 21st|date]] at your
mum's house on [[Union Road|address]]. I am writing, as I promised, to set out what we found and what happens next.

We have finished the enquiries that began on [[8 November 2026|date]]. We found that [[Kayden|name]] has lost weight, is not yet
dry, and has missed three appointments at the Child Development Centre in [[Accrington|place]]. [[Summer|name]] told me that she
often looks after [[Kayden|name]] after school and that she has been out late with her friend [[Tiegan Holden|name]] because "it's
better than being in". She also told me that [[Jordan|name]] pushed you into the fridge on Bonfire Night; you told me it was
an accident. PC [[Sam Riley|name]] has since spoken to you.

We will hold an initial child protection conference on Tuesday [[15 December 2026|date]] at 10am at Hyndburn Children's Centre. You
can bring a supporter; your mum, [[Bev|name]], has asked to come, and so has your friend [[Amber Nuttall|name]].

Yours sincerely
[[Ruth Ainsworth|name]], Social Worker, [[01254 233 918|phone]], [[ruth.ainsworth@hyndvale.gov.uk|email]]
cc: [[Jo Crabtree|name]] (health visitor); Mrs [[Karen Lowe|name]] ([[Rishton Methodist Primary School|school]]); [[Bev Duckworth|name]],
[[31 Union Road|address]], [[Oswaldtwistle|place]] [[BB5 3DD|postcode]] (at [[Chelsea|name]]'s request)
cc: Mr [[Jordan Hacking|name]] (by hand)
"""),
]
# --- C. Hussain / Akhtar family (British Pakistani, Mirpur family), Woodcock Hill, Great Harwood ----------------------------

HOME_C = d.Address("6 Cross Street", "", "Great Harwood", "BB6 7BE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Zoya", "Hussain")], dt.date(2010, 12, 3), addresses=[HOME_C], ids=["4381093615", "A888896487718"],
       schools=["Hameldon Community College"]),
    _p("m", "mother", [("Rukhsana", "Akhtar")], dt.date(1984, 4, 20), addresses=[HOME_C], phones=["07403 557 218"]),
    _p("f", "father", [("Tariq", "Hussain")], dt.date(1980, 7, 7), addresses=[HOME_C], phones=["07886 342 190"],
       ids=["SL 33 71 90 C"]),
    _p("p1", "professional", [("Fatima", "Lord")], phones=["01254 389 145"], emails=["fatima.lord@hyndvale.gov.uk"]),
], "c")

DOCS_C = [
    ("return home interview form after a missing episode", """RETURN HOME INTERVIEW - Hyndburn Missing From Home Service
Young person: [[HUSSAIN, Zoya|name]]   DOB [[03/12/2010|dob]]   UPN [[A888896487718|upn]]
Missing from: [[6 Cross Street|address]], [[Great Harwood|place]] [[BB6 7BE|postcode]]   Reported: [[17.11.2026|date]] 22:40
Found: [[18.11.2026|date]] 03:10, at a flat on [[Blackburn Road|address]], [[Church|place]], by PC [[Grace Whittaker|name]]
Interview: [[20 Nov 2026|date]] at Hameldon, by [[Fatima Lord|name]] (worker), with [[Zoya|name]]'s agreement, parents not present

Where were you? "With [[Danyal|name]] and his mate [[Kash|name]]. We went [[Preston|place]] in [[Kash|name]]'s car then back to
[[Church|place]]." (Police note the car: [[PK21 HWD|vehicle]].) She would not say [[Danyal|name]]'s surname; police think
[[Danyal Mahmood|name]], 22, of [[Rishton|place]].
Why did you go? "Abbu took my phone. Ammi [[Rukhsana|name]] cries all the time. My phuppo [[Nasreen|name]] in [[Mirpur|place]] keeps
ringing about me going [[Dadyal|place]] for the wedding." (The aunt's number, from [[Zoya|name]]: [[+92 300 5418 762|phone]].)
Who can you talk to? "Miss [[Ormerod|name]] at school. My cousin [[Aisha|name]] in [[Blackburn|place]]."
Other people named: [[Kash|name]]'s sister [[Sana|name]]; "a man called [[Imran|name]] who has a shop in [[Oswaldtwistle|place]]";
[[Zoya|name]]'s friend [[Hannah Ingham|name]] ([[07701 448 916|phone]]) who covered for her.
Worries noted: older men, a car, alcohol offered, a possible trip to Pakistan. Passed to DS [[Mark Grimshaw|name]] (CSE) and SW.
Signed: [[F. Lord|name]]     [[20/11/2026|date]]
"""),
    ("father's own letter to the social worker", """[[Tariq Hussain|name]]
[[6 Cross St|address]], [[Gt Harwood|place]]

To Miss [[Lord|name]],

I am writing becouse at the meeting on [[the 25th|date]] I did not say things right. My English speaking is not so good as my
writing. I am not forcing [[Zoya|name]] to marry anybody. My sister [[Nasreen|name]] has talked too much. The wedding in
[[Dadyal|place]] is
my nephew [[Bilal|name]]'s wedding, on [[12 February|date]], and we will all go, my wife [[Rukhsana|name]], [[Zoya|name]] and me,
and come back
after two weeks to [[Great Harwood|place]]. I took her phone because the boy [[Danyal|name]] send her messages at 2 oclock in the night.
My brother [[Khalid|name]] in [[Clayton|place]] ([[07956 118 402|phone]]) will tell you I am a good father. Also the Imam at the masjid on
[[Queen Street|address]] knows our family 30 years.

Please you can ring me on [[07886 342 190|phone]]. Thank you.
[[T. Hussain|name]]
"""),
]
# --- D. Tsaraeva / Gagloev family (Ossetian, from Vladikavkaz), Clayton-le-Moors --------------------------------------------

HOME_D = d.Address("22 Whalley Road", "", "Clayton-le-Moors", "BB5 5HD")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Alan", "Gagloev")], dt.date(2016, 3, 8), addresses=[HOME_D], ids=["7917749991"],
       schools=["Mount Pleasant Primary School"]),
    _p("m", "mother", [("Zarina", "Tsaraeva")], dt.date(1989, 11, 23), addresses=[HOME_D], phones=["07412 660 381"]),
    _p("g", "grandparent", [("Fatima", "Tsaraeva")], dt.date(1962, 6, 1), phones=["+7 867 254 3178"]),
    _p("p1", "professional", [("Owen", "Clegg")], phones=["01254 236 502"], emails=["owen.clegg@hyndvale.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events", """CHRONOLOGY - [[GAGLOEV, Alan|name]] (DOB [[08/03/2016|dob]]), NHS [[791 774 9991|nhs]]
Compiled by [[Owen Clegg|name]], SW, [[30/11/2026|date]]

Date | Event | Source
[[2016-03-08|date]] | [[Alan|name]] born in [[Vladikavkaz|place]] to [[Zarina Tsaraeva|name]] and [[Soslan Gagloev|name]]. | mother
[[2021-09-01|date]] | Family move to [[Beslan|place]] to live with maternal grandmother [[Fatima Tsaraeva|name]]. | mother
[[2023-04-17|date]] | Mother and [[Alan|name]] arrive in UK on a visa sponsored by her cousin [[Irina Dzhioeva|name]], of
[[Altham|place]]. | Home Office letter
[[2025-10-06|date]] | [[Alan|name]] starts at [[Mount Pleasant|school]], [[Clayton-le-Moors|place]]. | school
[[2026-06-19|date]] | School: [[Alan|name]] says "papa [[Soslan|name]] will come and take me". | DSL [[Claire Holt|name]]
[[2026-10-02|date]] | Father arrives from [[Tbilisi|place]]; seen outside school by TA [[Becky Lord|name]]. Mother
rings 999 from [[22 Whalley Road|address]]. | police log
[[2026-10-03|date]] | Non-molestation order granted to mother, ex parte. Father's address given as [[ул. Маркуса, 14|address]],
[[Владикавказ|place]]. | court order
[[2026-11-14|date]] | Grandmother rings SW from [[Beslan|place]] on [[+7 867 254 3178|phone]] asking to see [[Алан|name]] on video. | SW
[[2026-11-16|date]] | [[Alan|name]] tells TA [[Becky Lord|name]] that "[[Soslan|name]] says the car will come". | school
[[2026-11-18|date]] | Mother's cousin [[Irina Dzhioeva|name]] ([[07468 211 390|phone]]) says the father rang her from
[[Tbilisi|place]]. | SW
[[2026-11-19|date]] | Strategy discussion: [[Owen Clegg|name]], DS [[Helen Ratcliffe|name]], [[Claire Holt|name]]. Port Alert. | minutes
[[2026-11-20|date]] | Father rings mother from [[+995 555 12 34 56|phone]]. | mother
[[2026-11-23|date]] | Home visit, interpreter [[Elena Morozova|name]]. | SW
[[2026-11-25|date]] | [[Madina Kokoeva|name]] sees a man like the father at the Co-op on [[Whalley Road|address]]. | police log
[[2026-11-26|date]] | PC [[Josh Nuttall|name]] checks CCTV; not the father (a Mr [[Giorgi Beridze|name]] of
[[Great Harwood|place]]). | police
[[2026-11-28|date]] | Uncle [[Batraz Tsaraev|name]] rings from [[Vladikavkaz|place]] on [[+7 918 825 4417|phone]]; says the father is in
[[Moscow|place]]. | mother
[[2026-12-01|date]] | School nurse [[Joanne Pilling|name]] sees [[Alan|name]]. | email
[[2026-12-03|date]] | [[Alan|name]] stays with [[Madina|name]] and her son [[Aslan Kokoev|name]] on [[Ellison Street|address]]
while mother
at the Home Office in [[Liverpool|place]]. | mother
[[2026-12-07|date]] | Home visit planned. | SW
"""),
    ("interpreter-assisted home visit record", """HOME VISIT RECORD - [[22 Whalley Rd|address]], [[Clayton-le-Moors|place]]
[[BB5 5HD|postcode]] - Mon [[23 Nov|date]]
Present: [[Zarina Tsaraeva|name]] (mother); [[Alan|name]] (from 15:45); interpreter [[Elena Morozova|name]] (Russian); me,
[[Owen Clegg|name]].
[[Zarina|name]] wrote down her family for me in Russian and I copied it: мама - [[Фатима Цараева|name]]; брат - [[Батраз|name]]
(in [[Владикавказ|place]]); подруга - [[Мадина|name]] from [[Accrington|place]]. She said [[Madina Kokoeva|name]] lives on
[[Ellison Street|address]] and collects [[Alan|name]] on Wednesdays.
[[Zarina|name]] said [[Soslan|name]] rang from a Georgian number, [[+995 555 12 34 56|phone]], on [[20 November|date]] and said he
would "bring [[Alan|name]] home to Ossetia". [[Alan|name]] showed me his Ossetian dance photos from the club in [[Manchester|place]]
and said his friend [[Oliver|name]] from [[Dill Hall|place]] is his best friend.
Later, [[Alan|name]] came in from school with [[Madina|name]]'s son [[Aslan|name]]. He showed me a birthday card signed "папа
[[Сослан|name]]" that came by post from [[Тбилиси|place]], from an address on [[проспект Руставели|address]]? - [[Zarina|name]] says it is
a café, not a home. He said his friends at [[Mount Pleasant|school]] are [[Oliver|name]], [[Harry Birtwell|name]] and [[Maisie|name]],
and that Mrs [[Holt|name]] lets him do Ossetian dancing in assembly. [[Zarina|name]] gave me her cousin [[Irina|name]]'s address,
[[16 Burnley Road|address]], [[Altham|place]] [[BB5 5UP|postcode]], as a safe place, and her own new number, [[07412 660 381|phone]].
Plan: school told (DSL [[Claire Holt|name]]); Port Alert requested; next visit [[7 December|date]].
"""),
]
# --- E. Pickup / Marsden family (white British), Church ---------------------------------------------------------------------

HOME_E = d.Address("40 Market Street", "", "Church", "BB5 0DP")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Rose", "Marsden")], dt.date(2024, 1, 9), addresses=[HOME_E], ids=["5967904336"]),
    _p("m", "mother", [("Shannon", "Pickup")], dt.date(2005, 5, 5), addresses=[HOME_E], phones=["07852 904 117"]),
    _p("f", "father", [("Dale", "Marsden")], dt.date(2003, 2, 27), phones=["07723 415 086"], ids=["PW 15 40 82 D"]),
    _p("p1", "professional", [("Gemma", "Kenyon")], phones=["01254 220 874"], emails=["gemma.kenyon@hyndvale.gov.uk"]),
], "c")

DOCS_E = [
    ("child protection review conference report", """REVIEW CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Child: [[Rose MARSDEN|name]], born [[9 January 2024|dob]], NHS [[596 790 4336|nhs]]
Home: with mother, [[40 Market Street|address]], [[Church|place]], [[BB5 0DP|postcode]]
Conference: Wednesday [[9 December 2026|date]]   Author: [[Gemma Kenyon|name]]   Chair: [[Paul Hindle|name]] (IRO)

Progress since the initial conference on [[16 September 2026|date]]. [[Shannon Pickup|name]] (18 when [[Rose|name]] was born) has kept
to the written agreement about [[Dale Marsden|name]]: he has not come to the flat since the assault of [[31/08/2026|date]], when
[[Rose|name]] was in her arms. [[Dale|name]] is on bail to an address in [[Darwen|place]] ([[18 Bolton Road|address]]); his
vehicle, a white Corsa [[YJ19 KUB|vehicle]], was seen on [[Market Street|address]] on [[14 November|date]] by the neighbour,
Mrs [[Maureen Hargreaves|name]], who rang me. [[Shannon|name]] said she did not let him in. Her nana, [[Joan Pickup|name]], of
[[Stanhill|place]], [[Oswaldtwistle|place]], visits daily, and her friend [[Demi Rushton|name]] has moved in to help.
[[Rose|name]] is on the list for [[Tiny Steps|school]] from January; her health visitor
[[Jo Crabtree|name]] reports she is thriving. Recommendation: step down to a child in need plan.

Views. [[Shannon|name]]: "I'm doing it for [[Rose|name]]. I'm not having [[Dale|name]] back." Her nana [[Joan|name]]: "She's a good mum,
she just needed somebody." [[Demi Rushton|name]] said she will stay until [[Shannon|name]] starts college at Accrington and Rossendale
College in January. [[Dale|name]]'s mother, Mrs [[Tina Marsden|name]] of [[Hyndburn Road|address]], [[Church|place]], rang on
[[3 December|date]]
to ask to see [[Rose|name]]; [[Shannon|name]] agreed to contact at the family centre on Fridays? - no, on Saturday [[12 December|date]]
supervised by [[Gemma Kenyon|name]]. Agencies: HV [[Jo Crabtree|name]] (no concerns, weight 75th centile); PC [[Sam Riley|name]] (bail
until [[8 January 2027|date]]; trial at Burnley Magistrates' Court); [[Paul Hindle|name]] (chair) to write to [[Dale|name]] at
[[18 Bolton Road|address]], [[Darwen|place]] [[BB3 1DF|postcode]].
"""),
    ("texts between the mother and the social worker, typed up", """Texts between [[Shannon|name]] ([[07852 904 117|phone]]) and
[[Gemma Kenyon|name]] (work mobile), [[14|date]]-[[15 Nov 2026|date]]
[[Shannon|name]]: hiya [[gemma|name]] its [[shannon|name]]. [[dale|name]] car outside again the white one. [[maureen|name]]
upstairs seen it to
[[Gemma|name]]: Thanks for telling me [[Shannon|name]]. Are you and [[Rose|name]] safe? Ring 999 if he comes to the door.
[[Shannon|name]]: were ok. [[demi|name]] here. hes gone now towards [[ossy|place]]
[[Gemma|name]]: Well done. I will let PC [[Riley|name]] know. See you Tuesday [[17th|date]] at 10.
[[Shannon|name]]: ok. [[rosie|name]] says bye 😂
[[Gemma|name]]: Also [[Joan|name]] rang me, she says [[Tina|name]] wants to see [[Rose|name]]. Are you ok with that?
[[Shannon|name]]: ye if its at the centre not at [[tina|name]]s. [[kyle|name]] lives there
[[Gemma|name]]: Understood. I'll book the family room for [[12th|date]] Dec.
[[Shannon|name]]: ta. [[demi|name]] says can she come
[[Gemma|name]]: Yes that's fine. And [[Maureen|name]]'s statement is done, PC [[Riley|name]] has it.
[[Shannon|name]]: [[mo|name]] is a legend tbh
"""),
]
# --- F. Ashworth family (white British), Baxenden ----------------------------------------------------------------------------

HOME_F = d.Address("3 Hollins Lane", "", "Baxenden", "BB5 2RW")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Archie", "Ashworth")], dt.date(2011, 8, 21), addresses=[HOME_F], ids=["5182217145", "V888484974575"],
       schools=["The Hollins"]),
    _p("m", "mother", [("Nicola", "Ashworth")], dt.date(1979, 9, 9), addresses=[HOME_F], phones=["07970 338 215"],
       emails=["nicky.ashworth79@hotmail.co.uk"]),
    _p("p1", "professional", [("Sean", "Heys")], phones=["01254 385 660"], emails=["sean.heys@hyndvale.gov.uk"]),
], "c")

DOCS_F = [
    ("mother's email to the social worker", """From: [[Nicky Ashworth|name]] <[[nicky.ashworth79@hotmail.co.uk|email]]>
Sent: Sun [[29/11/2026|date]] 23:51
To: [[sean.heys@hyndvale.gov.uk|email]]
Subject: [[archie|name]]

[[sean|name]] sorry its late. [[archie|name]] has not been home since school friday, his phone is off. i rang police saturday
(ref given) and his dad [[Craig|name]] in [[Haslingden|place]] has not seen him either. his mate [[Reece Whalley|name]] from
[[Hollins Lane|address]] said hes with "T" in [[Accy|place]] near the bus station, a lad called [[Tyler Eccles|name]]. [[Archie|name]]
came back last week with £300 and new trainers and a second phone. [[the hollins|school]] rang friday to say hes been excluded 3 days.
ps [[craig|name]] says he will have him at his in [[haslingden|place]] but his gf [[kirsty|name]] wont have him past [[the 14th|date]].
also [[reece|name]]s mum [[donna|name]] rang me and said [[tyler|name]] was at her door on [[hollins lane|address]] asking for
[[archie|name]].
and a man in a grey car [[YF68 ZRT|vehicle]] was outside [[baxenden|place]] co-op. please ring me [[07970 338 215|phone]]. [[nicky|name]]
"""),
    ("OCR'd copy of a police merlin report", """LANCASHIRE CONSTABULARY - MERL1N (PVP) - scanned copy, OCR
Name: [[ASHW0RTH, Archie|name]]    D.O.B: [[21/O8/2011|dob]]    Address: [[3 Hol1ins Lane|address]], [[Baxenden|place]],
[[BB5 2RW|postcode]]
Circumstances: Reported missing by mother [[Nicola ASHWORTH|name]] on [[28/11/2026|date]]. Located [[30/11/2026|date]] 16:20 at
[[Flat 2|address]], [[57 B1ackburn Road|address]], [[Accrington|place]] with [[Tyler ECCLES|name]] (19) and a female [[Kaci|name]]
(surname unknown). Cannabis and cash seen. Officer: PC 3310 [[Adam Ha1stead|name]].
Associates: [[EccIes, Tyler|name]] (b. [[O4/O4/2OO7|dob]]), [[SMITH, Ca11um|name]] ("[[Smithy|name]]"), [[WHALLEY, Reece|name]] (14),
[[HINDLE, Kaci|name]] (16). Veh: [[YF68 ZRT|vehicle]] (reg. keeper [[Janet Smith|name]], [[Huncoat|place]]).
Prev: MISPER [[O3/1O/2O26|date]] and [[14/1O/2O26|date]], both found in [[Accrington|place]] town centre by PCSO [[Lucy Walmsley|name]].
Father: [[Craig ASHWORTH|name]], [[5 Deardengate|address]], [[Hasl1ngden|place]], tel [[07834 552 019|phone]].
Risk: HIGH - CCE. Refer: Children's Services (SW [[Sean Heys|name]]).
"""),
]


DOCS_A += [
    ("school referral form to the front door", """LANCASHIRE MULTI-AGENCY REFERRAL FORM - [[Hillock Vale Primary School|school]]
Referrer: [[Anil Mistry|name]] (DSL), [[01254 231 507|phone]], [[a.mistry@hillockvale.lancs.sch.uk|email]]
Date of referral: [[27/10/2026|date]]
Child: [[Nyakuoth Gatluak|name]] ("[[Kuoth|name]]"), Year 6 (placed below her age on arrival); DOB [[2 May 2013|dob]]
Sibling: [[Both Gatluak|name]], Year 4, DOB [[14/09/2017|dob]], NHS [[514 387 0615|nhs]]
Parent: [[Nyabol Nyuon|name]], mobile [[07932 418 655|phone]] (speaks Nuer and some Arabic; needs an interpreter)
Other adults: uncle [[Ruach Nyuon|name]], [[Huncoat|place]]; family friend [[Chuol|name]] ("Mr [[Deng|name]]"? - see below)
Concern: at 14:20 today [[Kuoth|name]] told her class teacher Mrs [[Sarah Haworth|name]] that she will go to [[Juba|place]] in the
holidays to be married. She said her uncle and "Mr [[Chuol|name]]" have talked about "cows for my family". She said her friend
[[Lily|name]] knows. We have not spoken to the mother. Passports: unknown.
"""),
]

DOCS_B += [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[SUMMER ENTWISTLE|name]] and
[[KAYDEN ENTWISTLE|name]]
Held [[15.12.2026|date]] at Hyndburn Children's Centre. Chair: [[Paul Hindle|name]] (IRO). Minutes: [[Tracy Lonsdale|name]].
Present: [[Chelsea Duckworth|name]] (mother) with her mother [[Bev Duckworth|name]]; [[Ruth Ainsworth|name]] (SW); [[Jo Crabtree|name]]
(HV); Mrs [[Karen Lowe|name]] (head, [[Rishton Methodist|school]]); PC [[Sam Riley|name]].
Not present: [[Jordan Hacking|name]] (invited; did not attend).
The chair asked [[Bev|name]] to describe weekends at [[31 Union Road|address]], [[Oswaldtwistle|place]]: she said [[Kayden|name]] "eats
for England" at hers and is dry at night there. [[Summer|name]] (UPN [[Q888374281998|upn]]) has been late 19 times this term.
The neighbour at [[no. 11|address]] Harwood Road, Mrs [[Pat Kenyon|name]], has given a statement to PC [[Riley|name]].
Decision: both children subject to child protection plans, category neglect; [[Kayden|name]] also emotional abuse.
Review: [[9 March 2027|date]].

Views of the family. [[Chelsea|name]] said she "has let [[Kayden|name]] down" and wants help with his eating; [[Bev|name]] said she will
have [[Kayden|name]] Friday to Sunday and [[Summer|name]] Saturdays. [[Summer|name]]'s view, written with [[Ruth|name]] on
[[10 December|date]]:
"I like Nana [[Bev|name]]'s, I like Miss [[Lowe|name]], I don't like [[Jordan|name]] shouting, I want a phone like [[Tiegan|name]]'s."
Core group: [[Ruth Ainsworth|name]] (lead), [[Chelsea Duckworth|name]], [[Bev Duckworth|name]], [[Jo Crabtree|name]], Mrs
[[Karen Lowe|name]],
[[Leanne Barker|name]] (family support), Dr [[Nadia Patel|name]] (GP). First core group [[22 December 2026|date]] at
[[9 Harwood Road|address]].
"""),
]

DOCS_C += [
    ("CSE screening tool scanned with handwriting", """CHILD EXPLOITATION SCREENING TOOL (scanned; handwritten answers in capitals)
Name: [[ZOYA HUSSAIN|name]]          D.O.B. [[3RD DEC 2010|dob]]        School: [[HAMELDON|school]]
Address: [[6 CROSS ST|address]], [[GREAT
HARWOOD|place]]
Q4 Associates older (18+): YES - "[[DANYAL|name]]", "[[KASH|name]]" (KASHIF?), CAR [[PK21 HWD|vehicle]]
Q7 Missing episodes: 1 ([[17-18/11|date]]), found [[CHURCH|place]]
Q9 Gifts: phone, vapes, "a ring from [[Dan|name]]"
Q12 Friends of concern: [[AMIRA BEGUM|name]] (15, [[Accrington|place]]) - also seen in the car
Completed by: Notes on the back (worker): [[Zoya|name]] says [[Dan|name]] drives [[Kash|name]]'s car; [[Amira|name]]'s mum is
[[Shazia|name]];
[[Amira|name]]'s sister [[Iqra|name]] goes to [[Rhyddings|school]]. Meet again at [[Hameldon|school]] on [[1/12|date]] with
Miss [[Ormerod|name]]. Father [[Tariq|name]] ([[07886 342 190|phone]]) rang twice; uncle [[Khalid Hussain|name]] ([[07956 118 402|phone]])
offered to have [[Zoya|name]] at his house in [[Clayton-le-Moors|place]] on [[Sparth Road|address]].
[[F LORD|name]]  [[24/11/26|date]]   Score: 14 (significant risk)
"""),
]

DOCS_D += [
    ("school nurse's email about the child", """From: [[Joanne Pilling|name]] <[[joanne.pilling@nhs.net|email]]>
Sent: [[01 December 2026|date]] 12:14
To: [[Owen Clegg|name]]
Cc: [[Claire Holt|name]] (DSL, [[Mount Pleasant|school]])
Subject: [[Alan G|name]] - nurse drop-in

Hi [[Owen|name]],
[[Alan|name]] came to my drop-in today with his friend [[Oliver Tattersall|name]]. He said his tummy hurts "when Mama cries". He
told me his babu (grandma, [[Fatima|name]]) in [[Beslan|place]] sends voice notes and that "papa says we go to [[Tskhinvali|place]]
for New Year". He drew his family: Mama, babu, and "[[Batraz|name]]" (uncle). I have booked a follow-up on [[8th December|date]].
[[Jo|name]]
School Nurse, Hyndburn 0-19 team, [[07789 554 230|phone]]
"""),
]

DOCS_E += [
    ("nursery registration form", """[[TINY STEPS|school]] DAY NURSERY - REGISTRATION FORM
Child's full name: [[Rose Lily Marsden|name]]     Known as: [[Rosie|name]]     DOB: [[09-01-2024|dob]]
Home address: [[Flat 1, 40 Market St|address]], [[Church|place]], [[Accrington|place]], [[BB5 0DP|postcode]]
Parent 1: [[Shannon Pickup|name]], mobile [[07852 904 117|phone]], email [[shannonpickup05@icloud.com|email]]
Parent 2: [[Dale Marsden|name]] - NOT TO COLLECT (court bail conditions; photo on file)
Emergency contacts: (1) [[Joan Pickup|name]] (great-grandma), [[01254 398 106|phone]]; (2) [[Demi Rushton|name]] (friend),
[[07719 302 844|phone]]
Allergies: none. GP: Church and Oswaldtwistle Medical Centre. Start date: Monday [[4 January 2027|date]]
"""),
]

DOCS_F += [
    ("child exploitation panel minutes", """MACE PANEL (Multi-Agency Child Exploitation) - Hyndburn - [[10/12/2026|date]] - item 3
[[ARCHIE ASHWORTH|name]] (15), [[Baxenden|place]]. Presenting: [[Sean Heys|name]] (SW).
Since the last panel: missing twice ([[28|date]]-[[30 November|date]]; [[6 December|date]]). Found with [[Tyler Eccles|name]] at
[[57 Blackburn Road|address]], [[Accrington|place]]. Linked nominals: [[Tyler Eccles|name]]; "[[Smithy|name]]" ([[Callum Smith|name]], 20,
[[Huncoat|place]]); car [[YF68 ZRT|vehicle]]. Mother [[Nicola|name]] asked for a NRM referral; done [[8/12|date]].
Discussion. [[Archie|name]] says he owes [[Tyler|name]] £200; [[Reece Whalley|name]] (14, [[Hollins Lane|address]]) is also linked and
has a worker, [[Danielle Ogden|name]] from the Hyndburn youth team. Mother [[Nicky Ashworth|name]] ([[07970 338 215|phone]]) is
moving [[Archie|name]] to his dad [[Craig Ashworth|name]]'s in [[Haslingden|place]] ([[5 Deardengate|address]]) for two weeks. The
[[Hollins|school]] head of year, Mr [[Pearson|name]], says [[Archie|name]] is "a lovely lad on his own". Police: [[Tyler Eccles|name]]
(born [[04/04/2007|dob]]) arrested [[8 December|date]] at [[57 Blackburn Road|address]]; [[Kaci Hindle|name]] (16) safeguarded;
[[Callum Smith|name]]'s car [[YF68 ZRT|vehicle]] stopped in [[Burnley|place]] on [[9/12|date]]. NHS no. for [[Archie|name]]:
[[518 221 7145|nhs]];
UPN [[V888484974575|upn]].
Actions: DC [[Liam Duckworth|name]] - disruption at [[Flat 2|address]]; [[the Hollins|school]] - reduced timetable with Mr
[[Pearson|name]].
"""),
]


DOCS_B += [
    ("family support worker's diary of sessions", """FAMILY SUPPORT - SESSION DIARY ([[Entwistle|name]] children), worker
[[Leanne Barker|name]]
Mon [[16/11|date]]: bedtime routine at [[9 Harwood Rd|address]]. [[Kayden|name]] in bed 19:40. [[Summer|name]] read to him.
[[Chelsea|name]] tired.
Wed [[18/11|date]]: food shop with [[Chelsea|name]] at Aldi, [[Accrington|place]]. [[Jordan|name]] rang her 6 times in an hour.
Fri [[20/11|date]]: [[Bev|name]] dropped [[Kayden|name]] back from [[Ossy|place]] at 17:00; potty chart going well.
Tue [[24/11|date]]: nobody in. Neighbour [[Pat|name]] said [[Chelsea|name]] had gone to [[Blackpool|place]] with [[Jordan|name]]
"for the day".
Thu [[26/11|date]]: [[Summer|name]] said [[Tiegan|name]]'s mum [[Kerry Holden|name]] lets her stay over on
[[Whalley Road|address]], [[Clayton|place]].
Fri [[27/11|date]]: [[Kayden|name]] weighed at the clinic in [[Rishton|place]] by HV [[Jo Crabtree|name]]: 18.6kg.
[[Chelsea|name]] pleased.
Mon [[30/11|date]]: [[Jordan|name]] there. Said "[[Ruth|name]] can do one". [[Summer|name]] in her room. Left early, rang
[[Ruth Ainsworth|name]].
Tue [[01/12|date]]: with [[Chelsea|name]] to the food bank at St Charles' on [[Hermitage Street|address]]; volunteer
[[Doreen Baron|name]] kind.
Wed [[02/12|date]]: [[Bev|name]] rang me from [[Oswaldtwistle|place]] on [[01254 886 203|phone]]: [[Kayden|name]] told her
[[Jordan|name]] locked
him in the bathroom. Passed to [[Ruth|name]] same day.
Thu [[03/12|date]]: [[Summer|name]] at school club till 5 with Mrs [[Karen Lowe|name]]; walked home with [[Tiegan Holden|name]] and
[[Tiegan|name]]'s brother [[Mason Holden|name]] (17).
Fri [[04/12|date]]: [[Chelsea|name]] said she has told [[Jordan|name]] to go back to his mum's in [[Great Harwood|place]]
([[Queen Street|address]]).
Mon [[07/12|date]]: [[Jordan|name]]'s coat still in the hall. [[Kayden|name]] dry all weekend at [[Bev|name]]'s. [[Summer|name]]
happy - school
panto part. Neighbour [[Pat Kenyon|name]] says it has been quiet.
Tue [[08/12|date]]: core group at [[Rishton Methodist|school]]: [[Ruth Ainsworth|name]], [[Jo Crabtree|name]], Mrs
[[Karen Lowe|name]], me,
[[Chelsea|name]], [[Bev Duckworth|name]]. Next: [[5 January|date]].
"""),
]

DOCS_C += [
    ("police missing person log, typed up", """MISSING PERSON - STORM log 0987 of [[17/11/2026|date]] (extract)
22:40 Caller [[Rukhsana AKHTAR|name]] ([[07403 557 218|phone]]), mother, reports daughter [[Zoya HUSSAIN|name]] (15) missing
from [[6 Cross Street|address]], [[Great Harwood|place]]. Last seen 18:00. Phone off.
23:05 [[Tariq HUSSAIN|name]] says [[Zoya|name]] may be with "[[Danyal|name]]" from [[Rishton|place]].
23:30 PC [[Grace Whittaker|name]] 4471 checks [[Danyal MAHMOOD|name]]'s home address, [[12 Spring Street|address]],
[[Rishton|place]]: no reply.
01:50 ANPR hit [[PK21 HWD|vehicle]] M65 J7 eastbound.
03:10 [[Zoya|name]] found at [[Flat 3|address]], [[Blackburn Road|address]], [[Church|place]], with [[Kashif Ali|name]] (21).
Returned home 03:45.
04:10 [[Zoya|name]] told PC [[Whittaker|name]] in the car that [[Kashif|name]] is "[[Kash|name]]" and [[Danyal|name]] is
"[[Dan|name]]", and that
a girl called [[Amira|name]] from [[Accrington|place]] was there earlier with a man called "[[Sully|name]]".
05:00 [[Amira BEGUM|name]] (15) reported missing by her father [[Shahid Begum|name]] from [[44 Dill Hall Lane|address]], [[Church|place]]
([[07931 602 847|phone]]).
06:15 [[Amira|name]] returns home by taxi (Hyndburn Private Hire, driver [[Mohammed Iqbal|name]]).
08:30 Referral to CSC: [[Fatima Lord|name]] ([[01254 389 145|phone]]) for [[Zoya|name]], and [[Lisa Hartley|name]] for [[Amira|name]].
09:00 DS [[Mark Grimshaw|name]] notified (CSE). [[Danyal MAHMOOD|name]] (born [[12/02/2004|dob]]) and [[Kashif ALI|name]] (born
[[30/06/2005|dob]]) flagged; [[Kashif|name]]'s address [[Flat 3|address]], [[Blackburn Road|address]], [[Church|place]]
[[BB5 0AA|postcode]].
09:20 [[Rukhsana Akhtar|name]] rings for an update; [[Tariq Hussain|name]] says the family's GP, Dr [[Sadia Malik|name]], will see
[[Zoya|name]].
"""),
]

DOCS_D += [
    ("non-molestation order, key terms typed into the case file", """NON-MOLESTATION ORDER (Family Law Act 1996, s42) - key terms
copied by SW [[O. Clegg|name]]
Applicant: [[ZARINA TSARAEVA|name]]   Respondent: [[SOSLAN GAGLOEV|name]] (born [[11/07/1984|dob]])
Made: [[3 October 2026|date]], Family Court at Blackburn, Recorder [[Hughes|name]]   Return hearing: [[17/10/2026|date]]
The respondent must not use or threaten violence against the applicant or [[Alan Gagloev|name]] ([[8 March 2016|dob]]), must
not contact them by any means, and must not go within 100 metres of [[22 Whalley Road|address]], [[Clayton-le-Moors|place]], or of
[[Mount Pleasant Primary School|school]], [[Clayton-le-Moors|place]]. Served on the respondent at Manchester Airport? - no:
served by email to [[s.gagloev@mail.ru|email]] on [[4 October 2026|date]] by permission.
"""),
]

DOCS_E += [
    ("neighbour's statement to police", """WITNESS STATEMENT (CJ Act 1967, s9) - [[Maureen HARGREAVES|name]], over 18, retired
I live at [[Flat 2, 40 Market Street|address]], [[Church|place]], above [[Shannon|name]] and the baby. On Saturday [[14th November|date]]
about 7pm I saw a white car, [[YJ19 KUB|vehicle]], parked outside the chippy. I know it is [[Dale|name]]'s car. He sat in it for
about half an hour with another lad, I think [[Kyle Marsden|name]], his brother. I rang [[Shannon|name]]'s social worker
[[Gemma|name]] on [[01254 220 874|phone]]. My daughter [[Lisa|name]] in [[Rishton|place]] said not to get involved but the baby
matters. Signed [[M Hargreaves|name]]  [[16/11/2026|date]]  Officer: PC [[Sam Riley|name]]
"""),
]

DOCS_F += [
    ("young person's own statement written for the panel", """me - [[archie ashworth|name]]. i wrote this with [[sean|name]].
i started going [[accy|place]] in september wiv [[reece|name]]. [[tyler|name]] gave us weed for free then said i owed him £200.
i had to take bags to [[burnley|place]] and [[blackburn|place]] on the bus. [[smithy|name]] drove me once to [[nelson|place]].
i stayed at [[tyler|name]]s flat. i didnt want mum to know. mum is ok now. i want to go back [[hollins|school]] and do
mechanics at college. dont put [[reece|name]] in trouble. [[archie|name]]  [[9/12/26|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 122 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 13:08 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "abbu", "ammi", "phuppo", "papa", "mama", "imam"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "phuppo", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "lancashire", "east lancashire", "hyndburn", "pakistan",
               "azad kashmir", "kashmir", "south sudan", "sudan", "ethiopia", "russia", "georgia", "ossetia", "north ossetia",
               "south ossetia"}


_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
