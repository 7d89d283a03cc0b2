# Amane's HTTP service in production mode (gunicorn, one worker per core).
#   docker build -t amane .
#   docker run --rm -p 127.0.0.1:8765:8765 amane
# Settings are AMANE_* environment variables (see README.md, "HTTP API"), e.g. -e AMANE_WORKERS=4.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --system --create-home --uid 10001 amane

WORKDIR /src
COPY pyproject.toml setup.cfg README.md LICENSE ./
COPY detector ./detector
COPY server ./server
RUN pip install ".[server]" && rm -rf /src

WORKDIR /home/amane
USER amane

# Inside the container the service must listen on every interface for the published port to reach it;
# publish it on 127.0.0.1 (as above) unless a reverse proxy or load balancer is in front.
ENV AMANE_HOST=0.0.0.0 \
    AMANE_PORT=8765
EXPOSE 8765

HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD python -c "import os, urllib.request as r; r.urlopen('http://127.0.0.1:%s/v1/health' % os.environ['AMANE_PORT'], timeout=2)"

CMD ["amane", "serve", "--production"]
