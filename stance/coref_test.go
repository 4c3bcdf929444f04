package stance

import (
	"strings"
	"testing"
)

// speakersOf returns "speaker (role) <- source" for each statement.
func speakersOf(text string) []string {
	var out []string
	for _, q := range Extract(&Document{Text: text}, DefaultExtractOptions) {
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
			[]string{"Tomas Berg (The port's treasurer) <- The port's treasurer, Tomas Berg"}},
		{"relative clause is no role",
			"Peter Hall, who chairs the riders' group, said the survey was fair.",
			[]string{"Peter Hall () <- Peter Hall, who chairs the riders' group"}},
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
