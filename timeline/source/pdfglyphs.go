package source

import (
	"github.com/ledongthuc/pdf"
)

// glyph is one shown character on a PDF page, in points from the bottom
// left: x and y of its origin, w its advance, size its font size.
type glyph struct {
	x, y, w, size float64
	s             string
}

// affine is a PDF transformation matrix [a b c d e f].
type affine [6]float64

var identity = affine{1, 0, 0, 1, 0, 0}

// mul returns m×n in PDF's row-vector convention: apply m, then n.
func (m affine) mul(n affine) affine {
	return affine{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(x, y float64) affine { return affine{1, 0, 0, 1, x, y} }

// font is what the text interpreter needs of a PDF font.
type font struct {
	enc     pdf.TextEncoding
	twoByte bool // a composite (Type0) font: two bytes a code
	first   int
	widths  []float64       // simple fonts, from FirstChar
	cid     map[int]float64 // composite fonts, from /W
	dw      float64         // composite fonts' default width
}

func loadFont(p pdf.Page, name string) *font {
	f := p.Font(name)
	fi := &font{enc: f.Encoder()}
	if fi.enc == nil {
		return &font{enc: nopEncoding{}}
	}
	if f.V.Key("Subtype").Name() == "Type0" {
		fi.twoByte = true
		fi.dw = 1000
		fi.cid = map[int]float64{}
		d := f.V.Key("DescendantFonts").Index(0)
		if v := d.Key("DW"); !v.IsNull() {
			fi.dw = v.Float64()
		}
		w := d.Key("W")
		for i := 0; i < w.Len(); {
			c := int(w.Index(i).Int64())
			if i+1 < w.Len() && w.Index(i+1).Kind() == pdf.Array {
				arr := w.Index(i + 1)
				for k := 0; k < arr.Len() && k < 65536; k++ {
					fi.cid[c+k] = arr.Index(k).Float64()
				}
				i += 2
				continue
			}
			if i+2 < w.Len() {
				last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
				for k := c; k <= last && k-c < 65536; k++ {
					fi.cid[k] = width
				}
			}
			i += 3
		}
		return fi
	}
	fi.first = f.FirstChar()
	fi.widths = f.Widths()
	return fi
}

// width returns the advance of code in thousandths of an em; a font that
// gives no width gets half an em.
func (f *font) width(code int) float64 {
	if f.twoByte {
		if w, ok := f.cid[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		return f.widths[i]
	}
	return 500
}

type nopEncoding struct{}

func (nopEncoding) Decode(raw string) string { return raw }

// textState is the part of the graphics state that places text.
type textState struct {
	ctm                       affine
	tc, tw, th, tl, tfs, rise float64
	font                      *font
}

// pageGlyphs interprets a page's content stream and returns the glyphs it
// shows, in stream order. Unlike ledongthuc's Page.Content it applies word
// spacing (Tw), which justified text uses on every line; without it each
// word after a space is placed too far left, and the gap before the next
// positioned chunk looks like a space inside a word. A malformed stream
// ends the page where it breaks.
func pageGlyphs(p pdf.Page) (glyphs []glyph) {
	defer func() { _ = recover() }() // keep the glyphs read before the error
	contents := p.V.Key("Contents")
	if contents.IsNull() {
		return nil
	}
	fonts := map[string]*font{}
	g := textState{ctm: identity, th: 1, font: &font{enc: nopEncoding{}}}
	var stack []textState
	tm, tlm := identity, identity

	show := func(raw string) {
		f := g.font
		step := 1
		if f.twoByte {
			step = 2
		}
		for i := 0; i+step <= len(raw); i += step {
			code := int(raw[i])
			if step == 2 {
				code = code<<8 | int(raw[i+1])
			}
			w0 := f.width(code) / 1000
			trm := affine{g.tfs * g.th, 0, 0, g.tfs, 0, g.rise}.mul(tm).mul(g.ctm)
			if s := f.enc.Decode(raw[i : i+step]); s != "" {
				glyphs = append(glyphs, glyph{x: trm[4], y: trm[5], w: w0 * trm[0], size: trm[3], s: s})
			}
			tx := w0*g.tfs + g.tc
			if step == 1 && code == ' ' {
				tx += g.tw
			}
			tm = translate(tx*g.th, 0).mul(tm)
		}
	}
	nextLine := func() {
		tlm = translate(0, -g.tl).mul(tlm)
		tm = tlm
	}
	pdf.Interpret(contents, func(stk *pdf.Stack, op string) {
		n := stk.Len()
		args := make([]pdf.Value, n)
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			stack = append(stack, g)
		case "Q":
			if len(stack) > 0 {
				g = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if n == 6 {
				g.ctm = affine{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tm":
			if n == 6 {
				tm = affine{num(0), num(1), num(2), num(3), num(4), num(5)}
				tlm = tm
			}
		case "TD":
			g.tl = -num(1)
			fallthrough
		case "Td":
			tlm = translate(num(0), num(1)).mul(tlm)
			tm = tlm
		case "T*":
			nextLine()
		case "TL":
			g.tl = num(0)
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "Ts":
			g.rise = num(0)
		case "Tf":
			if n == 2 {
				name := args[0].Name()
				if fonts[name] == nil {
					fonts[name] = loadFont(p, name)
				}
				g.font = fonts[name]
				g.tfs = num(1)
			}
		case "Tj":
			if n == 1 {
				show(args[0].RawString())
			}
		case "'":
			nextLine()
			if n == 1 {
				show(args[0].RawString())
			}
		case "\"":
			if n == 3 {
				g.tw, g.tc = num(0), num(1)
				nextLine()
				show(args[2].RawString())
			}
		case "TJ":
			if n == 1 {
				a := args[0]
				for i := 0; i < a.Len(); i++ {
					v := a.Index(i)
					if v.Kind() == pdf.String {
						show(v.RawString())
					} else {
						tm = translate(-v.Float64()/1000*g.tfs*g.th, 0).mul(tm)
					}
				}
			}
		}
	})
	return glyphs
}
