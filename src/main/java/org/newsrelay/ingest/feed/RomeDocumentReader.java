package org.newsrelay.ingest.feed;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Builds the XML tree with Rome's own hardened SAX settings (DOCTYPE refused, no external
 * entities), so that the parser can read what Rome's model drops (hub links, entry languages) from
 * the same tree Rome converts.
 */
final class RomeDocumentReader extends WireFeedInput {

  RomeDocumentReader() {
    super(false, java.util.Locale.ROOT);
  }

  Document read(Reader reader) throws JDOMException, IOException {
    // XmlFixerReader turns HTML entities such as &nbsp; into character references, as Rome does.
    return createSAXBuilder().build(new XmlFixerReader(reader));
  }
}
