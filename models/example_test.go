package models_test

import (
	"fmt"

	"github.com/stancekit/stancekit/models"
)

func ExampleDefaultStance() {
	c, err := models.DefaultStance()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Labels())
	p := c.Predict("We fully support this agreement and warmly welcome the cooperation it brings.")
	fmt.Println(p.Label)
	// Output:
	// [neutral oppose support]
	// support
}
