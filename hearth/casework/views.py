"""Pages for statutory casework: one short form per step, each opened through the access gate.

A step is: open the form from the child's page, save, and be back on the child's page with a success banner.
The services do the work inside a transaction (nothing half-saved); these views only map forms to them.
Any unit member may record a step; the access gate decides who may open the child's record at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from hearth.access.gate import person_view
from hearth.cases import selectors as cases
from hearth.casework import forms as f
from hearth.casework import services
from hearth.casework.clocks import Steps, clocks_for_case, steps_of
from hearth.casework.models import (
    Assessment,
    CINPlan,
    ConferenceOutcome,
    CPPlan,
    EarlyHelpEpisode,
    Section47,
)
from hearth.core.codes import CategoryOfAbuse
from hearth.core.jinja import url  # reverse(), remembered: boards link many clocks
from hearth.core.steps import Step, StepPages
from hearth.frontdoor.models import StrategyDiscussion


def _yes(value) -> bool:
    return value == "yes"


@dataclass
class State:
    """What a step needs to know about the child's statutory work, read once per request."""

    person: object
    case: object | None
    assessment: Assessment | None = None  # open (not completed) or the latest
    cin_plan: CINPlan | None = None
    cp_plan: CPPlan | None = None
    section47: Section47 | None = None  # awaiting its initial conference
    early_help: EarlyHelpEpisode | None = None
    strategy: StrategyDiscussion | None = None  # a strategy discussion that decided on s47, not yet started


def state_for(person, case, *, steps: Steps | None = None, early_help: list | None = None) -> State:
    """Where the child's statutory work stands. Given the steps of the child's cases already read (steps_of, as the
    child's page has them for the history) and their early help episodes, it reads nothing more than the strategy
    discussion awaiting its section 47."""
    s = State(person=person, case=case)
    if early_help is None:
        early_help = list(EarlyHelpEpisode.objects.filter(child=person, ended_on__isnull=True))
    s.early_help = next((e for e in early_help if e.ended_on is None), None)
    if case is None:
        return s
    if steps is None:
        steps = steps_of([case])
    pk = case.pk
    s.assessment = max(steps.assessments.get(pk, []), key=lambda a: (a.started_on, a.pk), default=None)
    s.cin_plan = next((p for p in steps.cin_plans.get(pk, []) if p.ended_on is None), None)
    s.cp_plan = next((p for p in steps.cp_plans.get(pk, []) if p.ended_on is None), None)
    conferenced = {c.section47_id for c in steps.conferences.get(pk, [])}
    s.section47 = next((x for x in steps.section47s.get(pk, []) if not x.icpc_not_required and x.pk not in conferenced), None)
    s.strategy = (StrategyDiscussion.objects.filter(child=person, s47_enquiry=True, section47__isnull=True)
                  .order_by("-held_on", "-recorded_at").first())
    return s


@dataclass(frozen=True)
class StepPage(Step):
    clock: str = ""  # the clock this step stops, shown at the top of the form
    closes_case: bool = False  # afterwards the unit no longer holds the child: back to the unit board

    def done_url(self, state) -> str | None:
        return url("units:board", pk=state.case.unit_id) if self.closes_case and state.case is not None else None


def _day(d) -> str:
    return f"{d.day} {d:%B %Y}"


def _open_assessment(s: State) -> bool:
    return s.assessment is not None and s.assessment.completed_on is None


def _save_start_assessment(user, s, d):
    a = services.start_assessment(actor=user, case=s.case, started_on=d["started_on"])
    return f"Assessment started: due by {_day(services.assessment_due_on(a))}"


def _save_progress(user, s, d):
    services.record_assessment_progress(actor=user, assessment=s.assessment, child_seen_on=d.get("child_seen_on"),
                                        factors=d.get("factors") or None)
    return "Assessment progress recorded"


def _save_complete(user, s, d):
    a = services.complete_assessment(actor=user, assessment=s.assessment, completed_on=d["completed_on"], outcome=d["outcome"],
                                     factors=d["factors"], overdue_reason=d.get("overdue_reason", ""))
    return f"Assessment completed: {a.get_outcome_display().lower()}"


def _save_authorise(user, s, d):
    services.authorise_assessment(actor=user, assessment=s.assessment, authorised_on=d["authorised_on"])
    return "Assessment authorised"


def _save_overdue(user, s, d):
    services.record_overdue_reason(actor=user, assessment=s.assessment, reason=d["reason"])
    return "Reason the assessment is late recorded"


def _save_cin_start(user, s, d):
    services.start_cin_plan(actor=user, case=s.case, started_on=d["started_on"], primary_need=d.get("primary_need", ""))
    return "Child in need plan started"


def _save_cin_review(user, s, d):
    services.record_cin_review(actor=user, plan=s.cin_plan, held_on=d["held_on"], notes=d.get("notes", ""))
    return "Child in need review recorded"


def _save_cin_end(user, s, d):
    services.end_cin_plan(actor=user, plan=s.cin_plan, ended_on=d["ended_on"], reason=d["reason"])
    return "Child in need plan ended"


def _save_s47(user, s, d):
    services.start_section_47(actor=user, case=s.case, started_on=d["started_on"], strategy_discussion=s.strategy)
    return "Section 47 enquiry started"


def _save_icpc_not_required(user, s, d):
    services.record_icpc_not_required(actor=user, section47=s.section47, reason=d["reason"], outcome=d["outcome"])
    return "Recorded that no initial child protection conference is needed"


def _conference_kwargs(d) -> dict:
    return {"held_on": d["held_on"], "chair_name": d["chair_name"], "chair_role": d.get("chair_role", ""),
            "independent": _yes(d["independent"]), "outcome": d["outcome"], "category": d.get("category") or ""}


def _save_icpc(user, s, d):
    services.record_conference(actor=user, case=s.case, kind="initial", section47=s.section47, **_conference_kwargs(d))
    if d["outcome"] == ConferenceOutcome.CP_PLAN:
        return f"Initial conference recorded: child protection plan started ({CategoryOfAbuse(d['category']).label.lower()})"
    return "Initial conference recorded: no child protection plan"


def _set_need(user, s, d) -> None:
    if d.get("primary_need"):
        services.set_primary_need(actor=user, case=s.case, primary_need=d["primary_need"])


def _save_need(user, s, d):
    services.set_primary_need(actor=user, case=s.case, primary_need=d["primary_need"])
    return "Primary need recorded"


def _save_review(user, s, d):
    ends = d["outcome"] == ConferenceOutcome.END_PLAN
    if ends and _yes(d.get("step_down_to_cin")):
        _set_need(user, s, d)
    services.record_conference(actor=user, case=s.case, kind="review", end_reason=d.get("end_reason", "") if ends else "",
                               step_down_to_cin=ends and _yes(d.get("step_down_to_cin")), **_conference_kwargs(d))
    if not ends:
        return "Review conference recorded: the plan continues"
    return "Review conference recorded: the plan ended" + (", stepped down to a child in need plan"
                                                            if _yes(d.get("step_down_to_cin")) else "")


def _save_core_group(user, s, d):
    services.record_core_group(actor=user, plan=s.cp_plan, held_on=d["held_on"], notes=d.get("notes", ""))
    return "Core group recorded"


def _save_category(user, s, d):
    services.change_category(actor=user, plan=s.cp_plan, category=d["category"], changed_on=d["changed_on"])
    return f"Category of abuse changed to {CategoryOfAbuse(d['category']).label.lower()}"


def _save_cp_end(user, s, d):
    down = _yes(d["step_down_to_cin"])
    if down:
        _set_need(user, s, d)
    services.end_cp_plan(actor=user, plan=s.cp_plan, ended_on=d["ended_on"], reason=d["reason"], step_down_to_cin=down)
    return "Child protection plan ended" + (", stepped down to a child in need plan" if down else "")


def _save_close(user, s, d):
    services.close_case(actor=user, case=s.case, closed_on=d["closed_on"], reason_code=d["reason_code"], note=d.get("note", ""))
    return f"Case closed for {s.person.full_name}"


def _save_eh_start(user, s, d):
    services.start_early_help(actor=user, child=s.person, started_on=d["started_on"], case=s.case, notes=d.get("notes", ""))
    return "Early help started"


def _save_eh_end(user, s, d):
    services.end_early_help(actor=user, episode=s.early_help, ended_on=d["ended_on"], outcome=d["outcome"], notes=d.get("notes", ""))
    return "Early help ended"


def _save_step_up(user, s, d):
    a = services.step_up(actor=user, episode=s.early_help, stepped_up_on=d["stepped_up_on"], reason=d["reason"])
    return f"Stepped up from early help: assessment started, due by {_day(services.assessment_due_on(a))}"


def _save_step_down(user, s, d):
    services.step_down(actor=user, case=s.case, stepped_down_on=d["stepped_down_on"], reason_code=d["reason_code"],
                       notes=d.get("notes", ""))
    return f"{s.person.full_name}'s case stepped down to early help"


def _no_plan(s: State) -> bool:
    return s.cp_plan is None and s.cin_plan is None


STEPS: dict[str, StepPage] = {p.slug: p for p in [
    StepPage("start-assessment", "Start an assessment", "Start assessment", f.StartAssessmentForm, _save_start_assessment,
             lambda s: not _open_assessment(s) and s.cp_plan is None,
             intro="A child and family assessment is due within 45 working days of the referral."),
    StepPage("assessment-progress", "Record assessment progress", "Save progress", f.AssessmentProgressForm, _save_progress,
             _open_assessment, lambda s: {"assessment": s.assessment}, clock="assessment"),
    StepPage("complete-assessment", "Complete the assessment", "Complete assessment", f.CompleteAssessmentForm, _save_complete,
             _open_assessment, lambda s: {"assessment": s.assessment}, clock="assessment"),
    StepPage("authorise-assessment", "Authorise the assessment", "Authorise", f.AuthoriseAssessmentForm, _save_authorise,
             lambda s: s.assessment is not None and s.assessment.completed_on is not None and s.assessment.authorised_on is None),
    StepPage("assessment-late", "Say why the assessment is late", "Save reason", f.OverdueReasonForm, _save_overdue,
             _open_assessment, clock="assessment"),
    StepPage("primary-need", "Record the primary need", "Save primary need", f.PrimaryNeedForm, _save_need, lambda s: True,
             intro="The child's primary need for this episode, as the CIN census codes it."),
    StepPage("start-cin-plan", "Start a child in need plan", "Start plan", f.StartCINPlanForm, _save_cin_start, _no_plan),
    StepPage("cin-review", "Record a child in need review", "Save review", f.CINReviewForm, _save_cin_review,
             lambda s: s.cin_plan is not None, clock="cin_review"),
    StepPage("end-cin-plan", "End the child in need plan", "End plan", f.EndCINPlanForm, _save_cin_end,
             lambda s: s.cin_plan is not None),
    StepPage("start-section-47", "Start a section 47 enquiry", "Start enquiry", f.StartSection47Form, _save_s47,
             lambda s: s.cp_plan is None and s.section47 is None,
             intro="Start the enquiry the strategy discussion decided on."),
    StepPage("icpc-not-required", "Record that no conference is needed", "Save outcome", f.ICPCNotRequiredForm,
             _save_icpc_not_required, lambda s: s.section47 is not None, clock="icpc"),
    StepPage("initial-conference", "Record the initial child protection conference", "Save conference", f.InitialConferenceForm,
             _save_icpc, lambda s: s.cp_plan is None and s.section47 is not None, clock="icpc"),
    StepPage("review-conference", "Record a review child protection conference", "Save conference", f.ReviewConferenceForm,
             _save_review, lambda s: s.cp_plan is not None, lambda s: {"plan": s.cp_plan}, clock="review_conference"),
    StepPage("core-group", "Record a core group", "Save core group", f.CoreGroupForm, _save_core_group,
             lambda s: s.cp_plan is not None, clock="first_core_group"),
    StepPage("category", "Change the category of abuse", "Change category", f.CategoryForm, _save_category,
             lambda s: s.cp_plan is not None),
    StepPage("end-cp-plan", "End the child protection plan", "End plan", f.EndCPPlanForm, _save_cp_end,
             lambda s: s.cp_plan is not None),
    StepPage("step-down", "Step down to early help", "Step down", f.StepDownForm, _save_step_down,
             lambda s: s.case is not None and s.early_help is None,
             intro="The statutory case closes and early help starts the same day.", closes_case=True),
    StepPage("close-case", "Close the case", "Close case", f.CloseCaseForm, _save_close, lambda s: s.case is not None,
             intro="Closing the case stops every clock; open plans end on the closing date.", closes_case=True),
    StepPage("start-early-help", "Start early help", "Start early help", f.StartEarlyHelpForm, _save_eh_start,
             lambda s: s.early_help is None, needs_case=False),
    StepPage("end-early-help", "End early help", "End early help", f.EndEarlyHelpForm, _save_eh_end,
             lambda s: s.early_help is not None, needs_case=False),
    StepPage("step-up", "Step up to statutory work", "Step up", f.StepUpForm, _save_step_up,
             lambda s: s.early_help is not None and (s.case is None or not _open_assessment(s)), needs_case=False,
             intro="Early help ends and a child and family assessment starts."),
]}

# Which step stops each clock (the visit clock is stopped by recording a visit where the child is seen).
CLOCK_STEPS = {"assessment": "complete-assessment", "icpc": "initial-conference", "first_core_group": "core-group",
               "review_conference": "review-conference", "cin_review": "cin-review"}


def clock_link(person_pk: int, clock) -> tuple[str, str]:
    """(href, text) for the step that stops a clock (a looked-after clock's step is on the Care pages)."""
    from hearth.looked_after import views as care_views  # it imports this module

    if clock.key in care_views.CLOCK_STEPS or clock.key == "court":
        return care_views.clock_link(person_pk, clock)
    if clock.key == "visit":
        return url("cases:record", pk=person_pk), "Record a visit"
    slug = CLOCK_STEPS.get(clock.key)
    if not slug:
        return "", ""
    return url("casework:step", pk=person_pk, slug=slug), STEPS[slug].title


def _open_clock(page: StepPage, state: State) -> dict:
    """The clock the step stops, if it is running, for the top of the form."""
    if not page.clock or state.case is None:
        return {"clock": None}
    clocks = clocks_for_case(state.case, today=timezone.localdate())
    return {"clock": next((c for c in clocks if c.key == page.clock and c.is_open), None)}


STEP_PAGES = StepPages(STEPS, lambda person: state_for(person, cases.open_case_for(person)), back="people:detail",
                       section="statutory", caption="Statutory work", context=_open_clock)


@person_view("open_casework_form")
def step(request, person, slug: str):
    return STEP_PAGES.respond(request, person, slug)


def statutory_context(person, case) -> dict:
    """For the child's page: the case's clocks (with the step that stops each), the steps offered, the history."""
    today = timezone.localdate()
    # Every episode and its steps, read once: for the history, for which steps apply now and for the clocks.
    episodes = list(cases.with_last_seen(person.cases.all()))
    steps = steps_of(episodes)
    early_help = list(EarlyHelpEpisode.objects.filter(child=person))
    state = state_for(person, case, steps=steps, early_help=early_help)
    clocks = []
    if case is not None:
        current = next((e for e in episodes if e.pk == case.pk), case)
        for c in clocks_for_case(current, today=today, steps=steps):
            href, text = clock_link(person.pk, c) if c.is_open else ("", "")
            clocks.append({"clock": c, "href": href, "text": text})
    actions = [(url("casework:step", pk=person.pk, slug=p.slug), p.title)
               for p in STEPS.values() if (case is not None or not p.needs_case) and p.available(state)]
    if case is not None and state.cp_plan is None and state.section47 is None and state.strategy is None:
        referral = case.referrals.order_by("-received_at").first()
        if referral is not None:
            actions.insert(0, (url("frontdoor:strategy", pk=referral.pk), "Record a strategy discussion"))
    history = []
    for case_ in episodes:  # every episode, closed ones too
        pk = case_.pk
        if case_.closed_on:
            history.append((case_.closed_on, f"Case closed {_day(case_.closed_on)}"
                            + (f": {case_.get_closure_reason_display().lower()}" if case_.closure_reason else "")))
        for a in steps.assessments.get(pk, []):
            text = f"Assessment started {_day(a.started_on)}"
            if a.completed_on:
                text += f", completed {_day(a.completed_on)}: {a.get_outcome_display().lower()}"
            history.append((a.started_on, text))
        for s47 in steps.section47s.get(pk, []):
            history.append((s47.started_on, f"Section 47 enquiry started {_day(s47.started_on)}"
                            + (f": {s47.get_outcome_display().lower()}" if s47.outcome else "")))
        for c in steps.conferences.get(pk, []):
            history.append((c.held_on, f"{c.get_kind_display()} {_day(c.held_on)}: {c.get_outcome_display().lower()}"))
        for p in steps.cp_plans.get(pk, []):
            text = f"Child protection plan from {_day(p.started_on)} ({p.get_latest_category_display().lower()})"
            history.append((p.started_on, text + (f" to {_day(p.ended_on)}" if p.ended_on else "")))
        for p in steps.cin_plans.get(pk, []):
            history.append((p.started_on, f"Child in need plan from {_day(p.started_on)}"
                            + (f" to {_day(p.ended_on)}" if p.ended_on else "")))
    for e in early_help:
        history.append((e.started_on, f"Early help from {_day(e.started_on)}" + (f" to {_day(e.ended_on)}" if e.ended_on else "")))
    history.sort(key=lambda h: h[0], reverse=True)
    return {"statutory_clocks": clocks, "statutory_actions": actions, "statutory_history": [h[1] for h in history]}
