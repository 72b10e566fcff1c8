"""Words of the interface: buttons, banners and result placeholders of the components. A
reader never searches for them (tests/site/test_build.py) and paper never shows them
(tests/e2e/test_pdf.py). Words that also occur in the prose ("Presentatiemodus",
"Trek een kaart", "Toon profiel") are not listed."""
from __future__ import annotations

INTERFACE_TEXT = ["Deze resultaatcode kan niet gelezen worden", "Je bekijkt een gedeeld resultaat", "Beantwoord:",
                  "Opnieuw beginnen", "Kopieer de code", "Alles openen", "Druk af op A4", "Als Markdown",
                  "Kopieer als tekst", "Alle thema's", "Je resultaatcode"]

# and on paper, the buttons and notices that only a browser with JavaScript shows
PRINT_INTERFACE_TEXT = [*INTERFACE_TEXT, "Alles sluiten", "Terug naar je eigen antwoorden",
                        "Link naar dit resultaat", "Druk je selectie af", "Selectie wissen", "het staat uit, of een script is niet geladen",
                        "kunnen in deze browser niet bewaard worden", "Gekopieerd"]
