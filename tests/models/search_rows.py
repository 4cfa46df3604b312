"""What the search results' rows show, read as the view reads them (model and dock tests)."""

from __future__ import annotations

from desktop.models.search_results_model import Role, SearchResultsModel


def first_given(model: SearchResultsModel) -> int:
    """Which speech found (its place in the order shown) the first row given is (0 if no
    row is)."""
    if not model.rowCount():
        return 0
    order = [speech_id for speech_id, _hits in model.speech_counts()]
    return order.index(model.index(0, 0).data(Role.SPEECH_ID))
