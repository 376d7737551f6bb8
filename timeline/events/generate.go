package events

//go:generate go run ./internal/gen -corpora ../../../shared/corpora -o lexicon_gen.go
