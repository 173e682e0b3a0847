package org.newsrelay.text;

/**
 * Language, script and regional variant of a text, e.g. ("zh", "Hant", "zh-Hant-TW", 0.93) or
 * ("en", null, "en", 0.99). {@code variant} is always one of {@link TextEngine#supportedTags()}.
 */
public record Detection(String language, String script, String variant, double confidence) {}
