"""meetconfer_gui.ui."""
