"""The commands of ``meetconfer``, one module each (see ``meetconfer_gui.cli``)."""
