"""Spreadsheets (openpyxl, csv): import of CLEP release lists, Excel summaries.

Qt-free; the UI runs these off the GUI thread and the CLI calls them directly.
"""
