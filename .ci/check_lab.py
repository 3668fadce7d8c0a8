"""JupyterLab in the box: start it headless on a free local port over nbs/, open a notebook in headless Chromium, and
check that the page shows the notebook's stored outputs (plots drawn, audio players that load); stop the server.
Usage: python .ci/check_lab.py [NOTEBOOK] [SCREENSHOT.png]"""
import json, os, subprocess, sys, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from browser import browser, free_port, server

def main(nb: str = '00_audio.ipynb', shot: str | None = None) -> int:
    root = Path(__file__).resolve().parents[1]
    want = json.loads((root / 'nbs' / nb).read_text())
    outs = [o for c in want['cells'] for o in c.get('outputs', [])]
    n_img = sum('image/png' in o.get('data', {}) or 'image/jpeg' in o.get('data', {}) for o in outs)
    n_audio = sum('<audio' in ''.join(o.get('data', {}).get('text/html', '')) for o in outs)
    tmp = Path(tempfile.mkdtemp(prefix='lab-check-'))
    settings = tmp / 'settings' / '@jupyterlab' / 'notebook-extension'
    settings.mkdir(parents=True)  # render every cell (no windowing), so every stored output is in the page
    (settings / 'tracker.jupyterlab-settings').write_text(json.dumps({'windowingMode': 'none'}))
    port = free_port(); url = f'http://127.0.0.1:{port}'
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp / 'config'), JUPYTER_RUNTIME_DIR=str(tmp / 'runtime'),
               JUPYTER_DATA_DIR=str(tmp / 'data'), JUPYTERLAB_SETTINGS_DIR=str(tmp / 'settings'),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp / 'ws'))
    # as `make lab` does: trust the notebook (a signature in this data dir, the file is untouched), or JupyterLab's
    # sanitizer strips the audio players' data: sources from its stored HTML outputs
    subprocess.run([sys.executable, '-m', 'nbformat.sign', str(root / 'nbs' / nb)], env=env, check=True, capture_output=True)
    cmd = [sys.executable, '-m', 'jupyterlab', '--no-browser', f'--port={port}', '--ServerApp.ip=127.0.0.1',
           '--IdentityProvider.token=', '--ServerApp.password=', f'--ServerApp.root_dir={root / "nbs"}',
           '--ServerApp.open_browser=False', '--allow-root', '--LabApp.news_url=', '--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate']
    with server(cmd, f'{url}/api/status', str(tmp / 'lab.log'), env=env), browser() as b:
        page = b.new_page(viewport={'width': 1400, 'height': 1000})
        errors = []
        page.on('pageerror', lambda e: errors.append(str(e)))
        page.goto(f'{url}/lab/tree/{nb}', wait_until='domcontentloaded', timeout=120_000)
        page.wait_for_selector('.jp-Notebook .jp-OutputArea-output img', timeout=120_000)
        page.wait_for_function('n => document.querySelectorAll(".jp-OutputArea-output img").length >= n', arg=n_img, timeout=60_000)
        widths = page.eval_on_selector_all('.jp-OutputArea-output img', 'els => els.map(e => e.complete ? e.naturalWidth : 0)')
        audio = page.eval_on_selector_all('.jp-OutputArea-output audio', '''els => Promise.all(els.map(a => new Promise(r => {
            if (a.readyState >= 1) return r(a.duration); a.addEventListener('loadedmetadata', () => r(a.duration));
            a.addEventListener('error', () => r(-1)); a.load(); setTimeout(() => r(-2), 20000); })))''')
        if shot: page.screenshot(path=shot)
    print(f'{nb}: {len(widths)} plots ({sum(w > 0 for w in widths)} drawn; stored: {n_img}), '
          f'{len(audio)} audio players ({sum(d > 0 for d in audio)} loaded, durations {[round(d, 2) for d in audio]}; stored: {n_audio}); '
          f'{len(errors)} page errors')
    for e in errors[:5]: print('  page error:', e[:200])
    ok = len(widths) >= n_img > 0 and all(w > 0 for w in widths) and len(audio) >= n_audio > 0 and all(d > 0 for d in audio) and not errors
    return 0 if ok else 1

if __name__ == '__main__': sys.exit(main(*sys.argv[1:]))
