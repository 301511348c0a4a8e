"""Tests of the store (storage/)."""
