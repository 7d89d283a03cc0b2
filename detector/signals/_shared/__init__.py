"""Word classes (@name = …) shared by every signal of one language: one file per language."""
