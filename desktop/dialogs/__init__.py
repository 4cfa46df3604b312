"""Small dialogs, each testable without a modal loop."""
