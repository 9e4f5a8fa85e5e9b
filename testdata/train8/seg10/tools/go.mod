module gen

go 1.22

require github.com/go-pdf/fpdf v0.9.0 // indirect
