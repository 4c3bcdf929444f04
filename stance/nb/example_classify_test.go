package nb_test

import (
	"bytes"
	"fmt"

	"github.com/stancekit/stancekit/stance/nb"
)

func ExampleTrainClassifier() {
	examples := []nb.Example{
		{Text: "We welcome and support the agreement", Label: "support"},
		{Text: "This is a good deal and we back it", Label: "support"},
		{Text: "We reject the agreement, it is a disaster", Label: "oppose"},
		{Text: "A bad deal that we will fight", Label: "oppose"},
	}
	c, err := nb.TrainClassifier(examples, nb.DefaultTrainOptions)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, text := range []string{"we support this good agreement", "we will fight this bad deal"} {
		p := c.Predict(text)
		fmt.Printf("%-32s %s (%.2f)\n", text, p.Label, p.Prob)
	}
	fmt.Println(c.Labels())
	// Output:
	// we support this good agreement   support (0.80)
	// we will fight this bad deal      oppose (0.70)
	// [oppose support]
}

func ExampleReadModel() {
	c, _ := nb.TrainClassifier([]nb.Example{
		{Text: "rates rise as inflation bites", Label: "economy"},
		{Text: "the striker scored twice", Label: "sport"},
	}, nb.DefaultTrainOptions)
	var file bytes.Buffer
	if err := c.WriteModel(&file); err != nil {
		fmt.Println(err)
		return
	}
	loaded, err := nb.ReadModel(&file)
	if err != nil {
		fmt.Println(err)
		return
	}
	m := loaded.Meta()
	fmt.Println(m.FormatVersion, m.Labels, m.Method, m.VocabSize, loaded.Predict("inflation").Label)

	_, err = nb.ReadModel(bytes.NewReader([]byte("not a model")))
	fmt.Println(err)
	// Output:
	// 1 [economy sport] complement 9 economy
	// read model: not a valid stance model file: it does not start with "stancekit-model"
}
