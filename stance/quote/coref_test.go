package quote

import (
	"strings"
	"testing"
)

// speakersOf returns "speaker (role) <- source" for each statement.
func speakersOf(text string) []string {
	var out []string
	for _, q := range Extract(text, DefaultOptions) {
		src := ""
		if q.Source != nil {
			src = q.Source.Text(text)
		}
		out = append(out, q.Speaker+" ("+q.Role+") <- "+src)
	}
	return out
}

func TestSpeakers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"title before the name",
			"Finnish Trade Minister Aino Lehto said exports grew. Lehto said imports fell.",
			[]string{"Aino Lehto (Finnish Trade Minister) <- Finnish Trade Minister Aino Lehto", "Aino Lehto (Finnish Trade Minister) <- Lehto"}},
		{"appositive role",
			"Marek Dvorak, chief economist at Baltic Freight, said rates would rise.",
			[]string{"Marek Dvorak (chief economist at Baltic Freight) <- Marek Dvorak, chief economist at Baltic Freight"}},
		{"appositive with capitalised title",
			"Lena Sorensen, Deputy Director for Ports, Roads and Rail, said on Monday that tolls stay.",
			[]string{"Lena Sorensen (Deputy Director for Ports, Roads and Rail) <- Lena Sorensen, Deputy Director for Ports, Roads and Rail"}},
		{"pronouns follow gender",
			"Maria Costa met Peter Hall. Costa said the talks went well. Hall said they did not. \"We disagree,\" she added. \"Not at all,\" he said.",
			[]string{"Maria Costa () <- Costa", "Peter Hall () <- Hall", "Maria Costa () <- she", "Peter Hall () <- he"}},
		{"for his part",
			"Ivan Petrov spoke first. For his part, Petrov said that the border was calm.",
			[]string{"Ivan Petrov () <- Petrov"}},
		{"honorific gives gender",
			"Mrs. Okoro said the school needs a roof. She added that repairs start soon.",
			[]string{"Okoro () <- Mrs. Okoro", "Okoro () <- She"}},
		{"organisation keeps its name",
			"The Harbour Authority said fees would not change.",
			[]string{"Harbour Authority () <- The Harbour Authority"}},
		{"title phrase before the name",
			"The port's treasurer, Tomas Berg, warned that fuel costs would rise.",
			[]string{"Tomas Berg (port's treasurer) <- The port's treasurer, Tomas Berg"}},
		{"relative clause is no role",
			"Peter Hall, who chairs the riders' group, said the survey was fair.",
			[]string{"Peter Hall () <- Peter Hall, who chairs the riders' group"}},
		{"possessive before the title",
			"Tad Lee, the mayor's top adviser, said the budget was \"thin.\"",
			[]string{"Tad Lee (mayor's top adviser) <- Tad Lee, the mayor's top adviser"}},
		{"possessive title phrase before the name",
			"Dunmore's lawyer, Alan Brook, said the claim was \"baseless.\"",
			[]string{"Alan Brook (Dunmore's lawyer) <- Dunmore's lawyer, Alan Brook"}},
		{"a word capitalised by its place is no part of the name",
			"Despite Nora Quist's defeat in the primary, her campaign kept going. Quist said the count was fair.",
			[]string{"Nora Quist () <- Quist"}},
		{"a given name that is also a word stays",
			"Rich Alder, the club's treasurer, said fees would rise. Alder said members agreed.",
			[]string{"Rich Alder (club's treasurer) <- Rich Alder, the club's treasurer", "Rich Alder (club's treasurer) <- Alder"}},
		{"plural title before coordinated names",
			"Sens. Ola Brandt and Kai Moss voted no. Brandt said the bill was rushed.",
			[]string{"Ola Brandt (senator) <- Brandt"}},
		{"a connective is no role",
			"Ada Vance, however, said the plan would fail.",
			[]string{"Ada Vance () <- Ada Vance, however"}},
		{"a participial clause is no role",
			"Ada Vance, speaking with the editorial board, said the plan would fail.",
			[]string{"Ada Vance () <- Ada Vance, speaking with the editorial board"}},
		{"a prepositional phrase is no role",
			"Ada Vance, during an interview on Thursday, said the plan would fail.",
			[]string{"Ada Vance () <- Ada Vance, during an interview on Thursday"}},
		{"a place name in the title keeps its New",
			"New Jersey Gov. Kit Dane said the budget was balanced.",
			[]string{"Kit Dane (New Jersey Gov.) <- New Jersey Gov. Kit Dane"}},
		{"an acting title is a role",
			"Ada Vance, acting mayor of Hale, said the plan would fail.",
			[]string{"Ada Vance (acting mayor of Hale) <- Ada Vance, acting mayor of Hale"}},
		{"an age is no role",
			"\"The river was full of trout,\" said Tom Reed, 58, who runs a bait shop.",
			[]string{"Tom Reed () <- Tom Reed, 58"}},
		{"according to with an appositive",
			"According to Lena Holt, an analyst at the Dover Institute, the gap is \"wider than it looks.\"",
			[]string{"Lena Holt (analyst at the Dover Institute) <- Lena Holt, an analyst at the Dover Institute"}},
		{"possessive organisation name",
			"The Northern Growers' Union said the cuts would close farms.",
			[]string{"Northern Growers' Union () <- The Northern Growers' Union"}},
		{"organisation name with of",
			"A survey by the Institute for Public Trust found that most riders were content.",
			[]string{"Institute for Public Trust () <- the Institute for Public Trust"}},
		{"pronoun after a title-first name",
			"Judge Rosa Lind said the count was flawed. The losing candidate, Ada Mensah, welcomed the ruling. \"We will run again,\" she said.",
			[]string{"Rosa Lind (Judge) <- Judge Rosa Lind", "Ada Mensah (losing candidate) <- she"}},
		{"it names the organisation that spoke last",
			"The Transit Authority said the ferry would run daily. It added that fares would not rise.",
			[]string{"Transit Authority () <- The Transit Authority", "Transit Authority () <- It"}},
		{"they names the group that spoke last",
			"On Monday, Teamster dock workers said the new cranes were unsafe. But they said they would keep working.",
			[]string{"Teamster dock workers () <- Teamster dock workers", "Teamster dock workers () <- they"}},
		{"it stays unresolved after a person speaks",
			"The Transit Authority said the ferry would run daily. Ana Ruiz said the plan was late. It added that fares would not rise.",
			[]string{"Transit Authority () <- The Transit Authority", "Ana Ruiz () <- Ana Ruiz", " () <- It"}},
		// Descriptions name no one outside their article: no speaker.
		{"a lower-case organisation is a description",
			"The transport ministry said the ferry would run daily. It added that fares would not rise.",
			[]string{" () <- The transport ministry", " () <- It"}},
		{"a capital that opens the sentence is no name; a group speaks",
			"Harbour pilots said the channel was too shallow. Prosecutors said the cranes were unsafe.",
			[]string{"harbour pilots () <- Harbour pilots", "prosecutors () <- Prosecutors"}},
		{"a possessive organisation is named after its owner",
			"Veldoria's transport ministry said the ferry would run daily.",
			[]string{"Veldoria transport ministry () <- Veldoria's transport ministry"}},
		{"a possessive person is a description",
			"Veldoria's chief negotiator said the ferry would run daily.",
			[]string{" () <- Veldoria's chief negotiator"}},
		{"lower-case words before a name are dropped",
			"The opposition Harvest Party said the ferry would run daily.",
			[]string{"Harvest Party () <- The opposition Harvest Party"}},
		{"a description speaks for the organisation after it",
			"Observers from the Coastal Monitoring Network said the vote was calm.",
			[]string{"Coastal Monitoring Network () <- Observers from the Coastal Monitoring Network"}},
		{"residents of a town are no organisation",
			"Residents of Lowmarsh said the water tasted of salt.",
			[]string{" () <- Residents of Lowmarsh"}},
		{"a possessive pronoun opens a description and leaves a role",
			"Their mission chief, Oskar Lind, said the vote was calm. Their spokesman said the count would take a day.",
			[]string{"Oskar Lind (mission chief) <- Their mission chief, Oskar Lind", " () <- Their spokesman"}},
		{"mentioned people are not speakers",
			"Chen Wei said that President Alba Reyes and Premier Jon Voss had agreed.",
			[]string{"Chen Wei () <- Chen Wei"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("speakers of %q\ngot:\n  %s\nwant:\n  %s", tt.text, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
