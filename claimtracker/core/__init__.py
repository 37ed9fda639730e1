"""Qt-free core of ClaimTracker: storage, anchoring, import, services and exports."""
