package echarts

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/timeline-tool/timeline/internal/atomicfile"
)

// Finder locates echarts.min.js for pages built with --assets inline.
//
// The places, in order: File (the --echarts flag), Env (TIMELINE_ECHARTS),
// Dir/node_modules/echarts/dist/echarts.min.js, the user cache
// (CacheDir/echarts-VERSION.min.js); where none exists and Download is
// set, the pinned file is fetched once from CDNURL into the cache, and
// only kept if its SHA-256 is SHA256. So an author who was online once can
// always build a page that opens offline.
type Finder struct {
	File     string // explicit file; used as given (a custom bundle is allowed)
	Env      string // the value of TIMELINE_ECHARTS
	Dir      string // the project folder, where node_modules may be
	CacheDir string // e.g. os.UserCacheDir()/timeline; empty disables the cache
	// Download fetches url; nil disables downloading. HTTPGet is the usual one.
	Download func(ctx context.Context, url string) ([]byte, error)
}

// Found is the ECharts source and where it came from.
type Found struct {
	JS     []byte
	Origin string // the path it was read from, or the URL it was fetched from
	// Warning is set when the file is usable but not the pinned build.
	Warning string
}

// ErrNotFound says that no copy exists and none could be downloaded.
var ErrNotFound = errors.New("echarts not found")

// Find returns the first usable copy of ECharts.
func (f Finder) Find(ctx context.Context) (Found, error) {
	for _, p := range []struct{ path, what string }{{f.File, "--echarts"}, {f.Env, "TIMELINE_ECHARTS"}} {
		if p.path == "" {
			continue
		}
		js, err := os.ReadFile(p.path)
		if err != nil {
			return Found{}, fmt.Errorf("%s %s: %w", p.what, p.path, err)
		}
		if !bytes.Contains(js, []byte("echarts")) {
			return Found{}, fmt.Errorf("%s %s: this is not an ECharts build (the file never says \"echarts\")", p.what, p.path)
		}
		fd := Found{JS: js, Origin: p.path}
		if Sum(js) != SHA256 {
			fd.Warning = fmt.Sprintf("%s is not the pinned ECharts %s build; the page may lack features (axis breaks need ECharts 6)", p.path, Version)
		}
		return fd, nil
	}
	var tried []string
	if f.Dir != "" {
		p := filepath.Join(f.Dir, "node_modules", "echarts", "dist", "echarts.min.js")
		if js, err := os.ReadFile(p); err == nil {
			if Sum(js) == SHA256 {
				return Found{JS: js, Origin: p}, nil
			}
			tried = append(tried, p+" (another version than "+Version+"; run `npm ci`)")
		} else {
			tried = append(tried, p)
		}
	}
	cache := f.cachePath()
	if cache != "" {
		if js, err := os.ReadFile(cache); err == nil {
			if Sum(js) == SHA256 {
				return Found{JS: js, Origin: cache}, nil
			}
			tried = append(tried, cache+" (damaged: checksum differs; it will be fetched again)")
		} else {
			tried = append(tried, cache)
		}
	}
	if f.Download == nil {
		return Found{}, f.notFound(tried, nil)
	}
	js, err := f.Download(ctx, CDNURL)
	if err != nil {
		return Found{}, f.notFound(tried, err)
	}
	if got := Sum(js); got != SHA256 {
		return Found{}, fmt.Errorf("downloaded %s but its SHA-256 is %s, not the pinned %s; refusing to use it", CDNURL, got, SHA256)
	}
	if cache != "" {
		if err := atomicfile.WriteFile(cache, js, 0o644); err != nil {
			return Found{JS: js, Origin: CDNURL, Warning: "could not keep a copy in the cache: " + err.Error()}, nil
		}
	}
	return Found{JS: js, Origin: CDNURL}, nil
}

func (f Finder) cachePath() string {
	if f.CacheDir == "" {
		return ""
	}
	return filepath.Join(f.CacheDir, "echarts-"+Version+".min.js")
}

func (f Finder) notFound(tried []string, dlErr error) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%v: --assets inline needs ECharts %s; looked in:", ErrNotFound, Version)
	for _, t := range tried {
		b.WriteString("\n  " + t)
	}
	if dlErr != nil {
		fmt.Fprintf(&b, "\nand the download from %s failed: %v", CDNURL, dlErr)
	}
	b.WriteString("\nto fix: run `npm install echarts@" + Version + "` in this folder, or pass --echarts FILE, or set TIMELINE_ECHARTS, or build once while online")
	return wrapNotFound{b.String()}
}

type wrapNotFound struct{ msg string }

func (e wrapNotFound) Error() string { return e.msg }
func (e wrapNotFound) Unwrap() error { return ErrNotFound }

// Sum is the hex SHA-256 of js.
func Sum(js []byte) string {
	s := sha256.Sum256(js)
	return hex.EncodeToString(s[:])
}

// HTTPGet downloads url with the default client, refusing bodies over 16 MB.
func HTTPGet(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 16<<20))
}
