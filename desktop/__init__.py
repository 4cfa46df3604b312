"""批注 Pizhu: read and annotate Chinese speeches and official documents."""

from __future__ import annotations

APP_NAME = "Pizhu"
APP_DISPLAY_NAME = "批注 Pizhu"
ORGANIZATION_NAME = "Pizhu"
__version__ = "0.1.0"
