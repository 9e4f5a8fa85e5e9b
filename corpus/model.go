package corpus

import "time"

// Format is the kind of bytes a document was decoded from.
type Format string

// Formats the decoders understand.
const (
	FormatText Format = "text"
	FormatHTML Format = "html"
	FormatPDF  Format = "pdf"
)

// Source identifies where a document came from. It is plain data so it can
// cross process boundaries (JSON, NATS) unchanged.
type Source struct {
	// URI is the fetched URL for crawled documents, or a file:// URI.
	URI string `json:"uri,omitempty"`
	// Path is the local file path as given on the command line (joined
	// with the walked sub-path), empty for crawled documents.
	Path string `json:"path,omitempty"`
	// SHA256 is the hex digest of the raw bytes, empty when they could not be read.
	SHA256 string `json:"sha256,omitempty"`
	// ContentType is the sniffed or declared MIME type of the raw bytes.
	ContentType string `json:"content_type,omitempty"`
	// Size is the raw byte length (or the size on disk when unread).
	Size int64 `json:"size"`
	// FetchedAt is when a crawler fetched the bytes; nil for local files.
	FetchedAt *time.Time `json:"fetched_at,omitempty"`
	// Chrome is the hash (ChromeModel.Hash) of the chrome model the
	// document was cleaned with; empty when it was cleaned with none.
	Chrome string `json:"chrome,omitempty"`
	// OCRPages are the 1-based numbers of the PDF pages whose text came
	// from OCR of the page image (pages without a text layer).
	OCRPages []int `json:"ocr_pages,omitempty"`
}

// Identity is the stable key of a source: its URI when it has one, else its path.
func (s Source) Identity() string {
	if s.URI != "" {
		return s.URI
	}
	return s.Path
}

// Input is one document's raw bytes as a source produced them.
//
// When Error is non-empty the source could not produce the bytes (missing
// file, permission denied, symlink loop, over the size cap): Body is nil and
// the document becomes an error record. Error is a string, not an error, so
// that an Input stays serializable.
type Input struct {
	// Seq is the input's position in its source's order, starting at 0; the
	// pipeline emits records in Seq order.
	Seq    int    `json:"seq"`
	Source Source `json:"source"`
	// Body holds the raw bytes.
	Body []byte `json:"body,omitempty"`
	// ContentType is a declared type (an HTTP Content-Type header with its
	// charset parameter), empty for local files.
	ContentType string `json:"declared_content_type,omitempty"`
	// Hints is metadata the source knows from outside the document, such
	// as a feed item's title and publication date. The decoder merges it
	// into Doc.Meta beneath what the document itself declares.
	Hints Meta   `json:"hints,omitempty"`
	Error string `json:"error,omitempty"`
}

// Meta is document-level metadata kept by the decoders for later stages.
type Meta struct {
	// Title is the HTML <title> or the PDF Title property, as written.
	Title string `json:"title,omitempty"`
	// Lang is a declared language (html lang attribute, Content-Language).
	Lang string `json:"lang,omitempty"`
	// Props holds <meta name|property|itemprop=... content=...> pairs, keys
	// lower-cased, first occurrence kept; for PDF the document info keys.
	Props map[string]string `json:"props,omitempty"`
	// Times are the datetime attributes (or texts) of <time> elements, in order.
	Times []string `json:"times,omitempty"`
	// JSONLD are the raw bodies of <script type="application/ld+json">.
	JSONLD []string `json:"jsonld,omitempty"`
	// Headline is the main heading (<h1> in the main content) when the
	// decoder found one.
	Headline string `json:"headline,omitempty"`
	// PageDate is the publication date of an HTML page (YYYY-MM-DD) as
	// go-htmldate finds it in the whole page, metadata first, then the
	// page's own date lines; empty when it finds none. It is one witness
	// of the release-date cascade (extract), not the release date itself.
	PageDate string `json:"page_date,omitempty"`
	// PageDateSource is the text go-htmldate read PageDate from (a date
	// line, a metadata value), so that the cascade can tell a print or
	// copyright line's date from the page's own.
	PageDateSource string `json:"page_date_source,omitempty"`
}

// PropReleaseDate is the Meta.Props key under which a caller states the
// release date (YYYY-MM-DD or YYYY-MM) of the article a text belongs to,
// already found: the extractors' registry sets it on the later windows of
// an article too long to read at once, so that they resolve their dates
// against the article's release date, as the whole would.
const PropReleaseDate = "communique:release-date"

// PropSharedMasthead is the Meta.Props key the cleaner sets ("true") on
// every article of a document that holds several (listing items, whose
// masthead is their own date line, excepted): the Masthead is the
// document's (a newsletter's issue line, the first release's dateline),
// so it may date the article but is none of the article's own calendar
// expressions.
const PropSharedMasthead = "communique:shared-masthead"

// PropOwnMasthead is the Meta.Props key under which the cleaner keeps, for
// an article of a document that holds several (PropSharedMasthead), the
// lines of its Masthead that are its own and not the document's (its
// dateline moved out of its text: "Canberra, 7 December 1975"): they are
// the article's own calendar expressions.
const PropOwnMasthead = "communique:own-masthead"

// PropDayOrder is the Meta.Props key under which the cleaner states, for
// each article of a document that holds several, the order in which the
// whole document writes all-numeric dates: "day-first" (13/04/2019) or
// "month-first" (04/13/2019), when its dates that can be read one way only
// all agree. An article of a listing page or a newsletter that prints only
// "04/11/2019" is then read the way its siblings are.
const PropDayOrder = "communique:day-order"

// The values of PropDayOrder.
const (
	DayFirst   = "day-first"
	MonthFirst = "month-first"
)

// PropListingLinks is the Meta.Props key under which the HTML decoder
// lists the items of a listing page (a news index, a member's press
// releases): one line per item, its link as written, a tab, its title.
// The cleaner gives each item's article that link as its Source.URI.
const PropListingLinks = "communique:listing-links"

// PropRecords is the Meta.Props key under which the HTML decoder lists
// the records of a page that prints several articles in one repeated
// structure (a news index, an e-mail bulletin, releases one after
// another; see corpus/html's findRecords): one line per record, in
// order, the text the record prints above its headline (its date line,
// often empty), a tab, its headline. A line with an empty headline (the
// start of a text and a tab) stands for text between two records that is
// neither's (a month heading of a grouped list) or, last, for the text
// that follows the records in the main content (a pager, a footer line).
// The cleaner starts an article at each record, titled by its headline,
// and leaves those texts out of the records.
const PropRecords = "communique:records"

// PropRecordsDated is the Meta.Props key the HTML decoder sets ("true")
// beside PropRecords when the records carry their own date lines (a
// listing); without it they are undated stories (an e-mail bulletin's),
// which the cleaner splits only on a periodical's page.
const PropRecordsDated = "communique:records-dated"

// PropRecordsBoxed is the Meta.Props key the HTML decoder sets ("true")
// beside PropRecords when each record stands as a box of its own: a table
// row or cell, as an e-mail bulletin lays out its stories, an <article>
// element, or a text closed by the same line as every other record's
// ("ENDS", "###"); the cleaner then splits undated records on a page that
// does not name itself a periodical.
const PropRecordsBoxed = "communique:records-boxed"

// PropListingItem is the Meta.Props key the cleaner sets ("true") on an
// article that is one item of a listing page (a news index, a member's
// press releases): a headline, its date and a teaser, whose only day is
// its release date wherever the item prints it.
const PropListingItem = "communique:listing-item"

// PropHeadingLevels is the Meta.Props key under which the HTML decoder
// lists the headings (<h1> to <h6>) it rendered into Text, in order: one
// line per heading, its level (1 to 6), a tab, its text. The cleaner
// reads the levels to find a newsletter's articles at one heading level.
const PropHeadingLevels = "communique:heading-levels"

// PropTypeHeadings is the Meta.Props key under which the HTML decoder
// lists the lines it rendered whole in bold (<b>, <strong>) and not as a
// heading element, in order, one text per line: headlines that a page
// sets by type rather than by tag. The cleaner reads them as it reads a
// PDF's Doc.Headings.
const PropTypeHeadings = "communique:type-headings"

// PropLinkedHeadings is the Meta.Props key under which the HTML decoder
// lists those of the PropTypeHeadings lines set whole as a link, in
// order, one text per line: a digest's headlines linking to their
// stories' own pages.
const PropLinkedHeadings = "communique:linked-headings"

// PropBaseHref and PropCanonical are the Meta.Props keys under which the
// HTML decoder keeps the page's own address as the page states it: the
// href of its <base> element and of its <link rel="canonical">. A page
// read from a file resolves its relative links against them.
const (
	PropBaseHref  = "communique:base-href"
	PropCanonical = "communique:canonical"
)

// Doc is a decoded document: text in reading order with block structure as
// line breaks (one block per line, a blank line between paragraphs).
type Doc struct {
	Source Source `json:"source"`
	Format Format `json:"format"`
	Text   string `json:"text"`
	// PageStarts are byte offsets into Text where each page begins (PDF
	// only; PageStarts[0] == 0). Nil for formats without pages.
	PageStarts []int `json:"page_starts,omitempty"`
	// Headings are byte offsets into Text of lines the decoder knows to be
	// headings from their type (PDF: a paragraph in bold or larger type
	// than the body's), in increasing order. Nil when unknown.
	Headings []int `json:"headings,omitempty"`
	Meta     Meta  `json:"meta"`
}

// Article is one article of a document after boilerplate removal and
// segmentation; it is the unit that becomes one record.
type Article struct {
	Source Source `json:"source"`
	Format Format `json:"format"`
	// Segment is the article's index within its source, from 0.
	Segment int `json:"segment"`
	// Title is the article's headline, joined onto one line.
	Title string `json:"title"`
	// Text is the clean article text; every extracted span indexes it.
	Text string `json:"text"`
	// Masthead holds document-level lines that the cleaner removed but that
	// may state document facts, such as a newsletter's issue date or a
	// "Posted:" line above the title. Extractors read it for the release
	// date only; entities are never taken from it.
	Masthead string `json:"masthead,omitempty"`
	Meta     Meta   `json:"meta"`
}
