"""Mass entry: what officers type and release lists contain."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lunar_desk.errors import ValidationError
from lunar_desk.services.mass import MassUnit, format_mass, parse_mass


@pytest.mark.parametrize(
    "text, ug",
    [
        ("12.5 mg", 12_500),
        ("0.8 g", 800_000),
        ("1 200 mg", 1_200_000),
        ("12,5 mg", 12_500),
        ("1,234.5 mg", 1_234_500),
        ("1.234,5 mg", 1_234_500),
        ("350 µg", 350),
        ("350 ug", 350),
        ("12.5毫克", 12_500),
        ("3 克", 3_000_000),
        ("0,125 g", 125_000),
        ("  7 MG ", 7_000),
        ("1\u00a0200 mg", 1_200_000),
    ],
)
def test_parses_what_officers_type(text, ug):
    assert parse_mass(text) == ug


def test_bare_number_takes_the_default_unit():
    assert parse_mass("12.5", default_unit=MassUnit.MG) == 12_500
    assert parse_mass(2, default_unit="g") == 2_000_000
    assert parse_mass(0.5, default_unit="mg") == 500


@pytest.mark.parametrize(
    "text, words",
    [
        ("-1 mg", "negative"),
        ("12 kg", "not a mass unit"),
        ("12 lb", "not a mass unit"),
        ("1,200 mg", "ambiguous"),
        ("0.0001 mg", "more precise"),
        ("abc", "not a mass"),
        ("12", "no unit"),
        ("1.2.3 mg", "not a number"),
        ("", "No mass"),
    ],
)
def test_refuses_bad_input_with_a_clear_reason(text, words):
    with pytest.raises(ValidationError) as info:
        parse_mass(text)
    assert words in str(info.value)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(list(MassUnit)))
def test_format_then_parse_round_trips_exactly(ug, unit):
    assert parse_mass(format_mass(ug, unit)) == ug


def test_format_shows_the_chosen_unit():
    assert format_mass(12_500) == "12.5 mg"
    assert format_mass(12_500, "g") == "0.0125 g"
    assert format_mass(2_000_000, "g") == "2 g"
    assert format_mass(1_234_500_000, "mg") == "1\u202f234\u202f500 mg"
    assert format_mass(999_000, "mg") == "999 mg"
