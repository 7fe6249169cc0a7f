"""The pipeline's stages on Ray: a local Ray on this machine, or a running cluster by address.

- Document stages (segment and facts, translation) are Ray Data ``map_batches`` over rows
  ``{"i": position, "item": pickled document}``; outputs are put back in input order by ``i``.
- The embed stage calls ``PoolEncoder``: one encoder actor per node (``ray.util.ActorPool``),
  each loading the model once and using that node's cores, as the local engine uses this
  machine's. The actors reserve no CPU (``num_cpus=0``) so they never block the tasks of
  later stages; stages run one after another, so they do not compete either.
- Event grouping is one Ray task: its k-NN neighbourhoods and candidate pairs are taken over
  the whole pool. Claims are one job per event, grouped into a few tasks a CPU.

The SQLite cache: the embed stage reads and writes it on the driver (only the misses go to
the actors). Translation workers open the same file by path: on one machine SQLite's WAL
and busy timeout let several processes share it; on a cluster each node keeps a cache at
that path. Keys are content hashes, so any copy of a value is the right one.
"""
from __future__ import annotations

import functools
import logging
import os
import pickle
import re
import warnings
from collections.abc import Callable, Sequence

import numpy as np

from ..embed import load_encoder
from ..errors import ConfigError, ModelError, WorkbenchError
from ..store import Store

try:
    import ray
    import ray.data  # Ray Data is part of the extra (ray[data])
except ImportError:  # the optional extra is not installed
    ray = None

LOCAL_CPUS: int | None = None  # CPUs of a local Ray (no --address); None: all of this machine's
DOC_BATCH = 16  # documents per Ray Data batch: small enough to spread a few hundred reports over the workers
TASKS_PER_CPU = 4  # event and claim jobs are grouped into this many tasks a CPU: uneven jobs still balance


def _user_error(e: BaseException | None) -> WorkbenchError | None:
    """The WorkbenchError a worker raised (shown as one line), found in Ray's wrappers."""
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, WorkbenchError) and not isinstance(e, ray.exceptions.RayError):
            return e
        cause = getattr(e, "cause", None)
        e = cause if isinstance(cause, BaseException) else e.__cause__
    return None


def _reraise(e: BaseException):
    user = _user_error(e)
    if user is not None:
        raise user from None
    raise e


def actor_error(text: str) -> str:
    """What an actor raised, from the traceback text Ray keeps of it (no exception object):
    the message of its last line, ``module.SomeError: message``."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    last = lines[-1] if lines else text
    m = re.match(r"[\w.]+: (.*)", last)
    return m.group(1) if m else last


def _apply_batch(batch: dict, fn: Callable, store_path: str | None) -> dict:
    """One Ray Data batch: unpickle the items, run ``fn`` with a cache opened by path, pickle the outputs."""
    items = [pickle.loads(b) for b in batch["item"]]
    if store_path:
        os.makedirs(os.path.dirname(os.path.abspath(store_path)), exist_ok=True)
        with Store(store_path) as store:
            out = fn(items, store, lambda n: None)
    else:
        out = fn(items, None, lambda n: None)
    return {"i": batch["i"], "out": [pickle.dumps(o) for o in out]}


def _run_jobs(fn: Callable, jobs: list[tuple]) -> list:
    return [fn(*job) for job in jobs]


class EncoderWorker:
    """An actor holding one loaded encoder (``load_encoder`` spec) for the whole run, on ``threads``
    cores (Ray gives an actor one OpenMP thread unless told; vectors do not depend on the count)."""

    def __init__(self, spec: str, threads: int):
        os.environ["OMP_NUM_THREADS"] = str(threads)  # read when the encoder's native library loads
        self.encoder = load_encoder(spec)

    def describe(self) -> tuple[str, int, bool]:
        return self.encoder.name, self.encoder.dim, hasattr(self.encoder, "fit")

    def fit(self, text: str) -> str:
        return self.encoder.fit(text)

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.encoder.encode(texts)


class PoolEncoder:
    """The ``Encoder`` interface over a pool of encoder actors: a call is split across them.

    The actors load the model while the document stages run: nothing waits for them
    until the embed stage asks for the encoder's name."""

    def __init__(self, actors: list):
        self._actors = actors
        self._pool = ray.util.ActorPool(actors)
        self._described = actors[0].describe.remote()

    @functools.cached_property
    def _description(self) -> tuple[str, int, bool]:
        try:
            return ray.get(self._described)
        except ray.exceptions.RayActorError as e:  # the model could not be loaded on a node
            raise ModelError(f"the encoder on a Ray node: {actor_error(e.error_msg or type(e).__name__)}") from None

    @property
    def name(self) -> str:
        return self._description[0]

    @property
    def dim(self) -> int:
        return self._description[1]

    def __getattr__(self, attr: str):
        if attr == "fit" and self._description[2]:  # the encoder cuts texts to its window (``embed.Encoder``)
            return lambda text: ray.get(self._actors[0].fit.remote(text))
        raise AttributeError(attr)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        size = -(-len(texts) // len(self._actors))
        chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
        return np.vstack(list(self._pool.map(lambda a, chunk: a.encode.remote(chunk), chunks)))


class RayEngine:
    name = "ray"

    def __init__(self, encoder: str, *, address: str | None = None):
        if ray is None:
            raise ConfigError("--engine ray needs Ray: pip install 'workbench[ray]'")
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # offline: never report usage
        for name in ("ray", "ray.data"):  # the user sees workbench's lines, not Ray's notices
            logging.getLogger(name).setLevel(logging.ERROR)
        quiet = {"logging_level": logging.ERROR, "log_to_driver": False}
        try:
            if address:
                ray.init(address=address, **quiet)
            else:
                ray.init(num_cpus=LOCAL_CPUS, include_dashboard=False, **quiet)
        except Exception as e:  # Ray raises bare Exceptions too (e.g. a node that timed out starting)
            why = str(e).splitlines()[0] if str(e) else type(e).__name__
            ray.shutdown()  # whatever part of a local Ray did start
            if address:
                auth = ("" if os.environ.get("RAY_AUTH_MODE") == "token" else
                        "; a cluster started with token authentication (Ray's default for 'ray start --head') "
                        "also needs RAY_AUTH_MODE=token in this shell")
                raise ConfigError(f"--address {address}: cannot join a Ray cluster there ({why}); "
                                  f"start one with 'ray start --head'{auth}") from None
            raise ConfigError(f"cannot start a local Ray ({why})") from None
        with warnings.catch_warnings():  # Ray Data's own deprecation notices about its defaults
            warnings.simplefilter("ignore", DeprecationWarning)
            ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        self.signature = {"engine": f"ray@{address}" if address else "ray"}
        try:
            self.encoder = PoolEncoder(self._node_actors(encoder))
        except BaseException as e:
            self.close()
            _reraise(e)

    @staticmethod
    def _node_actors(spec: str) -> list:
        """One encoder actor pinned to each live node, using the node's CPUs."""
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        cls = ray.remote(EncoderWorker)
        nodes = sorted((n["NodeID"], max(1, int(n["Resources"].get("CPU", 1)))) for n in ray.nodes() if n.get("Alive"))
        return [cls.options(num_cpus=0, scheduling_strategy=NodeAffinitySchedulingStrategy(node, soft=False))
                .remote(spec, cpus) for node, cpus in nodes]

    def map_documents(self, fn, items, store, advance, weight: Callable = lambda item: 1) -> list:
        if not items:
            return []
        path = store.path if store is not None and store.path != ":memory:" else None
        ds = ray.data.from_items([{"i": i, "item": pickle.dumps(x)} for i, x in enumerate(items)])
        ds = ds.map_batches(_apply_batch, fn_args=(fn, path), batch_size=DOC_BATCH, batch_format="numpy")
        out: list = [None] * len(items)
        try:
            for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
                for i, o in zip(batch["i"], batch["out"]):
                    out[int(i)] = pickle.loads(o)
                    advance(weight(items[int(i)]))
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as e:
            _reraise(e)
        return out

    def run_tasks(self, fn, jobs):
        """Jobs in at most TASKS_PER_CPU tasks a CPU of the cluster (thousands of one-report events
        would otherwise be as many tiny tasks), each running its share in turn."""
        jobs = list(jobs)
        if not jobs:
            return []
        n = max(1, min(len(jobs), TASKS_PER_CPU * int(ray.cluster_resources().get("CPU", 1))))
        bounds = [len(jobs) * k // n for k in range(n + 1)]
        task = ray.remote(_run_jobs)
        try:
            done = ray.get([task.remote(fn, jobs[a:b]) for a, b in zip(bounds, bounds[1:])])
        except ray.exceptions.RayTaskError as e:
            _reraise(e)
        return [out for share in done for out in share]

    def close(self) -> None:
        if ray.is_initialized():
            ray.shutdown()
