"""Accountability to the public: the satisfaction survey (SKM), its index (IKM) and the public
statistics' figures, and personal data (UU 27/2022: retention purge, a citizen's export and
erasure). Below the desk and ingest, which both use it."""
