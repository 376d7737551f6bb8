package echarts

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pinned returns the real pinned build from node_modules when it is
// installed (npm ci), else skips: its checksum is what the finder checks.
func pinned(t *testing.T) []byte {
	t.Helper()
	js, err := os.ReadFile(filepath.Join("..", "..", "node_modules", "echarts", "dist", "echarts.min.js"))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("ECharts %s is not installed; run `npm ci` (%v)", Version, err)
		}
		t.Skip("node_modules/echarts not installed; run `npm ci`")
	}
	if Sum(js) != SHA256 {
		t.Fatalf("node_modules holds another ECharts than the pinned %s", Version)
	}
	return js
}

func TestPinnedBuildMatchesConstants(t *testing.T) {
	js := pinned(t)
	if !strings.Contains(string(js), `version="`+Version+`"`) && !strings.Contains(string(js), `"`+Version+`"`) {
		t.Fatalf("pinned build does not name version %s", Version)
	}
}

func TestFindOrder(t *testing.T) {
	js := pinned(t)
	dir := t.TempDir()
	custom := filepath.Join(dir, "custom.js")
	os.WriteFile(custom, []byte("/* echarts custom bundle */"), 0o644)
	env := filepath.Join(dir, "env.js")
	os.WriteFile(env, []byte("/* echarts from env */"), 0o644)
	proj := filepath.Join(dir, "proj")
	nm := filepath.Join(proj, "node_modules", "echarts", "dist")
	os.MkdirAll(nm, 0o755)
	os.WriteFile(filepath.Join(nm, "echarts.min.js"), js, 0o644)
	cache := filepath.Join(dir, "cache")
	noDownload := func(context.Context, string) ([]byte, error) {
		t.Fatal("downloaded although a copy exists")
		return nil, nil
	}
	ctx := context.Background()

	f := Finder{File: custom, Env: env, Dir: proj, CacheDir: cache, Download: noDownload}
	got, err := f.Find(ctx)
	if err != nil || got.Origin != custom || got.Warning == "" {
		t.Fatalf("--echarts: got %q warning %q err %v", got.Origin, got.Warning, err)
	}
	f.File = ""
	if got, _ := f.Find(ctx); got.Origin != env {
		t.Fatalf("TIMELINE_ECHARTS: got %q", got.Origin)
	}
	f.Env = ""
	if got, _ := f.Find(ctx); got.Origin != filepath.Join(nm, "echarts.min.js") || got.Warning != "" {
		t.Fatalf("node_modules: got %q %q", got.Origin, got.Warning)
	}
	// No node_modules: download once into the cache, then use the cache.
	f.Dir = filepath.Join(dir, "elsewhere")
	calls := 0
	f.Download = func(_ context.Context, url string) ([]byte, error) {
		calls++
		if url != CDNURL {
			t.Errorf("url = %s", url)
		}
		return js, nil
	}
	if got, err := f.Find(ctx); err != nil || got.Origin != CDNURL {
		t.Fatalf("download: got %q, %v", got.Origin, err)
	}
	if got, err := f.Find(ctx); err != nil || got.Origin != filepath.Join(cache, "echarts-"+Version+".min.js") {
		t.Fatalf("cache: got %q, %v", got.Origin, err)
	}
	if calls != 1 {
		t.Fatalf("downloaded %d times, want once", calls)
	}
}

func TestDownloadChecksumRefused(t *testing.T) {
	dir := t.TempDir()
	f := Finder{Dir: dir, CacheDir: filepath.Join(dir, "cache"), Download: func(context.Context, string) ([]byte, error) {
		return []byte("/* echarts, but tampered */"), nil
	}}
	_, err := f.Find(context.Background())
	if err == nil || !strings.Contains(err.Error(), "SHA-256") {
		t.Fatalf("err = %v, want a checksum refusal", err)
	}
	if _, statErr := os.Stat(filepath.Join(dir, "cache", "echarts-"+Version+".min.js")); statErr == nil {
		t.Fatal("a tampered download was cached")
	}
}

func TestNotFoundSaysWhatToDo(t *testing.T) {
	dir := t.TempDir()
	f := Finder{Dir: dir, CacheDir: filepath.Join(dir, "cache"), Download: func(context.Context, string) ([]byte, error) {
		return nil, errors.New("no network")
	}}
	_, err := f.Find(context.Background())
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	for _, want := range []string{"node_modules", "npm install echarts@" + Version, "--echarts", "TIMELINE_ECHARTS", "no network"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q:\n%v", want, err)
		}
	}
}

func TestExplicitFileMissing(t *testing.T) {
	_, err := Finder{File: "/nonexistent/echarts.js"}.Find(context.Background())
	if err == nil || !strings.Contains(err.Error(), "--echarts /nonexistent/echarts.js") {
		t.Fatalf("err = %v", err)
	}
}
