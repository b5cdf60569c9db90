"""Set 208: a held-out hand-written set for the redaction detector, six invented families in the Clun and Bishop's Castle hills.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set206.py, bench/redaction_set207.py, bench/redaction_set209.py and their tests (written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: the first 200 lines and the last 60 lines of bench/redaction_set181.py (its docstring, its
first family's record and documents, its last family's last two documents, its _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and
HandSet lines) and tests/test_redaction_set181.py in full (the layout followed here); the first 30 lines of
bench/redaction_set21.py (the start of its docstring; its marking conventions were taken as set 181 restates them); a grep of
bench/redaction_handwritten.py for its `_party`, `Records` and `HandSet` lines (which also showed three lines of its example
record); and the docstrings of bench/redaction_set7.py to bench/redaction_set205.py, searched by a script (ast.get_docstring)
for the towns, villages and communities this set uses, printing only the file names that matched, never the text. No town,
village or community used here as a family's home was found; "Hopton" was found (set 96) and so not used, and of the
communities tried first (Gagauz, Aromanian, Sorbian, Circassian, Mandaean, Yazidi, Assyrian and others) all were found and
Zaza was not (nor Zazaki, Dersim or Tunceli). Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs
(LA 893) made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, each in a town or village the earlier docstrings did not show as a family's home: a white British mother and her
partner in Clun town with a nan in Clunton (Pugh / Lloyd; neglect, a mother's drinking, a boy of 8 caring for his sister,
arguments, a child protection conference); a Zaza family (Alevi Zaza from the Dersim region of eastern Turkey, speaking Zazaki
and Turkish) in Bishop's Castle (Doğan / Aydın; domestic abuse with strangulation, a girl of 15 interpreting, a grandmother's
voice note in Zazaki, a risk of forced marriage, an uncle in Istanbul); a young carer of 13 in Bucknell with a mother with
bipolar disorder and a nan over the border in Knighton (Bowen; a diary page, a crisis team, a Section 136); a farming family in
a tied cottage at Brockton, Lydbury North, with an autistic boy of 8 with epilepsy (Whitlock; a 3 a.m. voice note, an OT visit,
short breaks); a boy of 16 from Newcastle-on-Clun missing to Telford and Wolverhampton (Probert / Evans; criminal exploitation,
a debt, Snapchat messages, a contextual safeguarding meeting); and a mother and father using heroin in Chapel Lawn with a
grandad in Bishop's Castle (Hamer / Jervis; a GP's letter, a friend's WhatsApp chat, a girl of 10's all-about-me sheet, an
arrest in Knighton). Knighton itself lies just inside Wales; no family's home is there, only a nan's and an uncle's. The Zaza
community did not appear in any earlier docstring searched. 24 documents, each with its own style label: a primary school
welfare log, a nan's voicemails and texts, a section 47 outcome letter, initial conference minutes, a college pastoral
referral form, an interpreter-assisted home visit note, a grandmother's message in Zazaki with a translation, a strategy
discussion record, a young carers' assessment, a child's diary page scanned by OCR (with its misreadings), a crisis team call
log, a school's email, a disabled children's team assessment, a mother's voice note transcribed, an OT home visit report, short
breaks panel minutes, a police missing person report, a return home interview, Snapchat messages typed up, contextual
safeguarding minutes, a GP's letter, a mother's WhatsApp chat typed up, a child's all-about-me sheet and a social worker's phone
notes.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration, and
several streets and postcodes. Phones are valid (phonenumbers), UK and foreign (Turkey); Turkish letters are kept in names
(Doğan, Aydın, Hıdır, Songül, Yıldız, Nazlı). NHS numbers and UPNs (LA 893) pass their check digits. The council ("Marches
Council"), the young carers' service, the short-break house ("Hillcrest") and the advocacy project are invented or unmarked
organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 follows them. Titles and kinship words stay outside
a name (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC, DS, SW, HV, Nan, Grandad, auntie, and the Zazaki pîrike (grandmother)); "SURNAME,
First" is one span ("PUGH, Alfie", "DOĞAN, Rojda", "WHITLOCK, Oscar James"); initials alone ("O.W.", "J.P.", "EMB") are not
marked; usernames ("tizz_0121", "moto_jp10", "kd_2009") are not marked; a pet's name ("Biscuit", "Bonnie") is not marked; a
neighbour's bare house number ("no. 6", "no 2", "no.5") is an address; organisations holding a town's name stay unmarked
("Clun Surgery", "Knighton Surgery", "Bishop's Castle Medical Practice", "Bishop's Castle SpArC centre", "HMP Stoke Heath",
"West Mercia Police", "Dyfed-Powys Police", "the Redwoods Centre"), and so do counties, regions and countries ("Shropshire",
"South West Shropshire", "Powys", "Dersim" (as a region), "Turkey"); roads ("the A488", "the B4385") are landmarks; an OCR
misreading keeps its kind ("l8th 0ctober" a date, "Knightom" a place, "Jone5" a name); a railway station named by its town
marks the town; a chain's branch named by its town ("the Knighton Co-op") marks the town.

Choices this set had to make: a school named only by its village in lower-case words ("Bucknell primary", "Clun school") marks
the village as a place and not a school; "Stenbol" (Istanbul in Zazaki) is a place; a birthday without a year ("21st April",
in a child's own sheet) is a dob; times ("I0.30", "03:12") are not dates; "March 2027" is a bare month and year and is not
marked; a street in a Telford estate ("Dunsheath") is an address; a farm named by its hamlet ("the lane to Brockton") marks
the hamlet as a place; "Dai" was not used as a name because the checker reads it as a title.

Self-check without the detector: `python -m bench.redaction_set208` (and tests/test_redaction_set208.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 915 gold spans, 513 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pugh / Lloyd family (white British), Clun town, nan in Clunton -------------------------------------------------

HOME_A = d.Address("7 Ford Street", "", "Clun", "SY7 8LD")
NAN_A = d.Address("2 Bridge Cottages", "Clunton", "Craven Arms", "SY7 0HU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Pugh")], dt.date(2018, 8, 3), addresses=[HOME_A], ids=["4830994991", "E893367062835"],
       schools=["Clun Primary School"]),
    _p("s", "sibling", [("Poppy", "Pugh")], dt.date(2022, 1, 19), addresses=[HOME_A], ids=["7475622347"]),
    _p("m", "mother", [("Kerry", "Pugh")], dt.date(1993, 4, 12), addresses=[HOME_A], phones=["07723 514 806"]),
    _p("f", "father", [("Dean", "Lloyd")], dt.date(1990, 10, 27), addresses=[HOME_A], phones=["07846 203 917"]),
    _p("g", "grandparent", [("Brenda", "Pugh")], dt.date(1966, 2, 9), addresses=[NAN_A], phones=["01588 640 273"]),
], "c")

DOCS_A = [
    ("primary school welfare log", """[[CLUN PRIMARY SCHOOL|school]] - WELFARE LOG (extract)
Child: [[PUGH, Alfie|name]]   DOB [[03/08/2018|dob]]   UPN [[E893367062835|upn]]   Class: Curlews (Y3)
Home: [[7 Ford Street|address]], [[Clun|place]] [[SY7 8LD|postcode]]. Mum [[Kerry Pugh|name]] [[07723 514 806|phone]]; Dad [[Dean
Lloyd|name]] [[07846 203 917|phone]]
[[07/09/2026|date]] [[Alfie|name]] came in wet through, no coat, walked from [[Ford St|address]] on his own. Mrs [[Preece|name]] (teacher)
gave him spare uniform.
[[11/09/2026|date]] Not collected at 3.15. Rang mum x3. Nan ([[Brenda Pugh|name]], [[Clunton|place]]) came at 4.40 by taxi. Said
"[[Kerry|name]]'s had a drink again, [[Dean|name]]'s gone to [[Knighton|place]]".
[[18.9.26|date]] [[Alfie|name]] asleep in phonics. Told TA [[Gemma Rowlands|name]] he "looks after [[Poppy|name]] when mum's poorly".
[[24/09/2026|date]] Head lice, third time. Letter home. Mum said she couldn't afford the lotion; [[Gemma|name]] bought it.
[[2 Oct|date]] DSL Mr [[Owen Tudor-Jones|name]] referred to the front door (Children's Services). Ref taken by [[Sian|name]].
[[9th October|date]] [[Alfie|name]] said [[Dean|name]] "throwed the chair" and [[Poppy|name]] cried. Home visit SW [[Hannah
Vaughan|name]] same day.
[[14/10/26|date]] Mum in with [[Poppy|name]] (pushchair, no socks). Smelt of alcohol at 9am per Mrs [[Preece|name]].
[[21.10.2026|date]] [[Alfie|name]] said he stayed at nan's "in [[clunton|place]] by the river" for 3 nights. Nan's neighbour Mr
[[Ivor Jukes|name]] brings him to school in his Land Rover ([[YX62 KPA|vehicle]]) - mum agreed by phone.
[[4/11/26|date]] Strategy discussion. [[Hannah|name]] to lead s47.
[[12/11/2026|date]] [[Alfie|name]] happier. Playing with [[Freddie Bright|name]] and [[Isla Mapp|name]]. Nan says [[Kerry|name]]
started at
the alcohol service in [[Ludlow|place]] on the [[10th|date]].
[[19/11/2026|date]] [[Alfie|name]] told Mrs [[Preece|name]] "[[Dean|name]] is back, he brang [[Poppy|name]] a bike". Nan rang:
[[Dean|name]]
staying at [[Ford Street|address]] since Sunday [[15th|date]]. Told [[Hannah|name]]. Mr [[Jukes|name]] no longer doing the school run.
[[25.11.26|date]] Mum came to the Christmas fair with [[Poppy|name]] and her friend [[Leanne Bufton|name]]; sober, chatty.
[[Alfie|name]] sang.
"""),
    ("nan's voicemail and texts noted by the social worker", """Messages from Nan - [[Brenda Pugh|name]] - to [[Hannah Vaughan|name]] SW,
noted [[13/11/26|date]]
VM Tue [[10 Nov|date]] 18:02 "Hello love it's [[Brenda|name]], [[Alfie|name]]'s nan. I've got him here again, [[kerry|name]] phoned me
from the pub car park, she's in a state. Ring me on the house phone [[01588 640 273|phone]]."
txt Tue [[10 Nov|date]] 19:40  [[dean|name]] come to mine shouting wanting [[alfie|name]]. told him no. [[ivor|name]] next door come out
txt Tue [[10 Nov|date]] 19:41  hes in his mates van the red one [[KV17 OSD|vehicle]]. think its [[Lee Hotchkiss|name]]s from
[[bishops castle|place]]
txt Wed [[11 Nov|date]] 07:55  [[poppy|name]] is with [[kerry|name]] at [[ford st|address]] i dont like it
txt Wed [[11 Nov|date]] 08:20  i will walk [[alfie|name]] up to school. tell mrs [[preece|name]] pls
txt Thu [[12 Nov|date]] 21:10  [[kerry|name]] says [[dean|name]] gone to his brother [[Wayne|name]]s in [[knighton|place]]. good riddance
VM Fri [[13 Nov|date]] 09:12 "It's [[Brenda|name]]. [[Kerry|name]] went to [[Ludlow|place]] for the group. Our [[Jason|name]] is taking
her.
[[Jason|name]]'s number is [[07415 286 903|phone]] if you need him."
txt Fri [[13 Nov|date]] 17:02  [[alfie|name]] asking for his dad. [[wayne|name]] says [[dean|name]] staying at his till xmas
txt Fri [[13 Nov|date]] 17:05  [[jason|name]] says [[lee|name]] sold the van to a man from [[newtown|place]]. dont know his name
"""),
    ("section 47 enquiry outcome letter", """Marches Council - Children's Services
[[20 November 2026|date]]
Ms [[K. Pugh|name]], [[7 Ford Street|address]], [[Clun|place]], [[Craven Arms|place]] [[SY7 8LD|postcode]]
Dear Ms [[Pugh|name]],
Re: [[Alfie Pugh|name]] (DOB [[3 August 2018|dob]]) and [[Poppy Pugh|name]] (DOB [[19 January 2022|dob]], NHS [[747 562 2347|nhs]])
Following the enquiry started on [[4 November 2026|date]], the decision is to hold an initial child protection conference on
[[3 December 2026|date]] at 10am at the Bishop's Castle SpArC centre. Concerns are neglect and the effect on the children of
your drinking and of arguments with Mr [[Dean Lloyd|name]]. Your mother, Mrs [[Brenda Pugh|name]], is invited.
Your social worker is [[Hannah Vaughan|name]] ([[hannah.vaughan@marchescouncil.gov.uk|email]], [[07936 508 241|phone]]); her
manager is [[Rhys Bebb|name]]. If you need an advocate please ring [[Carol Lello|name]] at the Family Advocacy Project.
Yours sincerely, [[H. Vaughan|name]]
cc Dr [[Mansell|name]], Clun Surgery; Mr [[O. Tudor-Jones|name]], [[Clun Primary|school]]; HV [[Bethan Owen|name]]
Enclosed: the leaflet on conferences, and a note from [[Alfie|name]]'s teacher Mrs [[Preece|name]] about how well he has done in Curlews.
"""),
    ("initial conference minutes extract", """INITIAL CHILD PROTECTION CONFERENCE - [[3.12.2026|date]] - [[Alfie|name]] and
[[Poppy PUGH|name]]
Chair: [[Margaret Everall|name]]. Minutes: [[Steph Corfield|name]].
Present: [[Kerry Pugh|name]] (mum) with advocate [[Carol Lello|name]]; [[Brenda Pugh|name]] (nan); [[Hannah Vaughan|name]] (SW);
[[Owen Tudor-Jones|name]] (DSL, [[Clun Primary School|school]]); [[Bethan Owen|name]] (HV); PC [[Nia Bufton|name]], West Mercia
Police; [[Adam Greenhous|name]] (alcohol worker, [[Ludlow|place]]).
Not present: [[Dean Lloyd|name]] (invited; phone off). Father's address given by nan as c/o [[Wayne Lloyd|name]], [[14 Bridge
Street|address]], [[Knighton|place]] [[LD7 1BT|postcode]].
SW summary: [[Alfie|name]] (8) is late or missing school, cares for [[Poppy|name]] (4), was found walking alone on the [[Clun|place]]
to [[Clunton|place]] road on [[25 October|date]] by Mrs [[Jean Bywater|name]] who drove him to nan's. Police attended [[Ford
Street|address]] on [[9/10|date]] and [[1 November|date]] (DA, no charges).
HV: [[Poppy|name]] 2-year review missed on [[16 Sept|date]]; seen [[28/10|date]]; speech delay; referred to [[Bishop's Castle|place]]
speech and language clinic.
[[Kerry|name]]: "I know I've let them down. I've been to three groups." [[Adam|name]] confirms attendance on [[10th|date]], [[17th|date]]
and [[24th November|date]].
Decision: child protection plans, category neglect. Core group [[10 December|date]] at [[Clun|place]] school. Review [[4 March
2027|date]].
Nan's view ([[Brenda|name]]): will have [[Alfie|name]] and [[Poppy|name]] at [[Bridge Cottages|address]] any time; her son
[[Jason Pugh|name]]
and neighbour [[Ivor Jukes|name]] can help with lifts. [[Alfie|name]]'s view (through Mrs [[Preece|name]]): "I want mum to stop the
wine and [[Dean|name]] to stop shouting and [[Poppy|name]] to talk more."
"""),
]


# --- B. Doğan / Aydın family (Zaza, from Dersim in eastern Turkey), Bishop's Castle --------------------------------------

HOME_B = d.Address("4 Union Street", "", "Bishop's Castle", "SY9 5AJ")
GRAN_B = d.Address("Moğultay Mahallesi, Cumhuriyet Caddesi No. 18", "", "Tunceli", "62000")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Rojda", "Doğan")], dt.date(2011, 5, 22), addresses=[HOME_B], ids=["8264649335", "W893361253094"],
       schools=["Bishop's Castle Community College"]),
    _p("s", "sibling", [("Baran", "Doğan")], dt.date(2015, 10, 2), addresses=[HOME_B], ids=["9828630974"]),
    _p("m", "mother", [("Zerrin", "Doğan")], dt.date(1986, 3, 14), addresses=[HOME_B], phones=["07961 438 250"]),
    _p("f", "father", [("Hıdır", "Doğan")], dt.date(1982, 7, 7), addresses=[HOME_B], phones=["07512 690 384"]),
    _p("g", "grandparent", [("Fadime", "Aydın")], addresses=[GRAN_B], phones=["+90 428 213 45 67"]),
], "c")

DOCS_B = [
    ("college pastoral referral form", """[[BISHOP'S CASTLE COMMUNITY COLLEGE|school]] - REFERRAL TO CHILDREN'S SOCIAL CARE
Student: [[DOĞAN, Rojda|name]]   DOB: [[22/05/2011|dob]]   NHS: [[826 464 9335|nhs]]   UPN: [[W893361253094|upn]]   Y10
Address: [[4 Union Street|address]], [[Bishop's Castle|place]] [[SY9 5AJ|postcode]]
Parents: [[Zerrin Doğan|name]] (mum, [[07961 438 250|phone]], little English); [[Hıdır Doğan|name]] (dad, [[07512 690 384|phone]])
Language at home: Zazaki (Kirmancki) and Turkish. Family are Alevi Zaza from the Dersim region of eastern Turkey, in the UK since 2019.
Referrer: [[Lowri Pritchard|name]], Head of Year 10, on [[16/10/2026|date]].
What happened: [[Rojda|name]] stayed behind after maths and told Miss [[Pritchard|name]] that on Tuesday night ([[13th|date]]) her
dad pushed her mum against the fridge and held her by the neck, and that this "happens when he loses money". [[Rojda|name]]
interprets at the GP and at [[Baran|name]]'s parents' evenings at [[Bishop's Castle Primary|school]]. She said her mum is not
allowed a phone of her own and that her uncle [[Cemal Aydın|name]] in [[Istanbul|place]] rang to say "don't shame the family".
She asked us not to phone home. Friends: [[Tilly Harris|name]] and [[Amira Haddad|name]], whom she trusts.
Action: discussed with DSL Mr [[Gareth Beddoes|name]]; called the front door at 15:40 (spoke to [[Sian Francis|name]]).
Also noted: [[Rojda|name]] has missed PE since [[22 September|date]] ("dad says no shorts"); form tutor Mr [[Alun Gough|name]]
saw her crying in the [[Bishop's Castle|place]] library on [[9 Oct|date]]. Her cousin [[Dilan Aydın|name]] lives in
[[Wolverhampton|place]]
and is the one adult here she named as safe, with Mrs [[Meryem Yıldız|name]].
Previous concerns on file: [[3 March 2025|date]] (bruise to [[Baran|name]]'s cheek, seen at [[Bishop's Castle Primary|school]] by Mrs
[[Hilary Mapp|name]]; explained as a fall); [[11/07/2025|date]] ([[Rojda|name]] said dad "took her phone and broke it").
"""),
    ("interpreter-assisted home visit note", """Home visit - [[Zerrin DOĞAN|name]] - [[19/10/2026|date]] - SW [[Mared Lewis|name]], with
interpreter Mrs [[Songül Kaya|name]] (Turkish; [[Zerrin|name]] chose Turkish over Zazaki as no Zazaki interpreter could be found).
Visit at [[4 Union St|address]] while Mr [[Doğan|name]] at work (kebab van, [[Church Stretton|place]] Tuesdays, [[Craven Arms|place]]
market Saturdays; van [[WR19 HZP|vehicle]]).
[[Zerrin|name]] said she has been hit "many times, since [[Pülümür|place]]" (her village). She showed a bruise on the left upper arm
from Saturday [[17 October|date]]. She said [[Hıdır|name]] keeps her passport and the children's red books. Her only friend here is
[[Meryem|name]] from the Turkish shop in [[Knighton|place]] ([[Meryem Yıldız|name]]).
She wants to ring her mother, [[Fadime Aydın|name]], in [[Tunceli|place]] ([[+90 428 213 45 67|phone]]) but [[Hıdır|name]] checks the
phone bill. Brother [[Cemal|name]] ([[+90 532 418 27 63|phone]]) "always takes [[Hıdır|name]]'s side".
[[Baran|name]] (11) came home at 15:30 and sat next to his mum. He said his dad "shouts at [[Rojda|name]] most". Safety plan made:
the Women's Aid worker [[Kate Minton|name]] will call on [[21/10|date]]; code word agreed with [[Rojda|name]].
Mother's NI number from her letter: [[SH 74 19 28 C|ni]]. Next visit [[26.10.26|date]].
Interpreter's note: Mrs [[Kaya|name]] lives in [[Ludlow|place]] and knows the family only by sight; [[Zerrin|name]] agreed to her.
[[Zerrin|name]]'s sister [[Gülten Aydın|name]] is in [[Berlin|place]]; [[Zerrin|name]] has her number only in her head.
"""),
    ("message from a grandmother in Zazaki with translation", """A voice message from pîrike [[Fadime|name]] in [[Tunceli|place]] to
[[Rojda|name]],
written down by [[Rojda|name]] and translated by her with Mrs [[Kaya|name]] on [[2/11/2026|date]]; kept on file with her consent.

Zazaki (as [[Rojda|name]] wrote it):
"[[Rojda|name]], çênaya mi, ti senî ya? Dayîka to [[Zerrin|name]] senî ya? Ez to ra zaf hes kena. [[Baran|name]] ra zî selam bide.
Apê to [[Cemal|name]] va ke ti şina [[Stenbol|place]]. Mi va nê. Wendişê xo bike. [[Hıdır|name]] ra mitirse."

Translation:
"[[Rojda|name]], my girl, how are you? How is your mother [[Zerrin|name]]? I love you very much. Say hello to [[Baran|name]] too.
Your uncle [[Cemal|name]] said you would go to [[Istanbul|place]]. I said no. Do your studying. Don't be afraid of [[Hıdır|name]]."

SW note ([[M. Lewis|name]]): [[Rojda|name]] says uncle [[Cemal|name]] has talked of her "going home for the summer to meet a boy
from [[Ovacık|place]]". Forced marriage risk discussed with [[Gareth Beddoes|name]] and the Forced Marriage Unit on [[3 Nov|date]].
[[Rojda|name]] added: "Pîrike [[Fadime|name]] lives with my aunt [[Nazlı|name]] in [[Pülümür|place]] in summer and in [[Tunceli|place]]
in winter. She can't read so she sends voice notes. I miss her."
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION - [[Rojda|name]] ([[22.05.2011|dob]]) and [[Baran DOĞAN|name]]
([[02.10.2015|dob]], NHS [[9828630974|nhs]])
Held by Teams, [[4 November 2026|date]], 14:00. Chair: [[Rhys Bebb|name]] (team manager).
Attendees: [[Mared Lewis|name]] (SW); DS [[Paul Corbett|name]] (West Mercia Police, public protection); [[Gareth Beddoes|name]]
(DSL); [[Kate Minton|name]] (West Mercia Women's Aid); Dr [[Anwen Hughes|name]] (GP, Bishop's Castle Medical Practice).
Information: police log from [[28 September|date]] - neighbour Mr [[Len Pinches|name]] at [[no. 6|address]] rang 999 about
screaming; Mr [[Doğan|name]] said it was the television. [[Rojda|name]]'s account to school [[16/10|date]]; mum's disclosure
[[19/10|date]]; grandmother's message [[2 Nov|date]].
Mr [[Hıdır Doğan|name]], DOB [[07/07/1982|dob]], NI [[JT 48 21 67 C|ni]], no UK convictions.
Decisions: s47 enquiries for both children. Joint visit police and SW on [[5/11|date]]. Forced Marriage Protection Order to be
considered; [[Rojda|name]]'s passport held? (dad says it is "with [[Cemal|name]] in [[Istanbul|place]]"). Refuge space at
[[Shrewsbury|place]] offered to mum via [[Kate|name]]; mum wants to stay near [[Baran|name]]'s school and [[Meryem|name]].
Update [[5/11|date]], 17:30 ([[M. Lewis|name]]): joint visit done with DS [[Corbett|name]]. [[Hıdır|name]] arrested for assault on
[[Zerrin|name]] (ABH), interviewed at [[Shrewsbury|place]], bailed to [[Cemal|name]]'s friend [[Hasan Polat|name]]'s in [[Telford|place]]
with conditions not to enter [[Bishop's Castle|place]]. [[Rojda|name]], [[Baran|name]] and [[Zerrin|name]] stay at
[[Union Street|address]].
"""),
]


# --- C. Bowen family (white British and Welsh), Bucknell, nan over the border in Knighton -------------------------------

HOME_C = d.Address("3 Redlake Road", "", "Bucknell", "SY7 0AD")
NAN_C = d.Address("11 Wylcwm Place", "", "Knighton", "LD7 1AE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Bowen")], dt.date(2013, 9, 30), addresses=[HOME_C], ids=["5382300496", "U893120128687"],
       schools=["Bishop's Castle Community College"]),
    _p("s", "sibling", [("Kian", "Bowen")], dt.date(2019, 6, 11), addresses=[HOME_C], ids=["8626706014"]),
    _p("m", "mother", [("Nicola", "Bowen")], dt.date(1981, 12, 5), addresses=[HOME_C], phones=["07398 127 564"]),
    _p("g", "grandparent", [("Glenys", "Bowen")], dt.date(1953, 6, 17), addresses=[NAN_C], phones=["01547 528 164"]),
], "c")

DOCS_C = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - Marches Young Carers
Name: [[Ellie-Mae BOWEN|name]] ("[[Ellie|name]]")   DOB [[30/09/2013|dob]]   Age 13   NHS [[538 230 0496|nhs]]
Address: [[3 Redlake Road|address]], [[Bucknell|place]] [[SY7 0AD|postcode]]   School: [[Bishop's Castle Community College|school]] (Y9)
Cares for: mum [[Nicola Bowen|name]] (bipolar disorder, two admissions to the Redwoods Centre in [[Shrewsbury|place]]) and
brother [[Kian|name]] (7).
Assessor: [[Jade Morris|name]], on [[6 October 2026|date]], at home, with mum present for part.
In her own words: "I do [[Kian|name]]'s packed lunch and walk him to the bus at [[Bucknell|place]] station. When mum is high she
doesn't sleep and goes out in the car at night, when she is low she stays in bed. I ring Nan [[Glenys|name]] in [[Knighton|place]]
when it's bad. I like netball and my friend [[Lacey|name]] ([[Lacey Weale|name]]) from [[Brampton Bryan|place]]."
What she does: cooking most nights, medicines (counts mum's lithium), shopping at the [[Knighton|place]] Co-op on the 16:10
train, money for the electric. Missed school [[15 Sept|date]], [[22 Sept|date]], [[29 Sept|date]] (mum's appointments).
Support: young carers' group Thursdays in [[Clun|place]] (worker [[Huw Preece|name]]); a carer's card for school; a referral to
adult mental health (care coordinator [[Sam Llewellyn|name]], [[07852 174 036|phone]]) for a carer's assessment for mum.
Nan: Mrs [[Glenys Bowen|name]], [[11 Wylcwm Place|address]], [[Knighton|place]] [[LD7 1AE|postcode]], [[01547 528 164|phone]].
Outcome ([[J. Morris|name]], [[13/10/26|date]]): eligible. [[Ellie|name]] to start group on [[15 October|date]]; lift from
[[Bucknell|place]]
with volunteer [[Maureen Hulme|name]]. [[Kian|name]]'s teacher Mrs [[Sian Probert|name]] told, with [[Ellie|name]]'s consent.
"""),
    ("a child's diary page scanned by OCR", """[OCR of a diary page handed in by [[Ellie|name]] on [[20/10/2026|date]]; misreadings kept]
Sunday [[l8th 0ctober|date]]
Mum didnt sleep AGAIN. She was painting the kitchen at 3am and singing. [[Kian|name]] woke up and was scarred. I rang
nan but she didnt anser so I rang [[Lacey|name]]s mum [[Debs|name]]. Mum went out in the car to [[Knightom|place]] in her
pyjamas and came back with 40 cans of paint. I took the keys off her and hid them in my school bag.
Monday [[l9th|date]]
Didnt go to school. [[Kian|name]] went with Mrs [[Jone5|name]] from next door (she is [[Ann Jones|name]], at [[no.5|address]]) on the bus.
Mum says Im a grass if I tell [[Jade|name]]. I love my mum. Dad ([[Stuart|name]]) lives in [[Hereford|place]] with [[Tina|name]] and
doesnt ring. Nan came at tea on the I0.30 train? no the bus.
I want to go to [[Lacey|name]]s sleepover on [[3l Oct|date]] but I cant leave [[Kian|name]].
Tuesday [[2Oth|date]]
[[Jade|name]] came. I showed her this. [[Kian|name]] drew a pitcher of nan and [[Lacey|name]]s dog Bonnie. Mum cried but then she hugged
me. Nan [[Glenys|name]] says we can stay at hers in [[Knlghton|place]].
"""),
    ("crisis team phone call log", """CRISIS TEAM - CALL LOG - re [[Nicola Bowen|name]] (DOB [[05.12.1981|dob]]) - [[Bucknell|place]]
[[20/10/2026|date]] 08:50  Call from [[Jade Morris|name]] (young carers) passing on [[Ellie-Mae|name]]'s diary. Mum not sleeping,
driving at night. Crisis worker [[Ffion Watkins|name]] to ring mum.
[[20/10/2026|date]] 09:30  Mum ([[07398 127 564|phone]]) answered, pressured speech, said she is "fine, brilliant, painting". Vehicle
on file: silver Corsa [[CU14 LWD|vehicle]]. Police asked to do a welfare check if she drives.
[[20/10/2026|date]] 11:15  Home visit [[Ffion|name]] and Dr [[Okafor|name]] (psychiatrist). Nan [[Glenys Bowen|name]] there. Mum
agreed to take her medication and to go to stay at [[Wylcwm Place|address]] with nan for a week; [[Ellie|name]] and [[Kian|name]] too.
[[21/10/2026|date]] 10:00  Phone review. Nan says mum slept 6 hours. [[Kian|name]] at [[Bucknell|place]] primary via nan's friend
[[Meirion Price|name]] (taxi). Care coordinator [[Sam Llewellyn|name]] informed.
[[27.10.26|date]]  Discharged from crisis to CMHT. Letter to GP Dr [[Baird|name]], Knighton Surgery.
[[2/11/26|date]]  [[Ellie|name]] rang the line herself from [[07581 346 092|phone]]: mum back at [[Redlake Rd|address]] and "up all night
again". Callback by [[Ffion|name]] within 20 mins.
[[3/11/26|date]] 23:40  Police (PC [[Gethin Rees|name]], Dyfed-Powys) found mum in the Corsa on the A488 near [[Clun|place]];
Section 136; taken to the Redwoods. Nan [[Glenys|name]] to [[Redlake Road|address]]. [[Ellie|name]] and [[Kian|name]] safe.
[[Ffion|name]] informed.
"""),
    ("email from the school to the social worker", """From: [[Carys Mapp|name]] <[[c.mapp@bccc.shropshire.sch.uk|email]]>
To: [[Jade Morris|name]]; [[Mared Lewis|name]]
Date: [[4 November 2026|date]] 16:22
Subject: EMB - attendance and a good day

Hi both,
[[Ellie|name]] was in today and came to see me at lunch. She said mum was admitted to the Redwoods last night ([[3rd|date]]) after
police found her on the A488 near [[Clun|place]]. Nan [[Glenys|name]] is staying at [[Redlake Road|address]] with the kids. [[Ellie|name]]
seemed relieved more than anything tbh.
Attendance this term 79%. Absences [[15/9|date]], [[22/9|date]], [[29/9|date]], [[19/10|date]], [[20/10|date]], [[2/11|date]]. I've put
her
on the carers' pass and Mr [[Beddoes|name]] knows.
She asked if she could still go to [[Lacey Weale|name]]'s at the weekend (in [[Brampton Bryan|place]], [[Lacey|name]]'s mum is
[[Debbie Weale|name]], [[07467 925 138|phone]]). I said I'd ask you.
Dad's details, which she gave me today: [[Stuart Bowen|name]], [[Hereford|place]], no number.
Thanks, [[Carys|name]]
[[Carys Mapp|name]], Pastoral Manager, [[Bishop's Castle Community College|school]]
PS [[Kian|name]]'s school ([[Bucknell|place]] primary) say he's fine - Mrs [[Probert|name]] there is lovely with him.
"""),
]


# --- D. Whitlock family (white British, farming), Lydbury North, with a disabled boy --------------------------------------

HOME_D = d.Address("2 Brockton Cottages", "Lydbury North", "Bishop's Castle", "SY7 8BA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Whitlock")], dt.date(2018, 2, 14), addresses=[HOME_D], ids=["8123278853", "H893575482370"],
       schools=["Lydbury North CE Primary School"]),
    _p("m", "mother", [("Rachel", "Whitlock")], dt.date(1988, 11, 2), addresses=[HOME_D], phones=["07580 213 647"]),
    _p("f", "father", [("Tom", "Whitlock")], dt.date(1985, 5, 30), addresses=[HOME_D], phones=["07495 386 120"]),
], "c")

DOCS_D = [
    ("disabled children's team assessment summary", """DISABLED CHILDREN'S TEAM - CHILD AND FAMILY ASSESSMENT (summary)
Child: [[WHITLOCK, Oscar James|name]]   DOB [[14 February 2018|dob]]   NHS [[812 327 8853|nhs]]   UPN [[H893575482370|upn]]
Address: [[2 Brockton Cottages|address]], [[Lydbury North|place]], [[SY7 8BA|postcode]] (tied cottage on Mr [[Ernest Lucas|name]]'s farm
at [[Brockton|place]])
Parents: [[Rachel|name]] ([[07580 213 647|phone]]) and [[Tom Whitlock|name]] ([[07495 386 120|phone]]). No siblings.
Needs: [[Oscar|name]] (8) has autism, severe learning disability and epilepsy (tonic-clonic seizures, buccal midazolam). No
speech; uses PECS and some Makaton. Sleeps 3-4 hours a night. Attends [[Lydbury North CE Primary|school]] mornings only with a 1:1,
Mrs [[Wendy Corfield|name]]; a place at [[Severndale|school]] in [[Shrewsbury|place]] is being sought (50 minutes each way).
Worker: [[Bryony Gittins|name]], assessed [[8/10/2026|date]] and [[15/10/2026|date]] at home.
Parents' view: [[Tom|name]] works lambing and hedging and is out from 5am; [[Rachel|name]] gave up her job at the [[Bishop's
Castle|place]] Co-op. She said "I haven't slept a night since 2018". Grandparents ([[Pat|name]] and [[Roy Whitlock|name]]) live in
[[Church Stretton|place]] and help on Sundays. A friend, [[Lisa Jenkins|name]] in [[Plowden|place]], sat with [[Oscar|name]] once.
Risks: seizures in the night unobserved; [[Oscar|name]] got out of the yard on [[1 Oct|date]] and was found by Mr [[Lucas|name]]
in the lane by the [[Walcot|place]] turning. A bolt and a sleep system are needed.
Plan: short breaks (overnights at the Hillcrest short-break house in [[Shrewsbury|place]]); OT referral; continuing care checklist;
carer's
assessment for [[Rachel|name]]. Review [[14/01/2027|date]].
Others seen: community nurse [[Kath Roberts|name]] (epilepsy, [[Shrewsbury|place]]); paediatrician Dr [[Sunil Nair|name]]
(last clinic [[22 September 2026|date]]); [[Wendy Corfield|name]] at school; Mr [[Lucas|name]]'s wife [[Margaret|name]], who has a key.
"""),
    ("mother's voice note transcribed", """Voice note from [[Rachel Whitlock|name]] to [[Bryony|name]] (DCT), sent [[23/10/2026|date]]
at 03:12, typed up by
[[B. Gittins|name]] on [[23.10.26|date]]
"hiya [[bryony|name]] sorry it's the middle of the night um. [[oscar|name]]'s had two seizures tonight, one at half eleven and one
at two, I gave the midazolam for the second one and he came round. [[tom|name]]'s asleep he's got to be up at five for [[ernie|name]]'s
sheep. I just, I can't do it anymore. I love him so much but I can't. I rang the out of hours and they said ring 999 if it goes over
five minutes. Mum ([[Pat|name]]) says she'll come Saturday. Can you ask about the bed thing again, the Safespace, [[Wendy|name]] at
school said her nephew [[Jake|name]] in [[Lydham|place]] has one. And the respite, we've not heard about Hillcrest since
the [[8th|date]]. Sorry. Night."
Action: rang [[Rachel|name]] at 09:05; GP (Dr [[Mansell|name]]) informed; chased OT ([[Helen Purslow|name]]) and short breaks panel.
Second voice note, 03:20: "and [[tom|name]] says thank you too. [[oscar|name]]'s asleep now on the sofa with me. [[margaret|name]] from
the farm saw the light on and brought a flask. sorry [[bryony|name]]."
"""),
    ("occupational therapist's home visit report", """OT HOME VISIT - [[Oscar Whitlock|name]] - [[2 Brockton Cottages|address]], [[Lydbury
North|place]] - [[30 October 2026|date]]
OT: [[Helen Purslow|name]]. Present: [[Rachel|name]], [[Oscar|name]]; Mr [[Ernest Lucas|name]] (landlord) for the part about the yard.
Findings: two-up two-down cottage, steep stair, no downstairs WC. [[Oscar|name]] climbs the kitchen units; front door opens on to the
lane to [[Brockton|place]] and the B4385. Bathroom cannot take a hoist.
Recommendations: Safespace bed (referral made [[30/10|date]]); high bolt and a gate to the yard (Mr [[Lucas|name]] agrees; his
son [[Richard Lucas|name]] will fit it); stair gate; a seizure mat; a DFG is not possible as it is a tied cottage. Alternative
housing: [[Rachel|name]] asked about the housing association bungalows on [[Schoolhouse Lane|address]], [[Bishop's Castle|place]].
Vehicle for hospital trips: parents' pickup [[YJ16 BXU|vehicle]] has no room for a car seat for [[Oscar|name]]'s size; Motability
discussed.
cc [[Bryony Gittins|name]]; Dr [[Anwen Hughes|name]]; [[Wendy Corfield|name]] (1:1).
Follow-up booked [[27/11/2026|date]]. Bed delivery to be arranged with [[Rachel|name]] on [[07580 213 647|phone]]; Mr [[Lucas|name]]
prefers
calls to the farmhouse landline. Fitting by [[Richard|name]] on Saturday [[7th|date]]? - check.
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[12 November 2026|date]] - item 4
Child: O.W. ([[Oscar Whitlock|name]], DOB [[14.02.2018|dob]]), [[Lydbury North|place]]. Presented by [[Bryony Gittins|name]].
Panel: [[Janet Everall|name]] (chair), [[Kieran Hotchkiss|name]] (health), [[Sue Bebb|name]] (education), [[Mohammed Farooq|name]]
(finance).
Summary: parents exhausted; two night seizures a week; mother's voice note of [[23 Oct|date]] read to panel with her consent.
School ([[Lydbury North CE Primary|school]]) report from head Mr [[Jonathan Lyle|name]]: [[Oscar|name]] happier in the mornings,
self-harm (biting)
down since the new 1:1 timetable.
Decision: two nights a month at Hillcrest from [[1 December|date]]; direct payment for 6 hours a week so [[Rachel|name]] can pay
[[Lisa Jenkins|name]] (friend, [[Plowden|place]]) or a PA. Carer's assessment for mum by [[27/11|date]].
Transport: taxi from [[Brockton|place]] to Hillcrest, escort Mrs [[Corfield|name]] on the first two stays.
[[Tom|name]]'s question (by email, [[t.whitlock.farm@gmail.com|email]]): whether nan [[Pat Whitlock|name]] can be paid as a PA. Answer:
only in exceptional cases; [[Bryony|name]] to write.
Next review: [[11/02/2027|date]].
Noted: [[Oscar|name]]'s grandparents [[Pat|name]] and [[Roy Whitlock|name]] of [[Church Stretton|place]] have offered Sundays;
[[Lisa Jenkins|name]]
has a first aid certificate; the school nurse [[Dawn Beddoes|name]] will train the PA in buccal midazolam.
"""),
]


# --- E. Probert / Evans family (white British), Newcastle-on-Clun; a boy of 16 missing to Telford ----------------------

HOME_E = d.Address("5 Mill Lane", "Newcastle-on-Clun", "Craven Arms", "SY7 8QL")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jack", "Probert")], dt.date(2010, 11, 8), addresses=[HOME_E], ids=["6248704708", "P893749353551"],
       schools=["Ludlow College"]),
    _p("m", "mother", [("Lisa", "Probert")], dt.date(1984, 1, 25), addresses=[HOME_E], phones=["07725 904 316"]),
    _p("o", "stepfather", [("Gareth", "Evans")], dt.date(1979, 8, 19), addresses=[HOME_E], phones=["07368 541 207"]),
], "c")

DOCS_E = [
    ("police missing person report extract", """WEST MERCIA POLICE - MISSING PERSON REPORT (extract)   Ref: MP/26/4471
Name: [[PROBERT, Jack|name]]   DOB: [[08/11/2010|dob]]   Age 16   NHS [[624 870 4708|nhs]]
Home: [[5 Mill Lane|address]], [[Newcastle-on-Clun|place]], [[Craven Arms|place]] [[SY7 8QL|postcode]]
Reported by: mother [[Lisa Probert|name]] ([[07725 904 316|phone]]) at 23:40 on [[14/10/2026|date]]. Last seen 16:30 getting off
the college bus at [[Clun|place]]. Phone ([[07557 219 843|phone]]) off since 18:05.
Description: white, 5'10", slim, black North Face puffer, grey joggers. Known as "[[Jacko|name]]".
Risk: HIGH. Third missing episode since [[1 September|date]]. Previously found in [[Telford|place]] ([[Brookside|place]]) and at
[[Shrewsbury|place]] bus station. Cash and a second phone found in his room by stepdad [[Gareth Evans|name]].
Associates: [[Kyle Dorricott|name]] (17, [[Craven Arms|place]]); an older male called "[[Tizz|name]]" who drives a grey Audi A3
([[FE21 WKN|vehicle]]) seen in [[Clun|place]] square on [[12 Oct|date]] by PCSO [[Amy Tranter|name]].
Found: [[15/10/2026|date]] 14:20 by BTP at [[Wolverhampton|place]] station, with £340 and two phones. Returned by PC [[Ryan Mayall|name]].
Return interview offered: [[Sophie Rudge|name]]. Stepdad [[Gareth Evans|name]] ([[07368 541 207|phone]]) collected [[Jack|name]] from
the station at [[Shrewsbury|place]] at 17:05. Nan [[Val Probert|name]] ([[Clunton|place]]) informed by mum.
Previous episodes: [[2/9/2026|date]] ([[Telford|place]]), [[19/9/2026|date]] ([[Shrewsbury|place]]), [[30/9/2026|date]] (found at
[[Clun|place]]
by [[Neil Teece|name]]). Bedroom searched with consent of [[Lisa|name]] by PC [[Mayall|name]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Jack Probert|name]] - done [[17/10/2026|date]] by [[Sophie Rudge|name]]
(independent RHI worker)
Where: a café in [[Craven Arms|place]], at [[Jack|name]]'s choice. Mum dropped him off.
[[Jack|name]] said he went with "[[Tizz|name]]" and [[Kyle|name]] to "a flat in [[Telford|place]]", then to [[Wolverhampton|place]] "to
see
a mate". He would not give [[Tizz|name]]'s real name. He said he owes [[Tizz|name]] £600 for a phone that "got lost".
He says home is "alright, [[Gaz|name]] does my head in". He misses his dad, [[Shaun Probert|name]], who is in HMP Stoke Heath until
March 2027? ([[Jack|name]] thinks "after the spring"). His nan, [[Val Probert|name]], in [[Clunton|place]], is "the only one who
gets it".
He likes motocross and wants to do an apprenticeship with [[Dave Gwilliam|name]] at the garage in [[Bishop's Castle|place]].
Worries: the debt; [[Kyle|name]]'s brother [[Connor Dorricott|name]] has "been in [[Birmingham|place]] with them".
Agreed: [[Jack|name]] will keep [[Sophie|name]]'s number ([[07908 462 135|phone]]); info shared with MASH and with DC
[[Lee Grainger|name]].
[[Jack|name]]'s own last words: "tell [[Gaz|name]] I'm sorry about his van. and tell mum [[Kyle|name]] isn't the bad one." Mum
([[Lisa|name]]) collected him at 15:00 from the café by the [[Craven Arms|place]] Co-op.
"""),
    ("snapchat messages typed up from screenshots", """Screenshots given by [[Lisa Probert|name]] on [[20/10/26|date]], from
[[Jack|name]]'s second phone,
typed up by SW [[Dylan Rees|name]] (usernames not identifying anyone are kept as written)
tizz_0121:  u owe me [[jacko|name]]. 600. dont make me come to [[newcastle|place]]
moto_jp10:  i no i no. ill get it
tizz_0121:  come [[telford|place]] fri. [[kyle|name]] picks u up at the [[clun|place]] bridge 6
moto_jp10:  mum wont let me out since last time
tizz_0121:  tell her ur at [[harvey|name]]s
moto_jp10:  [[harvey|name]] lives [[bucknell|place]] she knows his mum
tizz_0121:  then say [[bishops castle|place]] skatepark. ur not dumb
moto_jp10:  ok
kd_2009:  bro [[tizz|name]] is proper angry. [[connor|name]] says he knows where ur nan lives
moto_jp10:  leave my nan out of it. shes in [[clunton|place]] she aint done nothing
kd_2009:  just come fri [[23rd|date]]
Note: the [[23 October|date]] is when [[Jack|name]] was reported missing for the fourth time.
[[Lisa|name]] said: "[[Harvey|name]]'s mum is [[Tina Brick|name]], she's in [[Bucknell|place]] like I said. [[Jack|name]] was never at
[[Harvey|name]]'s." Passed to DC [[Lee Grainger|name]] on [[20/10/26|date]].
"""),
    ("contextual safeguarding meeting minutes", """CONTEXTUAL SAFEGUARDING MEETING - SOUTH WEST SHROPSHIRE - [[5 November 2026|date]]
Chair: [[Angharad Jones|name]]. Minutes: [[Tracey Bright|name]].
Present: DC [[Lee Grainger|name]]; PCSO [[Amy Tranter|name]]; [[Dylan Rees|name]] (SW for J.P.); [[Sophie Rudge|name]] (RHI);
[[Neil Teece|name]] (youth worker, [[Clun|place]] and [[Bishop's Castle|place]]); [[Rebecca Wilde|name]] (safeguarding, [[Ludlow
College|school]]).
Young people discussed: [[Jack Probert|name]] (16, [[Newcastle-on-Clun|place]]), [[Kyle Dorricott|name]] (17, [[Craven Arms|place]]),
[[Harvey Brick|name]] (15, [[Bucknell|place]]).
Places: the bridge and square in [[Clun|place]] (pick-ups, an Audi [[FE21 WKN|vehicle]], seen [[12/10|date]], [[23/10|date]] and
[[30/10|date]]); the skate park at [[Bishop's Castle|place]]; [[Craven Arms|place]] station; a flat on [[Dunsheath|address]],
[[Hollinswood|place]], [[Telford|place]] (police say "[[Tizz|name]]" is [[Tyrese Isaacs|name]], 22).
Actions: NRM referral for [[Jack|name]] ([[Dylan|name]], by [[9/11|date]]); disruption notice for [[Isaacs|name]] (DC [[Grainger|name]]);
[[Neil|name]] to open the youth club in [[Clun|place]] on Fridays; [[Ludlow College|school]] to let [[Jack|name]] do a motocross-linked
course with [[Dave Gwilliam|name]]. Mum's contact kept from [[Gareth Evans|name]]'s number [[07368 541 207|phone]] at mum's wish.
Next meeting: [[3 December 2026|date]] at the [[Clun|place]] memorial hall. [[Harvey Brick|name]]'s SW ([[Owain Griffiths|name]]) to
attend. Apologies: [[Neil Teece|name]] (after [[12/11|date]]); PCSO [[Tranter|name]] on leave [[20 Nov|date]] to [[27 Nov|date]].
"""),
]


# --- F. Hamer / Jervis family (white British), Chapel Lawn; grandad in Bishop's Castle ----------------------------------

HOME_F = d.Address("Pentre Cottage", "Chapel Lawn", "Bucknell", "SY7 0BW")
GRANDAD_F = d.Address("22 Welsh Street", "", "Bishop's Castle", "SY9 5BT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Hamer")], dt.date(2016, 4, 21), addresses=[HOME_F], ids=["7726442514", "T893402329478"],
       schools=["Clun Primary School"]),
    _p("s", "sibling", [("Leo", "Jervis")], dt.date(2021, 9, 9), addresses=[HOME_F], ids=["5023727432"]),
    _p("m", "mother", [("Danielle", "Hamer")], dt.date(1995, 6, 3), addresses=[HOME_F], phones=["07734 618 290"]),
    _p("f", "father", [("Craig", "Jervis")], dt.date(1991, 3, 18), addresses=[HOME_F], phones=["07449 702 813"]),
    _p("g", "grandparent", [("Terry", "Hamer")], dt.date(1960, 12, 1), addresses=[GRANDAD_F], phones=["01588 680 351"]),
], "c")

DOCS_F = [
    ("GP letter to children's services", """Clun Surgery
[[9 October 2026|date]]
To: Children's Services front door
Re: [[Danielle HAMER|name]], DOB [[03/06/1995|dob]], of [[Pentre Cottage|address]], [[Chapel Lawn|place]], [[SY7 0BW|postcode]]
Children: [[Maisie Hamer|name]] (DOB [[21/04/2016|dob]], NHS [[772 644 2514|nhs]]) and [[Leo Jervis|name]] (DOB [[09/09/2021|dob]],
NHS [[502 372 7432|nhs]])
Dear colleague,
Ms [[Hamer|name]] came today asking for diazepam. She told me she and her partner Mr [[Craig Jervis|name]] have been using
heroin again since the summer, that [[Craig|name]] "sorts it in [[Knighton|place]]", and that she has had thoughts of ending her
life. She was tearful and drowsy. [[Leo|name]] (5) was with her, in a wet nappy, and [[Maisie|name]] (10) had been kept off school
"to mind him". Mr [[Jervis|name]]'s methadone is prescribed from here; he missed his pharmacy pick-ups on [[2nd|date]] and [[6th|date]].
I have referred [[Danielle|name]] to the crisis team and to the drug and alcohol service (worker [[Martin Oakley|name]]). Her father,
Mr [[Terry Hamer|name]] of [[Welsh Street|address]], [[Bishop's Castle|place]] ([[01588 680 351|phone]]), brought her in.
Yours faithfully, Dr [[Eleri Mansell|name]]
PS [[Maisie|name]]'s school nurse, [[Gwen Lewis|name]], also called me on [[8 October|date]]: [[Maisie|name]] told her teacher Miss
[[Bufton|name]] she "gets [[Leo|name]]'s breakfast" and that [[Craig|name]]'s friend [[Robbo|name]] sleeps on the sofa.
"""),
    ("mother's chat with a friend typed up", """WhatsApp chat, [[danielle|name]] and her friend [[Shaz|name]] ([[Sharon Mapp|name]],
[[clun|place]]), shown by [[danielle|name]]
to SW [[Nerys Hope|name]] on [[22/10/26|date]] and typed up with her say-so

[[14/10|date]] 22:03 [[shaz|name]]: u ok hun? saw [[craig|name]] in [[knighton|place]] with that [[robbo|name]] again
[[14/10|date]] 22:10 [[danielle|name]]: dont. hes not been home since sat. im clean 5 days [[shaz|name]]
[[14/10|date]] 22:11 [[shaz|name]]: proud of u. want me to have [[maisie|name]] n [[leo|name]] fri so u can get to the group?
[[14/10|date]] 22:15 [[danielle|name]]: yes pls. dads taking me to [[bishops castle|place]] for it. [[martin|name]] says i done well
[[18/10|date]] 01:40 [[danielle|name]]: hes back. off his face. [[maisie|name]] heard it all
[[18/10|date]] 01:41 [[danielle|name]]: hes took the car [[KN09 XTA|vehicle]] hes not safe to drive
[[18/10|date]] 07:20 [[shaz|name]]: ring the police next time hun. ring [[terry|name]]
[[18/10|date]] 07:31 [[danielle|name]]: [[maisie|name]] walked [[leo|name]] to [[tegan|name]]s mums at [[no 2|address]] at 6am. im a
shit mum
[[18/10|date]] 07:33 [[shaz|name]]: ur not. come to mine. [[4 hospital ln|address]]
[[18/10|date]] 07:40 [[danielle|name]]: [[terry|name]] comin. he says he'll ring [[nerys|name]] monday
[[18/10|date]] 07:41 [[shaz|name]]: good. luv u. tell [[maisie|name]] auntie [[shaz|name]] has her jumper x
"""),
    ("a child's all-about-me sheet", """[Worksheet filled in by [[Maisie|name]] with her SW, [[29/10/2026|date]]; spellings kept]
ALL ABOUT ME
My name is [[Maisie Hamer|name]] and I am 10. My birthday is [[21st April|dob]].
I live in [[Chaple Lawn|place]] in a cottige by the hill. I live with Mum, [[Leo|name]] and sumtimes [[Craig|name]].
The people who make me feel safe: Grandad [[Terry|name]] in [[Bishops Castel|place]], my teacher Miss [[Bufton|name]], my best
freind [[Evie Lewis|name]], [[Shaz|name]] (mums frend).
Things that worry me: when [[Craig|name]] and mum are "poorly" (sleepy) and [[Leo|name]] needs his tea. When the police came on
Saturday [[17th|date]]. When [[Robbo|name]] comes to the house.
My 3 wishes: 1. mum better  2. a dog  3. go to [[Barmouth|place]] with Grandad agen like the summer
My favourite place: Grandads house on [[Welsh St|address]] cos he has a cat called Biscuit and the castle ruins.
Signed [[Maisie|name]] and [[Nerys|name]]. I want [[Evie|name]] to come to grandads for tea on Saturday [[7th|date]].
Grown ups I can tell: [[Nerys|name]], Miss [[Bufton|name]], Grandad [[Terry|name]], Mrs [[Gwen Lewis|name]] (nurse), auntie [[Shaz|name]].
"""),
    ("social worker's phone notes", """phone notes - SW [[Nerys Hope|name]] - [[Hamer|name]]/[[Jervis|name]] - wk of [[2/11/26|date]]
[[2/11|date]] 09:10 [[Terry Hamer|name]] ([[01588 680 351|phone]]) - will have both kids at [[22 Welsh Street|address]],
[[SY9 5BT|postcode]], any
time. has spare room. wants a DBS? - told him no, a viability assessment.
[[2/11|date]] 10:45 [[Martin Oakley|name]] (D&A) - [[Danielle|name]] tested neg [[27/10|date]] and [[30/10|date]]. [[Craig|name]]
disengaged.
[[3/11|date]] 14:00 School - Miss [[Ffion Bufton|name]]: [[Maisie|name]] in every day this week, brought in by grandad.
[[4/11|date]] 16:30 PC [[Matt Dulson|name]]: [[Craig Jervis|name]] (DOB [[18.03.1991|dob]], NI [[NZ 62 90 14 B|ni]]) arrested in
[[Knighton|place]] (Dyfed-Powys Police) with [[Robert Sheldon|name]] ("[[Robbo|name]]") - possession with intent. Bailed to his mum [[Jean
Jervis|name]]'s at [[9 Castle Street|address]], [[Clun|place]].
[[5/11|date]] 11:00 [[Danielle|name]] ([[07734 618 290|phone]]) - relieved. Wants [[Leo|name]] at nursery at [[Bucknell|place]]. Said
[[Tegan|name]]'s mum [[Kim Rowlands|name]] at [[no. 2|address]] has been "a godsend".
[[6/11|date]] legal gateway booked [[19 Nov|date]] w/ [[Sarah Marsh|name]] (legal); manager [[Rhys Bebb|name]] agrees.
[[6/11|date]] 15:20 [[Jean Jervis|name]] rang - wants to see [[Leo|name]]. will ask [[Danielle|name]]. [[jean|name]]'s mob
[[07925 381 460|phone]]. [[Craig|name]]'s
bail officer DC [[Aled Bowen|name]] agrees contact at [[Castle Street|address]] is ok if supervised by [[Terry|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 208 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 21:01 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "sw", "hv", "nurse", "our", "nan", "nanny",
           "gran", "grandad", "grandma", "mum", "dad", "aunty", "uncle", "pîrike", "dayê", "apê", "bawo"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "britain", "uk", "shropshire", "south west shropshire", "herefordshire", "powys",
               "radnorshire", "turkey", "eastern turkey", "dersim", "tunceli province", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Nan Glenys", "pîrike Fadime", "Grandad Terry") and its
# counties, regions and countries ("Shropshire", "Powys", "Dersim", "Turkey").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
