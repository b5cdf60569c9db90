"""Set 187: a held-out hand-written set for the redaction detector, six more invented families in north-east Suffolk
(Southwold, Halesworth, Bungay and the villages around them), written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set186.py, bench/redaction_set188.py, bench/redaction_set189.py and their tests (written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set181.py (lines 1-200: its docstring, its first family and the start of
its second; lines 560-621: its last document's end with the _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and HandSet lines)
and tests/test_redaction_set181.py in full, whose layout this set copies; bench/redaction_set21.py and
tests/test_redaction_set21.py were NOT opened beyond a line count (set 181 states that it follows set 21's conventions, and
those conventions were taken from set 181); the docstrings of bench/redaction_set7.py to
bench/redaction_set185.py were searched by a script (ast.get_docstring) for the towns, villages and communities planned here,
printing only the file names that matched (Reydon matched set 9's docstring, in fact inside "Breydon", an invented council's
name, but no family lives in Reydon); the communities
first thought of, Gagauz, Aromanian, Faroese, Ladin, Rusyn, Latgalian, Samogitian, Occitan, Corsican, Frisian, Kashubian and
Sardinian, all matched and were dropped; Friulian, Sorbian, Chamorro and Kven did not), one 500-character excerpt of set 9's
docstring around that match (which showed only its phones, councils and the start of its markup paragraph); the `_party`,
`Records` and `HandSet` lines of
bench/redaction_handwritten.py (found by grep, which also showed a few lines of its first example record); and no part of
pyproject.toml (ruff was run with the project's settings). Phone numbers were checked with the phonenumbers library, and NHS
numbers and UPNs made and checked with python-stdnum, in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so
here.

Six families, each in a town or village that the earlier docstrings did not show as a family's home: a white British mother
and father in Holton, by Halesworth, with a nan in Halesworth and an uncle sleeping in a car outside (Thurlow / Gooch;
neglect, head lice and impetigo, a child in need plan); a Friulian family (from Friuli in north-east Italy, speaking Friulian)
in Southwold (Candotti / Zanier; domestic abuse with strangulation, a girl of 13 who phoned her aunt in Udine, a grandmother's
voice message in Friulian from Tarcento); a white British boy of 15 in Bungay (Catchpole / Mayhew; missing to Lowestoft and
Norwich, county-lines exploitation, a stepfather who shuts him out); a young carer of 12 in Wrentham (Girling; a mother with
bipolar disorder and drink, an overdose and a 2 a.m. call, a grandad in Kessingland); a white British family in Wangford with
a disabled boy of 8 (Baldry; autism, epilepsy, short breaks, a parent carer's assessment); and a white British family in
Wenhaston (Aldous / Self; a father on methadone, a toddler of 3 who swallowed it, pre-proceedings, a family group
conference). The community, Friulian, appears in no earlier docstring searched. 24 documents, each with its own style label:
a primary school welfare log, a nan's voicemails written down, child in need minutes, a child's own worksheet typed up with
her spelling, a police domestic abuse (DASH) report, a grandmother's voice message in Friulian with a translation, a strategy
discussion record, a mother's email in second-language English, a missing person police log, a return home interview,
Snapchat messages screenshotted, exploitation (MACE) panel minutes, a young carers' assessment, a diary page scanned by OCR
(with its misreadings), a crisis team phone note, a grandad's letter to the school, a paediatrician's clinic letter, a
father's WhatsApp messages, a short breaks panel record, a parent carer's needs assessment form, a hospital ED safeguarding
note, a MASH contact record of an anonymous call, a letter before proceedings and a family group conference plan.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Italy, mobile and Udine landline); NHS numbers and UPNs (LA 935, Suffolk)
pass their check digits; two NI numbers, nine vehicle registrations, five emails. The council's teams, the surgeries, the
clubs and the restaurant are unmarked organisations; towns, villages, districts and estates are real and marked as places.
Schools are real names and marked as schools.

Markup and conventions: exactly those of set 181 (and so of set 21). Titles and kinship words stay outside a name (Mr, Mrs,
Ms, Miss, Dr, PC, PCSO, DC, DS, Sgt, SW, HV, Nan, Nanny, Nana, Grandad, Mum, Dad, Uncle, Aunty, and the Friulian and
Italian none / nona (grandmother), nono (grandfather), agne (aunt), zio (uncle) and papà); a chat contact saved by a
name or nickname ("kez", "riles", "charlie jo", "Tom", "Kaz") is a name; "SURNAME, First" and "First SURNAME" are one span
("THURLOW, Kacey", "Kerry GIRLING"); initials alone ("JD") are not marked, initials with a surname are ("C. Ashford",
"E-M Girling"); a nickname in quotes inside a full name splits it ("Rob", "Robbo", "Dunnett"); a neighbour's bare flat or
house number ("Flat 3", "number 20", "no. 4") is an address; a street named without a number ("Saxons Way", "Via Udine", the
Friulian "vie Udin") is an address; a Friulian place name ("Tarcint") is a place and a Friulian date ("24 di Dicembar") a date;
an OCR misreading keeps its kind ("A1fie" a name, "Wrenthan" and "S0uthwold" places, "23rd N0vember" a date); a weekday
before a date stays outside the date span; a bare holiday ("Christmas") is not a date; pets' names (a cat and two dogs) are
not names; organisations holding a town's name stay unmarked ("Halesworth Library", "Wrentham Surgery", "Bungay Town FC",
"Cutlers Hill Surgery", "Waveney North", "Fogolâr Furlan"), and so do counties, regions and countries ("Suffolk", "Norfolk",
"Friuli", "Italy", "Spain"); a lower-case branch or landmark named by its town marks the town ("the Bungay pool",
"Kessingland church", "Holton airfield", "the Halesworth skate park", "Beccles station", "Southwold pier", as set 181's
"Lindfield Co-op").

Choices this set had to make: "the PIC" (police investigation centre) is left without its town; a collar number beside an
officer's name ("PC Hambling (4471)") stays outside the name; "the Lindens" (a short breaks house) and "Normanston Drive" are
addresses; "Northgate" and "the James Paget" (hospitals) are organisations; "the maltings", "the Buttercross" and "the
lighthouse" are landmarks and unmarked; "Warren" alone (for The Warren School) and "Waveney Valley" (an alternative provision)
are schools.

Self-check without the detector: `python -m bench.redaction_set187` (and tests/test_redaction_set187.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 907 gold spans, 539 of them names (address 36, postcode 11, place 119, school 11, phone 29, email 5, dob
19, date 113, nhs 8, upn 6, ni 2, vehicle 9)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Thurlow / Gooch family (white British), Holton, by Halesworth; nan in Halesworth ------------------------------

HOME_A = d.Address("9 Lodge Close", "Holton", "Halesworth", "IP19 8NX")
NAN_A = d.Address("22 Saxons Way", "", "Halesworth", "IP19 8DP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Thurlow")], dt.date(2017, 3, 11), addresses=[HOME_A], ids=["5792909830", "J935161790606"],
       schools=["Edgar Sewter Primary School"]),
    _p("s", "sibling", [("Mason", "Gooch")], dt.date(2021, 8, 2), addresses=[HOME_A], ids=["7729753537"]),
    _p("m", "mother", [("Stacey", "Thurlow")], dt.date(1994, 12, 5), addresses=[HOME_A], phones=["07723 514 286"]),
    _p("f", "father", [("Lee", "Gooch")], dt.date(1990, 6, 19), addresses=[HOME_A], phones=["07841 662 019"]),
    _p("g", "grandparent", [("Brenda", "Thurlow")], dt.date(1968, 10, 1), addresses=[NAN_A], phones=["01986 872 415"]),
], "c")

DOCS_A = [
    ("primary school welfare log", """EDGAR SEWTER PRIMARY - WELFARE LOG (printed [[01/12/2026|date]])
Child: [[THURLOW, Kacey|name]]   DOB [[11.03.2017|dob]]   UPN [[J935161790606|upn]]   Class: Otters (Y4)
Home: [[9 Lodge Close|address]], [[Holton|place]], [[Halesworth|place]] [[IP19 8NX|postcode]]
Contacts: mum [[Stacey Thurlow|name]] [[07723 514 286|phone]]; dad [[Lee Gooch|name]] [[07841 662 019|phone]]; nan [[Brenda
Thurlow|name]] [[01986 872 415|phone]]

[[07/09/2026|date]] [[Kacey|name]] arrived without breakfast, ate 3 slices of toast in club. Mrs [[Rackham|name]] (TA) noted hair
matted, head lice again.
[[14/09/2026|date]] Collected at 4.40 by nan - mum "asleep". Nan said [[Stacey|name]] is "on the sofa all day since [[Lee|name]] lost
the job at the maltings".
[[21.9.26|date]] [[Kacey|name]] told Miss [[Jessop|name]]: "[[Mason|name]] had crisps for tea and I had crisps". Logged, DSL [[Carol
Ashford|name]] informed.
[[2 Oct|date]] Home visit by DSL with FSW [[Nikki Pryke|name]]. Dog mess in the hall, no food but cereal. [[Lee|name]] said they
were waiting on Universal Credit.
[[9th October|date]] [[Kacey|name]] wore the same clothes all week. Spare uniform given. Friend [[Isla Coe|name]]'s mum ([[Gemma
Coe|name]]) offered to do the school run from [[Holton|place]].
[[16/10/2026|date]] Referral to the MASH by [[C. Ashford|name]]. SW allocated [[20/10|date]]: [[Rhys Mallett|name]].
[[3/11/26|date]] [[Kacey|name]] said uncle [[Shane|name]] "sleeps in our car" on [[Lodge Close|address]]. (Believed [[Shane
Thurlow|name]], mum's brother.)
[[10 Nov|date]] Absent, no call. Rang mum x3. Nan rang back: [[Kacey|name]] at hers in [[Saxons Way|address]] with a rash.
[[17/11/2026|date]] Seen by school nurse [[Jan Durrant|name]]: impetigo, untreated. GP letter given to nan.
[[24th November|date]] [[Kacey|name]] asked Mr [[Blowers|name]] if she can stay at school "till it's dark cos home is cold".
[[1/12/26|date]] Nan [[Brenda|name]] in at 8.30: [[Stacey|name]] "not answering". [[Lee|name]]'s sister [[Tracey Gooch|name]] from
[[Wissett|place]] now helping with the school run, car [[BV68 OPU|vehicle]]. [[Kacey|name]] happier; sat with [[Isla|name]], [[Ruby
Mills|name]] and [[Harvey Tooke|name]] at lunch. Mrs [[Rackham|name]] gave her a coat from lost property.
[[2/12/26|date]] Mr [[Blowers|name]] saw [[Shane|name]] at the gate on [[Old Station Road|address]] at 3.15; he left when asked.
Told SW [[Rhys|name]] and PC [[Tilbrook|name]]. Nan's neighbour [[Maureen Brame|name]] says he is sleeping at the
[[Halesworth|place]] skate park.
"""),
    ("nan's voicemails written down by the duty worker", """Duty line - voicemails from Mrs [[Brenda Thurlow|name]] (maternal
nan), typed by [[Sam Kerrison|name]] [[12/11/26|date]]

1) Tues [[10 Nov|date]] 18:52 - "hello it's [[Brenda|name]], [[Kacey|name]]'s nan, in [[Halesworth|place]], [[Saxons Way|address]]. I've got
[[Kacey|name]] here, she's got sores all round her mouth. [[Stacey|name]] says she's fine. She is not fine. Ring me on
[[01986 872 415|phone]], the mobile's no good."
2) Wed [[11 Nov|date]] 07:15 - "it's [[Brenda|name]] again. [[Lee|name]]'s been round shouting, he wants her back. My neighbour
[[Maureen|name]] at [[number 20|address]] called the police. A lady officer, PC [[Tilbrook|name]], come. [[Mason|name]]'s
still at [[Holton|place]]
with them."
3) Wed [[11 Nov|date]] 21:30 - "sorry to keep ringing. [[Shane|name]]'s been living in that car [[AK17 XRM|vehicle]] outside the
house for a fortnight and he's using, I know he is. [[Kacey|name]] shouldn't see that."
4) Fri [[13 Nov|date]] 10:02 - "[[Brenda|name]]. The nurse lady [[Jan|name]] said to ring you. [[Stacey|name]]'s gone to her friend
[[Leanne Baxter|name]]'s in [[Beccles|place]] for the weekend with [[Mason|name]]. [[Kacey|name]] wants to stop with me. [[Lee|name]]'s mum,
[[Jackie|name]], can have her Sunday, she's at [[Spexhall|place]]. Is that alright?"
Action ([[S. Kerrison|name]]): passed to [[Rhys Mallett|name]] [[13/11|date]] 10:20; rang [[Brenda|name]] back 10:45.
"""),
    ("child in need meeting minutes", """CHILD IN NEED REVIEW - [[Kacey Thurlow|name]] ([[11/03/2017|dob]]) and [[Mason Gooch|name]]
([[02/08/2021|dob]], NHS [[772 975 3537|nhs]])
Held: [[26 November 2026|date]], Halesworth Library meeting room. Chair: [[Rhys Mallett|name]] (SW)
Present: [[Stacey Thurlow|name]]; [[Lee Gooch|name]]; [[Carol Ashford|name]] (DSL); [[Nikki Pryke|name]] (FSW); HV [[Amrit
Sohal|name]]; [[Brenda Thurlow|name]] (nan, first half). Apologies: Dr [[Kemp|name]] (Cutlers Hill Surgery).
1. Home conditions: improved since [[2 Oct|date]]; bins cleared by [[Lee|name]] and his mate [[Robbo|name]]. Heating on a key meter,
often empty.
2. [[Kacey|name]]: impetigo treated. NHS [[5792909830|nhs]]. Attendance 84%. Wants to go to Brownies in [[Halesworth|place]] with
[[Isla|name]].
3. [[Mason|name]]: 2-year check overdue. HV to see him at home on [[3/12|date]]. Nursery place at Busy Bees? - [[Stacey|name]] to visit.
4. [[Shane Thurlow|name]]: not to stay at the house or in the car outside. [[Stacey|name]] agrees. Police (PC [[Tilbrook|name]]) aware.
5. Money: [[Nikki|name]] to help with a food bank voucher and the Household Support Fund.
Next review: [[14 January 2027|date]]. Minutes: [[Lorna Fiske|name]].
Actions: [[Rhys|name]] to see [[Kacey|name]] alone at school by [[4 December|date]]; [[Carol|name]] to send the attendance
list; [[Brenda|name]] happy to have the children two nights a week; [[Lee|name]] to ring [[Kirsty Moyse|name]] at the job centre
in [[Lowestoft|place]]. [[Lee|name]]'s friend [[Rob|name]] "[[Robbo|name]]" [[Dunnett|name]] may have work for him at
[[Holton|place]] airfield.
Family's views: [[Stacey|name]] said "we're trying". [[Kacey|name]]'s wishes gathered by Miss [[Jessop|name]] (see worksheet).
"""),
    ("child's own worksheet typed up", """My three houses - by [[Kacey|name]] age 9 (typed up by Miss [[Jessop|name]], spelling kept)

House of worrys: when mummy dosnt get up. when [[mason|name]] cries and I cant find nappys. when uncle [[shane|name]] is in the car
and his eyes go funny. when daddy shouts at mummy about money
House of good things: nanny [[brenda|name]]s house in [[halesworth|place]] she has a cat called Biscuit and tea at 5. my best
frend [[isla|name]]. Miss [[jesop|name]]. swimming at the [[Bungay|place]] pool with [[isla|name]]s mum
House of dreams: a bedroom with a lock. mummy happy. going to the beach at [[southwold|place]] on my birthday [[11th march|date]]
The people in my house: me, mummy [[Stacey|name]], daddy [[Lee|name]], [[Mason|name]], our dog Tyson.
(Miss [[Jessop|name]]: [[Kacey|name]] asked me to add her friends [[Isla|name]], [[Ruby|name]] and [[Harvey|name]] and her teacher Mrs
[[Rackham|name]] to "good things". Talked through with her on [[30/11/2026|date]].)
"""),
]


# --- B. Candotti / Zanier family (Friulian, from Friuli in north-east Italy), Southwold ---------------------------------

HOME_B = d.Address("Flat 2, 14 Pier Avenue", "", "Southwold", "IP18 6BL")
NONA_B = d.Address("Via Udine 17", "", "Tarcento", "33017")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Anna", "Candotti")], dt.date(2013, 9, 24), addresses=[HOME_B], ids=["4995715886", "B935186660848"],
       schools=["Sir John Leman High School"]),
    _p("s", "sibling", [("Giovanni", "Candotti")], dt.date(2018, 4, 14), addresses=[HOME_B], ids=["6692279992"],
       schools=["Southwold Primary School"]),
    _p("m", "mother", [("Nadia", "Zanier")], dt.date(1986, 2, 27), addresses=[HOME_B], phones=["07962 330 471"]),
    _p("f", "father", [("Daniele", "Candotti")], dt.date(1983, 10, 9), addresses=[HOME_B], phones=["07512 846 730"]),
    _p("g", "grandparent", [("Luigia", "Zanier")], addresses=[NONA_B], phones=["+39 0432 962 315"]),
], "c")

DOCS_B = [
    ("police domestic abuse attendance report", """SUFFOLK CONSTABULARY - DOMESTIC ABUSE ATTENDANCE (DASH) - extract
Occurrence: 37/88214/26   Date/time: Saturday [[17 October 2026|date]] 23:40
Location: [[Flat 2, 14 Pier Avenue|address]], [[Southwold|place]] [[IP18 6BL|postcode]]
Victim: [[ZANIER, Nadia|name]], DOB [[27/02/1986|dob]], Italian national, tel [[07962 330 471|phone]]
Suspect: [[CANDOTTI, Daniele|name]], DOB [[09/10/1983|dob]], chef, tel [[07512 846 730|phone]], vehicle [[EY66 LTN|vehicle]]
Children present: [[Anna|name]] (13), known as "[[Ane|name]]", and [[Giovanni|name]] (8), known as "[[Tite|name]]".
Attending: PC [[Hambling|name]] (4471) and PC [[Ostrowski|name]]. Call made by a neighbour, Mr [[Keith Denny|name]] of [[Flat 3|address]].
Account: [[Nadia|name]] said [[Daniele|name]] came home from the restaurant in [[Walberswick|place]] drunk, threw a plate and held
her by the throat "for a second". [[Ane|name]] stood in the doorway and phoned her aunt [[Erica|name]] in Italy
([[+39 347 218 5540|phone]]) on FaceTime. Marks on the neck photographed. DASH: 16 yes answers - HIGH.
Suspect arrested, taken to the PIC. [[Nadia|name]] speaks good English; she asked that [[Ane|name]] not be asked to
interpret. Referral to MARAC and Children's Services made by Sgt [[Leanne Crisp|name]] on [[18/10/2026|date]].
Further: [[Nadia|name]]'s friend [[Sarah Block|name]] of [[Victoria Street|address]], [[Southwold|place]] (tel [[07733 618 204|phone]])
took the children for the night. [[Daniele|name]] interviewed [[18/10/2026|date]] by DC [[Rob Huggins|name]]: "no comment".
Previous: [[12/03/2025|date]] verbal argument at [[Pier Avenue|address]]; [[2/8/2025|date]] at [[Wangford Road|address]], [[Reydon|place]].
[[Daniele|name]]'s employer: [[Ian Fairhead|name]] (restaurant owner, [[Walberswick|place]]).
"""),
    ("a grandmother's voice message in Friulian with a translation", """Voice message from Nona [[Luigjia|name]] ([[Luigia Zanier|name]],
[[Tarcento|place]], [[+39 0432 962 315|phone]]) to [[Ane|name]]'s phone, [[20 October|date]]; played to SW [[Freya Heywood|name]] with
[[Ane|name]]'s consent on [[22/10/2026|date]], transcribed in Friulian by interpreter [[Marisa Tomat|name]], then translated.

Friulian: "Mandi [[Ane|name]], frute mê. La none ti pense simpri. Ài fevelât cun to mari e cun la agne [[Erica|name]]. Se to pari
al torne cjoc, tu clamis la polizie e po tu mi clamis me. [[Tite|name]] al à di stâ cun te. Ai [[24 di Dicembar|date]] o vignis a
[[Tarcint|place]], in [[vie Udin|address]], e o fasìn il frico. Ti vuei ben. La tô none."

English: "Hello [[Ane|name]], my girl. Nona thinks of you always. I have talked to your mother and to aunt [[Erica|name]]. If your
father comes home drunk again, you call the police and then you call me. [[Tite|name]] must stay with you. On [[24 December|date]]
you'll come to [[Tarcento|place]], to [[Via Udine|address]], and we'll make frico. I love you. Your nona."
Interpreter's note: "[[Tarcint|place]]" is [[Tarcento|place]] in Friulian; "[[24 di Dicembar|date]]" is [[24 December|date]].
Second message ([[21 October|date]]), Friulian: "[[Ane|name]], di a [[Tite|name]] che il nono [[Bepi|name]] al à comprât une biciclete
par lui. Saludimi [[Nadia|name]]. Mandi." English: "[[Ane|name]], tell [[Tite|name]] that grandad [[Bepi|name]] has bought him a
bicycle. Say hello to [[Nadia|name]] from me. Bye." ([[Bepi|name]] is [[Giuseppe Zanier|name]], the children's grandfather.)
[[Freya|name]]'s note: [[Ane|name]] cried and said she wants her nona, and that "[[Erica|name]] and zio [[Gigi|name]] in [[Udine|place]]"
know what papà is like.
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION - [[Anna Candotti|name]] ([[24/09/2013|dob]]) and [[Giovanni Candotti|name]]
([[14/04/2018|dob]])
Date: [[19 October 2026|date]], 10:00, Teams. Chair: [[Mandy Scarfe|name]] (Team Manager, Waveney North)
Attendees: SW [[Freya Heywood|name]]; DS [[Paul Gissing|name]] (Suffolk Police); [[Jo Aldred|name]] (DSL, [[Sir John Leman|school]]);
Mrs [[Bernadette Cole|name]] (Head, [[Southwold Primary|school]]); school nurse [[Yvonne Pegg|name]].
Health: [[Anna|name]] NHS [[499 571 5886|nhs]]; [[Giovanni|name]] NHS [[669 227 9992|nhs]]. UPN [[B935186660848|upn]] ([[Anna|name]]).
Known history: two calls in 2025 from the flat on [[Pier Avenue|address]]; one in [[Reydon|place]] when the family lived on
[[Wangford Road|address]] (2024). [[Daniele|name]] bailed to his cousin [[Stefano Candotti|name]]'s at [[41 Reydon Smere|address]],
[[Reydon|place]] [[IP18 6PN|postcode]], not to contact [[Nadia|name]] or enter [[Southwold|place]].
[[Ane|name]] told Mrs [[Aldred|name]] she has heard "things like this since I was [[Tite|name]]'s age". [[Tite|name]] told his
teacher Mr [[Ling|name]] that "papà broke the blue plate".
Decision: section 47 (joint). [[Nadia|name]] offered the Leeway refuge; she wants to stay at home with a Sanctuary lock.
IDVA [[Hayley Strowger|name]] to contact her by [[21/10|date]].
Note: [[Nadia|name]]'s sister [[Erica Zanier|name]] ([[+39 347 218 5540|phone]]) lives in [[Udine|place]] and will ring weekly.
[[Tite|name]]'s class teacher [[Owen Ling|name]] and TA [[Becca Took|name]] to be told at [[Southwold Primary|school]].
Next strategy: [[9/11/2026|date]] (chair [[M. Scarfe|name]]). Minutes by [[Tracy Woolner|name]], sent [[20/10/2026|date]] to
[[Jo Aldred|name]], [[Yvonne Pegg|name]] and DS [[Gissing|name]]; [[Nadia|name]] told by [[Freya|name]] on [[20 Oct|date]] at 4pm.
"""),
    ("a mother's email to the social worker", """From: [[nadia.zanier86@gmail.com|email]]
To: [[freya.heywood@suffolk.gov.uk|email]]
Sent: Sunday, [[8 November 2026|date]] 22:17
Subject: [[Ane|name]] and [[Tite|name]]

Dear [[Freya|name]],
sorry for my English when I write late. [[Daniele|name]] sent a message to [[Anna|name]] on Instagram this night, he say he is
sorry and he wants see the kids on the beach at [[Southwold|place]] pier. I did not answer. [[Stefano|name]] his cousin came to
my work at the café in [[Walberswick|place]] on Friday [[6th|date]] and said [[Daniele|name]] is living now in [[Lowestoft|place]],
near [[Kirkley|place]], with a woman called [[Tash|name]].
My mother in [[Tarcento|place]] wants that we go there for Christmas. Is it possible? I will return [[3 January|date]].
[[Tite|name]] is wetting the bed again. [[Ane|name]] does not want to go to school when [[Daniele|name]]'s friend [[Marco
Bearzi|name]] is at the bus stop in [[Reydon|place]].
The Friulian club in [[Norwich|place]] (Fogolâr Furlan) has a lady, [[Graziella|name]], who can help me with the forms.
Thank you, [[Nadia|name]]
mobile [[07962 330 471|phone]]
P.S. [[Ane|name]] asked me to say thanks to [[Hayley|name]] for the lock. Also my neighbour Mr [[Denny|name]] at [[Flat 3|address]] saw
[[Daniele|name]]'s car ([[EY66 LTN|vehicle]]) by the lighthouse on [[7/11|date]] at night.
"""),
]


# --- C. Catchpole / Mayhew family (white British), Bungay; a boy of 15 missing to Lowestoft and Norwich -----------------

HOME_C = d.Address("18 Hillside Road East", "", "Bungay", "NR35 1RZ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Riley", "Catchpole")], dt.date(2011, 5, 30), addresses=[HOME_C], ids=["2594412899", "U935155170221"],
       schools=["Bungay High School"]),
    _p("m", "mother", [("Donna", "Catchpole")], dt.date(1979, 1, 14), addresses=[HOME_C], phones=["07395 218 674"],
       ids=["JT417258C"]),
    _p("f", "stepfather", [("Gary", "Mayhew")], dt.date(1976, 8, 8), addresses=[HOME_C], phones=["07468 902 513"]),
], "c")

DOCS_C = [
    ("missing person police log", """SUFFOLK POLICE - MISSING PERSON - [[CATCHPOLE, Riley|name]] - risk MEDIUM
DOB [[30/05/2011|dob]] (15)   Home: [[18 Hillside Road East|address]], [[Bungay|place]] [[NR35 1RZ|postcode]]
Reported by mother [[Donna Catchpole|name]] on [[07395 218 674|phone]] at 22:05 on Friday [[13 November 2026|date]].
Last seen 16:20 at the Buttercross, [[Bungay|place]], getting into a grey Golf [[WU19 KFP|vehicle]] with two older males, one
called "[[Kez|name]]". Wearing black North Face coat. Phone: [[07851 336 402|phone]] (off since 17:00).
Friends: [[Tyler Bobbitt|name]] ([[Flixton Road|address]], [[Bungay|place]]), [[Charlie-Jo Emms|name]] (girlfriend, [[Ditchingham|place]]).
[[14/11|date]] 02:10 ANPR hit on [[WU19 KFP|vehicle]] at [[Gorleston|place]]. 09:45 [[Riley|name]] found by PC [[Durrant|name]] and
PCSO [[Woolnough|name]] in a flat at [[Flat 6, 22 London Road South|address]], [[Lowestoft|place]] [[NR33 0AZ|postcode]], with
£340 and two phones. The occupant, [[Kieran Beales|name]] ("[[Kez|name]]", DOB [[03/02/2004|dob]]), arrested (PWITS).
[[Riley|name]] returned home 13:30. Stepdad [[Gary Mayhew|name]] ([[07468 902 513|phone]]) refused the officers entry at first.
Previous missing: [[24/10/2026|date]] ([[Norwich|place]]), [[1st November|date]] ([[Beccles|place]] station), [[7 Nov|date]] (found
[[Earsham|place]]).
Notes: [[Donna|name]] said [[Riley|name]]'s older sister [[Courtney Catchpole|name]] ([[Halesworth|place]], [[07935 114 682|phone]])
drove round [[Bungay|place]] looking. [[Gary|name]] said "let him stay out". Officer in charge: Sgt [[Colin Rumsby|name]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW - completed by [[Jess Ayton|name]], Return Home Service, [[16 November 2026|date]]
Young person: [[Riley Catchpole|name]] (15), seen at [[Bungay High|school]], in the library office. NHS [[2594412899|nhs]].
[[Riley|name]] said: "[[Kez|name]] is alright, he got me trainers. I just hold stuff, I don't sell it." Went to [[Lowestoft|place]]
"to chill" at a flat off [[London Rd|address]]. He said there was a girl there, "[[Maddie|name]] from [[Oulton
Broad|place]]", about 14. He slept on a sofa. Has not eaten since Friday lunch.
About home: "[[Gary|name]] hates me. Mum takes his side." [[Gary|name]] took his door off its hinges on [[10/11|date]].
He misses his dad, [[Steve Catchpole|name]], who lives in [[Great Yarmouth|place]] ("[[Yarmouth|place]]") with his new partner
[[Kelly|name]], but they "don't talk since the summer".
Trusted adult: Mr [[Fairweather|name]] (head of year) and his nan [[Jean|name]] in [[Mettingham|place]].
Worries: [[Kez|name]] has his number; a lad called [[Jacob|name]] "JD" [[Darby|name]] from [[Norwich|place]] said "[[Riley|name]] owes".
Shared with SW [[Ollie Ringer|name]] and the exploitation hub the same day.
Also said: he trusts [[Tyler|name]] and "[[CJ|name]]" ([[Charlie-Jo Emms|name]]). [[CJ|name]]'s mum, [[Lisa Emms|name]], gives him
tea on Tuesdays. His football coach, [[Darren Ward|name]] at Bungay Town FC juniors, has not seen him since
[[3 October|date]]. He agreed to meet [[Jess|name]] again on [[23/11/2026|date]] at the [[Bungay|place]] library.
"""),
    ("Snapchat messages screenshotted by the mother", """Screenshots sent by [[Donna|name]] to SW [[Ollie Ringer|name]] on
[[18/11/26|date]] (from [[Riley|name]]'s old phone; names as saved)

[[kez|name]] 🔥: u still in [[bungay|place]]?
[[riles|name]]: ye at [[tyler|name]]s
[[kez|name]] 🔥: be at the co op in [[earsham|place]] 8
[[riles|name]]: cant mum took my bike
[[kez|name]] 🔥: get the bus to [[beccles|place]] then. JD will grab u. u owe 200 remember
[[riles|name]]: i no
[[charlie jo|name]] 💜: [[riley|name]] pls dont go. ur mum rang my mum
[[riles|name]]: its fine [[cj|name]]
[[charlie jo|name]] 💜: [[kez|name]] is bad news my cousin [[ellis|name]] got stabbed in [[yarmouth|place]] over him
[[riles|name]]: not going to [[lowestoft|place]] just [[beccles|place]]
[[kez|name]] 🔥 (voice note, typed by [[Ollie|name]]): "[[riley|name]] bro dont ghost me. [[dean|name]] from [[pakefield|place]] says
ur mum rang the feds"
([[Donna|name]]'s note: "[[dean|name]]" is not known to her; [[Riley|name]] said it is [[Dean Hurren|name]], [[Kieran|name]]'s cousin.)
"""),
    ("child exploitation panel minutes", """MACE PANEL - NORTH SUFFOLK - [[24 November 2026|date]] - extract: [[RILEY CATCHPOLE|name]]
Present: [[Andrea Sillis|name]] (chair); SW [[Ollie Ringer|name]]; DC [[Mike Lovett|name]]; [[Jess Ayton|name]] (RHI); YOT [[Sunil
Parekh|name]]; [[Bungay High|school]] DSL Mrs [[Kirsty Bacon|name]].
Update: [[Kieran Beales|name]] charged, remanded; [[Jacob Darby|name]] ([[Norwich|place]], [[Mile Cross|place]]) not yet traced. The
grey Golf [[WU19 KFP|vehicle]] is registered to [[Kieran|name]]'s mother at [[Pakefield|place]].
[[Maddie|name]] (believed [[Madison Rouse|name]], 14) referred by Norfolk to this panel too.
Mother's NI number given for the benefits check: [[JT 41 72 58 C|ni]].
Home: [[Donna|name]] says [[Gary|name]] will move out to his brother [[Darren Mayhew|name]]'s at [[Ilketshall St Margaret|place]].
Disruption: child abduction warning notice to [[Kieran Beales|name]]; [[Riley|name]] to move to the [[Waveney Valley|school]]
alternative provision from [[30/11|date]]. Next panel [[22 Dec|date]].
Actions: DC [[Lovett|name]] to check [[Dean Hurren|name]] and [[07851 336 402|phone]]; [[Ollie|name]] to visit [[Steve
Catchpole|name]] in [[Great Yarmouth|place]] about [[Riley|name]] staying there; Mrs [[Bacon|name]] to send [[Riley|name]]'s UPN
[[U935155170221|upn]] to the AP. [[Riley|name]] was told of the panel by [[Jess|name]] on [[23/11|date]].
"""),
]


# --- D. Girling family (white British), Wrentham; a young carer of 12 and a mother with bipolar disorder and drink ------

HOME_D = d.Address("3 Chapel Road", "Wrentham", "Beccles", "NR34 7LZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Girling")], dt.date(2014, 11, 2), addresses=[HOME_D], ids=["8715446573", "N935165007714"],
       schools=["Sir John Leman High School"]),
    _p("s", "sibling", [("Alfie", "Girling")], dt.date(2019, 7, 20), addresses=[HOME_D], ids=["5710756172"]),
    _p("m", "mother", [("Kerry", "Girling")], dt.date(1988, 3, 3), addresses=[HOME_D], phones=["07588 214 906"]),
    _p("g", "grandparent", [("Roy", "Girling")], dt.date(1955, 5, 9), phones=["01502 722 318"]),
], "c")

DOCS_D = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - [[Ellie-Mae GIRLING|name]] - DOB [[02/11/2014|dob]] - NHS [[871 544 6573|nhs]]
Address: [[3 Chapel Road|address]], [[Wrentham|place]] [[NR34 7LZ|postcode]]. School: [[Sir John Leman High School|school]],
[[Beccles|place]] (Y8), UPN [[N935165007714|upn]].
Assessor: [[Bex Thirtle|name]], Suffolk Young Carers, [[19 November 2026|date]].
Cares for: mum [[Kerry Girling|name]] (bipolar disorder, drinks "when she's low") and brother [[Alfie|name]] (7).
A typical day ([[Ellie|name]]'s words): "I get [[Alfie|name]] up, do his packed lunch, walk him to school in [[Wrentham|place]], then
get the bus. If mum's had a bad night I ring grandad [[Roy|name]] in [[Kessingland|place]] to check on her."
She gives mum her tablets (lithium) and counts the cans in the recycling. Mum's CPN: [[Matt Gowing|name]] ([[07903 552 168|phone]]).
Grandad [[Roy Girling|name]], [[01502 722 318|phone]], has a bad hip and no car since [[August 3rd|date]].
[[Ellie|name]] likes: drama club on Thursdays with [[Precious|name]] and [[Lola|name]]; her aunt [[Tanya|name]] in [[Southwold|place]].
Plan: young carers' group in [[Lowestoft|place]] fortnightly; referral to adult mental health for a carer's plan; school to
know (Mrs [[Oakes|name]], pastoral).
Young carer's own words at the end: "I don't mind helping but I want [[Alfie|name]] to have a normal mum. [[Bex|name]] is
nice. Can [[Precious|name]] come to the group?" Signed [[E-M Girling|name]], [[19/11/26|date]].
Shared with: Mrs [[Oakes|name]]; GP Dr [[Ferreira|name]] (Wrentham Surgery); [[Alfie|name]]'s teacher Mrs [[Sayer|name]].
"""),
    ("a child's diary page scanned by OCR", """[OCR of a diary page handed in by [[Ellie-Mae|name]], [[23.11.2026|date]]; scan errors kept]

Munday [[23rd N0vember|date]]
Mum didnt get up agian. I made [[A1fie|name]] cheerios and we was late. Mrs [[0akes|name]] said its ok. Mum had the red wine last
nite and was crying about Nana [[Pat|name]] who died in [[Wrenthan|place]] 2 years ago. Grandad [[R0y|name]] came on the
bus from [[Kess|place]] and stayed. He said dont tell the school but I told [[Bex|name]].
[[Tanya|name]] texted me from [[S0uthwold|place]] she said I can go there on Saturday [[28th|date]].
I wish mum was like when we lived in [[Lowest0ft|place]].
[[Alfie|name]] drew a picture of mum with Grandad [[Roy|name]] and Rex the dog.
"""),
    ("mental health crisis team phone note", """NSFT CRISIS RESOLUTION - telephone contact - [[24/11/2026|date]] 02:14
Caller: [[Ellie-Mae Girling|name]] (12), daughter of [[Kerry GIRLING|name]] (DOB [[03.03.1988|dob]]), from [[07588 214 906|phone]]
(mum's phone). Address [[3 Chapel Rd|address]], [[Wrentham|place]].
[[Ellie|name]] said mum had taken "a lot of her pills with wine" and was in the bath. Call-handler [[Dean Mutimer|name]] told her to
ring 999; ambulance sent 02:19. [[Ellie|name]] stayed on the line with [[Alfie|name]] asleep. Paramedics [[Gail|name]] and [[Troy|name]]
took [[Kerry|name]] to the James Paget. Grandad [[Roy|name]] arrived by taxi at 03:05 from [[Kessingland|place]].
Emergency duty SW [[Prakash Nair|name]] informed 02:40; [[Ellie|name]] and [[Alfie|name]] to stay with [[Roy|name]] at home.
Follow-up: CPN [[Matt Gowing|name]] and SW (daytime) [[Hollie Buck|name]] by 10am.
Addendum [[24/11|date]] 09:40 ([[H. Buck|name]]): [[Kerry|name]] medically fit, admitted to Northgate under section 2.
[[Ellie|name]] and [[Alfie|name]] at [[Roy|name]]'s in [[Kessingland|place]]. [[Kerry|name]]'s friend [[Shannon Worlledge|name]]
([[07921 448 370|phone]]) brought their school bags from [[Chapel Road|address]]. [[Alfie|name]] NHS [[5710756172|nhs]].
"""),
    ("grandad's letter to the school", """[[The Bungalow, 9 Marram Way|address]]
[[Kessingland|place]] [[NR33 7RF|postcode]]
[[26th Nov 2026|date]]
Dear Mrs [[Oakes|name]],
I am [[Ellie-Mae|name]]'s grandad, [[Roy Girling|name]]. Her mum my daughter in law [[Kerry|name]] is in Northgate hospital
in [[Great Yarmouth|place]] since Tuesday. [[Ellie|name]] and [[Alfie|name]] are stopping with me and my neighbour [[Brian
Utting|name]] takes them to the bus at [[Kessingland|place]] church. She will be late some days and I am sorry.
[[Ellie|name]] is a good girl and does too much. Her dad ([[Jason|name]]) is not in the picture, he is in Spain.
You can ring me on [[01502 722 318|phone]] or my son [[Darren|name]] on [[07412 338 905|phone]].
Yours faithfully
[[R. Girling|name]] (Mr)
P.S. [[Ellie|name]] says her friend [[Lola Fisk|name]]'s mum can bring her home on Thursday after drama.
"""),
]


# --- E. Baldry family (white British), Wangford; a disabled boy of 8 (autism, epilepsy) and exhausted parents -----------

HOME_E = d.Address("2 Church Street", "Wangford", "Beccles", "NR34 8RL")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Baldry")], dt.date(2018, 1, 25), addresses=[HOME_E], ids=["9325410591", "W935165383440"],
       schools=["The Warren School"]),
    _p("m", "mother", [("Hannah", "Baldry")], dt.date(1989, 9, 12), addresses=[HOME_E], phones=["07903 417 226"]),
    _p("f", "father", [("Tom", "Baldry")], dt.date(1987, 4, 7), addresses=[HOME_E], phones=["01502 578 214"]),
], "c")

DOCS_E = [
    ("paediatrician's clinic letter", """Community Paediatrics, [[Lowestoft|place]]   Clinic date: [[12/10/2026|date]]
Typed: [[15/10/2026|date]]
Re: [[Oscar BALDRY|name]]   DOB: [[25.01.2018|dob]]   NHS No: [[932 541 0591|nhs]]
[[2 Church Street|address]], [[Wangford|place]], [[Beccles|place]] [[NR34 8RL|postcode]]
Dear Dr [[Whitmore|name]],
I saw [[Oscar|name]] with his mother, [[Hannah|name]], and his nan, Mrs [[Sue Baldry|name]], from [[Wrentham|place]]. [[Oscar|name]] has
autism, a severe learning disability and epilepsy (Lennox-Gastaut). He had 3 tonic-clonic seizures in September, one needing
buccal midazolam at [[Southwold|place]] beach on [[19 September|date]]. He does not sleep more than 4 hours; [[Hannah|name]] and
[[Tom|name]] take turns. Mum said she "can't do another winter like last".
Plan: increase sodium valproate; sleep clinic referral; letter of support for short breaks. I have copied this to his school,
[[The Warren School|school]], and to SW [[Cerys Ablitt|name]].
Yours sincerely, Dr [[Funmi Adeyemi|name]], Consultant Community Paediatrician. Secretary: [[Lesley Mobbs|name]]
cc: [[Hannah|name]] and [[Tom Baldry|name]], [[2 Church Street|address]], [[Wangford|place]]; Mrs [[Sue Baldry|name]] ([[Wrentham|place]])
Epilepsy nurse: [[Rachel Bloomfield|name]], who will visit on [[29/10/2026|date]]. Dietitian: [[Kwame Asante|name]].
"""),
    ("father's WhatsApp messages to a short breaks worker", """WhatsApp - [[Tom Baldry|name]] to [[Kaz|name]] (short breaks, Aiming
High) - exported [[30/11/2026|date]]

[[21/11/2026|date]], 06:02 - [[Tom|name]]: morning [[kaz|name]] sorry so early. [[oscar|name]] up since 2. had one of his
drops about 4, 40 secs
[[21/11/2026|date]], 06:03 - [[Tom|name]]: [[han|name]]'s shattered, shes been sick all week
[[21/11/2026|date]], 08:30 - [[Kaz|name]]: oh no [[tom|name]]. still ok for me to take him to the sensory room in
[[halesworth|place]] at 11?
[[21/11/2026|date]], 08:31 - [[Tom|name]]: yes please!! i'll have him ready. hes got a new ear defenders, blue ones
[[21/11/2026|date]], 14:10 - [[Kaz|name]]: back by 3. hes been brill, laughed at the bubbles. [[Jordan|name]] from the centre says hi
[[22/11/2026|date]], 19:45 - [[Tom|name]]: any news on the overnight at [[the Lindens|address]]? my mum [[sue|name]] cant do wednesdays now
[[22/11/2026|date]], 19:47 - [[Tom|name]]: new number for [[han|name]] btw [[07903 417 226|phone]], the old 1 died
[[23/11/2026|date]], 09:12 - [[Kaz|name]]: [[Cerys|name]] is taking it to panel on the [[2nd|date]] x
[[23/11/2026|date]], 09:15 - [[Tom|name]]: legend. [[han|name]] says thank u. her sister [[gemma|name]] might do the wed nights from
[[halesworth|place]] if she can get off work at the co op
[[24/11/2026|date]], 17:02 - [[Kaz|name]]: [[oscar|name]] was a star at [[Kessingland|place]] beach today. me and [[Jordan|name]] took him,
he loved the wind!! met [[Hannah|name]]'s friend [[laura|name]] and her boy [[finn|name]] there
[[24/11/2026|date]], 17:05 - [[Tom|name]]: made my day that. dr [[whitmore|name]] rang too, bloods fine
"""),
    ("short breaks panel record", """SHORT BREAKS AND DISABILITY RESOURCE PANEL - [[2 December 2026|date]]
Child: [[Oscar Baldry|name]], 8, [[Wangford|place]]. UPN [[W935165383440|upn]]. Presenting: [[Cerys Ablitt|name]] (SW,
Disabled Children's Team)
Panel: [[Gareth Howlett|name]] (chair), [[Rosie Clare|name]] (education), [[Dipa Mistry|name]] (health), [[Neil Kett|name]] (finance).
Family: [[Oscar|name]] lives with [[Hannah|name]] and [[Tom Baldry|name]]; nan [[Sue|name]] in [[Wrentham|place]] helped one night a
week until [[October 14th|date]] (her own surgery). Dad works nights at the port in [[Felixstowe|place]] three weeks in four.
Request: two overnights a month at the short breaks house in [[Lowestoft|place]] ([[the Lindens|address]], [[Normanston Drive|address]]);
a personal assistant, [[Karen|name]] "[[Kaz|name]]" [[Smy|name]], 6 hrs a week; a direct payment for holiday clubs in [[Reydon|place]].
Decision: agreed, review [[2 June 2027|date]]. Carer's assessment for [[Hannah|name]] to be done by [[18 December|date]].
Dad's car for the blue badge: [[VN70 HXB|vehicle]]. Mum's mobile [[07903 417 226|phone]]; email [[hannahbaldry.89@outlook.com|email]].
Previous panel: [[6 May 2026|date]] (deferred). Notes to [[Cerys Ablitt|name]] and the family by [[9 Dec|date]].
Panel note: [[Oscar|name]]'s school ([[Warren|school]]) report from his teacher Miss [[Yeung|name]] read out; his key worker
[[Beth Sparkes|name]] says he is "happiest with water and music". Transport escort [[Derek Rix|name]] to continue.
"""),
    ("mother's carer's assessment form", """PARENT CARER'S NEEDS ASSESSMENT (section 17ZD) - page 1 of 4
Name: [[Hannah Baldry|name]]          Date of birth: [[12/9/1989|dob]]
Address: [[2 Church St|address]], [[Wangford|place]]   Postcode: [[NR34 8RL|postcode]]
Phone: [[07903 417 226|phone]]   Email: [[hannahbaldry.89@outlook.com|email]]
Cared-for child: [[Oscar|name]] ([[25/01/2018|dob]])
Other people who help: [[Tom|name]] (husband, landline [[01502 578 214|phone]]); [[Sue Baldry|name]] (mother-in-law); my sister
[[Gemma Stannard|name]] in [[Halesworth|place]]; my friend [[Laura|name]] from the [[Wangford|place]] toddler group.
What is hardest? "Nights. And nobody in the village understands why [[Oscar|name]] screams. The lady at [[no. 4|address]] complained
to the parish council. I have not had a night out since [[Laura|name]]'s 30th on [[7th March 2024|date]]."
Own health: back pain from lifting, GP Dr [[Whitmore|name]]. Anxious, not sleeping.
Completed with: [[C. Ablitt|name]] on [[4/12/26|date]].
Page 2 (by [[Cerys|name]]): [[Hannah|name]] cried when talking about [[Oscar|name]]'s seizure on [[19 September|date]] at
[[Southwold|place]] ("a man called [[Geoff|name]] from the beach huts held the umbrella over us"). She would like a break to see
her dad, [[Alan Stannard|name]], in [[Bungay|place]] on Sundays, and to go swimming with [[Gemma|name]].
"""),
]


# --- F. Aldous / Self family (white British), Wenhaston; parental heroin use, a toddler who swallowed methadone ----------

HOME_F = d.Address("6 Blyth Road", "Wenhaston", "Halesworth", "IP19 9EA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Aldous")], dt.date(2023, 6, 6), addresses=[HOME_F]),
    _p("s", "sibling", [("Jack", "Aldous")], dt.date(2015, 10, 18), addresses=[HOME_F], ids=["U935156280230"],
       schools=["Wenhaston Primary School"]),
    _p("m", "mother", [("Jade", "Aldous")], dt.date(1995, 7, 30), addresses=[HOME_F], phones=["07412 663 085"],
       ids=["PW382165D"]),
    _p("f", "father", [("Dean", "Self")], dt.date(1992, 2, 11), addresses=[HOME_F], phones=["01986 892 641"]),
], "c")

DOCS_F = [
    ("hospital emergency department safeguarding note", """JAMES PAGET UNIVERSITY HOSPITAL - ED - PAEDIATRIC SAFEGUARDING NOTE
Patient: [[ALDOUS, Poppy|name]]   DOB [[06/06/2023|dob]] (3y)   Arrived [[21/10/2026|date]] 19:52 by ambulance
Address: [[6 Blyth Road|address]], [[Wenhaston|place]], [[Halesworth|place]] [[IP19 9EA|postcode]]
With: mother [[Jade Aldous|name]] ([[07412 663 085|phone]]); father [[Dean Self|name]] arrived 20:40.
History: found by brother [[Jack|name]] (11) with an open methadone bottle (prescribed to [[Dean|name]]) at about 18:30. Drowsy,
pin-point pupils. Naloxone given by paramedic [[Steph Cattermole|name]] at the house. Admitted to Ward 10 for observation.
Mum said she "only went to the shop in [[Blythburgh|place]]". Dad said the bottle is kept "on top of the fridge".
Mum's NI number (given for the notes): [[PW 38 21 65 D|ni]].
Safeguarding nurse [[Abbie Forder|name]] informed; MASH referral [[21/10/26|date]] 21:30. Paediatric registrar Dr [[Tariq Rahman|name]].
Also at home: [[Jack Aldous|name]], [[18/10/2015|dob]], [[Wenhaston Primary|school]]. Maternal aunt [[Leah Aldous|name]] at
[[Holton|place]] can have [[Jack|name]] tonight.
Seen by: Sister [[Carla Muttitt|name]] (ED), [[21/10/26|date]] 20:05. Police: PC [[Liam Goldsmith|name]] attended 21:10.
"""),
    ("MASH contact record of an anonymous neighbour call", """MASH CONTACT - [[22/10/2026|date]] 09:14 - anonymous caller (a neighbour)
Re: children at [[6 Blyth Rd|address]], [[wenhaston|place]]. Taken by [[Kimberley Bird|name]], MASH Practitioner.
Caller said: "There's people in and out of that house all night. The lad [[Jack|name]] is always hungry, he comes to ours.
[[Dean|name]]'s mate [[Spence|name]] parks his van outside, a white Transit [[YX15 DNR|vehicle]]. Last week the little one
[[Poppy|name]] was out in the road in just a nappy on the [[15th|date]]. [[Jade|name]]'s mum [[Carol|name]] lives in [[Bramfield|place]],
she tries but she's not well."
Caller asked not to be named. She said another neighbour, Mr [[Pipe|name]] at the bungalow opposite, also saw [[Poppy|name]] in the road.
Checks: [[Dean Self|name]] ([[11/02/1992|dob]]) known to Turning Point; [[Jade|name]] previously open to them 2019-2021.
Outcome: to the strategy discussion at 11:00 (chair [[Natalie Gooderham|name]]). Previous contacts: [[4/5/2024|date]] (police,
[[Halesworth|place]]), [[30/12/2025|date]] (school), [[9 Sept 2026|date]] (HV [[Amrit Sohal|name]]: [[Poppy|name]]'s 3-year check missed).
Strategy record (addendum): [[Jack|name]] seen at school [[22/10/26|date]] by SW [[Ben Toller|name]] with teacher Mrs [[Hazel
Kerrison|name]]. [[Jack|name]] said: "[[Spence|name]] and dad go in the shed. [[Poppy|name]] was asleep then she wasn't." His friend
[[Kyle Moore|name]]'s mum, [[Amy Moore|name]], has fed him after school.
"""),
    ("letter before proceedings", """[[3 November 2026|date]]
PRIVATE AND CONFIDENTIAL - BY HAND
Ms [[Jade Aldous|name]] and Mr [[Dean Self|name]]
[[6 Blyth Road|address]]
[[Wenhaston|place]]
[[IP19 9EA|postcode]]

Dear [[Jade|name]] and [[Dean|name]],
Letter before proceedings: [[Poppy Aldous|name]] ([[6 June 2023|dob]]) and [[Jack Aldous|name]] ([[18 October 2015|dob]])
We are very worried about the children's safety after [[Poppy|name]] swallowed methadone on [[21 October 2026|date]]. We invite you
to a meeting on Thursday [[12 November|date]] at 2pm at Endeavour House, with your solicitors. Please bring this letter to a
solicitor; legal aid is free. Local firms include Norton Peskett in [[Halesworth|place]].
What must change: all medicines in the locked box given to you on [[23/10|date]]; no visitors who use drugs, including
Mr [[Spencer Lark|name]]; [[Jack|name]] at school every day (his UPN [[U935156280230|upn]] attendance is 62%).
Yours sincerely, [[Natalie Gooderham|name]], Team Manager. Social worker: [[Ben Toller|name]], [[07483 215 690|phone]],
[[ben.toller@suffolk.gov.uk|email]].
Copies: [[Ben Toller|name]]; [[Jade|name]]'s solicitor [[Helen Girdlestone|name]]; [[Dean|name]]'s key worker at Turning Point,
[[Dave Alden|name]]. Please ring [[Ben|name]] or his manager [[Natalie|name]] if you want an interpreter or help to read this.
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN - [[Jack|name]] and [[Poppy|name]] - [[28/11/2026|date]]
Venue: [[Wenhaston|place]] village hall. Coordinator: [[Maxine Catling|name]]. Interpreter: not needed.
Family present: [[Jade|name]] (mum), [[Dean|name]] (dad), nanny [[Carol Aldous|name]] ([[Bramfield|place]]), aunty [[Leah|name]] and her
partner [[Connor Wigg|name]] ([[Holton|place]]), grandad [[Pete Self|name]] ([[Bungay|place]], [[01986 894 077|phone]]), [[Dean|name]]'s
sister [[Kirsty|name]] (on the phone from [[Ipswich|place]]).
Private family time: 1 hr 10 mins.
Our plan: 1) Aunty [[Leah|name]] has [[Jack|name]] Mon-Fri, takes him to [[Wenhaston Primary|school]] in [[Connor|name]]'s car.
2) Nanny [[Carol|name]] and grandad [[Pete|name]] do weekends at [[Blyth Road|address]]. 3) [[Dean|name]]'s methadone picked up daily
from the chemist in [[Halesworth|place]], not [[Jade|name]]. 4) [[Spence|name]] not allowed round. 5) [[Jack|name]] says: "I want nan
to come to my football on Saturdays at [[Southwold|place]]."
Review FGC: [[9 January 2027|date]].
Signed by: [[Jade Aldous|name]], [[D Self|name]], [[C. Aldous|name]], [[Leah Aldous|name]], [[P. Self|name]].
Social worker ([[Ben Toller|name]]) agreed the plan on the day. [[Poppy|name]]'s HV, [[Amrit Sohal|name]], to visit on
[[4 December|date]]. [[Jack|name]]'s teacher Mrs [[Kerrison|name]] to send a report to [[Maxine|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 187 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:18 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "nona", "none", "nono", "agne", "barbe", "zio",
           "papà", "mamma"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "suffolk", "north suffolk",
               "norfolk", "italy", "friuli", "spain", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Nona Luigjia", "agne Erica") and counties and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
