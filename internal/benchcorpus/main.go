// Command benchcorpus builds a benchmark corpus: it copies every file of a
// source folder again and again, under distinct names (one sub-folder per
// copy round), until the copies total at least the requested size. The
// throughput and memory benchmark (scripts/bench-run.sh) runs communique
// over the result.
//
//	go run ./internal/benchcorpus -src ../shared/corpus/dev -dst /tmp/corpus -mb 50
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "benchcorpus: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	src := flag.String("src", "", "folder whose files are copied (not recursive)")
	dst := flag.String("dst", "", "folder to create; must not exist")
	mb := flag.Int64("mb", 50, "stop once the copies total at least this many MiB")
	flag.Parse()
	if *src == "" || *dst == "" || *mb < 1 {
		flag.Usage()
		return errors.New("-src, -dst and a positive -mb are required")
	}
	files, err := readFiles(*src)
	if err != nil {
		return err
	}
	if err := os.Mkdir(*dst, 0o755); err != nil {
		return err
	}
	target := *mb << 20
	var total int64
	var count int
	for round := 0; total < target; round++ {
		dir := filepath.Join(*dst, fmt.Sprintf("copy%05d", round))
		if err := os.Mkdir(dir, 0o755); err != nil {
			return err
		}
		for _, f := range files {
			name := fmt.Sprintf("%05d_%s", round, f.name)
			if err := os.WriteFile(filepath.Join(dir, name), f.body, 0o644); err != nil {
				return err
			}
			total += int64(len(f.body))
			count++
		}
	}
	fmt.Printf("%d files, %d bytes (%.1f MiB) in %s\n", count, total, float64(total)/(1<<20), *dst)
	return nil
}

type file struct {
	name string
	body []byte
}

// readFiles reads the regular files of dir in name order.
func readFiles(dir string) ([]file, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []file
	var size int
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		files = append(files, file{name: e.Name(), body: b})
		size += len(b)
	}
	if size == 0 {
		return nil, fmt.Errorf("%s: no non-empty files", dir)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	return files, nil
}
