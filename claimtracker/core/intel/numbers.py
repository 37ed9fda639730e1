"""Figures in one canonical form: "1 millón" = "un millón" = "1.000.000" = "1,000,000".

Number words are read by text2num ("cinco millones" -> 5000000); figures followed by a scale
word ("1,5 millones", "$3bn") are multiplied out here, and "por ciento", "percent" and "%"
become one sign. Digits are read with either separator: a separator that repeats, or that
is followed by exactly three digits, groups thousands ("1.000.000", "1,000", "6.700");
otherwise it is the decimal mark ("2,5", "3.5").
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from claimtracker.core.intel.lexicon import alternation, load, phrase_pattern

_DIGITS = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# Not clock times ("14:35") nor parts of codes and words.
_FIGURE = re.compile(rf"(?<![\w.,:])({_DIGITS})(?:\s?(%))?(?![\w:])")


def canonical(text: str, language: str | None) -> str:
    """``text`` with every figure written as digits (``1000000``, ``2.5``, ``27%``)."""
    lang = language if language in ("es", "en") else "es"
    rules = _rules(lang)
    text = rules["percent"].sub("%", text)
    text = rules["phrases"].sub(lambda m: rules["phrase_values"][_key(m.group())], text)
    # A half before text2num ("un dos y medio" would become "1 2 y medio") and after it
    # ("tres millones y medio" is only a figure then).
    text = rules["half"].sub(lambda m: _half(m, lang), text)
    text = rules["scaled"].sub(lambda m: _scaled(m, rules["scale_values"]), text)
    text = _words_to_digits(text, lang)
    text = rules["half"].sub(lambda m: _half(m, lang), text)
    return _FIGURE.sub(lambda m: _value(m.group(1), lang) + (m.group(2) or ""), text)


def figures(text: str, language: str | None) -> list[str]:
    """The figures of ``text`` in canonical form, in order (``["1000000", "27%"]``)."""
    return [
        _value(m.group(1), language) + (m.group(2) or "")
        for m in _FIGURE.finditer(canonical(text, language))
    ]


def parse(digits: str, language: str | None = None) -> Decimal | None:
    """The value of a figure written in digits with either separator, or None."""
    cleaned = digits.replace("\u00a0", " ").replace("\u202f", " ")
    groups = re.split(r"[., ]", cleaned)
    seps = re.findall(r"[., ]", cleaned)
    if not seps:
        number = cleaned
    elif len(set(seps)) > 1:
        # Both marks: the last one is decimal ("1.234,5", "1,234.5").
        head, tail = cleaned[: cleaned.rfind(seps[-1])], cleaned[cleaned.rfind(seps[-1]) + 1 :]
        number = re.sub(r"[., ]", "", head) + "." + tail
    elif seps[0] == " " or len(seps) > 1 or (len(groups[-1]) == 3 and groups[0] != "0"):
        number = "".join(groups)
    else:
        number = groups[0] + "." + groups[1]
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def _value(digits: str, language: str | None) -> str:
    value = parse(digits, language)
    if value is None:
        return digits
    return _format(value)


def _format(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _key(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


def _scaled(match: re.Match[str], scales: dict[str, int]) -> str:
    value = parse(match.group(1))
    factor = scales.get(_key(match.group(2)))
    if value is None or factor is None:
        return match.group()
    return _format(value * factor)


def _half(match: re.Match[str], lang: str) -> str:
    if match.group(1).isdigit():
        number = Decimal(match.group(1))
    else:
        from text_to_num import text2num

        try:
            number = Decimal(text2num(match.group(1).casefold(), lang))
        except (ValueError, TypeError):
            return match.group()
        if number >= 100:  # a scale word ("millones y medio"): left for after text2num
            return match.group()
    unit = Decimal(1)
    while number >= unit * 1000 and number % (unit * 1000) == 0:
        unit *= 1000
    return _format(number + unit / 2)


def _words_to_digits(text: str, lang: str) -> str:
    try:
        return _alpha2digit()(text, lang)
    except (ValueError, TypeError):  # text2num refuses some inputs; keep the words then
        return text


@cache
def _alpha2digit():
    from text_to_num import alpha2digit

    return alpha2digit


@cache
def _rules(lang: str) -> dict:
    data = load("numbers.toml")
    scales: dict[str, int] = data["scales"][lang]
    phrases: dict[str, str] = data["phrases"][lang]
    halves = "|".join(re.escape(h) for h in data["half"][lang])
    return {
        "percent": phrase_pattern(data["percent"][lang]),
        "phrases": phrase_pattern(phrases),
        "phrase_values": {_key(k): v for k, v in phrases.items()},
        "scaled": re.compile(
            rf"(?<![\w.,])({_DIGITS})\s?({alternation(scales)})(?!\w)",
            re.IGNORECASE,
        ),
        "scale_values": {_key(k): v for k, v in scales.items()},
        "half": re.compile(
            rf"(?<!\w)(\d+|[^\W\d_]+(?:-[^\W\d_]+)?)\s+(?:{halves})(?!\w)",
            re.IGNORECASE,
        ),
    }
