# qemuspec — `make` sets everything up, regenerates the parsers, parses the
# samples and builds the site; `make test` sets up and runs the test suite.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CLASSPATH := tools/kaitai-compiler/.classpath

.PHONY: all setup compiler generate samples site test fuzz languages clean

all: setup generate samples site

setup: $(VENV)/.installed node_modules/.installed $(CLASSPATH)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The JVM Kaitai Struct compiler, resolved by Maven from the pinned pom.xml.
compiler: $(CLASSPATH)
$(CLASSPATH): tools/kaitai-compiler/pom.xml
	cd tools/kaitai-compiler && mvn --batch-mode --quiet dependency:build-classpath -Dmdep.outputFile=.classpath

generate: $(VENV)/.installed $(CLASSPATH)
	$(PY) tools/generate.py

samples: $(VENV)/.installed
	$(PY) tools/parse_samples.py

site: $(VENV)/.installed $(CLASSPATH) node_modules/.installed
	$(VENV)/bin/mkdocs build --strict --site-dir site

test: setup
	$(VENV)/bin/pytest

# Build the Java and Go parsers with Maven and Go and compare them with Python on every sample.
languages: setup
	$(VENV)/bin/pytest tests/test_languages.py

# Every fuzz target (fuzz/targets/) for FUZZ_SECONDS each; findings go to fuzz/findings/.
FUZZ_SECONDS ?= 60
fuzz: $(VENV)/.installed
	$(PY) fuzz/run.py --seconds $(FUZZ_SECONDS)

clean:
	rm -rf site $(CLASSPATH) .pytest_cache build test-artifacts
