"""WSGI entry for any WSGI server: ``gunicorn server.wsgi:app`` (``amane serve --production`` does this)."""

from server import create_app
from server.config import Config
from server.serve import configure_logging

_config = Config.from_env()
configure_logging(_config.log_level)
app = create_app(_config)
