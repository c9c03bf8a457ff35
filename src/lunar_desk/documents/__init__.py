"""PDF documents (ReportLab) and the CLEP package.

* :mod:`.fonts` registers the bundled fonts and turns any text (Latin,
  Cyrillic, Chinese, Persian/Urdu, Thai, mixed) into Paragraph markup.
* :mod:`.styles` holds the shared page layout, paragraph styles, tables,
  right-to-left paragraphs and the "Page X of Y" canvas.
* :mod:`.application_form` renders Annex 2 / Annex 3 forms.
* :mod:`.package` builds and verifies the zip sent to CLEP.

Qt-free: the UI runs these off the GUI thread, the CLI calls them directly.
"""
