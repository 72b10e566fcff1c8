"""trainer-notes: the "Trainersnotities tonen" toggle beside the notes for trainers.

The notes themselves are Material admonitions of type `trainer` in the Markdown
(`!!! trainer "Notitie voor trainers"`). Without JavaScript they show, marked as notes for
trainers; hb-trainer-notes.js hides them until the reader turns them on, and keeps that choice
in the browser for every page. Print follows the choice.
"""
from __future__ import annotations

from ..render import render
from ..site import Here, Site


def trainer_notes(site: Site, here: Here) -> str:
    """The toggle, on a line of its own just above the page's first note for trainers."""
    return render("trainer-notes.html", ui=site.words("trainer-notes"))
