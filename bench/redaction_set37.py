"""Set 37: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set34.py,
redaction_set35.py, redaction_set36.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
tests/test_redaction_set21.py in full; of bench/redaction_set21.py (the layout and marking conventions followed here) its
docstring, its imports, its first family's records and documents and the start of its second family's, and its last
document, word lists, checker and main (its middle documents were not read); the docstrings of bench/redaction_set7.py to
redaction_set33.py and bench/redaction_heldout.py, extracted to a scratch file and searched with grep for the towns, districts
and communities that East Sussex and east Kent would offer (only the matching lines were read, to see which towns and
communities earlier sets used); the `_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py (their
signatures and docstrings); and the ruff settings in pyproject.toml. Phone numbers were made and checked with the
phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum, in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If
a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in East Sussex and east Kent, each from a town or district no earlier
set (7 to 33) used as a family's home. Four white British families: a mother on the Langney estate in Eastbourne, with a
grandmother in Pevensey Bay and a father in Polegate (Pratt / Weller; neglect, a mother's grief and low mood, cannabis in the
house, a boy of 10 found alone on the pier until dark, a dog bite, a child protection plan); grandparents' kinship care in
Hailsham, with a mother in a hostel in Hastings and a father in Bexhill (Fuller / Deal; a mother's overdose, a boy of 7 left
alone in the hostel room, a viability assessment, a father whose surname is the town of Deal); a boy of 15 from the Greenhill
estate in Herne Bay, with a father in Whitstable (Slade / Mannering; county lines, missing episodes to Medway, a taxi account
paid by an adult exploiter, debt bondage, an NRM referral); and a young mother with a learning disability in Broadstairs,
whose partner's surname is the town of Ashford (Goodban / Ashford; a pre-birth assessment after a first child was adopted, a
violent ex-partner due out of prison, a letter before proceedings). Two from communities no earlier set used: a Thai mother
from Udon Thani on the Aycliffe estate in Dover, married to a white British man (Hollands / Srisuk; coercive control, a
passport kept from her, strangulation, no recourse to public funds, a friend in Folkestone, messages in Thai script), and an
Egyptian Coptic Orthodox family from Asyut in Cheriton, Folkestone (Boutros / Fahmy; a girl of 15 beaten with a belt, self-harm
and an overdose, fear of being taken to Egypt at Coptic Christmas and kept there, a priest who writes for the father, voice
notes in Arabic script). 24 documents, half plain professional recording (a social worker's case note, initial child
protection conference minutes, a connected person viability assessment, a chronology as a pasted table, an IDVA's MARAC
referral, strategy discussion minutes, a school's request for support, a CAMHS crisis letter to a GP, a return home interview,
multi-agency child exploitation panel minutes, a pre-birth assessment, a PLO letter before proceedings) and half the other
kinds of writing a case file holds, of types and styles no earlier set used where possible: a pier arcade security officer's
occurrence log, a mother's texts typed up, a grandmother's handwritten letter scanned and OCR'd (with its misreadings), an
auto-transcribed voicemail from a council phone system (with its confidence scores), a LINE chat in Thai and English typed up
and translated, a food bank e-referral voucher, a priest's letter, WhatsApp voice notes in Egyptian Arabic transcribed and
translated, a police missing person report form, a taxi firm's booking history export, a midwife's hand-held notes scanned and
OCR'd, and a father's late-night email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Thailand, Egypt); NHS numbers and UPNs (the right LA number for the area: 845 for East
Sussex, 886 for Kent) pass their check digits; NI numbers have a valid format. Councils are invented (Downs and Levels, Stour
Coast), and so are the taxi firm (Bay Cars), the church's dedication in Hythe, the GP surgeries' doctors and the Youth Hub;
towns, districts, estates, villages, real schools, NHS bodies, hospitals, police forces, prisons, charities, shops, brands,
apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Ms, Dr, PC,
DC, DS, DI, Insp, coach, nurse, Nan, Nanny, Mum, Auntie, the Thai honorific Khun and น้า (a younger aunt), the Coptic Abouna and
Father before a priest's name, Teta, Baba, Mama, the Arabic تيتا, عمو and عمك) stay outside the name span; a possessive 's,
a bare s in texting ("summer"s, "nok"s) and an Arabic "و" ("and") joined to a name stay outside; every person's name is a
name in every form, record or not. "SURNAME, First" is one span ("FULLER, Alfie-Ray", "DEAL, Poppy", "GOODBAN, Summer"), and
so is a first name with an initial after it ("KIAN M"); initials alone ("KJ", "HL", "JS") are not marked; a collar or badge
number after a name stays outside; a name broken by a line break is one span holding the break, and so is an address, a
place, a school or a date; a contact saved under a kinship word ("แม่", "تيتا", "Baba") is not a name, but one saved under a
name is ("Nok Siriporn", "Gary ❤" marks "Gary"). A street address is one span, its town a place, its postcode a postcode; a
street named without a number is an address, and so is a neighbour's bare flat or house number ("no. 25", "no 16", "Flat 5")
and an address abroad ("34 Makram Ebeid Street", in Arabic script too); towns, cities, villages, districts and estates are
places at home or abroad and in any script ("Langney", "Aycliffe", "Greenhill", "Udon", "อุดร", "โฟล์คสโตน", "أسيوط",
"مدينة نصر"); countries, counties and regions are not ("Kent", "East Kent", "Sussex", "Thailand", "Egypt", "Isan");
organisations are not marked even when they hold a town's or a person's name ("Eastbourne Foodbank", "Dover District
Council", "Dover Health Centre", "Hampden Park Surgery", "Park Farm Surgery", "William Harvey Hospital", "Thanet Mencap",
"Bay Cars", "Millmead children's centre", "Kent and Medway CAMHS"); a school's name is a school, and so is its short form
("Shinewater", "Hawkes Farm", "Reculver", "Herne Bay High"); a date of birth is dob, any other calendar date with a day is
date (a weekday before it stays outside), and the bare day ("the 16th", "the 20th") is a date; months and years alone are not
marked; pets' names (Pickle) are not names; a firm named after people marks only the names ("[[Boys|name]] & [[Maughan|name]]");
landmarks, piers, docks, parks and shopping centres stay unmarked ("EASTBOURNE PIER", "the Eastern Docks", "the Common",
"Westwood Cross", "the Sovereign Centre"); a name that is also a word or a town is marked by what it refers to ("Deal",
"Ashford", "Summer", "Dawn", "Kingsnorth", "Harley", "Rook" are names when they are people, and Deal and Ashford are places
when they are places); a service, branch or trip named by its town ("Tesco Whitstable", "Specsavers, Hailsham", "the Folkestone
centre", "Dover Front Door", "Citizens Advice Dover", "the Canterbury skills centre", "the Hailsham hub") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a football club named
after its town ("a red Brighton shirt") is an organisation; a town's pier named in lower-case words or in passing ("the
hastings pier", "Herne Bay pier") marks the town, while the pier as the name of a business at a log's head ("EASTBOURNE PIER -
AMUSEMENTS") is a landmark; "Sovereign Harbour", a district of Eastbourne, is a place; a local short form of a town ("the
Bay" for Herne Bay) marks "Bay" as a place; Medway, Swale and Thanet, districts, are places; a street name or alias an
exploiter used ("Dotty", "DOT", "Dot", "Big T") is a name, like a nickname; OCR misreadings ("Ha1lsham", "P0ppy", "Fu1ler",
"O8/O7/2OO3", "07/1O/26") and a voicemail's misspelling ("Laura Dan") keep their kind; a Thai date with a day ("12 ต.ค.") and an
Arabic date with Arabic-Indic digits ("٧ يناير") are dates; a hospital number, a police occurrence number, a voucher number,
a taxi job number, an SIA badge number and a council reference are not marked; a church named after saints ("St Mary and St
Mina") is an organisation and its saints are not names.

Self-check without the detector: `python -m bench.redaction_set37` (and tests/test_redaction_set37.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,011 gold spans, 558 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pratt / Weller family (white British), Langney, Eastbourne ------------------------------------------------------

HOME_A = d.Address("14 Kingfisher Drive", "Langney", "Eastbourne", "BN23 7RT")
DAD_A = d.Address("3 Station Road", "", "Polegate", "BN26 6EA")
NAN_A = d.Address("22 Val Mill Lane", "Pevensey Bay", "Pevensey", "BN24 6AD")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Mason", "Weller")],
            dt.date(2016, 8, 19),
            addresses=[HOME_A],
            ids=["198 286 7922", "E845645417637"],
            schools=["Shinewater Primary School"],
        ),
        _p("s", "sibling", [("Ivy", "Weller")], dt.date(2020, 11, 3), addresses=[HOME_A], ids=["662 133 0146"]),
        _p(
            "m", "mother", [("Kayleigh", "Pratt")], dt.date(1997, 4, 2), addresses=[HOME_A], phones=["07498 057 817"], ids=["JT 48 21 97 B"]
        ),
        _p("f", "father", [("Jordan", "Weller")], dt.date(1995, 1, 27), addresses=[DAD_A], phones=["07766 720 161"]),
        _p("g", "grandparent", [("Sandra", "Pratt")], dt.date(1971, 6, 9), addresses=[NAN_A], phones=["01323 738575"]),
        _p("p1", "professional", [("Hannah", "Loveridge")], phones=["01323 773425"], emails=["hannah.loveridge@downslevels.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "social worker's home visit case note",
        """CASE NOTE - HOME VISIT (unannounced)
Child(ren): [[Mason WELLER|name]] ([[19/08/2016|dob]]), [[Ivy WELLER|name]] ([[03/11/2020|dob]])      Worker: [[Hannah Loveridge|name]] (SW)
Date of visit: Thursday [[12 November 2026|date]], 15:40-16:55      Address: [[14 Kingfisher Drive|address]], [[Langney|place]],
[[Eastbourne|place]] [[BN23 7RT|postcode]]
Present: [[Kayleigh Pratt|name]] (mum), both children, [[Kayleigh|name]]'s friend [[Shannon Guy|name]] (left at 16:10)

Purpose: to see the children following the school's concern of [[10/11/2026|date]] ([[Mason|name]] came in with no coat, hungry, a
bite mark on his forearm) and to look at the home conditions as agreed at the core group on [[3 November|date]].

Seen and heard: [[Mason|name]] (10) was on the Xbox in the front room. He showed me the mark on his right forearm - now a yellow
bruise in a half circle - and said the dog did it when he tried to take a sock off her. The dog (a cocker spaniel cross called
Pickle) belongs to [[Shannon|name]]'s boyfriend [[Liam Hoad|name]], who "leaves her here when he goes to work at the [[Sovereign
Harbour|place]]". [[Mason|name]] said he is not scared of her "unless she's eating". He told me he had Pot Noodle for tea last night and
that "Mum was asleep cos she had a headache". I saw his bedroom: no bedding on the mattress, a bag of dirty washing, a window
that will not shut. [[Mason|name]] said his dad ([[Jordan|name]]) is "coming Saturday to take me to the Sovereign Centre swimming".

[[Ivy|name]] (6, Year 1 at [[Shinewater|school]]) was in pyjamas at 15:40. She was chatty, wanted to show me her reading book and
that she can write "[[Ivy|name]]" and "Nanny [[Sand|name]]". Nappy rash cream on the side - she is still wetting at night.

Home: strong smell of cannabis in the hall and kitchen. [[Kayleigh|name]] said it was [[Shannon|name]]'s and that she does not smoke
in the house. Kitchen: sink full, food out on the side, the fridge had milk (in date), margarine, a few yoghurts. The back door
is broken and held shut with a chair. The gas is on a key meter with £1.20 on it. Landlord is Southern Housing; [[Kayleigh|name]]
has reported the door twice. I will email the housing officer ([[Paul Ticehurst|name]]).

[[Kayleigh|name]]: tearful. She said she has not been sleeping since her nan ([[Brenda Pratt|name]]) died on [[27 October|date]] and
that her mum, [[Sandra|name]], in [[Pevensey Bay|place]], has "gone to pieces too". She said [[Jordan Weller|name]] stopped his money
in September when he moved in with his new partner ([[Chelsea|name]]) in [[Polegate|place]]. She agreed to see her GP at Hampden
Park surgery and to a referral to Health in Mind. She agreed that the dog will not be left at the house again.

Analysis: cumulative neglect, a mother whose low mood is affecting the care she can give, possible cannabis use in the home,
no working safe door. Strengths: the children are warm with her, [[Ivy|name]] is in school every day, [[Sandra|name]] is a support.
Actions: (1) Food bank voucher given (Eastbourne Foodbank, [[Langney|place]] centre); (2) ring [[Sandra Pratt|name]] on
[[01323 738575|phone]] re tea-time help; (3) talk to [[Jordan|name]] on [[07766 720 161|phone]] about his contact and money; (4) visit
again by [[26/11|date]]. Manager [[Claire
Stonestreet|name]] informed [[13.11.2026|date]].
[[H. Loveridge|name]]
""",
    ),
    (
        "pier arcade security officer's incident log",
        """EASTBOURNE PIER - AMUSEMENTS - SECURITY OCCURRENCE LOG   Sheet 44
Officer on shift: [[D. OKAFOR|name]] (badge SIA 1014-2277)   Supervisor: [[Marc Tutt|name]]

Sat [[07/11/26|date]]
16:05  Two boys approx 9-10 yrs in the arcade since 14:30 without adult. One in a red Brighton shirt, thin jacket, trainers with
       no laces. Asked where parents are - "down the front", "my mum's at [[Shannon|name]]'s". Gave first name "[[Mase|name]]"
       and said he lives "in [[Langney|place]] by the lake". Other boy "[[Kai|name]]" ([[Kai Hoad|name]]? - says his dad is
       [[Liam|name]]).
16:20  Boys seen taking 2p's from the floor of the tipper machines. Spoke to them. [[Mase|name]] said he was hungry. Gave them a
       hot dog from the kiosk ([[Jade|name]] on kiosk - no charge).
16:45  Dark. Boys still here. Rang the number [[Mase|name]] gave for his mum - [[07498 057 817|phone]] - no answer x2. Left message.
17:10  Rang 101. Ref given. Sussex Police said they would send someone when available.
17:40  A woman arrived, said she is [[Mase|name]]'s nan, [[Sandra Pratt|name]] from [[Pevensey Bay|place]]. [[Kayleigh|name]] (mum)
       had rung her "in a state". Nan took both boys at 17:48. Nan gave her mobile as [[07432 675 131|phone]].
       Police informed 17:52 (cancelled attendance).
18:30  PC [[Noakes|name]] rang back - wanted boys' names. Given: [[Mason Weller|name]] (age 10, says [[Shinewater|school]] school) and
       [[Kai|name]] (surname not known). Pc said a PPN would go to children's services.

Sun [[08/11/26|date]]
11:15  [[Mase|name]] back on his own. Told him he can't be here without a grown up under 12 (pier rule). He walked off towards
       the bandstand. Told [[Marc|name]].
Tue [[10 Nov|date]]
15:30  [[Mase|name]] and [[Kai|name]] at the 2p machines again, in school uniform ([[Shinewater|school]] jumper). Sent them off.
       [[Jade|name]] saw them get on the number 1 bus towards [[Langney|place]].
Thu [[12 Nov|date]]
14:00  Call from [[Hannah|name]] at the council ([[Hannah Loveridge|name]], [[01323 773425|phone]]) asking about the boys. Gave her
       the times above. Told her the boy's nan said they live on [[Kingfisher Drive|address]].
Signed [[D Okafor|name]]
""",
    ),
]

DOCS_A += [
    (
        "initial child protection conference minutes",
        """DOWNS AND LEVELS COUNCIL - INITIAL CHILD PROTECTION CONFERENCE
Children: [[Mason Weller|name]] (DOB [[19.08.2016|dob]], NHS [[198 286 7922|nhs]], UPN [[E845645417637|upn]]) and [[Ivy Weller|name]]
(DOB [[03.11.2020|dob]], NHS [[662 133 0146|nhs]])
Date: [[1 December 2026|date]], 10:00, Eastbourne Town Hall (Room 3) and Teams       Chair: [[Rebecca Wenham|name]] (IRO)
Minutes: [[Toni Pilbeam|name]]

Present: [[Kayleigh Pratt|name]] (mother) with her mother [[Sandra Pratt|name]] (supporter); [[Jordan Weller|name]] (father, on
Teams from [[Polegate|place]]); [[Hannah Loveridge|name]] (SW); [[Claire Stonestreet|name]] (TM); [[Amy Carey|name]] (DSL,
[[Shinewater Primary|school]]); [[Gail Reed|name]] (school nurse); PC [[Dan Noakes|name]] (Sussex Police MASH); [[Paul Ticehurst|name]]
(housing officer). Apologies: Dr [[Naveed Shah|name]] (GP, Hampden Park Surgery) - report received.

1. Reason for conference. The chair explained the purpose. [[Hannah|name]] summarised: three contacts since June 2026: on
[[14 June|date]] (school: head lice, hunger), [[7 November|date]] (police PPN: [[Mason|name]] on the pier
   alone until dark) and [[10 November|date]] (school: a dog bite). Section 47 began on [[13
   November 2026|date]].
2. School. [[Amy|name]] said [[Mason|name]]'s attendance is 81% this term, late most days; he is sleeping in class. [[Ivy|name]] is
   96%. [[Mason|name]] told his teacher, Mr [[Jupp|name]], that "nobody wakes me up". School now gives breakfast club free.
3. Health. [[Gail|name]]: [[Ivy|name]] is wetting at night; [[Mason|name]] missed his dental check twice. GP report: [[Kayleigh|name]]
   seen [[17/11/2026|date]], started on sertraline, referred to Health in Mind.
4. Police. PC [[Noakes|name]]: [[Liam Hoad|name]] (DOB [[02/02/1990|dob]] - given in error, the chair asked that it is noted as known
   to police only) has a 2022 conviction for possession with intent; he is not to stay at the address.
5. Parents' views. [[Kayleigh|name]] said "I know it's got bad, I'm not hiding it". [[Jordan|name]] said he will have the children
   every other weekend and Wednesday tea and will pay £40 a week again. [[Sandra|name]] offered school runs Tuesday and Thursday.
6. Decision: both children to be subject to child protection plans under the category of NEGLECT. Unanimous.
   Key worker: [[Hannah Loveridge|name]]. First core group: [[8 December 2026|date]] at [[Shinewater|school]]. Review:
[[1 March 2027|date]].

Circulation: [[Kayleigh Pratt|name]] and [[Jordan Weller|name]] (by hand, and by email to [[jordanweller95@icloud.com|email]]);
[[Hannah Loveridge|name]]; [[Amy Carey|name]] ([[Shinewater|school]]); [[Gail Reed|name]]; PC [[Noakes|name]]; [[Paul Ticehurst|name]];
Dr [[Shah|name]]. Mother's NI (for the benefits check agreed at item 5): [[JT 48 21 97 B|ni]]. Minutes agreed by [[R. Wenham|name]],
[[4 December 2026|date]].
""",
    ),
    (
        "mother's texts to the social worker typed up",
        """Texts from [[Kayleigh|name]] ([[07498 057 817|phone]]) to [[Hannah Loveridge|name]]'s work mobile, copied onto
the file by HL on [[02/12/2026|date]]. Spelling as sent.

[[28/11/2026|date]] 08:12  hiya its [[kayleigh|name]], [[mase|name]] wont get up for school again he says his belly hurts. shall i
                           still take him
[[28/11/2026|date]] 08:14  ok i will. [[ivy|name]] is dressed lol
[[28/11/2026|date]] 19:40  [[jordan|name]] didnt turn up AGAIN. [[mason|name]] sat by the window with his bag for 2 hours.
                           [[chelsea|name]] put on facebook there at the [[hastings|place]] pier. i cant do this
[[29/11/2026|date]] 10:03  my mum says she will come to the confrence. can [[shannon|name]] come to? shes my best mate
[[29/11/2026|date]] 10:30  ok not [[shannon|name]] then. is [[liam|name]] allowed to drop her off at mine if he dont come in
[[30/11/2026|date]] 22:51  sorry for texting late. there was a man banging on the door asking for [[liam|name]]. i didnt open
                           it. i rang my mum she came with [[ken|name]] from next door ([[no 16|address]])
[[30/11/2026|date]] 22:53  [[ken|name]] said he seen the car before a black golf [[GK21 XWP|vehicle]] i took a pic. [[mase|name]]
                           is scared to go to [[shinewater|school]] tomorrow
[[01/12/2026|date]] 07:15  what time is it again today. and is it at the town hall or [[langney|place]]
[[01/12/2026|date]] 14:20  thanks for today [[hannah|name]]. i know u have to do it. [[mase|name]] asked if your coming to his
                           school play on the [[16th|date]] hes a shepherd
[[02/12/2026|date]] 09:00  the gp said i can go on the waiting list for the talking one. also the housing man [[paul|name]]
                           came and fixed the back door!!! first time in 2 year
""",
    ),
]

# --- B. Fuller / Deal family (white British), grandparents' kinship care in Hailsham --------------------------------------

HOME_B = d.Address("31 Harebeating Crescent", "", "Hailsham", "BN27 1JA")
MUM_B = d.Address("Room 6, 40 Cambridge Gardens", "", "Hastings", "TN34 1EH")
DAD_B = d.Address("Flat 2, 18 Sackville Road", "", "Bexhill-on-Sea", "TN39 3JD")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Alfie-Ray", "Fuller")],
            dt.date(2019, 5, 14),
            addresses=[HOME_B],
            ids=["591 314 3558"],
            schools=["Phoenix Academy"],
        ),
        _p(
            "s",
            "sibling",
            [("Poppy", "Deal")],
            dt.date(2015, 2, 22),
            addresses=[HOME_B],
            ids=["130 164 4803", "C845590563491"],
            schools=["Hawkes Farm Academy"],
        ),
        _p("m", "mother", [("Jade", "Fuller")], dt.date(1994, 10, 30), addresses=[MUM_B], phones=["07756 995 908"], ids=["NE 62 13 40 C"]),
        _p("f", "father", [("Craig", "Deal")], dt.date(1991, 3, 5), addresses=[DAD_B], phones=["07586 100 851"]),
        _p("g", "grandparent", [("Maureen", "Fuller")], dt.date(1965, 12, 1), addresses=[HOME_B], phones=["01323 672382"]),
        _p("g2", "grandparent", [("Terry", "Fuller")], dt.date(1962, 7, 18), addresses=[HOME_B], phones=["07505 582 003"]),
        _p("p1", "professional", [("Laura", "Dann")], phones=["07738 490 443"], emails=["laura.dann@downslevels.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "connected person viability assessment",
        """VIABILITY ASSESSMENT - CONNECTED PERSONS (KINSHIP)
Prospective carers: [[Maureen FULLER|name]] (DOB [[01/12/1965|dob]]) and [[Terry FULLER|name]] (DOB [[18/07/1962|dob]]), maternal
grandparents
Address: [[31 Harebeating Crescent|address]], [[Hailsham|place]], [[BN27 1JA|postcode]]   Tel: [[01323 672382|phone]] /
[[07505 582 003|phone]]
Children: [[Poppy DEAL|name]] (DOB [[22/02/2015|dob]]) and [[Alfie-Ray FULLER|name]] (DOB [[14/05/2019|dob]])
Assessor: [[Laura Dann|name]], Kinship Team      Visits: [[2 October 2026|date]] and [[9 October 2026|date]]

Background. The children have lived with their grandparents since the night of [[19 September 2026|date]], when police found
[[Alfie-Ray|name]] alone in the hostel room at [[40 Cambridge Gardens|address]], [[Hastings|place]], while his mother, [[Jade Fuller|name]],
was in the Conquest Hospital after an overdose. [[Poppy|name]] was already staying with her nan for the weekend.

The household. [[Maureen|name]] (60) works mornings at the Co-op on [[George Street|address]]; [[Terry|name]] (64) is a retired lorry
driver with type 2 diabetes and a hip replacement due in the spring. They have lived in [[Hailsham|place]] for 31 years. Their
other children are [[Dean Fuller|name]] (38, in [[Uckfield|place]]) and [[Kerry Wicks|name]] (35, in [[Heathfield|place]]), who both
help. A three-bedroom council house: [[Poppy|name]] has her own room, [[Alfie-Ray|name]] shares with [[Terry|name]]'s fishing gear.

Checks (NI numbers given for the DBS: [[JK 20 44 61 C|ni]] and [[WT 37 85 02 A|ni]]). DBS (enhanced): [[Maureen|name]] -
nothing recorded. [[Terry|name]] - a 1989 drink-driving conviction, disclosed by him.
Local authority checks: [[Terry|name]] was known in 2004 over [[Dean|name]] (a fight at school). Police: a call from a neighbour
at [[no. 29|address]] ([[Gary Bex|name]]) in 2023 about a dispute over a fence - no further action. Health (GP, Bridgeside
Surgery): [[Terry|name]]'s health is stable; [[Maureen|name]]'s back pain managed.

The children. [[Poppy|name]] (11, Year 6 at [[Hawkes Farm|school]]) says "I want to stay at Nanny's for ever, Mum can visit". She
worries about her mum and checks her phone at night for messages. [[Alfie-Ray|name]] ("[[Alfie|name]]", 7, [[Phoenix Academy|school]])
has speech delay; he calls his grandad "[[Tezza|name]]" like everyone does. [[Poppy|name]]'s dad, [[Craig Deal|name]], lives in
[[Bexhill|place]] and sees her some Saturdays; he supports the placement. [[Alfie|name]]'s father is not named on his birth
certificate; [[Jade|name]] has said it is "a lad called [[Ryan|name]] from [[Ore|place]]" and nothing more.

Contact. [[Jade|name]] sees the children at the Family Centre in [[Hailsham|place]] on Wednesdays; she has missed two of five.
[[Maureen|name]] is clear that [[Jade|name]]'s friend [[Lee Mepham|name]] is not to come to the house after he turned up on
[[4 October|date]] asking for money.

Recommendation: positive - proceed to a full connected persons assessment (Form C) and a regulation 24 placement. Support
needed: a bunk bed, help with school transport, the kinship allowance. Manager: [[Sue Hollobone|name]], [[12/10/2026|date]].
""",
    ),
    (
        "grandmother's handwritten letter, scanned and OCR'd",
        """[OCR of a handwritten letter, 2 pages, received [[23 Oct 2026|date]], scanned by the [[Hailsham|place]] hub;
OCR errors left as read]

[[31 Harebeat1ng Cres|address]]
[[Ha1lsham|place]]
[[21st 0ctober|date]]

Dear [[Laura|name]],
Thank you for coming again on Friday and for being so kind to [[Terry|name]] with his hip. I am writing because you said to put
it all down so the judge can see it, so here goes.

Since [[P0ppy|name]] and [[Alfie|name]] came to us on the [[l9th Sept|date]] they have settled ever so well. [[Poppy|name]] is doing
her homework at the kitchen table every night and Mrs [[Sturt|name]] her teacher says she is smiling more. [[Alfie-Ray|name]] still
wets the bed and has the nightmares about "the room" but not so many. He loves the swings at the Common and feeding the ducks.

I am worried about our [[Jade|name]]. She rang on Tuesday from a number I did not know ([[07923 490 771|phone]]) and she was not
right. She said she is staying with [[Lee|name]] at his mums in [[St Leonards|place]] on [[Bohemia Rd|address]] and not at the
hostel. I have told her she can come to us for her dinner Sundays if she is clean but not with him. My heart breaks for her.

[[Craig|name]] has been good, he had [[Poppy|name]] for the day and took her to the pictures in [[Eastbourne|place]] and brought
her back on time. His mum [[Pauline Deal|name]] sent £20 for school shoes.

The only thing is money. [[Terry|name]] has had to stop his bit of work driving for [[Barry Elphick|name]] at the garage and we
are short. Could you ask about the allowance. Also [[Alfie|name]] needs his glasses sorting, the optician at [[Hailsham|place]]
says he needs a letter.

We will do whatever is needed. They are our grand children and they are staying with us.

Yours sincerely
[[Maureen Fu1ler|name]] (Nanny [[Mo|name]])
P.S. my mobile is [[07421 928 384|phone]] if the house phone is engaged, [[Terry|name]] is always on it to his brother
[[Ron|name]] in [[Ashford|place]].
""",
    ),
]

DOCS_B += [
    (
        "chronology of significant events",
        """CHRONOLOGY - [[FULLER, Alfie-Ray|name]] ([[14/05/2019|dob]]) and [[DEAL, Poppy|name]] ([[22/02/2015|dob]])
Compiled by [[Laura Dann|name]] for the PLO meeting; sources: LA records, police, health, schools.

| Date | Event | Source |
| [[22/02/2015|date]] | [[Poppy|name]] born at the Conquest, [[Hastings|place]]. Parents [[Jade Fuller|name]] and [[Craig Deal|name]].
| Health |
| [[03/09/2017|date]] | Police called to [[Tower Road|address]], [[Hastings|place]]: argument between [[Jade|name]] and [[Craig|name]].
NFA. | Police |
| [[14/05/2019|date]] | [[Alfie-Ray|name]] born at Eastbourne DGH; father not named. | Health |
| [[11/11/2021|date]] | HV [[Nicola Gower|name]]: [[Jade|name]] low, drinking. Early Help offered, declined. | Health |
| [[06/01/2024|date]] | [[Jade|name]] and children evicted from [[7 Priory Road|address]], [[Hastings|place]]; to B&B. | Housing |
| [[29/04/2024|date]] | [[Poppy|name]] (9) tells her teacher at [[Castledown|school]] she made the tea for [[Alfie|name]]. | School |
| [[2 July 2025|date]] | [[Jade|name]] arrested at [[Hastings|place]] station; [[Lee MEPHAM|name]] also arrested. | Police |
| [[15/09/2025|date]] | Family move into the hostel at [[40 Cambridge Gardens|address]] ([[TN34 1EH|postcode]]). | Housing |
| [[19/09/2026|date]] | [[Jade|name]] found after overdose; [[Alfie-Ray|name]] (7) alone in the room; police protection.
  Children to [[Maureen|name]] and [[Terry Fuller|name]] in [[Hailsham|place]]. | Police |
| [[20/09/2026|date]] | Strategy discussion (chair [[Sue Hollobone|name]]). S47 both children. | LA |
| [[02/10/2026|date]] | Viability visit 1. | LA |
| [[04/10/2026|date]] | [[Lee Mepham|name]] at the grandparents' door asking for money; [[Terry|name]] rang 999. | Police |
| [[14/10/2026|date]] | [[Jade|name]] missed contact; texted [[Maureen|name]] from [[07923 490 771|phone]]. | Family |
| [[21/10/2026|date]] | [[Maureen|name]]'s letter (see file). | Family |
| [[23/10/2026|date]] | [[Craig Deal|name]] asks for overnight stays with [[Poppy|name]] at [[18 Sackville Road|address]],
[[Bexhill|place]]. | Father |
| [[28/10/2026|date]] | [[Alfie-Ray|name]]'s optician letter sent (Specsavers, [[Hailsham|place]]). | LA |
| [[01/11/2026|date]] | [[Jade|name]] seen in [[St Leonards|place]] with [[Lee Mepham|name]] by [[Poppy|name]]'s friend's mum,
[[Tracy Vidler|name]]. | Family |
| [[06/11/2026|date]] | [[Craig|name]]'s voicemail: [[Jade|name]] planned to take [[Poppy|name]] to her sister [[Stacey Fuller|name]]
in [[Deal|place]]. | LA |
| [[10/11/2026|date]] | PLO meeting; [[Jade|name]] attended with solicitor [[Ian Gurr|name]]. | LA |
""",
    ),
    (
        "voicemail transcription from the council phone system",
        """Voicemail to Kinship Team shared line - auto-transcribed (Mitel Unified Comms), confidence shown
Received: [[06-11-2026|date]] 07:52   From: [[07586 100 851|phone]]   Length 1m 48s   For: [[Laura Dan|name]]

"Hi yeah this is [[Craig|name]] um [[Craig Deal|name]] [[Poppy|name]]'s dad (0.71) um I'm ringing about the weekend um [[Jade|name]]
messaged me last night saying she's gonna pick up [[Poppy|name]] from [[Maureen|name]]'s on Saturday and take her to [[Deal|place]] to see
her cousin [[Tegan|name]] (0.64) at her sister's and I don't think that's right, she's not supposed to is she, she was with that
[[Lee|name]]
I could hear him. Um. I've got [[Poppy|name]] Sunday anyway I can have her both days if that helps, I'm not working. Also
[[Terry|name]] said the hip is the [[23rd|date]] so I can do school runs that week from [[Bexhill|place]] no bother, I've told
[[Mo|name]]. My number is [[07586 100851|phone]]. Cheers [[Laura|name]]. Oh and the address for
[[Jade|name]]'s sister is [[Kerry|name]]'s no not [[Kerry|name]] her other one [[Stacey|name]] [[Stacey Fuller|name]] on um
[[Mill Road|address]] in
[[Deal|place]] near the [[Mill Hill|place]] shops (0.58)"

Transcriber note: the number read out is the caller's own number.
Action by [[L Dann|name]] [[06/11|date]] 09:10: rang [[Maureen|name]] - no plan for [[Jade|name]] to take [[Poppy|name]]; told
[[Jade|name]] by text.
""",
    ),
]

# --- C. Hollands / Srisuk family (Thai mother, white British father), Aycliffe, Dover ------------------------------------

HOME_C = d.Address("27 Roper Close", "Aycliffe", "Dover", "CT17 9NL")
GRAN_C = d.Address("112 Moo 4, Tambon Nong Bua", "Mueang Udon Thani", "Udon Thani", "41000")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Lily", "Hollands")],
            dt.date(2018, 9, 9),
            addresses=[HOME_C],
            ids=["954 997 4685", "C886720990571"],
            schools=["Aycliffe Community Primary School"],
        ),
        _p("s", "sibling", [("Noah", "Hollands")], dt.date(2025, 6, 12), addresses=[HOME_C], ids=["723 775 7423"]),
        _p("m", "mother", [("Malee", "Hollands"), ("Malee", "Srisuk")], dt.date(1993, 2, 17), addresses=[HOME_C], phones=["07909 284 231"]),
        _p(
            "f", "father", [("Gary", "Hollands")], dt.date(1979, 8, 30), addresses=[HOME_C], phones=["07569 880 541"], ids=["SK 73 05 88 A"]
        ),
        _p("g", "grandparent", [("Somporn", "Srisuk")], addresses=[GRAN_C], phones=["+66 42 241 385"]),
        _p("p1", "professional", [("Becky", "Marsh")], phones=["07703 379 758"], emails=["becky.marsh@stourcoast.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "IDVA referral to MARAC",
        """KENT MARAC REFERRAL FORM (v6)    Referring agency: Domestic Abuse Service (IDVA)    Date: [[16/10/2026|date]]
Referrer: [[Zoe Kingsmill|name]], IDVA, tel [[07790 834 049|phone]]        DASH score: 17/24 (high) + professional judgement

VICTIM: [[Malee HOLLANDS|name]] (née [[SRISUK|name]]), DOB [[17/02/1993|dob]], Thai national, spouse visa (expires March 2027).
Address: [[27 Roper Close|address]], [[Aycliffe|place]], [[Dover|place]] [[CT17 9NL|postcode]]. Safe number:
[[07909 284 231|phone]] (text first, Thai or simple English; do NOT leave voicemail). Interpreter: Thai (Isan dialect preferred).
PERPETRATOR: [[Gary HOLLANDS|name]], DOB [[30/08/1979|dob]], NI [[SK 73 05 88 A|ni]], same address, [[07569 880 541|phone]]. Drives a
white Transit
[[EY68 NRO|vehicle]] (works on the ferries at the Eastern Docks).
CHILDREN: [[Lily|name]] ("[[Ploy|name]]"), 8, [[Aycliffe Community Primary|school]]; [[Noah|name]], 16 months.

SUMMARY OF RISK
- [[Malee|name]] came to the UK in 2017 after meeting [[Gary|name]] in [[Pattaya|place]]. He keeps her passport and BRP "in the
  loft" and gives her £20 a week. She may not have her own bank account. NRPF on her visa.
- [[14 October 2026|date]]: he grabbed her by the throat in the kitchen because tea was late, and threw [[Noah|name]]'s bottle
  at the wall. [[Lily|name]] saw it and hid in the bathroom. Neighbour Mrs [[Pat Coombs|name]] ([[no. 25|address]]) heard it and
  called police. [[Gary|name]] arrested, released under investigation with no conditions.
- Threats: "I'll send you back to [[Udon|place]] and keep the kids" (said in front of police). Isolated: her only friend here is
  [[Nok|name]] ([[Siriporn Webb|name]]), who works at a Thai massage in [[Folkestone|place]] ([[07449 735 953|phone]]).
- Her mother, [[Somporn Srisuk|name]], lives in [[Udon Thani|place]] (Thailand), landline [[+66 42 241 385|phone]], and has asked
  her to come home.

SAFETY PLAN SO FAR: Sanctuary scheme request to Dover District Council; DDV concession (destitution domestic violence) to be
applied for with Kent Law Clinic; CS referral made ([[Becky Marsh|name]], SW, front door, [[15/10|date]]).
""",
    ),
    (
        "LINE chat in Thai and English, typed up and translated",
        """Screenshots from [[Malee|name]]'s phone (LINE app), shown to the IDVA on [[20/10/2026|date]] with her consent and
typed up by [[Z. Kingsmill|name]]. Translation by the Language Line Thai interpreter (Khun [[Anong|name]]). Times as on the phone.

--- chat: "แม่" (Mum) ---
[[12 ต.ค.|date]]
แม่ 19:02   [[มาลี|name]] ลูกเป็นยังไงบ้าง [[พลอย|name]]สบายดีไหม
            ([[Malee|name]], how are you, is [[Ploy|name]] well?)
me 19:10    สบายดีค่ะแม่ แต่[[แกรี่|name]]โกรธอีกแล้ว
            (We're fine Mum, but [[Gary|name]] is angry again.)
[[15 ต.ค.|date]]
me 02:31    แม่ [[แกรี่|name]]เอาพาสปอร์ตหนูไป หนูกลัว
            (Mum, [[Gary|name]] took my passport. I'm scared.)
แม่ 06:45   กลับบ้านมา[[อุดร|place]] เอาหลานมาด้วย แม่จะให้น้า[[เล็ก|name]]ส่งเงินค่าตั๋ว
            (Come home to [[Udon|place]], bring the grandchildren. I'll get Auntie [[Lek|name]] to send money for tickets.)

--- chat: "[[Nok Siriporn|name]]" ---
[[15/10|date]]
[[Nok Siriporn|name]] 08:20  มาอยู่กับ[[นก|name]]ที่[[โฟล์คสโตน|place]]ก่อนก็ได้ ห้องเล็กแต่ปลอดภัย
                   (Come and stay with [[Nok|name]] in [[Folkestone|place]] first. The room is small but safe.)
me 08:41    ขอบคุณนะ but [[ploy|name]] has school in [[dover|place]] and the baby has jabs tuesday
[[Nok Siriporn|name]] 08:43  ok ok. my husband [[dave|name]] can pick you up at the big Tesco in [[Whitfield|place]] 3 o'clock,
                   dont tell [[gary|name]]
[[17/10|date]]
me 21:15    police say he can stay in house?? they let him back
[[Nok Siriporn|name]] 21:16  call the lady [[zoe|name]]. or come now. [[dave|name]] is here

--- chat: "[[Gary|name]] ❤" (forwarded to the IDVA's work phone by [[Malee|name]]) ---
[[16/10|date]]
[[Gary|name]] ❤ 23:02  where are you. [[lily|name]] has school tomorrow. if you go to [[nok|name]]s i will come to [[folkestone|place]]
[[Gary|name]] ❤ 23:05  your mum cant help you in [[udon|place]]. ill ring your brother [[anan|name]] on [[+66 81 734 2296|phone]]
                 and tell him what you are
[[Gary|name]] ❤ 23:40  [[malee|name]] pick up. [[ploy|name]] is asking for you

Interpreter's note: "แม่" is the contact saved as "Mum"; "น้า" is an aunt (mother's younger sibling), so Auntie [[Lek|name]].
""",
    ),
]

DOCS_C += [
    (
        "strategy discussion minutes",
        """STOUR COAST COUNCIL - CHILDREN'S SERVICES - STRATEGY DISCUSSION (s47)
Children: [[Lily HOLLANDS|name]] ([[09/09/2018|dob]], NHS [[954 997 4685|nhs]], UPN [[C886720990571|upn]]); [[Noah HOLLANDS|name]]
([[12/06/2025|dob]], NHS [[723 775 7423|nhs]])
Date/time: Friday [[16 Oct 2026|date]] 14:00 (Teams)     Chair: [[Martin Hougham|name]] (TM, [[Dover|place]] Front Door)
Attendees: [[Becky Marsh|name]] (SW); DS [[Kelly Ovenden|name]] (Kent Police, DA unit); [[Zoe Kingsmill|name]] (IDVA);
[[Ruth Pettit|name]] (DSL, [[Aycliffe CP School|school]]); [[Anjali Rao|name]] (HV, Dover Health Centre).

Information shared
Police: call by neighbour [[Pat Coombs|name]] on [[14/10/2026|date]] 18:47. Officers found [[Malee|name]] with red marks to the neck.
[[Gary Hollands|name]] has two previous DA reports from a former partner, [[Donna Figg|name]], in [[Deal|place]] (2011, 2014);
one caution for assault. RUI. Vehicle [[EY68 NRO|vehicle]] linked to him.
School: [[Lily|name]] ("[[Ploy|name]]") has been quiet and tired. On [[15/10|date]] she drew a picture of "Daddy shouting" and
told Miss [[Pettit|name]] that "Mummy cried in Thai". Attendance 97%. Collected by [[Malee|name]] always; [[Gary|name]] never.
Health: [[Noah|name]] is up to date except 12-month jabs (missed [[30/06/2026|date]]). HV had not met [[Gary|name]]. [[Malee|name]]
was low at the last visit, used Google Translate, said "husband is strict".
IDVA: as the MARAC referral. [[Malee|name]] does not want to go to a refuge outside Kent because of [[Lily|name]]'s school, but
has said she would go to [[Nok|name]]'s in [[Folkestone|place]] (address given to police only).

Decisions
1. Threshold for s47 met for both children (emotional harm, risk of physical harm). Joint visit today: [[Becky|name]] and DC
   [[Ash Rolfe|name]], with a Thai interpreter (Language Line video), at school at 15:15 to see [[Malee|name]] first, alone.
2. Police to consider arrest for breach/ re-arrest and bail conditions; DVPN to be considered by Insp [[Wraight|name]].
3. No discussion with [[Gary|name]] until [[Malee|name]] and the children are safe.
4. Legal advice re passports and the DDV concession; housing referral to Dover District Council.
5. Review: Monday [[19/10/2026|date]] 10:00.
""",
    ),
    (
        "food bank referral voucher",
        """DOVER FOODBANK - e-REFERRAL (voucher)       Voucher no. 8841-2206
Referral agency: Stour Coast Children's Services - [[Dover|place]]    Referrer: [[Becky Marsh|name]]   Tel: [[07703 379 758|phone]]
Email: [[becky.marsh@stourcoast.gov.uk|email]]     Date issued: [[21-10-2026|date]]

CLIENT
Name: [[Malee Hollands|name]]        DOB: [[17-02-1993|dob]]
Address (will not be shared): c/o [[11 Canterbury Road|address]], [[Folkestone|place]] [[CT19 5NG|postcode]] (staying with a friend)
Phone: [[07909 284 231|phone]]       Preferred language: Thai (reads some English)
Household: adults 1 / children 2 (ages 8 and 1)  Names of children: [[Lily|name]], [[Noah|name]]
Dietary: baby needs formula (stage 2) + nappies size 4. Rice please.

REASON FOR REFERRAL (tick): [x] Benefit delays [x] Domestic abuse [ ] Debt [x] No recourse to public funds
Notes for the volunteers: mother has left an abusive partner and has no money of her own yet. Please do not phone her house or
post anything to [[Roper Close|address]]. She can collect from the [[Folkestone|place]] centre (Tuesday) with her friend
[[Siriporn Webb|name]].

Collected: [[27/10|date]] by [[Malee|name]] + [[Siriporn|name]]. Volunteer: [[Jean Castle|name]]. Signposted to the Thai community
group at the temple in [[Ashford|place]] and to Citizens Advice [[Dover|place]].
""",
    ),
]

# --- D. Boutros / Fahmy family (Egyptian Coptic), Cheriton, Folkestone ---------------------------------------------------

HOME_D = d.Address("Flat 3, 196 Cheriton Road", "Cheriton", "Folkestone", "CT19 4DL")
GRAN_D = d.Address("14 Sharia El Gomhoreya", "", "Asyut", "71511")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Mariam", "Boutros")],
            dt.date(2011, 3, 28),
            addresses=[HOME_D],
            ids=["710 984 0557", "Z886696544915"],
            schools=["The Folkestone School for Girls"],
        ),
        _p(
            "s",
            "sibling",
            [("Kirollos", "Boutros")],
            dt.date(2017, 10, 5),
            addresses=[HOME_D],
            ids=["656 902 9649"],
            schools=["Cheriton Primary School"],
        ),
        _p(
            "f", "father", [("Magdy", "Boutros")], dt.date(1980, 4, 11), addresses=[HOME_D], phones=["07715 717 998"], ids=["PW 19 64 32 D"]
        ),
        _p("m", "mother", [("Nermeen", "Fahmy")], dt.date(1986, 9, 23), addresses=[HOME_D], phones=["07591 450 720"]),
        _p("g", "grandparent", [("Samia", "Boutros")], addresses=[GRAN_D], phones=["+20 88 236 1475"]),
        _p("p1", "professional", [("Owen", "Brazier")], phones=["07779 917 225"], emails=["owen.brazier@stourcoast.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "school designated safeguarding lead's referral",
        """REQUEST FOR SUPPORT - KENT INTEGRATED CHILDREN'S SERVICES (completed by school)
School: [[The Folkestone School for Girls|school]]      DSL: [[Harriet Bunce|name]]   Tel: [[01303 454276|phone]]
Date: [[3 Nov 2026|date]]      Consent: NOT sought from parents (would place the child at risk) - discussed with the Front Door
consultation line at 09:40 ([[Owen Brazier|name]]).

Child: [[Mariam BOUTROS|name]]   DOB: [[28/03/2011|dob]]   Year 10   UPN: [[Z886696544915|upn]]
Address: [[Flat 3, 196 Cheriton Road|address]], [[Cheriton|place]], [[Folkestone|place]], [[CT19 4DL|postcode]]
Parents: [[Magdy Boutros|name]] (father, [[07715 717 998|phone]]); [[Nermeen Fahmy|name]] (mother, [[07591 450 720|phone]]; speaks
Arabic, some English). Sibling: [[Kirollos|name]] ("[[Kiro|name]]"), 9, at [[Cheriton Primary|school]].

What happened. At 08:50 today [[Mariam|name]] asked her form tutor, Mr [[Dobbs|name]], to "talk to someone". With me she showed
six fresh cuts on her left forearm and a long red mark across the back of her thighs. She said her father hit her with his
belt on Saturday night ([[31/10|date]]) after he read messages on her phone from a boy in Year 11, [[Tyler Harman|name]], and
that it "happens when he is angry, not every week". She said her mum "tries to stop him but she is scared too". She said
her father has said she will go to stay with her grandmother ("Teta", [[Samia Boutros|name]]) in Egypt "for a long
time" at Christmas to "learn how to behave" and she is frightened she will not come back. Her passport is at home.

Other information. [[Mariam|name]] is a very able student (predicted 8s) and in the school choir. Attendance 99%. Her friend
[[Lucy Okoye|name]] came to see me on [[28/10/2026|date]] worried about her "cutting". [[Mariam|name]] goes to the Coptic church
in [[Hythe|place]] (St Mary and St Mina) and the family are there every Sunday.

What the child wants: "I don't want Dad arrested. I just want it to stop. And I don't want to go to [[Asyut|place]]."
Body map completed. [[Mariam|name]] is in the library until the social worker arrives.
""",
    ),
    (
        "CAMHS crisis team assessment letter to the GP",
        """Kent and Medway CAMHS - Crisis and Home Treatment (South Kent Coast)
PRIVATE AND CONFIDENTIAL
Dr [[Rania Aziz|name]], Park Farm Surgery, [[Folkestone|place]]                              [[5th November 2026|date]]

Dear Dr [[Aziz|name]]
Re: [[Mariam Boutros|name]], DOB [[28.03.2011|dob]], NHS No [[710 984 0557|nhs]]
[[Flat 3, 196 Cheriton Road|address]], [[Folkestone|place]] [[CT19 4DL|postcode]]

I saw [[Mariam|name]] on [[4 November|date]] at the William Harvey Hospital, [[Ashford|place]], after she was brought to A&E by her
social worker, [[Owen Brazier|name]], having told him she had taken twelve paracetamol the night before. Bloods were below the
treatment line. She was seen alone and then with her mother, Mrs [[Nermeen Fahmy|name]], with an Arabic interpreter
(Mr [[Sherif Nasr|name]], by phone).

[[Mariam|name]] described two years of low mood, self-harm by cutting since the summer, and a wish to be dead "sometimes, not
all the time". Triggers: conflict with her father, Mr [[Magdy Boutros|name]], about her phone and friendships, and fear of being
sent to her grandmother in [[Asyut|place]]. She is now staying with family friends, Mr and Mrs [[Guirguis|name]] in
[[Hythe|place]], under a safety plan agreed by children's services; her father has agreed not to visit without notice.
Protective factors: her school, her friend [[Lucy|name]], her faith, her brother [[Kiro|name]] ("I would never leave him").

Plan: (1) crisis team follow-up at home on [[6/11|date]] and [[9/11|date]] (nurse [[Femi Adeyemi|name]]); (2) referral to the
[[Folkestone|place]] CAMHS team for DBT-informed work - if you could please prescribe nothing further for now; (3) safety plan copied to
[[Harriet Bunce|name]] at school; (4) children's services to lead on safeguarding.
Yours sincerely
Dr [[Eleanor Whybrow|name]], Consultant Child and Adolescent Psychiatrist     cc: [[Owen Brazier|name]], SW; parents
""",
    ),
]

DOCS_D += [
    (
        "priest's letter in support of the family",
        """St Mary and St Mina Coptic Orthodox Church
[[Hythe|place]], Kent

[[12 November 2026|date]]

To whom it may concern, and to Mr [[Owen Brazier|name]] of the Children's Services

I am the priest of the Coptic Orthodox community in [[Hythe|place]] and [[Folkestone|place]] and I have known the [[Boutros|name]]
family since they came from [[Asyut|place]] to Kent in 2016. Mr [[Magdy Boutros|name]] is a deacon of our church and Mrs
[[Nermeen|name]] teaches Sunday School to the little ones. Their son [[Kirollos|name]] serves at the altar and their daughter
[[Mariam|name]] sings in the choir with my own daughter [[Marina|name]].

[[Magdy|name]] came to me on [[7 November|date]] in great distress. He told me everything, and I have spoken with him as his
father of confession. I want to say clearly: the Church does not accept that a father strikes his child. I have told him
this. He has agreed to come to the parenting course you offered, and to a family meeting with the psychotherapist Dr
[[Nabil Hanna|name]], who is a member of our community in [[London|place]] ([[07557 818 143|phone]]), if the council agrees.

He has also told me, and I believe him, that the trip to Egypt was for the Feast of the Nativity on [[7 January|date]], to see
his mother, Mrs [[Samia Boutros|name]], who is 79 and unwell, and that [[Mariam|name]] would return with him on the
[[20th|date]]. I have told him that [[Mariam|name]] must not travel if she does not wish to, and he accepts this.

The family of Mr and Mrs [[Maged Guirguis|name]], where [[Mariam|name]] is staying, are good people of our church. If I can
help the social worker in any way, I can be reached on [[07939 906 742|phone]].

With prayers,
Abouna [[Bishoy Tadros|name]]
(Father [[Bishoy|name]])
""",
    ),
    (
        "WhatsApp voice notes in Arabic transcribed and translated",
        """Voice notes forwarded by [[Mariam|name]] to her social worker on [[19/11/2026|date]] (she asked him to hear "what
they are saying to me"). Transcribed and translated by [[Sherif Nasr|name]] (Arabic interpreter), [[20/11/2026|date]].

1) From "تيتا" (Teta, grandmother - saved under her phone number [[+20 88 236 1475|phone]]), [[17/11|date]], 0:48
   "يا [[مريم|name]] يا حبيبتي، تعالي عند تيتا في [[أسيوط|place]] في العيد، يوم [[٧ يناير|date]]. عمك [[هاني|name]] هيستناكم في
   [[القاهرة|place]]."
   ("[[Mariam|name]], my darling, come to Teta in [[Asyut|place]] for the feast, on [[7 January|date]]. Your uncle [[Hany|name]] will
   wait for you in [[Cairo|place]].")

2) From "Baba" ([[07715 717 998|phone]]), [[18/11|date]], 1:12
   "[[مريم|name]]، أنا آسف. أنا غلطت. ماما و[[كيرو|name]] عايزينك ترجعي البيت. مش هتسافري لو مش عايزة."
   ("[[Mariam|name]], I am sorry. I was wrong. Mama and [[Kiro|name]] want you to come home. You will not travel if you don't
   want to.")

3) From "عمو [[هاني|name]]" (Uncle [[Hany|name]], [[+20 100 482 7319|phone]]), [[18/11|date]], 0:35
   "[[ميرو|name]]، كلميني. أنا في [[مدينة نصر|place]] دلوقتي، العنوان [[٣٤ شارع مكرم عبيد|address]] لو احتجتي حاجة."
   ("[[Miro|name]], call me. I'm in [[Nasr City|place]] now, the address is [[34 Makram Ebeid Street|address]] if you need anything.")

Interpreter's note: "Baba" and "Mama" are "Dad" and "Mum"; "تيتا" is "grandma" and "عمو" is "uncle" (father's brother). "[[ميرو|name]]"
/ "[[Miro|name]]" is a pet form of [[Mariam|name]]. The feast is Coptic Christmas.
""",
    ),
]

# --- E. Slade / Mannering family (white British), Greenhill, Herne Bay ---------------------------------------------------

HOME_E = d.Address("52 Thornden Close", "Greenhill", "Herne Bay", "CT6 7NQ")
DAD_E = d.Address("9 Albert Street", "", "Whitstable", "CT5 1HP")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kian", "Mannering")],
            dt.date(2010, 12, 2),
            addresses=[HOME_E],
            ids=["516 012 6430", "J886088580983"],
            schools=["Herne Bay High School"],
        ),
        _p(
            "s",
            "sibling",
            [("Lacey", "Slade")],
            dt.date(2013, 4, 16),
            addresses=[HOME_E],
            ids=["445 956 9701"],
            schools=["Reculver Church of England Primary School"],
        ),
        _p("m", "mother", [("Gemma", "Slade")], dt.date(1990, 5, 21), addresses=[HOME_E], phones=["07522 351 291"]),
        _p("f", "father", [("Darren", "Mannering")], dt.date(1986, 2, 14), addresses=[DAD_E], phones=["07773 101 580"]),
        _p("p1", "professional", [("Ryan", "Goatham")], phones=["07478 312 377"], emails=["ryan.goatham@stourcoast.gov.uk"]),
        _p("p2", "professional", [("Aisha", "Bello")], phones=["07953 212 904"]),
    ],
    "c",
)

DOCS_E = [
    (
        "police missing person report form",
        """KENT POLICE - MISSING PERSON REPORT (MFH1)     Occurrence: 46-26-1107-0392
Reported: [[07/11/2026|date]] 23:40 by the mother by 999       Risk: HIGH (reviewed by Insp [[Cheeseman|name]] 00:20)
MISSING PERSON
Surname: [[MANNERING|name]]      Forenames: [[Kian James|name]]     Known as: "KJ"
DOB: [[02/12/2010|dob]] (15)     Height 5'9", slim, ginger hair shaved at sides, freckles
Home address: [[52 Thornden Close|address]], [[Greenhill|place]], [[Herne Bay|place]] [[CT6 7NQ|postcode]]
Last seen: [[07/11/2026|date]] about 16:30, getting into a grey Toyota Prius (private hire?) outside the chip shop on
[[Mortimer Street|address]]. Wearing a black North Face puffer, grey trackies, white Air Max.
Phone: [[07482 083 944|phone]] (off since 17:05). Second phone suspected - "a little Nokia".
Previous episodes: [[29/08/2026|date]] (found [[Canterbury|place]] bus station); [[12/09/2026|date]] (returned himself);
[[03/10/2026|date]] (found in [[Gillingham|place]] by Kent officers, with £340 and two phones);
[[21/10/2026|date]] (found at [[Margate|place]] station at 03:00).
Associates: [[Jayden Rook|name]] (16, [[Beltinge|place]]); "[[Dotty|name]]" (adult male, [[London|place]] - believed [[Dotun ADEBAYO|name]],
DOB [[14/06/2001|dob]]); [[Callum Fagg|name]] (17, [[Hersden|place]]).
Places he may go: father [[Darren Mannering|name]], [[9 Albert Street|address]], [[Whitstable|place]] ([[07773 101 580|phone]]);
nan [[Carol Slade|name]], [[Broomfield|place]]; girlfriend [[Millie Dyer|name]], [[Studd Hill|place]].
Mother: [[Gemma SLADE|name]] [[07522 351 291|phone]]. Sister [[Lacey|name]] (13).
Found: [[09/11/2026|date]] 06:15 by BTP at [[Rochester|place]] station. Taken home by PC [[Liz Amos|name]] 4418.
""",
    ),
    (
        "taxi firm's booking log, printed for the police",
        """BAY CARS ([[HERNE BAY|place]]) - BOOKING HISTORY EXPORT     Printed [[10/11/2026|date]] 11:32 for PC [[L Amos|name]]
Filter: account "[[DOT|name]]" + caller [[07537 456 797|phone]]

Job | Booked | Pickup | Drop | Name given | Fare | Drv
318822 | [[31/10/26|date]] 15:58 | [[Thornden Close|address]] jct [[Greenhill Road|address]] | [[Canterbury|place]] bus stn | KJ |
24.00 | 14
319410 | [[04/11/26|date]] 16:10 | Co-op, [[Mortimer St|address]] | Tesco [[Whitstable|place]] | [[kian|name]] | 14.50 | 22
319988 | [[07/11/26|date]] 16:25 | [[Mortimer St|address]] (chippy) | [[Sittingbourne|place]] stn | [[Jay|name]] | 41.00 | 22
320011 | [[07/11/26|date]] 21:40 | [[Sittingbourne|place]] stn | [[14 Canal Road|address]], [[Strood|place]] | [[Dotty|name]] | 38.00 | 31
320507 | [[09/11/26|date]] 14:02 | [[Beltinge|place]] ([[Reculver Road|address]] shop) | [[Herne Bay|place]] stn | [[Rook|name]] | 9.20 | 14

Account notes: cash account opened [[28/10/2026|date]] by phone, "[[Dotun|name]]", no address. Driver 22 ([[Sunil Mistry|name]]) says
the lad on [[07/11|date]] was "about 15, ginger, on two phones the whole way". Controller: [[Bev Pout|name]].
""",
    ),
    (
        "return home interview",
        """RETURN HOME INTERVIEW - Missing Children Service (commissioned)
Young person: [[Kian Mannering|name]] (DOB [[2.12.2010|dob]])      Episode: missing [[7 Nov|date]] - found [[9 Nov 2026|date]]
Interviewer: [[Aisha Bello|name]], Missing and Exploitation Worker ([[07953 212 904|phone]])   Held: [[11/11/2026|date]], 16:00,
at McDonald's, [[Herne Bay|place]] seafront ([[Kian|name]]'s choice; he would not do it at home or school)

Why he went. [[Kian|name]] said he "owed" money. He said a phone and some "food" (cannabis) were taken off him on the
[[21st|date]] at [[Margate|place]] station by "some boys from [[Ramsgate|place]]" and since then "[[Dot|name]]" says he owes £600.
He would not say who [[Dot|name]] is but said "he's not from round here, he's from [[Lewisham|place]]". He went in a cab that
was "already paid" to a flat in [[Strood|place]] and stayed two nights with "a man called [[Big T|name]]" and another boy, "[[Reece|name]],
about 14, from [[Chatham|place]]". He said he sold "a bit" from the flat and did runs on the train to [[Faversham|place]].

How he is. Tired, a cut on his knuckles ("punched a wall"), hungry - ate two meals. He said he sleeps with his door wedged.
He said he wants to go and live with his dad in [[Whitstable|place]] "away from the [[Bay|place]]" but his dad's partner, [[Nicola|name]],
"won't have me". He talked warmly about his nan [[Carol|name]] in [[Broomfield|place]] and his sister [[Lacey|name]]: "she's the
only one who gets me". He is angry with school ([[Herne Bay High|school]]): he has been on a part-time timetable since a fight
in September with [[Tyler Pope|name]].

Risks. Debt bondage; travelling across [[Medway|place]] and [[Swale|place]]; use of a taxi account set up by an adult; a possible
address in [[Strood|place]] ([[14 Canal Road|address]] - given to PC [[Amos|name]]). [[Jayden Rook|name]] is still in contact.
Protective: [[Kian|name]] answered my texts; his nan; boxing at the club in [[Hoath|place]] (coach [[Stevie Kemp|name]]) when he goes.

What [[Kian|name]] wants: "the debt gone", a "proper" school place, to see his dad more. Shared with [[Ryan Goatham|name]] (SW)
and the police exploitation team on [[11/11/2026|date]]. Consent to share: yes, except the bit about [[Millie|name]].
""",
    ),
]

DOCS_E += [
    (
        "multi-agency child exploitation meeting minutes",
        """MACE (Multi-Agency Child Exploitation) PANEL - EAST KENT - MINUTES (extract for [[KIAN M|name]])
Date: [[24 November 2026|date]]    Chair: DI [[Sarah Lingham|name]]    Minutes: [[Pam Epps|name]]
Present for this item: [[Ryan Goatham|name]] (SW); [[Aisha Bello|name]] (Missing Service); [[Greg Tapsell|name]] (DSL, [[Herne Bay
High School|school]]); PC [[Liz Amos|name]]; [[Joe Pilcher|name]] (YOT); [[Dawn Kingsnorth|name]] (Early Help).

Item 4: [[Kian MANNERING|name]], 15, [[Greenhill|place]]. NRM referral made [[13/11|date]] (first responder: [[Ryan Goatham|name]]).
- Police: the [[Strood|place]] flat ([[14 Canal Road|address]], [[ME2 4DR|postcode]]) was warranted on [[19/11|date]];
[[Dotun Adebayo|name]]
  ("[[Dotty|name]]") and [[Terrell Mensah|name]] ("[[Big T|name]]") arrested; a 14-year-old from [[Chatham|place]] safeguarded
  ([[Reece|name]]). The Prius driver (Bay Cars, driver 22) has given a statement. Taxi account closed.
- School: part-time timetable ends [[1 December|date]]; [[Kian|name]] will start at the [[Canterbury|place]] skills centre two days a
  week (construction). [[Greg|name]] noted he has not missed a day since [[12 November|date]].
- Family: [[Gemma Slade|name]] has had a panic alarm fitted; she has asked for a move away from [[Greenhill|place]]. [[Darren|name]]
  has offered weekends in [[Whitstable|place]] from [[5/12|date]]. Nan [[Carol Slade|name]] ([[07998 981 998|phone]]) collects
  [[Lacey|name]] from [[Reculver|school]] daily.
- Peers: [[Jayden Rook|name]] to be discussed as item 6. [[Callum Fagg|name]] ([[Hersden|place]]) - no longer linked.
Risk level: HIGH to MEDIUM. Actions: (a) YOT to offer boxing funding - [[Joe|name]]; (b) housing letter - [[Ryan|name]];
(c) disruption notice for [[Millie Dyer|name]]'s address? NO - she is 15; refer her to Early Help - [[Dawn|name]].
Next review: [[19 January 2027|date]].

Item 6: [[Jayden ROOK|name]], 16, [[Beltinge|place]] (DOB [[03/05/2010|dob]]). Mother [[Sharon Rook|name]]
is asking for help. [[Jayden|name]] was stopped with [[Kian|name]] at [[Herne Bay|place]] pier on
[[2 November|date]]; he has been seen with [[Dotun Adebayo|name]]'s cousin, [[Kwame Adebayo|name]], at the skate park on
[[Spencer Road|address]]. Actions: referral to the Youth Hub in [[Canterbury|place]] - [[Joe Pilcher|name]]; home visit with
[[Sharon|name]] - [[Aisha Bello|name]] by [[4/12|date]].
""",
    ),
]

# --- F. Goodban / Ashford family (white British), Broadstairs, a baby due ------------------------------------------------

HOME_F = d.Address("Flat 7, 18 Albion Street", "", "Broadstairs", "CT10 1LU")
NAN_F = d.Address("5 Minnis Road", "", "Birchington", "CT7 9SE")
RECORD_F = d.CaseRecord(
    [
        _p("m", "mother", [("Summer", "Goodban")], dt.date(2003, 7, 8), addresses=[HOME_F], phones=["07952 229 701"], ids=["217 387 9324"]),
        _p(
            "f",
            "father",
            [("Kyle", "Ashford")],
            dt.date(2000, 1, 19),
            addresses=[HOME_F],
            phones=["07557 581 861"],
            emails=["kyleashford00@hotmail.co.uk"],
        ),
        _p("g", "grandparent", [("Tina", "Goodban")], dt.date(1978, 3, 3), phones=["01843 558476"]),
        _p("g2", "grandparent", [("Lorraine", "Ashford")], addresses=[NAN_F], phones=["07576 654 273"]),
        _p("p1", "professional", [("Priya", "Nandra")], phones=["03000 419 222"], emails=["priya.nandra@stourcoast.gov.uk"]),
    ],
    "m",
)

DOCS_F = [
    (
        "pre-birth assessment",
        """PRE-BIRTH ASSESSMENT (parenting capacity) - Stour Coast Council, [[Thanet|place]] Safeguarding Team
Parents: [[Summer GOODBAN|name]] (DOB [[08/07/2003|dob]], NHS [[217 387 9324|nhs]]) and [[Kyle ASHFORD|name]] (DOB [[19/01/2000|dob]])
Address: [[Flat 7, 18 Albion Street|address]], [[Broadstairs|place]] [[CT10 1LU|postcode]]     EDD: [[14 January 2027|date]]
Social worker: [[Priya Nandra|name]]       Sessions: [[15/09|date]], [[22/09|date]], [[29/09|date]], [[06/10|date]], [[13/10/2026|date]]
Adapted for [[Summer|name]]'s learning disability (easy-read sheets, pictures, short sessions, her advocate present).

1. Why we are assessing. [[Summer|name]]'s first child, [[Harley|name]], was removed at birth in [[Margate|place]] in 2023 and has
since been adopted. The concerns then were neglect, [[Summer|name]]'s previous partner [[Josh Pettman|name]] (violence, now in
HMP Elmley) and the state of the home in [[Cliftonville|place]]. [[Summer|name]] has since moved, ended that relationship, and
finished a parenting course at the Millmead children's centre.

2. [[Summer|name]]. 23, a mild learning disability (IQ assessed in 2022 by Dr [[Fiona Rix|name]]); she reads simple words and
uses pictures on her phone to remember things. Her advocate, [[Mags Petley|name]] (Thanet Mencap), attended every session.
[[Summer|name]] said: "I was a kid myself with [[Harley|name]]. I've got [[Kyle|name]] now and he's not like [[Josh|name]]."
She keeps a photo of [[Harley|name]] on the fridge and writes to him through letterbox contact once a year.

3. [[Kyle|name]]. 26, works at a car wash in [[Westwood|place]]. No criminal record. Diagnosed with
ADHD as a child; he says he "can't sit still" but he came to every session and did the bottle-feeding practice twice. His mum,
[[Lorraine Ashford|name]], lives in [[Birchington|place]] ([[5 Minnis Road|address]]) and will be the main support; his
sister [[Courtney|name]] has two children of her own and lives in [[Ramsgate|place]].

4. [[Summer|name]]'s family. Her mum, [[Tina Goodban|name]] ([[01843 558476|phone]]), lives in [[Newington|place]], [[Ramsgate|place]],
and has her own health needs; she and [[Summer|name]] fall out and make up. [[Summer|name]]'s nan, [[Violet Goodban|name]], 81,
in [[St Peter's|place]], is the person [[Summer|name]] trusts most.

5. The home. A one-bedroom first-floor flat near the harbour: clean on four of five visits, a cot bought, damp in the bedroom
reported to the landlord, Mr [[Kemal Arslan|name]] (number on file).

6. Conclusion. Real progress since 2023. Risks remain: [[Summer|name]]'s ability to notice and respond to a baby's needs day and
night without prompts, money, and [[Josh Pettman|name]]'s release date ([[2 March 2027|date]]). Recommendation: a parent and
baby residential assessment is not needed; a community plan with daily support for the first 12 weeks, with [[Lorraine|name]]
staying for the first two weeks, and a child in need plan - subject to legal planning meeting advice.
""",
    ),
    (
        "midwife's handheld notes, scanned and OCR'd",
        """[Scanned from the hand-held maternity record (pages 14-16), OCR; handwriting, some words not read = (?)]
EAST KENT HOSPITALS - COMMUNITY MIDWIFERY - [[BROADSTAIRS|place]] TEAM
Name: [[GOODBAN, Summer|name]]   Hosp no. K4471920   DOB [[O8/O7/2OO3|dob]]   NHS [[217 387 9324|nhs]]
Address: [[F1at 7, 18 A1bion St|address]], [[Broadstairs|place]]   Tel [[07952 229 701|phone]]   Partner: [[Ky1e Ashford|name]]
Named midwife: [[Jo Sayer|name]]    GP: Dr [[Okonkwo|name]], Bethesda Medical Centre    Consultant: Mr [[Fenn|name]] (QEQM)

[[12/08/26|date]]  Booking 18+2 (late booker - says scared "they'll take it"). BP 112/70. Urine NAD. Bloods taken.
                   Safeguarding: previous child removed ([[Harley|name]], 2023). Referral to CSC made today with [[Summer|name]]'s
                   knowledge. Advocate [[Mags|name]] present. [[Summer|name]] asked for the pictures leaflet. [[J.Sayer|name]]
[[09/09/26|date]]  22 wks. Fetal movements felt. Scan at QEQM [[Margate|place]] normal (anomaly). [[Kyle|name]] came - "buzzing".
                   Discussed smoking - 5 a day, down from 20. CO 9 ppm. Referred to the stop smoking service. JS
[[07/1O/26|date]]  26 wks. SFH 26. Well. [[Summer|name]] tearful - "the social" (SW [[Priya|name]]) coming weekly, she finds it
                   hard but "she's nice". Discussed the birth plan: wants [[Kyle|name]] and her nan ([[Vi|name]]) in the room.
                   Nan's address for the notes: [[St Peter's|place]] ([[23 High St|address]]) (?)
[[04/11/26|date]]  30 wks. GTT normal. Anti-D given. Mood: EPDS 11. Talked about [[Harley|name]]'s birthday on the [[3rd|date]] -
                   "hard day". Perinatal mental health referral offered - accepted. [[Kyle|name]]'s mum [[Lorraine|name]]
                   attended ([[Birchington|place]]), very supportive, will drive to QEQM. [[J Sayer|name]]
[[18/11/26|date]]  Home visit (flat). Cot up, Moses basket from [[Lorraine|name]]. Safe sleep discussed with pictures - [[Summer|name]]
                   repeated it back. Smoke alarm tested. Damp patch bedroom wall. Ex-partner [[J. Pettman|name]] - [[Summer|name]]
                   says a friend of his, [[Tanya|name]], "messaged me on Facebook to say he's getting out". Told SW [[P Nandra|name]].
[[02/12/26|date]]  34 wks. Well. Hospital bag ready. Birth plan in notes. Plan: CP? CIN? - strategy on [[8 Dec|date]]; await.
""",
    ),
]

DOCS_F += [
    (
        "local authority letter before proceedings (PLO)",
        """STOUR COAST COUNCIL - CHILDREN, YOUNG PEOPLE AND EDUCATION
[[Thanet|place]] Safeguarding Team, [[Mill Lane|address]], [[Margate|place]]

Our ref: PLO/THN/26/0419
Date: [[9 December 2026|date]]

To: Miss [[Summer Goodban|name]] and Mr [[Kyle Ashford|name]], [[Flat 7,
18 Albion Street|address]], [[Broadstairs|place]] [[CT10 1LU|postcode]]
(Easy-read version enclosed, as agreed with Miss [[Goodban|name]]'s advocate, Ms [[Mags Petley|name]].)

IMPORTANT - LETTER BEFORE PROCEEDINGS. PLEASE TAKE THIS LETTER TO A SOLICITOR.

Dear [[Summer|name]] and [[Kyle|name]]
Your baby is due on [[14 January 2027|date]]. We have been working with you since [[12 August 2026|date]], when your midwife,
[[Jo Sayer|name]], told us you were pregnant. We want to tell you clearly what we are worried about, what needs to change, and
what will happen if it does not. This is called the Public Law Outline (PLO).

What we are worried about
1. Your baby's daily care. In the assessment, [[Summer|name]] needed reminding about feeds and nappies in every practice session,
   and you both told [[Priya Nandra|name]] that nights will be "the hard part".
2. [[Josh Pettman|name]]. He hurt [[Summer|name]] in 2022 and 2023. He is due out of prison on [[2 March 2027|date]]. On
   [[18 November 2026|date]] a friend of his, [[Tanya Rowden|name]], messaged [[Summer|name]] on Facebook.
3. The flat. There is damp in the bedroom where the baby will sleep. Mr [[Arslan|name]] has not fixed it yet.
4. [[Kyle|name]] was cautioned on [[30 October 2026|date]] after an argument with a neighbour, Mr [[Dennis Brett|name]], at
   [[Flat 5|address]]. [[Kyle|name]] says the neighbour started it; we need to talk about it.

What we want you to do
- Agree a plan for the first 12 weeks with [[Lorraine Ashford|name]] and [[Violet Goodban|name]] (who will be where, and when).
- Block [[Josh Pettman|name]] and [[Tanya Rowden|name]] on every app and tell [[Priya|name]] if either of them contacts you.
- Let the family support worker, [[Stacey Dunn|name]], visit every day in the first two weeks after the baby comes home.
- Go to the meeting below with a solicitor.

The meeting: Thursday [[17 December 2026|date]] at 10:00, [[Cecil Square|address]], [[Margate|place]]. A list of solicitors is enclosed;
legal aid is free for this meeting. If you need help getting there, ring [[Priya Nandra|name]] on [[03000 419 222|phone]].

Yours sincerely
[[Helen Tremain|name]], Service Manager, [[Thanet|place]]
""",
    ),
    (
        "father's email to the social worker",
        """From: [[kyle ashford|name]] <[[kyleashford00@hotmail.co.uk|email]]>
To: [[priya.nandra@stourcoast.gov.uk|email]]
Date: Fri, [[11 Dec 2026|date]] 00:47
Subject: the letter

hi [[priya|name]] its [[kyle|name]]. sorry its late [[summer|name]]s asleep. we got the letter and she was crying all night she
thinks your taking the baby like with [[harley|name]] and i said no [[priya|name]] said its not like that its a meeting.

i want to say about the thing with [[dennis|name]] at [[no 5|address]]. he was playing his music at 3 in the morning and
[[summer|name]] cant sleep being pregnant and i knocked and he pushed me and i pushed him back. thats it. i said sorry to the
police. my mum says i should of just rang the council.

about [[josh|name]] we have blocked him and [[tanya|name]] and [[summer|name]] changed her number, the new one is
[[07443 172 550|phone]]. her nan [[vi|name]] says she can have the baby in the day at hers in [[st peters|place]] if we need
and my mum is taking 2 weeks off from her job at Westwood Cross. my sister [[courtney|name]] in [[ramsgate|place]] said
we can have her old pram.

we got a solicitor, [[Amanda Crickmore|name]] at [[Boys|name]] & [[Maughan|name]] in [[margate|place]], she is coming
on the [[17th|date]].

we are trying really hard. please tell them that
[[kyle|name]]
sent from my iphone
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 37 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:45 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "insp",
    "cllr",
    "nurse",
    "sister",
    "coach",
    "our",
    "me",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "grandpa",
    "mum",
    "mummy",
    "mam",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "khun",
    "abouna",
    "father",
    "teta",
    "baba",
    "mama",
    "น้า",
    "แม่",
    "تيتا",
    "عمو",
    "عمك",
    "ماما",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {
    "england",
    "wales",
    "britain",
    "great britain",
    "united kingdom",
    "uk",
    "kent",
    "east kent",
    "sussex",
    "east sussex",
    "thailand",
    "egypt",
    "isan",
    "the north",
    "europe",
}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Khun Anong",
# "Abouna Bishoy Tadros", "Father Bishoy", "Auntie Lek", "น้าเล็ก", "عمو هاني", "Insp Cheeseman"; and after one: "senior") and
# counties, regions and countries ("Kent", "East Sussex", "Thailand", "Egypt", "Isan").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
