"""meetconfer_gui.storage."""
