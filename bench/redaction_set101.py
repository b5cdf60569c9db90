"""Set 101: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set98.py,
redaction_set99.py and redaction_set100.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the
docstrings only of bench/redaction_set7.py to redaction_set97.py (printed with ast into a scratch file under /tmp/w101/ and
searched there for town and community names, to pick a home town and communities no earlier set used; no set's body was
read or searched), and the ruff settings in pyproject.toml. The checker used is set 15's, reached through
bench/redaction_handwritten.py's HandSet as set 21 does; its source was not opened. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum (and the NHS modulus-11 rule) in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round
of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in the Leicestershire market towns and villages of North West Leicestershire, Charnwood and Harborough, each
from a town no earlier set used as a family's home: a white British family in Ibstock, with a grandmother (who is called
Heather) in the village of Heather and a father in Coalville (Whitmore / Orton; a remote control thrown at a boy of 10 by his
sister's father, a child protection conference, a mother's own letter, a dead father), a white British family in Kegworth with
a grandmother in Long Whatton (Pegg / Cotton; neglect, cannabis, a burn from hair straighteners, a nursery doing breakfasts, a
health visitor whose surname is Hinckley), a British Jamaican boy of 16 living with his grandmother, his special guardian, in
Broughton Astley, with a mother in Highfields, Leicester (Campbell / Reid; missing episodes, criminal exploitation, a debt, a
youth worker's texts, an aunt in Mandeville, Jamaica) and a care leaver of 19, pregnant, in a bedsit in Measham, with a
mother in Swadlincote and a former foster carer in Ashby (Sharpe / Hill; a pre-birth assessment, a partner with a history of
violence, a family group conference). Two from communities no earlier set used: a Marathi-speaking Maharashtrian Hindu
family from Pune in Castle Donington (Deshpande; a father's academic pressure and coercive control, a boy of 13 who cuts
himself, a mother isolated from the Marathi mandal, grandparents in Kothrud and Hadapsar, names and a place in Devanagari)
and a Paraguayan family, Spanish and Guaraní speaking, who came through Valencia to Syston (Ortiz / Benítez; a father who
flew in from Spain and assaulted the mother, a mother's own letter in Spanish with its translation, a grandmother in Luque).
24 documents, of types or styles new to these sets where possible: a social worker's first home visit case note, a mother's
handwritten letter to a conference chair, child protection conference minutes, a police digital media extract of Snapchat
chats, a secondary school's MARF, a child and family assessment with an interpreter, a family WhatsApp in Marathi and
English typed up and translated, s47 strategy discussion minutes, a police STORM incident log, a mother's letter in Spanish
with its translation, a GP's letter, a child in need review, a chronology, an OCR'd scanned hospital letter (with OCR errors
such as "C0TTON", "O3/03/2026" and "Kegw orth"), a social worker's notes typed fast on a phone, a nursery manager's email
chain, a police missing person report, a return home interview form, a special guardianship support review, a youth worker's
texts typed up, a pre-birth assessment, voicemails transcribed by business support, a district council housing register form
and a family group conference plan.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (India, Paraguay, Spain, Jamaica); NHS numbers and UPNs (LA number 855) pass their
check digits; NI numbers have a valid format. The council (Soar Wolds Council) and its partnership are invented, and so is
Little Acorns Day Nursery; towns, villages, districts, estates, real schools and colleges, NHS bodies, hospitals, GP
practices, police forces, courts, churches, charities (Juniper Lodge, Turning Point, Women's Aid), clubs (Leicester City,
Syston Town Juniors, Castle Donington Cricket Club, Hinckley ABC), pubs (the Bull's Head), brands, apps, games and
programmes are real or plausible and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (see its docstring). [[words|kind]] is a gold span (name,
address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words stay
outside the name span, before or after the name (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, HV, Nanna, Nanny, Mum, Uncle, uncle,
Aai, Baba, dada, tai, Señora, doña, Ña, la abuela); a possessive 's stays outside; every person's name is a name in every
form, record or not. "SURNAME, First" is one span ("WHITMORE, Kayden", "BENITEZ AYALA, Rocio", "CAMPBELL-REID, Jaheim
Marlon"), and so is "SURNAME First" and "First SURNAME"; an initial with a surname is one span, and so is a first name with
an initial after it ("Summer C", "Jess O"); a collar number ("PC 4410") stays outside; a name broken by a line break is one
span holding the break (and so is one broken by a hyphen at a line end, "Hinck-\nley"); a display name or chat sender that is
a person's plain name is a name ("alfie", "Kayden", "Jess O", "Kwame"), a handle is not ("kaydenw_2016", "@diego_vlc_87"); a
contact saved under a kinship word ("Aai") is not a name; a street address is one span, a street named without a number an
address ("Sideley", "frolesworth rd", "Evington Road"), and so is a neighbour's bare house number ("no. 22") and an address
abroad ("Flat 12, Sai Krupa Apartments,\nKarve Road", "Sant Vicent Màrtir 212"), with a foreign postcode ("411038", "46007") a
postcode; towns, cities, villages, districts and estates are places, at home or abroad and in any script ("पुणे"), and local
short forms of a town are places ("Swad", "Ashby"); counties, regions and countries are not (Leicestershire, Derbyshire,
Paraguay, Jamaica, Australia); organisations are not marked even when they hold a town's or a person's name; a school's,
college's or nursery's name and short form are a school; dates of birth are dob and other calendar dates with a day are
date (a weekday stays outside, a bare day in a diary line is a date span), months and years alone are not marked; pets
("Bruno") are not names; a surname or first name that is also a word or a town is marked by what it refers to (Heather,
Summer, Amber, Hinckley, Ashby, Hill, Sharpe, Marsh, Bird are names when they are people; Heather, Hinckley, Ashby and
Melbourne are places when they are places); a name in another script (Devanagari "अर्णव", "स्नेहल") is a name; a service or
building named by its town in lower-case words ("Castle Donington library", "Syston library") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a date with an OCR
misreading ("O3/03/2026", "01/O7/2022") is still a date or dob, and an OCR'd name or place with a stray space or digit ("SUMMER
C0TTON", "Kegw orth") is still a name or place; a date of birth written in form boxes with spaces ("19 / 01 / 2007") is one dob
span; an ordinal day written out in words ("the tenth") is a date, like "the 10th"; a Spanish date ("8 de noviembre de
2026") is a date; a child's name for a sibling ("Roo", "Bo Bo", "Arnu") and a nickname for a grandmother ("Heth") are names; a
short form of a first name used in notes ("amb", "Kel", "Shan", "Del") is a name; a name with an honorific suffix written
separately in Marathi ("वसंत यांना") marks only the name; a venue named with capitals ("Coalville Council Offices", "The Hub")
is an organisation; a family court and a magistrates' court named by a town are organisations; a football team named after
a town ("Syston Town Juniors", "Leicester City") is an organisation; the NI number
field "not known" and housing, incident, case and form references are not marked.

Self-check without the detector: `python -m bench.redaction_set101` (and tests/test_redaction_set101.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24
documents, 917 gold spans, 531 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Whitmore / Orton family (white British), Ibstock, with a grandmother in Heather ----------------------------------

HOME_A = d.Address("14 Pretoria Road", "", "Ibstock", "LE67 6LN")
NAN_A = d.Address("2 Swepstone Road", "Heather", "Coalville", "LE67 2RE")
DAD_A = d.Address("Flat 3, 41 Belvoir Road", "", "Coalville", "LE67 3PH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Whitmore")], dt.date(2016, 5, 9), addresses=[HOME_A], ids=["9385708392", "U855660381321"],
       schools=["Ibstock Junior School"]),
    _p("s", "sibling", [("Ruby-Mae", "Orton")], dt.date(2021, 8, 30), addresses=[HOME_A], ids=["3473571431"]),
    _p("m", "mother", [("Nadine", "Whitmore")], dt.date(1995, 4, 2), addresses=[HOME_A], phones=["07831 402 957"],
       ids=["2178537537", "JK 44 19 72 B"]),
    _p("f", "father", [("Lee", "Orton")], dt.date(1991, 12, 17), addresses=[DAD_A], phones=["07912 338 604"]),
    _p("g", "grandparent", [("Heather", "Whitmore")], dt.date(1968, 6, 21), addresses=[NAN_A], phones=["01530 264 118"]),
    _p("p1", "professional", [("Gemma", "Tandy")], phones=["0116 305 9920"], emails=["gemma.tandy@soarwolds.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of a first home visit", """CASE NOTE - Soar Wolds Council Children and Family Services
Child: [[Kayden WHITMORE|name]] (DOB [[09/05/2016|dob]])   Sibling: [[Ruby-Mae Orton|name]] (DOB [[30/08/2021|dob]])
Visit: Tuesday [[17 November 2026|date]], 15:45, [[14 Pretoria Road|address]], [[Ibstock|place]], [[LE67 6LN|postcode]]
Worker: [[Gemma Tandy|name]] (SW)   Also present: [[Nadine Whitmore|name]] (mother); the maternal grandmother, [[Heather
Whitmore|name]], arrived at 16:10 from her home in [[Heather|place]].

Reason: referral from [[Ibstock Junior School|school]] (DSL Mrs [[Carol Bird|name]]) on [[13 November|date]]: [[Kayden|name]] came in with
a mark on his cheek and said "[[Lee|name]] done it with the remote". [[Lee Orton|name]] is [[Ruby-Mae|name]]'s father; he lives at
[[Flat 3, 41 Belvoir Road|address]], [[Coalville|place]], and has the children on Saturdays.

The house was warm and tidy. [[Kayden|name]] showed me his room and his Lego; he calls his sister "[[Roo|name]]". On his own he said
[[Lee|name]] "gets angry when Leicester City lose" and threw the remote at the telly and it "bounced" on to his face. He said he likes
going to Nanna [[Heth|name]]'s (his grandmother) and to his friend [[Alfie Gee|name]]'s at [[no. 22|address]].
[[Nadine|name]] said she and [[Lee|name]] split in March. She said a neighbour, [[Marjorie
Pell|name]], heard shouting at [[Lee|name]]'s flat on the Saturday. [[Heather|name]] said [[Lee|name]] has "always had a temper" and
that she will have the children on Saturdays at her bungalow, [[2 Swepstone Road|address]], until this is looked at.
Mother's mobile: [[07831 402 957|phone]]. Grandmother's landline: [[01530 264 118|phone]]. GP: Ibstock Medical Centre.
Plan: strategy discussion with police (DC [[Hayley Frost|name]]) by [[18/11/2026|date]]; speak to [[Lee Orton|name]]
([[07912 338 604|phone]]); see [[Kayden|name]] in school with Mrs [[Bird|name]] on Friday [[20th|date]].
[[G. Tandy|name]] [[17.11.26|date]]
Later, [[18.11.26|date]]: strategy discussion held (chair [[Nicola Aspell|name]], DC [[Frost|name]], Mrs [[Bird|name]]). s47
agreed for [[Kayden|name]]; [[Ruby-Mae|name]] to be seen by HV [[Priya Mistry|name]] at [[Heather|name]]'s on the [[19th|date]].
"""),
]

DOCS_A += [
    ("mother's handwritten letter to the conference chair, typed up", """[Typed up by the business support officer from a
handwritten letter given in at reception on [[1 December 2026|date]]; spelling as written.]

To the chair of kaydens meeting

My name is [[Nadine whitmore|name]] and I am [[kayden|name]] and [[ruby-mae|name]]s mum. I cant speak in meetings I go red so
my mum [[heather|name]] said write it down. I know I should of stopped [[lee|name]] having them on the saturdays after the
first time with the remote. I didnt think he would hurt [[kay|name]] he never hurt me only shouted. Since [[gemma|name]] came
round I have not let him have them and he has been texting me off his mates phone ([[07588 140 362|phone]]) saying
I am poisoning them against him. His mate is [[Tyler Scott|name]] from [[Whitwick|place]], I dont want him coming to
[[Pretoria rd|address]] neither.

[[Kayden|name]] has been wetting the bed again and he is scared [[lee|name]] will come to school. Mrs [[bird|name]] has been good.
[[Ruby|name]] keeps asking for her daddy. I want them to see there dad but at mums in [[heather|place]] or at a contact
centre not at the flat in [[coalville|place]].

I have started at the Co-op in [[Ibstock|place]] on the tills from the [[7th dec|date]] so my mum is doing school pick up
Mon Weds Fri. Please ring me on [[07831 402957|phone]] not the house.

From [[Nadine|name]] ([[N Whitmore|name]])
"""),
    ("child protection conference minutes", """SOAR WOLDS SAFEGUARDING CHILDREN PARTNERSHIP
INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[WHITMORE, Kayden|name]] (DOB [[9 May 2016|dob]], UPN [[U855660381321|upn]], NHS [[938 570 8392|nhs]]);
[[ORTON, Ruby-Mae|name]] (DOB [[30 August 2021|dob]], NHS [[347 357 1431|nhs]])
Address: [[14 Pretoria Road|address]], [[Ibstock|place]], [[LE67 6LN|postcode]]
Date: [[3 December 2026|date]], 10:00, Coalville Council Offices (Room 4)
Chair: [[Rashpal Dhillon|name]] (independent chair)   Minutes: [[Joanne Kirk|name]]
Present: [[Nadine Whitmore|name]] (mother); [[Heather Whitmore|name]] (maternal grandmother, support); [[Gemma Tandy|name]] (SW);
Mrs [[Carol Bird|name]] (DSL, [[Ibstock Junior|school]]); [[Priya Mistry|name]] (health visitor for [[Ruby-Mae|name]]);
DC [[Hayley Frost|name]] (Leicestershire Police CAIU); [[Sam Oakes|name]] (school nurse).
Apologies: Dr [[Imran Patel|name]] (GP, Ibstock Medical Centre) - report received.
Not invited: [[Lee Orton|name]] (father of [[Ruby-Mae|name]]) - excluded from part 1 on police advice; his written view
was read out. He has been interviewed under caution ([[26/11/2026|date]]) and is on bail to [[14.01.2027|date]] not to contact
[[Nadine|name]] or go to [[Pretoria Road|address]].

1. Social work report: [[Gemma|name]] summarised. [[Kayden|name]] gave an account in his ABE interview consistent with what he told
school. [[Kayden|name]]'s father, [[Craig Whitmore|name]], died in 2019; [[Kayden|name]] has some memory of him and talks about him
with his Nanna. The grandmother's bungalow in [[Heather|place]] is a safe place for both children.
2. School: attendance 97%; [[Kayden|name]] is "quieter"; he plays with [[Alfie Gee|name]] and [[Oliver Rudd|name]].
3. Health: [[Ruby-Mae|name]] up to date with checks; [[Priya|name]] noticed no concerns.
4. Father's view (read out): "I never meant to hit him. I will do a course."
Decision: both children subject to child protection plans, category physical abuse ([[Kayden|name]]) and emotional abuse
(both). Core group: [[10 December|date]] at [[Ibstock Junior School|school]]. Review conference: [[25 February 2027|date]].
Core group members: [[Nadine|name]], [[Heather|name]], [[Gemma|name]], Mrs [[Bird|name]], [[Priya|name]], [[Sam Oakes|name]].
Contact: [[Ruby-Mae|name]] to see her father at the [[Coalville|place]] family centre on Wednesdays, supervised by [[Lorraine Hurst|name]],
from [[16 December|date]]; [[Kayden|name]] does not wish to see [[Lee|name]] ("not yet"). Minutes sent to [[Nadine|name]] at
[[14 Pretoria Road|address]] and to [[Lee Orton|name]] (part 2 only) at [[41 Belvoir Road|address]], [[Coalville|place]],
[[LE67 3PH|postcode]].
"""),
    ("Snapchat messages from a boy's phone, typed up by police", """LEICESTERSHIRE POLICE - DIGITAL MEDIA INVESTIGATION - EXTRACT
(SUMMARY, typed up for the strategy meeting by DC [[H. Frost|name]] on [[24/11/2026|date]])
Device: child's tablet (Snapchat). Account holder: "kaydenw_2016"; display name "[[Kayden|name]]". Chats with two friends.

Chat with "[[alfie|name]]" (display name), [[16 Nov 2026|date]]
[[alfie|name]]: u coming round mine after skl
[[Kayden|name]]: cant nanna [[heth|name]] is getting me
[[Kayden|name]]: and [[lee|name]] is mad at me
[[alfie|name]]: y
[[Kayden|name]]: coz i told mrs [[bird|name]] about the remote
[[alfie|name]]: my mum says [[lee|name]] is a nob
[[Kayden|name]]: lol
[[alfie|name]]: u can come sat?? my nan lives next to the park at [[ellistown|place]]

Chat with "[[Jess O|name]]" (display name; [[Jessica Oldroyd|name]], aged 11), [[19 Nov 2026|date]]
[[Jess O|name]]: is it true ur dad hit u
[[Kayden|name]]: hes not my dad my dad is in heaven hes called [[craig|name]]
[[Kayden|name]]: [[lee|name]] is [[roo|name]]s dad
[[Jess O|name]]: sorry
[[Kayden|name]]: its ok

Note: "sat" is read as Saturday [[21 November 2026|date]]. "nanna [[heth|name]]" is the grandmother ([[Heather Whitmore|name]]), kept
as typed.
"""),
]


# --- B. Deshpande family (Marathi-speaking, from Pune), Castle Donington --------------------------------------------------

HOME_B = d.Address("9 Hillside", "", "Castle Donington", "DE74 2NH")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Arnav", "Deshpande")], dt.date(2013, 2, 14), addresses=[HOME_B], ids=["9546636169", "Q855251507358"],
       schools=["Castle Donington College"]),
    _p("s", "sibling", [("Mrunal", "Deshpande")], dt.date(2019, 10, 3), addresses=[HOME_B], ids=["6073815050"],
       schools=["Orchard Community Primary School"]),
    _p("m", "mother", [("Snehal", "Deshpande")], dt.date(1988, 7, 26), addresses=[HOME_B], phones=["07746 219 583"],
       ids=["5049206243"]),
    _p("f", "father", [("Aniket", "Deshpande")], dt.date(1984, 1, 11), addresses=[HOME_B], phones=["07869 573 021"],
       ids=["SN 20 47 81 C"]),
    _p("p1", "professional", [("Callum", "Reeve")], phones=["0116 305 9920"], emails=["callum.reeve@soarwolds.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school's referral form to the front door", """MULTI-AGENCY REFERRAL FORM (MARF) - Soar Wolds Council
Date of referral: [[05/10/2026|date]]   Referrer: Mr [[Owen Lacey|name]], DSL, [[Castle Donington College|school]]
Referrer phone: [[01332 851 604|phone]]   Email: [[o.lacey@cdcollege.org.uk|email]]

CHILD: Surname [[DESHPANDE|name]]  Forename(s) [[Arnav|name]]  DOB [[14/02/2013|dob]]  Year 9
UPN: [[Q855251507358|upn]]   NHS: [[954 663 6169|nhs]]
Address: [[9 Hillside|address]], [[Castle Donington|place]], [[DE74 2NH|postcode]]
Parents: [[Aniket Deshpande|name]] (father, [[07869 573 021|phone]]); [[Snehal Deshpande|name]] (mother, [[07746 219 583|phone]])
Siblings: [[Mrunal|name]] (7), Year 3 at [[Orchard Primary|school]]. Languages at home: Marathi, English. Religion: Hindu.

CONCERN: On [[2 October|date]] [[Arnav|name]]'s PE teacher (Ms [[Kirsty Lowe|name]]) saw cuts on his left forearm. [[Arnav|name]] told
me he cut himself on the [[29th|date]] "because of the marks". He said his father makes him study until midnight and takes
his phone and his bedroom door if his scores drop, and that last month his father "slapped my head" when he got 61% in a
maths mock. He said his mother "cries in the kitchen" and is not allowed to go to the Marathi mandal in [[Derby|place]]
without his father. His friend [[Rehan Qureshi|name]] was present and confirmed the cuts.
Parents informed? No - [[Arnav|name]] asked us not to, and we are worried about the father's reaction.
"""),
]

DOCS_B += [
    ("child and family assessment with an interpreter", """CHILD AND FAMILY ASSESSMENT (extract: family history and the child's voice)
Children: [[Arnav Deshpande|name]] ([[14.02.2013|dob]]), [[Mrunal Deshpande|name]] ([[03.10.2019|dob]])
Social worker: [[Callum Reeve|name]]   Interpreter (Marathi): Mrs [[Vaishali Kulkarni|name]] (LanguageLine, in person)
Visits: [[8 October 2026|date]] (home), [[12 October 2026|date]] (school), [[19 October 2026|date]] (mother alone at the
[[Castle Donington|place]] library)

Family history. [[Aniket|name]] and [[Snehal|name]] both grew up in [[Pune|place]]: he in [[Kothrud|place]], she in
[[Hadapsar|place]]. They married in 2011 and came to the UK in 2017, when [[Aniket|name]] took a job as a logistics analyst
with a freight company at East Midlands Airport. They rented in [[Long Eaton|place]], then moved to [[9 Hillside|address]] in
2020. The paternal grandparents, [[Vasant|name]] and [[Shalini Deshpande|name]], live at [[Flat 12, Sai Krupa Apartments,
Karve Road|address]], [[Kothrud|place]], [[Pune|place]] [[411038|postcode]] ([[+91 20 2553 8841|phone]]). [[Snehal|name]]'s mother,
Aai [[Sunanda Joshi|name]], is a widow in [[Hadapsar|place]] ([[+91 98221 64735|phone]]); [[Snehal|name]] rings her on Sundays "when
he is at cricket".

[[Aniket|name]]'s view: he said his own father was strict and that he "became an engineer because of it". He agreed he took
the door off [[Arnav|name]]'s room "for two weeks" and denied hitting him. He said [[Arnav|name]] is "wasting his brain" on a
Minecraft server with a boy called [[Jayden|name]] from [[Kegworth|place]].

[[Snehal|name]]'s view (alone): through Mrs [[Kulkarni|name]], she said she has no bank card of her own, that [[Aniket|name]] checks
her phone, and that her friend [[Madhuri Patwardhan|name]] from the mandal was told "not to come to the house". She asked
that nothing she said be told to her husband. She had not heard of Women's Aid.

[[Arnav|name]]'s voice: "I'm not allowed to be average." He wants to do art at GCSE. His three words for home: "quiet,
scary, marks". [[Mrunal|name]] (through play) drew the family with "Baba" very big. She calls her brother "[[Arnu|name]] dada".

Other people in the children's lives: [[Arnav|name]]'s art teacher, Ms [[Rhiannon Pugh|name]]; his friends [[Rehan Qureshi|name]] and
[[Oscar Lidgett|name]]; his cricket coach at Castle Donington Cricket Club, [[Mahesh Iyer|name]]; [[Mrunal|name]]'s teacher at
[[Orchard|school]], Mrs [[Janet Cole|name]]; the family's neighbour, Mr [[Graham Upton|name]], at [[no. 11|address]]; a family friend from
the mandal in [[Derby|place]], Mrs [[Madhuri Patwardhan|name]] ([[07397 826 445|phone]]), who lives in [[Shepshed|place]].
Assessment completed [[2 November 2026|date]]; signed off by [[Nicola Aspell|name]] (team manager) on [[4/11/2026|date]].
"""),
    ("family WhatsApp messages in Marathi and English, typed up and translated", """[Messages from [[Snehal|name]]'s phone, shown
by her to [[Callum Reeve|name]] (SW) on [[19 October 2026|date]] and typed up with her consent. Marathi (Devanagari) translated by
Mrs [[Vaishali Kulkarni|name]]. English as written. Her phone saves her mother as "Aai" and her husband as "[[Aniket|name]]".]

[[21/09/2026|date]]
Aai: [[स्नेहल|name]], [[अर्णव|name]] कसा आहे? त्याचा आवाज फोनवर खूप थकलेला वाटला
     ([[Snehal|name]], how is [[Arnav|name]]? His voice sounded very tired on the phone.)
[[Snehal|name]]: तो रात्री बारा पर्यंत अभ्यास करतो. [[अनिकेत|name]] ऐकत नाही
     (He studies until twelve at night. [[Aniket|name]] does not listen.)
Aai: मी [[पुणे|place]] मधून बोलते त्याच्याशी. [[वसंत|name]] यांना पण सांगते
     (I will talk to him from [[Pune|place]]. I will tell [[Vasant|name]] too.)

[[29/09/2026|date]]
[[Aniket|name]]: Where are you. Why is your location off
[[Snehal|name]]: at [[Madhuri|name]] house 10 min only. [[mrunal|name]] with me
[[Aniket|name]]: Come home now. [[Arnav|name]] marks 61. We will discuss
[[Aniket|name]]: And dont tell your mother everything. She phones [[Kothrud|place]] and my father shouts at me

[[02/10/2026|date]]
[[Madhuri|name]]: [[snehal|name]] tai are you ok? You can stay with us in [[Shepshed|place]] anytime. My number changed
     [[07397 826 445|phone]]
[[Snehal|name]]: thank you tai. not now

[[18/10/2026|date]]
Aai: काळजी घे बाळा. [[मृणाल|name]] साठी माझा आशीर्वाद
     (Take care, child. My blessing for [[Mrunal|name]].)
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s47) - MINUTES   Date: [[6 October 2026|date]] 14:00 (MS Teams)
Children: [[Arnav DESHPANDE|name]] (DOB [[14/02/13|dob]]), [[Mrunal DESHPANDE|name]] (DOB [[03/10/19|dob]]); [[9 Hillside|address]],
[[Castle Donington|place]] [[DE74 2NH|postcode]]
Chair: [[Nicola Aspell|name]] (team manager, Soar Wolds)   Police: DS [[Gareth Pym|name]] (CAIU)   Health: [[Anna Wright|name]]
(named nurse, LPT)   School: Mr [[Owen Lacey|name]] (DSL)   SW: [[Callum Reeve|name]]

Information shared: Police hold one domestic incident at the address on [[11 June 2024|date]] (neighbour [[Graham Upton|name]], of
[[no. 11|address]], called about shouting; no offences). GP (Dr [[Fiona Hale|name]], Castle Donington Surgery): [[Snehal|name]] seen
[[3 March 2026|date]] with low mood; [[Arnav|name]] seen for headaches in May 2026.
Decision: threshold for s47 met ([[Arnav|name]], physical and emotional harm; [[Mrunal|name]], emotional harm). Joint visit
[[7 October|date]] after school. [[Snehal|name]] to be seen alone first with an interpreter (not a family member, not anyone from the
mandal). Safety plan for [[Arnav|name]] with Mr [[Lacey|name]]: the school counsellor, Mrs [[Deborah Kaur|name]], daily check-in.
Actions: [[Callum|name]] - visit and Marathi interpreter; DS [[Pym|name]] - PNC checks on [[Aniket Deshpande|name]] (DOB [[11/01/1984|dob]],
NI [[SN 20 47 81 C|ni]]); [[Anna|name]] - health records for both children. Next: [[13/10/2026|date]].
"""),
]


# --- C. Benítez / Ortiz family (Paraguayan, Spanish and Guaraní speaking, via Spain), Syston ------------------------------

HOME_C = d.Address("27 Melton Road", "", "Syston", "LE7 2EQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mateo", "Ortiz Benítez")], dt.date(2012, 6, 19), addresses=[HOME_C],
       ids=["1265972788", "D855832788544"], schools=["Wreake Valley Academy"]),
    _p("s", "sibling", [("Abril", "Ortiz Benítez")], dt.date(2017, 4, 4), addresses=[HOME_C], ids=["4280110956"],
       schools=["Merton Primary School"]),
    _p("m", "mother", [("Rocío", "Benítez Ayala")], dt.date(1990, 9, 8), addresses=[HOME_C], phones=["07425 619 087"],
       ids=["8719972237"]),
    _p("f", "father", [("Diego", "Ortiz")], dt.date(1987, 3, 22), phones=["+34 612 48 39 57"]),
    _p("p1", "professional", [("Lorna", "Sadler")], phones=["0116 305 9920"], emails=["lorna.sadler@soarwolds.gov.uk"]),
], "c")

DOCS_C = [
    ("police domestic incident log entry", """LEICESTERSHIRE POLICE - STORM INCIDENT LOG (extract)   Incident 0914 of [[31/10/2026|date]]
Location: [[27 MELTON ROAD|address]], [[SYSTON|place]], [[LE7 2EQ|postcode]]
Caller: 3rd party, neighbour [[Dennis Cope|name]] ([[0116 269 3387|phone]]), [[29 Melton Road|address]]
22:41 Caller reports a woman screaming in Spanish next door and a child crying, man's voice shouting.
22:43 Graded IMMEDIATE. Units: PC 4410 [[ADAMS, Bethany|name]]; PC 2907 [[NAZIR, Usman|name]].
22:55 On scene. Female [[BENITEZ AYALA, Rocio|name]] (DOB [[08/09/1990|dob]]), [[07425 619 087|phone]], red mark to left cheek,
upset. States ex-partner [[ORTIZ, Diego|name]] (DOB [[22/03/1987|dob]]), Spanish mobile [[+34 612 48 39 57|phone]], flew in from
[[Valencia|place]] "to see the children", came to the house drunk and slapped her when she would not let him take them to
his cousin's in [[Leicester|place]]. Children [[Mateo|name]] (14) and [[Abril|name]] (9) present. [[Mateo|name]] stood between them.
23:05 Suspect left on foot towards [[Thurmaston|place]] before arrival. Described by [[Mateo|name]]: "my dad, [[Diego|name]], black
coat". Cousin named as [[Hernán Ortiz|name]], [[Flat 6, 118 Catherine Street|address]], [[Leicester|place]] [[LE4 6GD|postcode]].
23:40 Suspect located at cousin's address and arrested for common assault. DASH: MEDIUM. Vehicle at address: silver Seat
Leon [[KX19 ODN|vehicle]] (cousin's).
00:20 Referral to children's services (child present, DA). Female offered a referral to Juniper Lodge (DA support) - declined.
01:10 Update: PC [[ADAMS|name]] revisited; [[Rocio|name]]'s cousin [[Nelly AYALA|name]] (her number not
known) arrived from [[Birstall|place]] to stay the night. [[Abril|name]] asleep;
[[Mateo|name]] awake, said his dad "hit Mamá in [[Valencia|place]] too". Mother's full name per passport: [[Rocío BENÍTEZ AYALA|name]].
"""),
]

DOCS_C += [
    ("mother's own letter in Spanish with the council's translation", """[Letter handed to [[Lorna Sadler|name]] (SW) on
[[9 November 2026|date]]. Original in Spanish, kept below; translation by the council's translation service.]

[[Syston|place]], [[8 de noviembre de 2026|date]]

Señora [[Lorna|name]]:
Le escribo porque no hablo bien el inglés. Soy [[Rocío Benítez|name]], la mamá de [[Mateo|name]] y [[Abril|name]]. Nací en
[[Luque|place]], Paraguay, y viví once años en [[Valencia|place]], en la calle [[Sant Vicent Màrtir 212|address]], [[46007|postcode]],
con el papá de los chicos. [[Diego|name]] toma mucho. En [[Valencia|place]] mi vecina, doña [[Amparo Gil|name]], llamaba a la
policía. Vine aquí en 2022 con mi prima [[Nelly Ayala|name]], que vive en [[Birstall|place]].
Mi mamá, Ña [[Cristina|name]], vive en [[Luque|place]] ([[+595 981 437 226|phone]]). [[Mateo|name]] habla guaraní con ella.
Quiero que [[Diego|name]] no venga más a casa. Gracias.
[[Rocío|name]]

Translation:
[[Syston|place]], [[8 November 2026|date]]
Dear [[Lorna|name]],
I am writing because I do not speak English well. I am [[Rocío Benítez|name]], the mother of [[Mateo|name]] and [[Abril|name]]. I was
born in [[Luque|place]], Paraguay, and lived eleven years in [[Valencia|place]], at [[Sant Vicent Màrtir 212|address]], [[46007|postcode]],
with the children's father. [[Diego|name]] drinks a lot. In [[Valencia|place]] my neighbour, Mrs [[Amparo Gil|name]], used to call the
police. I came here in 2022 with my cousin [[Nelly Ayala|name]], who lives in [[Birstall|place]].
My mother, [[Cristina|name]], lives in [[Luque|place]] ([[+595 981 437 226|phone]]). [[Mateo|name]] speaks Guaraní with her.
I want [[Diego|name]] not to come to the house again. Thank you.
[[Rocío|name]]
"""),
]

DOCS_C += [
    ("GP practice letter to the social worker", """Syston Health Centre
[[Lorna Sadler|name]], Social Worker
Soar Wolds Council, Children and Family Services                                     [[16th November 2026|date]]

Dear Ms [[Sadler|name]],
Re: [[Mateo ORTIZ BENITEZ|name]], DOB [[19.06.2012|dob]], NHS No. [[126 597 2788|nhs]], and [[Abril ORTIZ BENITEZ|name]], DOB
[[04.04.2017|dob]], NHS No. [[428 011 0956|nhs]]; [[27 Melton Road|address]], [[Syston|place]]

Thank you for your request of [[10/11/2026|date]], with their mother's signed consent. [[Mateo|name]] was seen by my colleague
Dr [[Ruth Ellery|name]] on [[2 November 2026|date]] with poor sleep, headaches and stomach pains since the incident at home on
the [[31st|date]]. He told her he "sleeps with a cricket bat". He was referred to the Healthy Minds team on [[3 November|date]].
[[Abril|name]] has asthma (well controlled) and was last seen on [[12/08/2026|date]]; no concerns. Their mother,
Ms [[Rocío Benítez Ayala|name]], was seen by me on [[4 November 2026|date]] with a bruise to the left cheek (healing) and
low mood; she has been given details of Juniper Lodge and the practice's IRIS advocate, [[Shona Beck|name]].
We have no record of the father. An earlier record was transferred from Spain through a cousin, [[Nelly Ayala|name]], who
came with Ms [[Benítez|name]] to the first appointment and interpreted (we now use a professional interpreter).
Yours sincerely,
Dr [[Jonathan Amis|name]], GP safeguarding lead
"""),
    ("child in need review record", """CHILD IN NEED REVIEW   [[Mateo Ortiz Benítez|name]] ([[19/06/2012|dob]]) and
[[Abril Ortiz Benítez|name]]
([[04/04/2017|dob]])   Date: [[30 November 2026|date]], [[Merton Primary School|school]], [[Syston|place]]
Chair/SW: [[Lorna Sadler|name]]   Interpreter (Spanish): [[Pilar Moreno|name]]
Present: [[Rocío|name]] (mother); Mrs [[Angela Tuck|name]] (head of year, [[Wreake Valley Academy|school]]); Miss [[Holly
Dyer|name]] ([[Abril|name]]'s class teacher, [[Merton|school]]); [[Shona Beck|name]] (IRIS advocate).

Progress: [[Diego Ortiz|name]] pleaded guilty at Leicester Magistrates' Court on [[18 November|date]] and has a restraining
order; he returned to [[Valencia|place]] on the [[20th|date]]. He has messaged [[Mateo|name]] on Instagram (@diego_vlc_87, not
answered). [[Mateo|name]]'s attendance at [[Wreake Valley|school]] is 91%; he has joined the Syston Town Juniors football team
with his friend [[Kacper Nowak|name]] and sees Mr [[Jordan Hale|name]] (school mentor) weekly. [[Abril|name]] is "the happiest girl
in Year 5" (Miss [[Dyer|name]]). Her best friend is [[April Mills|name]].
Mother's view: she feels safer; she has changed the locks with help from Mr [[Cope|name]] next door. She wants English
classes at [[Syston|place]] library and a Spanish-speaking support group: she has been put in touch with [[Mariela Rojas|name]], who runs
a Latin American women's group at [[Belgrave|place]].
Plan: CIN plan to continue to the next review on [[1 March 2027|date]]; [[Mateo|name]] - Healthy Minds; [[Rocío|name]] - Freedom
Programme (Spanish) from [[6 January|date]].
Attendance at the review of [[30/11|date]]: [[Rocío|name]] arrived with her cousin [[Nelly|name]] and [[Nelly|name]]'s husband,
[[Rubén Cáceres|name]], who waited outside. [[Mateo|name]] spoke to [[Lorna|name]] alone before the meeting: "I don't want to see
papá till he stops drinking. [[Abril|name]] wants to. That's her choice." [[Abril|name]] drew "la abuela [[Cristina|name]]" and the
house in [[Luque|place]] with a mango tree. Next visit: [[14 December 2026|date]] at [[27 Melton Road|address]], [[Syston|place]].
"""),
]


# --- D. Pegg / Cotton family (white British), Kegworth ---------------------------------------------------------------------

HOME_D = d.Address("6 Sideley", "", "Kegworth", "DE74 2FJ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Summer", "Cotton")], dt.date(2022, 7, 1), addresses=[HOME_D], ids=["8721245614"],
       schools=["Little Acorns Day Nursery"]),
    _p("s", "sibling", [("Bo", "Cotton")], dt.date(2025, 11, 20), addresses=[HOME_D], ids=["1424736188"]),
    _p("m", "mother", [("Amber", "Pegg")], dt.date(2000, 2, 28), addresses=[HOME_D], phones=["07503 284 916"],
       ids=["5314200694"]),
    _p("f", "father", [("Dale", "Cotton")], dt.date(1997, 10, 5), addresses=[HOME_D], phones=["07958 331 270"]),
    _p("p1", "professional", [("Ffion", "Marsh")], phones=["0116 305 9920"], emails=["ffion.marsh@soarwolds.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Summer COTTON|name]] (DOB [[01/07/2022|dob]]) and
[[Bo COTTON|name]] (DOB
[[20/11/2025|dob]]), [[6 Sideley|address]], [[Kegworth|place]], [[DE74 2FJ|postcode]]   Compiled by [[Ffion Marsh|name]] (SW),
[[4 Dec 2026|date]]

Date        | Event | Source
[[01.07.2022|date]]  | [[Summer|name]] born at Royal Derby Hospital to [[Amber Pegg|name]] (22) and [[Dale Cotton|name]] (24). | Health
[[14.02.2022|date]]  | Police called by [[Amber|name]]'s mother, Mrs [[Tracey Pegg|name]], from [[Long Whatton|place]]: [[Dale|name]]
smashed
            | a window at [[Sideley|address]]. No further action. | Police
Sept 2023   | [[Summer|name]] starts at [[Little Acorns Day Nursery|school]], [[Kegworth|place]]. | Nursery
[[20.11.2025|date]]  | [[Bo|name]] born (QMC, [[Nottingham|place]]). HV [[Joanne Hinckley|name]] notes a "cluttered" home. | Health
[[03.03.2026|date]]  | [[Summer|name]] to the ED at QMC with a burn on her hand (hair straighteners). Explanation accepted. | Health
[[22.09.2026|date]]  | Nursery: [[Summer|name]] hungry, same clothes three days, says "Daddy sleeps all day". | Nursery
[[02.10.2026|date]]  | Anonymous call: cannabis smell, the children left with a neighbour, [[Sharon Dore|name]], at [[no. 8|address]],
            | while both parents at a party in [[Hinckley|place]]. | MASH
[[15.10.2026|date]]  | Home visit ([[Ffion|name]]): dog mess, no food in the fridge, [[Bo|name]] in a dirty nappy; parents agree to a
plan. | SW
[[06.11.2026|date]]  | Visit with HV [[Hinckley|name]]: improved; [[Amber|name]] says her dad, [[Keith Pegg|name]], "helped clean". | SW/HV
[[19.11.2026|date]]  | Strategy discussion? No - CIN meeting at [[Little Acorns|school]]; [[Dale|name]] did not attend; [[Amber|name]]
with her
            | dad, [[Keith|name]]. Plan: breakfasts at nursery, HV fortnightly, food bank, [[Dale|name]] to Turning Point. | SW
[[24.11.2026|date]]  | [[Ffion|name]] emails nursery manager [[Donna Keightley|name]] re attendance. | SW
[[27.11.2026|date]]  | [[Dale|name]] (DOB [[05/10/1997|dob]]) stopped by police on the A6 at [[Hathern|place]] driving a van,
[[YR17 WKC|vehicle]],
            | under the influence of cannabis; [[Summer|name]] and [[Bo|name]] not with him. Charged. | Police
[[01.12.2026|date]]  | Joint visit ([[Ffion|name]] and [[Jo Hinckley|name]]): home much better; [[Amber|name]]
([[07503 284 916|phone]]) says she
            | has asked [[Dale|name]] to go to his brother [[Wayne Cotton|name]]'s in [[Sutton Bonington|place]] "till he sorts himself
out". | SW/HV
"""),
]

DOCS_D += [
    ("hospital letter scanned and read by OCR", """[Scanned letter, text from OCR; errors left as read]
Queen's Medical Centre - Paediatric Emergency Department
Nottingham University Hospitals NHS Trust

Date: [[O3/03/2026|date]]
Patient: [[SUMMER C0TTON|name]]   DOB: [[01/O7/2022|dob]]   NHS: [[872 124 5614|nhs]]
Address: [[6 SIdeley|address]], [[Kegw orth|place]], [[DE74 2FJ|postcode]]
GP: Kegworth Health Centre

Dear Colleague,
This 3 year old girl attended with her mother [[Amber Pegg|name]] at 18:12 with a superficial partial
thickness burn to the palm of the right hand (approx 1%). Mother reports [[Summer|name]] grabbed hair
straighteners left on the floor by her uncle [[Ryan|name]] ([[Ryan Pegg|name]]) while mum fed the baby.
Explanation consistent with the injury. Seen by Dr [[K. Obi|name]] and the paediatric liaison nurse
[[Louise Farrant|name]].
Safeguarding checklist completed; no CP plan. Information shared with the HV, [[Joanne Hinck-
ley|name]], and the GP.
Dr [[Kemi Obi|name]], ST5 Paediatrics
"""),
]

DOCS_D += [
    ("social worker's quick notes typed on a phone in the car", """notes [[15/10|date]] - typed in car after visit, to write up properly
[[sideley|address]] 1330. [[amber|name]] answered, [[dale|name]] asleep upstairs (1.30pm!!). [[bo|name]] in cot dirty nappy prob since am,
nappy rash. [[summer|name]] at nursery. dog (Bruno) mess in kitchen + back room. fridge - milk, ketchup, nothing else. [[amb|name]] says
money gone on the electric, UC payment fri??
[[dale|name]] came down, hostile, "whos grassed, was it [[sharon|name]]". told him not discussing referrer.
[[amb|name]] mum [[tracey|name]] lives [[long whatton|place]], could help w shopping, [[amb|name]] ok w me ringing her
[[07716 045 982|phone]]
neighbour at [[no 8|address]] = [[sharon dore|name]] - [[amb|name]] says she is "like a nan" to [[summer|name]]
agreed: food bank voucher (Kegworth Methodist Church), HV joint visit w [[jo hinckley|name]], nursery to do breakfast
[[dale|name]] - cannabis "only at night" - refer to Turning Point, he said "maybe"
todo ring [[ffion|name]]'s TM [[Marcus|name]] re strat? no - not s47 yet, CIN
"""),
]

DOCS_D += [
    ("email chain between a nursery manager and the social worker", """From: [[Donna Keightley|name]]
<[[manager@littleacornskegworth.co.uk|email]]>
Sent: Monday, [[30 November 2026|date]] 16:02
To: [[Ffion Marsh|name]] <[[ffion.marsh@soarwolds.gov.uk|email]]>
Cc: [[Joanne Hinckley|name]] <[[joanne.hinckley1@nhs.net|email]]>
Subject: RE: [[Summer C|name]] - attendance and breakfasts

Hi [[Ffion|name]],
Quick update as promised. [[Summer|name]] has been in every day since [[16th Nov|date]] apart from Wed [[25th|date]] (Dad rang, "sick").
She is eating breakfast with us and is a lot brighter. Her key person, [[Chloe Wragg|name]], says she is talking about "[[Bo
Bo|name]]" and "Nanny [[Trace|name]]" a lot, and that she stays at Nanny's in [[Long Whatton|place]] some weekends now. Dad collected
her on Friday and smelled strongly of cannabis; [[Chloe|name]] did not release her until [[Amber|name]] arrived 10 mins later.
Kind regards, [[Donna|name]] (Nursery Manager, [[Little Acorns|school]]), [[01509 672 935|phone]]

-----Original Message-----
From: [[Ffion Marsh|name]]
Sent: [[24 November 2026|date]] 09:15
To: [[Donna Keightley|name]]
Subject: [[Summer C|name]] - attendance and breakfasts
Morning [[Donna|name]] - can you let me know how [[Summer|name]]'s attendance is since the plan started on the [[16th|date]]? I'm
visiting [[Amber|name]] and [[Dale|name]] on [[1 Dec|date]] with [[Jo|name]]. Thanks, [[Ffion|name]]
"""),
]


# --- E. Campbell / Reid family (British Jamaican), Broughton Astley --------------------------------------------------------

HOME_E = d.Address("31 Frolesworth Road", "", "Broughton Astley", "LE9 6NW")
MUM_E = d.Address("Flat 2, 88 St Peters Road", "Highfields", "Leicester", "LE2 1DA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jaheim", "Campbell-Reid")], dt.date(2010, 3, 27), addresses=[HOME_E, MUM_E],
       ids=["7905347389", "V855436374030"], schools=["Thomas Estley Community College"]),
    _p("m", "mother", [("Shanice", "Reid")], dt.date(1993, 5, 14), addresses=[MUM_E], phones=["07860 517 348"]),
    _p("g", "grandparent", [("Pearl", "Campbell")], dt.date(1958, 12, 2), addresses=[HOME_E],
       phones=["01455 204 386"], ids=["9855024559", "NE 31 76 02 D"]),
    _p("p1", "professional", [("Tom", "Vickers")], phones=["0116 305 9920"], emails=["tom.vickers@soarwolds.gov.uk"]),
], "c")

DOCS_E = [
    ("police missing person report", """LEICESTERSHIRE POLICE - MISSING PERSON REPORT (COMPACT) - summary for partners
Missing person: [[CAMPBELL-REID, Jaheim Marlon|name]]   DOB [[27/03/2010|dob]]   Age 16   Risk: HIGH
Home address: [[31 Frolesworth Road|address]], [[Broughton Astley|place]], [[LE9 6NW|postcode]] (lives with maternal grandmother,
Mrs [[Pearl CAMPBELL|name]], special guardian, [[01455 204 386|phone]])
Reported: Sat [[14/11/2026|date]] 23:30 by grandmother. Last seen: 16:00, leaving home "to go to [[Lutterworth|place]]" on his bike.
Description: black male, 5'10", slim, short twists, black North Face coat, grey tracksuit. Phone: off since 18:10
(last cell site [[Wigston|place]]).
Previous episodes: 4 in the last 3 months, found each time in [[Highfields|place]], [[Leicester|place]], near his mother's flat
([[Flat 2, 88 St Peters Road|address]], [[LE2 1DA|postcode]]). Mother: [[Shanice Reid|name]], [[07860 517 348|phone]].
Associates: "[[Dre|name]]" ([[Andre Blake|name]], 19, of [[Braunstone|place]]); "[[Kiki|name]]" (female, 15, not identified);
[[Tyrese Mullings|name]] (16, [[Thomas Estley|school]] pupil). Vehicle seen collecting him on [[7 Nov|date]]: black Audi A3
[[FX68 KLP|vehicle]].
Found: Sunday [[15/11/2026|date]] 11:05 by PC 1872 [[SHARMA, Dev|name]] at a flat on [[Evington Road|address]] with £340 cash and
two phones. Returned home 13:00. Return home interview requested (NWG/CE screening tool completed).
"""),
]

DOCS_E += [
    ("return home interview form", """RETURN HOME INTERVIEW - Leicestershire Missing and Exploitation Hub (form RHI-2)
Young person: [[Jaheim Campbell-Reid|name]]   Known as: "[[Jay|name]]", "[[J-Man|name]]"   DOB: [[27.03.2010|dob]]
Episode: [[14/11/2026|date]] to [[15/11/2026|date]]   Interview date: [[17/11/2026|date]] (within 72 hrs: YES)
Where: the library at [[Thomas Estley Community College|school]], [[Broughton Astley|place]]
Interviewer: [[Marcia Bennett|name]] (RHI worker)   Others present: none ([[Jaheim|name]] asked for no teacher)

Q1 Where did you go? "Town. Then [[Dre|name]]'s cousin's on [[Evington Rd|address]]." He said he stayed "up [[Highfields|place]]" and did
not go to his mum's as "[[Shan|name]]'s got her new man there, [[Leon|name]]".
Q2 Who were you with? Would not name anyone apart from [[Dre|name]]. Said [[Kiki|name]] is "just a girl from [[Saffron|place]]".
Q3 Did anyone give you anything / ask you to do anything? "Just hold stuff." Would not say more. He owes "a bit" after his
phone was "taken" on [[2 November|date]].
Q4 How do you feel at home? "Grandma's alright. She worries. She prays for me at church every Sunday, innit." He misses his
granddad, [[Winston Campbell|name]], who died in 2024, and his aunt, [[Claudette|name]], in [[Mandeville|place]], Jamaica
([[+1 876 927 4415|phone]]), who he "might go to in the holidays".
Q5 What would help? Boxing again at the gym in [[Hinckley|place]] with his coach, [[Errol|name]]; "getting my phone back".
Risk indicators: unexplained cash; older associates; a vehicle; debt. Shared with: [[Tom Vickers|name]] (SW), PC [[Dev
Sharma|name]], DSL Mr [[Gary Pountney|name]].
Signed: [[M. Bennett|name]]   [[17/11/26|date]]
"""),
    ("special guardianship review assessment", """SPECIAL GUARDIANSHIP SUPPORT PLAN REVIEW - ASSESSMENT (extract)
Special guardian: Mrs [[Pearl Campbell|name]] (DOB [[02/12/1958|dob]], NI [[NE 31 76 02 D|ni]], NHS [[985 502 4559|nhs]])
Child: [[Jaheim Campbell-Reid|name]] (DOB [[27 March 2010|dob]], UPN [[V855436374030|upn]], NHS [[790 534 7389|nhs]])
Address: [[31 Frolesworth Road|address]], [[Broughton Astley|place]], Leicestershire
Assessor: [[Tom Vickers|name]] (SW, Soar Wolds Council)   Date: [[26 November 2026|date]]

Background. [[Jaheim|name]] has lived with his grandmother since 2015, under a special guardianship order made at Leicester
Family Court on [[9 September 2016|date]]. His mother, [[Shanice Reid|name]], had a drug problem then; she now lives in
[[Highfields|place]] and sees him most weeks. His father, [[Marlon Wright|name]], lives in [[Handsworth|place]], [[Birmingham|place]],
and has not seen him since 2019.

Mrs [[Campbell|name]] came from [[Spanish Town|place]] in 1976 and worked as a nurse at the Leicester Royal Infirmary for 38 years.
She is a deaconess at the New Testament Church of God on [[Melbourne Road|address]]. Her health: type 2 diabetes and a knee
replacement ([[12 May 2026|date]]). Her son, [[Delroy Campbell|name]], who lives in [[Enderby|place]], helps with lifts, and her
neighbour [[Pat Gorton|name]] at [[no. 29|address]] "keeps an eye".
[[Jaheim|name]]'s view: "Grandma is my home." He asked that [[Delroy|name]] ("Uncle [[Del|name]]") pick him up from boxing, not his mum's
friends.
Recommendation: increase the SGO support allowance for transport; a Youth Justice prevention worker; referral to the NRM
not made yet - to be decided at the exploitation panel on [[8 December|date]].
Contacts for the plan: Mrs [[Campbell|name]] [[01455 204 386|phone]]; [[Delroy Campbell|name]] (number to follow); a family
friend, [[Beverley Grant|name]], who drives [[Pearl|name]] to church on Sundays;
[[Shanice Reid|name]] [[07860 517 348|phone]]. [[Jaheim|name]]'s school: [[Thomas Estley Community College|school]] (DSL Mr [[Gary
Pountney|name]]). Boxing: Hinckley ABC, coach [[Errol Francis|name]]. Youth worker: [[Kwame Asante|name]]. Next review: [[25 May
2027|date]].
"""),
]

DOCS_E += [
    ("text messages between a boy and his youth worker, typed up", """[Texts between [[Jaheim|name]] and his youth worker
[[Kwame Asante|name]] (Soar Wolds Youth Service, work mobile [[07452 318 906|phone]]), copied into the file by [[Kwame|name]] with
[[Jaheim|name]]'s agreement on [[3 December 2026|date]]. [[Jaheim|name]]'s number is withheld here as it is a new phone.]

[[20/11|date]] 15:12 [[Kwame|name]]: yo [[jay|name]] u still on for fifa n chips thurs at the hub?
[[20/11|date]] 15:40 [[Jaheim|name]]: ye
[[20/11|date]] 15:41 [[Jaheim|name]]: can [[ty|name]] come
[[20/11|date]] 15:44 [[Kwame|name]]: [[tyrese|name]]? ask him to text me, need his grans ok
[[26/11|date]] 19:02 [[Jaheim|name]]: bro [[dre|name]] keeps messaging me sayin i owe him 300
[[26/11|date]] 19:03 [[Jaheim|name]]: he says he knows where grandma lives
[[26/11|date]] 19:05 [[Kwame|name]]: ok thank u for telling me. ur not in trouble. r u at home now
[[26/11|date]] 19:05 [[Jaheim|name]]: ye at grandmas
[[26/11|date]] 19:06 [[Kwame|name]]: stay in tonight. im gonna ring [[tom|name]] n the police in the morning. dont reply to him
[[26/11|date]] 19:20 [[Jaheim|name]]: he sent a pic of [[frolesworth rd|address]] sign
[[26/11|date]] 19:21 [[Kwame|name]]: screenshot it pls
[[27/11|date]] 08:30 [[Kwame|name]]: morning. spoke to [[tom|name]]. PC [[sharma|name]] coming round at 4 to see u n ur grandma
[[27/11|date]] 16:55 [[Jaheim|name]]: he come. grandma gave him cake lol
[[1/12|date]] 21:14 [[Jaheim|name]]: uncle [[del|name]] says i can stay at his in [[enderby|place]] at wknd
[[1/12|date]] 21:16 [[Kwame|name]]: nice one. c u thurs
"""),
]


# --- F. Sharpe / Hill family (white British; a care leaver), Measham -------------------------------------------------------

HOME_F = d.Address("Flat 7, Wilkes Court, High Street", "", "Measham", "DE12 7HR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kelly", "Sharpe")], dt.date(2007, 1, 19), addresses=[HOME_F], phones=["07441 908 215"],
       ids=["1860913903"]),
    _p("f", "father", [("Jordan", "Hill")], dt.date(2004, 8, 8), phones=["07377 602 914"], ids=["JH 12 90 55 A"]),
    _p("p1", "professional", [("Beth", "Mayall")], phones=["0116 305 9920"], emails=["beth.mayall@soarwolds.gov.uk"]),
], "c")

DOCS_F = [
    ("pre-birth assessment", """PRE-BIRTH ASSESSMENT - Soar Wolds Council (Leaving Care and Children's Services joint assessment)
Mother: [[Kelly SHARPE|name]]   DOB [[19/01/2007|dob]]   NHS [[186 091 3903|nhs]]   EDD [[28 January 2027|date]]
Address: [[Flat 7, Wilkes Court, High Street|address]], [[Measham|place]], [[DE12 7HR|postcode]]   Mobile [[07441 908 215|phone]]
Father of the baby: [[Jordan HILL|name]]   DOB [[08/08/2004|dob]]   NI [[JH 12 90 55 A|ni]]   Mobile [[07377 602 914|phone]]
Social worker: [[Beth Mayall|name]]   Personal adviser: [[Dan Ashby|name]]   Date: [[1 December 2026|date]]

[[Kelly|name]]'s story. [[Kelly|name]] was in care from the age of 9, first with foster carers [[Sue|name]] and [[Alan Bramwell|name]] in
[[Ashby|place]] (she still calls [[Sue|name]] "Mum [[Sue|name]]"), then in a children's home in [[Moira|place]]. Her mother,
[[Lisa Sharpe|name]],
lives in [[Swadlincote|place]] and uses heroin; [[Kelly|name]] sees her "when she's clean". Her brother, [[Connor Sharpe|name]], 17, is
in foster care in [[Melbourne|place]] (the Derbyshire village, not Australia).
[[Jordan|name]]. [[Jordan Hill|name]] lives with his father, [[Gary Hill|name]], on the [[Grange|place]] estate in [[Swad|place]] and
stays at [[Kelly|name]]'s most nights. He has a conviction for assault on a previous partner, [[Chantelle Moss|name]], in 2023
(DVPO, [[14/06/2023|date]]). [[Kelly|name]] says he "has changed" and "never raised his hand" to her. Her friend [[Mia Hill|name]]
(no relation) told the PA in October that
[[Jordan|name]] "checks [[Kel|name]]'s phone" and "went mad" when she went to [[Mia|name]]'s birthday at the Bull's Head in
[[Measham|place]].
Midwife: [[Harriet Sewell|name]] (community midwife, [[Ashby-de-la-Zouch|place]] team) - booked at 11 weeks; all scans attended.
Analysis: [[Kelly|name]] has real strengths - she has kept her flat, attends every appointment and is warm about the baby,
whom she will call "[[Raine|name]]" (girl) or "[[Ezra|name]]" (boy). The risks are [[Jordan|name]]'s history of violence, her own lack
of a family network and her wish to "do it all on her own". Recommendation: Child in Need plan pre-birth; a parenting
assessment with [[Kelly|name]] and [[Jordan|name]] separately; [[Jordan|name]] to be referred to the Change programme; Family
Group Conference on [[10 December|date]].
Family network (from the genogram): [[Kelly|name]]'s maternal grandmother, [[Irene Sharpe|name]], died in 2021 in [[Newhall|place]];
her father is not known. [[Jordan|name]]'s mother, [[Denise Hill|name]], lives in [[Tamworth|place]] (number not given;
[[Jordan|name]] says "she's not bothered"). His sister, [[Tegan Hill|name]], 15, lives with him and [[Gary|name]].
"""),
]

DOCS_F += [
    ("voicemail messages transcribed by business support", """VOICEMAILS - duty line, transcribed by [[Jas Pabla|name]] (business support)
for [[Beth Mayall|name]], [[2 December 2026|date]]. Words that could not be made out are shown as [unclear].

1. Tues [[01/12/26|date]] 17:48, from [[07441 908 215|phone]]
"Hiya, it's [[Kelly|name]], [[Kelly Sharpe|name]], for [[Beth|name]]. Erm, just to say [[Jordan|name]]'s not coming to the FGC thing
on the [[tenth|date]] cos he's got work in [[Burton|place]], he's on the lorries with his uncle. And can [[Sue|name]] come? [[Sue
Bramwell|name]]. My old foster mum. She's on [[01530 270649|phone]]. Ta. Bye."

2. Wed [[02/12/26|date]] 08:05, withheld number
"Yeah this is [[Lisa|name]], [[Kelly|name]]'s mum. I heard you're having a meeting about our [[Kel|name]] and the baby and no one's
told me. I'm her mum. I'm at me mate [[Debbie|name]]'s in [[Church Gresley|place]], [[Debbie Spooner|name]], [unclear] number is
[[07583 446 120|phone]]. I want to be at it. Don't let [[Jordan|name]] speak for her."

3. Wed [[02/12/26|date]] 09:31, from [[07377 602 914|phone]]
"It's [[Jordan Hill|name]]. Someone's been ringing [[Kelly|name]] from your lot saying I'm dangerous. I'm not. I'll come to your
meeting, I'll move the work. If her mum's coming I'm not. Ring me back."
"""),
]

DOCS_F += [
    ("housing register social priority form completed by a professional", """NORTH WEST LEICESTERSHIRE DISTRICT COUNCIL - HOUSING REGISTER
APPLICATION FOR SOCIAL / WELFARE PRIORITY (Form HR7) - completed by a professional

Section 1 - Applicant
Title: Miss   First name(s): [[KELLY LOUISE|name]]   Surname: [[SHARPE|name]]
Date of birth: [[19 / 01 / 2007|dob]]   NI number: not known   Housing ref: NWL/HR/77412
Current address: [[Flat 7, Wilkes Court|address]], [[High Street|address]], [[Measham|place]]   Postcode: [[DE12 7HR|postcode]]
Tel: [[07441 908 215|phone]]   Email: [[kellysharpe07@icloud.com|email]]
Household: applicant + unborn baby (EDD [[28/01/2027|date]]). Partner on the application? [X] No
Section 2 - Professional completing
Name: [[Beth Mayall|name]]   Role: Social Worker, Soar Wolds Council   Tel: [[0116 305 9920|phone]]
Email: [[beth.mayall@soarwolds.gov.uk|email]]   Date: [[03.12.2026|date]]
Section 3 - Reasons (please give facts)
The flat is a first-floor bedsit with no room for a cot and a broken lift, above the chip shop; the landlord, Mr [[Stavros
Kyriacou|name]], has served a section 21 notice expiring [[15 February 2027|date]]. Miss [[Sharpe|name]] is a care leaver (Soar Wolds)
and the baby is subject to a pre-birth Child in Need plan. She needs to stay within reach of her support: her former
foster carer in [[Ashby|place]] and her midwife. She asks not to be housed in [[Swadlincote|place]] or [[Woodville|place]], where her
mother and the baby's father's family live. Preferred areas: [[Measham|place]], [[Ashby-de-la-Zouch|place]], [[Appleby Magna|place]].
Section 4 - Consent: signed [[K. Sharpe|name]]
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Kelly Sharpe|name]] and her baby (due [[28 Jan 2027|date]])   Held: Thursday [[10th December 2026|date]], The Hub,
[[Measham|place]]   Coordinator: [[Nasreen Akhtar|name]] (independent FGC coordinator)
Information givers: [[Beth Mayall|name]] (SW), [[Harriet Sewell|name]] (midwife), [[Dan Ashby|name]] (PA)
Family and friends at private family time: [[Kelly|name]]; [[Sue Bramwell|name]] and [[Alan Bramwell|name]] (former foster carers);
[[Jordan Hill|name]] (baby's father) and his aunt, [[Tina Hill|name]]; [[Mia Hill|name]] (friend). [[Lisa Sharpe|name]] (mother) sent a
letter, read by [[Nasreen|name]]; [[Connor|name]] (brother) sent a voice note.

OUR PLAN (in the family's words)
1. [[Sue|name]] will be [[Kelly|name]]'s birth partner and will stay at the flat for the first two weeks. [[Alan|name]] will drive
   [[Kelly|name]] to the hospital (Burton Queen's) and to appointments - his number is [[01530 411 902|phone]] (home).
2. [[Jordan|name]] will do the Change programme starting [[11 January|date]]. He will not stay over until [[Beth|name]] has finished
   the parenting assessment. [[Tina|name]] will go with him to the first session.
3. [[Mia|name]] will come round on Tuesdays and Fridays "for a brew and to check [[Kel|name]]'s ok".
4. If [[Kelly|name]] is worried about [[Jordan|name]] she will ring [[Sue|name]], or 999, and go to [[Sue|name]]'s at [[5 Moira
   Road|address]], [[Ashby|place]].
5. [[Lisa|name]] can see the baby at [[Sue|name]]'s, not at the flat, when she is clean. [[Connor|name]] can visit whenever.
Review FGC: [[18 March 2027|date]]. Agreed by the social worker's manager, [[Rachel Fenby|name]], on [[11/12/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 101 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 06:53 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "rn",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "aai", "aaji", "ajoba", "baba",
           "dada", "tai", "señora", "senora", "señor", "doña", "dona", "don", "ña", "abuela", "tía", "tia", "madam", "hv"}
_AFTER = {"dada", "tai", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "leicestershire",
               "north west leicestershire", "derbyshire", "nottinghamshire", "the midlands", "east midlands", "india",
               "maharashtra", "paraguay", "spain", "jamaica", "australia", "europe", "south america", "latin america"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Aai Sunanda",
# "Ña Cristina", "doña Amparo", "Señora Lorna", "Uncle Del", "Mum Sue", "HV Hinckley"; and after one: "Arnu dada", "snehal
# tai") and counties, regions and countries ("Leicestershire", "Derbyshire", "Paraguay", "Jamaica", "Australia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
