"""Write README.md from nbdev's processed index notebook (_proc/index.ipynb), without Quarto.

`nbdev_readme` needs Quarto, which cannot be installed here; nbconvert's Markdown exporter renders the same
notebook. nbdev moves the notebook's title and summary into YAML front matter; we turn them back into a
heading and a quote. Figures go to figures/readme/. Run by .ci/docs after nbdev has processed the notebooks.
"""
import re, shutil
from pathlib import Path
import nbformat, yaml
from nbconvert import MarkdownExporter

def main(proc='_proc/index.ipynb', out='README.md', files='figures/readme'):
    nb = nbformat.read(proc, as_version=4)
    body, res = MarkdownExporter().from_notebook_node(nb, resources={'output_files_dir': files})
    front = re.match(r'^---\n(.*?)\n---\n', body, re.S)
    meta = yaml.safe_load(front[1]) if front else {}
    body = body[front.end():].lstrip() if front else body
    text = f"# {meta.get('title', 'contaudio_nb')}\n\n> {meta.get('description', '')}\n\n{body}"
    shutil.rmtree(files, ignore_errors=True)
    for name, data in res.get('outputs', {}).items():
        Path(name).parent.mkdir(parents=True, exist_ok=True); Path(name).write_bytes(data)
    Path(out).write_text(re.sub(r'\n{3,}', '\n\n', text), encoding='utf-8')

if __name__ == '__main__': main()
