"""The partner status API against the schema it serves (schemathesis): generated valid and invalid questions from a
health partner's key never get a 500, and every answer is one the schema documents."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          negative_data_rejection]
PATH = "/api/v1/partner/children/status"


@pytest.fixture
def status_schema(partners):
    from tests.factories import UserFactory

    client = Client()
    client.force_login(UserFactory(username="schema_reader"))
    schema = schemathesis.openapi.from_dict(client.get("/api/v1/openapi.json").json())
    schema.app = WSGIHandler()
    # Called in this thread inside the test's transaction: keep the connection open between requests.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schema
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_status_api_answers_only_as_documented(status_schema, partners, mode):
    operation = status_schema[PATH]["POST"]

    @given(case=operation.as_strategy(generation_mode=mode))
    @hypothesis_settings(max_examples=60, deadline=None, derandomize=True, database=None,
                         suppress_health_check=list(HealthCheck))
    def call(case):
        headers = dict(case.headers or {})
        if "Authorization" in headers:
            headers["Authorization"] = f"Bearer {partners.health_key.plaintext}"
        case.headers = headers
        case.call_and_validate(checks=CHECKS)

    call()
