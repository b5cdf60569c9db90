"""Idempotency under concurrency: two copies of one request at the same moment are stored once.

Run on PostgreSQL (DATABASE_URL) this is the real race: two connections, two transactions, one unique index.
"""

import json
import threading
import time

import pytest
from django.db import connection
from django.test import Client

from hearth.core import idempotency
from hearth.frontdoor import services
from hearth.frontdoor.models import IdempotencyRecord, Referral
from hearth.frontdoor.tests.test_api import URL, payload


@pytest.mark.django_db(transaction=True)
def test_two_copies_sent_at_the_same_moment_are_stored_once_and_answered_the_same(fd, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's in-memory test database cannot be written from two threads at once: run with DATABASE_URL")
    real_stored, real_receive = idempotency._stored, services.receive_referral
    looked = threading.local()
    worked = []

    def stored_before_anyone_commits(caller, key, fp):
        # Each thread's first look finds nothing, as when both arrive before either has committed; so both go on
        # to insert the key and only the unique constraint can stop the second.
        if not getattr(looked, "once", False):
            looked.once = True
            return None
        return real_stored(caller, key, fp)

    def slow_receive(**kwargs):
        worked.append(threading.get_ident())
        referral = real_receive(**kwargs)
        time.sleep(0.5)  # hold the transaction open while the other copy arrives
        return referral

    monkeypatch.setattr(idempotency, "_stored", stored_before_anyone_commits)
    monkeypatch.setattr(services, "receive_referral", slow_receive)
    barrier = threading.Barrier(2)
    answers = []

    def send():
        try:
            barrier.wait()
            response = Client().post(URL, json.dumps(payload()), content_type="application/json",
                                     headers={"X-Api-Key": fd.school_key, "Idempotency-Key": "same-moment"})
            answers.append((response.status_code, response.json(), response.get("Idempotent-Replayed")))
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(answers) == 2, answers
    (status_a, body_a, _), (status_b, body_b, _) = answers
    assert status_a == status_b == 201
    assert body_a == body_b
    assert sorted(str(replayed) for *_, replayed in answers) == ["None", "true"]
    assert len(worked) == 1, "the second copy waited for the first and did no work of its own"
    assert Referral.objects.count() == 1
    assert IdempotencyRecord.objects.filter(key="same-moment").count() == 1
