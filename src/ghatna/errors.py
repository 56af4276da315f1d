"""Errors ghatna reports to its users: one clear line each, never a traceback."""


class GhatnaError(Exception):
    """Base class of every error ghatna raises on purpose."""


class InputError(GhatnaError):
    """The input cannot be read as an article: empty, binary, undecodable, too large, no body …"""
