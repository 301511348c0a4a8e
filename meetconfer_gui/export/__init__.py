"""meetconfer_gui.export."""
