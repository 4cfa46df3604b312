"""Packaging glue that pyproject.toml cannot express: ship resources/ as the package desktop.data.

A checkout keeps resources/ beside desktop/ (see desktop/resources.py); an installed wheel
carries the same tree inside the package, so the app finds its sample, dictionaries, icons and
translations either way. Each folder of resources/ is declared as a (data-only) package, which
is how setuptools wants data folders spelled.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCE_PACKAGES = [
    "desktop.data",
    *(f"desktop.data.{name}" for name in find_namespace_packages(where="resources")),
]

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), *RESOURCE_PACKAGES],
    package_dir={"desktop.data": "resources"},
    package_data={package: ["*"] for package in RESOURCE_PACKAGES},
)
