"""The main window, its panes, docks, actions, settings and workers."""
