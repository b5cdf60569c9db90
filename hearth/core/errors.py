from django.core.exceptions import ValidationError


def apply_validation_error(form, exc: ValidationError) -> None:
    """Put a service's ValidationError onto the form, field by field, so the page can show it."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            for error in errors:
                message = error.message % error.params if error.params else error.message
                form.add_error(field if field in form.fields else None, message)
    else:
        for message in exc.messages:
            form.add_error(None, message)


def posted(request):
    """The submitted data, or None for a GET (an empty POST is still a submission, and must show its errors)."""
    return request.POST if request.method == "POST" else None


class Saved:
    """What saved_by answers: true when the service saved, with what it returned in `result`."""

    def __init__(self, ok: bool, result=None):
        self.ok, self.result = ok, result

    def __bool__(self) -> bool:
        return self.ok


def saved_by(form, call) -> Saved:
    """Run a service call for a valid form; on a ValidationError put it on the form and answer a false Saved.
    The service's own transaction means nothing is half-saved. On success, `.result` is what the call returned."""
    try:
        result = call()
    except ValidationError as exc:
        apply_validation_error(form, exc)
        return Saved(False)
    return Saved(True, result)
