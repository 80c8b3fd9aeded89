"""Numbers as advisors type them: Arabic, Chinese numerals (两, 十二, 二十一) and English words."""

from __future__ import annotations

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "仨": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

#: Regex fragment for a small number written in Arabic or Chinese numerals.
CN_NUM = r"(?:\d{1,3}|[零〇一二两俩三仨四五六七八九十百]{1,4})"

EN_NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "both": 2,
    "a couple of": 2,
    "couple of": 2,
    "a pair of": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    # British and every variety's counts by the dozen: "rang half a dozen parents".
    "a dozen": 12,
    "half a dozen": 6,
}

#: Regex fragment for an English count: digits or a number word.
EN_NUM = (
    r"(?:\d{1,3}|half a dozen|a dozen|a couple of|couple of|a pair of|an|a|one|single|two|both|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty|thirty|forty|fifty)"
)


def cn_to_int(text: str) -> int | None:
    """The value of a number in Arabic or Chinese numerals, or None when it is not one.

    Handles 十二 (12), 二十 (20), 二十一 (21), 一百零五 (105), 两 (2) and digit strings
    such as 二〇二六 (2026), which people write for years.
    """
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if "十" not in text and "百" not in text:
        # Digit by digit, as in 二〇二六.
        value = 0
        for ch in text:
            digit = _CN_DIGITS.get(ch)
            if digit is None:
                return None
            value = value * 10 + digit
        return value
    total = 0
    current = 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def en_to_int(text: str) -> int | None:
    """The value of an English count ("3", "three", "a couple of"), or None."""
    text = " ".join(text.lower().split())
    if text.isdigit():
        return int(text)
    return EN_NUMBER_WORDS.get(text)
