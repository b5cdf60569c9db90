"""A small hand-written set for bench_redaction.py, kept apart from the generated corpus.

Nine short documents in styles the generator does not produce (a forwarded email, strategy meeting minutes, a contact
note, a GP letter, a text-message transcript, a looked-after review, a police log, a nursery referral, a supervision
record). They were written in one sitting on 2026-11-22 after the detector's rules were fixed and scored; the detector
was NOT changed after seeing the result. After the first scoring, three mistakes in this file were corrected (two
names left unmarked, and an NHS number and a UPN that failed their own check digits); nothing else. All people are
invented.

Markup: [[words|kind]] is a gold span of that kind (name, address, postcode, place, school, phone, email, dob, date,
nhs, upn, ni, vehicle). Everything else is text that should stay.
"""

from __future__ import annotations

import datetime as dt
import re

from bench.redaction_corpus import Doc
from hearth.redaction import detect as d


def _party(key, role, names, dob=None, addresses=(), phones=(), emails=(), ids=(), schools=()):
    return d.Party(key, role, list(names), [dob] if dob else [], list(addresses), list(phones), list(emails), list(ids),
                   list(schools))


class Records:
    """The identifiers and phones given to one set's records, for its checker: `_p = Records().party` builds a party as
    `_party` does and remembers them."""

    def __init__(self):
        self.ids: list[str] = []
        self.phones: list[str] = []

    def party(self, key, role, names, *args, ids=(), phones=(), **kwargs):
        self.ids.extend(ids)
        self.phones.extend(phones)
        return _party(key, role, names, *args, ids=ids, phones=phones, **kwargs)


class HandSet:
    """What a hand-written set module from set 8 on offers, built from its documents and word lists: sets() (its
    documents), problems() (the checks of its marking: `base`, the problems() of the set it builds on, which runs the
    sets before it, given this set's records' identifiers and phones; then this set's own kinship words and places) and
    counts() (its size)."""

    def __init__(self, name, pairs, records, base, titles, not_places, after=(), place_label=None):
        self.name, self.pairs, self.records, self.base = name, pairs, records, base
        self.titles, self.not_places, self.after, self.place_label = titles, not_places, after, place_label

    def sets(self) -> dict[str, list[Doc]]:
        return {self.name: _docs(self.pairs)}

    def problems(self, pairs=None, record_ids=None, record_phones=None) -> list[str]:
        pairs = self.pairs if pairs is None else pairs
        out = self.base(pairs, record_ids=self.records.ids if record_ids is None else record_ids,
                        record_phones=self.records.phones if record_phones is None else record_phones)
        label = {} if self.place_label is None else {"place_label": self.place_label}
        return out + word_problems(pairs, self.titles, self.not_places, self.after, **label)

    def counts(self) -> tuple[int, dict[str, int]]:
        from bench.redaction_heldout import gold_counts  # (bench.redaction_heldout imports this module)

        return gold_counts(self.sets())

    def main(self) -> None:
        """The self-check: `python -m bench.redaction_setN` prints the set's size and any problems of its marking."""
        from bench.redaction_heldout import report

        raise SystemExit(report(self.sets()[self.name], self.problems()))


def word_problems(pairs, titles, not_places, after=(), place_label="a country, county or region") -> list[str]:
    """A set's own marking checks: a title or kinship word inside a name span (before it, or after it), and a country,
    county or region marked as a place. Each set's problems() adds these to the checks of the sets before it."""
    out = []
    for _record, docs in pairs:
        for style, marked in docs:
            text, gold = _parse(marked)
            for start, end, kind in gold:
                words = text[start:end]
                if kind == "name" and words.split()[0].rstrip(".").lower() in titles:
                    out.append(f"{style}: a title or kinship word inside a name span: {words!r}")
                if kind == "name" and len(words.split()) > 1 and words.split()[-1].lower() in after:
                    out.append(f"{style}: a kinship word after a name inside its span: {words!r}")
                if kind == "place" and words.lower() in not_places:
                    out.append(f"{style}: {place_label} marked as a place: {words!r}")
    return out


def _parse(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    out, gold, pos = [], [], 0
    n = 0
    for m in re.finditer(r"\[\[(.+?)\|(\w+)\]\]", marked, flags=re.DOTALL):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        words, kind = m.group(1), m.group(2)
        gold.append((n, n + len(words), kind))
        out.append(words)
        n += len(words)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), gold


HOME = d.Address("27 Ravensworth Terrace", "", "Gateshead", "NE8 1QT")
RECORD_1 = d.CaseRecord([
    _party("c", "subject", [("Tyler", "Brennan"), ("Tyler", "Hussain")], dt.date(2016, 9, 4), [HOME], ids=["9990001235"],
           schools=["Bede Community Primary School"]),
    _party("m", "mother", [("Shannon", "Brennan")], dt.date(1994, 2, 17), [HOME], ["07700 900417"]),
    _party("f", "father", [("Imran", "Hussain")], dt.date(1990, 11, 30), [d.Address("Flat 3, 12 Coatsworth Road", "", "Gateshead",
                                                                                    "NE8 1QN")]),
    _party("s", "sibling", [("Kayla", "Brennan")], dt.date(2019, 5, 2), [HOME]),
    _party("g", "grandparent", [("Maureen", "Brennan")]),
    _party("p1", "professional", [("Gemma", "Storey")], emails=["gemma.storey@northshire.gov.uk"], phones=["0191 496 0731"]),
    _party("p2", "professional", [("Rob", "Atkinson")]),
], "c")

DOCS_1 = [
    ("email", """From: [[Gemma Storey|name]] <[[gemma.storey@northshire.gov.uk|email]]>
Sent: [[14 October 2025|date]] 09:12
To: MASH duty
Subject: FW: worries about [[Tyler|name]] (Yr 4)

Forwarding the below from [[Bede Community Primary School|school]]. Can someone ring me back on [[0191 496 0731|phone]] please.

> Hi [[Gemma|name]], [[TYLER|name]] came in today with a cut lip again, said his dad's mate [[Kev|name]] did it "messing about".
> Mum ([[Shannon|name]]) was very flat at pick-up and said she'd had no electric since Friday. [[Kayla|name]] wasn't
> in nursery. The family have been staying at nana [[Maureen|name]]'s some nights.
> Thanks, [[Rob|name]] (DSL)
"""),
    ("strategy", """STRATEGY MEETING MINUTES - [[15/10/2025|date]]
Present: [[G. Storey|name]] (SW), DS [[Lauren Whitfield|name]] (Police), Dr [[Okonjo|name]] (GP), [[R Atkinson|name]] (DSL)
Child: [[Tyler BRENNAN|name]] DOB [[04.09.2016|dob]] NHS [[999 000 1235|nhs]]
Known as [[Tyler Hussain|name]] at his previous school.
Address: [[27 Ravensworth Terr.|address]], [[NE8 1QT|postcode]]

Police checks: father [[Imran Hussain|name]] has a previous for possession; he lives at [[Flat 3, 12 Coatsworth Road|address]].
An associate, [[Kevin Lumsden|name]], is known to police for violence and drives a white van [[YX19 KTB|vehicle]].
Agreed: s47 enquiry, joint visit with DS [[Whitfield|name]] tomorrow.
"""),
    ("contact", """Contact note. Supervised contact at the family centre on Tuesday [[21 October 2025|date]].
[[Tyler|name]] ran to his father and hugged him. Mr [[Hussain|name]] brought sweets and a football. [[Kayla|name]]'s
father did not attend; mum says he is "back in [[Sunderland|place]]". [[Tyler|name]] asked if he could stay at
[[Imran|name]]'s flat at the weekend. Next contact booked for [[4th November|date]].
"""),
]

RECORD_2 = d.CaseRecord([
    _party("c", "subject", [("Amelia-Rose", "Carr")], dt.date(2009, 12, 25), [d.Address("5 Hollyhock Close", "", "Blyth",
                                                                                        "NE24 3PL")],
           ids=["H929201915004", "9990002258"], schools=["Blyth Academy"]),
    _party("m", "mother", [("Danielle", "Carr"), ("Danielle", "Pearson")], dt.date(1988, 7, 7), phones=["01670 000111"]),
    _party("st", "step_parent", [("Lee", "Walton")], dt.date(1985, 3, 3), ids=["JT 44 21 90 B"]),
    _party("p1", "professional", [("Priya", "Raman")], emails=["priya.raman@nhs.net"]),
], "c")

DOCS_2 = [
    ("gp_letter", """Dear Colleague,

Re: [[Amelia-Rose Carr|name]], DOB [[25/12/2009|dob]], NHS No. [[999 000 2258|nhs]]
[[5 Hollyhock Close|address]], [[Blyth|place]] [[NE24 3PL|postcode]]

I saw [[Amelia|name]] today with her mother, Mrs [[Danielle Carr|name]] (née [[Pearson|name]]). [[Amelia-Rose|name]] has
lost 4kg since her last visit. She told me her step-father [[Lee|name]] "watches what she eats". She is under the care of
Dr [[Raman|name]] at CAMHS ([[priya.raman@nhs.net|email]]).

Yours sincerely,
Dr [[A. Fenwick|name]]
"""),
    ("texts", """Screenshots provided by [[Millie|name]] (friend of AR), transcribed:
[[Lee W|name]]: where r u
AR: at [[millie|name]]s
[[Lee W|name]]: get home now or ur mam will hear about it
AR: leave me alone
[[Lee W|name]]: ill come to [[Blyth Academy|school]] and get u
[[Millie|name]] said [[Amelia-Rose|name]] has been sleeping at hers and her mum [[Joanne|name]] is "fine with it".
"""),
    ("lac_review", """LOOKED AFTER REVIEW - [[AMELIA-ROSE CARR|name]]
UPN [[H929201915004|upn]]. Placement: with foster carers Mr and Mrs [[Ogunleye|name]] in [[Cramlington|place]] since
March 2025.
[[Amelia|name]] wants to see her mum more. She does not want contact with [[Lee Walton|name]] (NI [[JT 44 21 90 B|ni]]),
who is now living in [[Newcastle|place]]. Her social worker [[Hannah Dodds|name]] will ask [[Danielle|name]] about
overnight stays. Next review: [[12/06/2026|date]].
"""),
]

RECORD_3 = d.CaseRecord([
    _party("c", "subject", [("Jaxon", "Reid")], dt.date(2021, 1, 8), [d.Address("88 Beaconsfield Street", "", "Ashington",
                                                                               "NE63 9BT")]),
    _party("m", "mother", [("Chelsea", "Reid")], dt.date(2002, 4, 19), phones=["07700 900882"], emails=["chelsreid02@example.com"]),
    _party("pa", "other", [("Connor", "Mackay")], dt.date(2000, 8, 14)),
], "c")

DOCS_3 = [
    ("police_log", """Incident log 2025/11/0447. Call from neighbour at [[86 Beaconsfield Street|address]] reporting
a male shouting and a child crying. Officers PC 2231 [[Hepple|name]] and PC 1904 [[Armstrong|name]] attended at 22:40.
Female occupant [[Chelsea REID|name]] ([[19/04/2002|dob]]) had a red mark to her cheek. Male, [[Connor MacKay|name]], had
left in a grey Corsa, reg [[NK68 HVD|vehicle]]. Child [[Jaxon|name]] (4) asleep upstairs. DASH completed: medium.
Contact number for female: [[07700 900882|phone]].
"""),
    ("referral", """School referral form
Child: [[Jaxon Reid|name]]  Date of birth: [[8 January 2021|dob]]
Setting: [[Little Acorns Nursery|school]], [[Ashington|place]]
Concern: [[Jaxon|name]] has said "[[Connor|name]] hurt mummy" twice this week. Mum's friend [[Tasha|name]] has been doing
drop-off. Mum's email is [[chelsreid02@example.com|email]].
Completed by [[Sarah Jobling|name]], Nursery Manager, [[05/11/2025|date]].
"""),
    ("supervision", """Supervision record - [[Ellie Robson|name]] with [[Mark Tait|name]] (CSW)
Discussed [[Jaxon|name]]: mum has agreed to a refuge place in [[Durham|place]]; [[Conor|name]] (sic) has been bailed to an
address in [[Bedlington|place]] with conditions not to contact Ms [[Reid|name]]. Action: [[Ellie|name]] to complete the
safety plan by Friday.
"""),
]


# Set 2: written at 15:40 on 2026-11-22, AFTER the detector was changed in answer to set 1's misses (initials, dates
# without a year, abbreviated streets, lower-case names), and before it was scored. Set 1 is no longer held out.
# After its one scoring, one unmarked name ("3. Oliwia told me") was marked; the detector was not changed.
RECORD_4 = d.CaseRecord([
    _party("c", "subject", [("Oliwia", "Nowicka")], dt.date(2012, 6, 30), [d.Address("Flat 9, Tyne View Court", "", "Hebburn",
                                                                                   "NE31 1XP")],
           ids=["9990003238"], schools=["Hebburn Comprehensive"]),
    _party("m", "mother", [("Agnieszka", "Nowicka")], dt.date(1983, 1, 11), phones=["0191 496 0550"]),
    _party("b", "sibling", [("Szymon", "Nowicki")], dt.date(2008, 2, 14)),
    _party("u", "aunt_uncle", [("Marek", "Zielinski")]),
    _party("p1", "professional", [("Bethany", "Lowes")], emails=["b.lowes@northshire.gov.uk"]),
], "c")

DOCS_4 = [
    ("court_statement", """STATEMENT OF [[BETHANY LOWES|name]], SOCIAL WORKER
1. I am the allocated social worker for [[Oliwia Nowicka|name]] (born [[30 June 2012|dob]]).
2. On [[2 September 2025|date]] I visited the family home at [[Flat 9, Tyne View Court|address]], [[Hebburn|place]].
[[Oliwia|name]]'s brother [[Szymon|name]] (17) answered the door. Their mother [[Ms Nowicka|name]] was at work.
3. [[Oliwia|name]] told me her uncle [[Marek|name]] had been "shouting at mum about money". She said her friend
[[Zuzanna|name]] from [[Hebburn Comprehensive|school]] knows about it.
4. I rang [[Agnieszka|name]] on [[0191 496 0550|phone]]; she said [[Mr Zielinski|name]] had gone back to [[Poland|place]].
"""),
    ("health_visitor", """HV note: home visit to see baby [[Lacey-Mae|name]] (sister of [[Oli|name]]?). Not on our system yet - ask
[[Beth|name]] to check. Present: mum, aunt [[Dorota|name]], a male who said he was "[[Bartek|name]], a friend".
Baby weighed 5.2kg. Next HV visit [[16th December|date]].
"""),
]

RECORD_5 = d.CaseRecord([
    _party("c", "subject", [("Reece", "Thompson"), ("Reece", "Laidler")], dt.date(2008, 3, 21),
           [d.Address("3 Cragside Walk", "", "Wallsend", "NE28 8RL")], ids=["PT 21 58 09 A"]),
    _party("f", "father", [("Darren", "Thompson")], dt.date(1979, 10, 5)),
    _party("p1", "professional", [("Femi", "Adeyemi")], phones=["07700 900615"]),
], "c")

DOCS_5 = [
    ("yot_note", """YOT contact - [[Reece T|name]]
Seen at the office with his dad. [[Reece|name]] says he has been hanging around the Metro station with [[Jordan|name]]
and an older lad called [[Deano|name]] who drives a black Audi ([[ND21 XPL|vehicle]]). He is not attending college. His
worker [[Femi|name]] ([[07700 900615|phone]]) will refer to the exploitation panel. Dad ([[D. Thompson|name]]) is worried
that [[Reece|name]] has a new phone he cannot pay for.
"""),
    ("housing_letter", """Dear Mr [[Thompson|name]],
Your tenancy at [[3 Cragside Wlk|address]], [[Wallsend|place]] [[NE28 8RL|postcode]] is in arrears. Your son,
[[Reece Laidler|name]] (NI [[PT 21 58 09 A|ni]]), is named on the tenancy as a household member. Please contact
[[Mrs Haddow|name]] in the rents team by [[19 December 2025|date]].
"""),
    ("direct_work", """Words from [[Reece|name]] (direct work session, written as he said it):
"me and [[jordan|name]] just chill at the station. [[deano|name]] gives us lifts. my nan [[Sheila|name]] lives in
[[Jarrow|place]] and i stay there sometimes. i dont want to go to [[Tyne Coast College|school]] no more."
"""),
]


# Set 3: written at 17:40 on 2026-11-22 for issue 8 (name precision), BEFORE any change made for it, and scored with the
# detector as it stood (commit 65baaed) to record "before" figures. It is NOT to be tuned on: a later change to the
# detector may be checked against it, but no rule may be written from its misses or false names. Styles the generator
# does not make (police notifications, school emails, health visitor notes, a young person's own words, a return-home
# interview, a conference letter, a foster carer's log, a GP message, a youth worker's note), with shops, apps, games,
# places and people that are in none of the detector's or the generator's lists. Brand, shop, app and game names are
# not personal data: they are not marked, and a proposal on one counts against precision.
RECORD_6 = d.CaseRecord([
    _party("c", "subject", [("Kian", "Moffat")], dt.date(2011, 5, 14), [d.Address("14 Lindisfarne Road", "", "Seaham", "SR7 7PB")],
           ids=["9990004242"], schools=["Seaham High School"]),
    _party("m", "mother", [("Stacey", "Moffat")], dt.date(1990, 8, 2), [d.Address("14 Lindisfarne Road", "", "Seaham", "SR7 7PB")],
           phones=["07700 900311"]),
    _party("pa", "other", [("Dale", "Graham")], dt.date(1987, 12, 9)),
    _party("s", "sibling", [("Poppy", "Moffat")], dt.date(2025, 6, 20), [d.Address("14 Lindisfarne Road", "", "Seaham", "SR7 7PB")]),
    _party("p1", "professional", [("Nadia", "Rahman")], emails=["nadia.rahman@northshire.gov.uk"]),
    _party("p2", "professional", [("Chris", "Gowland")]),
], "c")

DOCS_6 = [
    ("police_notification", """OPERATION ENCOMPASS - NOTIFICATION TO SCHOOL
To: Designated Safeguarding Lead, [[Seaham High School|school]]
Pupil: [[MOFFAT, Kian|name]]   DOB: [[14/05/2011|dob]]
Officers attended [[14 Lindisfarne Road|address]] at 23:15 on [[8 November|date]] after a 999 call made by the pupil.
His mother [[Stacey MOFFAT|name]] said her partner [[Dale GRAHAM|name]] had thrown a phone at her during an argument
about money. [[GRAHAM|name]] was arrested and taken to custody at [[Southwick|place]]. The pupil was awake and upset.
The baby was asleep. Please offer the pupil support on Monday. No further detail may be shared at this stage.
"""),
    ("school_email", """Hi [[Nadia|name]],
Quick one before half term. [[Kian|name]] fell asleep in Geography again and told Miss [[Charlton|name]] he was up
till 3 playing Apex Legends. His mate [[Ryley|name]] says he has been on Kik a lot with an older lad he met on a
Call of Duty lobby, who sends him Paysafe codes. We have logged it on CPOMS and told mum.
Cheers, [[Chris|name]]
(Sent from Outlook for iOS)
"""),
    ("hv_note", """HV NB contact - [[Poppy|name]] ([[20/06/2025|dob]]) seen at the Family Hub in [[Dawdon|place]]. Mum buying Aptamil from
Boyes and says money is very tight since [[Dale|name]] left. Weight on the 25th centile. Gave leaflets for the
Healthy Start card and the Baby Bank at St Cuthbert's. Mum asked about the Smart Start nursery place. Next contact
at 8 months.
"""),
    ("own_words", """What [[Kian|name]] wanted me to write down (his words):
"i dont like it when him and mam fight. i go to the skatepark with [[Ryley|name]] or to [[Keegan|name]]s house.
[[keegans|name]] dad lets us play GTA. i want to go to my nanas in [[Peterlee|place]] for christmas. dont tell
[[Dale|name]] i said that."
"""),
    ("conference_letter", """Dear Ms [[Moffat|name]],
Initial Child Protection Conference for [[Kian|name]] and [[Poppy Moffat|name]]
The conference will be held on [[2 December 2025|date]] at 10:00 at Seaham Leisure Centre, Meeting Room 2, or on
Microsoft Teams. You may bring a friend or supporter. Your advocate from Family Rights Group can help you prepare.
If you need an interpreter please ring [[Nadia Rahman|name]] on [[0191 496 0300|phone]].
"""),
]

RECORD_7 = d.CaseRecord([
    _party("c", "subject", [("Roxanne", "Oyelaran")], dt.date(2009, 10, 3), [d.Address("Flat 21, Coronation House", "", "Byker",
                                                                                    "NE6 2QL")],
           ids=["9990005249"], schools=["Walker Riverside Academy"]),
    _party("m", "mother", [("Funmi", "Oyelaran")], dt.date(1979, 3, 28), phones=["07700 900742"]),
    _party("fc", "carer", [("Janice", "Bellamy")], dt.date(1966, 1, 15), [d.Address("9 Heddon View", "", "Ryton", "NE40 3HJ")]),
    _party("p1", "professional", [("Owen", "Pattinson")], phones=["07700 900265"]),
], "c")

DOCS_7 = [
    ("missing_notification", """MISSING PERSON NOTIFICATION (MISPER)
Name: [[Roxanne OYELARAN|name]]   Age 16   Ref: MP/25/3318
Reported missing by foster carer [[Janice Bellamy|name]] at 19:40. Last seen leaving [[9 Heddon View|address]],
[[Ryton|place]] wearing a black North Face coat and Nike trainers. Believed to be travelling by Metro towards
Monument. Phone switched off. Known associate: [[Tiegan Rowell|name]]. Has previously been found at McDonald's on
Northumberland Street and at an address in [[Blakelaw|place]].
"""),
    ("return_home", """Return home interview - [[Roxanne|name]], [[19 November 2025|date]]
[[Roxanne|name]] said she went into town with [[Tiegan|name]] and they met two older boys at the Quayside. One of them,
"[[Zed|name]]", bought them vodka from a Bargain Booze and they went back to a flat in [[Elswick|place]]. She used
Snap Map to show her location to [[Tiegan|name]] only. She said she would rather live with her mum in [[Byker|place]]
than in [[Ryton|place]]. Worker: [[Owen Pattinson|name]] (Barnardo's).
"""),
    ("foster_log", """Foster carer daily log
Wed - [[Rox|name]] up early, helped make pancakes. Went to Primark in the Metrocentre with me and my daughter
[[Leanne|name]], bought a hoodie. On her phone a lot (Wink and Hoop). Quiet at tea.
Thu - did not come home from school. Rang EDT and police at 19:40. Came back 02:10 in a taxi, said she had been at
[[Tiegan|name]]'s. [[J Bellamy|name]]
"""),
    ("gp_message", """Message from practice nurse: [[Roxanne Oyelaran|name]] attended Sexual Health clinic at the Royal Victoria
Infirmary on [[10/11/2025|date]] asking for emergency contraception. She gave her address as [[Flat 21, Coronation
House|address]]. Her mother [[Funmi|name]] is listed as next of kin on [[07700 900742|phone]]. Safeguarding lead
Dr [[Adebayo|name]] informed.
"""),
    ("youth_work", """Youth worker note (detached session, Walker Park). Saw [[Roxanne|name]] with a group of about eight
young people near the Tesco Express. One girl, [[Kacey|name]], said [[Roxanne|name]] has been "doing runs" for
someone called [[Lewi|name]]. Vapes and Lucozade being handed out. Passed to the exploitation hub. [[O.P.|name]]
"""),
]

RECORD_8 = d.CaseRecord([
    _party("c", "subject", [("Harvey", "Tindall")], dt.date(2018, 2, 11), [d.Address("33 Chillingham Drive", "", "Cramlington",
                                                                                 "NE23 6TF")],
           ids=["9990006245"], schools=["Shanklea Primary School"]),
    _party("f", "father", [("Mark", "Tindall")], dt.date(1984, 6, 6), phones=["07700 900538"]),
    _party("sm", "step_parent", [("Kerry", "Tindall"), ("Kerry", "Waugh")], dt.date(1991, 9, 19)),
    _party("p1", "professional", [("Siobhan", "Kerr")], emails=["s.kerr@shanklea.school.org.uk"]),
], "c")

DOCS_8 = [
    ("school_email", """From: [[Siobhan Kerr|name]]
Subject: [[Harvey T|name]] Y2 - bruise

Morning all, [[Harvey|name]] came in with a bruise on his upper arm, about 3cm. When I asked he said "[[Kerry|name]] grabbed
me cos I wouldn't get off Roblox". He then said it was his fault. Body map done and uploaded to MyConcern.
He was quiet at lunch and ate two portions. His dad picked him up at 3.15 in a Vauxhall Astra.
[[S. Kerr|name]], DSL
"""),
    ("police_notification", """Police PPN - Child Concern
Subject child: [[TINDALL Harvey|name]] [[11.02.2018|dob]]
Location: [[33 Chillingham Drive|address]] [[NE23 6TF|postcode]]
Neighbour [[Mrs Ferris|name]] reported a woman screaming at a child in the back garden. Officers spoke to [[Kerry
WAUGH|name]] (also known as [[TINDALL|name]]) who said the child had run off in Matalan and she had been
frightened. Child appeared well. Father [[Mark|name]] at work at Nissan in [[Washington|place]].
"""),
    ("hv_note", """Health visiting: sibling check for new baby at [[Chillingham Drive|address]]. Mum ([[Kerry|name]]) low in mood,
scored 14 on the EPDS. Referred to Talking Therapies. [[Harvey|name]] playing Mario Kart with his cousin [[Brody|name]].
Smoke alarm checked by Northumberland Fire and Rescue. Dad says they get the food shop from Poundstretcher... sorry,
from Iceland, and the Bounty pack was never delivered.
"""),
    ("own_words", """[[Harvey|name]] drew his family. He drew himself, dad, the dog (Biscuit), [[Kerry|name]] "with angry eyes" and
Grandma [[Pat|name]] who lives "near the beach" in [[Seaton Sluice|place]]. He said his best friend is [[Alfie|name]] and they both
like Bluey and Paw Patrol.
"""),
    ("conference_minutes", """Review conference minutes - extract
Chair: [[Gurpreet Sandhu|name]]. Present: [[Siobhan Kerr|name]] (school), father, [[Kerry Tindall|name]], Sgt [[Hume|name]]
(Northumbria Police). Apologies: [[Dr Ng|name]].
The chair noted that [[Harvey|name]] has moved from the Green to the Amber group in the Thrive approach. Decision: the
plan continues for three months. Next review [[3 March 2026|date]].
"""),
]

RECORD_9 = d.CaseRecord([
    _party("c", "subject", [("Amira", "Haddad")], dt.date(2014, 7, 22), [d.Address("2 Stanhope Street", "", "South Shields",
                                                                                "NE33 4BA")],
           ids=["9990007241"], schools=["Westoe Crown Primary School"]),
    _party("m", "mother", [("Rania", "Haddad")], dt.date(1986, 4, 30), phones=["07700 900917"]),
    _party("b", "sibling", [("Yusuf", "Haddad")], dt.date(2007, 1, 2)),
    _party("p1", "professional", [("Emma", "Lightfoot")]),
], "c")

DOCS_9 = [
    ("interpreter_visit", """Visit with interpreter ([[Mr Saleh|name]], Arabic). [[Rania|name]] said [[Amira|name]] has nightmares since
the fire at the flat above. They are staying with a friend, [[Layla|name]], in [[Boldon|place]] until the council
finds a new place. [[Yusuf|name]] (18) works nights at Amazon in [[Bowburn|place]] and sleeps in the day. Food from
the Salvation Army and Lidl vouchers from the Family Hub. Next visit with [[Emma|name]] on Thursday.
"""),
    ("school_email", """Dear [[Ms Lightfoot|name]],
I am writing about [[Amira Haddad|name]] in Year 6. Her attendance has dropped to 78% and she has told her teacher,
Mr [[Oduya|name]], that she is "too tired from looking after mum". She has been using Duolingo and Times Tables
Rock Stars at home, which is great. We have offered Place2Be sessions on Wednesdays.
Kind regards, [[Hollie Marr|name]], Family Support Worker, [[Westoe Crown Primary School|school]]
"""),
    ("own_words", """[[Amira|name]]'s words (translated by her brother): "I miss our old house. I miss [[Nour|name]] from school. Now
we go on the bus to [[Simonside|place]] for the food bank. I like watching Ms Rachel on YouTube with my cousin
[[Sami|name]]. I am scared when the alarm goes."
"""),
    ("police_notification", """Operation Encompass: incident at [[2 Stanhope Street|address]], [[NE33 4BA|postcode]], [[15/11/2025|date]],
02:30. Fire in the flat above; family evacuated. No domestic abuse. Child [[HADDAD, Amira|name]] and mother seen by paramedics
at the scene and taken to South Tyneside District Hospital as a precaution. PC [[Lowther|name]] 1452.
"""),
]


# Set 4: written at 17:50 on 2026-11-22, after the first issue-8 rules (commit ee14a66) were scored on set 3, and
# BEFORE any later change; it was scored with the detector as it stood then to record "before" figures, and is held
# out from every change after (set 3 was read after its first scoring, so it is no longer held out). Other styles
# again: a MARAC referral, a LADO note, a CAMHS letter, a child's letter, a pupil's statement, a football coach's
# email, a paediatric discharge summary, a Child in Need meeting, a private fostering notification, a CPOMS entry, a
# neighbour's email, a family group conference plan. Shops, apps, games, places and people are in none of the lists
# (the detector's, the generator's, or sets 1 to 3). Brands are not marked.
RECORD_10 = d.CaseRecord([
    _party("c", "subject", [("Maddison", "Hetherington")], dt.date(2012, 11, 3),
           [d.Address("41 Bowes Street", "", "Billingham", "TS23 1HF")], ids=["9990008248"],
           schools=["Northfield School and Sports College"]),
    _party("m", "mother", [("Leanne", "Hetherington"), ("Leanne", "Cuthbertson")], dt.date(1989, 2, 14),
           [d.Address("41 Bowes Street", "", "Billingham", "TS23 1HF")], phones=["07700 900184"]),
    _party("pa", "other", [("Craig", "Dobson")], dt.date(1985, 7, 1)),
    _party("s", "sibling", [("Summer", "Hetherington")], dt.date(2016, 4, 9)),
    _party("p1", "professional", [("Aisha", "Iqbal")], emails=["aisha.iqbal@northshire.gov.uk"]),
], "c")

DOCS_10 = [
    ("marac_referral", """MARAC REFERRAL - RIC score 17 (high)
Victim: [[Leanne HETHERINGTON|name]] (also known as [[Cuthbertson|name]]), DOB [[14/02/1989|dob]]
Perpetrator: [[Craig DOBSON|name]], DOB [[01/07/1985|dob]]
Children in the household: [[Maddison|name]] (13), [[Summer|name]] (9)
Summary: [[Dobson|name]] tracks the victim's phone through Life360 and took her Monzo card. On [[28 October|date]] he
pushed her down the stairs at [[41 Bowes Street|address]]. She fled to her sister [[Jodie|name]] in [[Thornaby|place]].
IDVA: [[Precious Mensah|name]], Harbour.
"""),
    ("camhs_letter", """Dear Ms [[Hetherington|name]],
Re: [[Maddison Hetherington|name]], [[03/11/2012|dob]]
Thank you for attending the choice appointment with [[Maddison|name]] at the Lanchester Road Hospital site. [[Maddison|name]]
told us she is sleeping badly and spends most nights on Twitch and Discord. We have offered six sessions with our
Cognitive Behavioural Therapist, [[Ruth Bainbridge|name]]. Please ring [[0191 496 0188|phone]] if you need to rearrange.
Yours sincerely, Dr [[Chidi Okafor-Reeves|name]], Consultant Child and Adolescent Psychiatrist
"""),
    ("childs_letter", """dear [[aisha|name]]
thank you for the hot chocolate at Costa and for listening. i am ok now. me and [[Summer|name]] are at nanas in
[[Norton|place]] and she lets us have Just Eat on a friday. i dont want to see [[Craig|name]] ever again. my friend
[[Brooke|name]] says i can go to her sleepover if mam says yes. from [[Maddi|name]] x
"""),
    ("cpoms_entry", """CPOMS - Safeguarding - [[Maddison Hetherington|name]] (Y9)
Reported by: Mrs [[Gallagher|name]] (Form Tutor). [[Maddison|name]] was crying in registration. She said [[Craig|name]]
had turned up outside school in a Ford Ranger and she was scared to go home. Mum was rung on [[07700 900184|phone]] and
collected her at 11.20. DSL informed. Linked to the Operation Encompass notice of [[29/10/2025|date]].
"""),
]

RECORD_11 = d.CaseRecord([
    _party("c", "subject", [("Kaiden", "Marsh")], dt.date(2010, 1, 17), [d.Address("7 Orchard Gardens", "", "Spennymoor",
                                                                              "DL16 6AZ")],
           ids=["9990009244"], schools=["Whitworth Park Academy"]),
    _party("f", "father", [("Lee", "Marsh")], dt.date(1982, 5, 23), phones=["07700 900663"]),
    _party("m", "mother", [("Gemma", "Marsh"), ("Gemma", "Elliott")], dt.date(1986, 9, 8)),
    _party("p1", "professional", [("Tom", "Hunter")], emails=["tom.hunter@northshire.gov.uk"]),
], "c")

DOCS_11 = [
    ("coach_email", """Hi [[Tom|name]],
I coach the under 16s at Spennymoor Town juniors. [[Kaiden|name]] has missed the last four sessions and when he did come
on Saturday he had a cut above his eye. He said he fell off his bike, but his teammate [[Ollie Pickering|name]] told me
[[Kaiden|name]]'s dad "went mad" about a FIFA points bill on the Xbox. I didn't want to ignore it.
Thanks, [[Stevie Craggs|name]]
"""),
    ("discharge_summary", """PAEDIATRIC DISCHARGE SUMMARY - University Hospital of North Durham
Patient: [[MARSH, Kaiden|name]]   NHS: [[999 000 9244|nhs]]   DOB: [[17/01/2010|dob]]
Admitted via ED after an overdose of paracetamol bought from a Spar and a Superdrug. Medically fit for discharge on
[[12 November 2025|date]]. Seen by the liaison team ([[Nurse Kowalczyk|name]]). Follow-up with CAMHS. Father
[[Lee Marsh|name]] collected. GP: Dr [[Fairbairn|name]], Tudhoe Colliery Surgery.
"""),
    ("cin_meeting", """Child in Need meeting - [[Kaiden Marsh|name]] - [[19/11/2025|date]]
Present: [[Tom Hunter|name]] (SW), [[Gemma Elliott|name]] (mum), [[Lee|name]] (dad), Mr [[Rutherford|name]] (Head of Year).
Discussed: [[Kaiden|name]] has been spending time in [[Ferryhill|place]] with older boys and buying vapes from a shop on
the high street. He plays Fortnite and Rainbow Six until 4am. Mum has moved to [[Newton Aycliffe|place]] with her
partner [[Jase|name]]. Plan: referral to the Bridge project; mentoring with Durham Sport.
"""),
    ("pupil_statement", """Statement written by [[Kaiden|name]] for Mr [[Rutherford|name]]:
At dinner time me and [[Tyrese|name]] went to the Greggs and then to the park. A lad called [[Bogdan|name]] said he
would give us £20 each to take a bag to [[Chester-le-Street|place]] on the bus. I said no but [[Tyrese|name]] went.
Im telling you because I dont want him to get hurt.
"""),
]

RECORD_12 = d.CaseRecord([
    _party("c", "subject", [("Zainab", "Yusuf")], dt.date(2019, 8, 30), [d.Address("Flat 4, Windsor Court", "", "Middlesbrough",
                                                                                  "TS1 3QX")],
           ids=["9990010242"]),
    _party("m", "mother", [("Blessing", "Yusuf")], dt.date(1995, 12, 12), phones=["07700 900829"]),
    _party("pf", "carer", [("Grace", "Adeyinka")], dt.date(1968, 3, 3), [d.Address("22 Linthorpe Road", "", "Middlesbrough",
                                                                                  "TS1 4AG")]),
    _party("p1", "professional", [("Hannah", "Bishop")]),
], "c")

DOCS_12 = [
    ("private_fostering", """PRIVATE FOSTERING NOTIFICATION
Child: [[Zainab YUSUF|name]], born [[30 August 2019|dob]]
Carer: [[Mrs Grace Adeyinka|name]], [[22 Linthorpe Road|address]], [[Middlesbrough|place]] [[TS1 4AG|postcode]]
Parent: [[Blessing Yusuf|name]], currently in [[Lagos|place]] caring for her own mother. Arrangement started
[[1 September 2025|date]], expected to last four months. Notified by the school nurse, [[Hannah Bishop|name]].
"""),
    ("neighbour_email", """Subject: noise and the little girl at number 22
I live next door to [[Mrs Adeyinka|name]]. Most evenings the little girl ([[Zainab|name]] I think) is left with a teenage
lad while the lady works nights at the Amazon warehouse. The lad has friends round, they order Deliveroo and play
music till late. I am not trying to cause trouble. [[Pauline Ridley|name]]
"""),
    ("fgc_plan", """Family Group Conference plan - agreed [[20/11/2025|date]]
1. [[Grace|name]] will keep [[Zainab|name]] until mum returns from [[Nigeria|place]].
2. Auntie [[Folake|name]] will have [[Zainab|name]] on Friday nights so [[Grace|name]] can rest.
3. [[Zainab|name]] will start at the nursery at St Alphonsus on Mondays and Thursdays.
4. Video calls with mum on WhatsApp on Sundays; [[Grace|name]] will buy a tablet from Currys.
Co-ordinator: [[Ifeoma Bassey|name]]
"""),
    ("lado_note", """LADO consultation - [[04/11/2025|date]]
Concern about a volunteer at the church youth club ([[Mr Kehinde|name]]), who gave [[Zainab|name]]'s older cousin, [[Femi
Adeyinka|name]], lifts home and messaged him on Instagram late at night. Not a position of trust under the school's
policy but the church's safeguarding lead, [[Deborah Quayle|name]], will suspend him pending enquiries.
"""),
]


# Set 5: written at 18:05 on 2026-11-22, after the second issue-8 change and its narrowing (commit 2fe5d1f), before a
# third change; scored with the detector as it stood then, and held out from that change. Styles: a school attendance
# letter, a health visitor's new-birth visit, an exploitation screening tool, a youth justice referral order report,
# a teenager's own message to her worker, a housing officer's email, an A&E safeguarding flag, a contact centre
# record, a team around the family review. Shops, apps, games, places and people are in none of the lists (the
# detector's, the generator's, or sets 1 to 4).
RECORD_13 = d.CaseRecord([
    _party("c", "subject", [("Ellie-Mai", "Trotter")], dt.date(2011, 3, 19), [d.Address("16 Sycamore Avenue", "", "Peterlee",
                                                                                   "SR8 2LD")],
           ids=["9990011235"], schools=["Easington Academy"]),
    _party("m", "mother", [("Kirsty", "Trotter")], dt.date(1992, 10, 2), phones=["07700 900472"]),
    _party("f", "father", [("Wayne", "Lister")], dt.date(1988, 1, 27)),
    _party("p1", "professional", [("Donna", "Bewick")], emails=["donna.bewick@northshire.gov.uk"]),
], "c")

DOCS_13 = [
    ("attendance_letter", """Dear Ms [[Trotter|name]],
Attendance of [[Ellie-Mai Trotter|name]], Year 9
[[Ellie-Mai|name]]'s attendance this term is 71%. She has missed every Monday since half term. The Education Welfare
Officer, Mrs [[Pybus|name]], will visit you at home. If there is a medical reason please send evidence from the GP.
Yours sincerely, [[Mr D. Heslop|name]], Attendance Lead, [[Easington Academy|school]]
"""),
    ("exploitation_screening", """Exploitation screening tool - [[Ellie-Mai|name]] - completed [[10/11/2025|date]]
Missing episodes: 3 (last one found at a flat in [[Horden|place]]). New phone and Pandora bracelet she cannot explain.
Associates: [[Jayla Fenwick-Hart|name]] (15), an older male called "[[Dex|name]]" who drives a Seat Leon. Talks to
men on Wink and Azar? Mum thinks she uses TextNow to hide messages. Score: significant. Passed to the MACE panel.
"""),
    ("own_message", """hiya [[donna|name]] its [[ellie|name]]. im at my dads in [[Shotton|place]] tonight dont tell mam. [[jayla|name]]
got me a Greggs and we went on the 22 bus to [[Seaton Carew|place]] to see her cousin [[Mikey|name]]. hes 19 but hes sound.
can u ring me tmrw x
"""),
    ("tac_review", """Team Around the Family review - [[17/11/2025|date]]
Attended: [[Kirsty|name]] (mum), [[Donna Bewick|name]] (Early Help), Mrs [[Pybus|name]] (EWO), PCSO [[Gary Marley|name]].
[[Ellie-Mai|name]] has joined the Cadets at Peterlee Fire Station and enjoys it. Mum has started a course at East
Durham College and gets help from Citizens Advice with debts to Very and BrightHouse. Dad ([[Wayne|name]]) lives in
[[Shotton|place]] with his partner [[Stacey-Ann|name]]. Actions: TAF to continue; review in six weeks.
"""),
]

RECORD_14 = d.CaseRecord([
    _party("c", "subject", [("Alfie", "Gibbon")], dt.date(2025, 9, 14), [d.Address("5 Raby Terrace", "", "Crook", "DL15 9JS")]),
    _party("m", "mother", [("Chantelle", "Gibbon")], dt.date(2004, 6, 11), phones=["07700 900219"]),
    _party("f", "father", [("Reece", "Parkin")], dt.date(2001, 12, 30)),
    _party("p1", "professional", [("Ruth", "Kell")]),
], "c")

DOCS_14 = [
    ("new_birth_visit", """New birth visit - baby [[Alfie Gibbon|name]], born [[14/09/2025|dob]] at the University Hospital of North Tees.
Seen at home with mum [[Chantelle|name]] (21) and dad [[Reece Parkin|name]]. Baby feeding well on SMA. Safe sleep
discussed: baby sleeping in a Moses basket. Mum's friend [[Shannon-Leigh|name]] smokes in the house; advised. Dad
works at the Hitachi plant in [[Newton Aycliffe|place]]. Next contact at 6-8 weeks. HV [[R. Kell|name]]
"""),
    ("ae_flag", """A&E safeguarding flag - Darlington Memorial Hospital, [[30/10/2025|date]]
Infant [[GIBBON, Alfie|name]], 6 weeks, brought in by father with a swelling on the head. Father said baby rolled off
the sofa. Mother [[Chantelle Gibbon|name]] not present (at work at Tesco Extra). Skeletal survey requested. Paediatric
Registrar Dr [[Oyinlola|name]] informed the on-call social worker.
"""),
    ("contact_record", """Contact centre record - supervised contact, [[Crook|place]] Family Centre
Dad [[Reece|name]] arrived 10 minutes late. He brought a Tommee Tippee bottle and a Jellycat bunny. He was gentle with
[[Alfie|name]] and changed his nappy. He spoke on the phone to someone he called "[[Bazza|name]]" about a PS5 for most
of the last half hour. Supervisor: [[Lorraine Tweddle|name]].
"""),
]

RECORD_15 = d.CaseRecord([
    _party("c", "subject", [("Mason", "Kirkup")], dt.date(2009, 7, 7), [d.Address("88 Hudson Street", "", "Tow Law",
                                                                            "DL13 4AB")],
           ids=["9990012231"]),
    _party("g", "grandparent", [("Sandra", "Kirkup")], dt.date(1960, 5, 5)),
    _party("p1", "professional", [("Imogen", "Raine")], phones=["07700 900384"]),
], "c")

DOCS_15 = [
    ("referral_order_report", """REFERRAL ORDER PANEL REPORT
Young person: [[Mason KIRKUP|name]], DOB [[07/07/2009|dob]]. Offence: theft from Screwfix in [[Leadgate|place]] (power tools),
with [[Corey Dunn|name]] and a youth not yet identified. [[Mason|name]] lives with his grandmother [[Sandra|name]] in
[[Tow Law|place]]. He wants to be a mechanic and has been offered a taster day at Arriva's bus depot. Panel members:
[[Alan Scurr|name]] and [[Beverley Lowdon|name]]. YOT officer: [[Imogen Raine|name]] ([[07700 900384|phone]]).
"""),
    ("housing_email", """From: Housing Options
To: [[Imogen Raine|name]]
Re: [[Sandra Kirkup|name]] - [[88 Hudson Street|address]]
The landlord, Believe Housing, has served notice for rent arrears. Mrs [[Kirkup|name]] has not been claiming Pension
Credit. We can offer a place at Tanfield View if she accepts. Her neighbour [[Mr Hirst|name]] has offered to help her move.
"""),
]


def _docs(pairs) -> list[Doc]:
    out = []
    for record, docs in pairs:
        for style, marked in docs:
            text, gold = _parse(marked)
            out.append(Doc(text, gold, record, style))
    return out


def sets() -> dict[str, list[Doc]]:
    return {
        "set 1 (written before the last detector changes; its misses were then fixed, so no longer held out)":
            _docs(((RECORD_1, DOCS_1), (RECORD_2, DOCS_2), (RECORD_3, DOCS_3))),
        "set 2 (written after the last detector changes, scored once: held out)": _docs(((RECORD_4, DOCS_4), (RECORD_5, DOCS_5))),
        "set 3 (written for issue 8 before its detector changes; held out for the first change, read after it)":
            _docs(((RECORD_6, DOCS_6), (RECORD_7, DOCS_7), (RECORD_8, DOCS_8), (RECORD_9, DOCS_9))),
        "set 4 (written after the first issue-8 change; held out for the first two, read for the third)":
            _docs(((RECORD_10, DOCS_10), (RECORD_11, DOCS_11), (RECORD_12, DOCS_12))),
        "set 5 (written after the second issue-8 change, before the third: held out)":
            _docs(((RECORD_13, DOCS_13), (RECORD_14, DOCS_14), (RECORD_15, DOCS_15))),
    }
