"""The Qt-free model of meetconfer: calendars, Rule 6 counting, orders and matters."""
