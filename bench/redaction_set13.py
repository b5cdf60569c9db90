"""Set 13: an eighth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8
to 12 do) or bench/README.md, that did not run the detector or any bench script that runs it, that ran no git command, and
that looked at no detector output. What was read: bench/redaction_set12.py and tests/test_redaction_set12.py in full (the
layout and marking conventions followed here), the docstrings and checker functions of bench/redaction_set11.py and
bench/redaction_set10.py, the docstrings of bench/redaction_set9.py, bench/redaction_set8.py, bench/redaction_set7.py and
bench/redaction_heldout.py (to see which towns earlier sets used as a family's home), and the `_party` / `_parse` / `_docs`
helpers of bench/redaction_handwritten.py (its first record was seen in passing while finding them, as were a few document
lines of sets 10 and 11 in a search for their function definitions). The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes.
If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical English local authority's caseload, each from a town no earlier set (6 to 12)
used as a family's home. Four of the kinds most common in children's social care: a white British family in Tranmere,
Birkenhead, with a grandmother in Rock Ferry (McGrath / Flanagan; domestic abuse with strangulation by a father on licence,
neglect, a mother's cocaine use, a boy of 10 who rang 999, interim care orders), a white British family on the Mile Cross
estate in Norwich, with grandparents in the village of Foulsham (Loades / Gotts; a girl of 15 criminally and sexually
exploited through county lines to Great Yarmouth), a white British lone father on the Brookside estate in Telford, with a
grandmother in Coalbrookdale (Hotchkiss / Speake; a father's drinking, a mother in recovery from heroin, a boy of 13 groomed
online into extreme right-wing views and supported through Prevent and Channel) and a British Nigerian (Yoruba) family in
Netherfield, Milton Keynes (Balogun; physical chastisement with a belt, talk of sending a son to school in Nigeria). Two from
communities no earlier set used: a Portuguese family from Madeira in Stockwell, Lambeth (Gouveia / Freitas; domestic abuse
and coercive control, a boy of 15 who fought his father and then carried a knife, a girl of 6 with selective mutism) and a
Sudanese refugee family from Darfur in Normanton, Derby (Ibrahim / Adam Ishag; a mother with FGM found at antenatal booking,
pressure from a grandmother in Cairo, an FGM Protection Order made with the parents' support). 24 documents: a police
vulnerable person referral, a social worker's record of telephone calls, a social work evidence statement for court, a
boy's own words typed on a wishes and feelings app, a secondary school's referral email with a forward, an exploitation
strategy meeting's minutes, a chronology of significant events, text messages between a mother and her social worker, an
unannounced home visit case note, a child and family assessment extract, Child in Need review minutes, a letter to a father
after the review, a primary school's CPOMS log export, a section 47 joint visit record, initial child protection conference
minutes, a Facebook post and its comments, an emergency department's safeguarding notification, an interpreter-assisted
home visit case note, an email chain with the youth justice service, core group minutes, a midwife's FGM safeguarding
referral, a family WhatsApp group translated from Sudanese Arabic, FGM strategy meeting minutes and a section 47 outcome
letter to a mother.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK (including Jersey) and foreign (Spain, Nigeria, the United States, Portugal, Egypt, Saudi Arabia);
NHS numbers (ordinary and 999 ranges) and UPNs (the right LA number for the area: 344, 926, 894, 826, 208, 831) pass their
check digits. Councils are invented (Birket Vale, Wensum Vale, Wrekinside, Ouzel Vale, Effra Vale, Derwentholme); towns,
districts, estates, villages, real charities, housing associations, brands, NHS bodies, police forces, courts, apps,
programmes, festivals, foods and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set12.py (which follows sets 6 to 11). [[words|kind]] is a gold span
(name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words
(Mr, Mrs, Ms, Miss, Dr, PC, PS, DC, DS, Sgt, Nan, Nanny, Grandad, Grandma, Mummy, Daddy, Aunty, Uncle, the Scouse and
Midlands "our" in "our Chantelle", church titles such as Pastor, Brother and Sister, Dona, Madrinha, Khalti, Sheikh) stay
outside the name span, whether they come before or after the name; a possessive 's (or a bare s in texting) stays outside;
every person's name is a name in every form, record or not. "SURNAME, First" is one span; an initial with a surname
("N. Costigan") is one span, and so is a first name with an initial after it ("Tegan L", "Ayo B"); a name broken by a line
break is one span holding the break; initials alone are not marked ("T owes"); social media handles ("@nunofreitas.85") are
not marked, but an account, display or contact name that is the person's plain name or nickname (a Facebook commenter, a
WhatsApp contact) is marked. A street address is one span, its town a place, its postcode a postcode; a street named without
a number is an address ("Holt Road", "drayton rd", "Kett's Hill"), and so is a house's name used as the address ("The Old
Forge"), and a Telford street with no road word ("27 Bembridge"); towns, cities, villages, districts and estates are places,
at home or abroad; countries, counties, regions, islands and their short forms ("Spain", "Norfolk", "Madeira", "Jersey",
"South Darfur") are not; organisations are not marked even when they hold a town's or a person's name ("Merseyside Police",
"the Matthew Project", "the Benjamin Foundation", "Black Prince Trust", "Evelina London Children's Hospital", "Guy's and St
Thomas'", "Princess Royal Hospital", "Wrekin Housing Group", "Casa da Madeira", "RCCG Chapel of Grace", "Pakistan Community
Centre", "Derby Young Carers"); an office building named after a person ("Olive Morris House") is a venue and stays unmarked,
as set 10's Progress House did, while the street address after it is marked; a school's or college's name is a school, even
when it holds a town's, a district's or a person's name ("Mersey Park Primary School", "Lilian Baylis Technology School",
"Allen Edwards Primary School", "Lord Grey Academy", "The Milton Keynes Academy", "Derby College"), and so is its short form
("Mersey Park", "Sewell Park", "Lilian Baylis", "Allen Edwards", "Lord Grey", "MK Academy", "Madeley", "Bemrose", "Pear Tree
Juniors", "Ash Croft"); a date of birth is dob (a birth date in a chronology's date column, a birthday without the year, and
the 1 January date on a refugee's papers, too), any other calendar date with a day is date (a weekday before it stays
outside); months and years alone are not marked; helplines are not marked. Set 12's further choices hold here: a pet's name
(Gucci, a French bulldog) is not a name; a firm named after people marks only the names ("[[Quayle|name]]
[[Kinnear|name]] Solicitors", "[[Teixeira|name]] & [[Hall|name]] Solicitors"); parks, stadiums, shopping centres, bridges and
attractions are landmarks and stay unmarked (the Iron Bridge, Pride Park); a surname or first name that is also
an English word or a town is marked by what it refers to (Precious, Favour, Comfort, Blessing, Hope, Sparrow, Swift, Flint,
Sutton, Ashby, Mason, Onions and Bubba are names when they are people; Madeley is a place as the district and a school as
the short name of the academy; Holmer Lake is a place and a school; "birkenhead park" is a school where a boy says he will
go there next year); a nickname in quotes is its own span; a short form of a town ("Yarmouth") is a place; a date split
across a line break is one span; a name in another script (Arabic: "ملاذ", "مريم") is a name; a name spelt with diacritics
where the record spells it plainly ("Inês", "Conceição", "Fátima") is a name; a contact saved under a kinship word
("Haboba") is not a name. Choices this set had to make: a teknonym marks only the personal name inside it ("Mummy
[[Precious|name]]" for the girl's mother, as set 9's "Um Yaman"); a display name that holds no personal name ("Saxon Lad")
is not marked, like a handle; a fictional character (Tommy Shelby on a poster, Sandy in Grease, Joseph in a nativity play)
is not a person and is not marked; a Portuguese double surname ("Rodrigo Gouveia Freitas") and a Sudanese name of three
parts ("Malaz Ibrahim Yousif", "Hawa Adam Ishag") are one span, and the family-name part alone ("Adam Ishag") is a name;
"Central Milton Keynes" is one place span; a town named after an organisation as the branch's location ("Wirral Local
Policing Unit (Birkenhead)", "We Are With You, Telford") is a place; the word "favour" ("every agency was in favour") is not
a name, while the girl Favour is.

Self-check without the detector: `python -m bench.redaction_set13` (and tests/test_redaction_set13.py) runs set 12's checker
(which runs sets 11, 10, 9, 8, 7 and 6's) on this set, adds this set's kinship words (before and after a name) and counties,
regions, islands and countries, and prints the number of documents and gold spans per kind.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set12 import problems as set12_problems
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. McGrath / Flanagan family (white British), Tranmere, Birkenhead ---------------------------------------------

HOME_A = d.Address("38 Holt Road", "Tranmere", "Birkenhead", "CH42 5NY")
NAN_A = d.Address("9 Bedford Road", "Rock Ferry", "Birkenhead", "CH42 2AT")
DAD_A = d.Address("Flat 3, 112 Conway Street", "", "Birkenhead", "CH41 4AF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Frankie", "McGrath")], dt.date(2016, 1, 14), [HOME_A, NAN_A], ids=["6533314785", "Y344198292785"],
       phones=["07512 833 046"], schools=["Mersey Park Primary School"]),
    _p("s", "sibling", [("Bleu", "Flanagan")], dt.date(2023, 3, 2), [HOME_A], ids=["4386255117", "J344235831573"]),
    _p("s2", "sibling", [("Rosie-Mai", "Flanagan")], dt.date(2026, 2, 20), [HOME_A], ids=["9995988879"]),
    _p("m", "mother", [("Jodie", "McGrath")], dt.date(1996, 9, 8), [HOME_A], phones=["07851 204 773"],
       ids=["4879811351", "JM 48 27 16 B"]),
    _p("f", "father", [("Connor", "Flanagan")], dt.date(1993, 4, 27), [DAD_A], phones=["07462 918 305"], ids=["NH 73 05 22 D"]),
    _p("f2", "father", [("Anthony", "Doyle"), ("Tony", "Doyle")], dt.date(1991, 6, 2), phones=["+34 622 418 907"]),
    _p("g", "grandparent", [("Bernadette", "McGrath"), ("Bernie", "McGrath")], dt.date(1969, 11, 3), [NAN_A],
       phones=["0151 645 3127", "07723 561 840"], ids=["WE 31 69 08 A"]),
    _p("p1", "professional", [("Niamh", "Costigan")], phones=["0151 666 4582", "07469 330 714"],
       emails=["niamh.costigan@birketvale.gov.uk"]),
    _p("p2", "professional", [("Lisa", "Roscoe")], phones=["0151 604 7215"], emails=["l.roscoe@merseypark.wirral.sch.uk"]),
], "c")

DOCS_A = [
    ("police vulnerable person referral", """MERSEYSIDE POLICE - VULNERABLE PERSON REFERRAL FORM (VPRF1) - DOMESTIC ABUSE
To: Birket Vale Council Integrated Front Door    From: Wirral Local Policing Unit ([[Birkenhead|place]])
Storm ref: 260926-0817    Crime ref: MP/26/488213    Created: [[26/09/2026|date]] 06:40
Officer: PC 6612 [[Sean Kinsella|name]]    Second officer: PC 4038 [[Leanne Brady|name]]    Supervisor: Sgt [[G. Rimmer|name]]

VICTIM:  [[McGRATH, Jodie Louise|name]]    DOB [[08/09/1996|dob]]    Tel [[07851 204 773|phone]]
SUSPECT: [[FLANAGAN, Connor James|name]] ("[[Flan|name]]")    DOB [[27/04/1993|dob]]    Tel [[07462 918 305|phone]]
         On licence from HMP Altcourse since [[14/07/2026|date]]; a licence condition not to enter [[Holt Road|address]]
LOCATION: [[38 Holt Road|address]], [[Tranmere|place]], [[Birkenhead|place]] [[CH42 5NY|postcode]]

CHILDREN IN THE HOUSEHOLD
[[McGRATH, Frankie|name]] (m)    DOB [[14.01.2016|dob]]    [[Mersey Park Primary School|school]] ([[Y344198292785|upn]])    present, awake
[[FLANAGAN, Bleu|name]] (m)    DOB [[02.03.2023|dob]]    present, asleep
[[FLANAGAN, Rosie-Mai|name]] (f)    DOB [[20.02.2026|dob]]    present, in her cot in the front bedroom

DASH: 17 - HIGH. MARAC referral made. Non-fatal strangulation: disclosed (see below). Children's Social Care already involved.

CIRCUMSTANCES
At 02:51 on Saturday [[26 September 2026|date]] a neighbour, Mrs [[Irene Swift|name]] of number 40, rang 999 after hearing a woman
screaming "get off me" and a child shouting "leave me mum alone". Officers arrived at 03:04. The front door was opened by
[[Frankie|name]], aged 10, in his pyjamas and holding his phone. He said: "He's gone out the back, he went over the jigger."
[[Jodie McGrath|name]] was in the kitchen with blood coming from her nose and red marks on both sides of her neck. She said that
[[Connor|name]] had come round "about midnight, pissed and off his head on coke", accused her of messaging his mate [[Dale
Hughes|name]] on Instagram, grabbed her round the throat against the fridge "for a few seconds, I couldn't breathe" and then
headbutted her. She had let him in because "he said he just wanted to see the kids".

[[Frankie|name]] told PC [[Brady|name]] in the living room: "I got in between them and he pushed me into the door. Then I rang
999 off me own phone." PC [[Brady|name]] saw a small red mark on his left shoulder. He was calm and polite and kept asking if
his mam was OK. [[Bleu|name]] (3) woke and was crying on the landing; he had a dirty nappy and no pyjama bottoms.
[[Rosie-Mai|name]] (7 months) was in her cot with a full nappy and a bottle of cold formula; she settled when picked up.

The house: bin bags and takeaway boxes in the hall; dog mess in the kitchen (a French bulldog called Gucci); the sink full;
a strong smell of cannabis; a rolled-up note and white powder residue on the glass coffee table; one working light downstairs.
There was food in the fridge (milk, Dairylea, a pack of Iceland sausages) and formula in the cupboard. Body-worn video on.

Mrs [[Bernadette McGrath|name]] (maternal grandmother, known to the family as Nan [[Bernie|name]]) of [[9 Bedford Road|address]],
[[Rock Ferry|place]] ([[0151 645 3127|phone]]) came by taxi at 04:00 and took all three children to her house with [[Jodie|name]]'s
agreement. [[Jodie|name]] went by ambulance to Arrowe Park Hospital under the strangulation pathway and was discharged at 06:10.

[[Flanagan|name]] was arrested at 05:20 at his cousin's flat on [[Conway Street|address]], [[Birkenhead|place]] (the cousin is
[[Jamie-Lee Flanagan|name]], 24). His grey VW Golf, [[MA65 UWF|vehicle]], was outside. He denies everything and says [[Jodie|name]]
"went for him". His offender manager at the Probation Service, [[Steph Gallagher|name]], has been told and is requesting a recall.

HISTORY
Six domestic incidents between [[Jodie|name]] and [[Connor|name]] since 2020. He was sentenced to 16 months in April 2025 for
assault occasioning actual bodily harm on her (incident of [[03/01/2025|date]], when [[Frankie|name]] was also hit). The
children have been on child protection plans (neglect) since [[12 March 2026|date]]; their social worker is [[Niamh Costigan|name]].
[[Frankie|name]]'s father, [[Anthony Doyle|name]], lives in Spain; there is no police information about him.

VOICE OF THE CHILD
[[Frankie|name]]: "I'm always the one who rings. Me mam told me not to but I did." He asked whether "our [[Bleu|name]] and the
baby are gonna get took off us".

OFFICER'S ASSESSMENT
High risk to [[Jodie|name]] and high risk of harm to the children, who were present and one of whom was assaulted. Recall to
prison is likely. Please consider a strategy discussion today. Contact: PC [[Kinsella|name]], Wirral DA Unit, via 101 ext 44613.
"""),
    ("social worker's record of telephone calls", """BIRKET VALE COUNCIL - CHILDREN'S SERVICES - CASE NOTES (TELEPHONE CONTACTS)
Children: [[Frankie McGrath|name]], [[Bleu Flanagan|name]], [[Rosie-Mai Flanagan|name]]    Worker: [[Niamh Costigan|name]], Social Worker,
Birkenhead Safeguarding Team 2    Entered: Monday [[28 September 2026|date]]

[[26.09.26|date]] 09:12 - outgoing call to Mrs [[Bernie McGrath|name]] (maternal grandmother), [[0151 645 3127|phone]]
All three children slept at hers. [[Bernie|name]] said [[Frankie|name]] "hasn't stopped talking" and [[Bleu|name]] "had two
Weetabix and a yoghurt like he's never been fed". [[Rosie-Mai|name]] has a bad nappy rash; [[Bernie|name]] bought Sudocrem
and nappies from Home Bargains. Her email is [[berniemcg69@icloud.com|email]]. She can keep them over the weekend but "I'm 56,
I work at the Asda in [[Bromborough|place]] and I've only got the one spare room, love". She says [[Jodie|name]] rang her
from the hospital "crying her eyes out and saying she's done with him for good this time". [[Bernie|name]] has heard that before.

[[26.09.26|date]] 10:40 - incoming call from [[Jodie McGrath|name]], [[07851 204 773|phone]]
[[Jodie|name]] was hoarse and tearful. She admitted she let [[Connor|name]] in, knowing the licence conditions. "He was knocking
for ages and I didn't want him waking the kids." She said she had two lines of coke "after the kids were asleep" and that
[[Flan|name]] brought it. She asked for the children to come home on Monday. I told her this would not be possible until we had
talked, and that a strategy discussion would be held today. She agreed the children can stay at her mum's.

[[26.09.26|date]] 11:30 - strategy discussion (Teams). Chair: [[Paul Hesketh|name]] (Team Manager). Police: DS [[Karen Woosey|name]].
Health: [[Shauna Fairclough|name]] (HV). School: Mrs [[Lisa Roscoe|name]] (DSL, [[Mersey Park|school]]). Section 47 agreed; see the
separate record. Legal gateway meeting to be requested on Monday.

[[26.09.26|date]] 15:05 - outgoing call to [[Anthony Doyle|name]] ([[Frankie|name]]'s father), [[+34 622 418 907|phone]]
[[Tony|name]] was at work in a bar in [[Benidorm|place]]. He has not seen [[Frankie|name]] since 2022 but they "message on
FIFA". He was shocked, and said: "Get him out of there. Can he come to me?" I explained the next steps. He says he has a
flat and a partner, [[Marisol|name]], with a daughter of 6, and would come over "if it helps". He asked that [[Frankie|name]] be
told he loves him. Email: [[tonydoyle91@hotmail.co.uk|email]].

[[27/09/2026|date]] 12:20 - incoming call from [[Chantelle McGrath|name]] ([[Jodie|name]]'s sister), [[07469 118 502|phone]]
"Our [[Chantelle|name]]" lives in [[Liscard|place]] with her two boys. She offered to have [[Bleu|name]] "a couple of nights a week"
but cannot take a baby as well. She said [[Jodie|name]] "has been using since [[Connor|name]] got out" and that "him and his
cousin run a line out of [[Birkenhead|place]] to [[Rhyl|place]]". I have passed this to DS [[Woosey|name]].

[[28/09/2026|date]] 08:50 - incoming call from Mrs [[Roscoe|name]], [[Mersey Park|school]], [[0151 604 7215|phone]]
[[Frankie|name]] came in on time with his nan, "clean, fed and full of himself". He told his class teacher, Mr [[Owen
Barlow|name]], that "the police came and I was a hero". He was tearful at dinner time and said he "wants to go home to check on
me mam and Gucci". Mrs [[Roscoe|name]] will make sure he sees the learning mentor, Miss [[Jade Lightfoot|name]], every morning.

[[28/09/2026|date]] 10:15 - outgoing call to [[Shauna Fairclough|name]] (HV), [[0151 514 2290|phone]]
[[Rosie-Mai|name]]'s last weight ([[15/09/2026|date]]) had dropped from the 25th to the 9th centile. [[Bleu|name]] missed his two-year
check twice and has only single words. [[Shauna|name]] will visit [[Bernie|name]]'s today and weigh [[Rosie-Mai|name]].

[[28/09/2026|date]] 14:30 - outgoing call to [[Steph Gallagher|name]] (Probation), [[07946 330 581|phone]]
[[Connor Flanagan|name]] was recalled to HMP Altcourse on Sunday [[27 September|date]]. The earliest release is about March. [[Steph|name]]
said he gave [[Jodie|name]]'s address as his on a universal credit claim in August. NI number on the claim: [[NH 73 05 22 D|ni]].

[[28/09/2026|date]] 16:45 - manager's direction ([[P. Hesketh|name]])
Legal gateway meeting on Wednesday [[30/09/2026|date]]. The children to stay with Mrs [[McGrath|name]] under a safety plan until
then; [[Jodie|name]] can visit there, supervised by her mum. A viability assessment of Mrs [[McGrath|name]] to start this week.
"""),
]

DOCS_A += [
    ("social work evidence statement for court", """IN THE FAMILY COURT AT LIVERPOOL                    Case number: LV26C00412
Birket Vale Council (applicant) v [[Jodie McGRATH|name]] (first respondent), [[Connor FLANAGAN|name]] (second respondent),
[[Anthony DOYLE|name]] (third respondent) and the children through their children's guardian (fourth to sixth respondents)

The children:  [[Frankie McGRATH|name]]      born [[14/01/2016|dob]]    NHS [[653 331 4785|nhs]]
               [[Bleu FLANAGAN|name]]        born [[02/03/2023|dob]]    NHS [[438 625 5117|nhs]]
               [[Rosie-Mai FLANAGAN|name]]   born [[20/02/2026|dob]]    NHS [[999 598 8879|nhs]]

SOCIAL WORK EVIDENCE STATEMENT OF [[NIAMH COSTIGAN|name]] (INITIAL, IN SUPPORT OF AN APPLICATION FOR INTERIM CARE ORDERS)
Statement no. 1    Dated: [[5 October 2026|date]]

1. Introduction
1.1 I am a social worker registered with Social Work England and employed by Birket Vale Council in the Birkenhead Safeguarding
Team. I have been the allocated social worker for the children since [[2
February 2026|date]]. My team manager is [[Paul Hesketh|name]].
1.2 The local authority applies for interim care orders for all three children. The interim plan is that [[Frankie|name]] stays
with his grandmother, Mrs [[Bernadette McGrath|name]] of [[9 Bedford Road|address]], [[Rock Ferry|place]], [[Birkenhead|place]] [[CH42
2AT|postcode]], and that [[Bleu|name]] and [[Rosie-Mai|name]] live with local authority foster carers in [[Moreton|place]] until
Mrs [[McGrath|name]]'s assessment as a kinship carer for all three is finished.

2. The family
2.1 [[Jodie McGrath|name]] (born [[8 September 1996|dob]]) is the mother of all three children. She grew up in [[Rock Ferry|place]]
and was herself on a child protection plan as a teenager. She worked at a nail bar in [[Grange Road|address]] until
[[Rosie-Mai|name]] was born.
2.2 [[Connor Flanagan|name]] (born [[27 April 1993|dob]]) is the father of [[Bleu|name]] and [[Rosie-Mai|name]] and has parental
responsibility for both. He is in HMP Altcourse following his recall on [[27/09/2026|date]].
2.3 [[Anthony Doyle|name]] (born [[2 June 1991|dob]]), known as [[Tony|name]], is [[Frankie|name]]'s father and has parental
responsibility (he is on the birth certificate). He has lived in [[Benidorm|place]], Spain, since 2021, and has been served by
email.

3. Summary of the local authority's concerns
3.1 Domestic abuse. There have been six police call-outs since 2020. Mr [[Flanagan|name]] was imprisoned in 2025 for assaulting Ms
[[McGrath|name]]. On [[26 September 2026|date]], in breach of his licence, he strangled and headbutted her in the kitchen while the
children were in the house; [[Frankie|name]] (10) was pushed into a door when he tried to stop it, and rang 999 himself.
3.2 Neglect. The children were made subject to child protection plans on [[12/03/2026|date]]. Over seven months I have made 23
visits (11 unannounced). The home was in a poor state on 14 of them. [[Rosie-Mai|name]] dropped from the 25th to the 9th centile;
[[Bleu|name]] (3) has around 20 words and has missed two development checks; [[Frankie|name]]'s attendance at [[Mersey Park|school]] was
81% last year, with 19 late marks.
3.3 Substance misuse. Ms [[McGrath|name]] told me on [[26.09.2026|date]] that she uses cocaine "at weekends" and smokes cannabis
daily. She has missed four of six appointments at Wirral Ways to Recovery.
3.4 Young caring. [[Frankie|name]] makes bottles, changes nappies and walks [[Bleu|name]] to nursery. His teacher, Mr [[Owen Barlow|name]],
says he is "a little dad".

4. The children now
4.1 [[Frankie|name]] has settled well with his nan. His attendance since [[28 September|date]] is 100%. He plays for a junior team
in [[Prenton|place]] and supports Tranmere Rovers, and he told me "I don't have to do everything at Nan's".
4.2 [[Bleu|name]] ("[[Bubba|name]]" to [[Frankie|name]]) and [[Rosie-Mai|name]] have been with the foster carers, Mr and Mrs [[Hardy|name]],
since [[1 October 2026|date]]. [[Rosie-Mai|name]] has gained 340 grams in a week. [[Bleu|name]] had tooth decay and is waiting to see the
dentist at the Community Dental Service in [[Wallasey|place]].

5. The parents' positions
5.1 Ms [[McGrath|name]] accepts that the children cannot come home now. She wants them all to be with her mum, and has agreed to a
hair strand test and to go to the Freedom Programme. She says she has ended the relationship with Mr [[Flanagan|name]].
5.2 Mr [[Flanagan|name]] opposes the application. Through his solicitor, Ms [[Gemma Quayle|name]] of [[Quayle|name]] [[Kinnear|name]]
Solicitors, he says the children should go to his mother, Mrs [[Pauline Flanagan|name]], in [[Leasowe|place]].
5.3 Mr [[Doyle|name]] supports the plan for [[Frankie|name]] to stay with his grandmother for now and asks for video calls on
Sundays; he would like to be assessed.

6. Assessments proposed
A kinship assessment of Mrs [[Bernadette McGrath|name]] and of Mrs [[Pauline Flanagan|name]] (by [[Carla Whitty|name]], Kinship Team),
with a kinship allowance meanwhile (Mrs [[McGrath|name]]'s NI number, [[WE316908A|ni]], is on the application);
a parenting assessment of Ms [[McGrath|name]]; hair strand tests for both parents; a viability assessment of Mr [[Doyle|name]] and his
partner, [[Marisol Ortega|name]], in Spain, through Children and Families Across Borders.

I believe that the facts stated in this statement are true.
Signed: [[N. Costigan|name]]    Social Worker    [[05.10.2026|date]]
"""),
    ("a boy's own words typed on a wishes and feelings app", """[Mind Of My Own app - "Prepare for my meeting" statement sent by
[[Frankie McGrath|name]] to [[Niamh Costigan|name]] on [[1 November 2026|date]] at 19:42. Copied exactly as typed for his
review child protection conference and the court.]

who are you?
[[frankie|name]]. im 10. i live at me nans in [[rock ferry|place]] for now. i go [[mersey park|school]] year 6

how are you feeling? 😐

whats going well?
at nans i get me tea every night and i dont have to get up for [[rosie|name]]. i got picked for the a team at footy in
[[prenton|place]] and we beat [[woodchurch|place]] 4-1 and i scored. me and nan watch strictly on a saturday. mr [[barlow|name]] says
my reading is way better. my dad [[tony|name]] facetimes me on sundays from spain and he showed me his pool

whats not going well?
i miss me mam and [[bubba|name]] and the baby. i only see them on tuesdays at the family centre in [[birkenhead|place]] for 2 hours.
[[bleu|name]] cried when i went. i miss gucci (our dog). nan says dogs are not allowed at hers cos of mr [[ellison|name]] the landlord

what do you want to happen?
i want me mam to stop taking stuff and be ok. i want all of us at nans even if its squashed. i DONT want [[flan|name]] to come
out of prison and come ours ever. i want to see me dad in the summer in [[benidorm|place]]. i want to go [[birkenhead park|school]]
with [[kayden|name]] and [[alfie-jay|name]] next year

anything else?
can [[niamh|name]] tell the judge i rang 999 cos i was brave not cos i was a grass. and [[chantelle|name]] said i can go hers
in [[liscard|place]] at christmas. my nans number is [[07723561840|phone]] if u need her
"""),
]

# --- B. Loades / Gotts family (white British), Mile Cross, Norwich ---------------------------------------------------

HOME_B = d.Address("31 Valpy Avenue", "Mile Cross", "Norwich", "NR3 2QS")
NANNY_B = d.Address("The Old Forge, Station Road", "Foulsham", "Dereham", "NR20 5RE")
DAD_B = d.Address("17 Middle Market Road", "", "Great Yarmouth", "NR30 2DN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Loades")], dt.date(2011, 6, 3), [HOME_B], ids=["4197181477", "P926162092333"],
       phones=["07934 617 228"], schools=["Sewell Park Academy"]),
    _p("s", "sibling", [("Alfie", "Gotts")], dt.date(2018, 2, 11), [HOME_B], ids=["4756900720", "L926210160200"],
       schools=["Mile Cross Primary School"]),
    _p("m", "mother", [("Stacey", "Loades")], dt.date(1990, 11, 19), [HOME_B], phones=["07588 402 119"],
       ids=["4031716710", "PX 62 18 44 C"]),
    _p("f", "father", [("Darren", "Gotts")], dt.date(1986, 5, 5), [HOME_B], phones=["07305 118 642"], ids=["JT 09 57 31 A"]),
    _p("f2", "father", [("Ricky", "Spanton")], dt.date(1989, 8, 30), [DAD_B], phones=["07442 195 307"]),
    _p("g", "grandparent", [("Sandra", "Bunn")], dt.date(1964, 2, 27), [NANNY_B], phones=["01362 684 251"]),
    _p("g2", "grandparent", [("Keith", "Bunn")], None, [NANNY_B]),
    _p("p1", "professional", [("Hannah", "Kerrison")], phones=["01603 224 816", "07493 228 610"],
       emails=["hannah.kerrison@wensumvale.gov.uk"]),
    _p("p2", "professional", [("Rob", "Larter")], phones=["01603 617 390"], emails=["rlarter@sewellparkacademy.co.uk"]),
], "c")

DOCS_B = [
    ("secondary school referral email with a forward", """From: [[Rob Larter|name]] <[[rlarter@sewellparkacademy.co.uk|email]]>
Sent: Tuesday, [[8 September 2026|date]] 13:05
To: Wensum Vale Children's Advice and Duty Service (CADS)
Cc: [[Jo Curson|name]] (Attendance Officer); [[Hayley Youngs|name]] (Head of Year 11)
Subject: Referral - [[Tegan LOADES|name]] (Y11), DOB [[03/06/2011|dob]] - possible exploitation

Good afternoon,

I would like to refer [[Tegan Loades|name]], Year 11, UPN [[P926162092333|upn]], of [[31 Valpy Avenue|address]], [[Mile Cross|place]],
[[Norwich|place]] [[NR3 2QS|postcode]]. Mum is [[Stacey Loades|name]] ([[07588 402 119|phone]]); she lives with her partner,
[[Darren Gotts|name]], and their son [[Alfie|name]] (8, [[Mile Cross Primary|school]]). [[Tegan|name]]'s father, [[Ricky Spanton|name]],
lives in [[Great Yarmouth|place]]. [[Tegan|name]]'s mobile: [[07934 617 228|phone]] (we think she has a second phone).

Why I am worried (details from [[Jo|name]] and [[Hayley|name]] below):
- Attendance 58% since the start of Year 10, and only two mornings out of six this term.
- She has twice been seen getting into a silver Audi A3 with tinted windows outside the school gates on [[Sprowston
Road|address]] at lunchtime, most recently today. A member of staff noted the registration: [[AY19 KFD|vehicle]].
- She came back this term with a Stone Island jacket, new Air Max and a lot of cash, and told a friend she "works for [[JJ|name]]".
- Her friend [[Mollie Tuck|name]] (Y11) told [[Hayley|name]] that [[Tegan|name]] has "been going to [[Yarmouth|place]] on the train
  with a bag" and stays out all night, and that "[[JJ|name]]" is "like 22".
- On [[3 September|date]] she fell asleep in a Maths lesson and would not take off her hoodie. She had a bruise on her wrist,
  which she said was "from netball".

She is a funny, kind girl who used to love Drama. She has had a rough time since her nan was ill last year (she was very
close to her Nanny [[Sandra|name]] in [[Foulsham|place]]). Mum has been supportive of school in the past but told [[Jo|name]] last
week that [[Tegan|name]] is "out of control" and that "[[Darren|name]] won't have her in the house much longer".

I have not spoken to Mum about this referral yet because of the possible risk from "[[JJ|name]]"; please advise. [[Tegan|name]] is in
school this afternoon and is with our pastoral lead, Mrs [[Kim Mace|name]], in the Hub.

Regards,
[[Rob|name]]

[[Rob Larter|name]] | Deputy Headteacher and DSL | [[Sewell Park Academy|school]]
[[Cozens Hardy Road|address]], [[Norwich|place]] [[NR7 9EJ|postcode]] | Tel [[01603 617 390|phone]]
This email and any attachments are confidential and intended only for the addressee.

-----Original Message-----
From: [[Jo Curson|name]] <[[j.curson@sewellparkacademy.co.uk|email]]>
Sent: [[08 September 2026|date]] 09:47
To: [[Rob Larter|name]]; [[Hayley Youngs|name]]
Subject: [[Tegan L|name]] 11JY - home visit this morning

Morning both,

Went to [[Valpy Ave|address]] at 8.30. [[Darren|name]] answered in his work gear (he works for Norse) and said [[Tegan|name]] "never
came in last night, as per". Mum was upstairs, came down in her dressing gown, crying. She showed me a text from [[Tegan|name]] at
02:14: "staying at [[mollie|name]]s dont wait up". [[Mollie|name]]'s mum told Mum that [[Tegan|name]] wasn't there.

[[Alfie|name]] was on the sofa in his uniform watching Bluey on his own. Mum said he is on the waiting list with the
neurodevelopmental service for ADHD and is "a nightmare in the mornings".

I rang [[Tegan|name]] from the car and she answered. She said she was "at a mate's in [[Lakenham|place]]" and would come in "after
dinner". She did, at 12.40, and then went out again at 12.55 to the silver car. [[Rob|name]], as you asked I've written the reg down.

[[Jo|name]]
[[Joanne Curson|name]] | Attendance and Welfare Officer | Ext. 2041
"""),
    ("exploitation strategy meeting minutes", """WENSUM VALE COUNCIL - CHILDREN'S SERVICES
STRATEGY MEETING (EXPLOITATION AND MISSING) - MINUTES
Child: [[Tegan LOADES|name]]    DOB [[3.6.2011|dob]]    NHS [[419 718 1477|nhs]]    School: [[Sewell Park|school]]
Address: [[31 Valpy Avenue|address]], [[Mile Cross|place]], [[Norwich|place]] [[NR3 2QS|postcode]]
Date: Friday [[18 September 2026|date]], 10:00-11:30, County Hall, Room 3 and Teams    Chair: [[Gill Thirtle|name]], Team Manager,
Norwich Exploitation Team    Minutes: [[Becky Leeder|name]]

Present: [[Hannah Kerrison|name]] (Social Worker); DC [[Amy Pegg|name]] (Norfolk Constabulary, Operation Gravity); PS [[Neil
Cubitt|name]] (Missing Persons Coordinator); [[Rob Larter|name]] (DSL, [[Sewell Park|school]]); [[Kirsty Gedge|name]] (School
Nurse); [[Tash Youngs|name]] (youth worker, the Matthew Project); [[Ellie Brundle|name]] (Point 1).
Apologies: Mrs [[Dawn Larwood|name]] (SENCo, [[Mile Cross Primary|school]]).

1. Purpose
The referral from school on [[8 September|date]], [[Tegan|name]]'s three missing episodes since then ([[9/9|date]], [[12/9|date]] and
[[15/9|date]]), and her arrest in [[Great Yarmouth|place]] on [[16 September 2026|date]].

2. Police (DC [[Pegg|name]])
On [[16/09/26|date]] at 19:20 officers searched a flat on [[Nelson Road Central|address]], [[Great Yarmouth|place]] under a drugs
warrant. [[Tegan|name]] was in the bedroom with [[Jordan Eke|name]] (22), known as "[[JJ|name]]", and a boy of 16 from [[King's
Lynn|place]]. Twenty wraps of crack cocaine were found in a sock in [[Tegan|name]]'s bag. She was arrested, interviewed with an
appropriate adult ([[Stacey|name]]) and released under investigation; she answered "no comment". [[Eke|name]] was charged with
possession with intent to supply and is remanded. His phone ([[07826 419 552|phone]]) holds messages sending "T" to
addresses in [[Gorleston|place]] and [[Caister|place]]. The Audi ([[AY19 KFD|vehicle]]) and a black Mercedes A-Class
([[RE21 WVL|vehicle]]) are registered to his brother, [[Reece Eke|name]], of [[Kett's Hill|address]], [[Norwich|place]]. An NRM
referral was made by police on [[17 September|date]] (First Responder: DC [[Pegg|name]]).

3. School (Mr [[Larter|name]])
Attendance now 41% this term. [[Tegan|name]] was in school on [[17/09/2026|date]] for the first time since the arrest; she told
Mrs [[Mace|name]] that "[[Jordan|name]] is my boyfriend, he looks after me". Predicted 4s in English and Drama if she attends.

4. Health
[[Kirsty Gedge|name]]: [[Tegan|name]] came to the drop-in on [[10.09.2026|date]] asking for the morning-after pill. She said her
boyfriend is "18". She was referred to the sexual health clinic at the Norfolk and Norwich University Hospital (iCaSH).
[[Ellie Brundle|name]] (Point 1): no previous contact; she can offer an appointment if [[Tegan|name]] agrees.

5. Family (SW [[Hannah|name]])
Mum is frightened and "at the end of her tether". She and [[Darren|name]] argue about [[Tegan|name]] every night; [[Darren|name]] told
me on [[14 September|date]] that "she's not my daughter, she's not my problem". [[Alfie|name]] copies [[Tegan|name]]'s swearing and
has been hitting other children at school. Nanny [[Sandra Bunn|name]] and Grandad [[Keith|name]] in [[Foulsham|place]] would have
[[Tegan|name]] to stay, but she says there is "nothing to do there, it's all fields". [[Tegan|name]]'s dad, [[Ricky Spanton|name]], rang
me from [[Yarmouth|place]] after the arrest and said he "knows the [[Eke|name]] family" and "will sort it"; he was told not to.

6. Analysis
[[Tegan|name]] is being criminally and sexually exploited by an adult man who is now in custody; his network (including his
brother) remains active. She does not see herself as a victim. Risk: HIGH.

7. Actions
- Section 47 enquiry (CSE and CCE), joint with police; [[Hannah|name]] and DC [[Pegg|name]] to see [[Tegan|name]] on
  [[21/09/2026|date]].
- A disruption notice (Child Abduction Warning Notice) for [[Reece Eke|name]] - DC [[Pegg|name]].
- Return home interviews after every missing episode - [[Tash Youngs|name]], who already knows [[Tegan|name]] from the youth club.
- [[Rob Larter|name]]: a reduced timetable with a Drama option and a trusted adult; a taxi to school.
- [[Kirsty Gedge|name]]: a sexual health check and a referral to the Harbour Centre if [[Tegan|name]] discloses sexual abuse.
- [[Hannah|name]]: work with [[Stacey|name]] and [[Darren|name]] on parenting a teenager at risk; an Early Help referral for
  [[Alfie|name]]'s family through the Benjamin Foundation; ask Nanny [[Sandra|name]] about weekends.
Next meeting: [[2 October 2026|date]] at 10:00.
"""),
]

DOCS_B += [
    ("chronology of significant events", """WENSUM VALE COUNCIL - CHRONOLOGY OF SIGNIFICANT EVENTS
Child: [[Tegan Loades|name]] ([[03-06-2011|dob]])    Half-brother: [[Alfie Gotts|name]] ([[11-02-2018|dob]], UPN [[L926210160200|upn]])
Mother: [[Stacey Loades|name]] ([[19-11-1990|dob]], NI [[PX 62 18 44 C|ni]])    Stepfather: [[Darren Gotts|name]] ([[05-05-1986|dob]], NI
[[JT 09 57 31 A|ni]])
Father: [[Ricky Spanton|name]] ([[30-08-1989|dob]]), [[17 Middle Market Road|address]], [[Great Yarmouth|place]] [[NR30 2DN|postcode]]
Maternal grandparents: [[Sandra|name]] and [[Keith Bunn|name]], [[The Old Forge|address]], [[Station Road|address]], [[Foulsham|place]]
Compiled by [[H. Kerrison|name]], Social Worker ([[+44 (0)1603 224816|phone]]); last updated [[30/11/2026|date]]

Date          | Event                                                                                     | Source
[[03/06/2011|dob]]    | [[Tegan|name]] born at the Norfolk and Norwich University Hospital. [[Stacey|name]] is 20.          | Health
[[14 Feb 2013|date]]   | Police called to [[Stacey|name]] and [[Ricky|name]]'s flat in [[Heartsease|place]] ([[Rider Haggard
Road|address]]); [[Ricky|name]] arrested for criminal damage. They separate.                                    | Norfolk Constabulary
[[2015-09-01|date]]   | [[Tegan|name]] starts Reception at [[Mile Cross Primary|school]].                                    | Education
[[11/02/2018|dob]]    | [[Alfie|name]] born ([[Stacey|name]] and [[Darren|name]]); family move to [[Valpy Avenue|address]].   | Health
[[22nd March 2019|date]] | Referral from school: [[Tegan|name]] (7) says "[[Darren|name]] shouts and punches the walls". Single
              assessment; no further action; Early Help through the Benjamin Foundation.                  | CADS
[[9 Jan 2023|date]]     | [[Tegan|name]] starts at [[Sewell Park|school]] mid-year after a managed move from [[Hellesdon
High|school]].                                                                                          | Education
[[18.07.2025|date]]     | Nanny [[Sandra|name]] has a stroke; in hospital for six weeks. [[Tegan|name]] "stops caring about
              anything" (mum).                                                                            | Family
Sept 2025 to Dec 2025 | [[Tegan|name]]'s attendance falls to 72%; two fixed-term suspensions for swearing at staff. | Education
[[8/9/2026|date]]     | School referral: possible exploitation; silver Audi; "[[JJ|name]]".                                  | School
[[9/9/2026|date]], [[12/9/2026|date]], [[15/9/2026|date]] | Reported missing overnight by [[Stacey|name]]; found or returned the next
              day each time.                                                                              | Police
[[16/09/2026|date]]   | Arrested at a flat in [[Great Yarmouth|place]] with [[Jordan Eke|name]] ("[[JJ|name]]"); crack cocaine in her
              bag; released under investigation.                                                          | Police
[[18/09/2026|date]]   | Strategy meeting: section 47 (CSE and CCE); NRM referral (police, [[17/09|date]]).         | LA / Police
[[23 Sep 2026|date]]    | Joint visit: [[Tegan|name]] says she "loves" [[Jordan|name]]; refuses medical.                   | LA / Police
[[2 Oct 2026|date]]     | [[Tegan|name]] stays at Nanny [[Sandra|name]]'s in [[Foulsham|place]] for a weekend; "happy and
              helpful", walked the dogs with Grandad [[Keith|name]].                                      | Family
[[13/10/2026|date]]   | Initial Child Protection Conference: CP plan (sexual abuse category); [[Alfie|name]] CIN.      | LA
[[24/10/2026|date]]   | Missing for 30 hours; found by PS [[Cubitt|name]]'s team in a car at [[Sprowston|place]] with [[Reece
              Eke|name]]; [[Reece Eke|name]] arrested for breaching the abduction warning notice.         | Police
[[26/10/2026|date]]   | Return home interview ([[Tash Youngs|name]]): [[Tegan|name]] says "[[Reece|name]] said [[JJ|name]] needs
              me to pay off the bag the police took. £1,800."                                                           | Matthew Project
[[4/11/26|date]]      | Single Competent Authority: positive reasonable grounds decision.                           | Home Office
[[9 November 2026|date]] | [[Darren|name]] leaves the family home after a row; [[Stacey|name]] says he "wanted her out or him
              out".                                                                                       | Mother
[[20/11/2026|date]]   | [[Tegan|name]] moves to Nanny [[Sandra|name]]'s under a safety plan; a taxi to [[Sewell Park|school]] daily.   | LA
[[27/11/2026|date]]   | Attendance this week 100%. [[Tegan|name]] cast as Sandy in the school production of Grease.  | School
"""),
    ("text messages between a mother and her social worker", """[SMS messages between [[Stacey Loades|name]] ([[07588 402 119|phone]])
and [[Hannah Kerrison|name]]'s work mobile ([[07493 228 610|phone]]), [[24 October|date]] to [[21 November 2026|date]]. Exported for
the case record. Spelling and emojis as sent.]

Sat [[24/10|date]]
07:02 [[Stacey|name]]: [[Hannah|name]] she never come home again. not answering. phone off since 11 last nite
07:03 [[Stacey|name]]: ive rung the police. log no is NC-24102026-0098
07:40 Me: Thank you for ringing them straight away, [[Stacey|name]]. The out of hours team knows. Have you checked her snap map?
07:52 [[Stacey|name]]: ghost mode. [[mollie|name]] says she seen her get in [[reece|name]]s car by the co op on [[drayton rd|address]]
07:53 [[Stacey|name]]: the audi. [[ay19 kfd|vehicle]]
08:10 Me: I've passed that to PS [[Cubitt|name]]. Try to rest. Who's with [[Alfie|name]]?
08:12 [[Stacey|name]]: [[daz|name]] is 🙄
Sun [[25/10|date]]
13:31 [[Stacey|name]]: POLICE FOUND HER!!!! in [[sprowston|place]]. shes ok. they are bringing her home
13:32 [[Stacey|name]]: they nicked [[reece|name]] 🙏
13:50 Me: That's such a relief. I'll come over at 4 if that's ok? [[Tash|name]] will do the return home interview tomorrow.
13:51 [[Stacey|name]]: ok x
Tue [[27/10|date]]
21:15 [[Stacey|name]]: [[tegs|name]] told me about the money. 1800 quid. where am i gonna get that from
21:16 [[Stacey|name]]: someone put a note thru the door. "T owes". i am scared for [[alf|name]]
21:20 Me: You don't pay anything, and neither does [[Tegan|name]]. Please ring 999 if anyone comes to the house. I'm ringing
DC [[Pegg|name]] now and I'll call you in 10 mins.
Mon [[9/11|date]]
23:48 [[Stacey|name]]: [[darren|name]] has gone. took the telly and the xbox. [[alfie|name]] is crying his eyes out
23:49 [[Stacey|name]]: im not even sad about [[daz|name]] tbh. just [[alf|name]]
Tue [[10/11|date]]
08:30 Me: I'm sorry, [[Stacey|name]]. That's a lot. Shall I come round after school drop off? Is [[Alfie|name]] going in?
08:41 [[Stacey|name]]: yeah he went. mrs [[larwood|name]] is gonna keep an eye
Thu [[19/11|date]]
17:05 [[Stacey|name]]: me mum said yes!!! [[tegs|name]] can go to hers from tomorrow. dad said alright bor, we'll get the
spare room done 😂
17:06 [[Stacey|name]]: nanny [[sand|name]] is so happy. the taxi will pick her up from [[foulsham|place]]? is that right
17:20 Me: Yes - the council's taxi will pick her up at 7.50 every morning from Nanny [[Sandra|name]]'s. I'll send the booking to
your mum's email.
17:21 [[Stacey|name]]: its [[sandrabunn64@btinternet.com|email]]
Sat [[21/11|date]]
10:02 [[Stacey|name]]: went to see her. shes been baking with mum and shes got a part in grease!!! SANDY!!
10:03 [[Stacey|name]]: [[ricky|name]] wants to come to the show on the [[10th|date]]. [[tegs|name]] says yes. is that ok
10:15 Me: That's lovely news 😊 Let's talk about [[Ricky|name]] coming on Monday - I'll ring you at 11.
"""),
]

# --- C. Hotchkiss / Speake family (white British), Brookside, Telford -------------------------------------------------

HOME_C = d.Address("27 Bembridge", "Brookside", "Telford", "TF3 1NH")
NAN_C = d.Address("3 Darby Road", "Coalbrookdale", "Telford", "TF8 7EP")
MUM_C = d.Address("Flat 6, 21 Regent Street", "Wellington", "Telford", "TF1 1PF")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mason", "Hotchkiss")], dt.date(2013, 7, 29), [HOME_C], ids=["4343122204", "N894166757126"],
       phones=["07470 551 982"], schools=["Madeley Academy"]),
    _p("s", "sibling", [("Evie-Rose", "Hotchkiss")], dt.date(2017, 4, 5), [HOME_C], ids=["4386996788", "B894194101294"],
       schools=["Holmer Lake Primary School"]),
    _p("s2", "sibling", [("Harley", "Hotchkiss")], dt.date(2020, 10, 12), [HOME_C], ids=["9997267796", "H894218226587"],
       schools=["Holmer Lake Primary School"]),
    _p("f", "father", [("Craig", "Hotchkiss")], dt.date(1987, 12, 16), [HOME_C], phones=["07419 880 316"], ids=["NE 84 21 67 B"]),
    _p("m", "mother", [("Danielle", "Speake"), ("Dani", "Speake")], dt.date(1991, 8, 22), [MUM_C], phones=["07748 126 903"],
       ids=["KR 56 30 92 D"]),
    _p("g", "grandparent", [("Lorraine", "Hotchkiss")], dt.date(1962, 5, 9), [NAN_C], phones=["01952 586 140"]),
    _p("p1", "professional", [("Emma", "Bebb")], phones=["01952 380 417", "07404 668 217"], emails=["emma.bebb@wrekinside.gov.uk"]),
    _p("p2", "professional", [("Tracey", "Onions")], phones=["01952 684 295"], emails=["t.onions@madeleyacademy.com"]),
], "c")

DOCS_C = [
    ("unannounced home visit case note", """WREKINSIDE COUNCIL - FAMILY SAFEGUARDING - CASE NOTE
Case: [[HOTCHKISS, Mason|name]] (13), [[HOTCHKISS, Evie-Rose|name]] (9), [[HOTCHKISS, Harley|name]] (6)
Type: Home visit, unannounced    Date: Wednesday [[16th September 2026|date]], 08:05-09:20
Address: [[27 Bembridge|address]], [[Brookside|place]], [[Telford|place]] [[TF3 1NH|postcode]]
Worker: [[Emma Bebb|name]], Social Worker    Also present: [[Kerry Lloyd|name]], Family Practitioner (Early Help)

Reason for visit: a call from [[Holmer Lake|school]] on [[15/09/2026|date]] (Mr [[Sam Meredith|name]], DSL): [[Harley|name]] came in
wet and smelling of urine three days running; [[Evie-Rose|name]] said "Dad was asleep on the floor again and me and [[Harley|name]]
had crisps for tea". And a Prevent referral the week before from [[Madeley Academy|school]] about [[Mason|name]].

The visit: we knocked for four minutes. [[Evie-Rose|name]] opened the door, dressed for school, hair not brushed, holding
[[Harley|name]]'s hand. [[Harley|name]] was in yesterday's uniform, which was damp, with no socks. [[Craig Hotchkiss|name]] came
downstairs at 08:12 in a dressing gown. He smelled strongly of alcohol and his eyes were bloodshot. He said: "I had a few
cans after work, I'm not a criminal." There were 14 empty cans of Stella and a half-empty bottle of Glen's vodka in the
recycling; an ashtray full on the kitchen windowsill; the fridge had milk, margarine, a multipack of Monster and some
Frubes. The downstairs was cluttered but not dirty. The back garden has a trampoline with a hole in it.

[[Mason|name]] did not come down. I went up with [[Craig|name]]'s agreement. His room was dark; he was on his Xbox with a headset
and three screens (the Xbox, a laptop and his phone), playing with people on Discord. On the wall: a St George's flag and a
poster of Tommy Shelby from Peaky Blinders. When I asked him to take his headset off he said "I'm in a game, [[Emma|name]]" and
then "you can't come in here, it's my house". He did take it off after [[Craig|name]] shouted. He refused to go to school ("it's
a joke, the teachers are all woke"). He has been on a part-time timetable since a suspension for fighting on [[7 September|date]].

[[Evie-Rose|name]] (9) talked to [[Kerry|name]] in the kitchen while she made [[Harley|name]] some toast. She said her dad "drinks
the green cans every night and then sleeps", that she washes [[Harley|name]]'s sheets "when I remember", and that [[Mason|name]]
"shouts bad words about people on his game". She misses her mum: "Mummy [[Dani|name]] lives in [[Wellington|place]] now with
[[Wayne|name]]. I saw her at Nanny's at Easter." [[Harley|name]] (6) said very little; he hid behind [[Evie-Rose|name]] and asked
for "Nanny [[Lol|name]]".

[[Craig|name]] (38) said he has been drinking more since he lost his job as a forklift driver at a warehouse in [[Hortonwood|place]]
in June, and since [[Danielle|name]] left in 2024. "She walked out and left me with three kids and a smack habit. I've done
everything on my own." He agreed that he drinks "eight or nine cans a night, more at weekends". He drives the children to
his mum's in his Vauxhall Astra ([[BV15 PKX|vehicle]]); I told him he must not drive after drinking and he said "I never would".

About [[Mason|name]] he said: "He's just a kid who likes his country. It's all memes." He does not know who [[Mason|name]]
talks to online. He knows [[Mason|name]] has been going to [[Dawley|place]] to see "a lad called [[Stu|name]]" who "gives him
vapes". I asked for the surname; [[Craig|name]] did not know.

His mum, Mrs [[Lorraine Hotchkiss|name]], arrived at 08:45 from [[Coalbrookdale|place]] (she comes most mornings when she can
get a lift). She took [[Evie-Rose|name]] and [[Harley|name]] to school and said "I've been telling him about the drink for a year.
I'm 64 and I've got a bad hip. I can't do this every day." Her phone: [[01952 586 140|phone]].

Agreed with [[Craig|name]]: no drinking before or while caring for the children alone; [[Lorraine|name]] to have the two younger
ones at [[Darby Road|address]] on Friday and Saturday nights for now; a GP appointment at the Woodside Medical Practice about his
drinking; a referral to We Are With You, [[Telford|place]]; [[Kerry|name]] to do a home routines plan; [[Craig|name]] to lock the
Xbox away at 10 pm. He signed the agreement. I will speak to PC [[Dean Astley|name]] (Prevent) and Mrs [[Tracey
Onions|name]] (DSL, [[Madeley|school]]) today and arrange a strategy discussion.
Next visit: [[21/09/2026|date]] (announced). Manager informed: [[Richard Corbett|name]], [[16/09/2026|date]] 10:05.
"""),
    ("child and family assessment extract", """WREKINSIDE COUNCIL - CHILD AND FAMILY ASSESSMENT (extract: sections 2, 4 and 6)
Children: [[Mason Hotchkiss|name]] (DOB [[29/07/2013|dob]], NHS [[434 312 2204|nhs]], UPN [[N894166757126|upn]], [[Madeley
Academy|school]]); [[Evie-Rose Hotchkiss|name]] (DOB [[05/04/2017|dob]], NHS [[438 699 6788|nhs]], UPN [[B894194101294|upn]]);
[[Harley Hotchkiss|name]] (DOB [[12/10/2020|dob]], NHS [[999 726 7796|nhs]], UPN [[H894218226587|upn]]), both at
[[Holmer Lake Primary School|school]]
Father: [[Craig Hotchkiss|name]] (DOB [[16/12/1987|dob]], NI [[NE 84 21 67 B|ni]]), [[27 Bembridge|address]], [[Brookside|place]],
[[Telford|place]] [[TF3 1NH|postcode]], mobile [[07419 880 316|phone]]
Mother: [[Danielle Speake|name]] ("[[Dani|name]]", DOB [[22/08/1991|dob]]), [[Flat 6, 21 Regent Street|address]], [[Wellington|place]],
[[Telford|place]] [[TF1 1PF|postcode]], mobile [[07748 126 903|phone]]
Social worker: [[Emma Bebb|name]]    Started: [[16/09/2026|date]]    Completed: [[28/10/2026|date]]

2. [[Mason|name]]: what is happening for him
2.1 The Prevent referral from [[Madeley Academy|school]] ([[8 September 2026|date]], Mrs [[Onions|name]]) said that [[Mason|name]] had
shown other Year 9 boys videos on his phone of a man who "explains why immigrants are taking over", had drawn a swastika on a
desk in the science block and had told a Sikh boy in his form "you'll get sent back". The Prevent officer, PC [[Dean
Astley|name]] (West Mercia Police), found that [[Mason|name]] was in a Telegram group run by an adult who calls himself "Saxon Lad"
and who, through the police's enquiries, is [[Stuart Tranter|name]] (34) of [[Dawley|place]], the "[[Stu|name]]" who gives him vapes.
[[Tranter|name]] has now been arrested for offences under the Terrorism Act 2006 and for supplying vapes to a child. The Channel
panel accepted [[Mason|name]] on [[2 October 2026|date]]; his intervention provider is Mr [[Imran Latif|name]], who he likes because
"he plays Warzone and he's not a snowflake".
2.2 [[Mason|name]] says he is "not racist, I've got a Polish mate", meaning [[Kacper Nowicki|name]], his friend since [[Holmer
Lake|school]]. He told me that since his mum left "nobody asks me anything except to tidy up". He spends most nights online
until 2 or 3 am. He was suspended for five days in September for punching [[Tyler Bowen|name]] after [[Tyler|name]] "said
something about my mum being a smackhead". He is bright (predicted grade 6 in History) and wants to join the Army "like my
grandad [[Ken|name]]", who served in the Falklands.

4. Parenting capacity
4.1 [[Craig|name]] loves his children and they love him. Since [[Danielle|name]] left in March 2024 he has kept the family together
on his own, and until June he worked full time. His drinking has increased: he scored 27 on the AUDIT questionnaire with the
GP, Dr [[Imran Saeed|name]], on [[29 September|date]], and has started a community detox with We Are With You. The school has
seen an improvement: [[Harley|name]] has not come in wet since [[1 October|date]] and [[Evie-Rose|name]] "is smiling again" (her
teacher, Miss [[Poppy Gough|name]]).
4.2 [[Danielle|name]] used heroin from 2019 and left the family home in March 2024. She has been on a methadone script since
February 2025 and has been tested clean for eight months. She lives with her partner, [[Wayne Gittins|name]], who has a
conviction for possession with intent to supply (2019). She sees the children at her mum-in-law's every other Sunday.
She told me on [[13/10/2026|date]]: "I want them back, or at least [[Evie|name]] and [[Harley|name]]. But I know I need to prove it."
4.3 Nan [[Lorraine|name]] (64) lives alone in [[Coalbrookdale|place]], near the Iron Bridge, and has the two younger ones every
weekend. She does not drive; [[Craig|name]]'s sister, [[Gemma Tudor|name]], of [[Oakengates|place]], gives her lifts.

6. Analysis and plan
The children's needs are being neglected because of their father's drinking, their mother's absence and their isolation;
[[Mason|name]] has been groomed into extremist views by an adult and is at risk of harm to himself and others. There are real
strengths: a loving dad who has started to change, a grandmother, an aunt and a mum who is in recovery. Outcome: a Child in
Need plan for all three children, reviewed in six weeks; Channel support for [[Mason|name]]; an alcohol-free plan for [[Craig|name]];
supervised contact with [[Danielle|name]] to move to unsupervised if her tests stay clear. Authorised: [[R. Corbett|name]],
[[30/10/2026|date]].
"""),
]

DOCS_C += [
    ("child in need review minutes", """WREKINSIDE COUNCIL - CHILD IN NEED REVIEW MEETING - MINUTES
Children: [[Mason|name]], [[Evie-Rose|name]] and [[Harley HOTCHKISS|name]]
Date: Thursday [[10 December 2026|date]], 16:00-17:20, at [[Holmer Lake Primary School|school]], [[Holmer Lake|place]]
Chair: [[Emma Bebb|name]] (SW), [[01952 380 417|phone]] / [[07404 668 217|phone]], [[emma.bebb@wrekinside.gov.uk|email]]
Minutes: [[Kerry Lloyd|name]]

Present: [[Craig Hotchkiss|name]] (father); [[Danielle Speake|name]] (mother, from 16:20); Mrs [[Lorraine Hotchkiss|name]]
(paternal grandmother); Mrs [[Tracey Onions|name]] ([[Madeley|school]]); Mr [[Sam Meredith|name]] and Miss [[Poppy Gough|name]]
([[Holmer Lake|school]]); Mr [[Imran Latif|name]] (Channel intervention provider); [[Siobhan Price|name]] (recovery worker, We Are With
You). [[Mason|name]] came for the first 15 minutes.

1. [[Mason|name]]'s views
[[Mason|name]] said he "didn't want to come but [[Imran|name]] said I should". He said school is "alright now" since he moved to a
different form. He has deleted Telegram. He still plays Xbox but "not with the [[Dawley|place]] lot". He goes to the Army
Cadets on Tuesday nights in [[Lawley|place]] and "it's actually good". He wants his dad to "stay off the cans" and
his mum to come to his parents' evening. He asked whether "[[Stu|name]]" is going to prison ("I hope so, he was using me").

2. Updates
- Mr [[Latif|name]]: eight sessions; [[Mason|name]] is engaging, has talked about his mum's addiction and about feeling "nobody's
  bothered". Views about immigrants "much softer". He would like Channel to stay open until the end of February.
- Mrs [[Onions|name]]: full timetable since [[2 November|date]]; attendance 94% since then; no behaviour points for three weeks.
  He apologised to the boy he had insulted, [[Jaskaran Singh Dhillon|name]], and they were in a history project together.
- [[Siobhan Price|name]]: [[Craig|name]] finished the detox on [[20/11/2026|date]] and has come to every group. He has had "two
  slips", both at weekends when the younger ones were at his mum's. Breathalyser tests at appointments: all 0.00.
- Mr [[Meredith|name]] and Miss [[Gough|name]]: [[Evie-Rose|name]] 98% attendance; she has been chosen as a reading buddy.
  [[Harley|name]] is dry in the day; he was Joseph in the Year 1 nativity and "stole the show". A referral to the school
  nurse about night-time wetting has been made.
- [[Dani|name]]: still clean (tests of [[1 December|date]] clear). She has left [[Wayne Gittins|name]] and has moved (housing
  application under her NI number, [[KR 56 30 92 D|ni]]) to a one-bed flat with the Wrekin Housing Group in [[Hadley|place]]:
  [[Flat 2, 8 Castle Street|address]], [[Hadley|place]], [[TF1 5QX|postcode]]. She asked to have [[Evie-Rose|name]] and
  [[Harley|name]] overnight on alternate Saturdays.
- Nan [[Lorraine|name]]: "It's like having my son back." She is having her hip done at the Princess Royal Hospital in
  January and will not be able to have the children for six weeks.

3. Decisions
- The Child in Need plan continues for three months; the risk from [[Tranter|name]] has reduced (he is remanded in custody).
- Overnight stays with [[Dani|name]] for the younger two: one trial on Saturday [[19 December|date]], if [[Emma|name]] has
  visited the flat first.
- While Nan is recovering, [[Gemma Tudor|name]] ([[07455 213 870|phone]]) will do the Friday school run in her Kia Picanto
  ([[YG17 NHU|vehicle]]). [[Craig|name]] is looking for
  work; he has an interview at a distribution centre in [[Donnington|place]] on [[15/12/2026|date]].
- Christmas: [[Craig|name]] will host Christmas Day; [[Danielle|name]] and [[Lorraine|name]] are both invited. Everyone laughed.
Next review: Thursday [[11 March 2027|date]], 16:00, [[Holmer Lake|school]].
"""),
    ("letter to a father after a review", """Wrekinside Council
Family Safeguarding Service, Darby House, [[Lawn Central|address]], [[Telford|place]] [[TF3 4JA|postcode]]

Private and confidential
Mr [[C. Hotchkiss|name]]
[[27 Bembridge|address]]
[[Brookside|place]]
[[Telford|place]]
[[TF3 1NH|postcode]]

[[14th December 2026|date]]

Dear [[Craig|name]],

[[Mason|name]], [[Evie-Rose|name]] and [[Harley|name]] - the Child in Need review on [[10/12/2026|date]]

Thank you for coming to the review on Thursday and for bringing the mince pies. I am writing, as I promised, to set out what
we agreed, so that you, [[Danielle|name]] and your mum all have the same information.

What is going well
You finished your detox on [[20 November|date]] and have been honest with [[Siobhan|name]] about the two times you drank.
[[Mason|name]] is back in school full time and Mr [[Latif|name]] says he is doing really well. [[Evie-Rose|name]] is a reading buddy
and [[Harley|name]] is dry in the day. You have kept the house tidy on all of my visits since October, and the children told me
they are having "proper teas" (I especially heard about your spaghetti bolognese).

What we still need to see
- No drinking at all when you are looking after the children, including at Christmas. If you slip, please ring [[Siobhan|name]]
  or me and ask your sister [[Gemma|name]] or [[Danielle|name]] to help.
- [[Mason|name]]'s internet use: the Xbox and his phone to be handed in at 10 pm on school nights, as agreed with him.
- The younger two's overnight stays with [[Danielle|name]] at her flat in [[Hadley|place]] will start with one trial night on
  [[19/12/2026|date]]. I will visit her flat on [[17 December|date]].

Please remember that the Child in Need plan is voluntary, and that you can ask for a different social worker or make a
complaint if you are not happy with the service. You can also get independent advice from the Family Rights Group.

Have a lovely Christmas, all of you. My next visit will be on Monday [[4 January 2027|date]] at 4 pm.

Yours sincerely,

[[Emma Bebb|name]]
Social Worker, Family Safeguarding Team 3
Direct line [[01952 380 417|phone]] | Work mobile [[07404 668 217|phone]] | [[emma.bebb@wrekinside.gov.uk|email]]

cc: Ms [[D. Speake|name]], [[Flat 2, 8 Castle Street|address]], [[Hadley|place]]; Mrs [[L. Hotchkiss|name]], [[3 Darby Road|address]],
[[Coalbrookdale|place]] [[TF8 7EP|postcode]]
"""),
]

# --- D. Balogun family (British Nigerian, Yoruba), Netherfield, Milton Keynes ------------------------------------------

HOME_D = d.Address("46 Farthing Grove", "Netherfield", "Milton Keynes", "MK6 4HQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Precious", "Balogun")], dt.date(2014, 9, 27), [HOME_D], ids=["6730971002", "J826198673179"],
       schools=["Lord Grey Academy"]),
    _p("s", "sibling", [("Favour", "Balogun")], dt.date(2021, 5, 30), [HOME_D], ids=["9990809372", "M826214628343"],
       schools=["Jubilee Wood Primary School"]),
    _p("s2", "sibling", [("Ayomide", "Balogun"), ("Ayo", "Balogun")], dt.date(2011, 3, 18), [HOME_D],
       ids=["6917964840", "R826161904281"], phones=["07506 771 294"], schools=["The Milton Keynes Academy"]),
    _p("m", "mother", [("Oluwakemi", "Balogun"), ("Kemi", "Balogun")], dt.date(1988, 2, 14), [HOME_D], phones=["07956 310 884"],
       ids=["4164778636", "SH 27 90 15 C"]),
    _p("f", "father", [("Babatunde", "Balogun"), ("Tunde", "Balogun")], dt.date(1982, 7, 9), [HOME_D], phones=["07472 830 145"],
       ids=["SN 46 81 03 A"]),
    _p("g", "grandparent", [("Modupe", "Adeyemi")], phones=["+234 803 417 2290"]),
    _p("u", "other", [("Segun", "Balogun")], phones=["+1 713 482 6617"]),
    _p("p1", "professional", [("Laura", "Wheatley")], phones=["01908 254 613", "07399 412 806"],
       emails=["laura.wheatley@ouzelvale.gov.uk"]),
    _p("p2", "professional", [("Amanda", "Fenwick")], phones=["01908 372 118"], emails=["a.fenwick@jubileewood.org.uk"]),
], "c")

DOCS_D = [
    ("primary school safeguarding log export", """CPOMS - STUDENT SAFEGUARDING REPORT - [[Jubilee Wood Primary School|school]]
Student: [[Favour Balogun|name]]    Year: 1 (Owls)    DOB: [[30/05/2021|dob]]    UPN: [[M826214628343|upn]]
Parents: [[Oluwakemi Balogun|name]] (Mum, [[07956 310 884|phone]]); [[Babatunde Balogun|name]] (Dad, [[07472 830 145|phone]])
Siblings: [[Precious|name]] (Y7, [[Lord Grey|school]]); [[Ayomide|name]] (Y11, [[The Milton Keynes Academy|school]])
Address: [[46 Farthing Grove|address]], [[Netherfield|place]], [[Milton Keynes|place]] [[MK6 4HQ|postcode]]
Exported by: [[A. Fenwick|name]] (DSL) on [[06/10/2026|date]] 15:48 for Ouzel Vale MASH

[[01/10/2026|date]] 08:52 | Categories: Physical injury; Disclosure | Recorded by: [[Holly Sparrow|name]] (Class teacher)
At the carpet session [[Favour|name]] was rubbing her arm. I saw three red lines on the back of her left upper arm, each about
8 cm long, straight and parallel, one with a small scab. I asked "what happened to your arm?" and she said "Daddy flogged
me with his belt because I spilled [[Precious|name]]'s Milo". I did not ask anything else. Told the DSL at 08:58.
Linked student: none.    Alerted: [[Amanda Fenwick|name]]

[[01/10/2026|date]] 09:20 | Categories: Physical injury; Body map | Recorded by: [[Amanda Fenwick|name]] (DSL)
Looked at the marks with [[Holly Sparrow|name]] present (body map attached). Three linear marks as described, and an older
yellowish mark on the back of the right thigh, seen when she went to the toilet. [[Favour|name]] said "it's from last time".
Rang Ouzel Vale MASH at 09:31 (spoke to [[Nathan Oduya|name]]). Advised not to contact parents. MASH to call back.

[[01/10/2026|date]] 10:45 | Categories: Contact with other agencies | Recorded by: [[Amanda Fenwick|name]]
Strategy discussion by phone: [[Laura Wheatley|name]] (SW), DC [[Aisha Rahman|name]] (Thames Valley Police), me. Section 47
agreed. Child protection medical this afternoon at Milton Keynes University Hospital. [[Laura|name]] and DC [[Rahman|name]] will
see [[Favour|name]] at school at 13:00; [[Precious|name]] to be seen at [[Lord Grey Academy|school]] at 14:00 (their DSL, Mr [[Daniel
Hope|name]], told).

[[01/10/2026|date]] 13:05 | Categories: Contact with other agencies | Recorded by: [[Amanda Fenwick|name]]
[[Laura|name]] and DC [[Rahman|name]] saw [[Favour|name]] in the nurture room with Mrs [[Bukola Adewale|name]] (TA, who
speaks Yoruba) present. [[Favour|name]] repeated what she said this morning and added "Daddy is nice but when he is angry he
uses the belt, and Mummy cries".

[[01/10/2026|date]] 15:10 | Categories: Parental contact | Recorded by: [[Amanda Fenwick|name]]
Mum ([[Kemi|name]]) came for pick-up with [[Favour|name]]'s aunty, Mrs [[Olabisi Adeyemi|name]]. [[Laura|name]] spoke to Mum in my
office. Mum was upset and said "we discipline our children, but not to injure". [[Favour|name]] went with Mum and Aunty
[[Bisi|name]] to the hospital for the medical.

[[02/10/2026|date]] 08:40 | Categories: Attendance; Wellbeing | Recorded by: [[Holly Sparrow|name]]
[[Favour|name]] in on time with Aunty [[Bisi|name]], who is staying at the house "to help Mummy". Happy; played in the mud
kitchen with [[Ruby-Jo|name]] and [[Tobenna|name]]. Said "Daddy is sleeping at Uncle [[Femi|name]]'s house".

[[05/10/2026|date]] 08:47 | Categories: Wellbeing; Disclosure | Recorded by: [[Holly Sparrow|name]]
At news time [[Favour|name]] said: "My brother [[Ayo|name]] shouted at Daddy on the phone and said he will call the police on
him." Later, in the role-play area, she hit the doll with a skipping rope and said "you spilled it, you naughty girl".
Passed to DSL.

[[06/10/2026|date]] 11:30 | Categories: Early Help; Contact with other agencies | Recorded by: [[Amanda Fenwick|name]]
Email to [[Laura Wheatley|name]] ([[laura.wheatley@ouzelvale.gov.uk|email]]) with the log for the conference. Attendance
97%. [[Favour|name]] is a bright, sociable girl who loves Numberblocks and singing; no previous concerns. School
phone: [[01908 372 118|phone]].
"""),
    ("section 47 joint visit record", """OUZEL VALE COUNCIL - CHILDREN'S SOCIAL CARE - SECTION 47 JOINT VISIT RECORD
Children: [[BALOGUN, Precious|name]] ([[27.09.2014|dob]]), [[BALOGUN, Favour|name]] ([[30.05.2021|dob]]), [[BALOGUN, Ayomide|name]]
([[18.03.2011|dob]])    Address: [[46 Farthing Grove|address]], [[Netherfield|place]], [[MK6 4HQ|postcode]]
Workers: [[Laura Wheatley|name]] (SW, [[07399 412 806|phone]]) and DC [[Aisha Rahman|name]] (Thames Valley Police, Child Abuse
Investigation Unit)    Date: Thursday [[1 October 2026|date]]

13:00 - [[Favour|name]] (5), at [[Jubilee Wood|school]]: see the school's log. Consistent account.

14:05 - [[Precious|name]] (12), at [[Lord Grey Academy|school]], [[Bletchley|place]], with Mr [[Hope|name]] present at her request
[[Precious|name]] was nervous and asked at first whether her dad would "go to prison". She then said that both parents "beat" them
when they are "rude or lazy", but that her dad "uses the belt or the koboko", a leather whip he brought back from [[Lagos|place]],
"on the legs and the back". The last time for her was "the Sunday before school started" ([[30 August|date]]), for not finishing
her chores before church. She showed DC [[Rahman|name]] a faded mark on the back of her left calf. She said: "In Nigeria everybody
gets flogged. But my friends here don't. I don't want Daddy in trouble, I just want him to stop." About her brother: "Brother
[[Ayo|name]] gets it the worst. Daddy says he will send him to school in [[Abeokuta|place]] to learn respect."
Mum "never uses the belt, only her hand", and "cries after".

15:30 - [[Ayomide|name]] (15), at [[The Milton Keynes Academy|school]]
[[Ayo|name]] was angry and protective. "It's normal for us. But yeah, it's wrong. I'm taller than him now so he stopped with
me." He was hit with the belt "loads" until Year 9. He confirmed his dad has talked about sending him to a boarding school in
Nigeria "if I don't fix up", and that his uncle in [[Houston|place]], [[Segun|name]], "said the same". He has been going to
[[Wolverton|place]] after school to see his girlfriend, [[Shanice|name]], and gets home late, which is "the main reason for the
arguments". Asked about passports, he said: "Dad keeps all of them in a locked drawer."

17:10 - home visit, [[46 Farthing Grove|address]]
Present: Mrs [[Kemi Balogun|name]], Mr [[Tunde Balogun|name]] and Mrs [[Olabisi Adeyemi|name]] (Mrs [[Balogun|name]]'s sister, from
[[Peckham|place]]). The house was clean and warm; jollof rice on the stove; a family photograph from the church's
harvest thanksgiving on the wall.
Mr [[Balogun|name]] (44, a delivery driver and Uber driver; Toyota Prius [[KY70 HRD|vehicle]]) admitted using a belt "for
correction" and said: "This is how my father raised me, and I am a pastor's son, and I am a graduate. The British government
cannot tell me how to raise my children." He denied owning a whip; later said "the koboko is just for decoration".
Mrs [[Balogun|name]] (38, a senior care worker on nights at a care home in [[Newport Pagnell|place]]; she drives a Honda Civic,
[[KX66 BZT|vehicle]]) was tearful. She said she had asked him "many times" to stop. She agreed that she smacks with her hand.
DC [[Rahman|name]] arrested Mr [[Balogun|name]] at 17:55 on suspicion of child cruelty, and he was taken to Milton Keynes Police
Station. The koboko was seized from the wardrobe. [[Ayo|name]] came home at 18:20 and was calm.

Safety plan (Mrs [[Balogun|name]] and Mrs [[Adeyemi|name]] agreed and signed)
- Mr [[Balogun|name]] not to live at the house during the enquiry; he will stay with Brother [[Femi Ajayi|name]] from church,
  [[14 Conniburrow Boulevard|address]], [[Conniburrow|place]] (bail address, to be confirmed by police).
- No physical punishment of any kind by anyone. Mrs [[Adeyemi|name]] to stay for two weeks.
- The children's passports to be handed to Mrs [[Balogun|name]]; no travel abroad without agreement.
- [[Laura|name]] to visit again on [[5/10/2026|date]]; the children know they can ring Childline (0800 1111) or [[Laura|name]].

Medical (Dr [[Sofia Marchetti|name]], paediatrician, MKUH, 15:45): [[Favour|name]]'s marks are consistent with being struck with a
belt or a similar object, and the thigh mark with an earlier blow; no other injuries. NHS [[999-080-9372|nhs]].
"""),
]

DOCS_D += [
    ("initial child protection conference minutes", """OUZEL VALE COUNCIL - SAFEGUARDING AND QUALITY ASSURANCE
INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Ayomide Balogun|name]] (15), NHS [[691 796 4840|nhs]], UPN [[R826161904281|upn]]
          [[Precious Balogun|name]] (12), NHS [[673 097 1002|nhs]], UPN [[J826198673179|upn]]
          [[Favour Balogun|name]] (5), NHS [[999 080 9372|nhs]]
Date: Tuesday [[20 October 2026|date]], 10:00-12:15, Civic, [[Saxon Gate East|address]], [[Central Milton Keynes|place]]
Chair: [[Marguerite Quist|name]] (Child Protection Conference Chair)    Minutes: [[Dionne Haughton|name]]

Present: Mrs [[Oluwakemi Balogun|name]] (mother) with her friend Mrs [[Blessing Okoro|name]] as support; Mr [[Babatunde
Balogun|name]] (father); [[Laura Wheatley|name]] (SW) and [[Colin Greaves|name]] (Team Manager); DC [[Aisha Rahman|name]]; Mrs
[[Amanda Fenwick|name]] ([[Jubilee Wood|school]]); Mr [[Daniel Hope|name]] ([[Lord Grey|school]]); Ms [[Rachael Tibbs|name]]
([[MK Academy|school]]); [[Kelechi Nwosu|name]] (school nurse). Apologies: Dr [[S. Marchetti|name]] (report sent).
[[Ayo|name]] and [[Precious|name]] gave their views to [[Laura|name]] before the meeting.

1. The social work report ([[Laura|name]])
Summary of the section 47 enquiry. All three children described being hit with a belt by their father, and [[Favour|name]] had
visible marks. The police have released Mr [[Balogun|name]] on bail to [[Conniburrow|place]] with conditions not to contact the
children except as agreed by the local authority. Since [[1 October|date]] there have been two supervised family time sessions
at the church hall of RCCG Chapel of Grace, supervised by Pastor [[Gbenga Oladipo|name]], which went well.

2. Police (DC [[Rahman|name]])
Interviewed on [[2/10/2026|date]]: Mr [[Balogun|name]] accepted that he "disciplined" the children with a belt and said he did not
know it was a crime. The file has gone to the CPS. The koboko is held as evidence.

3. Schools and health
[[Jubilee Wood|school]]: [[Favour|name]] is happy and no new marks. [[Lord Grey|school]]: [[Precious|name]] has been quieter; she told
Mr [[Hope|name]] she "feels guilty for breaking the family". [[MK Academy|school]]: [[Ayo|name]]'s attendance 88%; he has mock exams
in November and wants to study engineering at college. School nurse: no health concerns; immunisations complete.

4. The parents
Mrs [[Balogun|name]]: "I did not protect them enough. I will not allow any beating in my house again. But please do not destroy
my husband, he is a good man." Mr [[Balogun|name]], after a long discussion: "I have learned that in this country it is not
allowed, and I will obey the law. I did it out of love, not hatred." He has agreed to a parenting course for Nigerian and
other African fathers at the Oasis Centre in [[Bletchley|place]]. Mrs [[Balogun|name]] asked for help with a Universal Credit
claim now that she is on her own (NI [[SH 27 90 15 C|ni]]); the social worker will refer her to the Citizens Advice money adviser.
Both parents confirmed there is no plan for [[Ayo|name]] to go to school in Nigeria; [[Kemi|name]]'s mother, Mrs [[Modupe Adeyemi|name]],
in [[Ibadan|place]], was "against it anyway".

5. The children's views (read by [[Laura|name]])
[[Precious|name]]: "I want Daddy home but only if he promises with the pastor. I want to go to Grandma [[Modupe|name]]'s in
[[Ibadan|place]] for the summer like before." [[Ayo|name]]: "He should come home when [[Favour|name]] says she's not scared."

6. Decision
All three children to be subject to child protection plans under the category of physical abuse; every agency was in
favour. Mr [[Balogun|name]] disagreed with the decision; Mrs [[Balogun|name]] agreed.
Key worker: [[Laura Wheatley|name]], [[01908 254 613|phone]], [[laura.wheatley@ouzelvale.gov.uk|email]].
First core group: Tuesday [[3 November 2026|date]], [[Jubilee Wood|school]]. Review conference: [[19/01/2027|date]].
"""),
    ("facebook post and comments", """[A public Facebook post by [[Tunde Balogun|name]] and its comments, screenshotted by
Mrs [[Blessing Okoro|name]] and forwarded to [[Laura Wheatley|name]] by Mrs [[Kemi Balogun|name]] on [[22 October 2026|date]]. Names as
shown on the accounts. Spelling as posted.]

[[Tunde Balogun|name]] is feeling frustrated. · [[21 October|date]] at 22:14 · 🌍
So now in this UK, a father cannot correct his own child?? Social services came to my house like I am a criminal, police
handcuff me in front of my neighbours in [[Netherfield|place]]. For what? Because I trained my children the way my father
trained me. Na wa o. They want to scatter my family. Pray for us 🙏🏾 #Nigerianparents #socialservices

👍😢 63    41 comments

[[Funmi Ogunleye|name]]
Ah Brother [[Tunde|name]]!! So sorry. God will see you through. These people don't understand our culture at all 💔
21h

[[Segun Balogun|name]]
My brother hold your peace. Call me tonight on my US line [[+1 (713) 482-6617|phone]]. Don't post about the case here. [[Kemi|name]] and
the kids need you calm
21h

[[Comfort Ayodele|name]]
We are praying for you and Mummy [[Precious|name]]. The whole of Chapel of Grace is with you 🙏🏾
21h

[[Femi Ajayi|name]]
[[Tunde|name]] you are welcome in my house as long as it takes. But brother, we talked about this. Times have changed
21h

[[Ayo B|name]]
dad delete this. everyone at school can see it. ur literally making it worse
20h

[[Tunde Balogun|name]]
[[Ayo B|name]] go and read your books
20h

[[Blessing Okoro|name]]
Brother [[Tunde|name]] with respect, I was at the conference. Nobody is scattering anybody. Please do the course with
Pastor and come home to your family. Call [[Kemi|name]]
19h

[[Bisi Adeyemi|name]]
Hmm. My sister has been crying for 3 weeks. Take this post down abeg
19h

[[Tunde Balogun|name]]
[[Bisi Adeyemi|name]] OK. I have heard. I will take it down. Thank you all
18h

[This post was deleted at 07:32 on [[22/10/2026|date]].]
"""),
]

# --- E. Gouveia / Freitas family (Portuguese, from Madeira), Stockwell, Lambeth ---------------------------------------

HOME_E = d.Address("Flat 14, 6 Stockwell Park Crescent", "Stockwell", "London", "SW9 0DE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Rodrigo", "Freitas"), ("Rodrigo", "Gouveia Freitas")], dt.date(2011, 8, 12), [HOME_E],
       ids=["6578688641", "F208169777400"], phones=["07718 402 653"], schools=["Lilian Baylis Technology School"]),
    _p("s", "sibling", [("Ines", "Freitas")], dt.date(2019, 12, 3), [HOME_E], ids=["6841412257", "J208210842818"],
       schools=["Allen Edwards Primary School"]),
    _p("m", "mother", [("Sandra", "Gouveia")], dt.date(1989, 3, 25), [HOME_E], phones=["07939 218 460"],
       ids=["7039989905", "SE 71 34 58 B"]),
    _p("f", "father", [("Nuno", "Freitas")], dt.date(1985, 10, 1), [HOME_E], phones=["07481 220 937"], ids=["SC 09 26 73 D"]),
    _p("g", "grandparent", [("Maria da Conceicao", "Gouveia")], phones=["+351 291 944 217"]),
    _p("u", "other", [("Duarte", "Gouveia")], phones=["+351 912 604 385"]),
    _p("o", "other", [("Fatima", "Abreu")], phones=["+44 7797 418 263"]),
    _p("p1", "professional", [("Ruth", "Ainsworth")], phones=["020 7926 4417", "07411 653 209"],
       emails=["rainsworth@effravale.gov.uk"]),
    _p("p2", "professional", [("Marcus", "Dyer")], phones=["020 7926 8130"], emails=["mdyer@effravale.gov.uk"]),
], "c")

DOCS_E = [
    ("emergency department safeguarding notification", """Guy's and St Thomas' NHS Foundation Trust
EMERGENCY DEPARTMENT - SAFEGUARDING CHILDREN NOTIFICATION (adult attendance with children in the household, and a child's
own attendance)
To: Effra Vale Council Children's Services MASH (secure email)    From: Safeguarding Children Team, St Thomas' Hospital
Date sent: [[4 October 2026|date]] 09:40    Completed by: [[Kwame Boateng|name]], Charge Nurse, ED    Tel: [[020 7188 4592|phone]]

PATIENT 1 (adult): [[GOUVEIA, Sandra Cristina|name]]    DOB [[25/03/1989|dob]]    NHS [[703 998 9905|nhs]]
Address: [[Flat 14, 6 Stockwell Park Crescent|address]], [[London|place]] [[SW9 0DE|postcode]]    Mobile: [[07939 218 460|phone]]
Language: Portuguese (some English). A telephone interpreter was used (Language Line, interpreter ID 40217).
Arrived: 23:58 on Saturday [[3 October 2026|date]] by London Ambulance Service    Discharged: 04:15 on [[04/10/2026|date]]

PATIENT 2 (child): [[FREITAS, Rodrigo|name]]    DOB [[12/08/2011|dob]]    NHS [[657 868 8641|nhs]]
Attended with his mother and was seen in the Evelina London Children's Hospital ED (paediatric area).

Children in the household: [[Rodrigo Gouveia Freitas|name]] (15) and [[Inês Freitas|name]] (6). [[Inês|name]] was taken by a
neighbour, Mrs [[Lurdes Nóbrega|name]], to her flat in the same block and was not seen by us.

Presenting complaint and account
[[Sandra|name]] said through the interpreter that at about 22:30 her partner, [[Nuno Freitas|name]] (the children's father), came
home drunk after watching Benfica at a Portuguese café on [[South Lambeth Road|address]]. He accused her of "talking to men" at
her cleaning job, took her phone, hit her twice on the left side of the face with an open hand and pulled her by the hair
across the kitchen. [[Rodrigo|name]] came out of his room and hit [[Nuno|name]] in the face with his fist, and they fought. [[Nuno|name]]
held [[Rodrigo|name]] against the wall by the throat "for a few seconds". [[Nuno|name]] left the flat. The police were called by the
neighbour. [[Sandra|name]] said this is "not the first time" but "the first time with the children seeing". She asked
several times that [[Nuno|name]] "not lose his job" (he is a builder).

Injuries
[[Sandra|name]]: swelling and bruising to the left cheek and eye; a tender scalp with hair loss at the back; no fracture on
X-ray. [[Rodrigo|name]]: a fracture of the fifth metacarpal of the right hand (a "boxer's fracture"), put in a cast; linear red
marks on both sides of the neck consistent with his account; petechiae not seen. He was quiet, polite and said in good
English: "I had to do something, he was hurting my mum. I'm not sorry."

Police: Met Police officers PC [[Joe Sutton|name]] and PC [[Amara Okoye|name]] attended ED at 01:10 (CAD 12044/03OCT). [[Nuno
Freitas|name]] was arrested at 02:30 at a friend's flat in [[Vauxhall|place]]. [[Nuno|name]] alleges that [[Rodrigo|name]] attacked
him first; [[Rodrigo|name]] may be interviewed as a suspect.

Actions taken
DASH completed with [[Sandra|name]]: 16 (HIGH); referred to the Gaia Centre (Refuge) and to MARAC. Fracture clinic follow-up for
[[Rodrigo|name]] on [[9/10/2026|date]]. GP letters sent. This notification shared with the school nurse service.
Named Nurse for Safeguarding Children: [[Siobhan Keogh|name]].
"""),
    ("interpreter-assisted home visit case note", """EFFRA VALE COUNCIL - CHILDREN'S SOCIAL CARE - CASE NOTE
Children: [[Rodrigo FREITAS|name]] (DOB [[12 Aug 2011|dob]], [[Lilian Baylis|school]], UPN [[F208169777400|upn]]); [[Inês FREITAS|name]]
(DOB [[03 Dec 2019|dob]], [[Allen Edwards Primary School|school]], UPN [[J208210842818|upn]], NHS [[684 141 2257|nhs]])
Type: Home visit, section 47, with a Portuguese interpreter    Date: Tuesday [[6 October 2026|date]], 16:30-18:10
Worker: [[Ruth Ainsworth|name]], Social Worker, Stockwell Assessment Team    Interpreter: [[Cláudia Pestana|name]] (in person)

Present: [[Sandra Gouveia|name]] (mother), [[Rodrigo|name]] and [[Inês|name]]. [[Nuno Freitas|name]] is on police bail not to come to
[[Stockwell Park Crescent|address]] or contact [[Sandra|name]] or [[Rodrigo|name]].

The home: a two-bedroom flat on the third floor of a council block, clean and tidy; a picture of the Virgin Mary and a
Madeira flag in the hall; bolo do caco and espetada on the table (her brother had sent a parcel). [[Inês|name]] and her mum share
a room; [[Rodrigo|name]] has the box room. The lock on the front door has been changed by the housing officer.

[[Sandra|name]] (37) spoke through [[Cláudia|name]] and at times in English. She came to [[London|place]] from [[Câmara de
Lobos|place]], Madeira, early in 2011, when she was expecting [[Rodrigo|name]]; [[Nuno|name]] followed a year later. She has EU Settled
Status; [[Nuno|name]] has pre-settled status. She cleans offices in [[Vauxhall|place]] from 5 to 9 every morning. She told me
that for years [[Nuno|name]] has taken her wages ("I give him my card on Friday"), has kept her Portuguese ID card (Cartão de
Cidadão) "so I cannot go home", checks her phone every night and calls her "burra" (stupid). He has hit her "maybe five or
six times" since [[Inês|name]] was born. She has never told anyone "because in Madeira you don't tell, you pray". Her mother,
Dona [[Conceição|name]], "knows but says a wife must be patient". Her godmother, Madrinha [[Fátima Abreu|name]], who works in a
hotel in [[St Helier|place]], Jersey, has told her for years to leave him. Her NI number: [[SE 71 34 58 B|ni]].

[[Rodrigo|name]] (15), seen alone in his room (in English, his choice). His right hand is in a cast; he is angry that the police
interviewed him "like a criminal". He said: "Since I was small he hits her when Benfica loses or when he drinks Super Bock.
I always took [[Inês|name]] in my room and put music on. This time I couldn't." He has been carrying a kitchen knife in his bag
"for when he comes back", since the night of the assault; he gave it to me when I asked, and I took it away. He wants
his dad to "go to prison, or go back to Madeira". His best friend is [[Kofi Mensah-Addo|name]]. He plays futsal at the
Brixton Recreation Centre on Thursdays. His phone: [[07718 402 653|phone]].

[[Inês|name]] (6) did not speak to me, even with [[Cláudia|name]] speaking Portuguese; she sat on her mum's lap and whispered in
her ear. [[Sandra|name]] says [[Inês|name]] "only talks at home", and the school says she has not spoken at school since
Reception. She drew a picture of the family with "Papá" far away in the corner, with a big mouth.

Plan agreed (read back in Portuguese by [[Cláudia|name]]):
1. [[Sandra|name]] to meet the IDVA from the Gaia Centre on [[8/10|date]]; a non-molestation order with the help of Ms [[Joana
   Teixeira|name]] of [[Teixeira|name]] & [[Hall|name]] Solicitors (legal aid).
2. The police to be told about [[Rodrigo|name]]'s knife, and [[Rodrigo|name]] referred to the Youth Justice Service for
   prevention work; [[Rodrigo|name]] agreed.
3. [[Inês|name]]: a referral to the speech and language therapy service about selective mutism.
4. A new Portuguese ID card to be applied for at the Portuguese Consulate in [[London|place]].
5. Strategy review on [[9 October 2026|date]]; next visit [[13/10/2026|date]] at 16:30, with [[Cláudia|name]].
"""),
]

DOCS_E += [
    ("email chain with the youth justice service", """From: [[Marcus Dyer|name]] <[[mdyer@effravale.gov.uk|email]]>
Sent: Thursday, [[29 October 2026|date]] 16:22
To: [[Ruth Ainsworth|name]] <[[rainsworth@effravale.gov.uk|email]]>
Cc: [[Keisha Barrington|name]] <[[kbarrington@lbts.org.uk|email]]>
Subject: RE: [[Rodrigo FREITAS|name]] ([[12.08.2011|dob]]) - outcome and prevention work

Hi [[Ruth|name]],

Good news from the Out of Court Disposal panel this morning: the police have decided to take no further action against
[[Rodrigo|name]] for the assault on his father (defence of another; the CPS agreed it was not in the public interest). The
knife was dealt with as a Community Resolution with my service doing the work, so no caution on his record.

I've met [[Rodrigo|name]] twice now, once at [[Lilian Baylis|school]] and once at our office on [[Brixton Hill|address]]. He's a lovely
lad: polite, funny, very protective of his mum and sister. He says he has stopped carrying anything since your visit and I
believe him. We're doing six sessions on knife crime, anger and his feelings about his dad, and I've got him a place on
the boxing programme at the Black Prince Trust in [[Kennington|place]] (he wants to do that when the cast is off).

One worry: he told me on Tuesday that his dad has been messaging him on Instagram from a new account (@nunofreitas.85) saying
"you are not my son anymore" and "your mother will pay". I've told him to screenshot everything. Could you let the police
know, as this may be a breach of [[Nuno|name]]'s bail?

Cheers,
[[Marcus|name]]

[[Marcus Dyer|name]] | Youth Justice Practitioner (Prevention and Diversion) | Effra Vale Youth Justice Service
[[Brixton Hill|address]], [[London|place]] [[SW2 1RW|postcode]] | Tel [[020 7926 8130|phone]] | Pronouns: he/him

-----Original Message-----
From: [[Ruth Ainsworth|name]]
Sent: [[27 October 2026|date]] 10:05
To: [[Marcus Dyer|name]]
Cc: [[Keisha Barrington|name]]
Subject: [[Rodrigo FREITAS|name]] ([[12.08.2011|dob]]) - outcome and prevention work

Morning [[Marcus|name]],

Thanks for picking [[Rodrigo|name]] up so quickly. Some background before you meet him again:
- [[Rodrigo|name]] and [[Inês|name]] are subject to child protection plans (emotional abuse) since the conference on
  [[21/10/2026|date]]. Dad ([[Nuno Freitas|name]], [[07481 220 937|phone]]) is on bail to an address in [[Vauxhall|place]] and must
  not contact [[Sandra|name]] or [[Rodrigo|name]]. Mum has a non-molestation order (granted [[16/10/2026|date]] at the Central
  Family Court).
- [[Rodrigo|name]]'s grandmother, Dona [[Maria da Conceição Gouveia|name]], rang me from [[Câmara de Lobos|place]] last week
  ([[+351 291 944 217|phone]]) to say that [[Nuno|name]] had told her [[Rodrigo|name]] "attacked him for no reason" and to ask if
  [[Rodrigo|name]] could come to her in Madeira "to calm down". I have told her that nobody is to move the children, and [[Sandra|name]]
  agrees. [[Rodrigo|name]] wants to stay for his GCSEs.
- [[Rodrigo|name]]'s uncle, [[Duarte Gouveia|name]], who lives in [[Funchal|place]], has been very supportive of [[Sandra|name]] and
  may come over at Christmas.
- [[Keisha|name]] (DSL at [[Lilian Baylis|school]], cc'd) says his attendance is 96% and his teachers have no concerns, although he
  got into a fight with a Year 10 boy, [[Tyrell|name]], on [[19 October|date]].

Best,
[[Ruth|name]]

[[Ruth Ainsworth|name]] | Senior Social Worker | Stockwell Assessment Team | Effra Vale Council
Olive Morris House, [[18 Brixton Hill|address]], [[London|place]] [[SW2 1RL|postcode]] | [[020 7926 4417|phone]] | Mobile
[[07411 653 209|phone]]
"""),
    ("core group minutes", """EFFRA VALE COUNCIL - CORE GROUP MEETING - MINUTES
Children: [[Rodrigo Freitas|name]] (DOB [[12/08/2011|dob]]) and [[Inês Freitas|name]] (DOB [[03/12/2019|dob]])
Plan: child protection (emotional abuse), from the Initial Child Protection Conference of [[21 October 2026|date]]
Date: Wednesday [[11 November 2026|date]], 15:30-16:45, at [[Allen Edwards|school]], [[Studley Road|address]], [[Stockwell|place]]
Key worker and chair: [[Ruth Ainsworth|name]]    Interpreter: [[Cláudia Pestana|name]]

Present: Ms [[Sandra Gouveia|name]] (mother); Ms [[Keisha Barrington|name]] (DSL, [[Lilian Baylis|school]]); Mrs [[Sue Pilgrim|name]]
(DSL, [[Allen Edwards|school]]); [[Marcus Dyer|name]] (YJS); [[Yetunde Cole|name]] (IDVA, Gaia Centre,
[[yetunde.cole@refuge.org.uk|email]]); [[Priya Ramsay|name]] (speech and language therapist). [[Rodrigo|name]] joined for item 1.
Not invited: Mr [[Nuno Freitas|name]] (bail conditions and the non-molestation order); his views were gathered by [[Ruth|name]] by phone
on [[9/11/2026|date]].

1. [[Rodrigo|name]]'s views
"Things are calmer. Mum sings in the kitchen again. I want to do my GCSEs here and go to college to be an electrician. I
don't want to see my dad yet. Maybe at Christmas on video. [[Inês|name]] laughs more." He asked whether his dad would be
"deported", and [[Ruth|name]] explained that this is not something the meeting decides.

2. Updates
- [[Yetunde|name]]: [[Sandra|name]] has a new bank account and her own card; her new Cartão de Cidadão arrived from the
  Consulate on [[2 November|date]]. She is doing the Freedom Programme in Portuguese online with Casa da Madeira volunteers.
  Risk now medium.
- [[Marcus|name]]: four of six sessions done; [[Rodrigo|name]] started boxing at the Black Prince Trust on [[7/11/2026|date]]. The
  Instagram messages from his father were reported to PC [[Sutton|name]] on [[30/10/2026|date]]; [[Nuno|name]] was arrested for
  breach of bail and has been recalled to court on [[24 November|date]].
- Ms [[Barrington|name]]: attendance 97%. The fight with [[Tyrell|name]] was resolved by a restorative meeting.
- Mrs [[Pilgrim|name]] and [[Priya|name]]: [[Inês|name]] whispered to her teacher, Miss [[Amber Oduwole|name]], for the first time on
  [[5 November|date]] ("can I go toilet"). A small-steps programme has started with the class TA, Mrs [[Ana Jardim|name]], who
  speaks Portuguese.
- [[Sandra|name]]: she has talked to her mother, Dona [[Conceição|name]], who "now understands"; Madrinha [[Fátima|name]] is
  coming from Jersey for the Festa in December ([[+44 7797 418 263|phone]]). Her brother [[Duarte|name]]'s number in [[Funchal|place]]
  is [[+351 912 604 385|phone]].
- [[Nuno|name]]'s views (by phone, [[9/11/2026|date]]): he says he "lost control once"; he wants to see [[Inês|name]]; he is staying
  with a friend, [[Rui Andrade|name]], at [[Flat 3, 41 Wilcox Road|address]], [[Vauxhall|place]] [[SW8 2XA|postcode]]; he is working
  for a builder in [[Croydon|place]] and drives a white Ford Transit, [[LK68 DWV|vehicle]]. He gave his NI number
  ([[SC092673D|ni]]) for a referral to the Caring Dads programme.

3. Actions
- [[Ruth|name]]: explore supervised video contact between [[Inês|name]] and her father, only if [[Inês|name]] wants it; an
  assessment of [[Nuno|name]]'s engagement with a perpetrator programme.
- [[Priya|name]]: weekly sessions at school for [[Inês|name]].
- [[Marcus|name]]: two more sessions; an exit plan with [[Rodrigo|name]].
- [[Yetunde|name]]: support [[Sandra|name]] at court on [[24/11/2026|date]].
Next core group: Wednesday [[9 December 2026|date]] at 15:30, [[Allen Edwards|school]].
"""),
]

# --- F. Ibrahim / Adam Ishag family (Sudanese, from Darfur), Normanton, Derby ------------------------------------------

HOME_F = d.Address("58 Harrington Street", "Normanton", "Derby", "DE23 8PE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Hiba", "Ibrahim"), ("Hiba", "Ibrahim Yousif")], dt.date(2022, 3, 9), [HOME_F],
       ids=["9998937108", "P831258193036"], schools=["Ash Croft Primary Academy"]),
    _p("s", "sibling", [("Malaz", "Ibrahim"), ("Malaz", "Ibrahim Yousif")], dt.date(2013, 1, 1), [HOME_F],
       ids=["6900727689", "R831249458073"], phones=["07379 822 640"], schools=["Bemrose School"]),
    _p("s2", "sibling", [("Musab", "Ibrahim")], dt.date(2016, 6, 15), [HOME_F], ids=["4601062047", "H831240215736"],
       schools=["Pear Tree Community Junior School"]),
    _p("m", "mother", [("Hawa", "Adam Ishag"), ("Hawa", "Ishag")], dt.date(1991, 1, 1), [HOME_F], phones=["07447 390 512"],
       ids=["6768732609", "TP 58 12 49 A"]),
    _p("f", "father", [("Ibrahim", "Yousif Abakar")], phones=["+20 10 2384 6715"]),
    _p("g", "grandparent", [("Khadija", "Abdalla Musa")], phones=["+20 11 4027 5831"]),
    _p("a", "other", [("Mariam", "Adam Ishag")], phones=["+966 55 318 4207"]),
    _p("p1", "professional", [("Gurpreet", "Sahota")], phones=["01332 641 208", "07465 108 327"],
       emails=["gurpreet.sahota@derwentholme.gov.uk"]),
    _p("p2", "professional", [("Bethany", "Coles")], phones=["01332 788 215"], emails=["bethany.coles1@nhs.net"]),
], "c")

DOCS_F = [
    ("midwife's FGM safeguarding referral", """UNIVERSITY HOSPITALS OF DERBY AND BURTON NHS FOUNDATION TRUST - MATERNITY SERVICES
SAFEGUARDING REFERRAL TO CHILDREN'S SOCIAL CARE - FEMALE GENITAL MUTILATION (FGM)
To: Derwentholme Council Children's Services, Starting Point (front door)    Date: [[17/09/2026|date]]
Referrer: [[Bethany Coles|name]], Community Midwife, Normanton and Peartree team    Tel: [[01332 788 215|phone]]
Email: [[bethany.coles1@nhs.net|email]]    Supported by: [[Rukhsana Begum|name]], Specialist Midwife (FGM and Vulnerable Women)

WOMAN: [[ADAM ISHAG, Hawa|name]]    DOB: [[01/01/1991|dob]] (the date on her Home Office papers; she does not know her birthday)
NHS: [[6768732609|nhs]]    Address: [[58 Harrington Street|address]], [[Normanton|place]], [[Derby|place]] [[DE23 8PE|postcode]]
Mobile: [[07447 390 512|phone]]    Language: Arabic (Sudanese); a little English    Interpreter at booking: [[Tarig Elamin|name]]
Pregnancy: 20 weeks at booking; estimated date of delivery [[28 January 2027|date]]. Fourth baby.

CHILDREN IN THE HOUSEHOLD
[[Malaz Ibrahim Yousif|name]] (f)    DOB [[01.01.2013|dob]]    [[Bemrose School|school]]
[[Musab Ibrahim|name]] (m)    DOB [[15.06.2016|dob]]    [[Pear Tree Community Junior School|school]]
[[Hiba Ibrahim|name]] (f)    DOB [[09.03.2022|dob]]    [[Ash Croft Primary Academy|school]] (Reception)
Father: [[Ibrahim Yousif Abakar|name]], in [[Cairo|place]], Egypt, waiting for a family reunion visa ([[+20 10 2384 6715|phone]])

REASON FOR REFERRAL
At the booking appointment on [[15 September 2026|date]] at the Village Community Medical Centre, [[Hawa|name]] told me that she had
"the cutting" as a girl of seven in [[Nyala|place]], South Darfur. At her examination on [[16/09/2026|date]] with [[Rukhsana|name]],
FGM type 3 (infibulation) was confirmed. This has been recorded in the FGM Enhanced Dataset and a mandatory FGM information
sharing (FGM-IS) flag has been added to the records of [[Malaz|name]] and [[Hiba|name]]. Because [[Hawa|name]] is an adult the
mandatory police report does not apply; this is a safeguarding referral for the girls and the unborn baby.

RISK FACTORS
- The mother and, she says, all the women in her family have had FGM. Her own mother, [[Khadija Abdalla Musa|name]] ("Haboba"),
  now lives in [[Faisal|place]], [[Giza|place]], near [[Hawa|name]]'s husband, and "is very traditional".
- The family are planning to travel to [[Cairo|place]] for two weeks at the end of December to see [[Ibrahim|name]] and to
  settle his visa; the girls would meet their grandmother for the first time since 2023.
- [[Hiba|name]] (4) has not had FGM ([[Hawa|name]]'s account; no examination has been done or is proposed).
- [[Malaz|name]] (13): [[Hawa|name]] says she "was not cut, because we left [[El Fasher|place]] when she was small, and because I
  refused".

PROTECTIVE FACTORS
[[Hawa|name]] is clear and emotional: "I will never let them do this to my daughters. I still have pain every month. In Sudan
it is now against the law since 2020." She says her husband agrees. She has attended every appointment. She understood when I
explained that FGM is illegal in the UK and for UK residents abroad. She accepted a copy of the Statement Opposing FGM
("health passport") in Arabic. She has leave to remain as a refugee since 2024 (NI number [[TP 58 12 49 A|ni]]) and the
children attend school.

I have not told the husband's family. [[Hawa|name]] agreed to this referral and asked that her community, especially Sheikh
[[Osman Babiker|name]] at the mosque on [[Pear Tree Road|address]], is not told.
Deinfibulation has been offered before labour; she will think about it. Safeguarding supervisor: [[Gemma Wilde|name]].
"""),
    ("family whatsapp group translated from sudanese arabic", """[WhatsApp group "العيلة ❤️" ("The family") on
[[Hawa Adam Ishag|name]]'s phone, shown to [[Gurpreet Sahota|name]] on [[2 October 2026|date]] with her agreement and translated from
Sudanese Arabic by [[Tarig Elamin|name]] on the same day. Contact names are as saved by [[Hawa|name]] ("Haboba" is grandmother;
"Khalti" is her children's word for their aunt, "my aunt"); [voice] marks a voice note.]

Sunday [[20.09.2026|date]]
19:02 Haboba 🌴 ([[+20 11 4027 5831|phone]]): [voice, 1:12] "[[Hawa|name]], when you come in December we will do the sunna for
[[Hiba|name]], the small one, just a little. The woman here is clean, she is a nurse. Do not listen to the English."
19:10 Me: Mother, no. I told you a hundred times. Not [[Hiba|name]], not [[Malaz|name]], not the new one if it is a girl.
19:11 Haboba 🌴: A girl who is not purified, who will marry her? Your sister's girls are done.
19:14 [[مريم|name]] 🇸🇦: Mama, leave it. [[Hawa|name]] is right. My girls are done because I did not know better. I am sorry for
it every day.
19:20 [[Ibrahim|name]] ❤️ ([[+20 10 2384 6715|phone]]): Haboba, with respect, I am the father and I say no. It is banned in
Sudan now and in Britain they will take the children. We did not run from [[El Fasher|place]] to lose everything again.
19:22 Haboba 🌴: [voice, 0:40] "[[Ibrahim|name]], my son, your own mother did it to your sisters. Now you are English?"
Monday [[21.09.2026|date]]
07:45 [[ملاذ|name]]: haboba I love you but i read about it at school. its violence. nobody is touching [[Hiba|name]]. and i will
tell my teacher if anyone tries
07:46 Haboba 🌴: Who is teaching this girl to speak to her grandmother like this?
07:50 Me: [[Malaz|name]], go to school. We will talk later.
08:03 [[مصعب|name]]: what is sunna
08:04 Me: [[Musab|name]] go to school too 😊
Wednesday [[23.09.2026|date]]
21:30 [[مريم|name]] 🇸🇦 ([[+966 55 318 4207|phone]]): [[Hawa|name]], I spoke to Mama for one hour. She cried. She says she is old and
she only wants what is good. I told her in [[Riyadh|place]] they do not do it any more either.
21:31 Me: Thank you, Khalti [[Mariam|name]] ❤️ (from the children)
21:40 [[Ibrahim|name]] ❤️: Also the embassy gave me the appointment for the visa: [[14 December|date]]. If God wills, I will be with you
in [[Derby|place]] for [[Hiba|name]]'s birthday on the [[9th of March|dob]].
21:41 [[ملاذ|name]]: ABUI!!!!!!! 😭😭😭
Friday [[2.10.2026|date]]
10:15 Me: The social worker came. They will help us. They say if the family pushes, the court can make an order to protect
the girls, and the passports stay with me. I am not afraid now.
10:20 Haboba 🌴: [voice, 0:22] "Do what you want. I only want to see my grandchildren before I die. Bring them."
10:21 [[Ibrahim|name]] ❤️: 🙏🏾
"""),
]

DOCS_F += [
    ("FGM strategy meeting minutes", """DERWENTHOLME COUNCIL - CHILDREN'S SOCIAL CARE - STRATEGY MEETING (FGM) - MINUTES
Children: [[Hiba IBRAHIM|name]] ([[9 March 2022|dob]], UPN [[P831258193036|upn]]), [[Malaz IBRAHIM YOUSIF|name]] ([[1 January
2013|dob]], UPN [[R831249458073|upn]]), [[Musab IBRAHIM|name]] ([[15 June 2016|dob]], UPN [[H831240215736|upn]]); unborn baby
of [[Hawa ADAM ISHAG|name]] (due [[28/01/2027|date]])
Address: [[58 Harrington Street|address]], [[Normanton|place]], [[Derby|place]] [[DE23 8PE|postcode]]
Date: Monday [[5 October 2026|date]], 13:00-14:20, Council House, [[Corporation Street|address]], [[Derby|place]] and Teams
Chair: [[Simon Peat|name]], Team Manager, Derby Safeguarding and Assessment Team    Minutes: [[Lauren Hollis|name]]

Present: [[Gurpreet Sahota|name]] (SW); DC [[Karen Flint|name]] (Derbyshire Constabulary, Public Protection Unit); [[Bethany
Coles|name]] and [[Rukhsana Begum|name]] (midwives); [[Helen Ashby|name]] (Health Visitor); Mr [[Jamal Haq|name]] (DSL,
[[Bemrose|school]]); Mrs [[Nicola Stubbs|name]] (DSL, [[Pear Tree Juniors|school]]); Miss [[Sadia Karim|name]] (Reception teacher,
[[Ash Croft|school]]); [[Amy Dunmore|name]] (Legal Services).

1. Information shared
- Midwifery ([[Bethany|name]]): as in the referral of [[17/09/2026|date]]. [[Hawa|name]] has been to every antenatal appointment.
- SW ([[Gurpreet|name]]): home visit on [[2/10/2026|date]] with the interpreter, Mr [[Tarig Elamin|name]]. [[Hawa|name]] showed the
  family WhatsApp group (translated copy on file), in which the maternal grandmother, Mrs [[Khadija Abdalla Musa|name]],
  asks for "the sunna" to be done to [[Hiba|name]] in [[Cairo|place]] in December. [[Hawa|name]], her sister [[Mariam|name]] (in
  [[Riyadh|place]]) and the father, Mr [[Ibrahim Yousif Abakar|name]], all refused. [[Malaz|name]] (13) wrote in the group that
  she would tell her teacher. The home is warm and clean, with little furniture (the Upbeat Communities welcome pack).
  [[Musab|name]] (10) interprets for his mum at the shops and the GP; [[Hawa|name]] is on an ESOL course at [[Derby College|school]].
- School ([[Bemrose|school]], Mr [[Haq|name]]): [[Malaz|name]] is "a leader", top set in Maths, in the school's girls' football
  team; she gave a talk in PSHE about FGM in Sudan in September after a lesson with the charity FORWARD. Attendance 98%.
- [[Pear Tree Juniors|school]] (Mrs [[Stubbs|name]]): [[Musab|name]] is well, tired on Mondays; he helps his mum a lot.
- [[Ash Croft|school]] (Miss [[Karim|name]]): [[Hiba|name]] settled well in Reception; no concerns; Mum always collects.
- Police (DC [[Flint|name]]): no police history for the family in the UK. An FGM offence would include arranging for FGM to be
  done abroad to a UK resident girl, or failing to protect a girl from it.
- HV ([[Helen Ashby|name]]): [[Hawa|name]] has asked for help with her mental health (flashbacks from Darfur and the journey);
  referred to the Refugee and Asylum Seeker Mental Health Service.

2. Analysis
The girls face a real risk of FGM from the extended family if they travel to [[Cairo|place]], where the grandmother lives and
where FGM is still common. Both parents are protective and oppose FGM strongly. The risk comes from the family network, not
the parents.

3. Decisions
- Section 47 enquiry (single agency, with police advice).
- With [[Hawa|name]]'s agreement and [[Ibrahim|name]]'s (by phone), the local authority will apply for an FGM Protection Order
  for [[Hiba|name]] and [[Malaz|name]] (and the unborn baby if a girl, after birth), so the parents can show the family that "the
  law says no". Legal: [[Amy Dunmore|name]], application to the Family Court at Derby by [[16 October|date]].
- The family's trip: the parents have agreed to postpone the Christmas trip to [[Cairo|place]]; [[Ibrahim|name]]'s visa appointment
  is on [[14/12/2026|date]]. Passports (the girls' UK travel documents) to be held by [[Hawa|name]] and listed in the order.
- Support: a young carers' assessment for [[Musab|name]]; a referral for [[Hawa|name]] to the Sudanese women's group at the
  Pakistan Community Centre on [[Normanton Road|address]]; the Statement Opposing FGM in Arabic and English for each girl.
Next: outcome of section 47 by [[30/10/2026|date]].
"""),
    ("section 47 outcome letter to a mother", """Derwentholme Council - Children's Services
Derby Safeguarding and Assessment Team, Council House, [[Corporation Street|address]], [[Derby|place]] [[DE1 2FS|postcode]]
Tel: [[01332 641 208|phone]]    Mobile: [[07465 108 327|phone]]    Email: [[gurpreet.sahota@derwentholme.gov.uk|email]]

[This letter is also sent in Arabic. Translation by [[T. Elamin|name]].]

Mrs [[Hawa Adam Ishag|name]]
[[58 Harrington Street|address]]
[[Normanton|place]]
[[Derby|place]]
[[DE23 8PE|postcode]]

[[29.10.2026|date]]

Dear Mrs [[Adam Ishag|name]],

The result of our enquiry about [[Hiba|name]], [[Malaz|name]] and [[Musab|name]]

Thank you for meeting me four times since [[2 October|date]], with Mr [[Elamin|name]] interpreting, and for showing me your family's
messages. I am writing to tell you what we found and what happens next.

What we found
You and your husband, [[Ibrahim|name]], love your children and will not allow anyone to cut your daughters. You have done
everything we asked. The worry is not you. The worry is that your mother and some relatives in [[Cairo|place]] want [[Hiba|name]]
to have FGM, and might try to arrange it if the girls visit.

What happens next
1. The Family Court at Derby made an FGM Protection Order on [[22 October 2026|date]] for [[Hiba|name]] and [[Malaz|name]]. It
   says that nobody may take the girls out of the UK without the court's permission, and that nobody may arrange FGM for them.
   Keep your copy safe; show it to anyone in the family who asks.
2. [[Hiba|name]] and [[Malaz|name]] will have a Child in Need plan for three months. I will visit once a month. After that I hope
   we can close the case.
3. When your baby is born (due [[28 January|date]]), the midwife and health visitor will talk to you again about the order.
4. [[Musab|name]] has been referred to Derby Young Carers. He told me he wants to go to the football club at Pride Park "with
   the other boys who help their mums". His school's DSL, Mrs [[Stubbs|name]], will help with the form.
5. Mr [[Haq|name]] at [[Bemrose|school]] told me [[Malaz|name]] wants to be a doctor "for women in Darfur". She asked me to write
   that down, so I have.

When Mr [[Ibrahim Yousif Abakar|name]] arrives in [[Derby|place]], I would like to meet him too. Please tell me when his visa
is decided.

If you are unhappy with anything, you can make a complaint to the council, and I can help you with that. For advice you can
also call the NSPCC FGM helpline on 0800 028 3550.

Yours sincerely,

[[Gurpreet Sahota|name]]
Social Worker
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 13 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 04:30 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "fr", "father", "pc", "ps", "dc", "ds", "sgt", "insp", "nurse", "sw", "cllr", "hhj",
           "judge", "our", "me", "nana", "nanna", "nan", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mam", "mum",
           "mummy", "mammy", "dad", "daddy", "auntie", "aunty", "uncle", "brother", "sister", "pastor", "deaconess", "iya",
           "baba", "mama", "dona", "madrinha", "padrinho", "avó", "avô", "avo", "vovó", "tia", "tio", "papá", "mãe", "haboba",
           "habooba", "khalti", "khalto", "khali", "amm", "ammo", "umm", "abu", "abui", "sheikh", "ustaz", "ustaza", "hajja"}
_AFTER = {"bor", "aunty", "auntie", "uncle", "haboba", "khalti", "tia", "tio"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "merseyside", "wirral",
               "the wirral", "cheshire", "north west", "the north west", "norfolk", "east anglia", "the broads", "suffolk",
               "shropshire", "salop", "telford and wrekin", "west midlands", "the midlands", "buckinghamshire", "bucks",
               "south london", "greater london", "portugal", "madeira", "jersey", "spain", "costa blanca", "nigeria",
               "oyo state", "ogun state", "lagos state", "texas", "usa", "us", "united states", "derbyshire", "east midlands",
               "sudan", "darfur", "south darfur", "north darfur", "egypt", "saudi arabia", "chad", "falklands",
               "the falklands", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 12's checker (which runs sets 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the kinship
# words and counties of sets 7 to 12; this adds this set's kinship and church words (before a name: "Nanny Sandra",
# "Brother Femi", "Dona Conceição", "Madrinha Fátima", "Khalti Mariam", "Sheikh Osman"; and after one) and counties,
# regions, islands and countries ("Merseyside", "Norfolk", "Shropshire", "Madeira", "Jersey", "South Darfur").
_SET = HandSet(NAME, _PAIRS, _RECORDS, set12_problems, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
