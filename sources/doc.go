// Package sources owns where raw documents come from: local files and
// folders (Folder), and the web crawl (crawl configuration, fetching, crawl
// state). Every source yields corpus.Input values in a fixed order and
// implements pipeline.Source; a document that cannot be read is an Input
// with Error set, never a stopped run.
//
// Which files a Folder offers:
//   - A file named on the command line is always offered, whatever its
//     name: the user asked for it, and the decoder sniffs its bytes.
//   - Inside a folder, files with a document extension (.txt, .text, .htm,
//     .html, .xhtml, .pdf, case-insensitive) are offered.
//   - Files with no extension or another one are offered when their first
//     512 bytes sniff as text, HTML or PDF (net/http.DetectContentType),
//     except data and code formats that sniff as text but are not
//     documents (.json, .csv, .xml, .js, ... see dataExtensions).
//   - Hidden files and folders (names starting with ".") and entries that
//     are not regular files or folders (FIFOs, sockets, devices) are skipped.
//
// Every skip is reported to FolderConfig.Skipped. Bad paths become Inputs
// with Error: a path that does not exist, a broken symlink, a symlink loop
// (a link to itself, or to a folder that contains it), an unreadable file
// or folder, a named FIFO or device, a file over the size limit (rejected
// by its size on disk before reading, and guarded while reading).
package sources
