"""Set 54: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets 55
to 57 and their tests (written by other helpers at the same time), that did not run the detector or any bench script that runs
it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py (its docstring,
records and opening document, its last documents and its checker, the layout and marking conventions followed here) and
tests/test_redaction_set21.py in full; the docstrings of bench/redaction_set7.py to redaction_set53.py, printed on their own
and searched only for Surrey towns and districts and for the communities earlier sets used; the module docstring and helpers
(`_party`, `Records`, `HandSet`, `word_problems`) of bench/redaction_handwritten.py. Phone numbers were made and checked with
the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Surrey, each from a town, district or estate no earlier set used as a family's home. Four white British or
Irish families: a mother with low mood in one of the last occupied flats of the Sheerwater regeneration in Woking, with a
grandmother in Byfleet and a father in Addlestone (Kemp / Ashby; a boy of 9 bitten by a friend's dog, a toddler with delayed
speech, missed school, a decant to St John's); a girl of 14 on the Park Barn estate in Guildford, going missing with an older
boyfriend to Ash Vale, North Camp and Aldershot, with a grandfather in Stoughton (Penfold / Stone; child sexual exploitation, a
younger brother threatened); a boy of 15 from Earlswood, Redhill, caught with drugs on a county line to Brighton, and his
brother of 13 approached in turn, with a father in Salfords (Weller; National Referral Mechanism, an exploitation panel, a
police search); and a grandmother from Dublin in Stanwell, Staines, becoming special guardian of two grandchildren after
their mother's overdose, the mother now in Ballyfermot (Doyle). Two from communities no earlier set used: a Japanese and white
British family in Old Dean, Camberley, with a grandmother in Sakai, Osaka (Pryce / Morimoto; a mother's depression after a
separation and an overdose, a girl of 12 self-harming and caring for her brother, a grandmother who flies over), and a
Lebanese family in Goldsworth Park, Woking, from Zahlé and Achrafieh (Haddad / Khoury; a father's non-fatal strangulation of
the mother, passports kept from her, a girl of 14 who rang 999, pressure from relatives in Walton-on-Thames and Zahlé). 24
documents, half of them professional recording (a health visitor's referral web form, a child and family assessment, a letter
to the children's mental health service, s47 strategy minutes, a police domestic abuse record, an initial child protection
conference report, a return home interview, a chronology table, an NRM referral summary, exploitation panel minutes, a special
guardianship assessment, a kinship team's letter) and half of other kinds, of types or styles no earlier set used where it
could: a Facebook Messenger chat typed up by a mother, a regeneration decant officer's tablet notes, LINE messages in Japanese
with the interpreter's translation, a school counsellor's handwritten drop-in form run through OCR (with O for 0 and l for I),
Lebanese Arabic voice notes transcribed and translated, a girl's own letter to her conference, Snapchat screenshots typed up by
a police officer, a shop assistant's section 9 witness statement, a mother's email to a school written on her phone in lower
case, a body-worn video transcript, a grandmother's scanned diary of contact calls, and a social worker's fast notes typed on a
phone.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Japan, Lebanon, Ireland); NHS numbers and UPNs (Surrey's LA number, 936) pass their
check digits; NI numbers have a valid format. The council is invented (Wey and Mole County Council, weymole.gov.uk), and so are
the Saturday Japanese school (Surrey Hoshuko), the pre-school (Puddleducks), the nursery (Little Cedars), the solicitors (Saab &
Partridge), the removal and loft firms and the residential block (Hermitage House); towns, districts, estates, villages, real
schools and colleges, charities, NHS bodies, hospitals, surgeries, police forces, courts, prisons, airports, brands, apps,
programmes and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
DI, Supt, mrs, Teta, Khalto, Nana, mammy, grandad, Mama, Baba, ماما, أبو, おばあちゃん, Obaachan) stay outside the name span, and
so do honorifics after a name (-chan, さん, ちゃん: "[[Rin|name]]-chan", "[[中村|name]]さん", "[[りん|name]]ちゃん"); every person's
name is a name in every form, record or not; "SURNAME, First" is one span ("KEMP, Chelsea", "PRYCE, Rin", "HADDAD, Rania");
an initial with a surname is one span ("G MUNDY", "C Kemp", "H. Marchetti", "A Sandhu", "P Doyle", "M. Goodyear"), and so is a
first name with an initial ("Maya H"); initials alone ("R", "P", "K", "MF", "SW", "AW", "mrs D") are not marked; a name broken
by a line break is one span holding the break, and so is an address, a place, a school or a date; usernames ("kaydz_gu12")
are not marked, but a display name that is a person's plain name or nickname is ("kayden", "harls"); a contact saved under a
kinship word ("Mum 💕", "おばあちゃん", "ماما") is not a name; a family name in a group chat's title ("عيلة خوري", "Khoury
family") is a name. A street address is one span, its town a place, its postcode a postcode (an Irish Eircode, "D10 X2F4", is a
postcode); a street named without a number is an address, and so is a neighbour's bare number ("no. 15", "no. 61"); towns,
cities, villages, districts and estates are places, at home or abroad and in any script ("堺", "ギルフォード", "زحلة", "ووكينغ",
"والتون", "Dublin 10"); countries, counties, regions and boroughs are not ("Surrey", "Hampshire", "Lebanon", "Japan",
"Spelthorne", "Surrey Heath", "Reigate and Banstead", the Bekaa valley, Kansai); organisations are not marked even when they
hold a town's or a person's name ("Sheerwater Health Centre", "Frimley Park Hospital", "Royal Surrey", "Staines Magistrates'
Court", "Guildford Magistrates'", "the Family Court at Guildford", "Stanwell Road Surgery", "East Surrey College", "Raven
Housing Trust", "Redhill Streetwork", "Spelthorne Lofts", "Bishops Removals", "Londis"); a school's name is a school, and so is
its short form, a nursery's and a pre-school's ("Broadmere", "Kings College", "Winston Churchill", "Lorraine", "Puddleducks",
"stanwell fields"); a date of birth is dob (an adult's too), any other calendar date with a day is date (a weekday before it
stays outside), and the bare day in a diary line or a message ("14th", "the 24th", "12日", "the 12th") is a date; months and
years alone are not marked; pets' names (Bruno, Pickle) are not names; a firm named after people marks only the names
("[[Saab|name]] & [[Partridge|name]]"); parks, lakes, airports and stations' landmarks stay unmarked (Stoke Park, the Memorial
Park, Heathrow, Gatwick, 関空); a service, team or branch named by its town marks the town ("[[Woking|place]] Family
Safeguarding Team", "[[Woking|place]] West", "[[Guildford|place]] custody", "[[Reigate|place]] PRU", "[[Woking|place]]
station"), as set 21's "Plymouth PDU" does.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a nickname made of
initials that a child is called by ("TJ", "tj") is a name, unlike initials used as a recorder's shorthand; a man known only by
a street name ("Big T", "big t", "Benz", "Dre", "Ty") is a name, as an alias is; "Ash" is a name when it is the boy and a place
when it is the village near Aldershot ("we going [[ash|place]]"), and "camp" for North Camp is a place, as set 21's "Cas" was;
"Hale" is a teacher's surname here and marked as a name; a school named after a person ("Winston Churchill") is a school; an
OCR split inside a word ("Guildf\nord") is one place span holding the break; the church the grandmother gives as her address
("Mar Elias", "مار الياس") is an address; a partial number that a mother corrects herself on ("07700") is not a phone; a
council office's role address (pastoral@...) and an organisation's email are not marked, only people's; a kinship phrase
"أبو كريم" ("Karim's father") marks only the name; a Japanese date with its weekday in brackets ("2026/10/09(金)") marks
the date and leaves the weekday out; a case, occurrence, URN, device or tenancy reference is not marked.

Self-check without the detector: `python -m bench.redaction_set54` (and tests/test_redaction_set54.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions, boroughs and countries, and prints the number of documents and gold spans per kind: 24
documents, 1,013 gold spans, 566 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Kemp / Ashby family (white British), Sheerwater, Woking ---------------------------------------------------------------

HOME_A = d.Address("23 Blackmore Crescent", "Sheerwater", "Woking", "GU21 5NW")
NAN_A = d.Address("6 Rectory Lane", "Byfleet", "West Byfleet", "KT14 7LU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Kemp")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["195 666 6265", "Z936334717945"],
       schools=["Broadmere Primary Academy"]),
    _p("s", "sibling", [("Poppy", "Ashby")], dt.date(2021, 8, 30), addresses=[HOME_A], ids=["649 180 0024"]),
    _p("m", "mother", [("Chelsea", "Kemp")], dt.date(1995, 1, 17), addresses=[HOME_A], phones=["07957 685 019"],
       ids=["JK 61 30 27 B"]),
    _p("f", "father", [("Ryan", "Ashby")], dt.date(1993, 10, 2), phones=["07917 115 499"]),
    _p("g", "grandparent", [("Tracey", "Kemp")], dt.date(1971, 6, 12), addresses=[NAN_A], phones=["01483 694 282"]),
    _p("p1", "professional", [("Imogen", "Farrant")], emails=["imogen.farrant@weymole.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's referral to the children's single point of access, typed into the web form", """WEY AND MOLE CHILDREN'S SINGLE
POINT OF ACCESS - REQUEST FOR SUPPORT (web form, submitted [[02/10/2026|date]] 16:41)

Section 1 - About the child(ren)
Child 1: Surname [[KEMP|name]]   Forename(s) [[Tyler-Jay|name]]   DOB [[09/04/2017|dob]]   NHS [[195 666 6265|nhs]]
School: [[Broadmere Primary Academy|school]]   UPN (if known): [[Z936334717945|upn]]
Child 2: Surname [[ASHBY|name]]   Forename(s) [[Poppy|name]]   DOB [[30/08/2021|dob]]   NHS [[649 180 0024|nhs]]
Nursery / pre-school: none (was at [[Puddleducks|school]] until July, place lost for non-attendance)
Address: [[23 Blackmore Crescent|address]], [[Sheerwater|place]], [[Woking|place]] [[GU21 5NW|postcode]]
Parent / carer 1: [[Chelsea Kemp|name]] (mother), [[07957 685 019|phone]], DOB [[17.01.1995|dob]]
Parent / carer 2: [[Ryan Ashby|name]] (father of [[Poppy|name]] only), lives in [[Addlestone|place]], [[07917 115 499|phone]]
Other significant adults: maternal grandmother [[Tracey Kemp|name]], [[6 Rectory Lane|address]], [[Byfleet|place]], [[01483 694 282|phone]]

Section 2 - Referrer
Name: [[Nadia Okafor-Leigh|name]]   Role: Health Visitor, 0-19 team ([[Woking|place]] West)   Tel: [[01483 473 795|phone]]
Email: [[nadia.okafor-leigh@nhs.net|email]]

Section 3 - What are you worried about?
I visited on [[29 September|date]] for [[Poppy|name]]'s overdue 2-and-a-half year review (missed [[14 July|date]] and
[[11 August|date]]). The
flat is one of the last occupied on the crescent because of the regeneration; the block next door is boarded. Mum said
the decant team have offered her a flat in [[Knaphill|place]] but "it's miles from [[Tyler|name]]'s school and me mum".
Home conditions: dog mess in the hallway and on the balcony (a large dog, "Bruno", shut in the bedroom while I was
there), no food seen apart from crisps and a loaf, [[Poppy|name]] in a nappy that had clearly not been changed since the
night, nappy rash broken in two places. [[Poppy|name]] has only about 10 words and did not respond to her name.
[[Tyler-Jay|name]] was at home (11:20 on a Tuesday) - Mum said he had "a tummy ache". He had a healing bite mark on his left
forearm which he said was from "Bruno" on the Saturday; no medical attention was sought. Mum said the dog belongs to her
friend [[Kirsty|name]] who lives in [[Maybury|place]] and is "only staying till she gets her new place".
Mum was tearful and said she has not left the flat much since [[Ryan|name]] left in the summer. She has a GP appointment at
the Sheerwater Health Centre and agreed to this referral. She said her neighbour at no. 19, an older man she calls
"[[Del|name]]", sometimes takes [[Tyler-Jay|name]] to school.

Section 4 - Consent: Mother consents (verbal, [[29/09/2026|date]]). Father not asked.
"""),
    ("child and family assessment: analysis and plan section", """CHILD AND FAMILY ASSESSMENT - [[Tyler-Jay KEMP|name]] and
[[Poppy ASHBY|name]]
Social worker: [[Imogen Farrant|name]], [[Woking|place]] Family Safeguarding Team   Started [[5 October 2026|date]]   Completed
[[16 Nov 2026|date]]

Who was seen: [[Tyler-Jay|name]] (seen alone at [[Broadmere|school]] on [[8 October|date]] and at home on [[22 October|date]] and
[[4 November|date]]), [[Poppy|name]] (seen at home on each visit), [[Chelsea|name]] (mother), [[Ryan Ashby|name]] (father of [[Poppy|name]],
seen at his flat in [[Addlestone|place]] on [[29 October|date]]), Mrs [[Tracey Kemp|name]] (maternal grandmother, by phone and at
her home in [[Byfleet|place]]), Ms [[Rebecca Hale|name]] (Deputy Head and DSL at [[Broadmere|school]]), [[Nadia Okafor-Leigh|name]] (health
visitor), the decant officer [[Gareth Mundy|name]] (Woking Borough Council).

Analysis
[[Chelsea|name]] is 31. She grew up in [[Old Woking|place]] and [[Westfield|place]] and was herself known to children's services as a
teenager after her stepfather's violence. She describes low mood since [[Ryan|name]] moved out in June, and her GP has now
started her on sertraline. [[Tyler-Jay|name]] ("[[TJ|name]]" to his family) has missed 31 sessions this term; when he is in school he is
hungry and tired and Ms [[Hale|name]] describes him as "a lovely, anxious boy who is always asking if his mum is OK". He told me
he likes [[Del|name]] next door "because he's got a parrot" and that he is scared of the dog. The dog was removed by
[[Kirsty Pellow|name]] on [[20 October|date]] after I asked, and [[TJ|name]]'s bite has healed; he has a small scar.
[[Poppy|name]]'s speech is delayed. She has now been seen by the speech and language therapist ([[Sian Groves|name]]) and has
a place again at [[Puddleducks Pre-school|school]] from [[2 November|date]], funded under the two-year-old offer.
[[Ryan|name]] is 33 and works as a scaffolder in [[Chertsey|place]]. He was not aware of how things had become and has agreed to
take [[Poppy|name]] every Saturday and to do the Wednesday school run; his partner [[Leanne|name]] is supportive.
Mrs [[Kemp|name]] is willing to help but works shifts at the care home in [[West Byfleet|place]] and does not drive.
The move: the family has accepted a two-bedroom flat at [[Flat 8, Hermitage House|address]], [[St John's|place]],
[[Woking|place]] [[GU21 8TB|postcode]], from [[7 December 2026|date]]. [[TJ|name]] will stay at [[Broadmere|school]]; school transport
agreed.

Plan (child in need): weekly visits to [[18 December|date]], then fortnightly; [[TJ|name]] to join the school's breakfast
club; health visitor to see [[Poppy|name]] monthly; [[Chelsea|name]] referred to Mind in West Surrey and the family
centre in [[Sheerwater|place]] (Parenting Puzzle); review on [[12 January
2027|date]].
"""),
    ("Facebook Messenger chat between a mother and her mother, printed and typed up by the mother for a meeting",
     """(I printed this off my phone for the meeting because [[Imogen|name]] asked how I manage with mum, I've typed it out,
[[Chelsea|name]])

MESSENGER - Mum 💕
[[03/10/2026|date]]
Mum 💕: u up?? did the health visitor come
Me: yeh she came tuesday. shes referring us to social services 😭😭
Mum 💕: oh [[chels|name]]. did u tell her about the dog
Me: she seen it mum it was in the bedroom. its [[kirsty|name]]s not mine
Mum 💕: get [[kirst|name]] to take that dog back to [[maybury|place]] TODAY
Mum 💕: and get [[tj|name]] in school tmrw I'll get him if [[del|name]] cant
[[04/10/2026|date]]
Me: [[ryan|name]] says he's not having [[pops|name]] this weekend hes working in [[camberley|place]] 🙄
Mum 💕: his mum [[sandra|name]] could have her she lives in [[new haw|place]] 5 mins from him
Me: [[sandra|name]] hates me since the christening
Mum 💕: typical. bring her to mine I'm not on till sunday
Mum 💕: get the 436 to [[west byfleet|place]] I'll meet u at the co-op
Me: cant afford the bus mum
Mum 💕: I'll send u £20 on the app x
[[10/10/2026|date]]
Me: social worker is called [[imogen|name]]. shes ok actually. posh but ok
Mum 💕: told u. [[janice|name]] at work said they're not all like the one we had
Me: she wants to see [[tj|name]] at school on her own
[[21/10/2026|date]]
Me: [[Kirsty|name]] took the dog 🙏 [[TJ|name]] cried lol he actually liked it by the end
Mum 💕: good. now clean that flat. I'm coming sat with the hoover
[[06/11/2026|date]]
Me: we got the flat in [[st johns|place]]!!!! hermitage house. 7th dec
Mum 💕: 🥳🥳 [[st johns|place]] is lovely. [[tj|name]] can still do [[broadmere|school]]?
Me: yeh they're doing a taxi
Mum 💕: love u. proud of u [[chels|name]] xxx
"""),
    ("regeneration decant officer's visit notes typed on a tablet, with the tablet's auto-filled fields", """SHEERWATER REGENERATION -
DECANT VISIT RECORD                    Device: WBC-iPad-0412  GPS: on  Synced [[27/10/2026|date]] 18:02
Officer: [[G MUNDY|name]]          Tenancy ref: SHW/BC/0023          Visit date: [[27-10-2026|date]] 10:05
Tenant(s): [[KEMP, Chelsea|name]]      Household: 1 adult, 2 children ([[KEMP, Tyler-Jay|name]] 9, [[ASHBY, Poppy|name]] 5)
Current address: [[23 Blackmore Cres|address]], [[Sheerwater|place]] [[GU21 5NW|postcode]]        Phone: [[07957685019|phone]]
Band: A (decant)   Bedroom need: 2   Offers made: 1) [[12 Barnsbury Close|address]], [[Knaphill|place]] - refused [[01/09|date]]
2) [[Flat 8 Hermitage House|address]], [[St John's|place]] - viewed [[26/10|date]], ACCEPTED

notes (typed on site, sorry for typos):
- tnt says sw involved ([[Imogen Farant|name]]?) and happy for us to share, signed consent form B
- dog gone. flat cleaner than last visit. smell of damp in the back bed - reported to repairs but block due for demo anyway
- tnt asks can removal be sat [[5th dec|date]] as her mum [[Tracey|name]] can help & she has no car. ok'd with Bishops Removals
- tnt asks re the neighbour no. 19 ([[Derek Poole|name]], "[[Del|name]]") - hes our last tenant in block c, moving to [[Goldsworth
Park|place]] in jan. she wants to keep in touch as he helps w/ the boy. told her we can't give his new address but he can
- [[Poppy|name]] at home, playing, dressed. tnt says pre-school starts [[2/11|date]]
- child ([[TJ|name]]) at school today
- storage: sofa, 2 beds, washing machine. white goods pack needed? YES - applied to the Household Support Fund
- next contact: key handover at the Civic Offices, [[4 December|date]] 2pm

Signature (tenant): [[C Kemp|name]]          Signature (officer): [[G.Mundy|name]]
"""),
]


# --- B. Pryce / Morimoto family (Japanese and white British), Old Dean, Camberley ---------------------------------------------

HOME_B = d.Address("41 Bain Avenue", "Old Dean", "Camberley", "GU15 4JT")
GRAN_B = d.Address("3-12-7 Mikunigaoka", "Sakai-ku", "Sakai", "590-0023")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Rin", "Pryce")], dt.date(2014, 2, 21), addresses=[HOME_B], ids=["623 277 6844", "B936452015347"],
       schools=["Kings International College"]),
    _p("s", "sibling", [("Sota", "Pryce")], dt.date(2018, 11, 5), addresses=[HOME_B], ids=["209 545 9016"],
       schools=["Lorraine Infant School"]),
    _p("m", "mother", [("Haruka", "Pryce"), ("Haruka", "Morimoto")], dt.date(1986, 7, 28), addresses=[HOME_B],
       phones=["07471 600 928"]),
    _p("f", "father", [("Daniel", "Pryce")], dt.date(1983, 3, 14), phones=["07956 465 788"]),
    _p("g", "grandparent", [("Keiko", "Morimoto")], addresses=[GRAN_B], phones=["+81 72 238 5519"]),
    _p("p1", "professional", [("Owen", "Thackeray")], emails=["owen.thackeray@weymole.gov.uk"]),
], "c")

DOCS_B = [
    ("social worker's referral letter to the children's mental health service", """Wey and Mole County Council, Surrey Heath Family
Safeguarding Team

[[18 September 2026|date]]

Mindworks Surrey, Single Point of Access
Dear colleague,

Re: [[Rin PRYCE|name]], DOB [[21.02.2014|dob]], NHS [[623 277 6844|nhs]]
[[41 Bain Avenue|address]], [[Old Dean|place]], [[Camberley|place]] [[GU15 4JT|postcode]]

I am writing to ask for an urgent assessment for [[Rin|name]], who is 12 and in Year 8 at [[Kings International College|school]]. On
[[14 September|date]] her form tutor, Mr [[Abbas|name]], saw fresh cuts on her inner forearm during PE and the school nurse ([[Fiona
Gallacher|name]]) dressed them. [[Rin|name]] told the nurse she has cut "since Easter" with a pencil-sharpener blade and that she
"sometimes thinks it would be easier not to be here". She has no plan. She was seen the same day by Dr [[Priya Nandakumar|name]]
at the Frimley Park Hospital emergency department and discharged home with a safety plan.

[[Rin|name]] lives with her mother, Mrs [[Haruka Pryce|name]] (born [[Haruka Morimoto|name]] in [[Sakai|place]], near [[Osaka|place]]), and
her brother [[Sota|name]], 7, who is at [[Lorraine Infant School|school]]. Her father, Mr [[Daniel Pryce|name]], left the family home in
March and now lives with a new partner in [[Frimley Green|place]]; he sees the children every other Sunday. Mrs [[Pryce|name]]
speaks good English but prefers to talk about feelings in Japanese; an interpreter ([[Mariko Stead|name]], through the
council's contract) was used on my visit of [[16 September|date]]. Mrs [[Pryce|name]] told me she has been "very low" since the
separation, sleeps in the day when the children are at school, and has not told her own mother in Japan. [[Rin|name]] said
she does the cooking most nights and gets [[Sota|name]] ready; she said "Mum cries in the bath so we can't hear".

[[Rin|name]] spoke warmly of her grandmother, [[Keiko Morimoto|name]], who stayed with them for three months after [[Sota|name]] was born,
and of her Saturday Japanese school in [[Guildford|place]] ([[Surrey Hoshuko|school]]), which she stopped going to in May. Her
friend [[Ella-Mae Dunster|name]] from [[Heatherside|place]] is the only person she says she talks to.

Mrs [[Pryce|name]] can be reached on [[07471 600 928|phone]] and Mr [[Pryce|name]] on [[07956 465 788|phone]]. Both consent to this
referral. I have also referred Mrs [[Pryce|name]] to Talking Therapies and asked her GP, Dr [[Lennox|name]] at the Park
House surgery, to review her.

Yours faithfully,
[[Owen Thackeray|name]], Social Worker
[[owen.thackeray@weymole.gov.uk|email]] | [[01276 926 296|phone]]
"""),
    ("strategy discussion minutes after a further incident", """STRATEGY DISCUSSION (s47) - MINUTES
OFFICIAL-SENSITIVE
Child: [[PRYCE, Rin|name]] ([[21/02/2014|dob]])   Sibling: [[PRYCE, Sota|name]] ([[05/11/2018|dob]])
Held: Thursday [[8 October 2026|date]], 10:00-10:55, Microsoft Teams
Chair: [[Carys Beddow|name]] (Team Manager)   Minutes: [[Jordan Attwell|name]] (Business Support)
Present: [[Owen Thackeray|name]] (SW); DC [[Sam Whitlock|name]] (Surrey Police, Child Abuse Investigation Unit); [[Amrit Sandhu|name]]
(DSL, [[Kings International College|school]]); [[Louise Ferrar|name]] (Named Nurse, Frimley Health); [[Gemma Ryle|name]] (Headteacher,
[[Lorraine Infants|school]])

1. Reason for the discussion
On [[7 October|date]] at about 19:30 [[Rin|name]] rang 999 herself from [[41 Bain Ave|address]]. Police found Mrs [[Haruka Pryce|name]]
asleep and hard to rouse, with an empty box of her prescribed zopiclone and a bottle of wine; [[Sota|name]], 7, had been
put to bed by [[Rin|name]]. Mrs [[Pryce|name]] was taken to Frimley Park and is now on Ward F5, medically fit; she told the
psychiatric liaison nurse it was not a deliberate overdose. The children went that night to their father, Mr [[Daniel
Pryce|name]], at [[Flat 2, 9 Guildford Road|address]], [[Frimley Green|place]] [[GU16 6NL|postcode]], where they remain. His partner
is [[Stacey Lomas|name]]; police checks on her and Mr [[Pryce|name]]: nothing of note.

2. Information shared
- SW: visits of [[16 Sept|date]], [[29 Sept|date]] and [[6 Oct|date]]; mother low but engaging; CAMHS triage booked for [[20 October|date]].
- Police: one previous call, [[12/03/2026|date]], a verbal argument when Mr [[Pryce|name]] moved out; no injuries.
- School (Mr [[Sandhu|name]]): [[Rin|name]]'s attendance 88%; she told her friend [[Ella-Mae|name]] on [[6 October|date]] that her mum
"keeps saying sorry for being alive". [[Ella-Mae|name]]'s mother, Mrs [[Joanne Dunster|name]] of [[Heatherside|place]], rang the
school the next morning.
- Health: [[Rin|name]]'s cuts healing; GP Dr [[Lennox|name]] saw mother on [[1 October|date]] and increased her sertraline.
- [[Lorraine|school]]: [[Sota|name]] "quiet, wet himself twice this term"; he told his teacher Mrs [[Kaur|name]] that "[[Rin|name]]-chan
is the
mummy now".
- Maternal grandmother Mrs [[Keiko Morimoto|name]] ([[+81 72 238 5519|phone]]) was rung by Mr [[Pryce|name]] last night and is flying
from Kansai airport on [[12 October|date]]; she will stay at the family home.

3. Decision: threshold met for a single-agency (social care) s47 enquiry; no criminal investigation. Initial child protection
conference to be considered on the outcome. Children to stay with father until mother's discharge and a plan agreed with the
grandmother. Interpreter (Japanese) for all meetings with the mother and grandmother.

Actions: [[Owen|name]] to see [[Rin|name]] and [[Sota|name]] at Mr [[Pryce|name]]'s by [[9 October|date]]; [[Louise|name]] to liaise with
the
ward; [[Amrit|name]] to arrange a key adult for [[Rin|name]]; next strategy review [[22/10/2026|date]].
"""),
    ("LINE messages between a grandmother and her granddaughter in Japanese, typed up with the interpreter's translation",
     """[[Rin|name]] showed these on her phone on [[14 October 2026|date]] and agreed that they could be typed up. Translation from Japanese
by [[Mariko Stead|name]] (interpreter); the Japanese is typed as written.

LINE chat: おばあちゃん (Grandma)
[[2026/10/09|date]](金)
おばあちゃん: [[りん|name]]ちゃん、大丈夫？ママのこと、パパから聞きました。
  ([[Rin|name]]-chan, are you all right? I heard about Mama from Papa.)
[[凛|name]]: 大丈夫。[[そうた|name]]もパパのところにいる。[[ステイシー|name]]はやさしい
  (I'm OK. [[Sota|name]] is at Papa's too. [[Stacey|name]] is kind.)
おばあちゃん: [[12日|date]]に関空から行きます。ヒースローに着くのは[[12日|date]]の夕方です
  (I am coming from Kansai on the [[12th|date]]. I arrive at Heathrow on the evening of the [[12th|date]].)
[[凛|name]]: ほんと？？ママに言った？
  (Really?? Did you tell Mama?)
おばあちゃん: [[遥|name]]には電話しました。泣いていました。あなたのせいじゃないよ、[[凛|name]]
  (I phoned [[Haruka|name]]. She was crying. It is not your fault, [[Rin|name]].)
[[2026/10/11|date]](日)
[[凛|name]]: おばあちゃん、[[堺|place]]の家は誰が見るの？
  (Grandma, who will look after the house in [[Sakai|place]]?)
おばあちゃん: [[中村|name]]さんが猫を見てくれます。心配しないで
  (Mrs [[Nakamura|name]] will look after the cat. Don't worry.)
おばあちゃん: 住所、もう一度送って
  (Send me the address again.)
[[凛|name]]: [[41 Bain Avenue|address]], [[Camberley|place]] [[GU15 4JT|postcode]]。パパのは [[Frimley Green|place]]
  ([[41 Bain Avenue|address]], [[Camberley|place]] [[GU15 4JT|postcode]]. Papa's is in [[Frimley Green|place]].)
[[2026/10/12|date]](月)
おばあちゃん: 着きました！[[ダニエル|name]]さんが迎えに来てくれた
  (I've arrived! [[Daniel|name]] came to pick me up.)
[[凛|name]]: やったーー😭😭
[[2026/10/13|date]](火)
おばあちゃん: 明日、病院で[[遥|name]]に会います。[[凛|name]]は学校へ行きなさい
  (Tomorrow I will see [[Haruka|name]] at the hospital. [[Rin|name]], go to school.)
[[凛|name]]: 土曜日、[[ギルフォード|place]]の補習校にまた行きたい
  (On Saturday I want to go back to the Saturday school in [[Guildford|place]].)
おばあちゃん: いいね。[[森本|name]]のおばあちゃんが連れて行きます
  (Good. Grandma [[Morimoto|name]] will take you.)

Interpreter's note: the grandmother is saved as おばあちゃん ("Grandma"), a kinship word, so it is not a name. The dates are
in the Japanese year/month/day form with the weekday in brackets. [[Nakamura|name]] is a neighbour in [[Sakai|place]].
"""),
    ("a school counsellor's handwritten drop-in form, scanned and run through OCR, with its errors", """[OCR of scanned form -
[[Kings International College|school]] - Wellbeing Hub - page 1 of 1 - scanned [[2 NOV 2026|date]]]

WELLBElNG HUB DROP-lN RECORD            Student: [[Rin Pryce|name]]           Tutor grp: 8AB
D.O.B.: [[21 / 02 / 2O14|dob]]       Date of session: [[30/1O/26|date]]       Seen by: [[H. Marchetti|name]] (counsellor)
Reason: self-referral - "stuff at home"
Notes:
R says nan ("Obaachan") is staying & mum home from hosp since [[19th Oct|date]]. Mum "better but tired". R still does
tea most nights bc nan cooks Japanese & [[Sota|name]] only eats pasta(!). Dad picks up Weds + alt. weekends, R says he
and [[Stacey|name]] "are trying". R back at Sat school in [[Guildf
ord|place]] with friend [[Yuna|name]] ([[Yuna Okabe|name]], Yr 8 at [[Tomlinscote|school]]).
Cutting: last time "before half term", shows arm - healed, no new marks seen. Uses the red-card plan. CAMHS appt was
[[20.10|date]], next [[17 Nov|date]] w/ Dr [[Hollings|name]] (?)
R worried nan goes home to Japan on [[12 Dec|date]] "and then it all goes back".
Safeguarding? [X] passed to DSL ([[A Sandhu|name]]) same day  [ ] no
Signed: [[H Marchetti|name]]
"""),
]


# --- C. Haddad / Khoury family (Lebanese), Goldsworth Park, Woking ------------------------------------------------------------

HOME_C = d.Address("17 Cardingham", "Goldsworth Park", "Woking", "GU21 3LP")
GRAN_C = d.Address("Rue Al Boulevard, Immeuble Maalouf", "Hoch Al Oumara", "Zahle", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Maya", "Haddad")], dt.date(2012, 5, 3), addresses=[HOME_C], ids=["349 370 4542", "V936234315971"],
       schools=["The Winston Churchill School"]),
    _p("s", "sibling", [("Elie", "Haddad")], dt.date(2016, 9, 18), addresses=[HOME_C], ids=["417 950 9113", "X936468013202"],
       schools=["Goldsworth Primary School"]),
    _p("s2", "sibling", [("Joelle", "Haddad")], dt.date(2023, 1, 26), addresses=[HOME_C], ids=["793 355 8194"]),
    _p("m", "mother", [("Rania", "Haddad"), ("Rania", "Khoury")], dt.date(1988, 12, 1), addresses=[HOME_C],
       phones=["07704 449 103"], ids=["SK 48 20 91 C"]),
    _p("f", "father", [("Karim", "Haddad")], dt.date(1982, 4, 22), addresses=[HOME_C], phones=["07956 530 556"],
       ids=["PH 73 05 62 A"]),
    _p("g", "grandparent", [("Nadia", "Khoury")], addresses=[GRAN_C], phones=["+961 8 812 445"]),
    _p("p1", "professional", [("Bethan", "Quarrie")], emails=["bethan.quarrie@weymole.gov.uk"]),
], "c")

DOCS_C = [
    ("police domestic abuse incident record and protection notice summary", """SURREY POLICE - DOMESTIC ABUSE INCIDENT - PUBLIC
PROTECTION NOTICE (summary for partners)
Occurrence: PR/26/118842   Reported: [[24/10/2026|date]] 23:14   Attended: 23:31   OIC: PC 4172 [[Tomasz Wilk|name]]
Location: [[17 Cardingham|address]], [[Goldsworth Park|place]], [[Woking|place]] [[GU21 3LP|postcode]]
Victim: [[HADDAD, Rania|name]] (also known as [[KHOURY|name]]), DOB [[01/12/1988|dob]], [[07704 449 103|phone]]
Suspect: [[HADDAD, Karim|name]], DOB [[22/04/1982|dob]], [[07956 530 556|phone]], vehicle [[GK21 WZT|vehicle]] (grey Audi A4)
Children in household: [[Maya HADDAD|name]] 14, [[Elie HADDAD|name]] 10, [[Joelle HADDAD|name]] 3 - all present

Circumstances: Call from [[Maya|name]] (14) from the upstairs bathroom, whispering, saying her dad was "strangling mum in the
kitchen". Officers heard shouting on arrival. Victim had red marks to the front and both sides of the neck and a
swollen lower lip. She said the suspect had accused her of messaging a man (her cousin [[Fadi|name]] in [[Zahlé|place]]), took her
phone, grabbed her throat with one hand "for a few seconds" and pushed her against the fridge. She says he has done this
once before, in [[Beirut|place]] in 2019. She said he controls the money, keeps her passport and the children's, and does not
let her drive. Suspect calm, said she "fell against the fridge" and that "in our culture the husband deals with these
things"; arrested for non-fatal strangulation (s75A Serious Crime Act 2015) and taken to [[Guildford|place]] custody.
[[Elie|name]] was found hiding under his bed with [[Joelle|name]]. Neighbour Mr [[Graham Ostler|name]] of [[no. 15|address]] said he has
heard
"screaming, in Arabic I think" several times since the summer and once saw [[Maya|name]] sitting outside on the kerb at
midnight. Neighbour on the other side, Mrs [[Pinto|name]], not in.

DASH: 16 ticks - HIGH. MARAC referral made. DVPN authorised [[25/10/2026|date]] by Supt [[Lowther|name]]; DVPO hearing at Staines
Magistrates' Court [[27/10/2026|date]]. Victim's sister [[Lina Khoury|name]], [[Flat 3, 22 Church Street East|address]], [[Woking|place]],
[[07714 801 156|phone]], attended and stayed the night. Interpreter not needed (victim fluent in English and French).
Passports: 4 Lebanese passports recovered from the suspect's car and handed to the victim.
Referred to: Children's Single Point of Access; Your Sanctuary (IDVA); [[Maya|name]]'s school ([[Winston Churchill|school]]) via
Operation Encompass, [[25/10|date]] 07:50.
"""),
    ("initial child protection conference report by the social worker", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Maya Haddad|name]] ([[03/05/2012|dob]]), [[Elie Haddad|name]] ([[18/09/2016|dob]]), [[Joelle Haddad|name]] ([[26/01/2023|dob]])
Conference date: [[13 November 2026|date]]    Author: [[Bethan Quarrie|name]], [[Woking|place]] Family Safeguarding Team
UPNs: [[V936234315971|upn]] ([[Maya|name]]), [[X936468013202|upn]] ([[Elie|name]])     NHS: [[349 370 4542|nhs]], [[417 950 9113|nhs]],
[[793 355 8194|nhs]]

1. Family and network
Mrs [[Rania Haddad|name]] (née [[Khoury|name]]) is 37 and was born in [[Zahlé|place]] in the Bekaa valley; she trained as a pharmacist in
[[Beirut|place]] and came to the UK in 2020 with [[Karim|name]] and the two older children. Mr [[Karim Haddad|name]], 44, is from
[[Achrafieh|place]] and works for an engineering firm in [[Weybridge|place]]. The family are Melkite Catholics and attend church in
[[Kingston|place]]. Mrs [[Haddad|name]]'s mother, [[Nadia Khoury|name]], lives in [[Zahlé|place]] ([[+961 8 812 445|phone]]); her sister
[[Lina|name]] lives in
[[Woking|place]] town centre and her brother [[Georges|name]] in [[Dubai|place]]. Mr [[Haddad|name]]'s brother [[Antoine Haddad|name]]
lives in
[[Walton-on-Thames|place]] and has phoned Mrs [[Haddad|name]] several times asking her to "stop this".

2. What the children say
[[Maya|name]] (Year 10, [[The Winston Churchill School|school]], [[St John's|place]]) said her father "is two people". She has
rung the police before "in my head" many times. She says she is proud of her mum. She asks that her father is not told
what she says. [[Elie|name]] (Year 6, [[Goldsworth Primary|school]]) said "Baba shouts at Mama in Arabic so we don't understand, but we
understand." [[Joelle|name]] is at [[Little Cedars Nursery|school]] three mornings a week; her key person [[Hollie Baines|name]] says she
startles at raised voices. [[Maya|name]] wrote a letter to this conference (attached).

3. Since [[24 October|date]]
The DVPO was granted for 28 days on [[27 October|date]]. Mr [[Haddad|name]] is living with his brother in [[Walton|place]]. He was
charged on
[[3 November|date]] and is on bail not to contact Mrs [[Haddad|name]] or go to [[Goldsworth Park|place]]; first hearing at Guildford
Magistrates' on [[1 December 2026|date]]. Contact with the children: none at present, at Mrs [[Haddad|name]]'s wish; he has asked
through his solicitor, Ms [[Reem Saab|name]] of [[Saab|name]] & [[Partridge|name]], for supervised contact.
Mrs [[Haddad|name]] is working with an IDVA ([[Charlotte Mbeki|name]]) and has a new phone ([[07925 549 767|phone]]).

Recommendation: a child protection plan for all three children (emotional abuse; physical abuse risk to [[Joelle|name]]).
"""),
    ("voice notes from a family WhatsApp group, transcribed and translated from Lebanese Arabic by an interpreter",
     """TRANSCRIPT OF VOICE NOTES - prepared by [[Samir Azar|name]], interpreter (Arabic), at the request of the social worker,
[[20/11/2026|date]]. The mother played them from her phone. Arabic as spoken, then English. Group name: "عيلة [[خوري|name]] 🇱🇧"
("[[Khoury|name]]
family") - the family name in the group title is a name.

[1] [[15/11/2026|date]] 19:02 - ماما (Mama, i.e. the mother's mother) - 0:48
"[[رانيا|name]] حبيبتي، كيفك؟ كيف [[مايا|name]] و[[إيلي|name]] و[[جويل|name]]؟ [[أنطوان|name]] حكاني اليوم من [[والتون|place]]، عم يقول
إنو لازم ترجعي عن
الشكوى"
"[[Rania|name]] my darling, how are you? How are [[Maya|name]] and [[Elie|name]] and [[Joelle|name]]? [[Antoine|name]] called me today from
[[Walton|place]], saying you must withdraw the complaint."
[2] [[15/11/2026|date]] 19:05 - [[لينا|name]] ([[Lina|name]], the sister) - 0:31
"ماما، ما تردّي عليه. يلي عملو [[كريم|name]] جريمة هون"
"Mama, don't answer him. What [[Karim|name]] did is a crime here."
[3] [[16/11/2026|date]] 08:40 - ماما - 1:12
"طيب. بس انتبهي يا [[رانيا|name]]. أبو [[كريم|name]] عم يخبّر كل [[زحلة|place]]. بيتنا عند [[مار الياس|address]]، إذا بدك تجي مع الولاد
أهلا وسهلا"
"All right. But be careful, [[Rania|name]]. [[Karim|name]]'s father is telling the whole of [[Zahlé|place]]. Our house is by [[Mar
Elias|address]]; if you want to come with the children, you are welcome."
[4] [[16/11/2026|date]] 09:15 - [[جورج|name]] ([[Georges|name]], the brother, in [[Dubai|place]]) - 0:22
"[[روني|name]]، بحوّلك مصاري اليوم. ما تاخدي الولاد على لبنان هلق، خليكي بـ[[ووكينغ|place]]"
"[[Rony|name]] (his name for her), I'm transferring you money today. Don't take the children to Lebanon now, stay in
[[Woking|place]]."
[5] [[17/11/2026|date]] 21:30 - [[Rania|name]] (the mother) - 0:40
"شكرا [[جورج|name]]. [[مايا|name]] كتبت رسالة للاجتماع. أنا فخورة فيها"
"Thank you [[Georges|name]]. [[Maya|name]] wrote a letter for the meeting. I'm proud of her."

Note: "ماما" and "Mama" are kinship words, not names; "أبو [[كريم|name]]" ("[[Karim|name]]'s father") is a kinship phrase, and only
"[[Karim|name]]" is marked. "[[Mar Elias|address]]" is the church and its street in [[Zahlé|place]]; the grandmother uses it as her address.
"""),
    ("a girl's own letter to her child protection conference, typed by her", """To the people at the conference about my family
([[13th November|date]])

My name is [[Maya|name]]. I am 14 and I'm in year 10 at [[Winston Churchill|school]]. My little brother is [[Elie|name]] and my little
sister is [[Joelle|name]] (she is 3 and she's obsessed with Bluey).

I want to say first that my mum is the bravest person I know. When we lived in [[Achrafieh|place]] my dad was different
and I remember going to the beach at [[Batroun|place]] with him and Teta [[Nadia|name]]. When we came to [[Woking|place]] he got more
angry because of his job and because mum wanted to work as a pharmacist again. He said no one in [[Goldsworth|place]] would
care what happened to us because we are foreign.

On the night of the [[24th|date]] I rang 999. I was so scared my voice didn't work. The police lady [[Tamsin|name]] was really
kind and let me sit in the car. [[Elie|name]] won't talk about it but he wets the bed again. [[Joelle|name]] keeps saying
"Baba coming?"

What I want:
1. I don't want to see my dad yet. Maybe at Christmas, with Khalto [[Lina|name]] there.
2. I want uncle [[Antoine|name]] to stop ringing my mum. He rang her 9 times on Saturday [[14th|date]].
3. I want to stay at my school. My best friend is [[Grace Adeyemi|name]] and my form tutor Mr [[O'Hare|name]] knows.
4. I want [[Elie|name]] to have someone to talk to like I have [[Bethan|name]].
5. Please don't send us to Lebanon, it's not safe there now and my teta's flat in [[Zahle|place]] is tiny.

Thank you for reading this.
[[Maya H|name]]
"""),
]


# --- D. Penfold / Stone family (white British), Park Barn, Guildford ---------------------------------------------------------

HOME_D = d.Address("58 Cabell Road", "Park Barn", "Guildford", "GU2 8JL")
GRAN_D = d.Address("4 Grange Close", "Stoughton", "Guildford", "GU2 9QP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Harley", "Penfold")], dt.date(2012, 6, 14), addresses=[HOME_D], ids=["263 396 4958", "Q936275215675"],
       schools=["Kings College for the Arts and Technology"]),
    _p("s", "sibling", [("Reggie", "Stone")], dt.date(2018, 3, 2), addresses=[HOME_D], ids=["295 509 6598"]),
    _p("m", "mother", [("Jade", "Penfold")], dt.date(1991, 9, 8), addresses=[HOME_D], phones=["07988 032 776"]),
    _p("f", "father", [("Lee", "Stone")], dt.date(1989, 2, 19), addresses=[HOME_D], phones=["07522 335 902"],
       ids=["NZ 26 84 17 D"]),
    _p("g", "grandparent", [("Terry", "Penfold")], dt.date(1960, 11, 30), addresses=[GRAN_D], phones=["01483 473 795"]),
    _p("p1", "professional", [("Rosie", "Caldecott")], emails=["rosie.caldecott@weymole.gov.uk"]),
], "c")

DOCS_D = [
    ("independent return home interview after a missing episode", """RETURN HOME INTERVIEW (independent)          Missing episode no. 6
(this year)
Young person: [[Harley PENFOLD|name]]   DOB: [[14th June 2012|dob]]   Age: 14
Missing from: home, [[58 Cabell Road|address]], [[Park Barn|place]], [[Guildford|place]] [[GU2 8JL|postcode]]
Reported missing: Friday [[6 November 2026|date]] 22:40 by mother   Found: Sunday [[8 November|date]] 03:15
Where found: by police, in a car park behind the station in [[Aldershot|place]], with two males
Interviewer: [[Kit Amadi|name]], Catch22 Missing Service   Interview: [[10/11/2026|date]] at [[Kings
College|school]], in the library office

[[Harley|name]]'s account (her words where given)
She left after a row with her mum about her phone. "I just went to [[Kayden|name]]'s." [[Kayden|name]] is 19 (full name given
later as [[Kayden Shortt|name]]) and lives "in a flat in [[Ash Vale|place]] near the canal". She said they went in [[Kayden|name]]'s mate's
car - "[[Rico|name]], I don't know his real name" - to a house in [[North Camp|place]] where "loads of people" were, drinking and
smoking weed. She slept on a sofa. On the Saturday they drove to [[Farnborough|place]] and then [[Aldershot|place]]. She said
"[[Kayden|name]]
looks after me, he bought me these" (new Nike trainers and an iPhone). She did not want to say who else was there but
named a girl "[[Tayla|name]] from [[Westborough|place]]" and a man called "[[Big T|name]]". She said she "didn't do anything I didn't
want to". When asked about her phone she said [[Kayden|name]] had taken her SIM "so my mum can't track it".

Family: She said her mum [[Jade|name]] "only cares about [[Reggie|name]]" and that her stepdad [[Lee|name]] is "alright but he's never
there". She wants to live with her grandad [[Terry|name]] in [[Stoughton|place]]. She misses her dad ([[Darren Crisp|name]], in
[[Bordon|place]], "he doesn't answer").

Worries identified: child sexual exploitation (older boyfriend, gifts, older males, drugs, a car, being moved across the
Surrey/Hampshire border); criminal exploitation possible ("[[Big T|name]]"). Shared the same day with [[Rosie Caldecott|name]] (SW)
and DC [[Marsh|name]] (Surrey Police Missing Person Co-ordinator), and with Hampshire's missing team because [[North
Camp|place]] and [[Aldershot|place]] are in Hampshire.

What would help, in [[Harley|name]]'s words: "More time at grandad's. Getting my phone back. Not being shouted at."
"""),
    ("social worker's chronology of significant events, extract", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Harley Penfold|name]]
([[14.06.2012|dob]]) and [[Reggie Stone|name]] ([[02.03.2018|dob]])
Prepared by [[Rosie Caldecott|name]], [[Guildford|place]] Family Safeguarding Team, for the strategy meeting of [[19 November 2026|date]]

Date | Event | Source | Impact / action
[[12.02.2024|date]] | [[Harley|name]]'s father [[Darren Crisp|name]] moves to [[Bordon|place]]; contact stops by the summer | mother |
loss; first
school referral to the Learning Mentor
[[03.09.2025|date]] | [[Harley|name]] starts Year 9 at [[Kings College|school]]; meets [[Tayla Brind|name]] | school | -
[[27.01.2026|date]] | First missing episode (overnight), found at [[Guildford|place]] bus station | police | RHI by Catch22
[[14.03.2026|date]] | Missing; seen on CCTV at [[Woking|place]] station with an older male; found at a flat in [[Sheerwater|place]] |
police |
strategy discussion; no further action
[[02.05.2026|date]] | [[Jade|name]] and [[Lee Stone|name]] argue in the street, [[Reggie|name]] (8) crying; neighbour Mrs
[[Yvonne Kettle|name]] rings
police | police | DA notification, standard risk
[[18.06.2026|date]] | [[Harley|name]] found by grandad [[Terry Penfold|name]] drunk at Stoke Park at 23:00 | grandfather | -
[[09.09.2026|date]] | Snapchat messages from "[[kayden|name]]" seen by [[Jade|name]]: "u belong 2 me" | mother | referral to MASH
[[06.11.2026|date]]-[[08.11.2026|date]] | Missing 2 nights, found in [[Aldershot|place]] (see RHI) | police | CSE screening: HIGH
[[11.11.2026|date]] | [[Kayden Shortt|name]], DOB [[30/03/2007|dob]], of [[Flat 6, Lysons House|address]], [[Ash Vale|place]], served
with a Child
Abduction Warning Notice; [[Rico|name]] identified as [[Enrico Dell'Aquila|name]] (22), car [[HV19 PLK|vehicle]] | police |
-
[[13.11.2026|date]] | [[Harley|name]] stays at [[Terry|name]]'s at [[4 Grange Close|address]], [[Stoughton|place]], by agreement | family
| safer;
school attendance up
[[16.11.2026|date]] | [[Reggie|name]] tells his teacher at [[Guildford Grove Primary|school]] "[[Harley|name]]'s boyfriend has a knife" |
school | passed
to police same day
[[17.11.2026|date]] | Home visit by [[Rosie Caldecott|name]]: [[Jade|name]] says [[Lee|name]] has moved to his brother
[[Craig Stone|name]]'s in
[[Bellfields|place]] "for a break" | SW | -
[[18.11.2026|date]] | [[Tayla Brind|name]]'s mother, Mrs [[Sharon Brind|name]] of [[Westborough|place]], rings the school: [[Tayla|name]]
has a
new phone from "[[Big T|name]]" | school | shared with police; [[Tayla|name]] is open to this team (SW [[Priya Dhanda|name]])
[[19.11.2026|date]] | Strategy meeting; [[Harley|name]] and [[Tayla|name]] to be discussed together at the MACE panel of
[[26 November|date]] | chair | -
"""),
    ("Snapchat messages photographed from a phone screen and typed up by a police officer", """Typed from photographs of
[[Jade Penfold|name]]'s handset (screenshots taken by her on [[09/09/2026|date]] from [[Harley|name]]'s
phone) by PC 2906 [[Abbie Fenn|name]], [[10/09/2026|date]]. Spelling as on screen. Bitmoji and stickers described in brackets.

Chat: [[kayden|name]] 🔥 (username kaydz_gu12)
[[kayden|name]] 🔥: wer u at
[[harls|name]]: home. mum going mad
[[kayden|name]] 🔥: tell her ur at [[taylas|name]]
[[kayden|name]] 🔥: [[rico|name]] can get u from the shell garage on [[cabell rd|address]] at 10
[[harls|name]]: cant 2nite. [[reg|name]] is ill and she needs me
[[kayden|name]] 🔥: u belong 2 me not ur fam. dont make me come park barn
[[kayden|name]] 🔥: (sticker: angry face)
[[harls|name]]: ok ok. tmrw. [[tayla|name]] coming?
[[kayden|name]] 🔥: ye. we going [[ash|place]] then [[camp|place]]. [[big t|name]] wants 2 meet u
[[harls|name]]: who is he
[[kayden|name]] 🔥: my boss lol. wear the nikes i got u
[[harls|name]]: grandad said hes taking me to nandos sat
[[kayden|name]] 🔥: fuk ur grandad. [[terry|name]] aint ur dad
[[harls|name]]: dont say that
[[kayden|name]] 🔥: (Bitmoji: heart) jk babe. see u tmrw x
[[harls|name]]: x
--- next screenshot, dated on screen Wed [[9 Sep|date]] ---
[[kayden|name]] 🔥: who u been talking 2 at school. [[tayla|name]] said u told mr [[okoro|name]]
[[harls|name]]: i didnt i swear
[[kayden|name]] 🔥: u better not. [[rico|name]] knows where [[reggie|name]] goes school
[[harls|name]]: leave him out of it
[[kayden|name]] 🔥: then dont be a grass
"""),
    ("a shop assistant's witness statement, section 9 form, handwritten and typed up", """WITNESS STATEMENT (CJ Act 1967, s.9; MC Act
1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r.16.2)
URN: 45/GF/1188/26
Statement of: [[Marsha Goodyear|name]]     Age if under 18: over 18     Occupation: Shop assistant
This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief ...
Signature: [[M. Goodyear|name]]                                                  Date: [[12/11/2026|date]]

I work at the Londis on [[Cabell Road|address]], [[Park Barn|place]]. I have worked there since 2019 and I know most of the
kids on the estate. I know [[Harley Penfold|name]] and her little brother [[Reggie|name]] who come in most days, and their mum
[[Jade|name]]. I know the grandad as well, [[Terry|name]], he used to drive the 3 bus, and
[[Reggie|name]]'s dad Mr [[Stone|name]], who has the white van.

On Thursday [[5th November 2026|date]] at about 21:50 I was closing up when a silver car, I think a Golf, pulled up outside
on the yellow lines. I noted the number down on my hand because it had been there before: [[HV19 PLK|vehicle]]. There were two
lads in it. The driver was white, early 20s, dark hair in a man bun and a tattoo on his neck. He came in and bought
rizlas and two bottles of vodka and paid with a £50 note. The passenger, I now know as [[Kayden|name]], stayed in the car and
was on his phone. Then [[Harley|name]] came out of [[Bonnie|name]]'s house opposite ([[Bonnie Sayers|name]] at [[no. 61|address]]) and got
in the back. I shouted "[[Harley|name]], does your mum know?" and she laughed and put her hood up. The car went off fast
towards the Royal Surrey.

I rang her mum on [[07988 032 776|phone]] which I have in my phone because she does cleaning for my sister [[Denise|name]]. [[Jade|name]]
said she'd ring the police.

I am willing to attend court. I would need to know in advance because I look after my grandson [[Alfie-Ray|name]] on
Mondays. My address is [[7 Barnwood Road|address]], [[Guildford|place]] [[GU2 8HP|postcode]] and my mobile is [[07564 770 901|phone]].
Signed [[M Goodyear|name]]
"""),
]


# --- E. Weller family (white British), Earlswood, Redhill ---------------------------------------------------------------------

HOME_E = d.Address("12 Pendleton Road", "Earlswood", "Redhill", "RH1 6QZ")
DAD_E = d.Address("2 Honeycrock Lane", "Salfords", "Redhill", "RH1 5DG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Weller")], dt.date(2010, 12, 19), addresses=[HOME_E], ids=["285 695 9725", "T936245119283"],
       schools=["St Bede's School"]),
    _p("s", "sibling", [("Ashley", "Weller")], dt.date(2013, 7, 7), addresses=[HOME_E], ids=["608 422 6078", "Z936497317728"],
       schools=["Reigate Priory School"]),
    _p("m", "mother", [("Shannon", "Weller")], dt.date(1989, 5, 25), addresses=[HOME_E], phones=["07781 881 785"]),
    _p("f", "father", [("Mark", "Weller")], dt.date(1986, 1, 4), addresses=[DAD_E], phones=["07564 258 701"], ids=["WK 91 44 06 B"]),
    _p("p1", "professional", [("Femi", "Adebayo-Reid")], emails=["femi.adebayo-reid@weymole.gov.uk"]),
], "c")

DOCS_E = [
    ("National Referral Mechanism referral summary by the youth justice worker", """NATIONAL REFERRAL MECHANISM - REFERRAL (child) -
summary kept on the youth justice file
First responder: [[Femi Adebayo-Reid|name]], Youth Justice Service (East), Wey and Mole County Council
Email: [[femi.adebayo-reid@weymole.gov.uk|email]]   Date submitted: [[23 Oct 2026|date]]
Potential victim: [[Alfie WELLER|name]], male, British, DOB [[19/12/2010|dob]], 15 years
Address: [[12 Pendleton Road|address]], [[Earlswood|place]], [[Redhill|place]], Surrey [[RH1 6QZ|postcode]]
NHS no. [[285 695 9725|nhs]]   UPN [[T936245119283|upn]]   Parent: [[Shannon Weller|name]] (mother), [[07781 881 785|phone]]

Account of exploitation
On [[17 October 2026|date]] at 14:20 [[Alfie|name]] was stopped by British Transport Police at [[Brighton|place]] station on the
return train, with 28 wraps of crack cocaine and heroin in his underwear, £640 in cash and a "trap phone" (a Nokia). He
had been reported missing by his mother on [[15 October|date]]. He told the custody nurse that he had been "working" from a
flat in [[Whitehawk|place]] for two days for a line called "[[Benz|name]]", and that he owed "[[Dre|name]]" £1,200 since his bag was
robbed in [[Crawley|place]] in September. He named a local older boy, "[[Mikey|name]]" ([[Michael Tolhurst|name]], 18, of
[[Merstham|place]]), who first gave him a phone and cannabis outside the Co-op on [[Frenches Road|address]] in the summer.

He has been excluded from [[St Bede's|school]] (permanent exclusion, [[30 June 2026|date]]) and now attends the [[Reigate|place]] pupil
referral unit part-time. His younger brother [[Ashley|name]] ("[[Ash|name]]", 13, at [[Reigate Priory|school]]) has been approached:
[[Ash|name]] told his mum a man in a black Mercedes, [[LD72 XMV|vehicle]], offered him £50 to "hold something" by the
Memorial Park. Their father, [[Mark Weller|name]], lives in [[Salfords|place]] and has a new baby with his partner
[[Kerry Luff|name]].

Indicators: missing; found out of area; drugs and cash; debt bondage; threats to family ("they said they know where my
mum works at the Harlequin"); a younger sibling targeted.
Consent of the child: not needed (under 18); [[Alfie|name]] knows and said "whatever, they'll still want their money".
"""),
    ("child exploitation panel minutes (multi-agency)", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - EAST SURREY -
[[12 November 2026|date]] - extract: item 4

Present: DI [[Rachel Sowerby|name]] (chair, Surrey Police); [[Femi Adebayo-Reid|name]] (YJS); [[Connie Marlow|name]] (SW, Reigate and
Banstead Family Safeguarding); [[Will Okonjo|name]] (Targeted Youth Support); Mrs [[Gill Pratt|name]] (Head, [[Reigate|place]] PRU); [[Tom
Halliday|name]] (Redhill Streetwork); [[Sana Qureshi|name]] (CAMHS)

Item 4: [[Alfie WELLER|name]] (15) / [[Ashley WELLER|name]] (13)
- Police: [[Alfie|name]] RUI for possession with intent ([[17/10|date]]); NRM reasonable grounds decision positive [[4 Nov|date]].
  Intelligence links the line "[[Benz|name]]" to a group in [[Brighton|place]] and [[Crawley|place]] running local youths out of
[[Redhill|place]]
  and [[Horley|place]]. [[Michael Tolhurst|name]] arrested [[9/11|date]]; bailed to an address in [[Caterham|place]].
- The Mercedes [[LD72 XMV|vehicle]] is a hire car; seen in [[Earlswood|place]] on 4 occasions; ANPR at the
  Gatwick airport roundabout twice.
- YJS: [[Alfie|name]] engaging with [[Femi|name]] twice weekly; boxing at the gym in [[Merstham|place]] with [[Tom|name]]. Says he wants a
  plumbing course at East Surrey College.
- SW: home visit [[10/11|date]]. [[Shannon|name]] exhausted; wants a move out of the area. [[Ash|name]] missed 6 days at
  [[Reigate Priory|school]] after the approach. Dad ([[Mark|name]]) now taking [[Ash|name]] to school from [[Salfords|place]] on Tues and
Thurs.
- Decisions: Joint Exploitation Risk: [[Alfie|name]] HIGH, [[Ash|name]] MEDIUM. Police to seek a Slavery and Trafficking Risk Order.
  Housing (Raven Housing Trust) asked for an urgent management move for the family. Next review [[10 December 2026|date]].
"""),
    ("a mother's email to her younger son's school, written on her phone", """From: [[shannon weller|name]]
<[[shannonw89@icloud.com|email]]>
Sent: [[14 November 2026|date]] 07:12
To: pastoral@reigatepriory.org.uk
Cc: [[connie.marlow@weymole.gov.uk|email]]
Subject: [[ash|name]]

hi mrs [[davey|name]]

sorry its early. just to let u know [[ash|name]] is coming in today his dad is dropping him from [[salfords|place]] for 8.20. he
is still scared about that man in the car but i told him the police have it now and [[connie|name]] the social worker said
the school knows. please can he not walk to the [[redhill|place]] bus at home time, his dad or my mum will get him. my mum is
[[maureen ketteridge|name]] 07700 - sorry wrong number its [[07917 860 046|phone]]. she has grey hair and a red coat lol

also can u tell mr [[bellamy|name]] (pe) that [[ash|name]] has not got his kit because it was in [[alfie|name]]s room and [[alfie|name]]
is not talking to any of us at the moment. i will get him new stuff on saturday from [[crawley|place]]

and if anyone called "[[mikey|name]]" or a lad called [[jordan wicks|name]] tries to come in or hangs round the gates
please ring me. [[jordan|name]] lives on [[frenches rd|address]] he is about 16

we might be moving soon, housing said maybe [[oxted|place]] or [[caterham on the hill|place]]. i dont want [[ash|name]] to move school he
loves it there and his best mate is [[kai|name]]

thank you for everything
[[shannon|name]] ([[ash|name]] and [[alfie weller|name]]s mum)
[[07781 881 785|phone]]

Sent from my iPhone
"""),
    ("body-worn camera transcript of a police search of the family home", """BODY-WORN VIDEO - TRANSCRIPT (produced for the youth court
bundle; speakers identified by the officer)
Device: BWV-4471   Officer: PC 5530 [[Dean Rimmer|name]]   Date: [[17/10/2026|date]]   Start 19:42:10   End 19:58:37
Location: [[12 Pendleton Rd|address]], [[RH1 6QZ|postcode]] (s.32 PACE search of the detained person's bedroom)
Also present: PC 1902 [[Laura Quist|name]]; occupier [[Shannon WELLER|name]] (SW); [[Ashley WELLER|name]] (AW), 13

19:42:14 PC [[RIMMER|name]]: This is PC [[Rimmer|name]], I'm recording. Can you confirm your name for me?
19:42:17 SW: [[Shannon Weller|name]]. W-E-L-L-E-R.
19:42:20 PC [[RIMMER|name]]: And you're [[Alfie|name]]'s mum. [[Alfie|name]]'s been arrested in [[Brighton|place]] this afternoon, he's
safe, he's in
custody at [[Hollingbury|place]]. We're here to search his room under section 32.
19:42:31 SW: Oh my God. Is he hurt? Who's with him? [[Ash|name]], go downstairs babe.
19:42:35 AW: I'm not going. It's [[Mikey|name]]'s fault. [[Mikey|name]] and [[Dre|name]].
19:42:39 PC [[QUIST|name]]: Who's [[Dre|name]], mate?
19:42:41 AW: Don't know his real name. He's from [[Brighton|place]]. He's got a black Merc. He come to [[Earlswood|place]], by the lakes.
19:43:02 SW: (inaudible) ... he's thirteen, leave him.
19:43:10 PC [[QUIST|name]]: That's fine, he's not in trouble. [[Ashley|name]], if anyone's threatened you, you can tell us.
19:43:25 PC [[RIMMER|name]]: Bedroom on the left? ... Bag, black North Face, under the bed. Phone, Nokia, in the bag. Cash in a sock.
19:45:50 SW: He said that was from his dad for his birthday. [[Mark|name]] gave him that.
19:46:02 PC [[RIMMER|name]]: Where does dad live?
19:46:04 SW: [[Salfords|place]]. [[2 Honeycrock Lane|address]]. He's got nothing to do with this.
19:47:40 PC [[QUIST|name]]: There's a piece of paper in the drawer with numbers. "[[Ty|name]] - [[07747 151 990|phone]]", "[[Benz|name]]
line - 07", rest torn off.
19:48:15 AW: That's [[Tyrese|name]]. From [[Merstham|place]]. He's alright.
19:51:30 PC [[RIMMER|name]]: Scales, digital, white powder residue. Bagging that as DR/1.
19:53:12 SW: I rang his school, I rang [[Femi|name]], I rang everyone. Nobody listens. My mum [[Maureen|name]] said call the police
Wednesday and I did.
19:55:48 PC [[QUIST|name]]: We'll get a safeguarding referral in tonight. Is there someone who can come over?
19:56:02 SW: My sister, [[Kelly Ketteridge|name]]. She's in [[Reigate|place]], by the Priory. She'll come.
19:58:37 PC [[RIMMER|name]]: Ending recording.
"""),
]


# --- F. Doyle family (white Irish and white British), Stanwell, Staines ------------------------------------------------------

GRAN_F = d.Address("31 Falcon Drive", "Stanwell", "Staines-upon-Thames", "TW19 7EU")
MUM_F = d.Address("Apartment 14, Clonard Court", "Ballyfermot", "Dublin 10", "D10 X2F4")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kenzie-Rae", "Doyle")], dt.date(2016, 10, 11), addresses=[GRAN_F], ids=["606 023 7045", "J936327515780"],
       schools=["Stanwell Fields CofE Primary School"]),
    _p("s", "sibling", [("Finn", "Doyle")], dt.date(2019, 4, 27), addresses=[GRAN_F], ids=["696 482 9377"]),
    _p("m", "mother", [("Ciara", "Doyle")], dt.date(1997, 2, 8), addresses=[MUM_F], phones=["+353 87 214 6639"]),
    _p("g", "grandparent", [("Pauline", "Doyle")], dt.date(1966, 8, 15), addresses=[GRAN_F], phones=["01784 215 779", "07502 430 119"],
       ids=["JE 55 31 72 A"]),
    _p("p1", "professional", [("Marcus", "Fairweather")], emails=["marcus.fairweather@weymole.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship assessment, extract from the report for the court", """SPECIAL GUARDIANSHIP ASSESSMENT (Special Guardianship
Regulations 2005, Schedule)
Applicant: Mrs [[Pauline Doyle|name]], DOB [[15/08/1966|dob]], NI [[JE 55 31 72 A|ni]]
Address: [[31 Falcon Drive|address]], [[Stanwell|place]], [[Staines-upon-Thames|place]] [[TW19 7EU|postcode]]; tel [[01784 215 779|phone]]
Children: [[Kenzie-Rae DOYLE|name]] (born [[11 October 2016|dob]]), [[Finn DOYLE|name]] (born [[27 April 2019|dob]])
Assessor: [[Marcus Fairweather|name]], Kinship Team, Wey and Mole County Council      Court: Family Court at Guildford, case GU26C00419
Report date: [[30 November 2026|date]]

1. The applicant
Mrs [[Doyle|name]] is 60 and was born in [[Ballyfermot|place]], [[Dublin|place]], the fourth of nine children. She came to England in
1986 to work at Heathrow, where she was a cleaning supervisor for 28 years, and has lived in [[Stanwell|place]] since 1991 (first
in [[Stanwell Moor|place]], then at [[Falcon Drive|address]]). She was married to [[Patrick Doyle|name]], a baggage handler, who died
in 2021. She has two children: [[Ciara|name]] (29), the children's mother, and [[Declan|name]] (33), who lives in [[Ashford|place]] with his
wife [[Shelley|name]] and is a support to her. She is a Catholic and goes to mass at St David's in [[Ashford|place]].

2. How the children came to her
[[Ciara|name]] has used heroin and crack since she was 19. The children were first made subject to child protection plans in
[[Hounslow|place]] in 2022. On [[3 March 2026|date]] [[Ciara|name]] was found unconscious in a flat in [[Feltham|place]] with
[[Finn|name]], then 6,
trying to wake her; the children went to their grandmother under a s20 agreement that night and have been with her since
(under an interim care order since [[16 April 2026|date]]). [[Ciara|name]] went back to [[Dublin|place]] in June and lives
with her aunt [[Bernadette Walsh|name]] at [[Apartment 14, Clonard Court|address]], [[Ballyfermot|place]], [[Dublin 10|place]]
([[D10 X2F4|postcode]]);
she is on a methadone programme in [[Cherry Orchard|place]] and rings the children on Sundays ([[+353 87 214 6639|phone]]). The
children's fathers are not involved: [[Kenzie-Rae|name]]'s father, [[Jason Meakin|name]], is in HMP Wandsworth; [[Finn|name]]'s father is
not
named on the birth certificate ("[[Gaz|name]]", surname unknown, per [[Ciara|name]]).

3. The children now
[[Kenzie-Rae|name]] ("[[Kenz|name]]") is 10 and in Year 6 at [[Stanwell Fields|school]]. Her teacher Miss [[Ruth Ormsby|name]] says she has
"come alive" since the spring. [[Finn|name]] is 7, at the same school, and has an EHCP for speech and language; he goes to a
speech group at the Spelthorne family centre. Both are registered at the Stanwell Road Surgery (Dr [[Ebrahimi|name]]).
NHS: [[606 023 7045|nhs]] ([[Kenzie-Rae|name]]), [[696 482 9377|nhs]] ([[Finn|name]]).
"""),
    ("the council's letter to a kinship carer about support and contact", """Wey and Mole County Council
Children, Families and Lifelong Learning - Kinship Team

Private and confidential
Mrs [[P Doyle|name]]
[[31 Falcon Drive|address]]
[[Stanwell|place]]
[[Staines-upon-Thames|place]]
[[TW19 7EU|postcode]]

[[4th December 2026|date]]

Dear Mrs [[Doyle|name]],

[[Kenzie-Rae|name]] and [[Finn|name]]: special guardianship support plan and family time

Thank you for meeting me and my manager, [[Hayley Brathwaite|name]], on [[2 December|date]]. I am writing to confirm what we agreed.

1. Financial support: a special guardianship allowance from the date of the order, reviewed each year, and a one-off payment
for the loft conversion quote from Spelthorne Lofts (ref. from Mr [[Nuttall|name]]) so that [[Finn|name]] has his own room.
2. Family time with [[Ciara|name]]: video calls every Sunday at 5pm, supported by you; a visit in [[Dublin|place]] at Easter,
if [[Ciara|name]]'s tests stay clear, at the family centre in [[Ballyfermot|place]]; her aunt Mrs [[Bernadette Walsh|name]] has said she
will
host you. We have asked Tusla for a social worker there ([[Aoife Ní Bhriain|name]], [[+353 1 620 6400|phone]]).
3. [[Kenzie-Rae|name]]'s father: letterbox contact twice a year through our post-order team, as [[Kenzie-Rae|name]] asked. Mr
[[Meakin|name]]'s
mother, Mrs [[Carol Meakin|name]] of [[Hayes|place]], has asked to see [[Kenzie|name]]; we will discuss this with you and [[Kenzie|name]] in
January.
4. Support: a place on the Kinship Connected group that meets at [[Ashford|place]] library on Thursdays; therapeutic
life-story work for [[Finn|name]] with [[Joss Latimer|name]]; a respite weekend with [[Declan|name]] and [[Shelley Doyle|name]] each month.
5. School: [[Stanwell Fields|school]] has [[Finn|name]]'s EHCP review on [[15 January 2027|date]] at 9.30.

If anything changes, ring me on [[01784 399 851|phone]] or email [[marcus.fairweather@weymole.gov.uk|email]].

Yours sincerely,

[[Marcus Fairweather|name]]
Social Worker, Kinship Team
"""),
    ("a grandmother's handwritten diary of the children's contact calls, scanned for the assessment", """[scan - 3 pages from a spiral
notebook, given to the assessor on [[2/12/26|date]] - typed as written, crossings out in brackets]

Sun [[7th June|date]]. First call w/ [[Ciara|name]] since she went home. She rang from [[Bernie|name]]s landline. [[Kenz|name]] talked
for 20 mins about her spelling test. [[Finn|name]] wouldnt come to the phone, hid behind the settee w/ the dog (Pickle).
[[Ciara|name]] sounded ok. Said she is going to the clinic in [[Cherry Orchard|place]]. Thank God.

Sun [[14th|date]]. No call. [[Kenz|name]] waited by the window till 7.

Sun [[21st|date]]. Call 5.30. [[Ciara|name]] crying, said she misses them. [[Finn|name]] said "are you coming back mummy" and
she said "soon pet". I had a word after - told her not to say soon. (She put the phone down on me.)

Sun [[28 June|date]]. Call ok. [[Declan|name]] + [[Shelley|name]] here for dinner. [[Shell|name]] did [[Kenz|name]]s hair in plaits
for the school disco.

Sun [[5th July|date]]. Call from a new number ([[+353 89 471 2258|phone]]) - [[Ciara|name]] says her phone was
robbed in [[Tallaght|place]]. Shes staying at a friends in [[Clondalkin|place]] ([[Siobhan|name]]?) not at [[Bernie|name]]s. I didnt
like it.

Sat [[11/7|date]] - [[Bernadette|name]] rang ME. Says [[Ciara|name]] hasnt been home 3 nights. I didnt tell the kids.

Sun [[12th|date]]. No call. Told [[Kenz|name]] mammy's phone is broke. (I hate lying to her.)

Mon [[13th July|date]]. Rang Mr [[Fairweather|name]] and told him. He was good about it.

Sun [[19th|date]]. [[Ciara|name]] rang!! Back at [[Bernie|name]]'s. Says she had a "slip" and is back on her script. Kids over the
moon. [[Finn|name]] showed her his Lego. She asked after Mrs [[Kelleher|name]] next door.

Sun [[26th|date]]. Call. All fine. [[Kenz|name]] says "Nana is mammy ever coming here?" I said we'll see love.

Sun [[2nd Aug|date]]. Call from [[Bernie|name]]s. [[Ciara|name]] says [[Bernadette|name]] will bring her over for [[Kenz|name]]s birthday
in Oct. [[Finn|name]] drew her a picture of the plane.
Tues [[4/8|date]]. [[Declan|name]] took [[Finn|name]] to Thorpe Park w/ his lads [[Connor|name]] + [[Ryan|name]]. [[Finn|name]] sick on the
coach lol.
Sun [[9th Aug|date]]. No call. Rang [[Bernie|name]] on [[+353 1 626 4418|phone]] - [[Ciara|name]] at a meeting. Ok.
Sun [[16th|date]]. Call. [[Ciara|name]] has a job in a café in [[Inchicore|place]]!! So proud of her.
Fri [[21 Aug|date]]. Mr [[Fairweather|name]] came. Nice man. Asked a million questions about [[Paddy|name]] and me and my
own mammy in [[Ballyfermot|place]].
"""),
    ("social worker's quick notes typed on a phone after an unannounced visit", """quick note - typed on phone in car outside, will write
up properly tmrw - MF
visit [[31 falcon dr|address]] wed [[25/11|date]] 16.10-16.55 unannounced (mrs D knew i might come this wk)
- [[pauline|name]] in, + [[declan|name]] fixing the boiler. house warm, tidy, dog (pickle) v friendly
- [[kenzie-rae|name]] doing homework at kitchen table - showed me her SATs practice. says [[ruth|name]] (miss [[ormsby|name]]) is her fav
teacher
- [[finn|name]] in pjs, watching Paw Patrol. let me see his room (shares w/ K) - bunk beds, clean.
- P says [[ciara|name]] has a new boyfriend in [[dublin|place]] called [[Wayne|name]] - P worried. ask tusla sw [[aoife|name]] to check?
- P also says [[jason meakin|name]]s mum [[carol|name]] turned up at the school gates at [[stanwell fields|school]] mon. school stopped her
  - speak to head (mrs [[Adeyinka|name]]) & [[carol|name]]. not an emergency.
- P tired but coping. [[declan|name]] says he'll do fri pick up every wk.
- next: SGO final hearing [[10 dec|date]] [[Guildford|place]]. send letter re support plan by [[4/12|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 54 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 02:45 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "supt", "insp", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "mammy", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa", "baba",
           "teta", "tata", "jeddo", "khalto", "khalo", "ammo", "amto", "ماما", "بابا", "تيتا", "خالتو", "أبو", "obaachan",
           "ojiichan", "okaasan", "おばあちゃん", "ママ", "パパ"}
_AFTER = {"senior", "junior", "san", "chan", "kun", "さん", "ちゃん", "くん"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "surrey", "east surrey",
               "west surrey", "hampshire", "sussex", "west sussex", "east sussex", "kent", "london", "greater london",
               "middlesex", "the south east", "south east", "ireland", "republic of ireland", "éire", "eire", "japan", "日本",
               "lebanon", "لبنان", "the bekaa", "bekaa", "the bekaa valley", "bekaa valley", "kansai", "関西", "osaka prefecture",
               "dubai emirate", "uae", "europe", "asia", "the middle east", "middle east", "spelthorne", "surrey heath",
               "reigate and banstead", "elmbridge", "runnymede", "waverley", "mole valley", "tandridge"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Supt Lowther",
# "Teta Nadia", "Khalto Lina", "mrs Adeyinka"; after one: "Rin-chan" written with a space, "中村 さん") and counties, regions,
# boroughs and countries ("Surrey", "Hampshire", "Lebanon", "Japan", "Spelthorne", "Surrey Heath").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
