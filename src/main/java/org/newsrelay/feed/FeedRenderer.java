package org.newsrelay.feed;

import jakarta.json.JsonWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.newsrelay.platform.Json;
import org.newsrelay.text.TextEngine;

/** Writes a page of a feed in one of the three formats, as UTF-8 bytes. */
public final class FeedRenderer {
  private final AtomWriter atom = new AtomWriter();
  private final RssWriter rss;
  private final JsonFeedWriter json;

  public FeedRenderer(TextEngine text) {
    this.rss = new RssWriter(text);
    this.json = new JsonFeedWriter(text);
  }

  public byte[] render(FeedPage page, FeedFormat format) {
    return switch (format) {
      case ATOM -> xml(atom.write(page));
      case RSS -> xml(rss.write(page));
      case JSON -> {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of()).createWriter(out)) {
          writer.writeObject(json.write(page));
        }
        yield out.toString().getBytes(StandardCharsets.UTF_8);
      }
    };
  }

  private static byte[] xml(org.jdom2.Document document) {
    // Raw: Rome's tree has no layout of its own, and any other format would touch the content's
    // text.
    return new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8"))
        .outputString(document)
        .getBytes(StandardCharsets.UTF_8);
  }
}
