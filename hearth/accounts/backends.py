"""Signing in: Django's ModelBackend, reading a signed-in user together with their partner agency membership and
whether they are in the information governance group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Exists, OuterRef


class HearthModelBackend(ModelBackend):
    """Every staff page asks whether the signed-in user is a partner agency's account (partners.middleware,
    access.services.decide). Reading the membership (or its absence) with the user makes that answer free instead of
    one query a request. Likewise whether they work in information governance, which decides the Redaction link on
    every person page (redaction.selectors.can_redact) for someone who oversees no unit."""

    def get_user(self, user_id):
        from hearth.redaction.selectors import IG_GROUP

        User = get_user_model()
        in_ig = User.groups.through.objects.filter(user_id=OuterRef("pk"), group__name=IG_GROUP)
        users = User._default_manager.select_related("partner_membership").annotate(_hearth_information_governance=Exists(in_ig))
        try:
            user = users.get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
