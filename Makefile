# make install [PREFIX=/usr/local] [DESTDIR=]: the release binary, its man page and shell completions.
PREFIX ?= /usr/local
BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
BATON := .build/release/baton
MANPAGE := .build/plugins/GenerateManual/outputs/baton/baton.1

.PHONY: all build man install uninstall test

all: build

build:
	swift build -c release --product baton

# swift-argument-parser's manual generator, run offline as a package plugin.
man: build
	swift package plugin generate-manual

install: build man
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 "$(BATON)" "$(BINDIR)/baton"
	install -m 644 "$(MANPAGE)" "$(MANDIR)/baton.1"
	"$(BATON)" --generate-completion-script bash > "$(BASHDIR)/baton"
	"$(BATON)" --generate-completion-script zsh > "$(ZSHDIR)/_baton"
	"$(BATON)" --generate-completion-script fish > "$(FISHDIR)/baton.fish"

uninstall:
	rm -f "$(BINDIR)/baton" "$(MANDIR)/baton.1" "$(BASHDIR)/baton" "$(ZSHDIR)/_baton" "$(FISHDIR)/baton.fish"

test:
	swift test
