"""Lunar Desk: the APSCO Secretariat's desktop tool for the CLEP lunar-sample programme."""

__version__ = "0.1.0"
APP_NAME = "LunarDesk"
APP_AUTHOR = "APSCO"
