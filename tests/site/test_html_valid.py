"""Valid HTML: the current Nu Html Checker (npm's vnu-jar) finds no error in our markup.

Stock Material's own markup has three known errors; they are listed here with the reason
and filtered by their exact message. Everything else fails the test.
"""
from __future__ import annotations

from tools import vnu

THEME_EXCEPTIONS = {
    # Material's navigation labels carry tabindex="" (an empty, invalid integer).
    'Bad value “” for attribute “tabindex” on element “label”': "Material nav labels: tabindex=\"\"",
    # Material's drawer, search and section toggles are checkboxes with autocomplete="off".
    'Attribute “autocomplete” is only allowed when the input type is': "Material toggles",
    # Material's section labels point at visually hidden toggle checkboxes.
    'The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control':
        "Material section toggles",
}


def test_built_html_has_no_validator_errors_of_our_own(online):
    errors = vnu.check(online.root)
    assert errors, "the checker reported nothing at all, not even the theme's known errors: did it run?"
    ours = [f"{message} ({where})" for message, where in errors
            if not any(known in message for known in THEME_EXCEPTIONS)]
    assert not ours, f"{len(ours)} HTML errors in our markup:\n" + "\n".join(ours[:15])
    unused = [known for known in THEME_EXCEPTIONS if not any(known in message for message, _ in errors)]
    assert not unused, f"these theme exceptions no longer occur, remove them: {unused}"
