"""Flags of what sources report inconsistently: conflicts, hedges, temporal drift,
single-source facts and translation losses (rules in ``check``)."""
from .check import THRESHOLDS, check_consistency

__all__ = ["THRESHOLDS", "check_consistency"]
