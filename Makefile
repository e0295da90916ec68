# Red Line Workbench — every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
SYSTEM_PYTHON := /usr/bin/python3
# The venv holds test tools only (requirements-dev.txt); the plugin imports QGIS, GDAL, numpy, shapely and
# pyproj from the system, exactly as QGIS desktop does. Another VENV=dir keeps a second one apart.
VENV := .venv
PY := $(VENV)/bin/python
# Python for tools that need only the standard library (packaging): the venv's when it exists.
TOOL_PY := $(if $(wildcard $(PY)),$(PY),$(SYSTEM_PYTHON))
LRELEASE := $(firstword $(wildcard /usr/lib/qt5/bin/lrelease) lrelease)
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
# Debian packages (version-neutral names: the same list serves Debian 12, 13 and unstable). scipy and
# openpyxl are test-only (references the tests trust); matplotlib, plotly and psycopg2 are optional at run
# time and tested; proj-bin lets pyproj find its data from inside a venv.
APT_PACKAGES := python3-qgis qgis qgis-providers python3-pyqt5 python3-numpy python3-gdal gdal-bin \
	python3-pytest python3-pytestqt pyqt5-dev-tools qttools5-dev-tools xvfb xauth python3-venv python3-pip \
	python3-shapely python3-pyproj proj-bin python3-scipy python3-openpyxl python3-matplotlib python3-plotly \
	python3-psycopg2 postgresql postgis postgresql-postgis poppler-utils fonts-wqy-microhei zip
# Modules QGIS's Python brings (or the plugin uses optionally): never pip-installed into the venv.
SYSTEM_MODULES := numpy shapely scipy pyproj matplotlib openpyxl plotly psycopg2
# Cached Debian roots for `make test-debian13` / `make test-debian-unstable` (debootstrap, tools/debian_root.sh).
DEBIAN13_ROOT ?= /var/cache/redline-workbench/debian13
DEBIAN_UNSTABLE_ROOT ?= /var/cache/redline-workbench/debian-unstable
ROOT_VENV := /var/lib/redline/venv
# Roots install without Recommends (APT_PACKAGES names all that the tests need), plus make to run this file.
ROOT_PACKAGES := $(APT_PACKAGES) make
export LANG := C.UTF-8
export LC_ALL := C.UTF-8
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
TS := i18n/redline_zh_CN.ts i18n/redline_en.ts
QM := $(TS:.ts=.qm)

.PHONY: help setup test test-unit test-qgis test-debian13 test-debian-unstable demo bench bench-province bench-province-debian13 lint translate translations package deploy run clean

help:
	@echo "make demo      run the whole red-line job on the bundled sample province"
	@echo "make test      run the whole test suite (installs what it needs first)"
	@echo "make test-debian13 | test-debian-unstable   the whole suite in a cached Debian 13 (QGIS 3.40) / unstable root"
	@echo "make bench     print speed and memory figures against GDAL and QGIS tools"
	@echo "make bench-province [SIZES=\"4000 8000\"]   the whole job headless on an N² province, step by step (not in CI)"
	@echo "make bench-province-debian13 [SIZES=...]   the same in the Debian 13 root (QGIS 3.40, shapely 2)"
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
	@stray=$$($(PY) -c 'import importlib.util as u, sys; print(*(n for n in sys.argv[1:] if (u.find_spec(n) and (u.find_spec(n).origin or "").startswith(sys.prefix + "/"))))' $(SYSTEM_MODULES)); \
	if [ -n "$$stray" ]; then \
		echo "Removing from $(VENV) what QGIS's Python brings itself:" $$stray; \
		$(PY) -m pip uninstall -y -q $$stray; \
	fi
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	touch $@

translations: $(QM)

i18n/%.qm: i18n/%.ts
	@command -v $(LRELEASE) >/dev/null || { echo "lrelease is missing: apt-get install qttools5-dev-tools"; exit 1; }
	$(LRELEASE) -silent $< -qm $@

translate:
	$(SYSTEM_PYTHON) tools/update_translations.py
	$(MAKE) translations

# All three parts (core, QGIS offscreen, QGIS desktop under Xvfb) run even when one fails; any non-zero pytest status (5: no test ran) fails the target.
test: setup
	@status=0; \
	echo "$(PY) -m pytest -q test/unit -p no:pytest_qgis"; $(PY) -m pytest -q test/unit -p no:pytest_qgis || status=$$?; \
	echo "$(PY) -m pytest -q test/qgis"; $(PY) -m pytest -q test/qgis || status=$$?; \
	echo "$(PY) -m pytest -q test/desktop"; $(PY) -m pytest -q test/desktop || status=$$?; \
	exit $$status

test-unit: setup
	$(PY) -m pytest -q test/unit -p no:pytest_qgis

test-qgis: setup
	$(PY) -m pytest -q test/qgis

# The whole suite again in a Debian 13 root (QGIS 3.40, Python 3.13, numpy 2, shapely 2) with that root's
# own Python; the root is made once and cached in DEBIAN13_ROOT, its venv lives inside it.
test-debian13:
	$(SUDO) env APT_PACKAGES="$(ROOT_PACKAGES)" tools/debian_root.sh trixie "$(DEBIAN13_ROOT)" make test VENV=$(ROOT_VENV)

# Debian unstable (QGIS 3.44 LTR, numpy 2.4): its Release file is often past its validity date.
test-debian-unstable:
	$(SUDO) env APT_PACKAGES="$(ROOT_PACKAGES)" APT_OPTIONS="-o Acquire::Check-Valid-Until=false" \
		tools/debian_root.sh unstable "$(DEBIAN_UNSTABLE_ROOT)" make test VENV=$(ROOT_VENV)

demo: setup
	$(PY) tools/demo.py

bench: setup
	$(PY) test/benchmarks/run.py

# The whole job on a Fujian-like province of N² cells per size, each step a process of its own measured by
# /usr/bin/time (Debian package `time`); inputs cached in BENCH_DIR (default /var/tmp/redline-bench).
SIZES ?= 4000 8000
BENCH_DIR ?= /var/tmp/redline-bench
bench-province:
	@[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install time"; exit 1; }
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	BENCH_DIR=$(BENCH_DIR) $(SYSTEM_PYTHON) test/benchmarks/bench_province.py run $(SIZES)

# The same in the Debian 13 root (QGIS 3.40, shapely 2: what the Windows LTRs ship), its own inputs folder.
bench-province-debian13:
	$(SUDO) env APT_PACKAGES="$(ROOT_PACKAGES) time" ROOT_BIND="$(BENCH_DIR)-debian13" \
		tools/debian_root.sh trixie "$(DEBIAN13_ROOT)" make bench-province SIZES="$(SIZES)" BENCH_DIR=$(BENCH_DIR)-debian13

lint: setup
	$(VENV)/bin/ruff check redline_plugin test tools
	$(PY) tools/check_qt6_enums.py

# Needs only lrelease (qttools5-dev-tools) and python3: no apt, no database, no venv.
package: translations
	$(TOOL_PY) tools/package.py build

deploy: translations
	$(TOOL_PY) tools/package.py deploy --profile "$(PROFILE)"

# Opens QGIS with the plugin enabled and a sample project: the demo's result when `make demo` has
# run, else a Fujian project with the wizard's Project and Inputs pages filled.
run: setup deploy
	@project="$(CURDIR)/out/demo/redline_demo.qgz"; \
	if [ ! -f "$$project" ]; then $(PY) tools/wizard_project.py out/sample && project="$(CURDIR)/out/sample/fujian.qgz"; fi; \
	unset QT_QPA_PLATFORM; profiles="$$(dirname $$(dirname "$(PROFILE)"))"; \
	if [ -n "$$DISPLAY" ]; then qgis --profiles-path "$$profiles" --project "$$project" $(RUN_ARGS); \
	else xvfb-run -a qgis --profiles-path "$$profiles" --project "$$project" $(RUN_ARGS); fi

clean:
	rm -rf dist build out test/output .pytest_cache $(QM)
