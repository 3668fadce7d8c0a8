// The MathJax of jupyter-server-mathjax (copied into the site by .ci/docs) ships the STIX-Web fonts only, not
// MathJax's default TeX fonts: select them, or every page asks for fonts/TeX files that are not there.
MathJax.Hub.Config({
  "HTML-CSS": {availableFonts: [], preferredFont: null, webFont: "STIX-Web", imageFont: null},  // no local fonts: the web font
  SVG: {font: "STIX-Web"}
});
MathJax.Ajax.loadComplete("[MathJax]/config/local/contaudio.js");
