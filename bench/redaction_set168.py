"""Set 168: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
166, 167 and 169 and their tests (written by other helpers at the same time), that did not run the detector or any bench script
that runs it, that ran no git command, and that looked at no detector output. What was read: tests/test_redaction_set21.py in
full and of bench/redaction_set21.py its module docstring, imports, first record and first two documents, and its closing word
lists and HandSet wiring (the layout and marking conventions followed here); the module docstrings only of
bench/redaction_set7.py to bench/redaction_set165.py (printed to a scratch file and searched for town, district and community
names, to pick a home and communities no earlier set used); the module docstring and the `_party`, `Records`, `HandSet`,
`word_problems` and `_parse` helpers of bench/redaction_handwritten.py (its first record and documents were seen in passing).
Set 15's checker was run through HandSet, not read. Phone numbers were checked with the phonenumbers library and NHS numbers
and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is
to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in Keighley and Bingley in the Aire valley, each from a district or estate no earlier set used as a family's
home. Four of the kinds most common in children's social care: a white British family on Bracken Bank, Keighley, with a
grandmother in Long Lee (Feather / Greenwood; neglect, a mother's partner who smashed a door and took the television, a man
staying on the settee who supplies cannabis, a boy who comes to school hungry, a toddler in a travel cot), a British
Pakistani (Mirpuri) family at Guard House, Keighley, with a grandmother in Lawkholme and an aunt in Little Horton (Akhtar /
Hussain; a girl of 14 filmed in school toilets, low mood and weight loss, a father planning to take her to Dadyal, a passport
held by an aunt, a feared forced marriage, a grandmother's note in Urdu), a white British family in Riddlesden with a
grandmother in Silsden and a father in Steeton (Clough / Pickles; a mother's partner who scalded a boy of 6, a safety plan
with the grandmother, a father who turns up drunk, a grandmother's letter to the judge) and a white British family in a
ninth-floor flat at Braithwaite, Keighley, with a father in Haworth (Ingham / Wood; a baby failing to thrive, a broken lift,
a mother's depression, a boy of 10 kept off school, a family group conference). Two from communities no earlier set used:
a Mende family from Sierra Leone in Crossflatts, Bingley, with a grandmother in Bo (Kamara / Sesay; risk of FGM through
Sande initiation on a Christmas trip, voice notes in Krio, a pastor and a family friend who hold the passports) and a Tharu
family from Dang in Nepal, the father an ex-Gurkha, in Cottingley (Chaudhary; a girl of 15 who is a young carer, cuts to her
arms, a 19-year-old grooming her on Instagram, names in Devanagari script). 24 documents, of types and styles no earlier set
used where possible: a social worker's home visit case note, a partner's Facebook Messenger thread typed up by police, a
CPOMS log export, an initial child protection conference report, an early help assessment, a mother's voice note
transcribed and translated, a GP's safeguarding letter, a grandmother's handwritten Urdu note scanned and OCR'd with a
translation, a MASH contact and referral form, Krio WhatsApp voice notes translated, strategy discussion minutes, a pastor's
email, a home visit record with an interpreter, a school nurse's health assessment form, an Instagram DM export from a
police phone download (with a Devanagari comment), child in need review minutes, a chronology, a police PVP notification,
a grandmother's letter to the judge, a social worker's quick phone notes, a health visitor's contact record, a housing
officer and social worker email chain, a family group conference plan and a contact supervisor's text message log.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Sierra Leone, Nepal); NHS numbers and UPNs (LA number 380, Bradford) pass their
check digits; NI numbers have a valid format. The council (Aire Moor), Worthside Primary School, the block Hawkcliffe House, the
interpreting agencies (NorthLingo, LinguaAire), Bingley Evangel Church and the Keighley
Contact Centre are invented or used as invented; towns, districts, estates, real schools and colleges, charities, NHS
bodies, surgeries, hospitals, police forces, prisons, clubs, shops, brands, apps, programmes, regiments and laws are real
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, Pastor, Deacon, Sister, Brother, Pa, Mama, Aunty, Nana, nan, Uncle, Great-grandma, Grandad, dadi, ammi, phuppo, bhai,
uncle, hajurama, the Devanagari दिदी, and "miss" after a teacher's surname) stay outside the name span, before or after it; a
possessive 's and a bare s in texting ("kirsty"s, "sandra"s) stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("HUSSAIN, Aleena", "PICKLES, Gemma Louise", "Feather, Kayden"), and so is
"First SURNAME"; an initial with a surname is one span ("J Lister", "Z. Bibi", "M Hirst"); a name, address, place, school or
date broken by a line break is one span holding the break; social media handles are not marked but a display name that is
a person's name is ("Situ", "Aarav"); a street address is one span, its town a place, its postcode a postcode; a street
named without a number is an address, and so is a neighbour's bare flat or house number ("no. 8", "Flat 11", "flat 12");
towns, villages, districts and estates are places at home or abroad and in any script ("Bo", "Kenema", "Dadyal", "Ghorahi",
the Urdu "کیگلی"); countries, counties and regions are not ("Nepal", "Sierra Leone", "West Yorkshire"); organisations are
not marked even when they hold a town's or a person's name; a school's, college's or nursery's name and short form is a
school ("Worthside", "Holycroft", "st marys", "bingley grammar", "Little Acorns", "Keighley College"); a date of birth is dob,
any other calendar date with a day is date (a weekday before it stays outside) and a bare day ("the 30th", "Fri 27th") is a
date; months and years alone are not marked ("Aug 2023", "late October"); a name in another script (Urdu "علینہ", "زبیدہ بی
بی"; Devanagari "सीता", "बिकास") is a name; a name that is also a word or a town is marked by what it refers to ("Ivy",
"Dawn", "Grace", "Feather", "Sunderland", "Craven", "Den" are names when they are people).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a team, locality or
district named by its town ("Keighley Locality", "Keighley West", "Bradford District", "the Bingley road") marks the town, as
set 21's "Plymouth PDU" did, while a named building or organisation holding a town's name ("Keighley Family Hub", "Keighley
Salvation Army", "Keighley Library", "Keighley Health Centre", "Keighley Contact Centre", "Keighley Womens Centre", "Long Lee
Juniors", "Long Lee chapel", "Cottingley Town Hall", "Cottingley Village Surgery", "Cottingley Hall", "Bradford City") stays
unmarked; a station named by its town in lower case ("Keighley station", "bingley station") marks the town; Dang, a district
of Nepal the size of a county, is a region and is not marked, while its towns (Tulsipur, Ghorahi) are places; a child's
initials used as his everyday name ("TJ", "tj") are a name, unlike set 21's bare initials; nicknames ("Bomber", "Mitch",
"Deano", "Kirst", "mase", "Fatu", "Momo", "Situ", "Bikky", "Lina") are names; "Mama" for a grandmother, "Aunty" and
"Pa" before a name, and "bush aunty" are kinship words; the Sande society is an institution and is not marked; a block of
flats with the family's flat in it ("Hawkcliffe House") is an address wherever it appears; a number hidden by OCR ("###"),
an interpreter's reference, an occurrence number, a referral reference, an exhibit number and a road number (A650) are not
marked.

Self-check without the detector: `python -m bench.redaction_set168` (and tests/test_redaction_set168.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
903 gold spans, 530 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Feather / Greenwood family (white British), Bracken Bank, Keighley, with a grandmother in Long Lee ---------------

HOME_A = d.Address("14 Bracken Bank Avenue", "Bracken Bank", "Keighley", "BD22 7AB")
NAN_A = d.Address("6 Cherry Tree Rise", "Long Lee", "Keighley", "BD21 4TQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Feather")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["470 035 3260"],
       schools=["Worthside Primary School"]),
    _p("s", "sibling", [("Amber-Rose", "Greenwood")], dt.date(2021, 8, 3), addresses=[HOME_A]),
    _p("m", "mother", [("Leanne", "Feather")], dt.date(1995, 1, 9), addresses=[HOME_A], phones=["07824 613 905"]),
    _p("f", "partner", [("Craig", "Greenwood")], dt.date(1991, 6, 17), addresses=[HOME_A], phones=["07935 218 447"]),
    _p("g", "grandparent", [("Pauline", "Feather")], addresses=[NAN_A], phones=["01535 603 417"]),
    _p("p1", "professional", [("Hannah", "Moorhouse")], phones=["0300 131 6022"],
       emails=["hannah.moorhouse@airemoor.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - Home visit (announced)          Worker: [[Hannah Moorhouse|name]] (SW,
[[Keighley|place]] Locality)
Date of visit: Thursday [[05/11/2026|date]] (recorded [[06/11/2026|date]])
Child: [[Kayden FEATHER|name]]  DOB [[22.04.2017|dob]]  NHS [[470 035 3260|nhs]]
Address: [[14 Bracken Bank Avenue|address]], [[Bracken Bank|place]], [[Keighley|place]] [[BD22 7AB|postcode]]

Present: [[Leanne Feather|name]] (mum), [[Amber-Rose|name]] (5), [[Craig Greenwood|name]] (mum's partner) arrived 15 mins in.
[[Kayden|name]] was at [[Worthside Primary|school]] until 3.15 then came home with nana [[Pauline|name]], who stayed.

The house: front room tidy, kitchen bins overflowing, smell of cannabis in the hall which [[Leanne|name]] said was "next
door" (no. 16, Mr [[Stell|name]]). Upstairs [[Kayden|name]]'s mattress has no sheet and is damp along the wall side. [[Amber|name]]
showed me her "bed" which is a travel cot she is too big for. [[Craig|name]] said they are waiting on beds from the
Keighley Salvation Army shop and that his brother [[Dale|name]] "from [[Riddlesden|place]]" will fetch them in his van.

[[Kayden|name]] (on his own in his room): said mum and [[Craig|name]] "shout at night", that he hides under the quilt with his
tablet, and that [[Craig|name]]'s mate "[[Bomber|name]]" sleeps on the settee "loads". He likes going to nana's at [[Long Lee|place]]
because "she does chips and I get the big bed". He wants to play for Long Lee Juniors but "mum never takes me".

Nana [[Pauline Feather|name]] ([[6 Cherry Tree Rise|address]], [[BD21 4TQ|postcode]], [[01535 603 417|phone]]) said she can have
both children on Fridays and Saturdays but her own health (COPD) stops her doing more. She named a friend, [[Brenda
Whitaker|name]] from the Long Lee chapel, who helps her.

Actions: referral to the Keighley Family Hub for beds (by [[13/11|date]]); CAF form for [[Amber-Rose|name]]'s nursery
place at [[Little Acorns|school]]; next visit [[19th November|date]]; check with PC [[Akroyd|name]] re call-outs to the address.
[[H Moorhouse|name]]
"""),
    ("mother's partner's Facebook Messenger thread typed up by police", """Typed up from screenshots given by [[Leanne Feather|name]] to
PC [[Dan Akroyd|name]] on [[9 Nov 2026|date]]. Spelling as on screen.

[[Craig Greenwood|name]]  [[01/11/2026|date]] 23:14
where r u
[[Leanne Feather|name]]  23:20
at me mams with the kids. dont come [[craig|name]]
[[Craig Greenwood|name]]  23:21
u think [[pauline|name]] scares me. ill come up [[long lee|place]] now
[[Craig Greenwood|name]]  23:22
and tell [[kayden|name]] his xbox is goin in the bin
[[Leanne Feather|name]]  23:40
u smashed the door last time. [[amber|name]] is still scared
[[Craig Greenwood|name]]  [[02/11/2026|date]] 00:03
[[bomber|name]] says ur a grass. u told that social [[hannah|name]] about the weed
[[Leanne Feather|name]]  00:05
i never. she asked [[kay|name]] at skool
[[Craig Greenwood|name]]  00:31
im at urs. back door open. [[dale|name]] is bringing the van at 8 for the telly
[[Leanne Feather|name]]  00:33
thats my telly. my nan bought it
[[Craig Greenwood|name]]  [[3 Nov|date]] 18:02
sorry babe. im sorted now. goin to me brothers in [[riddlesden|place]] for a bit. tell the kids i love em
[[Leanne Feather|name]]  18:10
[[kayden|name]] doesnt want to see u. [[amber rose|name]] keeps asking
[[Craig Greenwood|name]]  18:11
ring me [[07935 218 447|phone]] new sim. dont give it that [[moorhouse|name]]

Note by PC [[Akroyd|name]]: the "Bomber" in the thread is believed to be [[Shane Lund|name]], DOB [[14/02/1989|dob]], of
[[Thwaites Brow|place]]; vehicle seen at the address [[YG17 KXE|vehicle]].
"""),
    ("school safeguarding log export (CPOMS)", """CPOMS export - [[Worthside Primary School|school]] - Student: [[Feather, Kayden|name]]
(Y4)  UPN [[R380519095140|upn]]
Printed [[2026-11-10|date]] by Mrs [[J Lister|name]] (DSL)

[[15/09/2026|date]] 08:50  [[Sam Craven|name]] (Y4 teacher)  Category: Neglect
[[Kayden|name]] arrived without breakfast again, same polo shirt as Friday. Given toast in Magic Breakfast club.
Alerted: [[J Lister|name]]

[[22/09/2026|date]] 12:40  [[Kelly Firth|name]] (MDS)  Category: Behaviour / wellbeing
Fell asleep in the hall at dinner. Said "[[Craig|name]] and [[Bomber|name]] were on the Xbox all night in my room".

[[02/10/2026|date]] 15:30  [[J Lister|name]]  Category: Contact with parents
Rang mum [[07824 613 905|phone]] - no answer. Nana [[Pauline Feather|name]] collected. She said [[Leanne|name]] is "at [[Bingley|place]]
with her friend [[Jodie Rhodes|name]]". [[Amber-Rose|name]] was with nana in the pushchair and had a nasty nappy rash.

[[06/11/2026|date]] 09:05  [[Sam Craven|name]]  Category: Disclosure
[[Kayden|name]]: "[[Craig|name]] broke our back door and mum cried and we went to nana's in the dark". Asked who else was
there: "[[Dale|name]] and the van man". Passed to DSL at 09:10.
Action ([[J. Lister|name]]): MASH rang 09:25, spoke to [[Rhys|name]]; SW [[Hannah Moorhouse|name]] emailed at
[[hannah.moorhouse@airemoor.gov.uk|email]].

[[09/11/2026|date]] 14:00  [[Kelly Firth|name]]
[[Kayden|name]] asked if he can "live with nana [[Pauline|name]] for ever" and whether [[Craig|name]] knows where school is.
"""),
    ("initial child protection conference report", """AIRE MOOR CHILDREN'S SOCIAL CARE - INITIAL CHILD PROTECTION CONFERENCE
Conference date: Tuesday [[24th November 2026|date]]  Chair: [[Rashida Begum|name]] (IRO)
Children: [[Kayden Feather|name]] (DOB [[22/04/2017|dob]]), [[Amber-Rose Greenwood|name]] (DOB [[03/08/2021|dob]])
Address: [[14 Bracken Bank Ave|address]], [[Keighley|place]], [[BD22 7AB|postcode]]

Attendees: [[Leanne Feather|name]] (mother); [[Pauline Feather|name]] (maternal grandmother); [[Hannah Moorhouse|name]]
(SW); [[Janet Lister|name]] (DSL, [[Worthside|school]]); [[Zoe Pickard|name]] (health visitor); PC [[Dan Akroyd|name]]
(WYP Safeguarding). Apologies: Dr [[Farooq|name]] (Holycroft Surgery). Not invited: [[Craig Greenwood|name]] (bail
conditions not to attend [[Bracken Bank|place]] until [[8 December|date]]).

Summary: police were called to the home on [[01/11/2026|date]] and [[02/11/2026|date]]; Mr [[Greenwood|name]] damaged the back door
and removed a television with a friend, [[Dale Greenwood|name]]. An associate, [[Shane Lund|name]], has been staying at the
house and is known for supplying cannabis around [[Ingrow|place]] and [[Lawkholme|place]]. [[Kayden|name]]'s attendance is 88%;
he has come hungry on 11 days since [[1 September|date]]. [[Amber-Rose|name]] has no nursery place and delayed speech (HV
[[Zoe Pickard|name]], seen [[12.11.26|date]]).

Grandmother: Mrs [[Feather|name]] offers weekends; her neighbour [[Trevor Holmes|name]] at [[no. 8|address]] can drive the
children to school. [[Leanne|name]] wants to move nearer to her mother and has bid for a flat on [[Hainworth Road|address]].

Decision: both children subject to a child protection plan, category neglect. Core group [[1 December
2026|date]] at the
Keighley Family Hub; review conference [[23/02/2027|date]].

Core group members: [[Leanne Feather|name]], [[Pauline Feather|name]], [[Hannah Moorhouse|name]], [[Janet Lister|name]],
[[Zoe Pickard|name]], [[Sam Craven|name]] and, once bail ends, [[Craig Greenwood|name]]. Distribution: Dr [[Farooq|name]];
PC [[Akroyd|name]]; [[Kelly Firth|name]] (learning mentor, [[Worthside|school]]). Minutes typed by [[Carly Mitchell|name]],
[[25/11/2026|date]]. Mother's phone for invites: [[07824 613 905|phone]]; grandmother's: [[01535 603 417|phone]].
"""),
]


# --- B. Akhtar / Hussain family (British Pakistani, Mirpuri), Guard House, Keighley, with a grandmother in Lawkholme ------

HOME_B = d.Address("31 Guard House Road", "Guard House", "Keighley", "BD22 6JL")
DADI_B = d.Address("9 Marlborough Street", "Lawkholme", "Keighley", "BD21 3HT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Aleena", "Hussain")], dt.date(2012, 10, 30), addresses=[HOME_B], ids=["790 654 6261", "D380085318655"],
       schools=["Oakbank School"]),
    _p("s", "sibling", [("Rayyan", "Hussain")], dt.date(2009, 2, 11), addresses=[HOME_B]),
    _p("m", "mother", [("Nasreen", "Akhtar")], dt.date(1986, 5, 4), addresses=[HOME_B], phones=["07752 804 319"]),
    _p("f", "father", [("Tariq", "Hussain")], dt.date(1981, 12, 1), addresses=[HOME_B], phones=["07867 445 102"]),
    _p("g", "grandparent", [("Zubeda", "Bibi")], addresses=[DADI_B]),
    _p("p1", "professional", [("Owen", "Metcalfe")], emails=["owen.metcalfe@airemoor.gov.uk"]),
], "c")

DOCS_B = [
    ("early help assessment", """EARLY HELP ASSESSMENT (Aire Moor Early Help Hub - [[Keighley|place]] West)
Lead practitioner: [[Owen Metcalfe|name]], Family Support Worker  ([[owen.metcalfe@airemoor.gov.uk|email]])
Started [[12/10/2026|date]]   Completed [[2 November 2026|date]]

Family members
- [[HUSSAIN, Aleena|name]]   DOB [[30/10/2012|dob]]   Y9, [[Oakbank School|school]]   UPN [[D380085318655|upn]]   NHS [[790 654 6261|nhs]]
- [[HUSSAIN, Rayyan|name]]   DOB [[11/02/2009|dob]]   [[Keighley College|school]] (Level 2 motor vehicle)
- [[AKHTAR, Nasreen|name]] (mother)   DOB [[04/05/1986|dob]]   mob [[07752 804 319|phone]]
- [[HUSSAIN, Tariq|name]] (father)   taxi driver, works nights   mob [[07867 445 102|phone]]
- [[Zubeda Bibi|name]] (dadi, father's mother), lives at [[9 Marlborough St|address]], [[Lawkholme|place]]
Home: [[31 Guard House Road|address]], [[Guard House|place]], [[Keighley|place]], [[BD22 6JL|postcode]]. Language: Pahari/Potwari and
English; mum prefers Urdu letters.

Why now: [[Aleena|name]] (known at home as "[[Lina|name]]") has missed 23 sessions this term; she says girls from
[[Highfield|place]] filmed her in the toilets and shared it on Snapchat. School's pastoral lead Ms [[Ruth Kendall|name]] made
the referral on [[9th October|date]]. Mum reports [[Aleena|name]] is not eating and stays in her room; dad says she should
go to her phuppo in [[Mirpur|place]] "for a rest" in the new year, which [[Aleena|name]] does not want.

Strengths: close to her brother [[Rayyan|name]], who walks her to the bus stop on [[Oakworth Road|address]]; dadi [[Zubeda|name]]
teaches her to cook; a friend from mosque, [[Hafsa Iqbal|name]], visits every evening.

Also known: [[Aleena|name]]'s best friend [[Hafsa Iqbal|name]] ([[16 Dalton Lane|address]]); her form tutor Mr
[[Grant Illingworth|name]]; the bus driver, "[[Javed|name]] uncle", who told mum on [[5/10|date]] that [[Aleena|name]] rides to
[[Silsden|place]] and back "all day".

Plan: school nurse ([[Sophie Denby|name]]) to see [[Aleena|name]] weekly; MindMate referral; family meeting with
[[Nasreen|name]], [[Tariq|name]] and dadi at the Hub on [[16/11/2026|date]]; check travel plans with the father.
"""),
    ("mother's voice note transcribed and translated by an interpreter", """Voice note from [[Nasreen Akhtar|name]] to FSW
[[Owen Metcalfe|name]], WhatsApp, [[17 November 2026|date]], 22:48, 3 min 12 s.
Transcribed and translated from Pahari/Urdu by [[Samina Rauf|name]] (interpreter, ref. AL-58813). Words in English left as said.

"Salaam [[Owen|name]] bhai. Sorry so late. [[Tariq|name]] has booked tickets. He says [[Lina|name]] goes with his sister [[Shazia|name]]
on the [[15th|date]] from [[Manchester|place]] to [[Islamabad|place]], then by car to [[Mirpur|place]], to [[Dadyal|place]] to their
house. He says
only for two months. [[Lina|name]] cried all night. She says 'ammi they will marry me to [[Adeel|name]]'. [[Adeel|name]] is
[[Shazia|name]]'s son, he is 22. I don't know if it is true. My mother-in-law, [[Zubeda|name]] ammi, she said to me don't be
stupid, [[Nasreen|name]], no one is marrying anybody. But why they took her passport to [[Shazia|name]]'s house in
[[Bradford|place]]? [[Rayyan|name]] saw it in [[Shazia|name]] phuppo's drawer, in [[Little
Horton|place]]. Please don't say I
rang you. [[Tariq|name]] checks my phone. If you ring, ring my sister [[Rubina|name]], [[07883 406 215|phone]], she lives in
[[Utley|place]]. [[Lina|name]] is at her friend [[Hafsa|name]]'s tonight. Khuda hafiz."

Interpreter's note: "[[Lina|name]]" is [[Aleena|name]]. "Dadi" / "ammi" are kinship words and not names. The speaker's voice
was shaking; at 1:40 a man's voice is heard in the background saying "[[Nasreen|name]]?" and the recording pauses.
"""),
    ("GP safeguarding letter", """Holycroft Surgery, Keighley

[[18 November 2026|date]]

Dear Mr [[Metcalfe|name]],

Re: [[Aleena HUSSAIN|name]], DOB [[30.10.2012|dob]], NHS No. [[790 654 6261|nhs]]
[[31 Guard House Rd|address]], [[Keighley|place]] [[BD22 6JL|postcode]]

Thank you for your call this morning. I saw [[Aleena|name]] with her mother on [[20/10/2026|date]] (low mood, weight loss of
4 kg since July) and again alone on [[13/11/2026|date]]. At the second visit she asked me whether "a doctor can stop a
girl being taken abroad". She said her aunt [[Shazia Hussain|name]] and cousin [[Adeel Mahmood|name]] were "getting things
ready" in [[Dadyal|place]], and that her brother had told her about the passport. She asked me not to tell her father.

I gave her the Forced Marriage Unit card and discussed her with our safeguarding lead, Dr [[Helen Sutcliffe|name]]. Her
immunisations are up to date; a travel clinic appointment for her was booked by [[Tariq Hussain|name]] on [[10/11/2026|date]]
and has been cancelled at my request.

Her mother, Mrs [[Akhtar|name]], is also our patient and attended with [[Aleena|name]] on [[20 October|date]]; she
asked for an Urdu-speaking doctor, Dr [[Imtiaz Qureshi|name]], who is now covering at [[Silsden|place]].

Yours sincerely,
Dr [[Catherine Wadsworth|name]], GP Partner
"""),
    ("grandmother's handwritten Urdu note, scanned and OCR'd with a translation", """[Scanned page, OCR output, Urdu with a translation by
[[Samina Rauf|name]], [[23/11/2026|date]]. "###" = OCR could not read]

بسم اللہ
[[علینہ|name]] بیٹی کے لیے
میں [[زبیدہ|name]] ہوں، تمہاری دادی۔ [[شازیہ|name]] کو میں نے کہا ہے پاسپورٹ واپس دو۔
[[کیگلی|place]] میں تمہارا گھر ہے۔ کوئی تمہیں ### نہیں لے جائے گا۔
[[ریان|name]] اور [[نسرین|name]] تمہارے ساتھ ہیں۔
[[زبیدہ بی بی|name]]
[[9 Marlbo
rough Street|address]]

Translation:
"In the name of God. For my daughter [[Aleena|name]]. I am [[Zubeda|name]], your dadi. I have told [[Shazia|name]] to give the
passport back. Your home is in [[Keighley|place]]. No one will take you ### . [[Rayyan|name]] and [[Nasreen|name]] are with you.
[[Zubeda Bibi|name]]"

Handed to FSW [[Owen Metcalfe|name]] by [[Rayyan Hussain|name]] at the Hub on Monday [[23rd|date]]. The envelope has the name
"Mrs [[Z. Bibi|name]]" and the old address "[[Flat 2, Dalton Lane|address]]" crossed out.
"""),
]


# --- C. Kamara / Sesay family (Mende, from Sierra Leone), Crossflatts, Bingley, with a grandmother in Bo ---------------

HOME_C = d.Address("5 Morton Lane", "Crossflatts", "Bingley", "BD16 2EH")
MAMA_C = d.Address("22 Tikonko Road", "", "Bo", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Fatmata", "Kamara")], dt.date(2014, 7, 19), addresses=[HOME_C], ids=["618 083 0037"],
       schools=["Crossflatts Primary School"]),
    _p("s", "sibling", [("Mohamed", "Kamara")], dt.date(2018, 3, 2), addresses=[HOME_C]),
    _p("m", "mother", [("Isatu", "Sesay")], dt.date(1990, 9, 14), addresses=[HOME_C], phones=["07599 301 274"]),
    _p("f", "father", [("Alusine", "Kamara")], dt.date(1984, 1, 27), phones=["07931 562 804"]),
    _p("g", "grandparent", [("Kadiatu", "Sesay")], addresses=[MAMA_C], phones=["+232 76 418 935"]),
    _p("p1", "professional", [("Beth", "Rushworth")], phones=["01274 436 527"], emails=["beth.rushworth@airemoor.gov.uk"]),
], "c")

DOCS_C = [
    ("MASH contact and referral form", """AIRE MOOR MASH - CONTACT / REFERRAL FORM                      Ref: CON-2026-118407
Received: [[26/10/2026|date]] 10:14   Via: phone then e-form   Referrer: [[Gillian Oddy|name]], DSL, [[Crossflatts
Primary|school]]
Referrer phone: [[01274 561 829|phone]]

CHILD 1  Surname: [[KAMARA|name]]  Forename(s): [[Fatmata|name]]  (goes by "[[Fatu|name]]")  DOB: [[19-07-2014|dob]]  Gender: F
CHILD 2  Surname: [[KAMARA|name]]  Forename(s): [[Mohamed|name]]  ("[[Momo|name]]")  DOB: [[02-03-2018|dob]]
Address: [[5 Morton Lane|address]], [[Crossflatts|place]], [[Bingley|place]]  Postcode: [[BD16 2EH|postcode]]
Parent/carer: [[Isatu SESAY|name]] (mother) [[07599 301 274|phone]]   Father: [[Alusine KAMARA|name]] [[07931 562 804|phone]], lives in
[[Leeds|place]]
First language: Krio and Mende; English good.

Concern: On Friday [[23/10|date]] [[Fatmata|name]] told her teacher Mr [[Cole|name]] that a "bush aunty" is coming from
[[Bo|place]] over Christmas to take her "to the society" and that her grandmother [[Kadiatu|name]] has said she is "old enough
now". School's understanding is that this may refer to initiation into the Sande society, which can include FGM. [[Fatmata|name]]
asked whether it "hurts" and whether [[Momo|name]] can come. Mum, spoken to by phone, said "nobody is cutting my child" and
that her own mother, Mama [[Kadiatu|name]], "says many things". Mum's friend [[Mariama Conteh|name]] of [[Eldwick|place]] was
with her at pick-up and said the family has booked flights for [[19 December|date]].

Other: [[Fatmata|name]] said Pa [[Kamara|name]] (her father) "doesn't know". Father's partner, [[Hawa|name]], has a baby.
Outcome: strategy discussion; allocated to [[Beth Rushworth|name]] ([[01274 436 527|phone]]).
"""),
    ("Krio WhatsApp voice notes, translated", """WhatsApp voice notes between [[Isatu Sesay|name]] ([[07599 301 274|phone]]) and her
mother "Mama" ([[+232 76 418 935|phone]])
forwarded by [[Isatu|name]] to SW [[Beth Rushworth|name]] on [[2 Nov 2026|date]]; translated from Krio by [[Abdul Bangura|name]]
(LinguaAire).

[[30/10/2026|date]] 07:12 Mama: "[[Isatu|name]], how di pikin dem? [[Fatu|name]] don grow. When una de cam [[Bo|place]]? Aunty
[[Jeneba|name]]
don ready for am, di society na for December."
Translation: How are the children? [[Fatu|name]] has grown. When are you coming to [[Bo|place]]? Aunty [[Jeneba|name]] is ready
for her; the society is in December.

[[30/10/2026|date]] 21:40 [[Isatu|name]]: "Mama, I tell you before, [[Fatu|name]] nor go go bush. Dem go take me pikin from me here
for [[Bingley|place]]. Social worker [[Beth|name]] cam di house."
Translation: Mama, I told you before, [[Fatu|name]] will not go to the bush [initiation]. They will take my child from me here in
[[Bingley|place]]. Social worker [[Beth|name]] came to the house.

[[31/10/2026|date]] 06:58 Mama: "Na [[Alusine|name]] family de talk all dis. Ask [[Kadie|name]] for [[Kenema|place]]. Me nor de force
anybody. Call me on [[+232 88 214 607|phone]], dis one nor get credit."
Translation: It's [[Alusine|name]]'s family saying all this. Ask [[Kadie|name]] in [[Kenema|place]]. I am not forcing anybody.
Call me on the other number; this one has no credit.

Translator's note: "pikin" = child; "go bush" = to go to the Sande initiation; "Mama" and "Aunty" are kinship words.
"""),
    ("strategy discussion minutes", """Minutes: Strategy discussion (FGM risk)   Monday [[27th October 2026|date]] 14:00 (Teams)
Chair: [[Priya Chana|name]], Team Manager. Minutes: [[Kirsty Bell|name]], business support.
Present: [[Beth Rushworth|name]] (SW); DC [[Mark Naylor|name]] (WYP, [[Bradford|place]] CSE/FGM team); [[Gillian Oddy|name]]
([[Crossflatts Primary|school]]); [[Nicola Hanson|name]] (school nurse); Dr [[Adewale|name]] (Bradford Royal Infirmary FGM clinic, by
phone).

1. Information: [[Fatmata KAMARA|name]] ([[19/07/2014|dob]]) and [[Mohamed|name]] ([[02/03/2018|dob]]), [[5 Morton Ln|address]],
[[BD16 2EH|postcode]]. Mother [[Isatu Sesay|name]] herself had FGM (type 2, recorded at booking when pregnant with [[Momo|name]] at
Airedale General). Grandmother [[Kadiatu Sesay|name]] lives in [[Bo|place]]; flights for [[19/12|date]] to [[Freetown|place]].
2. Police: no trace for mother; father [[Alusine Kamara|name]] known for a 2023 driving matter only ([[BN68 WZR|vehicle]]). Father
lives in [[Harehills|place]], [[Leeds|place]] with partner [[Hawa Koroma|name]] and says he will not consent to the trip.
3. Agreed: s47 joint enquiry; DC [[Naylor|name]] and [[Beth|name]] to see [[Fatmata|name]] at school on [[28/10|date]];
consider an FGM Protection Order if mother will not lodge passports. Family friend [[Mariama Conteh|name]] and pastor
[[Emmanuel Turay|name]] (Bingley Evangel Church) to be asked to support the mother.
4. Next: review [[10 November|date]].
Actions: [[Beth Rushworth|name]] - visit [[Isatu Sesay|name]] at [[5 Morton Lane|address]] by [[29/10|date]]; DC [[Mark Naylor|name]] - PNC
and travel checks for [[Kadiatu Sesay|name]] and [[Jeneba Fofanah|name]]; [[Gillian Oddy|name]] - safe adult for [[Fatmata|name]] in
school (Mrs [[Oddy|name]] or Miss [[Precious Okoro|name]]); [[Nicola Hanson|name]] - health chat with [[Fatmata|name]] on [[30th|date]]
and [[31st October|date]]; [[Kirsty Bell|name]] - circulate to [[Priya Chana|name]] by [[28/10/2026|date]].
"""),
    ("pastor's email to the social worker", """From: Pastor [[Emmanuel Turay|name]] <[[e.turay@evangelbingley.org.uk|email]]>
To: [[beth.rushworth@airemoor.gov.uk|email]]
Date: Sat, [[14 Nov 2026|date]] 19:22
Subject: Sister [[Isatu|name]] and the children

Dear Ms [[Rushworth|name]],

Thank you for the meeting on Thursday. As I promised, I have spoken with Sister [[Isatu|name]] and also, by
phone, with her mother in [[Bo|place]] and with Mr [[Alusine Kamara|name]]. I want you to know our church stands against
cutting of any girl. Mama [[Kadiatu|name]] told me she has now told Aunty [[Jeneba Fofanah|name]] there will be no
society for [[Fatmata|name]] this year or ever, but you will understand that in [[Bo|place]] it is the women who decide,
not the pastor!

[[Isatu|name]] has given the passports for [[Fatmata|name]] and [[Mohamed|name]] to Mrs [[Mariama Conteh|name]] to keep at her house
at [[Gilstead|place]] until you decide. The flight for [[19th December|date]] is cancelled and she is going to her cousin
[[Sallieu|name]] in [[Crossflatts|place]] for Christmas instead. The children sing in our Sunday school every week with Sister
[[Adama|name]] and Brother [[Joe Kargbo|name]].

You may ring me any time on [[07947 318 620|phone]].
God bless,
[[Emmanuel|name]]
cc: [[Isatu Sesay|name]]; [[Mariama Conteh|name]]; Deacon [[Samuel Koroma|name]] ([[07598 117 340|phone]])
Bingley Evangel Church
"""),
]


# --- D. Chaudhary family (Tharu, from Dang in Nepal; father ex-Gurkha), Cottingley, Bingley ------------------------------

HOME_D = d.Address("18 Cottingley Moor Road", "Cottingley", "Bingley", "BD16 1SP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Sita", "Chaudhary")], dt.date(2011, 6, 8), addresses=[HOME_D], ids=["767 126 5810", "N380328322618"],
       schools=["Bingley Grammar School"]),
    _p("s", "sibling", [("Bikash", "Chaudhary")], dt.date(2015, 11, 21), addresses=[HOME_D]),
    _p("m", "mother", [("Laxmi", "Chaudhary")], dt.date(1985, 3, 30), addresses=[HOME_D], phones=["07506 318 772"]),
    _p("f", "father", [("Ram Bahadur", "Chaudhary")], dt.date(1979, 8, 15), addresses=[HOME_D], phones=["07883 190 455"]),
    _p("g", "grandparent", [("Phulmati", "Chaudhary")], phones=["+977 82-560417"]),
    _p("p1", "professional", [("Ellie", "Sunderland")], emails=["ellie.sunderland@airemoor.gov.uk"]),
], "c")

DOCS_D = [
    ("home visit record with an interpreter", """HOME VISIT RECORD   Worker: [[Ellie Sunderland|name]] (SW)   Interpreter:
[[Dil Gurung|name]] (Nepali), NorthLingo
Visit: [[03.11.2026|date]], 16:30-18:10   Address: [[18 Cottingley Moor Rd|address]], [[Cottingley|place]], [[BD16 1SP|postcode]]
Seen: [[Sita CHAUDHARY|name]] (15), [[Bikash|name]] (10), mother [[Laxmi|name]], father [[Ram Bahadur|name]] (arrived 17:20)

Background: referral from [[Bingley Grammar|school]] on [[29/10/2026|date]]: [[Sita|name]] has cuts to her forearms and
said at school she is "only the maid" at home. Mr [[Chaudhary|name]] served 22 years in the Royal Gurkha Rifles and the family
came from [[Tulsipur|place]], Dang to [[Aldershot|place]] in 2016 and to [[Cottingley|place]] in 2021. Mum speaks Tharu and some
Nepali; the family at home call [[Sita|name]] "[[Situ|name]]" and [[Bikash|name]] "[[Bikky|name]]".

Mum (through [[Dil|name]]): [[Sita|name]] cooks, cleans and looks after [[Bikash|name]] because mum works early shifts at the
Cottingley Hall care home and dad works nights at the Morrisons depot in [[Bradford|place]]. Mum said her own mother,
[[Phulmati|name]] hajurama, "did the same at nine". Mum's phone for the grandmother in Nepal: [[+977 82-560417|phone]].

[[Sita|name]] (alone, in English): she is "tired all the time", has no time for homework, and her dad took her phone after he
saw messages from a boy, "[[Aarav|name]] from [[Shipley|place]]". She cut herself after that. Her best friend is
[[Grace Ackroyd|name]] who lives on [[Littlelands|address]]. She would like to go to the [[Bingley|place]] youth club on Tuesdays.

Dad: angry at first; said in Nepali "in our culture the eldest daughter helps". Agreed to a family plan and to go with
[[Sita|name]] to the GP (Cottingley Village Surgery) on [[5/11|date]]. Next visit [[17 November 2026|date]].
Neighbours: Mrs [[Joan Lupton|name]] ([[no. 22|address]]) and Mr [[Derek Lupton|name]] help with lifts; [[Grace Ackroyd|name]]'s mum
[[Tanya Ackroyd|name]] ([[07931 884 206|phone]]) is happy for [[Sita|name]] to do homework at theirs after school.
[[E Sunderland|name]], [[04/11/2026|date]]
"""),
    ("school nurse health assessment form", """[[BINGLEY GRAMMAR SCHOOL|school]] - SCHOOL NURSING SERVICE - HEALTH ASSESSMENT (secondary)
Name: [[Sita Chaudhary|name]] | Preferred name: [[Situ|name]] | DOB: [[08/06/2011|dob]] | Year 11 | Tutor: Mr [[P Oldroyd|name]]
NHS no: [[767 126 5810|nhs]] | UPN: [[N380328322618|upn]] | GP: Cottingley Village Surgery
Address: [[18 Cottingley Moor Road|address]], [[Cottingley|place]], [[Bingley|place]], [[BD16 1SP|postcode]]
Parent: [[Laxmi Chaudhary|name]] - [[07506 318 772|phone]] (interpreter needed: Tharu/Nepali)  | Father: [[07883 190 455|phone]]
Date seen: [[10-11-2026|date]] | Seen by: [[Nicola Hanson|name]], School Staff Nurse

Height 152 cm  Weight 41 kg (BMI 17.7, 9th centile)   Sleep: 5-6 h; bed after 00:30 most nights
Self-harm: superficial cuts, L forearm, 6-8 healing, last [[28 Oct|date]]. Says she used a pencil sharpener blade.
Who do you live with?  "Mum, dad, [[Bikash|name]]. My hajurama in [[Ghorahi|place]] sometimes on video."
Who do you trust?  "[[Grace|name]] and Miss [[Kaur|name]] (maths)."  Any worries at home?  "[[Bikky|name]] hits me when
I say no. Dad says I am spoiled like English girls."
Young carer?  Yes - cooks every night, takes [[Bikash|name]] to [[Cottingley Primary|school]].
Plan: refer to Young Carers (Carers' Resource, [[Shipley|place]]); MindMate SPA; review [[01/12/2026|date]].
Signed [[N. Hanson|name]]
"""),
    ("Instagram direct message export from a police phone download", """WEST YORKSHIRE POLICE - DIGITAL MEDIA EXTRACT (selected messages)
 Exhibit DS/14   Officer: DC [[Lauren Shackleton|name]]
Device: [[Sita Chaudhary|name]]'s phone, handed in by [[Ram Bahadur Chaudhary|name]] on [[12/11/2026|date]]
Platform: Instagram DMs. Account holder display name "[[Situ|name]] 🌸" (handle situ_cottingley11)
Other party: display name "[[Aarav|name]]" (handle aarav.sfc_07), believed to be [[Aarav Thapa|name]], 17, of [[Windhill|place]]

[[2026-11-06|date]] 21:03  [[Aarav|name]]: u good [[situ|name]]? saw u at [[bingley|place]] station
[[2026-11-06|date]] 21:05  [[Situ|name]]: my dad took my old fone. using [[bikky|name]]s ipad shh
[[2026-11-06|date]] 21:06  [[Aarav|name]]: come to [[saltaire|place]] sat. my cousin [[rohan|name]] has car
[[2026-11-06|date]] 21:09  [[Situ|name]]: cant. cooking for [[laxmi|name]] n dad. n [[grace|name]] says ur 19 not 17
[[2026-11-07|date]] 00:41  [[Aarav|name]]: [[grace ackroyd|name]] is a liar. send pic then i believe u like me
[[2026-11-07|date]] 00:52  [[Situ|name]]: no
[[2026-11-07|date]] 00:53  [[Aarav|name]]: ill tell ur dad bout [[bingley grammar|school]] toilets then
[[2026-11-08|date]] 17:30  [[Situ|name]]: please dont. my dad will send me to dang
[[2026-11-08|date]] 17:31  [[Aarav|name]]: ur choice. meet me Cottingley Town Hall 8pm

Officer's note: "Cottingley Town Hall" is used by young people for the bus shelter on [[Main Street|address]]. A Nepali
comment under one post reads "[[सीता|name]] दिदी, ख्याल गर्नु" ("Sister [[Sita|name]], take care") from "[[बिकास|name]]".
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW - [[Sita Chaudhary|name]] and [[Bikash Chaudhary|name]]
Held: [[1st December 2026|date]], at [[Bingley Grammar|school]].  Chair: [[Ellie Sunderland|name]] (SW)
Present: [[Laxmi Chaudhary|name]]; [[Ram Bahadur Chaudhary|name]]; [[Sita|name]] (for part); [[Nicola Hanson|name]] (school nurse);
[[Hardeep Kaur|name]] (Head of Year 11); [[Dil Gurung|name]] (interpreter); [[Joanne Pitts|name]] (Young Carers worker).

Progress: [[Sita|name]] has not cut herself since late October (nurse seen [[24/11|date]]). She goes to the Young
Carers group in [[Shipley|place]] on Wednesdays; [[Bikash|name]] now goes to breakfast club at [[Cottingley Primary|school]], taken by
neighbour Mrs [[Joan Lupton|name]] at [[no. 22|address]]. Mum has moved to a late shift so she can cook.

Police: DC [[Shackleton|name]] confirmed [[Aarav Thapa|name]] is 19; he is on bail to [[Windhill|place]] with conditions not
to contact [[Sita|name]]; the car ([[YF15 OKM|vehicle]]) belongs to his cousin [[Rohan Gurung|name]].

Father's view (Nepali, through Mr [[Gurung|name]]): he was ashamed and wants [[Sita|name]] to "study to be a nurse like
[[Hanson|name]] miss". He said the grandmother, [[Phulmati Chaudhary|name]], wants [[Sita|name]] to visit [[Tulsipur|place]] next
summer for a cousin's wedding at [[Ghorahi|place]] (cousin [[Anita Chaudhary|name]]); [[Sita|name]] said she wants to go "only with Mum".

[[Sita|name]]'s words: "[[Bikky|name]] has to do his own shoes now."
Next review [[02/03/2027|date]].
Copies: [[Laxmi Chaudhary|name]], [[Ram Bahadur Chaudhary|name]] ([[07883 190 455|phone]]), [[Nicola Hanson|name]],
[[Hardeep Kaur|name]], [[Joanne Pitts|name]], DC [[Lauren Shackleton|name]]; minutes by [[Ellie Sunderland|name]],
[[ellie.sunderland@airemoor.gov.uk|email]], typed [[3 December 2026|date]].
"""),
]


# --- E. Clough / Pickles family (white British), Riddlesden, with a grandmother in Silsden and a father in Steeton -------

HOME_E = d.Address("3 Granby Lane", "Riddlesden", "Keighley", "BD20 5BL")
NAN_E = d.Address("40 Bradley Road", "", "Silsden", "BD20 0EY")
DAD_E = d.Address("11 Chapel Road", "Steeton", "Keighley", "BD20 6NU")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Clough")], dt.date(2019, 12, 12), addresses=[HOME_E], ids=["333 783 1303"],
       schools=["Riddlesden St Mary's CE Primary School"]),
    _p("m", "mother", [("Gemma", "Pickles")], dt.date(1997, 10, 2), addresses=[HOME_E], phones=["07462 815 390"],
       ids=["JT 62 48 19 B"]),
    _p("f", "father", [("Lewis", "Clough")], dt.date(1996, 4, 8), addresses=[DAD_E], phones=["07722 409 618"]),
    _p("g", "grandparent", [("Sandra", "Pickles")], addresses=[NAN_E], phones=["01535 662 180"]),
], "c")

DOCS_E = [
    ("chronology of significant events", """CHRONOLOGY - [[Tyler-Jay CLOUGH|name]] (DOB [[12/12/2019|dob]]), NHS [[333 783 1303|nhs]]
Compiled by [[Megan Hirst|name]], SW, for the legal gateway meeting, [[30 November 2026|date]]

[[12/12/2019|date]]  Born at Airedale General to [[Gemma Pickles|name]] (22) and [[Lewis Clough|name]] (23). Home then
            [[Flat 6, Low Mill Court|address]], [[Keighley|place]].
[[14/03/2022|date]]  Police DV call to [[Low Mill Court|address]]; [[Lewis|name]] arrested, NFA. Child present.
Aug 2023    Move to [[3 Granby Lane|address]], [[Riddlesden|place]] [[BD20 5BL|postcode]] (Incommunities).
[[02/09/2024|date]]  Starts Reception at [[Riddlesden St Mary's|school]]. Speech delay noted.
[[19/05/2025|date]]  HV [[Zoe Pickard|name]]: [[Gemma|name]] low mood; new partner [[Ryan Mitchell|name]] ("[[Mitch|name]]").
[[21/06/2025|date]]  Nan [[Sandra Pickles|name]] ([[Silsden|place]]) rings police: [[Tyler-Jay|name]] found by a dog walker,
            Mr [[Keith Ogden|name]], alone on the canal towpath by Granby Bridge at 19:40.
[[07/01/2026|date]]  [[Lewis|name]] moves to [[11 Chapel Road|address]], [[Steeton|place]]; private contact weekends.
[[15/10/2026|date]]  School: [[TJ|name]] says "[[Mitch|name]] put me in the bath with my clothes on because I wet".
[[16/10/2026|date]]  Strategy; s47. Medical at BRI (Dr [[Okafor|name]]): scald to both feet, 2%.
[[17/10/2026|date]]  [[Tyler-Jay|name]] to nan [[Sandra|name]] under a safety plan, [[40 Bradley Road|address]], [[BD20 0EY|postcode]].
[[04/11/2026|date]]  [[Ryan Mitchell|name]] charged (s20). Remanded to HMP Leeds.
[[20/11/2026|date]]  [[Gemma|name]] ends the relationship; asks for [[TJ|name]] home before Christmas.
"""),
    ("police domestic abuse incident notification", """PROTECTING VULNERABLE PEOPLE (PVP) NOTIFICATION - WEST YORKSHIRE POLICE -
[[Bradford|place]] District
Occurrence: 13260918734   Date/time: [[08/11/2026|date]] 02:15   Officer: PC 4471 [[Sophie Drake|name]]
Location: [[3 Granby Ln|address]], [[RIDDLESDEN|place]], [[Keighley|place]]

Victim: [[PICKLES, Gemma Louise|name]]   DOB [[02/10/1997|dob]]   Tel [[07462 815 390|phone]]   NI [[JT 62 48 19 B|ni]]
Suspect: [[CLOUGH, Lewis James|name]]   DOB [[08/04/1996|dob]]   Address [[11 Chapel Rd|address]], [[Steeton|place]] [[BD20 6NU|postcode]]
Children linked: [[CLOUGH, Tyler-Jay|name]] ([[12/12/2019|dob]]) - at maternal grandmother's in [[Silsden|place]] at the time.

Circumstances: [[Gemma|name]] rang 999 saying [[Lewis|name]] was kicking the door and shouting that she "let [[Mitch|name]] burn
our lad". Neighbour [[Pat Wilkinson|name]] (no. 5) saw him drive off in a grey Astra [[YJ65 HVA|vehicle]] towards the
[[Bingley|place]] road. Located at 03:05 in a lay-by on the A650 near [[Crossflatts|place]]; breath test negative.
DASH: medium (9 ticks). Victim says [[Lewis|name]] has never hit her but "he's gone to bits over [[TJ|name]]".
[[Lewis|name]] says he wants [[Tyler-Jay|name]] to live with him and his mum [[Carol Clough|name]] in [[Steeton|place]].
Actions: words of advice; referral to Staying Put; SW [[Megan Hirst|name]] informed [[08.11.26|date]] 09:10.
"""),
    ("grandmother's letter to the judge, typed by her", """[[Sandra Pickles|name]]
[[40 Bradley Road|address]]
[[Silsden|place]]
[[BD20 0EY|postcode]]
Tel [[01535 662 180|phone]]

[[1st December 2026|date]]

To the Judge,

My name is [[Sandra|name]] and I am [[Tyler-Jay|name]]'s Nan. I have had him since [[17th October|date]] and I want to tell you what he is
like. He is 6 and he loves trains, we go to [[Keighley|place]] station on a Saturday to watch the steam ones on the Worth Valley
line. He calls my partner [[Dennis|name]] "Grandad [[Den|name]]" even though he isn't.

I know my daughter [[Gemma|name]] has made bad choices. That man [[Ryan|name]] (I won't say his other name) should never have
been near my grandson. But [[Gemma|name]] is trying now, she has been to the Keighley Womens Centre every
week and she is off the tablets. [[Lewis|name]] is a good dad when his mother [[Carol|name]] keeps out of it.

What I am asking is that [[TJ|name]] stays with me in [[Silsden|place]] until [[Gemma|name]] has done her course, and then goes home,
and that he sees [[Lewis|name]] every other weekend at [[Steeton|place]]. My neighbour [[Margaret Haigh|name]] will say I am
fit to look after him. His teacher Miss [[Holdsworth|name]] says he is much happier.

Yours faithfully
[[Sandra Pickles|name]] (Mrs)
"""),
    ("social worker's quick phone notes", """notes on phone - [[M Hirst|name]] - [[3/12|date]]
8.40 rang [[gemma|name]] [[07462815390|phone]] no ans. txt sent
8.55 [[gemma|name]] rang back. says [[lewis|name]] turned up at [[sandra|name]]s last nite drunk wanting [[tj|name]]. [[sandra|name]]
didnt open door. [[dennis|name]] rang 101
9.10 rang [[sandra|name]] [[01535 662180|phone]] - confirms. [[tj|name]] slept thru. nbr [[margaret|name]] heard shouting
9.30 [[lewis|name]] rang me [[07722 409618|phone]] v upset, says sorry, wants contact back. said not today, will speak to TM
[[Ruth|name]]. he says his mum [[carol|name]] will supervise - NO, not approved
10.05 sch - Miss [[Holdsworth|name]] @ [[st marys|school]]: [[TJ|name]] in, ok, a bit quiet. drew a picture of "grandad [[den|name]]"
10.20 TM [[Ruth Fawcett|name]] - agreed: letter to [[lewis|name]] re contact; PLO meeting [[10/12|date]]; chk [[lewis|name]]'s
new address - he said stopping at mate [[Wayne|name]]'s in [[utley|place]]
11.00 rang [[carol clough|name]] [[07867 455 120|phone]]? - wrong no. - got right one from [[lewis|name]]
11.15 [[carol|name]] says [[lewis|name]] stayed at hers in [[steeton|place]] not [[utley|place]]. says [[gemma|name]] "winds him up"
11.40 emailed [[ruth.fawcett@airemoor.gov.uk|email]] + legal ([[Anjali|name]]). visit [[sandra|name]] + [[tj|name]] fri [[4th|date]] 3.30
"""),
]


# --- F. Ingham / Wood family (white British), Braithwaite, Keighley, with a father in Haworth -------------------------

HOME_F = d.Address("Flat 9, Hawkcliffe House, Braithwaite Road", "Braithwaite", "Keighley", "BD22 6PA")
DAD_F = d.Address("27 Sun Street", "", "Haworth", "BD22 8BP")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Ingham")], dt.date(2024, 9, 27), addresses=[HOME_F], ids=["348 064 0605"]),
    _p("s", "sibling", [("Mason", "Wood")], dt.date(2016, 2, 14), addresses=[HOME_F], ids=["843 615 8075", "Q380154332046"],
       schools=["Holycroft Primary School"]),
    _p("m", "mother", [("Chelsea", "Ingham")], dt.date(1999, 7, 7), addresses=[HOME_F], phones=["07718 240 963"]),
    _p("f", "father", [("Jordan", "Wood")], dt.date(1995, 3, 19), addresses=[DAD_F], phones=["07412 937 586"]),
    _p("p1", "professional", [("Faye", "Bairstow")], phones=["01535 210 884"], emails=["faye.bairstow@nhs.net"]),
], "c")

DOCS_F = [
    ("health visitor's contact record", """HEALTH VISITING - CONTACT RECORD (SystmOne print)   Practitioner: [[Faye Bairstow|name]], HV
([[01535 210 884|phone]])
Client: [[INGHAM, Ivy|name]]  DOB [[27-Sep-2024|dob]]  NHS [[348 064 0605|nhs]]
Address: [[Flat 9, Hawkcliffe House, Braithwaite Road|address]], [[Braithwaite|place]], [[Keighley|place]] [[BD22 6PA|postcode]]
Contact: [[16-Nov-2026|date]] 11:00, home, 1-year review (late; 3 DNAs)

Present: mum [[Chelsea Ingham|name]], [[Ivy|name]] (13 months), mum's friend [[Kirsty|name]] ("[[Kirst|name]]") from [[Flat 11|address]].
[[Mason Wood|name]] (10) was off school "with a cold", playing Fortnite in his room; said hello, looked pale.

Growth: weight 8.1 kg (2nd centile, was 25th at 8 weeks). Not pulling to stand. Nappy rash, bottle of cold milk in cot.
Home: 9th-floor flat, lift broken since [[2 November|date]]; mum says she "can't get the pram down" so rarely goes out.
Black mould in the bedroom; the housing officer [[Adam Shepherd|name]] "never comes". Mum's mood: PHQ-9 19.
Mum says [[Ivy|name]]'s dad [[Jordan|name]] lives in [[Haworth|place]] with his new girlfriend [[Kyla|name]] and sees [[Mason|name]] "when
it suits". [[Jordan|name]]'s mum, [[Sharon Wood|name]] of [[Oakworth|place]], used to help but they "fell out at Easter".
Plan: weigh weekly at Keighley Health Centre; GP (Dr [[Mahmood|name]]) for mum re mood; referral to Early Help; tell
[[Holycroft Primary|school]] DSL ([[Claire Binns|name]]) about [[Mason|name]]'s absences. Next: [[23/11/2026|date]].
"""),
    ("housing officer and social worker email chain", """From: [[Adam Shepherd|name]] <[[adam.shepherd@incommunities.co.uk|email]]>
Sent: [[25 November 2026|date]] 14:12
To: [[Lauren Crabtree|name]] <[[lauren.crabtree@airemoor.gov.uk|email]]>
Cc: [[faye.bairstow@nhs.net|email]]
Subject: RE: [[Hawkcliffe House|address]] flat 9 - Ms [[Ingham|name]]

[[Lauren|name]], lift engineer attends Fri [[27th|date]]; I'm sorry it's been so long. I have a 2-bed ground floor on
[[Bracken Road|address]], [[Long Lee|place]] ([[BD21 4RP|postcode]]) coming free on [[7/12|date]] and can direct-let it to [[Chelsea|name]]
if you support it. Damp survey booked for Mon [[30/11|date]]. FYI the lad at [[flat 12|address]], [[Brandon Haigh|name]], has
complained about "shouting and a baby crying all night" from no. 9.
[[Adam|name]]

-----Original Message-----
From: [[Lauren Crabtree|name]]
Sent: [[24 November 2026|date]] 17:40
Subject: [[Hawkcliffe House|address]] flat 9 - Ms [[Ingham|name]]

Hi [[Adam|name]], I am the new SW for [[Chelsea Ingham|name]], [[Ivy|name]] and [[Mason|name]] ([[Flat 9|address]]). The baby is
underweight and mum is trapped on the 9th floor with a pram. Please can we discuss a move? Dad [[Jordan Wood|name]]
([[27 Sun Street|address]], [[Haworth|place]], [[BD22 8BP|postcode]]) cannot have them. Thanks, [[Lauren|name]]
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN   Coordinator: [[Bilal Aziz|name]]   Held
[[02/12/2026|date]], Keighley Library meeting room
Children: [[Ivy Ingham|name]] ([[27/09/2024|dob]]) and [[Mason Wood|name]] ([[14/02/2016|dob]])
Family and friends who came: [[Chelsea|name]] (mum); [[Jordan|name]] (dad); Nana [[Sharon|name]] (dad's mum, [[Oakworth|place]]);
Great-grandma [[Edna Ingham|name]] ([[Cross Roads|place]]); [[Kirsty Naylor|name]] (friend, [[Flat 11|address]]); Uncle [[Liam|name]] (mum's
brother, lives in [[Skipton|place]]).

OUR PLAN (written by the family in private time)
1. [[Kirsty|name]] will take [[Mason|name]] to [[Holycroft|school]] every morning with her [[Lily-Mae|name]] and [[Jack|name]].
2. Nana [[Sharon|name]] will have [[Ivy|name]] on Tuesdays and Thursdays so mum can go to the doctor and to Sure Start.
3. [[Jordan|name]] will have [[Mason|name]] every Saturday at his flat in [[Haworth|place]]. [[Kyla|name]] will not be there.
4. Uncle [[Liam|name]] will drive the family to the new flat on [[Bracken Rd|address]] when the keys come ([[7th Dec|date]]).
5. Great-grandma [[Edna|name]] will pay for a new cot from Dunelm.
6. If mum is struggling she will text [[Kirsty|name]] or ring nana on [[07956 204 713|phone]] (not the old number).
Review FGC: Wednesday [[13 January|date]].
"""),
    ("contact supervisor's text message log", """Text messages between contact supervisor [[Dawn Robinson|name]] (work mobile) and dad
[[Jordan Wood|name]] ([[07412 937 586|phone]]),
printed for the file [[05/12/2026|date]].

[[28/11|date]] 09:14 [[Dawn|name]]: Hi [[Jordan|name]] its [[Dawn|name]] from the contact team. [[Mason|name]]'s contact is today 1-3 at
the Keighley Contact Centre on [[Cavendish St|address]]. Please confirm.
[[28/11|date]] 09:40 [[Jordan|name]]: ye ill be there. can [[kyla|name]] come she got him a present
[[28/11|date]] 09:42 [[Dawn|name]]: Sorry, no, the plan says only you for now.
[[28/11|date]] 12:55 [[Jordan|name]]: bus from [[haworth|place]] broke down at [[cross roads|place]] be 20 mins late sorry
[[28/11|date]] 15:20 [[Dawn|name]]: Thanks for today. [[Mason|name]] loved the Bradford City shirt. Next one [[5th December|date]].
[[04/12|date]] 20:03 [[Jordan|name]]: can i bring [[ivy|name]] nana [[sharon|name]] says shes got a rash
[[04/12|date]] 20:10 [[Dawn|name]]: Please tell [[Chelsea|name]] to ring the HV [[Faye|name]] or 111. [[Ivy|name]]'s contact is separate.
[[05/12|date]] 08:02 [[Jordan|name]]: [[mase|name]] text me he dont want to go back to [[braithwaite|place]] flat. says [[kirst|name]]s
fella
[[Deano|name]] is always there
[[05/12|date]] 08:15 [[Dawn|name]]: I will pass that to [[Lauren|name]] today. Thank you for telling me.
[[05/12|date]] 08:16 [[Jordan|name]]: ok. [[mason|name]] says [[deano|name]] is [[kirsty|name]]s ex from [[Thwaites|place]]. he shouts at
[[ivy|name]]
[[05/12|date]] 08:20 [[Dawn|name]]: Noted. [[Lauren Crabtree|name]] will ring you today on this number.
[[05/12|date]] 11:47 [[Jordan|name]]: [[lauren|name]] rang. shes going round [[chelsea|name]]s with [[faye|name]] on monday [[7th|date]].
ta [[dawn|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 168 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:54 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "brother", "pastor", "deacon", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "great-grandma", "great-grandad", "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle",
           "dadi", "nani", "phuppo", "baji", "apa", "bhai", "ammi", "abbu", "mama", "papa", "pa", "hajurama", "hajurba",
           "didi", "dai", "bahini", "tm", "sw", "hv", "fsw"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "phuppo", "ammi", "hajurama", "didi", "dai", "miss", "uncle", "aunty", "senior", "junior",
          "दिदी"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "yorkshire",
               "west yorkshire", "north yorkshire", "the dales", "craven", "airedale", "the aire valley", "aire valley",
               "worth valley", "bradford district", "pakistan", "azad kashmir", "kashmir", "ajk", "punjab", "sierra leone",
               "salone", "nepal", "dang", "lumbini", "africa", "asia", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Pastor
# Emmanuel", "Pa Kamara", "Mama Kadiatu", "Great-grandma Edna"; and after one: "Owen bhai", "Phulmati hajurama", "Hanson
# miss", "सीता दिदी") and counties, regions and countries ("West Yorkshire", "Sierra Leone", "Nepal", "Dang").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
