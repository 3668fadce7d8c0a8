"""Prepare nbdev's processed notebooks (_proc/) for mkdocs, and write README.md from the index notebook.

nbdev moves each notebook's title and summary into a raw YAML front-matter cell that only Quarto reads; we
turn it back into a Markdown heading and quote so mkdocs-jupyter shows it. README.md is the Markdown rendering
of _proc/index.ipynb (what `nbdev_readme` does with Quarto, which cannot be installed here); its figures go
to figures/readme/; the committed generator's figure and clips are copied beside the pages. Run by .ci/docs after `nbdev.quarto.proc_nbs()`.
"""
import re, shutil
from pathlib import Path
import nbformat, yaml
from nbconvert import MarkdownExporter

def front_matter_to_markdown(path: Path):
    nb = nbformat.read(path, as_version=4)
    for i, c in enumerate(nb.cells):
        m = re.match(r'^---\n(.*?)\n---\s*$', c.source, re.S) if c.cell_type == 'raw' else None
        if m:
            meta = yaml.safe_load(m[1]) or {}
            text = f"# {meta.get('title', path.stem)}\n\n> {meta.get('description', '')}".rstrip('> \n')
            nb.cells[i] = nbformat.v4.new_markdown_cell(text)
            break
    nbformat.write(nb, path)

def show_docs_to_markdown(path: Path):
    "Replace nbdev's `show_doc` cells (hidden source, Markdown output) by their Markdown, minus Quarto-only link attributes."
    nb = nbformat.read(path, as_version=4)
    for i, c in enumerate(nb.cells):
        if c.cell_type != 'code' or not c.source.startswith('#| echo: false'): continue
        md = [o.get('data', {}).get('text/markdown', '') for o in c.get('outputs', [])]
        if any(md): nb.cells[i] = nbformat.v4.new_markdown_cell(re.sub(r'\{target="_blank"[^}]*\}', '', ''.join(md)))
    nbformat.write(nb, path)

def write_readme(proc='_proc/index.ipynb', out='README.md', files='figures/readme'):
    body, res = MarkdownExporter().from_notebook_node(nbformat.read(proc, as_version=4),
                                                      resources={'output_files_dir': files})
    shutil.rmtree(files, ignore_errors=True)
    for name, data in res.get('outputs', {}).items():
        Path(name).parent.mkdir(parents=True, exist_ok=True); Path(name).write_bytes(data)
    Path(out).write_text(re.sub(r'\n{3,}', '\n\n', body).lstrip(), encoding='utf-8')

def copy_samples(src='figures/generator', dst='_proc/figures/generator'):
    "The committed generator's mel figure and clips, so the index page's image and players work on the site too."
    src, dst = Path(src), Path(dst)
    for f in [src / 'mels.jpg', *sorted((src / 'samples').glob('*.wav'))]:
        if not f.exists(): continue
        out = dst / f.relative_to(src)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, out)

if __name__ == '__main__':
    for p in sorted(Path('_proc').glob('*.ipynb')): front_matter_to_markdown(p); show_docs_to_markdown(p)
    write_readme()
    copy_samples()
