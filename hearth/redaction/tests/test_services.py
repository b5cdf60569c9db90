"""Redaction services on their own: the reviewer's additions against the proposals already there."""

import random

from hearth.redaction import services
from hearth.redaction.models import Decision, Redaction, RedactionJob


def test_coverage_answers_as_the_plain_scan_of_every_span():
    rng = random.Random(11)
    for _ in range(200):
        spans = [(s, s + rng.choice([0, 1, 3, 20, 400])) for s in (rng.randint(0, 2000) for _ in range(rng.randint(0, 60)))]
        covered = services._coverage(spans)
        for _ in range(50):
            start = rng.randint(0, 2100)
            end = start + rng.choice([0, 1, 2, 5, 30])
            assert covered(start, end) == any(s <= start and end <= e for s, e in spans), (spans, start, end)


def test_an_addition_skips_only_the_occurrences_inside_a_redaction_not_rejected(world):
    text = "Mrs Patel rang. Patel said no. The Patel family. Mrs Patel again. Patel."
    job = RedactionJob.objects.create(person=world.ada, purpose="sar", title="SAR", source="upload", text=text,
                                      created_by=world.hos)
    def span(words, decision):
        return text.index(words), text.index(words) + len(words), decision

    spans = [span("Mrs Patel rang", Decision.PROPOSED), span("The Patel", Decision.ACCEPTED),
             span("Mrs Patel again", Decision.REJECTED)]
    Redaction.objects.bulk_create([Redaction(job=job, start=s, end=e, text=text[s:e], kind="name", source="record",
                                             replacement="[redacted]", reason="x", decision=d) for s, e, d in spans])
    added = services.add_redaction(actor=world.hos, job=job, phrase="patel", reason="Neighbour")
    # Inside "Mrs Patel" (proposed) and "The Patel" (accepted): skipped; inside the rejected "Mrs Patel again": added.
    starts = [i for i in range(len(text)) if text.startswith("Patel", i)]
    assert [r.start for r in added] == [starts[1], starts[3], starts[4]]
    assert all(r.decision == Decision.ACCEPTED and r.reason == "Neighbour" for r in added)
