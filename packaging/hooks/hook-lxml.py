"""Replaces pyinstaller-hooks-contrib's hook for lxml, which collects every submodule.

python-docx uses lxml.etree only; meetconfer.spec also excludes lxml.html, objectify and the
rest (4 MB). Without this hook PyInstaller warns about each excluded submodule.
"""

hiddenimports = ["lxml.etree", "lxml._elementpath"]
