import numpy as np

from workbench.embed import encode_cached
from workbench.store import Store, content_key


class CountingEncoder:
    name = "counting#1"
    dim = 3

    def __init__(self):
        self.calls = 0

    def encode(self, texts):
        self.calls += len(texts)
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_content_key_separates_parts():
    assert content_key("ab", "c") != content_key("a", "bc")


def test_store_shared_between_connections(tmp_path):
    path = str(tmp_path / "s.sqlite")
    a, b = Store(path), Store(path)
    a.put_many("ns", {"k1": b"v1", "k2": b"v2"})
    assert b.get_many("ns", ["k1", "k2", "k3"]) == {"k1": b"v1", "k2": b"v2"}
    assert b.get("other", "k1") is None
    a.close(), b.close()


def test_rerun_recomputes_nothing(tmp_path):
    path = str(tmp_path / "s.sqlite")
    enc = CountingEncoder()
    texts = ["one", "two", "one", "three"]
    with Store(path) as s:
        first = encode_cached(enc, texts, s)
    assert enc.calls == 3  # duplicates embedded once
    with Store(path) as s:
        second = encode_cached(enc, texts, s)
    assert enc.calls == 3
    np.testing.assert_array_equal(first, second)


def test_model_name_is_part_of_the_key():
    s = Store()
    a, b = CountingEncoder(), CountingEncoder()
    b.name = "counting#2"
    encode_cached(a, ["x"], s)
    encode_cached(b, ["x"], s)
    assert a.calls == b.calls == 1
