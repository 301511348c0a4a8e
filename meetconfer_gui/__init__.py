"""meetconfer: a court's meet-and-confer order as a checklist, a calendar and a Joint Statement."""

__version__ = "0.1.0"
