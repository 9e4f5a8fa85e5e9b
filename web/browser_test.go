package web

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findBrowser returns the path of a Chromium or Chrome on this machine,
// or "".
func findBrowser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts a headless browser for the test, or skips the test
// when there is none (fails under CI=true, where .ci/run installs one).
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := findBrowser()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no chromium found and CI=true: .ci/run installs Debian's chromium")
		}
		t.Skip("no chromium or chrome found: skipping the browser test (apt-get install chromium)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.NoSandbox, // Chromium refuses to run as root with its sandbox
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	return ctx
}

// shot saves a screenshot of the page as name.png in dir and returns it.
func shot(t *testing.T, ctx context.Context, dir, name string) []byte {
	t.Helper()
	buf := must(t, ctx, chromedp.CaptureScreenshot())
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
	return buf
}

// must runs one action and returns its value, failing the test on error.
func must[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// do runs steps, failing the test on error.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// colours counts the distinct colours of a PNG (sampled on a grid): a
// blank page has one.
func colours(t *testing.T, b []byte) int {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[4]uint32]bool{}
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y += 3 {
		for x := r.Min.X; x < r.Max.X; x += 3 {
			c := [4]uint32{}
			c[0], c[1], c[2], c[3] = img.At(x, y).RGBA()
			seen[c] = true
		}
	}
	return len(seen)
}

// TestBrowser drives a headless Chromium through the pages as a person
// would: the releases list of testdata/sample (and the shared dev corpus
// when present), filtered by an agency; a release; a person named in it.
// Screenshots of each step are saved in the test's temp folder.
func TestBrowser(t *testing.T) {
	ctx := newBrowser(t)
	folders := []string{filepath.Join("..", "testdata", "sample")}
	if dev := sharedDev(); dev != "" {
		folders = append(folders, dev)
	}
	store, ts := newTestServer(t, loadFolders(t, folders...))
	dir := t.TempDir()

	// 1. The releases list.
	do(t, ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("table.releases")))
	heading := must(t, ctx, chromedp.Text(chromedp.CSS("h1")))
	rows := must(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("table.releases a").length`))
	var total int
	if err := store.db.QueryRow("SELECT count(*) FROM records").Scan(&total); err != nil {
		t.Fatal(err)
	}
	if heading != "Releases" || rows != min(total, DefaultPageSize) {
		t.Fatalf("list: heading %q, %d rows, want %d", heading, rows, min(total, DefaultPageSize))
	}
	shot(t, ctx, dir, "1-list")

	// 2. Filter by the agency named in most releases, from the form.
	agencies, err := store.FilterAgencies(ctx)
	if err != nil || len(agencies) == 0 {
		t.Fatalf("agencies: %v %v", agencies, err)
	}
	agency := agencies[0]
	do(t, ctx,
		chromedp.SetValue(chromedp.ID("agency"), strconv.FormatInt(agency.ID, 10)),
		chromedp.Click(chromedp.ID("apply")),
		chromedp.WaitVisible(chromedp.CSS("p.meta a")))
	named := must(t, ctx, chromedp.Text(chromedp.CSS("p.meta")))
	location := must(t, ctx, chromedp.Location())
	rows = must(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("table.releases a").length`))
	if !strings.Contains(location, "agency="+strconv.FormatInt(agency.ID, 10)) || !strings.Contains(named, agency.Name) || rows != min(agency.Releases, DefaultPageSize) {
		t.Fatalf("filtered by %+v: at %s, %q, %d rows", agency, location, named, rows)
	}
	shot(t, ctx, dir, "2-agency")

	// 3. Open the first release of the list that names a person.
	do(t, ctx, chromedp.Navigate(ts.URL+"/?size=100"), chromedp.WaitVisible(chromedp.CSS("table.releases")))
	firstTitle := must(t, ctx, chromedp.Evaluate[string](`(() => {
		for (const tr of document.querySelectorAll("table.releases tr")) {
			const td = tr.querySelectorAll("td");
			if (td.length > 2 && td[2].textContent.trim() !== "0") { return td[1].textContent.trim(); }
		}
		return "";
	})()`))
	if firstTitle == "" {
		t.Fatal("no release names a person")
	}
	do(t, ctx,
		chromedp.Click(chromedp.Search(`//table[@class="releases"]//a[normalize-space(.)=`+xpathString(firstTitle)+`]`)),
		chromedp.WaitVisible(chromedp.ID("text")))
	releaseTitle := must(t, ctx, chromedp.Text(chromedp.ID("title")))
	text := must(t, ctx, chromedp.Text(chromedp.ID("text")))
	people := must(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#text a.m.person").length`))
	if releaseTitle != firstTitle || len(text) < 100 || people == 0 {
		t.Fatalf("release: title %q (want %q), %d chars of text, %d person mentions", releaseTitle, firstTitle, len(text), people)
	}
	relShot := shot(t, ctx, dir, "3-release")

	// 4. Click the first person mention in the text.
	mention := must(t, ctx, chromedp.Text(chromedp.CSS("#text a.m.person")))
	do(t, ctx, chromedp.Click(chromedp.CSS("#text a.m.person")), chromedp.WaitVisible(chromedp.CSS("table.releases")))
	person := must(t, ctx, chromedp.Text(chromedp.ID("title")))
	personPage := must(t, ctx, chromedp.Text(chromedp.CSS("main")))
	location = must(t, ctx, chromedp.Location())
	if !strings.Contains(location, "/person/") || !strings.Contains(personPage, releaseTitle) || person == "" || !strings.Contains(personPage, "Releases (") {
		t.Fatalf("person page for mention %q at %s: %q, page %.500q", mention, location, person, personPage)
	}
	shot(t, ctx, dir, "4-person")

	if n := colours(t, relShot); n < 5 {
		t.Errorf("release screenshot has %d colours: blank?", n)
	}
	t.Logf("screenshots in %s", dir)
}

// xpathString quotes s as an XPath string literal.
func xpathString(s string) string {
	if !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	if !strings.Contains(s, "'") {
		return "'" + s + "'"
	}
	parts := strings.Split(s, `"`)
	return `concat("` + strings.Join(parts, `", '"', "`) + `")`
}
