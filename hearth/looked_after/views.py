"""The child's "Care" pages: where their care stands (episodes, clocks, reviews, visits, health, missing episodes,
proceedings, care leaving, adoption) and one short form per step, each opened through the access gate.
The services do the work in one transaction; these views only map forms to them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from hearth.access.gate import person_view
from hearth.access.services import restricted_person_ids_hidden_from, visible_unit
from hearth.audit import services as audit
from hearth.cases import selectors as cases
from hearth.core.jinja import url  # reverse(), remembered
from hearth.core.steps import Step, StepPages
from hearth.looked_after import forms as f
from hearth.looked_after import selectors, services
from hearth.looked_after.clocks import clocks_for_child
from hearth.looked_after.models import (
    SDQ,
    AdoptionStage,
    CareApplication,
    CareLeaverContact,
    HealthCheck,
    MissingEpisode,
    PathwayPlanReview,
    PreProceedings,
    Review,
    Visit,
)
from hearth.people.models import Person
from hearth.people.views import person_context


@dataclass
class State:
    person: object
    case: object | None
    episodes: list
    period: selectors.Period | None  # the current period of care, if the child is looked after
    category: str | None
    pre: PreProceedings | None = None
    application: CareApplication | None = None
    missing: MissingEpisode | None = None  # an episode the child is not back from yet


def state_for(person, *, missing: list | None = None, proceedings: tuple | None = None) -> State:
    """Where the child's care stands. Given the child's recent missing episodes and their proceedings (as the Care page
    reads them for its history: selectors.recent_missing, selectors.proceedings_for), it does not read them again."""
    case = cases.open_case_for(person)
    episodes = selectors.episodes_for(person)
    found = selectors.periods(episodes)
    period = found[-1] if found and found[-1].is_open else None
    category = selectors.care_leaver_category(episodes, person.date_of_birth)
    s = State(person=person, case=case, episodes=episodes, period=period, category=category)
    if episodes:
        s.missing = selectors.open_missing(person, missing)
    if case is not None:
        pre, applications = proceedings if proceedings is not None else selectors.proceedings_for(person)
        s.pre = next((p for p in pre if p.case_id == case.pk and p.outcome == ""), None)
        s.application = next((a for a in applications if a.case_id == case.pk and a.concluded_on is None), None)
    return s


def _in_care(s: State) -> bool:
    return s.period is not None


def _placement(d) -> dict:
    placed_under = d.get("placed_under") or ""
    return {k: d.get(k) or "" for k in ("place", "place_provider", "provider_name", "pl_post", "urn", "weekly_cost")} | {
        "placed_under": "" if placed_under == f.NEITHER else placed_under}


def _start(user, s, d):
    services.start_care(actor=user, child=s.person, started_on=d["started_on"], ls=d["ls"], cin=d["cin"],
                        home_post=d.get("home_post", ""), uasc=f.yes(d["uasc"]) is True, **_placement(d))
    return f"{s.person.full_name} is looked after from {d['started_on']:%-d %B %Y}"


def _change(user, s, d):
    e = services.change_episode(actor=user, child=s.person, changed_on=d["changed_on"], ls=d["ls"],
                                same_carer=f.yes(d.get("same_carer")) is True, reason_place_change=d.get("reason_place_change", ""),
                                **_placement(d))
    return f"Change recorded: {e.get_rne_display().lower()}"


def _end(user, s, d):
    services.end_care(actor=user, child=s.person, ended_on=d["ended_on"], rec=d["rec"])
    return f"{s.person.full_name} is no longer looked after"


def _uasc(user, s, d):
    services.record_uasc(actor=user, child=s.person, since=d["since"], duc=d.get("duc"))
    return "Unaccompanied asylum-seeking child status recorded"


def _previous(user, s, d):
    services.record_previous_permanence(actor=user, child=s.person, prev_perm=d["prev_perm"], la_perm=d.get("la_perm", ""),
                                        date_perm=d.get("date_perm"))
    return "Previous permanence recorded"


def _outcomes(user, s, d):
    services.record_annual_outcomes(actor=user, child=s.person, year_ending=d["year_ending"], convicted=f.yes(d["convicted"]),
                                    substance_misuse=f.yes(d["substance_misuse"]),
                                    intervention_offered=f.yes(d.get("intervention_offered")),
                                    intervention_received=f.yes(d.get("intervention_received")))
    return "Outcomes for the year recorded"


def _review(user, s, d):
    services.record_review(actor=user, child=s.person, review=d["review"], review_code=d["review_code"], iro_name=d["iro_name"],
                           notes=d.get("notes", ""))
    return "Looked-after review recorded"


def _visit(user, s, d):
    services.record_visit(actor=user, child=s.person, visited_on=d["visited_on"], seen_alone=f.yes(d["seen_alone"]),
                          notes=d.get("notes", ""))
    return "Visit recorded"


def _health(user, s, d):
    services.record_health(actor=user, child=s.person, kind=d["kind"], done_on=d["done_on"], notes=d.get("notes", ""))
    return "Health recorded"


def _sdq(user, s, d):
    services.record_sdq(actor=user, child=s.person, completed_on=d["completed_on"], sdq_score=d.get("sdq_score"),
                        sdq_reason=d.get("sdq_reason", ""))
    return "Strengths and difficulties questionnaire recorded"


def _missing(user, s, d):
    services.record_missing(actor=user, child=s.person, missing=d["missing"], mis_start=d["mis_start"], mis_end=d.get("mis_end"),
                            return_interview_offered=f.yes(d.get("return_interview_offered")),
                            return_interview_accepted=f.yes(d.get("return_interview_accepted")), notes=d.get("notes", ""))
    return "Missing episode recorded"


def _return(user, s, d):
    services.record_return(actor=user, episode=s.missing, mis_end=d["mis_end"],
                           return_interview_offered=f.yes(d["return_interview_offered"]),
                           return_interview_accepted=f.yes(d.get("return_interview_accepted")))
    return "Return recorded"


def _extend(user, s, d):
    a = services.extend_care_application(actor=user, application=s.application, weeks=d["weeks"], reason=d["reason"])
    return f"Extension recorded: due to conclude by {services.court_due_on(a):%-d %B %Y}"


def _conclude(user, s, d):
    services.conclude_care_application(actor=user, application=s.application, concluded_on=d["concluded_on"],
                                       final_order=d["final_order"])
    return "Care proceedings concluded"


def _pre(user, s, d):
    services.record_pre_proceedings(
        actor=user, case=s.case, started_on=d["started_on"], letter_sent_on=d.get("letter_sent_on"), meeting_on=d.get("meeting_on"),
        fgdm_offered_on=d.get("fgdm_offered_on"), fgdm_accepted=f.yes(d.get("fgdm_accepted")), fgdm_held_on=d.get("fgdm_held_on"),
        fgdm_not_offered_reason=d.get("fgdm_not_offered_reason", ""), outcome=d.get("outcome", ""), outcome_on=d.get("outcome_on"))
    return "Pre-proceedings recorded"


def _application(user, s, d):
    a = services.record_care_application(actor=user, case=s.case, issued_on=d["issued_on"], court=d["court"],
                                         cafcass_guardian=d.get("cafcass_guardian", ""))
    return f"Care application recorded: due to conclude by {services.court_due_on(a):%-d %B %Y}"


def _pathway(user, s, d):
    services.record_pathway_plan_review(actor=user, child=s.person, reviewed_on=d["reviewed_on"],
                                        personal_adviser=d.get("personal_adviser", ""), notes=d.get("notes", ""))
    return "Pathway plan recorded"


def _contact(user, s, d):
    services.record_care_leaver_contact(actor=user, child=s.person, contacted_on=d["contacted_on"], in_touch=d["in_touch"],
                                        activ=d.get("activ", ""), accom=d.get("accom", ""),
                                        accom_suitable=f.yes(d.get("accom_suitable")), notes=d.get("notes", ""))
    return "Contact recorded"


def _adoption(user, s, d):
    services.record_adoption_stage(actor=user, child=s.person, stage=d["stage"], on=d["on"], reason_ceased=d.get("reason_ceased", ""))
    return "Adoption stage recorded"


STEPS: dict[str, Step] = {p.slug: p for p in [
    Step("start", "Start to be looked after", "Start care", f.StartCareForm, _start, lambda s: not _in_care(s),
         intro="The first looked-after review is due within 20 working days; the first visit within a week."),
    Step("change", "Change placement or legal status", "Save change", f.ChangeEpisodeForm, _change, _in_care,
         lambda s: {"episode": s.period.current},
         intro="A change of placement and of legal status on the same day are one change."),
    Step("uasc", "Unaccompanied asylum-seeking child", "Save", f.UASCForm, _uasc, lambda s: bool(s.episodes),
         lambda s: {"uasc": getattr(s.person, "uasc", None)}),
    Step("previous-permanence", "Record previous permanence", "Save", f.PreviousPermanenceForm, _previous,
         lambda s: bool(s.episodes), intro="Whether the child had an adoption, special guardianship or child arrangements "
                                           "order before this period of care (the SSDA903 return asks)."),
    Step("outcomes", "Record the year's outcomes", "Save", f.OutcomesForm, _outcomes, lambda s: bool(s.episodes),
         intro="For a child looked after for 12 months at 31 March (SSDA903 OC2)."),
    Step("end", "Stop being looked after", "End care", f.EndCareForm, _end, _in_care),
    Step("review", "Record a looked-after review", "Save review", f.ReviewForm, _review, _in_care),
    Step("visit", "Record a visit", "Save visit", f.VisitForm, _visit, _in_care),
    Step("health", "Record health", "Save", f.HealthForm, _health, _in_care),
    Step("sdq", "Record a strengths and difficulties questionnaire", "Save", f.SDQForm, _sdq, _in_care),
    Step("missing", "Record a missing episode", "Save", f.MissingForm, _missing, _in_care),
    Step("missing-return", "Record the child's return", "Save", f.ReturnForm, _return, lambda s: s.missing is not None),
    Step("pre-proceedings", "Record pre-proceedings", "Save", f.PreProceedingsForm, _pre, lambda s: s.case is not None,
         lambda s: {"pre": s.pre},
         intro="A family group decision-making meeting must be offered before a care application (Children's Wellbeing "
               "and Schools Act 2026)."),
    Step("care-application", "Record a care application", "Save application", f.CareApplicationForm, _application,
         lambda s: s.case is not None and s.application is None,
         intro="Care proceedings should finish within 26 weeks of issue."),
    Step("court-extension", "Record an extension of the court timetable", "Save", f.ExtendForm, _extend,
         lambda s: s.application is not None, intro="Each extension is at most 8 weeks (Children Act 1989 s32(8))."),
    Step("court-conclusion", "Record the end of care proceedings", "Save", f.ConcludeForm, _conclude,
         lambda s: s.application is not None),
    Step("pathway-plan", "Record a pathway plan review", "Save", f.PathwayPlanForm, _pathway, lambda s: s.category is not None),
    Step("contact", "Record a personal adviser contact", "Save contact", f.ContactForm, _contact, lambda s: s.category is not None),
    Step("adoption", "Record an adoption stage", "Save", f.AdoptionForm, _adoption, _in_care),
]}


def _yes_no(value) -> str:
    return {True: "yes", False: "no"}.get(value, "not recorded")


def _history(person, *, missing: list, proceedings: tuple) -> dict:
    """What has been recorded, newest first, as (date, text) rows for the care page (the recent missing episodes and the
    proceedings are those state_for was given)."""
    rows = {
        "review_rows": [(r.review, f"chaired by {r.iro_name}; {r.get_review_code_display().lower()}")
                        for r in Review.objects.filter(child=person)[:10]],
        "visit_rows": [(v.visited_on, "seen alone" if v.seen_alone else "seen, not alone")
                       for v in Visit.objects.filter(child=person)[:10]],
        "health_rows": sorted([(h.done_on, h.get_kind_display()) for h in HealthCheck.objects.filter(child=person)[:10]]
                              + [(q.completed_on, "SDQ " + (f"score {q.sdq_score}" if q.sdq_score is not None
                                                            else q.get_sdq_reason_display().lower()))
                                 for q in SDQ.objects.filter(child=person)[:5]], reverse=True),
        "missing_rows": [(m.mis_start, f"{m.get_missing_display().lower()}, "
                          + (f"back {m.mis_end:%-d %b %Y}; return interview offered: {_yes_no(m.return_interview_offered)}, "
                             f"accepted: {_yes_no(m.return_interview_accepted)}" if m.mis_end else "not back yet"))
                         for m in missing],
        "leaver_rows": sorted([(p.reviewed_on, "pathway plan reviewed" + (f" ({p.personal_adviser})" if p.personal_adviser else ""))
                               for p in PathwayPlanReview.objects.filter(child=person)[:5]]
                              + [(c.contacted_on, f"contact: {c.get_in_touch_display().lower()}; {c.get_activ_display().lower()}; "
                                  f"accommodation {c.accom_code}") for c in CareLeaverContact.objects.filter(child=person)[:5]],
                              reverse=True),
        "adoption_rows": [(a.on, a.get_stage_display() + (f": {a.reason_ceased}" if a.reason_ceased else ""))
                          for a in AdoptionStage.objects.filter(child=person).order_by("-on")],
    }
    pre_proceedings, applications = proceedings
    lines = []
    for pre in pre_proceedings:
        fgdm = ("family meeting offered" if pre.fgdm_offered_on else "no family meeting offered")
        lines.append((pre.started_on, f"pre-proceedings; {fgdm}" + (f"; {pre.get_outcome_display().lower()}" if pre.outcome else "")))
    for a in applications:
        lines.append((a.issued_on, f"care application at {a.court}; "
                      + (f"concluded {a.concluded_on:%-d %b %Y}: {a.final_order}" if a.concluded_on
                         else f"due to conclude by {services.court_due_on(a):%-d %b %Y}")))
    rows["proceedings_rows"] = sorted(lines, reverse=True)
    return rows


# Which care step stops each looked-after clock (the court clock is stopped by the court, recorded on the Care page).
CLOCK_STEPS = {"la_review": "review", "la_visit": "visit", "la_health": "health", "pathway_plan": "pathway-plan",
               "pa_contact": "contact"}


def clock_link(person_pk: int, clock) -> tuple[str, str]:
    """(href, text) for the care step that stops a looked-after clock, as casework.views.clock_link does for its own."""
    slug = CLOCK_STEPS.get(clock.key)
    if slug is None:
        return (url("looked_after:care", pk=person_pk), "Open the Care page") if clock.key == "court" else ("", "")
    return url("looked_after:step", pk=person_pk, slug=slug), STEPS[slug].title


def financial_year_start(day) -> dt.date:
    return dt.date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def unit_costs(request, pk: int):
    """The cost of care of the children the unit's cases hold, for a period (the financial year to date unless given)."""
    unit = visible_unit(request.user, pk, to="see its cost of care")
    today = timezone.localdate()
    form = f.CostPeriodForm(request.GET or None, initial={"start": financial_year_start(today), "end": today})
    start, end = financial_year_start(today), today
    if form.is_bound and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    costs = selectors.cost_of_care_for_unit(unit, start=start, end=end)
    hidden = set(restricted_person_ids_hidden_from(request.user))
    names = {pk: f"{given} {family}" for pk, given, family in Person.objects.filter(pk__in=list(costs["children"]))
             .values_list("pk", "given_name", "family_name").order_by()}
    rows = sorted(((None if pid in hidden else names[pid], pid, cost) for pid, cost in costs["children"].items()), key=lambda r: -r[2])
    audit.record(actor=request.user, action="view_unit_care_costs", obj=unit, detail={"start": start, "end": end})
    return render(request, "looked_after/unit_costs.html", {
        "page_title": f"{unit.name}: cost of care", "unit": unit, "form": form, "start": start, "end": end, "rows": rows,
        "total": costs["total"], "active_nav": "board",
    })


@person_view("view_care")
def care(request, person):
    missing, proceedings = selectors.recent_missing(person), selectors.proceedings_for(person)  # read once: state and history
    s = state_for(person, missing=missing, proceedings=proceedings)
    today = timezone.localdate()
    context = person_context(person, "care")
    link = lambda slug: reverse("looked_after:step", kwargs={"pk": person.pk, "slug": slug})  # noqa: E731
    clocks = [(c, link(CLOCK_STEPS[c.key]) if c.key in CLOCK_STEPS else "") for c in clocks_for_child(person, case=s.case, today=today)]
    context.update(
        page_title=f"Care: {person.full_name}",
        state=s,
        periods=list(reversed(selectors.periods(s.episodes))),
        category_label=selectors.CATEGORY_LABELS.get(s.category, ""),
        year_start=financial_year_start(today),
        year_cost=selectors.cost_of_episodes(s.episodes, financial_year_start(today), today) if s.episodes else None,
        clocks=clocks,
        actions=[(link(p.slug), p.title) for p in STEPS.values() if p.available(s)],
        **_history(person, missing=missing, proceedings=proceedings),
        uasc=getattr(person, "uasc", None) if s.episodes else None,
    )
    return render(request, "looked_after/care.html", context)


STEP_PAGES = StepPages(STEPS, state_for, back="looked_after:care", section="care", caption="Care")


@person_view("open_care_form")
def step(request, person, slug: str):
    return STEP_PAGES.respond(request, person, slug)
