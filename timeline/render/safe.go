package render

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/timeline-tool/timeline/internal/weblink"
)

// SafeURL checks a link before the page uses it: only an absolute http or
// https URL with a host and no user name passes. Anything else (javascript:,
// data:, vbscript:, a protocol-relative "//host", a relative path, a URL
// with control characters or backslashes) is refused, whatever its origin.
// The URL returned is normalised, with the characters that could end an
// attribute or a script (" ' < > ` and space) percent-encoded, so it is
// inert in any context of the page.
func SafeURL(raw string) (string, bool) {
	_, u, ok := weblink.Parse(raw)
	if !ok {
		return "", false
	}
	u.Scheme = strings.ToLower(u.Scheme)
	return urlInert.Replace(u.String()), true
}

var urlInert = strings.NewReplacer(`"`, "%22", "'", "%27", "<", "%3C", ">", "%3E", "`", "%60", " ", "%20")

// hostOf is the host name shown for a link ("example.org"); the URL has
// passed SafeURL.
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}

// funcMarker is what go-echarts wraps around raw JavaScript in its option
// (opts.FuncOpts) and strips from its whole output afterwards. Text that
// contains it would be turned into code.
const funcMarker = "__f__"

// neutralise makes a user string safe to pass through go-echarts: a
// zero-width space goes between the first two underscores of every
// funcMarker, repeatedly, since a replacement can complete a new marker
// with the text after it ("__f__f__"). Other characters are left to the
// encoder and to escapeScriptBody.
func neutralise(s string) string {
	for strings.Contains(s, funcMarker) {
		s = strings.ReplaceAll(s, funcMarker, "_\u200b_f__")
	}
	return s
}

// escapeScriptBody keeps a script's source from ending its <script>
// element early or opening an HTML comment in it: "</" becomes "<\/" and
// "<!--" becomes "<\!--". Within JavaScript strings, regular expressions
// and template literals these mean the same characters.
func escapeScriptBody(js string) string {
	return scriptBodyEscaper.Replace(js)
}

var scriptBodyEscaper = strings.NewReplacer("</", `<\/`, "<!--", `<\!--`)

// escapeChartScript re-escapes go-echarts' option, where its
// strings are written unescaped: inside string literals every <, > and &
// becomes a \u escape, which means the same character to JavaScript but
// can never close the element, open a comment or start a tag. Outside
// string literals the script is our own code and go-echarts' template,
// which have none of these characters; finding one there is an error
// rather than a guess.
func escapeChartScript(js string) (string, error) {
	var b strings.Builder
	b.Grow(len(js) + len(js)/16)
	var quote byte // the open string's quote, or 0
	for i := 0; i < len(js); i++ {
		c := js[i]
		switch {
		case quote == 0 && (c == '"' || c == '\'' || c == '`'):
			quote = c
		case quote == 0 && (c == '<' || c == '>' || c == '&'):
			return "", fmt.Errorf("render: unexpected %q outside a string in the chart script: %q", c, js[max(0, i-40):min(len(js), i+40)])
		case quote != 0 && c == '\\' && i+1 < len(js):
			b.WriteByte(c)
			i++
			c = js[i]
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0 && c == '<':
			b.WriteString(`\u003c`)
			continue
		case quote != 0 && c == '>':
			b.WriteString(`\u003e`)
			continue
		case quote != 0 && c == '&':
			b.WriteString(`\u0026`)
			continue
		}
		b.WriteByte(c)
	}
	if quote != 0 {
		return "", fmt.Errorf("render: unterminated string in the chart script")
	}
	return b.String(), nil
}
