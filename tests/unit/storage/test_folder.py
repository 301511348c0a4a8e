"""The store's folder: a file where the folder should be is refused, and nothing is created."""

from __future__ import annotations

import pytest

from meetconfer_gui.storage import db
from meetconfer_gui.storage.base import StoreError
from meetconfer_gui.storage.recovery import open_store
from meetconfer_gui.storage.repository import open_repository, require_store


@pytest.mark.parametrize("read_only", [True, False])
def test_a_file_named_as_the_folder_is_refused(tmp_path, read_only):
    a_file = tmp_path / "store"
    a_file.write_text("notes")
    with pytest.raises(StoreError, match=r"is a file, not a folder: .*--data-dir"):
        open_repository(a_file, read_only=read_only)
    assert a_file.read_text() == "notes"


def test_require_store_creates_nothing(tmp_path):
    with pytest.raises(StoreError, match=r"there is no store in .* yet"):
        require_store(tmp_path / "none")
    assert not (tmp_path / "none").exists()
    repo = open_repository(tmp_path / "made")
    repo.close()
    assert require_store(tmp_path / "made") == tmp_path / "made" / db.STORE_NAME


def test_the_app_gets_a_message_not_an_error(tmp_path):
    a_file = tmp_path / "store"
    a_file.write_text("notes")
    repo, message = open_store(a_file)
    assert repo.read_only and message is not None and "is a file, not a folder" in message
