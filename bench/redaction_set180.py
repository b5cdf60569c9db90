"""Set 180: a held-out hand-written set for the redaction detector, six more invented families in Waterlooville, Horndean and
Petersfield in east Hampshire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the
`Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set178.py, redaction_set179.py and redaction_set181.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed
here; the middle of set 21's documents was not read, only its first document's opening, the list of its document titles, its last two
documents and its word
lists and checker set-up), the docstrings of bench/redaction_set7.py to bench/redaction_set177.py, printed to a scratch file and
searched only for town, district and community names (to pick a home no earlier set used and two communities no earlier set
used), lines 23-72 of bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`) and the ruff settings in pyproject.toml.
Set 15's checker was run through HandSet, not read. Phone numbers were checked with the phonenumbers library and NHS numbers and
UPNs made and checked (mod 11 and python-stdnum) in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Written against a hard deadline, so its documents are short and the set is at the low end of the usual size (see the counts
at the end).

Six families, each from a town, district or estate no earlier set used as a family's home: a white British mother on Wecock
Farm, Waterlooville, with a grandmother in Cowplain (Tanner / Voke; neglect, a cold flat with no gas, a boy of 7 missing
school, a partner's violence reported by a neighbour); a ni-Vanuatu family speaking Bislama in Cowplain, with a grandmother in
Freswota, Port Vila, and an aunt in Reading (Kalsakau / Molisa; a father's belt, a church's support, a child in need plan); a
Qatari family in Hart Plain, Waterlooville, the father a PhD student, with a grandmother in Al Wakrah, Doha, and an uncle in
Leeds (Al-Kuwari / Al-Sulaiti; a boy of 5 with a spiral femur fracture and older rib fractures, a mother who writes in
Arabic); a white British family in Sheet, Petersfield, with a
father in the town (Goodyear / Attwood; a girl of 15 exploited by a man of 19 from Liphook, Snapchat messages, section 20
care with foster carers in Clanfield); a white British family in Horndean with a grandmother in Blendworth and a father's
mother in Rowlands Castle (Pennell / Baxter; domestic abuse with strangulation, a child's 999 call, a housing move); and a white
British family on Herne Farm, Petersfield, with an aunt in Liss and a grandfather in Bordon (Lusher / Fairbrother; a mother's
drinking after a bereavement, a drink-driving arrest with a child in the car, a family group conference, pre-proceedings).
The ni-Vanuatu and Qatari communities are two no earlier set used (a first draft had a Zambian family speaking Bemba and a
Tunisian family; the docstrings showed that sets 25, 43, 66 and 69 had used both, so the two families were moved to these
communities, with their names, places, phones and languages, before the set was finished). 24 documents, four per family, each with its own
style: a case note after an unannounced visit, an anonymous neighbour's web referral form, a school attendance officer's
letter, a Messenger chat typed up, a child and family assessment's analysis, a pastor's email, WhatsApp voice notes in Bislama
transcribed and translated, child in need minutes, an initial child protection conference report, a mother's handwritten
Arabic letter scanned and OCR'd with a translation, a GP's referral letter, a social worker's rushed phone notes at hospital,
a chronology, a school safeguarding log export, Snapchat messages typed up, a looked-after child's review report, a strategy
discussion record, a grandmother's handwritten letter to the court, an outreach worker's SMS thread, a housing options
referral form, a family group conference plan, a police custody record extract, a letter before proceedings and a voicemail
transcript.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid (UK, Vanuatu, Qatar); NHS numbers
and UPNs (LA 850, Hampshire) pass their check digits; NI numbers have a valid format. The council (Downland Vale) is invented,
and so are the schools (Hazelbrook Primary, Cowplain Ridge Academy, Queens Inclosure Primary, Hart Plain Juniors, Ramsdean
Heath School, Merchistoun Infant School, Herne Farm Juniors, Little Acorns, Little Owls), the church (Cowplain Evangelical
Church) and the medical centre; towns, districts, villages, estates, hospitals, police forces, courts, charities, brands and
apps are real or realistic and stay unmarked unless the conventions say otherwise (The Petersfield School is real and is a
school).

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and kinship
words (Mr, Mrs, Ms, Dr, DC, DS, Rev, Brother, Sister, Nanny, nanny, Auntie, Grandad, Mum, Baba, Jadda, the Arabic
"السيدة") stay outside the name span; a possessive 's and a bare s in texting ("maisie"s, "lew"s, "Gemma"s)
stay outside; every person's name is a name in every form; "SURNAME, First" and "First SURNAME" are one span; an initial with
a surname is one span ("S Tanner", "J. Vira"); a name or place broken by a line break is one span holding the break; a
Snapchat name ("sumz") and a contact saved with an emoji ("TY 🔥") are not marked, but the plain names they stand for are; a
neighbour's bare house number ("no 25", "no. 12") and a street without a number are addresses; an address abroad (Al Wakrah) is an
address ("Building 14, Street 920, Zone 90", Al Wakrah; Qatar has no postcodes); countries, counties and regions
(Vanuatu, Qatar, Hampshire) are not marked;
a team or custody suite named by its town ("Petersfield Team", "Havant and Waterlooville Team", "Basingstoke PIC") marks the
town; organisations holding a town's name (Cowplain Evangelical Church, Hart Plain Medical Centre, Waterlooville Children's
Centre, Aldershot Magistrates' Court, East Hampshire District Council) are not marked; landmarks and venues (Queen Elizabeth
Country Park, Dunsbury Park, Festival Hall, Queen Alexandra Hospital) are not marked; a weekday alone, a weekday before a date
and a month with a year alone are not marked; pets (Bruno) are not names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: names that are words or
towns are marked by what they refer to (Summer, Jan, Helen Stroud and Mr Denmead are people; Sheet, Reading, Steep and Liss
are places); a school's initials in fast notes ("HPJ") are a school, like a school's short form; "Papa" and "Baba" (dad) used
alone are kinship words, not names; an Arabic date with a day ("2 ديسمبر 2026")
is a date; "Jadda" (grandmother) before a name is a kinship word; a name the OCR mis-read ("ياسبن") is a name, like a
mis-heard name; a trampoline park ("jump in") and a football ground ("Love Lane") are venues and not marked; in an SMS
export the sender labels are names; the date in an export line ("27/11") is a date and its time is not.

Self-check without the detector: `python -m bench.redaction_set180` (and tests/test_redaction_set180.py) runs set 15's checker
on this set through HandSet, adds this set's titles and kinship words and counties, regions and countries, and prints the
number of documents and gold spans per kind: 24 documents,
901 gold spans, 506 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tanner / Voke family (white British), Wecock Farm, Waterlooville -----------------------------------------------

HOME_A = d.Address("27 Milton Road", "Wecock Farm", "Waterlooville", "PO7 8QH")
NAN_A = d.Address("4 Padnell Avenue", "Cowplain", "Waterlooville", "PO8 8DU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kai", "Tanner")], dt.date(2019, 5, 14), addresses=[HOME_A], ids=["6120938478", "F850210322017"],
       schools=["Hazelbrook Primary School"]),
    _p("s", "sibling", [("Lacey-Mae", "Voke")], dt.date(2023, 2, 2), addresses=[HOME_A]),
    _p("m", "mother", [("Shannon", "Tanner")], dt.date(1999, 9, 30), addresses=[HOME_A], phones=["07834 612 409"],
       ids=["SK 41 77 20 B"]),
    _p("f", "father", [("Ryan", "Voke")], dt.date(1996, 12, 8), addresses=[HOME_A], phones=["07952 318 774"]),
    _p("g", "grandparent", [("Tracey", "Tanner")], addresses=[NAN_A], phones=["023 9226 4183"]),
    _p("p1", "professional", [("Becky", "Sherwin")], emails=["becky.sherwin@downlandvale.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note after an unannounced home visit", """DOWNLAND VALE COUNCIL - CHILDREN'S SERVICES - CASE NOTE
Child: [[Kai TANNER|name]] (DOB [[14.05.2019|dob]])   Case worker: [[Becky Sherwin|name]] (SW)
Type: unannounced home visit   Date of contact: [[3 December 2026|date]], 15:40-16:35
Address: [[27 Milton Road|address]], [[Wecock Farm|place]], [[Waterlooville|place]] [[PO7 8QH|postcode]]

Present: [[Shannon Tanner|name]] (mother), [[Kai|name]] (7), [[Lacey-Mae|name]] (3), and a friend of the mother who gave her name
as [[Jodie|name]] and left soon after I arrived. [[Ryan Voke|name]] (father of [[Lacey-Mae|name]]) was said to be at work at the
Dunsbury Park warehouse.

The flat was cold (no gas on the meter since the weekend, per [[Shannon|name]]); both children in coats indoors. The kitchen had
bin bags by the back door, and dog mess on the balcony (Staffie called Bruno). [[Kai|name]] showed me his room; he has a
mattress and a duvet but no cover. He told me Nanny [[Trace|name]] "gives us dinners on Sundays" at her house in
[[Cowplain|place]]. I asked about the bruise on his cheek reported by school; he said [[Lacey|name]] hit him with a toy car.
[[Shannon|name]] said the same without my asking him first.

[[Shannon|name]] said she had not got [[Kai|name]] to [[Hazelbrook|school]] on Monday [[30 Nov|date]] or Tuesday [[1 Dec|date]] because her
phone was off and she overslept. She asked if I could "sort the gas". I topped up a £30 emergency voucher via the Hub and
rang her mum, Mrs [[Tracey Tanner|name]], on [[023 9226 4183|phone]], who agreed to have the children after school on
[[4 December|date]] and [[7 December|date]] while [[Shannon|name]] goes to the food bank at Wecock Community Centre.

Next steps: joint visit with health visitor [[Alison Mudge|name]]; speak with Mrs [[Okoro|name]] (class teacher); check the
PPN from Hampshire Constabulary dated [[28/11/26|date]].

Later the same day: rang [[Ryan Voke|name]] on [[07952 318 774|phone]] at 17:10. He said he is staying at his mum's, Mrs
[[Sandra Voke|name]], on [[Stakes Road|address]] in [[Purbrook|place]], and works shifts at the warehouse. He denied pushing
[[Shannon|name]]. He said the man in the white van is "[[Dean Eastwood|name]] from [[Crookhorn|place]]" who "sells a bit" and
that he had told [[Shannon|name]] to stop him coming round. He asked to see [[Lacey-Mae|name]] on Saturday [[12th|date]] at
Nanny [[Tracey|name]]'s in [[Cowplain|place]] ([[4 Padnell Avenue|address]], [[PO8 8DU|postcode]]). Mrs [[Tanner|name]] agreed
when I rang her back. [[Kai|name]]'s dad, [[Jamie Rook|name]], lives in [[Gosport|place]] and has not seen him since
[[July 2024|date]]; [[Shannon|name]] does not want him told. [[Becky Sherwin|name]], [[03/12/2026|date]] 17:40.
"""),
    ("anonymous neighbour's online referral form to the front door", """DOWNLAND VALE COUNCIL - REPORT A CONCERN ABOUT A CHILD (web form)
Submitted: [[02/12/2026|date]] 23:14     Reference: RC-2026-11873
Are you reporting anonymously?  Yes
Your relationship to the child:  neighbour
Child's name (if known):  [[kai|name]] and the little girl [[lacy|name]]? not sure of the surname
Child's address:  flat above me, [[milton rd|address]] [[wecock|place]], i dont know the number its the one with the
blue door next to [[no 25|address]]
Age of child:  about 7 and about 3
What is worrying you?
the mum [[shannon|name]] and her fella [[ryan|name]] are screaming at each other most nights, tonight i heard something smash and the
little one crying for ages. the boy was out on his bike at 10pm on sunday asking me for a biscuit, said his mum
was asleep. there is a bloke called [[Deano|name]] who comes round in a white van late and stays 10 mins. i have rung 101
twice. the other neighbour [[Pat|name]] from [[no 29|address]] has seen it too
Has the child told you anything?  the boy said "[[ryan|name]] pushed mummy into the telly"
Other people who know the family:  the lady at the shop on [[Wecock Road|address]] ([[Sue|name]]?), and [[Kayden|name]] and
[[Mason|name]] on [[Hambledon Road|address]] who the boy plays out with. the nan drives a red fiesta [[WV16 HRT|vehicle]]
Best time to contact you: n/a (anonymous)
Anything else?  please dont tell them it was me, i have to live here
"""),
]

DOCS_A += [
    ("primary school attendance officer's letter to a parent", """[[HAZELBROOK PRIMARY SCHOOL|school]]
[[Hazelbrook Road|address]], [[Waterlooville|place]], [[PO7 8BN|postcode]]   Tel: 023 9225 0300

Ms [[S Tanner|name]]
[[27 Milton Road|address]]
[[Wecock Farm|place]]
[[Waterlooville|place]]
[[PO7 8QH|postcode]]

[[4th December 2026|date]]

Dear Ms [[Tanner|name]],

Re: [[Kai Tanner|name]], Year 3 (Class Kestrel), UPN [[F850210322017|upn]]

I am writing because [[Kai|name]]'s attendance this term is 71.4%. Since [[2 September|date]] he has missed 38 sessions, 22 of them
without a reason given, and he has arrived after the register closed on 9 occasions. The absences on
[[30/11|date]] and [[01/12|date]] remain unauthorised.

As you know from our meeting with Mrs [[Okoro|name]] on [[17th October|date]], [[Kai|name]] is a bright and kind boy
who is falling behind in reading. We would like to invite you to an attendance support meeting on Wednesday
[[9 December|date]] at 9.15 with me and our family support worker, Mr [[Dale Cross|name]]. You are welcome to bring someone
with you, such as [[Kai|name]]'s grandmother.

Yours sincerely,
[[Helen Stroud|name]]
Attendance Officer
cc: Mrs [[Okoro|name]] (class teacher); [[Becky Sherwin|name]] (Downland Vale Children's Services); Education Welfare,
[[Havant|place]]. Sessions missed: [[7 Sept|date]], [[8 Sept|date]], [[22 Sept|date]], [[3 Oct|date]], [[13 Oct|date]], [[14 Oct|date]],
[[4 Nov|date]], [[30 Nov|date]], [[1 Dec|date]] (full days); late on [[11/09|date]], [[18/09|date]], [[2/10|date]].
"""),
    ("mother's Facebook Messenger chat with the social worker, typed up", """[Messenger chat between [[Shannon Tanner|name]] and
[[Becky Sherwin|name]] (work account), typed up
by [[Becky Sherwin|name]] for the file on [[6/12/26|date]]; spelling as sent]

[[5 DEC|date]] AT 08:02
[[Shannon|name]]: morning [[becky|name]] its [[shan|name]]. [[kai|name]] is going in today i promise hes dressed
[[Becky|name]]: Morning [[Shannon|name]], thanks for letting me know. Did the gas go on ok?
[[Shannon|name]]: yea nan done it. [[ryan|name]] aint here hes at his mums in [[purbrook|place]] till things calm down
[[Shannon|name]]: can u not put that in the notes tho
[[Becky|name]]: I do have to record it, but I'll write it fairly. Is [[Lacey|name]] OK?
[[Shannon|name]]: shes fine shes at nursery [[little acorns|school]]. [[jodie|name]] dropped her
[[Shannon|name]]: and can u tell mrs [[okoro|name]] the letter from [[helen|name]] made me cry. i KNOW he missed days
[[Becky|name]]: I'll speak to school. See you Weds [[9th|date]] at 9.15? I can pick you up from [[Milton Rd|address]].
[[Shannon|name]]: ok x. oh and its [[07834 612 409|phone]] now the old number got cut off
[[6 DEC|date]] AT 19:31
[[Shannon|name]]: [[becky|name]] can i ask. [[ryans|name]] mum [[sandra|name]] says shes ringing u about [[lacey|name]]
[[Shannon|name]]: she lives [[stakes rd|address]] [[purbrook|place]] but shes always at bingo in [[havant|place]] lol
[[Becky|name]]: Thanks for telling me. I'll call [[Sandra|name]] back on Monday. Has [[Deano|name]] been round?
[[Shannon|name]]: no. [[pat|name]] from next door said she seen his van on [[hambledon rd|address]] tho
[[Shannon|name]]: [[kai|name]] wants to no if he can go to [[tyler|name]]s party at jump in on the [[19th|date]]
[[Becky|name]]: That sounds lovely, that's up to you and school is Monday [[14th|date]] not Saturday! 😊
"""),
]


# --- B. Kalsakau / Molisa family (ni-Vanuatu, Bislama speaking), Cowplain -------------------------------------------------------

HOME_B = d.Address("15 Silvester Road", "Cowplain", "Waterlooville", "PO8 8TL")
GRAN_B = d.Address("Plot 2314, Freswota 2 Road", "Freswota", "Port Vila", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Natasha", "Kalsakau")], dt.date(2012, 7, 21), addresses=[HOME_B], ids=["7301482655"],
       schools=["Cowplain Ridge Academy"]),
    _p("s", "sibling", [("Toka", "Kalsakau")], dt.date(2016, 10, 4), addresses=[HOME_B]),
    _p("m", "mother", [("Rosina", "Molisa")], dt.date(1984, 3, 12), addresses=[HOME_B], phones=["07716 540 283"]),
    _p("f", "father", [("Joel", "Kalsakau")], dt.date(1980, 1, 27), addresses=[HOME_B], phones=["07887 203 615"]),
    _p("g", "grandparent", [("Ketty", "Molisa")], addresses=[GRAN_B], phones=["+678 775 4182"]),
    _p("p1", "professional", [("Owen", "Hartnell")], emails=["owen.hartnell@downlandvale.gov.uk"]),
], "c")

DOCS_B = [
    ("child and family assessment, analysis section", """CHILD AND FAMILY ASSESSMENT - SECTION 5: ANALYSIS AND RECOMMENDATION
Children: [[KALSAKAU, Natasha|name]] ([[21/07/2012|dob]]) and [[KALSAKAU, Toka|name]] ([[04/10/2016|dob]])
Assessing worker: [[Owen Hartnell|name]]   Assessment started [[14 October 2026|date]], completed [[25 November 2026|date]]

[[Natasha|name]] (14) told her form tutor at [[Cowplain Ridge Academy|school]] on [[13 October|date]] that her father hits her with a
belt "when I am rude", and showed a mark on her upper arm. Her father, Mr [[Joel Kalsakau|name]], accepts that he has
"disciplined" both children with a belt and says this is how he was raised in [[Luganville|place]]. Her mother, Mrs [[Rosina Molisa|name]],
a night care assistant at a nursing home in [[Horndean|place]], said through [[Natasha|name]] at first and then in English that she
"did not agree but could not stop him". The family came from [[Port Vila|place]] in 2022 on Mr [[Kalsakau|name]]'s Skilled Worker visa
and attend the Cowplain Evangelical Church, where the pastor, Rev [[Joseph Vira|name]], has been a support.

[[Toka|name]] (10) is quiet and said in his direct work that "Papa is kind except the belt" and that he is "scared of
Fridays" because that is when school reports come home. [[Natasha|name]] is angry and says she wants to live with her
aunt, Mrs [[Leias Tabi|name]], in [[Reading|place]] ([[45 Whitley Wood Lane|address]], [[RG2 8PP|postcode]]).

Mr [[Kalsakau|name]] has engaged with the Hampshire parenting course at Waterlooville Children's Centre, has signed a written
agreement not to use physical chastisement, and agreed to have the children's grandmother, Mrs [[Ketty Molisa|name]]
in [[Freswota|place]], [[Port Vila|place]] ([[+678 775 4182|phone]]), on a video call at the next family meeting.

Recommendation: child protection enquiry closed at section 47 with no further strategy action; a child in need plan for
six months, with the core group as below.

Core group: the parents; [[Natasha|name]]; [[Kate Lawless|name]] (Head of Year, [[Cowplain Ridge Academy|school]]); [[Jo Brennan|name]]
([[Queens Inclosure Primary|school]]); [[Priya Deane|name]] (school nurse); Rev [[Joseph Vira|name]]; Mrs [[Grace Tamata|name]]
([[07791 446 102|phone]]). Family network: Mrs [[Leias Tabi|name]] ([[07935 228 610|phone]]; the older number on the
school system was wrong and has been removed), her husband
[[Willie Tabi|name]], and Mr [[Kalsakau|name]]'s brother [[Jimmy Kalsakau|name]] in [[Tanna|place]].
[[Owen Hartnell|name]], [[25/11/2026|date]]
"""),
    ("church pastor's email to the social worker", """From: Rev [[Joseph Vira|name]] <[[pastorjvira@outlook.com|email]]>
Sent: Friday, [[20 November 2026|date]] 19:02
To: [[Owen Hartnell|name]] <[[owen.hartnell@downlandvale.gov.uk|email]]>
Subject: The [[Kalsakau|name]] family - letter of support

Dear Mr [[Hartnell|name]],

Greetings in the name of the Lord. I write as pastor of Cowplain Evangelical Church, where Brother [[Joel|name]] and Sister
[[Rosina|name]] have worshipped since they came from Vanuatu. I was sorry to hear about the trouble with [[Tasha|name]].
Brother [[Joel|name]] came to see me on Sunday [[15th|date]] after the service and wept. He said he now understands that the
belt is not allowed here and that it is not the way of Christ either.

Our women's fellowship leader, Mrs [[Grace Tamata|name]] ([[07791 446 102|phone]]), has offered to be a safe adult for the children.
She lives on [[Hart Plain Avenue|address]], five minutes away, and [[Toka|name]] already goes to her house for Sunday school with her
son [[Aaron|name]]. My deacon, Mr [[Philip Natapei|name]], has offered lifts to the parenting course in [[Waterlooville|place]].

God bless you in your work,
P.S. Sister [[Grace|name]] asked me to add that she is home every day after 3pm. Deacon [[Natapei|name]] is on
[[07951 604 228|phone]]. Our church secretary, Mrs [[Esther Kalo|name]], keeps the safeguarding records at [[17 Lovedean Lane|address]],
[[Lovedean|place]].
Rev. [[J. Vira|name]]
Pastor, Cowplain Evangelical Church
"""),
]

DOCS_B += [
    ("WhatsApp voice notes in Bislama, transcribed and translated", """[Three WhatsApp voice notes sent by Mrs [[Ketty Molisa|name]]
([[+678 775 4182|phone]]) to her daughter
[[Rosina|name]], played by Mrs [[Molisa|name]] to the social worker on [[27/11/2026|date]] and transcribed by
the interpreter [[Serah Boe|name]] (Bislama/English). Bislama first, English in brackets.]

Voice note 1, [[26 Nov|date]] 06:14 (1:52)
Halo pikinini blong mi [[Rosina|name]]. Mi harem wanem we [[Tasha|name]] i talem long skul.
(Hello my child [[Rosina|name]]. I have heard what [[Tasha|name]] said at school.)
Talem [[Joel|name]] se hem i mas stop blong kilim ol pikinini. Long [[Freswota|place]] mifala i stop longtaem finis.
(Tell [[Joel|name]] to stop beating the children. Here in [[Freswota|place]] we stopped that long ago.)

Voice note 2, [[26 Nov|date]] 06:17 (0:48)
Sapos [[Natasha|name]] i wantem kam long [[Port Vila|place]] long holide, bae mi lukaotem hem. [[Leias|name]] tu i gud.
(If [[Natasha|name]] wants to come here to [[Port Vila|place]] for the holiday I will receive her. [[Leias|name]] is also good.)

Voice note 3, [[26 Nov|date]] 21:40 (2:30)
[inaudible] ... [[Toka|name]] ... [[Natapei|name]] ... [[Luganville|place]] ... mi stap prea.
([inaudible] ... [[Toka|name]] ... [[Natapei|name]] ... [[Luganville|place]] ... I am praying.)

Interpreter's note: "pikinini blong mi" is "my child"; "kilim" is "hit" or "beat". I could not make out
the middle of the third note.
"""),
    ("child in need core group meeting minutes", """CHILD IN NEED MEETING - MINUTES
Children: [[Natasha Kalsakau|name]], [[Toka Kalsakau|name]]    Date: [[7 December 2026|date]]    Venue: [[Cowplain Ridge Academy|school]]
Chair/minutes: [[Owen Hartnell|name]] (SW)
Present: Mr [[J Kalsakau|name]]; Mrs [[R Molisa|name]]; [[Natasha|name]] (for the first part); [[Kate Lawless|name]] (Head of Year
9, the Academy); [[Priya Deane|name]] (school nurse); Rev [[Joseph Vira|name]]; Mrs [[Grace Tamata|name]]; Mrs [[Ketty Molisa|name]]
by video from [[Port Vila|place]]
Apologies: [[Jo Brennan|name]] ([[Toka|name]]'s class teacher, [[Queens Inclosure Primary|school]])

1. [[Natasha|name]]'s views: she said home has been "calmer" since [[17 November|date]]. She wants to go to [[Reading|place]] to
Auntie [[Leias|name]]'s at Christmas.
2. [[Toka|name]]: no concerns from [[Jo|name]] (by email [[4/12|date]]); his reading age is above his age.
3. Actions: [[Owen|name]] to check the Christmas plan with Mrs [[Tabi|name]]; [[Kate|name]] to offer [[Natasha|name]] weekly
check-ins; Mrs [[Tamata|name]] to remain the children's safe adult. Next meeting [[18 January 2027|date]].
4. Christmas: [[Natasha|name]] and [[Toka|name]] to stay with Mrs [[Tabi|name]] at [[45 Whitley Wood Lane|address]],
[[Reading|place]], from [[23 December|date]] to [[2 January|date]]; Mr [[Willie Tabi|name]] to collect them from
[[Cowplain|place]]. Mrs [[Ketty Molisa|name]] asked whether [[Tasha|name]] could visit [[Port Vila|place]] in the summer; to be
discussed with Mr [[Kalsakau|name]] and [[Owen|name]] at the next meeting. [[Grace|name]] said her son [[Aaron|name]] and
[[Toka|name]] are "like brothers".
"""),
]


# --- C. Al-Kuwari / Al-Sulaiti family (Qatari), Hart Plain, Waterlooville ------------------------------------------------

HOME_C = d.Address("62 Stakes Hill Road", "Hart Plain", "Waterlooville", "PO7 7LB")
GRAN_C = d.Address("Building 14, Street 920, Zone 90", "Al Wakrah", "Doha", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Yasin", "Al-Kuwari")], dt.date(2021, 8, 9), addresses=[HOME_C], ids=["9482036174"]),
    _p("s", "sibling", [("Amira", "Al-Kuwari")], dt.date(2015, 4, 17), addresses=[HOME_C], ids=["X850211455108"],
       schools=["Hart Plain Juniors"]),
    _p("m", "mother", [("Rim", "Al-Sulaiti")], dt.date(1990, 6, 2), addresses=[HOME_C], phones=["07929 871 350"]),
    _p("f", "father", [("Khalid", "Al-Kuwari")], dt.date(1986, 11, 19), addresses=[HOME_C], phones=["07864 125 937"],
       ids=["JT 62 81 45 C"]),
    _p("g", "grandparent", [("Fatima", "Al-Sulaiti")], addresses=[GRAN_C], phones=["+974 5512 6630"]),
    _p("p1", "professional", [("Lucy", "Penfold")], emails=["lucy.penfold@downlandvale.gov.uk"]),
], "c")

DOCS_C = [
    ("initial child protection conference report", """DOWNLAND VALE COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference date: [[10 December 2026|date]]     Author: [[Lucy Penfold|name]], Social Worker, [[Havant|place]] and
[[Waterlooville|place]] Team
Subject children: [[Yasin AL-KUWARI|name]], born [[09/08/2021|dob]], NHS [[948 203 6174|nhs]]
                  [[Amira AL-KUWARI|name]], born [[17/04/2015|dob]], UPN [[X850211455108|upn]]
Address: [[62 Stakes Hill Road|address]], [[Hart Plain|place]], [[Waterlooville|place]], [[PO7 7LB|postcode]]
Parents: [[Rim Al-Sulaiti|name]] (mother, [[07929 871 350|phone]]); [[Khalid Al-Kuwari|name]] (father, [[07864 125 937|phone]], NI
[[JT 62 81 45 C|ni]])

Reason for conference: on [[19 November 2026|date]] [[Yasin|name]] (5) was taken by ambulance to Queen Alexandra Hospital,
[[Cosham|place]], with a spiral fracture of the left femur. His parents said he fell from the top bunk. The paediatrician,
Dr [[Nadia Coombes|name]], found the explanation did not fit a fall from that height and noted two older healing rib
fractures on the skeletal survey of [[23.11.2026|date]].

Family: Mrs [[Al-Sulaiti|name]] and Mr [[Al-Kuwari|name]] came from [[Doha|place]] in Qatar in 2019. Mr [[Al-Kuwari|name]] is a PhD student
at the University of Portsmouth; Mrs [[Al-Sulaiti|name]] speaks Gulf Arabic and some English and has been supported by an Arabic
interpreter, [[Samir Haddad|name]]. The maternal grandmother, Mrs [[Fatima Al-Sulaiti|name]], lives at
[[Building 14, Street 920, Zone 90|address]],
[[Al Wakrah|place]]. A paternal uncle, Mr [[Hamad Al-Kuwari|name]], lives in [[Leeds|place]].

[[Amira|name]] (11) told me at [[Hart Plain Juniors|school]] that [[Yasin|name]] "cries when Baba takes him to the bathroom" and that
her father "gets very angry when the baby wakes". She said her friend's mum, [[Leanne Sheppard|name]], lets her stay for tea
on Thursdays.

Both parents deny causing any injury. The children are staying with a family friend, Mrs [[Sonia Jaziri|name]], at
[[8 Eagle Avenue|address]], [[Cowplain|place]] ([[PO8 9JZ|postcode]]), under a safety plan agreed on [[20/11|date]].
Recommendation: both children to be subject to child protection plans under the category of physical abuse.

Family history from Mrs [[Al-Sulaiti|name]] (with Mr [[Haddad|name]] interpreting, [[1 December|date]]): she married Mr
[[Al-Kuwari|name]] in [[Doha|place]] in 2013; [[Amira|name]] was born at [[Al Wakrah|place]] near [[Doha|place]]. They lived first with
his brother [[Hamad|name]] in [[Leeds|place]] ([[27 Hyde Park Road|address]], [[LS6 1PY|postcode]]) and came to [[Portsmouth|place]] in
2019,
then to [[Hart Plain|place]] in 2022. Her sister [[Noora Al-Sulaiti|name]] lives in [[Al Rayyan|place]] ([[+974 3309 8841|phone]]). Her
closest friend here is Mrs [[Jaziri|name]]. Mr [[Al-Kuwari|name]]'s PhD supervisor, [[Darren Leach|name]], said he worked 14-hour days in
November and "was not himself".
"""),
    ("mother's handwritten letter in Arabic, scanned and OCR'd, with the interpreter's translation", """[Scan of a handwritten letter
given by Mrs [[Rim Al-Sulaiti|name]] to the social worker on [[3 December 2026|date]].
OCR of the Arabic (errors left as produced), then a translation by [[Samir Haddad|name]], interpreter.]

[[واترلوفيل|place]] في [[2 ديسمبر 2026|date]]
إلى السيدة [[لوسي|name]]
أنا [[ريم السليطي|name]] أم [[ياسين|name]] و[[أميرة|name]]. ولدي [[ياسين|name]] سقط من السرير
وأنا أحلف بالله. زوجي [[خالد|name]] ما ضربه. أمي [[فاطمة|name]] في [[الدوحة|place]] تبكي كل يوم.
أرجوك خلّي [[أميرة|name]] تكلمني كل ليلة. رقم أمي [[+974 5512 6630|phone]]
[[ريم|name]]

Translation:
[[Waterlooville|place]], [[2 December 2026|date]]
To Mrs [[Lucy|name]],
I am [[Rim Al-Sulaiti|name]], mother of [[Yasin|name]] and [[Amira|name]]. My son [[Yasin|name]] fell from the bed
and I swear by God. My husband [[Khalid|name]] did not hit him. My mother [[Fatima|name]] in [[Doha|place]] cries every day.
Please let [[Amira|name]] speak to me every night. My mother's number is [[+974 5512 6630|phone]].
[[Rim|name]]

[Interpreter's note: the OCR read "[[ياسين|name]]" once as "[[ياسبن|name]]"; corrected above. The letter was folded inside a card from
[[Amira|name]] which says in English "to mama from [[amira|name]] xx" and a drawing of [[Yasin|name]], [[Khalid|name]] and "Jadda
[[Fatima|name]]" at the beach in [[Al Khor|place]].]
"""),
]

DOCS_C += [
    ("GP's safeguarding referral letter", """Dr [[Anil Mehra|name]] MRCGP, Safeguarding Lead
Hart Plain Medical Centre                                   Tel 023 9226 0000

[[24/11/2026|date]]

To: Children's Services Front Door, Downland Vale Council

Dear Colleague,
Re: [[Yasin Al-Kuwari|name]]  DOB [[9 Aug 2021|dob]]  NHS No [[9482036174|nhs]]
     [[62 Stakes Hill Rd|address]], [[Waterlooville|place]] [[PO7 7LB|postcode]]

I write following the discharge summary from QAH. Looking back at our records, [[Yasin|name]] was seen by my colleague
Dr [[Hollis|name]] on [[2 June 2026|date]] with a swollen wrist ("fell at park, Queen Elizabeth Country Park") and by our practice
nurse [[Megan
Foyle|name]] on [[14/08/26|date]] for a burn to the back of the hand said to be from a kettle. Neither was
referred at the time. His sister [[Amira|name]] has not been seen since January 2025.

Mother attended with him on each occasion; father's mobile on file is [[07864 125 937|phone]].

Yours faithfully,
[[A. Mehra|name]]
"""),
    ("social worker's rushed notes typed on a phone at hospital", """notes - QAH ward C5 - [[19/11|date]] approx 21:30 - LP
- [[rim|name]] v distressed, says fell off bunk, [[khalid|name]] not here
- [[yasin|name]] asleep, cast on L leg
- [[amira|name]] w/ mrs [[jaziri|name]] ([[sonia|name]]) on [[eagle ave|address]] [[cowplain|place]] - rang her 21:45, fine to keep
overnight
- [[khalid|name]] arrived 22:10, angry, said "in [[doha|place]] kids fall every day"
- dr [[coombes|name]] wants skeletal survey tomoz
- police: DC [[Rhys Tomlin|name]] CID, strategy disc at 9am
- interpreter [[samir|name]] not avail tonight, used mum's cousin [[Nour|name]] on phone - NOT ideal
- [[rim|name]]: "my mother [[fatima|name]] wants to come"
- need: bunk bed photo, [[amira|name]] s47 interview at [[HPJ|school]]?
- [[20/11|date]] 08:05 - [[fatima|name]] rang [[rim|name]] from [[+974 5512 6630|phone]] - [[rim|name]] put on speaker, I heard
  "[[khalid|name]]" "[[yasin|name]]" and "[[hamad|name]]" - no interp
- [[leanne sheppard|name]] ([[amira|name]]'s friend's mum) rang duty from [[07935 611 284|phone]] - wants to help, call back
- [[jaziri|name]] address: [[8 eagle ave|address]] [[PO8 9JZ|postcode]]. her husband [[Walid|name]]. 2 kids [[Lina|name]] + [[Adam|name]]
- TM [[Rachel Moss|name]] updated 08:30
"""),
]


# --- D. Goodyear / Attwood family (white British), Sheet, Petersfield ---------------------------------------------------

HOME_D = d.Address("9 Village Street", "Sheet", "Petersfield", "GU32 2AB")
DAD_D = d.Address("Flat 3, 18 Lavant Street", "", "Petersfield", "GU32 3EW")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Summer", "Goodyear")], dt.date(2011, 2, 26), addresses=[HOME_D], ids=["4017625932", "A850230817042"],
       schools=["Ramsdean Heath School"]),
    _p("m", "mother", [("Kirsty", "Goodyear")], dt.date(1985, 4, 5), addresses=[HOME_D], phones=["07402 559 816"]),
    _p("f", "father", [("Mark", "Attwood")], dt.date(1982, 8, 17), addresses=[DAD_D], phones=["07538 904 217"]),
    _p("p1", "professional", [("Hannah", "Loveday")], emails=["hannah.loveday@downlandvale.gov.uk"], phones=["01730 264 915"]),
], "c")

DOCS_D = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[GOODYEAR, Summer|name]] (DOB [[26-02-2011|dob]])
Compiled by [[Hannah Loveday|name]] (SW, [[Petersfield|place]] Team) on [[01-12-2026|date]]. Sources: case file, school, police, CAMHS.

[[12-01-2019|date]]  Police called to [[9 Village Street|address]], [[Sheet|place]], after [[Mark Attwood|name]] (father) damaged the
            front door. Mother [[Kirsty Goodyear|name]] declined to support a charge. [[Summer|name]] (7) present.
[[03-06-2021|date]]  Parents separate. Mr [[Attwood|name]] moves to [[Flat 3, 18 Lavant Street|address]], [[Petersfield|place]].
[[15-09-2025|date]]  [[Summer|name]] starts Year 10 at [[Ramsdean Heath School|school]]. Friendship with [[Tyler Hames|name]] (19) of
            [[Liphook|place]] begins; school DSL Mrs [[Cheryl Dunn|name]] logs concern.
[[28-03-2026|date]]  [[Summer|name]] missing overnight; found at 07:10 by BTP at [[Guildford|place]] station with [[Tyler|name]].
[[02-04-2026|date]]  Return home interview by [[Jess Paine|name]] (Catch22): [[Summer|name]] says she was at a party at a flat in
            [[Haslemere|place]] "with [[Ty|name]]'s mates".
[[16-07-2026|date]]  [[Summer|name]] tells CAMHS worker [[Ellie Brand|name]] she has been given vapes and cannabis by [[Tyler|name]] in
            return for "favours".
[[09-10-2026|date]]  [[Tyler Hames|name]] seen by police in [[Petersfield|place]] with [[Summer|name]] and another girl, [[Lily
            Marchant|name]] (13). Details taken by PC [[Ross Whiting|name]]. [[Kirsty Goodyear|name]] told.
[[21-10-2026|date]]  [[Summer|name]]'s nan, Mrs [[Joan Goodyear|name]] of [[Steep|place]], reports £200 missing from her purse.
[[20-11-2026|date]]  Snapchat messages (see separate) found by Ms [[Goodyear|name]]. Strategy discussion [[23-11-2026|date]].
"""),
    ("school designated safeguarding lead's log export", """CPOMS-style export - [[Ramsdean Heath School|school]] - student:
[[Summer Goodyear|name]] (Y11) - printed [[30/11/2026|date]]

[[17/11/2026|date]] 08:52 | Attendance | [[C Dunn|name]] | [[Summer|name]] arrived late in a car driven by an older male (not
  dad). Number plate noted by Mr [[Denmead|name]] (PE): [[GK19 WZT|vehicle]], black Audi A3.
[[18/11/2026|date]] 12:30 | Behaviour | [[Oliver Petty|name]] | [[Summer|name]] and [[Maisie Ogunleye|name]] seen on
[[Heath Road|address]] by the
  pond at lunch, off site. Returned 13:15.
[[19/11/2026|date]] 10:05 | Disclosure | [[C Dunn|name]] | [[Maisie|name]] told me [[Summer|name]] "has a boyfriend in [[Liphook|place]]
  who is 19 and gives her stuff". Rang Mum ([[07402 559 816|phone]]), no answer; voicemail left.
[[20/11/2026|date]] 16:40 | Contact with agency | [[C Dunn|name]] | Called by [[Hannah Loveday|name]] (SW) on [[01730 264 915|phone]]
  re: messages found by mum. Information shared.
[[23/11/2026|date]] 09:00 | Meeting | [[C Dunn|name]] | Strategy meeting (Teams). Police: DS [[Amy Kerr|name]].
[[24/11/2026|date]] 11:15 | Welfare | [[Oliver Petty|name]] | [[Summer|name]] upset in form; said [[Lily|name]] ([[Lily Marchant|name]], Y8)
  is "fine" and "nothing happened". [[Lily|name]]'s mum, Mrs [[Trish Marchant|name]], informed by [[C Dunn|name]] at 12:00.
[[25/11/2026|date]] 08:40 | Attendance | [[C Dunn|name]] | [[Summer|name]] now in foster care in [[Clanfield|place]]; taxi arranged by
  Downland Vale, driver [[Mick|name]], [[KX21 PLO|vehicle]].
"""),
]

DOCS_D += [
    ("teenager's Snapchat messages, screenshotted by her mother and typed up", """[Screenshots sent by [[Kirsty Goodyear|name]] to the
social worker on [[20 Nov|date]]; typed up by
[[H Loveday|name]]. "sumz" is [[Summer|name]]'s Snapchat name; "TY 🔥" is saved for [[Tyler Hames|name]].]

TY 🔥: u coming out or wat
sumz: cant mums watching me like a hawk
TY 🔥: tell her ur at [[maisie|name]]s
sumz: she'll ring [[maisie|name]]s mum lol
TY 🔥: ill get u at the church in [[sheet|place]] at 9. bring ur mate
sumz: which mate
TY 🔥: [[lily|name]] or whatever. [[jay|name]] wants to meet her
sumz: shes 13 ty wtf
TY 🔥: chill its only [[haslemere|place]] we'll have u back by 12
sumz: i still owe [[jay|name]] for the stuff dont i
TY 🔥: we'll sort it. u kno how
sumz: ok. 9 by the pub not the church, [[kev|name]] from the shop sees everything
TY 🔥: [[kev|name]] aint gonna say nothing. [[sam|name]]s driving
sumz: which [[sam|name]]
TY 🔥: [[sam hurst|name]] from [[bordon|place]]. black audi
sumz: [[lily|name]] cant come her mum [[trish|name]] took her phone
TY 🔥: then come on ur own. [[petersfield|place]] station 9 then
"""),
    ("child looked after review report", """REVIEW OF ARRANGEMENTS FOR A CHILD LOOKED AFTER (section 20) - second review
Child: [[Summer Goodyear|name]] (15)    Date of review: [[4th December 2026|date]]    IRO: [[Graham Fairley|name]]
Placement: with foster carers [[Jan|name]] and [[Steve Hollins|name]], [[Clanfield|place]], since [[24 November|date]]

Present: [[Summer|name]]; her mother; her father Mr [[Attwood|name]] (for the first half); [[Hannah|name]] (SW); Mrs [[Dunn|name]]
(DSL); the carers; [[Ellie Brand|name]] (CAMHS).

[[Summer|name]]'s views: she likes [[Jan|name]] and [[Steve|name]], misses her cat and "[[Petersfield|place]] in general", hates the 67
bus, and does not want to see [[Tyler|name]] "ever". She asked that her mum not read her Snap messages any more.
Mr [[Attwood|name]] asked to have [[Summer|name]] for tea on Sundays in his flat.

Decisions: placement to continue under section 20 with both parents' consent; NRM referral made on [[25/11/26|date]] by
DS [[Kerr|name]]; [[Tyler Hames|name]] charged on [[1 Dec|date]] and on bail not to contact [[Summer|name]]; next review
[[3 March 2027|date]].

Health: the looked-after child health assessment by Dr [[Pippa Lowe|name]] was on [[26 November 2026|date]] (NHS [[401 762 5932|nhs]]).
Education: PEP held on [[2/12/26|date]] with [[Oliver Petty|name]] ([[Ramsdean Heath School|school]]); UPN [[A850230817042|upn]].
Contact: with Mum on Wednesdays at the Family Centre, supervised by [[Lorna Gale|name]]; with Dad on Sundays. [[Summer|name]]
wants to see her friend [[Maisie Ogunleye|name]] and her nan, Mrs [[Joan Goodyear|name]], in [[Steep|place]].
"""),
]


# --- E. Pennell / Baxter family (white British), Horndean ----------------------------------------------------------------

HOME_E = d.Address("31 Merchistoun Road", "", "Horndean", "PO8 9LS")
NAN_E = d.Address("2 Blendworth Lane", "Blendworth", "Horndean", "PO8 0AA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Pennell")], dt.date(2024, 9, 1), addresses=[HOME_E]),
    _p("s", "sibling", [("Harper", "Pennell")], dt.date(2020, 12, 22), addresses=[HOME_E], ids=["G850242260315"]),
    _p("m", "mother", [("Gemma", "Pennell")], dt.date(1994, 7, 7), addresses=[HOME_E], phones=["07845 731 062"]),
    _p("f", "father", [("Lewis", "Baxter")], dt.date(1991, 3, 3), phones=["07887 203 615"]),
    _p("g", "grandparent", [("Jean", "Pennell")], addresses=[NAN_E]),
    _p("p1", "professional", [("Tom", "Ashdown")], emails=["tom.ashdown@downlandvale.gov.uk"]),
], "c")

DOCS_E = [
    ("strategy discussion record", """STRATEGY DISCUSSION RECORD (Working Together 2023)
Date/time: [[26/11/2026|date]] 10:00 (Teams)     Chair: [[Rachel Moss|name]], Team Manager
Children: [[Alfie Pennell|name]] (2), [[Harper Pennell|name]] (5), of [[31 Merchistoun Road|address]], [[Horndean|place]],
[[PO8 9LS|postcode]]
Attendees: [[Tom Ashdown|name]] (SW); DC [[Phil Gander|name]], Hampshire Constabulary MASH; [[Louise Knight|name]] (health
visitor); [[Sara Biddle|name]] (DSL, [[Merchistoun Infant School|school]]); [[Kelly Norris|name]] (Stop Domestic Abuse outreach)

Information: at 01:20 on [[25 November|date]] police attended after a 999 call by [[Harper|name]], who said "daddy is hurting
mummy". [[Lewis Baxter|name]] (father) had left in a silver Vauxhall Corsa [[HV68 KXA|vehicle]] before officers arrived.
[[Gemma Pennell|name]]
had a cut lip and red marks to her neck, and disclosed non-fatal strangulation. [[Alfie|name]] was in his cot in the same room.
Mr [[Baxter|name]] was arrested at his mother's address in [[Rowlands Castle|place]] at 06:40 and bailed to live there with
conditions not to contact Ms [[Pennell|name]] or attend [[Horndean|place]]. The maternal grandmother, Mrs [[Jean Pennell|name]] of
[[Blendworth|place]], is staying at the family home.

Decision: section 47 enquiries (single agency, children's social care); DASH high risk, MARAC referral by DC [[Gander|name]]; the
health visitor to see [[Alfie|name]] by [[30 November|date]].
Minutes: [[Nadia Frost|name]] (business support), typed [[26.11.26|date]]; checked by [[R Moss|name]].

Also known: Mr [[Baxter|name]] has a 2019 conviction for assaulting a former partner, [[Stacey Pardoe|name]], in [[Havant|place]];
his mother, Mrs [[Carol Baxter|name]], lives at [[5 Wellsworth Lane|address]], [[Rowlands Castle|place]] ([[PO9 6BY|postcode]]).
[[Harper|name]] attends [[Merchistoun Infant School|school]] (UPN [[G850242260315|upn]]); [[Sara Biddle|name]] said she has been
"very clingy" since [[16th November|date]]. Next review of the enquiry: [[10/12/2026|date]].
"""),
    ("grandmother's handwritten letter to the court, scanned", """[scanned letter, 2 pages, handwritten in blue biro; page breaks shown
as ---]

                                                        [[2 Blendworth Lane|address]]
                                                        [[Blendworth|place]]
                                                        [[Horndean|place]] [[PO8 0AA|postcode]]
                                                        [[1st Dec 2026|date]]
To the Judge,

My name is [[Jean Pennell|name]] and I am [[Gemma|name]]'s mum and nanny to [[Harper|name]] and [[Alfie|name]]. I am 66 and
retired from the Co-op in [[Clanfield|place]]. I have been living at [[Gemma|name]]s since the night [[Lewis|name]] hurt her and I will
stay as long as I am needed. [[Lewis|name]] has never hit the children that I know of but they have seen and heard things no
child should. [[Harper|name]] asks me every night if Daddy is coming back.
---
I know [[Lewis|name]]'s mum [[Carol|name]] from [[Rowlands
Castle|place]] says I am stirring but I am not. I only want the children safe. [[Gemma|name]] has done everything the
social worker Mr [[Ashdown|name]] asked.

Yours faithfully
[[J. Pennell|name]] (Mrs)

P.S. My other daughter [[Stacey|name]] in [[Waterlooville|place]] and my neighbour [[Brian Tull|name]] will say the same. [[Brian|name]]
is at [[no. 4|address]] and saw [[Lewis|name]]'s car outside on [[28th Nov|date]] at 11 at night. My phone is [[023 9259 3318|phone]].
"""),
]

DOCS_E += [
    ("domestic abuse outreach worker's text messages with a mother", """[SMS thread exported from the Stop Domestic Abuse work phone of
[[Kelly Norris|name]], added to the file with
[[Gemma|name]]'s consent on [[4/12/2026|date]]]

[[27/11|date]] 09:14 [[Kelly|name]]: Hi [[Gemma|name]] it's [[Kelly|name]] from Stop DA, the police gave me your number. Are you safe
to text?
[[27/11|date]] 09:40 [[Gemma|name]]: yes hes not here. mum is here
[[27/11|date]] 09:41 [[Kelly|name]]: Good. Can I come on Monday at 11 to [[Merchistoun Rd|address]]? Or we can meet at the library.
[[27/11|date]] 10:02 [[Gemma|name]]: library pls. [[lew|name]]s mum drives past the house
[[30/11|date]] 11:55 [[Gemma|name]]: running late sorry [[harper|name]] wouldnt go in at school
[[02/12|date]] 22:31 [[Gemma|name]]: he messaged me off a new number [[07929 108 443|phone]] saying hes sorry and wants to see
[[alfie|name]]
[[02/12|date]] 22:33 [[Kelly|name]]: Don't reply. Screenshot it and I'll tell DC [[Gander|name]] in the morning. That's a bail breach.
[[03/12|date]] 08:10 [[Gemma|name]]: ok done. can nanny [[jean|name]] come to the next bit
[[03/12|date]] 08:12 [[Kelly|name]]: Of course. Thursday [[10th|date]] at 10 at [[Horndean|place]] library? I'll bring [[Dawn|name]]
from the IDVA team, she'll help with the MARAC stuff.
[[03/12|date]] 08:20 [[Gemma|name]]: ok. [[harper|name]] drew a pic of me and her and [[alfie|name]] and nanny, no daddy 😢
[[04/12|date]] 17:02 [[Gemma|name]]: [[lewis|name]]s sister [[kayleigh|name]] just turned up at [[merchistoun|school]] at pick up
[[04/12|date]] 17:03 [[Kelly|name]]: Are you and the kids safe now? Ring 999 if she comes to the house.
"""),
    ("housing options referral for a domestic abuse move", """EAST HAMPSHIRE DISTRICT COUNCIL - HOUSING OPTIONS - PROFESSIONAL REFERRAL FORM
Referrer: [[Tom Ashdown|name]], Downland Vale Children's Services   Email: [[tom.ashdown@downlandvale.gov.uk|email]]
Date of referral: [[07/12/2026|date]]

Applicant: [[PENNELL, Gemma Louise|name]]   DOB: [[07/07/1994|dob]]   Tel: [[07845 731 062|phone]]
Current address: [[31 Merchistoun Road|address]], [[Horndean|place]], [[PO8 9LS|postcode]] (private let, landlord Mr [[D Whitcombe|name]])
Household: [[Harper Pennell|name]] ([[22/12/2020|dob]]), [[Alfie Pennell|name]] ([[01/09/2024|dob]])
Perpetrator: [[BAXTER, Lewis|name]], last known at [[5 Wellsworth Lane|address]], [[Rowlands Castle|place]]
Areas to avoid: [[Horndean|place]], [[Rowlands Castle|place]], [[Emsworth|place]] (his work)
Areas preferred: [[Petersfield|place]] or [[Liss|place]] (near her friend [[Donna Leggatt|name]])
Reason: MARAC case (heard [[3 December 2026|date]]); bail conditions expire [[23 December|date]]; the perpetrator's mother
drives past the house. The children attend [[Merchistoun Infant School|school]] and [[Little Owls|school]] nursery, [[Catherington|place]].
Support: [[Kelly Norris|name]] (Stop Domestic Abuse); [[Louise Knight|name]] (health visitor); the applicant's mother [[Jean Pennell|name]],
[[2 Blendworth Lane|address]], [[Blendworth|place]], [[PO8 0AA|postcode]]. Friend in [[Liss|place]]: [[Donna Leggatt|name]],
[[3 Hill Brow Road|address]],
[[GU33 7PS|postcode]]. Bail end date to be confirmed by DC [[Phil Gander|name]] on [[21/12/26|date]].
"""),
]


# --- F. Lusher / Fairbrother family (white British), Herne Farm, Petersfield ---------------------------------------------

HOME_F = d.Address("44 Cranford Road", "Herne Farm", "Petersfield", "GU32 3JX")
AUNT_F = d.Address("7 Kings Croft", "", "Liss", "GU33 7BN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Lusher")], dt.date(2017, 6, 11), addresses=[HOME_F], schools=["Herne Farm Juniors"]),
    _p("s", "sibling", [("Riley", "Fairbrother")], dt.date(2010, 1, 30), addresses=[HOME_F]),
    _p("m", "mother", [("Danielle", "Lusher")], dt.date(1988, 10, 10), addresses=[HOME_F], phones=["07458 220 691"]),
    _p("a", "aunt", [("Nicola", "Lusher")], addresses=[AUNT_F], phones=["07583 446 910"]),
    _p("p1", "professional", [("Imogen", "Tate")], emails=["imogen.tate@downlandvale.gov.uk"], phones=["01730 891 224"]),
], "c")

DOCS_F = [
    ("family group conference family plan", """FAMILY GROUP CONFERENCE - THE FAMILY'S PLAN
For: [[Brooke Lusher|name]] (9) and [[Riley Fairbrother|name]] (16)     Held: Saturday [[28 November 2026|date]], Festival Hall,
[[Petersfield|place]]     Coordinator: [[Marcus Oyelaran|name]] (independent)

Who came: [[Danielle|name]] (Mum); Auntie [[Nic|name]] ([[Nicola Lusher|name]], [[Liss|place]]); Grandad [[Roy Lusher|name]] (from
[[Bordon|place]]); [[Riley|name]]; [[Brooke|name]] (for the start and the end); family friend [[Shaz Dimmock|name]]; [[Riley|name]]'s
football coach [[Deji|name]].

What we are worried about (in the family's words): Mum's drinking since [[Craig|name]] died. [[Riley|name]] doing everything for
[[Brooke|name]]. [[Brooke|name]] missing school. Nobody knew how bad it got.

Our plan:
1. [[Brooke|name]] stays at Auntie [[Nic|name]]'s in [[Liss|place]] Monday to Thursday and goes to school on the train from
[[Liss|place]]; Auntie [[Nic|name]] drops her at the gate. Phone: [[07583 446 910|phone]].
2. [[Riley|name]] stays at home with Mum but goes to Grandad's in [[Bordon|place]] if Mum has had a drink. He can ring [[Shaz|name]]
any time (she lives on [[Cranford Road|address]] too, [[no. 12|address]]).
3. Mum goes to Inclusion Hampshire on Tuesdays and [[Deji|name]] drives her.
4. Everyone meets again on [[16th Jan|date]].
5. [[Riley|name]] has his GCSE mocks from [[11 January|date]]; [[Deji|name]] ([[Deji Adebayo|name]], [[07946 382 150|phone]]) will take
him to training on Tuesdays and Thursdays at Love Lane, [[Petersfield|place]], so he gets a break.
6. [[Brooke|name]]'s birthday is in June - she wants it at Auntie [[Nic|name]]'s and Uncle [[Dean|name]]'s in [[Liss|place]].
Signed by everyone present. Copy to [[Imogen Tate|name]] (SW).

Phone list: Mum [[07458 220 691|phone]]; Auntie [[Nic|name]] [[07583 446 910|phone]]; [[Shaz|name]] [[07716 540 283|phone]];
Grandad [[Roy|name]] - [[11 Chalet Hill|address]], [[Bordon|place]]. [[Riley|name]]'s school: [[The Petersfield School|school]] (Mr
[[Gale|name]]
is his tutor). [[Brooke|name]]'s school: [[Herne Farm Juniors|school]]. [[Craig Fairbrother|name]] ([[Riley|name]]'s dad) died on
[[9 March 2026|date]].
"""),
    ("police custody record extract", """HAMPSHIRE AND ISLE OF WIGHT CONSTABULARY - CUSTODY RECORD (extract disclosed to children's
services)
Custody no.: 44/18822/26     Custody suite: [[Basingstoke|place]] PIC
Detained person: [[LUSHER, Danielle Marie|name]]   DOB [[10/10/1988|dob]]   Address [[44 Cranford Road|address]],
[[Herne Farm|place]], [[Petersfield|place]] [[GU32 3JX|postcode]]
Arrested: [[14/11/2026|date]] 17:52 at [[The Square|address]], [[Petersfield|place]], by PC 1908 [[Sam Oakes|name]]
Offence: drunk in charge of a child under 7 years (s.2 Licensing Act 1902); driving whilst over the prescribed limit,
vehicle [[VN17 BFO|vehicle]]
Risk assessment: states she has two children; the younger, [[Brooke|name]] (9), was in the car. Children's services duty
(Ms [[Tate|name]], [[01730 891 224|phone]]) informed 18:40; [[Brooke|name]] collected from the station by aunt [[N Lusher|name]]
([[07583 446 910|phone]]).
Breath test 18:25: 71 µg. Released [[15/11/2026|date]] 09:10, charged, to appear at Aldershot Magistrates' Court on
[[8 January 2027|date]].
Next of kin given: [[LUSHER, Roy|name]] (father), [[11 Chalet Hill|address]], [[Bordon|place]] [[GU35 0TQ|postcode]],
tel [[01730 892 447|phone]]. Appropriate adult not required. Solicitor: duty scheme ([[K. Ashworth|name]]). Property: mobile,
keys, purse, a letter addressed to [[Riley Fairbrother|name]] from [[The Petersfield School|school]] (handed back).
"""),
]

DOCS_F += [
    ("letter before proceedings to a parent", """DOWNLAND VALE COUNCIL - CHILDREN'S SERVICES
[[Imogen Tate|name]], Social Worker, [[Petersfield|place]] Team     Tel [[01730 891 224|phone]]    [[imogen.tate@downlandvale.gov.uk|email]]

PRIVATE AND CONFIDENTIAL - LETTER BEFORE PROCEEDINGS
Ms [[Danielle Lusher|name]]
[[44 Cranford Road|address]]
[[Petersfield|place]]
[[GU32 3JX|postcode]]
                                                                                   [[4 December 2026|date]]
Dear Ms [[Lusher|name]],

[[Brooke|name]] and [[Riley|name]]

We are writing because we are very worried about [[Brooke|name]] and [[Riley|name]]. Since the family group conference on
[[28 November|date]] the plan has helped, and we thank you and your sister [[Nicola|name]] for it. But we must tell you
that, because of the events of [[14 November|date]] and the earlier reports from [[Herne Farm Juniors|school]] and from
[[The Petersfield School|school]], the council is considering applying to the court for a care order.

You are invited to a pre-proceedings meeting on [[15 December 2026|date]] at 10.00 at the council offices in
[[Petersfield|place]]. You are entitled to free legal advice. A list of solicitors is enclosed; the nearest are
marked on it.

Yours sincerely,
[[Imogen Tate|name]]                                   [[Gillian Roach|name]], Team Manager
"""),
    ("voicemail left for the duty team, transcribed", """[Voicemail left on the [[Petersfield|place]] Team duty line,
[[06/12/2026|date]] 23:47, length 1:36; transcribed by [[Imogen Tate|name]]
on [[7 December|date]]. Caller identified herself; number shown [[07458 220 691|phone]].]

"Hi it's, um, it's [[Danielle|name]], [[Danielle Lusher|name]], [[Brooke|name]]'s mum. Sorry it's late. I just wanted to say
I haven't had a drink for eight days, I've been going to the group with [[Deji|name]], and [[Riley|name]] says I'm doing
really good. [[Brooke|name]] rang me from [[Nic|name]]'s and she wants to come home for her birthday, no wait that's June,
she wants to come home for Christmas, for Christmas Day, [[25th|date]]. Can you ring me back? Or ring my dad, [[Roy|name]], he's
on oh-seven-nine-four... I don't know it off by heart. And please don't let the letter thing, the court, please. I'm trying.
Tell [[Imogen|name]]. Okay. Bye. Oh, it's [[Danielle|name]]. Bye."

[Note by [[Imogen|name]]: rang back [[7/12|date]] 09:05, no answer; rang [[Roy Lusher|name]] on [[01730 892 447|phone]] (from the FGC
plan's list) - he is with [[Danielle|name]] at [[Cranford Road|address]] and says she is sober. Visit booked [[8/12|date]].]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 180 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:29 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "brother", "rev", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny",
           "grandma", "grandad", "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "ba", "tata",
           "baba", "mama", "jadda", "madam", "السيدة"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "hampshire", "east hampshire",
               "isle of wight", "the south coast", "zambia", "tunisia", "qatar", "vanuatu", "france", "africa", "europe", "surrey",
"west sussex"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words ("Rev Joseph Vira", "Brother
# Joel", "Jadda Fatima", "Auntie Leias", "Nanny Trace", "السيدة لوسي") and counties, regions and countries ("Hampshire",
# "Vanuatu", "Qatar").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
