"""The Loans tab."""
