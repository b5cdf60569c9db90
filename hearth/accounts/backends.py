"""Signing in: Django's ModelBackend, reading a signed-in user together with their partner agency membership."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class HearthModelBackend(ModelBackend):
    """Every staff page asks whether the signed-in user is a partner agency's account (partners.middleware,
    access.services.decide). Reading the membership (or its absence) with the user makes that answer free instead of
    one query a request."""

    def get_user(self, user_id):
        users = get_user_model()._default_manager.select_related("partner_membership")
        try:
            user = users.get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
