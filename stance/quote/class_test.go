package quote

import "testing"

func TestColonAfterVerbPhrase(t *testing.T) {
	runPatternTests(t, []struct {
		name string
		text string
		want []wantQuote
	}{
		{"a person, an appositive, a verb and a colon", "But Joanne Pike, 38, hit back: “I did nothing wrong.”",
			[]wantQuote{{content: []string{"“I did nothing wrong.”"}, source: "Joanne Pike", cue: ":", kind: Direct}}},
		{"a pronoun", "He kept it short: \"We lost.\"",
			[]wantQuote{{content: []string{"\"We lost.\""}, source: "He", cue: ":", kind: Direct}}},
		{"no person", "The rule is simple: \"no phones\" at dinner.", nil},
	})
}

// TestStatement pins what counts as a statement: a position of speech,
// writing or belief, carried by a quotation or a clause.
func TestParentheticalSubject(t *testing.T) {
	text := "Ann Lee spoke on Monday. The plan, she said, was doomed from the start. On Monday, she said, the council met."
	qs := Extract(text, DefaultOptions)
	var got []string
	for _, q := range qs {
		got = append(got, q.Text)
	}
	want := []string{"The plan was doomed from the start", "the council met"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quote %d: %q, want %q", i, got[i], want[i])
		}
	}
}

func TestCueAfterACueWord(t *testing.T) {
	text := "Asked about Cruz's charges, Rubio said that the reforms came first. It was written, Brophy has said, \u201cin a fortnight\u201d."
	var got []string
	for _, q := range Extract(text, DefaultOptions) {
		got = append(got, q.Speaker+": "+q.Text)
	}
	want := []string{": about Cruz's charges", "Rubio: that the reforms came first", "Brophy: \u201cin a fortnight\u201d"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStatement(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		statement []bool
		class     []CueClass
	}{
		{"reported clause", "Anna Berg said the plan had failed.", []bool{true}, []CueClass{Speech}},
		{"that-clause belief", "Anna Berg believes that the plan will fail.", []bool{true}, []CueClass{Belief}},
		{"noun-phrase object", "Anna Berg praised the keeper's display.", []bool{false}, []CueClass{Speech}},
		{"what was said, named by a plural noun, is no clause; a clause with its own subject still is", "Tom Hale says racist things. Ana Ruiz says Tom Hale tells jokes.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"an amount's noun phrase with participles", "Tellan Foods reported a 38 per cent jump in net profit for the quarter ended December, helped by exports.", []bool{false}, []CueClass{Speech}},
		{"an indirect question", "The mayor did not say whether the pool would reopen.", []bool{false}, []CueClass{Speech}},
		{"a wh-clause after a negated or declined cue", "The mayor did not say how many jobs the plant would create. Ms Lee declined to say when it would close. Tom Hale explained why the plan failed.", []bool{false, false, true}, []CueClass{Speech, Plan, Speech}},
		{"the writer's own belief", "The debate is over. Now we know that the governor will run again.", []bool{false}, []CueClass{Belief}},
		{"what is in dispute", "Hospitals have argued over whether staff on nights should be allowed to sleep.", []bool{false}, []CueClass{Speech}},
		{"an amount opening a clause with an auxiliary", "Tellan Foods said a 38 per cent rise in costs had squeezed margins.", []bool{true}, []CueClass{Speech}},
		{"plan", "Anna Berg decided to sell the stadium.", []bool{false}, []CueClass{Plan}},
		{"a database with a participle after it is a document: its figures are evidence",
			"Ola Berg is one of 707 people shot this year, according to a Washington Post database tracking such deaths.", []bool{false}, []CueClass{Evidence}},
		{"what a source wants of others is a position; wanting to do something a plan; a relative after 'want' neither; an ellipsis nothing",
			"Anna Berg wants the council to reopen the library. Tom Hale wants to run for mayor. Voters want policies that create jobs. Everyone wants it to be.",
			[]bool{true, false, false}, []CueClass{Belief, Plan, Plan}},
		{"from the fourteenth session's review: 'want' in a relative clause, with a noun's own infinitive or a purpose is no position; a perfect and a pronoun 'that' no new attribution",
			"Fans who never wanted the club to move say the new stadium is soulless. Tom Lee wants the chance to prove himself. Ana Ruiz wanted a car to get to work. Klopp said the title race was over, but Guardiola has said that many times.",
			[]bool{true, true}, []CueClass{Speech, Speech}},
		{"a question put to someone, what a source did not say, and a noun with 'of' and an -ing word are no positions; a belief held back is still one",
			"Ruth Marcus asked Mook if the plan would hold. The union did not mention that the deal broke the rules. Tom Hale has never said the plan failed. The judge cited reports of escalating attacks. Ana Ruiz did not think the plan would work.",
			[]bool{false, false, false, false, true}, []CueClass{Speech, Speech, Speech, Speech, Belief}},
		{"'call' with an object and what the source holds it to be is a position; a time or a name is not",
			"Clinton called her vote for the war a mistake. Tom Hale called the mayor a week ago. Fans call him Chris. Ana Ruiz called the plan an insult to voters.",
			[]bool{true, false, false, true}, []CueClass{Speech, Speech, Speech, Speech}},
		{"a gerund after a cue of what the source reports of itself is a proposition; a noun in -ing with 'of' and a participle of the reporter's are not",
			"The campaign reported having $19 million in the bank. Ana Ruiz admitted making a mistake. The firm reported spending of $5m. The family had soured on him, the Post reported, citing a source.",
			[]bool{true, true, false, true, false}, []CueClass{Speech, Speech, Speech, Speech, Speech}},
		{"a cue coordinated after a noun-phrase object, or after 'has', starts anew with what opens a content; 'had asked' after a clause goes on with it",
			"Ana Ruiz praised the plan and said that it would work. Tom Hale describes himself as a moderate and has said that he would cut taxes. A spokeswoman said the governor was watching closely and had asked agencies to find funds.",
			[]bool{false, true, false, true, true}, []CueClass{Speech, Speech, Speech, Speech, Speech}},
		{"from the fourteenth session's second review: what a call gets someone, when or how often, or a particle is no evaluation; an event's noun after 'reported' is no gerund clause; an account evaluated with 'as' stays; a demand with 'asked that' stays; 'did not deny' grants",
			"She called him a taxi and left. She called the hospital a second time on Monday night. The club called back a former player to coach the youth team. The agency reported fighting in the outskirts of the capital. She described what she saw as a cover-up by the council. She asked that if the plan failed, the money be returned to schools. He did not deny that he had met the envoy.",
			[]bool{false, false, false, false, true, true, true}, []CueClass{Speech, Speech, Speech, Speech, Speech, Speech, Speech}},
		{"a person's age or nationality confirming something speaks; a test confirming something is evidence",
			"Bojan Stojcevski, 38, scored twice. The 38-year-old later confirmed he would retire. Tests confirmed the water was safe.",
			[]bool{true, false}, []CueClass{Speech, Evidence}},
		{"a verb in -s agrees with a singular noun after 'each' or 'every', and with a noun that is an adjective too when a number or an article follows the verb",
			"She said each buoy costs about $1,800 to build. He said the firm employs 40 people. Tom Hale praised the new rules. The maker says the battery lasts a full season.",
			[]bool{true, true, false, true}, []CueClass{Speech, Speech, Speech, Speech}},
		{"'too' after a cue is the content's when a word follows it ('says too much is made'), an adjunct before 'that'",
			"The pundit said the race was close. Ana Ruiz warned too many people were waiting. Tom Hale said too that the plan was bad.",
			[]bool{true, true, true}, []CueClass{Speech, Speech, Speech}},
		{"an object cue's content ends at 'and' or 'but' before a finite verb: the subject's next act, whose own cue then speaks",
			"Hugo Bustos praised the winners' spirit but was angry about the build-up, which he said had followed a foul. The mayor condemned the attack and called for calm. Ana Ruiz praised the board for acting fast and cutting costs.",
			[]bool{false, true, false, true, true}, []CueClass{Speech, Speech, Speech, Speech, Speech}},
		{"a medium's phrase ends at its noun, and whom it went to is no part of the content: the clause after it is what was said",
			"The committee said in a statement nobody had been hurt. The council said in a letter to residents the road would reopen. She said in a radio interview most fees would fall.",
			[]bool{true, true, true}, []CueClass{Speech, Speech, Speech}},
		{"a clause after a poll with a cue of its own is what the poll found, the cue's subject its respondents, and no attribution of the poll besides",
			"In a survey of 1,100 residents, almost one in three respondents said they had not seen a dentist. In a new poll, voters said the plan was bad.",
			[]bool{false, false}, []CueClass{Evidence, Evidence}},
		{"an account named by a wh-clause is no position; an account of how something is gives one",
			"Melissa Cronin then describes what happens on the video. Tom Hale explained how tough it is to run a farm.",
			[]bool{false, true}, []CueClass{Speech, Speech}},
		{"a clause before a cue that a participle cue follows is the cue's content, as it is when the cue ends the sentence",
			"The deal is off, the minister said, adding that talks would resume. Weighing in on the talks, Ana Ruiz agreed, noting the rules had changed.",
			[]bool{true, true, true}, []CueClass{Speech, Speech, Speech}},
		{"what a source expects of something is a belief",
			"Anna Berg, who ran the export department before taking over last year, expects sales in China and the Gulf to double this year.",
			[]bool{true}, []CueClass{Belief}},
		{"a negative quantifier's source holds nothing; 'a few' and 'No wonder' do", "The regime could fall, but few experts believe that is likely. A few experts believe the regime will fall. No wonder Tom Hale said the plan was doomed.", []bool{false, true, true}, []CueClass{Belief, Belief, Speech}},
		{"'I'd argue' is a would; 'he'd said' a had", "They have a point, though I'd argue that plainness is what a flat looks like. Tom Hale spoke on Monday. He'd said the plan was sound.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a surname that is also a word ('Firth') is the person the story names, whose 'confirmed' is speech, not a finding", "Harbour Rovers manager Gary Firth praised the side. Firth confirmed that the defender would miss three games.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a name given, then the sentence's own verb, is no attribution; 'called X a liar' is the naming cue's own content", "A squat robot called Kaya has spent the month gliding between tables.", []bool{}, []CueClass{}},
		{"a past participle that is no simple past, with no auxiliary, modifies its noun", "Seven Rooms, a debut novel written largely at night, has won the prize.", []bool{false}, []CueClass{Writing}},
		{"a relative clause after the object of a cue is no statement", "The film tells the story of a widow who refuses to leave the island.", []bool{false}, []CueClass{Speech}},
		{"a raising participle after a noun, with its infinitive, is no one's word; a parenthetical 'he said, to ...' still is", "The town needs a new pipe, a project now estimated to cost $46 million. It is his job, he said, to talk to Congress about the threat.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"figures named as a cue's object are no proposition; figures that a clause goes on from are", "ACCRA — Densu Cocoa Processing, Ghana's largest listed cocoa grinder, posted a pre-tax loss of 86 million cedis for the year to September, against a profit of 41 million cedis a year earlier, as a poor harvest left its factories in Tema running at barely half capacity. Tom Hale said a profit would return next year. The company said a mandated increase in the wage, due in October, would add $9m to its costs.", []bool{false, true, true}, []CueClass{Writing, Speech, Speech}},
		{"a picture's relative clause is the picture's, not what the poster said", "Sharon Whitcombe posted a video online that has racked up 200,000 views. The council posted a message that the road was closed.", []bool{false, true}, []CueClass{Writing, Writing}},
		{"a that after an infinitive and its object is the object's relative, not the cue's clause", "The court agreed to hear cases that advocacy groups hoped would help business. Ana Ruiz called on the city to close the roads that flood.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a to-infinitive whose verb is left out says nothing", "The crews turned back as soon as the radio told them to, while the older men waited.", nil, nil},
		{"a cue in a free relative says nothing; a cleft does; a question's 'what' before the subject and a comma is no free relative",
			"The gap between what Tom Hale says his plan would do and what it does is wide. What she said was that the plan had failed. Asked what he thought, Ruiz said the plan was bad.",
			[]bool{false, true, false, true}, []CueClass{Speech, Speech, Speech, Speech}},
		{"what a comment is on is its topic, not what was said; a that-clause after it is",
			"Tom Hale commented on proposed market regulations. Ana Ruiz commented on Tuesday that the plan had failed.",
			[]bool{false, true}, []CueClass{Speech, Speech}},
		{"a belief adjective after a copula", "Anders Vell is convinced the old boat will outlast the inspectors.", []bool{true}, []CueClass{Belief}},
		{"a belief adjective with an adverb and that", "Anders Vell remains firmly certain that the boat will float.", []bool{true}, []CueClass{Belief}},
		{"sure to, confident of: no belief", "Anders Vell is sure to win. Tom Hale is confident of victory.", nil, nil},
		{"an age's description believes", "The 54-year-old fears a daytime-only service would push islanders away.", []bool{true}, []CueClass{Belief}},
		{"the month May is no modal", "The theatre has announced two extra performances in May.", []bool{false}, []CueClass{Speech}},
		{"a coordinated belief adjective with its own subject", "The theatre has announced two extra shows, and Ms Greve is convinced the run will sell out.", []bool{false, true}, []CueClass{Speech, Belief}},
		{"a noun phrase object, then the subject's second verb", "The city declared a state of emergency and closed all non-essential businesses.", []bool{false}, []CueClass{Speech}},
		{"a number before a capitalised name opens no plural", "Hale said 10 Downing Street wants a deal.", []bool{true}, []CueClass{Speech}},
		{"a coordinated place before the cue, at the unit's start (read without going before the unit)", "In Montana and Ohio said the plan works.", []bool{true}, []CueClass{Speech}},
		{"agreed to, a decision", "The council agreed to sell the stadium to a developer.", []bool{false}, []CueClass{Speech}},
		{"a noun of a prepositional phrase before another is no verb", "The choir has announced a tour of village halls on Arran and Bute for next spring.", []bool{false}, []CueClass{Speech}},
		{"a frequent verb before a noun or an adjective is the clause's verb", "She believes the archive holds two more exhibitions. He said the U.S. needs real campaign reform.", []bool{true, true}, []CueClass{Belief, Speech}},
		{"a present-tense verb agreeing with the noun before it, by the inflections of the common-word list", "Riders said the converted bikes struggle on the hills. She said the robot slows to walking pace. He said the Sagamu plant, which opened in March, was running at half its capacity. The agency says more than six million animals died.", []bool{true, true, true, true}, []CueClass{Speech, Speech, Speech, Speech}},
		{"a plural noun modifying the next after 'a' is no subject and verb; nor are nouns often in -s", "She announced an arms deal with Saudi Arabia. He announced a new savings plan. He cited new offers for customers.", []bool{false, false, false}, []CueClass{Speech, Speech, Speech}},
		{"a quotation inside an object cue's noun phrase leaves it a noun phrase; an evaluation after 'as' is a position", "He cited \"Obama-Clinton\" policies on trade. She blasted the law as a \"crazy system\" at a rally.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a gerund in quotation marks after 'for' is the object cue's proposition", "The group criticized Shuster for \"cavorting\" with a lobbyist.", []bool{true}, []CueClass{Speech}},
		{"a capitalised May before the cue is a name, not the modal", "British Prime Minister Theresa May said the talks would go on.", []bool{true}, []CueClass{Speech}},
		{"a demonstrative object with its predicate after 'as' is a position", "He rejected that suggestion as a sign of disarray.", []bool{true}, []CueClass{Speech}},
		{"whom a cue is aimed at is not what was said; 'warned against' is a position, 'at least' opens a clause", "Rubio fired back at Christie over the credit rating. She warned against drawing lessons from the vote. He said at least three people were treated.", []bool{false, true, true}, []CueClass{Speech, Speech, Speech}},
		{"nor is a plural noun ending the content inside a prepositional phrase", "The council has also announced a review of all seafront trading licences. She also announced a spring tour of six rural towns, ending in Canora.", []bool{false, false}, []CueClass{Speech, Speech}},
		{"a participle after its noun is no verb", "Lumo Mobile also announced a data plan aimed at pensioners.", []bool{false}, []CueClass{Speech}},
		{"the verb after a prepositional phrase still is", "Tom Hale said each year of training yields a pay rise.", []bool{true}, []CueClass{Speech}},
		{"a picture is no written statement", "A ferryman posted a photo of his flooded jetty.", []bool{false}, []CueClass{Writing}},
		{"a demand with call for", "Ann Lee called for a public inquiry into the closures.", []bool{true}, []CueClass{Speech}},
		{"a belief verb's noun phrase before a colon is no belief; a written update's colon gives what it said", "Younger shoppers felt the pinch most sharply: only one in five said they were confident. The operator posted an update on its website: fewer than one in five trains are running.", []bool{false, true}, []CueClass{Belief, Writing}},
		{"what an object cue's object is said to be", "Ann Lee dismissed the figures as scaremongering.", []bool{true}, []CueClass{Speech}},
		{"an office held, and as well as, are no predicate", "Ann Lee touted her years as mayor of the town. Tom Hale praised the crew, as well as the harbour staff.", []bool{false, false}, []CueClass{Speech, Speech}},
		{"a passive with an adverb reports no one's words", "Kit Moyle, who was once called \"the loudest man in Penwith\" by a DJ, smiled.", []bool{false}, []CueClass{Speech}},
		{"a relative clause of the object is no content", "Senators questioned the head of a clinic that stopped seeing patients in May. The minister said that advanced economies would slow.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a name given in a reduced passive is no statement; a naming with its object is", "A grey seal dubbed \"Gordon the Gobbler\" has been caught stealing fish. Critics dubbed the plan \"a mess\".", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a relative clause with a verb in the present and its object", "The opera tells of a village that offers a girl to the river. Officials said that sometimes a trade is worthwhile.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a capitalised word ending in -s is a name, not a verb", "Bin Yusuf declared war on the United States.", []bool{false}, []CueClass{Speech}},
		{"the verb after an appositive is the clause's", "The paper reported that Ana Ruiz, a top aide to the mayor, sent the auditors an email. Tom Hale said owners, not crews, should pay.", []bool{true, true}, []CueClass{Speech, Speech}},
		{"that as the subject after the cue; a relative clause only after an object", "Ann Lee said that it's a disgrace. Tom Ray said that changed everything. Police said that armed men stormed the bank.", []bool{true, true, true}, []CueClass{Speech, Speech, Speech}},
		{"a participle after a noun phrase's comma is no verb", "The firm announced a new plan, approved this week by councillors.", []bool{false}, []CueClass{Speech}},
		{"a naming in a relative clause whose subject names", "A plan the mayor called \"reckless\" was approved on Monday.", []bool{true}, []CueClass{Speech}},
		{"a poll average and research far before its agent are evidence", "The RealClearPolitics average of national polls shows Hale leads by five points. Research to be released this week by four economists suggests that trade cost jobs.", []bool{false, false}, []CueClass{Evidence, Evidence}},
		{"a negated auxiliary with a curly apostrophe", "Tom Hale said members of the board shouldn’t vote on pay.", []bool{true}, []CueClass{Speech}},
		{"agreed that, a position", "The council agreed that the stadium was too costly.", []bool{true}, []CueClass{Speech}},
		{"a noun cue before a finite verb", "The town was quiet. Harsh comments are earning some residents more than scorn.", []bool{false}, []CueClass{Speech}},
		{"a reduced relative before a finite verb", "It was a probe the agency said was still going on.", []bool{true}, []CueClass{Speech}},
		{"a relative before a finite verb", "The plan, which he said would cost $5m, was dropped.", []bool{true}, []CueClass{Speech}},
		{"an instruction with a wh-infinitive", "The managers told staff what to say to the press.", []bool{false}, []CueClass{Speech}},
		{"a telephone call", "Tom Hale called in to a radio show on Monday.", []bool{false}, []CueClass{Speech}},
		{"a written work", "Anna Berg wrote a memoir of her years at the hospital.", []bool{false}, []CueClass{Writing}},
		{"maintains a lead", "Anna Berg maintains a large lead in the polls.", []bool{false}, []CueClass{Speech}},
		{"maintains that", "Anna Berg maintains that the count was fair.", []bool{true}, []CueClass{Speech}},
		{"a possessive's plural is a noun, no cue", "Mayor Hale's comments are making people angry, and Ann Lee's remarks, made on Monday, did not help.", nil, nil},
		{"a possessive's nominal cue with its clause stays", "Mayor Hale's claims that the road is safe were wrong.", []bool{true}, []CueClass{Speech}},
		{"finding", "The study found that rents rose.", []bool{false}, []CueClass{Evidence}},
		{"passive estimate", "The deal is estimated to be worth £2bn.", []bool{false}, []CueClass{Evidence}},
		{"spoke, with no clause", "Anna Berg spoke for about 30 minutes, took questions and posed for photos.", []bool{false}, []CueClass{Speech}},
		{"spoke about how", "Anna Berg spoke about how the rents had doubled in a year.", []bool{true}, []CueClass{Speech}},
		{"a noun with a relative clause without that", "Anna Berg cited several examples of help her charity had received from the council.", []bool{false}, []CueClass{Speech}},
		{"a relative clause without that, then the verb", "Anna Berg said the plan he drew up would fail.", []bool{true}, []CueClass{Speech}},
		{"an object pronoun is no subject", "Anna Berg noted that this makes it harder to sell the land.", []bool{true}, []CueClass{Speech}},
		{"an object cue with a noun phrase", "Faith groups condemned the council's proposal to close the shelter.", []bool{false}, []CueClass{Speech}},
		{"an object cue with a reason", "Anna Berg criticized the board for ignoring the warnings.", []bool{true}, []CueClass{Speech}},
		{"an object cue with a negated reason", "Anna Berg mocked her rival for not having won a single ward.", []bool{true}, []CueClass{Speech}},
		{"a later gerund is no reason", "A chip shop owner has blasted council bosses after being threatened with a fine for feeding a gull.", []bool{false}, []CueClass{Speech}},
		{"a coordinated attribution with its own subject", "Tom Hale praised the travelling fans, and he said the club would appeal against the red card.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a coordinated attribution with a named subject", "Tom Hale accuses the council of ignoring the flood and Mia Lund says the road is safe.", []bool{true, true}, []CueClass{Speech, Speech}},
		{"a name that ends in a document word", "Digital rights group Suara Data said that the firm had not explained itself.", []bool{true}, []CueClass{Speech}},
		{"a named poll", "A new Harbour Post Poll found that most voters backed the plan.", []bool{false}, []CueClass{Evidence}},
		{"told with an addressee, then a clause", "Ann Lee told reporters the plan would fail.", []bool{true}, []CueClass{Speech}},
		{"an organisation's description believes", "The studio still expects the film to recover its budget overseas.", []bool{true}, []CueClass{Belief}},
		{"a modal before the cue", "School districts could feel a budget pinch if wages rise.", []bool{false}, []CueClass{Belief}},
		{"a call, not a call on", "Tom Hale called her to get together again.", []bool{false}, []CueClass{Speech}},
		{"a call on", "Tom Hale called on the council to resign.", []bool{true}, []CueClass{Speech}},
		{"a call for", "Tom Hale called for the chief constable to resign.", []bool{true}, []CueClass{Speech}},
		{"a headline restates a statement", "Mayor calls plan to close the pool a disgrace\n\nMayor Ann Lee said the plan to close the pool was a disgrace.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a headline's colon, with a stop", "Vell: the budget needs a second look.\n\nAna Vell said on Monday that the budget needed a second look.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a headline in the present, with a stop", "Axelrod calls on Dean to apologize for his remark.\n\nDavid Axelrod said Howard Dean should apologize.", []bool{false, true}, []CueClass{Speech, Speech}},
		{"a participle between a number and a noun", "There are 4,051 pledged delegates, and Ann Lee said the count was fair.", []bool{true}, []CueClass{Speech}},
		{"a short question in quotation marks", "\"You winning?\" she asked.", []bool{false}, []CueClass{Speech}},
		{"a long rhetorical question", "\"Who do they think they are, coming here and telling us what we must pay for our own water?\" Ann Lee asked.", []bool{true}, []CueClass{Speech}},
		{"a thing suggests", "The results suggest that the club is in trouble.", []bool{false}, []CueClass{Evidence}},
		{"a thing reveals", "Leaked emails revealed that the board had known for months.", []bool{false}, []CueClass{Evidence}},
		{"an agent suggests", "The minister suggested that the club was in trouble.", []bool{true}, []CueClass{Speech}},
		{"agents suggest", "Local growers suggest the frost did little harm.", []bool{true}, []CueClass{Speech}},
		{"a firm confirms", "The company confirmed that 40 jobs would go.", []bool{true}, []CueClass{Speech}},
		{"the reader asked", "Do you think the plan will work?", []bool{false}, []CueClass{Belief}},
		{"the reader told", "You know the rules have changed when the referee apologises.", []bool{false}, []CueClass{Belief}},
		{"you in a quotation", "\"You think the plan is fair?\" Anna Berg asked. \"I do not.\"", []bool{true}, []CueClass{Speech}},
		{"a condition", "If the minister says the bid is too low, the sale will stall.", []bool{false}, []CueClass{Speech}},
		{"asked if", "Asked if he thought the plan was fair, Tom Hale shrugged.", []bool{false, false}, []CueClass{Speech, Belief}},
		{"a supposition", "Say the council argued that the road was unsafe.", []bool{false}, []CueClass{Speech}},
		{"say as a cue", "Critics say the council argued that the road was unsafe.", []bool{true}, []CueClass{Speech}},
		{"question", "Tom Hale asked whether the plan was legal.", []bool{false}, []CueClass{Speech}},
		{"object and infinitive", "Anna Berg urged councils to act now.", []bool{true}, []CueClass{Speech}},
		{"quotation", "\"We will win,\" said Anna Berg.", []bool{true}, []CueClass{Speech}},
		{"writing", "Anna Berg wrote that the council had lied.", []bool{true}, []CueClass{Writing}},
		{"noun phrase, then the writer's clause", "Anna Berg praised the final scene, and two jurors were in tears.", []bool{false}, []CueClass{Speech}},
		{"clause, then another", "Anna Berg said the plan had failed, and the council agreed.", []bool{true}, []CueClass{Speech}},
		{"a study by a named author", "A study by Orrin Analytics, commissioned last year, estimated that rents would rise.", []bool{false}, []CueClass{Evidence}},
		{"figures from an organisation", "Figures from the Drivers' Union suggest claims have tripled.", []bool{false}, []CueClass{Evidence}},
		{"a poll share of a group", "Across the island, 64 percent of tenants said rents were too high.", []bool{false}, []CueClass{Evidence}},
		{"a bare poll share", "Only 12 per cent said they would move.", []bool{false}, []CueClass{Evidence}},
		{"a spelled-out share that believes", "Forty-one percent believe the ferry will close.", []bool{false}, []CueClass{Evidence}},
		{"a share with a sign", "Some 38% say the tram should run at night.", []bool{false}, []CueClass{Evidence}},
		{"a fraction of respondents", "Almost half of respondents said the levy was unfair.", []bool{false}, []CueClass{Evidence}},
		{"a spelled-out share of a group", "Sixty-two percent of ferry owners said fuel costs had doubled.", []bool{false}, []CueClass{Evidence}},
		{"a quotation that only names what is referred to", "He referred to her \"sex tape\" again.", []bool{false}, []CueClass{Speech}},
		{"a quotation that evaluates an object", "He called the budget a \"disgrace\" on Monday.", []bool{true}, []CueClass{Speech}},
		{"a predicate with its article", "She went on to endorse Vell, calling her \"a rising star.\"", []bool{true}, []CueClass{Speech}},
		{"said when: a time, not a content", "That was what Ana Ruiz said when she resigned from the paper.", []bool{false}, []CueClass{Speech}},
		{"said when with a main clause", "Ana Ruiz said when the war ends, the troops will come home.", []bool{true}, []CueClass{Speech}},
		{"a demonstrative object", "The judge rejected that argument in a ruling released Thursday.", []bool{false}, []CueClass{Speech}},
		{"a that-clause after an object cue", "The judge rejected that pressure from the bank had shaped the ruling.", []bool{true}, []CueClass{Speech}},
		{"a share whose population runs past the mention", "Half of the council members said the plan was rushed.", []bool{false}, []CueClass{Evidence}},
		{"one in so many", "One in four drivers said the new lights confused them.", []bool{false}, []CueClass{Evidence}},
		{"a number of people is no share", "Four residents said the ferry was late again.", []bool{true}, []CueClass{Speech}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(tt.text, DefaultOptions)
			var st []bool
			var cl []CueClass
			for _, q := range qs {
				st, cl = append(st, q.Statement), append(cl, q.Class)
			}
			if len(st) != len(tt.statement) {
				t.Fatalf("%d quotes %v, want %d", len(qs), qs, len(tt.statement))
			}
			for i := range st {
				if st[i] != tt.statement[i] || cl[i] != tt.class[i] {
					t.Errorf("quote %d %q: statement %v, class %s; want %v, %s", i, qs[i].Text, st[i], cl[i], tt.statement[i], tt.class[i])
				}
			}
		})
	}
}
