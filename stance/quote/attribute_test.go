package quote

import (
	"strings"
	"testing"
)

// A wantQuote describes one expected statement by its text.
type wantQuote struct {
	content []string // the text of each content range
	source  string   // "" for none
	cue     string
	kind    Kind
}

// describe renders a quote as its text parts for got/want messages.
func describe(text string, q Quote) wantQuote {
	w := wantQuote{kind: q.Kind}
	for _, c := range q.Content {
		w.content = append(w.content, c.Text(text))
	}
	if q.Source != nil {
		w.source = q.Source.Text(text)
	}
	if q.Cue != nil {
		w.cue = q.Cue.Text(text)
	}
	return w
}

func (w wantQuote) String() string {
	return "{" + strings.Join(w.content, " | ") + "} source=" + w.source + " cue=" + w.cue + " kind=" + string(w.kind)
}

func runPatternTests(t *testing.T, tests []struct {
	name string
	text string
	want []wantQuote
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(tt.text, DefaultOptions)
			checkQuotes(t, tt.text, qs)
			var got []string
			for _, q := range qs {
				got = append(got, describe(tt.text, q).String())
			}
			var want []string
			for _, w := range tt.want {
				want = append(want, w.String())
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("Extract(%q)\ngot:\n  %s\nwant:\n  %s", tt.text, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

func TestExtractDirect(t *testing.T) {
	runPatternTests(t, []struct {
		name string
		text string
		want []wantQuote
	}{
		{"straight marks, cue after",
			`"The bridge will open in June," the engineer said.`,
			[]wantQuote{{[]string{`"The bridge will open in June,"`}, "the engineer", "said", Direct}}},
		{"curly marks, inverted",
			"\u201cNobody reads the small print,\u201d said Tomas Berg.",
			[]wantQuote{{[]string{"\u201cNobody reads the small print,\u201d"}, "Tomas Berg", "said", Direct}}},
		{"NYT double apostrophes",
			"''We were never told,'' Mr. Okafor said.",
			[]wantQuote{{[]string{"''We were never told,''"}, "Mr. Okafor", "said", Direct}}},
		{"split around the cue",
			`"The ferry is late," she said. "It is always late."`,
			[]wantQuote{{[]string{`"The ferry is late,"`, `"It is always late."`}, "she", "said", Direct}}},
		{"split with comma continuation",
			`"We tried," he added, "but the river rose too fast."`,
			[]wantQuote{{[]string{`"We tried,"`, `"but the river rose too fast."`}, "he", "added", Direct}}},
		{"colon lead-in",
			`The coach told the players: "Run until the whistle."`,
			[]wantQuote{{[]string{`"Run until the whistle."`}, "The coach", "told", Direct}}},
		{"question before its cue stays one sentence",
			`"Who pays for the lamps?" Ms. Varga asked.`,
			[]wantQuote{{[]string{`"Who pays for the lamps?"`}, "Ms. Varga", "asked", Direct}}},
		{"continued over paragraphs",
			"Caddis continued:\n\n\"The harvest is poor this year.\"",
			[]wantQuote{{[]string{`"The harvest is poor this year."`}, "Caddis", "continued:", Direct}}},
		{"paragraph left open",
			"\"The first part runs on,\" the mayor said. \"And it does not close here.\n\n\"It closes only now.\"",
			[]wantQuote{{[]string{`"The first part runs on,"`, `"And it does not close here.`, `"It closes only now."`}, "the mayor", "said", Direct}}},
		{"dash signature",
			"\u201cI vote every single time.\u201d \u2015 Lena Park",
			[]wantQuote{{[]string{"\u201cI vote every single time.\u201d"}, "Lena Park", "\u2015", Direct}}},
		{"scare quotes are not statements",
			`The so-called "fast lane" opened on Monday.`,
			nil},
		{"cue and adjunct after an exclamation",
			`"Nobody swims in that lake!" Perkins said last week.`,
			[]wantQuote{{[]string{`"Nobody swims in that lake!"`}, "Perkins", "said", Direct}}},
		{"post-quotation verb",
			`"Would the fare go up again?" Harmon pressed. "Maybe only for tourists?"`,
			[]wantQuote{{[]string{`"Would the fare go up again?"`, `"Maybe only for tourists?"`}, "Harmon", "pressed", Direct}}},
		{"a statement reads",
			`"The fund pays for roads," the notice read.`,
			[]wantQuote{{[]string{`"The fund pays for roads,"`}, "the notice", "read", Direct}}},
		{"particle verb",
			`"You want a quarrel tonight," Lopez shot back.`,
			[]wantQuote{{[]string{`"You want a quarrel tonight,"`}, "Lopez", "shot back", Direct}}},
		{"colon cue starts a new statement",
			`"We are bakers," Ms. Ortiz said. "We are not bankers." Mr. Vance said: "The oven broke twice this week."`,
			[]wantQuote{
				{[]string{`"We are bakers,"`, `"We are not bankers."`}, "Ms. Ortiz", "said", Direct},
				{[]string{`"The oven broke twice this week."`}, "Mr. Vance", "said", Direct}}},
		{"title inside a clause is no content",
			`Asked about the dam on "Valley Hour," Garvey said he had not "seen the final design."`,
			[]wantQuote{{[]string{`he had not "seen the final design."`}, "Garvey", "said", Mixed}}},
		{"name and colon",
			`Former governor Anna Ruiz: "We learned that from the audit."`,
			[]wantQuote{{[]string{`"We learned that from the audit."`}, "Former governor Anna Ruiz", ":", Direct}}},
		{"a heading's name and colon before a quotation the story attributes again word for word is a teaser, no statement",
			"Budget day\n\nNurses: \"a start, not a fix\"\n\nSharon Petrie said the new posts were \"a start, not a fix\".",
			[]wantQuote{{[]string{`the new posts were "a start, not a fix"`}, "Sharon Petrie", "said", Mixed}}},
		{"name and colon after a dash",
			`FERRIES RUN LATE - Jane M. Holt: "The tides set the timetable."`,
			[]wantQuote{{[]string{`"The tides set the timetable."`}, "Jane M. Holt", ":", Direct}}},
		{"naming cue ends at its quotation",
			`Brook called the stadium a "money pit" on his show while talking about the vote.`,
			[]wantQuote{{[]string{`the stadium a "money pit"`}, "Brook", "called", Mixed}}},
		{"likened",
			`Ruiz likened the merger to "a raid in daylight" and left the hall.`,
			[]wantQuote{{[]string{`the merger to "a raid in daylight"`}, "Ruiz", "likened", Mixed}}},
		{"naming participle after a clause",
			`Then he turned on Vole, calling him a "bore" in front of the crowd.`,
			[]wantQuote{{[]string{`him a "bore"`}, "he", "calling", Mixed}}},
		{"second quotation led into its own cue",
			`"His mood is sour," she said, but despite the cold tone, "I think he will sign it," said Kunin.`,
			[]wantQuote{
				{[]string{`"His mood is sour,"`}, "she", "said", Direct},
				{[]string{`"I think he will sign it,"`}, "Kunin", "said", Direct}}},
		{"participle after two opening phrases",
			`On Thursday, after weeks of silence, Warren endorsed Lind, saying, "She is the fighter we need."`,
			[]wantQuote{{[]string{`"She is the fighter we need."`}, "Warren", "saying", Direct}}},
		{"participle after a quotation ending in a comma",
			`Lind described the vote as a "grave mistake," adding: "We will appeal."`,
			[]wantQuote{
				{[]string{`the vote as a "grave mistake,"`}, "Lind", "described", Mixed},
				{[]string{`"We will appeal."`}, "Lind", "adding", Direct}}},
	})
}

func TestExtractReported(t *testing.T) {
	runPatternTests(t, []struct {
		name string
		text string
		want []wantQuote
	}{
		{"a subject's relative clause asking not to be named",
			"Two senior porters, who asked not to be named, said the lifts had failed twice.",
			[]wantQuote{{[]string{"the lifts had failed twice"}, "Two senior porters, who asked not to be named", "said", Indirect}}},
		{"a subject's clause with a belief of its own",
			"Several nurses, speaking on condition of anonymity because they feared dismissal, said the ward was short of staff.",
			[]wantQuote{{[]string{"the ward was short of staff"}, "Several nurses, speaking on condition of anonymity because they feared dismissal", "said", Indirect}}},
		{"a subject's relative clause that is a statement too",
			"Mr Dunmore, who said he rarely votes, told reporters that the bypass was a mistake.",
			[]wantQuote{
				{[]string{"he rarely votes"}, "who", "said", Indirect},
				{[]string{"that the bypass was a mistake"}, "Mr Dunmore, who said he rarely votes", "told", Indirect}}},
		{"an inverted cue after a content is no main cue",
			"The council delayed the vote, said Ms Okri.",
			[]wantQuote{{[]string{"The council delayed the vote"}, "Ms Okri", "said", Indirect}}},
		{"said that",
			"The inspector said that the tunnel needs new pumps.",
			[]wantQuote{{[]string{"that the tunnel needs new pumps"}, "The inspector", "said", Indirect}}},
		{"said without that",
			"Ortiz said the budget was balanced.",
			[]wantQuote{{[]string{"the budget was balanced"}, "Ortiz", "said", Indirect}}},
		{"content first",
			"The schools will reopen next week, the governor said.",
			[]wantQuote{{[]string{"The schools will reopen next week"}, "the governor", "said", Indirect}}},
		{"content first, the writer's clause straight after the cue",
			"Ferries may be unable to leave the port within a year, harbour officials have warned, after ministers turned down a bid to dredge it.",
			[]wantQuote{{[]string{"Ferries may be unable to leave the port within a year"}, "harbour officials", "warned", Indirect}}},
		{"content first, the writer's 'as' clause straight after the cue",
			"The bridge will close for a month, the council said, as queues built up on the bypass.",
			[]wantQuote{{[]string{"The bridge will close for a month"}, "the council", "said", Indirect}}},
		{"expects an object to do something: a belief whose object and infinitive are the content, not an inverted source",
			"The 47-year-old, who ran the export department before taking over last year, expects sales in China and the Gulf to double this year.",
			[]wantQuote{{[]string{"sales in China and the Gulf to double this year"}, "The 47-year-old, who ran the export department before taking over last year", "expects", Indirect}}},
		{"a speech cue inverts before its source and an adjunct with 'to'",
			"The plan will fail, said the head of the union to applause.",
			[]wantQuote{{[]string{"The plan will fail"}, "the head of the union", "said", Indirect}}},
		{"a clause of its own after the cue, with its subject and a cue's finite form, is the content from its subject; not a medium's noun",
			"Earnest said Obama hopes that his successor will push for the same goals. Tom Hale wrote in a Facebook post that the ferry was safe.",
			[]wantQuote{{[]string{"Obama hopes that his successor will push for the same goals"}, "Earnest", "said", Indirect},
				{[]string{"that the ferry was safe"}, "Tom Hale", "wrote", Indirect}}},
		{"the writer's aside after a dash or a comma and 'something' ends the content and attributes nothing of its own",
			"Shelby said she suspected the driver was on drugs — something a caller also told a dispatcher before police arrived. She called for a review of the case, something she has asked of the council before.",
			[]wantQuote{{[]string{"she suspected the driver was on drugs"}, "Shelby", "said", Indirect},
				{[]string{"for a review of the case"}, "She", "called", Indirect}}},
		{"a quotation after the cue ends before 'and' and the subject's next act",
			"Tom Hale tweeted \"It's time to end her career for good\" and shared a link to the poll.",
			[]wantQuote{{[]string{"\"It's time to end her career for good\""}, "Tom Hale", "tweeted", Direct}}},
		{"content first, the cue's time after 'late' or 'early'",
			"The ferry will be sold, Tom Hale said late on Monday.",
			[]wantQuote{{[]string{"The ferry will be sold"}, "Tom Hale", "said", Indirect}}},
		{"a coordinated clause with its own subject and a perfect cue starts a new attribution",
			"Kowalchuk expects the rest of the night to be calmer, but Environment Canada has warned that another line of storms could form.",
			[]wantQuote{{[]string{"the rest of the night to be calmer"}, "Kowalchuk", "expects", Indirect},
				{[]string{"that another line of storms could form"}, "Environment Canada", "warned", Indirect}}},
		{"a contrasting source after ', while' and its cue start a new attribution; a contrast without a cue stays in the content",
			"Growers said the rules could force some orchards to close, while worker advocates said the changes were overdue. Tom Hale said prices rose, while wages stagnated.",
			[]wantQuote{{[]string{"the rules could force some orchards to close"}, "Growers", "said", Indirect},
				{[]string{"the changes were overdue"}, "worker advocates", "said", Indirect},
				{[]string{"prices rose, while wages stagnated"}, "Tom Hale", "said", Indirect}}},
		{"a plural source after ', and' or ', but' with its own cue starts a new attribution; a share of the sources before, a question's clause or a noun without a cue does not",
			"The mayor said the bridge would reopen in May, but engineers warned that the steel had not arrived. " +
				"Ana Ruiz said the wards were full and many nurses say they are leaving. " +
				"The owners said they expected fewer shifts, and almost a third said they had cut pay. " +
				"Tom Hale said prices rose, and shares fell that week.",
			[]wantQuote{{[]string{"the bridge would reopen in May"}, "The mayor", "said", Indirect},
				{[]string{"that the steel had not arrived"}, "engineers", "warned", Indirect},
				{[]string{"the wards were full"}, "Ana Ruiz", "said", Indirect},
				{[]string{"they are leaving"}, "many nurses", "say", Indirect},
				{[]string{"they expected fewer shifts, and almost a third said they had cut pay"}, "The owners", "said", Indirect},
				{[]string{"prices rose, and shares fell that week"}, "Tom Hale", "said", Indirect}}},
		{"whoever issued, sent or posted a published item 'saying' is its source; an item of someone else's is not",
			"Ana Ruiz issued a statement on Monday saying the road would reopen. " +
				"Tom Hale posted a video saying he would not resign. " +
				"Rita Osei unleashed a series of tweets early Friday saying that the vote was rigged. " +
				"The band released a video showing fans dancing.",
			[]wantQuote{{[]string{"the road would reopen"}, "Ana Ruiz", "saying", Indirect},
				{[]string{"he would not resign"}, "Tom Hale", "saying", Indirect},
				{[]string{"that the vote was rigged"}, "Rita Osei", "saying", Indirect}}},
		{"a cue's -ing form after a form of 'be' or an aspect verb is the clause's cue; 'is warning signs' is a noun, 'was being told' a passive",
			"Tom Hale is arguing that the judge was biased. Ana Ruiz has been warning that the fund will run dry. " +
				"Rita Osei kept saying that the plan would fail. Ben Cole began telling friends that he would quit. " +
				"The storm is warning signs for the town. Lena Dahl was being told that the plan would fail.",
			[]wantQuote{{[]string{"that the judge was biased"}, "Tom Hale", "arguing", Indirect},
				{[]string{"that the fund will run dry"}, "Ana Ruiz", "warning", Indirect},
				{[]string{"that the plan would fail"}, "Rita Osei", "saying", Indirect},
				{[]string{"that he would quit"}, "Ben Cole", "telling", Indirect}}},
		{"', though he conceded ...' is the speaker's own concession with its cue; ', though it would cost more' stays in the content",
			"Tom Hale denied that the deal would cut jobs, though he conceded the point was open. Ana Ruiz said the plan would work, though it would cost more.",
			[]wantQuote{{[]string{"that the deal would cut jobs"}, "Tom Hale", "denied", Indirect},
				{[]string{"the point was open"}, "he", "conceded", Indirect},
				{[]string{"the plan would work, though it would cost more"}, "Ana Ruiz", "said", Indirect}}},
		{"content first, inverted",
			"The schools will reopen next week, said Governor Alma Ruiz.",
			[]wantQuote{{[]string{"The schools will reopen next week"}, "Governor Alma Ruiz", "said", Indirect}}},
		{"told reporters",
			"Dunmore told reporters on Friday that the deal was dead.",
			[]wantQuote{{[]string{"that the deal was dead"}, "Dunmore", "told", Indirect}}},
		{"according to, before",
			"According to the harbour office, six ships were delayed.",
			[]wantQuote{{[]string{"six ships were delayed"}, "the harbour office", "According to", Indirect}}},
		{"according to, after",
			"Six ships were delayed, according to the harbour office.",
			[]wantQuote{{[]string{"Six ships were delayed"}, "the harbour office", "according to", Indirect}}},
		{"adding that",
			"Rhee said the plant was safe, adding that inspections would continue.",
			[]wantQuote{
				{[]string{"the plant was safe"}, "Rhee", "said", Indirect},
				{[]string{"that inspections would continue"}, "Rhee", "adding", Indirect}}},
		{"warned and stressed",
			"The union warned that strikes could spread.",
			[]wantQuote{{[]string{"that strikes could spread"}, "The union", "warned", Indirect}}},
		{"expressed confidence that",
			"Nakamura expressed confidence that the talks would succeed.",
			[]wantQuote{{[]string{"that the talks would succeed"}, "Nakamura", "expressed", Indirect}}},
		{"belief",
			"Most farmers believe the drought will end soon.",
			[]wantQuote{{[]string{"the drought will end soon"}, "Most farmers", "believe", Indirect}}},
		{"plan",
			"The council plans to close the old library.",
			[]wantQuote{{[]string{"to close the old library"}, "The council", "plans", Indirect}}},
		{"evidence",
			"A new survey shows most residents oppose the tower.",
			[]wantQuote{{[]string{"most residents oppose the tower"}, "A new survey", "shows", Indirect}}},
		{"mixed quote",
			`Petrova said the impact of the cuts will be "brutal."`,
			[]wantQuote{{[]string{`the impact of the cuts will be "brutal."`}, "Petrova", "said", Mixed}}},
		{"headline claim",
			"Ruiz to Teachers: Pay Rises Are Coming\n\nThe story follows.",
			[]wantQuote{{[]string{"Pay Rises Are Coming"}, "Ruiz", ":", Indirect}}},
		{"transcript line",
			"HOST: Where were you on the night of the vote?\n\nGUEST: At home, I think.",
			[]wantQuote{
				{[]string{"Where were you on the night of the vote?"}, "HOST", ":", Indirect},
				{[]string{"At home, I think"}, "GUEST", ":", Indirect}}},
		{"headline rubric is no speaker",
			"ANALYSIS: \"The dam will hold\" - Engineer Ada Voss on floods and budgets\n\nThe story follows.",
			[]wantQuote{{[]string{`"The dam will hold"`}, "Engineer Ada Voss", "-", Direct}}},
		{"question and answer interview",
			"Q: Will the dam hold?\n\nVoss: It will hold. I have checked it myself.\n\nQ: And the budget?",
			[]wantQuote{{[]string{"It will hold. I have checked it myself"}, "Voss", ":", Direct}}}, // an answer is verbatim
		{"a name and a colon is no transcript outside an interview",
			"Floods hit the valley.\n\nVoss: the dam will hold, engineers say.",
			[]wantQuote{{[]string{"Voss: the dam will hold"}, "engineers", "say", Indirect}}},
		{"spoke to names an addressee",
			"We spoke to Ada Voss at the dam on Monday.",
			nil},
		{"rail is a noun before services",
			"Heavy rain disrupts rail services across the valley for a second day",
			nil},
		{"asked whether is a question with no source",
			"Asked whether the pier would close, Okafor said he had not decided.",
			[]wantQuote{
				{[]string{"whether the pier would close"}, "", "Asked", Indirect},
				{[]string{"he had not decided"}, "Okafor", "said", Indirect}}},
		{"asked by names the asker",
			"When asked by a reporter if the ferry was safe, the mayor said it was checked daily.",
			[]wantQuote{
				{[]string{"if the ferry was safe"}, "a reporter", "asked", Indirect},
				{[]string{"it was checked daily"}, "the mayor", "said", Indirect}}},
		{"in a poll, its finding",
			"In a Tidewater Gazette poll last month, Okafor had a ten-point lead.",
			[]wantQuote{{[]string{"Okafor had a ten-point lead"}, "a Tidewater Gazette poll", "In", Indirect}}},
		{"in a place is no poll",
			"In a small harbour town, the ferry runs twice a day.",
			nil},
		{"a percentage speaks",
			"Voters are split. 47% say the fares are too high.",
			[]wantQuote{{[]string{"the fares are too high"}, "47%", "say", Indirect}}},
		{"but and a new cue end a content",
			"Okafor said the pier was safe but warned that the ferry was old.",
			[]wantQuote{
				{[]string{"the pier was safe"}, "Okafor", "said", Indirect},
				{[]string{"that the ferry was old"}, "Okafor", "warned", Indirect}}},
		{"a coordinated cue keeps the whole source",
			"Harbour engineer Dr. Ana Okafor said the pier was safe but noted that the ferry was old.",
			[]wantQuote{
				{[]string{"the pier was safe"}, "Harbour engineer Dr. Ana Okafor", "said", Indirect},
				{[]string{"that the ferry was old"}, "Harbour engineer Dr. Ana Okafor", "noted", Indirect}}},
		{"noun after determiner is no cue",
			"The report said the plan had a similar question about costs.",
			[]wantQuote{{[]string{"the plan had a similar question about costs"}, "The report", "said", Indirect}}},
		{"'rail' is a cue only before its preposition; 'rails' before a verb is a noun",
			"Her porch rails were turning black. Ortiz railed against the tax, and Ruiz railed loudly at the board.",
			[]wantQuote{
				{[]string{"against the tax"}, "Ortiz", "railed", Indirect},
				{[]string{"loudly at the board"}, "Ruiz", "railed", Indirect}}},
		{"a phrase of where or how something was said, and its time, is no part of a content that follows it without 'that'",
			"Raalhu Labs said in a statement the app had been downloaded 9,400 times. The paper said in an op-ed Thursday, the candidate had surprised everyone. Hale told reporters in Malé the buoys worked.",
			[]wantQuote{
				{[]string{"the app had been downloaded 9,400 times"}, "Raalhu Labs", "said", Indirect},
				{[]string{"the candidate had surprised everyone"}, "The paper", "said", Indirect},
				{[]string{"the buoys worked"}, "Hale", "told", Indirect}}},
		{"to say is inside a content",
			"She declined to say whether the mine would close.",
			[]wantQuote{{[]string{"to say whether the mine would close"}, "She", "declined", Indirect}}},
	})
}

func TestExtractIndirectOption(t *testing.T) {
	text := `The inspector said the tunnel needs pumps. "We need them now," she said.`
	opts := DefaultOptions
	opts.Indirect = false
	qs := Extract(text, opts)
	if len(qs) != 1 || qs[0].Kind != Direct {
		t.Errorf("Extract with Indirect=false: got %d quotes %v, want the one direct quote", len(qs), qs)
	}
}

// TestSpeakerTypes checks the kind of speaker a description names: a
// plural before a preposition is a group ("analysts at Kafue Capital"),
// however the phrase goes on.
func TestSpeakerTypes(t *testing.T) {
	for _, tt := range []struct{ text, speaker, typ string }{
		{"Analysts at Kafue Capital said the results were weak.", "analysts at Kafue Capital", Group},
		{"Residents of the Battery said a roof had given way.", "residents of the Battery", Group},
		{"Ranchers from Montana's Rocky Mountain Front said the bears were a threat.", "ranchers from Montana's Rocky Mountain Front", Group},
		{"Kafue Capital said the results were weak.", "Kafue Capital", Organisation},
	} {
		qs := Extract("Headline\n\n"+tt.text, DefaultOptions)
		if len(qs) != 1 || qs[0].Speaker != tt.speaker || qs[0].SpeakerType != tt.typ {
			var got []string
			for _, q := range qs {
				got = append(got, q.Speaker+"/"+q.SpeakerType)
			}
			t.Errorf("%q: got %q, want %s/%s", tt.text, got, tt.speaker, tt.typ)
		}
	}
}
