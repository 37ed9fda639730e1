"""Claim intelligence, offline: sentences, check-worthiness suggestions, similar claims.

Nothing here needs the network or downloads a model; the lexicons are data files in
``resources/intel/`` and the packages used (sentencex, simplemma, text2num, rapidfuzz) ship
their data. The heavy ones are imported on first use, never by the window's start-up.
"""
