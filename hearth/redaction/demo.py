"""Demo data for redaction: the information governance login `ig` (the group that may run subject access requests,
prepare reviews for publication and read pseudonym keys)."""

from __future__ import annotations

from django.contrib.auth.models import Group

from hearth.redaction.selectors import IG_GROUP


def add_ig_officer(ctx) -> tuple[str, str]:
    from hearth.accounts.models import User
    from hearth.demo.generate import DEMO_PASSWORD

    user = User.objects.create_user(username="ig", password=DEMO_PASSWORD, first_name="Indira", last_name="Grant",
                                    email=f"ig@{ctx.spec.email_domain}", job_title="Information governance officer")
    user.groups.add(Group.objects.get_or_create(name=IG_GROUP)[0])
    return "ig", f"{user} — information governance: subject access requests and reviews for publication (Redaction tab)"
