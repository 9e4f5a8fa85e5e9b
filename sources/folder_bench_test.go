package sources

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// BenchmarkFolder walks and reads a folder of 500 small text files.
func BenchmarkFolder(b *testing.B) {
	dir := b.TempDir()
	files := map[string]string{}
	body := strings.Repeat("A line of a press release.\n", 300)
	for i := range 500 {
		files[fmt.Sprintf("d%02d/f%03d.txt", i%20, i)] = body
	}
	writeFolderTree(b, dir, files)
	b.SetBytes(int64(len(body) * 500))
	for b.Loop() {
		f, err := NewFolder(FolderConfig{}, dir)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			_, err := f.Next(b.Context())
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 500 {
			b.Fatalf("read %d files, want 500", n)
		}
	}
}
