# Red Line Workbench — every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
APT_PACKAGES := python3-qgis qgis qgis-providers python3-pyqt5 python3-numpy python3-gdal gdal-bin \
	python3-pytest python3-pytestqt pyqt5-dev-tools qttools5-dev-tools xvfb xauth python3-venv python3-pip \
	python3-shapely python3-pyproj python3-scipy python3-openpyxl python3-matplotlib python3-plotly python3-psycopg2 postgresql postgis poppler-utils fonts-wqy-microhei zip
export LANG := C.UTF-8
export LC_ALL := C.UTF-8
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
TS := i18n/redline_zh_CN.ts i18n/redline_en.ts
QM := $(TS:.ts=.qm)

.PHONY: help setup test test-unit test-qgis demo bench lint translate translations package deploy run clean

help:
	@echo "make demo      run the whole red-line job on the bundled sample province"
	@echo "make test      run the whole test suite (installs what it needs first)"
	@echo "make bench     print speed and memory figures against GDAL and QGIS tools"
	@echo "make lint | translate | package | deploy [PROFILE=dir] | run | clean"

setup: $(VENV)/.ready translations

$(VENV)/.ready: requirements-dev.txt Makefile
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi
	[ -x $(PY) ] || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(SYSTEM_PYTHON) -c 'import numpy; print("numpy==" + numpy.__version__)' > $(VENV)/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-dev.txt
	$(SYSTEM_PYTHON) -c 'import shapely, sys; sys.exit(int(shapely.__version__.split(".")[0]) < 2)' \
		|| $(PY) -m pip install -q --disable-pip-version-check --no-deps "shapely>=2,<3"
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	touch $@

translations: $(QM)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

translate:
	$(SYSTEM_PYTHON) tools/update_translations.py
	$(MAKE) translations

test: setup
	$(PY) -m pytest -q test/unit -p no:pytest_qgis
	$(PY) -m pytest -q test/qgis

test-unit: setup
	$(PY) -m pytest -q test/unit -p no:pytest_qgis

test-qgis: setup
	$(PY) -m pytest -q test/qgis

demo: setup
	$(PY) tools/demo.py

bench: setup
	$(PY) test/benchmarks/run.py

lint: setup
	$(VENV)/bin/ruff check redline_plugin test tools

package: setup
	$(PY) tools/package.py build

deploy: setup
	$(PY) tools/package.py deploy --profile "$(PROFILE)"

# Opens QGIS with the plugin enabled and a sample project: the demo's result when `make demo` has
# run, else a Fujian project with the wizard's Project and Inputs pages filled.
run: deploy
	@project="$(CURDIR)/out/demo/redline_demo.qgz"; \
	if [ ! -f "$$project" ]; then $(PY) tools/wizard_project.py out/sample && project="$(CURDIR)/out/sample/fujian.qgz"; fi; \
	unset QT_QPA_PLATFORM; profiles="$$(dirname $$(dirname "$(PROFILE)"))"; \
	if [ -n "$$DISPLAY" ]; then qgis --profiles-path "$$profiles" --project "$$project" $(RUN_ARGS); \
	else xvfb-run -a qgis --profiles-path "$$profiles" --project "$$project" $(RUN_ARGS); fi

clean:
	rm -rf dist build out test/output .pytest_cache $(QM)
