"""A content-addressed cache in SQLite, shared by stages (translations, embeddings).

Keys are hashes of everything that determines a value (backend, model hash, text),
so a re-run with nothing changed recomputes nothing, and a changed model never
serves stale values. WAL mode and a busy timeout let two runs share one file.
"""
from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping

from .errors import WorkbenchError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cache (
  namespace TEXT NOT NULL,
  key TEXT NOT NULL,
  value BLOB NOT NULL,
  created REAL NOT NULL,
  PRIMARY KEY (namespace, key)
) WITHOUT ROWID
"""
_CHUNK = 500  # SQLite's host-parameter limit is 999 on old builds


def content_key(*parts: str | bytes) -> str:
    """A stable hash of the parts, separated so that ("ab", "c") != ("a", "bc")."""
    h = hashlib.sha256()
    for p in parts:
        b = p.encode("utf-8") if isinstance(p, str) else p
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


class CacheError(WorkbenchError):
    """The cache file cannot be used: not a database, truncated, a directory, unwritable."""


class Store:
    """Namespaced key-value cache; ``Store(":memory:")`` for a throwaway one.

    Any SQLite failure (at open or later, e.g. a truncated file) is a CacheError naming
    the file, never a traceback.
    """

    def __init__(self, path: str = ":memory:"):
        self.path = path
        self._db = None
        with self._guard():
            self._db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
            if path != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA busy_timeout=60000")
            self._db.execute(_SCHEMA)
            self._db.execute("SELECT COUNT(*) FROM cache WHERE namespace = ''").fetchone()  # reads the table's pages
        self.hits = 0
        self.misses = 0

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as e:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
            raise CacheError(f"{self.path}: cannot use as the cache ({e}); "
                             "give another --cache PATH, delete the file, or use --no-cache") from None

    def get_many(self, namespace: str, keys: Iterable[str]) -> dict[str, bytes]:
        keys = list(dict.fromkeys(keys))
        found: dict[str, bytes] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            q = f"SELECT key, value FROM cache WHERE namespace=? AND key IN ({','.join('?' * len(chunk))})"
            with self._guard():
                found.update(self._db.execute(q, (namespace, *chunk)).fetchall())
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def get(self, namespace: str, key: str) -> bytes | None:
        return self.get_many(namespace, [key]).get(key)

    def put_many(self, namespace: str, items: Mapping[str, bytes]) -> None:
        if not items:
            return
        now = time.time()
        with self._guard(), self._db:  # one transaction: a crash leaves all or nothing
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT OR REPLACE INTO cache (namespace, key, value, created) VALUES (?, ?, ?, ?)",
                [(namespace, k, v, now) for k, v in items.items()],
            )

    def put(self, namespace: str, key: str, value: bytes) -> None:
        self.put_many(namespace, {key: value})

    def count(self, namespace: str | None = None) -> int:
        with self._guard():
            if namespace is None:
                return self._db.execute("SELECT COUNT(*) FROM cache").fetchone()[0]
            return self._db.execute("SELECT COUNT(*) FROM cache WHERE namespace=?", (namespace,)).fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
