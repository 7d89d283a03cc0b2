from __future__ import annotations

import pytest

from server.config import Config, ConfigError


def test_defaults_are_safe():
    config = Config()
    assert (config.host, config.port) == ("127.0.0.1", 8765)
    assert (config.max_body_bytes, config.max_text_chars, config.max_batch_items) == (256 * 1024, 100_000, 50)
    assert config.cors_origins == ()
    assert config.region == "MA"
    assert config.rate_limit_storage == "memory://"
    assert Config.from_env({}) == config


def test_host_and_port_alone_make_a_config():
    assert Config(host="127.0.0.1", port=9999).port == 9999


@pytest.mark.parametrize(("env", "field", "expected"), [
    ({"AMANE_HOST": "0.0.0.0"}, "host", "0.0.0.0"),
    ({"AMANE_PORT": " 9000 "}, "port", 9000),
    ({"AMANE_MAX_BODY_BYTES": "1024"}, "max_body_bytes", 1024),
    ({"AMANE_MAX_TEXT_CHARS": "5000"}, "max_text_chars", 5000),
    ({"AMANE_MAX_BATCH_ITEMS": "10"}, "max_batch_items", 10),
    ({"AMANE_CORS_ORIGINS": "https://mail.example.org, http://localhost:3000,"}, "cors_origins",
     ("https://mail.example.org", "http://localhost:3000")),
    ({"AMANE_RATE_LIMIT": "50/second;2000/hour"}, "rate_limit", "50/second;2000/hour"),
    ({"AMANE_RATE_LIMIT_STORAGE": "redis://cache:6379"}, "rate_limit_storage", "redis://cache:6379"),
    ({"AMANE_REGION": "ma"}, "region", "MA"),
    ({"AMANE_WORKERS": "3"}, "workers", 3),
    ({"AMANE_PROXY_HOPS": "1"}, "proxy_hops", 1),
    ({"AMANE_LOG_LEVEL": "debug"}, "log_level", "DEBUG"),
])
def test_environment_sets_each_field(env, field, expected):
    assert getattr(Config.from_env(env), field) == expected


@pytest.mark.parametrize(("env", "variable"), [
    ({"AMANE_HOST": " "}, "AMANE_HOST"),
    ({"AMANE_PORT": "http"}, "AMANE_PORT"),
    ({"AMANE_PORT": "70000"}, "AMANE_PORT"),
    ({"AMANE_MAX_BODY_BYTES": "0"}, "AMANE_MAX_BODY_BYTES"),
    ({"AMANE_MAX_TEXT_CHARS": "1e5"}, "AMANE_MAX_TEXT_CHARS"),
    ({"AMANE_MAX_BATCH_ITEMS": "-5"}, "AMANE_MAX_BATCH_ITEMS"),
    ({"AMANE_CORS_ORIGINS": "*"}, "AMANE_CORS_ORIGINS"),
    ({"AMANE_CORS_ORIGINS": "https://mail.example.org/inbox"}, "AMANE_CORS_ORIGINS"),
    ({"AMANE_CORS_ORIGINS": "mail.example.org"}, "AMANE_CORS_ORIGINS"),
    ({"AMANE_RATE_LIMIT": "lots"}, "AMANE_RATE_LIMIT"),
    ({"AMANE_RATE_LIMIT": "100/hour;10/minute"}, "AMANE_RATE_LIMIT"),
    ({"AMANE_RATE_LIMIT_STORAGE": "ftp://cache"}, "AMANE_RATE_LIMIT_STORAGE"),
    ({"AMANE_REGION": "Morocco"}, "AMANE_REGION"),
    ({"AMANE_REGION": "ZZ"}, "AMANE_REGION"),
    ({"AMANE_WORKERS": "-1"}, "AMANE_WORKERS"),
    ({"AMANE_PROXY_HOPS": "one"}, "AMANE_PROXY_HOPS"),
    ({"AMANE_LOG_LEVEL": "chatty"}, "AMANE_LOG_LEVEL"),
])
def test_bad_values_fail_at_startup_naming_the_variable(env, variable):
    with pytest.raises(ConfigError, match=variable):
        Config.from_env(env)
