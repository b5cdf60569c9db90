"""Set 207: a held-out hand-written set for the redaction detector, six invented families around Tenbury Wells and Cleobury Mortimer.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set206.py, bench/redaction_set208.py, bench/redaction_set209.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set181.py (its docstring, its first family's record and first documents,
its last family's last two documents and its closing lines: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, _SET) and
tests/test_redaction_set181.py in full, whose layout and marking conventions (those of set 21) are followed here; set 21
itself was not opened, for lack of time, its conventions being taken as set 181 restates them. The docstrings of
bench/redaction_set7.py to bench/redaction_set205.py were searched by a script (ast.get_docstring, printing only the numbers of
the sets whose docstring held a word) for the towns, villages and communities this set uses: Tenbury, Cleobury, Burford,
Kinlet, Clows Top, Hopton Wafers, Newnham Bridge and Ladakh(i) were in none; "Neen" (set 60), "Oreton" (sets 38 and 166) and
"Doddington" (set 86) were, so none of them is a home here (Doddington is only a lay-by in one document). The first
candidates for a community from Asia (Hazara, Uyghur, Kazakh, Hmong, Gurung, Newar, Tamang, Sherpa, Kyrgyz, Tajik, Chakma,
Limbu, Magar, Kachin) were all in earlier docstrings; Ladakhi was in none. Of bench/redaction_handwritten.py only a grep for
its `_party`, `Records` and `HandSet` lines was printed. No part of pyproject.toml was read (ruff was run with the project's
settings). Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake
in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Tenbury Wells, Cleobury Mortimer and the villages between them, each in a town or village the earlier
docstrings did not show as a family's home: a young white British mother and father in Tenbury Wells itself, with a nan in
Burford (Maddox / Preece; neglect, a baby sleeping in a pram, a mother's low mood, a father arrested); a Ladakhi Buddhist
family from Leh in Cleobury Mortimer (Namgyal / Angmo / Dolma; a mother's psychosis after a bereavement, a girl of 13 as
interpreter and young carer, a family chat in Ladakhi in Tibetan script and romanised, grandparents in Leh); a white British
boy of 15 in Clows Top with a father in Kidderminster (Harris / Bourne; missing, county lines exploitation to Worcester and
Stourport); a young carer of 12 in Kinlet, by Button Oak (Tolley; a father who drinks, a mother gone to Telford, a diary page
scanned by OCR); a white British and British Pakistani family in Newnham Bridge with a disabled boy of 8 (Jukes / Hussain;
autism and epilepsy, a mother's 3 a.m. voice note, short breaks); and a young mother in Hopton Wafers (Gittins / Lloyd;
domestic abuse with strangulation, a baby of 7 months and a boy of 7, MARAC). The one community new to the sets is Ladakhi
(the Buddhist people of Ladakh, India). 24 documents, each with its own style label: a primary school welfare log, a nan's
Facebook messages, a health visitor's new-birth record, strategy discussion minutes, a school pastoral referral, a WhatsApp
family chat in Ladakhi with a translation, a GP's letter to the mental health team, an early help assessment, a police
missing person report, a return home interview, Snapchat screenshots, a mother's handwritten letter to conference, a young
carers' assessment, a child's diary page scanned by OCR (with its misreadings), a school's phone log, CIN review minutes, a
short breaks application, a voice note transcribed, an OT home visit report, resource panel minutes, a police DASH summary,
MARAC minutes, a mother's texts to an IDVA and a child and family assessment summary.

Invented: every person, house number, house and street name (Kyrewood Close, Lacon Court, Button Oak Cottages, Crumpsbrook
Lane and the rest), phone number, NHS number, UPN, NI number, email address and vehicle registration. Phones are valid
(phonenumbers), UK and foreign (India); a mother's name is also written in Tibetan script ("སྟན་འཛིན་སྒྲོལ་མ"); NHS numbers
and UPNs (LA 885 and 893) pass their check digits. Services (Worcestershire Children First, West Mercia Police, Change Grow
Live, Reach Out, West Mercia Women's Aid, Cleobury Mortimer Medical Centre) are unmarked organisations; towns, villages,
districts and hamlets are real and marked as places.

Markup and conventions: those of set 21 as set 181 restates them. Titles and kinship words stay outside a name (Mr, Mrs,
Miss, Dr, DC, DI, PC, PCSO, SW, HV, Nan, Aunty, Dadi, and the Ladakhi Abi, Meme, Aba, Ama and achey (grandmother,
grandfather, father, mother, older sister)); a chat contact saved as a kinship word ("Abi", "Meme", "Aba") is not a name;
"SURNAME, First" is one span ("MADDOX, Kaiden", "HARRIS, Brody James"); usernames ("bandz.4l", "brodz_h11", "tgenner_x") are
not marked; a nickname is a name ("Mucka", "Zee", "Blue", "stace"); a possessive written without an apostrophe keeps its "s"
outside the span ("Brody" in "Brodys"); a neighbour's bare house number ("no 5", "no. 2") is an address, and so is a street
named alone ("teme street", "Horsefair"); "Kiddy" (Kidderminster) is a place; countries, states and counties stay unmarked
(India, Ladakh, Cyprus, Worcestershire, Shropshire); an OCR misreading keeps its kind ("25/11/2O26" a date, "Kin1et" a
place, "A1fie" a name).

Choices this set had to make: a chain's branch or a chip shop named by its town in lower-case words ("the tenbury co-op",
"cleobury chippy") marks the town, as set 181 does; "Cleobury Mortimer Medical Centre" is an organisation and stays
unmarked while "Cleobury Mortimer Primary" and "Lacon Childe" are schools; "Riverside" alone is the school; a village hall
named by its village marks the village; "the racecourse" and "the train station" are landmarks; "Thursday" and "Christmas"
without a day are not dates;
a dog's name ("Nipper") is not a person's and is not marked.

Self-check without the detector: `python -m bench.redaction_set207` (and tests/test_redaction_set207.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 908 gold spans, 511 of them names (address 31, postcode 14, place 134, school 15,
phone 31, email 5, dob 20, date 125, nhs 9, upn 4, ni 3, vehicle 6). Every kind asked for is present."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Maddox / Preece family (white British), Tenbury Wells town, nan in Burford -----------------------------------------

HOME_A = d.Address("8 Kyrewood Close", "", "Tenbury Wells", "WR15 8FJ")
NAN_A = d.Address("3 Teme Cottages", "Burford", "Tenbury Wells", "WR15 8HT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Maddox")], dt.date(2018, 3, 14), addresses=[HOME_A], ids=["8932052719", "C885526018159"],
       schools=["Tenbury CE Primary"]),
    _p("s", "sibling", [("Lacey", "Maddox")], dt.date(2023, 11, 2), addresses=[HOME_A], ids=["3663821501"]),
    _p("m", "mother", [("Shannon", "Preece")], dt.date(1998, 7, 19), addresses=[HOME_A], phones=["07723 519 604"]),
    _p("f", "father", [("Lee", "Maddox")], dt.date(1994, 12, 5), addresses=[HOME_A], phones=["07912 463 285"]),
    _p("g", "grandparent", [("Brenda", "Preece")], dt.date(1969, 2, 27), addresses=[NAN_A], phones=["01584 810 337"]),
], "c")

DOCS_A = [
    ("primary school welfare log", """TENBURY CE PRIMARY - WELFARE LOG (printed [[4/12/2026|date]])
Child: [[MADDOX, Kaiden|name]]  DOB [[14/03/2018|dob]]  UPN [[C885526018159|upn]]  NHS [[893 205 2719|nhs]]
Home: [[8 Kyrewood Close|address]], [[Tenbury Wells|place]] [[WR15 8FJ|postcode]]
Mum [[Shannon Preece|name]] [[07723 519 604|phone]] / Dad [[Lee Maddox|name]] [[07912 463 285|phone]]

[[07/09/2026|date]] [[Kaiden|name]] no lunch, ate [[Oscar Pugh|name]]'s crisps. Mrs [[Wilde|name]] (Y3) gave toast.
[[14/09|date]] Nits again, letter home. Mum said "[[Lee|name]] was meant to get the stuff".
[[21.9.26|date]] Nan [[Brenda|name]] collected, says she has [[Kaiden|name]] most weekends in [[Burford|place]].
[[30/09/2026|date]] [[Kaiden|name]] said the baby ([[Lacey|name]]) "sleeps in the pram cos the cot broke". DSL Mr [[Tristan
Hale|name]] told.
[[5th Oct|date]] Home visit by Mr [[Hale|name]] and FSW [[Gemma Oakley|name]]: dog mess, no food but squash, heating on.
[[12/10/26|date]] [[Kaiden|name]] smelt of smoke. Dad's friend "[[Mucka|name]]" ([[Darren Mucklow|name]]) staying.
[[19 October|date]] Referral to Worcestershire Children First, ref taken by [[Priya Lal|name]].
[[3/11|date]] [[Kaiden|name]] off. Mum texted "hes bad with his chest". Seen in [[teme street|address]] at 11 with
[[Mucka|name]].
[[16/11/2026|date]] SW [[Hollie Jandrell|name]] visited school, spoke to [[Kaiden|name]] with Mrs [[Wilde|name]].
[[1 Dec|date]] Nan rang [[01584 810 337|phone]]: [[Lee|name]] moved out to his brother [[Ryan|name]]'s in [[Ludlow|place]].
[[2/12/26|date]] [[Kaiden|name]] told Mrs [[Wilde|name]] "[[Mucka|name]] sleeps on our settee and has a knife for the
fish". Logged by [[K. Wilde|name]]. DSL rang SW [[Hollie Jandrell|name]] ([[hollie.jandrell@worcschildrenfirst.org.uk|email]]).
[[3rd December|date]] Nan [[Brenda Preece|name]] dropped off, said [[Shannon|name]] is "a bit better" and her friend [[Tasha|name]]
brought a cot from [[Bromyard|place]]. [[Kaiden|name]] played with [[Oscar|name]] and [[Freddie Lane|name]] at break.
[[4/12|date]] [[Kaiden|name]] asked if he can live at nan's in [[Burford|place]] "with Nipper" (nan's dog).
"""),
    ("nan's facebook messages copied by the family support worker", """Messenger: [[Brenda Preece|name]] -> [[Gemma|name]] (FSW),
screenshots sent [[6/12/26|date]]

[[brenda preece|name]]: hiya [[gemma|name]] its nan. [[shannon|name]] in bed again all day, [[lacey|name]] in same nappy since morning
[[brenda preece|name]]: i took [[kaiden|name]] back to mine in [[burford|place]], hes had beans, can u tell the sw
[[gemma oakley|name]]: thanks [[Brenda|name]], I'll let [[Hollie|name]] know. Is [[Lee|name]] there?
[[brenda preece|name]]: no hes at [[ryan|name]]s in [[ludlow|place]] with that [[mucka|name]]. they took the car (silver corsa
[[FY15 KWD|vehicle]])
[[brenda preece|name]]: my neighbour [[jean|name]] at [[no 5|address]] seen [[shan|name]] at the [[tenbury|place]] co-op crying
[[gemma oakley|name]]: Can you bring [[Kaiden|name]] to school tomorrow ([[7th|date]])?
[[brenda preece|name]]: yes. and [[lacey|name]] has the gp at [[teme street|address]] surgery on the [[9th|date]] with dr
[[evans|name]]
[[brenda preece|name]]: [[gemma|name]] r u there. [[lee|name]] turned up at [[kyrewood|address]] at 11 shouting, [[shannon|name]] rang me
[[gemma oakley|name]]: Call 999 if he's there now [[Brenda|name]]. I'll tell [[Hollie|name]] first thing.
[[brenda preece|name]]: hes gone. my [[steve|name]] went round in the van. [[kaiden|name]] is here with me
[[brenda preece|name]]: and [[tasha|name]] says thanks for the cot money. [[lacey|name]] in her cot now
[[gemma oakley|name]]: That's great. See you Weds [[9th|date]] at [[Kyrewood Close|address]], 10am with [[Carys|name]] (HV).
[[brenda preece|name]]: ps [[ryan|name]] rang me from [[ludlow|place]] asking for [[shannons|name]] new number. i said no
"""),
    ("health visitor's record of a new birth follow-up", """Health Visiting record - [[Lacey MADDOX|name]]  DOB [[02/11/2023|dob]]
NHS No. [[366 382 1501|nhs]]   Address [[8 Kyrewood Cl|address]], [[Tenbury|place]] [[WR15 8FJ|postcode]]
HV: [[Carys Bowkett|name]]  Date of contact: [[24 November 2026|date]]

Weight below the 9th centile. Mother [[Shannon|name]] (DOB [[19.07.1998|dob]]) flat, says she "can't get up". PHQ-9 score 18.
Father [[Lee Maddox|name]] not present (staying in [[Ludlow|place]]). Maternal grandmother [[Brenda Preece|name]] visits daily.
Cot in pieces, [[Lacey|name]] sleeping in a pram. Advised; safe sleep leaflet. GP Dr [[Evans|name]] informed, perinatal team
referral. Next contact [[8/12/2026|date]].
Mum's friend [[Tasha Lowe|name]] ([[07958 142 603|phone]]) from [[Bromyard|place]] offered a cot.
Previous contacts: [[14/11/2023|date]] new birth (HV [[Jan Tudge|name]]); [[20/01/2024|date]] 6-8 week check; [[11.03.2025|date]]
1 year review not brought. [[Kaiden|name]] (8) at home that day with a cough; [[Shannon|name]] says he goes to nan [[Brenda|name]]'s
in [[Burford|place]] at weekends. Mum gave her mobile [[07723 519 604|phone]] and nan's landline. [[Lee|name]]'s brother [[Ryan
Maddox|name]] rang the clinic on [[25/11|date]] asking where [[Lacey|name]] was registered - not told.
Plan agreed with [[Shannon|name]]: Dr [[Evans|name]] on [[27/11|date]]; perinatal nurse [[Beth Gough|name]]; nursery place
for [[Kaiden|name]]'s sister later. [[Carys Bowkett|name]], HV, [[Tenbury|place]] clinic.
"""),
    ("strategy discussion minutes", """Strategy discussion - [[MADDOX|name]] children - [[26.11.2026|date]] 10:00, Teams
Present: [[Hollie Jandrell|name]] (SW), [[Jo Ruck|name]] (team manager), DC [[Adam Beddoes|name]] (West Mercia Police),
[[Carys Bowkett|name]] (HV), [[Tristan Hale|name]] (DSL).
Children: [[Kaiden Maddox|name]] ([[14.3.18|dob]]), [[Lacey Maddox|name]] ([[2.11.23|dob]]).
1. Police: [[Lee Maddox|name]] arrested [[22 Nov|date]] in [[Cleobury Mortimer|place]] with [[Darren Mucklow|name]]; vehicle
[[FY15 KWD|vehicle]]. Bail to [[Ryan Maddox|name]]'s address, [[14 Corve Street|address]], [[Ludlow|place]] [[SY8 1DA|postcode]].
2. [[Kaiden|name]] told SW on [[16th|date]] that dad "kicks the door". 3. Nan in [[Burford|place]] is a protective factor.
Decision: section 47 enquiry; initial conference by [[17 December|date]]. Actions: [[Hollie|name]] to see [[Shannon|name]] with
[[Brenda|name]]; [[Jo|name]] to write to [[Lee|name]].
4. Health: Dr [[Evans|name]] says [[Shannon|name]] missed two appointments ([[10 Oct|date]], [[4 Nov|date]]). [[Carys|name]]
to visit weekly. 5. School: [[Kaiden|name]] 84% attendance; Mr [[Hale|name]] will keep [[Kaiden|name]] with Mrs [[Wilde|name]]
at lunch. 6. Police: a previous incident at [[Burford|place]] on [[30/08/2025|date]] (PC [[Nia Thomas|name]]) - [[Lee|name]] and
[[Ryan|name]] fighting outside nan's. [[Darren Mucklow|name]] (DOB [[02/02/1991|dob]]) known for supply in [[Tenbury Wells|place]]
and [[Leominster|place]].
Minutes: [[Lisa Brick|name]], business support.
7. Nan: [[Brenda Preece|name]], [[3 Teme Cottages|address]], [[Burford|place]] [[WR15 8HT|postcode]], agrees to
have [[Kaiden|name]] and [[Lacey|name]] if needed; her partner [[Steve Hodges|name]] to be checked (DOB [[17/09/1966|dob]]).
"""),
]


# --- B. Namgyal family (Ladakhi, Buddhist), Cleobury Mortimer, grandparents in Leh ------------------------------------------

HOME_B = d.Address("11 Lacon Court", "", "Cleobury Mortimer", "DY14 8BQ")
GRAN_B = d.Address("Skampari, near Polo Ground", "", "Leh", "194101")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Padma", "Angmo")], dt.date(2013, 8, 21), addresses=[HOME_B], ids=["8215472648", "T885083016613"],
       schools=["Lacon Childe School"]),
    _p("s", "sibling", [("Jigmet", "Namgyal")], dt.date(2019, 1, 9), addresses=[HOME_B], ids=["0597555567"]),
    _p("m", "mother", [("Stanzin", "Dolma")], dt.date(1988, 4, 16), addresses=[HOME_B], phones=["07845 362 917"],
       ids=["9495158818"]),
    _p("f", "father", [("Tsewang", "Namgyal")], dt.date(1984, 10, 3), addresses=[HOME_B], phones=["07534 218 706"]),
    _p("g", "grandparent", [("Sonam", "Palmo")], dt.date(1958, 6, 1), addresses=[GRAN_B], phones=["+91 94191 76342"]),
], "c")

DOCS_B = [
    ("school pastoral referral form", """LACON CHILDE SCHOOL - PASTORAL CONCERN FORM
Student: [[ANGMO, Padma|name]]  Year 8  DOB [[21/08/2013|dob]]  UPN [[T885083016613|upn]]
Address: [[11 Lacon Court|address]], [[Cleobury Mortimer|place]], [[DY14 8BQ|postcode]]
Reported by: Mr [[Owain Broome|name]] (form tutor)  Date: [[10/11/2026|date]]

[[Padma|name]] asleep in period 1 three days running. Said she is up at night with her mum, [[Stanzin Dolma|name]], who "talks to
people who are not there" since her father's brother died in [[Leh|place]] in the summer. Dad ([[Tsewang Namgyal|name]]) works
nights in a kitchen in [[Kidderminster|place]]. [[Padma|name]] interprets at the GP for mum and walks brother [[Jigmet|name]] to
school. Friends [[Ellie Bache|name]] and [[Rhiannon Pound|name]] say she cries in the toilets. [[Padma|name]] calls her grandmother
"Abi" on WhatsApp ([[+91 94191 76342|phone]]).
Action: DSL Mrs [[Corbett|name]] rang dad on [[07534 218 706|phone]] [[11.11.26|date]]; he agreed to an early help
assessment with [[Nadia Rowe|name]].
Update [[17/11/2026|date]]: [[Padma|name]] told Mr [[Broome|name]] that her mum thinks "Uncle [[Phuntsog|name]] is in the
kitchen". ([[Phuntsog Namgyal|name]], dad's brother, died in [[Leh|place]] in July.) [[Padma|name]]
walked [[Jigmet|name]] to [[Cleobury Mortimer Primary|school]] at 8.15 and was late; Mrs [[Corbett|name]] spoke to dad, who said
his sister-in-law [[Rigzin|name]] is coming from [[Southall|place]]. Friend [[Ellie|name]]'s mum, [[Sara Bache|name]] of
[[Hopton Bank|place]], offered to drive the children.
[[24/11/2026|date]] [[Padma|name]] absent. [[Rhiannon|name]] says [[Padma|name]] messaged her at 1am: "ama screaming". DSL
[[Lorraine Corbett|name]] rang SW duty (spoke to [[Kirsty Millichamp|name]]).
"""),
    ("WhatsApp family chat in Ladakhi with the interpreter's translation", """WhatsApp group "Abi-Meme" - shown by [[Padma|name]] to SW
[[Joel Adeyemi|name]] on [[25/11/2026|date]]; Ladakhi (Tibetan script and romanised) translated by [[Tashi Wangmo|name]],
interpreter

[[20/11/26|date]] 22:41 Abi: ཨ་མ་ག་རུ་ཡོད། (Where is your mother?)
[[20/11/26|date]] 22:43 [[padma|name]]: ama sleeping. [[jigmet|name]] asleep. aba work (mum asleep, [[Jigmet|name]] asleep, dad at
work)
[[20/11/26|date]] 22:44 Abi: [[padma|name]] le, ama la zhang thoks chos-a? ([[Padma|name]] dear, did mum eat?)
[[21/11|date]] 07:02 Meme: [[Tsewang|name]] la kha-par tang (Phone [[Tsewang|name]])
[[21/11|date]] 07:10 Aba: Ama la doctor-ing drin. [[Rigzin|name]] achey yong (Taking mum to doctor. Sister [[Rigzin|name]]
is coming)
Note: "Abi" is grandmother [[Sonam Palmo|name]] in [[Leh|place]], "Meme" grandfather, "Aba/Ama" father/mother, "achey" older
sister. [[Rigzin Dolkar|name]] (mum's sister) lives in [[Southall|place]], [[07462 905 813|phone]].
Mum's name in her own hand: [[སྟན་འཛིན་སྒྲོལ་མ|name]].
[[22/11|date]] 18:30 [[Rigzin|name]]: [[padma|name]] la, nga [[Kidderminster|place]] station-ing (I'm at [[Kidderminster|place]] station)
[[22/11|date]] 18:31 [[padma|name]]: aba coming in car. [[jigmet|name]] says hi achey [[rigzin|name]]
[[23/11|date]] 06:55 Abi: [[Stanzin|name]] la thukje (Love to [[Stanzin|name]]) - ཐུགས་རྗེ།
[[24/11|date]] 20:15 Meme: lama [[Tsering|name]] la zhu-byas (I have asked lama [[Tsering|name]] to pray)
Interpreter's note: "la" after a name is a politeness word and is not part of the name; "lama" is a title.
"""),
    ("GP letter to the community mental health team", """Cleobury Mortimer Medical Centre
[[27 November 2026|date]]
Re: Mrs [[Stanzin DOLMA|name]]  DOB [[16/04/1988|dob]]  NHS [[949 515 8818|nhs]]
[[11 Lacon Court|address]], [[Cleobury Mortimer|place]] [[DY14 8BQ|postcode]]  Tel [[07845 362 917|phone]]

Dear colleague, I saw Mrs [[Dolma|name]] today with her husband [[Tsewang|name]] and an interpreter ([[Tashi|name]]). Since
[[3rd August|date]] she has heard the voice of her late brother-in-law [[Phuntsog|name]] telling her the children are in danger.
She is not sleeping. Her daughter [[Padma|name]] (13) has been interpreting - I have asked this to stop. Please see urgently.
Risk: no thoughts of harm to children expressed. Social worker [[Joel Adeyemi|name]]
([[joel.adeyemi@worcschildrenfirst.org.uk|email]]) informed.
Dr [[Helen Marchant|name]]
Background: came to the UK in 2016 from [[Leh|place]]; first lived in [[Hounslow|place]]; moved to [[Cleobury|place]]
in 2021 for her husband's work. No previous mental health history. Sister [[Rigzin Dolkar|name]] ([[07462 905 813|phone]]) staying
till the [[12th|date]]. Her mother [[Sonam Palmo|name]] telephones from [[Leh|place]] ([[+91 1982 252 364|phone]], landline).
I have started a low dose of an antipsychotic and will review on [[4/12/2026|date]].
cc: [[Joel Adeyemi|name]]; Mr [[Tsewang Namgyal|name]], [[11 Lacon Ct|address]].
"""),
    ("early help assessment summary", """Early Help Assessment - [[Namgyal|name]] / [[Angmo|name]] household, [[Cleobury|place]]
Worker: [[Nadia Rowe|name]]   Started [[12/11/2026|date]]   Reviewed [[2/12/26|date]]
Family: [[Tsewang Namgyal|name]] (dad, [[3.10.84|dob]]), [[Stanzin Dolma|name]] (mum), [[Padma Angmo|name]] (13),
[[Jigmet Namgyal|name]] (7, [[Cleobury Mortimer Primary|school]]). Ladakhi Buddhists from [[Leh|place]]; came to UK 2016.
In Ladakh women keep their own names - not a sign of separation.
What's working: dad's boss at the restaurant in [[Kidderminster|place]], Mr [[Gurdeep Sandhu|name]], gave him day shifts from
[[30 Nov|date]]. Aunt [[Rigzin|name]] came up from [[Southall|place]]. The family go to the Buddhist centre in [[Birmingham|place]].
Worries: [[Padma|name]] is a young carer; mum unwell. Dad's NI number [[JT 48 27 61 C|ni]] given for the carers grant.
Plan: young carers referral ([[Mel Ashby|name]]); CMHT; [[Jigmet|name]] to after-school club with his friend [[Alfie Gwilliam|name]].
Family network: [[Sonam Palmo|name]] (grandmother, [[Leh|place]]); [[Rigzin Dolkar|name]] (aunt, [[Southall|place]]);
[[Karma Lhadol|name]] (mum's friend from the centre, [[Worcester|place]]). Neighbour Mrs [[Pat Gwynne|name]] ([[no. 9|address]]) keeps a
key. Social worker [[Joel Adeyemi|name]] now involved (section 17) from [[25/11/26|date]].
[[Padma|name]]'s words: "I like doing it for ama but I'm tired". [[Jigmet|name]]'s words: "[[Padma|name]] is the boss".
Review meeting [[16/12/2026|date]] at [[Lacon Childe|school]].
Contacts: dad [[07534 218 706|phone]]; mum [[07845 362 917|phone]]; [[Rigzin|name]] [[07462 905 813|phone]]. Home:
[[11 Lacon Court|address]],
[[DY14 8BQ|postcode]]. [[Padma|name]]'s UPN [[T885083016613|upn]]; [[Jigmet|name]]'s NHS [[059 755 5567|nhs]].
"""),
]


# --- C. Harris / Bourne family (white British), Clows Top, a boy of 15 missing to Kidderminster -----------------------------

HOME_C = d.Address("2 Mamble Road", "Clows Top", "Kidderminster", "DY14 9HB")
DAD_C = d.Address("Flat 6, Baxter House, Horsefair", "", "Kidderminster", "DY10 2HD")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Brody", "Harris")], dt.date(2011, 5, 30), addresses=[HOME_C], ids=["7687142500", "W885186091390"],
       schools=["Bewdley School"]),
    _p("m", "mother", [("Kerry", "Bourne")], dt.date(1987, 9, 11), addresses=[HOME_C], phones=["07391 640 258"]),
    _p("f", "father", [("Craig", "Harris")], dt.date(1985, 2, 20), addresses=[DAD_C], phones=["07816 275 041"]),
], "c")

DOCS_C = [
    ("police missing person report extract", """WEST MERCIA POLICE - MISSING PERSON (extract)  Ref MP/26/4471
Name: [[HARRIS, Brody James|name]]   DOB [[30/05/2011|dob]]   Age 15
Home: [[2 Mamble Road|address]], [[Clows Top|place]], [[DY14 9HB|postcode]]
Reported by mother [[Kerry Bourne|name]] ([[07391 640 258|phone]]) on [[15/11/2026|date]] 23:20
Last seen: bus stop, [[Clows Top|place]], 16:10, getting into a black Audi A3 [[BK19 XRF|vehicle]], driver known as "[[Zee|name]]".
Previous episodes: [[2 Oct|date]] (found [[Horsefair|address]], [[Kidderminster|place]]), [[24/10|date]] (found [[Stourport|place]]).
Associates: [[Tyler Genner|name]] (16), [[Kian Ward|name]], "[[Zee|name]]" believed [[Zubair Mahmood|name]], 19.
Father [[Craig Harris|name]], [[Flat 6, Baxter House|address]], [[Horsefair|address]], [[Kidderminster|place]] ([[DY10 2HD|postcode]]).
Found [[16/11/2026|date]] 14:05 by PC [[Lauren Seeley|name]] at the train station in [[Worcester|place]] with £340 and two phones.
Risk: HIGH (CCE). Debrief offered. Intelligence: [[Zubair Mahmood|name]] (DOB [[11/01/2007|dob]]) linked to
address [[Flat 2, 19 Comberton Hill|address]], [[Kidderminster|place]] [[DY10 1QG|postcode]]. [[Tyler Genner|name]] of
[[Lickhill|place]], [[Stourport|place]]. Grandad [[Dennis Bourne|name]] ([[Far Forest|place]]) searched the woods.
Officer in case: DC [[Ieuan Price|name]]. Next of kin informed [[16/11|date]] 14:20.
Searches: [[Clows Top|place]] village hall, [[Mamble|place]], [[Rock|place]], [[Bewdley|place]] bus station. Cousin [[Leah Bourne|name]]
(16) contacted by PCSO [[Dee Haines|name]] at 20:10 on [[15/11|date]]; she had a Snap from [[Brody|name]] at the [[Worcester|place]]
station. Mother's partner [[Gavin Tandy|name]] (DOB [[08/06/1983|dob]]) present at report.
"""),
    ("return home interview", """Return Home Interview - [[Brody|name]] - [[18 Nov 26|date]] - by [[Sam Rudge|name]], Reach Out
youth service
Where: [[Bewdley School|school]], library office.
[[Brody|name]] said he went with "[[zee|name]]" and [[tyler|name]] to a flat in [[Worcester|place]] (near the racecourse). Slept on
a sofa. A man called "[[Blue|name]]" gave him a phone and said he owed £200 "for the weed". He did not want to name anyone else.
He said mum ([[Kerry|name]]) "does my head in" but he wants to stay at home, not at his dad's in [[Kiddy|place]].
Best thing: his cousin [[Leah Bourne|name]] in [[Far Forest|place]] and fishing at [[Bewdley|place]] with grandad [[Dennis|name]].
Worries: he owes money. Mum's partner [[Gav|name]] ([[Gavin Tandy|name]]) "kicked off" about the police.
Safety plan agreed; NRM consideration passed to SW [[Aisha Farooqi|name]] on [[18/11|date]].
Previous RHIs: [[4 Oct|date]] ([[Sam|name]]), [[26 Oct|date]] (declined). [[Brody|name]]'s phone number now [[07845 210 993|phone]]
(new); mum's partner [[Gavin|name]] bought it. School contact: Mr [[Yates|name]], head of year, [[Bewdley School|school]].
[[Brody|name]] agreed to meet [[Sam|name]] again on [[25 Nov|date]] at the library in [[Bewdley|place]].
Push factors: arguments with [[Gavin|name]]; [[Brody|name]] excluded for 3 days on [[9/11|date]]. Pull factors: money, [[Tyler|name]],
"[[Zee|name]]" buying him food at the McDonald's in [[Kidderminster|place]]. Contacts he named: [[Kian|name]], [[Tyler|name]],
"[[Blue|name]]".
"""),
    ("snapchat messages screenshotted by the mother", """Screenshots from [[Brody|name]]'s phone, given by [[Kerry Bourne|name]]
to SW [[Aisha Farooqi|name]], [[20/11/26|date]]

bandz.4l: u owe me bro. 2moro 4pm [[kiddy|place]] bus station
brodz_h11: i aint got it, mum took my bank card
bandz.4l: ask ur dad then. or [[tyler|name]] will come [[clows top|place]] n see ur mum
brodz_h11: leave her out of it
tgenner_x: [[brody|name]] just do the run to [[stourport|place]] n its clear
brodz_h11: ok sat
[[kerry|name]] (typed underneath): this is the one from [[lickhill|place]] and [[zee|name]] drives the black car
(Usernames not names: bandz.4l, brodz_h11, tgenner_x.)
bandz.4l: [[blue|name]] says sat or he comes [[mamble rd|address]]
brodz_h11: im getting it from my nan
[[kerry|name]] (typed): he means my mum [[jackie|name]] in [[far forest|place]], she lent him £50 on the [[19th|date]]
"""),
    ("mother's handwritten letter to the child protection conference", """To the conference. [[Dec 3rd|date]]
My name is [[Kerry Bourne|name]] and I am [[Brody|name]]s mum. I live at [[2 Mamble Rd|address]] in [[Clows Top|place]] with
[[Brody|name]] and my partner [[Gavin|name]]. I want it wrote down that I rang the police every time. [[Brody|name]]s dad [[Craig|name]]
says its my fault but he lets him stay out till 2 in [[Kidderminster|place]]. Since [[Brody|name]] met [[Tyler|name]] at the skate park
in [[Bewdley|place]] hes changed. I found £340 in his coat on the [[14th|date]]. Mrs [[Ellis|name]] next door seen the black car 3
times. My mum [[Jackie Bourne|name]] in [[Far Forest|place]] says he can stay with her. Please help him, hes only 15.
From [[Kerry|name]] [[07391 640 258|phone]]
P.S. [[Craig|name]]s number is [[07816 275 041|phone]] he wont ring you back. [[Tyler|name]]s mum is [[Dawn
Genner|name]] she lives by the [[Lickhill|place]] shops. And thank you to [[Sam|name]] and to [[Aisha|name]].
"""),
]


# --- D. Tolley family (white British), Kinlet, a young carer of 12 and a father who drinks -----------------------------------

HOME_D = d.Address("4 Button Oak Cottages", "Kinlet", "Bewdley", "DY12 3AH")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Tolley")], dt.date(2014, 10, 8), addresses=[HOME_D], ids=["6384666855", "B885996030824"],
       schools=["Cleobury Mortimer Primary"]),
    _p("s", "sibling", [("Alfie", "Tolley")], dt.date(2020, 6, 25), addresses=[HOME_D], ids=["9778242968"]),
    _p("f", "father", [("Darren", "Tolley")], dt.date(1982, 1, 17), addresses=[HOME_D], phones=["01299 270 418"]),
], "c")

DOCS_D = [
    ("young carers assessment notes", """Young Carers Assessment - [[Ruby Tolley|name]] (12) - DOB [[08/10/2014|dob]]
Home: [[4 Button Oak Cottages|address]], [[Kinlet|place]], [[DY12 3AH|postcode]]   Dad: [[Darren Tolley|name]] [[01299 270 418|phone]]
Worker: [[Mel Ashby|name]]   Date: [[19/11/2026|date]]

[[Ruby|name]] looks after her brother [[Alfie|name]] (6) most evenings. Mum ([[Leanne Tolley|name]]) left for [[Telford|place]] in
2024 and rings at Christmas. Dad drinks cider "from dinner"; [[Ruby|name]] hides the car keys so he can't drive the van
([[WU63 PLK|vehicle]]). She makes tea, gets [[Alfie|name]] to [[Cleobury Mortimer Primary|school]] on the bus from [[Button Oak|place]].
Who helps: Aunty [[Mandy|name]] ([[Mandy Tolley|name]]) in [[Highley|place]]; neighbour Mr [[Boucher|name]]; her friend
[[Isla|name]]'s mum.
[[Ruby|name]]'s words: "I'm not a carer I'm just his sister". Next visit [[3 Dec|date]].
Dad's view: [[Darren|name]] says he "has a drink to sleep" since [[Leanne|name]] went. He drives [[Ruby|name]] to
[[Cleobury|place]] on a Saturday. Mrs [[Corbett|name]] at [[Lacon Childe|school]] says [[Ruby|name]] is tired and behind in maths.
[[Ruby|name]]'s NHS no. [[638 466 6855|nhs]]; [[Alfie|name]]'s [[977 824 2968|nhs]]; GP Dr [[Hinton|name]].
Plan: young carers group in [[Bewdley|place]]; refer dad to Change Grow Live ([[Jess Price|name]]).
[[Ruby|name]]'s friends: [[Isla Hammond|name]] (school), [[Poppy Bright|name]] ([[Button Oak|place]]). She likes netball with
Miss [[Lowe|name]] and feeding Mr [[Boucher|name]]'s hens. Her worst time: "when dad fell over in the lane on [[31st October|date]]".
"""),
    ("child's own diary page scanned by OCR", """[OCR of [[Ruby|name]]'s diary page, scanned by the school on
[[25/11/2O26|date]]; misreadings kept]
Munday [[23rd|date]]. Dad was sIeeping on the setee wen I got back. [[A1fie|name]] was hungry so I made noodels. Aunty [[Mandv|name]]
rang and said shell come on the [[28th|date]]. I didnt tell her about dad. Mr [[B0ucher|name]] gave us eggs. Me and [[lsla|name]]
walked to [[Kin1et|place]] church. I want my mum to come back from [[Te1ford|place]] but she has a new baby cald [[Maisie|name]].
Tuesday. Dad said sorry. we went to [[C1eobury|place]] on the bus and I got [[Alfie|name]] new shoes.
Wenesday. Aunty [[Mandy|name]] took [[Alfie|name]] to [[Highlev|place]]. House is quiet. Dad cryed. I rang mum
on [[07462 318 905|phone]] but it was Aunty [[Mandy|name]]s number. Mrs [[Corbet|name]] says I am a young carer but I am
just [[Rubv|name]].
"""),
    ("school attendance officer's phone notes", """Phone log - [[Cleobury Mortimer Primary|school]] - [[Ruby|name]] &
[[Alfie Tolley|name]]
[[24.11.26|date]] 09:05 rang dad [[01299 270 418|phone]] no ans. [[Alfie|name]] not in, [[Ruby|name]] in (Y7 - rang [[Lacon
Childe|school]], spoke to Mrs [[Corbett|name]]).
[[24.11.26|date]] 11:40 dad rang back, slurred. Said [[alfie|name]] had tummy ache.
[[25/11|date]] 08:50 Aunt [[Mandy Tolley|name]] rang from [[07462 318 905|phone]].
Said she'll take [[Alfie|name]] to hers in [[Highley|place]] for a week.
[[26/11|date]] 10:00 Mrs [[Sheila Boucher|name]] (neighbour, [[no. 2|address]] [[Button Oak Cottages|address]]) rang - van gone since 6am.
Passed to SW [[Mark Lashford|name]] and to PCSO [[Dee Haines|name]].
[[27/11|date]] 14:15 Mum [[Leanne|name]] rang (first time), from [[Dawley|place]]. Asked for [[Ruby|name]]'s reports.
Gave her SW [[Mark|name]]'s email [[mark.lashford@worcschildrenfirst.org.uk|email]].
[[30/11|date]] 08:40 [[Alfie|name]] brought in by Aunt [[Mandy|name]], happy. [[Ruby|name]] sent a card to Mr [[Boucher|name]].
"""),
    ("child in need plan review minutes", """CIN review - [[TOLLEY|name]] children - [[2 December 2026|date]], [[Kinlet|place]]
village hall room
Present: [[Darren Tolley|name]], [[Mandy Tolley|name]], [[Mark Lashford|name]] (SW), [[Mel Ashby|name]] (Young Carers),
Mrs [[Corbett|name]] ([[Lacon Childe|school]]), [[Jess Price|name]] (Change Grow Live).
[[Darren|name]] has been to two sessions with [[Jess|name]] at Change Grow Live in [[Kidderminster|place]] ([[17 Nov|date]],
[[24 Nov|date]]).
He sold the van. [[Alfie|name]] back home from [[Mandy|name]]'s on [[1/12|date]]. [[Ruby|name]] has joined the young carers group
in [[Bewdley|place]] on Thursdays with [[Isla Hammond|name]]. Mum [[Leanne|name]] not reached (last known [[Dawley|place]],
[[Telford|place]]).
Actions: [[Mark|name]] to write to [[Leanne|name]]; [[Mel|name]] to arrange a trip; next review [[13/1/27|date]].
[[Ruby|name]]'s view (read by [[Mel|name]]): "Dad is trying. I want [[Alfie|name]] to have a proper tea. I want to go
to [[Isla|name]]'s birthday on the [[19th|date]] in [[Kinlet|place]]."
[[Alfie|name]]'s view: drew dad, [[Ruby|name]], Aunty [[Mandy|name]] and a dog.
Minutes taken by [[Sue Dallow|name]].
"""),
]


# --- E. Jukes / Hussain family (white British and British Pakistani), Newnham Bridge, a disabled boy of 8 --------------------

HOME_E = d.Address("Orchard View, Station Road", "Newnham Bridge", "Tenbury Wells", "WR15 8JA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Zayn", "Hussain-Jukes")], dt.date(2018, 9, 12), addresses=[HOME_E], ids=["9558733202", "K893993518190"],
       schools=["Riverside School"]),
    _p("m", "mother", [("Becky", "Jukes")], dt.date(1990, 3, 4), addresses=[HOME_E], phones=["07481 663 920"],
       emails=["beckyjukes90@gmail.com"]),
    _p("f", "father", [("Imran", "Hussain")], dt.date(1987, 11, 29), addresses=[HOME_E], phones=["07427 391 558"]),
], "c")

DOCS_E = [
    ("short breaks application form", """SHORT BREAKS APPLICATION - Part A
Child's name: [[Zayn HUSSAIN-JUKES|name]]   DOB: [[12 / 09 / 2018|dob]]   NHS no: [[955 873 3202|nhs]]
Address: [[Orchard View, Station Road|address]], [[Newnham Bridge|place]], [[WR15 8JA|postcode]]
School: [[Riverside School|school]], [[Bromsgrove|place]]  (UPN [[K893993518190|upn]])
Parent/carer 1: [[Becky Jukes|name]]  mob [[07481 663 920|phone]]  email [[beckyjukes90@gmail.com|email]]
Parent/carer 2: [[Imran Hussain|name]]  mob [[07427 391 558|phone]]  NI [[PW 62 19 84 A|ni]]
Diagnosis: autism, epilepsy (Dr [[Farah Qureshi|name]], paediatrician). Non-verbal; uses PECS.
Why we need a break: [[Zayn|name]] sleeps 3 hours a night. Since [[9th September|date]] he has had 6 seizures. [[Imran|name]]'s
mum (Dadi, [[Nasim Hussain|name]], [[Kidderminster|place]]) helped till her stroke on [[28/10/2026|date]].
Signed [[B Jukes|name]]  Date [[20/11/2026|date]]
Part B - who else helps: grandmother [[Nasim Hussain|name]] ([[Kidderminster|place]]); [[Becky|name]]'s mum
[[Carol Jukes|name]] ([[Tenbury Wells|place]], often abroad); friend [[Shazia Akhtar|name]] ([[Bewdley|place]]). Respite used before:
none. [[Zayn|name]]'s brother? No - only child. [[Imran|name]] works nights; car [[KX70 TBV|vehicle]] for hospital trips to
[[Worcester|place]].
Part C - sibling and family: [[Zayn|name]] lives with mum [[Becky|name]] and dad [[Imran|name]]; cousins [[Aryan|name]] and
[[Inaya Hussain|name]] in [[Kidderminster|place]] visit on Sundays. Referred by: [[Owen Price|name]], SW, on [[18/11/2026|date]].
"""),
    ("mother's voice note transcribed by the social worker", """Voice note from [[Becky|name]], received 03:12 on [[29/11/26|date]],
transcribed by SW [[Owen Price|name]]

"[[Owen|name]] it's [[Becky|name]], sorry it's three in the morning. [[Zayn|name]]'s had another one, a long one, I gave the
midazolam like Dr [[Qureshi|name]] said. [[Imran|name]]'s on nights at the depot in [[Worcester|place]], I can't get him. My
mum's in Cyprus till the [[10th|date]]. I've not slept since Thursday. I'm not... I just need someone. [[Nasim|name]] can't
do it since the stroke. Please ring me."
Note: called back 08:30 on [[07481 663 920|phone]]. Ambulance had not been called. Visit arranged with OT [[Kate
Bradley|name]] for [[1 December|date]].
Second voice note 03:20: "Sorry [[Owen|name]]. He's asleep now. [[Imran|name]] rang back. Ignore me."
SW note: spoke to [[Imran|name]] at 09:10 on [[07427 391 558|phone]]; he will ask his manager [[Gary Nott|name]] for days.
[[Becky|name]]'s friend [[Shazia|name]] came at 10.
"""),
    ("occupational therapy home visit report", """Occupational Therapy - Home Visit Report
Client: [[Zayn Hussain-Jukes|name]] ([[12.09.18|dob]])   Visit: [[01/12/2026|date]]   OT: [[Kate Bradley|name]]
[[Orchard View|address]], [[Station Rd|address]], [[Newnham Bridge|place]]. Bungalow, rented from Mr [[Geoff Tranter|name]] of
[[Knighton on Teme|place]]. [[Zayn|name]] shares a room with nobody but his bed has no sides. He climbs and has fallen twice
([[14 Nov|date]], [[21 Nov|date]]). Parents [[Becky|name]] and [[Imran|name]] sleep in shifts.
Recommendations: safe space bed; window restrictors (landlord agreed by phone [[01584 781 206|phone]]); door alarm.
Copied to: [[Owen Price|name]] (SW), Dr [[F. Qureshi|name]], [[Jenny Hill|name]] (SENCO, [[Riverside|school]]).
Equipment: ordered [[2/12/26|date]], delivery by [[18 December|date]]. [[Becky|name]] asked for a sensory room; [[Zayn|name]]'s
school ([[Riverside|school]], [[Bromsgrove|place]]) uses one. Transport: [[Zayn|name]] goes by taxi (driver [[Phil|name]]) from
[[Newnham Bridge|place]] at 7.20.
Signed: [[K Bradley|name]], OT, [[1/12/26|date]]. Parent contact: [[Becky|name]] [[07481 663 920|phone]] / [[Imran|name]]
[[07427 391 558|phone]].
"""),
    ("disabled children's resource panel minutes", """Disabled Children's Resource Panel - [[3/12/2026|date]]
Chair: [[Ruth Colley|name]]. Present: [[Owen Price|name]], [[Kate Bradley|name]], [[Sunita Patel|name]] (finance).
Item 4: [[HUSSAIN-JUKES, Zayn|name]] (8), [[Newnham Bridge|place]]. Presented by [[Owen|name]]. Mother at crisis point
(voice note [[29 Nov|date]]). Father [[Imran|name]] to change shifts. Grandmother [[Nasim|name]] in [[Kidderminster|place]] no longer able
to help. Family friend [[Shazia Akhtar|name]] of [[Bewdley|place]] offers one evening a week.
Decision: overnight short breaks at the unit in [[Malvern|place]], 2 nights a month from [[January 4th|date]]; sitting service 6 hrs
a week (provider [[Lorna Pitt|name]]). Review [[3 March 2027|date]].
Item 5: note that [[Becky Jukes|name]] emailed from [[beckyjukes90@gmail.com|email]] on [[1/12|date]] asking for a
named worker. [[Ruth|name]] agreed [[Owen|name]] stays as SW.
"""),
]


# --- F. Gittins / Lloyd family (white British), Hopton Wafers, domestic abuse and a baby -------------------------------------

HOME_F = d.Address("7 Crumpsbrook Lane", "Hopton Wafers", "Kidderminster", "DY14 0HR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harper", "Lloyd")], dt.date(2026, 4, 3), addresses=[HOME_F], ids=["5333884889"]),
    _p("s", "sibling", [("Mason", "Gittins")], dt.date(2019, 7, 15), addresses=[HOME_F], ids=["8625511848"],
       schools=["Stottesdon CE Primary"]),
    _p("m", "mother", [("Chelsea", "Gittins")], dt.date(2000, 5, 22), addresses=[HOME_F], phones=["01299 832 415"]),
    _p("f", "father", [("Jordan", "Lloyd")], dt.date(1996, 8, 9), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("police domestic abuse attendance record", """DOMESTIC ABUSE - DASH summary - West Mercia Police - [[21/11/2026|date]] 01:40
Location: [[7 Crumpsbrook Lane|address]], [[Hopton Wafers|place]], [[DY14 0HR|postcode]]
Victim: [[GITTINS, Chelsea|name]] DOB [[22/05/2000|dob]]  Tel [[01299 832 415|phone]]
Suspect: [[LLOYD, Jordan|name]] DOB [[09/08/1996|dob]]  Vehicle: white Transit [[YJ68 HNE|vehicle]]
Children present: [[Harper Lloyd|name]] (7 months, DOB [[03.04.2026|dob]]), [[Mason Gittins|name]] (7).
Officers PC [[Rhys Onions|name]] and PC [[Amy Cadwallader|name]]. Victim had red marks to her neck; said [[Jordan|name]] grabbed her
when she took [[Harper|name]] to her sister [[Stacey|name]]'s in [[Cleobury|place]]. [[Mason|name]] hid upstairs and rang his nan
([[Tracy Gittins|name]], [[Highley|place]]). DASH: 16 yes - high risk. MARAC referral. [[Lloyd|name]] arrested at [[Doddington|place]]
lay-by 03:15.
Body-worn video: PC [[Onions|name]]. [[Mason|name]] (7) told officers "[[Jordan|name]] did squeezing on mummy". Neighbour
[[Terry Wall|name]] of [[no 9|address]] heard shouting from 00:50. [[Lloyd|name]]'s NI [[NH 73 50 28 D|ni]] on custody record.
"""),
    ("MARAC minutes extract", """MARAC - [[3 December 2026|date]] - case 7 - [[Chelsea G|name]]
Chair DI [[Lucy Brain|name]]. IDVA [[Pam Whitcombe|name]] (West Mercia Women's Aid).
[[Jordan Lloyd|name]] bailed to his mother's, [[Sandra Lloyd|name]], [[22 Lower Forge|address]], [[Ludlow|place]] [[SY8 1EL|postcode]],
not to enter [[Hopton Wafers|place]]. Previous: [[Chelsea|name]]'s ex [[Liam Gittins|name]]? - no, [[Mason|name]]'s dad is
[[Callum Reece|name]], no contact. Health: HV [[Siân Beddoe|name]] saw [[Harper|name]] on [[24/11|date]], well. School
([[Stottesdon|school]]) - [[Mason|name]] drew "daddy [[Jordan|name]] and the angry hands".
Actions: IDVA to [[Chelsea|name]]; target hardening at [[Crumpsbrook Lane|address]]; flag on address; SW [[Ben Yarnold|name]].
Also: [[Chelsea|name]]'s mum [[Tracy Gittins|name]] of [[Highley|place]] will have [[Mason|name]] at weekends; [[Stacey|name]]
(sister) in [[Cleobury Mortimer|place]]. Housing: none needed. Next MARAC if repeat.
Agencies present: [[Helen Cox|name]] (Shropshire Council, because [[Ludlow|place]] address); [[Andy Bird|name]] (probation);
[[Siân|name]] (HV). [[Chelsea|name]]'s phone [[01299 832 415|phone]] is the safe number. [[Pam|name]] to ring Tuesdays.
"""),
    ("mother's text messages to the IDVA", """Texts [[Chelsea Gittins|name]] -> IDVA [[Pam|name]], [[22/11|date]] to
[[5/12|date]], copied with consent

[[22/11|date]] 10:12 hi [[pam|name]] its [[chelsea|name]] from [[hopton|place]]. police gave me ur number
[[22/11|date]] 10:20 im ok. [[mason|name]] wont go school. my sis [[stace|name]] is here
[[26/11|date]] 19:44 [[jordan|name]] messaged off his mums phone. says hes sorry n [[harper|name]] needs her dad
[[26/11|date]] 19:45 he said he'll be at [[cleobury|place]] chippy sat
[[30/11|date]] 08:05 nan [[tracy|name]] has [[mason|name]] at [[highley|place]] 4 the wkend
[[5/12|date]] 13:30 got the new locks. [[ben|name]] the social worker coming tues
[[5/12|date]] 13:31 and [[mason|name]] said [[jordan|name]] was outside the school at [[stottesdon|place]] fri. miss [[orme|name]] saw
[[5/12|date]] 13:33 [[stace|name]] says come to hers in [[cleobury mortimer|place]] on the [[12th|date]] for [[harper|name]]s jabs
"""),
    ("social worker's child and family assessment summary", """Child and Family Assessment (summary) - completed
[[6/12/2026|date]] by [[Ben Yarnold|name]]
Children: [[Mason Gittins|name]] ([[15/07/2019|dob]], [[Stottesdon CE Primary|school]]) and [[Harper Lloyd|name]]
(NHS [[533 388 4889|nhs]]).
[[Mason|name]]'s voice: "I want [[Jordan|name]] to stay at his nan's in [[Ludlow|place]]. Me and mum and [[Harper|name]] are
ok." His teacher Miss [[Orme|name]] says he is more settled. He sees his friend [[Riley Powell|name]] from [[Detton|place]].
Mother: [[Chelsea|name]] is working with IDVA [[Pam Whitcombe|name]]; her sister [[Stacey Gittins|name]] ([[Cleobury
Mortimer|place]]) is a support. Father of [[Harper|name]]: [[Jordan Lloyd|name]], court date [[14 January 2027|date]] at
[[Kidderminster|place]] magistrates. He works at the quarry on [[Clee Hill|place]].
Outcome: child in need; review [[20/1/27|date]].
Grandmother [[Tracy Gittins|name]] ([[Highley|place]]) and aunt [[Stacey|name]] are the safety network. Paternal grandmother
[[Sandra Lloyd|name]] ([[Ludlow|place]]) asks to see [[Harper|name]]; supervised at the family centre in [[Ludlow|place]] only.
[[Harper|name]]'s health: well, weighed [[24 Nov|date]] by HV [[Siân Beddoe|name]]. [[Mason|name]]'s NHS [[862 551 1848|nhs]];
his father [[Callum Reece|name]] lives in [[Bridgnorth|place]], no contact since [[Mason|name]] was 2.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 207 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 21:01 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "fsw", "idva", "nurse", "our", "me", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "mum",
           "mummy", "dad", "daddy", "aunty", "auntie", "aunt", "uncle", "dadi", "abi", "meme", "aba", "ama", "achey", "sis"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "worcestershire",
               "shropshire", "west mercia", "india", "ladakh", "cyprus", "europe", "pakistan"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Nan Brenda", "Abi", "Aunty Mandy", "DI Lucy Brain") and
# states, counties and countries ("Ladakh", "Worcestershire", "Cyprus").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
