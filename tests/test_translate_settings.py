"""Which backend runs per language: flags > env > workbench.toml > embedded defaults."""
import pytest

from workbench.errors import ConfigError, ModelError
from workbench.translate import load_settings, translate_texts
from workbench.translate.apertium import ApertiumBackend


def _toml(tmp_path, text: str) -> str:
    path = tmp_path / "workbench.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_resolution_order_flag_over_env_over_config_over_default(tmp_path):
    config = _toml(tmp_path, '[translate]\nbeam_size = 2\n[translate.tr]\nbackend = "hf"\nmodel = "models/tr-hf"\n'
                             '[translate.kk]\nbackend = "ct2"\nmodel = "/m/kk-config"\n')
    env = {"WORKBENCH_MT_KK": "ct2:/m/kk-env", "WORKBENCH_MT_BG": "hf:/m/bg-env"}
    s = load_settings(config, env, {"backends": {"bg": "ct2:/m/bg-flag"}})
    assert (s.models["tr"].backend, s.models["tr"].origin) == ("hf", "config")
    assert s.models["tr"].model == str(tmp_path / "models" / "tr-hf")  # relative to the config file
    assert (s.models["kk"].model, s.models["kk"].origin) == ("/m/kk-env", "env")
    assert (s.models["bg"].backend, s.models["bg"].model, s.models["bg"].origin) == ("ct2", "/m/bg-flag", "flag")
    assert s.beam_size == 2
    assert load_settings(config, env, {"beam_size": 5}).beam_size == 5


def test_embedded_defaults():
    s = load_settings(None, {}, {})
    assert s.models["kk"].backend == s.models["tr"].backend == "translit"
    bg_runs = "apertium" if ApertiumBackend.availability(None, "bg") is None else "translit"
    assert s.models["bg"].backend == bg_runs
    assert all(c.origin == "default" for c in s.models.values())


def test_model_path_alone_infers_the_backend(tmp_path):
    (tmp_path / "ct2").mkdir()
    (tmp_path / "ct2" / "model.bin").write_bytes(b"")
    s = load_settings(None, {"WORKBENCH_MT_TR": str(tmp_path / "ct2")}, {})
    assert s.models["tr"].backend == "ct2"


def test_unknown_backend_lists_the_valid_ones(tmp_path):
    with pytest.raises(ConfigError, match="unknown translation backend 'marian'.*apertium, ct2, hf, translit"):
        load_settings(None, {"WORKBENCH_MT_TR": "marian:/models/x"}, {})
    with pytest.raises(ConfigError, match="valid backends: apertium, ct2, hf, translit"):
        load_settings(_toml(tmp_path, '[translate.tr]\nbackend = "opus"\n'), {}, {})


def test_config_errors_name_valid_choices(tmp_path):
    with pytest.raises(ConfigError, match="needs a model directory"):
        load_settings(None, {}, {"backends": {"kk": "hf"}})
    with pytest.raises(ConfigError, match="unknown source language 'mk'.*kk, tr, bg, ru, sr"):
        load_settings(None, {}, {"backends": {"mk": "translit"}})
    with pytest.raises(ConfigError, match="unknown setting 'beam'.*beam_size"):
        load_settings(_toml(tmp_path, "[translate]\nbeam = 3\n"), {}, {})
    with pytest.raises(ConfigError, match="not found"):
        load_settings(str(tmp_path / "missing.toml"), {}, {})


def test_configured_missing_model_is_an_error_not_a_fallback(tmp_path):
    s = load_settings(None, {"WORKBENCH_MT_TR": f"ct2:{tmp_path}/opus-mt-tr-en-ct2"}, {})
    with pytest.raises(ModelError, match=r"tr \(env ct2:.*opus-mt-tr-en-ct2.*not found.*workbench models list"):
        translate_texts(["Merhaba."], "tr", s, None)
