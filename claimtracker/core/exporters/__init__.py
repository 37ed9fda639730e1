"""Exporters: claims out to CSV (and, later, JSON, ClaimReview and W3C Web Annotation)."""
