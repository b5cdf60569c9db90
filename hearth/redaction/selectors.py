"""Reads for redaction: who may run it, what the record knows about everyone around a person, the chronology as text."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q

from hearth.access.services import unit_ties
from hearth.people.models import Person, Relationship
from hearth.redaction import detect as d
from hearth.redaction.models import RedactionJob

IG_GROUP = "Information governance"


def is_information_governance(user) -> bool:
    """Whether the user is in the information governance group: asked once per request (kept on the user), unless the
    user was read with the answer already (an `_hearth_information_governance` annotation)."""
    if not getattr(user, "is_authenticated", False):
        return False
    known = getattr(user, "_hearth_information_governance", None)
    if known is None:
        known = user._hearth_information_governance = user.groups.filter(name=IG_GROUP).exists()
    return known


def can_redact(user) -> bool:
    """Running a subject access request or preparing a review for publication: information governance staff, and
    heads of service (for the units they oversee: the person gate decides which records they may open). The one rule
    for the pages, the API and the Redaction link on person pages. A head of service is known from the unit ties the
    gate reads anyway (cached on the user); only someone who oversees no unit is asked about their group, whether or
    not they are a unit member (an information governance officer may also sit in a unit)."""
    if not getattr(user, "is_authenticated", False) or hasattr(user, "partner_membership"):
        return False
    return any(tie.head for tie in unit_ties(user).values()) or is_information_governance(user)


def can_read_key(user) -> bool:
    """The pseudonym key of a published review: information governance staff only."""
    return is_information_governance(user)


def jobs_for(person: Person):
    return RedactionJob.objects.filter(person=person).select_related("created_by")


def _role_towards(subject_id: int, rel: Relationship) -> str:
    """What the other person in `rel` is to the subject, as one of the detector's roles."""
    if rel.to_person_id == subject_id:
        return rel.kind  # from_person is <kind> of the subject
    inverse = {"mother": "child", "father": "child", "parent": "child", "step_parent": "child",
               "grandparent": "grandchild", "aunt_uncle": "other", "carer": "other"}
    return inverse.get(rel.kind, rel.kind)


def _party(person: Person, key: str, role: str) -> d.Party:
    names = [(n.given_name, n.family_name) for n in person.names.all()] or [(person.given_name, person.family_name)]
    if (person.given_name, person.family_name) not in names:
        names.insert(0, (person.given_name, person.family_name))
    else:
        names.remove((person.given_name, person.family_name))
        names.insert(0, (person.given_name, person.family_name))
    return d.Party(
        key=key, role=role, names=names,
        dobs=[person.date_of_birth] if person.date_of_birth else [],
        addresses=[d.Address(a.line_1, a.line_2, a.town, a.postcode) for a in person.addresses.all()],
        identifiers=[x for x in (person.nhs_number, person.upn, person.former_upn) if x],
    )


def case_record(person: Person) -> d.CaseRecord:
    """Everyone the record links to `person`: family network (both directions of each relationship), the team around
    the child with their organisations and schools, and the staff who wrote in the chronology."""
    from hearth.cases.models import ChronologyEntry
    from hearth.partners.models import Involvement, InvolvementRole

    parties = [_party(person, f"p{person.pk}", "subject")]
    rels = Relationship.objects.filter(Q(from_person=person) | Q(to_person=person)).order_by("pk")
    others: dict[int, str] = {}
    for rel in rels:
        other = rel.from_person_id if rel.to_person_id == person.pk else rel.to_person_id
        others.setdefault(other, _role_towards(person.pk, rel))
    family = Person.objects.filter(pk__in=others).prefetch_related("names", "addresses")
    for p in sorted(family, key=lambda p: list(others).index(p.pk)):
        role = others[p.pk]
        parties.append(_party(p, f"p{p.pk}", "sibling" if role == "child" else role))
    organisations: list[str] = []
    for inv in Involvement.objects.filter(person=person).select_related("organisation").order_by("pk"):
        org = inv.organisation.name if inv.organisation else inv.organisation_name
        if org:
            organisations.append(org)
        if inv.role == InvolvementRole.SCHOOL and org:
            parties[0].schools.append(org)
        if inv.professional_name:
            given, _, family_name = inv.professional_name.rpartition(" ")
            parties.append(d.Party(key=f"i{inv.pk}", role="professional", names=[(given, family_name)],
                                   phones=[inv.phone] if inv.phone else [], emails=[inv.email] if inv.email else [],
                                   organisation=org, job=inv.get_role_display()))
    # The staff who wrote in the chronology: one query for the users, not every entry with its narrative.
    authors = get_user_model().objects.filter(pk__in=ChronologyEntry.objects.filter(child=person).values("author")).order_by("pk")
    for user in authors:
        if user.first_name or user.last_name:
            parties.append(d.Party(key=f"u{user.pk}", role="professional", names=[(user.first_name, user.last_name)],
                                   emails=[user.email] if user.email else []))
    return d.CaseRecord(parties=parties, subject_key=f"p{person.pk}", organisations=organisations)


def chronology_text(person: Person) -> str:
    """The child's whole chronology as one document, oldest first. Every entry is read (a subject access disclosure
    that stopped part way would be incomplete), in chunks, so the entries are not all held as objects at once; the
    review page shows a long document a part at a time."""
    from hearth.cases.models import ChronologyEntry

    entries = (ChronologyEntry.objects.filter(child=person).order_by("occurred_on", "pk")
               .only("occurred_on", "kind", "title", "narrative"))
    lines = [f"Chronology: {person.full_name}", ""]
    for e in entries.iterator(chunk_size=500):
        lines.append(f"{e.occurred_on.strftime('%d/%m/%Y')} {e.get_kind_display()}{': ' + e.title if e.title else ''}")
        lines.append(e.narrative.strip())
        lines.append("")
    return "\n".join(lines)
