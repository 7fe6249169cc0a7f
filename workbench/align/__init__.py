"""Alignment: parallel sentence alignment and claim alignment across comparable news."""
