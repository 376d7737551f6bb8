package e2e

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// inkStats describes a screenshot: its background (the most common
// colour), the share of pixels that differ from it clearly, and how many
// distinct colours those pixels have (a few hundred for a drawn chart
// with antialiasing; one or two for a blank box or a lone error message).
type inkStats struct {
	Width, Height int
	Background    color.RGBA
	Ink           float64 // share of pixels not near the background
	Colours       int     // distinct colours among the ink pixels
}

func (s inkStats) String() string {
	return fmt.Sprintf("%dx%d, background #%02x%02x%02x, %.1f%% ink in %d colours",
		s.Width, s.Height, s.Background.R, s.Background.G, s.Background.B, 100*s.Ink, s.Colours)
}

func ink(pngData []byte) (inkStats, error) {
	img, err := png.Decode(bytes.NewReader(pngData))
	if err != nil {
		return inkStats{}, fmt.Errorf("screenshot is not a PNG: %w", err)
	}
	b := img.Bounds()
	s := inkStats{Width: b.Dx(), Height: b.Dy()}
	if s.Width == 0 || s.Height == 0 {
		return s, nil
	}
	counts := map[color.RGBA]int{}
	at := func(x, y int) color.RGBA {
		return color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			counts[at(x, y)]++
		}
	}
	best := -1
	for c, n := range counts {
		if n > best || n == best && less(c, s.Background) {
			s.Background, best = c, n
		}
	}
	inkN := 0
	colours := map[color.RGBA]bool{}
	for c, n := range counts {
		if far(c, s.Background) {
			inkN += n
			colours[c] = true
		}
	}
	s.Ink = float64(inkN) / float64(s.Width*s.Height)
	s.Colours = len(colours)
	return s, nil
}

func less(a, b color.RGBA) bool {
	return uint32(a.R)<<24|uint32(a.G)<<16|uint32(a.B)<<8|uint32(a.A) <
		uint32(b.R)<<24|uint32(b.G)<<16|uint32(b.B)<<8|uint32(b.A)
}

// far reports whether two colours differ by more than antialiasing noise
// on a flat background.
func far(a, b color.RGBA) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R)+d(a.G, b.G)+d(a.B, b.B) > 24
}

func TestInk(t *testing.T) {
	white := color.RGBA{255, 255, 255, 255}
	encode := func(img image.Image) []byte {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	blank := image.NewRGBA(image.Rect(0, 0, 100, 50))
	for i := range blank.Pix {
		blank.Pix[i] = 255
	}
	s, err := ink(encode(blank))
	if err != nil || s.Ink != 0 || s.Colours != 0 || s.Background != white {
		t.Fatalf("blank white image: %v, %v", s, err)
	}
	// A 10x10 black square and a faint line (within noise) on white.
	drawn := image.NewRGBA(blank.Rect)
	copy(drawn.Pix, blank.Pix)
	for y := 10; y < 20; y++ {
		for x := 30; x < 40; x++ {
			drawn.Set(x, y, color.RGBA{0, 0, 0, 255})
		}
	}
	for x := range 100 {
		drawn.Set(x, 40, color.RGBA{250, 250, 250, 255})
	}
	s, err = ink(encode(drawn))
	if err != nil || s.Ink != 100.0/5000 || s.Colours != 1 || s.Background != white {
		t.Fatalf("square on white: %v, %v; want 2%% ink in 1 colour", s, err)
	}
	if _, err := ink([]byte("not a png")); err == nil {
		t.Fatal("ink accepted a non-PNG")
	}
}

// colourIn is the share of pixels in a rectangle of a screenshot that are
// clearly coloured (not grey: lane bands, grid lines and text are grey).
func colourIn(pngData []byte, x0, y0, x1, y1 float64) (float64, error) {
	img, err := png.Decode(bytes.NewReader(pngData))
	if err != nil {
		return 0, fmt.Errorf("screenshot is not a PNG: %w", err)
	}
	b := img.Bounds()
	clamp := func(v float64, lo, hi int) int { return max(lo, min(hi, int(v))) }
	ax, bx := clamp(x0, b.Min.X, b.Max.X), clamp(x1, b.Min.X, b.Max.X)
	ay, by := clamp(y0, b.Min.Y, b.Max.Y), clamp(y1, b.Min.Y, b.Max.Y)
	if bx <= ax || by <= ay {
		return 0, nil
	}
	n := 0
	for y := ay; y < by; y++ {
		for x := ax; x < bx; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			if max(c.R, c.G, c.B)-min(c.R, c.G, c.B) > 40 {
				n++
			}
		}
	}
	return float64(n) / float64((bx-ax)*(by-ay)), nil
}
