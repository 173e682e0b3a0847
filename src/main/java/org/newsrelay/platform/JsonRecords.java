package org.newsrelay.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a checked JSON-P tree to a request record, strictly: a JSON value of the wrong type is
 * refused with an {@link InvalidInput} that names the field ({@code "name"}, {@code
 * "entitlements.topics"}, {@code "roles[1]"}, {@code "names.en"}), where JSON-B (Yasson) would turn
 * a number or a boolean into a String and lose the field's name in its error.
 *
 * <p>A component {@code readsPerMinute} is the JSON member {@code reads_per_minute}: the names
 * JSON-B's {@code LOWER_CASE_WITH_UNDERSCORES} would give, in one place. Members the record does
 * not have are ignored, as they always were. A member left out or given {@code null} is Java's
 * {@code null} (a primitive component is then refused as required), except for two kinds of
 * component that must tell the two apart: {@code Optional<X>} is {@code null} when the member is
 * absent and empty when it is JSON {@code null}; {@code JsonValue}, kept raw, is {@code null} when
 * absent and {@code JsonValue.NULL} when null. Inside an array, {@code null} is refused; inside an
 * object read as a map, it is kept.
 *
 * <p>Types: String, boolean, int, long (and their boxes), Instant (ISO-8601 with an offset), UUID,
 * enums (the constant's name in lower case), List, Set, {@code Map<String, X>}, Optional, nested
 * records and JsonValue. Field rules are the records' own: Bean Validation constraints on their
 * components (required, lengths, ranges, patterns), checked by {@link RecordRules} once the record
 * is bound, and rules of several fields or of the domain in their compact constructors.
 */
final class JsonRecords {
  private static final Map<Class<?>, Binding> BINDINGS = new ConcurrentHashMap<>();

  private JsonRecords() {}

  /** One record type's members and canonical constructor, worked out once. */
  private record Binding(RecordComponent[] components, String[] names, Constructor<?> canonical) {}

  static <R extends Record> R bind(JsonObject json, Class<R> type) {
    return type.cast(record(json, type, ""));
  }

  /** {@code bodyText} becomes {@code body_text}, as JSON-B's LOWER_CASE_WITH_UNDERSCORES does. */
  static String jsonName(String component) {
    StringBuilder name = new StringBuilder(component.length() + 4);
    for (int i = 0; i < component.length(); i++) {
      char c = component.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && name.charAt(name.length() - 1) != '_') {
          name.append('_');
        }
        name.append(Character.toLowerCase(c));
      } else {
        name.append(c);
      }
    }
    return name.toString();
  }

  private static Binding binding(Class<?> type) {
    return BINDINGS.computeIfAbsent(
        type,
        t -> {
          RecordComponent[] components = t.getRecordComponents();
          String[] names = new String[components.length];
          Class<?>[] types = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            names[i] = jsonName(components[i].getName());
            types[i] = components[i].getType();
          }
          try {
            Constructor<?> canonical = t.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return new Binding(components, names, canonical);
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record without its canonical constructor: " + t, e);
          }
        });
  }

  private static Object record(JsonObject json, Class<?> type, String prefix) {
    Binding binding = binding(type);
    Object[] args = new Object[binding.components().length];
    for (int i = 0; i < args.length; i++) {
      RecordComponent component = binding.components()[i];
      String path = prefix + binding.names()[i];
      args[i] = member(json, binding.names()[i], component.getGenericType(), path);
    }
    try {
      return binding.canonical().newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException refused) {
        // The record's own rules (a DomainException), or a bug of the record's.
        throw refused;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot make a " + type.getName(), e);
    }
  }

  private static Object member(JsonObject json, String name, Type type, String path) {
    JsonValue value = json.get(name);
    Class<?> raw = raw(type);
    if (raw == JsonValue.class) {
      return value;
    }
    if (raw == Optional.class) {
      if (value == null) {
        return null;
      }
      return value == JsonValue.NULL
          ? Optional.empty()
          : Optional.of(value(value, argument(type, 0), path));
    }
    if (value == null || value == JsonValue.NULL) {
      if (raw.isPrimitive()) {
        throw InvalidInput.field(path, "\"" + path + "\" is required.");
      }
      return null;
    }
    return value(value, type, path);
  }

  /** A present, non-null value as {@code type}. */
  private static Object value(JsonValue value, Type type, String path) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      if (value instanceof JsonString string) {
        return string.getString();
      }
      throw wrong(path, "a string");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      throw wrong(path, "true or false");
    }
    if (raw == int.class || raw == Integer.class) {
      return whole(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
    }
    if (raw == long.class || raw == Long.class) {
      return whole(value, path, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (raw == Instant.class) {
      return instant(text(value, path, "a time such as 2026-11-28T08:30:00Z"), path);
    }
    if (raw == UUID.class) {
      String text = text(value, path, "an id (a UUID)");
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        throw wrong(path, "an id (a UUID)");
      }
    }
    if (raw.isEnum()) {
      return constant(raw, value, path);
    }
    if (raw == List.class || raw == Set.class) {
      if (!(value instanceof JsonArray array)) {
        throw wrong(path, "an array");
      }
      Type element = argument(type, 0);
      var items = raw == List.class ? new ArrayList<>() : new LinkedHashSet<>();
      for (int i = 0; i < array.size(); i++) {
        String at = path + "[" + i + "]";
        JsonValue item = array.get(i);
        if (item == JsonValue.NULL) {
          throw wrong(at, "a value, not null");
        }
        items.add(value(item, element, at));
      }
      return raw == List.class
          ? Collections.unmodifiableList((List<?>) items)
          : Collections.unmodifiableSet((Set<?>) items);
    }
    if (raw == Map.class) {
      if (argument(type, 0) != String.class) {
        throw new IllegalStateException("A map's keys are strings: " + type);
      }
      if (!(value instanceof JsonObject object)) {
        throw wrong(path, "an object");
      }
      Type element = argument(type, 1);
      Map<String, Object> map = new LinkedHashMap<>();
      object.forEach(
          (key, item) -> {
            String at = path + "." + key;
            map.put(key, item == JsonValue.NULL ? null : value(item, element, at));
          });
      return Collections.unmodifiableMap(map);
    }
    if (raw.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        throw wrong(path, "an object");
      }
      return record(object, raw, path + ".");
    }
    if (raw == JsonValue.class) {
      return value;
    }
    throw new IllegalStateException("No JSON binding for " + type + " (" + path + ")");
  }

  private static Long whole(JsonValue value, String path, long min, long max) {
    if (!(value instanceof JsonNumber number)) {
      throw wrong(path, "a whole number");
    }
    try {
      // Scale 0 only ("1e2" and "1.0" are not whole, as they never were), so no exponent can
      // make the exact conversion build a huge number.
      BigDecimal exact = number.bigDecimalValue();
      if (exact.scale() != 0) {
        throw wrong(path, "a whole number");
      }
      long n = exact.longValueExact();
      if (n >= min && n <= max) {
        return n;
      }
    } catch (ArithmeticException | UnsupportedOperationException tooLarge) {
      // said below; the parser refuses numbers of more than about a thousand digits
    }
    throw InvalidInput.field(path, "\"" + path + "\" is too large a number.");
  }

  private static String text(JsonValue value, String path, String what) {
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw wrong(path, what);
  }

  /** {@code 2026-11-28T08:30:00Z}, or with an offset such as {@code +08:00}. */
  private static Instant instant(String text, String path) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException again) {
        throw wrong(path, "a time such as 2026-11-28T08:30:00Z");
      }
    }
  }

  private static Object constant(Class<?> type, JsonValue value, String path) {
    List<String> names =
        Arrays.stream(type.getEnumConstants())
            .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
            .toList();
    String what = "one of " + names;
    int i = names.indexOf(text(value, path, what));
    if (i < 0) {
      throw wrong(path, what);
    }
    return type.getEnumConstants()[i];
  }

  private static InvalidInput wrong(String path, String what) {
    return InvalidInput.field(path, "\"" + path + "\" must be " + what + ".");
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("No JSON binding for " + type);
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalStateException("A raw " + type + " says nothing of its elements");
  }
}
