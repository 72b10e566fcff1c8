"""Build caches under .cache/ for results that depend only on their inputs; safe to delete."""
from __future__ import annotations

from pathlib import Path

CACHE = Path(__file__).resolve().parent.parent / ".cache"


def cache_dir(name: str) -> Path | None:
    """The folder .cache/<name>, or None when the checkout is read-only (build without it)."""
    try:
        folder = CACHE / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        return None
