package cricket.api;

/** A competition; {@code season} is free text ("2026", "2025/26") or null. */
public record Tournament(long id, String name, String season) {}
