"""Make docs/dossier-page1.png: the first page of a dossier of the sample article's claims.

    python docs/dossier_page.py        (needs pdftoppm, from poppler-utils)

The claims get a rationale, a date, and a line with emoji and CJK text, so the image shows
that Spanish accents, emoji and Chinese or Japanese characters are printed.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from claimtracker.core.db import create_database
from claimtracker.core.exporters.pipeline import ExportRequest, export
from claimtracker.core.sample import add_sample
from claimtracker.core.services import Services
from claimtracker.resources import SAMPLE_ARTICLE, SAMPLE_CLAIMS, resource_path

OUT = Path(__file__).parent / "dossier-page1.png"


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp())
    db = create_database(folder / "sample.db")
    services = Services(db, "Lucía Pérez")
    add_sample(services, resource_path(*SAMPLE_ARTICLE), resource_path(*SAMPLE_CLAIMS))
    first = services.claims.find()[0]
    services.claims.update(
        first.id,
        claim_date=date(2024, 2, 26),
        rationale=(
            "Seúl estima unos 6.700 contenedores 📦 enviados desde agosto; la cifra de la OTAN "
            "no se ha podido comprobar con fuentes independientes.\n"
            "La agencia japonesa 共同通信 (Kyodo) recoge la misma estimación 🇰🇷."
        ),
        verdict="unproven",
    )
    out = folder / "dossier.pdf"
    request = ExportRequest(format="pdf", language="es", organisation="Verifica (muestra)")
    export(db, request, out)
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(out),
         str(OUT.with_suffix(""))],
        check=True,
    )  # fmt: skip
    db.close()
    print(OUT)


if __name__ == "__main__":
    main()
