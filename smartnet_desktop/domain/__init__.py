"""Models, enums, rows (DTOs), errors and search normalisation. No Qt here."""
