package corpus

// A Document is one article to analyse.
//
// Text is what offsets refer to. For HTML input it is the main text
// extracted from the page (Extracted is then true), not the page source.
type Document struct {
	ID        string // file name without extensions, or the record's id field (else file:line)
	Path      string // the file the document came from ("-" for standard input)
	Line      int    // 1-based line in Path for JSONL/CSV corpora; 0 for whole files
	Title     string // optional
	Date      string // optional, as given
	Source    string // optional publisher
	URL       string // optional
	Text      string // the article text; offsets index its bytes
	Extracted bool   // Text was extracted from HTML; offsets refer to the extracted text
	// Encoding is the charset Text was decoded from, such as
	// "windows-1252" or "utf-16le" (see DecodeText); "" when the input was
	// UTF-8. Offsets index the decoded Text, not the input's bytes.
	Encoding string
}
