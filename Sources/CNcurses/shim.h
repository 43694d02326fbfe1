#ifndef BATON_CNCURSES_SHIM_H
#define BATON_CNCURSES_SHIM_H
/* SwiftPM does not notice a change to this header: after editing it, touch
 * Sources/BatonTerminal/*.swift (or build clean), or the old inline code is linked. */
/* The wide-character API (get_wch, mvadd_wch, setcchar, cchar_t) exists only with these. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <sys/ioctl.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif
/* Debian ships ncursesw/curses.h as a link to curses.h; other systems have only one of them. */
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/* ---- Macros and globals Swift cannot import (or cannot touch under strict concurrency) ---- */

static inline WINDOW *baton_stdscr(void) { return stdscr; }
static inline WINDOW *baton_curscr(void) { return curscr; }
static inline int baton_rows(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int baton_cols(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }
static inline int baton_colors(void) { return COLORS; }
static inline int baton_color_pairs(void) { return COLOR_PAIRS; }
/* newterm rather than initscr: initscr exits the process when TERM is unknown. */
static inline SCREEN *baton_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline attr_t baton_a_normal(void) { return A_NORMAL; }
static inline attr_t baton_a_bold(void) { return A_BOLD; }
static inline attr_t baton_a_underline(void) { return A_UNDERLINE; }
static inline attr_t baton_a_reverse(void) { return A_REVERSE; }
static inline attr_t baton_a_dim(void) { return A_DIM; }

static inline int baton_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *baton_codeset(void) { return nl_langinfo(CODESET); }

static inline int baton_key_f(int n) { return KEY_F(n); }
static inline int baton_key_f0(void) { return KEY_F0; }
static inline int baton_key_code_yes(void) { return KEY_CODE_YES; }

static inline mmask_t baton_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t baton_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t baton_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t baton_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t baton_button5_pressed(void) { return 0; }
#endif

/* Writes one grapheme cluster (a spacing character and up to four combining marks, NUL ended)
 * at (y, x) with attributes and an extended colour pair. setcchar keeps the first spacing
 * character and the zero-width ones that follow it. */
static inline int baton_put_cluster(int y, int x, const wchar_t *wcs, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, wcs, attrs, (short)(pair > 0x7fff ? 0 : pair), &pair) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

/* ---- Signal state ----
 * These statics live in a header, so each Swift file that calls these functions would get its
 * own copy: only Signals.swift calls the baton_signal_* functions and only CrashHandler.swift
 * calls the baton_crash_* ones. Handlers touch nothing but sig_atomic_t flags and
 * async-signal-safe calls (plus endwin, which htop also calls from its crash handler). */

static inline volatile sig_atomic_t *baton_signal_slot(void) {
    static volatile sig_atomic_t pending = 0;
    return &pending;
}
#define baton_signal_pending_value (*baton_signal_slot())

static inline void baton_signal_note(int sig) { baton_signal_pending_value = sig; }

/* SIGTERM, SIGHUP, SIGINT: noted for the run loop to act on at a safe point. */
static inline int baton_signal_install(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = baton_signal_note;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocking read returns early so the loop sees the flag */
    return sigaction(sig, &sa, NULL);
}

static inline int baton_signal_take(void) {
    int sig = baton_signal_pending_value;
    baton_signal_pending_value = 0;
    return sig;
}

static inline int baton_signal_peek(void) { return baton_signal_pending_value; }

/* Aggregates sit in function-local statics: Swift's importer emits those with the function,
 * but not a file-scope struct or array defined in a header. */
struct baton_crash_state {
    struct termios tty;
    volatile sig_atomic_t tty_saved;
    volatile sig_atomic_t curses_active;
    volatile sig_atomic_t stderr_fd;
    volatile sig_atomic_t message_length;
    char message[512];
    /* The handler each fatal signal had before ours (the Swift runtime's backtracer, say). */
    struct sigaction previous[65];
};
static inline struct baton_crash_state *baton_crash_state(void) {
    static struct baton_crash_state state = { .stderr_fd = -1 };
    return &state;
}
#define baton_crash_tty (baton_crash_state()->tty)
#define baton_crash_tty_saved (baton_crash_state()->tty_saved)
#define baton_crash_curses_active (baton_crash_state()->curses_active)
#define baton_crash_stderr_fd (baton_crash_state()->stderr_fd)
#define baton_crash_message (baton_crash_state()->message)
#define baton_crash_message_length (baton_crash_state()->message_length)


/* ---- One frame, one write ----
 * ncurses flushes its output after every cursor movement, so one frame reached the terminal in
 * 20-40 writes (a terminal may show the halves). While a frame is drawn, standard output is an
 * in-memory file; afterwards the frame goes to the terminal in one write. Never for a frame
 * during which the terminal's size may be re-read (ncurses asks the output for it): the caller
 * draws directly when the size differs from curses's, and SIGWINCH waits until the frame is out.
 * A crash in the middle puts the real output back first (baton_crash_restore). */
struct baton_frame_state {
    int file;
    volatile sig_atomic_t real_stdout;
    sigset_t saved_mask;
    char *buffer;
    size_t capacity;
};
static inline struct baton_frame_state *baton_frame_state(void) {
    static struct baton_frame_state state = { .file = -1, .real_stdout = -1 };
    return &state;
}

/* 1 when output now goes to the frame file, 0 to draw directly (nothing changed). */
static inline int baton_frame_begin(int rows, int cols) {
    struct baton_frame_state *f = baton_frame_state();
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row != rows || size.ws_col != cols) return 0;
    if (f->file < 0) {
#if defined(__linux__) && defined(SYS_memfd_create)
        f->file = (int)syscall(SYS_memfd_create, "baton-frame", 1u /* MFD_CLOEXEC */);
#endif
        if (f->file < 0) {
            FILE *spare = tmpfile();
            if (spare) {
                f->file = fcntl(fileno(spare), F_DUPFD_CLOEXEC, 3);
                fclose(spare);
            }
        }
        if (f->file < 0) return 0;
    }
    if (ftruncate(f->file, 0) != 0 || lseek(f->file, 0, SEEK_SET) != 0) return 0;
    sigset_t winch;
    sigemptyset(&winch);
    sigaddset(&winch, SIGWINCH);
    if (pthread_sigmask(SIG_BLOCK, &winch, &f->saved_mask) != 0) return 0;
    fflush(stdout);
    int real = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (real < 0) {
        pthread_sigmask(SIG_SETMASK, &f->saved_mask, NULL);
        return 0;
    }
    f->real_stdout = real;
    if (dup2(f->file, STDOUT_FILENO) < 0) {
        f->real_stdout = -1;
        close(real);
        pthread_sigmask(SIG_SETMASK, &f->saved_mask, NULL);
        return 0;
    }
    return 1;
}

/* Puts the terminal back on standard output (async-signal-safe: the crash handler calls it). */
static inline void baton_frame_restore_output(void) {
    struct baton_frame_state *f = baton_frame_state();
    int real = f->real_stdout;
    if (real < 0) return;
    f->real_stdout = -1;
    dup2(real, STDOUT_FILENO);
    close(real);
}

/* Writes the frame drawn since baton_frame_begin to the terminal, in one write when it can. */
static inline void baton_frame_end(void) {
    struct baton_frame_state *f = baton_frame_state();
    if (f->real_stdout < 0) return;
    fflush(stdout);
    baton_frame_restore_output();
    off_t end = lseek(f->file, 0, SEEK_CUR);
    size_t size = end > 0 ? (size_t)end : 0;
    if (size > f->capacity) {
        char *grown = realloc(f->buffer, size);
        if (grown) {
            f->buffer = grown;
            f->capacity = size;
        }
    }
    size_t done = 0;
    while (done < size) {
        size_t chunk = size - done < f->capacity ? size - done : f->capacity;
        ssize_t n = pread(f->file, f->buffer, chunk, (off_t)done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        size_t written = 0;
        while (written < (size_t)n) {
            ssize_t w = write(STDOUT_FILENO, f->buffer + written, (size_t)n - written);
            if (w < 0 && (errno == EINTR || errno == EAGAIN)) continue;
            if (w <= 0) break;
            written += (size_t)w;
        }
        done += (size_t)n;
    }
    pthread_sigmask(SIG_SETMASK, &f->saved_mask, NULL);
}

/* Puts the screen back as it was, with async-signal-safe calls only (endwin aside). */
static inline void baton_crash_restore(void) {
    baton_frame_restore_output();
    if (baton_crash_curses_active) {
        baton_crash_curses_active = 0;
        endwin();
    }
    if (baton_crash_tty_saved) tcsetattr(STDIN_FILENO, TCSANOW, &baton_crash_tty);
    if (baton_crash_stderr_fd >= 0) {
        dup2(baton_crash_stderr_fd, STDERR_FILENO);
        close(baton_crash_stderr_fd);
        baton_crash_stderr_fd = -1;
    }
}

/* The terminal first, always: then whatever handled the signal before us (the Swift runtime's
 * backtracer) runs with stdout and stderr on the log, so its report never draws over the screen
 * and, with no terminal on stdout, never waits for a key; then the process dies of the signal. */
static inline void baton_crash_handler(int sig, siginfo_t *info, void *context) {
    int was_active = baton_crash_curses_active;
    /* While curses owns the screen, stderr is the log: keep it for the runtime's report. */
    int log_fd = was_active ? dup(STDERR_FILENO) : -1;
    baton_crash_restore();
    if (was_active && baton_crash_message_length > 0) {
        ssize_t ignored = write(STDERR_FILENO, baton_crash_message, (size_t)baton_crash_message_length);
        (void)ignored;
    }
    if (log_fd >= 0) {
        dup2(log_fd, STDOUT_FILENO);
        dup2(log_fd, STDERR_FILENO);
        close(log_fd);
        /* The backtracer decided at start-up to offer "Press space to interact" and reads the
         * answer from stdin: give it none, so it finishes its report and lets the process die. */
        int null_fd = open("/dev/null", O_RDONLY);
        if (null_fd >= 0) {
            dup2(null_fd, STDIN_FILENO);
            close(null_fd);
        }
    }
    if (sig > 0 && sig < 65) {
        struct sigaction *previous = &baton_crash_state()->previous[sig];
        if ((previous->sa_flags & SA_SIGINFO) && previous->sa_sigaction) {
            previous->sa_sigaction(sig, info, context);
        } else if (!(previous->sa_flags & SA_SIGINFO) && previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
            previous->sa_handler(sig);
        }
    }
    /* Dying of the same signal keeps the exit status and the core dump honest. */
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline int baton_crash_install(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = baton_crash_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    struct sigaction *previous = (sig > 0 && sig < 65) ? &baton_crash_state()->previous[sig] : NULL;
    return sigaction(sig, &sa, previous);
}

/* Called before curses changes the tty: the modes a crash puts back. */
static inline void baton_crash_save_tty(void) {
    if (tcgetattr(STDIN_FILENO, &baton_crash_tty) == 0) baton_crash_tty_saved = 1;
}

/* Called once curses owns the screen: the real stderr to put back, what to print after a crash. */
static inline void baton_crash_arm(int stderr_fd, const char *message) {
    size_t n = strlen(message);
    if (n >= sizeof baton_crash_message) n = sizeof baton_crash_message - 1;
    memcpy(baton_crash_message, message, n);
    baton_crash_message_length = (sig_atomic_t)n;
    baton_crash_stderr_fd = stderr_fd;
    baton_crash_curses_active = 1;
}

/* Called after a clean endwin: nothing left to restore. Returns the stderr copy to close. */
static inline int baton_crash_disarm(void) {
    baton_crash_curses_active = 0;
    int fd = baton_crash_stderr_fd;
    baton_crash_stderr_fd = -1;
    return fd;
}

static inline void baton_crash_atexit(void) { baton_crash_restore(); }
static inline int baton_crash_register_atexit(void) { return atexit(baton_crash_atexit); }

#endif
