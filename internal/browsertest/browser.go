// Package browsertest opens pages in headless Chromium for tests, with
// github.com/chromedp/chromedp: it records every console message and
// network request, evaluates JavaScript and takes screenshots. Tests skip
// with a message when no Chromium is installed (Debian: apt-get install
// chromium). Only tests import it.
package browsertest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Browsers are the names Chromium goes by on PATH.
var Browsers = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"}

// A Page is a page open in headless Chromium.
type Page struct {
	t   testing.TB
	ctx context.Context

	mu       sync.Mutex
	console  []string // console messages and uncaught exceptions
	requests []string // URLs of the network requests after the page itself
	page     string   // the page's own URL
}

// Open opens the HTML file at path in headless Chromium, at the given
// window width and height in CSS pixels, and waits for it to load. It
// skips the test when no browser is installed, and runs Chromium without
// its sandbox as root, where the sandbox cannot start.
func Open(t testing.TB, path string, width, height int) *Page {
	t.Helper()
	exe := ""
	for _, name := range Browsers {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		t.Skipf("no Chromium on PATH (looked for %v): install one (Debian: apt-get install chromium) to run this test", Browsers)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.WindowSize(width, height), chromedp.UserDataDir(t.TempDir()), chromedp.DisableGPU)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)

	p := &Page{t: t, ctx: ctx, page: (&url.URL{Scheme: "file", Path: abs}).String()}
	if err := chromedp.Listen(ctx, p.record); err != nil {
		t.Fatalf("starting Chromium (%s): %v", exe, err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(p.page), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("loading %s: %v", p.page, err)
	}
	return p
}

// record keeps the console messages, exceptions and requests of the page.
func (p *Page) record(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		msg := string(ev.Type) + ":"
		for _, a := range ev.Args {
			if a.Value != nil {
				msg += " " + string(a.Value)
			} else {
				msg += " " + a.Description
			}
		}
		p.console = append(p.console, msg)
	case *runtime.EventExceptionThrown:
		p.console = append(p.console, "exception: "+ev.ExceptionDetails.Text+" "+fmt.Sprint(ev.ExceptionDetails.Exception))
	case *log.EventEntryAdded:
		p.console = append(p.console, string(ev.Entry.Level)+": "+ev.Entry.Text)
	case *network.EventRequestWillBeSent:
		if ev.Request != nil && ev.Request.URL != p.page {
			p.requests = append(p.requests, ev.Request.URL)
		}
	}
}

// Console returns the console messages and uncaught exceptions so far.
func (p *Page) Console() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.console...)
}

// Requests returns the URLs the page requested besides itself.
func (p *Page) Requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.requests...)
}

// Eval evaluates a JavaScript expression and decodes its value into T.
func Eval[T any](p *Page, expr string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		p.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// Type types text into the element sel selects, as a user would.
func (p *Page) Type(sel, text string) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.SendKeys(chromedp.CSS(sel), text)); err != nil {
		p.t.Fatalf("typing into %s: %v", sel, err)
	}
}

// Screenshot writes a PNG of the window to path, or of the whole page
// when full is set.
func (p *Page) Screenshot(path string, full bool) {
	p.t.Helper()
	shot := chromedp.CaptureScreenshot()
	if full {
		shot = chromedp.FullScreenshot(100)
	}
	png, err := chromedp.Run(p.ctx, shot)
	if err != nil {
		p.t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
}
