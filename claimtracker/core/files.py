"""Writing files so that a failure or a cancel never leaves a partial file behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from claimtracker.core.errors import UserError


@contextmanager
def atomic_text_file(
    path: Path, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """Write to a temporary name beside ``path`` and rename it into place at the end.

    Characters the encoding cannot hold (lone surrogates) are replaced, never fatal. An
    OSError becomes one clear :class:`UserError`; any error removes the temporary file.
    """
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding=encoding, errors="replace", newline=newline) as out:
            yield out
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
