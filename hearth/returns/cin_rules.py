"""The DfE CIN census validation rules for 2025-26 (dfe/cin_rules_cin2025_26.tsv), one declarative entry each.

Each entry names the rule's code, the module (frame) and field it reports, where in Hearth it is fixed, and a
set-based check over the frames (hearth.returns.cin_census.frames): a polars filter, join or group-by. Every rule
of the file is here (rule 1530 uses python-stdnum's list of LA numbers); NOT_IMPLEMENTED lists any left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import polars as pl
from stdnum.gb.upn import _la_numbers  # the DfE's LA numbers as python-stdnum carries them (gov.uk LA codes, 2011)

from hearth.core.codes import CategoryOfAbuse, Disability, Ethnicity, PrimaryNeed, ReasonForClosure, ReferralSource
from hearth.core.workdays import is_working_day
from hearth.returns.engine import Frames, Rule, rule, rule_messages, ruleset

c = pl.col
RULE_FILE = "cin_rules_cin2025_26.tsv"
# Rules in the DfE file that Hearth does not check, and why.
NOT_IMPLEMENTED: dict[str, str] = {}

CATEGORIES = list(CategoryOfAbuse.values)
DISABILITIES = ["NONE", *Disability.values]
LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
UPN_VALUE = {ch: i for i, ch in enumerate(LETTERS + "0123456789")}


R = rule  # engine.rule: fixed by default on the Statutory work page


# --- shared pieces ---------------------------------------------------------------------------------------------


def working_days_before(day: dt.date, n: int) -> dt.date:
    while n:
        day -= dt.timedelta(days=1)
        if is_working_day(day):
            n -= 1
    return day


def outside(col: str, f: Frames) -> pl.Expr:
    return c(col).is_not_null() & ((c(col) < f.start) | (c(col) > f.end))


def with_episode(f: Frames, module: str, *cols: str) -> pl.DataFrame:
    cols = cols or ("CINreferralDate", "CINclosureDate", "ReasonForClosure", "ReferralNFA")
    return f.tables[module].join(f.episode.select("episode_id", *cols), on="episode_id", how="left")


def with_child(f: Frames, module: str, *cols: str) -> pl.DataFrame:
    cols = cols or ("PersonBirthDate", "ExpectedPersonBirthDate", "PersonDeathDate")
    return f.tables[module].join(f.child.select("person_id", *cols), on="person_id", how="left")


def starts_during_another(frame: pl.DataFrame, key: str, start: str, end: str, by: str = "person_id",
                          open_end: pl.Expr | None = None, inclusive_end: bool = True) -> pl.DataFrame:
    """Rows that start while another row of the same child (or episode) is going on: on or after its start and before
    (or on) its end, or with no end at all (`open_end` says which rows have not ended)."""
    other = frame.select(by, c(key).alias("_key"), c(start).alias("_start"), c(end).alias("_end"),
                         (open_end if open_end is not None else c(end).is_null()).alias("_open"))
    pairs = frame.join(other, on=by, how="inner").filter(c(key) != c("_key"))
    before_end = (c(start) <= c("_end")) if inclusive_end else (c(start) < c("_end"))
    pairs = pairs.filter((c(start) >= c("_start")) & (c("_open") | before_end))
    # Two rows that start the same day both "start during" each other: report the later-recorded one only.
    pairs = pairs.filter(~((c(start) == c("_start")) & (c(key) < c("_key"))))
    return pairs.unique(subset=[key])


def age_on(day: dt.date, years: int) -> dt.date:
    """The birth date of someone who turns `years` on `day`."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return dt.date(day.year - years, 2, 28)


def upn_check_letter(col: str) -> pl.Expr:
    total = pl.sum_horizontal([c(col).str.slice(i, 1).replace_strict(UPN_VALUE, default=0, return_dtype=pl.Int64) * (i + 1)
                               for i in range(1, 13)])
    return (total % 23).replace_strict(dict(enumerate(LETTERS)), return_dtype=pl.Utf8)


def upn_shaped(col: str) -> pl.Expr:
    return c(col).str.contains(r"^[A-Za-z]\d{11}[0-9A-Za-z]$")


def module_dates(f: Frames) -> pl.DataFrame:
    """Every dated activity of each episode (for 'activity after closure'): episode_id, person_id, activity date."""
    parts = [f.assessment.select("episode_id", "person_id", c("AssessmentActualStartDate").alias("day")),
             f.cin_plan.select("episode_id", "person_id", c("CINPlanStartDate").alias("day")),
             f.s47.select("episode_id", "person_id", c("S47ActualStartDate").alias("day")),
             f.cp_plan.select("episode_id", "person_id", c("CPPstartDate").alias("day")),
             f.review.select("episode_id", "person_id", c("CPPreviewDate").alias("day"))]
    return pl.concat(parts)


def episodes_with(f: Frames, *modules: str) -> pl.DataFrame:
    ids = pl.concat([f.tables[m].select("episode_id") for m in modules]).unique()
    return f.episode.join(ids, on="episode_id", how="semi")


def episodes_without(f: Frames, module: str) -> pl.DataFrame:
    return f.episode.join(f.tables[module].select("episode_id"), on="episode_id", how="anti")


def icpc_dates(f: Frames) -> pl.DataFrame:
    """Every initial conference date of each episode, from either level."""
    return pl.concat([f.s47.select("episode_id", c("DateOfInitialCPC").alias("icpc")),
                      f.episode.select("episode_id", c("DateOfInitialCPC").alias("icpc"))]).drop_nulls()


def s47_open(f: Frames) -> pl.Expr:
    return c("DateOfInitialCPC").is_null() & ~c("ICPCnotRequired").fill_null(False)


def per_child_count(frame: pl.DataFrame, by: str, where: pl.Expr) -> pl.DataFrame:
    hits = frame.filter(where)
    many = hits.group_by(by).len().filter(c("len") > 1).select(by)
    return hits.join(many, on=by, how="semi")


def return_level(value: object) -> pl.DataFrame:
    return pl.DataFrame({"person_id": [None], "value": [str(value)]}, schema={"person_id": pl.Int64, "value": pl.Utf8})


def none_frame() -> pl.DataFrame:
    return pl.DataFrame(schema={"person_id": pl.Int64, "value": pl.Utf8})


# --- checks needing more than one filter ---------------------------------------------------------------------------


def _2883(f):
    plans = f.cp_plan.filter(c("CPPstartDate") >= f.start).group_by("episode_id").len("plans")
    icpcs = icpc_dates(f).unique().group_by("episode_id").len("icpcs")
    over = plans.join(icpcs, on="episode_id", how="left").filter(c("plans") > c("icpcs").fill_null(0))
    return f.cp_plan.join(over.select("episode_id"), on="episode_id", how="semi")


def _2884(f):
    both = f.s47.select("person_id", "DateOfInitialCPC").join(
        f.episode.select("person_id", "DateOfInitialCPC"), on=["person_id", "DateOfInitialCPC"], how="inner")
    return both.drop_nulls()


def _2885(f):
    plans = f.cp_plan.filter(c("CPPstartDate") >= f.start)
    matched = plans.join(icpc_dates(f), left_on=["episode_id", "CPPstartDate"], right_on=["episode_id", "icpc"], how="semi")
    return plans.join(matched.select("plan_id"), on="plan_id", how="anti")


def _2886(f):
    born = f.child.filter(c("PersonBirthDate").is_not_null())
    if born.is_empty():
        return none_frame()
    share = born.filter(c("Sex") == "U").height / born.height
    return return_level(f"{share:.1%}") if share > 0.02 else none_frame()


def _2887(f):
    used = f.disability.filter(c("Disability") != "NONE")["Disability"].n_unique()
    return return_level(used) if used < 8 else none_frame()


def _2888(f):
    counts = f.disability.filter(c("Disability") != "NONE").group_by("person_id").len()
    return return_level("one code per child") if counts.height and counts["len"].max() == 1 else none_frame()


def _4001(f):
    cin = f.cin_plan.select("person_id", "plan_id", "CINPlanStartDate", "CINPlanEndDate")
    cp = f.cp_plan.select("person_id", "CPPstartDate", "CPPendDate")
    pairs = cin.join(cp, on="person_id")
    overlap = ((c("CINPlanStartDate") < c("CPPendDate")) | c("CPPendDate").is_null()) & \
              ((c("CPPstartDate") < c("CINPlanEndDate")) | c("CINPlanEndDate").is_null())
    return pairs.filter(overlap).unique(subset=["plan_id"])


def _both_open(f, same_episode: bool):
    cin = f.cin_plan.filter(c("CINPlanEndDate").is_null()).select("person_id", "episode_id", "plan_id", "CINPlanStartDate",
                                                                  "CINPlanEndDate")
    cp = f.cp_plan.filter(c("CPPendDate").is_null()).select("person_id", c("episode_id").alias("cp_episode"))
    pairs = cin.join(cp, on="person_id")
    pairs = pairs.filter((c("episode_id") == c("cp_episode")) if same_episode else (c("episode_id") != c("cp_episode")))
    return pairs.unique(subset=["plan_id"])


def _4003(f):
    cin = f.cin_plan.select("person_id", "CINPlanStartDate", "CINPlanEndDate")
    pairs = f.review.join(cin, on="person_id")
    during = (c("CPPreviewDate") >= c("CINPlanStartDate")) & (c("CINPlanEndDate").is_null() | (c("CPPreviewDate") <= c("CINPlanEndDate")))
    return pairs.filter(during).unique(subset=["plan_id", "CPPreviewDate"])


def _8565(f):
    activity = module_dates(f).join(f.episode.select("episode_id", "CINclosureDate"), on="episode_id")
    late = activity.filter(c("CINclosureDate").is_not_null() & (c("day") > c("CINclosureDate")))
    return f.episode.join(late.select("episode_id").unique(), on="episode_id", how="semi")


def _8606(f):
    joined = with_child(f, "episode", "PersonBirthDate", "ExpectedPersonBirthDate")
    born = pl.coalesce(c("PersonBirthDate"), c("ExpectedPersonBirthDate"))
    return joined.filter(c("CINreferralDate") < born - pl.duration(weeks=40))


def _8772(f):
    further = f.episode.filter(~c("ReferralNFA").fill_null(False)).select("person_id").unique()
    return f.child.filter(c("UPNunknown") == "UN7").join(further, on="person_id", how="semi")


def _8790(f):
    flags = f.disability.group_by("person_id").agg((c("Disability") == "NONE").any().alias("none"), pl.len().alias("n"))
    bad = flags.filter(c("none") & (c("n") > 1)).select("person_id")
    return f.disability.join(bad, on="person_id", how="semi").filter(c("Disability") != "NONE")


def _8816(f):
    latest = f.episode.group_by("person_id").agg(c("CINreferralDate").max().alias("latest"))
    open_ = f.episode.filter(c("CINclosureDate").is_null() & ~c("ReferralNFA").fill_null(False))
    return open_.join(latest, on="person_id").filter(c("CINreferralDate") < c("latest"))


def _8820(f):
    other = f.episode.select("person_id", c("episode_id").alias("_id"), c("CINreferralDate").alias("_ref"),
                             c("CINclosureDate").alias("_close"), c("ReferralNFA").alias("_nfa"))
    pairs = f.episode.filter(c("CINreferralDate").is_not_null()).join(other, on="person_id").filter(c("episode_id") != c("_id"))
    inside = (c("CINreferralDate") >= c("_ref")) & (
        (c("_close").is_not_null() & (c("CINreferralDate") < c("_close")))
        | (c("_close").is_null() & ~c("_nfa").fill_null(False) & (c("CINreferralDate") <= f.end)))
    # Two episodes starting the same day: report one of them.
    inside = inside & ~((c("CINreferralDate") == c("_ref")) & (c("episode_id") < c("_id")))
    return pairs.filter(inside).unique(subset=["episode_id"])


def _8825(f):
    return episodes_without(f, "assessment").filter(c("ReasonForClosure").is_in(["RC8", "RC9"]))


def _8863(f):
    return starts_during_another(f.assessment, "assessment_id", "AssessmentActualStartDate", "AssessmentAuthorisationDate")


def _8867(f):
    return with_episode(f, "assessment").filter(c("CINclosureDate").is_not_null() & c("AssessmentAuthorisationDate").is_null())


def _8868(f):
    return with_episode(f, "s47").filter(c("CINclosureDate").is_not_null() & s47_open(f))


def _8873(f):
    one = f.assessment.group_by("episode_id").len().filter(c("len") == 1).select("episode_id")
    only = f.assessment.join(one, on="episode_id", how="semi").filter(
        c("AssessmentAuthorisationDate").is_not_null() & c("FactorsIdentifiedAtAssessment").list.contains("21"))
    episodes = f.episode.join(only.select("episode_id"), on="episode_id", how="semi")
    return episodes.filter(c("ReasonForClosure").is_not_null() & ~c("ReasonForClosure").is_in(["RC8", "RC9"]))


def _8890(f):
    return starts_during_another(f.s47, "s47_id", "S47ActualStartDate", "DateOfInitialCPC", open_end=s47_open(f))


def _8940(f):
    return starts_during_another(f.cp_plan, "plan_id", "CPPstartDate", "CPPendDate", inclusive_end=False)


def _4014(f):
    return starts_during_another(f.cin_plan, "plan_id", "CINPlanStartDate", "CINPlanEndDate", inclusive_end=False)


def _100(f):
    expected = dt.date(int(f.header.get("Year") or f.end.year), 3, 31)
    reference = f.header.get("ReferenceDate")
    return none_frame() if reference == expected else return_level(reference)


def _before_referral(module: str, col: str):
    return lambda f: with_episode(f, module, "CINreferralDate").filter(c(col) < c("CINreferralDate"))


def _after_death(module: str, col: str):
    return lambda f: with_child(f, module, "PersonDeathDate").filter(c(col) > c("PersonDeathDate"))


def _with_activity(*modules: str, where: pl.Expr):
    return lambda f: episodes_with(f, *modules).filter(where)


def _icpc_both_levels(check: Callable[[pl.Expr, Frames], pl.Expr]):
    def run(f):
        return pl.concat([f.s47.select("person_id", "DateOfInitialCPC"), f.episode.select("person_id", "DateOfInitialCPC")]).filter(
            c("DateOfInitialCPC").is_not_null() & check(c("DateOfInitialCPC"), f))
    return run


def _icpc_before_referral(f):
    s47 = with_episode(f, "s47", "CINreferralDate").select("person_id", "DateOfInitialCPC", "CINreferralDate")
    return pl.concat([s47, f.episode.select("person_id", "DateOfInitialCPC", "CINreferralDate")]).filter(
        c("DateOfInitialCPC") < c("CINreferralDate"))


def _open_too_long(module: str, col: str, days: int, open_: Callable[[Frames], pl.Expr]):
    def run(f):
        return f.tables[module].filter(open_(f) & (c(col) < working_days_before(f.end, days)))
    return run


NFA = c("ReferralNFA").fill_null(False)
FACTORS = c("FactorsIdentifiedAtAssessment")
UPN = c("UPN")

RULES: list[Rule] = ruleset(rule_messages(RULE_FILE), [
    # The return itself.
    R("100", "return", "value", check=_100, fix=""),
    # Child identifiers.
    R("8500", "child", "LAchildID", lambda f: c("LAchildID").is_null() | (c("LAchildID") == ""), fix="identity"),
    R("8510", "child", "LAchildID", lambda f: c("LAchildID").is_duplicated(), fix="identity"),
    R("1570", "child", "LAchildID", lambda f: c("LAchildID").str.len_chars() > 20, fix="identity"),
    R("1580", "child", "LAchildID", lambda f: ~c("LAchildID").str.contains(r"^[A-Za-z0-9]*$"), fix="identity"),
    R("1510", "child", "UPN", lambda f: UPN.is_not_null() & upn_shaped("UPN") & (UPN.str.slice(0, 1).str.to_uppercase()
                                                                                   != upn_check_letter("UPN")), fix="school"),
    R("1530", "child", "UPN", lambda f: UPN.is_not_null() & ~UPN.str.slice(1, 3).cast(pl.Int64, strict=False).is_in(
        sorted(_la_numbers)).fill_null(False), fix="school"),
    R("1540", "child", "UPN", lambda f: UPN.is_not_null() & ~UPN.str.slice(4, 8).str.contains(r"^\d{8}$"), fix="school"),
    R("1550", "child", "UPN", lambda f: UPN.is_not_null() & ~UPN.str.slice(12, 1).str.contains(f"^[0-9{LETTERS}]$"),
      fix="school"),
    R("1520", "child", "UPN", lambda f: UPN.is_not_null() & UPN.is_duplicated(), fix="school"),
    R("1560Q", "child", "FormerUPN", lambda f: c("FormerUPN").is_not_null() & ~upn_shaped("FormerUPN"), fix="school"),
    R("8770Q", "child", "UPN", lambda f: UPN.is_null() & (c("UPNunknown").is_null() | (c("UPNunknown") == "UN1"))
      & (c("PersonBirthDate") <= age_on(f.end, 6)), fix="school"),
    R("8772", "child", "UPNunknown", check=_8772, fix="school"),
    R("8520", "child", "PersonBirthDate", lambda f: c("PersonBirthDate") > f.end, fix="identity"),
    R("8525Q", "child", "PersonBirthDate", lambda f: c("PersonBirthDate").is_null() == c("ExpectedPersonBirthDate").is_null(),
      fix="identity"),
    R("8530Q", "child", "ExpectedPersonBirthDate", lambda f: (c("ExpectedPersonBirthDate") < dt.date(f.end.year, 3, 1))
      | (c("ExpectedPersonBirthDate") > dt.date(f.end.year, 12, 31)), fix="identity"),
    R("8535Q", "child", "PersonDeathDate", lambda f: c("PersonDeathDate") < c("PersonBirthDate"), fix="death"),
    R("8545Q", "child", "PersonDeathDate", lambda f: outside("PersonDeathDate", f), fix="death"),
    R("8750", "child", "Sex", lambda f: c("PersonBirthDate").is_null() & c("ExpectedPersonBirthDate").is_not_null()
      & (c("Sex") != "U"), fix="identity"),
    R("4180", "child", "Sex", lambda f: ~c("Sex").is_in(["M", "F", "U"]).fill_null(False), fix="identity"),
    R("8775Q", "child", "PersonBirthDate", lambda f: c("PersonBirthDate") < age_on(f.end, 25), fix="identity"),
    R("2886Q", "return", "value", check=_2886, fix=""),
    # Child characteristics.
    R("4220", "child", "Ethnicity", lambda f: ~c("Ethnicity").is_in(Ethnicity.values).fill_null(False), fix="identity"),
    R("8540", "disability", "Disability", lambda f: ~c("Disability").is_in(DISABILITIES).fill_null(False), fix="identity"),
    R("8790", "disability", "Disability", check=_8790, fix="identity"),
    R("8794", "disability", "Disability", lambda f: pl.struct("person_id", "Disability").is_duplicated(), fix="identity"),
    R("2887Q", "return", "value", check=_2887, fix=""),
    R("2888Q", "return", "value", check=_2888, fix=""),
    R("8590", "child", "LAchildID", check=lambda f: f.child.join(f.episode, on="person_id", how="anti"), fix="identity"),
    # CIN details (episodes).
    R("8600", "episode", "CINreferralDate", lambda f: c("CINreferralDate").is_null() | (c("CINreferralDate") > f.end)),
    R("8606", "episode", "CINreferralDate", check=_8606),
    R("8555Q", "episode", "CINreferralDate", check=_after_death("episode", "CINreferralDate"), fix="death"),
    R("8866", "episode", "ReferralSource", lambda f: ~c("ReferralSource").is_in(ReferralSource.values).fill_null(False)),
    R("8568", "episode", "ReferralNFA", lambda f: c("ReferralNFA").is_null()),
    R("8569Q", "episode", "CINreferralDate", lambda f: NFA & (c("CINreferralDate") < working_days_before(f.start, 1))),
    R("8650", "episode", "PrimaryNeedCode", lambda f: c("PrimaryNeedCode").is_not_null()
      & ~c("PrimaryNeedCode").is_in(PrimaryNeed.values), fix="need"),
    R("8610", "episode", "PrimaryNeedCode", lambda f: ~NFA & c("PrimaryNeedCode").is_null(), fix="need"),
    R("8620", "episode", "CINclosureDate", lambda f: outside("CINclosureDate", f)),
    R("8630", "episode", "CINclosureDate", lambda f: c("CINclosureDate") < c("CINreferralDate")),
    R("8640", "episode", "ReasonForClosure", lambda f: c("ReasonForClosure").is_not_null()
      & ~c("ReasonForClosure").is_in(ReasonForClosure.values)),
    R("8805", "episode", "CINclosureDate", lambda f: c("CINclosureDate").is_not_null() & c("ReasonForClosure").is_null()),
    R("8810", "episode", "ReasonForClosure", lambda f: c("ReasonForClosure").is_not_null() & c("CINclosureDate").is_null()),
    R("8585Q", "episode", "ReasonForClosure", check=lambda f: with_child(f, "episode", "PersonDeathDate").filter(
        (c("ReasonForClosure") == "RC2") & c("PersonDeathDate").is_null()), fix="death"),
    R("8815", "episode", "CINclosureDate", check=lambda f: per_child_count(f.episode, "person_id",
                                                                            c("CINclosureDate").is_null() & ~NFA)),
    R("8816", "episode", "CINclosureDate", check=_8816),
    R("8820", "episode", "CINreferralDate", check=_8820),
    R("8825Q", "episode", "ReasonForClosure", check=_8825),
    R("2990", "episode", "ReasonForClosure", check=_with_activity("cin_plan", "s47", "cp_plan",
                                                                   where=c("ReasonForClosure").is_in(["RC8", "RC9"]))),
    R("8831", "episode", "ReferralNFA", check=_with_activity("assessment", "cin_plan", "s47", "cp_plan", where=NFA)),
    R("4000", "episode", "ReferralNFA", check=_with_activity("cin_plan", where=NFA)),
    R("8832", "episode", "ReferralNFA", check=_with_activity("cp_plan", where=NFA)),
    R("8565", "episode", "CINclosureDate", check=_8565),
    R("2884", "episode", "DateOfInitialCPC", check=_2884),
    # Assessments.
    R("1103", "assessment", "AssessmentActualStartDate", check=_before_referral("assessment", "AssessmentActualStartDate")),
    R("8608", "assessment", "AssessmentActualStartDate",
      lambda f: c("AssessmentActualStartDate") > c("AssessmentAuthorisationDate")),
    R("8696", "assessment", "AssessmentAuthorisationDate", lambda f: outside("AssessmentAuthorisationDate", f)),
    R("8736", "assessment", "AssessmentActualStartDate", lambda f: c("AssessmentAuthorisationDate").is_null()
      & ((c("AssessmentActualStartDate") < f.start) | (c("AssessmentActualStartDate") > f.end))),
    R("8670Q", "assessment", "AssessmentActualStartDate", check=_open_too_long(
        "assessment", "AssessmentActualStartDate", 45, lambda f: c("AssessmentAuthorisationDate").is_null())),
    R("8863Q", "assessment", "AssessmentActualStartDate", check=_8863),
    R("8896", "assessment", "AssessmentAuthorisationDate", check=lambda f: per_child_count(
        f.assessment, "episode_id", c("AssessmentAuthorisationDate").is_null())),
    R("8867", "assessment", "AssessmentAuthorisationDate", check=_8867),
    R("8614", "assessment", "FactorsIdentifiedAtAssessment",
      lambda f: c("AssessmentAuthorisationDate").is_null() & (FACTORS.list.len() > 0)),
    R("8897Q", "assessment", "FactorsIdentifiedAtAssessment",
      lambda f: c("AssessmentAuthorisationDate").is_not_null() & (FACTORS.list.len().fill_null(0) == 0)),
    R("8869", "assessment", "FactorsIdentifiedAtAssessment", lambda f: FACTORS.list.contains("21") & (FACTORS.list.len() > 1)),
    R("8898", "assessment", "FactorsIdentifiedAtAssessment", lambda f: FACTORS.list.n_unique() < FACTORS.list.len()),
    R("8945Q", "assessment", "FactorsIdentifiedAtAssessment", lambda f: FACTORS.list.contains("18A")),
    R("8950Q", "assessment", "FactorsIdentifiedAtAssessment", lambda f: FACTORS.list.contains("19A")),
    R("8873Q", "episode", "ReasonForClosure", check=_8873),
    # CIN plans.
    R("4010", "cin_plan", "CINPlanStartDate", lambda f: c("CINPlanStartDate").is_null() | (c("CINPlanStartDate") > f.end)),
    R("4011", "cin_plan", "CINPlanEndDate", lambda f: c("CINPlanEndDate") < c("CINPlanStartDate")),
    R("4012Q", "cin_plan", "CINPlanEndDate", lambda f: c("CINPlanEndDate") == c("CINPlanStartDate")),
    R("4013", "cin_plan", "CINPlanEndDate", lambda f: outside("CINPlanEndDate", f)),
    R("4004", "cin_plan", "CINPlanEndDate", check=lambda f: per_child_count(f.cin_plan, "person_id", c("CINPlanEndDate").is_null())),
    R("4014", "cin_plan", "CINPlanStartDate", check=_4014),
    R("4015", "cin_plan", "CINPlanStartDate", check=_before_referral("cin_plan", "CINPlanStartDate")),
    R("4008", "cin_plan", "CINPlanStartDate", check=_after_death("cin_plan", "CINPlanStartDate"), fix="death"),
    R("4009Q", "cin_plan", "CINPlanEndDate", check=_after_death("cin_plan", "CINPlanEndDate"), fix="death"),
    R("4001", "cin_plan", "CINPlanStartDate", check=_4001),
    R("4016", "cin_plan", "CINPlanStartDate", check=lambda f: _both_open(f, same_episode=True)),
    R("4017", "cin_plan", "CINPlanStartDate", check=lambda f: _both_open(f, same_episode=False)),
    # Section 47 enquiries and initial conferences.
    R("2889", "s47", "S47ActualStartDate", check=_before_referral("s47", "S47ActualStartDate")),
    R("8615", "s47", "S47ActualStartDate", lambda f: c("S47ActualStartDate").is_null()
      | (c("S47ActualStartDate") > c("DateOfInitialCPC"))),
    R("8740", "s47", "S47ActualStartDate", lambda f: s47_open(f) & ((c("S47ActualStartDate") < f.start)
                                                                   | (c("S47ActualStartDate") > f.end))),
    R("8675Q", "s47", "S47ActualStartDate", check=_open_too_long("s47", "S47ActualStartDate", 15, s47_open)),
    R("8839", "s47", "DateOfInitialCPC", check=lambda f: per_child_count(f.s47, "episode_id", s47_open(f))),
    R("8890", "s47", "S47ActualStartDate", check=_8890),
    R("8868", "s47", "DateOfInitialCPC", check=_8868),
    R("2991Q", "s47", "S47ActualStartDate", check=lambda f: f.s47.join(f.assessment.select("episode_id"), on="episode_id",
                                                                         how="anti")),
    R("8870Q", "s47", "InitialCPCtarget", lambda f: c("InitialCPCtarget").dt.weekday() >= 6),
    R("8875", "s47", "DateOfInitialCPC", check=_icpc_both_levels(lambda col, f: col.dt.weekday() >= 6)),
    R("8715", "s47", "DateOfInitialCPC", check=_icpc_both_levels(lambda col, f: (col < f.start) | (col > f.end))),
    R("1104", "s47", "DateOfInitialCPC", check=_icpc_before_referral),
    # Child protection plans.
    R("8720", "cp_plan", "CPPstartDate", lambda f: c("CPPstartDate").is_null() | (c("CPPstartDate") > f.end)),
    R("1105", "cp_plan", "CPPstartDate", check=_before_referral("cp_plan", "CPPstartDate")),
    R("8840", "cp_plan", "CPPendDate", lambda f: c("CPPendDate") == c("CPPstartDate")),
    R("8925", "cp_plan", "CPPendDate", lambda f: c("CPPendDate") < c("CPPstartDate")),
    R("8930", "cp_plan", "CPPendDate", lambda f: outside("CPPendDate", f)),
    R("8935", "cp_plan", "CPPendDate", check=lambda f: per_child_count(f.cp_plan, "person_id", c("CPPendDate").is_null())),
    R("8940", "cp_plan", "CPPstartDate", check=_8940),
    R("8905", "cp_plan", "InitialCategoryOfAbuse", lambda f: ~c("InitialCategoryOfAbuse").is_in(CATEGORIES).fill_null(False)),
    R("8910", "cp_plan", "LatestCategoryOfAbuse", lambda f: ~c("LatestCategoryOfAbuse").is_in(CATEGORIES).fill_null(False)),
    R("8730", "cp_plan", "NumberOfPreviousCPP", lambda f: c("NumberOfPreviousCPP").is_null()),
    R("8915", "cp_plan", "CPPstartDate", check=_after_death("cp_plan", "CPPstartDate"), fix="death"),
    R("8920", "cp_plan", "CPPendDate", check=_after_death("cp_plan", "CPPendDate"), fix="death"),
    R("2883", "cp_plan", "CPPstartDate", check=_2883),
    R("2885", "cp_plan", "CPPstartDate", check=_2885),
    R("8841", "review", "CPPreviewDate", check=lambda f: f.review.join(f.cp_plan.select("plan_id", "CPPstartDate"), on="plan_id")
      .filter(c("CPPreviewDate") <= c("CPPstartDate"))),
    R("8842Q", "review", "CPPreviewDate", lambda f: c("CPPreviewDate").is_null()),
    R("4003", "review", "CPPreviewDate", check=_4003),
])

