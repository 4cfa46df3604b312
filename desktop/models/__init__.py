"""Qt item models: one per tree or list shown in the window."""
