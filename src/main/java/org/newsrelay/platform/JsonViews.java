package org.newsrelay.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A response record as JSON, the way {@link JsonRecords} reads one: members in snake_case, in the
 * order the record declares its components (so a view written for an existing answer keeps its
 * members' order), a {@code null} component left out. Instants, UUIDs and dates are their ISO
 * strings, enums their names in lower case, collections arrays, {@code Map<String, ?>} and nested
 * records objects; a {@link JsonValue} is written as it is.
 */
public final class JsonViews {
  private static final Map<Class<?>, Member[]> MEMBERS = new ConcurrentHashMap<>();

  private JsonViews() {}

  private record Member(String name, Method accessor) {}

  /** The record as a JSON object. */
  public static JsonObject of(Record view) {
    return object(view).build();
  }

  /** As {@link #of}, as text: what a resource answers. */
  public static String text(Record view) {
    return of(view).toString();
  }

  private static JsonObjectBuilder object(Record view) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    for (Member member : members(view.getClass())) {
      Object value;
      try {
        value = member.accessor().invoke(view);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException bug
            ? bug
            : new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      if (value != null) {
        json.add(member.name(), value(value));
      }
    }
    return json;
  }

  private static Member[] members(Class<?> type) {
    return MEMBERS.computeIfAbsent(
        type,
        t -> {
          RecordComponent[] components = t.getRecordComponents();
          Member[] members = new Member[components.length];
          for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            accessor.setAccessible(true);
            members[i] = new Member(JsonRecords.jsonName(components[i].getName()), accessor);
          }
          return members;
        });
  }

  private static JsonValue value(Object value) {
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof String s) {
      return Json.createValue(s);
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return Json.createValue(((Number) value).doubleValue());
    }
    if (value instanceof BigDecimal n) {
      return Json.createValue(n);
    }
    if (value instanceof Enum<?> e) {
      return value(e.name().toLowerCase(Locale.ROOT));
    }
    if (value instanceof Record record) {
      return object(record).build();
    }
    if (value instanceof Iterable<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      for (Object item : items) {
        array.add(item == null ? JsonValue.NULL : value(item));
      }
      return array.build();
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach(
          (key, item) -> {
            if (item != null) {
              object.add((String) key, value(item));
            }
          });
      return object.build();
    }
    // Instant, UUID, LocalDate, URI: their ISO or canonical spelling.
    if (value instanceof java.time.temporal.TemporalAccessor
        || value instanceof java.util.UUID
        || value instanceof java.net.URI) {
      return value(value.toString());
    }
    throw new IllegalStateException("No JSON for a " + value.getClass().getName());
  }
}
