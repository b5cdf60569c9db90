"""Signing in: Django's ModelBackend, reading a signed-in user together with their partner agency membership and
whether they are in the information governance group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.db import connection

from hearth.core.sql import columns_of, from_row


class HearthModelBackend(ModelBackend):
    """Every staff page asks whether the signed-in user is a partner agency's account (partners.middleware,
    access.services.decide), and every person page whether they work in information governance (the Redaction link:
    redaction.selectors.can_redact). Reading both with the user makes those answers free instead of a query each.
    The read is one plain statement: it runs on every request, and the ORM's version cost more to build than to run."""

    def get_user(self, user_id):
        from hearth.partners.models import OrganisationMember
        from hearth.redaction.selectors import IG_GROUP

        User = get_user_model()
        groups = User.groups.through._meta
        sql = (f"SELECT {columns_of(User, 'u')}, {columns_of(OrganisationMember, 'm')}, EXISTS(SELECT 1 FROM "
               f"{groups.db_table} ug JOIN {Group._meta.db_table} g ON g.id = ug.group_id WHERE ug.user_id = u.id AND g.name = %s) "
               f"FROM {User._meta.db_table} u LEFT JOIN {OrganisationMember._meta.db_table} m ON m.user_id = u.id "
               "WHERE u.id = %s")
        with connection.cursor() as cursor:
            cursor.execute(sql, [IG_GROUP, user_id])
            row = cursor.fetchone()
        if row is None:
            return None
        n = len(User._meta.concrete_fields)
        user = from_row(User, row[:n])
        member = from_row(OrganisationMember, row[n:-1]) if row[n] is not None else None
        if member is not None:
            OrganisationMember.user.field.set_cached_value(member, user)
        User.partner_membership.related.set_cached_value(user, member)  # None: not a partner (no query to find out)
        user._hearth_information_governance = bool(row[-1])
        return user if self.user_can_authenticate(user) else None
