"""The one place that knows where the project's resource files are."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """``resources/`` of a source checkout, or its copy inside an installed wheel."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("ClaimTracker's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource_path("sample", "article.md")``."""
    return resources_dir().joinpath(*parts)


SAMPLE_ARTICLE = ("sample", "municiones-corea-rusia.md")
SAMPLE_CLAIMS = ("sample", "municiones-corea-rusia.claims.json")
