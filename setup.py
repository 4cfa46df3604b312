"""Packaging glue that pyproject.toml cannot express: ship resources/ as the package desktop.data.

A checkout keeps resources/ beside desktop/ (see desktop/resources.py); an installed wheel
carries the same tree inside the package, so the app finds its sample, dictionaries, icons and
translations either way.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), "desktop.data"],
    package_dir={"desktop.data": "resources"},
    package_data={"desktop.data": ["**/*"]},
)
