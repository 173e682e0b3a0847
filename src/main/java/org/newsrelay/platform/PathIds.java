package org.newsrelay.platform;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.UUID;

/**
 * Reads {@code @PathParam UUID} the one way for every resource: an id that is not a UUID names
 * nothing, so it gets the 404 of an unknown id, not a 400 that would tell the two apart.
 */
@Provider
public class PathIds implements ParamConverterProvider {

  private static final ParamConverter<UUID> IDS =
      new ParamConverter<>() {
        @Override
        public UUID fromString(String value) {
          if (value == null) {
            throw new IllegalArgumentException("No id");
          }
          try {
            return UUID.fromString(value);
          } catch (IllegalArgumentException e) {
            // JAX-RS wraps this in its NotFoundException; ProblemMappers answers with this cause.
            throw new NotFound("There is nothing at " + value + ".");
          }
        }

        @Override
        public String toString(UUID value) {
          return value.toString();
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    boolean inPath = Arrays.stream(annotations).anyMatch(a -> a instanceof PathParam);
    return rawType == UUID.class && inPath ? (ParamConverter<T>) IDS : null;
  }
}
