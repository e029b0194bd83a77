# The project's entry points. Every target installs what it needs from the lockfile first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
NODE := $(CURDIR)/node_modules/.bin/node
MOCHA := $(NODE) node_modules/mocha/bin/mocha.js
DATA ?= $(CURDIR)/.data/node
COUNTRY ?= KE
NAME ?= Kenya Revenue Authority - Customs
API_PORT ?= 8080

.PHONY: install check-runtime test-deps console lint format typecheck proto test start demo bench reliability soak federation appliance clean

install: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

check-runtime: install
	@$(NODE) -e 'if (process.versions.node.split(".")[0] !== "24") { console.error("Node 24 expected, got " + process.version); process.exit(1) }'

# Debian packages the tests use: the browser tests drive Debian's Chromium (never a downloaded
# browser) with Noto for the Arabic glyphs; the export tests read workbooks with an independent
# reader, Python's openpyxl; the appliance tests install the package into Debian roots that
# debootstrap makes, check its units with systemd-analyze and boot them with systemd-nspawn.
TEST_PACKAGES := chromium fonts-noto-core python3-openpyxl debootstrap systemd systemd-container
test-deps:
	@dpkg -s $(TEST_PACKAGES) >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_PACKAGES); }

console: install
	$(NODE) web-console/build.ts

proto: install
	$(NODE) protocol/scripts/generate.ts

typecheck: install
	$(NODE) node_modules/typescript/bin/tsc -p tsconfig.json
	$(NODE) node_modules/typescript/bin/tsc -p web-console/tsconfig.json

lint: install
	$(NODE) node_modules/prettier/bin/prettier.cjs --check . --log-level warn
	$(NODE) node_modules/eslint/bin/eslint.js --max-warnings 0 .

format: install
	$(NODE) node_modules/prettier/bin/prettier.cjs --write . --log-level warn

test: check-runtime typecheck lint test-deps
	$(MOCHA)

# A development node on loopback: plain HTTP is allowed there (an installed node serves HTTPS).
start: check-runtime console
	@test -f "$(DATA)/config.json" || $(NODE) bin/cen-node.js init --data "$(DATA)" --name "$(NAME)" --country $(COUNTRY) --api-port $(API_PORT) --insecure-http
	$(NODE) bin/cen-node.js start --data "$(DATA)"

demo: check-runtime console
	$(NODE) bin/cen-node.js demo --dir "$(CURDIR)/.data/demo"

bench: check-runtime
	$(NODE) bench/run.ts

# Faults, hostile input and load (test/reliability, and the crash and disk-full tests), each
# scenario many more times than `make test` runs it; writes test/artifacts/reliability.md.
CRASH_TRIALS ?= 40
reliability: check-runtime test-deps
	RELIABILITY=full CRASH_TRIALS=$(CRASH_TRIALS) $(MOCHA) --no-config --require test/setup.ts --extension ts --timeout 0 \
	  'test/reliability/**/*.test.ts' test/integration/store-crash.test.ts test/integration/store-disk-full.test.ts \
	  test/integration/p2p.test.ts test/integration/exchange-crash.test.ts test/integration/import-crash.test.ts \
	  test/integration/federation-smoke.test.ts

# A small federation under continuous traffic for SOAK_DURATION (default 24h): memory, file
# handles and errors must stay flat; writes test/artifacts/soak.md.
SOAK_DURATION ?= 24h
soak: check-runtime
	SOAK_DURATION=$(SOAK_DURATION) $(NODE) bench/soak.ts

# N national nodes and a WCO node on loopback (bench/federation.ts); FED_NODES takes a list
# (FED_SERIES=1 runs N = 10, 50, 185 and writes bench/results/federation-series.md).
FED_NODES ?= 185
federation: check-runtime
	@if [ "$(FED_SERIES)" = "1" ]; then FED_NODES=10,50,185 $(NODE) bench/federation.ts; \
	else FED_NODES=$(FED_NODES) $(NODE) bench/federation.ts; fi

# The Debian package (deploy/appliance): the pinned runtime, the node, the built console and the
# production dependencies. APPLIANCE_COMPRESSION=xz makes a smaller file, more slowly.
APPLIANCE_OUT ?= $(CURDIR)/deploy/appliance/build
APPLIANCE_COMPRESSION ?= zstd
appliance: check-runtime
	$(NODE) deploy/appliance/build.ts --out "$(APPLIANCE_OUT)" --compression $(APPLIANCE_COMPRESSION)

clean:
	rm -rf .data test/artifacts deploy/appliance/build
