"""Load every page of the built docs site in headless Chromium, served over HTTP on a free local port, and fail on what
a reader would see broken: a console error or page error, a request that fails (every asset must be local: the site
works offline), an image that does not draw, an audio player that does not load, or maths that MathJax did not
render. Internal links are checked by check_site.py. Usage: python .ci/check_site_browser.py [SITE_DIR]"""
import sys, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from browser import browser, free_port, server

MATHJAX_DONE = '''() => new Promise(r => {  // MathJax 2: wait until its queue has typeset the page
    if (!window.MathJax || !MathJax.Hub) return r(false);
    MathJax.Hub.Queue(() => r(true)); setTimeout(() => r(false), 30000); })'''
AUDIO = '''els => Promise.all(els.map(a => new Promise(r => {
    if (a.readyState >= 1) return r(a.duration); a.addEventListener('loadedmetadata', () => r(a.duration));
    a.addEventListener('error', () => r(-1)); a.preload = 'metadata'; a.load(); setTimeout(() => r(-2), 20000); })))'''
IMAGES = '''els => Promise.all(els.map(e => { e.loading = 'eager';
    return (e.complete ? Promise.resolve() : new Promise(r => { e.onload = e.onerror = r; setTimeout(r, 20000); }))
        .then(() => [e.getAttribute('src').slice(0, 80), e.naturalWidth]); }))'''

def check_page(b, url: str) -> list[str]:
    "The problems a reader would see on one page."
    page, problems = b.new_page(), []
    # MathJax 2 probes the browser with a font at about:blank on purpose (its MathJax_Blank test font); Chromium
    # reports that probe as a failed request and a console error. It is the only one let through.
    blank = lambda text: 'about:blank' in text or text == 'Failed to load resource: net::ERR_FAILED'
    page.on('console', lambda m: m.type == 'error' and not blank(m.text) and problems.append(f'console error: {m.text[:160]}'))
    page.on('pageerror', lambda e: problems.append(f'page error: {str(e)[:160]}'))
    page.on('requestfailed', lambda r: r.url != 'about:blank' and problems.append(f'request failed: {r.url[:120]} ({r.failure})'))
    page.on('response', lambda r: r.status >= 400 and problems.append(f'HTTP {r.status}: {r.url[:120]}'))
    page.goto(url, wait_until='load', timeout=60_000)
    for src, w in page.eval_on_selector_all('img', IMAGES):
        if not w: problems.append(f'image not drawn: {src}')
    for d in page.eval_on_selector_all('audio', AUDIO):
        if not d > 0: problems.append(f'audio player did not load (duration {d})')
    has_math = page.evaluate(r'''() => /\\\(|\\\[|\$\$/.test(document.body.innerText) || !!document.querySelector('script[type^="math/tex"]')''')
    if has_math or page.evaluate('() => !!window.MathJax'):
        done = page.evaluate(MATHJAX_DONE)
        n_math, n_err = page.evaluate('''() => [document.querySelectorAll('.MathJax, .MathJax_Display, mjx-container').length,
                                              document.querySelectorAll('.MathJax_Error, merror, mjx-merror').length]''')
        left = page.evaluate(r'''() => (document.body.innerText.match(/\\\(|\\\[|\$\$/g) || []).length''')
        if has_math and not done: problems.append('MathJax did not finish typesetting')
        if n_err: problems.append(f'{n_err} maths errors')
        if has_math and (n_math == 0 or left): problems.append(f'maths not rendered ({n_math} rendered, {left} raw delimiters left)')
    page.close()
    return problems

def main(site: str = 'site') -> int:
    site = Path(site).resolve()
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob('*.html') if 'assets' not in p.parts and p.name != '404.html')
    if not pages: print(f'no pages in {site}: build the site first (.ci/docs)'); return 1
    port = free_port(); base = f'http://127.0.0.1:{port}'
    bad = 0
    with server([sys.executable, '-m', 'http.server', str(port), '--bind', '127.0.0.1', '--directory', str(site)], f'{base}/',
                tempfile.mkstemp(prefix='site-server-', suffix='.log')[1]), browser() as b:
        for p in pages:
            probs = check_page(b, f'{base}/{p}')
            bad += bool(probs)
            for x in probs[:8]: print(f'  {p}: {x}')
    print(f'{len(pages)} pages loaded in Chromium; {bad} with problems')
    return 1 if bad else 0

if __name__ == '__main__': sys.exit(main(*sys.argv[1:]))
