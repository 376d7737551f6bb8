package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline/echarts"
)

// Exit statuses (DESIGN §4).
const (
	exitOK      = 0
	exitFailure = 1 // a problem the user must fix: bad YAML, unreadable source
	exitUsage   = 2 // wrong flags or arguments
)

// Factory holds what commands need from the outside world, so that tests
// can inject streams, a clock and the environment.
type Factory struct {
	Stdin     io.Reader
	Stdout    io.Writer
	Stderr    io.Writer
	StdoutTTY bool
	StderrTTY bool
	Now       func() time.Time
	Getenv    func(string) string
	Dir       string // working directory; paths are relative to it
	// CacheDir is the user cache folder (os.UserCacheDir); nil disables the cache.
	CacheDir func() (string, error)
	// Fetch downloads a URL (the one-time ECharts download); nil means offline.
	Fetch func(ctx context.Context, url string) ([]byte, error)
}

// abs resolves p against the factory's working directory.
func (f *Factory) abs(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(f.Dir, p)
}

// rel shows p relative to the working directory when it is inside it.
func (f *Factory) rel(p string) string {
	if r, err := filepath.Rel(f.Dir, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

func defaultFactory() *Factory {
	wd, _ := os.Getwd()
	return &Factory{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		StdoutTTY: isTerminal(os.Stdout), StderrTTY: isTerminal(os.Stderr),
		Now: time.Now, Getenv: os.Getenv, Dir: wd, CacheDir: os.UserCacheDir,
		Fetch: echarts.HTTPGet,
	}
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// usageError marks wrong usage (exit 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usageErrorf(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// silentError is a failure whose message was already printed.
var errSilent = errors.New("silent failure")

func newRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "timeline",
		Short: "Turn sources and a curated timeline.yaml into an interactive timeline",
		Long: `timeline reads your sources (articles, reports, saved web pages, PDFs),
finds the dated events in them, merges them with the events you curate in
timeline.yaml, and renders an interactive HTML timeline (out/timeline.html)
plus out/timeline.json.`,
		Example: `  timeline build                      # timeline.yaml -> out/timeline.html, out/timeline.json
  timeline build --assets inline      # one self-contained file that opens offline
  timeline validate                   # report every problem in timeline.yaml`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(f.Stdin)
	root.SetOut(f.Stdout)
	root.SetErr(f.Stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w\nRun '%s --help' for usage.", err, c.CommandPath())}
	})
	root.AddCommand(
		newBuildCmd(f, nil),
		newValidateCmd(f, nil),
	)
	for _, add := range extraCommands {
		root.AddCommand(add(f))
	}
	return root
}

// extraCommands lets verbs in their own files register themselves.
var extraCommands []func(*Factory) *cobra.Command

// Main runs the CLI and returns the exit status.
func Main(args []string, f *Factory) int {
	root := newRootCmd(f)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		fmt.Fprintf(f.Stderr, "timeline: %v\n", err)
		return exitUsage
	}
	if !errors.Is(err, errSilent) {
		fmt.Fprintf(f.Stderr, "timeline: %v\n", err)
	}
	return exitFailure
}

// isCobraUsageError recognises cobra's own argument errors, which it does not type.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "requires at most", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
