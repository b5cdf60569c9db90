"""Set 230: a held-out hand-written set for the redaction detector, six invented families in the Weald of Kent (Tenterden,
Cranbrook and the villages around them: Rolvenden, Hawkhurst, Headcorn, Wittersham), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set231.py to bench/redaction_set233.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, its first two documents and its end: _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full; bench/redaction_set181.py was not
opened (set 213 follows its conventions and was copied). The docstrings of the earlier bench/redaction_set*.py were searched
by script (docstrings only, a few lines around each hit) for the towns and for African communities: no docstring named
Tenterden, Cranbrook, Rolvenden, Biddenden, Hawkhurst, Benenden, Headcorn, Wittersham or Sissinghurst ("Goudhurst" is a
surname in set 75, "Haldens" a Welwyn district in set 169); Venda, Tshivenda, Vhavenda, Thohoyandou, Sibasa and Makhado had no
hit (Limpopo has one, set 143, a Pedi grandmother in Seshego), while Basotho, Setswana, Luo, Krio, Bemba, Wolof, Kalenjin,
Tumbuka, Malagasy, Comorian, Herero, Lozi, Makonde and others were already used. bench/redaction_handwritten.py was not
opened. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs (LA 886, Kent) made with
python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families: a Venda family from Thohoyandou, Limpopo, South Africa, on Woodchurch Road, Tenterden (Netshitenzhe / Mudau; a
boy of 9 hit with a belt, a mother's voice note in Tshivenda translated, a grandmother in Thohoyandou and an uncle in Sibasa);
a white British girl of 14 in Cranbrook (Dengate / Sharp; missing, child sexual exploitation by a man of 19 with a car, a
nan in Benenden); a young carer of 12 in Rolvenden (Pattenden; a mother with MS, a sister of 7, a nanna in Wittersham); a
Polish and white British family in Hawkhurst (Kowalczyk / Beale; domestic abuse, a bail breach on Messenger, an aunt in
Gdansk); a boy of 16 in Headcorn (Pilbeam; county lines to Catford and Margate, a nan in Ulcombe); and young parents in
Wittersham with a baby of 15 weeks (Terry / Coomber; bruising, a child protection plan, nans in Stone in Oxney and
Appledore). The community named here, Venda (Vhavenda, South Africa), did not appear in any earlier docstring searched
(Polish is not claimed as new). 24 documents, each with its own style label: a junior school safeguarding log, a mother's
voice note in Tshivenda transcribed and translated, strategy discussion minutes, a GP letter, a MASH referral form, a Snapchat
chat typed up by the police, a girl's own words in a return home interview, a mother's complaint email, a young carers'
assessment, a home visit case note, a mother's texts typed up, an OCR'd neurologist's letter (with its misreadings), a police
domestic abuse log, health visitor's contact notes, a Facebook Messenger chat typed up, a MARAC referral, a child in need
chronology, a police missing person log, a WhatsApp group chat typed up, a youth worker's email, an emergency department
safeguarding referral, initial child protection conference minutes, a grandmother's handwritten letter and a father's voice
note transcribed.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (South Africa +27, Poland +48); NHS numbers and UPNs pass their check
digits. Surgeries, hospitals, councils, charities and the police ("Ivy Court Surgery", "William Harvey Hospital", "Kent
Front Door", "Kent County Council", "St Giles Trust", "Crossroads Care Kent", "Choices", "HMP Elmley") are unmarked
organisations; towns, villages, hamlets and districts are real and marked as places.

Markup and conventions: those of set 213 (and so set 181). Titles and kinship words stay outside a name (Mr, Mrs, Dr, PC,
DC, HV, Nanna, Makhulu, Mma, tata, and the Venda respect prefix "Vho-", as in "Vho-Masindi", where only the name is marked);
"SURNAME, First" is one span; initials alone are not marked; usernames are not marked; countries, counties and regions
("South Africa", "Kent", "Limpopo") are not places; an OCR misreading keeps its kind ("Ro1venden", "J0anne", "l2 November
2O26"); landmarks are not marked ("Leeds Castle", St Mildred's church, "the M20").

Choices this set had to make: chat speaker labels are names ("kay:", "tix:", "Marek:", "cal:"), usernames are not; a
nursery ("Little Acorns") and a college ("Mid Kent College") are schools; a school term or season ("February half term",
"Summer 2025", "Spring 2026") and a bare year ("2019") are dates; a weekday stays outside a date span ("Mon 5 Oct 2026" marks
only "5 Oct 2026"); a period ("20-29 Nov 2026") is one date span; a Polish street abroad ("ul. Grunwaldzka 84"), a named
cottage ("Ebony Cottage") and a bare street ("the High Street", "Golford Road") are addresses; a house number alone ("no.
29") is an address; "Stone-cum-Ebony" (the parish) and "Stone in Oxney" and "Stone" (the village) are places; a phone's
saved label ("Cal work") marks only the name; a farm named by its owner ("Ashenden's") marks the surname; a chat group's
name ("headcorn boys") marks the village; a church ("St Mildred's") and a football club holding a town's name
("Tenterden Colts") are unmarked.

Self-check without the detector: `python -m bench.redaction_set230` (and tests/test_redaction_set230.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 894 gold spans, 510 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Netshitenzhe / Mudau family (Venda, from Limpopo, South Africa), Tenterden -------------------------------------

HOME_A = d.Address("14 Woodchurch Road", "", "Tenterden", "TN30 7AE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Thendo", "Netshitenzhe")], dt.date(2017, 6, 3), addresses=[HOME_A], ids=["2480607763",
       "E886828021347"], schools=["Tenterden Church of England Junior School"]),
    _p("s", "sibling", [("Mpho", "Netshitenzhe")], dt.date(2022, 1, 15), addresses=[HOME_A], ids=["4227969743"]),
    _p("m", "mother", [("Rudzani", "Mudau")], dt.date(1988, 9, 21), addresses=[HOME_A], phones=["07723 415 806"]),
    _p("f", "father", [("Takalani", "Netshitenzhe")], dt.date(1985, 2, 11), addresses=[HOME_A], phones=["07846 302 917"]),
], "c")

DOCS_A = [
    ("junior school safeguarding log", """TENTERDEN C of E JUNIOR - MY CONCERN LOG (printed)
Child: [[NETSHITENZHE, Thendo|name]]  Yr 4  DOB [[03/06/2017|dob]]  UPN [[E886828021347|upn]]
Parents: [[Rudzani Mudau|name]] (mum, [[07723 415 806|phone]]) and [[Takalani Netshitenzhe|name]] (dad, [[07846 302 917|phone]])
Home: [[14 Woodchurch Road|address]], [[Tenterden|place]], [[TN30 7AE|postcode]]

Mon [[5 Oct 2026|date]] 8.50 - [[Thendo|name]] flinched when Mr [[Ashdown|name]] raised his arm to point at the board. Said "sorry
sir" twice. Logged by [[K. Ashdown|name]].
[[08/10/2026|date]] - lunchtime: [[Thendo|name]] told his friend [[Ollie Breach|name]] that "dad uses the belt if I say
Tshivenda words wrong". [[Ollie|name]] told MDSA Mrs [[Jan Furley|name]].
[[8.10.26|date]] 13.20 - DSL [[Helen\nWickens|name]] spoke to [[Thendo|name]] with TA [[Sam Relf|name]]. Two marks on the back of the left
thigh, "like lines". He said daddy was cross about his spelling test. Body map done.
[[8 Oct|date]] 14.05 - call to Kent Front Door. Advised strategy discussion. Reference given.
[[9/10/2026|date]] - mum [[Rudzani|name]] came in upset. Said [[Takalani|name]] is "strict like our fathers in [[Thohoyandou|place]]"
but she does not want this. Little sister [[Mpho|name]] ([[Little Acorns|school]] nursery, [[Smallhythe Road|address]]) not seen.
[[12/10/2026|date]] - [[Thendo|name]] asked if he can stay at [[Ollie|name]]'s at [[Shrubcote|place]] for the weekend. Mrs [[Breach|name]]
said yes if SW agrees.
[[19th October|date]] - SW [[Georgia Humphrey|name]] visited school. [[Thendo|name]] called her "the lady from
[[Ashford|place]]".
[[2/11/2026|date]] - [[Thendo|name]] happy, said Makhulu [[Masindi|name]] rang from South Africa on video and sang to him.
[[16/11/2026|date]] - dad collected. Polite. Asked Mrs [[Wickens|name]] "who told the social". Mrs [[Wickens|name]] did not
answer. Car [[GK18 WRV|vehicle]].
[[30/11/2026|date]] - [[Thendo|name]] ("[[Thendz|name]]" to his friends) in good spirits; [[Ollie|name]] and [[Thendo|name]] picked for
the carol service at St Mildred's church.
"""),
    ("mother's voice note in Tshivenda transcribed and translated", """Voice note from [[Rudzani Mudau|name]] to her mother in
[[Thohoyandou|place]], [[21/10/2026|date]] 22:14, played to SW [[Georgia Humphrey|name]] by [[Rudzani|name]] and translated
by [[Mashudu Ravele|name]] (interpreter, by phone from [[Leeds|place]]) on [[22/10/2026|date]].

Transcript (Tshivenda, as heard): "Mma, ndi [[Rudzani|name]]. [[Takalani|name]] o rwa [[Thendo|name]] nga bannda hafhu.
Tshikolo tsho vhona. Vha social vho da ha [[Woodchurch Road|address]]. Ndi a ofha. Ndi khou humbela uri ni fonele
[[Ndivhuwo|name]] ngei [[Sibasa|place]], a amba na [[Takalani|name]]. [[Mpho|name]] u zwavhudi."

Translation: "Mother, it is [[Rudzani|name]]. [[Takalani|name]] hit [[Thendo|name]] with a belt again. The school saw. The social
workers came to [[Woodchurch Road|address]]. I am afraid. I am asking you to phone [[Ndivhuwo|name]] in [[Sibasa|place]], so he
talks to [[Takalani|name]]. [[Mpho|name]] is fine."

Interpreter's note: "Mma" is mother; "Vho-" before a name is respect, as in Vho-[[Masindi|name]]. The grandmother is
[[Masindi Mudau|name]], [[+27 15 962 0734|phone]]; uncle [[Ndivhuwo Mudau|name]] [[+27 82 555 0147|phone]] in [[Sibasa|place]],
near [[Thohoyandou|place]]. [[Rudzani|name]] asked that [[Takalani|name]]'s cousin [[Fulufhelo Netshitenzhe|name]] in [[Makhado|place]]
is not told.
Reply (voice note, [[22 Oct|date]], from Vho-[[Masindi|name]]): "Nwananga [[Rudzani|name]], ni tshi ofha ni ye ha [[Ellen|name]]."
Translated: "My child [[Rudzani|name]], if you are afraid go to [[Ellen|name]]'s." [[Rudzani|name]] said [[Ellen|name]] is
[[Ellen Tuckett|name]], a friend from church who lives at [[Glebe Way|address]], [[St Michaels|place]].
"""),
]

DOCS_A += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s.47) - [[9 October 2026|date]], 11:00, Teams
Child: [[Thendo Netshitenzhe|name]] (DOB [[3.6.2017|dob]]), sister [[Mpho Netshitenzhe|name]] (DOB [[15/01/2022|dob]], NHS
[[422 796 9743|nhs]]). Address [[14 Woodchurch Road|address]], [[Tenterden|place]] [[TN30 7AE|postcode]].
Chair: [[Paul Ingleton|name]] (TM, Ashford Front Door). Present: SW [[Georgia Humphrey|name]]; DC [[Lucy Ferebee|name]] (Kent
Police CAIU); DSL [[Helen Wickens|name]]; HV [[Bernadette Oyelaran|name]]; GP Dr [[Amit
Lakhani|name]], Ivy Court Surgery.
Information: [[Thendo|name]] disclosed being hit with a belt by father [[Takalani NETSHITENZHE|name]] (DOB [[11/02/1985|dob]],
NI [[JK 27 41 93 B|ni]]). Marks seen. Mother [[Rudzani MUDAU|name]] supportive. Father works nights at a warehouse in
[[Sevington|place]]; his manager is a Mr [[Gorringe|name]]. No police history. Family came from [[Thohoyandou|place]] in
[[2019|date]], lived
first in [[Kennington|place]], then [[Rolvenden
Layne|place]], then [[Tenterden|place]] since [[March 2023|date]].
HV: [[Mpho|name]]'s 2-year review done at home [[14/02/2024|date]], no concerns. Dr [[Lakhani|name]]: [[Rudzani|name]] seen
[[Sept 2026|date]] for low mood.
Decision: joint s.47; ABE interview of [[Thendo|name]] at [[Ashford|place]] on [[12 Oct|date]]; [[Takalani|name]] to stay with his
friend [[Tshilidzi Ramabulana|name]] at [[Flat 6, 40 Beaver Road|address]], [[Ashford|place]] [[TN23 7RP|postcode]] while it
goes on. DC [[Ferebee|name]] to speak to [[Takalani|name]] on [[10/10|date]].
Actions: [[Georgia|name]] to see [[Mpho|name]] today; [[Helen|name]] to send log; [[Bernadette|name]] to check the nursery
([[Little Acorns|school]]); interpreter [[Mashudu Ravele|name]] booked.
"""),
    ("GP letter to the social worker", """Ivy Court Surgery, [[Recreation Ground Road|address]], [[Tenterden|place]], [[26 Nov 2026|date]]

Dear Ms [[Humphrey|name]],
Re: [[Thendo NETSHITENZHE|name]], DOB [[03-06-2017|dob]], NHS No [[248 060 7763|nhs]]
[[14 Woodchurch Rd|address]], [[Tenterden|place]], [[TN30 7AE|postcode]]
Thank you for your letter of [[19th November|date]]. I saw [[Thendo|name]] with his mother Mrs [[Mudau|name]] on [[24/11/2026|date]].
The thigh marks seen by the school in October have healed. He is well grown (weight on the 50th centile). He told me he
likes football with [[Ollie|name]] and his Makhulu's songs. His mother [[Rudzani|name]] is taking sertraline since
[[September|date]] and sees our nurse [[Carol Hickmott|name]]. His father Mr [[Netshitenzhe|name]] has not been seen here
since [[2024|date]]. [[Mpho|name]] had her vaccines on [[10.11.26|date]] with nurse [[Hickmott|name]].
[[Rudzani|name]] asked me to tell you her new mobile is [[07309 774 251|phone]] (the old [[07723 415 806|phone]] is
[[Takalani|name]]'s contract). Her email is [[rudzanim88@outlook.com|email]].
Yours sincerely,
Dr [[A. Lakhani|name]]
cc Dr [[Priya Solanki|name]], community paediatrician, William Harvey Hospital, [[Ashford|place]]
"""),
]


# --- B. Dengate / Sharp family (white British), Cranbrook --------------------------------------------------------------

HOME_B = d.Address("7 Wheatfield Close", "", "Cranbrook", "TN17 3NE")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kayleigh", "Dengate")], dt.date(2012, 4, 28), addresses=[HOME_B], ids=["5001578434",
       "A886026988058"], schools=["High Weald Academy"]),
    _p("m", "mother", [("Tracey", "Sharp")], dt.date(1984, 10, 2), addresses=[HOME_B], phones=["07958 620 143"]),
    _p("o", "stepfather", [("Wayne", "Sharp")], dt.date(1979, 7, 14), addresses=[HOME_B]),
], "c")

DOCS_B = [
    ("MASH referral form", """KENT FRONT DOOR - REQUEST FOR SUPPORT / MASH REFERRAL
Referrer: [[Dawn Latter|name]], pastoral lead, [[High Weald Academy|school]], [[Angley Road|address]], [[Cranbrook|place]]
Date: [[14/10/2026|date]]   Tel [[01580 763 218|phone]]   Email [[d.latter@hwa-school.org.uk|email]]
Child: [[Kayleigh DENGATE|name]] DOB [[28/04/2012|dob]] (14)  UPN [[A886026988058|upn]]  NHS [[500 157 8434|nhs]]
Address: [[7 Wheatfield Close|address]], [[Cranbrook|place]], Kent [[TN17 3NE|postcode]]
Mother: [[Tracey Sharp|name]] [[07958 620 143|phone]]. Stepfather: [[Wayne Sharp|name]]. Birth father: [[Lee Dengate|name]], in
[[Hastings|place]], no contact.
Concern: [[Kayleigh|name]] has been seen getting into a white Corsa [[HV17 OZT|vehicle]] outside the school at 3.05 on three days
([[6th|date]], [[8th|date]] and [[13th October|date]]). The driver is known to pupils as "[[Tix|name]]" ([[Jordan Tickner|name]], 19,
from [[Hartley|place]]). [[Kayleigh|name]] has a new iPhone and vapes. Her friend [[Maisie Crouch|name]] (Yr 9) told Mrs
[[Latter|name]] that [[Jordan|name]] takes girls to a flat in [[Staplehurst|place]] "above the kebab shop" and to a caravan at
[[Sissinghurst|place]].
[[Kayleigh|name]] was missing overnight [[10/11 October|date]]; mum reported to police (log 1123), see below.
Mum says: "She's 14 not 4. [[Wayne|name]] grounds her and she climbs out." Attendance 71%.
Others: [[Maisie|name]]'s mum [[Claire Crouch|name]] ([[07812 645 093|phone]]) worried too. Youth worker [[Ryan Goldup|name]] at the
[[Cranbrook|place]] youth club knows [[Jordan|name]].
Consent: mum agreed on the phone, [[14.10.26|date]] 11:40.
"""),
]

DOCS_B += [
    ("Snapchat messages typed up by the police", """Exhibit RG/3 - Snapchat chat on [[Kayleigh|name]]'s phone, typed up by DC
[[Nadia Bourne|name]]
[[23/10/2026|date]]. Usernames left as shown (kaysxx12, tix_boy). Speaker labels as set on the phone.

[[kay|name]]: wer u
[[tix|name]]: outside co op [[cranbrook|place]] in the corsa
[[kay|name]]: cant mum and [[wayne|name]] are in
[[tix|name]]: say ur at [[maisies|name]]
[[kay|name]]: ok. is [[deccy|name]] coming
[[tix|name]]: ye and [[sammy|name]] from [[staplehurst|place]]. were goin to [[hartley|place]] then maybe [[tunbridge wells|place]]
[[kay|name]]: i need to b back by 10 [[tracey|name]] will go mad
[[tix|name]]: ur mum is always mad lol. wear the top i got u
[[kay|name]]: [[maisie|name]] says ur 19 not 17
[[tix|name]]: [[maisie|name]] chats shit. delete this
[[kay|name]]: [[jordan|name]] i dont want to go to the flat again
[[tix|name]]: its just [[deccy|name]]s cousin [[ricky|name]]. he's sound
[[kay|name]]: ok x
([[24 Oct|date]], 01:12)
[[kay|name]]: im at [[sissinghurst|place]] by the castle car park. come get me pls
[[tix|name]]: [[deccy|name]] will get u
[[kay|name]]: no u. [[ricky|name]] was weird
([[24 Oct|date]], 01:40)
[[kay|name]]: mum is ringing me
[[tracey sharp|name]] (missed call, from [[07958 620 143|phone]])
DC [[Bourne|name]]: "[[deccy|name]]" is believed to be [[Declan Hoad|name]]; "[[ricky|name]]" unknown; "[[sammy|name]]" is
[[Samantha Judge|name]], 16.
"""),
    ("young person's own words, return home interview", """RETURN HOME INTERVIEW - [[Kayleigh Dengate|name]] - [[25/10/2026|date]]
Done by [[Ryan Goldup|name]] (Kent Youth Service) at [[Cranbrook|place]] library, with [[Kayleigh|name]]'s agreement. Her words:

"I went with [[Jordan|name]] cos [[Wayne|name]] took my charger and said I'm a slag. Me and [[Maisie|name]] used to go to the rec
on [[Jaeger's Crescent|address]] but now her mum won't let her. [[Jordan|name]] picks me up from the [[Hartley|place]] end so
nobody sees. We went to [[Staplehurst|place]] to [[Ricky|name]]'s flat, it's on the [[High Street|address]], and there was
a girl from [[Paddock Wood|place]] called [[Abbie|name]] or [[Abby|name]]. I didn't drink much. [[Ricky|name]] kept
touching my leg and I texted [[Jordan|name]]. [[Deccy|name]] drove me back to [[Sissinghurst|place]] at like 2. I walked
home down [[Golford Road|address]]. Mum had rung the police. My nan [[Pat Dengate|name]] in [[Benenden|place]] is the only one
who gets it. I want to live with nan. Her number is [[01580 240 917|phone]]. I'm not grassing on [[Jordan|name]], he's
nice to me. I turn 15 on [[28 April|dob]]."
[[Ryan|name]]'s note: shared with SW [[Owen Pettitt|name]] and PC [[Kerry Hyland|name]] on [[26/10/2026|date]].
"""),
    ("mother's complaint email to the council", """From: [[Tracey Sharp|name]] <[[traceysharp84@hotmail.co.uk|email]]>
To: complaints, Kent County Council
Date: Tue, [[17 Nov 2026|date]] 21:48
Subject: complaint about social worker [[Owen Pettitt|name]] - [[Kayleigh Dengate|name]] DOB [[28.04.2012|dob]]

I want to complain. Mr [[Pettitt|name]] came to [[7 Wheatfield Cl|address]] on Thurs [[12th|date]] and spoke to my husband
[[Wayne|name]] like he is the problem. [[Wayne|name]] is not the problem. The problem is [[JORDAN TICKNER|name]] and his mates
[[Declan|name]] and "[[Ricky|name]]" who nobody has arrested. Everyone in [[Cranbrook|place]] knows. [[Jordan|name]]'s mum
[[Sandra Tickner|name]] lives on [[Frythe Way|address]] and she knows too.
I asked for my mum-in-law [[Pat|name]] in [[Benenden|place]] to be a support and nobody has rung her. I have rung [[Owen|name]] 6
times on [[03000 411 111|phone]] and he don't ring back. [[Kayleigh|name]] was missing AGAIN on [[15/11|date]] and was found by
PCSO [[Gemma Lusted|name]] in [[Goudhurst|place]] at the bus stop.
Also the school (Mrs [[Latter|name]]) shared things with the social without asking me.
I want a new social worker and a meeting with a manager. Ring me on [[07958 620 143|phone]] or my work [[01580 712 905|phone]].
[[Tracey Sharp|name]]
"""),
]


# --- C. Pattenden family (white British), Rolvenden, a young carer -----------------------------------------------------

HOME_C = d.Address("4 Sparkeswood Avenue", "", "Rolvenden", "TN17 4LS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Pattenden")], dt.date(2014, 11, 9), addresses=[HOME_C], ids=["3761967756",
       "T886448259959"], schools=["Rolvenden Primary School", "Homewood School"]),
    _p("s", "sibling", [("Ruby", "Pattenden")], dt.date(2019, 3, 2), addresses=[HOME_C], ids=["5617037943"]),
    _p("m", "mother", [("Joanne", "Pattenden")], dt.date(1980, 5, 17), addresses=[HOME_C], phones=["07415 883 260"]),
], "c")

DOCS_C = [
    ("young carers' assessment", """YOUNG CARERS' NEEDS ASSESSMENT - Crossroads Care Kent
Young carer: [[Alfie Pattenden|name]], DOB [[09/11/2014|dob]] (12), [[Homewood|school]] Yr 7 (was [[Rolvenden Primary|school]])
Cares for: mum [[Joanne Pattenden|name]] ([[17.05.1980|dob]]), relapsing MS, uses a wheelchair outdoors; sister [[Ruby|name]] (7)
Address: [[4 Sparkeswood Avenue|address]], [[Rolvenden|place]], [[TN17 4LS|postcode]]. Tel [[07415 883 260|phone]]
Assessor: [[Natalie Brissenden|name]], [[4 November 2026|date]], at home, with [[Joanne|name]] and [[Alfie|name]].

What [[Alfie|name]] does: gets [[Ruby|name]] up and dressed and walks her to the school gate on [[Hastings Road|address]]
before catching the bus to [[Tenterden|place]]; helps mum on the stairs; cooks tea 4 nights; orders the shopping on
mum's phone; collects prescriptions from the pharmacy in [[Tenterden|place]] High Street.
Dad: [[Gary Pattenden|name]] left in [[2022|date]], lives in [[Rye|place]] with his partner [[Stacey Ovenden|name]]; sees the
children "when he remembers". [[Alfie|name]] calls him "[[Gaz|name]]" now, not dad.
Others: Nanna [[Iris Weekes|name]] in [[Wittersham|place]] helps on Sundays; neighbour Mrs [[Patel|name]] at [[no. 6|address]]
takes [[Ruby|name]] sometimes; [[Joanne|name]]'s friend [[Becky Stanbridge|name]] from [[Rolvenden Layne|place]] drives her to
hospital in [[Maidstone|place]].
Impact: [[Alfie|name]] late 14 times this term; told Mr [[Okonkwo|name]] (head of year) he "falls asleep in maths". He
misses football with Tenterden Colts (Saturdays) and his friends [[Finley|name]] and [[Josh Ransley|name]].
His words: "I don't mind helping mum. I mind when [[Ruby|name]] screams and mum cries."
Plan: carers' break at [[Camber|place]] in the [[February half term|date]]; young carers' group at [[Hawkhurst|place]] on
Thursdays; referral for adult social care for [[Joanne|name]] (reablement, OT [[Marcus Fagg|name]]).
"""),
]

DOCS_C += [
    ("social worker's home visit case note", """Case note - home visit - [[Alfie Pattenden|name]] - [[18/11/2026|date]] 16:30 -
SW [[Imogen Tree|name]]
Present: [[Joanne|name]] (mum), [[Alfie|name]], [[Ruby|name]]; later nanna [[Iris|name]] arrived from [[Wittersham|place]].
House on [[Sparkeswood Ave|address]] tidy downstairs, stair lift still not fitted. [[Joanne|name]] in bed upstairs when I
arrived; [[Alfie|name]] let me in and was cooking fish fingers. [[Ruby|name]] watching Bluey.
[[Joanne|name]] said [[Gary|name]] had not paid since [[August|date]]. She has asked his mum [[Maureen Pattenden|name]] in
[[Northiam|place]] to "have a word".
Saw [[Alfie|name]] alone in his room: posters of Arsenal, a photo of him and [[Finley Judge|name]] at [[Bodiam|place]]. He
said he worries mum will fall when he's at school. He said the bus driver "[[Big Col|name]]" lets him sit at the front.
He asked if [[Ruby|name]] can go to breakfast club at [[Rolvenden Primary|school]] so he can get the 7.40 bus.
[[Ruby|name]] (seen with mum): said "[[Alfie|name]] does my hair, mummy can't".
Nanna [[Iris Weekes|name]] ([[01797 270 448|phone]]) said she can do Tuesdays too. She lives at [[2 Poplar Cottages|address]],
[[Wittersham|place]], [[TN30 7NQ|postcode]].
Actions: chase OT [[Fagg|name]]; ask [[Rolvenden Primary|school]] head Mrs [[Sarah Vidler|name]] about breakfast club; young
carers' card for [[Alfie|name]]; next visit [[2 Dec|date]].
"""),
    ("mother's text messages to the social worker typed up", """Texts from [[Joanne Pattenden|name]] to [[Imogen Tree|name]],
[[20-29 Nov 2026|date]]

[[20/11|date]] 07:02 morning [[imogen|name]] its jo. had a fall in the night, [[alfie|name]] found me. hes ok but late for school
again sorry
[[20/11|date]] 07:05 [[iris|name]] is coming from [[wittersham|place]] now
[[21/11|date]] 18:30 OT man [[marcus|name]] came. stairlift on [[3rd dec|date]] he says
[[23/11|date]] 20:11 [[gary|name]] messaged, wants the kids for xmas in [[rye|place]]. [[ruby|name]] wants to [[alfie|name]] doesnt
[[24/11|date]] 09:14 [[becky|name]] taking me to [[maidstone|place]] for the infusion. [[alfie|name]] has his key
[[26/11|date]] 16:40 [[alfie|name]] been in a fight on the bus with a boy called [[tyler|name]] from [[benenden|place]]. school rang
[[26/11|date]] 16:41 mr [[okonkwo|name]] says [[tyler|name]] called me a cripple. [[alfie|name]] punched him
[[27/11|date]] 10:00 sorry i shouted on the phone. mrs [[patel|name]] next door says hi lol
[[29/11|date]] 19:55 [[ruby|name]] has nits. [[alfie|name]] is doing her hair with the comb. he is 12 [[imogen|name]]. he shouldnt
have to
"""),
    ("neurologist's letter scanned with OCR misreadings", """[scanned, OCR text not corrected]
Maidstone and Tunbridge We1ls NHS Trust - Neuro1ogy 0utpatients
Dr [[R. Acheampong|name]], Consu1tant Neuro1ogist                                   [[l2 November 2O26|date]]
Re: [[J0anne PATTENDEN|name]]   D0B [[l7/O5/l98O|dob]]   NHS [[518 092 4510|nhs]]
[[4 Sparkeswood Avenue|address]], [[Ro1venden|place]], [[TNl7 4LS|postcode]]

I saw Mrs [[Pattenden|name]] today with her friend Ms [[Becky Stanbridge|name]]. She has had two re1apses since [[Ju1y|date]].
She te11s me her son [[A1fie|name]], aged l2, does much of her care and her daughter [[Ruby|name]] is 7. I am concerned
about this and have written to her GP Dr [[Ha11oran|name]] at [[Tenterden|place]].
P1an: start ocre1izumab; MS nurse [[Linda Brett|name]] to visit at home in [[Ro1venden|place]] on [[8 Decernber|date]].
cc [[Imogen Tree|name]], socia1 worker.
"""),
]


# --- D. Kowalczyk / Beale family (Polish and white British), Hawkhurst ---------------------------------------------------

HOME_D = d.Address("31 Heartenoak Road", "", "Hawkhurst", "TN18 5EU")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Zofia", "Kowalczyk")], dt.date(2021, 8, 30), addresses=[HOME_D], ids=["9849053054"],
       schools=["Hawkhurst Church of England Primary School"]),
    _p("s", "sibling", [("Leo", "Kowalczyk")], dt.date(2026, 5, 19), addresses=[HOME_D], ids=["6399733766"]),
    _p("m", "mother", [("Amy", "Beale")], dt.date(1995, 3, 8), addresses=[HOME_D], phones=["07534 197 428"]),
    _p("f", "father", [("Marek", "Kowalczyk")], dt.date(1990, 12, 19), addresses=[HOME_D], phones=["07891 246 035"]),
], "c")

DOCS_D = [
    ("police domestic abuse incident log", """KENT POLICE - DOMESTIC ABUSE INCIDENT   URN 46-14-1126
Reported: Sat [[14/11/2026|date]] 22:31 by neighbour, Mr [[Dennis Fuggle|name]] ([[no. 29|address]]), via 999
Location: [[31 Heartenoak Road|address]], [[Hawkhurst|place]], [[TN18 5EU|postcode]]
Victim: [[BEALE, Amy|name]] DOB [[08/03/1995|dob]] tel [[07534 197 428|phone]]
Suspect: [[KOWALCZYK, Marek|name]] DOB [[19/12/1990|dob]] tel [[07891 246 035|phone]] NI [[PR 58 03 16 A|ni]]
Children: [[Zofia|name]] (5), [[Leo|name]] (6 months), both in the house.
Officers: PC [[Josh Ellender|name]] and PC [[Rosa\nMcGill|name]].
[[Amy|name]] said [[Marek|name]] came home from the Eight Bells pub in [[Hawkhurst|place]] and threw her phone at the wall
and pushed her into the baby's cot. Redness to right arm. [[Zofia|name]] was on the landing crying "tata stop".
[[Marek|name]] said in Polish "ona kłamie" (she lies); officer [[McGill|name]] speaks some Polish.
[[Marek|name]] arrested 22:58, to [[Tonbridge|place]] custody. Van [[KP19 XNF|vehicle]] (his work van, a plumbing firm in
[[Flimwell|place]]) left outside.
[[Amy|name]]'s mum [[Linda Beale|name]] came from [[Gills Green|place]] to stay. [[Marek|name]]'s sister [[Agnieszka Nowak|name]]
rang from [[Gdańsk|place]] on [[+48 512 874 306|phone]] while we were there.
Previous: [[3/8/2026|date]] verbal only (PC [[Ellender|name]]). DASH: medium, raised to high for the push near the baby.
"""),
    ("health visitor's contact notes", """HEALTH VISITING - CONTACT RECORD (SystmOne print)
Baby: [[Leo KOWALCZYK|name]]   DOB [[19.05.2026|dob]]   NHS [[639 973 3766|nhs]]
Mother: [[Amy Beale|name]]   [[31 Heartenoak Rd|address]], [[Hawkhurst|place]]
[[17/11/2026|date]] home visit, HV [[Fiona Standen|name]]. Told by Front Door of DA incident [[14/11|date]]. [[Amy|name]]
tearful. [[Leo|name]]
well, weight 8.1kg, 50th. [[Amy|name]] said [[Marek|name]] on bail to his friend [[Piotr|name]]'s in [[Cranbrook|place]]
([[Piotr Zieliński|name]], [[12 Bakers Cross|address]]). [[Zofia|name]] at school, mum says she is wetting again.
Routine enquiry: [[Amy|name]] disclosed [[Marek|name]] checks her phone and took her bank card in [[September|date]].
Gave DA leaflet and Choices helpline. Mum's mum [[Linda|name]] staying.
[[24/11/2026|date]] phone call: [[Amy|name]] says [[Marek|name]] texted 40 times. Advised to keep them for PC [[McGill|name]].
[[1/12/2026|date]] clinic at [[Hawkhurst|place]] children's centre. [[Leo|name]] 8.4kg. [[Amy|name]] with friend [[Kasia|name]] from
[[Highgate|place]] ([[Hawkhurst|place]]). Mum says [[Zofia|name]]'s teacher Miss [[Oakley|name]] has been lovely.
HV [[F. Standen|name]]
"""),
]

DOCS_D += [
    ("Facebook Messenger chat typed up", """Facebook Messenger, [[Marek Kowalczyk|name]] to [[Amy Beale|name]],
[[20-22 November 2026|date]], screenshots
given by [[Amy|name]] to PC [[McGill|name]], typed up [[23/11/2026|date]]

[[Marek|name]]: amy please. i am sorry
[[Marek|name]]: i want see [[zosia|name]] and [[leo|name]]. they are my kids
[[Marek|name]]: [[piotr|name]] say you go with the kids to your mother in [[gills green|place]]
[[Amy|name]]: dont message me. bail says no contact
[[Marek|name]]: your mother [[linda|name]] always hate me
[[Marek|name]]: i come to [[hawkhurst|place]] saturday for my tools. in the shed
[[Amy|name]]: ask [[kasia|name]] to get them. not you
[[Marek|name]]: [[kasia|name]] is your spy
[[Marek|name]]: my sister [[aga|name]] say you are crazy woman
[[Marek|name]]: i know you talk to the social [[fiona|name]]. and the police woman [[rosa|name]]
[[Amy|name]]: [[zofia|name]] is scared of you [[marek|name]]
[[Marek|name]]: [[zosia|name]] love her tata
[[Marek|name]]: i will be at the school on [[rye road|address]] monday
[[Amy|name]]: im calling the police
PC [[McGill|name]]'s note: "[[Zosia|name]]" is the Polish short form of [[Zofia|name]]; "[[aga|name]]" is his sister
[[Agnieszka|name]]. Breach of bail recorded; [[Marek|name]] re-arrested [[23/11|date]] at [[Flimwell|place]].
"""),
    ("MARAC referral", """MARAC REFERRAL - West Kent MARAC, meeting of [[3 December 2026|date]]
Referrer: [[Hannah Dadson|name]], IDVA, Choices
Victim: [[Amy BEALE|name]] ([[8/3/1995|dob]]), [[31 Heartenoak Road|address]], [[Hawkhurst|place]], [[TN18 5EU|postcode]],
safe number [[07984 361 520|phone]] (her mum [[Linda|name]]'s)
Perpetrator: [[Marek KOWALCZYK|name]] ([[19-12-1990|dob]]), bail address c/o [[Piotr Zielinski|name]],
[[12 Bakers Cross|address]], [[Cranbrook|place]] [[TN17 3AQ|postcode]]
Children: [[Zofia Kowalczyk|name]] ([[30 Aug 2021|dob]]), [[Hawkhurst C of E Primary|school]]; [[Leo Kowalczyk|name]] ([[19/5/26|dob]])
Risk: DASH 16. Pushed near the baby ([[14/11|date]]); bail breach by Messenger and a visit to [[Rye Road|address]]
([[23/11|date]]); took her bank card; threats to take the children to [[Gdansk|place]] where his sister [[Agnieszka Nowak|name]]
lives ([[ul. Grunwaldzka 84|address]]). Car: none; work van [[KP19 XNF|vehicle]].
Agencies: HV [[Fiona Standen|name]]; SW [[Chloe Mepham|name]]; DS [[Alex Funnell|name]]; school DSL Mr [[Tom Isted|name]].
Victim's view: [[Amy|name]] wants a non-molestation order; her solicitor is [[Grace Wanstall|name]] in [[Tunbridge Wells|place]].
"""),
]


# --- E. Pilbeam family (white British), Headcorn, criminal exploitation -------------------------------------------------

HOME_E = d.Address("9 Kings Road", "", "Headcorn", "TN27 9QU")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Callum", "Pilbeam")], dt.date(2010, 7, 22), addresses=[HOME_E], ids=["5107956033",
       "L886854377742"], schools=["Homewood School"]),
    _p("m", "mother", [("Lisa", "Pilbeam")], dt.date(1978, 1, 30), addresses=[HOME_E], phones=["07762 930 514"]),
    _p("s", "sibling", [("Bradley", "Pilbeam")], dt.date(2004, 9, 12), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("child in need chronology", """CHRONOLOGY - [[Callum PILBEAM|name]] ([[22/07/2010|dob]]), [[9 Kings Road|address]],
[[Headcorn|place]] [[TN27 9QU|postcode]]
NHS [[510 795 6033|nhs]]  UPN [[L886854377742|upn]]  Mum [[Lisa Pilbeam|name]] [[07762 930 514|phone]]

[[Jan 2025|date]]     [[Callum|name]] excluded 5 days from [[Homewood|school]] for a knife (a lock knife) in his bag.
[[04/03/2025|date]]   Found in [[Maidstone|place]] by BTP at the West station at 23:00 with [[Kieran Wells|name]] (17).
[[Summer 2025|date]]  Brother [[Bradley Pilbeam|name]] ([[12/09/2004|dob]]) jailed 2 years for supply; at HMP Elmley.
[[11.11.2025|date]]   NRM referral made by SW [[Dominic Farrance|name]]. Positive reasonable grounds [[20/11/2025|date]].
[[06/02/2026|date]]   Missing 3 days; found in [[Margate|place]] at a flat at [[Dalby Square|address]], [[CT9 2ER|postcode]], with £600.
[[Spring 2026|date]]  Worked with [[Kyle Usher|name]] (St Giles Trust). Goes to boxing in [[Staplehurst|place]] with [[Kyle|name]].
[[15/05/2026|date]]   Mum says [[Callum|name]]'s phone "[[Cal|name]] work" rings at 2am; the line is "[[Tank|name]]".
[[22/07/2026|date]]   16th birthday. Went to nan [[Shirley Pilbeam|name]] at [[Ulcombe|place]]. Good day.
[[09/09/2026|date]]   Started at [[Mid Kent College|school]] in [[Maidstone|place]] (construction). Dropped out [[1 Oct|date]].
[[14/10/2026|date]]   Stopped in a car [[LB15 HZC|vehicle]] in [[Sutton Valence|place]] with [[Kieran Wells|name]] and [[Reece Ofori|name]];
                      £340 and 2 phones. Released under investigation.
[[31/10/2026|date]]   Assaulted at [[Headcorn|place]] station; hospital at [[Maidstone|place]]; says he "fell".
[[Nov 2026|date]]     [[Lisa|name]]'s partner [[Steve Hogben|name]] moved in. [[Callum|name]] staying at his mate [[Louis|name]]'s in
                      [[Lenham|place]] most nights.
[[02/12/2026|date]]   Strategy meeting; contextual safeguarding referral for [[Headcorn|place]] station and the rec.
"""),
    ("police missing person log", """KENT POLICE - MISSING PERSON - [[CALLUM PILBEAM|name]]   Log 0412 of [[27/11/2026|date]]
Reported by mum [[Lisa PILBEAM|name]] at 21:05 from [[07762 930 514|phone]]. Last seen 15:30 at [[Headcorn|place]] station
by [[Steve Hogben|name]]. Risk: high (exploitation). Clothing: black North Face, grey joggers.
Associates: [[Kieran WELLS|name]] ([[Park Wood|place]], [[Maidstone|place]]); [[Reece OFORI|name]] (south [[London|place]],
[[Catford|place]]); "[[Tank|name]]" (unknown, the line); girlfriend [[Lacey Dunk|name]] (15) of [[Biddenden|place]].
Phone [[07463 218 905|phone]] (his own) off since 16:10; the line phone unknown.
22:40 PCSO [[Liam Stickells|name]] checked [[Biddenden|place]] at [[Lacey|name]]'s home ([[3 Mill Close|address]]); her mum
[[Donna Dunk|name]] says not seen.
23:55 ANPR hit on [[LB15 HZC|vehicle]] at the Leeds Castle junction of the M20 heading to London.
[[28/11/2026|date]] 03:10 Met officers in [[Catford|place]] found [[Callum|name]] at an address on [[Brownhill Road|address]],
[[SE6 2HA|postcode]]. Brought back by [[Lisa|name]] and [[Steve|name]] at 07:30.
Debrief: [[Callum|name]] said he went to see "a mate". Would not name [[Reece|name]]. Duty SW [[Ola Adeyemi|name]] told.
"""),
]

DOCS_E += [
    ("WhatsApp group chat typed up by the youth worker", """WhatsApp "[[headcorn|place]] boys", shown by [[Callum|name]] to
[[Kyle Usher|name]] on [[30/11/2026|date]] and typed up
with his agreement (names as saved on his phone)

[[Kieran|name]]: [[cal|name]] u on tmrw
[[cal|name]]: cant mum and [[steve|name]] watchin me
[[Kieran|name]]: [[tank|name]] says u owe 2 bills
[[Reece O|name]]: [[catford|place]] was long fam
[[cal|name]]: i got robbed at the station in [[headcorn|place]]. not my fault
[[Kieran|name]]: tell that to [[tank|name]]
[[Louis|name]]: leave him man he can stay at mine in [[lenham|place]]
[[Kieran|name]]: [[louis|name]] stay out of it
[[Reece O|name]]: meet at [[sutton valence|place]] garage sat 6pm. [[kieran|name]] bring the whip
[[cal|name]]: what about [[lacey|name]] she keeps askin where i am
[[Kieran|name]]: dont chat to her bout nothing. her mum knows the feds
[[Louis|name]]: [[callum|name]] ur nan rang my mum
[[cal|name]]: [[shirl|name]] is always ringin lol
[[Kyle|name]]'s note: "[[shirl|name]]" is nan [[Shirley Pilbeam|name]]; "the whip" is a car; "2 bills" is £200.
"""),
    ("youth worker's email to the social worker", """From: [[Kyle Usher|name]] <[[kyle.usher@stgilestrust.org.uk|email]]>
To: [[Dominic Farrance|name]] <[[dominic.farrance@kent.gov.uk|email]]>
Sent: [[1 December 2026|date]] 18:22
Subject: [[Callum P|name]] - worried about Sat

Hi [[Dom|name]],
Saw [[Cal|name]] today at [[Staplehurst|place]] boxing. He showed me the group chat (typed up, attached). [[Kieran|name]] wants him
at [[Sutton Valence|place]] on Saturday [[5th|date]] at 6. He says he owes "[[Tank|name]]" £200 after being robbed at
[[Headcorn|place]] station on [[31st Oct|date]]. I think "[[Tank|name]]" may be [[Tyrone Akers|name]] from [[Shepway|place]],
but I'm not sure.
His nan [[Shirley|name]] says he can stay at hers in [[Ulcombe|place]] ([[Pye Corner|address]]) over the weekend, and
[[Lisa|name]] agrees. Nan's number is [[01622 890 317|phone]]. [[Lacey|name]] (girlfriend) is worried and messaged me via
her youth worker [[Jess Couchman|name]] in [[Tenterden|place]].
Can we do a safety plan before Sat? I'm free Thursday [[3rd|date]] after 2.
Cheers, [[Kyle|name]]
St Giles Trust, [[Maidstone|place]] - [[07377 510 284|phone]]
"""),
]


# --- F. Terry / Coomber family (white British), Wittersham, a baby with a bruise ------------------------------------------

HOME_F = d.Address("6 Jubilee Fields", "", "Wittersham", "TN30 7PT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harley", "Coomber")], dt.date(2026, 8, 14), addresses=[HOME_F], ids=["5180924510"]),
    _p("m", "mother", [("Shannon", "Terry")], dt.date(2005, 1, 26), addresses=[HOME_F], phones=["07402 618 793"]),
    _p("f", "father", [("Connor", "Coomber")], dt.date(2003, 6, 11), addresses=[HOME_F], phones=["07377 152 684"]),
], "c")

DOCS_F = [
    ("emergency department safeguarding referral", """WILLIAM HARVEY HOSPITAL - PAEDIATRIC ED - SAFEGUARDING REFERRAL (bruising
in a non-mobile infant)
Patient: [[COOMBER, Harley|name]]   DOB [[14/08/2026|dob]] (15 weeks)   NHS [[518 092 4510|nhs]]
Address: [[6 Jubilee Fields|address]], [[Wittersham|place]], [[TN30 7PT|postcode]]
Brought by: mother [[Shannon Terry|name]] ([[26/01/2005|dob]], [[07402 618 793|phone]]) and maternal grandmother [[Denise Terry|name]]
Seen: [[27/11/2026|date]] 19:40 by Dr [[Olu Bankole|name]] (ST4) and Dr [[Hannah\nKemsley|name]] (consultant)
Findings: 1cm bruise left cheek, two small bruises to the right upper arm, fingertip size. [[Harley|name]] well, feeding.
Mother's account: "[[Connor|name]] was changing him on the bed and he rolled into the headboard." Father [[Connor Coomber|name]]
([[11/06/2003|dob]]) at work at a farm near [[Appledore|place]]; arrived 21:10 with his friend [[Jake Pankhurst|name]].
[[Connor|name]] said he was at [[Smallhythe|place]] all day and "[[Shan|name]] had him". Accounts differ.
Actions: skeletal survey and bloods; admitted to Padua ward; Kent Front Door rang 21:30 (spoke to [[Martin Ovenden|name]]);
police CAIU DC [[Serena Pope|name]] informed. Health visitor [[Tanya Gower|name]] ([[Tenterden|place]] team) to be told.
Other children in the household: none. [[Shannon|name]]'s sister [[Jodie Terry|name]] (16) stays at weekends.
"""),
]

DOCS_F += [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[HARLEY COOMBER|name]] -
[[11 December 2026|date]], [[Ashford|place]], Civic Centre
Chair: [[Gillian Ruck|name]] (IRO). Minutes: [[Paige Fowle|name]].
Present: [[Shannon Terry|name]] (mother); [[Connor Coomber|name]] (father) with his mum [[Julie Coomber|name]]; [[Denise Terry|name]]
(maternal nan); SW [[Martin Ovenden|name]]; DC [[Serena Pope|name]]; HV [[Tanya Gower|name]]; Dr [[Hannah Kemsley|name]]; GP
Dr [[Halloran|name]] (report only). Apologies: midwife [[Kate Ashby|name]].
Baby: [[Harley Coomber|name]], DOB [[14.08.26|dob]], [[6 Jubilee Fields|address]], [[Wittersham|place]].
Dr [[Kemsley|name]]: skeletal survey clear; bloods normal; bruising not explained by a baby rolling at 15 weeks.
DC [[Pope|name]]: both parents interviewed [[2 December|date]]; [[Connor|name]] now says he "gripped him too hard" when
[[Harley|name]] would not settle; no charge yet. [[Connor|name]]'s friend [[Jake|name]] said [[Connor|name]] had been on nights.
HV [[Gower|name]]: [[Shannon|name]] warm with [[Harley|name]]; home in [[Jubilee Fields|address]] clean; [[Shannon|name]] low after
her nan [[Peggy Terry|name]] died in [[Rye|place]] in [[October|date]].
Parents: [[Shannon|name]] wants to stay with [[Denise|name]] at [[Stone-cum-Ebony|place]] ([[Ebony Cottage|address]],
[[Stone in Oxney|place]]). [[Connor|name]] to live with his mum [[Julie|name]] at [[18 Ferry Road|address]], [[Appledore|place]],
[[TN26 2AY|postcode]], and see [[Harley|name]] supervised by [[Julie|name]] or [[Denise|name]].
Decision: child protection plan, category physical abuse. Core group [[18/12/2026|date]]; review [[11 March 2027|date]].
"""),
    ("grandmother's handwritten letter to the social worker", """Dear Mr [[Ovenden|name]],
I am [[Harley|name]]'s nan, [[Denise Terry|name]]. I am writing because I couldnt say it all at the meeting on the [[11th|date]].
[[Shannon|name]] and the baby are with me at [[Ebony Cottage|address]] near [[Stone|place]] and she is doing well. She gets up
to him every night and he is feeding lovely. My husband [[Rob|name]] (her stepdad) drives her to clinic at [[Tenterden|place]].
I do not want [[Connor|name]] here. I am not saying he is a bad lad but he has a temper, his brother [[Dale Coomber|name]]
is the same. [[Julie|name]] his mum is a good woman and I trust her to watch him with [[Harley|name]] at [[Appledore|place]].
[[Shannon|name]] is 21 and young and she has her sister [[Jodie|name]] and her friend [[Tegan Hollands|name]] from
[[Wittersham|place]] who has a baby too. Please can [[Shannon|name]] keep going to the baby group in [[Rolvenden|place]] with
[[Tegan|name]].
My phone is [[07534 602 118|phone]] and [[Shannon|name]]'s is [[07402 618 793|phone]]. My address is [[Ebony Cottage|address]],
[[Stone in Oxney|place]], [[Tenterden|place]] [[TN30 7JN|postcode]].
Yours,
[[Denise Terry|name]] (Mrs)
"""),
    ("father's voice note to his mother transcribed", """Voice note, [[Connor Coomber|name]] to his mum [[Julie|name]],
[[29/11/2026|date]] 02:47, given to DC
[[Serena Pope|name]] by [[Julie Coomber|name]] and transcribed by her on [[1/12/2026|date]]

"Mum... it's me. I'm at [[Jake|name]]'s in [[Appledore|place]]. I can't go home, [[Shan|name]]'s mum's there. I didn't mean it
mum. He wouldn't stop, I was so tired from the farm, Mr [[Ashenden|name]] had me on till ten. I just held him too tight.
Don't tell [[Dale|name]]. Don't tell Nan [[Pam|name]]. I'll ring the social bloke [[Martin|name]] tomorrow. [[Shannon|name]]
don't deserve this. Tell [[Harley|name]] daddy's sorry... Ring me on [[Jake|name]]'s phone, mine's dead, it's
[[07309 166 427|phone]]. Love you."
DC [[Pope|name]]: the farm is [[Ashenden|name]]'s at [[Reading Street|place]]; [[Jake Pankhurst|name]] lives at
[[Flat 3, The Street|address]],
[[Appledore|place]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 230 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:59 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "our", "nan", "nanna", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "tata",
           "makhulu", "mma", "vho", "aunt", "ot", "mdsa", "ta", "dsl"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "kent", "south africa", "poland", "the weald", "limpopo", "venda"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Makhulu", "Vho-Masindi", "tata") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
