"""Check a built docs site: one page per notebook, and every internal link and asset resolves to a file."""
import sys, re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse, unquote

class Links(HTMLParser):
    def __init__(self): super().__init__(); self.urls = []
    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ('href', 'src') and v: self.urls.append(v)

def internal_targets(page: Path, site: Path):
    p = Links(); p.feed(page.read_text(encoding='utf-8', errors='replace'))
    for url in p.urls:
        u = urlparse(url)
        if u.scheme or u.netloc or url.startswith(('#', 'data:', 'mailto:', 'javascript:')): continue
        target = (page.parent / unquote(u.path)).resolve()
        if target.is_dir(): target = target / 'index.html'
        yield url, target

def main(site='site', nbs='nbs'):
    site, nbs = Path(site).resolve(), Path(nbs)
    missing = [nb.name for nb in sorted(nbs.glob('*.ipynb')) if not (site / f'{nb.stem}.html').exists()]
    broken = [(str(pg.relative_to(site)), url) for pg in sorted(site.rglob('*.html'))
              if 'assets/mathjax' not in str(pg) and pg.name != '404.html' for url, t in internal_targets(pg, site) if not t.exists()]
    n = len(list(nbs.glob('*.ipynb')))
    print(f'{n} notebooks, {n - len(missing)} pages; {len(broken)} broken internal links')
    for m in missing: print('  no page for', m)
    for pg, url in broken[:30]: print(f'  broken: {pg} -> {url}')
    return 1 if missing or broken else 0

if __name__ == '__main__': sys.exit(main(*sys.argv[1:]))
