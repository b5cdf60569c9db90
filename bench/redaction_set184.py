"""Set 184: a held-out hand-written set for the redaction detector, six more invented families in east Dorset, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set182.py, bench/redaction_set183.py, bench/redaction_set185.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set181.py (its docstring, its first family's record and first documents,
its last documents and its closing lines: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and the HandSet lines) and
tests/test_redaction_set181.py in full, whose layout this set copies; of bench/redaction_set21.py only the first 25 lines of
its docstring (its marking conventions were taken as set 181 restates them), and tests/test_redaction_set21.py was not read;
the docstrings of bench/redaction_set7.py to bench/redaction_set181.py searched by a script (ast.get_docstring) for the
towns, districts and communities this set uses, printing only the set numbers that matched; a grep of
bench/redaction_handwritten.py for its `_party`, `Records` and `HandSet` lines (which also showed the `_party` lines of its
example records); and no part of pyproject.toml (ruff was run with the project's settings). The search found Wimborne,
Ferndown, Ringwood, Colehill, Tricketts Cross, Poulner, West Moors, Corfe Mullen and Verwood in no earlier docstring (St
Leonards and Leigh Park were found and are not homes here); of the communities tried, Khasi was in none (Gurung, Tongan,
Fijian, Sámi, Hazara and others were found and not used). The phonenumbers library was not installed in the project's
environment; it was installed with pip into a scratch folder (/tmp/set184/pn, not the project) to check phone numbers. NHS
numbers and UPNs were made and checked with python-stdnum in small snippets. The record constructors (d.Party through
`_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families in Wimborne Minster, Ferndown, Ringwood and the villages around them, each from a district or village the
earlier docstrings did not show as a family's home: a young white British mother and father in Colehill, Wimborne, with a
nan in Merley (Hibberd / Cull; neglect, hunger, a baby's missed health checks, a mother's low mood after a bereavement); a
Khasi family (a matrilineal people of Meghalaya, north-east India; the children carry their mother's clan name) in
Tricketts Cross, Ferndown (Kharkongor / Syiemlieh; domestic abuse with strangulation, a girl of 15 who filmed it, a family
chat in Khasi, a grandmother in Shillong); a white British girl of 16 in Poulner, Ringwood, with a father in Fordingbridge
(Pardy / Ricketts; missing to Bournemouth and Southampton, county lines, a stepfather); a white British mother with bipolar
disorder and alcohol misuse in West Moors, with a grandfather on a park home site at Three Legged Cross (Doyle; a boy of 12
keeping house); a white British family in Corfe Mullen with an autistic, epileptic boy of 9 (Fenwick; short breaks, a
mother's 3 a.m. voice note); and a young carer of 14 in Verwood whose father had a stroke (Mitchell; a mother in
Salisbury). The community, Khasi, did not appear in any earlier docstring searched. 24 documents, each with its own style
label: a first school's safeguarding log, a nan's WhatsApp messages, a strategy discussion record, a mother's own letter, a
police domestic abuse attendance report, a family chat in Khasi with translation, a MARAC referral, a child's own writing, a
return home interview, Snapchat messages typed up, exploitation panel minutes, a duty call note, a mental health team's
email, a grandfather's phone call typed verbatim, a boy's worksheet read by OCR (with its misreadings), child in need review
minutes, a short breaks application, a voice note auto-transcribed, an OT home visit report, short breaks panel minutes, a
young carers' assessment, a boy's texts with his mother, a GP's email and a school's welfare letter.

Invented: every person, house number, street (except the school's Blandford Road), phone number, NHS number, UPN, NI
number, email address and vehicle registration; postcodes have the right districts but are not checked against real
streets. Phones are valid (phonenumbers), UK and foreign (India, a mobile and a Shillong landline); NHS numbers and UPNs (LA
835 for Dorset, 850 for Hampshire) pass their check digits. The Khasi sentences are short and simple and may not be
idiomatic. Councils, police forces, surgeries, the mental health trust, the carers' charity, the IDVA service, the builders
and the church fellowship are unmarked organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 restates them. Titles and kinship words stay
outside a name (Mr, Mrs, Ms, Miss, Dr, Rev, PC, DC, DS, Nan, Grandad, Aunty, and the Khasi Kong and Bah (respectful titles,
sister / brother), Mei (mother) and Meikha (grandmother)); a chat contact saved as a kinship word ("Mum", "Meikha") is not a
name; "SURNAME, First" and "First SURNAME" are one span ("HIBBERD, Tyler-James", "Daphisha KHARKONGOR"); a weekday stays
outside a date ("Tuesday the 6th", with only "the 6th" marked); usernames ("kaceyyy.xo", "dre_sotn", "kace_2010") are not
marked; a family name in a group chat's title ("Kharkongor ka iing") is a name; a neighbour's bare house number ("no. 19",
"no 12") and a park home plot ("plot 4") are addresses; a school's street ("Blandford Road") is an address; organisations
holding a town's name stay unmarked ("Moors Valley Surgery", "Verwood Surgery", "Corfe Mullen Surgery", "Ferndown Medical
Centre", "Carers Support Dorset", "Rossiters builders"), and so do states, counties and countries ("Meghalaya", "Dorset",
"Hampshire", "Ireland") and the New Forest (a district and national park, treated as a region); an OCR misreading keeps its
kind ("l9.10.26" a date, "Ferndovvn" a place, "DoyIe" in a name); a school named in a letterhead is a school.

Choices this set had to make: "TJ" (the boy's usual name, from Tyler-James) is marked as a name though it is made of
initials, because it is what everyone calls him, while initials alone are not marked; "bmth" (Bournemouth in a
message) is a place; "Moors Valley" (a country park) is a landmark and not marked; a chain's branch named by its town in
lower-case words ("the Verwood Co-op", "the co-op in corfe mullen") marks the town, as set 21's "Totnes market" does; "Hurn"
(the airport's village, as an employer's site) is a place; a police reference and a tutor group code are not identifiers.

Self-check without the detector: `python -m bench.redaction_set184` (and tests/test_redaction_set184.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 932 gold spans, 538 of them names (place 133, date 122, phone 32, address 27, school 19, dob 16,
postcode 14, nhs 9, email 7, vehicle 7, upn 6, ni 2)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hibberd / Cull family (white British), Colehill, Wimborne Minster, nan in Merley ------------------------------

HOME_A = d.Address("17 Brackenhill Road", "Colehill", "Wimborne", "BH21 2QU")
NAN_A = d.Address("4 Lindsay Crescent", "Merley", "Wimborne", "BH21 1TS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-James", "Hibberd")], dt.date(2018, 4, 11), addresses=[HOME_A], ids=["4035559830", "M835201514207"],
       schools=["Colehill First School"]),
    _p("s", "sibling", [("Maisie", "Hibberd")], dt.date(2022, 8, 3), addresses=[HOME_A], ids=["7902845256"]),
    _p("m", "mother", [("Stacey", "Hibberd")], dt.date(1996, 2, 14), addresses=[HOME_A], phones=["07814 226 309"]),
    _p("f", "father", [("Lewis", "Cull")], dt.date(1994, 9, 30), addresses=[HOME_A], phones=["07957 318 442"]),
    _p("g", "grandparent", [("Carol", "Hibberd")], dt.date(1969, 12, 1), addresses=[NAN_A], phones=["01202 884 613"]),
], "c")

DOCS_A = [
    ("first school's safeguarding log", """[[COLEHILL FIRST SCHOOL|school]] - SAFEGUARDING LOG (CPOMS export)
Child: [[HIBBERD, Tyler-James|name]]  DOB [[11/04/2018|dob]]  UPN [[M835201514207|upn]]  Class: Badgers (Y4)
Home: [[17 Brackenhill Road|address]], [[Colehill|place]], [[Wimborne|place]] [[BH21 2QU|postcode]]
Mum [[Stacey Hibberd|name]] [[07814 226 309|phone]] / Dad [[Lewis Cull|name]] [[07957 318 442|phone]]

[[07/09/2026|date]] [[TJ|name]] came in with nits again and no coat. Mrs [[Penfold|name]] (class teacher) gave him one from lost property.
[[14/09/2026|date]] Said he had "crisps for tea" all weekend. Ate two breakfasts at club. Logged by TA [[Kerry Mabey|name]].
[[21.9.26|date]] Nan ([[Carol Hibberd|name]], [[Merley|place]]) collected. She said [[Stacey|name]] "hasn't been out of bed since
[[Lewis|name]] lost his job at the garage in [[Stapehill|place]]".
[[30/09/2026|date]] Sister [[Maisie|name]] (4) brought to the gate in a nappy and vest, 10 degrees. DSL [[Andrew
Stickland|name]] spoke to mum. MASH contact made same day.
[[5 Oct|date]] Health visitor [[Nicola Bright|name]] rang: [[Maisie|name]] missed 2 appointments at the [[Wimborne|place]] clinic.
[[12th October 2026|date]] [[TJ|name]] said "[[Lewis|name]] kicked the dog and the dog did a wee". SW [[Hannah Voss|name]] allocated.
[[19/10/2026|date]] Home visit with [[Hannah|name]]: dog mess on the stairs, no food but bread and squash. Neighbour Mr [[Dennis
Rawles|name]] from [[no. 19|address]] said he gives the kids biscuits over the fence.
[[2/11/26|date]] [[TJ|name]] absent. Mum texted "[[tj|name]] sick". Nan says he was at hers in [[Merley|place]] with her partner
[[Roy|name]].
[[9 November|date]] [[TJ|name]]'s friends [[Harrison Keel|name]] and [[Poppy-Rae Allen|name]] sit with him at lunch. Trusted adults: Mrs
[[Penfold|name]], Mr [[Ojo|name]] (breakfast club).
[[16/11/2026|date]] Strategy meeting. [[Hannah Voss|name]] ([[hannah.voss@dorsetcouncil.gov.uk|email]]) to lead s47.
[[23/11/2026|date]] [[TJ|name]] told Mrs [[Penfold|name]] that nan's partner [[Roy Elcock|name]] "lets me feed the ducks at
[[Walford|place]]
mill". Nan confirmed. Lunch-time supervisor [[Sue Witt|name]] says [[Maisie|name]]'s coat is now clean.
[[25/11/2026|date]] [[Lewis Cull|name]] at the gate at 3.15 asking for [[TJ|name]]. Office ([[Denise Halliday|name]]) rang
[[Hannah|name]]. [[TJ|name]] went
home with nan. [[Lewis|name]] said he is living with [[Shane|name]] in [[Verwood|place]] and "will get a solicitor", named
Mr [[Collard|name]] of [[Wimborne|place]].
[[27.11.26|date]] Mrs [[Penfold|name]] and [[Kerry Mabey|name]] both report [[TJ|name]] happier. Reading with Mr [[Ojo|name]].
"""),
    ("nan's WhatsApp messages copied by the social worker", """WhatsApp from [[Carol Hibberd|name]] (nan) to SW [[Hannah Voss|name]],
copied [[20/11/26|date]]

[[17/11/2026|date]], 19:02 - [[Carol|name]]: hi [[hannah|name]] its [[carol|name]] [[TJ|name]]'s nan. [[stace|name]] wont open the door to
me
[[17/11/2026|date]], 19:04 - [[Carol|name]]: [[lewis|name]] car is outside, the blue corsa [[HF63 RZK|vehicle]], so hes in
[[17/11/2026|date]], 19:30 - [[Carol|name]]: got the kids. theyre at mine in [[merley|place]] tonight [[4 lindsay cres|address]]
[[18/11/2026|date]], 07:45 - [[Carol|name]]: [[maisie|name]] has a rash all over her bum. taking her to the surgery at 9
[[18/11/2026|date]], 07:46 - [[Carol|name]]: [[roy|name]] will drop [[TJ|name]] to school, hes got no uniform so i washed it
[[18/11/2026|date]], 12:10 - [[Carol|name]]: dr [[mehta|name]] says its nappy rash bad one. [[stacey|name]] rang me crying. shes at her
mate [[jade|name]]s in [[ferndown|place]]
[[18/11/2026|date]], 12:11 - [[Carol|name]]: dont tell [[lewis|name]] i told u please. his brother [[shane|name]] is nasty
[[19/11/2026|date]], 08:20 - [[Carol|name]]: ring the landline [[01202 884 613|phone]] my mobile is playing up
[[19/11/2026|date]], 08:22 - [[Carol|name]]: [[roy|name]] says [[jade|name]] has a spare room at hers, [[stacey|name]] can stop there
[[19/11/2026|date]], 08:23 - [[Carol|name]]: [[jades|name]] address is [[7 glenmoor rd|address]] [[ferndown|place]] i think
[[19/11/2026|date]], 16:40 - [[Carol|name]]: seen [[shane|name]] in [[wimborne|place]] square, he give me a look
[[20/11/2026|date]], 09:05 - [[Carol|name]]: thank u for today [[hannah|name]]. [[tj|name]] says ur nice x
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION - [[Tyler-James Hibberd|name]] and [[Maisie Hibberd|name]]
Date: [[16 November 2026|date]], 14:00, Teams     Chair: [[Claire Dunford|name]] (team manager, east locality)
Present: [[Hannah Voss|name]] (SW); DC [[Gareth Pulham|name]], Dorset Police; [[Andrew Stickland|name]] (DSL, [[Colehill
First|school]]); HV [[Nicola Bright|name]]; Dr [[Mehta|name]] sent a note.
Children: [[TJ|name]], DOB [[11 April 2018|dob]], NHS [[403 555 9830|nhs]]; [[Maisie|name]], DOB [[3 August 2022|dob]], NHS
[[790 284 5256|nhs]].
Information: repeated hunger, poor hygiene, missed health appointments; [[TJ|name]]'s account of [[Lewis Cull|name]] kicking the dog;
[[Lewis|name]]
has a caution for assault ([[March 3rd 2024|date]], [[Poole|place]]). [[Stacey|name]] low in mood, no GP contact since the summer.
[[Carol Hibberd|name]] can have the children at [[4 Lindsay Crescent|address]], [[Merley|place]] [[BH21 1TS|postcode]].
Decision: s47 joint, ICPC within 15 days. Visit to [[Brackenhill Road|address]] today with DC [[Pulham|name]].
Actions: [[Hannah|name]] to see [[TJ|name]] alone at school [[17/11|date]]; HV to see [[Maisie|name]] by [[20th Nov|date]]; check
[[Lewis|name]]'s
brother [[Shane Cull|name]] (believed living in [[Verwood|place]]).
Information from the HV ([[Nicola Bright|name]]): [[Maisie|name]] is 9th centile, speech delayed; one A&E visit at [[Poole|place]]
on [[2 June 2026|date]] (scald, treated). Police: [[Shane Cull|name]] known for drugs supply, address in [[Verwood|place]] not
confirmed; [[Lewis|name]]'s friend [[Ricky Tizzard|name]] also known.
Minutes: [[Liz Oakes|name]]. Attendance: DC [[Gareth Pulham|name]] left 14:40. Next: ICPC booked for [[30/11/2026|date]] at
[[Wimborne|place]] (chair [[Gillian Ashby|name]]).
"""),
    ("mother's letter to the conference", """to who it may concern,
my name is [[Stacey Hibberd|name]] and I am [[TJ|name]] and [[Maisie|name]]s mum. I know the house got bad. after my dad died on [[the
4th of June|date]] I stopped coping and [[Lewis|name]] was no help, he was out in [[Wimborne|place]] every night or at his brothers.
I love my kids. My mum [[Carol|name]] has been amazing and so has my friend [[Jade Loveless|name]] from [[Ferndown|place]] who
done my kitchen with me on Sunday [[22nd|date]].
I have been to the doctor (Dr [[Mehta|name]]) on [[23/11/26|date]] and got tablets. I have asked [[Lewis|name]] to leave and he
is at [[Shane|name]]s now.
please can [[TJ|name]] stay at [[colehill first|school]], he loves Mrs [[penfold|name]]. [[maisie|name]] starts nursery at [[Little
Owls|school]] in [[Colehill|place]] after xmas.
from [[Stacey|name]]
[[07814 226 309|phone]]
[[26/11/2026|date]]
p.s. [[Lewis|name]] took the car, the corsa, so I cant get to [[Merley|place]] easy. [[jade|name]] says she can drive me
and her partner [[Ollie|name]] can have [[TJ|name]] on [[the 5th|date]]. My next doctor's is [[7 dec|date]].
"""),
]


# --- B. Kharkongor / Syiemlieh family (Khasi, from Meghalaya, north-east India), Tricketts Cross, Ferndown ------------

HOME_B = d.Address("14 Hartsbourne Drive", "Tricketts Cross", "Ferndown", "BH22 9RT")
GRAN_B = d.Address("Kharkongor House, Laitumkhrah", "", "Shillong", "793003")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ibadahun", "Kharkongor")], dt.date(2011, 9, 20), addresses=[HOME_B], ids=["5868195337", "F835411218033"],
       schools=["Ferndown Upper School"]),
    _p("s", "sibling", [("Wanbok", "Kharkongor")], dt.date(2015, 1, 30), addresses=[HOME_B], ids=["4316266691"]),
    _p("m", "mother", [("Daphisha", "Kharkongor")], dt.date(1985, 5, 2), addresses=[HOME_B], phones=["07722 640 183"]),
    _p("f", "father", [("Banteilang", "Syiemlieh")], dt.date(1982, 10, 12), addresses=[HOME_B], phones=["07468 205 917"],
       ids=["JW 41 77 29 C"]),
    _p("g", "grandparent", [("Iaishah", "Kharkongor")], addresses=[GRAN_B], phones=["+91 98630 41527"]),
], "c")

DOCS_B = [
    ("police domestic abuse attendance report (DASH summary)", """DORSET POLICE - DOMESTIC INCIDENT - ATTENDANCE SUMMARY
Occurrence date: [[03/10/2026|date]] 23:40     Location: [[14 Hartsbourne Drive|address]], [[Tricketts Cross|place]], [[Ferndown|place]]
[[BH22 9RT|postcode]]
Victim: [[KHARKONGOR, Daphisha|name]] (DOB [[02/05/1985|dob]]) tel [[07722 640 183|phone]]
Suspect: [[SYIEMLIEH, Banteilang|name]] (DOB [[12/10/1982|dob]]) NI [[JW 41 77 29 C|ni]] tel [[07468 205 917|phone]]
Children present: [[Ibadahun|name]] (15, "[[Iba|name]]") and [[Wanbok|name]] (11, "[[Bok|name]]").
Attending: PC [[Lucy Arnold|name]] 3321 and PC [[Tom Hayter|name]] 2017. Call made by neighbour Mrs [[Jean Pittman|name]], [[no
12|address]].
Account: victim states suspect came home from [[Bournemouth|place]] after drinking, threw a plate, held her against the fridge
by the throat "for a few seconds". [[Iba|name]] filmed part of it on her phone and rang her aunt, [[Rida Kharkongor|name]], in
[[Southampton|place]]. Victim speaks good English; her first language is Khasi. [[Bok|name]] was hiding in the bathroom.
Suspect arrested, taken to custody at [[Poole|place]]. Bail address given: c/o his friend [[Pynshai Nongrum|name]], [[Flat 2, 40
Victoria Road|address]], [[Ferndown|place]] [[BH22 9HZ|postcode]].
DASH: 16 yes answers - HIGH. Referral to MARAC and to CSC. Previous: [[14 July 2025|date]] verbal argument, no offences.
Vehicle: suspect's grey Toyota Auris [[WP19 XHN|vehicle]] left at the address.
Further: suspect's employer (Rossiters builders, [[Ferndown|place]] industrial estate) contacted by PC [[Arnold|name]] for
his shift times; supervisor [[Neil Rossiter|name]] confirmed he finished at 16:00. [[Iba|name]]'s video seized (exhibit LA/1).
[[Ibadahun|name]] spoke to PC [[Hayter|name]] alone: "[[Teilang|name]] - I mean dad - hurt mum before, on [[20th
September|date]], my birthday". Body-worn video by PC [[Lucy Arnold|name]]; statement from Mrs [[Pittman|name]] taken [[04/10/2026|date]].
"""),
    ("family group chat in Khasi with translation", """Typed up by interpreter [[Mebanshai Lyngdoh|name]] on [[08/10/2026|date]] from
[[Ibadahun|name]]'s phone,
with her and her mother's consent. Chat title: "[[Kharkongor|name]] ka iing" (the [[Kharkongor|name]] home). [Khasi, then English]

[[05/10|date]] 07:12 Meikha: [[Iba|name]], kumno phi? Mei jong phi ka la phone ia nga. (Grandma: [[Iba|name]], how are you? Your
mother phoned me.)
[[05/10|date]] 07:20 [[Iba|name]]: Nga biang, meikha. Pa um don hangne. (I'm fine, grandma. Dad isn't here.)
[[05/10|date]] 07:21 [[Iba|name]]: [[Bok|name]] u khlieh sngap ([[bok|name]] has a headache)
[[05/10|date]] 07:40 Kong [[Rida|name]]: Ngan wan sha [[Ferndown|place]] ka Saturday. (Aunty [[Rida|name]]: I'll come to
[[Ferndown|place]] on Saturday.)
[[05/10|date]] 07:41 Kong [[Rida|name]]: ai ia nga ka address (give me the address)
[[05/10|date]] 07:44 [[Iba|name]]: [[14 hartsbourne dr|address]] [[bh22 9rt|postcode]] nga ai ha phi
[[05/10|date]] 08:02 Meikha: Khublei. Nga kyrpad ia Bah [[Pynshai|name]] ban ym ai ia u [[Teilang|name]] ban wan.
(Grandma: Thank you. I beg [[Pynshai|name]] not to let [[Teilang|name]] come.)
[[06/10|date]] 21:15 [[Wanbok|name]]: meikha nga sngewsih (grandma I'm sorry)
[[06/10|date]] 21:30 Meikha: ym dei ka bakla jong phi, [[Bok|name]]. (It's not your fault, [[Bok|name]].)
Notes: "Meikha" = the maternal grandmother's title in this family's use, here [[Iaishah Kharkongor|name]] in [[Shillong|place]]
([[+91 98630 41527|phone]]); "Kong" and "Bah" are respectful titles (sister / brother). "[[Teilang|name]]" is the father's short name.
[[07/10|date]] 19:02 Kong [[Rida|name]]: [[Daphi|name]], la kumno? (How are you, [[Daphi|name]]?)
[[07/10|date]] 19:05 [[Daphisha|name]]: Nga biang. [[Esther|name]] ka la wan. (I'm fine. [[Esther|name]] came.)
[[07/10|date]] 19:06 [[Daphisha|name]]: u [[Pynshai|name]] u ong u [[Teilang|name]] u la leit sha [[Bournemouth|place]].
([[Pynshai|name]] says [[Teilang|name]] went to [[Bournemouth|place]].)
"""),
    ("MARAC referral form", """MARAC REFERRAL - Dorset
Referrer: [[Sophie Maidment|name]], IDVA, [[sophie.maidment@idva-dorset.org.uk|email]], [[01202 693 118|phone]]
Date of referral: [[06/10/2026|date]]
Victim: [[Daphisha KHARKONGOR|name]], [[14 Hartsbourne Drive|address]], [[Ferndown|place]] [[BH22 9RT|postcode]]. Safe number:
[[07722 640 183|phone]] (text first).
Perpetrator: [[Banteilang SYIEMLIEH|name]], also known as "[[Teilang|name]]" and "[[Bantei|name]]".
Children: [[Ibadahun Kharkongor|name]] DOB [[20/09/2011|dob]], [[Ferndown Upper School|school]], UPN [[F835411218033|upn]], NHS
[[5868195337|nhs]]; [[Wanbok Kharkongor|name]] DOB [[30/01/2015|dob]], [[Ferndown Middle School|school]], NHS [[431 626 6691|nhs]].
Risk: strangulation on [[3 October|date]]; controls money (victim's wages from the care home at [[West Parley|place]] go into his
account); threatened to take the children to [[Shillong|place]]; has told her that "no Khasi will help you here".
Support: sister [[Rida Kharkongor|name]], [[Southampton|place]], [[07412 558 961|phone]]; church friend [[Esther Marbaniang|name]]
in [[Bournemouth|place]]; mother [[Iaishah|name]] in [[Shillong|place]] ([[+91 364 250 3381|phone]], landline).
Victim's view: wants him not to come back; wants the locks changed; worried about her visa, which is tied to her own work.
Meeting date: [[22 October 2026|date]]. Police rep: DS [[Karen Oakley|name]].
Other agencies: GP Dr [[Hollingsworth|name]] (Ferndown Medical Centre); [[Iba|name]]'s DSL Mrs [[Farah Quinn|name]];
[[Wanbok|name]]'s class teacher Mr [[Ellery|name]]; church minister Rev [[Kynpham Nongbri|name]] (Khasi fellowship, meets in
[[Southampton|place]] on Sundays).
"""),
    ("child's own writing for her social worker", """what i want you to know - by [[Iba|name]] ([[Ibadahun|name]])
for [[Maria|name]] (social worker) [[15 oct|date]]

My dad is not a monster. When he is not drinking he makes jadoh and we go to [[Highcliffe|place]] beach. But when he drinks
he is different and my mum goes quiet. On [[the 3rd|date]] i heard her make a noise like she couldnt breathe.
I filmed it because my friend [[Keira|name]] said the police need proof.
[[bok|name]] is 11 and he wets the bed now. please help him.
I dont want to go to [[Shillong|place]]. I was born in [[Southampton|place]] and I have been to meghalaya once. my
meikha is nice but i dont speak khasi properly.
At school Miss [[Oduya|name]] is kind. my best friends are [[Keira Dunn|name]] and [[Lily Mae Sturgess|name]].
If dad comes back can we go to aunty [[rida|name]]s in [[southampton|place]]?
[[Iba K|name]] x
p.s. my cousin [[Kyrshan|name]] lives with aunty [[rida|name]] in [[shirley|place]]. she is 17 and she says we can share.
i like it when [[Maria|name]] comes because she lets me talk. [[Maria Costa|name]] is her name properly.
"""),
]


# --- C. Pardy family (white British), Poulner, Ringwood, father in Fordingbridge ---------------------------------------

HOME_C = d.Address("8 Kingfisher Walk", "Poulner", "Ringwood", "BH24 1XG")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Pardy")], dt.date(2010, 3, 8), addresses=[HOME_C], ids=["7855601740", "H850203011564"],
       phones=["07887 153 620"], schools=["Ringwood School"]),
    _p("m", "mother", [("Michelle", "Pardy")], dt.date(1983, 6, 27), addresses=[HOME_C], phones=["07593 412 860"]),
    _p("st", "step_parent", [("Wayne", "Ricketts")], dt.date(1980, 1, 15), addresses=[HOME_C]),
    _p("f", "father", [("Darren", "Pardy")], dt.date(1981, 8, 19), phones=["07851 772 406"]),
], "c")

DOCS_C = [
    ("missing person return home interview", """RETURN HOME INTERVIEW (RHI) - Hampshire Children's Services, New Forest
Young person: [[PARDY, Kacey|name]]   DOB [[08/03/2010|dob]]   NHS [[785 560 1740|nhs]]   UPN [[H850203011564|upn]]
Address: [[8 Kingfisher Walk|address]], [[Poulner|place]], [[Ringwood|place]] [[BH24 1XG|postcode]]
Missing episode: from 16:00 on Friday [[13th November|date]] to 02:30 on [[15/11/2026|date]] (found by police at [[Boscombe|place]]
pier). Interview: [[17/11/2026|date]], at Costa in [[Ringwood|place]], by [[Jess Tarrant|name]] (RHI worker).
[[Kacey|name]]'s account: she got the X3 bus to [[Bournemouth|place]] with [[Ellie-Rose|name]] (surname not given) and met "[[Tiny|name]]"
and "[[Dre|name]]", older boys from [[Southampton|place]]. Stayed at a flat in [[Springbourne|place]]. They gave her vapes and
weed. She was asked to "hold" a bag. Phone was taken from her for a day.
She says she went because of arguments with [[Wayne|name]] (stepdad): "he calls me a slag in front of my mum".
She wants to see her dad, [[Darren Pardy|name]], in [[Fordingbridge|place]] more. Dad's phone [[07851 772 406|phone]].
Worries: she owes [[Dre|name]] £200. Car seen: black Audi A3 [[HW70 OPL|vehicle]].
[[Kacey|name]]'s phone: [[07887 153 620|phone]]. Snapchat: kaceyyy.xo (not a name).
Shared with SW [[Owen Fairbrother|name]] and the exploitation lead DS [[Rachel Gould|name]].
[[Kacey|name]] named others at the flat: "[[Big T|name]]" (maybe the same as [[Tiny|name]]), a girl "[[Shanice|name]]" from
[[Winton|place]], and an older man "[[Gaz|name]]" who drove. She said [[Ellie-Rose|name]] left early with her cousin [[Frankie|name]]. She
was told to come back on [[the 28th|date]]. Her key adult: Miss [[Hollis|name]]. Mum's view: "[[Wayne|name]] and her clash". RHI
shared with [[Michelle Pardy|name]] on [[18/11/2026|date]].
"""),
    ("Snapchat messages photographed by mother and typed up", """From [[Michelle Pardy|name]]'s photos of [[Kacey|name]]'s phone, typed by
SW [[Owen Fairbrother|name]], [[19/11/26|date]]
(usernames not names; spelling as in the photos)

dre_sotn: u still owe me [[kace|name]]
kaceyyy.xo: i no. i aint got it
dre_sotn: come [[bmth|place]] sat. [[tiny|name]] will get u from the bus station
kaceyyy.xo: my mum took my money
dre_sotn: then come to [[southampton|place]]. get train from [[brockenhurst|place]]
kaceyyy.xo: my dad lives [[fordingbridge|place]] i cud say im there
dre_sotn: say ur at [[ellie|name]]s
kaceyyy.xo: [[ellie|name]] got grounded
dre_sotn: [[28th|date]]. dont tell no1 or ur little brother gets it
kaceyyy.xo: i aint got a brother lol its just me and [[wayne|name]]s kids
dre_sotn: [[keyon|name]] knows where u live. [[kingfisher walk|address]] innit
Note from SW: [[Kacey|name]] has no brother; [[Wayne Ricketts|name]]'s children [[Leo|name]] and [[Archie Ricketts|name]] stay alternate
weekends.
kaceyyy.xo: [[tiny|name]] said [[gaz|name]] wud drive me
dre_sotn: [[gaz|name]] is busy. get the bus to [[bmth|place]] n [[shanice|name]] will meet u
Note: [[Michelle|name]] reports a second account, kace_2010, used on [[21/11|date]]; she showed it to PC [[Fenwick|name]].
"""),
    ("child exploitation panel minutes", """MACE (Missing, Exploited and Trafficked) PANEL - New Forest - MINUTES -
[[24 November 2026|date]]
Chair: [[Deborah Lacey|name]]. Present: DS [[Rachel Gould|name]]; [[Owen Fairbrother|name]] (SW); [[Jess Tarrant|name]] (RHI);
[[Mark Eveleigh|name]] (DSL, [[Ringwood School|school]]); [[Kim Abbott|name]] (youth worker at the youth club in [[Ringwood|place]]).
Item 3: [[Kacey Pardy|name]], 16, of [[Poulner|place]].
- Missing 4 times since [[1 September|date]]; last return [[15/11|date]].
- Linked to "[[Dre|name]]" ([[Andre Bailey-Nkemelu|name]], 19, [[Shirley|place]], [[Southampton|place]]) and "[[Keyon|name]]"; Audi
[[HW70 OPL|vehicle]] seen at [[Ringwood|place]] bus station [[20/11|date]] and in [[St Leonards|place]] at the garage.
- School: attendance 64%. [[Kacey|name]] is close to Miss [[Hollis|name]] (English). Friend [[Ellie-Rose Cutler|name]] also of concern
(referred to [[Bournemouth|place]] team).
- Mum [[Michelle|name]] wants a tracker on the phone. Stepdad [[Wayne|name]]: "she's trouble". Dad [[Darren|name]] offers to have her at
[[22 Station Road|address]], [[Fordingbridge|place]] [[SP6 1JW|postcode]].
Actions: NRM referral (DS [[Gould|name]]); disruption notice to [[Bailey-Nkemelu|name]]; [[Owen|name]] to visit dad's by [[1/12/2026|date]].
Next review: [[22 December 2026|date]].
- Intelligence: [[Gaz|name]] believed to be [[Gary Tuck|name]], 34, of [[Kinson|place]]; "[[Shanice|name]]" is [[Shanice Morgan-Lee|name]]
(16), open to the [[Bournemouth|place]] team (SW [[Femi Adeyemi-Clarke|name]]).
- [[Kacey|name]] told [[Jess|name]] that [[Wayne Ricketts|name]] "took her phone and threw it"; [[Owen|name]] to speak to [[Michelle|name]]
and [[Wayne|name]] on [[30 November|date]].
"""),
    ("mother's phone call to the duty line, noted", """DUTY CALL - [[26/11/2026|date]] 22:14 - taken by [[Priya Sandhu|name]] (out of hours)
Caller: [[Michelle Pardy|name]], mum of [[Kacey|name]], ringing from [[07593 412 860|phone]].
says [[kacey|name]] not home from school, last seen [[Ringwood|place]] high street 4pm by her neighbour [[Brenda Cole|name]].
[[kacey|name]]'s
phone off. mum has rung [[darren|name]] in [[Fordingbridge|place]] - not there. Has rung [[Ellie-Rose|name]]'s mum ([[Tina
Cutler|name]], [[07915 246 037|phone]]) - girls not together.
Mum thinks she's gone to "[[Dre|name]]" in [[Southampton|place]] as it is [[the 26th|date]] and he said "[[28th|date]]". Advised to ring
101/999,
police ref given by mum: 44-26-1192 (not checked). [[Wayne|name]] out looking in his van [[YB16 TCE|vehicle]] round [[Poulner|place]]
and [[Ashley Heath|place]].
23:05 mum rang back: [[Kacey|name]] picked up by PC [[Fenwick|name]] at [[Brockenhurst|place]] station with a girl called [[Jaz|name]],
brought home. Mum will ring SW [[Owen Fairbrother|name]] in the morning. Email sent to [[owen.fairbrother@hants.gov.uk|email]].
Note by [[P. Sandhu|name]]: mum calmer. [[Jaz|name]] = [[Jasmine Okoro|name]], 15, of [[Ringwood|place]] (not known). Neighbour
[[Brenda Cole|name]] at [[no. 10|address]] gave police the time. Next: [[Owen|name]] and DS [[Gould|name]] [[27/11|date]].
"""),
]


# --- D. Doyle family (white British and father in Ireland), West Moors, grandad in Three Legged Cross

HOME_D = d.Address("3 Heathfield Close", "West Moors", "Ferndown", "BH22 0LS")
GRANDAD_D = d.Address("Plot 4, Woolsbridge Park", "Three Legged Cross", "Wimborne", "BH21 6RA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Archie", "Doyle")], dt.date(2013, 12, 1), addresses=[HOME_D], ids=["2589043023", "V835209617112"],
       schools=["West Moors Middle School"]),
    _p("s", "sibling", [("Ruby", "Doyle")], dt.date(2016, 7, 22), addresses=[HOME_D], ids=["6202411430"]),
    _p("m", "mother", [("Natalie", "Doyle")], dt.date(1989, 11, 5), addresses=[HOME_D], phones=["07306 944 518"]),
    _p("g", "grandparent", [("Terry", "Doyle")], dt.date(1958, 3, 17), addresses=[GRANDAD_D], phones=["01202 891 457"]),
], "c")

DOCS_D = [
    ("adult mental health crisis team's notification to children's services", """From: Community Mental Health Team (East Dorset)
<cmht.east@dorsethealthcare.nhs.uk>
To: Children's Advice and Duty Service
Sent: Tuesday [[6 October 2026|date]] 16:52
Subject: Parent in crisis - [[Natalie DOYLE|name]], DOB [[05/11/1989|dob]] - children at home

Hi,
Our crisis team saw [[Natalie Doyle|name]] at [[3 Heathfield Close|address]], [[West Moors|place]] [[BH22 0LS|postcode]] today after her GP
(Dr [[Fairweather|name]], Moors Valley Surgery) asked for an urgent visit. [[Natalie|name]] has bipolar disorder and has stopped her
lithium.
She had been drinking (vodka, about a litre a day by her account) and had not slept for three nights. Children [[Archie|name]] (12)
and [[Ruby|name]] (10) were in; [[Archie|name]] had made toast for [[Ruby|name]] and got her to school. [[Natalie|name]] told us
[[Archie|name]] "keeps the house going".
Their grandad [[Terry Doyle|name]] ([[01202 891 457|phone]]) lives at [[Three Legged Cross|place]] and collected the children at
15:30. The children's father, [[Liam Connors|name]], is in [[Cork|place]] (Ireland) and has no contact.
Plan: home treatment team daily; alcohol service referral (We Are With You, [[Ferndown|place]]); review [[9/10|date]].
Kind regards,
[[Sam Elkins|name]], CPN | [[01202 849 371|phone]] | [[sam.elkins@dorsethealthcare.nhs.uk|email]]
PS: [[Natalie|name]]'s friend [[Leanne Coakes|name]] (neighbour at [[no. 5|address]]) has a key. [[Natalie|name]] asked us not to tell
[[Dean|name]] anything. Her care coordinator from [[12 October|date]] is [[Priya Mistry|name]].
"""),
    ("grandfather's phone call, typed verbatim by duty worker", """PHONE NOTE - duty - [[12/10/2026|date]] 10:20 - Mr [[Terry Doyle|name]]
(maternal grandfather)
"It's [[Terry|name]], [[Terry Doyle|name]], [[Natalie|name]]'s dad. I've got the two kiddies at mine on the park, [[plot 4|address]] at
[[Woolsbridge|place]], since Tuesday [[the 6th|date]]. [[Archie|name]]'s a good lad but he won't go to school, says he has to check
on his mam. [[Ruby|name]]'s fine, she's with my partner [[Bridget|name]] doing her reading.
[[Natalie|name]] rang me Sunday at 3 in the morning from a number I don't know, [[07521 336 408|phone]], crying, said [[Dean|name]] is
round.
[[Dean Merritt|name]], he's the one who gets her the drink. Lives over in [[Verwood|place]], drives a white Transit,
[[GU62 WMF|vehicle]]. I don't want him near the kids.
The school's rung, Mrs [[Gulliver|name]] at [[West Moors Middle|school]]. I can't read the letters they send, love, my eyes.
My number's the house phone, [[01202 891 457|phone]]. Our [[Sean|name]] - my son - can take them at weekends, he's in [[Ringwood|place]]."
Worker: [[Abby Crouch|name]]. Passed to SW [[Daniel Osei-Bonsu|name]].
"And another thing, [[Bridget|name]]'s niece [[Shauna|name]] saw [[Dean|name]] in [[West Moors|place]] on Friday with
[[Natalie|name]]'s bank card. I told [[Natalie|name]]. She said I'm an interfering old man. [[Archie|name]] heard."
"""),
    ("boy's worksheet scanned and read by OCR", """[OCR text, [[West Moors Middle School|school]] - PSHE "My week" sheet, scanned
[[2O/1O/2O26|date]]]

Narne: [[Archie DoyIe|name]]    Class: 7M    Date: [[l9.10.26|date]]

Monday - I got [[Rubv|name]] up and did her packed Iunch. Mum was asIeep.
Tuesday - Grandad [[Terrv|name]] took us to Moors VaIley on the bikes. I liked it.
Wednesday - [[Dean|name]] came round and mum was Ioud. I took [[Ruby|name]] to [[Ferndovvn|place]] to [[KeIsey|name]]'s house (my friend).
Thursday - Mrs [[GuIIiver|name]] asked if I am ok. I said yes.
Friday - mum did not come out of her room. I rang Grandad on [[01202 891 457|phone]].
The thing I worrv about most: mum going in hospitaI again like when I was in year 4 at [[St Leonards|place]].
Teacher comment ([[J. Gulliver|name]]): [[Archie|name]] has written more than ever before. Please see DSL, Mr [[Hayward|name]].
Extra: I want to Iive with Grandad [[Terrv|name]] and [[Bridqet|name]] but not forever. [[Rubv|name]] says the same.
[[KeIsey|name]]'s mum [[Jo Arnott|name]] is nice to us.
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - [[Archie Doyle|name]] ([[01/12/2013|dob]]) and [[Ruby Doyle|name]]
([[22/07/2016|dob]])
Date: [[23 November 2026|date]], [[West Moors|place]] library meeting room. Chair / SW: [[Daniel Osei-Bonsu|name]]
Present: [[Natalie Doyle|name]]; [[Terry Doyle|name]]; [[Sam Elkins|name]] (CPN); [[Tom Hayward|name]] (DSL, [[West Moors Middle
School|school]]); [[Gemma Strode|name]] (young carers, Carers Support Dorset); [[Ruby|name]]'s teacher Miss [[Kingsley|name]] from
[[Emmanuel|school]] sent a report.
IDs checked: [[Archie|name]] NHS [[2589043023|nhs]], UPN [[V835209617112|upn]]; [[Ruby|name]] NHS [[620 241 1430|nhs]].
Progress: [[Natalie|name]] back on lithium since [[14/10|date]], 5 weeks sober; attends the group at [[Ferndown|place]] on Thursdays.
[[Dean Merritt|name]] not at the house since [[the 20th of October|date]] (police warning, PC [[Snook|name]]).
[[Archie|name]]: attendance up to 88%; assessed as a young carer on [[11/11/2026|date]]. He wants "to do football again" in
[[Ferndown|place]] on Saturdays with his mate [[Kelsey Arnott|name]]'s brother [[Mason|name]].
[[Ruby|name]]: happy, wants to stay with grandad [[Terry|name]] "sometimes". Uncle [[Sean Doyle|name]] ([[07542 781 034|phone]]) offers
weekends at his flat in [[Ringwood|place]].
Next review: [[25 February 2027|date]]. Mum's number for the plan: [[07306 944 518|phone]].
Views: [[Archie|name]] (seen alone by [[Daniel|name]] on [[19/11|date]]): "mum is better but I still check". [[Natalie|name]]:
wants [[Archie|name]] to "just be a kid". [[Terry|name]]: worried about [[Dean|name]]. [[Gemma Strode|name]] to offer [[Archie|name]]
the Saturday group in [[Ferndown|place]]. Minute taker: [[Chloe Randall|name]].
"""),
]


# --- E. Fenwick family (white British), Corfe Mullen, a disabled boy of 9 -----------------------------------------------

HOME_E = d.Address("12 Lambsfield Close", "Corfe Mullen", "Wimborne", "BH21 3TJ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Fenwick")], dt.date(2017, 5, 19), addresses=[HOME_E], ids=["7235475676", "Z835317319048"],
       schools=["Montacute School"]),
    _p("m", "mother", [("Laura", "Fenwick")], dt.date(1987, 4, 9), addresses=[HOME_E], phones=["07542 781 033"],
       emails=["laurafen87@gmail.com"]),
    _p("f", "father", [("Daniel", "Fenwick")], dt.date(1985, 10, 28), addresses=[HOME_E], phones=["07379 620 418"],
       ids=["PK 62 18 44 A"]),
    _p("s", "sibling", [("Isla", "Fenwick")], dt.date(2020, 2, 6), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("short breaks application form", """DORSET COUNCIL - SHORT BREAKS FOR DISABLED CHILDREN - APPLICATION
Section 1 - The child
Full name: [[Oscar Daniel FENWICK|name]]     Known as: [[Ozzy|name]]     Date of birth: [[19/05/2017|dob]]
NHS number: [[723 547 5676|nhs]]     UPN: [[Z835317319048|upn]]     School: [[Montacute School|school]], [[Poole|place]]
Diagnosis: autism, severe learning disability, epilepsy (seizures most weeks), non-verbal; uses PECS and some Makaton.
Section 2 - Parents / carers
[[Laura Fenwick|name]] (mum) [[07542 781 033|phone]] [[laurafen87@gmail.com|email]]
[[Dan Fenwick|name]] (dad) [[07379 620 418|phone]] NI [[PK 62 18 44 A|ni]] (for the carer's allowance check)
Address: [[12 Lambsfield Close|address]], [[Corfe Mullen|place]], [[Wimborne|place]] [[BH21 3TJ|postcode]]
Other children: [[Isla|name]], 6, at [[Corfe Hills|school]]? no - at [[Lockyer's|school]] First.
Section 3 - What would help
We have not had a night off since [[Boxing Day 2023|date]]. [[Oscar|name]] wakes at 3 or 4 most nights. [[Dan|name]] works shifts at the
airport at [[Hurn|place]]. My mum, [[Jan Stainer|name]], helped until her stroke on [[9 March|date]]; she lives in [[Broadstone|place]].
We would like overnight stays at a short breaks unit and a PA for Saturdays.
Signed [[L Fenwick|name]]   Date [[02/10/2026|date]]
Professional supporting: [[Rachel Yeo|name]], family liaison at [[Montacute|school]], [[01202 572 146|phone]].
Section 4 - Who else knows [[Oscar|name]] well: [[Aimee Hurrell|name]] (TA at school); his nan [[Jan Stainer|name]]; our neighbour
[[Paul Rendell|name]] at [[no. 14|address]]; his consultant Dr [[Anand|name]]; his old nursery key worker [[Gemma Rolfe|name]] in
[[Broadstone|place]].
"""),
    ("mother's voice note to the key worker, auto-transcribed", """[voice note, 03:12, Thursday [[15 October|date]], from
[[Laura Fenwick|name]] - auto transcript, not corrected]

hi [[becky|name]] sorry its the middle of the night its [[laura|name]] [[oscar|name]]s mum um he's had two seizures since one
o'clock the second one was nearly five minutes so I gave the buccal and he's come round now he's on the sofa with [[dan|name]]
I just need someone to know um [[dan|name]] has got work at six and I've got [[isla|name]] to get to school and the taxi for
[[oscar|name]] didn't come yesterday again the driver [[kev|name]] said he wasn't told so I drove him to [[poole|place]] and was
late for my shift at the co-op in [[corfe mullen|place]] and I can't keep doing this [[becky|name]] honestly I love him so
much but I'm on my knees my mum can't help any more and [[dan|name]]s mum is in [[Weymouth|place]] and anyway um
the respite place at [[Merley|place]] said no beds until [[january the 4th|date]] so yeah sorry, ring me after nine on
[[07542 781 033|phone]]
thanks bye
[second voice note, 03:15] oh and [[becky|name]] tell [[hayley|name]] the bed guard broke again [[oscar|name]] pulled it off
and [[isla|name]] is sleeping in with me um and [[aimee|name]] from school said she could do saturdays if the money comes through ok bye
"""),
    ("occupational therapist's home visit report", """OT HOME ASSESSMENT - Children's Disability Team
Child: [[FENWICK, Oscar|name]]   DOB [[19.05.2017|dob]]   Visit date: [[27.10.2026|date]]   OT: [[Hayley Brimble|name]]
Address seen: [[12 Lambsfield Cl|address]], [[Corfe Mullen|place]]. Semi-detached house, stairs to bedrooms.
Present: mum [[Laura|name]], dad [[Daniel|name]], grandmother Mrs [[Janet Stainer|name]] (visiting from [[Broadstone|place]]).
[[Oscar|name]] now 25kg and mum lifts him on the stairs. He climbs out of his bed; has fallen twice (on [[10/10|date]] and the
[[18th|date]]). Bathing unsafe.
Recommendations: safe space bed (Dorset equipment service), stairlift assessment, hoist later, wet room via DFG (grant officer
[[Martin Keats|name]]). Seizure alarm. Car seat for the Touran, [[HJ17 WZB|vehicle]].
Next: joint visit with SW [[Rebecca Lyle|name]] ("[[Becky|name]]") on [[10 November 2026|date]]. Copy to GP, Dr [[Anand|name]],
Corfe Mullen Surgery, and to [[Rachel Yeo|name]] at [[Montacute|school]].
Seen also: [[Isla Fenwick|name]] (6) who said "[[Ozzy|name]] bites when he's cross". Dad says his employer ([[Hurn|place]], airport
shifts) will not change his rota; his manager is [[Steve Gosney|name]]. Mrs [[Stainer|name]] uses a walker now.
"""),
    ("short breaks panel minutes", """SHORT BREAKS RESOURCE PANEL - [[19 November 2026|date]]
Chair: [[Andrea Cleall|name]]. Members: [[Rebecca Lyle|name]] (SW), [[Hayley Brimble|name]] (OT), [[Simon Pardoe|name]] (finance),
Dr [[Nkechi Anand|name]] (community paediatrics, [[Poole|place]]).
Case 4: [[Oscar Fenwick|name]] (9), [[Corfe Mullen|place]]. Family: [[Laura|name]] and [[Daniel Fenwick|name]], sister [[Isla|name]].
Presented by [[Becky Lyle|name]]. Parents' letter read out; mum's night voice note of [[15/10|date]] summarised.
Discussion: [[Simon|name]] asked whether direct payments could fund a PA; [[Laura|name]] has found one, [[Aimee Hurrell|name]]
from [[Bearwood|place]], who already works with [[Oscar|name]] at [[Montacute|school]]. Overnight unit at [[Merley|place]] full;
[[Christchurch|place]] has beds from [[7 December|date]].
Decision: 24 overnights a year at [[Christchurch|place]] starting [[7/12/2026|date]]; direct payment for 6 hours a week (PA
[[Aimee Hurrell|name]]); transport complaint to go to [[Craig Munday|name]] (SEN transport).
Parents to be told by [[Becky|name]] by [[23rd November|date]]. Letter to [[12 Lambsfield Close|address]], [[BH21 3TJ|postcode]].
Dissent: none. [[Andrea Cleall|name]] asked [[Hayley|name]] to chase the bed by [[1 December|date]]. [[Rebecca|name]] noted
[[Daniel|name]]'s
mother, Mrs [[Maureen Fenwick|name]], in [[Weymouth|place]], could help in school holidays. Minutes: [[Tracey Dibben|name]].
"""),
]


# --- F. Mitchell family (white British), Verwood, a young carer of 14 and a father after a stroke --------------------

HOME_F = d.Address("19 Woolsbridge View", "Verwood", "", "BH31 6PN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kai", "Mitchell")], dt.date(2012, 2, 27), addresses=[HOME_F], ids=["8107076044", "H835620413275"],
       schools=["Queen Elizabeth's School"]),
    _p("f", "father", [("Gary", "Mitchell")], dt.date(1976, 7, 4), addresses=[HOME_F], phones=["01202 826 790"]),
    _p("m", "mother", [("Toni", "Mitchell"), ("Toni", "Baverstock")], dt.date(1984, 1, 21), phones=["07821 309 554"]),
], "c")

DOCS_F = [
    ("young carers' assessment", """YOUNG CARERS NEEDS ASSESSMENT - Carers Support Dorset
Young carer: [[Kai MITCHELL|name]]   DOB [[27-02-2012|dob]]   NHS [[8107076044|nhs]]   UPN [[H835620413275|upn]]
School: [[Queen Elizabeth's School|school]] ("QE"), [[Wimborne|place]], Year 9
Lives with: dad, [[Gary Mitchell|name]] (50), at [[19 Woolsbridge View|address]], [[Verwood|place]] [[BH31 6PN|postcode]], landline
[[01202 826 790|phone]]. [[Gary|name]] had a stroke on [[2 February 2026|date]]: weak right side, aphasia, low mood.
Mum: [[Toni Baverstock|name]] (was [[Mitchell|name]]) lives in [[Salisbury|place]] with partner [[Craig|name]]; sees [[Kai|name]] some
Sundays. Mobile [[07821 309 554|phone]].
[[Kai|name]] does: helps dad wash and dress, cuts up his food, does his tablets with the dosette box, shopping at the
[[Verwood|place]] Co-op, walks the dog, reads dad's post.
What [[Kai|name]] said: "I don't mind, he's my dad. But I fell asleep in maths and Mr [[Lunt|name]] shouted. My mate [[Josh
Bessant|name]] covers for me." Best friend [[Josh|name]]; [[Josh|name]]'s mum [[Kerry Bessant|name]] gives him lifts to [[Wimborne|place]].
Assessed by [[Tasha Pike|name]] on [[5/11/2026|date]] at home. Dad's speech therapist [[Ruth Ng|name]] present.
Plan: young carers' group in [[Ferndown|place]] on Tuesdays; letter to school; refer [[Gary|name]] for a care package; review
[[4th March 2027|date]].
Who helps: neighbour [[Dave Pike|name]] ([[no. 21|address]]) and his wife [[Sylvia|name]]; [[Gary|name]]'s brother [[Keith Mitchell|name]]
in
[[Fordingbridge|place]] (rarely); the church in [[Verwood|place]] (Rev [[Anne Tapper|name]]). [[Kai|name]]'s nan [[Pat Mitchell|name]] is
in a
care home in [[Southbourne|place]]; [[Kai|name]] visits her with [[Keith|name]] sometimes.
"""),
    ("text messages between the boy and his mother, copied with consent", """texts [[Kai|name]] <-> mum ([[Toni|name]]), shown to
[[Tasha|name]] on [[12/11|date]], copied with [[kai|name]]s ok

Mum: hiya babe u ok? cant do sunday, [[craig|name]]s got work so no lift from [[salisbury|place]] x
[[Kai|name]]: its fine
Mum: hows dad
[[Kai|name]]: same. he fell in the bathroom tues. i got him up
Mum: omg [[kai|name]]. u shud ring 999 not lift him
[[Kai|name]]: he didnt want an ambulance. mr [[pike|name]] from next door helped
Mum: who
[[Kai|name]]: [[dave|name]] at [[no 21|address]]. [[tasha|name]]s dad lol no not really same name
Mum: ok. do u want to come here for xmas? [[craig|name]] says fine
[[Kai|name]]: who looks after dad tho. nan [[pat|name]] is in [[bournemouth|place]] n she cant drive
Mum: ill ring social. love u
[[Kai|name]]: u always say that
[[Kai|name]]: sorry. love u 2. my new number is [[07412 558 962|phone]] btw old 1 broke
Mum: [[keith|name]] said he'd take u to nan [[pat|name]] on [[the 20th|date]]
[[Kai|name]]: ok. [[josh|name]]s mum is taking me to [[wimborne|place]] on sat
"""),
    ("GP's email to children's services", """From: Dr [[Helen Ashworth|name]] <[[helen.ashworth1@nhs.net|email]]>
To: Children's Advice and Duty Service
Date: [[17 November 2026|date]]
Subject: Young carer concern - [[Kai Mitchell|name]] ([[27/02/2012|dob]]), [[Verwood|place]]

Dear colleagues,
I saw [[Gary Mitchell|name]] (DOB [[04/07/1976|dob]]) at Verwood Surgery today for a review; his son [[Kai|name]] came with him and
interpreted for his dad, who has expressive aphasia. [[Kai|name]] looked exhausted and told me he gets up at 6 to do his father's
insulin. That is not a job for a 14-year-old. There has been a fall (reported [[10 Nov|date]]) and the district nurse, [[Sandra
Hiscock|name]], thinks [[Gary|name]] has been missing doses.
[[Kai|name]]'s mother [[Toni|name]] lives in [[Salisbury|place]]. The paternal grandmother, Mrs [[Pat Mitchell|name]], is in a care home
in [[Southbourne|place]].
Could you look at a carer's assessment for [[Gary|name]] and support for [[Kai|name]]? I have spoken with [[Tasha Pike|name]] at the
young carers' service, who agrees.
Many thanks,
[[Helen Ashworth|name]]
GP partner | [[01202 826 790|phone]] is the family's landline; surgery [[01425 655 204|phone]]
PS I have also written to the stroke team ([[Poole|place]] hospital, Dr [[Varga|name]]) and to [[Gary|name]]'s neighbour [[Dave Pike|name]],
with [[Gary|name]]'s consent, who has been checking on him.
"""),
    ("school pastoral lead's attendance and welfare letter", """[[Queen Elizabeth's School|school]]
[[Blandford Road|address]], [[Pamphill|place]], [[Wimborne Minster|place]] [[BH21 4DT|postcode]]

[[30th November 2026|date]]

Mr [[G Mitchell|name]]
[[19 Woolsbridge View|address]]
[[Verwood|place]]
[[BH31 6PN|postcode]]

Dear Mr [[Mitchell|name]],
Re: [[Kai Mitchell|name]], Year 9 (tutor group 9LN)
Thank you for seeing Mrs [[Bridie Coombes|name]] (Head of Year 9) and Ms [[Tasha Pike|name]] at home on Wednesday [[25 November|date]].
[[Kai|name]]'s attendance this term is 82%, with absences on [[8 Sept|date]], [[2 Oct|date]], [[3/10|date]], [[10 Nov|date]] and
[[11/11|date]]. We understand these were days when you were unwell and [[Kai|name]] stayed home to help.
From [[1 December|date]] [[Kai|name]] can use the pastoral base at break, and Mr [[Lunt|name]] has agreed extra time for maths
homework. The school bus from [[Verwood|place]] leaves at 07:45; [[Kai|name]]'s friend's mother, Mrs [[Bessant|name]], has offered
lifts on Mondays.
Please contact Mrs [[Coombes|name]] on [[01202 693 119|phone]] or [[b.coombes@qe.dorset.sch.uk|email]].
Yours sincerely,
[[Bridie
Coombes|name]]
Head of Year 9
cc: [[Tasha Pike|name]] (young carers); SW [[Liam Fordham|name]], Dorset Council.
Attendance officer: Mr [[Tim Greatorex|name]]. Tutor: Ms [[Lorna Neale|name]] (9LN).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 184 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 19:48 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "meikha", "kong", "bah", "mei", "pa"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "dorset", "east dorset",
               "hampshire", "new forest", "india", "north-east india", "meghalaya", "ireland", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Kong Rida", "Bah Pynshai", "Meikha") and states, counties and
# countries ("Meghalaya", "Dorset", "Hampshire", "New Forest").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
