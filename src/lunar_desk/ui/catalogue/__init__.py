"""The Catalogue tab: samples, splits, mass ledger, release-list import."""
