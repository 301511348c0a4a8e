"""meetconfer_gui.importer."""
