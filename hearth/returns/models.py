"""Statutory returns are derived from the records each time (nothing is stored for them). This app keeps only the
permission that lets an analyst produce and download them: `returns.produce_returns`, given to the "Analysts" group
(hearth.returns.demo.ANALYSTS_GROUP) or to one person in the admin."""

from django.db import models


class ReturnsAccess(models.Model):
    """No table: a place to hang the permission on."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("produce_returns", "Can produce and download statutory returns (every child in the return)")]
