"""Headless Chromium (Debian's package) for the checks that look at pages: JupyterLab showing a notebook's stored
outputs (check_lab.py) and the docs site's pages (check_site.py --browser). Playwright drives it; no browser download."""
import os, shutil, socket, subprocess, sys, time, urllib.request
from contextlib import contextmanager

CHROMIUM = os.environ.get('CHROMIUM', '/usr/bin/chromium')
# The flags that keep Chromium quiet on a machine without internet (no background connections, no updates, no sync).
ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required']

def have_chromium() -> bool: return shutil.which(CHROMIUM) is not None or os.path.exists(CHROMIUM)

def free_port() -> int:
    with socket.socket() as s: s.bind(('127.0.0.1', 0)); return s.getsockname()[1]

def wait_http(url: str, seconds: float = 90, proc=None):
    "Wait until `url` answers (any HTTP status); fail early if `proc` exits."
    t0 = time.time()
    while time.time() - t0 < seconds:
        if proc is not None and proc.poll() is not None: raise RuntimeError(f'the server exited with code {proc.returncode}')
        try: urllib.request.urlopen(url, timeout=2); return
        except urllib.error.HTTPError: return
        except OSError: time.sleep(0.5)
    raise TimeoutError(f'{url} did not answer within {seconds:.0f} s')

@contextmanager
def server(cmd: list, url: str, log_path: str, env=None, cwd=None):
    "Run a server process until the block ends (terminated, then killed if it lingers)."
    log = open(log_path, 'w')
    p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=cwd)
    try: wait_http(url, proc=p); yield p
    finally:
        p.terminate()
        try: p.wait(15)
        except subprocess.TimeoutExpired: p.kill(); p.wait()
        log.close()

@contextmanager
def browser():
    "A headless Chromium page factory (Playwright over Debian's binary)."
    if not have_chromium():
        sys.exit(f'no Chromium at {CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM')
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try: yield b
        finally: b.close()
