"""Set 90: a held-out hand-written set for the redaction detector, six more invented families in Southampton, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set91.py
to bench/redaction_set93.py and their tests (written by other helpers at the same time), that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py's
module docstring, its first records and
documents, passages of its last documents, its word lists and its closing lines (the layout and marking conventions
followed here), tests/test_redaction_set21.py in full and the first lines of tests/test_redaction_set25.py, the `Records` and
`HandSet` helpers and imports of bench/redaction_handwritten.py, and of the docstrings of sets 7 to 89 only the words matched by
a search for Southampton districts and for communities (to see which districts earlier sets used as a family's home and which
communities they wrote about); the docstrings were printed through ast and no set's body was searched. Set 15's checker was run
through HandSet, not read. Phone numbers were checked with the phonenumbers library; NHS numbers and UPNs (LA 852) were made with
their check digits in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake
in the gold marking is found after scoring, correct only the marking and say so here.

Six families, each from a Southampton district no earlier set used as a family's home: a white British family in Coxford, with
a grandmother in Totton (Marsh / Fry; a boy of 9 shut in a bathroom by his mother's partner, a hook-and-eye on the door, a baby
sister, a grandmother who takes him in); an Azorean Portuguese family in Sholing, with the father and grandmother on São Miguel
(Medeiros / Rego; a boy of 12 hit by his mother's boyfriend, who has a conviction in Portugal, a wish to go back to the Azores,
voice notes in Portuguese); a Gibraltarian family in Lordshill, with a grandmother on the Glacis Estate in Gibraltar
(Caruana / Ferro; a boy of 14 criminally exploited into county lines, found unconscious, a grandmother's email half in Llanito);
a white British father and daughter in Maybush (Bright / Winter; a girl of 6 burnt by her mother's partner, a child arrangements
order, a partner who breaks contact rules and waits outside school); a Black British Caribbean family in Peartree, with a
grandmother as kinship carer, a mother in prison and a father in Jamaica (Lord / Baptiste; a boy of 11 drawn in by older boys, a
knife, a family group conference); and a young white British mother, a care leaver, in Swaythling (Hollis / Penfold; strangulation
with a baby of six months in the room, a friend's Snapchat chat). The two communities no earlier set used are the Azorean
Portuguese and the Gibraltarian. 24 documents, four per family, each with its own style: a home visit case note, a mother's texts
typed up, a grandmother's handwritten letter, initial child protection conference minutes; a school's referral letter, a father's
voice notes transcribed and translated from Portuguese, a police body-worn video transcript, a single assessment summary; strategy
discussion minutes, a grandmother's email half in Llanito, a National Referral Mechanism form, an emergency department discharge
summary; an OCR'd school admission form with OCR errors, a chronology table, a supervised contact record, a father's witness
statement; a family group conference plan, a family support worker's notes typed fast on a phone, a school attendance letter, a
grandmother's voicemail transcribed; a police public protection notice, a Snapchat chat typed up, a leaving care pathway plan
review and a MARAC referral form.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers, UK and foreign (Portugal, Gibraltar,
Jamaica, the United States). The council (Solent Water), the interpreting agency (LinguaSol), the contact centre (Harbour Lights),
the housing society and some schools are invented; towns, districts, estates, hospitals, police forces, prisons, courts, churches,
charities, shops and programmes are real or stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Mister, Dr,
PC, DC, DS, PCSO, Sr., Senhor, Dona, Pastor, Father, Brother, Grandma, Uncle, Auntie, aunty, Nan, Mum, Dad) stay outside the name
span, before or after the name; a possessive 's and a texting bare s stay outside; "SURNAME, First" is one span; a name broken by a
line break is one span holding the break, and so is an address or a date; initials alone ("DJ", "K") are not marked; a collar
number after a name stays outside; weekdays stay outside dates; months and years alone are not marked; countries, regions and
territories are not places ("Portugal", "the Azores", "Jamaica", "Hampshire", "the United States"); organisations are not marked
even when they hold a town's or a person's name ("Lordshill Health Centre", "Southampton Children's Hospital", "CPCJ Ribeira
Grande", "HMP Eastwood Park", "Cafcass"); parks, lakes and landmarks stay unmarked ("Mayfield Park", "Testwood Lakes", "Itchen
Bridge", "Civic Centre"); a school's short form is a school ("Woolston", "Testwood", "Wordsworth", "Tanners Brook").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: Gibraltar, and its short form
"Gib", are a place (the city is the whole territory, and with the Glacis it locates a grandmother's home), while "Gibraltarian"
as a nationality is not marked; Gibraltar's housing estates ("Glacis Estate", "the Glacis", "Humphreys") are places, like any
estate; islands where the family lived ("São Miguel") are places, as set 21's Peros Banhos was; a Portuguese postcode ("9500-216")
is a postcode; a Portuguese date written in words ("dezanove de março de dois mil e vinte", "dezassete de fevereiro") is a date or
a dob, and a date of birth given by a suspect in words ("Ten of the April, eighty-six") is a dob; a child's mishearing of a
teacher's name ("Miss Rainbow") is a name; an OCR'd date or town with letter O for zero ("26/1O/2026", "S0UTHAMPT0N") is marked
like its clean form; a neighbour's flat number alone ("Flat 14", "no 11", and a buzzer number "12") is an address; a Snapchat
contact saved as a nickname with an emoji ("ambs 💕") is not marked, but the friend's name beside it is; street nicknames of
people ("Bugsy", "T-Bone", "Tiny", "Scouse Dave", "Gibbo") are names; the interpreter's reference and a police occurrence,
hospital and court case number are not marked.

Self-check without the detector: `python -m bench.redaction_set90` (and tests/test_redaction_set90.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words and countries and regions, and prints the number
of documents and gold spans per kind: 24 documents, 921 gold spans, 512 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Marsh / Fry family (white British), Coxford ----------------------------------------------------------------------

HOME_A = d.Address("14 Cedar Lodge Road", "Coxford", "Southampton", "SO16 5PB")
NAN_A = d.Address("6 Ringwood Road", "", "Totton", "SO40 8DY")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Marsh")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["3179945796", "Q852226630627"],
       schools=["Lordshill Academy"]),
    _p("s", "sibling", [("Willow", "Fry")], dt.date(2025, 10, 2), addresses=[HOME_A], ids=["4474518209"]),
    _p("m", "mother", [("Tegan", "Marsh")], dt.date(1999, 1, 23), addresses=[HOME_A], phones=["07823 416 590"],
       ids=["JR 46 19 83 B"]),
    _p("f", "father", [("Jordan", "Fry")], dt.date(1997, 8, 14), addresses=[HOME_A], phones=["07961 338 207"]),
    _p("g", "grandparent", [("Sharon", "Marsh")], dt.date(1972, 6, 30), addresses=[NAN_A], phones=["023 8044 7193"]),
    _p("p1", "professional", [("Abigail", "Renshaw")], phones=["023 8083 3000"],
       emails=["abigail.renshaw@solentwater.gov.uk"]),
], "c")

DOCS_A = [
    ("home visit case note typed from a social worker's notebook", """CASE NOTE - Home visit (unannounced)
Child: [[Kayden MARSH|name]]   DOB [[09/04/2017|dob]]   NHS [[317 994 5796|nhs]]
Address: [[14 Cedar Lodge Road|address]], [[Coxford|place]], [[Southampton|place]] [[SO16 5PB|postcode]]
Worker: [[Abigail Renshaw|name]], Solent Water Children's Services, [[023 8083 3000|phone]]
Date of visit: Tuesday [[3 November 2026|date]], 16:10-17:05

Present: [[Tegan Marsh|name]] (mother), [[Kayden|name]] (9), [[Willow|name]] (13 months), and for the last ten minutes
[[Jordan Fry|name]] ([[Willow|name]]'s dad), who came in from work at the car wash on [[Winchester Road|address]].

Why: referral from [[Lordshill Academy|school]] on [[2 November|date]] - [[Kayden|name]] said to his teacher, Mr [[Oakley|name]], that
"[[Jordan|name]] locked me in the bathroom all night" and that he had not had tea. DSL Mrs [[Patience Adeyemi|name]] rang it
through at 15:20.

Home: a two-bed council maisonette, upstairs. Kitchen clean, food in the fridge (milk, yoghurts, a pack of sausages). No
lock on the bathroom door that I could see, but a hook-and-eye high on the outside, newly screwed in - [[Tegan|name]] said
it was "to stop [[Willow|name]] going in the toilet". I asked for it to come off and [[Jordan|name]] took it off in front of me.
[[Kayden|name]]'s room: a mattress on the floor, no cover, a games console and a broken blind.

[[Kayden|name]] spoke to me alone in his room. He said it was "not all night, just till [[Jordan|name]] went to sleep" and that he
had been "lippy" about his tablet. He said he is scared of [[Jordan|name]] "when he's had the green stuff" and that his
nan [[Sharon|name]] in [[Totton|place]] "lets me stay Saturdays". He wants to live at nan's. He mentioned a friend, [[Alfie Dunn|name]],
whose mum "[[Kerry|name]]" sometimes gives him tea at their flat across the landing, [[no. 16|address]].

[[Tegan|name]] said [[Jordan|name]] is "a good dad to [[Willow|name]]" and that [[Kayden|name]] is "hard work since his real dad went".
[[Kayden|name]]'s birth father is [[Dale Pike|name]], last known in [[Weymouth|place]]; no contact since
[[25 Dec
2022|date]] (per mum - check).
Nan's number from [[Tegan|name]]: [[023 8044 7193|phone]]; nan's address [[6 Ringwood Road|address]], [[Totton|place]]
[[SO40 8DY|postcode]].

Plan agreed: [[Kayden|name]] to stay at nan's tonight and tomorrow (nan agreed on the phone at 16:55); strategy discussion to be
held [[04/11/26|date]]; GP (Lordshill Health Centre) to be asked for [[Kayden|name]]'s and [[Willow|name]]'s records.
Vehicle outside: [[Jordan|name]]'s grey Corsa [[HX19 VKD|vehicle]].

Post-visit calls ([[3/11|date]]): Mrs [[Adeyemi|name]] ([[Lordshill Academy|school]]) - [[Kayden|name]] has had no PE kit since
[[21 September|date]] and has come in hungry; free school meals started [[12/10/2026|date]]. Health visitor [[Becky Stroud|name]]
([[07712 640 381|phone]]) - [[Willow|name]] seen at the [[Coxford|place]] clinic in July, weight fine. Neighbour
[[Kerry Dunn|name]] (mum of [[Alfie|name]], [[no. 16|address]]) rang me after I left: she hears [[Jordan|name]] "screaming at that
boy most
nights" and once heard [[Kayden|name]] banging on a door shouting "Mum". [[Tegan|name]]'s old friend [[Jasmine Rook|name]] texted the
duty line from [[Millbrook|place]] to say the same.
"""),
    ("mother's text messages to the social worker typed up for the file", """Texts from [[Tegan Marsh|name]] ([[07823 416 590|phone]]) to
[[Abigail Renshaw|name]] (work mobile), typed up by [[A. Renshaw|name]] on [[12.11.2026|date]]. Spelling as sent.

[[05/11/2026|date]] 07:41  hiya its [[tegan|name]]. [[kayden|name]] went school from nans, she dropped him at the gate. can u tell me
when the meeting is
[[05/11/2026|date]] 07:43  and [[jordan|name]] says sorry about the hook thing he didnt mean nothing by it
[[05/11/2026|date]] 12:15  (me) Hi [[Tegan|name]], the meeting is Monday [[9th Nov|date]] 10am at the Civic Centre. Your mum can come.
[[05/11/2026|date]] 12:31  ok. is it ok if [[shaz|name]] comes instead of [[jordan|name]] hes on shift
[[05/11/2026|date]] 12:32  [[shaz|name]] is my mum lol
[[07/11/2026|date]] 22:58  [[kayden|name]] rang me crying he wants to come home. nan shouted at him for going on her phone. can he
come home
tomoro
[[07/11/2026|date]] 23:04  i aint being funny but u dont know what its like with him. [[kerry|name]] next door says hes always been a
handful even when [[dale|name]] was here
[[08/11/2026|date]] 09:12  sorry about last nite. ive blocked [[jordan|name]] for now. hes staying at his brothers in [[woolston|place]]
[[08/11/2026|date]] 09:14  his brother is [[Kyle|name]] hes on [[Portsmouth Road|address]] by the co op
[[08/11/2026|date]] 09:20  [[willow|name]] has a temp shud i ring 111 or take her to [[Sharon|name]]s
"""),
]


# --- B. Medeiros / Rego family (Azorean Portuguese), Sholing ---------------------------------------------------------------

HOME_B = d.Address("Flat 3, 41 Station Road", "Sholing", "Southampton", "SO19 8HG")
DAD_B = d.Address("Rua de Lisboa 27", "", "Ponta Delgada", "9500-216")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tiago", "Rego"), ("Tiago", "Medeiros Rego")], dt.date(2014, 2, 17), addresses=[HOME_B],
       ids=["6571288206", "X852231467135"], schools=["Sholing Technology College"]),
    _p("s", "sibling", [("Beatriz", "Rego")], dt.date(2019, 9, 5), addresses=[HOME_B], ids=["1018431160"]),
    _p("m", "mother", [("Filomena", "Medeiros")], dt.date(1988, 12, 1), addresses=[HOME_B], phones=["07712 905 448"],
       ids=["NW 72 05 31 C"]),
    _p("f", "father", [("Rui", "Rego")], dt.date(1985, 3, 28), addresses=[DAD_B], phones=["+351 913 472 806"]),
    _p("p1", "professional", [("Daniel", "Okonjo")], phones=["023 8077 2650"], emails=["daniel.okonjo@solentwater.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school safeguarding referral letter", """[[Sholing Technology College|school]]
Safeguarding Team

To: Children's Front Door, Solent Water Council
From: Mrs [[Harriet Vane-Sutton|name]], Designated Safeguarding Lead
Date: [[16th October 2026|date]]

Re: [[MEDEIROS REGO, Tiago|name]] (Year 8), DOB [[17.02.2014|dob]], UPN [[X852231467135|upn]]
Home: [[Flat 3, 41 Station Road|address]], [[Sholing|place]], [[SO19 8HG|postcode]]

I am writing to refer [[Tiago|name]] following a disclosure to his form tutor, Mr [[Callum Reid|name]], this morning.

[[Tiago|name]] came in with a cut lip and a swollen left cheek. He told Mr [[Reid|name]] that his mother's boyfriend, whom he
called "[[Zé|name]]" (we believe [[José Furtado|name]], no date of birth known), hit him on the evening of [[15 October|date]] because he
would not turn the Benfica match off. [[Tiago|name]] said this has happened "two times before, in the holidays". He
said his sister [[Beatriz|name]] (7, at [[Valentine Primary|school]]) "just cries and hides under the bed".

[[Tiago|name]] said he wants to go back to his father, [[Rui Rego|name]], in [[Ponta Delgada|place]] on [[São Miguel|place]], where
he lived
until he was nine. He gave us his father's mobile, [[+351 913 472 806|phone]], and an address, [[Rua de Lisboa 27|address]],
[[9500-216|postcode]] [[Ponta Delgada|place]]. He said his "avó" (grandmother) lives in
[[Ribeira Grande|place]]; he did not give her name.

Mum, Ms [[Filomena Medeiros|name]] ([[07712 905 448|phone]]), was phoned at 11:30 with the help of our EAL teaching
assistant, [[Luísa Pacheco|name]], who speaks Portuguese. Mum was upset and said [[Zé|name]] "only shouted" and that [[Tiago|name]]
fell at football at Mayfield Park. She said [[Zé|name]] does not live with them but stays "some nights"; he drives a white van,
[[KN68 ZTU|vehicle]], and works at the docks.

We have not sent [[Tiago|name]] home yet; he is in the Hub with Mr [[Reid|name]]. Please ring me on [[023 8044 9921|phone]].

Yours faithfully,
[[H. Vane-Sutton|name]]
"""),
    ("voice notes in Portuguese from a father abroad, transcribed and translated by an interpreter", """TRANSCRIPT AND TRANSLATION
Three WhatsApp voice notes from Sr. [[Rui Rego|name]] ([[+351 913 472 806|phone]]) to the social worker, [[Daniel Okonjo|name]].
Transcribed and translated from European Portuguese (Azorean accent) by [[Marta Seixas|name]], LinguaSol interpreter
ref. LS-20448, on [[23/10/2026|date]].

NOTE 1 - received [[21/10/2026|date]] 19:02 (1m 40s)
PT: Boa tarde, senhor [[Daniel|name]]. Fala o [[Rui|name]], pai do [[Tiago|name]] e da [[Beatriz|name]]. Recebi a sua mensagem. Eu
estou em [[Rabo de Peixe|place]], a trabalhar na pesca, mas moro na [[Rua de Lisboa|address]], em [[Ponta Delgada|place]]. A minha
mãe, a [[Conceição|name]], pode ficar com os meninos. Ela tem uma casa grande na [[Ribeira Grande|place]].
EN: Good afternoon, Mr [[Daniel|name]]. This is [[Rui|name]], [[Tiago|name]] and [[Beatriz|name]]'s father. I got your message. I am
in [[Rabo de Peixe|place]], working on the fishing, but I live on [[Rua de Lisboa|address]] in [[Ponta Delgada|place]]. My
mother, [[Conceição|name]], can have the children. She has a big house in [[Ribeira Grande|place]].

NOTE 2 - received [[21/10/2026|date]] 19:05 (0m 52s)
PT: O telefone fixo da minha mãe é [[+351 296 284 713|phone]]. Ela não fala inglês. A [[Filó|name]] sabe disto tudo.
EN: My mother's landline is [[+351 296 284 713|phone]]. She doesn't speak English. [[Filó|name]] knows all about this.
[Interpreter's note: "[[Filó|name]]" is the usual short form of [[Filomena|name]].]

NOTE 3 - received [[22/10/2026|date]] 08:30 (2m 10s)
PT: Esse [[Zé Furtado|name]] eu conheço, é de [[Rabo de Peixe|place]] também. Foi preso em 2019... não, em
[[dezanove de março de dois mil e vinte|date]], por bater na mulher. O [[Tiago|name]] fez anos no dia [[dezassete de fevereiro|dob]].
EN: That [[Zé Furtado|name]], I know him, he's from [[Rabo de Peixe|place]] too. He went to prison in 2019... no, on the
[[nineteenth of March two thousand and twenty|date]], for hitting his wife. [[Tiago|name]]'s birthday was on the
[[seventeenth of February|dob]].
[Interpreter's note: the speaker corrects himself about the year.]

NOTE 4 - received [[22/10/2026|date]] 21:47 (1m 15s)
PT: Senhor [[Daniel|name]], falei com a [[Filó|name]]. Ela diz que o [[Zé|name]] mora agora em casa do primo dele, o
[[Nelson Furtado|name]],
na [[Spring Road|address]]. A minha irmã [[Fátima|name]] vive em [[Lagoa|place]] e o meu primo [[Paulo Rego|name]] está em
[[Fall River|place]],
nos Estados Unidos, [[+1 508 555 0176|phone]]. Todos querem ajudar. O [[Tiago|name]] pode ir à escola [[Antero de Quental|school]]
como eu.
EN: Mr [[Daniel|name]], I spoke to [[Filó|name]]. She says [[Zé|name]] now lives at his cousin's, [[Nelson Furtado|name]]'s, on
[[Spring Road|address]]. My sister [[Fátima|name]] lives in [[Lagoa|place]] and my cousin [[Paulo Rego|name]] is in [[Fall River|place]],
in the United States, [[+1 508 555 0176|phone]]. Everyone wants to help. [[Tiago|name]] can go to the [[Antero de Quental|school]]
school, like I did.
[Interpreter's note: Escola Secundária [[Antero de Quental|school]] is a secondary school in [[Ponta Delgada|place]].]
"""),
]


# --- C. Caruana / Ferro family (Gibraltarian), Lordshill -------------------------------------------------------------------

HOME_C = d.Address("22 Kendal Avenue", "Lordshill", "Southampton", "SO16 8EL")
NAN_C = d.Address("Flat 9, Toledo House, Glacis Estate", "", "Gibraltar", "GX11 1AA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Dylan", "Caruana-Ferro")], dt.date(2012, 7, 21), addresses=[HOME_C], ids=["1001320867"],
       schools=["Oasis Academy Lord's Hill"]),
    _p("m", "mother", [("Jolene", "Caruana")], dt.date(1990, 5, 11), addresses=[HOME_C], phones=["07584 217 663"],
       ids=["PH 38 66 12 A"]),
    _p("f", "father", [("Mark", "Ferro")], dt.date(1987, 11, 2), phones=["+350 5801 2294"]),
    _p("g", "grandparent", [("Mari Carmen", "Caruana")], dt.date(1961, 1, 15), addresses=[NAN_C],
       phones=["+350 200 47381"]),
    _p("p1", "professional", [("Lucy", "Brammer")], emails=["lucy.brammer@solentwater.gov.uk"]),
], "c")

DOCS_C = [
    ("strategy discussion minutes under section 47", """SOLENT WATER SAFEGUARDING PARTNERSHIP
STRATEGY DISCUSSION - MINUTES (S.47)
Child: [[CARUANA-FERRO, Dylan|name]]   D.O.B. [[21-07-2012|dob]]   NHS No. [[100 132 0867|nhs]]
Address: [[22 Kendal Avenue|address]], [[Lordshill|place]], [[SO16 8EL|postcode]]
Held: Thursday [[19 November 2026|date]], 14:00, by Teams

Attendees: [[Lucy Brammer|name]] (SW, chair); DS [[Aaron Whitlock|name]] (Hampshire and IoW Constabulary, MASH);
[[Priti Solanki|name]] (Named Nurse, Southampton Children's Hospital); [[Rhiannon Daly|name]] (Head of Year 10, [[Oasis Academy Lord's
Hill|school]]); minutes: [[Georgia Pratt|name]] (BSO).
Apologies: Dr [[Felix Amankwah|name]] (GP, Lordshill Health Centre).

1. Reason
[[Dylan|name]] (14) was found by a member of the public, Mr [[Terry Coles|name]], unconscious in the underpass by Lordshill
District Centre at 23:40 on [[17/11/2026|date]], after taking what he said was "pink pills" from an older boy called
"[[Bugsy|name]]". He was taken to Southampton General and discharged on [[18 Nov|date]] to his mother, Ms [[Jolene Caruana|name]].

2. Information shared
DS [[Whitlock|name]]: "[[Bugsy|name]]" is believed to be [[Kane Bugden|name]], 19, of [[Romsey Road|address]], known for supplying in
[[Shirley|place]] and [[Maybush|place]]. A phone seized from [[Dylan|name]] holds messages with him from [[1 Oct|date]].
[[Dylan|name]] has been seen at the flats on [[Windermere Avenue|address]] and getting into a black Golf, [[HF70 RWY|vehicle]].
[[Rhiannon|name]]: attendance 71% this term; excluded for one day on [[2nd November|date]] for fighting. His best friend,
[[Mason Tilley|name]], moved to [[Eastleigh|place]] in the half-term.
[[Priti|name]]: toxicology pending. [[Dylan|name]] told the ward nurse his dad, [[Mark Ferro|name]], "lives in [[Gib|place]] and
doesn't care".
Mum says the father's number is [[+350 5801 2294|phone]]; his mother, [[Mari Carmen Caruana|name]], lives at
[[Flat 9, Toledo House|address]], [[Glacis Estate|place]], and rings every Sunday on [[+350 200 47381|phone]].
Mum ([[07584 217 663|phone]]) agreed to the strategy and said [[Dylan|name]] can go to his nan in [[Gib|place]] for Christmas.

3. Decisions
S47 enquiry (single agency, with police). Visit by [[Lucy|name]] on [[20.11.26|date]]. NRM referral to be considered.
Next review: [[4 December|date]].

4. Actions
- [[Lucy|name]]: visit [[Dylan|name]] and Mum at home; speak to [[Dylan|name]] alone; ring nan [[Mari Carmen|name]] in [[Gib|place]]
([[+350 200 47381|phone]]).
- DS [[Whitlock|name]]: check [[HF70 RWY|vehicle]] and the address on [[Windermere Ave|address]] with the [[Millbrook|place]] NPT (PC
[[Sara Quinn|name]]).
- [[Rhiannon|name]]: safety plan in school; ask [[Mason Tilley|name]]'s new school in [[Eastleigh|place]] ([[Crestwood|school]])
whether [[Mason|name]] is safe.
- [[Priti|name]]: share toxicology with GP (Dr [[Amankwah|name]]).
- [[Georgia|name]]: minutes out by [[20/11|date]].
"""),
    ("grandmother's email from abroad, half in Llanito", """From: [[Mari Carmen|name]] <[[marycarmen.caruana61@gibtelecom.net|email]]>
Sent: [[24 November 2026|date]] 08:17
To: [[lucy.brammer@solentwater.gov.uk|email]]
Subject: mi nieto [[Dylan|name]]

Dear Miss [[Brammer|name]]

I am [[Dylan|name]]'s nan [[Mari Carmen|name]], the mother of [[Jolene|name]]. Perdona my English, I write like we talk in Gib,
a bit of both. [[Jolene|name]] told me everything on the phone el domingo and I have not slept since.

[[Dylan|name]] was always a good boy when he was here with me in the [[Glacis|place]], he used to go to the beach at [[Catalan Bay|place]]
with his primo [[Jayden|name]] and his tío [[Nicky|name]] every day in August. Aquí there is none of these drugs things.
I think [[Jolene|name]] moved to [[Southampton|place]] for that man [[Darren|name]] and now he is gone and she is alone con
el niño.

I can have [[Dylan|name]] to live with me. I have a spare room since my husband [[Joe|name]] died on the
[[3rd of March|date]]. I am 65 but I am strong. My other daughter [[Kimberly Caruana Olivero|name]] lives near in
[[Humphreys|place]] and she is a teacher at [[Bishop Fitzgerald|school]] so she can help con el colegio.
[[Mark|name]], the father, I don't know where he is, the last I hear he was working in [[La Línea|place]].

My numbers: casa [[+350 200 47381|phone]], móvil [[+350 5604 3318|phone]].
Please tell me what I have to do. My neighbour [[Maria José Pozo|name]] from [[Flat 11|address]] will write a letter for me,
she knows [[Dylan|name]] since he was small, and Father [[Charlie Azzopardi|name]] from the church in [[Sandpits|place]] also. In
2019... no, sorry, in the [[12th of July 2019|date]] I had [[Dylan|name]] for six weeks when [[Jolene|name]] was in hospital
in [[Algeciras|place]] and he was happy. He went to the holiday club at Bayside with his friend [[Aaron Ghio|name]].
If you come to [[Gib|place]] you can stay with [[Kimberly|name]] in [[Humphreys|place]], my son-in-law [[Ivan Olivero|name]] will
pick you up
from the frontier. His mobile is [[+350 5712 8840|phone]].

Un abrazo,
[[Mari Carmen|name]] ([[Dylan|name]]'s nan)
"""),
]


# --- D. Bright family (white British), Maybush -----------------------------------------------------------------------------

HOME_D = d.Address("57 Tedder Road", "Maybush", "Southampton", "SO16 9JS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Summer", "Bright")], dt.date(2020, 6, 12), addresses=[HOME_D], ids=["8175594292", "T852217462852"],
       schools=["Wordsworth Primary School"]),
    _p("f", "father", [("Craig", "Bright")], dt.date(1986, 2, 3), addresses=[HOME_D], phones=["07947 310 826"],
       ids=["JB 19 50 74 D"]),
    _p("m", "mother", [("Kelly", "Winter")], dt.date(1991, 10, 19), phones=["07868 552 194"]),
    _p("p1", "professional", [("Naomi", "Fairweather")], phones=["023 8077 2650"]),
], "c")

DOCS_D = [
    ("scanned and OCR'd primary school admission form, with OCR errors", """WORDSWORTH PRIMARY SCH00L - PUPIL ADMISSION F0RM (page 1 of 2)
[scanned [[26/1O/2026|date]], OCR text, errors kept]

Child's legal surname: [[BRIGHT|name]]          Forename(s): [[SUMMER ROSE|name]]
Known as: [[Summer|name]]      Date of birth: [[12 / 06 / 2O20|dob]]     Gender: F
UPN (from previous school): [[T852217462852|upn]]      NHS no: [[817 559 4292|nhs]]
Previous school / nursery: [[Tanners Brook Infant|school]] (left [[23.10.26|date]])
Home address: [[57 Tedder Rd|address]]
              [[Maybush|place]], [[S0UTHAMPT0N|place]]   Postcode: [[SO16 9JS|postcode]]

PARENT / CARER 1:  Name: [[Craig Bright|name]]   Relationship: Dad   Tel: [[07947 310 826|phone]]
                   Parental responsibility: Y    Lives with child: Y
PARENT / CARER 2:  Name: [[Kelly Winter|name]]   Relationship: Mum   Tel: [[07868 552 194|phone]]
                   Parental responsibility: Y    Lives with child: N  (address: "[[Bitterne|place]]" - no number given)
Is there any court order? Y  - child arrangements order, lives with Dad, Family Court at Southampton [[O4/O9/2026|date]]

EMERGENCY CONTACTS
1. [[Bev Harding|name]] (Dad's partner)  [[07392 604 118|phone]]
2. [[Pat Bri
ght|name]] (paternal nan)  [[023 8077 1846|phone]]  - lives [[Woodmill Lane|address]],
   [[Swaythling|place]]

MEDICAL: asthma (blue inhaler), nut allergy - EpiPen x2 in bag.  GP: Shirley Health Partnership
Anything else we should know? (written by hand, OCR): "[[Summer|name]] has a soci al worker
([[Naomi Fairweather|name]]) because of things at mums. Mum is only to see her at the contact centre on Saturdays,
NOT to collect from school. Mums new partner [[Lee Gran
ger|name]] must NOT come near her."

Signed: [[C Bright|name]]        Date: [[26th Oct 2026|date]]
"""),
    ("child's chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Summer BRIGHT|name]] (b. [[12.6.2020|dob]])
Prepared by [[Naomi Fairweather|name]], social worker, for the review child protection conference, [[01/12/2026|date]].

| Date | Event | Source |
| [[12/06/2020|date]] | [[Summer|name]] born at Princess Anne Hospital, [[Southampton|place]]. Parents [[Kelly Winter|name]] and
[[Craig Bright|name]], living at [[Flat 2, 8 Hollybrook Road|address]], [[Shirley|place]]. | Health |
| [[14/03/2023|date]] | Police called to [[Hollybrook Road|address]]: [[Kelly|name]] assaulted by [[Craig|name]]'s brother
[[Wayne Bright|name]] after a party. [[Summer|name]] (2) in the flat. | Police |
| [[02/05/2024|date]] | Parents separate. [[Summer|name]] stays with [[Kelly|name]], who moves to [[Bitterne|place]] with new partner
[[Lee Granger|name]]. | HV |
| [[28/11/2025|date]] | [[Summer|name]] at nursery with a burn on her forearm; says "[[Lee|name]] did it with the lighter".
[[Lee|name]] arrested; NFA. | Nursery ([[Little Oaks|school]]) / Police |
| [[03/12/2025|date]] | Child protection plan, category physical abuse. | CP conference |
| [[04/09/2026|date]] | Child arrangements order: [[Summer|name]] to live with [[Craig|name]] at [[57 Tedder Road|address]]. | Court |
| [[23/10/2026|date]] | Leaves [[Tanners Brook|school]] as [[Craig|name]] moves; starts [[Wordsworth|school]] on [[02/11/2026|date]].
| School |
| [[15/11/2026|date]] | At contact, [[Kelly|name]] hands [[Summer|name]] a phone with [[Lee|name]] on video. Contact supervisor
[[Josie Mwangi|name]] ends it. | Contact centre |
| [[20/11/2026|date]] | [[Craig|name]] reports [[Lee|name]] parked outside the school in a red Astra, [[SN17 OWK|vehicle]]. | Father
/ PCSO [[Amir Hussain|name]] |
| [[22/11/2026|date]] | [[Kelly|name]]'s mother [[Denise Winter|name]] rings to say [[Kelly|name]] has left [[Lee|name]] and is
staying with her at [[Flat 6, 30 Bursledon Road|address]], [[Thornhill|place]]. | Maternal grandmother |
| [[24/11/2026|date]] | Strategy discussion. [[Lee Granger|name]] known to Dorset Police in [[Poole|place]] for assault on an
ex-partner, [[Jess Carver|name]]. | Police / SW |
| [[25/11/2026|date]] | [[Summer|name]] seen alone at [[Wordsworth|school]] by [[Naomi|name]]: "I like [[Bev|name]]'s dog and my new
teacher. I don't want to see [[Lee|name]]." | SW |
| [[27/11/2026|date]] | [[Kelly|name]] texts [[Naomi|name]] from [[07868 552 194|phone]]: "i aint with him no more i swear on
[[Summer|name]]s life". | Mother |
| [[28/11/2026|date]] | Paternal nan [[Pat Bright|name]] offers to supervise contact at her home on [[Woodmill Lane|address]]. | Family |
"""),
]


# --- E. Lord / Baptiste family (Black British Caribbean), Peartree ----------------------------------------------------------

HOME_E = d.Address("9 Peartree Close", "Peartree", "Southampton", "SO19 7HD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jaylen", "Lord-Baptiste")], dt.date(2015, 3, 30), addresses=[HOME_E], ids=["3409672184"],
       schools=["Woolston Infant and Junior"]),
    _p("g", "grandparent", [("Marcia", "Lord")], dt.date(1963, 8, 8), addresses=[HOME_E], phones=["07456 981 327"],
       ids=["SK 62 40 17 B"]),
    _p("m", "mother", [("Chantelle", "Lord")], dt.date(1986, 4, 24), phones=[]),
    _p("f", "father", [("Andre", "Baptiste")], dt.date(1984, 9, 9)),
    _p("p1", "professional", [("Femi", "Alade")], emails=["femi.alade@solentwater.gov.uk"]),
], "c")

DOCS_E = [
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Child: [[Jaylen Lord-Baptiste|name]] (11)    DOB: [[30 March 2015|dob]]
Held at: Peartree Family Hub, Monday [[16 November 2026|date]], 10:00 - 15:30
Coordinator: [[Stella Okafor|name]] (independent FGC coordinator)    Referrer: [[Femi Alade|name]], social worker

Who came: Grandma [[Marcia Lord|name]] (main carer, in [[Peartree|place]]);
Great-aunt [[Hyacinth Daley|name]] (came down from [[Handsworth|place]],
[[Birmingham|place]]); Uncle [[Devon Lord|name]]; Mum [[Chantelle Lord|name]] (for the first hour, by phone from HMP Eastwood Park);
Dad [[Andre Baptiste|name]] (by WhatsApp video from [[Kingston|place]], Jamaica, on [[+1 876 555 0142|phone]]);
family friend Pastor [[Winston Clarke|name]] (New Testament Church of God, [[Northam|place]]); [[Jaylen|name]] himself for the
private family time (with his advocate, [[Ellie Summers|name]]).

What the professionals said worries them: [[Jaylen|name]] has been out late in [[Woolston|place]] and by the Itchen Bridge with older
boys; he was stopped on [[7 November|date]] with a knife in his bag; Grandma is 63 and has had two falls; Mum is in custody
until at least March 2027.

OUR PLAN (in the family's words)
1. [[Jaylen|name]] stays with Grandma at [[9 Peartree Close|address]]. Uncle [[Devon|name]] moves into the box room from
   [[1st December|date]] and walks [[Jay|name]] to [[Woolston|school]] and back.
2. Saturdays [[Jay|name]] goes to Auntie [[Hyacinth|name]] in [[Handsworth|place]] once a month on the coach (first trip
   [[12/12|date]]); she will ring Grandma on [[0121 554 7730|phone]] when he arrives.
3. Pastor [[Clarke|name]]'s youth club Tuesday and Thursday; Brother [[Nathaniel|name]] will drop him home.
4. Dad rings every Sunday 6pm our time. Dad wants [[Jaylen|name]] to come to [[Spanish Town|place]] for the holidays next year -
   family to talk again about that.
5. Nobody in the family lets [[Jaylen|name]] go to [[Kai Rowntree|name]]'s on [[Obelisk Road|address]] or see "[[Tiny|name]]".

Contacts agreed: Grandma [[07456 981 327|phone]]; Uncle [[Devon|name]] [[07929 417 602|phone]]; Auntie [[Hyacinth|name]]
[[0121 554 7730|phone]], [[41 Grove Lane|address]], [[Handsworth|place]], [[B21 9EX|postcode]]; Pastor [[Clarke|name]] via the church.
Mum's prison offender manager, [[Louise Fenwick|name]], will pass letters; [[Jaylen|name]] wants to write to Mum every fortnight.
Dad's partner [[Shanice|name]] in [[Portmore|place]] will help [[Jaylen|name]] with video calls; her number is [[+1 876 555 0199|phone]].
Family friend [[Beverley Campbell|name]] from [[Sholing|place]] can have [[Jay|name]] on Wednesdays after school until Grandma
is home from the day centre on [[Bitterne Road West|address]].

Signed by everyone present. Review FGC: [[15 February 2027|date]].
"""),
    ("family support worker's rushed notes typed on a phone between visits", """fsw notes - [[marcia lord|name]] - typed on phone in car
[[18/11|date]] 15.20 rang [[marcia|name]], [[jay|name]] not home from school, [[devon|name]] out looking. [[marcia|name]] very
worried, bp tablets?
15.45 [[devon|name]] found him at the bus stop opp the co op on [[portsmouth rd|address]] w/ 2 boys, one called [[kai|name]], other
"[[tiny|name]]" = [[tyrese|name]]? (check w/ police, DC [[Sloane|name]] knows him)
16.30 home visit. [[jay|name]] quiet, hood up. says [[kai|name]]s cousin has a car, black merc, didnt get the reg
[[jay|name]] said "[[hyacinth|name]] aunty is better than here" lol. grandma laughed
nbr mrs [[pereira|name]] at [[no 11|address]] says boys hang round the alley every nite, she will ring grandma [[07456 981 327|phone]]
- todo: email [[femi|name]], ring school (ms [[okeke|name]]), chase [[woolston|school]] attendance
[[19/11|date]] 09.05 school rang - [[jay|name]] in. good.
"""),
]


# --- F. Hollis / Penfold family (white British), Swaythling ----------------------------------------------------------------

HOME_F = d.Address("Flat 12, Mansbridge Court, 3 Mansbridge Road", "Swaythling", "Southampton", "SO18 3HW")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Hollis")], dt.date(2026, 5, 4), addresses=[HOME_F], ids=["2882384327"]),
    _p("m", "mother", [("Paige", "Hollis")], dt.date(2007, 2, 19), addresses=[HOME_F], phones=["07458 203 914"],
       ids=["5446150473", "TM 83 27 55 A"]),
    _p("f", "father", [("Reece", "Penfold")], dt.date(2005, 12, 27), phones=["07538 660 271"]),
    _p("p1", "professional", [("Olivia", "Brandt")], emails=["olivia.brandt@solentwater.gov.uk"]),
], "c")

DOCS_F = [
    ("police public protection notice for a domestic incident with a baby present", """HAMPSHIRE & ISLE OF WIGHT CONSTABULARY
PUBLIC PROTECTION NOTICE (PPN1) - DOMESTIC ABUSE / CHILD AT RISK
Occurrence: 44260391177     Date/time of incident: Sat [[21/11/2026|date]] 01:52
Location: [[Flat 12, Mansbridge Court|address]], [[3 Mansbridge Road|address]], [[Swaythling|place]], [[SO18 3HW|postcode]]
Officer: PC 3318 [[MORLEY, Jade|name]]     Second officer: PC 2047 [[FINCH, Tom|name]]

VICTIM: [[HOLLIS, Paige|name]]  DOB [[19/02/2007|dob]]  Mobile [[07458 203 914|phone]]
SUSPECT: [[PENFOLD, Reece James|name]]  DOB [[27/12/2005|dob]]  Mobile [[07538 660 271|phone]]
          NFA, last address [[47 High Road|address]], [[Swaythling|place]]; car Fiesta [[HV15 ZPL|vehicle]]
CHILDREN PRESENT: [[HOLLIS, Ivy|name]]  DOB [[04/05/2026|dob]]  (6 months) - in cot in same room

CIRCUMSTANCES: 999 call from neighbour [[Grace Otieno|name]] ([[Flat 14|address]]) reporting screaming and a baby crying. On arrival
[[Paige|name]] had a red mark to her neck and said [[Reece|name]] had "grabbed her" when she would not give him her bank card.
[[Reece|name]] had left in the Fiesta. [[Paige|name]] is a care leaver (PA [[Sam Ogunleye|name]]). Her friend [[Amber|name]]
([[Amber Chalk|name]], [[07862 314 559|phone]]) came at 02:40 to stay with her.
DASH: 14 yes - HIGH. MARAC referral made. [[Reece|name]] arrested at 04:10 at his mum's, [[Ladies Walk|address]], [[Bitterne Park|place]].
"""),
    ("Snapchat messages between a young mother and her friend, screenshotted and typed up", """Snapchat chat screenshots handed in by
[[Paige Hollis|name]] on [[24/11/2026|date]] (typed up by [[O. Brandt|name]], SW)
Chat with: "ambs 💕" ([[Amber Chalk|name]])

ambs 💕: u ok babe?? [[grace|name]] from downstairs told me the feds were there
me: yh. [[reece|name]] went mad again
ambs 💕: omg. where is he
me: his mums in [[bitterne park|place]]. they took him
me: [[ivy|name]] slept thru it thank god
ambs 💕: come stay at mine in [[portswood|place]] tonite
ambs 💕: my new addy is [[22b Kent road|address]] lol
me: cant [[olivia|name]] is coming 10am
me: shes my sw. shes ok actually
ambs 💕: sending [[jordan|name]] round with nappies n that
me: which [[jordan|name]] lmao
ambs 💕: [[jordan|name]] from [[st denys|place]] not [[jordan M|name]] 😂
me: 😂 ok ty. [[ivy|name]] needs size 4
ambs 💕: [[reece|name]]s mum [[tracey|name]] messaged me on fb!! saying ur a liar
me: ignore her. [[olivia|name]] says screenshot everything
ambs 💕: kk. [[keeley|name]] says she can come sat
me: [[keels|name]] is always saying that lol
ambs 💕: [[jordan|name]] is outside ur block now. he says which buzzer
me: [[12|address]]. tell him dont press [[14|address]] [[grace|name]] will come out in her dressing gown 😂
ambs 💕: lol. also [[sam|name]] rang me looking for u, ur PA?
me: yh ill ring him. hes taking me to [[eastleigh|place]] weds for the grant thing
ambs 💕: luv u. [[reece|name]] can do one
"""),
]


DOCS_A += [
    ("grandmother's handwritten letter to the social worker, typed up", """[typed from a handwritten letter, 2 pages, blue biro,
received [[16 Nov 2026|date]]]

                                                        [[6 Ringwood Rd|address]]
                                                        [[Totton|place]]
                                                        [[SO40 8DY|postcode]]
                                                        Sat [[14th Nov|date]]

Dear [[Abigail|name]],

I am writing this because I get tongue tied on the phone and in that meeting on Monday I didnt say half of what I wanted.

[[Kayden|name]] can stay with me as long as he needs. I know I shouted at him about my phone and I am sorry for that, he was
on it at 2 in the morning messaging some lad called [[Rhys|name]] who says he is 15 from [[Hedge End|place]] but I dont believe it.

I have had [[Kayden|name]] most weekends since he was a baby. When [[Dale|name]] left, [[Tegan|name]] went to pieces and my
[[Tegan|name]] is a good girl underneath but she picks wrong uns. [[Jordan|name]] is the worst yet. My neighbour [[Pauline
Gosling|name]] at [[number 8|address]] saw him drag [[Kayden|name]] by the hood out of the car at Testwood Lakes in the
spring and she will tell you that herself, her number is [[023 8086 2237|phone]].

I can get [[Kayden|name]] to [[Lordshill Academy|school]] on the bus but it is two buses, or he could go to [[Testwood|school]] round
the corner from me, my other grandson [[Tyler|name]] goes there.

I work at the Asda in [[Totton|place]] 3 mornings so I would need help on those days. My sister [[Maureen|name]] in [[Marchwood|place]]
said she will do the mornings.

Yours sincerely
[[Sharon Marsh|name]] (Nan)
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE
Children: [[Kayden MARSH|name]] ([[09.04.2017|dob]]) and [[Willow FRY|name]] ([[02.10.2025|dob]])
Date: [[30 November 2026|date]]    Venue: Civic Centre, Room 3    Chair: [[Gill Hartnell|name]], Independent Chair
Minutes: [[Poppy Legg|name]]

Present: [[Tegan Marsh|name]] (mother); [[Jordan Fry|name]] (father of [[Willow|name]]); [[Sharon Marsh|name]] (maternal
grandmother, carer for [[Kayden|name]]); [[Abigail Renshaw|name]] (SW); Mrs [[Patience Adeyemi|name]] (DSL, [[Lordshill
Academy|school]]); [[Becky Stroud|name]] (health visitor for [[Willow|name]]); DC [[Ian Marchant|name]] (police).
Apologies: [[Dale Pike|name]] (father of [[Kayden|name]]) - invited by letter to [[Weymouth|place]], no reply.

Police: [[Jordan|name]] arrested [[8 Nov|date]] on suspicion of false imprisonment of [[Kayden|name]]; released under
investigation. Previous: assault on a former partner, [[Stacey Lyle|name]], in [[Eastleigh|place]] ([[14/02/2021|date]]).
Health: [[Willow|name]] growing well; missed her one-year check on [[6th October|date]] and the rebooked one on the [[20th|date]].
School: [[Kayden|name]] is calmer since living at nan's; attendance up from 82% to 96%.
[[Tegan|name]] said she has ended it with [[Jordan|name]]. [[Jordan|name]] said he is living at his brother [[Kyle Fry|name]]'s on
[[Portsmouth Road|address]], [[Woolston|place]], and wants to see [[Willow|name]].

Decision: both children subject to child protection plans, category emotional abuse ([[Kayden|name]]) and neglect
([[Willow|name]]). Core group: [[7 Dec 2026|date]]. Review conference: [[1 March 2027|date]].
"""),
]

DOCS_B += [
    ("police body-worn video transcript at an arrest", """BODY-WORN VIDEO - TRANSCRIPT (extract)
Camera: PC 1904 [[DA SILVA, Nuno|name]]    Start: [[29/10/2026|date]] 18:42:07    Location: outside [[41 Station Road|address]],
[[Sholing|place]]
Transcribed by: [[K. Amesbury|name]], case file support, [[02/11/2026|date]]

18:42:15 PC [[DA SILVA|name]]: [[José|name]]? [[José Manuel Furtado|name]]?
18:42:17 MALE: Who's asking?
18:42:19 PC [[DA SILVA|name]]: Police. I'm arresting you on suspicion of assaulting a child, [[Tiago Rego|name]], on the
[[15th of October|date]]...
18:42:40 MALE: I never touch him! Ask [[Filó|name]]! [[FILÓ|name]]!
18:42:44 FEMALE (from upstairs window, believed [[Filomena Medeiros|name]]): Deixa-o, ele não fez nada!
18:42:47 PC [[DA SILVA|name]] (in Portuguese, then English): Senhora, por favor fique em casa. Madam, please stay inside.
18:43:02 MALE: This is [[Tiago|name]] lying. He want to go back to [[Rui|name]] in the Azores, that's all.
18:43:30 PC [[DA SILVA|name]]: Date of birth?
18:43:32 MALE: [[Ten of the April, eighty-six|dob]].
18:43:40 PC [[DA SILVA|name]]: Address?
18:43:42 MALE: [[Flat 2|address]], [[108 Spring Road|address]]. [[Sholing|place]]. Near the Co-op.
18:44:05 NEIGHBOUR (off camera, later named as [[Derek Haines|name]] of [[no. 39|address]]): About time. Every weekend shouting.
18:44:31 PC [[DA SILVA|name]]: The van, [[KN68 ZTU|vehicle]] - is that yours?
18:44:33 MALE: My boss. [[Carlos|name]]. [[Carlos Amaral|name]]. Building.
18:45:10 [Footage ends as the male is placed in the vehicle.]
"""),
    ("single assessment summary and analysis", """SINGLE ASSESSMENT - SUMMARY AND ANALYSIS
Children: [[Tiago MEDEIROS REGO|name]] (12) and [[Beatriz REGO|name]] (7)
Assessing worker: [[Daniel Okonjo|name]]   Team manager: [[Sinead Flaherty|name]]   Completed: [[27 November 2026|date]]
Interpreter at all visits: [[Marta Seixas|name]] (LinguaSol)

Family history. [[Filomena|name]] ("[[Filó|name]]", 37) grew up in [[Rabo de Peixe|place]], on the north coast of [[São Miguel|place]],
the eldest of six. She met [[Rui Rego|name]] at 24; [[Tiago|name]] was born in [[Ponta Delgada|place]] on [[17/02/2014|dob]] and
[[Beatriz|name]] in [[Southampton|place]] on [[05/09/2019|dob]], after [[Filomena|name]] came to work at a fish processing plant in
[[Hythe|place]] with her cousin [[Graça Tavares|name]], who still lives in [[Bitterne|place]]. [[Rui|name]] stayed in the Azores to
fish and
[[Tiago|name]] lived with him and his mother, Dona [[Conceição Rego|name]], in [[Ribeira Grande|place]] until August 2023.

The boyfriend. [[Filomena|name]] met [[José Furtado|name]] ("[[Zé|name]]") at the Portuguese church in [[Bevois Valley|place]] in
2025. He has a conviction in Portugal for domestic violence (confirmed through ACRO on [[10/11/2026|date]]). [[Tiago|name]] says
[[Zé|name]]
hit him three times; [[Beatriz|name]] drew a picture of "[[Zé|name]] angry" and said "[[Tiago|name]] crying".

[[Tiago|name]]'s wishes: to live with his father and grandmother on [[São Miguel|place]]. [[Rui|name]] (by video,
[[+351 913 472 806|phone]])
wants this; [[Filomena|name]] does not agree. The paternal grandmother's landline is [[+351 296 284 713|phone]]; her address is
[[Rua do Estrela 14|address]], [[9600-512|postcode]] [[Ribeira Grande|place]].

Analysis. [[Filomena|name]] loves her children but has put [[Zé|name]] first. Since his arrest on [[29 October|date]] and bail
conditions not to attend [[Station Road|address]], she has engaged. Recommendation: child in need plan; ask the Azores child protection
commission (CPCJ Ribeira Grande) for a home study of the grandmother's house.
"""),
]

DOCS_C += [
    ("National Referral Mechanism referral form for a child, exported", """NATIONAL REFERRAL MECHANISM - REFERRAL OF A POTENTIAL
VICTIM OF MODERN SLAVERY (CHILD)
Section A - First responder
Organisation: Solent Water Council (Children's Services)    Name: [[Lucy Brammer|name]]
Email: [[lucy.brammer@solentwater.gov.uk|email]]    Date of referral: [[2026-11-26|date]]

Section B - Potential victim
Family name: [[CARUANA-FERRO|name]]    Given name(s): [[Dylan Joseph|name]]    Also known as: "DJ", "[[Gibbo|name]]"
Date of birth: [[2012-07-21|dob]]    Nationality: British (Gibraltarian)    Place of birth: [[Gibraltar|place]]
Current address: [[22 Kendal Avenue|address]], [[Lordshill|place]], [[Southampton|place]], [[SO16 8EL|postcode]]

Section C - Indicators (criminal exploitation, county lines)
- Found unconscious after taking pills given by an adult, [[17/11/2026|date]]
- Messages on his phone from "[[bugsy|name]]" and "K" telling him to "go [[Andover|place]] tmrw" and "run to [[Winchester|place]]"
- Seen by a PCSO at [[Andover|place]] bus station on a school day ([[10 November 2026|date]]) with an adult, [[Kane Bugden|name]]
- £340 cash and two phones found in his room by his mother; one phone's number [[07391 802 655|phone]]
- His mother says a man she knows only as "[[Scouse Dave|name]]" came to the door asking for him

Section D - Account of the child (his words to the social worker)
"[[Bugsy|name]] said I owe him for the stuff I lost at [[Basingstoke|place]] so I have to do runs. [[Mason|name]] did it too before
he moved. Don't tell my nan in [[Gib|place]]."
"""),
    ("hospital emergency department discharge summary", """SOUTHAMPTON CHILDREN'S HOSPITAL - EMERGENCY DEPARTMENT DISCHARGE SUMMARY
Patient: [[Dylan CARUANA-FERRO|name]]     DOB: [[21 Jul 2012|dob]]     NHS: [[1001320867|nhs]]     Hosp no: S4471209
Address: [[22 Kendal Ave|address]], [[Southampton|place]] [[SO16 8EL|postcode]]
GP: Dr [[F Amankwah|name]], Lordshill Health Centre
Arrived: [[17/11/2026|date]] 23:58 by ambulance    Discharged: [[18/11/2026|date]] 11:20 to mother

Presenting complaint: found collapsed by a member of the public ([[Terry Coles|name]], who came with the crew). GCS 9 on
arrival, pupils dilated, HR 142. Friends at the scene said he took "pink pills" - possibly MDMA.
Management: observed in resus, IV fluids; GCS 15 by 03:30. Tox screen sent.
Social: disclosed to Staff Nurse [[Rosie Okoro|name]] that he "does jobs" for an older boy. Mum, [[Jolene Caruana|name]], at the bedside
from 00:45 ([[07584 217 663|phone]]). Mum's friend [[Dionne Baxter|name]] drove them home. Safeguarding referral made by
Dr [[Harry Lim|name]] (ED registrar) to the Children's Front Door on [[18/11|date]]. Named nurse [[Priti Solanki|name]] informed.
Follow-up: GP review in one week; school nurse at [[Oasis Lord's Hill|school]] informed.
"""),
]

DOCS_D += [
    ("supervised contact record from a contact centre", """SUPERVISED CONTACT RECORD - Harbour Lights Family Contact Centre
Child: [[Summer Bright|name]]    Parent having contact: [[Kelly Winter|name]] (mother)
Date: [[15.11.2026|date]]    Booked: 10:00-12:00    Actual: 10:07-10:52    Supervisor: [[Josie Mwangi|name]]

Arrival: [[Summer|name]] brought by Dad's partner [[Bev Harding|name]] at 09:55. [[Kelly|name]] arrived 10:07 with her mother,
[[Denise Winter|name]], who was not on the agreement and was asked to wait in reception; she waited.

10:10 [[Kelly|name]] gave [[Summer|name]] a unicorn and a bag of sweets (nut-free checked). Warm greeting, lots of cuddles.
[[Summer|name]] called her "Mummy" and told her about her new school and her friend "[[Poppy|name]]" and her teacher
"Miss [[Rainbow|name]]" (Miss [[Rainbird|name]], class teacher - checked with Dad).
10:31 [[Kelly|name]] took out her phone and said "someone wants to say hi". A man's voice said "hiya [[Sum|name]]". [[Kelly|name]]
said it was her brother [[Gav|name]], but [[Summer|name]] said "that's [[Lee|name]]" and went quiet and hid behind the beanbag.
10:33 I asked for the phone to be put away; [[Kelly|name]] refused and said "[[Lee|name]] is her step-dad whatever the court says".
10:40 I ended the contact. [[Kelly|name]] was tearful and said she would go to Cafcass (she said "my Cafcass lady",
meaning [[Ruth Adebayo|name]], the Family Court Adviser).
10:52 [[Summer|name]] left with [[Bev|name]]. In the car park I saw a red Astra, [[SN17 OWK|vehicle]], with a man in it.
"""),
    ("father's witness statement for the family court", """IN THE FAMILY COURT AT SOUTHAMPTON                         Case No: SO26P00418
IN THE MATTER OF THE CHILDREN ACT 1989 AND THE CHILD [[SUMMER BRIGHT|name]] (born [[12 June 2020|dob]])

STATEMENT OF [[CRAIG ANTHONY BRIGHT|name]] (APPLICANT FATHER)

I, [[Craig Anthony Bright|name]], of [[57 Tedder Road|address]], [[Southampton|place]], [[SO16 9JS|postcode]], warehouse operative, WILL
SAY as follows:

1. I am [[Summer|name]]'s father. I make this statement in support of my application to vary the contact arrangements made on
[[4 September 2026|date]].
2. On [[15 November 2026|date]] I was told by [[Bev Harding|name]], my partner, that [[Kelly|name]] had put [[Lee Granger|name]] on
the phone
to [[Summer|name]] at contact. That night [[Summer|name]] wet the bed for the first time since February and asked if
[[Lee|name]] was going to come to our house.
3. On [[20 November 2026|date]] at 3.15pm I saw [[Lee Granger|name]] sitting in a red Vauxhall Astra, registration [[SN17 OWK|vehicle]],
on [[Tedder Road|address]] outside [[Wordsworth Primary|school]]. I told the PCSO on duty, [[Amir Hussain|name]].
4. My mother, [[Patricia Bright|name]], of [[Woodmill Lane|address]], [[Swaythling|place]], and my brother [[Wayne|name]]
support me. I accept that [[Wayne|name]] was cautioned for assaulting [[Kelly|name]] in 2023.
"""),
]

DOCS_E += [
    ("school attendance warning letter to a kinship carer", """[[Woolston Infant and Junior School|school]]
[[Florence Road|address]], [[Woolston|place]], [[Southampton|place]]

Mrs [[M. Lord|name]]
[[9 Peartree Close|address]]
[[Southampton|place]]
[[SO19 7HD|postcode]]

[[3rd December 2026|date]]

Dear Mrs [[Lord|name]],

Re: [[Jaylen Lord-Baptiste|name]], Year 6 (Kestrel Class)

I am writing because [[Jaylen|name]]'s attendance this term is 78.4%. He has missed 19 sessions, 11 of them unauthorised, including
Friday [[6 November|date]] and the afternoons of [[9|date]], [[10|date]] and [[12 November|date]].

I know from Mr [[Alade|name]] that [[Jaylen|name]] has had a difficult time and that his uncle, Mr [[Devon Lord|name]], now brings him
to school; thank you, this has made a real difference, and [[Jaylen|name]] has been in every day since [[19 November|date]].

I would like to invite you to an attendance support meeting with me and our family link worker, Mrs [[Grace Antwi|name]], on
Wednesday [[9th December|date]] at 9.15am. If this is not convenient please ring the school office on [[023 8044 2145|phone]].

Yours sincerely,

[[Ruth Penhaligon|name]]
Attendance Officer
"""),
    ("grandmother's voicemail to the social worker, transcribed", """VOICEMAIL - left on [[Femi Alade|name]]'s work mobile,
[[01/12/2026|date]] 21:14, 1 min 58
Transcribed by [[F. Alade|name]].

"Hello Mister [[Alade|name]], it's Miss [[Lord|name]], [[Marcia|name]], [[Jaylen|name]]'s grandmother... Sorry to ring you so late. It's
about [[Jaylen|name]] and this boy [[Kai|name]] again. Tonight [[Jaylen|name]] come in at half past eight and his jacket smell of weed
and he have a new phone, a nice one, an iPhone. He say [[Kai|name]] give it him. [[Devon|name]] take it off him and it keep
ringing and ringing, a name on it say '[[T-Bone|name]]'. [[Devon|name]] write down the number, it's oh seven...
[[07418 290 365|phone]]. I don't want to call police on my own grandson, you understand? But I frighten. My sister [[Hyacinth|name]] in
[[Birmingham|place]] say send him up to her straight away. And his father [[Andre|name]] in [[Kingston|place]] ring me, he vex, he say he
will come over in January... Anyway. Call me back tomorrow, [[07456 981 327|phone]]. God bless. Bye bye."
"""),
]

DOCS_F += [
    ("leaving care personal adviser's pathway plan review", """PATHWAY PLAN REVIEW (care leaver, 19)
Young person: [[Paige HOLLIS|name]]    DOB: [[19-02-2007|dob]]    NI: [[TM 83 27 55 A|ni]]
Personal adviser: [[Sam Ogunleye|name]]    Review date: [[25/11/2026|date]]    Venue: [[Paige|name]]'s flat
Also present: [[Olivia Brandt|name]] (SW for [[Ivy|name]]); [[Amber Chalk|name]] (friend, at [[Paige|name]]'s request)

1. Accommodation: [[Flat 12, Mansbridge Court|address]] (Swaythling Housing Society), tenancy from [[01/03/2026|date]]. Rent arrears
£412 after [[Reece|name]] took her bank card. Neighbour [[Grace|name]] at [[Flat 14|address]] is "like a mum". [[Paige|name]] asks to move
away from [[Swaythling|place]] as [[Reece|name]]'s mum lives in [[Bitterne Park|place]], 10 minutes away; she would like
[[Hedge End|place]] or [[West End|place]], near her old foster carers [[Linda|name]] and [[Mick Dyer|name]].
2. Health: [[Ivy|name]]'s GP is Stoneham Lane Surgery; [[Ivy|name]]'s NHS number [[288 238 4327|nhs]]. [[Paige|name]] is on the
waiting list for Steps 2 Wellbeing.
3. Education/work: [[Paige|name]] left [[Itchen College|school]] when pregnant; wants to go back in September to do childcare.
4. Relationships: no contact with her birth mother, [[Dawn Hollis|name]], who lives in [[Fareham|place]]. Contact with her half-sister
[[Keeley|name]] by Snapchat. [[Reece Penfold|name]] - bail conditions not to contact her until [[8 January 2027|date]].
5. Actions: [[Sam|name]] to apply for a hardship grant by [[2/12|date]]; [[Olivia|name]] to refer to the Freedom Programme.
"""),
    ("MARAC referral form", """MARAC REFERRAL FORM - SOUTHAMPTON
Referring agency: Hampshire & Isle of Wight Constabulary    Referrer: PC [[Jade Morley|name]] 3318    Date: [[21.11.2026|date]]

VICTIM
Name: [[Paige Hollis|name]]    DOB: [[19.02.2007|dob]]    Gender: F    Ethnicity: White British
Address: [[Flat 12 Mansbridge Ct|address]], [[Mansbridge Rd|address]], [[SO18 3HW|postcode]]    Safe to write? NO
Safe phone: [[07458 203 914|phone]] (text first)    Safe contact: friend [[Amber|name]] on [[07862 314 559|phone]]
Children in household: [[Ivy Hollis|name]], [[04.05.2026|dob]]

PERPETRATOR
Name: [[Reece PENFOLD|name]]    DOB: [[27.12.2005|dob]]    Address: c/o mother [[Tracey Penfold|name]], [[18 Ladies Walk|address]],
[[Bitterne Park|place]], [[SO18 4EJ|postcode]]
Vehicle: [[HV15 ZPL|vehicle]] (grey Ford Fiesta)    Phone: [[07538 660 271|phone]]
Previous partners: [[Chloe Barfoot|name]] ([[Eastleigh|place]]) - PPN March 2024

DASH score: 14/24. Reason for referral: visible high risk; strangulation; a baby of six months in the room.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "sr", "sr.", "senhor", "senhora",
           "dona", "mister", "madam", "nan", "nana", "grandma", "gran", "granny", "mum", "dad", "uncle", "auntie",
           "aunty", "great-aunt", "pastor", "father", "brother", "tío", "tio", "primo", "avó", "avo", "me", "our"}
_AFTER = {"aunty", "senior", "junior"}
_NOT_PLACES = {"england", "uk", "hampshire", "isle of wight", "the azores", "azores", "portugal", "jamaica", "spain",
               "estados unidos", "united states"}

NAME = "set 90 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 05:20 UTC, read since)"

# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs sets 13,
# 12, 11, 10, 9, 8, 7 and 6's), with this set's titles and kinship words and its counties, countries and territories.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
