"""Identifiers checked with python-stdnum, with messages a worker understands."""

import re

from django.core.exceptions import ValidationError
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.gb import nhs, upn

POSTCODE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$")


def clean_nhs_number(value: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    digits = nhs.compact(value)
    try:
        return nhs.validate(digits)
    except InvalidLength:
        raise ValidationError("NHS number must be 10 digits") from None
    except InvalidFormat:
        raise ValidationError("NHS number must contain only digits and spaces") from None
    except InvalidChecksum:
        raise ValidationError("NHS number is not valid: check the digits, the last one does not match") from None
    except StdnumError:
        raise ValidationError("NHS number is not valid") from None


def clean_upn(value: str) -> str:
    value = (value or "").strip().upper()
    if not value:
        return ""
    try:
        return upn.validate(value)
    except InvalidLength:
        raise ValidationError("Unique pupil number must be 13 characters, a letter then 12 digits") from None
    except InvalidFormat:
        raise ValidationError("Unique pupil number must be a letter followed by 12 digits") from None
    except InvalidChecksum:
        raise ValidationError("Unique pupil number is not valid: the check letter does not match") from None
    except InvalidComponent:
        raise ValidationError("Unique pupil number does not contain a valid local authority number") from None
    except StdnumError:
        raise ValidationError("Unique pupil number is not valid") from None


def normalise_postcode(value: str) -> str:
    return re.sub(r"\s+", "", (value or "").upper())


def clean_postcode(value: str) -> str:
    compact = normalise_postcode(value)
    match = POSTCODE.match(compact)
    if not match:
        raise ValidationError("Enter a real postcode, like SW1A 1AA")
    return f"{match.group(1)} {match.group(2)}"


def format_nhs_number(value: str) -> str:
    return f"{value[:3]} {value[3:6]} {value[6:]}" if len(value or "") == 10 else (value or "")
