"""Each SSDA903 rule fires on a deliberately broken record and not on the clean one.

A small clean authority (six children: in care for years with a placement move, a short stay of an under-4, an
adoption, an 18-year-old leaving care, a 20-year-old care leaver, an unaccompanied asylum-seeking child) goes through
the real generator (ssda903.tables) without the database; no rule fires on it. Each case then breaks one thing in
the frames and expects its rule to fire for that child.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest

from hearth.returns import ssda903
from hearth.returns.engine import Frames, rule_messages, run
from hearth.returns.ssda903_rules import NOT_IMPLEMENTED, RULE_FILE, RULES

D = dt.date
YEAR = 2026
BY_CODE = {r.code: r for r in RULES}
c = pl.col


def ep(child, decom, rne, ls, place, provider="PR1", dec=None, rec="", reason="", home="E8 1AA", pl_post="N1 2BB", urn=""):
    return {"child_id": child, "decom": decom, "rne": rne, "ls": ls, "cin": "N1", "place": place, "place_provider": provider,
            "dec": dec, "rec": rec, "reason_place_change": reason, "home_post": home, "pl_post": pl_post, "urn": urn}


def person(pk, sex, dob, upn="A123456789012"):
    return pk, {"pk": pk, "sex": sex, "date_of_birth": dob, "ethnicity": "WBRI", "upn": upn, "upn_unknown_reason": "",
                "date_of_death": None}


def source() -> ssda903.Source:
    episodes = [
        # 1: in care since 2023, legal status change, then long-term fostering with the same carers (reason on the move).
        ep(1, D(2023, 5, 1), "S", "C1", "U6", dec=D(2024, 1, 10), rec="X1"),
        ep(1, D(2024, 1, 10), "L", "C2", "U6", dec=D(2025, 6, 1), rec="X1"),
        ep(1, D(2025, 6, 1), "T", "C2", "U4", reason="CARPL"),
        # 2: an under-4 accommodated for a few months.
        ep(2, D(2025, 9, 1), "S", "V2", "U6", "PR4", dec=D(2026, 1, 20), rec="E4A", home="E9 2CC", pl_post="N4 3DD"),
        # 3: placement order, placed for adoption, adopted.
        ep(3, D(2023, 2, 1), "S", "C1", "U6", dec=D(2024, 3, 1), rec="X1"),
        ep(3, D(2024, 3, 1), "L", "E1", "U6", dec=D(2025, 7, 1), rec="X1"),
        ep(3, D(2025, 7, 1), "P", "E1", "A6", dec=D(2026, 2, 1), rec="E11", reason="CARPL", pl_post="SW1 1AA"),
        # 4: left care at 18 in the year, staying put.
        ep(4, D(2022, 1, 1), "S", "C2", "U4", dec=D(2025, 10, 1), rec="E17"),
        # 5: a care leaver of 20 (care ended before the year).
        ep(5, D(2021, 9, 1), "S", "C2", "K2", "PR4", dec=D(2023, 7, 1), rec="E5", urn="SC123456"),
        # 6: an unaccompanied asylum-seeking child in a children's home.
        ep(6, D(2025, 5, 1), "S", "V2", "K2", "PR4", home="", pl_post="", urn="SC654321"),
    ]
    people = dict([person(1, "F", D(2012, 6, 1)), person(2, "M", D(2022, 1, 15), upn="UN1"), person(3, "F", D(2021, 5, 1), upn="UN1"),
                   person(4, "M", D(2007, 10, 1), upn="B123456789012"), person(5, "F", D(2005, 7, 1), upn="C123456789012"),
                   person(6, "M", D(2009, 3, 1), upn="UN2")])
    return ssda903.Source(
        episodes=episodes, people=people,
        reviews=[{"child_id": 1, "review": D(2025, 6, 10), "review_code": "PN1"}, {"child_id": 2, "review": D(2025, 10, 1),
                                                                                  "review_code": "PN0"},
                 {"child_id": 6, "review": D(2025, 6, 1), "review_code": "PN1"}],
        uasc=[{"child_id": 6, "duc": None}],
        health=[{"child_id": 1, "kind": k, "done_on": D(2025, 9, 1)} for k in ("health_assessment", "dental", "immunisations")],
        sdqs=[{"child_id": 1, "completed_on": D(2025, 11, 1), "sdq_score": 12, "sdq_reason": ""}],
        missing=[{"child_id": 1, "missing": "M", "mis_start": D(2025, 8, 1), "mis_end": D(2025, 8, 2)}],
        adoption=[{"child_id": 3, "stage": "decision", "on": D(2024, 1, 15)}, {"child_id": 3, "stage": "matched", "on": D(2025, 6, 1)}],
        contacts=[{"child_id": 4, "contacted_on": D(2025, 9, 20), "in_touch": "YES", "activ": "F2", "accom": "Z", "accom_suitable": True},
                  {"child_id": 5, "contacted_on": D(2025, 7, 10), "in_touch": "YES", "activ": "F5", "accom": "U", "accom_suitable": True}],
        # 1 is in OC2 both years: the year's outcomes recorded each time.
        outcomes=[{"child_id": 1, "year_ending": D(y, 3, 31), "convicted": False, "substance_misuse": False,
                   "intervention_offered": None, "intervention_received": None} for y in (YEAR - 1, YEAR)],
        # 3 was matched with, placed with and adopted by household 10, a married couple of a woman and a man.
        households=[{"child_id": 3, "kind": kind, "on": on, "household_id": 10, "relationship": "married"}
                    for kind, on in (("matched", D(2025, 6, 1)), ("placed", D(2025, 7, 1)), ("adoption_order", D(2026, 2, 1)))],
        adopters=[{"household_id": 10, "sex": "F"}, {"household_id": 10, "sex": "M"}],
        # Unit 100 was led by user 11 until 30 September 2025, then by user 12; unit 200 by user 13. Child 1's case has
        # been with unit 100 since 2023; 6 came to unit 200 and was transferred to unit 100 on 1 August 2025 (the case
        # closed and another opened that day); 2 (no longer looked after on 31 March) is with unit 200.
        cases=[case(1001, 1, 100, D(2023, 4, 20)), case(1006, 6, 200, D(2025, 4, 20), D(2025, 8, 1)),
               case(1007, 6, 100, D(2025, 8, 1)), case(1002, 2, 200, D(2025, 8, 20))],
        leads=[lead(100, 11, D(2020, 1, 1), D(2025, 9, 30)), lead(100, 12, D(2025, 9, 30)), lead(200, 13, D(2019, 6, 1))],
    )


def case(pk, child, unit, opened, closed=None):
    return {"pk": pk, "child_id": child, "unit_id": unit, "opened_on": opened, "closed_on": closed}


def lead(unit, user, since, until=None, swe=None):
    return {"unit_id": unit, "user_id": user, "started_on": since, "ended_on": until,
            "swe_number": f"SW{unit}{user:03d}" if swe is None else swe}


def as_of(src: ssda903.Source, year: int) -> ssda903.Source:
    """The records as ssda903.extract reads them for a collection year (what started by its end; what was open in it)."""
    start, end = ssda903.period(year)
    during = lambda day: start <= day <= end  # noqa: E731
    return ssda903.Source(
        episodes=[e for e in src.episodes if e["decom"] <= end], people=src.people,
        reviews=[r for r in src.reviews if during(r["review"])], uasc=src.uasc,
        health=[h for h in src.health if during(h["done_on"])], sdqs=[q for q in src.sdqs if during(q["completed_on"])],
        missing=[m for m in src.missing if m["mis_start"] <= end and (m["mis_end"] is None or m["mis_end"] >= start)],
        adoption=[a for a in src.adoption if a["on"] <= end],
        contacts=[x for x in src.contacts if start - dt.timedelta(days=92) <= x["contacted_on"] <= end + dt.timedelta(days=31)],
        births=[b for b in src.births if b["date_of_birth"] <= end],
        outcomes=[o for o in src.outcomes if o["year_ending"] == end],
        permanence=[p for p in src.permanence if start <= p["period_start"] <= end],
        households=[h for h in src.households if h["on"] <= end], adopters=src.adopters,
        cases=src.cases, leads=[m for m in src.leads if m["started_on"] <= end])


@pytest.fixture(scope="module")
def clean() -> Frames:
    """This year's return, with last year's derived from the same records (as ssda903.generate does)."""
    frames = ssda903.tables(as_of(source(), YEAR), YEAR)
    frames.previous = ssda903.tables(as_of(source(), YEAR - 1), YEAR - 1)
    return frames


def test_the_clean_authority_has_every_table_and_breaks_no_rule(clean):
    t = clean.tables
    assert sorted(t["header"]["person_id"].to_list()) == [1, 2, 3, 4, 5, 6]
    assert t["oc2"]["person_id"].to_list() == [1] and t["oc3"]["person_id"].sort().to_list() == [4, 5]
    assert t["ad1"]["person_id"].to_list() == [3] and t["placed_for_adoption"]["person_id"].to_list() == [3]
    assert t["ad1"].select("NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR").row(0) == ("2", "MF", "L11")
    assert t["previous_permanence"]["person_id"].sort().to_list() == [2, 6]
    assert t["uasc"]["person_id"].to_list() == [6] and t["missing"].height == 1 and t["reviews"].height == 3
    # The social worker episodes of the children looked after on 31 March (1 and 6), from who led their case's unit.
    assert t["sw_episodes"].select("CHILD", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON").rows() == [
        ("1", "SW100011", D(2023, 4, 20), D(2025, 9, 30), "FCONTA"), ("1", "SW100012", D(2025, 9, 30), None, "LEFTRL"),
        ("6", "SW200013", D(2025, 4, 20), D(2025, 8, 1), "FCONTA"), ("6", "SW100011", D(2025, 8, 1), D(2025, 9, 30), "TSPROC"),
        ("6", "SW100012", D(2025, 9, 30), None, "LEFTRL")]
    assert t["sw_episodes"]["DOB"].to_list() == [D(2012, 6, 1)] * 2 + [D(2009, 3, 1)] * 3
    assert run(RULES, clean) == []


def test_every_rule_of_the_dfe_file_is_implemented_or_said_why_not():
    codes = set(rule_messages(RULE_FILE))
    done = {r.code for r in RULES}
    assert len(done) == len(RULES)  # one entry per rule
    assert done.isdisjoint(NOT_IMPLEMENTED)
    assert codes == done | set(NOT_IMPLEMENTED)
    assert len(done) > 180


# --- breaking one thing -----------------------------------------------------------------------------------------


def put(f: Frames, table: str, child: int | None, where: pl.Expr | None = None, **values) -> Frames:
    frame = f.tables[table]
    hit = c("person_id") == child if child is not None else pl.lit(True)
    if where is not None:
        hit = hit & where
    frame = frame.with_columns([pl.when(hit).then(pl.lit(v, dtype=frame.schema[k])).otherwise(c(k)).alias(k) for k, v in values.items()])
    return replace(f, tables={**f.tables, table: frame})


def add(f: Frames, table: str, child: int, **values) -> Frames:
    frame = f.tables[table]
    dob = f.tables["header"].filter(c("person_id") == child)["DOB"].to_list()
    row = {"person_id": child, "CHILD": str(child), **({"DOB": dob[0] if dob else None} if "DOB" in frame.columns else {}), **values}
    return replace(f, tables={**f.tables, table: pl.concat([frame, pl.DataFrame([row], schema=frame.schema)])})


def drop(f: Frames, table: str, child: int) -> Frames:
    return replace(f, tables={**f.tables, table: f.tables[table].filter(c("person_id") != child)})


def put_last(f: Frames, table: str, child: int, where: pl.Expr | None = None, **values) -> Frames:
    """Last year's return had something else (what was sent then, or the records before a correction)."""
    return replace(f, previous=put(f.last_year(), table, child, where, **values))


def add_last(f: Frames, table: str, child: int, **values) -> Frames:
    return replace(f, previous=add(f.last_year(), table, child, **values))


def drop_last(f: Frames, table: str, child: int) -> Frames:
    return replace(f, previous=drop(f.last_year(), table, child))


def write(f: Frames, table: str, child: int, **values: str) -> Frames:
    """The file as written has these text values for the child (a date the writer would never produce)."""
    text = ssda903.text(f.tables[table], table)
    text = text.with_columns([pl.when(c("person_id") == child).then(pl.lit(v)).otherwise(c(k)).alias(k) for k, v in values.items()])
    return replace(f, written={**f.written, table: text})


def history(f: Frames, child: int, **values) -> Frames:
    frame = f.history.with_columns([pl.when(c("person_id") == child).then(pl.lit(v, dtype=f.history.schema[k])).otherwise(c(k)).alias(k)
                                    for k, v in values.items()])
    return replace(f, tables={**f.tables, "history": frame})


def first(where_decom: dt.date) -> pl.Expr:
    return c("DECOM") == where_decom


def drop_where(f: Frames, table: str, child: int, where: pl.Expr) -> Frames:
    return replace(f, tables={**f.tables, table: f.tables[table].filter(~((c("person_id") == child) & where))})


SWE = "sw_episodes"


def sw(began: dt.date) -> pl.Expr:
    return c("SW_DECOM") == began


E = "episodes"
CASES = [
    # Header.
    ("101", 1, lambda f: put(f, "header", 1, SEX="1")),
    ("102", 1, lambda f: put(f, "header", 1, DOB=None)),
    ("103", 1, lambda f: put(f, "header", 1, ETHNIC="XXXX")),
    ("168", 1, lambda f: put(f, "header", 1, UPN="A12")),
    ("442", 1, lambda f: put(f, "header", 1, UPN=None)),
    ("209", 1, lambda f: put(f, "header", 1, UPN="UN1")),
    ("210", 1, lambda f: put(f, "header", 1, UPN="UN4")),
    ("444", 4, lambda f: put(f, "header", 4, UPN="A123456789012")),
    ("301", 1, lambda f: put(f, "header", 1, DOB=D(2026, 5, 1))),
    ("351", 5, lambda f: put(f, "header", 5, DOB=D(1999, 1, 1))),
    ("INT32", 1, lambda f: add(f, "header", 1, SEX="F", ETHNIC="WBRI")),
    ("628", 5, lambda f: put(f, "header", 5, MOTHER="1")),
    # Episodes.
    ("141", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), DECOM=None)),
    ("143", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), RNE="X")),
    ("144", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), LS="C9")),
    ("145", 1, lambda f: put(f, E, 1, CIN="N0")),
    ("146", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), PLACE="Q1")),
    ("149", 2, lambda f: put(f, E, 2, REC="E99")),
    ("178", 1, lambda f: put(f, E, 1, PLACE_PROVIDER="PR9")),
    ("1009", 1, lambda f: put(f, E, 1, first(D(2024, 1, 10)), REASON_PLACE_CHANGE="WHIM")),
    ("148", 2, lambda f: put(f, E, 2, REC=None)),
    ("356", 2, lambda f: put(f, E, 2, DEC=D(2025, 8, 1))),
    ("355", 2, lambda f: put(f, E, 2, DEC=D(2025, 9, 1))),
    ("354", 6, lambda f: put(f, E, 6, DECOM=D(2026, 4, 2))),
    ("385", 2, lambda f: put(f, E, 2, DEC=D(2026, 4, 2))),
    ("353", 5, lambda f: add(f, E, 5, DECOM=D(1990, 1, 1), RNE="S", LS="C2", CIN="N1", PLACE="U4", PLACE_PROVIDER="PR1",
                             DEC=D(1990, 2, 1), REC="E4A", HOME_POST="E8 1AA", PL_POST="N1 2BB")),
    ("302", 2, lambda f: put(f, "header", 2, DOB=D(2025, 10, 1))),
    ("352", 6, lambda f: put(f, "header", 6, DOB=D(2006, 1, 1))),
    ("357", 6, lambda f: history(f, 6, RNE="P")),
    ("142", 1, lambda f: put(f, E, 1, first(D(2024, 1, 10)), DEC=None, REC=None, REASON_PLACE_CHANGE=None)),
    ("501", 1, lambda f: put(f, E, 1, first(D(2024, 1, 10)), DEC=D(2025, 7, 1))),
    ("388", 2, lambda f: put(f, E, 2, REC="X1")),
    ("433", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), DECOM=D(2025, 6, 5))),
    ("432", 1, lambda f: put(f, E, 1, first(D(2024, 1, 10)), REC="E8")),
    ("431", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), RNE="S")),
    ("437", 1, lambda f: put(f, E, 1, first(D(2024, 1, 10)), REC="E2")),
    ("434", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), RNE="L")),
    ("435", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), LS="C1")),
    ("436", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), RNE="B")),
    ("504", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), CIN="N2")),
    ("386", 3, lambda f: put(f, "header", 3, DOB=D(2007, 1, 1))),
    ("387", 2, lambda f: put(f, E, 2, REC="E5")),
    ("389", 2, lambda f: put(f, E, 2, REC="E7")),
    ("407", 4, lambda f: put(f, E, 4, REC="E45")),
    ("460", 2, lambda f: put(f, E, 2, REC="E17")),
    ("516", 2, lambda f: put(f, E, 2, REC="E46", PLACE="K2")),
    ("358", 2, lambda f: put(f, E, 2, LS="J1")),
    ("372", 2, lambda f: put(f, E, 2, PLACE="R5")),
    ("373", 2, lambda f: put(f, E, 2, PLACE="S1")),
    ("374", 2, lambda f: put(f, E, 2, PLACE="P3")),
    ("371", 1, lambda f: put(f, E, 1, first(D(2025, 6, 1)), PLACE="K3", RNE="P")),
    ("378", 2, lambda f: put(f, E, 2, PLACE="P1", PLACE_PROVIDER="PR0")),
    ("379", 2, lambda f: put(f, E, 2, PLACE="T4", PLACE_PROVIDER=None)),
    ("375", 2, lambda f: put(f, E, 2, PLACE="T1", PLACE_PROVIDER=None)),
    ("376", 2, lambda f: put(f, E, 2, PLACE="T3", PLACE_PROVIDER=None)),
    ("380", 6, lambda f: put(f, E, 6, PLACE="T0", PLACE_PROVIDER=None)),
    ("381", 2, lambda f: put(f, E, 2, PLACE="T2", PLACE_PROVIDER=None, DEC=D(2025, 9, 5))),
    ("361", 2, lambda f: put(f, E, 2, LS="L1")),
    ("362", 2, lambda f: put(f, E, 2, LS="L2")),
    ("363", 2, lambda f: put(f, E, 2, LS="L3")),
    ("365", 2, lambda f: put(f, E, 2, LS="V3")),
    ("367", 2, lambda f: put(f, E, 2, LS="V3")),
    ("426", 2, lambda f: add(put(f, E, 2, LS="V3", DEC=D(2025, 9, 10)), E, 2, DECOM=D(2025, 10, 1), RNE="S", LS="V4", CIN="N1",
                             PLACE="U6", PLACE_PROVIDER="PR4", DEC=D(2025, 10, 3), REC="E4A", HOME_POST="E9 2CC", PL_POST="N4 3DD")),
    ("384", 2, lambda f: put(f, E, 2, LS="V4", PLACE="U4")),
    ("382", 2, lambda f: put(f, E, 2, LS="V4", PLACE="T0", PLACE_PROVIDER=None)),
    ("527", 2, lambda f: put(f, E, 2, PLACE="R2", PLACE_PROVIDER="PR1")),
    ("528", 2, lambda f: put(f, E, 2, PLACE="R5", PLACE_PROVIDER="PR2")),
    ("529", 2, lambda f: put(f, E, 2, PLACE_PROVIDER="PR3")),
    ("530", 2, lambda f: put(f, E, 2, PLACE="P1", LS="C1")),
    ("531", 2, lambda f: put(f, E, 2, PLACE="P1", LS="C1", PLACE_PROVIDER="PR5")),
    ("550", 2, lambda f: put(f, E, 2, PLACE_PROVIDER="PR0")),
    ("526", 2, lambda f: put(f, E, 2, PLACE_PROVIDER=None)),
    ("213", 2, lambda f: put(f, E, 2, PLACE="Z1")),
    ("217", 3, lambda f: put(f, E, 3, first(D(2025, 7, 1)), PLACE="A5")),
    ("336", 3, lambda f: put(put(f, E, 3, first(D(2024, 3, 1)), PLACE="K2", URN="SC111111", PLACE_PROVIDER="PR4"),
                             E, 3, first(D(2025, 7, 1)), PLACE="A5", RNE="T")),
    ("408", 3, lambda f: put(f, E, 3, first(D(2025, 7, 1)), LS="C2")),
    ("218", 6, lambda f: put(f, E, 6, URN=None)),
    ("225", 1, lambda f: put(f, E, 1, first(D(2024, 1, 10)), REASON_PLACE_CHANGE=None)),
    ("226", 2, lambda f: put(f, E, 2, PLACE="T1", PLACE_PROVIDER=None, REASON_PLACE_CHANGE="CARPL")),
    ("233", 6, lambda f: put(f, E, 6, REASON_PLACE_CHANGE="CARPL")),
    ("392b", 2, lambda f: put(f, E, 2, HOME_POST=None)),
    ("392c", 2, lambda f: put(f, E, 2, PL_POST="NOT A PC")),
    ("392d", 2, lambda f: put(f, E, 2, PL_POST="E9 2CC")),
    ("INT03", 7, lambda f: add(f, E, 7, DECOM=D(2025, 5, 1), RNE="S", LS="C1", CIN="N1", PLACE="U6", PLACE_PROVIDER="PR1")),
    # Reviews.
    ("166", 1, lambda f: put(f, "reviews", 1, REVIEW=None)),
    ("167", 1, lambda f: put(f, "reviews", 1, REVIEW_CODE="PN9")),
    ("440", 1, lambda f: put(f, "reviews", 1, REVIEW_CODE="PN0")),
    ("441", 2, lambda f: put(f, "reviews", 2, REVIEW_CODE="PN1")),
    ("399", 2, lambda f: put(f, E, 2, LS="V3")),
    ("INT08", 7, lambda f: add(f, "reviews", 7, REVIEW=D(2025, 6, 1), REVIEW_CODE="PN1")),
    ("INT17", 1, lambda f: put(f, "reviews", 1, DOB=D(2012, 6, 2))),
    # UASC.
    ("304", 6, lambda f: put(f, "uasc", 6, DUC=D(2027, 3, 2))),
    ("1014", 5, lambda f: add(f, "uasc", 5, SEX="F")),
    ("INT09", 7, lambda f: add(f, "uasc", 7, SEX="M")),
    ("INT18", 6, lambda f: put(f, "uasc", 6, DOB=D(2009, 3, 2))),
    ("INT21", 6, lambda f: put(f, "uasc", 6, SEX="F")),
    ("INT36", 6, lambda f: add(f, "uasc", 6, SEX="M")),
    # OC2.
    ("180", 1, lambda f: put(f, "oc2", 1, SDQ_SCORE=41)),
    ("196", 1, lambda f: put(f, "oc2", 1, SDQ_SCORE=None, SDQ_REASON="SDQ9")),
    ("197a", 1, lambda f: put(f, "oc2", 1, SDQ_REASON="SDQ2")),
    ("181", 1, lambda f: put(f, "oc2", 1, IMMUNISATIONS="Y")),
    ("186", 1, lambda f: put(f, "oc2", 1, SDQ_SCORE=None)),
    ("188", 1, lambda f: put(put(f, "oc2", 1, DOB=D(2022, 6, 1), HEALTH_CHECK="1"), "header", 1, DOB=D(2022, 6, 1))),
    ("189", 1, lambda f: put(put(f, "oc2", 1, DOB=D(2008, 1, 1)), "header", 1, DOB=D(2008, 1, 1))),
    ("157", 1, lambda f: put(f, "oc2", 1, SDQ_SCORE=None, SDQ_REASON="SDQ1")),
    ("542", 1, lambda f: put(put(f, "oc2", 1, DOB=D(2017, 1, 1), CONVICTED="0"), "header", 1, DOB=D(2017, 1, 1))),
    ("545", 1, lambda f: put(put(f, "oc2", 1, DOB=D(2021, 6, 1), SDQ_SCORE=None), "header", 1, DOB=D(2021, 6, 1))),
    ("546", 1, lambda f: put(f, "oc2", 1, HEALTH_CHECK="1")),
    ("190", 6, lambda f: add(f, "oc2", 6, IMMUNISATIONS="1")),
    ("185", 6, lambda f: add(f, "oc2", 6, SDQ_SCORE=10)),
    ("198", 6, lambda f: add(f, "oc2", 6, SDQ_REASON="SDQ4")),
    ("187", 1, lambda f: add(f, "oc3", 1, IN_TOUCH="YES", ACTIV="F2", ACCOM="B1")),
    ("INT05", 7, lambda f: add(f, "oc2", 7, IMMUNISATIONS="1")),
    ("INT14", 1, lambda f: put(f, "oc2", 1, DOB=D(2012, 6, 2))),
    ("INT33", 1, lambda f: add(f, "oc2", 1, IMMUNISATIONS="1")),
    # OC3.
    ("131", 5, lambda f: put(f, "oc3", 5, IN_TOUCH="MAYBE")),
    ("132", 5, lambda f: put(f, "oc3", 5, ACTIV="F9")),
    ("133", 5, lambda f: put(f, "oc3", 5, ACCOM="U3")),
    ("153", 5, lambda f: put(f, "oc3", 5, ACCOM=None)),
    ("344", 5, lambda f: put(f, "oc3", 5, IN_TOUCH="RHOM")),
    ("345", 5, lambda f: put(f, "oc3", 5, ACTIV="0")),
    ("347", 4, lambda f: put(put(f, "oc3", 4, ACCOM="T1", DOB=D(2008, 10, 1)), "header", 4, DOB=D(2008, 10, 1))),
    ("3001", 4, lambda f: put(put(f, "oc3", 4, DOB=D(2008, 10, 1)), "header", 4, DOB=D(2008, 10, 1))),
    ("391", 5, lambda f: put(put(f, "oc3", 5, DOB=D(2003, 7, 1)), "header", 5, DOB=D(2003, 7, 1))),
    ("1000", 5, lambda f: history(f, 5, REC="E2")),
    ("1011", 5, lambda f: history(f, 5, REC="E3")),
    ("1002", 5, lambda f: drop(f, "history", 5)),
    ("1001", 5, lambda f: history(f, 5, DECOM=D(2023, 6, 1))),
    ("1007", 4, lambda f: history(f, 4, DEC=None)),
    ("1016", 4, lambda f: history(f, 4, DEC=D(2025, 12, 1))),
    ("1012", 5, lambda f: add(f, "reviews", 5, REVIEW=D(2025, 6, 1), REVIEW_CODE="PN1")),
    ("134", 5, lambda f: add(f, "placed_for_adoption", 5, DATE_PLACED=D(2025, 6, 1))),
    ("215", 4, lambda f: add(f, "oc2", 4, IMMUNISATIONS="1")),
    ("INT06", 7, lambda f: add(f, "oc3", 7, IN_TOUCH="YES", ACTIV="F2", ACCOM="B1")),
    ("INT15", 5, lambda f: put(f, "oc3", 5, DOB=D(2005, 7, 2))),
    ("INT34", 5, lambda f: add(f, "oc3", 5, IN_TOUCH="YES", ACTIV="F2", ACCOM="B1")),
    # AD1.
    ("114", 3, lambda f: put(f, "ad1", 3, FOSTER_CARE="2")),
    ("175", 3, lambda f: put(f, "ad1", 3, NB_ADOPTR="3")),
    ("176", 3, lambda f: put(f, "ad1", 3, SEX_ADOPTR="XY")),
    ("177", 3, lambda f: put(f, "ad1", 3, LS_ADOPTR="L9")),
    ("601", 3, lambda f: drop(f, "ad1", 3)),
    ("602", 1, lambda f: add(f, "ad1", 1, DATE_INT=D(2025, 5, 1))),
    ("333", 3, lambda f: put(f, "ad1", 3, DATE_MATCH=D(2024, 1, 1))),
    ("331", 3, lambda f: put(f, "ad1", 3, DATE_MATCH=D(2025, 8, 1))),
    ("521", 3, lambda f: put(f, "ad1", 3, DATE_INT=D(2025, 7, 2))),
    ("334", 3, lambda f: put(f, "ad1", 3, DATE_INT=D(2023, 1, 1))),
    ("582", 3, lambda f: put(f, "ad1", 3, DATE_MATCH=D(2026, 2, 1))),
    ("335", 3, lambda f: put(f, "ad1", 3, FOSTER_CARE="1")),
    ("390", 3, lambda f: put(f, E, 3, first(D(2025, 7, 1)), PLACE="U4")),
    ("523", 3, lambda f: put(f, "ad1", 3, DATE_INT=D(2024, 1, 16))),
    ("INT01", 7, lambda f: add(f, "ad1", 7, DATE_INT=D(2025, 5, 1))),
    ("INT11", 3, lambda f: put(f, "ad1", 3, DOB=D(2021, 5, 2))),
    ("INT31", 3, lambda f: add(f, "ad1", 3, DATE_INT=D(2024, 1, 15))),
    # Placed for adoption.
    ("112", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED=None)),
    ("563", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED=None, DATE_PLACED_CEASED=D(2025, 5, 1))),
    ("120", 3, lambda f: put(f, "placed_for_adoption", 3, REASON_PLACED_CEASED="RD9")),
    ("117", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED_CEASED=D(2026, 3, 1))),
    ("118", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED_CEASED=D(2025, 3, 1))),
    ("184", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED=D(2021, 4, 1))),
    ("522", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED_CEASED=D(2023, 12, 1))),
    ("1003", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED=D(2023, 1, 1))),
    ("552", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED=D(2025, 7, 2))),
    ("551", 3, lambda f: drop(f, "placed_for_adoption", 3)),
    ("553", 3, lambda f: drop(f, "placed_for_adoption", 3)),
    ("554", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED=D(2024, 3, 2))),
    ("557", 3, lambda f: put(f, E, 3, first(D(2025, 7, 1)), REC="E13")),
    ("558", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED_CEASED=D(2025, 12, 1))),
    ("525", 3, lambda f: put(f, "placed_for_adoption", 3, DATE_PLACED_CEASED=D(2025, 5, 1))),
    ("579", 3, lambda f: add(put(f, "placed_for_adoption", 3, DATE_PLACED_CEASED=D(2025, 5, 1)), "placed_for_adoption", 3,
                             DATE_PLACED=D(2025, 4, 20))),
    ("583", 3, lambda f: add(f, "placed_for_adoption", 3, DATE_PLACED=D(2025, 4, 20))),
    ("INT02", 7, lambda f: add(f, "placed_for_adoption", 7, DATE_PLACED=D(2025, 4, 20))),
    ("INT12", 3, lambda f: put(f, "placed_for_adoption", 3, DOB=D(2021, 5, 2))),
    # Previous permanence.
    ("630", 2, lambda f: drop(f, "previous_permanence", 2)),
    ("INT07", 7, lambda f: add(f, "previous_permanence", 7)),
    ("INT16", 2, lambda f: put(f, "previous_permanence", 2, DOB=D(2022, 1, 16))),
    ("INT35", 2, lambda f: add(f, "previous_permanence", 2)),
    # Missing.
    ("1006", 1, lambda f: put(f, "missing", 1, MISSING="X")),
    ("564", 1, lambda f: put(f, "missing", 1, MIS_START=None)),
    ("565", 1, lambda f: put(f, "missing", 1, MISSING=None, MIS_END=None)),
    ("566", 1, lambda f: put(f, "missing", 1, MISSING=None)),
    ("567", 1, lambda f: put(f, "missing", 1, MIS_END=D(2025, 7, 30))),
    ("570", 1, lambda f: put(f, "missing", 1, MIS_START=D(2026, 4, 2), MIS_END=None)),
    ("571", 1, lambda f: put(f, "missing", 1, MIS_END=D(2026, 4, 2))),
    ("574", 1, lambda f: add(f, "missing", 1, MISSING="A", MIS_START=D(2025, 8, 2), MIS_END=D(2025, 8, 3))),
    ("575", 1, lambda f: put(f, "missing", 1, MIS_START=D(2025, 5, 1), MIS_END=None)),
    ("577", 2, lambda f: add(f, "missing", 2, MISSING="M", MIS_START=D(2025, 12, 1))),
    ("578", 2, lambda f: add(f, "missing", 2, MISSING="M", MIS_START=D(2026, 2, 1), MIS_END=D(2026, 2, 2))),
    ("580", 2, lambda f: add(f, "missing", 2, MISSING="M", MIS_START=D(2026, 1, 19), MIS_END=D(2026, 1, 21))),
    ("581", 2, lambda f: add(f, "missing", 2, MISSING="M", MIS_START=D(2025, 8, 1), MIS_END=D(2025, 8, 2))),
    ("586", 1, lambda f: put(put(f, "missing", 1, DOB=D(2025, 8, 5)), "header", 1, DOB=D(2025, 8, 5))),
    ("INT04", 7, lambda f: add(f, "missing", 7, MISSING="M", MIS_START=D(2025, 8, 1))),
    ("INT13", 1, lambda f: put(f, "missing", 1, DOB=D(2012, 6, 2))),
    ("446", 3, lambda f: put(f, E, 3, first(D(2024, 3, 1)), DECOM=D(2005, 6, 1))),
    ("199", 3, lambda f: add(f, E, 3, DECOM=D(2026, 3, 1), RNE="S", LS="C2", CIN="N1", PLACE="U4", PLACE_PROVIDER="PR1")),
    ("234", 3, lambda f: put(f, E, 3, first(D(2024, 3, 1)), REASON_PLACE_CHANGE="CUSTOD")),
    ("366", 2, lambda f: put(f, E, 2, LS="V3", RNE="P")),
    ("377", 2, lambda f: history(add(add(f, "history", 2, DECOM=D(2025, 5, 1), LS="V2", DEC=D(2025, 5, 8), REC="X1"), "history", 2,
                                     DECOM=D(2025, 7, 1), LS="V2", DEC=D(2025, 7, 8), REC="X1"), 2, PLACE="T3")),
    ("383", 1, lambda f: add(put(f, E, 1, first(D(2025, 6, 1)), PLACE="T2", PLACE_PROVIDER=None, DEC=D(2025, 7, 1), REC="X1"), E, 1,
                             DECOM=D(2025, 7, 1), RNE="P", LS="C2", CIN="N1", PLACE="U4", PLACE_PROVIDER="PR1", PL_POST="N1 2BB")),
    # Compared with last year's return: last year's says something else.
    ("202", 1, lambda f: put_last(f, "header", 1, SEX="M")),
    ("203", 1, lambda f: put_last(f, "header", 1, DOB=D(2012, 6, 2))),
    ("204", 1, lambda f: put_last(f, "header", 1, ETHNIC="WIRI")),
    ("208", 4, lambda f: put_last(f, "header", 4, UPN="B999999999999")),
    ("502", 1, lambda f: put_last(f, E, 1, first(D(2024, 1, 10)), DECOM=D(2024, 1, 11))),
    ("503A", 1, lambda f: put_last(f, E, 1, first(D(2024, 1, 10)), RNE="P")),
    ("503B", 1, lambda f: put_last(f, E, 1, first(D(2024, 1, 10)), LS="C1")),
    ("503C", 1, lambda f: put_last(f, E, 1, first(D(2024, 1, 10)), CIN="N2")),
    ("503D", 1, lambda f: put_last(f, E, 1, first(D(2024, 1, 10)), PLACE="U4")),
    ("503E", 1, lambda f: put_last(f, E, 1, first(D(2024, 1, 10)), PLACE_PROVIDER="PR2")),
    ("503F", 1, lambda f: put_last(f, E, 1, first(D(2024, 1, 10)), URN="SC999999")),
    ("562", 3, lambda f: put_last(f, E, 3, first(D(2024, 3, 1)), DECOM=D(2024, 2, 1))),
    ("NoE", 1, lambda f: drop_last(f, E, 1)),
    ("1010", 5, lambda f: add_last(f, E, 5, DECOM=D(2024, 1, 1), RNE="S", LS="C2", CIN="N1", PLACE="K2", PLACE_PROVIDER="PR4")),
    ("348", 5, lambda f: put_last(f, "oc3", 5, IN_TOUCH="DIED", ACTIV=None, ACCOM=None)),
    ("576", 1, lambda f: add_last(f, "missing", 1, MISSING="M", MIS_START=D(2025, 3, 20))),
    ("559", 3, lambda f: drop_last(f, "placed_for_adoption", 3)),
    ("560", 3, lambda f: put_last(f, "placed_for_adoption", 3, DATE_PLACED=D(2024, 1, 10))),
    ("561", 3, lambda f: put_last(f, "placed_for_adoption", 3, DATE_PLACED_CEASED=D(2024, 6, 1))),
    ("207", 1, lambda f: put_last(put(f, "header", 1, MOTHER="0"), "header", 1, MOTHER="1")),
    ("626", 1, lambda f: put_last(put(f, "header", 1, MOTHER="1", MC_DOB=D(2025, 1, 1)), "header", 1, MOTHER="0")),
    ("624", 1, lambda f: put_last(put(f, "header", 1, MC_DOB=D(2025, 1, 1)), "header", 1, MC_DOB=D(2024, 12, 1))),
    # Dates as written in the files.
    ("147", 2, lambda f: write(f, E, 2, DEC="31/02/2026")),
    ("104", 6, lambda f: write(f, "uasc", 6, DUC="2026-01-01")),
    ("113", 3, lambda f: write(f, "ad1", 3, DATE_MATCH="1/6/2025")),
    ("115", 3, lambda f: write(f, "placed_for_adoption", 3, DATE_PLACED="15/13/2024")),
    ("116", 3, lambda f: write(f, "placed_for_adoption", 3, DATE_PLACED_CEASED="00/05/2025")),
    ("1004", 1, lambda f: write(f, "missing", 1, MIS_START="32/08/2025")),
    ("1005", 1, lambda f: write(f, "missing", 1, MIS_END="UNKNOWN")),
    ("171", 1, lambda f: write(f, "header", 1, MC_DOB="29/02/2025")),
    ("632", 2, lambda f: write(f, "previous_permanence", 2, DATE_PERM="ZZ/13/2020")),
    # Items Hearth leaves blank, completed.
    ("393", 1, lambda f: put(f, "header", 1, MOTHER=None)),
    ("607", 3, lambda f: put(f, "header", 3, MOTHER=None)),
    ("165", 1, lambda f: put(f, "header", 1, MOTHER="2")),
    ("174", 2, lambda f: put(f, "header", 2, MC_DOB=D(2025, 1, 1))),
    ("611", 1, lambda f: put(f, "header", 1, MOTHER="1")),
    ("612", 1, lambda f: put(f, "header", 1, MC_DOB=D(2025, 1, 1))),
    ("620", 3, lambda f: put(f, "header", 3, MOTHER="1", MC_DOB=D(2025, 1, 1))),
    ("621", 1, lambda f: put(f, "header", 1, MOTHER="1", MC_DOB=D(2010, 1, 1))),
    ("625", 1, lambda f: put(f, "header", 1, MOTHER="1", MC_DOB=D(2026, 5, 1))),
    ("192", 1, lambda f: put(f, "oc2", 1, SUBSTANCE_MISUSE="1")),
    ("193", 1, lambda f: put(f, "oc2", 1, SUBSTANCE_MISUSE="0", INTERVENTION_OFFERED="1")),
    ("158", 1, lambda f: put(f, "oc2", 1, SUBSTANCE_MISUSE="1", INTERVENTION_RECEIVED="1", INTERVENTION_OFFERED="1")),
    ("159", 1, lambda f: put(f, "oc2", 1, SUBSTANCE_MISUSE="1", INTERVENTION_RECEIVED="0")),
    ("544", 1, lambda f: put(f, "oc2", 1, SUBSTANCE_MISUSE=None)),
    ("191", 1, lambda f: put(f, "oc2", 1, SUBSTANCE_MISUSE=None, CONVICTED=None)),
    ("182", 1, lambda f: put(f, "oc2", 1, SUBSTANCE_MISUSE=None)),
    ("547", 1, lambda f: put(f, "oc2", 1, HEALTH_CHECK="1", TEETH_CHECK=None)),
    ("543", 1, lambda f: put(f, "oc2", 1, CONVICTED=None)),
    ("511", 3, lambda f: put(f, "ad1", 3, NB_ADOPTR="2", SEX_ADOPTR="M1")),
    ("514", 3, lambda f: put(f, "ad1", 3, NB_ADOPTR="2", SEX_ADOPTR="MF", LS_ADOPTR="L0")),
    ("517", 3, lambda f: put(f, "ad1", 3, NB_ADOPTR="2", SEX_ADOPTR="FF", LS_ADOPTR="L3")),
    ("518", 3, lambda f: put(f, "ad1", 3, NB_ADOPTR="2", SEX_ADOPTR="MF", LS_ADOPTR="L4")),
    ("524", 3, lambda f: put(f, "ad1", 3, NB_ADOPTR="2", SEX_ADOPTR="MF", LS_ADOPTR="L12")),
    ("519", 3, lambda f: put(f, "ad1", 3, NB_ADOPTR="1", SEX_ADOPTR="F1", LS_ADOPTR="L2")),
    ("520", 3, lambda f: put(f, "ad1", 3, NB_ADOPTR="2", SEX_ADOPTR="FF", LS_ADOPTR="L11")),
    ("151", 3, lambda f: put(f, "ad1", 3, LS_ADOPTR=None)),
    ("631", 2, lambda f: put(f, "previous_permanence", 2, PREV_PERM="P9")),
    ("634", 2, lambda f: history(put(f, "previous_permanence", 2, PREV_PERM="P1"), 2, DECOM=D(2015, 9, 1))),
    ("635", 2, lambda f: put(f, "previous_permanence", 2, PREV_PERM="Z1", LA_PERM="202")),
    # Social worker episodes.
    ("SW02STG1", 1, lambda f: put(f, SWE, 1, sw(D(2025, 9, 30)), SW_ID="123456")),
    ("SW04STG1", 1, lambda f: write(f, SWE, 1, SW_DECOM="31/02/2025")),
    ("SW05STG1", 6, lambda f: write(f, SWE, 6, SW_DEC="2025-08-01")),
    ("SW06STG2", 1, lambda f: put(f, SWE, 1, sw(D(2025, 9, 30)), SW_DECOM=D(2026, 4, 2))),
    ("SW07STG2", 6, lambda f: put(f, SWE, 6, sw(D(2025, 4, 20)), SW_DEC=D(2025, 3, 1))),
    ("SW08STG2", 6, lambda f: put(f, SWE, 6, sw(D(2025, 4, 20)), SW_DEC=None)),
    ("SW09STG2", 6, lambda f: put(f, SWE, 6, sw(D(2025, 8, 1)), SW_DEC=D(2025, 8, 1))),
    ("SW10STG2", 6, lambda f: put(f, SWE, 6, sw(D(2025, 8, 1)), SW_DECOM=D(2025, 7, 20))),
    ("SW10aSTG2", 6, lambda f: put(f, SWE, 6, sw(D(2025, 8, 1)), SW_DECOM=D(2025, 8, 20))),
    ("SW10bSTG2", 6, lambda f: put(f, SWE, 6, sw(D(2025, 8, 1)), SW_DECOM=D(2025, 7, 20), SW_REASON="FCONTA")),
    ("SW11bSTG2", 1, lambda f: drop_where(f, SWE, 1, c("SW_DEC").is_null())),
    ("SW12STG2", 1, lambda f: drop(f, SWE, 1)),
    ("SW13STG1", 1, lambda f: put(f, SWE, 1, SW_REASON="WHIM")),
    ("SW17STG2", 1, lambda f: put(f, SWE, 1, c("SW_DEC").is_null(), SW_DEC=D(2026, 3, 1))),
    ("SW18STG2", 6, lambda f: put(f, SWE, 6, sw(D(2025, 8, 1)), SW_DEC=D(2025, 7, 1))),
    ("SW19STG2", 1, lambda f: add(f, SWE, 1, SW_ID="SW100013", SW_DECOM=D(2025, 9, 30), SW_REASON="OTHERS")),
]


def test_every_rule_has_a_case():
    assert {code for code, _child, _break in CASES} == set(BY_CODE)
    assert len(CASES) == len(BY_CODE)


@pytest.mark.parametrize(("code", "child", "breaks"), CASES, ids=[case[0] for case in CASES])
def test_the_rule_fires_on_the_broken_record_and_not_on_the_clean_one(clean, code, child, breaks):
    rule = BY_CODE[code]
    assert run([rule], clean) == []
    found = run([rule], breaks(clean))
    assert found, f"{code} did not fire"
    assert str(child) in {f.child for f in found}, [f.child for f in found]
    assert all(f.code == code and f.message and f.field == rule.field for f in found)


def test_a_partial_date_of_a_previous_permanence_order_is_a_valid_value(clean):
    rule = BY_CODE["632"]
    for partial in ("zz/05/2020", "ZZ/ZZ/2021", "ZZ/ZZ/ZZZZ", "01/05/2020"):
        assert run([rule], write(clean, "previous_permanence", 2, DATE_PERM=partial)) == [], partial
    assert run([rule], write(clean, "previous_permanence", 2, DATE_PERM="ZZ/05/20")), "not a year"


def test_a_temporary_placement_followed_by_the_placement_before_it_is_not_reported(clean):
    back = add(put(clean, E, 1, first(D(2025, 6, 1)), PLACE="T2", PLACE_PROVIDER=None, DEC=D(2025, 7, 1), REC="X1"), E, 1,
               DECOM=D(2025, 7, 1), RNE="P", LS="C2", CIN="N1", PLACE="U6", PLACE_PROVIDER="PR1", PL_POST="N1 2BB")
    assert run([BY_CODE["383"]], back) == []


def test_two_placements_while_the_foster_carer_is_on_holiday_in_12_months_are_allowed(clean):
    two = history(add(clean, "history", 2, DECOM=D(2025, 5, 1), LS="V2", DEC=D(2025, 5, 8), REC="X1"), 2, PLACE="T3")
    assert run([BY_CODE["377"]], two) == []
    a_year_apart = history(add(add(clean, "history", 2, DECOM=D(2024, 5, 1), LS="V2", DEC=D(2024, 5, 8), REC="X1"), "history", 2,
                               DECOM=D(2024, 8, 31), LS="V2", DEC=D(2024, 9, 7), REC="X1"), 2, PLACE="T3")
    assert run([BY_CODE["377"]], a_year_apart) == []


def test_the_readme_gives_the_number_of_rules_checked():
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text()
    assert f"checks {len(RULES)} of the {len(rule_messages(RULE_FILE))} 2025-26 rules" in readme


def test_last_years_files_read_back_by_column_name_and_a_changed_item_fires_its_rule(clean, tmp_path):
    sent = clean.last_year()
    for name in ssda903.COLUMNS:
        (tmp_path / f"{name}.csv").write_bytes(ssda903.to_csv(sent.tables[name], name))
    header = pl.read_csv(tmp_path / "header.csv", infer_schema=False)
    reordered = header.select(list(reversed(header.columns))).with_columns(
        pl.when(c("CHILD") == "1").then(pl.lit("M")).otherwise(c("SEX")).alias("SEX"))
    (tmp_path / "header.csv").write_bytes(b"\xef\xbb\xbf" + reordered.write_csv().encode())  # as a spreadsheet saves it
    (tmp_path / "missing.csv").unlink()
    read = ssda903.from_files(tmp_path, YEAR - 1)
    assert read.tables["episodes"].equals(sent.tables["episodes"]) and read.tables["missing"].is_empty()
    assert read.tables["header"].filter(c("person_id") == 1)["SEX"].to_list() == ["M"]
    assert [f.child for f in run([BY_CODE["202"]], replace(clean, previous=read))] == ["1"]
    assert run([BY_CODE["203"], BY_CODE["502"], BY_CODE["503D"]], replace(clean, previous=read)) == []


def test_a_looked_after_girl_is_a_mother_when_her_family_record_has_a_child_of_hers_born_while_she_was_in_care():
    src = source()
    src.births = [{"mother_id": 1, "date_of_birth": D(2025, 12, 1)}, {"mother_id": 1, "date_of_birth": D(2026, 2, 1)},
                  {"mother_id": 3, "date_of_birth": D(2026, 3, 1)},  # after she was adopted (1 February): not counted
                  {"mother_id": 2, "date_of_birth": D(2025, 12, 1)},  # a boy
                  {"mother_id": 5, "date_of_birth": D(2025, 12, 1)}]  # a care leaver not looked after in the year
    header = ssda903.tables(as_of(src, YEAR), YEAR).tables["header"]
    got = {r["person_id"]: (r["MOTHER"], r["MC_DOB"]) for r in header.iter_rows(named=True)}
    assert got[1] == ("1", D(2025, 12, 1)) and got[3] == ("0", None)
    assert got[2] == got[4] == got[5] == got[6] == (None, None)
    assert run(RULES, replace(ssda903.tables(as_of(src, YEAR), YEAR), previous=ssda903.tables(as_of(src, YEAR - 1), YEAR - 1))) == []


def test_oc2_and_previous_permanence_come_from_the_outcomes_and_permanence_records():
    src = source()
    src.outcomes = [{"child_id": 1, "year_ending": D(YEAR, 3, 31), "convicted": False, "substance_misuse": True,
                     "intervention_offered": True, "intervention_received": False}]
    src.permanence = [{"child_id": 2, "period_start": D(2025, 9, 1), "prev_perm": "P2", "la_perm": "202", "date_perm": D(2020, 1, 1)},
                      {"child_id": 6, "period_start": D(2020, 5, 1), "prev_perm": "P1", "la_perm": "", "date_perm": None}]
    frames = ssda903.tables(as_of(src, YEAR), YEAR)
    oc2 = frames.tables["oc2"].row(0, named=True)
    assert (oc2["CONVICTED"], oc2["SUBSTANCE_MISUSE"], oc2["INTERVENTION_RECEIVED"], oc2["INTERVENTION_OFFERED"]) == ("0", "1", "0", "1")
    perm = {r["person_id"]: (r["PREV_PERM"], r["LA_PERM"], r["DATE_PERM"])
            for r in frames.tables["previous_permanence"].iter_rows(named=True)}
    assert perm == {2: ("P2", "202", D(2020, 1, 1)), 6: (None, None, None)}  # 6's record is for another period of care
    frames.previous = ssda903.tables(as_of(src, YEAR - 1), YEAR - 1)
    assert run(RULES, frames) == []
    # Received: INTERVENTION_OFFERED is left blank (158); no problem: both blank (193); under 10: no CONVICTED (542).
    src.outcomes[0].update(intervention_received=True)
    oc2 = ssda903.tables(as_of(src, YEAR), YEAR).tables["oc2"]
    assert oc2.select("INTERVENTION_RECEIVED", "INTERVENTION_OFFERED").row(0) == ("1", None)
    src.outcomes[0].update(substance_misuse=False, convicted=True)
    src.people[1]["date_of_birth"] = D(2016, 6, 1)
    got = ssda903.tables(as_of(src, YEAR), YEAR).tables["oc2"].row(0, named=True)
    assert (got["CONVICTED"], got["SUBSTANCE_MISUSE"], got["INTERVENTION_RECEIVED"], got["INTERVENTION_OFFERED"]) == (None, "0", None, None)


def test_a_child_in_oc2_without_the_years_outcomes_record_is_reported():
    src = source()
    src.outcomes = [o for o in src.outcomes if o["year_ending"] != D(YEAR, 3, 31)]  # this year's not recorded
    frames = ssda903.tables(as_of(src, YEAR), YEAR)
    fired = {(f.code, f.child) for f in run([BY_CODE[code] for code in ("191", "182", "543", "547")], frames)}
    # 13: no convictions (543) nor substance misuse (191); nothing else completed, so not 182 or 547.
    assert fired == {("191", "1"), ("543", "1")}
    src.people[1]["date_of_birth"] = D(2021, 6, 1)  # under 5: the health promotion check is completed
    frames = ssda903.tables(as_of(src, YEAR), YEAR)
    fired = {(f.code, f.child) for f in run([BY_CODE[code] for code in ("191", "182", "543", "547")], frames)}
    assert fired == {("191", "1"), ("182", "1"), ("547", "1")}


ADOPTER_RULES = ("151", "175", "176", "177", "511", "514", "517", "518", "519", "520", "524")


@pytest.mark.parametrize(("sexes", "relationship", "expected"), [
    (["F"], "", ("1", "F1", "L0")),
    (["M"], "", ("1", "M1", "L0")),
    (["F", "M"], "married", ("2", "MF", "L11")),
    (["M", "F"], "married", ("2", "MF", "L11")),
    (["F", "F"], "married", ("2", "FF", "L12")),
    (["M", "M"], "married", ("2", "MM", "L12")),
    (["F", "M"], "civil_partners", ("2", "MF", "L2")),
    (["F", "F"], "civil_partners", ("2", "FF", "L2")),
    (["M", "F"], "unmarried", ("2", "MF", "L3")),
    (["M", "M"], "unmarried", ("2", "MM", "L4")),
    (["F", "F"], "unmarried", ("2", "FF", "L4")),
])
def test_the_adopters_are_derived_from_the_household_linked_to_the_match_and_agree_with_the_dfe_rules(sexes, relationship, expected):
    src = source()
    src.households = [{**h, "relationship": relationship} for h in src.households]
    src.adopters = [{"household_id": 10, "sex": sex} for sex in sexes]
    frames = ssda903.tables(as_of(src, YEAR), YEAR)
    assert frames.tables["ad1"].select("NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR").row(0) == expected
    assert run([BY_CODE[code] for code in ADOPTER_RULES], frames) == []


@pytest.mark.parametrize(("change", "expected", "fired"), [
    (lambda src: setattr(src, "households", []), (None, None, None), {"151"}),  # the match is not linked to a household
    # An adopter's sex not known: MF or a same-sex couple? Two adopters with no MM, FF or MF is 511's too.
    (lambda src: src.adopters[1].update(sex="U"), ("2", None, None), {"151", "511"}),
    (lambda src: setattr(src, "households", [{**h, "relationship": ""} for h in src.households]), ("2", "MF", None), {"151"}),
])
def test_an_adopter_item_not_recorded_is_left_blank_and_rule_151_reports_the_child(change, expected, fired):
    src = source()
    change(src)
    frames = ssda903.tables(as_of(src, YEAR), YEAR)
    assert frames.tables["ad1"].select("NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR").row(0) == expected
    assert {(f.code, f.child) for f in run([BY_CODE[code] for code in ADOPTER_RULES], frames)} == {(code, "3") for code in fired}


def test_the_adopters_are_those_of_the_match_reported_or_else_of_the_latest_linked_step():
    src = source()
    src.adopters.append({"household_id": 11, "sex": "F"})
    # An earlier match with another household (household 11, one woman) that fell through: DATE_MATCH is 1 June's.
    src.households.insert(0, {"child_id": 3, "kind": "matched", "on": D(2024, 9, 1), "household_id": 11, "relationship": ""})
    src.adoption.insert(1, {"child_id": 3, "stage": "matched", "on": D(2024, 9, 1)})
    assert ssda903.tables(as_of(src, YEAR), YEAR).tables["ad1"].select("NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR").row(0) == ("2", "MF", "L11")
    # The latest match not linked: the placement and order with household 10 name the adopters.
    src.households = [h for h in src.households if h["kind"] != "matched"]
    assert ssda903.tables(as_of(src, YEAR), YEAR).tables["ad1"].select("NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR").row(0) == ("2", "MF", "L11")


SW_RULES = [code for code in BY_CODE if code.startswith("SW")]


def sw_rows(src: ssda903.Source) -> tuple[list[tuple], set[tuple[str, str]]]:
    """The social worker episodes derived from the records, and which SW rules they break (code, child)."""
    frames = ssda903.tables(as_of(src, YEAR), YEAR)
    rows = frames.tables[SWE].select("CHILD", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON").rows()
    return rows, {(f.code, f.child) for f in run([BY_CODE[code] for code in SW_RULES], frames)}


def test_a_unit_without_a_consultant_social_worker_for_a_while_leaves_a_gap_the_rules_report():
    src = source()
    src.leads[1] = lead(100, 12, D(2025, 10, 20))  # unit 100 had no lead from 30 September to 20 October
    rows, fired = sw_rows(src)
    assert ("1", "SW100012", D(2025, 10, 20), None, "LEFTRL") in rows
    assert fired == {("SW10aSTG2", "1"), ("SW10aSTG2", "6")}


def test_a_case_opened_while_its_unit_had_no_lead_has_no_first_contact_episode():
    src = source()
    src.leads[2] = lead(200, 13, D(2025, 5, 1))  # unit 200's lead joined after child 6's case opened
    rows, fired = sw_rows(src)
    assert ("6", "SW200013", D(2025, 5, 1), D(2025, 8, 1), "OTHERS") in rows
    assert fired == {("SW12STG2", "6")}  # the episode from 20 April is missing


def test_a_lead_with_no_social_work_england_number_is_reported():
    src = source()
    src.leads[2] = lead(200, 13, D(2019, 6, 1), swe="")
    rows, fired = sw_rows(src)
    assert ("6", None, D(2025, 4, 20), D(2025, 8, 1), "FCONTA") in rows
    assert fired == {("SW02STG1", "6")}


def test_a_case_opened_after_a_gap_is_a_new_first_contact_and_a_reopening_with_the_same_lead_one_episode():
    src = source()
    src.cases[1] = case(1006, 6, 200, D(2025, 4, 20), D(2025, 7, 1))  # closed a month before the case with unit 100 opened
    src.cases[0] = case(1001, 1, 100, D(2023, 4, 20), D(2024, 6, 1))
    src.cases.append(case(1003, 1, 100, D(2024, 6, 1)))  # closed and opened again the same day in the same unit
    rows, fired = sw_rows(src)
    assert ("6", "SW100011", D(2025, 8, 1), D(2025, 9, 30), "FCONTA") in rows
    assert [r for r in rows if r[0] == "1"] == [("1", "SW100011", D(2023, 4, 20), D(2025, 9, 30), "FCONTA"),
                                                ("1", "SW100012", D(2025, 9, 30), None, "LEFTRL")]
    assert fired == {("SW10aSTG2", "6")}


def test_an_episode_that_ended_before_the_year_is_not_reported_and_the_year_is_still_covered():
    src = source()
    src.leads[0], src.leads[1] = lead(100, 11, D(2020, 1, 1), D(2025, 3, 1)), lead(100, 12, D(2025, 3, 1))
    rows, fired = sw_rows(src)
    assert [r for r in rows if r[0] == "1"] == [("1", "SW100012", D(2025, 3, 1), None, "LEFTRL")]
    assert ("6", "SW100012", D(2025, 8, 1), None, "TSPROC") in rows
    assert fired == set()


def test_care_recorded_on_a_case_before_its_recorded_opening_was_held_by_its_unit_from_the_start_of_care():
    src = source()
    src.cases[1] = case(1006, 6, 200, D(2025, 6, 1), D(2025, 8, 1))  # opened a month after care began (1 May)
    _rows, fired = sw_rows(src)
    assert fired == {("SW12STG2", "6")}  # the case says nothing of May
    src.episodes[-1]["case_id"] = 1006  # child 6's care is recorded on that case
    rows, fired = sw_rows(src)
    assert ("6", "SW200013", D(2025, 5, 1), D(2025, 8, 1), "FCONTA") in rows and fired == set()
