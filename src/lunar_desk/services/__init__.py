"""Workflows and their rules: plain Python, no Qt.  Each public function
takes a Session and plain values, and raises UserError subclasses."""
