FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY pyproject.toml constraints.txt ./
COPY factcheck ./factcheck
COPY sources ./sources
COPY claims ./claims
RUN pip install --no-cache-dir -c constraints.txt .

COPY manage.py ./
COPY samples ./samples
RUN useradd --create-home factcheck && mkdir -p /app/var && chown factcheck /app/var
USER factcheck

EXPOSE 8000
CMD ["gunicorn", "factcheck.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
