"""Masses: parsed from what officers type or files contain, stored as
integer micrograms, shown in mg or g.

Accepted: ``12.5 mg``, ``0.8 g``, ``1 200 mg``, ``12,5 mg``, ``1,234.5 mg``,
``350 µg``, ``12.5毫克``, ``3 克``.  Refused with a clear message: negatives,
unknown units, more precision than 1 µg, ambiguous ``1,200``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from lunar_desk.errors import ValidationError
from lunar_desk.messages import Msg


GROUP_SEPARATOR = "\u202f"


class MassUnit(StrEnum):
    UG = "µg"
    MG = "mg"
    G = "g"


UG_PER_UNIT = {MassUnit.UG: 1, MassUnit.MG: 1_000, MassUnit.G: 1_000_000}

_UNIT_ALIASES = {
    "µg": MassUnit.UG, "μg": MassUnit.UG, "ug": MassUnit.UG, "mcg": MassUnit.UG, "微克": MassUnit.UG,
    "mg": MassUnit.MG, "milligram": MassUnit.MG, "milligrams": MassUnit.MG, "毫克": MassUnit.MG,
    "g": MassUnit.G, "gram": MassUnit.G, "grams": MassUnit.G, "gr": MassUnit.G, "克": MassUnit.G,
}

_SPACES = re.compile(r"[\s\u00a0\u2009\u202f']+")
_SPLIT = re.compile(r"^(?P<num>[-+−]?[0-9.,\s\u00a0\u2009\u202f']*[0-9][0-9.,]*)\s*(?P<unit>[^\d\s.,].*)?$")


def parse_unit(text: str) -> MassUnit:
    """A unit name as written in headers or cells (mg, g, µg, 毫克, 克 …)."""
    key = text.strip().strip("()[]（）").strip().lower()
    try:
        return _UNIT_ALIASES[key]
    except KeyError:
        raise ValidationError(Msg("'{strip}' is not a mass unit; use µg, mg or g (微克, 毫克, 克).", strip=text.strip())) from None


def _number(raw: str, original: str) -> Decimal:
    s = _SPACES.sub("", raw).replace("−", "-")
    if "," in s and "." in s:
        # the later separator is the decimal one: 1,234.5 or 1.234,5
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif s.count(",") > 1:
        s = s.replace(",", "")
    elif "," in s:
        whole, frac = s.split(",")
        if len(frac) == 3 and whole.lstrip("+-") not in ("", "0"):
            raise ValidationError(
                Msg(
                    "'{original}' is ambiguous: is the comma a decimal point or a thousands separator? Write it "
                    "as '{whole}{frac}' or '{whole}.{frac}'.",
                    original=original, whole=whole, frac=frac)
            )
        s = f"{whole}.{frac}"
    if s.count(".") > 1:
        raise ValidationError(Msg("'{original}' is not a number.", original=original))
    try:
        return Decimal(s)
    except InvalidOperation:
        raise ValidationError(Msg("'{original}' is not a number.", original=original)) from None


def parse_mass(text: str | int | float | Decimal, default_unit: MassUnit | str | None = None) -> int:
    """Parse a mass to integer micrograms.

    ``default_unit`` applies when the text carries no unit (e.g. a column
    whose header says "Mass (mg)"); without it a unit is required.
    """
    if isinstance(text, bool):
        raise ValidationError(Msg("'{text}' is not a mass.", text=text))
    unit = MassUnit(default_unit) if default_unit else None
    if isinstance(text, (int, float, Decimal)):
        if unit is None:
            raise ValidationError(Msg("'{text}' has no unit; write mg or g after the number.", text=text))
        value = Decimal(str(text))
        original = str(text)
    else:
        original = str(text).strip()
        if not original:
            raise ValidationError(Msg("No mass given."))
        m = _SPLIT.match(original)
        if not m:
            raise ValidationError(Msg("'{original}' is not a mass; write e.g. '12.5 mg' or '0.8 g'.", original=original))
        if m.group("unit"):
            unit = parse_unit(m.group("unit"))
        elif unit is None:
            raise ValidationError(Msg("'{original}' has no unit; write mg or g after the number.", original=original))
        value = _number(m.group("num"), original)
    if value < 0:
        raise ValidationError(Msg("'{original}': a mass cannot be negative.", original=original))
    ug = value * UG_PER_UNIT[unit]
    if ug != ug.to_integral_value():
        raise ValidationError(Msg("'{original}' is more precise than one microgram (0.001 mg); round it.", original=original))
    return int(ug)


def format_mass(ug: int | None, unit: MassUnit | str = MassUnit.MG, *, with_unit: bool = True) -> str:
    """Show integer micrograms in the officer's unit without losing precision."""
    if ug is None:
        return ""
    unit = MassUnit(unit)
    value = Decimal(ug) / UG_PER_UNIT[unit]
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, dot, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = [digits[max(i - 3, 0):i] for i in range(len(digits), 0, -3)][::-1]
    # SI digit grouping with a narrow no-break space: unambiguous in every locale
    text = sign + GROUP_SEPARATOR.join(groups or ["0"]) + dot + frac
    return f"{text} {unit.value}" if with_unit else text


def mass_in_unit(ug: int, unit: MassUnit | str) -> Decimal:
    return Decimal(ug) / UG_PER_UNIT[MassUnit(unit)]
