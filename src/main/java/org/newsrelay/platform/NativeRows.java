package org.newsrelay.platform;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Columns of native query rows, whose Java types are the driver's own. */
public final class NativeRows {
  private NativeRows() {}

  /** PostgreSQL gives a UUID, H2 its sixteen bytes. */
  public static UUID uuid(Object value) {
    if (value instanceof UUID id) {
      return id;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(value.toString());
  }

  public static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
