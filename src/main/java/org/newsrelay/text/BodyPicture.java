package org.newsrelay.text;

/**
 * A picture as a story's body shows it: an {@code <img>} and, when it stands in a {@code <figure>},
 * that figure's caption and credit.
 *
 * @param src an absolute https URL
 * @param alt the image's alt text, or null
 * @param caption the figure's {@code <figcaption>}, or null
 * @param credit the figure's byline or credit, or null
 */
public record BodyPicture(String src, String alt, String caption, String credit) {}
