# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
BUNDLE_STAMP := $(VENV)/.installed-bundle
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test fuzz lint format bench screenshots demo-data bundle bundle-test deb deb-test clean translations i18n-update
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,spark]'
	touch $@

## Compiled translations (.qm) for Qt, from the .ts sources in resources/i18n.
translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

## After changing user-visible strings: collect them into the .ts files (new ones are left to translate).
i18n-update: $(STAMP)
	$(PY) -m desktop_crm.i18n.extract

## Start the app on the bundled demo data; without a display, run the headless demo pipeline.
run: $(STAMP) $(QM)
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ "$$(uname)" = Linux ]; then \
		echo "No display found: running the headless demo pipeline instead of the window."; \
		$(PY) -m desktop_crm demo -o out/demo_segments.xlsx; \
	else \
		$(PY) -m desktop_crm gui; \
	fi

## Install test dependencies and run the whole suite offscreen.
test: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## Importer fuzz for a time budget (seconds): random bytes and mutated CSV/XLSX must import or fail cleanly.
FUZZ_SECONDS ?= 60
fuzz: $(TEST_STAMP)
	FUZZ_SECONDS=$(FUZZ_SECONDS) QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -p no:randomly -m fuzz tests/test_fuzz_import.py

$(BUNDLE_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	touch $@

## The one-folder bundle for this OS (dist/DesktopCRM), and its smoke test: start offscreen, open the
## demo data, segment it, write a target list (see installers/README.md).
bundle: $(BUNDLE_STAMP) $(QM)
	$(VENV)/bin/pyinstaller installers/desktop_crm.spec --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller

bundle-test: bundle
	QT_QPA_PLATFORM=offscreen dist/DesktopCRM/DesktopCRM smoke-test -o out/smoke
	QT_QPA_PLATFORM=offscreen dist/DesktopCRM/DesktopCRM --lang ru smoke-test -o out/smoke-ru
	$(PY) installers/check_size.py dist/DesktopCRM

## Linux: a .deb of the bundle (installs to /opt/desktop-crm, with a menu entry and the icon).
deb: bundle
	bash installers/linux/build_deb.sh

## After `make bundle-test`: the .deb of that bundle, within its size target (CI runs it where dpkg-deb exists).
deb-test:
	bash installers/linux/build_deb.sh
	$(PY) installers/check_size.py dist/DesktopCRM --deb "$$(ls -t dist/desktop-crm_*.deb | head -1)"

## Style, function size and complexity (ruff), and the layer contract (import-linter, pyproject.toml).
lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: $(TEST_STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## Benchmarks (not part of `make test`); results go to docs/benchmarks.md by hand.
bench: $(TEST_STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	cd bench && ../$(PY) bench_start.py && ../$(PY) bench_import.py && ../$(PY) bench_segment.py && ../$(PY) bench_clv.py && ../$(PY) bench_gui.py && ../$(PY) bench_redraw.py && ../$(PY) bench_targets.py && ../$(PY) bench_overview.py && ../$(PY) bench_identities.py && ../$(PY) bench_excel.py

screenshots: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) bench/screenshots.py

## Regenerate the bundled demo data from the deterministic generator.
demo-data: $(STAMP)
	$(PY) -c "from pathlib import Path; from desktop_crm.pipeline import write_demo_files; write_demo_files(Path('resources/demo'))"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache out
